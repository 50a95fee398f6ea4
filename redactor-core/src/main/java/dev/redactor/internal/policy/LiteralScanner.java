package dev.redactor.internal.policy;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which of many literal strings occur in a text, in one pass (Aho–Corasick): the time is the
 * text's length plus the occurrences, whatever the number of strings. Immutable once built; the
 * transitions live in one open-addressing table of (state, char) keys.
 */
final class LiteralScanner {
  private static final int ROOT = 0;

  private final boolean foldCase;
  /* Goto function: key (state << 16 | char) to state, open addressing. */
  private final long[] keys;
  private final int[] targets;
  private final int mask;
  /* Root transitions of ASCII chars by direct index (most chars of most texts leave the root). */
  private final int[] rootAscii = new int[128];
  private final int[] fail;
  /* The id of the string ending at each state, or -1. */
  private final int[] id;
  /* The nearest state along the failure chain (excluding this one) where a string ends, or -1. */
  private final int[] nextOutput;

  /**
   * A scanner for {@code strings}; string {@code k} reports id {@code firstId + k}. With {@code
   * foldCase}, the text is read through {@link RegexLiterals#fold} (the strings must be folded
   * already).
   */
  LiteralScanner(List<String> strings, int firstId, boolean foldCase) {
    this.foldCase = foldCase;
    int maxStates = 1;
    for (String s : strings) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("an empty string occurs in every text");
      }
      maxStates += s.length();
    }
    int cap = Integer.highestOneBit(Math.max(16, maxStates * 2)) << 1;
    keys = new long[cap];
    targets = new int[cap];
    Arrays.fill(keys, -1L);
    mask = cap - 1;
    int[] ids = new int[maxStates];
    Arrays.fill(ids, -1);
    int[] parent = new int[maxStates];
    char[] label = new char[maxStates];
    int states = 1;
    for (int k = 0; k < strings.size(); k++) {
      String s = strings.get(k);
      int state = ROOT;
      for (int j = 0; j < s.length(); j++) {
        char c = s.charAt(j);
        int next = step(state, c);
        if (next < 0) {
          next = states++;
          put(state, c, next);
          parent[next] = state;
          label[next] = c;
        }
        state = next;
      }
      if (ids[state] < 0) {
        ids[state] = firstId + k;
      }
    }
    Arrays.fill(rootAscii, ROOT);
    for (char c = 0; c < 128; c++) {
      int t = step(ROOT, c);
      if (t > 0) {
        rootAscii[c] = t;
      }
    }
    // failure links, breadth first: states are numbered in insertion order, so sort by depth
    fail = new int[states];
    nextOutput = new int[states];
    id = Arrays.copyOf(ids, states);
    int[] depth = new int[states];
    int[] order = new int[states];
    for (int s = 1; s < states; s++) {
      depth[s] = depth[parent[s]] + 1;
    }
    int[] count = new int[maxDepth(depth) + 2];
    for (int s = 0; s < states; s++) {
      count[depth[s] + 1]++;
    }
    for (int d = 1; d < count.length; d++) {
      count[d] += count[d - 1];
    }
    for (int s = 0; s < states; s++) {
      order[count[depth[s]]++] = s;
    }
    nextOutput[ROOT] = -1;
    for (int n = 1; n < states; n++) {
      int s = order[n];
      int p = parent[s];
      char c = label[s];
      int f = ROOT;
      if (p != ROOT) {
        f = fail[p];
        while (true) {
          int t = step(f, c);
          if (t >= 0) {
            f = t;
            break;
          }
          if (f == ROOT) {
            break;
          }
          f = fail[f];
        }
      }
      fail[s] = f;
      nextOutput[s] = id[f] >= 0 ? f : nextOutput[f];
    }
  }

  private static int maxDepth(int[] depth) {
    int m = 0;
    for (int d : depth) {
      m = Math.max(m, d);
    }
    return m;
  }

  private void put(int state, char c, int target) {
    long key = (long) state << 16 | c;
    for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == -1L) {
        keys[slot] = key;
        targets[slot] = target;
        return;
      }
    }
  }

  /** The state after {@code c} from {@code state} in the trie, or -1. */
  private int step(int state, char c) {
    long key = (long) state << 16 | c;
    for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return targets[slot];
      }
      if (k == -1L) {
        return -1;
      }
    }
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) ^ (int) h;
  }

  /** Sets in {@code found} the id of every string that occurs in {@code text}. */
  void scan(CharSequence text, BitSet found) {
    int state = ROOT;
    for (int p = 0, n = text.length(); p < n; p++) {
      char c = text.charAt(p);
      if (foldCase) {
        c = RegexLiterals.fold(c);
      }
      while (true) {
        int t = state == ROOT ? (c < 128 ? rootAscii[c] : Math.max(ROOT, step(ROOT, c)))
            : step(state, c);
        if (t >= 0) {
          state = t;
          break;
        }
        state = fail[state];
      }
      for (int s = id[state] >= 0 ? state : nextOutput[state]; s >= 0; s = nextOutput[s]) {
        found.set(id[s]);
      }
    }
  }
}
