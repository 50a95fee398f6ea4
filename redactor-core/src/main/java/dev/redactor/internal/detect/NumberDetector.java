package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.text.NormalizedText;
import java.util.Arrays;
import java.util.List;

/**
 * Finds identifiers written as groups of digits — phone and fax numbers, SSNs, numeric dates,
 * ZIP codes, IPv4 addresses, payment card numbers and other long numbers — in the base view, and
 * validates each before reporting it.
 *
 * <p>One pass collects a <em>chunk</em>: digit groups joined by single separators ({@code - . /},
 * a space, or the {@code (617) } of an area code), optionally after a {@code +}. Each chunk is then
 * read left to right, trying at every group the shapes below in order; the first shape that both
 * fits and validates consumes its groups.
 *
 * <ul>
 *   <li>SSN {@code ddd-dd-dddd} / {@code ddd dd dddd}: area not 000, 666 or 900–999, group not 00,
 *       serial not 0000. Nine bare digits count only after an SSN label.
 *   <li>NANP phone: {@code (617) 555-0142}, {@code 617-555-0142}, {@code 617.555.0142}, {@code 617
 *       555 0142}, {@code 1-617-...}, {@code +1 617 ...}, ten bare digits; area code {@code [2-9][0-8]x}
 *       and exchange {@code [2-9]xx}, neither {@code N11}; extensions ({@code x12}, {@code ext. 12})
 *       are part of the span. Seven digits ({@code 555-0142}) only after a word such as "call".
 *       International numbers after {@code +}: 8 to 15 digits. A number after "fax" is a FAX.
 *   <li>Numeric date: {@code m/d/yyyy}, {@code m-d-yy}, {@code m.d.yyyy}, {@code yyyy-mm-dd},
 *       {@code m/d}; the day must exist in that month. {@code m/d} is not a date when a unit or
 *       fraction word follows ({@code 10/15 min}, {@code 1/2 tablet}). A date after "DOB", "date of
 *       birth", "born", "fecha de nacimiento" is a date of birth.
 *   <li>IPv4: four dot-separated octets 0–255, not after "version".
 *   <li>Payment card: 13–19 digits (bare or in groups of 4) with a valid Luhn check digit and a known
 *       issuer prefix.
 *   <li>ZIP: five digits (or ZIP+4) after a state ({@code , MA 02139}) or a ZIP label; ZIP+4 alone.
 *       Restricted ZIP3 prefixes (Safe Harbor) are flagged.
 *   <li>Any other run of eight or more digits: OTHER_ID with low confidence.
 * </ul>
 */
final class NumberDetector implements Detector {
  private static final int MAX_GROUPS = 8;

  @Override
  public void detect(Analysis analysis, List<Detection> out) {
    NormalizedText v = analysis.base();
    char[] c = v.buffer();
    int n = v.length();
    Chunk chunk = null; // taken at the first digit: most words have none
    int i = 0;
    while (i < n) {
      char ch = c[i];
      boolean digit = isDigit(ch);
      boolean opener = (ch == '+' || ch == '(') && i + 1 < n && isDigit(c[i + 1]);
      if (!(digit || opener) || (i > 0 && isAlnum(c[i - 1]))) {
        i = digit ? skipDigits(c, n, i) : i + 1;
        continue;
      }
      if (chunk == null) {
        chunk = CHUNK.get().clear();
      }
      if (!chunk.parse(c, n, i)) {
        i++;
        continue;
      }
      classify(v, chunk, out);
      i = Math.max(i + 1, chunk.end);
    }
  }

  private static int skipDigits(char[] c, int n, int i) {
    while (i < n && isDigit(c[i])) {
      i++;
    }
    return i;
  }

  /*
   * One chunk per thread, cleared for each message as a new one would be: a chunk per message
   * was about 5% of the bytes of an SMS check. It holds offsets and separator characters, no
   * digits.
   */
  private static final ThreadLocal<Chunk> CHUNK = ThreadLocal.withInitial(Chunk::new);

  /** Digit groups of one chunk. */
  private static final class Chunk {
    final int[] gs = new int[MAX_GROUPS];
    final int[] ge = new int[MAX_GROUPS];
    final char[] sep = new char[MAX_GROUPS];
    int count;
    int start;
    int end;
    boolean plus;
    boolean paren;

    /** As new: a message's first number sees no separators left from another message's. */
    Chunk clear() {
      Arrays.fill(gs, 0);
      Arrays.fill(ge, 0);
      Arrays.fill(sep, '\0');
      count = 0;
      start = 0;
      end = 0;
      plus = false;
      paren = false;
      return this;
    }

