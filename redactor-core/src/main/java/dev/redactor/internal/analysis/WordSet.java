package dev.redactor.internal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A fixed set of words in matching form (lower case, accents folded), looked up by a token's
 * characters without building a string: a hash probe instead of scanning a list. Immutable and
 * thread-safe.
 */
public final class WordSet {
  private final CharArraySet set;
  /*
   * Most lookups miss (detectors ask every token of a message), so a lookup first tests one bit
   * per (first character, length) pair of the words: a clear bit means no word can match, and the
   * hash probe is skipped. A set bit proves nothing; the probe decides.
   */
  private final long[] shapes = new long[SHAPE_LONGS];

  private static final int SHAPE_LONGS = 64;

  private WordSet(List<String> words) {
    CharArraySet s = new CharArraySet(Math.max(16, words.size() * 2), false);
    for (String w : words) {
      s.add(w);
      int b = shape(w.isEmpty() ? 0 : w.charAt(0), w.length());
      shapes[b >>> 6] |= 1L << b;
    }
    this.set = CharArraySet.unmodifiableSet(s);
  }

  /** The filter bit of a word that starts with {@code first} and has {@code length} chars. */
  private static int shape(char first, int length) {
    return ((first & 0x7f) << 5 | Math.min(length, 31)) & (SHAPE_LONGS * 64 - 1);
  }

  private boolean mayContain(char first, int length) {
    int b = shape(first, length);
    return (shapes[b >>> 6] & (1L << b)) != 0;
  }

  /** The given words. */
  public static WordSet of(String... words) {
    return new WordSet(Arrays.asList(words));
  }

  /** The words of {@code spaced}, a list of words separated by spaces. */
  public static WordSet spaced(String spaced) {
    List<String> words = new ArrayList<>();
    for (String w : spaced.split(" ")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return new WordSet(words);
  }

  /** Whether token {@code i} of {@code tokens} is in the set. */
  public boolean contains(Tokens tokens, int i) {
    return contains(tokens.view().buffer(), tokens.start(i), tokens.length(i));
  }

  /** Whether {@code buf[start, start + length)} is in the set. */
  public boolean contains(char[] buf, int start, int length) {
    if (!mayContain(length == 0 ? 0 : buf[start], length)) {
      return false;
    }
    return set.contains(buf, start, length);
  }

  /**
   * Whether {@code word} is in the set.
   *
   * @throws IllegalArgumentException if {@code word} starts with a space: the set holds single
   *     words, and a lookup written for a space-separated string ({@code " " + w + " "}) would
   *     otherwise be silently false
   */
  public boolean contains(CharSequence word) {
    int length = word.length();
    char first = length == 0 ? 0 : word.charAt(0);
    if (first == ' ') {
      throw new IllegalArgumentException("look up the word itself, not \" \" + word + \" \"");
    }
    if (!mayContain(first, length)) {
      return false;
    }
    return set.contains(word);
  }

  @Override
  public String toString() {
    return "WordSet{size=" + set.size() + "}";
  }
}
