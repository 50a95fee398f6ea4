package dev.redactor.internal.detect;

import dev.redactor.internal.analysis.WordSet;
import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.WordShapes;
import dev.redactor.internal.text.NormalizedText;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Finds dates written with a month name, in English and Spanish: {@code May 14}, {@code May 14th,
 * 2025}, {@code Sept. 5}, {@code 14 May}, {@code the 14th of May}, {@code 14 de mayo de 2025},
 * {@code mayo 14}, and month-and-year ({@code May 2025}, {@code mayo de 2025}) — a month is a
 * date element under Safe Harbor even without the day.
 *
 * <p>A month name alone is not a date, so "May we help?" and "march in" are not findings: a day
 * (1–31, valid for the month) or a four-digit year must be attached. Weekday names and relative
 * words ({@code tomorrow}) are not dates here.
 */
final class WrittenDateDetector implements Detector {
  private static final CharArrayMap<Integer> MONTHS = new CharArrayMap<>(64, false);

  /** The month names' shapes: most words of a message are no month. */
  private static final WordShapes MONTH_SHAPES = new WordShapes();

  private static void month(int m, String... names) {
    for (String s : names) {
      MONTHS.put(s, m);
      MONTH_SHAPES.add(s);
    }
  }

  static {
    month(1, "january", "jan", "enero", "ene");
    month(2, "february", "feb", "febrero");
    month(3, "march", "mar", "marzo");
    month(4, "april", "apr", "abril", "abr");
    month(5, "may", "mayo");
    month(6, "june", "jun", "junio");
    month(7, "july", "jul", "julio");
    month(8, "august", "aug", "agosto", "ago");
    month(9, "september", "sept", "sep", "septiembre", "setiembre", "set");
    month(10, "october", "oct", "octubre");
    month(11, "november", "nov", "noviembre");
    month(12, "december", "dec", "diciembre", "dic");
  }

