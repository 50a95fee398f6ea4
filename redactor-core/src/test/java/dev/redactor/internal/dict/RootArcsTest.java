package dev.redactor.internal.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Limits;
import dev.redactor.Redactor;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.analysis.Vocabulary;
import java.io.IOException;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.IntsRefFSTEnum;
import org.junit.jupiter.api.Test;

/**
 * The walk's tables hold what walking the automaton gives: for every vocabulary word, the state
 * after it (or none), with the output read on the way, so a walk that jumps over a word is the
 * walk that steps through it.
 */
class RootArcsTest {

  @Test
  void theStateAfterEachVocabularyWord_isTheStateTheWalkReaches() throws IOException {
    Redactor.standard().check("Hi Maria, your appointment is tomorrow."); // detectors' word sets
    Lexicon lexicon = Lexicons.standard();
    RootArcs roots = new RootArcs(lexicon.fst());
    FST<Long> fst = lexicon.fst();
    FST.BytesReader reader = fst.getBytesReader();
    char[][] words = Vocabulary.words();
    int dead = 0;
    int keys = 0;
    int prefixes = 0;
    for (int id = 0; id < words.length; id++) {
      FST.Arc<Long> a = fst.getFirstArc(new FST.Arc<>());
      long out = 0;
      for (int i = 0; i < words[id].length && a != null; i++) {
        a = fst.findTargetArc(words[id][i], a, new FST.Arc<>(), reader);
        out += a == null ? 0 : a.output();
      }
      FST.Arc<Long> held = roots.afterWord(id);
      String word = new String(words[id]);
      if (a == null) {
        assertSame(RootArcs.NONE, held, word);
        dead++;
        continue;
      }
      assertEquals(a.target(), held.target(), word);
      assertEquals(a.isFinal(), held.isFinal(), word);
      assertEquals(FST.targetHasArcs(a), FST.targetHasArcs(held), word);
      assertEquals(out, roots.wordOutput(id), word);
      if (a.isFinal()) {
        assertEquals(out + a.nextFinalOutput(), roots.wordOutput(id) + held.nextFinalOutput(),
            word);
        assertEquals(lexicon.lookup(word), (int) (roots.wordOutput(id) + held.nextFinalOutput()),
            word);
        keys++;
      } else {
        prefixes++;
      }
    }
    // the table is not trivially empty: words that are keys, that only begin keys, and that
    // begin none are all there
    assertTrue(keys > 100 && prefixes > 10 && dead > 10,
        "keys " + keys + ", prefixes " + prefixes + ", dead " + dead);
    assertNull(roots.afterWord(-1));
    assertNull(roots.afterWord(words.length + 1000));
  }

  /**
   * Keys of several words that start with a vocabulary word ("your", "follow", "blood") are found
   * from that word's token: the jump to the word's end goes on through the separator.
   */
  @Test
  void keysThatStartWithAVocabularyWord_areFoundThroughTheJump() throws IOException {
    Redactor.standard().check("Hi Maria, your appointment is tomorrow.");
    Lexicon lexicon = Lexicons.standard();
    Dictionaries dictionaries = Dictionaries.of(lexicon);
    IntsRefFSTEnum<Long> keys = new IntsRefFSTEnum<>(lexicon.fst());
    int tried = 0;
    for (char[] w : Vocabulary.words()) {
      IntsRefBuilder prefix = new IntsRefBuilder();
      for (char c : w) {
        prefix.append(c);
      }
      prefix.append(Lexicon.SEPARATOR);
      IntsRefFSTEnum.InputOutput<Long> next = keys.seekCeil(prefix.get());
      if (next == null || !startsWith(next.input, prefix.get())) {
        continue; // no key of several words starts with this word
      }
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < next.input.length; i++) {
        key.appendCodePoint(next.input.ints[next.input.offset + i]);
      }
      String text = "Please note: " + key + " today.";
      Analysis a = Analysis.of(text, Limits.defaults(), dictionaries);
      Tokens t = a.tokens();
      int first = t.firstAtOrAfter("Please note: ".length()); // ASCII keeps its offsets
      if (t.vocabularyId(first) < 0) {
        continue; // the key's first word reads differently in a message
      }
      int words = key.toString().split(" ").length;
      int id = lexicon.lookup(key.toString());
      boolean found = false;
      for (TermMatcher.Match m : dictionaries.match(t)) {
        // the key itself, or a longer one that goes on into " today"
        found |= m.firstToken() == first && (m.lastToken() > first + words - 1
            || m.lastToken() == first + words - 1 && m.payload() == id);
      }
      assertTrue(found, "a key was not found from its first word (" + words + " words)");
      tried++;
    }
    assertTrue(tried >= 20, "only " + tried + " keys tried");
  }

  private static boolean startsWith(IntsRef s, IntsRef prefix) {
    if (s.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (s.ints[s.offset + i] != prefix.ints[prefix.offset + i]) {
        return false;
      }
    }
    return true;
  }
}
