package dev.redactor.internal.analysis;

import java.util.List;

/**
 * Every word of every {@link WordSet}, each with a small integer id. A token is looked up here
 * once (one hash probe, kept by its {@link Tokens}), and each set then answers by testing one bit
 * of that id: detectors ask the same token about dozens of sets, and a hash probe per set and token
 * was a tenth of the time of a check.
 *
 * <p>Ids are only ever added (sets are made when detector classes initialize) and the table is
 * replaced whole on each addition, so readers never lock; a reader that kept a "not a word" answer
 * from an older table asks again ({@link Tokens} compares tables).
 */
public final class Vocabulary {
  private Vocabulary() {}

  /**
   * Every word of the vocabulary as it stands, indexed by id: {@link Tokens#vocabularyId} of a
   * token that is one of them. Ids are only ever added, so a table built from this stays right for
   * the ids it covers.
   */
  public static char[][] words() {
    return table.words();
  }

  /** An immutable open-addressing table from word to id. */
  static final class Table {
    private final char[][] keys;
    private final int[] ids;
    private final int mask;
    final int size;

    private Table(char[][] keys, int[] ids, int size) {
      this.keys = keys;
      this.ids = ids;
      this.mask = keys.length - 1;
      this.size = size;
    }

    /** A copy of every word, indexed by id. */
    char[][] words() {
      char[][] out = new char[size][];
      for (int slot = 0; slot < keys.length; slot++) {
        if (keys[slot] != null) {
          out[ids[slot]] = keys[slot].clone();
        }
      }
      return out;
    }

    /** The id of {@code buf[start, start + length)}, or -1 when no set has that word. */
    int find(char[] buf, int start, int length) {
      int h = hash(buf, start, length);
      for (int slot = h & mask; ; slot = (slot + 1) & mask) {
        char[] k = keys[slot];
        if (k == null) {
          return -1;
        }
        if (k.length == length && sameChars(k, buf, start)) {
          return ids[slot];
        }
      }
    }

    /** The id of {@code word}, or -1. */
    int find(CharSequence word) {
      int length = word.length();
      int h = 0;
      for (int i = 0; i < length; i++) {
        h = 31 * h + word.charAt(i);
      }
      h = spread(h);
      for (int slot = h & mask; ; slot = (slot + 1) & mask) {
        char[] k = keys[slot];
        if (k == null) {
          return -1;
        }
        if (k.length == length && sameChars(k, word)) {
          return ids[slot];
        }
      }
    }

    /** A loop: words are short, and Arrays.equals costs more to set up than to compare them. */
    private static boolean sameChars(char[] k, char[] buf, int start) {
      for (int i = 0; i < k.length; i++) {
        if (k[i] != buf[start + i]) {
          return false;
        }
      }
      return true;
    }

    private static boolean sameChars(char[] k, CharSequence word) {
      for (int i = 0; i < k.length; i++) {
        if (k[i] != word.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private Table with(List<String> words) {
      int n = size;
      for (String w : words) {
        if (find(w) < 0) {
          n++;
        }
      }
      if (n == size) {
        return this;
      }
      int cap = Integer.highestOneBit(Math.max(16, n * 3)) << 1; // load under 1/3
      char[][] k = new char[cap][];
      int[] v = new int[cap];
      Table t = new Table(k, v, 0);
      for (int slot = 0; slot < keys.length; slot++) {
        if (keys[slot] != null) {
          t.put(keys[slot], ids[slot]);
        }
      }
      int next = size;
      for (String w : words) {
        if (t.find(w) < 0) {
          t.put(w.toCharArray(), next++);
        }
      }
      return new Table(k, v, next);
    }

    private void put(char[] key, int id) {
      for (int slot = hash(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
        if (keys[slot] == null) {
          keys[slot] = key;
          ids[slot] = id;
          return;
        }
      }
    }
  }

  private static volatile Table table = new Table(new char[16][], new int[16], 0);

  /** The current table; compare with {@code ==} to see whether words were added since. */
  static Table table() {
    return table;
  }

  /** Adds {@code words} (those not there yet) and returns the table that has them all. */
  static synchronized Table add(List<String> words) {
    Table t = table.with(words);
    table = t;
    return t;
  }

  /** The hash of {@code buf[start, start + length)} this table uses; other word tables may too. */
  public static int hash(char[] buf, int start, int length) {
    int h = 0;
    for (int i = start, end = start + length; i < end; i++) {
      h = 31 * h + buf[i];
    }
    return spread(h);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
