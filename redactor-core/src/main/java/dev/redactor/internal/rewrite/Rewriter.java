package dev.redactor.internal.rewrite;

import dev.redactor.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes ranges from a message and repairs the sentence around each removal, so the result reads
 * as if a person had written it without the removed part.
 *
 * <p>The text is split into tokens (words, spaces, line breaks, punctuation). Removal marks
 * tokens; then, around each removal only:
 *
 * <ol>
 *   <li>a connector left hanging before the removed part goes with it ("call you <u>at</u>
 *       617-555-0142", "<u>your</u> MRN 123") and so do brackets around it;
 *   <li>doubled punctuation collapses (", ," → ","; ", ." → "."), punctuation never starts a
 *       sentence, spaces never precede {@code , . ; : ! ?};
 *   <li>{@code a}/{@code an} agree with the word now following;
 *   <li>a sentence left with no content word ("Your ." after removing "MRN 123") is dropped;
 *   <li>a sentence whose first word was removed starts with a capital again.
 * </ol>
 *
 * <p>Returns null when nothing worth sending remains. Stateless and thread-safe.
 */
public final class Rewriter {
  private Rewriter() {}

  private static final Set<String> CONNECTORS =
      Set.of(
          "at", "to", "on", "for", "with", "of", "from", "by", "via", "is", "as", "under",
          "using", "#", "in", "about", "regarding", "en", "al", "de", "del", "para", "con", "por",
          "es", "sobre");

  private static final Set<String> DETERMINERS =
      Set.of("your", "his", "her", "their", "the", "our", "my", "su", "sus", "tu", "el", "la");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "your", "my", "his", "her", "their", "our", "the", "a", "an", "is", "are", "was", "be",
          "at", "to", "on", "for", "with", "of", "from", "by", "and", "or", "as", "number", "no",
          "su", "sus", "el", "la", "los", "las", "de", "del", "en", "es", "y", "o", "con", "por",
          "para", "un", "una", "it", "this", "that", "its", "you", "we", "us", "here", "has",
          "have", "will", "al", "lo", "le", "se", "mi", "tu");

  enum Kind {
    WORD,
    SPACE,
    NEWLINE,
    PUNCT
  }

  static final class Tok {
    final Kind kind;
    final String text;
    boolean removed;
    /** A generic word put in place of a removed term. */
    boolean generalized;
    /** A removal happened right before this token (in the kept sequence). */
    boolean afterGap;

    Tok(Kind kind, String text) {
      this.kind = kind;
      this.text = text;
    }

    boolean is(String s) {
      return text.equalsIgnoreCase(s);
    }

    boolean isSentenceEnd() {
      return kind == Kind.NEWLINE
          || (kind == Kind.PUNCT && (text.equals(".") || text.equals("!") || text.equals("?")));
    }
  }

  /**
   * One part to remove, in UTF-16 offsets: {@code from} is where a label starts ("MRN 123", "aged
   * 92") or the value itself; {@code to} may run past the value ("92-year-old").
   *
   * @param from start of the label, or of the value when there is none
   * @param valueStart start of the value
   * @param to end of what to remove
   */
  public record Removal(int from, int valueStart, int to, @Nullable Category category,
      @Nullable String replacement) {
    /** Validates the offsets. */
    public Removal {
      if (from < 0 || from > valueStart || valueStart >= to) {
        throw new IllegalArgumentException("bad removal [" + from + ", " + valueStart + ", " + to
            + ")");
      }
    }

    /** A plain removal. */
    public Removal(int from, int valueStart, int to) {
      this(from, valueStart, to, null, null);
    }

    boolean labelled() {
      return from < valueStart;
    }
  }

  /**
   * {@code text} without the given parts, repaired.
   *
   * @return the rewritten text, or null if no sentence with content remains
   */
  public static @Nullable String rewrite(String text, List<Removal> removals) {
    int[][] ranges = new int[removals.size()][];
    boolean[] labelled = new boolean[removals.size()];
    for (int i = 0; i < removals.size(); i++) {
      Removal r = removals.get(i);
      // A label that is the subject of the sentence stays: "Rx #7788123 is ready" becomes
      // "Rx is ready", not "Is ready".
      boolean subject = r.labelled() && verbFollows(text, r.to);
      ranges[i] = new int[] {subject ? r.valueStart : r.from, r.to};
      labelled[i] = r.labelled() && !subject;
    }
    List<Tok> toks = tokenize(text, ranges);
    String[] replacements = Generalizer.replacements(text, toks, ranges, removals);
    markRemovals(toks, ranges, labelled, replacements);
    List<Tok> kept = new ArrayList<>(toks.size());
    boolean gap = false;
    for (Tok t : toks) {
      if (t.removed) {
        gap = true;
        continue;
      }
      t.afterGap = gap || t.generalized;
      gap = false;
      kept.add(t);
    }
    if (gap) {
      kept.add(gapMarker());
    }
    repair(kept);
    String out = join(dropEmptySentences(kept));
    return hasLetter(out) ? out : null;
  }

  private static final Set<String> VERBS =
      Set.of("is", "was", "are", "were", "will", "has", "have", "had", "can", "should", "es",
          "está", "esta", "fue", "ha", "será", "sera", "estará", "estara");

  private static boolean verbFollows(String text, int to) {
    int i = to;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i && VERBS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
  }

  private static Tok gapMarker() {
    Tok t = new Tok(Kind.SPACE, "");
    t.afterGap = true;
    return t;
  }

  /** Splits into tokens, also at every range boundary. */
  private static List<Tok> tokenize(String text, int[][] ranges) {
    boolean[] cut = new boolean[text.length() + 1];
    for (int[] r : ranges) {
      cut[r[0]] = true;
      cut[r[1]] = true;
    }
    List<Tok> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int j = i + 1;
      Kind kind;
      if (c == '\n' || c == '\r') {
        kind = Kind.NEWLINE;
        while (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r') && !cut[j]) {
          j++;
        }
      } else if (Character.isWhitespace(c) || c == '\u00a0') {
        kind = Kind.SPACE;
        while (j < n && isSpace(text.charAt(j)) && !cut[j]) {
          j++;
        }
      } else if (isWordChar(text, i)) {
        kind = Kind.WORD;
        while (j < n && !cut[j] && (isWordChar(text, j) || isInnerPunct(text, j))) {
          j++;
        }
      } else {
        kind = Kind.PUNCT;
        if (Character.isHighSurrogate(c) && j < n) {
          j++;
        }
      }
      out.add(new Tok(kind, text.substring(i, j)));
      i = j;
    }
    return out;
  }

  private static void markRemovals(List<Tok> toks, int[][] ranges, boolean[] labelled,
      String[] replacements) {
    int[] starts = new int[toks.size() + 1];
    int pos = 0;
    for (int k = 0; k < toks.size(); k++) {
      starts[k] = pos;
      pos += toks.get(k).text.length();
    }
    starts[toks.size()] = pos;
    for (int r = 0; r < ranges.length; r++) {
      int first = -1;
      int last = -1;
      for (int k = firstTokenAt(starts, toks.size(), ranges[r][0]);
          k < toks.size() && starts[k + 1] <= ranges[r][1]; k++) {
        toks.get(k).removed = true;
        if (first < 0) {
          first = k;
        }
        last = k;
      }
      if (first < 0) {
        continue;
      }
      String repl = replacements[r];
      if (repl != null && !repl.isEmpty()) {
        // generalize instead of removing: "your crown prep is" -> "your appointment is"
        int before = prevNonSpace(toks, first - 1);
        boolean start = before < 0 || toks.get(before).isSentenceEnd()
            || toks.get(before).is(":");
        Tok replacement = new Tok(Kind.WORD, start ? capitalize(repl) : repl);
        replacement.generalized = true;
        toks.set(first, replacement);
        continue;
      }
      extend(toks, first, last, labelled[r]);
    }
  }

  /** Takes a hanging connector, a possessive before a label, brackets and a doubled comma. */
  private static void extend(List<Tok> toks, int first, int last, boolean labelled) {
    int before = prevNonSpace(toks, first - 1);
    int after = nextNonSpace(toks, last + 1);
    // brackets: "(MRN 123)"
    if (before >= 0 && after >= 0 && toks.get(before).is("(") && toks.get(after).is(")")) {
      removeRange(toks, before, after);
      before = prevNonSpace(toks, before - 1);
      after = nextNonSpace(toks, after + 1);
    }
    // a connector right before: "at", "to", "number", "#", ":"
    boolean tookConnector = false;
    while (before >= 0 && isConnector(toks.get(before))) {
      toks.get(before).removed = true;
      removeSpacesBetween(toks, before, first);
      tookConnector = true;
      first = before;
      before = prevNonSpace(toks, before - 1);
    }
    // a coordinated noun phrase: "bring [your ID 123] and a photo ID" -> "bring a photo ID"
    if (after >= 0 && isConjunction(toks.get(after))
        && (before < 0 || !toks.get(before).is(","))) {
      int nextWord = nextNonSpace(toks, after + 1);
      if (nextWord >= 0 && startsNounPhrase(toks.get(nextWord))) {
        toks.get(after).removed = true;
        removeSpacesBetween(toks, last, nextWord);
      }
    }
    // the possessive of a removed label ("your MRN 123"), or one left hanging at the end of a
    // clause ("we have your cell as 617-555-0142.")
    if (before >= 0 && toks.get(before).kind == Kind.WORD
        && DETERMINERS.contains(toks.get(before).text.toLowerCase(Locale.ROOT))
        && (labelled || tookConnector && endsClause(toks, after))) {
      toks.get(before).removed = true;
      removeSpacesBetween(toks, before, first);
    }
  }

  private static boolean isConjunction(Tok t) {
    return t.kind == Kind.WORD && (t.is("and") || t.is("or") || t.is("y") || t.is("o"))
        || t.is("&");
  }

  /** A determiner, a proper noun, or something identifier-like starts a noun phrase. */
  private static boolean startsNounPhrase(Tok t) {
    if (t.kind != Kind.WORD) {
      return false;
    }
    String w = t.text.toLowerCase(Locale.ROOT);
    if (DETERMINERS.contains(w) || w.equals("a") || w.equals("an") || w.equals("un")
        || w.equals("una") || w.equals("los") || w.equals("las")) {
      return true;
    }
    for (int i = 0; i < t.text.length(); i++) {
      char c = t.text.charAt(i);
      if (Character.isDigit(c) || c == '@' || c == '.') {
        return true;
      }
    }
    return Character.isUpperCase(t.text.charAt(0));
  }

  private static boolean endsClause(List<Tok> toks, int after) {
    if (after < 0) {
      return true;
    }
    Tok t = toks.get(after);
    return t.isSentenceEnd() || t.is(",") || t.is(";") || t.is(":");
  }

  private static boolean isConnector(Tok t) {
    if (t.removed) {
      return false;
    }
    if (t.kind == Kind.PUNCT) {
      return t.is(":") || t.is("#");
    }
    return t.kind == Kind.WORD && CONNECTORS.contains(t.text.toLowerCase(Locale.ROOT));
  }

  private static void removeRange(List<Tok> toks, int from, int to) {
    for (int k = from; k <= to; k++) {
      toks.get(k).removed = true;
    }
  }

  private static void removeSpacesBetween(List<Tok> toks, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (toks.get(k).kind == Kind.SPACE) {
        toks.get(k).removed = true;
      }
    }
  }

  private static int prevNonSpace(List<Tok> toks, int k) {
    while (k >= 0 && (toks.get(k).kind == Kind.SPACE || toks.get(k).removed)) {
      k--;
    }
    return k;
  }

  private static int nextNonSpace(List<Tok> toks, int k) {
    while (k < toks.size() && (toks.get(k).kind == Kind.SPACE || toks.get(k).removed)) {
      k++;
    }
    return k < toks.size() ? k : -1;
  }

  // ---- repair of the kept sequence ----------------------------------------------------------

  private static void repair(List<Tok> kept) {
    // Punctuation and spacing around gaps, a/an agreement, capitals.
    for (int k = 0; k < kept.size(); k++) {
      Tok t = kept.get(k);
      if (!t.afterGap) {
        continue;
      }
      fixAround(kept, k);
    }
    collapseSpaces(kept);
  }

  private static void fixAround(List<Tok> kept, int k) {
    // the previous kept non-space token and the next one
    int prev = k - 1;
    while (prev >= 0 && kept.get(prev).kind == Kind.SPACE) {
      prev--;
    }
    int next = k;
    while (next < kept.size() && kept.get(next).kind == Kind.SPACE) {
      next++;
    }
    Tok p = prev >= 0 ? kept.get(prev) : null;
    Tok q = next < kept.size() ? kept.get(next) : null;
    // ", ," → ","; ", ." / ": ." → "."
    if (p != null && q != null && isSoftPunct(p) && isSoftPunct(q)) {
      kept.set(next, new Tok(Kind.SPACE, ""));
      q = nextToken(kept, next + 1);
      next = q == null ? kept.size() : kept.indexOf(q);
    } else if (p != null && q != null && isSoftPunct(p) && q.isSentenceEnd()) {
      kept.set(prev, new Tok(Kind.SPACE, ""));
      prev--;
      while (prev >= 0 && kept.get(prev).kind == Kind.SPACE) {
        prev--;
      }
      p = prev >= 0 ? kept.get(prev) : null;
      if (p == null) {
        prev = -1;
      }
    }
    // hanging connector before a sentence end: "call you at." → "call you."
    if (p != null && p.kind == Kind.WORD && isPreposition(p)
        && (q == null || q.isSentenceEnd() || isSoftPunct(q))) {
      kept.set(prev, new Tok(Kind.SPACE, ""));
    }
    // sentence start after a gap: no leading ", "; capital letter
    boolean sentenceStart = p == null || p.isSentenceEnd();
    if (sentenceStart && q != null && q.kind == Kind.PUNCT && isSoftPunct(q)) {
      kept.set(next, new Tok(Kind.SPACE, ""));
      next++;
      while (next < kept.size() && kept.get(next).kind == Kind.SPACE) {
        next++;
      }
      q = next < kept.size() ? kept.get(next) : null;
    }
    if (sentenceStart && q != null && q.kind == Kind.WORD && !q.text.isEmpty()
        && Character.isLowerCase(q.text.charAt(0))) {
      kept.set(next, new Tok(Kind.WORD, capitalize(q.text)));
    }
    // a/an agreement: "a MRN" never occurs, but "an [removed] appointment" → "an appointment"
    if (p != null && p.kind == Kind.WORD && (p.is("a") || p.is("an")) && q != null
        && q.kind == Kind.WORD) {
      String article = startsWithVowelSound(q.text) ? "an" : "a";
      if (Character.isUpperCase(p.text.charAt(0))) {
        article = capitalize(article);
      }
      kept.set(prev, new Tok(Kind.WORD, article));
    }
  }

  private static Tok nextToken(List<Tok> kept, int from) {
    for (int k = from; k < kept.size(); k++) {
      if (kept.get(k).kind != Kind.SPACE) {
        return kept.get(k);
      }
    }
    return null;
  }

  private static boolean isPreposition(Tok t) {
    String w = t.text.toLowerCase(Locale.ROOT);
    return w.equals("at") || w.equals("to") || w.equals("on") || w.equals("for")
        || w.equals("with") || w.equals("of") || w.equals("from") || w.equals("by")
        || w.equals("via") || w.equals("in") || w.equals("about") || w.equals("en")
        || w.equals("de") || w.equals("para")
        || w.equals("con") || w.equals("por") || w.equals("a") || w.equals("al");
  }

  private static boolean isSoftPunct(Tok t) {
    return t.kind == Kind.PUNCT && (t.is(",") || t.is(";") || t.is(":") || t.is("-"));
  }

  static boolean startsWithVowelSound(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("hour") || w.startsWith("honest") || w.startsWith("honor")
        || w.startsWith("heir")) {
      return true;
    }
    if (w.startsWith("uni") || w.startsWith("use") || w.startsWith("usu") || w.startsWith("eu")
        || w.startsWith("one") || w.startsWith("once") || w.startsWith("ur")) {
      return false;
    }
    return !w.isEmpty() && "aeiou".indexOf(w.charAt(0)) >= 0;
  }

  private static String capitalize(String s) {
    int cp = s.codePointAt(0);
    return new StringBuilder(s.length())
        .appendCodePoint(Character.toTitleCase(cp))
        .append(s, Character.charCount(cp), s.length())
        .toString();
  }

  private static void collapseSpaces(List<Tok> kept) {
    List<Tok> out = new ArrayList<>(kept.size());
    for (Tok t : kept) {
      if (t.kind == Kind.SPACE && t.text.isEmpty()) {
        continue;
      }
      Tok last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (t.kind == Kind.SPACE) {
        if (last == null || last.kind == Kind.SPACE || last.kind == Kind.NEWLINE || last.is("(")) {
          continue;
        }
      }
      if (t.kind == Kind.PUNCT && last != null && last.kind == Kind.SPACE
          && (t.is(",") || t.is(".") || t.is(";") || t.is(":") || t.is("!") || t.is("?")
              || t.is(")"))) {
        out.remove(out.size() - 1);
      }
      if (t.kind == Kind.NEWLINE && last != null && last.kind == Kind.SPACE) {
        out.remove(out.size() - 1);
      }
      out.add(t);
    }
    kept.clear();
    kept.addAll(out);
  }

  /** Drops sentences with no content word that were changed by a removal. */
  private static List<Tok> dropEmptySentences(List<Tok> kept) {
    List<Tok> out = new ArrayList<>(kept.size());
    int s = 0;
    while (s < kept.size()) {
      int e = s;
      boolean touched = false;
      while (e < kept.size() && !kept.get(e).isSentenceEnd()) {
        touched |= kept.get(e).afterGap;
        e++;
      }
      int end = e < kept.size() ? e + 1 : e; // include the sentence end
      // also include the gap flag of the terminator itself
      if (e < kept.size()) {
        touched |= kept.get(e).afterGap;
      }
      boolean content = false;
      for (int k = s; k < e && !content; k++) {
        Tok t = kept.get(k);
        content = t.kind == Kind.WORD && !FUNCTION_WORDS.contains(t.text.toLowerCase(Locale.ROOT));
      }
      if (content || !touched) {
        for (int k = s; k < end; k++) {
          out.add(kept.get(k));
        }
      } else if (e < kept.size() && kept.get(e).kind == Kind.NEWLINE) {
        out.add(kept.get(e));
      }
      s = end;
    }
    return out;
  }

  private static String join(List<Tok> toks) {
    StringBuilder sb = new StringBuilder();
    for (Tok t : toks) {
      sb.append(t.text);
    }
    // trim spaces and leading sentence separators
    int a = 0;
    int b = sb.length();
    while (a < b && Character.isWhitespace(sb.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(sb.charAt(b - 1))) {
      b--;
    }
    return sb.substring(a, b);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c != '\n' && c != '\r' && (Character.isWhitespace(c) || c == '\u00a0');
  }

  private static boolean isWordChar(String s, int i) {
    char c = s.charAt(i);
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060';
  }

  /** Apostrophes, hyphens, dots and slashes inside a word ("O'Brien", "follow-up", "Dr."). */
  private static boolean isInnerPunct(String s, int i) {
    char c = s.charAt(i);
    if (c != '\'' && c != '\u2019' && c != '-' && c != '@' && c != '/' && c != '_') {
      return false;
    }
    return i + 1 < s.length() && isWordChar(s, i + 1);
  }

  /**
   * The first of the {@code n} tokens whose start ({@code starts}, non-decreasing) is at or after
   * {@code pos}; {@code n} if none. The tokens inside a range are the run from there whose ends
   * stay inside it: a binary search instead of a scan over every token for every range, which made
   * rewriting a message with many findings quadratic.
   */
  static int firstTokenAt(int[] starts, int n, int pos) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
