package dev.redactor.internal.detect;

import static dev.redactor.internal.detect.Detect.assertFound;
import static dev.redactor.internal.detect.Detect.assertNone;
import static dev.redactor.internal.detect.Detect.one;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneDetectionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(617) 555-0142", "617-555-0142", "617.555.0142", "617 555 0142", "+1 617 555 0142",
        "1-617-555-0142", "+1-617-555-0142", "(617)555-0142", "617 - 555 - 0142"
      })
  void nanpFormats_areFound(String phone) {
    assertFound("Call us at " + phone + " today.", Category.PHONE, phone);
  }

  @Test
  void theNumberACallWillComeFromIsTheCallers() {
    assertTrue(one("We'll call you from (919) 555-0171. It takes 15 minutes.", Category.PHONE)
        .has(Detection.PRACTICE));
    assertTrue(one("We will call you at (919) 555-0171 tomorrow.", Category.PHONE)
        .has(Detection.PATIENT));
    // "call" right before a number asks the reader to call it, whatever "your" came before
    assertTrue(one("To update your card, call 720-555-0109. Thank you!", Category.PHONE)
        .has(Detection.PRACTICE));
  }

  @Test
  void tenBareDigits_areAPhoneWhenValidNanp() {
    assertFound("Text 6175550142 to reschedule", Category.PHONE, "6175550142");
    assertFound("Our number: 16175550142", Category.PHONE, "16175550142");
  }

  @Test
  void invalidNanp_isNotAPhone() {
    // area code starting with 0/1, N11 area, N11 exchange, 9 as the middle digit
    assertNone("Call 017-555-0142", Category.PHONE);
    assertNone("Call 117-555-0142", Category.PHONE);
    assertNone("Call 411-555-0142", Category.PHONE);
    assertNone("Call 617-911-0142", Category.PHONE);
    assertNone("Call 696-555-0142", Category.PHONE);
    assertNone("Ref 0175550142", Category.PHONE);
  }

  @Test
  void extensions_arePartOfTheSpan() {
    assertFound("Call 617-555-0142 x204 for billing", Category.PHONE, "617-555-0142 x204");
    assertFound("Call 617-555-0142 ext. 31", Category.PHONE, "617-555-0142 ext. 31");
    assertFound("Call (617) 555-0142, extension 7", Category.PHONE, "(617) 555-0142, extension 7");
  }

  @Test
  void sevenDigits_needAPhoneWord() {
    assertFound("Please call 555-0142 to confirm", Category.PHONE, "555-0142");
    assertNone("Your total was 555-0142 points", Category.PHONE);
    assertFound("Please call us back at 555-0121 when you can", Category.PHONE, "555-0121");
    assertFound("See you tomorrow. Questions? 555-0187", Category.PHONE, "555-0187");
  }

  @Test
  void international_afterPlus() {
    assertFound("Abroad? Call +44 20 7946 0958.", Category.PHONE, "+44 20 7946 0958");
    assertNone("Score +44 20", Category.PHONE);
  }

  @Test
  void fax_byContext() {
    assertFound("Fax: 617-555-0199", Category.FAX, "617-555-0199");
    assertFound("fax your forms to (617) 555-0199", Category.FAX, "(617) 555-0199");
    assertNone("Fax: 617-555-0199", Category.PHONE);
    assertFound("Our fax number has changed to (312) 555-0178.", Category.FAX, "(312) 555-0178");
    assertFound("Fax us the form or call (312) 555-0178.", Category.PHONE, "(312) 555-0178");
  }

  @Test
  void whose_practiceByDefault_patientByContext() {
    assertTrue(one("Questions? Call us at 617-555-0142.", Category.PHONE).has(Detection.PRACTICE));
    assertTrue(one("We have your cell as 617-555-0142.", Category.PHONE).has(Detection.PATIENT));
    assertTrue(one("We will call you at 617-555-0142 tomorrow", Category.PHONE)
        .has(Detection.PATIENT));
    assertTrue(one("Su teléfono 617-555-0142 está actualizado", Category.PHONE)
        .has(Detection.PATIENT));
    // whom to call, named right before the number, outweighs a patient cue earlier on
    assertTrue(one("We'll ship to the address on file, or call Northwind Medical at 503-555-0191.",
        Category.PHONE).has(Detection.PRACTICE));
    assertTrue(one("Please have her call us at 555-0122 to schedule.", Category.PHONE)
        .has(Detection.PRACTICE));
    assertTrue(one("Confirm your emergency contact: Daniel Kim, (360) 555-0183.", Category.PHONE)
        .has(Detection.PATIENT));
    // "your new" names the staff member here, not the recipient's new number
    assertTrue(one("Your new coordinator is Faith Abernathy, (405) 555-0139, Mon-Fri.",
        Category.PHONE).has(Detection.PRACTICE));
    assertTrue(one("Please confirm your new number, (405) 555-0139.", Category.PHONE)
        .has(Detection.PATIENT));
    // "us at" right before: the practice's, whatever the sentence asks about the patient
    assertTrue(one("Please confirm the patient's date of birth by calling us at (216) 555-0177.",
        Category.PHONE).has(Detection.PRACTICE));
    assertTrue(one("You'll still get reminders by text at (216) 555-0177.", Category.PHONE)
        .has(Detection.PATIENT));
    assertTrue(one("Your consent was recorded on 5/2 for the number 503-555-0124.",
        Category.PHONE).has(Detection.PATIENT));
  }

  @Test
  void digitsGluedToWords_areNotPhones() {
    assertNone("code AB6175550142", Category.PHONE);
    assertNone("id 6175550142abc", Category.PHONE);
  }

  @Test
  void evasion_fullwidthAndZeroWidth_stillFound() {
    String s = "Call ６１７-５５５-０１４２ now";
    assertFound(s, Category.PHONE, "６１７-５５５-０１４２");
    String z = "Call 617-555\u200B-0142 now";
    assertFound(z, Category.PHONE, "617-555\u200B-0142");
  }
}
