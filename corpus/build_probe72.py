#!/usr/bin/env python3
"""Build corpus/probe72.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe72.py [OUT] [-v]   (default: probe72.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read).
This round is SCHOOLS, COLLEGES, CAMPS AND EMPLOYERS: what school nurses, college student health
centers, counseling centers, summer camps, athletic trainers and occupational-health or
employee-health offices send to students, parents, athletes and employees (immunization
compliance holds, physical-form reminders, medication-at-school authorizations, concussion
protocols, return-to-play and return-to-work clearances, TB tests, flu clinics, drug screens,
accommodation letters, counseling appointments, outbreak notices), with hard negatives from school
life (class schedules, "physical education", "test" as an exam, "shots" in basketball, "the
nurse's office is closed", booster clubs, blood drives, swim tests, cell-culture lab reports).
About 16% Spanish; 4 disguised messages (spaced letters, zero-width space, leet, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Immunization compliance: a vaccine, titer or TB test that is missing from the record or due
     (the student's own, or a dependent's sent to the guardian) is a routine visit type: the
     vaccine is PROCEDURE and the message REWRITE (name and vaccine go, the deadline survives),
     like "your flu shot appointment". An exposure to a case, or an exclusion because the child
     is unvaccinated AND exposed, is a third party's health: BLOCK.
  2. A vaccine name with its head word (vaccine, shot, booster, series, refuerzo, vacuna contra
     ...) is one PROCEDURE span, like "flu shot" / "HIV test"; "dose" stays outside.
  3. Sports, camp, pre-participation (PPE) and pre-employment physicals are generic physicals
     (not labelled); ImPACT baseline/post-injury testing, drug screens, TB skin/blood tests,
     titers, respirator fit tests, audiograms, vision screenings and fitness-for-duty evaluations
     are PROCEDURE.
  4. Clearance and work/play status ("cleared for full contact", "cleared with restrictions",
     "modified duty", "restricted from driving", "con restricciones") is the finding of an
     evaluation: RESULT, so BLOCK outside the portal. "Return to play", "return-to-work",
     "return-to-learn" used as a visit, protocol or evaluation name are PROCEDURE.
  5. School, camp and employer staff named in their role or as the sender (Coach Ramirez,
     enfermera Lupita, Nurse Fiona, an athletic trainer) are PROVIDER, extending the README's
     front-desk rule; ATC / "athletic trainer" is a generic credential like RN, kept inside the
     PROVIDER span and not SPECIALTY.
  6. Practice names: Student Health (Center/Services), Employee Health, Occupational Health /
     Salud Ocupacional, a school health office / enfermería and a Wellness Center are generic (not
     labelled). Counseling centers (CAPS, Counseling Services, Centro de Consejería), Accessibility
     / Disability Resources, Sports Medicine practices and a camp named for a condition are
     specialty-revealing (SPECIALTY, or the condition as a CONDITION label: "diabetes camp").
  7. Student IDs, employee numbers, drug-test specimen IDs and workers' compensation claim
     numbers are OTHER_ID.
  8. A school-, camp- or campus-wide outbreak or screening notice that names no student and says
     nothing about the recipient's own child is a broadcast (ALLOW, no span — calendar dates and
     the practice's own contact details are still labelled as the README asks).
  9. A dependent's non-routine but removable visit type (a concussion "return-to-learn" meeting)
     with the child's name is REWRITE, extending the README's dependent-logistics rule beyond
     "routine" visit types: the procedure and name can be removed and the logistics survive.
 10. A generic medication form or "meds" for a named student is REWRITE (the README lists
     `medications` as generic); a named drug or device for a dependent is BLOCK (third party).
 11. Any message to a coach, HR or an employer about a named student's or employee's health is a
     third party's health: BLOCK.
 12. No school/occupational service tag exists: pediatrics for K-12 and camps (minors),
     primary-care for college and employee health, behavioral-health for counseling centers,
     orthopedics for sports medicine and concussions, lab for drug screens and TB/titer/lead
     tests, general for broadcasts and non-clinical notices.
 13. Purposes: compliance holds asking for a document by a deadline are `reminder`; notices of
     a status with no request are `other`; clearances and screen outcomes are `result`.

Everything is invented: names, schools, camps, employers, 555-01xx numbers, example domains,
identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bw0001-bw0012): college immunization holds, TB tests
add(
    ("bw0001", "Ridgeview University Student Health: A hold has been placed on your student account. Log in to the patient portal at health.ridgeview.example to see what's needed before you can register for spring classes.",
     "ALLOW", "portal-notice", "email", "en",
     [("health.ridgeview.example", "URL")],
     ["primary-care", "practice-contact"], "Hold notice that says only that something is needed; the portal address is the practice's own. Student Health is a generic practice name (decision 6)."),
    ("bw0002", "Hi Priya, our records show you are still missing your second MMR dose. Upload documentation by 8/15 to avoid a registration hold. - Ridgeview Student Health",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("MMR", "PROCEDURE"), ("8/15", "DATE")],
     ["primary-care"], "Own missing vaccine is a routine visit type: name and vaccine go, deadline survives (decisions 1, 2: 'dose' stays outside)."),
    ("bw0003", "IMMUNIZATION COMPLIANCE REPORT\nStudent: Tomasz Wieczorek | DOB 02/19/2006 | Student ID 700482211\nStatus: NON-COMPLIANT - MenACWY booster not on file. Registration hold applied.",
     "BLOCK", "other", "email", "en",
     [("Tomasz Wieczorek", "NAME"), ("02/19/2006", "DATE"), ("700482211", "OTHER_ID"), ("MenACWY booster", "PROCEDURE")],
     ["primary-care", "dob"], "Full date of birth with the student's name must not travel by e-mail; the student ID is OTHER_ID (decision 7)."),
    ("bw0004", "Hola Daniela, el Centro de Salud Estudiantil todavía no ha recibido tu comprobante de la vacuna contra la meningitis. Súbelo al portal antes del 1 de septiembre para evitar un bloqueo en tu inscripción.",
     "REWRITE", "reminder", "sms", "es",
     [("Daniela", "NAME"), ("vacuna contra la meningitis", "PROCEDURE"), ("1 de septiembre", "DATE")],
     ["primary-care"], "Missing vaccine record is logistics: name and vaccine go (decisions 1, 2: the vaccine name is one span even though it contains a condition word)."),
    ("bw0005", "Reminder to all incoming first-year students: immunization records are due June 30. Requirements and forms: ridgeview.example/immunizations. Questions? Call (608) 555-0142.",
     "ALLOW", "reminder", "sms", "en",
     [("June 30", "DATE"), ("ridgeview.example/immunizations", "URL"), ("(608) 555-0142", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Broadcast to every incoming student; the date and the practice's own link and phone are labelled but allowed (decision 8)."),
    ("bw0006", "Reminder: your TB skin test (PPD) must be read Thursday between 8:00 and 10:30 AM at Student Health, Room 114. If it isn't read within 72 hrs you'll need to start over.",
     "REWRITE", "reminder", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("PPD", "PROCEDURE")],
     ["primary-care", "lab"], "Own test logistics; the test names go, the read window survives. The 72-hour rule is logistics, not a treatment instruction."),
    ("bw0007", "Your QuantiFERON result came back positive. A clinician will call you today to discuss a chest x-ray and next steps. Please do not reply to this text.",
     "BLOCK", "result", "sms", "en",
     [("QuantiFERON", "PROCEDURE"), ("positive", "RESULT"), ("chest x-ray", "PROCEDURE")],
     ["primary-care", "lab"], "A test result is the message; removal cannot make it safe."),
    ("bw0008", "Good news: your registration hold has been cleared. You may now register for classes through the student portal.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Administrative hold cleared; 'cleared' here is not a medical clearance and nothing names a vaccine or test."),
    ("bw0009", "{{school_name}} Health Office: Compliance reminder - your student's immunization record must be current by {{due_date}}. Upload at {{portal_link}} or drop a copy at the front office.",
     "ALLOW", "reminder", "sms", "en", [],
     ["pediatrics", "template", "broadcast", "hard-negative"], "Template with content-free placeholders; a generic records reminder that names no vaccine and does not say the record is deficient (decision 1)."),
    ("bw0010", "Ms. Harlow, per state law Owen cannot attend school starting Monday 10/6 until we receive proof of his 2nd varicella dose or a signed exemption. Call the health office at (608) 555-0177.",
     "REWRITE", "reminder", "sms", "en",
     [("Harlow", "NAME"), ("Owen", "NAME"), ("10/6", "DATE"), ("varicella", "PROCEDURE"), ("(608) 555-0177", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Judgement (decision 1): a missing-record exclusion is compliance logistics about a routine vaccine, not an exposure; names and vaccine go, date and call-back survive."),
    ("bw0011", "Escuela Primaria Los Pinos: La enfermería estará cerrada el viernes por capacitación del personal. En caso de emergencia, llame a la oficina principal al (915) 555-0163.",
     "ALLOW", "other", "sms", "es",
     [("(915) 555-0163", "PHONE")],
     ["pediatrics", "practice-contact"], "Closure notice of the school health office; the school's own phone."),
    ("bw0012", "Hold notice - Student ID 2231-0945: Hepatitis B series incomplete (1 of 3 doses on file). Submit your records through the health portal to have the hold removed.",
     "REWRITE", "other", "email", "en",
     [("2231-0945", "OTHER_ID"), ("Hepatitis B series", "PROCEDURE")],
     ["primary-care", "identifier"], "Own vaccine series incomplete: the vaccine and the student ID go (decisions 1, 2, 7); the dose count is record-keeping, not a clinical value."),
)

# ---------------------------------------------------------------- batch 2 (bw0013-bw0024): sports and camp physicals, hard negatives
add(
    ("bw0013", "Lakeside HS Athletics: Fall sports physicals must be turned in to the athletic office BEFORE the first practice. No form, no practice! Forms are on the athletics page.",
     "ALLOW", "reminder", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast to all athletes; a sports physical is a generic physical (decision 3)."),
    ("bw0014", "Hi Mateo! Your pre-participation physical is booked with Dr. Kessler on Tue 7/29 at 3:40 at Lakeside Sports Medicine. Bring your glasses or contacts if you wear them.",
     "REWRITE", "reminder", "sms", "en",
     [("Mateo", "NAME"), ("Dr. Kessler", "PROVIDER"), ("7/29", "DATE"), ("Lakeside Sports Medicine", "SPECIALTY")],
     ["orthopedics", "pediatrics"], "Generic physical, but the patient's name and a sports-medicine practice name go (decisions 3, 6)."),
    ("bw0015", "Physical Education 9: we start the swimming unit Monday. Bring a towel and a swimsuit; caps are provided. Students with a note from home may sit out and will do a written assignment.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Physical education class notice; 'physical' and 'a note from home' are not clinical."),
    ("bw0016", "chem test moved to thurs!! ch 6-7, bring a calculator. positive attitudes only lol",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "shorthand"], "A chemistry exam, and 'positive' as an attitude."),
    ("bw0017", "Varsity girls: great win! We shot 48% from the field. Film session tomorrow 7am, then shots and free throws. Rest up and hydrate.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Basketball shots and percentages, not vaccines or results."),
    ("bw0018", "Pinecrest Pediatrics: Ava's camp physical form is signed and ready. Pick it up at the front desk, or reply FAX and we'll fax it straight to the camp.",
     "REWRITE", "other", "sms", "en",
     [("Pinecrest Pediatrics", "SPECIALTY"), ("Ava", "NAME")],
     ["pediatrics", "minor"], "Dependent's routine paperwork with a name and a pediatric practice name: REWRITE like the patient's own."),
    ("bw0019", "Mrs. Boateng, Dr. Lin heard a heart murmur at Kwame's sports physical today, so we can't sign his clearance until he is seen by pediatric cardiology. The referral has been sent.",
     "BLOCK", "other", "sms", "en",
     [("Boateng", "NAME"), ("Dr. Lin", "PROVIDER"), ("heart murmur", "CONDITION"), ("Kwame", "NAME"), ("pediatric cardiology", "SPECIALTY")],
     ["pediatrics", "cardiology", "minor", "third-party"], "A finding about a dependent is the message: third party's health."),
    ("bw0020", "Hola, le recordamos que el examen físico deportivo de Santiago es el jueves 14 de agosto a las 4:15 pm con la Dra. Ibarra. Traiga el formulario de la escuela firmado por usted.",
     "REWRITE", "reminder", "sms", "es",
     [("Santiago", "NAME"), ("14 de agosto", "DATE"), ("Dra. Ibarra", "PROVIDER")],
     ["pediatrics", "minor"], "Sports physical is generic (decision 3); only the child's name goes."),
    ("bw0021", "Your physical exam form is ready for pickup at Student Health Services, Mon-Fri 8:30-4:30. Please bring a photo ID.",
     "ALLOW", "pickup", "sms", "en", [],
     ["primary-care", "hard-negative"], "Generic physical form pickup from a generic practice name (decisions 3, 6)."),
    ("bw0022", "Re: Pre-participation evaluation - Lily Chen (DOB 05/30/2010)\n\nAttached is the signed PPE form. Note: cleared with restrictions - no contact drills until her wrist fracture is re-checked on 9/12.\n\nWestbrook Family Practice",
     "BLOCK", "result", "email", "en",
     [("Lily Chen", "NAME"), ("05/30/2010", "DATE"), ("cleared with restrictions", "RESULT"), ("wrist fracture", "CONDITION"), ("9/12", "DATE")],
     ["pediatrics", "orthopedics", "dob", "minor"], "Full DOB with a name, a clearance status (decision 4) and a diagnosis."),
    ("bw0023", "Hello, this is Lakeside High School's athletic office with a reminder that all physical forms for winter sports are due by Friday, November 14th. Forms can be picked up in the main office. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("November 14th", "DATE")],
     ["pediatrics", "broadcast"], "Voice broadcast with a deadline; generic physical forms."),
    ("bw0024", "Hi Grace, you're scheduled for ImPACT baseline testing on 8/20 at 6:30 PM in the HS library. Please bring earbuds. - Jamie Ortiz, ATC",
     "REWRITE", "reminder", "sms", "en",
     [("Grace", "NAME"), ("ImPACT baseline testing", "PROCEDURE"), ("8/20", "DATE"), ("Jamie Ortiz, ATC", "PROVIDER")],
     ["orthopedics", "pediatrics"], "Own test logistics: name and concussion-baseline test go; the athletic trainer signing is PROVIDER with a generic credential (decisions 3, 5)."),
)

# ---------------------------------------------------------------- batch 3 (bw0025-bw0036): medication at school and camp
add(
    ("bw0025", "Parents: every medication kept at school, including over-the-counter ones, needs a new Medication Authorization Form signed by a parent and the prescriber each school year. Forms are on the district website: oakdale-schools.example/health",
     "ALLOW", "reminder", "email", "en",
     [("oakdale-schools.example/health", "URL")],
     ["pediatrics", "broadcast", "practice-contact"], "District-wide broadcast; 'medication' is generic and no student is named."),
    ("bw0026", "Hi Mr. Duarte, this is Nurse Fiona at Brookside Elementary. Mia's albuterol inhaler in the health office expires 10/31. Please send a new one with the pharmacy label attached.",
     "BLOCK", "other", "sms", "en",
     [("Duarte", "NAME"), ("Nurse Fiona", "PROVIDER"), ("Mia", "NAME"), ("albuterol inhaler", "MEDICATION"), ("10/31", "DATE")],
     ["pediatrics", "minor", "third-party"], "A dependent's named medication sent to the guardian is a third party's health (README; decision 10). The school nurse as sender is PROVIDER (decision 5)."),
    ("bw0027", "Brookside Elementary Health Office: we still need the 2025-26 medication authorization form for Elijah. Without it we cannot give him any medication at school. Fax it to (608) 555-0188 or drop it off.",
     "REWRITE", "reminder", "sms", "en",
     [("Elijah", "NAME"), ("(608) 555-0188", "FAX")],
     ["pediatrics", "minor", "practice-contact"], "Judgement (decision 10): a generic medication form for a named child; the name goes, 'medication' is a generic word."),
    ("bw0028", "Reminder: Lucas's lunchtime Add\u200berall 10 mg dose needs a refill at the nurse's office - only 2 tablets left. Please send a new pharmacy-labeled bottle this week.",
     "BLOCK", "pickup", "sms", "en",
     [("Lucas", "NAME"), ("Add\u200berall 10 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A dependent's stimulant with its dose; the zero-width space hides the drug name from a naive matcher."),
    ("bw0029", "Sra. Morales, la enfermera escolar le informa que a Valentina se le dio una dosis de ibuprofeno 200 mg a las 11:20 por dolor de cabeza. Si tiene preguntas, llame al (915) 555-0163.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Morales", "NAME"), ("Valentina", "NAME"), ("ibuprofeno 200 mg", "MEDICATION"), ("dolor de cabeza", "CONDITION"), ("(915) 555-0163", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "Medication given to a dependent and the symptom: a third party's health."),
    ("bw0030", "The nurse's office is closed today (Wed) for CPR training. Students who feel unwell should report to the main office.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Closure notice; CPR training is for staff, nothing about a student."),
    ("bw0031", "Action needed: Camp Hollow Creek has no EpiPen on file for camper Henry Adeyemi (peanut allergy). Campers with a severe allergy cannot board the bus Sunday without 2 auto-injectors.",
     "BLOCK", "reminder", "email", "en",
     [("EpiPen", "MEDICATION"), ("Henry Adeyemi", "NAME"), ("peanut allergy", "CONDITION"), ("severe allergy", "CONDITION"), ("auto-injectors", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A named camper's condition and medication: third party's health."),
    ("bw0032", "Camp Hollow Creek: at check-in on 6/22 the camp nurse will collect all medications. Please bring them in original pharmacy bottles with the signed med form - we can't accept pills in baggies.",
     "ALLOW", "reminder", "email", "en",
     [("6/22", "DATE")],
     ["pediatrics", "broadcast"], "Sent to every camp family; generic medications and no camper named."),
    ("bw0033", "Medication at School: The authorization for Sophie Tran to receive methylphenidate ER 18 mg daily at 12:00 has been approved by Dr. Weiss and is on file with the school nurse through 6/12.",
     "ALLOW", "portal-notice", "portal", "en",
     [("Sophie Tran", "NAME"), ("methylphenidate ER 18 mg", "MEDICATION"), ("Dr. Weiss", "PROVIDER"), ("6/12", "DATE")],
     ["pediatrics", "minor", "third-party", "contrast"], "Inside the secure portal the guardian may see the child's drug and dose (README channel rule); SMS twin is bw0034."),
    ("bw0034", "Sophie Tran's methylphenidate ER 18mg at-school authorization is approved by Dr. Weiss thru 6/12.",
     "BLOCK", "other", "sms", "en",
     [("Sophie Tran", "NAME"), ("methylphenidate ER 18mg", "MEDICATION"), ("Dr. Weiss", "PROVIDER"), ("6/12", "DATE")],
     ["pediatrics", "minor", "third-party", "contrast", "shorthand"], "Same content as the portal notice bw0033, by SMS: a dependent's drug and dose."),
    ("bw0035", "Booster Club meeting Tuesday 7pm in the cafeteria - concession stand volunteers needed for the homecoming game!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A parents' booster club, not a vaccine booster."),
    ("bw0036", "Recordatorio: el formulario de autorización de medicamentos de Emiliano vence el 30 de junio. Pídale a su pediatra que lo firme y entreguelo en la enfermeria.",
     "REWRITE", "reminder", "sms", "es",
     [("Emiliano", "NAME"), ("30 de junio", "DATE"), ("pediatra", "SPECIALTY")],
     ["pediatrics", "minor", "typo"], "Generic medication form (decision 10; accents dropped as staff type them): the child's name and the specialty role word go; the deadline survives."),
)

# ---------------------------------------------------------------- batch 4 (bw0037-bw0048): concussion protocol, return to play
add(
    ("bw0037", "Jake was pulled from tonight's game w/ a suspected c o n c u s s i o n. He should not drive, and someone should check on him overnight. Any vomiting or worsening headache -> ER. - Rosa (athletic trainer)",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jake", "NAME"), ("c o n c u s s i o n", "CONDITION"), ("vomiting", "CONDITION"), ("headache", "CONDITION"), ("ER", "SPECIALTY"), ("Rosa", "PROVIDER")],
     ["orthopedics", "pediatrics", "minor", "third-party", "spaced", "shorthand"], "A dependent's suspected diagnosis and care instructions; the diagnosis is spelled with spaces. Judgement: 'ER' as a destination is a service-line word (SPECIALTY), like 'urgent care' in bw0047."),
    ("bw0038", "Return to play update: Noor has completed Step 4 (non-contact practice) with no symptoms. If she stays symptom-free she can begin full-contact practice Thursday.",
     "BLOCK", "result", "sms", "en",
     [("Return to play", "PROCEDURE"), ("Noor", "NAME"), ("no symptoms", "RESULT")],
     ["orthopedics", "pediatrics", "minor", "third-party"], "Progress through a concussion protocol is clinical status of a dependent (decision 4); 'no symptoms' is a finding."),
    ("bw0039", "All athletes and parents must complete the state concussion awareness course and sign the acknowledgment form before the first practice. The link is in the team app.",
     "ALLOW", "reminder", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Education requirement sent to every family; 'concussion' names no one's condition (decision 8)."),
    ("bw0040", "Hi Ethan, you have a concussion follow-up with Dr. Okafor on 10/2 at 8:15 AM at Summit Orthopedics & Sports Medicine. Please arrive 15 min early for ImPACT post-injury testing.",
     "REWRITE", "reminder", "sms", "en",
     [("Ethan", "NAME"), ("concussion", "CONDITION"), ("Dr. Okafor", "PROVIDER"), ("10/2", "DATE"), ("Summit Orthopedics & Sports Medicine", "SPECIALTY"), ("ImPACT post-injury testing", "PROCEDURE")],
     ["orthopedics"], "Diagnosis as a visit label, orthopedic practice name and test go; provider, date and time survive."),
    ("bw0041", "Dr. Okafor has signed Ethan Brooks's return-to-play clearance: cleared for full contact as of 10/9. ImPACT scores are back to baseline. A copy was sent to the athletic trainer.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Okafor", "PROVIDER"), ("Ethan Brooks", "NAME"), ("return-to-play", "PROCEDURE"), ("cleared for full contact", "RESULT"), ("10/9", "DATE"), ("ImPACT", "PROCEDURE"), ("back to baseline", "RESULT")],
     ["orthopedics", "contrast"], "Portal message: clearance and scores may stay (README channel rule); e-mail twin bw0042."),
    ("bw0042", "Subject: Clearance - Ethan Brooks\n\nHi Coach Ramirez,\nEthan has been cleared for full contact starting 10/9 after his concussion. He still needs to finish the last conditioning day with the trainer.\n\nSummit Orthopedics & Sports Medicine",
     "BLOCK", "result", "email", "en",
     [("Ethan Brooks", "NAME"), ("Coach Ramirez", "PROVIDER"), ("Ethan", "NAME", 1), ("cleared for full contact", "RESULT"), ("10/9", "DATE"), ("concussion", "CONDITION"), ("Summit Orthopedics & Sports Medicine", "SPECIALTY")],
     ["orthopedics", "contrast", "third-party"], "To the coach about a named athlete's diagnosis and clearance (decisions 4, 11); the coach is PROVIDER as school staff (decision 5)."),
    ("bw0043", "Sr. Paredes: durante el partido de hoy Diego recibió un golpe en la cabeza y presentó mareo. Siguiendo el protocolo de conmoción cerebral, no podrá jugar ni entrenar hasta que un médico lo autorice por escrito.",
     "BLOCK", "other", "sms", "es",
     [("Paredes", "NAME"), ("Diego", "NAME"), ("golpe en la cabeza", "CONDITION"), ("mareo", "CONDITION"), ("conmoción cerebral", "CONDITION")],
     ["orthopedics", "pediatrics", "minor", "third-party"], "A dependent's injury and symptoms: third party's health."),
    ("bw0044", "Lakeside Athletics: baseline concussion testing for ALL fall athletes is Aug 12 in the library computer lab. Sign up for a time slot in the team app.",
     "ALLOW", "reminder", "sms", "en",
     [("Aug 12", "DATE")],
     ["pediatrics", "broadcast"], "Sent to every fall athlete; a broadcast names no one's test (decision 8)."),
    ("bw0045", "Kenji's return-to-learn meeting with the school nurse and his teachers is Monday 9/22 at 7:45 in the main office conference room.",
     "REWRITE", "reminder", "email", "en",
     [("Kenji", "NAME"), ("return-to-learn", "PROCEDURE"), ("9/22", "DATE")],
     ["pediatrics", "minor"], "Judgement (decision 9): a dependent's non-routine visit type with a name; both go and the meeting logistics survive."),
    ("bw0046", "Great hustle today! Bring both practice jerseys Friday. We'll work on corner kicks and penalty shots. Heads up - the bus leaves at 3:10 sharp.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Soccer shots and 'heads up', not injuries or vaccines."),
    ("bw0047", "Hi, this is Carla, the athletic trainer at Westfield High, calling for the parent of Brandon Mills. Brandon has a sprained right ankle from practice. I iced it and I'd recommend an x-ray at urgent care tonight. Call me back at 555-0119.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Carla", "PROVIDER"), ("Brandon Mills", "NAME"), ("Brandon", "NAME", 1), ("sprained right ankle", "CONDITION"), ("x-ray", "PROCEDURE"), ("urgent care", "SPECIALTY"), ("555-0119", "PHONE")],
     ["orthopedics", "urgent-care", "minor", "third-party"], "Voicemail about a dependent's injury and what to do: third party's health."),
    ("bw0048", "Hola Camila, tu cita de seguimiento con la fisioterapeuta es el 3 de octubre a las 4 pm en Centro de Terapia Física Norte. Trae ropa cómoda.",
     "REWRITE", "reminder", "sms", "es",
     [("Camila", "NAME"), ("fisioterapeuta", "SPECIALTY"), ("3 de octubre", "DATE"), ("Centro de Terapia Física Norte", "SPECIALTY")],
     ["physical-therapy"], "Name, specialty role word and physical-therapy practice name go; date and time survive."),
)

# ---------------------------------------------------------------- batch 5 (bw0049-bw0060): counseling centers, accommodations, academics
add(
    ("bw0049", "Hi Jordan, this is a reminder of your appointment at the University Counseling Center on Wed 2/11 at 1:00 PM with Dr. Feld. To cancel, please call (608) 555-0124 at least 24 hrs ahead.",
     "REWRITE", "reminder", "sms", "en",
     [("Jordan", "NAME"), ("University Counseling Center", "SPECIALTY"), ("2/11", "DATE"), ("Dr. Feld", "PROVIDER"), ("(608) 555-0124", "PHONE")],
     ["behavioral-health", "practice-contact"], "Counseling-center name reveals the service (decision 6); name goes, date, provider and call-back survive."),
    ("bw0050", "CAPS reminder: your \u0421ounseling intake is tomorrow at 10:30 in Brandt Hall, Suite 200. Please complete the intake questionnaire in the portal beforehand.",
     "REWRITE", "reminder", "push", "en",
     [("CAPS", "SPECIALTY"), ("\u0421ounseling", "PROCEDURE")],
     ["behavioral-health"], "Counseling center acronym and therapy type go; the C of 'Counseling' is a Cyrillic look-alike."),
    ("bw0051", "Academic Advising: book a time with your advisor this month to plan your spring schedule. Course registration opens once your advising hold is lifted.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Academic advising and a registration hold; nothing clinical."),
    ("bw0052", "Seniors: the counseling office will be in the library at lunch all week to help with college essays, recommendation letters and FAFSA questions.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "School guidance counseling for college applications, not mental-health counseling."),
    ("bw0053", "Hi Sam - following up on today's session with Dr. Feld. As we discussed, your PHQ-9 score was 17, so we'd like to see you weekly for now. If you have thoughts of hurting yourself, call or text 988 any time.",
     "BLOCK", "result", "sms", "en",
     [("Sam", "NAME"), ("Dr. Feld", "PROVIDER"), ("PHQ-9", "PROCEDURE"), ("17", "RESULT")],
     ["behavioral-health"], "A depression-scale score is a result; 988 is not a phone identifier."),
    ("bw0054", "Your Fall 2025 accommodation letters are ready in the Accessibility Resources portal. Please send them to your instructors at least one week before your first exam.",
     "REWRITE", "portal-notice", "email", "en",
     [("Accessibility Resources", "SPECIALTY")],
     ["general"], "Judgement (decision 6): being registered with the disability office reveals a disability; the office name goes and 'your letters are ready in the portal' survives."),
    ("bw0055", "Dear Aisha,\n\nBased on the documentation from your neurologist confirming epilepsy, you are approved for the following accommodations: extended time (1.5x) on exams, a private testing room, and permission to leave class without penalty after a seizure.\n\nOffice of Disability Resources",
     "BLOCK", "other", "email", "en",
     [("Aisha", "NAME"), ("neurologist", "SPECIALTY"), ("epilepsy", "CONDITION"), ("seizure", "CONDITION"), ("Office of Disability Resources", "SPECIALTY")],
     ["general"], "The student's diagnosis is stated as the basis of the letter: a finding, not a removable label."),
    ("bw0056", "AP Psychology students: the Unit 5 test (cognition & memory) is Friday. Review session Thursday after school in Rm 204.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A psychology class test, not a psychological test."),
    ("bw0057", "Hola Andrés, te recordamos tu cita con la psicóloga en el Centro de Consejería Universitaria el lunes 9 de febrero a las 2:00 pm. Si no puedes asistir, avísanos con 24 horas de anticipación.",
     "REWRITE", "reminder", "sms", "es",
     [("Andrés", "NAME"), ("psicóloga", "SPECIALTY"), ("Centro de Consejería Universitaria", "SPECIALTY"), ("9 de febrero", "DATE")],
     ["behavioral-health"], "Name, specialty role word and counseling-center name go; date and time survive."),
    ("bw0058", "Finals week can be stressful. Drop-in support is available at the Wellness Center Mon-Thu 12-4, and the 24/7 crisis line is 988. You're not alone.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Campus-wide broadcast; 988 and 24/7 are not identifiers or dates; a Wellness Center is generic (decision 6)."),
    ("bw0059", "Reminder: Thursday's Anxiety Skills Group meets at 4pm in Counseling Services, room 3B. Bring your workbook!",
     "REWRITE", "reminder", "sms", "en",
     [("Anxiety", "CONDITION"), ("Counseling Services", "SPECIALTY")],
     ["behavioral-health"], "Condition as a group label and the counseling office name go; time and room survive."),
    ("bw0060", "Hi Taylor, Dr. Brenner sent your sertraline 50mg prescription to the campus pharmacy. Take 1 tab every morning; it may take 4-6 weeks to notice a difference.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Taylor", "NAME"), ("Dr. Brenner", "PROVIDER"), ("sertraline 50mg", "MEDICATION")],
     ["behavioral-health", "pharmacy"], "Dosing instructions are the message."),
)

# ---------------------------------------------------------------- batch 6 (bw0061-bw0072): employee and occupational health
add(
    ("bw0061", "Employee Health: Your annual TB screening is due by 3/31. Walk-in hours are Tue/Thu 7-9 AM, Ground Floor, Building C. Staff who are out of compliance may be removed from the schedule.",
     "REWRITE", "reminder", "email", "en",
     [("TB screening", "PROCEDURE"), ("3/31", "DATE")],
     ["primary-care", "lab"], "Own due test (decision 1); the test name goes, the deadline and walk-in hours survive. Employee Health is generic (decision 6)."),
    ("bw0062", "Flu clinic for ALL staff this Thursday, 6am-6pm in the cafeteria. No appointment needed, just bring your badge. Declination forms are due by the end of the month.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every employee; a flu clinic says nothing about the recipient."),
    ("bw0063", "Hi Marcus, your pre-employment drug scr33n is scheduled for 8/4 at 9:00 AM at Harbor Occupational Health, 1420 Industrial Pkwy, Suite B. Bring photo ID and the donor pass from your email.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("drug scr33n", "PROCEDURE"), ("8/4", "DATE"), ("1420 Industrial Pkwy, Suite B", "ADDRESS")],
     ["lab", "leet", "practice-contact"], "Name and test type go (leet digits in 'screen'); the clinic's own address, date and time survive."),
    ("bw0064", "Harbor Occupational Health - MRO notice: the drug test collected 7/28 for donor Kevin Lassiter (Specimen ID 0048812733) was verified POSITIVE for oxycodone. Please contact the MRO at (608) 555-0139.",
     "BLOCK", "result", "email", "en",
     [("7/28", "DATE"), ("Kevin Lassiter", "NAME"), ("0048812733", "OTHER_ID"), ("POSITIVE", "RESULT"), ("oxycodone", "MEDICATION"), ("(608) 555-0139", "PHONE")],
     ["lab", "substance-use", "practice-contact"], "A verified drug-test result is the message; the specimen ID is OTHER_ID (decision 7)."),
    ("bw0065", "Good news - your pre-employment drug screen was negative and has been reported to Crestline Logistics HR. You're all set for orientation Monday!",
     "BLOCK", "result", "sms", "en",
     [("drug screen", "PROCEDURE"), ("negative", "RESULT")],
     ["lab"], "A negative result is still a result (README)."),
    ("bw0066", "Your results from Harbor Occupational Health have been sent to your employer. For a copy, log in at portal.harborocc.example or call (608) 555-0139.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.harborocc.example", "URL"), ("(608) 555-0139", "PHONE")],
     ["lab", "practice-contact"], "No test or outcome named; the practice's own portal and phone."),
    ("bw0067", "Reminder: return-to-work visit with PA Gonzalez on Mon 1/12 at 7:30 AM, Employee Health, Tower 2. Bring any paperwork from your treating provider.",
     "REWRITE", "reminder", "sms", "en",
     [("return-to-work", "PROCEDURE"), ("PA Gonzalez", "PROVIDER"), ("1/12", "DATE")],
     ["primary-care"], "A return-to-work visit reveals a health absence (decision 4): the visit type goes, provider, date and place survive."),
    ("bw0068", "Work status for Daniel Ochoa (claim WC-2025-44871): modified duty - no lifting over 15 lbs, no ladders, until re-eval on 2/3. Lumbar strain improving.",
     "BLOCK", "result", "email", "en",
     [("Daniel Ochoa", "NAME"), ("WC-2025-44871", "OTHER_ID"), ("modified duty", "RESULT"), ("2/3", "DATE"), ("Lumbar strain", "CONDITION")],
     ["orthopedics", "shorthand"], "Work status and diagnosis (decision 4); the workers' comp claim number is OTHER_ID (decision 7)."),
    ("bw0069", "Estimado Rogelio: su prueba de tuberculosis (PPD) se leyó hoy con una induración de 12 mm. Necesita una radiografía de tórax antes de volver a trabajar. Comuníquese con Salud Ocupacional.",
     "BLOCK", "result", "sms", "es",
     [("Rogelio", "NAME"), ("prueba de tuberculosis", "PROCEDURE"), ("PPD", "PROCEDURE"), ("12 mm", "RESULT"), ("radiografía de tórax", "PROCEDURE")],
     ["lab", "primary-care"], "A TB skin-test reading is a result; Salud Ocupacional is generic (decision 6)."),
    ("bw0070", "Reminder: all employees must complete the annual HIPAA and Bloodborne Pathogens training modules in the LMS by Friday. Managers can see completion in the dashboard.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Staff training notice; 'bloodborne pathogens' is a course title."),
    ("bw0071", "Your annual N95 respirator fit test is scheduled for Wed 5/6 at 2:15 in Employee Health. Please be clean-shaven where the mask seals.",
     "REWRITE", "reminder", "push", "en",
     [("N95 respirator fit test", "PROCEDURE"), ("5/6", "DATE")],
     ["primary-care"], "Judgement (decision 3): an occupational-health test is a PROCEDURE like a TB test; it goes and the appointment survives."),
    ("bw0072", "Employee Health: your hepatitis B titer is due. Lab draw hours are 6:30-8 AM weekdays, no fasting needed. Questions? Call (608) 555-0155.",
     "REWRITE", "recall", "sms", "en",
     [("hepatitis B titer", "PROCEDURE"), ("(608) 555-0155", "PHONE")],
     ["lab", "practice-contact"], "Own due titer (decisions 1, 3); the test name goes, hours and phone survive."),
)

# ---------------------------------------------------------------- batch 7 (bw0073-bw0084): camps and outbreak notices
add(
    ("bw0073", "Camp Tall Pines: health forms are due May 15! Every camper needs a physical dated within 12 months and an immunization record. Upload both in CampDoc.",
     "ALLOW", "reminder", "email", "en",
     [("May 15", "DATE")],
     ["pediatrics", "broadcast"], "Sent to every camp family; generic physical and records (decisions 3, 8)."),
    ("bw0074", "Hi from Camp Tall Pines! Noah stopped by the health lodge this morning with a low fever (100.4) and a sore throat. Rapid strep was negative. He's resting in his cabin and we'll update you at dinner.",
     "BLOCK", "other", "sms", "en",
     [("Noah", "NAME"), ("fever", "CONDITION"), ("100.4", "RESULT"), ("sore throat", "CONDITION"), ("Rapid strep", "PROCEDURE"), ("negative", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A camper's symptoms and a test result sent to the parent: third party's health."),
    ("bw0075", "Camp Tall Pines Health Lodge: please comfirm Liam's morning and evening meds in CampDoc by Friday so our nurse can set up his med schedule before arrival.",
     "REWRITE", "reminder", "sms", "en",
     [("Liam", "NAME")],
     ["pediatrics", "minor", "typo"], "Judgement (decision 10): generic 'meds' for a named camper; the name goes ('comfirm' is a staff typo)."),
    ("bw0076", "Dear Maplewood families, we have been notified of several cases of hand, foot and mouth disease in our K-2 classrooms. Please keep children home if they have a fever or mouth sores, and remind them to wash hands often.",
     "ALLOW", "other", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Judgement (decision 8): a school-wide outbreak notice that names no student and says nothing about the recipient's child is a broadcast."),
    ("bw0077", "Mrs. Kowalski, a student in Zoe's 3rd grade class has been diagnosed with chickenpox. Our records show Zoe has not had the varicella vaccine, so she must stay home through 2/20 (21 days after exposure).",
     "BLOCK", "other", "sms", "en",
     [("Kowalski", "NAME"), ("Zoe", "NAME"), ("chickenpox", "CONDITION"), ("Zoe", "NAME", 1), ("varicella vaccine", "PROCEDURE"), ("2/20", "DATE")],
     ["pediatrics", "minor", "third-party"], "Judgement (decision 1): a named child's exposure and unvaccinated status is a third party's health, not records logistics."),
    ("bw0078", "Estimadas familias: se han confirmado casos de piojos en la escuela. Por favor revisen el cabello de sus hijos esta semana. No es motivo de alarma. - Enfermería, Escuela Primaria Los Pinos",
     "ALLOW", "other", "sms", "es",
     [],
     ["pediatrics", "broadcast", "hard-negative"], "School-wide head-lice notice naming no child (decision 8)."),
    ("bw0079", "Campamento Sol y Mar: le informamos que Mariana tuvo una reacción alérgica leve a una picadura de abeja. Se le dio Benadryl 25 mg y ya está bien. La enfermera la revisará otra vez a las 6 pm.",
     "BLOCK", "other", "sms", "es",
     [("Mariana", "NAME"), ("reacción alérgica", "CONDITION"), ("picadura de abeja", "CONDITION"), ("Benadryl 25 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A camper's reaction and the medication given: third party's health."),
    ("bw0080", "Camp Hollow Creek nurse line: (608) 555-0171, 7 AM-9 PM. After hours, call the main office at (608) 555-0170 and ask for the on-call nurse.",
     "ALLOW", "other", "sms", "en",
     [("(608) 555-0171", "PHONE"), ("(608) 555-0170", "PHONE")],
     ["pediatrics", "practice-contact"], "The camp's own phone numbers."),
    ("bw0081", "Welcome to Camp Bluebird, Riley! Our week-long diabetes camp starts 7/13. Please pack 2 weeks of pump supplies and a backup meter, and label everything with your camper's name.",
     "REWRITE", "reminder", "email", "en",
     [("Riley", "NAME"), ("diabetes", "CONDITION"), ("7/13", "DATE"), ("pump supplies", "PROCEDURE"), ("backup meter", "PROCEDURE")],
     ["pediatrics", "minor"], "Judgement (decisions 6, 9): a condition-named camp is like a specialty name; the label, devices and name go and the packing logistics survive."),
    ("bw0082", "Camp Tall Pines: swim tests are Monday morning at the waterfront. Campers who don't pass the swim test can still use the shallow area!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A swim test, not a medical test; 'pass' is not a result."),
    ("bw0083", "Campus Health: your slot at the measles (MMR) vaccine clinic for students missing a second dose is Thu 3/5, 10:20 AM, Rec Center Room B.",
     "REWRITE", "reminder", "push", "en",
     [("measles (MMR) vaccine", "PROCEDURE"), ("3/5", "DATE")],
     ["primary-care"], "Own vaccine appointment (decisions 1, 2); the vaccine goes, date and place survive."),
    ("bw0084", "Subject: Mumps cases on campus\n\nDear students, faculty and staff,\n\nRidgeview University Student Health has confirmed three cases of mumps among students living in residence halls. Mumps spreads through saliva and close contact, such as sharing drinks or vapes.\n\nWhat you can do:\n- Check that you have had two doses of MMR vaccine. Your record is in the patient portal.\n- If you develop swelling of the jaw or cheeks, fever or headache, stay home and call Student Health before coming in.\n- Do not share cups, utensils or water bottles.\n\nA free MMR clinic will be held Tuesday and Wednesday from 10 AM to 4 PM in the Student Union ballroom; no appointment is needed. More information: ridgeview.example/health/mumps or (608) 555-0142.\n\nThank you for helping keep our campus healthy.\n\nRidgeview University Student Health",
     "ALLOW", "other", "email", "en",
     [("ridgeview.example/health/mumps", "URL"), ("(608) 555-0142", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Campus-wide outbreak broadcast; no student is named and nothing is said about the recipient (decision 8)."),
)

# ---------------------------------------------------------------- batch 8 (bw0085-bw0096): Spanish, templates, TB clearance, long e-mail
add(
    ("bw0085", "Estimado Sr. Ramírez: le recordamos que su examen de detección de drogas previo al empleo es el martes 12 de agosto a las 8:00 am en Salud Ocupacional Harbor. Traiga una identificación con foto.",
     "REWRITE", "reminder", "email", "es",
     [("Ramírez", "NAME"), ("examen de detección de drogas", "PROCEDURE"), ("12 de agosto", "DATE")],
     ["lab"], "Name and test type go; date, time and the generic occupational-health clinic survive (decision 6)."),
    ("bw0086", "Hola Sofía, tus resultados de la prueba de tuberculosis en sangre (QuantiFERON) salieron negativos. Ya puedes iniciar tus prácticas clínicas. - Centro de Salud Estudiantil",
     "BLOCK", "result", "sms", "es",
     [("Sofía", "NAME"), ("prueba de tuberculosis en sangre", "PROCEDURE"), ("QuantiFERON", "PROCEDURE"), ("negativos", "RESULT")],
     ["primary-care", "lab"], "A negative result is still a result (README)."),
    ("bw0087", "Recordatorio: el examen de matemáticas del 2.º periodo será el jueves. Estudien los capítulos 4 y 5 y traigan calculadora. ¡Éxito! - Depto. de Matemáticas",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'Examen' is a math exam, not a medical exam."),
    ("bw0088", "Clínica de vacunas contra la influenza para estudiantes y personal: miércoles 15 de octubre, de 10 am a 3 pm, en el gimnasio. Gratis con tu credencial escolar.",
     "ALLOW", "marketing", "sms", "es",
     [("15 de octubre", "DATE")],
     ["primary-care", "broadcast"], "Broadcast flu clinic for everyone; the date is labelled but allowed."),
    ("bw0089", "Hola, le escribe la enfermera Lupita de la Escuela Secundaria Juárez. Necesitamos la cartilla de vacunación de Ximena (le falta el refuerzo de Tdap) antes del 5 de septiembre.",
     "REWRITE", "reminder", "sms", "es",
     [("enfermera Lupita", "PROVIDER"), ("Ximena", "NAME"), ("refuerzo de Tdap", "PROCEDURE"), ("5 de septiembre", "DATE")],
     ["pediatrics", "minor"], "Missing-record logistics for a dependent (decision 1); the school nurse as sender is PROVIDER (decision 5), the booster one span (decision 2)."),
    ("bw0090", "Subject: Fitness-for-duty evaluation - outcome\n\nDear Ms. Kaur,\n\nThank you for coming in to Employee Health on 3/9 for your fitness-for-duty evaluation. Based on today's exam and the note from your surgeon, you are not cleared for patient lifting or transfers while you recover from your rotator cuff repair. You may return to your unit on modified duty (charting, discharge teaching, phone triage) starting 3/16, with no lifting over 10 lbs with the right arm.\n\nWe will see you again on 4/13 to reassess. Your manager has been told only your work restrictions and dates, not your diagnosis. If your surgeon changes your restrictions before then, please send us the updated note by fax to (608) 555-0158.\n\nWarm regards,\nDana Whitcomb, RN, COHN-S\nEmployee Health Services",
     "BLOCK", "result", "email", "en",
     [("Kaur", "NAME"), ("3/9", "DATE"), ("fitness-for-duty evaluation", "PROCEDURE"), ("not cleared for patient lifting or transfers", "RESULT"), ("rotator cuff repair", "PROCEDURE"), ("modified duty", "RESULT"), ("3/16", "DATE"), ("4/13", "DATE"), ("(608) 555-0158", "FAX"), ("Dana Whitcomb, RN, COHN-S", "PROVIDER")],
     ["orthopedics", "primary-care", "practice-contact"], "Work status and the surgery behind it are the message (decision 4); the occupational-health nurse credential stays inside PROVIDER (decision 5)."),
    ("bw0091", "{{org_name}} Employee Health: you have a compliance item due on {{due_date}}. Log in to {{portal_url}} to view details. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "template", "hard-negative"], "Template with content-free placeholders; no test or vaccine named."),
    ("bw0092", "%s Student Health: your travel vaccine appointment is on %s at %s. Please bring your vaccine card and passport.",
     "REWRITE", "reminder", "sms", "en",
     [("travel vaccine", "PROCEDURE")],
     ["primary-care", "template"], "Template whose fixed text names the visit type; the visit type goes (decision 2)."),
    ("bw0093", "Crestline Logistics HR: per Harbor Occupational Health, employee #E-20417 (Tanya Whitfield) is restricted from driving company vehicles while taking a sedating medication. Restriction ends 4/30.",
     "BLOCK", "other", "email", "en",
     [("E-20417", "OTHER_ID"), ("Tanya Whitfield", "NAME"), ("restricted from driving company vehicles", "RESULT"), ("4/30", "DATE")],
     ["primary-care", "third-party"], "An employee's work restriction and medication use told to others (decisions 4, 7, 11)."),
    ("bw0094", "Your TB skin test was read on 9/4: 0 mm induration (negative). Your clearance letter is attached and can be uploaded to your nursing program's compliance site.",
     "ALLOW", "result", "portal", "en",
     [("TB skin test", "PROCEDURE"), ("9/4", "DATE"), ("0 mm induration", "RESULT"), ("negative", "RESULT")],
     ["primary-care", "lab", "contrast"], "Portal: a result may stay (README channel rule); SMS twin is bw0095."),
    ("bw0095", "TB skin test read 9/4 - 0 mm, neg. Clearance letter is in your portal.",
     "BLOCK", "result", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("9/4", "DATE"), ("0 mm", "RESULT"), ("neg", "RESULT")],
     ["primary-care", "lab", "contrast", "shorthand"], "Same reading as bw0094 by SMS: a negative result is still a result."),
    ("bw0096", "Homecoming week: Monday is Pajama Day, Tuesday is Twin Day. The Red Cross blood drive is in the gym Thursday - donors must be 16+ with a signed parent form.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "School events; a blood drive is not the recipient's blood work."),
)

# ---------------------------------------------------------------- batch 9 (bw0097-bw0108): college student health visits, pharmacy, voice
add(
    ("bw0097", "Ridgeview Student Health: your appointment with NP Castillo for STI testing is Fri 4/17 at 11:40. Please arrive 10 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("NP Castillo", "PROVIDER"), ("STI testing", "PROCEDURE"), ("4/17", "DATE")],
     ["primary-care", "hiv-sexual-health"], "Sexual-health test type goes; provider, date and time survive."),
    ("bw0098", "Your chlamydia test was positive. Please pick up azithromycin at the Student Health pharmacy today and take all 4 tablets at once. Partners need treatment too.",
     "BLOCK", "result", "sms", "en",
     [("chlamydia test", "PROCEDURE"), ("positive", "RESULT"), ("azithromycin", "MEDICATION")],
     ["primary-care", "hiv-sexual-health", "pharmacy"], "Result and dosing instructions are the message."),
    ("bw0099", "You have a new secure message from Ridgeview Student Health. Log in to read it: health.ridgeview.example/messages",
     "ALLOW", "portal-notice", "push", "en",
     [("health.ridgeview.example/messages", "URL")],
     ["primary-care", "practice-contact"], "Notification without PHI; the practice's own link without a token."),
    ("bw0100", "Student Health Pharmacy: your prescription for Yaz is ready for pickup. Hours M-F 9-5. Bring your student ID.",
     "REWRITE", "pickup", "sms", "en",
     [("Yaz", "MEDICATION")],
     ["pharmacy", "reproductive"], "Medication name in a pickup notice goes."),
    ("bw0101", "Student Health Pharmacy: your order is ready for pickup. Bring your student ID - we can't release prescriptions without it.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice with only generic words; 'student ID' is mentioned, not given."),
    ("bw0102", "Hi Beatriz, starting Jan 20 allergy injections at Student Health will only be given Tue/Thu 1-4 PM. Please plan for the 30-minute wait after each injection.",
     "REWRITE", "other", "email", "en",
     [("Beatriz", "NAME"), ("Jan 20", "DATE"), ("allergy injections", "PROCEDURE")],
     ["primary-care"], "Name and the treatment type go; the schedule change survives (the observation wait is clinic policy, not a dose)."),
    ("bw0103", "Hi, this is Tasha from Student Health returning your call about your lab results. Your mono test came back positive, so no contact sports for at least three weeks because of the spleen risk. Call us with any questions.",
     "BLOCK", "result", "voice", "en",
     [("Tasha", "PROVIDER"), ("mono test", "PROCEDURE"), ("positive", "RESULT")],
     ["primary-care", "lab"], "Voicemail giving a result and a restriction."),
    ("bw0104", "Hello, this is Student Health Services calling to confirm your appointment on Tuesday, March 3rd at 9:20 AM with Dr. Abernathy. Press 1 to confirm or 2 to cancel.",
     "ALLOW", "confirmation", "voice", "en",
     [("March 3rd", "DATE"), ("Dr. Abernathy", "PROVIDER")],
     ["primary-care"], "Provider, date and time only."),
    ("bw0105", "Hi Ingrid Solberg (ID 800561234), your student health insurance waiver for 2025-26 has been approved. You will not be charged the SHIP premium this year.",
     "REWRITE", "billing", "email", "en",
     [("Ingrid Solberg", "NAME"), ("800561234", "OTHER_ID")],
     ["general"], "Insurance waiver, nothing clinical; name and student ID are not needed (decision 7)."),
    ("bw0106", "Immunization record request: please confirm that the DOB (06/14/2007) and full name, Rafael Quintero-Mejía, match the attached vaccine record before we release the hold.",
     "BLOCK", "other", "email", "en",
     [("06/14/2007", "DATE"), ("Rafael Quintero-Mejía", "NAME")],
     ["primary-care", "dob"], "Full date of birth with a name (README)."),
    ("bw0107", "Biology 101 lab is cancelled this week. Use the time to finish your cell culture report - due Monday by 11:59 PM.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "A biology class lab and a cell-culture report, not a lab test or culture result."),
    ("bw0108", "Salud Estudiantil: tu cita para la vacuna contra el VPH es mañana a las 3:30 pm en el Edificio B, 2.º piso.",
     "REWRITE", "reminder", "push", "es",
     [("vacuna contra el VPH", "PROCEDURE")],
     ["primary-care", "hiv-sexual-health"], "Own vaccine appointment (decisions 1, 2); the vaccine goes, time and place survive."),
)

# ---------------------------------------------------------------- batch 10 (bw0109-bw0120): coaches, plant health, long letters
add(
    ("bw0109", "Hi Coach - Devon (#23) has mono and is out untill his doctor clears him. Please don't let him practice or lift. Thx, Nurse Okoye",
     "BLOCK", "other", "sms", "en",
     [("Devon", "NAME"), ("mono", "CONDITION"), ("Nurse Okoye", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "shorthand", "typo"], "A student's diagnosis sent to a coach (decision 11); 'untill' is a staff typo."),
    ("bw0110", "Swim team: meet results are posted on the board outside the pool. Congrats to everyone who dropped time, and great relays!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Swim meet results, not test results."),
    ("bw0111", "Annual hearing conservation test (audiogram) for plant employees: yours is Tue 6/9 at 6:45 AM in the Health Trailer by Gate 3. Please avoid loud noise for 14 hours before the test.",
     "REWRITE", "reminder", "sms", "en",
     [("hearing conservation test", "PROCEDURE"), ("audiogram", "PROCEDURE"), ("6/9", "DATE")],
     ["general"], "Own occupational test (decision 3); the test names go, date, time and place survive. Hearing -> tag general."),
    ("bw0112", "Employee Health: your blood lead level from 5/12 was 28 µg/dL, above the action level. You are temporarily removed from lead-exposure tasks and your supervisor has been notified.",
     "BLOCK", "result", "sms", "en",
     [("blood lead level", "PROCEDURE"), ("5/12", "DATE"), ("28 µg/dL", "RESULT"), ("above the action level", "RESULT")],
     ["lab"], "A value and its flag are the message; the removal is a work restriction (decision 4)."),
    ("bw0113", "Westfield School District Employee Wellness Fair: Sept 18, 3-6 PM in the HS gym. Free flu shots, biometric screenings and chair massages!",
     "ALLOW", "marketing", "email", "en",
     [("Sept 18", "DATE")],
     ["general", "broadcast"], "Broadcast to every employee (README: flu shots available); the date is allowed."),
    ("bw0114", "Sra. Castañeda: su evaluación de regreso al trabajo indica que puede volver el lunes con restricciones: no levantar más de 10 kg durante 2 semanas por su hernia.",
     "BLOCK", "result", "sms", "es",
     [("Castañeda", "NAME"), ("evaluación de regreso al trabajo", "PROCEDURE"), ("con restricciones", "RESULT"), ("hernia", "CONDITION")],
     ["primary-care"], "Work status and diagnosis (decision 4)."),
    ("bw0115", "Westfield HS Health Office: Caleb's vision screening is Thursday during homeroom. If he wears glasses, please make sure he brings them that day.",
     "REWRITE", "reminder", "sms", "en",
     [("Caleb", "NAME"), ("vision screening", "PROCEDURE")],
     ["pediatrics", "ophthalmology", "minor"], "Dependent's routine screening with a name: REWRITE (README); the screening name goes (decision 3)."),
    ("bw0116", "Subject: End-of-session health summary - Camp Hollow Creek\n\nDear Mr. and Mrs. Lindgren,\n\nAs your camper heads home, here is Oliver's health summary for Session 2 (7/6-7/19):\n\n- Daily meds given as prescribed: fluoxetine 10 mg every morning and melatonin 3 mg at bedtime. Two doses were refused on 7/11; we let you know by phone.\n- Visits to the health hut: 7/9 for a blister on his left heel (cleaned and covered), 7/14 for homesickness and trouble sleeping (talked with our counselor).\n- No injuries, no fevers, and his asthma was well controlled; he did not need his inhaler.\n\nThe remaining medication is packed in his duffel in a labeled bag. Please call the health hut at (608) 555-0171 if you have any questions.\n\nWarmly,\nKaren Holt, RN\nCamp Hollow Creek Health Hut",
     "BLOCK", "care-instructions", "email", "en",
     [("Lindgren", "NAME"), ("Oliver", "NAME"), ("7/6", "DATE"), ("7/19", "DATE"), ("fluoxetine 10 mg", "MEDICATION"), ("melatonin 3 mg", "MEDICATION"), ("7/11", "DATE"), ("7/9", "DATE"), ("blister", "CONDITION"), ("7/14", "DATE"), ("homesickness", "CONDITION"), ("trouble sleeping", "CONDITION"), ("No injuries", "RESULT"), ("no fevers", "RESULT"), ("asthma", "CONDITION"), ("well controlled", "RESULT"), ("inhaler", "MEDICATION"), ("(608) 555-0171", "PHONE"), ("Karen Holt, RN", "PROVIDER")],
     ["pediatrics", "behavioral-health", "minor", "third-party", "negation", "practice-contact"], "A camper's medications, visits and condition status sent to the parents: third party's health. The session range 7/6-7/19 is labelled as calendar dates; negated findings ('No injuries', 'no fevers') are RESULT like 'no polyps'. Judgement: the camp 'counselor' is a cabin counselor, not labelled."),
    ("bw0117", "Subject: Welcome to Ridgeview - your health checklist\n\nWelcome, Class of 2029!\n\nBefore you move in, please take care of three things:\n\n1. Immunization records. Upload your records to the patient portal by June 30. Students with missing items will see a registration hold in August.\n2. Student health insurance. Enroll in SHIP or submit a waiver by the August deadline.\n3. Health history form. It takes about ten minutes and helps our clinicians care for you if you get sick on campus.\n\nStudent Health is open Monday to Friday, 8 AM to 5 PM, with a nurse advice line after hours. Counseling, pharmacy and lab services are in the same building, on the second floor of Hadley Hall.\n\nQuestions? Visit ridgeview.example/health or call (608) 555-0142. We can't wait to meet you!\n\nRidgeview University Student Health",
     "ALLOW", "other", "email", "en",
     [("June 30", "DATE"), ("ridgeview.example/health", "URL"), ("(608) 555-0142", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Welcome broadcast to every incoming student; services are listed, nothing is said about the recipient (decision 8)."),
    ("bw0118", "Hola Valeria, te escribe la Lic. Ortega del Centro de Salud Mental Estudiantil. Tu próxima sesión es el jueves 19 de marzo a las 11:00. Si necesitas cambiarla, responde a este mensaje.",
     "REWRITE", "reminder", "sms", "es",
     [("Valeria", "NAME"), ("Lic. Ortega", "PROVIDER"), ("Centro de Salud Mental Estudiantil", "SPECIALTY"), ("19 de marzo", "DATE")],
     ["behavioral-health"], "Name and mental-health center name go; provider, date and time survive."),
    ("bw0119", "Your sports medicine follow-up is confirmed for 5/2 at 4:00 PM with Dr. Ashby. Bring your knee brace and running shoes.",
     "REWRITE", "confirmation", "sms", "en",
     [("sports medicine", "SPECIALTY"), ("5/2", "DATE"), ("Dr. Ashby", "PROVIDER"), ("knee brace", "PROCEDURE")],
     ["orthopedics"], "Specialty and device go (devices are PROCEDURE); date, time and provider survive."),
    ("bw0120", "Red Ribbon Week starts Monday - wear red to pledge to be drug-free! Tuesday is Crazy Sock Day and Friday is Kindness Day.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Drug-prevention spirit week, not a drug screen."),
)

probe_lib.run(M, "bw", "probe72.jsonl")
