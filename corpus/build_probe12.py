#!/usr/bin/env python3
"""Build corpus/probe12.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe12.py [OUT] [-v]   (default: probe12.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py only, plus the
docstring and first row of build_probe7.py for the script format); the engine was not run and no
other corpus's messages were read.
This round is SENSITIVE SERVICES, MOSTLY IN ENGLISH: behavioral health (therapy, psychiatry,
eating disorders, crisis follow-up), substance use (MAT, methadone, buprenorphine, IOP, sober
living, drug screens), HIV and sexual health (PrEP, PEP, testing, STI results, partner
notification), reproductive health (contraception, abortion care, miscarriage follow-up, IVF and
fertility, pregnancy tests, prenatal screening), gender-affirming care, domestic-violence and
sexual-assault services and genetic counseling, as clinics and programs write to patients:
reminders, reschedules, missed visits, program updates, lab notices, refills, portal nudges,
billing, group schedules, and messages to family members or partners. Mix of logistics that may go
as written, messages that may go once a revealing word or name is removed, and messages that must
not go by text; many hard negatives (awareness months, community events, 988 given to everyone,
neutral program names, generic credentials, "positive feedback", "recovery of your password",
"test your smoke alarm", "a shot at the raffle", "Pride parade parking"). About 16% Spanish;
4 disguised messages (spaced, leet, zero-width, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "was [[8]] (mild)" searches for "was 8 (mild)"
      and labels only the bracketed part "8".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - A condition named as the label of a visit or program stays REWRITE (README: `asthma check`),
    but a condition asserted as a fact about the patient (`your ER visit for suicidal thoughts`,
    `relapsed`) is a finding/diagnosis: BLOCK.
  - Severity words attached to a score or diagnosis (`moderately severe`, `mild`, `moderate`)
    are RESULT, like a state a condition is in (`en remisión`). A diagnosis code (ICD-10
    `F64.0`) is a CONDITION. Fetal sex reported from a screening test is a RESULT.
  - Credentials: RN, NP, MS, MD, LCSW are generic (inside the PROVIDER span); LPC, LMFT, CNM and
    CGC name a specialty (counseling, marriage/family therapy, midwifery, genetic counseling) and
    are a separate SPECIALTY span, like DDS. A name with a credential but no title is still
    PROVIDER (`Leena Nair, MS`).
  - Role words `therapist`/`counselor`/`consejero`/`genetic counselor`/`asesora genética`/
    `nurse examiner` are SPECIALTY (README: role words that name a specialty); `dietitian`,
    `advocate`/`defensora` and `nurse` stay generic.
  - `therapy`/`terapia`, `genetic counseling`/`asesoría genética`, levels of care and treatment
    programs the patient attends (`Intensive Outpatient Program`, `IOP`, `MAT`, `sober living`,
    `opioid treatment program`, `shelter` of a DV service, `AA`) are PROCEDURE; a capitalised
    unit or organisation that sends the message and names the service (`Bloom Eating Disorder
    Program`, `Mobile Crisis Team`, `Sexual Assault Response Program`, `Eastside Methadone
    Clinic`, `Clearwater Counseling`) is a specialty-revealing practice name: SPECIALTY. Neutral
    program names (`Bridge Program`, `Pathways Clinic`, `Maple House`, `Centro Nueva Vida`) are
    not labelled.
  - `group`, `session`, `intake`, `procedure`, `telehealth`/`video visit`, `school-based clinic`
    are generic words (like `visit`); `weigh-in` in an eating-disorder program is PROCEDURE.
  - `Depo shot`, `Vivitrol injection`, `puberty blocker implant`: the form word after the drug
    goes with the MEDICATION span (README: `cortisone injection`); `Trigger shot` stays
    PROCEDURE as in the README. A dose written right after the drug in an instruction
    (`Gonal-f 225 IU`) is labelled with it, as a strength would be.
  - `20-week` (visit) reveals a pregnancy: PROCEDURE, generic `visit` outside.
  - A broadcast sent by a practice whose NAME reveals the service (`Eastside Methadone Clinic`
    holiday hours) is REWRITE: the broadcast rule covers the content, but the sender name tells
    every recipient's phone that they are a patient there; the hours survive without it.
  - Service words inside a broadcast to every patient (`birth control counseling, STI testing`)
    are not labelled; the practice's phone in it still is (ALLOW).
  - A generic safety footer (`Need help now? Call or text 988.`) on an otherwise safe reminder
    keeps it ALLOW: 988 is not a phone identifier and the footer says nothing about the patient.
  - `dosing` alone (no drug named) and modifiers such as `random` (drug screen) are left outside
    the spans.
  - A call-back request that names no test, condition or service (`about a personal health
    matter`, `when it is safe to talk`) is ALLOW, with the sender's number as practice contact.
  - Consent of the patient to share with a relative does not make a third party's condition
    sendable by text or e-mail: still BLOCK. Third-party messages here always carry clinical
    content (condition, medication, program, result); the adult-third-party "specialty name
    only" case was left out as undecided by the README.
  - Service tags: gender-affirming care has no tag of its own and is tagged primary-care (or
    pharmacy/pediatrics for pickups and minors); domestic-violence and sexual-assault services
    are tagged behavioral-health, plus hiv-sexual-health when an exam or PEP is involved;
    genetic counseling is tagged lab plus oncology or reproductive by the condition tested.
  - Purposes follow probe_lib (no `confirmation`/`portal-notice`): portal nudges -> other;
    channels likewise (no `push`).

Everything is invented: names, practices, programs, 555-01xx numbers, example.com/example.org
domains, identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (k0001-k0020): behavioral health
add(
    ("k0001", "Lakeside Health Partners: reminder of your appointment with Dr. Amara Osei on Tue 3/10 at 4:00 PM. Reply C to confirm or call 555-0123 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Amara Osei", "PROVIDER"), ("3/10", "DATE"), ("555-0123", "PHONE")],
     ["behavioral-health", "practice-contact"], "A psychiatrist's reminder written the safe way: generic practice name, provider, date, time and the practice's own phone."),
    ("k0002", "Reminder: your therapy session with Jordan Blake, LCSW is tomorrow at 5:30pm at Lakeside Health Partners. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("therapy", "PROCEDURE"), ("Jordan Blake, LCSW", "PROVIDER")],
     ["behavioral-health"], "`therapy` reveals behavioral health (PROCEDURE); `session` is generic. LCSW is treated as a generic credential (social workers work in every setting), so it stays inside PROVIDER. `your appointment with Jordan Blake, LCSW` still works."),
    ("k0003", "Hi Priya, this is Sam from Northview Psychiatry. Your med check with Dr. Feld is moved to Fri 4/17 at 10:20. Call 555-0131 with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("Sam", "PROVIDER"), ("Northview Psychiatry", "SPECIALTY"), ("med check", "PROCEDURE"),
      ("Dr. Feld", "PROVIDER"), ("4/17", "DATE"), ("555-0131", "PHONE")],
     ["behavioral-health", "practice-contact"], "Patient name, specialty-revealing practice name and a named visit type (`med check`, README) are removable; staff sender is PROVIDER; the reschedule survives."),
    ("k0004", "Dr. Feld wants you to increase sertraline to 100mg daily starting tomorrow and stop the hydroxyzine. Call us if you notice side effects.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("sertraline", "MEDICATION"), ("hydroxyzine", "MEDICATION")],
     ["behavioral-health"], "Dosing instructions are the message; nothing is left once removed. The dose is written after `to`, so it stays outside the MEDICATION span."),
    ("k0005", "Your PHQ-9 score today was 19, which is in the moderately severe range. Dr. Osei would like to see you again in two weeks.",
     "BLOCK", "result", "email", "en",
     [("PHQ-9", "PROCEDURE"), ("19", "RESULT"), ("moderately severe", "RESULT"), ("Dr. Osei", "PROVIDER")],
     ["behavioral-health", "contrast"], "A screening score is a result (scale = PROCEDURE, value = RESULT, README). Decision: a severity word attached to the score is RESULT too."),
    ("k0006", "Your PHQ-9 score today was 8 (mild). Dr. Osei reviewed it and no change to your plan is needed. Message us here with any questions.",
     "ALLOW", "result", "portal", "en",
     [("PHQ-9", "PROCEDURE"), ("was [[8]] (mild)", "RESULT"), ("mild", "RESULT"), ("Dr. Osei", "PROVIDER")],
     ["behavioral-health", "contrast"], "Inside the secure portal a score and its reading may stay (README: channel portal). Same kind of text as k0005 by e-mail, which is BLOCK."),
    ("k0007", "Bloom Eating Disorder Program: your weekly weigh-in and dietitian visit is Wed at 3:15. Please arrive 10 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("Bloom Eating Disorder Program", "SPECIALTY"), ("weigh-in", "PROCEDURE")],
     ["behavioral-health"], "The sender name reveals the condition (specialty-revealing practice name); decision: `weigh-in` in an eating-disorder program is a revealing visit type (PROCEDURE), while `dietitian` is a generic role like `nurse`. `Your visit is Wed at 3:15` survives."),
    ("k0008", "Hi Tessa, per your meal plan this week: 3 meals and 3 snacks, no skipped breakfasts, and no exercise until your next vitals check. Your weight was down 1.2 kg again.",
     "BLOCK", "care-instructions", "email", "en",
     [("Tessa", "NAME"), ("meal plan", "PROCEDURE"), ("1.2 kg", "RESULT")],
     ["behavioral-health"], "A treatment plan plus a measured value: the clinical content is the message. `vitals check` is generic."),
    ("k0009", "May is Mental Health Awareness Month. Join Maple Street Clinic for a free community talk on sleep, stress and screen time, Thursday at 6pm in the library annex. Everyone welcome, no sign-up needed.",
     "ALLOW", "marketing", "email", "en", [],
     ["behavioral-health", "broadcast", "hard-negative"], "An awareness-month event addressed to everyone says nothing about the recipient (README: broadcasts)."),
    ("k0010", "Maple Street Clinic: if you or someone you know is struggling or in crisis, call or text 988 any time, day or night. It's free and confidential.",
     "ALLOW", "other", "sms", "en", [],
     ["behavioral-health", "broadcast", "hard-negative"], "The crisis line given to every patient; 988 is not a phone identifier (README) and the text says nothing about the recipient."),
    ("k0011", "Lakeside Health Partners: you have an appointment with Dr. Chen on 6/9 at 11:00 AM. Need help now? Call or text 988.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Chen", "PROVIDER"), ("6/9", "DATE")],
     ["behavioral-health"], "Decision: a generic safety footer with 988 on an otherwise safe reminder stays ALLOW; it says nothing about this patient and 988 is not a phone identifier."),
    ("k0012", "This is Rosa from the Mobile Crisis Team checking in after Saturday. Your follow-up with the counselor is Monday at 2pm. Call 555-0144 if you need us sooner.",
     "REWRITE", "reminder", "sms", "en",
     [("Rosa", "PROVIDER"), ("Mobile Crisis Team", "SPECIALTY"), ("counselor", "SPECIALTY"), ("555-0144", "PHONE")],
     ["behavioral-health", "practice-contact"], "Decision: a capitalised team that sends the message and names the service is a specialty-revealing practice name (SPECIALTY); `counselor` is a role word that names a specialty. `Your follow-up is Monday at 2pm` survives."),
    ("k0013", "Checking in after your ER visit for suicidal thoughts on 2/22. Please keep using your safety plan and keep the medications locked up as we discussed.",
     "BLOCK", "care-instructions", "sms", "en",
     [("suicidal thoughts", "CONDITION"), ("2/22", "DATE"), ("safety plan", "PROCEDURE")],
     ["behavioral-health"], "Decision: a condition asserted as a fact about the patient (not a visit label) is a finding, and the rest is a treatment instruction: BLOCK."),
    ("k0014", "Hola Marisol, le recordamos su cita de terapia con la Lic. Herrera el jueves 12 de marzo a las 4:00 pm en Clínica Santa Rosa. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("terapia", "PROCEDURE"), ("Lic. Herrera", "PROVIDER"), ("12 de marzo", "DATE")],
     ["behavioral-health"], "Name and visit type (`terapia`) are removable; `su cita con la Lic. Herrera` survives; generic practice name."),
    ("k0015", "Sra. Ibáñez, la Dra. Campos le aumentó la fluoxetina a 40 mg. Tome dos cápsulas cada mañana y no la suspenda de golpe.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ibáñez", "NAME"), ("Dra. Campos", "PROVIDER"), ("fluoxetina", "MEDICATION")],
     ["behavioral-health"], "Dose change and how to take it: dosing instructions are BLOCK. The dose follows `a`, so it is outside the span."),
    ("k0016", "Thanks for the positive feedback about our front desk team! We shared your comments with the whole staff at Maple Street Clinic.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "`positive` describes feedback, not a result."),
    ("k0017", "Statement from Riverbend Behavioral Health: your balance of $45.00 for services on 1/14 is due by 2/28. Pay online at https://pay.example.com or call 555-0150.",
     "REWRITE", "billing", "email", "en",
     [("Riverbend Behavioral Health", "SPECIALTY"), ("1/14", "DATE"), ("2/28", "DATE"),
      ("https://pay.example.com", "URL"), ("555-0150", "PHONE")],
     ["behavioral-health", "practice-contact"], "The billing purpose survives without the specialty-revealing practice name; the payment URL has no patient token."),
    ("k0018", "Hi Mrs. Dalton, this is Jess at Northview Psychiatry. Your son Ethan missed his lithium level draw; his dose can't be adjusted until we have it. Please bring him in tomorrow.",
     "BLOCK", "other", "sms", "en",
     [("Dalton", "NAME"), ("Jess", "PROVIDER"), ("Northview Psychiatry", "SPECIALTY"), ("Ethan", "NAME"), ("lithium level", "PROCEDURE")],
     ["behavioral-health", "third-party", "minor"], "A dependent's medication and monitoring sent to the guardian: third party's health, BLOCK (README)."),
    ("k0019", "Hello, this is Lakeside Health Partners calling to remind you of your telehealth appointment tomorrow at 9 AM with Dr. Osei. Use the link in your portal to join. Goodbye.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Osei", "PROVIDER")],
     ["behavioral-health"], "Decision: `telehealth` is a generic way to meet, not a visit type; provider and time are allowed."),
    ("k0020", "You have a new message from your care team at Pinecrest Mental Health Associates. Log in at https://portal.example.com to read it.",
     "REWRITE", "other", "email", "en",
     [("Pinecrest Mental Health Associates", "SPECIALTY"), ("https://portal.example.com", "URL")],
     ["behavioral-health", "practice-contact"], "A portal nudge is the safe pattern, but the practice name reveals the specialty; `from your care team` survives. Portal nudges use purpose `other` (probe_lib has no portal-notice)."),
)

# ---------------------------------------------------------------- batch 2 (k0021-k0040): substance use
add(
    ("k0021", "Reminder: your Suboxone induction with Dr. Ruiz is Mon 8/3 at 8:30 AM. Please come in already in mild withdrawal, as we discussed (last use at least 12 hours before).",
     "BLOCK", "care-instructions", "sms", "en",
     [("Suboxone", "MEDICATION"), ("induction", "PROCEDURE"), ("Dr. Ruiz", "PROVIDER"), ("8/3", "DATE"), ("mild withdrawal", "CONDITION")],
     ["substance-use"], "Looks like a reminder, but it carries a treatment instruction (arrive in withdrawal, timing of last use); removing it changes what the patient must do, so it cannot go by text."),
    ("k0022", "Cedar Pharmacy: your buprenorphine-naloxone 8-2mg film is ready for pickup. Photo ID required. Open until 9pm.",
     "REWRITE", "pickup", "sms", "en",
     [("buprenorphine-naloxone 8-2mg film", "MEDICATION")],
     ["substance-use", "pharmacy"], "Medication name in a pickup notice (DESIGN): `your prescription is ready` survives. Strength and form follow the drug, so they are in the span."),
    ("k0023", "Your urine drug screen from 7/21 was positive for fentanyl and negative for buprenorphine. Dr. Ruiz needs to see you before your next refill.",
     "BLOCK", "result", "sms", "en",
     [("urine drug screen", "PROCEDURE"), ("7/21", "DATE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"),
      ("negative", "RESULT"), ("buprenorphine", "MEDICATION"), ("Dr. Ruiz", "PROVIDER")],
     ["substance-use", "lab"], "Drug-screen result with the substances (README: substances in a drug-screen result are MEDICATION)."),
    ("k0024", "New Horizons Recovery Center: you've been selected for a random drug screen today. Please come by before 4 PM with photo ID.",
     "REWRITE", "other", "sms", "en",
     [("New Horizons Recovery Center", "SPECIALTY"), ("drug screen", "PROCEDURE")],
     ["substance-use"], "Specialty-revealing practice name and the test name are removable; `please come by before 4 PM` survives. `random` is a modifier outside the test name."),
    ("k0025", "Your methadone dose goes up to 85 mg starting Thursday. You have also earned 2 take-home doses per week; pick them up at the window.",
     "BLOCK", "care-instructions", "sms", "en",
     [("methadone", "MEDICATION"), ("take-home doses", "PROCEDURE")],
     ["substance-use"], "Dose change and treatment-plan change (take-home privileges) at an opioid treatment program: dosing instructions are BLOCK."),
    ("k0026", "Eastside Methadone Clinic: we're open 6:00-9:00 AM only this Monday (Labor Day). Offices reopen Tuesday at the usual time.",
     "REWRITE", "other", "sms", "en",
     [("Eastside Methadone Clinic", "SPECIALTY")],
     ["substance-use", "broadcast"], "Decision: a holiday-hours broadcast is ALLOW by content, but this sender's name tells every recipient's lock screen that they are a methadone patient (Part 2); the hours survive without the name, so REWRITE."),
    ("k0027", "Bridge Program: group meets Tuesday 6-7:30 PM in Room 4 this week (not Room 2). Coffee provided.",
     "ALLOW", "reminder", "sms", "en", [],
     ["substance-use", "hard-negative"], "Decision: a neutral program name and the generic word `group` reveal nothing; room and time are logistics."),
    ("k0028", "Hi Marcus, your Intensive Outpatient Program schedule for next week: Mon/Wed/Thu 9 AM-12 PM. Family night is Wednesday at 6 PM. - Clearwater Counseling",
     "REWRITE", "reminder", "email", "en",
     [("Marcus", "NAME"), ("Intensive Outpatient Program", "PROCEDURE"), ("Clearwater Counseling", "SPECIALTY")],
     ["substance-use", "behavioral-health"], "Decision: a level of care the patient attends is PROCEDURE (README: program); a counseling practice name is specialty-revealing. `your schedule for next week` survives."),
    ("k0029", "Dear Mr. Okafor, your daughter Adaeze relapsed over the weekend and will restart the IOP on Monday. She has consented to us sharing this with you. Please call 555-0162.",
     "BLOCK", "other", "email", "en",
     [("Okafor", "NAME"), ("Adaeze", "NAME"), ("relapsed", "CONDITION"), ("IOP", "PROCEDURE"), ("555-0162", "PHONE")],
     ["substance-use", "third-party"], "A third party's condition and treatment (README). Decision: the patient's consent to tell a relative does not make it sendable by e-mail."),
    ("k0030", "Forgot your portal password? Tap 'Forgot password' on the sign-in page to start the recovery of your password. Our staff will never ask for it by text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "`recovery` is password recovery, not addiction recovery."),
    ("k0031", "Hola Don Efraín, su cita con el consejero de adicciones es el martes 9 de junio a las 10:00 en Centro Nueva Vida. Llame al 555-0148 si no puede venir.",
     "REWRITE", "reminder", "sms", "es",
     [("Efraín", "NAME"), ("consejero de adicciones", "SPECIALTY"), ("9 de junio", "DATE"), ("555-0148", "PHONE")],
     ["substance-use", "practice-contact"], "Name and a role that names the specialty (README: substance-use `consejero`) are removable; `Centro Nueva Vida` is a neutral program name (decision)."),
    ("k0032", "Sr. Paredes, su prueba de orina del 3 de abril salió positiva a cocaína. El consejero hablará con usted el viernes.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("prueba de orina", "PROCEDURE"), ("3 de abril", "DATE"), ("positiva", "RESULT"), ("cocaína", "MEDICATION"), ("consejero", "SPECIALTY")],
     ["substance-use", "lab"], "Drug-screen result with the substance: BLOCK."),
    ("k0033", "Recovery Month 5K Fun Run is this Saturday! Walkers, runners and strollers welcome. Free T-shirts while they last. Hosted by Maple Street Clinic.",
     "ALLOW", "marketing", "sms", "en", [],
     ["substance-use", "broadcast", "hard-negative"], "A community event under an awareness-month name, addressed to everyone."),
    ("k0034", "Reminder: Vivitrol injection appointment Fri 11/6 at 1:45 PM at Lakeside Health Partners. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Vivitrol injection", "MEDICATION"), ("11/6", "DATE")],
     ["substance-use"], "A brand drug as the object of the visit is MEDICATION, the form word goes with it (README: `cortisone injection`); `appointment Fri 11/6 at 1:45 PM` survives."),
    ("k0035", "You missed dosing 3 days in a row. Per clinic policy your methadone restarts at 30 mg when you return - please see the nurse first.",
     "BLOCK", "care-instructions", "sms", "en",
     [("methadone", "MEDICATION")],
     ["substance-use"], "A missed-visit notice that carries a dose plan: dosing instruction, BLOCK. `dosing` alone is left unlabelled (no drug or visit type named)."),
    ("k0036", "Maple House: house meeting moved to Sunday at 7 PM. Reminder that rent for the sober living house is due by Friday.",
     "REWRITE", "other", "sms", "en",
     [("sober living", "PROCEDURE")],
     ["substance-use"], "Decision: `sober living` is a recovery program/level of care (PROCEDURE), `house` generic; `Maple House` is neutral. Meeting time and rent survive."),
    ("k0037", "To Brightline Logistics HR: Kevin Moss is enrolled in our opioid treatment program and may return to work on Monday. Please contact our office with any questions.",
     "BLOCK", "other", "email", "en",
     [("Kevin Moss", "NAME"), ("opioid treatment program", "PROCEDURE")],
     ["substance-use", "third-party"], "A named person's substance-use treatment sent to an employer: a third party's health (and Part 2)."),
    ("k0038", "Pathways Clinic: your appointment with Renee Alvarez, NP is Thursday 6/18 at 3 PM. Please bring your ID and insurance card.",
     "ALLOW", "reminder", "sms", "en",
     [("Renee Alvarez, NP", "PROVIDER"), ("6/18", "DATE")],
     ["substance-use"], "A MAT prescriber's reminder under a neutral clinic name with a generic credential: nothing revealing."),
    ("k0039", "Lakeside Health Partners: a $20 copay is due for your MAT visit on 5/5. Pay at https://pay.example.org/lhp or at the front desk.",
     "REWRITE", "billing", "sms", "en",
     [("MAT", "PROCEDURE"), ("5/5", "DATE"), ("https://pay.example.org/lhp", "URL")],
     ["substance-use", "practice-contact"], "The treatment program names the visit (PROCEDURE); `your visit on 5/5` survives. The practice's own payment URL has no patient token."),
    ("k0040", "Recuerde: coloque la buprenorfina debajo de la lengua, 2 tiras al día, y no la mezcle con alcohol ni benzodiacepinas. - Dr. Ruiz",
     "BLOCK", "care-instructions", "sms", "es",
     [("buprenorfina", "MEDICATION"), ("benzodiacepinas", "MEDICATION"), ("Dr. Ruiz", "PROVIDER")],
     ["substance-use"], "How to take the drug and what to avoid: dosing instruction, BLOCK."),
)

# ---------------------------------------------------------------- batch 3 (k0041-k0058): HIV and sexual health
add(
    ("k0041", "Your STI test results are ready. Log in to the portal to view them or call 555-0171.",
     "REWRITE", "result", "sms", "en",
     [("STI test", "PROCEDURE"), ("555-0171", "PHONE")],
     ["hiv-sexual-health", "contrast", "practice-contact"], "Notification without PHI, except that it names the test (README: a named test is one span with its head word; `results` generic). Same text without `STI` is k0042 (ALLOW)."),
    ("k0042", "Your test results are ready. Log in to the portal to view them or call 555-0171.",
     "ALLOW", "result", "sms", "en",
     [("555-0171", "PHONE")],
     ["hiv-sexual-health", "contrast", "practice-contact"], "The safe pattern: says that results are ready, not what they are; the number is the clinic's own."),
    ("k0043", "Good news - your HIV test from 9/2 was negative and your syphilis RPR was nonreactive. See you in 3 months for your next PrEP refill.",
     "BLOCK", "result", "sms", "en",
     [("HIV test", "PROCEDURE"), ("9/2", "DATE"), ("negative", "RESULT"), ("syphilis RPR", "PROCEDURE"), ("nonreactive", "RESULT"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health", "lab"], "A normal or negative result is still a result (README)."),
    ("k0044", "Your PrEP refill is ready at Oak Street Pharmacy. Please pick it up by Friday or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("PrEP", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy"], "Medication name in a pickup notice; `your refill is ready` survives."),
    ("k0045", "Reminder: your P.r.E.P follow-up and labs are Thursday at 4:10 PM with NP Walsh. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("P.r.E.P", "MEDICATION"), ("NP Walsh", "PROVIDER")],
     ["hiv-sexual-health", "spaced"], "Dotted disguise of PrEP (DESIGN lists `P.r.E.P`); the drug as the object of the visit is MEDICATION, `follow-up` and `labs` generic."),
    ("k0046", "Hi Andre, your viral load is undetectable (<20 copies/mL) and your CD4 count is 612. Keep taking Biktarvy once a day. - Dr. Lin, Positive Health Clinic",
     "BLOCK", "result", "email", "en",
     [("Andre", "NAME"), ("viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("<20 copies/mL", "RESULT"), ("CD4 count", "PROCEDURE"),
      ("612", "RESULT"), ("Biktarvy", "MEDICATION"), ("Dr. Lin", "PROVIDER"), ("Positive Health Clinic", "SPECIALTY")],
     ["hiv-sexual-health", "lab", "contrast"], "Results with values and a treatment instruction by e-mail: BLOCK (compare k0047 on the portal)."),
    ("k0047", "Your viral load is undetectable and your CD4 count is 640. Keep taking your medication every day. Dr. Lin",
     "ALLOW", "result", "portal", "en",
     [("viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("CD4 count", "PROCEDURE"), ("640", "RESULT"), ("Dr. Lin", "PROVIDER")],
     ["hiv-sexual-health", "lab", "contrast"], "Inside the secure portal results may stay (README: channel portal)."),
    ("k0048", "Someone you had sex with recently tested positive for gonorrhea. Please get tested and treated - it's free at County Sexual Health Clinic, walk-ins 8-4.",
     "BLOCK", "other", "sms", "en",
     [("positive", "RESULT"), ("gonorrhea", "CONDITION"), ("County Sexual Health Clinic", "SPECIALTY")],
     ["hiv-sexual-health", "third-party"], "Partner notification by text: a third party's result plus the recipient's exposure; the clinical content is the message."),
    ("k0049", "This is Dana Ortiz with the County Health Department. Please call me at 555-0183 about a personal health matter. Office hours M-F 8-5.",
     "ALLOW", "other", "sms", "en",
     [("Dana Ortiz", "PROVIDER"), ("555-0183", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Decision: a call-back request that names no test, condition or service is ALLOW; the staff sender is PROVIDER and the number is the department's own (how partner services write first contact)."),
    ("k0050", "National HIV Testing Day is this Saturday: free, fast testing for everyone at the Maple Street Clinic mobile van, 10 AM to 3 PM, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["hiv-sexual-health", "broadcast", "hard-negative"], "Awareness-day event open to everyone; says nothing about the recipient."),
    ("k0051", "Hola Luis, su cita en la clínica de VIH es el lunes 14 de septiembre a las 9:00 am con el Dr. Soto.",
     "REWRITE", "reminder", "sms", "es",
     [("Luis", "NAME"), ("VIH", "CONDITION"), ("14 de septiembre", "DATE"), ("Dr. Soto", "PROVIDER")],
     ["hiv-sexual-health"], "Condition as a clinic label keeps the generic word outside (README: `clínica de VIH`); `su cita con el Dr. Soto` survives."),
    ("k0052", "Sr. Mejía, su prueba de sífilis salió reactiva 1:16. Necesita tratamiento con penicilina esta semana. Llame al 555-0177.",
     "BLOCK", "result", "sms", "es",
     [("Mejía", "NAME"), ("prueba de sífilis", "PROCEDURE"), ("reactiva 1:16", "RESULT"), ("penicilina", "MEDICATION"), ("555-0177", "PHONE")],
     ["hiv-sexual-health", "lab", "practice-contact"], "A result with its titer and a treatment plan."),
    ("k0053", "Every patient who completes our 2-minute survey gets a shot at the raffle for a $50 gift card. Thanks for helping Maple Street Clinic improve!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "`a shot at the raffle` is not an injection."),
    ("k0054", "Hi Tyler - your 3-month PrEP visit at Lakeside Health Partners is due. Labs (HIV test and kidney function) are needed before we can send your next refill. Book at https://lakeside.example.com/book.",
     "REWRITE", "recall", "email", "en",
     [("Tyler", "NAME"), ("PrEP", "MEDICATION"), ("HIV test", "PROCEDURE"), ("kidney function", "PROCEDURE"), ("https://lakeside.example.com/book", "URL")],
     ["hiv-sexual-health", "practice-contact"], "A recall: `your visit is due; labs are needed before your next refill` survives once the name, the drug and the named tests are removed. The booking URL is the practice's own, with no token."),
    ("k0055", "Take doxycycline 200 mg within 72 hours after condomless sex, as we discussed at your visit. Don't take more than 200 mg in 24 hours.",
     "BLOCK", "care-instructions", "sms", "en",
     [("doxycycline 200 mg", "MEDICATION")],
     ["hiv-sexual-health"], "Dosing instruction (doxy-PEP). The second `200 mg` is a dose elsewhere in the sentence, not part of a span."),
    ("k0056", "Oak Street Pharmacy: your PEP prescription is ready. Please pick it up today - we're open until 10 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("PEP", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy"], "Medication name in a pickup notice; `prescription` is generic. `your prescription is ready` survives."),
    ("k0057", "Hi, this is Maple Street Clinic. Your partner Chris asked us to tell you that his chlamydia test was positive and that you should be treated too. Please call 555-0119.",
     "BLOCK", "other", "sms", "en",
     [("Chris", "NAME"), ("chlamydia test", "PROCEDURE"), ("positive", "RESULT"), ("555-0119", "PHONE")],
     ["hiv-sexual-health", "third-party", "practice-contact"], "A named partner's result sent to the recipient: third party's health, BLOCK even at the partner's request."),
    ("k0058", "Pride parade parking: our Elm Avenue lot is closed Saturday. Please use the garage on 5th Street; we'll validate at the front desk. - Maple Street Clinic",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community-event parking notice to everyone; street names without a number are not an address."),
)

# ---------------------------------------------------------------- batch 4 (k0059-k0080): reproductive health and fertility
add(
    ("k0059", "Cedar OB/GYN: reminder of your annual exam with Dr. Brooks on 4/2 at 8:15 AM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Cedar OB/GYN", "SPECIALTY"), ("Dr. Brooks", "PROVIDER"), ("4/2", "DATE")],
     ["reproductive"], "A specialty-revealing practice name (README: OB is SPECIALTY); `annual exam` is generic. `your appointment with Dr. Brooks on 4/2` survives."),
    ("k0060", "Your follow-up visit after your procedure is Wed 4/8 at 8:15 AM with Dr. Brooks. Call Maple Street Clinic at 555-0126 with any questions.",
     "ALLOW", "reminder", "sms", "en",
     [("4/8", "DATE"), ("Dr. Brooks", "PROVIDER"), ("555-0126", "PHONE")],
     ["reproductive", "practice-contact"], "Abortion-care follow-up written the safe way: `follow-up`, `visit` and `procedure` are generic (README), generic practice name."),
    ("k0061", "For your medication abortion: take the 4 misoprostol tablets in your cheek 24-48 hours after the mifepristone. If you have heavy bleeding (soaking 2 pads an hour for 2 hours), call 555-0126.",
     "BLOCK", "care-instructions", "sms", "en",
     [("medication abortion", "PROCEDURE"), ("misoprostol", "MEDICATION"), ("mifepristone", "MEDICATION"), ("heavy bleeding", "CONDITION"), ("555-0126", "PHONE")],
     ["reproductive", "negation", "practice-contact"], "Dosing instructions; the symptom is hypothetical but still a CONDITION span (README: symptoms are conditions)."),
    ("k0062", "Reminder: IUD insertion with Dr. Brooks on Tue 5/12 at 9:30 AM at Cedar Family Medicine. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("IUD insertion", "PROCEDURE"), ("Dr. Brooks", "PROVIDER"), ("5/12", "DATE")],
     ["reproductive"], "Procedure as visit type; `appointment with Dr. Brooks on Tue 5/12` survives."),
    ("k0063", "Your birth control refill (Sprintec) is ready at Oak Street Pharmacy.",
     "REWRITE", "pickup", "sms", "en",
     [("birth control", "MEDICATION"), ("Sprintec", "MEDICATION")],
     ["reproductive", "pharmacy"], "Drug class (README: `birth control`) and brand in a pickup notice."),
    ("k0064", "Your pregnancy test today was positive. Dr. Brooks would like you to start prenatal vitamins and schedule a dating ultrasound.",
     "BLOCK", "result", "sms", "en",
     [("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Brooks", "PROVIDER"), ("prenatal vitamins", "MEDICATION"), ("dating ultrasound", "PROCEDURE")],
     ["reproductive"], "A result plus a care plan."),
    ("k0065", "Hi Lauren, we're holding a miscarriage follow-up visit for you on 3/30 at 2:00 PM with Dr. Brooks. We're thinking of you.",
     "REWRITE", "reminder", "sms", "en",
     [("Lauren", "NAME"), ("miscarriage", "CONDITION"), ("3/30", "DATE"), ("Dr. Brooks", "PROVIDER")],
     ["reproductive"], "A condition used as a visit label keeps the generic word outside and is removable (README: `asthma check`); `a follow-up visit on 3/30 with Dr. Brooks` survives."),
    ("k0066", "Your hCG came back at 1,240 and is not doubling as expected. Dr. Brooks is concerned about an ectopic pregnancy; please go to the ER if you have one-sided pain.",
     "BLOCK", "result", "email", "en",
     [("hCG", "PROCEDURE"), ("1,240", "RESULT"), ("not doubling", "RESULT"), ("Dr. Brooks", "PROVIDER"), ("ectopic pregnancy", "CONDITION"), ("one-sided pain", "CONDITION")],
     ["reproductive", "lab"], "A value, a finding, a suspected diagnosis and instructions."),
    ("k0067", "Brightpath Fertility: your egg retrieval is scheduled for 10/14. Please arrive at 6:45 AM and bring a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("Brightpath Fertility", "SPECIALTY"), ("egg retrieval", "PROCEDURE"), ("10/14", "DATE")],
     ["fertility", "reproductive"], "Fertility practice names are specialty-revealing (README); the procedure is the visit type. `your procedure is scheduled for 10/14` survives."),
    ("k0068", "Tonight's instructions: Gonal-f 225 IU and Menopur 75 IU at 8 PM. Trigger shot is NOT tonight. Next monitoring ultrasound Thursday 7 AM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gonal-f 225 IU", "MEDICATION"), ("Menopur 75 IU", "MEDICATION"), ("Trigger shot", "PROCEDURE"), ("monitoring ultrasound", "PROCEDURE")],
     ["fertility", "reproductive", "negation"], "Dosing instructions. Decision: the amount written right after the drug is labelled with it like a strength; `Trigger shot` is PROCEDURE as in the README even when negated."),
    ("k0069", "Your beta hCG today is 312, a positive result. Your next blood test is Friday; we'll message you here with the plan.",
     "ALLOW", "result", "portal", "en",
     [("beta hCG", "PROCEDURE"), ("312", "RESULT"), ("positive", "RESULT")],
     ["fertility", "reproductive", "contrast"], "A result inside the secure portal may stay (README: channel portal)."),
    ("k0070", "Sra. Gutiérrez, su cita para la inserción del DIU es el 22 de mayo a las 11:00 con la Dra. Navarro. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Gutiérrez", "NAME"), ("inserción del DIU", "PROCEDURE"), ("22 de mayo", "DATE"), ("Dra. Navarro", "PROVIDER")],
     ["reproductive"], "Name and procedure are removable; `su cita es el 22 de mayo con la Dra. Navarro` survives."),
    ("k0071", "Hola Daniela, su prueba de embarazo salió negativa. Si su regla no baja en una semana, repita la prueba.",
     "BLOCK", "result", "sms", "es",
     [("Daniela", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("negativa", "RESULT")],
     ["reproductive"], "A negative result is still a result (README), plus a care instruction."),
    ("k0072", "Clínica Santa Rosa: este sábado, feria de salud familiar con vacunas, presión arterial y juegos para niños. ¡Todos bienvenidos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Community health fair for everyone (README: free blood-pressure checks broadcast)."),
    ("k0073", "Hi Ms. Greene, this is the school-based clinic. Your daughter Kayla came in today for a pregnancy test and Plan B. Please call us at 555-0138.",
     "BLOCK", "other", "sms", "en",
     [("Greene", "NAME"), ("Kayla", "NAME"), ("pregnancy test", "PROCEDURE"), ("Plan B", "MEDICATION"), ("555-0138", "PHONE")],
     ["reproductive", "third-party", "minor", "practice-contact"], "A dependent's test and medication sent to the guardian: third party's health, BLOCK (README)."),
    ("k0074", "Brightpath Fertility billing: your IVF cycle package balance of $3,200 is due before your stimulation start. Account 7730-1182. Call 555-0159 to set up a payment plan.",
     "REWRITE", "billing", "email", "en",
     [("Brightpath Fertility", "SPECIALTY"), ("IVF", "PROCEDURE"), ("stimulation", "PROCEDURE"), ("7730-1182", "ACCOUNT"), ("555-0159", "PHONE")],
     ["fertility", "reproductive", "identifier", "practice-contact"], "A balance notice survives once the practice name, procedure names and the unneeded account number are removed."),
    ("k0075", "Quick home safety reminder from Maple Street Clinic: test your smoke alarm and carbon monoxide detector this weekend when the clocks change.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "`test` is a smoke-alarm test."),
    ("k0076", "Time for your next Depo shot! You're due between 1/5 and 1/19. Book online or call Lakeside Health Partners at 555-0123.",
     "REWRITE", "recall", "sms", "en",
     [("Depo shot", "MEDICATION"), ("1/5", "DATE"), ("1/19", "DATE"), ("555-0123", "PHONE")],
     ["reproductive", "practice-contact"], "Decision: `shot` after a drug brand is its form word (like `injection`), so one MEDICATION span; `you're due for a visit between 1/5 and 1/19` survives."),
    ("k0077", "Hello Mark, Jenna asked us to update you: her embryo transfer went well this morning and her first blood test is next week. She should start progesterone in oil tonight.",
     "BLOCK", "other", "email", "en",
     [("Mark", "NAME"), ("Jenna", "NAME"), ("embryo transfer", "PROCEDURE"), ("progesterone in oil", "MEDICATION")],
     ["fertility", "reproductive", "third-party"], "A partner's procedure and medication sent to the recipient: third party's health, BLOCK even at her request."),
    ("k0078", "Reminder: your visit with Maya Lindqvist, CNM is Mon 7/20 at 10:40 AM at Lakeside Health Partners.",
     "REWRITE", "reminder", "sms", "en",
     [("Maya Lindqvist", "PROVIDER"), ("CNM", "SPECIALTY"), ("7/20", "DATE")],
     ["reproductive"], "Decision: CNM (certified nurse-midwife) names a specialty that reveals pregnancy care, so it is a separate SPECIALTY span (README: `DDS`); the name with a credential is PROVIDER."),
    ("k0079", "Did you know? Maple Street Clinic offers birth control counseling, STI testing and vaccines for all patients. Same-day visits available - call 555-0110.",
     "ALLOW", "marketing", "sms", "en",
     [("555-0110", "PHONE")],
     ["reproductive", "broadcast", "practice-contact"], "Decision: service words inside a broadcast to every patient say nothing about the recipient and are not labelled; the practice's own phone still is."),
    ("k0080", "Your NIPT results are low risk for trisomy 21, 18 and 13, and the baby is a girl! Dr. Brooks will go over them at your 20-week visit.",
     "BLOCK", "result", "sms", "en",
     [("NIPT", "PROCEDURE"), ("low risk", "RESULT"), ("trisomy 21, 18 and 13", "CONDITION"), ("girl", "RESULT"), ("Dr. Brooks", "PROVIDER"), ("20-week", "PROCEDURE")],
     ["reproductive", "lab"], "Screening result. Decisions: fetal sex from the test is a RESULT; `20-week` names a pregnancy visit type (PROCEDURE, `visit` outside)."),
)

# ---------------------------------------------------------------- batch 5 (k0081-k0090): gender-affirming care
add(
    ("k0081", "Oak Street Pharmacy: your estradiol valerate 20 mg/mL vial is ready for pickup. We're open until 9 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("estradiol valerate 20 mg/mL vial", "MEDICATION")],
     ["pharmacy"], "Medication name with strength and form in a pickup notice."),
    ("k0082", "Hi Alex, your testosterone level came back at 1,150 ng/dL, which is high. Dr. Kaur wants you to lower your testosterone cypionate to 0.4 mL once a week.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Alex", "NAME"), ("testosterone level", "PROCEDURE"), ("1,150 ng/dL", "RESULT"), ("high", "RESULT"), ("Dr. Kaur", "PROVIDER"), ("testosterone cypionate", "MEDICATION")],
     ["primary-care", "lab"], "A value with its reading and a dose change. Tagged primary-care (decision: gender-affirming care has no service tag)."),
    ("k0083", "Lakeside Health Partners: your appointment with Dr. Kaur is on 8/11 at 3:30 PM. We use the name and pronouns you share with us at every check-in.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Kaur", "PROVIDER"), ("8/11", "DATE")],
     ["primary-care"], "Decision: asking every patient for name and pronouns is a practice-wide statement, not a clinical term; logistics only."),
    ("k0084", "Reminder: your gender-affirming hormone therapy follow-up with Dr. Kaur is Thursday at 1:00 PM. Labs first at 12:30.",
     "REWRITE", "reminder", "sms", "en",
     [("gender-affirming hormone therapy", "PROCEDURE"), ("Dr. Kaur", "PROVIDER")],
     ["primary-care"], "A therapy named as the visit type; `your follow-up with Dr. Kaur is Thursday at 1:00 PM` survives."),
    ("k0085", "Your letter of support for top surgery from Jamie Cole, LMFT has been sent to Dr. Ashby's office. Your diagnosis code F64.0 is included as your insurer requires.",
     "BLOCK", "other", "email", "en",
     [("top surgery", "PROCEDURE"), ("Jamie Cole", "PROVIDER"), ("LMFT", "SPECIALTY"), ("Dr. Ashby", "PROVIDER"), ("F64.0", "CONDITION")],
     ["primary-care", "behavioral-health"], "A diagnosis travels in the text. Decisions: an ICD-10 code is a CONDITION; LMFT names a specialty (separate SPECIALTY span)."),
    ("k0086", "Join Maple Street Clinic's booth at the Pride festival this Sunday - free water, sunscreen and blood-pressure checks for everyone.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community event for everyone."),
    ("k0087", "Hi Mrs. Novak, just confirming that Riley's puberty blocker implant is scheduled for next Tuesday with Dr. Kaur in pediatric endocrinology.",
     "BLOCK", "reminder", "sms", "en",
     [("Novak", "NAME"), ("Riley", "NAME"), ("puberty blocker implant", "MEDICATION"), ("Dr. Kaur", "PROVIDER"), ("pediatric endocrinology", "SPECIALTY")],
     ["pediatrics", "third-party", "minor"], "A dependent's medication sent to the guardian is BLOCK (README: `your son's ADHD meds`), even in a scheduling message. Decision: `implant` is the form word, inside the MEDICATION span."),
    ("k0088", "{{practice_name}}: a new statement is ready in your portal. Pay at https://pay.example.org/lhp or call 555-0123, Mon-Fri 8-5.",
     "ALLOW", "billing", "sms", "en",
     [("https://pay.example.org/lhp", "URL"), ("555-0123", "PHONE")],
     ["general", "template", "practice-contact"], "Template with a placeholder that carries no patient data; practice URL and phone only."),
    ("k0089", "Hola Sofía, la Dra. Kaur revisó su nivel de estradiol (85 pg/mL) y va a subir la espironolactona a 100 mg al día a partir del lunes.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Sofía", "NAME"), ("Dra. Kaur", "PROVIDER"), ("nivel de estradiol", "PROCEDURE"), ("85 pg/mL", "RESULT"), ("espironolactona", "MEDICATION")],
     ["primary-care", "lab"], "A result and a dose change."),
    ("k0090", "Clínica Santa Rosa: su cita con la Dra. Kaur es el 3 de agosto a las 2:00 pm. Para cambiarla llame al 555-0147.",
     "ALLOW", "reminder", "voice", "es",
     [("Dra. Kaur", "PROVIDER"), ("3 de agosto", "DATE"), ("555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, generic practice name and its own phone."),
)

# ---------------------------------------------------------------- batch 6 (k0091-k0098): domestic violence and sexual assault
add(
    ("k0091", "Your SANE exam from Saturday documented bruising and a tear; the evidence kit is now with police. Dr. Ames prescribed PEP for 28 days - take it every day.",
     "BLOCK", "result", "sms", "en",
     [("SANE exam", "PROCEDURE"), ("bruising", "CONDITION"), ("a [[tear]]", "CONDITION"), ("evidence kit", "PROCEDURE"), ("Dr. Ames", "PROVIDER"), ("PEP", "MEDICATION")],
     ["behavioral-health", "hiv-sexual-health"], "Findings and a treatment instruction after a sexual-assault exam. Tags: DV/SA services are tagged behavioral-health, plus hiv-sexual-health for exam/PEP (decision)."),
    ("k0092", "October is Domestic Violence Awareness Month. Help is free, confidential and available 24/7 for anyone who needs it. - Maple Street Clinic",
     "ALLOW", "marketing", "sms", "en", [],
     ["behavioral-health", "broadcast", "hard-negative"], "Awareness-month broadcast to everyone; `24/7` is not a date."),
    ("k0093", "Maple Street Clinic: your appointment with Nadia Farah, LCSW is Thursday 9/24 at 11:00 AM. Reply STOP to end texts.",
     "ALLOW", "reminder", "sms", "en",
     [("Nadia Farah, LCSW", "PROVIDER"), ("9/24", "DATE")],
     ["behavioral-health"], "A DV counselor's reminder written safely; decision: LCSW is a generic credential."),
    ("k0094", "Hi Carmen, this is Beth from the Sexual Assault Response Program. Your follow-up with the nurse examiner is Monday 10/5 at 2 PM. Call 555-0166 if you need to change it.",
     "REWRITE", "reminder", "sms", "en",
     [("Carmen", "NAME"), ("Beth", "PROVIDER"), ("Sexual Assault Response Program", "SPECIALTY"), ("nurse examiner", "SPECIALTY"), ("10/5", "DATE"), ("555-0166", "PHONE")],
     ["behavioral-health", "hiv-sexual-health", "practice-contact"], "Decisions: the sending program's name reveals the service (SPECIALTY); `nurse examiner` is a role that names the specialty (SANE), unlike plain `nurse`. `Your follow-up is Monday 10/5 at 2 PM` survives."),
    ("k0095", "Mr. Hayes, your wife Dana is safe and is staying at our shelter. She has asked that you not contact her. Please do not come to the clinic.",
     "BLOCK", "other", "sms", "en",
     [("Hayes", "NAME"), ("Dana", "NAME"), ("shelter", "PROCEDURE")],
     ["behavioral-health", "third-party"], "A third party's DV services sent to her partner. Decision: a DV shelter stay is a service/program (PROCEDURE)."),
    ("k0096", "This is Nadia from the clinic. Please call me at 555-0166 when it is safe to talk. No need to reply to this text.",
     "ALLOW", "other", "sms", "en",
     [("Nadia", "PROVIDER"), ("555-0166", "PHONE")],
     ["behavioral-health", "practice-contact"], "Decision: a call-back request naming no service or condition is ALLOW; staff sender is PROVIDER, the number is the clinic's."),
    ("k0097", "Sra. Rentería, su examen forense del 12 de julio está completo y el kit de evidencia ya se entregó a la policía. Su defensora la llamará esta semana.",
     "BLOCK", "other", "sms", "es",
     [("Rentería", "NAME"), ("examen forense", "PROCEDURE"), ("12 de julio", "DATE"), ("kit de evidencia", "PROCEDURE")],
     ["behavioral-health", "hiv-sexual-health"], "The message is the status of a forensic exam and its evidence: removing the procedure names still leaves `handed to the police` about the patient, so nothing safe survives. Decision: `defensora` (advocate) is a generic role, unlabelled."),
    ("k0098", "Centro de Salud Los Pinos: si usted o alguien que conoce está en crisis, llame o envíe un texto al 988. Es gratis y confidencial, las 24 horas.",
     "ALLOW", "other", "sms", "es", [],
     ["behavioral-health", "broadcast", "hard-negative"], "Crisis line given to everyone; 988 is not a phone identifier."),
)

# ---------------------------------------------------------------- batch 7 (k0099-k0106): genetic counseling
add(
    ("k0099", "Reminder: your genetic counseling appointment with Leena Nair, MS, CGC is on 2/9 at 10:00 AM (video visit). A link will be sent 15 min before.",
     "REWRITE", "reminder", "sms", "en",
     [("genetic counseling", "PROCEDURE"), ("Leena Nair, MS", "PROVIDER"), ("CGC", "SPECIALTY"), ("2/9", "DATE")],
     ["lab", "oncology", "contrast"], "Decisions: `genetic counseling` is a visit type (PROCEDURE, like `therapy`); CGC names a specialty (SPECIALTY), MS is generic. Compare k0106."),
    ("k0100", "Your BRCA2 test found a pathogenic variant, which raises your risk of breast and ovarian cancer. Your genetic counselor, Leena Nair, will call you Tuesday to talk about next steps.",
     "BLOCK", "result", "email", "en",
     [("BRCA2 test", "PROCEDURE"), ("pathogenic variant", "RESULT"), ("breast and ovarian cancer", "CONDITION"), ("genetic counselor", "SPECIALTY"), ("Leena Nair", "PROVIDER")],
     ["lab", "oncology"], "A genetic finding and its meaning: the result is the message."),
    ("k0101", "Hi Tom, your sister Grace tested positive for Lynch syndrome. Because it runs in families, she asked us to let you know you may want testing too.",
     "BLOCK", "other", "sms", "en",
     [("Tom", "NAME"), ("Grace", "NAME"), ("positive", "RESULT"), ("Lynch syndrome", "CONDITION")],
     ["lab", "oncology", "third-party"], "Cascade testing outreach naming a relative's result: third party's health, BLOCK even at her request."),
    ("k0102", "Your carrier screening results are in: you are not a carrier for cystic fibrosis or spinal muscular atrophy. No further testing is needed. - Leena Nair, MS",
     "ALLOW", "result", "portal", "en",
     [("carrier screening", "PROCEDURE"), ("not a carrier", "RESULT"), ("cystic fibrosis", "CONDITION"), ("spinal muscular atrophy", "CONDITION"), ("Leena Nair, MS", "PROVIDER")],
     ["lab", "reproductive", "negation", "contrast"], "A negative result inside the secure portal may stay (README: channel portal)."),
    ("k0103", "Before your next annual physical, please update your family health history in the portal: parents, siblings and grandparents. It takes about 5 minutes.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A form request sent to every patient; `annual physical` is generic primary care (README)."),
    ("k0104", "Sr. Castillo, su cita de asesoría genética es el 18 de noviembre a las 9:30 en el Departamento de Genética del Hospital San Lucas.",
     "REWRITE", "reminder", "sms", "es",
     [("Castillo", "NAME"), ("asesoría genética", "PROCEDURE"), ("18 de noviembre", "DATE"), ("Departamento de Genética", "SPECIALTY")],
     ["lab", "oncology"], "Name, visit type and a specialty department are removable; `su cita es el 18 de noviembre a las 9:30 en el Hospital San Lucas` survives."),
    ("k0105", "Sra. Lozano, el resultado de su prueba genética muestra una variante en el gen BRCA1. La asesora genética la llamará mañana.",
     "BLOCK", "result", "sms", "es",
     [("Lozano", "NAME"), ("prueba genética", "PROCEDURE"), ("variante en el gen BRCA1", "RESULT"), ("asesora genética", "SPECIALTY")],
     ["lab", "oncology"], "A genetic finding. Decision: `asesora genética` is a role that names the specialty."),
    ("k0106", "Lakeside Health Partners: your video visit with Leena Nair, MS is Tue 2/16 at 1:00 PM. Join at https://lakeside.example.com/visit 5 minutes early.",
     "ALLOW", "reminder", "email", "en",
     [("Leena Nair, MS", "PROVIDER"), ("2/16", "DATE"), ("https://lakeside.example.com/visit", "URL")],
     ["lab", "contrast", "practice-contact"], "The same genetic counselor written with a generic credential only, generic practice name and its own join link (no token): ALLOW. Compare k0099."),
)

# ---------------------------------------------------------------- batch 8 (k0107-k0120): disguises, long e-mails, more hard negatives
add(
    ("k0107", "ur h1v viral l0ad is back up to 4,200. dr lin wants u back on ur meds every day, no missed doses",
     "BLOCK", "result", "sms", "en",
     [("h1v viral l0ad", "PROCEDURE"), ("4,200", "RESULT"), ("dr lin", "PROVIDER")],
     ["hiv-sexual-health", "leet", "shorthand"], "Leetspeak disguise of a result with its value plus a treatment instruction; the named test is one span."),
    ("k0108", "Reminder: your meth\u200badone intake with the counselor is Wednesday at 8 AM. Bring ID and your insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("meth\u200badone", "MEDICATION"), ("counselor", "SPECIALTY")],
     ["substance-use"], "Zero-width space inside `methadone`; the drug as the object of the visit is MEDICATION. Decision: `intake` is a generic visit word; `counselor` names the specialty. `your appointment is Wednesday at 8 AM` survives."),
    ("k0109", "Your Sub\u043ex\u043ene dose is changing to 12 mg daily (1.5 films). Start tomorrow. - Dr. Ruiz",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sub\u043ex\u043ene", "MEDICATION"), ("Dr. Ruiz", "PROVIDER")],
     ["substance-use"], "Cyrillic look-alike `о` in Suboxone; a dose change is BLOCK."),
    ("k0110", "Subject: What's new at Lakeside Health Partners this fall\n\nDear patients,\n\nA few updates for everyone we care for:\n\n- Evening hours: we're now open until 7 PM on Tuesdays and Thursdays.\n- New groups open to any patient, no referral needed: mindfulness for stress, grief support, and a new-parents circle. Sign up at the front desk.\n- Parking: the north lot is being repaved through the end of the month; please use the garage on Birch Street.\n- Flu shots and COVID boosters are available to all patients 6 months and older at any visit, or walk in Saturdays 9-12.\n- Our patient portal has a new look; your login stays the same.\n- If you or someone you love is in crisis, call or text 988 any time.\n\nOur address is 410 Harbor Road, Suite 200, Portland, ME 04101, and you can reach us at 555-0123 or https://lakeside.example.com.\n\nWarm regards,\nThe Lakeside Health Partners team",
     "ALLOW", "marketing", "email", "en",
     [("410 Harbor Road, Suite 200, Portland, ME 04101", "ADDRESS"), ("555-0123", "PHONE"), ("https://lakeside.example.com", "URL")],
     ["behavioral-health", "broadcast", "practice-contact"], "A newsletter to every patient: group offerings, hours, parking and 988 say nothing about the recipient; the practice's own address, phone and site are ALLOW."),
    ("k0111", "Hi Jordan,\n\nCongratulations on completing the Intensive Outpatient Program at Clearwater Counseling! Here is a summary for your records:\n\nDiagnoses: alcohol use disorder, moderate; generalized anxiety disorder.\nMedications at discharge: naltrexone 50 mg once daily; escitalopram 10 mg once daily.\nLast breathalyzer: 0.00 on 4/28.\n\nYour aftercare plan: weekly therapy with Sam Patel, LPC, Thursdays at 5 PM, and two AA meetings a week. If things get hard, please don't wait - call us at 555-0162, or call or text 988 any time.\n\nWe're proud of you.\nClearwater Counseling",
     "BLOCK", "care-instructions", "email", "en",
     [("Jordan", "NAME"), ("Intensive Outpatient Program", "PROCEDURE"), ("Clearwater Counseling", "SPECIALTY"),
      ("alcohol use disorder", "CONDITION"), ("moderate", "RESULT"), ("generalized anxiety disorder", "CONDITION"),
      ("naltrexone 50 mg", "MEDICATION"), ("escitalopram 10 mg", "MEDICATION"), ("breathalyzer", "PROCEDURE"), ("0.00", "RESULT"),
      ("4/28", "DATE"), ("therapy", "PROCEDURE"), ("Sam Patel", "PROVIDER"), ("LPC", "SPECIALTY"), ("AA", "PROCEDURE"),
      ("555-0162", "PHONE"), ("Clearwater Counseling", "SPECIALTY", 1)],
     ["substance-use", "behavioral-health", "practice-contact"], "A discharge summary by e-mail: diagnoses, medications, a result and the treatment plan. Decisions: severity `moderate` is RESULT; LPC names a specialty; `AA` is a program (PROCEDURE), `meetings` generic."),
    ("k0112", "Subject: Your first visit at Lakeside Health Partners\n\nHello,\n\nThank you for scheduling with us. Your first appointment is on Monday, 9/14 at 9:00 AM with Dr. Amara Osei. Please arrive 20 minutes early to complete paperwork, and bring a photo ID, your insurance card and a list of any medicines you take.\n\nWe are at 410 Harbor Road, Suite 200, Portland, ME 04101 (free parking in the north lot). If you need to cancel, please give us 24 hours' notice at 555-0123 or reply to frontdesk@lakeside.example.com.\n\nIf you ever need help right away, call or text 988.\n\nSee you soon,\nFront Desk, Lakeside Health Partners",
     "ALLOW", "reminder", "email", "en",
     [("9/14", "DATE"), ("Dr. Amara Osei", "PROVIDER"), ("410 Harbor Road, Suite 200, Portland, ME 04101", "ADDRESS"),
      ("555-0123", "PHONE"), ("frontdesk@lakeside.example.com", "EMAIL")],
     ["behavioral-health", "practice-contact"], "A new psychiatric patient's welcome e-mail with logistics only; `a list of any medicines you take` is generic; 988 footer (decision: does not reveal anything about the patient)."),
    ("k0113", "Centro de Salud Los Pinos: le recordamos su cita con la Dra. Campos el miércoles 7 de octubre a las 10:30. Si no puede venir, llame al 555-0135.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Campos", "PROVIDER"), ("7 de octubre", "DATE"), ("555-0135", "PHONE")],
     ["behavioral-health", "practice-contact"], "A psychiatrist's reminder written safely: provider, date, generic practice name and its own phone."),
    ("k0114", "Centro de Salud Los Pinos: la prueba de la alarma contra incendios será el martes a las 10 am. No es necesario salir del edificio.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "`prueba` is a fire-alarm test."),
    ("k0115", "Good news: our new parking garage is open! A positive change for everyone - first hour free.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "`Good news` and `positive` describe a garage, not a result."),
    ("k0116", "Start your new birth control pack (Junel) on Sunday and take one tablet at the same time every day. Use a backup method for the first 7 days. - NP Walsh",
     "ALLOW", "care-instructions", "portal", "en",
     [("birth control", "MEDICATION"), ("Junel", "MEDICATION"), ("NP Walsh", "PROVIDER")],
     ["reproductive", "contrast"], "How-to-take instructions are fine inside the secure portal (README: channel portal); by SMS the same text would be BLOCK."),
    ("k0117", "Señora Vega, le informamos que su esposo Rubén no ha venido a tomar su metadona desde el lunes. Por favor pídale que llame al 555-0172.",
     "BLOCK", "other", "sms", "es",
     [("Vega", "NAME"), ("Rubén", "NAME"), ("metadona", "MEDICATION"), ("555-0172", "PHONE")],
     ["substance-use", "third-party", "practice-contact"], "A spouse's substance-use treatment told to the recipient: third party's health (and Part 2)."),
    ("k0118", "Sober October challenge: Maple Street Clinic staff are going alcohol-free this month. Join us and share your favorite mocktail!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A wellness challenge addressed to everyone; says nothing about the recipient."),
    ("k0119", "We missed you at your appointment today with Dr. Osei. Please call 555-0123 to reschedule - we'd like to see you soon.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("555-0123", "PHONE")],
     ["behavioral-health", "practice-contact"], "A missed-visit notice with provider and the practice's phone only."),
    ("k0120", "hiv test reactive - call us",
     "BLOCK", "result", "sms", "en",
     [("hiv test", "PROCEDURE"), ("reactive", "RESULT")],
     ["hiv-sexual-health", "shorthand"], "A result in shorthand, lower case: the result is the message."),
)


# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "k", "probe12.jsonl")
