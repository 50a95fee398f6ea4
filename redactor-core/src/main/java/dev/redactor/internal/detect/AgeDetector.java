package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.WordSet;
import dev.redactor.internal.text.NormalizedText;
import java.util.List;

/**
 * Finds ages over 89, which Safe Harbor treats as identifying: {@code 92-year-old}, {@code 92
 * years old}, {@code 92 yo}, {@code 92 y/o}, {@code age 90}, {@code aged 95}, {@code turning 90},
 * {@code 91st birthday}, {@code 92 años}, {@code edad: 93}, {@code cumple 90}. The span is the
 * number (with its ordinal suffix). Ages up to 89 are not identifiers and are not reported; numbers
 * from 90 to 120 without an age word or pattern are not ages.
 */
final class AgeDetector implements Detector {
  /** Longer phrases before the phrases they start with: firstMatch takes the first. */
  private static final String[] AGE_WORDS_AFTER = {
    " year old ", " years old ", " yr old ", " yrs old ", " year olds ", " yo ", " y o ",
    " years of age ", " year of age ", " years young ", " anos de edad ", " anos ", " birthday ",
    " bday ", " cumpleanos "
  };

  private static final String[] AGE_LABELS_BEFORE = {
    " age ", " aged ", " edad ", " turning ", " turns ", " turned ", " cumple ", " cumplio ",
    " cumplira ", " cumplir ", " cumpleanos numero ", " cumpleanos no ", " birthday number ",
    " years old on ", " anos de edad ",
    // "our records list your age as 93", "feliz cumpleaños 93"
    " age as ", " age is ", " age of ", " edad es ", " edad de ", " cumpleanos "
  };

  /** A person the number is said of: "Since the patient is 94", "my mother is 92 now". */
  private static final String[] PERSON_IS_BEFORE = {
    " patient is ", " patient is now ", " pt is ", " he is ", " she is ", " he s ", " she s ",
    " he is now ", " she is now ", " mother is ", " mom is ", " father is ", " dad is ",
    " husband is ", " wife is ", " grandmother is ", " grandfather is ", " grandma is ",
    " grandpa is ", " who is ",
    // the reader: "Because you are 94, our team gives you an extra call"
    " you are ", " you re ", " you are now ", " you turned ",
    // the window keeps a word's apostrophe: "since you're 92", "you'll be 92 on your birthday"
    " you're ", " you\u2019re ", " he's ", " she's ", " you'll be ", " you\u2019ll be ",
    " you will be ", " he'll be ", " she'll be ", " he will be ", " she will be "
  };

  /** Who the number is said of after "at": "at 93 you're due for your shot". */
  private static final String[] PERSON_AFTER_AT = {
    " you ", " you're ", " you\u2019re ", " he ", " she ", " he's ", " she's ", " your "
  };

  /** Courtesy titles: "Mrs. Duarte is 94". */
  private static final String[] TITLES = {" mr ", " mrs ", " ms ", " miss ", " sr ", " sra "};

  /** {@code before} (three words) is a courtesy title, a word and "is": "Mrs. Duarte is". */
  private static boolean titledNameIs(String before) {
    return before.endsWith(" is ") && Context.startsWith(before, TITLES);
  }

  private static final String[] NOT_AN_AGE_AFTER = {
    " min ", " minutes ", " days ", " mg ", " dollars ", " percent ", " pm ", " am ", " lbs ",
    " pounds ", " kg ", " units ", " in line ", " on the ", " on our ", " of "
  };

