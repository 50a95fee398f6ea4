package dev.redactor.internal.rewrite;

import dev.redactor.Category;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, for each clinical term a rewrite takes out, whether to remove it or to put a generic
 * word in its place, so that the sentence keeps its grammar:
 *
 * <ul>
 *   <li>a modifier before a visit noun goes: "your <u>cardiology</u> follow-up" → "your
 *       follow-up", "su cita de <u>cardiología</u>" → "su cita";
 *   <li>a head noun after a determiner becomes a generic one: "your next <u>infusion</u> is" →
 *       "your next appointment is", "your <u>sertraline 50mg</u> is ready" → "your prescription is
 *       ready", "su <u>quimio</u> es el martes" → "su cita es el martes"; a weak visit noun goes
 *       with it: "your <u>asthma check</u>" → "your appointment";
 *   <li>anything else — an object of a preposition ("prescription for <u>atorvastatin</u>", "at
 *       <u>Summit Cancer Center</u>"), a header ("<u>Bright Smiles Dental</u>: ...") — is
 *       removed, and the rewriter repairs around it.
 * </ul>
 *
 * <p>A rule's own {@code replacement} always wins: an empty one forces removal.
 */
final class Generalizer {
  private Generalizer() {}

  /** Visit nouns a removed modifier can lean on. */
  private static final Set<String> STRONG_HEADS =
      Set.of("appointment", "appointments", "appt", "appts", "visit", "visits", "follow",
          "followup", "follow-up", "consult", "consultation", "refill", "refills", "prescription",
          "rx", "order", "pickup", "cita", "citas", "consulta", "seguimiento", "visita", "receta",
          "surtido", "reminder", "recordatorio", "results", "resultados", "check-in", "checkin",
          "paperwork", "forms", "formularios", "time", "hora", "meds", "medication",
          "medications", "medicine", "medicines", "pills", "supplies", "supply", "card", "kit", "equipment", "medicamento", "medicamentos", "medicina", "insumos",
          "entrega", "tarjeta", "equipo");

  /** Visit nouns that say little without the term: they go with it. */
  private static final Set<String> WEAK_HEADS =
      Set.of("check", "checkup", "check-up", "control", "management", "clinic", "class",
          "classes", "screening", "program", "education", "review", "recheck", "group",
          "session", "sesion", "sesión", "clase", "programa", "revision", "revisión", "taller");

  private static final Set<String> DETERMINERS =
      Set.of("your", "ur", "yr", "the", "a", "an", "his", "her", "their", "our", "my", "this",
          "that", "su", "sus", "tu", "tus", "la", "el", "los", "las", "una", "un", "esta", "este",
          "mi");

  private static final Set<String> MODIFIERS =
      Set.of("next", "upcoming", "scheduled", "annual", "yearly", "routine", "first", "second",
          "last", "new", "monthly", "weekly", "regular", "month", "week", "year", "day",
          "follow-up", "followup", "proxima", "próxima", "proximo", "próximo", "anual", "primera",
          "primer", "siguiente", "nueva", "nuevo", "mensual", "semanal", "-");

  private static final Set<String> SPANISH =
      Set.of("el", "la", "los", "las", "de", "del", "que", "su", "sus", "usted", "cita", "para",
          "por", "con", "es", "está", "esta", "le", "lo", "se", "una", "un", "hola", "gracias",
          "favor", "llame", "mañana", "hoy", "será", "tiene", "nuestra", "al", "y", "en");

  private static final Set<String> ENGLISH =
      Set.of("the", "your", "you", "is", "to", "for", "at", "and", "with", "our", "are",
          "please", "on", "of", "this", "be", "will", "have", "has", "call", "hi", "thanks",
          "we", "in", "a");

  /** One entry per removal: null to remove, otherwise the word to put in place. */
  static String[] replacements(String text, List<Rewriter.Tok> toks, int[][] ranges,
      List<Rewriter.Removal> removals) {
    int n = toks.size();
    int[] starts = new int[n + 1];
    int pos = 0;
    for (int k = 0; k < n; k++) {
      starts[k] = pos;
      pos += toks.get(k).text.length();
    }
    starts[n] = pos;
    int[] owner = new int[n];
    java.util.Arrays.fill(owner, -1);
    int[][] span = new int[ranges.length][];
    for (int r = 0; r < ranges.length; r++) {
      int first = -1;
      int last = -1;
      for (int k = Rewriter.firstTokenAt(starts, n, ranges[r][0]);
          k < n && starts[k + 1] <= ranges[r][1]; k++) {
        owner[k] = r;
        if (first < 0) {
          first = k;
        }
        last = k;
      }
      span[r] = first < 0 ? null : new int[] {first, last};
    }
    boolean spanish = isSpanish(toks);
    String[] out = new String[ranges.length];
    boolean[] plural = new boolean[ranges.length];
    for (int r = 0; r < ranges.length; r++) {
      if (removals.get(r).replacement() == null && span[r] != null) {
        plural[r] = mergeCoordinated(toks, starts, owner, span, ranges, removals, r);
      }
    }
    for (int r = 0; r < ranges.length; r++) {
      Rewriter.Removal rm = removals.get(r);
      if (rm.replacement() != null) {
        out[r] = rm.replacement();
        continue;
      }
      if (span[r] == null) {
        continue;
      }
      if (rm.category() == Category.NAME) {
        out[r] = person(text, toks, ranges, r, span[r], spanish, plural[r]);
        continue;
      }
      if (!clinical(rm.category())) {
        continue;
      }
      int first = span[r][0];
      int last = span[r][1];
      int end = ranges[r][1];
      if (possessiveAt(text, end)) {
        // "your newborn's follow-up" -> "your follow-up": the 's goes with its owner
        ranges[r][1] = end + 2;
        for (int k = last + 1; k < n && starts[k] < end + 2; k++) {
          toks.get(k).removed = true;
        }
        continue;
      }
      int next = nextWord(toks, last + 1);
      if (next >= 0 && owner[next] >= 0) {
        continue; // another removed term follows: this one is its modifier
      }
      boolean punctuationNext = nextIsPunctuation(toks, last + 1);
      if (next >= 0 && !punctuationNext) {
        String w = lower(toks.get(next).text);
        if (STRONG_HEADS.contains(w)) {
          continue; // "your cardiology follow-up" -> "your follow-up"
        }
        if (WEAK_HEADS.contains(w)) {
          // "your asthma check" -> "your appointment": the head goes too
          ranges[r][1] = starts[next + 1];
          for (int k = last + 1; k <= next; k++) {
            toks.get(k).removed = true;
          }
          out[r] = generic(rm.category(), spanish, plural[r]);
          continue;
        }
      }
      if (punctuationNext && sentenceStart(toks, first)) {
        continue; // a header: "Bright Smiles Dental: your appointment ..."
      }
      int det = determinerBefore(toks, first, owner);
      if (det >= 0 && visitNounBefore(toks, det, ranges, starts, r)) {
        continue; // "your appt for your mammogram" -> "your appt"
      }
      if (det >= 0 || sentenceStart(toks, first)) {
        boolean many = plural[r] || pluralVerbFollows(toks, nextWord(toks, last + 1));
        if (facility(toks.get(last).text) || (spanish && facility(toks.get(first).text))) {
          String place = !spanish ? "office"
              : det >= 0 && FEMININE.contains(lower(toks.get(det).text)) ? "clínica"
              : "consultorio";
          out[r] = many ? place + "s" : place;
        } else {
          out[r] = generic(rm.category(), spanish, many, lastWordOf(toks, starts, ranges[r]));
        }
      }
    }
    return out;
  }

  /**
   * Joins removal {@code r} with the removals coordinated after it ("your colonoscopy and
   * mammogram", "Maria, Jose and Ana"): one range, one replacement. Returns whether they were
   * joined by "and" (the replacement is then plural).
   */
  private static boolean mergeCoordinated(List<Rewriter.Tok> toks, int[] starts, int[] owner,
      int[][] span, int[][] ranges, List<Rewriter.Removal> removals, int r) {
    boolean and = false;
    boolean name = removals.get(r).category() == Category.NAME;
    while (true) {
      int k = span[r][1] + 1;
      while (k < toks.size() && toks.get(k).kind == Rewriter.Kind.SPACE) {
        k++;
      }
      if (k >= toks.size()) {
        return and;
      }
      Rewriter.Tok c = toks.get(k);
      String w = lower(c.text);
      boolean conj = w.equals("and") || w.equals("or") || w.equals("y") || w.equals("o")
          || w.equals("&") || w.equals(",");
      if (!conj) {
        return and;
      }
      int j = k + 1;
      while (j < toks.size() && toks.get(j).kind == Rewriter.Kind.SPACE) {
        j++;
      }
      if (w.equals(",") && j < toks.size() && (lower(toks.get(j).text).equals("and")
          || lower(toks.get(j).text).equals("y"))) {
        // an Oxford comma: ", and"
        w = "and";
        j++;
        while (j < toks.size() && toks.get(j).kind == Rewriter.Kind.SPACE) {
          j++;
        }
      }
      if (j >= toks.size() || owner[j] < 0 || owner[j] == r) {
        return and;
      }
      int r2 = owner[j];
      Rewriter.Removal other = removals.get(r2);
      boolean otherName = other.category() == Category.NAME;
      if (other.replacement() != null || span[r2] == null || name != otherName
          || (!name && !clinical(other.category()))) {
        return and;
      }
      and |= w.equals("and") || w.equals("y") || w.equals("&") || w.equals(",");
      ranges[r][1] = ranges[r2][1];
      span[r][1] = span[r2][1];
      for (int t = 0; t < owner.length; t++) {
        if (owner[t] == r2 || (t > k - 1 && t < j)) {
          owner[t] = r;
        }
      }
      ranges[r2] = new int[] {-1, -1};
      span[r2] = null;
    }
  }

  private static final Set<String> SALUTATIONS =
      Set.of("dear", "estimado", "estimada", "querido", "querida", "apreciado", "apreciada");

  /**
   * What stands in for a removed name: "Dear Robert," -> "Dear patient,"; "Kevin's results" ->
   * "the results"; otherwise nothing.
   */
  private static String person(String text, List<Rewriter.Tok> toks, int[][] ranges, int r,
      int[] span, boolean spanish, boolean plural) {
    int end = ranges[r][1];
    if (possessiveAt(text, end)) {
      ranges[r][1] = end + 2;
      return "the";
    }
    int p = prevWord(toks, span[0] - 1);
    if (p >= 0 && SALUTATIONS.contains(lower(toks.get(p).text))) {
      String w = spanish ? "paciente" : "patient";
      return plural ? w + "s" : w;
    }
    int next = nextWord(toks, span[1] + 1);
    if (!plural && sentenceStart(toks, span[0]) && next >= 0
        && SUBJECT_VERBS.contains(lower(toks.get(next).text))) {
      // "Zephyrine Lopez has an appointment" -> "The patient has an appointment"
      return spanish ? "el paciente" : "the patient";
    }
    return null;
  }

  private static final Set<String> SUBJECT_VERBS =
      Set.of("is", "has", "was", "will", "needs", "can", "should", "must", "missed", "had",
          "tiene", "es", "esta", "está", "necesita", "debe", "tuvo", "fue", "faltó", "falto");

  private static final Set<String> FACILITIES =
      Set.of("center", "centre", "centers", "clinic", "clinics", "office", "offices", "institute",
          "hospital", "practice", "group", "associates", "specialists", "centro", "clinica",
          "clínica", "consultorio", "instituto", "unidad", "dental", "dentistry", "pharmacy",
          "farmacia");

  private static final Set<String> ADMINISTERED =
      Set.of("injection", "injections", "shot", "shots", "infusion", "infusions", "inyeccion",
          "inyección", "infusión");

  /** The last word token inside {@code range}, or null. */
  private static String lastWordOf(List<Rewriter.Tok> toks, int[] starts, int[] range) {
    String last = null;
    for (int k = Rewriter.firstTokenAt(starts, toks.size(), range[0]);
        k < toks.size() && starts[k + 1] <= range[1]; k++) {
      if (toks.get(k).kind == Rewriter.Kind.WORD) {
        last = toks.get(k).text;
      }
    }
    return last;
  }

  private static final Set<String> FEMININE =
      Set.of("la", "las", "una", "esta", "nuestra", "nuestras", "su", "sus");

  /** A removed name of a place ("the cancer center") gives way to "the office". */
  private static boolean facility(String lastWord) {
    return FACILITIES.contains(lower(lastWord));
  }

  private static boolean pluralVerbFollows(List<Rewriter.Tok> toks, int next) {
    if (next < 0) {
      return false;
    }
    String w = lower(toks.get(next).text);
    return w.equals("are") || w.equals("were") || w.equals("have") || w.equals("son")
        || w.equals("están") || w.equals("estan") || w.equals("fueron") || w.equals("serán")
        || w.equals("seran");
  }

  /**
   * Before the determiner at {@code det}: a preposition ("for", "para", "of", "de") and, earlier
   * in the sentence, a visit noun the phrase only qualifies. The whole phrase then goes: "your
   * appt for your mammogram" -> "your appt", "su cita para la prueba" -> "su cita".
   */
  private static boolean visitNounBefore(List<Rewriter.Tok> toks, int det, int[][] ranges,
      int[] starts, int r) {
    int p = prevWord(toks, det - 1);
    if (p < 0) {
      return false;
    }
    String prep = lower(toks.get(p).text);
    if (!(prep.equals("for") || prep.equals("para") || prep.equals("of") || prep.equals("de")
        || prep.equals("del"))) {
      return false;
    }
    for (int k = p - 1; k >= 0; k--) {
      Rewriter.Tok t = toks.get(k);
      if (t.isSentenceEnd() || t.kind == Rewriter.Kind.NEWLINE) {
        return false;
      }
      if (t.kind == Rewriter.Kind.WORD && !t.removed) {
        String w = lower(t.text);
        if (w.equals("appointment") || w.equals("appt") || w.equals("visit")
            || w.equals("cita") || w.equals("consulta") || w.equals("visita")) {
          ranges[r][0] = starts[p];
          return true;
        }
      }
    }
    return false;
  }

  private static int prevWord(List<Rewriter.Tok> toks, int from) {
    for (int k = from; k >= 0; k--) {
      Rewriter.Tok t = toks.get(k);
      if (t.kind == Rewriter.Kind.SPACE) {
        continue;
      }
      return t.kind == Rewriter.Kind.WORD ? k : -1;
    }
    return -1;
  }

  /** {@code 's} or {@code ’s} at {@code at}, ending a word. */
  private static boolean possessiveAt(String text, int at) {
    if (at + 2 > text.length()) {
      return false;
    }
    char ap = text.charAt(at);
    char s = text.charAt(at + 1);
    return (ap == '\'' || ap == '\u2019') && (s == 's' || s == 'S')
        && (at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2)));
  }

  private static boolean clinical(Category c) {
    return c == Category.PROCEDURE || c == Category.SPECIALTY || c == Category.CONDITION
        || c == Category.MEDICATION;
  }

  private static String generic(Category c, boolean spanish, boolean plural) {
    return generic(c, spanish, plural, null);
  }

  /** As above; a drug given as an injection or infusion names a visit, not a prescription. */
  private static String generic(Category c, boolean spanish, boolean plural, String lastWord) {
    String w;
    if (c == Category.MEDICATION && !(lastWord != null && ADMINISTERED.contains(lower(lastWord)))) {
      w = spanish ? "receta" : "prescription";
    } else {
      w = spanish ? "cita" : "appointment";
    }
    return plural ? w + "s" : w;
  }

  /** The next word token after spaces only, or -1. */
  private static int nextWord(List<Rewriter.Tok> toks, int from) {
    for (int k = from; k < toks.size(); k++) {
      Rewriter.Tok t = toks.get(k);
      if (t.kind == Rewriter.Kind.SPACE) {
        continue;
      }
      return t.kind == Rewriter.Kind.WORD ? k : -1;
    }
    return -1;
  }

  private static boolean nextIsPunctuation(List<Rewriter.Tok> toks, int from) {
    for (int k = from; k < toks.size(); k++) {
      Rewriter.Tok t = toks.get(k);
      if (t.kind == Rewriter.Kind.SPACE) {
        continue;
      }
      return t.kind == Rewriter.Kind.PUNCT
          && (t.text.equals(":") || t.text.equals(",") || t.text.equals("!")
              || t.text.equals("|") || t.text.equals("-"));
    }
    return false;
  }

  /**
   * The determiner before the term with only modifiers (and other removed terms) between, or -1.
   */
  private static int determinerBefore(List<Rewriter.Tok> toks, int first, int[] owner) {
    for (int k = first - 1; k >= 0; k--) {
      Rewriter.Tok t = toks.get(k);
      if (t.kind == Rewriter.Kind.SPACE || owner[k] >= 0) {
        continue;
      }
      if (t.kind == Rewriter.Kind.PUNCT) {
        if (t.text.equals("-")) {
          continue;
        }
        return -1;
      }
      if (t.kind != Rewriter.Kind.WORD) {
        return -1;
      }
      String w = lower(t.text);
      if (DETERMINERS.contains(w) || w.endsWith("'s") || w.endsWith("\u2019s")) {
        return k; // "your", "la", or a possessive: "your son's"
      }
      if (MODIFIERS.contains(w) || isNumber(w) || isDurationOrOrdinal(w)) {
        continue;
      }
      return -1;
    }
    return -1;
  }

  private static final Set<String> UNIT_SUFFIXES =
      Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "-day", "-week",
          "-month", "-year", "st", "nd", "rd", "th", "er", "do", "da", "ro", "ra", "to", "ta",
          "º", "ª", "o", "a");

  /** "6-month", "2-week", "2nd", "3rd", "10th", "2da": modifiers like "annual". */
  private static boolean isDurationOrOrdinal(String w) {
    int i = 0;
    while (i < w.length() && Character.isDigit(w.charAt(i))) {
      i++;
    }
    return i > 0 && i < w.length() && UNIT_SUFFIXES.contains(w.substring(i));
  }

  private static boolean sentenceStart(List<Rewriter.Tok> toks, int first) {
    for (int k = first - 1; k >= 0; k--) {
      Rewriter.Tok t = toks.get(k);
      if (t.kind == Rewriter.Kind.SPACE) {
        continue;
      }
      return t.kind == Rewriter.Kind.NEWLINE || t.isSentenceEnd() || t.text.equals(":");
    }
    return true;
  }

  private static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return !w.isEmpty();
  }

  private static boolean isSpanish(List<Rewriter.Tok> toks) {
    int es = 0;
    int en = 0;
    for (Rewriter.Tok t : toks) {
      if (t.kind != Rewriter.Kind.WORD) {
        continue;
      }
      String w = lower(t.text);
      if (SPANISH.contains(w)) {
        es++;
      } else if (ENGLISH.contains(w)) {
        en++;
      }
    }
    return es > en;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
