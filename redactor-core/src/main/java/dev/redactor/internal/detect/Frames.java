package dev.redactor.internal.detect;

import dev.redactor.Category;
import dev.redactor.internal.IntArrays;
import dev.redactor.internal.analysis.Analysis;
import dev.redactor.internal.analysis.Tokens;
import dev.redactor.internal.analysis.WordSet;
import dev.redactor.internal.dict.ListKind;
import dev.redactor.internal.dict.Tag;
import dev.redactor.internal.dict.TermMatcher;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the frame each clinical detection sits in and records it as flags, so that a policy can
 * tell a visit label from a diagnosis, a pickup notice from a dosing instruction, the recipient's
 * care from someone else's, and an announcement from a message about the recipient.
 *
 * <ul>
 *   <li>DIAGNOSIS — a condition stated as a finding: "shows", "indicating", "consistent with",
 *       "diagnosed with", "you have", "tested positive for", "tiene", "le diagnosticaron", a
 *       severity before it ("poorly-controlled diabetes", "stage 2"), or "... is confirmed".
 *   <li>VISIT_LABEL — a condition naming a visit: "asthma check", "diabetes follow-up", "control de
 *       diabetes".
 *   <li>DOSING — a medication in an instruction: "take", "increase", "stop", "tome", a dose or a
 *       frequency ("2 tablets", "twice a day", "cada 8 horas"). A dose instruction without a drug
 *       name becomes a MEDICATION detection of its own.
 *   <li>THIRD_PARTY — in a sentence about someone else: "Mary's", "your son's", "su hijo".
 *   <li>NEGATED (hypothetical) — "if you have a fever", "si tiene síntomas", "symptoms such as".
 *   <li>BROADCAST — an announcement to everyone: "flu shots available Saturday", "now offering",
 *       "free screenings", with no "your" tying the term to the recipient.
 * </ul>
 */
final class Frames implements Detector {

  private static final WordSet DIAGNOSIS_BEFORE = words(
      " shows showed show revealed reveals indicates indicating indicated consistent suggestive"
          + " fits matches"
          + " suggests suggesting diagnosed diagnosis confirmed confirms found detected have has"
          + " had got positive muestra mostro indica indicando confirma confirmo diagnostico"
          + " diagnosticado diagnosticada diagnosticaron tiene tienes padece sufre hallazgo"
          + " indican muestran mostraron confirman confirmaron revelan revelaron"
          + " compatible sugiere allergic alergico alergica hospitalized hospitalizada"
          + " hospitalizado admitted internado internada ingresado ingresada treated tratado"
          + " tratada suffering suffered there's theres seemed seems looked looks appeared became"
          + " parecia veia notamos tuvo tuvieron presento presentaron heard noticed noted"
          + " spotted lists listed flagged thoughts pensamientos disclosed compartio salio"
          + " salieron reported reporto indico mostraba mostraban noting thinks suspects suspected"
          + " mentioned menciono mencionaste"
          + " believes sospecha sospechan encontraron encontro encontramos concerned"
          + " survivor sobreviviente superviviente ");

  private static final WordSet SEVERITY_BEFORE = words(
      " poorly-controlled poorly uncontrolled well-controlled severe moderate mild worsening"
          + " advanced metastatic stage recurrent active acute untreated grave severa severo"
          + " moderada moderado leve avanzado avanzada descontrolada descontrolado small tiny"
          + " large pequeno pequena"
          // "a pre-existing seizure disorder": a condition the recipient already has
          + " existing preexisting pre-existing preexistente ");

  private static final WordSet STATE_AFTER = words(
      " confirmed worse worsening improving improved controlled uncontrolled back spreading"
          + " progressing remission resolved gone stable confirmada confirmado empeorado mejorando"
          + " controlada controlado remision better lighter milder smaller bigger larger mejor"
          + " peor responding respondiendo shrinking shrank shrunk redujo reducido reduciendo"
          + " grown grew growing spread progressed returned crecio crecido creciendo regresado"
          + " active inactive activa activo ");

  /** Verbs that tell a condition's course right after it: "the fever broke". */
  static final WordSet CONDITION_COURSE = words(
      " broke resolved cleared subsided worsened persists persisted spread spreading recurred"
          + " returned bajo cedio desaparecio empeoro persiste regreso volvio grew progressed"
          + " crecio ");

  private static final String VISIT_AFTER_WORDS =
      " check checkup check-up follow follow-up followup appointment appt visit visits class"
          + " classes management clinic program screening education consult consultation review"
          + " recheck evaluation eval group session sessions coaching cita consulta seguimiento clase"
          + " programa control revision evaluacion sesion grupo taller care diary log journal"
          + " tracker intake questionnaire questionaire cuestionario folow folow-up folowup ";

  private static final WordSet VISIT_AFTER = words(VISIT_AFTER_WORDS);

  /** Nouns after a condition that make it the label of care, not a finding: "your HIV test". */
  private static final String CARE_AFTER =
      "test tests testing lab labs bloodwork results result meds medication medications medicine"
          + " treatment treatments shot shots vaccine vaccines supplies supply prescription refill"
          + " refills inhaler doctor specialist team nurse series booster dose doses prueba titer"
          + " titers titre"
          + " pruebas examen analisis serie dosis refuerzo"
          + " medicamento medicamentos medicina tratamiento vacuna vacunas insumos receta"
          // "your ingrown toenail removal", "your hernia repair": the care named by what it treats
          + " removal repair surgery procedure extraccion cirugia reparacion aspiration drainage"
          + " excision injection injections drenaje aspiracion ";

  /** The words of {@link #VISIT_AFTER} and {@link #CARE_AFTER}, one set. */
  private static final WordSet VISIT_OR_CARE_AFTER = words(VISIT_AFTER_WORDS + CARE_AFTER);

  private static final WordSet ALLERGY_BEFORE =
      words(" allergic alergico alergica allergy alergia allergies alergias ");

  private static final WordSet DOSE_NOUNS = words(" dose doses dosage dosis ");

  private static final WordSet DOSING_VERBS = words(
      " take taking took apply inject use increase decrease reduce lower raise double halve stop"
          + " finish termine terminar"
          + " bump subir suba subirle bajar baje bajarle hang infuse"
          + " start hold skip resume continue discontinue switch adjust adjusting spray give"
          + " giving cut" // "keep giving the prednisone 20 mg", "cut your metoprolol in half"
          + " administer inhale tome tomar toma aplique aplicar apliquele apliquese inyecte"
          + " inyectese use usar aumente aumentar disminuya disminuir reduzca suspenda suspender"
          + " deje empiece empezar siga seguir cambie duplique dele deles darle administre"
          + " rocie inhale increasing decreasing reducing lowering raising increased decreased"
          + " reduced lowered raised doubled restart restarting stopping starting holding"
          + " replace replaced replacing switched swapped reemplazar reemplazado"
          + " reemplazada sustituir dissolve chew swallow disuelva mastique trague"
          + " resuming continuing switching tapering taper wean weaning stay subio ");

  /** A dosing verb whose object is the drug named before: "tómela", "aplíquelo". */
  private static final WordSet DOSE_THE_DRUG = words(
      " tomela tomelo tomelas tomelos apliquela apliquelo apliquelas apliquelos usela uselo"
          + " inyectela inyectelo inyectelas inyectelos tomesela tomeselo ");

  /**
   * Verbs that report a dose given ("we gave him 2 puffs", "le dio 2 tabletas"): a dosing message
   * with a count and a unit after them, but no instruction before a drug on their own ("we gave
   * you a prescription for amoxicillin").
   */
  private static final WordSet ADMINISTERED = words(
      " gave given administered dio dimos aplicamos administramos ");

  /** {@link #SPELLED_STRENGTH_UNITS}' words; also dose units. */
  private static final String SPELLED_STRENGTH_TEXT = " milligram milligrams microgram"
      + " micrograms milliliter milliliters millilitre millilitres miligramo miligramos"
      + " microgramo microgramos mililitro mililitros ";

  private static final String DOSE_UNITS_TEXT =
      " tablet tablets tab tabs pill pills capsule capsules cap caps unit units mg mcg ml iu g gm"
          + " puff"
          + " puffs drop drops dose doses spray sprays patch tableta tabletas pastilla pastillas"
          + " capsula capsulas unidades unidad gotas dosis inhalaciones mj liters litres litros"
          + " lpm"
          // spoken and spelled out, as a voicemail or a transcript gives them
          + " cc" + SPELLED_STRENGTH_TEXT
          // forms counted as a dose: "dissolve 1 film", "drop to one film a day"
          + " film films lozenge lozenges troche troches suppository suppositories ";

  private static final WordSet DOSE_UNITS = words(DOSE_UNITS_TEXT);

  /** How often, after a drug; with the prescriber's Latin shorthand ("100mg bid", "1 tab qhs"). */
  private static final WordSet FREQUENCY = words(
      " daily twice nightly weekly bedtime hourly diario diaria diariamente noche bid tid qid qd"
          + " qhs qam qpm qod prn q4h q6h q8h q12h q24h ");

  private static final WordSet HYPOTHETICAL = words(
      " if si whether symptoms symptom signs sintomas signos such like cualquier any for unless ");

  static final WordSet RELATIONS =
      WordSet.spaced(" son daughter child child's kid mother father mom dad mum husband wife partner"
          + " spouse grandson granddaughter grandmother grandfather grandma grandpa brother"
          + " sister baby aunt uncle tia tio"
          + " hijo hija esposo esposa madre padre mama papa nieto nieta abuela abuelo bebe"
          + " hermano hermana son's daughter's mother's father's mom's dad's husband's wife's"
          + " baby's partner's moms dads");

  private static final String NEWSLETTER_TEXT = " newsletter newsletters subscribed unsubscribe"
      + " boletin ";

  private static final WordSet BROADCAST_CUES = words(
      " available offering offer offers free walk-in walk-ins join event events seminar"
          + " workshop awareness season drive fair register registration disponible disponibles"
          + " ofrecemos ofrece ofrecen gratis gratuita gratuitas gratuito gratuitos temporada"
          + " campana feria"
          + " evento eventos taller arrived llegaron llego stock walk locations everyone anyone"
          + " community public todos stores aisle sale discount discounts coupon coupons promo"
          + " promotion oferta ofertas descuento descuentos tiendas visitors visitor visitantes"
          + " weather storm tormenta hiring contratando careers vacante vacantes volunteer"
          + " volunteers voluntarios voluntarias raised fundraiser fundraising donate donation"
          + " donations gala adults adultos neighbors vecinos opening reopening"
          + " inauguracion inauguramos apertura families familias athletes players"
          + " " + NEWSLETTER_TEXT);

  private static final WordSet NEWSLETTER_CUES = words(NEWSLETTER_TEXT);

  @Override
  public void detect(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    if (t.size() == 0) {
      return;
    }
    deaths(a, out);
    allergies(a, out);
    bodyPartStates(a, out);
    boolean groupLetter = groupLetter(a);
    boolean announces = groupLetter || broadcastCue(a);
    boolean named = hasName(out);
    boolean broadcastMessage = announces && !named && (groupLetter || !recipientsOwnCare(t));
    boolean dosingMessage = doseInstructionAnywhere(t);
    boolean animalCare = animalCareMessage(t);
    // a newsletter's health tips ("reapply sunscreen every 2 hours") are advice to everyone
    boolean treatmentMessage = !(broadcastMessage && anyWithin(t, 0, t.size() - 1,
        NEWSLETTER_CUES)) && treatmentInstruction(a);
    int lastDoseOfTheDrug = -1;
    for (Detection d : out) {
      if (d.category == Category.MEDICATION) {
        lastDoseOfTheDrug = lastDoseOfTheDrug(t); // only where a drug is named
        break;
      }
    }
    Ranges results = Ranges.of(out, d -> d.category == Category.RESULT);
    int[] clinicalEnds = hasName(out) ? clinicalEnds(out) : NO_ENDS;
    Ranges possessiveNames = Ranges.of(out, d -> d.category == Category.NAME
        && (d.has(Detection.POSSESSIVE) || ofName(t, clinicalEnds, d)));
    Detection[] plainNames = hasName(out) ? plainNames(out) : NO_NAMES;
    for (int i = 0; i < out.size(); i++) {
      Detection d = out.get(i);
      if (!isClinical(d.category)) {
        continue;
      }
      int first = firstToken(t, d.start);
      int last = lastToken(t, d.end);
      if (first < 0 || last < first) {
        continue;
      }
      int sFirst = sentenceFirstToken(a, first);
      int sLast = sentenceLastToken(a, last);
      int flags = 0;
      boolean epidemic = d.category == Category.CONDITION && epidemicFrame(t, first, last, sFirst);
      boolean recurs = d.category == Category.CONDITION && !broadcastMessage
          && (recursAfter(t, first, last, sFirst, sLast) || recursBefore(t, first, sFirst));
      // "If you feel any throat swelling, use your Firazyr": the recipient's own drug is named
      boolean ownDrug = d.category == Category.MEDICATION && first > 0
          && t.isAny(first - 1, "your", "ur", "su", "tu");
      // (an animal's care is no one's health information: "Biscuit is due for his rabies
      // booster", "Cedar Paws Vet: Pickles' heartworm meds are ready")
      boolean hypo = animalCare || !recurs && !ownDrug && ((epidemic
              && !secondPersonIn(t, sFirst, sLast)
              && !anyWithin(t, sFirst, sLast, YOU))
          || (anyBefore(t, first, sFirst, 12, HYPOTHETICAL)
          && !sentenceHasResult(a, results, sFirst, sLast)
          && hypothetical(t, first, sFirst, d.category == Category.CONDITION)
          && !answeredOnAForm(t, first, sFirst))
          || (first > 0 && t.isAny(first - 1, "any", "all", "cualquier", "todas", "todos"))
          || (peopleWith(t, first) && !secondPersonIn(t, sFirst, sLast))
          || (d.category == Category.PROCEDURE && (offeredService(t, d, first, last, sFirst, sLast)
              || packingListItem(t, first, last, sFirst, sLast)
              || d.confidence < 0.8 && ifYouUseOne(t, last, sLast)))
          || (d.category == Category.CONDITION && whoBeforeTheCue(t, first, sFirst))
          || (d.category == Category.SPECIALTY && emergencyAdvice(t, first, last, sFirst))
          || (d.category == Category.CONDITION && !named
              && (askedFromAList(a, out, first, sFirst, sLast) || stayHomeRule(t, first, sFirst))));
      if (hypo) {
        flags |= Detection.NEGATED;
      }
      if (d.category == Category.CONDITION && !hypo
          && (exposedBefore(t, first, sFirst, sLast, named)
              || coverageReason(t, first, sFirst, sLast))) {
        flags |= Detection.DIAGNOSIS; // an epidemic's name too: "you were exposed to measles"
      }
      if (d.category == Category.CONDITION && !hypo && !epidemic) {
        if (anyBefore(t, first, sFirst, 6, DIAGNOSIS_BEFORE) && !secondPersonQuestion(t, first)
                && !otherPeopleBefore(t, first, sFirst)
                // "you have a concussion follow-up": a visit's label, not a finding
                && !(last + 1 < t.size() && VISIT_AFTER.contains(t, last + 1)
                    && first > 0 && t.isAny(first - 1, "a", "an", "your", "su", "una", "un"))
            || immediatelyBefore(t, first, SEVERITY_BEFORE)
            || findingWasA(t, first, sFirst) || ownHistoryOf(t, first, sFirst)
            || seenOnATest(t, last, sLast)
            || (reviewedTestBefore(t, out, first, sFirst)
                && !(last + 1 < t.size() && VISIT_AFTER.contains(t, last + 1)))
            || (t.isAny(last, "reaction", "reactions", "reaccion") && last + 1 <= sLast
                && t.isAny(last + 1, "to", "a", "al")) // "your allergic reaction to the injection"
            // "your ALS diagnosis has left you unable to work": named as a diagnosis
            || (last + 1 <= sLast && t.isAny(last + 1, "diagnosis", "diagnoses", "diagnostico")
                && first > 0 && t.isAny(first - 1, "your", "ur", "his", "her", "their", "su",
                    "tu"))
            || pastVisitFor(t, first, sFirst)
            // "after the heart failure admission": a hospital stay for it
            || (last + 1 <= sLast && t.isAny(last + 1, "admission", "admissions",
                "hospitalization", "hospitalizacion", "ingreso"))
            || recurs
            // "the strangulation findings from Saturday's exam": what an exam found
            || (last + 1 <= sLast && t.isAny(last + 1, "findings", "hallazgos"))
            || hadIt(t, last, sLast)
            // "you checked yes for thoughts of hurting yourself", "marcó que se siente triste"
            || answeredOnAForm(t, first, sFirst)
            // "came in with a fever of 101", "Kevin relapsed", "llegó con fiebre de 38.6"
            || (!broadcastMessage && (TermDetector.feverReading(t, last)
                || TermDetector.arrivedWith(t, first) || TermDetector.toldAsDone(a, first, last)))
            || (!broadcastMessage && !d.has(Detection.PRACTICE_NAME) && d.confidence >= 0.8
                && particularCondition(a, d, first, last, sFirst, sLast))
            || nameBracketBefore(t, out, first) // "camper Henry Adeyemi (peanut allergy)"
            || (drugFor(t, out, first, sFirst) && secondPersonIn(t, sFirst, sLast))
            || countedAndRemoved(t, first, last, sLast)
            || (stateAfter(t, last, sLast) && !question(a, sLast))
            || phraseBefore(t, first, sFirst)
            || sentenceHasResult(a, results, sFirst, sLast)
            || reportColonBefore(a, first, sFirst)
            || resultsOfAFinding(t, first, last)
            || (last > first && POSITIVE_ENDS.contains(t, last) && first > 0
                && t.isAny(first - 1, "is", "was", "tested", "es", "esta", "salio", "resulto")
                && !question(a, sLast))) {
          flags |= Detection.DIAGNOSIS;
        }
        boolean visitLabel = last + 1 < t.size() && VISIT_AFTER.contains(t, last + 1);
        if (visitLabel) {
          flags |= Detection.VISIT_LABEL;
        } else if (!hypo && yoursAt(t, first, d.confidence) && !d.has(Detection.PRACTICE_NAME)
            && !anyAfter(t, last, sLast, 3, VISIT_OR_CARE_AFTER)
            && !anyBefore(t, first, sFirst, 4, VISIT_AFTER)
            && !visitForYours(t, first, sFirst)
            && !followUpShorthandBefore(t, first)) {
          // "can make your heart failure worse", "about your depression": the recipient's
          // condition, not the label of a visit
          flags |= Detection.DIAGNOSIS;
        }
      }
      if (d.category == Category.MEDICATION) {
        if (!hypo && (verbDosesTheDrug(t, first, sFirst) || doseAfter(t, last, sLast)
            || noDrugBefore(t, first, last, sFirst, sLast)
            || countOfUnits(t, first, last)
            || fractionBefore(t, first)
            || doseOfBefore(t, first) || amountOfBefore(t, first)
            || dosingMessage || regimenBefore(t, first, sFirst) || lastDoseOfTheDrug > last)) {
          flags |= Detection.DOSING;
        }
        if (anyBefore(t, first, sFirst, 6, ALLERGY_BEFORE)) {
          flags |= Detection.DIAGNOSIS;
        }
      }
      if (treatmentMessage && !hypo) {
        flags |= Detection.DOSING;
      }
      if (d.category == Category.PROCEDURE && dosingMessage && !hypo
          && anyWithin(t, first, last, DOSE_NOUNS)) {
        flags |= Detection.DOSING; // "su dosis de metadona baja a 60 mg"
      }
      // (a letter to a group's "your child" is every reader's, no one's in particular)
      // (nor is a what-if said of "your child": "si tiene fiebre de 38 °C o más")
      if (!(groupLetter && broadcastMessage) && !(hypo && !named)
          && thirdParty(a, possessiveNames, sFirst, sLast)
          || (plainNames.length > 0 && nameIsSubject(t, plainNames, sFirst))
          || (d.category != Category.PROCEDURE && hisOrHerBefore(t, first)
              && !recipientNamedBefore(t, plainNames, sFirst, first)
              && !(d.category == Category.CONDITION && last + 1 < t.size()
                  && VACCINE_AFTER.contains(t, last + 1)))) {
        // ("proof of his 2nd varicella dose" is a vaccine, not his chickenpox)
        // "Hannah started birth control pills": a person named as the subject is someone else
        flags |= Detection.THIRD_PARTY;
      }
      // (in a letter to a group, "your child's class" is every reader's)
      if (broadcastMessage && d.category != Category.RESULT && !d.has(Detection.PRACTICE_NAME)
          && (groupLetter || !secondPersonIn(t, sFirst, sLast)) && !senderLabel(a, d)) {
        flags |= Detection.BROADCAST;
      }
      // "X-ray, ultrasound and bone density services will be at 1250 Birch Ave", "Wheelchairs
      // are available at Entrance B", a talk called 'Living Well with Arthritis': what the
      // practice offers everyone, in a sentence that says nothing of "you"
      if ((d.category == Category.PROCEDURE || d.category == Category.SPECIALTY
              || d.category == Category.CONDITION) && !d.has(Detection.PRACTICE_NAME)
          && (offered(t, last, sLast) || listedService(t, first, sFirst)
              || announces && quotedTitle(a, d))
          && !secondPersonIn(t, sFirst, sLast)) {
        flags |= Detection.BROADCAST;
      }
      // "the ICU waiting room", "the Oncology parking garage", "la entrada de Labor y Parto": a
      // unit named as a place in the building, in a message that says nothing of "you" ("your
      // appointment ... Please park in the Oncology garage" tells where the recipient's care is)
      // (a capitalized unit is read as a practice name: "la entrada de Labor y Parto"; one made
      // of clinical terms only is still a unit, "Sunrise Cancer Center" is not)
      if (d.category == Category.SPECIALTY && unitAsPlace(a, first, last, sFirst, sLast)
          && (!d.has(Detection.PRACTICE_NAME) || clinicalWordsOnly(a, first, last))
          && !anyWithin(t, 0, t.size() - 1, ANY_YOU)) {
        flags |= Detection.BROADCAST;
      }
      if (flags != 0) {
        out.set(i, d.withFlags(flags));
      }
    }
    doseInstructions(a, out);
    relativesResults(a, out);
    serviceLists(a, out);
  }

