package dev.redactor.internal.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.Decision;
import dev.redactor.Findings;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dictionary terms are found through the disguises and spelling variants real messages use, and
 * every finding points at the exact original characters, disguise included
 * ({@code text.substring(start, end)}), so a caller can highlight or remove precisely them.
 *
 * <p>Expected spans follow corpus/README.md: the term itself, a named test with its head word
 * ({@code HIV test}, {@code prueba de embarazo}), a following generic word ({@code follow-up})
 * outside.
 */
class MatcherEvasionTest {

  private static final Redactor REDACTOR = Redactor.standard();



  /**
   * Asserts that {@code r} finds exactly one {@code category} finding in {@code text}, covering
   * exactly {@code span}; that the message is not sent as it is; and that a rewrite drops those
   * characters and checks as ALLOW.
   */
  private static void assertTerm(Redactor r, String text, Category category, String span) {
    assertTrue(text.contains(span), "test data: span not in text");
    Verdict v = r.check(text);
    assertEquals(List.of(span), Findings.texts(text, v, category),
        () -> category + " in: " + text + " -> " + Findings.describe(text, v));
    assertNotEquals(Decision.ALLOW, v.decision(), () -> Findings.describe(text, v));
    v.rewritten().ifPresent(rewritten -> {
      assertFalse(rewritten.contains(span), () -> text + " -> " + rewritten);
      Verdict again = r.check(rewritten);
      assertEquals(Decision.ALLOW, again.decision(),
          () -> "rewrite of " + text + " -> " + rewritten + " -> " + Findings.describe(rewritten, again));
    });
  }

  private static void assertTerm(String text, Category category, String span) {
    assertTerm(REDACTOR, text, category, span);
  }

