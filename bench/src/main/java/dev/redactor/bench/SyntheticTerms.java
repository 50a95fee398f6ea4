package dev.redactor.bench;

import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.ListKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded pseudo-word dictionary entries, to grow the lexicon far beyond the bundled lists (toward
 * a million entries) and see how matching and memory scale. No real terms.
 *
 * <p>Words are two to four syllables of an English-like onset, vowel and coda ({@code
 * bralimost}, {@code zeanichou}), so that they share prefixes with real words and with each other
 * the way a large medication or condition list would; a quarter of the entries are two or three
 * words. The last word of every entry ends in {@code q}, which no word of the benchmark {@link
 * Messages} does, so the entries (and their variants) lengthen walks through the automaton but
 * never match there: a benchmark finds the same terms at every lexicon size. Entries are distinct,
 * none is already a key of {@code existing}, and they are spread over the four term lists other
 * than names, so each one gets its plural and written-together variants like a bundled entry does.
 */
final class SyntheticTerms {
  private SyntheticTerms() {}

  private static final String[] ONSETS = {
    "", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
    "br", "cl", "dr", "fl", "gr", "pl", "pr", "sk", "st", "tr", "ch", "sh", "th"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou"};
  private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "x", "nt", "st"};
  private static final ListKind[] KINDS = {
    ListKind.SPECIALTY, ListKind.CONDITION, ListKind.PROCEDURE, ListKind.MEDICATION
  };

  /** {@code count} distinct entries from {@code seed}, none of them a key of {@code existing}. */
  static List<Entry> generate(long seed, int count, Lexicon existing) {
    Random r = new Random(seed);
    Set<String> seen = new HashSet<>(count * 2);
    List<Entry> out = new ArrayList<>(count);
    StringBuilder sb = new StringBuilder(48);
    while (out.size() < count) {
      sb.setLength(0);
      int words = r.nextInt(4) == 0 ? 2 + r.nextInt(2) : 1;
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          sb.append(' ');
        }
        word(r, sb);
      }
      sb.append('q');
      String term = sb.toString();
      if (seen.add(term) && existing.lookup(term) < 0) {
        out.add(new Entry(term, KINDS[out.size() % KINDS.length], 0L, 0f, "en"));
      }
    }
    return out;
  }

  private static void word(Random r, StringBuilder sb) {
    int syllables = 2 + r.nextInt(3);
    for (int s = 0; s < syllables; s++) {
      sb.append(ONSETS[r.nextInt(ONSETS.length)])
          .append(VOWELS[r.nextInt(VOWELS.length)])
          .append(CODAS[r.nextInt(CODAS.length)]);
    }
  }
}
