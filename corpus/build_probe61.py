#!/usr/bin/env python3
"""Build corpus/probe61.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe61.py [OUT] [-v]   (default: probe61.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run, no source, test, other corpus or build script was read.

This round is the PRIMARY CARE VISIT LIFECYCLE: what family-medicine and internal-medicine
practices send around one visit — booking and pre-visit questionnaires, annual physical and
Medicare wellness reminders, same-day sick slots, telehealth links, check-in and copay notices,
after-visit summaries, lab orders and fasting instructions, "your results are available" notices
and the ways staff actually word results (normal, slightly high, we need to recheck), referral
status, refill requests and approvals, prior authorizations, follow-up scheduling, no-show and
cancellation policies, satisfaction surveys. Logistics that may go as written, messages that may
go once a name, service, procedure, drug or identifier is removed, and messages that must not go
by text (results and their interpretation, diagnoses, doses and dose changes, a relative's
health). Hard negatives: "physical" in other senses, "results" of a survey or an election,
"normal" business hours, "referral" bonuses, an "order" from a shop, a movie "screening".
About 20% Spanish; four disguised messages (Cyrillic look-alike, zero-width space, spaced
letters, leet). Three portal lines and two contrast pairs (same text, SMS/e-mail vs portal).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "TSH 7.9 ([[H]])" searches for "TSH 7.9 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. "Medicare wellness", "Medicare Annual Wellness" and "Welcome to Medicare" are PROCEDURE
     (README: Medicare wellness is revealing) with the generic "visit" left outside; the bare
     phrase "Annual Wellness Visit" without "Medicare" is read as the README's generic "wellness
     visit" and not labelled. In Spanish, "cita de ⟦bienestar de Medicare⟧" keeps "cita" outside.
  2. "sick visit", "same-day visit", "telehealth/video/virtual visit" are modalities or generic
     visit words, not visit types: not labelled. The symptom or condition given as the reason
     is (CONDITION, REWRITE).
  3. Generic fasting prep ("nothing but water for 10-12 hours before your blood work") that names
     no test, drug or condition is logistics: ALLOW. "fasting" stays outside a named test span
     (fasting ⟦lipid panel⟧). Prep that changes a drug or dose (hold metformin, half insulin) is
     a dosing instruction: BLOCK.
  4. A recheck request that names the test but gives no value or direction ("recheck your kidney
     function") is REWRITE (the test name goes, like "mammogram follow-up"); one that says the
     value or its direction ("your potassium was a little low") is BLOCK.
  5. Copay and balance amounts are not labelled and are not PHI on their own.
  6. A URL that carries a patient token, MRN or name is one URL span (spans do not nest); it makes
     the line REWRITE.
  7. A referred-to specialist's office phone given to the patient is labelled PHONE and treated as
     a provider contact (allowed), tagged practice-contact.
  8. "physical therapy" naming a service line is SPECIALTY (like DPT / PT practice names).
  9. "PA <name>" is a provider title like NP; a named medical assistant, front-desk or referral
     coordinator signing the message is PROVIDER (workforce), also "Name, MA".
 10. A vaccine due for the recipient ("pneumonia vaccine", "shingles vaccine", "flu shot") is
     PROCEDURE; a vaccine brand (Shingrix) is MEDICATION; a branded stool-test kit (Cologuard) is
     a test: PROCEDURE. Vital signs and scores (BP, weight, BMI, PHQ-9, fall risk) are PROCEDURE and
     their values RESULT, as the README's scale convention does for A1c / T-score.
 11. Colloquial result words are RESULT: "normal", "clear", "neg", "a little low", "better
     control"; a negated finding is one RESULT span ("no pneumonia", like "no polyps").
 12. A phone number spoken as words in a voice script is still PHONE.
 13. A threshold in an instruction ("if home readings stay above 140/90") is not the patient's
     value and is not labelled; it sits only in a line that is BLOCK anyway.
 14. An accession number with no test named is an identifier that is not needed: OTHER_ID, REWRITE.
 15. Broadcasts about Medicare wellness visits or same-day slots sent to every patient say nothing
     about the recipient: ALLOW (hard-negative only where there is no contact span at all).

Everything is invented: names, practices, 555-01xx numbers, example.* domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bl0001-bl0012): booking, pre-visit questionnaires
add(
    ("bl0001", "Oak Hollow Family Medicine: You're booked! Dr. Farida Haddad, Mon 2/9 at 3:20 PM. Please arrive 15 min early to update your paperwork. Reply C to confirm or X to cancel.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Farida Haddad", "PROVIDER"), ("2/9", "DATE")],
     ["primary-care"], "Booking confirmation with a generic family-medicine name, provider, date and time only."),
    ("bl0002", "Subject: Complete your pre-visit questionnaire\n\nHello,\n\nThank you for scheduling with Brightwater Internal Medicine. To make the most of your time with your clinician, please complete your pre-visit questionnaire at least 48 hours before your appointment. It takes about 10 minutes and covers your current medications, allergies, family history and anything you'd like to discuss.\n\nStart here: https://forms.brightwaterim.example.com/previsit\n\nIf you'd rather fill it out on paper, arrive 20 minutes early and our front desk will help. Need assistance? Call (617) 555-0114, Monday-Friday 8 AM-5 PM.\n\nWe look forward to seeing you,\nBrightwater Internal Medicine Patient Access Team",
     "ALLOW", "reminder", "email", "en",
     [("https://forms.brightwaterim.example.com/previsit", "URL"), ("(617) 555-0114", "PHONE")],
     ["primary-care", "practice-contact"], "Generic questionnaire link without a token and the practice's own phone; 'medications, allergies, family history' name no one's actual condition."),
    ("bl0003", "Hi Trevor, please fill out your pre-visit questionnaire before Thursday's appointment: https://forms.example.com/q?pid=884213 Thanks! -Sunnyside Family Practice",
     "REWRITE", "reminder", "sms", "en",
     [("Trevor", "NAME"), ("https://forms.example.com/q?pid=884213", "URL")],
     ["primary-care"], "Patient name and a link with a patient id (pid=) go; the questionnaire request survives (README: tokened URL is patient-specific)."),
    ("bl0004", "Before your Medicare Annual Wellness Visit on 4/16, please complete the fall risk screening and memory screening questions in your portal. Bring all your pill bottles to the visit.",
     "REWRITE", "reminder", "sms", "en",
     [("Medicare Annual Wellness", "PROCEDURE"), ("4/16", "DATE"), ("fall risk screening", "PROCEDURE"), ("memory screening", "PROCEDURE")],
     ["primary-care"], "Decision 1: 'Medicare Annual Wellness' is a revealing visit type (generic 'Visit' outside); the named screenings go too; the date and the portal request survive."),
    ("bl0005", "New patients: you can complete your registration forms online, or ask the front desk for a physical copy when you arrive. Please bring a photo ID and your insurance card.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'physical' means a paper copy here, not an exam."),
    ("bl0006", "Hi Mr. Dube, thank you for completing your pre-visit questionnaire. Because you answered yes to the question about thoughts of self-harm on the PHQ-9, Dr. Castillo's nurse will call you this afternoon. If you are in crisis, call or text 988.",
     "BLOCK", "other", "sms", "en",
     [("Dube", "NAME"), ("thoughts of self-harm", "CONDITION"), ("PHQ-9", "PROCEDURE"), ("Dr. Castillo", "PROVIDER")],
     ["primary-care", "behavioral-health"], "The patient's answer on a depression questionnaire is a clinical finding; removing it leaves no message. 988 is not a phone identifier."),
    ("bl0007", "Consultorio Médico Las Palmas: su cita con el Dr. Ibarra quedó agendada para el miércoles 18 de marzo a las 9:00 a. m. Favor de llegar 15 minutos antes con identificación y tarjeta del seguro. Para cancelar responda NO.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dr. Ibarra", "PROVIDER"), ("18 de marzo", "DATE")],
     ["primary-care"], "Confirmación con médico, fecha y hora; nombre de consultorio genérico."),
    ("bl0008", "Hola Guadalupe, antes de su examen físico anual del 2 de abril por favor llene el cuestionario de salud en este enlace: https://citas.example.net/c?token=Hf83Kq2 ¡Gracias!",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("2 de abril", "DATE"), ("https://citas.example.net/c?token=Hf83Kq2", "URL")],
     ["primary-care"], "Name and tokened link go; 'examen físico anual' is the generic annual physical (README) and stays."),
    ("bl0009", "Upcoming visit: Tue 10:45 AM with PA Jordan Kessler. Tap to check in early and skip the line.",
     "ALLOW", "reminder", "push", "en",
     [("PA Jordan Kessler", "PROVIDER")],
     ["primary-care"], "Decision 9: 'PA' is a provider title like NP; provider and time only."),
    ("bl0010", "Reminder: your diabetes follow-up with Dr. Okafor is Fri 6/12 at 8:00am. Please bring your glucose meter and food log.",
     "REWRITE", "reminder", "sms", "en",
     [("diabetes", "CONDITION"), ("Dr. Okafor", "PROVIDER"), ("6/12", "DATE"), ("glucose meter", "PROCEDURE")],
     ["primary-care"], "Diagnosis used as a visit label and a device (PROCEDURE per README) go; provider, date and time survive."),
    ("bl0011", "Hi Ms. Tran,\n\nI was able to book your father Minh's appointment for Tuesday at 11:00 with Dr. Albers. She'd like to go over his memory loss and the head CT from the ER, so please come with him if you can.\n\nBest,\nRoxanne\nScheduling, Birchwood Internal Medicine",
     "BLOCK", "reminder", "email", "en",
     [("Tran", "NAME"), ("Minh", "NAME"), ("Dr. Albers", "PROVIDER"), ("memory loss", "CONDITION"), ("head CT", "PROCEDURE"), ("Roxanne", "PROVIDER")],
     ["primary-care", "third-party"], "A relative's condition and imaging told to the caregiver: third party's health is BLOCK (README). The scheduler signing is workforce (PROVIDER)."),
    ("bl0012", "Our phone lines are busiest Monday mornings. For faster booking, text BOOK to this number anytime and a scheduler will reply during normal business hours.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'normal' refers to business hours, not a result."),
)

# ---------------------------------------------------------------- batch 2 (bl0013-bl0024): annual physical and Medicare wellness
add(
    ("bl0013", "It's time for your annual physical! Greenfield Primary Care has openings this month. Call (614) 555-0142 or book online at greenfieldpc.example.com/schedule.",
     "ALLOW", "recall", "sms", "en",
     [("(614) 555-0142", "PHONE"), ("greenfieldpc.example.com/schedule", "URL")],
     ["primary-care", "practice-contact"], "Annual physical is generic primary care (README); the practice's own phone and booking page stay."),
    ("bl0014", "Hello Mrs. Abernathy, our records show you're due for your Medicare wellness visit. Most plans cover it at no cost to you. Reply YES and we'll call you to schedule. - Fox Run Medical Group",
     "REWRITE", "recall", "sms", "en",
     [("Abernathy", "NAME"), ("Medicare wellness", "PROCEDURE")],
     ["primary-care"], "README: Medicare wellness is a revealing visit type; decision 1 keeps 'visit' outside. Name goes; the recall survives."),
    ("bl0015", "Hello, this is Lakeshore Internal Medicine calling for Walter Brzezinski. Our records show you are due for your Welcome to Medicare visit and your pneumonia vaccine. Please call us back at six one four, five five five, zero one seven seven. Thank you.",
     "REWRITE", "recall", "voice", "en",
     [("Walter Brzezinski", "NAME"), ("Welcome to Medicare", "PROCEDURE"), ("pneumonia vaccine", "PROCEDURE"), ("six one four, five five five, zero one seven seven", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail is treated like SMS (overheard). Decisions 1, 10, 12: Medicare visit type and the due vaccine go, the practice's number spoken as words is PHONE and stays."),
    ("bl0016", "Subject: Medicare Annual Wellness Visits - now booking for the new year\n\nDear patients and families,\n\nIf you have Medicare Part B, you're entitled to a yearly Annual Wellness Visit at no cost. It's different from a traditional physical: it's a planning conversation with your clinician about staying healthy and independent - reviewing your medications, updating your vaccine record and making a personalized prevention plan.\n\nWe're now booking these visits for January through March. Please bring a list of your medications and the names of any other doctors you see. Family members and caregivers are welcome to join.\n\nTo schedule, reply to this email or call the number on the back of your appointment card.\n\nWarmly,\nThe team at Cedar Ridge Family Practice",
     "ALLOW", "marketing", "email", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Decision 15: a newsletter to every patient about a Medicare benefit says nothing about the recipient (README broadcasts)."),
    ("bl0017", "Happy 94th birthday, Mr. Lindqvist! \U0001F382 Wishing you a wonderful year from all of us at Cedar Ridge Family Practice.",
     "REWRITE", "marketing", "sms", "en",
     [("94th", "AGE"), ("Lindqvist", "NAME")],
     ["primary-care", "age-over-89"], "Age over 89 (ordinal, README) and name go; a birthday greeting survives."),
    ("bl0018", "Hi Dolores, following up on your physical last week: your cholesterol came back at 248 and your vitamin D is low. Dr. Moreau recommends starting a statin - please book a visit to discuss. -Ana, MA",
     "BLOCK", "result", "sms", "en",
     [("Dolores", "NAME"), ("cholesterol", "PROCEDURE"), ("248", "RESULT"), ("vitamin D", "PROCEDURE"), ("is [[low]]", "RESULT"), ("Dr. Moreau", "PROVIDER"), ("statin", "MEDICATION"), ("Ana, MA", "PROVIDER")],
     ["primary-care"], "Values and a treatment recommendation are the message. Decision 9: the medical assistant signing is PROVIDER; drug class 'statin' is MEDICATION."),
    ("bl0019", "Clínica Familiar del Valle: ya le toca su chequeo anual. Llame al (956) 555-0188 para agendar o visítenos de lunes a viernes. Responda BAJA para no recibir más mensajes.",
     "ALLOW", "recall", "sms", "es",
     [("(956) 555-0188", "PHONE")],
     ["primary-care", "practice-contact"], "Chequeo anual is the generic check-up; the practice's own phone stays."),
    ("bl0020", "Sr. Villaseñor, le recordamos su cita de bienestar de Medicare el jueves 7 de mayo a las 10:00 con la Dra. Quintero. Traiga todos sus medicamentos en su envase.",
     "REWRITE", "reminder", "sms", "es",
     [("Villaseñor", "NAME"), ("bienestar de Medicare", "PROCEDURE"), ("7 de mayo", "DATE"), ("Dra. Quintero", "PROVIDER")],
     ["primary-care"], "Decision 1 (Spanish word order): 'cita de' stays outside, 'bienestar de Medicare' is the revealing visit type. Name goes; date, time, provider stay."),
    ("bl0021", "Heads up: our north office is closed this week while we upgrade the building's physical security and front entrance. All visits are at our downtown office - same phone number, same providers.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'physical' is building security, not an exam."),
    ("bl0022", "Dear Mr. Halvorsen,\n\nThank you for completing your Annual Wellness Visit with Dr. Imani Brooks on 2/11. Here is your personalized prevention plan:\n\n- Depression screening (PHQ-2): score 4, positive. Dr. Brooks has referred you to Lakeside Counseling Associates; they will call you this week.\n- Fall risk: moderate. A home-safety checklist is attached.\n- Due now: shingles vaccine (Shingrix dose 2) and colon cancer screening.\n- Blood pressure today: 142/88. Please recheck at home twice a week.\n\nQuestions? Call our nurse line at (608) 555-0139.\n\nFox Run Medical Group",
     "BLOCK", "care-instructions", "email", "en",
     [("Halvorsen", "NAME"), ("Dr. Imani Brooks", "PROVIDER"), ("2/11", "DATE"), ("Depression screening", "PROCEDURE"), ("PHQ-2", "PROCEDURE"), ("score [[4]]", "RESULT"), ("positive", "RESULT"), ("Dr. Brooks", "PROVIDER"), ("Lakeside Counseling Associates", "SPECIALTY"), ("Fall risk", "PROCEDURE"), ("moderate", "RESULT"), ("shingles vaccine", "PROCEDURE"), ("Shingrix", "MEDICATION"), ("colon cancer screening", "PROCEDURE"), ("Blood pressure", "PROCEDURE"), ("142/88", "RESULT"), ("(608) 555-0139", "PHONE")],
     ["primary-care", "behavioral-health", "practice-contact", "contrast"], "Screening results and a behavioral-health referral by e-mail (treated like SMS): BLOCK. Decision 1: bare 'Annual Wellness Visit' unlabelled; decision 10 for scores and vaccines. Contrast: bl0023 is the same text on the portal."),
    ("bl0023", "Dear Mr. Halvorsen,\n\nThank you for completing your Annual Wellness Visit with Dr. Imani Brooks on 2/11. Here is your personalized prevention plan:\n\n- Depression screening (PHQ-2): score 4, positive. Dr. Brooks has referred you to Lakeside Counseling Associates; they will call you this week.\n- Fall risk: moderate. A home-safety checklist is attached.\n- Due now: shingles vaccine (Shingrix dose 2) and colon cancer screening.\n- Blood pressure today: 142/88. Please recheck at home twice a week.\n\nQuestions? Call our nurse line at (608) 555-0139.\n\nFox Run Medical Group",
     "ALLOW", "care-instructions", "portal", "en",
     [("Halvorsen", "NAME"), ("Dr. Imani Brooks", "PROVIDER"), ("2/11", "DATE"), ("Depression screening", "PROCEDURE"), ("PHQ-2", "PROCEDURE"), ("score [[4]]", "RESULT"), ("positive", "RESULT"), ("Dr. Brooks", "PROVIDER"), ("Lakeside Counseling Associates", "SPECIALTY"), ("Fall risk", "PROCEDURE"), ("moderate", "RESULT"), ("shingles vaccine", "PROCEDURE"), ("Shingrix", "MEDICATION"), ("colon cancer screening", "PROCEDURE"), ("Blood pressure", "PROCEDURE"), ("142/88", "RESULT"), ("(608) 555-0139", "PHONE")],
     ["primary-care", "behavioral-health", "practice-contact", "contrast"], "Same prevention plan inside the secure portal: results and names may stay (README channel convention). Contrast with bl0022 (e-mail, BLOCK)."),
    ("bl0024", "Reminder: annual physical with Dr. Greer tomorrow at 7:40 AM. No need to fast unless our office told you to.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Greer", "PROVIDER")],
     ["primary-care"], "Generic annual physical, provider and time; decision 3: a generic fasting note is logistics."),
)

# ---------------------------------------------------------------- batch 3 (bl0025-bl0036): same-day sick slots, telehealth
add(
    ("bl0025", "Sick? Westbrook Family Health holds same-day sick visits every weekday. Call (720) 555-0119 right at 8 AM, or walk in 8-10 AM at any of our locations.",
     "ALLOW", "marketing", "sms", "en",
     [("(720) 555-0119", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Decision 2: 'sick visit' is a generic visit word; a broadcast to all patients with the practice's phone."),
    ("bl0026", "Hi Kenji, we can see you today at 2:15 with NP Sorensen for your sore throat and fever. Reply Y to hold the slot (we'll release it at 1pm).",
     "REWRITE", "reminder", "sms", "en",
     [("Kenji", "NAME"), ("NP Sorensen", "PROVIDER"), ("sore throat", "CONDITION"), ("fever", "CONDITION")],
     ["primary-care"], "Symptoms are conditions (README review); as the visit reason they go with the name, the same-day offer survives (decision 2)."),
    ("bl0027", "Your rapid strep test was positive. Dr. Haines sent amoxicillin 500 mg to your pharmacy: 1 capsule twice a day for 10 days. Stay home until 12 hrs after your first dose.",
     "BLOCK", "result", "sms", "en",
     [("rapid strep test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Haines", "PROVIDER"), ("amoxicillin 500 mg", "MEDICATION")],
     ["primary-care"], "Result plus dosing instructions are the message."),
    ("bl0028", "Your video visit with Dr. Ansel Park is on 11/3 at 4:30 PM (Eastern). About 10 minutes before, open the Join link in your portal. Please test your camera and microphone ahead of time at https://telehealth.example.org/test. If the video fails, we'll call you at the number on file.",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Ansel Park", "PROVIDER"), ("11/3", "DATE"), ("https://telehealth.example.org/test", "URL")],
     ["primary-care", "practice-contact"], "Decision 2: 'video visit' is a modality, not a visit type. The test page is the practice's generic link, no token."),
    ("bl0029", "Your telehealth visit starts in 15 min. Join here: https://meet.example.com/v/8Q2ZK7?patient=Rhonda.Ellison - no app needed.",
     "REWRITE", "reminder", "sms", "en",
     [("https://meet.example.com/v/8Q2ZK7?patient=Rhonda.Ellison", "URL")],
     ["primary-care"], "Decision 6: a join link carrying the patient's name is one patient-specific URL span; the 'starts in 15 min' notice survives."),
    ("bl0030", "Pinewood Family Practice invites you to a free outdoor screening of The Princess Bride this Saturday at dusk in our parking lot. Bring a blanket - popcorn's on us!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'screening' of a movie, not a medical screening."),
    ("bl0031", "Buenas tardes Sra. Ochoa, su prueba de COVID salió positiva. Debe aislarse 5 días y el Dr. Saldaña le mandó Paxlovid a su farmacia, tómelo según las indicaciones.",
     "BLOCK", "result", "sms", "es",
     [("Ochoa", "NAME"), ("prueba de COVID", "PROCEDURE"), ("positiva", "RESULT"), ("Dr. Saldaña", "PROVIDER"), ("Paxlovid", "MEDICATION")],
     ["primary-care"], "Resultado positivo y tratamiento: el contenido clínico es el mensaje."),
    ("bl0032", "¿Se siente mal? Tenemos citas el mismo día. Llame temprano al (305) 555-0163 o escriba CITA a este número y le buscamos un espacio.",
     "ALLOW", "marketing", "sms", "es",
     [("(305) 555-0163", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Decision 2: same-day appointments broadcast; 'se siente mal' names no condition of the recipient."),
    ("bl0033", "Hello,\nYour virtual migraine follow-up with Dr. Uchenna Obi is scheduled for 9/22 at 1:00 PM. Join using your personal link: https://virtual.example.net/join?appt=55821&key=pq93xz\nPlease be in a quiet, private space. Reply to reschedule.\n- Stonebridge Internal Medicine",
     "REWRITE", "reminder", "email", "en",
     [("migraine", "CONDITION"), ("Dr. Uchenna Obi", "PROVIDER"), ("9/22", "DATE"), ("https://virtual.example.net/join?appt=55821&key=pq93xz", "URL")],
     ["primary-care"], "Condition as the visit label and a personal keyed link go (decisions 2, 6); provider, date and time stay."),
    ("bl0034", "Hi, this is Marisol from Hillcrest Medical Associates returning your call about an appointment. We do have an opening tomorrow at 10:40 with Dr. Feld. Give us a call back at (503) 555-0127 and ask for scheduling. Thanks!",
     "ALLOW", "other", "voice", "en",
     [("Marisol", "PROVIDER"), ("Dr. Feld", "PROVIDER"), ("(503) 555-0127", "PHONE")],
     ["primary-care", "practice-contact"], "Staff member named as the caller is PROVIDER (README); an opening with provider and time, practice phone."),
    ("bl0035", "hi its the nurse at dr. wen's office. ur flu swab was neg, likely a virus. dr says rest, fluids, tylenol 650mg q6h prn fever. call if sx get worse",
     "BLOCK", "result", "sms", "en",
     [("dr. wen", "PROVIDER"), ("flu swab", "PROCEDURE"), ("neg", "RESULT"), ("virus", "CONDITION"), ("tylenol 650mg", "MEDICATION"), ("fever", "CONDITION")],
     ["primary-care", "shorthand"], "Result, assessment and dosing in staff shorthand (decision 11: 'neg' is RESULT)."),
    ("bl0036", "Dr. Ruiz is ready for your sinus infection video visit. Tap to join now.",
     "REWRITE", "reminder", "push", "en",
     [("Dr. Ruiz", "PROVIDER"), ("sinus infection", "CONDITION")],
     ["primary-care"], "Lock-screen push naming the reason for the visit: the condition goes, 'ready for your video visit' survives (decision 2)."),
)

# ---------------------------------------------------------------- batch 4 (bl0037-bl0048): check-in, copay, after-visit summaries
add(
    ("bl0037", "Welcome to Brookside Primary Care! Text HERE when you park and we'll check you in. Your estimated copay today is $30 - we take cards, HSA cards and Apple Pay.",
     "ALLOW", "billing", "sms", "en", [],
     ["primary-care", "hard-negative"], "Decision 5: a copay amount is not PHI and reveals nothing clinical; check-in logistics."),
    ("bl0038", "To finish e-check-in, please confirm: date of birth 07/30/1961, insurance Keystone Health Plan member ID W228841736. Reply Y if correct or N to update.",
     "REWRITE", "other", "sms", "en",
     [("07/30/1961", "DATE"), ("W228841736", "HEALTH_PLAN_ID")],
     ["primary-care", "dob", "identifier"], "DOB without a name is REWRITE (README); the member ID is not needed; 'please confirm your date of birth and insurance' survives."),
    ("bl0039", "Check-in complete: Gerald Huxley, DOB 02/14/1939, room 4. Copay $0 (Medicare ID 5KW3-HT7-QA21). Provider: Dr. Stein.",
     "BLOCK", "other", "sms", "en",
     [("Gerald Huxley", "NAME"), ("02/14/1939", "DATE"), ("5KW3-HT7-QA21", "HEALTH_PLAN_ID"), ("Dr. Stein", "PROVIDER")],
     ["primary-care", "dob", "identifier"], "Full date of birth with the patient's name (plus the Medicare beneficiary number) is BLOCK (README)."),
    ("bl0040", "Recuerde traer su tarjeta del seguro y una identificación con foto. El copago se cobra al registrarse. ¡Gracias por su preferencia!",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Decision 5: copago y seguro sin ningún dato del paciente."),
    ("bl0041", "After Visit Summary - Oak Hollow Family Medicine\nPatient: Corinne Maddox   Visit: 03/09 with Dr. Farida Haddad\n\nToday's diagnoses: Essential hypertension; Prediabetes\nVitals: BP 152/94, Weight 211 lb\nMedication changes: INCREASE lisinopril from 10 mg to 20 mg once daily\nOrders: CMP, hemoglobin A1c, lipid panel (fasting)\nFollow-up: 3 months, or sooner if home readings stay above 140/90\n\nPlease reply to this email or call (617) 555-0108 with questions.",
     "BLOCK", "care-instructions", "email", "en",
     [("Corinne Maddox", "NAME"), ("03/09", "DATE"), ("Dr. Farida Haddad", "PROVIDER"), ("Essential hypertension", "CONDITION"), ("Prediabetes", "CONDITION"), ("BP", "PROCEDURE"), ("152/94", "RESULT"), ("Weight", "PROCEDURE"), ("211 lb", "RESULT"), ("lisinopril", "MEDICATION"), ("CMP", "PROCEDURE"), ("hemoglobin A1c", "PROCEDURE"), ("lipid panel", "PROCEDURE"), ("(617) 555-0108", "PHONE")],
     ["primary-care", "practice-contact"], "An after-visit summary by e-mail: diagnoses, vitals and a dose change. Decisions 10, 13: vitals are PROCEDURE/RESULT; the 140/90 threshold is not the patient's value and is unlabelled; 'fasting' outside the test span (decision 3)."),
    ("bl0042", "Resumen de su visita - Dra. Lucía Ferrer, 12/02\nDiagnóstico: hipotiroidismo\nMedicamento: levotiroxina 75 mcg, 1 tableta diaria en ayunas, 30 minutos antes del desayuno.\nLaboratorio: TSH en 6 semanas.\nSi tiene dudas, responda a este mensaje por el portal.",
     "ALLOW", "care-instructions", "portal", "es",
     [("Dra. Lucía Ferrer", "PROVIDER"), ("12/02", "DATE"), ("hipotiroidismo", "CONDITION"), ("levotiroxina 75 mcg", "MEDICATION"), ("TSH", "PROCEDURE")],
     ["primary-care"], "Dentro del portal seguro el diagnóstico y la dosis pueden ir (README, canal portal)."),
    ("bl0043", "Your after-visit summary from today's knee pain visit with Dr. Lowry is ready in the patient portal.",
     "REWRITE", "portal-notice", "sms", "en",
     [("knee pain", "CONDITION"), ("Dr. Lowry", "PROVIDER")],
     ["primary-care"], "Symptom used as a visit label goes; 'your after-visit summary is ready' survives."),
    ("bl0044", "Your after-visit summary from today is ready. Log in at myportal.example.com to view it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("myportal.example.com", "URL")],
     ["primary-care", "practice-contact"], "Notification without PHI, the practice's own portal address."),
    ("bl0045", "Hi Priya Raman,\nYou have a balance of $45.00 for your 3/3 visit (account #7720-1945). Pay securely at https://pay.example.com/brookside or call billing at (412) 555-0145. Thank you!",
     "REWRITE", "billing", "email", "en",
     [("Priya Raman", "NAME"), ("3/3", "DATE"), ("7720-1945", "ACCOUNT"), ("https://pay.example.com/brookside", "URL"), ("(412) 555-0145", "PHONE")],
     ["primary-care", "practice-contact"], "Name and account number are not needed for a balance notice; the amount (decision 5), the visit date and the practice's pay page and phone stay."),
    ("bl0046", "The results are in! 96% of patients who answered our fall survey said they'd recommend Fairview Medical Group to friends and family. Thank you for the feedback!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'results' of a satisfaction survey, 'fall' is the season."),
    ("bl0047", "Hi, this is Tasha, the nurse at Dr. Bellamy's office, calling for Lorraine. Your blood pressure was 168 over 96 at your visit today, so Dr. Bellamy wants you to start amlodipine 5 milligrams once a day. We sent it to your pharmacy. Call us back with any questions.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Tasha", "PROVIDER"), ("Dr. Bellamy", "PROVIDER"), ("Lorraine", "NAME"), ("blood pressure", "PROCEDURE"), ("168 over 96", "RESULT"), ("Dr. Bellamy", "PROVIDER", 1), ("amlodipine 5 milligrams", "MEDICATION")],
     ["primary-care"], "A voicemail (overheard, like SMS) with a vital-sign value and a new drug and dose."),
    ("bl0048", "Resumen de su visita de hoy: infección de vías urinarias. Tome nitrofurantoína 100 mg dos veces al día por 5 días y tome mucha agua. Dr. Arce",
     "BLOCK", "care-instructions", "sms", "es",
     [("infección de vías urinarias", "CONDITION"), ("nitrofurantoína 100 mg", "MEDICATION"), ("Dr. Arce", "PROVIDER")],
     ["primary-care"], "Diagnóstico e indicaciones de dosis por SMS: no se puede quitar sin perder el mensaje."),
)

# ---------------------------------------------------------------- batch 5 (bl0049-bl0060): lab orders and fasting instructions
add(
    ("bl0049", "Your lab order is in the system. Walk-in draws at Pinecrest Lab Mon-Fri 7-11 AM, no appointment needed. Please bring a photo ID.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["lab", "hard-negative"], "A lab order with no test named; '... Lab' is a generic name (README)."),
    ("bl0050", "Please don't eat or drink anything but water for 10-12 hours before your blood work tomorrow morning. You may take your usual morning medications with a sip of water unless we told you otherwise.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["primary-care", "lab", "hard-negative"], "Decision 3: generic fasting prep that names no test, drug or condition is logistics; 'blood work' and 'medications' are generic (README)."),
    ("bl0051", "Reminder: fasting lipid panel + A1c draw Wed 1/21 at 7:30 AM. Nothing to eat after 9 PM the night before; water is fine.",
     "REWRITE", "reminder", "sms", "en",
     [("lipid panel", "PROCEDURE"), ("A1c", "PROCEDURE"), ("1/21", "DATE")],
     ["primary-care", "lab"], "Named tests go (decision 3: 'fasting' stays outside the span); the draw time and the fasting note survive."),
    ("bl0052", "Before tomorrow's fasting labs: skip your metformin that morning and take half your usual insulin (10 units) the night before. Eat breakfast right after your draw.",
     "BLOCK", "care-instructions", "sms", "en",
     [("metformin", "MEDICATION"), ("insulin", "MEDICATION")],
     ["primary-care", "lab"], "Decision 3: prep that holds a drug and halves a dose is a dosing instruction - BLOCK."),
    ("bl0053", "Hola Esteban, su orden para el perfil de lípidos y la prueba de tiroides ya está en el sistema. Puede pasar al laboratorio cualquier día de 7 a 11; venga en ayunas de 8 horas.",
     "REWRITE", "care-instructions", "sms", "es",
     [("Esteban", "NAME"), ("perfil de lípidos", "PROCEDURE"), ("prueba de tiroides", "PROCEDURE")],
     ["primary-care", "lab"], "Nombre y pruebas nombradas se quitan; la orden, el horario y el ayuno (decisión 3) quedan."),
    ("bl0054", "¡Su pedido de la tienda de la clínica (termo y camiseta) ya está listo! Puede recogerlo en recepción de lunes a viernes.",
     "ALLOW", "pickup", "sms", "es", [],
     ["general", "hard-negative"], "Un pedido de la tienda (termo, camiseta), no una orden médica ni una receta."),
    ("bl0055", "Dear Mr. Falk,\n\nDr. Winslow has placed orders for the following tests: PSA, urine microalbumin, and a hepatic function panel. These were ordered because of your elevated liver enzymes in March and your history of hepatitis C.\n\nPlease fast for 8 hours beforehand (water and black coffee are okay). You can go to any Pinecrest Lab location; no appointment is needed. Your plan may require a copay.\n\nIf you have questions, reply here or call (860) 555-0176.\n\nSincerely,\nKaren Liu, RN\nValley Stream Internal Medicine",
     "BLOCK", "care-instructions", "email", "en",
     [("Falk", "NAME"), ("Dr. Winslow", "PROVIDER"), ("PSA", "PROCEDURE"), ("urine microalbumin", "PROCEDURE"), ("hepatic function panel", "PROCEDURE"), ("elevated", "RESULT"), ("liver enzymes", "PROCEDURE"), ("hepatitis C", "CONDITION"), ("(860) 555-0176", "PHONE"), ("Karen Liu, RN", "PROVIDER")],
     ["primary-care", "lab", "practice-contact"], "The order letter states a prior abnormal result and a diagnosis as the reason: BLOCK even though most of it is logistics."),
    ("bl0056", "Good news - your Harborview Clinic fleece order has shipped and should arrive in 3-5 business days. Questions about your order? Just reply to this text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'order' of merchandise, not a lab or medication order."),
    ("bl0057", "Pinecrest Lab: your specimen (accession LB-5520931) was received on 4/2. Results will be sent to your ordering provider in 2-3 business days.",
     "REWRITE", "other", "sms", "en",
     [("LB-5520931", "OTHER_ID"), ("4/2", "DATE")],
     ["lab", "identifier"], "Decision 14: the accession number (OTHER_ID, README) is not needed; 'specimen received' with no test named survives."),
    ("bl0058", "This is an automated message from Riverside Family Medicine. Your lab order has been sent to the lab you chose. No appointment is needed. To hear lab hours, press 1. To speak with our staff, press 0.",
     "ALLOW", "other", "voice", "en", [],
     ["primary-care", "lab", "hard-negative"], "IVR notice with no test, person or identifier."),
    ("bl0059", "Your glucose tolerance test is 5/8 at 8 AM. Since your fasting sugar was 118 last time, Dr. Ng wants the 2-hour test. Drink the whole bottle within 5 min and stay in the lab.",
     "BLOCK", "care-instructions", "sms", "en",
     [("glucose tolerance test", "PROCEDURE"), ("5/8", "DATE"), ("fasting sugar", "PROCEDURE"), ("118", "RESULT"), ("Dr. Ng", "PROVIDER"), ("2-hour test", "PROCEDURE")],
     ["primary-care", "lab"], "A prior value is given as the reason for the test: the result makes it BLOCK."),
    ("bl0060", "Lab reminder: INR check tomorrow 9:15 AM at the Coumadin clinic desk, 2nd floor.",
     "REWRITE", "reminder", "push", "en",
     [("INR", "PROCEDURE"), ("Coumadin", "MEDICATION")],
     ["primary-care", "lab"], "Test and drug brand used as a clinic name go (README: brand as the object of a visit is MEDICATION); time and floor survive."),
)

# ---------------------------------------------------------------- batch 6 (bl0061-bl0072): results notices and how staff word results
add(
    ("bl0061", "You have new test results in your patient portal. Log in at myhealth.example.org to view them. Questions? Call (563) 555-0112.",
     "ALLOW", "portal-notice", "sms", "en",
     [("myhealth.example.org", "URL"), ("(563) 555-0112", "PHONE")],
     ["primary-care", "practice-contact"], "Results-ready notice without naming the test: notification without PHI."),
    ("bl0062", "New result available. Open the Lakeview Health app to view it securely.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["primary-care", "hard-negative"], "'result' with no test or value: the safe pattern."),
    ("bl0063", "Hi Jolene! Good news, all your labs came back normal \U0001F60A Dr. Espinoza says see you next year!",
     "BLOCK", "result", "sms", "en",
     [("Jolene", "NAME"), ("normal", "RESULT"), ("Dr. Espinoza", "PROVIDER")],
     ["primary-care"], "README: a normal result is still a result (BLOCK); decision 11."),
    ("bl0064", "Your cholesterol is slightly high (LDL 162). Dr. Carver recommends diet changes and a recheck in 3 months - no medicine for now.",
     "BLOCK", "result", "sms", "en",
     [("cholesterol", "PROCEDURE"), ("slightly high", "RESULT"), ("LDL", "PROCEDURE"), ("162", "RESULT"), ("Dr. Carver", "PROVIDER")],
     ["primary-care", "contrast"], "Value and interpretation by SMS. Contrast: bl0069 is the same text on the portal (ALLOW)."),
    ("bl0065", "Hey this is Bree from Dr. Osei's office - your potassium was a little low so we need to recheck it. Can you come in Thursday for a quick draw?",
     "BLOCK", "result", "sms", "en",
     [("Bree", "PROVIDER"), ("Dr. Osei", "PROVIDER"), ("potassium", "PROCEDURE"), ("a little low", "RESULT")],
     ["primary-care"], "Decision 4: a recheck that states the direction of the value is a result - BLOCK."),
    ("bl0066", "Dr. Kaminski would like to recheck your kidney function in about 2 weeks. Please schedule a lab-only visit at your convenience by replying to this message.",
     "REWRITE", "care-instructions", "sms", "en",
     [("Dr. Kaminski", "PROVIDER"), ("kidney function", "PROCEDURE")],
     ["primary-care", "lab"], "Decision 4: a recheck request that names the test but no value or direction is REWRITE - 'recheck your labs in about 2 weeks' survives (like 'mammogram follow-up')."),
    ("bl0067", "Sra. Benítez, sus resultados de la hemoglobina A1c salieron en 8.4%. La Dra. Paredes quiere subirle la metformina a 1000 mg dos veces al día. Pase por su receta nueva.",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("hemoglobina A1c", "PROCEDURE"), ("8.4%", "RESULT"), ("Dra. Paredes", "PROVIDER"), ("metformina", "MEDICATION")],
     ["primary-care"], "Valor de laboratorio y cambio de dosis: BLOCK. La dosis no va dentro del span porque no sigue al nombre (README)."),
    ("bl0068", "Sus resultados ya están disponibles en el portal del paciente. Por su privacidad, no enviamos resultados por mensaje de texto.",
     "ALLOW", "portal-notice", "sms", "es", [],
     ["primary-care", "hard-negative"], "Aviso de resultados sin nombrar la prueba ni el valor."),
    ("bl0069", "Your cholesterol is slightly high (LDL 162). Dr. Carver recommends diet changes and a recheck in 3 months - no medicine for now.",
     "ALLOW", "result", "portal", "en",
     [("cholesterol", "PROCEDURE"), ("slightly high", "RESULT"), ("LDL", "PROCEDURE"), ("162", "RESULT"), ("Dr. Carver", "PROVIDER")],
     ["primary-care", "contrast"], "Same text as bl0064 inside the secure portal: values may stay (README channel convention)."),
    ("bl0070", "Subject: Your thyroid panel results\n\nHi Marcus,\nYour results from Tuesday: TSH 7.9 (H), free T4 0.8 (L). Dr. Abiodun would like to start levothyroxine 25 mcg daily and recheck in 6 weeks. The prescription is at your pharmacy.\n- Nurse Pam, Crescent Internal Medicine",
     "BLOCK", "result", "email", "en",
     [("thyroid panel", "PROCEDURE"), ("Marcus", "NAME"), ("TSH", "PROCEDURE"), ("7.9", "RESULT"), ("7.9 ([[H]])", "RESULT"), ("free T4", "PROCEDURE"), ("0.8", "RESULT"), ("0.8 ([[L]])", "RESULT"), ("Dr. Abiodun", "PROVIDER"), ("levothyroxine 25 mcg", "MEDICATION"), ("Nurse Pam", "PROVIDER")],
     ["primary-care"], "Values with flags (each flag its own RESULT, README) and a new drug and dose by e-mail."),
    ("bl0071", "Patient Advisory Council election results: congratulations to our four new members! Full results are posted in the lobby and on our website.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'results' of an election."),
    ("bl0072", "Hi, this message is for Arturo. Your chest x-ray from Monday was clear, no pneumonia, so you can finish the antibiotics and follow up as needed. Have a good day.",
     "BLOCK", "result", "voice", "en",
     [("Arturo", "NAME"), ("chest x-ray", "PROCEDURE"), ("clear", "RESULT"), ("no pneumonia", "RESULT"), ("antibiotics", "MEDICATION")],
     ["primary-care", "negation"], "A normal imaging result on a voicemail; decision 11: 'clear' and the negated finding 'no pneumonia' are RESULT."),
)

# ---------------------------------------------------------------- batch 7 (bl0073-bl0084): referral status
add(
    ("bl0073", "Your referral has been sent. The specialist's office will contact you within 5-7 business days to schedule. If you haven't heard by then, call us at (412) 555-0150.",
     "ALLOW", "other", "sms", "en",
     [("(412) 555-0150", "PHONE")],
     ["primary-care", "practice-contact"], "Referral status with no specialty named; 'specialist' is generic."),
    ("bl0074", "Update: your referral to Three Rivers Cardiology was approved by your insurance. Their office will call you to schedule your echocardiogram.",
     "REWRITE", "other", "sms", "en",
     [("Three Rivers Cardiology", "SPECIALTY"), ("echocardiogram", "PROCEDURE")],
     ["primary-care", "cardiology"], "Specialty-revealing practice name and test go; 'your referral was approved, they will call you' survives."),
    ("bl0075", "Hi Mr. Saldivar,\nWe faxed your referral to Dr. Helen Cho (dermatology) on 10/2 for the mole on your back. If you don't hear from them within a week, her office number is (412) 555-0156.\nThanks,\nDevon, referral coordinator",
     "REWRITE", "other", "email", "en",
     [("Saldivar", "NAME"), ("Dr. Helen Cho", "PROVIDER"), ("dermatology", "SPECIALTY"), ("10/2", "DATE"), ("mole", "CONDITION"), ("(412) 555-0156", "PHONE"), ("Devon", "PROVIDER")],
     ["primary-care", "dermatology", "practice-contact"], "Name, specialty and the reason go; decision 7: the specialist's office phone is a provider contact and stays; decision 9: the coordinator is workforce."),
    ("bl0076", "Your GI referral for the positive Cologuard is in. Dr. Patel's office will call you to set up the colonoscopy.",
     "BLOCK", "other", "sms", "en",
     [("GI", "SPECIALTY"), ("positive", "RESULT"), ("Cologuard", "PROCEDURE"), ("Dr. Patel", "PROVIDER"), ("colonoscopy", "PROCEDURE")],
     ["primary-care"], "The referral states a positive screening result: BLOCK. Decision 10: Cologuard is a test kit, PROCEDURE."),
    ("bl0077", "We're hiring! Know a great medical assistant or front-desk pro? Our $500 referral bonus is open to everyone through the end of June. Ask at the front desk for details.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'referral' bonus for job candidates, not a medical referral."),
    ("bl0078", "Hola Sra. Cárdenas, su referencia al ortopedista ya fue aprobada. El consultorio del Dr. Lugo le va a llamar para programar su cita.",
     "REWRITE", "other", "sms", "es",
     [("Cárdenas", "NAME"), ("ortopedista", "SPECIALTY"), ("Dr. Lugo", "PROVIDER")],
     ["primary-care", "orthopedics"], "Nombre y especialidad se quitan; 'su referencia fue aprobada' queda."),
    ("bl0079", "Estimado Sr. Robles:\nLe informamos que la referencia de su esposa, Carmen, al neurólogo por las convulsiones ya fue enviada. El consultorio del Dr. Barrios le llamará en los próximos días para darle cita.\nAtentamente,\nDepartamento de Referencias\nClínica Santa Fe",
     "BLOCK", "other", "email", "es",
     [("Robles", "NAME"), ("Carmen", "NAME"), ("neurólogo", "SPECIALTY"), ("convulsiones", "CONDITION"), ("Dr. Barrios", "PROVIDER")],
     ["primary-care", "third-party"], "La condición de un tercero (la esposa) enviada al esposo: BLOCK (README, third party)."),
    ("bl0080", "Referral approved - details in your portal.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["primary-care", "hard-negative"], "Status with no specialty, reason or person."),
    ("bl0081", "Your referral auth #RF-448120 for physical therapy at Motion Works PT is valid through 8/31/2025 (12 visits). Call them to book your first session.",
     "REWRITE", "other", "sms", "en",
     [("RF-448120", "OTHER_ID"), ("physical therapy", "SPECIALTY"), ("Motion Works PT", "SPECIALTY"), ("8/31/2025", "DATE")],
     ["primary-care", "physical-therapy", "identifier"], "Decision 8: 'physical therapy' as a service line is SPECIALTY; the PT practice name too (README); the authorization number is OTHER_ID. The validity date and visit count survive."),
    ("bl0082", "Subject: How referrals work at Summit Family Physicians\n\nDear patients,\n\nWe get many questions about referrals, so here is what to expect. When your clinician refers you to a specialist, our referral team sends your records and, if your plan requires it, requests approval from your insurance. Normal processing time is 3 to 5 business days; some plans take longer.\n\nHMO members need an approved referral before seeing any specialist, or the visit may not be covered. PPO members usually do not, but we still send records so your care is coordinated.\n\nYou can check the status of a referral anytime in the patient portal under 'Referrals'. Please don't call the specialist until you see 'Approved'. If a plan denies a referral, we will contact you about next steps, such as an appeal or another in-network office.\n\nThank you for your patience,\nSummit Family Physicians Referral Team",
     "ALLOW", "other", "email", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "A long explainer to all patients: 'referral', 'specialist', 'Normal processing time', 'records' describe no one."),
    ("bl0083", "Dr. Greene reviewed your MRI and is referring you to neurosurgery for the herniated disc at L5-S1. Expect a call from their scheduler this week.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Greene", "PROVIDER"), ("MRI", "PROCEDURE"), ("neurosurgery", "SPECIALTY"), ("herniated disc at L5-S1", "CONDITION")],
     ["primary-care", "imaging"], "An imaging finding is the reason for the referral: BLOCK."),
    ("bl0084", "Hello, this is Northfield Internal Medicine with a message for Yusuf Demir. Your referral to the sleep center for a sleep study has been approved. Please call them to schedule. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Yusuf Demir", "NAME"), ("sleep center", "SPECIALTY"), ("sleep study", "PROCEDURE")],
     ["primary-care"], "Name, service line and test go; 'your referral has been approved' survives."),
)

# ---------------------------------------------------------------- batch 8 (bl0085-bl0096): refill requests and approvals, prior authorization
add(
    ("bl0085", "Good news: your refill request was approved by Dr. Lindgren and sent to your pharmacy. Please allow 1-2 business days for it to be ready.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Lindgren", "PROVIDER")],
     ["primary-care"], "Refill approval with no drug named: 'refill' and 'pharmacy' are generic (README)."),
    ("bl0086", "Cornerstone Pharmacy: your refill of atorvastatin 40 mg (Rx #6610287) is ready for pickup. Pickup window closes in 7 days.",
     "REWRITE", "pickup", "sms", "en",
     [("atorvastatin 40 mg", "MEDICATION"), ("6610287", "OTHER_ID")],
     ["pharmacy", "identifier"], "Medication name in a pickup notice and the Rx number (OTHER_ID, README) go; '... Pharmacy' is generic."),
    ("bl0087", "We can't refill your lisinopril until you come in. Dr. Yoon needs a BP check and a BMP first since your last creatinine was elevated. Reply 1 to book.",
     "BLOCK", "other", "sms", "en",
     [("lisinopril", "MEDICATION"), ("Dr. Yoon", "PROVIDER"), ("BP", "PROCEDURE"), ("BMP", "PROCEDURE"), ("creatinine", "PROCEDURE"), ("elevated", "RESULT")],
     ["primary-care"], "A refill held because of an abnormal value: the result is the reason and cannot be removed without losing it."),
    ("bl0088", "Dr. Marsh approved your Oz\u0435mpic refill. Increase to 0.5 mg once weekly starting this Sunday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Marsh", "PROVIDER"), ("Oz\u0435mpic", "MEDICATION")],
     ["primary-care"], "Disguised (Cyrillic e in the brand name): a dose change is BLOCK whatever the spelling."),
    ("bl0089", "Su solicitud de resurtido fue aprobada y enviada a su farmacia. Si no está lista en 48 horas, llámenos al (915) 555-0124.",
     "ALLOW", "other", "sms", "es",
     [("(915) 555-0124", "PHONE")],
     ["primary-care", "practice-contact"], "Aprobación de resurtido sin nombrar el medicamento; teléfono del consultorio."),
    ("bl0090", "Hola Maribel, su receta de losartán ya está lista para recoger en Farmacia San Judas. Total a pagar: $4.00.",
     "REWRITE", "pickup", "sms", "es",
     [("Maribel", "NAME"), ("losartán", "MEDICATION")],
     ["pharmacy"], "Nombre y medicamento en un aviso de recogida se quitan (README); 'receta' es genérico."),
    ("bl0091", "Update from Lakeside Internal Medicine: the prior authorization you asked about has been approved by your plan, and your pharmacy has been notified.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Prior authorization status with no drug, service or identifier."),
    ("bl0092", "Dear Ms. Whitaker,\nWe submitted a prior authorization request for Eliquis to BlueRiver Health Plan (member ID XZH448120397) on 12/4. Plans usually decide within 3-5 business days; we will let you know as soon as we hear back.\nPrior Authorization Team, Hollis Internal Medicine",
     "REWRITE", "other", "email", "en",
     [("Whitaker", "NAME"), ("Eliquis", "MEDICATION"), ("XZH448120397", "HEALTH_PLAN_ID"), ("12/4", "DATE")],
     ["primary-care", "identifier"], "Name, drug and member ID go; 'we submitted a prior authorization on 12/4' survives."),
    ("bl0093", "Hi Mr. Castellano,\nUnfortunately your plan denied the prior authorization for Wegovy. Their letter says your BMI on file (31.4) does not meet their criteria. Dr. Petrakis can file an appeal or discuss other options at a visit.\nReply here or call (702) 555-0117.\nSierra Vista Family Medicine",
     "BLOCK", "other", "email", "en",
     [("Castellano", "NAME"), ("Wegovy", "MEDICATION"), ("BMI", "PROCEDURE"), ("31.4", "RESULT"), ("Dr. Petrakis", "PROVIDER"), ("(702) 555-0117", "PHONE")],
     ["primary-care", "practice-contact"], "The denial reason is a clinical value (decision 10: BMI is a measure, its value RESULT): BLOCK."),
    ("bl0094", "Reminder from Dr. Lamb: take pred\u200bnisone 40 mg every morning with food for 5 days, then stop. Finish the whole course.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Lamb", "PROVIDER"), ("pred\u200bnisone 40 mg", "MEDICATION")],
     ["primary-care"], "Disguised (zero-width space inside the drug name): dosing instructions are BLOCK."),
    ("bl0095", "Refill requests can take up to 3 business days. Please contact your pharmacy first - they will send the request to us electronically. Some medications require a visit before refilling.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Refill policy for everyone; no drug named."),
    ("bl0096", "Don Ramiro, la receta de insulina de su mamá ya está aprobada. Que se ponga 18 unidades en la noche como le dijo la doctora.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ramiro", "NAME"), ("insulina", "MEDICATION")],
     ["primary-care", "third-party"], "Medicamento y dosis de un tercero (la mamá) enviados al hijo: BLOCK (README). 'Don' queda fuera del span."),
)

# ---------------------------------------------------------------- batch 9 (bl0097-bl0108): follow-up scheduling, no-shows, cancellations
add(
    ("bl0097", "Dr. Valdés would like to see you back in about 3 months. Reply BOOK to pick a time, or call (608) 555-0171.",
     "ALLOW", "recall", "sms", "en",
     [("Dr. Valdés", "PROVIDER"), ("(608) 555-0171", "PHONE")],
     ["primary-care", "practice-contact"], "Follow-up interval with no reason given."),
    ("bl0098", "Time to schedule your 6-month hypertension follow-up with Dr. Ferrante. Book here: https://book.example.com/ferrante?mrn=01188273",
     "REWRITE", "recall", "sms", "en",
     [("hypertension", "CONDITION"), ("Dr. Ferrante", "PROVIDER"), ("https://book.example.com/ferrante?mrn=01188273", "URL")],
     ["primary-care"], "Condition used as a visit label goes ('follow-up' outside); decision 6: the booking link carries an MRN, one URL span."),
    ("bl0099", "Policy reminder: please give us 24 hours' notice to cancel. Late cancellations and no-shows may be charged $50. Thank you for helping us keep slots open for patients who need them.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "No-show policy for every patient."),
    ("bl0100", "Hi Deshawn, we missed you at your 9:30 colonoscopy consult today. A $40 no-show fee was added to your account per our policy. Call (216) 555-0133 to reschedule.",
     "REWRITE", "other", "sms", "en",
     [("Deshawn", "NAME"), ("colonoscopy", "PROCEDURE"), ("(216) 555-0133", "PHONE")],
     ["primary-care", "practice-contact"], "Name and visit type go; the no-show notice, fee (decision 5) and practice phone survive."),
    ("bl0101", "Le recordamos nuestra política: si no puede asistir a su cita, avísenos con 24 horas de anticipación. Las citas perdidas pueden tener un cargo de $25.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Política de cancelación para todos los pacientes."),
    ("bl0102", "Following up from your visit: your ultrasound confirmed gallstones. Dr. Ito wants you to see a surgeon in the next 2 weeks - avoid fatty foods until then.",
     "BLOCK", "result", "sms", "en",
     [("ultrasound", "PROCEDURE"), ("gallstones", "CONDITION"), ("Dr. Ito", "PROVIDER")],
     ["primary-care", "imaging"], "A finding and care instructions; 'surgeon' is generic (README)."),
    ("bl0103", "Hi Ms. Kowalsky, pls call us to reschedual your pap smear w/ Dr. Bhatt. she had to cancel her 5/19 clinic. sorry for the inconvience!",
     "REWRITE", "reminder", "sms", "en",
     [("Kowalsky", "NAME"), ("pap smear", "PROCEDURE"), ("Dr. Bhatt", "PROVIDER"), ("5/19", "DATE")],
     ["primary-care", "reproductive", "typo", "shorthand"], "Name and procedure go; the reschedule request survives."),
    ("bl0104", "Hi Mrs. Okoro,\nChidi is due for his ADHD med check. Since he's lost 4 lbs since starting Vyvanse, Dr. Haddad would like to see him in the next 2 weeks. Reply with a good time after school.\nThanks, Jada (front desk)",
     "BLOCK", "recall", "email", "en",
     [("Okoro", "NAME"), ("Chidi", "NAME"), ("ADHD", "CONDITION"), ("med check", "PROCEDURE"), ("lost 4 lbs", "RESULT"), ("Vyvanse", "MEDICATION"), ("Dr. Haddad", "PROVIDER"), ("Jada", "PROVIDER")],
     ["primary-care", "pediatrics", "minor", "third-party"], "A dependent's condition, drug and weight change sent to the guardian: BLOCK (README)."),
    ("bl0105", "You have an appointment with Doctor Harriet Lam on Wednesday, March 4th, at 2:30 PM. Press 1 to confirm, 2 to cancel, or 3 to speak with our staff.",
     "ALLOW", "confirmation", "voice", "en",
     [("Doctor Harriet Lam", "PROVIDER"), ("March 4th", "DATE")],
     ["primary-care"], "IVR confirmation with provider, date and time."),
    ("bl0106", "We're sorry - Dr. Sato is out unexpectedly on Fri 8/14. Your appointment has been moved to Mon 8/17, same time. Reply OK to accept or CALL to pick another time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Sato", "PROVIDER"), ("8/14", "DATE"), ("8/17", "DATE")],
     ["primary-care"], "Practice-initiated reschedule with provider and dates."),
    ("bl0107", "Sr. Gallardo, su cita de seguimiento de diabetes con el Dr. Fuentes se canceló. Por favor llame al (956) 555-0181 para reprogramar.",
     "REWRITE", "reminder", "sms", "es",
     [("Gallardo", "NAME"), ("diabetes", "CONDITION"), ("Dr. Fuentes", "PROVIDER"), ("(956) 555-0181", "PHONE")],
     ["primary-care", "practice-contact"], "Nombre y diagnóstico usado como tipo de cita se quitan; 'cita de seguimiento' queda."),
    ("bl0108", "ur H I V test came back n e g a t i v e, no need to come in. -Dr. Pruitt's office",
     "BLOCK", "result", "sms", "en",
     [("H I V test", "PROCEDURE"), ("n e g a t i v e", "RESULT"), ("Dr. Pruitt", "PROVIDER")],
     ["primary-care", "hiv-sexual-health", "spaced", "shorthand"], "Disguised (spaced letters): a negative HIV result is still a result (README)."),
)

# ---------------------------------------------------------------- batch 10 (bl0109-bl0120): surveys, welcome letters, odds and ends
add(
    ("bl0109", "How did we do? Rate your visit with Dr. Kamara in 2 minutes: https://survey.example.com/eastgate Reply STOP to opt out. -Eastgate Family Medicine",
     "ALLOW", "other", "sms", "en",
     [("Dr. Kamara", "PROVIDER"), ("https://survey.example.com/eastgate", "URL")],
     ["primary-care", "practice-contact"], "Satisfaction survey with the practice's generic link (no respondent token)."),
    ("bl0110", "Hi Lauren,\nThanks for coming in for your IUD insertion with Dr. Moss on 6/5. We'd love to hear about your experience - it takes 2 minutes: https://survey.example.com/s?rid=PX-44190\nThank you!\nWillow Creek Family Medicine",
     "REWRITE", "other", "email", "en",
     [("Lauren", "NAME"), ("IUD insertion", "PROCEDURE"), ("Dr. Moss", "PROVIDER"), ("6/5", "DATE"), ("https://survey.example.com/s?rid=PX-44190", "URL")],
     ["primary-care", "reproductive"], "Survey naming the procedure: name, procedure and the respondent-tokened link go (decision 6); the thank-you survives."),
    ("bl0111", "Resultados de nuestra encuesta: el 92% de nuestros pacientes calificó la atención como excelente. ¡Gracias por sus comentarios!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Resultados' de una encuesta de satisfacción, no de laboratorio."),
    ("bl0112", "Tip: go paperless! Switch to e-statements in the portal and stop getting physical statements in the mail. It takes less than a minute.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'physical' statements are paper bills."),
    ("bl0113", "great news!! y0ur d1abetes is under b3tter c0ntrol, A1c down to 6.9. keep it up!! - Nurse Gail",
     "BLOCK", "result", "sms", "en",
     [("d1abetes", "CONDITION"), ("b3tter c0ntrol", "RESULT"), ("A1c", "PROCEDURE"), ("6.9", "RESULT"), ("Nurse Gail", "PROVIDER")],
     ["primary-care", "leet"], "Disguised (leet): diagnosis, its state (RESULT per README 'state a condition is in', decision 11) and a value."),
    ("bl0114", "Subject: Welcome to Maple Grove Primary Care\n\nDear new patient,\n\nWelcome! We're glad you chose us. A few things to know before your first visit:\n\n- Office: 410 Orchard Way, Suite 200, Madison, WI 53711 (free parking behind the building)\n- Normal business hours: Mon-Fri 7:30 AM-5:30 PM; Saturday same-day clinic 8 AM-noon\n- Phone: (608) 555-0190 | Fax: (608) 555-0191\n- Patient portal: https://maplegrovepc.example.com/portal\n- Please bring a photo ID, your insurance card and a list of your medications.\n- Cancellation policy: please give 24 hours' notice; repeated no-shows may be charged $50.\n\nWe look forward to meeting you!\nThe Maple Grove Primary Care team",
     "ALLOW", "other", "email", "en",
     [("410 Orchard Way, Suite 200, Madison, WI 53711", "ADDRESS"), ("(608) 555-0190", "PHONE"), ("(608) 555-0191", "FAX"), ("https://maplegrovepc.example.com/portal", "URL")],
     ["primary-care", "practice-contact"], "Welcome letter with the practice's own address, phone, fax and portal (README: labelled, ALLOW); 'Normal business hours' is not a result."),
    ("bl0115", "Your mobile phlebotomist will arrive at 2218 Larkspur Ln, Apt 3B, Fresno CA 93722 between 8 and 10 AM Thursday. Please have the lab order and your ID ready.",
     "REWRITE", "reminder", "sms", "en",
     [("2218 Larkspur Ln, Apt 3B, Fresno CA 93722", "ADDRESS")],
     ["lab", "home-health"], "The patient's home address is not needed in the text; the arrival window survives."),
    ("bl0116", "Hi Joan, just letting you know your husband Bill's biopsy came back benign, so he doesn't need to see the dermatologist again. Have a great weekend! -Kim at Dr. Reyes's office",
     "BLOCK", "result", "sms", "en",
     [("Joan", "NAME"), ("Bill", "NAME"), ("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("dermatologist", "SPECIALTY"), ("Kim", "PROVIDER"), ("Dr. Reyes", "PROVIDER")],
     ["primary-care", "dermatology", "third-party"], "A relative's result told to the spouse: third party's health (README) and a result."),
    ("bl0117", "Tiene una nueva encuesta de satisfacción sobre su visita del 3 de febrero. Solo le toma 2 minutos.",
     "ALLOW", "other", "push", "es",
     [("3 de febrero", "DATE")],
     ["primary-care"], "Encuesta con la fecha de la visita (DATE permitido), sin nombre ni servicio."),
    ("bl0118", "Estimada Sra. Pineda:\nGracias por su visita del 14 de enero. Su número de expediente es 00912845. Le invitamos a contestar una breve encuesta sobre su experiencia en https://encuesta.example.com/cfm (3 minutos).\nAtentamente,\nClínica Familiar Montebello",
     "REWRITE", "other", "email", "es",
     [("Pineda", "NAME"), ("14 de enero", "DATE"), ("00912845", "MRN"), ("https://encuesta.example.com/cfm", "URL")],
     ["primary-care", "practice-contact", "identifier"], "Nombre y número de expediente no hacen falta para una encuesta; el enlace genérico de la clínica queda."),
    ("bl0119", "Mensaje para la señora Rosario Vega, de parte de la enfermera Lidia del consultorio de la Dra. Campos. Sus análisis salieron con el azúcar alta, en 210. La doctora quiere verla esta semana; por favor llámenos.",
     "BLOCK", "result", "voice", "es",
     [("Rosario Vega", "NAME"), ("enfermera Lidia", "PROVIDER"), ("Dra. Campos", "PROVIDER"), ("azúcar", "PROCEDURE"), ("alta", "RESULT"), ("210", "RESULT")],
     ["primary-care"], "Buzón de voz con un valor de laboratorio y su interpretación: BLOCK. 'análisis' es genérico (README)."),
    ("bl0120", "Hi Ines, your flu shot & COVID booster appointment is Saturday 10/11 at 9:20 AM. Wear short sleeves and bring your insurance card!",
     "REWRITE", "reminder", "sms", "en",
     [("Ines", "NAME"), ("flu shot", "PROCEDURE"), ("COVID booster", "PROCEDURE"), ("10/11", "DATE")],
     ["primary-care"], "README: the recipient's own flu-shot appointment is REWRITE (unlike a broadcast); decision 10 for the booster."),
)

probe_lib.run(M, "bl", "probe61.jsonl")
