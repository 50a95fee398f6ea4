package dev.redactor.internal.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import dev.redactor.Limits;
import dev.redactor.internal.Workspace;
import dev.redactor.internal.dict.Dictionaries;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.TermMatcher;
import dev.redactor.internal.text.NormalizedText;
import dev.redactor.internal.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Everything the detectors read about one message: the original text, its base and terms views,
 * the tokens of the terms view and (computed on first use) sentence boundaries. One instance per
 * message per call; not shared between threads.
 */
public final class Analysis {
  /**
   * Titles before a name that ICU's English list (Mr., Mrs., Ms....) leaves out, so no sentence
   * ends after them: without them "seen by Dr. Sandoval - everything looks good" was two
   * sentences. (Declared before {@link #SENTENCES}, whose initializer reads it.)
   */
  static final List<String> TITLES = List.of("Dr.", "Drs.", "Dra.", "Dras.", "Sr.", "Sra.",
      "Srta.", "Lic.", "Prof.", "Dres.");

  private static final BreakIterator SENTENCES = sentencePrototype();
  /*
   * A clone of the sentence iterator per message was about 5% of the bytes a check allocated (its
   * break caches); each thread now keeps one and points it at the next message.
   */
  private static final ThreadLocal<BreakIterator> SENTENCE_ITERATOR =
      ThreadLocal.withInitial(() -> (BreakIterator) SENTENCES.clone());
  private static final BreakIterator PLAIN_SENTENCES =
      BreakIterator.getSentenceInstance(ULocale.ENGLISH);
  private static final ThreadLocal<BreakIterator> PLAIN_SENTENCE_ITERATOR =
      ThreadLocal.withInitial(() -> (BreakIterator) PLAIN_SENTENCES.clone());

  private final String original;
  private final NormalizedText base;
  private final NormalizedText terms;
  private final Tokens tokens;
  private final Dictionaries dictionaries;
  private final Workspace workspace;
  private int[] sentenceStarts;
  private List<TermMatcher.Match> matches;
  private int spanish = -1;
  private int upperCase = -1;

  private Analysis(String original, NormalizedText base, NormalizedText terms, Tokens tokens,
      Dictionaries dictionaries, Workspace workspace) {
    this.original = original;
    this.workspace = workspace;
    this.base = base;
    this.terms = terms;
    this.tokens = tokens;
    this.dictionaries = dictionaries;
  }

  /** Normalizes and tokenizes {@code text} within {@code limits}, without dictionaries. */
  public static Analysis of(String text, Limits limits) {
    return of(text, limits, (Dictionaries) null);
  }

  /** Normalizes and tokenizes {@code text} within {@code limits}; terms come from {@code lexicon}. */
  public static Analysis of(String text, Limits limits, Lexicon lexicon) {
    return of(text, limits, lexicon == null ? null : Dictionaries.of(lexicon));
  }

  /** Normalizes and tokenizes {@code text}; terms come from {@code dictionaries} (may be null). */
  public static Analysis of(String text, Limits limits, Dictionaries dictionaries) {
    return of(text, limits, dictionaries, Workspace.unpooled());
  }

  /**
   * Normalizes and tokenizes {@code text}, working in {@code workspace}: the analysis is valid
   * until the workspace is closed.
   */
  public static Analysis of(String text, Limits limits, Dictionaries dictionaries,
      Workspace workspace) {
    limits.checkMessageLength(text.length());
    NormalizedText base = TextNormalizer.base(text, workspace);
    NormalizedText terms = TextNormalizer.terms(base, workspace);
    Tokens tokens = MessageTokenizer.tokenize(terms, limits, workspace);
    return new Analysis(text, base, terms, tokens, dictionaries, workspace);
  }

  /** Where detectors take their per-token scratch arrays (see {@link Workspace}). */
  public Workspace workspace() {
    return workspace;
  }

  /** Whether token {@code i} is a one-word term the caller removed from the dictionaries. */
  public boolean removedTerm(int i) {
    return dictionaries != null && dictionaries.removed(tokens(), i);
  }

  /** The standard lexicon, or null when the analysis has no dictionaries. */
  public Lexicon lexicon() {
    return dictionaries == null ? null : dictionaries.base();
  }

  /**
   * Dictionary matches over the tokens (computed on first use); empty without dictionaries. They
   * include terms with one misspelled word ("counceling", "root canel"), except where the
   * misspelled token is capitalized inside a sentence or is a known name: a proper name is not a
   * typo.
   */
  public List<TermMatcher.Match> matches() {
    if (matches == null) {
      matches = dictionaries == null ? List.of()
          : dictionaries.match(tokens, this::correctable, isSpanish(), workspace);
    }
    return matches;
  }

  private boolean correctable(int i) {
    if (insideAddress(i)) {
      return false;
    }
    if (!capitalized(i)) {
      return true;
    }
    if (!allCaps(i) && !startsSentence(i) && !strengthAfter(i)) {
      return false; // a capitalized word mid-sentence may be a name, unless a dose follows it
    }
    Lexicon lx = dictionaries.base();
    int id = lx.keyId(terms.buffer(), tokens.start(i), tokens.length(i));
    for (int k = 0; id >= 0 && k < lx.senseCount(id); k++) {
      if (lx.sense(id, k).kind() == dev.redactor.internal.dict.ListKind.NAME) {
        return false;
      }
    }
    return true;
  }

