package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.analysis.WordSet;
import java.util.List;

/**
 * Joins clinical terms with the words around them into the one thing they name together
 * (corpus/README.md span conventions), after {@link TermDetector} has found the terms:
 *
 * <ul>
 *   <li>A test named by what it looks for is a PROCEDURE: "hepatitis test", "strep screening",
 *       "prueba de hepatitis", "consejería en adicciones", "cirugía de muelas del juicio".
 *   <li>Surgery on a named body part is a PROCEDURE ("knee surgery", "cirugía de hombro") even
 *       though "surgery" alone is a generic word.
 *   <li>A Spanish dosage form before its drug belongs to the drug: "inhalador de albuterol",
 *       "inyección de Ovidrel" are one MEDICATION.
 *   <li>The injection word after a drug ("Neulasta injection") is removed with the drug and is not
 *       a finding of its own.
 * </ul>
 */
final class Compounds {

  private Compounds() {}

  /** English words after a condition or substance that make it the name of a test. */
  private static final WordSet TEST_TAILS = WordSet.of("test", "tests", "testing", "screening",
      "screen", "screenings", "panel", "swab", "counseling", "counselling");

  /** After a condition (not a drug: "B12 shot" stays the drug), the vaccine against it. */
  private static final WordSet VACCINE_TAILS = WordSet.of("shot", "shots", "vaccine", "vaccines",
      "vaccination", "vaccinations", "immunization", "booster", "boosters", "jab");

  /** Spanish heads before "de"/"en"/"para" that make what follows the name of a test or care. */
  private static final WordSet SPANISH_HEADS = WordSet.of("prueba", "pruebas", "examen",
      "examenes", "cultivo", "tamizaje", "tamiz", "cirugia", "biopsia", "consejeria", "terapia",
      "deteccion", "panel", "vacuna", "vacunas");

  /** Spanish dosage forms written before "de" + the drug. */
  private static final WordSet SPANISH_FORMS = WordSet.of("inhalador", "inhaladores", "inyeccion",
      "inyecciones", "tableta", "tabletas", "pastilla", "pastillas", "capsula", "capsulas",
      "crema", "gotas", "jarabe", "parche", "parches", "ampolla", "ampollas", "ovulos", "pomada",
      "spray", "aerosol");

  private static final WordSet ALLERGY_WORDS = WordSet.of("allergic", "allergy", "allergies",
      "alergico", "alergica", "alergia", "alergias");

  private static final WordSet SURGERY = WordSet.of("surgery", "surgeries", "cirugia",
      "cirugias", "operation", "operacion");

  /** Body parts that make "surgery" specific; "back" and "hand" read as everyday words. */
  private static final WordSet BODY_PARTS = WordSet.of("knee", "knees", "hip", "hips",
      "shoulder", "spine", "spinal", "wrist", "ankle", "foot", "feet", "elbow", "neck", "eye",
      "eyes", "cataract", "heart", "brain", "breast", "thyroid", "gallbladder", "hernia", "sinus",
      "bladder", "prostate", "colon", "lung", "kidney", "liver", "bunion", "jaw", "gum", "gums",
      "heel", "heels", "toe", "toes", "ear", "ears", "nose", "tonsil", "tonsils",
      "rodilla", "rodillas", "cadera", "hombro", "columna", "muneca", "tobillo", "pie", "talon",
      "codo", "cuello", "ojo", "ojos", "catarata", "cataratas", "corazon", "cerebro", "mama",
      "seno", "tiroides", "vesicula", "prostata", "pulmon", "rinon", "higado", "encias", "muela",
      "muelas");

  /**
   * Rewrites {@code out[from..]} (the term detections, in text order) and adds body-part surgery.
   */
  static void apply(Analysis a, List<Detection> out, int from) {
    Tokens t = a.tokens();
    for (int i = from; i < out.size(); i++) {
      Detection d = out.get(i);
      int first = Frames.firstToken(t, d.start);
      int last = t.lastEndingAtOrBefore(d.end);
      if (first < 0 || last < first) {
        continue;
      }
      Detection joined = null;
      if (d.category == Category.MEDICATION) {
        joined = spanishForm(t, d, first);
        if (joined == null) {
          absorbInjection(t, out, i, d, last);
        }
      }
      if (joined == null && (d.category == Category.CONDITION
          || d.category == Category.MEDICATION)) {
        joined = namedTest(t, d, first, last);
      }
      if (joined == null && d.category == Category.PROCEDURE) {
        joined = testWordAfter(t, d, last);
      }
      if (joined == null && d.category == Category.MEDICATION) {
        joined = allergy(t, d, first, last);
      }
      if (joined == null && d.category == Category.MEDICATION && i + 1 < out.size()) {
        joined = combination(t, d, out.get(i + 1), last);
      }
      if (joined != null) {
        out.set(i, joined);
        i -= removeInside(out, from, joined, i);
      }
    }
    bodyPartSurgery(t, out, from);
    codesOfItemizedLines(a, out, from);
    if (a.isSpanish()) {
      spanishDrugFor(t, out, from);
    }
    gestationalVisits(t, out, from);
  }

