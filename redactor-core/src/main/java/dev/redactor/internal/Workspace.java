package dev.redactor.internal;

import java.util.Arrays;

/**
 * The arrays one message's check works in, kept by the thread from one message to the next: the
 * normalized views' characters, the token tables, and per-token scratch of the detectors. The
 * same idea as Lucene's {@code Analyzer}, which keeps one tokenizer per thread: a check of an SMS
 * allocated about 2 KB of such arrays, and a messaging platform checks millions of messages.
 *
 * <p>A workspace belongs to one check at a time: {@link #acquire()} hands out one of the
 * thread's workspaces that no check is using (a re-check of a rewrite runs while the first check
 * still holds its own) or, when both are in use, a fresh one; {@link #close()} gives it back. A
 * message's arrays are only valid until then.
 *
 * <p>Scratch arrays are named by slot, one slot per method that uses it, so two users never share
 * an array. An array is handed out cleared. On {@link #close()} the character buffers and the
 * token term cache are cleared, so the thread keeps no message text; arrays longer than {@link
 * #MAX_KEPT} are never kept, so a thread retains a few kilobytes however long its messages were.
 *
 * <p>Not thread-safe: used by the thread that acquired it.
 */
public final class Workspace implements AutoCloseable {
  /** Arrays longer than this are made per message and not kept. */
  static final int MAX_KEPT = 2048;

  /**
   * Workspaces kept per thread: a check and its display-order reading or its re-check (a
   * re-check that also reads a display order takes a fresh one). With arrays of at most
   * {@link #MAX_KEPT}, a thread keeps at most about 150 KB, and a few KB for SMS-sized messages.
   */
  private static final int POOLED = 2;

  private static final ThreadLocal<Workspace[]> POOL =
      ThreadLocal.withInitial(() -> new Workspace[POOLED]);

  // char slots
  public static final int BASE_CHARS = 0;
  public static final int TERMS_CHARS = 1;
  // int slots
  public static final int TOKEN_STARTS = 0;
  public static final int TOKEN_ENDS = 1;
  public static final int TOKEN_VOCABULARY = 2;

  /** Boolean slots of the detectors' and the matcher's per-token scratch. */
  public static final int NAME_POSSESSIVE = 0;
  public static final int NAME_TAKEN = 1;
  public static final int NAME_CLINICAL = 2;
  public static final int TERM_ALLOWED = 3;
  public static final int RESULT_ALLOWED = 4;
  public static final int RESULT_LAB = 5;
  public static final int RESULT_INSIDE_TERM = 6;
  public static final int RESULT_TAKEN = 7;
  public static final int DICTIONARY_COVERED = 8;
  private static final int BOOLEAN_SLOTS = 9;

  /** Float slots of the detectors' per-token scratch. */
  public static final int NAME_GIVEN = 0;
  public static final int NAME_SURNAME = 1;
  private static final int FLOAT_SLOTS = 2;

  /* A fresh workspace keeps nothing: it has no slots and hands out new arrays. */
  private final boolean pooled;
  private boolean busy;
  private final char[][] chars;
  private final int[] charsUsed;
  private final int[][] ints;
  private byte[] types;
  private String[] strings;
  private int stringsUsed;
  private final boolean[][] booleans;
  private final float[][] floats;

  private Workspace(boolean pooled) {
    this.pooled = pooled;
    this.chars = pooled ? new char[2][] : null;
    this.charsUsed = pooled ? new int[2] : null;
    this.ints = pooled ? new int[3][] : null;
    this.booleans = pooled ? new boolean[BOOLEAN_SLOTS][] : null;
    this.floats = pooled ? new float[FLOAT_SLOTS][] : null;
  }

  /** A workspace of this thread that no check is using, or a fresh one; close it when done. */
  public static Workspace acquire() {
    Workspace[] pool = POOL.get();
    for (int k = 0; k < pool.length; k++) {
      Workspace w = pool[k];
      if (w == null) {
        w = new Workspace(true);
        pool[k] = w;
      }
      if (!w.busy) {
        w.busy = true;
        return w;
      }
    }
    return fresh();
  }

