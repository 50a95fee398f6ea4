package dev.redactor.bench;

import dev.redactor.internal.dict.Entry;
import dev.redactor.internal.dict.Lexicons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-rolled baseline a team would write instead of Redactor: {@code java.util.regex}
 * alternations built from the same bundled term lists (names, specialties, conditions,
 * procedures, medications; not the WORD and ALLOW lists) plus the usual identifier patterns
 * (phone, SSN, e-mail, dates, URL, ZIP, labelled ids, ages over 89).
 *
 * <p>The term alternation is factored into a trie ({@code ca(?:rdiology|ncer)}), the standard
 * trick for large word lists. {@link #flat} is the same list as one flat alternation, the
 * pattern a team writes first: it tries every word at every position. Both match
 * case-insensitively (Unicode), between non-letters, with a space in a term matching any run of
 * spaces or hyphens. It knows nothing of context,
 * plurals, misspellings or disguises, so it finds a superset of Redactor's dictionary findings on
 * plain text (every {@code will}, {@code may} and {@code grace}) and misses the disguised ones.
 * Thread-safe; {@link #count} reuses a matcher per thread, {@link #find} makes new ones.
 */
final class RegexBaseline {
  /** What a match is: a dictionary term or an identifier. */
  enum Kind { TERM, IDENTIFIER }

  /** One match, by UTF-16 offsets into the text. */
  record Match(int start, int end, Kind kind) {}

  static final String IDENTIFIERS = String.join("|",
      "\\(?\\b\\d{3}\\)?[-. ]?\\d{3}[-. ]\\d{4}\\b", // phone
      "\\b\\d{3}-\\d{2}-\\d{4}\\b", // SSN
      "\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b", // e-mail
      "\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b", // numeric date
      "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?"
          + "(?:,? \\d{4})?\\b", // written date
      "\\b(?:https?://|www\\.)[^\\s]+", // URL
      "\\b\\d{5}(?:-\\d{4})?\\b", // ZIP
      "\\b(?:mrn|member id|id|rx|account|acct|policy)\\s*[:#]?\\s*[a-z0-9-]*\\d[a-z0-9-]{3,}\\b",
      "\\b(?:9\\d|1[01]\\d)[- ]years?[- ]old\\b"); // age over 89

  private final Pattern terms;
  private final Pattern identifiers;
  private final int termCount;
  private final ThreadLocal<Matcher[]> matchers;

  private RegexBaseline(Pattern terms, Pattern identifiers, int termCount) {
    this.terms = terms;
    this.identifiers = identifiers;
    this.termCount = termCount;
    this.matchers = ThreadLocal.withInitial(
        () -> new Matcher[] {terms.matcher(""), identifiers.matcher("")});
  }

  /** The baseline over every bundled finding list. */
  static RegexBaseline bundled() {
    return of(bundledTerms());
  }

  /** The bundled terms of the finding lists (names, specialties, conditions, ...). */
  private static List<String> bundledTerms() {
    List<String> list = new ArrayList<>();
    for (Entry e : Lexicons.bundledEntries(java.util.Set.of())) {
      if (e.kind().category() != null) {
        list.add(e.term());
      }
    }
    return list;
  }

  /**
   * The same terms as one flat alternation, longest first ({@code cancer|cardiology|...}): the
   * pattern a team writes first, before it learns to factor the list. Every term is tried at
   * every position between non-letters, so it costs about 25–30 ms per 160 characters.
   */
  static RegexBaseline flat() {
    return flat(bundledTerms());
  }

  /** {@code termList} as one flat alternation, longest first (see {@link #flat()}). */
  static RegexBaseline flat(List<String> termList) {
    List<String> list = new ArrayList<>(termList);
    list.sort((a, b) -> Integer.compare(b.length(), a.length()));
    StringBuilder sb = new StringBuilder(list.size() * 12);
    sb.append("(?<![\\p{L}\\p{N}])(?:");
    for (int k = 0; k < list.size(); k++) {
      if (k > 0) {
        sb.append('|');
      }
      String t = list.get(k);
      for (int i = 0; i < t.length(); i++) {
        appendChar(t.charAt(i), sb);
      }
    }
    sb.append(")(?![\\p{L}\\p{N}])");
    return compile(sb.toString(), list.size());
  }

  /** {@code termList} as an alternation factored into a trie (see the class comment). */
  static RegexBaseline of(List<String> termList) {
    Node root = new Node();
    for (String t : termList) {
      Node n = root;
      for (int i = 0; i < t.length(); i++) {
        n = n.next.computeIfAbsent(t.charAt(i), c -> new Node());
      }
      n.end = true;
    }
    StringBuilder sb = new StringBuilder(termList.size() * 8);
    sb.append("(?<![\\p{L}\\p{N}])(?:");
    emit(root, sb);
    sb.append(")(?![\\p{L}\\p{N}])");
    return compile(sb.toString(), termList.size());
  }

  private static RegexBaseline compile(String termPattern, int termCount) {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return new RegexBaseline(Pattern.compile(termPattern, flags),
        Pattern.compile(IDENTIFIERS, flags), termCount);
  }

  int termCount() {
    return termCount;
  }

  /**
   * Number of matches of both patterns (what the benchmark consumes). Reuses one pair of matchers
   * per thread: a {@link Matcher} of the term pattern allocates about 1.7 MB of match state (one
   * slot per optional group of the trie), which would otherwise dominate short messages.
   */
  int count(String text) {
    Matcher[] pair = matchers.get();
    int n = 0;
    Matcher m = pair[0].reset(text);
    while (m.find()) {
      n++;
    }
    m = pair[1].reset(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Every match, terms first. */
  List<Match> find(String text) {
    List<Match> out = new ArrayList<>();
    Matcher m = terms.matcher(text);
    while (m.find()) {
      out.add(new Match(m.start(), m.end(), Kind.TERM));
    }
    m = identifiers.matcher(text);
    while (m.find()) {
      out.add(new Match(m.start(), m.end(), Kind.IDENTIFIER));
    }
    return out;
  }

  /** One character of a term as a pattern: a space matches a run of spaces or hyphens. */
  private static void appendChar(char c, StringBuilder sb) {
    if (c == ' ') {
      sb.append("[\\s-]+");
    } else if (c == '-') {
      sb.append("[\\s-]?");
    } else if (Character.isLetterOrDigit(c)) {
      sb.append(c);
    } else {
      sb.append(Pattern.quote(String.valueOf(c)));
    }
  }

  private static final class Node {
    final Map<Character, Node> next = new TreeMap<>();
    boolean end;
  }

  /** Writes the alternation of {@code n}'s children; longest first by greediness. */
  private static void emit(Node n, StringBuilder sb) {
    boolean first = true;
    for (Map.Entry<Character, Node> e : n.next.entrySet()) {
      if (!first) {
        sb.append('|');
      }
      first = false;
      appendChar(e.getKey(), sb);
      Node child = e.getValue();
      if (child.next.isEmpty()) {
        continue;
      }
      sb.append("(?:");
      emit(child, sb);
      sb.append(child.end ? ")?" : ")");
    }
  }
}