  private static final WordSet WEEKS = WordSet.of("week", "weeks", "wk", "wks");

  /** Visits and scans a pregnancy is checked at by its week. */
  private static final WordSet PREGNANCY_VISITS = WordSet.of("visit", "visits", "appointment",
      "appt", "check", "checkup", "ultrasound", "scan", "sonogram", "prenatal", "anatomy",
      "growth", "glucose");

  private static final WordSet SPANISH_PREGNANCY_VISITS = WordSet.of("cita", "control",
      "consulta", "ultrasonido", "ecografia", "sonograma", "revision");

  /**
   * "your 36-week visit", "the 20 week ultrasound", "ultrasonido de 20 semanas", "su control
   * de las 36 semanas": a visit named by a week of pregnancy (12 to 42) reveals the pregnancy,
   * a PROCEDURE ("6-week post-op check" is under 12 weeks and says nothing of one).
   */
  private static void gestationalVisits(Tokens t, List<Detection> out, int from) {
    int n = t.size();
    for (int k = 0; k + 1 < n; k++) {
      int weeks = pregnancyWeek(t, k);
      if (weeks < 0) {
        continue;
      }
      int start = -1;
      int end = -1;
      if (k + 2 < n && WEEKS.contains(t, k + 1) && PREGNANCY_VISITS.contains(t, k + 2)) {
        start = t.originalStart(k);
        end = t.originalEnd(k + 1); // the visit word stays outside, as for "prenatal visit"
      } else if (t.isAny(k + 1, "semanas", "semana") && k >= 2) {
        int p = k - 1;
        if (t.isAny(p, "las", "la")) {
          p--;
        }
        if (p >= 1 && t.isAny(p, "de", "del") && SPANISH_PREGNANCY_VISITS.contains(t, p - 1)) {
          start = t.originalStart(p - 1);
          end = t.originalEnd(k + 1);
        }
      }
      if (start < 0) {
        continue;
      }
      int at = detectionStartingAt(out, from, start);
      if (at >= 0 && out.get(at).end <= end) {
        // "ultrasonido" was found: it takes its weeks ("ultrasonido de 20 semanas"), so the
        // rewrite does not leave "su cita de 20 semanas" behind
        out.set(at, span(out.get(at), start, end, Category.PROCEDURE));
      } else if (!overlapsAny(out, from, start, end)) {
        out.add(new Detection(start, end, Category.PROCEDURE, "procedure", 0.8, 0, -1, end));
      }
    }
  }

  private static int detectionStartingAt(List<Detection> out, int from, int start) {
    for (int i = from; i < out.size(); i++) {
      if (out.get(i).start == start) {
        return i;
      }
    }
    return -1;
  }

  /** The number at {@code k} if it is a whole number from 12 to 42, else -1. */
  private static int pregnancyWeek(Tokens t, int k) {
    int len = t.length(k);
    if (len != 2 || t.type(k) != Tokens.NUMBER) {
      return -1; // read in place: this runs for every token
    }
    char[] c = t.view().buffer();
    int s = t.start(k);
    char d1 = c[s];
    char d2 = c[s + 1];
    if (d1 < '0' || d1 > '9' || d2 < '0' || d2 > '9') {
      return -1;
    }
    int v = (d1 - '0') * 10 + (d2 - '0');
    return v >= 12 && v <= 42 ? v : -1;
  }

  /** Spanish words for a drug, before "de"/"para" + what it treats. */
  private static final WordSet SPANISH_DRUG_NOUNS = WordSet.of("medicina", "medicinas",
      "pastilla", "pastillas", "medicamento", "medicamentos", "tabletas", "tableta");

