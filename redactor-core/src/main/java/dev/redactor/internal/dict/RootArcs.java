package dev.redactor.internal.dict;

import dev.redactor.internal.analysis.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.util.fst.FST;

/**
 * The automaton's first steps, looked up in tables instead of walked. Every walk starts at the
 * root, whose node has an arc for nearly every character and is the slowest to search; and most
 * walks from a word's first letters take the same few hundred paths. Holding the arc reached after
 * one ASCII char, and after two lower-case letters, saves those searches on every token.
 *
 * <p>Most tokens of a message are also words of the {@link Vocabulary} (the words detectors ask
 * about: "your", "appointment", "call"; 70% of the tokens of the SMS benchmark set), whose id each
 * token already has. For those the table holds the state after the whole word, so a walk from such
 * a token jumps to its end instead of stepping through its characters.
 *
 * <p>Immutable once built; walks copy an arc out ({@link FST.Arc#copyFrom}) and never write to
 * one held here, so the tables are shared by all threads.
 */
final class RootArcs {
  /** Marks "no key goes this way" in the tables (null means "not held: walk it"). */
  static final FST.Arc<Long> NONE = new FST.Arc<>();

  private static final int ASCII = 128;
  private static final int LETTERS = 26;

  /** Arc after one char {@code c < 128}, or {@link #NONE}. */
  private final FST.Arc<Long>[] one;
  /** Arc after two letters {@code a-z}, index {@code 26 * (c1 - 'a') + (c2 - 'a')}, or NONE. */
  private final FST.Arc<Long>[] two;
  /** Arc after the whole vocabulary word of each id, or NONE; and the output read on the way. */
  private final FST.Arc<Long>[] words;
  private final long[] wordOutputs;

  @SuppressWarnings({"unchecked", "rawtypes"})
  RootArcs(FST<Long> fst) {
    one = new FST.Arc[ASCII];
    two = new FST.Arc[LETTERS * LETTERS];
    try {
      FST.BytesReader reader = fst.getBytesReader();
      FST.Arc<Long> root = fst.getFirstArc(new FST.Arc<>());
      for (int c = 0; c < ASCII; c++) {
        FST.Arc<Long> a = fst.findTargetArc(c, root, new FST.Arc<>(), reader);
        one[c] = a == null ? NONE : a;
      }
      for (int c1 = 0; c1 < LETTERS; c1++) {
        FST.Arc<Long> a1 = one['a' + c1];
        for (int c2 = 0; c2 < LETTERS; c2++) {
          FST.Arc<Long> a = a1 == NONE || !FST.targetHasArcs(a1) ? null
              : fst.findTargetArc('a' + c2, a1, new FST.Arc<>(), reader);
          two[LETTERS * c1 + c2] = a == null ? NONE : a;
        }
      }
      char[][] vocabulary = Vocabulary.words();
      words = new FST.Arc[vocabulary.length];
      wordOutputs = new long[vocabulary.length];
      for (int id = 0; id < vocabulary.length; id++) {
        FST.Arc<Long> a = root;
        long out = 0;
        for (int i = 0; i < vocabulary[id].length && a != null; i++) {
          a = fst.findTargetArc(vocabulary[id][i], a, new FST.Arc<>(), reader);
          out += a == null ? 0 : a.output();
        }
        words[id] = a == null ? NONE : a;
        wordOutputs[id] = out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("dictionary automaton read failed", e);
    }
  }

  /** The arc after {@code c} from the root: null when not held, {@link #NONE} when none. */
  FST.Arc<Long> after(char c) {
    return c < ASCII ? one[c] : null;
  }

  /**
   * The arc after the whole vocabulary word {@code id} ({@link Vocabulary}; -1 for a token that is
   * none) from the root: null when not held, {@link #NONE} when no key goes that way.
   */
  FST.Arc<Long> afterWord(int id) {
    return id >= 0 && id < words.length ? words[id] : null;
  }

  /** The output read on the way to {@link #afterWord}{@code (id)}. */
  long wordOutput(int id) {
    return wordOutputs[id];
  }

  /** The arc after {@code c1 c2} from the root: null when not held, {@link #NONE} when none. */
  FST.Arc<Long> after(char c1, char c2) {
    int a = c1 - 'a';
    int b = c2 - 'a';
    return a >= 0 && a < LETTERS && b >= 0 && b < LETTERS ? two[LETTERS * a + b] : null;
  }
}