  @Override
  public void detect(Analysis analysis, List<Detection> out) {
    NormalizedText v = analysis.base();
    char[] c = v.buffer();
    int n = v.length();
    int i = 0;
    while (i < n) {
      if (!Character.isDigit(c[i]) || (i > 0 && (Character.isLetterOrDigit(c[i - 1])
          || c[i - 1] == '.' || c[i - 1] == ',' || c[i - 1] == '/' || c[i - 1] == '$'
          || c[i - 1] == '-' && i > 1 && Character.isDigit(c[i - 2])))) {
        i++;
        continue;
      }
      int e = i;
      int value = 0;
      while (e < n && Character.isDigit(c[e])) {
        value = value * 10 + (c[e] - '0');
        e++;
        if (e - i > 3) {
          break;
        }
      }
      if (e - i < 2 || e - i > 3 || value < 90 || value > 120
          || (e < n && (Character.isDigit(c[e]) || c[e] == '.' && e + 1 < n
              && Character.isDigit(c[e + 1])))) {
        i = e;
        continue;
      }
      int spanEnd = e;
      boolean ordinal = e + 2 <= n && isOrdinal(c, e)
          && (e + 2 == n || !Character.isLetterOrDigit(c[e + 2]));
      if (ordinal) {
        spanEnd = e + 2;
      }
      boolean glued = spanEnd < n && Character.isLetter(c[spanEnd])
          && !(regionIs(c, n, spanEnd, "yo") && (spanEnd + 2 == n
              || !Character.isLetter(c[spanEnd + 2])));
      if (glued) {
        i = e;
        continue;
      }
      String after = Context.after(v, spanEnd, 4);
      String before = Context.before(v, i, 3);
      boolean isAge;
      if (ordinal) {
        // "Happy 91st birthday", "Opal! Happy belated 93rd :)"
        isAge = Context.startsWith(after, " birthday ", " bday ", " cumpleanos ")
            || Context.endsWith(before, " happy ", " happy belated ", " belated ")
                && !Context.startsWith(after, " day ", " anniversary ", " year ", " annual ",
                    " season ", " week ", " celebration ", " edition ", " birthday of ");
      } else {
        boolean gluedYo = regionIs(c, n, spanEnd, "yo");
        isAge = gluedYo
            || parenthesizedAfterName(analysis.original(), v, c, n, i, e)
            || setOffAfterAPerson(analysis.original(), v, c, n, i, e)
            || Context.startsWith(after, AGE_WORDS_AFTER) && !yearsOfAnInstitution(after)
            || (Context.endsWith(before, " at ") && Context.startsWith(after, PERSON_AFTER_AT)
                && (e == n || c[e] == ' ' || c[e] == ','))
            || (Context.endsWith(before, AGE_LABELS_BEFORE)
                || (Context.endsWith(before, PERSON_IS_BEFORE) || titledNameIs(before))
                    && (e == n || c[e] != '%'))
                && !Context.startsWith(after, NOT_AN_AGE_AFTER);
      }
      if (isAge && !hasBeforeConflict(before)) {
        // What a rewrite removes: "92-year-old", "aged 92", "92 años" as a whole; for an
        // ordinal birthday only the number ("Happy birthday!").
        int removeFrom = i;
        int removeTo = spanEnd;
        if (!ordinal) {
          String phrase = firstMatch(after, AGE_WORDS_AFTER);
          if (regionIs(c, n, spanEnd, "yo")) {
            removeTo = spanEnd + 2;
          } else if (phrase != null && !phrase.equals(" birthday ") && !phrase.equals(" bday ")
              && !phrase.equals(" cumpleanos ")) {
            removeTo = skipWords(c, n, spanEnd, phrase.trim().split(" ").length);
          } else if (Context.endsWith(before, AGE_LABELS_BEFORE)) {
            removeFrom = previousWordStart(c, i);
          }
        }
        long r = v.toOriginal(i, spanEnd);
        int label = removeFrom < i ? NormalizedText.startOf(v.toOriginal(removeFrom, i)) : -1;
        int removalEnd = NormalizedText.endOf(v.toOriginal(i, removeTo));
        out.add(new Detection(NormalizedText.startOf(r), NormalizedText.endOf(r), Category.AGE,
            "age", 0.9, 0, label, removalEnd));
      }
      i = spanEnd;
    }
  }

  /**
   * "95 años cuidando a nuestra comunidad", "95 años de servicio": how long a practice has been
   * at work, not a person's age ({@code after} is the folded words after the number).
   */
  static boolean yearsOfAnInstitution(String after) {
    if (!after.startsWith(" anos ")) {
      return false;
    }
    int s = " anos ".length();
    int e = after.indexOf(' ', s);
    String next = e < 0 ? after.substring(s) : after.substring(s, e);
    if (next.endsWith("ando") || next.endsWith("iendo")) {
      return true; // a gerund: "cuidando", "sirviendo"
    }
    return next.equals("de") && Context.startsWith(after.substring(s + 2), " servicio ",
        " historia ", " experiencia ", " trayectoria ", " fundacion ", " existencia ");
  }

  private static final WordSet NOT_PEOPLE = WordSet.spaced(" room suite ext unit page step floor"
      + " option line box lot exit route gate code sala piso ");