  /**
   * "visits across our primary care, cardiology, women's health, pediatrics and dermatology
   * clinics", "cardiology, orthopedics, podiatry and audiology each come once a month": three
   * or more service lines in one list are what a practice offers, not one person's care, even in
   * a sentence that says "you can book".
   */
  private static void serviceLists(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int runStart = -1;
    int runLength = 0;
    int prevLast = -1;
    for (int i = 0; i <= out.size(); i++) {
      Detection d = i < out.size() ? out.get(i) : null;
      boolean joins = false;
      int first = -1;
      int last = -1;
      if (d != null && d.category == Category.SPECIALTY) {
        first = firstToken(t, d.start);
        last = lastToken(t, d.end);
        joins = first >= 0 && last >= first && runLength > 0 && listGap(t, prevLast, first);
      }
      if (!joins) {
        if (runLength >= 3) {
          for (int k = runStart; k < runStart + runLength; k++) {
            out.set(k, out.get(k).withFlags(Detection.BROADCAST));
          }
        }
        runStart = first >= 0 && last >= first ? i : -1;
        runLength = runStart >= 0 ? 1 : 0;
      } else {
        runLength++;
      }
      prevLast = last;
    }
  }

  /** Only list joints between tokens {@code prevLast} and {@code first}: commas, "and", "or". */
  private static boolean listGap(Tokens t, int prevLast, int first) {
    if (prevLast < 0 || first <= prevLast) {
      return false;
    }
    for (int k = prevLast + 1; k < first; k++) {
      if (!t.isAny(k, "and", "y", "or", "o", "&", "the", "our", "el", "la", "nuestro",
          "nuestra")) {
        return false;
      }
    }
    return first - prevLast <= 3
        && !t.originalGap(prevLast, prevLast + 1).contains(".");
  }

  private static final WordSet DEATH_VERBS = words(" died passed fallecio murio fallecieron"
      + " murieron ");
  private static final WordSet DEATH_NOUNS = words(" death passing fallecimiento muerte ");
  private static final WordSet DEATH_CONDITIONALS = words(" if when after once si cuando ");
  /** Subjects that say who died in the verb's own sentence ("our founder", "the plant"). */
  private static final WordSet WHO_DIED = words(" he she it they we i our the el la ella ellos"
      + " nuestro nuestra ");

  /**
   * "Walter Brennan passed away on 11/3", "su madre falleció a las 5:20", "el fallecimiento de
   * Doña Rebeca": a named person's or a relative's death is that person's health, told to
   * someone else (a CONDITION of a third party). Condolences that name no one ("your loss",
   * "after a loved one dies", "your mom's passing") stay as they are.
   */
  private static void deaths(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    for (int i = 0; i < n; i++) {
      boolean verb = DEATH_VERBS.contains(t, i)
          && (!t.is(i, "passed") || (i + 1 < n && t.is(i + 1, "away")));
      boolean noun = !verb && DEATH_NOUNS.contains(t, i) && i + 2 < n && t.isAny(i + 1, "of", "de");
      if (!verb && !noun) {
        continue;
      }
      int sFirst = sentenceFirstToken(a, i);
      int sLast = sentenceLastToken(a, i);
      boolean someone = false;
      if (verb) {
        // the subject: a name or a relative within four tokens before ("su madre falleció")
        int from = Math.max(sFirst, i - 4);
        someone = nameWithin(t, out, from, i - 1) || anyWithin(t, from, i - 1, RELATIONS);
        // "Llamo por su esposo, Julián Paredes. Lo siento mucho: falleció a las 11": no subject
        // in its own short sentence, the person the sentence before named
        if (!someone && sFirst > 0 && i - sFirst <= 3 && !anyWithin(t, sFirst, i - 1, WHO_DIED)) {
          int pFirst = sentenceFirstToken(a, sFirst - 1);
          someone = nameWithin(t, out, pFirst, sFirst - 1)
              && anyWithin(t, pFirst, sFirst - 1, RELATIONS);
        }
        if (anyBefore(t, i, sFirst, 6, DEATH_CONDITIONALS)) {
          someone = false; // "if a loved one dies", "when someone passes"
        }
      } else {
        // "el fallecimiento de Doña Rebeca", "the death of your father"
        int to = Math.min(sLast, i + 4);
        someone = nameWithin(t, out, i + 2, to) || anyWithin(t, i + 2, to, RELATIONS);
      }
      if (!someone) {
        continue;
      }
      int end = verb && t.is(i, "passed") ? i + 1 : i;
      out.add(new Detection(t.originalStart(i), t.originalEnd(end), Category.CONDITION, "death",
          0.85, Detection.THIRD_PARTY | Detection.DIAGNOSIS));
      i = end;
    }
  }

  private static final WordSet ALLERGIC = words(" allergic alergico alergica ");

  /** The recipient is (allergic): "you're", "ur", "eres"; or "you are", "usted es". */
  private static boolean youAre(Tokens t, int k) {
    if (t.isAny(k, "you're", "youre", "ur", "eres")) {
      return true;
    }
    return k > 0 && (t.isAny(k, "are", "r") && t.isAny(k - 1, "you", "u")
        || t.is(k, "es") && t.isAny(k - 1, "usted", "ud"));
  }

  /**
   * "you're allergic to nickel and to methylisothiazolinone", "usted es alérgica al látex": the
   * recipient's allergy, stated, is a finding about them whatever the allergen (most are not in
   * any dictionary). Not "if you're allergic to latex", "you're not allergic".
   */
  private static void allergies(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    for (int i = 1; i + 2 < n; i++) {
      if (!ALLERGIC.contains(t, i) || !t.isAny(i + 1, "to", "a", "al")
          || !youAre(t, i - 1) || t.type(i + 2) != Tokens.WORD) {
        continue;
      }
      int sFirst = sentenceFirstToken(a, i);
      int sLast = sentenceLastToken(a, i);
      if (anyBefore(t, i, sFirst, 8, HYPOTHETICAL) || t.originalGap(i - 1, i).indexOf('?') >= 0
          || question(a, sLast)) {
        continue;
      }
      // the allergen: up to four words, to a comma, a stop or a bracket
      int end = i + 2;
      while (end + 1 <= sLast && end < i + 5 && t.originalGap(end, end + 1).trim().isEmpty()
          && t.type(end + 1) == Tokens.WORD && !t.isAny(end + 1, "and", "y", "so", "but", "pero")) {
        end++;
      }
      int start = t.originalStart(i);
      int stop = t.originalEnd(end);
      boolean covered = false;
      for (Detection d : out) {
        covered |= d.category == Category.CONDITION && d.start <= start && d.end >= stop;
      }
      if (!covered) {
        out.add(new Detection(start, stop, Category.CONDITION, "allergy", 0.85,
            Detection.DIAGNOSIS));
      }
      i = end;
    }
  }

  private static final WordSet STATE_VERBS = words(" look looks looked is are was were seems"
      + " seem seemed got gets getting feels feel felt esta estan estaba se ve ven veia puso ");

  private static final WordSet STATE_DEGREES = words(" pretty very really a bit little more so"
      + " kind of kinda muy un poco bastante mas algo ");

  private static final WordSet BODY_STATES = words(" swollen red bruised puffy bigger worse"
      + " infected inflamed numb hinchada hinchado hinchadas hinchados inflamada inflamado"
      + " inflamadas inflamados roja rojo rojas rojos morada morado amoratada amoratado ");

  /**
   * A body part and the state it is in: "his ankles look pretty swollen", "the sore on his
   * tailbone is bigger", "tiene la rodilla muy inflamada", "está un poco hinchada" after the
   * wrist it names. What a caregiver or a nurse sees on someone is a finding, in no list (the
   * state words alone are everyday words: "a red folder", "a bigger room").
   */
  private static void bodyPartStates(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    for (int i = 0; i + 1 < n; i++) {
      if (!TermDetector.BODY_SITES.contains(t, i)) {
        continue;
      }
      int k = i + 1;
      // "the sore on his tailbone is bigger": the part may stand after what is on it
      boolean verb = k < n && STATE_VERBS.contains(t, k);
      if (verb) {
        k++;
        if (k < n && t.isAny(k - 1, "se") && STATE_VERBS.contains(t, k)) {
          k++;
        }
      }
      int degrees = 0;
      for (; k < n && degrees < 2 && STATE_DEGREES.contains(t, k); degrees++) {
        k++;
      }
      // without a verb only a Spanish adjective agrees with the part: "la rodilla muy
      // inflamada", "pies hinchados" (not "if the headache comes back worse")
      if (k >= n || !BODY_STATES.contains(t, k) || k - i > 5
          || !verb && !(t.endsWith(k, "a") || t.endsWith(k, "o") || t.endsWith(k, "as")
              || t.endsWith(k, "os"))
          || !plainSpaces(t, i, k)) {
        continue;
      }
      int start = t.originalStart(i);
      int stop = t.originalEnd(k);
      boolean covered = false;
      for (Detection o : out) {
        covered |= o.start < stop && o.end > start;
      }
      if (!covered) {
        out.add(new Detection(start, stop, Category.CONDITION, "condition", 0.85, 0));
      }
      i = k;
    }
  }

