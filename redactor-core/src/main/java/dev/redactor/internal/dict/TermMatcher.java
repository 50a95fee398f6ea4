package dev.redactor.internal.dict;

import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.text.NormalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.util.fst.FST;
import org.jspecify.annotations.Nullable;

/**
 * Finds dictionary terms in a message's tokens by walking the {@link Lexicon}'s automaton.
 *
 * <p>From every token, the walk consumes the token's characters and then may go on to the next
 * token in two ways: through the key separator (the words were apart: "root canal", "follow-up")
 * or directly (the words were split by something that is not a space, or by a single line break:
 * "ch😷emo", "chemo-therapy", "che\nmo"). A sentence break stops it. The longest term from each
 * token is reported. A possessive {@code 's} on the last token is accepted and flagged ("Mary's").
 *
 * <p>The cost is the number of automaton steps, linear in the message and independent of the
 * number of terms. Thread-safe: each thread keeps its own arcs (three per token depth, made once)
 * and a walk allocates nothing per character.
 */
public final class TermMatcher {
  private static final int MAX_TOKENS = 12;

  /**
   * A term found in the message: tokens {@code [firstToken, lastToken]} and what it means; {@code
   * corrected} when one of its tokens was misspelled and matched through {@link Spelling}.
   */
  public record Match(int firstToken, int lastToken, int payload, boolean possessive,
      Lexicon lexicon, boolean corrected) {
    /** Number of senses of the matched key. */
    public int senseCount() {
      return lexicon.senseCount(payload);
    }

    /** Sense {@code k} of the matched key. */
    public Lexicon.Sense sense(int k) {
      return lexicon.sense(payload, k);
    }
  }

  private TermMatcher() {}

  /** All longest matches, one per starting token at most, in token order. */
  public static List<Match> match(Lexicon lexicon, Tokens tokens) {
    return match(lexicon, tokens, null);
  }