    boolean parse(char[] c, int n, int i) {
      count = 0;
      start = i;
      plus = false;
      paren = false;
      int p = i;
      if (c[p] == '+') {
        plus = true;
        p++;
      }
      if (p < n && c[p] == '(') {
        if (p + 4 < n && isDigit(c[p + 1]) && isDigit(c[p + 2]) && isDigit(c[p + 3])
            && c[p + 4] == ')') {
          paren = true;
          p++;
        } else {
          return false;
        }
      }
      while (count < MAX_GROUPS && p < n && isDigit(c[p])) {
        gs[count] = p;
        while (p < n && isDigit(c[p])) {
          p++;
        }
        ge[count] = p;
        count++;
        end = p;
        if (paren && count == 1) {
          p++; // ')'
          end = p;
          sep[0] = ')';
          if (p < n && c[p] == ' ') {
            p++;
          }
          if (p < n && isDigit(c[p])) {
            continue;
          }
          break;
        }
        if (p + 1 >= n) {
          break;
        }
        char s = c[p];
        if ((s == '-' || s == '.' || s == '/' || s == ' ') && isDigit(c[p + 1])) {
          sep[count - 1] = s;
          p++;
        } else if (s == ' ' && c[p + 1] == '-' && p + 3 < n && c[p + 2] == ' '
            && isDigit(c[p + 3])) {
          sep[count - 1] = '-';
          p += 3;
        } else {
          break;
        }
      }
      return count > 0;
    }

    int digits(int k) {
      return ge[k] - gs[k];
    }

    int value(char[] c, int k) {
      int v = 0;
      for (int i = gs[k]; i < ge[k] && i - gs[k] < 9; i++) {
        v = v * 10 + (c[i] - '0');
      }
      return v;
    }
  }

  private void classify(NormalizedText v, Chunk ch, List<Detection> out) {
    char[] c = v.buffer();
    int k = 0;
    while (k < ch.count) {
      int used = ssn(v, c, ch, k, out);
      if (used == 0) {
        used = phone(v, c, ch, k, out);
      }
      if (used == 0) {
        used = date(v, c, ch, k, out);
      }
      if (used == 0) {
        used = ipv4(v, c, ch, k, out);
      }
      if (used == 0) {
        used = card(v, c, ch, k, out);
      }
      if (used == 0) {
        used = zip(v, c, ch, k, out);
      }
      if (used == 0) {
        used = longNumber(v, c, ch, k, out);
      }
      k += Math.max(1, used);
    }
  }

  // ---- SSN ----------------------------------------------------------------------------------

  private static final Context.Phrases SSN_LABELS = new Context.Phrases(
    " ssn ", " ss# ", " ss ", " social security ", " social ", " seguro social ", " ssa ",
    " soc sec ", " ssn# ", " tax id ", " taxpayer id ", " itin "
  );

  /**
   * Labels of other identifiers that may have an SSN's shape: "acct 600-44-1873" is the account
   * the label names (LabeledIdDetector reads it, and a rewrite removes it), not a Social Security
   * number. Member and policy numbers are not here: plans have long used the subscriber's SSN as
   * one.
   */
  private static final java.util.Set<String> OTHER_ID_LABELS = java.util.Set.of("acct",
      "account", "invoice", "claim", "mrn", "chart", "order", "cuenta", "factura", "expediente");

  /** Words between a label and its value: "account number", "claim no.", "member ID". */
  private static final java.util.Set<String> LABEL_TAILS = java.util.Set.of("number", "no",
      "num", "nbr", "id", "numero", "número");

  /**
   * Whether the word right before {@code p} (over spaces, '#', ':' and a full stop, not a comma)
   * labels another identifier: "acct 600-44-1873", "Account #: 600-44-1873", "claim no.
   * 219-09-9999"; "for your imaging claim, 219-09-9999" is no label.
   */
  private static boolean otherIdLabelBefore(char[] c, int p) {
    int end = p;
    for (int hop = 0; hop < 2; hop++) {
      while (end > 0 && (c[end - 1] == ' ' || c[end - 1] == '#' || c[end - 1] == ':'
          || c[end - 1] == '.')) {
        end--;
      }
      int start = end;
      while (start > 0 && Character.isLetter(c[start - 1])) {
        start--;
      }
      if (start == end || end - start > 10) {
        return false;
      }
      String word = new String(c, start, end - start).toLowerCase(java.util.Locale.ROOT);
      if (OTHER_ID_LABELS.contains(word)) {
        return true;
      }
      if (!LABEL_TAILS.contains(word)) {
        return false;
      }
      end = start;
    }
    return false;
  }

