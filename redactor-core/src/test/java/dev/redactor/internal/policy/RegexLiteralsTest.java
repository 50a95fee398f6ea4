package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The literals {@link RegexLiterals} gives a regex must be in every text it matches: a policy
 * skips the regex when none is, so a wrong literal would silently turn a rule off.
 */
class RegexLiteralsTest {

  private static Set<String> literals(String regex) {
    RegexLiterals.Required r = RegexLiterals.of(regex);
    assertNotNull(r, regex);
    return new TreeSet<>(r.anyOf());
  }

  @Test
  void theLiteralsOfRegexesAsPoliciesWriteThem() {
    assertEquals(Set.of("xanax", "valium"), literals("(?i)\\b(xanax|valium)\\b"));
    assertTrue(RegexLiterals.of("(?i)\\b(xanax|valium)\\b").ignoreCase());
    assertEquals(Set.of("HIV"), literals("\\bHIV\\b"));
    assertFalse(RegexLiterals.of("\\bHIV\\b").ignoreCase());
    assertEquals(Set.of("color", "colour"), literals("(?i)colou?r"));
    assertEquals(Set.of("wordq"), literals("(?i)\\bWORDq\\d*\\b"));
    // the longer of two runs on either side of a class; a single alternative beats two
    assertEquals(Set.of("stop"), literals("(?i)(reply|text)\\s+stop"));
    // " mg methadone" contains "mg methadone": only the shorter is looked for
    assertEquals(Set.of("mg methadone"), literals("dose of [0-9]+ ?mg methadone"));
    assertEquals(Set.of("ology"), literals("[a-z]+ology"));
    // named and non-capturing groups, escaped punctuation, repetitions of one or more
    assertEquals(Set.of("a.b.c"), literals("(?P<x>a\\.b\\.c)+"));
    assertEquals(Set.of("rehab"), literals("(?:rehab){2,}"));
    assertEquals(Set.of("suboxone", "naloxone"), literals("(?s)(?:subo|nalo)xone"));
    // the default pack's opt-out regex: literals for each of its branches ("darse de baja"
    // contains "baja", which is enough)
    assertEquals(Set.of("stop", "alto", "baja", "opt", "unsubscribe", "cancelar suscripci"), literals("(?i)(reply|text|send|responda|envíe|envie)\\s+"
        + "(stop|alto|baja)|opt[- ]?out|unsubscribe|darse de baja|cancelar suscripci"));
  }

  @Test
  void nonAsciiLettersAreLiteralsOnlyWhenCaseCounts() {
    assertEquals(Set.of("envíe"), literals("envíe"));
    assertEquals(Set.of("env"), literals("(?i)envíe"));
  }

  @Test
  void regexesWithoutAUsefulLiteralAreAlwaysRun() {
    for (String regex : List.of("a.*b", "\\d{3}-\\d{4}", "(abc)?", "(abc)*", "abc|de", "abc|",
        "(?i)é{3}")) {
      assertNull(RegexLiterals.of(regex), regex);
    }
  }

  @Test
  void syntaxTheAnalysisDoesNotReadGivesNoLiterals() {
    for (String regex : List.of("\\x41bcdef", "\\Qabc\\E", "abc(?i)def", "(?i:abc)def",
        "(?-s:abc)", "\\101bcdef", "abcd\\Cef")) {
      assertNull(RegexLiterals.of(regex), regex);
    }
  }

  @Test
  void deepNestingAndLongAlternationsAreReadWithinBounds() {
    // RE2/J takes groups nested a thousand deep; the analysis stops well before its stack does
    String deep = "(".repeat(1000) + "abc" + ")".repeat(1000);
    Pattern.compile(deep);
    assertNull(RegexLiterals.of(deep));
    assertEquals(Set.of("abc"), literals("(".repeat(40) + "abc" + ")".repeat(40)));
    // a policy's long word list: one literal per word, and none once there are too many
    StringBuilder words = new StringBuilder("(?i)\\b(");
    for (int k = 0; k < 1000; k++) {
      words.append(k == 0 ? "" : "|").append("word").append(k).append('x');
    }
    assertEquals(1000, literals(words + ")\\b").size());
    for (int k = 1000; k < 1100; k++) {
      words.append("|word").append(k).append('x');
    }
    assertNull(RegexLiterals.of(words + ")\\b"));
  }

