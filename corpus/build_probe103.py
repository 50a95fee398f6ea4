#!/usr/bin/env python3
"""Build corpus/probe103.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe103.py [OUT] [-v]   (default: probe103.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was not
run, and no other source, test, corpus or build script was read.

This round is OBSTETRICS, LABOR AND DELIVERY, POSTPARTUM AND NICU: what OB/GYN practices, birth
centers, midwives, maternal-fetal medicine, L&D units, postpartum, lactation and doula programs,
NICUs, newborn nurseries, health plans and vital-records offices send to patients and families
(prenatal and ultrasound reminders, glucose-test prep, NIPT / anatomy-scan / amnio / GBS / Rh
results and results-ready notices, induction, version, cerclage and cesarean scheduling, hospital
pre-registration, updates to partners from L&D, postpartum check-ins, blood-pressure programs and
depression screening, lactation consults and pumps, NICU visiting, feeding and discharge updates,
newborn screening, bilirubin and circumcision, birth-certificate and newborn-coverage paperwork,
classes), mixed with neutral messages and look-alikes (Labor Day, package delivery, "expecting a
delay", a baby-shower gift registry, a bill's due date, Stork Street, a nurse named Bonnie Labor,
a provider who is "delivering a baby", a water main break, car-seat checks, a labor union).
About 16% Spanish; 4 disguised messages (spaced letters, zero-width, Cyrillic look-alike, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Pregnancy, labor and the postpartum state, named as the recipient's state, are CONDITION
     (`pregnancy`, `labor`, `trabajo de parto`, `depresión posparto`); pregnancy-stage visit labels
     are PROCEDURE with the generic word outside (`prenatal` visit, `postpartum` visit,
     `control prenatal`, `24-week` visit, `36 wk` visit), like `pre-op` visit.
  2. Obstetric units and service lines are SPECIALTY: L&D / Labor & Delivery, NICU / UCIN,
     Maternity unit names, MFM / Maternal-Fetal Medicine, Birth / Birthing Center, Lactation
     Center, Women's & Infants, "Women's Health" and OB/GYN practice names, a maternity clinic.
     Role words midwife / partera / doula / obstetra / neonatóloga and the credentials CNM and
     IBCLC are SPECIALTY, as a span separate from the PROVIDER name that follows or precedes
     them; a named doula, scheduler or clerk is workforce (PROVIDER).
  3. A notice sent only to one unit's families (e.g. all NICU parents) is not a practice-wide
     broadcast: it reveals that the recipient's baby is in that unit, so the unit name is
     SPECIALTY and the verdict REWRITE.
  4. Fetal sex from a screening test, fetal presentation (breech, cephalic), cervical length,
     labor progress (cm) and weights are RESULT; an estimated due date is a DATE.
  5. Prep instructions for a test or procedure (fasting, full bladder, a snack, a skin-prep
     shower) are logistics: REWRITE once the test or procedure is removed. Telling the patient to
     take a drug (with or without a dose) is a treatment/dosing instruction: BLOCK. A skin-prep
     product named in prep (`CHG soap`) is MEDICATION.
  6. Birth-registration and newborn-coverage paperwork that names no clinical term, no person and
     no identifier is ALLOW (administrative; the birth itself is what the paperwork is for and is
     not a clinical detail DESIGN lists); a hospital that names the delivery or the unit is REWRITE.
  7. A carrier tracking number for a patient's own shipment (breast pump) is OTHER_ID.
  8. Hypothetical warning signs in a reminder (fever, heavy bleeding, thoughts of self-harm) are
     labelled CONDITION (symptoms are conditions) and tagged negation; in an otherwise logistic
     reminder they are removable, so the line stays REWRITE.
  9. A class or program the recipient is enrolled in (Childbirth Prep, Breastfeeding Basics,
     lactancia materna, Postpartum Support Group, a postpartum blood-pressure program) is
     PROCEDURE; the same classes advertised to everyone are a broadcast (ALLOW, no span).
 10. A reference cutoff or goal (`cutoff of 140`) is not a RESULT; only the patient's own value
     or finding is.
 11. A provider's own clinical activity ("Dr. Ambrose is delivering a baby") says nothing about
     the recipient: ALLOW.
 12. A newborn's coverage-effective date next to the baby's name is labelled DATE but not treated
     as a date of birth (it is not stated as one): REWRITE (judgement).
 13. Phone numbers spoken digit by digit in a voice script are PHONE.
 14. `birth plan` and `kick count` are PROCEDURE (a care plan / a home measure, like `BP log`).
 15. Purposes: appointment confirmations -> confirmation; portal "new message" notices ->
     portal-notice; classes and gift-shop notices -> marketing; staff notices -> other.

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


# ---------------------------------------------------------------- batch 1 (db0001-db0012): prenatal reminders, glucose, NIPT, look-alikes
add(
    ("db0001", "Cradle OB/GYN: Reminder - your prenatal visit with Dr. Halvorsen is Tue 3/10 at 9:15am. Please arrive 15 min early. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Cradle OB/GYN", "SPECIALTY"), ("prenatal", "PROCEDURE"), ("Dr. Halvorsen", "PROVIDER"), ("3/10", "DATE")],
     ["reproductive"], "OB/GYN practice name and the prenatal visit type reveal a pregnancy; provider, date and time survive (decisions 1, 2)."),
    ("db0002", "Reminder: you have an appointment with Dr. Okafor on Monday, April 6 at 2:40 PM at Northside Medical Group. Reply Y to confirm or call (312) 555-0143.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("April 6", "DATE"), ("(312) 555-0143", "PHONE")],
     ["reproductive", "practice-contact"], "Provider, date, time, a generic practice name and its own phone: nothing about the visit type."),
    ("db0003", "Our offices will be closed Monday for Labor Day. The on-call provider can be reached through the main number. Enjoy the long weekend!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Labor Day' is a holiday, not labor and delivery."),
    ("db0004", "Hola Guadalupe, le recordamos su cita de control prenatal con la partera Inés Robles el jueves 14 de mayo a las 10:00. Traiga su tarjeta del seguro. Clínica Materna Los Álamos.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("control prenatal", "PROCEDURE"), ("partera", "SPECIALTY"), ("Inés Robles", "PROVIDER"), ("14 de mayo", "DATE"), ("Clínica Materna Los Álamos", "SPECIALTY")],
     ["reproductive"], "Name, prenatal visit type, the midwife role word and a maternity clinic name go; the midwife's name as PROVIDER, date and time stay (decisions 1, 2)."),
    ("db0005", "Your 20-week anatomy ultrasound at Lakeview Imaging is Fri 5/22 at 1:00 PM. Drink 24 oz of water 1 hr before and don't empty your bladder. One guest welcome; no video recording please.",
     "REWRITE", "reminder", "sms", "en",
     [("20-week anatomy ultrasound", "PROCEDURE"), ("Lakeview Imaging", "SPECIALTY"), ("5/22", "DATE")],
     ["imaging", "reproductive"], "Named scan (with its gestational-age label) and imaging name go; full-bladder prep is logistics and stays (decisions 1, 5)."),
    ("db0006", "Bloom Women's Health: Your 3-hour glucose tolerance test is 6/2 at 7:30am. Fast after midnight (water ok). Plan to stay the full 3 hours - you can't leave the lab or eat during the test.",
     "REWRITE", "reminder", "sms", "en",
     [("Bloom Women's Health", "SPECIALTY"), ("3-hour glucose tolerance test", "PROCEDURE"), ("6/2", "DATE")],
     ["reproductive", "lab"], "Women's-health practice name and the named test go; fasting prep is logistics (decisions 2, 5)."),
    ("db0007", "Hi Keisha, this is Tamara RN at Bloom Women's Health. Your 1 hr glucose came back at 152, which is above our cutoff of 140, so Dr. Lindqvist wants you to do the 3 hour test next week. Call us to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Keisha", "NAME"), ("Tamara RN", "PROVIDER"), ("Bloom Women's Health", "SPECIALTY"), ("1 hr glucose", "PROCEDURE"), ("152", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("3 hour test", "PROCEDURE")],
     ["reproductive", "lab"], "An abnormal screening value is the message; removal cannot save it. The reference cutoff 140 is not the patient's result (decision 10)."),
    ("db0008", "New message from your care team: Your 1-hour glucose screen result was 118 mg/dL, which is normal (under 140). No further testing is needed. Keep taking your prenatal vitamins! - Dr. Achebe's office",
     "ALLOW", "result", "portal", "en",
     [("1-hour glucose screen", "PROCEDURE"), ("118 mg/dL", "RESULT"), ("normal", "RESULT"), ("prenatal vitamins", "MEDICATION"), ("Dr. Achebe", "PROVIDER")],
     ["reproductive", "lab"], "Inside the secure portal a result and a supplement may stay (README channel convention); the cutoff is not a result (decision 10)."),
    ("db0009", "Heads up: we're expecting a delay on our phone lines this morning due to a system update. Please use the portal for non-urgent messages. Thank you for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'expecting a delay' is not a pregnancy."),
    ("db0010", "Your NIPT results are now available. Log in at portal.example.org to view them, or call Harbor Maternal-Fetal Medicine at (617) 555-0188 with questions.",
     "REWRITE", "portal-notice", "sms", "en",
     [("NIPT", "PROCEDURE"), ("portal.example.org", "URL"), ("Harbor Maternal-Fetal Medicine", "SPECIALTY"), ("(617) 555-0188", "PHONE")],
     ["reproductive", "lab", "practice-contact"], "Results-ready notice: the named prenatal screen and the MFM practice name go; the practice's own link and phone stay (decision 2)."),
    ("db0011", "Good news from Harbor MFM! Your cell-free DNA screen is low risk for trisomy 21, 18 and 13. And since you asked - it's a boy! Dr. Feld will go over the full report at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Harbor MFM", "SPECIALTY"), ("cell-free DNA screen", "PROCEDURE"), ("low risk", "RESULT"), ("trisomy 21, 18 and 13", "CONDITION"), ("boy", "RESULT"), ("Dr. Feld", "PROVIDER")],
     ["reproductive", "lab"], "A screening result (even reassuring) and the fetal sex from the test are the message (README: normal results are still results; decision 4)."),
    ("db0012", "Your baby shower gift registry order has shipped and will be out for delivery Thursday. Questions? Reply HELP. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a retail gift-registry shipment; 'delivery' of a package, no health information."),
)

# ---------------------------------------------------------------- batch 2 (db0013-db0024): induction, cesarean, pre-registration, L&D updates
add(
    ("db0013", "Your induction of labor is scheduled for Sun 7/19 at 8:00 PM. Please call Labor & Delivery at (415) 555-0162 two hours before you leave home to confirm a bed is available. Eat a light meal before coming.",
     "REWRITE", "reminder", "sms", "en",
     [("induction of labor", "PROCEDURE"), ("7/19", "DATE"), ("Labor & Delivery", "SPECIALTY"), ("(415) 555-0162", "PHONE")],
     ["reproductive", "practice-contact"], "The procedure and the unit name go; the call-ahead and meal prep are logistics (decisions 2, 5). The unit's phone is the hospital's own."),
    ("db0014", "Hi Priya - for your induction tomorrow: take the first misoprostol 25 mcg tablet at home at 6am as Dr. Brennan discussed, then come to L&D by 10. If your water breaks or bleeding starts, come in right away.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Priya", "NAME"), ("induction", "PROCEDURE"), ("misoprostol 25 mcg", "MEDICATION"), ("Dr. Brennan", "PROVIDER"), ("L&D", "SPECIALTY"), ("water breaks", "CONDITION"), ("bleeding", "CONDITION")],
     ["reproductive", "negation"], "A dosing instruction (take the first tablet at 6am) is the message: BLOCK (decision 5). Warning signs are labelled CONDITION (decision 8)."),
    ("db0015", "Subject: Your scheduled cesarean - what to expect\n\nDear Ms. Abernathy,\n\nYour cesarean birth with Dr. Soto is booked for Thursday, August 13 at 7:30 AM at Mercy West Women & Infants Pavilion, 2nd floor. Please arrive at 5:30 AM and check in at the Birthing Center desk.\n\nBefore surgery: nothing to eat after midnight; clear liquids until 3:30 AM. Shower with the CHG soap the night before and the morning of. Do not shave your belly. Bring your photo ID, insurance card, and an installed car seat for going home.\n\nOne support person may stay with you in the OR. Questions? Call our surgical scheduler, Renee, at (503) 555-0137, Mon-Fri 8-4.\n\nWarmly,\nCascade OB/GYN Associates",
     "REWRITE", "reminder", "email", "en",
     [("cesarean", "PROCEDURE", 0), ("cesarean", "PROCEDURE", 1), ("Abernathy", "NAME"), ("Dr. Soto", "PROVIDER"), ("August 13", "DATE"), ("Mercy West Women & Infants Pavilion", "SPECIALTY"), ("Birthing Center", "SPECIALTY"), ("CHG soap", "MEDICATION"), ("Renee", "PROVIDER"), ("(503) 555-0137", "PHONE"), ("Cascade OB/GYN Associates", "SPECIALTY")],
     ["reproductive", "practice-contact"], "Scheduling letter: procedure, unit and practice names and the patient's name go; fasting and skin-prep logistics, date, time and the scheduler's phone stay (decisions 2, 5; the scheduler is workforce)."),
    ("db0016", "Welcome to St. Brigid's Family Birth Place! Please pre-register for your upcoming delivery at stbrigids.example.org/preregister. It takes about 10 minutes; have your insurance card ready.",
     "REWRITE", "other", "sms", "en",
     [("St. Brigid's Family Birth Place", "SPECIALTY"), ("delivery", "PROCEDURE"), ("stbrigids.example.org/preregister", "URL")],
     ["reproductive", "practice-contact"], "Birth-unit name and the delivery go; the hospital's own pre-registration link stays (decisions 2, 6)."),
    ("db0017", "Our new address starting June 1: 410 Stork Street, Suite 200, Portland, OR 97205. Free parking in the garage off 5th Ave. Same phone, same providers!",
     "ALLOW", "other", "sms", "en",
     [("June 1", "DATE"), ("410 Stork Street, Suite 200, Portland, OR 97205", "ADDRESS")],
     ["general", "practice-contact"], "Look-alike: 'Stork Street' is the practice's own new address, labelled but allowed."),
    ("db0018", "Sra. Paredes: su cesárea programada quedó para el 3 de septiembre a las 7:00 a. m. en el Hospital San Lucas. No coma nada después de la medianoche. Cualquier duda, llame al (956) 555-0119.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("cesárea", "PROCEDURE"), ("3 de septiembre", "DATE"), ("(956) 555-0119", "PHONE")],
     ["reproductive", "practice-contact"], "Name and the procedure go; date, time, a generic hospital name, fasting prep and the hospital's phone stay (decision 5)."),
    ("db0019", "Hello, this is the scheduling line at Riverside Hospital calling for Jordan Meeks. We are calling to confirm your external cephalic version on Wednesday at 7 a.m. Please press 1 to confirm, or press 2 to speak with a scheduler.",
     "REWRITE", "confirmation", "voice", "en",
     [("Jordan Meeks", "NAME"), ("external cephalic version", "PROCEDURE")],
     ["reproductive"], "Voice is treated like SMS (overheard): the patient's name and the obstetric procedure go; the weekday and time stay."),
    ("db0020", "Hi Marcus, quick update from L&D: Danielle is 6 cm and her epidural is in and working. Baby's heart rate looks great. We'll text again when she's ready to push.",
     "BLOCK", "other", "sms", "en",
     [("Marcus", "NAME"), ("L&D", "SPECIALTY"), ("Danielle", "NAME"), ("6 cm", "RESULT"), ("epidural", "PROCEDURE"), ("heart rate", "PROCEDURE"), ("looks great", "RESULT")],
     ["reproductive", "third-party"], "A third party's labor progress and findings sent to the partner: BLOCK (README third-party convention; decision 4)."),
    ("db0021", "Friendly reminder: your statement balance of $86.40 is past its due date. Pay online or reply PAY for a secure link. Questions? Call our billing office.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a bill's 'due date', not an estimated due date."),
    ("db0022", "Reminder from Dr. Yusuf's office: your appointment is Wed 10/7 at 3:20 PM. Please arrive 10 minutes early to update your paperwork.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Yusuf", "PROVIDER"), ("10/7", "DATE")],
     ["reproductive"], "Provider, date and time only; nothing says what the visit is for."),
    ("db0023", "Maternity tours are back! Join us any Saturday at 10am for a walk-through of our birthing suites. No registration needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast to all patients: says nothing about the recipient (README broadcast convention)."),
    ("db0024", "Hola Yesenia, sus resultados del cultivo de estreptococo del grupo B salieron positivos. Cuando llegue al hospital en trabajo de parto le pondrán penicilina por la vena. No es peligroso para usted ni para el bebé. Enf. Carmen",
     "BLOCK", "result", "sms", "es",
     [("Yesenia", "NAME"), ("cultivo de estreptococo del grupo B", "PROCEDURE"), ("positivos", "RESULT"), ("trabajo de parto", "CONDITION"), ("penicilina", "MEDICATION"), ("Enf. Carmen", "PROVIDER")],
     ["reproductive", "lab"], "A positive culture and the treatment plan are the message (decision 1 for 'trabajo de parto')."),
)

# ---------------------------------------------------------------- batch 3 (db0025-db0036): postpartum, depression screening, BP, lactation
add(
    ("db0025", "Bloom Women's Health: It's time to schedule your postpartum visit. Book online at bloomwh.example.com/book or reply BOOK and we'll call you.",
     "REWRITE", "recall", "sms", "en",
     [("Bloom Women's Health", "SPECIALTY"), ("postpartum", "PROCEDURE"), ("bloomwh.example.com/book", "URL")],
     ["reproductive", "practice-contact"], "Practice name and the postpartum visit label reveal a recent birth; the booking link is the practice's own (decisions 1, 2)."),
    ("db0026", "Hi Alana, thanks for completing the Edinburgh questionnaire. Your score was 16, so Dr. Ruiz would like to see you this week and start you on sertraline 25 mg. If you ever have thoughts of harming yourself or the baby, call or text 988.",
     "BLOCK", "result", "sms", "en",
     [("Alana", "NAME"), ("Edinburgh questionnaire", "PROCEDURE"), ("16", "RESULT"), ("Dr. Ruiz", "PROVIDER"), ("sertraline 25 mg", "MEDICATION"), ("thoughts of harming yourself or the baby", "CONDITION")],
     ["reproductive", "behavioral-health", "negation"], "A depression-screening score and a new antidepressant are the message. 988 is not a phone identifier; the hypothetical symptom is labelled (decision 8)."),
    ("db0027", "Reminder: please complete your postpartum depression screening before your visit Thursday. It takes 5 minutes: forms.example.net/epds?pt=88213",
     "REWRITE", "reminder", "sms", "en",
     [("postpartum depression screening", "PROCEDURE"), ("forms.example.net/epds?pt=88213", "URL")],
     ["reproductive", "behavioral-health"], "The named screening goes, and the link carries a patient parameter (?pt=), so it is patient-specific (README URL convention)."),
    ("db0028", "Your blood pressure readings this week (128/82, 131/84, 126/80) are within the target we set. Keep taking labetalol 200 mg twice a day and check again on Monday. - Nurse Kimberly, Maternal Health Team",
     "ALLOW", "care-instructions", "portal", "en",
     [("blood pressure", "PROCEDURE"), ("128/82", "RESULT"), ("131/84", "RESULT"), ("126/80", "RESULT"), ("labetalol 200 mg", "MEDICATION"), ("Nurse Kimberly", "PROVIDER"), ("Maternal Health Team", "SPECIALTY")],
     ["reproductive", "cardiology", "contrast"], "Portal: readings and the dose may stay (README channel convention). Same content by SMS is db0029."),
    ("db0029", "Your BP readings this week (128/82, 131/84, 126/80) are within target. Keep taking labetalol 200mg twice a day, recheck Monday. -Nurse Kimberly",
     "BLOCK", "care-instructions", "sms", "en",
     [("BP", "PROCEDURE"), ("128/82", "RESULT"), ("131/84", "RESULT"), ("126/80", "RESULT"), ("labetalol 200mg", "MEDICATION"), ("Nurse Kimberly", "PROVIDER")],
     ["reproductive", "cardiology", "contrast", "shorthand"], "By SMS, readings and a dosing instruction are the message: BLOCK (contrast with portal db0028)."),
    ("db0030", "Happy Mother's Day from all of us at Northside Medical Group! Our offices are closed Sunday and open regular hours Monday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a holiday greeting sent to everyone."),
    ("db0031", "Hi! This is Joy, IBCLC, from the Lactation Center at Mercy West. Checking in on how feeding is going since you went home. Want to book a free 30-min lactation consult? Reply YES and I'll send times.",
     "REWRITE", "other", "sms", "en",
     [("Joy", "PROVIDER"), ("IBCLC", "SPECIALTY"), ("Lactation Center", "SPECIALTY"), ("lactation consult", "PROCEDURE")],
     ["reproductive"], "Sender is workforce (PROVIDER); the lactation credential, center name and consult type go (decision 2)."),
    ("db0032", "Le recordamos su consulta posparto el martes 9 de junio a las 11:30 con la Dra. Villalobos. Si antes tiene fiebre, sangrado abundante o una tristeza que no se le quita, llámenos al (210) 555-0174.",
     "REWRITE", "reminder", "sms", "es",
     [("posparto", "PROCEDURE"), ("9 de junio", "DATE"), ("Dra. Villalobos", "PROVIDER"), ("fiebre", "CONDITION"), ("sangrado abundante", "CONDITION"), ("tristeza que no se le quita", "CONDITION"), ("(210) 555-0174", "PHONE")],
     ["reproductive", "negation", "practice-contact"], "Postpartum visit label and hypothetical warning signs go; date, time, provider and the practice's phone stay (decisions 1, 8)."),
    ("db0033", "We're expecting! 🎉 Our Lakeside clinic is expanding - new exam rooms open this fall. Thanks for growing with us.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: the practice, not the recipient, is 'expecting'."),
    ("db0034", "Mom and baby are both doing well! Sarah delivered a healthy 7 lb 2 oz girl at 3:14 this morning by C-section. Visiting hours on Maternity 4 West are 9am-8pm.",
     "BLOCK", "other", "sms", "en",
     [("doing well", "RESULT"), ("Sarah", "NAME"), ("healthy", "RESULT"), ("7 lb 2 oz", "RESULT"), ("C-section", "PROCEDURE"), ("Maternity 4 West", "SPECIALTY")],
     ["reproductive", "third-party"], "Sent to a relative: the mother's delivery, procedure and the baby's weight and condition are third parties' health (README third-party convention; decision 4)."),
    ("db0035", "Lab alert: your hemoglobin today is 9.1 (L). Dr. Achebe recommends ferrous sulfate 325 mg once daily with orange juice. Tap to view in the app.",
     "BLOCK", "result", "push", "en",
     [("hemoglobin", "PROCEDURE"), ("9.1", "RESULT"), ("9.1 ([[L]])", "RESULT"), ("Dr. Achebe", "PROVIDER"), ("ferrous sulfate 325 mg", "MEDICATION")],
     ["reproductive", "lab"], "A lock-screen push with a value, a flag and a dosing instruction: BLOCK (push is treated like SMS)."),
    ("db0036", "Dr. Whitfield reviewed your anatomy scan: all structures seen were normal, and the placenta is posterior and not low-lying. See you at your 24-week visit.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Whitfield", "PROVIDER"), ("anatomy scan", "PROCEDURE"), ("normal", "RESULT"), ("placenta is posterior and not low-lying", "RESULT"), ("24-week", "PROCEDURE")],
     ["reproductive", "imaging"], "Portal result note: findings may stay inside the portal (README channel convention; decisions 1, 4)."),
)

# ---------------------------------------------------------------- batch 4 (db0037-db0048): NICU visiting, feeding, follow-up
add(
    ("db0037", "NICU families: starting Monday, sibling visits are paused for RSV season. Parents and 2 designated support people may still visit 24/7. Thank you for helping protect our tiniest patients.",
     "REWRITE", "other", "sms", "en",
     [("NICU", "SPECIALTY")],
     ["pediatrics", "minor"], "Judgement (decision 3): sent only to NICU families, so the unit name tells a lock screen that the recipient's baby is in intensive care; 'RSV season' is about the season, not the baby. 24/7 is not a date."),
    ("db0038", "Update on Baby Boy Castellanos (bed 12): took 28 mL of breast milk by bottle at 3am, weight up to 1,940 g. Still on 1 L nasal cannula. Dr. Osei will call you after rounds. - NICU",
     "BLOCK", "other", "sms", "en",
     [("Castellanos", "NAME"), ("28 mL", "RESULT"), ("1,940 g", "RESULT"), ("1 L", "RESULT"), ("nasal cannula", "PROCEDURE"), ("Dr. Osei", "PROVIDER"), ("NICU", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A dependent's feeds, weight and respiratory support are health information about a third party: BLOCK (README third-party convention; decision 4)."),
    ("db0039", "Hola Sra. Beltrán, la reunión con la neonatóloga Dra. Ferrer para hablar de la hemorragia intraventricular grado 2 de su bebé es el viernes 21 de agosto a las 2 p. m. en la sala de familias de la UCIN, piso 3.",
     "BLOCK", "other", "sms", "es",
     [("Beltrán", "NAME"), ("neonatóloga", "SPECIALTY"), ("Dra. Ferrer", "PROVIDER"), ("hemorragia intraventricular", "CONDITION"), ("grado 2", "RESULT"), ("21 de agosto", "DATE"), ("UCIN", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "The baby's diagnosis (with its grade) is a third party's health: BLOCK even though the purpose is a meeting (decisions 2, 4)."),
    ("db0040", "Free car seat safety checks this Saturday 9-1 at Fire Station 7. Certified techs will help you install it right. No appointment needed!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a community car-seat event, not a NICU car seat challenge."),
    ("db0041", "Good news - Mateo passed his car seat challenge this morning (90 minutes, no desats), so he's cleared for discharge tomorrow at 11. Please bring his car seat to the NICU front desk tonight.",
     "BLOCK", "result", "sms", "en",
     [("Mateo", "NAME"), ("car seat challenge", "PROCEDURE"), ("passed", "RESULT"), ("no desats", "RESULT"), ("NICU", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A dependent's test result (passed, no desaturations) is the news: BLOCK (README: a normal result is still a result)."),
    ("db0042", "Your frozen breast milk in the NICU freezer is close to our storage limit. Please take some home at your next visit - bring a cooler with ice packs. Thanks! NICU Milk Room",
     "REWRITE", "other", "sms", "en",
     [("NICU", "SPECIALTY", 0), ("NICU Milk Room", "SPECIALTY")],
     ["pediatrics", "reproductive"], "Logistics survive once the unit names are removed (decision 2); stored milk is not a finding (judgement)."),
    ("db0043", "Ava had a good night. She's tolerating 35 mL every 3 hours by NG tube and her bili is down to 9.8, so phototherapy was stopped at 6am. Kangaroo care is welcome anytime today. - Emily, RN, NICU Pod B",
     "ALLOW", "other", "portal", "en",
     [("Ava", "NAME"), ("35 mL", "RESULT"), ("NG tube", "PROCEDURE"), ("bili", "PROCEDURE"), ("9.8", "RESULT"), ("phototherapy", "PROCEDURE"), ("Kangaroo care", "PROCEDURE"), ("Emily, RN", "PROVIDER"), ("NICU Pod B", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "Inside the secure portal (parent proxy) a dependent's values and treatment may stay (README channel convention)."),
    ("db0044", "Delivery update: your supply order from Northside Medical Group has shipped by courier and should arrive by end of day. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'delivery' of an office supply order; nothing clinical."),
    ("db0045", "Noah's newborn hearing screen was a refer on the left ear, so we booked a repeat ABR at Children's Audiology on 11/4. This is common and babies often pass the second time.",
     "BLOCK", "result", "sms", "en",
     [("Noah", "NAME"), ("newborn hearing screen", "PROCEDURE"), ("refer on the left ear", "RESULT"), ("ABR", "PROCEDURE"), ("Children's Audiology", "SPECIALTY"), ("11/4", "DATE")],
     ["pediatrics", "minor", "third-party"], "A dependent's screening result (refer) is the message: BLOCK."),
    ("db0046", "Mercy West: You have 1 new message from NICU Pod B. Open the app to read it.",
     "REWRITE", "portal-notice", "push", "en",
     [("NICU Pod B", "SPECIALTY")],
     ["pediatrics"], "A lock-screen push naming the unit reveals the baby is in the NICU; the notice survives without it (decision 2)."),
    ("db0047", "Reminder: Elijah's eye exam for retinopathy of prematurity is Tue 2/9 at 9:00 with Dr. Sahni at the NICU Graduate Clinic. Bring his last discharge summary if you have it.",
     "BLOCK", "reminder", "sms", "en",
     [("Elijah", "NAME"), ("eye exam", "PROCEDURE"), ("retinopathy of prematurity", "CONDITION"), ("2/9", "DATE"), ("Dr. Sahni", "PROVIDER"), ("NICU Graduate Clinic", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "ophthalmology"], "A dependent's diagnosis named in a reminder is a third party's condition: BLOCK (README third-party convention)."),
    ("db0048", "Estamos esperando una entrega de sillas nuevas para la sala de espera; disculpe las molestias esta semana. ¡Gracias por su paciencia!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'esperando una entrega' is a furniture delivery."),
)

# ---------------------------------------------------------------- batch 5 (db0049-db0060): birth certificates, newborn coverage, classes, prenatal labs
add(
    ("db0049", "Hi, this is Marisol in Health Information Management. Your baby's birth certificate worksheet is still missing a signature. Please stop by Room 210 or call (505) 555-0150 ext. 4 before you leave.",
     "ALLOW", "other", "sms", "en",
     [("Marisol", "PROVIDER"), ("(505) 555-0150 ext. 4", "PHONE")],
     ["general", "practice-contact"], "Judgement (decision 6): birth-registration paperwork with no clinical term, no patient name and no identifier; the clerk is workforce and the number is the hospital's."),
    ("db0050", "To finish the newborn's Social Security application we need to confirm mom's SSN 078-05-1120 and baby's name as Lucia Maribel Ortega, born 04/12/2026. Reply Y if correct.",
     "BLOCK", "other", "sms", "en",
     [("078-05-1120", "SSN"), ("Lucia Maribel Ortega", "NAME"), ("04/12/2026", "DATE")],
     ["general", "minor", "dob"], "An SSN and a full date of birth with a name must never travel by text (DESIGN; README DOB convention)."),
    ("db0051", "Congratulations from Evergreen Health Plan! Remember to add your newborn to your coverage within 30 days of birth. Call Member Services at 1-800-555-0199 or log in at evergreenhp.example.com.",
     "ALLOW", "other", "sms", "en",
     [("1-800-555-0199", "PHONE"), ("evergreenhp.example.com", "URL")],
     ["general", "practice-contact"], "Judgement (decision 6): an insurer's enrollment reminder with no clinical term, name or member ID; its own phone and site are allowed."),
    ("db0052", "Medicaid newborn enrollment: baby Jaylen Brooks has been added under member ID MCD88412077, effective 03/02/2026. The new card will arrive in 7-10 days.",
     "REWRITE", "other", "sms", "en",
     [("Jaylen Brooks", "NAME"), ("MCD88412077", "HEALTH_PLAN_ID"), ("03/02/2026", "DATE")],
     ["general", "minor"], "Judgement (decision 12): the baby's name, member ID and effective date are not needed for 'your card is coming'; the date is not stated as a birth date, so not the DOB-with-name BLOCK."),
    ("db0053", "Registro Civil del Condado: el acta de nacimiento que solicitó ya está lista para recoger en la ventanilla 3. Traiga identificación con foto. Horario: lunes a viernes de 8 a 4.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Look-alike: a vital-records office about a birth certificate request; no health information (decision 6)."),
    ("db0054", "Hi, this is Bonnie Labor, RN, returning your call from Northside Medical Group. Please call me back at (312) 555-0146 when you have a minute. Thanks!",
     "ALLOW", "other", "sms", "en",
     [("Bonnie Labor, RN", "PROVIDER"), ("(312) 555-0146", "PHONE")],
     ["general", "practice-contact"], "Look-alike: 'Labor' is the nurse's surname; a call-back request from workforce."),
    ("db0055", "Subject: You're registered! Next steps for your birth at Lakeshore Women's Hospital\n\nHi Tanisha,\n\nThanks for pre-registering for your delivery with us. Your estimated due date on file is October 28, so here's what's coming up:\n\n- Childbirth Prep (4-week series) starts Tue 9/8, 6:30-8:30 PM, Classroom B. Bring two pillows.\n- Breastfeeding Basics is Sat 9/26, 10 AM-noon.\n- Hospital tour: any Saturday at 1 PM, meet at the Admitting desk.\n\nPlease upload your insurance card and photo ID at lakeshorewh.example.org/docs before your 36-week visit. If you plan to bank cord blood, let us know soon so we can order the kit.\n\nQuestions? Call Patient Access at (773) 555-0128.\n\nLakeshore Women's Hospital - Patient Access",
     "REWRITE", "other", "email", "en",
     [("your [[birth]] at", "PROCEDURE"), ("Lakeshore Women's Hospital", "SPECIALTY", 0), ("Tanisha", "NAME"), ("delivery", "PROCEDURE"), ("October 28", "DATE"), ("Childbirth Prep", "PROCEDURE"), ("9/8", "DATE"), ("Breastfeeding Basics", "PROCEDURE"), ("9/26", "DATE"), ("lakeshorewh.example.org/docs", "URL"), ("36-week", "PROCEDURE"), ("cord blood", "PROCEDURE"), ("(773) 555-0128", "PHONE"), ("Lakeshore Women's Hospital", "SPECIALTY", 1)],
     ["reproductive", "practice-contact"], "Name, hospital name, the delivery, due date, enrolled classes and the 36-week label go; class times, the tour, the upload link and phone survive (decisions 1, 2, 4, 9). 'your birth' in the subject is the delivery (PROCEDURE)."),
    ("db0056", "¡Clases gratis de preparación para el parto en español! Todos los jueves a las 6 p. m. en el Centro Comunitario Esperanza. Inscríbase llamando al (305) 555-0166.",
     "ALLOW", "marketing", "sms", "es",
     [("(305) 555-0166", "PHONE")],
     ["reproductive", "broadcast", "practice-contact"], "Broadcast class announcement sent to everyone; only the organiser's phone is labelled (decision 9)."),
    ("db0057", "Martina, su lugar en el curso de lactancia materna del sábado 12 de septiembre está confirmado. Traiga una almohada. Lactancia Feliz - Hospital del Valle",
     "REWRITE", "confirmation", "sms", "es",
     [("Martina", "NAME"), ("lactancia materna", "PROCEDURE"), ("12 de septiembre", "DATE"), ("Lactancia Feliz", "SPECIALTY")],
     ["reproductive"], "Enrolled class (decision 9), the lactation program name and the patient's name go; date survives."),
    ("db0058", "Hi Corinne, your prenatal labs show you're Rh negative, so you'll get a RhoGAM shot at your 28-week visit. Everything else (CBC, rubella, hep B, HIV, syphilis) came back normal. -Dr. Nakamura's nurse",
     "BLOCK", "result", "sms", "en",
     [("Corinne", "NAME"), ("prenatal", "PROCEDURE"), ("Rh negative", "RESULT"), ("RhoGAM", "MEDICATION"), ("28-week", "PROCEDURE"), ("CBC", "PROCEDURE"), ("rubella", "PROCEDURE"), ("hep B", "PROCEDURE"), ("HIV", "PROCEDURE"), ("syphilis", "PROCEDURE"), ("normal", "RESULT"), ("Dr. Nakamura", "PROVIDER")],
     ["reproductive", "lab", "hiv-sexual-health"], "Results (Rh negative; normal panel) and a treatment plan are the message. Test names in a panel are PROCEDURE (judgement)."),
    ("db0059", "Sending flowers or balloons? Deliveries for patients are accepted at the main lobby desk 8am-6pm. Latex balloons are not allowed on any unit.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'deliveries' of flowers; a hospital-wide notice."),
    ("db0060", "Reminder: your Tdap vaccine is due. Tap to book with Cascade OB/GYN.",
     "REWRITE", "recall", "push", "en",
     [("Tdap vaccine", "PROCEDURE"), ("Cascade OB/GYN", "SPECIALTY")],
     ["reproductive"], "Push preview: an OB practice recalling a vaccine reveals a pregnancy; vaccine and practice name go (decision 2)."),
)

# ---------------------------------------------------------------- batch 6 (db0061-db0072): disguises, MFM results, pharmacy, postpartum pain
add(
    ("db0061", "Hi, this is the clinic. Your p r e g n a n c y  t e s t came back p o s i t i v e. Please call us to schedule your first visit.",
     "BLOCK", "result", "sms", "en",
     [("p r e g n a n c y  t e s t", "PROCEDURE"), ("p o s i t i v e", "RESULT")],
     ["reproductive", "lab", "spaced"], "Disguised with spaced letters: a positive pregnancy test is a result, BLOCK."),
    ("db0062", "Reminder: your mis\u200bcarriage follow-up with Dr. Lowell is Fri 6/19 at 4 PM. We're thinking of you.",
     "REWRITE", "reminder", "sms", "en",
     [("mis\u200bcarriage", "CONDITION"), ("Dr. Lowell", "PROVIDER"), ("6/19", "DATE")],
     ["reproductive"], "Disguised with a zero-width space: the condition used as a visit label goes, the generic 'follow-up' stays."),
    ("db0063", "Your \u0421-section is confirmed for 7/14 at 6 AM. Nothing to eat after midnight. Please check in at the 2nd floor desk by 4:30.",
     "REWRITE", "confirmation", "sms", "en",
     [("\u0421-section", "PROCEDURE"), ("7/14", "DATE")],
     ["reproductive"], "Disguised with a Cyrillic capital Es: the procedure goes; date, time and fasting logistics stay (decision 5)."),
    ("db0064", "r3minder: ur pr3n4tal appt w/ the m1dw1fe is tmrw @ 2pm. txt C to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("pr3n4tal", "PROCEDURE"), ("m1dw1fe", "SPECIALTY")],
     ["reproductive", "leet", "shorthand"], "Leetspeak: the prenatal visit label and the midwife role word go (decisions 1, 2)."),
    ("db0065", "Expecting a refund? Overpayments are mailed within 30 days of your insurance's final payment. Call our billing office with any questions.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'expecting a refund'."),
    ("db0066", "This is the Maternal-Fetal Medicine nurse line with a message for Brianna Cole. Your amniocentesis results came back and the chromosomes are normal. Doctor Iyer will review the details at your visit. If you have questions, call us back at 5 5 5, 0 1 9 1.",
     "BLOCK", "result", "voice", "en",
     [("Maternal-Fetal Medicine", "SPECIALTY"), ("Brianna Cole", "NAME"), ("amniocentesis", "PROCEDURE"), ("normal", "RESULT"), ("Doctor Iyer", "PROVIDER"), ("5 5 5, 0 1 9 1", "PHONE")],
     ["reproductive", "lab"], "A result in a voicemail (overheard like SMS): BLOCK. The spoken call-back number is the practice's (decision 13)."),
    ("db0067", "Denise - your labs from this morning show your platelets dropped to 98 and your liver enzymes are up. With your BP, Dr. Chu is worried about preeclampsia and wants you in L&D triage now. Please have someone drive you.",
     "BLOCK", "result", "sms", "en",
     [("Denise", "NAME"), ("platelets", "PROCEDURE"), ("98", "RESULT"), ("liver enzymes", "PROCEDURE"), ("are [[up]]", "RESULT"), ("BP", "PROCEDURE"), ("Dr. Chu", "PROVIDER"), ("preeclampsia", "CONDITION"), ("L&D", "SPECIALTY")],
     ["reproductive", "lab"], "Values, a suspected diagnosis and an urgent instruction: the clinical content is the message (staff should call)."),
    ("db0068", "Dr. Ambrose is delivering a baby and running about 45 minutes behind. If you'd rather reschedule, reply R. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Ambrose", "PROVIDER")],
     ["reproductive"], "Look-alike (decision 11): the provider's own activity says nothing about the recipient."),
    ("db0069", "Recordatorio del Centro de Maternidad Luna: su ultrasonido del tercer trimestre es el lunes 3 de agosto a las 8:15. Venga con la vejiga llena.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Maternidad Luna", "SPECIALTY"), ("ultrasonido del tercer trimestre", "PROCEDURE"), ("3 de agosto", "DATE")],
     ["reproductive", "imaging"], "Maternity center name and the named scan go; full-bladder prep is logistics (decisions 2, 5)."),
    ("db0070", "Your prescription for Diclegis is ready for pickup at Oakwood Pharmacy, 1120 Elm Ave, Bend, OR. Please pick up by 6/30 or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("Diclegis", "MEDICATION"), ("1120 Elm Ave, Bend, OR", "ADDRESS"), ("6/30", "DATE")],
     ["pharmacy", "reproductive", "practice-contact"], "Drug name in a pickup notice goes (DESIGN); the pharmacy's own address and the hold date stay."),
    ("db0071", "Your prescription is ready for pickup at Oakwood Pharmacy. Open until 9 PM tonight. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative", "contrast"], "The same pickup without the drug name (contrast db0070): generic pharmacy name and 'prescription' are not labelled."),
    ("db0072", "Per Dr. Haddad: for cramping and pain, alternate ibuprofen 600 mg every 6 hrs with acetaminophen 1000 mg every 8 hrs. Stop the oxycodone once the pain is manageable. Call if bleeding soaks a pad in an hour.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("cramping", "CONDITION"), ("pain", "CONDITION", 0), ("ibuprofen 600 mg", "MEDICATION"), ("acetaminophen 1000 mg", "MEDICATION"), ("oxycodone", "MEDICATION"), ("pain", "CONDITION", 1), ("bleeding", "CONDITION")],
     ["reproductive"], "Postpartum dosing instructions are the message: BLOCK."),
)

# ---------------------------------------------------------------- batch 7 (db0073-db0084): portal notices, MFM, DME pump, postpartum contraception
add(
    ("db0073", "You have a new message from Willow Midwifery. Log in to read it securely: willowmidwifery.example.com/login",
     "REWRITE", "portal-notice", "email", "en",
     [("Willow Midwifery", "SPECIALTY"), ("willowmidwifery.example.com/login", "URL")],
     ["reproductive", "practice-contact", "contrast"], "A midwifery practice name reveals the service (decision 2); the practice's own login link is allowed, though its domain echoes the name (judgement: a URL is labelled URL only)."),
    ("db0074", "You have a new message from your care team. Log in to read it securely at portal.example.com.",
     "ALLOW", "portal-notice", "email", "en",
     [("portal.example.com", "URL")],
     ["general", "practice-contact", "contrast"], "The same notice without the practice name (contrast db0073): notification without PHI."),
    ("db0075", "Harbor MFM: Your growth ultrasound and NST are Wed 11/11 at 1:30 PM. Please eat a snack beforehand and allow 90 minutes.",
     "REWRITE", "reminder", "sms", "en",
     [("Harbor MFM", "SPECIALTY"), ("growth ultrasound", "PROCEDURE"), ("NST", "PROCEDURE"), ("11/11", "DATE")],
     ["reproductive", "imaging"], "MFM name and test names go; the snack and time allowance are logistics (decision 5)."),
    ("db0076", "Dr. Mendez reviewed your cervical length: 2.1 cm, shorter than we'd like. She recommends a cerclage and we're holding 5/8 for it. Start the vaginal progesterone 200 mg nightly tonight.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Mendez", "PROVIDER"), ("cervical length", "PROCEDURE"), ("2.1 cm", "RESULT"), ("shorter than we'd like", "RESULT"), ("cerclage", "PROCEDURE"), ("5/8", "DATE"), ("progesterone 200 mg", "MEDICATION")],
     ["reproductive", "imaging"], "A measurement, its interpretation and a dosing instruction: BLOCK (decision 4)."),
    ("db0077", "Water main break at our east office: it is closed today. Everyone scheduled there will get a call to reschedule.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a water main break, not membranes."),
    ("db0078", "Happy 1st birthday to the Family Birth Center at Lakeshore! 🎂 Thank you to the 1,212 families who welcomed babies with us this year.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast from a hospital app to everyone (README broadcast convention): no span even though the unit name appears."),
    ("db0079", "Your Spectra S2 breast pump has shipped via UPS, tracking 1Z999AA10123456784. Device serial SPX-2291-0457. Covered 100% by your plan - no bill will be sent.",
     "REWRITE", "other", "sms", "en",
     [("Spectra S2 breast pump", "PROCEDURE"), ("1Z999AA10123456784", "OTHER_ID"), ("SPX-2291-0457", "DEVICE_ID")],
     ["reproductive", "home-health"], "Device (PROCEDURE) and its serial go; the tracking number is a unique code tied to the patient's shipment (decision 7)."),
    ("db0080", "Sr. Domínguez, le informamos que su esposa Karla salió bien de la cesárea y está en recuperación. La bebé pesó 3.2 kg y está en observación en la UCIN por respiración rápida.",
     "BLOCK", "other", "sms", "es",
     [("Domínguez", "NAME"), ("Karla", "NAME"), ("salió bien", "RESULT"), ("cesárea", "PROCEDURE"), ("3.2 kg", "RESULT"), ("UCIN", "SPECIALTY"), ("respiración rápida", "CONDITION")],
     ["reproductive", "pediatrics", "third-party"], "Two third parties' health (the wife's surgery and the baby's weight and symptom) told to the husband: BLOCK."),
    ("db0081", "Este lunes es feriado por el Día del Trabajo. La clínica estará cerrada y reabrimos el martes a las 8 a. m.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Día del Trabajo' (Labor Day), not 'trabajo de parto'."),
    ("db0082", "Hi Renata, reminder that your postpartum IUD insertion with Dana Ruiz, CNM is Mon 8/3 at 11:00. You can eat normally beforehand. Bring a pad.",
     "REWRITE", "reminder", "sms", "en",
     [("Renata", "NAME"), ("postpartum IUD insertion", "PROCEDURE"), ("Dana Ruiz", "PROVIDER"), ("CNM", "SPECIALTY"), ("8/3", "DATE")],
     ["reproductive"], "Name, the contraception procedure and the midwife credential go (decision 2); provider, date and time stay."),
    ("db0083", "Hola, su Depo-Provera está lista para recoger en Farmacia La Esquina. Horario de 9 a 9, todos los días.",
     "REWRITE", "pickup", "sms", "es",
     [("Depo-Provera", "MEDICATION")],
     ["pharmacy", "reproductive"], "Drug name in a pickup notice goes; generic pharmacy name stays."),
    ("db0084", "After-visit summary (Dr. Abiodun, 2/17): Diagnosis: gestational diabetes, diet-controlled. Check fingersticks fasting and 1 hr after meals; goal fasting under 95. Nutrition class 3/1 at 10 AM.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Abiodun", "PROVIDER"), ("2/17", "DATE"), ("gestational diabetes", "CONDITION"), ("diet-controlled", "RESULT"), ("fingersticks", "PROCEDURE"), ("Nutrition class", "PROCEDURE"), ("3/1", "DATE")],
     ["reproductive", "contrast"], "Portal after-visit summary may carry the diagnosis and instructions; the goal 95 is not a result (decision 10). Compare SMS db0085."),
)

# ---------------------------------------------------------------- batch 8 (db0085-db0096): GDM by text, loss, kick counts, newsletters, doulas
add(
    ("db0085", "ur sugars r running high after dinner (160s). Dr Abiodun wants to start metformin 500 mg w/ dinner. pls pick up at ur pharmacy today",
     "BLOCK", "care-instructions", "sms", "en",
     [("sugars", "PROCEDURE"), ("running high", "RESULT"), ("160s", "RESULT"), ("Dr Abiodun", "PROVIDER"), ("metformin 500 mg", "MEDICATION")],
     ["reproductive", "shorthand", "contrast"], "Shorthand glucose trend and a new drug with its timing: BLOCK (compare portal db0084). 'sugars' is the home measure (PROCEDURE, like BP log)."),
    ("db0086", "Expecting company? Our waiting room now allows two guests per patient. Children under 12 must be supervised at all times.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'expecting company'."),
    ("db0087", "We're so sorry for your loss. Your hCG today was 212, down from 1,480 on Monday, which means the miscarriage is completing on its own. We'll recheck in 1 week. - Nurse Pam, Cradle OB/GYN",
     "BLOCK", "result", "sms", "en",
     [("loss", "CONDITION"), ("hCG", "PROCEDURE"), ("212", "RESULT"), ("1,480", "RESULT"), ("miscarriage", "CONDITION"), ("completing on its own", "RESULT"), ("Nurse Pam", "PROVIDER"), ("Cradle OB/GYN", "SPECIALTY")],
     ["reproductive", "lab"], "Serial values and a pregnancy-loss finding are the message. 'your loss' is the euphemism for the condition (judgement)."),
    ("db0088", "Kick count alert: you logged 4 movements in 2 hours, below the 10 we look for. Please call L&D triage now at (415) 555-0162.",
     "BLOCK", "result", "push", "en",
     [("Kick count", "PROCEDURE"), ("4 movements in 2 hours", "RESULT"), ("L&D", "SPECIALTY"), ("(415) 555-0162", "PHONE")],
     ["reproductive", "practice-contact"], "A home measure's value with an urgent instruction on a lock screen: BLOCK (decision 14); the 10 is a reference (decision 10)."),
    ("db0089", "Shipping update: the copy of your medical records you requested (USB drive) was delayed by the carrier. Expect it by Friday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A records-request shipment with no clinical content and no identifier."),
    ("db0090", "Dr. Fontaine is on call for the practice this weekend. The after-hours line is (206) 555-0175. For emergencies, call 911.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Fontaine", "PROVIDER"), ("(206) 555-0175", "PHONE")],
     ["general", "practice-contact"], "Provider and the practice's own line; 911 is not a phone identifier."),
    ("db0091", "Hi, this message is for Esperanza Villa from Bloom Women's Health. Please call us back at 2 0 6, 5 5 5, 0 1 8 4 about your upcoming visit. Thank you, and have a good day.",
     "REWRITE", "other", "voice", "en",
     [("Esperanza Villa", "NAME"), ("Bloom Women's Health", "SPECIALTY"), ("2 0 6, 5 5 5, 0 1 8 4", "PHONE")],
     ["reproductive", "practice-contact"], "Voicemail: the patient's name and the women's-health practice name go; the spoken call-back number is the practice's (decisions 2, 13)."),
    ("db0092", "Mariela, tu prueba de glucosa de 1 hora salió en 168. La Dra. Sepúlveda quiere que te hagas la de 3 horas la próxima semana. Ayuno de 8 horas antes.",
     "BLOCK", "result", "sms", "es",
     [("Mariela", "NAME"), ("prueba de glucosa de 1 hora", "PROCEDURE"), ("168", "RESULT"), ("Dra. Sepúlveda", "PROVIDER"), ("la de 3 horas", "PROCEDURE")],
     ["reproductive", "lab"], "A screening value is the message: BLOCK. 'la de 3 horas' stands for the 3-hour test (judgement)."),
    ("db0093", "Subject: Spring classes at Northside\n\nHello from Northside Medical Group!\n\nOur community education calendar for spring is here, and every class is free and open to the public:\n\n- Preparing for Childbirth: four Tuesday evenings, 6:30-8:30\n- Breastfeeding 101: first Saturday of each month, 10-noon\n- Newborn Care and Safe Sleep: second Wednesday, 6-8\n- Infant CPR and Choking Rescue: third Thursday, 6-8\n- Big Brother / Big Sister class for kids 3-8: last Sunday, 2-3\n- Grandparenting Today: quarterly, Saturday mornings\n\nClasses meet in the Community Room on the first floor. Seating is limited, so reply to this email or ask at any front desk to save a spot. Partners, grandparents and friends are welcome.\n\nSee you there!\nNorthside Medical Group Community Education",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "A newsletter to every patient listing pregnancy and newborn classes: a broadcast says nothing about the recipient (decision 9)."),
    ("db0094", "Subject: Jonah's discharge plan\n\nHi Kayla and Devin,\n\nJonah is on track to go home Thursday! A few things before then:\n\n1. Medicines at home: caffeine citrate 10 mg once a day (we'll show you how to draw it up), and iron drops 0.5 mL twice a day mixed in a feed.\n2. He still has mild reflux, so keep him upright 20 minutes after feeds.\n3. His newborn screen and hearing test were both normal.\n4. First pediatrician visit within 48 hours of discharge, and his NICU follow-up clinic in 4 weeks.\n\nYour CPR class is Wednesday at 2 PM in the family lounge. Call the unit at (614) 555-0115 with any questions.\n\nWarmly,\nAshley Kim, RN, Discharge Coordinator, NICU",
     "BLOCK", "care-instructions", "email", "en",
     [("Jonah", "NAME", 0), ("Jonah", "NAME", 1), ("Kayla", "NAME"), ("Devin", "NAME"), ("caffeine citrate 10 mg", "MEDICATION"), ("iron drops", "MEDICATION"), ("reflux", "CONDITION"), ("newborn screen", "PROCEDURE"), ("hearing test", "PROCEDURE"), ("normal", "RESULT"), ("NICU", "SPECIALTY", 0), ("(614) 555-0115", "PHONE"), ("Ashley Kim, RN", "PROVIDER"), ("NICU", "SPECIALTY", 1)],
     ["pediatrics", "minor", "third-party"], "A long discharge e-mail with a dependent's doses, condition and results: BLOCK. The parents' CPR class is not labelled (infant CPR is taught to all NICU parents; judgement)."),
    ("db0095", "The Labor Day 5K for the hospital foundation starts at 8 AM Monday from the north parking lot. Packet pickup Sunday in the main lobby.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: Labor Day race."),
    ("db0096", "Hi Bethany! Your doula, Marguerite, will meet you at the hospital once you're in active labor. Save her cell: (971) 555-0133.",
     "REWRITE", "other", "sms", "en",
     [("Bethany", "NAME"), ("doula", "SPECIALTY"), ("Marguerite", "PROVIDER"), ("labor", "CONDITION"), ("(971) 555-0133", "PHONE")],
     ["reproductive", "practice-contact"], "Name, the doula role word and the labor state go (decisions 1, 2); the doula is workforce and her work cell is a staff contact (judgement)."),
)

# ---------------------------------------------------------------- batch 9 (db0097-db0108): newborn visits, billing, birth centers, postpartum BP and mood
add(
    ("db0097", "Reminder: your son's circumcision appointment is Thu 1/21 at 9:30 AM with Dr. Lindqvist. Please feed him about an hour before you come.",
     "REWRITE", "reminder", "sms", "en",
     [("circumcision", "PROCEDURE"), ("1/21", "DATE"), ("Dr. Lindqvist", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's logistics with a procedure: REWRITE like the patient's own (README third-party convention); the feeding timing is prep logistics (decision 5)."),
    ("db0098", "Hi, baby Zoe's bilirubin this morning was 17.4, so Dr. Tran would like her back on the bili blanket overnight. The home health nurse will drop it off by 5pm.",
     "BLOCK", "result", "sms", "en",
     [("Zoe", "NAME"), ("bilirubin", "PROCEDURE"), ("17.4", "RESULT"), ("Dr. Tran", "PROVIDER"), ("bili blanket", "PROCEDURE"), ("home health", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "home-health"], "A dependent's value and treatment: BLOCK."),
    ("db0099", "Newborn screening results for your baby are now in the portal. Questions? Call Riverbend Pediatrics at (541) 555-0120.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Newborn screening", "PROCEDURE"), ("Riverbend Pediatrics", "SPECIALTY"), ("(541) 555-0120", "PHONE")],
     ["pediatrics", "minor", "lab", "practice-contact"], "Results-ready notice: the named screen and pediatric practice name go; no result is given."),
    ("db0100", "Our staff is hosting a baby shower diaper drive for the family shelter! Drop off diapers and wipes at any front desk through the end of the month.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a charity 'baby shower' drive."),
    ("db0101", "We're pushing back the start of our evening hours to 5:30 PM beginning next week. Thank you for your flexibility!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'pushing back' office hours."),
    ("db0102", "Dear Ms. Whitcombe,\n\nThank you for choosing Sunrise Birth Center for your care. Your intake packet and financial agreement are attached. Please return them before your first visit on 4/14 with midwife Clara Obi, and bring any records from your previous provider.\n\nSunrise Birth Center",
     "REWRITE", "other", "email", "en",
     [("Whitcombe", "NAME"), ("Sunrise Birth Center", "SPECIALTY", 0), ("4/14", "DATE"), ("midwife", "SPECIALTY"), ("Clara Obi", "PROVIDER"), ("Sunrise Birth Center", "SPECIALTY", 1)],
     ["reproductive"], "Birth-center name and the midwife role word go; the midwife's name is PROVIDER (decision 2)."),
    ("db0103", "Statement from Cascade OB/GYN Associates: global obstetric package, balance $1,240.00, account 77-403921. Pay at pay.example.com or call (503) 555-0139.",
     "REWRITE", "billing", "sms", "en",
     [("Cascade OB/GYN Associates", "SPECIALTY"), ("global obstetric package", "PROCEDURE"), ("77-403921", "ACCOUNT"), ("pay.example.com", "URL"), ("(503) 555-0139", "PHONE")],
     ["reproductive", "practice-contact"], "Billing: the OB practice name, the billed service and the account number go; balance, payment link and phone stay."),
    ("db0104", "You have a new statement from Northside Medical Group. Balance due: $45.00. Pay online at pay.example.com or reply HELP.",
     "ALLOW", "billing", "sms", "en",
     [("pay.example.com", "URL")],
     ["general", "practice-contact", "contrast"], "The same kind of statement with no service, account or specialty (contrast db0103)."),
    ("db0105", "Tienes un mensaje nuevo de tu obstetra. Ábrelo en la app.",
     "REWRITE", "portal-notice", "push", "es",
     [("obstetra", "SPECIALTY")],
     ["reproductive"], "The role word names the specialty on a lock screen (decision 2)."),
    ("db0106", "La tienda de regalos del hospital ya tiene ropa para bebé, globos y flores. Abierta todos los días de 9 a 7.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a gift shop selling baby clothes, sent to everyone."),
    ("db0107", "Hola Daniela, según el cuestionario que llenó hoy, tiene síntomas de depresión posparto. La Lic. Herrera la llamará mañana para empezar terapia. Si tiene pensamientos de hacerse daño, llame o envíe un texto al 988.",
     "BLOCK", "result", "sms", "es",
     [("Daniela", "NAME"), ("depresión posparto", "CONDITION"), ("Lic. Herrera", "PROVIDER"), ("terapia", "PROCEDURE"), ("pensamientos de hacerse daño", "CONDITION")],
     ["reproductive", "behavioral-health", "negation"], "A screening finding (postpartum depression) is the message: BLOCK. 988 is not a phone identifier (decision 8 for the hypothetical symptom)."),
    ("db0108", "Heart Safe Moms: your reading of 152/98 at 7:40 PM is above your goal. Take the extra nifedipine 30 mg tablet now and send another reading in 1 hour.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Heart Safe Moms", "PROCEDURE"), ("152/98", "RESULT"), ("above your goal", "RESULT"), ("nifedipine 30 mg", "MEDICATION")],
     ["reproductive", "cardiology"], "A reading, its interpretation and a dosing instruction: BLOCK. The enrolled postpartum BP program's name is PROCEDURE (decision 9)."),
)

# ---------------------------------------------------------------- batch 10 (db0109-db0120): discharge letters, late-pregnancy results, confirmations
add(
    ("db0109", "The 'Expecting the Unexpected' disaster preparedness workshop is Thursday at 7 PM in the community room. All are welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: an emergency-preparedness workshop title."),
    ("db0110", "Hi, this is Kendra from Dr. Ostrowski's office. We need to move your Tuesday appointment to Thursday 5/21 at 10:40. Does that work? Reply Y or N.",
     "ALLOW", "reminder", "sms", "en",
     [("Kendra", "PROVIDER"), ("Dr. Ostrowski", "PROVIDER"), ("5/21", "DATE")],
     ["reproductive"], "Staff sender (workforce), provider, date and time only."),
    ("db0111", "Asunto: Sus indicaciones al salir del hospital\n\nEstimada Sra. Ramírez Ochoa:\n\nFue un gusto atenderla en el Pabellón de Maternidad. Le dejamos un resumen de lo que hablamos antes del alta:\n\n• Para el dolor: ibuprofeno 600 mg cada 6 horas con comida, por 5 días.\n• Siga tomando sus vitaminas prenatales mientras esté amamantando.\n• Revise la herida de la cesárea todos los días; si ve enrojecimiento o pus, o tiene fiebre de más de 38 °C, llame de inmediato.\n• Su presión al salir fue de 138/88; tómesela en casa dos veces al día y anótela.\n\nSu cita posparto con la Dra. Quintanilla es el 22 de octubre a las 9:30. Si necesita hablar con alguien, llame a la línea de enfermería al (915) 555-0157.\n\nAtentamente,\nEquipo de Enfermería de Posparto",
     "BLOCK", "care-instructions", "email", "es",
     [("Ramírez Ochoa", "NAME"), ("Pabellón de Maternidad", "SPECIALTY"), ("dolor", "CONDITION"), ("ibuprofeno 600 mg", "MEDICATION"), ("vitaminas prenatales", "MEDICATION"), ("cesárea", "PROCEDURE"), ("enrojecimiento", "CONDITION"), ("pus", "CONDITION"), ("fiebre", "CONDITION"), ("presión", "PROCEDURE"), ("138/88", "RESULT"), ("posparto", "PROCEDURE"), ("Dra. Quintanilla", "PROVIDER"), ("22 de octubre", "DATE"), ("(915) 555-0157", "PHONE"), ("Equipo de Enfermería de Posparto", "SPECIALTY")],
     ["reproductive", "negation"], "A discharge letter by e-mail with doses and a blood-pressure value: BLOCK. The 38 °C threshold is not a result (decision 10); warning signs are CONDITION (decision 8)."),
    ("db0112", "Resultados de su ultrasonido: bebé en posición cefálica, peso estimado 2,850 g (percentil 45), líquido amniótico normal. Nos vemos el martes. Dra. Cortés",
     "ALLOW", "result", "portal", "es",
     [("ultrasonido", "PROCEDURE"), ("posición cefálica", "RESULT"), ("peso estimado", "PROCEDURE"), ("2,850 g", "RESULT"), ("percentil 45", "RESULT"), ("líquido amniótico", "PROCEDURE"), ("normal", "RESULT"), ("Dra. Cortés", "PROVIDER")],
     ["reproductive", "imaging"], "Portal: ultrasound findings may stay inside the secure portal (README channel convention; decision 4)."),
    ("db0113", "Quick note from Dr. Whitfield: today's scan showed baby is breech. We'll talk about options, including an ECV, at your 36 wk visit Tuesday.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("scan", "PROCEDURE"), ("breech", "RESULT"), ("ECV", "PROCEDURE"), ("36 wk", "PROCEDURE")],
     ["reproductive", "imaging", "shorthand"], "A scan finding (fetal presentation) is the message: BLOCK (decision 4); '36 wk' is a visit label (decision 1)."),
    ("db0114", "Your GBS swab came back negative, so you won't need antibiotics during labor. See you at your 37-week visit! - Willow Midwifery",
     "BLOCK", "result", "sms", "en",
     [("GBS swab", "PROCEDURE"), ("negative", "RESULT"), ("antibiotics", "MEDICATION"), ("labor", "CONDITION"), ("37-week", "PROCEDURE"), ("Willow Midwifery", "SPECIALTY")],
     ["reproductive", "lab", "negation"], "A negative result is still a result (README): BLOCK."),
    ("db0115", "Informational picket: our nurses' labor contract talks continue this week. All clinics remain open and your appointments are not affected.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a labor union's contract talks."),
    ("db0116", "Your spot is confirmed: Postpartum Support Group, Tuesday 6/16, 10:00-11:30 AM, Willow Room, 2nd floor. Babies in arms are welcome. Reply to this email to cancel.",
     "REWRITE", "confirmation", "email", "en",
     [("Postpartum Support Group", "PROCEDURE"), ("6/16", "DATE")],
     ["reproductive", "behavioral-health"], "An enrolled support group names a postpartum mental-health service (decision 9); the room, date and time survive."),
    ("db0117", "Booking confirmed: Tue 6/9 at 3:00 PM with Dr. Sandoval at Eastside Family Clinic. Reply C to confirm or R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Sandoval", "PROVIDER"), ("6/9", "DATE")],
     ["primary-care"], "Provider, date and time with a generic clinic name."),
    ("db0118", "Reminder: keep giving yourself the Lovenox 40 mg shot every evening until 6 weeks after delivery. Refills were sent to Oakwood Pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lovenox 40 mg", "MEDICATION"), ("delivery", "PROCEDURE")],
     ["reproductive", "pharmacy"], "A dosing instruction is the message: BLOCK."),
    ("db0119", "Cradle OB/GYN: friendly reminder to bring your birth plan and hospital bag checklist to your next visit with Dr. Halvorsen on 8/20.",
     "REWRITE", "reminder", "sms", "en",
     [("Cradle OB/GYN", "SPECIALTY"), ("birth plan", "PROCEDURE"), ("Dr. Halvorsen", "PROVIDER"), ("8/20", "DATE")],
     ["reproductive"], "Practice name and the birth plan go (decision 14); the hospital bag checklist is left as everyday wording (judgement)."),
    ("db0120", "Hello, this is Northside Medical Group calling to remind you of your appointment on Friday, June 5 at 9 AM with Doctor Baptiste. To confirm, press 1. To reschedule, press 2.",
     "ALLOW", "reminder", "voice", "en",
     [("June 5", "DATE"), ("Doctor Baptiste", "PROVIDER")],
     ["general"], "Voice reminder with a generic practice name, date, time and provider only."),
)

probe_lib.run(M, "db", "probe103.jsonl")