  private int ssn(NormalizedText v, char[] c, Chunk ch, int k, List<Detection> out) {
    if (ch.paren && k == 0 || ch.plus && k == 0) {
      return 0;
    }
    int last;
    if (k + 2 < ch.count && ch.digits(k) == 3 && ch.digits(k + 1) == 2 && ch.digits(k + 2) == 4
        && ch.sep[k] == ch.sep[k + 1] && (ch.sep[k] == '-' || ch.sep[k] == ' ')) {
      last = k + 2;
      if (last + 1 < ch.count && ch.sep[last] == ch.sep[k]) {
        return 0; // a longer number with the same separator
      }
      if (!validSsn(c, ch.gs[k], ch.gs[k + 1], ch.gs[k + 2])) {
        return 0;
      }
      boolean labelled = Context.hasBefore(v, ch.gs[k], 5, SSN_LABELS);
      int p = ch.gs[k];
      // "the Social Security number we have for your insurance claim: 219-09-9999": a claim
      // label right before, but the sentence named the number an SSN
      if (!labelled && otherIdLabelBefore(c, p) && !Context.hasBefore(v, p, 12, SSN_LABELS)) {
        return 0;
      }
      if (!labelled && p >= 2 && c[p - 1] == '-' && isAlnum(c[p - 2])) {
        return 0; // "Member ID: KHP-771-20-4418": the tail of a longer identifier
      }
      double conf = labelled ? 0.99 : ch.sep[k] == '-' ? 0.9 : 0.75;
      emit(v, out, ch.gs[k], ch.ge[last], Category.SSN, "ssn", conf, 0, -1);
      return 3;
    }
    if (ch.digits(k) == 9 && (k + 1 == ch.count || ch.sep[k] == ' ')) {
      if (Context.hasBefore(v, ch.gs[k], 5, SSN_LABELS)
          && validSsn(c, ch.gs[k], ch.gs[k] + 3, ch.gs[k] + 5)) {
        emit(v, out, ch.gs[k], ch.ge[k], Category.SSN, "ssn", 0.95, 0, -1);
        return 1;
      }
    }
    if (ch.digits(k) == 4 && k == 0 && isMaskedSsnPrefix(c, ch.gs[k])) {
      int from = ch.gs[k] - 7;
      emit(v, out, from, ch.ge[k], Category.SSN, "ssn", 0.9, Detection.PARTIAL, -1);
      return 1;
    }
    return 0;
  }

  /** {@code ***-**-} or {@code xxx-xx-} right before position {@code p}. */
  private static boolean isMaskedSsnPrefix(char[] c, int p) {
    if (p < 7) {
      return false;
    }
    return isMask(c[p - 7]) && isMask(c[p - 6]) && isMask(c[p - 5]) && c[p - 4] == '-'
        && isMask(c[p - 3]) && isMask(c[p - 2]) && c[p - 1] == '-'
        && (p == 7 || !isAlnum(c[p - 8]));
  }

  private static boolean isMask(char c) {
    return c == '*' || c == 'x' || c == '#' || c == '•';
  }

  static boolean validSsn(char[] c, int area, int group, int serial) {
    int a = num(c, area, 3);
    int g = num(c, group, 2);
    int s = num(c, serial, 4);
    return a != 0 && a != 666 && a < 900 && g != 0 && s != 0;
  }

  // ---- phones -------------------------------------------------------------------------------

  private static final Context.Phrases PHONE_WORDS = new Context.Phrases(
    " call ", " text ", " phone ", " tel ", " telephone ", " cell ", " mobile ", " number ",
    " dial ", " fax ", " contact ", " at ", " llame ", " llamar ", " telefono ", " celular ",
    " numero ", " marque ", " reach ", " whatsapp ", " sms ", " ph ", " p ", " t ", " m ", " c "
  );

  /** Words that make seven digits a local phone number. */
  private static final Context.Phrases LOCAL_PHONE_WORDS = new Context.Phrases(
    " call ", " text ", " phone ", " tel ", " telephone ", " cell ", " number ", " dial ",
    " fax ", " llame ", " llamar ", " telefono ", " celular ", " numero ", " marque ",
    " questions ", " question ", " reach ", " contact ", " preguntas ", " comuniquese "
  );

  /** Words that make a number a voice line when they come after a fax word ("fax or call"). */
  private static final String[] VOICE_WORDS = {
    " call ", " text ", " phone ", " tel ", " telephone ", " llame ", " llamar ", " telefono "
  };

  private static final String[] FAX_WORDS = {" fax ", " facsimile ", " f ", " fax# ", " efax "};

