package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.analysis.WordSet;
import java.util.List;

/**
 * An exercise prescription: an exercise with its sets and repetitions, as a therapist texts a home
 * program. "add bridges 3x10 + clamshells 2x15 daily", "puente 3 series de 10", "3 sets of 15
 * heel raises twice a day", "wall slides 10 reps". The prescription is treatment, so it is a
 * PROCEDURE with the dosing flag (the default policy blocks it outside the portal).
 *
 * <p>A count alone is not enough: the sentence must also give how often ("daily", "twice a day",
 * "al día") or the message must speak of exercises, reps or sets, so that "an 8x10 print" or "2x4
 * lumber" are not read. A size ("4x4 in", "10x12 cm") never is.
 */
final class ExerciseDetector implements Detector {

  private static final WordSet SET_WORDS = WordSet.of("sets", "set", "series", "rounds",
      "rondas", "tandas");
  private static final WordSet REP_WORDS = WordSet.of("reps", "rep", "repetitions",
      "repeticiones", "repeticion", "times", "veces");
  private static final WordSet SIZE_UNITS = WordSet.of("in", "inch", "inches", "cm", "mm", "ft",
      "feet", "m", "pulgadas", "print", "prints", "photo", "photos", "card", "cards", "gauze",
      "lumber", "board", "boards", "foto", "fotos", "tarjeta", "tarjetas");
  /** Words that say the message is about exercises. */
  private static final WordSet EXERCISE_WORDS = WordSet.spaced(" exercise exercises hep stretch"
      + " stretches stretching reps rep sets ejercicio ejercicios estiramiento estiramientos"
      + " repeticiones series program programa ");
  private static final WordSet FREQUENCY = WordSet.spaced(" daily diario diaria diariamente"
      + " twice dia day days week semana nightly morning mornings evening evenings night noche"
      + " noches manana mananas tarde tardes ");
  /** Words that are no exercise's name. */
  private static final WordSet NOT_EXERCISES = WordSet.spaced(" add do the a an and y your ur"
      + " su sus then also of de with con for para haga hacer please pls to"
      + " hold continue keep start practice practica practique each every cada per por on in at"
      + " sec secs second seconds segundos min mins minute minutes minutos hour hours horas ");

  @Override
  public void detect(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    int exerciseWords = -1; // computed on the first count found
    for (int i = 0; i < n; i++) {
      int end = countEnd(t, i);
      if (end < 0) {
        continue;
      }
      if (end + 1 < n && SIZE_UNITS.contains(t, end + 1)) {
        i = end;
        continue;
      }
      if (exerciseWords < 0) {
        exerciseWords = Frames.anyWithin(t, 0, n - 1, EXERCISE_WORDS) ? 1 : 0;
      }
      int sFirst = Frames.sentenceFirstToken(a, i);
      int sLast = Frames.sentenceLastToken(a, end);
      if (exerciseWords == 0 && !Frames.anyWithin(t, sFirst, sLast, FREQUENCY)) {
        i = end;
        continue;
      }
      // the exercise: up to three words right before the count ("bridges 3x10", "heel raises
      // 2x15"), or after it ("3 sets of 15 heel raises")
      int from = i;
      for (int k = i - 1; k >= Math.max(sFirst, i - 3) && exerciseWord(t, k) && joined(t, k); k--) {
        from = k;
      }
      int to = end;
      // a compact count names what went before it; only a spelled-out one what follows
      if (from == i && t.type(i) == Tokens.NUMBER) {
        for (int k = end + 1; k <= Math.min(sLast, end + 3) && exerciseWord(t, k)
            && joined(t, k - 1); k++) {
          to = k;
        }
      }
      if (from == i && to == end) {
        i = end;
        continue; // a count of nothing named
      }
      out.add(new Detection(t.originalStart(from), t.originalEnd(to), Category.PROCEDURE,
          "exercise", 0.85, Detection.DOSING));
      i = to;
    }
  }

  /**
   * The last token of a count of sets and repetitions starting at {@code i} ("3x10", "3 x 10", "3
   * sets of 10", "3 series de 10", "10 reps"), or -1.
   */
  private static int countEnd(Tokens t, int i) {
    int n = t.size();
    if (t.type(i) == Tokens.WORD) {
      // "3x10": read from the buffer, so no string is made for the many words that are not
      int len = t.length(i);
      if (len < 3 || len > 5) {
        return -1;
      }
      char[] c = t.view().buffer();
      int s = t.start(i);
      int x = -1;
      for (int p = 0; p < len; p++) {
        if (c[s + p] == 'x' && x < 0) {
          x = p;
        } else if (!Character.isDigit(c[s + p])) {
          return -1;
        }
      }
      if (x < 1 || x > 2 || len - x - 1 < 1 || len - x - 1 > 2) {
        return -1;
      }
      int reps = 0;
      for (int p = x + 1; p < len; p++) {
        reps = reps * 10 + (c[s + p] - '0');
      }
      return reps >= 3 ? i : -1; // "2x1" is a sale
    }
    if (t.type(i) != Tokens.NUMBER || t.length(i) > 2) {
      return -1;
    }
    if (i + 2 < n && t.is(i + 1, "x") && t.type(i + 2) == Tokens.NUMBER && t.length(i + 2) <= 2) {
      return i + 2 < n - 1 && REP_WORDS.contains(t, i + 3) ? i + 3 : i + 2;
    }
    if (i + 3 < n && SET_WORDS.contains(t, i + 1) && t.isAny(i + 2, "of", "de", "x")
        && t.type(i + 3) == Tokens.NUMBER && t.length(i + 3) <= 2) {
      return i + 3;
    }
    if (i + 1 < n && t.isAny(i + 1, "reps", "repetitions", "repeticiones")) {
      return i + 1;
    }
    return -1;
  }

  private static boolean exerciseWord(Tokens t, int k) {
    return k >= 0 && k < t.size() && t.type(k) == Tokens.WORD && t.length(k) > 2
        && !NOT_EXERCISES.contains(t, k) && !FREQUENCY.contains(t, k)
        && !SET_WORDS.contains(t, k) && !REP_WORDS.contains(t, k) && countEnd(t, k) < 0;
  }

  /** Tokens {@code k} and {@code k + 1} are joined by spaces or a hyphen only. */
  private static boolean joined(Tokens t, int k) {
    String gap = t.originalGap(k, k + 1);
    return gap.isBlank() && gap.indexOf('\n') < 0 || gap.equals("-");
  }
}