  @Test
  void foldMatchesWhatRe2FoldsOntoAsciiUnderIgnoreCase() {
    // Every char that (?i) matches to an ASCII char must fold to that char's fold, and every
    // other char must fold to something outside ASCII.
    Pattern anyAscii = Pattern.compile("(?i)[\\x00-\\x7F]");
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      char f = RegexLiterals.fold((char) c);
      if (anyAscii.matcher(s).matches()) {
        assertTrue(f < 128, () -> "U+" + Integer.toHexString(s.charAt(0)));
        assertTrue(Pattern.compile("(?i)" + Pattern.quote(String.valueOf(f))).matcher(s)
            .matches(), () -> "U+" + Integer.toHexString(s.charAt(0)));
      } else {
        assertTrue(f >= 128, () -> "U+" + Integer.toHexString(s.charAt(0)));
      }
    }
    for (char a = 'A'; a <= 'Z'; a++) {
      assertEquals(Character.toLowerCase(a), RegexLiterals.fold(a));
    }
  }

  // ---- soundness: random regexes and texts, RE2/J as the judge ---------------------------------

  private static final String[] PIECES = {"a", "b", "c", "ab", "abc", "bca", "K", "s", "(a|bc)",
      "(abc|cab)", "(?:ab|b)", "[ab]", "[^a]", ".", "\\b", "\\B", "^", "$", "\\s", "\\w", "\\d",
      " ", "\\.", "x", "(?P<n>abc)"};
  private static final String[] SUFFIXES = {"", "", "", "?", "*", "+", "{2}", "{1,2}", "{0,1}",
      "??", "+?"};
  /* Texts are made of pieces of the regexes' literals, in both cases, and of look-alikes. */
  private static final String[] TEXT_PIECES = {"a", "b", "c", "ab", "abc", "bca", "cab", "ABC",
      "aBc", "Cab", " ", ".", "a.b", "x", "s", "S", "k", "K", "\u017F", "\u212A", "1", "é"};

  private static String randomRegex(Random rnd) {
    StringBuilder sb = new StringBuilder();
    if (rnd.nextBoolean()) {
      sb.append("(?i)");
    }
    int branches = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0);
    for (int b = 0; b < branches; b++) {
      if (b > 0) {
        sb.append('|');
      }
      int items = 1 + rnd.nextInt(6);
      for (int k = 0; k < items; k++) {
        String piece = PIECES[rnd.nextInt(PIECES.length)];
        sb.append(piece);
        boolean repeatable = !piece.startsWith("\\b") && !piece.startsWith("\\B")
            && !piece.equals("^") && !piece.equals("$");
        if (repeatable) {
          sb.append(SUFFIXES[rnd.nextInt(SUFFIXES.length)]);
        }
      }
    }
    return sb.toString();
  }

  private static String randomText(Random rnd) {
    StringBuilder t = new StringBuilder();
    for (int k = rnd.nextInt(7); k > 0; k--) {
      t.append(TEXT_PIECES[rnd.nextInt(TEXT_PIECES.length)]);
    }
    return t.toString();
  }

  /** Whether some literal of {@code r} is in {@code text}, as the scanner would read it. */
  private static boolean hasLiteral(RegexLiterals.Required r, String text) {
    String t = text;
    if (r.ignoreCase()) {
      char[] f = text.toCharArray();
      for (int k = 0; k < f.length; k++) {
        f[k] = RegexLiterals.fold(f[k]);
      }
      t = new String(f);
    }
    for (String lit : r.anyOf()) {
      if (t.contains(lit)) {
        return true;
      }
    }
    return false;
  }

  /** Returns how many (regex, text) pairs had literals and a match, failing on any miss. */
  private static int checkSoundness(long seed, int regexes, int textsEach) {
    Random rnd = new Random(seed);
    int covered = 0;
    for (int n = 0; n < regexes; n++) {
      String regex = randomRegex(rnd);
      Pattern p;
      try {
        p = Pattern.compile(regex);
      } catch (RuntimeException e) {
        continue; // not valid RE2: a policy would have refused it
      }
      RegexLiterals.Required r = RegexLiterals.of(regex);
      if (r == null) {
        continue;
      }
      for (String lit : r.anyOf()) {
        assertTrue(lit.length() >= RegexLiterals.MIN_LENGTH, regex);
      }
      for (int k = 0; k < textsEach; k++) {
        String text = randomText(rnd);
        if (p.matcher(text).find()) {
          covered++;
          if (!hasLiteral(r, text)) {
            fail("regex " + regex + " matches \"" + text + "\" but none of " + r.anyOf()
                + " is in it");
          }
        }
      }
    }
    return covered;
  }

  @Test
  void everyMatchContainsALiteral() {
    int covered = checkSoundness(7, 3000, 200);
    // the check must have looked at many matches, not passed for want of them
    assertTrue(covered > 1000, "matched pairs with literals: " + covered);
  }

  @Property(tries = 200)
  void everyMatchContainsALiteralWhateverTheSeed(@ForAll long seed) {
    checkSoundness(seed, 20, 50);
  }

  /** Any string of regex syntax, not only the grammar above: odd braces, classes, flags. */
  @Property(tries = 3000)
  void oddSyntaxNeverGivesAWrongLiteral(
      @ForAll @StringLength(max = 24) @Chars({'a', 'b', 'c', 'A', 'k', 's', '(', ')', '[', ']',
          '|', '*', '+', '?', '{', '}', ',', '1', '2', '\\', '.', '^', '$', ':', '<', '>', 'P',
          'i', '-', ' '}) String regex, @ForAll long seed) {
    Pattern p;
    try {
      p = Pattern.compile(regex);
    } catch (RuntimeException e) {
      return; // not valid RE2
    }
    RegexLiterals.Required r = RegexLiterals.of(regex);
    if (r == null) {
      return;
    }
    Random rnd = new Random(seed);
    for (int k = 0; k < 30; k++) {
      String text = randomText(rnd) + regex.replaceAll("[^a-zA-Z ]", "") + randomText(rnd);
      if (p.matcher(text).find()) {
        assertTrue(hasLiteral(r, text), () -> regex + " matches \"" + text + "\" without any of "
            + r.anyOf());
      }
    }
  }
}