  private int phone(NormalizedText v, char[] c, Chunk ch, int k, List<Detection> out) {
    int first = k;
    int last = -1;
    int startView = ch.gs[k];
    double conf = 0;
    // (617) 555-0142
    if (k == 0 && ch.paren && ch.count >= 3 && ch.digits(0) == 3 && ch.digits(1) == 3
        && ch.digits(2) == 4 && isPhoneSep(ch.sep[1])) {
      if (nanp(c, ch.gs[0], ch.gs[1])) {
        last = 2;
        startView = ch.gs[0] - 1;
        conf = 0.97;
      }
    }
    // [+]1 617 555 0142
    if (last < 0 && k + 3 < ch.count && ch.digits(k) == 1 && c[ch.gs[k]] == '1'
        && ch.digits(k + 1) == 3 && ch.digits(k + 2) == 3 && ch.digits(k + 3) == 4
        && isPhoneSep(ch.sep[k]) && isPhoneSep(ch.sep[k + 1]) && isPhoneSep(ch.sep[k + 2])
        && nanp(c, ch.gs[k + 1], ch.gs[k + 2])) {
      last = k + 3;
      startView = ch.plus && k == 0 ? ch.start : ch.gs[k];
      conf = 0.97;
    }
    // 617-555-0142
    if (last < 0 && k + 2 < ch.count && !(ch.plus && k == 0) && ch.digits(k) == 3
        && ch.digits(k + 1) == 3 && ch.digits(k + 2) == 4 && isPhoneSep(ch.sep[k])
        && ch.sep[k] == ch.sep[k + 1] && nanp(c, ch.gs[k], ch.gs[k + 1])) {
      last = k + 2;
      conf = 0.95;
    }
    // 6175550142, 16175550142
    if (last < 0 && (k + 1 == ch.count || ch.sep[k] == ' ')) {
      int d = ch.digits(k);
      int s = ch.gs[k];
      if (d == 11 && c[s] == '1') {
        s++;
        d = 10;
      }
      if (d == 10 && nanp(c, s, s + 3)) {
        boolean labelled = Context.hasBefore(v, ch.gs[k], 4, PHONE_WORDS);
        last = k;
        startView = ch.plus && k == 0 ? ch.start : ch.gs[k];
        conf = labelled || ch.plus ? 0.95 : 0.7;
      }
    }
    // +44 20 7946 0958
    if (last < 0 && ch.plus && k == 0 && c[ch.gs[0]] != '1') {
      int digits = 0;
      int j = 0;
      while (j < ch.count && (j == 0 || isPhoneSep(ch.sep[j - 1]))) {
        digits += ch.digits(j);
        j++;
      }
      if (digits >= 8 && digits <= 15) {
        last = j - 1;
        startView = ch.start;
        conf = 0.85;
      }
    }
    // 555-0142 after "call", "text", "phone"...
    if (last < 0 && k == 0 && k + 1 < ch.count && ch.digits(k) == 3 && ch.digits(k + 1) == 4
        && (ch.sep[k] == '-' || ch.sep[k] == '.') && c[ch.gs[k]] >= '2'
        && (k + 2 == ch.count || ch.sep[k + 1] == ' ')) {
      if (Context.hasBefore(v, ch.gs[k], 4, LOCAL_PHONE_WORDS)) {
        last = k + 1;
        conf = 0.8;
      }
    }
    if (last < 0) {
      return 0;
    }
    int endView = ch.ge[last];
    if (last == ch.count - 1 && endView < v.length() && isAlnum(c[endView])
        && !startsExtension(c, v.length(), endView)) {
      return 0; // glued to a word: "6175550142abc"
    }
    endView = extension(c, v.length(), endView);
    // "Fax: ...", "our fax number has changed to ...", but not "fax us or call ..."
    String before = Context.before(v, startView, 6);
    int fax = lastIndexOf(before, FAX_WORDS); // (no fax word, as most: no voice words to seek)
    Category cat = fax >= 0 && fax > lastIndexOf(before, VOICE_WORDS)
        ? Category.FAX : Category.PHONE;
    int flags = ContactContext.classify(v, startView, endView);
    emit(v, out, startView, endView, cat, cat == Category.FAX ? "fax" : "phone", conf, flags, -1);
    return last - first + 1;
  }

  private static int lastIndexOf(String window, String[] words) {
    int last = -1;
    for (String w : words) {
      last = Math.max(last, window.lastIndexOf(w));
    }
    return last;
  }

  private static boolean isPhoneSep(char s) {
    return s == '-' || s == '.' || s == ' ';
  }

  /** NANP area code {@code [2-9][0-8]x} not N11, exchange {@code [2-9]xx} not N11. */
  static boolean nanp(char[] c, int area, int exchange) {
    char a0 = c[area];
    char a1 = c[area + 1];
    char a2 = c[area + 2];
    char e0 = c[exchange];
    char e1 = c[exchange + 1];
    char e2 = c[exchange + 2];
    if (a0 < '2' || a1 == '9' || (a1 == '1' && a2 == '1')) {
      return false;
    }
    return e0 >= '2' && !(e1 == '1' && e2 == '1');
  }

  private static boolean startsExtension(char[] c, int n, int p) {
    return c[p] == 'x' && p + 1 < n && isDigit(c[p + 1]);
  }

  /** Extends past {@code x123}, {@code ext. 123}, {@code extension 123}, {@code ext:123}. */
  private static int extension(char[] c, int n, int end) {
    int p = end;
    while (p < n && (c[p] == ' ' || c[p] == ',')) {
      p++;
    }
    int q;
    if (regionIs(c, n, p, "extension")) {
      q = p + 9;
    } else if (regionIs(c, n, p, "ext")) {
      q = p + 3;
    } else if (p < n && c[p] == 'x') {
      q = p + 1;
    } else {
      return end;
    }
    while (q < n && (c[q] == '.' || c[q] == ':' || c[q] == ' ')) {
      q++;
    }
    int d = q;
    while (d < n && isDigit(c[d]) && d - q < 6) {
      d++;
    }
    if (d == q || (d < n && isAlnum(c[d]))) {
      return end;
    }
    return d;
  }

  // ---- dates --------------------------------------------------------------------------------

