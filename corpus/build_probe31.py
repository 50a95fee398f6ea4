#!/usr/bin/env python3
"""Build corpus/probe31.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe31.py [OUT] [-v]   (default: probe31.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only; the engine was
not run and no other corpus's messages, source code or tests were read.

This round is MENTAL HEALTH AND SUBSTANCE USE: therapy and psychiatry practices, intake and group
sessions, intensive outpatient (IOP) and partial hospitalization (PHP) programs, medication for
opioid use disorder (methadone / opioid treatment programs, office-based buprenorphine,
injectables), recovery housing and residential treatment, detox, eating-disorder programs,
couples and family therapy, crisis lines, mobile crisis and safety planning, school and campus
counselors, psychiatric medications (pickups, long-acting injectables, clozapine monitoring,
Spravato, TMS, ECT), and the stricter wording such practices need (messages written so that they
reveal nothing, next to the same kind of message that does). Channels: SMS, e-mail (some long, with
signature blocks), push, voice and a few secure-portal contrasts; 15% Spanish; 4 disguised.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Behavioral-health credentials written after a clinician's name (LCSW, LMFT, LPC, CADC,
     PsyD, PMHNP) are a separate SPECIALTY span, like DDS/DPT; role words that name the service
     (therapist, psychiatrist, counselor/consejera in a therapy or substance-use setting, peer
     coach, RD/dietitian or nutrióloga in an eating-disorder program, crisis team) are SPECIALTY
     like `oncologist`. A school counselor / `orientadora escolar` is a generic school role and is
     not labelled: the counseling sessions themselves are what reveals.
  2. `session`, `group` alone, `check-in`, `admission`, `intake forms`, `evaluation` without a
     qualifier and `records` are generic (like `appointment`); therapies, programs and
     treatment-specific words are PROCEDURE: therapy, counseling, couples (session), family
     therapy, IOP, PHP, DBT, diary card, meal support, weigh-in, safety plan(ning), dosing,
     take-homes, guest dosing, detox, lockbox, UA / drug or tox screen, PDMP, ANC, ECT, PHQ-9,
     GAD-7, ASAM assessment, 504 plan. An unnamed `screening` stays generic. In a treatment
     setting a urine drug test (`UA`, `análisis de orina`) is a named test, and a nutrition visit
     (`cita de nutrición`) inside an eating-disorder program is PROCEDURE.
  3. A notice sent to every patient of an opioid treatment program that names the treatment
     (methadone dosing hours) is not a "broadcast that says nothing about the recipient": under
     42 CFR Part 2 being a patient of the program is itself protected, so it is REWRITE.
     Broadcasts from a generic practice (free naloxone kits, the 988 lifeline, a mental-health
     awareness talk) stay ALLOW with no span.
  4. A follow-up from a crisis line or warmline to one person reveals that they called: the line's
     name is SPECIALTY and the message is REWRITE; the 988 number itself is never a span.
  5. A dependent's or partner's appointment whose visit type reveals the service (family-based
     treatment, couples session, a coping-skills group, counseling sessions, a 504 plan) is
     REWRITE like the patient's own; only another person's condition, medication, result or
     treatment status (admitted, relapsed, left the program, attendance) is BLOCK.
  6. Messages to someone other than the patient (spouse, parent, probation officer, attorney,
     police dispatch) that disclose substance-use or mental-health treatment are BLOCK even with
     no lab value: the treatment status is the clinical content (and Part 2 needs written
     consent). A probation officer is neither patient, family nor provider and is not labelled.
  7. ICD-10 codes (F50.01, F32.1) are CONDITION.
  8. A day-of-month written as `the 9th` is a DATE (a date element other than the year).
  9. The last four digits of a payment card and a receipt number are not labelled (they identify
     a transaction, like the confirmation codes of build_probe7); a drug-court case number is
     OTHER_ID; a Medicaid ID is HEALTH_PLAN_ID.
 10. Naming `42 CFR Part 2` in a message reveals substance-use treatment like a program name:
     SPECIALTY.
 11. Names of recovery residences, sober-living houses, residential programs, crisis lines and
     university counseling services (including the acronym `CAPS`) are SPECIALTY; practice
     names that do not say the service (Nuevo Amanecer, Casa Esperanza, Rosehill Center) are not
     labelled even when the practice is a behavioral-health one.
 12. Warning signs and symptoms written in a safety plan or a triage note (not sleeping, giving
     things away, cravings, purging, hasn't slept) are CONDITION (README: symptoms are
     conditions); a relapse is a CONDITION; `clean`, `stable`, `safe`, `steady progress`,
     `below the threshold` and severity
     qualifiers (`mild`, `moderate`, `moderately severe`, `recurrent, severe`) are RESULT, like a
     state.
 13. A house manager or peer staff member who signs a message is workforce: PROVIDER. In a safety
     plan the people listed as supports or reasons for living are NAME; a pet's name is not
     labelled. An attorney or probation officer (neither patient, family nor provider) is not
     labelled.
 14. `{{location_name}}` is treated as content-free like `${locationName}` (README templates).
 15. Voice messages (voicemail scripts) are judged like SMS (README: voice is overheard).
 16. A due notice for a long-acting injectable (Vivitrol, Invega Sustenna) and practical notes tied
     to a treatment (arrange a ride home after Spravato, no metal hair clips for TMS) are logistics:
     REWRITE once the drug or service is removed. Hold, split, skip or induction instructions are
     dosing instructions: BLOCK, even inside an otherwise logistic welcome e-mail.
 17. A prescription-monitoring (PDMP) finding such as "filled elsewhere" is clinical content
     (BLOCK); the finding itself is not given a span, only the drug, the PDMP and the date.

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


# ---------------------------------------------------------------- batch 1 (ag0001-ag0012): therapy and psychiatry practices
add(
    ("ag0001", "Reminder: you have an appointment with Dr. Okafor on Tue 3/10 at 4:00 PM. Reply C to confirm or R to reschedule. Cancellations with less than 24 hrs notice may be charged.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/10", "DATE")],
     ["behavioral-health"], "A therapy practice's reminder written the safe way: provider, date and time only."),
    ("ag0002", "Hi Priya, this is a reminder of your therapy appointment with Marisol Vega, LMFT on Wednesday 2/4 at 11am at Quiet Harbor Counseling. Please arrive 10 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("therapy", "PROCEDURE"), ("Marisol Vega", "PROVIDER"), ("LMFT", "SPECIALTY"), ("2/4", "DATE"), ("Quiet Harbor Counseling", "SPECIALTY")],
     ["behavioral-health"], "Name, visit type, the specialty credential (decision 1) and the counseling practice name go; provider, date and time survive. '10 min early' is not a date."),
    ("ag0003", "New message from your care team at Ridgeline Psychiatry. Log in to read it.",
     "REWRITE", "portal-notice", "push", "en",
     [("Ridgeline Psychiatry", "SPECIALTY")],
     ["behavioral-health"], "Lock-screen push naming a psychiatry practice; the portal notice survives without it."),
    ("ag0004", "Lakeview Health: Your appt is confirmed for Mon 6/15 at 9:30am w/ Dr. Haddad. Parking is free in lot B. Questions? 614-555-0142",
     "ALLOW", "confirmation", "sms", "en",
     [("6/15", "DATE"), ("Dr. Haddad", "PROVIDER"), ("614-555-0142", "PHONE")],
     ["behavioral-health", "shorthand", "practice-contact"], "Generic practice name, date, time, provider and the practice's own number."),
    ("ag0005", "Subject: Welcome to Northfield Psychiatric Associates\n\nDear Ms. Albright,\n\nThank you for choosing Northfield Psychiatric Associates. Your initial psychiatric evaluation with Dr. Rosalind Kaye is scheduled for Thursday, April 9 at 1:00 PM and will last about 90 minutes. Before your visit, please complete the intake questionnaires in the portal (they take about 20 minutes) and bring a photo ID, your insurance card and a list of any medications you currently take. If you need to cancel, please give us at least 48 hours' notice so that we can offer the time to someone on our waitlist. Our office is at 410 Larch Avenue, Suite 3, Dayton, OH 45402, and street parking is metered until 6 PM.\n\nWarmly,\nTess Monroe\nIntake Coordinator\n(937) 555-0187",
     "REWRITE", "confirmation", "email", "en",
     [("Northfield Psychiatric Associates", "SPECIALTY"), ("Northfield Psychiatric Associates", "SPECIALTY", 1), ("Albright", "NAME"), ("psychiatric evaluation", "PROCEDURE"), ("Dr. Rosalind Kaye", "PROVIDER"), ("April 9", "DATE"), ("410 Larch Avenue, Suite 3, Dayton, OH 45402", "ADDRESS"), ("Tess Monroe", "PROVIDER"), ("(937) 555-0187", "PHONE")],
     ["behavioral-health", "practice-contact"], "Welcome e-mail: the psychiatry practice name (twice), the patient's name and the visit type go; provider, date, the practice's own address and phone and the staff sender (PROVIDER) stay."),
    ("ag0006", "Hi Derek, Dr. Sayed reviewed your labs - your lithium level came back 1.4 (H). Skip tonight's dose, then take 300mg instead of 450mg starting tomorrow. Recheck Fri.",
     "BLOCK", "result", "sms", "en",
     [("Derek", "NAME"), ("Dr. Sayed", "PROVIDER"), ("lithium level", "PROCEDURE"), ("1.4", "RESULT"), ("lithium level came back 1.4 ([[H]])", "RESULT")],
     ["behavioral-health"], "A drug level with its value and flag plus a dose change: the clinical content is the message."),
    ("ag0007", "Greenway Pharmacy: Rx for QUETIAPINE 100MG TAB is ready for pickup. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("QUETIAPINE 100MG TAB", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "Antipsychotic named in a pickup notice; strength and form follow the drug, so they are in the span."),
    ("ag0008", "Hola Marisela, le recordamos su cita de psicoterapia con la Lic. Ibarra el jueves 12 de marzo a las 5:00 pm. Si no puede asistir, avísenos con 24 horas de anticipación.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisela", "NAME"), ("psicoterapia", "PROCEDURE"), ("Lic. Ibarra", "PROVIDER"), ("12 de marzo", "DATE")],
     ["behavioral-health"], "Name and visit type go; 'cita' is generic; provider, date and time survive."),
    ("ag0009", "Your portal session expired for your security. Please sign in again to continue.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "'session' is the login session, not a therapy session."),
    ("ag0010", "Dr. Friedman has finished scoring your neuropsych evaluation. The results are consistent with ADHD and mild generalized anxiety. We'll go over the full report and treatment options at your feedback visit on 5/2.",
     "BLOCK", "result", "email", "en",
     [("Dr. Friedman", "PROVIDER"), ("neuropsych evaluation", "PROCEDURE"), ("ADHD", "CONDITION"), ("mild", "RESULT"), ("generalized anxiety", "CONDITION"), ("5/2", "DATE")],
     ["behavioral-health"], "Diagnoses from testing sent by unencrypted e-mail: findings are the message. The severity 'mild' is a RESULT like a state (decision 12)."),
    ("ag0011", "Hello, this is Angela from Dr. Pruitt's office returning your call. Please call us back at (312) 555-0163 when you have a moment. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("Angela", "PROVIDER"), ("Dr. Pruitt", "PROVIDER"), ("(312) 555-0163", "PHONE")],
     ["behavioral-health", "practice-contact"], "Voicemail written the stricter way: staff sender (PROVIDER), the psychiatrist's name with title and the practice phone; no practice name, no patient name (decision 15)."),
    ("ag0012", "If you or someone you love is struggling, you are not alone. Call or text 988 any time, day or night, to reach the Suicide & Crisis Lifeline.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every patient of a general practice: says nothing about the recipient; 988 is not a phone identifier and the lifeline's name is not a diagnosis (decision 3)."),
)

# ---------------------------------------------------------------- batch 2 (ag0013-ag0024): IOP, PHP and group sessions
add(
    ("ag0013", "Reminder: IOP group starts at 9am sharp tomorrow in Room 204. Please bring your workbook. - Cascade Behavioral Health",
     "REWRITE", "reminder", "sms", "en",
     [("IOP", "PROCEDURE"), ("Cascade Behavioral Health", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "Program acronym and behavioral-health name go; 'group' alone is generic (decision 2); time and room survive."),
    ("ag0014", "Partial Hospitalization Program orientation for new participants: Mon 8/17, 8:30 AM, Building C lobby. Lunch is provided. Call 410-555-0129 with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("Partial Hospitalization Program", "PROCEDURE"), ("8/17", "DATE"), ("410-555-0129", "PHONE")],
     ["behavioral-health", "practice-contact"], "Sent only to people admitted to the PHP, so not a broadcast: the program name goes, the orientation logistics survive."),
    ("ag0015", "Hey Jess - in group today you mentioned you'd been cutting again. I'm worried about you. Can you call me before 5? - Mara (your IOP counselor)",
     "BLOCK", "other", "sms", "en",
     [("Jess", "NAME"), ("cutting", "CONDITION"), ("Mara", "PROVIDER"), ("IOP", "PROCEDURE"), ("counselor", "SPECIALTY")],
     ["behavioral-health"], "Self-harm disclosed in group is a finding about the patient; the safe message is a plain call-back request. 'counselor' in a program setting is SPECIALTY (decision 1)."),
    ("ag0016", "Dr. Sorensen is running about 20 min behind this afternoon. If you'd rather come another day, reply R and we'll send you new times.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Sorensen", "PROVIDER")],
     ["behavioral-health", "shorthand"], "Running-late notice from a psychiatrist's office: provider and time only."),
    ("ag0017", "Hi there,\n\nThis is a courtesy reminder that your appointment with Dr. Whitcombe is on Friday, November 6 at 10:15 AM. Our office has moved down the hall to Suite 220, same building. Reply to this e-mail or call (503) 555-0119 if you need to change the time.\n\nFront Desk",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Whitcombe", "PROVIDER"), ("November 6", "DATE"), ("(503) 555-0119", "PHONE")],
     ["behavioral-health", "practice-contact"], "Provider, date, a suite number and the practice's own phone; nothing about the visit type."),
    ("ag0018", "Your PHQ-9 score today was 17 (moderately severe). Dr. Ruiz would like to see you sooner than planned - can you come in Thursday?",
     "BLOCK", "result", "sms", "en",
     [("PHQ-9", "PROCEDURE"), ("17", "RESULT"), ("moderately severe", "RESULT"), ("Dr. Ruiz", "PROVIDER")],
     ["behavioral-health", "contrast"], "A screening scale with its score and severity is a result (scale PROCEDURE, value RESULT)."),
    ("ag0019", "Secure message from Dr. Ruiz: Hi Anton, your GAD-7 dropped from 15 to 8 since we started sertraline 50 mg. That's real progress. Keep the same dose and we'll check in again in 6 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Ruiz", "PROVIDER"), ("Anton", "NAME"), ("GAD-7", "PROCEDURE"), ("15", "RESULT"), ("8", "RESULT"), ("sertraline 50 mg", "MEDICATION")],
     ["behavioral-health", "contrast"], "Scores and the medication inside the secure portal are fine (README channel convention)."),
    ("ag0020", "Buenos días. Le recordamos que el Programa Intensivo Ambulatorio empieza el lunes 3 de agosto a las 9:00 am en el Centro Sendero de Salud Mental. Traiga una identificación con foto.",
     "REWRITE", "reminder", "sms", "es",
     [("Programa Intensivo Ambulatorio", "PROCEDURE"), ("3 de agosto", "DATE"), ("Centro Sendero de Salud Mental", "SPECIALTY")],
     ["behavioral-health"], "IOP named in Spanish and a mental-health centre name go; date and time survive."),
    ("ag0021", "Snow update: our office will open at 10 AM today. If your appointment was before 10, we'll text you shortly with a new time.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather broadcast; times only."),
    ("ag0022", "Reminder: DBT group tonight 6-7:30pm, bring your diary card! See you there - Sam",
     "REWRITE", "reminder", "sms", "en",
     [("DBT", "PROCEDURE"), ("diary card", "PROCEDURE"), ("Sam", "PROVIDER")],
     ["behavioral-health"], "The therapy (DBT) and its DBT-specific homework reveal the treatment (decision 2); the group leader signing is workforce (PROVIDER)."),
    ("ag0023", "Subject: PHP discharge summary\n\nYou completed 4 weeks of the Partial Hospitalization Program on 3/27. Diagnoses at discharge: major depressive disorder, recurrent, severe; PTSD. Medications: continue venlafaxine XR 150 mg every morning and prazosin 2 mg at bedtime for nightmares. Please see your outpatient therapist within 7 days and Dr. Lindgren for med management in 2-3 weeks. If symptoms return, call us or 988.",
     "BLOCK", "care-instructions", "email", "en",
     [("PHP", "PROCEDURE"), ("Partial Hospitalization Program", "PROCEDURE"), ("3/27", "DATE"), ("major depressive disorder", "CONDITION"), ("recurrent, severe", "RESULT"), ("PTSD", "CONDITION"), ("venlafaxine XR 150 mg", "MEDICATION"), ("prazosin 2 mg", "MEDICATION"), ("nightmares", "CONDITION"), ("therapist", "SPECIALTY"), ("Dr. Lindgren", "PROVIDER"), ("med management", "PROCEDURE")],
     ["behavioral-health"], "Discharge summary by e-mail: diagnoses and doses are the message. The specifier 'recurrent, severe' is a RESULT, the state the condition is in (decision 12)."),
    ("ag0024", "Your video visit link will be active 15 minutes before your 2:30 PM appointment. Tap here to test your camera and mic.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative"], "Telehealth logistics with a time only; '15 minutes' is not a date."),
)

# ---------------------------------------------------------------- batch 3 (ag0025-ag0036): methadone, buprenorphine and injectables
add(
    ("ag0025", "Harborview Opioid Treatment Program: Reminder - your counselor session is Thu at 1pm. Note: the dosing window closes at 11am that day for staff training.",
     "REWRITE", "reminder", "sms", "en",
     [("Harborview Opioid Treatment Program", "SPECIALTY"), ("counselor", "SPECIALTY"), ("dosing", "PROCEDURE")],
     ["substance-use"], "Part 2 program name, the counselor role and 'dosing window' reveal treatment (decisions 1, 2); the session day and time survive."),
    ("ag0026", "Marcus - good news, the team approved Level 2 take-homes starting 9/14 (2 take-home doses a week). Your UA from 9/1 was clean. Don't forget to bring your lockbox Monday.",
     "BLOCK", "result", "sms", "en",
     [("Marcus", "NAME"), ("take-homes", "PROCEDURE"), ("9/14", "DATE"), ("take-home doses", "PROCEDURE"), ("UA", "PROCEDURE"), ("from [[9/1]] was", "DATE"), ("clean", "RESULT"), ("lockbox", "PROCEDURE")],
     ["substance-use", "shorthand"], "A urine drug screen result (even a clean one) and a treatment decision about doses: BLOCK. Lockbox is a device (PROCEDURE, decision 2)."),
    ("ag0027", "reminder: m e t h a d o n e dosing hrs change sat to 7-10am only. bring ur ID card. -front desk",
     "REWRITE", "other", "sms", "en",
     [("m e t h a d o n e", "MEDICATION"), ("dosing", "PROCEDURE")],
     ["substance-use", "spaced", "shorthand"], "Spaced-out drug name. Sent to every patient of an opioid treatment program, but naming the treatment reveals Part 2 patient status, so it is not an ALLOW broadcast (decision 3); the hours survive."),
    ("ag0028", "Birchwood Pharmacy: Your Sub\u200boxone 8mg-2mg film is ready for pickup. Pharmacy hours today 9am-9pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Sub\u200boxone 8mg-2mg film", "MEDICATION")],
     ["pharmacy", "substance-use"], "Zero-width space inside a buprenorphine brand in a pickup notice; strength and form go with it."),
    ("ag0029", "Hi Tomas, per Dr. Levin: since the evening cravings are back, split your bupe - take 8mg in the morning and 4mg around 4pm. Call the clinic if you have any questions.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tomas", "NAME"), ("Dr. Levin", "PROVIDER"), ("cravings", "CONDITION"), ("bupe", "MEDICATION")],
     ["substance-use", "shorthand"], "Dosing instructions with the symptom that prompted them (cravings are a CONDITION, decision 12); 'bupe' is staff shorthand for buprenorphine."),
    ("ag0030", "Reminder from Dr. Chen's office: your appointment is Mon 10/5 at 8:15am. Please bring your photo ID and insurance card.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Chen", "PROVIDER"), ("10/5", "DATE")],
     ["substance-use", "contrast"], "An office-based buprenorphine prescriber's reminder in the stricter wording: nothing says what the visit is for."),
    ("ag0031", "Sr. Quintero, su análisis de orina del 2 de junio salió positivo para fentanilo. Su dosis de metadona se queda en 80 mg hasta que hable con su consejera. Llame al 915-555-0136.",
     "BLOCK", "result", "sms", "es",
     [("Quintero", "NAME"), ("análisis de orina", "PROCEDURE"), ("2 de junio", "DATE"), ("positivo", "RESULT"), ("fentanilo", "MEDICATION"), ("metadona", "MEDICATION"), ("consejera", "SPECIALTY"), ("915-555-0136", "PHONE")],
     ["substance-use", "practice-contact"], "Drug-screen result with the substance and a dose decision. Judgement: a urine drug test ('análisis de orina') is a named test (PROCEDURE), unlike generic 'análisis de sangre'."),
    ("ag0032", "Reminder: your Vivitr\u043el injection is due Fri 2/20 at 10:40 AM. Reply Y to confirm. - Oakmont Family Practice",
     "REWRITE", "reminder", "sms", "en",
     [("Vivitr\u043el injection", "MEDICATION"), ("2/20", "DATE")],
     ["substance-use"], "Cyrillic o inside a naltrexone brand; the form word 'injection' goes with the drug. Generic practice name; date and time survive."),
    ("ag0033", "We noticed you missed your Sublocade shot last week. Your medication level may be dropping, which raises your risk of overdose. Please come in today - walk-ins 8 to 4.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sublocade shot", "MEDICATION"), ("overdose", "CONDITION")],
     ["substance-use"], "Missed injectable buprenorphine dose and a clinical risk warning: treatment content, not logistics."),
    ("ag0034", "Free naloxone (Narcan) kits are available at the front desk - no appointment and no questions asked. Ask any staff member.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast from a general practice to every patient: the drug names say nothing about the recipient (README broadcasts; decision 3)."),
    ("ag0035", "Your travel request has been approved. Please pick up your paperwork at window 3 before Thursday. Safe travels!",
     "ALLOW", "other", "sms", "en", [],
     ["substance-use", "hard-negative", "contrast"], "An opioid treatment program's guest-dosing approval in the stricter wording: nothing names the program or the medication."),
    ("ag0036", "Subject: Your first visit at Bridgeway Recovery Medicine\n\nHello,\n\nWe're glad you reached out. Your first visit is on Tuesday, January 13 at 8:00 AM with Dr. Anika Rao. Plan on about two hours: you'll meet a nurse, complete a short assessment and see the doctor. To start buprenorphine safely, come in when you are already in withdrawal - at least 12 hours after your last use of heroin or short-acting pills, and 48 to 72 hours after methadone. Bring a photo ID, your insurance card and any pill bottles you have. If you can't make it, call (207) 555-0114 and we'll find another time - same-week starts are usually possible.\n\nBridgeway Recovery Medicine\n88 Fore Street, Portland, ME 04101",
     "BLOCK", "care-instructions", "email", "en",
     [("Bridgeway Recovery Medicine", "SPECIALTY"), ("Bridgeway Recovery Medicine", "SPECIALTY", 1), ("January 13", "DATE"), ("Dr. Anika Rao", "PROVIDER"), ("buprenorphine", "MEDICATION"), ("withdrawal", "CONDITION"), ("heroin", "MEDICATION"), ("methadone", "MEDICATION"), ("(207) 555-0114", "PHONE"), ("88 Fore Street, Portland, ME 04101", "ADDRESS")],
     ["substance-use", "practice-contact"], "Welcome e-mail that carries induction instructions (when to take the first dose relative to last opioid use): treatment instructions are BLOCK, even though the logistics around them could be rewritten."),
)

# ---------------------------------------------------------------- batch 4 (ag0037-ag0048): recovery housing, residential treatment, detox
add(
    ("ag0037", "House meeting moved to Sunday 7pm this week. Chore chart is on the fridge. Rent is due Friday as always.",
     "ALLOW", "other", "sms", "en", [],
     ["substance-use", "hard-negative"], "Sent by a recovery residence, but the wording says nothing about recovery: weekdays and times only."),
    ("ag0038", "Serenity Ridge Sober Living: Welcome, Caleb! Move-in is Sat 4/11 at noon. Bring bedding, any prescribed meds in their original bottles, and the $150 deposit.",
     "REWRITE", "other", "sms", "en",
     [("Serenity Ridge Sober Living", "SPECIALTY"), ("Caleb", "NAME"), ("4/11", "DATE")],
     ["substance-use"], "A sober-living name reveals recovery (decision 11); name goes; move-in date, time and what to bring survive ('prescribed meds' is generic)."),
    ("ag0039", "Jordan - your test this morning came back positive for THC and benzos. Per house rules you need to meet with me within 24 hrs. - Ray (house mgr)",
     "BLOCK", "result", "sms", "en",
     [("Jordan", "NAME"), ("positive", "RESULT"), ("THC", "MEDICATION"), ("benzos", "MEDICATION"), ("Ray", "PROVIDER")],
     ["substance-use", "shorthand"], "Drug-test result with substances (MEDICATION per README). The house manager signing is workforce: PROVIDER (decision 13)."),
    ("ag0040", "Mrs. Dunn, I'm sorry to tell you Tyler relapsed over the weekend and has been asked to leave the house. He's staying at the county shelter for now. Please call me when you can.",
     "BLOCK", "other", "sms", "en",
     [("Dunn", "NAME"), ("Tyler", "NAME"), ("relapsed", "CONDITION")],
     ["substance-use", "third-party"], "A relative told about another adult's relapse and discharge from recovery housing: third party's health (decisions 6, 12)."),
    ("ag0041", "Hola Ernesto, tenemos cama disponible en el programa de desintoxicación a partir de mañana a las 8 am. Confirme respondiendo SÍ antes de las 6 pm. Clínica Nuevo Amanecer",
     "REWRITE", "other", "sms", "es",
     [("Ernesto", "NAME"), ("desintoxicación", "PROCEDURE")],
     ["substance-use"], "Name and detox go; the bed offer and deadline survive. 'Nuevo Amanecer' does not say the service and is not labelled (decision 11)."),
    ("ag0042", "This is Pinecrest Residential Treatment calling to confirm admission for Ms. Greer on Monday. Please arrive by 10 AM with two weeks of clothing. Outside food and mouthwash are not permitted.",
     "REWRITE", "confirmation", "voice", "en",
     [("Pinecrest Residential Treatment", "SPECIALTY"), ("Greer", "NAME")],
     ["substance-use"], "Voicemail (judged like SMS, decision 15) naming a residential treatment centre and the patient; 'admission' is generic."),
    ("ag0043", "Your next visit is on 12/1 at 7:30 AM with Dr. Okwu. Morning slots fill fast, so reply if you need a different time.",
     "ALLOW", "reminder", "sms", "en",
     [("12/1", "DATE"), ("Dr. Okwu", "PROVIDER")],
     ["substance-use"], "Addiction-medicine reminder in the stricter wording: date, time, provider."),
    ("ag0044", "Reminder to all residents: every car in the lot needs a parking tag by Friday. The silver Civic, plate 8RTY512, will be towed if it's still unregistered.",
     "REWRITE", "other", "sms", "en",
     [("8RTY512", "VEHICLE_ID")],
     ["substance-use", "identifier"], "Recovery-house broadcast that singles out one resident's vehicle: the plate goes, the notice survives."),
    ("ag0045", "Hi Ms. Patel, Arjun asked me to update you: he's stable after his first night in detox. His withdrawl is easing and he's eating again. He says he loves you. - Nurse Gwen",
     "BLOCK", "other", "sms", "en",
     [("Patel", "NAME"), ("Arjun", "NAME"), ("stable", "RESULT"), ("detox", "PROCEDURE"), ("withdrawl", "CONDITION"), ("Nurse Gwen", "PROVIDER")],
     ["substance-use", "third-party", "typo"], "Condition update about another adult in detox sent to a relative by SMS: third party's health, even at the patient's request (decision 6). 'withdrawl' is the staff misspelling."),
    ("ag0046", "Your ASAM assessment at Crossroads Addiction Services is confirmed for Wednesday 7/22 at 3 PM. Please bring a list of your medications and your Medicaid card (ID ZX44817263). Allow about 90 minutes.",
     "REWRITE", "confirmation", "email", "en",
     [("ASAM assessment", "PROCEDURE"), ("Crossroads Addiction Services", "SPECIALTY"), ("7/22", "DATE"), ("ZX44817263", "HEALTH_PLAN_ID")],
     ["substance-use", "identifier"], "Addiction assessment, the practice name and the Medicaid ID go (decision 9); date and time survive."),
    ("ag0047", "We're recovering from a phone outage this morning. If you tried to reach us, please call again - our lines are back up now.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'recovering' is about the phone system."),
    ("ag0048", "Subject: Monthly compliance - L. Ferrer\n\nOfficer Brandt,\n\nPer the release on file: Luis Ferrer attended 3 of 4 IOP sessions in October (one excused absence). His last tox screen on 10/3 was negative. Drug court case 24-DC-0193. Let me know if the judge needs anything else.\n\nNadia Cole, LCADC",
     "BLOCK", "other", "email", "en",
     [("L. Ferrer", "NAME"), ("Luis Ferrer", "NAME"), ("IOP", "PROCEDURE"), ("tox screen", "PROCEDURE"), ("10/3", "DATE"), ("negative", "RESULT"), ("24-DC-0193", "OTHER_ID"), ("Nadia Cole", "PROVIDER"), ("LCADC", "SPECIALTY")],
     ["substance-use", "identifier"], "Part 2 attendance and a drug-screen result e-mailed to probation: a release does not make plain e-mail safe (decision 6). The officer is not labelled; the court case number is OTHER_ID (decision 9)."),
)

# ---------------------------------------------------------------- batch 5 (ag0049-ag0060): eating-disorder programs
add(
    ("ag0049", "Hi Lena! Just a reminder that meal support is at 12:30 tomorrow at Willow Creek Eating Disorder Center. Bring your lunch or we'll have one ready for you.",
     "REWRITE", "reminder", "sms", "en",
     [("Lena", "NAME"), ("meal support", "PROCEDURE"), ("Willow Creek Eating Disorder Center", "SPECIALTY")],
     ["behavioral-health"], "Name, the program component and the eating-disorder centre go; time survives."),
    ("ag0050", "Weigh-in today: 96.4 lb, down 1.2 lb from last week. Dr. Ames wants you on the next meal plan level starting tonight - your RD will text the new exchanges.",
     "BLOCK", "result", "sms", "en",
     [("Weigh-in", "PROCEDURE"), ("96.4 lb", "RESULT"), ("1.2 lb", "RESULT"), ("Dr. Ames", "PROVIDER"), ("meal plan", "PROCEDURE"), ("RD", "SPECIALTY")],
     ["behavioral-health"], "Weight and trend are results, and the meal-plan change is treatment. A dietitian in an eating-disorder program is SPECIALTY (decision 1)."),
    ("ag0051", "Mrs. Lindqvist, Ella's labs from Monday show her potassium is low (3.1). Please bring her in tomorrow morning for a recheck before school. - Nurse Pat, Adolescent ED Program",
     "BLOCK", "result", "sms", "en",
     [("Lindqvist", "NAME"), ("Ella", "NAME"), ("potassium", "PROCEDURE"), ("low", "RESULT"), ("3.1", "RESULT"), ("Nurse Pat", "PROVIDER"), ("Adolescent ED Program", "SPECIALTY")],
     ["behavioral-health", "minor", "third-party"], "A dependent's lab value sent to the guardian: BLOCK (README third-party convention). 'ED' here is eating disorder, in a program name."),
    ("ag0052", "Good news: our patio garden is open again! Patients and families are welcome to sit outside before or after appointments.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; 'patients and families' says nothing about the recipient."),
    ("ag0053", "Hola Valeria, te recordamos tu cita de nutrición con la Lic. Soto el viernes a las 3:30 pm en el Programa Raíces para Trastornos Alimenticios. Si necesitas cambiarla, escríbenos por aquí.",
     "REWRITE", "reminder", "sms", "es",
     [("Valeria", "NAME"), ("nutrición", "PROCEDURE"), ("Lic. Soto", "PROVIDER"), ("Programa Raíces para Trastornos Alimenticios", "SPECIALTY")],
     ["behavioral-health"], "Name, the nutrition visit (revealing inside an eating-disorder program, judgement) and the program's name go; weekday and time survive."),
    ("ag0054", "Hi Noor, nice work this week. Your weight is up 0.8 kg, right on track. Keep the evening snack and we'll continue blind weigh-ins for now. - Dr. Ames",
     "ALLOW", "result", "portal", "en",
     [("Noor", "NAME"), ("0.8 kg", "RESULT"), ("blind weigh-ins", "PROCEDURE"), ("Dr. Ames", "PROVIDER")],
     ["behavioral-health", "contrast"], "Weight change and plan inside the secure portal: ALLOW (README channel convention)."),
    ("ag0055", "Hello, this is a reminder from Dr. Beaumont's office about your appointment on Monday at four fifteen p.m. Please call 617-555-0193 if you need to reschedule. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Beaumont", "PROVIDER"), ("617-555-0193", "PHONE")],
     ["behavioral-health", "practice-contact"], "Voicemail with provider, weekday, spoken time and the practice phone (decision 15)."),
    ("ag0056", "hey its Jo from the RD team - did u get thru last night w/o purging? if it was rough pls text me, we can adjust ur plan tmrw",
     "BLOCK", "other", "sms", "en",
     [("Jo", "PROVIDER"), ("RD", "SPECIALTY"), ("purging", "CONDITION")],
     ["behavioral-health", "shorthand", "negation"], "Asking about a symptom, even negated ('w/o purging'), puts the eating-disorder behaviour in the text; the safe message is a plain check-in (decision 12)."),
    ("ag0057", "Rosehill Center: Your family-based treatment session for Maya is moved to Thu 5/21 at 4pm. Both parents should attend if possible.",
     "REWRITE", "reminder", "sms", "en",
     [("family-based treatment", "PROCEDURE"), ("Maya", "NAME"), ("5/21", "DATE")],
     ["behavioral-health", "minor"], "A dependent's appointment logistics with a revealing visit type: REWRITE like the patient's own (decision 5); no condition, drug or result. 'Rosehill Center' does not say the service (decision 11)."),
    ("ag0058", "Sra. Rentería, a Camila se le bajó la presión otra vez en la sesión de hoy (82/50). La nutrióloga quiere aumentar su plan de comidas. Por favor llámenos hoy mismo.",
     "BLOCK", "result", "sms", "es",
     [("Rentería", "NAME"), ("Camila", "NAME"), ("presión", "PROCEDURE"), ("82/50", "RESULT"), ("nutrióloga", "SPECIALTY"), ("plan de comidas", "PROCEDURE")],
     ["behavioral-health", "minor", "third-party"], "A dependent's blood pressure and a treatment change sent to the mother: BLOCK. 'presión' here is blood pressure (a measure, PROCEDURE)."),
    ("ag0059", "Thanks for the positive review! We read every comment and we're so glad the new check-in kiosks are making things faster.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'positive' is about a review, not a result."),
    ("ag0060", "Hello,\n\nAttached is the superbill you asked for, covering PHP services at Clearwater Eating Recovery from 6/1 to 6/19 (account 55-210947). Diagnosis codes F50.01 and F32.1 are listed on page 1. Submit it to your insurer for out-of-network reimbursement and allow 30-45 days for processing.\n\nBilling Office",
     "BLOCK", "billing", "email", "en",
     [("PHP", "PROCEDURE"), ("Clearwater Eating Recovery", "SPECIALTY"), ("6/1", "DATE"), ("6/19", "DATE"), ("55-210947", "ACCOUNT"), ("F50.01", "CONDITION"), ("F32.1", "CONDITION")],
     ["behavioral-health", "identifier"], "Diagnosis codes in the body are diagnoses (decision 7): BLOCK, even though the billing purpose could survive the rest."),
)

# ---------------------------------------------------------------- batch 6 (ag0061-ag0072): couples and family therapy
add(
    ("ag0061", "Reminder: couples session for Dana & Chris on Sat 1/17 at 10 AM with Dr. Feld. Late cancellations (under 48 hrs) are billed at the full rate.",
     "REWRITE", "reminder", "sms", "en",
     [("couples", "PROCEDURE"), ("Dana", "NAME"), ("Chris", "NAME"), ("1/17", "DATE"), ("Dr. Feld", "PROVIDER")],
     ["behavioral-health"], "Both partners' names and the visit type go; no condition, so REWRITE rather than BLOCK (decision 5). 'session' is generic (decision 2)."),
    ("ag0062", "Hi Mark, Dr. Feld here. I can't go into what Elise shared in her individual session, but I'd encourage you to ask her about the antidepresant she mentioned starting. Let's talk more Saturday.",
     "BLOCK", "other", "sms", "en",
     [("Mark", "NAME"), ("Dr. Feld", "PROVIDER"), ("Elise", "NAME"), ("antidepresant", "MEDICATION")],
     ["behavioral-health", "third-party", "typo"], "Tells one partner about the other's medication: a third party's health (drug class used as a name is MEDICATION, here misspelled)."),
    ("ag0063", "Family Day is this Saturday! Bring the kids for face painting, a bounce house and a cookout in the back lot from noon to 3. Everyone's welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community event broadcast; 'Family Day' is not family therapy."),
    ("ag0064", "Hi there — just confirming your 5:00 appointment on Thursday, 10/8 with Dr. Okonjo. The front door locks at 5:30, so text 202-555-0148 when you arrive if you're running late. Thanks! — Dr. Okonjo's office",
     "ALLOW", "confirmation", "email", "en",
     [("10/8", "DATE"), ("Dr. Okonjo", "PROVIDER"), ("Dr. Okonjo", "PROVIDER", 1), ("202-555-0148", "PHONE")],
     ["behavioral-health", "practice-contact"], "A solo therapist's confirmation in the stricter wording: date, time, provider, the office number."),
    ("ag0065", "Buenas tardes, familia Herrera. La sesión de terapia familiar del martes 14 de abril se cambia a las 6:00 pm. Favor de asistir todos. Atte. Centro de Orientación Familiar Luz",
     "REWRITE", "reminder", "sms", "es",
     [("Herrera", "NAME"), ("terapia familiar", "PROCEDURE"), ("14 de abril", "DATE"), ("Centro de Orientación Familiar Luz", "SPECIALTY")],
     ["behavioral-health"], "Family name, family therapy and a family-counseling centre name go (decision 11); the new time survives."),
    ("ag0066", "Hi, this is Renee from Bayside Marriage and Family Therapy. We have an opening with Dr. Lowe on Wednesday the 9th at 7 PM if you'd still like it. Give us a call at 858-555-0172. Bye now.",
     "REWRITE", "other", "voice", "en",
     [("Renee", "PROVIDER"), ("Bayside Marriage and Family Therapy", "SPECIALTY"), ("Dr. Lowe", "PROVIDER"), ("the 9th", "DATE"), ("858-555-0172", "PHONE")],
     ["behavioral-health", "practice-contact"], "A voicemail that names a marriage-and-family-therapy practice (decision 15). Judgement: 'the 9th' is a date element, DATE (decision 8)."),
    ("ag0067", "Subject: Records request - custody evaluation\n\nDear Ms. Whitfield,\n\nI received your request on behalf of Mr. Baker. With both parents' written authorization on file, I can confirm the following for the custody evaluation: Noah Baker (age 7) has attended weekly play therapy at our office since February. He was diagnosed with separation anxiety disorder in March and is making steady progress. I am not able to share session content, and my fee schedule for court testimony is attached. Please direct further questions to our records office at records@tidewaterchild.example or by fax at (757) 555-0145.\n\nSincerely,\nDr. Helen Osei, PsyD",
     "BLOCK", "other", "email", "en",
     [("Baker", "NAME"), ("Noah Baker", "NAME"), ("play therapy", "PROCEDURE"), ("separation anxiety disorder", "CONDITION"), ("steady progress", "RESULT"), ("records@tidewaterchild.example", "EMAIL"), ("(757) 555-0145", "FAX"), ("Dr. Helen Osei", "PROVIDER"), ("PsyD", "SPECIALTY")],
     ["behavioral-health", "minor", "third-party", "practice-contact"], "A child's diagnosis and therapy sent to an attorney by plain e-mail: BLOCK even with authorization (decision 6). The attorney is not labelled; age 7 is not an AGE span; PsyD is SPECIALTY (decision 1)."),
    ("ag0068", "Hi! Your appointment with {{provider_name}} is on {{appt_date}} at {{appt_time}} at {{location_name}}. Reply C to confirm, R to reschedule, or call {{practice_phone}}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["behavioral-health", "template"], "Template with content-free placeholders only; {{location_name}} treated like ${locationName} (decision 14)."),
    ("ag0069", "Reminder: Teen & Family Counseling appt tomorrow at 4:30 PM. Tap to confirm or reschedule.",
     "REWRITE", "reminder", "push", "en",
     [("Teen & Family Counseling", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "Lock-screen push naming a counseling service line; the time survives."),
    ("ag0070", "Hi Greg, Anna asked me to let you know she was admitted to the inpatient psych unit last night and is safe. Visiting hours are 6-8 PM; she'd like you to bring her reading glasses. - Unit 4B social work",
     "BLOCK", "other", "sms", "en",
     [("Greg", "NAME"), ("Anna", "NAME"), ("inpatient psych unit", "SPECIALTY"), ("safe", "RESULT")],
     ["behavioral-health", "third-party"], "A spouse told by SMS about another adult's psychiatric admission: treatment status of a third party (decision 6), even at her request."),
    ("ag0071", "This is an automated message from Hillside Community Health. Our offices will be closed Monday for the holiday. If this is an emergency, hang up and dial 911.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure; 911 is not a phone identifier; generic practice name."),
    ("ag0072", "Thank you! Your $40 copay for today's marriage counseling visit was charged to the card ending in 4417. Receipt #R-88120.",
     "REWRITE", "billing", "sms", "en",
     [("marriage counseling", "PROCEDURE")],
     ["behavioral-health"], "Visit type goes; the card's last four digits and the receipt number identify a transaction and are not labelled (decision 9)."),
)

# ---------------------------------------------------------------- batch 7 (ag0073-ag0084): crisis lines, mobile crisis and safety planning
add(
    ("ag0073", "Hi Sam, as we agreed today, here's your safety plan: Warning signs - not sleeping, giving stuff away. Coping - walk Biscuit, call Aunt Rosa. Your sister is holding onto the pills. If it gets worse, call 988 or go to the nearest ER. - Kim, LCSW",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sam", "NAME"), ("safety plan", "PROCEDURE"), ("not sleeping", "CONDITION"), ("giving stuff away", "CONDITION"), ("Rosa", "NAME"), ("Kim", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health"], "The contents of a suicide safety plan (warning signs, means restriction) are treatment content: BLOCK, send by portal. Warning signs are CONDITION (decision 12); Biscuit is a dog and is not labelled (decision 13); 988 is not a phone span."),
    ("ag0074", "Hi Rafi, this is Luis from the county crisis line, following up like we talked about. Just checking in - text back when you get this, or call us anytime at 988.",
     "REWRITE", "other", "sms", "en",
     [("Rafi", "NAME"), ("Luis", "PROVIDER"), ("crisis line", "SPECIALTY")],
     ["behavioral-health"], "A crisis-line follow-up reveals the person called: the line's name and the recipient's name go, the check-in survives (decision 4)."),
    ("ag0075", "Si usted o alguien que conoce está pasando por un momento difícil, llame o mande un mensaje de texto al 988. Hay atención en español las 24 horas, los 7 días.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about the 988 line; 988 is not a phone identifier and '24 horas, los 7 días' is not a date."),
    ("ag0076", "Mobile crisis follow-up: you were seen in the ED on 3/2 for suicidal thoughts. A counselor will call you today between 1 and 3 PM. If you can't talk, reply LATER.",
     "BLOCK", "other", "sms", "en",
     [("Mobile crisis", "SPECIALTY"), ("3/2", "DATE"), ("suicidal thoughts", "CONDITION"), ("counselor", "SPECIALTY")],
     ["behavioral-health"], "Names the reason for an emergency visit (suicidal thoughts): a finding, BLOCK. 'ED' here is the emergency department (generic)."),
    ("ag0077", "Your updated safety plan from today's session with Kim Adeyemi, LCSW is now in your Documents tab. Reasons for living you listed: Ava, Theo, finishing nursing school. You can call or text 988 any time.",
     "ALLOW", "care-instructions", "portal", "en",
     [("safety plan", "PROCEDURE"), ("Kim Adeyemi", "PROVIDER"), ("LCSW", "SPECIALTY"), ("Ava", "NAME"), ("Theo", "NAME")],
     ["behavioral-health", "contrast"], "Safety-plan content inside the secure portal is fine (README channel convention); the people named as reasons for living are labelled NAME (decision 13)."),
    ("ag0078", "Reminder: your safety planning check-in with Dr. Vance is tomorrow at 11:00. If you need support before then, call or text 988.",
     "REWRITE", "reminder", "sms", "en",
     [("safety planning", "PROCEDURE"), ("Dr. Vance", "PROVIDER")],
     ["behavioral-health"], "Safety planning as a visit label reveals suicide-risk care: PROCEDURE, REWRITE (decision 2); provider and time survive; the 988 line can stay."),
    ("ag0079", "Warm line volunteers needed! Our free 20-hour training starts next month. Interested? Reply INFO and we'll send the details.",
     "ALLOW", "marketing", "sms", "en", [],
     ["behavioral-health", "broadcast", "hard-negative"], "Volunteer recruitment sent to the whole list: says nothing about the recipient; '20-hour' is not a date or age."),
    ("ag0080", "Dispatch: requesting a welfare check at 1187 Quarry Rd, Apt 2B, Fairview, OR 97024 for Kenji Watanabe (DOB 04/18/1996). Caller reports he has a plan to overdose tonight and access to his mother's pills. Mobile crisis ETA 40 min. Call back (541) 555-0101.",
     "BLOCK", "other", "email", "en",
     [("1187 Quarry Rd, Apt 2B, Fairview, OR 97024", "ADDRESS"), ("Kenji Watanabe", "NAME"), ("04/18/1996", "DATE"), ("overdose", "CONDITION"), ("Mobile crisis", "SPECIALTY"), ("(541) 555-0101", "PHONE")],
     ["behavioral-health", "dob", "identifier"], "Full date of birth with name, home address and a suicide plan sent by plain e-mail to police dispatch: BLOCK (decision 6); the call-back number is the crisis team's own."),
    ("ag0081", "Hola Andrés, soy Paula de la Línea de Crisis del condado. Solo quería saber cómo sigues después de tu llamada del domingo. Escríbeme cuando puedas 💙",
     "REWRITE", "other", "sms", "es",
     [("Andrés", "NAME"), ("Paula", "PROVIDER"), ("Línea de Crisis", "SPECIALTY")],
     ["behavioral-health"], "Crisis-line follow-up in Spanish: the line's name and the recipient's name go (decision 4); Sunday is a weekday, not a date."),
    ("ag0082", "Dr. Marsh's office: we got your voicemail. Dr. Marsh can see you Thursday, 9/24 at 3 PM. Reply YES to book it or NO for other options.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Marsh", "PROVIDER"), ("Dr. Marsh", "PROVIDER", 1), ("9/24", "DATE")],
     ["behavioral-health"], "Call-back reply from a psychiatrist's office in the stricter wording; the possessive 's stays outside the span."),
    ("ag0083", "Per our call: Ben hasn't slept in 3 days and is refusing his meds. The crisis team will come to the house at 6 PM. Please lock up any firearms before they arrive.",
     "BLOCK", "other", "sms", "en",
     [("Ben", "NAME"), ("hasn't slept in 3 days", "CONDITION"), ("crisis team", "SPECIALTY")],
     ["behavioral-health", "third-party"], "Sent to a relative about another person's symptoms and crisis response: third party's health (decisions 6, 12)."),
    ("ag0084", "Thanks for calling the Harbor Light Warmline last night, Dev. As promised, here's the link to this month's peer support group schedule: https://harborlight.example/groups?ref=dev-2281\n\nTake care,\nOlivia (peer specialist)",
     "REWRITE", "other", "email", "en",
     [("Harbor Light Warmline", "SPECIALTY"), ("Dev", "NAME"), ("peer support", "PROCEDURE"), ("https://harborlight.example/groups?ref=dev-2281", "URL"), ("Olivia", "PROVIDER"), ("peer specialist", "SPECIALTY")],
     ["behavioral-health"], "Warmline name, the recipient's name and the link carrying a per-person reference go (patient-specific URL); peer specialist is a role naming the service (decision 1)."),
)

# ---------------------------------------------------------------- batch 8 (ag0085-ag0096): school and campus counselors
add(
    ("ag0085", "Reminder to all seniors: the college application workshop with the school counselors is Tuesday during 4th period in the library. Bring your Common App login.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Academic counseling broadcast: 'school counselors' is a generic school role (decision 1)."),
    ("ag0086", "Hi Ms. Carter, this is Mr. Ellis, the school counselor at Jefferson Middle. I'd like to set up a time to talk about Aiden's weekly counseling sessions with me this semester. Are you avalable Thursday after 3?",
     "REWRITE", "other", "sms", "en",
     [("Carter", "NAME"), ("Mr. Ellis", "PROVIDER"), ("Aiden", "NAME"), ("counseling", "PROCEDURE")],
     ["behavioral-health", "minor", "typo"], "A dependent's counseling logistics: names and the visit type go, the meeting request survives (decision 5). The school counselor signing is workforce (PROVIDER); the role is generic (decision 1)."),
    ("ag0087", "Hi Priyanka, this is Jen at Campus Counseling & Psychological Services following up on Tuesday's screening. Your score suggests moderate depression, and we'd like to connect you with a therapist this week.",
     "BLOCK", "result", "sms", "en",
     [("Priyanka", "NAME"), ("Jen", "PROVIDER"), ("Campus Counseling & Psychological Services", "SPECIALTY"), ("moderate", "RESULT"), ("depression", "CONDITION"), ("therapist", "SPECIALTY")],
     ["behavioral-health"], "A screening result and a condition: BLOCK. An unnamed 'screening' is left generic (judgement)."),
    ("ag0088", "CAPS: Your appointment is confirmed for Mon 2/9 at 10:00 AM, Student Health Building, Room 210.",
     "REWRITE", "confirmation", "push", "en",
     [("CAPS", "SPECIALTY"), ("2/9", "DATE")],
     ["behavioral-health"], "On campus 'CAPS' means Counseling and Psychological Services: the acronym reveals the service (decision 11); date, time and room survive."),
    ("ag0089", "Finals got you stressed? Therapy dogs will be in the Student Union lobby Wednesday 11-2. Free snacks and stickers!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Campus-wide broadcast; 'therapy dogs' and 'stressed' say nothing about the recipient."),
    ("ag0090", "Subject: Following up on today\n\nDear Mr. and Mrs. Baptiste,\n\nI'm reaching out because Zoe stopped by my office today and shared that she has been restricting food and skipping lunch most days for the past few weeks. She also said she has been feeling dizzy in PE. I'm glad she trusted me with this, and I told her I would let you know. I've attached a list of local providers, including the Evergreen Eating Disorder Clinic, which takes most insurance plans. Please call me at (360) 555-0133 so we can talk about next steps and how we can support her at school.\n\nWarmly,\nMs. Dana Whitley\nSchool Counselor, Cedar Ridge High School",
     "BLOCK", "other", "email", "en",
     [("Baptiste", "NAME"), ("Zoe", "NAME"), ("restricting food", "CONDITION"), ("skipping lunch", "CONDITION"), ("dizzy", "CONDITION"), ("Evergreen Eating Disorder Clinic", "SPECIALTY"), ("(360) 555-0133", "PHONE"), ("Ms. Dana Whitley", "PROVIDER")],
     ["behavioral-health", "minor", "third-party", "practice-contact"], "A student's eating-disorder symptoms sent to the parents by plain e-mail: a dependent's condition (README third-party convention). The counselor's own number is a contact span."),
    ("ag0091", "Estimada Sra. Delgado: le escribe la orientadora escolar de la Secundaria Benito Juárez. Quisiera agendar una reunión para revisar el plan 504 de Mateo. ¿Le queda bien el miércoles a las 3:00?",
     "REWRITE", "other", "email", "es",
     [("Delgado", "NAME"), ("plan 504", "PROCEDURE"), ("Mateo", "NAME")],
     ["behavioral-health", "minor"], "A 504 plan reveals a disability but not which: PROCEDURE, REWRITE like other dependent logistics (decisions 2, 5); 'orientadora escolar' is generic (decision 1)."),
    ("ag0092", "Campus Health: you're all set for Tue 9/15 at 2:40 PM with Dr. Nakamura. Please check in at the 2nd floor front desk.",
     "ALLOW", "confirmation", "sms", "en",
     [("9/15", "DATE"), ("Dr. Nakamura", "PROVIDER")],
     ["primary-care"], "Student health (general) with date, time and provider."),
    ("ag0093", "Hi! The letter you requested is ready to pick up at our front desk. Please bring your student ID - we can't release it to anyone else. - Student Health Services",
     "ALLOW", "other", "sms", "en", [],
     ["behavioral-health", "contrast"], "A counseling-center letter (for a withdrawal petition) announced in the stricter wording: no service name, no student ID number."),
    ("ag0094", "h3y its ur c0unselor, ur 4nxiety screen came back h1gh. pls stop by the wellness ctr 2day b4 3",
     "BLOCK", "result", "sms", "en",
     [("c0unselor", "SPECIALTY"), ("4nxiety screen", "PROCEDURE"), ("h1gh", "RESULT")],
     ["behavioral-health", "leet", "shorthand"], "Leetspeak around a screening result: still a result, BLOCK. '2day'/'b4' are SMS shorthand, not disguised PHI."),
    ("ag0095", "Lost & found: a blue water bottle and a gray hoodie were left in the waiting room last week. Claim them at the front desk by Friday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Waiting-room broadcast; nothing about anyone's care."),
    ("ag0096", "Maplewood High Student Support: Liam is scheduled for the Coping Skills group Wednesday during 5th period in Room 118. Questions? Reply to this text.",
     "REWRITE", "other", "sms", "en",
     [("Liam", "NAME"), ("Coping Skills", "PROCEDURE")],
     ["behavioral-health", "minor"], "A dependent's group schedule: the name and the group's therapeutic type go, logistics survive (decision 5)."),
)

# ---------------------------------------------------------------- batch 9 (ag0097-ag0108): psychiatric medications and treatments, pharmacies, records
add(
    ("ag0097", "Your Spravato treatment is scheduled for Fri 12/4 at 9 AM. Please arrange a ride home - you can't drive for the rest of the day after your session.",
     "REWRITE", "reminder", "sms", "en",
     [("Spravato", "MEDICATION"), ("12/4", "DATE")],
     ["behavioral-health"], "The esketamine brand reveals treatment-resistant depression care; without it the ride-home logistics survive (judgement: a transport note, not a dosing instruction)."),
    ("ag0098", "Clozapine REMS: Your ANC from 11/30 was 1,300, below the threshold. Do NOT take your clozapine until Dr. Ibsen calls you today.",
     "BLOCK", "result", "sms", "en",
     [("Clozapine", "MEDICATION"), ("ANC", "PROCEDURE"), ("11/30", "DATE"), ("1,300", "RESULT"), ("below the threshold", "RESULT"), ("clozapine", "MEDICATION"), ("Dr. Ibsen", "PROVIDER")],
     ["behavioral-health", "pharmacy"], "Monitoring value, its interpretation and a hold instruction: BLOCK."),
    ("ag0099", "TMS Center of the Valley: Session 14 of 36 is tomorrow at 7:45 AM. Please remove earrings and metal hair clips before your treatment.",
     "REWRITE", "reminder", "sms", "en",
     [("TMS Center of the Valley", "SPECIALTY")],
     ["behavioral-health"], "A TMS centre's name reveals depression treatment; the session count and the no-metal note stay (logistics, judgement)."),
    ("ag0100", "Pre-ECT instructions for Mr. Hollis: nothing to eat or drink after midnight, take only half your usual lithium tonight, and skip your morning lorazepam. Arrive 6:30 AM at Day Surgery.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Hollis", "NAME"), ("ECT", "PROCEDURE"), ("lithium", "MEDICATION"), ("lorazepam", "MEDICATION")],
     ["behavioral-health"], "Medication-hold and dose instructions before ECT: treatment instructions are BLOCK."),
    ("ag0101", "Hi Darnell, your Invega Sustenna injection is due next week. Injection clinic walk-in hours are Tue/Thu 9-11. - Eastside Mental Health Clinic",
     "REWRITE", "reminder", "sms", "en",
     [("Darnell", "NAME"), ("Invega Sustenna injection", "MEDICATION"), ("Eastside Mental Health Clinic", "SPECIALTY")],
     ["behavioral-health"], "A long-acting antipsychotic due notice: name, drug and the mental-health clinic's name go; a due reminder is logistics, not a dosing instruction (like a vaccine due notice). 'Tue/Thu' are weekdays."),
    ("ag0102", "Farmacia del Pueblo: Su receta de ESCITALOPRAM 10 MG está lista para recoger. Horario: lun a sáb de 9 am a 8 pm.",
     "REWRITE", "pickup", "sms", "es",
     [("ESCITALOPRAM 10 MG", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "Antidepressant named in a pickup notice; 'receta' is generic."),
    ("ag0103", "Consultorio del Dr. Salinas: su cita es el lunes 19 de octubre a las 10:00 am. Para cambiarla llame al (305) 555-0176. No responda a este mensaje.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Salinas", "PROVIDER"), ("19 de octubre", "DATE"), ("(305) 555-0176", "PHONE")],
     ["behavioral-health", "practice-contact"], "A psychiatrist's reminder in the stricter wording: provider, date, time and the office number."),
    ("ag0104", "Dra. Paredes: Hola Lucía, ya revisé tus análisis. La tiroides salió normal, así que podemos subir la sertralina a 100 mg a partir de mañana. Cualquier duda me escribes.",
     "BLOCK", "result", "sms", "es",
     [("Dra. Paredes", "PROVIDER"), ("Lucía", "NAME"), ("tiroides", "PROCEDURE"), ("normal", "RESULT"), ("sertralina", "MEDICATION")],
     ["behavioral-health"], "A normal result is still a result, and the dose increase is treatment: BLOCK. 'análisis' is generic."),
    ("ag0105", "Watch your step! There's a crack in the front walkway by the bike rack. Please use the ramp entrance until it's repaired.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'crack' is in the pavement."),
    ("ag0106", "Hi, your statement is ready. Amount due: $60.00. Pay online at https://pay.stillwaterhealth.example or call 503-555-0188, Mon-Fri 9-5.",
     "ALLOW", "billing", "sms", "en",
     [("https://pay.stillwaterhealth.example", "URL"), ("503-555-0188", "PHONE")],
     ["behavioral-health", "practice-contact"], "Statement notice with the practice's own pay link (no token) and phone."),
    ("ag0107", "We received your records request. Copies will be released within 30 days of 7/7. Questions? Email records@lakesidehealth.example.",
     "ALLOW", "other", "email", "en",
     [("7/7", "DATE"), ("records@lakesidehealth.example", "EMAIL")],
     ["behavioral-health", "practice-contact"], "Records-request acknowledgement with the practice's own e-mail; 'records' is generic (decision 2)."),
    ("ag0108", "Hi Kayla - we can't send your Adderall 20mg refill early. The PDMP shows it was filled 10/2 at another pharmacy. Dr. Stroud needs to see you before the next script.",
     "BLOCK", "other", "sms", "en",
     [("Kayla", "NAME"), ("Adderall 20mg", "MEDICATION"), ("PDMP", "PROCEDURE"), ("10/2", "DATE"), ("Dr. Stroud", "PROVIDER")],
     ["behavioral-health", "pharmacy"], "A prescription-monitoring finding about a controlled stimulant (a fill elsewhere) and a prescribing decision: clinical content, BLOCK."),
)

# ---------------------------------------------------------------- batch 10 (ag0109-ag0120): forms, consent, newsletters, residential, recovery apps
add(
    ("ag0109", "Please complete your new-patient intake forms before your first visit. It takes about 15 minutes and saves time at check-in. The link will come in a separate text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'intake forms' are generic paperwork (decision 2)."),
    ("ag0110", "Por su seguridad, encontrará alcohol en gel en la recepción y en cada consultorio. ¡Gracias por cuidarnos entre todos!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'alcohol en gel' is hand sanitizer, not a substance-use term."),
    ("ag0111", "Subject: Consent needed to share your records\n\nBefore we can send your treatment records to Dr. Aldana at Summit Primary Care, we need your signed 42 CFR Part 2 consent form. You can sign it in the portal under Forms by Friday. Reply here with any questions.",
     "REWRITE", "other", "email", "en",
     [("Dr. Aldana", "PROVIDER"), ("42 CFR Part 2", "SPECIALTY")],
     ["substance-use"], "Naming the Part 2 regulation reveals substance-use treatment (decision 10); a generic 'consent form' request survives. 'Summit Primary Care' is generic."),
    ("ag0112", "Heads up: crews will be spraying weeds and resealing the parking lot on Tuesday. Please use the overflow lot behind the church that day.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'weeds' are in the parking lot."),
    ("ag0113", "Subject: Spring news from Greenleaf Family Health\n\nHello neighbors,\n\nA few updates from all of us at Greenleaf. Starting next month we'll be open until 7 PM on Tuesdays and Thursdays, so it's easier to come in after work or school. The parking lot resurfacing is finally done - thank you for your patience! We've also added two behavioral health consultants to our primary care team, so if stress, sleep or mood are getting in the way, you can talk with someone during your regular visit, no separate referral needed. Free community talk: 'Managing Stress in Busy Times' in our community room next Wednesday evening; bring a friend. And as always, flu shots are available at any visit. Our front desk can now send text reminders in Spanish, Vietnamese and Somali - just ask at check-in. Finally, we're collecting gently used winter coats for the neighborhood shelter through the end of the month.\n\nWishing you a healthy spring,\nThe Greenleaf team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Newsletter sent to every patient: service descriptions (behavioral health consultants, flu shots) say nothing about the recipient (README broadcasts; decision 3)."),
    ("ag0114", "Subject: Your upcoming start at Cornerstone Recovery Clinic\n\nDear Mr. Abernathy,\n\nWelcome to the Medication for Opioid Use Disorder (MOUD) program at Cornerstone Recovery Clinic. Your first appointment is Monday, February 23 at 9:00 AM with Dr. Felix Moreau, and you'll meet your peer recovery coach the same morning. Please bring a photo ID and your insurance card, and plan for about two hours. Free parking is behind the building; enter through the side door marked Suite B. If you need a ride, reply to this e-mail and we can arrange one through your health plan. Questions? Call us at (614) 555-0166, Monday to Friday, 8 AM to 4:30 PM.\n\nCornerstone Recovery Clinic\n1520 Alder Street, Columbus, OH 43215",
     "REWRITE", "confirmation", "email", "en",
     [("Cornerstone Recovery Clinic", "SPECIALTY"), ("Cornerstone Recovery Clinic", "SPECIALTY", 1), ("Cornerstone Recovery Clinic", "SPECIALTY", 2), ("Abernathy", "NAME"), ("Medication for Opioid Use Disorder", "PROCEDURE"), ("MOUD", "PROCEDURE"), ("February 23", "DATE"), ("Dr. Felix Moreau", "PROVIDER"), ("peer recovery coach", "SPECIALTY"), ("(614) 555-0166", "PHONE"), ("1520 Alder Street, Columbus, OH 43215", "ADDRESS")],
     ["substance-use", "practice-contact"], "Welcome letter with logistics only: the recovery clinic's name (three times), the program and the coach role go; date, provider and the clinic's own phone and address survive. Unlike ag0036 it carries no induction instructions."),
    ("ag0115", "Hola, le habla Leticia de Casa Esperanza. Le aviso que su esposo Raúl dejó el programa residencial anoche sin el alta médica. Si sabe algo de él, llámenos al 213-555-0158, por favor.",
     "BLOCK", "other", "voice", "es",
     [("Leticia", "PROVIDER"), ("Raúl", "NAME"), ("programa residencial", "PROCEDURE"), ("213-555-0158", "PHONE")],
     ["substance-use", "third-party", "practice-contact"], "Tells a spouse that another adult left residential treatment against advice: a third party's treatment status (decision 6). 'Casa Esperanza' does not say the service (decision 11)."),
    ("ag0116", "Results from your 9/9 drug screen are in: negative for all substances tested. Keep up the great work, and see you at group Thursday. - Pilar Ortega, CADC",
     "ALLOW", "result", "portal", "en",
     [("9/9", "DATE"), ("drug screen", "PROCEDURE"), ("negative", "RESULT"), ("Pilar Ortega", "PROVIDER"), ("CADC", "SPECIALTY")],
     ["substance-use", "contrast"], "A drug-screen result inside the secure portal is fine (README channel convention); CADC is a specialty credential (decision 1)."),
    ("ag0117", "Daily check-in: you logged a craving score of 8/10 and 3 days since your last meeting. Tap to message your peer coach now.",
     "BLOCK", "other", "push", "en",
     [("craving score", "PROCEDURE"), ("8/10", "RESULT"), ("peer coach", "SPECIALTY")],
     ["substance-use"], "A recovery app's lock-screen push with a self-reported measure and its value: a result (scale PROCEDURE, value RESULT). '8/10' is a score, not a date."),
    ("ag0118", "Le recordamos que su cita es mañana a las 9:30 am. Por favor llegue 15 minutos antes para actualizar sus datos. Responda C para confirmar.",
     "ALLOW", "reminder", "sms", "es", [],
     ["behavioral-health"], "A counseling centre's reminder in the stricter wording: time only."),
    ("ag0119", "Asunto: Taller de Manejo de la Ansiedad - inicio\n\nHola Guadalupe:\n\nLe confirmamos su lugar en el Taller de Manejo de la Ansiedad, que empieza el jueves 5 de marzo de 6:00 a 7:30 pm y dura ocho semanas. Las sesiones son en nuestra sala de grupos del segundo piso, en 214 W. Hidalgo Ave., McAllen, TX 78501. Le pedimos llegar 10 minutos antes la primera vez para llenar unos formatos. Si no puede asistir alguna semana, avísenos con tiempo para guardarle su lugar. Recuerde que lo que se comparte en el grupo es confidencial. Cualquier duda, llámenos al (956) 555-0127.\n\nSaludos cordiales,\nLic. Beatriz Olvera\nPsicóloga clínica\nClínica Integral Río Bravo",
     "REWRITE", "confirmation", "email", "es",
     [("Taller de Manejo de la Ansiedad", "PROCEDURE"), ("Taller de Manejo de la Ansiedad", "PROCEDURE", 1), ("Guadalupe", "NAME"), ("5 de marzo", "DATE"), ("214 W. Hidalgo Ave., McAllen, TX 78501", "ADDRESS"), ("(956) 555-0127", "PHONE"), ("Lic. Beatriz Olvera", "PROVIDER"), ("Psicóloga clínica", "SPECIALTY")],
     ["behavioral-health", "practice-contact"], "The anxiety-management group's name (twice, one PROCEDURE span each, as a named program) and the recipient's name go; the signer's title 'Psicóloga clínica' names the specialty (decision 1); date, time, the practice's address and phone survive."),
    ("ag0120", "Su cita con {{provider_name}} es el {{appt_date}} a las {{appt_time}}. Responda 1 para confirmar o 2 para cancelar. Para cambios llame al {{practice_phone}}.",
     "ALLOW", "reminder", "sms", "es", [],
     ["behavioral-health", "template"], "Spanish template with content-free placeholders only (README templates)."),
)

probe_lib.run(M, "ag", "probe31.jsonl")
