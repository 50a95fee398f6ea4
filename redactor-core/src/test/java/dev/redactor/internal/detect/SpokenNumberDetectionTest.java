package dev.redactor.internal.detect;

import static dev.redactor.internal.detect.Detect.assertFound;
import static dev.redactor.internal.detect.Detect.assertNone;
import static dev.redactor.internal.detect.Detect.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.Decision;
import dev.redactor.Redactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifiers and dates written as words: voicemail scripts, text-to-speech, transcripts. */
class SpokenNumberDetectionTest {
  private static final Redactor REDACTOR = Redactor.standard();

  @ParameterizedTest
  @ValueSource(strings = {
      "five five five, oh one four eight",
      "six one seven, five five five, oh one oh four",
      "eight hundred, five five five, oh one two one",
      "four oh five five five five oh one one nine",
      "double five five, oh one two two"})
  void aPhoneNumberSpokenDigitByDigitIsAPhone(String spoken) {
    Detection d = one("Please call us back at " + spoken + ". Thank you.", Category.PHONE);
    assertTrue(d.has(Detection.PRACTICE), "a number to call us at is the practice's");
  }

  @Test
  void theRecipientsOwnNumberReadBackIsTheirs() {
    Detection d = one("We have your cell phone number as seven seven three, five five five, oh "
        + "one nine eight.", Category.PHONE);
    assertTrue(d.has(Detection.PATIENT));
    assertEquals(Decision.REWRITE, REDACTOR.check("We have your cell phone number as seven seven "
        + "three, five five five, oh one nine eight.").decision());
  }

  @Test
  void aLabelSaysWhichIdentifierIsSpoken() {
    assertFound("We have your social as oh seven eight, oh five, one one two oh, can you call "
        + "back?", Category.SSN, "oh seven eight, oh five, one one two oh");
    assertFound("Please reference medical record number four, four, seven, one, nine, zero, "
        + "two.", Category.MRN, "four, four, seven, one, nine, zero, two");
    assertFound("We have your member ID as H, Z, W, nine two two, four eight, one seven.",
        Category.HEALTH_PLAN_ID, "H, Z, W, nine two two, four eight, one seven");
    assertFound("Calling about account number, seven, seven, four, oh, two, nine, one, eight.",
        Category.ACCOUNT, "seven, seven, four, oh, two, nine, one, eight");
    assertFound("Prescription number two, six, four, eight, one, nine, oh is due for a refill.",
        Category.OTHER_ID, "two, six, four, eight, one, nine, oh");
    assertFound("la cuenta número cuatro, cinco, uno, siete, dos, dos, ocho.", Category.ACCOUNT,
        "cuatro, cinco, uno, siete, dos, dos, ocho");
  }

  @Test
  void amountsTimesDosesAndMenusAreNoIdentifiers() {
    assertNone("Your balance of two hundred forty-six dollars is past due.", Category.ACCOUNT);
    assertNone("Your account balance is two hundred forty-six dollars.", Category.ACCOUNT);
    assertNone("Your visit is at nine fifteen a.m. on Monday.", Category.PHONE);
    assertNone("Press one to confirm, two to cancel, three for billing, four for the pharmacy.",
        Category.PHONE);
    assertNone("Steps: one, two, three, four, five.", Category.PHONE);
    assertNone("Your code is four seven two nine.", Category.PHONE);
    assertNone("The practice was founded in nineteen eighty-five.", Category.DATE);
  }

  @Test
  void aSpokenDateOfBirthIsOne() {
    Detection d = one("This message is for Eleanor Whitcombe, date of birth August second, "
        + "nineteen forty-one.", Category.DATE);
    assertTrue(d.has(Detection.DOB) && d.has(Detection.FULL_DATE));
    Detection es = one("Mensaje para Marisol Cárdenas, fecha de nacimiento nueve de septiembre de "
        + "mil novecientos ochenta y cinco.", Category.DATE);
    assertTrue(es.has(Detection.DOB) && es.has(Detection.FULL_DATE));
    assertFound("Lila Brennan, date of birth April twelfth, twenty nineteen.", Category.DATE,
        "April twelfth, twenty nineteen");
    assertEquals(Decision.BLOCK, REDACTOR.check("This message is for Eleanor Whitcombe, date of "
        + "birth August second, nineteen forty-one.").decision());
  }

  @Test
  void aSpokenAppointmentDateIsADateOnly() {
    Detection d = one("You have an appointment on Thursday, March third, at two thirty p.m.",
        Category.DATE);
    assertFalse(d.has(Detection.DOB));
    assertFound("Tiene una cita el miércoles quince de octubre a las nueve.", Category.DATE,
        "quince de octubre");
    assertNone("You may second the motion at the meeting.", Category.DATE);
  }

  @Test
  void anAddressSpokenWordByWordIsAnEmail() {
    Detection d = one("We tried to send your portal invitation to, um, r dot hollis seventy-two "
        + "at example dot com, and it bounced back.", Category.EMAIL);
    assertTrue(d.has(Detection.PATIENT));
    assertTrue(one("Questions? Email us at info at example dot com.", Category.EMAIL)
        .has(Detection.PRACTICE));
    assertNone("Look at our site dot com for deals.", Category.EMAIL);
  }
}
