#!/usr/bin/env python3
"""Build corpus/probe102.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe102.py [OUT] [-v]   (default: probe102.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, build script, source or test was read.

This round is MENTAL HEALTH PRACTICES, PSYCHIATRY AND DIGITAL THERAPY: what private-practice
therapists, group practices, psychiatric nurse practitioners, TMS and ketamine clinics,
eating-disorder programs, intensive outpatient programs and therapy apps send — session reminders
and telehealth links, intake paperwork, medication-management follow-ups, controlled-substance
refill rules, no-show and late-cancel fees, superbills, crisis resources, group schedules and
newsletters — mixing messages that reveal the recipient's condition, therapy, drug or program with
ones that only schedule or bill, plus look-alikes ("mindful spending", a Manic Monday sale,
Depression-era glass, a therapy dog visit, Dr. Freud's as a coffee bar, mood lighting, lithium
batteries, account recovery, a therapist named Joy Sadler, a doctor named Hope Blue).
About 16% Spanish; 4 disguised messages (spaced letters, zero-width characters, leet, a Cyrillic
look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Credentials that name a behavioral-health or allied discipline (LCSW, LPC, LMFT, PsyD,
     PMHNP-BC, RD) are a separate SPECIALTY span after the PROVIDER span, like DDS; PhD, MA, RN
     and MD are generic and stay inside the PROVIDER span. Role words therapist / terapeuta /
     psychiatrist / psiquiatra are SPECIALTY like oncologist; "case manager" is a generic role.
  2. "session", "group", "intake", "assessment", "evaluation", "treatment", "program" and
     "sesión"/"grupo" are generic words like "visit": they stay outside spans. "therapy",
     "psychotherapy", "counseling" and named modalities (EMDR, DBT skills, CBT-I, FBT, TMS, IOP,
     PHP, ACT, play therapy, ketamine-assisted psychotherapy) are PROCEDURE.
  3. A clinician's fixed video-room link is the practice's own URL (ALLOW, labelled URL); a link
     carrying a session or patient token is patient-specific (REWRITE).
  4. ICD-10 codes are CONDITION and CPT/HCPCS codes PROCEDURE; a superbill, statement or denial
     that states the diagnosis is BLOCK (the diagnosis is the content), not REWRITE.
  5. A provider's NPI is not a patient identifier and is not labelled.
  6. Arrival, fasting, ride-home and observation-time logistics for a ketamine/Spravato/TMS visit
     are logistics, not treatment instructions: REWRITE once the drug/procedure goes.
  7. A newsletter or moving notice sent by a practice whose name (or text) reveals behavioral
     health is REWRITE: it tells the lock screen that the recipient is a psychiatric patient. The
     same kind of broadcast from a generic practice is ALLOW with no span.
  8. Clinic, program and app names that say the service (… Ketamine Clinic, … TMS & Neuro
     Wellness, … Eating Disorder Program, … Recovery & Wellness, … Counseling, … Psychiatry,
     … Psicología, … Salud Mental, NeuroVida, … Therapy) are SPECIALTY; app brands that do not
     (MindHarbor, Equilibra, Evenwell) are not labelled.
  9. Self-monitoring tools and measures are PROCEDURE like a home BP log: mood check-in, mood
     charts, sleep diary, diary cards, rating scales, safety plan, blind weigh-in, meal plan.
 10. A program or group named after a condition keeps the generic word outside, the condition is
     CONDITION ("⟦Anxiety|CONDITION⟧ Reset program", "⟦d3pr3ssion|CONDITION⟧ group").
 11. A family-program invitation that does not name the relative is REWRITE (logistics for the
     recipient), not third-party BLOCK.
 12. A dependent's therapy type (FBT, play therapy) with a name and no condition, medication or
     result is REWRITE, like a dependent's specialty visit; a disclosure, behavior or weight is
     BLOCK.
 13. An adult relative's admission, disclosure or new medication relayed by text is BLOCK
     (third party's health), even when the relative asked for it to be sent.
 14. Crisis-line broadcasts naming 988/911 are ALLOW with no span; the same resource attached to
     the recipient's own symptoms is BLOCK.
 15. Drug-screen substances are MEDICATION and positive/negative RESULT (README); a refill-timing
     rule that names the drug (no dose instruction) is REWRITE.
 16. "ER" as a service word is SPECIALTY (urgent/emergency service line).
 17. Staff senders with a generic credential ("Nell, MA") are one PROVIDER span; "Case Manager Rob
     Tillman" is one PROVIDER span like "nurse Dana".
 18. Joy Sadler and Hope Blue are clinicians' names: PROVIDER only; the mood-like words in them are
     not conditions.
 19. Purposes: no-show, late-cancel, superbill, estimate and subscription messages -> billing;
     newsletters, workshops and promotions -> marketing; intake paperwork -> other; crisis and
     policy broadcasts -> other.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (da0001-da0012): session reminders, telehealth links, intake
add(
    ("da0001", "Westbrook Health Partners: Reminder - you have an appointment with Dr. Okafor on Tue 3/10 at 4:00 PM. Reply C to confirm or call (412) 555-0142 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/10", "DATE"), ("(412) 555-0142", "PHONE")],
     ["behavioral-health", "practice-contact"], "Generic practice name, provider, date, time and the practice's own phone only."),
    ("da0002", "Hi Tamsin! This is a reminder of your therapy session with Joy Sadler, LMFT tomorrow at 5:30pm at Quiet Harbor Counseling. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("Tamsin", "NAME"), ("therapy", "PROCEDURE"), ("Joy Sadler", "PROVIDER"), ("LMFT", "SPECIALTY"), ("Quiet Harbor Counseling", "SPECIALTY")],
     ["behavioral-health"], "Name, therapy, the LMFT credential and a counseling practice name go (decisions 1, 2, 8, 18); the time survives."),
    ("da0003", "Your appointment with Joy Sadler, PhD is confirmed for Monday, April 6 at 10:00 AM. Please arrive 10 minutes early. Ridgeview Associates, 210 Orchard Ave, Suite 3, (608) 555-0117",
     "ALLOW", "confirmation", "email", "en",
     [("Joy Sadler, PhD", "PROVIDER"), ("April 6", "DATE"), ("210 Orchard Ave, Suite 3", "ADDRESS"), ("(608) 555-0117", "PHONE")],
     ["behavioral-health", "practice-contact"], "Look-alike: Joy Sadler is the clinician's name, PhD is a generic credential and the practice name is generic (decisions 1, 18); the practice's own address and phone."),
    ("da0004", "Your video visit with Dr. Brennan starts at 2:00 PM today. Join from your phone or computer: https://meet.example.com/drbrennan - test your camera and mic 5 min early.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Brennan", "PROVIDER"), ("https://meet.example.com/drbrennan", "URL")],
     ["behavioral-health", "practice-contact"], "A clinician's fixed waiting-room link is the practice's own URL, not a patient identifier (decision 3)."),
    ("da0005", "Your telepsychiatry visit starts in 15 min. Join here: https://visit.example.org/j?session=8F3K29QX&pt=55102 (link is unique to you, do not forward)",
     "REWRITE", "reminder", "sms", "en",
     [("telepsychiatry", "SPECIALTY"), ("https://visit.example.org/j?session=8F3K29QX&pt=55102", "URL")],
     ["behavioral-health"], "The service word reveals psychiatry and the link carries a session and patient token (decision 3)."),
    ("da0006", "Your session starts in 10 minutes. Tap to join the waiting room.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative"], "'session' is generic (decision 2); nothing about the recipient's care."),
    ("da0007", "Hola Guadalupe, le recordamos su cita de psicoterapia con la Lic. Ferrer el jueves 14 de mayo a las 11:00 am. Para cancelar o cambiar llame al (915) 555-0163.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("psicoterapia", "PROCEDURE"), ("Lic. Ferrer", "PROVIDER"), ("14 de mayo", "DATE"), ("(915) 555-0163", "PHONE")],
     ["behavioral-health", "practice-contact"], "Name and the therapy type go; provider, date, time and the practice phone stay."),
    ("da0008", "Hi Devon, Dr. Amari wanted me to let you know your sertraline is going up to 100mg starting tomorrow - take 2 of the 50mg tabs in the morning until the new Rx is ready. -Nell, MA",
     "BLOCK", "care-instructions", "sms", "en",
     [("Devon", "NAME"), ("Dr. Amari", "PROVIDER"), ("sertraline", "MEDICATION"), ("Nell, MA", "PROVIDER")],
     ["behavioral-health"], "Dose change and how to take it: the instruction is the message. Staff sender with a generic credential is PROVIDER (decision 17)."),
    ("da0009", "Hello, this is Ridgeline Wellness Group calling to remind you of your appointment on Thursday, March 12th at 9 AM with Dr. Castellano. Press 1 to confirm, or press 2 to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("March 12th", "DATE"), ("Dr. Castellano", "PROVIDER")],
     ["behavioral-health"], "Voice reminder with a generic practice name, date, time and provider."),
    ("da0010", "Welcome to Blue Heron Psychiatric Associates!\n\nBefore your first visit on 2/19, please complete the intake packet, including the PHQ-9 and GAD-7 questionnaires, at https://forms.example.com/blueheron/intake. It takes about 20 minutes. Bring a photo ID, your insurance card and a list of the medications you take.\n\nQuestions? Call the front desk at (919) 555-0104.",
     "REWRITE", "other", "email", "en",
     [("Blue Heron Psychiatric Associates", "SPECIALTY"), ("2/19", "DATE"), ("PHQ-9", "PROCEDURE"), ("GAD-7", "PROCEDURE"),
      ("https://forms.example.com/blueheron/intake", "URL"), ("(919) 555-0104", "PHONE")],
     ["behavioral-health", "practice-contact"], "Psychiatric practice name and named screening questionnaires go; the practice's form link (no token) and phone stay (decision 8)."),
    ("da0011", "Nadia, your PHQ-9 score today was 19 (moderately severe). Dr. Lowe wants to see you next week instead of next month - pls call to book.",
     "BLOCK", "result", "sms", "en",
     [("Nadia", "NAME"), ("PHQ-9", "PROCEDURE"), ("19", "RESULT"), ("moderately severe", "RESULT"), ("Dr. Lowe", "PROVIDER")],
     ["behavioral-health", "shorthand"], "A depression-scale score and its severity band are a result."),
    ("da0012", "Mood lighting, new couches and free parking: our downtown office reopens Monday after the remodel. Same phone number, same friendly faces. See you soon!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'mood lighting' is decor; a broadcast about the office."),
)

# ---------------------------------------------------------------- batch 2 (da0013-da0024): medication management, controlled-substance refills, pharmacy
add(
    ("da0013", "Harlow Pharmacy: Your Rx for lamotrigine 100mg is ready for pickup. Hours M-F 9-7, Sat 9-1. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("lamotrigine 100mg", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "Medication name in a pickup notice goes; the pickup notice survives."),
    ("da0014", "We received your Vyvanse 40 mg refill request. Controlled meds can't be filled more than 2 days early, so it will be sent to your pharmacy on 4/2. -Dr. Fenwick's office",
     "REWRITE", "pickup", "sms", "en",
     [("Vyvanse 40 mg", "MEDICATION"), ("4/2", "DATE"), ("Dr. Fenwick", "PROVIDER")],
     ["behavioral-health", "pharmacy"], "Refill-timing rule naming the drug, no dose instruction: the name goes, the timing survives (decision 15)."),
    ("da0015", "Reminder Kenji: a random pill count and urine drug screen are required before your next buprenorphine script. Your screen on 2/27 was negative for bup, which Dr. Haddad needs to discuss with you.",
     "BLOCK", "result", "sms", "en",
     [("Kenji", "NAME"), ("pill count", "PROCEDURE"), ("urine drug screen", "PROCEDURE"), ("buprenorphine", "MEDICATION"), ("2/27", "DATE"),
      ("negative", "RESULT"), ("for [[bup]],", "MEDICATION"), ("Dr. Haddad", "PROVIDER")],
     ["substance-use", "behavioral-health"], "A drug-screen result (negative for the prescribed drug) about a Part 2 treatment: the result is the message (decision 15)."),
    ("da0016", "Refill requests: please allow 3 business days. Requests left on voicemail after 3 pm Friday will be handled Monday. Controlled-substance prescriptions require a visit at least every 90 days per state law.",
     "ALLOW", "other", "sms", "en", [],
     ["behavioral-health", "hard-negative", "broadcast"], "Practice-wide refill policy sent to everyone; names no drug, condition or person."),
    ("da0017", "Reminder: your lithium level is due before your 5/8 appointment with Dr. Sato. Walk in at any Crestline Lab location, no appointment or fasting needed.",
     "REWRITE", "reminder", "sms", "en",
     [("lithium level", "PROCEDURE"), ("5/8", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["behavioral-health", "lab"], "A named drug-level test reveals the medication; the lab reminder survives without it (look-alike counterpart: da0022)."),
    ("da0018", "Your clozapine ANC result from 3/3 is 2,100/uL, within the range to continue treatment. Dr. Ibarra has signed your next 28-day supply; the pharmacy will call when it ships.",
     "ALLOW", "result", "portal", "en",
     [("clozapine", "MEDICATION"), ("ANC", "PROCEDURE"), ("3/3", "DATE"), ("2,100/uL", "RESULT"), ("Dr. Ibarra", "PROVIDER")],
     ["behavioral-health", "lab", "contrast"], "Inside the secure portal a result and medication may stay (README channel convention); contrast with da0019."),
    ("da0019", "ANC from 3/3 was 2,100 - ok to continue clozapine, next draw due in 4 wks. -Ibarra clinic",
     "BLOCK", "result", "sms", "en",
     [("ANC", "PROCEDURE"), ("3/3", "DATE"), ("2,100", "RESULT"), ("clozapine", "MEDICATION")],
     ["behavioral-health", "lab", "contrast", "shorthand"], "Same content as da0018 by SMS: a lab value and a treatment decision."),
    ("da0020", "Sr. Benítez, el Dr. Arriaga le bajó la dosis de quetiapina a 50 mg en la noche por la somnolencia. Ya no tome la de 100 mg que le sobró.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Benítez", "NAME"), ("Dr. Arriaga", "PROVIDER"), ("quetiapina", "MEDICATION"), ("somnolencia", "CONDITION")],
     ["behavioral-health"], "Dose change, its reason (a side effect, a symptom -> CONDITION) and what not to take."),
    ("da0021", "Farmacia La Esperanza: su receta de escitalopram 10 mg ya está lista para recoger. Horario: lunes a sábado de 9 a 8.",
     "REWRITE", "pickup", "sms", "es",
     [("escitalopram 10 mg", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "Medication name in a pickup notice goes; 'La Esperanza' is a generic pharmacy name."),
    ("da0022", "Please don't put lithium batteries in the lobby recycling bin - they can start fires. The county takes them at the Route 9 transfer station. Thanks for helping us go green!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: lithium batteries, not the drug (counterpart: da0017)."),
    ("da0023", "Dr. Whitcomb's office: the prior authorization for Rexulti was approved through 12/31. Your pharmacy has been notified, nothing else needed from you.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Whitcomb", "PROVIDER"), ("Rexulti", "MEDICATION"), ("12/31", "DATE")],
     ["behavioral-health", "pharmacy"], "Brand name of an antipsychotic goes; the approval notice survives."),
    ("da0024", "hi its Marisol at Dr. Kwan's office - Dr Kwan said stop the trazodone if the next day grogginess keeps up and try 25mg (half a tab) insted. call w/ any q's",
     "BLOCK", "care-instructions", "sms", "en",
     [("Marisol", "PROVIDER"), ("Dr. Kwan", "PROVIDER"), ("Dr Kwan", "PROVIDER"), ("trazodone", "MEDICATION"), ("grogginess", "CONDITION")],
     ["behavioral-health", "shorthand", "typo"], "Stop/reduce dosing instruction with the side effect that prompted it; staff sender is PROVIDER."),
)

# ---------------------------------------------------------------- batch 3 (da0025-da0036): no-show and late-cancel fees, superbills, statements, claims
add(
    ("da0025", "We're sorry we missed you today. Per the policy you signed at intake, sessions cancelled with less than 24 hours' notice are billed at $95. Questions? Just reply to this text.",
     "ALLOW", "billing", "sms", "en", [],
     ["behavioral-health", "hard-negative"], "No-show fee notice; 'sessions' and 'intake' are generic (decision 2)."),
    ("da0026", "Late cancellation notice: your 3/17 EMDR session with Priya Nair, LPC was cancelled less than 24 hrs in advance, so a $120 fee has been added to your account.",
     "REWRITE", "billing", "sms", "en",
     [("3/17", "DATE"), ("EMDR", "PROCEDURE"), ("Priya Nair", "PROVIDER"), ("LPC", "SPECIALTY")],
     ["behavioral-health"], "The therapy modality and the counselor credential go (decisions 1, 2); the fee notice survives."),
    ("da0027", "Dear Ms. Whitaker,\n\nAttached is your superbill for January for out-of-network reimbursement.\n\nClient: Renata Whitaker\nDates of service: 1/6, 1/13, 1/20, 1/27\nCPT: 90837 (psychotherapy, 60 min) x4 @ $185\nDiagnosis: F41.1\nRendering provider: Ilse Brandt, PsyD, NPI 1649302817\n\nSubmit it to your insurer with their claim form. Let us know if anything needs correcting.\n\nWarmly,\nAnnika, Billing\nFernside Group Practice",
     "BLOCK", "billing", "email", "en",
     [("Whitaker", "NAME"), ("Renata Whitaker", "NAME"), ("1/6", "DATE"), ("1/13", "DATE"), ("1/20", "DATE"), ("1/27", "DATE"),
      ("90837", "PROCEDURE"), ("psychotherapy", "PROCEDURE"), ("F41.1", "CONDITION"), ("Ilse Brandt", "PROVIDER"), ("PsyD", "SPECIALTY"), ("Annika", "PROVIDER")],
     ["behavioral-health"], "The superbill states the diagnosis code with the client's name: BLOCK (decision 4); send it through the portal. NPI not labelled (decision 5)."),
    ("da0028", "Your monthly statement from Larkspur Group Practice is ready. Balance due: $240.00. Pay online at https://pay.example.com/larkspur or call our billing office at (703) 555-0129. Superbills for out-of-network reimbursement can be requested through the portal.",
     "ALLOW", "billing", "email", "en",
     [("https://pay.example.com/larkspur", "URL"), ("(703) 555-0129", "PHONE")],
     ["general", "practice-contact"], "Statement notice with a generic practice name and its own link and phone."),
    ("da0029", "Your account #A-448210 has a past-due balance of $310 for psychotherapy services. Please call (314) 555-0177 to set up a payment plan.",
     "REWRITE", "billing", "sms", "en",
     [("A-448210", "ACCOUNT"), ("psychotherapy", "PROCEDURE"), ("(314) 555-0177", "PHONE")],
     ["behavioral-health", "practice-contact"], "Account number and the service go; the balance and the call-back survive."),
    ("da0030", "Your balance of $45.00 from your visit on 9/14 is now due. Pay at https://pagos.example.com/tallgrass or call (956) 555-0150, Mon-Fri 8-5. Thank you!",
     "ALLOW", "billing", "sms", "en",
     [("9/14", "DATE"), ("https://pagos.example.com/tallgrass", "URL"), ("(956) 555-0150", "PHONE")],
     ["general", "practice-contact"], "Balance reminder with a visit date and the practice's own link and phone."),
    ("da0031", "Estimado Sr. Quintanilla: su estado de cuenta por las sesiones de terapia de pareja en Centro Armonía Salud Mental ya está disponible en el portal del paciente.",
     "REWRITE", "billing", "email", "es",
     [("Quintanilla", "NAME"), ("terapia de pareja", "PROCEDURE"), ("Centro Armonía Salud Mental", "SPECIALTY")],
     ["behavioral-health"], "Name, couples therapy and a mental-health center name go; the portal notice survives."),
    ("da0032", "Mindful spending tip from our billing team: HSA and FSA cards can be used for copays and most services. Ask the front desk for an itemized receipt.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'mindful' is about money."),
    ("da0033", "Insurance update: Meridian Health Plan denied the claim for your 2/11 ketamine infusion (code J3490) as experimental for treatment-resistant depression. You may appeal within 180 days.",
     "BLOCK", "billing", "sms", "en",
     [("2/11", "DATE"), ("ketamine infusion", "MEDICATION"), ("J3490", "PROCEDURE"), ("treatment-resistant depression", "CONDITION")],
     ["behavioral-health"], "A denial stating the diagnosis: BLOCK (decision 4). The drug with its form word is one MEDICATION span."),
    ("da0034", "Good Faith Estimate: as required by the No Surprises Act, the expected charge for a 53-minute session is $180. You may dispute a bill that is $400 or more above this estimate.",
     "ALLOW", "billing", "email", "en", [],
     ["behavioral-health", "hard-negative"], "Federally required estimate; a session length is not a visit type (decision 2)."),
    ("da0035", "Hi Corinne, your insurer needs a new authorization for the Intensive Outpatient Program after 3/31. We've submitted it, so you don't need to do anything unless we call. - Billing, Saltmarsh Recovery & Wellness",
     "REWRITE", "billing", "sms", "en",
     [("Corinne", "NAME"), ("Intensive Outpatient Program", "PROCEDURE"), ("3/31", "DATE"), ("Saltmarsh Recovery & Wellness", "SPECIALTY")],
     ["behavioral-health", "substance-use"], "Name, the program and a recovery-center name go (decisions 2, 8); the authorization notice survives."),
    ("da0036", "Dear Mr. Albrecht,\nThe statement for your daughter Lena's care at Brightwater Eating Disorder Center includes 12 days of partial hospitalization for anorexia nervosa (F50.01). Balance after insurance: $1,860. Call (646) 555-0188 to discuss a payment plan.",
     "BLOCK", "billing", "email", "en",
     [("Albrecht", "NAME"), ("Lena", "NAME"), ("Brightwater Eating Disorder Center", "SPECIALTY"), ("partial hospitalization", "PROCEDURE"),
      ("anorexia nervosa", "CONDITION"), ("F50.01", "CONDITION"), ("(646) 555-0188", "PHONE")],
     ["behavioral-health", "third-party", "minor"], "A dependent's diagnosis on the guarantor's statement: third party's health (README) and decision 4."),
)

# ---------------------------------------------------------------- batch 4 (da0037-da0048): crisis resources, safety plans, groups, app messages
add(
    ("da0037", "If you are in crisis or thinking about hurting yourself, call or text 988 or call 911. Our office is closed nights and weekends and this line is not monitored after 5 pm.",
     "ALLOW", "other", "sms", "en", [],
     ["behavioral-health", "hard-negative", "broadcast"], "Crisis-line broadcast; 988 and 911 are not phone identifiers (README, decision 14)."),
    ("da0038", "Si usted o alguien que conoce está pasando por una crisis, llame o mande un texto al 988 (oprima 2 para español). Nuestra oficina cierra a las 5 pm y los fines de semana.",
     "ALLOW", "other", "sms", "es", [],
     ["behavioral-health", "hard-negative", "broadcast"], "Crisis-line broadcast in Spanish; 988 is not a phone identifier (decision 14)."),
    ("da0039", "Hi Reuben, following up after today's session. Please keep your safety plan on your phone, and your sister Ava said she'll hold on to the extra pills until Friday. Call or text 988 if the urges come back.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Reuben", "NAME"), ("safety plan", "PROCEDURE"), ("Ava", "NAME"), ("urges", "CONDITION")],
     ["behavioral-health", "third-party"], "Safety planning after self-harm urges is clinical content itself, and it involves a named relative (decision 14)."),
    ("da0040", "DBT skills group moves to Room 204 starting this Wednesday, 6:00-7:30 pm. Bring your diary cards and binder. - Keel Street Behavioral Health",
     "REWRITE", "reminder", "sms", "en",
     [("DBT skills", "PROCEDURE"), ("diary cards", "PROCEDURE"), ("Keel Street Behavioral Health", "SPECIALTY")],
     ["behavioral-health"], "Group modality, its tool and a behavioral-health name go ('group' stays outside, decisions 2, 9); room and time survive."),
    ("da0041", "Therapy dog visit! Biscuit, our certified therapy dog, will be in the lobby Thursday afternoon. Let the front desk know if you'd prefer a dog-free waiting area.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a therapy dog in the lobby; Biscuit is a dog."),
    ("da0042", "Your Grief & Loss support group meets Tuesdays at 6 pm on Zoom starting 9/9. The link will come the day before. -Willow Lane Counseling",
     "REWRITE", "reminder", "sms", "en",
     [("Grief & Loss", "PROCEDURE"), ("9/9", "DATE"), ("Willow Lane Counseling", "SPECIALTY")],
     ["behavioral-health"], "The group's topic names the recipient's reason for care and the practice name reveals counseling; judgement: a group topic is PROCEDURE, 'support group' stays outside (decision 2)."),
    ("da0043", "Sra. Olvera, le avisamos que Mateo faltó otra vez a su grupo de habilidades DBT y hoy comentó que ha tenido pensamientos de autolesión. La terapeuta Alba Ruiz la va a llamar esta tarde.",
     "BLOCK", "other", "sms", "es",
     [("Olvera", "NAME"), ("Mateo", "NAME"), ("habilidades DBT", "PROCEDURE"), ("pensamientos de autolesión", "CONDITION"), ("terapeuta", "SPECIALTY"), ("Alba Ruiz", "PROVIDER")],
     ["behavioral-health", "third-party", "minor"], "A minor's disclosure of self-harm thoughts sent to the parent: third party's health."),
    ("da0044", "Free community workshop: 'Sleep, Stress & Screens' - Saturday 10 am in the Ridgeview Library community room. Open to everyone, no registration needed. Bring a friend!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Public workshop broadcast; says nothing about the recipient."),
    ("da0045", "MindHarbor: Your therapist, Lena Ostrova, LCSW, sent you a new message. Open the app to read it.",
     "REWRITE", "portal-notice", "push", "en",
     [("therapist", "SPECIALTY"), ("Lena Ostrova", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health"], "Role word and credential reveal therapy on the lock screen; the app brand is not labelled (decisions 1, 8)."),
    ("da0046", "New message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative", "contrast"], "Content-free new-message push (contrast: da0045)."),
    ("da0047", "You're invited: Family Night for loved ones of clients in our Partial Hospitalization Program, Thursday 6:30 pm, Conference Room B. Reply YES to RSVP. - Stillwater Behavioral Health",
     "REWRITE", "marketing", "sms", "en",
     [("Partial Hospitalization Program", "PROCEDURE"), ("Stillwater Behavioral Health", "SPECIALTY")],
     ["behavioral-health"], "Judgement (decision 11): the relative is not named, so this is logistics for the recipient; the program and the practice name go."),
    ("da0048", "Checking in after your ER visit Sunday - Dr. Obi got the discharge summary. Since the overdose was on your lorazepam, we're switching you to hydroxyzine 25mg as needed for anxiety.",
     "BLOCK", "care-instructions", "sms", "en",
     [("ER", "SPECIALTY"), ("Dr. Obi", "PROVIDER"), ("overdose", "CONDITION"), ("lorazepam", "MEDICATION"), ("hydroxyzine 25mg", "MEDICATION"), ("anxiety", "CONDITION")],
     ["behavioral-health", "urgent-care"], "An overdose, a medication switch and its indication: clinical content (decision 16 for ER)."),
)

# ---------------------------------------------------------------- batch 5 (da0049-da0060): TMS, ketamine and esketamine clinics
add(
    ("da0049", "Meridian TMS & Neuro Wellness: Session 14 of 36 is tomorrow at 8:15 AM. Reminder: no metal hair clips or earrings. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Meridian TMS & Neuro Wellness", "SPECIALTY")],
     ["behavioral-health"], "The clinic name says TMS; 'Session 14 of 36' and the metal reminder are logistics once the name goes (decisions 6, 8)."),
    ("da0050", "Your Spravato treatment is Fri 6/12 at 9am. Plan to be with us about 2 hours, and you can't drive afterward - please arrange a ride home.",
     "REWRITE", "reminder", "sms", "en",
     [("Spravato", "MEDICATION"), ("6/12", "DATE")],
     ["behavioral-health"], "Judgement (decision 6): the ride and observation time are logistics; the drug name goes."),
    ("da0051", "Hi Eliza - your blood pressure before today's esketamine dose was 162/98, so Dr. Varga held the treatment. Please check it at home twice a day and text us the readings.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Eliza", "NAME"), ("blood pressure", "PROCEDURE"), ("esketamine", "MEDICATION"), ("162/98", "RESULT"), ("Dr. Varga", "PROVIDER")],
     ["behavioral-health"], "A vital-sign value, a held dose and monitoring instructions."),
    ("da0052", "Manic Monday sale at Holloway Drug! 2-for-1 vitamins, 30% off greeting cards and seasonal candy. Today only, while supplies last.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Look-alike: 'Manic Monday' is a front-store promotion."),
    ("da0053", "Welcome to Evergreen Ketamine Clinic.\n\nYour first infusion is scheduled for Wednesday, 10/7 at 1:00 PM at 4400 Alder Pkwy, Suite 210, Bend, OR 97702. Please don't eat for 6 hours beforehand (clear liquids OK until 2 hours before) and bring a driver - you won't be able to drive until the next morning.\n\nPlan on about 2 hours with us. Wear comfortable clothes; we have blankets and eye masks.\n\n- Care Coordination Team",
     "REWRITE", "reminder", "email", "en",
     [("Evergreen Ketamine Clinic", "SPECIALTY"), ("infusion", "PROCEDURE"), ("10/7", "DATE"), ("4400 Alder Pkwy, Suite 210, Bend, OR 97702", "ADDRESS")],
     ["behavioral-health", "practice-contact"], "Judgement (decision 6): fasting and driver instructions are visit logistics; the clinic name and the infusion go, the practice address stays."),
    ("da0054", "TMS update: after 20 sessions your PHQ-9 dropped from 22 to 9. Dr. Lindqvist says that counts as a response, so we'll start the taper phase next week (3x, then 2x, then 1x weekly).",
     "BLOCK", "result", "sms", "en",
     [("TMS", "PROCEDURE"), ("PHQ-9", "PROCEDURE"), ("22", "RESULT"), ("9", "RESULT", 1), ("Dr. Lindqvist", "PROVIDER"), ("response", "RESULT"), ("taper phase", "PROCEDURE")],
     ["behavioral-health", "contrast"], "Scores and a treatment response by SMS (contrast: da0055 in the portal)."),
    ("da0055", "Your TMS progress note is available. PHQ-9: 22 at baseline, 9 after 20 sessions (response). Taper sessions begin 11/3. Message Dr. Lindqvist with any questions.",
     "ALLOW", "result", "portal", "en",
     [("TMS", "PROCEDURE"), ("PHQ-9", "PROCEDURE"), ("22", "RESULT"), ("9", "RESULT", 1), ("response", "RESULT"), ("11/3", "DATE"), ("Dr. Lindqvist", "PROVIDER")],
     ["behavioral-health", "contrast"], "Inside the secure portal results may stay (README channel convention); contrast with da0054."),
    ("da0056", "Recordatorio: su sesión de estimulación magnética transcraneal (EMT) es mañana a las 7:45 am. Llegue 10 minutos antes. Clínica NeuroVida, tel. (210) 555-0184.",
     "REWRITE", "reminder", "sms", "es",
     [("estimulación magnética transcraneal", "PROCEDURE"), ("EMT", "PROCEDURE"), ("Clínica NeuroVida", "SPECIALTY"), ("(210) 555-0184", "PHONE")],
     ["behavioral-health", "practice-contact"], "The procedure (and its abbreviation) and a neuro-clinic name go (decision 8); the time and phone survive."),
    ("da0057", "Crisis averted \u2615 the espresso machine in the waiting room is fixed. Help yourself while you wait!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'crisis' about a coffee machine."),
    ("da0058", "Dear Owen,\n\nThank you for completing your six-infusion series with us. Dr. Hale reviewed your scores and was glad to see that the suicidal thoughts you reported at intake had resolved by infusion 4, and that your MADRS fell from 34 to 12.\n\nWe recommend a booster infusion in about 4 weeks and continuing weekly therapy with your outside therapist. Please keep taking your venlafaxine as prescribed.\n\nTo schedule the booster, reply to this e-mail or call (541) 555-0166.\n\nWith care,\nClearwater Ketamine & Wellness",
     "BLOCK", "care-instructions", "email", "en",
     [("Owen", "NAME"), ("infusion", "PROCEDURE"), ("Dr. Hale", "PROVIDER"), ("suicidal thoughts", "CONDITION"), ("resolved", "RESULT"), ("infusion", "PROCEDURE", 1),
      ("MADRS", "PROCEDURE"), ("34", "RESULT"), ("12", "RESULT"), ("infusion", "PROCEDURE", 2), ("therapy", "PROCEDURE"), ("therapist", "SPECIALTY"),
      ("venlafaxine", "MEDICATION"), ("(541) 555-0166", "PHONE"), ("Clearwater Ketamine & Wellness", "SPECIALTY")],
     ["behavioral-health", "practice-contact"], "Treatment summary with symptoms, scale scores and medication advice by e-mail."),
    ("da0059", "Hi, this is Tess from Dr. Rowan's office calling to confirm your appointment tomorrow at 10. Please call us back at 541-555-0167. Thank you!",
     "ALLOW", "confirmation", "voice", "en",
     [("Tess", "PROVIDER"), ("Dr. Rowan", "PROVIDER"), ("541-555-0167", "PHONE")],
     ["behavioral-health", "practice-contact"], "Staff sender, provider, time and the practice phone; no patient name."),
    ("da0060", "Reminder from Dr. Szabo's office: your appointment is Thursday, 1/15 at 3:30 PM. We've moved to Suite 310 on the third floor. Text back C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Szabo", "PROVIDER"), ("1/15", "DATE")],
     ["behavioral-health"], "Provider, date, time and a suite number; nothing about the visit type."),
)

# ---------------------------------------------------------------- batch 6 (da0061-da0072): eating-disorder programs, IOP and PHP, evaluations
add(
    ("da0061", "Hi Sloane, reminder that your weekly blind weigh-in is Tues at 7:30 AM before group. Please wear the gown provided and skip the big water bottle. - Juniper Eating Disorder Program",
     "REWRITE", "reminder", "sms", "en",
     [("Sloane", "NAME"), ("blind weigh-in", "PROCEDURE"), ("Juniper Eating Disorder Program", "SPECIALTY")],
     ["behavioral-health"], "Name, the weigh-in and the program name go (decisions 8, 9); the time survives."),
    ("da0062", "Sloane's weight this morning was 98.4 lb, down 1.2 from last week, so the team is raising her meal plan to 3 exchanges per snack starting tonight. - Carla Mendes, RD",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sloane", "NAME"), ("98.4 lb", "RESULT"), ("down 1.2", "RESULT"), ("meal plan", "PROCEDURE"), ("Carla Mendes", "PROVIDER"), ("RD", "SPECIALTY")],
     ["behavioral-health", "third-party", "minor"], "A dependent's weight and a treatment change sent to the parent: third party's health; RD is a specialty credential (decision 1)."),
    ("da0063", "Estate sale this Saturday benefits our patient scholarship fund: Depression-era glass, vintage quilts, records and books. 9 am to 2 pm in the community room.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: Depression-era glass is a collectible."),
    ("da0064", "IOP starts Monday 3/2. Hours 9am-12pm Mon/Wed/Thu, lunch provided. Please bring your insurance card and a list of current meds. Questions: (503) 555-0138",
     "REWRITE", "reminder", "sms", "en",
     [("IOP", "PROCEDURE"), ("3/2", "DATE"), ("(503) 555-0138", "PHONE")],
     ["behavioral-health", "practice-contact", "shorthand"], "The program abbreviation reveals intensive outpatient treatment (decision 2); schedule and phone survive."),
    ("da0065", "Sra. Cárdenas: en la comida de hoy Valeria no terminó su plato y después tuvo una conducta de purga. Lo vamos a hablar en la reunión familiar del viernes.",
     "BLOCK", "other", "sms", "es",
     [("Cárdenas", "NAME"), ("Valeria", "NAME"), ("conducta de purga", "CONDITION")],
     ["behavioral-health", "third-party", "minor"], "A named minor's eating-disorder behavior reported to the parent: third party's health (decision 12)."),
    ("da0066", "Now enrolling: evening adult IOP for anxiety and depression, 3 nights a week, in person or virtual. Most insurance accepted. Call to ask about a free assessment.",
     "ALLOW", "marketing", "email", "en", [],
     ["behavioral-health", "hard-negative", "broadcast"], "Service advertisement sent to a general list: says nothing about the recipient (README broadcast convention)."),
    ("da0067", "Hi Theo, your PHP intake is booked for Mon 8/3 at 9:00 with Dr. Achebe. Plan on about 3 hours. Parking is free in Lot C.",
     "REWRITE", "reminder", "sms", "en",
     [("Theo", "NAME"), ("PHP", "PROCEDURE"), ("8/3", "DATE"), ("Dr. Achebe", "PROVIDER")],
     ["behavioral-health"], "Name and the partial-hospitalization program go ('intake' stays outside, decision 2)."),
    ("da0068", "Ms. Farrow, your binge eating disorder screening came back positive. Dr. Yoon recommends starting lisdexamfetamine; please book a med management visit this month.",
     "BLOCK", "result", "sms", "en",
     [("Farrow", "NAME"), ("binge eating disorder screening", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Yoon", "PROVIDER"), ("lisdexamfetamine", "MEDICATION"), ("med management", "PROCEDURE")],
     ["behavioral-health"], "A positive screen and a treatment recommendation; the named screening is one PROCEDURE span like 'depression screening'."),
    ("da0069", "Week 2 IOP attendance: 5 of 6 sessions. Your next treatment-plan review with Ana Lucero, LMFT is on 4/21. Reminder: group is cancelled Memorial Day.",
     "ALLOW", "other", "portal", "en",
     [("IOP", "PROCEDURE"), ("Ana Lucero", "PROVIDER"), ("LMFT", "SPECIALTY"), ("4/21", "DATE")],
     ["behavioral-health"], "Inside the secure portal the program and credential may stay (README channel convention)."),
    ("da0070", "Hi Mr. and Mrs. Okoro, Adaeze's FBT session is moving to Thursday 4/9 at 4 pm with Dr. Lam. Please plan to bring a snack for the family meal portion.",
     "REWRITE", "reminder", "sms", "en",
     [("Okoro", "NAME"), ("Adaeze", "NAME"), ("FBT", "PROCEDURE"), ("4/9", "DATE"), ("Dr. Lam", "PROVIDER")],
     ["behavioral-health", "minor"], "Judgement (decision 12): a dependent's therapy logistics with a name and modality but no condition or result: REWRITE."),
    ("da0071", "Don't panic if you hear the fire alarm at 10 am Tuesday - it's a scheduled building test. Sessions will continue as usual.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'panic' about a fire drill."),
    ("da0072", "Quick note from Dr. Rowe: your GeneSight results show you're a poor metabolizer for CYP2D6, so we won't start aripiprazole after all. We'll go over other options on Monday.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Rowe", "PROVIDER"), ("GeneSight", "PROCEDURE"), ("poor metabolizer", "RESULT"), ("CYP2D6", "PROCEDURE"), ("aripiprazole", "MEDICATION")],
     ["behavioral-health", "lab"], "A pharmacogenomic result and the treatment decision it drives."),
)

# ---------------------------------------------------------------- batch 7 (da0073-da0084): therapy and wellness apps, evaluations
add(
    ("da0073", "\U0001F324\uFE0F Time for your daily mood check-in. It only takes 30 seconds.",
     "REWRITE", "reminder", "push", "en",
     [("mood check-in", "PROCEDURE")],
     ["behavioral-health", "contrast"], "Judgement (decision 9): mood tracking on the lock screen reveals mental-health monitoring; 'daily check-in' survives (contrast: da0074)."),
    ("da0074", "Set the mood lighting \U0001F56F\uFE0F Our new Rainy Night sleep-sounds playlist is live in the app.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "contrast"], "Look-alike: 'mood lighting' in an app promotion (contrast: da0073)."),
    ("da0075", "Your CBT-I sleep diary shows 4.5 hours average sleep this week. Your coach suggests moving bedtime to 12:30 AM and getting out of bed if you're awake more than 20 min.",
     "BLOCK", "care-instructions", "push", "en",
     [("CBT-I", "PROCEDURE"), ("sleep diary", "PROCEDURE"), ("4.5 hours", "RESULT")],
     ["behavioral-health"], "A self-report measure's value and sleep-restriction instructions: the clinical content is the message."),
    ("da0076", "Thanks for your payment! Your Steady Mind Therapy monthly plan ($276) renews on 7/14 and includes unlimited messaging with your licensed therapist. Manage billing at https://app.example.com/account/billing",
     "REWRITE", "billing", "email", "en",
     [("Steady Mind Therapy", "SPECIALTY"), ("7/14", "DATE"), ("therapist", "SPECIALTY"), ("https://app.example.com/account/billing", "URL")],
     ["behavioral-health"], "Service-naming brand and role word go (decisions 1, 8); the renewal and the company's own billing link survive."),
    ("da0077", "For your security, your session expired after 15 minutes of inactivity. Sign in again to finish your check-in forms.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Look-alike: a login session, not a therapy session."),
    ("da0078", "Equilibra: es hora de tu sesión de respiración guiada de 5 minutos \U0001F33F ¡Tómate un respiro!",
     "ALLOW", "marketing", "push", "es", [],
     ["general", "hard-negative"], "Guided-breathing wellness app prompt; not a clinical service, and the app brand does not name one (decision 8)."),
    ("da0079", "We noticed you answered 'nearly every day' to the question about thoughts that you'd be better off dead. A clinician will call you within the hour. If you are in danger now, call 988.",
     "BLOCK", "other", "sms", "en",
     [("nearly every day", "RESULT"), ("thoughts that you'd be better off dead", "CONDITION")],
     ["behavioral-health"], "The recipient's own suicidal-ideation answer; the crisis number does not make it a broadcast (decision 14)."),
    ("da0080", "Your Evenwell verification code is 482913. It expires in 10 minutes. Never share this code.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not a patient identifier (README)."),
    ("da0081", "Your ADHD assessment with Dr. Kessler is Wed 11/18 at 1 pm by video. Please finish the pre-visit rating scales by Monday so she can review them.",
     "REWRITE", "reminder", "sms", "en",
     [("ADHD", "CONDITION"), ("Dr. Kessler", "PROVIDER"), ("11/18", "DATE"), ("rating scales", "PROCEDURE")],
     ["behavioral-health", "contrast"], "Condition used as a visit label ('assessment' stays outside) and the scales go (decisions 2, 9)."),
    ("da0082", "Your ADHD evaluation summary is ready. Dr. Kessler found that you meet criteria for ADHD, combined presentation, along with mild generalized anxiety. The full report is attached to this e-mail.",
     "BLOCK", "result", "email", "en",
     [("ADHD", "CONDITION"), ("Dr. Kessler", "PROVIDER"), ("ADHD, combined presentation", "CONDITION"), ("mild generalized anxiety", "CONDITION")],
     ["behavioral-health", "contrast"], "Diagnoses from the evaluation are the message (contrast: da0081)."),
    ("da0083", "Consultorio de la Dra. Salinas: le recordamos su cita el martes 3 de marzo a las 4:30 pm. Si no puede asistir, avísenos con 24 horas de anticipación.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Salinas", "PROVIDER"), ("3 de marzo", "DATE")],
     ["behavioral-health"], "Provider, date and time only."),
    ("da0084", "Day 12 of your Anxiety Reset program is unlocked \u2728 Today's journaling prompt: 'What did my worry try to protect me from?'",
     "REWRITE", "reminder", "push", "en",
     [("Anxiety", "CONDITION")],
     ["behavioral-health"], "Judgement (decision 10): a program named after a condition; the condition word goes."),
)

# ---------------------------------------------------------------- batch 8 (da0085-da0096): newsletters, look-alikes, relatives, staff texts
add(
    ("da0085", "Lakeshore Family Practice - May Newsletter\n\nMay is Mental Health Awareness Month. In this issue:\n- Five small ways to build a bedtime routine that sticks\n- How to talk with teens about social media and stress\n- Why we now screen everyone for depression at their yearly physical\n- Meet our two new front-desk team members\n\nNew this month: Saturday morning hours, 8 am to noon, for sick visits and physicals. Book online or call the main line.\n\nYou are receiving this because you subscribed to our newsletter. Unsubscribe any time.",
     "ALLOW", "marketing", "email", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "Newsletter from a generic practice; clinical words are general topics, nothing about the recipient (decision 7)."),
    ("da0086", "The Cedar Grove Psychiatry Quarterly - Winter edition\n\nWelcome Dr. Moreau, who joins our medication-management team in January. Evening telehealth hours are now available Tuesdays and Thursdays until 8 pm. Reminder: the office is closed 12/24-12/26.\n\nManage your e-mail preferences in the patient portal.",
     "REWRITE", "marketing", "email", "en",
     [("Cedar Grove Psychiatry", "SPECIALTY"), ("Dr. Moreau", "PROVIDER"), ("medication-management", "PROCEDURE"), ("12/24", "DATE"), ("12/26", "DATE")],
     ["behavioral-health", "contrast"], "Judgement (decision 7): a psychiatry practice's newsletter reveals that the recipient is its patient; the name and service go (contrast: da0085)."),
    ("da0087", "Dr. Freud's Coffee Bar on 5th is giving our patients 10% off this week - just show your appointment card at the register. Enjoy!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Dr. Freud's' is a coffee bar, not a clinician; no PROVIDER span."),
    ("da0088", "Venta de garaje a beneficio de nuestra clínica: cristalería de la época de la Depresión, libros, juguetes y ropa. Sábado de 9 a 2 en el estacionamiento.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'época de la Depresión' is the Great Depression era glassware."),
    ("da0089", "Feeling anxious about open enrollment? Our billing team can walk you through your plan options - book a free 15-minute call from the portal.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'anxious' about insurance choices."),
    ("da0090", "Hi Gwen, this is Dr. Ames. Your husband Rafael asked me to let you know he's been admitted to the inpatient psych unit at St. Brigid's for a few days and can't keep his phone.",
     "BLOCK", "other", "sms", "en",
     [("Gwen", "NAME"), ("Dr. Ames", "PROVIDER"), ("Rafael", "NAME"), ("inpatient psych unit", "SPECIALTY")],
     ["behavioral-health", "third-party"], "An adult relative's psychiatric admission: third party's health, even with his consent (decision 13)."),
    ("da0091", "Bienvenido/a a Sendero Psicología. Antes de su primera cita el 12 de febrero, por favor llene el formulario de admisión y el cuestionario PHQ-9 en https://formularios.example.com/sendero. Traiga una identificación con foto y su tarjeta del seguro.",
     "REWRITE", "other", "email", "es",
     [("Sendero Psicología", "SPECIALTY"), ("12 de febrero", "DATE"), ("PHQ-9", "PROCEDURE"), ("https://formularios.example.com/sendero", "URL")],
     ["behavioral-health", "practice-contact"], "Psychology practice name and a named questionnaire go (decision 8); the practice's form link (no token) stays."),
    ("da0092", "Hi, this is Ruth from Dr. Calloway's office returing your call about scheduling. Call us back at (802) 555-0119 when you get a chance.",
     "ALLOW", "other", "sms", "en",
     [("Ruth", "PROVIDER"), ("Dr. Calloway", "PROVIDER"), ("(802) 555-0119", "PHONE")],
     ["behavioral-health", "practice-contact", "typo"], "Staff call-back with the practice's phone; nothing clinical."),
    ("da0093", "Hi Jonah, it's Dr. Pratt. After going over your mood charts I think we're looking at bipolar II rather than unipolar depression, so I'd like to stop the bupropion. Call me back at (207) 555-0155.",
     "BLOCK", "other", "voice", "en",
     [("Jonah", "NAME"), ("Dr. Pratt", "PROVIDER"), ("mood charts", "PROCEDURE"), ("bipolar II", "CONDITION"), ("unipolar depression", "CONDITION"), ("bupropion", "MEDICATION"), ("(207) 555-0155", "PHONE")],
     ["behavioral-health", "practice-contact"], "Voicemail with a diagnosis change and a medication stop; voice is treated like SMS (README)."),
    ("da0094", "hi kara its deb @ dr lyons ofc, ur med mgmt appt moved to thurs 2/12 @ 10:15. reply y to confirm thx",
     "REWRITE", "reminder", "sms", "en",
     [("kara", "NAME"), ("deb", "PROVIDER"), ("dr lyons", "PROVIDER"), ("med mgmt", "PROCEDURE"), ("2/12", "DATE")],
     ["behavioral-health", "shorthand"], "Lower-case shorthand: name and the med-management visit type go; staff sender and provider stay."),
    ("da0095", "Join us for Mindful Mornings: a free gentle stretch class on the patio, Saturdays at 8. All levels welcome, no sign-up needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'mindful' as a class name, open to everyone."),
    ("da0096", "Hi Ms. Patel, this is Dana Kerr, LCSW. Following our call, I wanted to confirm in writing that Riya told me she has been vaping daily and did some cutting last month; we'll keep working on it in our sessions.",
     "BLOCK", "other", "email", "en",
     [("Patel", "NAME"), ("Dana Kerr", "PROVIDER"), ("LCSW", "SPECIALTY"), ("Riya", "NAME"), ("vaping daily", "CONDITION"), ("cutting", "CONDITION")],
     ["behavioral-health", "third-party", "minor"], "A minor's disclosures of substance use and self-harm sent to the parent: third party's health."),
)

# ---------------------------------------------------------------- batch 9 (da0097-da0108): disguises, Spanish reminders and results
add(
    ("da0097", "Rx ready: your s e r t r a l i n e 50 mg is ready for pickup at Beacon Pharmacy, counter 2. Open til 9pm.",
     "REWRITE", "pickup", "sms", "en",
     [("s e r t r a l i n e 50 mg", "MEDICATION")],
     ["pharmacy", "behavioral-health", "spaced"], "Spaced-out drug name with its strength in a pickup notice; the span covers the disguised text."),
    ("da0098", "Your A\u200bd\u200bd\u200berall dose goes up to 30mg each morning starting Monday. Take it before 10am so it doesn't keep you up. - Dr. Ng",
     "BLOCK", "care-instructions", "sms", "en",
     [("A\u200bd\u200bd\u200berall", "MEDICATION"), ("Dr. Ng", "PROVIDER")],
     ["behavioral-health"], "Dose increase and timing instruction for a stimulant, with zero-width characters inside the drug name."),
    ("da0099", "reminder: ur d3pr3ssion group mtg is wed @ 6pm, rm 12. see u there!",
     "REWRITE", "reminder", "sms", "en",
     [("d3pr3ssion", "CONDITION")],
     ["behavioral-health", "leet", "shorthand"], "Leetspeak condition used as a group label; 'group' stays outside (decisions 2, 10)."),
    ("da0100", "Your \u0425anax (alprazolam 0.5mg): take one tab at bedtime only as needed, no more than 2 in a day, and don't mix it with alcohol. - Dr. Castro's office",
     "BLOCK", "care-instructions", "sms", "en",
     [("\u0425anax", "MEDICATION"), ("alprazolam 0.5mg", "MEDICATION"), ("Dr. Castro", "PROVIDER")],
     ["behavioral-health"], "Dosing instructions for a benzodiazepine; the brand starts with a Cyrillic Kha look-alike."),
    ("da0101", "Le recordamos que su próxima cita con el Dr. Villalobos es el lunes 9 de noviembre a las 10:00 am por videollamada. El enlace es el mismo de siempre: https://video.example.com/drvillalobos",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Villalobos", "PROVIDER"), ("9 de noviembre", "DATE"), ("https://video.example.com/drvillalobos", "URL")],
     ["behavioral-health", "practice-contact"], "Provider, date and the clinician's fixed video-room link (decision 3)."),
    ("da0102", "Hola Jimena, tu cita con el psiquiatra es el 22 de octubre a las 3 pm. Si necesitas cambiarla responde CAMBIAR.",
     "REWRITE", "reminder", "sms", "es",
     [("Jimena", "NAME"), ("psiquiatra", "SPECIALTY"), ("22 de octubre", "DATE")],
     ["behavioral-health"], "Name and the specialty role word go (decision 1); date and time survive."),
    ("da0103", "Don Aurelio, su prueba de litio salió en 1.4, un poco alta. El Dr. Peralta dice que no tome la dosis de hoy y que venga mañana temprano a repetir el análisis.",
     "BLOCK", "result", "sms", "es",
     [("Aurelio", "NAME"), ("prueba de litio", "PROCEDURE"), ("1.4", "RESULT"), ("un poco alta", "RESULT"), ("Dr. Peralta", "PROVIDER")],
     ["behavioral-health", "lab"], "A drug level, its flag and a skip-the-dose instruction."),
    ("da0104", "Tip for video visits: find a private, quiet spot, charge your device, and check your internet connection a few minutes before your start time.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Generic telehealth tip; nothing about the recipient."),
    ("da0105", "Sra. Rosales, su hija Camila tiene cita de terapia de juego el viernes 16 de enero a las 4:00 pm con la Lic. Mora. Favor de llegar 10 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Rosales", "NAME"), ("Camila", "NAME"), ("terapia de juego", "PROCEDURE"), ("16 de enero", "DATE"), ("Lic. Mora", "PROVIDER")],
     ["behavioral-health", "minor"], "Judgement (decision 12): a dependent's play-therapy logistics without a condition: REWRITE."),
    ("da0106", "Estimada Sra. Ibáñez:\nLe enviamos el resumen de su consulta de hoy.\nDiagnóstico: trastorno de ansiedad generalizada.\nPlan: iniciar sertralina 25 mg diario por 7 días y luego subir a 50 mg. Próxima cita en 4 semanas.\nAtentamente,\nDra. Luna Ochoa, psiquiatra",
     "BLOCK", "care-instructions", "email", "es",
     [("Ibáñez", "NAME"), ("trastorno de ansiedad generalizada", "CONDITION"), ("sertralina 25 mg", "MEDICATION"), ("Dra. Luna Ochoa", "PROVIDER"), ("psiquiatra", "SPECIALTY")],
     ["behavioral-health"], "Visit summary with the diagnosis and a titration plan by e-mail."),
    ("da0107", "Your appointment has been rescheduled to Friday, 10/30 at 11:00 AM with Dr. Hargrove. Same location. Reply C to confirm or R to choose another time.",
     "ALLOW", "reminder", "sms", "en",
     [("10/30", "DATE"), ("Dr. Hargrove", "PROVIDER")],
     ["behavioral-health"], "Reschedule notice with provider, date and time only."),
    ("da0108", "Nia, your ketamine-assisted psychotherapy prep session is 9/24 at 2pm with Dr. Bell. Don't forget your intention worksheet!",
     "REWRITE", "reminder", "sms", "en",
     [("Nia", "NAME"), ("ketamine-assisted psychotherapy", "PROCEDURE"), ("9/24", "DATE"), ("Dr. Bell", "PROVIDER")],
     ["behavioral-health"], "Name and the therapy go; 'prep session' and the worksheet are logistics (decisions 2, 6)."),
)

# ---------------------------------------------------------------- batch 10 (da0109-da0120): long e-mails, practice notices, drug screens, community teams
add(
    ("da0109", "Welcome to Tallgrass Health Associates!\n\nWe're glad you chose us. A few things to know before your first appointment:\n\n- Intake forms: you'll get a separate e-mail with a secure link. Please finish them at least 24 hours ahead.\n- Cancellations: give us 24 hours' notice or a $75 late-cancel fee applies. Emergencies happen; just call.\n- Telehealth: most follow-ups can be done by video. Your clinician will tell you which visits need to be in person.\n- Messages: use the portal for non-urgent questions; we answer within 2 business days.\n- After hours: if you are in crisis, call or text 988 or go to the nearest emergency room.\n\nOur office: 1750 Prairie View Dr, Suite 120, Lawrence, KS 66049\nPhone (785) 555-0126 | Fax (785) 555-0127\nhttps://tallgrass.example.com\n\nSee you soon,\nThe Tallgrass front-desk team",
     "ALLOW", "other", "email", "en",
     [("1750 Prairie View Dr, Suite 120, Lawrence, KS 66049", "ADDRESS"), ("(785) 555-0126", "PHONE"), ("(785) 555-0127", "FAX"), ("https://tallgrass.example.com", "URL")],
     ["behavioral-health", "practice-contact"], "Long welcome letter from a generic practice: policies and the practice's own contact details only."),
    ("da0110", "Hi Paulina,\n\nThanks for meeting with me today. Here's the summary we talked about:\n\n1. Lamictal: increase from 25 mg to 50 mg daily starting Sunday. If you notice any rash, stop it and call us the same day.\n2. Keep the Wellbutrin XL 150 mg as is.\n3. Sleep has improved, and the low mood you described in March is lifting - that's great progress.\n4. Labs: no bloodwork needed right now.\n\nNext med check is in 6 weeks; Jo at the front desk will text you a time. If you have thoughts of harming yourself, call 988 right away.\n\nTake care,\nDr. Renée Albright, PMHNP-BC\nNorthstar Psychiatric Services",
     "BLOCK", "care-instructions", "email", "en",
     [("Paulina", "NAME"), ("Lamictal", "MEDICATION"), ("rash", "CONDITION"), ("Wellbutrin XL 150 mg", "MEDICATION"), ("low mood", "CONDITION"), ("lifting", "RESULT"),
      ("med check", "PROCEDURE"), ("Jo", "PROVIDER"), ("Dr. Renée Albright", "PROVIDER"), ("PMHNP-BC", "SPECIALTY"), ("Northstar Psychiatric Services", "SPECIALTY")],
     ["behavioral-health"], "Medication titration, warning signs and progress by e-mail: the content is clinical. 'Labs' is generic."),
    ("da0111", "Dear Mr. Halvorsen,\n\nThis confirms your new-patient psychiatric evaluation with Mira Castell, PMHNP-BC on Tuesday, 2/24 at 9:00 AM at Northstar Psychiatric Services, 600 Lakeview Blvd, Floor 3, Duluth, MN 55802.\n\nPlease arrive 15 minutes early with a photo ID, your insurance card and a list of current medications. The visit lasts about 75 minutes. If you need to cancel, please call (218) 555-0145 at least one business day ahead to avoid a $150 missed-visit fee.\n\nWe look forward to meeting you.\nNorthstar Patient Access Team",
     "REWRITE", "confirmation", "email", "en",
     [("Halvorsen", "NAME"), ("psychiatric", "SPECIALTY"), ("Mira Castell", "PROVIDER"), ("PMHNP-BC", "SPECIALTY"), ("2/24", "DATE"),
      ("Northstar Psychiatric Services", "SPECIALTY"), ("600 Lakeview Blvd, Floor 3, Duluth, MN 55802", "ADDRESS"), ("(218) 555-0145", "PHONE")],
     ["behavioral-health", "practice-contact"], "Name, the psychiatric service word, the NP credential and the practice name go (decisions 1, 8); date, time, practice address and phone stay."),
    ("da0112", "Hi, this is Lauren from Dr. Moss's office. Your mom asked us to text you: her new Seroquil is 25mg at night, and she shouldn't drink alcohol with it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lauren", "PROVIDER"), ("Dr. Moss", "PROVIDER"), ("Seroquil", "MEDICATION")],
     ["behavioral-health", "third-party", "typo"], "A relative's new medication and dose relayed by text: third party's health (decision 13). The brand is misspelled as staff type it."),
    ("da0113", "Forgot your portal password? Tap 'Account recovery' on the sign-in page and we'll send a reset link to the email we have on file.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'recovery' of a password."),
    ("da0114", "Dr. Imani Brooks' psychiatry practice is moving to 88 Harbor Rd, Suite 4 on 6/1. Your appointment day and time stay the same. Free parking behind the building.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Imani Brooks", "PROVIDER"), ("psychiatry", "SPECIALTY"), ("88 Harbor Rd, Suite 4", "ADDRESS"), ("6/1", "DATE")],
     ["behavioral-health", "practice-contact"], "Judgement (decision 7): a moving notice to a psychiatry practice's patients reveals the specialty; the new practice address stays."),
    ("da0115", "Westfield Medical Group: Your telehealth visit with Dr. Ochoa is confirmed for 3/3 at 10:20 AM. You'll get the link by text 15 minutes before.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Ochoa", "PROVIDER"), ("3/3", "DATE")],
     ["behavioral-health"], "Telehealth is a delivery mode, not a visit type; generic practice name."),
    ("da0116", "Your urine drug screen from 1/9 was positive for benzodiazepines that were not prescribed by this office. Dr. Fitch needs to see you before any more Klonopin refills.",
     "BLOCK", "result", "sms", "en",
     [("urine drug screen", "PROCEDURE"), ("1/9", "DATE"), ("positive", "RESULT"), ("benzodiazepines", "MEDICATION"), ("Dr. Fitch", "PROVIDER"), ("Klonopin", "MEDICATION")],
     ["behavioral-health", "substance-use"], "A positive drug screen and a refill hold (decision 15)."),
    ("da0117", "Your appointment with Dr. Hope Blue is Tuesday 12/8 at 2:15 PM. Questions? Call (317) 555-0108.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hope Blue", "PROVIDER"), ("12/8", "DATE"), ("(317) 555-0108", "PHONE")],
     ["behavioral-health", "practice-contact"], "Look-alike: 'Hope Blue' is the provider's name, not a mood (decision 18)."),
    ("da0118", "Your Medicaid recertification paperwork for the ACT team is due 5/20. Please have it ready for your next home visit with Case Manager Rob Tillman.",
     "REWRITE", "other", "sms", "en",
     [("ACT", "PROCEDURE"), ("5/20", "DATE"), ("Case Manager Rob Tillman", "PROVIDER")],
     ["behavioral-health", "home-health"], "Assertive Community Treatment is a serious-mental-illness program: it goes ('team' stays outside); the paperwork deadline survives (decisions 2, 17)."),
    ("da0119", "Hola Fer, soy Ale de la clínica. La psiquiatra ya revisó tus resultados: la prueba de embarazo salió negativa, así que sí puedes empezar el valproato la próxima semana.",
     "BLOCK", "result", "sms", "es",
     [("Fer", "NAME"), ("Ale", "PROVIDER"), ("psiquiatra", "SPECIALTY"), ("prueba de embarazo", "PROCEDURE"), ("negativa", "RESULT"), ("valproato", "MEDICATION")],
     ["behavioral-health", "reproductive"], "A (negative) pregnancy test result and the treatment decision it allows: a normal result is still a result (README)."),
    ("da0120", "Aviso: nuestra oficina estará cerrada el viernes 2 de octubre por capacitación del personal. Para reprogramar su cita llame al (305) 555-0191 o use el portal.",
     "ALLOW", "other", "sms", "es",
     [("2 de octubre", "DATE"), ("(305) 555-0191", "PHONE")],
     ["general", "practice-contact", "broadcast"], "Closure notice with the practice's phone; nothing about the recipient."),
)

probe_lib.run(M, "da", "probe102.jsonl")
