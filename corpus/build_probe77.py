#!/usr/bin/env python3
"""Build corpus/probe77.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe77.py [OUT] [-v]   (default: probe77.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run, and no other source, test, corpus or build script was read.

This round is PEDIATRIC PRIMARY CARE AND PARENTS AS RECIPIENTS: what pediatric practices, newborn
nurseries, lactation consultants, well-child and school-form teams, after-hours nurse lines and
pediatric pharmacies send to parents and guardians — well-child and vaccine reminders, newborn
screening and bilirubin checks, growth and feeding follow-ups, ADHD and asthma refills, school
and camp forms, sick-visit call-backs, referrals to specialists, and announcements (flu clinics,
RSV season, car-seat checks). Messages that reveal a child's condition, test, drug or referral
are mixed with ones that only schedule, plus look-alikes ("growth spurt" of a practice, "Little
Sprouts Learning Center", photo-session "shots", a child named Asher Wheeler, "The Terrible Twos"
as a class title, "Dr. Seuss Day", diaper and formula drives). About 21% Spanish; 4 disguised.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Pediatric practice and service names ("... Pediatrics", "peds", "Pediatric Associates",
     "Children's Clinic", "Newborn Nursery", "Pediatría ...", "Lactation Services", IBCLC) are
     SPECIALTY: DESIGN lists pediatrics among the specialties whose visit type reveals something,
     and the README labels specialty-revealing practice names. This holds in a broadcast too: a
     flu-clinic broadcast signed "Little Sprouts Pediatrics" is REWRITE, the same kind of
     broadcast signed by a generic practice (or unsigned) is ALLOW with no span.
  2. A dependent's appointment for a named test, procedure, program or visit type that is not
     itself a condition (bilirubin check, weight check, growth recheck, hearing screen, med
     check, Early Intervention intake, allergy testing, a billed procedure) is REWRITE, like the
     patient's own; only the child's condition, medication, result, exposure or care
     instructions make it BLOCK (README third-party convention).
  3. Vaccines: generic vaccine and visit terms (shots, flu shot, MMR, varicella, Tdap, HPV
     vaccine, RSV antibody shot, "niño sano") are PROCEDURE; brand names (Gardasil) are
     MEDICATION. Due/scheduled vaccines for a named child are routine logistics (REWRITE); a
     statement that a dose WAS GIVEN to a named child is treatment history (BLOCK).
  4. Age and grade qualifiers stay outside spans ("kindergarten [shots]", "12-month [shots]"),
     and age-named check-ups ("4-month checkup", "11yr checkup") are generic like "check-up":
     a child's age is not PHI. "sick visit", "sports physical", "camp physical" are generic.
  5. Documents are not labelled: immunization/shot record, school physical form, camp form,
     "cartilla/constancia/certificado de vacunación", "hoja de alta".
  6. "Baby", "Baby Girl" / "Baby Boy", "la bebé" before a newborn's name act like a title:
     only the name itself is NAME.
  7. A newborn's birth date written without a year next to the baby's name is treated as a full
     date of birth with a name (the year is obvious): BLOCK.
  8. Boilerplate emergency advice with hypothetical symptoms ("if your child is struggling to
     breathe, call 911") is not labelled (tag negation).
  9. A Spanish form word before the drug goes in the MEDICATION span ("inhalador de albuterol"),
     mirroring "a form word right after the drug goes with it".
 10. An ICD-10 diagnosis code is CONDITION.
 11. School and camp names (Lincoln Elementary, Camp Wildwood) are not labelled: they are not a
     Safe Harbor geographic unit and identify an institution, not the child.
 12. "Dr. Seuss" in an event title is not a PROVIDER; no span.
 13. Infant formulas, nutrition shakes and oral rehydration products used as names (Nutramigen,
     PediaSure, Pedialyte) are MEDICATION, like supplements.
 14. A specialist office's phone given for scheduling is labelled PHONE like the practice's own
     (not a patient identifier).
 15. Lactation visits: the breastfeeding parent is the patient (her own visit is REWRITE, her
     own treatment instructions BLOCK); "lactation" as a service line is SPECIALTY.
 16. "Home health" naming the service line is SPECIALTY (DESIGN lists home health).
 17. Rating scales and school plans are PROCEDURE like other scales and programs (Vanderbilt
     forms, 504 plan); a named service coordinator of a program is workforce (PROVIDER).
 18. A reference value quoted for comparison ("low normal is about 92%") and standard return
     precautions in an after-visit summary are not labelled; the child's own values are.

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


# ---------------------------------------------------------------- batch 1 (cb0001-cb0012): well-child and vaccine reminders
add(
    ("cb0001", "Reminder: your child's appointment with Dr. Nakamura is Tue 3/10 at 8:45 AM. Please arrive 10 min early with your insurance card. Reply C to confirm or call (614) 555-0142 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("3/10", "DATE"), ("(614) 555-0142", "PHONE")],
     ["pediatrics", "practice-contact"], "Provider, date, time and the practice phone; 'your child's appointment' names no child and no visit type."),
    ("cb0002", "Little Sprouts Pediatrics: Asher Wheeler is due for his 5-year well-child visit and kindergarten shots. Book at littlesprouts.example/schedule or reply BOOK and we'll call you.",
     "REWRITE", "recall", "sms", "en",
     [("Little Sprouts Pediatrics", "SPECIALTY"), ("Asher Wheeler", "NAME"), ("well-child", "PROCEDURE"), ("shots", "PROCEDURE"), ("littlesprouts.example/schedule", "URL")],
     ["pediatrics", "minor", "practice-contact"], "Dependent's routine recall: the child's name (word-like, 'Asher Wheeler'), the pediatric practice name (decision 1) and the visit/vaccine types go; 'kindergarten' stays outside the span (decision 4); the practice link stays."),
    ("cb0003", "Back-to-school rush is coming! Book well-child checks and sports physicals before August fills up — call the office or use online scheduling. -Pinecrest Family Medicine",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast from a generic practice name: well-child checks offered to everyone say nothing about the recipient (README broadcast convention)."),
    ("cb0004", "Hola Sra. Pacheco, le recordamos que Valentina tiene su cita de niño sano el jueves 14 de marzo a las 3:30 pm con la Dra. Ibarra. Por favor traiga la cartilla de vacunación. Para cancelar responda NO.",
     "REWRITE", "reminder", "sms", "es",
     [("Pacheco", "NAME"), ("Valentina", "NAME"), ("niño sano", "PROCEDURE"), ("14 de marzo", "DATE"), ("Dra. Ibarra", "PROVIDER")],
     ["pediatrics", "minor"], "Mother's and child's names and the well-child visit type go; date, time and provider stay. 'cartilla de vacunación' is a document, not labelled (decision 5)."),
    ("cb0005", "Hi, this is Corinne at Dr. Feldman's office. Mason still needs his 2nd MMR and varicella doses before school starts in the fall. We have shot-only slots most mornings – call (317) 555-0155 to book.",
     "REWRITE", "recall", "sms", "en",
     [("Corinne", "PROVIDER"), ("Dr. Feldman", "PROVIDER"), ("Mason", "NAME"), ("MMR", "PROCEDURE"), ("varicella", "PROCEDURE"), ("(317) 555-0155", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Vaccines that are due for a named child are routine logistics: REWRITE (decision 3); the staff sender is PROVIDER; 'shot-only slots' is a slot type, not the child's."),
    ("cb0006", "Reminder from ${locationName}: your child is due for a check-up. Schedule online at ${bookingUrl} or call ${practicePhone}. Reply STOP to opt out.",
     "ALLOW", "recall", "sms", "en", [],
     ["pediatrics", "template", "hard-negative"], "Recall template whose placeholders carry no patient data; generic check-up."),
    ("cb0007", "Subject: Checking in after Elena's 12-month shots\n\nHi Ms. Albright,\n\nJust checking in on Elena after yesterday's 12-month shots. A low-grade fever up to 101.5 and some fussiness for 24-48 hours are common reactions and not a reason to worry. You can give acetaminophen 160 mg/5 mL, 5 mL every 4-6 hours as needed (no more than 5 doses in 24 hours). A cool washcloth on her thigh helps with soreness where the injection was given.\n\nPlease call us if her temperature goes above 104, lasts more than 2 days, or if she is hard to wake.\n\nWarmly,\nNurse Priya\nWillow Creek Pediatric Associates\n(317) 555-0168",
     "BLOCK", "care-instructions", "email", "en",
     [("Elena", "NAME"), ("shots", "PROCEDURE"), ("Albright", "NAME"), ("Elena", "NAME", 1), ("shots", "PROCEDURE", 1), ("fever", "CONDITION"), ("101.5", "RESULT"), ("fussiness", "CONDITION"), ("acetaminophen 160 mg/5 mL", "MEDICATION"), ("soreness", "CONDITION"), ("Nurse Priya", "PROVIDER"), ("Willow Creek Pediatric Associates", "SPECIALTY"), ("(317) 555-0168", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A named child's post-vaccine symptoms, temperature and dosing instructions to the parent: third party's health, BLOCK. Thresholds ('above 104') are advice, not results; '12-month' stays outside the span (decision 4)."),
    ("cb0008", "¡Llegó la temporada de gripe! Vacunación sin cita los sábados de 9 a 1 para toda la familia, desde los 6 meses de edad. Centro de Salud La Esperanza.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pediatrics", "general", "broadcast", "hard-negative"], "Flu-season broadcast from a generic health-centre name; 'gripe' and 'vacunación' describe an offer to everyone."),
    ("cb0009", "Time for Theo's 4-month checkup! Tap to confirm Thu 6/12 at 10:20 AM with Dr. Brennan.",
     "REWRITE", "reminder", "push", "en",
     [("Theo", "NAME"), ("6/12", "DATE"), ("Dr. Brennan", "PROVIDER")],
     ["pediatrics", "minor"], "Push previews like SMS: the infant's name goes. Judgement: '4-month checkup' is an age-named check-up, generic (decision 4)."),
    ("cb0010", "Hi! Olivia got dose 1 of Gardasil today. Dose 2 is due in 6 months and we'll text you a reminder. Call us with any questions about her HPV vaccine series.",
     "BLOCK", "other", "sms", "en",
     [("Olivia", "NAME"), ("Gardasil", "MEDICATION"), ("HPV vaccine", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A dose given to a named child is treatment history of a third party: BLOCK (decision 3); the brand is MEDICATION, the generic vaccine PROCEDURE."),
    ("cb0011", "Hello, this is a reminder call from Dr. Osei's office for the parent or guardian of a patient with an appointment tomorrow at 2:15 PM. Press 1 to confirm, press 2 to reschedule, or stay on the line to speak with our staff.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Osei", "PROVIDER")],
     ["pediatrics"], "Voice reminder naming only the provider and the time; no child or visit type."),
    ("cb0012", "Recordatorio: Santiago tiene cita para su vacuna contra la influenza el 2 de octubre a las 4:10 pm. Clínica Pediátrica Los Pinos, tel. (210) 555-0173.",
     "REWRITE", "reminder", "sms", "es",
     [("Santiago", "NAME"), ("vacuna contra la influenza", "PROCEDURE"), ("2 de octubre", "DATE"), ("Clínica Pediátrica Los Pinos", "SPECIALTY"), ("(210) 555-0173", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "The recipient's own child's flu-shot appointment: name, vaccine and pediatric clinic name go (decisions 1, 3); date, time and phone stay."),
)

# ---------------------------------------------------------------- batch 2 (cb0013-cb0024): newborn nursery, screening, bilirubin, lactation
add(
    ("cb0013", "Baby Reyes bili this AM was 15.8 (high-intermediate risk zone). Dr. Choi wants a recheck tmrw 8am and to start the phototherapy blanket tonight — home health will drop it off by 6.",
     "BLOCK", "result", "sms", "en",
     [("Reyes", "NAME"), ("bili", "PROCEDURE"), ("15.8", "RESULT"), ("high-intermediate risk", "RESULT"), ("Dr. Choi", "PROVIDER"), ("phototherapy blanket", "PROCEDURE"), ("home health", "SPECIALTY")],
     ["pediatrics", "home-health", "minor", "third-party", "shorthand"], "A newborn's bilirubin value, risk zone and treatment plan: results and treatment of a third party, BLOCK. 'Baby' acts as a title (decision 6); 'home health' names the service line (decision 16)."),
    ("cb0014", "Harborview Newborn Nursery: reminder of your baby's bilirubin check on Sat 4/19 at 9:30 am at our outpatient lab, 2200 Harbor Blvd Suite 110. Please enter through door C.",
     "REWRITE", "reminder", "sms", "en",
     [("Harborview Newborn Nursery", "SPECIALTY"), ("bilirubin check", "PROCEDURE"), ("4/19", "DATE"), ("2200 Harbor Blvd Suite 110", "ADDRESS")],
     ["pediatrics", "minor", "practice-contact"], "A dependent's named test appointment is REWRITE, not BLOCK (decision 2); the nursery name reveals a recent birth (decision 1). The practice's own address stays."),
    ("cb0015", "Sra. Domínguez: el resultado del tamiz neonatal de su bebé salió normal. No es necesario repetir la prueba. Cualquier duda, llámenos al (956) 555-0132.",
     "BLOCK", "result", "sms", "es",
     [("Domínguez", "NAME"), ("tamiz neonatal", "PROCEDURE"), ("normal", "RESULT"), ("(956) 555-0132", "PHONE")],
     ["pediatrics", "lab", "minor", "third-party", "practice-contact"], "A normal newborn-screen result is still a result (README), and it is the baby's: BLOCK."),
    ("cb0016", "Dear Mr. and Mrs. Kowalczyk,\n\nThe state newborn screening lab let us know that the blood spot card collected from your son on 2/6 was an unsatisfactory sample (not enough blood on the card). This does not mean your baby has any of the conditions on the panel; the lab simply could not run the tests.\n\nPlease bring him in for a repeat heel stick within the next 5 days. No appointment is needed Monday–Friday 8:00–4:00; just tell the front desk you are here for a repeat newborn screen and give them kit number NBS-44871203.\n\nThank you,\nDr. Adaeze Okafor\nRiverside Pediatric Group\n(502) 555-0107",
     "BLOCK", "result", "email", "en",
     [("Kowalczyk", "NAME"), ("newborn screening", "PROCEDURE"), ("2/6", "DATE"), ("unsatisfactory sample", "RESULT"), ("heel stick", "PROCEDURE"), ("repeat [[newborn screen]] and", "PROCEDURE"), ("NBS-44871203", "OTHER_ID"), ("Dr. Adaeze Okafor", "PROVIDER"), ("Riverside Pediatric Group", "SPECIALTY"), ("(502) 555-0107", "PHONE")],
     ["pediatrics", "lab", "minor", "third-party", "negation", "practice-contact"], "An unsatisfactory newborn-screen sample is a finding about the baby's test, even with the reassuring negation: BLOCK. Judgement: the screening kit number is OTHER_ID (like an accession number)."),
    ("cb0017", "Sweet Pea Portraits: your newborn session gallery is live! 48 shots from Sunday's shoot are ready to download for 14 days at the link in your email. — the Sweet Pea team",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "hard-negative"], "Look-alike: photo 'shots' and a 'newborn session' of a portrait studio, nothing clinical."),
    ("cb0018", "Hi Danielle, this is Maren, IBCLC with Tidewater Lactation Services. Confirming your home visit Wed 5/7 at 1 pm. Text back if baby's feeding schedule shifts and you need a later time.",
     "REWRITE", "confirmation", "sms", "en",
     [("Danielle", "NAME"), ("Maren", "PROVIDER"), ("IBCLC", "SPECIALTY"), ("Tidewater Lactation Services", "SPECIALTY"), ("5/7", "DATE")],
     ["pediatrics", "reproductive"], "The parent's own lactation visit: her name, the lactation credential and practice name go (decisions 1, 15); sender, date and time stay."),
    ("cb0019", "Lactation visit summary for Danielle and baby Rowan: Rowan's weight today 3.41 kg (birth weight 3.55 kg, 4% below). Transfer at weighted feed: 62 mL. Plan: keep nursing 8-12 times a day, pump 10 min after morning feeds, and offer 1 oz of expressed milk after feeds if he still seems hungry. Weight check with us again Friday. – Maren, IBCLC",
     "ALLOW", "care-instructions", "portal", "en",
     [("Lactation", "SPECIALTY"), ("Danielle", "NAME"), ("Rowan", "NAME"), ("Rowan", "NAME", 1), ("3.41 kg", "RESULT"), ("3.55 kg", "RESULT"), ("4% below", "RESULT"), ("weighted feed", "PROCEDURE"), ("62 mL", "RESULT"), ("Weight check", "PROCEDURE"), ("Maren", "PROVIDER"), ("IBCLC", "SPECIALTY")],
     ["pediatrics", "reproductive", "minor", "contrast"], "Inside the secure portal, values and feeding plans may stay (README channel convention); the SMS version (cb0020) is BLOCK."),
    ("cb0020", "Lactation f/u: baby's wt today 3.41 kg, 4% below birth wt. Transfer at weighted feed 62 mL. Keep nursing 8-12x/day & pump 10 min after AM feeds. – Maren",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lactation", "SPECIALTY"), ("3.41 kg", "RESULT"), ("4% below", "RESULT"), ("weighted feed", "PROCEDURE"), ("62 mL", "RESULT"), ("Maren", "PROVIDER")],
     ["pediatrics", "reproductive", "minor", "shorthand", "contrast"], "Weights, intake and a feeding plan by SMS: results and care instructions, BLOCK (portal version cb0019 is ALLOW)."),
    ("cb0021", "Clínica Familiar San Miguel: ¿Sabe si la silla del carro de su bebé está bien instalada? Revisión gratuita con técnicos certificados este sábado de 10 a 2 en nuestro estacionamiento. No necesita cita.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pediatrics", "general", "broadcast", "hard-negative"], "Car-seat check broadcast from a generic clinic name; 'revisión' and 'bebé' say nothing about the recipient."),
    ("cb0022", "Reminder: Baby Girl Thompson's 2-week weight check is Monday 7/14 at 11:00 with NP Alvarado at Sunnyside Kids Pediatrics. Bring the hospital discharge papers.",
     "REWRITE", "reminder", "sms", "en",
     [("Thompson", "NAME"), ("weight check", "PROCEDURE"), ("7/14", "DATE"), ("NP Alvarado", "PROVIDER"), ("Sunnyside Kids Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor"], "Dependent's logistics: surname ('Baby Girl' acts as a title, decision 6), the weight-check visit type (decision 2) and the pediatric practice name go; '2-week' stays outside (decision 4)."),
    ("cb0023", "Nurse line f/u: per our call, Aiden's croup sounds mild. Run a hot shower and sit in the steam 10 min. Dr. Yoon sent dexamethasone to the QuickRx on Elm St. Go to the ER for stridor at rest.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Aiden", "NAME"), ("croup", "CONDITION"), ("Dr. Yoon", "PROVIDER"), ("dexamethasone", "MEDICATION"), ("stridor", "CONDITION")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A named child's diagnosis, medication and care instructions: BLOCK. The pharmacy's street is not the patient's address."),
    ("cb0024", "After-hours nurse line: we got your message. A nurse will call you back within 30 minutes. If your child is struggling to breathe, turning blue or can't be woken, hang up and call 911 now.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "negation", "hard-negative"], "Auto-reply with boilerplate emergency advice: the symptoms are hypothetical and sent to every caller (decision 8); 911 is not a phone identifier."),
)

# ---------------------------------------------------------------- batch 3 (cb0025-cb0036): growth and feeding, iron, pharmacy pickups
add(
    ("cb0025", "Hola Yesenia, el Dr. Paredes revisó la gráfica de crecimiento de Emilio: su peso pasó del percentil 25 al percentil 5. Quiere verlo en 2 semanas y que mientras tanto le dé PediaSure dos veces al día.",
     "BLOCK", "result", "sms", "es",
     [("Yesenia", "NAME"), ("Dr. Paredes", "PROVIDER"), ("gráfica de crecimiento", "PROCEDURE"), ("Emilio", "NAME"), ("percentil 25", "RESULT"), ("percentil 5", "RESULT"), ("PediaSure", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's growth values and a nutrition plan: results and treatment of a third party, BLOCK. Judgement: PediaSure used as a product name is MEDICATION (decision 13)."),
    ("cb0026", "Subject: Scheduling Kiran's follow-up\n\nHi Mr. Banerjee,\n\nDr. Whitfield would like to see Kiran back for a growth recheck in about 3 months. We have openings on 9/22 at 3:30 and 9/29 at 4:10 — just reply with the one that works, or call the front desk at (608) 555-0114.\n\nThanks,\nAlicia, Scheduling\nOak Hollow Family Medicine",
     "REWRITE", "recall", "email", "en",
     [("Kiran", "NAME"), ("Banerjee", "NAME"), ("Dr. Whitfield", "PROVIDER"), ("Kiran", "NAME", 1), ("growth recheck", "PROCEDURE"), ("9/22", "DATE"), ("9/29", "DATE"), ("(608) 555-0114", "PHONE"), ("Alicia", "PROVIDER")],
     ["pediatrics", "minor", "practice-contact"], "Scheduling a dependent's growth recheck: names and the named visit type go, dates and the practice phone stay (decision 2). The scheduler signing is workforce: PROVIDER."),
    ("cb0027", "Big news — our practice is having a growth spurt! Starting in June we're adding Saturday hours and a second office in the Westgate shopping center. Same phone number, same team you know.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: the practice's 'growth spurt' is about the business; a shopping-centre name is not a patient's address."),
    ("cb0028", "Formula update for Nora: Dr. Feld thinks the bloody stools are from a milk protein allergy and wants to switch her to Nutramigen. Mix 1 scoop per 2 oz water; we'll recheck her in 2 wks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nora", "NAME"), ("Dr. Feld", "PROVIDER"), ("bloody stools", "CONDITION"), ("milk protein allergy", "CONDITION"), ("Nutramigen", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "An infant's symptom, suspected diagnosis and a formula change with mixing instructions: BLOCK. Judgement: a therapeutic formula used as a name is MEDICATION (decision 13)."),
    ("cb0029", "Sra. Castañeda, la cita de Mía con la nutrióloga es el 8 de abril a las 11:00. Traiga el registro de lo que come en 3 días. ¡Gracias!",
     "REWRITE", "reminder", "sms", "es",
     [("Castañeda", "NAME"), ("Mía", "NAME"), ("nutrióloga", "SPECIALTY"), ("8 de abril", "DATE")],
     ["pediatrics", "minor"], "Dependent's appointment with a specialist named by role (SPECIALTY like 'oncologist'): names and specialty go, date and time stay."),
    ("cb0030", "Subject: RSV season is here — what parents should know\n\nDear families,\n\nRSV (respiratory syncytial virus) usually circulates from October through March. For most children it's a cold, but for young babies it can be serious. A few things that help:\n\n• Wash hands often and keep sick siblings and visitors away from newborns.\n• Don't let anyone smoke around your baby.\n• Babies under 8 months, and some toddlers with certain health conditions, may be eligible for a one-time RSV antibody shot. Ask about it at your next visit — no separate appointment is needed.\n\nIf you're unsure whether your child needs to be seen, our nurse line is open day and night; the number is on the back of your appointment card.\n\nStay well,\nThe team at Cedar Grove Family Practice",
     "ALLOW", "other", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Seasonal education sent to every family: RSV, 'cold' and 'antibody shot' describe the season and an offer, nothing about the recipient (README broadcast convention)."),
    ("cb0031", "Hi, it's Kayla from Dr. Mbeki's office. Zoe's iron level came back a little low (Hgb 10.1). Please start the ferrous sulfate drops, 1 mL daily with juice, and we'll recheck in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Kayla", "PROVIDER"), ("Dr. Mbeki", "PROVIDER"), ("Zoe", "NAME"), ("iron level", "PROCEDURE"), ("a little low", "RESULT"), ("Hgb", "PROCEDURE"), ("10.1", "RESULT"), ("ferrous sulfate drops", "MEDICATION")],
     ["pediatrics", "lab", "minor", "third-party"], "A toddler's lab value and a new supplement with its dose: BLOCK. The form word after the drug goes with it (README)."),
    ("cb0032", "Hola, le llamamos del consultorio de la Dra. Salinas para confirmar la cita de su hijo mañana a las 9:20 de la mañana. Oprima 1 para confirmar o 2 si necesita cambiar la cita.",
     "ALLOW", "confirmation", "voice", "es",
     [("Dra. Salinas", "PROVIDER")],
     ["pediatrics"], "Voice confirmation with the provider and time only; 'su hijo' names no child."),
    ("cb0033", "hi this is brookside peds! ur daughter is due 4 her 11yr checkup + tdap & meningitis shots. call 555-0188 or book on the app",
     "REWRITE", "recall", "sms", "en",
     [("brookside peds", "SPECIALTY"), ("tdap", "PROCEDURE"), ("meningitis shots", "PROCEDURE"), ("555-0188", "PHONE")],
     ["pediatrics", "minor", "shorthand", "practice-contact"], "Lower-case shorthand: the pediatric practice name ('peds', decision 1) and the vaccines go; '11yr checkup' is generic (decision 4); the practice phone stays."),
    ("cb0034", "Refill for Ethan's Focalin XR 10mg was sent to Oakridge Pharmacy. Reminder: controlled meds need a med check every 3 months — his is due in May.",
     "BLOCK", "pickup", "sms", "en",
     [("Ethan", "NAME"), ("Focalin XR 10mg", "MEDICATION"), ("med check", "PROCEDURE")],
     ["pediatrics", "pharmacy", "minor", "third-party"], "A named child's stimulant is a dependent's medication sent to the guardian: BLOCK (README third-party convention)."),
    ("cb0035", "Oakridge Pharmacy: A prescription for your family is ready for pickup at our Main St store. Open 8am-9pm daily. Questions? Call 555-0119.",
     "ALLOW", "pickup", "sms", "en",
     [("555-0119", "PHONE")],
     ["pharmacy", "practice-contact"], "Pickup notice with no name and no drug from a generic pharmacy name; its own phone stays."),
    ("cb0036", "Oakridge Pharmacy: Prescription for LUCAS M. is ready for pickup. Rx #6620418. Please pick up by 3/28 or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("LUCAS M", "NAME"), ("6620418", "OTHER_ID"), ("3/28", "DATE")],
     ["pharmacy", "pediatrics"], "Name and Rx number (OTHER_ID, README) go; the pickup deadline survives. Judgement: the initial's period stays outside the NAME span."),
)

# ---------------------------------------------------------------- batch 4 (cb0037-cb0048): ADHD and asthma refills, disguises, asthma plans
add(
    ("cb0037", "Farmacia Del Valle: el inhalador de albuterol de Sebastián ya está listo. No olvide traer el espaciador a su próxima cita de asma con el Dr. Orozco.",
     "BLOCK", "pickup", "sms", "es",
     [("inhalador de albuterol", "MEDICATION"), ("Sebastián", "NAME"), ("espaciador", "PROCEDURE"), ("asma", "CONDITION"), ("Dr. Orozco", "PROVIDER")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A named child's inhaler and asthma visit sent to the parent: BLOCK. Judgement: the Spanish form word before the drug is in the MEDICATION span (decision 9); the spacer is a device (PROCEDURE)."),
    ("cb0038", "Reminder: Caleb's A D H D med check is due before we can refill his Vyvanse 30mg. Book online or call (469) 555-0166.",
     "BLOCK", "recall", "sms", "en",
     [("Caleb", "NAME"), ("A D H D", "CONDITION"), ("med check", "PROCEDURE"), ("Vyvanse 30mg", "MEDICATION"), ("(469) 555-0166", "PHONE")],
     ["pediatrics", "minor", "third-party", "spaced", "practice-contact"], "Spaced-out diagnosis plus a named child's stimulant: a dependent's condition and medication, BLOCK."),
    ("cb0039", "Riley's albu\u200bterol refill was denied by insurance, so Dr. Hahn switched it to levalbuterol HFA. It'll be ready at Oakridge Pharmacy after 4 pm.",
     "BLOCK", "pickup", "sms", "en",
     [("Riley", "NAME"), ("albu\u200bterol", "MEDICATION"), ("Dr. Hahn", "PROVIDER"), ("levalbuterol HFA", "MEDICATION")],
     ["pediatrics", "pharmacy", "minor", "third-party"], "A zero-width space splits the drug name; a named child's medication change: BLOCK."),
    ("cb0040", "Parents: Jaxon's 4sthm4 action plan & Fl0vent 44mcg school form are ready to sign at the front desk.",
     "BLOCK", "other", "sms", "en",
     [("Jaxon", "NAME"), ("4sthm4", "CONDITION"), ("Fl0vent 44mcg", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "leet"], "Leetspeak condition and drug of a named child: BLOCK. 'action plan' and 'school form' are generic/documents (decision 5)."),
    ("cb0041", "\u0410dderall XR 15mg for your daughter Brooklyn is ready for pickup at Oakridge Pharmacy. Pay at the drive-thru window.",
     "BLOCK", "pickup", "push", "en",
     [("\u0410dderall XR 15mg", "MEDICATION"), ("Brooklyn", "NAME")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A Cyrillic A disguises the stimulant; the daughter's medication to the parent is BLOCK. 'Brooklyn' is a name here, not the borough."),
    ("cb0042", "Refill policy reminder: please allow 3 business days for all refill requests, including ADHD medications, which also need a visit with your child's doctor every 3 months. Thank you!",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "general", "broadcast", "hard-negative"], "A policy sent to every family: 'ADHD medications' describes the policy, not the recipient's child (README broadcast convention)."),
    ("cb0043", "Hola Marisol, la receta de Daniela ya está lista para recoger en Farmacia Del Valle, Av. Juárez 214, Col. Centro. Horario: lunes a sábado de 9 a 8.",
     "REWRITE", "pickup", "sms", "es",
     [("Marisol", "NAME"), ("Daniela", "NAME"), ("Av. Juárez 214, Col. Centro", "ADDRESS")],
     ["pharmacy", "pediatrics", "minor", "practice-contact"], "No drug named: the parent's and child's names go; the pharmacy's own address and hours stay."),
    ("cb0044", "Subject: Asthma Action Plan – Isabella Moreno\n\nHi Mrs. Moreno,\n\nAttached is the signed Asthma Action Plan for Isabella Moreno (DOB 06/11/2015) for the school nurse. Summary for your records:\n\nGREEN (doing well): Flovent HFA 44 mcg, 2 puffs twice a day with spacer.\nYELLOW (cough, wheeze, tight chest): add albuterol 2-4 puffs every 4 hours; call us if needed more than 2 days in a row.\nRED (severe trouble breathing): albuterol 6 puffs now and call 911.\n\nPlease sign the medication authorization page too. The school can fax it back to us at (859) 555-0139.\n\nRenée Ortiz, RN\nMeadowbrook Pediatrics",
     "BLOCK", "care-instructions", "email", "en",
     [("Asthma", "CONDITION"), ("Isabella Moreno", "NAME"), ("Mrs. [[Moreno]],", "NAME"), ("Asthma", "CONDITION", 1), ("Isabella Moreno", "NAME", 1), ("06/11/2015", "DATE"), ("Flovent HFA 44 mcg", "MEDICATION"), ("spacer", "PROCEDURE"), ("cough", "CONDITION"), ("wheeze", "CONDITION"), ("tight chest", "CONDITION"), ("albuterol", "MEDICATION"), ("albuterol", "MEDICATION", 1), ("trouble breathing", "CONDITION"), ("(859) 555-0139", "FAX"), ("Renée Ortiz, RN", "PROVIDER"), ("Meadowbrook Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "dob", "practice-contact"], "Full DOB with the child's name, her diagnosis and dosing plan by e-mail: BLOCK on several counts. The zone symptoms belong to this child's plan, so they are labelled (unlike boilerplate, decision 8)."),
    ("cb0045", "The Terrible Twos: Surviving Tantrums & Power Struggles — free parenting class Thurs at 6:30 pm in our community room. Snacks and childcare provided. Reply YES to save a seat.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Look-alike: 'The Terrible Twos' is a class title, and 'tantrums' describe the class, not a child."),
    ("cb0046", "Hi Mrs. Goldberg, Bayside Children's Pulmonology can see Micah on 11/3 at 2:40. Please arrive 20 min early to register.",
     "REWRITE", "reminder", "sms", "en",
     [("Goldberg", "NAME"), ("Bayside Children's Pulmonology", "SPECIALTY"), ("Micah", "NAME"), ("11/3", "DATE")],
     ["pediatrics", "minor"], "Dependent's logistics with names and a specialty practice name: REWRITE (README third-party convention)."),
    ("cb0047", "Dr. Lindqvist reviewed the strep swab — Harper's is positive. Amoxicillin 400mg/5mL was sent to your pharmacy: 7.5 mL twice a day for 10 days. She can go back to school after 12 hrs on it.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("strep swab", "PROCEDURE"), ("Harper", "NAME"), ("positive", "RESULT"), ("Amoxicillin 400mg/5mL", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A named child's positive test and antibiotic dosing: BLOCK."),
    ("cb0048", "¡Sesión de fotos gratis de «Mi primer año» este sábado en nuestra sala de espera! Un fotógrafo profesional tomará fotos de bebés de 9 a 12. Cupo limitado: responda FOTO para apartar su lugar.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "Look-alike: a photo session for babies in the waiting room; nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 5 (cb0049-cb0060): school and camp forms
add(
    ("cb0049", "Your child's school physical form is signed and ready. Pick it up at the front desk or download it from the portal under Documents.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "hard-negative"], "A generic form for a generic physical, no child named (decisions 4, 5)."),
    ("cb0050", "Subject: Camp Wildwood health form – ready\n\nHello Mr. Halvorsen,\n\nThe camp health form for Quinn Halvorsen (DOB 04/09/2016) is complete and signed by Dr. Castellanos. Please check these details before you send it to Camp Wildwood:\n\n- Allergies: peanut and tree nut allergy (anaphylaxis in 2022)\n- Emergency meds: EpiPen Jr 0.15 mg x2, cetirizine 5 mg as needed\n- Immunization record: attached\n\nIf anything is wrong, reply to this email and our forms team will correct it within 2 business days. A copy is also in your portal.\n\nForms Team\nWillow Creek Pediatric Associates\nforms@willowcreekpeds.example",
     "BLOCK", "other", "email", "en",
     [("Mr. [[Halvorsen]],", "NAME"), ("Quinn Halvorsen", "NAME"), ("04/09/2016", "DATE"), ("Dr. Castellanos", "PROVIDER"), ("peanut and tree nut allergy", "CONDITION"), ("anaphylaxis", "CONDITION"), ("EpiPen Jr 0.15 mg", "MEDICATION"), ("cetirizine 5 mg", "MEDICATION"), ("Willow Creek Pediatric Associates", "SPECIALTY"), ("forms@willowcreekpeds.example", "EMAIL")],
     ["pediatrics", "minor", "third-party", "dob", "practice-contact"], "Child's full DOB with name, allergies and emergency medications by e-mail: BLOCK. The camp name is not labelled (decision 11); the immunization record is a document (decision 5)."),
    ("cb0051", "Kidsfirst Children's Clinic: the camp form for Owen is ready. Pick it up at the front desk Mon–Fri 8–5, or we can mail it — just reply MAIL.",
     "REWRITE", "other", "sms", "en",
     [("Kidsfirst Children's Clinic", "SPECIALTY"), ("Owen", "NAME")],
     ["pediatrics", "minor"], "A children's-clinic name (decision 1) and the child's name go; the camp form itself is a document (decision 5)."),
    ("cb0052", "The kindergarten health form you requested is ready to print from the portal. Requests made after Aug 1 may take up to 5 business days, so please plan ahead.",
     "ALLOW", "other", "sms", "en",
     [("Aug 1", "DATE")],
     ["pediatrics"], "A generic form notice; the cut-off date is a calendar date (labelled, allowed)."),
    ("cb0053", "Sr. Ramírez, ya está listo el formulario de medicamentos para la escuela de Camila: Zyrtec 5 mg diario y EpiPen Jr por su alergia al cacahuate. Pase a firmarlo en recepción.",
     "BLOCK", "other", "sms", "es",
     [("Ramírez", "NAME"), ("Camila", "NAME"), ("Zyrtec 5 mg", "MEDICATION"), ("EpiPen Jr", "MEDICATION"), ("alergia al cacahuate", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A named child's medications and allergy in a school medication form notice: BLOCK."),
    ("cb0054", "Subject: School and sports forms — how to get them fast\n\nDear families,\n\nAugust is our busiest month for forms. To help us get yours done quickly:\n\n1. Request forms through the portal (Menu > Forms). Please do not drop off paper forms without a request.\n2. Allow 5 business days. Same-day forms are $10.\n3. Most school, sports and camp forms need a physical within the last 12 months. If your child is due, book the visit first and we'll complete the form at the appointment.\n4. Medication forms for school must be signed by a parent before we can sign them.\n5. Immunization records can be printed from the portal at any time, free.\n\nThank you for your patience!\nThe Forms Team",
     "ALLOW", "other", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Forms policy sent to every family: physicals, medication forms and immunization records are generic here (decision 5)."),
    ("cb0055", "Your son's sports physical is booked for 7/30 at 4:15 pm with PA Delgado. Bring the school's pre-participation form and his glasses or contacts if he wears them.",
     "ALLOW", "confirmation", "sms", "en",
     [("7/30", "DATE"), ("PA Delgado", "PROVIDER")],
     ["pediatrics"], "Judgement: 'sports physical' is a generic physical (decision 4); no child named."),
    ("cb0056", "Good news: Liam Fischer is cleared to return to football after his concussion on 9/14. Dr. Aldana's return-to-play letter is in the portal for the athletic trainer.",
     "BLOCK", "other", "sms", "en",
     [("Liam Fischer", "NAME"), ("concussion", "CONDITION"), ("9/14", "DATE"), ("Dr. Aldana", "PROVIDER")],
     ["pediatrics", "orthopedics", "minor", "third-party"], "A named child's injury and clearance: a dependent's condition, BLOCK; the letter itself is a document (decision 5)."),
    ("cb0057", "Los formularios escolares y de campamento tardan hasta 5 días hábiles. Solicítelos en el portal, sección Formularios. ¡Gracias por su paciencia!",
     "ALLOW", "other", "sms", "es", [],
     ["pediatrics", "hard-negative"], "Generic forms auto-reply; nothing about a child."),
    ("cb0058", "Estimada Sra. Villalobos:\n\nLe enviamos adjunto el certificado de vacunación de Diego para su inscripción escolar. Si la escuela necesita el formulario firmado por el médico, puede pasar a recogerlo a recepción de lunes a viernes.\n\nAtentamente,\nRecepción — Pediatría Arcoíris\n(915) 555-0147",
     "REWRITE", "other", "email", "es",
     [("Villalobos", "NAME"), ("Diego", "NAME"), ("Pediatría Arcoíris", "SPECIALTY"), ("(915) 555-0147", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Names and the pediatric practice name go; the vaccination certificate is a document (decision 5), the phone is the practice's."),
    ("cb0059", "We faxed Ava's diabetes medical management plan to Lincoln Elementary. The school nurse will use her insulin-to-carb ratio of 1:15 and correction of 1 unit per 50 over 150.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ava", "NAME"), ("diabetes", "CONDITION"), ("insulin", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A named child's diagnosis and dosing: BLOCK. The school name is not labelled (decision 11); the ratios are dosing, not results."),
    ("cb0060", "Camp season! Camp physicals fill up fast — book now for June and July. Walk-in form signing Tues 1-3pm. Pinecrest Family Medicine (740) 555-0102",
     "ALLOW", "marketing", "sms", "en",
     [("(740) 555-0102", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Broadcast from a generic practice with its own phone; camp physicals are generic (decision 4)."),
)

# ---------------------------------------------------------------- batch 6 (cb0061-cb0072): nurse line and sick-visit call-backs
add(
    ("cb0061", "Hi, this is Tasha from the nurse line returning your call. Please call us back at (614) 555-0150 when you can and press 2 for the triage nurse.",
     "ALLOW", "other", "sms", "en",
     [("Tasha", "PROVIDER"), ("(614) 555-0150", "PHONE")],
     ["pediatrics", "practice-contact"], "Call-back request naming only the staff sender (workforce: PROVIDER) and the practice phone."),
    ("cb0062", "Nurse line follow-up: for Gabriel's vomiting, keep offering Pedialyte 1 tsp every 5 min. If he has no wet diaper in 8 hrs or seems very sleepy, bring him in.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gabriel", "NAME"), ("vomiting", "CONDITION"), ("Pedialyte", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A named child's symptom with rehydration dosing: BLOCK. Judgement: Pedialyte is MEDICATION (decision 13)."),
    ("cb0063", "This message is for the parent or guardian of one of our patients. We are returning your call from this morning. Please call us back at 555-0129 during office hours. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("555-0129", "PHONE")],
     ["pediatrics", "practice-contact"], "Voice call-back with no child, no reason and the practice's own number."),
    ("cb0064", "Hola, le habla la enfermera Lucía. Para la fiebre de Matías puede darle ibuprofeno 100 mg/5 ml, 7.5 ml cada 6 horas. Si mañana sigue con 39°, tráigalo a consulta.",
     "BLOCK", "care-instructions", "sms", "es",
     [("enfermera Lucía", "PROVIDER"), ("fiebre", "CONDITION"), ("Matías", "NAME"), ("ibuprofeno 100 mg/5 ml", "MEDICATION"), ("39°", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A named child's fever, temperature and dosing: BLOCK."),
    ("cb0065", "We have a sick-visit opening today at 3:40 for Ivy with Dr. Oyelaran. Reply YES to take it or NO if you no longer need it.",
     "REWRITE", "other", "sms", "en",
     [("Ivy", "NAME"), ("Dr. Oyelaran", "PROVIDER")],
     ["pediatrics", "minor"], "Only the child's name goes. Judgement: 'sick visit' names no condition and is generic (decision 4)."),
    ("cb0066", "hi! per ur call we booked Leo w/ Dr Vance 4:20 today for the ear pain + 102.3 temp. u can give tylenol 5 mL b4 u come",
     "BLOCK", "confirmation", "sms", "en",
     [("Leo", "NAME"), ("Dr Vance", "PROVIDER"), ("ear pain", "CONDITION"), ("102.3", "RESULT"), ("tylenol", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "shorthand"], "Booking text that carries the child's symptom, temperature and a dose: BLOCK even though the purpose is a confirmation."),
    ("cb0067", "Línea de enfermería fuera de horario: recibimos su mensaje. Una enfermera le devolverá la llamada en menos de 30 minutos. Si es una emergencia, llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["pediatrics", "hard-negative"], "Auto-reply of the nurse line; 'enfermería' and 'emergencia' are generic, 911 is not a phone identifier."),
    ("cb0068", "Returning your call from Dr. Petrakis's office: the results for Amara are ready in the portal. Log in to view them, or call if you have questions.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Dr. Petrakis", "PROVIDER"), ("Amara", "NAME")],
     ["pediatrics", "minor"], "Results-ready notice with no test or value named; only the child's name goes."),
    ("cb0069", "Hi Jenna — the lab called: Noah's lead level is 7 mcg/dL, which is elevated. Dr. Abara wants a recheck in 1 month and will mail you info on lead sources at home.",
     "BLOCK", "result", "sms", "en",
     [("Jenna", "NAME"), ("Noah", "NAME"), ("lead level", "PROCEDURE"), ("7 mcg/dL", "RESULT"), ("elevated", "RESULT"), ("Dr. Abara", "PROVIDER")],
     ["pediatrics", "lab", "minor", "third-party"], "A named child's blood lead value and its flag: BLOCK."),
    ("cb0070", "You have a new secure message about your child's care. Log in to read it: https://portal.hollowayfamilymed.example",
     "ALLOW", "portal-notice", "push", "en",
     [("https://portal.hollowayfamilymed.example", "URL")],
     ["pediatrics", "practice-contact"], "Notification without PHI; the practice's portal link carries no token."),
    ("cb0071", "Mensaje para los padres de Sofía Herrera, de la Clínica Pediátrica Sol: la doctora quiere devolverle la llamada. Por favor llámenos al 555-0193. Gracias.",
     "REWRITE", "other", "voice", "es",
     [("Sofía Herrera", "NAME"), ("Clínica Pediátrica Sol", "SPECIALTY"), ("555-0193", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Voice is treated like SMS: the child's name and the pediatric clinic name go (decision 1); the call-back number stays."),
    ("cb0072", "Subject: After-visit summary for Ruby\n\nHi Mr. Alcott,\n\nHere is the summary from Ruby's visit today with Dr. Sandoval.\n\nDiagnosis: bronchiolitis, RSV positive on the nasal swab.\nOxygen level in clinic: 94% (low normal for her age is about 92%).\n\nAt home:\n- Saline drops and gentle suction before feeds and sleep\n- Smaller, more frequent feeds; she should have at least 4 wet diapers a day\n- Cool-mist humidifier; no cough medicine under age 4\n\nReturn or go to the ER if she is breathing fast, pulling in at the ribs, or refusing feeds. We'll call you tomorrow morning to check on her.\n\nCarrie Wendt, RN\nMaple Grove Pediatrics\n(763) 555-0191",
     "BLOCK", "care-instructions", "email", "en",
     [("Ruby", "NAME"), ("Alcott", "NAME"), ("Ruby", "NAME", 1), ("Dr. Sandoval", "PROVIDER"), ("bronchiolitis", "CONDITION"), ("RSV", "CONDITION"), ("positive", "RESULT"), ("nasal swab", "PROCEDURE"), ("Oxygen level", "PROCEDURE"), ("94%", "RESULT"), ("Saline drops", "MEDICATION"), ("Carrie Wendt, RN", "PROVIDER"), ("Maple Grove Pediatrics", "SPECIALTY"), ("(763) 555-0191", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "After-visit summary by e-mail: diagnosis, a positive test and an oxygen value of a named child: BLOCK. Judgement: the reference value (92%) and the standard return precautions are not labelled (decisions 8, 18)."),
)

# ---------------------------------------------------------------- batch 7 (cb0073-cb0084): referrals and specialists
add(
    ("cb0073", "Your referral for Mateo to Lakeshore Pediatric Cardiology has been sent. Their office will call you within 5 business days to schedule.",
     "REWRITE", "other", "sms", "en",
     [("Mateo", "NAME"), ("Lakeshore Pediatric Cardiology", "SPECIALTY")],
     ["pediatrics", "cardiology", "minor"], "A dependent's referral with a name and a specialty name: REWRITE (README third-party convention); no condition is stated."),
    ("cb0074", "Referral update: Dr. Sato sent Chloe's referral to pediatric GI, and your plan approved it (auth #A88-21047). Expect a call from their scheduler this week.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Sato", "PROVIDER"), ("Chloe", "NAME"), ("pediatric GI", "SPECIALTY"), ("A88-21047", "OTHER_ID")],
     ["pediatrics", "minor"], "Name, specialty and the authorization number (OTHER_ID, like a claim number) go; the referral status survives."),
    ("cb0075", "We've sent the referral you asked about. The specialist's office will contact you directly; if you don't hear from them within a week, call us at (517) 555-0161.",
     "ALLOW", "other", "sms", "en",
     [("(517) 555-0161", "PHONE")],
     ["pediatrics", "practice-contact"], "Referral status with no child, no specialty ('specialist' is generic) and the practice phone."),
    ("cb0076", "Sra. Quintero: la referencia de Emiliano al otorrinolaringólogo fue aprobada. Llame a Otorrino Infantil del Norte al (656) 555-0124 para agendar su cita.",
     "REWRITE", "other", "sms", "es",
     [("Quintero", "NAME"), ("Emiliano", "NAME"), ("otorrinolaringólogo", "SPECIALTY"), ("Otorrino Infantil del Norte", "SPECIALTY"), ("(656) 555-0124", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Names, the ENT role word and the ENT practice name go; the specialist office's phone is labelled PHONE and stays (decision 14)."),
    ("cb0077", "Asunto: Referencia a Neurología Pediátrica\n\nEstimado Sr. López:\n\nEnviamos la referencia de Ximena López Garza (fecha de nacimiento 22/01/2018) a Neurología Pediátrica del Hospital Infantil San José por sus crisis convulsivas con fiebre. Ellos le llamarán para dar la cita. Mientras tanto, si tiene otra convulsión de más de 5 minutos, llame al 911.\n\nSaludos,\nDra. Teresa Aguilar\nPediatría Integral Los Álamos",
     "BLOCK", "other", "email", "es",
     [("Neurología Pediátrica", "SPECIALTY"), ("Sr. [[López]]:", "NAME"), ("Ximena López Garza", "NAME"), ("22/01/2018", "DATE"), ("Neurología Pediátrica", "SPECIALTY", 1), ("Hospital Infantil San José", "SPECIALTY"), ("crisis convulsivas", "CONDITION"), ("fiebre", "CONDITION"), ("convulsión", "CONDITION"), ("Dra. Teresa Aguilar", "PROVIDER"), ("Pediatría Integral Los Álamos", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "dob"], "Full DOB with the child's name and the reason for the referral (seizures): BLOCK. Judgement: a children's hospital name is specialty-revealing (decision 1)."),
    ("cb0078", "Hi Mr. Adeyemi,\n\nTobi's Early Intervention intake is set for Thursday 2/20 at 10:00 am at your home. The service coordinator, Ms. Grant, will bring the consent forms; the visit takes about 90 minutes.\n\nIf you need to change the time, reply here or call (919) 555-0145.\n\nBest,\nHollis Family Medicine",
     "REWRITE", "reminder", "email", "en",
     [("Adeyemi", "NAME"), ("Tobi", "NAME"), ("Early Intervention", "PROCEDURE"), ("2/20", "DATE"), ("Ms. Grant", "PROVIDER"), ("(919) 555-0145", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A dependent's program intake: names and the program go, date and phone stay (decision 2). Judgement: the named service coordinator is workforce, PROVIDER (decision 17)."),
    ("cb0079", "Dr. Seuss Day story hour in our waiting room this Friday at 3:30! Every child who comes gets a free book to take home. Green eggs optional.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Look-alike: 'Dr. Seuss' is a storybook author in an event title, not a provider (decision 12)."),
    ("cb0080", "Hi Rachel, Hannah's allergy testing at Evergreen Allergy & Asthma is confirmed for Thu 1/15 at 8:00 AM. Plan on about 90 minutes.",
     "REWRITE", "confirmation", "sms", "en",
     [("Rachel", "NAME"), ("Hannah", "NAME"), ("allergy testing", "PROCEDURE"), ("Evergreen Allergy & Asthma", "SPECIALTY"), ("1/15", "DATE")],
     ["pediatrics", "minor"], "A dependent's test appointment: names, the test and a practice name made of conditions go; REWRITE, not BLOCK (decision 2)."),
    ("cb0081", "Dr. Marsh got Eli's echo report back: a small VSD that will likely close on its own. No activity limits; we'll recheck with cardiology in 1 yr.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Marsh", "PROVIDER"), ("Eli", "NAME"), ("echo", "PROCEDURE"), ("VSD", "CONDITION"), ("cardiology", "SPECIALTY")],
     ["pediatrics", "cardiology", "minor", "third-party", "contrast"], "A named child's echo finding by SMS: BLOCK (the portal version cb0082 is ALLOW)."),
    ("cb0082", "Message from Dr. Marsh: Eli's echo showed a small VSD, a tiny hole between the lower heart chambers that usually closes on its own. He has no activity limits. We'll repeat the echo with cardiology in about a year and send you a reminder.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Marsh", "PROVIDER"), ("Eli", "NAME"), ("echo", "PROCEDURE"), ("VSD", "CONDITION"), ("hole between the lower heart chambers", "CONDITION"), ("echo", "PROCEDURE", 1), ("cardiology", "SPECIALTY")],
     ["pediatrics", "cardiology", "minor", "contrast"], "The same finding inside the secure portal: ALLOW (README channel convention)."),
    ("cb0083", "Brookside Pediatrics: Your child's hearing screen is scheduled for 5/5 at 9:00 AM. Please arrive 15 minutes early.",
     "REWRITE", "reminder", "sms", "en",
     [("Brookside Pediatrics", "SPECIALTY"), ("hearing screen", "PROCEDURE"), ("5/5", "DATE")],
     ["pediatrics", "minor"], "No name, but the pediatric practice name (decision 1) and the screening type go (README lists hearing screen as a routine visit type)."),
    ("cb0084", "Dra. Fuentes: el ultrasonido de cadera de la bebé Regina mostró displasia leve. Debe usar el arnés de Pavlik 23 horas al día; la vemos en 2 semanas.",
     "BLOCK", "result", "sms", "es",
     [("Dra. Fuentes", "PROVIDER"), ("ultrasonido de cadera", "PROCEDURE"), ("Regina", "NAME"), ("displasia", "CONDITION"), ("arnés de Pavlik", "PROCEDURE")],
     ["pediatrics", "orthopedics", "minor", "third-party"], "An infant's imaging finding and a device treatment: BLOCK. 'la bebé' acts as a title (decision 6); the harness is a device (PROCEDURE)."),
)

# ---------------------------------------------------------------- batch 8 (cb0085-cb0096): announcements, flu clinics, RSV season, car seats, look-alikes
add(
    ("cb0085", "Flu shots are in! Walk-in clinic Wed 4–7 pm and Sat 9–noon for all patients 6 months and up and their grown-ups. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative", "contrast"], "Broadcast flu clinic for everyone, unsigned: ALLOW with no span; the same text signed with a pediatric practice name (cb0088) is REWRITE (decision 1)."),
    ("cb0086", "Subject: Free car-seat checks this Saturday\n\nIs your car seat installed correctly? Most aren't! Certified child passenger safety technicians will be in our parking lot this Saturday from 9 to noon to check installation, harness fit and expiration dates. Moving your child from a rear-facing seat to a forward-facing seat or a booster? Bring the seat, the vehicle and your child — each check takes about 20 minutes. No appointment needed, and it's free.\n\nSee you there!\nThe staff at Cedar Grove Family Practice",
     "ALLOW", "marketing", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Look-alikes: 'booster' (a seat, not a vaccine), 'checks', 'harness fit' and 'expiration dates' of car seats."),
    ("cb0087", "¡Llegó la temporada del VSR! Lávese las manos seguido y mantenga a los bebés lejos de personas con gripa. Pregunte por la inyección de anticuerpos para recién nacidos en su próxima visita.",
     "ALLOW", "other", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "Seasonal RSV advice sent to everyone; no child, no practice name (README broadcast convention)."),
    ("cb0088", "Little Sprouts Pediatrics: Flu shots are in! Walk-in clinic Wed 4–7 pm and Sat 9–noon for all patients 6 months and up. Reply STOP to opt out.",
     "REWRITE", "marketing", "sms", "en",
     [("Little Sprouts Pediatrics", "SPECIALTY")],
     ["pediatrics", "broadcast", "contrast"], "Judgement (decision 1): the broadcast itself is harmless, but a pediatric practice name on the lock screen reveals the household's care, so it goes; the near-same text unsigned (cb0085) is ALLOW."),
    ("cb0089", "Little Sprouts Learning Center is teaming up with our office for Teddy Bear Clinic day! Kids bring a stuffed friend for a pretend check-up with real stethoscopes. Friday 10 am, free.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Look-alike: 'Little Sprouts' here is a daycare, and the 'clinic' and 'check-up' are for teddy bears."),
    ("cb0090", "Holiday hours: our office closes at noon on 12/24 and reopens 12/26 at 8 am. Our after-hours nurse line is open 24/7 at (614) 555-0100.",
     "ALLOW", "other", "sms", "en",
     [("12/24", "DATE"), ("12/26", "DATE"), ("(614) 555-0100", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday hours: dates and the practice phone are allowed; '24/7' is not a date (README)."),
    ("cb0091", "Diaper & formula drive all month! Drop unopened packs in the lobby bin — everything goes to the Eastside Family Shelter. Thank you!",
     "ALLOW", "marketing", "push", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Look-alike: 'formula' here is a donation, not a child's feeding plan."),
    ("cb0092", "Asunto: Bienvenida a la Dra. Campos\n\nEstimadas familias:\n\nNos da mucho gusto anunciar que a partir del 3 de noviembre la Dra. Valeria Campos se une a nuestro equipo. La Dra. Campos atiende a niños desde recién nacidos hasta los 18 años y habla español e inglés. Ya puede agendar citas con ella en el portal o al (915) 555-0112.\n\nTambién les recordamos que ya tenemos vacunas contra la gripe y el COVID para toda la familia, sin cita, de lunes a viernes de 8 a 5. Recuerde que nuestra línea de enfermería atiende las 24 horas y que los sábados abrimos de 9 a 1 para consultas de niños enfermos.\n\nAtentamente,\nClínica Familiar San Miguel",
     "ALLOW", "marketing", "email", "es",
     [("Dra. Campos", "PROVIDER"), ("3 de noviembre", "DATE"), ("Dra. Valeria Campos", "PROVIDER"), ("Dra. Campos", "PROVIDER", 1), ("(915) 555-0112", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "New-provider announcement to every family: provider, start date, phone and a vaccine offer are all allowed."),
    ("cb0093", "Shot clock's running! Only 3 days left to vote for our new waiting-room mural. Tap the link in your email to pick your favorite design.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'shot clock' is about a vote deadline."),
    ("cb0094", "Reminder: Nia's RSV antibody shot is Thu 10/2 at 10:10 AM with Nurse Carmen. Please bring her shot record.",
     "REWRITE", "reminder", "sms", "en",
     [("Nia", "NAME"), ("RSV antibody shot", "PROCEDURE"), ("10/2", "DATE"), ("Nurse Carmen", "PROVIDER")],
     ["pediatrics", "minor"], "A named child's immunization appointment: name and immunization go (decision 3); the shot record is a document (decision 5)."),
    ("cb0095", "Hello! This is an automated message from your family doctor's office. Flu and COVID vaccines are now available for everyone six months and older. Call the office or book online. Goodbye.",
     "ALLOW", "marketing", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Voice broadcast of a vaccine offer to everyone; nothing about the recipient."),
    ("cb0096", "Important: Amelia was in our waiting room on 3/4 between 2 and 5 pm when a patient with measles was there. Because she is too young for the MMR vaccine, Dr. Hale recommends immune globulin within 6 days — please call us today.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Amelia", "NAME"), ("3/4", "DATE"), ("measles", "CONDITION"), ("MMR vaccine", "PROCEDURE"), ("Dr. Hale", "PROVIDER"), ("immune globulin", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A named child's exposure, vaccination status and recommended treatment, plus another patient's diagnosis: BLOCK."),
)

# ---------------------------------------------------------------- batch 9 (cb0097-cb0108): identifiers, billing, newborn records, long recall e-mail
add(
    ("cb0097", "We have your child's new Medicaid ID on file: CHP-7720051938. Please bring the card to the 8/11 visit so the front desk can scan it.",
     "REWRITE", "other", "sms", "en",
     [("CHP-7720051938", "HEALTH_PLAN_ID"), ("8/11", "DATE")],
     ["pediatrics"], "The beneficiary number is not needed to ask for the card; the visit date stays."),
    ("cb0098", "Your balance of $25.00 from your child's recent visit is due. Pay in the portal or at your next visit. Questions? Reply BILL.",
     "ALLOW", "billing", "sms", "en", [],
     ["pediatrics", "hard-negative"], "Balance notice with an amount only."),
    ("cb0099", "Subject: Statement from Riverside Family Medicine\n\nGuarantor: Kevin Oduya\nAccount: 88-301274\nStatement date: 05/02\n\nService: newborn circumcision (Baby Boy Oduya), date of service 04/11 — $385.00\nInsurance paid: $310.00\nYou owe: $75.00\n\nPay online at https://pay.riversidefm.example or call (502) 555-0176, Mon–Fri 9–4.",
     "REWRITE", "billing", "email", "en",
     [("Kevin Oduya", "NAME"), ("88-301274", "ACCOUNT"), ("05/02", "DATE"), ("circumcision", "PROCEDURE"), ("Boy [[Oduya]])", "NAME"), ("04/11", "DATE"), ("https://pay.riversidefm.example", "URL"), ("(502) 555-0176", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A billed procedure of a dependent is REWRITE like the patient's own (decision 2): names, account and the procedure go, amounts and the practice's pay link stay. 'newborn' stays outside (decision 4), 'Baby Boy' acts as a title (decision 6)."),
    ("cb0100", "Your plan denied the claim for Jasmine's growth hormone (Norditropin) — diagnosis code E34.3 was not covered. Claim #CLM-5530218. We're filing an appeal.",
     "BLOCK", "billing", "sms", "en",
     [("Jasmine", "NAME"), ("growth hormone", "MEDICATION"), ("Norditropin", "MEDICATION"), ("E34.3", "CONDITION"), ("CLM-5530218", "OTHER_ID")],
     ["pediatrics", "minor", "third-party"], "A named child's medication and diagnosis code in a claim notice: BLOCK. Judgement: an ICD-10 code is CONDITION (decision 10); the claim number is OTHER_ID (README)."),
    ("cb0101", "Hi! This is {{practice_name}}. Your child's visit on {{appt_date}} at {{appt_time}} is confirmed. Reply R to reschedule or C to keep it.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["pediatrics", "template", "hard-negative"], "Confirmation template with content-free placeholders only (README template convention)."),
    ("cb0102", "Hola, la consulta del recién nacido de Luciana es el 3 de julio a las 10:30 con el Dr. Benítez. Traiga la hoja de alta del hospital.",
     "REWRITE", "reminder", "sms", "es",
     [("recién nacido", "PROCEDURE"), ("Luciana", "NAME"), ("3 de julio", "DATE"), ("Dr. Benítez", "PROVIDER")],
     ["pediatrics", "minor"], "The baby's name and the newborn visit type go ('consulta' stays outside, like 'visit'); date, time and provider stay. The discharge sheet is a document (decision 5)."),
    ("cb0103", "¡Bienvenido Thiago Morales! Nacido el 14 de mayo. Su primera cita es el 17 de mayo con la Dra. Sáenz. Número de expediente: 00917734.",
     "BLOCK", "reminder", "sms", "es",
     [("Thiago Morales", "NAME"), ("14 de mayo", "DATE"), ("17 de mayo", "DATE"), ("Dra. Sáenz", "PROVIDER"), ("00917734", "MRN")],
     ["pediatrics", "minor", "dob"], "Judgement (decision 7): a newborn's birth date without the year, next to his name, is a full DOB in practice; with the chart number: BLOCK."),
    ("cb0104", "You're all set! Your child's appointment on 6/30 at 3:00 PM with Dr. Haddad is confirmed. Need to cancel? Call (520) 555-0177 at least 24 hrs ahead.",
     "ALLOW", "confirmation", "sms", "en",
     [("6/30", "DATE"), ("Dr. Haddad", "PROVIDER"), ("(520) 555-0177", "PHONE")],
     ["pediatrics", "practice-contact"], "Date, time, provider and practice phone only."),
    ("cb0105", "FYI we sent the letter for Grayson's 504 plan to the school: dx ADHD, combined type, with a recommendation for extra test time and preferential seating.",
     "BLOCK", "other", "sms", "en",
     [("Grayson", "NAME"), ("504 plan", "PROCEDURE"), ("ADHD", "CONDITION")],
     ["pediatrics", "behavioral-health", "minor", "third-party", "shorthand"], "A named child's diagnosis and accommodations: BLOCK. Judgement: a 504 plan is a program (PROCEDURE, decision 17)."),
    ("cb0106", "Home health newborn visit confirmed: nurse Abby will come to 418 Linden Ct Apt 3B, Dayton OH 45410 on 8/9 between 10 and 12.",
     "REWRITE", "confirmation", "sms", "en",
     [("Home health", "SPECIALTY"), ("newborn visit", "PROCEDURE"), ("nurse Abby", "PROVIDER"), ("418 Linden Ct Apt 3B, Dayton OH 45410", "ADDRESS"), ("8/9", "DATE")],
     ["pediatrics", "home-health", "minor"], "The family's home address is a patient identifier, and the service line (decision 16) and visit type go; nurse, date and window stay."),
    ("cb0107", "Need a copy of your kids' shot records for school? Print them anytime from the portal under Documents — no need to call or wait for a form.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Look-alike: 'shot records' are documents every family has (decision 5); nothing about a specific child."),
    ("cb0108", "Subject: Time to schedule check-ups for Wren and Silas\n\nHi Ms. Okonjo,\n\nOur records show Wren is due for her 3-year well-child visit and Silas for his 18-month well-child visit and vaccines. We can see both children back to back with Dr. Lindgren — open times this month include Tuesday 10/14 at 9:00 and 9:20, or Friday 10/17 at 2:00 and 2:20.\n\nReply with the day that works, or book online at https://maplewoodpeds.example/book. If your insurance changed, please update it in the portal before the visit.\n\nA few reminders for the day of the visit: bring any daycare or preschool forms you need filled out (there is no charge when we complete them at the visit), a list of your questions, and a favorite toy or blanket for each child. Parking is free in the garage behind our building; take the elevator to the 2nd floor.\n\nWarm regards,\nFront Desk\nMaplewood Pediatric Group\n(973) 555-0153",
     "REWRITE", "recall", "email", "en",
     [("Wren", "NAME"), ("Silas", "NAME"), ("Okonjo", "NAME"), ("Wren", "NAME", 1), ("well-child", "PROCEDURE"), ("Silas", "NAME", 1), ("well-child", "PROCEDURE", 1), ("vaccines", "PROCEDURE"), ("Dr. Lindgren", "PROVIDER"), ("10/14", "DATE"), ("10/17", "DATE"), ("https://maplewoodpeds.example/book", "URL"), ("Maplewood Pediatric Group", "SPECIALTY"), ("(973) 555-0153", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Two siblings' routine recall by e-mail: names, visit and vaccine types and the pediatric group name go (decisions 1, 3); provider, dates, link and phone stay; ages stay outside (decision 4)."),
)

# ---------------------------------------------------------------- batch 10 (cb0109-cb0120): med checks, lactation, results, closing mix
add(
    ("cb0109", "Reminder from Dr. Kaur's office: please bring all of your child's current medicine bottles to tomorrow's visit.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Kaur", "PROVIDER")],
     ["pediatrics"], "A generic request ('medicine bottles', 'medications' are generic words) with the provider only."),
    ("cb0110", "Hi Brandon, Maya's 3-month med check with Dr. Torres is Tue 2/3 at 4 pm. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Brandon", "NAME"), ("Maya", "NAME"), ("med check", "PROCEDURE"), ("Dr. Torres", "PROVIDER"), ("2/3", "DATE")],
     ["pediatrics", "minor"], "A dependent's named visit type without drug or diagnosis: REWRITE (decision 2); with the drug named (cb0034, cb0038) it is BLOCK."),
    ("cb0111", "Hi, this is Nurse Kim at Willow Creek Pediatric Associates calling for Tyler's mom. His urine culture grew E. coli, so Dr. Shah is switching him from cephalexin to nitrofurantoin. The new prescription is at your pharmacy; please start it tonight. Call us back at 317-555-0168 with questions.",
     "BLOCK", "result", "voice", "en",
     [("Nurse Kim", "PROVIDER"), ("Willow Creek Pediatric Associates", "SPECIALTY"), ("Tyler", "NAME"), ("urine culture", "PROCEDURE"), ("E. coli", "RESULT"), ("Dr. Shah", "PROVIDER"), ("cephalexin", "MEDICATION"), ("nitrofurantoin", "MEDICATION"), ("317-555-0168", "PHONE")],
     ["pediatrics", "lab", "minor", "third-party", "practice-contact"], "Voicemail is overheard like SMS: a named child's culture result and antibiotic change, BLOCK."),
    ("cb0112", "Reminder: our office is closed Monday for Presidents' Day. The after-hours nurse line is open as usual.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure; 'Presidents' Day' is a holiday, not a date span (README)."),
    ("cb0113", "Hi Ms. Carver, Lily's ear tube follow-up with Dr. Mendez at Harbor ENT for Kids is Wed 4/16 at 1:30. Please arrive 15 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("Carver", "NAME"), ("Lily", "NAME"), ("ear tube", "PROCEDURE"), ("Dr. Mendez", "PROVIDER"), ("Harbor ENT for Kids", "SPECIALTY"), ("4/16", "DATE")],
     ["pediatrics", "minor"], "A dependent's post-procedure visit: names, device/procedure and the ENT name go; REWRITE, not BLOCK (decision 2)."),
    ("cb0114", "Hi from the lactation team! Since you're dealing with low milk supply, try power pumping 1 hr a day and start fenugreek 2 caps 3x daily. We'll do a weighted feed Thursday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("lactation", "SPECIALTY"), ("low milk supply", "CONDITION"), ("power pumping", "PROCEDURE"), ("fenugreek", "MEDICATION"), ("weighted feed", "PROCEDURE")],
     ["pediatrics", "reproductive"], "The breastfeeding parent's own condition and treatment instructions: BLOCK (decision 15); a supplement used as a name is MEDICATION."),
    ("cb0115", "Your Pinecrest Family Medicine verification code is 482913. It expires in 10 minutes. Never share this code.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README)."),
    ("cb0116", "Hola Sr. Gutiérrez, la prueba rápida de influenza de Andrés salió positiva (influenza A). El Dr. Mejía le mandó oseltamivir 45 mg cada 12 horas por 5 días a su farmacia.",
     "BLOCK", "result", "sms", "es",
     [("Gutiérrez", "NAME"), ("prueba rápida de influenza", "PROCEDURE"), ("Andrés", "NAME"), ("positiva", "RESULT"), ("influenza A", "CONDITION"), ("Dr. Mejía", "PROVIDER"), ("oseltamivir 45 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A named child's positive test, diagnosis and dosing: BLOCK."),
    ("cb0117", "Dear Ms. Farrow, Dr. Lund reviewed the Vanderbilt forms from you and Jonah's teacher. The scores support ADHD, predominantly inattentive type. We'd like to start methylphenidate ER 18 mg each morning and see him in 4 weeks to check his weight and heart rate. Please book that visit online.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Farrow", "NAME"), ("Dr. Lund", "PROVIDER"), ("Vanderbilt forms", "PROCEDURE"), ("Jonah", "NAME"), ("ADHD", "CONDITION"), ("methylphenidate ER 18 mg", "MEDICATION")],
     ["pediatrics", "behavioral-health", "minor"], "Inside the secure portal a diagnosis and a dose may stay (README channel convention). Judgement: a rating scale (Vanderbilt) is a PROCEDURE, like BI-RADS (decision 17)."),
    ("cb0118", "Oakridge Pharmacy: Aubrey's prescription is ready. Your copay is $4.00. Reply HELP for store hours.",
     "REWRITE", "pickup", "sms", "en",
     [("Aubrey", "NAME")],
     ["pharmacy", "pediatrics", "minor"], "Pickup without a drug: only the child's name goes; the copay survives."),
    ("cb0119", "Parent night: 'Puberty, Phones & Sleep' for parents of 11–14 year-olds. Wed 7 pm in the community room, free. Reply SEAT to save a spot.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Look-alike: 'puberty' and 'sleep' are topics of a class for everyone."),
    ("cb0120", "URGENT: please call us today about Hazel's newborn screen. The state lab flagged her thyroid screen as abnormal, and Dr. Okeke needs a repeat TSH this week. (203) 555-0181",
     "BLOCK", "result", "sms", "en",
     [("Hazel", "NAME"), ("newborn screen", "PROCEDURE"), ("thyroid screen", "PROCEDURE"), ("abnormal", "RESULT"), ("Dr. Okeke", "PROVIDER"), ("TSH", "PROCEDURE"), ("(203) 555-0181", "PHONE")],
     ["pediatrics", "lab", "minor", "third-party", "practice-contact"], "A newborn's abnormal screening result and the repeat test it triggers: BLOCK; a plain call-back request without the screen would be the safe message."),
)

probe_lib.run(M, "cb", "probe77.jsonl")
