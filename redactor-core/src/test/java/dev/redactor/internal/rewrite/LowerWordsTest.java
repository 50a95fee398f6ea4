package dev.redactor.internal.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Rewriter.LowerWords} answers exactly as a lookup of {@code toLowerCase(Locale.ROOT)}
 * would, for every char, including those that lower-case apart (İ, Σ, surrogates) and those that
 * lower-case into ASCII (the Kelvin sign).
 */
class LowerWordsTest {
  // Words that some non-ASCII chars lower-case into: "i̇" is "İ" lowered, "ας" is "ΑΣ" lowered
  // (final sigma), "k" is the Kelvin sign lowered.
  private static final String[] WORDS = {
    "is", "in", "i", "k", "ks", "'s", "a", "an", "\u00e1", "i\u0307", "\u03b1\u03c2", "s", "el"
  };
  private static final Set<String> SET = Set.of(WORDS);
  private static final Rewriter.LowerWords LOWER = Rewriter.LowerWords.of(WORDS);

  /** Strings around char {@code c} that could lower-case into one of {@link #WORDS}. */
  private static String[] around(char c) {
    String s = String.valueOf(c);
    return new String[] {s, s + "s", s + "n", "i" + s, "'" + s, "\u0391" + s, s + "\u03a3",
        "\ud83d" + s};
  }

  @Test
  void contains_isTheLookupOfTheLowerCasedString() {
    for (int c = 0; c <= 0xffff; c++) {
      for (String s : around((char) c)) {
        String padded = "x " + s + " y";
        boolean expected = SET.contains(s.toLowerCase(Locale.ROOT));
        assertEquals(expected, LOWER.contains(padded, 2, 2 + s.length()),
            () -> "U+" + Integer.toHexString(s.charAt(0)));
      }
    }
  }

  @Test
  void equalsAndEndsWith_areThoseOfTheLowerCasedString() {
    for (int c = 0; c <= 0xffff; c++) {
      for (String s : around((char) c)) {
        String padded = "x " + s + " y";
        String lower = s.toLowerCase(Locale.ROOT);
        for (String w : WORDS) {
          assertEquals(lower.equals(w),
              Rewriter.LowerWords.equalsLowered(padded, 2, 2 + s.length(), w));
          assertEquals(lower.endsWith(w),
              Rewriter.LowerWords.endsWithLowered(padded, 2, 2 + s.length(), w));
        }
      }
    }
  }

  @Test
  void wordsMustBeLowerCase() {
    assertThrows(IllegalArgumentException.class, () -> Rewriter.LowerWords.of("Your"));
  }

  @Test
  void emptyRange_isNoWord() {
    assertEquals(false, LOWER.contains("abc", 1, 1));
    assertEquals(true, Rewriter.LowerWords.of("").contains("abc", 1, 1));
  }
}
