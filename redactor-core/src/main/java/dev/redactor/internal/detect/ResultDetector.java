package dev.redactor.internal.detect;

import dev.redactor.internal.analysis.WordSet;
import dev.redactor.Category;
import dev.redactor.internal.Workspace;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.dict.Lexicon;
import dev.redactor.internal.dict.ListKind;
import dev.redactor.internal.dict.Tag;
import dev.redactor.internal.dict.TermMatcher;
import dev.redactor.internal.text.NormalizedText;
import java.util.List;

/**
 * Finds RESULT spans: clinical values and interpretations.
 *
 * <ul>
 *   <li>A value after a test or analyte: "Your HbA1c is 7.2", "INR 3.8", "potassium is 6.2
 *       mmol/L", "BP 150/95", "PHQ-9 score was 18", "RPR reactive 1:32". The span is the number with
 *       its unit.
 *   <li>An interpretation word in a result frame: "came back positive", "tested negative", "your
 *       pap is abnormal", "positive for chlamydia", "resultado positivo", "salió negativo",
 *       "undetectable", "not detected". Words such as "positive", "normal" or "high" are results only
 *       in such a frame, and never inside an allow-list phrase ("positive experience", "negative
 *       balance", "normal business hours").
 * </ul>
 */
final class ResultDetector implements Detector {

  static final WordSet ANALYTES =
      WordSet.spaced(" a1c hba1c aic hbaic inr pt ptt psa tsh t3 t4 ldl hdl cholesterol triglycerides glucose"
          + " sugar potassium sodium calcium magnesium creatinine egfr gfr bun alt ast alp"
          + " bilirubin hemoglobin hgb hematocrit hct platelets plt wbc rbc ferritin iron b12"
          + " folate vitamin d bmi bp pressure pressures pulse weight temperature temp oxygen o2"
          + " spo2 sats"
          + " saturation heart rate cd4 viral count score level levels reading readings sugars"
          + " titer titre rpr vdrl hcg bnp troponin ck crp esr sed rate lipase amylase albumin"
          + " protein uric acid lactate ketones microalbumin acr ua urinalysis glucosa azucar"
          + " presion colesterol trigliceridos hemoglobina plaquetas potasio sodio creatinina"
          + " carga nivel niveles puntaje puntuacion peso fev1 ejection fraction ef phq gad bi-rads"
          + " birads"
          + " motion cea ca-125 afp amh fsh lh bilirrubina glucemia saturacion oxigeno"
          + " hemoglobina glicosilada glucosilada markers marker marcadores ahi bili output"
          // blood glucose in a nurse's shorthand: "bg was 62 at lunch", "fsbg 240"
          + " bg bgs cbg fsbg ");

  /** Verbs of a weight change ("you gained 4.2 kg", "bajó 3 kilos"). */
  private static final WordSet WEIGHT_CHANGES = WordSet.of("gained", "lost", "down", "up",
      "weigh", "weighs",
      "weighed", "subio", "bajo", "aumento", "perdio", "subiste", "bajaste", "aumentaste",
      "perdiste", "ganaste", "gano", "pesa", "pesas", "pesaba", "pesabas");
  private static final WordSet WEIGHT_UNITS =
      WordSet.of("kg", "kgs", "lb", "lbs", "pounds", "kilos", "libras", "oz", "ounces",
          "onzas", "g", "grams", "gramos");

  private static final WordSet UNITS =
      WordSet.spaced(" mg/dl mmol/l mmol % ng/ml copies/ml copies bpm mmhg lbs lb kg pounds cells/mm3 iu/l u/l"
          + " miu/ml g/dl mg/l meq/l pg/ml iu/ml units meters metros ");

  private static final String WORDS_TEXT =
      " positive negative reactive nonreactive non-reactive detected undetected undetectable"
          + " abnormal normal elevated high low borderline inconclusive indeterminate benign"
          + " malignant cancerous precancerous pre-cancerous unremarkable critical pathogenic"
          + " wnl positivo positiva positivos positivas negativo negativa negativos negativas"
          + " reactivo reactiva anormal anormales elevado elevada alto alta bajo baja benigno"
          + " benigna maligno maligna indetectable detectado detectada limitrofe critico critica"
          + " clear alterado alterada normales anormales altos altas bajos bajas elevados"
          + " immune non-immune nonimmune inmune"
          + " elevadas positivos positivas negativos negativas reactivos detectados pos neg"
          + " detected present clean reactivas patogenica patogenico patogenicas patogenicos"
          + " hypermetabolic hipermetabolico hipermetabolica hipermetabolicos hipermetabolicas"
          + " afebrile afebril indeterminado indeterminada inconcluso inconclusa"
          // as they are typed in a hurry: "ur biopsy was negitive"
          + " negitive negtive negetive postive positve possitive ";

  static final WordSet WORDS = WordSet.spaced(WORDS_TEXT);

  private static final WordSet STRONG =
      WordSet.spaced(" positive negative reactive nonreactive non-reactive undetectable abnormal malignant pos"
          + " wnl negitive negtive negetive postive positve possitive"
          + " neg detected detectado detectada"
          + " benign pathogenic positivo positiva negativo negativa reactivo reactiva anormal"
          + " maligno maligna benigno benigna indetectable precancerous cancerous ");

  private static final WordSet SUBJECT_NOUNS =
      WordSet.spaced(" result results test tests screen screening biopsy scan culture swab panel lab labs pap"
          + " smear mammogram x-ray xray mri ct ultrasound level levels count screening prueba"
          + " pruebas resultado resultados examen analisis estudio estudios cultivo biopsia it"
          + " they finding findings report it's bloodwork labwork panel work values value ");

  private static final WordSet VERBS =
      WordSet.spaced(" is was are were came come returned shows showed show tested test es fue son"
          + " fueron salio salieron dio resulto resultaron esta estan looks looked turned"
          + " running been estado "); // "her potassium has been running high", "ha estado alta"

  private static final WordSet VALUE_LEADS =
      WordSet.spaced(" is was are were now reads read measured came back reading level levels score count"
          + " averaging averaged average reached peaked hit alcanzo"
          + " estaba estaban era"
          + " = : fue es son fueron esta estan salio marco dio nivel niveles rose fell dropped"
          + " increased decreased improved worsened went up down climbed jumped subio bajo"
          + " aumento disminuyo mejoro empeoro at to of from in a de en ");

  /** Leads that also introduce times and places: a value after them needs a decimal or unit. */
  private static final WordSet WEAK_LEADS =
      WordSet.spaced(" at to of from in a de en ");

  /** Verbs for how a measure moved, shared by the two sets below. */
  private static final String MOVED_TEXT = " rose fell dropped increased decreased improved"
      + " worsened subio bajo aumento disminuyo mejoro empeoro ";

  /** How a measure moved, told without a number: "her oxygen levels dropped overnight". */
  private static final WordSet MEASURE_CHANGES =
      WordSet.spaced(MOVED_TEXT + " spiked plummeted ");

  private static final WordSet CHANGE_VERBS =
      WordSet.spaced(MOVED_TEXT + " went climbed jumped back ");

  /** Whether an address, e-mail or link ends within the eight tokens before token {@code i}. */
  private static boolean contactDetailBefore(Tokens t, List<Detection> out, int i) {
    int from = t.originalStart(Math.max(0, i - 8));
    int to = t.originalStart(i);
    for (Detection d : out) {
      if ((d.category == Category.ADDRESS || d.category == Category.EMAIL
          || d.category == Category.URL) && d.end > from && d.end <= to) {
        return true;
      }
    }
    return false;
  }

  /** Words before "muestra" that make it the noun (a sample), not the verb (it shows). */
  private static final WordSet SAMPLE_DETERMINERS = WordSet.spaced(" una la las su sus otra"
      + " nueva esta esa primera segunda cada de por ");

  /**
   * "traer una muestra de semen a las 12 semanas": "muestra" after an article or a possessive is
   * a sample, not "shows".
   */
  private static boolean sampleNoun(Tokens t, int i) {
    return i > 0 && t.isAny(i, "muestra", "muestras") && SAMPLE_DETERMINERS.contains(t, i - 1);
  }

  private static final WordSet FINDING_VERBS =
      WordSet.spaced(" shows showed show revealed reveals found detected indicates indicated muestra mostro"
          + " documented documento reacted reacciono"
          + " revelo encontro indica detecto grew grows growing crecio crecieron saw recorded"
          + " captured picked vio registro ");

  private static final WordSet FINDING_SUBJECTS =
      WordSet.spaced(" it report results result test scan x-ray xray biopsy evaluation evaluacion estudio examen"
          + " analysis levels level readings niveles"
          + " culture cultivo swab pap panel bloodwork labwork urinalysis urinalisis"
          + " informe reporte ecg ekg echo ultrasound mri ct mammogram imaging labs analisis"
          + " resultados resultado prueba screening study scans x-rays xrays images photos"
          + " pictures mris radiografias radiografia fotos imagenes sample samples specimen ");

  /** Words that are results wherever they stand (outside an allow-list phrase). */
  private static final WordSet ALWAYS =
      WordSet.spaced(" benign malignant cancerous precancerous pre-cancerous pathogenic undetectable wnl"
          + " indetectable benigno benigna maligno maligna patogenica patogenico patogenicas"
          + " patogenicos hypermetabolic hipermetabolico hipermetabolica hipermetabolicos"
          + " hipermetabolicas afebrile afebril ");

