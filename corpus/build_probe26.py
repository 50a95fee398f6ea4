#!/usr/bin/env python3
"""Build corpus/probe26.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe26.py [OUT] [-v]   (default: probe26.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read.

This round is PREGNANCY AND BIRTH: prenatal visits, OB/GYN and midwifery practices, ultrasounds
and prenatal screening (NT, NIPT, anatomy scans, cervical length), gestational diabetes and blood
pressure checks, birth centers and labor and delivery (pre-registration, inductions, partners'
updates), postpartum care and lactation support (pumps, IBCLC visits, mood screening), newborn
first visits (weight checks, bilirubin, hearing and newborn screens, circumcision, tongue tie),
family planning after birth (IUD, implant, Depo, tubal ligation, vasectomy, emergency
contraception) and pregnancy-loss follow-up; with hard negatives built from the theme's everyday
words (delivery, labor, due, expecting, nursing, pushing, water break, baby steps) and broadcasts
that name pregnancy topics without saying anything about the recipient. About 22% Spanish;
4 disguised messages (spaced letters, zero-width spaces, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Reproductive service lines are specialty-revealing like imaging or fertility: OB/GYN, OB,
     Women's Health / Salud de la Mujer, midwifery, birth centers / Casa de Partos, maternal-fetal
     medicine (MFM), L&D / Labor & Delivery / Labor y Parto, lactation, family planning, urology
     and "Women & Infants" names are SPECIALTY. Role words naming such a service (midwife, partera,
     asesora de lactancia, diabetes educator, nutrióloga, perinatal bereavement counselor,
     perinatal mental health therapist) are SPECIALTY. CNM and IBCLC after a name are separate
     SPECIALTY spans (like DDS) and the bare name before them is PROVIDER; LCSW and MA are treated
     as generic credentials and stay inside the PROVIDER span.
  2. Pregnancy-stage visit labels (prenatal, postpartum / posparto, new OB, 28-week, 6 wk,
     32-week, newborn) are PROCEDURE, with the generic word (visit, appointment, cita, control)
     outside, like `well-child visit`.
  3. Pregnancy itself, labor, breastfeeding / lactancia as a state, pregnancy-loss terms and
     warning signs (bleeding, soaking a pad an hour, contractions) are CONDITION; presentation and
     status findings (breech / de nalgas, head down, 6 cm, doing well, estables, the baby's sex)
     are RESULT.
  4. Contraceptive and pregnancy drug products are MEDICATION (Nexplanon, Depo shot, Slynd, ella,
     RhoGAM injection, birth control, anticonceptivos); insertion and placement procedures, breast
     pumps and glucometers are PROCEDURE (devices).
  5. Preparation for a test or visit (full bladder, light meal, no feeding 1 h before, plan 45
     minutes) is logistics and survives a rewrite; dosing and treatment instructions are BLOCK.
  6. Newborns: the baby's scheduled visit or procedure sent to a parent (newborn visit, hearing
     screen, weight check, circumcision) is a dependent's logistics -> REWRITE; any finding about
     the baby or instruction for it -> BLOCK (third party); the baby's name with a full birth
     date -> BLOCK (full DOB with a name).
  7. Labor and delivery updates sent to a partner or relative are a third party's health ->
     BLOCK, even when the patient asked for them to be sent.
  8. A pregnancy-loss term used only as the reason for a scheduled visit is treated as a
     diagnosis used as a visit label -> REWRITE; hCG trends, pathology and medication
     instructions after a loss -> BLOCK.
  9. Shipment tracking numbers and DME order numbers are OTHER_ID.
 10. A month and year (the date a device was placed) is a DATE (a date element other than year).
 11. Broadcasts to every patient that name pregnancy topics (prenatal yoga, childbirth-prep class,
     car-seat checks, a loss remembrance gathering, a Women & Infants visitor policy) are ALLOW
     with no span (README broadcast rule); the recipient's own enrollment in such a program is
     REWRITE.
 12. A fetal finding in the patient's own pregnancy is the patient's own finding: BLOCK, not
     tagged third-party.
 13. Thresholds and targets in instructions (call if 160/110, repeat until under 5, a cutoff of
     140) are not the patient's values and are not labelled; a qualitative flag about the
     patient's value ("above our cutoff", "a little up") is RESULT.
 14. "Mija" (an endearment) is not a NAME; "Abril" used as a given name is. ER destinations in
     instructions (urgencias), like 911 and 988, are not labelled.
 15. A portal notice naming the test whose results are waiting ("your ultrasound results"), with
     no value, is REWRITE, not BLOCK.
 16. Pharmacy and DME delivery/shipping notices use purpose `pickup` (pharmacy) or `other` (DME).

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


# ---------------------------------------------------------------- batch 1 (ab0001-ab0012): prenatal reminders, first results
add(
    ("ab0001", "Reminder from Cedar Valley Family Clinic: you have an appointment with Dr. Harlan on Tue 3/10 at 2:45 PM. Reply C to confirm or R to reschedule. Txt STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Harlan", "PROVIDER"), ("3/10", "DATE")],
     ["primary-care"], "Generic family-practice name, provider, date and time only; nothing says what the visit is for."),
    ("ab0002", "Hi Brianna! This is Willow Creek OB/GYN reminding you of your prenatal visit w/ Dr. Sato on Thursday 4/16 at 10:20am. Please arrive 15 min early. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Brianna", "NAME"), ("Willow Creek OB/GYN", "SPECIALTY"), ("prenatal", "PROCEDURE"), ("Dr. Sato", "PROVIDER"), ("4/16", "DATE")],
     ["reproductive"], "Name, OB/GYN practice name and the prenatal visit type go (decisions 1, 2); provider, date and time survive. '15 min early' is not a date."),
    ("ab0003", "Bloom Midwifery Collective: your 28-week visit with Kelsey Park, CNM is Mon 6/8 at 9:00. Plan on about an hour if you're doing your glucose test that day.",
     "REWRITE", "reminder", "sms", "en",
     [("Bloom Midwifery Collective", "SPECIALTY"), ("28-week", "PROCEDURE"), ("Kelsey Park", "PROVIDER"), ("CNM", "SPECIALTY"), ("6/8", "DATE"), ("glucose test", "PROCEDURE")],
     ["reproductive"], "Midwifery name, gestational-age visit label, the CNM credential and the glucose test reveal pregnancy care (decisions 1, 2); the time budget is logistics (decision 5)."),
    ("ab0004", "Our offices will be closed Monday for Labor Day. For anything urgent, call the after-hours line listed on our website. Have a safe holiday weekend!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure broadcast; 'Labor' is the holiday, not labor and delivery."),
    ("ab0005", "Hi Jasmine, Dr. Feld reviewed your 1-hour glucose screen: 148, which is above our cutoff of 140, so we need you to come back for the 3-hour test. Nothing to eat or drink but water after midnight the night before.",
     "BLOCK", "result", "sms", "en",
     [("Jasmine", "NAME"), ("Dr. Feld", "PROVIDER"), ("1-hour glucose screen", "PROCEDURE"), ("148", "RESULT"), ("above our cutoff", "RESULT"), ("3-hour test", "PROCEDURE")],
     ["reproductive", "lab"], "The screening value and its interpretation are the message: a result. The cutoff 140 is not the patient's value (decision 13); the fasting note is prep but cannot save it."),
    ("ab0006", "Hola Yesenia, le recordamos su cita de control prenatal con la Dra. Paredes el jueves 14 de mayo a las 9:30 am en Clínica Familiar del Valle. Favor de llegar 15 minutos antes. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("prenatal", "PROCEDURE"), ("Dra. Paredes", "PROVIDER"), ("14 de mayo", "DATE")],
     ["reproductive"], "Name and the prenatal visit type go ('control' is generic like 'check', decision 2); the clinic name is generic; provider, date and time survive."),
    ("ab0007", "Northside Pharmacy: your order is out for delivery today between 2 and 6 PM. No signature needed. Questions? Reply HELP.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy courier window; 'delivery' is a package, and no drug is named (decision 16)."),
    ("ab0008", "Hi Kayla, it's Tess from Dr. Brandt's office. The radiologist's read on Friday's ultrasound shows a small subchorionic hemorrhage. Dr. Brandt wants a recheck in 2 weeks - call us if the bleeding gets heavier.",
     "BLOCK", "result", "sms", "en",
     [("Kayla", "NAME"), ("Tess", "PROVIDER"), ("Dr. Brandt", "PROVIDER", 0), ("radiologist", "SPECIALTY"), ("ultrasound", "PROCEDURE"), ("subchorionic hemorrhage", "CONDITION"), ("Dr. Brandt", "PROVIDER", 1), ("bleeding", "CONDITION")],
     ["reproductive", "imaging"], "An ultrasound finding in the patient's own pregnancy is a finding (decision 12): BLOCK. The staff sender is PROVIDER; the symptom is a CONDITION."),
    ("ab0009", "Your prenatal lab results from 5/2 are ready. Rubella: immune. Blood type: O positive. Antibody screen: negative. Hepatitis B: nonreactive. Everything looks as expected. - Dr. Lindqvist",
     "ALLOW", "result", "portal", "en",
     [("prenatal", "PROCEDURE"), ("5/2", "DATE"), ("Rubella", "PROCEDURE"), ("immune", "RESULT"), ("Blood type", "PROCEDURE"), ("O positive", "RESULT"), ("Antibody screen", "PROCEDURE"), ("negative", "RESULT"), ("Hepatitis B", "PROCEDURE"), ("nonreactive", "RESULT"), ("looks as expected", "RESULT"), ("Dr. Lindqvist", "PROVIDER")],
     ["reproductive", "lab"], "Portal channel: results and values may stay (README channel rule). By SMS this would be BLOCK."),
    ("ab0010", "Sra. Morales, su prueba de embarazo salió positiva. Por favor llame a la clínica al (210) 555-0142 para programar su primera cita prenatal.",
     "BLOCK", "result", "sms", "es",
     [("Morales", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("(210) 555-0142", "PHONE"), ("prenatal", "PROCEDURE")],
     ["reproductive", "lab", "practice-contact"], "A pregnancy test result is the message; the clinic's own phone is fine but cannot save it."),
    ("ab0011", "Walgrove Pharmacy: Your prescription for Diclegis 10-10mg is ready for pickup. Please pick up by 6/21 or it will be returned to stock. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("Diclegis 10-10mg", "MEDICATION"), ("6/21", "DATE")],
     ["pharmacy", "reproductive"], "Medication name in a pickup notice goes (Diclegis treats nausea of pregnancy); the pickup deadline survives."),
    ("ab0012", "We're expecting high call volume Monday morning. For the quickest service, book or cancel online, or send us a message through the portal.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'expecting' is about phone volume; nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 2 (ab0013-ab0024): ultrasounds and prenatal screening
add(
    ("ab0013", "Lakeshore Imaging: Reminder - your OB ultrasound is tomorrow at 11:30 AM. Drink 32 oz of water 1 hr before and don't empty your bladder. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Imaging", "SPECIALTY"), ("OB ultrasound", "PROCEDURE")],
     ["reproductive", "imaging"], "Imaging name and the OB ultrasound go; the full-bladder prep is logistics and survives (decision 5)."),
    ("ab0014", "Good news! Your NIPT came back low risk for trisomies 21, 18 and 13. And since you asked to know... it's a boy! 💙 Call us with any questions. - Ridgeview Women's Health",
     "BLOCK", "result", "sms", "en",
     [("NIPT", "PROCEDURE"), ("low risk", "RESULT"), ("trisomies 21, 18 and 13", "CONDITION"), ("boy", "RESULT"), ("Ridgeview Women's Health", "SPECIALTY")],
     ["reproductive", "lab", "negation"], "A screening result (low risk) and the baby's sex from it are findings (decision 3); a reassuring result is still a result."),
    ("ab0015", "Recordatorio: su ecografía del primer trimestre es el lunes 3 de agosto a las 8:15 am en Centro de Imagen Diagnóstica Horizonte. Traiga su orden médica e identificación con foto.",
     "REWRITE", "reminder", "sms", "es",
     [("ecografía del primer trimestre", "PROCEDURE"), ("3 de agosto", "DATE"), ("Centro de Imagen Diagnóstica Horizonte", "SPECIALTY")],
     ["reproductive", "imaging"], "The named scan (one span with its head word) and the imaging-center name go; date, time and what to bring survive."),
    ("ab0016", "Free car seat safety checks this Saturday, 9 AM to noon, in the front parking lot. Certified technicians, no appointment needed. Everyone is welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community broadcast (decision 11); says nothing about the recipient."),
    ("ab0017", "Dana, your anatomy scan showed an echogenic focus in the baby's heart. This is usually a normal variant, but Dr. Ostrowski would like you to see MFM for a level II ultrasound. Please call us at (614) 555-0117 to set it up.",
     "BLOCK", "result", "sms", "en",
     [("Dana", "NAME"), ("anatomy scan", "PROCEDURE"), ("echogenic focus", "RESULT"), ("Dr. Ostrowski", "PROVIDER"), ("MFM", "SPECIALTY"), ("level II ultrasound", "PROCEDURE"), ("(614) 555-0117", "PHONE")],
     ["reproductive", "imaging", "practice-contact"], "A fetal finding in the patient's own pregnancy (decision 12) plus a referral to MFM (decision 1); the general remark 'usually a normal variant' is not labelled (judgement)."),
    ("ab0018", "Hi Priya,\n\nThis is a reminder that your nuchal translucency ultrasound with Lakeside Maternal-Fetal Medicine is scheduled for Wednesday, September 9 at 1:00 PM at 4100 Harbor Blvd, Suite 210, Dayton, OH 45402. Please arrive 15 minutes early to complete paperwork and bring your insurance card and photo ID. One support person is welcome to join you.\n\nIf you need to reschedule, call (937) 555-0163 or reply to this email at least 24 hours ahead.\n\nThank you,\nScheduling Team",
     "REWRITE", "reminder", "email", "en",
     [("Priya", "NAME"), ("nuchal translucency ultrasound", "PROCEDURE"), ("Lakeside Maternal-Fetal Medicine", "SPECIALTY"), ("September 9", "DATE"), ("4100 Harbor Blvd, Suite 210, Dayton, OH 45402", "ADDRESS"), ("(937) 555-0163", "PHONE")],
     ["reproductive", "imaging", "practice-contact"], "E-mail is treated like SMS: name, the screening scan and the MFM name go (decision 1); the practice's own address and phone stay."),
    ("ab0019", "Clínica Familiar La Esperanza les desea un muy feliz Día de las Madres. Les recordamos que los sábados atendemos de 8 a 1. ¡Gracias por su confianza!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Esperanza' is part of a generic clinic name and 'Madres' a holiday; a broadcast."),
    ("ab0020", "Hi Marcus, this is the L&D nurse at St. Brigid's. Alicia asked us to let you know she delivered at 3:12 this morning and mom and baby are both doing well. She's in room 418.",
     "BLOCK", "other", "sms", "en",
     [("Marcus", "NAME"), ("L&D", "SPECIALTY"), ("Alicia", "NAME"), ("delivered", "PROCEDURE"), ("doing well", "RESULT")],
     ["reproductive", "third-party"], "Delivery news and status of the patient sent to her partner: a third party's health (decision 7), even at her request; 'doing well' is a status finding (decision 3)."),
    ("ab0021", "hi its Mel at Dr Achebe office, ur NST got moved to fri 2/20 @ 3. same place, L&D triage 2nd fl. txt back if that dont work",
     "REWRITE", "reminder", "sms", "en",
     [("Mel", "PROVIDER"), ("Dr Achebe", "PROVIDER"), ("NST", "PROCEDURE"), ("2/20", "DATE"), ("L&D", "SPECIALTY")],
     ["reproductive", "shorthand", "typo"], "The non-stress test and the L&D triage location reveal a pregnancy (decision 1); the staff sender is PROVIDER; '2nd fl' is a floor, not an address."),
    ("ab0022", "Sunrise Family Medicine: Dr. Okafor has a same-day opening today at 4:10 PM. Reply 1 to book it. For emergencies call 911.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER")],
     ["primary-care"], "Provider and a time from a generic practice; 911 is not a phone identifier."),
    ("ab0023", "Hola Karla, su resultado del tamiz de glucosa fue 162 mg/dL, lo que indica diabetes gestacional. La nutrióloga la va a llamar esta semana para explicarle la dieta y cómo checarse el azúcar 4 veces al día.",
     "BLOCK", "result", "sms", "es",
     [("Karla", "NAME"), ("tamiz de glucosa", "PROCEDURE"), ("162 mg/dL", "RESULT"), ("diabetes gestacional", "CONDITION"), ("nutrióloga", "SPECIALTY"), ("azúcar", "PROCEDURE")],
     ["reproductive", "lab"], "A value, a new diagnosis and a treatment plan; 'el azúcar' is the blood-sugar measure (PROCEDURE, like A1c); nutrióloga is a role word naming a service (decision 1)."),
    ("ab0024", "Friendly reminder: your payment plan installment is due at the end of this month. If you're on autopay, no action is needed. Questions? Reply BILLING.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'due' is a bill, not a due date."),
)

# ---------------------------------------------------------------- batch 3 (ab0025-ab0036): blood pressure and gestational diabetes
BP_TEXT = ("Hi Renata, per Dr. Ilić: please check your blood pressure twice a day and log it in the app. Call us if it's "
           "160/110 or higher, or if you get a severe headache or vision changes. Keep taking labetalol 200 mg twice a day.")
BP_SPANS = [("Renata", "NAME"), ("Dr. Ilić", "PROVIDER"), ("blood pressure", "PROCEDURE"), ("headache", "CONDITION"),
            ("vision changes", "CONDITION"), ("labetalol 200 mg", "MEDICATION")]
add(
    ("ab0025", "Reminder: BP check with the nurse tomorrow at 8:30am at Harborview Women's Health. Please wear short sleeves. Reply C to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("BP", "PROCEDURE"), ("Harborview Women's Health", "SPECIALTY")],
     ["reproductive"], "The visit type (BP, with the generic 'check' outside, as README's 'BP log') and the women's-health name go (decision 1); the time survives."),
    ("ab0026", "Your BP in clinic today was 148/96 and your urine showed protein. Dr. Nakamura wants you to go to Labor & Delivery triage now for preeclampsia labs. Please don't drive yourself.",
     "BLOCK", "care-instructions", "sms", "en",
     [("BP", "PROCEDURE"), ("148/96", "RESULT"), ("protein", "RESULT"), ("Dr. Nakamura", "PROVIDER"), ("Labor & Delivery", "SPECIALTY"), ("preeclampsia", "CONDITION")],
     ["reproductive", "lab"], "Values, a finding and a suspected diagnosis with an urgent instruction: the clinic must call, not text."),
    ("ab0027", BP_TEXT,
     "ALLOW", "care-instructions", "portal", "en", BP_SPANS,
     ["reproductive", "contrast"], "Portal: dose and care instructions may stay (README channel rule); the same text by e-mail is ab0028 (BLOCK). The 160/110 call threshold is not the patient's value (decision 13)."),
    ("ab0028", BP_TEXT,
     "BLOCK", "care-instructions", "email", "en", BP_SPANS,
     ["reproductive", "contrast"], "Dosing and monitoring instructions by e-mail, which the README treats like SMS: BLOCK; contrast with ab0027 on the portal."),
    ("ab0029", "Buenas tardes, le escribimos de Ginecología y Obstetricia Santa Lucía para recordarle su clase de diabetes gestacional este viernes 11 de septiembre a las 10:00. Traiga su glucómetro y su bitácora.",
     "REWRITE", "reminder", "sms", "es",
     [("Ginecología y Obstetricia Santa Lucía", "SPECIALTY"), ("diabetes gestacional", "CONDITION"), ("11 de septiembre", "DATE"), ("glucómetro", "PROCEDURE")],
     ["reproductive"], "A condition naming the class is a visit label ('clase de' outside): REWRITE; the OB/GYN name and the device (decision 4) go, date and time survive."),
    ("ab0030", "fasting #s this wk: 98, 101, 104, 97. Dr V wants u to start metformin 500 w/ dinner, already sent to ur pharmacy. -Jo, RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("fasting", "PROCEDURE"), ("98", "RESULT"), ("101", "RESULT"), ("104", "RESULT"), ("97", "RESULT"), ("Dr V", "PROVIDER"), ("metformin 500", "MEDICATION"), ("Jo, RN", "PROVIDER")],
     ["reproductive", "shorthand"], "Bare glucose values (the measure 'fasting' is PROCEDURE, each value a RESULT) and a new drug with its dose."),
    ("ab0031", "Join our free prenatal yoga class, Wednesdays at 6 PM in the community room. All are welcome - bring a mat and a water bottle. Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["reproductive", "broadcast", "hard-negative"], "Broadcast to every patient: says nothing about the recipient, so no span (README broadcast rule; decision 11)."),
    ("ab0032", "Rx Express: Hi Tamika, your Humulin N KwikPen is ready for pickup at the drive-thru. Pick up by Friday or it goes back on the shelf.",
     "REWRITE", "pickup", "sms", "en",
     [("Tamika", "NAME"), ("Humulin N KwikPen", "MEDICATION")],
     ["pharmacy"], "Name and the insulin product (a form word after the drug stays in the span) go; the pickup deadline survives."),
    ("ab0033", "Hello, this is Ashley, the diabetes educator at Greenfield OB, calling for Sonia Reyes. Your after-breakfast sugars have been running over 140, so we're increasing your bedtime insulin to 14 units starting tonight. Please call me back at (419) 555-0178. Thank you.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Ashley", "PROVIDER"), ("diabetes educator", "SPECIALTY"), ("Greenfield OB", "SPECIALTY"), ("Sonia Reyes", "NAME"), ("sugars", "PROCEDURE"), ("over 140", "RESULT"), ("insulin", "MEDICATION"), ("(419) 555-0178", "PHONE")],
     ["reproductive", "practice-contact"], "Voice is treated like SMS (overheard voicemail): values and a dose change. The educator's role names a service (decision 1)."),
    ("ab0034", "Your 3-hour glucose tolerance test results: fasting 88, 1 hr 170, 2 hr 152, 3 hr 120. All within normal limits, so no gestational diabetes. Nice work! - Dr. Marchetti",
     "ALLOW", "result", "portal", "en",
     [("3-hour glucose tolerance test", "PROCEDURE"), ("fasting", "PROCEDURE"), ("88", "RESULT"), ("170", "RESULT"), ("152", "RESULT"), ("120", "RESULT"), ("within normal limits", "RESULT"), ("gestational diabetes", "CONDITION"),
      ("Dr. Marchetti", "PROVIDER")],
     ["reproductive", "lab", "negation"], "Portal: a normal result with its values may stay (README channel rule); the negated condition is still labelled."),
    ("ab0035", "Greenfield OB: Time to log your post-lunch glucose reading. Open the app to enter it.",
     "REWRITE", "other", "push", "en",
     [("Greenfield OB", "SPECIALTY"), ("glucose", "PROCEDURE")],
     ["reproductive"], "Push previews like SMS: the OB name and the measure go; 'time to log your reading' survives."),
    ("ab0036", "Aviso: la clase gratuita de preparación para el parto de este sábado se cambia al salón B del segundo piso. ¡Las esperamos!",
     "ALLOW", "other", "sms", "es", [],
     ["reproductive", "broadcast", "hard-negative"], "Room change for a class, broadcast to everyone (decision 11): no span."),
)

# ---------------------------------------------------------------- batch 4 (ab0037-ab0048): birth centers, labor and delivery
add(
    ("ab0037", "Cradle Birth Center: Hi Olivia! Your birth center tour is confirmed for Saturday 7/11 at 10am. Partners and older kids are welcome. Park in the back lot.",
     "REWRITE", "confirmation", "sms", "en",
     [("Cradle Birth Center", "SPECIALTY"), ("Olivia", "NAME"), ("birth center", "SPECIALTY"), ("7/11", "DATE")],
     ["reproductive"], "Birth-center name and service word go (decision 1); '7/11' is a date here, and the tour's time survives."),
    ("ab0038", "Subject: News from Maple Grove Family Practice\n\nHello neighbors,\n\nA few updates as the season changes. Our new pharmacy delivery service is live: prescriptions can now be delivered to your door at no charge within 10 miles. Because of a regional labor shortage, phone wait times have been longer than we'd like; thank you for your patience while we train two new schedulers. The lobby renovation is due to wrap up by the end of the month, and the kids' corner is getting new books and puzzles.\n\nWe're also expecting our first group of nursing students this fall, so you may be asked whether a student can join your visit. You can always say no.\n\nFinally, please remember to bring your insurance card to every appointment, even if nothing has changed.\n\nWarm regards,\nThe Maple Grove team",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Newsletter to every patient; delivery, labor, due, expecting and nursing are everyday words here."),
    ("ab0039", "Update for Jorge from Mercy L&D: Lucia is 6 cm and her epidural is in. Baby's heart rate looks great. We'll text again when it's time to push.",
     "BLOCK", "other", "sms", "en",
     [("Jorge", "NAME"), ("L&D", "SPECIALTY"), ("Lucia", "NAME"), ("6 cm", "RESULT"), ("epidural", "PROCEDURE"), ("heart rate", "PROCEDURE"), ("looks great", "RESULT")],
     ["reproductive", "third-party"], "Labor progress of the patient sent to her partner: a third party's health (decision 7); 6 cm and 'looks great' are findings (decision 3)."),
    ("ab0040", "Hello, this is Brookside Family Medicine calling to remind you of your appointment with Dr. Hollis on Monday, March 2nd at 9 AM. If you need to reschedule, please call us at 555-0125. Thank you, and have a great day.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Hollis", "PROVIDER"), ("March 2nd", "DATE"), ("555-0125", "PHONE")],
     ["primary-care", "practice-contact"], "Voice reminder with a generic practice name, provider, date and the practice's own number."),
    ("ab0041", "Asunto: Preinscripción para su parto\n\nEstimada Sra. Villanueva:\n\nGracias por elegir el Hospital San Gabriel para el nacimiento de su bebé. Para agilizar su ingreso a Labor y Parto, complete la preinscripción en sangabriel.example/preregistro lo antes posible. Necesitará su tarjeta del seguro y una identificación con foto.\n\nSi tiene preguntas, llame al (915) 555-0139 de lunes a viernes.\n\nAtentamente,\nAdmisiones",
     "REWRITE", "other", "email", "es",
     [("parto", "PROCEDURE"), ("Villanueva", "NAME"), ("nacimiento de su bebé", "PROCEDURE"), ("Labor y Parto", "SPECIALTY"), ("sangabriel.example/preregistro", "URL"), ("(915) 555-0139", "PHONE")],
     ["reproductive", "practice-contact"], "Name, the delivery and the L&D unit go (decision 1); the hospital's own link (no token) and phone stay; pre-registration survives."),
    ("ab0042", "Subject: Congratulations from Riverside Birth Center!\n\nWelcome to the world, Theodore James Whitfield, born 4/18/2026 at 2:07 AM, 7 lb 9 oz! Please review the attached birth certificate worksheet and reply with any corrections by Friday so we can file it with the county.",
     "BLOCK", "other", "email", "en",
     [("Riverside Birth Center", "SPECIALTY"), ("Theodore James Whitfield", "NAME"), ("4/18/2026", "DATE"), ("7 lb 9 oz", "RESULT")],
     ["reproductive", "pediatrics", "minor", "dob"], "A newborn's full name with a full date of birth (decision 6) is BLOCK like any full DOB with a name; the birth weight is a clinical value."),
    ("ab0043", "Due to a labor action by our cleaning contractor, the cafeteria on level 1 will be closed Thursday. Vending machines on level 2 remain open.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'labor action' is a strike and 'contractor' a vendor; a broadcast."),
    ("ab0044", "Hi Mei, this is Rachel with Juniper Midwives. Just a heads up that I'm the midwife on call this weekend for your home birth team. Save this number: (541) 555-0186.",
     "REWRITE", "other", "sms", "en",
     [("Mei", "NAME"), ("Rachel", "PROVIDER"), ("Juniper Midwives", "SPECIALTY"), ("midwife", "SPECIALTY"), ("home birth", "PROCEDURE"), ("(541) 555-0186", "PHONE")],
     ["reproductive", "practice-contact"], "Midwifery name and role word (decision 1) and the planned home birth go; the on-call number is the practice's own and stays."),
    ("ab0045", "Katie - your GBS swab was positive. You'll get IV antibiotics (penicillin) once you're in labor, so come in a bit earlier than you otherwise would: when contractions are 5-7 min apart. -Dr. Farouk's nurse",
     "BLOCK", "result", "sms", "en",
     [("Katie", "NAME"), ("GBS swab", "PROCEDURE"), ("positive", "RESULT"), ("antibiotics", "MEDICATION"), ("penicillin", "MEDICATION"), ("labor", "CONDITION"), ("contractions", "CONDITION"), ("Dr. Farouk", "PROVIDER")],
     ["reproductive", "lab"], "A positive result with a treatment plan; labor and contractions are CONDITION (decision 3)."),
    ("ab0046", "Centro de Salud Comunitario Los Pinos: su cita con el Dr. Benítez es el martes 9 de junio a las 3:40 pm. Si no puede venir, llame al (956) 555-0104.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Benítez", "PROVIDER"), ("9 de junio", "DATE"), ("(956) 555-0104", "PHONE")],
     ["primary-care", "practice-contact"], "Generic community health center, provider, date, time and its own phone."),
    ("ab0047", "{{practice_name}}: Your induction is scheduled for {{appt_date}} at {{appt_time}}. Please call L&D at {{unit_phone}} 2 hours before to confirm a bed is available. Eat a light meal before you come.",
     "REWRITE", "reminder", "sms", "en",
     [("induction", "PROCEDURE"), ("L&D", "SPECIALTY")],
     ["reproductive", "template"], "Only content-free placeholders, but the prose names an induction and L&D; the light-meal note is prep (decision 5)."),
    ("ab0048", "Don Ramiro, su esposa Marisol ya dio a luz a las 5:40. Fue cesárea de emergencia por sufrimiento fetal, pero las dos están estables. Puede pasar a verlas a partir de las 8.",
     "BLOCK", "other", "sms", "es",
     [("Ramiro", "NAME"), ("Marisol", "NAME"), ("dio a luz", "PROCEDURE"), ("cesárea de emergencia", "PROCEDURE"), ("sufrimiento fetal", "CONDITION"), ("estables", "RESULT")],
     ["reproductive", "third-party"], "The wife's delivery, emergency C-section and its reason sent to the husband: a third party's health (decision 7)."),
)

# ---------------------------------------------------------------- batch 5 (ab0049-ab0060): postpartum and lactation
add(
    ("ab0049", "Hi Grace, congrats again! Your 6-week postpartum visit with Dr. Lindqvist is Thu 8/27 at 11:15. Babies are always welcome to come along.",
     "REWRITE", "reminder", "sms", "en",
     [("Grace", "NAME"), ("6-week postpartum", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("8/27", "DATE")],
     ["reproductive"], "Name and the postpartum visit label go (decision 2); provider, date and time survive."),
    ("ab0050", "Hi Noor, your EPDS score at Tuesday's visit was 16. Dr. Haddad would like you to meet with our perinatal mental health therapist this week and we'll call to set it up. If you ever have thoughts of harming yourself or your baby, call or text 988 any time.",
     "BLOCK", "result", "sms", "en",
     [("Noor", "NAME"), ("EPDS", "PROCEDURE"), ("16", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("perinatal mental health therapist", "SPECIALTY"), ("thoughts of harming yourself", "CONDITION")],
     ["reproductive", "behavioral-health", "negation"], "A postpartum depression score (scale PROCEDURE, value RESULT) and a behavioral-health referral; 988 is not a phone identifier."),
    ("ab0051", "New: a private nursing room is now open next to Suite 120 for any parent visiting our clinic. Just ask at check-in for the key.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about a room; 'Suite 120' is a room in the practice, not anyone's address."),
    ("ab0052", "MilkWay Lactation: Hi Sofia, your in-home lactation consult with Erin Doyle, IBCLC is tomorrow between 1 and 3 PM at 22 Linden Ct, Apt 4B. Try to have baby ready to feed around then.",
     "REWRITE", "reminder", "sms", "en",
     [("MilkWay Lactation", "SPECIALTY"), ("Sofia", "NAME"), ("lactation consult", "PROCEDURE"), ("Erin Doyle", "PROVIDER"), ("IBCLC", "SPECIALTY"), ("22 Linden Ct, Apt 4B", "ADDRESS")],
     ["reproductive", "home-health"], "Lactation name, visit type and IBCLC credential go (decision 1); the patient's own home address is not needed; the visit window survives; the feeding note is prep (decision 5)."),
    ("ab0053", "Hola Daniela, la asesora de lactancia revisó el peso del bebé: bajó 11% desde que nació. Hay que darle 30 ml de fórmula después de cada toma y usted sacarse leche cada 3 horas. Cita de control el jueves.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Daniela", "NAME"), ("asesora de lactancia", "SPECIALTY"), ("peso", "PROCEDURE"), ("11%", "RESULT"), ("fórmula", "MEDICATION")],
     ["reproductive", "pediatrics", "third-party", "minor"], "The baby's weight loss and a feeding plan: a dependent's finding and treatment instruction (decision 6)."),
    ("ab0054", "Hi Hannah - the prescription for your Spectra S1 breast pump went to Comfort Medical Supply today along with your postpartum visit notes. They'll call you to set up delivery. - Nadia, MA, Dr. Greer's office",
     "ALLOW", "other", "portal", "en",
     [("Hannah", "NAME"), ("Spectra S1 breast pump", "PROCEDURE"), ("postpartum", "PROCEDURE"), ("Nadia, MA", "PROVIDER"), ("Dr. Greer", "PROVIDER")],
     ["reproductive"], "Portal: device and visit type may stay. MA is a generic credential inside PROVIDER (decision 1); the pump is a device (decision 4)."),
    ("ab0055", "Comfort Medical Supply: Your breast pump order #BP-448120 has shipped via UPS, tracking 1Z9W48E70312345678. Estimated delivery Tue 9/15.",
     "REWRITE", "other", "sms", "en",
     [("breast pump", "PROCEDURE"), ("BP-448120", "OTHER_ID"), ("1Z9W48E70312345678", "OTHER_ID"), ("9/15", "DATE")],
     ["reproductive"], "The device goes; the order and tracking numbers are OTHER_ID (decision 9) and not needed to say it shipped; the delivery date survives."),
    ("ab0056", "Hi Tessa,\n\nJust checking in after your discharge. Your hemoglobin on Tuesday was 8.1, so Dr. Yoon wants you to keep taking ferrous sulfate 325 mg once a day with orange juice, and we'll recheck it at your incision check in 2 weeks. Call us right away if you're soaking more than one pad an hour or feel faint.\n\nTake care,\nBeth, RN\nWestlake OB/GYN\n(503) 555-0170",
     "BLOCK", "care-instructions", "email", "en",
     [("Tessa", "NAME"), ("hemoglobin", "PROCEDURE"), ("8.1", "RESULT"), ("Dr. Yoon", "PROVIDER"), ("ferrous sulfate 325 mg", "MEDICATION"), ("incision", "PROCEDURE"), ("soaking more than one pad an hour", "CONDITION"), ("feel faint", "CONDITION"), ("Beth, RN", "PROVIDER"), ("Westlake OB/GYN", "SPECIALTY"), ("(503) 555-0170", "PHONE")],
     ["reproductive", "lab", "practice-contact"], "A value and a dosing instruction by e-mail (treated like SMS); warning signs are CONDITION (decision 3); the practice's phone is fine but cannot save it."),
    ("ab0057", "Recuerde: nuestra farmacia hace entregas a domicilio sin costo en pedidos de más de $25. Pregunte en el mostrador.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "'entregas' are home deliveries of a pharmacy, broadcast to everyone."),
    ("ab0058", "Sra. Quintero, su cita posparto con la partera Ximena Rojas quedó para el 2 de octubre a las 12:30 en Casa de Partos Luna Nueva. Si necesita cambiarla, mándenos WhatsApp al (323) 555-0151.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("posparto", "PROCEDURE"), ("partera", "SPECIALTY"), ("Ximena Rojas", "PROVIDER"), ("2 de octubre", "DATE"), ("Casa de Partos Luna Nueva", "SPECIALTY"), ("(323) 555-0151", "PHONE")],
     ["reproductive", "practice-contact"], "Name, the postpartum label, the midwife role word and the birth-center name go (decisions 1, 2); the midwife's name stays as PROVIDER, with date, time and the practice's number."),
    ("ab0059", "Reminder from Dr. Greer: since you're breastfeeding, stay on the sertraline 50mg and don't restart your old Wellbutrin. We'll check in on how you're feeling at the 6 wk visit.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Greer", "PROVIDER"), ("breastfeeding", "CONDITION"), ("sertraline 50mg", "MEDICATION"), ("Wellbutrin", "MEDICATION"), ("6 wk", "PROCEDURE")],
     ["reproductive", "behavioral-health"], "Medication instructions (continue one antidepressant, do not restart another): treatment instructions are BLOCK."),
    ("ab0060", "Questions about your bill? Email billing@cedarvalleyclinic.example or call (316) 555-0190, Monday through Friday, 8:30 to 4:30.",
     "ALLOW", "billing", "sms", "en",
     [("billing@cedarvalleyclinic.example", "EMAIL"), ("(316) 555-0190", "PHONE")],
     ["general", "practice-contact"], "The practice's own billing e-mail and phone."),
)

# ---------------------------------------------------------------- batch 6 (ab0061-ab0072): newborn first visits
add(
    ("ab0061", "Little Acorn Pediatrics: Welcome to the world, baby Ava! Her first newborn visit is Mon 5/4 at 9:20 with Dr. Ferreira. Please bring the hospital discharge papers.",
     "REWRITE", "reminder", "sms", "en",
     [("Little Acorn Pediatrics", "SPECIALTY"), ("Ava", "NAME"), ("newborn", "PROCEDURE"), ("5/4", "DATE"), ("Dr. Ferreira", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's logistics with a name, a routine visit type and a pediatrics name: REWRITE like the patient's own (decision 6)."),
    ("ab0062", "Hi, it's Dr. Ferreira's nurse. Mateo's bilirubin this morning was 16.2, which is high for his age. Please take him to the outpatient lab at St. Clare for a recheck at 4 PM today and keep feeding every 2-3 hrs.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Ferreira", "PROVIDER"), ("Mateo", "NAME"), ("bilirubin", "PROCEDURE"), ("16.2", "RESULT"), ("high", "RESULT")],
     ["pediatrics", "lab", "third-party", "minor"], "A newborn's value and flag sent to the parent: a dependent's result is a third party's health (README; decision 6)."),
    ("ab0063", "Baby steps! Our new online check-in lets you skip the clipboard. Look for the link in your next reminder text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Baby steps' is an idiom; a feature announcement to everyone."),
    ("ab0064", "Pediatría Arcoíris: Hola, la cita de su bebé Santiago para la prueba de audición de recién nacido es el viernes 20 de marzo a las 11:00. Traiga la cartilla de vacunación.",
     "REWRITE", "reminder", "sms", "es",
     [("Pediatría Arcoíris", "SPECIALTY"), ("Santiago", "NAME"), ("prueba de audición de recién nacido", "PROCEDURE"), ("20 de marzo", "DATE")],
     ["pediatrics", "minor"], "A newborn hearing screen is a routine visit type for a dependent: REWRITE (README; decision 6). 'Santiago' is the baby's name, not the city."),
    ("ab0065", "Subject: Newborn screening follow-up\n\nDear Ms. Abernathy,\n\nJonah's state newborn screen came back with an abnormal result for cystic fibrosis (elevated IRT). This does not mean Jonah has CF, but he does need a sweat chloride test to know for sure. The test is painless and takes about an hour, and Jonah can eat normally beforehand; a parent or guardian needs to come with him. We have scheduled it for Friday 1/22 at 9:00 AM at Lakeview Children's Specialty Clinic, 2nd floor. Please call (262) 555-0145 if that time does not work.\n\nSincerely,\nDr. Amadi",
     "BLOCK", "result", "email", "en",
     [("Newborn screening", "PROCEDURE"), ("Abernathy", "NAME"), ("Jonah", "NAME", 0), ("newborn screen", "PROCEDURE"), ("abnormal", "RESULT"), ("cystic fibrosis", "CONDITION"), ("elevated", "RESULT"), ("IRT", "PROCEDURE"), ("Jonah", "NAME", 1), ("CF", "CONDITION"), ("sweat chloride test", "PROCEDURE"), ("Jonah", "NAME", 2), ("1/22", "DATE"), ("Lakeview Children's Specialty Clinic", "SPECIALTY"), ("(262) 555-0145", "PHONE"), ("Dr. Amadi", "PROVIDER")],
     ["pediatrics", "lab", "third-party", "minor", "negation", "practice-contact"], "An abnormal newborn screen for a named baby by e-mail: a dependent's result (BLOCK); the hedge 'does not mean Jonah has CF' still names the condition."),
    ("ab0066", "Lily's weight today was 7 lb 4 oz, so she's back above where she started! Keep up the great work with feeding. See you at her next checkup. - Dr. Nwosu",
     "ALLOW", "result", "portal", "en",
     [("Lily", "NAME"), ("weight", "PROCEDURE"), ("7 lb 4 oz", "RESULT"), ("back above where she started", "RESULT"), ("Dr. Nwosu", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "Portal message to the parent's proxy account: the baby's value may stay (README channel rule)."),
    ("ab0067", "Your baby's 2 wk weight check is tomorow at 10:40 with NP Castillo at Maplewood Pediatrics. Please bring your insurance card and the hospital discharge summary.",
     "REWRITE", "reminder", "sms", "en",
     [("weight", "PROCEDURE"), ("NP Castillo", "PROVIDER"), ("Maplewood Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor", "typo"], "A routine newborn visit type (generic 'check' outside) and the pediatrics name go (decision 6); the baby's age in weeks is not an identifier."),
    ("ab0068", "Señora Patiño, en la revisión del bebé encontramos displasia de cadera leve. La doctora quiere un ultrasonido de cadera y que lo vea el ortopedista pediatra. Le llamamos para darle la cita.",
     "BLOCK", "result", "sms", "es",
     [("Patiño", "NAME"), ("displasia de cadera", "CONDITION"), ("leve", "RESULT"), ("ultrasonido de cadera", "PROCEDURE"), ("ortopedista pediatra", "SPECIALTY")],
     ["pediatrics", "orthopedics", "third-party", "minor"], "A finding about the baby (hip dysplasia, mild) sent to the mother: a dependent's condition is BLOCK."),
    ("ab0069", "Our after-hours nurse line is for urgent questions only. For refills and routine questions, please use the portal or call during business hours.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Practice-wide policy; 'nurse' and 'refills' are generic words."),
    ("ab0070", "Hi Alex, reminder that Noah's circumcision is scheduled at Brightside Pediatrics on Wednesday 6/10 at 8 AM. Please don't feed him for 1 hour before, and bring an extra diaper and a blanket.",
     "REWRITE", "reminder", "sms", "en",
     [("Alex", "NAME"), ("Noah", "NAME"), ("circumcision", "PROCEDURE"), ("Brightside Pediatrics", "SPECIALTY"), ("6/10", "DATE")],
     ["pediatrics", "minor"], "A dependent's scheduled procedure with names and a pediatrics name: REWRITE (decision 6, judgement: a procedure is not a finding); the no-feeding note is prep (decision 5)."),
    ("ab0071", "Hola, le llamamos de la Clínica Familiar San Isidro para recordarle su cita con la doctora Elena Cruz el lunes 17 de agosto a las 2 de la tarde. Para cambiar su cita, llame al (559) 555-0133. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("doctora Elena Cruz", "PROVIDER"), ("17 de agosto", "DATE"), ("(559) 555-0133", "PHONE")],
     ["primary-care", "practice-contact"], "Voice reminder: generic clinic, provider (title included), date, time and the clinic's phone."),
    ("ab0072", "Dr. Nwosu confirmed Everett has a posterior tongue tie. We'll do the frenotomy at his visit on 3/3 - give Tylenol 40 mg about 30 min before you come.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Nwosu", "PROVIDER"), ("Everett", "NAME"), ("posterior tongue tie", "CONDITION"), ("frenotomy", "PROCEDURE"), ("3/3", "DATE"), ("Tylenol 40 mg", "MEDICATION")],
     ["pediatrics", "third-party", "minor"], "A baby's diagnosis and a dosing instruction for him (decision 6)."),
)

# ---------------------------------------------------------------- batch 7 (ab0073-ab0084): family planning after birth
add(
    ("ab0073", "Magnolia Women's Health: Your IUD insertion with Dr. Amari is Fri 10/2 at 3:30 PM. Plan for about 45 minutes. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Magnolia Women's Health", "SPECIALTY"), ("IUD insertion", "PROCEDURE"), ("Dr. Amari", "PROVIDER"), ("10/2", "DATE")],
     ["reproductive"], "Women's-health name (decision 1) and the procedure (decision 4) go; provider, date and time survive."),
    ("ab0074", "Hola Fernanda, ya mandamos su receta de anticonceptivos a la farmacia: Slynd 4 mg, una pastilla diaria a la misma hora, empezando el domingo. Es segura durante la lactancia.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Fernanda", "NAME"), ("anticonceptivos", "MEDICATION"), ("Slynd 4 mg", "MEDICATION"), ("lactancia", "CONDITION")],
     ["reproductive", "pharmacy"], "Contraceptive drug with how to take it: a dosing instruction (decision 4); lactancia as a state is CONDITION (decision 3)."),
    ("ab0075", "Tip: write your questions down before your visit and bring a list of everything you take, including vitamins and supplements.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "General advice to every patient; 'vitamins and supplements' names nothing the recipient takes."),
    ("ab0076", "Subject: Time to schedule\n\nHi Monique,\n\nOur records show your Nexplanon was placed in March 2023 and is due to be replaced. Please call Fairhaven Family Planning at (720) 555-0148 or book online at fairhaven.example/schedule to set up a removal and reinsertion visit.\n\nWarmly,\nThe Fairhaven team",
     "REWRITE", "recall", "email", "en",
     [("Monique", "NAME"), ("Nexplanon", "MEDICATION"), ("March 2023", "DATE"), ("Fairhaven Family Planning", "SPECIALTY"), ("(720) 555-0148", "PHONE"), ("fairhaven.example/schedule", "URL"), ("removal and reinsertion", "PROCEDURE")],
     ["reproductive", "practice-contact"], "A recall: name, implant (decision 4), placement month (decision 10), family-planning name and procedure go; the practice's phone and link stay."),
    ("ab0077", "Hi Jada, Dr. Amari's office here. Your pregnancy test today was negative, so we gave you your Depo shot. Your next one is due between 12/28 and 1/11.",
     "BLOCK", "result", "sms", "en",
     [("Jada", "NAME"), ("Dr. Amari", "PROVIDER"), ("pregnancy test", "PROCEDURE"), ("negative", "RESULT"), ("Depo shot", "MEDICATION"), ("12/28", "DATE"), ("1/11", "DATE")],
     ["reproductive", "lab"], "A negative pregnancy test is still a result (README); the injection is MEDICATION with its form word (decision 4)."),
    ("ab0078", "Reminder: you have an appointment at ${locationName} on ${apptDate} at ${apptTime}. Reply C to confirm, R to reschedule, or call ${practicePhone}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only; placeholders are never labelled."),
    ("ab0079", "Reminder: your postpartum tubal ligation consult with Dr. Kowalczyk is Tue 11/10 at 2 PM at Pinecrest OB-GYN. The Medicaid sterilization consent has to be signed at least 30 days before surgery, so please don't miss this one!",
     "REWRITE", "reminder", "sms", "en",
     [("postpartum tubal ligation", "PROCEDURE"), ("Dr. Kowalczyk", "PROVIDER"), ("11/10", "DATE"), ("Pinecrest OB-GYN", "SPECIALTY"), ("sterilization", "PROCEDURE")],
     ["reproductive"], "The planned procedure and OB-GYN name go; 'surgery' alone is generic and the payer name is not labelled (judgement); date and time survive."),
    ("ab0080", "Hi Derek, your semen analysis 12 weeks after your vasectomy showed no sperm, so you're cleared to stop using backup birth control. - Dr. Lyle, Summit Urology Associates",
     "BLOCK", "result", "sms", "en",
     [("Derek", "NAME"), ("semen analysis", "PROCEDURE"), ("vasectomy", "PROCEDURE"), ("no sperm", "RESULT"), ("birth control", "MEDICATION"), ("Dr. Lyle", "PROVIDER"), ("Summit Urology Associates", "SPECIALTY")],
     ["reproductive", "lab"], "A post-vasectomy result and what it means for contraception; a urology name is specialty-revealing (decision 1)."),
    ("ab0081", "Le informamos que ya puede pagar su saldo en línea desde su celular. Es rápido y seguro. Si tiene dudas, pregunte en recepción.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Payment feature announcement; nothing about the recipient."),
    ("ab0082", "Hola Abril, te recordamos tu cita para colocación de DIU con la Dra. Salcedo mañana a las 4:15 pm en Salud de la Mujer Valle Verde. Puedes comer normal antes de venir.",
     "REWRITE", "reminder", "sms", "es",
     [("Abril", "NAME"), ("colocación de DIU", "PROCEDURE"), ("Dra. Salcedo", "PROVIDER"), ("Salud de la Mujer Valle Verde", "SPECIALTY")],
     ["reproductive"], "'Abril' is the patient's given name here, not the month (decision 14); the IUD placement and women's-health name go."),
    ("ab0083", "Westgate Pharmacy: your ella 30 mg is ready at the drive-thru. Take it as soon as you can - it works best the sooner it's taken, up to 5 days after. Wait 5 days before restarting your pill.",
     "BLOCK", "pickup", "sms", "en",
     [("ella 30 mg", "MEDICATION"), ("pill", "MEDICATION")],
     ["pharmacy", "reproductive"], "Emergency contraception named together with how to take it: dosing instructions are BLOCK. 'ella' is the brand, not the Spanish pronoun."),
    ("ab0084", "Hola Camila, sus resultados: Papanicolaou normal y VPH negativo. Su próximo Papanicolaou le toca en 3 años. Cualquier duda, escríbanos por aquí. — Dra. Salcedo",
     "ALLOW", "result", "portal", "es",
     [("Camila", "NAME"), ("Papanicolaou", "PROCEDURE", 0), ("normal", "RESULT"), ("VPH", "PROCEDURE"), ("negativo", "RESULT"), ("Papanicolaou", "PROCEDURE", 1), ("Dra. Salcedo", "PROVIDER")],
     ["reproductive", "lab"], "Portal: results may stay (README channel rule)."),
)

# ---------------------------------------------------------------- batch 8 (ab0085-ab0096): pregnancy loss follow-up
add(
    ("ab0085", "Hi Lauren, this is Beth from Dr. Yoon's office. We have you down for a follow-up after your D&C on Mon 2/9 at 1:30. Call (503) 555-0170 if that doesn't work. Thinking of you.",
     "REWRITE", "reminder", "sms", "en",
     [("Lauren", "NAME"), ("Beth", "PROVIDER"), ("Dr. Yoon", "PROVIDER"), ("D&C", "PROCEDURE"), ("2/9", "DATE"), ("(503) 555-0170", "PHONE")],
     ["reproductive", "practice-contact"], "Name and the procedure the follow-up is for go; staff sender, provider, date, time and the office phone stay."),
    ("ab0086", "Amber, your hCG today was 412, down from 1,870 on Monday. That's the drop we want to see after a miscarriage. We'll repeat it weekly until it's under 5.",
     "BLOCK", "result", "sms", "en",
     [("Amber", "NAME"), ("hCG", "PROCEDURE"), ("412", "RESULT"), ("1,870", "RESULT"), ("miscarriage", "CONDITION")],
     ["reproductive", "lab"], "An hCG trend after a loss is a result (decision 8); the target 'under 5' is not the patient's value (decision 13)."),
    ("ab0087", "Each October we hold a remembrance gathering for families who have experienced pregnancy or infant loss. All are welcome. Details are on the events page of our website.",
     "ALLOW", "marketing", "sms", "en", [],
     ["reproductive", "broadcast", "hard-negative"], "Broadcast to every patient (decision 11): it names a topic, not anything about the recipient. Judgement: a practice should still send it to everyone, not to a list of patients with a loss."),
    ("ab0088", "Sra. Benavides, lamentamos mucho su pérdida. La Dra. Ochoa le recetó misoprostol 800 mcg: colóquelo en la vagina esta noche y tome ibuprofeno 600 mg cada 6 horas para los cólicos. Si sangra más de 2 toallas por hora, vaya a urgencias.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Benavides", "NAME"), ("pérdida", "CONDITION"), ("Dra. Ochoa", "PROVIDER"), ("misoprostol 800 mcg", "MEDICATION"), ("ibuprofeno 600 mg", "MEDICATION"), ("cólicos", "CONDITION"), ("sangra más de 2 toallas por hora", "CONDITION")],
     ["reproductive", "pharmacy"], "Medication and dosing instructions after a pregnancy loss (decision 8); the warning sign is CONDITION (decision 3); 'urgencias' as a destination is not labelled (decision 14)."),
    ("ab0089", "Subject: A note from the Family Center\n\nDear Whitney,\n\nWe are holding you in our thoughts. Rosa Delgado, LCSW, our perinatal bereavement counselor, would like to meet with you on Thursday, January 14 at 10:00 AM in the Family Center on the 3rd floor. There is no charge for this visit, and you are welcome to bring a partner or a friend. If Thursday feels too soon, that is completely okay: we can meet whenever you are ready. If you would rather talk by phone, reply to this e-mail or call (401) 555-0129.\n\nWith care,\nHollis Women & Infants Hospital",
     "REWRITE", "reminder", "email", "en",
     [("Whitney", "NAME"), ("Rosa Delgado, LCSW", "PROVIDER"), ("perinatal bereavement counselor", "SPECIALTY"), ("January 14", "DATE"), ("(401) 555-0129", "PHONE"), ("Hollis Women & Infants Hospital", "SPECIALTY")],
     ["reproductive", "behavioral-health", "practice-contact"], "The counselor's role and the Women & Infants name reveal a perinatal loss (decision 1); LCSW is kept inside PROVIDER as a generic credential (decision 1, judgement); the meeting time and the hospital's phone survive."),
    ("ab0090", "Dr. Whitcombe's office: your appointment on Thu 4/2 has moved from 9:00 to 9:45 because of a schedule change. Same location. Sorry for the hassle!",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Whitcombe", "PROVIDER"), ("4/2", "DATE")],
     ["primary-care"], "Provider, date and times only."),
    ("ab0091", "Hi Erin, pathology from your D&C came back as a partial molar pregnancy. Dr. Szabo wants weekly hCG levels for now, and you should avoid getting pregnant for 6 months. She'll call you tonight to talk it through.",
     "BLOCK", "result", "sms", "en",
     [("Erin", "NAME"), ("pathology", "PROCEDURE"), ("D&C", "PROCEDURE"), ("partial molar pregnancy", "CONDITION"), ("Dr. Szabo", "PROVIDER"), ("hCG", "PROCEDURE"), ("pregnant", "CONDITION")],
     ["reproductive", "lab"], "A pathology diagnosis with a monitoring plan (decision 8)."),
    ("ab0092", "Hola Rocío, le habla Paty de la oficina de la Dra. Ochoa. Le confirmamos su ultrasonido de seguimiento después del aborto espontáneo para el martes 19 de enero a las 9:00. Un abrazo.",
     "REWRITE", "confirmation", "sms", "es",
     [("Rocío", "NAME"), ("Paty", "PROVIDER"), ("Dra. Ochoa", "PROVIDER"), ("ultrasonido", "PROCEDURE"), ("aborto espontáneo", "CONDITION"), ("19 de enero", "DATE")],
     ["reproductive", "imaging"], "The miscarriage is named only as the reason for the visit: a diagnosis used as a visit label, REWRITE (decision 8, judgement); 'de seguimiento' is generic."),
    ("ab0093", "Due to a water main break near our building, we are closed this afternoon. Patients with appointments will get a call to reschedule.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'water main break' is plumbing, not membranes; a closure broadcast."),
    ("ab0094", "Hi Mrs. Lindgren, your daughter Hailey asked us to update you: she's being admitted for hyperemesis gravidarum and will get IV fluids and Zofran overnight. She'll text you when she feels up to it.",
     "BLOCK", "other", "email", "en",
     [("Lindgren", "NAME"), ("Hailey", "NAME"), ("hyperemesis gravidarum", "CONDITION"), ("IV fluids", "MEDICATION"), ("Zofran", "MEDICATION")],
     ["reproductive", "third-party"], "The daughter's admission, diagnosis and treatment sent to her mother: a third party's health (decision 7)."),
    ("ab0095", "Reminder from Aspen Ridge OB: your RhoGAM injection is due at your 28 wk appointment on 6/30 at 10:15 with Dr. Patel-Moore.",
     "REWRITE", "reminder", "sms", "en",
     [("Aspen Ridge OB", "SPECIALTY"), ("RhoGAM injection", "MEDICATION"), ("28 wk", "PROCEDURE"), ("6/30", "DATE"), ("Dr. Patel-Moore", "PROVIDER")],
     ["reproductive"], "The medication (with its form word) and the gestational-age label go (decisions 2, 4); judgement: RhoGAM implies Rh-negative status but is named as a scheduled medication, not a result."),
    ("ab0096", "Oficina del Dr. Aranda: su cita del jueves 4 de febrero se cambió a las 11:20 por ajustes de agenda. Disculpe las molestias. Dudas al (505) 555-0119.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Aranda", "PROVIDER"), ("4 de febrero", "DATE"), ("(505) 555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the office's own phone."),
)

# ---------------------------------------------------------------- batch 9 (ab0097-ab0108): disguises, long letters, visit summaries
add(
    ("ab0097", "hi its Tara from Dr Kline's office - ur u l t r a s o u n d is thurs 5/21 @ 8:40, full bladder pls!! reply Y to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("Tara", "PROVIDER"), ("Dr Kline", "PROVIDER"), ("u l t r a s o u n d", "PROCEDURE"), ("5/21", "DATE")],
     ["reproductive", "imaging", "spaced", "shorthand"], "Spaced-out test name is still the test; the full-bladder prep is logistics (decision 5)."),
    ("ab0098", "Kristen, your preg\u200bnancy test came back pos\u200bitive! Dr. Haas would like to see you for a dating scan in about 2 weeks. Call us to book.",
     "BLOCK", "result", "sms", "en",
     [("Kristen", "NAME"), ("preg\u200bnancy test", "PROCEDURE"), ("pos\u200bitive", "RESULT"), ("Dr. Haas", "PROVIDER"), ("dating scan", "PROCEDURE")],
     ["reproductive", "lab"], "Zero-width spaces inside the test name and the result do not change them: a pregnancy test result."),
    ("ab0099", "Reminder: ur pr3natal appt w/ Dr. Mbeki is Fri 9/18 at 2:15 @ Northpoint Family Medicine. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("pr3natal", "PROCEDURE"), ("Dr. Mbeki", "PROVIDER"), ("9/18", "DATE")],
     ["reproductive", "leet", "shorthand"], "Leet visit label (decision 2) goes; the practice name is generic; provider, date and time survive."),
    ("ab0100", "Hola Lupita, su ultr\u0430sonido mostró que el bebé viene de nalgas. La Dra. Ibarra quiere intentar voltearlo (versión cefálica externa) la próxima semana; le llamamos para la cita.",
     "BLOCK", "result", "sms", "es",
     [("Lupita", "NAME"), ("ultr\u0430sonido", "PROCEDURE"), ("de nalgas", "RESULT"), ("Dra. Ibarra", "PROVIDER"), ("versión cefálica externa", "PROCEDURE")],
     ["reproductive", "imaging"], "Cyrillic 'а' in the test name; a breech finding is a RESULT (decision 3) with a treatment plan."),
    ("ab0101", "Subject: Your new patient appointment\n\nDear Patient,\n\nThank you for choosing Brookhaven Family Medicine. Your new patient appointment with Dr. Sandoval is on Tuesday, June 2 at 8:40 AM at 1200 Commerce Pkwy, Suite 300, Fort Collins, CO 80525.\n\nPlease bring your insurance card, a photo ID and a list of the medicines you take. You can fill out your forms ahead of time at brookhaven.example/forms, which saves about 15 minutes at check-in. Free parking is in the garage on the north side; take the elevator to the 3rd floor.\n\nIf you need to cancel or reschedule, please call us at (970) 555-0116 at least one business day ahead. Records from other offices can be faxed to (970) 555-0117.\n\nWe look forward to meeting you.\n\nBrookhaven Family Medicine",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Sandoval", "PROVIDER"), ("June 2", "DATE"), ("1200 Commerce Pkwy, Suite 300, Fort Collins, CO 80525", "ADDRESS"), ("brookhaven.example/forms", "URL"), ("(970) 555-0116", "PHONE"), ("(970) 555-0117", "FAX")],
     ["primary-care", "practice-contact"], "Long new-patient letter: provider, date, and the practice's own address, link, phone and fax only."),
    ("ab0102", "Subject: Welcome to Juniper Midwives!\n\nHi Camille,\n\nWe're so glad you chose us for your pregnancy care. Your new OB visit is on Monday, April 20 at 9:30 AM with Hana Yoshida, CNM, at our main office. This first visit is longer than most (about 90 minutes): we'll go over your history, talk about what to expect, and draw your first-trimester labs. Please bring your insurance card, a photo ID and a list of any medicines or supplements you take. Partners and support people are always welcome.\n\nParking is free in the lot behind the building. Before you come, please create your portal account so you can message us and see your records. Our free childbirth and breastfeeding classes start every month; sign-ups are on the portal too.\n\nIf anything comes up before your visit, call us at (541) 555-0180. For anything urgent after hours, press 2 to reach the midwife on call.\n\nWith warmth,\nThe Juniper Midwives team",
     "REWRITE", "reminder", "email", "en",
     [("Juniper Midwives", "SPECIALTY", 0), ("Camille", "NAME"), ("pregnancy", "CONDITION"), ("new OB", "PROCEDURE"), ("April 20", "DATE"), ("Hana Yoshida", "PROVIDER"), ("CNM", "SPECIALTY"), ("first-trimester", "PROCEDURE"), ("childbirth and breastfeeding classes", "PROCEDURE"), ("(541) 555-0180", "PHONE"), ("midwife", "SPECIALTY"), ("Juniper Midwives", "SPECIALTY", 1)],
     ["reproductive", "practice-contact"], "Welcome letter addressed to one patient: pregnancy, the new-OB visit label (decision 2), midwifery words and CNM (decision 1) and the classes offered to her go (decision 11: not a broadcast); the visit time, the portal advice and the phone survive."),
    ("ab0103", "Asunto: Confirmación de su cita\n\nEstimada paciente:\n\nLe confirmamos su cita con la Dra. Ana Lucía Beltrán el miércoles 8 de julio a las 10:15 am en Clínica Familiar Del Río, 455 Avenida Central, Suite 12, Santa Ana, CA 92701.\n\nPor favor traiga su tarjeta del seguro, una identificación con foto y la lista de los medicamentos que toma. Si es su primera visita, llegue 20 minutos antes para llenar los formularios, o llénelos en línea en clinicadelrio.example/formularios.\n\nSi necesita cancelar o cambiar su cita, llámenos al (714) 555-0122 con un día hábil de anticipación. Contamos con intérpretes y estacionamiento gratuito.\n\nAtentamente,\nClínica Familiar Del Río",
     "ALLOW", "confirmation", "email", "es",
     [("Dra. Ana Lucía Beltrán", "PROVIDER"), ("8 de julio", "DATE"), ("455 Avenida Central, Suite 12, Santa Ana, CA 92701", "ADDRESS"), ("clinicadelrio.example/formularios", "URL"), ("(714) 555-0122", "PHONE")],
     ["primary-care", "practice-contact"], "Long confirmation from a generic clinic: provider, date and the clinic's own address, link and phone; 'Santa Ana' is the city in the clinic's address, not a person."),
    ("ab0104", "Hi Zoe, here's a quick summary of today's 32-week visit with Dr. Achebe.\n\nBP 118/74, weight 163 lb (up 2 lb), fundal height 32 cm, baby's heart rate in the 140s. Your Tdap vaccine was given in the left arm today. Baby is head down.\n\nNext steps: keep doing kick counts once a day after dinner (10 movements in 2 hours), and call L&D at (614) 555-0190 for fewer movements, leaking fluid, bleeding, or more than 6 contractions in an hour. Your next visit is 7/14 at 9:00 AM, and we'll do your GBS swab at your 36-week visit.\n\n- Mel, MA",
     "ALLOW", "care-instructions", "portal", "en",
     [("Zoe", "NAME"), ("32-week", "PROCEDURE"), ("Dr. Achebe", "PROVIDER"), ("BP", "PROCEDURE"), ("118/74", "RESULT"), ("weight", "PROCEDURE"), ("163 lb", "RESULT"), ("up 2 lb", "RESULT"), ("fundal height", "PROCEDURE"), ("32 cm", "RESULT"), ("heart rate", "PROCEDURE"), ("140s", "RESULT"), ("Tdap vaccine", "PROCEDURE"), ("head down", "RESULT"), ("kick counts", "PROCEDURE"), ("L&D", "SPECIALTY"), ("(614) 555-0190", "PHONE"), ("fewer movements", "CONDITION"), ("leaking fluid", "CONDITION"), ("bleeding", "CONDITION"), ("contractions", "CONDITION"), ("7/14", "DATE"), ("GBS swab", "PROCEDURE"), ("36-week", "PROCEDURE"), ("Mel, MA", "PROVIDER")],
     ["reproductive"], "Portal visit summary: values, findings and instructions may stay (README channel rule); labelled for span recall (decisions 2, 3)."),
    ("ab0105", "fyi ur bp was 138/88 today, a little up from last wk. pls do home checks 2x/day & send us the #s by fri. call if headache or seeing spots -Dr Ilić's RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("bp", "PROCEDURE"), ("138/88", "RESULT"), ("a little up", "RESULT"), ("headache", "CONDITION"), ("seeing spots", "CONDITION"), ("Dr Ilić", "PROVIDER")],
     ["reproductive", "shorthand", "typo"], "A blood-pressure value, a trend flag (decision 13) and monitoring instructions in shorthand."),
    ("ab0106", "We're pushing our Friday opening back to 9:30 AM for staff training. Phones open at 9.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'pushing' is about opening hours; a broadcast."),
    ("ab0107", "Diaper drive! All month long, drop unopened diapers and wipes in the lobby bin. Everything goes to the Eastside Family Shelter. Thank you, neighbors!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community drive broadcast; the shelter is an organization, not an address of a patient."),
    ("ab0108", "You have a new message from your care team. Log in at portal.northpointhealth.example to read it. Please do not reply to this text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.northpointhealth.example", "URL")],
     ["general", "practice-contact", "contrast"], "Notification without PHI with the practice's own portal link; contrast with ab0109."),
)

# ---------------------------------------------------------------- batch 10 (ab0109-ab0120): contrasts, notices, classes, broadcasts
add(
    ("ab0109", "You have a new message from Dr. Mbeki about your ultrasound results. Log in at portal.northpointhealth.example to read it. Please do not reply to this text.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Dr. Mbeki", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("portal.northpointhealth.example", "URL")],
     ["reproductive", "imaging", "practice-contact", "contrast"], "Naming the test whose results wait reveals it, but no value or finding is given: REWRITE, not BLOCK (decision 15); contrast with ab0108."),
    ("ab0110", "Lab result: Group B Strep (GBS) - NEGATIVE. Tap to view in MyChart.",
     "BLOCK", "result", "push", "en",
     [("Group B Strep", "PROCEDURE"), ("GBS", "PROCEDURE"), ("NEGATIVE", "RESULT")],
     ["reproductive", "lab"], "Push previews on the lock screen like SMS; a negative result is still a result (README)."),
    ("ab0111", "Free blood pressure and blood sugar checks for the whole community this Saturday, 9 to 1, in our parking lot. No appointment, no cost.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "README's own broadcast case (free blood-pressure checks): nothing about the recipient."),
    ("ab0112", "Thanks! You're confirmed for Wed 12/9 at 3:20 PM with Dr. Ostrowski. See you then.",
     "ALLOW", "confirmation", "sms", "en",
     [("12/9", "DATE"), ("Dr. Ostrowski", "PROVIDER")],
     ["reproductive", "contrast"], "Confirmation with date, time and provider only; contrast with ab0113."),
    ("ab0113", "Thanks! You're confirmed for Wed 12/9 at 3:20 PM with Dr. Ostrowski for your cervical length ultrasound. See you then.",
     "REWRITE", "confirmation", "sms", "en",
     [("12/9", "DATE"), ("Dr. Ostrowski", "PROVIDER"), ("cervical length ultrasound", "PROCEDURE")],
     ["reproductive", "imaging", "contrast"], "The same confirmation naming a pregnancy scan: the named test (one span with its head word) goes."),
    ("ab0114", "Our phone menu has changed: press 1 for scheduling, 2 for billing, 3 for prescription refills and 4 for the nurse line.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Phone-tree update; digits are menu options, not identifiers."),
    ("ab0115", "Mija, ya salieron tus análisis: tienes anemia, la hemoglobina salió en 9.8. Tómate el hierro que te dimos dos veces al día con jugo de naranja. Cualquier cosa me escribes. — enfermera Lety",
     "BLOCK", "result", "sms", "es",
     [("anemia", "CONDITION"), ("hemoglobina", "PROCEDURE"), ("9.8", "RESULT"), ("hierro", "MEDICATION"), ("enfermera Lety", "PROVIDER")],
     ["reproductive", "lab"], "A diagnosis, a value and a dosing instruction; 'Mija' is an endearment, not a name (decision 14); 'análisis' is generic."),
    ("ab0116", "Ms. Ortega, here are your instructions from today: take metformin 500 mg with dinner, and check your glucose before breakfast and 1 hour after each meal. Write the numbers in your log and bring it to your next visit. - Dr. Paredes",
     "ALLOW", "care-instructions", "portal", "en",
     [("Ortega", "NAME"), ("metformin 500 mg", "MEDICATION"), ("glucose", "PROCEDURE"), ("Dr. Paredes", "PROVIDER")],
     ["reproductive"], "Portal: a dose and monitoring instructions may stay (README channel rule)."),
    ("ab0117", "Heads up: a delivery truck will be blocking the side entrance Tuesday morning. Please use the main doors on the east side.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'delivery' is a truck; a broadcast."),
    ("ab0118", "Your childbirth education class (4-week series) starts Tue 1/12 at 6:30 PM in Conference Room B at Valley Medical Center. Bring 2 pillows and your support person!",
     "REWRITE", "reminder", "sms", "en",
     [("childbirth education class", "PROCEDURE"), ("1/12", "DATE")],
     ["reproductive"], "The recipient's own enrollment in a program (not a broadcast, decision 11): the program name goes; date, time and room survive."),
    ("ab0119", "Westfield Clinic: Dr. Ibe is running about 30 min behind this afternoon. If your appt is after 2 PM you're welcome to come a little later. Sorry!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Ibe", "PROVIDER")],
     ["primary-care"], "Provider running late; times only."),
    ("ab0120", "Subject: Visitor update\n\nTo all patients and families: starting next week, each patient on our Women & Infants unit may have two support people at a time, and siblings under 12 can visit from 2 to 6 PM. Everyone must check in at the main lobby desk and wear a visitor badge. Thank you for helping us keep our patients and newborns safe.\n\nValley Medical Center",
     "ALLOW", "other", "email", "en", [],
     ["reproductive", "broadcast", "hard-negative"], "Visitor-policy broadcast to all patients and families: no span even though a unit is named (decision 11)."),
)

probe_lib.run(M, "ab", "probe26.jsonl")
