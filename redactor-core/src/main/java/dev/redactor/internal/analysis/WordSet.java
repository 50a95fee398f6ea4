package dev.redactor.internal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of words in matching form (lower case, accents folded), looked up by a token's
 * characters without building a string. The words live in the shared {@link Vocabulary}; a set is
 * a bitmap of their ids, so asking about a token is one bit test once the token's id is known.
 * Immutable and thread-safe.
 */
public final class WordSet {
  /* Bit (id - base) is set for each word's id in the Vocabulary. */
  private final long[] bits;
  private final int base;
  private final int size;
  /*
   * Most lookups of a range that is not a whole token miss, so such a lookup first tests the
   * words' shapes (first character, length): when none fits, the hash probe is skipped.
   */
  private final WordShapes shapes = new WordShapes();

  private WordSet(List<String> words) {
    Vocabulary.Table table = Vocabulary.add(words);
    int min = Integer.MAX_VALUE;
    int max = -1;
    int[] ids = new int[words.size()];
    for (int k = 0; k < ids.length; k++) {
      String w = words.get(k);
      ids[k] = table.find(w);
      min = Math.min(min, ids[k]);
      max = Math.max(max, ids[k]);
      shapes.add(w);
    }
    this.base = max < 0 ? 0 : min;
    this.bits = new long[max < 0 ? 0 : ((max - min) >>> 6) + 1];
    for (int id : ids) {
      bits[(id - base) >>> 6] |= 1L << (id - base);
    }
    this.size = (int) Arrays.stream(ids).distinct().count();
  }

  /** Whether the word with Vocabulary id {@code id} (-1: none) is in the set. */
  boolean containsId(int id) {
    int k = id - base;
    return k >= 0 && (k >>> 6) < bits.length && (bits[k >>> 6] & (1L << k)) != 0;
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
    return containsId(tokens.vocabularyId(i));
  }

  /**
   * Whether any token in {@code [from, to)} of {@code tokens} is in the set; the range is clipped
   * to the tokens there are.
   */
  public boolean containsAny(Tokens tokens, int from, int to) {
    for (int k = Math.max(0, from), end = Math.min(tokens.size(), to); k < end; k++) {
      if (contains(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code buf[start, start + length)} is in the set. */
  public boolean contains(char[] buf, int start, int length) {
    if (!shapes.mayContain(buf, start, length)) {
      return false;
    }
    return containsId(Vocabulary.table().find(buf, start, length));
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
    if (!shapes.mayContain(first, length)) {
      return false;
    }
    return containsId(Vocabulary.table().find(word));
  }

  @Override
  public String toString() {
    return "WordSet{size=" + size + "}";
  }
}
