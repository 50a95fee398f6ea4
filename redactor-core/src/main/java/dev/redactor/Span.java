package dev.redactor;

import static dev.redactor.internal.Checks.requireArgument;

/**
 * A range of the original message text. {@code start}/{@code end} are UTF-16 indices into the
 * original {@link String} ({@code end} exclusive), exactly as {@link String#substring(int, int)}
 * takes them; {@code cpStart}/{@code cpEnd} are the same range counted in Unicode code points, for
 * consumers that do not index strings in UTF-16. A span never splits a surrogate pair.
 *
 * <p>Immutable. {@link #toString()} gives the offsets only, never the text.
 *
 * @param start first UTF-16 index, inclusive
 * @param end last UTF-16 index, exclusive
 * @param cpStart first code point index, inclusive
 * @param cpEnd last code point index, exclusive
 * @since 0.1
 */
public record Span(int start, int end, int cpStart, int cpEnd) implements Comparable<Span> {

  /** Validates the offsets. */
  public Span {
    requireArgument(start >= 0, "start < 0: %s", start);
    requireArgument(end >= start, "end < start: %s < %s", end, start);
    requireArgument(cpStart >= 0 && cpStart <= start, "cpStart out of range: %s", cpStart);
    requireArgument(
        cpEnd >= cpStart && cpEnd - cpStart <= end - start,
        "cpEnd out of range: %s (cpStart %s, length %s)",
        cpEnd,
        cpStart,
        end - start);
  }

  /**
   * The span of {@code text} from {@code start} to {@code end}, with code point offsets computed.
   *
   * @throws IllegalArgumentException if the range is out of bounds or splits a surrogate pair
   */
  public static Span of(CharSequence text, int start, int end) {
    requireArgument(
        start >= 0 && start <= end && end <= text.length(),
        "span [%s, %s) out of bounds for length %s",
        start,
        end,
        text.length());
    requireArgument(!splitsPair(text, start), "span start %s splits a surrogate pair", start);
    requireArgument(!splitsPair(text, end), "span end %s splits a surrogate pair", end);
    int cpStart = Character.codePointCount(text, 0, start);
    int cpEnd = cpStart + Character.codePointCount(text, start, end);
    return new Span(start, end, cpStart, cpEnd);
  }

  private static boolean splitsPair(CharSequence text, int index) {
    return index > 0
        && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }

  /** Length in UTF-16 units. */
  public int length() {
    return end - start;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(start, other.start);
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
