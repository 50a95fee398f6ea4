package dev.redactor.internal.dict;

import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.text.NormalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.fst.FST;

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
 * number of terms. Stateless; each call allocates its own arcs.
 */
public final class TermMatcher {
  private static final int MAX_TOKENS = 12;

  /** A term found in the message: tokens {@code [firstToken, lastToken]} and what it means. */
  public record Match(int firstToken, int lastToken, int payload, boolean possessive,
      Lexicon lexicon) {
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
    FST.BytesReader reader = fst.getBytesReader();
    FST.Arc<Long> root = fst.getFirstArc(new FST.Arc<>());
    Walk walk = new Walk(fst, reader, tokens, excluded);
    try {
      for (int i = 0; i < tokens.size(); i++) {
        byte type = tokens.type(i);
        if (type == Tokens.EMOJI) {
          continue;
        }
        walk.reset(i);
        walk.token(i, new FST.Arc<Long>().copyFrom(root), 0L, 1);
        if (walk.bestLast >= 0) {
          out.add(new Match(i, walk.bestLast, walk.bestPayload, walk.bestPossessive, lexicon));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("dictionary automaton read failed", e);
    }
    return out;
  }

  /** Depth-first walk state for one start token. */
  private static final class Walk {
    final FST<Long> fst;
    final FST.BytesReader reader;
    final Tokens tokens;
    final NormalizedText view;
    final char[] c;
    int bestLast;
    int bestPayload;
    boolean bestPossessive;

    final java.util.BitSet excluded;

    Walk(FST<Long> fst, FST.BytesReader reader, Tokens tokens, java.util.BitSet excluded) {
      this.excluded = excluded;
      this.fst = fst;
      this.reader = reader;
      this.tokens = tokens;
      this.view = tokens.view();
      this.c = view.buffer();
    }

    int first;

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
      int s = tokens.start(j);
      int e = tokens.end(j);
      // "mary's": a final state right before a trailing 's is a possessive match
      int body = e;
      if (e - s >= 3 && c[e - 1] == 's' && c[e - 2] == '\'') {
        body = e - 2;
      }
      FST.Arc<Long> a = arc;
      long o = out;
      for (int p = s; p < e; p++) {
        if (p == body) {
          if (a.isFinal()) {
            record(j, o + a.nextFinalOutput(), true);
          }
        }
        FST.Arc<Long> next = fst.findTargetArc(c[p], a, new FST.Arc<>(), reader);
        if (next == null) {
          return;
        }
        a = next;
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
      if (k > j + 1) {
        gap = junkOnly && gap == JOIN_OR_SEP ? JOIN_ONLY : BREAK;
      }
      if (gap == BREAK) {
        return;
      }
      if (gap != JOIN_ONLY) {
        FST.Arc<Long> sep = fst.findTargetArc(Lexicon.SEPARATOR, a, new FST.Arc<>(), reader);
        if (sep != null) {
          token(k, sep, o + sep.output(), depth + 1);
        }
      }
      if (gap != SEP_ONLY) {
        token(k, new FST.Arc<Long>().copyFrom(a), o, depth + 1);
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
