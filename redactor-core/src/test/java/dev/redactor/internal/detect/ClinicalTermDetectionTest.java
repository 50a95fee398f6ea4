package dev.redactor.internal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redactor.Category;
import dev.redactor.Decision;
import dev.redactor.Findings;
import dev.redactor.Redactor;
import dev.redactor.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clinical terms read in context, through the public API: which category a word is in this
 * message, and how far its span reaches (corpus/README.md span conventions). The sentences are
 * invented for these tests and are not in the development corpus.
 */
class ClinicalTermDetectionTest {

  private static final Redactor REDACTOR = Redactor.standard();

  private static List<String> found(String text, Category category) {
    return Findings.texts(text, REDACTOR.check(text), category);
  }

  private static void assertSpans(String text, Category category, String... expected) {
    Verdict v = REDACTOR.check(text);
    assertEquals(List.of(expected), Findings.texts(text, v, category),
        () -> category + " in: " + text + " -> " + Findings.describe(text, v));
  }

  private static void assertDecision(Decision expected, String text) {
    Verdict v = REDACTOR.check(text);
    assertEquals(expected, v.decision(), () -> Findings.describe(text, v));
  }

  private static void assertNone(String text, Category category) {
    assertSpans(text, category);
  }

  // --- a test named by what it looks for --------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your hepatitis test is on Friday morning.          | hepatitis test",
    "Your strep swab is ready to be collected.          | strep swab",
    "Su prueba de hepatitis es el lunes.                | prueba de hepatitis",
    "Su sesión de consejería en adicciones es mañana.   | consejería en adicciones",
    "Your knee surgery is set for the 14th.             | knee surgery",
    "Después de la cirugía de rodilla no maneje.        | cirugía de rodilla",
    "Le recordamos su cirugía del hombro el martes.     | cirugía del hombro",
    "Your HIV-1/2 Ag/Ab screen is on 8/19.              | HIV-1/2 Ag/Ab screen",
    "Your HCV RNA test is due next week.                | HCV RNA test",
    "Your hepatitis B surface antigen test is Monday.   | hepatitis B surface antigen test",
  })
  void testsAndSurgeriesAreOneProcedure(String text, String span) {
    assertSpans(text, Category.PROCEDURE, span);
    assertNone(text, Category.CONDITION);
  }

  // Names from the Medical Action Ontology list (procedure-maxo.en.txt): before it, the first
  // four went out whole (ALLOW) and the last three lost only their last word.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your fecal microbiota transplantation is next Tuesday at 8.      | fecal microbiota transplantation",
    "We scheduled your lung volume reduction surgery consult for 4/9. | lung volume reduction surgery",
    "Your Nissen fundoplication is set for 3/4.                       | Nissen fundoplication",
    "Your fetal scalp electrode monitoring class is Monday.           | fetal scalp electrode monitoring",
    "Your fluorescein angiography is Monday at 1 PM.                  | fluorescein angiography",
    "Your intrauterine transfusion is set for Friday.                 | intrauterine transfusion",
    "Your cognitive behavior therapy session moved to 3 PM.           | cognitive behavior therapy",
  })
  void ontologyProcedureNamesAreOneProcedure(String text, String span) {
    assertSpans(text, Category.PROCEDURE, span);
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void aConditionAfterAVerbIsAResultOnlyWhenATestIsTheSubject() {
    assertNone("Your appointment is for diabetes education.", Category.RESULT);
    assertNone("This class is diabetes prevention for everyone.", Category.RESULT);
    // the subtype "1/2" inside a test's name is no date
    assertSpans("Your HIV-1/2 Ag/Ab screen is on 8/19.", Category.DATE, "8/19");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a longer term starting inside "cita de terapia" names the care
    "Su cita de terapia física es el lunes.          | terapia física",
    "Su cita de terapia del habla es el lunes.       | terapia del habla",
    "Su cita de terapia es el lunes.                 | cita de terapia",
    // lactation care reveals a birth; the word needs a visit or the recipient's own care
    "Your lactation appointment is Thursday at 10.   | lactation",
    "Tu cita de lactancia es el jueves a las 10.     | lactancia",
    "Your sclerotherapy is Thurs 4/23 at 2:30.       | sclerotherapy",
    "Your pill count appt is Tues at 9:15.           | pill count",
    "Please arrive 10 min early for your weigh-in.   | weigh-in",
    "Su escleroterapia es el martes.                 | escleroterapia",
    "Recordatorio: mida su presión antes de la llamada. | presión",
  })
  void visitTypesNamedByTheirCare(String text, String span) {
    assertSpans(text, Category.PROCEDURE, span);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Dr. Shah says everything looked good on your scan.   | good",
    "Your x-ray looked fine, no need to come in.          | fine",
    "Su ultrasonido se ve bien.                            | bien",
    "Your kidney function is stable, no change in meds.   | stable",
    "Your A1c remains unchanged since June.               | unchanged",
    "Your thyroid levels look normal, no changes needed.  | normal",
    "Sus niveles se ven bien.                             | bien",
    "Your scan looks stable - no new spots.               | stable",
    "Your CT appears unchanged from March.                | unchanged",
    "Your Pap from June 3 was normal.                     | normal",
    "Your CMP is final. 2 values are flagged abnormal.    | abnormal",
    "Driver failed vision - 20/60 L eye.                  | 20/60",
    "You rated your pain 7/10 at check-in.                | 7/10",
    "You logged a craving score of 8/10 today.            | 8/10",
    "Arjun asked me to update you: he's stable tonight.   | stable",
    "Su esposa dio a luz. Las dos están estables.         | estables",
    "Your labs were seen by Dr. Sandoval - everything looks good! | good",
    "Your pacemaker check on 2/11 was normal.             | normal",
    "Your CPAP was used 3.1 hrs/night on average.         | 3.1 hrs/night",
    "Su CPAP marca que solo lo usó 2 horas por noche.     | 2 horas por noche",
    "Your AMH and antral follicle count are in range.     | in range",
    "Su A1c está dentro del rango.                        | dentro del rango",
    "Lab result: Total IgE 412 IU/mL. Tap to view.        | 412 IU/mL",
    "RPM alert: your last 3 readings averaged 164/101.    | 164/101",
    "Her symptom score was 4 at today's visit.            | 4",
    "Your resting heart rate is down to 64.               | 64",
    "Your heart rate reached 142 during class.            | 142",
    "Great news, your CRP came down to 12 from 48!        | 12",
    "hi - ur E2 came back 1,840 and the nurse will call.  | 1,840",
  })
  void howATestLooksOrStandsIsItsResult(String text, String result) {
    assertSpans(text, Category.RESULT, result);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your MRI results: full-thickness supraspinatus tear. Call us. | full-thickness supraspinatus tear",
    "Your ultrasound results: small echogenic focus, please call.  | small echogenic focus",
    "Your surveillance MRI shows a new 1.2 cm spot in the liver.   | 1.2 cm",
    "Your fasting sugars are averaging 168 this month.              | 168",
    "Your glucose readings this week: fasting 182. Call us.        | 182",
    "Your fasting sugars stayed between 95 and 110.                 | 95",
    "Based on your depression screening score of 16, we called.     | 16",
    "Los análisis mostraron la función del riñón baja.              | baja",
    "Su esposa ya salió bien de la operación de la vesícula.        | salió bien",
    "Your ultrasound came in: the baby is measuring small.          | measuring small",
    "A pregnancy test is $38. Since yours was positive, call us.    | positive",
    "Your cardiac cath is done. Dr. Kaplan found two blockages.     | two blockages",
    "Dr. Estrada said your pap came back with ASC-US, call us.      | ASC-US",
    "Your mom's team met: she's not improving on the current treatment. | not improving",
    "Aiden's sleep study: he stops breathing about 12 times an hour.  | 12",
    "En su radiografía del pie no hay fractura. Siga usando la bota.  | no hay",
  })
  void whatFollowsAResultsColonIsTheFinding(String text, String result) {
    assertSpans(text, Category.RESULT, result);
  }

  @Test
  void aValueAndHowItRead_areBothResults() {
    // the reading and its interpretation, as in "was 10.4, slightly low"
    assertSpans("Your heart rate of 42 beats per minute was low, please call.", Category.RESULT,
        "42 beats per minute", "low");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your lab results: ready to view in the portal.",
    "Test results: log in to view them.",
    "Patients may park in Lot D, levels 2-4; vehicles over 6'8\" tall use the surface lot.",
    "Gracias por su donativo. Recibo No. D-2025-0413 por $500.00 MXN.",
    "Keep your BP below your target range of 130/80 this month.",
  })
  void aResultsNoticeAParkingLevelOrAReceiptIsNoResult(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Our Maternity Lane office is closed Friday for carpet cleaning.",
    "Hi! This is Sam at Crossroads Clinic. Dr. Iwasaki is running about 30 min behind.",
    "Su cita en la Clínica de Salud Pública es el jueves 11 de junio a las 9:00.",
    "Departamento de Salud del Condado: todas nuestras clínicas cierran el lunes.",
  })
  void aStreetAPlainClinicOrAHealthDepartment_namesNoSpecialty(String text) {
    assertNone(text, Category.SPECIALTY);
  }

  @Test
  void aRibbonBeforeAClinicStillNamesTheField() {
    assertEquals(1, found("Great news from your care team at Red Ribbon Wellness Clinic."
        + " See you in 6 months.", Category.SPECIALTY).size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Hi, this message is for Gloria Estrada. You may have been exposed to hepatitis A last week. | BLOCK",
    "If you ate at the diner on 5/2, you may have been exposed to hepatitis A.                   | REWRITE",
    "County Public Health: you may have been exposed to tuberculosis at Pinecrest Elementary. | BLOCK",
    "Reminder from Harbor Lights Crisis Services: your follow-up call is tomorrow at 4:30 PM.     | REWRITE",
    "Hi Benny! As a 5-year survivor of testicular cancer, would you be our ambassador?            | BLOCK",
  })
  void anExposureOrASurvivorship_toANamedPerson_isTheirs(String text, Decision expected) {
    assertDecision(expected, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a test's label and its outcome after a colon; a stay for a condition
    "Your results are in. Chlamydia: POSITIVE. A clinician will message you.     | BLOCK",
    "Because of your recent hospital stay for heart failure, we enrolled you.   | BLOCK",
    // a condition after 'unless you have' is a what-if; one that labels an intake a label
    "No action is needed unless you have new pain or swelling; call with questions. | ALLOW",
    "Finish your hair loss intake so a provider can review your photos.          | REWRITE",
    // what the recipient was given is theirs, though a free replacement sounds like an offer
    "The lot of atorvastatin 40mg you picked up on 8/14 was recalled. Bring it back for a free replacement. | REWRITE",
    "If any equipment you received from us is recalled, we will contact you. Free sleep apnea screenings Saturday. | ALLOW",
    // a class shared with others is no child's health, and a letter to a group is a broadcast
    "Dear families, a case of head lice has been reported in your child's class.    | ALLOW",
    "A case of head lice has been reported in your child's class.                   | REWRITE",
    "Your son's asthma is getting worse; please call us.                              | BLOCK",
  })
  void aColonOutcomeAStayAWhatIfAndAnIntakeLabel(String text, Decision expected) {
    assertDecision(expected, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Keep your sugar in range this week with the tips below.",
    "Rate your pain score from 0 to 10 before each session.",
    "Vitamin D 2000 IU is on sale this week at the front desk.",
    "Keep your sugars between 80 and 130 this week.",
    "Please complete the PHQ-9 score sheet by 3 pm.",
    "BP Gas & Go rewards: fill up 10 times this month and get a free car wash.",
    "The new shelf is measuring small for the space.",
    "Your OTC order shipped! Items: blood pressure monitor, Dulcolax 5mg tablets (2).",
    "Services: office visit; wrist X-ray (3 views); thumb spica splint.",
    "Your TB skin test must be read 48 to 72 hours after it was placed.",
    "Invoice for February: 18 physicals, 31 drug screens, 6 fit tests. Total due $3,184.",
    "Despacho Granite: carga 55120 sale a las 0500. Revisa llantas antes de salir.",
    "Your donor pass - show it at any listed collection site.",
    "Taller Díaz: su carro pasó la prueba de emisiones. Resultado: aprobado.",
  })
  void aGoalAScaleOrADoseIsNoResult(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // time around "your" makes a less certain condition the recipient's history
    "Per Dr. Khoury: since your stroke you cannot drive for 3 months.",
    "Good news: the plan approved Ocrevus for your relapsing multiple sclerosis.",
  })
  void aConditionOfTheRecipientsHistory_blocks(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your insurer denied the claim as related to a pre-existing seizure disorder.",
    "Since your discharge after the heart failure admission, have you weighed yourself?",
  })
  void aConditionOfTheRecipientsHistory_preExisting_blocks(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Mercado La Estrella: su pedido de mole poblano está listo para recoger.",
    "Liga Los Halcones: traigan espinilleras al entrenamiento del sábado.",
  })
  void aSauceAndShinGuardsAreNoConditions(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Follow-up from QuickVisit: Keep the stitches on your left hand dry and covered.",
    "Work status: modified duty thru 3/20, keep splint on at all times.",
    "Sam, your finger laceration took 4 stitches. Keep it dry for 24 hrs.",
    "Recuerde hacer sus ejercicios de rodilla 3 veces al dia. Su proxima sesion de fisioterapia"
        + " es manana.",
  })
  void woundAndSplintCareIsATreatmentInstruction(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void keepingADeviceToReturnDryIsNoCare() {
    assertDecision(Decision.REWRITE, "Please return your capsule endoscopy recorder to the front"
        + " desk by Thursday. Keep it dry and away from magnets.");
  }

  @Test
  void threeServiceLinesInAListAreWhatThePracticeOffers() {
    assertDecision(Decision.ALLOW, "You can book visits across our primary care, cardiology,"
        + " women's health, pediatrics and dermatology clinics online.");
    assertDecision(Decision.REWRITE, "Your cardiology visit is Monday at 9.");
  }

  @Test
  void aScreenScheduledForYouIsYours_thoughWalkInsAreWelcome() {
    assertDecision(Decision.REWRITE, "Hello,\nDalton Freight has scheduled a pre-employment drug"
        + " screen for you at Northway Medical. Walk-ins accepted 7 AM-7 PM.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Fairbrook Youth Orchestra: Sectionals tonight 6:30-8. Brass in Room 12.",
    "The Growth Spurt Kids Consignment: Spring sale this weekend!",
    "Bienvenida la Dra. Camila Fuentes, pediatra, a nuestra oficina. Ya acepta pacientes nuevos.",
    "E-check-in now works at the Bellmere Cancer Institute, the Heart & Vascular Center and the"
        + " Women's Health Pavilion.",
    "Sus blisteres de la semana estan listos. Puede recogerlos en el mostrador.",
  })
  void shopsAndNewClinicianAnnouncementsRevealNothing(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "New result: Lumbar MRI - mild disc bulge at L4-L5. Tap to view.",
    "Priya, Dr. Reyes thinks the DBT group will help with the mood swings you described.",
  })
  void aFindingOrAConditionTheRecipientDescribed_blocks(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void aListOfWhatVaccinesPrevent_inAClinicsOffer_allows() {
    assertDecision(Decision.ALLOW, "Vaccine clinic this Saturday in the community room. We'll"
        + " have flu, COVID-19, RSV (adults 60+), shingles, pneumonia and Tdap vaccines. No"
        + " appointment needed.");
    // a list that is no vaccine's: her husband's measles, and children not vaccinated
    assertDecision(Decision.BLOCK, "Sra. Ibarra, como su esposo tiene sarampión, usted y los"
        + " niños no vacunados deben quedarse en casa.");
  }

  @Test
  void aMouthRinseToSwishOnASchedule_isATreatmentInstruction() {
    assertDecision(Decision.BLOCK, "Magic mouthwash is ready. Swish 5 mL for 1 minute then"
        + " spit, 4 times a day before meals, for the mouth sores from your radiation.");
  }

  @Test
  void aChildsSleepStudyIsLogistics_notSensitiveCare() {
    assertDecision(Decision.REWRITE, "Reminder for the parent or guardian of Mateo Ruiz: Mateo"
        + " has a sleep study Thursday night at 7:30 PM. Please call 614-555-0157.");
  }

  @Test
  void aFollowUpForYourConditionIsALabel() {
    assertDecision(Decision.REWRITE,
        "Your follow-up with Dr. Burns for your laceration is tomorrow at 9:20 AM.");
  }

  @Test
  void anOfficeVisitNamedForAConditionIsALabel_anErVisitIsAStay() {
    assertDecision(Decision.REWRITE, "Hi Jerome, it's been 2 weeks since your visit for high"
        + " blood pressure. Time to book your follow-up with Dr. Greer: reply BOOK.");
    assertDecision(Decision.BLOCK, "Hi, this is Tasha, the ER follow-up nurse. Calling to check"
        + " on you after Saturday's visit for your kidney stone. Call me back at 555-0148.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Open enrollment ends Friday! Review your medical, dental, vision and life benefits.",
    "Revise sus beneficios médicos, dentales, de visión y de vida en el portal.",
    "Reminder of your appointment Monday at 9. Reply C to confirm. Std msg rates apply.",
    "Valentine's Heart Run 5K is Saturday morning! Registration opens at 7.",
  })
  void benefitLinesCarrierBoilerplateAndHolidays_allow(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Everything looks good on our end, see you Monday.",
    "You look great! See you at your next visit.",
    "The weather looks good for Saturday's health fair.",
    "Our numbers look great this quarter!",
    "Your appointment time is stable for now.",
  })
  void lookingGoodWithoutATestIsNoResult(String text) {
    assertNone(text, Category.RESULT);
  }

  @Test
  void aConditionsCourseIsTheRecipientsCondition_unlessItIsAnIf() {
    assertDecision(Decision.BLOCK, "Since the fever broke, it's ok to skip the ER tonight.");
    assertDecision(Decision.BLOCK, "Desde que la fiebre bajó puede volver a la escuela.");
    assertDecision(Decision.ALLOW, "Call us if a fever returns.");
  }

  @Test
  void howAConditionCompares_isAFinding_unlessAsked() {
    assertDecision(Decision.BLOCK, "His stutter was much lighter during the reading task.");
    assertDecision(Decision.REWRITE, "¿Su tos está mejor?");
  }

  @Test
  void aRelativesStateAfterAnAndIsStillTheirs() {
    String text = "Le comento que su esposa ya salió de la cirugía y está estable.";
    assertSpans(text, Category.RESULT, "estable");
    assertNone("La clínica abrió en 2010 y está estable en su nueva sede.", Category.RESULT);
    assertSpans("Sra. Peña, su mamá ya está estable y pasará la noche aquí.", Category.RESULT,
        "estable");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Stone analysis came back calcium oxalate. Drink more water.  | calcium oxalate",
    "Dr. Rahimi said the urine culture was clean, no antibiotics. | clean",
  })
  void whatATestCameOutAsIsItsResult_evenInWordsNoListHolds(String text, String result) {
    assertSpans(text, Category.RESULT, result);
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "If it comes back over 102, go in.",
    "Your labs came back today, Dr. Lee will call you.",
    "Please clean the area twice a day with soap.",
  })
  void cameBackWithoutAFindingIsNoResult(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Wound looks better today: down to 2.1 x 1.4 cm.            | 2.1 x 1.4 cm",
    "The lesion measured 3 x 2 x 1 mm on the scan.             | 3 x 2 x 1 mm",
    "No signs of infection at the site today.                  | No signs of infection",
    "Dr. Osei removed 2 small polyps and sent them to the lab. | 2 small polyps",
    "Your incision is healing well, keep it dry.               | healing well",
    "La herida del pie está sanando bien.                      | sanando bien",
  })
  void whatAnExamFoundIsAResult(String text, String result) {
    assertSpans(text, Category.RESULT, result);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Hope you're healing well after your visit!",
    "Bring a 4 x 6 photo for your badge.",
    "Watch for signs of infection such as redness.",
  })
  void wishesSizesAndWarningsAreNoResults(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "We offer vaccines and advice for your trip.",
    "Flu shots available for your whole family.",
    "Nuestra clínica de viajes ofrece vacunas y consejos para su viaje.",
  })
  void anOfferForYourTripOrFamilyIsStillABroadcast(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your travel vaccines are available for pickup.",
    "Your family's flu shots are available Monday.",
  })
  void yourOwnCareIsNoBroadcast(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void handTherapyExercisesOnAScheduleAreTreatment() {
    String text = "Keep the splint on at night and do the tendon glides 5x a day. — Dana, OTR/L";
    assertDecision(Decision.BLOCK, text);
    assertSpans(text, Category.SPECIALTY, "OTR/L");
  }

  @Test
  void aMedCheckIsAVisit_notADrug() {
    assertNone("Your son's ADHD med check is Thursday at 3:30.", Category.MEDICATION);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Liam's weight today was 28 lb, below the 5th percentile.   | 28 lb",
    "Liam's weight today was 28 lb, below the 5th percentile.   | below the 5th percentile",
    "Su peso es de 62 kg.                                        | 62 kg",
  })
  void aWeightReadOutAndAPercentileAreResults(String text, String result) {
    assertTrue(found(text, Category.RESULT).contains(result),
        () -> text + " -> " + Findings.describe(text, REDACTOR.check(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "PET/CT booked: Wed 4/15 at 7:00 AM, Lakeview Imaging, 1st floor.",
    "Our phones are answered 8:00 AM-5:00 PM PT, Monday through Friday.",
  })
  void floorsAndTimeZonesAreNoReadingsOrTherapies(String text) {
    assertNone(text, Category.RESULT);
    assertTrue(REDACTOR.check(text).decision() != Decision.BLOCK, text);
  }

  @Test
  void aTimeZoneAfterATimeIsNoTherapy_butAfterASentenceItIs() {
    assertDecision(Decision.ALLOW, "Our phones are answered 8:00 AM-5:00 PM PT, Monday-Friday.");
    assertDecision(Decision.REWRITE, "Your appointment is at 10. PT will follow.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Reminder: your child's RSV shot appt is Mon 10/5 at 9 am. | RSV shot",
    "Su vacuna contra el VPH es el lunes.                      | vacuna contra el VPH",
  })
  void aVaccineNamedByItsDiseaseIsAProcedure(String text, String span) {
    assertSpans(text, Category.PROCEDURE, span);
    assertNone(text, Category.CONDITION);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your GBS swab will be done at your 36-week visit on 7/1. | 36-week",
    "Your 20 week ultrasound is Monday.                        | 20 week",
    "Su ultrasonido de 20 semanas es el lunes.                 | ultrasonido de 20 semanas",
    "Su control de las 36 semanas es el martes.                | control de las 36 semanas",
  })
  void aVisitNamedByAWeekOfPregnancyRevealsIt(String text, String span) {
    assertTrue(found(text, Category.PROCEDURE).stream().anyMatch(p -> p.contains(span)),
        () -> text + " -> " + Findings.describe(text, REDACTOR.check(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your 6-week post-op check is Monday.",
    "Your 12-week follow-up is Monday.",
    "Echo is Tuesday at 1. No prep needed; please arrive early.",
  })
  void shortIntervalsFollowUpsAndNoPrepRevealNoPregnancyOrDrug(String text) {
    for (String p : found(text, Category.PROCEDURE)) {
      assertFalse(p.contains("week"), text);
    }
    assertNone(text, Category.MEDICATION);
  }

  @Test
  void aSpanishMessageNamesTheEnglishDevice() {
    assertDecision(Decision.REWRITE, "Hola, tus supplies para el CGM ya llegaron.");
    assertDecision(Decision.REWRITE, "Su sensor Dexcom está listo.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Research study: adults 40-75 with type 2 diabetes may qualify for the GLOW-2 study.",
    "Estudio de investigación: buscamos mujeres de 18 a 45 años con migrañas frecuentes.",
    "Smoke alert: people with asthma, COPD or heart disease should limit time outdoors.",
    "Call 911 for trouble breathing.",
    "Volunteer drivers needed! Help neighbors get to dialysis and chemo appointments.",
  })
  void peopleWithAConditionAndWhenToCall911AreGeneral(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aProgramForPeopleWithAConditionInYourMessageIsYours() {
    assertDecision(Decision.REWRITE, "Your program for adults with anxiety starts Monday.");
    assertDecision(Decision.BLOCK, "You were seen in the ER for chest pain on 3/2.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The radiologist saw a small mass in the left breast.",
    "Your testing results are in: the pattern fits mild cognitive impairment.",
    "Staff alert: pt Leon Marsh in bay 4 is HIV positive.",
  })
  void whatAReaderSawOrAPatternFitsOrAPatientTestedIsAFinding(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your carboplatin will be replaced with cisplatin starting with your next treatment.",
    "Place the 4 misoprostol tablets in your cheeks 24-48 hours after the mifepristone.",
    "Lab alert: Trichomonas NAAT - DETECTED. Tap to view details.",
  })
  void aDrugSwappedOrCountedOrATestWithItsResultInCapitalsIsBlocked(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void aCountOfRefillsIsNoDose_aPlaceNamedNormalIsAPracticeName() {
    assertDecision(Decision.REWRITE, "Your 2 Lipitor refills are ready.");
    assertSpans("Valley Normal Heart Center: your visit is Monday.", Category.SPECIALTY,
        "Valley Normal Heart Center");
  }

  @Test
  void whatYouHaveAfterATestIsItsFinding_notAVisitCountOrAQuestion() {
    assertDecision(Decision.BLOCK, "Dr. Holt reviewed your x-rays - you have mild degenerative "
        + "disc changes at L4-L5.");
    assertDecision(Decision.BLOCK, "El Dr. Salgado revisó tu resonancia de la rodilla: tienes "
        + "una ruptura del menisco medial.");
    assertDecision(Decision.REWRITE, "Your MRI is booked; you have a new referral too.");
    assertDecision(Decision.REWRITE, "Peak Motion Physical Therapy: you have 4 visits left.");
    assertDecision(Decision.REWRITE, "Your x-ray is ready and you have an appointment Tuesday.");
  }

  @Test
  void breastCancerInSpanishIsNoMothers_whatSomeonesTreatmentTreatsIsTheirs() {
    assertDecision(Decision.ALLOW, "¡Acompáñenos a la Caminata Rosa este sábado! Juntos contra "
        + "el cáncer de mama. Habrá mamografías gratis.");
    assertDecision(Decision.BLOCK, "La cita de mamá para su diabetes es el lunes.");
    assertDecision(Decision.BLOCK, "Su seguro aprobó la cobertura de su quimioterapia para "
        + "cáncer de mama.");
    assertDecision(Decision.BLOCK, "Your insurance approved your chemotherapy for breast "
        + "cancer.");
    assertDecision(Decision.ALLOW, "Free treatment for head lice at the school nurse office.");
    assertDecision(Decision.BLOCK, "Se encontró una variante patogénica en el gen BRCA2.");
  }

  @Test
  void whatAReaderSawOrADevicePickedUpIsAFinding_aDevicePickedUpIsNot() {
    assertDecision(Decision.BLOCK, "The radiologist who read your screening mammogram from 9/18 "
        + "saw an area in the left breast that needs a closer look.");
    assertDecision(Decision.BLOCK, "ur loop recorder picked up a pause of 4.2 sec last nite.");
    assertDecision(Decision.REWRITE, "Your Holter monitor is ready to be picked up at the "
        + "Heart Station, 2nd floor.");
    assertDecision(Decision.REWRITE, "Dr. Lee saw you Monday about your MRI.");
  }

  @Test
  void whatAFertilityCycleCountedIsItsResult_aPlannedOrCoveredCountIsNot() {
    assertSpans("Hi Jen - we retrieved 14 eggs today and 11 were mature.", Category.RESULT,
        "14 eggs");
    assertNone("The estimate covers PGT-A testing of up to 6 embryos.", Category.RESULT);
    assertNone("We plan to transfer 1 embryo on day 5.", Category.RESULT);
  }

  @Test
  void aReplyKeywordIsNoMisspelledTerm_butAClinicalKeywordStillTellsTheCare() {
    assertDecision(Decision.ALLOW, "To change your preferences, reply PREFS, or update them in "
        + "the portal.");
    assertSpans("Good news: $500 off through June. Reply LASIK to book.", Category.PROCEDURE,
        "LASIK");
  }

  @Test
  void aCountOfEpisodesSomeoneLoggedIsAResult() {
    assertDecision(Decision.BLOCK, "NeuroTrack: You logged three migraine attacks this week. "
        + "Tap to share your report with Dr. Chaudhry.");
    assertDecision(Decision.ALLOW, "You had two appointments with Dr. Chaudhry last month.");
  }

  @Test
  void aReadingAndItsFlagInCapitalsIsNoPracticeName() {
    assertSpans("Interface alert: outbound ORU failed for MRN 66120473 (Potassium 6.1 H) at 03:12.",
        Category.RESULT, "6.1");
    assertSpans("Urgencias 24 Horas San Jorge: su cita es hoy.", Category.SPECIALTY,
        "Urgencias 24 Horas San Jorge");
  }

  @Test
  void aSendersLabelOfTwoWordsIsAPracticeName_notAPrepositionBeforeAProcedure() {
    assertSpans("Valley Hospice: your nurse visit is Tuesday at 10.", Category.SPECIALTY,
        "Valley Hospice");
    assertSpans("Summit Dermatology: reminder of your visit Thursday.", Category.SPECIALTY,
        "Summit Dermatology");
    assertSpans("Need Oncology records? Call us.", Category.SPECIALTY, "Oncology");
    assertNone("After Mohs: keep the bandage dry for 48 hours.", Category.SPECIALTY);
  }

  @Test
  void whatADeviceDeliveredOrRecordedIsAResult_notAnAdOrADelivery() {
    assertSpans("Your ICD delivered 1 shock at 2:14 AM for a fast rhythm.", Category.RESULT,
        "1 shock");
    assertSpans("Your monitor recorded 3 pauses overnight.", Category.RESULT, "3 pauses");
    assertDecision(Decision.ALLOW, "We delivered 2 boxes to your door.");
    assertDecision(Decision.ALLOW, "AED and defibrillator training for staff on Friday.");
    assertDecision(Decision.ALLOW, "Please send the ICD-10 code to billing.");
  }

  @Test
  void someonesHistoryOfAConditionIsAFact_aHedgedValueIsAValue_anAmountOfADrugIsADose() {
    assertDecision(Decision.BLOCK, "Because of your history of pancreatitis, we can't prescribe "
        + "it through this service.");
    assertDecision(Decision.BLOCK, "Because of your family history of medullary thyroid cancer, "
        + "we can't prescribe it.");
    assertDecision(Decision.ALLOW, "A family history of breast cancer raises risk for everyone.");
    assertSpans("Your refill was denied because your A1c is only 5.9.", Category.RESULT, "5.9");
    assertDecision(Decision.ALLOW, "Your appointment is only 30 minutes.");
    assertDecision(Decision.BLOCK, "Today's tox was 80 units of Dysport total.");
    assertDecision(Decision.BLOCK, "Esta semana se aplica 0.5 mg de Ozempic los domingos.");
    assertNone("Your box is on its way: 6 meals, shipping weight 9.4 lb.", Category.RESULT);
    assertSpans("Liam's weight today was 28 lb.", Category.RESULT, "28 lb");
  }

  @Test
  void filledListFieldsStateConditions_emptyHeadingsDoNot() {
    assertDecision(Decision.BLOCK, "Referral Summary\nReason for referral: Atrial fibrillation, "
        + "new onset\nPriority: Routine");
    assertDecision(Decision.BLOCK, "Lista de problemas actualizada: Diabetes tipo 2, Hipertensión "
        + "arterial, Depresión.");
    assertDecision(Decision.ALLOW, "After Visit Summary\nDiagnoses: --\nMedications: --\n"
        + "Allergies: --\nFollow-up: --");
    assertDecision(Decision.ALLOW, "It asks about your medications, allergies and any recent "
        + "symptoms.");
    assertDecision(Decision.BLOCK, "You have an allergy to penicillin.");
    assertDecision(Decision.BLOCK, "We updated your chart: Allergies - sulfa drugs (rash), "
        + "codeine (vomiting).");
    assertNone("Services:\n- Allergy skin testing (95004 x 40)\nTotal charges: $612.00",
        Category.RESULT);
  }

  @Test
  void aNamedPersonsOrARelativesDeathIsTheirHealth_condolencesAreNot() {
    assertDecision(Decision.BLOCK, "We were saddened to learn that Walter Brennan passed away on "
        + "11/3. Our team will reach out to the family.");
    assertDecision(Decision.BLOCK, "Sr. Valdivia, lamento avisarle que su madre falleció a las "
        + "5:20 de la mañana.");
    assertDecision(Decision.BLOCK, "Lamentamos el fallecimiento de Doña Rebeca el pasado 14 de "
        + "enero.");
    assertDecision(Decision.ALLOW, "After a loved one dies, grief can feel overwhelming.");
    assertDecision(Decision.ALLOW, "He passed on the message to the front desk.");
  }

  @Test
  void aRelativesDeclineAndAConditionsGrowthAreFindings() {
    assertDecision(Decision.BLOCK, "Heads up from the night nurse: your grandmother is now "
        + "actively dying.");
    assertDecision(Decision.BLOCK, "I sat with your mother this afternoon. She is very weak.");
    assertDecision(Decision.ALLOW, "You may feel weak after the procedure.");
    assertDecision(Decision.BLOCK, "Dr. Whitlock reviewed your scans: the tumor has grown despite "
        + "treatment.");
    assertDecision(Decision.ALLOW, "Your child has grown two inches!");
  }

  @Test
  void conditionWordsInEverydaySenses_areNoConditions() {
    assertDecision(Decision.ALLOW, "Heads up: there's been a rash of spoofed calls using our name. "
        + "Hang up and call the number on your statement.");
    assertDecision(Decision.BLOCK, "Your son has a rash of small red bumps on his arms.");
    assertDecision(Decision.ALLOW, "We will never threaten arrest, wage garnishment or seizure of "
        + "your property over a medical bill.");
    assertDecision(Decision.ALLOW, "Lakeside Family Care pollen report: tree pollen is HIGH today "
        + "(9.6 out of 12), grass moderate, ragweed low.");
    assertDecision(Decision.BLOCK, "Your mold allergy test was positive.");
  }

  @Test
  void theRecipientsAllergyIsAFinding_whateverTheAllergen() {
    assertDecision(Decision.BLOCK, "Dr. Ostrowski read your patch test: you're allergic to nickel "
        + "and to methylisothiazolinone. Avoid both.");
    assertDecision(Decision.BLOCK, "Usted es alérgica al látex, avísele a la enfermera.");
    assertDecision(Decision.ALLOW, "If you're allergic to latex, tell the front desk.");
  }

  @Test
  void aConditionsStateAHospitalStayForItAndAValueItCameBackAs_areFindings() {
    assertDecision(Decision.BLOCK, "Appeal for ur Ocrevus was DENIED again. Plan says ur MS isn't "
        + "'highly active' under their criteria.");
    assertDecision(Decision.BLOCK, "We see you had a hospital stay at St. Brigid Medical Center for "
        + "heart failure and went home on March 3rd.");
    assertDecision(Decision.BLOCK, "Vimos que tuvo una hospitalización en el Hospital General por "
        + "neumonía.");
    assertDecision(Decision.BLOCK, "Tysabri update: your JCV antibody index came back 0.38 (low "
        + "risk), so it's OK to continue.");
    assertDecision(Decision.ALLOW, "Your order came back 2 days late.");
    assertDecision(Decision.BLOCK, "Lakeshore GI: your biopsy results - two tubular adenomas "
        + "(precancerous polyps), removed completely.");
    assertDecision(Decision.BLOCK, "We paused your dad's deliveries because he's in the hospital "
        + "after a fall.");
    assertDecision(Decision.ALLOW, "Your appointment is in the hospital building, 2nd floor.");
  }

  @Test
  void aConditionNamingADiaryIsItsLabel() {
    assertDecision(Decision.REWRITE, "Reminder for Tue 8/18 at 10:20. Bring your seizure diary and "
        + "all med bottles.");
  }

  @Test
  void aDrugsStrengthAfterItsFormAndPerVolume_isPartOfItsName() {
    assertSpans("Alta Pharmacy: your Humira Pen 40 mg/0.4 mL shipment is scheduled for delivery "
        + "Tue 8/4.", Category.MEDICATION, "Humira Pen 40 mg/0.4 mL");
    assertDecision(Decision.REWRITE, "Alta Pharmacy: your Humira Pen 40 mg/0.4 mL shipment is "
        + "scheduled for delivery Tue 8/4.");
    assertSpans("Your Zepbound 5 mg/0.5 mL pen is ready.", Category.MEDICATION,
        "Zepbound 5 mg/0.5 mL pen");
  }

  @Test
  void aDrugGoingToAnAmountAndADoseBumpedAreDoseChanges() {
    assertDecision(Decision.BLOCK, "FYI ur lamotrigine goes to 100mg AM + 100mg PM starting wk 5.");
    assertDecision(Decision.BLOCK, "Per Dr. Whitfield we're bumping your narrowband dose to 520 mJ "
        + "at tomorrow's session.");
    assertDecision(Decision.ALLOW, "Your visit goes to 2 pm on Friday.");
  }

  @Test
  void campaignsProductsPlacesAndVaccineTargets_areNoOnesCare() {
    assertDecision(Decision.ALLOW, "June is Men's Health Month. Westfield Primary Care has "
        + "same-week physicals and evening hours on Tuesdays.");
    assertDecision(Decision.ALLOW, "Our staff are growing mustaches all month to raise money for "
        + "men's health research.");
    assertDecision(Decision.ALLOW, "Kestrel Pharmacy deals this week: 2-for-1 store-brand "
        + "Migraine Relief caplets.");
    assertDecision(Decision.ALLOW, "Recuerde: todas las personas mayores de 6 meses pueden "
        + "vacunarse contra la influenza sin costo.");
    assertDecision(Decision.ALLOW, "Clínica Familiar Santa Fe: a partir del lunes también "
        + "atendemos en nuestra nueva sede frente al Parque Colón.");
    assertDecision(Decision.ALLOW, "Reminder: PAP (Patient Assistance Program) applications for "
        + "next year open Monday.");
    assertDecision(Decision.REWRITE, "Your PAP (Papanicolaou test) is due.");
    assertDecision(Decision.REWRITE, "Your migraine follow-up is on Monday.");
  }

  @Test
  void healthHistoryAskedAboutAndScreeningsForAnAgeGroup_areGeneral() {
    assertDecision(Decision.ALLOW, "Knowing who in your family had cancer, heart disease or "
        + "diabetes helps your care team.");
    assertDecision(Decision.BLOCK, "Our records show you were on Flight 1187 with a passenger "
        + "who had measles.");
    assertDecision(Decision.BLOCK, "Your mom, who had a stroke last year, needs a ride.");
    assertDecision(Decision.ALLOW, "Reminder from Greenway Health Plan: colorectal cancer "
        + "screening is recommended for adults 45-75. Options include an at-home stool test or a "
        + "colonoscopy. Talk to your doctor about which is right for you.");
    assertDecision(Decision.ALLOW, "Thank you for joining us at the Pink Ribbon Gala! We raised "
        + "$48,200 for the Hope Fund, which pays for screening mammograms for uninsured women.");
  }

  @Test
  void aWaitlistOfferADueScreeningAndANewDocumentAreTheRecipients() {
    // an earlier slot offered ahead of the recipient's own, though "available" announces
    assertDecision(Decision.REWRITE, "Waitlist: an earlier Dermatology opening is available Tue "
        + "4/14 at 3:20 PM with Dr. Nakamura. Reply 1 to take it.");
    assertDecision(Decision.ALLOW, "Tonight's Mental Health First Aid class for community "
        + "members is full. Ask at the front desk to join the waitlist for the spring session.");
    // "you may be due for" is a recall; "whether you are due for" is what anyone may ask
    assertDecision(Decision.REWRITE, "Harlow Medical Group: You may be due for colorectal cancer "
        + "screening. Adults 45 and older should talk with their doctor about screening options.");
    assertDecision(Decision.ALLOW, "Flu shots are available for adults. Our pharmacists can "
        + "check whether you are due for pneumonia or shingles vaccines.");
    // a document posted for the recipient
    assertDecision(Decision.REWRITE, "New document available: Cycle Calendar - IVF #2. View it "
        + "securely in your patient portal.");
  }

  @Test
  void whatATestCameBackAs_notWhatMailCameBackAs_andASampleIsNoFinding() {
    assertDecision(Decision.BLOCK, "Your stone analysis came back as calcium oxalate. Dr. "
        + "Lindqvist recommends drinking more water.");
    assertDecision(Decision.REWRITE, "A statement we mailed to 88 Juniper Ct, Apt 2B, Decatur, "
        + "IL 62521 came back as undeliverable. Please update your address in the portal.");
    // "muestra" after an article is a sample, not "shows"
    assertDecision(Decision.REWRITE, "Recuerde: después de su vasectomía debe traer una muestra "
        + "de semen a las 12 semanas.");
    assertDecision(Decision.BLOCK, "bp check tmrw 9am per Dr. Albright bc ur pressures were high "
        + "at discharge.");
    assertDecision(Decision.REWRITE, "You were referred to Ridgeline Health by Dr. Sato for blood in the urine. "
        + "Please call (360) 555-0142 to schedule.");
  }

  @Test
  void aCodeOpeningAnItemizedLineOrBracketedAfterItsProcedureIsAProcedure() {
    assertEquals(List.of("11721", "Debridement of nails"),
        found("Date of service: 02/26\n11721 Debridement of nails ... $96.00\nYou owe $34.18",
            Category.PROCEDURE));
    assertEquals(List.of("custom orthotics", "L3000"),
        found("Your insurance did not cover the custom orthotics (L3000 x2).",
            Category.PROCEDURE));
    // a ZIP before a specialty on an address line is no code, nor is an office-visit code
    assertNone("Ridgeline Clinic, Boston, MA 02134 Cardiology Associates", Category.PROCEDURE);
    assertEquals(List.of(), found("99214 office visit: $140", Category.PROCEDURE));
    assertSpans("We have you penciled in for 5/8 for your heel surgery.", Category.PROCEDURE,
        "heel surgery");
  }

  @Test
  void aDayBeforeTheEndsAPhrase_notPartOfAPracticeName() {
    assertSpans("Your visit moved: starting Monday the Birth Center entrance is closed.",
        Category.SPECIALTY, "Birth Center");
    assertDecision(Decision.REWRITE, "Le recordamos su cita posparto con la Dra. Fuentes el lunes "
        + "21 de julio a las 2:40 p. m.");
  }

  @Test
  void availableResultsAndYourTurnAreTheRecipients_contraceptionIsADrug() {
    assertDecision(Decision.REWRITE, "Sus resultados de la mamografía ya están disponibles en el "
        + "portal.");
    assertDecision(Decision.REWRITE, "Centro de Salud Eastside: Le toca la segunda dosis de la "
        + "vacuna contra la mpox. Puede venir sin cita de 9 a 4.");
    assertSpans("Your contraception consult with NP Reyes is Mon 6/22 at 9:30.",
        Category.MEDICATION, "contraception");
    // a service that is available, without "results", is what the practice offers
    assertDecision(Decision.ALLOW, "Las mamografías ya están disponibles en nuestra clínica de "
        + "Eastside.");
  }

  @Test
  void aStatementOfYourChargesIsYours_thoughItMentionsADiscount() {
    assertDecision(Decision.REWRITE, "Here is a summary of your recent charges after your sliding "
        + "fee discount:\n3/2  Office visit   $25.00\n3/2  Behavioral health consult   $20.00\n"
        + "Balance due: $20.00");
    assertDecision(Decision.REWRITE, "Juniper Hill Health: Time for your daily kick count! Log it "
        + "in the app.");
  }

  @Test
  void goingWithoutCaffeineBeforeATestIsPreparation_nicotinePatchesAreADrug() {
    assertDecision(Decision.REWRITE, "Confirmed: VNG balance testing w/ Dr. Ortiz on 3/26 at "
        + "8:00 AM. No eye makeup, and skip caffeine that morning.");
    assertDecision(Decision.BLOCK, "When you're ready, start nicotine patches every morning.");
  }

  @Test
  void aNewslettersHealthTipsAreAdvice_aSpecialtySendersLabelStillTells() {
    assertDecision(Decision.ALLOW, "Hi neighbors,\n\nA few reminders from our clinicians:\n- "
        + "Use a broad-spectrum sunscreen and reapply every 2 hours.\n- Skin cancer is the most "
        + "common cancer in the U.S.\n\nYou are receiving this because you subscribed to our "
        + "newsletter.");
    assertDecision(Decision.REWRITE, "${locationName} Behavioral Health: our fall newsletter is "
        + "here, with tips for better sleep. Reply STOP to unsubscribe.");
  }

  @Test
  void aConditionGivenAsAReasonWhatADrugIsForAndWhatATestIsAreFindings() {
    assertDecision(Decision.BLOCK, "Ya tenemos el resultado de la biopsia: se trata de un "
        + "carcinoma basocelular nodular.");
    assertDecision(Decision.BLOCK, "Mensaje de la Dra. Solís: por sus crisis convulsivas no debe "
        + "manejar hasta nuevo aviso.");
    assertDecision(Decision.BLOCK, "Your health plan has denied coverage for Benlysta "
        + "(belimumab) for lupus nephritis.");
    assertDecision(Decision.REWRITE, "Farmacia Central: su receta de insulina y tiras para el "
        + "azucar estan listas.");
    assertDecision(Decision.BLOCK, "Dr. Albrecht saw that you had a colonoscopy on 3/2 and 2 "
        + "polyps were removed.");
    assertDecision(Decision.BLOCK, "Because your chart lists you as a current smoker, you qualify "
        + "for a yearly scan.");
    assertDecision(Decision.BLOCK, "Dr. Nakamura reviewed your EMG: the findings fit CIDP.");
  }

  @Test
  void aRelativesTestResultsAndACallbackForMoreImagesAreFindings() {
    assertDecision(Decision.BLOCK, "This is Gina returning your call about your mom. Her biopsy "
        + "results are back and Dr. Tsai would like you both to come in Friday.");
    assertDecision(Decision.BLOCK, "The radiologist reviewed your screening mammogram and would "
        + "like additional images of the left breast.");
    assertNone("No need for the extra pictures this year. See you next year!", Category.RESULT);
  }

  @Test
  void anAmountOfAPrepDrugIsADose() {
    assertDecision(Decision.BLOCK, "6:00 PM: Pour one 6-oz bottle of SUPREP into the mixing "
        + "container and drink all of it.");
  }

  @Test
  void whatThePracticeOffersEveryone_isNoOnesCare() {
    assertDecision(Decision.ALLOW, "Alder Creek Medical is moving! Starting Monday, X-ray, "
        + "ultrasound and bone density services will be at 1250 Birch Ave, Suite 100.");
    assertDecision(Decision.ALLOW, "Wheelchairs are available at Entrance B.");
    assertDecision(Decision.ALLOW, "Free community talk 'Living Well with Arthritis' on the third "
        + "Thursday of each month.");
    assertDecision(Decision.ALLOW, "Forecasters say Friday's front brings big pressure swings - "
        + "'migraine weather' for some.");
    assertDecision(Decision.REWRITE, "Your 'Living Well with Arthritis' class is Thursday at 6.");
    assertDecision(Decision.REWRITE, "Your bone density scan is Monday at 9.");
  }

  @Test
  void shopsProductCodesAndCosmeticIngredients_areNoTerms() {
    assertDecision(Decision.ALLOW, "Glow Bar Skincare: 20% off all vitamin C serums, retinol night "
        + "creams & mineral sunscreens this weekend only. Reply STOP to unsubscribe.");
    assertDecision(Decision.ALLOW, "Mercy General Gift Shop: Thanks for your order! Item "
        + "CYSTO-4410 (stackable storage bins, set of 4) ships in 2-3 business days.");
    assertDecision(Decision.ALLOW, "October is Breast Cancer Awareness Month. Join Team Pink at "
        + "the Riverside Pink Ribbon 5K on Saturday morning.");
    assertDecision(Decision.BLOCK, "Your COVID-19 test came back positive.");
  }

  @Test
  void homeEquipmentItsAlarmsAndOxygenFlow() {
    assertDecision(Decision.REWRITE, "Your knee scooter rental ends 7/19. Extend it or schedule a "
        + "pickup in the app.");
    assertDecision(Decision.BLOCK, "Mia's apnea monitor alarmed 4 times last night per the "
        + "download.");
    assertDecision(Decision.BLOCK, "Reminder per Dr. Nakamura's order: keep your oxygen at 2 "
        + "liters while resting.");
    assertNone("Hi, the claim for your nebulizer came back with a name mismatch.",
        Category.RESULT);
    assertDecision(Decision.BLOCK, "Your culture came back with strep.");
  }

  @Test
  void aChildsScreeningCutoffReasonAndHeartFindingAreFindings() {
    assertDecision(Decision.BLOCK, "ASQ-3 results for Lucas: communication and fine motor scores "
        + "fell below the cutoff.");
    assertDecision(Decision.BLOCK, "WIC formula change approved: Amelia can switch to Similac "
        + "Alimentum because of her milk protein allergy.");
    assertDecision(Decision.BLOCK, "Dr. Hollis reviewed the echo: Nadia's small VSD is closing on "
        + "its own.");
    assertNone("Our waiting room is below the cutoff for noise complaints? No - just quieter!",
        Category.RESULT);
  }

  @Test
  void abbreviationsInTheirEverydaySenses() {
    assertDecision(Decision.ALLOW, "Congrats: three of our RNs just finished their MS in Nursing "
        + "degrees!");
    assertDecision(Decision.ALLOW, "Statement summary: prior balance $40.00 CF, payments -$40.00.");
    assertDecision(Decision.ALLOW, "We've moved! Starting June 1 our Jackson, MS clinic is at 410 "
        + "Riverside Dr.");
    assertDecision(Decision.ALLOW, "Portland, OR: due to snow, all appointments before 10am are "
        + "switching to video.");
    assertDecision(Decision.REWRITE, "Hi Maria, MS clinic follow-up is Monday.");
    assertDecision(Decision.BLOCK, "Your HIV (human immunodeficiency virus) test came back "
        + "positive.");
    assertSpans("Itemized statement:\n- Viral load $212.00\n- RPR with reflex titer $38.00",
        Category.PROCEDURE, "Viral load", "RPR");
  }

  @Test
  void whatThePatientComplainsOfAndShorthandCancerAreFindings() {
    assertDecision(Decision.BLOCK, "Triage RN here - we got your msg c/o SOB and chest tightness "
        + "since this am.");
    assertDecision(Decision.BLOCK, "Tumor board rec for your lung CA: 4 cycles of carbo/pem.");
    assertDecision(Decision.BLOCK, "Luis is out of the OR. Dr. Patel found a ruptured appendix.");
  }

  @Test
  void imperativesAndComputerViruses_areNoCare() {
    assertDecision(Decision.ALLOW, "Cast your vote! Lakeview Medical Group was nominated for an "
        + "award.");
    assertDecision(Decision.ALLOW, "Brace yourself: our parking lot will be repaved next week.");
    assertDecision(Decision.ALLOW, "Farmacia Los Robles: nuestro sistema tuvo un virus informático "
        + "y algunos mensajes salieron duplicados.");
    assertDecision(Decision.REWRITE, "Your cast check is Monday at 9.");
  }

  @Test
  void reliefFromATreatmentAReferralsReasonAndALongReportLabelAreFindings() {
    assertDecision(Decision.BLOCK, "Good news: your diagnostic block gave 80% relief, so you "
        + "qualify for radiofrequency ablation.");
    assertDecision(Decision.BLOCK, "Because of your L5 radiculopathy, Dr. Thibodeaux has placed "
        + "you on modified duty.");
    assertDecision(Decision.BLOCK, "Dr. Greene reviewed your MRI and is referring you to "
        + "neurosurgery for the herniated disc at L5-S1.");
    assertDecision(Decision.BLOCK, "Resultados de su resonancia de hombro: desgarro parcial del "
        + "manguito rotador y tendinitis.");
  }

  @Test
  void aRangeOfTimeIsNoReading_aFastingSugarsValueIs() {
    assertNone("Your TB skin test has to be read 48-72 hours after it was placed.",
        Category.RESULT);
    assertNone("Now hiring: PT front desk receptionist (20 hrs/wk).", Category.RESULT);
    assertDecision(Decision.BLOCK, "Since your fasting sugar was 118 last time, Dr. Ng wants the "
        + "2-hour test.");
  }

  @Test
  void aSizeMeasuredOnAWoundOrATestIsAFinding() {
    assertDecision(Decision.BLOCK, "La enfermera dice que la úlcera del talón ya mide 2 cm.");
    assertDecision(Decision.BLOCK, "Your TB skin test was read at 12 mm.");
    assertNone("Please use a 5 mm pen needle for each injection.", Category.RESULT);
    assertSpans("pt called re: leaking urine since the surgery.", Category.CONDITION,
        "leaking urine");
  }

  @Test
  void aDoseRaisedToAnAmountIsADoseChange() {
    assertDecision(Decision.BLOCK, "Su insulina glargina ya está lista. Ojo: el Dr. Soto le "
        + "subió la dosis a 24 unidades en la noche.");
    assertDecision(Decision.BLOCK, "Your Lantus is ready. Dr. Soto raised your dose to 24 units "
        + "at night.");
  }

  @Test
  void whatImagesShowWhatOnePassedAndAScoreOfAValue() {
    assertSpans("Hi Bernard, your scans today show new fluid in the left eye.", Category.RESULT,
        "new fluid");
    assertDecision(Decision.BLOCK, "Your retinal photos show a small retinal hole in the right "
        + "eye.");
    assertDecision(Decision.BLOCK, "Baby Leo did not pass his newborn hearing screen today.");
    assertDecision(Decision.REWRITE, "Must pass a screening physical and drug screen.");
    assertDecision(Decision.BLOCK, "Dr. Yusuf needs to see you about the cavities on your "
        + "x-rays before they get bigger.");
    assertSpans("You are now active on the waitlist with a MELD of 24.", Category.RESULT, "24");
    assertDecision(Decision.ALLOW, "Our program has a fee of 25 dollars.");
  }

  @Test
  void anAcuteStayForAConditionAReactionToSomethingAndAChangeInATest() {
    assertDecision(Decision.BLOCK, "Dr. Ostrowski reviewed the records from your ER visit on 1/30 "
        + "for the fainting spell.");
    assertDecision(Decision.REWRITE, "Your visit for knee pain is Tuesday.");
    assertDecision(Decision.BLOCK, "We added $40 to your card for the safety visit after your "
        + "allergic reaction to the study injection.");
    assertDecision(Decision.ALLOW, "Call 911 if you have an allergic reaction to the vaccine.");
    assertSpans("Confirmamos su retiro debido a la elevación de sus enzimas del hígado.",
        Category.RESULT, "elevación");
    assertSpans("We saw a rise in your creatinine.", Category.RESULT, "rise");
    assertDecision(Decision.ALLOW, "There was a drop in the number of visits.");
  }

  @Test
  void howATestCompares_andOrgansFailingAsFamiliesSayIt() {
    assertDecision(Decision.BLOCK, "Your kidney function is worse than in May.");
    assertDecision(Decision.BLOCK, "Your A1c is down from last time.");
    assertDecision(Decision.BLOCK, "Since your kidney numbers were up, keep protein to 2 servings.");
    assertDecision(Decision.ALLOW, "Your labs are up on the portal.");
    assertDecision(Decision.BLOCK, "Dr. Achebe asked me to let you know your dad's kidneys are "
        + "failing.");
  }

  @Test
  void aProcedureWordWithAnObjectIsAVerb() {
    assertDecision(Decision.ALLOW, "Please scan the QR code at check-in.");
    assertDecision(Decision.ALLOW, "Our crew will transplant the oak saplings along the lot.");
    assertDecision(Decision.REWRITE, "Your scan is Monday.");
    assertDecision(Decision.REWRITE, "We will schedule your transplant the week of May 4.");
    assertDecision(Decision.REWRITE, "Reminder: your fistulogram is Monday at 10.");
    assertDecision(Decision.REWRITE, "Please bring your signed POLST form to your visit.");
  }

  @Test
  void devicesAndDietsThatRevealCare() {
    assertDecision(Decision.REWRITE, "Su receta de sustancia controlada podrá surtirse a partir "
        + "del 12 de junio.");
    assertDecision(Decision.ALLOW, "Federal law limits refills of any controlled substance.");
    assertDecision(Decision.REWRITE, "Your statement for the ambulance transport on 01/17 is "
        + "ready.");
    assertDecision(Decision.REWRITE, "Time to switch to aligner tray 14 of 22!");
    assertDecision(Decision.REWRITE, "Your low-FODMAP meal plan for week 3 is ready in the app.");
  }

  @Test
  void whatTheRecipientSawIsNoFinding() {
    assertNone("Returning your call about the study you saw online.", Category.RESULT);
    assertSpans("The radiologist reviewed your mammogram and saw a small cyst.", Category.RESULT,
        "a small cyst");
  }

  @Test
  void aDrugsBloodLevelIsATest_transplantScoresAreTests() {
    assertSpans("Your tacrolimus level is 15.2 - hold tonight's dose.", Category.RESULT, "15.2");
    assertSpans("Su nivel de litio salió en 1.4.", Category.RESULT, "1.4");
    assertDecision(Decision.REWRITE, "Please come in for your tacrolimus level on Monday.");
    assertSpans("Your cPRA came back at 98%.", Category.RESULT, "98%");
    assertDecision(Decision.BLOCK, "Dr. Mensah lowered your dry weight to 82.5 kilograms.");
  }

  @Test
  void anOpinionIsNoTestResult_aRapidTestIsNoPractice() {
    assertNone("¡Gracias por contestar nuestra encuesta! Los resultados fueron muy positivos.",
        Category.RESULT);
    assertNone("Survey results were overwhelmingly positive!", Category.RESULT);
    assertSpans("Your HIV test was weakly positive.", Category.RESULT, "positive");
    assertSpans("Your results were very high.", Category.RESULT, "high");
    assertNone("Free walk-in testing every Wednesday. Rapid HIV results in 20 minutes.",
        Category.SPECIALTY);
    assertDecision(Decision.ALLOW,
        "Free walk-in HIV & STI testing every Wednesday. Rapid HIV results in 20 minutes.");
  }

  @Test
  void anOutcomeRightAfterTheConditionIsItsResult_notInAQuestionOrACondition() {
    assertSpans("Team huddle: pt in rm 214, C. diff positive yesterday.", Category.RESULT,
        "positive");
    assertDecision(Decision.BLOCK, "She is flu negative.");
    assertDecision(Decision.ALLOW, "If you are HIV positive, ask about our support group.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your E. coli follow-up is Monday.                     | E. coli",
    "Pt on contact precautions for C. diff since Tuesday.  | C. diff",
  })
  void aGenusWrittenShortIsTheOrganism(String text, String span) {
    assertSpans(text, Category.CONDITION, span);
    assertDecision(Decision.REWRITE, "Your H. pylori breath test is Monday at 9.");
  }

  @Test
  void aChemotherapyCycleAndDayIsATreatmentVisit() {
    assertSpans("Reminder: C3D1 tmrw. Lab draw 7:45a.", Category.PROCEDURE, "C3D1");
    assertSpans("Your C12D8 is Monday.", Category.PROCEDURE, "C12D8");
    assertDecision(Decision.ALLOW, "Press C3 then D1 on the keypad.");
  }

  @Test
  void aConditionWithItsOutcomeAskedAboutIsNoFinding() {
    assertDecision(Decision.ALLOW, "HIV positive? Free support group Thursdays.");
  }

  @Test
  void aBoundInAnInstructionOrAPlusBetweenTestsIsNoResult() {
    assertDecision(Decision.REWRITE, "Reminder for patients on chemo: a temperature of 100.4°F "
        + "or higher is an emergency.");
    assertDecision(Decision.REWRITE, "Your baseline ultrasound + bloodwork are set for Tues "
        + "10/14 at 7:15 AM.");
    assertSpans("Your strep test was + so we sent an antibiotic.", Category.RESULT, "+");
    assertDecision(Decision.BLOCK, "Your temperature was 101.2 at the visit.");
  }

  @Test
  void nightlyUseAskedForIsNoResult() {
    assertDecision(Decision.REWRITE, "Please use your CPAP at least 4 hours a night.");
    assertDecision(Decision.REWRITE, "Use your CPAP 6 hours per night for best results.");
    assertDecision(Decision.REWRITE, "Your pacemaker check is due in May.");
  }

  @Test
  void aReminderOfABookedSlotIsOwnCare_evenWithWalkInsWelcome() {
    assertDecision(Decision.REWRITE, "Reminder: INR check tomorrow at 9:15 at the Anticoagulation "
        + "Clinic, 2nd floor. Walk-ins welcome until 11.");
    assertDecision(Decision.ALLOW, "Reminder: flu shots available Saturday 9-12, walk-ins welcome.");
    assertDecision(Decision.REWRITE, "Reminder: INR check at the Anticoagulation Clinic tomorrow "
        + "8:00-8:30am, walk-in lab line.");
    assertDecision(Decision.ALLOW, "Reminder: flu shots every Saturday 9:00-12:00, walk-ins "
        + "welcome.");
    assertDecision(Decision.ALLOW, "Thanks for visiting - everything looks great in our new "
        + "lobby!");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "dr. osei wants to bump ur zoloft to 100mg since it's still bad.",
    "La dra. quiere subir el lisinopril, llame pls.",
    "the spot on ur back was a basal cell carcinoma, we got it all.",
    "hola, la presion estaba 162/98 ayer.",
  })
  void textingStyleStillStatesDosesDiagnosesAndReadings(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void whatOtherPeopleHaveIsNoDiagnosisOfTheRecipient() {
    assertDecision(Decision.ALLOW,
        "We are a scent-free office: please skip perfume, some of our patients have allergies.");
    assertDecision(Decision.BLOCK, "You have allergies listed in your chart.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your Humira shipped today. Aplíquese una pluma cada 14 días en el muslo.",
    "Your Vyvanse 40 mg is out of stock: take two 20 mg capsules together each morning.",
    "ur oxycodone 10mg early refill = denied. dont double up if u run short",
    "Your Lexapro 10 mg is ready. Your prescriber raised it from 5 mg; do not stop it suddenly.",
    "Your levothyroxine ships today. Keep taking it on an empty stomach before breakfast.",
    "Your sildenafil is on hold: please do not start the new medicine until you see Dr. Chen.",
    "Tonight's instructions: Gonal-f 225 IU and Menopur 75 IU at 8 PM.",
  })
  void howOftenAndDoNotDoubleUpAreDosing(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Resurtido automático: su atorvastatina 20 mg y su losartán 50 mg se surtirán el 3 de octubre. | REWRITE",
    "Your Truvada ships every 30 days.                                                             | REWRITE",
    "Use the lobby entrance every morning.                                                         | ALLOW",
    "Your compounded progesterone 200 mg capsules are ready. Pick up by Saturday.                  | REWRITE",
    "ur rx is ready @ Quick Rx. open til 9 tonite.                                                 | ALLOW",
    "Su resurtido está listo. Farmacia La Esperanza, 555-0119.                                     | ALLOW",
    "Cold & flu aisle: Advil and cough syrups 20% off at all Maplewood Pharmacy stores.            | ALLOW",
    "Delivery attempt failed at 77 Quarry Rd, Unit 2. Call 555-0161 to reschedule.                | REWRITE",
    "Samples can be dropped off at 12 Main St, Suite 4.                                            | ALLOW",
    "Please arrive on an empty stomach for your blood draw.                                        | ALLOW",
    "Pick up your Lipitor at 5 PM.                                                                 | REWRITE",
    "Your lisinopril is ready. Do not take the stairs, the elevator is fixed.                      | REWRITE",
  })
  void pharmacyLogisticsAreNoDosesReadingsOrSpecialties(String text, Decision expected) {
    assertDecision(expected, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Clínica Santa Rosa: su cita con la Dra. Kaur es el 3 de agosto a las 2:00 pm.",
    "October is Domestic Violence Awareness Month. Help is free and available to anyone.",
    "Lakeside Health Partners: your video visit with Leena Nair, MS is Tue 2/16 at 1:00 PM.",
    "Happy Pride Month from all of us at Westfield Family Practice!",
    "Happy Mother's Day from everyone at Mesa Verde Family Health.",
    "¡Feliz Día del Corazón! Este sábado hay caminata familiar en el parque.",
    "Join us for National Cancer Survivors Day on the main campus lawn.",
    "This Saturday: free testing at our tent at the Riverside Park Pride festival, 11am-4pm.",
  })
  void saintsObservancesAndMastersDegreesRevealNothing(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void whyAPastVisitHappenedIsAStatedCondition_aVisitToComeIsALabel() {
    assertDecision(Decision.BLOCK, "Checking in after your ER visit for chest pain on 2/22.");
    assertDecision(Decision.BLOCK, "Since your hospital stay for pneumonia, how are you feeling?");
    assertDecision(Decision.REWRITE, "Your visit for knee pain is Monday.");
  }

  @Test
  void aSeverityMakesAnEverydayWordTheCondition() {
    assertSpans("Please come in already in mild withdrawal, as we discussed.", Category.CONDITION,
        "withdrawal");
    assertDecision(Decision.ALLOW, "Severe weather closes the office today.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your SANE exam from Saturday documented bruising and a tear.",
    "Hi Mrs. Novak, just confirming that Riley's puberty blocker implant is next Tuesday.",
  })
  void sexualAssaultCareAndPubertySuppressionAreNamedCare(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "School nurse update: Ethan got his noon dose of methylphenidate 10 mg today.",
    "Your daughter's hearing screen today: she did not pass in the right ear.",
    "Mrs. Bell, Hannah started birth control pills at her visit today.",
    "Dr. Sato can go over the allergy test results - he reacted to peanut and egg.",
  })
  void whatAChildGotOrHowAScreenCameOutIsToldToTheParent_blocked(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void schedulesWarningsListsAndGreetingsAreNotThat() {
    assertDecision(Decision.REWRITE, "Your second dose of Shingrix is due in March.");
    assertDecision(Decision.REWRITE, "If she doesn't pass the hearing screen, we will refer her.");
    assertNone("Check the immunization rules for 7th grade.\n2. Sports physicals are due.",
        Category.RESULT);
    assertDecision(Decision.REWRITE, "Hi Maria, your appointment is Monday.");
  }

  @Test
  void hygieneEtiquetteIsAdviceToEveryone() {
    assertDecision(Decision.ALLOW,
        "Reminder for everyone: wash hands, cover your cough, and stay home if you're sick.");
    assertDecision(Decision.ALLOW, "Cúbrase al toser y lávese las manos.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "You had a positive COVID test on Monday.",
    "Reason on referral: positive Cologuard, needs colonoscopy.",
    "The team is treating the pneumonia with IV antibiotics.",
    "My patient, Ana Ruiz, is under my care for generalized anxiety disorder.",
    "The ortho report you asked about says 'partial ACL tear'.",
  })
  void howATestCameOutAndWhatIsBeingTreatedAreFindings(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Jayden's MRI is done. Dr. Oduya saw some swelling around the shunt.",
    "The sports form is not signed yet: Dr. Ames heard a heart murmur.",
    "Sra. Luna: la cirugía de su papá terminó y no hubo complicaciones.",
    "Your dad's surgery went fine with no complications; he is in recovery.",
    "Reminder: hang the ceftriaxone 2 g bag at 8 PM, then flush the line.",
    "Your mom's MoCA today was 17/30, down from 22 last spring.",
    "pls call back re: ur head CT from last nite, small subdural bleed",
  })
  void whatClinicianSawHowCareWentAndInfusionDosesAreContent(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void complicationsInGeneralAndAsAnIdiomAreNoOutcome() {
    assertDecision(Decision.ALLOW,
        "Most patients go home the same day with no complications. Call with questions.");
    assertDecision(Decision.ALLOW,
        "Taller gratuito \"Cocina sana sin complicaciones\": jueves 6 p. m., salón comunitario.");
    assertDecision(Decision.REWRITE, "Dr. Lee saw you for your asthma follow-up on 5/2.");
  }

  @Test
  void aTestOrATreatmentWithoutItsOutcomeIsLogistics() {
    assertDecision(Decision.REWRITE, "Your COVID test is at 9 AM Monday.");
    assertDecision(Decision.ALLOW, "Clear liquids only the day before. Call us with questions.");
    assertDecision(Decision.REWRITE, "The report says your asthma follow-up is on 5/2.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Parkview Primary Care: It's time to schedule your annual wellness visit. Reply BOOK.",
    "Eastside Senior Center: chair yoga Tue & Thu at 10, bingo on Fridays. Stop by to sign up!",
    "Magnolia Court Assisted Living welcomes visitors daily from 9 AM to 8 PM.",
  })
  void wellnessVisitsSeniorCentersAndAssistedLivingRevealNothing(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Dr. Greer would like you to come in for a fall-risk assessment on Tuesday. | fall-risk assessment",
    "Ya le toca su evaluación de riesgo de caídas. Llámenos para agendar.       | evaluación de riesgo de caídas",
    "You are scheduled for a goals of care conversation with Dr. Amadi.         | goals of care conversation",
  })
  void screeningsAndConversationsOfOlderAdultsCareAreProcedures(String text, String span) {
    assertSpans(text, Category.PROCEDURE, span);
  }

  @Test
  void anotherAdultsTestResultIsTheirHealth_aChildsResultsGoToTheGuardian() {
    assertDecision(Decision.BLOCK, "Hi Mr. Duarte - your wife's biopsy results are back. "
        + "Dr. Kaye would like you both to come in tomorrow.");
    assertDecision(Decision.BLOCK, "Also, your wife Greta's biopsy came back and Dr. Lowe would "
        + "like her to come in.");
    assertDecision(Decision.REWRITE, "Your son's strep test results are ready in the portal.");
    assertDecision(Decision.REWRITE, "Your biopsy results are back. Please log in to the portal.");
  }

  @Test
  void hisOrHerDrugOrConditionIsSomeoneElses_unlessTheMessageNamesHimAsItsRecipient() {
    assertDecision(Decision.BLOCK, "Ethan's EEG is confirmed for 9/14. Please bring his Onfi "
        + "and Depakote in the original bottles.");
    assertDecision(Decision.BLOCK, "Some stomach upset is expected after her Mounjaro dose "
        + "goes up.");
    assertDecision(Decision.REWRITE, "This is Priya from Dr. Castellano's office calling for "
        + "Reggie Fontaine about his doxy-PEP refill. Please call us back.");
    assertDecision(Decision.ALLOW, "Dr. Patel and her team will see you Monday.");
    assertDecision(Decision.BLOCK, "Because she is 16, her visits for birth control are "
        + "confidential.");
  }

  @Test
  void everyoneInAGroupIsItsMembers_everyoneInACommunityIsABroadcast() {
    assertDecision(Decision.REWRITE, "Reminder for everyone in the Tuesday grief support group: "
        + "we'll meet in the library annex this week.");
    assertDecision(Decision.ALLOW, "Flu shots for everyone in our community, walk-ins welcome.");
  }

  @Test
  void howAnotherAdultsOperationWentIsTheirHealth_theirAppointmentIsLogistics() {
    assertDecision(Decision.BLOCK, "Hope your mom's hip surgery went well! Your own appt is "
        + "still on for Tues at 4 with Dr. Feld.");
    assertDecision(Decision.BLOCK, "Hope your husband's knee replacement went smoothly.");
    assertDecision(Decision.REWRITE, "Your mom's colonoscopy is on Tuesday at 4.");
    assertDecision(Decision.REWRITE, "Hope your son's tonsillectomy went well!");
  }

  @Test
  void paperworkWordsAreNoCare_aClinicianShorthandFollowUpIsAVisit() {
    assertDecision(Decision.ALLOW, "Nursing students: your health form review is Fri 8/21. "
        + "Bring your vaccine card.");
    assertDecision(Decision.ALLOW, "Camp counselors: your staff physical form is due "
        + "before June.");
    assertDecision(Decision.ALLOW, "Please bring your claim number and your employer's first "
        + "report of injury to every visit.");
    assertDecision(Decision.ALLOW, "The examiner will take a blood and urine sample, so please "
        + "fast for 8 hours.");
    assertSpans("Reminder: workers comp f/u for your lumbar strain w/ Dr. Okafor Mon 3/30.",
        Category.CONDITION, "lumbar strain");
    assertDecision(Decision.REWRITE,
        "Reminder: workers comp f/u for your lumbar strain w/ Dr. Okafor Mon 3/30.");
    assertDecision(Decision.REWRITE, "You have been selected for a random drug and alcohol test. "
        + "Report by 3:00 PM today.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Cedar Ridge Surgery Center: Your surgery is confirmed for Tue 6/17. Please arrive at 6:15 AM.",
    "Mercy Hill Hospital visitor guidelines: masks are optional except in Oncology and the NICU.",
    "Hospital Santa Cruz: el horario en Cuidados Intensivos es de 11 a 1. Máximo dos visitantes.",
    "WEATHER ALERT: due to the ice storm, Imaging and the Lab will open at 10 AM Tuesday.",
    "Centro Quirúrgico Las Palmas: no coma nada después de la medianoche. Venga acompañado.",
    "Reminder from Westbrook ASC: nothing to eat after midnight tonight. No gum or mints.",
  })
  void surgeryCentersAndDepartmentsInVisitorAndWeatherNoticesRevealNothing(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Salam Fatima, your results are back and Dr. Haddad is increasing your levothyroxine.",
    "Since you're breastfeeding, stay on the sertraline and don't restart your old Wellbutrin.",
    "Your Ozempic is ready. Per Dr. Feld, start the new dose of 0.5 mg beginning this Sunday.",
    "Su metformina está lista. Empiece la dosis de 500 mg el lunes.",
  })
  void aChangeToWhatTheRecipientTakesIsADosingInstruction(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your meniscectomy is Monday at 7.                     | meniscectomy",
    "Reminder: arthrocentesis with Dr. Lee on Friday.      | arthrocentesis",
    "Su meniscectomía es el lunes a las 7.                 | meniscectomía",
    "Te confirmamos tu valoración para rinoplastia el jueves. | rinoplastia",
  })
  void anOperationNoListHoldsIsKnownByItsEnding(String text, String span) {
    assertSpans(text, Category.PROCEDURE, span);
  }

  @Test
  void wordsThatOnlyEndLikeAnOperationAreNone() {
    assertNone("There is a dichotomy between the two plans; call us with questions.",
        Category.PROCEDURE);
    assertNone("Join our philanthropy gala on Friday.", Category.PROCEDURE);
  }

  @Test
  void whatAFoundThingWasIsStated_withOrWithoutAnArticle() {
    assertDecision(Decision.BLOCK, "The mole on your back was melanoma, so we need to schedule"
        + " a wider excision.");
    assertDecision(Decision.BLOCK, "The spot on your arm was a basal cell carcinoma.");
  }

  @Test
  void aRelativesMedicationsWithAnApostropheAloneAreAThirdPartysHealth() {
    assertDecision(Decision.BLOCK, "Hi Ana! Carlos' maintenance meds are ready: amlodipine 5mg"
        + " and losartan 50mg.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "We're hiring an RN care manager and a cardiac sonographer! Ask at the front desk.",
    "¡Estamos contratando! Buscamos asistente médico con experiencia en pacientes con diabetes.",
  })
  void aJobAdvertIsABroadcast(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aDepartmentTheRecipientWasInIsFound_adviceToGoThereIsNot() {
    assertSpans("Your taxi voucher home from the ED is at the registration desk.",
        Category.SPECIALTY, "ED");
    assertNone("Please go to the ER if the pain gets worse.", Category.SPECIALTY);
    assertNone("Use the Garden Avenue entrance; the ER entrance is for emergencies only.",
        Category.SPECIALTY);
  }

  @Test
  void whyTheRecipientWasSeenIsStated() {
    assertDecision(Decision.BLOCK, "Crisis follow-up: you were seen in the ED on 3/2 for"
        + " suicidal thoughts. A counselor will call you today.");
  }

  @Test
  void aDayAndMonthIsNoRating() {
    assertNone("Your appointment is 8/10 at 9.", Category.RESULT);
    assertSpans("Your appointment is 8/10 at 9.", Category.DATE, "8/10");
    // a rating word in the sentence before does not reach across its end
    assertSpans("Thanks for visiting our pain clinic. 7/10 is your next visit.", Category.DATE,
        "7/10");
    assertNone("You rated your pain 7/10 today.", Category.DATE);
  }

  @Test
  void aRegulationThatCoversOnlySubstanceUseTreatmentRevealsIt() {
    assertSpans("Before we send your records we need your signed 42 CFR Part 2 consent.",
        Category.SPECIALTY, "42 CFR Part 2");
  }

  @Test
  void aRequiredTestResultIsARuleNotTheRecipientsResult() {
    assertNone("Update: a negative COVID test is no longer required before your visit.",
        Category.RESULT);
    assertNone("Please bring proof of a negative TB test to orientation.", Category.RESULT);
    assertSpans("You had a negative COVID test on Monday.", Category.RESULT, "negative");
    assertSpans("The spot was a basal cell carcinoma (clear margins) so no further tx needed.",
        Category.RESULT, "clear");
  }

  @Test
  void aScheduleInAnEarlierSentenceIsNotALaterVerbsSchedule() {
    assertDecision(Decision.REWRITE, "Your knee replacement is Tuesday at 9. An adult must drive"
        + " you home and stay with you for 24 hours.\n- Wear loose clothing, no jewelry.");
    assertDecision(Decision.BLOCK, "Your knee replacement was Tuesday. Ice the knee and elevate"
        + " it.\n- Repeat 3 times a day for 2 weeks.");
  }

  @Test
  void peopleInGeneralWhoHaveAConditionAreNoDiagnosis() {
    assertDecision(Decision.ALLOW, "Each October we hold a remembrance gathering for families"
        + " who have experienced pregnancy or infant loss. All are welcome. Details are on the"
        + " events page of our website.");
  }

  @Test
  void aStayOnTheLineIsNoDosing() {
    assertDecision(Decision.REWRITE,
        "Please stay on the line to speak with the pharmacist about your Lipitor refill.");
  }

  @Test
  void aConditionThatSaysHowATestCameOutBeforeResultsIsStated() {
    assertDecision(Decision.BLOCK, "Dr. Ames will go over your abnormal Pap results with you Mon.");
    assertDecision(Decision.REWRITE, "Reminder: your abnormal Pap follow-up is Monday at 9.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "New result available: Pap test. Log in to view.",
    "Nuevo resultado disponible: Papanicolaou. Ingrese a la app para verlo.",
    "Your mammogram results are ready in the portal.",
  })
  void aNoticeThatAResultIsReadyIsAboutTheRecipientsOwnTest(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void hopeAloneMakesNoPracticeNameRevealing() {
    assertNone("Clínica La Esperanza: le recordamos que su copago se paga en la consulta.",
        Category.SPECIALTY);
    assertNone("The medical van will be at Hope Lutheran Church on Saturday.", Category.SPECIALTY);
    assertSpans("Gracias por elegir la Clínica Esperanza para la Mujer.", Category.SPECIALTY,
        "Clínica Esperanza para la Mujer");
    assertSpans("Centro Oncológico Esperanza: su estado de cuenta está listo.", Category.SPECIALTY,
        "Centro Oncológico Esperanza");
  }

  @Test
  void aSpanishPracticeNamedBySpecialtyThenPlaceIsOneSpan() {
    // the specialty alone was found: rewrites left "Los Álamos" and "Alameda" behind, and the
    // re-check took the place for a patient's name
    assertSpans("Su cita es a las 5:30 pm en Pediatría Los Álamos.", Category.SPECIALTY,
        "Pediatría Los Álamos");
    assertSpans("Su cita es el lunes en el Centro de Salud de la Mujer Alameda.",
        Category.SPECIALTY, "Centro de Salud de la Mujer Alameda");
    // a clinician and her name are no place
    assertSpans("Su cita es el lunes con la psicóloga Ruiz.", Category.SPECIALTY, "psicóloga");
    assertSpans("Tu cita es el lunes con el PMHNP Rivas.", Category.SPECIALTY, "PMHNP");
    // a weekday after the specialty is no part of its name
    assertSpans("Su cita en Cardiología Martes 3 pm.", Category.SPECIALTY, "Cardiología");
  }

  @Test
  void anOwnerAfterAnAmbiguousProcedureIsACue_aPlaceIsNot() {
    // "la limpieza" alone is as often housekeeping; "de su hija", "de Sofía" say whose it is
    assertSpans("Confirmamos la limpieza de su hija.", Category.PROCEDURE, "limpieza");
    assertSpans("Confirmamos la limpieza de Sofía.", Category.PROCEDURE, "limpieza");
    assertNone("Confirmamos la limpieza.", Category.PROCEDURE);
    assertNone("Confirmamos la limpieza del Hospital.", Category.PROCEDURE);
  }

  @Test
  void aDoseChangedOrHeldWithoutItsAmountIsADosingInstruction() {
    assertDecision(Decision.BLOCK, "Per clinic policy, after 3 missed days your methadone dose"
        + " has to be lowered and built back up.");
    assertDecision(Decision.BLOCK, "Your Sublocade injection is due this week. If you go past 6"
        + " weeks we'll have to restart you at the lower dose.");
    assertDecision(Decision.BLOCK, "Usted faltó a su dosis de metadona ayer; si falta tres días,"
        + " tendremos que bajarle la dosis.");
    assertDecision(Decision.BLOCK, "Your Adderall XR 20mg can't be refilled until 11/4. Dr. Pham"
        + " also wants you to skip it on weekends.");
    // a prep line's condition is no instruction to this patient; a strength is no dose change
    assertDecision(Decision.REWRITE, "Reminder for Friday's bone density scan: if you take"
        + " calcium supplements, skip them for 24 hours beforehand.");
    assertDecision(Decision.REWRITE, "Your lisinopril 10 mg is ready for pickup.");
  }

  @Test
  void allNormalAfterATest_aFindingStableInABodySite_areResults() {
    assertDecision(Decision.BLOCK, "Hi, this is Sarah from the front desk, your xray was read by"
        + " the radiologist and its all normal, no break!");
    assertDecision(Decision.BLOCK, "Dr. Lindqvist reviewed your pacemaker transmission, all"
        + " normal, battery good for 7 more years.");
    assertDecision(Decision.BLOCK, "Thanks, the tumor in your lung is stable.");
    assertDecision(Decision.BLOCK, "The treated lymph nodes on your PET/CT are no longer"
        + " hypermetabolic.");
    // without a test: hours, a fire drill
    assertDecision(Decision.ALLOW, "Office hours are all normal again after the storm.");
    assertDecision(Decision.ALLOW, "The weather in your area is stable this week.");
  }

  @Test
  void aPercentStrengthBeforeAFormIsPartOfTheDrug() {
    assertSpans("Hi, your testosterone 1.62% gel is ready for pickup.", Category.MEDICATION,
        "testosterone 1.62% gel");
    assertDecision(Decision.REWRITE, "Hi, your testosterone 1.62% gel is ready for pickup.");
    assertSpans("Your hydrocortisone 2.5% cream is ready.", Category.MEDICATION,
        "hydrocortisone 2.5% cream");
    // a percent without a form is no strength; a level stays a reading
    assertDecision(Decision.ALLOW, "Save 5% on vitamins this week.");
    assertDecision(Decision.BLOCK, "Your testosterone level was 250 ng/dL.");
  }

  @Test
  void supplementsAndHerbsAreDrugs_newConditionsAreFound() {
    assertDecision(Decision.BLOCK, "Since you're dealing with low milk supply, try power pumping"
        + " 1 hr a day and start fenugreek 2 caps 3x daily.");
    assertSpans("Your melatonin gummies shipped today.", Category.MEDICATION, "melatonin");
    assertDecision(Decision.BLOCK, "Hi Mrs. Delgado - Sofia's torticollis is improving!");
    assertDecision(Decision.BLOCK, "Per Dr. Kessler's notes Mr. Whitcomb has a lumbar disc"
        + " herniation at L4-L5.");
    assertDecision(Decision.REWRITE, "Ambulancias del Valle: tiene un saldo de $642.50 por el"
        + " traslado en ambulancia del 12/01.");
  }

  @Test
  void anAmountWithItsUnitAndHowOftenIsADose_evenForAnUnlistedHerb() {
    assertDecision(Decision.BLOCK, "Hi Dev, your herbs are ready: Xiao Yao San granules, 3g twice"
        + " daily in warm water.");
    assertDecision(Decision.BLOCK, "Sus hierbas ya están listas: 6 cápsulas antes de dormir.");
    assertDecision(Decision.BLOCK, "After your lipo last week we recommend lymphatic drainage"
        + " massage 2-3x/week for 4 weeks, and keep the compression garment on 23 hrs a day.");
    assertSpans("Please keep the compression garment on after your lipo.", Category.PROCEDURE,
        "compression garment", "lipo");
    // an amount without how often is an offer, not a dose
    assertDecision(Decision.ALLOW, "Buy 2 get 1 free: 500mg vitamin C at the front desk.");
  }

  @Test
  void aBabysBiliAndWeightAreResults() {
    assertDecision(Decision.BLOCK, "Baby Reyes bili this AM was 15.8 (high-intermediate risk"
        + " zone).");
    assertDecision(Decision.BLOCK, "Lactation f/u: baby's wt today 3.41 kg, 4% below birth wt.");
    assertDecision(Decision.REWRITE, "Your baby's bili check is tomorrow at 9.");
    assertDecision(Decision.ALLOW, "Your package (wt 2.1 kg) shipped today.");
  }

  @Test
  void whatAReaderCalledItAndWhatAnExamFoundAreFindings() {
    assertDecision(Decision.BLOCK, "We reviewed your complaint. Your biopsy was read as melanoma"
        + " on 7/2.");
    assertDecision(Decision.BLOCK, "The package includes the colonoscopy report, noting two"
        + " tubular adenomas removed.");
    assertDecision(Decision.BLOCK, "La radiografía de su tobillo sí mostraba una fractura"
        + " pequeña.");
    assertDecision(Decision.BLOCK, "The strangulation findings from Saturday's exam are saved in"
        + " your record.");
    assertDecision(Decision.BLOCK, "Le informamos que su mamá se cayó y se fracturó la cadera.");
    assertDecision(Decision.REWRITE, "Your follow-up with the SANE nurse is Thu 6/19 at 2 PM.");
    // a health tip asked as a question is no diagnosis (as "Do you suffer from ...?")
    assertDecision(Decision.REWRITE, "¿Sufre de dolores de cabeza frecuentes? No se"
        + " automedique: hable con su médico.");
  }

  @Test
  void aSpanishStrengthOncePerWeekIsADose() {
    assertDecision(Decision.BLOCK, "El Dr. Lozano se lo cambió a Trulicity 0.75 mg una vez por"
        + " semana.");
    assertDecision(Decision.REWRITE, "Su receta de Ozempic llega por semana santa.");
  }

  @Test
  void aRecordingReportsAsATest_aConditionTheRecipientHadIsTheirs() {
    assertDecision(Decision.BLOCK, "Good news from Dr. Lindqvist - your routine EEG was normal.");
    assertDecision(Decision.REWRITE, "Your sleep study is Friday at 9.");
    assertDecision(Decision.BLOCK, "After the seizure you had on 2/2, you cannot drive for 6"
        + " months.");
    assertDecision(Decision.BLOCK, "Por la convulsión que tuvo el 2 de febrero, no puede manejar"
        + " por 6 meses.");
  }

  @Test
  void aGeneticCarrierFinding_aDoseTakenOnceADay() {
    assertDecision(Decision.BLOCK, "HelixLine: You're a carrier for one cystic fibrosis variant"
        + " (F508del).");
    assertDecision(Decision.BLOCK, "Take 500mg once a day with food.");
    // a carrier that insures is no finding
    assertNotEquals(Decision.BLOCK, REDACTOR.check("Your insurance carrier for dental care is"
        + " listed on your card.").decision());
  }

  @Test
  void whatADrugCheckFound_finishingADrug() {
    assertDecision(Decision.BLOCK, "Drug checking result for sample DC-4471: fentanyl positive,"
        + " xylazine positive, heroin not detected.");
    assertDecision(Decision.BLOCK, "Until then keep your leg raised and finish all of the"
        + " Keflex.");
  }

  @Test
  void aProvidersIllnessAndAMisspeltInconvenienceAreNoConditions() {
    assertDecision(Decision.ALLOW, "Our phone system is down this morning, sorry for the"
        + " inconvience.");
    assertDecision(Decision.ALLOW, "URGENT schedule change: due to provider illness all appts on"
        + " Wed are cancelled.");
    assertDecision(Decision.ALLOW, "Flu shots are here! walk in mon-fri 8-5, no appt needed.");
    // a headline in capitals is no practice's name
    assertDecision(Decision.ALLOW, "FLU SHOTS ARE HERE!!! walk in mon-fri 8-5, no appt needed.");
    assertDecision(Decision.REWRITE, "CEDAR VALLEY PEDIATRICS: your visit is Monday.");
  }

  @Test
  void screensReportAsTests_whatWasFoundInSpanish() {
    assertDecision(Decision.BLOCK, "Noah's and Lily's hearing and vision screens were normal.");
    assertDecision(Decision.REWRITE, "Your depression screening is Monday at 9.");
    assertDecision(Decision.BLOCK, "Ya llegaron los resultados de su colonoscopia, le encontraron"
        + " 2 pólipos chiquitos.");
  }

  @Test
  void endoBeforeAVisitWordIsEndocrinology() {
    assertDecision(Decision.REWRITE, "hi its Becca w/ Dr Wong, ur endo referral went thru!");
  }

  @Test
  void whatPhotosShowAndWhatADoctorIsConcernedAbout() {
    assertDecision(Decision.BLOCK, "Your retinal photos from the kiosk show signs of possible"
        + " glaucoma.");
    assertDecision(Decision.BLOCK, "Dr. Sato reviewed your photos and is concerned about a"
        + " possible retinal detachment in the right eye.");
    assertDecision(Decision.BLOCK, "Dr. Kaur reviewed your diabetic eye exam photos: no diabetic"
        + " retinopathy in either eye.");
    // signs to watch for stay a hypothetical; a visit's reason stays its label
    assertDecision(Decision.ALLOW, "If you notice signs of a possible infection, call us.");
    assertDecision(Decision.REWRITE, "Check-in received for Tue 2:30pm. Reason for visit: ear"
        + " pain, possible ear infection.");
    assertDecision(Decision.ALLOW, "Good news: the new check-in tablets have Retina displays.");
  }

  @Test
  void idiomsAndLegalSensesOfNervesSeizuresAndMemory() {
    assertDecision(Decision.ALLOW, "Parkinson's law strikes again: the break-room fridge expands"
        + " to fill whatever space it has.");
    assertDecision(Decision.ALLOW, "Memory Lane Diner catering is confirmed for Friday's staff"
        + " lunch.");
    assertDecision(Decision.ALLOW, "Thanks for your nerves of steel during the EHR go-live!");
    assertDecision(Decision.ALLOW, "A sheriff's property seizure auction will use our overflow"
        + " lot this Saturday.");
  }

  @Test
  void everydaySensesOfStrokeHeartAndImaging() {
    assertDecision(Decision.ALLOW, "Adult swim lessons: work on your freestyle stroke and"
        + " breathing with a certified coach.");
    assertDecision(Decision.ALLOW, "Your imaging disc is ready for pickup at the front desk.");
    assertDecision(Decision.ALLOW, "Clínica Corazón de María está contratando asistentes"
        + " médicos bilingües.");
    assertDecision(Decision.ALLOW, "Dear Maplewood families, we have been notified of several"
        + " cases of hand, foot and mouth disease in our K-2 classrooms.");
  }

  @Test
  void aConditionThatIsToComeBackOrGetWorseIsTheRecipients() {
    assertDecision(Decision.BLOCK, "Hi Ray, if the swelling in your ankle gets worse, go to"
        + " urgent care today. Otherwise ice + elevate.");
    assertDecision(Decision.BLOCK, "If your migraines come back after stopping the patch, let"
        + " Dr. Ruiz know.");
    assertDecision(Decision.BLOCK, "Recuerde lo que hablamos: si esta semana vuelve a tener"
        + " pensamientos de hacerse daño, llame al 988.");
    assertDecision(Decision.BLOCK, "Si vuelven los pensamientos de hacerte daño, llama al 988.");
    // a hypothetical the "if" does not lead straight to; a return to a place; a broadcast
    assertDecision(Decision.ALLOW, "Call us if you have chest pain that comes back.");
    assertDecision(Decision.ALLOW, "Flu season: if the flu returns to campus, free shots are at"
        + " the Student Center.");
    assertDecision(Decision.ALLOW, "If your asthma gets worse during wildfire smoke, stay"
        + " indoors. Free masks at all locations this week.");
  }

  @Test
  void thoughtsOfSelfHarmAreAFinding() {
    assertDecision(Decision.BLOCK, "Following up on today: Sofia shared some thoughts of"
        + " self-harm with me.");
    assertDecision(Decision.BLOCK, "Your ankle ultrasound today confirmed a partial Achilles"
        + " tendon tear.");
    assertDecision(Decision.ALLOW, "If you ever have thoughts of hurting yourself, call or"
        + " text 988.");
  }

  @Test
  void everydaySensesOfRadiationInfusionsAndNamesInTitles() {
    assertDecision(Decision.ALLOW, "Sun safety tip: UV radiation is strongest from 10am to 4pm."
        + " Use SPF 30+ and reapply every 2 hours.");
    assertDecision(Decision.ALLOW, "Now pouring: berry infusions at the Lobby Bistro, 7-7.");
    assertDecision(Decision.ALLOW, "Valentine's Day hours: our office closes at 3pm on Friday.");
    assertDecision(Decision.ALLOW, "Subject: Our updated Patient Code of Conduct. Please read"
        + " our Code of Conduct at the front desk.");
  }

  @Test
  void anOfficeVisitCodeSaysNoMoreThanOfficeVisit() {
    assertDecision(Decision.ALLOW, "Claim processed for office visit (CPT 99213). Plan paid"
        + " $96.12.");
    assertDecision(Decision.ALLOW, "Your claim for CPT 99396 was processed.");
    assertDecision(Decision.REWRITE, "Your claim for CPT 70553 was approved by your plan.");
  }

  @Test
  void aRideDriversPlateIsTheVendorsCar() {
    assertDecision(Decision.ALLOW, "Your driver Marcus is 5 minutes away in a silver Toyota"
        + " Camry, plate 7KQD219. Please be ready at the curb.");
    assertSpans("Parking permit issued for your car, plate 7KQD219.", Category.VEHICLE_ID,
        "7KQD219");
  }

  @Test
  void whomAVisitIsWithIsTheClinician() {
    assertSpans("Your Friday 10am appointment with Dana Wolfe has been cancelled.",
        Category.PROVIDER, "Dana Wolfe");
    assertSpans("Su cita con Marta Ruiz es el lunes.", Category.PROVIDER, "Marta Ruiz");
    assertNone("Your appointment with Dana Wolfe is Monday at 10.", Category.NAME);
    // a name after "for" is still the patient's
    assertSpans("The appointment for Dana Wolfe is Monday.", Category.NAME, "Dana Wolfe");
  }

  @Test
  void aResidenceNamedCourtOrTerraceIsAPlace() {
    assertDecision(Decision.ALLOW, "Your visit with Dr. Friedman at Linden Court is confirmed"
        + " for Wed 5/7 at 11:15.");
    assertDecision(Decision.ALLOW, "Fall Festival at Oak Terrace is Saturday 2-4pm!");
  }

  @Test
  void aConditionThatAppearedOnARelativeIsAFinding() {
    assertDecision(Decision.BLOCK, "Hola Lupita, le aviso que a su abuelita le salió una úlcera"
        + " por presión en el talón derecho.");
  }

  @Test
  void servicesListedAsExamplesAreNoOnesCare() {
    assertDecision(Decision.ALLOW, "Our price estimator now lists cash prices for 300+ services,"
        + " including MRIs, colonoscopies, sleep studies and lab panels.");
    assertDecision(Decision.ALLOW, "Keystone Mutual will no longer require prior authorization"
        + " for many common services, including sleep studies and most outpatient MRIs.");
    assertDecision(Decision.REWRITE, "Your plan covers your tests, including your colonoscopy"
        + " on Monday.");
  }

  @Test
  void theHistoricalDepressionIsNoDiagnosis_nutritionTherapyIsNoTherapyVisit() {
    assertDecision(Decision.ALLOW, "Our Main St building is a Depression-era landmark, and its"
        + " elevator is being restored.");
    assertSpans("This confirms your medical nutrition therapy appointment on Tuesday.",
        Category.PROCEDURE, "medical nutrition therapy");
  }

  @Test
  void aCountedGroupThatTestedPositiveIsNoOnesOwnResult() {
    // a facility's outbreak notice: no result, no diagnosis of the recipient (the condition
    // itself still goes in a rewrite)
    assertNone("This week two residents and one staff member tested positive for COVID-19.",
        Category.RESULT);
    assertDecision(Decision.REWRITE, "This week two residents and one staff member tested"
        + " positive for COVID-19.");
    assertDecision(Decision.BLOCK, "You tested positive for COVID-19.");
    assertDecision(Decision.BLOCK, "Our staff found that you have diabetes.");
  }

  @Test
  void whatADevicesDataShows_aDiagnosisNamedAsOne_aJobAdsCounties() {
    assertDecision(Decision.BLOCK, "We received an alert from your ICD last night showing 2"
        + " shocks. Please call today.");
    assertDecision(Decision.ALLOW, "Our new app is showing 2 reminders.");
    assertDecision(Decision.BLOCK, "Because your ALS diagnosis has left you unable to work, your"
        + " balance has been reduced to $0.");
    assertDecision(Decision.ALLOW, "Learn about living with a new diabetes diagnosis at our"
        + " free class.");
    assertDecision(Decision.ALLOW, "Brookside Care Partners is hiring! Home health aides needed"
        + " in Franklin and Delaware counties. Apply at the front desk.");
  }

  @Test
  void aDrugHeldSkippedOrNotToBeStopped_isAnInstruction_aPharmacysHoldIsNot() {
    assertDecision(Decision.BLOCK, "Your hernia repair went fine, but since you're on Plavix"
        + " Dr. Mensah wants you to hold it 2 more days before restarting.");
    assertDecision(Decision.BLOCK, "It's time to refill your Eliquis 5mg. Skipping doses of a"
        + " blood thinner raises your risk of stroke.");
    assertDecision(Decision.BLOCK, "The metformin ER 750 mg you filled on 4/3 is part of a"
        + " recall. Do not stop taking it - bring the bottle in.");
    assertDecision(Decision.REWRITE, "Hilltop Pharmacy: AZELASTINE 0.15% NASAL SPRAY is ready for"
        + " pickup. We'll hold it until 6/3.");
    assertDecision(Decision.REWRITE, "Your custom progesterone 100 mg capsules are ready. We can"
        + " ship them to you or hold them for pickup Tues-Sat.");
  }

  @Test
  void findingsReportedOrSeenOnATest() {
    assertDecision(Decision.BLOCK, "Because you reported sleep apnea, Dr. Varga will call you"
        + " before surgery.");
    assertDecision(Decision.BLOCK, "El doctor vio su mamografía y quiere repetirla porque salió"
        + " algo en el seno izquierdo.");
    assertDecision(Decision.BLOCK, "The radiologist saw something on your mammogram.");
    assertDecision(Decision.ALLOW, "We found something wrong with your payment.");
    assertDecision(Decision.BLOCK, "Your OPK turned positive this morning.");
    assertDecision(Decision.BLOCK, "Update on Angel: the surgeon says his appendix had ruptured.");
  }

  @Test
  void aDiseaseNamedAsAVaccineOrATiter_aConditionAsAVisitLabel_aRuleForWhoever() {
    assertDecision(Decision.REWRITE, "Ms. Harlow, per state law Owen cannot attend school"
        + " starting Monday 10/6 until we receive proof of his 2nd varicella dose.");
    assertDecision(Decision.BLOCK, "Yes, some stomach upset is expected after her Mounjaro dose"
        + " goes up.");
    assertDecision(Decision.REWRITE, "Employee Health: your hepatitis B titer is due.");
    assertDecision(Decision.REWRITE, "Hi Ethan, you have a concussion follow-up with Dr. Okafor"
        + " on 10/2 at 8:15 AM.");
    assertDecision(Decision.BLOCK, "You have a concussion.");
    assertDecision(Decision.ALLOW, "Campers who don't pass the swim test can still use the"
        + " shallow area!");
  }

  @Test
  void aWorkOrPlayStatus_aConditionNotedAfterAName_clinicalShorthandAreFindings() {
    assertDecision(Decision.BLOCK, "Work status for Lionel Greaves: seen 4/12. Modified duty -"
        + " no lifting over 10 lbs for 2 weeks.");
    assertDecision(Decision.BLOCK, "Employee #E-20417 is restricted from driving company"
        + " vehicles until 4/30.");
    assertDecision(Decision.BLOCK, "Based on today's exam, you are not cleared for patient"
        + " lifting.");
    assertDecision(Decision.ALLOW, "Light duty jobs are available in the warehouse, apply"
        + " online.");
    assertDecision(Decision.ALLOW, "Your driveway was cleared for the snow plow.");
    assertDecision(Decision.BLOCK, "Camp Hollow Creek has no EpiPen on file for camper Henry"
        + " Adeyemi (peanut allergy).");
    assertDecision(Decision.BLOCK, "FYI from 4W charge RN: Jerome Marsh s/p lap appy POD1,"
        + " afebrile, plan d/c home today.");
    assertDecision(Decision.BLOCK, "Your husband Ray showed physical aggression toward a"
        + " caregiver this evening.");
  }

  @Test
  void aCombinationsStrengthsAndASpanishDeBeforeTheStrengthArePartOfTheDrug() {
    assertSpans("Your Norco 5-325 mg is ready.", Category.MEDICATION, "Norco 5-325 mg");
    assertSpans("Tu losartán de 50 mg ya está listo.", Category.MEDICATION, "losartán de 50 mg");
    assertDecision(Decision.REWRITE, "Tu losartán de 50 mg ya está listo.");
    // a dose to take is still a dose
    assertDecision(Decision.BLOCK, "Tome losartán de 50 mg cada mañana.");
  }

  @Test
  void aFillReadyForPickupIsSomeonesCare_evenAtTheDriveThru() {
    // "drive-thru" announces (drive-thru flu shots); a fill ready for pickup is no broadcast
    assertDecision(Decision.REWRITE, "Eastgate Pharmacy: warfarin 2.5 mg is ready for pickup at"
        + " the drive-thru. Reply STOP to opt out.");
    assertDecision(Decision.ALLOW, "Drive-thru flu shots this Saturday, 9-1, no appointment"
        + " needed.");
  }

  @Test
  void whatSomeoneIsToldToShowIsNoFinding_folicAcidIsADrug() {
    assertDecision(Decision.ALLOW, "Whoever picks it up must show a photo ID.");
    assertDecision(Decision.BLOCK, "Your x-ray shows a small fracture.");
    // "acid 1mg" had read as a lab value
    assertSpans("Your folic acid 1mg is ready for pickup.", Category.MEDICATION,
        "folic acid 1mg");
    assertDecision(Decision.REWRITE, "Your folic acid 1mg is ready for pickup.");
  }

  @Test
  void aSchoolOrSportsPhysicalIsAGenericVisit() {
    assertDecision(Decision.ALLOW, "Your school physical is Tuesday at 4.");
    assertDecision(Decision.ALLOW, "Su examen físico escolar es el martes.");
    assertDecision(Decision.ALLOW, "El examen físico deportivo es el martes a las 5.");
  }

  @Test
  void aPracticeNamedForAnOccupationalHealthServiceIsOneSpan() {
    // the term alone was found, the name around it was not: a rewrite left "at Mesa," behind
    assertSpans("Your drug screen is at Mesa Occupational Medicine, 2250 Industrial Pkwy.",
        Category.SPECIALTY, "Mesa Occupational Medicine");
    assertSpans("Please report to Crossroads Occupational Health by 3pm.", Category.SPECIALTY,
        "Crossroads Occupational Health");
    // a primary-care-only word still makes no practice name revealing
    assertNone("Please report to Crossroads Family Medicine by 3pm.", Category.SPECIALTY);
  }

  @Test
  void aTitlesDotEndsNoSentence() {
    // the relative and the drugs are in one sentence, whatever the dot of "Sr." says
    assertDecision(Decision.BLOCK, "Farmacia La Esperanza: el pedido de su papá, el Sr. Benítez "
        + "(Eliquis 5 mg y metoprolol 25 mg), ya va en camino.");
    assertDecision(Decision.REWRITE,
        "ClearSound Hearing Center: your hearing aid fitting with Dr. Baptiste, AuD is Thu 10/9.");
  }

  @Test
  void aRelativeIntroducedEarlierIsTheSheOfALaterSentence() {
    assertDecision(Decision.BLOCK, "Your FMLA forms for caring for your mother are done. Dr. Reyes "
        + "wrote that she needs help at home after her stroke.");
    // "drive" announces only as a blood drive or a drive-thru: the dialysis is the mother's
    // (a relative's procedure is removable, corpus/README), not a general mention
    assertDecision(Decision.REWRITE, "Your FMLA forms for caring for your mother are done. She will "
        + "need you to drive her to dialysis 3x a week.");
    assertDecision(Decision.ALLOW, "Our blood drive is Saturday: dialysis patients may not donate.");
  }

  @Test
  void aPumpsOrADripsRateIsADose() {
    assertDecision(Decision.BLOCK, "Your basal rate is now 0.8 units/hr from 10 PM to 6 AM.");
    assertDecision(Decision.BLOCK, "El técnico ajustó su bomba de insulina: basal de 0.8 u/h de "
        + "10 p. m. a 6 a. m.");
    assertDecision(Decision.BLOCK, "Run the fluids at 100 mL per hour overnight.");
    assertNone("We see 20 patients an hour at the flu clinic.", Category.MEDICATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your last reading was outside the range your care team set. A nurse will call you today.",
    "Your care team reviewed this week's readings: no action is needed right now.",
    "Su lectura de presión salió fuera de rango.",
  })
  void whereAReadingStandsAgainstItsRangeIsAResult(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void rangesAndActionsInGeneralAreNoResult() {
    assertDecision(Decision.ALLOW, "If your reading is above your target, call us.");
    assertDecision(Decision.ALLOW, "No action is needed on your part; the office has moved.");
    assertNone("Some AccuNova glucose meters may show readings in the wrong units.",
        Category.RESULT);
    assertSpans("To pair your new glucometer, open the app.", Category.PROCEDURE, "glucometer");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Quick update from Dr. Fenn's nurse: bx neg, no further tx needed.",
    "Nothing scary, but your PSA came back a touch higher than last year, 4.6.",
    "For Bao's ears: finish the pink medicine (5 mL twice a day) even if he seems better.",
    "Nothing to eat after midnight & only HALF your insulin tmrw morning before your scope.",
    "Sr. Domínguez, tome la pastilla del agua solo en la mañana.",
  })
  void shorthandHedgesAndDrugsNamedByUseStillSayTheCare(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void whatTheRecipientsSymptomsPointToIsAFinding() {
    assertDecision(Decision.BLOCK, "Based on your answers, this could be strep throat. We "
        + "recommend being seen today.");
    assertDecision(Decision.BLOCK, "Según sus respuestas, sus síntomas podrían deberse a una "
        + "infección urinaria.");
    assertDecision(Decision.ALLOW, "If you think you may have the flu, call us first.");
    assertDecision(Decision.REWRITE, "Patients who may have the flu should stay home.");
  }

  @Test
  void spanishResultsAndCoursesOfTreatment() {
    assertDecision(Decision.BLOCK,
        "Hola Itzel, tus pruebas de VIH y sífilis salieron no reactivas. Te recomendamos repetirlas.");
    assertDecision(Decision.BLOCK, "La Dra. Ríos revisó su tomografía: el cáncer de colon está "
        + "respondiendo bien al tratamiento.");
    assertDecision(Decision.ALLOW, "Hospital Sagrado Corazón: a partir del lunes el "
        + "estacionamiento para visitantes será gratuito.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Itemized stmt for DOS 02/11: 99213 office visit $165.00; Dx F41.1 generalized anxiety disorder.",
    "Diagnosis code(s) on the order: K22.70 Barrett's esophagus without dysplasia.",
    "Your insurance denied the claim, and they need the corrected code for the miscarriage.",
    "Recuerde: dieta de líquidos claros y tome la primera mitad del Golytely a las 6 pm.",
    "Dx: UTI. Please call us with any questions.",
  })
  void diagnosesOnBillsAndPrepDosesAreContent(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void pricesPlansAndLanguagesAreNoFindings() {
    assertNone("Self-pay prices: office visit $95, flu shot $30, strep test $25.", Category.RESULT);
    assertNone("02/03/2026  80061 Lipid panel  $48.00\n02/03/2026  83036 Hemoglobin A1c  $31.00",
        Category.RESULT);
    assertDecision(Decision.ALLOW, "Aseguradora Pacífico: su póliza dental y de visión se renueva "
        + "automáticamente.");
    assertDecision(Decision.ALLOW, "Applications are available at every registration desk in "
        + "English, Spanish, Vietnamese and Somali.");
    assertDecision(Decision.ALLOW, "Dr. Rao speaks English, Hindi and Gujarati.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Dear Pinecrest Elementary 3rd-grade families: a case of whooping cough has been confirmed "
        + "in a 3rd-grade classroom. Watch for a cough that lasts more than 2 weeks.",
    "Public health notice: if you ate at the Blue Kettle Diner last week, you may have been "
        + "exposed to hepatitis A from an infected food worker. Free vaccine clinics Saturday.",
    "The school-based health center is open during lunch for sports physicals and flu shots, no "
        + "appointment needed.",
  })
  void outbreaksExposuresAndWalkInClinicsSayNothingOfTheRecipient(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void anExposureOrADueDoseIsNoDiagnosis_aPartnersDoseIsADose() {
    assertDecision(Decision.REWRITE, "On 3/10 you were in our waiting room at the same time as a "
        + "person later diagnosed with measles. Please call us.");
    assertDecision(Decision.REWRITE, "Employee Health: Dose 3 of your hep B series is due this "
        + "month.");
    assertDecision(Decision.BLOCK,
        "Your partner should take all 4 pills at once and avoid sex for 7 days.");
    assertSpans("Please come back Thursday to have your tuberculin skin test read.",
        Category.PROCEDURE, "tuberculin skin test");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The biopsy of the white patch came back as leukoplakia with mild dysplasia.",
    "La biopsia del lunar de la espalda salió carcinoma basocelular.",
    "Su estudio de sueño confirmó apnea obstructiva moderada (IAH 22).",
    "Dr. Hale reviewed your lumbar x-rays: mild disc narrowing at L4-L5 with some arthritis.",
  })
  void specialtyFindingsAreFindings(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void anInstructionAndASchedulePartsOfALetterApartAreNoTreatment() {
    assertDecision(Decision.ALLOW, "Please use the east garage; it is free for patients and "
        + "visitors, and the walk-in clinic, the lab and radiology are all on the first floor of "
        + "the Harrison Wing by the fountain. Volunteers staff the information desk daily from 8 "
        + "to 5.");
    assertDecision(Decision.BLOCK, "Nurse Beth here from Caring Hands Home Health. Change the "
        + "dressing on your leg wound twice a day and call if you see redness or fever.");
  }

  @Test
  void aPlusOrAnArrowAfterATestIsItsResult() {
    assertSpans("Hi Jo, your test was + so congrats!! Dr. Levin wants to see you in 2 wks.",
        Category.RESULT, "+");
    assertSpans("Your mom asked us to let you know her Ca markers \u2191 again.", Category.RESULT,
        "\u2191");
    assertNone("Blood type A+ donors needed this Saturday.", Category.RESULT);
    assertNone("Call 1-800-555-0100 + press 2 for the nurse line.", Category.RESULT);
  }

  @Test
  void takeHomesAreTheProgramsCare_holidaysAreNoNames() {
    assertDecision(Decision.REWRITE,
        "Window hours change this Saturday. Take-homes for Sunday will be given Saturday.");
    assertDecision(Decision.ALLOW,
        "Happy Valentine's Day from all of us at Alder Grove Family Medicine!");
  }

  @Test
  void lactationAloneIsAPlace() {
    assertDecision(Decision.ALLOW, "Our lactation room is on the 2nd floor.");
  }

  @Test
  void surgeryAloneIsGeneric() {
    assertNone("Dr. Obi will go over surgery options with you.", Category.PROCEDURE);
    assertNone("Llámenos para programar la cirugía.", Category.PROCEDURE);
  }

  // --- drugs with their forms and combinations --------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Use el inhalador de salbutamol dos veces al día.         | inhalador de salbutamol",
    "Aplíquese la inyección de Ovidrel a las 9 p. m.          | inyección de Ovidrel",
    "Tome calcio con vitamina D después del desayuno.         | calcio con vitamina D",
    "New medicine: amoxicillin-clavulanate 875 mg for 10 days. | amoxicillin-clavulanate 875 mg",
    "Keep taking your iron pills with orange juice.           | iron pills",
    "Start vitamin D3 1000 IU daily with food.                | vitamin D3 1000 IU",
    "Siga tomando la pastilla de la presión.                  | pastilla de la presión",
    "Su medicina para el azúcar está lista.                   | medicina para el azúcar",
  })
  void medicationSpans(String text, String span) {
    assertSpans(text, Category.MEDICATION, span);
  }

  @Test
  void theInjectionWordGoesWithTheDrug() {
    String text = "Your Prolia injection is due next month.";
    assertSpans(text, Category.MEDICATION, "Prolia");
    assertNone(text, Category.PROCEDURE);
    Verdict v = REDACTOR.check(text);
    assertTrue(v.rewritten().isPresent(), () -> Findings.describe(text, v));
    assertFalse(v.rewritten().get().toLowerCase(java.util.Locale.ROOT).contains("injection"), v.rewritten().get());
  }

  @Test
  void aDoseNextToANamedDrugIsNotASpanOfItsOwn() {
    String text = "Your warfarin dose is changing: take 3 mg daily starting Monday.";
    assertSpans(text, Category.MEDICATION, "warfarin");
    assertEquals(Decision.BLOCK, REDACTOR.check(text).decision());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Dr. Huang wants to go up to 1.7 mg next week.                         | go up to 1.7 mg",
    "Lower the overnight basal rate from 0.8 to 0.7 units/hr tonight.     | Lower the overnight basal rate from 0.8 to 0.7 units",
    "La doctora dice que baje a 10 unidades en la noche.                   | baje a 10 unidades",
  })
  void aNewAmountIsADose_namedDrugOrNot(String text, String dose) {
    assertSpans(text, Category.MEDICATION, dose);
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Please go up to the 2nd floor to check in.",
    "We will increase your visits to 2 per month.",
    "The elevator is down, use the stairs up to 3.",
  })
  void movingUpOrDownWithoutADoseIsNoDose(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Baby gained 6 oz since Tues, great job!          | 6 oz",
    "Down 14 lbs since your last visit, awesome!      | 14 lbs",
    "El bebé subió 180 g esta semana.                 | 180 g",
  })
  void aWeightChangeIsAResult(String text, String value) {
    assertSpans(text, Category.RESULT, value);
  }

  @Test
  void aDoseWithoutADrugIsStillCaught() {
    String text = "Take 2 tablets every 6 hours until the pain is gone.";
    assertEquals(1, found(text, Category.MEDICATION).size(), text);
    assertEquals(Decision.BLOCK, REDACTOR.check(text).decision());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "You are allergic to amoxicillin, so we will use another drug.  | allergic to amoxicillin",
    "Your penicillin allergy is noted in your chart.                | penicillin allergy",
    "Usted es alérgica a la penicilina.                             | alérgica a la penicilina",
  })
  void allergiesAreConditions(String text, String span) {
    assertSpans(text, Category.CONDITION, span);
    assertNone(text, Category.MEDICATION);
  }

  // --- lab test or drug: the words around decide ----------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your hCG is 250 and doubling as expected.   | hCG",
    "Your iron was 30, a little low.             | iron",
    "ur sugar was 280 this morning, call us      | sugar",
    "Your BP was 150/95 at the visit today.      | BP",
  })
  void aReadingMakesItALabTest(String text, String span) {
    assertSpans(text, Category.PROCEDURE, span);
    assertNone(text, Category.MEDICATION);
  }

  @Test
  void aLabAbbreviationWithAValueIsNotAName() {
    String text = "Results: TSH 6.1 (H), ALT 72 (H). Please call the office.";
    assertNone(text, Category.NAME);
    assertTrue(found(text, Category.PROCEDURE).contains("ALT"), text);
  }

  @Test
  void aDrugScreenFindingIsASubstance() {
    assertSpans("Your urine screen was positive for alcohol.", Category.MEDICATION, "alcohol");
    assertNone("Please do not drink alcohol the night before.", Category.MEDICATION);
  }

  // --- specialties and visit words --------------------------------------------------------------

  @Test
  void aSpecialtyNamedWithAVisitWordIsTheSpecialty() {
    String text = "Your oncology visit is Tuesday at 9.";
    assertSpans(text, Category.SPECIALTY, "oncology");
    assertNone(text, Category.PROCEDURE);
    assertSpans("Your home health visit is set for Monday.", Category.SPECIALTY, "home health");
  }

  @Test
  void aConditionSpecialistNamesTheCondition() {
    assertSpans("Your HIV specialist appointment is Monday.", Category.CONDITION, "HIV");
    assertSpans("Your retina specialist appointment is Monday.", Category.SPECIALTY,
        "retina specialist");
  }

  @Test
  void abbreviationsForTestsAndTherapies() {
    assertSpans("Your PT appt is Thursday at 4.", Category.PROCEDURE, "PT");
    assertNone("Your PT appt is Thursday at 4.", Category.SPECIALTY);
    assertSpans("Your CT with contrast is at 7am.", Category.PROCEDURE, "CT with contrast");
    // physical and occupational therapy in their capitals; overtime, part-time and Pacific Time
    assertSpans("hey its Marcus from PT, I'm out sick today so your 4:30 is canceled.",
        Category.PROCEDURE, "PT");
    assertDecision(Decision.ALLOW, "Payroll reminder: OT hours must be approved by Friday. PT "
        + "staff - pls submit timesheets.");
    assertDecision(Decision.ALLOW, "Your video visit is at 10 AM PT tomorrow.");
    // the eye scan in its capitals; the month in any case
    assertSpans("Please arrive early so we can do your OCT first.", Category.PROCEDURE, "OCT");
    assertNone("Our new hours start in oct.", Category.PROCEDURE);
    assertDecision(Decision.ALLOW, "Your appt is Oct 15 at 3pm.");
    assertDecision(Decision.ALLOW, "YOUR APPT IS OCT 15 AT 3PM.");
  }

  @Test
  void theConcussionTestInItsCapitals_andAGameThatReturnsToPlay() {
    assertSpans("Crestline: your ImPACT retest is Mon 10/20 at 3:30pm.", Category.PROCEDURE,
        "ImPACT");
    assertDecision(Decision.ALLOW, "Lightning delay at Memorial Field. Return to play is expected "
        + "around 7:40 once the 30-minute clock clears.");
    assertDecision(Decision.ALLOW, "The storm had a big impact on our schedule today.");
  }

  @Test
  void aDriverWhoWalksYouToTheDoor_announcesNothing() {
    // "walk" cues a walk-in or a charity walk; walking the reader somewhere is a service to them
    assertDecision(Decision.REWRITE, "Yes! Since you'll have sedation, the driver will walk you "
        + "to the door and wait until someone is with you.");
  }

  @Test
  void aConditionAfterATestSomeoneReviewed_isWhatItFound() {
    assertDecision(Decision.BLOCK, "Dr. Raman looked at your MRI report and wants to talk about "
        + "the bulging disc before your next adjustment.");
    // a visit for the condition after the review is still a label
    assertDecision(Decision.REWRITE, "Dr. Kim reviewed your labs and will see you for your "
        + "diabetes follow-up.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Hi! Biscuit is due for his rabies booster. The county pet vaccine clinic is Saturday 10-2.",
    "Cedar Paws Vet: your dog's heartworm and flea meds are ready at the front desk.",
    "Low-cost rabies shots for dogs and cats! Saturday 10-2 at the fairgrounds, $10 per pet.",
  })
  void anAnimalsCare_isNoOnesHealthInformation(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // a bite is the person's care; a Vet Center serves veterans; a PET scan is imaging
    "Following up on your ER visit for the dog bite: your rabies vaccine dose #3 is due 6/10.",
    "Reminder: your PTSD group at the Vet Center meets Thursday at 1800.",
    "Prep reminder for tomorrow's PET scan: nothing to eat after midnight.",
  })
  void aBiteAVeteransCenterOrAPetScan_isStillPeoplesCare(String text) {
    assertTrue(REDACTOR.check(text).decision() != Decision.ALLOW, text);
  }

  @Test
  void seenForAConditionAfterAnErNamedBefore_isAFinding() {
    assertDecision(Decision.BLOCK, "Hi Mr. Pruitt, the ER let us know you were seen Sunday for a "
        + "nosebleed. Please come in tomorrow.");
  }

  @Test
  void anActivityHeldBackForAWhile_isACareInstruction() {
    assertDecision(Decision.BLOCK, "mrs abernathy pls remember no swimming for 3 days after "
        + "today's avastin injection.");
    assertDecision(Decision.BLOCK, "Work note: no lifting over 10 lbs until 6/20 due to lumbar "
        + "strain.");
    // a test's preparation is logistics
    assertDecision(Decision.REWRITE, "Reminder: your PET/CT is tomorrow at 8:30a. No food for 6 "
        + "hrs before, no hard exercise for 24 hrs, water is fine.");
  }

  @Test
  void sendingTheReaderToEmergencyCare_isAdvice() {
    assertDecision(Decision.ALLOW, "If it gets worse or you start vomiting, go to the ER.");
    assertDecision(Decision.ALLOW, "We will not schedule elective surgeries on Thanksgiving Day. "
        + "The Emergency Department stays open 24/7.");
    // the reader's own ER visit and a receipt's label are not advice
    assertDecision(Decision.BLOCK, "You were seen in the ER on Sunday for chest pain.");
    assertSpans("Visit: Urgent care - video, 3/28. Amount charged: $59.00.", Category.SPECIALTY,
        "Urgent care");
    // a plan's "if it doesn't work" is still the reader's care
    assertSpans("We are booking the version for Thursday, and if it doesn't work, a C-section "
        + "next Monday.", Category.PROCEDURE, "C-section");
  }

  @Test
  void surgeryAlone_isAGenericVisit_aBodyPartsSurgeryIsNot() {
    // older corpora label none of 108 "your surgery" and no bare "surgery" span exactly
    assertDecision(Decision.ALLOW, "Your surgery is scheduled for Mon 4/13. Arrive at 5:45 AM.");
    assertSpans("Your knee surgery is scheduled for Mon 4/13.", Category.PROCEDURE,
        "knee surgery");
  }

  @Test
  void visitsAPlanCoversThatYouHaveUsed_areACountNotAResult() {
    assertNone("Your plan covers 20 physical therapy visits per year and you have used 14.",
        Category.RESULT);
  }

  @Test
  void aFormFilledOutForASurgery_isNoHypothetical() {
    // "out for" is hypothetical after look and watch ("look out for a rash"), not after "filled
    // it": the surgery is the recipient's
    assertDecision(Decision.REWRITE, "Your FMLA paperwork is ready. Dr. Singh filled it out for "
        + "your back surgery on 4/2.");
    assertDecision(Decision.ALLOW, "Look out for a rash over the next week and call us.");
  }

  // --- results that name a condition ------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your colonoscopy showed no polyps this time.     | no polyps",
    "Your scan shows no evidence of cancer.           | no evidence of cancer",
    "Good news: your lymphoma is in remission.        | in remission",
    "Your blood type is Rh negative, so you need a shot. | Rh negative",
    "Your wound culture came back MRSA.               | MRSA",
  })
  void conditionsInsideResults(String text, String span) {
    List<String> results = found(text, Category.RESULT);
    assertTrue(results.stream().anyMatch(r -> r.startsWith(span)),
        () -> text + " -> " + Findings.describe(text, REDACTOR.check(text)));
    for (String c : found(text, Category.CONDITION)) {
      assertFalse(span.contains(c), () -> "condition inside the result: " + c + " in " + text);
    }
  }

  // --- values, flags, stages and sizes ---------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your potassium is high (5.9). Please call us today.      | 5.9",
    "Your BP was 162/98 at the pharmacy kiosk.                 | 162/98",
    "Your PHQ-9 score went from 18 to 11 since last month.    | 11",
    "Glucose 140 (H) on today's panel.                         | H",
    "Sodium 139 (normal), potassium 5.6 (high).                | high",
    "Your kidney disease is now stage 4.                       | stage 4",
    "The CT showed a 6 mm nodule in the left lung.             | 6 mm",
    "Su glucosa fue de 210 esta mañana.                        | 210",
    "Your blood sugar readings are over 300 this week.         | 300",
    "His hemoglobin was 10.4, slightly low. Start iron drops.  | low",
    "Sus estudios salieron bien, no tiene anemia.              | bien",
    "Knee flexion is up to 118° today. Keep it up!             | 118°",
    "New result: Vitamin D, 25-OH 22 ng/mL (L)                 | 22 ng/mL",
    "Result: 22 ng/mL (L)                                      | L",
    "Creatinine 1.9 mg/dL, eGFR 38 mL/min                      | 38 mL/min",
    "Homocysteine today: 14 µmol/L.                            | 14 µmol/L",
    "Su resultado llegó: 130 mg/dL en ayunas.                  | 130 mg/dL",
  })
  void valuesAndFlagsAreResults(String text, String value) {
    assertTrue(found(text, Category.RESULT).contains(value),
        () -> text + " -> " + Findings.describe(text, REDACTOR.check(text)));
    assertEquals(Decision.BLOCK, REDACTOR.check(text).decision(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your appointment is 12/4 at 3pm. Please arrive 15 minutes early.",
    "Your lab appointment moved from 9 to 10 on Friday.",
    "Parking is on level 2 (north garage).",
    "Shake well: amoxicillin 250 mg/5 mL comes as a liquid.",
    "Insulin pens hold 100 units/mL.",
  })
  void timesDatesAndCountsAreNotResults(String text) {
    assertNone(text, Category.RESULT);
  }

  @Test
  void titlesAndJoinedWordsAreNotTerms() {
    assertNone("Dear Ms. Patel, your statement is ready.", Category.CONDITION);
    assertNone("Grace, Hope and Will are welcome at the open house.", Category.SPECIALTY);
    assertNone("Your pre-visit paperwork is in the portal.", Category.MEDICATION);
  }

  @Test
  void aDrugNamedBesideTheRecipientsPrescriptionIsNotABroadcast() {
    String text = "Mounjaro is out of stock at our Elm Street store. We can transfer your "
        + "prescription to Oak Avenue.";
    assertEquals(Decision.REWRITE, REDACTOR.check(text).decision());
    String newsletter = "Flu vaccines are available at every location. Refill your "
        + "prescriptions before you travel.";
    assertDecision(Decision.ALLOW, newsletter);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your urine test came back with blood in it.                       | blood",
    "Your culture came back showing bacteria, so we sent a prescription. | bacteria",
    "hola, su examen de orina salio con sangre, el dr quiere repetirlo | sangre",
    "Tu cultivo salió con bacterias.                                   | bacterias",
  })
  void whatATestCameBackWithIsItsFinding(String text, String finding) {
    assertTrue(found(text, Category.RESULT).contains(finding),
        () -> text + " -> " + Findings.describe(text, REDACTOR.check(text)));
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void someoneWhoCameBackWithSomethingIsNotATestResult() {
    assertNone("Dr. Lee came back with good news about the schedule.", Category.RESULT);
    assertNone("Su hijo salió con su abuela a las 3.", Category.RESULT);
  }

  @Test
  void whatIsNotAvailableIsNewsForThoseInTheProgram_notABroadcast() {
    assertDecision(Decision.REWRITE, "Methadone dosing window this Saturday is 7-10am only. "
        + "Take-homes are not available this weekend.");
    assertDecision(Decision.REWRITE, "La metadona no estará disponible el lunes; venga el martes.");
    assertDecision(Decision.ALLOW, "Methadone dosing is available at every location for "
        + "anyone who needs it.");
  }

  @Test
  void aDevicePutInIsCare_andItsUpkeepOnAScheduleIsAnInstruction() {
    assertSpans("Ya le pusimos la sonda.", Category.PROCEDURE, "sonda");
    assertNone("La sonda espacial llegó a Marte.", Category.PROCEDURE);
    assertDecision(Decision.BLOCK, "A su papá ya le pusimos la sonda. Vacíe la bolsa cada 8 horas "
        + "y anote cuánto orina.");
    assertDecision(Decision.BLOCK, "We placed your dad's catheter today. Empty the bag every 8 "
        + "hours.");
  }

  @Test
  void aMentalStateSaidOfSomeoneIsAFinding() {
    assertDecision(Decision.BLOCK, "Sam left group early tonight and seemed very depressed. As "
        + "his emergency contact, could you check on him?");
    assertDecision(Decision.BLOCK, "Su hijo se veía muy deprimido hoy en la sesión.");
    assertDecision(Decision.BLOCK, "Your mom seemed anxious during the visit; please call us.");
    assertDecision(Decision.ALLOW, "We're anxious to see you at the open house!");
    assertDecision(Decision.ALLOW, "If you ever feel depressed or hopeless, call or text 988.");
  }

  @Test
  void aCourseOfTreatmentIsAnInstruction_aReminderOfOneDoseIsNot() {
    assertDecision(Decision.BLOCK, "Your treatment is 3 weekly Bicillin shots. The first one is "
        + "Monday at 10.");
    assertDecision(Decision.BLOCK, "His ear infection should clear up with the amoxicillin; "
        + "finish all 10 days.");
    assertDecision(Decision.BLOCK, "Termine los 7 días de antibiótico aunque se sienta mejor.");
    assertDecision(Decision.REWRITE, "Your monthly Invega injection is due Tuesday at 2.");
    assertDecision(Decision.REWRITE, "Please complete all 3 forms before your mammogram Monday.");
  }

  @Test
  void howOftenASupplyComesIsNoDose_andNoSignatureIsNoProhibition() {
    assertDecision(Decision.REWRITE, "No signature is needed. Future refills of your Truvada ship "
        + "automatically every 30 days.");
    assertDecision(Decision.BLOCK, "Take your vitamin D pill every 7 days with a meal.");
    assertDecision(Decision.BLOCK, "After your knee surgery: no baths for 2 weeks.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your first shipment of Truvada (30 tablets) will arrive Friday. | Your first shipment will arrive Friday.",
    "Your lisinopril (10 mg, generic) is ready.                      | Your prescription is ready.",
  })
  void aStrengthInParenthesesGoesWithTheDrug(String text, String rewritten) {
    assertEquals(rewritten, REDACTOR.check(text).rewritten().orElseThrow());
  }

  @Test
  void aVirtualVisitIsAWayOfSeeingTheClinician_notAServiceLine() {
    assertDecision(Decision.ALLOW, "Your virtual visit with Dr. Salas is today at 4.");
    assertDecision(Decision.ALLOW, "Su consulta virtual con la Dra. Salas es hoy a las 4.");
    assertDecision(Decision.REWRITE, "Your virtual urgent care visit is at 4.");
  }

  @Test
  void aDoseReportedAsGiven_isDosing_aPrescriptionGivenIsNot() {
    assertDecision(Decision.BLOCK, "We gave him 2 puffs of his albuterol inhaler at 10:20am.");
    assertDecision(Decision.BLOCK, "La enfermera le dio 2 tabletas de Tylenol a las 11am.");
    assertDecision(Decision.REWRITE, "We gave you a prescription for amoxicillin at your visit.");
  }

  @Test
  void childhoodVaccinesAreRoutineCare_evenForSomeoneElse() {
    assertSpans("Hi, your Tdap and appointment at Westfield Clinic is Sat 8/22 at 10am.",
        Category.PROCEDURE, "Tdap");
    assertDecision(Decision.REWRITE, "hi! ur 2nd HPV shot is due. Book at the school clinic.");
    assertDecision(Decision.REWRITE, "Su hija Valeria tiene cita para la vacuna del VPH el "
        + "martes 15 de septiembre.");
    assertEquals("Hi, your appointment at Westfield Clinic is Sat 8/22 at 10am.",
        REDACTOR.check("Hi, your Tdap and appointment at Westfield Clinic is Sat 8/22 at 10am.")
            .rewritten().orElseThrow());
  }

  @Test
  void aWalkInOfferIsABroadcast_andAnIntensifierDoesNotHideAReading() {
    assertDecision(Decision.ALLOW, "Vacunas contra la gripe sin cita en todas las Farmacias "
        + "Greenway este fin de semana.");
    assertDecision(Decision.REWRITE, "Su colonoscopia sin cita previa es el lunes a las 9.");
    assertDecision(Decision.BLOCK, "Su esposa tuvo la presión muy baja durante la diálisis.");
    assertDecision(Decision.BLOCK, "Your sugar was very high this morning.");
    assertDecision(Decision.ALLOW, "Our prices are very low this month.");
  }

  @Test
  void aTestReportedLaterInTheSentence_andWhatACultureGrew_areResults() {
    assertDecision(Decision.BLOCK, "hola sra. pineda, ya salio su papanicolau y todo bien, "
        + "negativo. nos vemos en 3 años.");
    assertDecision(Decision.BLOCK, "Your urine culture grew bacteria, so we will call in a new "
        + "prescription.");
  }

  @Test
  void weekdayHoursAndGeneralClinicsWithHopefulNamesRevealNothing() {
    assertDecision(Decision.ALLOW, "Oakdale Pharmacy: Your prescription is ready for pickup. "
        + "Hours M-F 9-7, Sat 9-1.");
    assertDecision(Decision.ALLOW, "Clínica Familiar Santa Rosa: Le recordamos su cita con el "
        + "Dr. Aguirre el martes.");
    assertDecision(Decision.ALLOW, "Centro de Salud Esperanza: ya puede descargar nuestra app.");
    assertDecision(Decision.REWRITE, "Esperanza Oncology Group: your visit is Monday.");
  }

  @Test
  void commonSymptomsAreConditions_andWhatSomeoneHadIsAFinding() {
    assertSpans("Your nausea medicine is ready for pickup.", Category.CONDITION, "nausea");
    assertDecision(Decision.BLOCK, "Tuvo un poco de náusea y le dimos ondansetrón.");
    assertDecision(Decision.ALLOW, "If you have nausea after the procedure, call us.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your visit at DermCare is Monday.                      | DermCare",
    "Your visit at CardioCare Associates is Monday.         | CardioCare Associates",
    "Thanks for visiting PedsFirst of Naples. See you soon. | PedsFirst of Naples",
    "DERMCARE OF NAPLES - APPT REMINDER: 3/18 AT 9:45AM.    | DERMCARE OF NAPLES",
  })
  void aBrandThatFusesASpecialtyIntoOneWordIsAPracticeName(String text, String name) {
    assertSpans(text, Category.SPECIALTY, name);
  }

  @Test
  void aDrugAfterAnRxNumberIsADrug_notPartOfAPracticeName() {
    String text = "Kessler Drug: Rx 4471928 ATORVASTATIN 20MG TAB is ready for pickup.";
    assertSpans(text, Category.MEDICATION, "ATORVASTATIN 20MG TAB");
    assertDecision(Decision.REWRITE, text);
    assertSpans("Gracias por visitar Urgencias 24 Horas San Jorge.", Category.SPECIALTY,
        "Urgencias 24 Horas San Jorge");
  }

  @Test
  void wordsThatMerelyStartLikeASpecialtyAreNot() {
    assertDecision(Decision.ALLOW, "Thanks for visiting Heartland Family Medicine.");
    assertDecision(Decision.ALLOW, "Download the MindfulNow app to book.");
  }

  @Test
  void cleaningAPlaceIsHousekeeping_cleaningTeethIsCare() {
    assertDecision(Decision.ALLOW, "Heads up: the office will close at noon Friday for a deep "
        + "cleaning of the office and carpets.");
    assertDecision(Decision.ALLOW, "Aviso: el consultorio estará cerrado el jueves por limpieza "
        + "profunda de las instalaciones.");
    assertSpans("Your deep cleaning is Monday at 9.", Category.PROCEDURE, "deep cleaning");
  }

  @Test
  void aWellChildVisitByAge_andAServiceAbbreviationHadWithSomeone_areProcedures() {
    assertSpans("Emma's 4-year shots are Tuesday at 10.", Category.PROCEDURE, "shots");
    assertSpans("Hi Greg, PT w/ Alicia is moved to Wed 10/7 at 7:30am.", Category.PROCEDURE,
        "PT");
    assertNone("Please bring the pt w/ a photo ID.", Category.PROCEDURE);
    assertDecision(Decision.ALLOW, "Your physical with Dr. Lee is Monday.");
  }

  @Test
  void aResultQualityBeforeALabNounIsAResult() {
    assertSpans("Critical lab value: please call us right away.", Category.RESULT, "Critical");
  }

  @Test
  void practiceNamesThroughNumbers() {
    assertSpans("Gracias por visitar Urgencias 24 Horas San Jorge.", Category.SPECIALTY,
        "Urgencias 24 Horas San Jorge");
  }

  @Test
  void aSupplyCountIsNotADoseAndAWeeklyScheduleIs() {
    String shipment = "Your first shipment of Truvada (30 tablets) arrives Friday in a plain box.";
    assertDecision(Decision.REWRITE, shipment);
    String weekly = "Reminder: alendronate once a week, first thing in the morning.";
    assertDecision(Decision.BLOCK, weekly);
  }

  @Test
  void someoneElsesSensitiveTreatmentBlocks() {
    String text = "Your brother Gus listed you as his support person. He finished detox today.";
    assertDecision(Decision.BLOCK, text);
    String routine = "Your son Leo is due for his well-child visit Monday.";
    assertDecision(Decision.REWRITE, routine);
  }

  @Test
  void everyFollowedByAPlaceIsNoSchedule() {
    String offer = "Naloxone is free at every front desk, no questions asked.";
    assertDecision(Decision.ALLOW, offer);
    assertEquals(Decision.BLOCK, REDACTOR.check("Take ibuprofen every 6 hours.").decision());
  }

  @Test
  void aFindingIntroducedWithTheresIsADiagnosis() {
    String text = "I looked at your chest x-ray and there's a small pneumonia in the right lung.";
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void aNumberThatStartsATestNameIsNotAValue() {
    String text = "Your 25-OH vitamin D was 22 ng/mL.";
    List<String> results = found(text, Category.RESULT);
    assertFalse(results.contains("25"), () -> results.toString());
    assertTrue(results.contains("22 ng/mL"), () -> results.toString());
  }

  @Test
  void shorthandForAPrescription() {
    assertSpans("ur subs script is at the pharmacy, pick up b4 5", Category.MEDICATION, "subs");
  }

  @Test
  void anAmbiguousTermInItsOwnPracticesMessage() {
    String plan = "Thanks for visiting Bright Harbor Dental. Next: two fillings on the lower right.";
    assertSpans(plan, Category.PROCEDURE, "fillings");
    assertNone("Bright Harbor Dental is filling openings for next week.", Category.PROCEDURE);
  }

  @Test
  void aTreatmentThePatientNeeds() {
    assertSpans("Tooth #3 needs a crown; please call to book.", Category.PROCEDURE, "crown");
    assertNone("Crown Point Family Practice is closed Friday.", Category.PROCEDURE);
  }

  // --- everyday phrases -------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "We received your disability paperwork and will fax it today.",
    "Please bring your child's immunization record to the visit.",
    "If symptoms get worse, go to the nearest emergency room.",
    "Your delivery from Main Street Pharmacy arrives Friday.",
    "Su seguro pide el diagnóstico por escrito.",
    "No lotion on your chest before the visit, please.",
    "Your Invisalign aligners are ready for pickup.",
    "Tropical Depression Nadia is expected to bring heavy rain tonight.",
    "Por la depresión tropical, la clínica abre a mediodía.",
  })
  void everydayPhrasesAreNotExtraFindings(String text) {
    Verdict v = REDACTOR.check(text);
    long extra = v.findings().stream()
        .filter(f -> f.category() == Category.CONDITION || f.category() == Category.SPECIALTY)
        .count();
    assertEquals(0, extra, () -> text + " -> " + Findings.describe(text, v));
    if (!text.contains("Invisalign")) {
      assertNone(text, Category.PROCEDURE);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Su sesión de telepsiquiatría es hoy a las 5 pm.    | telepsiquiatría",
    "Your telecardiology visit is Monday at 3.          | telecardiology",
    "Su cita de teleneurología es el martes.            | teleneurología",
  })
  void careGivenRemotelyIsTheCareItNames(String text, String span) {
    assertSpans(text, Category.SPECIALTY, span);
  }

  @Test
  void wordsThatStartWithTeleAreNotCare() {
    assertDecision(Decision.ALLOW, "Your telephone number and television schedule are on file.");
  }

  @Test
  void prescribersShorthandIsADoseAndAResult() {
    assertDecision(Decision.BLOCK, "Rx sent for nitrofurantoin 100mg bid x5d.");
    assertDecision(Decision.BLOCK, "Amoxicillin 500 mg tid, pick up today.");
    assertSpans("msg for pt's mom: his labs wnl, f/u 6 mo.", Category.RESULT, "wnl");
    assertDecision(Decision.REWRITE, "Your nitrofurantoin refill is ready for pickup.");
  }

  @Test
  void minutesAtATimeIsASchedule() {
    assertDecision(Decision.BLOCK, "Thanks for coming in for your knee injection today! Ice it "
        + "15 min at a time and call us if it gets worse.");
    assertDecision(Decision.REWRITE, "Thanks for coming in for your knee injection today! "
        + "Please arrive 15 min early; we check in one family at a time.");
  }

  @Test
  void howAPersonIsDoingIsAResult() {
    assertSpans("Sr. Beltrán, su esposa Marta está estable y pasará la noche en observación.",
        Category.RESULT, "estable");
    assertSpans("Your father is in stable condition and resting.", Category.RESULT, "stable");
    assertNone("Your payment plan is stable.", Category.RESULT);
    assertNone("The weather is stable this week.", Category.RESULT);
  }

  @Test
  void screeningQuestionnairesAreProcedures() {
    assertSpans("Before your intake, please complete the AUDIT and DAST-10 questionnaires.",
        Category.PROCEDURE, "AUDIT", "DAST-10");
    assertNone("Our annual audit of billing records is complete.", Category.PROCEDURE);
    assertNone("Fire safety plan drill at the office Monday.", Category.PROCEDURE);
  }

  @Test
  void takingTheDrugNamedBeforeIsADose_preparingForATestIsNot() {
    assertDecision(Decision.BLOCK, "Farmacia Santa Fe: su pastilla Plan B ya está lista. Tómela "
        + "lo antes posible.");
    assertDecision(Decision.BLOCK, "Your albuterol inhaler is ready; use it twice a day.");
    assertDecision(Decision.REWRITE, "Your sertraline is ready. Please pick it up by Friday.");
    assertDecision(Decision.REWRITE, "Reminder - stress test on Monday at 9. No caffeine for 24 "
        + "hours before. Wear comfortable walking shoes.");
    assertDecision(Decision.BLOCK, "Hold your metformin for 48 hours before the CT scan.");
    assertDecision(Decision.BLOCK, "No baths for 2 weeks after your knee surgery.");
  }

  @Test
  void spanishFindingsAndScores() {
    assertDecision(Decision.BLOCK, "Los resultados de su cuestionario indican depresión moderada.");
    assertSpans("Tu registro: bajaste 2 kg esta semana.", Category.RESULT, "2 kg");
  }

  @Test
  void sensitiveServicesNamedWithoutAClinicalWord() {
    assertSpans("Su prueba rápida de VIH es el lunes.", Category.PROCEDURE, "prueba rápida de VIH");
    assertSpans("GenoVida Lab recibió su muestra para el panel genético de cáncer.",
        Category.PROCEDURE, "panel genético de cáncer");
    assertSpans("Farmacia San José: su Suboxon 8mg esta listo para recoger.",
        Category.MEDICATION, "Suboxon 8mg");
    assertDecision(Decision.BLOCK, "El equipo revisó el caso de su hija Dani y recomienda iniciar "
        + "bloqueadores de pubertad.");
    assertSpans("Your advocate at Safe Harbor DV Services will call.", Category.SPECIALTY,
        "Safe Harbor DV Services");
    assertDecision(Decision.ALLOW, "In honor of World AIDS Day, free and confidential HIV testing "
        + "is available to everyone at all our locations this week.");
  }

  @Test
  void aCodeAfterAnAnalyteLikeWordIsNoReading() {
    assertDecision(Decision.ALLOW, "Check-in is open! Your booking reference is HB-4K92. Show it "
        + "at the kiosk in the main lobby.");
    assertSpans("Your HbA1c came back 6.9.", Category.RESULT, "6.9");
  }

  @Test
  void anInvitationToBookIsNoAppointmentTheRecipientHas() {
    assertDecision(Decision.ALLOW, "Clínica Familiar Los Pinos: ofrecemos métodos anticonceptivos, "
        + "pruebas de embarazo y control prenatal a todas nuestras pacientes. Pida su cita al "
        + "555-0104.");
    assertDecision(Decision.REWRITE, "Your flu shot is available Monday. Book your appointment "
        + "today.");
  }

  @Test
  void spanishCareOfANamedPersonIsThirdParty() {
    assertDecision(Decision.BLOCK, "Sra. Domínguez, la evaluación de autismo de Diego es el 2 de "
        + "octubre a las 9am.");
    assertDecision(Decision.REWRITE, "Sra. Domínguez, la cita de Diego es el 2 de octubre a las "
        + "9am.");
  }

  @Test
  void visualAcuityIsAReading_aPracticeNamedForItIsNot() {
    assertSpans("Her vision screen was 20/40 in the left eye.", Category.RESULT, "20/40");
    assertSpans("Su agudeza visual es 20/200.", Category.RESULT, "20/200");
    assertNone("Your eye exam is 12/20 at 20/20 Optometry.", Category.RESULT);
  }

  // --- read aloud: voicemails and transcripts ---------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "I looked at your PSA and it went up to six point one from last year.       | six point one",
    "The insurance rejected it because your A1c of six point one misses the bar. | six point one",
    "Your INR result from today is three point nine.                            | three point nine",
  })
  void aDecimalReadAloudAfterATestIsItsValue(String text, String value) {
    assertSpans(text, Category.RESULT, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The clinic is about five point five miles from the exit.",
    "Press one, then two, to reach the lab.",
  })
  void numbersReadAloudWithoutATestAreNoValues(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Dr. Iqbal changed your warfarin, so starting tonight take five milligrams on Mondays.",
    "Su insulina Lantus ya llegó. La doctora dijo que ahora son veinte unidades en la noche.",
    "Your Lantus is ready. The doctor said it's now 20 units at night.",
  })
  void aDoseSpokenOrTiedToATimeOfDayIsATreatmentInstruction(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your refill of sertraline one hundred milligrams is ready for pickup.",
    "Su medicamento metformina de ochocientos cincuenta miligramos está listo.",
    "Your metformin ER 500 milligram refill is ready to ship.",
  })
  void aStrengthSpelledOutAfterTheDrugIsNoDose(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void howATestLookedPastAnIntensifierIsItsResult() {
    assertSpans("Great news - your ultrasound and mammogram both look totally normal!",
        Category.RESULT, "normal");
    assertNone("Your new frames look totally great on you!", Category.RESULT);
  }

  @Test
  void anAbbreviationOfTheWordsBeforeItNamesThoseWords() {
    String transit = "Heartland Regional Transit (HRT) route 12 now stops outside our entrance.";
    assertDecision(Decision.ALLOW, transit);
    assertEquals(List.of("hormone replacement therapy"),
        found("Please come in for your hormone replacement therapy (HRT) follow-up.",
            Category.MEDICATION));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Don't make a rash decision about your HSA! Our billing office can help.",
    "Stop by our tent for water, sunscreen and high-fives!",
    "Please use the side entrance; the wheelchair-accessible doors there will be open.",
    "Your blister-packed medications for the week will be delivered Thursday.",
    "Donations for the Valley Hospice Thrift Shop can be dropped in the lobby bin.",
    "Heart of the Valley Food Bank's mobile pantry is coming to our parking lot Saturday.",
    "The Open Heart Food Pantry is open Tuesdays 4-6 in the church basement.",
    "Staff reminder: the team picnic is Saturday at Cataract Creek Park, shelter 3, at noon.",
    "Join us for the community walk at Heart Lake Park on Sunday morning.",
  })
  void everydaySensesOfClinicalWordsAreNoFindings(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your biopsy result: compound nevus with mild atypia, completely removed.  | compound nevus",
    "Heads up from the night nurse: your grandmother is now actively dying.  | actively dying",
  })
  void pathologyAndHospiceTermsAreConditions(String text, String condition) {
    assertTrue(found(text, Category.CONDITION).contains(condition),
        () -> Findings.describe(text, REDACTOR.check(text)));
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Dr. Reyes reviewed your hepatitis A antibody test: you're already immune.  | immune",
    "Given how much his kidney function has dropped this month, call us.        | dropped",
    "Hola Itzel. Tu mamografía necesita imágenes adicionales y un ultrasonido.   | imágenes adicionales",
    "Don Evaristo, ¡la herida ya mide menos de 1 cm, va muy bien!               | 1 cm",
  })
  void immunityAFallACallBackAndAWoundsSizeAreResults(String text, String result) {
    assertSpans(text, Category.RESULT, result);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Eat well to boost your immune system this winter.",
    "The flu test has dropped in price this season.",
    "Su mamografía está programada; no necesita imágenes adicionales.",
  })
  void theImmuneSystemAPriceAndNoCallBackAreNoResults(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your atovaquone-proguanil is ready. Keep taking it 7 days after you get home.",
    "Your Addyi refill is approved. Reminder: no alcohol within 2 hrs of your bedtime dose.",
  })
  void takingTheDrugNamedBeforeOrItsDoseOfTheDayIsAnInstruction(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "You were exposed to measles on 4/12. Please call us before coming in.",
    "Usted estuvo en contacto cercano con una persona con tos ferina. Llame al 555-0163.",
  })
  void anExposureToldToTheRecipientIsTheirs(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Anyone in the waiting room on Sat 4/12 may have been exposed to measles.",
    "Public notice: if you ate at the diner between 6/1 and 6/14, you may have been exposed to"
        + " hepatitis A. Free vaccine clinics this weekend.",
  })
  void aPublicExposureAlertIsNoDiagnosis(String text) {
    assertNotEquals(Decision.BLOCK, REDACTOR.check(text).decision(),
        () -> Findings.describe(text, REDACTOR.check(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "No ibuprofen, naproxen or aspirin for 7 days before your injection.",
    "Your Suboxone 8mg-2mg film was approved. Remember: dissolve 1 film under your tongue.",
    "Bree, Dr. Whitcomb asked me to check in because you mentioned thoughts of ending your life.",
    "Following up on the rash you reported after your third dose: please send a photo.",
  })
  void aHeldDrugADoseFormAndWhatTheRecipientReportedAreContent(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Lumen Rx: starting next plan year, Januvia 100 mg moves to Tier 3 on your plan.",
    "Your prior authorization for Suboxone 8mg-2mg film was approved.",
  })
  void aDateAfterStartingAndAStrengthWithItsFormAreNoInstructions(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void aComboStrengthAndItsFormGoWithTheDrug() {
    assertEquals(List.of("Suboxone 8mg-2mg film"),
        found("Your prior authorization for Suboxone 8mg-2mg film was approved.",
            Category.MEDICATION));
  }

  @Test
  void peopleWithAConditionWhoTakeADrugAreNotToldToTakeIt() {
    String ad = "Volunteers needed! We are looking for adults with type 2 diabetes who take"
        + " metformin for a 26-week study. Call (405) 555-0152.";
    assertNotEquals(Decision.BLOCK, REDACTOR.check(ad).decision());
  }

  @Test
  void thePatientComingBackIsNoResult_theTestComingBackIs() {
    assertNone("Your bone scan is at 8:00 AM; you'll get an injection and come back about 3 hours"
        + " later for the pictures.", Category.RESULT);
    assertSpans("Wren's bone age x-ray came back about 2 years behind her actual age.",
        Category.RESULT, "about");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Heads up: Purple Heart Highway will be closed between exits 40 and 44 this weekend.",
    "Su operación de pago fue procesada con éxito.",
    "Quick gut check: how did we do at your visit today?",
  })
  void aRoadAPaymentAndAGutCheckAreNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Reminder: your hot flash consult with NP Albers is Tue 11/11 at 1:30 PM.  | CONDITION | hot flash",
    "We are confirming your split-night study tomorrow at 9 p.m.              | PROCEDURE | split-night study",
    "Your insurance approved the turbinate reduction Dr. Kowalczyk requested. | PROCEDURE | turbinate reduction",
    "Your 2-week visit after your BBL is Wed 7/22 at 2:20 with Dr. Soto.      | PROCEDURE | BBL",
  })
  void sleepEntPlasticAndMenopauseTermsAreFound(String text, Category category, String span) {
    assertTrue(found(text, category).contains(span),
        () -> Findings.describe(text, REDACTOR.check(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Hot Flash Sale: 30% off cooling pajamas this weekend only at Nightingale Linens.",
    "HOT FLASH SALE at Maple Street Pharmacy: today only, 25% off travel fans.",
  })
  void aFlashSaleIsNoHotFlash(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aBloodPressureReadingInTheSentence_isAResult_butAGoalIsNot() {
    assertSpans("Your blood pressure was great at the pharmacy check, 118/76, keep it up!",
        Category.RESULT, "118/76");
    assertNone("Keep your blood pressure under 130/80.", Category.RESULT);
    assertNone("Your goal is a blood pressure below 130/80.", Category.RESULT);
    assertNone("Your BP check is on 10/17 at 9.", Category.RESULT);
  }

  @Test
  void theConditionACoverageDecisionGivesAsItsReasonIsTheMembers() {
    assertDecision(Decision.BLOCK, "Your plan denied the claim for your 2/11 ketamine infusion as"
        + " experimental for treatment-resistant depression. You may appeal.");
    assertDecision(Decision.REWRITE, "Good news: your plan approved coverage for flu shots.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Refill requests: controlled-substance prescriptions require a visit at least every 90 days.",
    "Please don't put lithium batteries in the lobby recycling bin - they can start fires.",
    "Venta de garaje: cristalería de la época de la Depresión, libros y juguetes.",
  })
  void aVisitRuleBatteriesAndAnEraAreNoCare(String text) {
    assertNotEquals(Decision.BLOCK, REDACTOR.check(text).decision());
    assertNone(text, Category.CONDITION);
  }

  @Test
  void aScreeningAnswerAboutBeingBetterOffDeadIsAFinding() {
    assertDecision(Decision.BLOCK, "We noticed you answered 'nearly every day' to the question"
        + " about thoughts that you'd be better off dead. A clinician will call you.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Time to switch to aligner tray 14 of 32! Wear them 22 hrs/day.",
    "Recordatorio del Dr. Levin: use el inmovilizador de rodilla todo el tiempo.",
  })
  void howLongADeviceIsWornIsATreatmentInstruction(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "We're now open full time at our new Elm St office.",
    "Brace for the storm: we're closing at 1 PM today. Stay safe!",
  })
  void openingHoursAndAStormAreNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aBraceWornForComfortIsStillADevice() {
    assertTrue(found("Your x-ray shows no fracture. Keep using the brace for comfort.",
        Category.PROCEDURE).contains("brace"));
  }

  @Test
  void noCaffeineBeforeATestIsPreparation() {
    assertDecision(Decision.REWRITE, "Reminder: arterial Doppler with ABI on 10/14 at 8:15 AM."
        + " No smoking or caffeine for 2 hrs before. Wear loose clothing.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Hola Daniela, según el cuestionario que llenó hoy, tiene síntomas de depresión posparto.",
    "Kick count alert: you logged 4 movements in 2 hours, below the 10 we look for.",
    "Good news - Mateo passed his car seat challenge this morning, so he can go home tomorrow.",
  })
  void symptomsSomeoneHasACountTheyLoggedAndATestPassedAreFindings(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void warningSignsAfterIfAndAnAdverbAreHypothetical() {
    assertNotEquals(Decision.BLOCK, REDACTOR.check("Le recordamos su consulta posparto el martes."
        + " Si antes tiene fiebre o sangrado abundante, llámenos.").decision());
  }

  @Test
  void aScreensRiskBandIsItsResult_aProceduresRiskIsNot() {
    assertSpans("Your cell-free DNA screen is low risk for trisomy 21, 18 and 13.", Category.RESULT,
        "low");
    assertNone("A colonoscopy is a low risk procedure.", Category.RESULT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Post-vasectomy reminder: drop off your sample in 12 weeks.  | PROCEDURE | Post-vasectomy",
    "Your post-colonoscopy follow-up is Monday at 9.             | PROCEDURE | post-colonoscopy",
    "Your pre-chemo labs are drawn at 8.                          | PROCEDURE | pre-chemo",
    "Your post-stroke visit is set for Monday.                   | CONDITION | post-stroke",
    "Your visit for chronic back pain is Monday.                 | CONDITION | chronic back pain",
  })
  void aHyphenatedPrefixGoesWithTheTerm(String text, Category category, String span) {
    assertSpans(text, category, span);
  }

  @Test
  void anAbbreviationThatIsAWordNamesAPracticeOnlyInCapitals() {
    assertNone("Your homestay details are now in the Global Ed portal.", Category.SPECIALTY);
    assertSpans("See you at Riverside ED tonight.", Category.SPECIALTY, "Riverside ED");
  }

  @Test
  void aBuildingsWheelchairRampIsNoDevice() {
    assertNone("The main entrance has automatic doors and a wheelchair ramp.", Category.PROCEDURE);
    assertSpans("Your wheelchair is ready for pickup.", Category.PROCEDURE, "wheelchair");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your blood type is in! You're B negative - only about 2% of donors share it. | B negative",
    "Your O-negative blood is needed now! Book a donation this week.             | O-negative",
    "¡Su sangre tipo O positivo se necesita hoy!                                 | O positivo",
    "Your type: AB positive.                                                     | AB positive",
  })
  void theRecipientsBloodGroupIsAResult(String text, String group) {
    assertSpans(text, Category.RESULT, group);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Great news: our patient survey results came back overwhelmingly positive! Thank you!",
    "Su pago fue procesado. Tiene un saldo positivo a su favor de $25.00.",
    "Thank you for all the positive feedback this year!",
    "Update 6.1 fixes a bug that showed \"No results found\" when you searched for a doctor.",
  })
  void aPolarityOfASurveyABalanceOrFeedbackIsNoResult(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your SCOFF score was 4/5, so Dr. Lim would like to refer you. | 4/5",
    "Your mother's MoCA score today was 19/30, down from last year. | 19/30",
  })
  void pointsOutOfATotalAfterAScoreAreItsResult(String text, String value) {
    assertSpans(text, Category.RESULT, value);
    assertNone(text, Category.DATE);
  }

  @Test
  void aScreenThatWasAReferIsItsResult_aReferralIsNot() {
    assertSpans("The newborn hearing screen was a refer on the left ear, so we booked a repeat.",
        Category.RESULT, "refer");
    assertNone("After your mammogram, Dr. Lee will refer you to a surgeon.", Category.RESULT);
    // "refer" as the first word has nothing before it to read (fuzz: it failed closed)
    assertNone(" refer you to urology para una biopsia. Can you come in Tuesday?", Category.RESULT);
    assertDecision(Decision.REWRITE, "refer you to the eating disorder program. OK to send it?");
  }

  @Test
  void aDateAfterAScoreIsStillADate() {
    assertSpans("Scores are due on 4/5.", Category.DATE, "4/5");
    assertSpans("Diagnosis code billed: F50.01", Category.CONDITION, "F50.01");
  }

  @Test
  void aSymptomScoresNameIsNoHypothetical() {
    assertDecision(Decision.REWRITE,
        "Reminder: fill out your IPSS (prostate symptom score) before your urology follow-up.");
    assertDecision(Decision.ALLOW, "If you have symptoms such as a fever, call before you come.");
  }

  @Test
  void theRecipientsOwnDrugInAConditionalIsTheirs() {
    assertDecision(Decision.BLOCK,
        "If you feel any throat swelling, use your Firazyr 30 mg right away and call 911.");
    assertDecision(Decision.REWRITE, "If your inhaler is empty, call the pharmacy.");
    assertDecision(Decision.ALLOW, "If you take an inhaler, bring it to every visit.");
  }

  @Test
  void aTenofovirSaltGoesWithTheDrugAndItsStrengthIsNoDose() {
    String text = "Your PrEP refill (emtricitabine/tenofovir DF 200-300 mg) is ready for pickup.";
    assertDecision(Decision.REWRITE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "URGENT: All blood types are needed, especially O negative and B negative. Please give.",
    "If you're O negative, please give this week.",
  })
  void aBloodGroupNamedToEveryDonorIsNoResult(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Results: Hep B negative, HIV negative.       | negative, negative",
    "A negative result means no virus was found. | negative",
  })
  void aConditionsLetterOrAnArticleBeforeAPolarityIsNoBloodGroup(String text, String results) {
    assertSpans(text, Category.RESULT, results.split(", "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Hola Luis, tu muestra de orina del viernes salió limpia, sigue así.",
    "Your drug screen came back clean. See you at group Monday.",
  })
  void aSampleThatCameBackCleanIsAResult(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Si su estado de cuenta muestra un saldo negativo, tiene un crédito a su favor.",
    "Please clean the area twice a day and keep it dry.",
  })
  void showingANegativeBalanceOrCleaningIsNoResult(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Little Hearts Daycare will be closed Friday for staff training.",
    "Riverside Hospital Cafe: your take-home family meal is ready at the lobby counter.",
    "Board meeting Thursday: the audit shows positive cash flow for the third year running.",
  })
  void aDaycareAMealAndCashFlowAreNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  // --- round 11 (2026-11-27) -------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "No, your ortho appt is 9/30 at 3:20.           | ortho",
    "Reminder: ur gastro appointment is Friday.     | gastro",
  })
  void aServiceLineBeforeTheRecipientsAppointmentIsItsSpecialty(String text, String span) {
    assertSpans(text, Category.SPECIALTY, span);
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void anUrgentOrWalkInAppointmentSaysHowSoonNotWhatKind() {
    assertDecision(Decision.ALLOW, "Your urgent appointment is today at 3:20 PM.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Auralis app: Left hearing aid battery low (10%). Charge tonight. | hearing aid",
    "Your new hearing aids are ready for pickup at the front desk.    | hearing aids",
  })
  void aHearingAidIsTheRecipientsDevice(String text, String span) {
    assertSpans(text, Category.PROCEDURE, span);
    assertNone(text, Category.CONDITION); // "aids" is not AIDS
    assertDecision(Decision.REWRITE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Please pack a case for your glasses, contacts or hearing aids and label it.",
    "FSA cards can be used for prescription glasses, contacts and hearing aid batteries.",
    "Reminder: bring your walker, crutches or cane if you use one.",
    "Para su visita, traiga su bastón si lo usa.",
    "Deaf and hard-of-hearing callers can reach us through relay service by dialing 711.",
  })
  void aDeviceOnAPackingListOrIfYouUseOneIsSaidToEveryone(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aTestsValueAfterAnotherTestShowedIsItsResult() {
    assertSpans("Oak Hill Lab: your lipid panel showed LDL 162 (H).", Category.RESULT, "162", "H");
    // what a test showed in words is still its finding
    assertDecision(Decision.BLOCK, "Your urine test showed protein, so Dr. Okonjo wants to repeat it.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Rate us 10/10? Tell a friend about Westfield Medical Group!",
    "How would you rate our care, 9/10? Reply with a number.",
  })
  void howTheRecipientRatesThePracticeIsNoResult(String text) {
    assertNone(text, Category.RESULT);
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your varicella titer was non-immune, so your dose is tomorrow.  | non-immune",
    "Su prueba de tuberculosis salió indeterminada; hay que repetirla. | indeterminada",
  })
  void aNonImmuneTiterAndAnIndeterminateTestAreResults(String text, String span) {
    assertSpans(text, Category.RESULT, span);
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void aGymsWeightRoomIsNoWeightLossClinic() {
    assertDecision(Decision.ALLOW,
        "Our neighbors at Weight Room Fitness are hosting a free 5K this Saturday.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Reminder: DOT exam tmrw 8am w/ Dr. Osei. Bring CDL + glasses.          | DOT exam",
    "Your DOT medical card is ready. Pick it up at the front desk.           | DOT medical card",
    "Usted fue seleccionado para una prueba de alcohol y drogas hoy a las 2. | prueba de alcohol y drogas",
  })
  void aDriversExamAndAWorkplaceDrugTestAreProcedures(String text, String span) {
    assertSpans(text, Category.PROCEDURE, span);
    assertNone(text, Category.NAME); // "DOT" is no Dot
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void aBreathAlcoholReadingIsAResult() {
    assertDecision(Decision.BLOCK,
        "Your breath alcohol confirmation test at 6:42 AM read 0.041. You are off duty today.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Autopay is set up. You'll receive a receipt by email after each payment.",
    "Lincoln Elementary: it's Spirit Week! The health room closes at noon for the pep rally.",
  })
  void autopayAPepRallyAndSpiritWeekAreNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aDeathTheSentenceBeforeSaysWhoseIsAThirdPartysHealth() {
    assertDecision(Decision.BLOCK, "Buenas tardes. Llamo por su esposo, Julián Paredes. Lo siento"
        + " mucho: falleció a las 11 de la mañana. Llámenos al (956) 555-0188.");
  }

  @Test
  void aCholinesteraseLevelIsAResult() {
    assertDecision(Decision.BLOCK,
        "Valle Verde: your cholinesterase came back at 58% of baseline. Stay out of the fields.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your fertile window starts today and ovulation is predicted for Thursday. | fertile window",
    "Luna: tus días fértiles empiezan hoy. Registra tus síntomas.               | días fértiles",
  })
  void aCycleTrackersFertileDaysAreTheRecipientsCondition(String text, String span) {
    assertTrue(found(text, Category.CONDITION).contains(span), () -> found(text, Category.CONDITION).toString());
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Esports club: Thursday's scrim is in room B12. Bring your own headset.",
    "Your Westbrook Booster Shop order has shipped: 1 x team backpack.",
    "Liga Juvenil de Fútbol: inscripciones abiertas este sábado en el parque.",
  })
  void aRoomCodeABoosterClubAndAYouthLeagueAreNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aTestForAllAthletesIsABroadcast() {
    assertDecision(Decision.ALLOW, "Westbrook HS Athletics: baseline concussion testing for all"
        + " fall athletes is in the library Thursday after school, 3-6 PM.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Lost & Found: items left in the ICU waiting room are held at Security for 30 days.",
    "Construction alert: the skybridge to the Oncology parking garage is closed through Friday.",
    "Reminder: masks are required for all visitors in the NICU, ICU and Oncology units.",
    "Aviso: desde el lunes, la entrada de Labor y Parto se cambia a la puerta 4.",
    "La sala de espera de la UCI se cambió al 3er piso de la Torre Este.",
  })
  void aUnitNamedAsAPartOfTheBuildingIsNoOnesCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Reminder: your appointment is Mon 5/4 at 10:40 AM. Please park in the Oncology parking garage.",
    "Reminder: you have a mask fitting tomorrow in Radiation Oncology, Level B (elevator C).",
    "The Sunrise Cancer Center garage is closed Monday; use Lot B.",
  })
  void aUnitOrPracticeInTheRecipientsOwnMessageStillRevealsTheCare(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Thanks for your scores, Mia. A GAD-7 of 17 is higher than last week. | 17",
    "Great news - your MADRS went from 34 to 12 after the series.         | 34, 12",
    "BMP reviewed - K 3.2 (L), all else wnl. Recheck in 1 wk.             | 3.2, L, wnl",
    "Your biopsy margins were clear.                                      | clear",
  })
  void questionnaireScoresFlaggedValuesAndMarginsAreResults(String text, String spans) {
    assertSpans(text, Category.RESULT, spans.split(", "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Before the session please fill out the PHQ-9 and GAD-7 forms, they take about 5 min.",
    "Recheck BMP in 1 wk and your A1c in 3 months.",
  })
  void howLongOrWhenAfterATestIsNoResult(String text) {
    assertNone(text, Category.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Cedar Walk-In Clinic: current wait is about 25 min. Save your spot online or just walk in.",
    "Clínica Sin Cita La Esperanza: ya está registrado. Hay 5 personas antes que usted.",
  })
  void aWalkInClinicsNameIsGenericLikeARetailClinics(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "You're checked in at Harbor Urgent Care. You are #4 in line.",
    "Thanks for checking in online! Reason for visit: sore throat, fever. Please arrive at"
        + " Brookside Walk-In by 2:15 PM.",
    "This is Ridgeview Medical Walk-In. We're calling about culture results from your visit.",
  })
  void anUrgentCareNameAndWhatAWalkInVisitWasForStillReveal(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void whatAGeneticTestFoundIsAResult() {
    assertSpans("Your embryo biopsy results are back: two embryos are chromosomally normal.",
        Category.RESULT, "normal");
  }

  @Test
  void aDiseaseThatSharesAVaccineHeadIsTheVaccine() {
    String text = "Confirmed: COVID-19 and flu vaccines for you on 10/21 at 5:30 PM.";
    assertSpans(text, Category.PROCEDURE, "COVID-19", "flu vaccines");
    assertNone(text, Category.CONDITION);
    assertDecision(Decision.REWRITE, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "IVIG dose due Thursday - tap to confirm your delivery window.              | IVIG",
    "Your Gamunex-C 10 g vials ship today by overnight courier with cold packs. | Gamunex-C 10 g",
    "Hi Keisha, your TPN delivery is Friday 5/1.                                | TPN",
  })
  void immuneGlobulinAndParenteralNutritionAreMedications(String text, String span) {
    assertSpans(text, Category.MEDICATION, span);
    assertDecision(Decision.REWRITE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "TPN Logistics is delivering new shelving Monday, so the back lot is closed.",
  })
  void aCompanyNamedLikeATherapyIsNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aClearLiquidDietIsColonoscopyPrep() {
    assertSpans("Reminder: start your clear-liquid diet tomorrow morning for Thursday's procedure.",
        Category.PROCEDURE, "clear-liquid diet");
  }

  @Test
  void aRouteAfterADrugIsTheProducts() {
    String text = "Crown & Crest: su minoxidil oral 2.5 mg está listo para envío.";
    assertSpans(text, Category.MEDICATION, "minoxidil oral 2.5 mg");
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void aFathersTestosteronePelletIsAThirdPartysMedication() {
    assertDecision(Decision.BLOCK,
        "Hi Diane, your father has his testosterone pellet visit on 6/19 at 1 PM.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your biometric screening results are ready. Log in to ThriveTrack to view them.",
    "You earned 250 points for completing your biometric screening! Redeem in the Rewards tab.",
  })
  void aWorkplaceBiometricScreeningIsGeneric(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Pellet insertion appt confirmed 5/28 @ 1pm w/ Dr Haddad.",
    "Your Crown & Crest Hair Clinic order is out for delivery today.",
  })
  void hormonePelletsAndHairClinicsReveal(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void aClinicalDeviceIfYouHaveOneStillReveals() {
    assertDecision(Decision.REWRITE,
        "Hi - your appointment is 8/20 at 8:30 PM. Bring your CPAP mask if you have one.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Since you told Dr. Ames the panic attacks are back, she moved your visit up to Friday.",
    "Las migrañas están peor, nos dijo; la doctora quiere verla mañana.",
  })
  void aPluralConditionWhoseCourseIsTold_isTheRecipients(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void aStrengthTakenAsNeeded_isADosingInstruction() {
    assertDecision(Decision.BLOCK,
        "Your plan: hydroxyzine 25 mg as needed at bedtime, and see us in 4 weeks.");
  }

  @Test
  void aBloodPressureReadingInTheSentenceAfterItsName_isAResult() {
    assertSpans("The insurer asked for your two latest blood pressure readings. We sent 164/98 and "
        + "158/94 today.", Category.RESULT, "164/98", "158/94");
  }

  @Test
  void specialtiesInAPlanWideNotice_areAnnounced() {
    assertDecision(Decision.ALLOW, "Starting March 1, members of our HMO plans may see a "
        + "dermatologist or an allergist without a referral. Questions? Call member services.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Remember the grounding exercise when the flashbacks start. Call us with questions. | flashbacks",
    "Si se le rompe la fuente antes de la cita, vaya al hospital.                         | rompe la fuente",
    "Call us today if the urge to hurt yourself comes back.                               | urge to hurt yourself",
  })
  void symptomsOfTraumaLaborAndSelfHarm_areConditions(String text, String condition) {
    assertSpans(text, Category.CONDITION, condition);
  }

  @Test
  void aTestNamedByItsAnalyte_isATestNotTheDisease() {
    assertSpans("Dr. Ruiz still needs your hepatitis C RNA drawn this week.", Category.PROCEDURE,
        "hepatitis C RNA");
    assertNone("Dr. Ruiz still needs your hepatitis C RNA drawn this week.", Category.CONDITION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Rents fell with the depressed market downtown, so the garage now charges $2.",
    "Manic Monday? Book your next visit online any time.",
  })
  void markets_andCatchphrases_areNoConditions(String text) {
    assertNone(text, Category.CONDITION);
  }

  @Test
  void aFlaggedValueOfTheRecipients_isAResult_aForecastsIsNot() {
    assertSpans("Your readmission risk score at discharge was 31 (high). A nurse will call weekly.",
        Category.RESULT, "31", "high");
    assertNone("Pollen today: tree 9.8 (high), grass 3.1 (low). Tap for the outlook.",
        Category.RESULT);
  }

  @Test
  void aTestThenItWasNormal_isTheTestsResult() {
    assertDecision(Decision.BLOCK,
        "Dr. Okafor reviewed your echocardiogram - it was normal. No changes needed.");
  }

  @Test
  void anInsurerApprovingVisits_isNoResult() {
    assertNone("Hola, su seguro aprobó 12 sesiones de terapia física. Llámenos para agendar.",
        Category.RESULT);
  }

  @Test
  void aSpanishStageOfACondition_isAResult() {
    assertDecision(Decision.BLOCK,
        "Su cobertura fue aprobada por el informe de insuficiencia renal etapa 4 del Dr. Lozano.");
  }

  @Test
  void aNewProviderAcceptingNewPatients_isAnnounced() {
    assertDecision(Decision.ALLOW, "Pinecrest Medical Group welcomes Dr. Ana Ruiz to our "
        + "dermatology team. Dr. Ruiz is accepting new patients starting 4/6.");
  }

  @Test
  void aFlutterOfExcitement_isNoArrhythmia() {
    assertNone("A flutter of excitement here: our new lobby opens Monday!", Category.CONDITION);
  }

  @Test
  void aNasalSprayAndAnotherDrugForPickup_isNoDosing() {
    String text = "Your fluticasone nasal spray and Zyrtec are ready for pickup at the pharmacy.";
    assertSpans(text, Category.MEDICATION, "fluticasone nasal spray", "Zyrtec");
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void aParkingPass_isNoScreeningPassed() {
    assertNone("Mr. Quist: your parking pass #RP-20417 works at the garage gate through 8/15.",
        Category.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Hi Sam, we are calling to confirm your ingrown toenail removal on March 12 at 10.",
    "Hi Owen, your plantar fasciitis folow-up with Dr. Brennan is Thu 10/8 at 4:10 PM.",
  })
  void careNamedByTheConditionItTreats_isAVisitsLabel(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void hyperbaricOxygen_isATreatmentNotADrug() {
    String text = "Your father is booked for hyperbaric oxygen treatment every weekday at 10 AM.";
    assertSpans(text, Category.PROCEDURE, "hyperbaric oxygen treatment");
    assertNone(text, Category.MEDICATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Roadwork on Route 9 is causing a migraine-sized traffic jam near our entrance.",
    "The spirometer-shaped trophy is on display in the lobby through Friday.",
    "Las obras en la calle Hidalgo son un verdadero dolor de cabeza; llegue 15 minutos antes.",
  })
  void likenessesAndIdioms_areNoClinicalTerms(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aConditionAfterIfAnyoneInYourHome_isHypothetical() {
    assertDecision(Decision.ALLOW, "Smoke advisory: if you or anyone in your home has asthma or "
        + "COPD, keep your action plan handy.");
    // past a comma the "if" no longer reaches: the colonoscopy is the recipient's
    assertNotEquals(Decision.ALLOW, REDACTOR.check("If you take Eliquis, hold it for 2 days "
        + "before your colonoscopy.").decision());
  }

  @Test
  void aMeasureThatDroppedWithoutANumber_isAResult() {
    assertSpans("She was moved to the ICU because her oxygen levels dropped overnight.",
        Category.RESULT, "dropped");
  }

  @Test
  void aPortableOxygenConcentrator_isADeviceNotADrug() {
    String text = "Your portable oxygen concentrator is ready for pickup at our showroom.";
    assertNone(text, Category.MEDICATION);
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void aSpanishArticleAfterADrug_isNoReleaseForm() {
    assertSpans("Sra. Quist: no se ponga su insulina glargina la mañana de la cirugía.",
        Category.MEDICATION, "insulina glargina");
    assertSpans("Your metoprolol LA 50 mg is ready for pickup.", Category.MEDICATION,
        "metoprolol LA 50 mg");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Give Teo his rescue med (Valtoco 10 mg nasal spray) if a seizure lasts 5 minutes. | Valtoco 10 mg nasal spray",
    "At 5 PM drink the first bottle of magnesium citrate, then clear liquids.         | magnesium citrate",
  })
  void aDrugWithItsRouteAndFormOrItsSalt_isOneSpan(String text, String drug) {
    assertSpans(text, Category.MEDICATION, drug);
  }

  @Test
  void aLabRunningHigh_isAResult() {
    assertSpans("Your mom's dialysis time moves to 5:30 because her potassium has been running "
        + "high.", Category.RESULT, "high");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Visit cancelled for weather. Keep giving your mother the prednisone 20 mg until we call.",
    "Dr. Ilves wants you to cut your metoprolol in half until your next visit.",
  })
  void keepGivingAndCuttingADrug_areDosing(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your pregnancy test from the mobile clinic on Saturday was negative. Call with questions.",
    "From your photos, the spot on your back looks like a basal cell carcinoma. Please book.",
  })
  void aFarResultAndWhatASpotLooksLike_areFindings(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Your father's memory assessment is booked for Thursday at 10.     | memory assessment",
    "Drink the oral contrast when you arrive for your scan.            | oral contrast",
  })
  void memoryAssessmentsAndContrast_areRevealing(String text, String term) {
    assertTrue(found(text, Category.PROCEDURE).contains(term)
        || found(text, Category.MEDICATION).contains(term), () -> term + " in: " + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Join us for Rhythm & Blues Night at the Riverside Community Center, Friday at 7 PM!",
    "Subject: Quick Pulse Survey. Our two-minute survey asks about parking and wait times.",
    "Peak Flow Yoga is offering free chair yoga in the lobby every Wednesday at noon.",
    "Our front desk is hosting a sunscreen drive for the Millbrook Youth Soccer league.",
  })
  void eventsAndStudiosNamedWithClinicalWords_areNoPractices(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aClinicalWordBeforeALandform_namesAPlace() {
    assertNone("Our Shingle Creek store now opens at 8 on Saturdays.", Category.CONDITION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Reminder: your scalp cooling session is Wed 3/11 at 8 AM. Arrive with damp hair.",
    "Reminder: your dilated exam is tomorrow at 8:15 AM. Bring sunglasses and a driver.",
    "Time to replace your nasal pillows! Your plan covers a new set every 30 days.",
  })
  void scalpCoolingDilatedExamsAndCpapPillows_areRevealing(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Dr. Ruiz says the pneumonia is clearing; see you Friday.",
    "Good news, it was only a cyst.",
    "La doctora dice que la infección no ha vuelto.",
    "Nurse Amy here - the gout in your toe should settle in a few days.",
  })
  void aParticularConditionTalkedAbout_isAFinding(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your appointment to check the rash is Tuesday at 3.",
    "Su cita para revisar la fractura es el martes.",
    "Your visit for the migraine follow-up is Tuesday at 3.",
    "Do you have a fever? Please reschedule your visit by calling 555-0100.",
  })
  void aConditionAsTheVisitsPurposeOrAScreeningQuestion_isNoFinding(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Nurse Ruth at Lincoln Elementary: Maya came in with a tummy ache and threw up once. Please "
        + "pick her up.",
    "Your son came in with a fever of 101.4 after lunch; please pick him up.",
    "Darius relapsed over the weekend. His bed is held until Friday.",
    "Hoy Mateo llegó con fiebre de 38.4 y dolor de oído. Por favor recójalo.",
  })
  void whatAChildOrResidentCameInWithOrDid_isAFinding(String text) {
    assertDecision(Decision.BLOCK, text);
  }

  @Test
  void aBodyTemperatureWithItsDecimal_isAResult() {
    assertSpans("Jonah's temp was 100.8 at 11, so we called you.", Category.RESULT, "100.8");
    assertSpans("Nurse's office: temp 99.9, resting now.", Category.RESULT, "99.9");
    assertNone("Heat advisory: temps up to 104 today; our cooling center is open.",
        Category.RESULT);
  }

  @Test
  void aFeverIfYouComeInWithOne_isNoFinding() {
    assertDecision(Decision.ALLOW, "If you come in with a fever, please wear a mask.");
  }

  @Test
  void aMeasureThatHasBeenHighOrLow_isAResult() {
    assertSpans("Your husband's colostomy output has been high; please have him drink more fluids.",
        Category.RESULT, "high");
    assertSpans("Su azúcar ha estado alta esta semana.", Category.RESULT, "alta");
    assertNone("Our phones have been busy; wait times have been high.", Category.RESULT);
  }

  @Test
  void howSomeonesProcedureWent_isAResult() {
    assertSpans("Your dad's knee surgery went well; he is resting now.", Category.RESULT,
        "went well");
    assertSpans("Su cirugía salió bien.", Category.RESULT, "salió bien");
    assertNone("The flu clinic went well, thanks to our volunteers.", Category.RESULT);
  }

  @Test
  void aNoticeToAllOurPatients_isABroadcast() {
    assertDecision(Decision.ALLOW, "A manufacturer has recalled certain textured breast implants. "
        + "This notice is going to all of our patients.");
  }

  @Test
  void careNamedByTheConditionItDrains_isAVisitsLabel() {
    assertDecision(Decision.REWRITE, "Your seroma aspiration is Tuesday at 9.");
  }

  @Test
  void continenceAndAftercareSupplies_areRevealingButNoDiagnosis() {
    assertDecision(Decision.REWRITE, "Valley Drug: your incontinence briefs order is ready for "
        + "pickup.");
    assertSpans("Take a sitz bath after each session.", Category.PROCEDURE, "sitz bath");
  }

  @Test
  void anAnswerOnAForm_isAFinding_aCheckInIsNot() {
    assertDecision(Decision.BLOCK, "On your pre-visit questionnaire you checked yes for thoughts "
        + "of hurting yourself. Please call us today.");
    assertDecision(Decision.REWRITE, "You're checked in at Harbor Urgent Care for your sore "
        + "throat. You're 3rd in line.");
  }

  @Test
  void aScoreOnAMemoryTest_isAResult_aCodeJoinedToALabsLettersIsNot() {
    assertSpans("Your memory score dropped to 18 out of 30.", Category.RESULT, "18");
    assertNone("Use code PT-2291 at checkout.", Category.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Rewards members save 20% on vitamins and cold & flu essentials this weekend.",
    "Cold and flu remedies are 2 for $10 at the front of the store.",
  })
  void coldAndFluProductsInAStoresAd_areNoCondition(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "pls fill out ur sleep apnea questionaire b4 ur appt w/ dr chen",
    "Time for your yearly hearing check. Tap to pick a time.",
  })
  void aQuestionnaireSpeltLooselyAndAHearingCheck_areVisitLabels(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Nicu Family Bakery: your sheet cake is ready for pickup after 10.",
    "Our friend Nicu Popescu says hi to everyone at the front desk.",
    "Doppler radar shows severe storms moving in after 3 PM. All offices close at 2.",
  })
  void anAbbreviationWrittenAsANameAndAWeatherRadar_areNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your NICU visit is Monday at 3.",
    "PrEP Pals peer meetup this month: Sat 8/15, 2pm. RSVP by replying YES.",
  })
  void anAbbreviationInItsCapitals_stillReveals(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void someonesWorkRestrictions_areResults() {
    assertSpans("Per Dr. Lindqvist your restrictions through 6/25: no lifting over 15 lbs, no "
        + "ladders.", Category.RESULT, "no lifting over 15 lbs", "no ladders");
    assertSpans("Re: employee Luis Carranza - off work until re-evaluation on 6/22.",
        Category.RESULT, "off work");
    assertSpans("Dr. Sato placed you at MMI as of 6/1.", Category.RESULT, "MMI");
    assertSpans("El doctor indicó: no levantar más de 10 libras, trabajo ligero hasta el 2 de "
        + "julio.", Category.RESULT, "no levantar más de 10 libras", "trabajo ligero");
    assertSpans("You can return to light duty on Monday.", Category.RESULT, "light duty");
    assertDecision(Decision.BLOCK, "Dr. Sato cleared you for full duty starting 7/13.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Now hiring: light duty warehouse positions, apply online.",
    "No lifting heavy boxes in the lobby please - ask staff for help.",
  })
  void aJobAdvertOrASignsRule_isNoOnesWorkStatus(String text) {
    assertNone(text, Category.RESULT);
  }

  @Test
  void aWorkRestrictionsDocument_isRevealing() {
    assertDecision(Decision.REWRITE, "New in your portal: updated work restrictions from "
        + "Dr. Whitcombe. Tap to view.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "It's almost your turn! Please return to QuickCare Midtown within 10 minutes or your spot "
        + "will be released.",
    "Your spot is saved for 6:40 PM at QuickCare Brooklyn Heights.",
  })
  void aPlaceInTheQueue_isNoSpotOnTheSkin(String text) {
    assertNone(text, Category.CONDITION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Sprain Brook Pkwy lane closures this week may slow your trip to our Yonkers office.",
    "Stitch & Bloom Tailoring: your alterations are ready. Pick up at the counter.",
  })
  void roadsAndShopsNamedWithClinicalWords_areNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Please call (312) 555-0140 to pre-register. Confirmation #LH-448213.",
    "Reminder: pre-registration desks have moved to the Parkinson Pavilion lobby, 1st floor.",
    "Nuestros consejeros financieros hablan español y pueden ayudarle con planes de pago.",
  })
  void codesBuildingsAndFinancialCounselors_areNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aCenterNamedForADisease_stillReveals() {
    assertDecision(Decision.REWRITE, "Your Parkinson Center visit is Monday at 10.");
  }

  @Test
  void aResultWordTypedInAHurry_isStillAResult() {
    assertSpans("its Jess from Dr Ferris office, ur biopsy was negitive for cancer!! no need to "
        + "come in", Category.RESULT, "negitive");
    assertNone("Thanks for the postive review!", Category.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Team Lakeside hosts pub quiz night at the Cast Iron Grill on Thursday at 7.",
    "Our new building is across from Vital Signs Print Shop and Pulse Fitness.",
  })
  void aGrillsCastIronAndShopsNamedForVitalSigns_areNoCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "hey its Penny from Dr. Ferris office - ur bp recheck got moved to Mon 4/6 at 3:40",
    "your ortho f/u is Monday at 9, text back if that dont work",
  })
  void aShorthandVisitAfterAnAmbiguousAbbreviation_isItsLabel(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @Test
  void toRecheckAPlan_isNoVisit() {
    assertDecision(Decision.ALLOW, "We will recheck the schedule tomorrow and call you back.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Save your spot online - walk-ins welcome 8am-10pm daily, x-ray and lab on site.",
    "Roosevelt HS: Free vision screening and glasses for students through the van, Oct 20.",
  })
  void aServiceAPlaceOffers_isNoOnesCare(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your flu shot is available at pickup on Monday.",
    "Reminder: your free skin cancer screening at the health fair is Sat 6/14 at 10:20am.",
  })
  void theRecipientsOwnServiceOffered_stillReveals(String text) {
    assertDecision(Decision.REWRITE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Niño Feliz Toys: Back-to-school sale this weekend, 20% off backpacks.",
    "Stork Express Courier: your package will be delivered between 2-5 PM today.",
  })
  void toyShopsAndCouriers_areNoPractices(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void whatAReaderDidNotSee_isAResult() {
    assertSpans("Dr. Iyer reviewed your x-ray - no fracture seen. Keep icing and resting it.",
        Category.RESULT, "no fracture seen");
  }

  @Test
  void feedingAndNewbornCareWords_areRevealing() {
    assertSpans("Your baby is not latching well, so let's meet with the lactation nurse tomorrow.",
        Category.CONDITION, "not latching");
    assertSpans("Circ care for baby Eli: put a dab of petroleum jelly on the tip with every "
        + "diaper change.", Category.PROCEDURE, "Circ care");
  }

  @Test
  void aDoorNotLatching_isNoCondition() {
    assertDecision(Decision.ALLOW, "The door is not latching properly; maintenance is on the way.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Scan & Print Express: your 48 scanned pages are ready for pickup.",
    "Pacemaker Running Club: Sunday's 5K starts at Echo Lake Park at 8 AM.",
    "Stress-Free Tax Prep: the scan of last year's return came through blurry.",
    "Your order of lithium AA batteries (8-pack) has shipped.",
    "GreenBox: Your meal prep kit ships Tuesday.",
    "Invitación: fiesta de la Guardería Pequeños Pasos el viernes a las 5.",
    "Lakeshore MG: Dr. Oyelaran is running about 30 min behind this afternoon.",
    "Clínica de vacunas para niños: sábado de 9 a 1. No necesita cita.",
    "Juguería Glow: tu jugo verde 'Piel de Seda' está listo.",
    "Laser Tag Arena at Brookfield Commons: your party for 12 is booked Saturday 2-4pm.",
    "Echo Valley HOA: the pool reopens Saturday.",
    "Maple Elementary: vision and hearing screenings for all 1st, 3rd and 5th graders happen "
        + "next week.",
    "Redline Freight dispatch: load 88213 ready for pickup at dock 4 at 06:00.",
    "Panel Pros Electric: your 200-amp panel upgrade passed city inspection today.",
    "Heartland Recovery Partners: This is an attempt to collect a debt. Reply HELP for options.",
    "Gimnasio Pulso Vital: su acceso a la zona de cardio queda suspendido.",
    "¡Feliz Día de las Madres! Brunch especial en Restaurante La Cigüeña este domingo.",
    "Bump & Grind Coffee: buy 9 lattes, the 10th is on us.",
    "Template library: Annual Physical Recall (v1.0). Sample preview uses test patient Jane Doe.",
    "GameVault Pro: your console has 0.2 TB free. Add a 2 TB expansion drive from our store.",
    "Hearts & Heels Dance Studio: the baby & me ballet class moves to Studio 2 this Saturday.",
    "Fresh Start Duct & Vent: your dryer vent cleaning is booked for Friday, 10am to noon.",
    "MedMart Rewards: $1 off any two Ritz crackers this week.",
    "Splint Woodworks: Your walnut cutting board and the oak side table are finished.",
    "Sparkle Hand Car Wash: Your deluxe hand wash + wax is done!",
    "CASTING CALL: Brightline Voice Studios is auditioning voice actors for a kids' series.",
    "Please park in the Sugar High Bakeshop lot next door (thank you, neighbors!).",
    "The east lot is closed Saturday for a quinceañera at Salón Las Rosas next door.",
    "Recordatorio de Hollis Drug: su pedido esta listo desde el 28/4.",
    "Lumen & Lather: our new gel cleanser for oily and acne-prone skin is here!",
    "Viajes Horizonte: ¡Su paquete a las Cataratas del Iguazú está confirmado!",
  })
  void shopsClubsAndEventsNamedWithClinicalWords_allow(String text) {
    assertDecision(Decision.ALLOW, text);
  }

  @Test
  void aSpelledOutTestWithADigit_isStillTheTest() {
    assertDecision(Decision.BLOCK, "Your H b A 1 c is 9.4 - please schedule a visit this week.");
    assertDecision(Decision.BLOCK, "Ur donation 3/30 screened H.I.V. r-e-a-c-t-i-v-e. Call us.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Feria de Salud este sábado: pruebas de presión gratis de 9 a 1 en el Centro Comunitario.",
    "This Saturday: free hearing screening for kids under 5 at the Eastside Library.",
  })
  void openingHoursAndAgeBounds_areNoResults(String text) {
    assertNone(text, Category.RESULT);
  }

  @Test
  void aValueThatMovedBetweenClockLikeNumbers_isStillAResult() {
    assertSpans("Su A1c bajó de 9 a 7.", Category.RESULT, "bajó", "9", "7");
    assertSpans("Your A1c improved from 9 to 7.", Category.RESULT, "9", "7");
  }

  @Test
  void aShortEnglishAbbreviationInCapitals_isTheTermInASpanishMessageToo() {
    assertSpans("No olvide: su NST es hoy a la 1:15 pm.", Category.PROCEDURE, "NST");
    assertNone("Mi cita es el lunes.", Category.PROCEDURE);
    // a narrowed match whose part holds no sense the whole passed does not fail the check
    String text = "q onda Yaretzi! t recuerdo tu cita con la Dra. Sáenz el vie 26 a las 4 pa tu"
        + " IUD check porfa llega 10 min antes";
    Verdict v = REDACTOR.check(text);
    assertFalse(v.explanation().contains("internal error"), v.explanation());
    assertNotEquals(Decision.ALLOW, v.decision());
  }

  @Test
  void lowerCaseAids_areHearingAidsUnlessTestedFor() {
    assertNone("Wearing schedule for your new aids: 4 hrs a day, quiet rooms only.",
        Category.CONDITION);
    assertNone("Please leave the right aid out and bring both aids on Monday.",
        Category.CONDITION);
    assertSpans("your aids test is ready", Category.PROCEDURE, "aids test");
    assertSpans("Your AIDS diagnosis was confirmed.", Category.CONDITION, "AIDS");
  }

  @Test
  void anAmbiguousConditionSomeoneIsSaidToHaveHadOrMentioned_isTheirs() {
    assertSpans("Dr. Adeyemi can see your dad about the cough you mentioned.", Category.CONDITION,
        "cough");
    assertSpans("We can look at the rash she had last week.", Category.CONDITION, "rash");
    assertNone("Cough drops are on sale this week.", Category.CONDITION);
    // the next sentence's "You mentioned" is no cue for the word that ends this one
    assertNone("Our pharmacy now carries more remedies for cough. You mentioned honey lozenges,"
        + " and they are in.", Category.CONDITION);
  }

  @Test
  void aSaintsAbbreviationAndLeetNine_stillMatchTheirTerms() {
    assertSpans("Please stop the St. John's wort we sold you last month.", Category.MEDICATION,
        "St. John's wort");
    assertSpans("reminder: ur random dru9 t3st is today", Category.PROCEDURE, "dru9 t3st");
    assertSpans("Your viral load is 88213.", Category.RESULT, "88213");
  }

  @Test
  void deploymentAssessmentsRespiteAndSpanishStiPanels_areProcedures() {
    assertSpans("Your post-deployment health assessment (PDHA) is due.", Category.PROCEDURE,
        "post-deployment health assessment", "PDHA");
    assertSpans("hola! ya estan tus resultados del panel de ets, entra a la app",
        Category.PROCEDURE, "panel de ets");
  }

  @Test
  void aConditionTheRecipientToldUsAbout_isAFinding() {
    assertDecision(Decision.BLOCK, "Hi Sam, after the suicidal thoughts you told us about last "
        + "month Dr. Reyes wants to keep weekly sessions.");
  }

  @Test
  void castorOil_isARemedy() {
    assertSpans("Start the castor oil tonight - 2 tbsp in juice at 7pm, then walk.",
        Category.MEDICATION, "castor oil");
  }

  @Test
  void anAmbiguousConditionOnAPartOfTheBody_isTheCondition() {
    assertSpans("Reminder: upload photos of the mole on your shoulder for Dr. Hale's review.",
        Category.CONDITION, "mole");
    assertNone("The mole in your yard is back; the pest team comes Tuesday.", Category.CONDITION);
    assertSpans("You were seen in our ER last week - how did we do?", Category.SPECIALTY, "ER");
  }

  @Test
  void griefInACondolence_isNoPain() {
    assertNone("Sra. Ibarra, todo el equipo le acompaña en su dolor. Con cariño.",
        Category.CONDITION);
    assertSpans("Le duele la espalda: tiene dolor en la pierna desde el lunes.",
        Category.CONDITION, "dolor");
  }

  @Test
  void pelletsVideoDotRescreensAndCtValues_areProcedures() {
    assertSpans("Reminder: your p e l l e t check is Thu 6/18 at 3pm.", Category.PROCEDURE,
        "p e l l e t check");
    assertSpans("Time for today's video DOT check-in! Open the app.", Category.PROCEDURE,
        "video DOT");
    assertSpans("Reminder: hearing rescreen for your baby tomorrow at 9:15am.",
        Category.PROCEDURE, "hearing rescreen");
  }

  @Test
  void tuberculosisDrugsAfterACount_stayTuberculosis() {
    assertSpans("Keep taking all 4 TB meds every day.", Category.CONDITION, "TB");
    assertSpans("Your 3HP 12-week pack is ready at Northside Pharmacy.", Category.MEDICATION,
        "3HP");
  }

  @Test
  void radiationRehabAndSwallowingTerms_areFound() {
    assertSpans("Tap to check in for SBRT #3 of 5 at Cedar Ridge.", Category.PROCEDURE, "SBRT");
    assertSpans("ur swallow eval moved to thurs 5/21 @ 11.", Category.PROCEDURE, "swallow eval");
    assertSpans("Northside Pharmacy: your SimplyGel thickener (2 cases) is ready for pickup.",
        Category.MEDICATION, "SimplyGel thickener");
    assertNone("Add a thickener to the sauce and stir.", Category.MEDICATION);
    assertNone("Golf outing: tee times start at 8.", Category.PROCEDURE);
  }

  @Test
  void anImmigrationMedicalExam_isAVisitType_aLawFirmIsNot() {
    assertSpans("Reminder: your civil surgeon exam is tomorrow at ten.", Category.PROCEDURE,
        "civil surgeon exam");
    assertSpans("Familia Vidal: sus exámenes de inmigración son el sábado.", Category.PROCEDURE,
        "exámenes de inmigración");
    assertDecision(Decision.ALLOW, "Our immigration law firm newsletter is out.");
  }

  @Test
  void aWeightTheRecipientShouldNotLift_isAWorkStatus() {
    assertDecision(Decision.BLOCK, "Hi Brian, your work note is attached: you should not lift "
        + "more than 20 lb until 10/22.");
    assertNone("Please do not lift the lid of the sharps container.", Category.RESULT);
    assertNone("Your statement shows a patient balance of $180.00.", Category.RESULT);
  }

  @Test
  void dilatedEyesAndArtificialTears_areCare() {
    assertSpans("Reminder: your eyes will be dilated at tomorrow's visit.", Category.PROCEDURE,
        "eyes will be dilated");
    assertSpans("Use artificial tears 4x a day.", Category.MEDICATION, "artificial tears");
  }

  @Test
  void aPriceAfterAFindingVerb_isNoResult() {
    assertNone("Your statement for the 02/11 audiogram shows $62.10 due on account 88203417.",
        Category.RESULT);
    assertSpans("Your A1c shows 9.4.", Category.RESULT, "9.4");
  }

  @Test
  void anExerciseWithItsSetsAndReps_isTreatment_aSizeOrASaleIsNot() {
    assertSpans("HEP update: add bridges 3x10 + clamshells 2x15 daily, hold the step-ups.",
        Category.PROCEDURE, "bridges 3x10", "clamshells 2x15");
    assertSpans("Do 3 sets of 15 heel raises twice a day.", Category.PROCEDURE,
        "3 sets of 15 heel raises");
    assertDecision(Decision.BLOCK, "Don Ernesto, sus ejercicios para la espalda: puente 3 series"
        + " de 10, dos veces al día.");
    assertDecision(Decision.ALLOW, "Photo center: 30 prints of 4x6 for $5 this week only.");
    assertDecision(Decision.ALLOW, "Tomates y chiles al 2x1 este fin de semana.");
    assertNone("Bring an 8x10 photo and your card daily.", Category.PROCEDURE);
    assertNone("Please order 2 x 10 boxes of gloves for the front desk.", Category.PROCEDURE);
  }

  @Test
  void aLetterToAGroup_saysItsWordsToEveryone() {
    assertDecision(Decision.ALLOW, "Dear Room 12 families: a case of head lice was reported in "
        + "your child's class. Please check your child's hair tonight.");
    assertDecision(Decision.ALLOW, "Estimadas familias del salón 8: se reportó un caso de "
        + "piojos en la clase de su hijo/a.");
    assertDecision(Decision.ALLOW, "Dear 2nd Grade Families: a case of chickenpox has been "
        + "reported in your child's grade.");
    // a group of one, or someone's parents, is no group
    assertDecision(Decision.BLOCK, "Dear parents of Harper Quinn, a case of head lice was "
        + "found in Harper's hair today.");
    assertDecision(Decision.BLOCK, "Hi Jayden's parents, his strep test was positive.");
    assertDecision(Decision.BLOCK, "Hello, this is the nurse. Parents: your son has head lice.");
  }

  @Test
  void bloodGlucoseInShorthand_isAReading() {
    assertSpans("jordan's bg was 62 at lunch, gave him juice, so ok to stay in class.",
        Category.RESULT, "62");
    assertNone("We moved to 123 BG Street.", Category.RESULT);
  }

  @Test
  void wholeGradesAndAllSchools_areEveryone() {
    assertDecision(Decision.ALLOW, "Vision and hearing screenings for grades K, 2, 5 and 8 start"
        + " Monday 10/6. No action needed.");
    assertDecision(Decision.ALLOW, "The hearing re-screen for 1st graders moved to Thu 11/6.");
    assertDecision(Decision.ALLOW, "El martes habrá exámenes de la vista para kínder, 2º y 5º"
        + " grado. No necesita hacer nada.");
    assertDecision(Decision.ALLOW, "Flu vaccine clinics will be held at all elementary schools"
        + " the week of October 20th.");
    assertDecision(Decision.REWRITE, "Your child's hearing screening moved to Thu 11/6.");
  }

  @Test
  void aFormsQuestionListingConditions_asksEveryone() {
    assertDecision(Decision.ALLOW, "Does your child have asthma, diabetes, seizures or a severe"
        + " allergy? Please update their health information in the portal.");
    assertDecision(Decision.ALLOW, "¿Su hijo(a) tiene asma, diabetes o convulsiones? Actualice"
        + " su información.");
    // one condition, a known one, or the reader's own diagnosis is asked of the reader
    assertDecision(Decision.BLOCK, "Hi Ray, does he still have a fever or vomiting?");
    assertDecision(Decision.BLOCK, "Have you been diagnosed with COPD or emphysema by a doctor?");
  }

  @Test
  void aFallOrAScrapeToldAsAReflexiveVerb_isAChildsHealth() {
    assertDecision(Decision.BLOCK, "Hola, soy la enfermera Lupe. Sofía se cayó en el recreo y se"
        + " raspó la rodilla; le pusimos una curita.");
    assertDecision(Decision.BLOCK, "Hola Marisol, su mamá se cayó en el baño esta mañana.");
    assertNone("Se cayó el sistema, por favor llame más tarde.", Category.CONDITION);
  }

  @Test
  void immunizationPaperwork_namesNoVaccine() {
    assertDecision(Decision.ALLOW, "A hold has been placed on your registration because your"
        + " immunization requirements are incomplete.");
    assertDecision(Decision.ALLOW, "Good news! Your immunization hold has been released.");
    assertDecision(Decision.ALLOW, "Recibimos el comprobante de vacunas de su hijo(a). ¡Gracias!");
    assertSpans("Your flu vaccine is due.", Category.PROCEDURE, "flu vaccine");
  }

  @Test
  void aVisitMovedIsNoTestPassed_andAStudentIdIsNoCare() {
    assertNone("Cambio: el examen de la vista de Renata se pasó al jueves 6 de noviembre.",
        Category.RESULT);
    assertDecision(Decision.ALLOW, "Flu shots are available at the Student Health Pharmacy, $10"
        + " with your student ID. No appointment needed.");
  }

  @Test
  void aBareSocialWorker_revealsNoService() {
    assertNone("Calling to confirm the social worker visit on Tuesday at 3 pm.",
        Category.SPECIALTY);
    assertSpans("Your session with Ana Ruiz, LCSW is Tuesday.", Category.SPECIALTY, "LCSW");
  }

  @Test
  void aBodyPartInAState_isAFinding() {
    assertDecision(Decision.BLOCK, "Update from today: he didn't want his lunch and his ankles"
        + " look pretty swollen, so you may want to mention it to his doctor.");
    assertDecision(Decision.BLOCK, "Sra. Ortega, su esposo Luis tiene la rodilla muy inflamada"
        + " hoy.");
    assertNone("Please bring a red folder and your back pack.", Category.CONDITION);
    assertNone("If the headache comes back worse than before, call us.", Category.RESULT);
  }

  @Test
  void aThresholdIsNoReading_andAStayHomeRuleIsForEveryone() {
    assertDecision(Decision.ALLOW, "A few reminders:\n- Keep your child home with a fever of"
        + " 100.4°F or higher, vomiting or diarrhea.");
    assertDecision(Decision.ALLOW, "Mantenga a su hijo(a) en casa si tiene fiebre de 38 °C o"
        + " más, vómito o diarrea.");
    assertDecision(Decision.BLOCK, "Marcus had a fever of 101.2 this morning.");
  }

  @Test
  void aPriceAddedAndANextSentence_areNoResults() {
    assertNone("No insurance? Strep or flu test +$25, X-ray +$60.", Category.RESULT);
    assertSpans("Your strep test was + so we sent antibiotics.", Category.RESULT, "+");
    assertNone("Traiga su cartilla si la tiene. Para cambiar la cita llame al 555-0177.",
        Category.RESULT);
    assertDecision(Decision.REWRITE, "Rx ready: amoxicillin 500mg caps. Pick up by 10/6 or it"
        + " will be returned to stock.");
  }

  @Test
  void aCareTeamNamedForItsCare_namesTheCare() {
    assertSpans("Memory Care Team: your caregiver check-in call is tomorrow at 11 AM.",
        Category.SPECIALTY, "Memory Care");
    assertNone("Your care team will call you tomorrow.", Category.SPECIALTY);
  }

  @Test
  void counselingThatIsNoCare_andALabsServiceCenter() {
    assertDecision(Decision.ALLOW, "Please bring your photo ID and insurance cards to your"
        + " financial counseling appointment.");
    assertDecision(Decision.ALLOW, "Crestline Labs appt tmrw 7:30a @ Downtown PSC. Fasting"
        + " required.");
    assertSpans("Starting 9/2 you begin the 2-week liquid diet: protein shakes only.",
        Category.PROCEDURE, "liquid diet");
  }
}
