package dev.redactor.internal.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.fst.FST;

/**
 * Spelling correction toward clinical words: the words of a {@link Lexicon}'s clinical keys within
 * a small edit distance of an unknown token ("counceling" → "counseling", "colonscopy" →
 * "colonoscopy", "canel" → "canal" of "root canal").
 *
 * <p>The search walks the lexicon's word automaton with the token's edit-distance table (Damerau
 * distance: a swap of two neighbouring letters is one edit; the first letter is kept), so its cost
 * depends on the token and the automaton's branching near it, not on the number of words. Only words flagged as
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
  /** A cell value over any edit limit: cells outside the band around the diagonal. */
  private static final int OVER = 1 << 20;

  private Spelling() {}

  /**
   * The clinical words of {@code lexicon} nearest to {@code token}: those one edit away, or when
   * there are none and the token is long, two edits away; words of Spanish terms only when {@code
   * spanish}. At most a handful, in automaton (sorted) order; empty if {@code token} is itself a
   * known word.
   */
  public static List<String> candidates(Lexicon lexicon, String token, boolean spanish) {
    // The search keeps words of at most MAX_WORD chars, so a longer token has no candidate within
    // two edits; skipping it also keeps the edit-distance rows small on a 200,000-letter run.
    if (token.length() < MIN_LENGTH || token.length() > MAX_WORD + 2 || lexicon.words() == null
        || lexicon.isWord(token)) {
      return List.of();
    }
    long mask = spanish ? Lexicon.TERM_WORD | Lexicon.SPANISH_TERM_WORD : Lexicon.TERM_WORD;
    List<String> out = search(lexicon.words(), token, 1, mask);
    if (out.isEmpty() && token.length() >= TWO_EDITS_LENGTH) {
      out = search(lexicon.words(), token, 2, mask);
    }
    return out;
  }

  /** Pronouns a Spanish verb takes at its end ("transferirla", "preséntela", "dígaselo"). */
  private static final String[] CLITICS = {
    "selos", "selas", "selo", "sela", "melo", "mela", "telo", "tela", "nos", "las", "los", "les",
    "la", "lo", "le", "me", "te", "se"
  };
  /** Endings of a Spanish verb made from a noun ("chatear" of chat, "postearon" of post). */
  private static final String[] NOUN_VERB = {
    "earon", "eamos", "eando", "eado", "eada", "ear", "ean", "eas", "ea", "eo"
  };
  /**
   * Endings of the regular Spanish verb forms, longest first, in matching form (accents folded):
   * the stem before one of them plus "ar", "er" or "ir" is the verb's infinitive.
   */
  private static final String[] VERB_ENDINGS = {
    "asteis", "isteis", "ieramos", "aramos", "abamos", "ieron", "iendo", "ieran", "ieras", "iamos",
    "aron", "aste", "iste", "ando", "aban", "abas", "aran", "aras", "iera", "ados", "adas", "idos",
    "idas", "amos", "emos", "imos", "aba", "ara", "ado", "ada", "ido", "ida", "ais", "eis", "ian",
    "ias", "an", "en", "as", "es", "ia", "io", "o", "a", "e", "i"
  };
  /** Endings of the future and conditional, which follow the whole infinitive ("marcará"). */
  private static final String[] AFTER_INFINITIVE = {
    "iamos", "emos", "ian", "ias", "eis", "ia", "an", "as", "e", "a"
  };
  private static final String[] INFINITIVES = {"ar", "er", "ir"};

  /**
   * Whether the unknown token {@code c[s, s + n)} (in matching form) is an inflected form of an
   * everyday word, which the common-word lists hold in only some of its forms: a plural ("rifas"
   * of "rifa", "thats"), and in Spanish a feminine ("genérica" of "genérico"), a verb with its
   * pronoun attached ("transferirla", "preséntela"), a verb made from a noun ("chatear" of
   * "chat") or a form of a verb ("aplicamos", "consulte", "marcará"). Such a token is a word,
   * not a misspelled clinical one: "chatear" is not the contraceptive Chateal. A form of a
   * clinical word ("antibióticas", "cancerosas") is left to correction, which finds its term.
   */
  public static boolean inflectedWord(Lexicon lexicon, char[] c, int s, int n, boolean spanish) {
    if (n < MIN_LENGTH) {
      return false;
    }
    char last = c[s + n - 1];
    if (last == 's' && (lexicon.isPlainWord(c, s, n - 1)
        || (c[s + n - 2] == 'e' && lexicon.isPlainWord(c, s, n - 2)))) {
      return true;
    }
    if (!spanish) {
      return false;
    }
    if (last == 'a' || (last == 's' && c[s + n - 2] == 'a')) {
      char[] masculine = java.util.Arrays.copyOfRange(c, s, s + n);
      masculine[last == 'a' ? n - 1 : n - 2] = 'o';
      if (lexicon.isPlainWord(masculine, 0, n)) {
        return true;
      }
    }
    for (String clitic : CLITICS) {
      int stem = n - clitic.length();
      if (stem >= 4 && endsWith(c, s, n, clitic) && verbStem(c[s + stem - 1])
          && (lexicon.isPlainWord(c, s, stem) || verbForm(lexicon, c, s, stem))) {
        return true;
      }
    }
    for (String ending : NOUN_VERB) {
      int stem = n - ending.length();
      if (stem >= 4 && endsWith(c, s, n, ending) && lexicon.isWord(c, s, stem)) {
        return true;
      }
    }
    return verbForm(lexicon, c, s, n);
  }

  /**
   * A form of a Spanish verb whose infinitive is an everyday word: "aplicamos", "consulte",
   * "depositaron", "marcará" ("marcar"), "chequee" ("chequear").
   */
  private static boolean verbForm(Lexicon lexicon, char[] c, int s, int n) {
    for (String ending : AFTER_INFINITIVE) {
      int stem = n - ending.length();
      if (stem >= 5 && c[s + stem - 1] == 'r' && endsWith(c, s, n, ending)
          && lexicon.isPlainWord(c, s, stem)) {
        return true;
      }
    }
    char[] infinitive = null;
    for (String ending : VERB_ENDINGS) {
      int stem = n - ending.length();
      if (stem < 3 || !endsWith(c, s, n, ending)) {
        continue;
      }
      if (infinitive == null) {
        infinitive = new char[n + 2];
      }
      System.arraycopy(c, s, infinitive, 0, stem);
      for (String inf : INFINITIVES) {
        if (ending.length() == 1 && inf.charAt(0) == 'e') {
          continue; // "masto" is no form of "master": a one-letter ending with "-er" finds English
        }
        infinitive[stem] = inf.charAt(0);
        infinitive[stem + 1] = inf.charAt(1);
        if (lexicon.isPlainWord(infinitive, 0, stem + 2)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An infinitive ("-r"), a gerund ("-ndo") or a command ("-e", "-a") takes a pronoun. */
  private static boolean verbStem(char last) {
    return last == 'r' || last == 'o' || last == 'a' || last == 'e' || last == 'i';
  }

  private static boolean endsWith(char[] c, int s, int n, String suffix) {
    int k = suffix.length();
    if (k > n) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      if (c[s + n - k + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of {@code words} within {@code maxEdits} of {@code token}, keeping its first letter
   * ("manan" is not "banana": people rarely get the first letter wrong). A depth-first walk of the
   * automaton carries one row of the edit-distance table per depth (Damerau: a swap of two
   * neighbouring letters is one edit) and leaves a branch as soon as every cell of its row is over
   * the limit, so the cost is the number of automaton nodes within reach of the token times its
   * length — no automaton is built per token.
   */
  private static List<String> search(FST<Long> words, String token, int maxEdits, long mask) {
    List<String> out = new ArrayList<>(2);
    try {
      FST.BytesReader r = words.getBytesReader();
      FST.Arc<Long> root = words.getFirstArc(new FST.Arc<>());
      FST.Arc<Long> first = words.findTargetArc(token.charAt(0), root, new FST.Arc<>(), r);
      if (first == null) {
        return out;
      }
      String rest = token.substring(1);
      int m = rest.length();
      int depth = Math.min(MAX_WORD, m + maxEdits + 1);
      int[][] rows = new int[depth + 1][m + 1];
      for (int j = 0; j <= m; j++) {
        rows[0][j] = j;
      }
      char[] buf = new char[depth + 1];
      buf[0] = token.charAt(0);
      new Walk(words, r, rest, maxEdits, mask, rows, buf, out)
          .visit(first, root.output() + first.output(), 0, 0, OVER);
    } catch (IOException e) {
      throw new UncheckedIOException("dictionary automaton read failed", e);
    }
    return out;
  }

  /** One search: the automaton, the token and the rows of the edit-distance table. */
  private static final class Walk {
    private final FST<Long> fst;
    private final FST.BytesReader r;
    private final String rest;
    private final int maxEdits;
    private final long mask;
    private final int[][] rows;
    private final char[] buf;
    private final List<String> out;
    /**
     * One arc per depth for the children read at that depth, made on first use: the walk visits
     * hundreds of nodes per token, and a new arc per node was a third of the bytes a short
     * message with an unknown word allocated. A child is only read while its depth is current.
     */
    private final FST.Arc<Long>[] children;
    /* Scratch for exactTails: where each tail of the token starts. */
    private final int[] tailStarts;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Walk(FST<Long> fst, FST.BytesReader r, String rest, int maxEdits, long mask, int[][] rows,
        char[] buf, List<String> out) {
      this.fst = fst;
      this.r = r;
      this.rest = rest;
      this.maxEdits = maxEdits;
      this.mask = mask;
      this.rows = rows;
      this.buf = buf;
      this.out = out;
      this.children = new FST.Arc[rows.length + 1];
      this.tailStarts = new int[2 * maxEdits + 1];
    }

    /**
     * At {@code arc}, having read {@code depth} letters after the first (whose row is
     * {@code rows[depth]}), with {@code output} accumulated up to and including the arc; {@code
     * least} is the least cell of this row within the band, {@code leastBefore} that of the row
     * before (as the caller computed them).
     */
    void visit(FST.Arc<Long> arc, long output, int depth, int least, int leastBefore)
        throws IOException {
      if (out.size() >= MAX_CANDIDATES) {
        return;
      }
      int m = rest.length();
      // No edit is left below this node when every cell of this row is at the limit and a swap
      // of neighbouring letters (read from the row before) cannot bring one under it either.
      // Every word below within the limit then continues as the rest of the token from one of
      // the row's cells, letter for letter.
      if (least >= maxEdits && (depth == 0 || leastBefore >= maxEdits)) {
        exactTails(arc, output, depth);
        return;
      }
      // the last cell counts only within the band (outside it, it was never computed)
      if (arc.isFinal() && Math.abs(depth - m) <= maxEdits && rows[depth][m] <= maxEdits
          && ((output + arc.nextFinalOutput()) & mask) != 0) {
        out.add(new String(buf, 0, depth + 1));
      }
      if (!FST.targetHasArcs(arc) || depth + 1 >= rows.length) {
        return;
      }
      FST.Arc<Long> child = children[depth + 1];
      if (child == null) {
        child = new FST.Arc<>();
        children[depth + 1] = child;
      }
      // Only cells within maxEdits of the diagonal can be within maxEdits (a word of d letters
      // is at least |d - j| edits from j letters of the token); the cells just outside are set
      // over the limit for the next row to read.
      int lo = Math.max(1, depth + 1 - maxEdits);
      int hi = Math.min(m, depth + 1 + maxEdits);
      fst.readFirstTargetArc(arc, child, r);
      while (true) {
        // a final node's first "arc" is the end marker (label -1): the final was handled above
        if (child.label() >= 0) {
          char c = (char) child.label();
          int[] prev = rows[depth];
          int[] row = rows[depth + 1];
          row[0] = prev[0] + 1;
          int best = lo > 1 ? OVER : row[0];
          if (lo > 1) {
            row[lo - 1] = OVER;
          }
          for (int j = lo; j <= hi; j++) {
            char t = rest.charAt(j - 1);
            int v = Math.min(Math.min(prev[j] + 1, row[j - 1] + 1),
                prev[j - 1] + (t == c ? 0 : 1));
            if (depth > 0 && j > 1 && c == rest.charAt(j - 2) && buf[depth] == t) {
              v = Math.min(v, rows[depth - 1][j - 2] + 1); // neighbouring letters swapped
            }
            row[j] = v;
            best = Math.min(best, v);
          }
          if (hi < m) {
            row[hi + 1] = OVER;
          }
          if (best <= maxEdits) {
            buf[depth + 1] = c;
            visit(child, output + child.output(), depth + 1, best, least);
          }
        }
        if (child.isLast()) {
          return;
        }
        fst.readNextArc(child, r);
      }
    }

    /**
     * The words below {@code arc} that are the rest of the token from a cell of the row at the
     * limit, in automaton order (the order the walk would find them in): each is one exact
     * look-up per letter instead of reading every arc below.
     */
    private void exactTails(FST.Arc<Long> arc, long output, int depth) throws IOException {
      int m = rest.length();
      int lo = Math.max(0, depth - maxEdits);
      int hi = Math.min(m, depth + maxEdits);
      // where the tails rest[j..m) of the cells at the limit start, sorted as the automaton's
      // labels are (insertion sort: at most 2 * maxEdits + 1 of them)
      int n = 0;
      for (int j = lo; j <= hi; j++) {
        if (rows[depth][j] <= maxEdits && depth + (m - j) < rows.length) {
          int at = n++;
          while (at > 0 && compareTails(j, tailStarts[at - 1]) < 0) {
            tailStarts[at] = tailStarts[at - 1];
            at--;
          }
          tailStarts[at] = j;
        }
      }
      FST.Arc<Long> at = children[depth + 1];
      if (at == null) {
        at = new FST.Arc<>();
        children[depth + 1] = at;
      }
      for (int t = 0; t < n; t++) {
        if (out.size() >= MAX_CANDIDATES) {
          return;
        }
        int j = tailStarts[t];
        at.copyFrom(arc);
        long o = output;
        int p = depth + 1;
        for (int q = j; q < m; q++, p++) {
          if (fst.findTargetArc(rest.charAt(q), at, at, r) == null) {
            break;
          }
          o += at.output();
          buf[p] = rest.charAt(q);
        }
        if (p - (depth + 1) == m - j && at.isFinal() && ((o + at.nextFinalOutput()) & mask) != 0) {
          out.add(new String(buf, 0, p));
        }
      }
    }

    /** Compares rest[a..) with rest[b..) as strings (a prefix first). */
    private int compareTails(int a, int b) {
      int m = rest.length();
      for (; a < m && b < m; a++, b++) {
        int c = Character.compare(rest.charAt(a), rest.charAt(b));
        if (c != 0) {
          return c;
        }
      }
      return a == m ? (b == m ? 0 : -1) : 1;
    }
  }
}