  /** As {@link #match(Lexicon, Tokens)}, ignoring keys whose payload is in {@code excluded}. */
  public static List<Match> match(Lexicon lexicon, Tokens tokens, java.util.BitSet excluded) {
    List<Match> out = new ArrayList<>();
    FST<Long> fst = lexicon.fst();
    Walk walk = Walk.of(lexicon, tokens, excluded);
    FST.Arc<Long> root = fst.getFirstArc(walk.root());
    try {
      for (int i = 0; i < tokens.size(); i++) {
        byte type = tokens.type(i);
        if (type == Tokens.EMOJI) {
          continue;
        }
        walk.reset(i);
        walk.token(i, root, 0L, 1);
        if (walk.bestLast >= 0) {
          out.add(new Match(i, walk.bestLast, walk.bestPayload, walk.bestPossessive, lexicon,
              false));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("dictionary automaton read failed", e);
    } finally {
      walk.release();
    }
    return out;
  }

  /**
   * Matches through one misspelled or split word. For every token {@code j} that no match covers
   * and that {@code correctable} accepts: the longest term that contains it written together with
   * the next token when neither is a known word ("colono scopy"), or else the longest term that
   * contains {@link Spelling}'s correction of it ("counceling session", "root canel"). A
   * token that is a known word of {@code lexicon} or of {@code alsoKnown} is never touched. One
   * match per token at most, in token order.
   */
  public static List<Match> corrected(Lexicon lexicon, Tokens tokens, java.util.BitSet excluded,
      boolean[] covered, IntPredicate correctable, Lexicon alsoKnown, boolean spanish) {
    List<Match> out = null; // made at the first match: most messages have none
    FST<Long> fst = lexicon.fst();
    FST.Arc<Long> root = null;
    Walk walk = null;
    try {
      for (int j = 0; j < tokens.size(); j++) {
        if (covered[j] || tokens.type(j) != Tokens.WORD) {
          continue;
        }
        int letters = digitSuffixed(tokens, j);
        if (letters == 0 && tokens.length(j) < Spelling.MIN_LENGTH
            && !mayJoin(tokens, covered, j)) {
          continue; // too short to correct alone, and no next word to join: skip the lookups
        }
        boolean unknown = letters == 0 && unknownWord(lexicon, alsoKnown, tokens, j, 2);
        if ((letters == 0 && !unknown) || !correctable.test(j)) {
          continue;
        }
        if (unknown && Spelling.inflectedWord(lexicon, tokens.view().buffer(), tokens.start(j),
            tokens.length(j), spanish)) {
          continue; // "rifas", "chatear": a form of an everyday word
        }
        if (walk == null) {
          walk = Walk.of(lexicon, tokens, excluded);
          root = fst.getFirstArc(walk.root());
        }
        if (letters > 0) {
          // "chemo2", "mammogram1": a number glued to a term
          walk.substitute(j, java.util.Arrays.copyOfRange(tokens.view().buffer(),
              tokens.start(j), tokens.start(j) + letters));
          Match m = longestThrough(walk, root, lexicon, j, j);
          walk.substitute(-1, null);
          if (m != null) {
            out = add(out, m);
            j = m.lastToken();
          }
          continue;
        }
        Match best = null;
        if (j + 1 < tokens.size() && !covered[j + 1]
            && unknownWord(lexicon, alsoKnown, tokens, j + 1, 2) && correctable.test(j + 1)
            && tokens.length(j) + tokens.length(j + 1) >= Spelling.MIN_LENGTH + 1
            && singleSpace(tokens, j)) {
          walk.joinAt = j;
          best = longestThrough(walk, root, lexicon, j, j + 1);
          walk.joinAt = -1;
        }
        if (best == null && tokens.length(j) >= TELE.length + Spelling.MIN_LENGTH
            && startsWith(tokens, j, TELE)) {
          // care given remotely: "telepsiquiatría", "telecardiology" are the care they name
          walk.substitute(j, java.util.Arrays.copyOfRange(tokens.view().buffer(),
              tokens.start(j) + TELE.length, tokens.end(j)));
          best = longestThrough(walk, root, lexicon, j, j);
          walk.substitute(-1, null);
        }
        if (best == null && tokens.length(j) >= Spelling.MIN_LENGTH) {
          for (String candidate : Spelling.candidates(lexicon, tokens.term(j), spanish)) {
            walk.substitute(j, candidate.toCharArray());
            best = longestThrough(walk, root, lexicon, j, j);
            if (best != null) {
              break;
            }
          }
          walk.substitute(-1, null);
        }
        if (best != null) {
          out = add(out, best);
          j = best.lastToken();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("dictionary automaton read failed", e);
    } finally {
      if (walk != null) {
        walk.release();
      }
    }
    return out == null ? List.of() : out;
  }

  private static final char[] TELE = {'t', 'e', 'l', 'e'};

  /** Token {@code j} starts with {@code prefix} in the matcher's (folded) view. */
  private static boolean startsWith(Tokens tokens, int j, char[] prefix) {
    char[] c = tokens.view().buffer();
    int s = tokens.start(j);
    for (int i = 0; i < prefix.length; i++) {
      if (c[s + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<Match> add(@Nullable List<Match> list, Match m) {
    List<Match> l = list == null ? new ArrayList<>(2) : list;
    l.add(m);
    return l;
  }

  /**
   * The cheap half of the test for joining token {@code j} with the next one ("colono scopy"):
   * when it fails, so does the whole test below, whatever the lexicon says.
   */
  private static boolean mayJoin(Tokens tokens, boolean[] covered, int j) {
    return j + 1 < tokens.size() && !covered[j + 1] && tokens.type(j + 1) == Tokens.WORD
        && tokens.length(j + 1) >= 2
        && tokens.length(j) + tokens.length(j + 1) >= Spelling.MIN_LENGTH + 1
        && singleSpace(tokens, j);
  }

  /** The longest match from a start at or before {@code through} that reaches {@code reach}. */
  private static Match longestThrough(Walk walk, FST.Arc<Long> root, Lexicon lexicon,
      int through, int reach) throws IOException {
    Match best = null;
    for (int s = Math.max(0, through - MAX_TOKENS + 1); s <= through; s++) {
      walk.reset(s);
      walk.token(s, root, 0L, 1);
      if (walk.bestLast >= reach
          && (best == null || walk.bestLast - s > best.lastToken() - best.firstToken())) {
        best = new Match(s, walk.bestLast, walk.bestPayload, walk.bestPossessive, lexicon, true);
      }
    }
    return best;
  }

  /** Token {@code j} is a word of lower-case ASCII letters, long enough, known to neither. */
  private static boolean unknownWord(Lexicon lexicon, Lexicon alsoKnown, Tokens tokens, int j,
      int minLength) {
    if (tokens.type(j) != Tokens.WORD || tokens.length(j) < minLength) {
      return false;
    }
    char[] c = tokens.view().buffer();
    for (int p = tokens.start(j); p < tokens.end(j); p++) {
      if (c[p] < 'a' || c[p] > 'z') {
        return false;
      }
    }
    return !lexicon.isWord(tokens, j) && (alsoKnown == null || !alsoKnown.isWord(tokens, j));
  }

  /**
   * The number of letters of token {@code j} if it is four or more lower-case letters followed by
   * one or two digits ("chemo2"), else 0.
   */
  private static int digitSuffixed(Tokens tokens, int j) {
    char[] c = tokens.view().buffer();
    int s = tokens.start(j);
    int e = tokens.end(j);
    int p = s;
    while (p < e && c[p] >= 'a' && c[p] <= 'z') {
      p++;
    }
    int digits = e - p;
    if (p - s < 4 || digits < 1 || digits > 2) {
      return 0;
    }
    for (int q = p; q < e; q++) {
      if (c[q] < '0' || c[q] > '9') {
        return 0;
      }
    }
    return p - s;
  }

  private static boolean singleSpace(Tokens tokens, int j) {
    return tokens.start(j + 1) - tokens.end(j) == 1
        && tokens.view().buffer()[tokens.end(j)] == ' ';
  }

  /** Depth-first walk state for one start token. */
  private static final class Walk {
    FST<Long> fst;
    FST.BytesReader reader;
    Tokens tokens;
    NormalizedText view;
    char[] c;
    int bestLast;
    int bestPayload;
    boolean bestPossessive;

    java.util.BitSet excluded;

    /**
     * Three arcs per depth, made when a walk on this thread first reaches that depth: the current
     * state, a spare for the next step, the separator. Index 0 holds the root arc.
     */
    final FST.Arc<Long>[][] arcs;

    /*
     * The arcs are scratch: every use starts with copyFrom or getFirstArc, and one thread runs one
     * walk at a time (match and corrected run one after the other, never nested). Making them per
     * walk was about 3% of the bytes a check allocated.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final ThreadLocal<FST.Arc<Long>[][]> ARCS =
        ThreadLocal.withInitial(() -> new FST.Arc[MAX_TOKENS + 1][]);

    RootArcs roots;

    /*
     * One walk per thread, pointed at each lexicon and message in turn (like the arcs): a walk
     * per call was about 4% of the bytes a check allocated.
     */
    private static final ThreadLocal<Walk> WALK = ThreadLocal.withInitial(Walk::new);

    private Walk() {
      this.arcs = ARCS.get();
    }

    /** This thread's walk over {@code tokens} in {@code lexicon}; {@link #release} it after. */
    static Walk of(Lexicon lexicon, Tokens tokens, java.util.BitSet excluded) {
      Walk w = WALK.get();
      w.roots = lexicon.rootArcs();
      w.fst = lexicon.fst();
      w.reader = w.fst.getBytesReader();
      w.excluded = excluded;
      w.tokens = tokens;
      w.view = tokens.view();
      w.c = w.view.buffer();
      w.joinAt = -1;
      w.substitute(-1, null);
      return w;
    }

    /** Drops the message and the lexicon: the thread keeps neither. */
    void release() {
      roots = null;
      fst = null;
      reader = null;
      excluded = null;
      tokens = null;
      view = null;
      c = null;
      sub = null;
    }

    int first;
    /** Token after which a space may be read as nothing ("colono scopy"), or -1. */
    int joinAt = -1;
    /** Token whose characters are replaced by {@link #sub} (a spelling correction), or -1. */
    int subToken = -1;
    char[] sub;

    void substitute(int token, char[] chars) {
      subToken = token;
      sub = chars;
    }

    /** All tokens of {@code [from, to]} are single letters and some gap between them is a space. */
    boolean spacedLetters(int from, int to) {
      boolean space = false;
      for (int k = from; k <= to; k++) {
        if (tokens.length(k) != 1) {
          return false;
        }
        if (k > from && hasWhitespace(tokens.end(k - 1), tokens.start(k))) {
          space = true;
        }
      }
      return space;
    }

    void reset(int first) {
      this.first = first;
      bestLast = -1;
      bestPayload = -1;
      bestPossessive = false;
    }

    /** Consumes token {@code j} from {@code arc}; records finals; goes on to the next token. */
    void token(int j, FST.Arc<Long> arc, long out, int depth) throws IOException {
      char[] src = c;
      int s = tokens.start(j);
      int e = tokens.end(j);
      if (j == subToken) {
        src = sub;
        s = 0;
        e = sub.length;
      }
      // "mary's": a final state right before a trailing 's is a possessive match
      int body = e;
      if (e - s >= 3 && src[e - 1] == 's' && src[e - 2] == '\'') {
        body = e - 2;
      }
      // this depth's own arcs, reused: the walk allocates nothing per character
      FST.Arc<Long>[] own = arcs[depth];
      if (own == null) {
        own = level();
        arcs[depth] = own;
      }
      FST.Arc<Long> a = own[0].copyFrom(arc);
      FST.Arc<Long> spare = own[1];
      long o = out;
      // From the root, a token that is a vocabulary word jumps to its end (see RootArcs)
      int word = depth != 1 || j == subToken || body != e ? -1 : tokens.vocabularyId(j);
      FST.Arc<Long> afterWord = roots.afterWord(word);
      if (afterWord == RootArcs.NONE) {
        return;
      }
      if (afterWord != null) {
        a.copyFrom(afterWord);
        o += roots.wordOutput(word);
      }
      for (int p = afterWord != null ? e : s; p < e; p++) {
        if (p == body) {
          if (a.isFinal()) {
            record(j, o + a.nextFinalOutput(), true);
          }
        }
        // From the root, the first two steps come from tables (see RootArcs); after the first
        // char, however it was taken, the arc is the root's arc for that char.
        FST.Arc<Long> held = depth != 1 || p > s + 1 ? null
            : p == s ? roots.after(src[p]) : roots.after(src[s], src[p]);
        if (held == RootArcs.NONE) {
          return;
        }
        if (held != null) {
          a.copyFrom(held);
        } else {
          if (fst.findTargetArc(src[p], a, spare, reader) == null) {
            return;
          }
          FST.Arc<Long> was = a;
          a = spare;
          spare = was;
        }
        o += a.output();
      }
      if (a.isFinal()) {
        record(j, o + a.nextFinalOutput(), false);
      }
      if (depth >= MAX_TOKENS || !FST.targetHasArcs(a)) {
        return;
      }
      int k = j + 1;
      boolean junkOnly = true;
      while (k < tokens.size() && tokens.type(k) == Tokens.EMOJI) {
        junkOnly &= !hasWhitespace(tokens.end(k - 1), tokens.start(k));
        k++;
      }
      if (k >= tokens.size()) {
        return;
      }
      int gap = gap(tokens.end(k - 1), tokens.start(k));
      if (gap == BREAK && k == j + 1 && (dottedAbbreviationEnd(j) || genusInitial(j)
          || suffixOrSaintAbbreviation(j))) {
        // "H.I.V. test": the last dot belongs to the abbreviation; "H. pylori"; "St. John's wort"
        gap = SEP_ONLY;
      }
      if (j == joinAt && k == j + 1 && gap == SEP_ONLY) {
        gap = JOIN_ONLY;
      }
      if (k > j + 1) {
        gap = junkOnly && gap == JOIN_OR_SEP ? JOIN_ONLY : BREAK;
      }
      if (gap == BREAK) {
        return;
      }
      if (gap != JOIN_ONLY) {
        FST.Arc<Long> sep = fst.findTargetArc(Lexicon.SEPARATOR, a, own[2], reader);
        if (sep != null) {
          token(k, sep, o + sep.output(), depth + 1);
        }
      }
      if (gap != SEP_ONLY) {
        token(k, a, o, depth + 1); // the next depth copies it; this depth's arcs stay put
      }
    }

    private void record(int last, long payload, boolean possessive) {
      if (excluded != null && excluded.get((int) payload)) {
        return;
      }
      if (last > first && spacedLetters(first, last)) {
        return; // "d c" in "cita d c/ la": single letters apart are not "D&C"
      }
      if (last > bestLast || (last == bestLast && bestPossessive && !possessive)) {
        bestLast = last;
        bestPayload = (int) payload;
        bestPossessive = possessive;
      }
    }

    static final int SEP_ONLY = 0;
    static final int JOIN_ONLY = 1;
    static final int JOIN_OR_SEP = 2;
    static final int BREAK = 3;

    /**
     * How two tokens may be joined, from the characters between them: spaces allow the separator;
     * no whitespace at all (a hyphen, a dot, a symbol) or a single line break allow both; a
     * sentence mark followed by a space, a bracket, or a blank line stop the walk.
     */
    int gap(int from, int to) {
      int newlines = 0;
      boolean space = false;
      boolean punct = false;
      for (int p = from; p < to; p++) {
        char ch = c[p];
        if (ch == '\n') {
          newlines++;
        } else if (ch == ' ' || ch == '\t' || ch == '\r') {
          space = true;
        } else if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?'
            || ch == '(' || ch == ')' || ch == '[' || ch == ']' || ch == '"' || ch == '|'
            || ch == '{' || ch == '}' || ch == '<' || ch == '>') {
          punct = true;
        }
      }
      if (newlines > 1) {
        return BREAK;
      }
      if (newlines == 1) {
        return punct ? BREAK : JOIN_OR_SEP;
      }
      if (space) {
        return punct ? BREAK : SEP_ONLY;
      }
      if (punct) {
        // "e.g", "ch.emo": dots inside a word; commas and other marks are real breaks
        for (int p = from; p < to; p++) {
          if (c[p] != '.') {
            return BREAK;
          }
        }
      }
      return JOIN_OR_SEP;
    }

    /**
     * Token {@code j} is one letter, then a dot and one space: a genus written short ("H. pylori",
     * "E. coli", "C. diff"). Only a dictionary term can continue the walk, so an initial before a
     * name ("T. Nakamura") matches nothing.
     */
    boolean genusInitial(int j) {
      int s = tokens.start(j);
      int e = tokens.end(j);
      return e - s == 1 && Character.isLetter(c[s]) && dotAndSpaceAfter(j)
          && tokens.start(j + 1) == e + 2;
    }

    /**
     * Token {@code j} is "St", "Jr" or "Sr", then a dot and one space: "St. John's wort",
     * "Martin Luther King Jr. Day". As with a genus initial, only a dictionary term can continue
     * the walk.
     */
    boolean suffixOrSaintAbbreviation(int j) {
      int s = tokens.start(j);
      int e = tokens.end(j);
      if (e - s != 2 || !dotAndSpaceAfter(j) || tokens.start(j + 1) != e + 2) {
        return false;
      }
      char a = Character.toLowerCase(c[s]);
      char b = Character.toLowerCase(c[s + 1]);
      return a == 's' && b == 't' || (a == 'j' || a == 's') && b == 'r';
    }

    /**
     * Token {@code j} was written with dots between single letters ("H.I.V") and is followed by
     * one more dot and a space.
     */
    boolean dottedAbbreviationEnd(int j) {
      if (!dotAndSpaceAfter(j)) {
        return false;
      }
      String o = view.original();
      int os = tokens.originalStart(j);
      int oe = tokens.originalEnd(j);
      return oe - os >= 3 && o.charAt(os + 1) == '.';
    }

    /** Token {@code j} is followed by one dot and one space. */
    private boolean dotAndSpaceAfter(int j) {
      int e = tokens.end(j);
      return e + 1 < view.length() && c[e] == '.' && c[e + 1] == ' ';
    }

    /** An arc for the root of the automaton (scratch, see {@link #arcs}). */
    FST.Arc<Long> root() {
      if (arcs[0] == null) {
        arcs[0] = level();
      }
      return arcs[0][0];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static FST.Arc<Long>[] level() {
      return new FST.Arc[] {new FST.Arc<>(), new FST.Arc<>(), new FST.Arc<>()};
    }

    boolean hasWhitespace(int from, int to) {
      for (int p = from; p < to; p++) {
        if (Character.isWhitespace(c[p])) {
          return true;
        }
      }
      return false;
    }
  }
}
