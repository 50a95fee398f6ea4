package dev.redactor.internal.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.IntsRefFSTEnum;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Spelling#candidates} against the plain definition: every clinical word of the lexicon
 * with the token's first letter within one edit (Damerau, a swap of neighbours being one), or two
 * for a long token with none at one, the first eight in sorted order. The oracle reads every word
 * of the automaton and measures each distance in full, so it shares nothing with the search.
 */
class SpellingOracleTest {
  private static final Lexicon LEXICON = Lexicons.standard();
  /** Every word of the lexicon's word automaton with its flags, by first letter. */
  private static final Map<Character, List<String>> WORDS = new HashMap<>();
  private static final Map<String, Long> FLAGS = new HashMap<>();
  private static final List<String> CLINICAL = new ArrayList<>();

  @BeforeAll
  static void readEveryWord() throws IOException {
    FST<Long> words = LEXICON.words();
    assertNotNull(words);
    IntsRefFSTEnum<Long> e = new IntsRefFSTEnum<>(words);
    IntsRefFSTEnum.InputOutput<Long> io;
    while ((io = e.next()) != null) {
      IntsRef in = io.input;
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < in.length; k++) {
        sb.append((char) in.ints[in.offset + k]);
      }
      String w = sb.toString();
      WORDS.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
      FLAGS.put(w, io.output);
      if ((io.output & (Lexicon.TERM_WORD | Lexicon.SPANISH_TERM_WORD)) != 0
          && w.length() >= Spelling.MIN_LENGTH) {
        CLINICAL.add(w);
      }
    }
    assertTrue(CLINICAL.size() > 1000, "clinical words: " + CLINICAL.size());
  }

  /** Restricted Damerau distance (optimal string alignment), in full. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }

  private static List<String> within(String token, int edits, long mask) {
    List<String> out = new ArrayList<>();
    for (String w : WORDS.getOrDefault(token.charAt(0), List.of())) {
      if ((FLAGS.get(w) & mask) != 0 && w.length() - 1 <= 64
          && Math.abs(w.length() - token.length()) <= edits
          && distance(w.substring(1), token.substring(1)) <= edits) {
        out.add(w);
      }
    }
    out.sort(null);
    return out.size() > 8 ? out.subList(0, 8) : out;
  }

  private static List<String> oracle(String token, boolean spanish) {
    if (token.length() < Spelling.MIN_LENGTH || token.length() > 66 || LEXICON.isWord(token)) {
      return List.of();
    }
    long mask = spanish ? Lexicon.TERM_WORD | Lexicon.SPANISH_TERM_WORD : Lexicon.TERM_WORD;
    List<String> out = within(token, 1, mask);
    if (out.isEmpty() && token.length() >= Spelling.TWO_EDITS_LENGTH) {
      out = within(token, 2, mask);
    }
    return out;
  }

  /** {@code w} with {@code edits} random edits after its first letter. */
  private static String misspell(String w, int edits, Random rnd) {
    StringBuilder sb = new StringBuilder(w);
    for (int k = 0; k < edits && sb.length() > 2; k++) {
      int at = 1 + rnd.nextInt(sb.length() - 1);
      char c = (char) ('a' + rnd.nextInt(26));
      switch (rnd.nextInt(4)) {
        case 0:
          sb.insert(at, c);
          break;
        case 1:
          sb.deleteCharAt(at);
          break;
        case 2:
          sb.setCharAt(at, c);
          break;
        default:
          if (at + 1 < sb.length()) {
            char x = sb.charAt(at);
            sb.setCharAt(at, sb.charAt(at + 1));
            sb.setCharAt(at + 1, x);
          }
      }
    }
    return sb.toString();
  }

  @Test
  void misspelledClinicalWordsGetWhatTheDefinitionGives() {
    Random rnd = new Random(3);
    int found = 0;
    for (int n = 0; n < 600; n++) {
      String w = CLINICAL.get(rnd.nextInt(CLINICAL.size()));
      String token = misspell(w, 1 + rnd.nextInt(2), rnd);
      boolean spanish = rnd.nextBoolean();
      List<String> expected = oracle(token, spanish);
      assertEquals(expected, Spelling.candidates(LEXICON, token, spanish), token);
      found += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(found > 300, "tokens with candidates: " + found);
  }

  @Test
  void randomLettersAndLongTokensGetWhatTheDefinitionGives() {
    Random rnd = new Random(5);
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 5 + rnd.nextInt(n % 10 == 0 ? 70 : 10); k > 0; k--) {
        sb.append((char) ('a' + rnd.nextInt(26)));
      }
      String token = sb.toString();
      assertEquals(oracle(token, false), Spelling.candidates(LEXICON, token, false), token);
    }
    // a long clinical word with two edits, and one of 64 letters and more
    String longWord = "";
    for (String w : CLINICAL) {
      longWord = w.length() > longWord.length() ? w : longWord;
    }
    for (String token : List.of(misspell(longWord, 2, rnd), longWord + "x", longWord + "xy")) {
      assertEquals(oracle(token, true), Spelling.candidates(LEXICON, token, true), token);
    }
  }
}
