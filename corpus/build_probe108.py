#!/usr/bin/env python3
"""Build corpus/probe108.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe108.py [OUT] [-v]   (default: probe108.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, build script, source file or test was read.

This round is PEDIATRIC SUBSPECIALTIES AND CHILDREN'S HOSPITALS: what children's hospitals and
pediatric subspecialty clinics (developmental and autism evaluation, cardiology, GI,
endocrinology, neurology, pulmonology and cystic fibrosis, hematology, genetics, feeding therapy,
child life) send to parents and guardians: referrals and waitlists, pre-visit questionnaires,
sedation and procedure prep, results call-backs, school letters and 504/IEP forms, therapy
schedules, discharge follow-ups, pickups and family events. Messages that reveal a child's
condition, test, drug or procedure are mixed with ones that only schedule or invite, and with
look-alikes ("growing pains" of a new building, Little Hearts Daycare, a genius-level puzzle,
Dr. Seuss Day, the sugar rush after Halloween, a child named Hunter Heart). About 16% Spanish;
four disguised messages (spaced letters, a zero-width space, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Pediatric practice names and children's-hospital names ("... Pediatrics", "... Pediatric
     Cardiology", "Lakeshore Children's", "Hospital Infantil ...", "Clínica Pediátrica ...") are
     specialty-revealing: one SPECIALTY span (DESIGN lists pediatrics among the revealing
     specialties; build_probe7's first batch labels "Riverbend Pediatrics" the same way).
     A generic system name (Northfield Health, Pinecrest Health, St. Brigid Medical Center) is
     not labelled. A department named in a sentence ("check in at Imaging", "Neurodiagnostics",
     "the pulmonary clinic", "Heart Center", "5 West" is not one) is SPECIALTY.
  2. A dependent's appointment, prep or results call-back that names a test, procedure, therapy
     or device -- but no condition, drug or value -- is REWRITE like the patient's own (the
     README settles only routine visit types and specialty names for dependents). Fasting and
     arrival times before sedation are logistics that survive the rewrite; any drug or dosing
     instruction for the child is BLOCK (third party's medication / treatment instruction).
  3. A condition used to name an evaluation, clinic, camp or plan for a dependent ("autism
     evaluation", "Down Syndrome Clinic", "Asthma action plan") is a CONDITION span and the
     line is BLOCK, even when the diagnosis is only suspected (README: `Sofia's asthma check`).
  4. Named screening questionnaires and rating scales (ASQ-3, M-CHAT, Vanderbilt, ADOS-2) are
     PROCEDURE spans, like other scales (README review: a scale is a PROCEDURE).
  5. "504 plan" and "IEP" are PROCEDURE spans (programs that reveal a disability
     accommodation): with logistics only -> REWRITE; with the condition named -> BLOCK.
  6. Child life ("Child Life", "child life specialist"), NICU, "feeding OT" and specialty
     credentials (OTR/L, RBT, CCC-SLP, PT, DPT) are SPECIALTY; ABA, feeding/speech therapy and
     OT/PT as services are PROCEDURE.
  7. A family event sent to a subgroup (NICU graduates) or signed with a children's-hospital
     name is not a broadcast "to every patient": the name stays SPECIALTY and the line is
     REWRITE. Events and tips from a generic system name are broadcasts: ALLOW, no span.
  8. "Dr. Seuss" is an author, not a clinician: no PROVIDER span. "Heart" in the child's
     surname (Hunter Heart) is part of the NAME span, not cardiology.
  9. CPT codes in an estimate are PROCEDURE spans (each names the procedure); referral numbers
     are OTHER_ID; an insurance member ID is HEALTH_PLAN_ID.
 10. A named person addressed as the owner of a refill ("Hi Tyler, your ... refill") is treated
     as the patient (an adolescent's own pickup: REWRITE), not as a third party.
 11. A prescribed diet used as treatment ("gluten-free diet") is PROCEDURE; clinical devices
     (CGM brand, glucose meter, insulin pump, AFO, walker, PICC, chewy tube, cast/yeso) are PROCEDURE.
 12. A phone number or date spoken as words in a voice script is PHONE / DATE.
 13. "Discharged" / "hospital stay" alone reveal no condition and are not labelled.

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


# ---------------------------------------------------------------- batch 1 (dg0001-dg0012): referrals, waitlists, look-alikes
add(
    ("dg0001", "Reminder: your child's appointment with Dr. Okafor is Tue 3/10 at 2:40 PM. Please arrive 15 min early to complete forms. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/10", "DATE")],
     ["pediatrics"], "Provider, date and time only; 'your child' names no one and reveals no service."),
    ("dg0002", "Hi, this is Marisol from Meadowlark Developmental Pediatrics. We received Dr. Haddad's referral for Mateo and he's now on our waitlist for a developmental evaluation. Current wait is about 7 months. We'll text you when a spot opens.",
     "REWRITE", "other", "sms", "en",
     [("Marisol", "PROVIDER"), ("Meadowlark Developmental Pediatrics", "SPECIALTY"), ("Dr. Haddad", "PROVIDER"), ("Mateo", "NAME"), ("developmental evaluation", "PROCEDURE")],
     ["pediatrics", "minor"], "Waitlist logistics for a dependent: name, developmental-pediatrics name and the evaluation type go (decisions 1, 2); the staff sender is PROVIDER."),
    ("dg0003", "Good news - Sunflower Autism Center has an opening! Kenji can start his autism evaluation (ADOS-2) on 4/21 at 9:00. Please call (614) 555-0142 by Friday to hold the spot.",
     "BLOCK", "other", "sms", "en",
     [("Sunflower Autism Center", "SPECIALTY"), ("Kenji", "NAME"), ("autism", "CONDITION"), ("ADOS-2", "PROCEDURE"), ("4/21", "DATE"), ("(614) 555-0142", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A named child's evaluation labelled by a condition (autism) tells a third party's suspected diagnosis: BLOCK (decision 3); ADOS-2 is a scale (decision 4)."),
    ("dg0004", "Construction update: please excuse the growing pains of our new building! The east entrance closes Monday; use the north lobby doors and follow the blue signs. Thanks for your patience.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Growing pains' belong to the building, not to a child; a practice-wide notice."),
    ("dg0005", "Bluebird Pediatric Cardiology: Zoe has an appt w/ Dr. Lindqvist on 5/6 at 10:15am (echo + visit). Arrive 30 min early for the echo. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Bluebird Pediatric Cardiology", "SPECIALTY"), ("Zoe", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("5/6", "DATE"), ("echo", "PROCEDURE", 0), ("echo", "PROCEDURE", 1)],
     ["cardiology", "pediatrics", "minor", "shorthand"], "Dependent's logistics with a specialty name and a test but no finding: REWRITE (decision 2)."),
    ("dg0006", "Dr. Baptiste reviewed Aaliyah's Holter monitor and it showed a few short runs of SVT. Nothing urgent but she wants to see her back in 2 wks. Call 555-0117 to book.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Baptiste", "PROVIDER"), ("Aaliyah", "NAME"), ("Holter monitor", "PROCEDURE"), ("SVT", "CONDITION"), ("555-0117", "PHONE")],
     ["cardiology", "pediatrics", "minor", "third-party", "practice-contact"], "A finding on a child's heart monitor sent to the parent: a third party's result."),
    ("dg0007", "Little Hearts Daycare will be closed Friday for staff training. Sibling drop-off care during clinic visits resumes Monday. Questions? Ask at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Little Hearts' is a daycare's name, not a cardiology service."),
    ("dg0008", "Your referral to pediatric GI has been received. Cascadia Children's scheduling will call you within 10 business days. No need to call us. - Valley Family Clinic referrals",
     "REWRITE", "other", "sms", "en",
     [("pediatric GI", "SPECIALTY"), ("Cascadia Children's", "SPECIALTY")],
     ["pediatrics"], "Referral notice: the specialty and the children's-hospital name go (decision 1); the generic referring clinic stays."),
    ("dg0009", "You've been added to our waitlist. We'll text you if an earlier appointment opens up. Reply STOP to leave the waitlist. Valley Family Clinic (614) 555-0109",
     "ALLOW", "other", "sms", "en",
     [("(614) 555-0109", "PHONE")],
     ["general", "practice-contact"], "Waitlist notice from a generic clinic with its own phone number."),
    ("dg0010", "Hola, le escribimos de la Clínica Pediátrica Los Pinos. La Dra. Echeverría revisó los resultados de Thiago: la prueba de hierro salió baja (ferritina 8). Favor de darle el sulfato ferroso 1 ml diario y llamar al 555-0133 si tiene dudas.",
     "BLOCK", "result", "sms", "es",
     [("Clínica Pediátrica Los Pinos", "SPECIALTY"), ("Dra. Echeverría", "PROVIDER"), ("Thiago", "NAME"), ("prueba de hierro", "PROCEDURE"), ("baja", "RESULT"), ("ferritina", "PROCEDURE"), ("ferritina [[8]]", "RESULT"), ("sulfato ferroso", "MEDICATION"), ("555-0133", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A child's low iron result and a dosing instruction sent to the parent."),
    ("dg0011", "Subject: The Family Corner - March\n\nHi families!\n\nSpring is almost here, and so is our annual Teddy Bear Picnic on the lawn behind the main lobby (Saturday, 10 a.m. to 1 p.m.). Bring a blanket, a stuffed friend and the whole crew - there will be face painting, a bubble station and story time in the shade.\n\nThis month's brain teaser is a genius-level puzzle: a farmer has 17 sheep and all but 9 run away. How many are left? Post your answer on our Facebook page; the first ten correct answers win a book bag.\n\nParking reminder: the garage is free on weekends, and the shuttle runs every 15 minutes from the overflow lot.\n\nSee you there,\nThe Family Engagement Team\nPinecrest Health",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Newsletter to every family from a generic system name; 'genius-level' and 'teddy bear' are not clinical."),
    ("dg0012", "Hunter Heart is due for a well-child visit and flu shot. Book online at pinecresthealth.example/schedule or call (614) 555-0150. - Pinecrest Health",
     "REWRITE", "recall", "sms", "en",
     [("Hunter Heart", "NAME"), ("well-child", "PROCEDURE"), ("flu shot", "PROCEDURE"), ("pinecresthealth.example/schedule", "URL"), ("(614) 555-0150", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "'Heart' is the child's surname, not cardiology (decision 8); name plus routine visit types: REWRITE."),
)

# ---------------------------------------------------------------- batch 2 (dg0013-dg0024): pre-visit questionnaires
add(
    ("dg0013", "Before Priya's 18-month checkup, please fill out the ASQ-3 and M-CHAT questionnaires here: https://forms.example.org/q/18mo - takes about 10 minutes.",
     "REWRITE", "other", "sms", "en",
     [("Priya", "NAME"), ("ASQ-3", "PROCEDURE"), ("M-CHAT", "PROCEDURE"), ("https://forms.example.org/q/18mo", "URL")],
     ["pediatrics", "minor"], "Named screening questionnaires are PROCEDURE (decision 4); with the child's name: REWRITE. The form link has no patient token."),
    ("dg0014", "Please complete your child's pre-visit questionnaire before Thursday's appointment: https://intake.example.com/pv . Questions? Call 614-555-0121.",
     "ALLOW", "other", "sms", "en",
     [("https://intake.example.com/pv", "URL"), ("614-555-0121", "PHONE")],
     ["pediatrics", "practice-contact"], "Generic questionnaire link without a token and the practice's phone."),
    ("dg0015", "Lakeshore Children's: pre-visit forms for your upcoming visit are ready. Complete them here: https://lakeshorekids.example.org/forms?pid=88310427&t=Xk29",
     "REWRITE", "other", "sms", "en",
     [("Lakeshore Children's", "SPECIALTY"), ("https://lakeshorekids.example.org/forms?pid=88310427&t=Xk29", "URL")],
     ["pediatrics"], "A link with a patient id parameter is patient-specific, and the children's-hospital name is specialty-revealing (decision 1)."),
    ("dg0016", "Subject: Your upcoming visit\n\nHi Mr. and Mrs. Alvarado,\n\nThank you for scheduling Elijah's ADHD follow-up with Dr. Pruitt on April 14 at 3:30 PM. Please have Elijah's teacher complete the attached Vanderbilt Assessment (teacher version) and bring the parent version with you, filled out.\n\nIf he has been taking his Concerta 27 mg every school day, please keep a simple log of any appetite or sleep changes for the two weeks before the visit. Weekend skips are fine to note too.\n\nPlease also bring your insurance card and a photo ID. If you need to reschedule, reply to this email or call us at least 24 hours ahead; late cancellations may be charged a $40 fee. Our lobby has a small play area, but we ask that siblings stay with an adult at all times.\n\nSee you soon,\nFront desk, Riverside Pediatric Associates",
     "BLOCK", "reminder", "email", "en",
     [("Alvarado", "NAME"), ("Elijah", "NAME", 0), ("Elijah", "NAME", 1), ("ADHD", "CONDITION"), ("Dr. Pruitt", "PROVIDER"), ("April 14", "DATE"), ("Vanderbilt Assessment", "PROCEDURE"), ("Concerta 27 mg", "MEDICATION"), ("Riverside Pediatric Associates", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A child's condition and stimulant by name in an e-mail to the parents: third party's health."),
    ("dg0017", "Hi Ms. Greene, Imani's sweat chloride test came back normal at 18 mmol/L, which means cystic fibrosis is very unlikely. Dr. Volkov does not need to see her back for this. Let us know if you have any questions. - Nurse Tamsin, Pulmonary Clinic",
     "ALLOW", "result", "portal", "en",
     [("Greene", "NAME"), ("Imani", "NAME"), ("sweat chloride test", "PROCEDURE"), ("normal", "RESULT"), ("18 mmol/L", "RESULT"), ("cystic fibrosis", "CONDITION"), ("Dr. Volkov", "PROVIDER"), ("Nurse Tamsin", "PROVIDER"), ("Pulmonary Clinic", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "negation", "contrast"], "Inside the secure portal a result to the guardian may stay (README channel convention); contrast dg0018."),
    ("dg0018", "Imani's sweat test was normal (18), CF very unlikely. No f/u needed. -Pulm clinic",
     "BLOCK", "result", "sms", "en",
     [("Imani", "NAME"), ("sweat test", "PROCEDURE"), ("normal", "RESULT"), ("([[18]])", "RESULT"), ("CF", "CONDITION"), ("Pulm clinic", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "shorthand", "negation", "contrast"], "A normal result is still a result, and it is a child's: BLOCK by SMS (contrast dg0017)."),
    ("dg0019", "Recuerde llenar el cuestionario antes de la cita de su hijo/a el jueves 12 de marzo a las 3:20 pm. Si necesita ayuda, llámenos al (915) 555-0138.",
     "ALLOW", "reminder", "sms", "es",
     [("12 de marzo", "DATE"), ("(915) 555-0138", "PHONE")],
     ["pediatrics", "practice-contact"], "Date, time and the practice's phone; 'cuestionario' names no screening."),
    ("dg0020", "Reminder: the Vanderbilt parent and teacher forms are due before your visit on 9/24. Drop them off or upload at portal.example.net. Thank you!",
     "REWRITE", "reminder", "sms", "en",
     [("Vanderbilt", "PROCEDURE"), ("9/24", "DATE"), ("portal.example.net", "URL")],
     ["pediatrics"], "The Vanderbilt forms are an ADHD rating scale (decision 4) and reveal the evaluation; removing the name keeps the reminder."),
    ("dg0021", "Dr. Seuss Day is Monday! Kids who come to any appointment this week can pick a free book from the reading cart in the lobby. Wear your best striped hat!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Dr. Seuss' is an author, not a provider (decision 8); a broadcast."),
    ("dg0022", "Pre-visit check-in for Declan's diabetes clinic visit 2/19: pls upload his Dexcom data and bring his meter + insulin log. Last A1c was 8.9 so Dr. Tsai wants to review pump settings.",
     "BLOCK", "other", "sms", "en",
     [("Declan", "NAME"), ("diabetes", "CONDITION"), ("2/19", "DATE"), ("Dexcom", "PROCEDURE"), ("meter", "PROCEDURE"), ("insulin", "MEDICATION"), ("A1c", "PROCEDURE"), ("8.9", "RESULT"), ("Dr. Tsai", "PROVIDER"), ("pump", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A child's diagnosis, drug and A1c value: third party's health. CGM and pump are devices -> PROCEDURE (decision 11)."),
    ("dg0023", "Hola Sra. Ramírez, le recordamos que Valentina tiene cita en Neurología Pediátrica con el Dr. Ferreira el 3 de abril a las 8:30. Traiga su tarjeta del seguro. Conteste SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Ramírez", "NAME"), ("Valentina", "NAME"), ("Neurología Pediátrica", "SPECIALTY"), ("Dr. Ferreira", "PROVIDER"), ("3 de abril", "DATE")],
     ["pediatrics", "minor"], "Dependent's logistics with names and a specialty: REWRITE."),
    ("dg0024", "Happy Halloween from all of us! To tame the sugar rush after Halloween, let kids pick a few favorites and trade the rest at our Candy Buy-Back table in the main lobby during the first three days of November. Every trade earns stickers and a new toothbrush, and the leftover candy goes into care packages for service members overseas.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "'Sugar rush' is candy, not blood sugar; a broadcast tip."),
)

# ---------------------------------------------------------------- batch 3 (dg0025-dg0036): sedation and procedure prep
add(
    ("dg0025", "Sedation instructions for Ezra's MRI tomorrow: no solid food after 11:30 PM tonight, clear liquids until 5:30 AM, then nothing by mouth. Check in at Imaging, 2nd floor, 6:45 AM.",
     "REWRITE", "care-instructions", "sms", "en",
     [("Sedation", "PROCEDURE"), ("Ezra", "NAME"), ("MRI", "PROCEDURE"), ("Imaging", "SPECIALTY")],
     ["pediatrics", "minor", "imaging"], "Fasting and arrival times are logistics that survive once the child's name, sedation, the scan and the department go (decisions 1, 2)."),
    ("dg0026", "Reminder for tomorrow's EEG: keep Luca awake after midnight (sleep-deprived EEG) and give his morning Keppra as usual. No hair products. Arrive 7:15 at Neurodiagnostics, Bldg C.",
     "BLOCK", "care-instructions", "sms", "en",
     [("EEG", "PROCEDURE", 0), ("Luca", "NAME"), ("sleep-deprived EEG", "PROCEDURE"), ("Keppra", "MEDICATION"), ("Neurodiagnostics", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "An instruction to give a child's anti-seizure drug is a third party's medication and a dosing instruction (decision 2)."),
    ("dg0027", "Your child's procedure is scheduled for Wed 6/11. Check-in time is 6:30 AM at the main hospital, 1st floor. A nurse will call the day before with eating and drinking instructions.",
     "ALLOW", "reminder", "sms", "en",
     [("6/11", "DATE")],
     ["pediatrics"], "'Procedure' is a generic word; date and check-in time only."),
    ("dg0028", "Mañana es la endoscopia de Santiago. Puede tomar líquidos claros hasta las 6 am. No le dé el omeprazol en la mañana, el Dr. Chaudhry quiere tomar biopsias para descartar esofagitis eosinofílica.",
     "BLOCK", "care-instructions", "sms", "es",
     [("endoscopia", "PROCEDURE"), ("Santiago", "NAME"), ("omeprazol", "MEDICATION"), ("Dr. Chaudhry", "PROVIDER"), ("biopsias", "PROCEDURE"), ("esofagitis eosinofílica", "CONDITION")],
     ["pediatrics", "minor", "third-party", "negation"], "A child's drug instruction and the condition being ruled out: third party's health (decision 2)."),
    ("dg0029", "Child Life is here to help! Before Amara's cardiac cath on 8/14, our child life specialist can meet you both for a tour & some medical play. Call Kelsey at 614-555-0126 to set it up.",
     "REWRITE", "other", "sms", "en",
     [("Child Life", "SPECIALTY"), ("Amara", "NAME"), ("cardiac cath", "PROCEDURE"), ("8/14", "DATE"), ("child life specialist", "SPECIALTY"), ("Kelsey", "PROVIDER"), ("614-555-0126", "PHONE")],
     ["pediatrics", "minor", "cardiology", "practice-contact"], "Child life is a pediatric hospital service (decision 6); the dependent's procedure without a finding is REWRITE (decision 2)."),
    ("dg0030", "After today's sedated echo, Noor may be sleepy for a few hours. Start with clear liquids and move to her usual diet once she's keeping them down. Give acetaminophen 240 mg (7.5 mL) every 6 hours if needed for fussiness. Call the Heart Center at 614-555-0155 if she vomits more than twice.",
     "ALLOW", "care-instructions", "portal", "en",
     [("sedated echo", "PROCEDURE"), ("Noor", "NAME"), ("acetaminophen 240 mg", "MEDICATION"), ("Heart Center", "SPECIALTY"), ("614-555-0155", "PHONE")],
     ["pediatrics", "minor", "cardiology", "third-party", "practice-contact", "contrast"], "Aftercare with a dose is fine inside the secure portal (contrast dg0031)."),
    ("dg0031", "After today's sedated echo Noor may be sleepy. Give Tylenol 7.5 mL q6h prn. Call 614-555-0155 if she vomits more than 2x. -Heart Ctr",
     "BLOCK", "care-instructions", "sms", "en",
     [("sedated echo", "PROCEDURE"), ("Noor", "NAME"), ("Tylenol", "MEDICATION"), ("614-555-0155", "PHONE"), ("Heart Ctr", "SPECIALTY")],
     ["pediatrics", "minor", "cardiology", "third-party", "shorthand", "practice-contact", "contrast"], "The same aftercare by SMS: a dosing instruction for a child cannot be made safe by removal (contrast dg0030)."),
    ("dg0032", "Meet our newest team member: Pickles the therapy dog! Pickles visits the 3rd-floor playroom Tuesdays and Thursdays. Kids can ask for a paw-shake at the welcome desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A therapy dog's visiting hours; 'therapy' here names no one's treatment."),
    ("dg0033", "Hi from Pre-Anesthesia at Lakeshore Children's! Milo's tonsillectomy is confirmed for 7/22. Stop all food at midnight; clear apple juice OK until 2 hrs before arrival. Arrive 6:00 AM, Surgery check-in, 2nd fl.",
     "REWRITE", "care-instructions", "sms", "en",
     [("Pre-Anesthesia", "PROCEDURE"), ("Lakeshore Children's", "SPECIALTY"), ("Milo", "NAME"), ("tonsillectomy", "PROCEDURE"), ("7/22", "DATE")],
     ["pediatrics", "minor"], "Fasting and arrival logistics survive; the named procedure, the pre-op service, the name and the hospital name go (decisions 1, 2)."),
    ("dg0034", "Hospital Infantil San Lucas: la resonancia con sedación de su hijo/a es el martes 15 de julio. Llegue a las 7:00 am. Nada de comer después de la medianoche. Dudas: (915) 555-0161.",
     "REWRITE", "reminder", "sms", "es",
     [("Hospital Infantil San Lucas", "SPECIALTY"), ("resonancia con sedación", "PROCEDURE"), ("15 de julio", "DATE"), ("(915) 555-0161", "PHONE")],
     ["pediatrics", "minor", "imaging", "practice-contact"], "Children's-hospital name and the sedated scan go; date, time and fasting logistics stay (decisions 1, 2)."),
    ("dg0035", "Hemlibra dose due today for Malik - 1.5 mg/kg subQ. Log it in the app after the injection.",
     "BLOCK", "care-instructions", "push", "en",
     [("Hemlibra", "MEDICATION"), ("Malik", "NAME")],
     ["pediatrics", "minor", "third-party"], "A child's hemophilia drug with its dose on a lock screen: dosing instruction about a third party."),
    ("dg0036", "Hello, this is St. Brigid Medical Center calling with an appointment reminder for your child on Monday, June second, at nine fifteen A M, with Doctor Nakamura-Ross. Please arrive fifteen minutes early. To confirm, press one. To reschedule, press two.",
     "ALLOW", "reminder", "voice", "en",
     [("June second", "DATE"), ("Doctor Nakamura-Ross", "PROVIDER")],
     ["pediatrics"], "Spoken date and provider from a generic center name (decision 12)."),
)

# ---------------------------------------------------------------- batch 4 (dg0037-dg0048): results call-backs
add(
    ("dg0037", "Dr. Adeyemi would like to go over recent test results with you. Please call the office at (702) 555-0147 between 8 and 4.",
     "ALLOW", "result", "sms", "en",
     [("Dr. Adeyemi", "PROVIDER"), ("(702) 555-0147", "PHONE")],
     ["general", "practice-contact"], "Call-back with no test, no value and no name: notification without PHI."),
    ("dg0038", "Hi, this is Riverstone Pediatric Endocrinology. Dr. Tsai has reviewed Freya's bone age X-ray and would like to discuss it at a visit. Please call 702-555-0119 to schedule.",
     "REWRITE", "result", "sms", "en",
     [("Riverstone Pediatric Endocrinology", "SPECIALTY"), ("Dr. Tsai", "PROVIDER"), ("Freya", "NAME"), ("bone age X-ray", "PROCEDURE"), ("702-555-0119", "PHONE")],
     ["pediatrics", "minor", "imaging", "practice-contact"], "A call-back naming a child's test but no value or finding: REWRITE (decision 2)."),
    ("dg0039", "Freya's growth hormone stim test: peak GH 6.2 ng/mL (low). Dr. Tsai recommends starting Norditropin. Our nurse will call this week to teach you the injections.",
     "BLOCK", "result", "sms", "en",
     [("Freya", "NAME"), ("growth hormone stim test", "PROCEDURE"), ("peak GH", "PROCEDURE"), ("6.2 ng/mL", "RESULT"), ("([[low]])", "RESULT"), ("Dr. Tsai", "PROVIDER"), ("Norditropin", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's hormone value, its flag and a new drug: third party's result and treatment."),
    ("dg0040", "Sra. Morales, los análisis de Camila salieron bien: la hemoglobina está en 11.8 y ya no tiene anemia. Puede suspender las gotas de hierro. Saludos, enfermera Lupita.",
     "BLOCK", "result", "sms", "es",
     [("Morales", "NAME"), ("Camila", "NAME"), ("bien", "RESULT"), ("hemoglobina", "PROCEDURE"), ("11.8", "RESULT"), ("anemia", "CONDITION"), ("gotas de hierro", "MEDICATION"), ("enfermera Lupita", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "negation", "lab"], "A good result is still a result, with a stop instruction for a child's drug: BLOCK."),
    ("dg0041", "Lab results for Rowan (CBC, 3/3): Hemoglobin 12.1 g/dL, platelets 28 K/uL (L). Dr. Brennan will call you today about the low platelet count; this pattern fits the ITP we discussed in clinic.",
     "ALLOW", "result", "portal", "en",
     [("Rowan", "NAME"), ("CBC", "PROCEDURE"), ("3/3", "DATE"), ("Hemoglobin", "PROCEDURE"), ("12.1 g/dL", "RESULT"), ("platelets", "PROCEDURE"), ("28 K/uL", "RESULT"), ("([[L]])", "RESULT"), ("Dr. Brennan", "PROVIDER"), ("low platelet count", "RESULT"), ("ITP", "CONDITION")],
     ["pediatrics", "minor", "third-party", "lab", "contrast"], "Values and diagnosis may stay inside the secure portal (contrast dg0042)."),
    ("dg0042", "Subject: Rowan's lab results\n\nHi Jess, quick update before Dr. Brennan calls: Rowan's platelets were 28 today (low), hemoglobin 12.1. This fits the ITP we talked about. No gym or trampoline until we recheck Friday.\n\n- Dana, RN, Hematology",
     "BLOCK", "result", "email", "en",
     [("Rowan", "NAME", 0), ("Jess", "NAME"), ("Dr. Brennan", "PROVIDER"), ("Rowan", "NAME", 1), ("platelets", "PROCEDURE"), ("28", "RESULT"), ("([[low]])", "RESULT"), ("hemoglobin", "PROCEDURE"), ("12.1", "RESULT"), ("ITP", "CONDITION"), ("Dana, RN", "PROVIDER"), ("Hematology", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "lab", "contrast"], "The same result by e-mail (treated like SMS): a child's values and diagnosis (contrast dg0041)."),
    ("dg0043", "Results call-back: the genetics team has Ximena's chromosomal microarray results and would like to schedule a visit to review them with you. Please call Genetics at 702-555-0162.",
     "REWRITE", "result", "sms", "en",
     [("genetics", "SPECIALTY"), ("Ximena", "NAME"), ("chromosomal microarray", "PROCEDURE"), ("Genetics", "SPECIALTY"), ("702-555-0162", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Test named but no finding: the call-back survives once specialty, test and name go (decision 2)."),
    ("dg0044", "Ximena's microarray showed a 22q11.2 deletion. Dr. Ibarra will explain what this means at the 4/2 visit; please write down any questions. -Genetics",
     "BLOCK", "result", "sms", "en",
     [("Ximena", "NAME"), ("microarray", "PROCEDURE"), ("22q11.2 deletion", "CONDITION"), ("Dr. Ibarra", "PROVIDER"), ("4/2", "DATE"), ("Genetics", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A child's genetic diagnosis sent by text: a third party's finding."),
    ("dg0045", "We haven't recieved the results yet from the outside lab. We'll call you as soon as they arrive - usually 7-10 days. Thanks for your patience! -Dr. Kowalski's team",
     "ALLOW", "result", "sms", "en",
     [("Dr. Kowalski", "PROVIDER")],
     ["general", "negation", "typo"], "'No results yet' with no test named is ALLOW (README)."),
    ("dg0046", "Buenas tardes, le escribimos de Cardiología Pediátrica. El Dr. Amsel ya tiene el resultado del electrocardiograma de Gael y quiere hablar con usted. Llámenos al (915) 555-0170, por favor.",
     "REWRITE", "result", "sms", "es",
     [("Cardiología Pediátrica", "SPECIALTY"), ("Dr. Amsel", "PROVIDER"), ("electrocardiograma", "PROCEDURE"), ("Gael", "NAME"), ("(915) 555-0170", "PHONE")],
     ["pediatrics", "minor", "cardiology", "practice-contact"], "Results call-back naming the test but no value (decision 2)."),
    ("dg0047", "Hi, this message is for the parent of Oliver Brandt. This is Nurse Ines from the pulmonary clinic. Oliver's spirometry today showed his FEV1 at sixty-eight percent, so Doctor Volkov wants to step up his Flovent to two puffs twice a day. Please call us back at six one four, five five five, zero one three nine.",
     "BLOCK", "result", "voice", "en",
     [("Oliver Brandt", "NAME"), ("Nurse Ines", "PROVIDER"), ("pulmonary clinic", "SPECIALTY"), ("Oliver", "NAME", 1), ("spirometry", "PROCEDURE"), ("FEV1", "PROCEDURE"), ("sixty-eight percent", "RESULT"), ("Doctor Volkov", "PROVIDER"), ("Flovent", "MEDICATION"), ("six one four, five five five, zero one three nine", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A voicemail (overheard like SMS) with a child's lung-function value and a dose change; spoken phone is PHONE (decision 12)."),
    ("dg0048", "The results are in for our Coloring Contest! Congrats to all 214 young artists - the winning drawings are now on display in the Atrium. Stop by and vote for the People's Choice!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Contest 'results' are not clinical results."),
)

# ---------------------------------------------------------------- batch 5 (dg0049-dg0060): school letters, 504 and IEP forms, camps
add(
    ("dg0049", "The school form you requested is ready. Pick it up at the front desk Mon-Fri 8-5, or we can fax it straight to the school - just reply with the school's fax number.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "hard-negative"], "A school form with no condition, program or name; the fax number asked for is the school's."),
    ("dg0050", "Hi Ms. Coleman, the 504 plan paperwork for Jayden is signed by Dr. Okafor and ready for pickup at the front desk.",
     "REWRITE", "other", "sms", "en",
     [("Coleman", "NAME"), ("504 plan", "PROCEDURE"), ("Jayden", "NAME"), ("Dr. Okafor", "PROVIDER")],
     ["pediatrics", "minor"], "A 504 plan reveals a disability accommodation (decision 5); with no condition named the pickup notice survives as a rewrite."),
    ("dg0051", "Subject: School letter for Hazel\n\nDear Mrs. Whitfield,\n\nAttached is the letter you asked for. It states that Hazel has type 1 diabetes and may need to check her blood sugar, eat a snack or use the restroom during class at any time, and that she carries glucagon and wears an insulin pump. The 504 plan request form is completed on page 2.\n\nThe school nurse is welcome to reach Dr. Tsai's office at 702-555-0119 with any questions about her care plan during the school day. If the school uses its own medication authorization form, please send it to us and allow 3-5 business days for a signature. There is no charge for school letters, and as you asked, we did not include her home address or date of birth.\n\nBest regards,\nRiverstone Pediatric Endocrinology",
     "BLOCK", "other", "email", "en",
     [("Hazel", "NAME", 0), ("Whitfield", "NAME"), ("Hazel", "NAME", 1), ("type 1 diabetes", "CONDITION"), ("blood sugar", "PROCEDURE"), ("glucagon", "MEDICATION"), ("insulin pump", "PROCEDURE"), ("504 plan", "PROCEDURE"), ("Dr. Tsai", "PROVIDER"), ("702-555-0119", "PHONE"), ("Riverstone Pediatric Endocrinology", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "The school letter's content is a child's diagnosis, drug and device: BLOCK (decision 5); blood sugar checks are a measure -> PROCEDURE."),
    ("dg0052", "Su carta para la escuela ya está lista. Puede recogerla en recepción de lunes a viernes de 8 a 5. Clínica Familiar del Valle.",
     "ALLOW", "other", "sms", "es", [],
     ["pediatrics", "hard-negative"], "A school letter ready for pickup from a generic clinic name; nothing about the child's health."),
    ("dg0053", "School note: Ava may use her albuterol inhaler 2 puffs as needed before PE and recess. Asthma action plan attached. Signed Dr. Moreau 9/2.",
     "BLOCK", "other", "email", "en",
     [("Ava", "NAME"), ("albuterol inhaler", "MEDICATION"), ("Asthma", "CONDITION"), ("Dr. Moreau", "PROVIDER"), ("9/2", "DATE")],
     ["pediatrics", "minor", "third-party"], "A child's drug with its dose and a condition-named plan (decision 3): third party's health."),
    ("dg0054", "Sports physicals for the fall season: walk-ins welcome Saturdays in August, 9 to noon. Bring your school's form. $25, cash or card.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "hard-negative", "broadcast"], "Sports physicals offered to everyone; 'physical' is generic (README)."),
    ("dg0055", "The letter for Bodhi's IEP meeting is signed by Dr. Ferreira, along with the OT/PT recommendations for his school team. Pick up at the Neurology front desk, 3rd floor.",
     "REWRITE", "other", "sms", "en",
     [("Bodhi", "NAME"), ("IEP", "PROCEDURE"), ("Dr. Ferreira", "PROVIDER"), ("OT/PT", "PROCEDURE"), ("Neurology", "SPECIALTY")],
     ["pediatrics", "minor"], "IEP and therapies are programs (decisions 5, 6) and neurology a specialty; no condition, so the pickup notice survives as a rewrite."),
    ("dg0056", "Buenos días. La Dra. Villalobos ya firmó el formulario de medicamentos para la escuela de Emiliano: metilfenidato 10 mg a la hora del almuerzo. Lo puede recoger hoy después de la 1.",
     "BLOCK", "other", "sms", "es",
     [("Dra. Villalobos", "PROVIDER"), ("Emiliano", "NAME"), ("metilfenidato 10 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's stimulant and its school-time dose sent to the parent: third party's medication."),
    ("dg0057", "Camp Tall Pines needs a signed medical form before your child's first day. Dr. Fairbanks can sign it at the 6/17 well-child visit, or you can drop if off anytime.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Fairbanks", "PROVIDER"), ("6/17", "DATE"), ("well-child", "PROCEDURE")],
     ["pediatrics", "minor", "typo"], "A routine visit type for a dependent is REWRITE like the patient's own (README)."),
    ("dg0058", "Is your family's car seat installed right? Free car seat checks with certified techs this Saturday in the east parking lot, 10 to 2. No appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A safety event for everyone; 'checks' are not clinical."),
    ("dg0059", "Hello Coach - per the family's request, here is the return-to-play note for Quinn Abbott. Quinn had a concussion on 10/3 and has completed the graduated return-to-learn steps. She may begin light aerobic activity this week; no contact practice until cleared by Dr. Abernathy.\n\nThanks,\nSports Medicine front desk",
     "BLOCK", "other", "email", "en",
     [("return-to-play", "PROCEDURE"), ("Quinn Abbott", "NAME"), ("Quinn", "NAME", 1), ("concussion", "CONDITION"), ("10/3", "DATE"), ("return-to-learn", "PROCEDURE"), ("Dr. Abernathy", "PROVIDER"), ("Sports Medicine", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "orthopedics"], "A child's injury and activity restrictions sent to a coach: third party's health."),
    ("dg0060", "Hi Mr. Dube, the letter for Tendai's school is attached. It lists his peanut allergy, his EpiPen Jr 0.15 mg and the steps in his Food Allergy Action Plan. Let us know if the school needs anything else. - Allergy & Asthma team",
     "ALLOW", "other", "portal", "en",
     [("Dube", "NAME"), ("Tendai", "NAME"), ("peanut allergy", "CONDITION"), ("EpiPen Jr 0.15 mg", "MEDICATION"), ("Food Allergy", "CONDITION"), ("Allergy & Asthma", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "Inside the secure portal a child's condition and drug may stay (README channel convention)."),
)

# ---------------------------------------------------------------- batch 6 (dg0061-dg0072): therapy schedules
add(
    ("dg0061", "Schedule change: your child's Tuesday 4:00 session is now at 3:45 this week only. Same room as always. Reply OK to confirm.",
     "ALLOW", "reminder", "sms", "en", [],
     ["pediatrics", "hard-negative"], "'Session' names no service; weekday and times only."),
    ("dg0062", "Little Steps Feeding Therapy: Leilani's feeding therapy is every Thurs at 9:30 starting 1/15 with Dana Ruiz, OTR/L. Please bring 2-3 preferred foods and 1 new food to each session.",
     "REWRITE", "reminder", "sms", "en",
     [("Little Steps Feeding Therapy", "SPECIALTY"), ("Leilani", "NAME"), ("feeding therapy", "PROCEDURE"), ("1/15", "DATE"), ("Dana Ruiz", "PROVIDER"), ("OTR/L", "SPECIALTY")],
     ["pediatrics", "minor", "physical-therapy"], "Therapy logistics for a dependent: therapy name, practice name, specialty credential and name go (decisions 2, 6)."),
    ("dg0063", "Recordatorio: la terapia de lenguaje de Sofía es el miércoles 22 de octubre a las 4:15 con la Lic. Paredes. Si no puede venir, avísenos con 24 horas de anticipación.",
     "REWRITE", "reminder", "sms", "es",
     [("terapia de lenguaje", "PROCEDURE"), ("Sofía", "NAME"), ("22 de octubre", "DATE"), ("Lic. Paredes", "PROVIDER")],
     ["pediatrics", "minor"], "Speech therapy is a therapy (PROCEDURE), not a condition: REWRITE (decision 2)."),
    ("dg0064", "Hi! Home practice for Kai this week: 5 min of chewy tube work before meals, and offer the puree on the maroon spoon 3x/day. He's still gagging on mixed textures so stick with meltables for now. - Jo (feeding OT)",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kai", "NAME"), ("chewy tube", "PROCEDURE"), ("gagging", "CONDITION"), ("Jo", "PROVIDER"), ("feeding OT", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A child's symptom and a home treatment plan: third party's health (decisions 6, 11)."),
    ("dg0065", "Hi, it's Brooke at the front desk. Heads up, parking lot B is being repaved, so tomorrow please use lot C for your 10:30. See you then!",
     "ALLOW", "reminder", "sms", "en",
     [("Brooke", "PROVIDER")],
     ["general"], "A staff sender (PROVIDER) and parking logistics."),
    ("dg0066", "ABA sessions for Jonah: Mon/Wed/Fri 3-6pm at home starting 2/3. Your RBT this month is Keisha. Text this number if you need to cancel a session.",
     "REWRITE", "reminder", "sms", "en",
     [("ABA", "PROCEDURE"), ("Jonah", "NAME"), ("2/3", "DATE"), ("RBT", "SPECIALTY"), ("Keisha", "PROVIDER")],
     ["pediatrics", "minor", "behavioral-health"], "ABA is a therapy (PROCEDURE) and RBT a specialty credential (decision 6); logistics survive: REWRITE (decision 2)."),
    ("dg0067", "Le recordamos la cita de su hijo con la Dra. Castellanos el viernes 7 de noviembre a las 11:00. Responda 1 para confirmar o 2 para cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Castellanos", "PROVIDER"), ("7 de noviembre", "DATE")],
     ["pediatrics"], "Provider, date and time only."),
    ("dg0068", "Subject: Home exercise program - Ezekiel\n\nHi Rachel,\n\nGreat session today! Ezekiel is doing so well with his walker. Because his cerebral palsy mostly affects his left side, please keep the AFO on at least 6 hours a day and do the calf stretches (3 x 30 sec) morning and night. He got his Botox injections on 11/4, so the next few weeks are the best window for stretching. If the straps leave marks that last more than 30 minutes after you take it off, send me a photo and we'll adjust the fit at the next visit.\n\nNext PT is Tuesday at 4:30.\n\nAnna Kowalczyk, PT, DPT\nKids in Motion Pediatric Therapy\n614-555-0193",
     "BLOCK", "care-instructions", "email", "en",
     [("Ezekiel", "NAME", 0), ("Rachel", "NAME"), ("Ezekiel", "NAME", 1), ("walker", "PROCEDURE"), ("cerebral palsy", "CONDITION"), ("AFO", "PROCEDURE"), ("Botox injections", "MEDICATION"), ("11/4", "DATE"), ("Next [[PT]] is", "PROCEDURE"), ("Anna Kowalczyk", "PROVIDER"), ("Kowalczyk, [[PT]],", "SPECIALTY"), ("DPT", "SPECIALTY"), ("Kids in Motion Pediatric Therapy", "SPECIALTY"), ("614-555-0193", "PHONE")],
     ["pediatrics", "minor", "third-party", "physical-therapy", "practice-contact"], "A child's diagnosis, drug and home treatment plan by e-mail: third party's health. PT/DPT after the name are specialty credentials (decision 6)."),
    ("dg0069", "Speech therapy home plan for Mila (week of 3/9): practice /k/ and /g/ sounds at the start of words 10 min a day with the picture cards. She's at about 60% accuracy in sessions now - up from 35% in January! - Ms. Ortega, CCC-SLP",
     "ALLOW", "care-instructions", "portal", "en",
     [("Speech therapy", "PROCEDURE"), ("Mila", "NAME"), ("3/9", "DATE"), ("60%", "RESULT"), ("35%", "RESULT"), ("Ms. Ortega", "PROVIDER"), ("CCC-SLP", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "Progress measures and a home plan are fine inside the secure portal."),
    ("dg0070", "OT eval for Nadia is confirmed: Mon 4/27, 1:00 pm, Kids in Motion Pediatric Therapy, Suite 210. Wear comfy clothes!",
     "REWRITE", "confirmation", "sms", "en",
     [("OT eval", "PROCEDURE"), ("Nadia", "NAME"), ("4/27", "DATE"), ("Kids in Motion Pediatric Therapy", "SPECIALTY")],
     ["pediatrics", "minor", "physical-therapy"], "Evaluation type and therapy-practice name go; date and time stay (decisions 1, 2)."),
    ("dg0071", "Our Sensory-Friendly Santa visit is back! Dimmed lights, no lines and extra time with Santa in the family room this Sunday morning. All families welcome - reply SANTA to get a time slot.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A holiday event open to every family; 'sensory-friendly' reveals nothing about the recipient."),
    ("dg0072", "Hi, Camp Willow health office here. Does Aiden still take his A D H D med at lunch? We need the bottle + the dosing sheet from his doctor by Friday.",
     "BLOCK", "other", "sms", "en",
     [("Aiden", "NAME"), ("A D H D", "CONDITION")],
     ["pediatrics", "minor", "third-party", "spaced"], "A child's condition (spaced out) and medication routine: third party's health."),
)

# ---------------------------------------------------------------- batch 7 (dg0073-dg0084): discharge follow-ups
add(
    ("dg0073", "Lakeshore Children's: Santino was discharged yesterday. Please schedule a follow-up with his pediatrician within 2-3 days. Questions? Call (614) 555-0104.",
     "REWRITE", "other", "sms", "en",
     [("Lakeshore Children's", "SPECIALTY"), ("Santino", "NAME"), ("pediatrician", "SPECIALTY"), ("(614) 555-0104", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Discharge alone names no condition (decision 13); the name, the hospital name and the specialty role word go."),
    ("dg0074", "Discharge f/u: Ellie is on amoxicillin 400 mg/5 mL, 6 mL twice daily x 10 days for her pneumonia. Recheck O2 at PCP in 48h. Return to ED if she's breathing hard or her lips look blue.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ellie", "NAME"), ("amoxicillin 400 mg/5 mL", "MEDICATION"), ("pneumonia", "CONDITION"), ("O2", "PROCEDURE"), ("breathing hard", "CONDITION"), ("lips look blue", "CONDITION")],
     ["pediatrics", "minor", "third-party", "shorthand", "negation"], "A child's diagnosis, drug and dose: third party's health. Hypothetical symptoms are still CONDITION spans."),
    ("dg0075", "Hola, somos del Hospital Infantil San Lucas. Le recordamos que Ian salió con su yeso el sábado. Dele ibuprofeno 5 ml cada 8 horas si tiene dolor y mantenga el brazo en alto. Su cita con ortopedia es el 28 de enero.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Hospital Infantil San Lucas", "SPECIALTY"), ("Ian", "NAME"), ("yeso", "PROCEDURE"), ("ibuprofeno", "MEDICATION"), ("dolor", "CONDITION"), ("ortopedia", "SPECIALTY"), ("28 de enero", "DATE")],
     ["pediatrics", "minor", "third-party", "orthopedics"], "A dosing instruction for a child: BLOCK. The cast is a device -> PROCEDURE (decision 11)."),
    ("dg0076", "We hope your family's stay with us went smoothly. A short survey is on its way by email - it takes 3 minutes and helps us care for other families. Thank you!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A survey notice after a stay, from no named unit and about no condition (decision 13)."),
    ("dg0077", "Post-discharge check: NICU Follow-Up Clinic appointment for baby Amelia on 12/9 at 10:00 with Dr. Bhatt. Bring her car seat and feeding log.",
     "REWRITE", "reminder", "sms", "en",
     [("NICU Follow-Up Clinic", "SPECIALTY"), ("Amelia", "NAME"), ("12/9", "DATE"), ("Dr. Bhatt", "PROVIDER")],
     ["pediatrics", "minor"], "NICU is a service line (decision 6); logistics for a dependent with a specialty name: REWRITE."),
    ("dg0078", "Reminder from the neuro team: Rafael's rescue med is Valtoco 10 mg nasal spray - give it for any sei\u200bzure lasting over 5 min and call 911. The refill is ready at the pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("neuro", "SPECIALTY"), ("Rafael", "NAME"), ("Valtoco 10 mg nasal spray", "MEDICATION"), ("sei\u200bzure", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A child's rescue drug and when to give it (a zero-width space hides 'seizure'): third party's treatment instruction."),
    ("dg0079", "Your discharge paperwork is available in the MyLakeshore app. Tap to view.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "A portal notice: 'discharge' here is paperwork, not a symptom, and the app name is not a specialty (decision 13)."),
    ("dg0080", "Subject: Follow-up appointments after your child's hospital stay\n\nHello Ms. Farouk,\n\nThank you for trusting us with Yasmin's care. Before she went home, the team asked us to set up two follow-up visits:\n\n- Pediatric Gastroenterology with Dr. Chaudhry - Thursday, 3/19 at 1:30 PM, Clinic 4B\n- Nutrition visit with our dietitian - same day at 2:30 PM\n\nPlease arrive 20 minutes early for registration and bring a list of everything Yasmin eats and drinks for the three days before the visit. Parking is free for the first 2 hours in Garage A.\n\nIf these times don't work, call Central Scheduling at (614) 555-0100, option 2.\n\nWarm regards,\nPatient Access, Cascadia Children's Hospital",
     "REWRITE", "reminder", "email", "en",
     [("Farouk", "NAME"), ("Yasmin", "NAME", 0), ("Pediatric Gastroenterology", "SPECIALTY"), ("Dr. Chaudhry", "PROVIDER"), ("3/19", "DATE"), ("Nutrition", "SPECIALTY"), ("dietitian", "SPECIALTY"), ("Yasmin", "NAME", 1), ("(614) 555-0100", "PHONE"), ("Cascadia Children's Hospital", "SPECIALTY")],
     ["pediatrics", "minor", "practice-contact"], "Scheduling after a stay: names, specialties and the children's-hospital name go, dates and times stay (decisions 1, 13)."),
    ("dg0081", "Good news, Luis: the culture from Gabi's IV line grew nothing after 48 hrs, so she can stay home. Keep flushing the PICC with heparin per the sheet. -Heme/Onc nurse line",
     "BLOCK", "result", "sms", "en",
     [("Luis", "NAME"), ("culture", "PROCEDURE"), ("Gabi", "NAME"), ("grew nothing", "RESULT"), ("PICC", "PROCEDURE"), ("heparin", "MEDICATION"), ("Heme/Onc", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "oncology", "negation"], "A negative culture is still a result, plus a drug instruction for a child: BLOCK."),
    ("dg0082", "Reminder: follow-up with Dr. Marchetti on Fri 1/30 at 8:45 AM. Enter through the Green Elevators and check in on level 3.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Marchetti", "PROVIDER"), ("1/30", "DATE")],
     ["pediatrics"], "Provider, date, time and wayfinding; 'follow-up' is generic."),
    ("dg0083", "Hola Sr. Gutiérrez, tiene pendiente la cita de seguimiento de neumología de Tomás después de su hospitalización. Llame al (915) 555-0177 para agendarla.",
     "REWRITE", "recall", "sms", "es",
     [("Gutiérrez", "NAME"), ("neumología", "SPECIALTY"), ("Tomás", "NAME"), ("(915) 555-0177", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A dependent's follow-up with a specialty name: REWRITE; 'hospitalización' names no condition (decision 13)."),
    ("dg0084", "Hi, it's Abby from 5 West. Wanted to let you know Caleb's sodium came back 131 this morning, a little low, so we're adjusting his IV fluids. Dr. Osei will update you at rounds.",
     "BLOCK", "result", "sms", "en",
     [("Abby", "PROVIDER"), ("Caleb", "NAME"), ("sodium", "PROCEDURE"), ("131", "RESULT"), ("low", "RESULT"), ("IV fluids", "PROCEDURE"), ("Dr. Osei", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "An inpatient child's lab value told to a parent by text: third party's result. '5 West' is a unit, not a specialty."),
)

# ---------------------------------------------------------------- batch 8 (dg0085-dg0096): family events, pickups, billing
add(
    ("dg0085", "Lace up for the 5K Kids' Dash! The Northfield Health Foundation's annual run raises money for new playrooms and sibling spaces. Strollers and capes welcome - register at run.northfield.example",
     "ALLOW", "marketing", "sms", "en",
     [("run.northfield.example", "URL")],
     ["general", "broadcast", "practice-contact"], "A fundraiser for everyone from a generic system name, with its own link."),
    ("dg0086", "You're invited! Lakeshore Children's NICU Graduate Reunion is Saturday at noon in the Garden Pavilion. Bring your little grad for photos, cake and a hug from the nurses who cared for them.",
     "REWRITE", "marketing", "sms", "en",
     [("Lakeshore Children's", "SPECIALTY"), ("NICU", "SPECIALTY")],
     ["pediatrics", "minor"], "Sent only to NICU families, so it tells that the recipient's baby was in intensive care: not a broadcast to every patient (decisions 6, 7)."),
    ("dg0087", "Heart-to-Heart Family Night: crafts, pizza and a magic show for all our families, Friday 6-8 pm in the cafeteria. Siblings and grandparents welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Heart-to-Heart' is an event name, not cardiology."),
    ("dg0088", "Camp Sweet Life, our week-long camp for kids with type 1 diabetes, has 6 spots left for Lucas's age group! Nurses on site 24/7. Reply CAMP to hold Lucas's spot.",
     "BLOCK", "marketing", "sms", "en",
     [("type 1 diabetes", "CONDITION"), ("Lucas", "NAME", 0), ("Lucas", "NAME", 1)],
     ["pediatrics", "minor", "third-party"], "An invitation targeted by a named child's condition states that condition: third party's health (decision 3). '24/7' is not a date."),
    ("dg0089", "¡Feria de salud familiar este sábado! Vacunas contra la gripe para toda la familia, revisión de sillas de auto para bebés y juegos para los niños. De 9 a 1 en el estacionamiento norte.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "A health fair for everyone; flu shots offered to all are a broadcast (README)."),
    ("dg0090", "Creon 6,000 for Owen is ready for pickup at Cascadia Children's Outpatient Pharmacy. Remember to give it with every meal and snack.",
     "BLOCK", "pickup", "sms", "en",
     [("Creon 6,000", "MEDICATION"), ("Owen", "NAME"), ("Cascadia Children's", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "pharmacy"], "A dependent's drug with a dosing reminder is a third party's medication (README: 'your son's ADHD meds')."),
    ("dg0091", "Hi Tyler, your Adderall XR 20 mg refill is ready at Hollis Pharmacy. Bring a photo ID since it's a controlled med. Pickup by 8 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("Tyler", "NAME"), ("Adderall XR 20 mg", "MEDICATION")],
     ["pediatrics", "pharmacy"], "The person addressed owns the refill, so it is the patient's own pickup (decision 10): name and drug go."),
    ("dg0092", "An order is ready for pickup at Hollis Pharmacy, window 2. Hours today 9 AM-9 PM. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "A pickup notice with no name or drug from a generic pharmacy."),
    ("dg0093", "La hidroxiurea de Jazmín (cápsulas de 500 mg) ya está lista en la farmacia del hospital. Recuerde que debe tomarla todos los días aunque se sienta bien.",
     "BLOCK", "pickup", "sms", "es",
     [("hidroxiurea", "MEDICATION"), ("Jazmín", "NAME")],
     ["pediatrics", "minor", "third-party", "pharmacy"], "A child's sickle-cell drug with an adherence instruction: third party's medication."),
    ("dg0094", "Hi Mrs. Lindgren, Evergreen Pediatric Hem\u0430tology here: we need to move Nora's infusion from Thu to Fri 10/17, same time. Please reply YES to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Lindgren", "NAME"), ("Evergreen Pediatric Hem\u0430tology", "SPECIALTY"), ("Nora", "NAME"), ("infusion", "PROCEDURE"), ("10/17", "DATE")],
     ["pediatrics", "minor"], "A Cyrillic 'a' hides 'Hematology'; a dependent's procedure without drug or finding is REWRITE (decision 2)."),
    ("dg0095", "Hi! This is Gabe with Patient Financial Services at Northfield Health. Your statement balance of $45.20 is due 11/30. Pay at pay.northfield.example or call 614-555-0112.",
     "ALLOW", "billing", "sms", "en",
     [("Gabe", "PROVIDER"), ("11/30", "DATE"), ("pay.northfield.example", "URL"), ("614-555-0112", "PHONE")],
     ["general", "practice-contact"], "Billing from a generic system: staff sender, due date, the practice's own link and phone."),
    ("dg0096", "Subject: Estimate for upcoming services\n\nDear Parent/Guardian of Adrian Kessler (DOB 04/18/2016),\n\nYour estimated responsibility for the sleep-deprived EEG and video EEG monitoring (CPT 95816, 95700) is $312.00 after insurance (Member ID XKP448120937). Payment is due at check-in on 5/12.\n\nThis is an estimate only; your final bill may differ based on the services actually provided and how your plan processes the claim. Financial assistance is available for eligible families - ask us for an application.\n\nQuestions? Reply to this email or call Financial Counseling at (614) 555-0158, Monday to Friday, 8 AM to 5 PM.\n\nHarborview Children's Neurology - Patient Financial Services",
     "BLOCK", "billing", "email", "en",
     [("Adrian Kessler", "NAME"), ("04/18/2016", "DATE"), ("sleep-deprived EEG", "PROCEDURE"), ("video EEG monitoring", "PROCEDURE"), ("95816", "PROCEDURE"), ("95700", "PROCEDURE"), ("XKP448120937", "HEALTH_PLAN_ID"), ("5/12", "DATE"), ("(614) 555-0158", "PHONE"), ("Harborview Children's Neurology", "SPECIALTY")],
     ["pediatrics", "minor", "dob", "practice-contact"], "Full date of birth with a name is BLOCK (README); CPT codes are PROCEDURE, the member ID HEALTH_PLAN_ID (decision 9)."),
)

# ---------------------------------------------------------------- batch 9 (dg0097-dg0108): GI, genetics, endocrine, lead; more Spanish
add(
    ("dg0097", "Clínica del Corazón Infantil: recordatorio de la cita de Isabela para ecocardiograma el lunes 2 de junio a las 9:00 am. Por favor llegue 20 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica del Corazón Infantil", "SPECIALTY"), ("Isabela", "NAME"), ("ecocardiograma", "PROCEDURE"), ("2 de junio", "DATE")],
     ["pediatrics", "minor", "cardiology"], "A children's heart-clinic name and a test for a dependent, no finding: REWRITE (decisions 1, 2)."),
    ("dg0098", "Quick update: Ben's c3liac panel came back p0sitive (tTG-IgA 118). Dr. Rousseau wants to do a scope to confirm - please don't start the gluten-free diet yet!",
     "BLOCK", "result", "sms", "en",
     [("Ben", "NAME"), ("c3liac panel", "PROCEDURE"), ("p0sitive", "RESULT"), ("tTG-IgA", "PROCEDURE"), ("118", "RESULT"), ("Dr. Rousseau", "PROVIDER"), ("scope", "PROCEDURE"), ("gluten-free diet", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "leet", "negation"], "A child's positive result in leetspeak; a treatment diet is PROCEDURE (decision 11)."),
    ("dg0099", "Asunto: Noticias para las familias - otoño\n\n¡Hola, familias!\n\nEste mes celebramos el Día de Muertos con un taller de papel picado en la sala de juegos del tercer piso (jueves de 4 a 6). También regresan los cuentacuentos bilingües los sábados por la mañana en la biblioteca, con chocolate caliente para todos.\n\nRecuerden que el estacionamiento del edificio nuevo ya está abierto y es gratis las primeras dos horas. ¿Tienen ideas para nuestro próximo evento? Déjenlas en el buzón de sugerencias de la recepción principal.\n\nCon cariño,\nEl equipo de Experiencia Familiar",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "hard-negative", "broadcast"], "A family newsletter to everyone; nothing about a recipient."),
    ("dg0100", "Hi, this is Daniela from Pediatric Genetics. We received Matias's saliva kit for the exome sequencing study in good shape. Results usually take 8-12 weeks; we'll reach out when they're in.",
     "REWRITE", "other", "sms", "en",
     [("Daniela", "PROVIDER"), ("Pediatric Genetics", "SPECIALTY"), ("Matias", "NAME"), ("exome sequencing", "PROCEDURE")],
     ["pediatrics", "minor"], "Specimen received, no result: the notice survives once the genetics name, the test and the child's name go (decision 2)."),
    ("dg0101", "Waitlist update: you are #14 on the list for a new-patient appointment. Average wait is about 5 months. Reply STATUS anytime to see your place in line.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A waitlist position is not an identifier; no service is named."),
    ("dg0102", "Reminder from Dr. Greer: start the Lupron Depot-Ped 11.25 mg shot for Harper on 3/1; the next one is due in 3 months. Keep measuring her height at home monthly.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Greer", "PROVIDER"), ("Lupron Depot-Ped 11.25 mg", "MEDICATION"), ("Harper", "NAME"), ("3/1", "DATE")],
     ["pediatrics", "minor", "third-party"], "A child's puberty-blocking drug with a start date: third party's treatment instruction."),
    ("dg0103", "reminder: ur sons sweat test is tmrw 8am at the CF center, no lotion on his arms pls. txt back if u need to resched",
     "REWRITE", "reminder", "sms", "en",
     [("sweat test", "PROCEDURE"), ("CF center", "SPECIALTY")],
     ["pediatrics", "minor", "shorthand", "typo"], "A dependent's test and a condition-named center but no finding; prep (no lotion) is logistics (decisions 1, 2)."),
    ("dg0104", "Heads up: Dr. Okonjo's clinic is running about 40 min behind today. If ur appt is after 2pm you can come a little later. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okonjo", "PROVIDER")],
     ["general", "shorthand"], "Clinic delay notice with a provider name only."),
    ("dg0105", "Hi Kendra, Dr. Sato got the results of Eli's lead test - his level is 9 mcg/dL, higher then we like. The health dept will call about a home inspection. Pls start the iron-rich foods list we sent.",
     "BLOCK", "result", "sms", "en",
     [("Kendra", "NAME"), ("Dr. Sato", "PROVIDER"), ("Eli", "NAME"), ("lead test", "PROCEDURE"), ("9 mcg/dL", "RESULT")],
     ["pediatrics", "minor", "third-party", "lab", "typo"], "A child's lead level: third party's result."),
    ("dg0106", "Sra. Pérez: a Dylan le confirmaron el diagnóstico de autismo (TEA nivel 1). La Dra. Montoya ya mandó la orden para terapia ABA y el informe para la escuela.",
     "BLOCK", "result", "sms", "es",
     [("Pérez", "NAME"), ("Dylan", "NAME"), ("autismo", "CONDITION"), ("TEA nivel 1", "CONDITION"), ("Dra. Montoya", "PROVIDER"), ("terapia ABA", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "behavioral-health"], "A child's new diagnosis told by text: third party's finding."),
    ("dg0107", "Hola Sr. Cruz, el ecocardiograma de Valeria salió normal: el soplo es inocente y no necesita más estudios. El Dr. Amsel la verá otra vez solo si aparecen síntomas. Saludos, Cardiología Pediátrica.",
     "ALLOW", "result", "portal", "es",
     [("Cruz", "NAME"), ("ecocardiograma", "PROCEDURE"), ("Valeria", "NAME"), ("normal", "RESULT"), ("soplo", "CONDITION"), ("inocente", "RESULT"), ("Dr. Amsel", "PROVIDER"), ("Cardiología Pediátrica", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "cardiology", "negation"], "A result for the guardian inside the secure portal: ALLOW."),
    ("dg0108", "Fun fact from our Kids' Corner: a newborn has nearly 300 bones and an adult has 206! Test your own bone trivia on the lobby screen while you wait.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Trivia; numbers and 'bones' describe no one."),
)

# ---------------------------------------------------------------- batch 10 (dg0109-dg0120): pulmonology, hematology, siblings, contact details
add(
    ("dg0109", "Pinecrest Pediatric Pulmonology: reminder for Aria's pulmonary function test on Wed 2/11 at 9:20. Please arrive 15 min early to check in.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Pediatric Pulmonology", "SPECIALTY"), ("Aria", "NAME"), ("pulmonary function test", "PROCEDURE"), ("2/11", "DATE")],
     ["pediatrics", "minor", "contrast"], "A dependent's test and specialty name without a finding: REWRITE (decision 2; contrast dg0110)."),
    ("dg0110", "For Aria's PFT on 2/11: hold her albuterol for 4 hrs and her Symbicort for 12 hrs before the test, unless she's wheezing.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Aria", "NAME"), ("PFT", "PROCEDURE"), ("2/11", "DATE"), ("albuterol", "MEDICATION"), ("Symbicort", "MEDICATION"), ("wheezing", "CONDITION")],
     ["pediatrics", "minor", "third-party", "negation", "contrast"], "The same test's prep, now with a child's drugs and hold times: a medication instruction about a third party (decision 2; contrast dg0109)."),
    ("dg0111", "Subject: Appointment confirmed\n\nHello,\n\nThis confirms your child's appointment with Dr. Ayodele Mensah on Monday, February 23 at 3:10 PM at our Westgate location, 4100 Westgate Blvd, Suite 300, Columbus, OH 43228. Please bring your insurance card and a list of current medications.\n\nNeed to cancel or reschedule? Call (614) 555-0145 at least 24 hours ahead so another family can use the time.\n\nThank you,\nWestgate Family Health",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Ayodele Mensah", "PROVIDER"), ("February 23", "DATE"), ("4100 Westgate Blvd, Suite 300, Columbus, OH 43228", "ADDRESS"), ("(614) 555-0145", "PHONE")],
     ["general", "practice-contact"], "The practice's own address and phone, provider, date and time: ALLOW."),
    ("dg0112", "Hi Mrs. Walsh, just confirming Brynn's follow-up with Dr. Whitcombe for her anxiety and sertraline check is 4/9 at 4 PM. Reply C to confirm.",
     "BLOCK", "confirmation", "sms", "en",
     [("Walsh", "NAME"), ("Brynn", "NAME"), ("Dr. Whitcombe", "PROVIDER"), ("anxiety", "CONDITION"), ("sertraline", "MEDICATION"), ("4/9", "DATE")],
     ["pediatrics", "minor", "third-party", "behavioral-health"], "A child's condition and drug as the visit label, sent to the parent: third party's health."),
    ("dg0113", "Reminder: your appt is tomorrow at 10:40 AM with Dr. Salinas. Bring your insurance card. Reply NO to cancel.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Salinas", "PROVIDER")],
     ["general", "shorthand"], "Provider and time only."),
    ("dg0114", "Hello, this is Bluebird Pediatric Cardiology calling for the parent of Hunter Heart. Hunter's Holter monitor hookup is Tuesday, May nineteenth, at eight A M. If you need to reschedule, please call six one four, five five five, zero one three one.",
     "REWRITE", "reminder", "voice", "en",
     [("Bluebird Pediatric Cardiology", "SPECIALTY"), ("Hunter Heart", "NAME"), ("Hunter", "NAME", 1), ("Holter monitor", "PROCEDURE"), ("May nineteenth", "DATE"), ("six one four, five five five, zero one three one", "PHONE")],
     ["pediatrics", "minor", "cardiology", "practice-contact", "contrast"], "Here the cardiology is real and 'Heart' is still only a surname (decision 8; contrast dg0012); spoken date and phone (decision 12)."),
    ("dg0115", "Good news from Evergreen Heme: Nora's factor VIII trough was 42%, right where Dr. Szabo wants it. Keep the same prophylaxis schedule.",
     "BLOCK", "result", "sms", "en",
     [("Evergreen Heme", "SPECIALTY"), ("Nora", "NAME"), ("factor VIII trough", "PROCEDURE"), ("42%", "RESULT"), ("Dr. Szabo", "PROVIDER"), ("prophylaxis", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "lab"], "A child's factor level and treatment plan: third party's result."),
    ("dg0116", "Referral #R-559201 for Sebastian Ortiz (MRN 20418837) to Pediatric Endocrinology was received. Est. wait: 12 weeks. We'll text when it's time to book.",
     "REWRITE", "other", "sms", "en",
     [("R-559201", "OTHER_ID"), ("Sebastian Ortiz", "NAME"), ("20418837", "MRN"), ("Pediatric Endocrinology", "SPECIALTY")],
     ["pediatrics", "minor", "identifier"], "Referral number (OTHER_ID, decision 9), MRN, name and specialty are not needed to say a referral was received."),
    ("dg0117", "Hi, it's Dr. Laughlin's nurse. Since Liam's older brother has congenital hypothyroidism, we'd like to check Liam's TSH at his 2-week visit too.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Laughlin", "PROVIDER"), ("Liam", "NAME", 0), ("congenital hypothyroidism", "CONDITION"), ("Liam", "NAME", 1), ("TSH", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A sibling's diagnosis is a third party's health, even though the message is about Liam's test."),
    ("dg0118", "Starting 3/2, the 2nd-floor lab opens at 7:00 AM on weekdays. Kids may wait in the playroom next door with an adult.",
     "ALLOW", "other", "sms", "en",
     [("3/2", "DATE")],
     ["general", "broadcast"], "A practice-wide hours change; the date is not about a patient."),
    ("dg0119", "Subject: Reminder - Theo's visit\n\nHi Ms. Nguyen-Reyes,\n\nThis is a reminder that Theo's annual visit in the Down Syndrome Clinic is Tuesday 10/7 at 1 PM with Dr. Kaminski. Please bring any records from outside providers since last year.\n\nOur clinic day includes visits with the nutrition, audiology and developmental teams, so please plan for about three hours. Free parking vouchers are available at the front desk, and a quiet room is ready if Theo needs a break between visits.\n\nSee you soon!",
     "BLOCK", "reminder", "email", "en",
     [("Theo", "NAME", 0), ("Nguyen-Reyes", "NAME"), ("Theo", "NAME", 1), ("Down Syndrome", "CONDITION"), ("10/7", "DATE"), ("Dr. Kaminski", "PROVIDER"), ("nutrition", "SPECIALTY"), ("audiology", "SPECIALTY"), ("developmental", "SPECIALTY"), ("Theo", "NAME", 2)],
     ["pediatrics", "minor", "third-party"], "A clinic named for a child's condition is a condition used as a visit label (README `clínica de VIH`): a dependent's condition -> BLOCK (decision 3)."),
    ("dg0120", "Questions about your child's upcoming visit? Email scheduling@northfield.example or call 614-555-0110. Our team replies within 1 business day.",
     "ALLOW", "other", "sms", "en",
     [("scheduling@northfield.example", "EMAIL"), ("614-555-0110", "PHONE")],
     ["general", "practice-contact"], "The practice's own e-mail and phone."),
)

if __name__ == "__main__":
    probe_lib.run(M, "dg", "probe108.jsonl")
