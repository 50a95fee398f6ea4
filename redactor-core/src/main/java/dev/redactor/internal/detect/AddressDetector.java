package dev.redactor.internal.detect;

import dev.redactor.internal.analysis.WordSet;
import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.text.NormalizedText;
import java.util.List;

/**
 * Finds street addresses, post-office boxes and the unit, city, state and ZIP that follow them.
 *
 * <ul>
 *   <li>US form: house number (with an optional letter: {@code 12B}), an optional direction, one to
 *       four name words (or ordinals such as {@code 5th}), a street suffix ({@code St}, {@code
 *       Avenue}, {@code Blvd}, {@code Dr}, {@code Ln}...), then optionally a direction, a unit
 *       ({@code Apt 4B}, {@code Suite 200}, {@code #5}) and {@code , City, ST 02139}.
 *   <li>Spanish form: a street word first ({@code Calle}, {@code Av.}, {@code Avenida}, {@code
 *       Carrera}...), one to four name words, then a number ({@code Calle Mayor 12}, {@code Av.
 *       Reforma #222}).
 *   <li>{@code P.O. Box 123}, {@code PO Box 123}, {@code Post Office Box 123}, {@code Apartado
 *       postal 123}.
 * </ul>
 *
 * <p>Whose address it is follows {@link ContactContext}: the practice's by default, the patient's
 * when the words before say so ("your address", "ship to", "home visit at").
 */
final class AddressDetector implements Detector {
  private static final WordSet SUFFIXES =
      WordSet.spaced(" street st str avenue ave av blvd boulevard road rd drive dr lane ln court ct circle cir"
          + " way place pl terrace ter trail trl parkway pkwy highway hwy route rte square sq"
          + " plaza plz loop pike alley aly crossing xing path walk row commons cove cv ridge"
          + " heights hts turnpike tpke expressway expy freeway fwy broadway center ctr");

  private static final WordSet DIRECTIONS =
      WordSet.spaced(" n s e w ne nw se sw north south east west northeast northwest southeast southwest ");

  private static final WordSet UNITS =
      WordSet.spaced(" apt apartment unit suite ste fl floor rm room bldg building dept # lot spc space piso"
          + " depto departamento interior int oficina local apto apartamento ");

  private static final WordSet SPANISH_STREETS =
      WordSet.spaced(" calle c avenida av avda carrera cra cr cll paseo camino callejon privada andador"
          + " circuito calzada diagonal transversal boulevard bulevar carretera ");

  private static final WordSet NOT_NAME_WORDS =
      WordSet.spaced(" in at the of and or to for pm am min mins minutes times days weeks hours your our a an"
          + " by on with from is are be this that my his her their mg ml tablets pills units en"
          + " you can will may say said"
          + " so as if but then than"
          + " el la los las de del y o con por para su sus"
          // sizes and amounts after a number: "a 2 TB expansion drive", "12 oz cup"
          + " tb gb mb kb lb lbs oz kg ");

  /** Words that go on with a sentence after a city named without its state. */
  private static final WordSet AFTER_CITY =
      WordSet.spaced(" and between at by on to for from before after y entre a en para antes ");

  private static final WordSet STATES =
      WordSet.spaced(" al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh"
          + " nj nm ny nc nd oh ok or pa pr ri sc sd tn tx ut vt va wa wv wi wy ");

