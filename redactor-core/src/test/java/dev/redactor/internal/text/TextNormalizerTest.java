package dev.redactor.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static String base(String s) {
    return TextNormalizer.base(s).text();
  }

  private static String terms(String s) {
    return TextNormalizer.terms(TextNormalizer.base(s)).text();
  }

  /** The original text a view range maps back to. */
  private static String original(NormalizedText v, int start, int end) {
    long r = v.toOriginal(start, end);
    return v.original().substring(NormalizedText.startOf(r), NormalizedText.endOf(r));
  }

  @Test
  void base_foldsCaseAndCompatibilityForms() {
    assertEquals("chemo", base("CHEMO"));
    assertEquals("chemo", base("ＣＨＥＭＯ")); // fullwidth
    assertEquals("chemo", base("\uD835\uDC1C\uD835\uDC21\uD835\uDC1E\uD835\uDC26\uD835\uDC28")); // math bold
    assertEquals("strasse", base("Straße"));
  }

  @Test
  void base_dropsFormatCharacters() {
    assertEquals("chemo", base("ch\u200Be\u00ADm\u2060o"));
    assertEquals("hiv", base("\u202EH\u200DI\u200CV\u202C"));
    assertEquals("prep", base("P\uFEFFr\uFE0FEP"));
  }

  @Test
  void base_removesDiacritics_precomposedOrCombining() {
    assertEquals("cardiologia", base("cardiología"));
    assertEquals("cardiologia", base("cardiologi\u0301a"));
    assertEquals("bjorn", base("Björn"));
  }

  @Test
  void base_foldsConfusableLetters() {
    assertEquals("chemo", base("\u0441h\u0435m\u043E")); // Cyrillic с, е, о
    assertEquals("hiv", base("H\u0406V")); // Cyrillic capital І
    assertEquals("hiv", base("H\u0399V")); // Greek capital Iota
    assertEquals("opioid", base("\u03BFpi\u03BFid")); // Greek omicron
    assertEquals("mat", base("\u041C\u0410\u0422")); // Cyrillic М А Т
  }

  @Test
  void base_foldsDigitsOfOtherScriptsAndDashes() {
    assertEquals("617-555-0142", base("６１７–５５５—０１４２"));
    assertEquals("123", base("\u0661\u0662\u0663")); // Arabic-Indic digits
  }

  @Test
  void terms_undoesLeetInsideWords() {
    assertEquals("chemo", terms("ch3mo"));
    assertEquals("chemo", terms("ch3m0"));
    assertEquals("gonorrhea", terms("gon0rrhea"));
    assertEquals("hiv", terms("h1v"));
    assertEquals("oxycodone", terms("0xycodone"));
    assertEquals("crack", terms("cr@ck"));
    assertEquals("quimio", terms("qu1m10"));
  }

  @Test
  void terms_keepsNumbersQuantitiesAndCodes() {
    assertEquals("sertraline 50mg", terms("sertraline 50mg"));
    assertEquals("take 5mcg at 2pm", terms("take 5mcg at 2pm"));
    assertEquals("b12 covid19 1st 3rd", terms("B12 COVID19 1st 3rd"));
    assertEquals("room aib10", terms("Room A1B10")); // two letters: the trailing run stays a number
    assertEquals("617-555-0142", terms("617-555-0142"));
  }

  @Test
  void terms_joinsSpelledOutWords() {
    assertEquals("prep", terms("P.r.E.P"));
    assertEquals("hiv test", terms("H I V test"));
    assertEquals("chemo", terms("c-h-e-m-o"));
    assertEquals("iv.", terms("I.V."));
    assertEquals("chemo", terms("c\uD83D\uDE00h\uD83D\uDE00e\uD83D\uDE00m\uD83D\uDE00o"));
    // shorthand after the run is not one more letter of it; a run spelled with slashes is
    assertEquals("chemo w/ dr. lee", terms("c h e m o w/ dr. lee"));
    assertEquals("root canal w/ dr. lee", terms("r o o t  c a n a l w/ dr. lee"));
    assertEquals("hiv", terms("h/i/v"));
    // a digit among the letters, not after the last one; a spaced gap where the letters are
    // joined is a word break
    assertEquals(terms("HbA1c is 9.4"), terms("H b A 1 c is 9.4"));
    assertEquals("prep 2 pm", terms("p r e p 2 pm"));
    assertEquals("hiv reactive", terms("H.I.V. r-e-a-c-t-i-v-e"));
    // two letters around a digit, joined by one mark; a possessive ends a spelled-out name
    assertEquals(terms("A1C draw"), terms("A-1-C draw"));
    assertEquals("jacob's fillings", terms("J.a.c.o.b's f.i.l.l.i.n.g.s"));
    assertEquals("foot exam", terms("f-o-o-t e-x-a-m"));
  }

  @Test
  void terms_leavesOrdinaryProseAlone() {
    assertEquals("i am a nurse", terms("I am a nurse"));
    assertEquals("reply y or n", terms("Reply Y or N"));
    assertEquals("w/o and y/o", terms("w/o and y/o"));
    assertEquals("a b", terms("a b"));
    assertEquals("plan a, b or c 1 2 3", terms("Plan A, B or C 1 2 3"));
    assertEquals("room a-1 b", terms("Room A-1 B"));
    assertEquals("it's 3-4-5 miles", terms("It's 3-4-5 miles"));
  }

  @Test
  void toOriginal_coversDroppedCharactersInside() {
    String text = "Your ch\u200Be\u00ADmo is Monday";
    NormalizedText v = TextNormalizer.terms(TextNormalizer.base(text));
    int s = v.text().indexOf("chemo");
    assertEquals("ch\u200Be\u00ADmo", original(v, s, s + 5));
  }

  @Test
  void toOriginal_isExactAfterSurrogatePairs() {
    String text = "\uD83D\uDE00\uD83D\uDE00 Hi Björn, see you";
    NormalizedText v = TextNormalizer.base(text);
    int s = v.text().indexOf("bjorn");
    assertEquals("Björn", original(v, s, s + 5));
    long r = v.toOriginal(s, s + 5);
    assertEquals(text.indexOf("Björn"), NormalizedText.startOf(r));
  }

  @Test
  void toOriginal_keepsCombiningMarkWithItsLetter() {
    String text = "Jose\u0301 called";
    NormalizedText v = TextNormalizer.base(text);
    assertEquals("Jose\u0301", original(v, 0, 4));
  }

  @Test
  void toOriginal_coversExpansions() {
    String text = "Straße 5";
    NormalizedText v = TextNormalizer.base(text);
    assertEquals("Straße", original(v, 0, 7)); // "strasse" is 7 chars from 6
  }

  @Test
  void base_decodesHtmlReferences_andMapsEachToItsWholeReference() {
    assertEquals("chemo", base("&#99;hemo"));
    assertEquals("chemo", base("ch&#x65;mo"));
    assertEquals("chemo", base("CH&#X45;MO"));
    assertEquals("chemo", base("ch&eacute;mo"));
    assertEquals("chemo", base("che&shy;mo"));
    assertEquals("chemo", base("ch&#8203;emo"));
    assertEquals("chemo", base("&amp;#99;hemo")); // double-encoded
    NormalizedText v = TextNormalizer.base("your ch&#x65;mo");
    assertEquals("ch&#x65;mo", original(v, 5, 10));
    assertEquals("&#x65;", original(v, 7, 8));
  }

  @Test
  void base_leavesIncompleteOrUnknownReferencesAlone() {
    assertEquals("msg&data rates", base("Msg&data rates"));
    assertEquals("&#99 hemo", base("&#99 hemo"));
    assertEquals("&bogus;", base("&bogus;"));
    assertEquals("&#x110000;", base("&#x110000;"));
    assertEquals("&#xd800;", base("&#xD800;"));
  }

  @Test
  void base_decodesPercentEscapesOfLettersDigitsAndUtf8Only() {
    assertEquals("chemo", base("ch%65mo"));
    assertEquals("chemo", base("%63%68%65%6D%6F"));
    assertEquals("chemo", base("ch%E2%80%8Bemo")); // an encoded zero-width space
    assertEquals("quimioterapia", base("quimioter%C3%A1pia"));
    assertEquals("a%20b 20% off %2f %zz", base("a%20b 20% off %2F %zz"));
    assertEquals("%e2%80x", base("%E2%80x")); // an incomplete UTF-8 sequence stays
    NormalizedText v = TextNormalizer.base("x %63%68emo");
    assertEquals("%63%68emo", original(v, 2, 7));
  }

  @Test
  void base_decodedTextIsAFixedPoint() {
    for (String s : new String[] {"&#38;#99;", "%2563", "&#&#51;5;", "&amp;amp;", "%%36%33",
        "&l&#116;;", "&#x26;&#x23;&#x39;&#x39;&#x3b;"}) {
      String once = base(s);
      assertEquals(once, base(once), s);
    }
  }

  @Test
  void displayOrder_reversesRightToLeftOverrideRuns_andMapsThemWhole() {
    assertEquals("your chemo is", DisplayOrder.of("your \u202Eomehc\u202C is").text());
    assertEquals("your chemo", DisplayOrder.of("your c\u202Eomeh").text());
    assertEquals("ab\ndc", DisplayOrder.of("ab\n\u202Ecd").text());
    assertEquals("x \uD83D\uDE00a y", DisplayOrder.of("x \u202Ea\uD83D\uDE00\u202C y").text());
    assertEquals(null, DisplayOrder.of("ch\u202Demo")); // no right-to-left override
    DisplayOrder d = DisplayOrder.of("your \u202Eomehc\u202C is");
    assertEquals(4, d.originalStart(4));
    assertEquals(5, d.originalEnd(4));
    for (int i = 5; i < 10; i++) { // every char of the run maps to the whole run
      assertEquals(5, d.originalStart(i));
      assertEquals(12, d.originalEnd(i));
    }
    assertEquals(12, d.originalStart(10));
  }

  @Test
  void anEscapeCompletedInsideAFoldOfSeveralCharsIsDecodedAtOnce() {
    // found by NormalizationProperties.terms_isIdempotent: "\u3251" (circled 21) folds to "21",
    // and "%6" + "2" is the escape of "b"; it was decoded only on a second pass
    String s = "%6\u3251";
    NormalizedText once = TextNormalizer.base(s);
    assertEquals("b1", once.text());
    assertEquals(once.text(), TextNormalizer.base(once.text()).text());
    // the decoded char covers the whole escape in the original, the rest of the fold its char
    assertEquals(0, once.originalStart(0));
    assertEquals(3, once.originalEnd(0));
    assertEquals(2, once.originalStart(1));
    assertEquals(3, once.originalEnd(1));
  }
}
