package dev.redactor.internal.text;

import dev.redactor.internal.Checks;
import dev.redactor.internal.IntArrays;
import dev.redactor.internal.Workspace;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A normalized view of a message with an exact map back to the original. Every char of the view
 * was produced by one code point (or a run of dropped marks attached to it) of the original; {@link
 * #originalStart(int)} and {@link #originalEnd(int)} give that code point's UTF-16 range, so a range
 * of the view maps to a range of the original that never splits a surrogate pair and covers every
 * character — including dropped zero-width ones — between the first and last mapped characters.
 *
 * <p>Immutable once built (the arrays are never exposed for writing).
 */
public final class NormalizedText implements CharSequence {
  private final String original;
  private final char[] chars;
  private final int length;
  /*
   * Null when the view maps one to one (char i comes from original char i): the case of most
   * messages, whose normalization only changes letters' case. Two int arrays per character of
   * every message were the largest allocation of a check.
   */
  private final int @Nullable [] starts;
  private final int @Nullable [] ends;

  NormalizedText(String original, char[] chars, int length, int @Nullable [] starts,
      int @Nullable [] ends) {
    this.original = original;
    this.chars = chars;
    this.length = length;
    this.starts = starts;
    this.ends = ends;
  }

  /** The text this view was made from. */
  public String original() {
    return original;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    Checks.requireArgument(index >= 0 && index < length, "index %s out of [0, %s)", index, length);
    return chars[index];
  }

  /** The backing array; callers read {@code [0, length())} and never write. */
  public char[] buffer() {
    return chars;
  }

  /** UTF-16 index in the original where the character at {@code index} comes from. */
  public int originalStart(int index) {
    if (starts == null) {
      Checks.requireArgument(index >= 0 && index < length, "index %s out of [0, %s)", index,
          length);
      return index;
    }
    return starts[index];
  }

  /** UTF-16 index in the original just after the code point the character at {@code index} comes from. */
  public int originalEnd(int index) {
    if (ends == null) {
      Checks.requireArgument(index >= 0 && index < length, "index %s out of [0, %s)", index,
          length);
      return index + 1;
    }
    return ends[index];
  }

  /**
   * Maps the view range {@code [start, end)} to the original: the start of the first character's
   * source to the end of the last character's source. An empty range maps to an empty range at the
   * corresponding position.
   *
   * @return {@code (originalStart << 32) | originalEnd}
   */
  public long toOriginal(int start, int end) {
    Checks.requireArgument(
        start >= 0 && start <= end && end <= length,
        "range [%s, %s) out of [0, %s]",
        start,
        end,
        length);
    if (start == end) {
      int p = start < length ? originalStart(start) : original.length();
      return ((long) p << 32) | p;
    }
    return ((long) originalStart(start) << 32) | originalEnd(end - 1);
  }

  /** The start half of a value returned by {@link #toOriginal(int, int)}. */
  public static int startOf(long range) {
    return (int) (range >>> 32);
  }

  /** The end half of a value returned by {@link #toOriginal(int, int)}. */
  public static int endOf(long range) {
    return (int) range;
  }

  /**
   * The first view index whose source starts at or after {@code originalIndex}; {@link #length()}
   * when none does.
   */
  public int fromOriginal(int originalIndex) {
    if (starts == null) {
      return Math.max(0, Math.min(originalIndex, length));
    }
    return IntArrays.firstAtLeast(starts, length, originalIndex);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    Checks.requireArgument(
        start >= 0 && start <= end && end <= length,
        "range [%s, %s) out of [0, %s]",
        start,
        end,
        length);
    return new String(chars, start, end - start);
  }

  /** Whether the view holds exactly {@code s} at {@code index}. */
  public boolean regionMatches(int index, String s) {
    if (index < 0 || index + s.length() > length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (chars[index + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The normalized text. This is message text: never log it. */
  public String text() {
    return new String(chars, 0, length);
  }

  /** The length only: this object holds message text and must not leak it. */
  @Override
  public String toString() {
    return "NormalizedText{length=" + length + "}";
  }

  /** Accumulates a view while it is being built. */
  static final class Builder {
    private final String original;
    private char[] chars;
    /* Null while every char appended so far came from the original char at its own index. */
    private int @Nullable [] starts;
    private int @Nullable [] ends;
    private int length;

    /* Where chars came from, to record a longer copy. */
    private final Workspace workspace;
    private final int slot;

    /** A builder writing into {@code workspace}'s char slot {@code slot}. */
    Builder(String original, int capacity, Workspace workspace, int slot) {
      this.original = original;
      this.chars = workspace.chars(slot, Math.max(16, capacity));
      this.workspace = workspace;
      this.slot = slot;
    }

    /**
     * Takes {@code chars()[length(), newLength)}, written there by the caller, as output chars
     * that each come from the original char at their own index. Only while the view still maps
     * one to one.
     */
    void sameIndexTo(int newLength) {
      Checks.requireArgument(starts == null && newLength >= length && newLength <= chars.length,
          "range [%s, %s) cannot map one to one", length, newLength);
      length = newLength;
    }

    void append(char c, int origStart, int origEnd) {
      if (length == chars.length) {
        int cap = chars.length * 2;
        chars = Arrays.copyOf(chars, cap);
        workspace.grew(slot, chars);
        if (starts != null) {
          starts = Arrays.copyOf(starts, cap);
          ends = Arrays.copyOf(ends, cap);
        }
      }
      if (starts == null && (origStart != length || origEnd != length + 1)) {
        materialize();
      }
      chars[length] = c;
      if (starts != null) {
        starts[length] = origStart;
        ends[length] = origEnd;
      }
      length++;
    }

    /** Writes out the one-to-one map so far, from which the view now departs. */
    private void materialize() {
      starts = new int[chars.length];
      ends = new int[chars.length];
      for (int i = 0; i < length; i++) {
        starts[i] = i;
        ends[i] = i + 1;
      }
    }

    void append(CharSequence s, int origStart, int origEnd) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i), origStart, origEnd);
      }
    }

    int length() {
      return length;
    }

    int endAt(int index) {
      return index < 0 ? -1 : starts == null ? index + 1 : ends[index];
    }

    int startAt(int index) {
      return starts == null ? index : starts[index];
    }

    /** The chars so far; read {@code [0, length())} only. */
    char[] chars() {
      return chars;
    }

    /** Drops the output chars from {@code newLength} on. */
    void truncate(int newLength) {
      length = newLength;
    }

    /** Sets the source end of the output chars from {@code from} to the last one. */
    void widenEnds(int from, int newEnd) {
      if (from >= length) {
        return;
      }
      if (starts == null) {
        materialize();
      }
      for (int i = from; i < length; i++) {
        ends[i] = newEnd;
      }
    }

    NormalizedText build() {
      return new NormalizedText(original, chars, length, starts, ends);
    }
  }
}