  @Override
  public void detect(Analysis analysis, List<Detection> out) {
    NormalizedText v = analysis.base();
    char[] c = v.buffer();
    int n = v.length();
    Words w = new Words(c, n);
    int lastEnd = 0;
    for (int i = 0; i < n; i++) {
      if (i < lastEnd || (i > 0 && Character.isLetterOrDigit(c[i - 1]))
          || (i > 1 && (c[i - 1] == '.' || c[i - 1] == '/' || c[i - 1] == ':')
              && Character.isDigit(c[i - 2]))) {
        // inside a word, the decimals of "7.4 so Dr. Feeney", the day of "2/11 visit", the
        // minutes of "moved to 4:45 bc dr ferreira is running behind"
        continue;
      }
      int end = -1;
      int start = i;
      if (Character.isDigit(c[i])) {
        end = usStreet(c, n, w, i);
      } else if (Character.isLetter(c[i])) {
        end = poBox(c, n, w, i);
        if (end < 0) {
          boolean upper = Character.isUpperCase(analysis.original().charAt(v.originalStart(i)));
          int house = houseNumberBefore(c, i, lastEnd); // "1187 Calle Robles"
          end = spanishStreet(c, n, w, i, upper, upper && house < i);
          if (end > i) {
            start = house;
          }
        }
      }
      if (end > i) {
        end = tail(c, n, w, end);
        // an apartment is where someone lives: "418 W Birch St Apt 3B", "Calle Olmo 214, Depto. 5"
        int flags = residence(w, start, end) ? Detection.PATIENT
            : ContactContext.classify(v, start, end);
        long r = v.toOriginal(start, end);
        out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r),
            Category.ADDRESS, "address", 0.85, flags));
        lastEnd = end;
      }
    }
  }

  /** The start of a house number and one space right before {@code i}, not before {@code floor}. */
  private static int houseNumberBefore(char[] c, int i, int floor) {
    int p = i - 1;
    if (p <= floor || c[p] != ' ') {
      return i;
    }
    int d = p;
    while (d > floor && Character.isDigit(c[d - 1]) && p - d < 6) {
      d--;
    }
    return d < p && (d == 0 || !Character.isLetterOrDigit(c[d - 1])) ? d : i;
  }

  private static final WordSet RESIDENCES =
      WordSet.spaced(" apt apartment apto apartamento depto departamento ");

  /** A word for an apartment among the words of {@code [from, to)}. */
  private static boolean residence(Words w, int from, int to) {
    char[] c = w.c;
    for (int p = from; p < to; p++) {
      if (Character.isLetter(c[p]) && (p == 0 || !Character.isLetterOrDigit(c[p - 1]))) {
        int e = w.end(p);
        if (RESIDENCES.contains(w.text(p, e))) {
          return true;
        }
        p = e;
      }
    }
    return false;
  }

  /** "123 N Main St", "1600 Pennsylvania Ave NW". */
  private static int usStreet(char[] c, int n, Words w, int i) {
    int p = i;
    while (p < n && Character.isDigit(c[p]) && p - i < 6) {
      p++;
    }
    if (p < n && Character.isDigit(c[p])) {
      return -1;
    }
    if (p < n && Character.isLetter(c[p])) {
      if (p + 1 < n && Character.isLetter(c[p + 1])) {
        return -1; // "2pm", "3rd": not a house number
      }
      p++; // "12b"
    }
    if (p >= n || c[p] != ' ') {
      return -1;
    }
    int q = p;
    int names = 0;
    for (int k = 0; k < 6; k++) {
      int ws = w.next(q);
      if (ws < 0) {
        return -1;
      }
      int we = w.end(ws);
      String word = w.text(ws, we);
      if (names > 0 && SUFFIXES.contains(word)) {
        int e = we < n && c[we] == '.' ? we + 1 : we;
        // "1180 Canyon Ridge Blvd", "40 Lake Park Ave": a suffix word in the street's name, then
        // the suffix itself
        if (e < n && c[e] == ' ' && names < 5) {
          int ns = w.next(e);
          if (ns == e + 1 && SUFFIXES.contains(w.text(ns, w.end(ns)))) {
            int ne = w.end(ns);
            return ne < n && c[ne] == '.' ? ne + 1 : ne;
          }
        }
        return e;
      }
      boolean direction = k == 0 && DIRECTIONS.contains(word);
      boolean nameWord = (isAlpha(c, ws, we) && we - ws >= 2 || isOrdinalWord(c, ws, we))
          && !NOT_NAME_WORDS.contains(word);
      if (!direction && !nameWord) {
        return -1;
      }
      if (!direction) {
        names++;
      }
      if (we < n && c[we] == '.' && !direction) {
        return -1; // "stage 3 CKD. Dr. Mensah": a sentence ended
      }
      q = we < n && c[we] == '.' ? we + 1 : we;
      if (q >= n || c[q] != ' ') {
        return -1;
      }
    }
    return -1;
  }

  /** "P.O. Box 12", "PO Box 12", "Post Office Box 12", "Apartado postal 12", "Apdo. 12". */
  private static int poBox(char[] c, int n, Words w, int i) {
    int p;
    if (c[i] == 'p' && i + 1 < n) {
      p = i + 1;
      if (p < n && c[p] == '.') {
        p++;
      }
      while (p < n && c[p] == ' ') {
        p++;
      }
      if (p < n && c[p] == 'o') {
        p++;
        if (p < n && c[p] == '.') {
          p++;
        }
        while (p < n && c[p] == ' ') {
          p++;
        }
        if (!region(c, n, p, "box")) {
          return -1;
        }
        p += 3;
      } else if (region(c, n, i, "post office box")) {
        p = i + 15;
      } else {
        return -1;
      }
    } else if (region(c, n, i, "apartado postal")) {
      p = i + 15;
    } else if (region(c, n, i, "apdo")) {
      p = i + 4;
      if (p < n && c[p] == '.') {
        p++;
      }
    } else {
      return -1;
    }
    while (p < n && (c[p] == ' ' || c[p] == '#' || c[p] == '.')) {
      p++;
    }
    int d = p;
    while (d < n && Character.isLetterOrDigit(c[d]) && d - p < 8) {
      d++;
    }
    if (d == p || !hasDigit(c, p, d)) {
      return -1;
    }
    return d;
  }

  /**
   * "Calle Mayor 12", "Av. Reforma #222", "Carrera 7 # 45-10"; after a house number ({@code
   * numbered}), the name alone up to a comma, a line break or a unit: "1520 Av. Juárez, Suite B".
   */
  private static int spanishStreet(char[] c, int n, Words w, int i, boolean upperInOriginal,
      boolean numbered) {
    int we = w.end(i);
    if (!SPANISH_STREETS.contains(c, i, we - i)) {
      return -1;
    }
    String first = w.text(i, we);
    int q = we < n && c[we] == '.' ? we + 1 : we;
    if (first.equals("c") && (we >= n || c[we] != '/')) {
      return -1;
    }
    if (first.equals("c")) {
      q = we + 1;
      if (!upperInOriginal) {
        return -1; // "c/" in a Spanish SMS usually means "con"
      }
    }
    int names = 0;
    int namesEnd = q;
    for (int k = 0; k < 5; k++) {
      while (q < n && c[q] == ' ') {
        q++;
      }
      if (numbered && names > 0 && names <= 3 && q < n && (c[q] == ',' || c[q] == '\n'
          || UNITS.contains(w.text(q, w.end(q))))) {
        return namesEnd;
      }
      if (q < n && (c[q] == '#' || c[q] == ',')) {
        q++;
        while (q < n && c[q] == ' ') {
          q++;
        }
      }
      if (q < n && Character.isDigit(c[q]) && names > 0) {
        int d = q;
        while (d < n && (Character.isLetterOrDigit(c[d]) || c[d] == '-') && d - q < 8) {
          d++;
        }
        String num = w.text(q, d);
        if (num.endsWith("am") || num.endsWith("pm") || num.endsWith("hrs")
            || num.endsWith("h")) {
          return -1; // "c/ la pediatra 4pm" is a time, not a street number
        }
        if (d < n && Character.isLetter(c[d - 1]) && !Character.isDigit(c[q + 1])
            && d - q > 2) {
          return -1;
        }
        return d;
      }
      int ws = q;
      int e = w.end(ws);
      if (e == ws) {
        return -1;
      }
      String word = w.text(ws, e);
      if (word.equals("no") || word.equals("num") || word.equals("numero")) {
        q = e < n && c[e] == '.' ? e + 1 : e;
        continue;
      }
      boolean ok = (isAlpha(c, ws, e) || isOrdinalWord(c, ws, e) || isNumberWord(c, ws, e))
          && (!NOT_NAME_WORDS.contains(word) || word.equals("de")
              || word.equals("del") || word.equals("la") || word.equals("los")
              || word.equals("las") || word.equals("el")); // "Av. Las Palmas 2280"
      if (!ok) {
        return -1;
      }
      names++;
      q = e;
      namesEnd = e;
    }
    return -1;
  }

  /** Unit, direction and ", City, ST 12345" after a street. */
  private static int tail(char[] c, int n, Words w, int end) {
    int p = end;
    // direction after the suffix: "Ave NW"
    int ws = w.next(p);
    if (ws == p + 1 && ws >= 0) {
      int we = w.end(ws);
      if (DIRECTIONS.contains(w.text(ws, we))) {
        p = we < n && c[we] == '.' ? we + 1 : we;
      }
    }
    // unit: ", Apt 4B", " Suite 200", " #5"
    int q = p;
    if (q < n && c[q] == ',') {
      q++;
    }
    while (q < n && c[q] == ' ') {
      q++;
    }
    if (q < n && c[q] == '#') {
      int d = q + 1;
      while (d < n && Character.isLetterOrDigit(c[d]) && d - q < 7) {
        d++;
      }
      if (d > q + 1) {
        p = d;
      }
    } else if (q < n && Character.isLetter(c[q])) {
      int we = w.end(q);
      if (UNITS.contains(w.text(q, we))) {
        int d = we < n && c[we] == '.' ? we + 1 : we;
        while (d < n && (c[d] == ' ' || c[d] == '#')) {
          d++;
        }
        int ds = d;
        while (d < n && (Character.isLetterOrDigit(c[d]) || c[d] == '-') && d - ds < 7) {
          d++;
        }
        if (d > ds && hasDigit(c, ds, d) || d - ds == 1) {
          p = d;
        }
      }
    }
    // ", City[,] ST[ 12345]"
    boolean unit = p > end;
    q = p;
    // the city on the next line of a postal address: "Apt 204\nRaleigh, NC 27612"
    boolean nextLine = q < n && c[q] == '\n';
    if (q < n && (c[q] == ',' || nextLine)) {
      q++;
      int cityWords = 0;
      while (cityWords < 4) {
        while (q < n && c[q] == ' ') {
          q++;
        }
        int e = w.end(q);
        if (e == q || !isAlpha(c, q, e)) {
          break;
        }
        String word = w.text(q, e);
        if (cityWords == 0 && AFTER_CITY.contains(word)) {
          break; // "Suite 300, and bring a driver": the sentence goes on, no city
        }
        if (cityWords > 0 && STATES.contains(word)) {
          int z = e;
          while (z < n && c[z] == ' ') {
            z++;
          }
          int ze = z;
          while (ze < n && Character.isDigit(c[ze])) {
            ze++;
          }
          if (ze - z == 5) {
            if (ze + 5 <= n && c[ze] == '-' && allDigits(c, ze + 1, ze + 5)) {
              ze += 5;
            }
            return ze;
          }
          return nextLine ? p : e; // on the next line only with the ZIP: "Call or text" is none
        }
        cityWords++;
        q = e;
        // ", Portland." closing the sentence: the city without a state ("Col." is short for a
        // colonia, not a city)
        if (!nextLine && cityWords <= 2 && e - Context.letterRunStart(c, e) > 3
            && (q == n || c[q] == '.' || c[q] == '!' || c[q] == '\n')) {
          return q;
        }
        // "Apt 4B, Fairview and should arrive": after a unit, the city then the sentence going on
        if (unit && !nextLine && cityWords <= 2 && q + 1 < n && c[q] == ' '
            && AFTER_CITY.contains(w.text(q + 1, w.end(q + 1)))) {
          return q;
        }
        if (q < n && c[q] == ',') {
          q++;
        }
      }
    }
    return p;
  }

  /** Word boundaries in the base view. */
  private static final class Words {
    final char[] c;
    final int n;

    Words(char[] c, int n) {
      this.c = c;
      this.n = n;
    }

    /** Start of the next word at or after {@code p} across spaces only, or -1. */
    int next(int p) {
      int q = p;
      while (q < n && c[q] == ' ') {
        q++;
      }
      return q < n && Character.isLetterOrDigit(c[q]) ? q : -1;
    }

    int end(int p) {
      int e = p;
      while (e < n && (Character.isLetterOrDigit(c[e]) || c[e] == '\'')) {
        e++;
      }
      return e;
    }

    String text(int s, int e) {
      return new String(c, s, e - s);
    }
  }

  static boolean isOrdinalWord(char[] c, int s, int e) {
    if (e - s < 3) {
      return false;
    }
    int d = s;
    while (d < e && Character.isDigit(c[d])) {
      d++;
    }
    if (d == s || e - d != 2) {
      return false;
    }
    String suf = new String(c, d, 2);
    return suf.equals("st") || suf.equals("nd") || suf.equals("rd") || suf.equals("th");
  }

  private static boolean isNumberWord(char[] c, int s, int e) {
    return allDigits(c, s, e) && e - s <= 2;
  }

  private static boolean isAlpha(char[] c, int s, int e) {
    if (e <= s) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (!Character.isLetter(c[i]) && c[i] != '\'') {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(char[] c, int s, int e) {
    if (e > c.length) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (!Character.isDigit(c[i])) {
        return false;
      }
    }
    return e > s;
  }

  /**
   * Token {@code k} is a state's code in capitals right after a comma: the "MS" of "Jackson, MS",
   * the "OR" of "Portland, OR".
   */
  static boolean stateAfterComma(Analysis a, int k) {
    Tokens t = a.tokens();
    return k > 0 && k < t.size() && t.length(k) == 2 && STATES.contains(t, k) && a.allCaps(k)
        && ", ".equals(t.originalGap(k - 1, k));
  }

  private static boolean hasDigit(char[] c, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isDigit(c[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean region(char[] c, int n, int p, String s) {
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
}