  @Override
  public void detect(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    boolean[] allowed = TermDetector.allowedTokens(a, Workspace.RESULT_ALLOWED);
    boolean[] lab = labTokens(a);
    for (Detection d : out) {
      if (d.category == Category.PROCEDURE && Tag.LAB.in(d.tags)) {
        // "ur E2 came back 1,840": an ambiguous test the term detector accepted in its context
        int first = Frames.firstToken(t, d.start);
        for (int k = first; first >= 0 && k < n && t.originalStart(k) < d.end; k++) {
          lab[k] = true;
        }
      }
      if (d.category == Category.MEDICATION) {
        // "LOSARTAN POTASSIUM 50MG": an analyte that ends a drug's name measures nothing ("hCG"
        // alone is the drug and the test)
        int first = Frames.firstToken(t, d.start);
        for (int k = first + 1; first >= 0 && k < n && t.originalStart(k) < d.end; k++) {
          lab[k] = false;
        }
      }
    }
    boolean[] inTerm = insideLongerTerms(a);
    boolean[] taken = a.workspace().booleans(Workspace.RESULT_TAKEN, n);
    for (Detection d : out) {
      TermDetector.markTokens(t, d, taken);
    }
    NormalizedText v = a.terms();
    char[] c = v.buffer();
    for (int i = 0; i < n; i++) {
      if (allowed[i] || taken[i] || inTerm[i]) {
        continue;
      }
      // a rating on a scale of ten: "your pain 7/10", "a craving score of 8/10", "dolor 6/10"
      // (the date detector leaves these alone: NumberDetector asks RATING_WORDS too)
      if (scaleRatingAt(a, i)) {
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      // a work status: "off work until 6/22", "no lifting over 15 lbs", "at MMI"
      if (WORK_STATUS_HEADS.contains(t, i)) {
        int end = workStatusEnd(a, i);
        if (end >= i) {
          emit(a, out, i, end);
          i = end;
          continue;
        }
      }
      // visual acuity: "her vision screen was 20/40 in the left eye", "20/200 con lentes"
      if (acuityAt(a, i)) {
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      // a value in a clause about a test or analyte: "A1c is 7.2", "PSA rose to 6.8" (not a
      // bound an instruction sets: "100.4°F or higher")
      int last = isNumber(c, t, i) && !looksLikeTimeOrDate(a, i) && !ordinalOrPlace(t, i)
          && !price(a, i) && (valueOfTest(a, lab, i) || labUnitAfter(t, c, i)
              || flaggedAfterAbbreviation(a, i) || flaggedValue(a, i))
          ? valueEnd(a, i) : -1;
      if (last < i && SPOKEN_DIGITS.contains(t, i)) {
        last = spokenValueEnd(a, lab, i); // "your A1c of six point one", read aloud
      } else if (last < i && bpReading(a, i)) {
        last = i + 1; // "your blood pressure was great at the pharmacy check, 118/76"
      }
      if (last >= i && !thresholdAfter(t, last)) {
        emit(a, out, i, last);
        i = last;
        // "131 (H)", "14.2 (high)", "98 mg/dL (normal)": the flag is a result of its own
        int f = flagAfter(a, last);
        if (f > last) {
          emit(a, out, f, f);
          i = f;
        }
        continue;
      }
      // "stage 3 CKD", "grade 2", "estadio II": the stage of a condition
      if (STAGE_WORDS.contains(t, i) && i + 1 < n && sameClause(a, i)
          && (isNumber(c, t, i + 1) || t.isAny(i + 1, "i", "ii", "iii", "iv"))
          && clinicalNear(a, lab, out, i)) {
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      boolean number = t.type(i) == Tokens.NUMBER; // one int test gates the counted rules
      // "your diagnostic block gave 80% relief": how much a treatment helped
      if (number && i + 1 < n && t.isAny(i + 1, "relief", "improvement", "alivio", "mejoria")
          && "%".equals(t.originalGap(i, i + 1).trim())) {
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      // "scores fell below the cutoff", "above the threshold": where a screen's score fell
      boolean cue = CALLBACK_CUES.contains(t, i); // one bit test gates the three rules below
      // (the word after "below" and an article; past the end when "below the" ends the text)
      int cutoff = cue && i + 1 < n && SIDES.contains(t, i) ? Frames.pastArticle(t, i + 1) : n;
      if (cutoff < n && CUTOFFS.contains(t, cutoff)
          && i > 0 && t.isAny(i - 1, "fell", "falls", "fall", "scored", "was", "were", "is",
              "are", "came", "quedo", "esta", "salio") && anyBefore(t, i - 1, 4, SCORES)) {
        emit(a, out, i, cutoff);
        i = cutoff;
        continue;
      }
      // "Mia's apnea monitor alarmed 4 times last night": how often a patient's device alarmed
      if ((number || NUMBER_WORDS.contains(t, i) && !t.isAny(i, "a", "un", "una")) && i > 1
          && ALARMED.contains(t, i - 1) && DEVICE_SUBJECTS.contains(t, i - 2)) {
        int end = i + 1 < n && t.isAny(i + 1, "times", "veces") ? i + 1 : i;
        emit(a, out, i, end);
        i = end;
        continue;
      }
      // "You logged three migraine attacks this week", "tuvo 2 convulsiones": a count of
      // episodes the recipient reported or had
      if (i > 1 && COUNT_VERBS.contains(t, i - 1)
          && (t.isAny(i - 2, "you", "u", "he", "she", "they") || DEVICE_SUBJECTS.contains(t, i - 2)
              || !t.isAny(i - 1, "logged", "had", "reported", "recorded", "delivered", "detected",
                  "gave", "detecto") && !DATA_SHOWS.contains(t, i - 1)
              // "an alert from your ICD last night showing 2 shocks": what a device's data shows
              || DATA_SHOWS.contains(t, i - 1) && anyBefore(t, i - 1, 8, DEVICE_SUBJECTS))
          // a person or a device had them ("we had 3 falls prevention classes" is no count)
          && (isNumber(c, t, i) || NUMBER_WORDS.contains(t, i) && !t.isAny(i, "a", "un", "una"))) {
        int end = episodesEnd(a, i);
        if (end > i) {
          emit(a, out, i, end);
          i = end;
          continue;
        }
      }
      // "we retrieved 14 eggs", "3 embryos", "2 folículos de 18 mm": what a fertility cycle
      // counted
      if (isNumber(c, t, i) && i + 1 < n && CYCLE_COUNTS.contains(t, i + 1)
          && !(i > 0 && t.isAny(i - 1, "transfer", "transferir", "transferimos", "hasta",
              "max", "maximum", "per"))
          && !(i > 1 && t.is(i - 1, "to") && t.is(i - 2, "up"))) { // "up to 6 embryos"
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      // "used 3.1 hrs/night", "41% of nights", "lo usó 2 horas por noche": how much a device
      // was used, as its download reports it
      if (isNumber(c, t, i)) {
        int use = nightlyUseEnd(a, i);
        if (use > i) {
          emit(a, out, i, use);
          i = use;
          continue;
        }
      }
      // "2.1 x 1.4 cm", "3 x 2 x 1 mm": the measured size of a wound or lesion
      int dim = dimensionEnd(c, t, i);
      if (dim > i) {
        emit(a, out, i, dim);
        i = dim;
        continue;
      }
      // "a nodule of 8 mm", "a 2 cm mass": the size of a finding
      // ("la úlcera del talón ya mide 2 cm", "your TB skin test was read at 12 mm": measured)
      if (isNumber(c, t, i) && i + 1 < n && t.isAny(i + 1, "mm", "cm")
          && (conditionNear(t, out, i) || i + 2 < n && FINDING_SHAPES.contains(t, i + 2)
              || anyBefore(t, i, 4, MEASURING)
              && (conditionWithin(t, out, i, 7) || testWithin(a, lab, i, 7)
                  || anyBefore(t, i, 7, WOUNDS)))) {
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      // a weight read out: "Liam's weight today was 28 lb", "su peso es de 62 kg"
      if (isNumber(c, t, i) && i + 1 < n && WEIGHT_UNITS.contains(t, i + 1)
          && weightNounBefore(a, i)) {
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      // "below the 5th percentile", "en el percentil 10": where a child's growth stands
      boolean late = LATE_CUES.contains(t, i); // one bit test gates the rules that follow
      if (late && PERCENTILE.contains(t, i)) {
        int start = percentileStart(c, t, i);
        if (start >= 0) {
          int end = i;
          if (start == i && i + 1 < n && isNumber(c, t, i + 1)) {
            end = i + 1; // "percentil 10"
          }
          emit(a, out, start, end);
          i = end;
          continue;
        }
      }
      // a weight change: "you gained 4.2 kg", "bajó 3 kilos"
      if (WEIGHT_CHANGES.contains(t, i) && i + 2 < n && isNumber(c, t, i + 1)
          && WEIGHT_UNITS.contains(t, i + 2)) {
        emit(a, out, i + 1, i + 2);
        i += 2;
        continue;
      }
      // how a person is doing: "su esposa está estable", "your father is in stable condition"
      if (PERSON_STATES.contains(t, i) && personStateLinkBefore(a, out, i)) {
        emit(a, out, i, i);
        continue;
      }
      // "the radiologist would like additional images of the left breast": a screening that
      // calls the patient back found something
      // ("tu mamografía necesita imágenes adicionales")
      if (cue && i + 1 < n && (MORE.contains(t, i) && IMAGE_NOUNS.contains(t, i + 1)
          || IMAGE_NOUNS.contains(t, i) && t.isAny(i + 1, "adicionales", "extra"))
          && calledBack(t, i)) {
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      // "because he's in the hospital after a fall", "su papá está en el hospital": where a
      // relative is being treated
      if (cue && i >= 2 && WARDS.contains(t, i) && t.isAny(i - 1, "the", "el")
          && t.isAny(i - 2, "in", "en") && personStateLinkBefore(a, out, i - 1)) {
        emit(a, out, i - 2, i);
        continue;
      }
      // "her oxygen levels dropped overnight", "su azúcar subió": a measure's change, told
      // without a number, is what it came to
      if (i > 0 && lab[i - 1] && MEASURE_CHANGES.contains(t, i) && !taken[i] && !allowed[i]
          && sameClause(a, i - 1) && !conditionalBefore(t, i - 1)
          && !(i + 1 < t.size() && t.isAny(i + 1, "to", "a", "from", "de", "by", "off"))) {
        emit(a, out, i, i);
        continue;
      }
      // "debido a la elevación de sus enzimas del hígado", "a rise in your creatinine": a change
      // named as a noun, of a test
      if (CHANGE_NOUNS.contains(t, i) && changeOfATest(a, lab, i)) {
        emit(a, out, i, i);
        continue;
      }
      // a blood group: the recipient's ("You're B negative", "su sangre tipo O positivo") is a
      // result; one named to every donor ("especially O negative") is not
      // ("saldo positivo", "positive reviews", "survey results came back positive": no test)
      if (i > 0 && POLARITY.contains(t, i) && polarityOfNoTest(a, out, i)) {
        continue;
      }
      // interpretation words ("C. diff positive", "flu negative": right after the condition
      // a test looks for)
      if (WORDS.contains(t, i) && !praise(t, i) && !outdoorsBefore(a, i) && !groupTested(a, i)
          && (ALWAYS.contains(t, i)
          || inResultFrame(a, lab, i)
          || (STRONG.contains(t, i) && i > 0 && (TermDetector.sameGap(t, i - 1)
                  || ":".equals(t.originalGap(i - 1, i).trim())) // "Chlamydia: POSITIVE"
              && conditionEndsAt(a, i - 1) && !conditionalBefore(t, i - 1) && !asked(a, i)))) {
        emit(a, out, negatedStart(t, i), i);
        continue;
      }
      // "was 10.4, slightly low": the reading's interpretation right after it
      if (WORDS.contains(t, i) && afterValue(out, t, i)) {
        emit(a, out, i, i);
        continue;
      }
      // "sus estudios salieron bien", "your labs came back fine"
      if (OUTCOMES.contains(t, i) && i > 0 && TESTED_LEADS.contains(t, i - 1)
          && (findingSubjectBefore(a, lab, i - 1) || subjectNounBefore(t, i - 1))) {
        emit(a, out, i, i);
        continue;
      }
      // "your PSA came back a touch higher than last year": a hedged comparison after "came
      // back" is how the test came out
      if (late && i >= 1 && i + 3 < n && t.is(i, "back") && RETURN_VERBS.contains(t, i - 1)) {
        int f = i + 1;
        if (t.is(f, "a") && t.isAny(f + 1, "touch", "bit", "little", "tad")) {
          f += 2;
        } else if (t.isAny(f, "slightly", "somewhat", "mildly", "just")) {
          f++;
        }
        if (f > i + 1 && COMPARATIVES.contains(t, f) && findingSubjectBefore(a, lab, i - 1)
            && !conditionalBefore(t, i - 1)) {
          emit(a, out, i + 1, f);
          i = f;
          continue;
        }
      }
      // "your JCV antibody index came back 0.38": a number that something of the recipient's
      // came back as is its value, though no list names the test (a named test's value and
      // its flag are read below)
      if (late && i >= 1 && i + 1 < n && t.is(i, "back") && RETURN_VERBS.contains(t, i - 1)
          && sameClause(a, i) && t.type(i + 1) == Tokens.NUMBER && !taken[i + 1]
          && !allowed[i + 1] && !conditionalBefore(t, i - 1) && valueEndsClause(a, i + 1)
          && !findingSubjectBefore(a, lab, i - 1) && ownSubjectBefore(a, i - 1)) {
        emit(a, out, i + 1, i + 1);
        i++;
        continue;
      }
      // "Stone analysis came back calcium oxalate": what follows "came back" after a test is
      // what it found, even in words no list holds
      // ("you'll get an injection and come back about 3 hours later": the patient comes back)
      // ("came back as calcium oxalate": the finding starts after "as")
      // (not what came back to a mailing address: "... Decatur, IL 62521 came back as
      // undeliverable", where the "Ct" of "Juniper Ct" read as a CT scan)
      int as = late && i + 2 < n && t.is(i, "back") && t.is(i + 1, "as")
          && t.type(i + 2) == Tokens.WORD && !NOT_A_FINDING_AFTER_BACK.contains(t, i + 2)
          && !contactDetailBefore(t, out, i) ? 1 : 0;
      if (late && i >= 1 && i + 1 + as < n && t.is(i, "back") && RETURN_VERBS.contains(t, i - 1)
          && !t.is(i - 1, "come") && sameClause(a, i) && t.type(i + 1 + as) == Tokens.WORD
          && (as == 1 || !NOT_A_FINDING_AFTER_BACK.contains(t, i + 1))
          && !taken[i + 1 + as] && !allowed[i + 1 + as]
          && findingSubjectBefore(a, lab, i - 1) && !conditionalBefore(t, i - 1)
          && !anyBefore(t, i, 8, NO_TEST_OWNERS)) { // not "our survey results came back..."
        int end = i + 1 + as;
        while (end + 1 < n && end - i < 4 + as && TermDetector.sameGap(t, end)
            && t.type(end + 1) == Tokens.WORD && !PHRASE_BREAKS.contains(t, end + 1)) {
          end++;
        }
        if (end > i) {
          emit(a, out, i + 1 + as, end, 0.6);
          i = end;
          continue;
        }
      }
      // "Your MRI results: full-thickness supraspinatus tear": what follows a test's results
      // and a colon is what it found, even in words no list holds
      if (RESULT_HEADS.contains(t, i) && i > 0 && i + 1 < n) {
        int end = findingAfterColon(a, lab, taken, allowed, i);
        if (end > i) {
          emit(a, out, i + 1, end, 0.6);
          i = end;
          continue;
        }
      }
      // "your scan looked good", "everything looked fine on your x-ray", "se ve bien en su
      // ultrasonido": how a test looked is its result
      int look = late ? lookBefore(t, i) : -1;
      if (look >= 0 && (OUTCOMES.contains(t, i) || WORDS.contains(t, i))
          && (findingSubjectBefore(a, lab, look) || testAfter(a, lab, i)
              || everythingAfterATest(a, lab, look))) {
        emit(a, out, i, i);
        continue;
      }
      // a status, something seen on a test, "all normal" (see statusOrUnnamedFinding; out of
      // this loop, whose size bounds what the compiler inlines into it)
      if (late) {
        int end = statusOrUnnamedFinding(a, lab, out, i);
        if (end >= 0) {
          i = end;
          continue;
        }
      }
      // "your seroma aspiration went fine", "su cirugía salió bien": how someone's procedure went
      // ("Hope your son's tonsillectomy went well!" wishes; it reports nothing)
      if (late && OUTCOMES.contains(t, i) && i > 1 && t.isAny(i - 1, "went", "salio")
          && ownProcedureBefore(a, i - 1) && !wishedBefore(a, i - 1)) {
        emit(a, out, i - 1, i);
        continue;
      }
      // "su esposa ya salió bien de la operación": how someone came out of a procedure named
      // right after
      if (late && OUTCOMES.contains(t, i) && i > 1 && t.isAny(i - 1, "salio", "salieron")
          && i + 2 < n && t.isAny(i + 1, "de", "del") && procedureAfter(a, i + 1)
          && !wishedBefore(a, i - 1)) {
        emit(a, out, i - 1, i);
        continue;
      }
      // "she's not improving on the current treatment", "no está mejorando con el tratamiento":
      // how someone is doing on their care
      if (t.isAny(i, "improving", "responding", "mejorando", "respondiendo") && i + 2 < n
          && t.isAny(i + 1, "on", "with", "to", "con", "al", "a")
          && CARE_TAKEN.containsAny(t, i + 2, i + 5)) {
        int s0 = i > 0 && t.isAny(i - 1, "not", "isn't", "no") ? i - 1 : i;
        emit(a, out, s0, i);
        continue;
      }
      // "en su radiografía del pie no hay fractura": what a test did not find
      if (t.is(i, "hay") && i > 0 && t.is(i - 1, "no") && findingSubjectBefore(a, lab, i - 1)) {
        int k = i + 1;
        while (k < n && k < i + 4 && t.isAny(k, "una", "un", "signos", "evidencia", "de")) {
          k++;
        }
        if (k < n && clinicalAt(a, k)) {
          emit(a, out, i - 1, i);
          continue;
        }
      }
      // "the baby is measuring small", "el bebé está midiendo pequeño": how a scan measured
      if (t.isAny(i, "measuring", "measures", "midiendo") && i + 1 < n
          && MEASURED_AS.contains(t, i + 1) && !conditionalBefore(t, i)
          && (anyBefore(t, i, 3, FETUSES) || labBefore(lab, i))) {
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      // "the incision is healing well", "la herida está sanando bien": how a wound is doing
      if (late && HEALING.contains(t, i) && healingSubjectBefore(a, i)) {
        int end = i + 1 < n && t.isAny(i + 1, "well", "nicely", "fine", "bien") ? i + 1 : i;
        emit(a, out, i, end);
        i = end;
        continue;
      }
      // "she did not pass in the right ear", "no pasó la prueba": how a screening came out
      if (late && PASS_WORDS.contains(t, i) && !conditionalBefore(t, i) && !anyBefore(t, i, 3, WHO)
          // ("su carro pasó la prueba de emisiones": a car passes an emissions test)
          && !anyBefore(t, i, 3, VEHICLES)
          && (!t.is(i, "refer") || i > 0 && t.isAny(i - 1, "a", "was"))
          && (findingSubjectBefore(a, lab, i) || passedATest(a, lab, i))
          && !(i > 0 && t.isAny(i - 1, "must", "to", "should", "will", "can", "cannot",
              "debe", "deben", "para")) // "Must pass a screening physical": a requirement
          // ("su seguro aprobó 8 sesiones": an insurer approves visits, it passes no test)
          && !anyBefore(t, i, 2, PAYERS)
          // ("el examen de Renata se pasó al jueves": a visit moved to another day)
          && !(i > 0 && t.is(i - 1, "se") && i + 1 < n && t.isAny(i + 1, "al", "a", "para"))
          // ("your radiation parking pass #RP-20417": a pass to park, no screening passed)
          && !(i > 0 && t.isAny(i - 1, "parking", "bus", "visitor", "guest", "day", "boarding",
              "season", "hall", "gate", "access", "donor", "your", "ur"))) {
        int s0 = i >= 2 && t.isAny(i - 1, "not", "no") ? (t.isAny(i - 2, "did", "does")
            ? i - 2 : i - 1) : i;
        emit(a, out, s0, i);
        continue;
      }
      // "the surgery went fine with no complications", "no hubo complicaciones": how care went
      if (late && COMPLICATIONS.contains(t, i)) {
        int start = noComplicationsStart(t, i);
        if (start >= 0 && !conditionalBefore(t, start) && !generalBefore(t, start)
            && careBefore(t, start)) {
          emit(a, out, start, i);
          continue;
        }
      }
      // "your last reading was outside the range", "no action is needed": where a reading
      // stands, or that a review found nothing to do
      if (late && RANGE.contains(t, i)) {
        int start = rangeStatementStart(t, i);
        if (start < 0) {
          start = inRangeStart(a, lab, i);
        }
        if (start > 0 && anyBefore(t, start, 4, GOAL_VERBS)) {
          start = -1; // "keep your BP below your target range": a goal
        }
        if (start >= 0 && !conditionalBefore(t, start) && !generalBefore(t, start)) {
          emit(a, out, start, i);
          continue;
        }
      }
      // "your kidney function is stable", "el tumor sigue igual": the state a test reports
      if (late && TEST_STATES.contains(t, i) && testStateLinkBefore(a, lab, i)
          && !(t.isAny(i, "up", "down") && i + 1 < t.size()
              && t.isAny(i + 1, "on", "in", "at", "to", "for", "here", "there", "online"))) {
        // ("your labs are up on the portal" is where they are, not how they came out)
        emit(a, out, i, i);
        continue;
      }
      // "Critical lab value", "abnormal Pap result", "a positive COVID test", "positive
      // Cologuard": the word says how the result came out
      if (RESULT_QUALITIES.contains(t, i) && i + 1 < n
          && (QUALIFIED_NOUNS.contains(t, i + 1) || lab[i + 1]) && !requirement(a, i)) {
        emit(a, out, i, i);
        continue;
      }
      // a trend of a test: "your tumor markers are rising", "su azúcar sigue subiendo"
      if (TRENDS.contains(t, i) && trendOfTest(a, lab, i)) {
        emit(a, out, i, i);
        continue;
      }
      if (t.is(i, "not") && i + 1 < n && t.isAny(i + 1, "detected", "reactive")
          && inResultFrame(a, lab, i + 1)) {
        emit(a, out, i, i + 1);
        i++;
        continue;
      }
      // a finding after a test: "your x-ray shows a small fracture", "muestra debilidad"
      // "came back with blood", "salió con sangre": what a test came back with is its finding
      // (the finding follows in the same sentence: "... si la tiene. Para cambiar la cita")
      if ((FINDING_VERBS.contains(t, i) && !(t.is(i, "picked") && !pickedUpAFinding(t, i))
              && !sampleNoun(t, i) && !(i + 1 < n && sentenceBreakAfter(t, i))
              || cameBackWith(t, i) || youHaveAfterATest(a, i))
          && (findingSubjectBefore(a, lab, i) || clinicianFound(a, out, lab, i))
          && !(i > 0 && t.isAny(i - 1, "may", "might", "could", "can", "would", "puede",
              "pueden", "podria", "podrian")) // "meters ... may show readings in the wrong units"
          // "whoever picks it up must show a photo ID": what someone is told to show
          && !(i > 0 && t.isAny(i - 1, "must", "should", "to", "please", "debe", "deben"))
          // "the study you saw online": what the recipient saw is no finding
          && !(i > 0 && FINDING_VERBS.contains(t, i) && t.isAny(i - 1, "you", "u", "i", "usted",
              "tu", "yo"))) {
        int from = t.is(i, "picked") ? i + 2 : i + 1; // "picked up a pause of 4.2 sec"
        int end = findingPhraseEnd(a, from);
        int first = skipDeterminers(t, from, end);
        int afterLab = first;
        while (afterLab <= end && lab[afterLab]) {
          afterLab++;
        }
        if (afterLab > first && afterLab <= end && t.type(afterLab) == Tokens.NUMBER) {
          continue; // "your lipid panel showed LDL 162 (H)": the next test's value says it
        }
        int size = sizeWithin(a, first, end);
        if (size >= 0) {
          emit(a, out, size, size + 1); // "showed a 6 mm nodule": the size is the value
          i = size + 1;
          continue;
        }
        if (first <= end) {
          emit(a, out, first, end, 0.6);
          i = end;
        }
      }
    }
    symbolResults(a, lab, out);
    conditionsInResults(a, out);
  }

  /** Signs that stand for how a result came out: positive, up, down. */
  private static final String RESULT_SIGNS = "+\u2191\u2193\u2b06\u2b07";

  /**
   * "your test was +", "her Ca markers ↑ again": a plus sign or an arrow right after a test (or
   * after "was"/"is"/"came back" following one) is the test's result, standing for "positive",
   * "up" or "down". The sign is the RESULT span; a sign between digits or inside a word is not.
   */
  private static void symbolResults(Analysis a, boolean[] lab, List<Detection> out) {
    String o = a.original();
    Tokens t = a.tokens();
    for (int s = 0; s < RESULT_SIGNS.length(); s++) {
      // one vectorized search per sign: most messages hold none
      for (int p = o.indexOf(RESULT_SIGNS.charAt(s)); p >= 0;
          p = o.indexOf(RESULT_SIGNS.charAt(s), p + 1)) {
        symbolResult(a, lab, out, o, t, p);
      }
    }
  }

  /** The sign at {@code p}, set off by a space, after a test: a RESULT of one character. */
  private static void symbolResult(Analysis a, boolean[] lab, List<Detection> out, String o,
      Tokens t, int p) {
    boolean spaceBefore = p > 0 && o.charAt(p - 1) == ' ';
    // ("Strep or flu test +$25": a price added, no result)
    boolean freeAfter = p + 1 >= o.length() || !Character.isLetterOrDigit(o.charAt(p + 1))
        && Character.getType(o.charAt(p + 1)) != Character.CURRENCY_SYMBOL;
    if (!spaceBefore || !freeAfter) {
      return;
    }
    int k = Frames.lastToken(t, p);
    if (k < 0 || t.originalEnd(k) > p) {
      return;
    }
    if (o.charAt(p) == '+' && p + 2 < o.length() && o.charAt(p + 1) == ' '
        && Character.isLetter(o.charAt(p + 2)) && !SIGN_LINKS.contains(t, k)) {
      return; // "baseline ultrasound + bloodwork": "and" between two words ("was + so" is not)
    }
    int subject = k;
    while (subject >= 0 && k - subject < 3 && SIGN_LINKS.contains(t, subject)) {
      subject--;
    }
    if (subject >= 0 && (lab[subject] || FINDING_SUBJECTS.contains(t, subject))
        && !conditionalBefore(t, subject)) {
      out.add(new Detection(p, p + 1, Category.RESULT, "result", 0.8, 0));
    }
  }

  /** A full stop, a question or exclamation mark or a line break right after token {@code i}. */
  private static boolean sentenceBreakAfter(Tokens t, int i) {
    return t.gapContains(i, i + 1, '.') || t.gapContains(i, i + 1, '?')
        || t.gapContains(i, i + 1, '!') || t.gapContains(i, i + 1, '\n');
  }

  private static final WordSet SIGN_LINKS = WordSet.of("was", "is", "were", "are", "came",
      "back", "salio", "fue", "es", "dio");

  /**
   * Conditions that a result statement names as its finding become part of that result: "showed
   * no polyps", "no evidence of disease", "sigue en remisión". The condition is then what the
   * test did not find or the state it is in, and the result span says so.
   */
  private static void conditionsInResults(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int[] procedureEnds = null; // made at the first condition that needs it
    for (int i = 0; i < out.size(); i++) {
      Detection c = out.get(i);
      if (c.category != Category.CONDITION) {
        continue;
      }
      int first = Frames.firstToken(t, c.start);
      if (first < 1) {
        continue;
      }
      int start = -1;
      // "showed no polyps", "muestra sin lesiones"
      if (t.isAny(first - 1, "no", "sin", "ningun", "ninguna") && first >= 2
          && FINDING_VERBS.contains(t, first - 2)) {
        start = t.originalStart(first - 1);
      }
      // "no fracture seen", "no masses found": what a reader did not find
      int end = c.end;
      int last = Frames.lastToken(t, c.end);
      if (t.is(first - 1, "no") && last >= first && last + 1 < t.size()
          && NOT_FOUND_AFTER.contains(t, last + 1) && TermDetector.sameGap(t, last)) {
        start = t.originalStart(first - 1);
        end = t.originalEnd(last + 1);
      }
      // "no signs of infection", "sin signos de infección": a finding of an exam
      if (first >= 3 && t.isAny(first - 1, "of", "de")
          && t.isAny(first - 2, "signs", "sign", "signos", "signo", "evidence", "evidencia")
          && t.isAny(first - 3, "no", "sin", "without", "ningun", "ninguna")) {
        start = t.originalStart(first - 3);
      }
      // "removed 2 small polyps", "encontramos 3 quistes": what a procedure found, by count
      int counted = countedFindingStart(t, first);
      if (counted >= 0) {
        start = t.originalStart(counted);
      }
      // "in remission", "en remisión": the state, not the diagnosis
      if (t.isAny(first, "remission", "remision") && t.isAny(first - 1, "in", "en")) {
        start = t.originalStart(first - 1);
      }
      // "your blood type is Rh negative", "the culture came back MRSA": what a test is
      if (start < 0 && linkBefore(t, first)) {
        if (procedureEnds == null) {
          procedureEnds = procedureEnds(out);
        }
      }
      if (start < 0 && procedureEnds != null && testIsBefore(a, procedureEnds, first)) {
        start = c.start;
      }
      // "no evidence of disease": a result phrase ending in "of" + the condition
      if (first >= 2 && t.isAny(first - 1, "of", "de")) {
        int r = resultEndingAt(out, t.originalEnd(first - 2));
        if (r >= 0) {
          start = out.get(r).start;
          out.remove(r);
          if (r < i) {
            i--;
          }
        }
      }
      if (start >= 0) {
        out.set(i, new Detection(start, end, Category.RESULT, "result", 0.85, 0));
      }
    }
  }

  /** What a reader did not see after "no" and a condition: "no fracture seen". */
  private static final WordSet NOT_FOUND_AFTER = WordSet.of("seen", "found", "noted", "detected",
      "identified", "visible", "evident");

  /** Linking verbs between a test and what it came out as. */
  private static final WordSet TEST_LINKS = WordSet.of("is", "was", "came", "back", "returned",
      "es", "fue", "salio", "resulto");

  /**
   * The words right before token {@code first} are a test and a linking verb: "blood type is",
   * "culture came back", "la prueba salió". The subject is a test found in the message (a
   * PROCEDURE ending there) or a word for a test or its result.
   */
  private static boolean testIsBefore(Analysis a, int[] procedureEnds, int first) {
    Tokens t = a.tokens();
    int k = first - 1;
    if (k >= 1 && t.is(k, "back") && t.isAny(k - 1, "came", "come")) {
      k--;
    } else if (!TEST_LINKS.contains(t, k) || t.is(k, "back") || t.is(k, "came")) {
      return false;
    }
    int subject = k - 1;
    if (subject < 0) {
      return false;
    }
    if (FINDING_SUBJECTS.contains(t, subject)) {
      return true;
    }
    return java.util.Arrays.binarySearch(procedureEnds, t.originalEnd(subject)) >= 0;
  }

  /** A linking verb right before token {@code first}: the cheap half of testIsBefore. */
  private static boolean linkBefore(Tokens t, int first) {
    return first >= 1 && TEST_LINKS.contains(t, first - 1);
  }

  /** The ends of the PROCEDURE detections, sorted: looked up by binary search. */
  private static int[] procedureEnds(List<Detection> out) {
    return out.stream().filter(d -> d.category == Category.PROCEDURE)
        .mapToInt(d -> d.end).sorted().toArray();
  }

  private static final WordSet REMOVAL_VERBS = WordSet.of("removed", "found", "saw", "took",
      "biopsied", "excised", "quitamos", "quito", "encontramos", "encontro", "extirpamos",
      "extirpo", "vimos", "retiramos", "retiro");

  private static final WordSet SIZE_WORDS = WordSet.of("small", "tiny", "large", "big", "little",
      "pequenos", "pequenas", "pequeno", "pequena", "grandes", "grande", "out");

  /**
   * The token of the count in "removed [out] 2 small polyps", or -1: a removal or finding verb,
   * a count and size words right before the condition at {@code first}.
   */
  private static int countedFindingStart(Tokens t, int first) {
    int k = first - 1;
    while (k >= 0 && first - k <= 2 && SIZE_WORDS.contains(t, k)) {
      k--;
    }
    if (k < 1 || !(t.type(k) == Tokens.NUMBER || NUMBER_WORDS.contains(t, k))) {
      return -1;
    }
    int verb = k - 1;
    if (t.is(verb, "out") && verb >= 1) {
      verb--;
    }
    return REMOVAL_VERBS.contains(t, verb) ? k : -1;
  }

  private static final WordSet NUMBER_WORDS = WordSet.of("two", "three", "four", "five", "six",
      "several", "a", "one", "dos", "tres", "cuatro", "cinco", "varios", "varias", "un", "una");

  private static int resultEndingAt(List<Detection> out, int end) {
    for (int k = 0; k < out.size(); k++) {
      if (out.get(k).category == Category.RESULT && out.get(k).end == end) {
        return k;
      }
    }
    return -1;
  }

  /** A patient's state as a hospital or clinic reports it. */
  private static final WordSet PERSON_STATES = WordSet.of("stable", "estable", "estables",
      "critical", "critico", "critica", "grave", "unresponsive", "intubated", "intubado",
      "intubada", "sedated", "sedado", "sedada", "conscious", "consciente", "inconsciente",
      "unconscious", "dying", "weak", "weaker", "frail", "declining", "confused", "agitated",
      "lethargic", "debil", "agonizando", "confundido", "confundida", "decaido", "decaida",
      "hospitalized", "hospitalizado", "hospitalizada", "internado", "internada");

  private static final WordSet STATE_LINKS = WordSet.of("is", "was", "are", "were", "remains",
      "esta",
      "estan", "both", "ambos", "ambas", "estaba", "sigue", "continua", "permanece", "se",
      "encuentra", "in", "en", "still", "aun", "now", "ahora", "condition", "listed", "looks",
      "looked", "appears", "appeared", "seems", "seemed", "ve", "very", "actively", "getting",
      "more", "muy", "mas", "quite", "much", "ya", "already", "todavia",
      // "your sugar has been high", "his output has been running low", "ha estado alta"
      "been", "has", "have", "running", "ha", "han", "estado");

  /**
   * A person, then only linking words, right before {@code i}: a relative ("your husband", "su
   * esposa"), a pronoun, or a name found before ("Marta").
   */
  private static boolean personStateLinkBefore(Analysis a, List<Detection> out, int i) {
    Tokens t = a.tokens();
    int k = i - 1;
    while (k >= 0 && i - k <= 4 && STATE_LINKS.contains(t, k)) {
      k--;
    }
    if (k == i - 1 && k >= 0 && t.isAny(k, "he's", "she's", "they're")) {
      return true; // "he's stable after his first night"
    }
    if (k < 0 || k == i - 1) {
      return false;
    }
    if (t.isAny(k, "and", "y")) {
      // "su esposa ya salió de la cirugía y está estable": the person is the subject of the
      // first clause; look back through it, within the sentence
      for (int p = k - 1; p >= Math.max(0, k - 12) && sameClause(a, p); p--) {
        if (Frames.RELATIONS.contains(t, p) || t.isAny(p, "he", "she", "el", "ella")) {
          return true;
        }
      }
      return false;
    }
    if (Frames.RELATIONS.contains(t, k) || t.isAny(k, "he", "she", "el", "ella", "they",
        "ellos", "ellas", "he's", "she's")
        || (k >= 1 && t.isAny(k, "dos") && t.isAny(k - 1, "las", "los"))) {
      return true; // "las dos están estables": mother and baby
    }
    int end = t.originalEnd(k);
    for (Detection d : out) {
      if (d.category == Category.NAME && d.end == end) {
        return true;
      }
    }
    return false;
  }

  /** Words for a rating, before "7/10": shared with the date detector, which skips those. */
  static final String RATING_WORDS = " pain score rated rate rating scale craving cravings level"
      + " dolor escala puntaje calificacion ansiedad anxiety mood animo ";

  private static final WordSet SCALE_LEADS = WordSet.spaced(RATING_WORDS);

  /** "7/10" after a word for a rating, within three tokens in the clause. */
  private static boolean scaleRatingAt(Analysis a, int i) {
    Tokens t = a.tokens();
    if (i + 1 >= t.size() || t.type(i) != Tokens.NUMBER) {
      return false;
    }
    // in place first: every token comes here, and the gap's string would be made for each
    int v = smallInt(t, i);
    int of = v < 0 ? -1 : smallInt(t, i + 1);
    if (v < 0 || of < 1 || v > of || of > 30 || !"/".equals(t.originalGap(i, i + 1))) {
      return false;
    }
    // out of 10 after any rating word ("pain 7/10"); out of another total after a score's
    // ("your SCOFF score was 4/5")
    WordSet leads = of == 10 ? SCALE_LEADS : SCORE_LEADS;
    for (int k = i - 1; k >= Math.max(0, i - 3) && sameClause(a, k); k--) {
      if (leads.contains(t, k)) {
        // "Rate us 10/10?", "rate our care 9/10": how the recipient rates the practice
        return !(t.isAny(k, "rate", "rated", "rating") && k + 1 < i && t.isAny(k + 1, "us", "our"));
      }
    }
    return false;
  }

  /** Words for a screen's score before points out of a total: shared with the date detector. */
  static final String SCORE_WORDS = " score scores scored puntaje puntuacion ";

  private static final WordSet SCORE_LEADS = WordSet.spaced(SCORE_WORDS);

  private static final WordSet VISION_WORDS = WordSet.of("vision", "eye", "eyes", "acuity",
      "visual", "snellen", "vista", "ojo", "ojos", "agudeza");

  /**
   * "20/40" (Snellen acuity: 20 over 10 to 800) in a sentence that speaks of vision or the eyes:
   * a reading, though it looks like a date or a ratio.
   */
  private static boolean acuityAt(Analysis a, int i) {
    Tokens t = a.tokens();
    if (i + 1 >= t.size() || !t.is(i, "20") || !"/".equals(t.originalGap(i, i + 1))) {
      return false;
    }
    int d = smallInt(t, i + 1);
    if (d < 10 || d > 800) {
      return false;
    }
    int next = t.originalEnd(i + 1);
    String o = a.original();
    while (next < o.length() && o.charAt(next) == ' ') {
      next++;
    }
    if (next < o.length() && Character.isUpperCase(o.charAt(next)) && !eyeAt(o, next)) {
      return false; // "20/20 Optometry", "20/20 Vision Center": a name
    }
    int sentence = a.sentenceStart(t.originalStart(i));
    for (int k = Math.max(0, i - 8); k < Math.min(t.size(), i + 8); k++) {
      if (VISION_WORDS.contains(t, k) && (k > i || t.originalStart(k) >= sentence)) {
        return true;
      }
    }
    return false;
  }

  /** "L eye", "OD", "OS", "OU", "RE": which eye, right after an acuity. */
  private static boolean eyeAt(String o, int p) {
    int e = p;
    while (e < o.length() && Character.isLetter(o.charAt(e))) {
      e++;
    }
    String w = o.substring(p, e);
    return w.equals("L") || w.equals("R") || w.equals("OD") || w.equals("OS")
        || w.equals("OU") || w.equals("LE") || w.equals("RE");
  }

  /** A goal word within eight tokens before {@code i}, in the same clause. */
  private static boolean goalBefore(Analysis a, int i) {
    Tokens t = a.tokens();
    for (int k = i - 1; k >= Math.max(0, i - 8) && sameClause(a, k); k--) {
      if (GOALS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a bound a goal: "keep it under", "your goal is below", "meta: menos de". */
  private static final WordSet GOALS = WordSet.of("keep", "goal", "goals", "target", "aim",
      "should", "mantenga", "mantener", "meta", "objetivo");

  private static final WordSet BOUND_LEADS = WordSet.of("over", "above", "below", "under",
      "than", "around", "about");

  private static final String OUTCOMES_TEXT =
      " fine good great ok okay well bien mal perfecto perfectos clean limpio limpia limpios"
          + " limpias ";

  private static final WordSet OUTCOMES = WordSet.spaced(OUTCOMES_TEXT);

  private static final WordSet SOFTENERS = WordSet.of("slightly", "mildly", "very", "somewhat",
      "little", "bit", "a", "un", "poco", "ligeramente", "muy", "still", "aun");

  /**
   * The token of the unit ending "A x B [x C] cm|mm" at {@code i}, or -1. Two or three numbers
   * by "x" with a length unit measure a wound or a lesion: no appointment or price looks so.
   */
  private static int dimensionEnd(char[] c, Tokens t, int i) {
    int n = t.size();
    if (!isNumber(c, t, i) || i + 3 >= n || !t.is(i + 1, "x") || !isNumber(c, t, i + 2)) {
      return -1;
    }
    int k = i + 3;
    if (t.is(k, "x") && k + 2 < n && isNumber(c, t, k + 1)) {
      k += 2;
    }
    return t.isAny(k, "cm", "mm") ? k : -1;
  }

  private static final String HEALING_TEXT =
      " healing healed sanando sanado sanada cicatrizando cicatrizado cicatrizada ";

  private static final WordSet HEALING = WordSet.spaced(HEALING_TEXT);

  /**
   * A linking verb and a thing before {@code i}, not a person the sender wishes well: "the
   * incision is healing", "la herida del pie está sanando"; not "hope you're healing well".
   */
  private static boolean healingSubjectBefore(Analysis a, int i) {
    Tokens t = a.tokens();
    int k = i - 1;
    if (k < 1 || !t.isAny(k, "is", "are", "has", "have", "been", "esta", "estan", "sigue", "ha",
        "han", "was")) {
      return false;
    }
    if (t.is(k, "been") && t.isAny(k - 1, "has", "have")) {
      k--;
    }
    int subject = k - 1;
    if (subject < 0 || !sameClause(a, subject)
        || t.isAny(subject, "you", "you're", "youre", "we", "i", "usted", "ustedes", "he", "she")) {
      return false;
    }
    for (int p = subject; p >= Math.max(0, subject - 8) && (p == subject || sameClause(a, p));
        p--) {
      if (t.isAny(p, "hope", "hoping", "wish", "espero", "esperamos", "ojala", "deseamos")) {
        return false;
      }
    }
    return true;
  }

  private static final WordSet PARCELS = WordSet.of("shipping", "package", "parcel", "box",
      "shipment", "order", "net", "luggage", "bag", "paquete", "caja", "envio", "pedido",
      "maleta");

  /** "weight", "peso" within four tokens before {@code i}, in its clause, not a parcel's. */
  private static boolean weightNounBefore(Analysis a, int i) {
    Tokens t = a.tokens();
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (!sameClause(a, k)) {
        return false;
      }
      if (t.isAny(k, "weight", "weighs", "weighed", "peso", "pesa", "peso's", "weight's", "wt")) {
        // "shipping weight 9.4 lb", "the box weighs 12 lb", "peso del paquete": a parcel's
        return !(k > 0 && PARCELS.contains(t, k - 1)) && !(k + 2 < t.size()
            && t.isAny(k + 1, "del", "de") && PARCELS.contains(t, k + 2))
            && !(k > 1 && PARCELS.contains(t, k - 2));
      }
    }
    return false;
  }

  private static final String TEST_STATES_TEXT =
      " stable unchanged improved estable estables igual iguales worse better higher lower up"
          + " down peor mejor improving worsening ";

  // ("refer": a screen's other outcome, "was a refer in the left ear")
  private static final String PASS_TEXT = " pass passed failed paso aprobo refer ";

  private static final WordSet PASS_WORDS = WordSet.spaced(PASS_TEXT);

  private static final WordSet VEHICLES = WordSet.of("car", "truck", "vehicle", "van", "carro",
      "auto", "coche", "camioneta", "vehiculo", "camion");

  /** Who approves care rather than passing a test: "su seguro aprobó", "your plan passed on". */
  private static final WordSet PAYERS = WordSet.of("seguro", "aseguradora", "plan", "insurance",
      "insurer", "medicaid", "medicare", "pagador");

  private static final String PERCENTILE_TEXT = " percentile percentil ";

  private static final WordSet PERCENTILE = WordSet.spaced(PERCENTILE_TEXT);

  /**
   * The words at token {@code i} that the later result rules start from ("back", outcomes and
   * interpretation words, healing, test states, percentile), as one set: most tokens are none.
   */
  private static final String COMPLICATIONS_TEXT =
      " complications complication complicaciones complicacion ";

  private static final WordSet COMPLICATIONS = WordSet.spaced(COMPLICATIONS_TEXT);

  private static final String RANGE_TEXT = " range rango target goal meta action accion ";

  private static final WordSet OUT_OF = WordSet.of("outside", "above", "below", "over", "under",
      "beyond", "fuera", "encima", "debajo", "out", "of", "de", "the", "your", "su", "el", "del",
      "por", "safe", "normal", "target", "healthy", "usual", "seguro", "saludable");

  private static final WordSet READING_SUBJECTS = WordSet.of("reading", "readings", "level",
      "levels", "number", "numbers", "sugar", "sugars", "pressure", "pressures", "bp", "glucose",
      "weight",
      "oxygen", "sat", "sats", "saturation", "results", "result", "labs", "tests", "test",
      "bloodwork", "lectura", "lecturas", "nivel", "niveles", "azucar", "presion", "glucosa",
      "peso", "oxigeno", "resultados", "resultado", "analisis");

  /**
   * "your last reading was outside the range", "fuera de rango", "above your target": where a
   * reading stands against its range; and "readings reviewed: no action is needed", a normal
   * result. Returns the first token of the phrase ending at {@code i}, or -1.
   */
  private static int rangeStatementStart(Tokens t, int i) {
    if (t.isAny(i, "action", "accion")) {
      int k = i - 1;
      if (k < 0 || !t.isAny(k, "no", "ninguna")) {
        return -1;
      }
      int next = i + 1;
      if (next < t.size() && t.isAny(next, "is", "es")) {
        next++;
      }
      if (next >= t.size() || !t.isAny(next, "needed", "required", "necessary", "necesaria",
          "requerida")) {
        return -1;
      }
      // a reading or result, and that it was reviewed
      return anyBefore(t, k, 10, READING_SUBJECTS) && anyBefore(t, k, 10, REVIEWED) ? k : -1;
    }
    int k = i - 1;
    int out = -1;
    while (k >= 0 && i - k <= 4 && OUT_OF.contains(t, k)) {
      if (t.isAny(k, "outside", "above", "below", "over", "under", "beyond", "fuera", "encima",
          "debajo") || (t.is(k, "out") && t.is(k + 1, "of"))) {
        out = k;
      }
      k--;
    }
    return out >= 0 && anyBefore(t, out, 8, READING_SUBJECTS) ? out : -1;
  }

  /**
   * Where "in range" at {@code i} ("range") starts when it tells how a test came out: "your AMH
   * and antral follicle count are in range", "su A1c está dentro del rango" (a test before it
   * in the clause, a linking verb right before "in"); -1 otherwise ("keep your sugar in range"
   * is a goal).
   */
  private static int inRangeStart(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    if (!t.isAny(i, "range", "rango")) {
      return -1;
    }
    int k = i - 1;
    if (k >= 0 && t.isAny(k, "normal", "target", "goal", "reference", "normales")) {
      k--;
    }
    if (k >= 0 && t.isAny(k, "the", "del", "el")) {
      k--;
    }
    int in = k;
    if (in < 1 || !t.isAny(in, "in", "within", "dentro", "en")) {
      return -1;
    }
    if (t.is(in, "en") && in > 1 && t.is(in - 1, "dentro")) {
      in--; // "dentro en rango" reads from "dentro"
    }
    return in > 0 && t.isAny(in - 1, "is", "are", "was", "were", "came", "stayed", "remain",
            "remains", "esta", "estan", "salio", "salieron", "sigue", "siguen")
        && findingSubjectBefore(a, lab, in - 1) ? in : -1;
  }

  /** Verbs that set a goal for a reading: "keep it below", "aim for", "mantenga su azúcar". */
  private static final WordSet GOAL_VERBS = WordSet.of("keep", "stay", "aim", "try", "get",
      "bring", "mantenga", "mantener", "mantengan", "trate");

  private static final WordSet REVIEWED = WordSet.of("reviewed", "checked", "reviso",
      "revisamos", "revisaron");

  /** One of {@code words} among the {@code window} tokens before {@code i}. */
  private static boolean anyBefore(Tokens t, int i, int window, WordSet words) {
    return words.containsAny(t, i - window, i);
  }

  private static final WordSet LATE_CUES = WordSet.spaced(" back something algo duty cleared"
      + " restricted " + PERCENTILE_TEXT
      + PASS_TEXT
      + OUTCOMES_TEXT + WORDS_TEXT + HEALING_TEXT + TEST_STATES_TEXT + COMPLICATIONS_TEXT
      + RANGE_TEXT);

  private static final WordSet RANGE = WordSet.spaced(RANGE_TEXT);

  /**
   * Where the negation before "complications" at {@code i} starts ("had no complications",
   * "without any complications", "no hubo complicaciones", "sin complicaciones"), or -1.
   */
  private static int noComplicationsStart(Tokens t, int i) {
    int k = i - 1;
    if (k >= 0 && t.isAny(k, "any", "ninguna", "major", "serious")) {
      k--;
    }
    if (k >= 1 && t.isAny(k, "hubo", "tuvo", "hay", "presento") && t.is(k - 1, "no")) {
      return k - 1; // "no hubo complicaciones"
    }
    if (k < 0 || !t.isAny(k, "no", "without", "sin", "zero")) {
      return -1;
    }
    return k >= 1 && t.isAny(k - 1, "had", "were") ? k - 1 : k;
  }

  private static final WordSet PERCENTILE_LEADS = WordSet.of("below", "above", "under", "over",
      "at", "in", "around", "near", "bajo", "sobre", "debajo", "encima", "en");

  /**
   * Where "the 5th percentile" starts before "percentile" at {@code i}: the ordinal, with "the"
   * and a lead word ("below the 5th percentile"); {@code i} itself for "percentil 10"; -1 if no
   * number goes with it.
   */
  private static int percentileStart(char[] c, Tokens t, int i) {
    int n = t.size();
    if (i >= 1 && Character.isDigit(c[t.start(i - 1)])) { // "5th", "10"
      int start = i - 1;
      if (start >= 1 && t.isAny(start - 1, "the", "el")) {
        start--;
        if (start >= 1 && PERCENTILE_LEADS.contains(t, start - 1)) {
          start--;
        }
      }
      return start;
    }
    return i + 1 < n && isNumber(c, t, i + 1) ? i : -1;
  }

  private static final WordSet PLACE_NOUNS = WordSet.of("floor", "fl", "suite", "ste", "room",
      "rm", "level", "building", "bldg", "entrance", "door", "wing", "piso", "sala", "planta",
      "nivel", "edificio", "entrada", "puerta");

  /**
   * "1st floor", "3rd", "suite 200", "room 12": an ordinal or a number that names a place is no
   * reading.
   */
  private static boolean ordinalOrPlace(Tokens t, int i) {
    int len = t.length(i);
    if (len >= 3 && Character.isDigit(t.view().buffer()[t.start(i) + len - 3])
        && (t.endsWith(i, "st") || t.endsWith(i, "nd") || t.endsWith(i, "rd")
            || t.endsWith(i, "th"))) {
      return true;
    }
    return (i + 1 < t.size() && PLACE_NOUNS.contains(t, i + 1))
        || (i > 0 && PLACE_NOUNS.contains(t, i - 1));
  }

  /** "if it comes back", "once it comes back", "si sale": no result yet. */
  private static final WordSet CARE_EVENTS = WordSet.of("surgery", "procedure", "operation",
      "delivery", "birth", "biopsy", "went", "done", "finished", "over", "cirugia",
      "procedimiento", "operacion", "parto", "cesarea", "termino", "salio", "fue");

  /** A procedure or how it went, in the ten words before {@code i}: "the surgery went fine". */
  private static boolean careBefore(Tokens t, int i) {
    return anyBefore(t, i, 10, CARE_EVENTS);
  }

  private static final WordSet IN_GENERAL = WordSet.of("most", "patients", "people", "usually",
      "rarely", "generally", "mayoria", "pacientes", "personas", "generalmente");

  /** "most patients have no complications", "usually": what happens to people in general. */
  private static boolean generalBefore(Tokens t, int i) {
    return anyBefore(t, i, 5, IN_GENERAL);
  }

  private static final WordSet CONDITIONALS = WordSet.of("if", "when", "once", "until", "si",
      "cuando");

  private static boolean conditionalBefore(Tokens t, int i) {
    return anyBefore(t, i, 4, CONDITIONALS);
  }

  /** Words after "came back" that are not what a test found: times, places, links. */
  private static final WordSet COMPARATIVES = WordSet.of("higher", "lower", "better", "worse",
      "elevated", "high", "low", "up", "down", "abnormal", "off");

  /** What a scan sees, named by its shape: "a new 1.2 cm spot in the liver". */
  private static final WordSet FINDING_SHAPES = WordSet.of("spot", "spots", "lesion", "lesions",
      "nodule", "nodules", "mass", "cyst", "cysts", "growth", "shadow", "lump", "mancha",
      "manchas", "lesiones", "nodulo", "nodulos", "masa", "quiste", "bulto");

  private static final WordSet RESULT_HEADS = WordSet.of("results", "result", "findings",
      "impression", "resultados", "resultado", "hallazgos");

  /** Words after "results:" that tell of the results, not what they found. */
  private static final WordSet NOT_A_FINDING_AFTER_COLON = WordSet.of("ready", "available",
      "posted", "pending", "attached", "below", "enclosed", "inside", "are", "is", "will", "have",
      "has", "can", "see", "view", "log", "tap", "click", "call", "sign", "open", "listo",
      "listos", "disponible", "disponibles", "pendiente", "pendientes", "adjuntos", "vea",
      "llame", "your", "su", "sus", "tu", "normal", "negative", "positive");

  /**
   * The last token of the words after "results:" at {@code head}, when the results are the
   * recipient's or a test's ("Your MRI results:", "Pap results:") and the words tell what was
   * found; {@code head} when not.
   */
  private static int findingAfterColon(Analysis a, boolean[] lab, boolean[] taken,
      boolean[] allowed, int head) {
    Tokens t = a.tokens();
    int n = t.size();
    int f = head + 1;
    boolean owned = t.isAny(head - 1, "your", "ur", "su", "tu", "sus") || lab[head - 1];
    if (!owned || t.type(f) != Tokens.WORD || taken[f] || allowed[f]
        || NOT_A_FINDING_AFTER_COLON.contains(t, f) || NOT_A_FINDING_AFTER_BACK.contains(t, f)
        || conditionalBefore(t, head) || !":".equals(t.originalGap(head, f).trim())) {
      return head;
    }
    int end = f;
    while (end + 1 < n && end - f < 3 && TermDetector.sameGap(t, end)
        && t.type(end + 1) == Tokens.WORD && !PHRASE_BREAKS.contains(t, end + 1)
        && !taken[end + 1]) {
      end++;
    }
    return end;
  }

  private static final WordSet NOT_A_FINDING_AFTER_BACK = WordSet.of("today", "yesterday",
      "tonight", "this", "last", "on", "in", "from", "to", "with", "showing", "and", "but", "so",
      "the", "a", "an", "yet", "already", "early", "late", "quickly", "fast", "too", "after",
      "before", "at", "for", "we", "you", "it", "i", "please", "if", "when", "as", "by",
      "around", "within", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "earlier", "sooner", "later", "over", "under", "above", "below", "up", "down",
      "again", "here", "there", "home", "soon", "next", "once");

  /** Words that strengthen how a test looked: "both look totally normal". */
  private static final WordSet LOOK_INTENSIFIERS = WordSet.of("totally", "completely",
      "perfectly", "very", "really", "pretty", "quite", "entirely", "absolutely", "super",
      "totalmente", "completamente", "muy", "perfectamente");

  private static final WordSet WISHES = WordSet.of("hope", "hoping", "hopefully", "trust",
      "espero", "esperamos", "ojala");

  /** "Hope ...", "Espero que ..." earlier in the clause of token {@code i}. */
  private static boolean wishedBefore(Analysis a, int i) {
    Tokens t = a.tokens();
    for (int k = i - 1; k >= Math.max(0, i - 10) && sameClause(a, k); k--) {
      if (WISHES.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet OPERATIONS = WordSet.of("surgery", "procedure", "operation",
      "cirugia", "procedimiento", "operacion");

  private static final WordSet OWNERS = WordSet.of("your", "ur", "his", "her", "their", "su",
      "tu", "sus");

  /** What a pressure or a reading may be a machine's. */
  private static final WordSet MACHINES = WordSet.of("tire", "tires", "water", "boiler",
      "pump", "pump's", "pumps", "air", "oil", "gas", "cabin", "hydraulic", "system", "system's",
      "furnace", "llanta", "llantas", "agua", "caldera", "pressure");

  /** What someone is on: "on the current treatment", "con el tratamiento". */
  private static final WordSet CARE_TAKEN = WordSet.of("treatment", "medication", "medicine",
      "therapy", "antibiotics", "chemo", "dose", "tratamiento", "medicamento", "medicina",
      "terapia", "antibioticos", "quimio", "dosis");

  private static final WordSet FETUSES = WordSet.of("baby", "babies", "twins", "fetus",
      "bebe", "bebes", "gemelos", "feto");

  /** How a scan measured a baby or a growth: "measuring small", "measuring ahead". */
  private static final WordSet MEASURED_AS = WordSet.of("small", "large", "big", "ahead",
      "behind", "pequeno", "pequena", "grande", "chico", "chica");

  /**
   * "Your husband's cardiac cath is done. Dr. Kaplan found two blockages": a clinician, right
   * before a finding verb, in a message that named a test or procedure before.
   */
  private static boolean clinicianFound(Analysis a, List<Detection> out, boolean[] lab, int i) {
    Tokens t = a.tokens();
    if (i < 1 || !t.isAny(i, "found", "saw", "encontro", "vio")) {
      return false;
    }
    int end = t.originalEnd(i - 1);
    boolean clinician = t.isAny(i - 1, "doctor", "surgeon", "doctora", "cirujano", "cirujana");
    for (Detection d : out) {
      clinician |= d.category == Category.PROVIDER && d.end == end;
    }
    if (!clinician) {
      return false;
    }
    for (int k = i - 2; k >= 0; k--) {
      if (lab[k] || clinicalAt(a, k)) {
        return true;
      }
    }
    return false;
  }

  /** An operation or a clinical term within four words after {@code from}, in its clause. */
  private static boolean procedureAfter(Analysis a, int from) {
    Tokens t = a.tokens();
    for (int k = from + 1; k < Math.min(t.size(), from + 5) && sameClause(a, k); k++) {
      if (OPERATIONS.contains(t, k) || clinicalAt(a, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A procedure or operation that is someone's, in the five tokens before the verb at {@code
   * verb}, within its clause: "your dad's transplant surgery went", "su cirugía salió".
   */
  private static boolean ownProcedureBefore(Analysis a, int verb) {
    Tokens t = a.tokens();
    for (int k = verb - 1; k >= Math.max(0, verb - 5) && sameClause(a, k); k--) {
      if (OPERATIONS.contains(t, k) || clinicalAt(a, k)) {
        for (int j = k - 1; j >= Math.max(0, k - 4) && sameClause(a, j); j--) {
          if (OWNERS.contains(t, j) || t.endsWith(j, "'s")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * The "looks" word right before {@code i}, or two before with an intensifier between
   * ("looked totally normal"); -1 if none.
   */
  private static int lookBefore(Tokens t, int i) {
    if (i > 0 && LOOKS.contains(t, i - 1)) {
      return i - 1;
    }
    return i > 1 && LOOK_INTENSIFIERS.contains(t, i - 1) && LOOKS.contains(t, i - 2) ? i - 2 : -1;
  }

  private static final WordSet LOOKS = WordSet.of("looked", "looks", "look", "looking", "ve",
      "veia", "vio", "veian", "ven");

  /** States a test reports of what it measures; "better" and "worse" are too often advice. */
  private static final WordSet TEST_STATES = WordSet.spaced(TEST_STATES_TEXT);

  /**
   * "on your scan", "in the x-ray", "en su ultrasonido": a test right after {@code i}, behind a
   * preposition and a determiner.
   */
  private static boolean testAfter(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    int k = i + 1;
    if (k >= t.size() || !t.isAny(k, "on", "in", "from", "en", "de")) {
      return false;
    }
    k = Frames.pastArticle(t, k + 1);
    for (int j = i; j < k; j++) {
      if (!sameClause(a, j)) {
        return false;
      }
    }
    return k < t.size() && testAt(a, lab, k);
  }

  /**
   * "did not pass his newborn hearing screen", "failed the vision screening": a test right
   * after the pass word (a possessive or article between).
   */
  private static boolean passedATest(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    int k = Frames.pastArticle(t, i + 1);
    for (int j = k; j < Math.min(t.size(), k + 3); j++) {
      if (!sameClause(a, j)) {
        return false;
      }
      if (testAt(a, lab, j)) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code k} is a test: a lab, a word for a test or its result, or a clinical term. */
  private static boolean testAt(Analysis a, boolean[] lab, int k) {
    return lab[k] || FINDING_SUBJECTS.contains(a.tokens(), k) || clinicalAt(a, k);
  }

  /**
   * Linking words, then a test or condition right before them: "kidney function is stable",
   * "your A1c remains unchanged", "el tumor sigue igual".
   */
  private static boolean testStateLinkBefore(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    int k = i - 1;
    while (k >= 0 && i - k <= 3 && STATE_LINKS.contains(t, k)) {
      k--;
    }
    if (k < 0 || k == i - 1 || !sameClause(a, k)) {
      return false;
    }
    if (testAt(a, lab, k)) {
      return true;
    }
    // "the mets in your spine are stable": a place on the body between the test and the link
    int p = k - 1;
    if (p >= 1 && SITE_DETERMINERS.contains(t, p)) {
      p--;
    }
    return p >= 1 && t.isAny(p, "in", "on", "en") && sameClause(a, p - 1)
        && testAt(a, lab, p - 1);
  }

  private static final WordSet SITE_DETERMINERS = WordSet.of("your", "the", "his", "her", "su",
      "el", "la", "tu", "sus", "los", "las");

  /**
   * Number token {@code k} stands alone as a value: the clause ends after it ("came back 0.38
   * (low risk)", "came back 0.38."), not "came back 2 days late" or "$12.50 short".
   */
  private static boolean valueEndsClause(Analysis a, int k) {
    Tokens t = a.tokens();
    if (t.originalGap(k - 1, k).indexOf('$') >= 0) {
      return false;
    }
    return k + 1 >= t.size() || !t.originalGap(k, k + 1).trim().isEmpty();
  }

  private static final String MORE_TEXT = " additional more extra mas ";

  private static final String IMAGE_NOUNS_TEXT = " images views pictures imaging imagenes vistas"
      + " placas ";

  private static final WordSet IMAGE_NOUNS = WordSet.spaced(IMAGE_NOUNS_TEXT);
  private static final String WARDS_TEXT = " hospital icu uci ";
  private static final String SIDES_TEXT = " below above under over debajo encima ";

  private static final WordSet MORE = WordSet.spaced(MORE_TEXT);

  /** The words that open this round's per-token rules, in one set: one bit test per token. */
  private static final WordSet CALLBACK_CUES =
      WordSet.spaced(MORE_TEXT + IMAGE_NOUNS_TEXT + WARDS_TEXT + SIDES_TEXT);

  /** What falls below a cutoff: "scores", "result", "screen". */
  private static final WordSet SCORES = WordSet.of("score", "scores", "result", "results",
      "screen", "screening", "level", "levels", "puntaje", "puntajes", "resultado", "resultados");

  /** Which side of a cutoff a score fell on. */
  private static final WordSet SIDES = WordSet.spaced(SIDES_TEXT);

  /** What a device did when it alarmed. */
  private static final WordSet ALARMED = WordSet.of("alarmed", "beeped", "alarmo", "sono");

  /** What a screening score is measured against. */
  private static final WordSet CUTOFFS = WordSet.of("cutoff", "cut-off", "threshold", "limite",
      "corte");

  /** Where a person is treated: "in the hospital", "en el hospital", "in the ICU". */
  private static final WordSet WARDS = WordSet.spaced(WARDS_TEXT);

  /** "would like", "need" within three tokens before {@code i}: the images are asked for. */
  private static boolean calledBack(Tokens t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (t.isAny(k, "like", "need", "needs", "needed", "requested", "recommends", "recommended",
          "necesita", "necesitan", "necesitamos", "requiere", "recomienda", "pidio")) {
        // "no need for the extra pictures"
        return !(k > 0 && t.isAny(k - 1, "no", "not", "don't", "dont"));
      }
    }
    return false;
  }

  /** What a forecast measures: "tree pollen is HIGH today", "the UV index is high". */
  private static final WordSet OUTDOORS = WordSet.of("pollen", "mold", "ragweed", "uv", "aqi",
      "ozone", "smoke", "humidity", "polen", "moho");

  /** A forecast's subject within four tokens before {@code i}, in the same clause. */
  private static boolean outdoorsBefore(Analysis a, int i) {
    Tokens t = a.tokens();
    for (int k = i - 1; k >= Math.max(0, i - 4) && sameClause(a, k); k--) {
      if (t.isAny(k, "allergy", "allergies", "test", "testing", "panel", "ige", "alergia",
          "prueba")) {
        return false; // "your mold allergy test was positive" is the recipient's
      }
      if (OUTDOORS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** "your" or "ur" within five tokens before {@code i}, in the same clause: "your X came back". */
  private static boolean ownSubjectBefore(Analysis a, int i) {
    Tokens t = a.tokens();
    for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
      if (!sameClause(a, k)) {
        return false;
      }
      if (t.isAny(k, "your", "ur", "yr", "su", "sus", "tu", "tus")) {
        return true;
      }
    }
    return false;
  }

  private static boolean subjectNounBefore(Tokens t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (SUBJECT_NOUNS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** A RESULT value ends right before token {@code i}, with only a comma or softeners between. */
  private static boolean afterValue(List<Detection> out, Tokens t, int i) {
    int k = i - 1;
    while (k >= 0 && SOFTENERS.contains(t, k) && i - k <= 3) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    int end = t.originalEnd(k);
    for (Detection d : out) {
      if (d.category == Category.RESULT && d.end >= end - 1 && d.end <= end + 1
          && t.originalGap(k, k + 1).indexOf('.') < 0) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet RESULT_QUALITIES = WordSet.of("critical", "abnormal",
      "elevated", "malignant", "critico", "critica", "anormal", "anormales", "clear",
      "negative", "positive");

  private static final WordSet QUALIFIED_NOUNS = WordSet.of("lab", "labs", "value", "values",
      "result", "results", "finding", "findings", "pap", "mammogram", "test", "resultado",
      "resultados", "valor", "valores", "hallazgo", "margins", "margin", "margenes");

  private static final WordSet TRENDS =
      WordSet.spaced(" rising falling increasing decreasing climbing dropping improving worsening trending"
          + " dropped declined risen fallen"
          + " subiendo bajando aumentando disminuyendo empeorando mejorando ");

  private static final WordSet TREND_LINKS = WordSet.of(
      "is", "are", "was", "were", "been", "has", "have", "keeps", "keep", "still", "esta", "estan",
      "sigue", "siguen", "va", "van");

  /** A test or analyte, then only linking words, right before the trend word {@code i}. */
  private static boolean trendOfTest(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    if (i + 2 < t.size() && t.isAny(i + 1, "in", "en")
        && t.isAny(i + 2, "price", "prices", "cost", "costs", "precio", "precios")) {
      return false; // "the flu test has dropped in price"
    }
    int k = i - 1;
    while (k >= 0 && i - k <= 4 && TREND_LINKS.contains(t, k)) {
      k--;
    }
    if (k < 0 || k >= i - 1 || !lab[k]) {
      return false;
    }
    for (int j = k; j < i; j++) {
      if (!sameClause(a, j)) {
        return false;
      }
    }
    return true;
  }

  /** Tokens inside a multi-word clinical term ("alta" in "presión alta", "high" in "high BP"). */
  private static boolean[] insideLongerTerms(Analysis a) {
    Tokens t = a.tokens();
    boolean[] in = a.workspace().booleans(Workspace.RESULT_INSIDE_TERM, t.size());
    Lexicon lx = a.lexicon();
    if (lx == null) {
      return in;
    }
    for (TermMatcher.Match m : a.matches()) {
      if (m.lastToken() == m.firstToken()) {
        continue;
      }
      for (int s = 0; s < m.senseCount(); s++) {
        Lexicon.Sense sense = m.sense(s);
        if (sense.kind() != ListKind.NAME && sense.kind() != ListKind.ALLOW
            && sense.ambiguity() < 0.5f) {
          for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            in[k] = true;
          }
          break;
        }
      }
    }
    return in;
  }

  private static final WordSet EN_VALUE_VERBS = WordSet.of(
      "esta", "estan", "salio", "salieron", "fue", "es", "son", "marco", "dio", "quedo", "sigue",
      "siguen");

  /** A number in the same clause as a test or analyte, introduced as its value. */
  private static boolean valueOfTest(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    boolean anchored = false;
    for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
      if (!sameClause(a, k)) {
        break;
      }
      if (lab[k]) {
        anchored = true;
        break;
      }
    }
    if (!anchored) {
      return false;
    }
    if (billingCode(a, i)) {
      return false; // "Allergy skin testing (95004 x 40)": a CPT code and the units billed
    }
    if (goalInClause(a, i)) {
      return false; // "keep your BP below your target range of 130/80": a goal, not a reading
    }
    if (i + 1 < t.size() && DURATIONS.contains(t, i + 1)) {
      return false; // "the PHQ-9 and GAD-7 forms take about 5 min", "your A1c in 3 months"
    }
    // "must be read 48 to 72 hours after it was placed": a window of time
    if (i + 3 < t.size() && t.isAny(i + 1, "to", "or", "a", "y", "o")
        && t.type(i + 2) == Tokens.NUMBER && DURATIONS.contains(t, i + 3)) {
      return false;
    }
    // "31 drug screens, 6 fit tests": how many tests an invoice bills
    if (i + 1 < t.size() && digitsOnly(t.term(i), 4) && !t.originalGap(i, i + 1).contains(":")
        && (lab[i + 1] || clinicalAt(a, i + 1))) {
      int e = i + 1;
      while (e + 1 < t.size() && e < i + 4 && (lab[e + 1] || clinicalAt(a, e + 1))) {
        e++;
      }
      if (TEST_PLURALS.contains(t, e)) {
        return false;
      }
    }
    // "wrist X-ray (3 views)", "Dulcolax 5mg tablets (2)": how many, not a value
    if (i + 1 < t.size() && COUNTED_THINGS.contains(t, i + 1)
        || i > 0 && COUNTED_THINGS.contains(t, i - 1) && t.originalGap(i - 1, i).contains("(")) {
      return false;
    }
    if (i + 1 < t.size() && t.isAny(i + 1, "times", "veces")
        && !(i + 2 < t.size() && t.isAny(i + 2, "the", "normal", "higher", "above", "upper",
            "lo", "el", "mas", "mayor"))
        // ("stops breathing about 12 times an hour": a rate a test measured)
        && !(i + 3 < t.size() && t.isAny(i + 2, "an", "a", "per", "por", "each", "cada")
            && t.isAny(i + 3, "hour", "minute", "night", "hora", "minuto", "noche"))) {
      return false; // "BP Gas rewards: fill up 10 times this month": how often, not a value
    }
    if (i > 0 && lab[i - 1]) {
      return true; // "INR 3.8", "A1c 7.2"
    }
    if (i > 0 && t.isAny(i - 1, "fasting", "ayunas", "ayuno") && !looksLikeTimeOrDate(a, i)
        && !(i + 1 < t.size() && t.isAny(i + 1, "hours", "hrs", "horas", "h"))) {
      return true; // "your glucose readings this week: fasting 182, 201, 176"
    }
    if (i > 1 && HEDGES.contains(t, i - 1) && !lab[i - 2] && !HEDGES.contains(t, i - 2)
        && valueOfTest(a, lab, i - 1, i)) {
      return true; // "your A1c is only 5.9", "was just 4.2", "sigue en apenas 90"
    }
    return valueOfTest(a, lab, i, i);
  }

  /**
   * Token {@code i} is a five-digit integer in parentheses or followed by "x" and a count: the
   * procedure code and units of a statement line, not a reading.
   */
  private static boolean billingCode(Analysis a, int i) {
    Tokens t = a.tokens();
    if (t.type(i) != Tokens.NUMBER || t.length(i) != 5) {
      return false;
    }
    char[] c = t.view().buffer();
    for (int p = t.start(i); p < t.end(i); p++) {
      if (c[p] < '0' || c[p] > '9') {
        return false;
      }
    }
    return (i > 0 && t.originalGap(i - 1, i).contains("("))
        || (i + 2 < t.size() && t.isAny(i + 1, "x") && t.type(i + 2) == Tokens.NUMBER);
  }

  /** Units of time after a number: how long or when, not a reading. */
  private static final WordSet DURATIONS = WordSet.of("min", "mins", "minute", "minutes", "hr",
      "hrs", "hour", "hours", "sec", "secs", "second", "seconds", "day", "days", "week", "weeks",
      "wk", "wks", "month", "months", "mo", "mos", "year", "years", "yr", "yrs", "minuto",
      "minutos", "hora", "horas", "dia", "dias", "semana", "semanas", "mes", "meses", "ano",
      "anos");

  private static final WordSet HEDGES = WordSet.of("only", "just", "still", "now", "about",
      "around", "approximately", "roughly", "nearly", "almost", "solo", "apenas", "todavia",
      "ahora", "aproximadamente", "casi");

  /** People an age bound counts: "children under 5", "adults over 65", "menores de 18". */
  private static final WordSet AGE_GROUPS = WordSet.of("children", "child", "kids", "kid",
      "babies", "infants", "toddlers", "adults", "adult", "ages", "age", "anyone", "everyone",
      "those", "people", "students", "seniors", "ninos", "ninas", "personas", "adultos",
      "mayores", "menores", "edades");

  /**
   * "pruebas gratis de 9 a 1", "open from 8 to 5": whole clock hours after "de"/"from", with no
   * word of change or of a test right before, are opening hours, not a value going from one
   * reading to another ("bajó de 9 a 7", "improved from 14 to 8").
   */
  private static boolean clockRange(Analysis a, int from, int to) {
    Tokens t = a.tokens();
    if (from < 2 || !t.isAny(from - 1, "from", "de", "desde")) {
      return false;
    }
    int head = from - 2;
    if (CHANGE_VERBS.contains(t, head) || t.isAny(head, "up", "down", "paso")) {
      return false;
    }
    return clockHour(t.term(from)) && clockHour(t.term(to));
  }

  private static boolean clockHour(String term) {
    if (!digitsOnly(term, 2)) {
      return false;
    }
    int h = Integer.parseInt(term);
    return h >= 1 && h <= 12;
  }

  /** {@code term} is one to {@code maxLength} digits. */
  private static boolean digitsOnly(String term, int maxLength) {
    if (term.isEmpty() || term.length() > maxLength) {
      return false;
    }
    for (int k = 0; k < term.length(); k++) {
      if (!Character.isDigit(term.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Tests counted on an invoice: "31 drug screens", "6 fit tests", "2 x-rays". */
  private static final WordSet TEST_PLURALS = WordSet.of("tests", "screens", "screenings",
      "physicals", "exams", "panels", "draws", "x-rays", "xrays", "rays", "scans", "vaccines",
      "shots", "pruebas", "examenes", "vacunas");

  /** Things an order or a bill counts: "tablets (2)", "(3 views)". */
  private static final WordSet COUNTED_THINGS = WordSet.of("tablets", "tabs", "capsules",
      "caps", "pills", "bottles", "boxes", "packs", "pairs", "units", "views", "view", "items",
      "strips", "tabletas", "pastillas", "capsulas", "cajas", "frascos", "vistas", "piezas");

  /**
   * Whether the words before token {@code at} lead to a value: {@code at} is the value {@code i}
   * itself, or a hedge right before it ("is only 5.9").
   */
  private static boolean valueOfTest(Analysis a, boolean[] lab, int at, int i) {
    Tokens t = a.tokens();
    String prev = at > 0 ? t.term(at - 1) : "";
    String o = a.original();
    String gap = at > 0 ? t.originalGap(at - 1, at) : o.substring(0, t.originalStart(at));
    boolean prevIsNumber = at > 0 && Character.isDigit(t.term(at - 1).charAt(0));
    if ((gap.contains(":") || gap.contains("=")) && !prevIsNumber) {
      return true;
    }
    if (gap.contains("(") && !prevIsNumber) {
      return true; // "potassium is high (5.9)", "sleep apnea (AHI 42)"
    }
    if (prevIsNumber) {
      return false; // "9:15", "12/4": the second half of a time or date
    }
    if (at > 1 && t.isAny(at - 1, "to", "a") && Character.isDigit(t.term(at - 2).charAt(0))
        && !looksLikeTimeOrDate(a, at - 2)) {
      // "improved from 14 to 8", "bajó de 9 a 7"; not a scale's ends: "from 0 to 10"
      return !(t.isAny(at - 2, "0", "1") && at > 2 && t.isAny(at - 3, "from", "of", "de"))
          && !clockRange(a, at - 2, i);
    }
    if (at > 1 && t.isAny(at - 1, "from", "desde")
        && t.isAny(at - 2, "down", "up", "bajo", "subio")) {
      return true; // "1.5 cm today, down from 2 cm"
    }
    if (at > 1 && t.isAny(at - 1, "between", "entre") && t.isAny(at - 2, "stayed", "stays",
        "were", "was", "are", "ranged", "ran", "been", "running", "estuvo", "estuvieron", "estan",
        "quedo", "quedaron", "se", "mantuvo", "mantuvieron") && !goalBefore(a, at - 1)) {
      return true; // "your fasting sugars stayed between 95 and 110", "se mantuvo entre 90 y 120"
    }
    if (BOUND_LEADS.contains(t, at - 1)) {
      // "readings over 250", "less than 50"; not a goal: "keep your blood pressure under 130/80"
      // nor an age: "screening for children under 5"
      return !goalBefore(a, at - 1) && !(at > 1 && AGE_GROUPS.contains(t, at - 2));
    }
    if (prev.equals("de") && at > 1 && t.isAny(at - 2, "fue", "es", "esta", "salio", "era")) {
      return true; // "fue de 186"
    }
    if (!VALUE_LEADS.contains(prev)) {
      return false;
    }
    if (WEAK_LEADS.contains(prev)) {
      if (at > 1 && lab[at - 2] && (prev.equals("of") || prev.equals("de"))) {
        return true; // "a MELD of 24", "an A1c of 7", "un nivel de 9"
      }
      if (prev.equals("en") && at > 1 && (lab[at - 2] || EN_VALUE_VERBS.contains(t, at - 2))) {
        return true; // "bilirrubina en 16", "salió en 250", "están en 410" (times take "a las")
      }
      boolean change = at > 1 && (CHANGE_VERBS.contains(t, at - 2)
          || (at > 2 && t.isAny(at - 2, "up", "down") && (CHANGE_VERBS.contains(t, at - 3)
              || t.isAny(at - 3, "is", "was", "are", "were", "now", "it's", "came", "come",
                  "comes", "went", "gone", "going", "has", "have"))));
      String num = t.term(i);
      boolean precise = num.contains(".") || num.contains(",") || valueEnd(a, i) > i
          || (o.length() > t.originalEnd(i) && (o.charAt(t.originalEnd(i)) == '%'
              || o.charAt(t.originalEnd(i)) == '\u00b0'));
      return change || precise;
    }
    return true;
  }

  /**
   * "Your lab results were reviewed by Dr. Sandoval - everything looks good": "everything" (or
   * "all", "todo") before {@code looks}, in a sentence that named a test before it.
   */
  private static boolean everythingAfterATest(Analysis a, boolean[] lab, int looks) {
    Tokens t = a.tokens();
    if (looks < 2 || !t.isAny(looks - 1, "everything", "all", "todo")) {
      return false;
    }
    int sentence = a.sentenceStart(t.originalStart(looks - 1));
    for (int k = looks - 2; k >= Math.max(0, looks - 20) && t.originalStart(k) >= sentence;
        k--) {
      if (testAt(a, lab, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean findingSubjectBefore(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
      if (!sameClause(a, k)) {
        return false;
      }
      if (testAt(a, lab, k)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet GROUPS = WordSet.of("residents", "patients", "students",
      "staff", "employees", "members", "people", "cases", "children", "visitors", "workers",
      "others", "residentes", "pacientes", "estudiantes", "empleados", "personas", "casos",
      "ninos", "visitantes", "trabajadores");

  /**
   * "two residents and one staff member tested positive", "3 students tested positive": a
   * result word after "tested" whose subject is a counted group of other people, in a clause
   * without "you" (a facility's outbreak notice, not anyone's own result).
   */
  private static boolean groupTested(Analysis a, int i) {
    Tokens t = a.tokens();
    if (i < 2 || !t.isAny(i - 1, "tested", "dieron", "salieron", "resultaron")) {
      return false;
    }
    boolean group = false;
    for (int k = i - 2; k >= Math.max(0, i - 9) && sameClause(a, k); k--) {
      if (t.isAny(k, "you", "your", "usted", "su", "tu", "he", "she", "his", "her", "el", "ella")) {
        return false;
      }
      group |= GROUPS.contains(t, k) && k > 0 && (t.type(k - 1) == Tokens.NUMBER
          || NUMBER_WORDS.contains(t, k - 1) || t.isAny(k - 1, "several", "some", "varios",
          "varias", "algunos", "algunas"));
    }
    return group;
  }

  /**
   * A status or a finding that no test names, read at token {@code i}; emits what it finds and
   * returns the last token taken, or -1:
   *
   * <ul>
   *   <li>a work or play status: "Modified duty - no lifting over 10 lbs", "restricted from
   *       driving company vehicles", "not cleared for patient lifting", "cleared to return to
   *       duty";
   *   <li>an unnamed finding of a test in the same sentence: "quiere repetirla porque salió algo
   *       en el seno izquierdo", "the radiologist saw something on your mammogram";
   *   <li>"all" and a result word after a test in the same sentence: "your xray was read by the
   *       radiologist and its all normal", "reviewed your pacemaker transmission, all normal".
   * </ul>
   */
  private static int statusOrUnnamedFinding(Analysis a, boolean[] lab, List<Detection> out,
      int i) {
    Tokens t = a.tokens();
    int end = statusEnd(t, i);
    if (end >= i) {
      int start = t.is(i, "duty") ? i - 1
          : t.is(i, "cleared") && i > 0 && t.isAny(i - 1, "not", "no") ? i - 1 : i;
      emit(a, out, start, end);
      return end;
    }
    if (i > 0 && t.isAny(i, "something", "algo") && SOMETHING_VERBS.contains(t, i - 1)
        && (testEarlierInSentence(a, lab, i - 1) || testAfter(a, lab, i))
        && !conditionalBefore(t, i - 1)) {
      emit(a, out, i - 1, i);
      return i;
    }
    if (i > 0 && WORDS.contains(t, i) && t.isAny(i - 1, "all", "todo")
        && testEarlierInSentence(a, lab, i - 1) && !conditionalBefore(t, i - 1)) {
      emit(a, out, i - 1, i);
      return i;
    }
    return -1;
  }

  private static final WordSet DUTY_KINDS = WordSet.of("modified", "light", "restricted",
      "limited", "desk");
  private static final WordSet CLEARED_FOR = WordSet.of("return", "full", "work", "play",
      "duty", "practice", "contact", "regular", "patient", "driving", "lifting");

  /**
   * The last token of a work or play status starting at {@code i} ("modified duty", "restricted
   * from", "cleared to return", "cleared for full contact"), or -1.
   */
  private static int statusEnd(Tokens t, int i) {
    int n = t.size();
    // ("light duty jobs are available": a kind of job, not someone's status)
    if (t.is(i, "duty") && i > 0 && DUTY_KINDS.contains(t, i - 1)
        && (i + 1 >= n || !t.originalGap(i, i + 1).isBlank() || t.isAny(i + 1, "for", "until",
            "through", "starting", "effective", "with", "pending", "only", "on", "as", "from",
            "beginning", "today", "tomorrow"))) {
      return i; // the status starts at the kind of duty, one token before
    }
    if (t.is(i, "restricted") && i + 1 < n && t.is(i + 1, "from")) {
      return i + 1;
    }
    if (t.is(i, "cleared") && i + 2 < n && t.isAny(i + 1, "to", "for")
        && CLEARED_FOR.contains(t, i + 2)) {
      return i + 2;
    }
    // "Dr. Sato cleared you for full duty", "cleared him to return"
    if (t.is(i, "cleared") && i + 3 < n && t.isAny(i + 1, "you", "him", "her", "them", "u")
        && t.isAny(i + 2, "to", "for") && CLEARED_FOR.contains(t, i + 3)) {
      return i + 3;
    }
    return -1;
  }

  /** "Campers who don't pass the swim test": a rule for whoever, within three tokens before. */
  private static final WordSet WHO = WordSet.of("who", "whoever", "quienes", "quien");

  private static final WordSet SOMETHING_VERBS = WordSet.of("saw", "found", "showed", "shows",
      "noticed", "spotted", "seen", "salio", "vio", "vieron", "encontro", "encontraron",
      "aparecio", "mostro", "detecto", "notamos", "vimos");

  /** A test or clinical term within twelve tokens before {@code i}, in its sentence. */
  private static boolean testEarlierInSentence(Analysis a, boolean[] lab, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 12); k--) {
      if (testAt(a, lab, k)) {
        return true;
      }
      if (a.startsSentence(k)) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet RETURN_VERBS = WordSet.of("came", "come", "comes", "coming");
  private static final WordSet RETURN_VERBS_ES = WordSet.of(
      "salio", "salieron", "resulto", "resultaron", "vino", "vinieron", "regreso", "regresaron");

  /**
   * Token {@code i} is "with" or "showing" after "came back", or "con" after "salió" and its
   * kin: the words after it say what the test found.
   */
  private static boolean cameBackWith(Tokens t, int i) {
    if (t.isAny(i, "with", "showing")) {
      return i >= 2 && t.is(i - 1, "back") && RETURN_VERBS.contains(t, i - 2)
          && !anyBefore(t, i - 2, 5, PAPERWORK); // its subject
    }
    return t.is(i, "con") && i >= 1 && RETURN_VERBS_ES.contains(t, i - 1)
        && !anyBefore(t, i - 1, 5, PAPERWORK);
  }

  /** What comes back without being a test: "the claim for your nebulizer came back with". */
  private static final WordSet PAPERWORK = WordSet.of("claim", "claims", "payment", "application",
      "form", "forms", "order", "request", "appeal", "check", "refund", "package", "authorization",
      "reclamo", "solicitud", "pago", "formulario", "pedido", "autorizacion");


  private static final WordSet PHRASE_BREAKS = WordSet.of(
      "and", "but", "in", "on", "of", "y", "pero", "en", "del", "de", "which", "that", "so", "we",
      "please", "que", "with", "con", "for", "para", "at", "no");

  /**
   * "the loop recorder picked up a pause": a device's finding; not a parcel "to be picked up at
   * the Heart Station".
   */
  private static boolean pickedUpAFinding(Tokens t, int i) {
    return i > 0 && i + 2 < t.size() && t.is(i + 1, "up")
        && !t.isAny(i - 1, "be", "been", "being", "was", "were", "is", "are", "get", "got")
        && t.isAny(i + 2, "a", "an", "some", "something", "signs", "several", "two", "three");
  }

  private static final WordSet NOT_HAD_AFTER = WordSet.of("to", "que", "any", "no", "questions",
      "question", "preguntas", "appointment", "appointments", "appt", "cita", "citas", "visit",
      "been", "until", "hasta", "one", "access", "acceso", "your", "su", "tu", "options",
      "opciones", "time", "tiempo", "balance", "saldo", "copay", "message", "mensaje", "new",
      "nueva", "nuevo", "referral", "order", "orden", "follow-up", "followup", "seguimiento",
      // "you have used 14" of a plan's visits, "you have left", "you have remaining": a count
      "used", "left", "remaining", "met", "paid", "usado", "utilizado");

  private static final WordSet HAVE_FORMS = WordSet.of("have", "has", "tienes", "tiene");

  /**
   * "reviewed your x-rays - you have mild degenerative disc changes", "revisó tu resonancia:
   * tienes una ruptura del menisco": "you have" right after a test names what it found (not
   * "you have an appointment", "you have to fast", "tienes que").
   */

  private static boolean youHaveAfterATest(Analysis a, int i) {
    Tokens t = a.tokens();
    if (!HAVE_FORMS.contains(t, i)) {
      return false; // one bit test for most tokens
    }
    int k = i + 1;
    if (k + 1 < t.size() && t.isAny(k, "a", "an", "the", "una", "un", "la", "el")) {
      k++; // "you have a small fracture", "tienes una ruptura"
    }
    if (k >= t.size() || NOT_HAD_AFTER.contains(t, k) || t.type(k) == Tokens.NUMBER) {
      return false; // "you have 4 visits left"
    }
    boolean said = t.isAny(i, "have", "has") && i > 0 && t.isAny(i - 1, "you", "u")
        || t.isAny(i, "tienes", "tiene") && (i == 0 || !t.isAny(i - 1, "no", "ya"));
    return said && !asked(a, i);
  }

  /** The sentence of token {@code i} ends with a question mark (as Frames reads it). */
  private static boolean asked(Analysis a, int i) {
    return Frames.question(a, Frames.sentenceLastToken(a, i));
  }

  /** Up to four tokens of the clause after a finding verb, stopping at "and", "but", "in". */
  private static int findingPhraseEnd(Analysis a, int from) {
    Tokens t = a.tokens();
    int end = from - 1;
    for (int k = from; k < Math.min(t.size(), from + 5); k++) {
      if (PHRASE_BREAKS.contains(t, k)
          && k > from) {
        break;
      }
      if (t.type(k) != Tokens.WORD && t.type(k) != Tokens.NUMBER) {
        break;
      }
      if (k > from && t.originalGap(k - 1, k).indexOf('(') >= 0) {
        break; // "sleep apnea (AHI 42)": the parenthesis holds a value of its own
      }
      if (k > from && (t.originalGap(k - 1, k).indexOf(',') >= 0
          || t.originalGap(k - 1, k).indexOf(';') >= 0)) {
        break; // "salió con sangre, el doctor quiere repetirlo": the finding ends at the comma
      }
      end = k;
      if (!sameClause(a, k)) {
        break;
      }
    }
    return end;
  }

  private static final WordSet DETERMINERS = WordSet.of(
      "a", "an", "the", "some", "un", "una", "unos", "unas", "el", "la", "that", "there", "is",
      "are", "signs", "evidence", "of", "you", "your");

  private static int skipDeterminers(Tokens t, int from, int end) {
    int k = from;
    while (k <= end && DETERMINERS.contains(t, k)) {
      k++;
    }
    return k;
  }

  /** A dictionary condition (ambiguity below 0.5) ends at token {@code k}. */
  private static boolean conditionEndsAt(Analysis a, int k) {
    if (a.lexicon() == null) {
      return false;
    }
    for (TermMatcher.Match m : a.matches()) {
      if (m.lastToken() == k) {
        for (int s = 0; s < m.senseCount(); s++) {
          if (m.sense(s).kind() == ListKind.CONDITION && m.sense(s).ambiguity() < 0.5f) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Token {@code k} is part of a clear condition or procedure term. */
  private static boolean clinicalAt(Analysis a, int k) {
    Lexicon lx = a.lexicon();
    if (lx == null) {
      return false;
    }
    for (TermMatcher.Match m : a.matches()) {
      if (m.firstToken() <= k && k <= m.lastToken()) {
        for (int s = 0; s < m.senseCount(); s++) {
          Lexicon.Sense sense = m.sense(s);
          if ((sense.kind() == ListKind.CONDITION || sense.kind() == ListKind.PROCEDURE)
              && sense.ambiguity() < 0.5f) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final WordSet REQUIRING_BEFORE = WordSet.of("proof", "require", "requires",
      "need", "needs", "must", "bring", "provide", "upload", "submit", "present", "show",
      "requiere", "requerimos", "necesita", "necesitan", "traiga", "presente", "comprobante");
  private static final WordSet REQUIRED_AFTER = WordSet.of("required", "needed", "necessary",
      "requirement", "mandatory", "requerida", "requerido", "necesaria", "necesario",
      "obligatoria", "obligatorio");

  /**
   * "a negative COVID test is no longer required", "bring proof of a negative test": the result
   * is a rule for everyone, not how the recipient's test came out.
   */
  private static boolean requirement(Analysis a, int i) {
    Tokens t = a.tokens();
    for (int k = i - 1; k >= Math.max(0, i - 4) && sameClause(a, k); k--) {
      if (REQUIRING_BEFORE.contains(t, k)) {
        return true;
      }
    }
    for (int k = i + 1; k < t.size() && k <= i + 7 && sameClause(a, k - 1); k++) {
      if (REQUIRED_AFTER.contains(t, k)) {
        return true;
      }
      if (t.isAny(k, "so", "and", "but", "because", "y", "pero", "porque", "asi")) {
        break; // "(clear margins) so no further tx needed": another clause
      }
    }
    return false;
  }

  /** "non reactive", "not detected", "no reactivo": the negation belongs to the result. */
  private static int negatedStart(Tokens t, int i) {
    if (i > 0 && t.isAny(i - 1, "not", "non", "no")) {
      return i - 1;
    }
    return i;
  }

  private static final WordSet MEASURE_NOUNS = WordSet.of(
      "result", "results", "level", "levels", "resultado", "resultados", "count", "nivel",
      "niveles", "test", "prueba", "labs", "tests", "pruebas", "analisis", "estudios", "bloodwork",
      "labwork", "work", "numbers", "examenes");

  private static final WordSet RESULT_NOUNS = WordSet.of(
      "result", "results", "test", "finding", "findings", "resultado", "resultados", "prueba");

  private static final WordSet TESTED_LEADS = WordSet.of(
      "back", "tested", "salio", "salieron", "dio", "resulto", "resultaron", "testing", "screened");

  private static final WordSet INTENSIFIERS = WordSet.of("very", "really", "too", "quite",
      "extremely", "super", "muy", "bien", "demasiado", "bastante", "algo", "un", "poco");

  private static final WordSet POLARITY = WordSet.of("positive", "negative", "positivo",
      "positiva", "positivos", "positivas", "negativo", "negativa", "negativos", "negativas");

  /** What a polarity describes when it is no test's: "a positive balance", "saldo negativo". */
  private static final WordSet NO_TEST_NOUNS = WordSet.of("balance", "balances", "saldo", "saldos",
      "cash", "credit", "reviews", "review", "feedback", "attitude", "energy", "vibes", "impact",
      "news", "experience", "experiences", "thinking", "outlook", "mindset", "comments");

  /** Whose results a polarity may describe without a test: "our survey results". */
  private static final WordSet NO_TEST_OWNERS = WordSet.of("survey", "surveys", "poll", "polls",
      "raffle", "contest", "election", "audit", "inspection", "encuesta", "encuestas", "rifa",
      "concurso");

  /**
   * Polarity {@code i} follows a blood group or describes no test: true, and the group emitted
   * when it is the recipient's (kept out of {@link #detect}'s loop, whose size bounds what the
   * compiler inlines into it).
   */
  private static boolean polarityOfNoTest(Analysis a, List<Detection> out, int i) {
    Tokens t = a.tokens();
    if (!bloodGroupBefore(a, i)) {
      return noTestPolarity(t, i);
    }
    if (anyBefore(t, i - 1, 5, BLOOD_OWNERS) && !conditionalBefore(t, i - 1)) {
      emit(a, out, i - 1, i);
    }
    return true;
  }

  private static boolean noTestPolarity(Tokens t, int i) {
    return NO_TEST_NOUNS.contains(t, i - 1) || i + 1 < t.size() && NO_TEST_NOUNS.contains(t, i + 1)
        || anyBefore(t, i, 8, NO_TEST_OWNERS);
  }

  /** Whose blood group it is: "you're", "your", "eres", "su sangre". */
  private static final WordSet BLOOD_OWNERS = WordSet.of("you're", "youre", "you", "your", "ur",
      "eres", "su", "tu", "usted");

  private static final WordSet BLOOD_GROUPS = WordSet.of("a", "b", "ab", "o");

  /**
   * Token {@code i}, a polarity, follows a blood group written in capitals ("B negative",
   * "O-positive", "AB negativo"), not an article or a conjunction ("A negative result" opens a
   * sentence; "o negativo" is "or negative").
   */
  private static boolean bloodGroupBefore(Analysis a, int i) {
    Tokens t = a.tokens();
    int g = i - 1;
    String gap = t.originalGap(g, i);
    if (!BLOOD_GROUPS.contains(t, g) || !(t.length(g) == 1 ? a.capitalized(g) : a.allCaps(g))
        || !(gap.equals(" ") || gap.equals("-"))
        || i + 1 < t.size() && QUALIFIED_NOUNS.contains(t, i + 1)) {
      return false;
    }
    if (g == 0 || conditionEndsAt(a, g) || conditionEndsAt(a, g - 1)) {
      return false; // "Hep B negative", "Flu A positive": a test's condition
    }
    // a group inside a sentence, or after "type"/"tipo"
    return t.length(g) == 2 || t.isAny(g - 1, "type", "tipo", "group", "grupo")
        || t.originalGap(g - 1, g).trim().isEmpty() && !t.isAny(g - 1, "a", "an", "the");
  }

  private static final WordSet PRAISE_INTENSIFIERS = WordSet.of("very", "so", "really",
      "extremely", "overwhelmingly", "incredibly", "super", "muy", "tan", "bastante",
      "sumamente", "increiblemente", "realmente", "extremadamente");

  /**
   * An opinion, not a test's outcome: "the results were very positive", "los comentarios fueron
   * muy positivos". A test comes out positive or negative, never "very" so; a lab writes
   * "strongly" or "weakly" positive, which stay results.
   */
  private static boolean praise(Tokens t, int i) {
    return i > 0 && POLARITY.contains(t, i) && PRAISE_INTENSIFIERS.contains(t, i - 1);
  }

  private static boolean inResultFrame(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    int n = t.size();
    String w = t.term(i);
    // "your hepatitis A antibody test: you're already immune", "so you are not immune": what an
    // antibody test showed ("boost your immune system" has no such lead)
    if (IMMUNE.contains(w)) {
      // ("your varicella titer was non-immune": the lead is before "non-")
      int lead = i > 1 && t.is(i - 1, "non") && TermDetector.sameGap(t, i - 1) ? i - 2 : i - 1;
      return lead >= 0 && IMMUNE_LEADS.contains(t, lead) && labBefore(lab, i);
    }
    // ("your cell-free DNA screen is low risk for trisomy 21": a screen's risk band)
    boolean strong = STRONG.contains(w) || riskBand(a, i);
    // "came back positive", "tested negative", "salió positivo", "dio negativo"
    if (i >= 1 && TESTED_LEADS.contains(t, i - 1)) {
      return true;
    }
    // "positive for chlamydia", "positivo para vih"
    if (strong && i + 1 < n && t.isAny(i + 1, "for", "para", "a") && i + 2 < n) {
      return true;
    }
    // "HIV negative", "strep positive", "resultado positivo", "a positive result", "la presión
    // muy baja": an intensifier may stand between
    int before = i - 1;
    if (before >= 1 && INTENSIFIERS.contains(t, before)) {
      before--;
    }
    // "two of your embryos are chromosomally normal": what a genetic test found
    if (i > 0 && t.isAny(i - 1, "chromosomally", "genetically", "cromosomicamente",
        "geneticamente")) {
      return true;
    }
    // "margins clear", "the margins were negative", "márgenes libres": a specimen's margins
    int m = before >= 1 && VERBS.contains(t, before) ? before - 1 : before;
    if (m >= 0 && t.isAny(m, "margins", "margin", "margenes", "margen")) {
      return true;
    }
    if (before >= 0 && (lab[before] || SUBJECT_NOUNS.contains(t, before))
        && (strong || lab[before])) {
      return true;
    }
    // "your strep was negative", "the HIV test is positive": a clinical term as the subject
    if (strong) {
      for (int k = i - 1; k >= Math.max(1, i - 3); k--) {
        if (!sameClause(a, k)) {
          break;
        }
        if (VERBS.contains(t, k) && clinicalBefore(a, k)) {
          return true;
        }
      }
    }
    if (strong && i + 1 < n && RESULT_NOUNS.contains(t, i + 1)) {
      return true;
    }
    // "ya salió su papanicolau y todo bien, negativo": a strong word later in the sentence that
    // names a test the sentence reports on
    if (strong) {
      int sentence = a.sentenceStart(t.originalStart(i));
      for (int k = i - 1; k >= Math.max(0, i - 8) && t.originalStart(k) >= sentence; k--) {
        if (lab[k] && k >= 1 && (TESTED_LEADS.contains(t, k - 1)
            || (k >= 2 && TESTED_LEADS.contains(t, k - 2)))) {
          return true;
        }
      }
    }
    // "Bayview charges $38 for a pregnancy test. Since yours was positive": the recipient's
    // own of a test the message named before
    if (strong && before >= 1 && VERBS.contains(t, before)
        && t.isAny(before - 1, "yours", "hers", "theirs", "suyo", "suya") && labBefore(lab, before)) {
      return true;
    }
    // "Dr. Okafor reviewed your stress test - it was normal": "it" is the test just named
    if (before >= 1 && VERBS.contains(t, before) && t.isAny(before - 1, "it", "they")) {
      int sentence = a.sentenceStart(t.originalStart(i));
      for (int k = before - 2; k >= Math.max(0, before - 10) && t.originalStart(k) >= sentence;
          k--) {
        if (lab[k] || clinicalAt(a, k)) {
          return true;
        }
      }
    }
    // "Mammogram result: BI-RADS 1, negative"
    for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
      if (!sameClause(a, k)) {
        break;
      }
      if ((lab[k] || SUBJECT_NOUNS.contains(t, k))
          && t.originalGap(k, i).contains(":")) {
        return true;
      }
    }
    // "<test or result> is/was/came back ... <word>" within the clause ("Your pregnancy test from
    // the mobile clinic on Saturday was negative": seven words between)
    for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
      if (!sameClause(a, k)) {
        break;
      }
      if (VERBS.contains(t, k)) {
        for (int s = k - 1; s >= Math.max(0, k - 8); s--) {
          if (!sameClause(a, s)) {
            break;
          }
          if (lab[s] || SUBJECT_NOUNS.contains(t, s)) {
            return strong || lab[s] || MEASURE_NOUNS.contains(t, s);
          }
        }
      }
    }
    return false;
  }

  /**
   * "is low risk for trisomy 21", "came back high risk", "salió de alto riesgo": a screen's risk
   * band as its result; not "a low risk procedure" (an article before, a noun after).
   */
  private static boolean riskBand(Analysis a, int i) {
    Tokens t = a.tokens();
    int n = t.size();
    if (i + 1 >= n || !t.isAny(i + 1, "risk", "riesgo")
        || !t.isAny(i, "low", "high", "increased", "bajo", "alto")
        || i > 0 && t.isAny(i - 1, "a", "an", "un", "una")) {
      return false;
    }
    return i + 2 >= n || t.isAny(i + 2, "for", "of", "para", "de")
        || !t.originalGap(i + 1, i + 2).isBlank();
  }

  private static final WordSet IMMUNE = WordSet.of("immune", "non-immune", "nonimmune",
      "inmune");

  private static final WordSet IMMUNE_LEADS = WordSet.of("already", "not", "are", "is", "were",
      "was", "you're", "youre", "ur", "now", "fully", "es", "eres", "ya", "esta", "sigue", "no");

  /** A test or analyte somewhere before token {@code i}. */
  private static boolean labBefore(boolean[] lab, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (lab[k]) {
        return true;
      }
    }
    return false;
  }

  /** A clear condition or procedure term ends right before token {@code k}. */
  private static boolean clinicalBefore(Analysis a, int k) {
    Lexicon lx = a.lexicon();
    if (lx == null) {
      return false;
    }
    for (TermMatcher.Match m : a.matches()) {
      if (m.lastToken() == k - 1 || m.lastToken() == k - 2) {
        for (int s = 0; s < m.senseCount(); s++) {
          Lexicon.Sense sense = m.sense(s);
          if ((sense.kind() == ListKind.CONDITION || sense.kind() == ListKind.PROCEDURE)
              && sense.ambiguity() < 0.5f) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final WordSet OWN_MEASURE_LEADS = WordSet.of(
      "your", "ur", "yr", "su", "tu", "blood", "tumor", "her", "his", "sus", "ca", "cancer",
      // "her symptom score was 4", "pain score 7": a score of how someone feels
      "symptom", "symptoms", "pain", "craving", "cravings", "mood", "fatigue", "dolor",
      "sintomas", "animo", "memory", "cognitive", "depression", "anxiety", "memoria",
      // "your drain output was 45 mL", "his colostomy output has been high"
      "drain", "drains", "urine", "ostomy", "colostomy", "ileostomy", "stoma");

  private static final WordSet MEASUREMENT_WORDS = WordSet.of(
      "count", "score", "level", "levels", "reading", "readings", "weight", "pressure",
      "pressures", "temp",
      "nivel", "niveles", "peso", "rate", "pulse", "sugar", "markers", "marker", "marcadores",
      "output");

  private static final WordSet BOUNDS_AFTER = WordSet.of("higher", "above", "more", "greater",
      "over", "less", "lower", "below", "under", "mas", "mayor", "menos", "menor", "arriba");

  /**
   * "100.4°F or higher", "38.5 o más": a bound that instructions set, not a reading (the value
   * ends at {@code last}).
   */
  private static boolean thresholdAfter(Tokens t, int last) {
    int k = last + 1;
    if (k < t.size() && t.isAny(k, "f", "c")) {
      k++; // "100.4°F": the scale's letter
    }
    return k + 1 < t.size() && t.isAny(k, "or", "o") && BOUNDS_AFTER.contains(t, k + 1);
  }

  private static final WordSet COUNT_VERBS = WordSet.of("logged", "had", "reported", "recorded",
      "tuvo", "tuviste", "registro", "registraste", "reporto", "delivered", "detected", "gave",
      "detecto", "showing", "showed", "shows", "mostro", "mostrando");

  /** Count verbs that need a recording device before them: "your ICD ... showing 2 shocks". */
  private static final WordSet DATA_SHOWS = WordSet.of("showing", "showed", "shows", "mostro",
      "mostrando");

  private static final WordSet EPISODES = WordSet.of("attacks", "episodes", "seizures", "falls",
      "migraines", "headaches", "crisis", "episodios", "convulsiones", "caidas", "ataques",
      "shock", "shocks", "descarga", "descargas", "pauses", "pausas", "episode", "episodio",
      "movements", "kicks", "movimientos", "patadas");
  private static final WordSet CHANGE_NOUNS = WordSet.of("elevation", "rise", "increase",
      "drop", "decrease", "decline", "elevacion", "aumento", "disminucion", "descenso", "subida",
      "baja");

  /** "of/in/de" (and a possessive or article) then a test right after change noun {@code i}. */
  private static boolean changeOfATest(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    int k = i + 1;
    if (k >= t.size() || !t.isAny(k, "of", "in", "de", "del", "en")) {
      return false;
    }
    k = Frames.pastArticle(t, k + 1);
    return k < t.size() && lab[k];
  }

  /** Words that may follow a count of episodes ("three attacks this week", "1 shock at 2:14"). */
  private static final WordSet EPISODE_FOLLOWERS = WordSet.of("this", "last", "since", "in", "on",
      "today", "yesterday", "and", "at", "overnight", "during", "while", "after", "before",
      "with", "of", "for", "en", "esta", "este", "desde", "ayer", "hoy", "y", "anoche", "durante",
      "con", "de", "por");
  /** What records a patient's episodes: "your ICD delivered 1 shock", "the monitor recorded". */
  private static final WordSet DEVICE_SUBJECTS = WordSet.of("device", "monitor", "pacemaker",
      "icd", "defibrillator", "recorder", "sensor", "cgm", "watch", "dispositivo", "marcapasos",
      "desfibrilador");

  /**
   * The end of "three migraine attacks", "2 seizures", "dos episodios" starting at the count
   * {@code i}: a word for episodes within three tokens, or a listed condition right after the
   * count; -1 when there is none.
   */
  private static int episodesEnd(Analysis a, int i) {
    Tokens t = a.tokens();
    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
      if (EPISODES.contains(t, k)) {
        // not a class named by them: "falls prevention classes"
        return k + 1 < t.size() && TermDetector.sameGap(t, k) && t.type(k + 1) == Tokens.WORD
            && !EPISODE_FOLLOWERS.contains(t, k + 1) ? -1 : k;
      }
    }
    return i + 1 < t.size() && conditionEndsAt(a, i + 1) ? i + 1 : -1;
  }

  private static final WordSet CYCLE_COUNTS = WordSet.of("eggs", "oocytes", "embryos",
      "follicles", "blastocysts", "ovulos", "embriones", "foliculos", "blastocistos");

  private static final WordSet HOUR_UNITS = WordSet.of("hrs", "hr", "hours", "hour", "h",
      "horas", "hora");
  private static final WordSet NIGHTS = WordSet.of("night", "nights", "noche", "noches",
      "nightly");
  /** Words of use reported, not asked for ("use" itself is mostly the imperative). */
  private static final WordSet USE_WORDS = WordSet.of("used", "usage", "averaged", "average",
      "wore", "worn", "uso", "usaste", "promedio", "utilizo");
  private static final WordSet THRESHOLD_WORDS = WordSet.of("least", "needs", "need", "require",
      "requires", "required", "goal", "must", "minimo", "menos", "necesita", "requiere", "meta");

  /**
   * The end of a nightly amount of use starting at number {@code i}: "3.1 hrs/night", "2 horas
   * por noche", "41% of nights"; -1 when there is none, or when the sentence gives the amount
   * only as a threshold ("at least 4 hours a night", "needs 70% of nights").
   */
  private static int nightlyUseEnd(Analysis a, int i) {
    Tokens t = a.tokens();
    int n = t.size();
    int end = -1;
    if (i + 2 < n && HOUR_UNITS.contains(t, i + 1)) {
      int k = i + 2;
      if (k + 1 < n && t.isAny(k, "per", "a", "each", "por", "cada")) {
        k++;
      }
      end = NIGHTS.contains(t, k) ? k : -1;
    } else if (i + 2 < n && t.isAny(i + 1, "of", "de") && NIGHTS.contains(t, i + 2)) {
      end = i + 2; // "41% of nights" ("%" is no token)
    } else if (i + 3 < n && t.isAny(i + 1, "of", "de") && t.isAny(i + 2, "las", "the")
        && NIGHTS.contains(t, i + 3)) {
      end = i + 3;
    }
    if (end < 0) {
      return -1;
    }
    int sentence = a.sentenceStart(t.originalStart(i));
    boolean use = false;
    for (int k = i - 1; k >= 0 && t.originalStart(k) >= sentence && i - k <= 12; k--) {
      if (THRESHOLD_WORDS.contains(t, k)) {
        return -1;
      }
      use |= USE_WORDS.contains(t, k);
    }
    return use || i > 0 && t.isAny(i - 1, "only", "solo") ? end : -1;
  }

  /**
   * Words after a device that make a check of it, whose outcome is a result: "pacemaker check"
   * (a dictionary term ending in one), "CPAP download" (a device, then the word).
   */
  private static final WordSet DEVICE_CHECKS = WordSet.of("check", "checks", "interrogation",
      "download", "transmission", "report", "data");

  /** Last words that make a procedure a test with a result: "strep test", "COVID swab". */
  private static final WordSet TEST_HEADS = WordSet.of(
      "test", "tests", "testing", "swab", "culture", "panel", "prueba", "pruebas",
      // diagnostic recordings report as tests do: "your EEG was normal", "the sleep study showed"
      "eeg", "ekg", "ecg", "emg", "study", "studies", "estudio", "estudios", "screen", "screens",
      "screening", "screenings");

  /**
   * Tokens that are tests or analytes: dictionary procedures tagged lab or imaging, or named as
   * a test ("strep test"), or analyte words.
   */
  private static boolean[] labTokens(Analysis a) {
    Tokens t = a.tokens();
    boolean[] lab = a.workspace().booleans(Workspace.RESULT_LAB, t.size());
    Lexicon lx = a.lexicon();
    if (lx != null) {
      for (TermMatcher.Match m : a.matches()) {
        for (int k = 0; k < m.senseCount(); k++) {
          Lexicon.Sense s = m.sense(k);
          int last = m.lastToken();
          // "your tacrolimus level is 15.2", "nivel de litio": a drug's blood level is a test
          if (s.kind() == ListKind.MEDICATION && s.ambiguity() < 0.5f
              && last + 1 < t.size() && DRUG_LEVELS.contains(t, last + 1)) {
            lab[last + 1] = true;
            continue;
          }
          // "fentanyl positive, xylazine positive": what a drug screen or a drug check found
          if (s.kind() == ListKind.MEDICATION && s.ambiguity() < 0.5f
              && last + 1 < t.size() && POLARITY.contains(t, last + 1)) {
            for (int j = m.firstToken(); j <= last; j++) {
              lab[j] = true;
            }
            continue;
          }
          if (s.kind() != ListKind.PROCEDURE || s.ambiguity() >= 0.6f) {
            continue;
          }
          int to = s.has(Tag.LAB) || s.has(Tag.IMAGING) || TEST_HEADS.contains(t, last)
              || last > m.firstToken() && DEVICE_CHECKS.contains(t, last) ? last
              // "your pacemaker check was normal", "ICD interrogation": a device's check reports
              : last + 1 < t.size() && DEVICE_CHECKS.contains(t, last + 1) ? last + 1 : -1;
          for (int j = m.firstToken(); j <= to; j++) {
            lab[j] = true;
          }
        }
      }
    }
    for (int i = 0; i < t.size(); i++) {
      if (lab[i] && joinedToDigits(a, i)) {
        lab[i] = false; // "Confirmation #LH-448213": a lab's letters in a code
        continue;
      }
      if (ANALYTES.contains(t, i) && !joinedToDigits(a, i)
          // "carga 55120 sale de Laredo": a truck's load; "carga viral" is the test
          && !(t.is(i, "carga") && !(i + 1 < t.size() && t.is(i + 1, "viral")))
          // "your heat pump's pressure readings", "tire pressure": a machine's
          && !(t.isAny(i, "pressure", "presion", "readings", "reading") && i > 0
              && MACHINES.contains(t, i - 1))
          // "d" is vitamin D's letter only after the word ("Lot D", "Recibo No. D-2025")
          && !(t.is(i, "d") && !(i > 0 && t.isAny(i - 1, "vitamin", "vit", "vitamina")))
          && (!MEASUREMENT_WORDS.contains(t, i)
              // "your sugar was 300", "su peso": the recipient's own measurement
              || (i > 0 && OWN_MEASURE_LEADS.contains(t, i - 1))
              // "your depression screening score of 16": a test's own score or level
              || (i > 0 && lab[i - 1])
              // "Ellie's temp was 100.9": a person's
              || (i > 0 && t.endsWith(i - 1, "'s") && a.capitalized(i - 1))
              || bodyTemperatureAfter(t, i))) {
        lab[i] = true;
      }
    }
    return lab;
  }

  /** "code PT-2291", "Ref HD-0823": a word joined by a hyphen to the digits of a code. */
  private static boolean joinedToDigits(Analysis a, int i) {
    String o = a.original();
    int e = a.tokens().originalEnd(i);
    return e + 1 < o.length() && o.charAt(e) == '-' && Character.isDigit(o.charAt(e + 1));
  }

  private static final WordSet WORK_STATUS_HEADS = WordSet.of("off", "no", "mmi", "trabajo",
      "incapacidad", "sin", "not");

  /** Verbs a restriction with a weight forbids: "should not lift more than 20 lb". */
  private static final WordSet RESTRICTED_VERBS = WordSet.of("lift", "carry", "levante",
      "cargue");

  /** What a work restriction forbids: "no lifting", "no ladders", "sin cargar". */
  private static final WordSet RESTRICTED_ACTS = WordSet.of("lifting", "bending", "kneeling",
      "squatting", "ladders", "climbing", "pushing", "pulling", "overhead", "levantar", "cargar",
      "agacharse");

  /** Whose status it is: the recipient, someone named by role, or a pronoun. */
  private static final WordSet STATUS_PEOPLE = WordSet.of("you", "your", "ur", "u", "he", "she",
      "his", "her", "him", "employee", "empleado", "empleada", "worker", "trabajador",
      "trabajadora", "usted", "su", "patient", "paciente", "pt",
      // a clinician's order: "el doctor indicó: no levantar más de 10 libras"
      "doctor", "doctora", "dr", "dra", "medico", "medica");

  /**
   * The end of a work status starting at token {@code i}, or -1: "off work until 6/22", "no
   * lifting over 15 lbs", "at MMI", "trabajo ligero", "incapacidad laboral", "no levantar más de
   * 10 libras" (a kind of duty is {@link #statusEnd}'s). Someone's status only: a message that
   * names no person announces.
   */
  private static int workStatusEnd(Analysis a, int i) {
    Tokens t = a.tokens();
    int n = t.size();
    int end = -1;
    if (t.is(i, "off") && i + 2 < n && t.is(i + 1, "work")
        && t.isAny(i + 2, "until", "for", "through", "thru", "x", "from", "till")) {
      end = i + 1;
    } else if (t.isAny(i, "no", "sin") && i + 1 < n && RESTRICTED_ACTS.contains(t, i + 1)) {
      // "no lifting over 15 lbs", "no levantar más de 10 libras"
      int weight = weightBoundEnd(t, i + 2, "over", "more", "than", "mas", "de", "above");
      end = weight >= 0 ? weight : i + 1;
    } else if (t.is(i, "not") && i + 1 < n && RESTRICTED_VERBS.contains(t, i + 1)) {
      // "should not lift more than 20 lb": only with the weight
      end = weightBoundEnd(t, i + 2, "over", "more", "than", "above", "anything");
    } else if (t.is(i, "mmi")) {
      end = i;
    } else if (t.is(i, "trabajo") && i + 1 < n
        && t.isAny(i + 1, "ligero", "liviano", "restringido", "modificado")) {
      end = i + 1;
    } else if (t.is(i, "incapacidad") && i + 1 < n
        && t.isAny(i + 1, "laboral", "temporal", "total", "parcial")) {
      end = i + 1;
    }
    if (end < 0) {
      return -1;
    }
    for (int k = 0; k < n; k++) {
      if (STATUS_PEOPLE.contains(t, k)) {
        return end;
      }
    }
    return -1;
  }

  /**
   * The unit's token of a weight bound starting at token {@code k}: one to three of {@code
   * bounds}, then a number and a weight unit ("over 15 lbs", "más de 10 libras"); -1 if none.
   */
  private static int weightBoundEnd(Tokens t, int k, String... bounds) {
    int n = t.size();
    int j = k;
    while (j < n && j <= k + 2 && t.isAny(j, bounds)) {
      j++;
    }
    if (j > k && j + 1 < n && t.type(j) == Tokens.NUMBER && WEIGHT_UNITS.contains(t, j + 1)) {
      return j + 1;
    }
    return -1;
  }

  private static final WordSet TEMPERATURE_WORDS =
      WordSet.of("temp", "temperature", "temperatura");

  private static final WordSet TEMPERATURE_LINKS =
      WordSet.of("of", "was", "is", "de", "fue", "es", "at", "now", "reading");

  /**
   * "temp 100.9", "a temperature of 38.6": a body temperature, a number with a decimal in
   * fever range (95-107.9 °F or 35-42.9 °C) at most one link word after the word. A weather
   * report gives whole degrees ("temps up to 104").
   */
  private static boolean bodyTemperatureAfter(Tokens t, int i) {
    if (!TEMPERATURE_WORDS.contains(t, i)) {
      return false;
    }
    int k = i + 1;
    if (k < t.size() && TEMPERATURE_LINKS.contains(t, k)) {
      k++;
    }
    if (k >= t.size() || t.type(k) != Tokens.NUMBER) {
      return false;
    }
    String v = t.term(k);
    int dot = v.indexOf('.');
    if (dot <= 0 || dot != v.lastIndexOf('.') || dot == v.length() - 1) {
      return false;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return false;
    }
    return (d >= 95 && d < 108) || (d >= 35 && d < 43);
  }

  private static final WordSet DRUG_LEVELS = WordSet.of("level", "levels", "trough", "troughs",
      "peak", "nivel", "niveles");

  /** "$48.00", "€25": an amount of money, never a reading. */
  private static boolean price(Analysis a, int k) {
    int s = a.tokens().originalStart(k);
    String o = a.original();
    return s > 0 && "$€£¥".indexOf(o.charAt(s - 1)) >= 0;
  }

  private static final WordSet BP_WORDS = WordSet.of("bp", "pressure", "presion", "tension",
      "pa", "readings", "averaged", "lecturas", "promedio"); // "your readings averaged 164/101"

  private static final WordSet BP_GOALS = WordSet.of("keep", "aim", "mantenga", "mantener");

  private static final WordSet GOAL_BOUNDS = WordSet.of("below", "under", "above", "over",
      "less", "lower", "between", "within", "at", "around", "for", "debajo", "menos", "entre");

  /**
   * A verb that sets a goal and a bound after it, in the eight tokens before {@code i} in its
   * clause: "keep your BP below your target range of 130/80" ("keep up the good work - your A1c
   * was 6.8" sets none).
   */
  private static boolean goalInClause(Analysis a, int i) {
    Tokens t = a.tokens();
    boolean bound = false;
    for (int k = i - 1; k >= Math.max(0, i - 8) && sameClause(a, k); k--) {
      bound |= GOAL_BOUNDS.contains(t, k);
      if (bound && BP_GOALS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet BP_BOUNDS = WordSet.of("under", "below", "over", "above", "than",
      "goal", "target", "menor", "mayor", "menos", "mas", "debajo", "encima", "meta", "exceeds",
      "hasta");

  /**
   * A blood pressure reading at {@code i}: "118/76" (systolic 70-250 over diastolic 40-150) in a
   * sentence that names blood pressure before it, not a goal ("keep it under 130/80").
   */
  private static boolean bpReading(Analysis a, int i) {
    Tokens t = a.tokens();
    char[] c = t.view().buffer();
    int n = t.size();
    if (i + 1 >= n || t.type(i) != Tokens.NUMBER || t.type(i + 1) != Tokens.NUMBER
        || t.start(i + 1) - t.end(i) != 1 || c[t.end(i)] != '/') {
      return false;
    }
    int sys = smallInt(t, i);
    int dia = smallInt(t, i + 1);
    if (sys < 70 || sys > 250 || dia < 40 || dia > 150 || sys <= dia) {
      return false;
    }
    if (i > 0 && BP_BOUNDS.contains(t, i - 1) || i > 1 && BP_BOUNDS.contains(t, i - 2)) {
      return false;
    }
    if (goalInClause(a, i)) {
      return false; // "keep your BP below your target range of 130/80"
    }
    // the reading's sentence or the one before: "your plan needs your last two blood pressure
    // readings. We have 158/96 and 162/100"
    int sentence = a.sentenceStart(t.originalStart(i));
    int before = sentence > 0 ? a.sentenceStart(sentence - 1) : sentence;
    for (int k = i - 1; k >= Math.max(0, i - 14) && t.originalStart(k) >= before; k--) {
      if (BP_WORDS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Number words a voice script reads a value with: "six point one", "cero punto ocho". */
  private static final WordSet SPOKEN_DIGITS = WordSet.spaced(" zero one two three four five six"
      + " seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen"
      + " nineteen twenty thirty forty fifty sixty seventy eighty ninety cero uno dos tres cuatro"
      + " cinco seis siete ocho nueve diez once doce trece catorce quince veinte treinta cuarenta"
      + " cincuenta sesenta setenta ochenta noventa ");

  /**
   * A decimal read aloud from {@code i} ("six point one", "forty two point five", "siete punto
   * dos") as the value of a test named before it in the clause: the token of its last digit, or
   * -1. Whole numbers said as words are left alone: "at seven" is as often a time.
   */
  private static int spokenValueEnd(Analysis a, boolean[] lab, int i) {
    Tokens t = a.tokens();
    int n = t.size();
    int k = i;
    while (k + 1 < n && SPOKEN_DIGITS.contains(t, k + 1) && k - i < 2) {
      k++; // "forty two"
    }
    if (k + 2 >= n || !t.isAny(k + 1, "point", "punto") || !SPOKEN_DIGITS.contains(t, k + 2)) {
      return -1;
    }
    int end = k + 2;
    while (end + 1 < n && SPOKEN_DIGITS.contains(t, end + 1) && end - k < 4) {
      end++; // "one point two five"
    }
    return valueOfTest(a, lab, i) ? end : -1;
  }

  private static boolean isNumber(char[] c, Tokens t, int k) {
    char ch = c[t.start(k)];
    return (Character.isDigit(ch) || (ch == '<' || ch == '>')) && !codeLike(c, t, k);
  }

  /**
   * A digit after letters inside the token ("4K92", "7A3"): a code such as a booking reference,
   * not a reading ("7.2", "142mg", "98.6F" end in their unit).
   */
  private static boolean codeLike(char[] c, Tokens t, int k) {
    boolean letter = false;
    for (int p = t.start(k); p < t.end(k); p++) {
      if (Character.isLetter(c[p])) {
        letter = true;
      } else if (letter && Character.isDigit(c[p])) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet STAGE_WORDS = WordSet.of("stage", "estadio", "grade", "grado",
      "etapa");

  private static final WordSet TIME_UNITS_AFTER = WordSet.of(
      "am", "pm", "days", "weeks", "months", "years", "minutes", "hours", "dias", "semanas",
      "meses", "hrs", "hr", "mins", "wks", "horas");

  /** "3:45", "10am", "11/20": not values; nor "25" of "25-OH vitamin D" (part of a name). */
  private static boolean looksLikeTimeOrDate(Analysis a, int k) {
    Tokens t = a.tokens();
    String orig = a.original();
    int end = t.originalEnd(k);
    if (end + 1 < orig.length() && orig.charAt(end) == '-' && Character.isLetter(orig.charAt(end + 1))) {
      return true;
    }
    if (t.endsWith(k, "am") || t.endsWith(k, "pm")) {
      return true;
    }
    String o = a.original();
    int e = t.originalEnd(k);
    if (e + 1 < o.length() && (o.charAt(e) == ':' || o.charAt(e) == '/')
        && Character.isDigit(o.charAt(e + 1))) {
      // "158/96", "120/80": a reading no calendar or clock has; "6:30am", "12/4" are not values
      return !(o.charAt(e) == '/' && k + 1 < t.size() && ratioNotDate(t, k));
    }
    if (k + 1 < t.size() && TIME_UNITS_AFTER.contains(t, k + 1)) {
      return true;
    }
    // "read 48-72 hours after it was placed": a range of time
    return k + 2 < t.size() && t.type(k + 1) == Tokens.NUMBER
        && "-".equals(t.originalGap(k, k + 1)) && TIME_UNITS_AFTER.contains(t, k + 2);
  }

  private static final WordSet FLAGS = WordSet.of("h", "l", "hh", "ll", "a", "high", "low",
      "normal", "abnormal", "critical", "alto", "alta", "bajo", "baja", "anormal", "critico");

  /**
   * "K 3.2 (L)", "Na 128 (L)": a number right after a short capitalized word and followed by a
   * high/low flag in brackets is an analyte's value, though no list holds the abbreviation.
   */
  private static boolean flaggedAfterAbbreviation(Analysis a, int i) {
    Tokens t = a.tokens();
    return i > 0 && t.type(i - 1) == Tokens.WORD && t.length(i - 1) <= 4 && a.capitalized(i - 1)
        && flagAfter(a, i) > i;
  }

  /**
   * "your readmission risk score at discharge was 27 (high)": a number with a high, low or
   * critical flag in brackets right after it is a flagged value, whatever measured it.
   */
  private static boolean flaggedValue(Analysis a, int i) {
    Tokens t = a.tokens();
    int f = flagAfter(a, i);
    if (f <= i || t.is(f, "a")) {
      return false;
    }
    // the recipient's measure: not "tree 9.8 (high)" in a pollen forecast
    for (int k = i - 1; k >= Math.max(0, i - 8) && sameClause(a, k); k--) {
      if (t.isAny(k, "your", "ur", "su", "tu")) {
        return true;
      }
    }
    return false;
  }

  /** A flag in parentheses right after the value at {@code last}: its token, or {@code last}. */
  private static int flagAfter(Analysis a, int last) {
    Tokens t = a.tokens();
    int f = last + 1;
    if (f >= t.size() || !FLAGS.contains(t, f)) {
      return last;
    }
    String o = a.original();
    int before = t.originalStart(f) - 1;
    int after = t.originalEnd(f);
    boolean open = before >= 0 && o.charAt(before) == '(';
    boolean close = after < o.length() && o.charAt(after) == ')';
    return open && close ? f : last;
  }

  /** A test or clinical term in the same clause within six tokens either side. */
  private static boolean clinicalNear(Analysis a, boolean[] lab, List<Detection> out, int i) {
    Tokens t = a.tokens();
    for (int k = Math.max(0, i - 6); k <= Math.min(t.size() - 1, i + 6); k++) {
      if (k != i && (lab[k] || clinicalAt(a, k))) {
        return true;
      }
    }
    return conditionNear(t, out, i);
  }

  /** The first token of a size ("6 mm", "2 cm") in {@code [first, end]}, or -1. */
  private static int sizeWithin(Analysis a, int first, int end) {
    Tokens t = a.tokens();
    char[] c = a.terms().buffer();
    for (int k = first; k < end && k + 1 < t.size(); k++) {
      if (isNumber(c, t, k) && t.isAny(k + 1, "mm", "cm")) {
        return k;
      }
    }
    return -1;
  }

  /** A CONDITION detection within four tokens of token {@code i}. */
  private static boolean conditionNear(Tokens t, List<Detection> out, int i) {
    return conditionIn(out, t.originalStart(Math.max(0, i - 4)),
        t.originalEnd(Math.min(t.size() - 1, i + 4)));
  }

  /** A CONDITION detection within {@code span} tokens before {@code i}. */
  private static boolean conditionWithin(Tokens t, List<Detection> out, int i, int span) {
    return conditionIn(out, t.originalStart(Math.max(0, i - span)), t.originalStart(i));
  }

  /** A CONDITION detection overlapping original offsets {@code [from, to)}. */
  private static boolean conditionIn(List<Detection> out, int from, int to) {
    for (Detection d : out) {
      if (d.category == Category.CONDITION && d.start < to && from < d.end) {
        return true;
      }
    }
    return false;
  }

  /** What is measured at a wound visit: "la herida ya mide menos de 1 cm". */
  private static final WordSet WOUNDS = WordSet.of("wound", "wounds", "incision", "ulcer",
      "sore", "lesion", "mole", "herida", "heridas", "ulcera", "llaga", "lunar");

  /** Verbs of measuring: "mide 2 cm", "read at 12 mm". */
  private static final WordSet MEASURING = WordSet.of("mide", "midio", "measures", "measured",
      "measuring", "read", "reads");

  /** A test token within {@code span} tokens before {@code i}, in the same clause. */
  private static boolean testWithin(Analysis a, boolean[] lab, int i, int span) {
    for (int k = i - 1; k >= Math.max(0, i - span) && sameClause(a, k); k--) {
      if (lab[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * "158/96": tokens {@code k} and {@code k + 1} numbers, the first too large for a month or day.
   */
  private static boolean ratioNotDate(Tokens t, int k) {
    int a = smallInt(t, k);
    int b = smallInt(t, k + 1);
    return a > 31 && b > 0;
  }

  /**
   * The value of token {@code k} when it is one to four digits, or -1; read in place (dates such
   * as "10/17" pass through here, and a {@code String} per token would cost every message).
   */
  private static int smallInt(Tokens t, int k) {
    char[] c = t.view().buffer();
    int from = t.start(k);
    int to = t.end(k);
    if (to <= from || to - from > 4) {
      return -1;
    }
    int v = 0;
    for (int p = from; p < to; p++) {
      if (c[p] < '0' || c[p] > '9') {
        return -1;
      }
      v = v * 10 + (c[p] - '0');
    }
    return v;
  }

  /**
   * Units of a concentration or count measured in blood, urine or other specimens. A number in one
   * of them is a lab value wherever it stands ("New result: 22 ng/mL (L)", "Vitamin D, 25-OH 22
   * ng/mL"); dose units ("500 mg", "20 units", "250 mg/5 mL") are not among them.
   */
  private static final WordSet LAB_UNITS =
      WordSet.spaced(" mg/dl mmol/l ng/ml ng/dl pg/ml g/dl g/l meq/l iu/l u/l miu/ml uiu/ml"
          + " \u03bciu/ml mg/l umol/l \u03bcmol/l mcg/dl ug/dl \u03bcg/dl mcg/l ug/l nmol/l pmol/l"
          + " copies/ml cells/mm3 cells/ul cells/\u03bcl ml/min mm/hr mm/h iu/ml ku/l u/ml ");

  /** Whether number token {@code i} is followed by a {@link #LAB_UNITS} unit ("22 ng/mL"). */
  private static boolean labUnitAfter(Tokens t, char[] c, int i) {
    int u = i + 1;
    if (u + 1 >= t.size() || t.start(u) - t.end(i) > 1 || t.start(u + 1) - t.end(u) != 1
        || c[t.end(u)] != '/') {
      return false;
    }
    int length = t.end(u + 1) - t.start(u);
    return LAB_UNITS.contains(c, t.start(u), length);
  }

  /** The last token of the value: "150/95", "6.2 mmol/L", "1:32", "<20 copies/mL", "11%". */
  private static int valueEnd(Analysis a, int k) {
    Tokens t = a.tokens();
    NormalizedText v = a.terms();
    char[] c = v.buffer();
    int last = k;
    int n = t.size();
    // "150/95", "1:32"
    while (last + 1 < n && t.start(last + 1) - t.end(last) == 1
        && (c[t.end(last)] == '/' || c[t.end(last)] == ':')
        && Character.isDigit(c[t.start(last + 1)])) {
      last++;
    }
    // unit
    for (int u = 0; u < 3 && last + 1 < n; u++) {
      String next = t.term(last + 1);
      int gap = t.start(last + 1) - t.end(last);
      if (gap > 1) {
        break;
      }
      String joined = next;
      if (last + 2 < n && t.start(last + 2) - t.end(last + 1) == 1
          && c[t.end(last + 1)] == '/') {
        joined = next + "/" + t.term(last + 2);
      }
      if (UNITS.contains(joined) || LAB_UNITS.contains(joined)) {
        last += joined.equals(next) ? 1 : 2;
        break;
      }
      if (UNITS.contains(next)) {
        last++;
        break;
      }
      if (last + 3 < n && t.isAny(last + 1, "beats", "breaths", "latidos", "respiraciones")
          && t.isAny(last + 2, "per", "a", "por") && t.isAny(last + 3, "minute", "min",
              "minuto")) {
        last += 3; // "42 beats per minute"
      }
      break;
    }
    // a percent sign right after the number is not a token
    return last;
  }

  private static void emit(Analysis a, List<Detection> out, int first, int last) {
    emit(a, out, first, last, 0.9);
  }

  private static void emit(Analysis a, List<Detection> out, int first, int last, double conf) {
    Tokens t = a.tokens();
    int start = t.originalStart(first);
    int end = t.originalEnd(last);
    String o = a.original();
    if (end < o.length() && (o.charAt(end) == '%' || o.charAt(end) == '\u00b0')) {
      end++; // "11%", "118°"
    }
    if (start > 0 && (o.charAt(start - 1) == '<' || o.charAt(start - 1) == '>')) {
      start--;
    }
    if (t.type(first) == Tokens.NUMBER && start > 0
        && (o.charAt(start - 1) == '$' || o.charAt(start - 1) == '\u20ac')) {
      return; // "shows $62.10 due": a price is no clinical value
    }
    out.add(new Detection(start, end, Category.RESULT, "result", conf, 0));
  }

  private static boolean sameClause(Analysis a, int k) {
    Tokens t = a.tokens();
    if (k + 1 >= t.size()) {
      return false;
    }
    String o = a.original();
    for (int p = t.originalEnd(k); p < t.originalStart(k + 1); p++) {
      char ch = o.charAt(p);
      if (ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '\n') {
        return false;
      }
    }
    return true;
  }
}