  /** Everyday words Spanish speakers name a drug by, that are no condition of the lexicon. */
  private static final WordSet LAY_TARGETS = WordSet.of("presion", "azucar", "colesterol",
      "tiroides", "corazon", "nervios", "dormir", "tension", "agua", "dolor", "ansiedad",
      "depresion");

  /**
   * "pastilla de la presión", "medicina para el azúcar": one MEDICATION from the drug word to
   * the everyday word for what it treats, where no finding covers them.
   */
  private static void spanishDrugFor(Tokens t, List<Detection> out, int from) {
    int n = t.size();
    for (int k = 0; k + 2 < n; k++) {
      if (!SPANISH_DRUG_NOUNS.contains(t, k) || !t.isAny(k + 1, "de", "para", "del")) {
        continue;
      }
      int p = k + 2;
      if (p < n && t.isAny(p, "la", "el", "los", "las")) {
        p++;
      }
      if (p >= n) {
        continue;
      }
      int start = t.originalStart(k);
      int end = t.originalEnd(p);
      if (!LAY_TARGETS.contains(t, p) || overlapsAny(out, from, start, end)) {
        continue; // a condition keeps its own span; a drug word inside a finding stays there
      }
      out.add(new Detection(start, end, Category.MEDICATION, "medication", 0.8, 0, -1, end));
    }
  }

  /** "inhalador de albuterol": the form before "de" joins the drug. */
  private static Detection spanishForm(Tokens t, Detection d, int first) {
    if (first < 2 || !t.isAny(first - 1, "de", "del") || !SPANISH_FORMS.contains(t, first - 2)) {
      return null;
    }
    return span(d, t.originalStart(first - 2), d.end, Category.MEDICATION);
  }

  /** "Neulasta injection": the injection goes with the drug, not as a procedure of its own. */
  private static void absorbInjection(Tokens t, List<Detection> out, int i, Detection d,
      int last) {
    int k = last + 1;
    if (k >= t.size() || !t.isAny(k, "injection", "injections", "shot", "shots", "infusion")
        || !TermDetector.sameGap(t, last)) {
      return;
    }
    if (i + 1 < out.size()) {
      Detection next = out.get(i + 1);
      if (next.start == t.originalStart(k) && next.end == t.originalEnd(k)) {
        out.remove(i + 1);
      }
    }
    // "your B12 shot" → "your appointment": the rewrite takes the form word with the drug
    out.set(i, d.withRemoval(d.labelStart, Math.max(d.removalEnd, t.originalEnd(k))));
  }

  /**
   * "hepatitis test", "prueba de hepatitis", "consejería en adicciones": one PROCEDURE. What the
   * test measures may stand between the condition and the test word: "HIV-1/2 Ag/Ab screen",
   * "hepatitis B surface antigen test", "HCV RNA test".
   */
  private static Detection namedTest(Tokens t, Detection d, int first, int last) {
    int k = last;
    while (k + 1 < t.size() && k - last < 4 && qualifierGap(t, k)
        && (TEST_QUALIFIERS.contains(t, k + 1) || smallNumber(t, k + 1))) {
      k++;
    }
    if (k + 1 < t.size() && TermDetector.sameGap(t, k) && (TEST_TAILS.contains(t, k + 1)
        || (d.category == Category.CONDITION && VACCINE_TAILS.contains(t, k + 1)))) {
      return span(d, d.start, t.originalEnd(k + 1), Category.PROCEDURE);
    }
    return spanishTest(t, d, first);
  }

  /** "hepatitis B surface antigen test", "lipid panel screening": the test word goes with it. */
  private static Detection testWordAfter(Tokens t, Detection d, int last) {
    if (last + 1 < t.size() && TEST_TAILS.contains(t, last + 1) && TermDetector.sameGap(t, last)
        && d.end == t.originalEnd(last)) {
      return span(d, d.start, t.originalEnd(last + 1), Category.PROCEDURE);
    }
    return null;
  }

  /** What a test looks for, written between the condition and the test word. */
  private static final WordSet TEST_QUALIFIERS = WordSet.of("ag", "ab", "antigen", "antigens",
      "antibody", "antibodies", "rna", "dna", "pcr", "naat", "igg", "igm", "iga", "type",
      "types", "surface", "core", "combo", "rapid", "serology", "viral", "load", "genotype",
      "quantitative", "qualitative", "antigeno", "anticuerpos");

