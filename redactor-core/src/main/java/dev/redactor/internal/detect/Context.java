package dev.redactor.internal.detect;

import dev.redactor.internal.text.NormalizedText;
import java.util.Arrays;

/**
 * Reads the words around a position of the base view, for detectors that need context ("DOB",
 * "fax", "your cell"). Words are runs of letters, digits, {@code #} and {@code '}; the result is
 * lower case (the view already is), joined by single spaces, with a space at each end so that
 * phrases can be tested with {@code contains(" date of birth ")}.
 */
final class Context {
  private Context() {}

  /** Up to {@code maxWords} words ending at or before {@code pos}, in reading order. */
  static String before(NormalizedText v, int pos, int maxWords) {
    return before(v, 0, pos, maxWords);
  }

  /** As {@link #before(NormalizedText, int, int)}, not looking before {@code floor}. */
  static String before(NormalizedText v, int floor, int pos, int maxWords) {
    return normalize(v.buffer(), beforeStart(v, floor, pos, maxWords), pos);
  }

  /**
   * Whether the window {@link #before(NormalizedText, int, int)} would give holds any of the
   * phrases, without making the window's string (most numbers ask only this).
   */
  static boolean hasBefore(NormalizedText v, int pos, int maxWords, Phrases phrases) {
    return hasBefore(v, 0, pos, maxWords, phrases);
  }

  /**
   * As {@link #hasBefore(NormalizedText, int, int, Phrases)}, not looking before {@code floor}.
   */
  static boolean hasBefore(NormalizedText v, int floor, int pos, int maxWords, Phrases phrases) {
    return windowHas(v.buffer(), beforeStart(v, floor, pos, maxWords), pos, phrases);
  }

  /**
   * Whether the window {@link #after} would give holds any of the phrases, without making the
   * window's string.
   */
  static boolean hasAfter(NormalizedText v, int pos, int maxWords, Phrases phrases) {
    return windowHas(v.buffer(), pos, afterEnd(v, pos, maxWords), phrases);
  }

  /**
   * As {@link #hasAfter}, within the sentence: the window stops at a sentence end (". ", "? ",
   * "! ") or a line break, so "... 93650. Nuestro teléfono sigue siendo" says nothing of the
   * address before the full stop.
   */
  static boolean hasAfterInSentence(NormalizedText v, int pos, int maxWords, Phrases phrases) {
    int end = afterEnd(v, pos, maxWords);
    int stop = sentenceBreak(v, pos, end);
    return windowHas(v.buffer(), pos, stop >= 0 ? stop : end, phrases);
  }

  /**
   * The first sentence end (". ", "? ", "! ", or such a mark ending the text) or line break in
   * the normalized text within {@code [from, to)}, or -1.
   */
  static int sentenceBreak(NormalizedText v, int from, int to) {
    char[] c = v.buffer();
    for (int p = from; p < to; p++) {
      if (c[p] == '\n' || ((c[p] == '.' || c[p] == '?' || c[p] == '!')
          && (p + 1 >= v.length() || c[p + 1] == ' '))) {
        return p;
      }
    }
    return -1;
  }

  /** Whether the window of {@code c[from, to)} holds any of the phrases. */
  private static boolean windowHas(char[] c, int from, int to, Phrases phrases) {
    int max = to - from + 2;
    char[] w = max <= SCRATCH_CHARS ? SCRATCH.get() : new char[max];
    int n = write(c, from, to, w);
    try {
      return phrases.in(w, n);
    } finally {
      Arrays.fill(w, 0, n, '\0');
    }
  }

  /**
   * A fixed list of phrases to look for in windows, indexed by their first two chars: a window is
   * read once, instead of once per phrase (the ninety phrases that tie a phone to the patient
   * made that 3% of a check). Immutable.
   */
  static final class Phrases {
    private static final int BUCKETS = 64;
    private final String[][] buckets = new String[BUCKETS][];
    /** Phrases of one char, which have no pair to index by; an empty one is in every window. */
    private final String[] oneChar;

    Phrases(String... phrases) {
      java.util.List<String> shorter = new java.util.ArrayList<>();
      for (String p : phrases) {
        if (p.length() < 2) {
          shorter.add(p);
          continue;
        }
        int b = bucket(p.charAt(0), p.charAt(1));
        String[] old = buckets[b];
        String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = p;
        buckets[b] = grown;
      }
      this.oneChar = shorter.toArray(new String[0]);
    }

    private static int bucket(char a, char b) {
      return (a * 31 + b) & (BUCKETS - 1);
    }

