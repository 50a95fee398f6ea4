#!/usr/bin/env python3
"""Build corpus/probe37.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe37.py [OUT] [-v]   (default: probe37.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, build script, source file or test was read.

This round is LABS AND IMAGING: specimen collection and fasting instructions, lab draw stations
(patient service centers, walk-in hours, waits), imaging prep for MRI, CT, ultrasound, DEXA,
PET/CT, nuclear medicine and mammography, contrast and sedation notes, results-ready notices and
result messages (values, flags, findings, "everything looks good"), call-backs after screening
mammograms, radiology scheduling vendors, courier, kit and home-draw services, lab billing and
denials; portal versions of SMS result messages as contrasts; hard negatives (broadcast price
lists and awareness campaigns, "scan the QR code", "in contrast", "pets", "US holidays", survey
percentages, one-time codes, test messages). About 12% Spanish; four disguised messages
(spaced letters, zero-width characters, leet, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Imaging, radiology, nuclear-medicine, breast-center, heart-and-vascular and women's-imaging
     names are SPECIALTY (README: imaging names are specialty-revealing); lab names (... Lab,
     ... Laboratories, ... Diagnostic Lab, Patient Service Center) and the brand names of
     scheduling, courier and home-draw vendors are generic and not labelled, unless the lab name
     itself carries a specialty word (Pediatric Pulmonary Lab, andrology lab).
  2. Generic lab words are not labelled: lab work, labs, blood draw, draw station, specimen,
     sample, lab order, fasting/ayuno, "scan" or "exam" alone, análisis de laboratorio;
     phlebotomist and technologist are generic roles, while radiologist, pathology and
     endocrinologist are SPECIALTY. Named tests and analytes (CBC w/ diff, CMP, TSH, free T4,
     potassium, lipid panel, biometría hemática, lead level) are PROCEDURE.
  3. An exam span includes its body site and attached qualifiers ("MRI of the lumbar spine",
     "CT abdomen/pelvis with oral contrast", "MRI with sedation"); contrast, gadolinium or oral
     contrast named on their own as an agent are MEDICATION; "contrast allergy" is CONDITION.
  4. Exam prep (fasting, clothing, metal, hydration, full bladder, no deodorant, avoiding a
     substance every patient of that exam avoids such as calcium supplements or iodine-rich food)
     is generic: REWRITE when the exam is named, ALLOW when it is not. Taking, holding or
     adjusting a specific drug or drinking a contrast agent with amounts or timing is a dosing
     instruction: BLOCK.
  5. A call-back after a screening mammogram that says something was seen or more images are
     needed is a finding (RESULT on the phrase that says so): BLOCK. "Please call us about your
     recent mammogram" with no finding is REWRITE.
  6. "Dr. X would like to discuss your results, please call" with no test named is ALLOW
     (the DESIGN's notification-without-PHI pattern).
  7. Reassurances that stand for a result ("everything looks good", "came back normal") are
     RESULT spans and BLOCK like any normal result.
  8. Accession, specimen, kit-tracking and courier numbers are OTHER_ID.
  9. Home draws (mobile phlebotomy) are lab logistics, tagged lab, not home-health; the
     patient's home address is ADDRESS (REWRITE); a named phlebotomist or caller is workforce
     (PROVIDER).
 10. A minor's imaging or sedation appointment sent to the parent, with no condition, medication
     or result, is REWRITE like the patient's own logistics.
 11. A lab bill or denial that names the patient's diagnosis (code or words) states a diagnosis:
     CONDITION, BLOCK. Test names in a bill are PROCEDURE: REWRITE.
 12. Broadcast price lists and awareness campaigns that name tests say nothing about the
     recipient: ALLOW, no span (README broadcast rule).
 13. Hypothetical screening questions in standard prep text (implants, pacemakers, reactions,
     "if you get claustrophobic") are not about the patient and are not labelled (tag negation).
 14. Lab flags written as words (CRITICAL) are RESULT like H/L; a density category or
     cytology class after its scale name is RESULT (Bethesda II -> PROCEDURE + RESULT).
 15. Purposes: results-ready notices -> portal-notice; result content -> result; prep ->
     care-instructions; scheduling invitations and vendor calls -> reminder.

Everything is invented: names, practices, vendors, 555-01xx numbers, example domains and
identifiers; the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (an0001-an0012): draw stations, lab appointments, a result by SMS and portal
add(
    ("an0001", "Cascade Clinical Laboratories: your lab appointment is Tue 3/10 at 7:20 AM at our Birchwood Patient Service Center. Bring photo ID + insurance card. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("3/10", "DATE")],
     ["lab"], "Lab names and patient service centers are generic (decision 1); date and time are allowed."),
    ("an0002", "Cascade Clinical Laboratories: all Patient Service Centers close at 12 noon on Thanksgiving Day and reopen Friday at 6:30 AM. Walk-ins welcome.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Holiday-hours broadcast; a holiday is not a date and a lab name is generic."),
    ("an0003", "Hi Obinna, reminder: your fasting lipid panel and A1c draw is tomorrow at 8:00 at Meridian Diagnostic Lab. Nothing but water after midnight please!",
     "REWRITE", "reminder", "sms", "en",
     [("Obinna", "NAME"), ("fasting lipid panel", "PROCEDURE"), ("A1c", "PROCEDURE")],
     ["lab"], "Name and named tests go; fasting and the time survive (decisions 2 and 4)."),
    ("an0004", "Walk-in lab hours this week: Mon-Fri 6:30a-2p, Sat 7a-11a. No appointment needed for blood work. Current wait: about 15 min.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Hours and waits; 'blood work' is generic."),
    ("an0005", "Your lab is running about 25 minutes behind this morning. Feel free to wait in your car - reply W and we'll text you when a phlebotomist is ready for you.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "Delay notice; phlebotomist is a generic role (decision 2)."),
    ("an0006", "Reminder from Lakeview Internal Medicine: you have a standing order for INR checks every 2 weeks. Your next draw is due 4/6 - stop by the lab anytime 7-4.",
     "REWRITE", "reminder", "sms", "en",
     [("INR", "PROCEDURE"), ("4/6", "DATE")],
     ["lab"], "A named test (INR reveals anticoagulation) goes; the due date and hours survive."),
    ("an0007", "Meridian Diagnostic Lab: CRITICAL VALUE. Potassium 6.4 mmol/L on today's specimen. Dr. Feld asks that you go to the nearest emergency room now. Call 555-0143 with questions.",
     "BLOCK", "result", "sms", "en",
     [("CRITICAL", "RESULT"), ("Potassium", "PROCEDURE"), ("6.4 mmol/L", "RESULT"), ("Dr. Feld", "PROVIDER"), ("555-0143", "PHONE")],
     ["lab", "practice-contact"], "A critical value with an instruction is the message; it must go by phone, not text. Judgement: the word flag CRITICAL is a RESULT like H/L (decision 14)."),
    ("an0008", "Hola Marisol, le recordamos su cita en el laboratorio el jueves 12 de marzo a las 7:45 para su curva de tolerancia a la glucosa. Venga en ayunas (8 horas) y traiga algo para leer: la prueba dura 3 horas.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("12 de marzo", "DATE"), ("curva de tolerancia a la glucosa", "PROCEDURE")],
     ["lab"], "Name and the named test go; ayuno is generic prep (decision 4), date and time survive."),
    ("an0009", "Hello Mr. Castellano,\n\nYour recent lab work has been reviewed by Dr. Amadi. Your TSH was 0.08 (L) and your free T4 was 2.3 (H), which suggests your thyroid medication dose is too high. Dr. Amadi would like you to lower your levothyroxine from 125 mcg to 112 mcg starting tomorrow and recheck labs in 6 weeks.\n\nPlease call 555-0126 with any questions.\n\nLakeview Internal Medicine",
     "BLOCK", "result", "email", "en",
     [("Castellano", "NAME"), ("Dr. Amadi", "PROVIDER"), ("TSH", "PROCEDURE"), ("0.08", "RESULT"), ("0.08 ([[L]])", "RESULT"),
      ("free T4", "PROCEDURE"), ("2.3", "RESULT"), ("2.3 ([[H]])", "RESULT"), ("thyroid medication", "MEDICATION"),
      ("Dr. Amadi", "PROVIDER", 1), ("levothyroxine", "MEDICATION"), ("555-0126", "PHONE")],
     ["lab", "practice-contact"], "Values, flags and a dose change by e-mail (treated like SMS): the clinical content is the message."),
    ("an0010", "Your TSH result from 3/2 is 2.1 mIU/L, within the reference range (0.4-4.0). No change to your levothyroxine is needed. - Dr. Amadi",
     "ALLOW", "result", "portal", "en",
     [("TSH", "PROCEDURE"), ("3/2", "DATE"), ("2.1 mIU/L", "RESULT"), ("within the reference range", "RESULT"), ("levothyroxine", "MEDICATION"), ("Dr. Amadi", "PROVIDER")],
     ["lab", "contrast"], "Inside the secure portal a value and a medication may stay (README channel convention)."),
    ("an0011", "Your TSH result from 3/2 is 2.1, within the reference range. No change to your levothyroxine is needed. - Dr. Amadi",
     "BLOCK", "result", "sms", "en",
     [("TSH", "PROCEDURE"), ("3/2", "DATE"), ("2.1", "RESULT"), ("within the reference range", "RESULT"), ("levothyroxine", "MEDICATION"), ("Dr. Amadi", "PROVIDER")],
     ["lab", "contrast"], "Same result as the portal message, by SMS: a normal result is still a result."),
    ("an0012", "You have a new test result in your patient portal. For your privacy we don't include results in texts - please log in to view it.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "hard-negative"], "Results-ready notice without naming a test: the notification-without-PHI pattern."),
)

# ---------------------------------------------------------------- batch 2 (an0013-an0024): MRI and CT prep, contrast, sedation, vendors, imaging results
add(
    ("an0013", "Pinecrest Imaging: your MRI of the lumbar spine is Wed 4/15 at 6:40 PM. Please arrive 30 min early to complete a metal-safety screening form. Leave jewelry at home.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Imaging", "SPECIALTY"), ("MRI of the lumbar spine", "PROCEDURE"), ("4/15", "DATE")],
     ["imaging"], "Imaging name and the exam with its body site go (decisions 1 and 3); date, time and generic prep survive."),
    ("an0014", "Pre-MRI safety check: because you have a pacemaker, please bring your device ID card and arrive 45 min early so the cardiology rep can program it for the scan. Questions: 555-0172.",
     "REWRITE", "care-instructions", "sms", "en",
     [("MRI", "PROCEDURE"), ("pacemaker", "PROCEDURE"), ("cardiology", "SPECIALTY"), ("555-0172", "PHONE")],
     ["imaging", "cardiology", "practice-contact"], "Judgement: the device, exam and specialty are removable; bringing a card and arriving early is logistics, not treatment."),
    ("an0015", "For your CT with IV contrast on Friday: HOLD your metformin the day of the scan and for 48 hours after. Restart Sunday evening only if your kidney labs are OK. Drink extra water.",
     "BLOCK", "care-instructions", "sms", "en",
     [("CT with IV contrast", "PROCEDURE"), ("metformin", "MEDICATION"), ("kidney labs", "PROCEDURE")],
     ["imaging"], "Holding and restarting a named drug is a dosing instruction and reveals the patient's medication (decision 4)."),
    ("an0016", "Hi Yusuf - because of your contrast allergy, Dr. Brennan ordered premedication before your CT: prednisone 50 mg by mouth 13, 7 and 1 hour before the scan, plus Benadryl 50 mg 1 hour before. You will need a driver.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Yusuf", "NAME"), ("contrast allergy", "CONDITION"), ("Dr. Brennan", "PROVIDER"), ("CT", "PROCEDURE"), ("prednisone 50 mg", "MEDICATION"), ("Benadryl 50 mg", "MEDICATION")],
     ["imaging"], "An allergy and a premedication schedule: condition plus dosing, nothing survives removal (decisions 3 and 4)."),
    ("an0017", "Summit Open MRI: your appointment is confirmed for 5/2 at 11:15am. If you get claustrophobic, our open wide-bore scanner can help. Please wear clothing with no metal.",
     "REWRITE", "confirmation", "sms", "en",
     [("Summit Open MRI", "SPECIALTY"), ("5/2", "DATE")],
     ["imaging", "negation"], "Imaging practice name goes. Judgement: 'if you get claustrophobic' is standard text for every patient, not labelled (decision 13)."),
    ("an0018", "Reminder: Leo's MRI with sedation is Mon 2/9 at 7:00 AM at Children's Imaging, 3rd floor. No solid food after 11 PM Sunday; clear liquids OK until 5 AM. A parent must stay for the whole visit.",
     "REWRITE", "reminder", "sms", "en",
     [("Leo", "NAME"), ("MRI with sedation", "PROCEDURE"), ("2/9", "DATE"), ("Children's Imaging", "SPECIALTY")],
     ["imaging", "pediatrics", "minor"], "A child's exam logistics to the parent with no condition or result: REWRITE like the patient's own (decision 10); sedation is part of the exam span (decision 3); fasting is generic prep."),
    ("an0019", "Heads up for this morning's appointments: the north entrance is closed for repairs. Please use the Lot C entrance; check-in has moved to Room 104.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Building logistics; lot and room numbers are not identifiers."),
    ("an0020", "From: SchedulePoint on behalf of Harborview Radiology\nSubject: Please schedule your exam\n\nHello,\n\nDr. Ifeoma Nwosu has ordered a low-dose CT lung cancer screening for you. Pick a date and time that works for you here:\nhttps://schedulepoint.example.com/book?order=HR-5583019&pt=77120\n\nBefore your visit:\n- No fasting or special prep is needed.\n- Wear clothing without metal (zippers, underwire, snaps).\n- Bring your photo ID and insurance card.\n\nIf your plan requires prior authorization, we'll handle it and tell you if anything is needed from you. Appointments are available weekdays 7 AM-8 PM and Saturdays 8 AM-2 PM.\n\nQuestions? Call Harborview Radiology scheduling at 555-0188.\n\nThank you,\nSchedulePoint Patient Scheduling\n(This mailbox is not monitored. Please do not reply.)",
     "REWRITE", "reminder", "email", "en",
     [("Harborview Radiology", "SPECIALTY"), ("Dr. Ifeoma Nwosu", "PROVIDER"), ("low-dose CT lung cancer screening", "PROCEDURE"),
      ("https://schedulepoint.example.com/book?order=HR-5583019&pt=77120", "URL"), ("Harborview Radiology", "SPECIALTY", 1), ("555-0188", "PHONE")],
     ["imaging", "practice-contact"], "Vendor invitation: radiology name, the screening exam and a link carrying order and patient numbers go; the vendor brand is generic (decision 1)."),
    ("an0021", "Cedar Grove Family Practice: Dr. Lindqvist has reviewed your recent results and would like to talk with you. Please call 555-0119 between 1 and 4 pm.",
     "ALLOW", "portal-notice", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("555-0119", "PHONE")],
     ["lab", "practice-contact"], "Judgement: a call-back request with no test or finding named is the notification-without-PHI pattern (decision 6)."),
    ("an0022", "ultrasound results: small gallstones, no signs of infection. dr patel says no surgery needed unless pain comes back. call if fever or yellow eyes",
     "BLOCK", "result", "sms", "en",
     [("ultrasound", "PROCEDURE"), ("small gallstones", "RESULT"), ("no signs of infection", "RESULT"), ("dr patel", "PROVIDER"),
      ("pain", "CONDITION"), ("fever", "CONDITION"), ("yellow eyes", "CONDITION")],
     ["imaging", "shorthand", "negation"], "Findings (one negated) and symptoms: the result is the message."),
    ("an0023", "Imágenes Diagnósticas del Valle: Sr. Ramírez, su resonancia magnética de rodilla es el 22 de abril a las 9:00. Quítese aretes, cadenas y reloj antes de entrar. Llegue 20 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Imágenes Diagnósticas del Valle", "SPECIALTY"), ("Ramírez", "NAME"), ("resonancia magnética de rodilla", "PROCEDURE"), ("22 de abril", "DATE")],
     ["imaging"], "Imaging name, patient name and the exam with its body site go; date, time and metal prep survive."),
    ("an0024", "Hi, this is Carla from Dr. Oyelaran's office calling for Frank with your CT results. The scan showed a six millimeter nodule in the right lung. Dr. Oyelaran recommends a repeat CT in six months. Please call us back at 555-0157.",
     "BLOCK", "result", "voice", "en",
     [("Carla", "PROVIDER"), ("Dr. Oyelaran", "PROVIDER"), ("Frank", "NAME"), ("CT", "PROCEDURE"), ("six millimeter nodule in the right lung", "RESULT"),
      ("Dr. Oyelaran", "PROVIDER", 1), ("CT", "PROCEDURE", 1), ("555-0157", "PHONE")],
     ["imaging", "practice-contact"], "Voicemail (treated like SMS) with a finding and a plan; the named caller is workforce (PROVIDER)."),
)

# ---------------------------------------------------------------- batch 3 (an0025-an0036): mammography, call-backs, ultrasound, DEXA
add(
    ("an0025", "Women's Imaging Center at Elmhurst: you're due for your annual screening mammogram. Book online at https://elmhurstimaging.example/book or call 555-0164. Reply STOP to opt out.",
     "REWRITE", "recall", "sms", "en",
     [("Women's Imaging Center at Elmhurst", "SPECIALTY"), ("screening mammogram", "PROCEDURE"), ("https://elmhurstimaging.example/book", "URL"), ("555-0164", "PHONE")],
     ["imaging", "practice-contact"], "Recall: the women's-imaging name and the exam go; the practice's own link and phone stay."),
    ("an0026", "October is Breast Cancer Awareness Month! Free screening mammograms for uninsured women on our mobile van, Saturdays 9-1 this month. No referral needed - call to reserve a slot.",
     "ALLOW", "marketing", "sms", "en", [],
     ["imaging", "broadcast", "hard-negative"], "Awareness campaign sent to everyone; says nothing about the recipient (decision 12)."),
    ("an0027", "Mammogram prep: on the day of your exam, please don't use deodorant, powder or lotion under your arms or on your chest. A two-piece outfit is easiest. See you Thursday at 10:40!",
     "REWRITE", "care-instructions", "sms", "en",
     [("Mammogram", "PROCEDURE")],
     ["imaging"], "Generic prep with the exam named: REWRITE (decision 4)."),
    ("an0028", "Hello Ms. Whitcombe, this is the Breast Center at Northfield Medical. The radiologist who read your screening mammogram from 9/18 saw an area in the left breast that needs a closer look. Please call 555-0137 to schedule a diagnostic mammogram and ultrasound within the next week.",
     "BLOCK", "result", "voice", "en",
     [("Whitcombe", "NAME"), ("Breast Center", "SPECIALTY"), ("radiologist", "SPECIALTY"), ("screening mammogram", "PROCEDURE"), ("9/18", "DATE"),
      ("an area in the left breast that needs a closer look", "RESULT"), ("555-0137", "PHONE"), ("diagnostic mammogram", "PROCEDURE"), ("ultrasound", "PROCEDURE")],
     ["imaging", "practice-contact"], "Screening call-back that says something was seen: a finding, BLOCK (decision 5)."),
    ("an0029", "Please call the Northfield Breast Center at 555-0137 about your recent mammogram. We're open weekdays 8 to 5.",
     "REWRITE", "other", "sms", "en",
     [("Northfield Breast Center", "SPECIALTY"), ("555-0137", "PHONE"), ("mammogram", "PROCEDURE")],
     ["imaging", "practice-contact"], "Judgement: a call-back request with no finding stated; breast-center name and exam go, the call request survives (decision 5)."),
    ("an0030", "Mammogram results (10/2): BI-RADS 1 - negative. No evidence of malignancy. Return to yearly screening. Your letter is attached. - Northfield Breast Center",
     "ALLOW", "result", "portal", "en",
     [("Mammogram", "PROCEDURE"), ("10/2", "DATE"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT"), ("negative", "RESULT"),
      ("No evidence of malignancy", "RESULT"), ("Northfield Breast Center", "SPECIALTY")],
     ["imaging", "contrast"], "The result inside the secure portal is fine (README channel convention)."),
    ("an0031", "Great news from Northfield Breast Center: your mammogram was negative (BI-RADS 1). See you next year!",
     "BLOCK", "result", "sms", "en",
     [("Northfield Breast Center", "SPECIALTY"), ("mammogram", "PROCEDURE"), ("negative", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT")],
     ["imaging", "contrast"], "The same negative result by SMS: a negative result is still a result."),
    ("an0032", "Hola Guadalupe, su ultrasonido pélvico es el lunes 3 de marzo a las 2:30. Tome 32 onzas de agua una hora antes y no orine: necesita venir con la vejiga llena. Centro de Imágenes Sierra Vista.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("ultrasonido pélvico", "PROCEDURE"), ("3 de marzo", "DATE"), ("Centro de Imágenes Sierra Vista", "SPECIALTY")],
     ["imaging"], "Full-bladder prep is generic (decision 4); name, exam and imaging name go."),
    ("an0033", "abd US tmrw 8:15 @ Riverside Radiology - NPO after midnite, meds w/ sip of water ok. pls bring ins card",
     "REWRITE", "care-instructions", "sms", "en",
     [("abd US", "PROCEDURE"), ("Riverside Radiology", "SPECIALTY")],
     ["imaging", "shorthand", "typo"], "Shorthand exam name and radiology name go. Judgement: 'meds w/ sip of water' names no drug and is generic prep (decision 4)."),
    ("an0034", "Hi, this is Renee from Dr. Castro's office returning your call about your dad. Harold's carotid ultrasound showed the narrowing is about the same as last year. Dr. Castro will see him again in 6 months.",
     "BLOCK", "result", "sms", "en",
     [("Renee", "PROVIDER"), ("Dr. Castro", "PROVIDER"), ("Harold", "NAME"), ("carotid ultrasound", "PROCEDURE"), ("narrowing", "CONDITION"),
      ("about the same as last year", "RESULT"), ("Dr. Castro", "PROVIDER", 1)],
     ["imaging", "cardiology", "third-party"], "A relative's finding sent to the patient: third party's health, BLOCK."),
    ("an0035", "Scan the QR code on the check-in kiosk to skip the line. Questions? Ask anyone at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Scan' of a QR code is not an imaging exam."),
    ("an0036", "Your DEXA bone density scan at Lakeside Radiology is set for 6/11 at 1:00 PM. No calcium supplements for 24 hours before. Wear clothes without metal buttons or zippers.",
     "REWRITE", "reminder", "sms", "en",
     [("DEXA bone density scan", "PROCEDURE"), ("Lakeside Radiology", "SPECIALTY"), ("6/11", "DATE"), ("calcium", "MEDICATION")],
     ["imaging"], "Judgement: avoiding calcium is standard DEXA prep for every patient, not a personal dose (decision 4); exam, radiology name and the supplement go."),
)

# ---------------------------------------------------------------- batch 4 (an0037-an0048): results-ready notices, links, lab billing and denials
add(
    ("an0037", "Your results are not ready yet. Most tests take 2-3 business days; we'll text you as soon as they're posted to your portal.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "hard-negative"], "'No results yet' with no test named is ALLOW (README)."),
    ("an0038", "Sus resultados ya están disponibles en el portal del paciente. Por su privacidad, no enviamos resultados por mensaje de texto.",
     "ALLOW", "portal-notice", "sms", "es", [],
     ["lab", "hard-negative"], "Results-ready notice without a test or value."),
    ("an0039", "Your HIV test results are ready. Log in to your Ridgeway Health portal to view them, or call 555-0150 to speak with a nurse.",
     "REWRITE", "portal-notice", "sms", "en",
     [("HIV test", "PROCEDURE"), ("555-0150", "PHONE")],
     ["lab", "hiv-sexual-health", "practice-contact"], "Ready notice that names a revealing test: the test goes, the notice survives."),
    ("an0040", "A new result is available. View it securely at https://portal.ridgewayhealth.example (we never include results in texts). Reply STOP to opt out.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://portal.ridgewayhealth.example", "URL")],
     ["lab", "practice-contact"], "The practice's own portal link without a patient token."),
    ("an0041", "Your results are ready: https://results.meridianlab.example/r?token=f83Kq92xPz&pid=4410982 - link expires in 72 hours.",
     "REWRITE", "portal-notice", "sms", "en",
     [("https://results.meridianlab.example/r?token=f83Kq92xPz&pid=4410982", "URL")],
     ["lab"], "A link with a token and a patient id is patient-specific (README)."),
    ("an0042", "Meridian Diagnostic Lab: you have a new statement. Amount due: $38.40. Pay by phone, online or by mail. Financial assistance is available - just ask!",
     "ALLOW", "billing", "sms", "en", [],
     ["lab", "hard-negative"], "Statement notice with an amount; a lab name is generic (decision 1)."),
    ("an0043", "Meridian Diagnostic Lab statement - date of service 1/14: Comprehensive metabolic panel $24.00, Hemoglobin A1c $18.00. Insurance paid $30.10. You owe $11.90. Acct 0091-447281.",
     "REWRITE", "billing", "sms", "en",
     [("1/14", "DATE"), ("Comprehensive metabolic panel", "PROCEDURE"), ("Hemoglobin A1c", "PROCEDURE"), ("0091-447281", "ACCOUNT")],
     ["lab"], "Test names on a bill and the account number go; amounts and the date of service survive (decision 11)."),
    ("an0044", "Your claim for lab services on 2/3 was denied. The diagnosis code on the order (E03.9, hypothyroidism) does not meet medical necessity for a free T4. Please call Cascade billing at 555-0191.",
     "BLOCK", "billing", "sms", "en",
     [("2/3", "DATE"), ("E03.9", "CONDITION"), ("hypothyroidism", "CONDITION"), ("free T4", "PROCEDURE"), ("555-0191", "PHONE")],
     ["lab", "practice-contact"], "Judgement: a denial that states the patient's diagnosis (code and words) is a diagnosis by text (decision 11)."),
    ("an0045", "Cascade Clinical Laboratories: we received your payment of $45.00 for your visit on 2/3. Thank you! Billing questions? Call 555-0191, Mon-Fri 8-6.",
     "ALLOW", "billing", "sms", "en",
     [("2/3", "DATE"), ("555-0191", "PHONE")],
     ["lab", "practice-contact"], "Payment receipt; date of service and the lab's own phone."),
    ("an0046", "Laboratorio Clínico Santa Fe: Sra. Benítez, su estado de cuenta del 14 de enero (perfil de lípidos y biometría hemática) tiene un saldo de $27.50. Cuenta 55-018842.",
     "REWRITE", "billing", "sms", "es",
     [("Benítez", "NAME"), ("14 de enero", "DATE"), ("perfil de lípidos", "PROCEDURE"), ("biometría hemática", "PROCEDURE"), ("55-018842", "ACCOUNT")],
     ["lab"], "Name, test names and the account go; the balance survives. Judgement: biometría hemática (a CBC) is a named test (decision 2)."),
    ("an0047", "Price check: at Meridian Diagnostic Lab a cash-pay CBC is $12, a basic metabolic panel $15 and a lipid panel $19 - no insurance or appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Broadcast price list that names tests but nothing about the recipient (decision 12)."),
    ("an0048", "Your lab results have been reviewed by Dr. Sandoval - everything looks good! No changes to your meds. See you at your physical in the fall.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Sandoval", "PROVIDER"), ("everything looks good", "RESULT")],
     ["lab", "primary-care"], "Judgement: 'everything looks good' is a normal result, still a result (decision 7)."),
)

# ---------------------------------------------------------------- batch 5 (an0049-an0060): specimen collection, kits, couriers, home draws
add(
    ("an0049", "Your 24-hour urine collection jug is ready for pickup at the Birchwood Patient Service Center. Keep it in the fridge once you start, and begin with the SECOND pee of the morning.",
     "REWRITE", "pickup", "sms", "en",
     [("24-hour urine collection", "PROCEDURE")],
     ["lab"], "A named collection test goes; the pickup and generic handling survive."),
    ("an0050", "DrawDash: your mobile phlebotomist, Keisha, is on the way to 1187 Larkspur Ln, Apt 4B, Fairview and should arrive 9:10-9:30 AM. Please have your lab order handy.",
     "REWRITE", "reminder", "sms", "en",
     [("Keisha", "PROVIDER"), ("1187 Larkspur Ln, Apt 4B, Fairview", "ADDRESS")],
     ["lab"], "The patient's home address is not needed in the text; the named phlebotomist is workforce (decision 9)."),
    ("an0051", "DrawDash: your home blood draw is confirmed for tomorrow between 8 and 10 AM. We'll text you when your phlebotomist is 15 minutes away. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["lab", "hard-negative"], "Judgement: a home draw is lab logistics, not home health (decision 9); no address, no test."),
    ("an0052", "Your Cologuard kit has shipped! Tracking #1Z83F9A20355817264. Collect your sample within 7 days of receiving it and send it back in the prepaid box.",
     "REWRITE", "other", "sms", "en",
     [("Cologuard", "PROCEDURE"), ("1Z83F9A20355817264", "OTHER_ID")],
     ["lab"], "The screening test brand and the tracking number go (decision 8); the shipping notice survives."),
    ("an0053", "Courier update: your specimen box was picked up at 2:14 PM and is on its way to the lab. No action needed.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "Courier notice with no test, no number and no address."),
    ("an0054", "Sr. Quispe, le dejamos en recepción el frasco para su muestra de orina de 24 horas. Puede pasar por él de lunes a viernes antes de las 5. Centro Médico Los Andes.",
     "REWRITE", "pickup", "sms", "es",
     [("Quispe", "NAME"), ("muestra de orina de 24 horas", "PROCEDURE")],
     ["lab"], "Name and the named collection test go; the pickup survives."),
    ("an0055", "Hi Mrs. Adeyemi, Tobi's throat culture came back positive for strep. Dr. Walsh sent amoxicillin to your pharmacy - please start it tonight, twice a day for 10 days.",
     "BLOCK", "result", "sms", "en",
     [("Adeyemi", "NAME"), ("Tobi", "NAME"), ("throat culture", "PROCEDURE"), ("positive", "RESULT"), ("strep", "CONDITION"), ("Dr. Walsh", "PROVIDER"), ("amoxicillin", "MEDICATION")],
     ["lab", "pediatrics", "minor", "third-party"], "A child's positive result and dosing sent to the guardian: BLOCK (README third-party convention)."),
    ("an0056", "hi its the lab, ur b-i-o-p-s-y came back b.e.n.i.g.n, nothing to worry about :)",
     "BLOCK", "result", "sms", "en",
     [("b-i-o-p-s-y", "PROCEDURE"), ("b.e.n.i.g.n", "RESULT")],
     ["lab", "spaced", "shorthand", "typo"], "A benign result, disguised with hyphens and dots: still a result."),
    ("an0057", "Reminder: your lab appointment at Meridian Diagnostic Lab is Fri 4/24 at 7:00 AM. Please fast for 10 hours beforehand (water is fine) unless your doctor told you otherwise.",
     "ALLOW", "reminder", "sms", "en",
     [("4/24", "DATE")],
     ["lab"], "Fasting with no test named is generic prep (decision 4)."),
    ("an0058", "Subject: Your visit on 5/28\n\nHello,\n\nThis is a reminder that your semen analysis at the Bayside Reproductive Medicine lab is scheduled for Thursday, 5/28 at 8:15 AM. Your collection kit and written instructions were given to you at your last visit; if you misplaced them, reply to this e-mail or call us and we will send a new set.\n\nWhere to go: 1400 Bayview Dr, Suite 220, Harbor City. Free parking is available in the lot behind the building; take the elevator to the second floor and check in at the lab window, not the main front desk.\n\nPlease bring a photo ID. If you need to reschedule, call 555-0166 at least 24 hours ahead so we can offer the slot to another patient.\n\nThank you,\nLab Coordinator\nBayside Reproductive Medicine",
     "REWRITE", "reminder", "email", "en",
     [("5/28", "DATE"), ("semen analysis", "PROCEDURE"), ("Bayside Reproductive Medicine", "SPECIALTY"), ("5/28", "DATE", 1),
      ("1400 Bayview Dr, Suite 220, Harbor City", "ADDRESS"), ("555-0166", "PHONE"), ("Bayside Reproductive Medicine", "SPECIALTY", 1)],
     ["lab", "fertility", "practice-contact"], "Long logistics e-mail: the fertility practice name and the test go; date, the practice's address and phone stay."),
    ("an0059", "Tip from our draw team: drink 2-3 glasses of water before your visit and wear a short-sleeved shirt. It makes finding a vein quicker!",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["lab", "hard-negative"], "Generic hydration tip with no test named (decision 4)."),
    ("an0060", "Your Cologuard test result is ready: NEGATIVE. Your next screening is recommended in 3 years. Reply HELP for help, STOP to opt out.",
     "BLOCK", "result", "sms", "en",
     [("Cologuard test", "PROCEDURE"), ("NEGATIVE", "RESULT")],
     ["lab"], "A negative screening result by text is still a result."),
)

# ---------------------------------------------------------------- batch 6 (an0061-an0072): scheduling vendors, PET/CT, oral contrast, imaging results
add(
    ("an0061", "Apptly scheduling: your appointment is confirmed for Tue 6/9 at 3:20 PM at the Westgate location, 400 Commerce Pkwy, Suite 110. Questions? Call 555-0181.",
     "ALLOW", "confirmation", "sms", "en",
     [("6/9", "DATE"), ("400 Commerce Pkwy, Suite 110", "ADDRESS"), ("555-0181", "PHONE")],
     ["general", "practice-contact"], "Vendor confirmation with the site's own address and phone; the vendor brand is generic (decision 1)."),
    ("an0062", "PET/CT reminder from Valley Oncology Imaging: no sugar, carbs or exercise for 24 hrs before your scan on 7/1. Arrive at 7:30 AM; plan on about 2 hours in total.",
     "REWRITE", "care-instructions", "sms", "en",
     [("PET/CT", "PROCEDURE"), ("Valley Oncology Imaging", "SPECIALTY"), ("7/1", "DATE")],
     ["imaging", "oncology"], "Diet and exercise prep is the same for every PET patient (decision 4); exam and oncology-imaging name go."),
    ("an0063", "PET/CT prep for patients with diabetes: if your blood sugar is over 200 the morning of your scan, call us before coming in. Do NOT take insulin within 4 hours of your appointment.",
     "BLOCK", "care-instructions", "sms", "en",
     [("PET/CT", "PROCEDURE"), ("diabetes", "CONDITION"), ("blood sugar", "PROCEDURE"), ("insulin", "MEDICATION")],
     ["imaging", "oncology"], "Sent because the patient has diabetes, with an insulin timing instruction: condition plus dosing (decision 4)."),
    ("an0064", "How did we do today? Rate your visit from 1 (poor) to 5 (excellent) by replying with a number. Your feedback helps us improve.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Survey; the scale numbers are not values."),
    ("an0065", "In contrast to last year, our Saturday lab hours now run 7 AM-1 PM at every location. No appointment needed.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "'In contrast' is not a contrast agent."),
    ("an0066", "Subject: Your CT results from Tuesday\n\nHi Tariq,\n\nDr. Beaumont reviewed the CT of your abdomen and pelvis from your urgent care visit on 6/16. It shows a 4 mm stone in the left ureter with mild swelling of the left kidney. Stones this size usually pass on their own within 2-4 weeks.\n\nPlan:\n- Take tamsulosin 0.4 mg once a day at bedtime until the stone passes.\n- Ibuprofen 600 mg every 6 hours as needed for pain.\n- Strain your urine and save any stone for us.\n\nGo to the ER if you have a fever over 101, can't keep fluids down, or the pain is uncontrolled. We'll recheck with an X-ray in 3 weeks.\n\nNorthgate Family Medicine\n555-0104",
     "BLOCK", "result", "email", "en",
     [("CT", "PROCEDURE"), ("Tariq", "NAME"), ("Dr. Beaumont", "PROVIDER"), ("CT of your abdomen and pelvis", "PROCEDURE"), ("urgent care", "SPECIALTY"),
      ("6/16", "DATE"), ("4 mm stone in the left ureter", "RESULT"), ("mild swelling of the left kidney", "RESULT"), ("tamsulosin 0.4 mg", "MEDICATION"),
      ("Ibuprofen 600 mg", "MEDICATION"), ("pain", "CONDITION"), ("fever", "CONDITION"), ("pain", "CONDITION", 1), ("X-ray", "PROCEDURE"), ("555-0104", "PHONE")],
     ["imaging", "urgent-care", "practice-contact"], "Findings and a treatment plan by e-mail (treated like SMS): the clinical content is the message."),
    ("an0067", "Your CT abdomen/pelvis with oral contrast is Thursday 8/13 at 9 AM. Please pick up your 2 bottles of contrast at the front desk by Wednesday.",
     "REWRITE", "pickup", "sms", "en",
     [("CT abdomen/pelvis with oral contrast", "PROCEDURE"), ("8/13", "DATE"), ("contrast", "MEDICATION", 1)],
     ["imaging"], "Judgement: a pickup with no amounts or times to drink is logistics; the exam and the agent go (decisions 3 and 4)."),
    ("an0068", "Oral contrast instructions: drink bottle #1 (450 mL) 90 minutes before your CT and bottle #2 60 minutes before. Nothing else to eat. Call 555-0127 if you throw any of it up.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Oral contrast", "MEDICATION"), ("CT", "PROCEDURE"), ("555-0127", "PHONE")],
     ["imaging", "practice-contact"], "Judgement: amounts and timing for drinking a contrast agent are a dosing instruction (decision 4)."),
    ("an0069", "Hello, this is Apptly calling on behalf of Harborview Radiology to confirm your ultrasound of the thyroid on Monday, March 16th at 10:45 in the morning. Press 1 to confirm, press 2 to speak with a scheduler.",
     "REWRITE", "confirmation", "voice", "en",
     [("Harborview Radiology", "SPECIALTY"), ("ultrasound of the thyroid", "PROCEDURE"), ("March 16th", "DATE")],
     ["imaging"], "Robocall (treated like SMS): radiology name and the exam with its body site go; date and time survive."),
    ("an0070", "Laboratorio Clínico Santa Fe: su cita es el miércoles 8 de abril a las 7:15 a.m. con ayuno de 8 horas. Traiga su orden médica e identificación. Dudas: 555-0145.",
     "ALLOW", "reminder", "sms", "es",
     [("8 de abril", "DATE"), ("555-0145", "PHONE")],
     ["lab", "practice-contact"], "Fasting with no test named is generic (decision 4); a lab name is generic."),
    ("an0071", "Hi Anneliese, Dr. Ferreira here. Your knee MRI shows a tear of the medial meniscus. I've put in a referral to ortho - they'll call you this week. Ice and ibuprofen for now.",
     "BLOCK", "result", "sms", "en",
     [("Anneliese", "NAME"), ("Dr. Ferreira", "PROVIDER"), ("knee MRI", "PROCEDURE"), ("tear of the medial meniscus", "RESULT"), ("ortho", "SPECIALTY"), ("ibuprofen", "MEDICATION")],
     ["imaging", "orthopedics"], "A finding and a plan: the result is the message."),
    ("an0072", "Your appointment with Dr. Haugen is confirmed for 5/19 at 9:30. Please come 15 min early to check in at the lab desk on the gound floor.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Haugen", "PROVIDER"), ("5/19", "DATE")],
     ["lab", "primary-care", "typo"], "Provider, date and a generic lab desk ('gound' is a staff typo)."),
)

# ---------------------------------------------------------------- batch 7 (an0073-an0084): identifiers, dates of birth, disguises, look-alike hard negatives
add(
    ("an0073", "Meridian Diagnostic Lab billing: we could not bill your insurance. We have SSN 078-05-1120 on file for the policyholder - please confirm it or call 555-0191.",
     "BLOCK", "billing", "sms", "en",
     [("078-05-1120", "SSN"), ("555-0191", "PHONE")],
     ["lab", "identifier", "practice-contact"], "An SSN must never travel by text (DESIGN)."),
    ("an0074", "Req for Beatriz Almanza, DOB 04/17/1969: CBC w/ diff, CMP, TSH. Fasting. Pt will come to PSC Thurs AM.",
     "BLOCK", "other", "sms", "en",
     [("Beatriz Almanza", "NAME"), ("04/17/1969", "DATE"), ("CBC w/ diff", "PROCEDURE"), ("CMP", "PROCEDURE"), ("TSH", "PROCEDURE")],
     ["lab", "dob", "shorthand"], "Staff shorthand sent by text: a full date of birth with a name is BLOCK (README)."),
    ("an0075", "Draw station check-in: we have your date of birth as 11/30/1982. If that's wrong, please tell the front desk before your draw.",
     "REWRITE", "other", "sms", "en",
     [("11/30/1982", "DATE")],
     ["lab", "dob"], "A date of birth without a name is REWRITE (README)."),
    ("an0076", "Meridian Diagnostic Lab: specimen received. Accession #24-MDL-0583361. Results are usually ready in 2-3 business days.",
     "REWRITE", "other", "sms", "en",
     [("24-MDL-0583361", "OTHER_ID")],
     ["lab", "identifier"], "An accession number is not needed for the notice (README: OTHER_ID)."),
    ("an0077", "Pinecrest Imaging: we need prior authorization from your plan before your scheduled scan. Member ID XGH884120556 - please confirm it matches your card.",
     "REWRITE", "other", "sms", "en",
     [("Pinecrest Imaging", "SPECIALTY"), ("XGH884120556", "HEALTH_PLAN_ID")],
     ["imaging", "identifier"], "Imaging name and member ID go; the prior-authorization request survives. 'Scan' alone is generic (decision 2)."),
    ("an0078", "Your m\u200bammo\u200bgram showed dense breast tissue (category C). Ask Dr. Ruiz whether a supplemental ultrasound is right for you.",
     "BLOCK", "result", "sms", "en",
     [("m\u200bammo\u200bgram", "PROCEDURE"), ("dense breast tissue", "RESULT"), ("category C", "RESULT"), ("Dr. Ruiz", "PROVIDER"), ("supplemental ultrasound", "PROCEDURE")],
     ["imaging"], "A density finding with zero-width characters inside the exam name: still a result (decision 14 for the category)."),
    ("an0079", "r3minder: ur m4mmo is tmrw @ 2:15. no deodorant or lotion pls!!",
     "REWRITE", "reminder", "sms", "en",
     [("m4mmo", "PROCEDURE")],
     ["imaging", "leet", "shorthand"], "Leetspeak exam name goes; the reminder survives."),
    ("an0080", "Your \u0420\u0430\u0440 test came back normal and HPV was not detected. Next screening in 5 years. - Dr. Ruiz's office",
     "BLOCK", "result", "sms", "en",
     [("\u0420\u0430\u0440 test", "PROCEDURE"), ("normal", "RESULT"), ("HPV", "PROCEDURE"), ("not detected", "RESULT"), ("Dr. Ruiz", "PROVIDER")],
     ["lab", "reproductive"], "Normal and negative results, with Cyrillic look-alikes in 'Pap': still results."),
    ("an0081", "Your Meridian Lab results portal verification code is 508113. It expires in 10 minutes. Never share this code.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
    ("an0082", "Pets are not allowed inside our patient service centers; service animals are always welcome.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "'Pets' is not a PET scan."),
    ("an0083", "We're closed for all US federal holidays. Please check hours for your nearest location before you come in.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'US' is the country, not an ultrasound."),
    ("an0084", "Home draw scheduled for Mrs. Edith Harrow (age 94) on 3/3 between 9 and 11 AM. Caregiver: please have her Medicare card and the lab order ready.",
     "REWRITE", "reminder", "sms", "en",
     [("Edith Harrow", "NAME"), ("94", "AGE"), ("3/3", "DATE")],
     ["lab", "age-over-89"], "Name and an age over 89 go; the home-draw window survives (decision 9)."),
)

# ---------------------------------------------------------------- batch 8 (an0085-an0096): Spanish labs and imaging, drug screens, a test message
add(
    ("an0085", "Laboratorio Central: a partir del lunes abrimos a las 6:30 a.m. No necesita cita para sus análisis de sangre. ¡Lo esperamos!",
     "ALLOW", "other", "sms", "es", [],
     ["lab", "broadcast", "hard-negative"], "Hours broadcast; análisis de sangre is generic (README)."),
    ("an0086", "Buenas tardes, don Efraín, le habla Rocío de la Clínica del Valle. Su glucosa en ayunas salió en 142 y la hemoglobina A1c en 7.4. La doctora quiere verlo la próxima semana para ajustarle la metformina. Cualquier duda, al 555-0114.",
     "BLOCK", "result", "voice", "es",
     [("Efraín", "NAME"), ("Rocío", "PROVIDER"), ("glucosa en ayunas", "PROCEDURE"), ("142", "RESULT"), ("hemoglobina A1c", "PROCEDURE"), ("7.4", "RESULT"),
      ("metformina", "MEDICATION"), ("555-0114", "PHONE")],
     ["lab", "practice-contact"], "Voicemail with values and a medication change: the result is the message."),
    ("an0087", "Sra. Delgado, le escribimos de la Clínica San Marcos: los análisis de su mamá salieron con la hemoglobina baja (9.2). El Dr. Paredes quiere repetirlos el lunes, ¿la puede traer a las 8?",
     "BLOCK", "result", "sms", "es",
     [("Delgado", "NAME"), ("hemoglobina", "PROCEDURE"), ("baja", "RESULT"), ("9.2", "RESULT"), ("Dr. Paredes", "PROVIDER")],
     ["lab", "third-party"], "A relative's result: third party's health, BLOCK."),
    ("an0088", "Clínica Familiar San Marcos: su cita para análisis de laboratorio es el 2 de junio a las 8:00. Venga en ayunas. Responda SÍ para confirmar o llame al 555-0116.",
     "ALLOW", "reminder", "sms", "es",
     [("2 de junio", "DATE"), ("555-0116", "PHONE")],
     ["lab", "practice-contact"], "Generic lab visit with fasting (decisions 2 and 4)."),
    ("an0089", "Hola Lupita, ya salió tu ultrasonido: tienes un quiste de 2 cm en el ovario derecho. No es nada grave, pero la Dra. Ochoa quiere repetirlo en 8 semanas. ¡Saludos!",
     "BLOCK", "result", "sms", "es",
     [("Lupita", "NAME"), ("ultrasonido", "PROCEDURE"), ("quiste de 2 cm en el ovario derecho", "RESULT"), ("Dra. Ochoa", "PROVIDER")],
     ["imaging", "reproductive"], "An imaging finding by text: BLOCK."),
    ("an0090", "Recordatorio de Imágenes del Norte: para su tomografía con contraste del viernes, NO tome la metformina ese día ni durante las 48 horas siguientes. Tome bastante agua.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Imágenes del Norte", "SPECIALTY"), ("tomografía con contraste", "PROCEDURE"), ("metformina", "MEDICATION")],
     ["imaging"], "Holding a named drug is a dosing instruction (decision 4)."),
    ("an0091", "Le llamamos de Radiología del Hospital San Lucas. En su mamografía de detección del 5 de mayo se vio una zona que necesita más imágenes (BI-RADS 0). Llámenos al 555-0173 para agendar.",
     "BLOCK", "result", "voice", "es",
     [("Radiología", "SPECIALTY"), ("mamografía de detección", "PROCEDURE"), ("5 de mayo", "DATE"), ("una zona que necesita más imágenes", "RESULT"),
      ("BI-RADS", "PROCEDURE"), ("BI-RADS [[0]]", "RESULT"), ("555-0173", "PHONE")],
     ["imaging", "practice-contact"], "Screening call-back with a finding and a BI-RADS category (decision 5)."),
    ("an0092", "Le informamos que su muestra fue recibida en el laboratorio. Le avisaremos cuando sus resultados estén listos en el portal.",
     "ALLOW", "other", "sms", "es", [],
     ["lab", "hard-negative"], "Specimen-received notice with no test or number."),
    ("an0093", "This is a test message from Cascade Clinical Laboratories' new texting service. No reply needed.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "'Test message' is not a lab test."),
    ("an0094", "Cedar Grove Family Practice: your results are ready. Dr. Okafor has added a note for you in the portal at https://cedargrove.example/portal. Questions? 555-0119.",
     "ALLOW", "portal-notice", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("https://cedargrove.example/portal", "URL"), ("555-0119", "PHONE")],
     ["lab", "practice-contact"], "Results-ready notice with the practice's own link and phone."),
    ("an0095", "Drug screen results (pre-employment): POSITIVE for THC. Per policy, the medical review officer will call you within 24 hours. - Occu-Lab Services",
     "BLOCK", "result", "sms", "en",
     [("Drug screen", "PROCEDURE"), ("POSITIVE", "RESULT"), ("THC", "MEDICATION")],
     ["lab"], "A positive drug-screen result with the substance (README: substances in a drug-screen result are MEDICATION)."),
    ("an0096", "Reminder for Kwame Mensah: sweat chloride test on Tue 10/6 at 8 AM at the Pediatric Pulmonary Lab, 2nd floor. Please put no lotion on the arms that morning.",
     "REWRITE", "reminder", "sms", "en",
     [("Kwame Mensah", "NAME"), ("sweat chloride test", "PROCEDURE"), ("10/6", "DATE"), ("Pediatric Pulmonary Lab", "SPECIALTY")],
     ["lab", "pediatrics"], "Name, a revealing test and a specialty lab name go (decision 1); date and time survive."),
)

# ---------------------------------------------------------------- batch 9 (an0097-an0108): long e-mails, pathology by e-mail and portal, pushes
add(
    ("an0097", "Subject: Getting ready for your lab visit\n\nHello from Cascade Clinical Laboratories!\n\nA few tips to make your visit quick:\n\n\u2022 Check your order. If your provider asked you to fast, have nothing but water for 8-12 hours before your draw. Keep taking your usual medicines unless your provider told you otherwise.\n\u2022 Bring a photo ID, your insurance card and your paper order if you were given one.\n\u2022 Drink water. Being well hydrated makes the draw easier.\n\u2022 Save time: reserve a spot online at https://cascadelabs.example/reserve, or just walk in.\n\nOur Birchwood Patient Service Center is at 2201 Birchwood Blvd, Suite 5, and is open Mon-Fri 6:30 AM-3 PM and Sat 7-11 AM. Questions? Call 555-0190.\n\nSee you soon,\nThe Cascade Team",
     "ALLOW", "care-instructions", "email", "en",
     [("https://cascadelabs.example/reserve", "URL"), ("2201 Birchwood Blvd, Suite 5", "ADDRESS"), ("555-0190", "PHONE")],
     ["lab", "practice-contact"], "Generic prep with no test named (decision 4); all contact details are the lab's own."),
    ("an0098", "Subject: What's new at Meridian Diagnostic Lab this spring\n\nHi there,\n\nWe've been busy! Here's what's changing:\n\nLonger hours. Starting next month our main draw station opens at 6 AM on weekdays, so you can stop by before work.\n\nLess waiting. Our new online check-in saves your place in line. You'll get a text when it's almost your turn, so you can wait in your car or grab a coffee.\n\nClear prices. Paying out of pocket? Our price list for the most common tests is posted at every front desk and on our website.\n\nKid-friendly corner. Little ones now get a sticker and a book after their visit.\n\nA new location. Our Eastside draw station inside Fairgrounds Plaza opens in May, with early-morning hours and plenty of free parking right by the door.\n\nThanks for trusting us with your care. As always, results are posted to your patient portal as soon as they are final.\n\nThe Meridian Diagnostic Lab team\n(You're receiving this because you opted in to news from us. Reply STOP to unsubscribe.)",
     "ALLOW", "marketing", "email", "en", [],
     ["lab", "broadcast", "hard-negative"], "Newsletter to every patient; nothing about the recipient."),
    ("an0099", "Subject: Preparing for your MRI at Pinecrest Imaging\n\nDear Ms. Nguyen,\n\nYour MRI of the brain with and without contrast is scheduled for Monday, 2/23 at 4:10 PM at Pinecrest Imaging, 78 Quarry Rd, Building C, Dunmore. Please arrive 30 minutes early.\n\nBefore your exam:\n- Complete the MRI safety questionnaire in your portal. Tell us about any implants, pacemakers, shrapnel or metalworking history.\n- You may eat and take your usual medications.\n- Leave jewelry, hairpins and smartwatches at home.\n- A technologist will place a small IV for the contrast. If you have ever had a reaction to gadolinium, call us first.\n\nThe exam takes about 45 minutes. Questions: 555-0129.\n\nPinecrest Imaging Scheduling",
     "REWRITE", "care-instructions", "email", "en",
     [("MRI", "PROCEDURE"), ("Pinecrest Imaging", "SPECIALTY"), ("Nguyen", "NAME"), ("MRI of the brain with and without contrast", "PROCEDURE"), ("2/23", "DATE"),
      ("Pinecrest Imaging", "SPECIALTY", 1), ("78 Quarry Rd, Building C, Dunmore", "ADDRESS"), ("MRI", "PROCEDURE", 2), ("contrast", "MEDICATION", 1),
      ("555-0129", "PHONE"), ("Pinecrest Imaging", "SPECIALTY", 2)],
     ["imaging", "negation", "practice-contact"], "Name, exam and imaging name go; the practice's address and phone stay. Judgement: the standard screening list (implants, pacemakers, reactions to gadolinium) is hypothetical and not labelled (decision 13); the contrast given during the exam is MEDICATION (decision 3)."),
    ("an0100", "Subject: Your biopsy results\n\nDear Rashida,\n\nI'm happy to share that the pathology from your thyroid nodule biopsy (fine-needle aspiration on 8/4) came back benign (Bethesda II). This means no cancer cells were seen. Benign nodules rarely change, but we like to keep an eye on them, so I recommend a repeat thyroid ultrasound in 12 to 18 months. You do not need to see the endocrinologist sooner unless the nodule seems to grow or you notice trouble swallowing.\n\nIf you have questions, reply through the portal or call my nurse, Dana Whitlock, RN, at 555-0112.\n\nWarm regards,\nDr. Helena Marsh\nMarsh Endocrine Associates",
     "BLOCK", "result", "email", "en",
     [("biopsy", "PROCEDURE"), ("Rashida", "NAME"), ("pathology", "SPECIALTY"), ("thyroid nodule", "CONDITION"), ("biopsy", "PROCEDURE", 1),
      ("fine-needle aspiration", "PROCEDURE"), ("8/4", "DATE"), ("benign", "RESULT"), ("Bethesda", "PROCEDURE"), ("Bethesda [[II]]", "RESULT"),
      ("no cancer cells were seen", "RESULT"), ("thyroid ultrasound", "PROCEDURE"), ("endocrinologist", "SPECIALTY"), ("trouble swallowing", "CONDITION"),
      ("Dana Whitlock, RN", "PROVIDER"), ("555-0112", "PHONE"), ("Dr. Helena Marsh", "PROVIDER"), ("Marsh Endocrine Associates", "SPECIALTY")],
     ["imaging", "lab", "contrast", "practice-contact"], "A benign pathology result by e-mail is still a result (decision 14 for Bethesda II)."),
    ("an0101", "Dear Rashida, the pathology from your thyroid nodule biopsy (fine-needle aspiration on 8/4) came back benign (Bethesda II): no cancer cells were seen. I recommend a repeat thyroid ultrasound in 12 to 18 months. - Dr. Helena Marsh, Marsh Endocrine Associates",
     "ALLOW", "result", "portal", "en",
     [("Rashida", "NAME"), ("pathology", "SPECIALTY"), ("thyroid nodule", "CONDITION"), ("biopsy", "PROCEDURE"), ("fine-needle aspiration", "PROCEDURE"),
      ("8/4", "DATE"), ("benign", "RESULT"), ("Bethesda", "PROCEDURE"), ("Bethesda [[II]]", "RESULT"), ("no cancer cells were seen", "RESULT"),
      ("thyroid ultrasound", "PROCEDURE"), ("Dr. Helena Marsh", "PROVIDER"), ("Marsh Endocrine Associates", "SPECIALTY")],
     ["imaging", "lab", "contrast"], "The same result inside the secure portal: ALLOW (README channel convention)."),
    ("an0102", "Reminder: your appointment with Dr. Ramaswamy is Wed 11/4 at 2:40 PM. If you had blood work ordered, please get it done at least 3 days before the visit so the results are ready.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ramaswamy", "PROVIDER"), ("11/4", "DATE")],
     ["lab", "primary-care"], "Provider, date and generic blood work."),
    ("an0103", "New result: Vitamin D, 25-OH: 14 ng/mL (L). Tap to view.",
     "BLOCK", "result", "push", "en",
     [("Vitamin D, 25-OH", "PROCEDURE"), ("14 ng/mL", "RESULT"), ("14 ng/mL ([[L]])", "RESULT")],
     ["lab"], "A value and a flag on a lock-screen push (treated like SMS)."),
    ("an0104", "New test result available. Tap to open the app and sign in.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["lab", "hard-negative"], "Push without a test name or value."),
    ("an0105", "Your echocardiogram at Brookside Heart & Vascular is tomorrow at 1:30 PM. Tap for directions and parking.",
     "REWRITE", "reminder", "push", "en",
     [("echocardiogram", "PROCEDURE"), ("Brookside Heart & Vascular", "SPECIALTY")],
     ["imaging", "cardiology"], "Cardiac imaging exam and the heart-and-vascular name go (decision 1)."),
    ("an0106", "Your PSA came back at 6.8, up from 4.1 last year. Dr. Lindqvist wants to order a prostate MRI - expect a call from Harborview Radiology this week.",
     "BLOCK", "result", "sms", "en",
     [("PSA", "PROCEDURE"), ("6.8", "RESULT"), ("4.1", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("prostate MRI", "PROCEDURE"), ("Harborview Radiology", "SPECIALTY")],
     ["lab", "imaging"], "Values and the next step: the result is the message."),
    ("an0107", "Running late? If you'll be more than 15 minutes late for your appointment, please call so we can hold your spot or rebook you.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'15 minutes' is a time, not a value."),
    ("an0108", "Appointment confirmed: Fri 1/22 at 10:10 AM with PA Whitfield at Northgate Family Medicine, 2250 Old Mill Rd, Suite 3, Kenton. Please bring a list of your current medications.",
     "ALLOW", "confirmation", "sms", "en",
     [("1/22", "DATE"), ("PA Whitfield", "PROVIDER"), ("2250 Old Mill Rd, Suite 3, Kenton", "ADDRESS")],
     ["primary-care", "practice-contact"], "Provider, date and the practice's own address; 'medications' is generic."),
)

# ---------------------------------------------------------------- batch 10 (an0109-an0120): nuclear medicine, follow-up results, billing partner, templates
add(
    ("an0109", "Survey results are in: 96% of you rated our draw staff 'excellent' last quarter. Thank you for the kind words!",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Survey results and a percentage, not a clinical value."),
    ("an0110", "We're positive you'll love our new self check-in kiosks. Skip the clipboard and be seated in under 2 minutes!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Positive' is not a result here."),
    ("an0111", "Hi Chidi, your hep C antibody was reactive. That doesn't mean you have an active infection; we need one more blood test (RNA) to know for sure. Please come in this week.",
     "BLOCK", "result", "sms", "en",
     [("Chidi", "NAME"), ("hep C antibody", "PROCEDURE"), ("reactive", "RESULT"), ("active infection", "CONDITION"), ("RNA", "PROCEDURE")],
     ["lab", "negation"], "A reactive screening result; the hedged 'doesn't mean' does not make it less of a result."),
    ("an0112", "Nuclear Medicine at Harborview: your thyroid uptake scan starts Mon 9/21 at 9 AM (you'll swallow a small capsule) and finishes Tue 9/22 at 9 AM. Avoid iodine-rich foods and seafood for 5 days before.",
     "REWRITE", "care-instructions", "sms", "en",
     [("Nuclear Medicine", "SPECIALTY"), ("thyroid uptake scan", "PROCEDURE"), ("9/21", "DATE"), ("9/22", "DATE")],
     ["imaging"], "Judgement: the capsule is given by staff as part of the exam and the diet rule applies to every patient (decision 4); service line and exam go."),
    ("an0113", "Hi Ingrid! Your bone density went from -2.1 to -1.8 at the hip since starting Prolia, so it's working. Keep up the calcium and vitamin D. Next DEXA in 2 yrs.",
     "BLOCK", "result", "sms", "en",
     [("Ingrid", "NAME"), ("bone density", "PROCEDURE"), ("-2.1", "RESULT"), ("-1.8", "RESULT"), ("Prolia", "MEDICATION"), ("calcium", "MEDICATION"),
      ("vitamin D", "MEDICATION"), ("DEXA", "PROCEDURE")],
     ["imaging"], "Values, a trend and a treatment: the result is the message."),
    ("an0114", "Message for the parents of Mateo Silva: Mateo's lead level came back at 8, which is higher than we like to see. Please call Dr. Nakamura's office at 555-0108 to go over next steps.",
     "BLOCK", "result", "voice", "en",
     [("Mateo Silva", "NAME"), ("Mateo", "NAME", 1), ("lead level", "PROCEDURE"), ("at [[8]],", "RESULT"), ("higher than we like to see", "RESULT"),
      ("Dr. Nakamura", "PROVIDER"), ("555-0108", "PHONE")],
     ["lab", "pediatrics", "minor", "third-party", "practice-contact"], "A child's result sent to the guardians: BLOCK (README third-party convention)."),
    ("an0115", "Reminder from Cascade Clinical Laboratories: your appointment is tomorrow at 6:45 AM at 915 Harmon Ave. Parking is free in the back lot. Call 555-0192 to change it.",
     "ALLOW", "reminder", "sms", "en",
     [("915 Harmon Ave", "ADDRESS"), ("555-0192", "PHONE")],
     ["lab", "practice-contact"], "The lab's own address and phone."),
    ("an0116", "Heads up: the lab entrance moved! Use the east doors by the pharmacy, then follow the green line on the floor to check-in.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Wayfinding; 'pharmacy' is a place in the building."),
    ("an0117", "Subject: Important: new billing partner for your lab statements\n\nDear patient,\n\nStarting July 1, statements for tests performed by Cascade Clinical Laboratories will be sent by our new billing partner, PayBridge. Your account number and balance will not change, and any payment plan you already have stays in place.\n\nWhat you'll notice:\n- Statements will show the PayBridge logo next to ours.\n- You can pay online at https://cascadelabs.example/pay, by phone at 555-0193, or by mail to Cascade Clinical Laboratories, PO Box 4410, Riverton.\n- Financial assistance applications are still handled by our own team.\n\nPlease be careful: we will never ask for your full card number or Social Security number by text or e-mail.\n\nThank you,\nPatient Financial Services\nCascade Clinical Laboratories",
     "ALLOW", "billing", "email", "en",
     [("July 1", "DATE"), ("https://cascadelabs.example/pay", "URL"), ("555-0193", "PHONE"), ("PO Box 4410, Riverton", "ADDRESS")],
     ["lab", "broadcast", "practice-contact"], "Billing-partner notice to everyone; the link, phone and PO box are the lab's own; an SSN is mentioned but none is given."),
    ("an0118", "RESULT ALERT: Your urine culture grew E. coli >100,000 CFU/mL. Nitrofurantoin 100 mg has been sent to your pharmacy: take 1 capsule twice daily for 5 days.",
     "BLOCK", "result", "sms", "en",
     [("urine culture", "PROCEDURE"), ("E. coli >100,000 CFU/mL", "RESULT"), ("Nitrofurantoin 100 mg", "MEDICATION")],
     ["lab"], "A positive culture and dosing: nothing survives removal."),
    ("an0119", "Hi, this is Marcus from Meridian Diagnostic Lab. Your order from Dr. Beaumont came in, so you can walk in any weekday from 7 to 3. No appointment needed.",
     "ALLOW", "other", "sms", "en",
     [("Marcus", "PROVIDER"), ("Dr. Beaumont", "PROVIDER")],
     ["lab"], "A named staff sender is workforce (README); the order is not named."),
    ("an0120", "Your appointment on {{appt_date}} at {{appt_time}} is confirmed at {{location_name}}. Bring your photo ID and insurance card. Reply C to confirm or call {{practice_phone}}.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Confirmation template with content-free placeholders only (README templates)."),
)

probe_lib.run(M, "an", "probe37.jsonl")
