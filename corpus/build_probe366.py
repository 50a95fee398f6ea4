#!/usr/bin/env python3
"""Build corpus/probe366.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe366.py [OUT] [-v]   (default: probe366.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and the docstring and
first batch of build_probe7.py only; the engine was not run and no other corpus's messages were
read).
This set is EVERYDAY MESSAGES FROM AN ENDOCRINOLOGY AND DIABETES CLINIC: appointment reminders
and confirmations, A1c and thyroid labs and results, CGM and insulin-pump supplies and device
alerts, insulin and thyroid-medication refills and pickups, diabetes education and nutrition
classes, billing, insurance and prior authorization, long e-mails and voicemails, children seen
by pediatric endocrinology, and look-alikes in other senses (a bakery's sugar-free line, a
sweetener brand, a rock band called The Hashimotos, a candy store, a pump and well repair shop,
Sugar Land, Sugar Hill, Dr. Sugarman, a patient named Dulce, parking lots T3/T4, Suite 1C,
A1 Auto Body, Type One Coffee). About 20% Spanish; 4 disguised messages (leet, zero-width,
spaced letters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "TSH 9.2 mIU/L ([[H]])" searches for
      "TSH 9.2 mIU/L (H)" and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - service tags: there is no endocrinology tag, so clinic visits, education and follow-ups ->
    primary-care; lab draws and results -> lab; refills, pickups and supply shipments ->
    pharmacy; CGM/pump alerts and remotely read device data -> home-health; thyroid imaging and
    biopsy -> imaging; children -> pediatrics; practice-wide notices, billing and the look-alike
    businesses -> general;
  - `endocrinology`, `endo`, `endocrinóloga pediatra` are SPECIALTY; a practice name with
    Diabetes / Endocrine / Endocrinology / Tiroides in it is one SPECIALTY span, and so is a
    supplier named on "Gluco-" (like a specialty pharmacy); a generic supply company
    (`Summit Medical Supply`) or pharmacy is not labelled;
  - `thyroid` used as a visit or service label (`thyroid follow-up`, `thyroid check`) is
    SPECIALTY (an organ / service line, not a diagnosis); named thyroid tests (`thyroid
    ultrasound`, `thyroid panel`, `thyroid biopsy`, `TSH`, `free T4`, `examen de tiroides`) are
    PROCEDURE;
  - `diabetes` with a generic word (`diabetes class`, `control de diabetes`, `diabetes
    education class`) is CONDITION with the generic word outside, like `asthma check`; a named
    program (`Diabetes Self-Management Education`, `Diabetes Prevention Program`, `Type 1
    Diabetes Transition Program`) is one PROCEDURE span, like `depression screening`;
  - diabetes devices and supplies are PROCEDURE (README: devices are PROCEDURE): CGM, sensors,
    transmitter, insulin pump (one span, not insulin + pump), pods, infusion sets, reservoirs,
    test strips, lancets, glucose meter / glucómetro, pen needles; a brand with its device word is
    one span (`Dexcom G7`, `Omnipod 5 Pods`); `supplies`, `training`, `start visit` stay outside;
    insulin pens are a drug with its form (`Humalog KwikPen`, `Ozempic 1 mg pen`) -> MEDICATION;
  - blood sugar / glucose / A1c / potassium as measures are PROCEDURE and their values RESULT;
    `lows` (hypoglycaemia) is a CONDITION; a threshold inside an instruction (`below 70`) is not
    a RESULT; `basal` (basal insulin) is MEDICATION;
  - the CDCES credential (certified diabetes care and education specialist) names a specialty
    and is a separate SPECIALTY span; RN and RD are generic credentials;
  - carrier tracking, order, prior-authorization and claim numbers are OTHER_ID; CGM, pump and
    transmitter serial numbers are DEVICE_ID; an ICD-10 code is a CONDITION;
  - a staff first name signing a message (`- Kelly`) is PROVIDER (workforce, README);
  - a supply-shipping notice that spells out the patient's home address is REWRITE (the address is
    not needed; the practice's own address would be fine);
  - messages from other businesses on the same messaging platform (bakery, candy store, band,
    sweetener brand, pump repair) are hard negatives with service tag `general`;
  - a broadcast newsletter that mentions diabetes or A1c screening to every patient is ALLOW with
    no span (README: broadcasts say nothing about the recipient);
  - a result given as a weight-loss figure (`18 lbs`, `7.2%` lost) is a RESULT;
  - a pediatric-endocrinology portal message to the parent's proxy account is ALLOW (portal);
  - a misspelt drug name (`metfromin`) is labelled as the drug; the disease state `no esta
    controlada` is a RESULT like `en remisión`; `sugars` (glucose readings) is a PROCEDURE;
  - a stated diagnosis in an otherwise logistic message (`your new gestational diabetes
    diagnosis`, `for type 2 diabetes (E11.65)`) makes it BLOCK (a finding), while a diagnosis that
    appears only inside a program's name stays a removable visit label (REWRITE).

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


LDEC = "Lakeside Diabetes & Endocrine Center"
CDTV = "Centro de Diabetes y Tiroides del Valle"

# ---------------------------------------------------------------- batch 1 (ne0001-ne0020): reminders and confirmations
add(
    ("ne0001", "Northfield Medical Group: Reminder of your appointment with Dr. Okafor on Tue 3/10 at 8:45 AM. Please arrive 15 min early. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/10", "DATE")],
     ["primary-care"], "Generic practice name, provider, date and time only; '15 min' is not a date."),
    ("ne0002", LDEC + ": ur appt w/ Dr. Lindqvist is tmrw at 10:20am. Since ur last A1c was 9.1, pls bring ur meter + pump so we can download them.",
     "BLOCK", "reminder", "sms", "en",
     [(LDEC, "SPECIALTY"), ("Dr. Lindqvist", "PROVIDER"), ("A1c", "PROCEDURE"), ("9.1", "RESULT"), ("meter", "PROCEDURE"), ("pump", "PROCEDURE")],
     ["primary-care", "shorthand"], "A reminder that quotes the patient's last A1c value: a result travels, so removal of the name cannot save it. Diabetes-named practice, meter and pump would otherwise be REWRITE."),
    ("ne0003", "Hi Deshawn, this is a reminder for your A1c check at Pinecrest Internal Medicine on 4/2 at 7:30 AM. No need to fast.",
     "REWRITE", "reminder", "sms", "en",
     [("Deshawn", "NAME"), ("A1c", "PROCEDURE"), ("4/2", "DATE")],
     ["lab"], "Name and test name go ('A1c check' reveals diabetes monitoring); generic practice, date and time survive."),
    ("ne0004", "Hola Sra. Ortega, le recordamos su cita de control de diabetes con la Dra. Herrera el jueves 12 de marzo a las 9:00. Traiga su glucómetro.",
     "REWRITE", "reminder", "sms", "es",
     [("Ortega", "NAME"), ("diabetes", "CONDITION"), ("Dra. Herrera", "PROVIDER"), ("12 de marzo", "DATE"), ("glucómetro", "PROCEDURE")],
     ["primary-care"], "Name, the diagnosis used as a visit label and the glucose meter go; provider, date and time survive."),
    ("ne0005", "Upcoming visit: Thu, Mar 19 at 2:00 PM with Dr. Sugarman. Tap to check in online up to 24 hours before.",
     "ALLOW", "reminder", "push", "en",
     [("Mar 19", "DATE"), ("Dr. Sugarman", "PROVIDER")],
     ["primary-care"], "Sugarman is the provider's surname, not a condition; date, time and provider are allowed."),
    ("ne0006", "Hello, this is Harborview Endocrinology calling with a reminder for your thyroid follow-up with Dr. Amsel on Monday, April 6th at 11 AM. To confirm, press 1. To reschedule, press 2.",
     "REWRITE", "reminder", "voice", "en",
     [("Harborview Endocrinology", "SPECIALTY"), ("thyroid", "SPECIALTY"), ("Dr. Amsel", "PROVIDER"), ("April 6th", "DATE")],
     ["primary-care"], "Voice is treated like SMS (overheard); the endocrinology practice name and 'thyroid' as the visit label go (judgement: thyroid as a service label is SPECIALTY)."),
    ("ne0007", "You're confirmed! Pinecrest Internal Medicine, 4410 Alder Ave Suite 1C, Madison WI, Fri 5/8 9:15am. Questions? (608) 555-0147.",
     "ALLOW", "confirmation", "sms", "en",
     [("4410 Alder Ave Suite 1C, Madison WI", "ADDRESS"), ("5/8", "DATE"), ("(608) 555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "The practice's own address and phone; 'Suite 1C' is a room, not an A1c."),
    ("ne0008", "Confirmed: CGM start visit for Priya Natarajan on 5/12 at 1pm w/ Kelly Tran, RN, CDCES. With your new gestational diabetes diagnosis we'll also go over your meal plan.",
     "BLOCK", "confirmation", "sms", "en",
     [("CGM start", "PROCEDURE"), ("Priya Natarajan", "NAME"), ("5/12", "DATE"), ("Kelly Tran, RN", "PROVIDER"), ("CDCES", "SPECIALTY"), ("gestational diabetes", "CONDITION")],
     ["primary-care", "reproductive"], "States a new diagnosis to a named patient: a finding is the content of the second sentence, so the message must go to the portal instead."),
    ("ne0009", "Clínica Los Álamos: su cita es el lunes 9 de marzo a las 3:30 pm con el Dr. Vidal. Llegue 10 min antes. Para cambiarla llame al (915) 555-0163.",
     "ALLOW", "reminder", "sms", "es",
     [("9 de marzo", "DATE"), ("Dr. Vidal", "PROVIDER"), ("(915) 555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Generic clinic name, provider, date, time and the clinic's own phone."),
    ("ne0010", "Reminder: Your insulin pump training is Wed 3/25 at 1:00 PM in Conference Room B. Please bring your pump, infusion sets and a snack.",
     "REWRITE", "reminder", "sms", "en",
     [("insulin pump", "PROCEDURE"), ("3/25", "DATE"), ("pump", "PROCEDURE", 1), ("infusion sets", "PROCEDURE")],
     ["primary-care"], "Device training: the pump and infusion sets reveal insulin therapy and go; date, time and room survive."),
    ("ne0011", "Hi Mr. Whitfield - our recods show you're due for your 3-month diabetes visit and A1c. Call Northfield Medical Group at (608) 555-0118 to book.",
     "REWRITE", "recall", "sms", "en",
     [("Whitfield", "NAME"), ("diabetes", "CONDITION"), ("A1c", "PROCEDURE"), ("(608) 555-0118", "PHONE")],
     ["primary-care", "practice-contact", "typo"], "Recall survives as 'you're due for a visit'; name, diagnosis label and test go."),
    ("ne0012", "Subject: Your upcoming appointment\n\nDear patient,\n\nThis is a courtesy reminder of your appointment at Northfield Medical Group on Tuesday, April 14 at 3:40 PM with NP Castillo. Parking is free in Lot T3 behind the building; garage level T4 is reserved for staff.\n\nTo reschedule, call (608) 555-0120 or visit northfieldmg.example.com/appointments.\n\nThank you,\nNorthfield Medical Group",
     "ALLOW", "reminder", "email", "en",
     [("April 14", "DATE"), ("NP Castillo", "PROVIDER"), ("(608) 555-0120", "PHONE"), ("northfieldmg.example.com/appointments", "URL")],
     ["primary-care", "practice-contact"], "Lot T3 and level T4 are parking areas, not thyroid hormones; provider, date and the practice's own contacts are fine."),
    ("ne0013", "Hi! Reminder that Ethan has his endo appt w/ Dr. Bhatt Fri 3/27 at 4pm. Pls bring his glucose meter + the school's log of his lows. -Harborview Peds",
     "BLOCK", "reminder", "sms", "en",
     [("Ethan", "NAME"), ("endo", "SPECIALTY"), ("Dr. Bhatt", "PROVIDER"), ("3/27", "DATE"), ("glucose meter", "PROCEDURE"), ("lows", "CONDITION"), ("Harborview Peds", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A child's hypoglycaemic episodes ('his lows') sent to the guardian: a third party's condition is BLOCK (README); logistics alone would have been REWRITE."),
    ("ne0014", "Hola Dulce, te recordamos tu cita en el " + CDTV + " mañana a las 8:00 am. Ven en ayunas para tus analisis.",
     "REWRITE", "reminder", "sms", "es",
     [("Dulce", "NAME"), (CDTV, "SPECIALTY")],
     ["primary-care"], "Dulce is the patient's given name here, though it means 'sweet'; the diabetes-and-thyroid center name goes. Fasting for 'analisis' (generic lab work) is ordinary prep."),
    ("ne0015", "Hi, this is Marisol from Pinecrest Internal Medicine calling to remind you of your appointment tomorrow at nine thirty with Doctor Lindqvist. If you need to reschedule, call us back at 608-555-0147. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("Marisol", "PROVIDER"), ("Doctor Lindqvist", "PROVIDER"), ("608-555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Staff sender (workforce, PROVIDER), provider and the practice's own phone; no visit type."),
    ("ne0016", "{{practice_name}}: Your appointment is {{appt_date}} at {{appt_time}}. Reply C to confirm or R to reschedule. Msg&data rates may apply. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only."),
    ("ne0017", "Don't forget: thyroid ultrasound tomorrow 10:15 AM at Harborview Imaging, 2nd floor. Drink water, no other prep needed.",
     "REWRITE", "reminder", "push", "en",
     [("thyroid ultrasound", "PROCEDURE"), ("Harborview Imaging", "SPECIALTY")],
     ["imaging"], "The named test and the imaging center's name go; the time and floor survive. The prep note is generic."),
    ("ne0018", "Appt confirmed for Gloria Benavides DOB 07/19/1951 - " + LDEC + ", Mon 4/20 9am. Reply C.",
     "BLOCK", "confirmation", "sms", "en",
     [("Gloria Benavides", "NAME"), ("07/19/1951", "DATE"), (LDEC, "SPECIALTY"), ("4/20", "DATE")],
     ["primary-care", "dob"], "Full date of birth with the patient's name must never travel by text (README)."),
    ("ne0019", "Recordatorio: cita el 2 de abril a las 11:00 con la Dra. Herrera en Clinica Los Alamos, 880 Calle Mesa, Suite 4, El Paso TX. Si no puede venir, llame al 915-555-0163.",
     "ALLOW", "reminder", "sms", "es",
     [("2 de abril", "DATE"), ("Dra. Herrera", "PROVIDER"), ("880 Calle Mesa, Suite 4, El Paso TX", "ADDRESS"), ("915-555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "The clinic's own address and phone, provider, date and time; written without accents as staff often do."),
    ("ne0020", "Happy 94th birthday, Mrs. Albright! Just a reminder your thyroid check with Dr. Amsel is next Thursday at 10. - Harborview Endocrinology",
     "REWRITE", "reminder", "sms", "en",
     [("94th", "AGE"), ("Albright", "NAME"), ("thyroid", "SPECIALTY"), ("Dr. Amsel", "PROVIDER"), ("Harborview Endocrinology", "SPECIALTY")],
     ["primary-care", "age-over-89"], "Age over 89 and name go, as do the thyroid label and the endocrinology name; 'next Thursday at 10 with Dr. Amsel' survives."),
)

# ---------------------------------------------------------------- batch 2 (ne0021-ne0036): A1c, thyroid labs, results
add(
    ("ne0021", "Northfield Medical Group: You have new test results in your patient portal. Log in at portal.northfieldmg.example.com to view. Please do not reply to this text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.northfieldmg.example.com", "URL")],
     ["lab", "practice-contact"], "Notification without PHI: that results are ready, not what; the practice's own portal link."),
    ("ne0022", "Your A1c and TSH results are ready. Log in to the Harborview Endocrinology portal to review them.",
     "REWRITE", "portal-notice", "sms", "en",
     [("A1c", "PROCEDURE"), ("TSH", "PROCEDURE"), ("Harborview Endocrinology", "SPECIALTY")],
     ["lab"], "The test names and the endocrinology name go; 'your results are ready in the portal' survives."),
    ("ne0023", "Hi Linh, your A1c came back at 7.9%, up from 7.1% in Jan. Dr. Okafor wants to bump your metfromin to 1000mg twice a day. Call us w/ questions.",
     "BLOCK", "result", "sms", "en",
     [("Linh", "NAME"), ("A1c", "PROCEDURE"), ("7.9%", "RESULT"), ("7.1%", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("metfromin", "MEDICATION")],
     ["lab", "shorthand", "typo", "contrast"], "Result values and a dose change are the message; removal leaves nothing (the misspelt metformin is still the drug). Same content as ne0027 on the portal."),
    ("ne0024", "Sr. Ramirez, sus resultados: TSH 6.8 (alto). La doctora quiere repetir el examen de tiroides en 6 semanas. Clinica Los Alamos",
     "BLOCK", "result", "sms", "es",
     [("Ramirez", "NAME"), ("TSH", "PROCEDURE"), ("6.8", "RESULT"), ("alto", "RESULT"), ("examen de tiroides", "PROCEDURE")],
     ["lab"], "A thyroid lab value with its flag: a result is BLOCK."),
    ("ne0025", "Good news! Your thyroid panel was normal. No changes to your levothyroxine. See you in 6 months.",
     "BLOCK", "result", "push", "en",
     [("thyroid panel", "PROCEDURE"), ("normal", "RESULT"), ("levothyroxine", "MEDICATION")],
     ["lab"], "A normal result is still a result (README), and the lock-screen preview names the medication."),
    ("ne0026", "We haven't received your lab results yet from Quarry Lane Lab. We'll text you when they're in - no action needed.",
     "ALLOW", "result", "sms", "en", [],
     ["lab", "hard-negative"], "'No results yet' with no test named is ALLOW (README); a generic lab name."),
    ("ne0027", "Hi Linh, your A1c from 3/3 is 7.9%, a bit higher than January's 7.1%. Dr. Okafor would like to increase metformin to 1000 mg twice daily starting this week. Please send us a message if you have any side effects. \u2014 Pinecrest Care Team",
     "ALLOW", "result", "portal", "en",
     [("Linh", "NAME"), ("A1c", "PROCEDURE"), ("3/3", "DATE"), ("7.9%", "RESULT"), ("7.1%", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("metformin", "MEDICATION")],
     ["lab", "contrast"], "Inside the secure portal a result and a dose change may stay (README channel convention); same content as ne0023 by SMS."),
    ("ne0028", "Hi, this message is for Carl Jensen. This is Beth, the nurse at Northfield Medical Group. Your fasting glucose was 188 and your A1c was 8.4, so the doctor wants you to start metformin. Please call us back at 608-555-0120.",
     "BLOCK", "result", "voice", "en",
     [("Carl Jensen", "NAME"), ("Beth", "PROVIDER"), ("fasting glucose", "PROCEDURE"), ("188", "RESULT"), ("A1c", "PROCEDURE"), ("8.4", "RESULT"), ("metformin", "MEDICATION"), ("608-555-0120", "PHONE")],
     ["lab", "practice-contact"], "A voicemail with values and a new treatment: voice is treated like SMS (overheard), results are BLOCK."),
    ("ne0029", "Quarry Lane Lab: your lipid panel + A1c draw is set for Sat 3/14 7:00am at 210 Quarry Ln, Madison WI. Nothing to eat after midnight; water is ok.",
     "REWRITE", "reminder", "sms", "en",
     [("lipid panel", "PROCEDURE"), ("A1c", "PROCEDURE"), ("3/14", "DATE"), ("210 Quarry Ln, Madison WI", "ADDRESS")],
     ["lab", "practice-contact"], "Test names go; the lab's own address, date, time and fasting prep survive."),
    ("ne0030", "Hola Jorge, ya estan listos sus resultados de hemoglobina A1c. Puede verlos en el portal: portal.alamos.example.org",
     "REWRITE", "portal-notice", "sms", "es",
     [("Jorge", "NAME"), ("hemoglobina A1c", "PROCEDURE"), ("portal.alamos.example.org", "URL")],
     ["lab", "practice-contact"], "Name and test name go; the clinic's portal link without a token stays."),
    ("ne0031", "Subject: Your recent lab results\n\nDear Ms. Kowalski,\n\nDr. Lindqvist has reviewed your labs from March 2. Your free T4 was 0.6 ng/dL (L) and TSH 9.2 mIU/L (H), which is consistent with hypothyroidism. We will start levothyroxine 50 mcg daily; your prescription has been sent to Birchwood Pharmacy.\n\nPlease repeat labs in 6 weeks.\n\nLDEC\n(608) 555-0139".replace("LDEC", LDEC),
     "BLOCK", "result", "email", "en",
     [("Kowalski", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("March 2", "DATE"), ("free T4", "PROCEDURE"), ("0.6 ng/dL", "RESULT"), ("0.6 ng/dL ([[L]])", "RESULT"), ("TSH", "PROCEDURE"), ("9.2 mIU/L", "RESULT"), ("9.2 mIU/L ([[H]])", "RESULT"), ("hypothyroidism", "CONDITION"), ("levothyroxine 50 mcg", "MEDICATION"), (LDEC, "SPECIALTY"), ("(608) 555-0139", "PHONE")],
     ["lab", "practice-contact"], "Results letter by e-mail (treated like SMS): values, flags, a diagnosis and a new prescription."),
    ("ne0032", "Hi Mrs. Patel, Arjun's A1c from his school physical came back at 6.1, which is in the prediabetes range. Dr. Bhatt would like to see him in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Patel", "NAME"), ("Arjun", "NAME"), ("A1c", "PROCEDURE"), ("6.1", "RESULT"), ("prediabetes", "CONDITION"), ("Dr. Bhatt", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "lab"], "A child's result and finding sent to the parent: third party's health is BLOCK."),
    ("ne0033", "Lab hours change: starting Monday our draw station opens at 6:30 AM for patients who need fasting labs. No appointment needed.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Broadcast about opening hours; 'fasting labs' is generic and says nothing about the recipient."),
    ("ne0034", "New message from Dr. Okafor: your thyroid biopsy came back benign. Tap to read the full note in the secure portal.",
     "BLOCK", "result", "push", "en",
     [("Dr. Okafor", "PROVIDER"), ("thyroid biopsy", "PROCEDURE"), ("benign", "RESULT")],
     ["imaging"], "A benign biopsy result in a push preview: a result is BLOCK even when the rest of the text points to the portal."),
    ("ne0035", "Buenas tardes, su azucar en ayunas salio en 210 y la A1c en 9.3. Necesita subir la insulina a 22 unidades en la noche. Cualquier duda llame al 915-555-0163.",
     "BLOCK", "result", "sms", "es",
     [("azucar en ayunas", "PROCEDURE"), ("210", "RESULT"), ("A1c", "PROCEDURE"), ("9.3", "RESULT"), ("insulina", "MEDICATION"), ("915-555-0163", "PHONE")],
     ["lab", "practice-contact"], "Values and a dosing instruction, no name: still BLOCK, the clinical content is the message."),
    ("ne0036", "Time for your 3-month A1c! Book online at lakesidedec.example.com/book or reply BOOK. - " + LDEC,
     "REWRITE", "recall", "sms", "en",
     [("A1c", "PROCEDURE"), ("lakesidedec.example.com/book", "URL"), (LDEC, "SPECIALTY")],
     ["lab", "practice-contact"], "Recall survives without the test name and the diabetes-named practice; the practice's booking link (no token) stays."),
)

# ---------------------------------------------------------------- batch 3 (ne0037-ne0052): CGM and pump supplies, device alerts
add(
    ("ne0037", "GlucoLink Supply: Your CGM sensors (3-pack) shipped today via UPS, tracking 1Z999AA10123456784. Reply HELP for support.",
     "REWRITE", "other", "sms", "en",
     [("GlucoLink Supply", "SPECIALTY"), ("CGM sensors", "PROCEDURE"), ("1Z999AA10123456784", "OTHER_ID")],
     ["pharmacy", "identifier"], "Diabetes-supplier name and device go; judgement: a carrier tracking number leads to the shipment and address, so OTHER_ID."),
    ("ne0038", "Time to reorder! Your pump supplies (infusion sets + reservoirs) are eligible for refill on 4/1. Reply YES to ship to your address on file.",
     "REWRITE", "reminder", "sms", "en",
     [("pump", "PROCEDURE"), ("infusion sets", "PROCEDURE"), ("reservoirs", "PROCEDURE"), ("4/1", "DATE")],
     ["pharmacy"], "Resupply notice: device words go, 'your supplies are eligible for refill on 4/1' survives."),
    ("ne0039", "Sensor alert: your glucose is 54 mg/dL and falling. Eat 15g of fast-acting carbs and recheck in 15 minutes.",
     "BLOCK", "care-instructions", "push", "en",
     [("Sensor", "PROCEDURE"), ("glucose", "PROCEDURE"), ("54 mg/dL", "RESULT"), ("falling", "RESULT")],
     ["home-health"], "A live glucose value and treatment instruction on a lock screen: BLOCK."),
    ("ne0040", "Valley Pump & Well Repair: your service tech will arrive between 1-3 PM Thursday to inspect the pressure tank. Reply R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "A well-pump repair appointment: 'pump' in another sense; no patient, no health."),
    ("ne0041", "Hola Sr. Fuentes, sus sensores Dexcom G7 ya se enviaron a 1420 Calle Robles Apt 3, El Paso TX 79903. Llegan en 2-3 dias.",
     "REWRITE", "other", "sms", "es",
     [("Fuentes", "NAME"), ("sensores Dexcom G7", "PROCEDURE"), ("1420 Calle Robles Apt 3, El Paso TX 79903", "ADDRESS")],
     ["pharmacy"], "Name, device and the patient's home address go; 'your order shipped, arrives in 2-3 days' survives."),
    ("ne0042", "Subject: Your order has shipped\n\nHi Tamara,\n\nGood news - order #SO-448120 has shipped from Summit Medical Supply.\n\nItems: Omnipod 5 Pods (10 ct), alcohol prep pads\nShipping to: 77 Birch Hollow Rd, Verona WI 53593\nEstimated delivery: March 18\n\nQuestions? Call us at (608) 555-0175, Mon-Fri 8-6.\n\nSummit Medical Supply",
     "REWRITE", "other", "email", "en",
     [("Tamara", "NAME"), ("SO-448120", "OTHER_ID"), ("Omnipod 5 Pods", "PROCEDURE"), ("77 Birch Hollow Rd, Verona WI 53593", "ADDRESS"), ("March 18", "DATE"), ("(608) 555-0175", "PHONE")],
     ["pharmacy", "practice-contact", "identifier"], "Shipping e-mail: name, order number, insulin-pump pods and the home address go; the supplier's phone and delivery date stay. Alcohol pads are generic."),
    ("ne0043", "Summit Medical Supply: We're closed Monday for Presidents' Day. Orders placed over the weekend will ship Tuesday. Call (608) 555-0175 with questions.",
     "ALLOW", "other", "sms", "en",
     [("(608) 555-0175", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure from a generic supply company; its own phone."),
    ("ne0044", "Pump reminder: time to change your infusion set and refill your reservoir with 200 units of Humalog.",
     "BLOCK", "care-instructions", "push", "en",
     [("Pump", "PROCEDURE"), ("infusion set", "PROCEDURE"), ("reservoir", "PROCEDURE"), ("Humalog", "MEDICATION")],
     ["home-health"], "A dosing instruction (units of a named insulin) is the message: BLOCK."),
    ("ne0045", "Hi Devon, we received your pump for warranty service (serial PMP-7720-41K8). A replacement t:slim X2 pump ships tomorrow by overnight courier.",
     "REWRITE", "other", "sms", "en",
     [("Devon", "NAME"), ("pump", "PROCEDURE"), ("PMP-7720-41K8", "DEVICE_ID"), ("t:slim X2 pump", "PROCEDURE")],
     ["pharmacy", "identifier"], "Name, the device and its serial go; 'your replacement ships tomorrow' survives. A device fault is not a health finding."),
    ("ne0046", "Su bomba de insulina marco glucosa de 320. Cambie el sitio de infusion y aplique 4 unidades de correccion. Si tiene vomito vaya a urgencias.",
     "BLOCK", "care-instructions", "sms", "es",
     [("bomba de insulina", "PROCEDURE"), ("glucosa", "PROCEDURE"), ("320", "RESULT"), ("sitio de infusion", "PROCEDURE"), ("vomito", "CONDITION")],
     ["home-health"], "A glucose value with correction-dose and symptom instructions: BLOCK."),
    ("ne0047", "Your order is on its way! Track it anytime in the app. Need to change delivery? Reply CHANGE. - Summit Medical Supply",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Shipping notice that names no item and no person; generic supplier name."),
    ("ne0048", "This is an automated call from GlucoLink Supply. Your insurance requires a new prescription before we can ship your next 90-day supply of test strips and lancets. Please ask your doctor to fax it to 608-555-0188.",
     "REWRITE", "other", "voice", "en",
     [("GlucoLink Supply", "SPECIALTY"), ("test strips", "PROCEDURE"), ("lancets", "PROCEDURE"), ("608-555-0188", "FAX")],
     ["pharmacy", "practice-contact"], "Supplier name and diabetes supplies go; the supplier's own fax number stays."),
    ("ne0049", "Your replacement CGM transmitter, SN 8RX-44719-Q, is registered to your account. Pair it within 7 days.",
     "REWRITE", "other", "sms", "en",
     [("CGM transmitter", "PROCEDURE"), ("8RX-44719-Q", "DEVICE_ID")],
     ["home-health", "identifier"], "Device serial numbers are Safe Harbor identifiers and the device reveals the condition; both go."),
    ("ne0050", "Your new Omnipod 5 settings from today's visit with Kelly Tran, RN, CDCES: basal 0.8 units/hr overnight, target 110 mg/dL, insulin-to-carb ratio 1:12. Call the clinic if you have two lows under 70 in a week.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Omnipod 5", "PROCEDURE"), ("Kelly Tran, RN", "PROVIDER"), ("CDCES", "SPECIALTY"), ("basal", "MEDICATION"), ("insulin", "MEDICATION"), ("lows", "CONDITION")],
     ["home-health", "contrast"], "Dosing settings are fine inside the secure portal (README channel convention); the same by SMS (cf. ne0051) is BLOCK."),
    ("ne0051", "Ur CGM showed lows overnight 3 nights in a row. Dr L says drop ur basal to 0.7 starting tonite & call if below 70 again.",
     "BLOCK", "care-instructions", "sms", "en",
     [("CGM", "PROCEDURE"), ("lows", "CONDITION"), ("Dr L", "PROVIDER"), ("basal", "MEDICATION")],
     ["home-health", "shorthand", "typo", "contrast"], "A device finding and a dose change in shorthand: BLOCK. The threshold 'below 70' is part of the instruction, not labelled as a value (judgement)."),
    ("ne0052", "Recordatorio: su clase de bomba de insulina es el sábado 21 de marzo a las 10:00 en el " + CDTV + ".",
     "REWRITE", "reminder", "push", "es",
     [("bomba de insulina", "PROCEDURE"), ("21 de marzo", "DATE"), (CDTV, "SPECIALTY")],
     ["primary-care"], "Device class and the center's name go; date and time survive."),
)

# ---------------------------------------------------------------- batch 4 (ne0053-ne0066): insulin and thyroid medications, refills, pickups
add(
    ("ne0053", "Birchwood Pharmacy: Your insulin glargine (Lantus SoloStar) is ready for pickup at 1880 Market St, Madison WI. Rx# 6620148. Open until 9pm.",
     "REWRITE", "pickup", "sms", "en",
     [("insulin glargine", "MEDICATION"), ("Lantus SoloStar", "MEDICATION"), ("1880 Market St, Madison WI", "ADDRESS"), ("6620148", "OTHER_ID")],
     ["pharmacy", "practice-contact", "identifier"], "Medication names in a pickup notice go, and the Rx number is not needed; the pharmacy's own address stays."),
    ("ne0054", "Birchwood Pharmacy: Your prescription is ready for pickup. Open until 9pm today. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice without the drug name: the safe pattern."),
    ("ne0055", "Farmacia La Esquina: Hola Marta, su levotiroxina 88 mcg esta lista para recoger. Horario 9am-7pm.",
     "REWRITE", "pickup", "sms", "es",
     [("Marta", "NAME"), ("levotiroxina 88 mcg", "MEDICATION")],
     ["pharmacy"], "Name and the thyroid medication with its strength go; the pickup notice survives."),
    ("ne0056", "Your Ozempic 1 mg pen is ready at the Birchwood Pharmacy drive-thru.",
     "REWRITE", "pickup", "push", "en",
     [("Ozempic 1 mg pen", "MEDICATION")],
     ["pharmacy"], "Drug, strength and form in a lock-screen preview go; 'your prescription is ready' survives."),
    ("ne0057", "Per Dr. Amsel: take your levothyroxine on an empty stomach 30-60 min before breakfast, and don't take it with your calcium or iron. Recheck TSH in 6 wks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Amsel", "PROVIDER"), ("levothyroxine", "MEDICATION"), ("calcium", "MEDICATION"), ("iron", "MEDICATION"), ("TSH", "PROCEDURE")],
     ["pharmacy", "shorthand"], "Dosing instructions for a named drug are the message: BLOCK."),
    ("ne0058", "Your refill request for metformin ER 500 mg was not approved - Dr. Okafor wants you to stop it until your kidney function is rechecked.",
     "BLOCK", "other", "sms", "en",
     [("metformin ER 500 mg", "MEDICATION"), ("Dr. Okafor", "PROVIDER"), ("kidney function", "PROCEDURE")],
     ["pharmacy"], "A stop-the-drug instruction tied to a test: a treatment instruction cannot be made safe by removal."),
    ("ne0059", "Your refill request was approved and sent to your pharmacy. Questions? Call Pinecrest Internal Medicine at (608) 555-0147.",
     "ALLOW", "other", "sms", "en",
     [("(608) 555-0147", "PHONE")],
     ["pharmacy", "practice-contact"], "Refill status without a drug name; generic practice and its own phone."),
    ("ne0060", "Hello, this is Birchwood Pharmacy with a message for Harold. Your prescriptions for Humalog KwikPen and pen needles are ready. Please pick up within 7 days.",
     "REWRITE", "pickup", "voice", "en",
     [("Harold", "NAME"), ("Humalog KwikPen", "MEDICATION"), ("pen needles", "PROCEDURE")],
     ["pharmacy"], "Voice pickup message: name, insulin pen and needles go; 'your prescriptions are ready' survives."),
    ("ne0061", "Sra. Ortega: la Dra. Herrera dice que baje la insulina Lantus a 14 unidades y que se chequee el azucar antes de cada comida. Gracias",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ortega", "NAME"), ("Dra. Herrera", "PROVIDER"), ("insulina Lantus", "MEDICATION"), ("azucar", "PROCEDURE")],
     ["primary-care"], "A dose change and a monitoring instruction: BLOCK."),
    ("ne0062", "Subject: Prior authorization update\n\nHello,\n\nYour insurance plan approved the prior authorization for Mounjaro 5 mg/0.5 mL for type 2 diabetes (E11.65), auth #PA-2207719, valid through 9/30. Your pharmacy can now fill the prescription.\n\nPinecrest Internal Medicine\n(608) 555-0147 | refills@pinecrest.example.com",
     "BLOCK", "other", "email", "en",
     [("Mounjaro 5 mg/0.5 mL", "MEDICATION"), ("type 2 diabetes", "CONDITION"), ("E11.65", "CONDITION"), ("PA-2207719", "OTHER_ID"), ("9/30", "DATE"), ("(608) 555-0147", "PHONE"), ("refills@pinecrest.example.com", "EMAIL")],
     ["pharmacy", "practice-contact", "identifier"], "The e-mail states the diagnosis and its ICD-10 code (judgement: a diagnosis code is a CONDITION); a stated diagnosis is BLOCK. Without it, drug and auth number would have been REWRITE."),
    ("ne0063", "Hi, this is Jen at Harborview Peds. Mason's school nurse needs his glucagon order and insulin dosing sheet signed by Dr. Bhatt before Monday.",
     "BLOCK", "other", "sms", "en",
     [("Jen", "PROVIDER"), ("Harborview Peds", "SPECIALTY"), ("Mason", "NAME"), ("glucagon", "MEDICATION"), ("insulin", "MEDICATION"), ("Dr. Bhatt", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A child's medications sent to the guardian: a dependent's medication is third-party health, BLOCK (README)."),
    ("ne0064", "¡Es hora de resurtir! Responda 1 para pedir todas sus recetas elegibles. Farmacia La Esquina",
     "ALLOW", "reminder", "push", "es", [],
     ["pharmacy", "hard-negative"], "Refill prompt naming no drug; 'recetas' is generic."),
    ("ne0065", "Farmacia La Esquina: su pedido esta listo. Recuerde traer su identificacion. Gracias por su preferencia.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Pickup notice without a drug or a name."),
    ("ne0066", "Y0ur 1nsul1n pens are ready at Birchwood Pharmacy. Pick up by Fri.",
     "REWRITE", "pickup", "sms", "en",
     [("1nsul1n pens", "MEDICATION")],
     ["pharmacy", "leet"], "Leetspeak insulin with its form word: a medication in a pickup notice, disguised."),
)

# ---------------------------------------------------------------- batch 5 (ne0067-ne0078): diabetes education, nutrition, classes
add(
    ("ne0067", "Subject: Spring community classes\n\nNorthfield Medical Group is hosting free classes open to the public this spring: Eating Well on a Budget (April 7), Diabetes Prevention 101 (April 14) and Walking for Heart Health (April 21). All classes run 6-7 PM in the Community Room. Bring a friend! Register at northfieldmg.example.com/classes.",
     "ALLOW", "marketing", "email", "en",
     [("April 7", "DATE"), ("April 14", "DATE"), ("April 21", "DATE"), ("northfieldmg.example.com/classes", "URL")],
     ["general", "broadcast", "practice-contact"], "Public class calendar sent to everyone: says nothing about the recipient (README broadcasts); class dates and the practice link only."),
    ("ne0068", "Hi Rosa! You're registered for Diabetes Self-Management Education, class 2 of 4, Tue 3/17 at 5:30 PM, Room 210. See you there!",
     "REWRITE", "reminder", "sms", "en",
     [("Rosa", "NAME"), ("Diabetes Self-Management Education", "PROCEDURE"), ("3/17", "DATE")],
     ["primary-care"], "Name and the named program go (judgement: a named program is one PROCEDURE span); 'class 2 of 4, Tue 3/17, Room 210' survives."),
    ("ne0069", "Hola Don Aurelio, le esperamos en la clase de diabetes este miércoles 18 de marzo a las 6 pm en el salón comunitario. Puede traer a un familiar.",
     "REWRITE", "reminder", "sms", "es",
     [("Aurelio", "NAME"), ("diabetes", "CONDITION"), ("18 de marzo", "DATE")],
     ["primary-care"], "Name (without 'Don') and the diagnosis used as a class label go; date, time and place survive."),
    ("ne0070", "Northfield Medical Group invites everyone to our free Healthy Eating Fair on Saturday: cooking demos, recipe cards and a sugar-free dessert tasting from Crumb & Co. Bakery. Open to all.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community broadcast; 'sugar-free dessert' from a bakery is food, not a condition."),
    ("ne0071", "Your nutrition visit with Ana Reyes, RD, CDCES is tomorrow at 2 PM. Your after-dinner readings have been running 250+, so please bring 3 days of food logs.",
     "BLOCK", "reminder", "push", "en",
     [("nutrition", "PROCEDURE"), ("Ana Reyes, RD", "PROVIDER"), ("CDCES", "SPECIALTY"), ("250+", "RESULT")],
     ["primary-care"], "A reminder that quotes the patient's glucose readings: a value is BLOCK."),
    ("ne0072", "Hi Sam, welcome to the Type 1 Diabetes Transition Program! Dr. Bhatt has referred you to our adult endocrinology team now that you're turning 18. Your first visit is 6/4.",
     "REWRITE", "other", "sms", "en",
     [("Sam", "NAME"), ("Type 1 Diabetes Transition Program", "PROCEDURE"), ("Dr. Bhatt", "PROVIDER"), ("endocrinology", "SPECIALTY"), ("6/4", "DATE")],
     ["primary-care"], "Judgement: the diagnosis appears only inside the program's name, so it is a visit label; name, program and specialty go, 'your first visit is 6/4' survives. Turning 18 is not an age over 89."),
    ("ne0073", "Subject: After your visit\n\nHi Mr. Okoye,\n\nAs we discussed today, if your blood sugar drops below 70, take 4 glucose tablets, wait 15 minutes and recheck. Keep your glucagon kit in the kitchen drawer and show your wife how to use it.\n\nKelly Tran, RN, CDCES\nLDEC".replace("LDEC", LDEC),
     "BLOCK", "care-instructions", "email", "en",
     [("Okoye", "NAME"), ("blood sugar", "PROCEDURE"), ("glucose tablets", "MEDICATION"), ("glucagon kit", "MEDICATION"), ("Kelly Tran, RN", "PROVIDER"), ("CDCES", "SPECIALTY"), (LDEC, "SPECIALTY")],
     ["primary-care"], "Treatment instructions for hypoglycaemia are the message: BLOCK."),
    ("ne0074", "Reminder: class tonight 6-7:30 PM, Room 210. Parking is free after 5 in Lot T3. Text back if ur runnin late. - Kelly",
     "ALLOW", "reminder", "sms", "en",
     [("Kelly", "PROVIDER")],
     ["primary-care", "shorthand", "typo"], "An unnamed class, a room and a parking lot; the staff sender's first name is workforce (PROVIDER)."),
    ("ne0075", "Clinica Los Alamos: Feria de salud gratis el sabado 28 de marzo! Toma de presion, pruebas de azucar y clases de cocina saludable. Abierto a toda la comunidad.",
     "ALLOW", "marketing", "sms", "es",
     [("28 de marzo", "DATE")],
     ["general", "broadcast"], "Health fair for the whole community: 'pruebas de azucar' offered to all says nothing about the recipient."),
    ("ne0076", "Hi, this is Ana from Lakeside Diabetes and Endocrine Center calling for Theresa Boyle about your diabetes education class on Thursday, March 19th. Please call 608-555-0139 if you can't make it.",
     "REWRITE", "reminder", "voice", "en",
     [("Ana", "PROVIDER"), ("Lakeside Diabetes and Endocrine Center", "SPECIALTY"), ("Theresa Boyle", "NAME"), ("diabetes", "CONDITION"), ("March 19th", "DATE"), ("608-555-0139", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail: patient name, the diabetes-named center and the class label go; date and call-back number survive."),
    ("ne0077", "Hi Karen, your husband Tom's glucose log shows several readings over 300 this week. Please make sure he calls us today about his insulin.",
     "BLOCK", "other", "sms", "en",
     [("Karen", "NAME"), ("Tom", "NAME"), ("glucose", "PROCEDURE"), ("300", "RESULT"), ("insulin", "MEDICATION")],
     ["primary-care", "third-party"], "A spouse's readings and medication sent to the recipient: third party's health is BLOCK."),
    ("ne0078", "Congrats on finishing the Diabetes Prevention Program, Luis! You lost 18 lbs (7.2%) - amazing work. Your certificate is ready at the front desk.",
     "BLOCK", "other", "push", "en",
     [("Diabetes Prevention Program", "PROCEDURE"), ("Luis", "NAME"), ("18 lbs", "RESULT"), ("7.2%", "RESULT")],
     ["primary-care"], "Weight-loss figures are measured results (judgement: RESULT); a result is BLOCK. Without them it would be REWRITE."),
)

# ---------------------------------------------------------------- batch 6 (ne0079-ne0090): billing, insurance, prior authorization
add(
    ("ne0079", "Harborview Endocrinology: Your statement is ready. Balance due: $62.40. Pay at pay.harborview.example.com or call 608-555-0152.",
     "REWRITE", "billing", "sms", "en",
     [("Harborview Endocrinology", "SPECIALTY"), ("pay.harborview.example.com", "URL"), ("608-555-0152", "PHONE")],
     ["general", "practice-contact"], "Statement notice: only the specialty in the practice name reveals anything; the payment link and phone are the practice's own."),
    ("ne0080", "Pinecrest Internal Medicine: You have a new statement. Log in to view and pay online. Questions about your bill? Reply BILL and a billing specialist will call you.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'Billing specialist' is a job title, not a medical specialty."),
    ("ne0081", "Subject: Statement for account 4408-2217\n\nDear Patricia Lowe,\n\nYour statement dated March 1 shows a balance of $145.00 for services on February 12 (continuous glucose monitor, 30-day supply). A copy was also sent to p.lowe88@example.net. Please pay by March 31 at pay.pinecrest.example.com or call (608) 555-0147.\n\nPinecrest Internal Medicine Billing",
     "REWRITE", "billing", "email", "en",
     [("4408-2217", "ACCOUNT"), ("Patricia Lowe", "NAME"), ("March 1", "DATE"), ("February 12", "DATE"), ("continuous glucose monitor", "PROCEDURE"), ("p.lowe88@example.net", "EMAIL"), ("March 31", "DATE"), ("pay.pinecrest.example.com", "URL"), ("(608) 555-0147", "PHONE")],
     ["general", "practice-contact", "identifier"], "Account number, name, the patient's own e-mail and the billed device go; amount, due date and the practice's pay link survive. Judgement: the service date goes too, the statement date may stay."),
    ("ne0082", CDTV + ": tiene un saldo de $35.00. Puede pagar en linea o llamar al (915) 555-0170. Gracias.",
     "REWRITE", "billing", "sms", "es",
     [(CDTV, "SPECIALTY"), ("(915) 555-0170", "PHONE")],
     ["general", "practice-contact"], "Balance notice: the diabetes-and-thyroid center's name goes, the rest survives."),
    ("ne0083", "Billing update for Gerald Ames, DOB 2/8/1949, SSN 078-05-1120: your Medicare secondary claim was denied. Call 608-555-0152.",
     "BLOCK", "billing", "sms", "en",
     [("Gerald Ames", "NAME"), ("2/8/1949", "DATE"), ("078-05-1120", "SSN"), ("608-555-0152", "PHONE")],
     ["general", "dob", "practice-contact"], "SSN and a full date of birth with the name must never travel by text."),
    ("ne0084", "Your plan denied the claim for your insulin pump (claim 99-3381207): they say your C-peptide of 1.4 doesn't meet Medicare criteria for type 1. We're appealing.",
     "BLOCK", "billing", "sms", "en",
     [("insulin pump", "PROCEDURE"), ("99-3381207", "OTHER_ID"), ("C-peptide", "PROCEDURE"), ("1.4", "RESULT"), ("type 1", "CONDITION")],
     ["general", "identifier"], "A denial that quotes a lab value and the diagnosis: BLOCK; a bare claim-status notice would have been REWRITE."),
    ("ne0085", "Buenas tardes, le llamamos de la oficina de facturacion de Clinica Los Alamos para Carmen Delgado, sobre su cuenta numero 5530918. Por favor llamenos al 915-555-0163.",
     "REWRITE", "billing", "voice", "es",
     [("Carmen Delgado", "NAME"), ("5530918", "ACCOUNT"), ("915-555-0163", "PHONE")],
     ["general", "practice-contact", "identifier"], "Name and account number are not needed for a call-back request; the clinic's phone stays."),
    ("ne0086", "Payment received - thank you! Your balance is now $0.00.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Payment receipt with no patient detail."),
    ("ne0087", "Subject: Insurance card needed\n\nHi Mr. Castellano,\n\nWe couldn't verify coverage for your upcoming CGM refill. The member ID we have on file is XKJ884203117, group 70214. Please upload a photo of the front and back of your current card in the portal.\n\nThanks,\nFront Desk, Pinecrest Internal Medicine",
     "REWRITE", "billing", "email", "en",
     [("Castellano", "NAME"), ("CGM", "PROCEDURE"), ("XKJ884203117", "HEALTH_PLAN_ID"), ("70214", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Name, device and member/group numbers go (group number labelled with the member ID, as on the card); 'please upload your insurance card' survives."),
    ("ne0088", "Financial assistance is available. Ask our front desk or call (608) 555-0120 to see if you qualify for reduced fees.",
     "ALLOW", "billing", "sms", "en",
     [("(608) 555-0120", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Broadcast with the practice's own phone."),
    ("ne0089", "Sra. Nuñez: su seguro no cubre la Jardiance 10 mg porque su A1c de 6.2 esta por debajo del limite. Llame al 915-555-0170 para opciones.",
     "BLOCK", "billing", "sms", "es",
     [("Nuñez", "NAME"), ("Jardiance 10 mg", "MEDICATION"), ("A1c", "PROCEDURE"), ("6.2", "RESULT"), ("915-555-0170", "PHONE")],
     ["pharmacy", "practice-contact"], "A coverage denial that quotes the A1c value: a result is BLOCK."),
    ("ne0090", "Prior auth for your Dexcom G7 is still pending with your plan. We'll text you as soon as it's approved. - Lakeside Clinic",
     "REWRITE", "other", "sms", "en",
     [("Dexcom G7", "PROCEDURE")],
     ["pharmacy"], "The device brand goes; 'your prior authorization is pending' survives."),
)

# ---------------------------------------------------------------- batch 7 (ne0091-ne0106): look-alikes, broadcasts, hard negatives
add(
    ("ne0091", "Crumb & Co. Bakery: Our sugar-free line is back! Try the new sugar-free lemon bars and keto brownies this weekend. Show this text for 10% off.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "A bakery's sugar-free line: food marketing, nobody's health."),
    ("ne0092", "SweetDrop Stevia: Zero calories, all flavor. Grab a free sample pack at any Fresh Basket store this week while supplies last.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "A sweetener brand's promotion; 'supplies' in the retail sense."),
    ("ne0093", "Subject: The Hashimotos - spring tour tickets on sale!\n\nThe Hashimotos are back with their new album \"Butterfly Gland\" and a 12-city tour starting in Milwaukee. Fan-club presale starts Friday at 10 AM. Limited VIP packages include a meet-and-greet and a signed poster.\n\nSee you in the pit!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative"], "A rock band named after a thyroid disease and an album title about the gland: entertainment, no patient; a tour city is not a patient's address."),
    ("ne0094", "Sugar Rush Candy Co.: Halloween bulk bags are 2 for $15 through Sunday! Sugar-free gummies now in stock.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Candy store promotion."),
    ("ne0095", "Valley Pump & Well Repair: your invoice for the booster pump replacement is ready. Total $480. Thanks for choosing us!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A water-pump replacement invoice: 'pump replacement' in a plumbing sense."),
    ("ne0096", "Panaderia La Dulce Vida: ya tenemos pan dulce sin azucar y conchas integrales! Pedidos por el WhatsApp de la tienda. Abrimos de 6 am a 8 pm.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative"], "A bakery's sugar-free sweet bread; 'sin azucar' is about food."),
    ("ne0097", "Reminder: your appointment is Thu 4/9 at 1:20 PM with Dr. Candace Sweet at Sugar Land Family Practice. Please bring your insurance card.",
     "ALLOW", "reminder", "sms", "en",
     [("4/9", "DATE"), ("Dr. Candace Sweet", "PROVIDER")],
     ["primary-care"], "Sweet is the provider's surname and Sugar Land a city in a generic practice name; provider, date and time are allowed."),
    ("ne0098", "Northfield Medical Group: Our Sugar Hill office is closed today due to a water main break. All appointments will be seen at our Main Street location.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure broadcast; Sugar Hill is a neighbourhood, Main Street a location name of the practice."),
    ("ne0099", "Our new patient app is live! Check in, pay bills and message your care team from your phone. Download at northfieldmg.example.com/app.",
     "ALLOW", "marketing", "push", "en",
     [("northfieldmg.example.com/app", "URL")],
     ["general", "broadcast", "practice-contact"], "App announcement with the practice's own link."),
    ("ne0100", "Heads up: the garage entrance on Pancake Ave is closed for repaving. Visitors please use the side entrance by A1 Auto Body and park on Level 2.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'A1 Auto Body' is a business next door, not an A1c; a parking notice for everyone."),
    ("ne0101", "Clinica Los Alamos: a partir del lunes abrimos a las 7 am. El estacionamiento nuevo esta en la calle Azucena, junto a la Dulceria Mi Caramelo.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Hours and parking for everyone; Azucena is a street, the Dulceria a candy store."),
    ("ne0102", "Hi, this is the front desk at Pinecrest Internal Medicine calling to let you know the office will close at noon on Friday for staff training. We apologize for any inconvenience.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure call to all patients; 'staff training' is not pump training."),
    ("ne0103", "Subject: Meet our new team members\n\nWe're happy to welcome Dr. Ines Marchetti to our internal medicine team and Kelly Tran, RN to our nursing staff. Dr. Marchetti enjoys hiking the Sugar River trail and baking with her kids; Kelly spent five years at Meadowbrook Hospital. Both are accepting new patients.\n\nNorthfield Medical Group",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Ines Marchetti", "PROVIDER"), ("Kelly Tran, RN", "PROVIDER"), ("Dr. Marchetti", "PROVIDER"), ("Kelly", "PROVIDER", 1)],
     ["general", "broadcast"], "Staff introductions: clinicians are PROVIDER and allowed; internal medicine is a generic practice word; Sugar River is a trail."),
    ("ne0104", "Flu shots are now available at all Northfield locations. No appointment needed, Mon-Fri 8-5. Most insurance accepted.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast offering a service to everyone (README: flu shots available)."),
    ("ne0105", "Shuttle update: the T4 shuttle from Lot T3 to the main clinic entrance now runs every 10 min, 7 AM to 6 PM.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "T3 and T4 are a parking lot and a shuttle route, not thyroid hormones."),
    ("ne0106", "Type One Coffee Roasters: your loyalty reward is ready! Enjoy a free 12 oz latte, sweetened your way - now with SweetDrop zero-sugar syrup.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative"], "'Type One' is a coffee shop's name, not type 1 diabetes."),
)

# ---------------------------------------------------------------- batch 8 (ne0107-ne0120): long e-mails, voicemails, children, portal, disguises
add(
    ("ne0107", "Subject: Follow-up from your visit on 3/4\n\nDear Mr. Adeyemi,\n\nThank you for coming in to see Dr. Lindqvist. As discussed, your thyroid ultrasound showed a 1.8 cm nodule on the right side. Because of its size we recommend a fine-needle aspiration biopsy. We have requested prior authorization from your plan (reference PA-5519032) and will call you to schedule once approved.\n\nIn the meantime, continue your methimazole 10 mg once daily.\n\nIf you have trouble swallowing or notice new neck swelling, please call us at (608) 555-0139.\n\nWarm regards,\nLDEC\n2300 Lakeshore Dr, Suite 300, Madison WI 53705".replace("LDEC", LDEC),
     "BLOCK", "care-instructions", "email", "en",
     [("3/4", "DATE"), ("Adeyemi", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("thyroid ultrasound", "PROCEDURE"), ("1.8 cm", "RESULT"), ("nodule", "CONDITION"), ("fine-needle aspiration biopsy", "PROCEDURE"), ("PA-5519032", "OTHER_ID"), ("methimazole 10 mg", "MEDICATION"), ("trouble swallowing", "CONDITION"), ("neck swelling", "CONDITION"), ("(608) 555-0139", "PHONE"), (LDEC, "SPECIALTY"), ("2300 Lakeshore Dr, Suite 300, Madison WI 53705", "ADDRESS")],
     ["imaging", "practice-contact", "identifier", "contrast"], "An imaging finding, a planned biopsy and a dose instruction by e-mail: BLOCK. Cf. ne0119 on the portal."),
    ("ne0108", "Asunto: Resultados de su consulta\n\nEstimada Sra. Villalobos:\n\nLa Dra. Herrera reviso sus analisis del 24 de febrero. Su hemoglobina A1c fue de 10.2% y su colesterol LDL de 164 mg/dL. Esto indica que su diabetes no esta controlada. Vamos a iniciar insulina basal 10 unidades cada noche y metformina 1000 mg dos veces al dia.\n\nPor favor haga una cita de seguimiento en 2 semanas llamando al (915) 555-0170.\n\n" + CDTV,
     "BLOCK", "result", "email", "es",
     [("Villalobos", "NAME"), ("Dra. Herrera", "PROVIDER"), ("24 de febrero", "DATE"), ("hemoglobina A1c", "PROCEDURE"), ("10.2%", "RESULT"), ("colesterol LDL", "PROCEDURE"), ("164 mg/dL", "RESULT"), ("diabetes", "CONDITION"), ("no esta controlada", "RESULT"), ("insulina basal", "MEDICATION"), ("metformina 1000 mg", "MEDICATION"), ("(915) 555-0170", "PHONE"), (CDTV, "SPECIALTY")],
     ["lab", "practice-contact"], "A results letter with values, the state of the disease ('no esta controlada' as a RESULT) and new doses."),
    ("ne0109", "Hi, this is Dana, nurse at Harborview Endocrinology, calling for Mr. Russo. Your potassium came back a little low at 3.3 and your sugars were high on the last CGM download. Dr. Amsel wants you to start a potassium supplement and cut your glipizide in half. Give us a call back at 608-555-0152.",
     "BLOCK", "result", "voice", "en",
     [("Dana", "PROVIDER"), ("Harborview Endocrinology", "SPECIALTY"), ("Russo", "NAME"), ("potassium", "PROCEDURE"), ("low", "RESULT"), ("3.3", "RESULT"), ("sugars", "PROCEDURE"), ("high", "RESULT"), ("CGM", "PROCEDURE"), ("Dr. Amsel", "PROVIDER"), ("potassium supplement", "MEDICATION"), ("glipizide", "MEDICATION"), ("608-555-0152", "PHONE")],
     ["lab", "practice-contact"], "Voicemail with values, findings and dose changes: BLOCK; the call-back request alone would have been fine."),
    ("ne0110", "Hi Mrs. Greene - Zoe's thyroid levels are back and her Synthroid dose needs to go up to 50 mcg. Dr. Bhatt sent the new Rx to Birchwood Pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("Greene", "NAME"), ("Zoe", "NAME"), ("thyroid levels", "PROCEDURE"), ("Synthroid", "MEDICATION"), ("Dr. Bhatt", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "contrast"], "A child's lab follow-up and dose change sent to the parent by SMS: third party's health, BLOCK. Cf. ne0111 on the portal."),
    ("ne0111", "Zoe's TSH was 7.4 (H) at her visit on 2/20, so Dr. Bhatt increased her Synthroid to 50 mcg daily. The new prescription went to Birchwood Pharmacy. Recheck labs in 6 weeks. \u2014 Harborview Pediatric Endocrinology",
     "ALLOW", "result", "portal", "en",
     [("Zoe", "NAME"), ("TSH", "PROCEDURE"), ("7.4", "RESULT"), ("7.4 ([[H]])", "RESULT"), ("2/20", "DATE"), ("Dr. Bhatt", "PROVIDER"), ("Synthroid", "MEDICATION"), ("Harborview Pediatric Endocrinology", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "lab", "contrast"], "Judgement: a message in the parent's proxy portal account is inside the secure portal, where results and doses may stay (README channel convention)."),
    ("ne0112", "Reminder: your en\u200bdo\u200bcri\u200bno\u200blogy follow-up is Tue 3/31 at 9am with Dr. Amsel.",
     "REWRITE", "reminder", "sms", "en",
     [("en\u200bdo\u200bcri\u200bno\u200blogy", "SPECIALTY"), ("3/31", "DATE"), ("Dr. Amsel", "PROVIDER")],
     ["primary-care"], "Zero-width spaces inside 'endocrinology': the specialty still goes; date, time and provider survive."),
    ("ne0113", "Hi Marcus, your C-G-M sensor training is set for Mon 4/13 at 3pm. Reply Y to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Marcus", "NAME"), ("C-G-M sensor", "PROCEDURE"), ("4/13", "DATE")],
     ["primary-care", "spaced"], "Hyphen-spaced CGM: name and device go, 'your training is Mon 4/13 at 3pm' survives."),
    ("ne0114", "Your gluc\u043ese was 61 this morning \u2014 please eat something and recheck in 15 min.",
     "BLOCK", "care-instructions", "push", "en",
     [("gluc\u043ese", "PROCEDURE"), ("61", "RESULT")],
     ["home-health"], "A Cyrillic o inside 'glucose'; a value and an instruction: BLOCK."),
    ("ne0115", "Hi Gabriel, we mailed your new pump's welcome kit to 5512 Orchard Way, Fitchburg WI 53711. Didn't get it? Call GlucoLink Supply at 608-555-0188.",
     "REWRITE", "other", "sms", "en",
     [("Gabriel", "NAME"), ("pump", "PROCEDURE"), ("5512 Orchard Way, Fitchburg WI 53711", "ADDRESS"), ("GlucoLink Supply", "SPECIALTY"), ("608-555-0188", "PHONE")],
     ["pharmacy", "practice-contact"], "Name, device, the patient's home address and the diabetes-supplier name go; the supplier's phone stays (judgement: the patient address makes it REWRITE)."),
    ("ne0116", "Subject: November is Diabetes Awareness Month\n\nDear Northfield patients,\n\nAbout one in ten adults has diabetes, and many don't know it. This month every Northfield location offers free walk-in A1c screenings, Monday to Friday from 8 to 11 AM, for anyone 18 and older, no appointment or insurance needed. Our dietitians will also host a free cooking demo on swapping sugar for spices, and the lobby will have recipe cards from Crumb & Co. Bakery's sugar-free line.\n\nKnow someone who should come? Forward this e-mail.\n\nStay well,\nNorthfield Medical Group",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A newsletter to every patient: free screenings offered to all say nothing about the recipient (README broadcasts), so no span."),
    ("ne0117", "Hola Pedro, soy la enfermera Lupita. Si su glucosa baja de 70 tome 4 tabletas de glucosa o medio vaso de jugo y vuelva a medir en 15 minutos. Cuidese!",
     "BLOCK", "care-instructions", "sms", "es",
     [("Pedro", "NAME"), ("enfermera Lupita", "PROVIDER"), ("glucosa", "PROCEDURE"), ("tabletas de glucosa", "MEDICATION")],
     ["primary-care"], "Hypoglycaemia treatment instructions: BLOCK. The threshold 'de 70' is part of the instruction (not labelled)."),
    ("ne0118", "Hola, le recordamos que Valentina tiene cita con la endocrinóloga pediatra el 15 de abril a las 4:00 pm. Traiga el glucómetro de la niña.",
     "REWRITE", "reminder", "sms", "es",
     [("Valentina", "NAME"), ("endocrinóloga pediatra", "SPECIALTY"), ("15 de abril", "DATE"), ("glucómetro", "PROCEDURE")],
     ["pediatrics", "minor"], "A child's appointment logistics with her name, the specialty and a device: REWRITE like the patient's own (README)."),
    ("ne0119", "Hi Mr. Adeyemi, your biopsy is scheduled for 4/7 at 8 AM. Hold your methimazole that morning and take it after the procedure. Do not eat for 2 hours before. \u2014 LDEC".replace("LDEC", LDEC),
     "ALLOW", "care-instructions", "portal", "en",
     [("Adeyemi", "NAME"), ("biopsy", "PROCEDURE"), ("4/7", "DATE"), ("methimazole", "MEDICATION"), (LDEC, "SPECIALTY")],
     ["imaging", "contrast"], "Pre-procedure medication instructions inside the secure portal: ALLOW (README channel convention)."),
    ("ne0120", "Thanks for visiting Northfield Medical Group today! How did we do? Reply 1 (poor) to 5 (excellent).",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Survey after any visit; nothing about the visit type."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build
probe_lib.run(M, "ne", "probe366.jsonl")
