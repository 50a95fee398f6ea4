package dev.redactor.internal;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The arrays one message's check works in, kept by the thread from one message to the next: the
 * normalized views' characters, the token tables, and per-token scratch of the detectors. The
 * same idea as Lucene's {@code Analyzer}, which keeps one tokenizer per thread: a check of an SMS
 * allocated about 2 KB of such arrays, and a messaging platform checks millions of messages.
 *
 * <p>A workspace belongs to one check at a time: {@link #acquire()} hands out one of the
 * thread's workspaces that no check is using (a re-check of a rewrite runs while the first check
 * still holds its own) or, when both are in use, the {@linkplain #unpooled() unpooled} one;
 * {@link #close()} gives it back. A message's arrays are only valid until then. The unpooled
 * workspace keeps nothing (each array it hands out is new) and has no state, so one instance
 * serves every thread.
 *
 * <p>Arrays are named by slot, one slot per method that uses it, so two users never share an
 * array. Scratch arrays (ints, booleans, floats, strings) are handed out cleared; chars and bytes
 * are for the caller to fill. On {@link #close()} the character buffers and the token term cache
 * are cleared, so the thread keeps no message text; arrays longer than {@link #MAX_KEPT} are never
 * kept.
 *
 * <p>Not thread-safe: used by the thread that acquired it.
 */
public final class Workspace implements AutoCloseable {
  /** Arrays longer than this are made per message and not kept. */
  static final int MAX_KEPT = 2048;

  /**
   * Workspaces kept per thread: a check and its display-order reading or its re-check (a
   * re-check that also reads a display order takes the unpooled one). With arrays of at most
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
  public static final int NAME_PLACE = 9;
  private static final int BOOLEAN_SLOTS = 10;

  /** Float slots of the detectors' per-token scratch. */
  public static final int NAME_GIVEN = 0;
  public static final int NAME_SURNAME = 1;
  private static final int FLOAT_SLOTS = 2;

  /* The unpooled workspace keeps nothing: its slots are null, every array it hands out is new. */
  private final boolean pooled;
  private boolean busy;
  private final char @Nullable [][] chars;
  /* How much of each char slot's array may hold message text, to clear on close. */
  private final int @Nullable [] charsUsed;
  private final int @Nullable [][] ints;
  private final byte @Nullable [][] bytes;
  private final String @Nullable [][] strings;
  private int stringsUsed;
  private final boolean @Nullable [][] booleans;
  private final float @Nullable [][] floats;

  private Workspace(boolean pooled) {
    this.pooled = pooled;
    this.chars = pooled ? new char[2][] : null;
    this.charsUsed = pooled ? new int[2] : null;
    this.ints = pooled ? new int[3][] : null;
    this.bytes = pooled ? new byte[1][] : null;
    this.strings = pooled ? new String[1][] : null;
    this.booleans = pooled ? new boolean[BOOLEAN_SLOTS][] : null;
    this.floats = pooled ? new float[FLOAT_SLOTS][] : null;
  }

  /** A workspace of this thread that no check is using, or the unpooled one; close it when done. */
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
    return UNPOOLED;
  }

  private static final Workspace UNPOOLED = new Workspace(false);

  /** The workspace that keeps nothing: every array it hands out is new. Shared; stateless. */
  public static Workspace unpooled() {
    return UNPOOLED;
  }

  /** Gives the workspace back; the arrays it handed out must no longer be used. */
  @Override
  public void close() {
    if (!pooled || !busy) {
      return; // the unpooled workspace has no state to give back
    }
    busy = false;
    for (int s = 0; s < chars.length; s++) {
      if (chars[s] != null) {
        Arrays.fill(chars[s], 0, charsUsed[s], '\0'); // keep no message text in the thread
      }
      charsUsed[s] = 0;
    }
    if (strings[0] != null) {
      Arrays.fill(strings[0], 0, stringsUsed, null);
    }
    stringsUsed = 0;
  }

  /**
   * The array in {@code slots[slot]} if it holds {@code n}; otherwise a new one of {@code n}, kept
   * in the slot unless this workspace is unpooled or the array is over {@link #MAX_KEPT}.
   */
  private static <A> A take(A @Nullable [] slots, int slot, int n, IntFunction<A> make,
      ToIntFunction<A> length) {
    A a = slots == null ? null : slots[slot];
    if (a == null || length.applyAsInt(a) < n) {
      a = make.apply(n);
      if (slots != null && n <= MAX_KEPT) {
        slots[slot] = a;
      }
    }
    return a;
  }

  /** A char array of at least {@code n} for slot {@code slot}; its content is undefined. */
  public char[] chars(int slot, int n) {
    char[] c = take(chars, slot, n, char[]::new, a -> a.length);
    used(slot, c, n);
    return c;
  }

  /**
   * Records that slot {@code slot}'s array was replaced by a longer copy {@code c} (a builder
   * grew it), so the copy is kept and cleared on close.
   */
  public void grew(int slot, char[] c) {
    if (chars != null && c.length <= MAX_KEPT) {
      chars[slot] = c;
      used(slot, c, c.length);
    }
  }

  /** Marks {@code c[0, n)} for clearing on close if {@code c} is slot {@code slot}'s array. */
  private void used(int slot, char[] c, int n) {
    if (chars != null && chars[slot] == c) {
      charsUsed[slot] = Math.max(charsUsed[slot], n);
    }
  }

  /** An int array of at least {@code n} for slot {@code slot}, zero over {@code [0, n)}. */
  public int[] ints(int slot, int n) {
    int[] a = take(ints, slot, n, int[]::new, x -> x.length);
    Arrays.fill(a, 0, n, 0);
    return a;
  }

  /** A byte array of at least {@code n} (token types); its content is undefined. */
  public byte[] types(int n) {
    return take(bytes, 0, n, byte[]::new, x -> x.length);
  }

  /** A String array of at least {@code n} (token terms), null over {@code [0, n)}. */
  public String[] strings(int n) {
    String[] s = take(strings, 0, n, String[]::new, x -> x.length);
    Arrays.fill(s, 0, n, null);
    if (strings != null && strings[0] == s) {
      stringsUsed = Math.max(stringsUsed, n);
    }
    return s;
  }

  /** A boolean array for slot {@code slot}, at least {@code n} long, false over {@code [0, n)}. */
  public boolean[] booleans(int slot, int n) {
    boolean[] b = take(booleans, slot, n, boolean[]::new, x -> x.length);
    Arrays.fill(b, 0, n, false);
    return b;
  }

  /**
   * A float array for slot {@code slot}, at least {@code n} long, {@code value} over {@code [0,
   * n)}.
   */
  public float[] floats(int slot, int n, float value) {
    float[] f = take(floats, slot, n, float[]::new, x -> x.length);
    Arrays.fill(f, 0, n, value);
    return f;
  }

  @Override
  public String toString() {
    return "Workspace{pooled=" + pooled + ", busy=" + busy + "}";
  }
}