  private static final String[] NOT_A_DATE_AFTER = {
    " min ", " mins ", " minute ", " minutes ", " hr ", " hrs ", " hour ", " hours ", " of ",
    " cup ", " cups ", " tab ", " tabs ", " tablet ", " tablets ", " pill ", " pills ", " tsp ",
    " tbsp ", " teaspoon ", " inch ", " inches ", " mile ", " miles ", " mg ", " ml ", " dose ",
    " doses ", " stars ", " star ", " points ", " pts ", " scale ", " times ", " days ", " weeks ",
    " capsule ", " capsules ", " units ", " de una ", " de un ", " tableta ", " pastilla ",
    " minutos ", " horas ", " dias ", " semanas ", " veces ", " mes ", " año ", " ano ",
    " lb ", " lbs ", " kg ", " oz ", " ft ", " cm ", " mm ", " price ", " off "
  };

  private static final String[] NOT_A_DATE_BEFORE = {
    " take ", " takes ", " taking ", " tome ", " tomar ", " dose ", " about ", " rated ",
    " score ", " scored ", " bp ", " blood pressure ", " pressure ", " ratio ", " presion "
  };

  /**
   * Where the clause around {@code pos} starts: after the last . ! ? ; or line break before it
   * that is not inside a word or number ("7.5", "p.m"), as ResultDetector's clauses end. Looks
   * back at most 200 characters: far more than the three words asked about, and never quadratic.
   */
  private static int clauseStart(char[] c, int pos) {
    int limit = Math.max(0, pos - 200);
    for (int p = pos - 1; p >= limit; p--) {
      char x = c[p];
      if (x == '!' || x == '?' || x == ';' || x == '\n' || (x == '.'
          && !(p > 0 && p + 1 < c.length && Character.isLetterOrDigit(c[p - 1])
              && Character.isLetterOrDigit(c[p + 1])))) {
        return p + 1;
      }
    }
    return limit;
  }

  /** The words of {@link ResultDetector#RATING_WORDS}, each as a phrase. */
  private static final Context.Phrases RATING_WORDS = wordPhrases(ResultDetector.RATING_WORDS);

  /** The words of {@link ResultDetector#SCORE_WORDS}: "your SCOFF score was 4/5". */
  private static final Context.Phrases SCORE_WORDS = wordPhrases(ResultDetector.SCORE_WORDS);

  /** Each word of a space-separated list as a phrase of its own. */
  private static Context.Phrases wordPhrases(String words) {
    return new Context.Phrases(java.util.Arrays.stream(words.trim().split(" "))
        .map(w -> " " + w + " ").toArray(String[]::new));
  }

  private static final String[] ON_BEFORE = {" on ", " by ", " el ", " for ", " until "};

  private static final Context.Phrases VERSION_WORDS =
      new Context.Phrases(" version ", " v ", " ver ", " release ", " build ");

  static final Context.Phrases DOB_WORDS = new Context.Phrases(
    " dob ", " d o b ", " date of birth ", " birth date ", " birthdate ", " born ", " birthday ",
    " bday ", " b day ", " fecha de nacimiento ", " nacimiento ", " nacio ", " nacido ",
    " nacida ", " fdn ", " f nac ", " fec nac ", " fecha de nac ", " fecha nac ", " birth ",
    " cumpleanos "
  );

  /**
   * Words of a birth that date nothing's birth: "your birth plan visit on 5/2", "birth control
   * refill ready 6/1", "birthing class 3/14". (A birth record or certificate may well carry
   * the birth date: "submit her birth certificate within 30 days of 3/9".)
   */
  /** What a practice has on file, right before a value: "we have", "tenemos", "listed as". */
  private static final Context.Phrases ON_FILE_AS = new Context.Phrases(
    " we have ", " we have it as ", " listed as ", " on file as ", " tenemos ", " aparece "
  );

  /**
   * The word right before {@code pos} is the last word of an {@link #ON_FILE_AS} phrase ("have",
   * "as", "tenemos", "aparece"): one look at the buffer, so most dates scan no window for it.
   */
  private static boolean onFileWordBefore(NormalizedText v, int pos) {
    char[] c = v.buffer();
    int e = Math.min(pos, v.length());
    while (e > 0 && c[e - 1] == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(c[s - 1])) {
      s--;
    }
    int len = e - s;
    int n = v.length();
    return len == 4 && regionIs(c, n, s, "have") || len == 2 && regionIs(c, n, s, "as")
        || len == 7 && (regionIs(c, n, s, "tenemos") || regionIs(c, n, s, "aparece"));
  }

  private static final Context.Phrases BIRTH_NOT_DOB = new Context.Phrases(
    " birth plan", " birth center", " birth control", " birth class", " birthing ",
    " plan de parto"
  );

  /**
   * Who the records say the recipient is: "We have you as Jordan Pike, 04/19/1988 - correct?" A
   * full date there is the birth date the record holds.
   */
  private static final Context.Phrases IDENTITY_CHECKS = new Context.Phrases(
    " have you as ", " have you listed as ", " have you down as ", " lo tenemos como ",
    " la tenemos como ", " le tenemos como ", " tenemos registrado a ", " tenemos registrada a "
  );

