package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.analysis.WordSet;
import dev.redactor.internal.text.NormalizedText;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Finds identifiers and dates written as words, the way a voicemail script, a text-to-speech
 * prompt or a call transcript gives them: "call us at five five five, oh one four eight", "account
 * number seven, seven, four, oh, two", "your social as oh seven eight, oh five, one one two oh",
 * "member ID H, Z, W, nine two two, four eight", "date of birth August second, nineteen
 * forty-one", "nueve de septiembre de mil novecientos ochenta y cinco"; and e-mail addresses
 * spoken word by word ("r dot hollis seventy-two at example dot com").
 *
 * <p>A run of number words (and spelled capital letters) separated only by spaces, commas or
 * hyphens is read as the digits it speaks ("seventy-two" is 72, "double five" 55, "eight hundred"
 * 800). It is an identifier when a label names one within the six words before it (social
 * security, medical record, member, account, prescription, serial, license...), or a phone number
 * when it speaks seven, ten or eleven digits; whose phone it is, {@link ContactContext} decides as
 * for digits. Amounts, times and doses ("two hundred forty-six dollars", "nine fifteen a.m.",
 * "sixteen milligrams") are none. Dates need a month name and a day or a year in words.
 */
final class SpokenNumberDetector implements Detector {

  private static final CharArrayMap<Integer> UNITS = new CharArrayMap<>(64, false);
  private static final CharArrayMap<Integer> TEENS = new CharArrayMap<>(64, false);
  private static final CharArrayMap<Integer> TENS = new CharArrayMap<>(64, false);
  private static final CharArrayMap<Integer> HUNDREDS = new CharArrayMap<>(64, false);
  private static final CharArrayMap<Integer> ORDINALS = new CharArrayMap<>(64, false);

  private static void put(CharArrayMap<Integer> m, int first, String... words) {
    for (int k = 0; k < words.length; k++) {
      m.put(words[k], first + k);
    }
  }