  @Override
  public void detect(Analysis analysis, List<Detection> out) {
    NormalizedText v = analysis.base();
    char[] c = v.buffer();
    int n = v.length();
    int lastEnd = 0;
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(c[i]) || (i > 0 && Character.isLetterOrDigit(c[i - 1]))) {
        i++;
        continue;
      }
      int we = i;
      while (we < n && Character.isLetter(c[we])) {
        we++;
      }
      boolean maybe = !(we < n && Character.isDigit(c[we]))
          && MONTH_SHAPES.mayContain(c, i, we - i);
      Integer month = maybe ? MONTHS.get(c, i, we - i) : null;
      if (month != null && i >= lastEnd) {
        int end = match(v, c, n, i, we, month, out);
        if (end > 0) {
          lastEnd = end;
        }
      }
      i = we;
    }
  }

  /** Tries the patterns around the month word {@code [ms, me)}; returns the end or -1. */
  private static int match(NormalizedText v, char[] c, int n, int ms, int me, int month,
      List<Detection> out) {
    int p = me;
    // "Sept.", "dic.": a short form takes its dot; "May", "June", "mayo" are whole words and the
    // dot after them ends the sentence
    String word = new String(c, ms, me - ms);
    boolean abbreviation = me - ms <= 4 && !word.equalsIgnoreCase("may")
        && !word.equalsIgnoreCase("june") && !word.equalsIgnoreCase("july")
        && !word.equalsIgnoreCase("mayo");
    if (p < n && c[p] == '.' && abbreviation) {
      p++; // "Sept. 5", "dic. 3"
    }
    int compact = compact(c, n, ms, me, month);
    if (compact >= 0) {
      return emit(v, out, ms - (compact >>> 16), me + (compact & 0xFFFF), true, ms);
    }
    // Month Day[th][,] [Year]  |  Month [de|,] Year
    int q = skipSpaces(c, n, p, true);
    int[] num = new int[2];
    int dayEnd = number(c, n, q, num);
    if (dayEnd > 0 && num[1] <= 2) {
      int day = num[0];
      int e = ordinal(c, n, dayEnd);
      if (e < n && Character.isLetterOrDigit(c[e])) {
        return -1;
      }
      if (NumberDetector.validDay(month, day, -1)) {
        int end = e;
        int year = -1;
        int y = skipSpaces(c, n, skipComma(c, n, e), false);
        y = skipWord(c, n, y, "de", "del");
        int yearEnd = number(c, n, y, num);
        if (yearEnd > 0 && num[1] == 4 && plausibleYear(num[0])
            && (yearEnd == n || !Character.isLetterOrDigit(c[yearEnd]))) {
          year = num[0];
          end = yearEnd;
        }
        if (NumberDetector.validDay(month, day, year) && !unitFollows(v, e, year)
            && (year >= 0 || !ambiguousLowercase(v, c, ms, me) || dateLikeAfter(v, c, n, e))) {
          return emit(v, out, ms, end, year >= 0, ms);
        }
      }
    }
    int y = skipWord(c, n, skipSpaces(c, n, skipComma(c, n, p), false), "de", "del");
    int yearEnd = number(c, n, y, num);
    if (yearEnd > 0 && num[1] == 4 && plausibleYear(num[0])
        && (yearEnd == n || !Character.isLetterOrDigit(c[yearEnd]))) {
      // Day before the month: "14 May 2025", "14th of May", "14 de mayo de 2025"
      int dayStart = dayBefore(c, ms, month);
      return emit(v, out, dayStart >= 0 ? dayStart : ms, yearEnd, dayStart >= 0, ms);
    }
    int dayStart = dayBefore(c, ms, month);
    // "grades 6-12 may carry an inhaler": a lower-case "may" after a number is the verb unless
    // what follows goes with dates
    if (dayStart >= 0 && (!ambiguousLowercase(v, c, ms, me) || dateLikeAfter(v, c, n, me))) {
      return emit(v, out, dayStart, me + (abbreviation && me < n && c[me] == '.' ? 1 : 0), false,
          ms);
    }
    return -1;
  }

  /**
   * The compact forms of records and forms, one separator ('-' or '/') throughout: "12-Jun-1949",
   * "12/jun/1949" (day, month, year) and "Jun-12-1949" (month, day, year). Returns how far the
   * date reaches before the month word (high 16 bits) and after it (low 16 bits), or -1.
   */
  private static int compact(char[] c, int n, int ms, int me, int month) {
    if (me >= n || (c[me] != '-' && c[me] != '/')) {
      return -1;
    }
    char sep = c[me];
    int[] num = new int[2];
    // day before: "12-Jun-1949"
    if (ms >= 2 && c[ms - 1] == sep && Character.isDigit(c[ms - 2])) {
      int ds = ms - 2;
      while (ds > 0 && Character.isDigit(c[ds - 1]) && ms - 1 - ds < 2) {
        ds--;
      }
      boolean clean = ds == 0 || !Character.isLetterOrDigit(c[ds - 1]) && c[ds - 1] != sep;
      int day = Integer.parseInt(new String(c, ds, ms - 1 - ds));
      int yearEnd = number(c, n, me + 1, num);
      if (clean && yearEnd > 0 && num[1] == 4 && plausibleYear(num[0])
          && (yearEnd == n || !Character.isLetterOrDigit(c[yearEnd]))
          && NumberDetector.validDay(month, day, num[0])) {
        return (ms - ds) << 16 | (yearEnd - me);
      }
      return -1;
    }
    // day after: "Jun-12-1949"
    int dayEnd = number(c, n, me + 1, num);
    if (dayEnd > 0 && num[1] <= 2 && dayEnd < n && c[dayEnd] == sep) {
      int day = num[0];
      int yearEnd = number(c, n, dayEnd + 1, num);
      if (yearEnd > 0 && num[1] == 4 && plausibleYear(num[0])
          && (yearEnd == n || !Character.isLetterOrDigit(c[yearEnd]))
          && NumberDetector.validDay(month, day, num[0])) {
        return yearEnd - me;
      }
    }
    return -1;
  }

  /** Start of "14 ", "14th ", "14th of ", "14 de ", "el 14 de " before the month, or -1. */
  private static int dayBefore(char[] c, int ms, int month) {
    int p = ms - 1;
    if (p < 0 || c[p] != ' ') {
      return -1;
    }
    while (p >= 0 && c[p] == ' ') {
      p--;
    }
    int wordEnd = p + 1;
    while (p >= 0 && Character.isLetter(c[p])) {
      p--;
    }
    String w = new String(c, p + 1, wordEnd - p - 1);
    if (w.equals("of") || w.equals("de")) {
      while (p >= 0 && c[p] == ' ') {
        p--;
      }
    } else {
      p = wordEnd - 1;
    }
    int e = p + 1;
    // ordinal suffix
    int s = e;
    while (s > 0 && Character.isLetter(c[s - 1]) && e - s < 2) {
      s--;
    }
    if (s < e && !isOrdinalSuffix(c, s, e)) {
      return -1;
    }
    int ds = s;
    while (ds > 0 && Character.isDigit(c[ds - 1]) && s - ds < 2) {
      ds--;
    }
    if (ds == s || (ds > 0 && Character.isLetterOrDigit(c[ds - 1]))
        || (ds > 0 && (c[ds - 1] == '/' || c[ds - 1] == '.' || c[ds - 1] == ':'))) {
      return -1;
    }
    int day = 0;
    for (int k = ds; k < s; k++) {
      day = day * 10 + (c[k] - '0');
    }
    return NumberDetector.validDay(month, day, -1) ? ds : -1;
  }

  private static boolean isOrdinalSuffix(char[] c, int s, int e) {
    if (e - s != 2) {
      return false;
    }
    String suf = new String(c, s, 2);
    return suf.equals("st") || suf.equals("nd") || suf.equals("rd") || suf.equals("th");
  }

  private static int ordinal(char[] c, int n, int p) {
    if (p + 2 <= n && isOrdinalSuffix(c, p, p + 2)
        && (p + 2 == n || !Character.isLetterOrDigit(c[p + 2]))) {
      return p + 2;
    }
    return p;
  }

  /** Month words that are also ordinary words ("may", "march", "mar", "ago", "sep"). */
  private static final WordSet AMBIGUOUS =
      WordSet.spaced(" may march mar ago sep sept dec jan jun ");

  /** A lower-case ambiguous month word: "you may 2 choose" is not a date, "May 2" is. */
  private static boolean ambiguousLowercase(NormalizedText v, char[] c, int ms, int me) {
    if (!AMBIGUOUS.contains(new String(c, ms, me - ms))) {
      return false;
    }
    int o = v.originalStart(ms);
    return !Character.isUpperCase(v.original().codePointAt(o));
  }

  /** After the day: punctuation, the end, or a word that goes with dates ("at 3", "a las"). */
  private static boolean dateLikeAfter(NormalizedText v, char[] c, int n, int e) {
    int p = e;
    while (p < n && c[p] == ' ') {
      p++;
    }
    if (p >= n || !Character.isLetterOrDigit(c[p])) {
      return true;
    }
    return Context.startsWith(Context.after(v, e, 1), " at ", " from ", " to ", " and ", " or ",
        " between ", " through ", " thru ", " until ", " a ", " de ", " del ", " en ", " por ",
        " para ", " hasta ", " y ", " o ", " pm ", " am ");
  }

  private static boolean unitFollows(NormalizedText v, int end, int year) {
    if (year >= 0) {
      return false;
    }
    String after = Context.after(v, end, 1);
    return Context.startsWith(after, " times ", " people ", " patients ", " miles ", " mg ",
        " days ", " weeks ", " hours ", " minutes ", " units ", " pills ", " tablets ", " years ",
        " veces ", " personas ", " dias ", " semanas ", " horas ", " am ", " pm ");
  }

  private static boolean plausibleYear(int y) {
    return y >= 1900 && y <= 2100;
  }

  private static int emit(NormalizedText v, List<Detection> out, int vs, int ve, boolean full,
      int monthStart) {
    int flags = full ? Detection.FULL_DATE : 0;
    if (NumberDetector.dobBefore(v, Math.min(vs, monthStart))) {
      flags |= Detection.DOB;
    }
    long r = v.toOriginal(vs, ve);
    out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r), Category.DATE,
        "date", full ? 0.95 : 0.85, flags));
    return ve;
  }

  private static int skipSpaces(char[] c, int n, int p, boolean requireOne) {
    int q = p;
    while (q < n && c[q] == ' ') {
      q++;
    }
    return requireOne && q == p ? -1 : q;
  }

  private static int skipComma(char[] c, int n, int p) {
    return p >= 0 && p < n && c[p] == ',' ? p + 1 : p;
  }

  private static int skipWord(char[] c, int n, int p, String... words) {
    if (p < 0) {
      return p;
    }
    for (String w : words) {
      int e = p + w.length();
      if (e < n && c[e] == ' ' && new String(c, p, w.length()).equals(w)) {
        return skipSpaces(c, n, e, false);
      }
    }
    return p;
  }

  /** Reads digits at {@code p} into {@code out[0]} (value) and {@code out[1]} (count); returns the end or -1. */
  private static int number(char[] c, int n, int p, int[] out) {
    if (p < 0 || p >= n || !Character.isDigit(c[p])) {
      return -1;
    }
    int v = 0;
    int q = p;
    while (q < n && Character.isDigit(c[q]) && q - p < 5) {
      v = v * 10 + (c[q] - '0');
      q++;
    }
    if (q < n && Character.isDigit(c[q])) {
      return -1;
    }
    out[0] = v;
    out[1] = q - p;
    return q;
  }
}