  /**
   * Words that, between a date of birth's words and a date, give the date to something else:
   * "confirm your date of birth before your appointment on 8/20", "... by 5/1".
   */
  private static final Context.Phrases DATED_AFTER_BIRTH = new Context.Phrases(
    " appointment ", " appt ", " visit ", " surgery ", " procedure ", " exam ", " cita ",
    " consulta ", " examen ", " before ", " after ", " by ", " until ", " antes ", " despues ",
    " hasta "
  );

  /**
   * A word for a date of birth in the six words before {@code pos}, not a birth plan's, and no
   * event or deadline between it and {@code pos}.
   */
  static boolean dobBefore(NormalizedText v, int pos) {
    // most dates have no birth's words before them: one look at all six words first
    if (!Context.hasBefore(v, pos, 6, DOB_WORDS)) {
      // "check your student's date of birth on the emergency card: we have 02/09/2012": what
      // the practice has on file, in the sentence that asks about the birth date
      return onFileWordBefore(v, pos) && Context.hasBefore(v, pos, 3, ON_FILE_AS)
          && Context.hasBefore(v, pos, 12, DOB_WORDS)
          && !Context.hasBefore(v, pos, 12, BIRTH_NOT_DOB)
          && Context.sentenceBreak(v, Context.beforeStart(v, 0, pos, 12), pos) < 0;
    }
    if (Context.hasBefore(v, pos, 6, BIRTH_NOT_DOB)) {
      return false;
    }
    int words = 1;
    while (words < 6 && !Context.hasBefore(v, pos, words, DOB_WORDS)) {
      words++;
    }
    return words == 1 || !Context.hasBefore(v, pos, words - 1, DATED_AFTER_BIRTH);
  }

  private int date(NormalizedText v, char[] c, Chunk ch, int k, List<Detection> out) {
    if (ch.plus || (ch.paren && k == 0)) {
      return 0;
    }
    int month;
    int day;
    int year = -1;
    int last;
    if (k + 2 < ch.count && ch.sep[k] == ch.sep[k + 1]
        && (ch.sep[k] == '/' || ch.sep[k] == '-' || ch.sep[k] == '.')) {
      int d0 = ch.digits(k);
      int d1 = ch.digits(k + 1);
      int d2 = ch.digits(k + 2);
      if (d0 == 4 && d1 <= 2 && d2 <= 2 && ch.sep[k] != '.') {
        year = ch.value(c, k);
        month = ch.value(c, k + 1);
        day = ch.value(c, k + 2);
      } else if (d0 <= 2 && d1 <= 2 && (d2 == 2 || d2 == 4)) {
        month = ch.value(c, k);
        day = ch.value(c, k + 1);
        year = ch.value(c, k + 2);
        if (month > 12 && day <= 12) {
          int t = month;
          month = day;
          day = t;
        }
      } else {
        return 0;
      }
      if (d2 == 4 || d0 == 4) {
        if (year < 1900 || year > 2100) {
          return 0;
        }
      }
      last = k + 2;
      if (last + 1 < ch.count && ch.sep[last] == ch.sep[k]) {
        return 0; // 1-2-3-4 is not a date
      }
    } else if (k + 1 < ch.count && ch.sep[k] == '/' && ch.digits(k) <= 2 && ch.digits(k + 1) <= 2
        && (k + 2 == ch.count || ch.sep[k + 1] != '/')) {
      month = ch.value(c, k);
      day = ch.value(c, k + 1);
      last = k + 1;
      String after = Context.after(v, ch.ge[last], 2);
      String before = Context.before(v, ch.gs[k], 2);
      if (Context.startsWith(after, NOT_A_DATE_AFTER)
          || Context.endsWith(before, NOT_A_DATE_BEFORE)
          || (k > 0 && ch.sep[k - 1] == '/')) {
        return 0;
      }
      if (day == 10 && month <= 10
          && Context.hasBefore(v, clauseStart(c, ch.gs[k]), ch.gs[k], 3, RATING_WORDS)) {
        return 0; // "your pain 7/10", "a craving score of 8/10": a rating, a RESULT
      }
      if (month <= day && day <= 30 && !Context.endsWith(before, ON_BEFORE)
          && Context.hasBefore(v, clauseStart(c, ch.gs[k]), ch.gs[k], 3, SCORE_WORDS)) {
        return 0; // "your SCOFF score was 4/5": points out of a total ("scores due on 4/5")
      }
    } else {
      return 0;
    }
    if (!validDay(month, day, year)) {
      return 0;
    }
    int endView = ch.ge[last];
    if (endView < v.length() && Character.isLetter(c[endView])) {
      return 0;
    }
    int flags = year >= 0 ? Detection.FULL_DATE : 0;
    if (dobBefore(v, ch.gs[k])
        || year >= 0 && Context.hasBefore(v, ch.gs[k], 8, IDENTITY_CHECKS)) {
      flags |= Detection.DOB;
    }
    double conf = year >= 0 ? 0.95 : 0.8;
    emit(v, out, ch.gs[k], endView, Category.DATE, "date", conf, flags, -1);
    return last - k + 1;
  }