  /** A workspace for one message that keeps nothing afterwards. */
  public static Workspace fresh() {
    Workspace w = new Workspace(false);
    w.busy = true;
    return w;
  }

  /** Gives the workspace back; the arrays it handed out must no longer be used. */
  @Override
  public void close() {
    if (!busy) {
      return;
    }
    busy = false;
    if (!pooled) {
      return;
    }
    for (int s = 0; s < chars.length; s++) {
      if (chars[s] != null) {
        Arrays.fill(chars[s], 0, charsUsed[s], '\0'); // keep no message text in the thread
      }
      charsUsed[s] = 0;
    }
    if (strings != null) {
      Arrays.fill(strings, 0, stringsUsed, null);
    }
    stringsUsed = 0;
  }

  /** A char array of at least {@code n} for slot {@code slot}; its content is undefined. */
  public char[] chars(int slot, int n) {
    if (!pooled) {
      return new char[n];
    }
    char[] c = chars[slot];
    if (c == null || c.length < n) {
      c = new char[n];
      if (!keep(n)) {
        return c;
      }
      chars[slot] = c;
    }
    charsUsed[slot] = n;
    return c;
  }

  /**
   * Records that slot {@code slot}'s array was replaced by a longer copy {@code c} (a builder
   * grew it), so the copy is kept and cleared on close.
   */
  public void grew(int slot, char[] c) {
    if (!pooled || c.length > MAX_KEPT) {
      return;
    }
    chars[slot] = c;
    charsUsed[slot] = c.length;
  }

  /** An int array of at least {@code n} for slot {@code slot}, zero over {@code [0, n)}. */
  public int[] ints(int slot, int n) {
    if (!pooled) {
      return new int[n];
    }
    int[] a = ints[slot];
    if (a == null || a.length < n) {
      a = new int[n];
      if (keep(n)) {
        ints[slot] = a;
      }
      return a;
    }
    Arrays.fill(a, 0, n, 0);
    return a;
  }

  /** A byte array of at least {@code n}; its content is undefined. */
  public byte[] types(int n) {
    byte[] b = types;
    if (b == null || b.length < n) {
      b = new byte[n];
      if (keep(n)) {
        types = b;
      }
    }
    return b;
  }

  /** A String array of at least {@code n}, null over {@code [0, n)}. */
  public String[] strings(int n) {
    String[] s = strings;
    if (s == null || s.length < n) {
      s = new String[n];
      if (keep(n)) {
        strings = s;
        stringsUsed = n;
      }
      return s;
    }
    Arrays.fill(s, 0, Math.min(n, stringsUsed), null);
    stringsUsed = Math.max(stringsUsed, n);
    return s;
  }

  /** A boolean array for slot {@code slot}, at least {@code n} long, false over {@code [0, n)}. */
  public boolean[] booleans(int slot, int n) {
    if (!pooled) {
      return new boolean[n];
    }
    boolean[] b = booleans[slot];
    if (b == null || b.length < n) {
      b = new boolean[n];
      if (keep(n)) {
        booleans[slot] = b;
      }
      return b;
    }
    Arrays.fill(b, 0, n, false);
    return b;
  }

  /**
   * A float array for slot {@code slot}, at least {@code n} long, {@code value} over {@code [0,
   * n)}.
   */
  public float[] floats(int slot, int n, float value) {
    float[] f = pooled ? floats[slot] : null;
    if (f == null || f.length < n) {
      f = new float[n];
      if (keep(n)) {
        floats[slot] = f;
      }
    }
    Arrays.fill(f, 0, n, value);
    return f;
  }

  private boolean keep(int n) {
    return pooled && n <= MAX_KEPT;
  }

  @Override
  public String toString() {
    return "Workspace{pooled=" + pooled + ", busy=" + busy + "}";
  }
}
