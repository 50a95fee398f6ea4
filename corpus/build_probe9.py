#!/usr/bin/env python3
"""Build corpus/probe9.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe9.py [OUT] [-v]   (default: probe9.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py only, plus the
docstring and first batch of build_probe7.py for the script format; the engine was not run and no
other corpus's messages were read).
This round is CARE PATHWAYS ACROSS SPECIALTIES: the sequence of messages one patient gets through
one course of care, templated or typed by staff, for oncology (chemo, port flushes, neutropenic
precautions, scans between treatments, survivorship), cardiology (INR checks, pacemaker/device
remote checks, cardiac rehab, echo, stress-test prep), obstetrics (prenatal visits, glucose
screen, GBS swab, NST, postpartum), pediatrics (well-child, vaccines, growth, school/sports forms,
ear infections), behavioral health (intake, therapy, med management, missed sessions),
dermatology (biopsy, Mohs, pathology, skin checks), ophthalmology (eye injections, dilation,
cataract surgery), orthopedics (surgery prep, post-op, PT), endocrinology (CGM, insulin
adjustments), dental (extractions, post-op care, treatment plans) and urgent-care follow-ups.
Each pathway mixes logistics that may go (ALLOW), messages that may go once something is removed
(REWRITE), messages that must not go by text (BLOCK: results, findings, diagnoses, dosing,
treatment instructions, third-party health), and per-specialty hard negatives (hours, parking,
broadcast education, provider names, words that look clinical but are not: cycling, hydrant
flushing, scan the QR code, Echo Lake, Labor Day, expecting snow, head shots, therapy dogs,
parking spots, SPF 30, keep an eye on, drop-in, PT = Pacific time, lunch break, motion sensors,
carpet cleaning / limpieza de alfombras, filling out forms, positive reviews).
Five long e-mails with signature blocks, 24 Spanish messages (20%, some code-switching), five
disguised messages (two leet, one spaced, one zero-width, one Cyrillic look-alike).
Verdicts: 41 ALLOW / 37 REWRITE / 42 BLOCK.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "WBC 2.1 ([[L]])" searches for "WBC 2.1 (L)"
      and labels only the bracketed part "L".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - service tags: the closed tag list has no endocrinology or obstetrics tag; endocrinology /
    diabetes messages are tagged primary-care (+ lab or pharmacy where that is the service),
    obstetrics messages reproductive. Hard negatives and broadcasts written for a pathway carry
    that specialty's tag plus `general`.
  - preparation logistics (fasting, no caffeine, wear loose clothes, bring a driver, eat breakfast,
    "take your usual medicines" with no drug named) are not treatment instructions: the message
    is REWRITE once the procedure / specialty is removed. Holding or dosing a NAMED medication
    (metoprolol, aspirin) is a dosing instruction: BLOCK.
  - thresholds and cutoffs quoted to the patient (fever of 100.4, "our cutoff is 140") are not
    the patient's value: unlabelled; counts and tooth numbers around a finding ("3 episodes of",
    "#19") and body sites (left shoulder, right eye, wrist) are unlabelled too.
  - "intake" and "session" alone are generic administrative words (every specialty has intakes
    and sessions): unlabelled; the practice name or "therapy" carries the specialty.
  - named visit types: "postpartum", "36-week" (a gestational-age visit label), "device check",
    "weight check", "med management" are PROCEDURE with the generic word (visit, recheck)
    outside, like `pre-op`; "skin check" and "device check" are one span
    like `med check`. "remote" before "device check" stays outside.
  - named procedures with their head word are one span ("Mohs surgery", "stress test", "1-hour
    glucose screen", "strep culture", "eye injection", "total knee replacement"), like
    `HIV test`; a condition-named surgery keeps the generic word outside
    ("cataract" CONDITION + surgery), like `asthma check`.
  - credentials that reveal a specialty are SPECIALTY spans next to the PROVIDER span, like DDS /
    DPT: LCSW, PMHNP (behavioral health) and CNM (midwifery); PA-C, NP, RN stay inside PROVIDER.
    "L&D" (labor and delivery unit) is SPECIALTY; "radiologist" is SPECIALTY (README).
  - devices are PROCEDURE (README): pacemaker, CGM, insulin pump (one PROCEDURE span, not
    MEDICATION), walker; a "monitor not transmitting" notice is device connectivity, not a
    clinical finding: REWRITE once the device word and serial are removed.
  - Spanish form words BEFORE the drug stay outside the MEDICATION span ("gotas de
    [latanoprost]"); English form words after it go with it (README: "prednisolone drops",
    "Eylea injections"); class + brand written together is one span ("insulina Lantus").
  - products used on a wound by name (Vaseline) and classes with a route (IV antibiotics) or a
    condition word (blood pressure pills) are MEDICATION, not CONDITION.
  - findings written as words are RESULT ("shrunk", "new fluid", "good healing", "bone loss",
    "pausas largas", "below the 5th percentile", "low"); a severity adjective stays outside the
    CONDITION ("moderate [periodontitis]"), like `poorly-controlled [diabetes]`.
  - a length of stay ("plan on about 4 hours"), "your child has an appointment", a missed-visit
    fee policy and a fasting blood draw are logistics: ALLOW.
  - a Mother's Day / Labor Day closure and other broadcasts of a specialty practice that do not
    name the practice are ALLOW with no span.
  - purposes follow probe_lib (no `confirmation`/`portal-notice`): confirmations -> reminder,
    closures, surveys, device shipping and treatment-plan e-mails -> other, community events and
    education broadcasts -> marketing.

Everything is invented: names, practices, 555-01xx numbers, example.com/example.org domains,
serials; drug names are ordinary drug names. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (y0001-y0015): oncology
add(
    ("y0001", "Riverside Medical Group: Reminder - you have an appointment with Dr. Hannah Levin on Mon 3/9 at 8:15 AM. Plan on about 4 hours. Free parking in Garage B, level 2.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hannah Levin", "PROVIDER"), ("3/9", "DATE")],
     ["oncology"], "Generic practice name, provider, date, time and parking. Judgement (README silent): a long length of stay hints at an infusion but names nothing; it is logistics."),
    ("y0002", "Subject: Preparing for your visit\n\nDear Patient,\n\nThis is a courtesy reminder that your appointment with Dr. Hannah Levin is on Monday, March 9 at 8:15 AM at Riverside Medical Group, 900 Lakeshore Drive, 3rd Floor, Riverside. Please arrive 15 minutes early to check in, and bring your insurance card, a photo ID and any questions you would like to discuss.\n\nVisitor parking is free in Garage B. Take the elevator to the 3rd floor and follow the signs to the main reception desk. Interpreters are available at no cost; just let us know ahead of time.\n\nIf you need to reschedule, please call (541) 555-0104 or reply to this e-mail at least 24 hours ahead.\n\nKind regards,\nJoanna Pierce\nPatient Access Team\nRiverside Medical Group\n900 Lakeshore Drive, 3rd Floor, Riverside\n(541) 555-0104 | appointments@riversidemg.example.com",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Hannah Levin", "PROVIDER"), ("March 9", "DATE"),
      ("900 Lakeshore Drive, 3rd Floor, Riverside", "ADDRESS"), ("900 Lakeshore Drive, 3rd Floor, Riverside", "ADDRESS", 1),
      ("(541) 555-0104", "PHONE"), ("(541) 555-0104", "PHONE", 1), ("Joanna Pierce", "PROVIDER"),
      ("appointments@riversidemg.example.com", "EMAIL")],
     ["oncology", "practice-contact"], "Long e-mail with a generic practice name, provider, date, the practice's own address, phone and e-mail, and a staff signature (workforce -> PROVIDER). Nothing names the care."),
    ("y0003", "Reminder: port flush Thursday 2:30pm with nurse Dana at Oakridge Oncology. Reply C to confirm or call 555-0142.",
     "REWRITE", "reminder", "sms", "en",
     [("port flush", "PROCEDURE"), ("nurse Dana", "PROVIDER"), ("Oakridge Oncology", "SPECIALTY"), ("555-0142", "PHONE")],
     ["oncology", "practice-contact"], "Port flush and the oncology practice name reveal cancer care; day, time, nurse and the practice's phone survive."),
    ("y0004", "PET/CT booked: Wed 4/15 at 7:00 AM, Lakeview Imaging, 1st floor. Nothing to eat for 6 hours before; water is OK.",
     "REWRITE", "reminder", "sms", "en",
     [("PET/CT", "PROCEDURE"), ("4/15", "DATE"), ("Lakeview Imaging", "SPECIALTY")],
     ["oncology", "imaging"], "Scan type and imaging name go. Judgement (README silent): fasting before a test is preparation logistics, not a treatment instruction, so the message survives the removal."),
    ("y0005", "ur ch3mo appt moved to thurs 3/19 @ 10, same chair. reply Y to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("ch3mo", "PROCEDURE"), ("3/19", "DATE")],
     ["oncology", "leet", "shorthand"], "Leet-disguised chemo is still the procedure; the reschedule survives without it."),
    ("y0006", "Your ANC today was 0.8, so you are neutropenic. Avoid crowds and raw foods, and call 555-0142 right away for any temp of 100.4 or higher.",
     "BLOCK", "result", "sms", "en",
     [("ANC", "PROCEDURE"), ("0.8", "RESULT"), ("neutropenic", "CONDITION"), ("555-0142", "PHONE")],
     ["oncology", "lab", "contrast"], "A lab value, the finding and the precautions that follow from it are the message. Judgement: 100.4 is the fever threshold told to every patient, not the patient's value, so it is unlabelled. Contrast: y0015 (same kind of value in the portal)."),
    ("y0007", "From your oncology nurse: while your white count is low, wash hands often, stay away from anyone sick, and skip gardening and litter boxes until we recheck it next week.",
     "BLOCK", "care-instructions", "sms", "en",
     [("oncology", "SPECIALTY"), ("white count", "PROCEDURE"), ("is [[low]]", "RESULT")],
     ["oncology"], "Neutropenic precautions state a finding (low white count) and give treatment instructions; removing them leaves nothing. The measure is PROCEDURE and 'low' its RESULT (README scale rule)."),
    ("y0008", "Good news, Mr. Bauer - your CT from Friday shows the tumors have shrunk. Dr. Levin will go over the details with you on 4/2.",
     "BLOCK", "result", "sms", "en",
     [("Bauer", "NAME"), ("CT", "PROCEDURE"), ("tumors", "CONDITION"), ("shrunk", "RESULT"), ("Dr. Levin", "PROVIDER"), ("4/2", "DATE")],
     ["oncology", "imaging"], "A scan finding between treatments, even good news, is a result. Judgement: the finding word 'shrunk' is the RESULT."),
    ("y0009", "Start dexamethasone 4mg twice a day the day before chemo and for 2 days after. Take ondansetron 8mg every 8 hrs as needed for nausea.",
     "BLOCK", "care-instructions", "sms", "en",
     [("dexamethasone 4mg", "MEDICATION"), ("chemo", "PROCEDURE"), ("ondansetron 8mg", "MEDICATION"), ("nausea", "CONDITION")],
     ["oncology", "shorthand"], "Premedication dosing instructions: the dosing is the message."),
    ("y0010", "Bike to Work Week! New bike racks are by the north entrance, and the first 50 cyclists to check in get a free water bottle. Happy cycling!",
     "ALLOW", "marketing", "sms", "en", [],
     ["oncology", "general", "broadcast", "hard-negative"], "Broadcast to everyone; 'cycling'/'cyclists' are not chemo cycles."),
    ("y0011", "Water notice: the city is flushing hydrants on our street Tuesday. Restroom water may look cloudy for a few hours; bottled water is at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["oncology", "general", "broadcast", "hard-negative"], "Facilities notice to everyone; hydrant flushing is not a port flush."),
    ("y0012", "Skip the line: scan the QR code on the lobby sign to check in from your phone. Staff at the front desk can help if the scan does not work.",
     "ALLOW", "other", "sms", "en", [],
     ["oncology", "general", "broadcast", "hard-negative"], "Check-in instructions for everyone; 'scan' is a QR code, not an imaging scan."),
    ("y0013", "Hi, this is Marisol from Dr. Chen's office. Your all set for your 6-month visit on 9/14 at 10:30 AM. Questions? Call 555-0147.",
     "ALLOW", "reminder", "sms", "en",
     [("Marisol", "PROVIDER"), ("Dr. Chen", "PROVIDER"), ("9/14", "DATE"), ("555-0147", "PHONE")],
     ["oncology", "practice-contact", "typo"], "Survivorship follow-up written as plain logistics: staff sender (workforce -> PROVIDER), provider, date, the practice's phone. '6-month visit' names no care."),
    ("y0014", "Sra. Reyes, su marcador tumoral CA-125 subió a 48. La Dra. Ortega quiere hablar con usted el lunes 3/23; llame al 555-0147 para confirmar.",
     "BLOCK", "result", "sms", "es",
     [("Reyes", "NAME"), ("marcador tumoral CA-125", "PROCEDURE"), ("a [[48]]", "RESULT"), ("Dra. Ortega", "PROVIDER"), ("3/23", "DATE"), ("555-0147", "PHONE")],
     ["oncology", "lab"], "A tumor-marker value with the patient's name. Judgement: 'marcador tumoral CA-125' is one named-test span with its head words."),
    ("y0015", "Your CBC from 3/9: WBC 2.1 (L), ANC 0.9 (L), platelets 168. Dr. Levin reviewed it; no change to your chemo plan. Reply here with any questions.",
     "ALLOW", "result", "portal", "en",
     [("CBC", "PROCEDURE"), ("3/9", "DATE"), ("WBC", "PROCEDURE"), ("2.1", "RESULT"), ("WBC 2.1 ([[L]])", "RESULT"),
      ("ANC", "PROCEDURE"), ("0.9", "RESULT"), ("ANC 0.9 ([[L]])", "RESULT"), ("platelets", "PROCEDURE"), ("168", "RESULT"),
      ("Dr. Levin", "PROVIDER"), ("chemo", "PROCEDURE")],
     ["oncology", "lab", "contrast"], "Inside the secure portal values, flags and the treatment may stay (README channel convention). Contrast: y0006 by SMS is BLOCK."),
)

# ---------------------------------------------------------------- batch 2 (y0016-y0030): cardiology
add(
    ("y0016", "Echo Lake Family Medicine will open at 10 AM this Wednesday for staff training. Sorry for the inconvenience - see you then!",
     "ALLOW", "other", "sms", "en", [],
     ["cardiology", "general", "broadcast", "hard-negative"], "Generic practice name whose 'Echo' is a lake, not an echocardiogram; a schedule notice to everyone."),
    ("y0017", "Reminder: INR check tomorrow at 9:15 at the Anticoagulation Clinic, 2nd floor. Walk-ins welcome until 11.",
     "REWRITE", "reminder", "voice", "en",
     [("INR", "PROCEDURE"), ("Anticoagulation Clinic", "SPECIALTY")],
     ["cardiology", "lab"], "The INR test and the anticoagulation clinic reveal blood-thinner therapy; time and floor survive. Voice is treated like SMS."),
    ("y0018", "INR today 3.6 (high). Skip tonight's warfarin, then 5mg daily except 2.5mg Mon/Thu. Recheck 3/17.",
     "BLOCK", "care-instructions", "sms", "en",
     [("INR", "PROCEDURE"), ("3.6", "RESULT"), ("([[high]])", "RESULT"), ("warfarin", "MEDICATION"), ("3/17", "DATE")],
     ["cardiology", "lab", "shorthand"], "Value, flag and dosing: the clinical content is the message. Doses written apart from the drug name are not part of its span (README)."),
    ("y0019", "Your remote device check on 3/2 showed 3 episodes of atrial fibrillation. Dr. Osei wants you to start apixaban; the Rx is at your pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("device check", "PROCEDURE"), ("3/2", "DATE"), ("atrial fibrillation", "CONDITION"), ("Dr. Osei", "PROVIDER"), ("apixaban", "MEDICATION")],
     ["cardiology"], "Device-check finding and a new treatment. Judgement: 'device check' is a named visit type (one span, like 'med check'), 'remote' and the count '3 episodes of' stay unlabelled."),
    ("y0020", "Your pacemaker monitor (serial PMX-448213) hasn't sent a transmission in 7 days. Please make sure it is plugged in near your bed, or call 555-0156.",
     "REWRITE", "other", "sms", "en",
     [("pacemaker", "PROCEDURE"), ("PMX-448213", "DEVICE_ID"), ("555-0156", "PHONE")],
     ["cardiology", "practice-contact"], "Device word and serial go. Judgement (README silent): a monitor that has not transmitted is a connectivity notice, not a clinical finding, so 'check the plug / call us' survives."),
    ("y0021", "Welcome to cardiac rehab! Your first session is Mon 4/6 at 7:30 AM. Wear sneakers and bring a water bottle.",
     "REWRITE", "reminder", "sms", "en",
     [("cardiac rehab", "PROCEDURE"), ("4/6", "DATE")],
     ["cardiology"], "Cardiac rehab is a program that reveals heart disease; date, time and what to wear survive. 'session' alone is generic (judgement)."),
    ("y0022", "Cardiology Associates of Fairview: your echo is Tue 5/5 at 1:00 PM. No prep needed; please arrive 15 minutes early.",
     "REWRITE", "reminder", "sms", "en",
     [("Cardiology Associates of Fairview", "SPECIALTY"), ("echo", "PROCEDURE"), ("5/5", "DATE")],
     ["cardiology"], "Specialty practice name and test type go; date and time survive."),
    ("y0023", "Stress test prep: no caffeine (coffee, tea, soda, chocolate) for 24 hours before your test on 5/12, and wear comfortable walking shoes.",
     "REWRITE", "care-instructions", "sms", "en",
     [("Stress test", "PROCEDURE"), ("5/12", "DATE")],
     ["cardiology"], "Judgement (README silent): avoiding caffeine and wearing walking shoes is preparation logistics, not treatment; with the test name removed, 'no caffeine before your test on 5/12' can go."),
    ("y0024", "Please hold your metoprolol 25mg the morning of your nuclear stress test and bring it with you. Take your other medicines as usual.",
     "BLOCK", "care-instructions", "sms", "en",
     [("metoprolol 25mg", "MEDICATION"), ("nuclear stress test", "PROCEDURE")],
     ["cardiology", "contrast"], "Holding a named medication is a dosing instruction: BLOCK (judgement, contrast with the preparation-only y0023)."),
    ("y0025", "Ms. Park, your echo showed an ejection fraction of 35%. Dr. Osei would like to start a new medication - please call 555-0156 today.",
     "BLOCK", "result", "sms", "en",
     [("Park", "NAME"), ("echo", "PROCEDURE"), ("ejection fraction", "PROCEDURE"), ("35%", "RESULT"), ("Dr. Osei", "PROVIDER"), ("555-0156", "PHONE")],
     ["cardiology"], "A measured value with the patient's name; the measure is PROCEDURE and its value RESULT (README scale rule)."),
    ("y0026", "Reminder: you have an appointment with Dr. Kwame Osei on Fri 5/22 at 3:40 PM at 1200 Harbor Blvd, Suite 300. Call 555-0156 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Kwame Osei", "PROVIDER"), ("5/22", "DATE"), ("1200 Harbor Blvd, Suite 300", "ADDRESS"), ("555-0156", "PHONE")],
     ["cardiology", "practice-contact"], "Provider, date, time and the practice's own address and phone; nothing names the care."),
    ("y0027", "February is Heart Month! Free blood pressure checks in our lobby every Tuesday, open to everyone - no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["cardiology", "general", "broadcast", "hard-negative"], "Broadcast (README: free blood-pressure checks for everyone say nothing about the recipient)."),
    ("y0028", "Hola Sra. Luna, le llamamos por su esposo: su Holter mostró pausas largas y el Dr. Osei recomienda un marcapasos. Llámenos al 555-0156.",
     "BLOCK", "result", "sms", "es",
     [("Luna", "NAME"), ("Holter", "PROCEDURE"), ("pausas largas", "RESULT"), ("Dr. Osei", "PROVIDER"), ("marcapasos", "PROCEDURE"), ("555-0156", "PHONE")],
     ["cardiology", "third-party"], "A third party's (the husband's) test finding and recommended device, sent to his wife."),
    ("y0029", "Subject: Your upcoming visit\n\nDear Mr. Whitfield,\n\nThank you for choosing Fairview Heart & Vascular. This is a reminder that your cardiac stress test is scheduled for Thursday, June 4 at 8:00 AM at our Medical Plaza office, 410 Alder Street, Suite 200, Fairview. Please plan to be with us for about three hours. Wear comfortable walking shoes and loose clothing, and avoid anything with caffeine for 24 hours beforehand.\n\nParking is free in the visitor garage; bring your ticket to the front desk for validation. If you need to reschedule, please call us at (541) 555-0163 at least 48 hours ahead so we can offer the time to another patient.\n\nWarm regards,\nTanya Brooks\nPatient Scheduling Coordinator\nFairview Heart & Vascular\n410 Alder Street, Suite 200, Fairview\n(541) 555-0163 | fhv.example.org",
     "REWRITE", "reminder", "email", "en",
     [("Whitfield", "NAME"), ("Fairview Heart & Vascular", "SPECIALTY"), ("cardiac stress test", "PROCEDURE"), ("June 4", "DATE"),
      ("410 Alder Street, Suite 200, Fairview", "ADDRESS"), ("(541) 555-0163", "PHONE"),
      ("Tanya Brooks", "PROVIDER"), ("Fairview Heart & Vascular", "SPECIALTY", 1),
      ("410 Alder Street, Suite 200, Fairview", "ADDRESS", 1), ("(541) 555-0163", "PHONE", 1), ("fhv.example.org", "URL")],
     ["cardiology", "practice-contact"], "Long e-mail: name, cardiology practice name (twice) and test go; date, preparation logistics (judgement: not treatment), the practice's address, phone, URL and the scheduler's signature stay."),
    ("y0030", "Clínica Familiar San Marcos: le recordamos su cita con el Dr. Osei el viernes 5/22 a las 3:40 pm. Responda C para confirmar o R para cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Osei", "PROVIDER"), ("5/22", "DATE")],
     ["cardiology"], "Generic practice name, provider, date and time."),
)

# ---------------------------------------------------------------- batch 3 (y0031-y0044): obstetrics
add(
    ("y0031", "Your 1-hour glucose screen came back at 152 (our cutoff is 140). You'll need the 3-hour test - please call 555-0128 to schedule it.",
     "BLOCK", "result", "sms", "en",
     [("1-hour glucose screen", "PROCEDURE"), ("152", "RESULT"), ("3-hour test", "PROCEDURE"), ("555-0128", "PHONE")],
     ["reproductive", "lab"], "A value and the follow-up it triggers. Judgement: the clinic's cutoff (140) is not the patient's value and is unlabelled."),
    ("y0032", "Mountain View Women's Health: your GBS swab will be done at your 36-week visit on 7/1. No prep needed.",
     "REWRITE", "reminder", "sms", "en",
     [("Mountain View Women's Health", "SPECIALTY"), ("GBS swab", "PROCEDURE"), ("36-week", "PROCEDURE"), ("7/1", "DATE")],
     ["reproductive"], "Women's-health name, swab and gestational-age visit label reveal pregnancy. Judgement (README silent): '36-week' is a named visit type (PROCEDURE, 'visit' outside), like pre-op."),
    ("y0033", "Your GBS test was positive. This is common and not harmful to you; you'll get IV antibiotics at the hospital to protect the baby.",
     "BLOCK", "result", "sms", "en",
     [("GBS test", "PROCEDURE"), ("positive", "RESULT"), ("IV antibiotics", "MEDICATION")],
     ["reproductive", "lab"], "A result and the treatment plan. Judgement: a drug class with its route is one MEDICATION span."),
    ("y0034", "NST schedule: every Tue and Fri at 10:30 AM starting 7/7, L&D triage, 3rd floor. Have a snack beforehand.",
     "REWRITE", "reminder", "sms", "en",
     [("NST", "PROCEDURE"), ("7/7", "DATE"), ("L&D", "SPECIALTY")],
     ["reproductive", "shorthand"], "Test and unit name go; the schedule and floor survive. Judgement: 'L&D' (labor and delivery) is a service-line unit -> SPECIALTY; 'triage' and 'have a snack' are logistics."),
    ("y0035", "Hola Yesenia, le recordamos su ultrasonido obstétrico el jueves 5/28 a las 2:15 pm con la Dra. Salas. Puede traer a un acompañante.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("ultrasonido obstétrico", "PROCEDURE"), ("5/28", "DATE"), ("Dra. Salas", "PROVIDER")],
     ["reproductive", "imaging"], "Name and obstetric ultrasound go (one named-test span, like 'prueba de embarazo'); date, time and provider survive."),
    ("y0036", "Sra. Castillo, sus análisis muestran anemia (hemoglobina 9.8). Empiece sulfato ferroso 325 mg una vez al día con jugo de naranja.",
     "BLOCK", "result", "sms", "es",
     [("Castillo", "NAME"), ("anemia", "CONDITION"), ("hemoglobina", "PROCEDURE"), ("9.8", "RESULT"), ("sulfato ferroso 325 mg", "MEDICATION")],
     ["reproductive", "lab"], "Prenatal lab finding, value and dosing. 'análisis' is generic (README)."),
    ("y0037", "Congratulations from all of us! Your postpartum visit is 8/19 at 11:00 AM with Kim Alvarez, CNM. Babies are welcome.",
     "REWRITE", "reminder", "sms", "en",
     [("postpartum", "PROCEDURE"), ("8/19", "DATE"), ("Kim Alvarez", "PROVIDER"), ("CNM", "SPECIALTY")],
     ["reproductive"], "Judgement (README silent): 'postpartum' as a visit label is a named visit type (PROCEDURE), and the midwife credential CNM reveals the service like DDS/DPT (SPECIALTY). Date, time and the provider's name stay."),
    ("y0038", "Your score on the postpartum depression screening was 14. Ms. Grant, LCSW will call you tomorrow. If you ever think about harming yourself, call or text 988.",
     "BLOCK", "result", "sms", "en",
     [("postpartum depression screening", "PROCEDURE"), ("was [[14]]", "RESULT"), ("Ms. Grant", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["reproductive", "behavioral-health"], "A screening score is a result. Judgement: LCSW reveals behavioral-health care (SPECIALTY); 988 is not a phone identifier (README)."),
    ("y0039", "We will be closed Monday for Labor Day. For urgent needs use the after-hours line; for emergencies call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["reproductive", "general", "broadcast", "hard-negative"], "Holiday closure to everyone; 'Labor' is the holiday."),
    ("y0040", "Expecting snow tonight! If roads are unsafe tomorrow morning, we'll text you by 7 AM about a delayed opening.",
     "ALLOW", "other", "sms", "en", [],
     ["reproductive", "general", "broadcast", "hard-negative"], "Weather notice to everyone; 'Expecting' is about snow."),
    ("y0041", "Reminder from Greenway Health Partners: appointment with Dr. Liza Moreno on Thu 6/25 at 3:00 PM. Reply C to confirm or call 555-0128.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Liza Moreno", "PROVIDER"), ("6/25", "DATE"), ("555-0128", "PHONE")],
     ["reproductive", "practice-contact"], "Generic practice name, provider, date and the practice's phone."),
    ("y0042", "Baby Ava's newborn screen came back abnormal for thyroid. Please bring her in tomorrow morning for a repeat heel stick.",
     "BLOCK", "result", "sms", "en",
     [("Ava", "NAME"), ("newborn screen", "PROCEDURE"), ("abnormal", "RESULT"), ("thyroid", "CONDITION"), ("heel stick", "PROCEDURE")],
     ["reproductive", "pediatrics", "third-party", "minor"], "A dependent's abnormal result sent to the parent: third-party health (README)."),
    ("y0043", "Asunto: Su próxima cita\n\nEstimada Sra. Gutiérrez:\n\nLe escribimos del Centro de Salud de la Mujer Las Palmas para recordarle su cita prenatal el martes 14 de julio a las 10:30 am con la Dra. Inés Salas. Por favor llegue 15 minutos antes para actualizar sus datos, y traiga su tarjeta del seguro y una identificación con foto.\n\nEl estacionamiento es gratis en el lote de atrás. Si necesita intérprete o cambiar la cita, llámenos al 555-0127 o escríbanos a citas@laspalmas.example.org.\n\nAtentamente,\nLucía Beltrán\nRecepción\nCentro de Salud de la Mujer Las Palmas\n2150 Palm Ave, Suite 5, Riverside\n555-0127",
     "REWRITE", "reminder", "email", "es",
     [("Gutiérrez", "NAME"), ("Centro de Salud de la Mujer Las Palmas", "SPECIALTY"), ("prenatal", "PROCEDURE"), ("14 de julio", "DATE"),
      ("Dra. Inés Salas", "PROVIDER"), ("555-0127", "PHONE"), ("citas@laspalmas.example.org", "EMAIL"), ("Lucía Beltrán", "PROVIDER"),
      ("Centro de Salud de la Mujer Las Palmas", "SPECIALTY", 1), ("2150 Palm Ave, Suite 5, Riverside", "ADDRESS"), ("555-0127", "PHONE", 1)],
     ["reproductive", "practice-contact"], "Long e-mail: name, women's-health practice name (twice) and prenatal visit type go; date, provider, the practice's contact details and the receptionist's signature stay."),
    ("y0044", "¡Feliz Día de las Madres a todas las mamás! La clínica cerrará temprano el viernes a la 1 pm. Gracias por su comprensión.",
     "ALLOW", "other", "sms", "es", [],
     ["reproductive", "general", "broadcast", "hard-negative"], "Holiday greeting and closure to everyone; 'mamás' says nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 4 (y0045-y0055): pediatrics
add(
    ("y0045", "Noah is due for his 4-year well-child visit and vaccines! Call 555-0119 or book online at sunnyside.example.com/book.",
     "REWRITE", "recall", "sms", "en",
     [("Noah", "NAME"), ("well-child", "PROCEDURE"), ("vaccines", "PROCEDURE"), ("555-0119", "PHONE"), ("sunnyside.example.com/book", "URL")],
     ["pediatrics", "minor", "practice-contact"], "A dependent's routine visit with a name: REWRITE (README); the practice's phone and booking link stay."),
    ("y0046", "Reminder: your child has an appointment with Dr. Ibarra on Tue 8/4 at 4:15 PM. Please bring your insurance card.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ibarra", "PROVIDER"), ("8/4", "DATE")],
     ["pediatrics", "minor"], "Judgement (README silent): 'your child has an appointment' names no child, visit type or specialty; provider, date and time are allowed."),
    ("y0047", "Liam's weight today was 28 lb, below the 5th percentile. Dr. Ibarra would like a weight check in 2 weeks and suggests adding whole milk at meals.",
     "BLOCK", "result", "sms", "en",
     [("Liam", "NAME"), ("28 lb", "RESULT"), ("below the 5th percentile", "RESULT"), ("Dr. Ibarra", "PROVIDER"), ("weight check", "PROCEDURE")],
     ["pediatrics", "third-party", "minor"], "A child's growth measurement and finding sent to the guardian: third-party health. Judgement: 'weight check' is a named visit type (PROCEDURE)."),
    ("y0048", "For Camila's ear infection: amoxicillin 400mg/5mL, give 6 mL by mouth twice a day for 10 days. Call us if the fever lasts more than 48 hours.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Camila", "NAME"), ("ear infection", "CONDITION"), ("amoxicillin 400mg/5mL", "MEDICATION"), ("fever", "CONDITION")],
     ["pediatrics", "third-party", "minor"], "A dependent's diagnosis and dosing sent to the guardian."),
    ("y0049", "Reminder: Mateo's ear infection recheck is Thursday at 3:30 PM with Dr. Ibarra.",
     "BLOCK", "reminder", "sms", "en",
     [("Mateo", "NAME"), ("ear infection", "CONDITION"), ("Dr. Ibarra", "PROVIDER")],
     ["pediatrics", "third-party", "minor"], "A dependent's condition used as a visit label, sent to the guardian, is BLOCK (README: Sofia's asthma check); 'recheck' stays outside the span."),
    ("y0050", "Los formularios escolares y deportivos de su hijo están firmados y listos en la recepción, de lunes a viernes de 8 a 5.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pediatrics", "minor", "hard-negative"], "School and sports forms ready for pickup: no name, visit type or finding."),
    ("y0051", "Hola, le recordamos que Valentina tiene su cita para vacunas el 9/3 a las 10:00 am con la Dra. Peña. Traiga su tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("Valentina", "NAME"), ("vacunas", "PROCEDURE"), ("9/3", "DATE"), ("Dra. Peña", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's routine vaccine visit with a name: REWRITE (README)."),
    ("y0052", "Sr. Ramos, el cultivo de garganta de su hijo Diego salió positivo para estreptococo. Déle amoxicilina 500 mg dos veces al día por 10 días.",
     "BLOCK", "result", "sms", "es",
     [("Ramos", "NAME"), ("cultivo de garganta", "PROCEDURE"), ("Diego", "NAME"), ("positivo", "RESULT"), ("estreptococo", "CONDITION"), ("amoxicilina 500 mg", "MEDICATION")],
     ["pediatrics", "third-party", "minor"], "A child's positive result and dosing sent to the parent."),
    ("y0053", "Photo day! A photographer will take staff head shots in the lobby Thursday morning, so things may be a little busier than usual.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "general", "broadcast", "hard-negative"], "Notice to everyone; 'shots' are photographs, not vaccines."),
    ("y0054", "Back-to-school tip for every family: kids 6 to 12 need 9 to 12 hours of sleep. Start the bedtime routine a week before school begins!",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "general", "broadcast", "hard-negative"], "General education addressed to every family; nothing about the recipient."),
    ("y0055", "Reminder: your child's R-S-V shot appt is Mon 10/5 at 9 am. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("R-S-V shot", "PROCEDURE"), ("10/5", "DATE")],
     ["pediatrics", "minor", "spaced", "shorthand"], "Hyphen-spaced RSV immunization is the visit type (one span with 'shot', like 'flu shot'); a dependent's routine visit is REWRITE."),
)

# ---------------------------------------------------------------- batch 5 (y0056-y0069): behavioral health
add(
    ("y0056", "Welcome to Harborlight Counseling! Your intake appointment is Tue 9/15 at 1:00 PM. Please complete the forms in your portal beforehand.",
     "REWRITE", "reminder", "sms", "en",
     [("Harborlight Counseling", "SPECIALTY"), ("9/15", "DATE")],
     ["behavioral-health"], "Counseling practice name goes. Judgement (README silent): 'intake' alone is a generic administrative word (every specialty has intakes), unlabelled."),
    ("y0057", "Reminder: your appointment with Dr. Miriam Feld is Thursday 9/17 at 5:00 PM. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Miriam Feld", "PROVIDER"), ("9/17", "DATE")],
     ["behavioral-health"], "Provider, date and time only."),
    ("y0058", "Your med management visit with Sam Ortiz, PMHNP is Mon 9/21 at 10:40 AM by video. The link arrives 15 minutes before.",
     "REWRITE", "reminder", "sms", "en",
     [("med management", "PROCEDURE"), ("Sam Ortiz", "PROVIDER"), ("PMHNP", "SPECIALTY"), ("9/21", "DATE")],
     ["behavioral-health"], "Visit type and the psychiatric-NP credential reveal mental-health care. Judgement: PMHNP is a specialty credential like DDS (SPECIALTY)."),
    ("y0059", "Per Dr. Anand: increase sertraline to 100mg daily starting tomorrow. Let us know if the anxiety or the sleep problems get worse.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Anand", "PROVIDER"), ("sertraline", "MEDICATION"), ("anxiety", "CONDITION"), ("sleep problems", "CONDITION")],
     ["behavioral-health"], "Dose change and symptoms: the clinical content is the message."),
    ("y0060", "We missed you at your session today at Harborlight Counseling. Please call 555-0171 to reschedule - we'd love to see you.",
     "REWRITE", "other", "sms", "en",
     [("Harborlight Counseling", "SPECIALTY"), ("555-0171", "PHONE")],
     ["behavioral-health", "practice-contact", "contrast"], "Counseling name goes; the no-show follow-up survives. Judgement: 'session' alone is generic. Contrast: y0061."),
    ("y0061", "We missed you today. Please call 555-0171 to reschedule. Appointments missed without 24 hours' notice may be charged a $40 fee.",
     "ALLOW", "other", "sms", "en",
     [("555-0171", "PHONE")],
     ["behavioral-health", "practice-contact", "contrast"], "Generic no-show notice with the practice's phone and fee policy. Contrast: y0060."),
    ("y0062", "Hi Tyler, after your intake Dr. Anand's working diagnosis is bipolar II disorder. We'll talk about starting lithium at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Tyler", "NAME"), ("Dr. Anand", "PROVIDER"), ("bipolar II disorder", "CONDITION"), ("lithium", "MEDICATION")],
     ["behavioral-health"], "A diagnosis and planned treatment."),
    ("y0063", "Your PHQ-9 today was 17, up from 11 in March. Dr. Anand wants to see you this week and may adjust your medication.",
     "BLOCK", "result", "sms", "en",
     [("PHQ-9", "PROCEDURE"), ("was [[17]]", "RESULT"), ("from [[11]]", "RESULT"), ("Dr. Anand", "PROVIDER")],
     ["behavioral-health"], "Screening scores are results (README scale rule: measure PROCEDURE, value RESULT)."),
    ("y0064", "Hola Marisela, le recordamos su cita de terapia con la Lic. Herrera el viernes 9/25 a las 4:00 pm. Si necesita cancelar, llame al 555-0174.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisela", "NAME"), ("terapia", "PROCEDURE"), ("Lic. Herrera", "PROVIDER"), ("9/25", "DATE"), ("555-0174", "PHONE")],
     ["behavioral-health", "practice-contact"], "Name and therapy go; provider, date and the practice's phone stay."),
    ("y0065", "Sra. Vidal, su hijo Andrés ha faltado a 3 sesiones de terapia para la depresión. Por favor llámenos para hablar de su plan de tratamiento.",
     "BLOCK", "other", "sms", "es",
     [("Vidal", "NAME"), ("Andrés", "NAME"), ("terapia", "PROCEDURE"), ("depresión", "CONDITION")],
     ["behavioral-health", "third-party", "minor"], "A dependent's diagnosis and treatment sent to the parent: third-party health."),
    ("y0066", "Reminder: your psy\u200bchiatry follow-up is tomorrow at 11:20 AM. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("psy\u200bchiatry", "SPECIALTY")],
     ["behavioral-health"], "Zero-width space inside 'psychiatry'; the specialty still goes and the reminder survives."),
    ("y0067", "Therapy dogs from Paws & Company visit our lobby the first Friday of every month. All patients and families are welcome to say hello!",
     "ALLOW", "marketing", "sms", "en", [],
     ["behavioral-health", "general", "broadcast", "hard-negative"], "Broadcast to everyone; therapy dogs are a lobby event, not the recipient's therapy."),
    ("y0068", "Stressful week? Everyone is welcome to our free guided-breathing recordings on our website - no login needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["behavioral-health", "general", "broadcast", "hard-negative"], "General education addressed to everyone."),
    ("y0069", "Subject: Your first appointment\n\nHello Ms. Okafor,\n\nWelcome to Lakeside Behavioral Health. Your intake with Priya Shah, LCSW is scheduled for Wednesday, October 7 at 2:00 PM and lasts about 75 minutes. Before your visit, please complete the new-patient questionnaires in the portal; they take about 20 minutes.\n\nOur office is at 88 Mill Road, Suite 4, Brookfield. Parking is free behind the building, and the entrance is on the side street. If you are running late, call the front desk at 555-0178 so we can hold your time.\n\nWe look forward to meeting you.\n\nDevon Marsh\nIntake Coordinator\nLakeside Behavioral Health\n555-0178 | lbh.example.org",
     "REWRITE", "reminder", "email", "en",
     [("Okafor", "NAME"), ("Lakeside Behavioral Health", "SPECIALTY"), ("Priya Shah", "PROVIDER"), ("LCSW", "SPECIALTY"), ("October 7", "DATE"),
      ("88 Mill Road, Suite 4, Brookfield", "ADDRESS"), ("555-0178", "PHONE"), ("Devon Marsh", "PROVIDER"),
      ("Lakeside Behavioral Health", "SPECIALTY", 1), ("555-0178", "PHONE", 1), ("lbh.example.org", "URL")],
     ["behavioral-health", "practice-contact"], "Long e-mail: name, behavioral-health practice name (twice) and the LCSW credential go (judgement: LCSW is SPECIALTY); 'intake' is generic (judgement); date, address, phone, URL and the coordinator's signature stay."),
)

# ---------------------------------------------------------------- batch 6 (y0070-y0079): dermatology
add(
    ("y0070", "Your skin biopsy with Dr. Harlan is set for 10/14 at 2:20 PM. Wear a loose top; you can drive yourself home.",
     "REWRITE", "reminder", "sms", "en",
     [("skin biopsy", "PROCEDURE"), ("Dr. Harlan", "PROVIDER"), ("10/14", "DATE")],
     ["dermatology"], "Procedure goes; provider, date, time and logistics stay."),
    ("y0071", "Your biopsy from 10/14 (left shoulder) showed basal cell carcinoma. Dr. Harlan recommends Mohs surgery; our scheduler will call you this week.",
     "BLOCK", "result", "sms", "en",
     [("biopsy", "PROCEDURE"), ("10/14", "DATE"), ("basal cell carcinoma", "CONDITION"), ("Dr. Harlan", "PROVIDER"), ("Mohs surgery", "PROCEDURE")],
     ["dermatology"], "Pathology diagnosis and treatment plan. Judgement: body site unlabelled; 'Mohs surgery' one named-procedure span."),
    ("y0072", "Good news: your biopsy came back benign, no further treatment needed. See you at your yearly skin check!",
     "BLOCK", "result", "email", "en",
     [("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("skin check", "PROCEDURE")],
     ["dermatology"], "A normal result is still a result (README); e-mail is treated like SMS. Judgement: 'skin check' is one named-visit span like 'med check'."),
    ("y0073", "Mohs surgery reminder: Tue 11/3, check in at 7:30 AM. Eat breakfast, take your usual medicines, and plan to be here most of the day.",
     "REWRITE", "reminder", "sms", "en",
     [("Mohs surgery", "PROCEDURE"), ("11/3", "DATE")],
     ["dermatology"], "Procedure goes. Judgement (README silent): 'take your usual medicines' names no drug or dose and is preparation logistics, not a dosing instruction."),
    ("y0074", "Parking spots near the entrance are reserved for patients with mobility needs. The overflow lot across the street has plenty of room.",
     "ALLOW", "other", "sms", "en", [],
     ["dermatology", "general", "broadcast", "hard-negative"], "Parking notice to everyone; 'spots' are parking spaces."),
    ("y0075", "Consejo para todos: use protector solar FPS 30 o más y vuelva a ponérselo cada 2 horas al aire libre. ¡Disfrute el verano!",
     "ALLOW", "marketing", "sms", "es", [],
     ["dermatology", "general", "broadcast", "hard-negative"], "Sun-safety education for everyone; 'FPS 30' is a sunscreen rating, not a value."),
    ("y0076", "Hi Brenda, it's time for your yearly skin check at Clearwater Dermatology! Call 555-0185 to book.",
     "REWRITE", "recall", "sms", "en",
     [("Brenda", "NAME"), ("skin check", "PROCEDURE"), ("Clearwater Dermatology", "SPECIALTY"), ("555-0185", "PHONE")],
     ["dermatology", "practice-contact"], "Name, visit type and dermatology name go; the recall and phone survive."),
    ("y0077", "After Mohs: keep the bandage dry for 48 hours, then clean with soap and water and apply Vaseline twice a day until your recheck on 11/13.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mohs", "PROCEDURE"), ("Vaseline", "MEDICATION"), ("11/13", "DATE")],
     ["dermatology"], "Wound-care treatment instructions. Judgement: a product applied by name is MEDICATION (README: brands used as names)."),
    ("y0078", "Your biopsy results: mel\u0430noma in situ. Dr. Harlan will call you today to talk about a wider excision.",
     "BLOCK", "result", "sms", "en",
     [("biopsy", "PROCEDURE"), ("mel\u0430noma in situ", "CONDITION"), ("Dr. Harlan", "PROVIDER"), ("excision", "PROCEDURE")],
     ["dermatology"], "Cyrillic 'а' inside melanoma; a diagnosis and planned procedure."),
    ("y0079", "Reminder: appointment with Dr. Nadia Harlan on Mon 11/16 at 8:00 AM. Please arrive 10 minutes early and bring a photo ID.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nadia Harlan", "PROVIDER"), ("11/16", "DATE")],
     ["dermatology"], "Provider, date and time only."),
)

# ---------------------------------------------------------------- batch 7 (y0080-y0088): ophthalmology
add(
    ("y0080", "Reminder: your eye injection is Wed 12/2 at 9:15 AM with Dr. Sato. Plan on 2 hours and bring a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("eye injection", "PROCEDURE"), ("12/2", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["ophthalmology"], "Procedure goes; date, provider and logistics stay."),
    ("y0081", "Your OCT today showed new fluid in the left eye, so Dr. Sato is moving your Eylea injections to every 4 weeks.",
     "BLOCK", "result", "sms", "en",
     [("OCT", "PROCEDURE"), ("new fluid", "RESULT"), ("Dr. Sato", "PROVIDER"), ("Eylea injections", "MEDICATION")],
     ["ophthalmology"], "Imaging finding and a change in dosing interval. Form word after the drug goes with it (README)."),
    ("y0082", "Brightview Eye Associates: your dilated eye exam is Fri 12/4 at 10:00 AM. Your vision may be blurry for a few hours - bring sunglasses and a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("Brightview Eye Associates", "SPECIALTY"), ("dilated eye exam", "PROCEDURE"), ("12/4", "DATE")],
     ["ophthalmology"], "Eye practice name (README: eye names are specialty-revealing) and exam go; logistics survive."),
    ("y0083", "After cataract surgery: prednisolone drops 4 times a day in the right eye for 1 week, then twice a day for 1 week. No rubbing and no swimming for 2 weeks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("cataract", "CONDITION"), ("prednisolone drops", "MEDICATION")],
     ["ophthalmology"], "Post-op dosing and treatment instructions. Judgement: condition-named surgery keeps 'surgery' outside."),
    ("y0084", "Hi Mr. Yamada, your cataract surgery is Tue 12/8. Arrive at 6:45 AM, nothing to eat or drink after midnite, and bring someone to drive you home.",
     "REWRITE", "reminder", "sms", "en",
     [("Yamada", "NAME"), ("cataract", "CONDITION"), ("12/8", "DATE")],
     ["ophthalmology", "typo"], "Name and condition go ('surgery' alone is generic, README). Judgement: fasting and a driver are preparation logistics, not treatment."),
    ("y0085", "Sra. Ibáñez, su presión ocular salió en 28 en el ojo derecho. Empiece las gotas de latanoprost una vez en la noche y regrese el 12/15.",
     "BLOCK", "result", "sms", "es",
     [("Ibáñez", "NAME"), ("presión ocular", "PROCEDURE"), ("en [[28]]", "RESULT"), ("latanoprost", "MEDICATION"), ("12/15", "DATE")],
     ["ophthalmology"], "Value and new treatment. Judgement: the Spanish form word before the drug ('gotas de') stays outside the span."),
    ("y0086", "Keep an eye on your inbox: our new patient portal launches next month, and you'll get an email with simple sign-up steps.",
     "ALLOW", "other", "sms", "en", [],
     ["ophthalmology", "general", "broadcast", "hard-negative"], "Portal launch notice to everyone; 'keep an eye on' is an idiom."),
    ("y0087", "Drop-in hours for glasses adjustments and repairs: Tuesdays and Thursdays 1-4 PM. No appointment needed.",
     "ALLOW", "other", "sms", "en", [],
     ["ophthalmology", "general", "broadcast", "hard-negative"], "Hours notice to everyone; 'drop-in' is not eye drops."),
    ("y0088", "Recordatorio: tiene cita con la Dra. Emiko Sato el lunes 12/14 a las 9:00 am. Si necesita cambiarla, llame al 555-0190.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Emiko Sato", "PROVIDER"), ("12/14", "DATE"), ("555-0190", "PHONE")],
     ["ophthalmology", "practice-contact"], "Provider, date and the practice's phone."),
)

# ---------------------------------------------------------------- batch 8 (y0089-y0095): orthopedics
add(
    ("y0089", "Your total knee replacement with Dr. Kessler is on 1/12. Pre-op visit: 1/5 at 1:30 PM - please bring all of your medication bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("total knee replacement", "PROCEDURE"), ("Dr. Kessler", "PROVIDER"), ("1/12", "DATE"), ("Pre-op", "PROCEDURE"), ("1/5", "DATE")],
     ["orthopedics"], "Procedure and visit type go; dates, provider and 'bring your bottles' survive."),
    ("y0090", "Stop your aspirin 81mg 7 days before surgery (last dose 1/4). Keep taking your blood pressure pills, even the morning of surgery with a sip of water.",
     "BLOCK", "care-instructions", "sms", "en",
     [("aspirin 81mg", "MEDICATION"), ("1/4", "DATE"), ("blood pressure pills", "MEDICATION")],
     ["orthopedics"], "Stopping and continuing named medications is a dosing instruction. Judgement: 'blood pressure pills' is a drug class used as a name (MEDICATION)."),
    ("y0091", "Hi Gary! Your first physical therapy session after surgery is Thu 1/21 at 2:00 PM at Motion Works PT. Wear shorts.",
     "REWRITE", "reminder", "sms", "en",
     [("Gary", "NAME"), ("physical therapy", "PROCEDURE"), ("1/21", "DATE"), ("Motion Works PT", "SPECIALTY")],
     ["orthopedics", "physical-therapy"], "Name, therapy and the PT practice name go. Judgement: 'physical therapy' as the visit is a therapy (PROCEDURE); the PT practice name is SPECIALTY (README)."),
    ("y0092", "Your post-op x-ray shows good healing, so you can start full weight-bearing on the leg. Keep using the walker outside the house for 2 more weeks.",
     "BLOCK", "result", "sms", "en",
     [("post-op", "PROCEDURE"), ("x-ray", "PROCEDURE"), ("good healing", "RESULT"), ("walker", "PROCEDURE")],
     ["orthopedics", "imaging"], "Imaging finding and treatment instructions. Judgement: the walker is a device (PROCEDURE); the activity instruction itself is unlabelled."),
    ("y0093", "Our phones are answered 8:00 AM-5:00 PM PT, Monday through Friday. After hours, leave a message and we'll call back the next business day.",
     "ALLOW", "other", "sms", "en", [],
     ["orthopedics", "general", "hard-negative"], "Phone hours; 'PT' is Pacific time, not physical therapy."),
    ("y0094", "Heads up: our lunch break is 12-1 PM and the phones roll to voicemail. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["orthopedics", "general", "hard-negative"], "Office notice; 'break' is lunch, not a fracture."),
    ("y0095", "Su cita con el Dr. Paul Kessler es el martes 2/2 a las 10:20 am en 2400 Cascade Ave, Edificio C. El estacionamiento es gratis.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Paul Kessler", "PROVIDER"), ("2/2", "DATE"), ("2400 Cascade Ave, Edificio C", "ADDRESS")],
     ["orthopedics", "practice-contact"], "Provider, date and the practice's own address."),
)

# ---------------------------------------------------------------- batch 9 (y0096-y0104): endocrinology
add(
    ("y0096", "Based on your CGM data, lower your Lantus to 18 units at bedtime and take 1 unit of Humalog per 10 g of carbs. Send us your readings again Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("CGM", "PROCEDURE"), ("Lantus", "MEDICATION"), ("Humalog", "MEDICATION")],
     ["primary-care"], "Insulin dosing. Tag: no endocrinology tag exists, so primary-care (judgement)."),
    ("y0097", "Hi Robert, your A1c is down to 6.9 from 8.1 - great work! Keep taking metformin 1000mg twice a day.",
     "BLOCK", "result", "sms", "en",
     [("Robert", "NAME"), ("A1c", "PROCEDURE"), ("6.9", "RESULT"), ("8.1", "RESULT"), ("metformin 1000mg", "MEDICATION")],
     ["primary-care", "lab", "contrast"], "Values and dosing by SMS. Contrast: y0104 in the portal."),
    ("y0098", "Valley Diabetes & Endocrine Center: reminder of your appointment Mon 2/8 at 3:20 PM. Please upload your CGM data before the visit.",
     "REWRITE", "reminder", "sms", "en",
     [("Valley Diabetes & Endocrine Center", "SPECIALTY"), ("2/8", "DATE"), ("CGM", "PROCEDURE")],
     ["primary-care"], "Endocrine practice name (one SPECIALTY span, not a CONDITION) and the device go; the reminder survives."),
    ("y0099", "Hola Sra. Quintero, su azúcar en ayunas sigue en 180-200. Suba la insulina Lantus a 24 unidades cada noche y mándenos sus números el lunes.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Quintero", "NAME"), ("azúcar en ayunas", "PROCEDURE"), ("180-200", "RESULT"), ("insulina Lantus", "MEDICATION")],
     ["primary-care"], "Values and an insulin dose change. Judgement: class + brand written together is one MEDICATION span."),
    ("y0100", "Hola Luis, tus supplies para el CGM ya llegaron. Puedes pasar a recogerlos a la farmacia de lunes a viernes, 9 a 7.",
     "REWRITE", "pickup", "sms", "es",
     [("Luis", "NAME"), ("CGM", "PROCEDURE")],
     ["primary-care", "pharmacy"], "Code-switched pickup notice: name and device go; the pickup survives."),
    ("y0101", "Your replacement insulin pump (serial TP-88213-4471) ships today by courier. Someone 18 or older must be home to sign for it.",
     "REWRITE", "other", "sms", "en",
     [("insulin pump", "PROCEDURE"), ("TP-88213-4471", "DEVICE_ID")],
     ["primary-care"], "Device and its serial go; the delivery notice survives. Judgement: 'insulin pump' is a device (one PROCEDURE span), not a MEDICATION."),
    ("y0102", "The garage lights are now on motion sensors. If your level goes dark, wave an arm and they'll come right back on.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "general", "hard-negative"], "Facilities notice; 'sensors' are light sensors, not glucose sensors."),
    ("y0103", "Para su cita del miércoles 2/10 con Rachel Kim, PA-C: venga en ayunas, sin comer nada 8 horas antes de que le saquen sangre.",
     "ALLOW", "reminder", "sms", "es",
     [("2/10", "DATE"), ("Rachel Kim, PA-C", "PROVIDER")],
     ["primary-care", "lab"], "Judgement (README silent): a fasting blood draw is lab work (generic, README) and fasting is preparation logistics; PA-C is a generic credential inside the PROVIDER span."),
    ("y0104", "Message from NP Diaz: your A1c came back at 7.8. Let's increase your glipizide to 10mg with breakfast. Reply here with any questions.",
     "ALLOW", "result", "portal", "en",
     [("NP Diaz", "PROVIDER"), ("A1c", "PROCEDURE"), ("7.8", "RESULT"), ("glipizide", "MEDICATION")],
     ["primary-care", "lab", "contrast"], "Inside the portal a value and dose may stay (README). Contrast: y0097 by SMS."),
)

# ---------------------------------------------------------------- batch 10 (y0105-y0111): dental
add(
    ("y0105", "Your extraction with Dr. Lam, DDS is Tue 3/9 at 10:00 AM. Eat a light meal beforehand and arrange a ride home.",
     "REWRITE", "reminder", "sms", "en",
     [("extraction", "PROCEDURE"), ("Dr. Lam", "PROVIDER"), ("DDS", "SPECIALTY"), ("3/9", "DATE")],
     ["dental"], "Procedure and dental credential go (README: DDS is SPECIALTY); provider, date and preparation logistics stay."),
    ("y0106", "After your extraction: bite on the gauze for 30 minutes, no straws or smoking for 72 hours, and take ibuprofen 600mg every 6 hours for pain.",
     "BLOCK", "care-instructions", "sms", "en",
     [("extraction", "PROCEDURE"), ("ibuprofen 600mg", "MEDICATION"), ("pain", "CONDITION")],
     ["dental"], "Post-op care and dosing instructions are the message."),
    ("y0107", "La oficina estará cerrada el viernes por limpieza de alfombras. Abrimos otra vez el lunes a las 8 am.",
     "ALLOW", "other", "sms", "es", [],
     ["dental", "general", "broadcast", "hard-negative"], "Closure to everyone; 'limpieza' is carpet cleaning, not a dental cleaning."),
    ("y0108", "Filling out forms? Save time by completing them online before you arrive and skip the clipboard.",
     "ALLOW", "other", "sms", "en", [],
     ["dental", "general", "broadcast", "hard-negative"], "Paperwork tip to everyone; 'Filling' is not a dental filling."),
    ("y0109", "Hola, le recordamos la limpieza dental de su hija Renata el sábado 3/13 a las 9:00 am en Sonrisas Dental.",
     "REWRITE", "reminder", "sms", "es",
     [("limpieza dental", "PROCEDURE"), ("Renata", "NAME"), ("3/13", "DATE"), ("Sonrisas Dental", "SPECIALTY")],
     ["dental", "pediatrics", "minor"], "A dependent's routine cleaning with a name and dental practice name: REWRITE (README)."),
    ("y0110", "Sr. Navarro, su radiografía muestra 3 caries y una infección en la muela. Le mandamos amoxicilina 500 mg; tome una cada 8 horas por 7 días.",
     "BLOCK", "result", "sms", "es",
     [("Navarro", "NAME"), ("radiografía", "PROCEDURE"), ("caries", "CONDITION"), ("infección", "CONDITION"), ("amoxicilina 500 mg", "MEDICATION")],
     ["dental"], "Findings and dosing. Judgement: the count '3' is unlabelled."),
    ("y0111", "Subject: Your treatment plan\n\nHi Marcus,\n\nThanks for coming in on 3/2. As Dr. Lam explained, your x-rays show decay on two lower molars (#19 and #30) and bone loss consistent with moderate periodontitis. The plan is two fillings, a deep cleaning (scaling and root planing) on all four quadrants, and a recheck in 3 months.\n\nYour estimated share after insurance is $685, and we can split the work into two visits. Please call us at 555-0112 to schedule, or reply if you'd like the itemized estimate by mail.\n\nBest,\nAngela Ruiz\nTreatment Coordinator\nBayside Family Dentistry\n1450 Shoreline Dr, Suite 110, Bayside\n555-0112",
     "BLOCK", "other", "email", "en",
     [("Marcus", "NAME"), ("3/2", "DATE"), ("Dr. Lam", "PROVIDER"), ("x-rays", "PROCEDURE"), ("decay", "CONDITION"), ("bone loss", "RESULT"),
      ("periodontitis", "CONDITION"), ("fillings", "PROCEDURE"), ("deep cleaning", "PROCEDURE"), ("scaling and root planing", "PROCEDURE"),
      ("555-0112", "PHONE"), ("Angela Ruiz", "PROVIDER"), ("Bayside Family Dentistry", "SPECIALTY"),
      ("1450 Shoreline Dr, Suite 110, Bayside", "ADDRESS"), ("555-0112", "PHONE", 1)],
     ["dental", "practice-contact"], "Long e-mail whose content is findings and a treatment plan. Judgement: severity adjective 'moderate' outside the CONDITION (like 'poorly-controlled'), tooth numbers and the estimate unlabelled."),
)

# ---------------------------------------------------------------- batch 11 (y0112-y0120): urgent care follow-ups
add(
    ("y0112", "Thanks for visiting Riverbend Urgent Care today! How did we do? Take our 1-minute survey: rbuc.example.com/s",
     "REWRITE", "other", "sms", "en",
     [("Riverbend Urgent Care", "SPECIALTY"), ("rbuc.example.com/s", "URL")],
     ["urgent-care", "practice-contact"], "Urgent-care name reveals the visit (DESIGN); the survey link (no patient token) survives."),
    ("y0113", "Your strep culture from Saturday came back positive. Dr. Webb sent amoxicillin to your pharmacy - start it today and stay home until you've had 24 hours of it.",
     "BLOCK", "result", "sms", "en",
     [("strep culture", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Webb", "PROVIDER"), ("amoxicillin", "MEDICATION")],
     ["urgent-care", "lab"], "A result and treatment instructions."),
    ("y0114", "Follow-up from your visit: the radiologist's read of your wrist x-ray found a small fracture that was missed. Please come back today for a splint.",
     "BLOCK", "result", "sms", "en",
     [("radiologist", "SPECIALTY"), ("x-ray", "PROCEDURE"), ("fracture", "CONDITION"), ("splint", "PROCEDURE")],
     ["urgent-care", "imaging"], "An imaging finding (DESIGN: 'your x-ray shows a fracture'). Judgement: body site unlabelled."),
    ("y0115", "Thanks for visiting us today. If you have questions about your visit, call 555-0139 any time between 8 AM and 10 PM.",
     "ALLOW", "other", "sms", "en",
     [("555-0139", "PHONE")],
     ["urgent-care", "practice-contact"], "Generic follow-up with the practice's phone; no practice name or care."),
    ("y0116", "Walk-ins welcome 8 AM to 10 PM every day, holidays included. Check current wait times on the lobby screen or in our app.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "general", "broadcast", "hard-negative"], "Hours notice to everyone; 'screen' is the lobby display."),
    ("y0117", "Thank you for all the positive reviews this month! Your feedback helps our team keep wait times short.",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "general", "broadcast", "hard-negative"], "Thank-you to everyone; 'positive' is about reviews, not a result."),
    ("y0118", "Hola Sra. Flores, su prueba de orina mostró una infección urinaria. Le enviamos nitrofurantoína 100 mg a su farmacia; tómela dos veces al día por 5 días.",
     "BLOCK", "result", "sms", "es",
     [("Flores", "NAME"), ("prueba de orina", "PROCEDURE"), ("infección urinaria", "CONDITION"), ("nitrofurantoína 100 mg", "MEDICATION")],
     ["urgent-care", "lab"], "Diagnosis from a test and dosing."),
    ("y0119", "Gracias por su visita de hoy. Si tiene preguntas, llámenos al 555-0139. Abrimos todos los días de 8 am a 10 pm.",
     "ALLOW", "other", "sms", "es",
     [("555-0139", "PHONE")],
     ["urgent-care", "practice-contact"], "Generic thank-you with the practice's phone and hours."),
    ("y0120", "ur str3p t3st came back p0sitive. amoxicillin is ready at Main St Pharmacy after 5pm, take it all even if u feel better",
     "BLOCK", "result", "sms", "en",
     [("str3p t3st", "PROCEDURE"), ("p0sitive", "RESULT"), ("amoxicillin", "MEDICATION")],
     ["urgent-care", "leet", "shorthand"], "Leet-disguised positive result with treatment instructions."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "y", "probe9.jsonl")