  /**
   * "Edith (96)", "Mr. Okafor (93)": a number alone in parentheses right after a capitalized word
   * is the age of the person it follows.
   */
  private static boolean parenthesizedAfterName(String original, NormalizedText v, char[] c,
      int n, int start, int end) {
    if (start < 2 || end >= n || c[start - 1] != '(' || c[end] != ')') {
      return false;
    }
    // "your father (93)", "su abuela (94)": a relative, as a name
    long word = letterWordBefore(c, start - 2);
    int ws = (int) (word >>> 32);
    if (word >= 0 && PERSON_LEADS.contains(c, ws, (int) word - ws)) {
      return true;
    }
    return capitalizedPersonWordBefore(original, v, c, start - 2) >= 0;
  }

  private static final WordSet PERSON_LEADS = WordSet.spaced(" mr mrs ms miss mx sr sra srta don"
      + " dona father mother mom dad grandmother grandfather husband wife padre madre abuela abuelo"
      + " esposo esposa aunt uncle tia tio ");

  /**
   * "Mr. Pilcher, 93, is out of surgery", "your grandmother Edith, 96, was admitted": a number set
   * off by commas right after a person's name, introduced by a title or a relative, is that
   * person's age.
   */
  private static boolean setOffAfterAPerson(String original, NormalizedText v, char[] c, int n,
      int start, int end) {
    if (start < 3 || end >= n || c[end] != ',' || c[start - 1] != ' ' || c[start - 2] != ',') {
      return false;
    }
    int word = capitalizedPersonWordBefore(original, v, c, start - 3);
    if (word < 0) {
      return false;
    }
    // the title or relative one or two words before the name ("Mr. Pilcher", "Mrs. Ana Ruiz")
    int p = word;
    for (int words = 0; words < 2; words++) {
      while (p > 0 && (c[p - 1] == ' ' || c[p - 1] == '.')) {
        p--;
      }
      int we = p;
      while (p > 0 && Character.isLetter(c[p - 1])) {
        p--;
      }
      if (we == p) {
        return false;
      }
      if (PERSON_LEADS.contains(c, p, we - p)) { // the base view is case-folded
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the capitalized word ending at or before {@code p} (past spaces), if it may be a
   * person's name (no "Room", "Suite"); else -1.
   */
  private static int capitalizedPersonWordBefore(String original, NormalizedText v, char[] c,
      int p) {
    long word = letterWordBefore(c, p);
    int wordStart = (int) (word >>> 32);
    int wordEnd = (int) word;
    if (word < 0 || wordEnd - wordStart < 2) {
      return -1;
    }
    int o = NormalizedText.startOf(v.toOriginal(wordStart, wordStart + 2));
    if (o + 1 >= original.length() || !Character.isUpperCase(original.charAt(o))
        || !Character.isLowerCase(original.charAt(o + 1))) {
      return -1;
    }
    return NOT_PEOPLE.contains(c, wordStart, wordEnd - wordStart) ? -1 : wordStart;
  }

  /**
   * The word of letters that ends at {@code p} or before it, past spaces, as {@code start << 32 |
   * end}; -1 when there is none.
   */
  private static long letterWordBefore(char[] c, int p) {
    while (p >= 0 && c[p] == ' ') {
      p--;
    }
    int end = p + 1;
    while (p >= 0 && Character.isLetter(c[p])) {
      p--;
    }
    int start = p + 1;
    return end > start ? (long) start << 32 | end : -1;
  }

  private static String firstMatch(String window, String[] phrases) {
    for (String p : phrases) {
      if (window.startsWith(p)) {
        return p;
      }
    }
    return null;
  }

  /** The view index after {@code words} more words from {@code p}. */
  private static int skipWords(char[] c, int n, int p, int words) {
    int q = p;
    for (int w = 0; w < words; w++) {
      while (q < n && !Context.isWordChar(c[q])) {
        q++;
      }
      while (q < n && Context.isWordChar(c[q])) {
        q++;
      }
    }
    return q;
  }

  /** Start of the word before {@code p} (across spaces and a colon). */
  private static int previousWordStart(char[] c, int p) {
    int q = p;
    while (q > 0 && (c[q - 1] == ' ' || c[q - 1] == ':')) {
      q--;
    }
    while (q > 0 && Context.isWordChar(c[q - 1])) {
      q--;
    }
    return q;
  }

  private static boolean hasBeforeConflict(String before) {
    return Context.endsWith(before, " room ", " suite ", " apt ", " unit ", " page ", " route ",
        " highway ", " hwy ", " bus ", " line ", " floor ", " bed ");
  }

  private static boolean isOrdinal(char[] c, int p) {
    char a = c[p];
    char b = c[p + 1];
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
        || (a == 't' && b == 'h');
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
}
