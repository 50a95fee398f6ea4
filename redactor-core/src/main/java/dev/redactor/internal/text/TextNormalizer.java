package dev.redactor.internal.text;

import dev.redactor.internal.Workspace;
import java.util.Arrays;

/**
 * Builds the two normalized views of a message. Both map every character back to exact UTF-16
 * offsets of the original (see {@link NormalizedText}).
 *
 * <dl>
 *   <dt>{@linkplain #base(String) base view}
 *   <dd>Each code point replaced by its {@linkplain CharFolding fold}, and HTML character references
 *       and percent-escapes of letters replaced by what they stand for ({@link Escapes}): NFKC case fold, diacritics
 *       removed, zero-width/format/control characters dropped, confusable look-alikes folded to
 *       ASCII, digits of any script to ASCII. Identifier detectors (phones, dates, e-mail, ...) read
 *       this view: it keeps every digit and separator as written.
 *   <dt>{@linkplain #terms(NormalizedText) terms view}
 *   <dd>The base view with the evasions undone that only make sense for words, for matching only:
 *       in-word leet digits and symbols ({@code ch3mo}, {@code h1v}, {@code cr@ck}) become letters
 *       and the separators of spelled-out words ({@code P.r.E.P}, {@code H I V}, {@code c-h-e-m-o})
 *       are removed. Dictionary and name matching read this view. Every step replaces a character
 *       with one character or drops it, so the map stays exact.
 * </dl>
 *
 * <p>Both views are idempotent: normalizing a view's text again gives the same text.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The base view of {@code text}. */
  public static NormalizedText base(String text) {
    return base(text, Workspace.unpooled());
  }

  /** The base view of {@code text}, its chars in {@code workspace}. */
  public static NormalizedText base(String text, Workspace workspace) {
    Base b = new Base(text, workspace);
    int i = b.plainAsciiRun(text);
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        b.emitAscii(ch, i);
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      b.emit(cp, i, i + n);
      i += n;
    }
    return b.out.build();
  }

  /** The base view under construction. */
  private static final class Base {
    final NormalizedText.Builder out;
    int lastCpStart = -1; // original start of the code point that produced the last output chars
    int lastOutFrom = 0; // first output index produced by that code point

    Base(String text, Workspace workspace) {
      out = new NormalizedText.Builder(text, text.length(), workspace, Workspace.BASE_CHARS);
    }

    /**
     * Writes the longest leading run of {@code text} whose chars are ASCII, kept by {@link
     * #foldAscii} and no part of an escape ({@code ;}, {@code %}), as {@link #emitAscii} would
     * write them, in one loop: most messages are one such run. Returns its length.
     */
    int plainAsciiRun(String text) {
      char[] c = out.chars();
      int n = Math.min(text.length(), c.length);
      int i = 0;
      for (; i < n; i++) {
        char ch = text.charAt(i);
        char f = ch < 0x80 ? foldAscii(ch) : DROPPED;
        if (f == DROPPED || f == ';' || f == '%') {
          break;
        }
        c[i] = f;
      }
      out.sameIndexTo(i);
      if (i > 0) {
        lastCpStart = i - 1;
        lastOutFrom = i - 1;
      }
      return i;
    }

    /**
     * {@link #emit} for an ASCII character at {@code start}, without the table and string (see
     * {@link #foldAscii}; a dropped control character is no mark, so nothing widens).
     */
    void emitAscii(char ch, int start) {
      char f = foldAscii(ch);
      if (f == DROPPED) {
        return;
      }
      lastCpStart = start;
      lastOutFrom = out.length();
      out.append(f, start, start + 1);
      if (mayEndEscape(f)) {
        decodeTail();
      }
    }

    /** Appends the fold of {@code cp}, which comes from {@code [start, end)} of the original. */
    void emit(int cp, int start, int end) {
      String f = CharFolding.fold(cp);
      if (f.isEmpty()) {
        // A combining mark belongs to the character before it: widen that character's source so
        // a span never separates a letter from its accent.
        if (lastCpStart >= 0 && out.endAt(out.length() - 1) == start && isMark(cp)) {
          out.widenEnds(lastOutFrom, end);
        }
        return;
      }
      lastCpStart = start;
      lastOutFrom = out.length();
      // each char is checked as it arrives, as for text written char by char: a fold of several
      // chars may complete an escape inside it ("%6" then "\u3251", which folds to "21": "%62"
      // is complete after its first char), which a second pass would otherwise decode
      for (int k = 0; k < f.length(); k++) {
        char c = f.charAt(k);
        out.append(c, start, end);
        if (mayEndEscape(c)) {
          decodeTail();
        }
      }
    }

    /** Decodes an escape the output now ends with, if any, and moves the last code point to it. */
    private void decodeTail() {
      if (!Escapes.mayEndAt(out.chars(), out.length())) {
        return;
      }
      int at = decodeEscapes(out);
      if (at >= 0) {
        lastCpStart = at < out.length() ? out.startAt(at) : -1;
        lastOutFrom = at;
      }
    }
  }

  /** What {@link #foldAscii} gives for a char the base view drops. */
  private static final char DROPPED = '\uFFFF';

  /**
   * The base view's fold of an ASCII char: the lower-case letter, {@link #DROPPED} for a control
   * character other than TAB, LF and CR, or the character itself.
   */
  private static char foldAscii(char ch) {
    if (ch >= 'A' && ch <= 'Z') {
      return (char) (ch + ('a' - 'A'));
    }
    if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7f) {
      return DROPPED;
    }
    return ch;
  }

  private static boolean mayEndEscape(String folded) {
    return mayEndEscape(folded.charAt(folded.length() - 1));
  }

  private static boolean mayEndEscape(char c) {
    return c == ';' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  /*
   * HTML references and percent-escapes are decoded on the tail of the output as it grows, and
   * again after each decode ("&amp;#99;" -> "&#99;" -> "c", "%2563" stays: only letters and
   * digits are percent-decoded). Working on the folded output rather than the input makes the view
   * idempotent: the output never holds a complete escape (each one is decoded when its last char
   * arrives), so normalizing it again decodes nothing. The decoded character maps to the whole
   * escape in the original, so a finding covers exactly what was written.
   *
   * Returns the output index where the last decoded character starts, or -1 when nothing was
   * decoded.
   */
  private static int decodeEscapes(NormalizedText.Builder b) {
    int at = -1;
    // Each decode shortens the output by at least two chars, so this ends, and the total work
    // over a message is linear.
    while (true) {
      long d = Escapes.decodeTail(b.chars(), b.length());
      if (d < 0) {
        break;
      }
      int from = b.length() - Escapes.spanOf(d);
      int origStart = b.startAt(from);
      int origEnd = b.endAt(b.length() - 1);
      b.truncate(from);
      String f = CharFolding.fold(Escapes.codePointOf(d));
      b.append(f, origStart, origEnd);
      at = from;
      if (f.isEmpty() || !mayEndEscape(f)) {
        break;
      }
    }
    return at;
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || cp == 0x200D; // zero-width joiner inside emoji sequences
  }

  /** The terms view derived from a base view. */
  public static NormalizedText terms(NormalizedText base) {
    return terms(base, Workspace.unpooled());
  }

  /**
   * The terms view derived from a base view; the first fold's chars go to {@code workspace}, a
   * further fold's (rare) to arrays of their own.
   */
  public static NormalizedText terms(NormalizedText base, Workspace workspace) {
    // One pass can enable another: a folded digit may put a symbol between two letters
    // ("aa@0caa" -> "aa@ocaa" -> "aaaocaa"). Passes only turn non-letters into letters or drop
    // characters, so repeating until nothing changes terminates, and the result is a fixed point
    // (which makes the view idempotent).
    NormalizedText t = base;
    for (int round = 0; round < 8; round++) {
      NormalizedText next = termsOnce(t, round == 0 ? workspace : Workspace.unpooled());
      if (next == null) {
        // Views are immutable, so a base view that needs no word folding is its own terms view
        // (a copy cost ten bytes per character of every plain message).
        return t;
      }
      t = next;
    }
    return t;
  }

  /*
   * The folds work on a copy of the view's chars, which is scratch: a view is built from it only
   * when something changed. Each thread keeps one buffer for messages up to SCRATCH_CHARS.
   */
  private static final int SCRATCH_CHARS = 4096;
  private static final ThreadLocal<char[]> SCRATCH =
      ThreadLocal.withInitial(() -> new char[SCRATCH_CHARS]);

  /** One pass, or null when it would change nothing. */
  private static NormalizedText termsOnce(NormalizedText base, Workspace workspace) {
    int n = base.length();
    if (!mayFold(base.buffer(), n)) {
      return null; // the usual case: the passes below would change nothing
    }
    return foldPasses(base, workspace);
  }

  /**
   * The three passes of {@link #termsOnce(NormalizedText, Workspace)}, or null when they change
   * nothing.
   */
  static NormalizedText foldPasses(NormalizedText base) {
    return foldPasses(base, Workspace.unpooled());
  }

  private static NormalizedText foldPasses(NormalizedText base, Workspace workspace) {
    int n = base.length();
    if (n > SCRATCH_CHARS) {
      return termsOnce(base, new char[n], workspace);
    }
    char[] t = SCRATCH.get();
    try {
      return termsOnce(base, t, workspace);
    } finally {
      Arrays.fill(t, 0, n, '\0'); // keep no message text in the thread's buffer
    }
  }

  private static NormalizedText termsOnce(NormalizedText base, char[] t,
      Workspace workspace) {
    int n = base.length();
    System.arraycopy(base.buffer(), 0, t, 0, n);
    boolean changed = foldLeetSymbols(t, n);
    changed |= foldLeetDigits(t, n);
    boolean[] drop = spelledOutSeparators(t, n);
    if (!changed && drop == null) {
      return null;
    }
    NormalizedText.Builder b =
        new NormalizedText.Builder(base.original(), n, workspace, Workspace.TERMS_CHARS);
    for (int i = 0; i < n; i++) {
      if (drop == null || !drop[i]) {
        b.append(t[i], base.originalStart(i), base.originalEnd(i));
      }
    }
    return b.build();
  }

  /*
   * What each pass needs before it can change anything, tested on the view as it is (if no pass
   * finds its need, none changes the text, so none enables another): a leet symbol followed by a
   * letter; an ASCII leet digit next to a letter; a single letter, one to three separators and
   * another single letter. One scan instead of a copy and three passes, for the many messages
   * that have none.
   */
  static boolean mayFold(char[] c, int n) {
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch < 128) {
        // ASCII, by table: a letter inside a word, a space, punctuation, an apostrophe or a
        // digit that reads as no letter cannot start anything the passes change
        byte k = ASCII[ch];
        if (k == 0 || k == WORD
            || (k == LETTER && i > 0 && c[i - 1] < 128 && (ASCII[c[i - 1]] & WORD) != 0)) {
          continue;
        }
      }
      if (mayFoldAt(c, n, i)) {
        return true;
      }
    }
    return false;
  }

  /** What {@link #mayFold} looks for, at {@code i}. */
  private static boolean mayFoldAt(char[] c, int n, int i) {
    char ch = c[i];
    if (leetSymbol(ch) != 0 && i + 1 < n && Character.isLetter(c[i + 1])) {
      return true;
    }
    if (isAsciiDigit(ch) && leetDigit(ch) != 0) {
      // foldLeetDigits changes a lone digit only next to a letter, and a run of digits ("10am")
      // only with letters right before and right after it ("r00t")
      int rs = i;
      while (rs > 0 && isAsciiDigit(c[rs - 1])) {
        rs--;
      }
      int re = i + 1;
      while (re < n && isAsciiDigit(c[re])) {
        re++;
      }
      boolean letterBefore = rs > 0 && Character.isLetter(c[rs - 1]);
      boolean letterAfter = re < n && Character.isLetter(c[re]);
      if (re - rs == 1 ? letterBefore || letterAfter : letterBefore && letterAfter) {
        return true;
      }
    }
    if (isSingleLetterAt(c, n, i)) {
      int j = i + 1;
      while (j < n && j - (i + 1) < 3 && isSeparator(c[j])) {
        j++;
      }
      // (a lone digit may stand in the run too: "H b A 1 c")
      return j > i + 1 && j < n && isSpelledOutCharAt(c, n, j);
    }
    return false;
  }

  /*
   * ASCII classes for mayFold: 0 for chars that start nothing; WORD for the word chars of
   * isWordChar that are no letter and no leet digit (other digits, the apostrophe).
   */
  private static final byte WORD = 8;
  private static final byte LETTER = WORD | 1;
  private static final byte LEET_DIGIT = WORD | 2;
  private static final byte LEET_SYMBOL = 4;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char ch = 'a'; ch <= 'z'; ch++) {
      ASCII[ch] = LETTER;
      ASCII[Character.toUpperCase(ch)] = LETTER;
    }
    for (char ch = '0'; ch <= '9'; ch++) {
      ASCII[ch] = leetDigit(ch) != 0 ? LEET_DIGIT : WORD;
    }
    ASCII['\''] = WORD;
    for (char ch : new char[] {'@', '$', '!', '|'}) {
      ASCII[ch] = leetSymbol(ch) != 0 ? LEET_SYMBOL : 0;
    }
  }

  /** {@code cr@ck}, {@code co$t}, {@code h!v}, {@code p|ll}: a symbol between two letters. */
  private static boolean foldLeetSymbols(char[] t, int n) {
    boolean changed = false;
    for (int i = 0; i + 1 < n; i++) {
      char r = leetSymbol(t[i]);
      if (r == 0 || !Character.isLetter(t[i + 1])) {
        continue;
      }
      boolean inside = i > 0 && Character.isLetter(t[i - 1]);
      // "$ubutex": a dollar sign starting a word of letters reads as "s"
      boolean leading = t[i] == '$' && (i == 0 || !Character.isLetterOrDigit(t[i - 1]))
          && i + 3 < n && Character.isLetter(t[i + 2]) && Character.isLetter(t[i + 3]);
      if (inside || leading) {
        t[i] = r;
        changed = true;
      }
    }
    return changed;
  }

  private static char leetSymbol(char c) {
    switch (c) {
      case '@':
        return 'a';
      case '$':
        return 's';
      case '!':
        return 'i';
      case '|':
        return 'l';
      default:
        return 0;
    }
  }

  static char leetDigit(char c) {
    switch (c) {
      case '0':
        return 'o';
      case '1':
        return 'i';
      case '3':
        return 'e';
      case '4':
        return 'a';
      case '5':
        return 's';
      case '7':
        return 't';
      case '9':
        return 'g'; // "dru9 t3st"
      default:
        return 0;
    }
  }

  /*
   * A lone digit inside a word reads as a letter when letters surround it ("ch3mo", "h1v", "a1c"),
   * or when it ends or starts a word of at least four letters once folded ("ch3m0", "0xycodone").
   * Runs of two or more digits are numbers ("b12", "covid19"), unless the word already folds a
   * lone digit and ends in two leet digits ("qu1m10"); a leading digit followed by a unit
   * or ordinal is a quantity ("5mcg", "3days", "1st"). Dictionary entries go through the same fold,
   * so "a1c" in a list and "A1c" in a message meet as "aic". Decisions depend only on the letter
   * count after folding and on neighbours that are letters either way, so a second pass changes
   * nothing.
   */
  private static boolean foldLeetDigits(char[] t, int n) {
    boolean changed = false;
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(t[i])) {
        i++;
        continue;
      }
      int ws = i;
      int letters = 0;
      int lone = 0;
      boolean anyDigit = false;
      while (i < n && Character.isLetterOrDigit(t[i])) {
        char c = t[i];
        if (isAsciiDigit(c)) {
          anyDigit = true;
          boolean single =
              (i == ws || !isAsciiDigit(t[i - 1])) && (i + 1 >= n || !isAsciiDigit(t[i + 1]));
          if (single && leetDigit(c) != 0) {
            lone++;
          }
        } else if (Character.isLetter(c)) {
          letters++;
        }
        i++;
      }
      int we = i;
      if (!anyDigit || letters == 0) {
        continue;
      }
      int folded = letters + lone;
      for (int k = ws; k < we; k++) {
        char c = t[k];
        if (!isAsciiDigit(c) || leetDigit(c) == 0) {
          continue;
        }
        boolean leftDigit = k > ws && isAsciiDigit(t[k - 1]);
        boolean rightDigit = k + 1 < we && isAsciiDigit(t[k + 1]);
        if (leftDigit || rightDigit) {
          // a short run of leet digits with letters on both sides: "r00t", "m3t4d0na"
          int rs = k;
          while (rs > ws && isAsciiDigit(t[rs - 1])) {
            rs--;
          }
          int re = k;
          while (re + 1 < we && isAsciiDigit(t[re + 1])) {
            re++;
          }
          boolean surrounded = rs > ws && re + 1 < we && Character.isLetter(t[rs - 1])
              && Character.isLetter(t[re + 1]) && re - rs + 1 <= 3 && allLeet(t, rs, re);
          // "qu1m10": two leet digits ending a word that already has a lone one inside it;
          // "covid19", "b12" have none, so they stay numbers
          boolean trailing = re == we - 1 && rs > ws && Character.isLetter(t[rs - 1])
              && re - rs + 1 == 2 && allLeet(t, rs, re) && lone >= 1 && letters >= 3
              && folded + 2 >= 5;
          if (surrounded || trailing) {
            t[k] = leetDigit(c);
            changed = true;
          }
          continue;
        }
        boolean left = k > ws && Character.isLetter(t[k - 1]);
        boolean right = k + 1 < we && Character.isLetter(t[k + 1]);
        boolean fold =
            (left && right)
                || (folded >= 4 && left && k == we - 1)
                || (folded >= 4 && right && k == ws && !isUnit(t, ws + 1, we));
        if (fold) {
          t[k] = leetDigit(c);
          changed = true;
        }
      }
    }
    return changed;
  }

  private static boolean allLeet(char[] t, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (leetDigit(t[i]) == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static final String[] UNITS = {
    "mcg", "tab", "tabs", "cap", "caps", "pill", "pills", "dose", "doses", "puff", "puffs", "drop",
    "drops", "unit", "units", "hour", "hours", "hrs", "min", "mins", "day", "days", "week", "weeks",
    "wks", "month", "months", "year", "years", "yrs", "times", "more", "pack", "mins", "kids"
  };

  private static boolean isUnit(char[] t, int from, int to) {
    int len = to - from;
    outer:
    for (String u : UNITS) {
      if (u.length() != len) {
        continue;
      }
      for (int i = 0; i < len; i++) {
        if (t[from + i] != u.charAt(i)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /*
   * Spelled-out words: single letters separated by short runs of separators ("p.r.e.p", "h i v",
   * "c-h-e-m-o", "c😀h😀e😀m😀o"). The separators inside such a run are dropped. With dots
   * only, two letters are enough ("i.v."); otherwise three, so that "a y b" style prose and "w/o"
   * stay as they are. A digit may stand between the letters ("H b A 1 c"); digits count as no
   * letter, and those after the last letter are left out of the run. Separators never span a
   * line break.
   */
  private static boolean[] spelledOutSeparators(char[] t, int n) {
    boolean[] drop = null;
    int[] sepStarts = new int[8];
    int[] sepEnds = new int[8];
    int i = 0;
    while (i < n) {
      if (!isSingleLetterAt(t, n, i)) {
        i++;
        continue;
      }
      int letters = 1;
      int digits = 0;
      int seps = 0;
      boolean dotsOnly = true;
      int last = i; // index of the last letter in the run
      int j = i + 1;
      while (true) {
        int sepStart = j;
        boolean hasDot = false;
        boolean hasSpace = false;
        while (j < n && j - sepStart < 3 && isSeparator(t[j])) {
          hasDot |= t[j] == '.';
          hasSpace |= t[j] == ' ';
          j++;
        }
        int sepLen = j - sepStart;
        if (sepLen == 0 || (hasSpace && sepLen > 2) || j >= n || !isSpelledOutCharAt(t, n, j)) {
          break;
        }
        boolean digit = !Character.isLetter(t[j]);
        dotsOnly &= hasDot;
        if (seps == sepStarts.length) {
          sepStarts = Arrays.copyOf(sepStarts, seps * 2);
          sepEnds = Arrays.copyOf(sepEnds, seps * 2);
        }
        sepStarts[seps] = sepStart;
        sepEnds[seps] = j;
        seps++;
        if (digit) {
          digits++; // "H b A 1 c": a digit spelled out with the letters
        } else {
          letters++;
        }
        last = j;
        j++;
      }
      if (seps > 0 && last + 1 < n && t[last + 1] == '/'
          && !anySlash(t, sepStarts, sepEnds, seps)) {
        // "c h e m o w/ dr. lee": a last letter right before a slash that no separator of the
        // run used is shorthand ("w/", "c/o", "s/p"), not one more spelled letter
        seps--;
        if (Character.isLetter(t[last])) {
          letters--;
        } else {
          digits--;
        }
        last = sepStarts[seps] - 1;
      }
      while (seps > 0 && !Character.isLetter(t[last])) {
        // "p r e p 2 pm": digits after the last letter are a number of their own
        seps--;
        digits--;
        last = sepStarts[seps] - 1;
      }
      // (digits never count toward the letters a spelled-out word needs, but "A-1-C" spells a
      // test: two letters around a digit, all joined by one kind of mark and no space)
      boolean spelled = letters >= 3 || (letters == 2 && dotsOnly && digits == 0)
          || (letters == 2 && digits >= 1 && oneMark(t, sepStarts, sepEnds, seps));
      if (spelled) {
        if (drop == null) {
          drop = new boolean[n];
        }
        // "p r u e b a  d e  v i h": a wider all-space gap than the narrowest one between
        // letters is a word break, kept as one space.
        // "H.I.V. r-e-a-c-t-i-v-e": where the letters are joined without spaces, a gap with a
        // space in it is a word break too, kept as its first space.
        int narrowest = Integer.MAX_VALUE;
        boolean unspaced = false;
        for (int k = 0; k < seps; k++) {
          narrowest = Math.min(narrowest, sepEnds[k] - sepStarts[k]);
          unspaced |= firstSpace(t, sepStarts[k], sepEnds[k]) < 0;
        }
        for (int k = 0; k < seps; k++) {
          int space = firstSpace(t, sepStarts[k], sepEnds[k]);
          int keep = space >= 0 && (unspaced || sepEnds[k] - sepStarts[k] > narrowest
              && allSpaces(t, sepStarts[k], sepEnds[k])) ? space : -1;
          for (int p = sepStarts[k]; p < sepEnds[k]; p++) {
            drop[p] = p != keep;
          }
        }
        i = last + 1;
      } else {
        i++;
      }
    }
    return drop;
  }

  /** Every separator of the run is the same single mark, "-" or ".": "A-1-C", "H.1.V". */
  private static boolean oneMark(char[] t, int[] sepStarts, int[] sepEnds, int seps) {
    char mark = t[sepStarts[0]];
    if (mark != '-' && mark != '.') {
      return false;
    }
    for (int k = 0; k < seps; k++) {
      if (sepEnds[k] - sepStarts[k] != 1 || t[sepStarts[k]] != mark) {
        return false;
      }
    }
    return true;
  }

  private static boolean anySlash(char[] t, int[] sepStarts, int[] sepEnds, int seps) {
    for (int k = 0; k < seps; k++) {
      for (int p = sepStarts[k]; p < sepEnds[k]; p++) {
        if (t[p] == '/') {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the first space of {@code t[from, to)} is, or -1. */
  private static int firstSpace(char[] t, int from, int to) {
    for (int p = from; p < to; p++) {
      if (t[p] == ' ') {
        return p;
      }
    }
    return -1;
  }

  private static boolean allSpaces(char[] t, int from, int to) {
    for (int p = from; p < to; p++) {
      if (t[p] != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * A char that may continue a spelled-out run: a letter, or an ASCII digit (the "1" of
   * "H b A 1 c"), standing alone.
   */
  private static boolean isSpelledOutCharAt(char[] t, int n, int i) {
    char ch = t[i];
    return (Character.isLetter(ch) || (ch >= '0' && ch <= '9'))
        && (standsAlone(t, n, i) || Character.isLetter(ch) && possessiveAfter(t, n, i));
  }

  /** The letter at {@code i} ends a spelled-out word in a possessive: "J.a.c.o.b's". */
  private static boolean possessiveAfter(char[] t, int n, int i) {
    return (i == 0 || !isWordChar(t[i - 1])) && i + 2 < n
        && (t[i + 1] == '\'' || t[i + 1] == '\u2019') && (t[i + 2] == 's' || t[i + 2] == 'S')
        && (i + 3 >= n || !isWordChar(t[i + 3]));
  }

  private static boolean isSingleLetterAt(char[] t, int n, int i) {
    return Character.isLetter(t[i]) && standsAlone(t, n, i);
  }

  /** No word char touches position {@code i} on either side. */
  private static boolean standsAlone(char[] t, int n, int i) {
    return (i == 0 || !isWordChar(t[i - 1])) && (i + 1 >= n || !isWordChar(t[i + 1]));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }

  private static boolean isSeparator(char c) {
    switch (c) {
      case '.':
      case '-':
      case ' ':
      case '/':
      case '_':
      case '*':
      case '~':
      case '+':
      case '\u00b7':
      case '\u2022':
        return true;
      default:
        if (Character.isSurrogate(c)) {
          return true;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL;
    }
  }
}