  /** Tokens {@code k} and {@code k+1} are separated by spaces, a hyphen or a slash ("Ag/Ab"). */
  private static boolean qualifierGap(Tokens t, int k) {
    String gap = t.originalGap(k, k + 1);
    for (int p = 0; p < gap.length(); p++) {
      if (" -/".indexOf(gap.charAt(p)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A subtype number: the "1" and "2" of "HIV-1/2", "HSV-2", "type 1". */
  private static boolean smallNumber(Tokens t, int k) {
    return t.length(k) == 1 && Character.isDigit(t.view().buffer()[t.start(k)]);
  }

  /** "prueba de hepatitis", "panel genético de cáncer": a Spanish head before the condition. */
  private static Detection spanishTest(Tokens t, Detection d, int first) {
    int k = first - 1;
    if (k >= 0 && t.isAny(k, "la", "el", "los", "las")) {
      k--;
    }
    if (k >= 1 && t.isAny(k, "de", "del", "en", "para", "contra")
        && SPANISH_HEADS.contains(t, k - 1)) {
      return span(d, t.originalStart(k - 1), d.end, Category.PROCEDURE);
    }
    // "panel genético de cáncer", "prueba molecular de VIH": an adjective after the head
    if (k >= 2 && t.isAny(k, "de", "del", "para") && SPANISH_HEADS.contains(t, k - 2)
        && TEST_ADJECTIVES.contains(t, k - 1)) {
      return span(d, t.originalStart(k - 2), d.end, Category.PROCEDURE);
    }
    return null;
  }

  /** Adjectives a Spanish test name takes before "de": "panel genético de", "prueba rápida". */
  private static final WordSet TEST_ADJECTIVES = WordSet.of("genetico", "genetica", "geneticos",
      "geneticas", "molecular", "moleculares", "rapido", "rapida", "rapidas", "rapidos",
      "hereditario", "hereditaria", "confirmatorio", "confirmatoria", "prenatal");

  /** "allergic to penicillin", "penicillin allergy", "alérgica a la penicilina": a CONDITION. */
  private static Detection allergy(Tokens t, Detection d, int first, int last) {
    int k = first - 1;
    if (k >= 0 && t.isAny(k, "la", "el", "los", "las")) {
      k--;
    }
    if (k >= 1 && t.isAny(k, "to", "a") && ALLERGY_WORDS.contains(t, k - 1)) {
      return span(d, t.originalStart(k - 1), d.end, Category.CONDITION);
    }
    if (last + 1 < t.size() && t.isAny(last + 1, "allergy", "allergies")
        && TermDetector.sameGap(t, last)) {
      return span(d, d.start, t.originalEnd(last + 1), Category.CONDITION);
    }
    return null;
  }

  /**
   * "calcio con vitamina D", "calcium with vitamin D", "amoxicillin-clavulanate 875 mg": one
   * combination product.
   */
  private static Detection combination(Tokens t, Detection d, Detection next, int last) {
    if (next.category != Category.MEDICATION || last + 1 >= t.size()) {
      return null;
    }
    // the gap can be empty although the spans are one char apart: a token may end past its term
    // ("\u200bB12\u4e18B12", found by fuzzing: the character between them was read out of range)
    if (next.start == t.originalStart(last + 1) && next.start - d.end == 1
        && hyphenOrSlash(t.originalGap(last, last + 1))) {
      return span(d, d.start, next.end, Category.MEDICATION);
    }
    if (last + 2 >= t.size() || !t.isAny(last + 1, "with", "con", "plus")
        || next.start != t.originalStart(last + 2)) {
      return null;
    }
    return span(d, d.start, next.end, Category.MEDICATION);
  }

  private static boolean hyphenOrSlash(String gap) {
    return gap.length() == 1 && "-/".indexOf(gap.charAt(0)) >= 0;
  }

  /** "knee surgery", "cirugía de hombro", where no term already covers it. */
  private static void bodyPartSurgery(Tokens t, List<Detection> out, int from) {
    for (int k = 0; k < t.size(); k++) {
      if (!SURGERY.contains(t, k)) {
        continue;
      }
      int start = -1;
      int end = t.originalEnd(k);
      if (k > 0 && BODY_PARTS.contains(t, k - 1) && TermDetector.sameGap(t, k - 1)) {
        start = t.originalStart(k - 1);
      } else {
        int p = k + 1;
        if (p < t.size() && t.isAny(p, "de", "del")) {
          p++;
          if (p < t.size() && t.isAny(p, "la", "el", "los", "las")) {
            p++;
          }
          if (p < t.size() && BODY_PARTS.contains(t, p)) {
            start = t.originalStart(k);
            end = t.originalEnd(p);
          }
        }
      }
      if (start >= 0 && !overlapsAny(out, from, start, end)) {
        out.add(new Detection(start, end, Category.PROCEDURE, "procedure", 0.8, 0, -1, end));
      }
    }
  }

  /**
   * A procedure code that an itemized line puts right before its procedure ("11721 Debridement
   * of nails", "- 90791 psychiatric diagnostic evaluation", "D9230 nitrous oxide") or in
   * brackets right after it ("the custom orthotics (L3000 x2)"): CPT, HCPCS and CDT shapes
   * (LabeledIdDetector.codeShape) with no label, told by where they stand. A code before the
   * term must open its line (perhaps after a bullet), so "MA 02134 Cardiology" is no code.
   */
  private static void codesOfItemizedLines(Analysis a, List<Detection> out, int from) {
    Tokens t = a.tokens();
    char[] c = t.view().buffer();
    String o = a.original();
    int terms = out.size();
    for (int i = from; i < terms; i++) {
      Detection d = out.get(i);
      if (d.category != Category.PROCEDURE && d.category != Category.CONDITION
          && d.category != Category.MEDICATION && d.category != Category.SPECIALTY) {
        continue;
      }
      int first = Frames.firstToken(t, d.start);
      int last = t.lastEndingAtOrBefore(d.end);
      if (first < 0 || last < first) {
        continue;
      }
      int code = -1;
      if (first > 0 && procedureCode(t, c, first - 1) && TermDetector.sameGap(t, first - 1)
          && opensItsLine(o, t.originalStart(first - 1))) {
        code = first - 1;
      } else if (last + 1 < t.size() && procedureCode(t, c, last + 1)
          && "(".equals(t.originalGap(last, last + 1).trim())) {
        code = last + 1;
      }
      if (code >= 0) {
        int start = t.originalStart(code);
        int end = t.originalEnd(code);
        if (!overlapsAny(out, 0, start, end)) {
          out.add(new Detection(start, end, Category.PROCEDURE, LabeledIdDetector.PROCEDURE_CODE,
              0.8, 0, -1, end));
        }
      }
    }
  }

  /** Token {@code k} has the shape of a CPT, HCPCS or CDT code and is no generic visit code. */
  private static boolean procedureCode(Tokens t, char[] c, int k) {
    int vs = t.start(k);
    int ve = t.end(k);
    return LabeledIdDetector.codeShape(LabeledIdDetector.PROCEDURE_CODE, c, vs, ve)
        && !LabeledIdDetector.genericVisitCode(LabeledIdDetector.PROCEDURE_CODE, c, vs, ve);
  }

  /** Only a bullet, a dash or spaces stand between the line's start and {@code p}. */
  private static boolean opensItsLine(String o, int p) {
    for (int q = p - 1; q >= 0; q--) {
      char ch = o.charAt(q);
      if (ch == '\n') {
        return true;
      }
      if (ch != ' ' && ch != '\t' && ch != '-' && ch != '*' && ch != '\u2022') {
        return false;
      }
    }
    return true;
  }

  private static Detection span(Detection d, int start, int end, Category category) {
    return new Detection(start, end, category, TermDetector.kindName(category), d.confidence,
        d.flags, -1, Math.max(end, d.removalEnd), d.tags);
  }

  private static boolean overlapsAny(List<Detection> out, int from, int start, int end) {
    for (int i = from; i < out.size(); i++) {
      Detection d = out.get(i);
      if (d.start < end && start < d.end) {
        return true;
      }
    }
    return false;
  }

  /** Removes the term detections other than {@code keep} inside it; returns how many before it. */
  private static int removeInside(List<Detection> out, int from, Detection joined, int keep) {
    int before = 0;
    for (int i = out.size() - 1; i >= from; i--) {
      Detection d = out.get(i);
      if (i != keep && d.start >= joined.start && d.end <= joined.end) {
        out.remove(i);
        if (i < keep) {
          before++;
        }
      }
    }
    return before;
  }
}
