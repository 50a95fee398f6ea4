package dev.redactor.internal.analysis;

import dev.redactor.internal.IntArrays;
import dev.redactor.internal.Workspace;
import dev.redactor.internal.text.NormalizedText;
import java.util.Arrays;

/**
 * The tokens of one message's terms view: offsets into that view, the Lucene token type, and the
 * original offsets each token maps back to. Terms are read in place from the view's buffer.
 */
public final class Tokens {
  /** Token type: letters (possibly with digits). */
  public static final byte WORD = 0;
  /** Token type: a number. */
  public static final byte NUMBER = 1;
  /** Token type: an emoji. */
  public static final byte EMOJI = 2;
  /** Token type: ideographic, kana, hangul or south-east Asian text. */
  public static final byte OTHER = 3;

  private final NormalizedText view;
  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] types;
  private String[] terms;
  /* Vocabulary id + 2 of each token (0: not looked up yet, 1: no set has it), from vocabTable. */
  private int[] vocab;
  private Vocabulary.Table vocabTable;

  /* Where the arrays come from. */
  private final Workspace workspace;

  /** Empty tokens of {@code view}, their arrays in {@code workspace}. */
  Tokens(NormalizedText view, Workspace workspace) {
    this.view = view;
    this.workspace = workspace;
    // about one token per five characters of prose: sized so that most messages never grow
    int cap = Math.max(16, view.length() / 4);
    starts = workspace.ints(Workspace.TOKEN_STARTS, cap);
    ends = workspace.ints(Workspace.TOKEN_ENDS, cap);
    types = workspace.types(cap);
  }

  void add(int start, int end, byte type) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      types = Arrays.copyOf(types, cap);
    }
    terms = null;
    vocab = null;
    starts[size] = start;
    ends[size] = end;
    types[size] = type;
    size++;
  }

  /** The view the offsets refer to. */
  public NormalizedText view() {
    return view;
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** Start of token {@code i} in the view. */
  public int start(int i) {
    return starts[i];
  }

  /** End of token {@code i} in the view, exclusive. */
  public int end(int i) {
    return ends[i];
  }

  /** Type of token {@code i}: {@link #WORD}, {@link #NUMBER}, {@link #EMOJI} or {@link #OTHER}. */
  public byte type(int i) {
    return types[i];
  }

  /** Start of token {@code i} in the original text. */
  public int originalStart(int i) {
    return view.originalStart(starts[i]);
  }

  /** End of token {@code i} in the original text, exclusive. */
  public int originalEnd(int i) {
    return view.originalEnd(ends[i] - 1);
  }

  /**
   * The original text between the end of token {@code a} and the start of token {@code b}; empty
   * when they touch or overlap (one original character can yield two tokens: "½" is "1⁄2", "ß"
   * is "ss"). Message text: never log it.
   */
  public String originalGap(int a, int b) {
    int from = originalEnd(a);
    int to = originalStart(b);
    return from < to ? view.original().substring(from, to) : "";
  }

  /**
   * Whether the original text between the end of token {@code a} and the start of token {@code b}
   * holds {@code c}; {@link #originalGap} without building the string, for checks run per token.
   */
  public boolean gapContains(int a, int b, char c) {
    String o = view.original();
    for (int p = originalEnd(a), to = originalStart(b); p < to; p++) {
      if (o.charAt(p) == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where, in the original text, the last character before token {@code i} that is not a space
   * stands, or -1 at the start of the text: "¿" before "Sufre", the dash of "- Yadira".
   */
  public int originalCharBefore(int i) {
    String o = view.original();
    int p = originalStart(i) - 1;
    while (p >= 0 && o.charAt(p) == ' ') {
      p--;
    }
    return p;
  }

  /** Length of token {@code i} in the view. */
  public int length(int i) {
    return ends[i] - starts[i];
  }

  /** Whether token {@code i} is exactly {@code s} (which must be in matching form). */
  public boolean is(int i, String s) {
    return ends[i] - starts[i] == s.length() && view.regionMatches(starts[i], s);
  }

  /** Whether token {@code i} starts with {@code prefix} (in matching form), read in place. */
  public boolean startsWith(int i, String prefix) {
    return ends[i] - starts[i] >= prefix.length() && view.regionMatches(starts[i], prefix);
  }

  /** Whether token {@code i} ends with {@code suffix} (in matching form), read in place. */
  public boolean endsWith(int i, String suffix) {
    int len = suffix.length();
    return ends[i] - starts[i] >= len && view.regionMatches(ends[i] - len, suffix);
  }

  /** Whether token {@code i} is one of {@code options}. */
  public boolean isAny(int i, String... options) {
    for (String s : options) {
      if (is(i, s)) {
        return true;
      }
    }
    return false;
  }

  // Fixed-arity forms: detectors call isAny for every token, and a varargs call allocates its
  // array each time; javac picks these for up to six options.

  /** Whether token {@code i} is {@code a} or {@code b}. */
  public boolean isAny(int i, String a, String b) {
    return is(i, a) || is(i, b);
  }

  /** Whether token {@code i} is one of the three. */
  public boolean isAny(int i, String a, String b, String c) {
    return is(i, a) || is(i, b) || is(i, c);
  }

  /** Whether token {@code i} is one of the four. */
  public boolean isAny(int i, String a, String b, String c, String d) {
    return is(i, a) || is(i, b) || is(i, c) || is(i, d);
  }

  /** Whether token {@code i} is one of the five. */
  public boolean isAny(int i, String a, String b, String c, String d, String e) {
    return is(i, a) || is(i, b) || is(i, c) || is(i, d) || is(i, e);
  }

  /** Whether token {@code i} is one of the six. */
  public boolean isAny(int i, String a, String b, String c, String d, String e, String f) {
    return is(i, a) || is(i, b) || is(i, c) || is(i, d) || is(i, e) || is(i, f);
  }

  /**
   * The term of token {@code i} (message text — never log it). Made on the first call for each
   * token and kept: detectors ask for the same tokens' terms again and again.
   */
  public String term(int i) {
    if (terms == null) {
      terms = workspace.strings(size);
    }
    String t = terms[i];
    if (t == null) {
      t = new String(view.buffer(), starts[i], ends[i] - starts[i]);
      terms[i] = t;
    }
    return t;
  }

  /**
   * The {@link Vocabulary} id of token {@code i}, or -1 when no {@link WordSet} has it. Looked up
   * once per token; asked again only if words were added to the vocabulary since (which happens
   * while detector classes initialize).
   */
  public int vocabularyId(int i) {
    Vocabulary.Table table = Vocabulary.table();
    if (vocab == null || vocabTable != table) {
      vocab = workspace.ints(Workspace.TOKEN_VOCABULARY, size);
      vocabTable = table;
    }
    int v = vocab[i];
    if (v == 0) {
      v = table.find(view.buffer(), starts[i], ends[i] - starts[i]) + 2;
      vocab[i] = v;
    }
    return v - 2;
  }

  /** The index of the first token that starts at or after view offset {@code offset}. */
  public int firstAtOrAfter(int offset) {
    return IntArrays.firstAtLeast(starts, size, offset);
  }

  /** The index of the last token that ends at or before view offset {@code offset}, or -1. */
  public int lastEndingAtOrBefore(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  @Override
  public String toString() {
    return "Tokens{size=" + size + "}";
  }
}