    /** Whether {@code w[0, n)} holds any of the phrases. */
    boolean in(char[] w, int n) {
      for (String p : oneChar) {
        if (indexOf(w, n, p) >= 0) {
          return true;
        }
      }
      for (int i = 0; i + 1 < n; i++) {
        String[] b = buckets[bucket(w[i], w[i + 1])];
        if (b == null) {
          continue;
        }
        for (String p : b) {
          if (startsAt(w, n, i, p)) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean startsAt(char[] w, int n, int i, String p) {
      int len = p.length();
      if (i + len > n) {
        return false;
      }
      for (int k = 0; k < len; k++) {
        if (w[i + k] != p.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Where the window of up to {@code maxWords} words before {@code pos} starts. */
  static int beforeStart(NormalizedText v, int floor, int pos, int maxWords) {
    char[] c = v.buffer();
    int i = Math.min(pos, v.length());
    int words = 0;
    int from = i;
    while (i > floor && words < maxWords) {
      while (i > floor && !isWordChar(c[i - 1])) {
        if (c[i - 1] == '\n' && words > 0) {
          return from;
        }
        i--;
      }
      if (i == floor) {
        break;
      }
      while (i > floor && isWordChar(c[i - 1])) {
        i--;
      }
      words++;
      from = i;
    }
    return from;
  }

  private static int indexOf(char[] w, int n, String p) {
    int len = p.length();
    if (len == 0) {
      return 0;
    }
    char first = p.charAt(0);
    outer:
    for (int i = 0; i + len <= n; i++) {
      if (w[i] != first) {
        continue;
      }
      for (int k = 1; k < len; k++) {
        if (w[i + k] != p.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Up to {@code maxWords} words starting at or after {@code pos}. */
  static String after(NormalizedText v, int pos, int maxWords) {
    return normalize(v.buffer(), pos, afterEnd(v, pos, maxWords));
  }

  /** Where the window of up to {@code maxWords} words at or after {@code pos} ends. */
  private static int afterEnd(NormalizedText v, int pos, int maxWords) {
    char[] c = v.buffer();
    int n = v.length();
    int i = Math.max(0, pos);
    int words = 0;
    int to = i;
    while (i < n && words < maxWords) {
      while (i < n && !isWordChar(c[i])) {
        i++;
      }
      if (i == n) {
        break;
      }
      while (i < n && isWordChar(c[i])) {
        i++;
      }
      words++;
      to = i;
    }
    return to;
  }

  /** Whether {@code window} (from {@link #before} or {@link #after}) holds any of the phrases. */
  static boolean has(String window, String... phrases) {
    for (String p : phrases) {
      if (window.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last word(s) of {@code window} are one of {@code phrases}. */
  static boolean endsWith(String window, String... phrases) {
    for (String p : phrases) {
      if (window.endsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first word(s) of {@code window} are one of {@code phrases}. */
  static boolean startsWith(String window, String... phrases) {
    for (String p : phrases) {
      if (window.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** The start of the run of letters that ends at {@code e} in {@code c} ({@code e} if none). */
  static int letterRunStart(char[] c, int e) {
    int s = e;
    while (s > 0 && Character.isLetter(c[s - 1])) {
      s--;
    }
    return s;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '#' || c == '\'';
  }

  /*
   * Windows are written into a per-thread buffer, cleared after each use (the thread keeps no
   * message text), and copied once into their string: a builder per window was about 3% of the
   * bytes a check allocated.
   */
  private static final int SCRATCH_CHARS = 256;
  private static final ThreadLocal<char[]> SCRATCH =
      ThreadLocal.withInitial(() -> new char[SCRATCH_CHARS]);

  private static String normalize(char[] c, int from, int to) {
    int max = to - from + 2;
    char[] w = max <= SCRATCH_CHARS ? SCRATCH.get() : new char[max];
    int n = write(c, from, to, w);
    String window = new String(w, 0, n);
    Arrays.fill(w, 0, n, '\0');
    return window;
  }

  /** Writes the window of {@code c[from, to)} into {@code w}; returns its length. */
  private static int write(char[] c, int from, int to, char[] w) {
    int n = 0;
    w[n++] = ' ';
    boolean space = true;
    for (int i = from; i < to; i++) {
      if (isWordChar(c[i])) {
        w[n++] = c[i];
        space = false;
      } else if (!space) {
        w[n++] = ' ';
        space = true;
      }
    }
    if (!space) {
      w[n++] = ' ';
    }
    return n;
  }
}
