package dev.redactor.internal.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.fst.FST;

/**
 * Spelling correction toward clinical words: the words of a {@link Lexicon}'s clinical keys within
 * a small edit distance of an unknown token ("counceling" → "counseling", "colonscopy" →
 * "colonoscopy", "canel" → "canal" of "root canal").
 *
 * <p>The search intersects a Levenshtein automaton of the token (Damerau distance: a swap of two
 * neighbouring letters is one edit; the first letter is kept) with the lexicon's word automaton, so its cost depends on the
 * token and the automaton's branching near it, not on the number of words. Only words flagged as
 * belonging to a clinical key are returned.
 */
public final class Spelling {
  /** Tokens shorter than this are never corrected: too many real words are one edit apart. */
  public static final int MIN_LENGTH = 5;
  /** Tokens at least this long may be two edits from their correction. */
  public static final int TWO_EDITS_LENGTH = 10;

  /** Longest dictionary word a correction can give. */
  private static final int MAX_WORD = 64;
  private static final int MAX_CANDIDATES = 8;

  private Spelling() {}

  /**
   * The clinical words of {@code lexicon} nearest to {@code token}: those one edit away, or when
   * there are none and the token is long, two edits away; words of Spanish terms only when {@code
   * spanish}. At most a handful, in automaton (sorted) order; empty if {@code token} is itself a
   * known word.
   */
  public static List<String> candidates(Lexicon lexicon, String token, boolean spanish) {
    // The search keeps words of at most MAX_WORD chars, so a longer token has no candidate within
    // two edits; skipping it also spares building a Levenshtein automaton over a 255-char token
    // ("aaaa..."), which took about 60 ms per token.
    if (token.length() < MIN_LENGTH || token.length() > MAX_WORD + 2 || lexicon.words() == null
        || lexicon.isWord(token)) {
      return List.of();
    }
    long mask = spanish ? Lexicon.TERM_WORD | Lexicon.SPANISH_TERM_WORD : Lexicon.TERM_WORD;
    // the first letter is kept, as people rarely get it wrong: "manan" is not "banana"
    String first = token.substring(0, 1);
    LevenshteinAutomata lev = new LevenshteinAutomata(token.substring(1), true);
    List<String> out =
        search(lexicon.words(), new CharacterRunAutomaton(lev.toAutomaton(1, first)), mask);
    if (out.isEmpty() && token.length() >= TWO_EDITS_LENGTH) {
      out = search(lexicon.words(), new CharacterRunAutomaton(lev.toAutomaton(2, first)), mask);
    }
    return out;
  }

  private static List<String> search(FST<Long> words, CharacterRunAutomaton run, long mask) {
    List<String> out = new ArrayList<>(2);
    FST.BytesReader r = words.getBytesReader();
    FST.Arc<Long> root = words.getFirstArc(new FST.Arc<>());
    try {
      walk(words, r, root, 0L, run, 0, new char[MAX_WORD], 0, mask, out);
    } catch (IOException e) {
      throw new UncheckedIOException("dictionary automaton read failed", e);
    }
    return out;
  }

  private static void walk(FST<Long> fst, FST.BytesReader r, FST.Arc<Long> arc, long output,
      CharacterRunAutomaton run, int state, char[] buf, int len, long mask, List<String> out)
      throws IOException {
    if (out.size() >= MAX_CANDIDATES) {
      return;
    }
    if (len > 0 && arc.isFinal() && run.isAccept(state)
        && ((output + arc.nextFinalOutput()) & mask) != 0) {
      out.add(new String(buf, 0, len));
    }
    if (!FST.targetHasArcs(arc) || len == buf.length) {
      return;
    }
    FST.Arc<Long> child = fst.readFirstTargetArc(arc, new FST.Arc<>(), r);
    while (true) {
      // a final node's first "arc" is the end marker (label -1): the final was handled above
      int next = child.label() < 0 ? -1 : run.step(state, child.label());
      if (next >= 0) {
        buf[len] = (char) child.label();
        walk(fst, r, child, output + child.output(), run, next, buf, len + 1, mask, out);
      }
      if (child.isLast()) {
        return;
      }
      fst.readNextArc(child, r);
    }
  }
}
