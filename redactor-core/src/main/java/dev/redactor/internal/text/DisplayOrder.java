package dev.redactor.internal.text;

import org.jspecify.annotations.Nullable;

/**
 * A message as a screen shows it when it holds right-to-left overrides (U+202E): the characters of
 * each override run (up to U+202C, a line break or the end) in reverse order, the override
 * characters themselves gone. {@code "Your \u202Eomehc\u202C is Monday"} is typed backwards and
 * read as {@code "Your chemo is Monday"}.
 *
 * <p>The display text is checked like any message; each of its characters maps back to the
 * original: outside a run to itself, inside a run to the whole run (the order inside is reversed,
 * so no finer map is monotonic). A finding in the display text thus maps to a range of the
 * original that covers everything it was made from.
 *
 * <p>Immutable.
 */
public final class DisplayOrder {
  private static final char RLO = '\u202E';
  private static final char PDF = '\u202C';

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private DisplayOrder(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The display order of {@code original}, or null when it has no right-to-left override. */
  public static @Nullable DisplayOrder of(String original) {
    if (original.indexOf(RLO) < 0) {
      return null;
    }
    int n = original.length();
    StringBuilder sb = new StringBuilder(n);
    int[] starts = new int[n];
    int[] ends = new int[n];
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      if (c == RLO) {
        int j = i + 1;
        while (j < n && !ends(original.charAt(j))) {
          j++;
        }
        int runEnd = j < n && original.charAt(j) == PDF ? j + 1 : j;
        for (int k = j; k > i + 1; ) {
          int cp = original.codePointBefore(k);
          k -= Character.charCount(cp);
          for (int u = 0; u < Character.charCount(cp); u++) {
            starts[sb.length() + u] = i;
            ends[sb.length() + u] = runEnd;
          }
          sb.appendCodePoint(cp);
        }
        i = runEnd;
        continue;
      }
      int cp = original.codePointAt(i);
      int len = Character.charCount(cp);
      for (int u = 0; u < len; u++) {
        starts[sb.length() + u] = i;
        ends[sb.length() + u] = i + len;
      }
      sb.appendCodePoint(cp);
      i += len;
    }
    return new DisplayOrder(sb.toString(), starts, ends);
  }

  private static boolean ends(char c) {
    return c == PDF || c == '\n' || c == '\r' || c == '\u2029';
  }

  /** The text as shown. This is message text: never log it. */
  public String text() {
    return text;
  }

  /** Where in the original the character at {@code index} of {@link #text()} comes from. */
  public int originalStart(int index) {
    return starts[index];
  }

  /** The end of that source range. */
  public int originalEnd(int index) {
    return ends[index];
  }

  @Override
  public String toString() {
    return "DisplayOrder{length=" + text.length() + "}";
  }
}