  // --- invisible characters inside a word -----------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your chemo is Monday at 9am.                 | PROCEDURE  | chemo",
    "Your ch\u200Bemo is Monday at 9am.           | PROCEDURE  | ch\u200Bemo",
    "Your ch\u200Cemo is Monday at 9am.           | PROCEDURE  | ch\u200Cemo",
    "Your ch\u2060emo is Monday at 9am.           | PROCEDURE  | ch\u2060emo",
    "Your ch\uFEFFemo is Monday at 9am.           | PROCEDURE  | ch\uFEFFemo",
    "Your che\u00ADmo is Monday at 9am.           | PROCEDURE  | che\u00ADmo",
    "Your c\u200Bh\u200Be\u200Bm\u200Bo is Monday. | PROCEDURE | c\u200Bh\u200Be\u200Bm\u200Bo",
    "Your colon\u200Boscopy is Monday at 9am.     | PROCEDURE  | colon\u200Boscopy",
    "Your colono\u00ADscopy is Monday at 9am.     | PROCEDURE  | colono\u00ADscopy",
    "Your sertra\u200Bline is ready for pickup.   | MEDICATION | sertra\u200Bline",
    "Your rx for s\u200Bertraline is ready.       | MEDICATION | s\u200Bertraline",
    "Your H\u200BIV test is Monday.               | PROCEDURE  | H\u200BIV test",
    "Su prueba de emb\u200Barazo es el lunes.     | PROCEDURE  | prueba de emb\u200Barazo",
  })
  void check_formatCharacterInsideTerm_isFoundAndTheSpanIncludesIt(
      String text, Category category, String span) {
    assertTerm(text, category, span);
  }

  // --- look-alike letters ---------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your col\u043Enoscopy is Monday at 9am.      | PROCEDURE  | col\u043Enoscopy",
    "Your \u0441hemo is Monday at 9am.            | PROCEDURE  | \u0441hemo",
    "Your ch\u0435mo is Monday at 9am.            | PROCEDURE  | ch\u0435mo",
    "Your sertr\u0430line is ready for pickup.    | MEDICATION | sertr\u0430line",
    "Your H\u0406V test is Monday.                | PROCEDURE  | H\u0406V test",
    "Your H\u0399V test is Monday.                | PROCEDURE  | H\u0399V test",
    "Your \uFF43\uFF48\uFF45\uFF4D\uFF4F is Monday at 9am."
        + " | PROCEDURE | \uFF43\uFF48\uFF45\uFF4D\uFF4F",
  })
  void check_cyrillicGreekOrFullwidthLetters_areFoldedForMatching(
      String text, Category category, String span) {
    assertTerm(text, category, span);
  }

  // --- leet digits ----------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your ch3mo is Monday at 9am.                 | PROCEDURE  | ch3mo",
    "Your c0lonoscopy is Monday at 9am.           | PROCEDURE  | c0lonoscopy",
    "Your colonosc0py is Monday at 9am.           | PROCEDURE  | colonosc0py",
    "Your s3rtraline is ready for pickup.         | MEDICATION | s3rtraline",
    "Su quimi0terapia es el lunes.                | PROCEDURE  | quimi0terapia",
  })
  void check_leetDigitInsideTerm_isFolded(String text, Category category, String span) {
    assertTerm(text, category, span);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your 1ab work is Monday.", // "lab work" is generic
    "Your appointment is at 10am in room 3.",
  })
  void check_digitsInOrdinaryWords_doNotInventTerms(String text) {
    Verdict v = REDACTOR.check(text);
    assertEquals(Decision.ALLOW, v.decision(), () -> Findings.describe(text, v));
    assertTrue(v.findings().isEmpty(), () -> Findings.describe(text, v));
  }

  // --- spaced, dotted and hyphenated letters --------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your c h e m o is Monday at 9am.             | PROCEDURE  | c h e m o",
    "Your c.h.e.m.o is Monday at 9am.             | PROCEDURE  | c.h.e.m.o",
    "Your c-h-e-m-o is Monday.                    | PROCEDURE  | c-h-e-m-o",
    "Your ch-emo is Monday.                       | PROCEDURE  | ch-emo",
    "Your c o l o n o s c o p y is Monday.        | PROCEDURE  | c o l o n o s c o p y",
    "Your H I V test is Monday.                   | PROCEDURE  | H I V test",
    "Your H.I.V test is Monday.                   | PROCEDURE  | H.I.V test",
    "Your HIV-test is Monday.                     | PROCEDURE  | HIV-test",
  })
  void check_spacedDottedOrHyphenatedLetters_areJoined(
      String text, Category category, String span) {
    assertTerm(text, category, span);
  }

  // --- case -----------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your CHEMO is Monday at 9am.                 | PROCEDURE  | CHEMO",
    "Your CoLoNoScOpY is Monday.                  | PROCEDURE  | CoLoNoScOpY",
    "Your HIV test is Monday.                     | PROCEDURE  | HIV test",
    "Your hiv test is Monday.                     | PROCEDURE  | hiv test",
    "Your HIV appt is Monday.                     | CONDITION  | HIV",
    "Su QUIMIOTERAPIA es el lunes.                | PROCEDURE  | QUIMIOTERAPIA",
  })
  void check_anyLetterCase_isFound(String text, Category category, String span) {
    assertTerm(text, category, span);
  }

  // --- SMS shorthand --------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ur chemo appt is tmrw                        | PROCEDURE  | chemo",
    "ur mammo appt is tmrw                        | PROCEDURE  | mammo",
    "Your appt for your mammogram is Monday.      | PROCEDURE  | mammogram",
    "Your rx for sertraline is ready.             | MEDICATION | sertraline",
    "Your sertraline rx is ready.                 | MEDICATION | sertraline",
    "Your colonoscopy f/u is Monday.              | PROCEDURE  | colonoscopy",
  })
  void check_termNextToShorthand_isFoundAndTheShorthandIsNot(
      String text, Category category, String span) {
    assertTerm(text, category, span);
    Verdict v = REDACTOR.check(text);
    assertEquals(1, v.findings().size(), () -> Findings.describe(text, v));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ur appt is tmrw",
    "Your rx is ready for pickup.",
    "Ur appt w/ Dr. Patel is tmrw @ 3pm. Reply C to confirm.",
  })
  void check_shorthandAlone_isGenericAndAllowed(String text) {
    Verdict v = REDACTOR.check(text);
    assertEquals(Decision.ALLOW, v.decision(), () -> Findings.describe(text, v));
  }

  // --- inflection and compounds ---------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your mammograms are scheduled for Monday.    | PROCEDURE  | mammograms",
    "Your colonoscopies are scheduled for Monday. | PROCEDURE  | colonoscopies",
    "Your infusions are Monday.                   | PROCEDURE  | infusions",
    "Your x-rays are Monday.                      | PROCEDURE  | x-rays",
  })
  void check_pluralOfTerm_isFound(String text, Category category, String span) {
    Verdict v = REDACTOR.check(text);
    // Plural rewrites have their own agreement issue; here only detection and offsets count.
    assertEquals(List.of(span), Findings.texts(text, v, category), () -> Findings.describe(text, v));
    assertNotEquals(Decision.ALLOW, v.decision());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your follow-up is Monday at 3pm.",
    "Your follow up is Monday at 3pm.",
    "Your followup is Monday at 3pm.",
    "Your follow-ups are Monday.",
  })
  void check_followUpAlone_isGenericAndAllowed(String text) {
    Verdict v = REDACTOR.check(text);
    assertEquals(Decision.ALLOW, v.decision(), () -> Findings.describe(text, v));
    assertTrue(v.findings().isEmpty(), () -> Findings.describe(text, v));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your mammogram follow-up is Monday at 3pm.",
    "Your mammogram follow up is Monday at 3pm.",
    "Your mammogram followup is Monday at 3pm.",
  })
  void check_testBeforeFollowUp_isTheSpan_inEverySpellingOfFollowUp(String text) {
    assertTerm(text, Category.PROCEDURE, "mammogram");
    String rewritten = REDACTOR.check(text).rewritten().orElseThrow();
    assertTrue(rewritten.toLowerCase(Locale.ROOT).contains("follow"),
        () -> "the generic visit word stays: " + rewritten);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your x-ray is Monday at 3pm.                 | x-ray",
    "Your x ray is Monday at 3pm.                 | x ray",
    "Your xray is Monday at 3pm.                  | xray",
    "Your X-ray is Monday at 3pm.                 | X-ray",
    "Your ultrasound is Monday.                   | ultrasound",
    "Your ultra sound is Monday.                  | ultra sound",
    "Your ultra-sound is Monday.                  | ultra-sound",
  })
  void check_hyphenSpaceAndJoinedSpellings_areTheSameTerm(String text, String span) {
    assertTerm(text, Category.PROCEDURE, span);
  }

  // --- Spanish --------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Su quimioterapia es el lunes.                | PROCEDURE  | quimioterapia",
    "Su quimio es el lunes.                       | PROCEDURE  | quimio",
    "Su prueba de embarazo es el lunes.           | PROCEDURE  | prueba de embarazo",
    "Su prueba  de embarazo es el lunes.          | PROCEDURE  | prueba  de embarazo",
    "Su cita para la prueba de embarazo es el lunes. | PROCEDURE | prueba de embarazo",
    "Su colonoscopia es el lunes.                 | PROCEDURE  | colonoscopia",
    "Su mamografía es el lunes.                   | PROCEDURE  | mamografía",
    "Su mamografia es el lunes.                   | PROCEDURE  | mamografia",
  })
  void check_spanishTerm_isFound(String text, Category category, String span) {
    assertTerm(text, category, span);
  }

  // --- builder overlay ------------------------------------------------------------------------

  private static final Redactor OVERLAY = Redactor.builder()
      .addTerms(Category.PROCEDURE, List.of("Glow Facial", "hydrafacial"))
      .addTerms(Category.MEDICATION, List.of("zorvatrin"))
      .addTerms(Category.SPECIALTY, List.of("Lakeside Renewal Center"))
      .removeTerms(List.of("colonoscopy"))
      .build();

  @Test
  void addTerms_termsAreUnknownToTheStandardEngine() {
    for (String text : List.of("Your glow facial is Monday at 3pm.",
        "Your zorvatrin is ready for pickup.",
        "Your visit at Lakeside Renewal Center is Monday.")) {
      Verdict v = REDACTOR.check(text);
      assertEquals(Decision.ALLOW, v.decision(), () -> Findings.describe(text, v));
    }
  }

  @Test
  void addTerms_addedTermsAreFoundWithTheirCategoryAndExactSpan() {
    assertTerm(OVERLAY, "Your glow facial is Monday at 3pm.", Category.PROCEDURE, "glow facial");
    assertTerm(OVERLAY, "Your Glow Facial is Monday at 3pm.", Category.PROCEDURE, "Glow Facial");
    assertTerm(OVERLAY, "Your zorvatrin is ready for pickup.", Category.MEDICATION, "zorvatrin");
    assertTerm(OVERLAY, "Your visit at Lakeside Renewal Center is Monday.", Category.SPECIALTY,
        "Lakeside Renewal Center");
  }

  @Test
  void addTerms_addedTermsAreMatchedThroughTheSameDisguisesAsBundledOnes() {
    assertTerm(OVERLAY, "Your gl0w facial is Monday at 3pm.", Category.PROCEDURE, "gl0w facial");
    assertTerm(OVERLAY, "Your glow\u200B facial is Monday at 3pm.", Category.PROCEDURE,
        "glow\u200B facial");
    assertTerm(OVERLAY, "Your hydra\u00ADfacial is Monday at 3pm.", Category.PROCEDURE,
        "hydra\u00ADfacial");
    assertTerm(OVERLAY, "Your zorv\u0430trin is ready for pickup.", Category.MEDICATION,
        "zorv\u0430trin");
  }

  @Test
  void removeTerms_removedTermIsNotFound_inAnySpelling() {
    for (String text : List.of("Your colonoscopy is Monday at 9am.",
        "Your Colonoscopy is Monday at 9am.",
        "Your c0lonoscopy is Monday at 9am.")) {
      Verdict v = OVERLAY.check(text);
      assertEquals(Decision.ALLOW, v.decision(), () -> Findings.describe(text, v));
      assertTrue(v.findings().isEmpty(), () -> Findings.describe(text, v));
    }
  }

  @Test
  void removeTerms_isCaseInsensitive() {
    Redactor r = Redactor.builder().removeTerms(List.of("Colonoscopy")).build();
    Verdict v = r.check("Your colonoscopy is Monday at 9am.");
    assertEquals(Decision.ALLOW, v.decision());
  }

  @Test
  void removeTerms_leavesOtherTermsAndTheStandardEngineAlone() {
    assertTerm(OVERLAY, "Your endoscopy is Monday at 9am.", Category.PROCEDURE, "endoscopy");
    assertTerm(OVERLAY, "Su colonoscopia es el lunes.", Category.PROCEDURE, "colonoscopia");
    assertTerm(REDACTOR, "Your colonoscopy is Monday at 9am.", Category.PROCEDURE, "colonoscopy");
  }

  @Test
  void addTerms_categoryWithoutADictionary_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Redactor.builder().addTerms(Category.PHONE, List.of("617-555-0142")));
    assertTrue(e.getMessage().contains("PHONE"), e.getMessage());
    assertFalse(e.getMessage().contains("617-555-0142"), "the message must not echo the input");
  }

  @Test
  void numberGluedToATerm_isFound() {
    assertTerm("Your chemo2 is Monday.", Category.PROCEDURE, "chemo2");
  }

  @Test
  void spanishHeadNounInThePlural_isFound() {
    assertTerm("Sus pruebas de embarazo son el lunes.", Category.PROCEDURE,
        "pruebas de embarazo");
  }

  @Test
  void dottedAbbreviation_continuesIntoTheNextWord() {
    assertTerm("Your H.I.V. test is Monday.", Category.PROCEDURE, "H.I.V. test");
  }

  @Test
  void genericVisitNoun_staysOutsideTheSpan() {
    assertTerm("Your prenatal appointment is Monday.", Category.PROCEDURE, "prenatal");
  }
}
