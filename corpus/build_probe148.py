#!/usr/bin/env python3
"""Build corpus/probe148.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe148.py [OUT] [-v]   (default: probe148.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only. The engine, the
launcher, Maven and java were not run, and no other corpus's messages, source or tests were read.

This round is OBSTETRICS, LABOR AND DELIVERY, POSTPARTUM AND NICU: what OB practices,
maternal-fetal medicine, labor and delivery units, birth centers, postpartum and lactation
programs, NICUs and newborn follow-up clinics send to patients and families — prenatal visit and
ultrasound reminders, glucose-test and GBS-swab prep, induction and cesarean scheduling,
pre-registration and what-to-bring lists, classes, postpartum check-ins and depression screens,
blood-pressure follow-up, NICU updates to parents, newborn screening, hearing and bilirubin
call-backs, birth-certificate, billing, pharmacy and breast-pump notices, pregnancy loss support —
mixed with neutral logistics and look-alikes (the birth of a new website, Labor Day, the due date
of a form, delivering a keynote, Stork Street, Maternity Lane, calle Cigüeña, a baby shower cake
order, a nurse named Faith Crib, Dr. Stork). About 20% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "came back at [[152]]" searches for
      "came back at 152" and labels only the bracketed part "152".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Obstetric practice, unit and programme names are specialty-revealing (SPECIALTY), like
     imaging or fertility names: "... Women's Health", "... OB/GYN", "... OB & Midwifery",
     "... Maternal-Fetal Medicine", "MFM", "... Perinatal", birth centres, "Labor & Delivery",
     "L&D", "Labor y Parto", "salas de parto", "Mother-Baby", "NICU"/"UCIN", lactation
     programmes and suppliers, newborn clinics and "... Pediatrics". A generic hospital name
     (St. Agnes Medical Center, Mercy West, Hospital San Lucas) is not labelled.
  2. Role words and credentials that name the service are SPECIALTY and stay outside the
     PROVIDER span: midwife/partera, CNM, IBCLC, CGC, doula, neonatologist/neonatóloga,
     genetic counselor, sonographer, bereavement coordinator, psicóloga, nutrióloga
     ("⟦partera|SPECIALTY⟧ ⟦Lucía|PROVIDER⟧", "⟦Kari Halvorsen|PROVIDER⟧, ⟦CNM|SPECIALTY⟧").
  3. Obstetric visit labels are PROCEDURE with the generic word outside, like well-child:
     "⟦prenatal|PROCEDURE⟧ visit", "⟦postpartum|PROCEDURE⟧ check", "⟦36-week|PROCEDURE⟧ visit",
     "⟦2-day newborn|PROCEDURE⟧ check"; a gestational-age test name is one span
     ("⟦28-week glucose screen|PROCEDURE⟧").
  4. Pregnancy itself is a CONDITION when it is the recipient's ("⟦pregnancy|CONDITION⟧",
     "⟦pregnancy loss|CONDITION⟧", "your ⟦due date|CONDITION⟧" as the pregnancy's), and so is
     the patient's own labour ("once you're in ⟦labor|CONDITION⟧", "⟦water broke|CONDITION⟧");
     the due date of a form or bill, Labor Day and labour costs are not labelled. A gestational
     age stated as a finding ("born at ⟦27 weeks|RESULT⟧") is a RESULT; NICU weights and feed
     volumes are RESULTs.
  5. A hospital-assigned newborn name ("Baby Boy Haddad", "Baby Girl Achterberg") labels only the
     surname as NAME; "Baby Boy/Girl" is treated like a title.
  6. A birth-certificate number is LICENSE (Safe Harbor's certificate/licence number); a parcel
     tracking number of a shipped breast pump is OTHER_ID; an ICD-10 code is CONDITION.
  7. A repeat newborn screen or heel-prick test whose only stated reason is specimen timing, or
     none, is REWRITE (logistics); one that states an out-of-range or failed result is BLOCK.
  8. A named test for a dependent with no condition or result (Olive's bilirubin recheck) is
     REWRITE like the patient's own; README names only routine visit types, and the rewrite
     (appointment, time, place) is safe. A dependent's condition, result or treatment is BLOCK.
  9. Fasting, full-bladder and "nothing after midnight" prep for a test or surgery is logistics,
     not a treatment instruction: REWRITE once the test is removed.
 10. A drug as the object of an appointment ("your ⟦RhoGAM injection|MEDICATION⟧ is scheduled")
     is REWRITE like a Botox touch-up, although it implies an Rh-negative result; stating the
     result ("Rh negativo") is BLOCK.
 11. Vaccines given in pregnancy ("Tdap", "RSV vaccines") are PROCEDURE like "flu shot".
 12. Street names without a number (Stork Street, Maternity Lane, calle Cigüeña, Elm Ave) are not
     ADDRESS; such lines are hard negatives.
 13. Broadcasts from a generic hospital about classes, vital-record processing times or events
     are ALLOW with no span; the same message naming an obstetric unit or birth centre, or sent
     to an enrolled individual, is REWRITE.
 14. A partner or relative updated about the patient's labour or delivery is a third party:
     BLOCK even when the patient asked for it, since the text is unencrypted.
 15. Exam and scan findings, with or without a number, are RESULT (breech, 6 cm, clear fluid, "looks good",
     "no heartbeat", fetal sex), as README's `benign`/`no polyps`.
 16. Single-span judgements: a billing package name ("Global obstetric care"), a named drug with
     its "low-dose" qualifier and strength, the prenatal record card ("carnet perinatal",
     PROCEDURE) and a depression-screen outcome phrase ("podría necesitar apoyo", RESULT).
     "Social worker", "front desk" and "nurse" stay generic; "Congratulations on your little
     one" is left unlabelled.
 17. A what-to-bring e-mail to an enrolled expectant patient is REWRITE, not BLOCK: it reveals
     the pregnancy through the birth centre's name and "your due date", but holds no result,
     finding or treatment.

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


# ---------------------------------------------------------------- batch 1 (eu0001-eu0012): prenatal reminders, ultrasound, glucose tests
add(
    ("eu0001", "Harbor Point Medical Group: Reminder - you have an appointment with Dr. Okafor on Tue 3/10 at 8:45 AM. Reply C to confirm or R to reschedule. Questions? (414) 555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/10", "DATE"), ("(414) 555-0142", "PHONE")],
     ["reproductive", "practice-contact"], "Generic practice name, provider, date, time and the practice's own phone: nothing reveals the prenatal nature of the visit."),
    ("eu0002", "Hi Tamsin! This is Bayview OB/GYN reminding you of your 20-week anatomy ultrasound on Thursday 4/16 at 10:30am. Please arrive 15 min early w/ a full bladder. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Tamsin", "NAME"), ("Bayview OB/GYN", "SPECIALTY"), ("20-week anatomy ultrasound", "PROCEDURE"), ("4/16", "DATE")],
     ["reproductive"], "Name, OB practice name and the gestational-age scan go; date, time and arrival prep survive. Decisions 1, 3 and 9: the full-bladder prep is logistics."),
    ("eu0003", "ur NT scan w/ MFM is tmrw 9am @ Suite 300. bring ins card + photo ID. -Cedar Ridge Perinatal",
     "REWRITE", "reminder", "sms", "en",
     [("NT scan", "PROCEDURE"), ("MFM", "SPECIALTY"), ("Cedar Ridge Perinatal", "SPECIALTY")],
     ["reproductive", "shorthand"], "Shorthand reminder; the nuchal translucency scan, the MFM service and the perinatal practice name reveal pregnancy (decision 1). Suite number is the practice's, not labelled."),
    ("eu0004", "Big news from Northfield Health: the birth of our new website! Book visits, pay bills and message your care team at any hour. Same login, fresh look. Thanks for growing with us.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'birth' of a website in a practice-wide announcement; nothing about the recipient."),
    ("eu0005", "Dr. Feld's office: your 1-hr glucose screen came back at 152, so we need to schedule the 3-hour test. Call (608) 555-0117 to set it up.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("1-hr glucose screen", "PROCEDURE"), ("came back at [[152]]", "RESULT"), ("3-hour test", "PROCEDURE"), ("(608) 555-0117", "PHONE")],
     ["reproductive", "practice-contact"], "A result value is the message: BLOCK, send a portal notice instead."),
    ("eu0006", "Clínica Familiar del Valle: Recordatorio de su cita con la Dra. Saavedra el miércoles 8 de abril a las 2:15 pm. Responda SI para confirmar o llame al (915) 555-0163.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Saavedra", "PROVIDER"), ("8 de abril", "DATE"), ("(915) 555-0163", "PHONE")],
     ["reproductive", "practice-contact"], "Provider, date, time and the practice's phone under a generic practice name."),
    ("eu0007", "Hola Yesenia:\nLe recordamos su ultrasonido del tercer trimestre el lunes 11 de mayo a las 9:00 a. m. en el Centro de Medicina Materno-Fetal Las Palmas (2.º piso). Traiga su identificación y su tarjeta del seguro. Si necesita cambiar la cita, responda a este correo.\nSaludos,\nRecepción",
     "REWRITE", "reminder", "email", "es",
     [("Yesenia", "NAME"), ("ultrasonido del tercer trimestre", "PROCEDURE"), ("11 de mayo", "DATE"), ("Centro de Medicina Materno-Fetal Las Palmas", "SPECIALTY")],
     ["reproductive"], "Name, third-trimester ultrasound and the maternal-fetal medicine centre go (decision 1); date, time and what to bring survive."),
    ("eu0008", "Hi Priya, Dr. Lindqvist reviewed your growth scan from Monday. Baby is measuring in the 8th percentile, so she'd like twice-weekly NSTs starting next week. We'll call to set those up.\n— Nurse Bea, Meadowlark Maternal-Fetal Medicine",
     "BLOCK", "result", "email", "en",
     [("Priya", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("growth scan", "PROCEDURE"), ("8th percentile", "RESULT"), ("NSTs", "PROCEDURE"), ("Nurse Bea", "PROVIDER"), ("Meadowlark Maternal-Fetal Medicine", "SPECIALTY")],
     ["reproductive"], "A scan finding and the monitoring plan it triggers are the message: BLOCK."),
    ("eu0009", "Reminder: Harbor Point Medical Group is closed Monday for Labor Day. For urgent needs call our after-hours line. Happy holiday!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: Labor Day closure sent to every patient (decision 4: not labour)."),
    ("eu0010", "Reminder from Dr. Abernathy's office: your glucose tolerance test is Fri 2/6 at 7:30 AM. Nothing to eat or drink but water after midnight. Plan to be here about 3 hours.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Abernathy", "PROVIDER"), ("glucose tolerance test", "PROCEDURE"), ("2/6", "DATE")],
     ["reproductive", "contrast"], "The named test goes; fasting prep and duration are logistics (decision 9), so the reminder survives."),
    ("eu0011", "Hello, this is Faith Crib, a nurse with Pinewood Family Health, returning your call. Please call us back at (503) 555-0129 during business hours. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("Faith Crib", "PROVIDER"), ("(503) 555-0129", "PHONE")],
     ["general", "practice-contact"], "Look-alike: a nurse whose name is Faith Crib is workforce (PROVIDER), and the call-back number is the practice's."),
    ("eu0012", "Sra. Benítez, su prueba de glucosa salió alta (168 mg/dL). La Dra. Ocampo quiere que empiece la dieta para diabetes gestacional y se revise el azúcar 4 veces al día. Llámenos para la cita con la nutrióloga.",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("prueba de glucosa", "PROCEDURE"), ("salió [[alta]]", "RESULT"), ("168 mg/dL", "RESULT"), ("Dra. Ocampo", "PROVIDER"), ("diabetes gestacional", "CONDITION"), ("nutrióloga", "SPECIALTY")],
     ["reproductive"], "Result, diagnosis and treatment plan are the message: BLOCK. Decision 2: nutrióloga is a role word naming a service."),
)

# ---------------------------------------------------------------- batch 2 (eu0013-eu0024): GBS, induction, cesarean, pre-registration
add(
    ("eu0013", "Hi Courtney, your GBS swab will be done at your 36-week visit next Tues 5/19 at 1:40 with Kari Halvorsen, CNM. No prep needed - see you then!",
     "REWRITE", "reminder", "sms", "en",
     [("Courtney", "NAME"), ("GBS swab", "PROCEDURE"), ("36-week", "PROCEDURE"), ("5/19", "DATE"), ("Kari Halvorsen", "PROVIDER"), ("CNM", "SPECIALTY")],
     ["reproductive"], "Name, the swab, the gestational-age visit label (decision 3) and the midwifery credential (decision 2) go; date, time and provider name survive."),
    ("eu0014", "GBS result is back - positive. Totally common! It just means you'll get IV penicillin once you're in labor. Let L&D know when you arrive. -Dr. Greer's nurse",
     "BLOCK", "result", "sms", "en",
     [("GBS", "PROCEDURE"), ("back - [[positive]]", "RESULT"), ("IV penicillin", "MEDICATION"), ("labor", "CONDITION"), ("L&D", "SPECIALTY"), ("Dr. Greer", "PROVIDER")],
     ["reproductive"], "A positive result plus the treatment it triggers: BLOCK. Decision 4: the patient's own labour is CONDITION; decision 1: L&D is SPECIALTY."),
    ("eu0015", "Hi Morgan,\nYour induction is scheduled for Sunday, 6/7. Please call Labor & Delivery at (617) 555-0188 at 6:00 AM that morning before you leave home to confirm we have a bed. Bring your ID, insurance card and your bag. Park in Garage B.\n— Scheduling, Brookline Women's Health",
     "REWRITE", "reminder", "email", "en",
     [("Morgan", "NAME"), ("induction", "PROCEDURE"), ("6/7", "DATE"), ("Labor & Delivery", "SPECIALTY"), ("(617) 555-0188", "PHONE"), ("Brookline Women's Health", "SPECIALTY")],
     ["reproductive", "practice-contact"], "Scheduling logistics survive once name, procedure, unit and the women's-health practice name go (decision 1); the unit's phone is the practice's own."),
    ("eu0016", "Kelsey - for tomorrow's induction: come to L&D at 7pm. We'll start with Cervidil overnight and Pitocin in the morning if needed. Don't eat after midnight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kelsey", "NAME"), ("induction", "PROCEDURE"), ("L&D", "SPECIALTY"), ("Cervidil", "MEDICATION"), ("Pitocin", "MEDICATION")],
     ["reproductive", "contrast"], "The drug plan for the induction is treatment content: BLOCK (contrast with the scheduling-only eu0015)."),
    ("eu0017", "Your scheduled cesarean with Dr. Marchetti is confirmed for 9/22 at 7:30 AM. Arrive 2 hrs early to Admitting, 2nd floor. Nothing to eat after midnight.",
     "REWRITE", "confirmation", "sms", "en",
     [("cesarean", "PROCEDURE"), ("Dr. Marchetti", "PROVIDER"), ("9/22", "DATE")],
     ["reproductive"], "The procedure goes; provider, date, arrival and fasting prep survive (decision 9)."),
    ("eu0018", "Hi, this message is for Danielle Okoro. Dr. Ambrose wanted you to know that since the baby is still breech we are booking the version procedure for Thursday, and if it doesn't work, a C-section next Monday. Please call us at (919) 555-0104.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Danielle Okoro", "NAME"), ("Dr. Ambrose", "PROVIDER"), ("breech", "RESULT"), ("version", "PROCEDURE"), ("C-section", "PROCEDURE"), ("(919) 555-0104", "PHONE")],
     ["reproductive"], "A fetal-position finding and the plan built on it, on a voicemail that can be overheard: BLOCK. Decision 15: breech is a finding (RESULT)."),
    ("eu0019", "Stork Street lot is closed Thurs for repaving. Please park in the Elm Ave garage - validation at the front desk. - Greenway Medical Center",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: Stork Street is a street, not a stork (decision 12: street names without a number are not ADDRESS)."),
    ("eu0020", "Su cesárea programada con el Dr. Villanueva está confirmada para el 3 de marzo. Preséntese a las 5:30 am en Admisión, planta baja. No coma ni beba nada después de la medianoche. Hospital San Lucas.",
     "REWRITE", "confirmation", "sms", "es",
     [("cesárea", "PROCEDURE"), ("Dr. Villanueva", "PROVIDER"), ("3 de marzo", "DATE")],
     ["reproductive"], "The procedure goes; provider, date, arrival and fasting survive (decision 9). Generic hospital name not labelled (decision 1)."),
    ("eu0021", "Hola Marisol, el Dr. Fuentes revisó su presión de hoy: 148/96. Por la preeclampsia le pide venir hoy mismo a Labor y Parto para monitoreo y laboratorios. No espere, por favor.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Marisol", "NAME"), ("Dr. Fuentes", "PROVIDER"), ("presión", "PROCEDURE"), ("148/96", "RESULT"), ("preeclampsia", "CONDITION"), ("Labor y Parto", "SPECIALTY")],
     ["reproductive"], "Blood-pressure value, diagnosis and an urgent instruction: BLOCK; the practice should call."),
    ("eu0022", "{{practice_name}}: You have an appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm, R to reschedule. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "Vendor template with content-free placeholders only (README: placeholders stay unlabelled)."),
    ("eu0023", "Pre-registration for your delivery at St. Agnes Medical Center is now open. Finish it online: stagnes.example.org/prereg?pt=8830142 or call Admitting at (312) 555-0176.",
     "REWRITE", "other", "sms", "en",
     [("delivery", "PROCEDURE"), ("stagnes.example.org/prereg?pt=8830142", "URL"), ("(312) 555-0176", "PHONE")],
     ["reproductive", "practice-contact"], "The delivery goes, and the link carries a patient parameter (README: patient-specific URL -> REWRITE); the hospital's phone stays."),
    ("eu0024", "Northfield Health app: Your 'Release of Information' form has a due date of Friday. Tap to finish it in the app.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Look-alike: the due date of a form, not of a pregnancy (decision 4)."),
)

# ---------------------------------------------------------------- batch 3 (eu0025-eu0036): what to bring, classes, postpartum check-ins
add(
    ("eu0025", "Hello from the Birthing Center at Willowbrook!\n\nAs your due date gets closer, here's what to pack for your stay:\n• Photo ID and insurance card\n• Your birth plan (2 copies)\n• Comfortable robe, nursing bras, slippers\n• Phone charger (long cord!)\n• Going-home outfit for you and baby\n• A rear-facing infant car seat, installed - we can't discharge without one\n• Snacks for your support person (the café closes at 7 PM)\n• Glasses or contacts case, lip balm, hair ties\n\nPlease leave jewelry and large amounts of cash at home. Parking is free for the first 48 hours in Lot C; bring your ticket to the front desk for validation.\n\nPre-register at willowbrook.example.org/prereg or call (303) 555-0150. Tours run Saturdays at 10.\n\nWarmly,\nYour Willowbrook nurses",
     "REWRITE", "other", "email", "en",
     [("Birthing Center at Willowbrook", "SPECIALTY"), ("due date", "CONDITION"), ("birth plan", "PROCEDURE"), ("willowbrook.example.org/prereg", "URL"), ("(303) 555-0150", "PHONE")],
     ["reproductive", "practice-contact"], "Sent to an enrolled expectant patient: the birth centre's name (decision 1) and 'your due date' (decision 4) reveal the pregnancy; the packing list is logistics. Decision 17: REWRITE, not BLOCK, since nothing is a result or treatment."),
    ("eu0026", "Rosewood Community Hospital invites everyone to our Spring Wellness Fair on Saturday: free blood-pressure checks, car-seat installation help, CPR demos and a visit from the fire truck. Our chief nursing officer will deliver the keynote at 11. Bring the kids!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'deliver the keynote'; a public event broadcast with nothing about the recipient."),
    ("eu0027", "Hi Ana! Reminder: your Childbirth Prep class (week 3 of 4) is tonight 6:30-8:30 in Conf Room B. Bring 2 pillows + your support person. Text STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Ana", "NAME"), ("Childbirth Prep", "PROCEDURE")],
     ["reproductive"], "An enrolled individual's class reveals the pregnancy (decision 13); name and programme go, time and room survive."),
    ("eu0028", "Harborview Café: Your baby shower cake order (vanilla w/ lemon filling, serves 24) is ready for pickup at the lobby café until 7pm. Thank you!",
     "ALLOW", "pickup", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a pickup notice for a baby shower cake from the hospital café; no medication, nothing clinical."),
    ("eu0029", "Hola Daniela, su clase de lactancia con Irene Paz, IBCLC, es el sábado 14 de febrero a las 10 am en el Salón 2. Puede traer a su bebé o una muñeca para practicar.",
     "REWRITE", "reminder", "sms", "es",
     [("Daniela", "NAME"), ("lactancia", "PROCEDURE"), ("Irene Paz", "PROVIDER"), ("IBCLC", "SPECIALTY"), ("14 de febrero", "DATE")],
     ["reproductive"], "Name, the lactation class (generic 'clase de' outside) and the lactation credential (decision 2) go; date, time and room survive."),
    ("eu0030", "Pinecrest Clinic update: the delivery of our new X-ray equipment means the side entrance is closed Tue-Wed. Please use the main doors. Thank you for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: delivery of equipment, not a birth; practice-wide notice."),
    ("eu0031", "Hi Jordan,\nThanks for filling out the Edinburgh questionnaire before your 6-week visit. Your score was 15, which is higher than we like to see. Dr. Castellanos would like to talk with you about counseling and possibly starting sertraline. Can you come in this week? If you ever have thoughts of harming yourself or the baby, call or text 988 right away.\n— Tess, RN\nCoastal OB & Midwifery",
     "BLOCK", "result", "email", "en",
     [("Jordan", "NAME"), ("Edinburgh questionnaire", "PROCEDURE"), ("6-week", "PROCEDURE"), ("score was [[15]]", "RESULT"), ("Dr. Castellanos", "PROVIDER"), ("counseling", "PROCEDURE"), ("sertraline", "MEDICATION"), ("Tess, RN", "PROVIDER"), ("Coastal OB & Midwifery", "SPECIALTY")],
     ["reproductive", "behavioral-health"], "A depression-screen score and a treatment plan: BLOCK. The scale is PROCEDURE and its value RESULT (README review conventions); 988 is not a phone identifier."),
    ("eu0032", "Hi Brianna, it's time for your postpartum check! Please book your 6-week visit with Dr. Yoon - reply BOOK or call (213) 555-0147.",
     "REWRITE", "recall", "sms", "en",
     [("Brianna", "NAME"), ("postpartum", "PROCEDURE"), ("6-week", "PROCEDURE"), ("Dr. Yoon", "PROVIDER"), ("(213) 555-0147", "PHONE")],
     ["reproductive", "practice-contact"], "Decision 3: postpartum and 6-week are visit labels (PROCEDURE); name goes, the booking request survives."),
    ("eu0033", "New message from Dr. Yoon: Your 6-week postpartum exam looked great - your incision is healing well and your blood pressure was 118/76. You're cleared for exercise and driving. Keep taking your prenatal vitamin while breastfeeding.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Yoon", "PROVIDER"), ("6-week postpartum", "PROCEDURE"), ("healing well", "RESULT"), ("blood pressure", "PROCEDURE"), ("118/76", "RESULT"), ("prenatal vitamin", "MEDICATION")],
     ["reproductive", "contrast"], "Inside the secure portal findings, values and drugs may stay (README channel convention)."),
    ("eu0034", "Coastal OB: Your hemoglobin is 9.1 - start the iron pills twice a day and we'll recheck at your postpartum visit.",
     "BLOCK", "result", "push", "en",
     [("Coastal OB", "SPECIALTY"), ("hemoglobin", "PROCEDURE"), ("9.1", "RESULT"), ("iron pills", "MEDICATION"), ("postpartum", "PROCEDURE")],
     ["reproductive"], "A lab value and dosing instruction on a lock-screen push: BLOCK."),
    ("eu0035", "This is Marnie from Elmhurst Family Physicians calling to confirm your appointment on Thursday, March 12 at 3:20 with Dr. Osei. Press 1 to confirm, 2 to reschedule.",
     "ALLOW", "confirmation", "voice", "en",
     [("Marnie", "PROVIDER"), ("March 12", "DATE"), ("Dr. Osei", "PROVIDER")],
     ["reproductive"], "Staff member named as the caller is PROVIDER (README); date, time and provider only."),
    ("eu0036", "Recordatorio: su cita de control posparto es el 22/04 a las 11:00 con la partera Lucía. Clínica Materna Sol. Responda C para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("posparto", "PROCEDURE"), ("22/04", "DATE"), ("partera", "SPECIALTY"), ("Lucía", "PROVIDER"), ("Clínica Materna Sol", "SPECIALTY")],
     ["reproductive"], "Decision 2: partera is a specialty role word, the name after it is PROVIDER; the maternity clinic name and the postpartum label go."),
)

# ---------------------------------------------------------------- batch 4 (eu0037-eu0048): NICU updates and logistics for parents
add(
    ("eu0037", "NICU update for Baby Boy Haddad: weight 1,640 g (up 30 g), off CPAP since 4am and tolerating 22 mL feeds q3h. Bili 9.8, phototherapy continues. Call the bedside nurse anytime: (504) 555-0121.",
     "BLOCK", "result", "sms", "en",
     [("NICU", "SPECIALTY"), ("Haddad", "NAME"), ("1,640 g", "RESULT"), ("30 g", "RESULT"), ("CPAP", "PROCEDURE"), ("22 mL", "RESULT"), ("Bili", "PROCEDURE"), ("9.8", "RESULT"), ("phototherapy", "PROCEDURE"), ("(504) 555-0121", "PHONE")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A dependent's values and treatment sent to the parent by SMS: BLOCK (README third-party convention). Decision 5: only the surname of 'Baby Boy Haddad' is NAME; decision 4: weights and feed volumes are RESULT."),
    ("eu0038", "St. Brigid NICU: Parent badge pickup for Isla's family is at the Security desk, Level 1, any time after 2pm. Bring photo ID.",
     "REWRITE", "other", "sms", "en",
     [("NICU", "SPECIALTY"), ("Isla", "NAME")],
     ["pediatrics", "minor"], "A dependent's logistics with a name and a unit name: REWRITE like the patient's own (README)."),
    ("eu0039", "Meadowbrook Health: Heads up - a water main broke on Stork Street this morning. The clinic is open, but please use the Maple Ave entrance. Sorry for the hassle!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: water 'broke' and Stork Street in a facilities notice (decision 12)."),
    ("eu0040", "Dear Mr. and Mrs. Kowalczyk,\nThis is Dr. Imani Reyes, neonatologist, following up on our family meeting. Theo's head ultrasound this morning showed a grade II bleed on the left side. This is common in babies born at 27 weeks and often resolves; we will repeat the scan next week. His breathing is stable on oxygen. Please call me at (206) 555-0190 with any questions.\nWe know this is a lot to take in. Our social worker, Devon Hart, can help with parking, meals and a room at the family house, and the chaplain is available day and night. You are welcome at the bedside at any hour; just scrub in at the sink by the double doors.\nSincerely,\nDr. Reyes\nHarborview Children's NICU",
     "BLOCK", "result", "email", "en",
     [("Kowalczyk", "NAME"), ("Dr. Imani Reyes", "PROVIDER"), ("neonatologist", "SPECIALTY"), ("Theo", "NAME"), ("head ultrasound", "PROCEDURE"), ("grade II bleed", "CONDITION"), ("27 weeks", "RESULT"), ("oxygen", "MEDICATION"), ("(206) 555-0190", "PHONE"), ("Devon Hart", "PROVIDER"), ("Dr. Reyes", "PROVIDER"), ("Harborview Children's NICU", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A baby's imaging finding by plain e-mail: BLOCK. Decision 4: gestational age at birth is a RESULT; oxygen is MEDICATION (README)."),
    ("eu0041", "NICU daily summary for Baby Girl Achterberg (posted 7:05 AM): Weight 2,010 g. Room air. Feeding 35 mL every 3 hours, 2 by breast/bottle. Hearing screen passed. Plan: car-seat test Thursday, possible discharge this weekend.",
     "ALLOW", "result", "portal", "en",
     [("NICU", "SPECIALTY"), ("Achterberg", "NAME"), ("2,010 g", "RESULT"), ("35 mL", "RESULT"), ("Hearing screen", "PROCEDURE"), ("passed", "RESULT"), ("car-seat test", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "contrast"], "Portal channel: a parent-proxy summary with values may stay (README). Decision 5 for the surname."),
    ("eu0042", "Hola familia Quispe: la reunión de cuidado de Mateo en la UCIN es el jueves 5 de marzo a las 3 pm con la neonatóloga. Si no pueden venir, llamen al (505) 555-0112.",
     "REWRITE", "reminder", "sms", "es",
     [("Quispe", "NAME"), ("Mateo", "NAME"), ("UCIN", "SPECIALTY"), ("5 de marzo", "DATE"), ("neonatóloga", "SPECIALTY"), ("(505) 555-0112", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A care-conference time for a dependent: names, unit and role word go (decisions 1, 2); date, time and call-back survive."),
    ("eu0043", "Sra. Rojas, Valentina tuvo una noche tranquila. Su bilirrubina bajó a 11.2 y suspendimos la fototerapia. Sigue con 30 ml de leche materna cada 3 horas. – Enf. Gabriela, UCIN",
     "BLOCK", "result", "sms", "es",
     [("Rojas", "NAME"), ("Valentina", "NAME"), ("bilirrubina", "PROCEDURE"), ("11.2", "RESULT"), ("fototerapia", "PROCEDURE"), ("30 ml", "RESULT"), ("Enf. Gabriela", "PROVIDER"), ("UCIN", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A baby's lab value and treatment change sent to the mother by SMS: BLOCK."),
    ("eu0044", "Thank you for your gift to the Little Lights Fund! Your donation helps us buy rocking chairs, books and preemie-sized hats for families at Rosewood Community Hospital. Your tax receipt is attached. With gratitude, The Rosewood Foundation",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Look-alike: a donor receipt mentioning preemies; says nothing about the recipient's care."),
    ("eu0045", "Reminder: Kangaroo care workshop for NICU parents tomorrow 1pm, Family Lounge 4B. Snacks provided!",
     "REWRITE", "reminder", "push", "en",
     [("Kangaroo care", "PROCEDURE"), ("NICU", "SPECIALTY")],
     ["pediatrics"], "Pushed to an enrolled parent, it reveals the baby is in the NICU (decision 13); time and room survive."),
    ("eu0046", "Hi, this is Cole from the NICU at Mercy West calling for Kendra Lowe. Jaxon had a couple of apnea spells overnight and we've started him on caffeine. He's comfortable now. Dr. Patel will update you at rounds at 10; call (816) 555-0166 if you'd like to join by phone.",
     "BLOCK", "result", "voice", "en",
     [("Cole", "PROVIDER"), ("NICU", "SPECIALTY"), ("Kendra Lowe", "NAME"), ("Jaxon", "NAME"), ("apnea spells", "CONDITION"), ("caffeine", "MEDICATION"), ("Dr. Patel", "PROVIDER"), ("(816) 555-0166", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A baby's events and a new drug on a voicemail: BLOCK. Look-alike inside: caffeine is a drug here."),
    ("eu0047", "Mercy West Parking: your monthly parking pass expires 4/1. Renew at the Level 1 kiosk or at parking.mercywest.example.org.",
     "ALLOW", "other", "sms", "en",
     [("4/1", "DATE"), ("parking.mercywest.example.org", "URL")],
     ["general", "practice-contact"], "The hospital's own parking link and an expiry date; no unit is named."),
    ("eu0048", "Discharge checklist for Ezra Moyo (going home Friday!): 1) Give Poly-Vi-Sol with iron 1 mL once a day. 2) Ezra's hip ultrasound is 6 weeks after discharge - ortho will call. 3) Synagis shots monthly through March at the Pediatric Pulmonary clinic. Questions? NICU discharge coordinator, (414) 555-0138.",
     "BLOCK", "care-instructions", "email", "en",
     [("Ezra Moyo", "NAME"), ("Poly-Vi-Sol with iron", "MEDICATION"), ("Ezra", "NAME", 1), ("hip ultrasound", "PROCEDURE"), ("ortho", "SPECIALTY"), ("Synagis", "MEDICATION"), ("Pediatric Pulmonary", "SPECIALTY"), ("NICU", "SPECIALTY"), ("(414) 555-0138", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "Dosing instructions for a dependent: BLOCK."),
)

# ---------------------------------------------------------------- batch 5 (eu0049-eu0060): newborn visits, screening, hearing and bilirubin call-backs
add(
    ("eu0049", "Sunrise Pediatrics: Please bring Noor in for her 2-day newborn check tomorrow at 10:15 AM with Dr. Adeyemi. Bring the hospital discharge papers and any feeding log.",
     "REWRITE", "reminder", "sms", "en",
     [("Sunrise Pediatrics", "SPECIALTY"), ("Noor", "NAME"), ("2-day newborn", "PROCEDURE"), ("Dr. Adeyemi", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's routine visit with a name: REWRITE (README). Decision 3: '2-day newborn' is the visit label."),
    ("eu0050", "This is the State Newborn Screening Program. Ava Lindgren's newborn screen showed an out-of-range result for CF. Please take her to the outpatient lab for a repeat test within 48 hrs. Call (517) 555-0158 with questions.",
     "BLOCK", "result", "sms", "en",
     [("Ava Lindgren", "NAME"), ("newborn screen", "PROCEDURE"), ("out-of-range", "RESULT"), ("CF", "CONDITION"), ("(517) 555-0158", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A baby's abnormal screen for a named condition: BLOCK (decision 7). The screening programme's own line is a sender contact."),
    ("eu0051", "Hi, this is Rhonda at Lakeshore Pediatrics. We need to recheck Liam's newborn screen (the first sample was collected too early - very common!). Can you bring him by the lab Mon-Fri 8-4? (616) 555-0171",
     "REWRITE", "reminder", "sms", "en",
     [("Rhonda", "PROVIDER"), ("Lakeshore Pediatrics", "SPECIALTY"), ("Liam", "NAME"), ("newborn screen", "PROCEDURE"), ("(616) 555-0171", "PHONE")],
     ["pediatrics", "minor", "practice-contact", "contrast"], "Decision 7: a repeat for specimen timing states no result, so the call-back survives once name, test and pediatric practice name go (contrast eu0050)."),
    ("eu0052", "Valley Health Billing: No action needed yet - your insurance is still processing your recent claim. You'll get a statement once it's final, with a due date 30 days out.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a bill's due date (decision 4); no amount, account or service named."),
    ("eu0053", "Sr. Mendoza, la prueba de audición de Sofía en el hospital no pasó en el oído derecho. Necesitamos repetirla el 9 de julio a las 10 am en Audiología del Hospital Infantil. Llame al (956) 555-0119.",
     "BLOCK", "result", "sms", "es",
     [("Mendoza", "NAME"), ("prueba de audición", "PROCEDURE"), ("Sofía", "NAME"), ("no pasó", "RESULT"), ("9 de julio", "DATE"), ("Audiología del Hospital Infantil", "SPECIALTY"), ("(956) 555-0119", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A baby's failed hearing screen is a result about a third party: BLOCK (decision 7)."),
    ("eu0054", "Clínica del Norte: Le recordamos que el próximo lunes estaremos cerrados por el Día del Trabajo. Para emergencias llame al 911. ¡Feliz fin de semana largo!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: Día del Trabajo (Labor Day), not trabajo de parto; 911 is not a phone identifier."),
    ("eu0055", "Hi Rachel, this is a reminder that Olive's bilirubin recheck is tomorrow (Saturday) at 9:00 AM at Maplewood Pediatrics, 410 Birch Lane, Suite 2. Please feed her right before you come.\n- Front desk",
     "REWRITE", "reminder", "email", "en",
     [("Rachel", "NAME"), ("Olive", "NAME"), ("bilirubin", "PROCEDURE"), ("Maplewood Pediatrics", "SPECIALTY"), ("410 Birch Lane, Suite 2", "ADDRESS")],
     ["pediatrics", "minor", "practice-contact"], "Decision 8: a named test for a dependent with no condition or result is REWRITE; the practice's address stays."),
    ("eu0056", "Reminder: your appointment at Birchwood Health is Tue 11/3 at 4:10 PM with Dr. Fenwick. Reply C to confirm. Need directions? birchwood.example.com/map",
     "ALLOW", "reminder", "sms", "en",
     [("11/3", "DATE"), ("Dr. Fenwick", "PROVIDER"), ("birchwood.example.com/map", "URL")],
     ["reproductive", "practice-contact"], "Generic practice, date, provider and the practice's own map link."),
    ("eu0057", "Good news! Harper's bilirubin this morning was 12.4, below the treatment line. No light therapy needed. Recheck Thurs. - Dr. Kaur",
     "BLOCK", "result", "sms", "en",
     [("Harper", "NAME"), ("bilirubin", "PROCEDURE"), ("12.4", "RESULT"), ("light therapy", "PROCEDURE"), ("Dr. Kaur", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "negation"], "A normal result is still a result, and it is a dependent's: BLOCK (README)."),
    ("eu0058", "Hello, this is Redwood Health calling to remind you of an appointment on Tuesday at 11:30 with Dr. Lowell. To confirm, press 1. To reschedule, press 2 or call (971) 555-0193.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Lowell", "PROVIDER"), ("(971) 555-0193", "PHONE")],
     ["pediatrics", "practice-contact"], "A newborn clinic's voice reminder written without the baby's name or visit type: ALLOW."),
    ("eu0059", "Valley Health Foundation: Our annual Stork Run 5K is Sunday at 8 AM at Riverside Park! Packet pickup Saturday 10-2. Every finisher gets a medal.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a charity run named after the stork; nothing about the recipient."),
    ("eu0060", "Your baby's PKU/newborn screen results are normal! No further action needed. - Cedar Pediatrics",
     "BLOCK", "result", "push", "en",
     [("PKU", "PROCEDURE"), ("newborn screen", "PROCEDURE"), ("normal", "RESULT"), ("Cedar Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "negation"], "A normal result about a dependent is still a result: BLOCK (README)."),
)

# ---------------------------------------------------------------- batch 6 (eu0061-eu0072): billing, birth certificates, pharmacy, breast pumps, coverage
add(
    ("eu0061", "Statement from Glenwood Women's Health\nAccount #: 00457821\nService: Global obstetric care (prenatal, delivery, postpartum)\nBalance due: $1,240.00 by 8/15\nPay online at glenwood.example.com/pay or call Billing at (801) 555-0144, Mon-Fri 8-5.",
     "REWRITE", "billing", "email", "en",
     [("Glenwood Women's Health", "SPECIALTY"), ("00457821", "ACCOUNT"), ("Global obstetric care", "PROCEDURE"), ("prenatal", "PROCEDURE"), ("delivery", "PROCEDURE"), ("postpartum", "PROCEDURE"), ("8/15", "DATE"), ("glenwood.example.com/pay", "URL"), ("(801) 555-0144", "PHONE")],
     ["reproductive", "practice-contact", "identifier"], "The balance and how to pay survive; the account number, the women's-health practice name (decision 1) and the billed service go. Judgement: the global-package name is one PROCEDURE span."),
    ("eu0062", "Valley Health Billing: a new statement is ready in your portal. Heads-up: payments are now due 30 days from the statement date. Reply STOP to opt out.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Billing notice with no amount, account or service; 'due' and 'statement date' are not dates of the patient."),
    ("eu0063", "Vital Records at Mercy West: Please review the birth certificate info for Amara Jean Whitfield, born 02/17/2026, mother Keisha Whitfield. Reply YES if correct or call (816) 555-0180.",
     "BLOCK", "other", "sms", "en",
     [("Amara Jean Whitfield", "NAME"), ("02/17/2026", "DATE"), ("Keisha Whitfield", "NAME"), ("(816) 555-0180", "PHONE")],
     ["pediatrics", "minor", "dob", "practice-contact"], "A full date of birth with the baby's name is BLOCK (README), here with the mother's name too."),
    ("eu0064", "Mercy West Health Information: requests for birth certificates and other vital records now take 4-6 weeks by mail. Request forms are on our website under Patients & Visitors.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 13: a general notice about vital-record processing says nothing about the recipient."),
    ("eu0065", "Hospital San Rafael - Registro: el acta de nacimiento de su bebé está lista. Número de certificado 2026-114-009382. Recójala en Admisión de lunes a viernes con identificación.",
     "REWRITE", "pickup", "sms", "es",
     [("2026-114-009382", "LICENSE")],
     ["pediatrics", "identifier"], "Decision 6: the certificate number is LICENSE and not needed for a pickup notice; the rest survives."),
    ("eu0066", "Fairmont Health Newsletter - From conception to ribbon-cutting, our new Westside clinic took three years. Doors open Monday with evening hours, a pharmacy drive-through and free parking. Labor costs came in under budget thanks to local contractors. See you there!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alikes: conception of a building, labor costs (decision 4)."),
    ("eu0067", "Your claim for 04/02 was denied by Acme Health Plan. Reason: diagnosis O24.419 (gestational diabetes, unspecified control) requires prior authorization for the continuous glucose monitor. Member ID XJH448102937. Questions: (702) 555-0125.",
     "BLOCK", "billing", "email", "en",
     [("04/02", "DATE"), ("O24.419", "CONDITION"), ("gestational diabetes", "CONDITION"), ("continuous glucose monitor", "PROCEDURE"), ("XJH448102937", "HEALTH_PLAN_ID"), ("(702) 555-0125", "PHONE")],
     ["reproductive", "identifier"], "A diagnosis (code and words) is the content of the denial: BLOCK. Decision 6: the ICD-10 code is CONDITION."),
    ("eu0068", "Oakdale Pharmacy: Your prescription for Diclegis is ready for pickup. Store hours 9-9 daily.",
     "REWRITE", "pickup", "sms", "en",
     [("Diclegis", "MEDICATION")],
     ["pharmacy", "reproductive"], "A medication name in a pickup notice is REWRITE (DESIGN); it would reveal pregnancy nausea."),
    ("eu0069", "Farmacia Santa Fe: su receta de vitaminas prenatales y ácido fólico está lista para recoger. Horario de 8 am a 8 pm.",
     "REWRITE", "pickup", "sms", "es",
     [("vitaminas prenatales", "MEDICATION"), ("ácido fólico", "MEDICATION")],
     ["pharmacy", "reproductive"], "Medication names in a pickup notice go; 'receta' is generic (README)."),
    ("eu0070", "Oakdale Pharmacy: Your order is ready for pickup at the drive-thru. Bring photo ID. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative", "contrast"], "The same pickup notice with no drug named (contrast eu0068)."),
    ("eu0071", "Hi Jasmine! Your Spectra breast pump from MomCare Medical Supply ships today via UPS, tracking 1Z84A29F0344712285. Questions? (480) 555-0183.",
     "REWRITE", "other", "sms", "en",
     [("Jasmine", "NAME"), ("Spectra breast pump", "PROCEDURE"), ("MomCare Medical Supply", "SPECIALTY"), ("1Z84A29F0344712285", "OTHER_ID"), ("(480) 555-0183", "PHONE")],
     ["reproductive", "practice-contact", "identifier"], "A device (README: devices are PROCEDURE) and a maternity-supply name (decision 1) go; decision 6: the tracking number is OTHER_ID. Look-alike of a parcel 'delivery'."),
    ("eu0072", "Eligibility team, Valley Health: to add your newborn to your pregnancy Medicaid case we have your SSN as 078-05-1120. Reply Y if correct or call (915) 555-0108.",
     "BLOCK", "other", "sms", "en",
     [("pregnancy", "CONDITION"), ("078-05-1120", "SSN"), ("(915) 555-0108", "PHONE")],
     ["reproductive", "identifier", "practice-contact"], "An SSN must never travel by text: BLOCK. Decision 4: pregnancy is CONDITION."),
)

# ---------------------------------------------------------------- batch 7 (eu0073-eu0084): Spanish prenatal and postpartum, Rh, blood pressure, lactation
add(
    ("eu0073", "Clínica Rivera: ¡Nuestro nuevo sitio web ya nació! 🎉 Ahora puede pagar su cuenta y pedir citas en línea. ¡Pruébelo!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a website that 'was born'; practice-wide announcement."),
    ("eu0074", "Hola Guadalupe, le recordamos su consulta prenatal el martes 16 de junio a las 8:30 con la Dra. Ibarra. Traiga su tarjeta de Medicaid y su carnet perinatal.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("prenatal", "PROCEDURE"), ("16 de junio", "DATE"), ("Dra. Ibarra", "PROVIDER"), ("carnet perinatal", "PROCEDURE")],
     ["reproductive"], "Decision 3: 'consulta prenatal' keeps the generic word outside. Judgement: the prenatal record card reveals pregnancy and is labelled PROCEDURE like a device or programme."),
    ("eu0075", "Hola Ximena, sus respuestas del cuestionario de depresión posparto indican que podría necesitar apoyo. La psicóloga, Lic. Duarte, la puede ver mañana. Si tiene pensamientos de hacerse daño, llame o envíe un texto al 988.",
     "BLOCK", "result", "sms", "es",
     [("Ximena", "NAME"), ("cuestionario de depresión posparto", "PROCEDURE"), ("podría necesitar apoyo", "RESULT"), ("psicóloga", "SPECIALTY"), ("Lic. Duarte", "PROVIDER")],
     ["reproductive", "behavioral-health"], "The outcome of a depression screen is a result: BLOCK. Decision 2 for psicóloga."),
    ("eu0076", "Buenas tardes, le habla Carmen del consultorio del Dr. Esquivel para confirmar su cita del jueves 2 de julio a las 10:45. Si necesita cambiarla, llámenos al (210) 555-0136. Gracias.",
     "ALLOW", "confirmation", "voice", "es",
     [("Carmen", "PROVIDER"), ("Dr. Esquivel", "PROVIDER"), ("2 de julio", "DATE"), ("(210) 555-0136", "PHONE")],
     ["reproductive", "practice-contact"], "The caller is staff (PROVIDER); provider, date and the practice's phone only."),
    ("eu0077", "Estimada Sra. Paredes:\nLe escribimos del Centro de Partos Alborada para recordarle la visita a domicilio de nuestra enfermera a los 3 días del parto, el viernes 20 de noviembre entre 9 y 12. Si ya no está en Calle Olmo 214, Depto 3B, Pharr TX 78577, avísenos por este medio.\nDurante la visita la enfermera le tomará la presión, revisará al bebé y podrá resolver sus dudas sobre la lactancia. Tenga a la mano la lista de sus medicamentos y las hojas de alta del hospital. Si prefiere otro día, responda a este correo o llámenos; la visita no tiene costo adicional con su plan.\nAtentamente,\nCentro de Partos Alborada",
     "REWRITE", "reminder", "email", "es",
     [("Paredes", "NAME"), ("Centro de Partos Alborada", "SPECIALTY"), ("visita a domicilio", "PROCEDURE"), ("parto", "PROCEDURE"), ("20 de noviembre", "DATE"), ("Calle Olmo 214, Depto 3B, Pharr TX 78577", "ADDRESS"), ("presión", "PROCEDURE"), ("lactancia", "PROCEDURE"), ("Centro de Partos Alborada", "SPECIALTY", 1)],
     ["reproductive", "home-health"], "Birth-centre name (decision 1), home visit and delivery go; the patient's own address is not needed. Date and window survive."),
    ("eu0078", "Paola, el resultado de su prueba de Rh es negativo. Necesita una inyección de RhoGAM; se la ponemos en su próxima cita. – Enfermería, Clínica Familiar del Valle",
     "BLOCK", "result", "sms", "es",
     [("Paola", "NAME"), ("prueba de Rh", "PROCEDURE"), ("es [[negativo]]", "RESULT"), ("RhoGAM", "MEDICATION")],
     ["reproductive", "contrast"], "A result and the treatment it requires: BLOCK (decision 10, contrast eu0079)."),
    ("eu0079", "Reminder: your RhoGAM injection is scheduled for Wed 7/8 at 2:00 PM in the Ridgeview Clinic treatment room. It takes about 20 minutes.",
     "REWRITE", "reminder", "sms", "en",
     [("RhoGAM injection", "MEDICATION"), ("7/8", "DATE")],
     ["reproductive", "contrast"], "Decision 10: a drug as the object of an appointment is REWRITE (README: a form word after the drug goes with it), although it implies an Rh-negative result."),
    ("eu0080", "Happy Mother's Day from all of us at Ridgeview Clinic! We'll be open regular hours Saturday and closed Sunday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: Mother's Day greeting sent to every patient."),
    ("eu0081", "Hi Leah, Dr. Osei reviewed your BP log - 152/98 this AM is too high. Increase nifedipine to 60 mg daily and recheck in 2 days. If you get a headache or vision changes go to L&D triage right away.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Leah", "NAME"), ("Dr. Osei", "PROVIDER"), ("BP", "PROCEDURE"), ("152/98", "RESULT"), ("nifedipine", "MEDICATION"), ("headache", "CONDITION"), ("vision changes", "CONDITION"), ("L&D", "SPECIALTY")],
     ["reproductive"], "A value and a dose change: BLOCK. README: the dose written elsewhere is not part of the MEDICATION span; symptoms are CONDITION."),
    ("eu0082", "Hi Shreya, reminder: postpartum BP check with the nurse tomorrow at 10:20 at Elmhurst Family Physicians. Bring your home cuff.",
     "REWRITE", "reminder", "sms", "en",
     [("Shreya", "NAME"), ("postpartum BP", "PROCEDURE")],
     ["reproductive"], "Decision 3: 'postpartum BP' is the visit label, 'check' stays outside; time and place survive."),
    ("eu0083", "Due to a labor dispute at our courier company, mailed statements may arrive late this month. Online bill pay is not affected. - Elmhurst Family Physicians",
     "ALLOW", "billing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a labor dispute, not labour (decision 4)."),
    ("eu0084", "Hi Catalina,\nCongratulations on your little one! I'm Renée Blackwood, IBCLC, with the Lactation Support Program at Westfield Hospital. I'd love to see you for a feeding follow-up this week. I have openings Tuesday at 2:00 or Thursday at 10:30 in the Breastfeeding Center (3rd floor, east wing). Just reply with the time that works. Parking in the visitor garage is free for this visit - bring your ticket up and we'll validate it. If neither time works, I also do video visits most afternoons, so don't worry about getting out of the house.\nWarmly,\nRenée",
     "REWRITE", "reminder", "email", "en",
     [("Catalina", "NAME"), ("Renée Blackwood", "PROVIDER"), ("IBCLC", "SPECIALTY"), ("Lactation Support Program", "SPECIALTY"), ("feeding", "PROCEDURE"), ("Breastfeeding Center", "SPECIALTY"), ("Renée", "PROVIDER", 1)],
     ["reproductive"], "Name, lactation credential, programme and centre go (decisions 1, 2); the offer of two times survives. Judgement: 'Congratulations on your little one' alone is left unlabelled."),
)

# ---------------------------------------------------------------- batch 8 (eu0085-eu0096): disguises, partners, pre-admission, pregnancy tests
add(
    ("eu0085", "hi jess its dr moss office. ur 1 hr g l u c o s e test = 141. need the 3 h r test next wk, call us to book",
     "BLOCK", "result", "sms", "en",
     [("jess", "NAME"), ("dr moss", "PROVIDER"), ("1 hr g l u c o s e test", "PROCEDURE"), ("141", "RESULT"), ("3 h r test", "PROCEDURE")],
     ["reproductive", "spaced", "shorthand"], "Disguised (spaced letters), lower case: a glucose value is still a result - BLOCK."),
    ("eu0086", "Reminder: your ind\u200buction is booked for 10/3 at 8 PM. Call L\u200b&\u200bD at (503) 555-0151 before you leave home.",
     "REWRITE", "reminder", "sms", "en",
     [("ind\u200buction", "PROCEDURE"), ("10/3", "DATE"), ("L\u200b&\u200bD", "SPECIALTY"), ("(503) 555-0151", "PHONE")],
     ["reproductive", "practice-contact"], "Zero-width spaces hide the procedure and the unit; spans cover the original characters. Scheduling survives."),
    ("eu0087", "Ur NST today was r3act1ve, baby looks gr8! Cont. l0w-d0se a5pirin 81mg nightly until delivery. -MFM clinic",
     "BLOCK", "result", "sms", "en",
     [("NST", "PROCEDURE"), ("r3act1ve", "RESULT"), ("l0w-d0se a5pirin 81mg", "MEDICATION"), ("delivery", "PROCEDURE"), ("MFM", "SPECIALTY")],
     ["reproductive", "leet", "shorthand"], "Leetspeak result and dosing instruction: BLOCK. Judgement: 'low-dose' is part of the drug's name and form, so one MEDICATION span."),
    ("eu0088", "Your \u0440renatal visit with Dr. Nakamura is Mon 8/24 at 9:15. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0440renatal", "PROCEDURE"), ("Dr. Nakamura", "PROVIDER"), ("8/24", "DATE")],
     ["reproductive"], "Cyrillic er in 'prenatal' (confusable derived); decision 3: the visit label goes, the reminder survives."),
    ("eu0089", "Greenway Medical Center: your pre-registration confirmation code is QK4-22B. We'll text you when it's time to head to the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A confirmation code identifies a booking, not a person (like a one-time code)."),
    ("eu0090", "Hi Marcus, Dana asked us to update you while she's resting: her C-section went well, she lost about 900 mL of blood so we're watching her hemoglobin, and baby girl is 7 lb 2 oz and breastfeeding. Visiting hours on Mother-Baby are 8am-9pm.\n- Kim, RN, 4 West",
     "BLOCK", "result", "email", "en",
     [("Marcus", "NAME"), ("Dana", "NAME"), ("C-section", "PROCEDURE"), ("900 mL", "RESULT"), ("hemoglobin", "PROCEDURE"), ("7 lb 2 oz", "RESULT"), ("Mother-Baby", "SPECIALTY"), ("Kim, RN", "PROVIDER")],
     ["reproductive", "third-party"], "Decision 14: the patient's surgery and blood loss told to her partner by e-mail is a third party's health: BLOCK."),
    ("eu0091", "Your glucose tolerance test results: fasting 88, 1 hr 172, 2 hr 141, 3 hr 118. Only one value was above the cutoff, so this does NOT meet criteria for gestational diabetes. Dr. Abernathy recommends a balanced diet; no further testing needed.",
     "ALLOW", "result", "portal", "en",
     [("glucose tolerance test", "PROCEDURE"), ("fasting [[88]]", "RESULT"), ("1 hr [[172]]", "RESULT"), ("2 hr [[141]]", "RESULT"), ("3 hr [[118]]", "RESULT"), ("gestational diabetes", "CONDITION"), ("Dr. Abernathy", "PROVIDER")],
     ["reproductive", "negation", "contrast"], "Portal channel: values and a negated diagnosis may stay (README; contrast eu0010)."),
    ("eu0092", "Pre-admit complete for Yolanda Pierce (DOB 04/11/1994). See you on L&D 5/2 at 6 AM for your scheduled induction.",
     "BLOCK", "confirmation", "sms", "en",
     [("Yolanda Pierce", "NAME"), ("04/11/1994", "DATE"), ("L&D", "SPECIALTY"), ("5/2", "DATE"), ("induction", "PROCEDURE")],
     ["reproductive", "dob"], "A full date of birth with the name is BLOCK (README), even in a confirmation."),
    ("eu0093", "This is a message from Westfield Hospital for Tara Quinn. Your pre-registration for Labor and Delivery is incomplete. Please call Patient Access at (860) 555-0174. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Tara Quinn", "NAME"), ("Labor and Delivery", "SPECIALTY"), ("(860) 555-0174", "PHONE")],
     ["reproductive", "practice-contact"], "Name and unit go (decision 1); the call-back request survives. Voice is treated like SMS (README)."),
    ("eu0094", "Westfield Hospital Volunteer Services: Thank you for signing up for the Holiday Gift Drive! Please deliver wrapped gifts to the main lobby by Friday. Our volunteers will sort them for families in need.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Look-alike: 'deliver' gifts; a volunteer notice."),
    ("eu0095", "Your pregnancy test today was positive! Dr. Hale wants to see you for a dating ultrasound in about 4 weeks. Start a prenatal vitamin daily until then.",
     "BLOCK", "result", "sms", "en",
     [("pregnancy test", "PROCEDURE"), ("was [[positive]]", "RESULT"), ("Dr. Hale", "PROVIDER"), ("dating ultrasound", "PROCEDURE"), ("prenatal vitamin", "MEDICATION")],
     ["reproductive"], "A positive test result: BLOCK, even though it is good news for many."),
    ("eu0096", "*|PRACTICE_NAME|*: Your 28-week glucose screen is on *|APPT_DATE|* at *|APPT_TIME|*. Don't eat for 2 hours before. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("28-week glucose screen", "PROCEDURE")],
     ["reproductive", "template"], "A template whose literal text names a pregnancy test: the lint should flag it (decision 3: one span with the gestational age)."),
)

# ---------------------------------------------------------------- batch 9 (eu0097-eu0108): loss, birth centres, MFM results, rentals, doulas
add(
    ("eu0097", "Hi Erin, Hope Circle, our support group for families after pregnancy loss, meets Thursday at 6:30pm in Chapel Room B. You're welcome anytime, no need to RSVP. - Jo, bereavement coordinator",
     "REWRITE", "other", "sms", "en",
     [("Erin", "NAME"), ("pregnancy loss", "CONDITION"), ("Jo", "PROVIDER"), ("bereavement coordinator", "SPECIALTY")],
     ["reproductive", "behavioral-health"], "An invitation sent to one bereaved patient: the loss and the role that reveals it go (decisions 2, 4); time and room survive."),
    ("eu0098", "Nadia, Dr. Brandt confirmed the ultrasound shows no heartbeat. I'm so sorry. Your misoprostol is ready at Elm Street Pharmacy; take 4 tablets vaginally tonight. Call us 24/7 if bleeding soaks 2 pads an hour: (702) 555-0161.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nadia", "NAME"), ("Dr. Brandt", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("no heartbeat", "RESULT"), ("misoprostol", "MEDICATION"), ("bleeding", "CONDITION"), ("(702) 555-0161", "PHONE")],
     ["reproductive", "pharmacy", "practice-contact"], "A finding, a drug and its dosing: BLOCK; this belongs in a call and the portal. 24/7 is not a date."),
    ("eu0099", "Hi! This is Faith from the front desk at Linden Family Health. Dr. Stork is running about 20 min behind this afternoon, so feel free to come a little later. Sorry!",
     "ALLOW", "other", "sms", "en",
     [("Faith", "PROVIDER"), ("Dr. Stork", "PROVIDER")],
     ["general"], "Look-alike: a provider named Stork; staff sender is PROVIDER (README)."),
    ("eu0100", "Casa de Nacimiento Luz: su recorrido por nuestras salas de parto es el domingo 1 de marzo a las 11 am. Puede traer a su pareja o acompañante.",
     "REWRITE", "reminder", "sms", "es",
     [("Casa de Nacimiento Luz", "SPECIALTY"), ("salas de parto", "SPECIALTY"), ("1 de marzo", "DATE")],
     ["reproductive"], "Decision 1: the birth-centre name and its labour rooms reveal the pregnancy; the tour time survives."),
    ("eu0101", "Dear Ms. Abiodun,\nYour cell-free DNA screening (NIPT) is back: low risk for trisomy 21, 18 and 13. Fetal sex: male - we've put this in a sealed note in your chart in case you'd rather be surprised. Your genetic counselor, Mira Feld, MS, CGC, is available at (414) 555-0132 if you'd like to talk it through. Please remember that this is a screening test, not a diagnosis; it does not replace the detailed anatomy ultrasound, which is already booked - the date and time are in your portal. If your insurer sends you an explanation of benefits for this test, you can ignore it unless it says you owe a balance; our billing team at the same number can help.\nWith warm regards,\nLakeview Maternal-Fetal Medicine",
     "BLOCK", "result", "email", "en",
     [("Abiodun", "NAME"), ("cell-free DNA screening", "PROCEDURE"), ("NIPT", "PROCEDURE"), ("low risk", "RESULT"), ("trisomy 21, 18 and 13", "CONDITION"), ("male", "RESULT"), ("genetic counselor", "SPECIALTY"), ("Mira Feld, MS", "PROVIDER"), ("CGC", "SPECIALTY"), ("(414) 555-0132", "PHONE"), ("anatomy ultrasound", "PROCEDURE"), ("Lakeview Maternal-Fetal Medicine", "SPECIALTY")],
     ["reproductive", "practice-contact"], "A screening result (and the fetal sex the patient may not want) by e-mail: BLOCK. README: a generic credential stays in PROVIDER, a specialty credential is its own span."),
    ("eu0102", "Linden Family Health: our Maternity Lane office is closed Friday for carpet cleaning. The Oak Street office is open 8-5 as usual.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: Maternity Lane is a street (decision 12)."),
    ("eu0103", "Sr. Torres, su hijo Iker sigue en la incubadora. Hoy pesó 1.9 kg y tiene un soplo leve que el cardiólogo va a revisar con un ecocardiograma mañana.",
     "BLOCK", "result", "sms", "es",
     [("Torres", "NAME"), ("Iker", "NAME"), ("incubadora", "PROCEDURE"), ("1.9 kg", "RESULT"), ("soplo leve", "CONDITION"), ("cardiólogo", "SPECIALTY"), ("ecocardiograma", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "cardiology"], "A baby's weight and a heart finding sent to the father by SMS: BLOCK."),
    ("eu0104", "Hi Grace, your hospital-grade pump rental from Bloom Lactation Supply is due back 12/1. Drop it at any location or schedule a pickup: bloom.example.com/return?acct=220917",
     "REWRITE", "other", "sms", "en",
     [("Grace", "NAME"), ("hospital-grade pump", "PROCEDURE"), ("Bloom Lactation Supply", "SPECIALTY"), ("12/1", "DATE"), ("bloom.example.com/return?acct=220917", "URL")],
     ["reproductive"], "Device and lactation-supply name go (decision 1); the link carries an account parameter (README: patient-specific URL)."),
    ("eu0105", "Hello from Orchard Valley Health!\n\nA few updates for the new year:\n• Evening hours: Tuesdays and Thursdays until 7 PM.\n• New phone tree: call (541) 555-0115 and press 2 for scheduling, 3 for billing.\n• Our second location at 88 Quarry Road, Bend OR 97702 opens February 2.\n• Labor Day, Thanksgiving and New Year's Day are our only full-day closures.\n• Flu shots: walk in any weekday, no appointment needed.\n• Parking: the Quarry Road lot adds 40 spaces and two EV chargers this spring.\n\nAs always, you can reach us through the portal at orchardvalley.example.org.\n\nWarm regards,\nThe Orchard Valley Health team",
     "ALLOW", "other", "email", "en",
     [("(541) 555-0115", "PHONE"), ("88 Quarry Road, Bend OR 97702", "ADDRESS"), ("February 2", "DATE"), ("orchardvalley.example.org", "URL")],
     ["general", "broadcast", "practice-contact"], "Practice newsletter: its own phone, address and portal link are ALLOW (README); Labor Day is a holiday."),
    ("eu0106", "Reminder for Abigail: your doula, Sunny Marsh, will meet you at your 38-week visit at Cypress Birth Collective on 6/30 at 11:00.",
     "REWRITE", "reminder", "sms", "en",
     [("Abigail", "NAME"), ("doula", "SPECIALTY"), ("Sunny Marsh", "PROVIDER"), ("38-week", "PROCEDURE"), ("Cypress Birth Collective", "SPECIALTY"), ("6/30", "DATE")],
     ["reproductive"], "Decisions 1-3: doula, the gestational-age visit label and the birth practice name go; the doula's own name is workforce (PROVIDER)."),
    ("eu0107", "Clínica del Sol: La fecha de entrega del formulario de actualización de datos es el viernes. ¡Gracias por su puntualidad!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Look-alike: 'entrega' (delivery) of a form and its due date."),
    ("eu0108", "For Mila's thrush: paint the nystatin inside her cheeks 4x a day for 10 days, and treat your nipples after each feed too. - Dr. Ferraro, Sunrise Pediatrics",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mila", "NAME"), ("thrush", "CONDITION"), ("nystatin", "MEDICATION"), ("Dr. Ferraro", "PROVIDER"), ("Sunrise Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A dependent's diagnosis and dosing: BLOCK (README third-party convention)."),
)

# ---------------------------------------------------------------- batch 10 (eu0109-eu0120): labour updates, anatomy scans, vaccines, Spanish logistics
add(
    ("eu0109", "Cedar Ridge Medical: You're checked in! Please have a seat - Sandra Wu, RN will call you back shortly.",
     "ALLOW", "other", "sms", "en",
     [("Sandra Wu, RN", "PROVIDER")],
     ["general"], "Check-in notice; the nurse with a generic credential is one PROVIDER span (README)."),
    ("eu0110", "Northfield Health app: 'Baby Steps' - our new step-tracker challenge starts Monday. Walk 5,000 steps a day for 30 days and win a water bottle!",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Baby Steps' is a fitness challenge sent to all app users."),
    ("eu0111", "Hi Mrs. Delacroix, Andre asked us to text you: Simone is 6 cm, her water broke at 4am (clear), epidural is in and she's comfy. Baby's heart rate looks good. - L&D 3rd floor",
     "BLOCK", "other", "sms", "en",
     [("Delacroix", "NAME"), ("Andre", "NAME"), ("Simone", "NAME"), ("6 cm", "RESULT"), ("water broke", "CONDITION"), ("[[clear]])", "RESULT"), ("epidural", "PROCEDURE"), ("heart rate", "PROCEDURE"), ("looks good", "RESULT"), ("L&D", "SPECIALTY")],
     ["reproductive", "third-party", "shorthand"], "Decision 14: a labouring patient's exam findings sent to a relative at the partner's request is third-party health: BLOCK. Decision 4: water broke is CONDITION; decision 15: dilation and fluid colour are RESULT."),
    ("eu0112", "Hello, this is Brookside Health. Our offices will close early Wednesday at noon so staff can attend training on our new labor scheduling software. We reopen Thursday at 8. Thank you.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: labor scheduling means staff shifts."),
    ("eu0113", "Hola Fernanda, su bebé tiene cita para repetir la prueba del talón el 12/05 a las 9 am en el Laboratorio Central. Traiga el carnet de vacunas.",
     "REWRITE", "reminder", "sms", "es",
     [("Fernanda", "NAME"), ("prueba del talón", "PROCEDURE"), ("12/05", "DATE")],
     ["pediatrics", "minor"], "Decision 7: a repeat heel-prick with no reason or result stated is logistics; name and test go."),
    ("eu0114", "Subject: Your anatomy scan\nHi Sierra, the sonographer noted a two-vessel cord on Tuesday's scan. Most babies with this are completely healthy, but Dr. Lindqvist recommends a fetal echo and growth scans every 4 weeks. Scheduling will call you.\n- Meadowlark Maternal-Fetal Medicine",
     "BLOCK", "result", "email", "en",
     [("anatomy scan", "PROCEDURE"), ("Sierra", "NAME"), ("sonographer", "SPECIALTY"), ("two-vessel cord", "CONDITION"), ("Dr. Lindqvist", "PROVIDER"), ("fetal echo", "PROCEDURE"), ("growth scans", "PROCEDURE"), ("Meadowlark Maternal-Fetal Medicine", "SPECIALTY")],
     ["reproductive", "imaging"], "A scan finding, even a reassuring one, and the follow-up it triggers: BLOCK. Decision 2: sonographer names the imaging service."),
    ("eu0115", "Heads up from Orchard Valley Health: the Bridal & Baby Expo is at the convention center this weekend, so expect heavy traffic downtown. Give yourself extra time for Saturday visits.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a baby expo as a traffic warning; nothing about the recipient."),
    ("eu0116", "Hi Lauren - just a reminder that your Tdap and RSV vaccines are due at your 32-week visit on Friday 9/11 with Dr. Greer. No need to bring anything. Thanks!\n- Pam, MA, Northside OB/GYN",
     "REWRITE", "reminder", "sms", "en",
     [("Lauren", "NAME"), ("Tdap", "PROCEDURE"), ("RSV vaccines", "PROCEDURE"), ("32-week", "PROCEDURE"), ("9/11", "DATE"), ("Dr. Greer", "PROVIDER"), ("Pam, MA", "PROVIDER"), ("Northside OB/GYN", "SPECIALTY")],
     ["reproductive"], "Decision 11: pregnancy vaccines are PROCEDURE like a flu shot; decision 3 for the visit label. Date and provider survive."),
    ("eu0117", "Hi, this is Dr. Greer calling for Lauren Bishop. Your urine culture showed a bladder infection. I sent Keflex 500 mg, twice a day for 7 days, to your pharmacy - it's safe in pregnancy. Call us if you get a fever or back pain.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Dr. Greer", "PROVIDER"), ("Lauren Bishop", "NAME"), ("urine culture", "PROCEDURE"), ("bladder infection", "CONDITION"), ("Keflex 500 mg", "MEDICATION"), ("pregnancy", "CONDITION"), ("fever", "CONDITION"), ("back pain", "CONDITION")],
     ["reproductive", "pharmacy"], "A result, a diagnosis and dosing on a voicemail: BLOCK."),
    ("eu0118", "Centro Médico Familiar: Su cita con el Dr. Arancibia es el viernes 4 de septiembre a las 3:40 pm. Dirección: 1220 Avenida Central, Suite 5, Laredo TX 78040. Responda C para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arancibia", "PROVIDER"), ("4 de septiembre", "DATE"), ("1220 Avenida Central, Suite 5, Laredo TX 78040", "ADDRESS")],
     ["reproductive", "practice-contact"], "Generic practice name, provider, date and the practice's own address."),
    ("eu0119", "Hospital Santa Teresa: a partir del lunes, la entrada de visitantes y el estacionamiento estarán en la calle Cigüeña. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: calle Cigüeña (Stork Street) is a street without a number (decision 12)."),
    ("eu0120", "Resultados de su ultrasonido de las 20 semanas: anatomía normal, placenta posterior, líquido amniótico normal. La Dra. Ibarra la verá en su próxima consulta prenatal.",
     "ALLOW", "result", "portal", "es",
     [("ultrasonido de las 20 semanas", "PROCEDURE"), ("anatomía normal", "RESULT"), ("placenta posterior", "RESULT"), ("líquido amniótico normal", "RESULT"), ("Dra. Ibarra", "PROVIDER"), ("prenatal", "PROCEDURE")],
     ["reproductive", "contrast"], "Portal channel: results may stay (README)."),
)

probe_lib.run(M, "eu", "probe148.jsonl")