  /** Only spaces between tokens {@code from} and {@code to}: one phrase, no clause break. */
  private static boolean plainSpaces(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.originalGap(k, k + 1).isBlank() || t.gapContains(k, k + 1, '\n')) {
        return false;
      }
    }
    return true;
  }

  /** A NAME detection starts within tokens {@code [from, to]}. */
  private static boolean nameWithin(Tokens t, List<Detection> out, int from, int to) {
    if (from > to) {
      return false;
    }
    int s = t.originalStart(from);
    int e = t.originalEnd(to);
    for (Detection d : out) {
      if (d.category == Category.NAME && d.start >= s && d.start < e) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet OUTCOME_WORDS = words(" abnormal positive elevated critical"
      + " anormal anormales positivo positiva elevado elevada ");
  /**
   * "pt Leon Marsh is HIV positive", "tested strep negative": a condition named with how its
   * test came out, said of someone.
   */
  private static final WordSet POSITIVE_ENDS = words(" positive negative positivo positiva"
      + " negativo negativa reactive reactivo reactiva ");

  private static final WordSet RESULTS_AFTER =
      words(" result results finding findings resultado resultados hallazgos ");

  /**
   * "your abnormal Pap results", "positive strep result": a condition that opens with how a test
   * came out, then "results", is the result itself.
   */
  private static boolean resultsOfAFinding(Tokens t, int first, int last) {
    return last > first && OUTCOME_WORDS.contains(t, first) && last + 1 < t.size()
        && RESULTS_AFTER.contains(t, last + 1);
  }

  private static final WordSet ADULT_RELATIONS = words(
      " wife husband spouse partner mother father mom dad brother sister grandmother grandfather"
          + " grandma grandpa wife's husband's spouse's partner's mother's father's mom's dad's"
          + " brother's sister's esposa esposo madre padre mama papa hermano hermana abuela"
          + " abuelo ");

  private static final WordSet RESULT_NOUNS = words(
      " results result resultados resultado report informe ");

  /** "went well": how an operation went. */
  private static final WordSet WENT_WELL = words(" well ok okay fine smoothly great badly ");

  /**
   * "your wife's biopsy results are back", "your wife Greta's biopsy came back", "hope your mom's
   * hip surgery went well": that another
   * adult's test has a result is that adult's health, told to someone else. The result words
   * become a RESULT of the third party. (A guardian is told of a child's results, so children
   * are not in {@link #ADULT_RELATIONS}.)
   */
  private static void relativesResults(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int count = out.size();
    for (int i = 0; i < count; i++) {
      Detection d = out.get(i);
      if (d.category != Category.PROCEDURE || d.has(Detection.NEGATED)) {
        continue;
      }
      int last = lastToken(t, d.end);
      int first = firstToken(t, d.start);
      if (last < 0 || first < 0 || last + 1 >= t.size()) {
        continue;
      }
      // "returning your call about your mom. Her biopsy results are back": his or her test,
      // with the relative named in the sentence before
      boolean herOrHis = first > 0 && t.isAny(first - 1, "her", "his");
      if (!d.has(Detection.THIRD_PARTY) && !herOrHis) {
        continue;
      }
      int from = -1;
      int to = -1;
      if (RESULT_NOUNS.contains(t, last + 1)) {
        from = last + 1;
        to = last + 1;
      } else if (last + 2 < t.size() && (t.isAny(last + 1, "came", "salio", "salieron")
              && t.isAny(last + 2, "back", "bien", "mal")
          || t.is(last + 1, "went") && WENT_WELL.contains(t, last + 2))) {
        from = last + 1;
        to = last + 2;
      }
      if (from < 0 || sentenceLastToken(a, first) < to) {
        continue;
      }
      int sFirst = sentenceFirstToken(a, first);
      if (!anyWithin(t, herOrHis ? Math.max(0, first - 14) : sFirst, first - 1,
          ADULT_RELATIONS)) {
        continue;
      }
      out.add(new Detection(t.originalStart(from), t.originalEnd(to), Category.RESULT, "result",
          0.7, Detection.THIRD_PARTY));
    }
  }

  /**
   * "got his noon dose of methylphenidate", "recibió su dosis de": a dose of the drug reported
   * as taken or given ("your second dose of Shingrix is due" is scheduling, not this).
   */
  private static boolean doseOfBefore(Tokens t, int first) {
    return first >= 3 && t.isAny(first - 1, "of", "de") && DOSE_NOUNS.contains(t, first - 2)
        && anyBefore(t, first - 2, 0, 4, TAKEN_VERBS);
  }

  private static final WordSet TEST_IMAGES = words(" x-ray x-rays xray xrays scan scans ct mri"
      + " mammogram ultrasound imaging images photos pictures report labs bloodwork biopsy echo"
      + " ekg ecg radiografia radiografias ultrasonido estudio estudios fotos imagenes ");

  /** (not "vets", nor a "Vet Center": veterans) */
  private static final WordSet VET_WORDS = words(" vet veterinary veterinarian veterinarians"
      + " veterinaria veterinario veterinarios ");

  private static final WordSet ANIMALS = words(" dogs cats pets perros gatos mascotas ");

  private static final WordSet ANIMAL = words(" dog cat pet perro gato mascota ");

  /** People's contact with animals: a bite, an allergy ("your cat and dust mite extract"). */
  private static final WordSet HUMAN_CONTACT = words(" bit bite bites bitten biting mordedura"
      + " mordida mordio scratch scratched rasguno allergy allergies allergic alergia alergias"
      + " alergico alergica extract extracto dander caspa exposure ");

  /**
   * A message about animals' care: a veterinarian's or an animal services office's words ("vet",
   * "veterinaria", "Animal Services"), or animals as whom the care is for ("for dogs and cats",
   * "para perros", "per pet", "pet vaccine clinic", "dog food"); never one that tells of a bite,
   * a scratch or an allergy, which are people's care.
   */
  private static boolean animalCareMessage(Tokens t) {
    boolean animal = false;
    for (int i = 0; i < t.size(); i++) {
      if (HUMAN_CONTACT.contains(t, i)) {
        return false;
      }
      if (animal) {
        continue;
      }
      if (VET_WORDS.contains(t, i) && !(i + 1 < t.size() && t.isAny(i + 1, "center", "centers"))
          || t.is(i, "animal") && i + 1 < t.size() && t.isAny(i + 1, "services", "hospital",
              "shelter", "clinic", "control")
          || ANIMALS.contains(t, i) && (i > 0 && t.isAny(i - 1, "for", "para", "per", "por")
              || i > 1 && t.isAny(i - 2, "for", "para") && !t.isAny(i - 1, "your", "su", "tu"))
          || (ANIMALS.contains(t, i) || ANIMAL.contains(t, i)) && i + 1 < t.size()
              && t.isAny(i + 1, "food", "vaccine", "vaccines", "license", "licenses", "treats",
                  "chews")) {
        animal = true;
      }
    }
    return animal;
  }

  private static final WordSet REVIEW_VERBS = words(" reviewed looked read vio reviso miro"
      + " leyo ");

  /**
   * "Dr. Raman looked at your MRI report and wants to talk about the bulging disc", "el Dr. Feld
   * vio su tomografía y dice que...": a test someone reviewed, earlier in the sentence than the
   * condition, which is then what the test found.
   */
  private static boolean reviewedTestBefore(Tokens t, List<Detection> out, int first,
      int sFirst) {
    int from = t.originalStart(sFirst);
    int to = t.originalStart(first);
    for (Detection p : out) {
      if (p.category != Category.PROCEDURE || p.start < from || p.end > to) {
        continue;
      }
      int k = firstToken(t, p.start);
      for (int j = k - 1; j >= Math.max(sFirst, k - 4); j--) {
        if (REVIEW_VERBS.contains(t, j)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "the cavities on your x-rays", "the nodule on your CT", "la mancha en su radiografía": a
   * condition seen on a test is a finding.
   */
  private static boolean seenOnATest(Tokens t, int last, int sLast) {
    int k = last + 1;
    if (k > sLast || !t.isAny(k, "on", "in", "en")) {
      return false;
    }
    k = pastArticle(t, k + 1);
    return k <= sLast && (TEST_IMAGES.contains(t, k)
        || (t.is(k, "x") && k + 1 <= sLast && t.isAny(k + 1, "ray", "rays")));
  }

  private static final String ARTICLES_TEXT = " your ur the his her their su sus tu tus la el"
      + " los las this that ";

  private static final WordSet ARTICLES = words(ARTICLES_TEXT);

  /**
   * {@code k + 1} when token {@code k} is an article or a possessive ("on your x-rays", "de sus
   * enzimas", "pass his screen"), else {@code k}: where the noun after them starts.
   */
  static int pastArticle(Tokens t, int k) {
    return k < t.size() && ARTICLES.contains(t, k) ? k + 1 : k;
  }

  private static final WordSet HISTORY = words(" history hx historial antecedentes"
      + " antecedente ");
  private static final WordSet OWNERS = words(" your ur yr his her their su sus tu tus ");

  /**
   * "your history of pancreatitis", "your family history of thyroid cancer", "sus antecedentes
   * de diabetes": someone's history of a condition is a fact about them ("a family history of
   * breast cancer raises risk" is general).
   */
  private static boolean ownHistoryOf(Tokens t, int first, int sFirst) {
    int k = first - 1;
    while (k >= 1 && k >= first - 3 && !t.isAny(k, "of", "de")) {
      k--; // "of medullary thyroid cancer"
    }
    if (k < 1 || !t.isAny(k, "of", "de")) {
      return false;
    }
    k--;
    if (!HISTORY.contains(t, k)) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(sFirst, k - 3); j--) {
      if (OWNERS.contains(t, j)) {
        return true;
      }
      if (!t.isAny(j, "family", "medical", "past", "personal", "familiares", "medicos",
          "personales", "clinical", "clinico")) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet AMOUNT_UNITS = words(" mg mcg g ml cc units unit iu syringe"
      + " syringes vial vials milligrams micrograms unidades unidad jeringa jeringas frasco"
      + " frascos mililitros miligramos bottle bottles packet packets sachet botella botellas"
      + " sobre sobres ");

  /**
   * "80 units of Dysport", "1 syringe of Juvéderm", "0.5 mg de Ozempic": an amount of the drug
   * given or to be given is its dose.
   */
  private static boolean amountOfBefore(Tokens t, int first) {
    if (first < 3 || !t.isAny(first - 1, "of", "de") || !AMOUNT_UNITS.contains(t, first - 2)) {
      return false;
    }
    int k = first - 3;
    if (k >= 1 && t.isAny(k, "oz", "ml", "ounce", "onzas")) {
      k--; // "one 6-oz bottle of SUPREP"
    }
    return t.type(k) == Tokens.NUMBER || t.isAny(k, "one", "two", "half", "una", "un", "dos");
  }

  private static final WordSet UNIT_FORMS = words(" tablets tablet tabs tab pills pill capsules"
      + " capsule caps puffs puff drops gummies tabletas tableta pastillas pastilla capsulas"
      + " capsula gotas inhalaciones ");

  /** "place the 4 misoprostol tablets", "2 Tylenol tablets": a count of the drug's units. */
  private static boolean countOfUnits(Tokens t, int first, int last) {
    return first > 0 && t.type(first - 1) == Tokens.NUMBER && last + 1 < t.size()
        && UNIT_FORMS.contains(t, last + 1);
  }

  /** "only HALF your insulin", "la mitad de su insulina": a part of the usual dose. */
  private static boolean fractionBefore(Tokens t, int first) {
    int k = first - 1;
    while (k >= 0 && first - k <= 3 && t.isAny(k, "your", "ur", "the", "of", "su", "tu", "la",
        "de", "el", "del")) {
      k--;
    }
    return k >= 0 && k < first - 1 && t.isAny(k, "half", "double", "mitad", "doble");
  }

  private static final WordSet TAKEN_VERBS = words(
      " got gets took takes received gave given had recibio tomo dimos le ");

  /** Everyday things a patient brings or carries, listed beside a device in a packing list. */
  private static final WordSet BELONGINGS = words(" glasses eyeglasses contacts dentures charger"
      + " chargers phone wallet keys slippers robe clothes pajamas toiletries lentes anteojos"
      + " gafas cargador ");

  /** Words that may stand between the items of a list: "a case for glasses, contacts or". */
  private static final WordSet LIST_GLUE = words(" and or plus your a the case for y o su sus"
      + " tu tus ");

  /**
   * "a case for glasses, contacts or hearing aids", "your glasses, and your hearing aids if you
   * use them", "FSA cards can be used for prescription glasses, contacts and hearing aid
   * batteries": a device listed with everyday belongings is an item everyone is told to bring or
   * may buy, not the recipient's care.
   */
  private static boolean packingListItem(Tokens t, int first, int last, int sFirst, int sLast) {
    for (int step = -1; step <= 1; step += 2) {
      int from = step < 0 ? first - 1 : last + 1;
      int bound = step < 0 ? Math.max(sFirst, first - 4) : Math.min(sLast, last + 4);
      for (int k = from; step < 0 ? k >= bound : k <= bound; k += step) {
        if (BELONGINGS.contains(t, k)) {
          return true;
        }
        if (!LIST_GLUE.contains(t, k)) {
          break;
        }
      }
    }
    return false;
  }

  /**
   * "bring your walker, crutches or cane if you use one", "su bastón si lo usa": an everyday aid
   * everyone is told to bring if they have one, not the recipient's care (the caller asks it only
   * of words that are often everyday ones: "bring your CPAP mask if you have one" still reveals).
   */
  private static boolean ifYouUseOne(Tokens t, int last, int sLast) {
    for (int k = last + 1; k + 2 <= Math.min(sLast, last + 8); k++) {
      if (t.isAny(k, "if") && t.isAny(k + 1, "you") && k + 3 <= sLast
          && t.isAny(k + 2, "use", "have", "wear", "own", "need")
          && t.isAny(k + 3, "one", "them", "it", "any")) {
        return true;
      }
      if (t.isAny(k, "si") && (t.isAny(k + 1, "lo", "la", "los", "las")
              && t.isAny(k + 2, "usa", "tiene", "necesita")
          || t.isAny(k + 1, "usa", "tiene") && t.isAny(k + 2, "uno", "una"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Kids with allergies or asthma need...": people in general who have the condition (in a
   * sentence without "you": "your program for adults with anxiety" is the recipient's).
   */
  private static boolean peopleWith(Tokens t, int first) {
    // "with" right before, or before a list the term ends: "with asthma, COPD or heart disease"
    int w = first - 1;
    if (w >= 0 && !t.isAny(w, "with", "con")) {
      boolean list = false;
      for (w = first - 1; w >= Math.max(0, first - 5) && !t.isAny(w, "with", "con"); w--) {
        list |= t.isAny(w, "or", "and", "o", "y", "&") || t.originalGap(w, w + 1).contains(",");
      }
      if (!list) {
        return false;
      }
    }
    if (w < 1 || !t.isAny(w, "with", "con")) {
      return false;
    }
    // the people, perhaps with their ages: "adults 40-75 with", "mujeres de 18 a 45 años con"
    for (int k = w - 1; k >= Math.max(0, w - 6); k--) {
      if (OTHER_PEOPLE.contains(t, k)) {
        return true;
      }
      if (!(t.type(k) == Tokens.NUMBER || AGE_RANGE_WORDS.contains(t, k))) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet AGE_RANGE_WORDS = words(
      " to a de and y ages aged age years old older over under anos edad entre mayores ");

  private static final WordSet SUBJECT_VERBS = words(
      " started starts got gets has had was is took takes needs began tiene tuvo empezo recibio"
          + " comenzo necesita faced fought battled survived beat enfrento lucho vencio may"
          + " cannot can't must"
          // "Sofía se cayó en el recreo", "Noah fell at recess", "Sofía vomitó"
          + " se fell vomited vomito ");

  private static final Detection[] NO_NAMES = new Detection[0];

  /** The NAME detections without a possessive, by start. */
  private static Detection[] plainNames(List<Detection> out) {
    return out.stream()
        .filter(d -> d.category == Category.NAME && !d.has(Detection.POSSESSIVE))
        .sorted((x, y) -> Integer.compare(x.start, y.start))
        .toArray(Detection[]::new);
  }

  /**
   * A NAME at the start of the sentence beginning at {@code sFirst}, or right after the
   * addressee, followed by a verb ("Hannah started...", "Ethan got his noon dose..."): a message
   * to "you" that tells what a named person did is about someone else.
   */
  private static boolean nameIsSubject(Tokens t, Detection[] names, int sFirst) {
    if (sFirst >= t.size()) {
      return false;
    }
    int start = t.originalStart(sFirst);
    if (sFirst + 1 < t.size() && TITLE_ABBREVIATIONS.contains(t, sFirst)) {
      start = t.originalStart(sFirst + 1); // "Mrs. Bell, Hannah started": the name after the title
    }
    // only the names that open the sentence or follow its first name: a binary search, then
    // at most the first two (checking a message must stay linear in its findings)
    int lo = 0;
    int hi = names.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (names[mid].start < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int x = lo; x < Math.min(names.length, lo + 2); x++) {
      Detection d = names[x];
      int first = firstToken(t, d.start);
      // the sentence's first words, or right after the addressee: "Mrs. Bell, Hannah started"
      boolean opens = d.start == start || (x == lo + 1 && names[lo].start == start
          && first >= 1 && t.originalGap(first - 1, first).trim().equals(",")
          && names[lo].end == t.originalEnd(first - 1));
      if (!opens) {
        continue;
      }
      int after = lastToken(t, d.end) + 1;
      if (after < t.size() && SUBJECT_VERBS.contains(t, after)
          && t.originalGap(after - 1, after).trim().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** "you", "u", "usted": a sentence holding one speaks to the recipient. */
  private static final WordSet YOU = words(" you u usted ");

  private static final WordSet EPIDEMIC_AFTER = words(
      " cases case outbreak outbreaks exposure exposures casos caso brote brotes exposicion ");

  /**
   * "a case of whooping cough has been confirmed in a classroom", "measles cases in two
   * counties", "exposed to hepatitis A", "a person later diagnosed with measles": the condition
   * of cases, outbreaks and exposures, not the recipient's diagnosis.
   */
  private static boolean epidemicFrame(Tokens t, int first, int last, int sFirst) {
    if (last + 1 < t.size() && EPIDEMIC_AFTER.contains(t, last + 1)) {
      return true;
    }
    for (int k = first - 1; k >= Math.max(sFirst, first - 5); k--) {
      if (t.isAny(k, "of", "de") && k >= 1 && t.isAny(k - 1, "case", "cases", "caso", "casos",
          "outbreak", "brote")) {
        return true;
      }
      if (t.isAny(k, "exposed", "exposure", "expuesto", "expuesta", "expuestos")) {
        return true;
      }
      if (t.isAny(k, "diagnosed", "diagnosticado", "diagnosticada") && k >= 1
          && t.isAny(k - 1, "later", "person", "passenger", "someone", "worker", "student",
              "persona", "alguien", "posteriormente")) {
        return true;
      }
    }
    return false;
  }

  /** Words that tell a condition's course between "your" and it: "your relapsing MS". */
  private static final WordSet COURSE_BEFORE = words(
      " relapsing remitting relapsing-remitting progressive recurrent recurring ");

  /**
   * The condition at {@code first} is the recipient's by "your" before it ("your heart failure"),
   * perhaps with its course between ("your relapsing multiple sclerosis"). A less certain term
   * counts only with time around it: "since your stroke", "after your seizure" are events in the
   * recipient's history, where "your stroke" alone may be a swimmer's.
   */
  private static boolean yoursAt(Tokens t, int first, double confidence) {
    int k = first - 1;
    if (k > 0 && COURSE_BEFORE.contains(t, k)) {
      k--;
    }
    if (k < 0 || !YOUR.contains(t, k)) {
      return false;
    }
    return confidence >= 0.8 || (confidence >= 0.5 && k > 0
        && t.isAny(k - 1, "since", "after", "following", "desde", "tras"));
  }

  /** "f/u for your lumbar strain": the clinician's shorthand for a follow-up, shortly before. */
  private static boolean followUpShorthandBefore(Tokens t, int first) {
    for (int k = first - 1; k >= Math.max(1, first - 5); k--) {
      if (TermDetector.followUpShorthandAt(t, k - 1)) {
        return true;
      }
    }
    return false;
  }

  /** One of {@code words} among tokens {@code [first, last]}. */
  static boolean anyWithin(Tokens t, int first, int last, WordSet words) {
    for (int k = first; k <= last; k++) {
      if (words.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** One of {@code words} within {@code window} tokens after {@code last}, in the sentence. */
  private static boolean anyAfter(Tokens t, int last, int sLast, int window, WordSet words) {
    return words.containsAny(t, last + 1, Math.min(sLast, last + window) + 1);
  }

  private static final WordSet TREATMENTS = words(" chemotherapy chemo radiation radiotherapy"
      + " infusion infusions dialysis treatment treatments quimioterapia quimio radioterapia"
      + " radiacion infusiones dialisis tratamiento tratamientos ");

  private static final WordSet ADMITTED_VERBS = WordSet.of(
      "salio", "salieron", "hospitalizada", "hospitalizado", "ingresada", "ingresado", "internada",
      "internado");

  /** "there is a fracture", "came back as melanoma", "salió con infección". */
  private static boolean phraseBefore(Tokens t, int first, int sFirst) {
    for (int k = first - 1; k >= Math.max(sFirst + 1, first - 4); k--) {
      if (t.is(k - 1, "there") && t.isAny(k, "is", "are", "was", "were")) {
        return true;
      }
      if (k >= 2 && t.is(k, "as") && t.is(k - 1, "back") && t.is(k - 2, "came")) {
        return true;
      }
      // "you're a carrier for one cystic fibrosis variant": what a genetic test found
      if (t.isAny(k, "for", "of", "de") && t.isAny(k - 1, "carrier", "carriers", "portador",
          "portadora") && k >= 2 && t.isAny(k - 2, "a", "are", "is", "un", "una", "es")) {
        return true;
      }
      // "your biopsy was read as melanoma", "flagged as", "coded as": what a reader called it
      if (t.is(k, "as") && t.isAny(k - 1, "read", "interpreted", "flagged", "coded", "classified",
          "diagnosed", "reported")) {
        return true;
      }
      if (t.isAny(k, "con", "por") && ADMITTED_VERBS.contains(t, k - 1)) {
        return true;
      }
      // "la biopsia del lunar salió carcinoma basocelular": what a test came out as
      if (k == first - 1 && t.isAny(k, "salio", "salieron", "resulto", "resultaron")) {
        return true;
      }
      // "referring you to neurosurgery for the herniated disc": why the recipient is referred
      if (k == first - 1 || k == first - 2 && t.isAny(first - 1, "the", "your", "su", "la", "el")) {
        if (t.isAny(k, "for", "por", "para") && anyBefore(t, k, sFirst, 6, REFERRALS)) {
          return true;
        }
      }
      // "pt c/o chest tightness", "c/o SOB and chest tightness": what the patient complains of
      if (t.is(k, "o") && k >= 1 && t.is(k - 1, "c") && "/".equals(t.originalGap(k - 1, k))) {
        return true;
      }
      // "se trata de un carcinoma basocelular": what it is
      if (t.is(k, "de") && t.is(k - 1, "trata") && k >= 2 && t.is(k - 2, "se")) {
        return true;
      }
      // "por sus crisis convulsivas no debe manejar", "because of your seizures", "due to your
      // diabetes", "because of her milk protein allergy": a condition given as a reason
      if (k == first - 1 && k >= 2 && (t.type(k) == Tokens.NUMBER || hasDigit(t, k))
          && t.isAny(k - 1, "your", "ur", "her", "his", "su", "sus")
          && (t.is(k - 2, "por") || k >= 3 && t.isAny(k - 2, "of", "to", "a")
              && t.isAny(k - 3, "because", "due", "debido"))) {
        return true; // "because of your L5 radiculopathy"
      }
      if (k == first - 1 && t.isAny(k, "sus", "su", "your", "ur", "her", "his", "their") && k >= 1
          && (t.is(k - 1, "por") || t.isAny(k - 1, "of", "to", "a") && k >= 2
              && t.isAny(k - 2, "because", "due", "debido"))) {
        return true;
      }
      if (t.isAny(k, "for", "with", "as") && t.isAny(k - 1, "hospitalized", "admitted", "treated",
          "diagnosed", "seen", "code", "coded", "billed")) {
        return true;
      }
      // "is under my care for", "bajo nuestro cuidado por"
      if (t.isAny(k, "for", "por") && t.isAny(k - 1, "care", "cuidado") && k >= 3
          && t.isAny(k - 3, "under", "bajo")) {
        return true;
      }
      // "Dr. Oduya saw some swelling", "vio una mancha" ("saw you for your asthma check" is a
      // visit)
      if (t.isAny(k, "saw", "vio", "vimos") && k + 1 < first
          && onlyDeterminers(t, k + 1, first)) {
        return true;
      }
      // "this could be strep throat", "you may have the flu", "sus síntomas podrían deberse a
      // una infección": what the recipient's own symptoms point to
      if (k >= 2 && t.isAny(k, "be", "have", "ser", "deberse", "tener") && MODALS.contains(t, k - 1)
          && GUESS_SUBJECTS.contains(t, k - 2) && onlyGuessFillers(t, k + 1, first)) {
        return true;
      }
      // "the team is treating the pneumonia", "estamos tratando la infección"
      if (t.isAny(k, "treating", "tratando", "tratamos") && onlyDeterminers(t, k + 1, first)) {
        return true;
      }
      // "your chemotherapy for breast cancer", "su quimioterapia para cáncer de mama": what
      // someone's treatment treats ("your visit for knee pain" is a visit's label, "free
      // treatment for head lice" an offer)
      if (t.isAny(k, "for", "para", "por") && k >= 2 && TREATMENTS.contains(t, k - 1)
          && t.isAny(k - 2, "your", "ur", "su", "tu", "his", "her", "sus", "tus")
          && onlyDeterminers(t, k + 1, first)) {
        return true;
      }
      // "the ortho report says 'partial ACL tear'", "el informe dice": a report's words ("the
      // report says your asthma follow-up is ..." tells the recipient's logistics)
      if (t.isAny(k, "says", "said", "reads", "states", "stated", "dice", "decia")
          && anyBefore(t, k, sFirst, 5, REPORT_NOUNS) && !anyWithin(t, k + 1, first - 1, YOUR)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet YOUR = words(" your ur yr su tu sus tus ");

  private static final WordSet MODALS = words(
      " could might may probably likely podria podrian puede pueden ");

  private static final WordSet GUESS_SUBJECTS = words(
      " this it that you u symptoms sintomas esto eso usted ");

  private static final String DETERMINERS_TEXT =
      " the a an her his your their this that la el los las su sus some una un unas unos algo ";

  private static final WordSet DETERMINERS = words(DETERMINERS_TEXT);

  /** Articles, possessives and "due to", "a", "de", "from": what may stand inside a guess. */
  private static final WordSet GUESS_FILLERS = words(DETERMINERS_TEXT + " due to de from ");

  /** Tokens {@code [from, to)} are all articles or possessives ("the", "her", "su"). */
  private static boolean onlyDeterminers(Tokens t, int from, int to) {
    return allIn(t, from, to, DETERMINERS);
  }

  /** Tokens {@code [from, to)} are articles or "due to", "a", "de" only. */
  private static boolean onlyGuessFillers(Tokens t, int from, int to) {
    return allIn(t, from, to, GUESS_FILLERS);
  }

  /** Every token of {@code [from, to)} is one of {@code words}. */
  private static boolean allIn(Tokens t, int from, int to, WordSet words) {
    for (int k = from; k < to; k++) {
      if (!words.contains(t, k)) {
        return false;
      }
    }
    return true;
  }

  private static final WordSet REPORT_NOUNS = WordSet.of(
      "report", "results", "result", "diagnosis", "dx", "findings", "impression", "panel", "biopsy",
      "emg", "eeg", "ekg", "ecg", "echo", "mammogram", "colonoscopy", "endoscopy",
      "x-rays", "xrays", "x-ray", "xray", "mri", "scan", "ct", "ultrasound", "films",
      "pathology", "informe", "resultado", "resultados", "diagnostico", "hallazgos", "diagnoses",
      "photos", "images", "fotos", "imagenes",
      "diagnosticos", "problems", "problemas", "assessment", "referral", "referencia");

  /** Field labels of a list of conditions: "Problem list: A, B, C", "Diagnoses: ...". */
  private static final WordSet CONDITION_LIST_LABELS = WordSet.of("diagnosis", "dx",
      "diagnostico", "diagnoses", "diagnosticos", "problems", "problemas", "referral",
      "referencia");

  /** "Pathology report: basal cell" — a report or result noun and a colon before the term. */
  private static boolean reportColonBefore(Analysis a, int first, int sFirst) {
    Tokens t = a.tokens();
    String o = a.original();
    for (int k = first - 1; k >= Math.max(sFirst, first - 4); k--) {
      // "Biopsy results: benign", "your biopsy results - two tubular adenomas"
      if (REPORT_NOUNS.contains(t, k) && colonOrDash(t.originalGap(k, first))) {
        return true;
      }
      // "Dx F41.1 generalized anxiety disorder": the label, a code, then the condition
      if (t.isAny(k, "dx", "diagnosis", "diagnostico") && codesBetween(t, k + 1, first)) {
        return true;
      }
    }
    // "Diagnosis code(s) on the order: K22.70 Barrett's esophagus": a longer diagnosis label;
    // "Lista de problemas actualizada: Diabetes tipo 2, Hipertensión, Depresión": a list;
    // "Resultados de su resonancia de hombro: desgarro parcial del manguito rotador y
    // tendinitis": a report's label of a few words, then its findings
    for (int k = first - 1; k >= Math.max(sFirst, first - 12); k--) {
      if ((CONDITION_LIST_LABELS.contains(t, k) || REPORT_NOUNS.contains(t, k)
              && colonWithin(t, k, Math.min(first, k + 6)))
          && t.originalGap(k, first).contains(":")) {
        return true;
      }
    }
    return false;
  }

  /** A colon follows one of tokens {@code [k, to)}. */
  private static boolean colonWithin(Tokens t, int k, int to) {
    for (int j = k; j < to && j + 1 < t.size(); j++) {
      if (t.originalGap(j, j + 1).indexOf(':') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The text between a label and its content sets it off: a colon, or a dash between spaces. */
  private static boolean colonOrDash(String gap) {
    return gap.indexOf(':') >= 0 || gap.contains(" - ") || gap.contains(" \u2013 ")
        || gap.contains(" \u2014 ");
  }

  /** Tokens {@code [from, to)} are codes ("F41", "1", "K22.70"): each holds a digit. */
  private static boolean codesBetween(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!hasDigit(t, k)) {
        return false;
      }
    }
    return true;
  }

  private static final WordSet INSTRUCTION_VERBS = words(
      " take apply change keep do use avoid wear elevate ice rest walk lift don't dont limit"
          + " drink eat clean wash remove cover soak stretch bend follow tome aplique cambie"
          + " mantenga haga use evite lleve eleve descanse camine levante limite beba coma"
          + " limpie lave retire cubra tome siga no empty flush drain rinse record inject"
          + " inhale vacie enjuague anote registre mida drene inyecte inhale irrigue"
          // the infinitive after "recuerde": "recuerde hacer sus ejercicios ... y ponerse hielo"
          + " hacer ponerse aplicar usar mantener elevar tomar limpiar cambiar"
          // "Swish 5 mL for 1 minute then spit, 4 times a day"
          + " swish gargle spit gargaree ");

  /** How many tokens apart a verb and its schedule may be ("change the dressing ... twice a day"). */
  private static final int SCHEDULE_REACH = 16;

  private static final WordSet SCHEDULE = words(
      " daily twice nightly weekly hourly diario diaria diariamente ");

  /**
   * Care or treatment instructions: an instruction verb and a schedule in the same message
   * ("do the exercises ... twice a day", "change the dressing every day", "no levante más de 2
   * kilos ... por 4 semanas").
   */
  private static boolean treatmentInstruction(Analysis a) {
    Tokens t = a.tokens();
    int n = t.size();
    // the schedule goes with a verb close to it, not one paragraphs away
    int lastVerb = -1;
    int lastSchedule = -1;
    for (int i = 0; i < n; i++) {
      if (INSTRUCTION_VERBS.contains(t, i) && imperativePosition(a, i)
          && (!t.is(i, "no") || noWithItsSchedule(a, i))) {
        lastVerb = i;
      }
      if (scheduleAt(t, i)) {
        lastSchedule = i;
      }
      if (lastVerb >= 0 && lastSchedule >= 0
          && Math.abs(lastVerb - lastSchedule) <= SCHEDULE_REACH
          && (lastVerb <= lastSchedule || sentenceFirstToken(a, lastVerb)
              <= lastSchedule)) {
        // a schedule in an earlier sentence is not the later verb's ("an adult must stay with
        // you for 24 hours. - Wear loose clothing"): that sentence had its own verb or none
        return true;
      }
      // "Keep the stitches dry and covered", "keep splint on at all times", "mantenga la herida
      // limpia": a wound or a device kept a certain way is care, with or without a schedule
      if (t.isAny(i, "keep", "mantenga", "mantener") && keptForCare(t, i)) {
        return true;
      }
      // "no lifting over 10 lbs until 6/20", "no running or gym until cleared", "no swimming for
      // 3 days": an activity held back for a while is a restriction, a care instruction
      if (restrictionAt(t, i)) {
        return true;
      }
      // "finish all 10 days", "termine los 7 días": finishing a course is an instruction and its
      // schedule at once ("complete the forms" is neither)
      if (COURSE_VERBS.contains(t, i) && coursePhrase(t, i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet RESTRICTED = words(" lifting running jogging swimming bending"
      + " contact sports gym exercise exercising workouts squats lunges soaking baths bathing tub"
      + " strenuous straining pushing pulling intercourse sex levantar cargar correr"
      + " nadar ejercicio deportes agacharse ");

  private static final WordSet BEFORE_WORDS = words(" before prior antes previo ");

  /**
   * "no [heavy] lifting over 10 lbs", "no running or gym until cleared", "no swimming for 3
   * days": "no" before an activity, then how long or how much, within the clause.
   */
  private static boolean restrictionAt(Tokens t, int i) {
    int n = t.size();
    if (!t.isAny(i, "no", "avoid", "evite", "nada") || i + 1 >= n
        || !RESTRICTED.contains(t, i + 1) && !(i + 2 < n && RESTRICTED.contains(t, i + 2))) {
      return false;
    }
    // ("no food for 6 hrs before, no hard exercise for 24 hrs": a test's preparation)
    if (anyWithin(t, Math.max(0, i - 12), Math.min(n - 1, i + 12), BEFORE_WORDS)) {
      return false;
    }
    for (int k = i + 2; k < Math.min(n - 1, i + 9); k++) {
      if (t.gapContains(k - 1, k, '.') || t.gapContains(k - 1, k, '\n')) {
        return false;
      }
      if (t.isAny(k, "until", "till", "til", "hasta")
          || t.isAny(k, "for", "por", "over", "more", "mas") && isNumberish(t.term(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet CARE_STATES = words(" dry clean covered elevated seco seca"
      + " limpio limpia cubierto cubierta elevado elevada ");

  private static final WordSet KEPT_THINGS = words(" stitches sutures incision wound dressing"
      + " bandage splint cast brace sling cut site puntos herida vendaje venda ferula yeso"
      + " laceration burn quemadura ");

  /**
   * "keep [the stitches on your left hand] dry", "keep splint on at all times": after "keep",
   * within six words, a wound or a device and how to keep it ("it" when the message names the
   * wound: "your finger laceration took 4 stitches. Keep it dry"; "Keep it dry" of a recorder to
   * return is no care).
   */
  private static boolean keptForCare(Tokens t, int keep) {
    int n = t.size();
    boolean thing = false;
    for (int k = keep + 1; k < Math.min(n, keep + 8); k++) {
      thing |= KEPT_THINGS.contains(t, k)
          || t.isAny(k, "it", "area") && anyWithin(t, 0, n - 1, KEPT_THINGS);
      if (thing && (CARE_STATES.contains(t, k) || t.is(k, "on") && k + 2 < n
          && t.is(k + 1, "at") && t.is(k + 2, "all"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "every day", "twice", "3 times a day", "for 2 weeks", "10 reps" at token {@code i}: how often
   * or how long something is to be done.
   */
  private static boolean scheduleAt(Tokens t, int i) {
    int n = t.size();
    return SCHEDULE.contains(t, i)
        || (SCHEDULE_LEADS.contains(t, i) && ((t.isAny(i, "every", "cada") && i + 1 < n
            && (isNumberish(t.term(i + 1)) || t.isAny(i + 1, "day", "dia", "night", "noche",
                "morning", "manana", "meal", "meals", "comida", "comidas")))
        // "wear them 22 hrs/day", "wear it full time", "úselo todo el tiempo"
        || wornHowLong(t, i)
        || (t.isAny(i, "times", "veces") && i + 2 < n && t.isAny(i + 1, "a", "al", "per",
            "por") && t.isAny(i + 2, "day", "dia", "week", "semana"))
        || (t.isAny(i, "for", "por", "durante") && i + 2 < n && isNumberish(t.term(i + 1))
            && t.isAny(i + 2, "days", "weeks", "dias", "semanas", "hours", "horas")
            && !(i + 3 < n && PREPARATION.contains(t, i + 3)))
        || (t.isAny(i, "sets", "series", "reps", "repeticiones") && i > 0
            && isNumberish(t.term(i - 1)))
        || (t.is(i, "at") && minutesBefore(t, i) && i + 2 < n && t.is(i + 1, "a")
            && t.is(i + 2, "time"))));
  }

  /** "15 min", "20 minutes" right before {@code i}: "ice it 15 min at a time". */
  private static boolean minutesBefore(Tokens t, int i) {
    return i >= 2 && t.isAny(i - 1, "min", "mins", "minutes", "minutos")
        && isNumberish(t.term(i - 2));
  }

  /**
   * "No baths for 2 weeks", "no levante nada por 4 semanas": a sentence-initial "no" is a
   * prohibition only with its schedule in the same sentence; "No signature is needed. Refills ship
   * every 30 days" prohibits nothing.
   */
  private static boolean noWithItsSchedule(Analysis a, int i) {
    Tokens t = a.tokens();
    for (int k = i + 1; k < Math.min(t.size(), i + 10); k++) {
      if (t.originalGap(k - 1, k).chars().anyMatch(ch -> ch == '.' || ch == '!' || ch == '?'
          || ch == '\n')) {
        return false;
      }
      if (scheduleAt(t, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "for 24 hours before", "por 8 horas antes": how long to prepare for a visit or test, which is
   * logistics, not a course of treatment.
   */
  private static final WordSet PREPARATION = WordSet.of("before", "beforehand", "prior",
      "ahead", "antes", "previas", "previos");

  /** The first words of the schedule phrases above: one bit test per token instead of 13. */
  private static final WordSet SCHEDULE_LEADS = WordSet.of("every", "cada", "times", "veces",
      "for", "por", "durante", "sets", "series", "reps", "repeticiones", "at", "full", "todo",
      "hrs", "hours", "horas", "hr");

  /**
   * How long a device is to be worn, at token {@code i}: "full time", "full-time", "todo el
   * tiempo", "22 hrs/day", "20 hours a day".
   */
  private static boolean wornHowLong(Tokens t, int i) {
    int n = t.size();
    if (t.is(i, "full")) {
      return i + 1 < n && t.is(i + 1, "time");
    }
    if (t.is(i, "todo")) {
      return i + 2 < n && t.is(i + 1, "el") && t.is(i + 2, "tiempo");
    }
    if (!t.isAny(i, "hrs", "hours", "horas", "hr") || i == 0 || !isNumberish(t.term(i - 1))
        || i + 1 >= n) {
      return false;
    }
    return t.isAny(i + 1, "day", "dia")
        || i + 2 < n && t.isAny(i + 1, "a", "per", "al", "por") && t.isAny(i + 2, "day", "dia");
  }

  private static final WordSet COURSE_VERBS = WordSet.of("finish", "complete", "termine",
      "terminar", "completa", "acabe");

  /** "all 10 days", "the full 7 days", "los 7 días", "todas las 6 dosis" from token {@code k}. */
  private static boolean coursePhrase(Tokens t, int k) {
    int n = t.size();
    int p = k;
    while (p < n && p < k + 3 && t.isAny(p, "all", "the", "full", "los", "las", "todos",
        "todas", "your", "sus")) {
      p++;
    }
    return p > k && p + 1 < n && isNumberish(t.term(p)) && COURSE_UNITS.contains(t, p + 1);
  }

  private static final WordSet COURSE_UNITS = WordSet.of("days", "weeks", "doses", "dias",
      "semanas", "dosis");

  private static final WordSet IMPERATIVE_LEADS = WordSet.of(
      "please", "pls", "favor", "no", "and", "y", "then", "luego", "also",
      // "recuerde hacer sus ejercicios"
      "recuerde", "recuerda");

  /** The verb starts a sentence or clause, or follows "please", "por favor", "no". */
  private static boolean imperativePosition(Analysis a, int i) {
    Tokens t = a.tokens();
    if (i == 0) {
      return true;
    }
    if (IMPERATIVE_LEADS.contains(t, i - 1)) {
      return true;
    }
    String o = a.original();
    String gap = t.originalGap(i - 1, i);
    return gap.contains(".") || gap.contains(":") || gap.contains(";") || gap.contains("\n")
        || gap.contains("!");
  }

  /** "take/place/use N tablets", "twice a day", "cada 8 horas" anywhere in the message. */
  private static boolean doseInstructionAnywhere(Tokens t) {
    int n = t.size();
    for (int i = 0; i + 1 < n; i++) {
      if (DOSING_VERBS.contains(t, i) || ADMINISTERED.contains(t, i)
          || t.isAny(i, "place", "coloque")) {
        for (int k = i + 1; k < Math.min(n, i + 4); k++) {
          if (DOSE_UNITS.contains(t, k) && isNumberish(t.term(k - 1))) {
            return true;
          }
          if (t.isAny(k, "half", "media", "medio") && k + 2 < n
              && DOSE_UNITS.contains(t, k + 2)) {
            return true;
          }
        }
      }
      // "start the new dose of 0.5 mg", "empiece la dosis de 10 mg": the verb, its dose, the
      // amount
      if (DOSING_VERBS.contains(t, i)) {
        for (int k = i + 1; k < Math.min(n - 3, i + 5); k++) {
          if (t.isAny(k, "dose", "dosis") && t.isAny(k + 1, "of", "de")
              && isNumberish(t.term(k + 2)) && DOSE_UNITS.contains(t, k + 3)) {
            return true;
          }
        }
      }
      // "le subió la dosis a 24 unidades", "raised your dose to 40 units": the verb, the dose,
      // then what it became
      if (DOSING_VERBS.contains(t, i)) {
        for (int k = i + 1; k < Math.min(n - 3, i + 4); k++) {
          if (t.isAny(k, "dose", "dosis", "dosage") && t.isAny(k + 1, "to", "a")
              && isNumberish(t.term(k + 2)) && DOSE_UNITS.contains(t, k + 3)) {
            return true;
          }
        }
      }
      // "go up to 1.7 mg", "lower the basal rate from 0.8 to 0.7 units/hr"
      if (doseChangeEnd(t, i) >= 0) {
        return true;
      }
      // "your dose drops to 60 mg", "su dosis de metadona baja a 60 mg"
      if (DOSE_CHANGES.contains(t, i) && doseNounBefore(t, i)) {
        for (int k = i + 1; k < Math.min(n, i + 5); k++) {
          if (DOSE_UNITS.contains(t, k) && isNumberish(t.term(k - 1))) {
            return true;
          }
        }
      }
      if (!PHRASE_LEADS.contains(t, i)) {
        continue; // one bit test for the phrases below
      }
      if (amountAtTimeOfDay(t, i)) {
        return true;
      }
      if (doseOfTheDay(t, i)) {
        return true;
      }
      // "Aplíquese una pluma cada 14 días", "take both together each morning": how often,
      // after a dosing verb in the same stretch
      if (EVERY_OR_EACH.contains(t, i) && i + 1 < n && periodAfter(t, i + 1)
          && anyBefore(t, i, 0, 6, DOSING_VERBS)) {
        return true;
      }
      // a dose changed or held, the amount unsaid; a drug skipped or held (doseHeldOrChanged)
      if (doseHeldOrChanged(t, i)) {
        return true;
      }
      // "don't double up", "no duplique la dosis"
      if ((t.is(i, "double") && t.is(i + 1, "up")) || t.is(i, "duplique")) {
        return true;
      }
      // "do not stop it suddenly", "don't start the new medicine", "no la suspenda"
      if (TOLD_NOT_TO.contains(t, i) && i > 0 && NEGATIONS.contains(t, i - 1)
          && i + 1 < n && drugObject(t, i + 1)) {
        return true;
      }
      // "keep taking it on an empty stomach", "tómela con el estómago vacío"
      if (((t.is(i, "empty") && t.is(i + 1, "stomach"))
          || (t.is(i, "estomago") && t.is(i + 1, "vacio")))
          && anyBefore(t, i, 0, 8, DOSING_VERBS)) {
        return true;
      }
      if (t.isAny(i, "twice", "thrice") && t.isAny(i + 1, "a", "daily", "per")) {
        return true;
      }
      if (t.isAny(i, "every", "cada") && i + 2 < n && isNumberish(t.term(i + 1))
          && t.isAny(i + 2, "hours", "hrs", "horas", "hr")) {
        return true;
      }
      if (t.is(i, "veces") && i + 2 < n && t.isAny(i + 1, "al", "por")
          && t.is(i + 2, "dia")) {
        return true;
      }
    }
    // the loop stops before the last token: "... restart you at the lower dose."
    return n > 0 && (doseAdjusted(t, n - 1) || doseOfTheDay(t, n - 1));
  }

  /** "within 2 hrs of your bedtime dose", "skip your morning dose": when the drug is taken. */
  private static boolean doseOfTheDay(Tokens t, int i) {
    return i > 0 && DOSE_NOUNS.contains(t, i)
        && (DAY_PARTS.contains(t, i - 1) || t.is(i - 1, "nightly"));
  }

  private static final WordSet IF_WORDS = words(" if si ");

  /**
   * A condition in brackets right after a person's name: "camper Henry Adeyemi (peanut
   * allergy)", "pt Ruiz (diabetic)": a roster's note of that person's condition.
   */
  private static boolean nameBracketBefore(Tokens t, List<Detection> out, int first) {
    if (first < 1 || !t.originalGap(first - 1, first).trim().equals("(")) {
      return false;
    }
    int end = t.originalEnd(first - 1);
    for (Detection n : out) {
      if (n.category == Category.NAME && n.end == end) {
        return true;
      }
    }
    return false;
  }

  /** What follows a disease named as a vaccine: "varicella dose", "hepatitis B series". */
  private static final WordSet VACCINE_AFTER = words(" dose doses shot shots vaccine vaccines"
      + " booster boosters series titer titers vacuna vacunas dosis refuerzo ");

  /** "wants you to hold", "please hold", or "hold" opening a sentence: the patient is to hold. */
  private static boolean toldToHold(Tokens t, int i) {
    return i == 0 || t.isAny(i - 1, "please", "pls")
        || i >= 2 && t.is(i - 1, "to") && t.isAny(i - 2, "you", "u");
  }

  /**
   * "your methadone dose has to be lowered", "hold tomorrow's morning dose", "tendremos que
   * bajarle la dosis": a dose changed or held, the amount unsaid; "Dr. Pham wants you to skip it
   * on weekends", "wants you to hold it 2 more days": a drug named before, skipped or held (not a
   * prep line's "if you take calcium, skip it that morning", nor a pharmacy's "we'll hold it until
   * 6/7"). Out of doseInstructionAnywhere's loop, whose size bounds what the compiler inlines.
   */
  private static boolean doseHeldOrChanged(Tokens t, int i) {
    if (doseAdjusted(t, i)) {
      return true;
    }
    return (t.is(i, "skip") || t.is(i, "hold") && toldToHold(t, i)) && i + 1 < t.size()
        && DRUG_PRONOUNS.contains(t, i + 1) && !anyBefore(t, i, 0, 8, IF_WORDS);
  }

  /** A dose noun at {@code i} with a word that changes or holds it within four tokens. */
  private static boolean doseAdjusted(Tokens t, int i) {
    if (!DOSE_NOUNS.contains(t, i)) {
      return false;
    }
    for (int k = Math.max(0, i - 4); k <= Math.min(t.size() - 1, i + 4); k++) {
      if (k != i && DOSE_ADJUSTS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  private static final String GO_TEXT = " go going goes went ";

  private static final WordSet GO_VERBS = words(GO_TEXT);

  /** Verbs that change a dose when a new amount follows ("increase to 20 units"). */
  private static final String CHANGE_TEXT =
      " increase decrease lower raise reduce cut bump drop titrate taper aumente aumentar"
          + " increased decreased lowered raised reduced bumped increasing decreasing lowering"
          + " raising reducing bumping tapering titrating"
          + " aumentaremos disminuya disminuir baje bajar bajaremos suba subir subiremos reduzca"
          + " reducir ";

  private static final WordSet CHANGE_VERBS = words(CHANGE_TEXT);

  private static final WordSet DOSE_CHANGE_LEADS = words(GO_TEXT + CHANGE_TEXT);

  /**
   * The token of the unit ending a dose change that starts at {@code i}, or -1: a change verb (or
   * "go up"/"go down") and, within the next eight tokens, "to"/"a" + an amount + a dose unit:
   * "go up to 1.7 mg", "lower the overnight basal rate from 0.8 to 0.7 units/hr", "baje a 10
   * unidades". A new amount of a drug is a dose whether or not the drug is named.
   */
  static int doseChangeEnd(Tokens t, int i) {
    if (!DOSE_CHANGE_LEADS.contains(t, i)) {
      return -1; // one bit test for most tokens
    }
    int n = t.size();
    int k = i + 1;
    if (GO_VERBS.contains(t, i) && k < n && t.isAny(k, "up", "down")) {
      k++;
    } else if (GO_VERBS.contains(t, i) && k < n && t.is(k, "to")) {
      // "ur lamotrigine goes to 100mg AM + 100mg PM": the amount right after is the new dose
      if (!(k + 2 < n && isNumberish(t.term(k + 1)) && DOSE_UNITS.contains(t, k + 2))
          && !gluedDose(t, k + 1)) {
        return -1;
      }
    } else if (!CHANGE_VERBS.contains(t, i)) {
      return -1;
    }
    for (int end = Math.min(n - 1, i + 9); k < end; k++) {
      if (!t.isAny(k, "to", "a", "from")) {
        continue; // "to 100 mg"; "raised it from 5 mg" names the old dose, a change too
      }
      if (k + 2 < n && isNumberish(t.term(k + 1)) && DOSE_UNITS.contains(t, k + 2)) {
        return k + 2;
      }
      if (gluedDose(t, k + 1)) {
        return k + 1; // "to 100mg"
      }
    }
    return -1;
  }

  /** An amount and its unit written as one token: "100mg", "0.5mg", "20units". */
  private static boolean gluedDose(Tokens t, int k) {
    char[] c = t.view().buffer();
    int s = t.start(k);
    if (!Character.isDigit(c[s])) {
      return false;
    }
    return t.endsWith(k, "mg") || t.endsWith(k, "mcg") || t.endsWith(k, "ml")
        || t.endsWith(k, "units") || t.endsWith(k, "unidades");
  }

  private static final String EVERY_OR_EACH_TEXT = " every each cada ";

  private static final WordSet EVERY_OR_EACH = words(EVERY_OR_EACH_TEXT);

  private static final String TOLD_NOT_TO_TEXT = " stop start skip take suspenda deje tome ";

  private static final WordSet TOLD_NOT_TO = words(TOLD_NOT_TO_TEXT);

  /** The first words of the dosing phrases read after dose changes, as one set. */
  private static final WordSet PHRASE_LEADS = words(EVERY_OR_EACH_TEXT + TOLD_NOT_TO_TEXT
      + DOSE_UNITS_TEXT
      + " double duplique empty estomago twice thrice veces dose doses dosage dosis skip hold ");

  /** When in the day a dose is taken: "at night", "en la noche", "in the morning". */
  private static final WordSet DAY_PARTS = words(" night bedtime morning evening noche manana"
      + " tarde mornings nights evenings ");

  /**
   * An amount and its unit at {@code unit}, then when in the day it is taken: "20 units at night",
   * "ahora son veinte unidades en la noche", "two puffs every morning", "1 tab nightly".
   */
  private static boolean amountAtTimeOfDay(Tokens t, int unit) {
    int n = t.size();
    if (unit < 1 || unit + 1 >= n || !DOSE_UNITS.contains(t, unit)
        || !isNumberish(t.term(unit - 1))) {
      return false;
    }
    if (FREQUENCY.contains(t, unit + 1)) {
      return true;
    }
    int k = unit + 1;
    if (!t.isAny(k, "at", "in", "en", "por", "every", "each", "cada", "before", "antes")) {
      return false;
    }
    k++;
    if (k < n && t.isAny(k, "the", "la", "las", "de")) {
      k++;
    }
    return k < n && DAY_PARTS.contains(t, k);
  }

  /**
   * Words that change or hold a dose without saying the new amount: "your dose has to be
   * lowered", "restart you at the lower dose", "hold tomorrow's morning dose", "bajarle la dosis".
   */
  private static final WordSet DOSE_ADJUSTS = words(
      " lowered raised increased decreased reduced cut halved doubled adjusted changed lower"
          + " reduce increase decrease raise adjust restart restarted hold skip bajar bajarle"
          + " bajarte bajamos subir subirle subirte reducir reducirle aumentar aumentarle"
          + " ajustar ajustarle cambiarle reiniciar suspender omitir skipping holding stopping"
          + " lowering raising increasing decreasing reducing ");

  private static final WordSet NEGATIONS = words(" not don't dont never no ");

  /** Pronouns for a drug named before: "stop it", "no la suspenda". */
  private static final WordSet DRUG_PRONOUNS = words(" it them la lo las los ");

  private static final WordSet DRUG_WORDS = words(
      " medicine medicines medication medications meds pill pills dose doses tablets prescription"
          + " medicina medicamento medicamentos pastillas dosis ");

  /** "it", "the new medicine", "your pills", "sus pastillas": what a told-not-to verb acts on. */
  private static boolean drugObject(Tokens t, int k) {
    if (DRUG_PRONOUNS.contains(t, k)) {
      return true;
    }
    // "do not stop taking it", "no deje de tomarla"
    if (t.isAny(k, "taking", "using", "tomando", "usando") && k + 1 < t.size()
        && DRUG_PRONOUNS.contains(t, k + 1)) {
      return true;
    }
    for (int j = k; j < Math.min(t.size(), k + 3); j++) {
      if (DRUG_WORDS.contains(t, j)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet PERIODS = words(
      " day days week weeks morning night evening dia dias semana semanas manana noche ");

  /** "14 days", "other week", "morning": a period after "every"/"cada" at {@code k}. */
  private static boolean periodAfter(Tokens t, int k) {
    if (PERIODS.contains(t, k) || t.is(k, "other")) {
      return true;
    }
    return isNumberish(t.term(k)) && k + 1 < t.size() && PERIODS.contains(t, k + 1);
  }

  private static final WordSet DOSE_CHANGES = words(
      " drops goes going changes changing increases decreases rises falls moves baja bajara sube"
          + " subira cambia cambiara aumenta aumentara disminuye disminuira pasa pasara queda"
          + " stays remains sigue seguira ");

  /** "dose", "dosage", "dosis" within five tokens before {@code i}. */
  private static boolean doseNounBefore(Tokens t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
      if (t.isAny(k, "dose", "doses", "dosage", "dosis", "dosage's")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClinical(Category c) {
    return c == Category.CONDITION || c == Category.PROCEDURE || c == Category.MEDICATION
        || c == Category.SPECIALTY || c == Category.RESULT;
  }

  private static WordSet words(String spaced) {
    return WordSet.of(spaced.trim().split(" +"));
  }

  /*
   * Token offsets in the original never decrease (the views' maps are monotonic), so the first
   * token ending after a position and the last one starting before it are found by binary search:
   * a linear scan here made checking a message with many findings quadratic.
   */
  static int firstToken(Tokens t, int originalStart) {
    int lo = 0;
    int hi = t.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.originalEnd(mid) > originalStart) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo < t.size() ? lo : -1;
  }

  static int lastToken(Tokens t, int originalEnd) {
    int lo = 0;
    int hi = t.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.originalStart(mid) < originalEnd) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int last = lo - 1;
    return last;
  }

  static int sentenceFirstToken(Analysis a, int tok) {
    Tokens t = a.tokens();
    int s = sentenceStart(a, t.originalStart(tok));
    int i = tok;
    while (i > 0 && t.originalStart(i - 1) >= s) {
      i--;
    }
    return i;
  }

  static int sentenceLastToken(Analysis a, int tok) {
    Tokens t = a.tokens();
    int e = sentenceEnd(a, t.originalStart(tok));
    int i = tok;
    while (i + 1 < t.size() && t.originalStart(i + 1) < e) {
      i++;
    }
    return i;
  }

  /** Sentence start: after ". ", "! ", "? ", a line break, or the start. */
  private static int sentenceStart(Analysis a, int offset) {
    String o = a.original();
    for (int p = offset - 1; p > 0; p--) {
      char c = o.charAt(p);
      if (c == '\n') {
        return p + 1;
      }
      if ((c == ' ') && p > 0) {
        char b = o.charAt(p - 1);
        if ((b == '.' && !titleDot(o, p - 1)) || b == '!' || b == '?' || b == ';') {
          return p;
        }
      }
    }
    return 0;
  }

  private static int sentenceEnd(Analysis a, int offset) {
    String o = a.original();
    for (int p = offset; p < o.length(); p++) {
      char c = o.charAt(p);
      if (c == '\n') {
        return p;
      }
      if ((c == '.' || c == '!' || c == '?' || c == ';')
          && (p + 1 == o.length() || o.charAt(p + 1) == ' ') && !(c == '.' && titleDot(o, p))) {
        return p;
      }
    }
    return o.length();
  }

  private static final WordSet TITLE_ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "dra",
      "sr", "sra", "srta", "st", "mt", "jr", "prof", "lic");

  /** The dot at {@code p} ends a title ("el Sr. Benítez", "Dr. Kim"), not a sentence. */
  private static boolean titleDot(String o, int p) {
    int s = p;
    while (s > 0 && Character.isLetter(o.charAt(s - 1)) && p - s < 5) {
      s--;
    }
    return s < p && (s == 0 || !Character.isLetter(o.charAt(s - 1))) && p + 2 < o.length()
        && Character.isUpperCase(o.charAt(p + 2))
        && TITLE_ABBREVIATIONS.contains(o.substring(s, p).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean anyBefore(Tokens t, int first, int sFirst, int window, WordSet words) {
    return words.containsAny(t, Math.max(sFirst, first - window), first);
  }

  /** The sentence ending at token {@code sLast} asks: "¿Su tos está mejor?". */
  static boolean question(Analysis a, int sLast) {
    Tokens t = a.tokens();
    String o = a.original();
    for (int p = t.originalEnd(sLast); p < o.length(); p++) {
      char c = o.charAt(p);
      if (c == '?') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != ')' && c != '"') {
        return false;
      }
    }
    return false;
  }

  /**
   * "Keep your child home with a fever of 100.4°F or higher, vomiting or diarrhea", "stay home
   * if you have a cough", "en casa si tiene fiebre": a rule for whoever has it, within twelve
   * words after "home" and its "with", "if" or "when".
   */
  private static boolean stayHomeRule(Tokens t, int first, int sFirst) {
    for (int k = first - 1; k >= Math.max(sFirst + 1, first - 12); k--) {
      if (t.isAny(k, "with", "if", "when", "con", "si", "cuando")
          && t.isAny(k - 1, "home", "casa")) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet HAVE = words(" have has had tiene tienen tuvo padece padecen ");

  /**
   * "Does your child have asthma, diabetes, seizures or a severe allergy?", "¿Su hijo(a) tiene
   * asma, diabetes o convulsiones?": a question that lists conditions (two or more) after "have"
   * asks a form's question of everyone; it tells nothing of the reader ("still" asks after a
   * known one: "does he still have a fever or vomiting?").
   */
  private static boolean askedFromAList(Analysis a, List<Detection> out, int first, int sFirst,
      int sLast) {
    Tokens t = a.tokens();
    if (!question(a, sLast)) {
      return false;
    }
    int have = -1;
    for (int k = first - 1; k >= sFirst; k--) {
      // ("have you been diagnosed with COPD or emphysema?" asks for the reader's diagnosis)
      if (t.isAny(k, "still", "todavia", "aun", "sigue", "diagnosed", "diagnosticado",
          "diagnosticada")) {
        return false;
      }
      if (HAVE.contains(t, k)) {
        have = k;
        break;
      }
    }
    if (have < 0) {
      return false;
    }
    int from = t.originalEnd(have);
    int to = t.originalEnd(sLast);
    int conditions = 0;
    for (Detection o : out) {
      if (o.category == Category.CONDITION && o.start >= from && o.end <= to) {
        conditions++;
      }
    }
    return conditions >= 2;
  }

  /** People in general: "some of our patients have allergies", "many kids get asthma". */
  private static final WordSet OTHER_PEOPLE = words(
      " patients people children kids adults folks others everyone pacientes personas ninos"
          + " adultos muchos algunos families familias parents padres women men mujeres hombres"
          + " anyone those survivors members residents staff students employees residentes"
          + " estudiantes empleados ");

  /**
   * People in general, and no "you" after them, within six tokens before the condition at
   * {@code first}: what they have says nothing of the recipient.
   */
  /**
   * "Knowing who in your family had cancer, heart disease or diabetes": "who" before the verb
   * asks about people, it states nothing about anyone ("your mom, who had a stroke" does, after
   * a comma).
   */
  private static boolean whoBeforeTheCue(Tokens t, int first, int sFirst) {
    int cue = -1;
    for (int k = first - 1; k >= Math.max(sFirst, first - 6) && cue < 0; k--) {
      cue = DIAGNOSIS_BEFORE.contains(t, k) ? k : -1;
    }
    for (int k = cue - 1; cue > 0 && k >= Math.max(sFirst + 1, cue - 4); k--) {
      if (t.isAny(k, "who", "quien")) {
        // after a verb of knowing or asking: "a passenger who had measles" states it
        return KNOW_VERBS.contains(t, k - 1);
      }
    }
    return false;
  }

  /**
   * A specialty in the sender's label that opens the message ("${locationName} Behavioral
   * Health: our fall newsletter is here"): the label says whose patient the recipient is, even
   * in a broadcast.
   */
  private static boolean senderLabel(Analysis a, Detection d) {
    if (d.category != Category.SPECIALTY) {
      return false;
    }
    String o = a.original();
    if (d.end >= o.length() || o.charAt(d.end) != ':') {
      return false;
    }
    for (int p = 0; p < d.start; p++) {
      char c = o.charAt(p);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
        return false;
      }
    }
    return true;
  }

  /**
   * "denied coverage for Benlysta (belimumab) for lupus nephritis", "formulary options
   * (paroxetine, venlafaxine) for vasomotor symptoms": what the drug is for, named right after
   * it, is what the recipient has.
   */
  private static boolean drugFor(Tokens t, List<Detection> out, int first, int sFirst) {
    int k = first - 1;
    if (k >= 1 && t.isAny(k, "the", "your", "su", "sus", "la", "el")) {
      k--;
    }
    if (k < 1 || !t.isAny(k, "for", "para")) {
      return false;
    }
    if (k - 1 < sFirst) {
      return false;
    }
    // the drug ends the word before "for", a bracket or quote between ("tiras para el azúcar"
    // after "insulina y" is what the strips are for)
    int from = t.originalStart(k - 1);
    int to = t.originalStart(k);
    for (Detection d : out) {
      if (d.category == Category.MEDICATION && d.end > from && d.end <= to) {
        return true;
      }
    }
    return false;
  }

  /** "2 polyps were removed", "3 nodules were found": a count of them, removed or found. */
  private static boolean countedAndRemoved(Tokens t, int first, int last, int sLast) {
    return first > 0 && (t.type(first - 1) == Tokens.NUMBER
        || t.isAny(first - 1, "two", "three", "four", "several", "dos", "tres", "varios"))
        && last + 2 <= sLast && t.isAny(last + 1, "were", "fueron")
        && t.isAny(last + 2, "removed", "found", "seen", "detected", "extirpados",
            "encontrados", "detectados");
  }

  private static final WordSet AVAILABLE_LINKS = words(" is are now estan esta ");
  private static final WordSet AVAILABLE = words(" available disponible disponibles ");
  private static final WordSet SERVICES = words(" services servicios ");

  /** Words a list of services runs through before "services": "X-ray, ultrasound and ...". */
  private static final WordSet NOT_IN_A_LIST = words(" is are was were will be your you at for"
      + " to with has have on es son su sus en con para ");

  /**
   * The term at {@code last} is something the practice offers: a service line ("bone density
   * services", "X-ray, ultrasound and bone density services") or something available
   * ("Wheelchairs are available", "Flu shots are now available").
   */
  private static boolean offered(Tokens t, int last, int sLast) {
    // "Flu shots are available", "Wheelchairs are now available", "vacunas están disponibles"
    int k = last + 1;
    while (k <= sLast && k <= last + 2 && AVAILABLE_LINKS.contains(t, k)) {
      k++;
    }
    if (k > last + 1 && k <= sLast && AVAILABLE.contains(t, k)) {
      return true;
    }
    for (k = last + 1; k <= Math.min(sLast, last + 6); k++) {
      if (SERVICES.contains(t, k)) {
        return true;
      }
      if (NOT_IN_A_LIST.contains(t, k)) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet SERVICE_NOUNS = words(" services tests procedures screenings"
      + " exams scans treatments servicios pruebas estudios examenes procedimientos ");

  /**
   * Token {@code first} is in a list after "services, including" or "tests such as" in its
   * sentence ("cash prices for 300+ services, including MRIs, colonoscopies and sleep studies"):
   * examples of what is offered or covered, no one's care.
   */
  private static boolean listedService(Tokens t, int first, int sFirst) {
    for (int k = first - 1; k >= Math.max(sFirst, first - 12); k--) {
      int lead = -1;
      if (t.isAny(k, "including", "incluyendo", "incluidos", "incluidas")) {
        lead = k;
      } else if (t.is(k, "as") && k > sFirst && t.is(k - 1, "such")) {
        lead = k - 1;
      }
      if (lead >= 0) {
        for (int j = lead - 1; j >= Math.max(sFirst, lead - 3); j--) {
          if (SERVICE_NOUNS.contains(t, j)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Every token of {@code [first, last]} is a clinical term's or a joining word ("Labor y Parto",
   * "Labor & Delivery"): a unit, not a practice with a name of its own ("Sunrise Cancer Center").
   */
  private static boolean clinicalWordsOnly(Analysis a, int first, int last) {
    if (a.lexicon() == null || last - first > 4) {
      return false;
    }
    Tokens t = a.tokens();
    for (int k = first; k <= last; k++) {
      if (t.isAny(k, "and", "y", "of", "de", "del")) {
        continue;
      }
      boolean clinical = false;
      for (TermMatcher.Match m : a.matches()) {
        if (m.firstToken() <= k && k <= m.lastToken()) {
          for (int s = 0; s < m.senseCount() && !clinical; s++) {
            ListKind kind = m.sense(s).kind();
            clinical = kind == ListKind.SPECIALTY || kind == ListKind.PROCEDURE
                || kind == ListKind.CONDITION;
          }
        }
      }
      if (!clinical) {
        return false;
      }
    }
    return true;
  }

  /** Any word for the recipient, generic "you" included. */
  private static final WordSet ANY_YOU = words(" you your you're youre yours ur u yr usted su sus"
      + " tu tus ");

  /** Parts of a building a unit's name can stand before or after. */
  private static final WordSet BUILDING_PARTS = words(" entrance entrances entry garage garages"
      + " parking lot waiting lobby doors door elevator elevators elevaters wing tower units unit"
      + " rooms floor hallway stairs skybridge valet entrada entradas estacionamiento sala"
      + " elevador elevadores puerta puertas piso pasillo torre ");

  /**
   * The unit {@code [first, last]} names a part of the building: a building word right after it,
   * perhaps after more units listed with it ("the NICU, ICU and Oncology units", "the ICU
   * waiting room", "the Oncology garage"), or before it with "de" ("la sala de espera de la UCI",
   * "la entrada de Labor y Parto"), or a garage's unit in brackets ("Garage C (Oncology)").
   */
  private static boolean unitAsPlace(Analysis a, int first, int last, int sFirst, int sLast) {
    Tokens t = a.tokens();
    for (int k = last + 1; k <= Math.min(sLast, last + 6); k++) {
      if (BUILDING_PARTS.contains(t, k) && !t.isAny(k, "sala")) {
        return true;
      }
      if (!(a.capitalized(k) || t.isAny(k, "and", "or", "&", "y", "o"))) {
        break;
      }
    }
    int k = first - 1;
    if (k > sFirst && t.isAny(k, "la", "el", "los", "las")) {
      k--;
    }
    if (k > sFirst && t.isAny(k, "de", "del")) {
      for (int j = k - 1; j >= Math.max(sFirst, k - 3); j--) {
        if (BUILDING_PARTS.contains(t, j)) {
          return true;
        }
      }
    }
    // "Garage C (Oncology)": in brackets right after a building part and its letter
    return first > sFirst && "(".equals(t.originalGap(first - 1, first).trim())
        && anyWithin(t, Math.max(sFirst, first - 3), first - 1, BUILDING_PARTS);
  }

  /**
   * The term is inside a quoted title of three words or more that opens with a capital: "Free
   * community talk 'Living Well with Arthritis'" names a talk, not anyone's condition.
   */
  private static boolean quotedTitle(Analysis a, Detection d) {
    String o = a.original();
    int open = -1;
    for (int p = d.start - 1; p >= Math.max(0, d.start - 40); p--) {
      char c = o.charAt(p);
      if (c == '\'' || c == '"' || c == '\u2018' || c == '\u201C') {
        open = p;
        break;
      }
      if (c == '\n' || c == '.' || c == ':' || c == ',') {
        return false;
      }
    }
    if (open < 0 || open + 1 >= o.length() || !Character.isUpperCase(o.charAt(open + 1))) {
      return false;
    }
    int close = -1;
    for (int p = d.end; p < Math.min(o.length(), d.end + 40); p++) {
      char c = o.charAt(p);
      if (c == '\'' || c == '"' || c == '\u2019' || c == '\u201D') {
        close = p;
        break;
      }
      if (c == '\n' || c == '.') {
        return false;
      }
    }
    if (close < 0) {
      return false;
    }
    int words = 1;
    for (int p = open + 1; p < close; p++) {
      words += o.charAt(p) == ' ' ? 1 : 0;
    }
    return words >= 3;
  }

  private static final WordSet REFERRALS = words(" referring referred refer referral"
      + " refiriendo referido referida referencia ");

  /** Token {@code k} holds a digit: "L5", "C6". */
  static boolean hasDigit(Tokens t, int k) {
    char[] c = t.view().buffer();
    for (int p = t.start(k); p < t.end(k); p++) {
      if (Character.isDigit(c[p])) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet KNOW_VERBS = words(" know knowing knows knew ask asking asked"
      + " learn learning find out tell telling sure saber sepa preguntar pregunte averiguar ");

  private static boolean otherPeopleBefore(Tokens t, int first, int sFirst) {
    // "two residents and one staff member tested positive for COVID-19": eight tokens back
    for (int k = first - 1; k >= Math.max(sFirst, first - 8); k--) {
      if (SECOND_PERSON.contains(t, k) || t.isAny(k, "you", "u", "usted")) {
        return false;
      }
      if (OTHER_PEOPLE.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet AFTER_WORDS = words(" after since following during tras despues ");

  private static final WordSet STAY_WORDS = words(
      " visit visits stay admission hospitalization er ed hospital visita ingreso hospitalizacion"
          + " urgencias emergencias ");

  /** {@link #ARTICLES} and the demonstratives an "if" clause may open on. */
  private static final WordSet CLAUSE_DETERMINERS = words(ARTICLES_TEXT
      + " yr ese esa esos esas ");

  /**
   * "the seizure you had on 2/2", "la convulsión que tuvo el 2 de febrero", "the cough she
   * mentioned": a condition the recipient (or the person the message is about) is told they had.
   */
  static boolean hadIt(Tokens t, int last, int sLast) {
    int k = last + 1;
    if (k <= sLast && t.isAny(k, "that", "que")) {
      k++;
    }
    if (k <= sLast && t.isAny(k, "you", "usted", "he", "she", "they")) {
      k++;
    }
    // "the seizure you had", "the rash you reported after your third dose", "the suicidal
    // thoughts you told us about"
    return k <= sLast && k > last + 1 && t.isAny(k, "had", "tuvo", "tuviste", "sufrio",
        "reported", "mentioned", "described", "reporto", "menciono", "reportaste",
        "mencionaste", "told", "shared", "noted", "conto", "contaste");
  }

  /** Spanish verbs of a condition coming back or getting worse ("vuelve", "empeora"). */
  private static final String RECUR_VERBS_ES_TEXT = " vuelve vuelven regresa regresan empeora"
      + " empeoran persiste persisten reaparece reaparecen ";

  private static final WordSet RECUR_VERBS_ES = words(RECUR_VERBS_ES_TEXT);

  /** Verbs of a condition coming back or getting worse ("returns", "vuelve", "empeora"). */
  private static final WordSet RECUR_VERBS = words(
      " return returns recur recurs worsen worsens persist persists flare flares"
          + RECUR_VERBS_ES_TEXT);

  /** Two-word forms: "comes back", "gets worse", "flares up". */
  private static final WordSet RECUR_HEADS = words(" come comes coming get gets getting ");

  private static final WordSet RECUR_TAILS = words(" back worse ");

  /**
   * "if the pain comes back", "call if your migraines return", "if the swelling in your ankle
   * gets worse": the condition is the subject of an "if" clause about its coming back or
   * getting worse, which says the recipient has (or had) it. The "if" must lead straight to
   * the condition (only articles and possessives between), so "if you have chest pain that
   * comes back" stays a hypothetical, and a return "to campus" is a place, not a relapse.
   */
  private static boolean recursAfter(Tokens t, int first, int last, int sFirst, int sLast) {
    int k = first - 1;
    while (k >= sFirst && first - k <= 3 && CLAUSE_DETERMINERS.contains(t, k)) {
      k--;
    }
    if (k < sFirst || !t.isAny(k, "if", "si")) {
      return false;
    }
    for (int v = last + 1; v <= Math.min(sLast, last + 5); v++) {
      if (t.originalGap(v - 1, v).indexOf(',') >= 0) {
        return false;
      }
      int end = -1;
      if (RECUR_VERBS.contains(t, v)) {
        end = v;
      } else if (RECUR_HEADS.contains(t, v) && v + 1 <= sLast && RECUR_TAILS.contains(t, v + 1)) {
        end = v + 1;
      }
      if (end >= 0) {
        return !(end + 1 <= sLast && t.isAny(end + 1, "to", "around", "into", "al", "a"));
      }
    }
    return false;
  }

  /**
   * "si esta semana vuelve a tener pensamientos de hacerse daño", "si regresa la fiebre": the
   * Spanish verb of a return before the condition, in an "if" clause.
   */
  private static boolean recursBefore(Tokens t, int first, int sFirst) {
    int k = first - 1;
    while (k >= sFirst && first - k <= 4 && (CLAUSE_DETERMINERS.contains(t, k)
        || t.isAny(k, "a", "tener", "sentir", "con"))) {
      k--;
    }
    if (k <= sFirst || !RECUR_VERBS_ES.contains(t, k)) {
      return false;
    }
    for (int s = k - 1; s >= Math.max(sFirst, k - 3); s--) {
      if (t.is(s, "si")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "after your ER visit for suicidal thoughts", "tras su ingreso por neumonía": why a past
   * visit happened is the recipient's condition, stated.
   */
  private static boolean pastVisitFor(Tokens t, int first, int sFirst) {
    int f = first - 1;
    if (f >= 1 && t.isAny(f, "the", "your", "ur", "su", "la", "el", "a", "an", "un", "una")) {
      f--; // "for the fainting spell", "for a nosebleed"
    }
    if (f < 2 || !t.isAny(f, "for", "por")) {
      return false;
    }
    boolean stay = false;
    boolean seen = false;
    for (int k = f - 1; k >= Math.max(sFirst, f - 8); k--) {
      // "since your visit for high blood pressure": an office visit is named for its reason, a
      // visit label; an ER or hospital visit is a stay ("your ER visit for chest pain", "the ER
      // follow-up nurse ... after Saturday's visit for your kidney stone")
      stay |= STAY_WORDS.contains(t, k) && !(t.isAny(k, "visit", "visits", "visita")
          && !anyWithin(t, 0, k - 1, ACUTE_STAYS));
      boolean seenHere = t.isAny(k, "seen", "treated", "visto", "vista", "atendido", "atendida");
      if (stay && (AFTER_WORDS.contains(t, k) || seenHere)) {
        return true; // "you were seen in the ED on 3/2 for suicidal thoughts"
      }
      // "the ER let us know you were seen Sunday for a nosebleed": the stay named before
      seen |= seenHere;
      if (seen && ACUTE_STAYS.contains(t, k)) {
        return true;
      }
      // "the records from your ER visit on 1/30 for the fainting spell": the recipient's own
      // acute-care stay
      if (ACUTE_STAYS.contains(t, k) && k > 0 && (t.isAny(k - 1, "your", "ur", "su")
          // "your recent hospital stay for congestive heart failure"
          || k > 1 && t.isAny(k - 1, "recent", "last", "latest", "reciente", "ultima", "ultimo")
              && t.isAny(k - 2, "your", "ur", "su"))) {
        return true;
      }
      // "you had a hospital stay at St. Brigid for heart failure", "tuvo una hospitalización en
      // el Hospital General por neumonía"
      if (ACUTE_STAYS.contains(t, k) && k > 1 && t.isAny(k - 1, "a", "an", "una", "un")
          && t.isAny(k - 2, "had", "tuvo", "tuviste")) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet ACUTE_STAYS = words(" er ed hospital admission hospitalization"
      + " emergency urgencias emergencias hospitalizacion ingreso ");

  /** What a clinician found and names: "the spot", "the lump", "la mancha". */
  private static final WordSet FOUND_THINGS = words(
      " spot spots lump mole lesion growth bump nodule mass rash biopsy it that mancha lunar"
          + " bulto lesion crecimiento biopsia ");

  /**
   * "the spot on ur back was a basal cell carcinoma", "el lunar fue un melanoma": a found thing,
   * then "was/is a" right before the condition, says what it turned out to be.
   */
  private static boolean findingWasA(Tokens t, int first, int sFirst) {
    // the article may be left out: "the mole on your back was melanoma"
    int verb = first >= 1 && t.isAny(first - 1, "a", "an", "un", "una") ? first - 2 : first - 1;
    return verb >= 1 && t.isAny(verb, "was", "is", "fue", "es", "turned")
        && anyBefore(t, verb, sFirst, 6, FOUND_THINGS);
  }

  /** "Do you have asthma?" style questions are not statements. */
  private static boolean secondPersonQuestion(Tokens t, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      if (t.isAny(k, "do", "does", "did", "any")) {
        return true;
      }
      // "¿Sufre de dolores de cabeza frecuentes?": a Spanish question opens on its verb
      if (t.isAny(k, "sufre", "sufres", "padece", "padeces", "tiene", "tienes")
          && questionMarkBefore(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** An inverted question mark right before token {@code k}. */
  private static boolean questionMarkBefore(Tokens t, int k) {
    int p = t.originalCharBefore(k);
    return p >= 0 && t.view().original().charAt(p) == '\u00bf';
  }

  private static boolean immediatelyBefore(Tokens t, int first, WordSet words) {
    for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
      if (words.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet STATE_LINKS = WordSet.of(
      "is", "was", "has", "esta", "fue", "ha", "been", "sigue", "remains", "continua", "en", "in",
      "isn't", "isnt", "wasn't", "wasnt", "no",
      // a plural condition's: "the suicidal thoughts are back", "las migrañas están peor"
      "are", "were", "have", "remain", "estan", "siguen", "han", "continuan", "aren't", "arent",
      "weren't", "werent");

  private static boolean stateAfter(Tokens t, int last, int sLast) {
    if (last + 1 <= sLast && CONDITION_COURSE.contains(t, last + 1)) {
      return true; // "the fever broke", "la tos empeoró"
    }
    for (int k = last + 1; k <= Math.min(sLast, last + 3); k++) {
      if (STATE_AFTER.contains(t, k)) {
        return k > last + 1 && STATE_LINKS.contains(t, last + 1);
      }
    }
    return false;
  }

  private static final WordSet FORM_ANSWERS = words(" checked marked answered circled ticked"
      + " selected contesto contestaste marco marcaste respondio respondiste senalo ");

  /**
   * An answer on a form right before a condition, in its sentence: "you checked yes for
   * thoughts of hurting yourself", "answered yes to chest pain", "marcó que se siente triste".
   */
  private static boolean answeredOnAForm(Tokens t, int first, int sFirst) {
    for (int k = first - 1; k >= Math.max(sFirst, first - 6); k--) {
      // ("you're checked in at Harbor Urgent Care for your sore throat" is a check-in)
      if (FORM_ANSWERS.contains(t, k) && !(k + 1 < first && t.isAny(k + 1, "in", "out", "off"))) {
        return true;
      }
      // ("answer yes on the questionnaire ... for a TB blood test": the answer is to the form)
      if (t.isAny(k, "yes", "si") && k + 1 < first && first - k <= 3
          && t.isAny(k + 1, "for", "to", "a", "para")) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet OFFERED_AFTER = words(" available disponible disponibles offered"
      + " onsite ");

  private static final WordSet OFFERING_BEFORE = words(" free offering offers offer ofrecemos"
      + " ofrece gratis gratuita gratuito gratuitas gratuitos ");

  /**
   * A service a place offers, not one the recipient has: "X-ray and lab are on site", "Flu shots
   * are available without an appointment", "Free vision screening for students", "Laboratorio y
   * rayos X disponibles" ("your flu shot is available at pickup" is the recipient's).
   */
  private static boolean offeredService(Tokens t, Detection d, int first, int last, int sFirst,
      int sLast) {
    for (int k = first - 1; k >= Math.max(sFirst, first - 3); k--) {
      if (OWNERS.contains(t, k)) {
        return false; // ("your free skin cancer screening")
      }
      if (t.isAny(k, "results", "result", "resultados", "resultado")) {
        return false; // "sus resultados de la mamografía ya están disponibles": the results are on offer
      }
    }
    // ("free T4", "free PSA": a lab's own name)
    for (int k = first - 1; k >= Math.max(sFirst, first - 2) && !Tag.LAB.in(d.tags); k--) {
      if (OFFERING_BEFORE.contains(t, k)) {
        return true;
      }
    }
    for (int k = last + 1; k <= Math.min(sLast, last + 5); k++) {
      if (OFFERED_AFTER.contains(t, k)
          || t.is(k, "on") && k + 1 <= sLast && t.is(k + 1, "site")) {
        return true;
      }
    }
    return false;
  }

  /** Articles that make a condition a particular one: "the fracture", "una infección". */
  private static final WordSet CONDITION_ARTICLES =
      words(" the a an some el la los las un una ");

  private static final WordSet INDEFINITE_ARTICLES = words(" a an some un una ");

  /**
   * Words right before the article that make the condition a topic, a purpose, the cause of
   * something else or one of a list: "about the flu", "to check the rash", "una herida o un
   * sarpullido", "su cita x la fractura".
   */
  private static final WordSet TOPIC_BEFORE_ARTICLE = words(
      " for of about with to after through like from by than against at or and para por x sobre"
          + " con de del contra sin o y check recheck see review treat evaluate examine discuss"
          + " prevent avoid beat fight manage revisar evaluar tratar ver checar chequear"
          + " controlar prevenir evitar ");

  private static final WordSet CONDITIONAL_WORDS = words(" if when whenever whether any si cuando ");

  /** What follows a condition that is being talked about: a verb, a place, a relative clause. */
  private static final WordSet STATEMENT_AFTER = words(
      " is isn't isnt was wasn't wasnt were are has hasn't hasnt had have should will won't wont"
          + " can could may might looks look seems sounds spreads gets got came comes keeps in on"
          + " under since you we that which though flagged seen showing noted found starting"
          + " started getting improve improves improving wears cleared es esta estan fue era"
          + " sigue siguen ha han no en que se ya parece puede debe mejoro empeoro ");

  private static final WordSet CLAUSE_AFTER_COMMA = words(" so but pero please which though ");

  /**
   * A particular condition talked about in a sentence of its own: "the fracture hasn't fully
   * healed", "the tumor is completely out", "that can be a dry socket.", "el cáncer no ha
   * avanzado". A label of a visit is followed by what the visit is ("the migraine follow-up");
   * a topic comes after a preposition ("questions about the flu"); a question with "a" asks
   * whether one has it ("Do you have a fever?"); a name in title case is no condition here.
   */
  private static boolean particularCondition(Analysis a, Detection d, int first, int last,
      int sFirst, int sLast) {
    Tokens t = a.tokens();
    if (first < 1 || first - 1 < sFirst || !CONDITION_ARTICLES.contains(t, first - 1)
        || (first >= 2 && TOPIC_BEFORE_ARTICLE.contains(t, first - 2))
        || anyBefore(t, first - 1, sFirst, 12, CONDITIONAL_WORDS)) {
      return false;
    }
    String o = a.original();
    if (d.end - d.start > 1 && Character.isUpperCase(o.charAt(d.start))
        && Character.isLowerCase(o.charAt(d.start + 1))) {
      return false; // "a conocer a Juanete, nuestro conejo"
    }
    if (INDEFINITE_ARTICLES.contains(t, first - 1) && question(a, sLast)) {
      return false;
    }
    int p = t.originalEnd(last);
    while (p < o.length() && o.charAt(p) == ' ') {
      p++;
    }
    if (p >= o.length()) {
      return true;
    }
    char c = o.charAt(p);
    if (c == '.' || c == ';' || c == '!' || c == ')' || c == '?') {
      return true;
    }
    if (last + 1 > sLast) {
      return false;
    }
    if (c == ',') {
      return CLAUSE_AFTER_COMMA.contains(t, last + 1);
    }
    return t.originalStart(last + 1) == p && STATEMENT_AFTER.contains(t, last + 1);
  }

  private static boolean doseAfter(Tokens t, int last, int sLast) {
    for (int k = last + 1; k <= Math.min(sLast, last + 7); k++) {
      if (SUPPLY_VERBS.contains(t, k)) {
        return false; // "Truvada ships every 30 days": how often it comes, not how to take it
      }
      if (t.isAny(k, "visit", "visits", "appointment", "appointments", "visita", "visitas",
          "cita", "citas")) {
        return false; // "controlled-substance prescriptions require a visit every 90 days"
      }
      if (t.isAny(k, "and", "y", "&")) {
        return false; // "su atorvastatina 20 mg y su losartán 50 mg": the next drug's strength
      }
      // "Menopur 75 IU at 8 PM": a strength, then the time to give it
      if (k == last + 1 && DOSE_UNITS.contains(t, last) && t.isAny(k, "at", "a")
          && k + 1 <= sLast && isNumberish(t.term(k + 1))) {
        return true;
      }
      String w = t.term(k);
      if (FREQUENCY.contains(w)) {
        return true;
      }
      // "propranolol 10 mg as needed before presentations": a strength taken when needed (PRN)
      if (k == last + 1 && DOSE_UNITS.contains(t, last) && k + 1 <= sLast && t.is(k, "as")
          && t.is(k + 1, "needed")) {
        return true;
      }
      if (DOSE_UNITS.contains(w) && k > last + 1 && isNumberish(t.term(k - 1))
          && t.originalGap(k - 2, k - 1).indexOf('(') < 0 && !spelledStrength(t, last, k)) {
        return true; // "Truvada (30 tablets)" is what is in the box, not how to take it
      }
      if (t.isAny(k, "every", "cada") && k + 1 <= sLast && (isNumberish(t.term(k + 1))
          || EVERY_WHAT.contains(t, k + 1))) {
        return true; // "every 6 hours", "every morning"; not "every front desk"
      }
      if (t.isAny(k, "times", "veces") && k + 2 <= sLast && t.isAny(k + 1, "a", "per", "al")) {
        return true;
      }
      if (t.isAny(k, "a", "al", "per", "la", "por") && k + 1 <= sLast
          && t.isAny(k + 1, "day", "dia", "week", "semana", "night", "noche")) {
        return true; // "twice a day", "once a week", "una vez a la semana"
      }
    }
    return false;
  }

  /**
   * The last token where a dosing verb takes the drug named before it as its object ("su pastilla
   * Plan B ya está lista. Tómela lo antes posible", "Your inhaler is ready; use it twice a day"),
   * or -1: a drug mentioned before that token is being dosed. One pass over the message.
   */
  private static int lastDoseOfTheDrug(Tokens t) {
    for (int k = t.size() - 1; k >= 0; k--) {
      if (DOSE_THE_DRUG.contains(t, k)) {
        return k;
      }
      // "take it", "keep taking it 7 days after you get home"
      if (k + 1 < t.size() && t.isAny(k + 1, "it", "them") && t.isAny(k, "take", "use", "apply",
          "inject", "inhale", "taking", "using", "applying", "injecting")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A count and a schedule right before the drug: "3 weekly Bicillin shots", "two daily doses
   * of", "14 nightly injections": the course of treatment, not a pickup or a visit.
   */
  private static boolean regimenBefore(Tokens t, int first, int sFirst) {
    return first - 2 >= sFirst && SCHEDULE.contains(t, first - 1)
        && isNumberish(t.term(first - 2));
  }

  private static final WordSet SUPPLY_VERBS = WordSet.of("ship", "ships", "shipped", "shipping",
      "arrive", "arrives", "delivered", "deliver", "delivers", "refill", "refills", "refilled",
      "renew", "renews", "mailed", "llega", "llegan", "envia", "enviamos", "surte", "surtimos",
      "renueva", "surtiran", "surtira", "enviaran", "enviara");

  private static final WordSet EVERY_WHAT = WordSet.of("day", "days", "night", "morning",
      "evening", "week", "other", "hour", "hours", "bedtime", "meal", "meals", "dia", "noche",
      "manana", "semana", "hora", "horas", "comida");

  private static final WordSet NUMBER_WORDS = words(
      " one two three four half una un dos tres cuatro media"
          // the amounts a voice script speaks: "take five milligrams", "son veinte unidades"
          // ("once" is left out: in English it is a frequency)
          + " five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
          + " seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
          + " hundred cinco seis siete ocho nueve diez doce trece catorce quince dieciseis"
          + " diecisiete dieciocho diecinueve veinte veinticinco treinta cuarenta cincuenta"
          + " sesenta setenta ochenta noventa cien ciento doscientos trescientos cuatrocientos"
          + " quinientos seiscientos setecientos ochocientos novecientos thousand mil ");

  /** Units of a drug's strength spelled out: "sertraline one hundred milligrams". */
  private static final WordSet SPELLED_STRENGTH_UNITS = words(SPELLED_STRENGTH_TEXT);

  /**
   * The unit at {@code k} is a strength spelled out right after the drug ending at {@code last},
   * only an amount between ("sertraline one hundred milligrams", "metformina de ochocientos
   * cincuenta miligramos"): what the drug is, not how to take it.
   */
  private static boolean spelledStrength(Tokens t, int last, int k) {
    if (!SPELLED_STRENGTH_UNITS.contains(t, k)) {
      return false;
    }
    int j = last + 1;
    if (j < k && t.is(j, "de")) {
      j++;
    }
    for (; j < k; j++) {
      if (!isNumberish(t.term(j)) && !t.isAny(j, "and", "y", "point", "punto")) {
        return false;
      }
    }
    return k > last + 1;
  }

  /** As {@link #isNumberish} for token {@code k}, read in place. */
  private static boolean numberishAt(Tokens t, int k) {
    return digitAt(t, k) || NUMBER_WORDS.contains(t, k);
  }

  /** Token {@code k} is a number or starts with a digit ("0.8", "5mg"). */
  private static boolean digitAt(Tokens t, int k) {
    return t.type(k) == Tokens.NUMBER || Character.isDigit(t.view().buffer()[t.start(k)]);
  }

  private static boolean isNumberish(String w) {
    return !w.isEmpty()
        && (Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w));
  }

  private static final WordSet HYPOTHETICAL_SUBJECTS = WordSet.of(
      "you", "your", "usted", "tiene", "presenta", "siente", "nota", "le", "tienes", "any",
      "there", "su", "tu", "ur", "anyone", "someone", "alguien", "alguno", "alguna");

  /**
   * What a symptom's "if" may open on besides a person: "If it gets worse or you start
   * vomiting", "if things get worse", "si empeora" (a plan's "if it doesn't work, a C-section"
   * is still the reader's care: only conditions take these).
   */
  private static final WordSet SYMPTOM_SUBJECTS = WordSet.of("it", "things", "symptoms",
      "empeora");

  /** Imperatives that send someone to emergency care. */
  private static final WordSet GO_WORDS = words(" go head come call vaya acuda llame ");

  private static final WordSet EMERGENCY_CARE = words(" er ed emergency urgent urgencias"
      + " emergencias ");

  private static final WordSet SEND_WORDS = words(" go head visit call vaya acuda visite llame"
      + " ir acudir ");

  /**
   * "go to the ER", "visit urgent care or call 911", "acuda a urgencias": sending the reader to
   * emergency care is advice anyone gets, not the reader's visit ("you were seen in the ER" is).
   */
  private static boolean emergencyAdvice(Tokens t, int first, int last, int sFirst) {
    // ("call the ED callback nurse", "the ER follow-up team": a service of the reader's visit)
    if (!EMERGENCY_CARE.contains(t, first) || last + 1 < t.size() && t.isAny(last + 1,
        "callback", "nurse", "follow-up", "followup", "team", "doctor", "physician", "visit",
        "records", "bill", "billing", "discharge", "staff")) {
      return false;
    }
    // "The Emergency Department stays open 24/7", "urgencias sigue abierta": its hours
    for (int k = last + 1; k < Math.min(t.size(), last + 4); k++) {
      if (t.isAny(k, "open", "opens", "abierto", "abierta", "abiertos")) {
        return true;
      }
      if (!t.isAny(k, "is", "will", "stays", "stay", "remains", "remain", "be", "still",
          "department", "room", "sigue", "seguira", "esta", "estara", "permanece")) {
        break;
      }
    }
    for (int k = first - 1; k >= Math.max(sFirst, first - 4); k--) {
      if (t.gapContains(k, k + 1, ':')) {
        return false; // "Visit: Urgent care - video": a receipt's label
      }
      if (SEND_WORDS.contains(t, k)) {
        return true;
      }
      if (!t.isAny(k, "to", "the", "an", "a", "nearest", "closest", "al", "a", "la", "el",
          "urgent", "straight")) {
        return false;
      }
    }
    return false;
  }

  private static boolean hypothetical(Tokens t, int first, int sFirst, boolean condition) {
    // (twelve back within one clause: "if you or anyone in your home has asthma or COPD"; not
    // "If you take Eliquis, hold it for 2 days before your colonoscopy")
    boolean comma = false;
    for (int k = first - 1; k >= Math.max(sFirst, first - 12); k--) {
      comma |= t.gapContains(k, k + 1, ',');
      if (first - k > 8 && comma) {
        break;
      }
      // ("si antes tiene fiebre", "if at any point you have": an adverb between)
      if (t.isAny(k, "if", "si", "unless") && k + 1 < t.size()
          && (HYPOTHETICAL_SUBJECTS.contains(t, k + 1)
              || condition && SYMPTOM_SUBJECTS.contains(t, k + 1) || k + 2 < t.size()
              && t.isAny(k + 1, "antes", "luego", "despues", "before", "then", "ever", "again")
              && HYPOTHETICAL_SUBJECTS.contains(t, k + 2))) {
        return true;
      }
      if (first - k > 8) {
        continue; // only the "if" reaches that far
      }
      if (t.isAny(k, "symptoms", "symptom", "signs", "sintomas", "signos")
          && !t.isAny(Math.max(0, k - 1), "your", "ur", "su", "sus", "tu", "tus")
          // "your photos show signs of possible glaucoma": what a test shows is no hypothetical;
          // nor symptoms someone has ("tiene síntomas de depresión posparto", "indican síntomas
          // de TEPT")
          && !(k > 0 && t.isAny(k - 1, "show", "shows", "showed", "showing", "muestra",
              "muestran", "mostro", "mostraron", "has", "have", "had", "tiene", "tienes", "tuvo",
              "presenta", "presento", "indica", "indican", "indicate", "indicates", "indicated",
              "reported", "reporto"))
          // "your IPSS (prostate symptom score)": a questionnaire's name
          && !(k + 1 < t.size() && t.isAny(k + 1, "score", "scores", "questionnaire", "survey",
              "checker", "diary", "log", "tracker", "index"))) {
        return true;
      }
      if (t.isAny(k, "such", "like") && k + 1 < t.size() && t.is(k + 1, "as")) {
        return true;
      }
      // "watch for a cough that lasts", "look out for a rash", "keep an eye out for"; not "he
      // filled it out for your back surgery"
      if (t.is(k, "for") && k >= 1 && (t.is(k - 1, "watch")
          || t.is(k - 1, "out") && k >= 2 && t.isAny(k - 2, "look", "watch", "eye"))) {
        return true;
      }
      if (t.isAny(k, "for", "por", "si") && k >= 1 && (t.isAny(k - 1, "911", "988")
          || t.isAny(k - 1, "er", "ed", "room", "care", "urgencias")
              && anyWithin(t, Math.max(sFirst, k - 5), k - 1, GO_WORDS))) {
        return true; // "call 911 for trouble breathing", "go to the ER for chest pain"
      }
    }
    return false;
  }

  private static boolean sentenceHasResult(Analysis a, Ranges results, int sFirst,
      int sLast) {
    Tokens t = a.tokens();
    if (results.anyWithin(t.originalStart(sFirst), t.originalEnd(sLast))) {
      return true;
    }
    return false;
  }

  private static final WordSet CARE_OF = words(
      " cita citas resultados resultado evaluacion examen prueba pruebas vacuna vacunas receta"
          + " medicamento medicamentos tratamiento terapia consulta estudios analisis ");

  /**
   * "la evaluación de autismo de Diego", "los resultados de Ana": a name after "de" that follows
   * a clinical term or a care noun is whose care it is, as "Diego's" is.
   */
  private static boolean ofName(Tokens t, int[] clinicalEnds, Detection name) {
    int f = firstToken(t, name.start);
    if (f < 2 || !t.isAny(f - 1, "de", "del")) {
      return false;
    }
    return CARE_OF.contains(t, f - 2)
        || Arrays.binarySearch(clinicalEnds, t.originalEnd(f - 2)) >= 0;
  }

  private static final int[] NO_ENDS = new int[0];

  /** Where the clinical detections end, sorted: looked up per name, not scanned. */
  private static int[] clinicalEnds(List<Detection> out) {
    int n = 0;
    int[] ends = new int[out.size()];
    for (Detection d : out) {
      if (isClinical(d.category)) {
        ends[n++] = d.end;
      }
    }
    int[] sorted = Arrays.copyOf(ends, n);
    Arrays.sort(sorted);
    return sorted;
  }

  /** A name in the possessive, or a relation word, in the sentence. */
  private static boolean thirdParty(Analysis a, Ranges possessiveNames, int sFirst, int sLast) {
    Tokens t = a.tokens();
    if (possessiveNames.anyWithin(t.originalStart(sFirst), t.originalEnd(sLast))) {
      return true;
    }
    // "Your brother Gus listed you as his support person. He finished detox today": a sentence
    // about "he"/"she" after one that introduced someone else
    if (sFirst > 0 && pronounSubjectIn(t, sFirst, sLast) && introducedBefore(t, sFirst)) {
      return true;
    }
    for (int k = sFirst; k <= sLast; k++) {
      String w = t.term(k);
      if (k + 1 <= sLast && GROUP_PLACES.contains(t, k + 1)) {
        continue; // "a case of head lice in your child's class": the class, not the child
      }
      if (w.endsWith("'s") && RELATIONS.contains(w)) {
        return true;
      }
      if (RELATIONS.contains(w) && k > sFirst
          && t.isAny(k - 1, "your", "su", "tu", "sus", "de")
          && !(t.is(k, "mama") && t.is(k - 1, "de") && !accented(a, k))) {
        return true; // "de mamá" is a mother's; "cáncer de mama" is the breast
      }
    }
    return false;
  }

  private static final WordSet PRONOUNS = WordSet.of("he", "she", "his", "her", "el", "ella");

  /** What a child shares with others: "your child's class", "your son's school". */
  private static final WordSet GROUP_PLACES = WordSet.of("class", "classroom", "school",
      "grade", "bus", "team", "cabin", "room", "daycare", "camp", "troop");

  /** Token {@code k} has an accented letter in the original ("mamá", not "mama"). */
  private static boolean accented(Analysis a, int k) {
    Tokens t = a.tokens();
    String o = a.original();
    for (int p = t.originalStart(k); p < t.originalEnd(k); p++) {
      if (o.charAt(p) > 0x7f) {
        return true;
      }
    }
    return false;
  }

  /**
   * "calling for Reggie Fontaine about his refill": a voicemail names whom it is for, and "his"
   * is then the recipient's own.
   */
  private static boolean recipientNamedBefore(Tokens t, Detection[] names, int sFirst,
      int first) {
    for (Detection n : names) {
      int k = firstToken(t, n.start);
      if (k > sFirst && k < first && t.isAny(k - 1, "for", "para")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "bring his Onfi and Depakote", "after her Mounjaro dose goes up", "her visits for birth
   * control": a condition, drug or result that is his or hers in a message to "you" is someone
   * else's. "his"/"her" right before the term, one word before it, or before a coordinated
   * term.
   */
  private static boolean hisOrHerBefore(Tokens t, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      if (t.isAny(k, "his", "her")) {
        // "her visits for birth control": a visit noun and "for" between
        return k >= first - 2 || t.isAny(first - 1, "and", "or", "&")
            || k == first - 3 && t.isAny(first - 1, "for", "para");
      }
      if (t.type(k) != Tokens.WORD || t.isAny(k, "the", "your", "my", "our", "a", "an")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The sentence opens with he/she, or has "he"/"she" after its first words ("Dr. Reyes wrote
   * that she needs help after her stroke").
   */
  private static boolean pronounSubjectIn(Tokens t, int sFirst, int sLast) {
    return PRONOUNS.contains(t, sFirst)
        || anyWithin(t, sFirst + 1, Math.min(sLast, sFirst + 8), SUBJECT_PRONOUNS);
  }

  private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "ella");

  /** A relation named after "your"/"su" before token {@code end}: "your brother", "su papá". */
  private static boolean introducedBefore(Tokens t, int end) {
    for (int k = 1; k < end; k++) {
      if (RELATIONS.contains(t, k) && t.isAny(k - 1, "your", "ur", "yr", "su", "tu")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of the message announces something to everyone. A negated cue does not: "take-
   * homes are not available this weekend", "ya no ofrecemos" tell the patients already in a
   * program about a change to their care, which no one else would be sent.
   */
  private static boolean broadcastCue(Analysis a) {
    Tokens t = a.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (BROADCAST_CUES.contains(t, i) && !negatedCue(t, i) && !membersOf(t, i)
          && !(t.is(i, "drive") && !(i > 0 && DRIVES.contains(t, i - 1))
              && !(i + 1 < t.size() && t.isAny(i + 1, "thru", "through", "in", "up")))
          && !walkInClinicNamed(a, i)
          // ("the driver will walk you to the door": a walk someone gives the reader)
          && !(t.is(i, "walk") && i + 1 < t.size()
              && t.isAny(i + 1, "you", "u", "him", "her", "them", "patients"))
          // ("or it will be returned to stock": an unclaimed prescription goes back to stock)
          && !(t.is(i, "stock") && i > 0 && t.isAny(i - 1, "to", "back"))
          // "Mateo llegó con fiebre": someone who arrived with something is no delivery
          && !(t.isAny(i, "arrived", "llego", "llegaron") && i + 1 < t.size()
              && t.isAny(i + 1, "with", "con", "w"))) {
        // "blood drive", "drive-thru" announce; "drive her to dialysis" does not
        return true;
      }
      if (t.is(i, "sin") && i + 1 < t.size() && t.is(i + 1, "cita")) {
        return true; // "sin cita": walk-in
      }
      if (allOurPatients(t, i)) {
        return true; // "This notice is going to all of our patients", "a todos nuestros pacientes"
      }
      if (gradesAsAWhole(t, i)) {
        return true; // "screenings for grades K, 2, 5 and 8", "for 1st graders"
      }
      if (t.is(i, "accepting") && i + 2 < t.size() && t.is(i + 1, "new")
          && t.isAny(i + 2, "patients", "pacientes")) {
        return true; // "Dr. Villanueva is accepting new patients starting 4/6"
      }
      if (t.isAny(i, "acepta", "aceptando", "aceptamos", "recibe", "recibiendo") && i + 2 < t.size()
          && (t.is(i + 1, "pacientes") && t.is(i + 2, "nuevos")
              || t.is(i + 1, "nuevos") && t.is(i + 2, "pacientes"))) {
        return true; // "la Dra. Fuentes ya acepta pacientes nuevos"
      }
      if (planMembers(t, i) && !negatedCue(t, i)) {
        return true; // "members of our PPO plans no longer need a referral", "all HMO members"
      }
      if (t.is(i, "no") && i + 1 < t.size() && t.isAny(i + 1, "appointment", "appointments",
          "appt", "appts")
          && !(i + 2 < t.size() && t.isAny(i + 2, "is", "was", "on", "for", "with"))) {
        return true; // "no appointment needed": walk-in
      }
      if (t.is(i, "no") && noAppointmentNeeded(t, i + 1)) {
        return true; // "No necesita cita", "no se necesita cita": walk-in
      }
    }
    return false;
  }

  private static final WordSet SALUTATIONS = WordSet.of("dear", "hello", "hi", "hey", "to",
      "attention", "estimadas", "estimados", "estimada", "estimado", "queridas", "queridos",
      "hola", "atencion");

  private static final WordSet ADDRESSED_GROUPS = words(" families familias parents padres"
      + " guardians tutores residents residentes clients clientes patients pacientes members"
      + " miembros students estudiantes employers empleadores caregivers cuidadores ");

  /** Words that may qualify a group in a salutation: "Dear all 2nd grade families". */
  private static final WordSet GROUP_QUALIFIERS = words(" all our the of and y grade grado"
      + " class clase room salon del de la el las los todas todos nuestras nuestros client"
      + " school team ");

  /**
   * A letter that opens by addressing a group: "Dear Room 12 families:", "Estimadas familias del
   * salón 8:", "To all client employers:", "Dear patients and families,". Its "your child's
   * class" is every reader's, so what it names is said to everyone. A group of one person
   * ("Dear parents of Harper Quinn") holds a name, and a possessive ("Hi Jayden's parents")
   * stops the walk.
   */
  private static boolean groupLetter(Analysis a) {
    Tokens t = a.tokens();
    for (int i = 0; i < Math.min(t.size(), 24); i++) {
      // at the start of the message or of a line (no sentence segmentation needed for it)
      if (!SALUTATIONS.contains(t, i) || i > 0 && !t.gapContains(i - 1, i, '\n')) {
        continue;
      }
      if (t.isAny(i, "to", "attention") && !(i + 1 < t.size() && t.is(i + 1, "all"))) {
        return false;
      }
      for (int k = i + 1; k < Math.min(t.size(), i + 7); k++) {
        if (ADDRESSED_GROUPS.contains(t, k)) {
          return true;
        }
        // a number or an ordinal ("Room 12", "2nd", "3rd-grade"); no string is made for a token
        if (!(digitAt(t, k) || a.capitalized(k) && !t.endsWith(k, "'s")
            || GROUP_QUALIFIERS.contains(t, k))) {
          return false;
        }
      }
      return false;
    }
    return false;
  }

  private static final WordSet NEEDS = WordSet.of("necesita", "necesitan", "requiere",
      "requieren", "ocupa", "ocupan");

  /** "necesita cita", "se necesita cita", "se requiere cita" from token {@code k}. */
  private static boolean noAppointmentNeeded(Tokens t, int k) {
    if (k < t.size() && t.is(k, "se")) {
      k++;
    }
    return k + 1 < t.size() && NEEDS.contains(t, k) && t.is(k + 1, "cita");
  }

  private static final WordSet WHOLE_PANELS = WordSet.of("patients", "pacientes", "members",
      "miembros", "afiliados", "families", "familias", "clients", "clientes", "students",
      "graders", "estudiantes", "alumnos", "residents", "residentes", "employees", "empleados",
      "schools", "escuelas", "primarias", "secundarias", "campuses");

  /** A kind of school between "all" and "schools": "all elementary schools". */
  private static final WordSet SCHOOL_LEVELS = WordSet.of("elementary", "middle", "high",
      "district", "public", "primary", "secondary", "k-8");

  private static final WordSet GRADE_NAMES = WordSet.of("k", "kinder", "kindergarten",
      "pre-k", "tk");

  private static final WordSet GRADE_CUES = WordSet.of("graders", "grades", "grado", "grados");

  /**
   * Whole grades from token {@code i}: "grades K, 2, 5 and 8", "1st graders", "para kínder, 2º y
   * 5º grado" (a list of grades before "grado"). One child's grade is singular and owned ("your
   * child's 2nd grade class").
   */
  private static boolean gradesAsAWhole(Tokens t, int i) {
    if (!GRADE_CUES.contains(t, i)) {
      return false; // one set look-up for the many words that are none of these
    }
    if (t.is(i, "graders")) {
      return true;
    }
    if (t.is(i, "grades")) {
      return i + 1 < t.size() && (digitAt(t, i + 1) || GRADE_NAMES.contains(t, i + 1));
    }
    if (t.isAny(i, "grado", "grados") && i >= 3) {
      // "kínder, 2º y 5º grado": a conjunction among the grades just before
      return t.isAny(i - 2, "y", "and") && digitAt(t, i - 1);
    }
    return false;
  }

  private static final WordSet GRADES = WordSet.of("1st", "2nd", "3rd", "4th", "5th", "6th",
      "7th", "8th", "9th", "10th", "11th", "12th", "and", "y", "grade", "grado");

  /**
   * "all patients", "all of our patients", "todos nuestros pacientes", "all 1st, 3rd and 5th
   * graders" from token {@code i}.
   */
  private static boolean allOurPatients(Tokens t, int i) {
    if (!t.isAny(i, "all", "todos", "todas")) {
      return false;
    }
    int k = i + 1;
    if (k < t.size() && t.is(k, "of")) {
      k++;
    }
    if (k < t.size() && t.isAny(k, "our", "nuestros", "nuestras", "los", "las")) {
      k++;
    }
    // grades or ages before the panel: "all 1st, 3rd and 5th graders", "all 9th grade students"
    for (int grades = 0; k < t.size() && grades < 6 && (t.type(k) == Tokens.NUMBER
        || GRADES.contains(t, k)); grades++) {
      k++;
    }
    if (k < t.size() && SCHOOL_LEVELS.contains(t, k)) {
      k++; // "at all elementary schools"
    }
    return k < t.size() && WHOLE_PANELS.contains(t, k);
  }

  /**
   * "Brookside Walk-In", "Ridgeview Medical Walk-In", "the walk in clinic": a clinic's name or the
   * clinic itself, where the recipient is seen, not an offer to walk in.
   */
  private static boolean walkInClinicNamed(Analysis a, int i) {
    Tokens t = a.tokens();
    if (!t.isAny(i, "walk", "walk-in", "walk-ins") || i == 0) {
      return false;
    }
    return a.capitalized(i) && a.capitalized(i - 1) && !a.startsSentence(i)
        || t.isAny(i - 1, "the", "your", "ur", "la", "su");
  }

  private static final WordSet GROUPS = words(" group groups class classes program cohort"
      + " circle grupo grupos clase clases programa ");

  /**
   * "Reminder for everyone in the Tuesday grief support group": everyone in a group is its
   * members, whom the message is about ("everyone in our community" is a broadcast).
   */
  private static boolean membersOf(Tokens t, int i) {
    if (!t.isAny(i, "everyone", "anyone", "todos") || i + 1 >= t.size()
        || !t.isAny(i + 1, "in", "en", "del")) {
      return false;
    }
    return anyWithin(t, i + 2, Math.min(t.size() - 1, i + 7), GROUPS);
  }

  /**
   * A plan's or a practice's members as a class: "members of our PPO plans", "HMO members", "all
   * members", "nuestros afiliados"; not "your family members" or "care team members".
   */
  private static boolean planMembers(Tokens t, int i) {
    if (!t.isAny(i, "members", "miembros", "afiliados")) {
      return false;
    }
    return i > 0 && MEMBER_CLASSES.contains(t, i - 1)
        || i + 2 < t.size() && t.isAny(i + 1, "of", "de") && t.isAny(i + 2, "our", "all",
            "nuestros", "nuestro", "nuestra", "todos");
  }

  private static final WordSet MEMBER_CLASSES = WordSet.of("all", "our", "plan", "hmo", "ppo",
      "epo", "pos", "medicare", "medicaid", "advantage", "todos", "nuestros");

  private static final WordSet DRIVES = WordSet.of("blood", "food", "donation", "toy", "coat",
      "clothing", "book", "vaccine", "vaccination", "supply", "sock", "diaper");

  private static final WordSet CUE_NEGATIONS = WordSet.of(
      "not", "no", "isn't", "aren't", "isnt", "arent", "won't", "wont", "longer", "never",
      "nunca", "tampoco");

  /** "not available", "no longer offering", "no estará disponible": up to three words back. */
  private static boolean negatedCue(Tokens t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (CUE_NEGATIONS.contains(t, k)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet OWN_CARE_NOUNS = words(
      " prescription rx refill appointment appt visit dose medication order receta cita"
          + " medicamento statement charges bill balance claim factura cargos saldo ");

  /**
   * "your prescription", "su receta", "your recent charges" anywhere: the message is about the
   * recipient's own care or bill, so a drug or test named in another sentence of it is theirs
   * ("Mounjaro is out of stock. We can transfer your prescription..."). Plurals ("refill your
   * prescriptions before you travel", "sus recetas") are what a newsletter says to everyone.
   */
  private static boolean recipientsOwnCare(Tokens t) {
    if (reminderOfASlot(t) || resultNotice(t)) {
      return true;
    }
    for (int i = 0; i + 1 < t.size(); i++) {
      // "Waitlist: an earlier Dermatology opening is available", "an earlier appointment": a
      // slot offered ahead of the recipient's own; "estás en la lista de espera"
      if ((t.isAny(i, "waitlist", "waitlisted") || t.is(i, "wait") && t.is(i + 1, "list"))
              && !JOIN.containsAny(t, i - 3, i) // "join the waitlist for the spring session"
          || t.is(i, "lista") && t.is(i + 1, "de") && i + 2 < t.size() && t.is(i + 2, "espera")
          || EARLIER.contains(t, i) && SLOT_NOUNS.containsAny(t, i + 1, i + 3)) {
        return true;
      }
      // "Le toca la segunda dosis de la vacuna", "te toca": it is the recipient's turn
      if (t.isAny(i, "le", "te") && t.is(i + 1, "toca")) {
        return true;
      }
      // "You may be due for colorectal cancer screening", "you're due for": the recipient's own
      if (t.is(i, "due") && t.is(i + 1, "for") && YOU_DUE.containsAny(t, i - 3, i)
          && !WHAT_IFS.containsAny(t, i - 5, i)) { // "check whether you are due for"
        return true;
      }
      // "warfarin 2.5 mg is ready for pickup at the drive-thru": someone's fill, however the
      // notice is worded
      if (READY_WORDS.contains(t, i) && i + 2 < t.size() && t.isAny(i + 1, "for", "para")
          && t.isAny(i + 2, "pickup", "pick-up", "pick", "recoger", "recogerla", "recogerlo")) {
        return true;
      }
      // "the lot of atorvastatin you picked up on 8/14", "the flu vaccine you received here",
      // "la vacuna que recibió el 14 de febrero": what the recipient was given
      if (t.isAny(i, "you", "que") && GIVEN_VERBS.contains(t, i + 1)
          && !anyWithin(t, Math.max(0, i - 4), i - 1, WHAT_IFS)) { // "if any equipment you..."
        return true;
      }
      // "Dalton Freight has scheduled a pre-employment drug screen for you": booked for the
      // recipient, whatever the message adds about walk-ins
      if (BOOKED.contains(t, i)) {
        for (int k = i + 1; k + 1 < t.size() && k <= i + 7; k++) {
          if (t.isAny(k, "for", "para") && t.isAny(k + 1, "you", "u", "usted", "ti")) {
            return true;
          }
        }
      }
      if (t.isAny(i, "your", "ur", "yr", "su", "tu")
          && !(i > 0 && INVITATIONS.contains(t, i - 1))
          && !(i + 1 < t.size() && t.isAny(i + 1, "next", "proxima"))) { // "at your next visit"
        for (int k = i + 1; k <= Math.min(t.size() - 1, i + 3); k++) {
          if (OWN_CARE_NOUNS.contains(t, k)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final WordSet WHAT_IFS = words(" if any si cualquier whether ");
  private static final WordSet EARLIER = words(" earlier sooner ");
  private static final WordSet JOIN = words(" join joining unirse ");
  private static final WordSet SLOT_NOUNS = words(
      " opening openings slot slots appointment appointments appt appts time spot ");
  private static final WordSet YOU_DUE = words(" you you're youre u ");

  /**
   * "Your follow-up with Dr. Burns for your laceration is tomorrow": "for your" right before the
   * condition, after a visit named earlier in the sentence, says what the visit is for.
   */
  private static boolean visitForYours(Tokens t, int first, int sFirst) {
    if (first < 3 || !t.isAny(first - 1, "your", "ur", "su") || !t.isAny(first - 2, "for",
        "para", "por")) {
      return false;
    }
    return anyWithin(t, Math.max(sFirst, first - 10), first - 3, VISIT_AFTER);
  }

  private static final WordSet BOOKED = words(" scheduled booked reserved programo programado"
      + " programada agendo agendado agendada reservo reservado reservada ");

  private static final WordSet GIVEN_VERBS = words(" received picked filled got recibio"
      + " recogio recibiste recogiste ");

  /**
   * What a notice says is new or ready for the recipient: a result, or a document, letter or
   * message posted for them ("New document available: Cycle Calendar – IVF #2").
   */
  private static final WordSet RESULT_NOUNS_OF_NOTICE = words(" result results resultado"
      + " resultados document documents letter message messages documento documentos carta"
      + " mensaje mensajes ");
  private static final WordSet NEW_WORDS = words(" new nuevo nuevos nueva nuevas ");
  private static final WordSet READY_WORDS =
      words(" available ready disponible disponibles listo listos lista listas ");

  /**
   * "New result available: Pap test", "Nuevo resultado disponible: Papanicolaou": a notice that a
   * result is ready is about the recipient's own test, however impersonally it is worded.
   */
  private static boolean resultNotice(Tokens t) {
    for (int i = 0; i < t.size(); i++) {
      if (!RESULT_NOUNS_OF_NOTICE.contains(t, i)) {
        continue;
      }
      if ((i > 0 && NEW_WORDS.contains(t, i - 1))
          || (i + 1 < t.size() && NEW_WORDS.contains(t, i + 1))) { // "resultado nuevo"
        return true;
      }
      // "results are now available", "resultados de la mamografía ya están disponibles"
      for (int k = i + 1; k < t.size() && k <= i + 6; k++) {
        if (READY_WORDS.contains(t, k)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final WordSet SLOT_DAYS = words(
      " today tomorrow tonight tmrw hoy manana monday tuesday wednesday thursday friday saturday"
          + " sunday mon tue tues wed thu thur thurs fri sat sun lunes martes miercoles jueves"
          + " viernes sabado domingo ");

  /**
   * "Reminder: INR check tomorrow at 9:15": a message that opens as a reminder and names a day
   * and a time right after it ("tomorrow at 9:15", "el martes a las 10") is about a slot booked
   * for the recipient, even if it adds that walk-ins are welcome.
   */
  private static boolean reminderOfASlot(Tokens t) {
    int n = t.size();
    if (n < 4 || !t.isAny(0, "reminder", "recordatorio", "recordatorios", "reminders")) {
      return false;
    }
    for (int i = 1; i + 2 < n && i < 16; i++) {
      if (!SLOT_DAYS.contains(t, i)) {
        continue;
      }
      int k = i + 1;
      if (t.isAny(k, "a") && k + 1 < n && t.isAny(k + 1, "las", "la")) {
        k += 2;
      } else if (t.isAny(k, "at", "@")) {
        k++;
      } else if (t.type(k) == Tokens.NUMBER && clockTime(t, k)
          && !t.isAny(i - 1, "every", "cada", "los", "todos")) {
        return true; // "tomorrow 8:00-8:30am"; not "every Saturday 9:00-12:00"
      } else {
        continue;
      }
      if (k < n && t.type(k) == Tokens.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /** Number token {@code k} is the hour of a clock time: "8:00", "8:30am". */
  private static boolean clockTime(Tokens t, int k) {
    char[] c = t.view().buffer();
    int e = t.end(k);
    for (int p = t.start(k); p < e; p++) {
      if (c[p] == ':') {
        return true; // one token, if the tokenizer kept it whole
      }
    }
    return e + 1 < t.view().length() && c[e] == ':' && Character.isDigit(c[e + 1]);
  }

  /**
   * Verbs that invite anyone to book ("Book your appointment today", "Pida su cita al..."): what
   * follows is no appointment the recipient already has.
   */
  private static final WordSet INVITATIONS = words(
      " book schedule request make pida haga agende programe reserve solicite saque ");

  private static boolean hasName(List<Detection> out) {
    for (Detection d : out) {
      if (d.category == Category.NAME) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the message speaks about the recipient's own care: "your", "su", "tu" anywhere. An
   * announcement that does is treated as personal (the safe reading).
   */
  private static final WordSet SECOND_PERSON = WordSet.of(
      "your", "ur", "yr", "su", "sus", "tu", "tus", "you're", "youre");

  /** A coverage decision: "denied", "approved", "negada". */
  private static final WordSet COVERAGE = words(" denied denies denial approved approves approval"
      + " authorized covered negada negado nego denegada denegado denego aprobada aprobado"
      + " autorizada autorizado ");

  /**
   * "denied the claim ... as experimental for treatment-resistant depression", "less than 6
   * months of conservative treatment for spondylolisthesis": the condition a coverage decision
   * gives as its reason is the member's.
   */
  private static boolean coverageReason(Tokens t, int first, int sFirst, int sLast) {
    return first > 0 && t.isAny(first - 1, "for", "para") && anyWithin(t, sFirst, sLast, COVERAGE);
  }

  private static final WordSet EXPOSED = words(" exposed exposure expuesto expuesta expuestos"
      + " expuestas contacto contact ");

  /** Who or how a public alert addresses: "anyone in the waiting room", "if you ate at". */
  private static final WordSet ANYONE = words(" anyone anybody everyone everybody all todos"
      + " todas cualquier cualquiera quien quienes if si ");

  /** A hedge on an exposure: public in an alert, personal in a message to a named person. */
  private static final WordSet EXPOSURE_HEDGES = words(" may might could possibly puede pudo"
      + " podria posiblemente ");

  /**
   * "you were exposed to measles", "usted estuvo en contacto cercano con una persona con tos
   * ferina": the recipient's exposure, told to them (not a public alert to "anyone in the waiting
   * room", nor "if you ate at the diner, you may have been exposed").
   */
  private static boolean exposedBefore(Tokens t, int first, int sFirst, int sLast,
      boolean named) {
    for (int k = first - 1; k >= Math.max(sFirst, first - 8); k--) {
      if (EXPOSED.contains(t, k)) {
        // "Gloria, you may have been exposed to hepatitis A", "you may have been exposed to
        // tuberculosis at Pinecrest Elementary between 9/2 and 10/15": a hedge told to a named
        // person, or in a sentence with no "if" or "anyone" (an alert says whom it is for:
        // "if you visited ... you may have been exposed")
        return (anyWithin(t, sFirst, k, YOU) || secondPersonIn(t, sFirst, k))
            && !anyWithin(t, sFirst, k, ANYONE)
            && (named || !anyWithin(t, sFirst, k, EXPOSURE_HEDGES)
                || !anyWithin(t, sFirst, sLast, ANYONE));
      }
    }
    return false;
  }

  /** Words after "starting" that make it a date, not a drug started: "starting next plan year". */
  private static final WordSet WHEN_WORDS = words(" next this on in today tomorrow tonight"
      + " january february march april may june july august september october november december"
      + " monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug"
      + " sep sept oct nov dec el la manana hoy proximo proxima ");

  /** Who a relative clause is about: "adults ... who take metformin" are not told to. */
  private static final WordSet RELATIVES = words(" who that quienes ");

  /**
   * A dosing verb within four tokens before the drug ("take", "start", "stop"), not one that opens
   * a date ("starting next plan year, Januvia moves to Tier 3") nor one in a relative clause
   * about people with a condition ("adults with type 2 diabetes who take metformin"; "to our
   * patients who use insulin" addresses the recipient).
   */
  private static boolean verbDosesTheDrug(Tokens t, int first, int sFirst) {
    if (PREP_SUBSTANCES.contains(t, first)
        && !(first + 1 < t.size() && DRUG_FORMS_OF_SUBSTANCES.contains(t, first + 1))) {
      return false; // "skip caffeine that morning": preparation ("nicotine patches" is a drug)
    }
    for (int k = first - 1; k >= Math.max(sFirst, first - 4); k--) {
      if (!DOSING_VERBS.contains(t, k)) {
        continue;
      }
      if (t.isAny(k, "starting", "start", "empezando") && k + 1 < first
          && WHEN_WORDS.contains(t, k + 1)) {
        continue;
      }
      if (k > sFirst && RELATIVES.contains(t, k - 1)
          && anyWithin(t, Math.max(sFirst, k - 8), k - 2, WITH)) {
        continue; // "adults with type 2 diabetes who take metformin": people with a condition
      }
      if (k > sFirst && t.isAny(k - 1, "nasal", "oral", "throat", "nose", "topical")) {
        continue; // "your nasal spray and Zyrtec": a product, not a verb
      }
      return true;
    }
    return false;
  }

  private static final WordSet WITH = words(" with con ");

  private static final WordSet HOLD_UNTIL = words(" before prior until antes hasta ");

  /** What a test's preparation has the recipient go without: no drug held. */
  private static final WordSet PREP_SUBSTANCES =
      words(" caffeine cafeina alcohol nicotine tobacco tabaco ");
  private static final WordSet DRUG_FORMS_OF_SUBSTANCES = words(" citrate citrato patch patches"
      + " gum lozenge lozenges replacement inhaler parche parches chicle ");

  /**
   * "No ibuprofen, naproxen or aspirin for 7 days before": a sentence opening with "no" (perhaps
   * after "please"), the drug among the next eight words and a time it is held until.
   */
  private static boolean noDrugBefore(Tokens t, int first, int last, int sFirst, int sLast) {
    int no = t.is(sFirst, "please") || t.is(sFirst, "pls") ? sFirst + 1 : sFirst;
    if (no >= first || !t.is(no, "no") || first - no > 8
        || PREP_SUBSTANCES.contains(t, first)) {
      return false; // "No smoking or caffeine for 2 hrs before": preparation, not a drug held
    }
    return anyWithin(t, last + 1, Math.min(sLast, last + 8), HOLD_UNTIL);
  }

  /**
   * "your", "su", "you're" in tokens {@code [from, to]}: the sentence ties its terms to the
   * recipient, so it is no announcement to everyone.
   */
  private static boolean secondPersonIn(Tokens t, int from, int to) {
    for (int i = Math.max(0, from); i <= Math.min(to, t.size() - 1); i++) {
      if (SECOND_PERSON.contains(t, i) && !notCareOwned(t, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "your trip.", "su viaje y": "your" owns a head noun of {@link #NOT_CARE} that ends its phrase
   * (not "your travel vaccines").
   */
  private static boolean notCareOwned(Tokens t, int i) {
    int k = i + 1;
    if (k + 1 < t.size() && t.isAny(k, "whole", "entire", "toda", "student", "photo")) {
      k++; // "your whole family", "your student ID"
    }
    if (k >= t.size() || !t.isAny(i, "your", "su", "tu") || !NOT_CARE.contains(t, k)) {
      return false;
    }
    if (k + 1 >= t.size()) {
      return true;
    }
    String gap = t.originalGap(k, k + 1);
    return !gap.isBlank() || t.isAny(k + 1, "and", "or", "this", "next", "with", "at", "in", "y",
        "o", "este", "esta", "con", "en");
  }

  /**
   * What "your" may own in an announcement without making it about the recipient's care: "for
   * your trip", "your whole family", "su viaje".
   */
  private static final WordSet NOT_CARE = words(
      " trip trips travel travels vacation vacations family kids children home summer holiday"
          + " holidays community workplace viaje viajes familia hijos ninos vacaciones hogar"
          + " comunidad verano"
          // "answer your questions", "thank you for your patience", "with your student ID"
          + " questions preguntas patience paciencia id ");

  private static final WordSet TAKE_VERBS = WordSet.of(
      "take", "tome", "tomar", "toma", "inject", "inyecte", "use", "apply", "aplique");

  /**
   * A dose instruction without a drug name ("take 2 tablets twice a day", "tome 1 pastilla cada 8
   * horas") is a MEDICATION detection of its own, flagged DOSING.
   */
  private static void doseInstructions(Analysis a, List<Detection> out) {
    Tokens t = a.tokens();
    int n = t.size();
    for (int i = 0; i + 2 < n; i++) {
      int unit = doseChangeEnd(t, i);
      if (unit < 0 && digitAt(t, i)) { // one char test before the rate and frequency rules
        unit = doseRateEnd(t, i);
        if (unit < 0) {
          unit = doseWithFrequencyEnd(t, i);
        }
      }
      if (unit < 0) {
        if (!TAKE_VERBS.contains(t, i)) {
          continue;
        }
        int k = i + 1;
        if (k + 1 < n && t.isAny(k, "all", "both", "todas", "todos")) {
          k++; // "take all 4 pills at once"
        }
        if (!isNumberish(t.term(k))) {
          continue;
        }
        unit = k + 1;
        if (unit < n && t.isAny(unit, "more", "extra", "mas")) {
          unit++;
        }
        if (unit >= n || !DOSE_UNITS.contains(t, unit)) {
          continue;
        }
      }
      int start = t.originalStart(i);
      int end = t.originalEnd(unit);
      boolean covered = false;
      for (Detection d : out) {
        // a named drug carries the instruction (DOSING); the dose is not a span of its own
        if ((d.start < end && start < d.end) || d.category == Category.MEDICATION) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(new Detection(start, end, Category.MEDICATION, "dosing", 0.8, Detection.DOSING));
      }
    }
  }

  /**
   * "5 mL twice a day", "2 tablets every 6 hours", "10 unidades cada noche": an amount and how
   * often, a dose instruction without a verb; the unit's token, or -1. The caller has checked
   * that token {@code i} is a number.
   */
  private static int doseWithFrequencyEnd(Tokens t, int i) {
    int n = t.size();
    int unit;
    if (i + 2 < n && DOSE_UNITS.contains(t, i + 1)) {
      unit = i + 1;
    } else if (i + 1 < n && unitInside(t, i)) {
      unit = i; // "3g twice daily", "500mg at bedtime"
    } else {
      return -1;
    }
    int f = unit + 1;
    boolean often = FREQUENCY.contains(t, f) || t.isAny(f, "every", "each", "cada")
        || (f + 1 < n && t.isAny(f, "a", "al", "por", "per") && t.isAny(f + 1, "day", "dia",
            "night", "noche"))
        || (f + 1 < n && t.isAny(f + 1, "times", "veces") && numberishAt(t, f))
        || (f + 1 < n && t.is(f, "once") && t.isAny(f + 1, "a", "per", "daily", "weekly"))
        || atBedtime(t, f);
    return often ? unit : -1;
  }

  /** "at bedtime", "before bed", "antes de dormir", "al acostarse" from token {@code f}. */
  private static boolean atBedtime(Tokens t, int f) {
    int n = t.size();
    if (f + 1 >= n || !t.isAny(f, "at", "before", "antes", "al")) {
      return false;
    }
    int k = f + 1 < n && t.isAny(f + 1, "de") ? f + 2 : f + 1;
    return k < n && t.isAny(k, "bedtime", "bed", "dormir", "acostarse");
  }

  /** A number token that carries its dose unit: "3g", "500mg", "5ml". */
  private static boolean unitInside(Tokens t, int i) {
    char[] c = t.view().buffer();
    int s = t.start(i);
    int e = t.end(i);
    int p = s;
    while (p < e && (Character.isDigit(c[p]) || c[p] == '.')) {
      p++;
    }
    if (p == s || p == e || !Character.isLetter(c[p])) {
      return false;
    }
    return DOSE_UNITS.contains(c, p, e - p); // read in place: "9am" is a common token
  }

  private static final WordSet RATE_UNITS = words(" units unit u iu ml unidades unidad ");

  private static final WordSet PER_HOUR = words(" hr h hour hrs hora horas ");

  /**
   * "0.8 units/hr", "0.8 u/h", "100 mL per hour", "1 unidad por hora": a pump's or a drip's rate,
   * a dose of its own; the last token of the rate, or -1. The caller has checked that token
   * {@code i} is a number.
   */
  private static int doseRateEnd(Tokens t, int i) {
    int n = t.size();
    if (i + 2 >= n || !RATE_UNITS.contains(t, i + 1)) {
      return -1;
    }
    int k = i + 2;
    if (t.isAny(k, "per", "por", "an", "a", "each", "every", "cada") && k + 1 < n) {
      k++;
    } else if (!t.originalGap(i + 1, k).equals("/")) {
      return -1;
    }
    return PER_HOUR.contains(t, k) ? k : -1;
  }

  /** The ranges of some detections, sorted by start, for "is one inside [s, e)?" questions. */
  private static final class Ranges {
    private final int[] starts;
    private final int[] ends;

    private Ranges(int[] starts, int[] ends) {
      this.starts = starts;
      this.ends = ends;
    }

    private static final Ranges NONE = new Ranges(new int[0], new int[0]);

    static Ranges of(List<Detection> out, java.util.function.Predicate<Detection> which) {
      List<Detection> picked = null;
      for (int i = 0; i < out.size(); i++) {
        Detection d = out.get(i);
        if (which.test(d)) {
          if (picked == null) {
            picked = new java.util.ArrayList<>();
          }
          picked.add(d);
        }
      }
      if (picked == null) {
        return NONE; // immutable: nothing writes a Ranges after it is made
      }
      picked.sort((x, y) -> Integer.compare(x.start, y.start));
      int[] starts = new int[picked.size()];
      int[] ends = new int[picked.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = picked.get(i).start;
        ends[i] = picked.get(i).end;
      }
      return new Ranges(starts, ends);
    }

    /** Whether one of the ranges lies inside {@code [s, e]}. */
    boolean anyWithin(int s, int e) {
      for (int i = IntArrays.firstAtLeast(starts, starts.length, s);
          i < starts.length && starts[i] <= e; i++) {
        if (ends[i] <= e) {
          return true;
        }
      }
      return false;
    }
  }
}
