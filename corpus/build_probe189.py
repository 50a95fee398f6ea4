#!/usr/bin/env python3
"""Build corpus/probe189.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe189.py [OUT] [-v]   (default: probe189.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and the docstring and
first batch of build_probe7.py only; the engine was not run and no other corpus's messages were
read).
This set's theme is EMPLOYER ONSITE CLINICS AND WORKPLACE WELLNESS PROGRAMS: flu-shot clinics at
work, biometric screening events, results and results portals, incentive points, premium credits
and tobacco surcharges, health coaching, onsite and near-site clinic visits (sick visits, PT,
pharmacy window, dental and mammography vans, video visits, stitches), EAP counseling,
confidentiality reminders and a privacy-incident letter, adult dependents on the plan, and
messages that wrongly tell a manager about an employee. Look-alikes: cafeteria and company-store
loyalty "points", a "coach" bus and a Coach handbag pop-up, a movie "screening" at the company
picnic and "Screening Room B", "biometric" badge readers and time clocks, a golf swing "clinic",
Dr Pepper, a staff member named Coach Fitz (the rec-league coordinator), "results" of a chili
cook-off and a quarterly town hall. About 15% Spanish; three disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 171 ([[H]])" searches for "LDL 171 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - "biometric screening" / "wellness screening" / "evaluación biométrica" and a "blood draw" are
    generic, like "blood work", "labs" and "annual physical": not labelled, and the recipient's
    own screening appointment or a "your screening results are ready" notice is ALLOW. The named
    component tests (cholesterol, glucose, A1c, blood pressure, BMI, waist measurement,
    triglycerides, nicotine/cotinine test) are PROCEDURE and their values RESULT. "In the healthy
    range", "met all targets", "above the target" are RESULTs (normal results are results: BLOCK).
  - A flu shot as the recipient's own appointment or reward is PROCEDURE -> REWRITE (README's
    flu-shot rule); flu-clinic broadcasts are ALLOW with no clinical span.
  - Generic "health coaching" / "wellness coaching" is not labelled (like a wellness visit), so a
    coaching-call reminder with the coach's name is ALLOW. Condition-targeted coaching or programs
    are labelled and REWRITE: the revealing part is the span and the generic head word
    ("coaching", "program", "check-in") stays outside (weight-loss, quit-smoking, stress
    management, sleep apnea, control de peso); a proper program name is one span
    ("Diabetes Prevention Program", "Quit for Good", "DPP").
  - Health coaches named as "Coach <name>" are PROVIDER with the title included ("Coach Priya"),
    like "nurse Dana". Coach Fitz, the employer's rec-league coordinator, is workforce named with
    a role, so also PROVIDER (allowed); lines with him are ALLOW unless they carry someone's health.
  - Incentive points: for completing a generic screening, ALLOW; for a revealing service (flu shot,
    quit-smoking program, DPP), REWRITE; points, premium credits or surcharges that depend on an
    outcome (a missed target, a positive nicotine test, a weigh-in), BLOCK.
  - Tobacco or nicotine use as a status is CONDITION (the "tobacco" of "tobacco surcharge").
  - Employee IDs and wellness-participant IDs are OTHER_ID; health-plan member IDs are
    HEALTH_PLAN_ID; a near-site clinic chart number is MRN.
  - Employer names, site names (warehouse, dock, building, room) and company-store or cafe names
    are not labelled; the clinic's or program's own phone, URL, e-mail and address are labelled and
    allowed. Dates in broadcasts (event days, deadlines) are labelled DATE, so those broadcasts are
    not tagged hard-negative.
  - "EAP" alone is not labelled; a counseling session under it is PROCEDURE and a behavioral-health
    practice name SPECIALTY.
  - A message to a manager about an employee's visit is a third party's health: BLOCK; the
    manager's own name is NAME (a person's name that is not a clinician's).
  - Adult dependents on the employee's plan follow the README's dependent rule: logistics with a
    name and a routine service is REWRITE, their health or results are BLOCK.
  - Weight, weigh-in changes and wearable data (hours of sleep, resting heart rate) are RESULTs;
    the tracker device is PROCEDURE.
  - A quarterly points summary listing a condition-named coaching program and on-time refills of a
    named drug is REWRITE (the summary survives without them; refill adherence is not treated as a
    result) — judgement.
  - A dietitian is a role that names a specialty: SPECIALTY. A symptom named as the reason for a
    sick visit ("sore throat", "low back pain") is CONDITION, and the visit is REWRITE.
  - Voice scripts are judged like SMS (README: voice treated like SMS). Purposes include
    `confirmation` and `portal-notice`, which probe_lib accepts.

Everything is invented: names, employers, practices, 555-01xx numbers, example domains,
identifiers; the one SSN is the well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (gj0001-gj0012): flu-shot clinics at work
add(
    ("gj0001", "Halvorsen Freight: Free flu shots at the onsite clinic this Thursday and Friday, 7am-3pm, Building B break room. No appointment needed - just bring your badge.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every employee: flu shots are available; nothing about the recipient."),
    ("gj0002", "Hi Marcus, your flu shot appointment at the Halvorsen Onsite Health Center is Thu 10/16 at 9:20 AM. Wear short sleeves!",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("flu shot", "PROCEDURE"), ("10/16", "DATE")],
     ["primary-care"], "README: the recipient's own flu-shot appointment is REWRITE; name and service go, date, time and the generic onsite clinic name stay."),
    ("gj0003", "Subject: Flu Shot Clinic at Quillmark HQ\n\nQuillmark Health Hub will hold flu shot clinics on Oct 7 and Oct 8 in the 4th-floor training room. Sign up for a 5-minute slot at quillmarkhealth.example.com/flu or call (206) 555-0142. Shots are free for employees and covered dependents on our medical plan.",
     "ALLOW", "marketing", "email", "en",
     [("Oct 7", "DATE"), ("Oct 8", "DATE"), ("quillmarkhealth.example.com/flu", "URL"), ("(206) 555-0142", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Broadcast e-mail announcing flu clinics; event dates and the clinic's own link and phone are fine."),
    ("gj0004", "Tidewater Near-Site Clinic: Keiko, after today's flu shot your arm may be sore. Take ibuprofen 400mg every 6 hrs as needed and call us if you get a fever over 101.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Keiko", "NAME"), ("flu shot", "PROCEDURE"), ("ibuprofen 400mg", "MEDICATION"), ("fever", "CONDITION")],
     ["primary-care"], "Dosing instructions are the message; removing them leaves nothing. Send via the portal."),
    ("gj0005", "ThriveTrack: Your flu shot is on file. Because your record shows you are immunocompromised, skip the nasal spray next year and ask for the high-dose vaccine.",
     "BLOCK", "care-instructions", "push", "en",
     [("flu shot", "PROCEDURE"), ("immunocompromised", "CONDITION"), ("nasal spray", "MEDICATION"), ("high-dose vaccine", "MEDICATION")],
     ["primary-care"], "A condition from the record plus treatment advice on a lock-screen push: clinical content is the message."),
    ("gj0006", "Hola Guadalupe, su cita para la vacuna contra la influenza en la clínica de la planta es el 14 de octubre a las 6:45 am. Traiga su gafete.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("vacuna contra la influenza", "PROCEDURE"), ("14 de octubre", "DATE")],
     ["primary-care"], "Own flu-shot appointment: name and vaccine go, date, time and badge reminder stay."),
    ("gj0007", "Hello, this is nurse Bea at the Brightline onsite clinic calling for Derek Lund. Your wife Anna's flu shot was postponed because she has an egg allergy flagged in her chart; please have her call us at 555-0147.",
     "BLOCK", "other", "voice", "en",
     [("nurse Bea", "PROVIDER"), ("Derek Lund", "NAME"), ("Anna", "NAME"), ("flu shot", "PROCEDURE"), ("egg allergy", "CONDITION"), ("555-0147", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "A spouse's condition told to the employee: a third party's health is BLOCK."),
    ("gj0008", "Missed the flu clinic? Vouchers for a free shot at any Greenleaf Pharmacy are at the front desk through Nov 30.",
     "ALLOW", "marketing", "sms", "en",
     [("Nov 30", "DATE")],
     ["pharmacy", "broadcast"], "Broadcast about vouchers; the deadline date is not about the recipient."),
    ("gj0009", "Hi Sofia Marchetti, as requested we mailed your flu shot voucher to 1187 Alder Creek Ln, Apt 4, Beaverton, OR 97006. Show it at any Greenleaf Pharmacy counter by Dec 15.",
     "REWRITE", "other", "email", "en",
     [("Sofia Marchetti", "NAME"), ("flu shot", "PROCEDURE"), ("1187 Alder Creek Ln, Apt 4, Beaverton, OR 97006", "ADDRESS"), ("Dec 15", "DATE")],
     ["pharmacy"], "Name, service and the employee's home address go; 'your voucher was mailed, use it by Dec 15' survives."),
    ("gj0010", "Tidewater: Vacunas contra la gripe gratis en la clinica de la planta, de lunes a viernes de 6 a 2. Solo traiga su gafete; no necesita cita.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Broadcast (no accents on 'clinica'): free flu shots for everyone, nothing about the recipient."),
    ("gj0011", "Dana, we logged a mild allergic reaction after your flu shot today (hives, resolved with Benadryl 25mg). Next year skip the egg-based vaccine and ask for Flublok.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dana", "NAME"), ("allergic reaction", "CONDITION"), ("flu shot", "PROCEDURE"), ("hives", "CONDITION"), ("Benadryl 25mg", "MEDICATION"), ("egg-based vaccine", "MEDICATION"), ("Flublok", "MEDICATION")],
     ["primary-care"], "A finding (reaction) and treatment advice: nothing useful is left after removal."),
    ("gj0012", "Your flu shot is confirmed for tomorrow 8:40 AM at the Quillmark Health Hub. Tap to add to calendar.",
     "REWRITE", "confirmation", "push", "en",
     [("flu shot", "PROCEDURE")],
     ["primary-care"], "Own flu-shot booking on a push: the service goes, the confirmation and time stay."),
)

# ---------------------------------------------------------------- batch 2 (gj0013-gj0026): biometric screening events
add(
    ("gj0013", "Subject: Biometric screening days are back\n\nAll Halvorsen employees and spouses on the medical plan can get a free biometric screening (blood pressure, cholesterol, glucose, waist measurement) on Sep 23-25 in the Dock 3 training room. It takes 15 minutes and earns 250 ThriveTrack points. Book at thrivetrack.example.com/halvorsen.",
     "ALLOW", "marketing", "email", "en",
     [("Sep 23-25", "DATE"), ("thrivetrack.example.com/halvorsen", "URL")],
     ["general", "broadcast", "practice-contact"], "Broadcast listing what the event measures; says nothing about the recipient, so the test names are not labelled."),
    ("gj0014", "ThriveTrack: You're booked for your biometric screening on {{appt_date}} at {{appt_time}}, {{location_name}}. Please don't eat for 8-10 hours before (water is fine).",
     "ALLOW", "confirmation", "sms", "en", [],
     ["primary-care", "template", "hard-negative"], "Judgement: a biometric screening is generic like blood work or an annual physical; content-free placeholders and a fasting logistics note only."),
    ("gj0015", "Hi Tomasz, your biometric screening is confirmed for Wed 9/24 at 6:30 AM. Check-in uses your employee ID H-448217, so have your badge handy.",
     "REWRITE", "confirmation", "sms", "en",
     [("Tomasz", "NAME"), ("9/24", "DATE"), ("H-448217", "OTHER_ID")],
     ["primary-care", "identifier"], "Name and employee ID are not needed; the generic screening, date and time survive (judgement: employee ID is OTHER_ID)."),
    ("gj0016", "Reminder: your A1c and cholesterol recheck at ${locationName} is {{appt_date}} at {{appt_time}}. Fasting required.",
     "REWRITE", "reminder", "sms", "en",
     [("A1c", "PROCEDURE"), ("cholesterol", "PROCEDURE")],
     ["lab", "template"], "Fixed template text names the tests being rechecked; drop them and the reminder survives."),
    ("gj0017", "Hi, this is Jen from the Quillmark Health Hub front desk with a reminder about the screening event tomorrow from 7 to 11 in Conference Room Redwood. Walk-ins are welcome. Call us back at 206-555-0142 with questions.",
     "ALLOW", "reminder", "voice", "en",
     [("Jen", "PROVIDER"), ("206-555-0142", "PHONE")],
     ["general", "practice-contact"], "Staff member named as sender (PROVIDER), an event reminder and the clinic's phone."),
    ("gj0018", "Marcus - at today's screening your blood pressure read 158/96. Please see a provider at the near-site clinic within a week.",
     "BLOCK", "result", "sms", "en",
     [("Marcus", "NAME"), ("blood pressure", "PROCEDURE"), ("158/96", "RESULT")],
     ["primary-care"], "A measured value is the message."),
    ("gj0019", "Asunto: Su evaluación biométrica\n\nEstimado Ramón Estrada:\nSu cita para la evaluación biométrica quedó para el 2 de octubre a las 7:15 am en la sala de capacitación del Muelle 3. Recuerde venir en ayunas. Su número de participante es TT-0093318.",
     "REWRITE", "confirmation", "email", "es",
     [("Ramón Estrada", "NAME"), ("2 de octubre", "DATE"), ("TT-0093318", "OTHER_ID")],
     ["primary-care", "identifier"], "Name and participant ID go; the generic screening (judgement) with date and fasting note survives."),
    ("gj0020", "Brightline Summer Picnic: after the potluck we'll have an outdoor screening of Paddington 2 on the north lawn. Bring a blanket! Popcorn by Kettle & Co.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A movie screening at the company picnic, not a health screening."),
    ("gj0021", "ThriveTrack: Your fasting glucose from the 9/24 screening was 131 mg/dL (high). Tap to book a coaching call.",
     "BLOCK", "result", "push", "en",
     [("fasting glucose", "PROCEDURE"), ("9/24", "DATE"), ("131 mg/dL", "RESULT"), ("high", "RESULT")],
     ["lab", "contrast"], "A value and flag on a lock-screen push; same text on the portal is gj0022."),
    ("gj0022", "ThriveTrack: Your fasting glucose from the 9/24 screening was 131 mg/dL (high). Tap to book a coaching call.",
     "ALLOW", "result", "portal", "en",
     [("fasting glucose", "PROCEDURE"), ("9/24", "DATE"), ("131 mg/dL", "RESULT"), ("high", "RESULT")],
     ["lab", "contrast"], "README: inside the secure portal a result may stay; contrast with the push in gj0021."),
    ("gj0023", "Your spouse, Aaliyah Brooks, is registered for the flu shot clinic on 10/9 at 11:30. She'll get her own confirmation text.",
     "REWRITE", "confirmation", "sms", "en",
     [("Aaliyah Brooks", "NAME"), ("flu shot", "PROCEDURE"), ("10/9", "DATE")],
     ["primary-care", "third-party"], "A dependent's logistics with a name and a routine service: REWRITE like the patient's own (README)."),
    ("gj0024", "Facilities notice: the new biometric badge readers at the Dock 3 entrance go live Monday. Enroll your fingerprint at the security desk before then.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Security badge readers; no biometric identifier is in the text and nothing is health-related."),
    ("gj0025", "Hi Brenda, your screening results show LDL 171 (H) and BMI 33.8. Our nurse will call to talk about a statin.",
     "BLOCK", "result", "sms", "en",
     [("Brenda", "NAME"), ("LDL", "PROCEDURE"), ("LDL [[171]]", "RESULT"), ("LDL 171 ([[H]])", "RESULT"), ("BMI", "PROCEDURE"), ("33.8", "RESULT"), ("statin", "MEDICATION")],
     ["lab"], "Values, a flag and a treatment plan: results by text."),
    ("gj0026", "Recordatorio: su evaluación biométrica es el jueves 25 de septiembre a las 7:00 am en el comedor. Venga en ayunas de 8 horas. Dudas: 503-555-0151.",
     "ALLOW", "reminder", "sms", "es",
     [("25 de septiembre", "DATE"), ("503-555-0151", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement: generic screening with date, place, fasting note and the program's phone."),
)

# ---------------------------------------------------------------- batch 3 (gj0027-gj0038): results and results portals
add(
    ("gj0027", "Your biometric screening results are ready. Log in to ThriveTrack to view them. We never send results by text.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "hard-negative"], "Notification without PHI; the generic screening name is not a revealing test (judgement)."),
    ("gj0028", "Hi Yusuf, your cholesterol panel from the Sept 24 screening has been posted. Sign in at thrivetrack.example.com to view it.",
     "REWRITE", "portal-notice", "email", "en",
     [("Yusuf", "NAME"), ("cholesterol panel", "PROCEDURE"), ("Sept 24", "DATE"), ("thrivetrack.example.com", "URL")],
     ["lab", "practice-contact"], "Named test and name go; 'your results are posted, sign in' survives with the program's own URL."),
    ("gj0029", "Good news Keiko! All of your screening numbers were in the healthy range this year. Keep it up!",
     "BLOCK", "result", "sms", "en",
     [("Keiko", "NAME"), ("in the healthy range", "RESULT")],
     ["lab"], "README: a normal result is still a result."),
    ("gj0030", "Dear Yusuf Ademola, your 9/24 screening results: total cholesterol 212 mg/dL, HDL 38 (L), LDL 141, fasting glucose 99, BP 128/84, BMI 27.1. Your coach, Coach Priya, will reach out to talk through next steps.",
     "ALLOW", "result", "portal", "en",
     [("Yusuf Ademola", "NAME"), ("9/24", "DATE"), ("total cholesterol", "PROCEDURE"), ("212 mg/dL", "RESULT"), ("HDL", "PROCEDURE"), ("HDL [[38]]", "RESULT"), ("38 ([[L]])", "RESULT"), ("LDL", "PROCEDURE"), ("LDL [[141]]", "RESULT"), ("fasting glucose", "PROCEDURE"), ("glucose [[99]]", "RESULT"), ("BP", "PROCEDURE"), ("128/84", "RESULT"), ("BMI", "PROCEDURE"), ("27.1", "RESULT"), ("Coach Priya", "PROVIDER")],
     ["lab"], "Full results inside the secure portal: ALLOW (README channel convention)."),
    ("gj0031", "This message is for Derek Lund from the Brightline onsite clinic. Your cotinine test from the screening came back positive, so the tobacco surcharge will apply unless you join the Quit for Good program by 12/1. Please call 614-555-0155.",
     "BLOCK", "result", "voice", "en",
     [("Derek Lund", "NAME"), ("cotinine test", "PROCEDURE"), ("positive", "RESULT"), ("tobacco", "CONDITION"), ("Quit for Good", "PROCEDURE"), ("12/1", "DATE"), ("614-555-0155", "PHONE")],
     ["lab", "practice-contact"], "A positive test result left on voicemail; the surcharge follows from it."),
    ("gj0032", "New message from the Quillmark Health Hub. Open the app to read it securely.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Content-free new-message notice."),
    ("gj0033", "Your screening report is ready: https://thrivetrack.example.com/r/report?pid=884213&t=Zq8w. Link expires in 48 hours.",
     "REWRITE", "portal-notice", "sms", "en",
     [("https://thrivetrack.example.com/r/report?pid=884213&t=Zq8w", "URL")],
     ["lab", "identifier"], "README: a link with a patient id/token is patient-specific; the notice survives without it."),
    ("gj0034", "Asunto: Resultados de su evaluación\n\nHola Carmen, su colesterol total salió en 248 y su glucosa en 126 en ayunas. La Dra. Paredes recomienda una consulta en la clínica cercana para hablar de tratamiento.",
     "BLOCK", "result", "email", "es",
     [("Carmen", "NAME"), ("colesterol total", "PROCEDURE"), ("248", "RESULT"), ("glucosa", "PROCEDURE"), ("126", "RESULT"), ("Dra. Paredes", "PROVIDER")],
     ["lab"], "Values by e-mail: results are the message."),
    ("gj0035", "We haven't received your lab results from the screening vendor yet. We'll let you know here as soon as they're posted - no need to call.",
     "ALLOW", "portal-notice", "portal", "en", [],
     ["lab", "hard-negative"], "README: 'no results yet' with no test named is ALLOW."),
    ("gj0036", "hey its coach priya - saw ur numbers, bp still 150s and a1c 6.1 so ur in the prediabetes range. lets talk thurs?",
     "BLOCK", "result", "sms", "en",
     [("coach priya", "PROVIDER"), ("bp", "PROCEDURE"), ("150s", "RESULT"), ("a1c", "PROCEDURE"), ("6.1", "RESULT"), ("prediabetes", "CONDITION")],
     ["primary-care", "shorthand", "typo"], "Lower-case shorthand from a coach with values and a finding."),
    ("gj0037", "Lena Sorensen, NP here. Your results are in - please book a prediabetes follow-up at the near-site clinic: (971) 555-0163.",
     "REWRITE", "result", "sms", "en",
     [("Lena Sorensen, NP", "PROVIDER"), ("prediabetes", "CONDITION"), ("(971) 555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement: a diagnosis used as a visit label (README 'asthma check'); 'your results are in, please book a follow-up' survives."),
    ("gj0038", "Resultados de su evaluación del 24/9: presión arterial 118/76, glucosa 88 mg/dL, colesterol total 176. Todo dentro de lo normal. Saludos, Coach Priya.",
     "ALLOW", "result", "portal", "es",
     [("24/9", "DATE"), ("presión arterial", "PROCEDURE"), ("118/76", "RESULT"), ("glucosa", "PROCEDURE"), ("88 mg/dL", "RESULT"), ("colesterol total", "PROCEDURE"), ("176", "RESULT"), ("dentro de lo normal", "RESULT"), ("Coach Priya", "PROVIDER")],
     ["lab"], "Results inside the portal are allowed."),
)

# ---------------------------------------------------------------- batch 4 (gj0039-gj0050): incentive points, credits, surcharges
add(
    ("gj0039", "You earned 250 ThriveTrack points for completing your biometric screening! Balance: 1,150 pts. Redeem in the Rewards tab.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Judgement: completing a generic screening says nothing clinical; no outcome is implied."),
    ("gj0040", "+300 points! Thanks for gettin your flu shot at the onsite clinic, Luis.",
     "REWRITE", "other", "push", "en",
     [("flu shot", "PROCEDURE"), ("Luis", "NAME")],
     ["primary-care", "typo"], "Reward for a named service of the recipient: service and name go, '+300 points' survives."),
    ("gj0041", "Brightline Cafe Rewards: you have 1,240 points! Redeem 500 for a free smoothie at the Building C cafe this week.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Loyalty points at the cafeteria, not wellness points."),
    ("gj0042", "Hi Brenda, congratulations on finishing week 12 of the Diabetes Prevention Program! 1,000 wellness points have been added to your account. Your coach, Coach Priya, will send your certificate.",
     "REWRITE", "other", "email", "en",
     [("Brenda", "NAME"), ("Diabetes Prevention Program", "PROCEDURE"), ("Coach Priya", "PROVIDER")],
     ["primary-care"], "A condition-targeted program reveals risk; drop it and the name, and the points notice survives."),
    ("gj0043", "Your screening blood pressure was above the 130/85 target, so to still earn the $300 premium credit please complete 4 coaching calls by 11/30.",
     "BLOCK", "other", "sms", "en",
     [("blood pressure", "PROCEDURE"), ("above the 130/85 target", "RESULT"), ("11/30", "DATE")],
     ["primary-care"], "An outcome-based incentive that states the recipient missed a clinical target: a result."),
    ("gj0044", "Corbin & Vale Benefits: Because your nicotine screening was positive, a $50/month tobacco surcharge will be added to your premium starting 1/1. Reply INFO for the cessation alternative.",
     "BLOCK", "billing", "sms", "en",
     [("nicotine screening", "PROCEDURE"), ("positive", "RESULT"), ("tobacco", "CONDITION"), ("1/1", "DATE"), ("cessation", "PROCEDURE")],
     ["primary-care"], "A billing change whose reason is a positive test result."),
    ("gj0045", "Subject: 2026 wellness incentives\n\nEarn up to 1,500 points this year: 250 for a biometric screening, 200 for an annual physical, 100 for a flu shot, 50 for each dental cleaning, and 25 per month for logging steps. Points convert to HSA dollars in December. Questions? wellness@corbinvale.example.com",
     "ALLOW", "marketing", "email", "en",
     [("wellness@corbinvale.example.com", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Program rules sent to everyone; services are listed, not the recipient's."),
    ("gj0046", "Felicidades Mateo, ganó 500 puntos por completar el programa para dejar de fumar. Canjéelos en la app ThriveTrack.",
     "REWRITE", "other", "sms", "es",
     [("Mateo", "NAME"), ("programa para dejar de fumar", "PROCEDURE")],
     ["substance-use"], "The program reveals tobacco use; drop it and the name, the points notice survives."),
    ("gj0047", "Tienda Tidewater: tiene 820 puntos de lealtad. Úselos antes de fin de año en la tienda de la planta.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative"], "Company-store loyalty points, nothing about health."),
    ("gj0048", "Step challenge update: Team Forklift Fury is in 1st place with 2.1M steps! 3 days left to log your walks.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Team step totals sent to every participant; nothing about the recipient's health."),
    ("gj0049", "Hi Aaliyah, your Q3 points summary: +400 Hypertension Care coaching (4 of 4 calls), +200 medication adherence (lisinopril refills on time), +100 BP log uploads. Total: 2,300 pts.",
     "REWRITE", "other", "email", "en",
     [("Aaliyah", "NAME"), ("Hypertension", "CONDITION"), ("lisinopril", "MEDICATION"), ("BP", "PROCEDURE")],
     ["cardiology"], "Judgement: the condition, drug and home BP log go; the points summary survives. Refill adherence is not treated as a result."),
    ("gj0050", "Weigh-in logged: 212.4 lb (down 6.2 lb since you enrolled). 3 weeks left in the Healthy Weight challenge!",
     "BLOCK", "result", "sms", "en",
     [("212.4 lb", "RESULT"), ("down 6.2 lb", "RESULT")],
     ["primary-care"], "Judgement: a weigh-in is a measured value; the weight and change are the message."),
)

# ---------------------------------------------------------------- batch 5 (gj0051-gj0062): health coaching and the coach look-alikes
add(
    ("gj0051", "Reminder: your health coaching call with Coach Priya is Thu 10/9 at 12:30 PM. She'll call the number on file.",
     "ALLOW", "reminder", "sms", "en",
     [("Coach Priya", "PROVIDER"), ("10/9", "DATE")],
     ["primary-care"], "Judgement: generic health coaching is like a wellness visit; coach, date and time are allowed."),
    ("gj0052", "Hi Dana, your weight-loss coaching session with Coach Priya moved to Mon 10/13 at 4 PM. Same Zoom link as before.",
     "REWRITE", "reminder", "sms", "en",
     [("Dana", "NAME"), ("weight-loss", "PROCEDURE"), ("Coach Priya", "PROVIDER"), ("10/13", "DATE")],
     ["primary-care"], "Condition-targeted coaching reveals the reason; name and focus go, the reschedule survives."),
    ("gj0053", "Hi Tomasz,\nGreat call today. Recap: your goal is to get your A1c under 7 by March, so keep taking metformin 500mg twice daily with meals, walk 20 min after dinner, and log your sugars each morning.\nTalk soon,\nCoach Priya, ThriveTrack Health Coaching",
     "BLOCK", "care-instructions", "email", "en",
     [("Tomasz", "NAME"), ("A1c", "PROCEDURE"), ("metformin 500mg", "MEDICATION"), ("sugars", "PROCEDURE"), ("Coach Priya", "PROVIDER")],
     ["primary-care"], "Dosing and self-care instructions are the message."),
    ("gj0054", "Coach Fitz: Lunchtime softball sign-ups close Friday! Grab a glove at the Building C front desk.",
     "ALLOW", "other", "push", "en",
     [("Coach Fitz", "PROVIDER")],
     ["general"], "Coach Fitz is the rec-league coordinator (workforce named with a role, allowed); a softball notice says nothing about health."),
    ("gj0055", "Quillmark offsite: the coach to Timberline Lodge leaves the HQ garage at 7:30 AM sharp Friday. Seats on the coach are first come, first served; bring your badge.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A coach bus, not a health coach."),
    ("gj0056", "Hi, this is Coach Priya from ThriveTrack returning a call for Luis Navarro about your stress management coaching. I have openings Tuesday at 10 or Wednesday at 3. Call me back at 888-555-0172.",
     "REWRITE", "other", "voice", "en",
     [("Coach Priya", "PROVIDER"), ("Luis Navarro", "NAME"), ("stress management", "PROCEDURE"), ("888-555-0172", "PHONE")],
     ["behavioral-health", "practice-contact"], "Voicemail may be overheard: name and the focus of coaching go, the call-back request survives."),
    ("gj0057", "Hola Sr. Rivas, su esposa Elena no ha contestado las llamadas de su coach de diabetes. Por favor recuérdele que su glucosa sigue alta.",
     "BLOCK", "other", "sms", "es",
     [("Rivas", "NAME"), ("Elena", "NAME"), ("diabetes", "CONDITION"), ("glucosa", "PROCEDURE"), ("sigue alta", "RESULT")],
     ["primary-care", "third-party"], "A spouse's condition and result told to the employee: third party's health."),
    ("gj0058", "Subject: Free health coaching for all employees\n\nEvery Tidewater employee can now book up to 6 free sessions a year with a certified health coach - sleep, stress, nutrition, fitness, or anything else you'd like to work on. Sessions are by phone or video and are confidential. Book at thrivetrack.example.com/coach.",
     "ALLOW", "marketing", "email", "en",
     [("thrivetrack.example.com/coach", "URL")],
     ["general", "broadcast", "practice-contact"], "Broadcast offer; topics are listed for everyone, not the recipient's."),
    ("gj0059", "Yusuf - quick reminder that your quit-smoking coaching check-in is tomorrow at 8:15. Reply R to reschedule. -Coach Priya",
     "REWRITE", "reminder", "sms", "en",
     [("Yusuf", "NAME"), ("quit-smoking", "PROCEDURE"), ("Coach Priya", "PROVIDER")],
     ["substance-use"], "The focus reveals tobacco use; name and focus go."),
    ("gj0060", "ThriveTrack: Your sleep tracker shows an average of 4h 52m a night this week and your resting HR is up to 88. Coach Priya suggests cutting caffeine after noon.",
     "BLOCK", "other", "push", "en",
     [("sleep tracker", "PROCEDURE"), ("4h 52m", "RESULT"), ("resting HR", "PROCEDURE"), ("88", "RESULT"), ("Coach Priya", "PROVIDER")],
     ["primary-care"], "Judgement: wearable readings are measured values; they are the message."),
    ("gj0061", "Subject: Coaching session confirmed\n\nThanks for booking! Your 30-minute health coaching session with Coach Priya is Tue 10/14 at 12:00 PM by phone. To reschedule, use the Coaching tab or call 888-555-0172.",
     "ALLOW", "confirmation", "email", "en",
     [("Coach Priya", "PROVIDER"), ("10/14", "DATE"), ("888-555-0172", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement: generic coaching, coach, date and the program's phone are allowed."),
    ("gj0062", "Hi Keiko Hale, thanks for enrolling in health coaching through your Cascade Health Plan benefits. Your member ID is CHP-77201945 and your first call is 10/20 at 9 AM with Coach Priya.",
     "REWRITE", "confirmation", "email", "en",
     [("Keiko Hale", "NAME"), ("CHP-77201945", "HEALTH_PLAN_ID"), ("10/20", "DATE"), ("Coach Priya", "PROVIDER")],
     ["primary-care", "identifier"], "Name and member ID are not needed; generic coaching enrolment and the first call survive."),
)

# ---------------------------------------------------------------- batch 6 (gj0063-gj0076): onsite and near-site clinic visits
add(
    ("gj0063", "Halvorsen Onsite Health Center: your appointment with Dr. Okafor is Mon 10/6 at 2:15 PM. Check in at the Dock 1 entrance. Call 503-555-0140 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("10/6", "DATE"), ("503-555-0140", "PHONE")],
     ["primary-care", "practice-contact"], "Generic onsite clinic name, provider, date, time and the clinic's phone."),
    ("gj0064", "Tidewater Near-Site Clinic: Ramon, your sick visit for the sore throat is set for 3:40 today with PA Beltran. Use the north entrance.",
     "REWRITE", "reminder", "sms", "en",
     [("Ramon", "NAME"), ("sore throat", "CONDITION"), ("PA Beltran", "PROVIDER")],
     ["urgent-care"], "A symptom as the visit reason goes with the name; the visit time survives."),
    ("gj0065", "Quillmark Health Hub: Your onsite physical therapy session for low back pain is Wed 10/8 at 11:00 with Sam Ortiz, DPT. Wear loose clothes.",
     "REWRITE", "reminder", "sms", "en",
     [("physical therapy", "SPECIALTY"), ("low back pain", "CONDITION"), ("10/8", "DATE"), ("Sam Ortiz", "PROVIDER"), ("DPT", "SPECIALTY")],
     ["physical-therapy"], "Specialty, condition and the DPT credential go; date and time survive."),
    ("gj0066", "Dr. Okafor reviewed your x-ray from the near-site clinic: no fracture, just a sprained wrist. Keep the brace on and ice 20 min 3x/day.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("x-ray", "PROCEDURE"), ("no fracture", "RESULT"), ("sprained wrist", "CONDITION"), ("brace", "PROCEDURE")],
     ["orthopedics", "imaging"], "A finding and care instructions are the message."),
    ("gj0067", "Subject: Near-site clinic holiday hours\n\nThe Corbin & Vale Near-Site Health Center at 2200 Commerce Pkwy, Suite 110, Hartwell, OH 45215 will close at noon on Dec 24 and reopen Dec 26. For urgent needs call the 24/7 nurse line at 800-555-0188.",
     "ALLOW", "other", "email", "en",
     [("2200 Commerce Pkwy, Suite 110, Hartwell, OH 45215", "ADDRESS"), ("Dec 24", "DATE"), ("Dec 26", "DATE"), ("800-555-0188", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday hours with the clinic's own address and nurse line."),
    ("gj0068", "Brightline Onsite Pharmacy: Derek, your atorvastatin 20mg is ready at the Building C window. Pickup hours 7-4.",
     "REWRITE", "pickup", "sms", "en",
     [("Derek", "NAME"), ("atorvastatin 20mg", "MEDICATION")],
     ["pharmacy", "contrast"], "Drug name in a pickup notice goes with the name (contrast gj0069)."),
    ("gj0069", "Brightline Onsite Pharmacy: Your prescription is ready at the Building C window. Pickup hours 7-4. Questions? 614-555-0155",
     "ALLOW", "pickup", "sms", "en",
     [("614-555-0155", "PHONE")],
     ["pharmacy", "practice-contact", "contrast"], "Pickup notice without the drug (contrast gj0068)."),
    ("gj0070", "Reminder: your cleaning on the mobile dental van is tomorrow at 10:30 in Lot B. Bring your insurance card.",
     "REWRITE", "reminder", "push", "en",
     [("cleaning", "PROCEDURE"), ("dental", "SPECIALTY")],
     ["dental"], "Dental service and visit type go; 'your appointment is tomorrow at 10:30 in Lot B' survives."),
    ("gj0071", "Hi Marcus, it's Kelly Tran, RN from the Halvorsen onsite clinic. Your stitches can come out on 10/14. Until then keep the cut on your left hand dry and take the cephalexin 500mg four times a day until it's gone.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Marcus", "NAME"), ("Kelly Tran, RN", "PROVIDER"), ("stitches", "PROCEDURE"), ("10/14", "DATE"), ("cut", "CONDITION"), ("cephalexin 500mg", "MEDICATION")],
     ["urgent-care"], "Wound care and dosing instructions by voicemail."),
    ("gj0072", "Your video visit with NP Sorensen starts at 3:00 PM today. Join at nearsite.example.org/video and enter the waiting room 5 min early.",
     "ALLOW", "reminder", "sms", "en",
     [("NP Sorensen", "PROVIDER"), ("nearsite.example.org/video", "URL")],
     ["primary-care", "practice-contact"], "Provider, time and the clinic's own untokened link."),
    ("gj0073", "Clínica Tidewater: Sr. Ibarra, su cita de seguimiento de presión alta es el 20 de octubre a las 7:30 am con el Dr. Okafor.",
     "REWRITE", "reminder", "sms", "es",
     [("Ibarra", "NAME"), ("presión alta", "CONDITION"), ("20 de octubre", "DATE"), ("Dr. Okafor", "PROVIDER")],
     ["primary-care"], "A diagnosis as visit label goes with the name; date, time and provider survive."),
    ("gj0074", "Near-site check-in for Brenda Kowalczyk (DOB 04/17/1971) is complete. Please have a seat; NP Sorensen will be right with you.",
     "BLOCK", "other", "sms", "en",
     [("Brenda Kowalczyk", "NAME"), ("04/17/1971", "DATE"), ("NP Sorensen", "PROVIDER")],
     ["primary-care", "dob"], "README: a full date of birth with a name is BLOCK."),
    ("gj0075", "It's been over a year since your last visit to the Quillmark Health Hub. Your annual physical is free for employees - book at quillmarkhealth.example.com/book.",
     "ALLOW", "recall", "sms", "en",
     [("quillmarkhealth.example.com/book", "URL")],
     ["primary-care", "practice-contact"], "Recall for a generic annual physical with the clinic's own link."),
    ("gj0076", "Hello Sofia, your blood draw at the near-site clinic is scheduled for Oct 21 at 7:00 AM. Please bring your photo ID. Chart #NS-204417.",
     "REWRITE", "reminder", "email", "en",
     [("Sofia", "NAME"), ("Oct 21", "DATE"), ("NS-204417", "MRN")],
     ["lab", "identifier"], "Judgement: a blood draw is generic like blood work; name and chart number go."),
)

# ---------------------------------------------------------------- batch 7 (gj0077-gj0084): confidentiality reminders and privacy
add(
    ("gj0077", "Subject: Your health information stays private\n\nA reminder that the onsite clinic is run by WorkWell Health, not by Halvorsen HR. Your visits, screening results and coaching notes are protected by HIPAA and are never shared with your manager. Halvorsen only receives group-level reports covering at least 50 people.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Confidentiality reminder to everyone; words like 'results' say nothing about the recipient."),
    ("gj0078", "Privacy reminder: ThriveTrack will never text you your results or ask for your SSN. If you get a message like that, forward it to security@thrivetrack.example.com.",
     "ALLOW", "other", "sms", "en",
     [("security@thrivetrack.example.com", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Mentions SSN as a word only; the program's own e-mail is allowed."),
    ("gj0079", "Hi Jordan, FYI for scheduling: Tomasz Wren on your team was seen at the onsite clinic today for a panic attack and was sent home. He should be back Thursday.",
     "BLOCK", "other", "email", "en",
     [("Jordan", "NAME"), ("Tomasz Wren", "NAME"), ("panic attack", "CONDITION")],
     ["behavioral-health", "third-party"], "An employee's condition sent to a manager: a third party's health."),
    ("gj0080", "Recordatorio: la clinica de la planta es confidencial. Su supervisor no recibe informacion sobre sus visitas ni sus resultados.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Confidentiality broadcast in Spanish without accents."),
    ("gj0081", "Hi Luis, before we can send your fitness-for-duty form to Halvorsen HR we need your signed release. Sign at nearsite.example.org/release?acct=558120 by 10/10.",
     "REWRITE", "other", "sms", "en",
     [("Luis", "NAME"), ("fitness-for-duty", "PROCEDURE"), ("nearsite.example.org/release?acct=558120", "URL"), ("10/10", "DATE")],
     ["primary-care"], "Name, named exam and the account-tokened link go; 'please sign your release by 10/10' survives."),
    ("gj0082", "Lab alert from the near-site clinic: your potassium is 3.1 (L). Dr. Okafor wants you to stop the hydrochlorothiazide and come in for a recheck tomorrow.",
     "BLOCK", "result", "sms", "en",
     [("potassium", "PROCEDURE"), ("3.1", "RESULT"), ("3.1 ([[L]])", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("hydrochlorothiazide", "MEDICATION")],
     ["lab"], "A value with a flag and a medication change."),
    ("gj0083", "Dear Ms. Hale,\n\nWe are writing to let you know about a privacy incident. On 9/30 a report that included your name, employee ID Q-30917 and one screening value (blood pressure 162/101) was e-mailed in error to a Quillmark benefits coordinator. The coordinator deleted it the same day and confirmed in writing that it was not shared.\n\nWe are sorry this happened. You do not need to do anything, but if you have questions please call our privacy office at 206-555-0177.\n\nQuillmark Health Hub Privacy Office",
     "BLOCK", "other", "email", "en",
     [("Hale", "NAME"), ("9/30", "DATE"), ("Q-30917", "OTHER_ID"), ("blood pressure", "PROCEDURE"), ("162/101", "RESULT"), ("206-555-0177", "PHONE")],
     ["primary-care", "practice-contact"], "The incident letter repeats the exposed value; it must go by letter or portal, not e-mail."),
    ("gj0084", "This is an automated message from the Tidewater Near-Site Clinic. Your results are available in the patient portal. For your privacy, we do not share results over the phone. Call 971-555-0163 if you need help logging in.",
     "ALLOW", "portal-notice", "voice", "en",
     [("971-555-0163", "PHONE")],
     ["lab", "practice-contact"], "Notification without PHI and the clinic's phone."),
)

# ---------------------------------------------------------------- batch 8 (gj0085-gj0093): Spanish and mixed
add(
    ("gj0085", "Sr. Navarro, su prueba de nicotina del examen de salud salió positiva. Se aplicará el recargo por tabaco a partir del 1 de enero.",
     "BLOCK", "billing", "sms", "es",
     [("Navarro", "NAME"), ("prueba de nicotina", "PROCEDURE"), ("positiva", "RESULT"), ("tabaco", "CONDITION"), ("1 de enero", "DATE")],
     ["primary-care"], "A positive test result is the reason for the surcharge."),
    ("gj0086", "Coach Fitz asked me to pass along: Tina from shipping can't play Saturday, her knee surgery is Monday and she'll be on crutches for 6 wks.",
     "BLOCK", "other", "sms", "en",
     [("Coach Fitz", "PROVIDER"), ("Tina", "NAME"), ("knee surgery", "PROCEDURE"), ("crutches", "PROCEDURE")],
     ["orthopedics", "third-party"], "A rec-league note that carries a coworker's surgery: a third party's health."),
    ("gj0087", "Buenos días, le llamamos de la clínica de Brightline para Carmen Solís. Su cita para la mamografía en la unidad móvil es el viernes 17 de octubre a las 9. Si necesita cambiarla llame al 614-555-0155.",
     "REWRITE", "reminder", "voice", "es",
     [("Carmen Solís", "NAME"), ("mamografía", "PROCEDURE"), ("17 de octubre", "DATE"), ("614-555-0155", "PHONE")],
     ["imaging", "practice-contact"], "Name and test go; date, time and the clinic's phone survive."),
    ("gj0088", "Hola Guadalupe: la Dra. Paredes le recetó losartán 50 mg. Tome una tableta cada mañana y revise su presión en la máquina del comedor dos veces por semana. Nos vemos el 5 de noviembre.",
     "BLOCK", "care-instructions", "email", "es",
     [("Guadalupe", "NAME"), ("Dra. Paredes", "PROVIDER"), ("losartán 50 mg", "MEDICATION"), ("presión", "PROCEDURE"), ("5 de noviembre", "DATE")],
     ["cardiology"], "Dosing instructions are the message."),
    ("gj0089", "Clinica cercana Corbin & Vale: su cita con la Dra. Paredes es el lunes 3 de noviembre a las 4:15 pm. Responda SI para confirmar.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dra. Paredes", "PROVIDER"), ("3 de noviembre", "DATE")],
     ["primary-care"], "Provider, date and time at a generic near-site clinic."),
    ("gj0090", "Hola Luis, quedó registrado para la vacuna de la gripe el 9 de octubre. Su número de empleado es 40-11873; preséntelo en la mesa de registro.",
     "REWRITE", "confirmation", "sms", "es",
     [("Luis", "NAME"), ("vacuna de la gripe", "PROCEDURE"), ("9 de octubre", "DATE"), ("40-11873", "OTHER_ID")],
     ["primary-care", "identifier"], "Own flu-shot registration: name, vaccine and employee number go."),
    ("gj0091", "Picnic de Brightline: habrá prueba de salsas, toma de fotos y una función de cine al aire libre. ¡Traiga a su familia!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'prueba' and 'toma' in the picnic sense; nothing clinical."),
    ("gj0092", "Sra. Ibarra, los resultados de su hijo Mateo en la evaluación biométrica muestran colesterol de 255. Pídale que haga cita con su médico.",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("Mateo", "NAME"), ("colesterol", "PROCEDURE"), ("255", "RESULT")],
     ["lab", "third-party"], "An adult dependent's result told to the employee: third party's health."),
    ("gj0093", "Reminder: your sleep apnea coaching check-in with Coach Priya is tomorrow at 5 PM.",
     "REWRITE", "reminder", "push", "en",
     [("sleep apnea", "CONDITION"), ("Coach Priya", "PROVIDER")],
     ["primary-care"], "A condition as the coaching label; 'your check-in with Coach Priya is tomorrow at 5' survives."),
)

# ---------------------------------------------------------------- batch 9 (gj0094-gj0105): look-alikes and hard negatives
add(
    ("gj0094", "Golf swing clinic with the Timberline Lodge pro this Saturday 9-11 AM. $20, clubs provided. Sign up at the rec desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A golf 'clinic'."),
    ("gj0095", "Subject: Q3 results town hall\n\nJoin us Thursday at 2 PM in the Atrium for the Q3 results town hall. Our safety trend stayed positive for the 7th straight quarter, and the new biometric time clocks ended buddy-punching. Cake from Sugarman's Bakery after.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Business results, 'positive', biometric time clocks and a bakery name: nothing clinical."),
    ("gj0096", "Subject: Screening follow-up\n\nHi Luis Navarro,\nYour waist measurement (42 in) and triglycerides (310 mg/dL) put you in the metabolic syndrome risk group. You qualify for 6 free sessions with a dietitian.",
     "BLOCK", "result", "email", "en",
     [("Luis Navarro", "NAME"), ("waist measurement", "PROCEDURE"), ("42 in", "RESULT"), ("triglycerides", "PROCEDURE"), ("310 mg/dL", "RESULT"), ("metabolic syndrome", "CONDITION"), ("dietitian", "SPECIALTY")],
     ["lab"], "Values and a risk finding by e-mail."),
    ("gj0097", "Heads up: Dr Pepper and Diet Coke are back in the break-room machines. Espresso shots $1 at the cafe until Friday.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "A soda named 'Dr Pepper' and espresso 'shots'."),
    ("gj0098", "Reminder from Benefits: open enrollment ends Nov 14. Review your medical, dental and vision elections at benefits.example.com.",
     "ALLOW", "other", "sms", "en",
     [("Nov 14", "DATE"), ("benefits.example.com", "URL")],
     ["general", "broadcast", "practice-contact"], "Benefits deadline to everyone; 'dental' is a plan type, not the recipient's service."),
    ("gj0099", "Facilities: Burns & Payne Fire Safety will test the alarms at the Old Lyme warehouse at 10 AM Tuesday. No need to evacuate.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A vendor named like symptoms and a site named like a disease; employer site names are not labelled (judgement)."),
    ("gj0100", "Positive Vibes Committee: thanks to everyone who joined Friday's chili cook-off! Results: 1st place, Team Dock 3. Full results on the intranet.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Positive' and 'results' of a cook-off."),
    ("gj0101", "Subject: Rec league schedule\n\nHi all - Coach Fitz here. Kickball starts Tue 5/5 at 5:30 on the south field. Teams are posted by the cafeteria. Bring water and sunscreen; the first-aid kit is in the shed.\n- Fitz",
     "ALLOW", "other", "email", "en",
     [("Coach Fitz", "PROVIDER"), ("5/5", "DATE"), ("- [[Fitz]]", "PROVIDER")],
     ["general", "broadcast"], "The rec-league coordinator as sender (workforce, allowed) and a game date; nothing clinical."),
    ("gj0102", "The Coach Outlet pop-up is in the lobby Wed 11-2. Employees get 20% off with a badge.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A handbag brand, not a health coach."),
    ("gj0103", "Screening Room B is booked for the sales kickof on Thursday. Please use Huddle Room 4 for 1:1s.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "typo"], "A room name with 'Screening'."),
    ("gj0104", "Your lung function test at the plant clinic showed mild obstruction (FEV1 72%). Use the albuterol inhaler 2 puffs before each shift.",
     "BLOCK", "care-instructions", "sms", "en",
     [("lung function test", "PROCEDURE"), ("mild obstruction", "RESULT"), ("FEV1", "PROCEDURE"), ("72%", "RESULT"), ("albuterol inhaler", "MEDICATION")],
     ["primary-care"], "A finding, a value and a dosing instruction."),
    ("gj0105", "Hi Dana, this is nurse Bea at the onsite clinic. The spot on your back from your skin check looks like a basal cell carcinoma, so Dr. Okafor sent a referral to Lakeside Dermatology. They'll call you this week.",
     "BLOCK", "result", "voice", "en",
     [("Dana", "NAME"), ("nurse Bea", "PROVIDER"), ("spot", "CONDITION"), ("skin check", "PROCEDURE"), ("basal cell carcinoma", "CONDITION"), ("Dr. Okafor", "PROVIDER"), ("Lakeside Dermatology", "SPECIALTY")],
     ["dermatology", "oncology"], "A finding (a likely cancer) on voicemail."),
)

# ---------------------------------------------------------------- batch 10 (gj0106-gj0116): identifiers, dependents, sensitive services
add(
    ("gj0106", "To finish your wellness portal registration, reply with your full SSN. We have 078-05-1120 on file for Derek Lund - is that correct?",
     "BLOCK", "other", "sms", "en",
     [("078-05-1120", "SSN"), ("Derek Lund", "NAME")],
     ["general"], "An SSN with a name must never travel by text."),
    ("gj0107", "Subject: Welcome to the Corbin & Vale Near-Site Health Center\n\nDear Aaliyah Brooks,\n\nThank you for choosing the Near-Site Health Center for your primary care. Your first visit is a 40-minute new-patient physical with Dr. Okafor on Nov 5 at 8:00 AM. We have your Cascade Health Plan member ID as CHP-55102873 and your mailing address as 48 Juniper Ct, Hartwell, OH 45215; please tell us at check-in if either has changed.\n\nThe visit has no copay for employees on the medical plan. Please arrive 15 minutes early and wear comfortable clothes. Parking is free in Lot A.\n\nTo reschedule, call 800-555-0188 at least 24 hours ahead.\n\nPatient Services\n2200 Commerce Pkwy, Suite 110, Hartwell, OH 45215",
     "REWRITE", "confirmation", "email", "en",
     [("Aaliyah Brooks", "NAME"), ("Dr. Okafor", "PROVIDER"), ("Nov 5", "DATE"), ("CHP-55102873", "HEALTH_PLAN_ID"), ("48 Juniper Ct, Hartwell, OH 45215", "ADDRESS"), ("800-555-0188", "PHONE"), ("2200 Commerce Pkwy, Suite 110, Hartwell, OH 45215", "ADDRESS")],
     ["primary-care", "practice-contact"], "Name, member ID and home address go; the generic physical, provider, date and the clinic's own phone and address stay."),
    ("gj0108", "Hi, this is the Halvorsen onsite clinic for Marcus Bell. Your son Jayden, 19, came in today on your plan and tested positive for strep. We sent amoxicillin to the Building C pharmacy.",
     "BLOCK", "other", "voice", "en",
     [("Marcus Bell", "NAME"), ("Jayden", "NAME"), ("positive", "RESULT"), ("strep", "CONDITION"), ("amoxicillin", "MEDICATION")],
     ["urgent-care", "third-party"], "An adult dependent's result and prescription told to the employee."),
    ("gj0109", "Onsite clinic parking: Dana Whitlock, your visitor pass for plate 7KXR214 is good for your ultrasound visit on 10/22. Park in the reserved row by the east door.",
     "REWRITE", "reminder", "sms", "en",
     [("Dana Whitlock", "NAME"), ("7KXR214", "VEHICLE_ID"), ("ultrasound", "PROCEDURE"), ("10/22", "DATE")],
     ["imaging"], "Name, plate and test type go; the parking logistics and date survive."),
    ("gj0110", "Accession L-7730291 for Keiko Hale: TSH 6.8 mIU/L (H), free T4 normal. Dr. Okafor will discuss starting levothyroxine at the near-site clinic.",
     "BLOCK", "result", "email", "en",
     [("L-7730291", "OTHER_ID"), ("Keiko Hale", "NAME"), ("TSH", "PROCEDURE"), ("6.8 mIU/L", "RESULT"), ("6.8 mIU/L ([[H]])", "RESULT"), ("free T4", "PROCEDURE"), ("normal", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("levothyroxine", "MEDICATION")],
     ["lab"], "Values, flags and a treatment plan by e-mail."),
    ("gj0111", "Happy 92nd birthday, Walt! As a Halvorsen retiree you can still get your flu shot at the onsite clinic Fri 10/17.",
     "REWRITE", "other", "sms", "en",
     [("92nd", "AGE"), ("Walt", "NAME"), ("flu shot", "PROCEDURE"), ("10/17", "DATE")],
     ["primary-care", "age-over-89"], "An age over 89, a name and the recipient's service go; 'you can still come to the onsite clinic Fri 10/17' survives."),
    ("gj0112", "Hi Sofia, NP Sorensen here - your pregnancy test from this morning was positive. Let's set up your first prenatal visit; I can also help you look at leave options.",
     "BLOCK", "result", "sms", "en",
     [("Sofia", "NAME"), ("NP Sorensen", "PROVIDER"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("prenatal", "PROCEDURE")],
     ["reproductive"], "A result is the message."),
    ("gj0113", "Corbin & Vale EAP: your first counseling session with Harbor Lane Behavioral Health is Tue 10/28 at 5:30 PM. Call 877-555-0193 if you need to change it.",
     "REWRITE", "reminder", "sms", "en",
     [("counseling", "PROCEDURE"), ("Harbor Lane Behavioral Health", "SPECIALTY"), ("10/28", "DATE"), ("877-555-0193", "PHONE")],
     ["behavioral-health", "practice-contact"], "Therapy type and behavioral-health name go; 'EAP' alone is not labelled (judgement)."),
    ("gj0114", "Subject: You have free, confidential support\n\nOur Employee Assistance Program offers up to 6 free counseling sessions per issue for you and your household, plus legal and financial consults. Call 877-555-0193 any time, 24/7. Your employer is never told who calls.",
     "ALLOW", "marketing", "email", "en",
     [("877-555-0193", "PHONE")],
     ["behavioral-health", "broadcast", "practice-contact"], "EAP broadcast to every employee with the program's own line."),
    ("gj0115", "WorkWell: Your post-incident drug screen was non-negative for oxycodone. The MRO, Dr. Haas, will call you within 24 hours.",
     "BLOCK", "result", "push", "en",
     [("drug screen", "PROCEDURE"), ("non-negative", "RESULT"), ("oxycodone", "MEDICATION"), ("Dr. Haas", "PROVIDER")],
     ["substance-use"], "A drug-screen result on a lock screen."),
    ("gj0116", "hi mrs kowalczyk, nurse bea from the onsite clnic. ur mamogram on the mobile van got moved to fri 10/24 at 1030, same spot in lot b. thx!",
     "REWRITE", "reminder", "sms", "en",
     [("kowalczyk", "NAME"), ("nurse bea", "PROVIDER"), ("mamogram", "PROCEDURE"), ("10/24", "DATE")],
     ["imaging", "typo", "shorthand"], "Misspelt test name and patient surname go; the reschedule survives."),
)

# ---------------------------------------------------------------- batch 11 (gj0117-gj0120): disguises (3) and a closing hard negative
add(
    ("gj0117", "Your screening flagged pre\u200bdiabetes (A1c 6.2). Coach Priya will call to enroll you in the DPP.",
     "BLOCK", "result", "sms", "en",
     [("pre\u200bdiabetes", "CONDITION"), ("A1c", "PROCEDURE"), ("6.2", "RESULT"), ("Coach Priya", "PROVIDER"), ("DPP", "PROCEDURE")],
     ["lab"], "A finding and value, with a zero-width space inside the condition."),
    ("gj0118", "Reminder: your c-h-o-l-e-s-t-e-r-o-l recheck at the near-site clinic is Tue 11/4 at 7:10 AM. Fast after midnight.",
     "REWRITE", "reminder", "sms", "en",
     [("c-h-o-l-e-s-t-e-r-o-l", "PROCEDURE"), ("11/4", "DATE")],
     ["lab", "spaced"], "A hyphen-spaced test name goes; the reminder survives."),
    ("gj0119", "Your m\u0430mm\u043egram on the mobile van is confirmed for Thu 10/23 at 2:20 PM.",
     "REWRITE", "confirmation", "push", "en",
     [("m\u0430mm\u043egram", "PROCEDURE"), ("10/23", "DATE")],
     ["imaging"], "Test name with Cyrillic look-alike letters goes; the confirmation survives."),
    ("gj0120", "Thanks for making this year's wellness fair a success! Photos from the smoothie bike and the chair-massage booth are on the intranet.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A thank-you broadcast; nothing about anyone's health."),
)
# ---------------------------------------------------------------- end of batches


if __name__ == "__main__":
    probe_lib.run(M, "gj", "probe189.jsonl")
