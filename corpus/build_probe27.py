#!/usr/bin/env python3
"""Build corpus/probe27.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe27.py [OUT] [-v]   (default: probe27.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only; the engine was
not run and no other corpus's messages, source code or tests were read.

This round is SURGERY AND PROCEDURES: scheduling and pre-op calls, anesthesia and fasting
instructions, bowel preps and endoscopy, day-of-surgery logistics (arrival times, drivers and
rides, parking and valet, family waiting-room and OR status-board updates), post-op check-ins
and surveys, wound, drain and wound-VAC care, ambulatory surgery centers, implants and device
checks (pacemakers, stimulators, cochlear implants, recalls, serials), and billing and prior
authorization for procedures (estimates, deposits, CPT codes, claims, denials). Verdict mix
about 40/32/28 (ALLOW/REWRITE/BLOCK), 15% Spanish, 4 disguised messages (spaced letters,
zero-width characters, leet, Cyrillic look-alikes), and many hard negatives (generic fasting,
driver and parking instructions, surveys, waiting-room updates without names, policies that
mention "negative COVID test", "blood thinners" or "implants" hypothetically).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Generic surgical words are not labelled, like `surgery` alone and `surgeon`: procedure,
     operation, operating room/quirófano, recovery/PACU, anesthesia team, anesthesiologist,
     CRNA (anesthesia is part of any surgery and reveals nothing "surgery" does not), and the
     wound words of any operation (incision, stitches/puntos, bandage, a dressing as an object,
     operative report, pathology as the report's name). Specific devices (Steri-Strips, JP drain,
     drenaje, wound VAC) are PROCEDURE, and so is `dressing change` as a visit type. Surgery-
     center names (`... Surgery Center`, `... Ambulatory Surgery Center`, `... Surgical
     Associates`, `Centro Quirúrgico ...`) are generic; names that reveal a specialty or a
     procedure family (`... Endoscopy Center`, `... GI`, `... Eye Surgery Center`,
     `... Orthopedic ...`, `... Plastic Surgery`, `... Urology`, `... Pediatric Surgery`,
     `Device Clinic`, `Estética ...`, fertility, home care) are SPECIALTY.
  2. A named anesthesia technique (`nerve block`, `spinal anesthetic`) is a PROCEDURE; a body
     site or condition + surgery (`shoulder surgery`, `cataract surgery`, `cirugía de hernia`)
     is one PROCEDURE span with its head word, like `HIV test`.
  3. README's `pre-op visit` rule is applied to every pre-/post-operative visit label:
     `pre-op`, `post-op`, `cita preoperatoria`, `Pre-admission testing`/`PAT` are PROCEDURE.
  4. Generic pre-procedure logistics for an unnamed procedure (nothing to eat after midnight,
     clear liquids until X, arrival time, responsible adult driver, clothing, valuables,
     parking) are ALLOW: they are the same for every patient and say only that a procedure is
     scheduled. Instructions tied to a drug, prep product, device, named procedure or the
     patient's own wound (medication holds, prep dosing, drain/VAC/wound care, activity limits
     after a named repair) are treatment instructions: BLOCK outside the portal.
  5. Hypothetical or conditional clinical words in instructions or policies sent to every
     patient ("if you take blood thinners", "call for a fever over 101", "if you have an
     implant", "a negative COVID test is no longer required") are not labelled: ALLOW, tagged
     negation.
  6. Family waiting-room updates: a status (taken to the OR, in recovery) with no name and no
     clinical detail is ALLOW; with the patient's name it is REWRITE (the name goes); any word
     on how it went or what was found or done ("went smoothly", "no complications", "stable")
     is a third party's health: BLOCK. OR status-board tracking/case numbers are OTHER_ID and
     are REWRITE (the family already holds the card).
  7. Device brand/model names are PROCEDURE (devices are PROCEDURE); device serial and lot
     numbers are DEVICE_ID; an implant recall notice whose purpose is "call us" is REWRITE.
  8. CPT codes are PROCEDURE (they name the procedure).
  9. A prior-authorization decision with no reason is REWRITE; one that states a clinical
     reason (a value such as BMI, the patient's treatment history) is BLOCK.
 10. A parcel tracking number for a shipped kit is OTHER_ID; a valet ticket plate is VEHICLE_ID;
     an account number on a statement is REWRITE (not needed: the payer logs in).
 11. A vendor's staff named in logistics (ride driver, device rep) are workforce: PROVIDER, like
     staff named as sender.
 12. An organism reported by a culture or biopsy (MRSA, H. pylori) is a CONDITION.
 13. A dependent's named (non-routine) procedure in day-of logistics is REWRITE like the
     patient's own; the dependent's result, symptom or dosing is BLOCK (README third-party rule).
 14. The tag vocabulary has no surgery, GI, urology or plastics tag: generic surgery, GI,
     urology and cosmetic surgery are tagged `general`; other specialties use their own tag.
 15. `oral surgeon` names the dental specialty (oral and maxillofacial surgery), so it is
     SPECIALTY like `oncologist`, unlike plain `surgeon`.
 16. probe_lib rejects texts over 1,000 UTF-16 units, so the long e-mails are 600-1,000
     characters, not up to 1,500.

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


# ---------------------------------------------------------------- batch 1 (ac0001-ac0012): scheduling, pre-op calls, pre-admission testing
add(
    ("ac0001", "Lakeview Surgery Center: your procedure with Dr. Ferris is scheduled for Thu 3/12. A nurse will call you 1-2 business days before to review your arrival time. Questions? (614) 555-0142",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Ferris", "PROVIDER"), ("3/12", "DATE"), ("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Generic surgery-center name and 'procedure' (decision 1); provider, date and the center's own phone are allowed."),
    ("ac0002", "Hi Gloria, this is Tamsin from Dr. Oyelaran's office. We have you down for your laparoscopic cholecystectomy on April 9 at Mercy Ridge Outpatient Surgery. Please call 555-0163 so we can go over your paperwork.",
     "REWRITE", "confirmation", "sms", "en",
     [("Gloria", "NAME"), ("Tamsin", "PROVIDER"), ("Dr. Oyelaran", "PROVIDER"), ("laparoscopic cholecystectomy", "PROCEDURE"), ("April 9", "DATE"), ("555-0163", "PHONE")],
     ["general", "practice-contact"], "Name and the named operation go; staff sender, surgeon, date, generic outpatient-surgery name and call-back number stay."),
    ("ac0003", "This is an automated call from Brookfield Day Surgery for an appointment on Monday, June 15. Your arrival time is 6:15 a.m. Please do not eat or drink anything after midnight, except sips of water with your morning medicines if your doctor told you to. Press 1 to confirm, or press 2 to speak with a scheduler.",
     "ALLOW", "confirmation", "voice", "en",
     [("June 15", "DATE")],
     ["general", "negation"], "Generic fasting and arrival logistics for an unnamed procedure are ALLOW (decision 4); the conditional 'morning medicines' names no drug (decision 5)."),
    ("ac0004", "Reminder from Westbrook ASC: nothing to eat after midnight tonight. Clear liquids (water, apple juice, black coffee - no cream) are OK until 2 hours before your arrival time. No gum, mints or tobacco in the morning.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["general", "hard-negative"], "Standard NPO instructions, identical for every surgery patient: logistics, not treatment (decision 4)."),
    ("ac0005", "Pre-admission testing reminder: Thursday 10/8 at 2:40 pm, Building C, 2nd floor lab at St. Brendan Hospital. Bring your ID, insurance card and a list of your meds. -PAT office",
     "REWRITE", "reminder", "sms", "en",
     [("Pre-admission testing", "PROCEDURE"), ("10/8", "DATE"), ("PAT", "PROCEDURE")],
     ["general", "lab"], "Pre-admission testing is a named pre-operative visit type, like README's pre-op visit (decision 3); the sign-off abbreviation PAT names it too."),
    ("ac0006", "Hi Mr. Delacroix, Dr. Kwan wants you to stop your Eliquis 2 days before surgery - last dose Sunday evening 8/23. Keep taking your metoprolol as usual, including the morning of surgery with a sip of water.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Delacroix", "NAME"), ("Dr. Kwan", "PROVIDER"), ("Eliquis", "MEDICATION"), ("8/23", "DATE"), ("metoprolol", "MEDICATION")],
     ["cardiology"], "Medication hold and continuation instructions naming two drugs are dosing instructions; the instruction is the message (decision 4)."),
    ("ac0007", "Dear Patient,\n\nThank you for choosing Harborview Surgical Associates. Your surgery is scheduled for Tuesday, November 17 with Dr. Imogen Sato. Please plan to arrive at 9:45 AM at our surgery center, 2200 Pelham Parkway, Suite 300, Columbus, OH 43215 (enter from the east lot; parking is free).\n\nA few reminders:\n- You must have a responsible adult (18+) drive you home and stay with you for 24 hours. A taxi or rideshare alone is not permitted.\n- Wear loose, comfortable clothing and leave jewelry and valuables at home.\n- Bring your photo ID, insurance card and any copay due.\n- Remove nail polish from at least one finger.\n\nIf you develop a cold or fever before your surgery date, please call us at (614) 555-0187 so we can decide together whether to proceed.\n\nWarm regards,\nSurgery Scheduling\nHarborview Surgical Associates",
     "ALLOW", "confirmation", "email", "en",
     [("November 17", "DATE"), ("Dr. Imogen Sato", "PROVIDER"), ("2200 Pelham Parkway, Suite 300, Columbus, OH 43215", "ADDRESS"), ("(614) 555-0187", "PHONE")],
     ["general", "practice-contact", "negation"], "Long logistics e-mail: generic surgical practice, provider, date, the center's own address and phone; 'cold or fever' is hypothetical (decision 5)."),
    ("ac0008", "Your colonoscopy at Valley Endoscopy Center is on 2/4 at 8:00 AM. Check in 45 min early. Your driver must stay on site. Reply Y to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("Valley Endoscopy Center", "SPECIALTY"), ("2/4", "DATE")],
     ["general"], "The procedure and an endoscopy-center name reveal the service (decision 1); date, time and driver logistics survive."),
    ("ac0009", "Bayshore Surgery Center: were running about 40 min behind this morning. No need to change your arrival time - we'll keep you posted here. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "typo", "hard-negative"], "Delay notice from a generic surgery center (staff typo 'were'); nothing about the recipient's care."),
    ("ac0010", "Hola Sra. Beltrán, le habla Maribel de Cirugía Ambulatoria del Valle. Su cita preoperatoria con la Dra. Ríos es el 14 de octubre a las 9:00. Traiga su identificación y la lista de sus medicamentos.",
     "REWRITE", "reminder", "sms", "es",
     [("Beltrán", "NAME"), ("Maribel", "PROVIDER"), ("preoperatoria", "PROCEDURE"), ("Dra. Ríos", "PROVIDER"), ("14 de octubre", "DATE")],
     ["general"], "Patient name goes; 'cita preoperatoria' is the pre-op visit label (decision 3); generic ambulatory-surgery name stays (decision 1)."),
    ("ac0011", "Subject: Your pre-op labs\n\nHi Desmond, your potassium came back at 3.1 (L) and Dr. Whitcomb wants it rechecked before Friday's surgery. Please take the potassium chloride 20 mEq we sent to your pharmacy, one tablet twice daily, and come back Wednesday for a repeat draw.",
     "BLOCK", "result", "email", "en",
     [("pre-op", "PROCEDURE"), ("Desmond", "NAME"), ("potassium", "PROCEDURE"), ("3.1", "RESULT"), ("3.1 ([[L]])", "RESULT"), ("Dr. Whitcomb", "PROVIDER"), ("potassium chloride 20 mEq", "MEDICATION")],
     ["general", "lab"], "A lab value with its flag and a dosing instruction; e-mail is treated like SMS. The second 'potassium' lies inside the medication span."),
    ("ac0012", "Pre-op lab results from 10/2: Hemoglobin 13.8 g/dL, platelets 245, INR 1.0 - all within normal range. You are cleared for your knee arthroscopy on 10/9. - Dr. Lindqvist's team",
     "ALLOW", "result", "portal", "en",
     [("Pre-op", "PROCEDURE"), ("10/2", "DATE"), ("Hemoglobin", "PROCEDURE"), ("13.8 g/dL", "RESULT"), ("platelets", "PROCEDURE"), ("245", "RESULT"), ("INR", "PROCEDURE"), ("1.0", "RESULT"), ("within normal range", "RESULT"), ("knee arthroscopy", "PROCEDURE"), ("10/9", "DATE"), ("Dr. Lindqvist", "PROVIDER")],
     ["orthopedics", "lab"], "Inside the secure portal results and the procedure may stay (README channel convention); every clinical span still labelled."),
)

# ---------------------------------------------------------------- batch 2 (ac0013-ac0024): anesthesia, fasting, pre-op findings, moves
add(
    ("ac0013", "Hi, this is the anesthesia team at Northfield Surgery Center. We tried to reach you to go over a few health questions before your surgery. Please call us back before 4 pm today at the number on your packet.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "The anesthesia team is part of any surgery and is not labelled (decision 1); no number, name or procedure."),
    ("ac0014", "Anesthesia note for Mr. Haddad: because of your sleep apnea please bring your CPAP machine on 5/19, and do NOT take your Ozempic for 7 days before - last injection no later than 5/12.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Haddad", "NAME"), ("sleep apnea", "CONDITION"), ("CPAP", "PROCEDURE"), ("5/19", "DATE"), ("Ozempic", "MEDICATION"), ("5/12", "DATE")],
     ["general"], "States the patient's condition and gives a medication hold instruction: clinical content is the message."),
    ("ac0015", "Reminder: your nerve block and shoulder surgery with Dr. Aguilar are Wed 7/1. Arrive 6:00 AM at Granite Peak Orthopedic Surgery Center, 415 Quarry Rd.",
     "REWRITE", "reminder", "sms", "en",
     [("nerve block", "PROCEDURE"), ("shoulder surgery", "PROCEDURE"), ("Dr. Aguilar", "PROVIDER"), ("7/1", "DATE"), ("Granite Peak Orthopedic Surgery Center", "SPECIALTY"), ("415 Quarry Rd", "ADDRESS")],
     ["orthopedics", "practice-contact"], "Named anesthesia technique and body-site surgery are PROCEDURE (decision 2); orthopedic center name is SPECIALTY; the center's own street address stays."),
    ("ac0016", "Centro Quirúrgico Las Palmas: recuerde no comer ni beber nada después de la medianoche. Puede tomar agua hasta 2 horas antes de su llegada. Venga acompañado de un adulto que pueda manejar de regreso.",
     "ALLOW", "care-instructions", "sms", "es", [],
     ["general", "hard-negative"], "Generic fasting and driver instructions from a generic surgery center (decisions 1 and 4)."),
    ("ac0017", "Your upcoming Cardiac Catheterization is ready for eCheck-In. Tap to complete your questionnaires before 3/30.",
     "REWRITE", "reminder", "push", "en",
     [("Cardiac Catheterization", "PROCEDURE"), ("3/30", "DATE")],
     ["cardiology", "contrast"], "Push preview on a lock screen names the procedure; the eCheck-In purpose survives without it (contrast ac0018)."),
    ("ac0018", "Your upcoming procedure is ready for eCheck-In. Tap to review arrival details and complete your forms.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative", "contrast"], "The same push with the generic word 'procedure' (contrast ac0017)."),
    ("ac0019", "Hello, this message is for Walter Brisbane. This is Kendra, the nurse at Dr. Mehta's office. Your blood sugar at the pre-op visit was 248, so your surgery will need to be postponed until your diabetes is better controlled. Please call us at 555-0119.",
     "BLOCK", "result", "voice", "en",
     [("Walter Brisbane", "NAME"), ("Kendra", "PROVIDER"), ("Dr. Mehta", "PROVIDER"), ("blood sugar", "PROCEDURE"), ("pre-op", "PROCEDURE"), ("248", "RESULT"), ("diabetes", "CONDITION"), ("555-0119", "PHONE")],
     ["general", "practice-contact"], "A value and a diagnosis left on a voicemail (voice is treated like SMS); the postponement reason is the message."),
    ("ac0020", "Subject: Meet your anesthesia care team\n\nAt Crestline Surgical Hospital, every patient is cared for by a board-certified anesthesiologist working with certified registered nurse anesthetists. Before any procedure you will get a call from our team to review your health history. Tell us if you have ever had a problem with anesthesia, if anyone in your family has, or if you take any blood thinners, weight-loss injections or herbal supplements - some of these need to be paused ahead of time, and we will tell you exactly what to do. Our full guide is on our website under Patients > Anesthesia. Please do not reply to this e-mail; this mailbox is not monitored.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "negation", "hard-negative"], "Newsletter to every surgical patient; drug classes are hypothetical (decision 5) and anesthesia roles are generic (decision 1)."),
    ("ac0021", "hi its Marco from Dr Lutz office, ur anesthesia consult for the cataract surgery is moved to tmrw 11:20. pls call back 555-0178 if that doesnt work",
     "REWRITE", "reminder", "sms", "en",
     [("Marco", "PROVIDER"), ("Dr Lutz", "PROVIDER"), ("cataract surgery", "PROCEDURE"), ("555-0178", "PHONE")],
     ["ophthalmology", "shorthand", "typo", "practice-contact"], "Staff shorthand; 'cataract surgery' is one PROCEDURE span (decision 2); 'anesthesia consult' is generic (decision 1)."),
    ("ac0022", "Sr. Quintero: el Dr. Salas revisó el electrocardiograma que le hicieron antes de la cirugía y encontró una arritmia (fibrilación auricular). Su cirugía de hernia queda suspendida hasta que lo vea el cardiólogo. Llámenos al 555-0136.",
     "BLOCK", "result", "sms", "es",
     [("Quintero", "NAME"), ("Dr. Salas", "PROVIDER"), ("electrocardiograma", "PROCEDURE"), ("arritmia", "CONDITION"), ("fibrilación auricular", "CONDITION"), ("cirugía de hernia", "PROCEDURE"), ("cardiólogo", "SPECIALTY"), ("555-0136", "PHONE")],
     ["cardiology", "practice-contact"], "A pre-operative finding (a new diagnosis) is the message; cannot be made safe by removal."),
    ("ac0023", "Dr. Benedetti's office: your surgery has been moved from 4/14 to 4/21, same arrival time (7:30 AM). Nothing else changes. Call 555-0154 with questions.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Benedetti", "PROVIDER"), ("4/14", "DATE"), ("4/21", "DATE"), ("555-0154", "PHONE")],
     ["general", "practice-contact"], "'Surgery' alone is generic; provider, dates, time and office phone are allowed."),
    ("ac0024", "Subject: Arrival time for Fri 9/25\n\nDear Mr. Abernathy-Cole, your arrival time for Friday's procedure is 10:15 AM. Because you are having a spinal anesthetic rather than general anesthesia, you may have clear liquids until 8:15 AM. Parking is in Garage B; take the elevator to level 2, Surgery Check-In.\nThank you,\nPre-Procedure Nursing, Elm Crossing Surgery Center",
     "REWRITE", "care-instructions", "email", "en",
     [("9/25", "DATE"), ("Abernathy-Cole", "NAME"), ("spinal anesthetic", "PROCEDURE")],
     ["general"], "Name and the named anesthesia technique go (decision 2); 'general anesthesia' is the generic contrast and the fasting and parking logistics survive (decision 4)."),
)

# ---------------------------------------------------------------- batch 3 (ac0025-ac0036): bowel preps and endoscopy
add(
    ("ac0025", "Prep instructions: at 5 PM the day before your colonoscopy, take the first bottle of SUTAB - 12 tablets, each with a sip of water, then 16 oz of water over 20 min. Second dose at 4 AM. Stop all liquids 2 hrs before arrival.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Prep", "PROCEDURE"), ("colonoscopy", "PROCEDURE"), ("SUTAB", "MEDICATION")],
     ["general"], "Prep dosing schedule for a named product and procedure: a dosing instruction is the message (decision 4)."),
    ("ac0026", "Fairmont Pharmacy: Your GaviLyte-G is ready for pickup at 18 Canal St. We'll hold it until 6/7. Questions: 555-0190.",
     "REWRITE", "pickup", "sms", "en",
     [("GaviLyte-G", "MEDICATION"), ("18 Canal St", "ADDRESS"), ("6/7", "DATE"), ("555-0190", "PHONE")],
     ["pharmacy", "practice-contact"], "A bowel-prep product named in a pickup notice is removed; the pharmacy's own address and phone stay."),
    ("ac0027", "Your prescription is ready for pickup at the drive-thru window. Bring a photo ID. Hours today 9a-9p.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice with no drug, name or number."),
    ("ac0028", "Hi Priya, Dr. Osei reviewed your EGD pathology: the biopsies were negative for H. pylori and there was no Barrett's esophagus. The mild gastritis we saw should improve on pantoprazole 40 mg once daily for 8 weeks. Follow-up in clinic in 2 months.",
     "BLOCK", "result", "email", "en",
     [("Priya", "NAME"), ("Dr. Osei", "PROVIDER"), ("EGD", "PROCEDURE"), ("biopsies", "PROCEDURE"), ("negative", "RESULT"), ("H. pylori", "CONDITION"), ("no Barrett's esophagus", "RESULT"), ("gastritis", "CONDITION"), ("pantoprazole 40 mg", "MEDICATION")],
     ["general", "negation"], "Negative results are still results (README); plus a diagnosis and a dose. Organism as CONDITION (decision 12); 'no Barrett's esophagus' is a finding like 'no polyps'; 'pathology' after EGD is left as the generic report word (decision 1)."),
    ("ac0029", "Colonoscopy report from 3/3: two small polyps removed (tubular adenomas, benign). Next colonoscopy recommended in 7 years. Please message us with any questions. - Dr. Farouk, Gastroenterology",
     "ALLOW", "result", "portal", "en",
     [("Colonoscopy", "PROCEDURE"), ("3/3", "DATE"), ("two small polyps", "RESULT"), ("tubular adenomas", "CONDITION"), ("benign", "RESULT"), ("colonoscopy", "PROCEDURE"), ("Dr. Farouk", "PROVIDER"), ("Gastroenterology", "SPECIALTY")],
     ["general"], "Findings and surveillance interval are fine inside the secure portal (README channel convention)."),
    ("ac0030", "Reminder: EGD + colonoscopy Thurs 1/22 w/ Dr. Haverford at Riverside GI. Arrive 7:15. Must have a driver - procedure will be cancelled w/o one.",
     "REWRITE", "reminder", "sms", "en",
     [("EGD", "PROCEDURE"), ("colonoscopy", "PROCEDURE"), ("1/22", "DATE"), ("Dr. Haverford", "PROVIDER"), ("Riverside GI", "SPECIALTY")],
     ["general", "shorthand"], "Both procedures and a GI practice name go (decision 1); date, provider and driver rule survive."),
    ("ac0031", "Reminder: your c o l o n o s c o p y is Tue 11/3 at 9am. Arrive 8:15. Bring your driver. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("c o l o n o s c o p y", "PROCEDURE"), ("11/3", "DATE")],
     ["general", "spaced"], "Spaced-letter disguise of the procedure; labelled over the disguised text."),
    ("ac0032", "Thanks for choosing Meadowbrook Surgery Center. How likely are you to recommend us to a friend or family member? Reply with a number from 0 to 10.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Satisfaction survey from a generic surgery center (decision 1)."),
    ("ac0033", "Sra. Padilla, para su colonoscopía del martes: desde el domingo dieta blanda, el lunes solo líquidos claros. A las 6 pm tome la mitad del Moviprep con 1 litro de agua y la otra mitad a las 4 am.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Padilla", "NAME"), ("colonoscopía", "PROCEDURE"), ("Moviprep", "MEDICATION")],
     ["general"], "Prep dosing schedule for a named product (decision 4)."),
    ("ac0034", "Subject: Your visit to Sunfield Ambulatory Surgery Center\n\nWe look forward to caring for you. A few things to know before you come:\n\nCheck-in: use the kiosk just inside the main doors; a staff member will greet you within a few minutes.\nFamily: up to two adults may wait with you in the family lounge. They will receive a pager so the team can find them, and a volunteer at the desk can answer questions.\nComfort: the lounge has free Wi-Fi, phone chargers, coffee and a quiet room. The cafe on the first floor is open 6:30 AM to 2 PM.\nChildren: visitors under 12 must be supervised by an adult other than the patient at all times.\nBelongings: please leave valuables at home. We can store a small bag and your glasses or hearing aids during your stay.\n\nWe're glad you chose us.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Long welcome e-mail with only facility logistics; glasses and hearing aids are a general belongings note, not about the recipient (decision 5)."),
    ("ac0035", "Your capsule endoscopy kit ships today via UPS, tracking 1Z9X4A770312558841. Do not open the box until our nurse calls you.",
     "REWRITE", "other", "sms", "en",
     [("capsule endoscopy", "PROCEDURE"), ("1Z9X4A770312558841", "OTHER_ID")],
     ["general"], "The procedure goes; a parcel tracking number ties the message to the patient's home address (decision 10)."),
    ("ac0036", "Stonegate Surgery Center: Dr. Yusuf has a cancellation on Fri 12/4 at 7:00 AM. If you'd like to move your procedure up, reply EARLIER by noon. Otherwise your current date stays.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Yusuf", "PROVIDER"), ("12/4", "DATE")],
     ["general"], "Waitlist offer with provider, date, time and the generic word 'procedure'."),
)

# ---------------------------------------------------------------- batch 4 (ac0037-ac0048): day of surgery, family waiting room, parking, forms
add(
    ("ac0037", "Surgery update: your family member has been taken to the operating room. The next update will come when they move to recovery. You can wait in the Level 1 family lounge.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "third-party", "hard-negative"], "Waiting-room status with no name, number or clinical detail (decision 6)."),
    ("ac0038", "OR status board: Patient ID 20-5531 - IN RECOVERY (PACU). The surgeon will meet the family in Consult Room 3 shortly.",
     "REWRITE", "other", "sms", "en",
     [("20-5531", "OTHER_ID")],
     ["general", "third-party"], "Status-board tracking number is a unique code for the patient: OTHER_ID, not needed in the text (decision 6); PACU and consult room are generic (decision 1)."),
    ("ac0039", "Hi, this is Joelle at Pinecrest Hospital surgical waiting. Arthur is out of surgery and in recovery. Dr. Castellanos will come out to speak with you in about 15 minutes.",
     "REWRITE", "other", "sms", "en",
     [("Joelle", "PROVIDER"), ("Arthur", "NAME"), ("Dr. Castellanos", "PROVIDER")],
     ["general", "third-party"], "Named patient's procedure status sent to family: the name goes, the status may stay (decision 6)."),
    ("ac0040", "Update for the family of Evelyn Marsh: her hip replacement is finished and went smoothly, no complications. Blood loss was minimal. She'll be in recovery about 90 min, then Room 512.",
     "BLOCK", "other", "sms", "en",
     [("Evelyn Marsh", "NAME"), ("hip replacement", "PROCEDURE"), ("went smoothly", "RESULT"), ("no complications", "RESULT"), ("minimal", "RESULT")],
     ["orthopedics", "third-party"], "How the operation went is a third party's health (decision 6, README third-party rule); the room number is not labelled."),
    ("ac0041", "Valet parking is available at the main entrance of Oakhurst Outpatient Surgery from 5:30 AM. Keep your ticket; valet is free for patients and one companion.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Parking logistics only."),
    ("ac0042", "Valet: your vehicle (plate 8MKD214) is ready at the south entrance. Please have your claim ticket. - Oakhurst Guest Services",
     "REWRITE", "other", "sms", "en",
     [("8MKD214", "VEHICLE_ID")],
     ["general"], "A licence plate is a Safe Harbor vehicle identifier and is not needed to fetch the car (decision 10)."),
    ("ac0043", "Your ride is confirmed! A CareLift car will pick you up Thu 2/18 at 5:10 AM for your 6:00 AM arrival at Mill Creek Surgery Center. Driver: Luis, 555-0127.",
     "ALLOW", "confirmation", "sms", "en",
     [("2/18", "DATE"), ("Luis", "PROVIDER"), ("555-0127", "PHONE")],
     ["general", "practice-contact"], "The ride vendor's driver is workforce, labelled PROVIDER (decision 11); his number is the sender's contact, not the patient's."),
    ("ac0044", "Hola, le escribe Rocío de la sala de espera familiar del Hospital San Judas. Don Ernesto ya salió del quirófano y está en recuperación. El cirujano hablará con ustedes en la sala 2.",
     "REWRITE", "other", "sms", "es",
     [("Rocío", "PROVIDER"), ("Ernesto", "NAME")],
     ["general", "third-party"], "Named patient's status to the family: the name goes (decision 6); quirófano, recuperación and cirujano are generic (decision 1)."),
    ("ac0045", "Dr. Farnsworth here - Linda's surgery took longer because we found more endometriosis than expected and removed a 6 cm cyst from the ovary. She's stable in PACU; I'll call you after I see her.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Farnsworth", "PROVIDER"), ("Linda", "NAME"), ("endometriosis", "CONDITION"), ("6 cm", "RESULT"), ("cyst", "CONDITION"), ("stable", "RESULT")],
     ["reproductive", "third-party"], "Surgical findings about the patient sent to a relative: third party's health."),
    ("ac0046", "Subject: Directions for your surgery day\n\nTri-County Surgical Institute is at 980 Wexford Blvd, Building 2, Harrisburg, PA 17110. Use the Building 2 entrance (the main hospital doors do not connect). Free parking is in Lot D, right in front.\n\nYour family can wait in the lounge on the first floor. We'll give them a card with a number so they can follow each stage on the screen - this protects your privacy.\n\nMaps and a short video tour: www.tricountysurgical.example/visit\nIf you are running late or need to cancel on the morning of surgery, call (717) 555-0166, option 1, from 5:30 AM.\n\nSee you soon,\nTri-County Surgical Institute",
     "ALLOW", "other", "email", "en",
     [("980 Wexford Blvd, Building 2, Harrisburg, PA 17110", "ADDRESS"), ("www.tricountysurgical.example/visit", "URL"), ("(717) 555-0166", "PHONE")],
     ["general", "practice-contact"], "The institute's own address, link and phone; generic surgical name (decision 1); nothing about the patient."),
    ("ac0047", "Please complete your surgery health history before 5/6: https://forms.ridgewaysurgery.example/hx?pid=8830215&tok=a9f2c. This link is unique to you - please do not forward it.",
     "REWRITE", "other", "email", "en",
     [("5/6", "DATE"), ("https://forms.ridgewaysurgery.example/hx?pid=8830215&tok=a9f2c", "URL")],
     ["general"], "A link with a patient id and token is patient-specific (README)."),
    ("ac0048", "Reminder: the Surgery Center is closed Monday for Memorial Day. Phones reopen Tuesday at 7 AM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure sent to everyone; a holiday is not a date."),
)

# ---------------------------------------------------------------- batch 5 (ac0049-ac0060): post-op check-ins and follow-ups
add(
    ("ac0049", "Hi from Cedar Hollow Surgery Center! How are you feeling today, the day after your procedure? Reply 1 = doing well, 2 = I'd like a nurse to call me. For emergencies dial 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Post-op check-in that asks rather than tells; names no procedure; 911 is not a phone identifier."),
    ("ac0050", "Post-op check: Mr. Van der Berg, please don't lift more than 10 lbs for 6 weeks after your inguinal hernia repair, and take the oxycodone 5 mg only if the Tylenol isn't enough.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Post-op", "PROCEDURE"), ("Van der Berg", "NAME"), ("inguinal hernia repair", "PROCEDURE"), ("oxycodone 5 mg", "MEDICATION"), ("Tylenol", "MEDICATION")],
     ["general"], "Activity limits after a named repair and opioid dosing are treatment instructions (decision 4). Name with a particle is one span."),
    ("ac0051", "Hi Tomasz, just checking in after your rotator cuff repair on Monday. Your first PT session at Apex Physical Therapy is 3/16 at 3 PM.",
     "REWRITE", "other", "sms", "en",
     [("Tomasz", "NAME"), ("rotator cuff repair", "PROCEDURE"), ("PT", "PROCEDURE"), ("Apex Physical Therapy", "SPECIALTY"), ("3/16", "DATE")],
     ["orthopedics", "physical-therapy"], "Name, repair, therapy type and a physical-therapy practice name go; the appointment survives. 'PT session' is a therapy visit type (PROCEDURE), the practice name is SPECIALTY."),
    ("ac0052", "Subject: Your results\n\nDear Ms. Okafor, the tissue removed during your lumpectomy on 8/14 showed ductal carcinoma in situ with clear margins. Dr. Reinholt would like to discuss radiation at your post-op visit on 8/28.",
     "BLOCK", "result", "email", "en",
     [("Okafor", "NAME"), ("lumpectomy", "PROCEDURE"), ("8/14", "DATE"), ("ductal carcinoma in situ", "CONDITION"), ("clear margins", "RESULT"), ("Dr. Reinholt", "PROVIDER"), ("radiation", "PROCEDURE"), ("post-op", "PROCEDURE"), ("8/28", "DATE")],
     ["oncology"], "A cancer diagnosis and margin status by e-mail: the finding is the message."),
    ("ac0053", "Hi Ramona, your incision photos look good - the redness is normal healing. Keep the Steri-Strips on until they fall off, and you can shower starting tomorrow. - Nurse Aileen, Dr. Cho's office",
     "ALLOW", "care-instructions", "portal", "en",
     [("Ramona", "NAME"), ("redness", "CONDITION"), ("normal healing", "RESULT"), ("Steri-Strips", "PROCEDURE"), ("Nurse Aileen", "PROVIDER"), ("Dr. Cho", "PROVIDER")],
     ["general", "contrast"], "Wound review and care instructions are fine inside the portal (contrast ac0054, the same text by SMS)."),
    ("ac0054", "Hi Ramona, your incision photos look good - the redness is normal healing. Keep the Steri-Strips on until they fall off, and you can shower starting tomorrow. - Nurse Aileen, Dr. Cho's office",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ramona", "NAME"), ("redness", "CONDITION"), ("normal healing", "RESULT"), ("Steri-Strips", "PROCEDURE"), ("Nurse Aileen", "PROVIDER"), ("Dr. Cho", "PROVIDER")],
     ["general", "contrast"], "By SMS the wound assessment is a finding and the rest is wound-care instruction (decision 4); contrast ac0053 on the portal."),
    ("ac0055", "Hola Patricia, le llamamos mañana para ver cómo sigue después de su histerectomía. Si prefiere otra hora, responda a este mensaje. Clínica Santa Lucía.",
     "REWRITE", "other", "sms", "es",
     [("Patricia", "NAME"), ("histerectomía", "PROCEDURE")],
     ["reproductive"], "Check-in call notice: the name and the operation go, the call survives."),
    ("ac0056", "Hello, this is Bellwether Surgical Center calling for a quick follow-up survey about your recent visit. It takes under two minutes. Press 1 to begin, or 9 to be removed from our list.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Survey call from a generic surgical center (decision 1)."),
    ("ac0057", "Hi Mr. Greer - re your call: 80 mL/day from the JP drain is still too high to pull it, so keep stripping and emptying it BID and log the output. Dr. Kapoor sent Keflex 500 mg QID x7d to CVS. f/u Fri.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Greer", "NAME"), ("80 mL/day", "RESULT"), ("JP drain", "PROCEDURE"), ("Dr. Kapoor", "PROVIDER"), ("Keflex 500 mg", "MEDICATION")],
     ["general", "shorthand"], "Drain output value, drain care and antibiotic dosing in clinician shorthand (decision 4)."),
    ("ac0058", "Follow-up with Dr. Amsel is on 6/30 at 10:40 AM, 2 weeks after your surgery. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Amsel", "PROVIDER"), ("6/30", "DATE")],
     ["general", "contrast"], "'Follow-up' and 'surgery' alone are generic (contrast ac0059, which names the visit 'post-op')."),
    ("ac0059", "Your post-op visit with Dr. Amsel is 6/30 at 10:40 AM. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("post-op", "PROCEDURE"), ("Dr. Amsel", "PROVIDER"), ("6/30", "DATE")],
     ["general", "contrast"], "README labels 'pre-op visit' as a named visit type; applied to 'post-op visit' (decision 3). Contrast ac0058."),
    ("ac0060", "Your pain score of 8/10 was sent to Dr. Whitfield's team. Increase ibuprofen to 600 mg every 6 hours with food; a nurse will call within 1 hour.",
     "BLOCK", "care-instructions", "push", "en",
     [("pain score", "PROCEDURE"), ("8/10", "RESULT"), ("Dr. Whitfield", "PROVIDER"), ("ibuprofen", "MEDICATION")],
     ["general"], "A scale is a PROCEDURE and its value a RESULT (README); '8/10' is a score, not a date. Dosing instruction too."),
)

# ---------------------------------------------------------------- batch 6 (ac0061-ac0072): wound and drain care, ambulatory surgery centers
add(
    ("ac0061", "After any surgery: call us right away for a fever over 101°F, bleeding that soaks through the bandage, or pain that isn't controlled. After hours, our on-call surgeon can be reached through the main line.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["general", "negation", "hard-negative"], "Generic warning signs for any surgery, conditional on symptoms the recipient may never have: not labelled (decision 5)."),
    ("ac0062", "Dear Mrs. Lindgren,\nYour wound VAC canister should be changed when it is full or every 7 days, whichever comes first. Nurse Bridget from Meadowlark Home Care will do your dressing changes Mon/Wed/Fri. If the alarm sounds for a leak, reinforce the seal with one of the extra drapes and call us.",
     "BLOCK", "care-instructions", "email", "en",
     [("Lindgren", "NAME"), ("wound VAC", "PROCEDURE"), ("Nurse Bridget", "PROVIDER"), ("Meadowlark Home Care", "SPECIALTY"), ("dressing changes", "PROCEDURE")],
     ["home-health"], "Device-care instructions for the patient's own wound are treatment instructions (decision 4); the home-care agency name reveals the service; 'dressing changes' is a named home-health visit type as in ac0063."),
    ("ac0063", "Meadowlark Home Care: your nurse will arrive between 9 and 11 AM Thursday for your dressing change. Reply 1 to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Meadowlark Home Care", "SPECIALTY"), ("dressing change", "PROCEDURE")],
     ["home-health"], "Visit window survives; the home-health name and the visit type go."),
    ("ac0064", "Welcome to Fox Run Ambulatory Surgery Center. Free Wi-Fi: FoxRunGuest, password healing2024. Your family can follow your progress on the waiting-room screen using the code on their card.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Wi-Fi password and a reference to the family's card code (not quoted): nothing identifying."),
    ("ac0065", "Sr. Arriaga, para cuidar el drenaje: vacíelo dos veces al día, anote cuántos ml salen y llámenos si pasa de 50 ml en 24 horas o si el líquido se pone turbio. No se bañe en tina hasta que le quiten los puntos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Arriaga", "NAME"), ("drenaje", "PROCEDURE")],
     ["general"], "Drain care instructions for the patient's own drain (decision 4); the drain is a device (PROCEDURE)."),
    ("ac0066", "Centro de Cirugía Ambulatoria Alameda: le recordamos que debe venir con un adulto responsable que lo lleve a casa. No podrá manejar ni firmar documentos importantes durante 24 horas.",
     "ALLOW", "care-instructions", "sms", "es", [],
     ["general", "hard-negative"], "Generic driver and after-sedation rules from a generic center (decisions 1 and 4)."),
    ("ac0067", "Reminder: your va\u200bsec\u200btomy consult with Dr. Pruitt is Tue 9/15 at 4:20 PM. Please arrive 10 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("va\u200bsec\u200btomy", "PROCEDURE"), ("Dr. Pruitt", "PROVIDER"), ("9/15", "DATE")],
     ["reproductive"], "Zero-width spaces inside the procedure name; '10 min early' is not a date."),
    ("ac0068", "Subject: Welcome to Northshore Outpatient Surgery\n\nDear Patient,\n\nWe have received your surgeon's order and scheduled you for Wednesday, January 27. You will find us at 1450 Lakeshore Drive, Suite 110, Evanston, IL 60201.\n\nBefore that day, please send us your advance directive if you have one, and tell us about any changes to your insurance. You can e-mail scheduling@northshoreops.example or fax forms to (847) 555-0149. Our main line is (847) 555-0148, Monday to Friday, 7 AM to 5 PM.\n\nPlan to spend 3 to 5 hours with us in total. One adult must drive you home; please give us their name and cell number at check-in.\n\nSincerely,\nPatient Access Team\nNorthshore Outpatient Surgery",
     "ALLOW", "confirmation", "email", "en",
     [("January 27", "DATE"), ("1450 Lakeshore Drive, Suite 110, Evanston, IL 60201", "ADDRESS"), ("scheduling@northshoreops.example", "EMAIL"), ("(847) 555-0149", "FAX"), ("(847) 555-0148", "PHONE")],
     ["general", "practice-contact", "negation"], "Long welcome letter with the center's own address, e-mail, fax and phone; the advance directive is conditional ('if you have one', decision 5)."),
    ("ac0069", "Update from Dr. Greaves: your wound culture grew MRSA. Stop the cephalexin and start Bactrim DS 1 tab twice daily for 10 days - already sent to your pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Greaves", "PROVIDER"), ("wound culture", "PROCEDURE"), ("MRSA", "CONDITION"), ("cephalexin", "MEDICATION"), ("Bactrim DS", "MEDICATION")],
     ["general"], "Culture finding (organism as CONDITION, decision 12) and an antibiotic switch with dosing."),
    ("ac0070", "Reminder from Lakeshore Plastic Surgery: your drain removal appointment is tomorrow at 1:30 PM with Dr. Voss. Wear a loose, button-front top.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Plastic Surgery", "SPECIALTY"), ("drain removal", "PROCEDURE"), ("Dr. Voss", "PROVIDER")],
     ["general"], "A plastic-surgery practice name reveals the service (decision 1); the visit type goes; time, provider and clothing tip survive."),
    ("ac0071", "Reminder: bring your walker, crutches or cane if you use one, plus a case for glasses, contacts or hearing aids. Please label everything with your name.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "negation", "hard-negative"], "Devices mentioned conditionally for every patient ('if you use one'): not labelled (decision 5)."),
    ("ac0072", "Hi, this is Nadia from Dr. Brennan's office with a message for Curtis Holloway. The stitches from your Mohs surgery on your nose come out on 4/9; until then apply Vaseline twice a day and keep the bandage on. Call 555-0115 if it bleeds.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Nadia", "PROVIDER"), ("Dr. Brennan", "PROVIDER"), ("Curtis Holloway", "NAME"), ("Mohs surgery", "PROCEDURE"), ("4/9", "DATE"), ("Vaseline", "MEDICATION"), ("555-0115", "PHONE")],
     ["dermatology", "practice-contact"], "Voicemail with wound-care instructions after a skin-cancer procedure (decision 4); voice is treated like SMS."),
)

# ---------------------------------------------------------------- batch 7 (ac0073-ac0084): implants and device checks
add(
    ("ac0073", "Heartline Cardiology: your pacemaker check is due. Send a reading from your home monitor tonight or call 555-0168 to book an in-office interrogation.",
     "REWRITE", "recall", "sms", "en",
     [("Heartline Cardiology", "SPECIALTY"), ("pacemaker", "PROCEDURE"), ("555-0168", "PHONE"), ("interrogation", "PROCEDURE")],
     ["cardiology", "practice-contact"], "Cardiology name, device and device interrogation go; the recall and the call-back number survive."),
    ("ac0074", "Your remote transmission from 7/11 shows the battery of your Medtronic Azure pacemaker (serial PXG418826S) at 3 months to elective replacement. Dr. Chaudhry's team will call to schedule a generator change.",
     "BLOCK", "result", "email", "en",
     [("7/11", "DATE"), ("Medtronic Azure pacemaker", "PROCEDURE"), ("PXG418826S", "DEVICE_ID"), ("3 months to elective replacement", "RESULT"), ("Dr. Chaudhry", "PROVIDER"), ("generator change", "PROCEDURE")],
     ["cardiology"], "A device-check finding is a result; brand and model are PROCEDURE, the serial DEVICE_ID (decision 7)."),
    ("ac0075", "Important: the manufacturer of the hip implant you received at Bridgeport Orthopedic Institute on 02/17/2019 has issued a voluntary recall (lot 44A-9902). Please call 555-0102 to schedule a review. This is not an emergency.",
     "REWRITE", "other", "sms", "en",
     [("hip implant", "PROCEDURE"), ("Bridgeport Orthopedic Institute", "SPECIALTY"), ("02/17/2019", "DATE"), ("44A-9902", "DEVICE_ID"), ("555-0102", "PHONE")],
     ["orthopedics", "practice-contact"], "Implant recall whose purpose is 'call us': implant, orthopedic name, surgery date and lot number go, the call-back survives (decision 7)."),
    ("ac0076", "If you have an implanted device or a joint replacement, please bring your implant ID card to your appointment.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "negation", "hard-negative"], "Conditional request sent to every patient; says nothing about the recipient (decision 5)."),
    ("ac0077", "Sra. Villarreal, la revisión de su marcapasos mostró 3 episodios de fibrilación auricular en mayo. La Dra. Cabrera quiere empezar Xarelto 20 mg con la cena. Le llamamos hoy para explicarle.",
     "BLOCK", "result", "sms", "es",
     [("Villarreal", "NAME"), ("marcapasos", "PROCEDURE"), ("3 episodios", "RESULT"), ("fibrilación auricular", "CONDITION"), ("Dra. Cabrera", "PROVIDER"), ("Xarelto 20 mg", "MEDICATION")],
     ["cardiology"], "Device-check finding, diagnosis and a new anticoagulant; a month name alone is not a date."),
    ("ac0078", "Your device check on 5/20 was normal: battery 9.5 years, lead impedances stable, no arrhythmias recorded. Next remote check 8/20. - Device Clinic, Dr. Ashworth",
     "ALLOW", "result", "portal", "en",
     [("device check", "PROCEDURE"), ("5/20", "DATE"), ("normal", "RESULT"), ("9.5 years", "RESULT"), ("lead impedances", "PROCEDURE"), ("stable", "RESULT"), ("no arrhythmias", "RESULT"), ("8/20", "DATE"), ("Device Clinic", "SPECIALTY"), ("Dr. Ashworth", "PROVIDER")],
     ["cardiology"], "Normal device-check results are fine inside the portal; 'Device Clinic' reveals an implanted cardiac device (decision 1)."),
    ("ac0079", "Reminder: ur c0chl3ar 1mplant activation w/ audiologist Dr. Benn is Mon 10/12 @ 2pm. Bring the processor box + charger.",
     "REWRITE", "reminder", "sms", "en",
     [("c0chl3ar 1mplant", "PROCEDURE"), ("audiologist", "SPECIALTY"), ("Dr. Benn", "PROVIDER"), ("10/12", "DATE")],
     ["general", "leet", "shorthand"], "Leetspeak disguise of the device; 'audiologist' is a specialty role word (README)."),
    ("ac0080", "Cobalt Ridge Surgery Center: your insurance has been verified for your upcoming procedure. Estimated patient responsibility: $350, due at check-in. Pay ahead at pay.cobaltridge.example or call 555-0133.",
     "ALLOW", "billing", "sms", "en",
     [("pay.cobaltridge.example", "URL"), ("555-0133", "PHONE")],
     ["general", "practice-contact"], "Estimate for an unnamed procedure with the center's own payment link (no token) and phone."),
    ("ac0081", "Device registration for Harriet Nkemelu (DOB 04/30/1951): Abbott Infinity DBS system, IPG serial NIG-3377120, implanted 9/2. Please keep this message for your records.",
     "BLOCK", "other", "sms", "en",
     [("Harriet Nkemelu", "NAME"), ("04/30/1951", "DATE"), ("Abbott Infinity DBS system", "PROCEDURE"), ("NIG-3377120", "DEVICE_ID"), ("9/2", "DATE")],
     ["general", "dob"], "Full date of birth with the name is BLOCK (README); plus a brain-stimulator model and serial (decision 7)."),
    ("ac0082", "Subject: Your spinal cord stimulator trial\n\nHello Mr. Ostrowski, your trial is confirmed for 11/19. The Nevro representative (Devin, 555-0194) will meet you at check-in to program the device.",
     "REWRITE", "confirmation", "email", "en",
     [("spinal cord stimulator", "PROCEDURE"), ("Ostrowski", "NAME"), ("11/19", "DATE"), ("Nevro", "PROCEDURE"), ("Devin", "PROVIDER"), ("555-0194", "PHONE")],
     ["general", "practice-contact"], "The device and its maker go (decision 7); the rep is workforce (decision 11); date and contact survive."),
    ("ac0083", "New: our surgery center can now text updates to your family while you're with us. Ask at check-in to add up to two phone numbers.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Service announcement to every patient."),
    ("ac0084", "Hola Jorge, su cita para revisar la bomba de insulina es el 22 de enero a las 11:00 con la Lic. Paredes. Traiga su glucómetro y el cargador.",
     "REWRITE", "reminder", "sms", "es",
     [("Jorge", "NAME"), ("bomba de insulina", "PROCEDURE"), ("22 de enero", "DATE"), ("Lic. Paredes", "PROVIDER"), ("glucómetro", "PROCEDURE")],
     ["primary-care"], "The pump and meter are devices (PROCEDURE) that reveal diabetes; the appointment survives."),
)

# ---------------------------------------------------------------- batch 8 (ac0085-ac0096): billing, estimates and prior authorization
add(
    ("ac0085", "Prior authorization for CPT 29881 (knee arthroscopy/meniscectomy) was APPROVED by Blue Horizon Health. Auth # PA-7719034, valid 3/1-5/30.",
     "REWRITE", "other", "sms", "en",
     [("29881", "PROCEDURE"), ("knee arthroscopy", "PROCEDURE"), ("meniscectomy", "PROCEDURE"), ("PA-7719034", "OTHER_ID"), ("3/1", "DATE"), ("5/30", "DATE")],
     ["orthopedics"], "CPT code is PROCEDURE (decision 8), the auth number OTHER_ID; an approval with no reason is REWRITE (decision 9)."),
    ("ac0086", "Your insurer denied prior authorization for bariatric surgery: BMI 37.8 does not meet the 40+ requirement without a qualifying condition. You may appeal within 180 days.",
     "BLOCK", "other", "sms", "en",
     [("bariatric surgery", "PROCEDURE"), ("BMI", "PROCEDURE"), ("37.8", "RESULT")],
     ["general"], "The denial reason is the patient's measured value (decision 9); the criterion '40+' is policy, not a result."),
    ("ac0087", "Your statement from Pinewood Surgery Center is ready. Log in to view and pay online; we accept HSA and FSA cards. Payment plans of up to 12 months are interest-free.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "hard-negative"], "Statement notice with no amount, account or service named."),
    ("ac0088", "Statement ready: Account 00418-2273, balance $1,240.18 for services on 8/9 (Crescent Anesthesia Partners). Pay at crescentanes.example/pay or reply HELP.",
     "REWRITE", "billing", "sms", "en",
     [("00418-2273", "ACCOUNT"), ("8/9", "DATE"), ("crescentanes.example/pay", "URL")],
     ["general", "practice-contact"], "The account number is not needed (decision 10); an anesthesia group's name is generic (decision 1); the biller's own link stays."),
    ("ac0089", "Sr. Montoya: su seguro (ID de miembro W284 551 903) negó la autorización para la artroscopia de rodilla porque no consta que haya completado 6 semanas de fisioterapia. Su número de caso es 24-118-553.",
     "BLOCK", "other", "sms", "es",
     [("Montoya", "NAME"), ("W284 551 903", "HEALTH_PLAN_ID"), ("artroscopia de rodilla", "PROCEDURE"), ("fisioterapia", "PROCEDURE"), ("24-118-553", "OTHER_ID")],
     ["orthopedics"], "A denial whose reason is the patient's treatment history (decision 9), with member and case numbers."),
    ("ac0090", "Good Faith Estimate: the estimate for your scheduled service is ready in the portal. This is not a bill. Questions about cost? Reply COST and a financial counselor will call you.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Estimate notice that names no service, amount or number."),
    ("ac0091", "Summit Eye Surgery Center: the estimate for your LASIK (both eyes) is $4,200 before discounts. Financing through CareCredit is available. Reply Q with questions.",
     "REWRITE", "billing", "sms", "en",
     [("Summit Eye Surgery Center", "SPECIALTY"), ("LASIK", "PROCEDURE")],
     ["ophthalmology"], "An eye surgery center's name and the procedure go (decision 1); the amount and financing survive."),
    ("ac0092", "Subject: Update on your claim\n\nDear Mr. Pemberton,\n\nWe submitted the claim for your outpatient surgery on 1/14 to Keystone Health Plan (member ID KHP0044718-01) under claim number 77310-002. Keystone has asked for the operative report for the septoplasty, which we sent on 2/3. Claims that need extra records usually take 30 to 45 days. You do not need to do anything right now, and you will not be billed while the claim is pending.\n\nIf you recieve a letter from Keystone asking about other insurance, please answer it promptly so the claim is not held up. Once Keystone processes the claim you will get an Explanation of Benefits from them first and a statement from us about two weeks later; the two should match. If your deductible has already been met for the year, your share may be only your coinsurance. We also offer interest-free payment plans and a financial assistance program - just ask.\n\nThank you,\nPatient Financial Services\nGreenhill Surgical Partners\n(717) 555-0171, Mon-Fri 8-4:30",
     "REWRITE", "billing", "email", "en",
     [("Pemberton", "NAME"), ("1/14", "DATE"), ("KHP0044718-01", "HEALTH_PLAN_ID"), ("77310-002", "OTHER_ID"), ("septoplasty", "PROCEDURE"), ("2/3", "DATE"), ("(717) 555-0171", "PHONE")],
     ["general", "practice-contact", "typo"], "Long claim update (with a staff typo): name, member ID, claim number and the procedure go; the status survives. 'Operative report', deductible and coinsurance are generic."),
    ("ac0093", "Greenhill Surgical Partners: we received your payment of $150.00 on 3/4. Thank you! Remaining balance: $0.00.",
     "ALLOW", "billing", "sms", "en",
     [("3/4", "DATE")],
     ["general"], "Payment receipt with a date and amounts only."),
    ("ac0094", "Dear Mrs. Kowalczyk, as guarantor you are receiving this statement for your husband Stefan's cystoscopy and TURBT on 6/12 at Lakewood Urology. Insurance paid $3,112.00; your share is $486.20.",
     "BLOCK", "billing", "email", "en",
     [("Kowalczyk", "NAME"), ("Stefan", "NAME"), ("cystoscopy", "PROCEDURE"), ("TURBT", "PROCEDURE"), ("6/12", "DATE"), ("Lakewood Urology", "SPECIALTY")],
     ["oncology", "third-party"], "A spouse's bladder-tumour resection on the guarantor's statement is a third party's health (README), not routine logistics."),
    ("ac0095", "Buenas tardes, le llama Esteban del departamento de facturación del Centro Quirúrgico Norte. Le llamo por el saldo de su cirugía de cataratas del 9 de marzo. Por favor devuélvanos la llamada al 555-0181.",
     "REWRITE", "billing", "voice", "es",
     [("Esteban", "PROVIDER"), ("cirugía de cataratas", "PROCEDURE"), ("9 de marzo", "DATE"), ("555-0181", "PHONE")],
     ["ophthalmology", "practice-contact"], "Billing voicemail: the named surgery goes (decision 2); generic surgical-center name stays (decision 1)."),
    ("ac0096", "Reminder: a $50 deposit holds your surgery date. Reply PAY for a secure payment link, or call the billing office. Deposits are refunded if we cancel.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Deposit notice; 'surgery' alone is generic."),
)

# ---------------------------------------------------------------- batch 9 (ac0097-ac0108): mixed: disguise, family, Spanish logistics, long discharge letter
add(
    ("ac0097", "Hi Celeste, Dr. Moravec reviewed your polyp: it was a sessile serr\u0430ted \u0430denoma and it was fully removed. Repeat c\u043elonoscopy in 3 ye\u0430rs.",
     "BLOCK", "result", "sms", "en",
     [("Celeste", "NAME"), ("Dr. Moravec", "PROVIDER"), ("polyp", "CONDITION"), ("sessile serr\u0430ted \u0430denoma", "CONDITION"), ("fully removed", "RESULT"), ("c\u043elonoscopy", "PROCEDURE")],
     ["general"], "Pathology finding with Cyrillic look-alike letters (a, o) inside the clinical words; the finding is the message."),
    ("ac0098", "Centro Quirúrgico Vista Hermosa: su procedimiento con el Dr. Iturbide es el jueves 3 de septiembre. Llegue a las 6:30 a.m. y estacione en el nivel 2 del garaje. Dudas: 555-0144.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dr. Iturbide", "PROVIDER"), ("3 de septiembre", "DATE"), ("555-0144", "PHONE")],
     ["general", "practice-contact"], "Generic surgical-center name and 'procedimiento' (decision 1); provider, date and the center's phone."),
    ("ac0099", "Sra. Ortega, le informamos que la operación de su mamá terminó bien. Le quitaron la vesícula sin complicaciones y ya está despierta en recuperación.",
     "BLOCK", "other", "sms", "es",
     [("Ortega", "NAME"), ("terminó bien", "RESULT"), ("quitaron la vesícula", "PROCEDURE"), ("sin complicaciones", "RESULT")],
     ["general", "third-party"], "How a relative's operation went and what was removed: a third party's health (decision 6)."),
    ("ac0100", "Estimado paciente:\n\nGracias por elegir el Centro de Cirugía Ambulatoria San Miguel. Para que todo salga bien el día de su procedimiento, le pedimos lo siguiente:\n\n- No coma nada después de la medianoche. Puede tomar agua, té sin leche o jugo de manzana hasta dos horas antes de su hora de llegada.\n- Venga con ropa cómoda y deje en casa las joyas, los relojes y el dinero.\n- Traiga su identificación, su tarjeta del seguro y la lista de todo lo que toma, incluidas vitaminas.\n- Un adulto responsable debe acompañarle, llevarle a casa y quedarse con usted esa noche.\n\nEl estacionamiento es gratuito en el lote de enfrente. Si tiene gripe o fiebre unos días antes, avísenos para decidir juntos si conviene cambiar la fecha.\n\nAtentamente,\nEquipo de Admisión",
     "ALLOW", "care-instructions", "email", "es", [],
     ["general", "negation", "hard-negative"], "Long generic pre-procedure letter: fasting, clothing, documents, companion, parking (decision 4); 'gripe o fiebre' is conditional (decision 5)."),
    ("ac0101", "Recordatorio: su cita de seguimiento después de la liposucción es el 2 de julio a las 10:00 en Estética Corporal Renacer. Cualquier duda, responda a este mensaje.",
     "REWRITE", "reminder", "sms", "es",
     [("liposucción", "PROCEDURE"), ("2 de julio", "DATE"), ("Estética Corporal Renacer", "SPECIALTY")],
     ["general"], "Cosmetic-surgery practice name and the procedure go (decision 1); 'cita de seguimiento' is generic."),
    ("ac0102", "Lab alert: your pre-op COVID PCR from 2/26 is POSITIVE. Your surgery on 3/1 has been cancelled; our team will call you to reschedule.",
     "BLOCK", "result", "push", "en",
     [("pre-op", "PROCEDURE"), ("COVID PCR", "PROCEDURE"), ("2/26", "DATE"), ("POSITIVE", "RESULT"), ("3/1", "DATE")],
     ["lab"], "A positive result on a lock-screen push."),
    ("ac0103", "Policy update: a negative COVID test is no longer required before surgery at Birchwood Surgery Center. Masks are optional in waiting areas.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "negation", "hard-negative"], "Policy sent to every patient; 'negative COVID test' is a rule, not the recipient's result (decision 5)."),
    ("ac0104", "Subject: After your surgery - what's next\n\nDear Ms. Ferreira-Holt,\n\nThank you for letting our team care for you at Westgate Joint Center. We hope you are resting comfortably at home after your total knee replacement.\n\nYour first follow-up is on Thursday, May 14 at 10:20 AM with Dr. Hollis Grant. Physical therapy will call you within two days to set up home visits. Your discharge folder also has the exercise sheet, the equipment vendor's number and a parking pass for your next visit.\n\nA few reminders for the first weeks at home: keep walkways clear of rugs and cords, have someone stay with you for the first few nights if you can, and keep your appointment card somewhere easy to find.\n\nA note from Dr. Grant about your blood thinner: skip tonight's dose of warfarin, then continue warfarin 5 mg every evening starting tomorrow, and we will check your INR on Monday.\n\nIf you have questions, call the nurse line at (410) 555-0129. We are glad you chose us.\n\nWarmly,\nPatient Experience Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Ferreira-Holt", "NAME"), ("Westgate Joint Center", "SPECIALTY"), ("total knee replacement", "PROCEDURE"), ("May 14", "DATE"), ("Dr. Hollis Grant", "PROVIDER"), ("Physical therapy", "PROCEDURE"), ("Dr. Grant", "PROVIDER"), ("blood thinner", "MEDICATION"), ("warfarin", "MEDICATION"), ("warfarin 5 mg", "MEDICATION"), ("INR", "PROCEDURE"), ("(410) 555-0129", "PHONE")],
     ["orthopedics", "practice-contact"], "Friendly discharge letter with one buried anticoagulant dosing instruction: the dose cannot be removed without losing the message (decision 4). A joint-center name is orthopedic (SPECIALTY)."),
    ("ac0105", "Your surgeon, Dr. Leontyne Burke, will call you between 4 and 6 PM today to answer any questions before Thursday. If you miss the call, reach the office at 555-0158.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Leontyne Burke", "PROVIDER"), ("555-0158", "PHONE")],
     ["general", "practice-contact"], "'Surgeon' is generic (README); provider and office phone are allowed."),
    ("ac0106", "Hi Bernadette! Dr. Saltzman's office here: your consult for breast reduction is set for Tue 8/11 at 9:15. Please bring a supportive bra and your insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("Bernadette", "NAME"), ("Dr. Saltzman", "PROVIDER"), ("breast reduction", "PROCEDURE"), ("8/11", "DATE")],
     ["general"], "Name and procedure go; the consult time survives."),
    ("ac0107", "Family update from 4 West: Mr. Pilcher, 93, is out of his pacemaker implant - no complications, vitals stable. You may visit in Room 6 after 3 PM.",
     "BLOCK", "other", "sms", "en",
     [("Pilcher", "NAME"), ("Pilcher, [[93]]", "AGE"), ("pacemaker implant", "PROCEDURE"), ("no complications", "RESULT"), ("stable", "RESULT")],
     ["cardiology", "third-party", "age-over-89"], "How a relative's procedure went (decision 6), with an age over 89."),
    ("ac0108", "Heads up: Entrance B is closed for construction this week. Day-surgery patients please use Entrance C and follow the blue signs to Check-In.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Facility notice to everyone; 'day surgery' is generic (decision 1)."),
)

# ---------------------------------------------------------------- batch 10 (ac0109-ac0120): dependents, DOB, oral surgery, closing surveys
add(
    ("ac0109", "Hola Sr. Mejía, su ultrasonido de la pierna después de la cirugía salió normal: no hay coágulos. Puede seguir caminando como de costumbre. - Enfermera Lucía",
     "ALLOW", "result", "portal", "es",
     [("Mejía", "NAME"), ("ultrasonido de la pierna", "PROCEDURE"), ("normal", "RESULT"), ("no hay coágulos", "RESULT"), ("Enfermera Lucía", "PROVIDER")],
     ["imaging"], "A normal post-operative result is fine inside the portal (README channel convention)."),
    ("ac0110", "Sra. Galindo, el Dr. Navarro le pide que suspenda la aspirina 7 días antes de su cirugía de várices y que el día de la cirugía se tome la pastilla de la presión con un traguito de agua.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Galindo", "NAME"), ("Dr. Navarro", "PROVIDER"), ("aspirina", "MEDICATION"), ("cirugía de várices", "PROCEDURE"), ("pastilla de la presión", "MEDICATION")],
     ["general"], "Medication hold and a dose on the day of surgery (decision 4); 'pastilla de la presión' is a drug class used as a name."),
    ("ac0111", "Hi Ms. Thibodeaux - Aurora Fertility here. Your egg retrieval is confirmed for Sat 4/25, arrive 7:00 AM. Nothing to eat or drink after midnight; bring your partner or another adult to drive you home.",
     "REWRITE", "confirmation", "sms", "en",
     [("Thibodeaux", "NAME"), ("Aurora Fertility", "SPECIALTY"), ("egg retrieval", "PROCEDURE"), ("4/25", "DATE")],
     ["fertility"], "Fertility name, procedure and patient name go; generic fasting and driver logistics survive (decision 4)."),
    ("ac0112", "Hi Jasper, after your wisdom teeth extraction: no straws for 7 days, rinse gently with warm salt water after meals starting tomorrow, and take the amoxicillin 500mg three times a day until it's gone. - Dr. Kline, oral surgeon",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jasper", "NAME"), ("wisdom teeth extraction", "PROCEDURE"), ("amoxicillin 500mg", "MEDICATION"), ("Dr. Kline", "PROVIDER"), ("oral surgeon", "SPECIALTY")],
     ["dental"], "Post-extraction care and antibiotic dosing (decision 4). 'oral surgeon' names the dental specialty, unlike plain 'surgeon' (decision 15)."),
    ("ac0113", "Riverstone Surgery Center will never text you asking for card numbers or your Social Security number. If you get a message like that, don't reply - call our main line.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Anti-phishing notice; mentions SSNs without any number."),
    ("ac0114", "Hello Ms. Duarte, Mateo's tonsillectomy went well. He may have ear pain for a few days - give children's ibuprofen 10 mL every 6 hours as needed. Soft foods only until his recheck on 6/19.",
     "BLOCK", "care-instructions", "email", "en",
     [("Duarte", "NAME"), ("Mateo", "NAME"), ("tonsillectomy", "PROCEDURE"), ("went well", "RESULT"), ("ear pain", "CONDITION"), ("ibuprofen", "MEDICATION"), ("6/19", "DATE")],
     ["pediatrics", "minor", "third-party"], "A dependent's outcome, symptom and dosing sent to the guardian (README third-party rule; decision 13)."),
    ("ac0115", "Little Oaks Pediatric Surgery: Ava's check-in for her ear tube surgery is Fri 2/12 at 6:45 AM. Please bring her favorite comfort item!",
     "REWRITE", "reminder", "sms", "en",
     [("Little Oaks Pediatric Surgery", "SPECIALTY"), ("Ava", "NAME"), ("ear tube surgery", "PROCEDURE"), ("2/12", "DATE")],
     ["pediatrics", "minor"], "A dependent's procedure in day-of logistics is REWRITE like the patient's own (decision 13); pediatric practice name is SPECIALTY."),
    ("ac0116", "Questions about your upcoming surgery? E-mail our nurse navigators at navigators@westlakesurgical.example or call 555-0108, 7 AM-5 PM on weekdays.",
     "ALLOW", "other", "email", "en",
     [("navigators@westlakesurgical.example", "EMAIL"), ("555-0108", "PHONE")],
     ["general", "practice-contact"], "The practice's own e-mail address and phone; 'surgery' alone is generic."),
    ("ac0117", "This message is for Bettina Krol, date of birth March 3rd, 1949. Your cataract surgery for the left eye is confirmed for December 2nd at Clearwater Eye Surgery Center.",
     "BLOCK", "confirmation", "voice", "en",
     [("Bettina Krol", "NAME"), ("March 3rd, 1949", "DATE"), ("cataract surgery", "PROCEDURE"), ("December 2nd", "DATE"), ("Clearwater Eye Surgery Center", "SPECIALTY")],
     ["ophthalmology", "dob"], "A spoken full date of birth with the name is BLOCK (README), on an answering machine anyone may hear."),
    ("ac0118", "Surgery Ctr: pls arrive 5:45am tmrw, no food/drink after MN, wear comfy clothes, leave valuables home. Ur driver must check in w/ u.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "Shorthand version of generic pre-procedure logistics (decision 4); 'MN' is midnight."),
    ("ac0119", "Hi Deshawn, this is Carla w/ Dr. Petrakis. Your stent removal is now Tue 5/5 @ 1:00 at Bayview Urology. Same check-in desk as last time.",
     "REWRITE", "reminder", "sms", "en",
     [("Deshawn", "NAME"), ("Carla", "PROVIDER"), ("Dr. Petrakis", "PROVIDER"), ("stent removal", "PROCEDURE"), ("5/5", "DATE"), ("Bayview Urology", "SPECIALTY")],
     ["general", "shorthand"], "Name, procedure and urology name go (decision 1); the new time survives."),
    ("ac0120", "Thank you for trusting Elmhurst Outpatient Surgery with your care. We hope your recovery is going smoothly! Please take a moment to rate your experience: reply 1-5.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A wish about recovery is not a finding; survey from a generic surgery center."),
)

# ---------------------------------------------------------------- end of batches

if __name__ == "__main__":
    probe_lib.run(M, "ac", "probe27.jsonl")
