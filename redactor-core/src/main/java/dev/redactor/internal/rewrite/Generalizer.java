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
          "paperwork", "forms", "formularios", "time", "hora");

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
      for (int k = 0; k < n; k++) {
        if (starts[k] >= ranges[r][0] && starts[k + 1] <= ranges[r][1]) {
          owner[k] = r;
          if (first < 0) {
            first = k;
          }
          last = k;
        }
      }
      span[r] = first < 0 ? null : new int[] {first, last};
    }
    boolean spanish = isSpanish(toks);
    String[] out = new String[ranges.length];
    for (int r = 0; r < ranges.length; r++) {
      Rewriter.Removal rm = removals.get(r);
      if (rm.replacement() != null) {
        out[r] = rm.replacement();
        continue;
      }
      if (span[r] == null || !clinical(rm.category())) {
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
          out[r] = generic(rm.category(), spanish);
          continue;
        }
      }
      if (punctuationNext && sentenceStart(toks, first)) {
        continue; // a header: "Bright Smiles Dental: your appointment ..."
      }
      if (determinerBefore(toks, first, owner) || sentenceStart(toks, first)) {
        out[r] = generic(rm.category(), spanish);
      }
    }
    return out;
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

  private static String generic(Category c, boolean spanish) {
    if (c == Category.MEDICATION) {
      return spanish ? "receta" : "prescription";
    }
    return spanish ? "cita" : "appointment";
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

  /** Only modifiers (and other removed terms) between a determiner and the term. */
  private static boolean determinerBefore(List<Rewriter.Tok> toks, int first, int[] owner) {
    for (int k = first - 1; k >= 0; k--) {
      Rewriter.Tok t = toks.get(k);
      if (t.kind == Rewriter.Kind.SPACE || owner[k] >= 0) {
        continue;
      }
      if (t.kind == Rewriter.Kind.PUNCT) {
        if (t.text.equals("-")) {
          continue;
        }
        return false;
      }
      if (t.kind != Rewriter.Kind.WORD) {
        return false;
      }
      String w = lower(t.text);
      if (DETERMINERS.contains(w)) {
        return true;
      }
      if (MODIFIERS.contains(w) || isNumber(w)) {
        continue;
      }
      return false;
    }
    return false;
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