  static {
    put(UNITS, 0, "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine");
    put(UNITS, 0, "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
        "nueve");
    UNITS.put("oh", 0);
    put(TEENS, 10, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen");
    put(TEENS, 10, "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis",
        "diecisiete", "dieciocho", "diecinueve");
    put(TEENS, 21, "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco",
        "veintiseis", "veintisiete", "veintiocho", "veintinueve");
    put(TENS, 2, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    put(TENS, 2, "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
        "noventa");
    put(HUNDREDS, 2, "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
        "setecientos", "ochocientos", "novecientos");
    HUNDREDS.put("cien", 1);
    HUNDREDS.put("ciento", 1);
    put(ORDINALS, 1, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    ORDINALS.put("thirtieth", 30);
    ORDINALS.put("primero", 1);
  }

  private static final String MONTH_WORDS = " january february march april may june july august"
      + " september october november december enero febrero marzo abril mayo junio julio agosto"
      + " septiembre setiembre octubre noviembre diciembre ";

  /** Number words, months and "dot": the words this detector starts from. */
  private static final WordSet TRIGGERS;

  static {
    StringBuilder b = new StringBuilder(" hundred double triple mil thousand ");
    for (CharArrayMap<Integer> m : List.of(UNITS, TEENS, TENS, HUNDREDS)) {
      for (Object w : m.keySet()) {
        b.append((char[]) w).append(' ');
      }
    }
    TRIGGERS = WordSet.spaced(b + MONTH_WORDS + " dot ");
  }

  private static final WordSet MONTHS = WordSet.spaced(MONTH_WORDS);

  /** What follows an amount, a time or a dose, not an identifier. */
  private static final WordSet QUANTITY_AFTER = WordSet.spaced(" dollars dollar bucks cents"
      + " percent pounds lbs milligrams mg units tablets pills years year months weeks days hours"
      + " minutes am pm a p o'clock times dolares pesos centavos por ciento libras miligramos"
      + " unidades pastillas tabletas anos meses semanas dias horas minutos veces ");

  /** A label word before a spoken identifier, and what it names. */
  private record SpokenLabel(WordSet words, Category category, String kind) {}

  private static final SpokenLabel[] LABELS = {
    new SpokenLabel(WordSet.spaced(" social ssn "), Category.SSN, "ssn"),
    new SpokenLabel(WordSet.spaced(" record mrn chart expediente "), Category.MRN, "mrn"),
    new SpokenLabel(WordSet.spaced(" member subscriber policy medicare medicaid afiliado poliza"
        + " miembro beneficiary beneficiario "), Category.HEALTH_PLAN_ID, "member-id"),
    new SpokenLabel(WordSet.spaced(" account acct cuenta invoice factura "), Category.ACCOUNT,
        "account"),
    new SpokenLabel(WordSet.spaced(" prescription rx receta claim reclamo "), Category.OTHER_ID,
        "id"),
    new SpokenLabel(WordSet.spaced(" serial serie "), Category.DEVICE_ID, "device"),
    new SpokenLabel(WordSet.spaced(" license licencia "), Category.LICENSE, "license"),
  };
  private static final WordSet FAX_WORDS = WordSet.spaced(" fax ");
  /** Words that stop the look-back for a label: a new clause has begun. */
  private static final WordSet CLAUSE_WORDS = WordSet.spaced(" and but press y pero oprima ");

  @Override
  public void detect(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    for (int i = 0; i < n; i++) {
      // one bit test rules out most tokens; a capital letter may open a spelled identifier
      if (!TRIGGERS.contains(t, i) && !(t.length(i) == 1 && spelledLetter(a, i))
          && !(spacedDigit(t, i) && i + 1 < n && spacedDigit(t, i + 1) && joined(t, i))) {
        continue; // ("0 7 8 - 0 5 - 1 1 2 0": digits spaced out to slip past a pattern)
      }
      if (t.is(i, "dot")) {
        if (i + 1 < n && TOP_LEVEL.contains(t, i + 1)) {
          spokenEmail(a, i, out);
        }
        continue;
      }
      if (MONTHS.contains(t, i)) {
        // "May", "March" are months when capitalized; "you may second the motion" is no date
        if (a.capitalized(i) || !t.isAny(i, "may", "march")) {
          int end = dateAfterMonth(a, i, out);
          i = Math.max(i, end);
        }
        continue;
      }
      i = Math.max(i, run(a, i, out));
    }
  }

  private static final WordSet TOP_LEVEL = WordSet.spaced(" com org net edu gov us io mx ");

  /** Words that end the spoken local part of an address, looking back from "at". */
  private static final WordSet ADDRESS_STOPS = WordSet.spaced(" to as is es email mail address"
      + " correo a al um uh at your su de the el la ");

  /**
   * An e-mail address spoken word by word, ending at "dot" token {@code dot}: "r dot hollis
   * seventy-two at example dot com", "info at example dot org".
   */
  private static void spokenEmail(Analysis a, int dot, List<Detection> out) {
    Tokens t = a.tokens();
    int at = -1;
    for (int k = dot - 1; k >= 1 && k >= dot - 4; k--) {
      if (t.is(k, "at") || t.is(k, "arroba")) {
        at = k;
        break;
      }
      if (!joined(t, k)) {
        return;
      }
    }
    if (at < 1 || at != dot - 2 || ADDRESS_STOPS.contains(t, dot - 1)) {
      return; // one word of domain: "example dot com", not "at our site dot com"
    }
    int first = at;
    for (int k = at - 1; k >= 0 && k >= at - 6; k--) {
      if (ADDRESS_STOPS.contains(t, k) || !tight(t, k)) {
        break;
      }
      first = k;
    }
    if (first == at) {
      return;
    }
    int start = t.originalStart(first);
    int end = t.originalEnd(dot + 1);
    NormalizedText base = a.base();
    int flags = ContactContext.classify(base, base.fromOriginal(start), base.fromOriginal(end));
    out.add(new Detection(start, end, Category.EMAIL, "email", 0.85, flags));
  }

  /** Token {@code k} is one digit standing alone, as in a number spaced out digit by digit. */
  private static boolean spacedDigit(Tokens t, int k) {
    if (t.length(k) != 1) {
      return false;
    }
    char c = t.view().buffer()[t.start(k)];
    return c >= '0' && c <= '9';
  }

  /** Token {@code k} is one capital letter spelled out in an identifier ("H, Z, W, nine"). */
  private static boolean spelledLetter(Analysis a, int k) {
    Tokens t = a.tokens();
    return t.type(k) == Tokens.WORD && t.length(k) == 1 && !t.isAny(k, "i", "a")
        && Character.isUpperCase(a.original().charAt(t.originalStart(k)));
  }

  /** Between two words of one spoken number: spaces, a comma or a hyphen, on one line. */
  private static boolean joined(Tokens t, int k) {
    return gapOf(t, k, false);
  }

  /**
   * The original text between tokens {@code k} and {@code k + 1} is one to three spaces, commas
   * or hyphens ({@code comma}: commas too), read in place.
   */
  private static boolean gapOf(Tokens t, int k, boolean noComma) {
    String o = t.view().original();
    int from = t.originalEnd(k);
    int to = t.originalStart(k + 1);
    if (to <= from || to - from > 3) {
      return false;
    }
    for (int p = from; p < to; p++) {
      char ch = o.charAt(p);
      if (ch != ' ' && ch != '-' && (ch != ',' || noComma)) {
        return false;
      }
    }
    return true;
  }

  /** The value of token {@code k} in {@code m}, read in place, or null. */
  private static Integer value(CharArrayMap<Integer> m, Tokens t, int k) {
    return m.get(t.view().buffer(), t.start(k), t.length(k));
  }

  /** Within one number ("seventy-two", "eight hundred five"): a space or hyphen, no comma. */
  private static boolean tight(Tokens t, int k) {
    return gapOf(t, k, true);
  }

  /**
   * Reads the run of number words and letters starting at {@code i}; emits it when it is an
   * identifier or a phone number. Returns the last token of the run.
   */
  private static int run(Analysis a, int i, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    int digits = 0;
    int letters = 0;
    int k = i;
    int last = i - 1;
    while (k < n) {
      int g = group(t, k);
      int next = g >>> 3;
      digits += g & 7;
      if (next == k && spelledLetter(a, k)) {
        letters++;
        next = k + 1;
      } else if (next == k) {
        break;
      }
      last = next - 1;
      if (next >= n || !joined(t, next - 1)) {
        break;
      }
      k = next;
    }
    if (last < i || digits < 4) {
      return last;
    }
    if (last + 1 < n && QUANTITY_AFTER.contains(t, last + 1)) {
      return last; // "two hundred forty-six dollars", "nine fifteen a.m."
    }
    classify(a, i, last, digits, letters, out);
    return last;
  }

  /** The token after a number group and how many digits it spoke, in one int. */
  private static int packed(int next, int digits) {
    return next << 3 | digits;
  }

  /**
   * The number group at {@code k} ("seven" 7, "seventy-two" 72, "double five" 55, "eight
   * hundred" 800, "ochenta y cinco" 85): the token after it and the digits it speaks, {@link
   * #packed}; the token is {@code k} when there is none.
   */
  private static int group(Tokens t, int k) {
    int n = t.size();
    if (t.isAny(k, "double", "triple") && k + 1 < n && joined(t, k)) {
      return value(UNITS, t, k + 1) != null ? packed(k + 2, t.is(k, "double") ? 2 : 3)
          : packed(k, 0);
    }
    if (spacedDigit(t, k)) {
      return packed(k + 1, 1);
    }
    if (value(UNITS, t, k) != null) {
      if (k + 1 < n && t.is(k + 1, "hundred") && tight(t, k)) {
        return hundreds(t, k + 2);
      }
      return packed(k + 1, 1);
    }
    if (value(HUNDREDS, t, k) != null) {
      return hundreds(t, k + 1);
    }
    if (value(TEENS, t, k) != null) {
      return packed(k + 1, 2);
    }
    if (value(TENS, t, k) != null) {
      return tens(t, k);
    }
    return packed(k, 0);
  }

  /** "seventy-two", "ochenta y cinco", "forty": tens word {@code k} and its unit, two digits. */
  private static int tens(Tokens t, int k) {
    int n = t.size();
    int j = k + 1;
    if (j + 1 < n && t.is(j, "y") && tight(t, k) && tight(t, j)) {
      j++; // "ochenta y cinco"
    }
    Integer unit = j < n && tight(t, j - 1) ? value(UNITS, t, j) : null;
    if (unit != null && unit > 0 && !t.is(j, "oh")) {
      return packed(j + 1, 2);
    }
    return packed(k + 1, 2);
  }

  /**
   * After a hundreds word at {@code k - 1}: "eight hundred" 800, "two hundred forty-six" 246;
   * three digits.
   */
  private static int hundreds(Tokens t, int k) {
    int n = t.size();
    int j = k;
    if (j < n && t.isAny(j, "and", "y") && j + 1 < n) {
      j++;
    }
    if (j < n && j > 0 && tight(t, j - 1)) {
      if (value(TEENS, t, j) != null) {
        return packed(j + 1, 3);
      }
      if (value(TENS, t, j) != null) {
        return packed(tens(t, j) >>> 3, 3);
      }
      Integer u = value(UNITS, t, j);
      if (u != null && u > 0 && !t.is(j, "oh")) {
        return packed(j + 1, 3);
      }
    }
    return packed(k, 3);
  }

  /** Labels and phones for a run of {@code count} digits over tokens {@code [i, last]}. */
  private static void classify(Analysis a, int i, int last, int count, int letters,
      List<Detection> out) {
    Tokens t = a.tokens();
    NormalizedText base = a.base();
    int start = t.originalStart(i);
    int end = t.originalEnd(last);
    Category label = null;
    String kind = null;
    int labelAt = -1;
    boolean fax = false;
    int sentence = a.sentenceStart(start);
    for (int k = i - 1; k >= 0 && k >= i - 6 && t.originalStart(k) >= sentence; k--) {
      if (CLAUSE_WORDS.contains(t, k)) {
        break;
      }
      fax |= FAX_WORDS.contains(t, k);
      for (SpokenLabel l : LABELS) {
        if (l.words().contains(t, k)) {
          label = l.category();
          kind = l.kind();
          break;
        }
      }
      if (label != null) {
        labelAt = k;
        break;
      }
    }
    if (label != null) {
      int flags = Detection.LABELLED;
      if (label == Category.SSN && count < 9) {
        flags |= Detection.PARTIAL;
      }
      out.add(new Detection(start, end, label, kind, 0.85, flags, t.originalStart(labelAt),
          end));
      return;
    }
    boolean phoneShape = letters == 0
        && (count == 7 || count == 10 || (count == 11 && digitsStartWithOne(t, i)));
    if (!phoneShape) {
      return;
    }
    int vs = base.fromOriginal(start);
    int ve = base.fromOriginal(end);
    int flags = ContactContext.classify(base, vs, ve);
    out.add(new Detection(start, end, fax ? Category.FAX : Category.PHONE, fax ? "fax" : "phone",
        0.8, flags));
  }

  private static boolean digitsStartWithOne(Tokens t, int i) {
    return t.isAny(i, "one", "uno");
  }

  /**
   * A date spoken after month token {@code m}: "August second, nineteen forty-one", "April
   * twelfth, twenty nineteen", "March third"; and the Spanish order before it, "nueve de
   * septiembre de mil novecientos ochenta y cinco". Returns the last token, or -1.
   */
  private static int dateAfterMonth(Analysis a, int m, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    int first = m;
    int last = -1;
    boolean year = false;
    // English: month, day in words, [",", year in words]
    int k = m + 1;
    if (k < n && sameLine(t, m)) {
      int day = dayAt(t, k);
      if (day > 0) {
        last = dayEnd(t, k);
        int y = last + 1;
        int yearEnd = y < n && joined(t, last) ? yearEnd(t, y) : -1;
        if (yearEnd > 0) {
          last = yearEnd;
          year = true;
        }
      } else {
        last = yearEnd(t, k); // "September nineteen eighty-five", or -1
        year = last > 0;
      }
    }
    // Spanish: [day in words] de month [de year in words]
    if (last < 0 && m >= 2 && t.is(m - 1, "de")) {
      int d = m - 2;
      int ds = d;
      if (d >= 2 && t.is(d - 1, "y") && t.is(d - 2, "treinta")) {
        ds = d - 2; // "treinta y uno de mayo"
      }
      if (dayWords(t, ds, d) > 0) {
        first = ds;
        last = m;
        if (m + 2 < n && t.is(m + 1, "de")) {
          int yearEnd = yearEnd(t, m + 2);
          if (yearEnd > 0) {
            last = yearEnd;
            year = true;
          }
        }
      }
    }
    if (last < 0) {
      return -1;
    }
    int start = t.originalStart(first);
    int end = t.originalEnd(last);
    NormalizedText base = a.base();
    int flags = year ? Detection.FULL_DATE : 0;
    if (NumberDetector.dobBefore(base, base.fromOriginal(start))) {
      flags |= Detection.DOB;
    }
    out.add(new Detection(start, end, Category.DATE, "date", year ? 0.9 : 0.8, flags));
    return last;
  }

  private static boolean sameLine(Tokens t, int k) {
    String o = t.view().original();
    for (int p = t.originalEnd(k); p < t.originalStart(k + 1); p++) {
      if (o.charAt(p) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** The day of month spoken at {@code k} ("second", "twenty-first", "the ninth"), or 0. */
  private static int dayAt(Tokens t, int k) {
    int n = t.size();
    int j = t.is(k, "the") && k + 1 < n ? k + 1 : k;
    Integer o = value(ORDINALS, t, j);
    if (o != null) {
      return o;
    }
    Integer ten = value(TENS, t, j);
    if (ten != null && ten <= 3 && j + 1 < n && joined(t, j)) {
      Integer o2 = value(ORDINALS, t, j + 1);
      if (o2 != null && o2 < 10) {
        return ten * 10 + o2;
      }
    }
    return 0;
  }

  private static int dayEnd(Tokens t, int k) {
    int j = t.is(k, "the") ? k + 1 : k;
    return (value(ORDINALS, t, j) != null) ? j : j + 1;
  }

  /** A day of month in Spanish words over {@code [s, e]} ("nueve", "treinta y uno"), or 0. */
  private static int dayWords(Tokens t, int s, int e) {
    if (s == e) {
      Integer u = value(UNITS, t, s);
      Integer teen = value(TEENS, t, s);
      Integer o = value(ORDINALS, t, s);
      int d = u != null ? u : teen != null ? teen : o != null ? o : 0;
      if (t.is(s, "veinte")) {
        d = 20;
      }
      return d >= 1 && d <= 31 && !t.is(s, "oh") ? d : 0;
    }
    return t.is(s, "treinta") && t.is(s + 1, "y") && t.isAny(e, "uno", "un") ? 31 : 0;
  }

  /**
   * The last token of a year spoken at {@code k}: "nineteen forty-one", "nineteen oh five",
   * "twenty nineteen", "two thousand five", "mil novecientos ochenta y cinco", "dos mil
   * diecinueve"; or -1.
   */
  private static int yearEnd(Tokens t, int k) {
    int n = t.size();
    if (k >= n) {
      return -1;
    }
    Integer century = value(TEENS, t, k);
    boolean twenty = t.is(k, "twenty");
    if ((century != null && century >= 18 && century <= 19 || twenty) && k + 1 < n
        && joined(t, k)) {
      int j = k + 1;
      if (t.is(j, "oh") && j + 1 < n && joined(t, j) && (value(UNITS, t, j + 1) != null)) {
        return j + 1;
      }
      Integer ten = value(TENS, t, j);
      if (ten != null) {
        int e = j + 1;
        if (e < n && joined(t, j) && (value(UNITS, t, e) != null) && !t.is(e, "oh")) {
          return e;
        }
        return j;
      }
      if ((value(TEENS, t, j) != null)) {
        return j;
      }
      return -1;
    }
    // "two thousand [and] five", "dos mil diecinueve", "mil novecientos ochenta y cinco"
    int j = k;
    if (t.isAny(j, "two", "dos") && j + 1 < n && t.isAny(j + 1, "thousand", "mil")) {
      j += 2;
    } else if (t.is(j, "mil")) {
      j += 1;
    } else {
      return -1;
    }
    if (j < n && t.isAny(j, "and")) {
      j++;
    }
    if (j >= n) {
      return -1;
    }
    if ((value(HUNDREDS, t, j) != null)) {
      j++;
    }
    if (j < n && (value(TENS, t, j) != null)) {
      if (j + 2 < n && t.is(j + 1, "y") && (value(UNITS, t, j + 2) != null)) {
        return j + 2;
      }
      if (j + 1 < n && joined(t, j) && (value(UNITS, t, j + 1) != null)
          && !t.is(j + 1, "oh")) {
        return j + 1;
      }
      return j;
    }
    if (j < n && ((value(TEENS, t, j) != null) || (value(UNITS, t, j) != null))) {
      return j;
    }
    return j - 1;
  }
}