  /** A drug strength right after token {@code i}: "Suboxon 8mg", "Zoloft 50 mg". */
  private boolean strengthAfter(int i) {
    int k = i + 1;
    if (k >= tokens.size()) {
      return false;
    }
    char[] c = terms.buffer();
    int p = tokens.start(k);
    int e = tokens.end(k);
    if (p >= e || !Character.isDigit(c[p])) {
      return false;
    }
    while (p < e && (Character.isDigit(c[p]) || c[p] == '.')) {
      p++;
    }
    if (p == e) { // "50 mg": the unit is the next token
      if (k + 1 >= tokens.size()) {
        return false;
      }
      p = tokens.start(k + 1);
      e = tokens.end(k + 1);
    }
    return isUnit(c, p, e);
  }

  private static final String[] STRENGTH_UNITS = {"mg", "mcg", "ml", "g", "meq", "units"};

  private static boolean isUnit(char[] c, int from, int to) {
    for (String u : STRENGTH_UNITS) {
      if (u.length() != to - from) {
        continue;
      }
      int q = 0;
      while (q < u.length() && c[from + q] == u.charAt(q)) {
        q++;
      }
      if (q == u.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Token {@code i} is part of a web or e-mail address, a path or a query string: a slash, an
   * at sign, an underscore or similar touches it, or a dot inside a word ({@code https}, {@code
   * example.org}).
   */
  private boolean insideAddress(int i) {
    int s = tokens.originalStart(i);
    int e = tokens.originalEnd(i);
    int n = original.length();
    char before = s > 0 ? original.charAt(s - 1) : ' ';
    char after = e < n ? original.charAt(e) : ' ';
    char after2 = e + 1 < n ? original.charAt(e + 1) : ' ';
    if ("/@\\_=#&~".indexOf(before) >= 0 || "/@\\_=#&~".indexOf(after) >= 0) {
      return true;
    }
    if (before == '.' && s > 1 && Character.isLetterOrDigit(original.charAt(s - 2))) {
      return true;
    }
    return (after == '.' || after == ':') && (Character.isLetterOrDigit(after2) || after2 == '/');
  }

  /**
   * Token {@code i} opens a sentence (ICU sentence segmentation, so "Dr. Reyes" does not) or
   * follows a colon or a line break.
   */
  public boolean startsSentence(int i) {
    int o = tokens.originalStart(i);
    boolean opens = firstWordChar(o) >= o;
    if (opens || i == 0) {
      return true;
    }
    char[] c = terms.buffer();
    for (int p = tokens.start(i) - 1; p >= tokens.end(i - 1); p--) {
      if (c[p] == ':' || c[p] == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The original character at the start of token {@code i} is upper case. */
  public boolean capitalized(int i) {
    int o = tokens.originalStart(i);
    return Character.isUpperCase(original.codePointAt(o));
  }

  /** Every letter of token {@code i} is upper case in the original (and there are two or more). */
  public boolean allCaps(int i) {
    int s = tokens.originalStart(i);
    int e = tokens.originalEnd(i);
    int letters = 0;
    for (int p = s; p < e; p++) {
      char c = original.charAt(p);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * Whether the message is written in capitals (70% or more of its letters upper case): then
   * capitalization says nothing about names or abbreviations. Computed on first use.
   */
  public boolean mostlyUpperCase() {
    if (upperCase < 0) {
      int upper = 0;
      int letters = 0;
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        if (c < 0x80) { // ASCII without the Unicode tables
          char lower = (char) (c | 0x20);
          if (lower >= 'a' && lower <= 'z') {
            letters++;
            if (c <= 'Z') {
              upper++;
            }
          }
        } else if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            upper++;
          }
        }
      }
      upperCase = letters > 0 && upper * 10 >= letters * 7 ? 1 : 0;
    }
    return upperCase == 1;
  }

  /** Whether the message reads as Spanish: more Spanish than English function words. */
  public boolean isSpanish() {
    if (spanish < 0) {
      int es = 0;
      int en = 0;
      for (int i = 0; i < tokens.size(); i++) {
        if (SPANISH_WORDS.contains(tokens, i)) {
          es++;
        } else if (ENGLISH_WORDS.contains(tokens, i)) {
          en++;
        }
      }
      spanish = es > en ? 1 : 0;
    }
    return spanish == 1;
  }

  private static final WordSet SPANISH_WORDS = WordSet.of(
    "el", "la", "los", "las", "de", "del", "que", "su", "sus", "usted", "cita", "para", "por",
    "con", "es", "esta", "le", "lo", "se", "una", "un", "hola", "gracias", "favor", "llame",
    "manana", "hoy", "sera", "tiene", "nuestra", "nuestro", "al", "y", "en", "recordamos");

  private static final WordSet ENGLISH_WORDS = WordSet.of(
    "the", "your", "you", "is", "to", "for", "at", "and", "with", "our", "are", "please", "on",
    "of", "this", "be", "will", "have", "has", "call", "hi", "thank", "thanks", "we", "in", "a");

  /** The original text. */
  public String original() {
    return original;
  }

  /** The base view (identifiers). */
  public NormalizedText base() {
    return base;
  }

  /** The terms view (words). */
  public NormalizedText terms() {
    return terms;
  }

  /** Tokens of the terms view. */
  public Tokens tokens() {
    return tokens;
  }

  /**
   * The start (original offset) of the sentence containing original offset {@code offset}, using
   * ICU's Unicode sentence segmentation with English abbreviation suppression ({@code Dr.}, {@code
   * Mr.} do not end a sentence).
   */
  public int sentenceStart(int offset) {
    return sentenceStarts()[sentenceIndex(offset)];
  }

  /** The index in {@link #sentenceStarts()} of the sentence containing {@code offset}. */
  private int sentenceIndex(int offset) {
    int i = Arrays.binarySearch(sentenceStarts(), offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /*
   * Per sentence, the first original offset holding a letter or digit (or the text's length), or
   * -1 until asked: startsSentence asks for every capitalized token, and scanning from the
   * sentence's start each time made it quadratic in the sentence.
   */
  private int[] firstWordChars;

  /** The first letter or digit at or after the start of the sentence containing {@code offset}. */
  private int firstWordChar(int offset) {
    int[] starts = sentenceStarts();
    int k = sentenceIndex(offset);
    if (firstWordChars == null) {
      firstWordChars = new int[starts.length];
      Arrays.fill(firstWordChars, -1);
    }
    int f = firstWordChars[k];
    if (f < 0) {
      f = starts[k];
      while (f < original.length() && !Character.isLetterOrDigit(original.charAt(f))) {
        f++;
      }
      firstWordChars[k] = f;
    }
    return f;
  }

  /** The end (original offset, exclusive) of the sentence containing {@code offset}. */
  public int sentenceEnd(int offset) {
    int[] starts = sentenceStarts();
    int i = Arrays.binarySearch(starts, offset);
    int next = i >= 0 ? i + 1 : -i - 1;
    return next < starts.length ? starts[next] : original.length();
  }

  /** Original offsets where sentences start, ascending, beginning with 0. */
  public int[] sentenceStarts() {
    if (sentenceStarts == null) {
      int suffix = terminalSuffix(original);
      if (!hasSentenceEnd(original, suffix)) {
        // No character before the closing run can end a sentence: one sentence. (Found by a
        // scan instead of the iterator, which costs about a microsecond per message.)
        sentenceStarts = new int[] {0};
        return sentenceStarts;
      }
      // The filter only keeps breaks after abbreviations ("Dr.", "e.g."), which end with a
      // full stop: without one before the closing run, the plain iterator gives the same
      // breaks at half the cost.
      BreakIterator it = hasFullStop(original, suffix)
          ? SENTENCE_ITERATOR.get() : PLAIN_SENTENCE_ITERATOR.get();
      it.setText(original);
      int[] out = new int[8];
      int n = 0;
      for (int b = it.first(); b != BreakIterator.DONE && b < original.length(); b = it.next()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = b;
      }
      it.setText(""); // keep no message text in the thread's iterator
      if (n == 0) {
        out[n++] = 0;
      }
      sentenceStarts = Arrays.copyOf(out, n);
    }
    return sentenceStarts;
  }

  /*
   * Where the text's closing run begins: full stops, exclamation and question marks, then closing
   * quotes or brackets, then spaces, in that order, up to the end. Under the sentence rules of
   * UAX #29 (which ICU follows) a break after such marks falls after the closers and spaces that
   * follow them, so the run holds no break before the text's end. Any other arrangement (a quote
   * after a space, as in 'Dr. "', may open a sentence) is left out of the run, and then the
   * iterator decides.
   */
  private static int terminalSuffix(String s) {
    int i = s.length();
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    int spaces = i;
    while (i > 0 && isCloser(s.charAt(i - 1))) {
      i--;
    }
    int closers = i;
    while (i > 0 && isTerminal(s.charAt(i - 1))) {
      i--;
    }
    // closers with no mark before them are ordinary text: only the spaces are left out then
    return i < closers ? i : spaces;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']';
  }

  /**
   * Whether {@code s[0, end)} has a character that may end a sentence under UAX #29: any char
   * outside printable ASCII counts (it may be a Unicode sentence mark or separator), and so do
   * '.', '!', '?', line breaks and other ASCII controls.
   */
  private static boolean hasSentenceEnd(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f || isTerminal(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s[0, end)} has a full stop of any script (UAX #29 ATerm) or non-ASCII char. */
  private static boolean hasFullStop(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '.' || c >= 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static BreakIterator sentencePrototype() {
    ULocale en = ULocale.ENGLISH;
    FilteredBreakIteratorBuilder b = FilteredBreakIteratorBuilder.getInstance(en);
    for (String title : TITLES) {
      b.suppressBreakAfter(title);
    }
    return b.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(en));
  }

  @Override
  public String toString() {
    return "Analysis{length=" + original.length() + ", tokens=" + tokens.size() + "}";
  }
}