  static boolean validDay(int month, int day, int year) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int max;
    switch (month) {
      case 2:
        max = year < 0 || year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) || year < 100
            ? 29
            : 28;
        break;
      case 4:
      case 6:
      case 9:
      case 11:
        max = 30;
        break;
      default:
        max = 31;
    }
    return day <= max;
  }

  // ---- IPv4 ---------------------------------------------------------------------------------

  private int ipv4(NormalizedText v, char[] c, Chunk ch, int k, List<Detection> out) {
    if (k + 3 >= ch.count || ch.plus || (k > 0 && ch.sep[k - 1] == '.')) {
      return 0;
    }
    for (int j = k; j < k + 4; j++) {
      if (ch.digits(j) > 3 || ch.value(c, j) > 255 || (j < k + 3 && ch.sep[j] != '.')) {
        return 0;
      }
    }
    if (k + 4 < ch.count && ch.sep[k + 3] == '.') {
      return 0;
    }
    if (Context.hasBefore(v, ch.gs[k], 2, VERSION_WORDS)) {
      return 0;
    }
    int endView = ch.ge[k + 3];
    if (endView < v.length() && isAlnum(c[endView])) {
      return 0;
    }
    emit(v, out, ch.gs[k], endView, Category.IP, "ip", 0.9, 0, -1);
    return 4;
  }

  // ---- payment cards ------------------------------------------------------------------------

  /** Group lengths of card numbers written in groups: 4-4-4-4, 4-4-4-4-3, 4-6-5 (Amex), 4-6-4. */
  private static final int[][] CARD_GROUPS = {{4, 4, 4, 4, 3}, {4, 4, 4, 4}, {4, 6, 5}, {4, 6, 4}};

  private int card(NormalizedText v, char[] c, Chunk ch, int k, List<Detection> out) {
    int d = ch.digits(k);
    if (d >= 13 && d <= 19) {
      return cardIfValid(v, c, ch, k, k + 1, out);
    }
    if (d != 4) {
      return 0;
    }
    for (int[] shape : CARD_GROUPS) {
      int to = k + shape.length;
      if (to > ch.count) {
        continue;
      }
      boolean fits = true;
      for (int j = 0; j < shape.length && fits; j++) {
        fits = ch.digits(k + j) == shape[j]
            && (j == 0 || ch.sep[k + j - 1] == ch.sep[k]) && (ch.sep[k] == ' ' || ch.sep[k] == '-');
      }
      if (fits && (to == ch.count || ch.sep[to - 1] != ch.sep[k])) {
        return cardIfValid(v, c, ch, k, to, out);
      }
    }
    return 0;
  }

  private int cardIfValid(NormalizedText v, char[] c, Chunk ch, int from, int to,
      List<Detection> out) {
    if (!luhnOver(c, ch, from, to) || !issuer(c, ch.gs[from])) {
      return 0;
    }
    int endView = ch.ge[to - 1];
    if (endView < v.length() && isAlnum(c[endView])) {
      return 0;
    }
    emit(v, out, ch.gs[from], endView, Category.ACCOUNT, "payment-card", 0.95,
        Detection.PAYMENT_CARD, -1);
    return to - from;
  }

  static boolean luhnOver(char[] c, Chunk ch, int from, int to) {
    int sum = 0;
    boolean dbl = false;
    for (int j = to - 1; j >= from; j--) {
      for (int i = ch.ge[j] - 1; i >= ch.gs[j]; i--) {
        int d = c[i] - '0';
        if (dbl) {
          d *= 2;
          if (d > 9) {
            d -= 9;
          }
        }
        sum += d;
        dbl = !dbl;
      }
    }
    return sum % 10 == 0;
  }

  /** Visa 4, Mastercard 51–55 / 22–27, Amex 34/37, Discover 6011/65, Diners 36/38/30, JCB 35. */
  private static boolean issuer(char[] c, int p) {
    char first = c[p];
    char second = c[p + 1];
    switch (first) {
      case '4':
        return true;
      case '5':
        return second >= '1' && second <= '5';
      case '2':
        return second >= '2' && second <= '7';
      case '3':
        return second == '4' || second == '7' || second == '6' || second == '8' || second == '0'
            || second == '5';
      case '6':
        return second == '5' || (second == '0' && c[p + 2] == '1' && c[p + 3] == '1');
      default:
        return false;
    }
  }

  // ---- ZIP ----------------------------------------------------------------------------------

  private static final String[] ZIP_LABELS = {
    " zip ", " zip code ", " zipcode ", " postal code ", " codigo postal ", " cp ", " c p "
  };

  private static final String STATES =
      " al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh"
          + " nj nm ny nc nd oh ok or pa pr ri sc sd tn tx ut vt va wa wv wi wy"
          + " alabama alaska arizona arkansas california colorado connecticut delaware florida"
          + " georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland"
          + " massachusetts michigan minnesota mississippi missouri montana nebraska nevada"
          + " hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rico"
          + " rhode tennessee texas utah vermont virginia washington wisconsin wyoming ";

  /** State codes that are also words; they count as a state only after a comma. */
  private static final String AMBIGUOUS_STATES = " in or me hi ok oh de al la co id pa ma mi ";

  private static final String RESTRICTED_ZIP3 =
      " 036 059 063 102 203 556 692 790 821 823 830 831 878 879 884 890 893 ";

  /**
   * Where the label right before a ZIP starts ("ZIP 05753", "código postal: 78577"), so that a
   * rewrite takes the label with the value; -1 when the word before is no ZIP label.
   */
  private static int zipLabelStart(char[] c, int pos) {
    int e = pos;
    while (e > 0 && (c[e - 1] == ' ' || c[e - 1] == ':' || c[e - 1] == '#')) {
      e--;
    }
    int s = Context.letterRunStart(c, e);
    String word = new String(c, s, e - s);
    if (word.equals("code") || word.equals("postal")) {
      int e2 = s;
      while (e2 > 0 && c[e2 - 1] == ' ') {
        e2--;
      }
      int s2 = Context.letterRunStart(c, e2);
      String first = new String(c, s2, e2 - s2);
      return first.equals("zip") || first.equals("postal") || first.equals("codigo") ? s2 : -1;
    }
    return word.equals("zip") || word.equals("zipcode") || word.equals("cp") ? s : -1;
  }

  private int zip(NormalizedText v, char[] c, Chunk ch, int k, List<Detection> out) {
    if (ch.digits(k) != 5 || ch.plus || (ch.paren && k == 0)) {
      return 0;
    }
    int last = k;
    boolean plus4 = k + 1 < ch.count && ch.sep[k] == '-' && ch.digits(k + 1) == 4;
    if (plus4) {
      last = k + 1;
    } else if (k + 1 < ch.count && ch.sep[k] != ' ') {
      return 0;
    }
    int endView = ch.ge[last];
    if (endView < v.length() && isAlnum(c[endView])) {
      return 0;
    }
    String before = Context.before(v, ch.gs[k], 9);
    String lastWord = lastWord(before);
    // ("case PR-20417": a state's letters hyphened to the digits are an identifier's prefix)
    boolean state = !lastWord.isEmpty() && STATES.contains(lastWord)
        && (precededByComma(c, ch.gs[k]) || !AMBIGUOUS_STATES.contains(lastWord))
        && !(ch.gs[k] > 0 && c[ch.gs[k] - 1] == '-');
    boolean labelled = Context.has(before, ZIP_LABELS);
    if (!state && !labelled && !plus4) {
      return 0;
    }
    int flags = 0;
    String zip3 = " " + new String(c, ch.gs[k], 3) + " ";
    if (RESTRICTED_ZIP3.contains(zip3)) {
      flags |= Detection.RESTRICTED_ZIP3;
    }
    // a ZIP+4 outside an address marks a few blocks: the recipient's area ("in your area (ZIP
    // 05753-1184)"); a practice gives its ZIP with its street
    flags |= plus4 && !state ? Detection.PATIENT : ContactContext.classify(v, ch.gs[k], endView);
    double conf = state || labelled ? 0.9 : 0.7;
    emit(v, out, ch.gs[k], endView, Category.ZIP, "zip", conf, flags,
        labelled ? zipLabelStart(c, ch.gs[k]) : -1);
    return last - k + 1;
  }

  /** A state name or code is a ZIP context only in an address line: a comma before the state. */
  private static boolean precededByComma(char[] c, int zipStart) {
    int i = zipStart - 1;
    while (i >= 0 && c[i] == ' ') {
      i--;
    }
    while (i >= 0 && (Character.isLetter(c[i]) || c[i] == '.')) {
      i--;
    }
    while (i >= 0 && c[i] == ' ') {
      i--;
    }
    if (i >= 0 && c[i] == ',') {
      return true;
    }
    // two-word states: "new york 10001", "rhode island"
    while (i >= 0 && Character.isLetter(c[i])) {
      i--;
    }
    while (i >= 0 && c[i] == ' ') {
      i--;
    }
    return i >= 0 && c[i] == ',';
  }

  private static String lastWord(String window) {
    int end = window.length() - 1;
    int start = window.lastIndexOf(' ', end - 1);
    return start < 0 || end <= start ? "" : window.substring(start, end + 1);
  }

  // ---- other long numbers -------------------------------------------------------------------

  private int longNumber(NormalizedText v, char[] c, Chunk ch, int k, List<Detection> out) {
    if (ch.digits(k) < 8) {
      return 0;
    }
    emit(v, out, ch.gs[k], ch.ge[k], Category.OTHER_ID, "number", 0.5, Detection.BARE_NUMBER, -1);
    return 1;
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static void emit(NormalizedText v, List<Detection> out, int vs, int ve, Category cat,
      String kind, double conf, int flags, int labelView) {
    long r = v.toOriginal(vs, ve);
    int label = labelView < 0 ? -1 : NormalizedText.startOf(v.toOriginal(labelView, labelView + 1));
    out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r), cat, kind, conf,
        flags, label));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAlnum(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean regionIs(char[] c, int n, int p, String s) {
    if (p + s.length() > n) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (c[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int num(char[] c, int p, int len) {
    int v = 0;
    for (int i = 0; i < len; i++) {
      v = v * 10 + (c[p + i] - '0');
    }
    return v;
  }
}
