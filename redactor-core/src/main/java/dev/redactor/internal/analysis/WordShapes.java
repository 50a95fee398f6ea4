package dev.redactor.internal.analysis;

/**
 * A filter over a fixed set of words by first character and length: one bit per (first char,
 * length) pair. A clear bit proves that no word of the set has that shape, so a lookup can be
 * skipped; a set bit proves nothing. Most words of a message miss the small sets detectors look
 * them up in, and this test costs less than hashing them.
 *
 * <p>Filled while its owner initializes ({@link #add}), read-only after; safe to share once
 * published through a final field.
 */
public final class WordShapes {
  private static final int LONGS = 64;
  private final long[] bits = new long[LONGS];

  /** Adds the shape of {@code word}. */
  public void add(CharSequence word) {
    int b = shape(word.length() == 0 ? 0 : word.charAt(0), word.length());
    bits[b >>> 6] |= 1L << b;
  }

  /** Whether some word added may be {@code buf[start, start + length)}. */
  public boolean mayContain(char[] buf, int start, int length) {
    return mayContain(length == 0 ? 0 : buf[start], length);
  }

  /** Whether some word added may start with {@code first} and have {@code length} chars. */
  public boolean mayContain(char first, int length) {
    int b = shape(first, length);
    return (bits[b >>> 6] & (1L << b)) != 0;
  }

  private static int shape(char first, int length) {
    return ((first & 0x7f) << 5 | Math.min(length, 31)) & (LONGS * 64 - 1);
  }
}
