#!/usr/bin/env python3
"""Build corpus/probe144.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe144.py [OUT] [-v]   (default: probe144.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only; the engine was not
run and no other corpus's messages, source code or tests were read).
This round is CLINICAL LABORATORIES, PATIENT SERVICE CENTERS AND SPECIMEN COLLECTION: what
reference labs, hospital outpatient labs, patient service centers (draw stations), mobile
phlebotomy services, at-home collection kits and lab billing offices send — draw appointment
confirmations and wait-time texts, fasting and urine-collection instructions, 24-hour urine and
glucose-tolerance test prep, kit shipping and return reminders, specimen problems (hemolyzed,
insufficient quantity, recollect), result-ready notices, lab bills and estimates. Messages that
reveal the recipient's (or a child's / relative's) test, result, condition or drug are mixed with
neutral logistics and look-alikes (lab-grown diamonds, a Labrador puppy class, blood orange
sorbet, a culture of safety, a sample sale, a panel discussion, a prize draw, a phlebotomist
named Ruby Vance). About 16% Spanish; 4 disguised messages (spaced, zero-width, leet, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Generic lab words are not labelled: lab, labs, lab work, blood work, blood draw, draw,
     specimen, sample, urine sample / muestra de orina, specimen collection / toma de muestras,
     patient service center (PSC), draw station, phlebotomy, mobile draw, at-home kit. Lab,
     draw-station and mobile-phlebotomy business names are generic like "... Lab"; a lab name
     that carries a specialty (Cancer Center, Fertility, Anticoagulation Clinic) is SPECIALTY,
     and so is "pediatric" in "pediatric phlebotomy team".
  2. Fasting ("fast 10-12 hours", "en ayunas", "water is OK") and other generic prep is not
     labelled; a named test is PROCEDURE even when routine (lipid panel, CBC, urinalysis, OGTT,
     24-hour urine), so prep that names the test is REWRITE. Prep that tells the patient to hold
     or change a medicine is a dosing instruction -> BLOCK.
  3. Collection instructions for a named test (24-hour urine, FIT, HPV self-collection) are
     care instructions, not treatment: REWRITE. Generic collection steps with no test named
     (clean-catch cup, finger-prick card) are ALLOW.
  4. Specimen-quality problems (hemolyzed, clotted, QNS, unlabeled, too old, leaked, broken tube)
     are lab-process facts, not clinical findings: not labelled. A recollect notice is ALLOW when
     no test is named, REWRITE when one is, BLOCK when a value or finding comes with it.
  5. Kit IDs / barcodes, accession and requisition numbers are OTHER_ID; carrier tracking
     numbers identify a parcel, like confirmation codes, and are not labelled; a masked account
     ("acct ending 4471") is not unique and is not labelled.
  6. A CPT code that stands for a test on a bill or estimate is labelled PROCEDURE next to the
     test name; a bill or estimate that lists tests is REWRITE, even when the test (HIV viral
     load, BRCA) implies a diagnosis or risk, because the billing purpose survives.
  7. Disease names listed as the contents of a panel ("chlamydia, gonorrhea, trichomonas") are
     CONDITION each; a disease inside a named test ("hepatitis C antibody test") stays inside
     one PROCEDURE span, as with "HIV test".
  8. A drug-level test labels the drug as MEDICATION with the generic "level"/"trough" outside
     (`lithium` level), as a condition used as a visit label does.
  9. "Please call the office about your results" with no test, value or flag is ALLOW; a flag
     word without a value ("critical value", "abnormal"/"anormal") is a RESULT -> BLOCK.
 10. A gestational-week visit ("28-week visit") reveals pregnancy; the week label is a named
     visit type -> PROCEDURE, REWRITE; the glucose drink (glucola) is MEDICATION.
 11. A phlebotomist named with the role word takes it into the PROVIDER span like `nurse Dana`
     ("phlebotomist Ruby Vance"); "CPT(ASCP)" after a name is the phlebotomy-technician
     credential (not a CPT code) and goes into the span like ", RN".
 12. The patient's home address in a mobile-draw confirmation is ADDRESS -> REWRITE (the
     recipient knows it; not needed); mobile phlebotomy is tagged lab only, not home-health.
 13. Broadcast price lists and service announcements that name tests carry no span (README
     broadcast convention).
 14. A drug-screen result sent to an employer is about a third party -> BLOCK; a lab visit for
     a drug screen is REWRITE.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (eq0001-eq0012): draw appointments, check-in and wait-time texts
add(
    ("eq0001", "Keystone Clinical Lab: Your lab appointment is confirmed for Tue 3/10 at 7:45 AM at our Elm Ridge Patient Service Center, 410 Harwood Ave, Suite 2. Bring a photo ID, your insurance card and your paper order if you have one. Reply C to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/10", "DATE"), ("410 Harwood Ave, Suite 2", "ADDRESS")],
     ["lab", "practice-contact"], "Date, time and the draw site's own address; 'lab appointment' is generic (decision 1)."),
    ("eq0002", "Wait time update: the Fairmont draw station is running about 35 min behind. You're #6 in line. We'll text you when it's your turn - feel free to wait in your car. Reply X to leave the line.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "Queue text; '#6' and '35 min' are a place in line and a wait, not identifiers; draw station is generic (decision 1)."),
    ("eq0003", "Hi Tomasz, your checked in at Meridian Labs PSC on Route 9. Current wait ~20 min. We'll text when a phlebotomist is ready for you.",
     "REWRITE", "other", "sms", "en",
     [("Tomasz", "NAME")],
     ["lab", "typo"], "The check-in text survives without the name (staff typo 'your checked in' kept); PSC and phlebotomist are generic (decision 1). 'Route 9' names the site's road, not a patient address (judgement: not labelled)."),
    ("eq0004", "It's your turn! Please come to Draw Room 3. Your phlebotomist today is Ruby Vance, CPT(ASCP).",
     "ALLOW", "other", "sms", "en",
     [("Ruby Vance, CPT(ASCP)", "PROVIDER")],
     ["lab"], "Workforce named with a credential: PROVIDER, allowed. CPT(ASCP) is the phlebotomy-technician credential, not a procedure code (decision 11)."),
    ("eq0005", "Reminder: your glucose tolerance test at Northfield Hospital Outpatient Lab is tomorrow at 7:00 AM. Plan to stay about 3 hours. Nothing to eat or drink except water after midnight.",
     "REWRITE", "reminder", "sms", "en",
     [("glucose tolerance test", "PROCEDURE")],
     ["lab"], "Named test goes; time and the fasting instruction survive (decision 2)."),
    ("eq0006", "Laboratorio Clínico Del Valle: Su cita para toma de muestras es el jueves 14 de mayo a las 8:15 am. Venga en ayunas (8 a 12 horas sin comer); puede tomar agua. Responda SI para confirmar.",
     "ALLOW", "confirmation", "sms", "es",
     [("14 de mayo", "DATE")],
     ["lab"], "Toma de muestras and en ayunas are generic (decisions 1, 2); date and time are allowed."),
    ("eq0007", "Your appointment for a 10-panel urine drug screen is Mon 6/1 at 9:30 at our Cole Street collection site. Bring the donor form from your employer and avoid drinking large amounts of fluid beforehand.",
     "REWRITE", "reminder", "sms", "en",
     [("10-panel urine drug screen", "PROCEDURE"), ("6/1", "DATE")],
     ["lab"], "The drug-screen type goes (decision 14); date, time and site survive. 'Cole Street collection site' is the practice's location without a number (judgement: not labelled)."),
    ("eq0008", "Hello, this is Meridian Reference Laboratories calling to confirm your home collection visit on Friday, April 24th between 8 and 10 AM. Our mobile phlebotomist will come to 2231 Larkspur Lane, Apartment 4B. Press 1 to confirm or 2 to reschedule.",
     "REWRITE", "confirmation", "voice", "en",
     [("April 24th", "DATE"), ("2231 Larkspur Lane, Apartment 4B", "ADDRESS")],
     ["lab"], "Voice is treated like SMS; the patient's home address is not needed in the confirmation (decision 12)."),
    ("eq0009", "Tri-County Lab Services: walk-ins welcome Mon-Fri 6:30am-3pm, Sat 7-11am. Skip the wait and book at tricountylab.example.com/schedule. Questions? (614) 555-0142",
     "ALLOW", "marketing", "sms", "en",
     [("tricountylab.example.com/schedule", "URL"), ("(614) 555-0142", "PHONE")],
     ["lab", "broadcast", "practice-contact"], "Broadcast hours with the lab's own link and phone."),
    ("eq0010", "Hi Mrs. Delacroix - this is Janelle at the Oak Park lab. We had a cancellation and can draw your INR at 10:15 instead of 1:40 today. Text back YES if you want it.",
     "REWRITE", "reminder", "sms", "en",
     [("Delacroix", "NAME"), ("Janelle", "PROVIDER"), ("INR", "PROCEDURE")],
     ["lab", "cardiology"], "Staff sender is PROVIDER; patient name and the test (anticoagulation monitoring) go, the earlier slot survives."),
    ("eq0011", "Bayside Lab update: due to a power outage our Harbor location is closed today. All appointments have moved to the Seacliff PSC, 88 Dune Rd - same times. Sorry for the hassle!",
     "ALLOW", "other", "sms", "en",
     [("88 Dune Rd", "ADDRESS")],
     ["lab", "broadcast", "practice-contact"], "Closure broadcast with the lab's own alternate address."),
    ("eq0012", "ur appt at the lab is tmrw 7:30a. fasting 10-12 hrs pls, water ok. bring ins card + photo ID. -PrairieLab",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "shorthand", "hard-negative"], "Fasting is generic prep and names no test (decision 2)."),
)

# ---------------------------------------------------------------- batch 2 (eq0013-eq0024): fasting, urine collection, 24-hour urine and glucose-tolerance prep
add(
    ("eq0013", "Subject: Your 24-hour urine collection - how to do it\n\nDear Mr. Abernathy,\n\nThank you for picking up your collection jug at Lakeshore Outpatient Lab. A few tips so the test goes smoothly:\n\n1. Start in the morning. Empty your bladder into the toilet as usual and write down the time - do NOT save this first urine.\n2. For the next 24 hours, save every drop in the orange jug, including the first urine of the next morning at the same time you started.\n3. Keep the jug in the refrigerator or on ice in a cooler between uses.\n4. The jug contains a small amount of preservative. Don't pour it out and don't urinate directly into the jug - use the collection hat.\n5. Bring the jug to any of our sites by 11 AM on the day you finish.\n\nIf you miss a collection, stop and call us at (608) 555-0117 for a new jug.\n\nThank you,\nLakeshore Outpatient Lab - Specimen Processing",
     "REWRITE", "care-instructions", "email", "en",
     [("Abernathy", "NAME"), ("24-hour urine collection", "PROCEDURE"), ("(608) 555-0117", "PHONE")],
     ["lab", "practice-contact"], "Collection instructions for a named test are care instructions, not treatment: REWRITE, name and test name go (decision 3). Email is treated like SMS."),
    ("eq0014", "Recuerde: mañana empieza su recolección de orina de 24 horas. Tire la primera orina de la mañana y guarde todas las demás en el garrafón, siempre en el refri. Entréguelo en el laboratorio antes de las 11 am. Dudas: (915) 555-0163.",
     "REWRITE", "care-instructions", "sms", "es",
     [("recolección de orina de 24 horas", "PROCEDURE"), ("(915) 555-0163", "PHONE")],
     ["lab", "practice-contact"], "Named collection test goes; the reminder and the lab's phone stay (decision 3)."),
    ("eq0015", "Prep for tomorrow's 3-hour OGTT: eat normally (at least 150 g of carbs a day) for the 3 days before, then nothing but water after 10 PM. No smoking, gum or exercise during the test. Bring something to read - you'll have 4 draws.",
     "REWRITE", "care-instructions", "sms", "en",
     [("3-hour OGTT", "PROCEDURE")],
     ["lab"], "Prep that names the test: the test name goes, the generic prep survives (decision 2)."),
    ("eq0016", "Hi Keisha! Reminder from Magnolia Women's Care: your 1-hour glucose screen is at your 28-week visit on 8/19. No fasting needed. You'll drink the glucola and we draw exactly 1 hour later, so please don't leave the office.",
     "REWRITE", "reminder", "sms", "en",
     [("Keisha", "NAME"), ("Magnolia Women's Care", "SPECIALTY"), ("1-hour glucose screen", "PROCEDURE"), ("28-week", "PROCEDURE"), ("8/19", "DATE"), ("glucola", "MEDICATION")],
     ["lab", "reproductive"], "Prenatal visit: the week label reveals pregnancy and is a named visit type (decision 10); the women's-health name, test and drink go, the date survives."),
    ("eq0017", "Fasting reminder: nothing to eat or drink except water for 12 hours before your lipid panel tomorrow. Take your usual medications unless your doctor told you otherwise. Black coffee is NOT ok!",
     "REWRITE", "care-instructions", "sms", "en",
     [("lipid panel", "PROCEDURE")],
     ["lab"], "Routine named test is still PROCEDURE (decision 2); 'take your usual medications' names no drug and changes no dose."),
    ("eq0018", "For your fasting labs tomorrow: do NOT take your metformin or your morning insulin until after your blood is drawn. Bring them with you and eat right after. - Dr. Osei's office",
     "BLOCK", "care-instructions", "sms", "en",
     [("metformin", "MEDICATION"), ("insulin", "MEDICATION"), ("Dr. Osei", "PROVIDER")],
     ["lab", "primary-care"], "Holding medicines is a dosing instruction, and the two drugs together reveal diabetes: the instruction is the message (decision 2)."),
    ("eq0019", "Urine sample tips: wash your hands, clean front to back with the wipe, start peeing into the toilet, then catch the middle of the stream in the cup. Fill to the line, cap it tightly and hand it to the front desk.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["lab", "hard-negative"], "Generic collection steps that name no test (decision 3); 'urine sample' is generic like blood work (decision 1)."),
    ("eq0020", "Sra. Paredes, para sus análisis en ayunas del viernes: no se aplique la insulina NPH de la noche anterior y no tome la glibenclamida en la mañana. Traiga su glucómetro.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Paredes", "NAME"), ("insulina NPH", "MEDICATION"), ("glibenclamida", "MEDICATION"), ("glucómetro", "PROCEDURE")],
     ["lab", "primary-care"], "Medication-hold instructions are dosing instructions and reveal diabetes (decision 2); the glucose meter is a device (PROCEDURE)."),
    ("eq0021", "Heads up: our Westgate PSC now opens at 6 AM on weekdays for fasting patients. Early birds get the shortest lines!",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Hours broadcast; 'fasting patients' says nothing about the recipient."),
    ("eq0022", "Instructions for your 24-hour urine protein and creatinine clearance (ordered by Dr. Halvorsen): start after your first morning void on Sunday 11/8, collect everything through Monday's first morning void, keep it cold, and drop it off by noon Monday.",
     "ALLOW", "care-instructions", "portal", "en",
     [("24-hour urine protein", "PROCEDURE"), ("creatinine clearance", "PROCEDURE"), ("Dr. Halvorsen", "PROVIDER"), ("11/8", "DATE")],
     ["lab", "contrast"], "Inside the secure portal the test names may stay (README channel convention); the same text by SMS is eq0023."),
    ("eq0023", "Instructions for your 24-hour urine protein and creatinine clearance (ordered by Dr. Halvorsen): start after your first morning void on Sunday 11/8, collect everything through Monday's first morning void, keep it cold, and drop it off by noon Monday.",
     "REWRITE", "care-instructions", "sms", "en",
     [("24-hour urine protein", "PROCEDURE"), ("creatinine clearance", "PROCEDURE"), ("Dr. Halvorsen", "PROVIDER"), ("11/8", "DATE")],
     ["lab", "contrast"], "Same text as eq0022 by SMS: the test names go (decision 3); provider and date are allowed."),
    ("eq0024", "Thanks for choosing Bayside Lab! This month's patient-appreciation treat at our Pinecrest PSC: free blood orange sorbet cups from Gelato Gallo next door, while supplies last.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Look-alike: 'blood orange' is a fruit, not a blood test."),
)

# ---------------------------------------------------------------- batch 3 (eq0025-eq0036): at-home collection kits, shipping and returns
add(
    ("eq0025", "Your CollectRight at-home kit has shipped! Tracking: 1Z 999 AA1 01 2345 6784 (UPS). Please register the kit before you collect at collectright.example/activate",
     "ALLOW", "other", "sms", "en",
     [("collectright.example/activate", "URL")],
     ["lab", "practice-contact"], "Vendor's own link; the carrier tracking number identifies a parcel, not the patient (decision 5); the kit names no test."),
    ("eq0026", "Your FIT colon screening kit is on its way from Valley Lab. Collect one sample within 14 days of receiving it and mail it back in the prepaid envelope. Questions: (206) 555-0139",
     "REWRITE", "other", "sms", "en",
     [("FIT colon screening", "PROCEDURE"), ("(206) 555-0139", "PHONE")],
     ["lab", "primary-care", "practice-contact"], "Named screening test goes (the generic word 'kit' stays outside); the mailing instructions survive (decision 3)."),
    ("eq0027", "Friendly reminder: we haven't received your sample yet. Kits must arrive within 7 days of collection. Drop it in any mailbox - postage is prepaid. Already sent it? Please ignore this text.",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "hard-negative"], "Return reminder that names no test (decision 1)."),
    ("eq0028", "Kit activated! Kit ID KX-44820-319 is now linked to: Priya Ramaswamy, DOB 02/17/1986. Test: Sexual Health Panel (chlamydia, gonorrhea, trichomonas). Expect results 2-5 days after the lab receives your sample.",
     "BLOCK", "confirmation", "email", "en",
     [("KX-44820-319", "OTHER_ID"), ("Priya Ramaswamy", "NAME"), ("02/17/1986", "DATE"), ("Sexual Health Panel", "PROCEDURE"), ("chlamydia", "CONDITION"), ("gonorrhea", "CONDITION"), ("trichomonas", "CONDITION")],
     ["lab", "hiv-sexual-health", "dob"], "Full date of birth with the name is BLOCK (README); the kit ID is OTHER_ID (decision 5) and the panel's contents are CONDITION each (decision 7)."),
    ("eq0029", "Su kit de autotoma para la prueba de VPH ya fue enviado. Tome la muestra según el instructivo y devuélvalo en el sobre prepagado dentro de 10 días. Dudas al (305) 555-0178.",
     "REWRITE", "other", "sms", "es",
     [("prueba de VPH", "PROCEDURE"), ("(305) 555-0178", "PHONE")],
     ["lab", "reproductive", "practice-contact"], "The named test goes; 'kit de autotoma' (self-collection kit) is generic (decisions 1, 3)."),
    ("eq0030", "We received your kit on 5/28, but the sample was collected more than 10 days earlier and is too old to test. A free replacement kit ships today. Sorry for the trouble!",
     "ALLOW", "other", "sms", "en",
     [("5/28", "DATE")],
     ["lab"], "A specimen too old to run is a lab-process fact, not a finding (decision 4); no test named."),
    ("eq0031", "Your son Eli's at-home lead test kit arrived at the lab, but the card wasn't labeled with his name and date of birth, so we can't run it. We'll mail a new kit to the address on file.",
     "REWRITE", "other", "sms", "en",
     [("Eli", "NAME"), ("lead test", "PROCEDURE")],
     ["lab", "pediatrics", "minor"], "A dependent's logistics with a name and a routine screening test: REWRITE like the patient's own (README); the unlabeled card is not a finding (decision 4)."),
    ("eq0032", "Subject: Reminder - please return your HomeVial kit\n\nHello,\n\nThank you for using HomeVial. Our records show that kit HV-7730-2291 for your thyroid panel (TSH, free T4, TPO antibodies) has not been scanned at our lab yet. Samples must reach us within 7 days of collection, so if you haven't collected yet, please do it Monday through Thursday only (not before a weekend or holiday).\n\nTo return it, seal the tube in the biohazard bag, put it in the box and apply the prepaid FedEx label. You can drop it at any FedEx location. If you already shipped it, you can check its status at homevial.example/track.\n\nNeed a new kit or have questions? Reply to this email or call 1-800-555-0199 (Mon-Fri 8-6 CT).\n\nThe HomeVial Care Team",
     "REWRITE", "reminder", "email", "en",
     [("HV-7730-2291", "OTHER_ID"), ("thyroid panel", "PROCEDURE"), ("TSH", "PROCEDURE"), ("free T4", "PROCEDURE"), ("TPO antibodies", "PROCEDURE"), ("homevial.example/track", "URL"), ("1-800-555-0199", "PHONE")],
     ["lab", "practice-contact"], "Kit ID (decision 5) and test names go; the return instructions and the vendor's own link and phone survive."),
    ("eq0033", "Your sample has arrived at our lab 🧪 Results usually take 3-5 business days. We'll notify you as soon as they're ready.",
     "ALLOW", "other", "push", "en", [],
     ["lab", "hard-negative"], "Receipt notice; no test, no result."),
    ("eq0034", "Your at-home HbA1c result: 5.9% - that's in the prediabetes range. Tap to see next steps and healthy-eating tips.",
     "BLOCK", "result", "push", "en",
     [("HbA1c", "PROCEDURE"), ("5.9%", "RESULT"), ("prediabetes", "CONDITION")],
     ["lab", "primary-care"], "A value and its interpretation are the message; push previews on the lock screen like SMS."),
    ("eq0035", "Resultado de su prueba casera de colesterol: total 248 mg/dL, LDL 171. Le recomendamos consultar a su médico pronto.",
     "BLOCK", "result", "sms", "es",
     [("prueba casera de colesterol", "PROCEDURE"), ("248 mg/dL", "RESULT"), ("LDL", "PROCEDURE"), ("171", "RESULT")],
     ["lab", "cardiology"], "Values are the message: BLOCK."),
    ("eq0036", "Subject: Collecting your sample, step by step\n\nHi there,\n\nYour kit is ready to use. Here's how to get a good sample:\n\n- Collect in the morning, Monday to Thursday, so it reaches us before the weekend.\n- Wash your hands in warm water for 30 seconds and let your arm hang down for a minute.\n- Twist off the lancet cap, press it firmly against the side of a fingertip and click.\n- Wipe away the first drop, then let drops fall onto the card until each circle is completely filled. Don't touch the paper.\n- Let the card dry flat for at least 3 hours, away from sunlight. Do not refrigerate.\n- Slide it into the foil pouch with the drying packet and seal it, then into the return envelope.\n\nMost people finish in under ten minutes. If a circle doesn't fill, use another finger with a new lancet - there are two in the box.\n\nQuestions? Just reply to this email.\n\nThe Kit Support Team",
     "ALLOW", "care-instructions", "email", "en", [],
     ["lab", "hard-negative"], "Generic finger-prick collection steps that name no test (decision 3); 'lancet' and 'drop' are collection words, not clinical content."),
)

# ---------------------------------------------------------------- batch 4 (eq0037-eq0048): specimen problems and recollects
add(
    ("eq0037", "Sorry! The blood sample from your Tuesday visit was hemolyzed (the red cells broke down in transit), so we need to redraw it. There's no charge. Walk in any time this week at any of our PSCs.",
     "ALLOW", "other", "sms", "en", [],
     ["lab"], "Judgement: 'hemolyzed' describes the tube, not the patient, and no test is named: ALLOW with no span (decision 4)."),
    ("eq0038", "Hi Gordon, your PSA specimen reached the lab without a label, so it can't be run. Please stop by for a quick redraw - we apologize for the inconvenience. - Cornerstone Lab",
     "REWRITE", "other", "sms", "en",
     [("Gordon", "NAME"), ("PSA", "PROCEDURE")],
     ["lab", "primary-care"], "Recollect with a named test: name and test go (decision 4)."),
    ("eq0039", "Quantity not sufficient (QNS) on your urine culture. Please return within 48 hrs to give a new sample; no appointment needed.",
     "REWRITE", "other", "sms", "en",
     [("urine culture", "PROCEDURE")],
     ["lab", "shorthand"], "QNS is a specimen-quality fact (decision 4); the named culture goes."),
    ("eq0040", "Le informamos que su muestra de sangre se coaguló antes de procesarla y necesitamos tomarle otra. No tiene costo. Puede venir cualquier día de 7 a 3, sin cita.",
     "ALLOW", "other", "sms", "es",
     [],
     ["lab"], "A clotted tube is a lab-process fact and no test is named (decision 4); judgement, so not tagged hard-negative."),
    ("eq0041", "Your potassium came back 6.1, but the tube was hemolyzed, which can falsely raise it. Dr. Brandt wants a repeat BMP today to be sure. Go to the ER if you have palpitations or muscle weakness.",
     "BLOCK", "result", "sms", "en",
     [("potassium", "PROCEDURE"), ("6.1", "RESULT"), ("Dr. Brandt", "PROVIDER"), ("BMP", "PROCEDURE"), ("palpitations", "CONDITION"), ("muscle weakness", "CONDITION")],
     ["lab", "primary-care"], "A recollect that carries a value is a result (decision 4); symptoms are conditions."),
    ("eq0042", "Subject: Please return for a repeat blood draw\n\nDear Patient,\n\nWe are contacting you because a specimen collected on 4/2 at the Northfield Hospital Outpatient Lab may not have been labeled according to our procedures. Your specimen was not lost and there is no risk to your health, but to make sure every result we report is accurate, we are asking you to return for a repeat draw at no cost to you.\n\nYou may walk in at any Northfield lab location Monday through Friday, 6:30 AM to 5:00 PM, or Saturday 7:00 AM to noon. Please bring this email or mention code REDRAW-A when you check in. Your original order is already on file, so you do not need a new one from your provider.\n\nWe sincerely apologize for the inconvenience. If you have any questions, please call our Laboratory Client Services team at (402) 555-0186.\n\nSincerely,\nLaboratory Quality Department\nNorthfield Hospital",
     "ALLOW", "other", "email", "en",
     [("4/2", "DATE"), ("(402) 555-0186", "PHONE")],
     ["lab", "practice-contact"], "Neutral recollect notice: no test, no finding (decision 4); the check-in code is a campaign code, not an identifier (decision 5)."),
    ("eq0043", "Your baby's newborn screen needs to be repeated because the first sample was collected before 24 hours of age. This is common and does not mean anything is wrong. Please bring baby to any Lakeside lab this week.",
     "REWRITE", "other", "sms", "en",
     [("newborn screen", "PROCEDURE")],
     ["lab", "pediatrics", "minor", "negation"], "A dependent's routine screening logistics: REWRITE (README); the negated 'anything is wrong' is not a finding, and an early collection is a timing fact (decision 4)."),
    ("eq0044", "Baby Reyes' newborn screen shows an out-of-range result for PKU. Please bring him to Children's Metabolic Clinic for a repeat within 24 hours - do not wait.",
     "BLOCK", "result", "sms", "en",
     [("Reyes", "NAME"), ("newborn screen", "PROCEDURE"), ("out-of-range", "RESULT"), ("PKU", "CONDITION"), ("Children's Metabolic Clinic", "SPECIALTY")],
     ["lab", "pediatrics", "minor", "third-party"], "A dependent's abnormal screening result is a third party's health: BLOCK (README)."),
    ("eq0045", "Hello, this is Crestview Hospital Lab calling for Denise Fowler about the blood sample collected Monday. The tube for your lithium level broke in transit, so we'll need to collect it again. Please come in before you take your morning dose. Call us at 555-0124 with questions.",
     "BLOCK", "other", "voice", "en",
     [("Denise Fowler", "NAME"), ("lithium", "MEDICATION"), ("555-0124", "PHONE")],
     ["lab", "behavioral-health", "practice-contact"], "The drug-level test names a revealing drug (decision 8), and timing the draw before the dose is a dosing instruction (decision 2): BLOCK. Voice is treated like SMS."),
    ("eq0046", "Please ignore yesterday's recollect text - it was sent in error and your specimen is fine. We apologize for the confusion!",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "'Your specimen is fine' is about the tube, not a result (decision 4)."),
    ("eq0047", "Sr. Villalobos, su muestra de orina para el urocultivo llegó sin refrigerar y no se pudo procesar. Por favor traiga una nueva muestra mañana antes de las 10 am.",
     "REWRITE", "other", "sms", "es",
     [("Villalobos", "NAME"), ("urocultivo", "PROCEDURE")],
     ["lab"], "Recollect with a named test: name and test go (decision 4); 'muestra de orina' is generic (decision 1)."),
    ("eq0048", "Recollect needed: your cortisol stim test samples were drawn at the wrong times. Dr. Amari says skip your hydrocortisone tonight and come back at 7 AM tomorrow for a repeat.",
     "BLOCK", "care-instructions", "sms", "en",
     [("cortisol stim test", "PROCEDURE"), ("Dr. Amari", "PROVIDER"), ("hydrocortisone", "MEDICATION")],
     ["lab", "primary-care"], "A medication-hold instruction comes with the recollect: dosing instruction, BLOCK (decision 2)."),
)

# ---------------------------------------------------------------- batch 5 (eq0049-eq0060): result-ready notices and results
add(
    ("eq0049", "Your lab results are ready. Log in to view them at mychart.northfieldhealth.example.org - for your privacy we don't send details by text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("mychart.northfieldhealth.example.org", "URL")],
     ["lab", "practice-contact"], "Notification without PHI: no test named; the practice's own portal link."),
    ("eq0050", "New results are available in your patient portal. Reply STOP to opt out of text alerts.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "hard-negative"], "'Results' alone names neither test nor value (README: no test named is ALLOW)."),
    ("eq0051", "Hi Lena, your CBC and CMP from 9/14 have been reviewed and are now in the portal.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Lena", "NAME"), ("CBC", "PROCEDURE"), ("CMP", "PROCEDURE"), ("9/14", "DATE")],
     ["lab", "primary-care"], "Result-ready notice with a name and test names: both go, the notice survives."),
    ("eq0052", "Your A1c is 8.4%, up from 7.6% in March. Please schedule a visit with Dr. Achebe in the next 2 weeks to go over your diabetes plan.",
     "BLOCK", "result", "sms", "en",
     [("A1c", "PROCEDURE"), ("8.4%", "RESULT"), ("7.6%", "RESULT"), ("Dr. Achebe", "PROVIDER"), ("diabetes", "CONDITION")],
     ["lab", "primary-care"], "Values and a diagnosis are the message."),
    ("eq0053", "Your hemoglobin A1c result: 6.1% (H). Reference range 4.0-5.6%. Dr. Achebe's note: slightly above goal; let's recheck in 3 months and talk about diet at your next visit.",
     "ALLOW", "result", "portal", "en",
     [("hemoglobin A1c", "PROCEDURE"), ("6.1%", "RESULT"), ("([[H]])", "RESULT"), ("Dr. Achebe", "PROVIDER")],
     ["lab", "primary-care"], "Inside the secure portal values and flags may stay (README channel convention); the flag is its own RESULT span."),
    ("eq0054", "This is Kendall Creek Family Practice with a message for Arthur Blaine. Your cholesterol test from last week came back normal and no changes are needed. Have a great day.",
     "BLOCK", "result", "voice", "en",
     [("Arthur Blaine", "NAME"), ("cholesterol test", "PROCEDURE"), ("normal", "RESULT")],
     ["lab", "primary-care"], "A normal result is still a result (README); voice is overheard like SMS."),
    ("eq0055", "Results for your STD panel are in: everything came back negative! 🎉 No follow-up needed.",
     "BLOCK", "result", "sms", "en",
     [("STD panel", "PROCEDURE"), ("negative", "RESULT")],
     ["lab", "hiv-sexual-health"], "A negative result is still a result, on a sexual-health test (README)."),
    ("eq0056", "Laboratorio Clínico Del Valle: Sus resultados ya están disponibles. Consúltelos en resultados.labdelvalle.example.mx con su usuario y contraseña.",
     "ALLOW", "portal-notice", "sms", "es",
     [("resultados.labdelvalle.example.mx", "URL")],
     ["lab", "practice-contact"], "Notification without PHI; the lab's own link."),
    ("eq0057", "Don Ramiro, su hemoglobina salió en 9.8, está baja. El doctor quiere verlo esta semana; llame para hacer cita.",
     "BLOCK", "result", "sms", "es",
     [("Ramiro", "NAME"), ("hemoglobina", "PROCEDURE"), ("9.8", "RESULT"), ("baja", "RESULT")],
     ["lab", "primary-care"], "A value and its flag are the message."),
    ("eq0058", "Critical value notification from Meridian Reference Laboratories: please call our client services line at (614) 555-0151 right away regarding your sample from today.",
     "BLOCK", "result", "sms", "en",
     [("Critical value", "RESULT"), ("(614) 555-0151", "PHONE")],
     ["lab", "practice-contact"], "A critical flag is a finding even without the value (decision 9)."),
    ("eq0059", "Dr. Ferris would like to go over your recent results with you. Please call the office at (503) 555-0108 when you have a moment.",
     "ALLOW", "result", "sms", "en",
     [("Dr. Ferris", "PROVIDER"), ("(503) 555-0108", "PHONE")],
     ["lab", "primary-care", "practice-contact"], "Judgement: a call-back request with no test, value or flag (decision 9)."),
    ("eq0060", "Your DNA paternity test results are ready. For legal reasons they are only released in person with photo ID at our Main Office, Mon-Fri 9-4.",
     "REWRITE", "portal-notice", "sms", "en",
     [("DNA paternity test", "PROCEDURE")],
     ["lab"], "Result-ready notice that names a revealing test: the test goes, the pick-up logistics survive."),
)

# ---------------------------------------------------------------- batch 6 (eq0061-eq0072): results, relatives and dependents
add(
    ("eq0061", "MRO notice: your pre-employment drug screen was reported positive for amphetamine. The Medical Review Officer, Dr. Whitaker, will call you within 24 hours to ask about any prescriptions you take.",
     "BLOCK", "result", "sms", "en",
     [("pre-employment drug screen", "PROCEDURE"), ("positive", "RESULT"), ("amphetamine", "MEDICATION"), ("Dr. Whitaker", "PROVIDER")],
     ["lab", "substance-use"], "A drug-screen result with the substance: the finding is the message (README: substances in a drug-screen result are MEDICATION)."),
    ("eq0062", "Hi Carol, this is the Riverside anticoag lab. Your mother's INR today was 4.2 - please make sure she skips her warfarin tonight; the nurse will call her tomorrow with a new dose.",
     "BLOCK", "result", "sms", "en",
     [("Carol", "NAME"), ("anticoag", "SPECIALTY"), ("INR", "PROCEDURE"), ("4.2", "RESULT"), ("warfarin", "MEDICATION")],
     ["lab", "cardiology", "third-party"], "A relative's value and a dosing instruction: third party's health, BLOCK (README). 'anticoag' (lab) reveals the service line: SPECIALTY (decision 1)."),
    ("eq0063", "Hi Mr. Salas - Mateo's sweat chloride test came back at 62, which is in the range seen with cystic fibrosis. Dr. Nwosu from pulmonology will call you this afternoon to talk about next steps.",
     "BLOCK", "result", "sms", "en",
     [("Salas", "NAME"), ("Mateo", "NAME"), ("sweat chloride test", "PROCEDURE"), ("62", "RESULT"), ("cystic fibrosis", "CONDITION"), ("Dr. Nwosu", "PROVIDER"), ("pulmonology", "SPECIALTY")],
     ["lab", "pediatrics", "minor", "third-party"], "A child's result and a diagnosis sent to the parent: BLOCK (README third-party convention)."),
    ("eq0064", "Reminder: Ava's blood draw with our pediatric phlebotomy team is Thu 10/2 at 3:30 PM. Numbing cream and a prize box are available at check-in. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Ava", "NAME"), ("pediatric", "SPECIALTY"), ("10/2", "DATE")],
     ["lab", "pediatrics", "minor"], "A dependent's logistics with a name and a specialty word: REWRITE (README); 'pediatric' is SPECIALTY (decision 1). The numbing-cream offer is made to every child and names nothing about Ava (judgement: not labelled)."),
    ("eq0065", "Buenas tardes Sra. Ortega, le escribimos del laboratorio. La prueba de embarazo de su hija Daniela salió positiva. Por favor comuníquese con su médico.",
     "BLOCK", "result", "sms", "es",
     [("Ortega", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("Daniela", "NAME"), ("positiva", "RESULT")],
     ["lab", "reproductive", "third-party", "minor"], "A daughter's pregnancy result sent to the mother: third party's health, BLOCK."),
    ("eq0066", "Subject: Your recent thyroid labs\n\nDear Ms. Kowalczyk,\n\nDr. Ibanez has reviewed the blood work you had drawn at our outpatient lab on 1/21. Your TSH was 0.12 (L) and your free T4 was 2.3 (H), which means your thyroid dose is a little too strong right now. He recommends lowering your levothyroxine from 100 mcg to 88 mcg starting tomorrow. A new prescription has been sent to your pharmacy.\n\nPlease have your thyroid levels rechecked in 6 weeks; the order is already in, and you can walk in at any of our patient service centers. Take your levothyroxine after the blood draw that morning, not before.\n\nIf you have a racing heart, shakiness or trouble sleeping before then, please call us.\n\nWarm regards,\nGreenway Internal Medicine\n(319) 555-0172",
     "BLOCK", "result", "email", "en",
     [("Kowalczyk", "NAME"), ("thyroid", "PROCEDURE"), ("thyroid", "MEDICATION", 1), ("thyroid", "PROCEDURE", 2), ("Dr. Ibanez", "PROVIDER"), ("1/21", "DATE"), ("TSH", "PROCEDURE"), ("0.12", "RESULT"), ("0.12 ([[L]])", "RESULT"), ("free T4", "PROCEDURE"), ("2.3", "RESULT"), ("2.3 ([[H]])", "RESULT"),
      ("levothyroxine", "MEDICATION"), ("levothyroxine", "MEDICATION", 1), ("racing heart", "CONDITION"), ("shakiness", "CONDITION"), ("trouble sleeping", "CONDITION"), ("(319) 555-0172", "PHONE")],
     ["lab", "primary-care", "practice-contact"], "Values, flags and a dose change are the message; email is treated like SMS. Judgement: 'thyroid' labs/levels is the test (PROCEDURE, generic word outside), 'thyroid dose' the drug (MEDICATION)."),
    ("eq0067", "Good news from Dr. Lindqvist: the pathology report on your skin biopsy came back benign. No further treatment is needed.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("pathology", "SPECIALTY"), ("skin biopsy", "PROCEDURE"), ("benign", "RESULT")],
     ["lab", "dermatology"], "A benign finding is still a result (README)."),
    ("eq0068", "Hi Mark, this is Tina from Cedar Lab. Your wife asked us to pass along her hCG result: 1,250, which is consistent with early pregnancy. She can see the details in her portal.",
     "BLOCK", "result", "sms", "en",
     [("Mark", "NAME"), ("Tina", "PROVIDER"), ("hCG", "PROCEDURE"), ("1,250", "RESULT"), ("early pregnancy", "CONDITION")],
     ["lab", "reproductive", "third-party"], "A spouse's result: third party's health, BLOCK even with her permission."),
    ("eq0069", "Hi Dolores, your hepatitis C antibody test results are available. Please log in to the portal to view them.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Dolores", "NAME"), ("hepatitis C antibody test", "PROCEDURE")],
     ["lab", "primary-care"], "Result-ready notice: the named test goes (one PROCEDURE span, decision 7), the notice survives."),
    ("eq0070", "Your results from your visit on 7/22 have been reviewed by Dr. Mensah and released to your portal.",
     "ALLOW", "portal-notice", "sms", "en",
     [("7/22", "DATE"), ("Dr. Mensah", "PROVIDER")],
     ["lab", "primary-care"], "Provider and date with no test named."),
    ("eq0071", "Your P\u200bS\u200bA came back at 9.4. Dr. Gallo would like you to see urology next week - our office will call to set it up.",
     "BLOCK", "result", "sms", "en",
     [("P\u200bS\u200bA", "PROCEDURE"), ("9.4", "RESULT"), ("Dr. Gallo", "PROVIDER"), ("urology", "SPECIALTY")],
     ["lab", "oncology"], "Disguised with zero-width spaces inside the test name; a value is the message."),
    ("eq0072", "The results of our patient survey are in: 94% of you rated your draw experience 5 stars. Thank you for all the positive feedback!",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Look-alike: survey 'results', '94%' and 'positive' feedback are not clinical."),
)

# ---------------------------------------------------------------- batch 7 (eq0073-eq0084): lab bills, estimates, insurance and collections
add(
    ("eq0073", "Keystone Clinical Lab: You have a balance of $87.40 for services on 2/11/2026 (acct ending 4471). Pay at pay.keystonelab.example or call (717) 555-0150, M-F 8-5.",
     "ALLOW", "billing", "sms", "en",
     [("2/11/2026", "DATE"), ("pay.keystonelab.example", "URL"), ("(717) 555-0150", "PHONE")],
     ["lab", "practice-contact"], "Amount, date of service and the lab's own contacts; a masked last-four account is not unique (decision 5)."),
    ("eq0074", "Subject: Your statement from Meridian Reference Laboratories\n\nPatient: Harold Kim\nAccount #: 30091827\nDate of service: 03/04/2026\nOrdering provider: Dr. Sunita Rao\n\nCPT 80061  Lipid panel            $54.00\nCPT 83036  Hemoglobin A1c         $38.00\nCPT 36415  Venipuncture           $12.00\nInsurance payment                -$61.00\nInsurance adjustment             -$10.00\nAMOUNT DUE                        $33.00\n\nPay online at billing.meridianlabs.example or call (614) 555-0153. Payment plans are available. Thank you!",
     "REWRITE", "billing", "email", "en",
     [("Harold Kim", "NAME"), ("30091827", "ACCOUNT"), ("03/04/2026", "DATE"), ("Dr. Sunita Rao", "PROVIDER"),
      ("80061", "PROCEDURE"), ("Lipid panel", "PROCEDURE"), ("83036", "PROCEDURE"), ("Hemoglobin A1c", "PROCEDURE"),
      ("billing.meridianlabs.example", "URL"), ("(614) 555-0153", "PHONE")],
     ["lab", "practice-contact"], "A bill listing tests: name, account and the tests with their CPT codes go, the amount due survives (decision 6). Judgement: 36415 (venipuncture) is the generic blood draw, not labelled (decision 1)."),
    ("eq0075", "Laboratorios Altamira: el presupuesto de sus estudios es de $1,450 MXN sin seguro. Incluye perfil tiroideo y vitamina D. Puede pagar en sucursal o en línea.",
     "REWRITE", "billing", "sms", "es",
     [("perfil tiroideo", "PROCEDURE"), ("vitamina D", "PROCEDURE")],
     ["lab"], "An estimate that names the tests: the tests go, the amount survives (decision 6). 'vitamina D' is the test here, not a supplement."),
    ("eq0076", "Your estimate for BRCA1/BRCA2 hereditary cancer genetic testing is ready: $250 after insurance. Questions about the estimate? Call our billing team at (216) 555-0114.",
     "REWRITE", "billing", "sms", "en",
     [("BRCA1/BRCA2 hereditary cancer genetic testing", "PROCEDURE"), ("(216) 555-0114", "PHONE")],
     ["lab", "oncology", "practice-contact"], "Estimate naming a revealing genetic test: the test goes, the amount survives (decision 6); the whole named test is one span."),
    ("eq0077", "FINAL NOTICE: Meridian Reference Laboratories account 7700-18832 is 120 days past due ($312.55). Pay now at billing.meridianlabs.example to avoid referral to a collection agency.",
     "REWRITE", "billing", "sms", "en",
     [("7700-18832", "ACCOUNT"), ("billing.meridianlabs.example", "URL")],
     ["lab", "practice-contact"], "A full account number is not needed in the text; the notice survives without it."),
    ("eq0078", "Your insurer, BluePeak Health (member ID BPH884120337), denied the claim for your vitamin D test as not medically necessary. You can appeal or pay the self-pay rate of $61.",
     "REWRITE", "billing", "sms", "en",
     [("BPH884120337", "HEALTH_PLAN_ID"), ("vitamin D test", "PROCEDURE")],
     ["lab"], "Member ID and the named test go; the denial and the options survive."),
    ("eq0079", "Lab bills can be confusing! Join our free billing Q&A on Zoom this Thursday at noon - we'll explain EOBs, deductibles and price estimates. Reply JOIN and we'll text you the link.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Broadcast about billing in general."),
    ("eq0080", "New self-pay prices at all Tri-County PSCs: basic metabolic panel $18, lipid panel $22, A1c $25, vitamin D $39. No order needed for wellness panels. Walk in Mon-Sat.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "A price list sent to everyone names tests but says nothing about the recipient: no span (decision 13, README broadcast convention)."),
    ("eq0081", "Su estado de cuenta del laboratorio ya está disponible. Pague en línea en pagos.labdelvalle.example.mx o llame al (915) 555-0163. ¡Gracias por su preferencia!",
     "ALLOW", "billing", "sms", "es",
     [("pagos.labdelvalle.example.mx", "URL"), ("(915) 555-0163", "PHONE")],
     ["lab", "practice-contact"], "Statement notice with the lab's own link and phone."),
    ("eq0082", "Payment plan confirmed for Gloria Reyes-Tan, SSN 078-05-1120, account 55018823: $25.00 per month starting 6/1. Thank you - Lab Billing Office.",
     "BLOCK", "billing", "email", "en",
     [("Gloria Reyes-Tan", "NAME"), ("078-05-1120", "SSN"), ("55018823", "ACCOUNT"), ("6/1", "DATE")],
     ["lab"], "An SSN must never travel by text or e-mail (DESIGN)."),
    ("eq0083", "Hello, this is the billing office of Tri-County Lab Services calling for Walter Greene regarding a balance of $143.20 for a date of service of March 3rd. Please call us back at 614-555-0142. Thank you.",
     "REWRITE", "billing", "voice", "en",
     [("Walter Greene", "NAME"), ("March 3rd", "DATE"), ("614-555-0142", "PHONE")],
     ["lab", "practice-contact"], "Voice like SMS: the patient's name goes (could be heard by anyone at the phone), the balance and call-back survive."),
    ("eq0084", "Itemized statement: HIV-1 RNA quantitative (87536) $212.00; CD4 count (86361) $96.00. Insurance claim pending. Questions? Reply BILL.",
     "REWRITE", "billing", "sms", "en",
     [("HIV-1 RNA quantitative", "PROCEDURE"), ("87536", "PROCEDURE"), ("CD4 count", "PROCEDURE"), ("86361", "PROCEDURE")],
     ["lab", "hiv-sexual-health"], "Judgement: a bill listing tests is REWRITE even though these tests imply a diagnosis - the billing purpose survives once test names and CPT codes go (decision 6)."),
)

# ---------------------------------------------------------------- batch 8 (eq0085-eq0096): look-alikes, disguises, an age over 89
add(
    ("eq0085", "Heads up: our Riverside PSC has moved two doors down, next to Lumière lab-grown diamonds. Same hours, same phone, plenty of parking in back.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Look-alike: 'lab-grown diamonds' is a jewelry store."),
    ("eq0086", "Saturday draws at Pinecrest Lab: our community room hosts a Labrador puppy class from 9 to 11, so please use the side entrance by the pharmacy. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Look-alike: a Labrador puppy class is not a lab test; 'draws' means blood draws at the site in general."),
    ("eq0087", "At Northfield Hospital Labs we're proud of our culture of safety: every tube is labeled in front of you, and we'll ask you to state your full name and birth date twice. Thank you for helping us get it right.",
     "ALLOW", "marketing", "email", "en", [],
     ["lab", "broadcast", "hard-negative"], "Look-alike: 'culture of safety' is not a microbiology culture; 'birth date' is mentioned, none given."),
    ("eq0088", "This weekend only: sample sale at the main lobby gift shop - scrubs, fleece jackets and water bottles up to 40% off. All proceeds support the hospital auxiliary.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a sample sale is retail, not a specimen."),
    ("eq0089", "You're invited: a panel discussion on 'Reading your lab report without panic' with our lab director and two patient advocates. Thursday 6 PM, Northfield auditorium. Free, light snacks. Reply RSVP.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Look-alike: a panel discussion is not a test panel; event broadcast."),
    ("eq0090", "How was your visit to Keystone Clinical Lab? Take our 2-minute survey and you'll be entered into this month's prize draw for a $50 gift card. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "Look-alike: a prize draw, not a blood draw; survey invitation."),
    ("eq0091", "Your H I V t e s t result is ready. Please log in to the portal or call the clinic to hear it - we can't share it by text.",
     "REWRITE", "portal-notice", "sms", "en",
     [("H I V t e s t", "PROCEDURE")],
     ["lab", "hiv-sexual-health", "spaced"], "Disguised with spaced letters; a result-ready notice that names a revealing test: the test goes, the notice survives."),
    ("eq0092", "g00d n3ws!! ur ch1amydia t3st came back n3gative, no tx needed :)",
     "BLOCK", "result", "sms", "en",
     [("ch1amydia t3st", "PROCEDURE"), ("n3gative", "RESULT")],
     ["lab", "hiv-sexual-health", "leet", "shorthand"], "Disguised with leetspeak; a negative result is still a result (README)."),
    ("eq0093", "Reminder: your \u043epioid urine screen at the Cole Street collection site is tomorrow at 8 AM. Bring your photo ID and the chain-of-custody form.",
     "REWRITE", "reminder", "sms", "en",
     [("\u043epioid urine screen", "PROCEDURE")],
     ["lab", "substance-use"], "Disguised with a Cyrillic o; a drug-screen visit is REWRITE (decision 14)."),
    ("eq0094", "Hello, this is HomeDraw Mobile Lab with a reminder for Eleanor Pruitt, age 93: our phlebotomist will visit on 1/9 between 9 and 11 AM. Press 1 to confirm.",
     "REWRITE", "reminder", "voice", "en",
     [("Eleanor Pruitt", "NAME"), ("93", "AGE"), ("1/9", "DATE")],
     ["lab", "age-over-89"], "Name and an age over 89 go; the visit window survives. Mobile lab name is generic (decision 12)."),
    ("eq0095", "Buenas tardes, le escribe Marisol del laboratorio. Su Papanicolaou salió anormal (ASC-US) y la Dra. Quintero le recomienda una colposcopia. Llámenos para agendar.",
     "BLOCK", "result", "sms", "es",
     [("Marisol", "PROVIDER"), ("Papanicolaou", "PROCEDURE"), ("anormal", "RESULT"), ("ASC-US", "RESULT"), ("Dra. Quintero", "PROVIDER"), ("colposcopia", "PROCEDURE")],
     ["lab", "reproductive"], "A finding and the next procedure are the message."),
    ("eq0096", "Laboratorio Clínico Del Valle: el lunes festivo estaremos cerrados. Abrimos el martes desde las 6:30 am en todas nuestras sucursales. ¡Gracias!",
     "ALLOW", "other", "sms", "es", [],
     ["lab", "broadcast", "hard-negative"], "Holiday-closure broadcast; a holiday is not a date (README)."),
)

# ---------------------------------------------------------------- batch 9 (eq0097-eq0108): results by e-mail and push, orders, verification, templates
add(
    ("eq0097", "Subject: Your glucose tolerance test results\n\nDear Ms. Adeyemi,\n\nYour 3-hour glucose tolerance test from 9/3 showed two elevated values (fasting 98, 1-hour 192, 2-hour 171, 3-hour 130). Two or more elevated values meet the criteria for gestational diabetes.\n\nThis is very common and very manageable. Our diabetes educator, Renee Balogun, RN, will call you this week to set up a glucose meter class, and Dr. Whitfield will go over a meal plan with you at your 30-week visit on 9/17. Until then, please try to avoid sugary drinks and juice.\n\nIf you have questions before then, call the Brightwater OB office at (512) 555-0166.\n\nWarmly,\nBrightwater OB/GYN",
     "BLOCK", "result", "email", "en",
     [("Adeyemi", "NAME"), ("3-hour glucose tolerance test", "PROCEDURE"), ("9/3", "DATE"),
      ("98", "RESULT"), ("192", "RESULT"), ("171", "RESULT"), ("130", "RESULT"), ("gestational diabetes", "CONDITION"),
      ("diabetes educator", "SPECIALTY"), ("Renee Balogun, RN", "PROVIDER"), ("glucose meter", "PROCEDURE"), ("Dr. Whitfield", "PROVIDER"),
      ("30-week", "PROCEDURE"), ("9/17", "DATE"), ("Brightwater OB", "SPECIALTY"), ("(512) 555-0166", "PHONE"), ("Brightwater OB/GYN", "SPECIALTY")],
     ["lab", "reproductive", "practice-contact"], "Values and a diagnosis are the message (e-mail treated like SMS). Judgement: 'diabetes educator' is a service-line role (SPECIALTY) and the week label a visit type (decision 10)."),
    ("eq0098", "Hola Joaquín, tu examen de orina de 24 horas salió con proteína de 850 mg. La nefróloga quiere verte pronto y mientras tanto no tomes ibuprofeno. Saludos, Lab San Lucas",
     "BLOCK", "result", "sms", "es",
     [("Joaquín", "NAME"), ("examen de orina de 24 horas", "PROCEDURE"), ("proteína", "PROCEDURE"), ("850 mg", "RESULT"), ("nefróloga", "SPECIALTY"), ("ibuprofeno", "MEDICATION")],
     ["lab", "primary-care"], "A value and a medication instruction are the message; the measured analyte is a PROCEDURE and its value a RESULT (README scale convention)."),
    ("eq0099", "Your semen analysis results from Cascade Fertility Andrology Lab are posted: volume 2.1 mL, concentration 9 million/mL (L). Dr. Farrow will review them with you at your 6/30 consult.",
     "ALLOW", "result", "portal", "en",
     [("semen analysis", "PROCEDURE"), ("Cascade Fertility Andrology Lab", "SPECIALTY"), ("2.1 mL", "RESULT"), ("9 million/mL", "RESULT"), ("9 million/mL ([[L]])", "RESULT"), ("Dr. Farrow", "PROVIDER"), ("6/30", "DATE")],
     ["lab", "fertility", "contrast"], "Inside the secure portal results may stay; the same result by push is eq0100."),
    ("eq0100", "Semen analysis results: concentration 9 million/mL (L). Dr. Farrow will review them at your 6/30 consult.",
     "BLOCK", "result", "push", "en",
     [("Semen analysis", "PROCEDURE"), ("9 million/mL", "RESULT"), ("9 million/mL ([[L]])", "RESULT"), ("Dr. Farrow", "PROVIDER"), ("6/30", "DATE")],
     ["lab", "fertility", "contrast"], "The same result as eq0099 outside the portal: a value and flag on the lock screen, BLOCK."),
    ("eq0101", "Your lab order from Dr. Castellanos has been received. Walk in to any of our patient service centers - no appointment needed. Find locations and wait times at keystonelab.example/locations",
     "ALLOW", "other", "sms", "en",
     [("Dr. Castellanos", "PROVIDER"), ("keystonelab.example/locations", "URL")],
     ["lab", "practice-contact"], "An order with no test named; provider and the lab's own link."),
    ("eq0102", "Hello, this is Prairie Lab calling to remind you of your appointment tomorrow, Wednesday, at 8:40 AM at our Northgate location. Please bring your photo ID and insurance card. To reschedule, call 319-555-0127. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("319-555-0127", "PHONE")],
     ["lab", "practice-contact"], "Voice reminder with time, site and the lab's own phone; nothing about the recipient."),
    ("eq0103", "To finish registering for your draw, please verify:\nName: Curtis Oyelaran\nDOB: 07/30/1969\nIns: Crestmark member W7730018422\nReply Y if correct or N to fix.",
     "BLOCK", "other", "sms", "en",
     [("Curtis Oyelaran", "NAME"), ("07/30/1969", "DATE"), ("W7730018422", "HEALTH_PLAN_ID")],
     ["lab", "dob"], "A full date of birth with the name (and a member ID) must not travel by text (README)."),
    ("eq0104", "To: HR, Dalton Freight\nRe: Jesse Mraz - DOT pre-employment drug test collected 5/12: NEGATIVE. Cleared for safety-sensitive duty.\n- Tri-County Occupational Testing",
     "BLOCK", "result", "email", "en",
     [("Jesse Mraz", "NAME"), ("DOT pre-employment drug test", "PROCEDURE"), ("5/12", "DATE"), ("NEGATIVE", "RESULT")],
     ["lab", "third-party"], "A result about an employee sent to the employer: third party's health, BLOCK (decision 14); a negative result is still a result."),
    ("eq0105", "Recordatorio de Laboratorios Altamira: su cita para toma de muestra es el 3 de marzo a las 7:20 am en Av. Hidalgo 1420, Col. Centro. Traiga su orden médica e identificación.",
     "ALLOW", "reminder", "sms", "es",
     [("3 de marzo", "DATE"), ("Av. Hidalgo 1420, Col. Centro", "ADDRESS")],
     ["lab", "practice-contact"], "Date, time and the lab's own address; toma de muestra is generic (decision 1)."),
    ("eq0106", "Hi Renata! Good news - your ferritin came up to 45 from 12. Keep taking the iron every other day with a little vitamin C, and we'll recheck in 3 months. - Nurse Imani",
     "BLOCK", "result", "sms", "en",
     [("Renata", "NAME"), ("ferritin", "PROCEDURE"), ("45", "RESULT"), ("12", "RESULT"), ("iron", "MEDICATION"), ("vitamin C", "MEDICATION"), ("Nurse Imani", "PROVIDER")],
     ["lab", "primary-care"], "Values and a dosing instruction are the message; supplements named as products are MEDICATION (README)."),
    ("eq0107", "{{practice_name}}: Your specimen collection appointment is {{appt_date}} at {{appt_time}}. Reply C to confirm or R to reschedule. Msg&data rates may apply.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["lab", "template", "hard-negative"], "Template with content-free placeholders only; specimen collection is generic (decision 1)."),
    ("eq0108", "Summit Cancer Center Lab: your CA-125 is 312 U/mL. Dr. Petrossian will go over next steps with you at Thursday's visit.",
     "BLOCK", "result", "sms", "en",
     [("Summit Cancer Center Lab", "SPECIALTY"), ("CA-125", "PROCEDURE"), ("312 U/mL", "RESULT"), ("Dr. Petrossian", "PROVIDER")],
     ["lab", "oncology"], "A tumor-marker value is the message; the cancer-center lab name is SPECIALTY (decision 1)."),
)

# ---------------------------------------------------------------- batch 10 (eq0109-eq0120): caregivers, mobile draws, standing orders, staff texts
add(
    ("eq0109", "This message is for the daughter of Mr. Harlan Voss. His labs from this morning show a sodium of 121, and Dr. Keller asks that the nursing home hold his furosemide until she calls tomorrow. Please call 555-0193 with questions.",
     "BLOCK", "result", "voice", "en",
     [("Harlan Voss", "NAME"), ("sodium", "PROCEDURE"), ("121", "RESULT"), ("Dr. Keller", "PROVIDER"), ("furosemide", "MEDICATION"), ("555-0193", "PHONE")],
     ["lab", "third-party", "practice-contact"], "A parent's value and a medication hold left on a relative's voicemail: third party's health, BLOCK."),
    ("eq0110", "Su muestra ya llego al laboratorio. Le avisaremos por este medio en cuanto sus resultados esten listos en el portal. - Laboratorio Central San Lucas",
     "ALLOW", "other", "sms", "es", [],
     ["lab", "hard-negative", "typo"], "Receipt notice (accents dropped as staff often type them); 'resultados' with no test or value (README: no results yet, no test named)."),
    ("eq0111", "Hola Camila, tu cita en Clínica de Fertilidad Semilla para la medición de estradiol es mañana a las 7:30 am. No necesitas venir en ayunas. ¡Te esperamos!",
     "REWRITE", "reminder", "sms", "es",
     [("Camila", "NAME"), ("Clínica de Fertilidad Semilla", "SPECIALTY"), ("medición de estradiol", "PROCEDURE")],
     ["lab", "fertility"], "Fertility clinic name, hormone test and name go; the time survives."),
    ("eq0112", "Sra. Benítez: el cultivo de garganta de su hijo Tadeo salió positivo para estreptococo. Ya enviamos la amoxicilina a su farmacia; désela 2 veces al día por 10 días.",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("cultivo de garganta", "PROCEDURE"), ("Tadeo", "NAME"), ("positivo", "RESULT"), ("estreptococo", "CONDITION"), ("amoxicilina", "MEDICATION")],
     ["lab", "pediatrics", "minor", "third-party"], "A child's result and dosing sent to the parent: BLOCK (README third-party convention)."),
    ("eq0113", "Your mobile draw is confirmed! DrawWell phlebotomist Ruby Vance will arrive between 7 and 9 AM on Friday, 5/8. She'll text when she's about 15 minutes away.",
     "ALLOW", "confirmation", "sms", "en",
     [("phlebotomist Ruby Vance", "PROVIDER"), ("5/8", "DATE")],
     ["lab"], "Workforce with the role word in the span (decision 11); no patient address is repeated (decision 12)."),
    ("eq0114", "Subject: Your next INR check\n\nHello Mr. Whitcombe,\n\nThis is a reminder from Lakeview Anticoagulation Clinic that your next fingerstick INR check is on 12/3 at 10:20 AM in Suite 140. The visit takes about 15 minutes and no fasting is needed.\n\nPlease bring your dosing calendar and a list of any new medicines, antibiotics or supplements you've started since your last visit, and let us know if you've had any falls or unusual bruising.\n\nIf you need to reschedule, call us at (608) 555-0119 at least 24 hours ahead so we can offer the slot to another patient.\n\nThank you,\nLakeview Anticoagulation Clinic",
     "REWRITE", "reminder", "email", "en",
     [("Whitcombe", "NAME"), ("Lakeview Anticoagulation Clinic", "SPECIALTY"), ("fingerstick INR", "PROCEDURE"), ("12/3", "DATE"), ("(608) 555-0119", "PHONE"), ("Lakeview Anticoagulation Clinic", "SPECIALTY", 1)],
     ["lab", "cardiology", "practice-contact", "negation"], "Reminder: name, the clinic name that reveals anticoagulation and the test go; date, time, suite and phone survive. Judgement: the generic questions about 'falls or unusual bruising' are asked of every patient and are not labelled (negation/hypothetical)."),
    ("eq0115", "Your Lyme disease antibody test was positive (IgM). Dr. Sato has sent doxycycline 100 mg to your pharmacy - take it twice a day for 21 days.",
     "BLOCK", "result", "sms", "en",
     [("Lyme disease antibody test", "PROCEDURE"), ("positive", "RESULT"), ("IgM", "RESULT"), ("Dr. Sato", "PROVIDER"), ("doxycycline 100 mg", "MEDICATION")],
     ["lab", "primary-care"], "A result and dosing instructions are the message."),
    ("eq0116", "hey its Bri from the lab 🙂 just fyi ur vit D was 14 so super low, doc said start 50,000 IU once a wk. lmk if u have questions",
     "BLOCK", "result", "sms", "en",
     [("Bri", "PROVIDER"), ("vit D", "PROCEDURE"), ("14", "RESULT"), ("super low", "RESULT")],
     ["lab", "shorthand", "typo"], "Staff shorthand with a value, flag and dose: BLOCK. Judgement: the dose is outside any span (no drug name written)."),
    ("eq0117", "Reminder: Daylight saving time starts Sunday. Our draw stations still open at 6:30 AM - don't show up an hour late for your fasting labs!",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Broadcast; fasting labs is generic (decision 2)."),
    ("eq0118", "Transplant Center Lab: your standing order for weekly labs has been renewed through 12/31. Walk in Monday or Thursday mornings; no appointment needed.",
     "REWRITE", "other", "sms", "en",
     [("Transplant Center Lab", "SPECIALTY"), ("12/31", "DATE")],
     ["lab"], "A lab name that reveals transplant care is SPECIALTY (decision 1); the standing-order logistics survive."),
    ("eq0119", "Tri-County Lab Services will be closed Thursday for Thanksgiving. Our downtown PSC reopens Friday at 7 AM. Happy holidays!",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Holiday-closure broadcast; a holiday is not a date (README)."),
    ("eq0120", "Hi Wendell, Keystone Lab here. Your hematologist's order for a CBC with peripheral smear is on file - walk in any weekday after 7 AM. No fasting needed.",
     "REWRITE", "other", "sms", "en",
     [("Wendell", "NAME"), ("hematologist", "SPECIALTY"), ("CBC", "PROCEDURE"), ("peripheral smear", "PROCEDURE")],
     ["lab", "oncology"], "Name, specialty role word (README: role words naming a specialty) and tests go; the walk-in logistics survive."),
)

probe_lib.run(M, "eq", "probe144.jsonl")
