#!/usr/bin/env python3
"""Build corpus/probe90.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe90.py [OUT] [-v]   (default: probe90.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run
and no other corpus, test or source file was read.

This round is BREAST IMAGING, WOMEN'S HEALTH AND MENOPAUSE CARE: what breast-imaging centers,
gynecology practices, menopause and pelvic-floor clinics, osteoporosis (DEXA) programs and
women's-health navigators send — screening-mammogram reminders, call-backs for additional views
or ultrasound, biopsy scheduling and results-ready notices, BRCA and high-risk program
invitations, Pap/HPV follow-ups, hormone-therapy refills, pelvic-floor PT bookings, DEXA
reminders and awareness-month broadcasts — mixing messages that reveal the recipient's finding,
condition, drug or procedure with ones that only schedule, plus look-alikes ("Pink Ribbon 5K",
chicken breast in a recipe, a mammoth sale, Dr. Callback as a surname, a hot flash sale, "Pap"
for grandpa, "mamá" vs "mama", a film screening, a grace period, HRT the bus line). About 15%
Spanish; 4 disguised messages (spaced letters, zero-width characters, a Cyrillic look-alike,
leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "BI-RADS [[4]]" searches for "BI-RADS 4"
      and labels only the bracketed part "4".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A screening call-back that says more imaging is needed ("needs additional views",
     "imágenes adicionales") tells the screening's outcome (an incomplete/abnormal screen): it
     is a RESULT and the message is BLOCK. The RESULT span is the noun phrase naming what is
     needed ("additional views"). Scheduling a named diagnostic test without saying why
     ("your diagnostic mammogram is 9/29") is only a PROCEDURE: REWRITE.
  2. Qualifiers that name the kind of test stay inside the PROCEDURE span ("screening
     mammogram", "diagnostic mammogram", "3D mammogram", "breast MRI", "ultrasound-guided
     biopsy", "stereotactic biopsy"); frequency words (annual, yearly, 6-month) stay outside.
  3. "Women's health", women's imaging, breast-center, radiology, urogynecology, menopause and
     "Salud Femenina"/"Clínica de la Mujer" practice names are specialty-revealing (reproductive
     health or imaging): SPECIALTY, like the eye/imaging names the README lists.
  4. A program named as the sender or service line ("Bone Health Program",
     "Osteoporosis Clinic") is SPECIALTY; a program the patient is invited to or enrolled in
     ("High-Risk Breast Program", "high-risk surveillance program", "BCCCP") is PROCEDURE.
  5. "hormone therapy" / "terapia hormonal" as what is refilled, started or followed up is a
     drug class used as a name: MEDICATION (like "birth control"), not PROCEDURE.
  6. A route word before a drug stays in the MEDICATION span ("vaginal estrogen cream"), like a
     form word after it.
  7. Named diagnoses and lesions (fibroadenoma, simple cyst, DCIS, osteopenia, ovarian cyst)
     are CONDITION; outcome words, grades, sizes and categories (benign, negative, normal,
     "9 mm mass", "under 2 cm", BI-RADS category, "dense breast tissue", "low grade",
     "severe") are RESULT.
  8. A genetic finding (gene + variant) is one RESULT span ("BRCA2 pathogenic variant"); a gene
     named as the test ("her BRCA1 result") is PROCEDURE.
  9. Role words qualified by a specialty are SPECIALTY ("breast health navigator", "genetic
     counselor", "CGC", "DPT"), like "radiologist"; the person's name with a generic credential
     is the PROVIDER span beside it.
 10. Kinship nicknames ("Pap" for grandpa, "papá", "mamá") are not names and are not labelled;
     a relative's appointment logistics with no name, no clinical word and a generic practice
     name is ALLOW (hard negative). Spanish "mamá" (mother) is not "mama" (breast).
 11. A broadcast from a generic practice that mentions breast cancer or menopause in general
     (awareness month) is ALLOW with no clinical span; the same kind of broadcast sent by a
     specialty-revealing practice to its own patients reveals that the recipient is a patient
     there: REWRITE (practice name as SPECIALTY, topic condition as CONDITION), not tagged
     `broadcast` (it says something about the recipient).
 12. Logistics-type preparation (arrive early, no metal zippers, comfortably full bladder, eat
     a light breakfast, bring a driver) is not a treatment instruction; any medication
     instruction (take, keep taking, stop, increase, no alcohol with a dose) is, even inside a
     refill or pre-op message: BLOCK.
 13. Dates and phone numbers spoken as words in voice messages are labelled DATE and PHONE.
 14. A practice's own link or portal address without a token is a URL span compatible with
     ALLOW; a link with a patient id or token is REWRITE (README).
 15. Accession, claim and Rx numbers are OTHER_ID (README); an insurer member ID is
     HEALTH_PLAN_ID.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (co0001-co0012): screening reminders, call-backs, look-alikes
add(
    ("co0001", "Northfield Medical Group: Reminder - you have an appointment with Dr. Amara Okafor on Tue 10/14 at 8:45 AM. Please arrive 15 min early. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Amara Okafor", "PROVIDER"), ("10/14", "DATE")],
     ["primary-care"], "Generic practice, provider, date and time only."),
    ("co0002", "Lakeshore Breast Imaging: Hi Jolene, your screening mammogram is Thu 10/16 at 7:30am at our Westgate office. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Breast Imaging", "SPECIALTY"), ("Jolene", "NAME"), ("screening mammogram", "PROCEDURE"), ("10/16", "DATE")],
     ["imaging"], "Breast-imaging name, patient name and test go; date, time and office survive. Decision 2: 'screening' stays in the PROCEDURE span."),
    ("co0003", "Harborview Women's Imaging: Your recent screening mammogram needs additional views and possibly an ultrasound. This is common, and most call-backs do not mean cancer. Please call 206-555-0142 to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Harborview Women's Imaging", "SPECIALTY"), ("screening mammogram", "PROCEDURE"), ("additional views", "RESULT"), ("ultrasound", "PROCEDURE"), ("cancer", "CONDITION"), ("206-555-0142", "PHONE")],
     ["imaging", "negation", "practice-contact"], "Decision 1: a call-back saying the screen needs more views tells its outcome (a finding); send a portal notice or letter instead. 'cancer' is negated but still labelled."),
    ("co0004", "Reminder from Cedar Ridge Family Practice: your visit with Dr. Callback is Monday 11/3 at 2:20 PM. Questions? Call 614-555-0117.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Callback", "PROVIDER"), ("11/3", "DATE"), ("614-555-0117", "PHONE")],
     ["primary-care", "practice-contact"], "Look-alike: 'Callback' is the provider's surname, not a mammogram call-back; generic practice, date, time and the practice phone."),
    ("co0005", "Mammoth sale at the Westbrook Health gift shop this week - 40% off plush toys, blankets and mugs. All proceeds support our patient assistance fund.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'Mammoth' is not 'mammogram'; a gift-shop sale sent to everyone."),
    ("co0006", "Centro de Imágenes Santa Lucía: Sra. Ibarra, le recordamos su mamografía el viernes 24 de octubre a las 9:15. Traiga su identificación. Para cambiar la cita llame al 305-555-0163.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Imágenes Santa Lucía", "SPECIALTY"), ("Ibarra", "NAME"), ("mamografía", "PROCEDURE"), ("24 de octubre", "DATE"), ("305-555-0163", "PHONE")],
     ["imaging", "practice-contact"], "Imaging-center name, surname and test go; date, time and the practice phone survive."),
    ("co0007", "Hi Priya,\n\nGood news - your breast biopsy from Tuesday came back benign (fibroadenoma). Dr. Lindqvist recommends a follow-up ultrasound in 6 months, and we'll send a reminder when it's time. Call or message us with any questions.\n\nMaren\nBreast Health Navigator, Solana Breast Center",
     "BLOCK", "result", "email", "en",
     [("Priya", "NAME"), ("breast biopsy", "PROCEDURE"), ("benign", "RESULT"), ("fibroadenoma", "CONDITION"), ("Dr. Lindqvist", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("Maren", "PROVIDER"), ("Breast Health Navigator", "SPECIALTY"), ("Solana Breast Center", "SPECIALTY")],
     ["imaging"], "A benign biopsy result is still a result (BLOCK by e-mail). Decision 7: the named lesion is CONDITION, 'benign' RESULT; decision 9: the navigator title is SPECIALTY, the sender's name PROVIDER."),
    ("co0008", "Your screening mammogram result from 10/2 is now available. Result: BI-RADS 1 (negative). Routine screening is recommended again in 12 months. - Harborview Women's Imaging",
     "ALLOW", "result", "portal", "en",
     [("screening mammogram", "PROCEDURE"), ("10/2", "DATE"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT"), ("negative", "RESULT"), ("Harborview Women's Imaging", "SPECIALTY")],
     ["imaging", "contrast"], "Inside the secure portal the result may stay (README channel convention); the SMS twin co0009 is BLOCK."),
    ("co0009", "Harborview Women's Imaging: your screening mammogram from 10/2 was negative (BI-RADS 1). See you next year!",
     "BLOCK", "result", "sms", "en",
     [("Harborview Women's Imaging", "SPECIALTY"), ("screening mammogram", "PROCEDURE"), ("10/2", "DATE"), ("negative", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT")],
     ["imaging", "contrast"], "A negative result is still a result (README); by SMS it must go as a portal notice. Portal twin co0008 is ALLOW."),
    ("co0010", "Hello, this is Northfield Medical Group calling with a reminder of your appointment on Wednesday, November fifth, at ten fifteen a.m. with Doctor Hallowell. To confirm, press 1. To speak with our staff, press 0.",
     "ALLOW", "reminder", "voice", "en",
     [("November fifth", "DATE"), ("Doctor Hallowell", "PROVIDER")],
     ["primary-care"], "Decision 13: a spoken date is a DATE; provider, date and time only."),
    ("co0011", "Healthy Plate Tuesday from Alder Family Medicine: lemon-herb chicken breast with roasted broccoli. Pound two chicken breasts thin, marinate 30 minutes in lemon, garlic and oregano, then bake at 425F for 18-20 minutes. Serve with brown rice for a balanced, heart-friendly dinner. Reply STOP to opt out of recipes.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'breast' is chicken in a recipe newsletter sent to every patient."),
    ("co0012", "Time for your yearly mammogram! Our records show it's been more than 12 months since your last one. Book online at lsimaging.example/schedule or call 312-555-0128. - Lakeshore Breast Imaging",
     "REWRITE", "recall", "sms", "en",
     [("mammogram", "PROCEDURE"), ("lsimaging.example/schedule", "URL"), ("312-555-0128", "PHONE"), ("Lakeshore Breast Imaging", "SPECIALTY")],
     ["imaging", "practice-contact"], "Recall: the test and the breast-imaging name go; the practice's own link and phone stay. Decision 2: 'yearly' stays outside."),
)


# ---------------------------------------------------------------- batch 2 (co0013-co0024): diagnostic work-up, biopsy scheduling, results-ready
add(
    ("co0013", "Your diagnostic mammogram and breast ultrasound are scheduled for Mon 9/29 at 1:40 PM with Dr. Esperanza Vidal. Check in at the 2nd floor desk, Tower B.",
     "REWRITE", "reminder", "sms", "en",
     [("diagnostic mammogram", "PROCEDURE"), ("breast ultrasound", "PROCEDURE"), ("9/29", "DATE"), ("Dr. Esperanza Vidal", "PROVIDER")],
     ["imaging"], "Decision 1: scheduling a named diagnostic test without saying why is a PROCEDURE, not a result; date, time, provider and desk survive."),
    ("co0014", "Hi Tamsin - Pinecrest Breast Center here. Your ultrasound-guided biopsy is set for Friday 10/3 at 10am. Eat a light breakfast, leave jewelry at home and plan for someone to drive you.",
     "REWRITE", "reminder", "sms", "en",
     [("Tamsin", "NAME"), ("Pinecrest Breast Center", "SPECIALTY"), ("ultrasound-guided biopsy", "PROCEDURE"), ("10/3", "DATE")],
     ["imaging"], "Name, breast-center name and procedure go. Decision 12: breakfast/jewelry/driver are logistics, not treatment instructions."),
    ("co0015", "After your stereotactic biopsy today: ice pack 20 min on/20 off, wear a supportive bra tonight, and you may take acetaminophen 500mg. Avoid ibuprofen for 24 hrs. Call us if the bruising spreads.",
     "BLOCK", "care-instructions", "sms", "en",
     [("stereotactic biopsy", "PROCEDURE"), ("acetaminophen 500mg", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("bruising", "CONDITION")],
     ["imaging"], "Aftercare and dosing instructions are the message; removal leaves nothing to send. Decision 12."),
    ("co0016", "Your biopsy results are ready. Log in at portal.solanabc.example to view them, or expect a call from Dr. Reyes-Whitfield's nurse this week.",
     "REWRITE", "portal-notice", "sms", "en",
     [("biopsy", "PROCEDURE"), ("portal.solanabc.example", "URL"), ("Dr. Reyes-Whitfield", "PROVIDER")],
     ["imaging", "practice-contact"], "Results-ready notice that names the test: 'biopsy' goes, 'your results are ready' survives with the practice's portal link (decision 14)."),
    ("co0017", "You have a new test result in your patient portal. For your privacy we don't share details by text. Sign in to view.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "Notification without PHI: no test named (README: no test named is ALLOW)."),
    ("co0018", "Ms. Adeyemi, your biopsy shows invasive ductal carcinoma, ER/PR positive. Dr. Fenwick would like to see you Thursday to go over surgery options.",
     "BLOCK", "result", "sms", "en",
     [("Adeyemi", "NAME"), ("biopsy", "PROCEDURE"), ("invasive ductal carcinoma", "CONDITION"), ("ER/PR positive", "RESULT"), ("Dr. Fenwick", "PROVIDER")],
     ["oncology", "imaging"], "A cancer diagnosis with receptor status by text: the finding is the message."),
    ("co0019", "Hola Marisol, su cita para la biopsia de seno con la Dra. Quintero es el martes 7 de octubre a las 8:00 am en la Clínica de Mama del Valle. Favor de llegar 30 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("biopsia de seno", "PROCEDURE"), ("Dra. Quintero", "PROVIDER"), ("7 de octubre", "DATE"), ("Clínica de Mama del Valle", "SPECIALTY")],
     ["imaging"], "Name, procedure and breast-clinic name go (decision 3); provider, date and time survive."),
    ("co0020", "Reminder: you're scheduled with Dr. Whitcombe on 10/21 at 3:30 PM at Bayside Medical Plaza, 1200 Harbor Blvd, Suite 310. Parking in Garage B is validated.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Whitcombe", "PROVIDER"), ("10/21", "DATE"), ("1200 Harbor Blvd, Suite 310", "ADDRESS")],
     ["general", "practice-contact"], "The practice's own address, provider, date and time."),
    ("co0021", "Hi Denise, following up on your mom's mammogram call-back: Dr. Osei reviewed the ultrasound and it's a simple cyst, nothing to worry about. She doesn't need to come back until next year.",
     "BLOCK", "result", "sms", "en",
     [("Denise", "NAME"), ("mammogram", "PROCEDURE"), ("Dr. Osei", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("simple cyst", "CONDITION"), ("nothing to worry about", "RESULT")],
     ["imaging", "third-party"], "A third party's (the mother's) imaging finding sent to the daughter (README: third party's health is BLOCK). Decision 7: the lesion is CONDITION."),
    ("co0022", "Pink Ribbon 5K is this Saturday! Team Westbrook Health meets at the north pavilion at 7:30 AM. Wear pink, bring water, and cheer on our nurses and volunteers.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a charity run sent to everyone; nothing about the recipient."),
    ("co0023", "Dear Ms. Kowalczyk,\n\nThe report from your breast MRI on 9/18 has been finalized and released to your patient portal. Your ordering provider will review it with you. Please do not reply to this email; this mailbox is not monitored.\n\nHarborview Women's Imaging\nportal.harborviewwi.example",
     "REWRITE", "portal-notice", "email", "en",
     [("Kowalczyk", "NAME"), ("breast MRI", "PROCEDURE"), ("9/18", "DATE"), ("Harborview Women's Imaging", "SPECIALTY"), ("portal.harborviewwi.example", "URL")],
     ["imaging", "practice-contact"], "Report-ready notice: name, test and imaging name go; 'your report is in the portal' survives. The practice portal link has no token (decision 14)."),
    ("co0024", "Appointment tomorrow at 11:00 AM with Dr. Lindqvist. Tap to view directions and check in early.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Lindqvist", "PROVIDER")],
     ["general"], "Provider and time only, nothing on the lock screen about the visit type."),
)

# ---------------------------------------------------------------- batch 3 (co0025-co0036): BRCA, high-risk program, genetic counseling
add(
    ("co0025", "Dear Ms. Thorne, based on the family history you shared at your last mammogram, you may be eligible for our High-Risk Breast Program, which includes genetic counseling, BRCA testing and yearly breast MRI. Call 773-555-0119 to book a consult.",
     "REWRITE", "marketing", "email", "en",
     [("Thorne", "NAME"), ("mammogram", "PROCEDURE"), ("High-Risk Breast Program", "PROCEDURE"), ("genetic counseling", "PROCEDURE"), ("BRCA testing", "PROCEDURE"), ("breast MRI", "PROCEDURE"), ("773-555-0119", "PHONE")],
     ["oncology", "imaging", "practice-contact"], "Invitation without a result: program and tests go, 'call to book a consult' survives. Decision 4: a program the patient is invited to is PROCEDURE. Judgement: 'family history' without a named condition is not labelled."),
    ("co0026", "Your Tyrer-Cuzick lifetime breast cancer risk came out at 27%, which qualifies you for supplemental MRI screening. Dr. Haverford will go over it at your 11/6 visit.",
     "BLOCK", "result", "sms", "en",
     [("Tyrer-Cuzick", "PROCEDURE"), ("breast cancer", "CONDITION"), ("27%", "RESULT"), ("MRI", "PROCEDURE"), ("Dr. Haverford", "PROVIDER"), ("11/6", "DATE")],
     ["oncology", "imaging"], "A risk-model score is a clinical value (scale PROCEDURE, value RESULT, as with BI-RADS)."),
    ("co0027", "Hi Gwen,\n\nYour genetic test found a BRCA2 pathogenic variant. This matters for your own screening and possibly for your sisters and daughter. Please schedule a results session with our genetic counselor, Lena Park, MS, CGC, at 503-555-0188 - we have openings next week.\n\nBest,\nCascade Hereditary Cancer Clinic",
     "BLOCK", "result", "email", "en",
     [("Gwen", "NAME"), ("genetic test", "PROCEDURE"), ("BRCA2 pathogenic variant", "RESULT"), ("genetic counselor", "SPECIALTY"), ("Lena Park, MS", "PROVIDER"), ("CGC", "SPECIALTY"), ("503-555-0188", "PHONE"), ("Cascade Hereditary Cancer Clinic", "SPECIALTY")],
     ["oncology", "practice-contact"], "A positive genetic result by e-mail. Decision 8: gene + variant is one RESULT span; decision 9: 'genetic counselor' and 'CGC' are SPECIALTY."),
    ("co0028", "Sra. Delgado: le confirmamos su cita de asesoría genética con la Lic. Paola Estrada el jueves 16 de octubre a las 11:00. Puede ser por video. Dudas: 915-555-0134.",
     "REWRITE", "confirmation", "sms", "es",
     [("Delgado", "NAME"), ("asesoría genética", "PROCEDURE"), ("Lic. Paola Estrada", "PROVIDER"), ("16 de octubre", "DATE"), ("915-555-0134", "PHONE")],
     ["oncology", "practice-contact"], "Surname and visit type go; provider, date, time, video option and phone survive."),
    ("co0029", "HOT FLASH SALE at Maple Street Pharmacy: today only, 25% off sunscreen, water bottles and travel fans. Show this text at the register.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Look-alike: a 'hot flash' sale is a promotion sent to everyone, not a symptom."),
    ("co0030", "October is Breast Cancer Awareness Month. Most women 40 and older should talk with their clinician about regular screening. We've added Saturday imaging hours all month. Learn more at northfieldmg.example/screening.",
     "ALLOW", "marketing", "sms", "en",
     [("northfieldmg.example/screening", "URL")],
     ["general", "broadcast", "practice-contact"], "Decision 11: an awareness broadcast from a generic practice says nothing about the recipient; only the practice link is labelled."),
    ("co0031", "Hi Renata, this is Coral from Dr. Bassett's office. Your sister Ines listed you as a contact - her BRCA1 result was positive, and she asked us to let you know testing is recommended for first-degree relatives.",
     "BLOCK", "other", "sms", "en",
     [("Renata", "NAME"), ("Coral", "PROVIDER"), ("Dr. Bassett", "PROVIDER"), ("Ines", "NAME"), ("BRCA1", "PROCEDURE"), ("positive", "RESULT")],
     ["oncology", "third-party"], "A third party's (the sister's) genetic result. Decision 8: the gene named as the test is PROCEDURE."),
    ("co0032", "Oak Hollow Health: you're confirmed for Thu 10/30 at 9:00 AM with Shauna Ellis, MS, CGC. Video link to follow.",
     "REWRITE", "confirmation", "sms", "en",
     [("10/30", "DATE"), ("Shauna Ellis, MS", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["oncology"], "Decision 9: the credential CGC (certified genetic counselor) reveals the service even though nothing else does; provider name, date and time survive."),
    ("co0033", "MyChart: Dr. Fenwick sent you a message: \"Your HER2 came back negative, so we'll skip trastuzumab. Start anastrozole 1 mg daily after radiation.\"",
     "BLOCK", "result", "push", "en",
     [("Dr. Fenwick", "PROVIDER"), ("HER2", "PROCEDURE"), ("negative", "RESULT"), ("trastuzumab", "MEDICATION"), ("anastrozole 1 mg", "MEDICATION"), ("radiation", "PROCEDURE")],
     ["oncology"], "A push preview carrying a result and a dosing plan; push is treated like SMS (README)."),
    ("co0034", "Genetic test result: hereditary cancer panel (47 genes). Result: NEGATIVE - no pathogenic variants detected. A CHEK2 variant of uncertain significance was also reported; it should not change your care. Your counselor will call to review.",
     "ALLOW", "result", "portal", "en",
     [("hereditary cancer panel", "PROCEDURE"), ("NEGATIVE", "RESULT"), ("no pathogenic variants detected", "RESULT"), ("CHEK2 variant of uncertain significance", "RESULT")],
     ["oncology"], "Portal channel: the result may stay. Decision 8: gene + variant is one RESULT span."),
    ("co0035", "Hi Bea! You're due for your 6-month breast MRI in the high-risk surveillance program. Call 773-555-0119 or book at hrb.example/book.",
     "REWRITE", "recall", "sms", "en",
     [("Bea", "NAME"), ("breast MRI", "PROCEDURE"), ("high-risk surveillance program", "PROCEDURE"), ("773-555-0119", "PHONE"), ("hrb.example/book", "URL")],
     ["oncology", "imaging", "practice-contact"], "Recall: name, test and program go (decision 4); '6-month' stays outside (decision 2); phone and link survive."),
    ("co0036", "Our community room will host a free screening of the documentary \"Running Home\" this Thursday at 6 PM. Popcorn provided, no RSVP needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a film 'screening', sent to everyone."),
)

# ---------------------------------------------------------------- batch 4 (co0037-co0048): Pap/HPV, colposcopy, gynecology, "Pap" the grandpa
add(
    ("co0037", "Willow Creek OB/GYN: our records show you're due for your Pap smear. Call 512-555-0176 or reply BOOK to schedule.",
     "REWRITE", "recall", "sms", "en",
     [("Willow Creek OB/GYN", "SPECIALTY"), ("Pap smear", "PROCEDURE"), ("512-555-0176", "PHONE")],
     ["reproductive", "practice-contact"], "OB/GYN name and test go; the recall purpose and phone survive."),
    ("co0038", "Hi Kayla, your Pap came back with ASC-US and your HPV test was positive for a high-risk type. We'd like to schedule a colposcopy in the next few weeks. Please call us at 512-555-0176.",
     "BLOCK", "result", "sms", "en",
     [("Kayla", "NAME"), ("Pap", "PROCEDURE"), ("ASC-US", "RESULT"), ("HPV test", "PROCEDURE"), ("positive for a high-risk type", "RESULT"), ("colposcopy", "PROCEDURE"), ("512-555-0176", "PHONE")],
     ["reproductive", "practice-contact"], "Abnormal cytology and a positive HPV result by text."),
    ("co0039", "Sra. Navarro, le informamos que su Papanicolaou salió normal y la prueba del VPH negativa. Su próximo examen será en 5 años. Saludos, Clínica de la Mujer Esperanza.",
     "BLOCK", "result", "sms", "es",
     [("Navarro", "NAME"), ("Papanicolaou", "PROCEDURE"), ("normal", "RESULT"), ("prueba del VPH", "PROCEDURE"), ("negativa", "RESULT"), ("Clínica de la Mujer Esperanza", "SPECIALTY")],
     ["reproductive"], "Normal and negative results are still results (README). Decision 3: 'Clínica de la Mujer' names the specialty."),
    ("co0040", "Results for Kayla Brandt: Pap test, liquid-based - Atypical squamous cells of undetermined significance (ASC-US). HR-HPV: Detected. Plan per Dr. Imani Cole: colposcopy. Please schedule within 6 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Kayla Brandt", "NAME"), ("Pap test", "PROCEDURE"), ("Atypical squamous cells of undetermined significance", "RESULT"), ("ASC-US", "RESULT"), ("HR-HPV", "PROCEDURE"), ("Detected", "RESULT"), ("Dr. Imani Cole", "PROVIDER"), ("colposcopy", "PROCEDURE")],
     ["reproductive", "contrast"], "Portal channel: name, result and plan may stay. The SMS version of the same result (co0038) is BLOCK."),
    ("co0041", "ur colpo w/ Dr. Haddad is tmrw 10/9 @ 2:15pm. pls eat b4 & plan on ~20 min. reply C to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("colpo", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("10/9", "DATE")],
     ["reproductive", "shorthand"], "Shorthand for colposcopy goes; provider, date and time survive. Decision 12: 'eat before' is logistics."),
    ("co0042", "LEEP aftercare: no tampons, tub baths or intercourse for 4 weeks. Brownish discharge is normal. Call Cedar Ridge Gynecology at 512-555-0177 for heavy bleeding or a fever over 100.4.",
     "BLOCK", "care-instructions", "sms", "en",
     [("LEEP", "PROCEDURE"), ("Brownish discharge", "CONDITION"), ("Cedar Ridge Gynecology", "SPECIALTY"), ("512-555-0177", "PHONE"), ("heavy bleeding", "CONDITION"), ("fever", "CONDITION")],
     ["reproductive", "practice-contact"], "Post-procedure care instructions are the message; removal leaves nothing to send."),
    ("co0043", "Sunrise Community Health front desk: your daughter called - Pap will pick you up at the main entrance at 3:30 instead of the shuttle. Please wait inside the lobby.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "third-party", "hard-negative"], "Look-alike: 'Pap' is the family's nickname for grandpa, not a Pap test. Decision 10: kinship nicknames are not names; ride logistics at a generic practice."),
    ("co0044", "Hi Noor,\n\nThis is a reminder that your well-woman exam at Clearwater Women's Health is scheduled for Monday, November 10 at 9:20 AM with Dr. Rowan Achebe. Please arrive 15 minutes early to update your paperwork, and bring your insurance card and a list of any medications or supplements you take. If you need to reschedule, call 408-555-0152 at least 24 hours ahead to avoid the $50 late-cancellation fee. Free parking is available in the lot behind our building.\n\nWarmly,\nThe Clearwater Women's Health Team",
     "REWRITE", "reminder", "email", "en",
     [("Noor", "NAME"), ("well-woman", "PROCEDURE"), ("Clearwater Women's Health", "SPECIALTY"), ("November 10", "DATE"), ("Dr. Rowan Achebe", "PROVIDER"), ("408-555-0152", "PHONE"), ("Clearwater Women's Health", "SPECIALTY", 1)],
     ["reproductive", "practice-contact"], "Judgement: 'well-woman' is a revealing visit type like 'well-child' (exam stays outside); decision 3: a women's-health practice name is SPECIALTY, twice."),
    ("co0045", "Hi, this message is for Lucia Ferrante. This is nurse Pam from Dr. Haddad's office. Your endometrial biopsy showed simple hyperplasia without atypia. Dr. Haddad wants to start you on progesterone, so please call us back at 512-555-0177.",
     "BLOCK", "result", "voice", "en",
     [("Lucia Ferrante", "NAME"), ("nurse Pam", "PROVIDER"), ("Dr. Haddad", "PROVIDER"), ("endometrial biopsy", "PROCEDURE"), ("simple hyperplasia without atypia", "CONDITION"), ("Dr. Haddad", "PROVIDER", 1), ("progesterone", "MEDICATION"), ("512-555-0177", "PHONE")],
     ["reproductive", "practice-contact"], "A voicemail with a pathology diagnosis and a treatment plan; voice is treated like SMS (README)."),
    ("co0046", "Lump-sum or monthly? You can pay your balance in full or set up a 0% interest plan online. Questions about your statement? Just reply to this text.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'lump-sum' is a payment option."),
    ("co0047", "Hola Yesenia 😊 te recordamos tu cita para la colocación del DIU el 14/10 a las 4:30 pm con la Dra. Paredes. Ven con la vejiga vacía. ¡Te esperamos!",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("colocación del DIU", "PROCEDURE"), ("14/10", "DATE"), ("Dra. Paredes", "PROVIDER")],
     ["reproductive"], "Name and the contraceptive procedure go (IUD as a device is PROCEDURE); date, time and provider survive. Decision 12: the bladder note is logistics."),
    ("co0048", "Rx note from Dr. Achebe: start estradiol 0.05 mg patch twice weekly and Prometrium 100 mg at bedtime nightly. Change the patch Sun/Thu. Call if you have spotting after 6 months.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Achebe", "PROVIDER"), ("estradiol 0.05 mg patch", "MEDICATION"), ("Prometrium 100 mg", "MEDICATION"), ("spotting", "CONDITION")],
     ["reproductive", "pharmacy"], "Dosing instructions for menopausal hormone therapy are the message."),
)

# ---------------------------------------------------------------- batch 5 (co0049-co0060): menopause, hormone refills, DEXA results
add(
    ("co0049", "Elm Street Pharmacy: Your prescription for ESTRADIOL 1MG TAB is ready for pickup. Rx# 4470219. Pick up by 10/20 or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("ESTRADIOL 1MG TAB", "MEDICATION"), ("4470219", "OTHER_ID"), ("10/20", "DATE")],
     ["pharmacy", "identifier"], "Medication name and Rx number are not needed for a pickup notice (decision 15); the deadline survives."),
    ("co0050", "Elm Street Pharmacy: 1 prescription is ready for pickup at the Oak Ave store. Pick up within 7 days. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice without the drug name; a store name is not a patient address."),
    ("co0051", "The Menopause Center at Fairmont: Hi Colleen, your hormone therapy follow-up with Dr. Seo is Wed 10/22 at 4:00 PM (video). The link will be texted 15 min before.",
     "REWRITE", "reminder", "sms", "en",
     [("Menopause Center at Fairmont", "SPECIALTY"), ("Colleen", "NAME"), ("hormone therapy", "MEDICATION"), ("Dr. Seo", "PROVIDER"), ("10/22", "DATE")],
     ["reproductive"], "Decision 3: a menopause practice name is SPECIALTY; decision 5: 'hormone therapy' is MEDICATION ('follow-up' outside). Provider, date, time and video survive."),
    ("co0052", "Hi Marguerite - Dr. Seo reviewed your symptom diary. Since the night sweats and hot flashes are still waking you up, she's increasing your patch to 0.075 mg. Use up the old patches first.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Marguerite", "NAME"), ("Dr. Seo", "PROVIDER"), ("night sweats", "CONDITION"), ("hot flashes", "CONDITION"), ("patch", "MEDICATION")],
     ["reproductive"], "Symptoms plus a dose change: treatment instructions are the message. Judgement: 'your patch' names the hormone product, MEDICATION."),
    ("co0053", "Heartland Regional Transit (HRT) route 12 now stops right outside our main entrance. Weekday buses run every 20 minutes starting at 6 AM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: HRT is the bus line, not hormone replacement therapy."),
    ("co0054", "Hi this is Gabe at Rosewood Pharmacy, your Veozah 45mg came in but ur insurance needs a prior auth so itll be a day or two. We'll text wen its ready",
     "REWRITE", "pickup", "sms", "en",
     [("Gabe", "PROVIDER"), ("Veozah 45mg", "MEDICATION")],
     ["pharmacy", "typo", "shorthand"], "A named drug (for menopausal hot flashes) in a pickup notice goes; the delay and the prior-auth status survive. The sender is workforce (PROVIDER)."),
    ("co0055", "Estimada Sra. Cordero:\n\nLe escribimos de Salud Femenina Las Palmas. Sus análisis muestran una FSH de 68 mUI/mL y estradiol bajo, compatibles con menopausia. La Dra. Ayala le recomienda iniciar terapia hormonal; por favor agende una consulta para hablar de las opciones.\n\nAtentamente,\nRecepción",
     "BLOCK", "result", "email", "es",
     [("Cordero", "NAME"), ("Salud Femenina Las Palmas", "SPECIALTY"), ("FSH", "PROCEDURE"), ("68 mUI/mL", "RESULT"), ("estradiol", "PROCEDURE"), ("bajo", "RESULT"), ("menopausia", "CONDITION"), ("Dra. Ayala", "PROVIDER"), ("terapia hormonal", "MEDICATION")],
     ["reproductive"], "Lab values and a diagnosis by e-mail. 'estradiol' here is the lab test (PROCEDURE); decision 5: 'terapia hormonal' is MEDICATION."),
    ("co0056", "Portal message from Dr. Seo: Hi Colleen, as discussed, continue estradiol 1 mg daily and add vaginal estrogen cream twice a week. Your mammogram is current, so no changes there. Refills were sent to Elm Street Pharmacy.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Seo", "PROVIDER"), ("Colleen", "NAME"), ("estradiol 1 mg", "MEDICATION"), ("vaginal estrogen cream", "MEDICATION"), ("mammogram", "PROCEDURE")],
     ["reproductive"], "Portal channel: dosing instructions may stay. Decision 6: the route word stays in the MEDICATION span."),
    ("co0057", "Midlife Women's Health: Join our free \"Sleep, Sweats & Sanity\" menopause webinar Thursday 10/23 at 7 PM. Register: mwh.example/webinar",
     "REWRITE", "marketing", "sms", "en",
     [("Midlife Women's Health", "SPECIALTY"), ("menopause", "CONDITION"), ("10/23", "DATE"), ("mwh.example/webinar", "URL")],
     ["reproductive", "practice-contact"], "Decision 11: a broadcast from a specialty-revealing practice to its own patients says they are patients there; name and topic go, the invitation, date and link survive."),
    ("co0058", "hi its Tess RN from Dr Seo's office - ur DEXA showed osteopenia (T-score -1.8 at the hip). keep taking calcium + vit D, recheck in 2 yrs. call w/ ?s",
     "BLOCK", "result", "sms", "en",
     [("Tess RN", "PROVIDER"), ("Dr Seo", "PROVIDER"), ("DEXA", "PROCEDURE"), ("osteopenia", "CONDITION"), ("T-score", "PROCEDURE"), ("-1.8", "RESULT"), ("calcium", "MEDICATION"), ("vit D", "MEDICATION")],
     ["imaging", "shorthand"], "Diagnosis, T-score and supplement instructions in shorthand (README: scale PROCEDURE, value RESULT)."),
    ("co0059", "Bone Health Program at St. Brigid: your DEXA scan is Tues 11/4 at 8:10a. Wear clothes without metal zippers or buttons. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Bone Health Program", "SPECIALTY"), ("DEXA scan", "PROCEDURE"), ("11/4", "DATE")],
     ["imaging"], "Decision 4: the program as sender is SPECIALTY; the test goes; decision 12: clothing advice is logistics."),
    ("co0060", "Hola Sra. Benítez, su densitometría ósea mostró osteoporosis en la columna (T-score -2.9). El Dr. Ruiz le recetó alendronato 70 mg una vez por semana. Tómelo en ayunas con un vaso de agua.",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("densitometría ósea", "PROCEDURE"), ("osteoporosis", "CONDITION"), ("T-score", "PROCEDURE"), ("-2.9", "RESULT"), ("Dr. Ruiz", "PROVIDER"), ("alendronato 70 mg", "MEDICATION")],
     ["imaging"], "Diagnosis, value and dosing instructions by text."),
)

# ---------------------------------------------------------------- batch 6 (co0061-co0072): pelvic-floor PT, urogynecology, teens, osteoporosis
add(
    ("co0061", "CoreBalance Pelvic Health PT: See you Mon 10/27 at 5:15 PM for your pelvic floor therapy session with Jordan Pike, DPT. Wear comfy clothes. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("CoreBalance Pelvic Health PT", "SPECIALTY"), ("10/27", "DATE"), ("pelvic floor therapy", "PROCEDURE"), ("Jordan Pike", "PROVIDER"), ("DPT", "SPECIALTY")],
     ["physical-therapy"], "PT practice name and therapy type go (README: physical-therapy names reveal); 'DPT' is a specialty credential (README), beside the PROVIDER span."),
    ("co0062", "Hi Rhonda, Jordan from CoreBalance PT here. Your home program for the stress incontinence: 10 Kegels 3x/day, hold 5 sec, and keep the bladder diary going. Hold off on running until the prolapse symptoms settle.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Rhonda", "NAME"), ("Jordan", "PROVIDER"), ("CoreBalance PT", "SPECIALTY"), ("stress incontinence", "CONDITION"), ("Kegels", "PROCEDURE"), ("bladder diary", "PROCEDURE"), ("prolapse", "CONDITION")],
     ["physical-therapy", "contrast"], "Conditions plus a home treatment program are the message. The portal version (co0108) is ALLOW."),
    ("co0063", "Aqua fitness at the Westside Y this fall: breaststroke clinic on Tuesdays, water walking on Thursdays. Free for anyone in our Healthy Steps walking club - just show your card.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'breaststroke' is a swim stroke; a community fitness broadcast."),
    ("co0064", "Hello Mrs. Lindgren,\n\nThis confirms your pessary fitting with Dr. Anand Krishnaswamy at Bayview Urogynecology on Thursday, 10/30 at 1:00 PM. The visit takes about 45 minutes; please come with a comfortably full bladder. Location: 4400 Bayview Pkwy, Suite 200, Tacoma, WA 98402. Questions: 253-555-0190.\n\n- Bayview Urogynecology",
     "REWRITE", "confirmation", "email", "en",
     [("Lindgren", "NAME"), ("pessary", "PROCEDURE"), ("Dr. Anand Krishnaswamy", "PROVIDER"), ("Bayview Urogynecology", "SPECIALTY"), ("10/30", "DATE"), ("4400 Bayview Pkwy, Suite 200, Tacoma, WA 98402", "ADDRESS"), ("253-555-0190", "PHONE"), ("Bayview Urogynecology", "SPECIALTY", 1)],
     ["reproductive", "practice-contact"], "The device is PROCEDURE ('fitting' outside); the urogynecology name is SPECIALTY (decision 3) twice; the practice address and phone stay."),
    ("co0065", "Hi Mr. Castellano, Dr. Lowe reviewed Sofia's labs: her iron is low (ferritin 6) from the heavy periods. Please start her on ferrous sulfate 325 mg once daily and we'll recheck in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Castellano", "NAME"), ("Dr. Lowe", "PROVIDER"), ("Sofia", "NAME"), ("iron", "PROCEDURE"), ("low", "RESULT"), ("ferritin", "PROCEDURE"), ("6", "RESULT"), ("heavy periods", "CONDITION"), ("ferrous sulfate 325 mg", "MEDICATION")],
     ["pediatrics", "reproductive", "third-party", "minor"], "A dependent's result, condition and dosing sent to the parent (README: third party's health is BLOCK)."),
    ("co0066", "Brightside Pediatrics: a Sofía le toca su segunda dosis de la vacuna contra el VPH. Clínica de vacunas sin cita el sábado de 9 a 12.",
     "REWRITE", "reminder", "sms", "es",
     [("Brightside Pediatrics", "SPECIALTY"), ("Sofía", "NAME"), ("vacuna contra el VPH", "PROCEDURE")],
     ["pediatrics", "minor"], "A dependent's vaccine logistics with a name and a routine visit type: REWRITE, like the patient's own (README)."),
    ("co0067", "Clínica Familiar Valle Verde: recordatorio de su cita con el Dr. Tomás Herrera el lunes 3 de noviembre a las 10:00 am. Si no puede asistir, llámenos al 956-555-0121.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Tomás Herrera", "PROVIDER"), ("3 de noviembre", "DATE"), ("956-555-0121", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice, provider, date, time and the practice phone."),
    ("co0068", "Hi Beverly,\n\nYour Prolia injection is due on 11/12. Please don't let it slip past that date: stopping Prolia late can cause rapid bone loss and fractures. Keep taking 1,200 mg calcium and 800 IU vitamin D daily, and tell us before any dental work. We have already verified the benefit with your plan, so there is nothing to do on that side.\n\nFondly,\nNoelle\nOsteoporosis Clinic Coordinator",
     "BLOCK", "care-instructions", "email", "en",
     [("Beverly", "NAME"), ("Prolia injection", "MEDICATION"), ("11/12", "DATE"), ("Prolia", "MEDICATION", 1), ("bone loss", "CONDITION"), ("fractures", "CONDITION"), ("calcium", "MEDICATION"), ("vitamin D", "MEDICATION"), ("Noelle", "PROVIDER"), ("Osteoporosis Clinic", "SPECIALTY")],
     ["orthopedics"], "Medication and supplement instructions are the message (decision 12). Decision 4: the clinic as sender is SPECIALTY."),
    ("co0069", "Volunteers wanted! Our gift shop needs help on weekends. Every volunteer completes a background screening and a short orientation. Stop by the lobby desk to sign up.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a background 'screening' for volunteers."),
    ("co0070", "Bone density results: lumbar spine T-score -1.2, left femoral neck -1.6. Impression: low bone mass (osteopenia). 10-year FRAX major fracture risk 9.8%. Recommend calcium/vitamin D and repeat DEXA in 2 years. - Dr. Priyanka Raman",
     "ALLOW", "result", "portal", "en",
     [("Bone density", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-1.2", "RESULT"), ("-1.6", "RESULT"), ("low bone mass", "CONDITION"), ("osteopenia", "CONDITION"), ("FRAX", "PROCEDURE"), ("9.8%", "RESULT"), ("calcium", "MEDICATION"), ("vitamin D", "MEDICATION"), ("DEXA", "PROCEDURE"), ("Dr. Priyanka Raman", "PROVIDER")],
     ["imaging", "contrast"], "Portal channel: values and plan may stay. The SMS version (co0072) is BLOCK."),
    ("co0071", "Reminder: Mammogram tomorrow at 9:40 AM at Solana Breast Center, 2nd floor. Tap for parking info.",
     "REWRITE", "reminder", "push", "en",
     [("Mammogram", "PROCEDURE"), ("Solana Breast Center", "SPECIALTY")],
     ["imaging"], "Lock-screen push: the test and breast-center name go; time and floor survive."),
    ("co0072", "Your bone density scan showed low bone mass (T-score -1.6). Dr. Raman recommends calcium and vitamin D and a repeat scan in 2 years.",
     "BLOCK", "result", "sms", "en",
     [("bone density scan", "PROCEDURE"), ("low bone mass", "CONDITION"), ("T-score", "PROCEDURE"), ("-1.6", "RESULT"), ("Dr. Raman", "PROVIDER"), ("calcium", "MEDICATION"), ("vitamin D", "MEDICATION")],
     ["imaging", "contrast"], "SMS version of the portal result co0070: a finding and a value by text."),
)

# ---------------------------------------------------------------- batch 7 (co0073-co0084): identifiers, templates, billing, long e-mails
add(
    ("co0073", "Confirming for Rosalind Achterberg (DOB 04/17/1961): screening mammogram Thu 10/23 at 9:00am. Accession #MG-2025-118842. Reply Y to confirm.",
     "BLOCK", "confirmation", "sms", "en",
     [("Rosalind Achterberg", "NAME"), ("04/17/1961", "DATE"), ("screening mammogram", "PROCEDURE"), ("10/23", "DATE"), ("MG-2025-118842", "OTHER_ID")],
     ["imaging", "dob", "identifier"], "A full date of birth with the patient's name is BLOCK (README); the accession number is OTHER_ID (decision 15)."),
    ("co0074", "Your mammogram is confirmed for 10/28 at 2:50 PM. To speed up check-in, complete your intake form here: https://forms.harborviewwi.example/intake?pid=88213047&tok=Xq7L",
     "REWRITE", "confirmation", "sms", "en",
     [("mammogram", "PROCEDURE"), ("10/28", "DATE"), ("https://forms.harborviewwi.example/intake?pid=88213047&tok=Xq7L", "URL")],
     ["imaging", "identifier"], "The test goes, and a link with a patient id and token is patient-specific (README, decision 14); date and time survive."),
    ("co0075", "{{practice_name}}: Reminder of your appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm, R to reschedule, or call {{practice_phone}}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only (README templates convention)."),
    ("co0076", "*|PRACTICE_NAME|*: Your screening mammogram is on *|APPT_DATE|* at *|APPT_TIME|*. Reply C to confirm or call *|PRACTICE_PHONE|*.",
     "REWRITE", "reminder", "sms", "en",
     [("screening mammogram", "PROCEDURE")],
     ["imaging", "template"], "The template's fixed text names the test for every recipient; placeholders stay unlabelled."),
    ("co0077", "Dear Patient,\n\nThank you for choosing Northfield Medical Group. Beginning January 1, statements will come from our new billing partner, ClearPay Health Services, and will look a little different. Your balance, payment history and any payment plan carry over automatically - there is nothing you need to do. You can still pay online at northfieldmg.example/pay, by phone at 614-555-0100 (Mon-Fri, 8 AM to 6 PM), or by mail. If you prefer paperless statements, reply to this email or write to billing@northfieldmg.example and we will switch you over. Financial assistance is available for those who qualify; just ask for an application.\n\nSincerely,\nPatient Financial Services\nNorthfield Medical Group",
     "ALLOW", "billing", "email", "en",
     [("January 1", "DATE"), ("northfieldmg.example/pay", "URL"), ("614-555-0100", "PHONE"), ("billing@northfieldmg.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Billing-partner change sent to every patient; only the practice's own contact details and an effective date."),
    ("co0078", "Solana Breast Center: balance of $185.00 for your 9/12 breast ultrasound (acct 77-30418). Pay at solanabc.example/pay or call 619-555-0137.",
     "REWRITE", "billing", "sms", "en",
     [("Solana Breast Center", "SPECIALTY"), ("9/12", "DATE"), ("breast ultrasound", "PROCEDURE"), ("77-30418", "ACCOUNT"), ("solanabc.example/pay", "URL"), ("619-555-0137", "PHONE")],
     ["imaging", "identifier", "practice-contact"], "Statement: breast-center name, test and account number go; amount, pay link and phone survive."),
    ("co0079", "Your insurer denied the claim for your 3D mammogram on 8/14 (claim 5521908-A) as not medically necessary for dense breast tissue (BI-RADS C). You may appeal within 180 days.",
     "BLOCK", "billing", "sms", "en",
     [("3D mammogram", "PROCEDURE"), ("8/14", "DATE"), ("5521908-A", "OTHER_ID"), ("dense breast tissue", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[C]]", "RESULT")],
     ["imaging", "identifier"], "A denial whose reason states the patient's breast-density finding and category (decision 7: density is RESULT); claim number is OTHER_ID."),
    ("co0080", "Referral received. Dr. Okonkwo-Hale's office will call you within 2 business days to schedule. You can also fax records to 414-555-0148.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okonkwo-Hale", "PROVIDER"), ("414-555-0148", "FAX")],
     ["general", "practice-contact"], "Provider and the office's own fax; no specialty or reason named."),
    ("co0081", "Hi Ms. Vasquez-Rhee,\n\nThis is Dana from Dr. Kellerman's surgical scheduling. Your lumpectomy with sentinel node biopsy is booked for Tuesday, 11/18 at Mercy West Surgery Center. Because the tumor is under 2 cm, Dr. Kellerman expects you to go home the same day. Arrival is 6:15 AM. Nothing to eat after midnight; clear liquids are fine until 4:15 AM. Take your metoprolol 25 mg with a sip of water that morning, and stop your fish oil now. We have your Aetna member ID W229384711 on file; please bring the card. Your pre-op call will come from 614-555-0166.\n\nThank you,\nDana M.\nSurgical Scheduler",
     "BLOCK", "care-instructions", "email", "en",
     [("Vasquez-Rhee", "NAME"), ("Dana", "PROVIDER"), ("Dr. Kellerman", "PROVIDER"), ("lumpectomy", "PROCEDURE"), ("sentinel node biopsy", "PROCEDURE"), ("11/18", "DATE"), ("tumor", "CONDITION"), ("under 2 cm", "RESULT"), ("Dr. Kellerman", "PROVIDER", 1), ("metoprolol 25 mg", "MEDICATION"), ("fish oil", "MEDICATION"), ("W229384711", "HEALTH_PLAN_ID"), ("614-555-0166", "PHONE"), ("Dana M.", "PROVIDER")],
     ["oncology", "identifier"], "A long scheduling e-mail with one finding (tumor size, decision 7) and medication instructions (decision 12) buried in it: BLOCK."),
    ("co0082", "Subject: October is Breast Cancer Awareness Month\n\nDear Friends of Alder Family Medicine,\n\nOne in eight women will face breast cancer in her lifetime, and early detection saves lives. This month we are making screening easier: our imaging partner has added Saturday and evening hours, and our front desk can check whether your plan covers a screening at no cost. Join Team Alder at the Pink Ribbon 5K on Saturday, October 18, and wear pink on Fridays to show your support. If you have questions about when to start screening or how often, talk with your clinician at your next visit. To learn more or find a time, call 503-555-0102 or visit alderfm.example/screening.\n\nBe well,\nAlder Family Medicine",
     "ALLOW", "marketing", "email", "en",
     [("October 18", "DATE"), ("503-555-0102", "PHONE"), ("alderfm.example/screening", "URL")],
     ["general", "broadcast", "practice-contact"], "Decision 11: an awareness-month newsletter from a generic practice to every patient; only the event date and the practice contacts are labelled."),
    ("co0083", "Clínica de la Mujer Esperanza: Sra. Olmedo, ya le toca su Papanicolaou anual. Llame al 956-555-0129 para hacer su cita. ¡Gracias!",
     "REWRITE", "recall", "sms", "es",
     [("Clínica de la Mujer Esperanza", "SPECIALTY"), ("Olmedo", "NAME"), ("Papanicolaou", "PROCEDURE"), ("956-555-0129", "PHONE")],
     ["reproductive", "practice-contact"], "Recall: specialty name (decision 3), surname and test go; the call to book survives."),
    ("co0084", "Hi Lorna, ur m a m m o g r a m call-back: the u/s showed a 9 mm mass, BI-RADS 4. Dr. Vidal wants a b i o p s y this wk.",
     "BLOCK", "result", "sms", "en",
     [("Lorna", "NAME"), ("m a m m o g r a m", "PROCEDURE"), ("u/s", "PROCEDURE"), ("9 mm mass", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[4]]", "RESULT"), ("Dr. Vidal", "PROVIDER"), ("b i o p s y", "PROCEDURE")],
     ["imaging", "spaced", "shorthand"], "Disguised (spaced letters) finding and category: BLOCK whatever the spelling. Decision 7: a measured finding is RESULT."),
)

# ---------------------------------------------------------------- batch 8 (co0085-co0096): disguises, Spanish, pharmacy, a relative over 89
add(
    ("co0085", "Reminder: your b\u200bi\u200bo\u200bp\u200bs\u200by at Pinecrest Breast Center is Thu 10/9 at 7:45am. Please arrive 20 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("b\u200bi\u200bo\u200bp\u200bs\u200by", "PROCEDURE"), ("Pinecrest Breast Center", "SPECIALTY"), ("10/9", "DATE")],
     ["imaging"], "Disguised with zero-width spaces: the procedure and breast-center name go, date and time survive."),
    ("co0086", "Ms. Duarte, your pathology confirms DCIS, low grade. Dr. Kellerman offers lumpectomy plus radiation or m\u0430stectomy - let's talk options Thursday.",
     "BLOCK", "result", "sms", "en",
     [("Duarte", "NAME"), ("DCIS", "CONDITION"), ("low grade", "RESULT"), ("Dr. Kellerman", "PROVIDER"), ("lumpectomy", "PROCEDURE"), ("radiation", "PROCEDURE"), ("m\u0430stectomy", "PROCEDURE")],
     ["oncology"], "A cancer diagnosis and treatment options by text; one word carries a Cyrillic 'a'. Decision 7: grade is RESULT."),
    ("co0087", "Rosewood Pharmacy: ur t4m0xif3n 20mg is ready 4 pickup. Reply HOURS for store hours.",
     "REWRITE", "pickup", "sms", "en",
     [("t4m0xif3n 20mg", "MEDICATION")],
     ["pharmacy", "oncology", "leet", "shorthand"], "Leetspeak drug name in a pickup notice: the drug goes, the pickup survives."),
    ("co0088", "Centro de Salud Familiar Los Olivos: su mamá ya terminó su cita y la espera en la entrada principal. Gracias por su paciencia.",
     "ALLOW", "other", "sms", "es", [],
     ["primary-care", "third-party", "hard-negative"], "Look-alike: 'mamá' (mother) is not 'mama' (breast). Decision 10: a relative's pickup logistics at a generic center, no name and nothing clinical."),
    ("co0089", "Octubre Rosa: este viernes vístete de rosa y acompáñanos a la caminata Listón Rosa en el parque central. La inscripción es gratis en la recepción.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Awareness-month walk sent to everyone (decision 11); nothing about the recipient."),
    ("co0090", "Hola Itzel, soy la enfermera Carmen de la clínica. Tu mamografía necesita imágenes adicionales y un ultrasonido. Llámanos hoy al 956-555-0129, por favor.",
     "BLOCK", "result", "sms", "es",
     [("Itzel", "NAME"), ("enfermera Carmen", "PROVIDER"), ("mamografía", "PROCEDURE"), ("imágenes adicionales", "RESULT"), ("ultrasonido", "PROCEDURE"), ("956-555-0129", "PHONE")],
     ["imaging", "practice-contact"], "Decision 1: a screening call-back states the outcome of the screen; send a portal notice or letter instead."),
    ("co0091", "Hola Sra. Gallardo, le recordamos su sesión de terapia de piso pélvico el miércoles 29 de octubre a las 3:00 pm con la Lic. Fernanda Soto. Traiga ropa cómoda.",
     "REWRITE", "reminder", "sms", "es",
     [("Gallardo", "NAME"), ("terapia de piso pélvico", "PROCEDURE"), ("29 de octubre", "DATE"), ("Lic. Fernanda Soto", "PROVIDER")],
     ["physical-therapy"], "Surname and therapy type go; date, time and provider survive."),
    ("co0092", "Mensaje del portal - Dra. Ayala: Sra. Cordero, sus bochornos deberían mejorar con el estradiol en gel 0.75 mg diario. Si tiene sangrado vaginal, llámenos. Su próxima mamografía es en marzo.",
     "ALLOW", "care-instructions", "portal", "es",
     [("Dra. Ayala", "PROVIDER"), ("Cordero", "NAME"), ("bochornos", "CONDITION"), ("estradiol en gel 0.75 mg", "MEDICATION"), ("sangrado vaginal", "CONDITION"), ("mamografía", "PROCEDURE")],
     ["reproductive"], "Portal channel: symptoms and dosing may stay (README)."),
    ("co0093", "Hi, Rosewood Pharmacy here. Your letrozole 2.5mg refill is ready. Pharmacist note: take it with or without food, and keep up your calcium since letrozole can thin your bones.",
     "BLOCK", "pickup", "sms", "en",
     [("letrozole 2.5mg", "MEDICATION"), ("calcium", "MEDICATION"), ("letrozole", "MEDICATION", 1), ("thin your bones", "CONDITION")],
     ["pharmacy", "oncology"], "Decision 12: the pickup carries medication counselling (how to take it, keep taking calcium, a bone side effect), a dosing instruction that is the note's whole point: BLOCK, even though a bare pickup notice would be REWRITE."),
    ("co0094", "Dense fog this morning: our Ridgeway office will open at 10 AM. If you had an earlier appointment, we'll call you to reschedule.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'dense' fog, not breast density."),
    ("co0095", "Booking confirmed ✅ Fri 11/7 at 8:00 AM with Dr. Hollis Mbeki at Riverside Medical Associates. Need to change it? Reply R.",
     "ALLOW", "confirmation", "sms", "en",
     [("11/7", "DATE"), ("Dr. Hollis Mbeki", "PROVIDER")],
     ["general"], "Generic practice, provider, date and time."),
    ("co0096", "Mrs. Halvorsen, your mother's DEXA shows severe osteoporosis, and at 93 Dr. Lindqvist doesn't recommend a Reclast infusion. Let's discuss other options at her 12/2 visit.",
     "BLOCK", "result", "sms", "en",
     [("Halvorsen", "NAME"), ("DEXA", "PROCEDURE"), ("severe", "RESULT"), ("osteoporosis", "CONDITION"), ("93", "AGE"), ("Dr. Lindqvist", "PROVIDER"), ("Reclast infusion", "MEDICATION"), ("12/2", "DATE")],
     ["imaging", "third-party", "age-over-89"], "A relative's finding, age over 89 and treatment decision sent to the daughter. Decision 7 / README: 'severe' as the state is RESULT."),
)

# ---------------------------------------------------------------- batch 9 (co0097-co0108): voice, long e-mails, gyn results, refills, pelvic floor
add(
    ("co0097", "Stay positive and keep moving! Our free Walk with a Doc group meets Saturdays at 8 AM by the fountain. Bring a friend.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'positive' as encouragement, not a result."),
    ("co0098", "Hello, this is an automated reminder from Pinecrest Breast Center for Ingrid. You have a breast MRI on Monday, October twenty-seventh, at six forty-five p.m. To confirm, please call two one two, five five five, zero one four four.",
     "REWRITE", "reminder", "voice", "en",
     [("Pinecrest Breast Center", "SPECIALTY"), ("Ingrid", "NAME"), ("breast MRI", "PROCEDURE"), ("October twenty-seventh", "DATE"), ("two one two, five five five, zero one four four", "PHONE")],
     ["imaging", "practice-contact"], "Voice reminder (overheard like SMS): breast-center name, patient name and test go. Decision 13: the spoken date and practice number are DATE and PHONE."),
    ("co0099", "Happy 91st birthday, Mrs. Wexford! From all of us at Clearwater Women's Health 🎂",
     "REWRITE", "other", "sms", "en",
     [("91st", "AGE"), ("Wexford", "NAME"), ("Clearwater Women's Health", "SPECIALTY")],
     ["reproductive", "age-over-89"], "An age over 89 (the ordinal, README), the name and a women's-health practice name (decision 3) go; the greeting survives."),
    ("co0100", "Dear Patients,\n\nSunrise Community Health is moving! Starting Monday, December 1, we will see patients at our new home: 2250 Meridian Avenue, Suite 400, Springfield, IL 62704, two blocks north of our current building. Our phone (217-555-0140) and fax (217-555-0141) stay the same, and upcoming appointments keep the same date, time and clinician - only the address changes. The new building has free covered parking, a pharmacy on the first floor and a bus stop at the front door. Directions and a short video tour are at sunrisech.example/newhome.\n\nWe look forward to welcoming you,\nThe Sunrise Community Health Team",
     "ALLOW", "other", "email", "en",
     [("December 1", "DATE"), ("2250 Meridian Avenue, Suite 400, Springfield, IL 62704", "ADDRESS"), ("217-555-0140", "PHONE"), ("217-555-0141", "FAX"), ("sunrisech.example/newhome", "URL")],
     ["general", "broadcast", "practice-contact"], "Relocation notice to every patient; the address, phone, fax and link are the practice's own."),
    ("co0101", "Dear Ms. Abernathy,\n\nOur records show that your last screening mammogram at Pinecrest Breast Center was on 7/9/2023, so you are now overdue. Regular screening is one of the best ways to find problems early, when they are easiest to treat. We offer early-morning, evening and Saturday appointments, and most visits take under 30 minutes. Most plans cover a screening mammogram once a year with no copay. To schedule, call 212-555-0144 or book online at pinecrestbc.example/book. If you had a mammogram elsewhere, just reply with the date and place so we can update your chart.\n\nSincerely,\nPinecrest Breast Center",
     "REWRITE", "recall", "email", "en",
     [("Abernathy", "NAME"), ("screening mammogram", "PROCEDURE"), ("Pinecrest Breast Center", "SPECIALTY"), ("7/9/2023", "DATE"), ("screening mammogram", "PROCEDURE", 1), ("212-555-0144", "PHONE"), ("pinecrestbc.example/book", "URL"), ("mammogram", "PROCEDURE", 2), ("Pinecrest Breast Center", "SPECIALTY", 1)],
     ["imaging", "practice-contact"], "Personal recall e-mail: name, test (three times) and breast-center name (twice) go; the invitation, phone and link survive. The date of the last exam is a DATE."),
    ("co0102", "New result: Pelvic ultrasound - 3.2 cm left ovarian cyst, likely benign. Dr. Haddad recommends a repeat ultrasound in 8 weeks. View details in the portal.",
     "BLOCK", "portal-notice", "sms", "en",
     [("Pelvic ultrasound", "PROCEDURE"), ("3.2 cm", "RESULT"), ("left ovarian cyst", "CONDITION"), ("likely benign", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("ultrasound", "PROCEDURE", 1)],
     ["reproductive", "imaging"], "A 'new result' notice that carries the finding itself; the portal pointer does not make it safe."),
    ("co0103", "hi from Dr. Marchetti's office! just a reminder ur appt is tmrw 10/15 @ 9:30. pls bring ur ins card + come 10 min early 🙂",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Marchetti", "PROVIDER"), ("10/15", "DATE")],
     ["general", "shorthand"], "Shorthand reminder with provider, date and time only."),
    ("co0104", "Midtown Radiology: Your bone density (DXA) appt is 11/19 at 10:20 AM. MRN 7730-1182. Please arrive 15 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("Midtown Radiology", "SPECIALTY"), ("bone density", "PROCEDURE"), ("DXA", "PROCEDURE"), ("11/19", "DATE"), ("7730-1182", "MRN")],
     ["imaging", "identifier"], "Radiology name (decision 3), test and MRN go; date and time survive."),
    ("co0105", "Kendra, Dr. Seo approved your Addyi refill. Reminder: no alcohol within 2 hrs of your bedtime dose. 30 tabs were sent to Rosewood Pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kendra", "NAME"), ("Dr. Seo", "PROVIDER"), ("Addyi", "MEDICATION")],
     ["reproductive", "pharmacy"], "Decision 12: a dosing/safety instruction tied to the drug is the point of the message."),
    ("co0106", "Your 30-day grace period for the September statement ends soon. Pay online or call our billing office to set up a plan. Thank you!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a 'grace period' on a bill; a month name alone is not a date."),
    ("co0107", "Hi Deb! Reminder: your hot flash consult with NP Gretchen Albers is Tue 11/11 at 1:30 PM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Deb", "NAME"), ("hot flash", "CONDITION"), ("NP Gretchen Albers", "PROVIDER"), ("11/11", "DATE")],
     ["reproductive", "contrast"], "A symptom used as a visit label (README: 'consult' stays outside); contrast with the 'hot flash sale' hard negative co0029."),
    ("co0108", "Hi Rhonda, from today's session: keep doing the Kegels (10 reps, 3x/day), keep the bladder diary going, and avoid heavy lifting until the prolapse symptoms settle. See you in 2 weeks! - Jordan Pike, DPT",
     "ALLOW", "care-instructions", "portal", "en",
     [("Rhonda", "NAME"), ("Kegels", "PROCEDURE"), ("bladder diary", "PROCEDURE"), ("prolapse", "CONDITION"), ("Jordan Pike", "PROVIDER"), ("DPT", "SPECIALTY")],
     ["physical-therapy", "contrast"], "Portal channel: the home program may stay. The SMS version (co0062) is BLOCK."),
)

# ---------------------------------------------------------------- batch 10 (co0109-co0120): Spanish, SSN, results-ready, visit summary by e-mail
add(
    ("co0109", "¡Receta saludable del mes! Pechuga de pollo a la plancha con limón y cilantro, con frijoles de la olla y ensalada. La receta completa está en la sala de espera. - Clínica Familiar Valle Verde",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'pechuga' is chicken breast in a recipe sent to everyone."),
    ("co0110", "Sr. Rentería, le llamamos sobre el resultado de su esposa: la biopsia confirmó cáncer de mama en etapa temprana. La Dra. Quintero quiere verlos a los dos el lunes.",
     "BLOCK", "result", "sms", "es",
     [("Rentería", "NAME"), ("biopsia", "PROCEDURE"), ("cáncer de mama", "CONDITION"), ("etapa temprana", "RESULT"), ("Dra. Quintero", "PROVIDER")],
     ["oncology", "third-party"], "A spouse's cancer diagnosis sent to the husband (README: third party's health). Decision 7: the stage is RESULT."),
    ("co0111", "Recordatorio: su cita de densitometría ósea es el 5 de noviembre a las 8:30 en Radiología Central. No use ropa con cierres metálicos.",
     "REWRITE", "reminder", "sms", "es",
     [("densitometría ósea", "PROCEDURE"), ("5 de noviembre", "DATE"), ("Radiología Central", "SPECIALTY")],
     ["imaging"], "The test and the radiology name go (decision 3); date and time survive; decision 12: clothing is logistics."),
    ("co0112", "Subject: Let's talk about menopause\n\nDear Patients,\n\nThis month our Healthy Living newsletter is about menopause, a normal stage of life that many people find hard to talk about. Hot flashes, trouble sleeping, mood changes and bone health are common topics, and there are more treatment choices today than ever - from lifestyle changes to hormone and non-hormone medicines. You don't need a special visit to bring it up: any of our clinicians can talk about it at your regular check-up. We're also hosting a free evening talk with Q&A in the community room next month; watch the lobby screens for details. As always, this newsletter goes to all of our patients and says nothing about your own health.\n\nBe well,\nRiverside Medical Associates",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 11: a health-education newsletter from a generic practice to every patient; menopause and hot flashes in general say nothing about the recipient."),
    ("co0113", "Free mammogram program (BCCCP): to finish your enrollment we need to verify SSN 078-05-1120 and DOB 2/9/1970. Reply YES if correct or call 919-555-0158.",
     "BLOCK", "other", "sms", "en",
     [("mammogram", "PROCEDURE"), ("BCCCP", "PROCEDURE"), ("078-05-1120", "SSN"), ("2/9/1970", "DATE"), ("919-555-0158", "PHONE")],
     ["imaging", "identifier", "dob", "practice-contact"], "An SSN must never travel by text (DESIGN). Decision 4: the screening program the patient enrolls in is PROCEDURE."),
    ("co0114", "Your colposcopy results are now available in the patient portal. Please sign in at portal.crhealth.example to view them. Trouble logging in? Call 512-555-0177.",
     "REWRITE", "portal-notice", "email", "en",
     [("colposcopy", "PROCEDURE"), ("portal.crhealth.example", "URL"), ("512-555-0177", "PHONE")],
     ["reproductive", "practice-contact"], "Results-ready notice naming the procedure: it goes, the notice survives with the practice's own portal link and phone."),
    ("co0115", "Alder Family Medicine: you're all set with Dr. Ifeoma Nwosu on Wed 11/5 at 4:10 PM. Need to cancel? Reply X or visit alderfm.example/appts.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Ifeoma Nwosu", "PROVIDER"), ("11/5", "DATE"), ("alderfm.example/appts", "URL")],
     ["primary-care", "practice-contact"], "Generic practice, provider, date, time and its own link."),
    ("co0116", "Great news Hannah - your ultrasound and mammogram both look totally normal! See you next year. - Solana Breast Center",
     "BLOCK", "result", "sms", "en",
     [("Hannah", "NAME"), ("ultrasound", "PROCEDURE"), ("mammogram", "PROCEDURE"), ("totally normal", "RESULT"), ("Solana Breast Center", "SPECIALTY")],
     ["imaging"], "A normal result is still a result (README), however cheerful."),
    ("co0117", "We received your callback request. Someone from our scheduling team will call you back within one business day.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a phone 'callback', not a mammogram call-back."),
    ("co0118", "Before your IUD removal tomorrow at 9 with Dr. Imani Cole, you can eat and drink normally. Please bring your insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("IUD removal", "PROCEDURE"), ("Dr. Imani Cole", "PROVIDER")],
     ["reproductive"], "The contraceptive procedure goes; time, provider and logistics survive (decision 12). Judgement: 'IUD removal' is one named procedure."),
    ("co0119", "Your visit summary is ready. Open the app to view it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI on the lock screen."),
    ("co0120", "Dear Ms. Ostrowski,\n\nThank you for visiting The Menopause Center at Fairmont today. Here is a summary of your visit with Dr. Seo.\n\nVitals: BP 128/82, weight 162 lb.\nWhat we discussed: hot flashes (8-10 a day), night sweats and vaginal dryness since your last period 14 months ago.\nPlan: start estradiol 0.0375 mg patch, change twice weekly; start progesterone 100 mg nightly; vaginal moisturizer as needed. Mammogram due in January - order placed. Bone density scan in 2 years.\n\nIf you have heavy bleeding, chest pain or leg swelling, call us right away at 206-555-0181.\n\nWarm regards,\nThe Menopause Center at Fairmont",
     "BLOCK", "care-instructions", "email", "en",
     [("Ostrowski", "NAME"), ("Menopause Center at Fairmont", "SPECIALTY"), ("Dr. Seo", "PROVIDER"), ("BP", "PROCEDURE"), ("128/82", "RESULT"), ("162 lb", "RESULT"), ("hot flashes", "CONDITION"), ("night sweats", "CONDITION"), ("vaginal dryness", "CONDITION"), ("estradiol 0.0375 mg patch", "MEDICATION"), ("progesterone 100 mg", "MEDICATION"), ("vaginal moisturizer", "MEDICATION"), ("Mammogram", "PROCEDURE"), ("Bone density scan", "PROCEDURE"), ("heavy bleeding", "CONDITION"), ("chest pain", "CONDITION"), ("leg swelling", "CONDITION"), ("206-555-0181", "PHONE"), ("Menopause Center at Fairmont", "SPECIALTY", 1)],
     ["reproductive", "practice-contact"], "A visit summary with vitals, symptoms and a hormone-therapy plan belongs in the portal, not e-mail (README: e-mail is treated like SMS). Decision 6: route word in 'vaginal moisturizer'."),
)
probe_lib.run(M, "co", "probe90.jsonl")
