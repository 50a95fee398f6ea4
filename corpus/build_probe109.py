#!/usr/bin/env python3
"""Build corpus/probe109.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe109.py [OUT] [-v]   (default: probe109.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the format only; the engine was not run and no
other corpus's messages, source code or tests were read).
This round is IMAGING CENTERS AND RADIOLOGY: what outpatient imaging centers, hospital radiology
departments and teleradiology services send — MRI, CT, ultrasound, X-ray, PET, DEXA, mammography,
fluoroscopy, interventional radiology and nuclear-medicine scheduling; contrast, sedation, fasting
and hydration prep; claustrophobia, pregnancy and metal-implant screening questions;
prior-authorization holds and denials; results-ready notices; incidental-finding and
dense-breast letters; image CDs, image-sharing links and portal access; estimates, statements and
claims — with hard negatives ("X-Ray Vision" comic sale, a CT (Connecticut) billing office, a
PET-friendly lobby, a clear picture of your benefits, scan the QR code, high-contrast design,
"resonancia" and "imagen clara" in Spanish, a positive ID, a black Lab puppy). About 15% Spanish;
four disguised messages (spaced letters, leet, zero-width, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Lung-RADS [[2]]" searches for "Lung-RADS 2"
      and labels only the bracketed part "2".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. The imaging modality and what qualifies it (body part, side, contrast, technique) are one
     PROCEDURE span (`MRI of the left knee`, `CT Abdomen/Pelvis with IV contrast`, `contrast CT`,
     `chest x-ray`, `PET/CT`, `20-week anatomy scan`). On bills a CPT code is PROCEDURE and an
     ICD-10 code is CONDITION (each code reveals what it stands for).
  2. Contrast agents, radiotracers and sedatives named on their own (`contrast`, `GADOLINIUM 15 ML`,
     `I-131 100 mCi`, `lorazepam 1 mg`) are MEDICATION; sedation ordered with the test
     (`MRI with sedation`) stays inside the PROCEDURE span. Implants asked about in MRI safety
     screening (pacemaker, cochlear implant, insulin pump, aneurysm clip) are PROCEDURE (devices).
  3. `radiology`, `imaging` (as the service: "your imaging"), `nuclear medicine`, `teleradiology`,
     `IR`, `anesthesia`, `ortho`, `cardiology` and the role words `radiologist`/`radiólogo`,
     `sonographer`, `urologist`, `ortopedista` are SPECIALTY; practice names with Imaging,
     Radiology, Radiológico, MRI, Scan, Nuclear Medicine or Breast/Mamaria are specialty-revealing,
     a hospital's or medical center's generic name is not. `images`, `films`, `CD`, `report`,
     `study`, `exam`, `technologist` and `order` alone are generic and unlabelled.
  4. Prep logistics that name the test (fasting, hydration, drinking the oral contrast, clothing,
     jewelry, arrival time, a driver) are REWRITE: removing the test leaves a usable reminder.
     Instructions to take, skip, stop or change a medication (premedication for a contrast
     allergy, holding metformin, an anticoagulant, insulin, methimazole, resuming levothyroxine)
     are dosing/treatment instructions: BLOCK.
  5. Safety-screening words asked hypothetically ("if you have a pacemaker", "if you might be
     pregnant", "if you're diabetic", "si tiene algún implante") are labelled with their category
     and tagged `negation`; by SMS/voice they make the message REWRITE (the request to complete
     screening survives), in the portal ALLOW. A condition or implant stated as the recipient's own
     ("because of your pacemaker", "you told us you're claustrophobic") is BLOCK.
  6. An imaging finding described by size, place or appearance is RESULT (`7 mm solid nodule in the
     right upper lobe`, `simple cyst`, `dense`, `clear`, `latido presente`, `CRITICAL` as a flag);
     a named disease or diagnosis is CONDITION (`appendicitis`, `aortic aneurysm`, `fractura en la
     muñeca`). A message saying what a study showed — even "normal", "clear" or "something small"
     — is BLOCK outside the portal.
  7. A results-ready notice that names the test or says radiology/imaging is REWRITE; "your
     results" / "your report is ready" with nothing named is ALLOW.
  8. A dependent's named non-routine imaging test (VCUG, MRI with sedation) sent to the guardian is
     BLOCK as third-party health: the README's REWRITE exception names only routine visit types.
     A dependent's visit with only a name and a specialty-revealing place stays REWRITE.
  9. A broadcast (holiday hours) signed with a specialty-revealing name is REWRITE: the name is
     labelled as everywhere else; broadcasts of imaging services that name no recipient and no
     specialty sender (walk-in X-rays, cash prices) are ALLOW without spans.
 10. Accession, prior-authorization, claim, quote, estimate and records-request numbers are
     OTHER_ID; image-share passcodes and verification codes are not labelled; a share or portal
     link with a token or patient parameter is a patient-specific URL (REWRITE).
 11. A video-visit link that names the provider's room (no patient token) is the practice's own URL.
 12. A recall for a recommended follow-up test with no finding stated is REWRITE, even though a
     follow-up implies an earlier finding.
 13. A patient addressed by first name plus "Don"/"Sra." keeps the title outside the span; staff
     named as sender (scheduler, sonographer, navigator) are PROVIDER.

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


# ---------------------------------------------------------------- batch 1 (dh0001-dh0012): scheduling, reminders, prep
add(
    ("dh0001", "Mercy General Hospital: Reminder - you have an appointment on Tue 3/10 at 7:45 AM. Please check in at Outpatient Registration, Building C, 30 min early. Questions: (614) 555-0142.",
     "ALLOW", "reminder", "sms", "en",
     [("3/10", "DATE"), ("(614) 555-0142", "PHONE")],
     ["imaging", "practice-contact"], "Generic hospital name, date, time and the hospital's own phone; nothing says what the appointment is."),
    ("dh0002", "Lakeshore Imaging: your MRI of the left knee is scheduled for Mon 6/8 at 2:30pm. Arrive 15 min early. Reply C to confirm or R to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("Lakeshore Imaging", "SPECIALTY"), ("MRI of the left knee", "PROCEDURE"), ("6/8", "DATE")],
     ["imaging"], "Imaging center name and the test go; date and time survive. Judgement (decision 1): modality plus body part and side is one PROCEDURE span."),
    ("dh0003", "hi tanya its Marco from Elm Ridge Radiology, ur CT is tmrw 9am. pls drink the 2 bottles of contrast starting at 8, 1 every 30 min. txt back if u cant make it",
     "REWRITE", "reminder", "sms", "en",
     [("tanya", "NAME"), ("Marco", "PROVIDER"), ("Elm Ridge Radiology", "SPECIALTY"), ("CT", "PROCEDURE"), ("contrast", "MEDICATION")],
     ["imaging", "shorthand", "typo"], "Staff shorthand. Judgement (decisions 2 and 4): oral contrast is MEDICATION, but drinking it on schedule is prep logistics, so removing name, practice, test and agent leaves a usable reminder."),
    ("dh0004", "Dear Patient,\n\nThank you for scheduling with St. Brendan's Medical Center. Your appointment is confirmed for Thursday, April 16 at 10:15 AM; please check in by 9:45 AM.\n\nLocation: Outpatient Pavilion, 2200 Harmon Avenue, Suite 140, Evanston, IL 60201. Free parking is available in Garage P2 - bring your ticket to the front desk for validation.\n\nWhat to bring: a photo ID, your insurance card, the order from your provider if you were given a paper copy, and a list of your current medications. Please leave valuables at home.\n\nNeed to cancel or reschedule? Call Central Scheduling at 312-555-0177 at least 24 hours ahead, or manage your visit at https://www.stbrendans.example/appointments.\n\nWe look forward to seeing you.\nCentral Scheduling\nSt. Brendan's Medical Center",
     "ALLOW", "confirmation", "email", "en",
     [("April 16", "DATE"), ("2200 Harmon Avenue, Suite 140, Evanston, IL 60201", "ADDRESS"), ("312-555-0177", "PHONE"), ("https://www.stbrendans.example/appointments", "URL")],
     ["imaging", "practice-contact"], "Long confirmation from a generic hospital name with its own address, phone and link; 'order' and 'current medications' are generic words."),
    ("dh0005", "Reminder from Foothill Imaging: because of your pacemaker, your MRI on 9/14 will be done at the main hospital with a cardiology nurse present. Please bring your device card.",
     "BLOCK", "reminder", "sms", "en",
     [("Foothill Imaging", "SPECIALTY"), ("pacemaker", "PROCEDURE"), ("MRI", "PROCEDURE"), ("9/14", "DATE"), ("cardiology", "SPECIALTY")],
     ["imaging", "cardiology"], "Judgement (decision 5): the implant is stated as the recipient's own and it is the reason for the whole message (place, staffing, device card); removing it leaves nothing coherent."),
    ("dh0006", "Hola Sr. Benítez, le recordamos su ultrasonido abdominal el jueves 14 de mayo a las 8:00 a. m. en Centro de Imagen Del Valle. Venga en ayunas de 8 horas. Para cambiar su cita llame al 915-555-0163.",
     "REWRITE", "reminder", "sms", "es",
     [("Benítez", "NAME"), ("ultrasonido abdominal", "PROCEDURE"), ("14 de mayo", "DATE"), ("Centro de Imagen Del Valle", "SPECIALTY"), ("915-555-0163", "PHONE")],
     ["imaging", "practice-contact"], "Name, test and imaging-center name go; fasting is prep logistics (decision 4), date, time and the center's phone survive."),
    ("dh0007", "Reminder: appointment tomorrow at 1:20 PM, Pavilion B, Level 2. Please wear comfortable clothing without metal zippers or snaps. Tap to check in.",
     "ALLOW", "reminder", "push", "en", [],
     ["imaging"], "Judgement: clothing advice hints at imaging but names no test, body part or condition; a generic reminder."),
    ("dh0008", "This is an automated call from Riverside Medical Center Radiology with a reminder for Gloria Mendez. Your CT scan of the chest is scheduled on March 3rd at 11 AM. Press 1 to confirm, press 2 to speak with a scheduler.",
     "REWRITE", "reminder", "voice", "en",
     [("Riverside Medical Center Radiology", "SPECIALTY"), ("Gloria Mendez", "NAME"), ("CT scan of the chest", "PROCEDURE"), ("March 3rd", "DATE")],
     ["imaging"], "Voice is treated like SMS (README). The department name ending in Radiology is specialty-revealing as a whole (decision 3)."),
    ("dh0009", "Dr. Okafor's office has sent your order to our scheduling team. We'll text you within 2 business days to book. Questions? (405) 555-0119",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("(405) 555-0119", "PHONE")],
     ["imaging", "practice-contact"], "Provider and practice phone only; 'order' alone is generic (decision 3)."),
    ("dh0010", "Subject: Your screening mammogram is due\n\nDear Ms. Albright,\n\nOur records show it has been a year since your last screening mammogram at Pinecrest Breast Center. Annual screening is recommended for most women over 40. Schedule online at https://pinecrestbreast.example/schedule or call 610-555-0134.\n\nPinecrest Breast Center",
     "REWRITE", "recall", "email", "en",
     [("screening mammogram", "PROCEDURE"), ("Albright", "NAME"), ("screening mammogram", "PROCEDURE", 1), ("Pinecrest Breast Center", "SPECIALTY"), ("https://pinecrestbreast.example/schedule", "URL"), ("610-555-0134", "PHONE"), ("Pinecrest Breast Center", "SPECIALTY", 1)],
     ["imaging", "practice-contact"], "Recall: name, test and breast-center name go; the practice's own link and phone stay."),
    ("dh0011", "Sunrise Diagnostic Imaging: Your ultrasound from 2/27 was normal - no gallstones seen. Dr. Ruiz will go over it at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Sunrise Diagnostic Imaging", "SPECIALTY"), ("ultrasound", "PROCEDURE"), ("2/27", "DATE"), ("normal", "RESULT"), ("no gallstones", "RESULT"), ("Dr. Ruiz", "PROVIDER")],
     ["imaging"], "A normal or negative result is still a result (README); the finding is the message."),
    ("dh0012", "Brookhaven Hospital Gift Shop: our X-Ray Vision comic sale is on! 30% off every back issue this weekend only. Show this text at the register.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "A comic-book title, not an imaging test; nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 2 (dh0013-dh0024): contrast, sedation, safety screening, nuclear medicine prep
add(
    ("dh0013", "Hi Mr. Castellanos, since you reported an iodine contrast allergy, take prednisone 50 mg 13, 7 and 1 hour before your CT on 10/2, plus diphenhydramine 50 mg 1 hour before. Do not drive yourself.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Castellanos", "NAME"), ("iodine contrast allergy", "CONDITION"), ("prednisone 50 mg", "MEDICATION"), ("CT", "PROCEDURE"), ("10/2", "DATE"), ("diphenhydramine 50 mg", "MEDICATION")],
     ["imaging"], "Premedication dosing schedule for the recipient's stated allergy (decision 4): the instructions are the message."),
    ("dh0014", "Harbor Point Imaging - nursing note: Please do not take your metformin for 48 hours after your contrast CT on Friday. Restart it only after your kidney function test comes back OK. Questions: 757-555-0126.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Harbor Point Imaging", "SPECIALTY"), ("metformin", "MEDICATION"), ("contrast CT", "PROCEDURE"), ("kidney function test", "PROCEDURE"), ("757-555-0126", "PHONE")],
     ["imaging", "practice-contact"], "Holding and restarting a named drug is a dosing instruction (decision 4); 'contrast CT' is one PROCEDURE span (decision 1)."),
    ("dh0015", "ClearScan: Your MRI brain w/ and w/o contrast is on 4/21 at 6:10 PM. Please finish your MRI safety form before you arrive: https://clearscan.example/forms/safety",
     "REWRITE", "reminder", "sms", "en",
     [("ClearScan", "SPECIALTY"), ("MRI brain w/ and w/o contrast", "PROCEDURE"), ("4/21", "DATE"), ("MRI", "PROCEDURE", 1), ("https://clearscan.example/forms/safety", "URL")],
     ["imaging", "practice-contact"], "Judgement (decision 3): a practice name built on 'Scan' is specialty-revealing; the generic safety-form link (no token) is the practice's own."),
    ("dh0016", "Before your appt Thursday, reply YES if any of these apply: pacemaker or defibrillator, cochlear implant, insulin pump, metal fragments in your eyes, or pregnancy. Reply NO if none. - OpenView MRI",
     "REWRITE", "other", "sms", "en",
     [("pacemaker", "PROCEDURE"), ("defibrillator", "PROCEDURE"), ("cochlear implant", "PROCEDURE"), ("insulin pump", "PROCEDURE"), ("metal fragments in your eyes", "CONDITION"), ("pregnancy", "CONDITION"), ("OpenView MRI", "SPECIALTY")],
     ["imaging", "negation", "contrast"], "Judgement (decisions 2 and 5): hypothetical screening words are labelled; by SMS the request to complete screening survives their removal (send the checklist to the portal)."),
    ("dh0017", "MRI Safety Screening\n\nPlease review before your visit on 4/23. Tell us if you have a pacemaker or ICD, a neurostimulator, an aneurysm clip, a cochlear implant, metal fragments in the eyes, or if you are or might be pregnant. Our technologist will go over your answers with you before the scan.",
     "ALLOW", "other", "portal", "en",
     [("MRI", "PROCEDURE"), ("4/23", "DATE"), ("pacemaker", "PROCEDURE"), ("ICD", "PROCEDURE"), ("neurostimulator", "PROCEDURE"), ("aneurysm clip", "PROCEDURE"), ("cochlear implant", "PROCEDURE"), ("metal fragments in the eyes", "CONDITION"), ("pregnant", "CONDITION")],
     ["imaging", "negation", "contrast"], "The same screening inside the secure portal: clinical words may stay (README, channel portal)."),
    ("dh0018", "Little Harbor Children's Imaging: Mateo's MRI with sedation is Tues 8/11 at 7am. Mateo may have no solid food after midnight and clear liquids only until 5am. Anesthesia will call you the day before.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Little Harbor Children's Imaging", "SPECIALTY"), ("Mateo", "NAME"), ("MRI with sedation", "PROCEDURE"), ("8/11", "DATE"), ("Mateo", "NAME", 1), ("Anesthesia", "SPECIALTY")],
     ["imaging", "pediatrics", "minor", "third-party"], "Judgement (decision 8): a child's non-routine test under sedation sent to the guardian is the dependent's health, not a routine visit type; the README's REWRITE exception does not reach it."),
    ("dh0019", "Reminder: your PET/CT is tomorrow at 8:30a. No food for 6 hrs before, no hard exercise for 24 hrs, water is fine. If you're diabetic, call us today for special instructions. Summit Nuclear Medicine 303-555-0188",
     "REWRITE", "reminder", "sms", "en",
     [("PET/CT", "PROCEDURE"), ("diabetic", "CONDITION"), ("Summit Nuclear Medicine", "SPECIALTY"), ("303-555-0188", "PHONE")],
     ["imaging", "negation", "practice-contact"], "Fasting is prep logistics (decision 4); 'if you're diabetic' is hypothetical, labelled and removed (decision 5)."),
    ("dh0020", "Sra. Quintero: como usted es diabética, el día de su PET/CT no se aplique la insulina de la mañana y traiga su glucómetro. Centro Radiológico San Lucas, 915-555-0158.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Quintero", "NAME"), ("diabética", "CONDITION"), ("PET/CT", "PROCEDURE"), ("insulina", "MEDICATION"), ("glucómetro", "PROCEDURE"), ("Centro Radiológico San Lucas", "SPECIALTY"), ("915-555-0158", "PHONE")],
     ["imaging", "practice-contact"], "States the recipient's diabetes and tells her to skip an insulin dose (decision 4): dosing instruction. Glucometer is a device (PROCEDURE)."),
    ("dh0021", "We've redesigned the patient portal! New features include a high-contrast mode, larger buttons and faster sign-in. Log in anytime at the same address you use today.\n\n- Patient Experience Team, Grandview Health",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative"], "'Contrast' is a display setting here, not a contrast agent."),
    ("dh0022", "Hi Deborah, since you told us you're claustrophobic, Dr. Lee prescribed lorazepam 1 mg to take 30 min before your MRI on Saturday. You will need someone to drive you home.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Deborah", "NAME"), ("claustrophobic", "CONDITION"), ("Dr. Lee", "PROVIDER"), ("lorazepam 1 mg", "MEDICATION"), ("MRI", "PROCEDURE")],
     ["imaging", "behavioral-health"], "Condition stated as the recipient's own plus a dosing instruction (decisions 2, 4, 5)."),
    ("dh0023", "Skip the line! Scan the QR code on the kiosk screen to check in, and have your photo ID and insurance card ready.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Scan' a QR code, not an imaging scan."),
    ("dh0024", "Hello, this is Pam from the nuclear medicine department at Westlake Hospital calling for Raymond Ochoa about your thyroid uptake scan. Because you're being treated for hyperthyroidism, please stop your methimazole five days before the scan. Call us back at 480-555-0139. Thank you.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Pam", "PROVIDER"), ("nuclear medicine", "SPECIALTY"), ("Raymond Ochoa", "NAME"), ("thyroid uptake scan", "PROCEDURE"), ("hyperthyroidism", "CONDITION"), ("methimazole", "MEDICATION"), ("480-555-0139", "PHONE")],
     ["imaging", "practice-contact"], "Voicemail (treated like SMS) with a diagnosis and an instruction to stop a drug."),
)

# ---------------------------------------------------------------- batch 3 (dh0025-dh0036): prior authorization, estimates, statements, claims
add(
    ("dh0025", "Granite Peak Radiology: your CT sinus scheduled for 7/9 is on hold while we wait for prior authorization from your insurance. We'll text you as soon as it's approved. Ref PA-5521093.",
     "REWRITE", "other", "sms", "en",
     [("Granite Peak Radiology", "SPECIALTY"), ("CT sinus", "PROCEDURE"), ("7/9", "DATE"), ("PA-5521093", "OTHER_ID")],
     ["imaging", "identifier"], "Prior-auth hold: the hold and the date survive without the practice name, test and reference (decision 10: authorization numbers are OTHER_ID)."),
    ("dh0026", "Good news - your insurance approved the authorization for your upcoming appointment. No action needed. We'll see you on 7/14 at 3:00 PM.",
     "ALLOW", "other", "sms", "en",
     [("7/14", "DATE")],
     ["imaging"], "Approval with date and time only; no test, no number."),
    ("dh0027", "Dear Mr. Whitfield,\n\nWe're writing to let you know that your health plan (member ID XHP884120337) has denied prior authorization for the MRI lumbar spine ordered by Dr. Sandoval for low back pain. The plan states that at least 6 weeks of physical therapy must be tried first.\n\nYou have the right to appeal. Dr. Sandoval's office has been notified and can submit an appeal with your therapy notes, or you may call your plan at the number on your card. Your appointment on 5/28 has been released; we'll be happy to rebook once coverage is in place.\n\nPatient Access Team\nValleyview Imaging | 208-555-0193",
     "BLOCK", "other", "email", "en",
     [("Whitfield", "NAME"), ("XHP884120337", "HEALTH_PLAN_ID"), ("MRI lumbar spine", "PROCEDURE"), ("Dr. Sandoval", "PROVIDER"), ("low back pain", "CONDITION"), ("physical therapy", "PROCEDURE"), ("Dr. Sandoval", "PROVIDER", 1), ("5/28", "DATE"), ("Valleyview Imaging", "SPECIALTY"), ("208-555-0193", "PHONE")],
     ["imaging", "identifier", "practice-contact"], "A denial that states the diagnosis and the required treatment; the clinical reasoning is the message (portal instead)."),
    ("dh0028", "Bayview MRI & CT: your estimated patient responsibility for your upcoming MRI is $412.60 (deductible applies). Pay ahead and save 10%: https://bayviewmri.example/pay?est=E-220817",
     "REWRITE", "billing", "sms", "en",
     [("Bayview MRI & CT", "SPECIALTY"), ("MRI", "PROCEDURE", 1), ("https://bayviewmri.example/pay?est=E-220817", "URL")],
     ["imaging"], "Estimate: the amount survives; the center name, the test and a pay link carrying an estimate parameter (patient-specific, decision 10) go."),
    ("dh0029", "Your statement is ready. Balance due: $63.18. Pay online at https://pay.mercygeneral.example or call 614-555-0160 Mon-Fri 8-4:30.",
     "ALLOW", "billing", "sms", "en",
     [("https://pay.mercygeneral.example", "URL"), ("614-555-0160", "PHONE")],
     ["general", "practice-contact"], "Statement notice with the hospital's own pay link and phone."),
    ("dh0030", "Granite Peak Radiology - Itemized Statement\nAccount 8830-21745\n05/02 CPT 70553 MRI BRAIN W/WO CONTRAST $2,140.00\n05/02 GADOLINIUM 15 ML $96.00\nInsurance paid -$1,610.00\nYour balance: $626.00\nQuestions: billing@granitepeakrad.example",
     "REWRITE", "billing", "email", "en",
     [("Granite Peak Radiology", "SPECIALTY"), ("8830-21745", "ACCOUNT"), ("05/02", "DATE"), ("70553", "PROCEDURE"), ("MRI BRAIN W/WO CONTRAST", "PROCEDURE"), ("05/02", "DATE", 1), ("GADOLINIUM 15 ML", "MEDICATION"), ("billing@granitepeakrad.example", "EMAIL")],
     ["imaging", "identifier", "practice-contact"], "Judgement (decisions 1 and 2): the CPT code is PROCEDURE, the contrast agent with its amount MEDICATION. With no diagnosis on it, the bill survives as amounts and dates once the lines are made generic."),
    ("dh0031", "Claim CLM-7730418 for your 3/19 CT chest was denied: diagnosis R91.1 (solitary pulmonary nodule) is not covered under your screening benefit. Call 503-555-0147 with questions.",
     "BLOCK", "billing", "sms", "en",
     [("CLM-7730418", "OTHER_ID"), ("3/19", "DATE"), ("CT chest", "PROCEDURE"), ("R91.1", "CONDITION"), ("solitary pulmonary nodule", "CONDITION"), ("503-555-0147", "PHONE")],
     ["imaging", "identifier", "practice-contact"], "A billing text that states the diagnosis (code and words; decision 1: ICD-10 code is CONDITION)."),
    ("dh0032", "Open enrollment is here! Join our free 20-minute webinar Thursday at noon for a clear picture of your benefits, deductibles and out-of-pocket costs. Reply INFO for the link.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "'A clear picture' of benefits, not an imaging result."),
    ("dh0033", "Radiología Integral del Norte: su saldo de $85.00 por la mamografía del 12 de marzo está pendiente. Cuenta 55-20931. Pague al 656-555-0145 o en pagos.rin.example",
     "REWRITE", "billing", "sms", "es",
     [("Radiología Integral del Norte", "SPECIALTY"), ("mamografía", "PROCEDURE"), ("12 de marzo", "DATE"), ("55-20931", "ACCOUNT"), ("656-555-0145", "PHONE"), ("pagos.rin.example", "URL")],
     ["imaging", "identifier", "practice-contact"], "Balance and due notice survive; the center name, the test and the account number go."),
    ("dh0034", "Hello, this is the billing office at St. Brendan's Medical Center returning your call about your statement. Please call us back at 312-555-0177, option 2, between 8 and 5. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("312-555-0177", "PHONE")],
     ["general", "practice-contact"], "Call-back with the hospital's own number; nothing about the visit."),
    ("dh0035", "Your self-pay quote for the abdominal ultrasound is $225 if paid at the time of service. Quote #Q-40917, valid 30 days.",
     "REWRITE", "billing", "sms", "en",
     [("abdominal ultrasound", "PROCEDURE"), ("Q-40917", "OTHER_ID")],
     ["imaging", "identifier"], "Price survives; the test and the quote number go (decision 10)."),
    ("dh0036", "This month only: cash-price MRI $399 and CT $249 at all our locations. Most exams need only an order from your provider. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["imaging", "broadcast", "hard-negative"], "Judgement (decision 9): a price broadcast sent to everyone names services, not the recipient's test; no span, like 'flu shots available'."),
)

# ---------------------------------------------------------------- batch 4 (dh0037-dh0048): results-ready notices, results, portal
add(
    ("dh0037", "Your test results are available in the patient portal. Log in at https://myhealth.mercygeneral.example to view them. Please do not reply to this text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://myhealth.mercygeneral.example", "URL")],
     ["imaging", "practice-contact"], "'Test results' with no test named and the hospital's own portal link (decision 7)."),
    ("dh0038", "Your MRI results are in - check the portal.",
     "REWRITE", "portal-notice", "sms", "en",
     [("MRI", "PROCEDURE")],
     ["imaging"], "Results-ready notice naming the test: the test goes, the notice survives (decision 7)."),
    ("dh0039", "Subject: New document in your portal - Radiology report\n\nHello Mr. Pruitt,\n\nA new radiology report from your exam on 1/22 has been added to your health record. To view it, sign in at https://portal.lakeviewhealth.example. If you have questions about the report, please contact the provider who ordered the exam.\n\nThis mailbox is not monitored.",
     "REWRITE", "portal-notice", "email", "en",
     [("Radiology", "SPECIALTY"), ("Pruitt", "NAME"), ("radiology", "SPECIALTY"), ("1/22", "DATE"), ("https://portal.lakeviewhealth.example", "URL")],
     ["imaging", "practice-contact"], "Judgement (decisions 3 and 7): 'radiology report' reveals the service; name goes, date and the practice's portal link stay."),
    ("dh0040", "Dr. Feld's office: good news, your chest x-ray is clear - no pneumonia. Finish the antibiotic and call us if the fever comes back.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("chest x-ray", "PROCEDURE"), ("clear", "RESULT"), ("no pneumonia", "RESULT"), ("antibiotic", "MEDICATION"), ("fever", "CONDITION")],
     ["imaging", "primary-care"], "A negative result plus treatment instructions (README: normal or negative results are results)."),
    ("dh0041", "Result: CT Abdomen/Pelvis with IV contrast\nImpression:\n1. Uncomplicated acute appendicitis.\n2. No abscess or free air.\nDr. Hanley has been notified and the surgical team will contact you shortly.",
     "ALLOW", "result", "portal", "en",
     [("CT Abdomen/Pelvis with IV contrast", "PROCEDURE"), ("Uncomplicated acute appendicitis", "CONDITION"), ("No abscess or free air", "RESULT"), ("Dr. Hanley", "PROVIDER")],
     ["imaging", "contrast"], "Inside the secure portal results and diagnoses may stay (README, channel portal)."),
    ("dh0042", "Hi Jordan, your CT from this morning shows appendicitis. Dr. Hanley has been notified and the surgical team will call you shortly - please don't eat or drink anything until they do.",
     "BLOCK", "result", "email", "en",
     [("Jordan", "NAME"), ("CT", "PROCEDURE"), ("appendicitis", "CONDITION"), ("Dr. Hanley", "PROVIDER")],
     ["imaging", "contrast"], "The same finding by e-mail (treated like SMS): a diagnosis is the message."),
    ("dh0043", "New result: Ultrasound Pelvis Transvaginal is ready to view. Tap to open.",
     "REWRITE", "portal-notice", "push", "en",
     [("Ultrasound Pelvis Transvaginal", "PROCEDURE")],
     ["imaging", "reproductive"], "Push notification names the exam as the result title; the notice survives without it (decision 7)."),
    ("dh0044", "Your report is ready. Sign in to view it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["imaging"], "Nothing named: 'report' alone is generic (decisions 3 and 7)."),
    ("dh0045", "Sr. Domínguez, su radiografía de tórax salió normal. No necesita otra cita por ahora. Saludos, Dra. Ibarra",
     "BLOCK", "result", "sms", "es",
     [("Domínguez", "NAME"), ("radiografía de tórax", "PROCEDURE"), ("normal", "RESULT"), ("Dra. Ibarra", "PROVIDER")],
     ["imaging", "primary-care"], "A normal result is still a result (README)."),
    ("dh0046", "Radiología Integral del Norte: los resultados de su tomografía ya están listos en el portal. Ingrese a portal.rin.example con su usuario y contraseña.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Radiología Integral del Norte", "SPECIALTY"), ("tomografía", "PROCEDURE"), ("portal.rin.example", "URL")],
     ["imaging", "practice-contact"], "Results-ready notice naming the test and the center (decision 7)."),
    ("dh0047", "update from the lab: your b i o p s y came back b e n i g n, no further treatment needed. - Dr. Vance, IR",
     "BLOCK", "result", "sms", "en",
     [("b i o p s y", "PROCEDURE"), ("b e n i g n", "RESULT"), ("Dr. Vance", "PROVIDER"), ("IR", "SPECIALTY")],
     ["imaging", "spaced"], "Disguised result (spaced letters). 'IR' after the name is a credential naming interventional radiology: a separate SPECIALTY span (README, decision 3)."),
    ("dh0048", "Your study from 2/9 was read overnight by a board-certified radiologist at SkyRead Teleradiology. Findings: no acute intracranial abnormality. Your emergency physician has the full report.",
     "ALLOW", "result", "portal", "en",
     [("2/9", "DATE"), ("radiologist", "SPECIALTY"), ("SkyRead Teleradiology", "SPECIALTY"), ("no acute intracranial abnormality", "RESULT")],
     ["imaging"], "Teleradiology read posted in the portal: findings may stay."),
)

# ---------------------------------------------------------------- batch 5 (dh0049-dh0060): incidental findings, follow-up letters, urgent findings
add(
    ("dh0049", "Dear Ms. Harrington,\n\nThis letter is sent to every patient whose imaging shows a finding that needs follow-up. On your CT angiogram of the chest performed on September 8 at Granite Peak Radiology, the radiologist noted an incidental 7 mm solid nodule in the right upper lobe. Most nodules of this size are not cancer, but national guidelines recommend a follow-up CT chest in 6 to 12 months.\n\nWe have also sent this recommendation to your ordering provider. Please contact their office to discuss it, or call us at 719-555-0184 to schedule.\n\nSincerely,\nQuality & Patient Safety\nGranite Peak Radiology",
     "BLOCK", "result", "email", "en",
     [("Harrington", "NAME"), ("imaging", "SPECIALTY"), ("CT angiogram of the chest", "PROCEDURE"), ("September 8", "DATE"), ("Granite Peak Radiology", "SPECIALTY"), ("radiologist", "SPECIALTY"), ("7 mm solid nodule in the right upper lobe", "RESULT"), ("nodules", "RESULT"), ("cancer", "CONDITION"), ("CT chest", "PROCEDURE"), ("Granite Peak Radiology", "SPECIALTY", 1), ("719-555-0184", "PHONE")],
     ["imaging", "negation", "practice-contact"], "Incidental-finding letter by e-mail: the finding is the message (decision 6). The educational 'nodules ... not cancer' sentence is negated/general but still labelled, as in dh0051."),
    ("dh0050", "Hi Rick, radiology flagged something small on your kidney ultrasound, most likely a simple cyst. Nothing urgent, but Dr. Amari would like a repeat scan in 6 months.",
     "BLOCK", "result", "sms", "en",
     [("Rick", "NAME"), ("radiology", "SPECIALTY"), ("kidney ultrasound", "PROCEDURE"), ("simple cyst", "RESULT"), ("Dr. Amari", "PROVIDER")],
     ["imaging"], "A finding in soft words is still a finding (decision 6)."),
    ("dh0051", "Dear Ms. Okonjo,\n\nYour recent mammogram at Willow Creek Women's Imaging showed no signs of cancer. Your mammogram also shows that your breast tissue is dense. Dense breast tissue is common and is not abnormal, but it can make it harder to find cancer on a mammogram and may be associated with a higher risk of breast cancer.\n\nThis information is provided to raise your awareness. Depending on your history, you might benefit from additional screening such as a breast MRI or a whole-breast ultrasound. Please talk with your health care provider about whether more tests are right for you.\n\nA report of your results was sent to your provider.\n\nWillow Creek Women's Imaging\n(919) 555-0152",
     "BLOCK", "result", "email", "en",
     [("Okonjo", "NAME"), ("mammogram", "PROCEDURE"), ("Willow Creek Women's Imaging", "SPECIALTY"), ("no signs of cancer", "RESULT"), ("mammogram", "PROCEDURE", 1), ("dense", "RESULT"), ("Dense breast tissue", "CONDITION"), ("cancer", "CONDITION", 1), ("mammogram", "PROCEDURE", 2), ("breast cancer", "CONDITION"), ("breast MRI", "PROCEDURE"), ("whole-breast ultrasound", "PROCEDURE"), ("Willow Creek Women's Imaging", "SPECIALTY", 1), ("(919) 555-0152", "PHONE")],
     ["imaging", "oncology", "negation", "practice-contact"], "Legally required dense-breast letter: the recipient's density and a negative screen are results (decision 6). Judgement: the educational mentions (dense tissue, cancer, mammogram) are labelled too, since they sit in a letter about the recipient."),
    ("dh0052", "Follow-up recommendation\n\nYour CT on 6/14 showed a 1.2 cm thyroid nodule. The radiologist recommends a thyroid ultrasound. We've placed the order - you can schedule it here in the portal or by calling 719-555-0184.",
     "ALLOW", "result", "portal", "en",
     [("CT", "PROCEDURE"), ("6/14", "DATE"), ("1.2 cm thyroid nodule", "RESULT"), ("radiologist", "SPECIALTY"), ("thyroid ultrasound", "PROCEDURE"), ("719-555-0184", "PHONE")],
     ["imaging", "practice-contact"], "Incidental-finding recommendation inside the portal: allowed."),
    ("dh0053", "ur CT showed a sm4ll m4ss on the l1ver, pls call Dr. Osei's office 2day so we can set up an MRI. dont worry it may be nothing",
     "BLOCK", "result", "sms", "en",
     [("CT", "PROCEDURE"), ("sm4ll m4ss on the l1ver", "RESULT"), ("Dr. Osei", "PROVIDER"), ("MRI", "PROCEDURE")],
     ["imaging", "leet", "shorthand"], "Disguised finding (in-word leet digits) in SMS shorthand."),
    ("dh0054", "This message is for Walter Brandt. This is Kim, a nurse navigator at Eastgate Hospital. The radiologist reviewing your scan noticed an aortic aneurysm measuring 4.1 centimeters. It is not an emergency, but Dr. Patel would like to see you this week. Please call 402-555-0117.",
     "BLOCK", "result", "voice", "en",
     [("Walter Brandt", "NAME"), ("Kim", "PROVIDER"), ("radiologist", "SPECIALTY"), ("aortic aneurysm", "CONDITION"), ("4.1 centimeters", "RESULT"), ("Dr. Patel", "PROVIDER"), ("402-555-0117", "PHONE")],
     ["imaging", "cardiology", "practice-contact"], "Voicemail (treated like SMS) with a diagnosis and its size (decision 6)."),
    ("dh0055", "Granite Peak Radiology: it's time to schedule the 6-month follow-up CT chest your radiologist recommended. Call 719-555-0184 or book online.",
     "REWRITE", "recall", "sms", "en",
     [("Granite Peak Radiology", "SPECIALTY"), ("CT chest", "PROCEDURE"), ("radiologist", "SPECIALTY"), ("719-555-0184", "PHONE")],
     ["imaging", "practice-contact"], "Judgement (decision 12): a recall naming the recommended test but no finding; the recall survives without the test, center name and role."),
    ("dh0056", "Estimada Sra. Paredes:\n\nLe escribimos porque en su tomografía de abdomen del 3 de febrero el radiólogo encontró, de manera incidental, un nódulo de 2 cm en la glándula suprarrenal izquierda. La mayoría de estos hallazgos no son graves, pero las guías recomiendan completar el estudio con una resonancia magnética y análisis de sangre.\n\nYa enviamos esta información a su médico de cabecera. Si desea programar la resonancia con nosotros, llámenos al 656-555-0145 de lunes a viernes de 8 a 6.\n\nAtentamente,\nDepartamento de Calidad\nRadiología Integral del Norte",
     "BLOCK", "result", "email", "es",
     [("Paredes", "NAME"), ("tomografía de abdomen", "PROCEDURE"), ("3 de febrero", "DATE"), ("radiólogo", "SPECIALTY"), ("nódulo de 2 cm en la glándula suprarrenal izquierda", "RESULT"), ("resonancia magnética", "PROCEDURE"), ("resonancia", "PROCEDURE", 1), ("656-555-0145", "PHONE"), ("Radiología Integral del Norte", "SPECIALTY")],
     ["imaging", "practice-contact"], "Spanish incidental-finding letter: the finding is the message; 'análisis de sangre' is generic (README)."),
    ("dh0057", "Hi Linda, this is Joanne at Cedar Valley Radiology. Your husband Frank's CT from yesterday shows a kidney stone; his urologist has the report and will call him.",
     "BLOCK", "result", "sms", "en",
     [("Linda", "NAME"), ("Joanne", "PROVIDER"), ("Cedar Valley Radiology", "SPECIALTY"), ("Frank", "NAME"), ("CT", "PROCEDURE"), ("kidney stone", "CONDITION"), ("urologist", "SPECIALTY")],
     ["imaging", "third-party"], "A third party's finding (README: anything about a third party's health)."),
    ("dh0058", "We haven't received your results yet. We'll text you as soon as your report is final - usually within 2 business days.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["imaging"], "README: 'no results yet' with no test named is ALLOW."),
    ("dh0059", "Your C\u200bT scan shows a small pulmonary em\u200bbolism. Go to the nearest ER now. - Dr. Baptiste",
     "BLOCK", "result", "sms", "en",
     [("C\u200bT scan", "PROCEDURE"), ("pulmonary em\u200bbolism", "CONDITION"), ("Dr. Baptiste", "PROVIDER")],
     ["imaging", "urgent-care"], "Urgent diagnosis disguised with zero-width spaces; must be a phone call, not a text."),
    ("dh0060", "Your heart scan (coronary calcium score) is booked for 2/18 at 4:40 pm at Lakeside Heart & Vascular Imaging. No caffeine for 4 hours before. Wear a top without metal.",
     "REWRITE", "reminder", "email", "en",
     [("heart scan", "PROCEDURE"), ("coronary calcium score", "PROCEDURE"), ("2/18", "DATE"), ("Lakeside Heart & Vascular Imaging", "SPECIALTY")],
     ["imaging", "cardiology"], "Booking with prep logistics (decision 4): test names and the cardiac imaging name go."),
)

# ---------------------------------------------------------------- batch 6 (dh0061-dh0072): image CDs, sharing links, teleradiology, look-alikes
add(
    ("dh0061", "Your records request is ready. Please pick up your CD of images at the Medical Records window, 1st floor, Mon-Fri 8-4. Bring a photo ID.",
     "ALLOW", "other", "sms", "en", [],
     ["imaging"], "Judgement (decision 3): 'CD of images' names no test, body part or specialty."),
    ("dh0062", "Ivan, the CD with your lumbar MRI and the radiologist's report is ready for pickup at the Eastside Open MRI front desk. Request #R-66120.",
     "REWRITE", "other", "sms", "en",
     [("Ivan", "NAME"), ("lumbar MRI", "PROCEDURE"), ("radiologist", "SPECIALTY"), ("Eastside Open MRI", "SPECIALTY"), ("R-66120", "OTHER_ID")],
     ["imaging", "identifier"], "Pickup notice survives without the name, test, role, center name and request number (decision 10)."),
    ("dh0063", "Your images are ready to share with another doctor. Open https://images.pacslink.example/share?token=8fK2mQ91xZ&study=1.2.840.113619.2.55.3 - the link expires in 14 days. Passcode: 4417.",
     "REWRITE", "portal-notice", "email", "en",
     [("https://images.pacslink.example/share?token=8fK2mQ91xZ&study=1.2.840.113619.2.55.3", "URL")],
     ["imaging", "otp"], "A share link carrying a token and a study UID is patient-specific (README); the passcode is not labelled (decision 10)."),
    ("dh0064", "Your image-sharing verification code is 582913. It expires in 10 minutes. Never share this code with anyone.",
     "ALLOW", "other", "sms", "en", [],
     ["imaging", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
    ("dh0065", "The outside films you brought from St. Luke's have been uploaded. Accession ACC-20250931-77 is now linked to your chart, MRN 000884217.",
     "REWRITE", "other", "sms", "en",
     [("ACC-20250931-77", "OTHER_ID"), ("000884217", "MRN")],
     ["imaging", "identifier"], "Accession number (OTHER_ID, README) and MRN are not needed; 'films' alone is generic (decision 3)."),
    ("dh0066", "Good news for animal lovers: our north campus now has a PET-friendly lobby! Leashed, vaccinated dogs are welcome in the waiting area.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "'PET' means pets here, not a PET scan."),
    ("dh0067", "Payments by check can now be mailed to our CT billing office. The new address is printed on the back of your statement.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'CT' is the state (Connecticut); a whole state is allowed under Safe Harbor."),
    ("dh0068", "Escanee el código QR en la recepción para registrarse sin hacer fila. ¡Gracias por su paciencia!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'Escanee' a QR code, not an imaging scan."),
    ("dh0069", "Nuestra colecta de juguetes tuvo gran resonancia: ¡juntamos más de 400 regalos! Gracias a todas las familias que participaron.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Resonancia' in the sense of impact, not 'resonancia magnética'."),
    ("dh0070", "SkyRead Teleradiology has completed the reading of your exam from 12/28 for Harbor Urgent Care. Your provider there will contact you with the results.",
     "REWRITE", "other", "sms", "en",
     [("SkyRead Teleradiology", "SPECIALTY"), ("12/28", "DATE"), ("Harbor Urgent Care", "SPECIALTY")],
     ["imaging", "urgent-care"], "Teleradiology and urgent-care names are specialty-revealing (DESIGN lists urgent care); the notice survives without them."),
    ("dh0071", "Mr. Anderson, your DEXA T-score is -2.6 at the hip. Dr. Moreau will call you about starting alendronate.",
     "BLOCK", "result", "sms", "en",
     [("Anderson", "NAME"), ("DEXA", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-2.6", "RESULT"), ("Dr. Moreau", "PROVIDER"), ("alendronate", "MEDICATION")],
     ["imaging", "orthopedics"], "A value with its measure (README: scale is PROCEDURE, value RESULT) and a planned drug."),
    ("dh0072", "Family Movie Night: join us for a free outdoor screening in the courtyard this Friday at dusk. Bring a blanket and a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A film 'screening', not a screening test."),
)

# ---------------------------------------------------------------- batch 7 (dh0073-dh0084): obstetric, pediatric, nuclear medicine, IR, Spanish
add(
    ("dh0073", "Hi Kayla! Your 20-week anatomy scan is Wed 5/6 at 10:40 with our sonographer Bree. Partners are welcome (max 2 guests). - Bloom Prenatal Imaging",
     "REWRITE", "reminder", "sms", "en",
     [("Kayla", "NAME"), ("20-week anatomy scan", "PROCEDURE"), ("5/6", "DATE"), ("sonographer", "SPECIALTY"), ("Bree", "PROVIDER"), ("Bloom Prenatal Imaging", "SPECIALTY")],
     ["imaging", "reproductive"], "Judgement (decisions 1, 3, 13): the gestational age is part of the test's name; 'sonographer' names the service (SPECIALTY) and the staff member's name is PROVIDER."),
    ("dh0074", "Hola Daniela, en su ultrasonido de hoy se ve un embarazo de 8 semanas con latido presente. ¡Felicidades! La Dra. Salinas la verá el 2 de junio.",
     "BLOCK", "result", "sms", "es",
     [("Daniela", "NAME"), ("ultrasonido", "PROCEDURE"), ("embarazo de 8 semanas", "CONDITION"), ("latido presente", "RESULT"), ("Dra. Salinas", "PROVIDER"), ("2 de junio", "DATE")],
     ["imaging", "reproductive"], "A pregnancy and its finding are the message, even good news (decision 6)."),
    ("dh0075", "Little Harbor Children's Imaging: please bring Aiden's favorite blanket or stuffed animal to his VCUG on Monday at 9am. A Child Life specialist will be with him the whole time.",
     "BLOCK", "reminder", "sms", "en",
     [("Little Harbor Children's Imaging", "SPECIALTY"), ("Aiden", "NAME"), ("VCUG", "PROCEDURE")],
     ["imaging", "pediatrics", "minor", "third-party"], "Judgement (decision 8): a child's non-routine urinary imaging test sent to the parent is the dependent's health; not a routine visit type."),
    ("dh0076", "Summit Nuclear Medicine - after your radioactive iodine treatment (I-131 100 mCi) on 3/4: sleep alone and keep 6 feet from others for 6 nights, flush twice, and restart levothyroxine 125 mcg on 3/7.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Summit Nuclear Medicine", "SPECIALTY"), ("radioactive iodine treatment", "PROCEDURE"), ("I-131 100 mCi", "MEDICATION"), ("3/4", "DATE"), ("levothyroxine 125 mcg", "MEDICATION"), ("3/7", "DATE")],
     ["imaging", "oncology"], "Treatment aftercare with a radiopharmaceutical dose and a drug to restart (decisions 2 and 4)."),
    ("dh0077", "Hi, this is Carla from Central Scheduling at Eastgate Hospital calling to confirm your appointment on Friday, October 9th at 8:15 in the morning. Press 1 to confirm or 2 to reschedule.",
     "ALLOW", "confirmation", "voice", "en",
     [("Carla", "PROVIDER"), ("October 9th", "DATE")],
     ["imaging"], "Scheduler named as sender (PROVIDER, README), generic hospital, date and time."),
    ("dh0078", "Subject: Instructions for your procedure on 3/16\n\nDear Mr. Kowalski,\n\nYour ultrasound-guided thyroid biopsy with Northside Vascular & Interventional Radiology is scheduled for Monday, 3/16 at 1:00 PM. Please arrive at 12:15 PM at Suite 210 on the 2nd floor.\n\n- You may eat a light breakfast and take your usual morning medications.\n- If you take a blood thinner such as warfarin, Eliquis or clopidogrel, call us by 3/11 so we can review it with your doctor.\n- Wear a shirt that opens easily at the neck. A driver is not required.\n\nThe procedure takes about 30 minutes. To reschedule, call 216-555-0128.\n\nNorthside Vascular & Interventional Radiology",
     "REWRITE", "reminder", "email", "en",
     [("3/16", "DATE"), ("Kowalski", "NAME"), ("ultrasound-guided thyroid biopsy", "PROCEDURE"), ("Northside Vascular & Interventional Radiology", "SPECIALTY"), ("3/16", "DATE", 1), ("blood thinner", "MEDICATION"), ("warfarin", "MEDICATION"), ("Eliquis", "MEDICATION"), ("clopidogrel", "MEDICATION"), ("3/11", "DATE"), ("216-555-0128", "PHONE"), ("Northside Vascular & Interventional Radiology", "SPECIALTY", 1)],
     ["imaging", "negation", "practice-contact"], "Judgement (decisions 4 and 5): drugs named only hypothetically ('if you take') with a call-us request, not a hold instruction; logistics survive once name, procedure, drugs and IR name go."),
    ("dh0079", "Ms. Tran, per Dr. Reyes: stop your Xarelto 2 days before your liver biopsy on 4/9 (last dose 4/6). We'll check your INR and platelets the morning of.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tran", "NAME"), ("Dr. Reyes", "PROVIDER"), ("Xarelto", "MEDICATION"), ("liver biopsy", "PROCEDURE"), ("4/9", "DATE"), ("4/6", "DATE"), ("INR", "PROCEDURE"), ("platelets", "PROCEDURE")],
     ["imaging"], "An anticoagulant hold with dates is a dosing instruction (decision 4)."),
    ("dh0080", "Dr. Nakamura can see you sooner: Tue 1/13 at 2:50pm at our east campus. Reply YES to switch, or NO to keep your current time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("1/13", "DATE")],
     ["imaging"], "Waitlist offer with provider, date and time only."),
    ("dh0081", "Clínica Familiar Santa Fe: Su cita es el lunes 9 de marzo a las 7:30 a. m. Por favor llegue 20 minutos antes y traiga su identificación y su tarjeta del seguro.",
     "ALLOW", "reminder", "sms", "es",
     [("9 de marzo", "DATE")],
     ["primary-care"], "Generic clinic name, date and time."),
    ("dh0082", "Mensaje para Rogelio Treviño de parte de Radiología Integral del Norte: su resonancia de rodilla quedó para el viernes 21 de agosto a las 5 de la tarde. Si tiene algún implante metálico, avísenos antes. Para confirmar, marque 1.",
     "REWRITE", "reminder", "voice", "es",
     [("Rogelio Treviño", "NAME"), ("Radiología Integral del Norte", "SPECIALTY"), ("resonancia de rodilla", "PROCEDURE"), ("21 de agosto", "DATE"), ("implante metálico", "PROCEDURE")],
     ["imaging", "negation"], "Voice reminder: name, center, test and a hypothetical implant go (decision 5); date and time survive."),
    ("dh0083", "Sra. Molina, la radiografía de Sofía confirmó una fractura en la muñeca. El ortopedista la verá mañana para ponerle el yeso.",
     "BLOCK", "result", "sms", "es",
     [("Molina", "NAME"), ("radiografía", "PROCEDURE"), ("Sofía", "NAME"), ("fractura en la muñeca", "CONDITION"), ("ortopedista", "SPECIALTY"), ("yeso", "PROCEDURE")],
     ["imaging", "orthopedics", "pediatrics", "minor", "third-party"], "A dependent's finding sent to the parent (README: third party's health); the cast is a device (PROCEDURE)."),
    ("dh0084", "For your safety, our staff will ask your name and date of birth at every step of your visit - it's how we make a positive ID. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Positive ID' and 'date of birth' with no value: nothing identifying or clinical."),
)

# ---------------------------------------------------------------- batch 8 (dh0085-dh0096): broadcasts, lung screening, cardiac imaging, disguise
add(
    ("dh0085", "Harborview Imaging will close at 2 PM on Christmas Eve and reopen 12/26 at 7 AM. Happy holidays from all of us!",
     "REWRITE", "other", "sms", "en",
     [("Harborview Imaging", "SPECIALTY"), ("12/26", "DATE")],
     ["imaging", "broadcast"], "Judgement (decision 9): holiday hours say nothing about the recipient, but the specialty-revealing sender name on a lock screen is still labelled and removed."),
    ("dh0086", "Now open Saturdays 8 AM to noon for walk-in X-rays - just bring the order from your provider. No appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["imaging", "broadcast", "hard-negative"], "Judgement (decision 9): a service broadcast with no specialty sender name and nothing about the recipient."),
    ("dh0087", "Your ultrasound of the right upper quadrant shows gallstones without signs of inflammation. Dr. Okafor recommends a visit with a general surgeon; the referral has been sent.",
     "ALLOW", "result", "portal", "en",
     [("ultrasound of the right upper quadrant", "PROCEDURE"), ("gallstones", "CONDITION"), ("without signs of inflammation", "RESULT"), ("Dr. Okafor", "PROVIDER")],
     ["imaging"], "A finding inside the portal is allowed; 'surgeon' stays generic (README)."),
    ("dh0088", "Reminer: ur ultrsound apt is thurs at 3:15. drink 32 oz water 1 hr b4 and dont empty ur bladder!! -front desk, Sage Hill Womens Imaging",
     "REWRITE", "reminder", "sms", "en",
     [("ultrsound", "PROCEDURE"), ("Sage Hill Womens Imaging", "SPECIALTY")],
     ["imaging", "reproductive", "typo", "shorthand"], "Misspelt test name still labelled; hydration prep is logistics (decision 4)."),
    ("dh0089", "Hi Mr. Greaves, your low-dose CT lung screening result is Lung-RADS 2 (benign appearance). Continue annual screening in 12 months. A copy went to Dr. Holloway.",
     "BLOCK", "result", "email", "en",
     [("Greaves", "NAME"), ("low-dose CT lung screening", "PROCEDURE"), ("Lung-RADS", "PROCEDURE"), ("Lung-RADS [[2]]", "RESULT"), ("benign appearance", "RESULT"), ("Dr. Holloway", "PROVIDER")],
     ["imaging", "oncology"], "A score and its reading (README: scale PROCEDURE, value RESULT); a benign result is still a result."),
    ("dh0090", "Time for your annual low-dose CT lung cancer screening! Medicare covers it at no cost for eligible patients. Call Granite Peak Radiology at 719-555-0184 to book.",
     "REWRITE", "recall", "sms", "en",
     [("low-dose CT lung cancer screening", "PROCEDURE"), ("Granite Peak Radiology", "SPECIALTY"), ("719-555-0184", "PHONE")],
     ["imaging", "oncology", "practice-contact"], "A recall for the recipient's own test (it reveals smoking history); the recall survives without it."),
    ("dh0091", "New in our app: scan your insurance card with your phone's camera and skip the paperwork at check-in. Update the app to try it.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative"], "'Scan' an insurance card, not an imaging scan."),
    ("dh0092", "Echo results: EF 35%. Dr. Lindqvist increased your carvedilol to 12.5 mg twice daily. Pls keep your cardiology f/u on 11/20.",
     "BLOCK", "result", "sms", "en",
     [("Echo", "PROCEDURE"), ("EF", "PROCEDURE"), ("35%", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("carvedilol", "MEDICATION"), ("cardiology", "SPECIALTY"), ("11/20", "DATE")],
     ["imaging", "cardiology", "shorthand"], "A value and a dose change; the dose after 'to' is not part of the drug span (README)."),
    ("dh0093", "Senior Ride Program: Albert Hughes, age 94 - pickup Thu at 8:15 AM for your CT at Granite Peak Radiology. A wheelchair van has been requested. Reply OK to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Albert Hughes", "NAME"), ("94", "AGE"), ("CT", "PROCEDURE"), ("Granite Peak Radiology", "SPECIALTY"), ("wheelchair", "PROCEDURE")],
     ["imaging", "age-over-89"], "Sent to the patient himself: name, age over 89, test, center and mobility device go; the pickup time survives. Judgement: a wheelchair is a device (PROCEDURE)."),
    ("dh0094", "Recordatorio: su cita es mañana a las 9:15 a. m. con el Dr. Arce. Traiga la orden de su médico y llegue 15 minutos antes. Para cancelar llame al 915-555-0148.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arce", "PROVIDER"), ("915-555-0148", "PHONE")],
     ["imaging", "practice-contact"], "Provider, time and the practice's phone; 'la orden de su médico' is generic (decision 3)."),
    ("dh0095", "CRITICAL result: please call Dr. Whitaker at 317-555-0190 right away about your head CT (subdural hematoma).",
     "BLOCK", "result", "push", "en",
     [("CRITICAL", "RESULT"), ("Dr. Whitaker", "PROVIDER"), ("317-555-0190", "PHONE"), ("head CT", "PROCEDURE"), ("subdural hematoma", "CONDITION")],
     ["imaging", "practice-contact"], "Judgement (decision 6): a critical flag is a RESULT like H/L; the diagnosis makes it BLOCK."),
    ("dh0096", "Hi Greta, reminder of your \u041cRI of the cervical spine tomorrow at 6:45 PM at Eastside Open MRI. Please leave jewelry and hairpins at home.",
     "REWRITE", "reminder", "sms", "en",
     [("Greta", "NAME"), ("\u041cRI of the cervical spine", "PROCEDURE"), ("Eastside Open MRI", "SPECIALTY")],
     ["imaging"], "Cyrillic look-alike M in the test name (derived tag confusable); name, test and center go."),
)

# ---------------------------------------------------------------- batch 9 (dh0097-dh0108): long e-mails, oncology imaging, pediatrics, portal links, Spanish
add(
    ("dh0097", "Subject: Help paying for your care\n\nHello,\n\nWe know medical bills can be stressful. Brookside Medical Center offers financial assistance to patients who qualify based on household size and income, and you can apply before or after your visit. Discounts range from 25% to 100% of your balance.\n\nTo apply, download the form at https://www.brooksidemed.example/financial-help, or pick one up at the Patient Financial Services office, 410 Lakeview Drive, Suite 100, Madison, WI 53703. Our counselors can also help you set up an interest-free payment plan.\n\nCall 608-555-0112 (Mon-Fri, 8 AM to 5 PM) or write to pfs@brooksidemed.example.\n\nPatient Financial Services\nBrookside Medical Center",
     "ALLOW", "billing", "email", "en",
     [("https://www.brooksidemed.example/financial-help", "URL"), ("410 Lakeview Drive, Suite 100, Madison, WI 53703", "ADDRESS"), ("608-555-0112", "PHONE"), ("pfs@brooksidemed.example", "EMAIL")],
     ["general", "practice-contact"], "Long financial-assistance e-mail with only the hospital's own link, address, phone and e-mail."),
    ("dh0098", "Dear Mr. Oyelaran,\n\nThank you for choosing Bayview MRI & CT. Your MRI arthrogram of the right shoulder is scheduled for Tuesday, November 17 at 9:30 AM. Please arrive at 9:00 AM.\n\nAbout your exam: the arthrogram begins with a small injection of contrast under fluoroscopy, done by the radiologist. You'll then have the MRI, which takes about 45 minutes. You may eat and drink normally.\n\nPlease leave jewelry at home and wear clothes without metal. If anything about your MRI safety answers has changed since you booked, let us know before the day of your exam.\n\nTo reschedule, call 510-555-0165.\n\nBayview MRI & CT - Patient Services",
     "REWRITE", "reminder", "email", "en",
     [("Oyelaran", "NAME"), ("Bayview MRI & CT", "SPECIALTY"), ("MRI arthrogram of the right shoulder", "PROCEDURE"), ("November 17", "DATE"), ("arthrogram", "PROCEDURE", 1), ("contrast", "MEDICATION"), ("fluoroscopy", "PROCEDURE"), ("radiologist", "SPECIALTY"), ("MRI", "PROCEDURE", 2), ("MRI", "PROCEDURE", 3), ("510-555-0165", "PHONE"), ("Bayview MRI & CT", "SPECIALTY", 1)],
     ["imaging", "practice-contact"], "Long prep e-mail: logistics survive once the name, the exam and its parts, the contrast and the center name go (decisions 1, 2, 4)."),
    ("dh0099", "Hi Marisol,\n\nDr. Kaplan asked me to send you a quick note after your PET/CT yesterday: the lymphoma is responding well, and the nodes in your neck are much smaller (Deauville 2). We'll continue the same chemo plan and see you on 10/6 before cycle 4.\n\nTake care,\nRenee, RN - Oncology Nurse Navigator",
     "BLOCK", "result", "email", "en",
     [("Marisol", "NAME"), ("Dr. Kaplan", "PROVIDER"), ("PET/CT", "PROCEDURE"), ("lymphoma", "CONDITION"), ("responding well", "RESULT"), ("much smaller", "RESULT"), ("Deauville", "PROCEDURE"), ("Deauville [[2]]", "RESULT"), ("chemo", "PROCEDURE"), ("10/6", "DATE"), ("Renee, RN", "PROVIDER"), ("Oncology", "SPECIALTY")],
     ["imaging", "oncology"], "Cancer response on imaging with a score: results and diagnosis are the message. The role 'Oncology Nurse Navigator' names a specialty (SPECIALTY on 'Oncology')."),
    ("dh0100", "Summit Cancer Center: your PET scan is confirmed for 6/30 at 7:00 AM. No food after 1 AM. If you had a scan somewhere else, please bring the CD.",
     "REWRITE", "confirmation", "sms", "en",
     [("Summit Cancer Center", "SPECIALTY"), ("PET scan", "PROCEDURE"), ("6/30", "DATE")],
     ["imaging", "oncology"], "Confirmation with fasting prep (decision 4): the cancer-center name and the test go. Judgement: 'a scan somewhere else' is generic."),
    ("dh0101", "Lost & found: a friendly black Lab puppy was found in the south parking lot this morning. If he's yours, please ask at the main lobby desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Lab' is a dog breed here."),
    ("dh0102", "Staff Appreciation Day Friday: bone-in BBQ ribs and 'nuclear' hot wings in the cafeteria - patients and visitors welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Bone' and 'nuclear' are on a menu, not a bone scan or nuclear medicine."),
    ("dh0103", "Good news: starting in January we are in-network with Keystone Blue Shield PPO and HMO plans. Questions about your coverage? Ask at check-in.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "An insurer's name and a month alone; no date, no member number."),
    ("dh0104", "Set up your portal to see your imaging reports: https://portal.grandviewhealth.example/enroll?pid=7730192&code=HX4Q",
     "REWRITE", "portal-notice", "sms", "en",
     [("imaging", "SPECIALTY"), ("https://portal.grandviewhealth.example/enroll?pid=7730192&code=HX4Q", "URL")],
     ["imaging"], "Enrollment link with a patient parameter (README) and 'imaging' as the service (decision 3)."),
    ("dh0105", "Your daughter Ava's hip ultrasound showed mild hip dysplasia on the left. Dr. Greer would like her fitted for a Pavlik harness - please call ortho at 614-555-0170 to book.",
     "BLOCK", "result", "sms", "en",
     [("Ava", "NAME"), ("hip ultrasound", "PROCEDURE"), ("mild hip dysplasia on the left", "CONDITION"), ("Dr. Greer", "PROVIDER"), ("Pavlik harness", "PROCEDURE"), ("ortho", "SPECIALTY"), ("614-555-0170", "PHONE")],
     ["imaging", "pediatrics", "orthopedics", "minor", "third-party", "practice-contact"], "A dependent's diagnosis and treatment device (README: third party's health)."),
    ("dh0106", "Your appointment has been moved to Mon 2/2 at 11:30 AM because of equipment maintenance. Sorry for the inconvenience! Reply OK to accept or call 704-555-0153.",
     "ALLOW", "reminder", "sms", "en",
     [("2/2", "DATE"), ("704-555-0153", "PHONE")],
     ["imaging", "practice-contact"], "Reschedule with date, time and the practice's phone; 'equipment' names no test."),
    ("dh0107", "Estimada Sra. Villalobos:\n\nLe confirmamos su mastografía 3D para el martes 7 de abril a las 10:20 a. m. en Imagen Mamaria Las Lomas.\n\nEl día del estudio no use desodorante, talco, crema ni perfume en axilas ni en el pecho, y de preferencia vista blusa y pantalón o falda. Si tiene estudios anteriores de otra clínica, tráigalos en CD para compararlos.\n\nSi necesita cambiar su cita, llámenos al 81-555-0131 con al menos 24 horas de anticipación.\n\nAtentamente,\nImagen Mamaria Las Lomas",
     "REWRITE", "confirmation", "email", "es",
     [("Villalobos", "NAME"), ("mastografía 3D", "PROCEDURE"), ("7 de abril", "DATE"), ("Imagen Mamaria Las Lomas", "SPECIALTY"), ("81-555-0131", "PHONE"), ("Imagen Mamaria Las Lomas", "SPECIALTY", 1)],
     ["imaging", "practice-contact"], "Mammogram confirmation with prep logistics (decision 4); name, test and the breast-imaging name go."),
    ("dh0108", "Don Aurelio, su densitometría salió con osteoporosis (T-score -3.1). La Dra. Fuentes le va a recetar ácido zoledrónico una vez al año.",
     "BLOCK", "result", "sms", "es",
     [("Aurelio", "NAME"), ("densitometría", "PROCEDURE"), ("osteoporosis", "CONDITION"), ("T-score", "PROCEDURE"), ("-3.1", "RESULT"), ("Dra. Fuentes", "PROVIDER"), ("ácido zoledrónico", "MEDICATION")],
     ["imaging", "orthopedics"], "Diagnosis, value and planned drug; 'Don' stays outside the name (README)."),
)

# ---------------------------------------------------------------- batch 10 (dh0109-dh0120): look-alikes, channel contrast, templates, identifiers
add(
    ("dh0109", "¿Quiere una imagen clara de sus beneficios? Venga a nuestra feria de seguros este sábado de 10 a 2 en el vestíbulo principal. ¡Habrá café y pan dulce!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Una imagen clara' of benefits, not an imaging result."),
    ("dh0110", "Thank you for rating your visit! 97% of our reviews were positive this quarter - we couldn't do it without you.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Positive' reviews, not a positive result."),
    ("dh0111", "Hi, this is Devon from OpenView MRI calling for Patricia. We need to move your breast MRI because our magnet is down for service that day. Please call us at 971-555-0124 to pick a new time. Sorry about that!",
     "REWRITE", "reminder", "voice", "en",
     [("Devon", "PROVIDER"), ("OpenView MRI", "SPECIALTY"), ("Patricia", "NAME"), ("breast MRI", "PROCEDURE"), ("971-555-0124", "PHONE")],
     ["imaging", "practice-contact"], "Voicemail reschedule: name, center and test go; 'magnet' alone is equipment, not labelled (judgement)."),
    ("dh0112", "Note from Dr. Benson: Your MRI shows a small meningioma (8 mm), which is a slow-growing and usually harmless growth. No treatment is needed now; we will repeat the MRI in 12 months to make sure it is stable.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Benson", "PROVIDER"), ("MRI", "PROCEDURE"), ("meningioma", "CONDITION"), ("8 mm", "RESULT"), ("MRI", "PROCEDURE", 1)],
     ["imaging", "contrast"], "Incidental finding explained in the portal: allowed (README, channel portal)."),
    ("dh0113", "Hi Mr. Castillo, following up on your MRI: it shows a small meningioma (8 mm), a slow-growing and usually harmless growth. No treatment is needed now; Dr. Benson will repeat the MRI in 12 months.",
     "BLOCK", "result", "email", "en",
     [("Castillo", "NAME"), ("MRI", "PROCEDURE"), ("meningioma", "CONDITION"), ("8 mm", "RESULT"), ("Dr. Benson", "PROVIDER"), ("MRI", "PROCEDURE", 1)],
     ["imaging", "contrast"], "The same finding by e-mail (treated like SMS): BLOCK, send a portal notice instead."),
    ("dh0114", "Student art show: 'Negative Space', a black-and-white photography exhibit, is on display in the main atrium through the end of the month.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Negative' and black-and-white pictures are art, not a negative film or result."),
    ("dh0115", "Reminder from Pinnacle Spine & Interventional Radiology: Tue 9/22 at 10:30 AM - lumbar epidural steroid injection under fluoroscopy. Bring a driver and wear loose pants.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinnacle Spine & Interventional Radiology", "SPECIALTY"), ("9/22", "DATE"), ("lumbar epidural steroid injection", "PROCEDURE"), ("fluoroscopy", "PROCEDURE")],
     ["imaging", "orthopedics"], "Image-guided procedure reminder: practice name, procedure and guidance go; a driver is logistics (decision 4)."),
    ("dh0116", "Hospital San Judas: por trabajos en el estacionamiento, a partir del 3 de octubre use la entrada norte. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es",
     [("3 de octubre", "DATE")],
     ["general", "broadcast"], "Broadcast with a date and a generic hospital name; nothing about the recipient."),
    ("dh0117", "Hola Memo, soy Lupita de Radiología Integral del Norte. Su eco de tiroides salió con un nódulo TI-RADS 4 y el doctor quiere hacer biopsia. Llámenos al 656-555-0171 para agendar.",
     "BLOCK", "result", "sms", "es",
     [("Memo", "NAME"), ("Lupita", "PROVIDER"), ("Radiología Integral del Norte", "SPECIALTY"), ("eco de tiroides", "PROCEDURE"), ("nódulo", "RESULT"), ("TI-RADS", "PROCEDURE"), ("TI-RADS [[4]]", "RESULT"), ("biopsia", "PROCEDURE"), ("656-555-0171", "PHONE")],
     ["imaging", "shorthand", "practice-contact"], "A finding with its score (README: scale PROCEDURE, value RESULT) and a planned biopsy; 'Memo' is a nickname used as the name."),
    ("dh0118", "Dr. Imani Brooks will review your images with you by video on 8/19 at 4:00 PM. Join here a few minutes early: https://visit.eastgatehealth.example/room/dr-brooks",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Imani Brooks", "PROVIDER"), ("8/19", "DATE"), ("https://visit.eastgatehealth.example/room/dr-brooks", "URL")],
     ["imaging", "practice-contact"], "Judgement (decision 11): the link names the provider's room and carries no patient token; 'images' alone is generic (decision 3)."),
    ("dh0119", "{{practice_name}}: reminder of your appointment on {{appt_date}} at {{appt_time}}. Please arrive 15 minutes early to complete your paperwork. Reply C to confirm or call {{practice_phone}}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["imaging", "template", "hard-negative"], "Template with content-free placeholders only (README: placeholders are not labelled)."),
    ("dh0120", "To finish your prior authorization we need to verify: Marjorie Keller, DOB 04/11/1952, SSN 078-05-1120. Reply Y if correct or call 719-555-0184.",
     "BLOCK", "other", "sms", "en",
     [("Marjorie Keller", "NAME"), ("04/11/1952", "DATE"), ("078-05-1120", "SSN"), ("719-555-0184", "PHONE")],
     ["imaging", "dob", "identifier", "practice-contact"], "Full date of birth with the name, and an SSN: must never travel by text (README)."),
)

probe_lib.run(M, "dh", "probe109.jsonl")
