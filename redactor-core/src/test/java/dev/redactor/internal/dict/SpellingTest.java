package dev.redactor.internal.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.Decision;
import dev.redactor.Finding;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  private final Lexicon lexicon = Lexicons.standard();
  private final Redactor redactor = Redactor.standard();

  @Test
  void candidates_oneEditFromAClinicalWord_areFound() {
    assertTrue(Spelling.candidates(lexicon, "counceling", false).contains("counseling"));
    assertTrue(Spelling.candidates(lexicon, "canel", false).contains("canal"));
    assertTrue(Spelling.candidates(lexicon, "colonsocpy", false).contains("colonoscopy"),
        "a swap of neighbouring letters is one edit");
  }

  @Test
  void candidates_ordinaryWords_areNeverCorrected() {
    // each is one edit from a clinical word, and a word in its own right
    for (String w : List.of("cancel", "marrow", "later", "panel", "tomorrow", "pharmacy")) {
      assertEquals(List.of(), Spelling.candidates(lexicon, w, false), w);
    }
  }

  @Test
  void candidates_keepTheFirstLetter_andSkipShortTokens() {
    assertFalse(Spelling.candidates(lexicon, "xolonoscopy", false).contains("colonoscopy"));
    assertEquals(List.of(), Spelling.candidates(lexicon, "flue", false), "shorter than 5");
  }

  @Test
  void candidates_spanishTargets_onlyForSpanishMessages() {
    assertTrue(Spelling.candidates(lexicon, "urjente", true).contains("urgente"));
    assertFalse(Spelling.candidates(lexicon, "urjente", false).contains("urgente"));
  }

  @Test
  void check_misspelledProcedure_isFoundWithItsOriginalSpan() {
    String text = "It has been a while since your last counceling session. Reply BOOK to schedule.";
    Finding f = only(redactor.check(text), Category.PROCEDURE);
    assertEquals("counceling session", text.substring(f.span().start(), f.span().end()));
    text = "Reminder: your root canel is tomorow at 10am.";
    f = only(redactor.check(text), Category.PROCEDURE);
    assertEquals("root canel", text.substring(f.span().start(), f.span().end()));
  }

  @Test
  void check_wordSplitBySpace_isJoined() {
    String text = "Don't forget: colono scopy check-in Friday 6:30 AM.";
    Finding f = only(redactor.check(text), Category.PROCEDURE);
    assertTrue(text.substring(f.span().start(), f.span().end()).startsWith("colono scopy"));
  }

  @Test
  void check_misspelledSpanishTerm_inSpanishMessage_isFound() {
    Verdict v = redactor.check("Su cita de quimioterapya es el lunes a las 9.");
    assertTrue(v.decision() != Decision.ALLOW, v::toString);
  }

  @Test
  void check_namesAndAddresses_areNotTakenForTypos() {
    // a surname one edit from a clinical word, after a title and at the start of a sentence
    assertEquals(Decision.ALLOW,
        redactor.check("Dr. Lupas will see you Monday at 9am.").decision());
    assertEquals(Decision.ALLOW, redactor.check("Please cancel online at"
        + " https://portal.example.org/visits if you cannot come.").decision());
    assertEquals(Decision.ALLOW,
        redactor.check("Your appointment is tomorow at 2pm. Reply YES to confirm.").decision());
  }

  @Test
  void inflectedWord_formsOfEverydayWords_areWords() {
    // plural, feminine, verb with pronoun, verb forms and a verb made from a noun, each in
    // matching form (accents folded); none of them is in the word lists as written
    for (String w : List.of("rifas", "academicas", "transferirla", "presentela", "consultela",
        "aplicamos", "consulte", "depositaron", "marcara", "chequee", "chatear")) {
      assertTrue(inflected(w, true), w);
    }
    assertTrue(inflected("thats", false), "an English plural-looking form of a word");
  }

  @Test
  void inflectedWord_formsOfClinicalWords_andMisspellings_areLeftToCorrection() {
    for (String w : List.of("antibioticas", "cancerosas", "quimioterapya", "amoxicilna")) {
      assertFalse(inflected(w, true), w);
    }
    assertFalse(inflected("masto", true), "a one-letter ending is not read against English -er");
    assertFalse(inflected("aplicamos", false), "Spanish verb forms only in Spanish messages");
  }

  @Test
  void check_spanishWordForms_areNotCorrectedToDrugs() {
    // "chatear" was one edit from the contraceptive Chateal, "rifas" from a procedure word
    assertEquals(Decision.ALLOW,
        redactor.check("Ahora puede chatear con nosotros en el portal.").decision());
    assertEquals(Decision.ALLOW,
        redactor.check("Habrá música, comida y rifas para toda la familia.").decision());
    assertEquals(Decision.ALLOW, redactor.check(
        "Su medicina genérica ya está lista para recoger en la farmacia.").decision());
    assertEquals(Decision.ALLOW, redactor.check(
        "Twelve boxes of nitrile gloves arrived for the front desk.").decision());
  }

  private boolean inflected(String w, boolean spanish) {
    return Spelling.inflectedWord(lexicon, w.toCharArray(), 0, w.length(), spanish);
  }

  private static Finding only(Verdict v, Category c) {
    List<Finding> fs = v.findings().stream().filter(f -> f.category() == c).toList();
    assertEquals(1, fs.size(), () -> "expected one " + c + ": " + v);
    return fs.get(0);
  }
}
