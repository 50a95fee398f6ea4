#!/usr/bin/env python3
"""Build corpus/probe84.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe84.py [OUT] [-v]   (default: probe84.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only. The engine was not run,
and no other corpus, build script, source file or test was read.

This round is ENDOCRINOLOGY, DIABETES TECHNOLOGY AND THYROID CARE: what endocrinology practices,
diabetes-education programs, CGM and insulin-pump companies and their supply distributors,
thyroid and osteoporosis clinics send — sensor, pod and pump-supply resupply and shipping
notices, pump-training and CGM-start visits, device alerts and data-upload reminders, A1c and
thyroid-lab reminders and results notices, dose-titration messages, prior-authorization updates,
nutrition classes and newsletters — mixing messages that reveal the recipient's condition,
device, value or drug with ones that only schedule, ship or promote, plus look-alikes ("sweet
deals", "Sugar Land", "pump up the volume", "a thyroid-shaped bow tie", a door-alarm sensor,
quiet pods and a podcast "pod", garage levels, a bone-in ham raffle). 120 messages, about 17%
Spanish, 4 disguised (spaced letters, zero-width space, leet, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "0.01 ([[low]])" searches for "0.01 (low)"
      and labels only the bracketed part "low".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tags: there is no endocrinology tag. Endocrine, diabetes, thyroid and bone-clinic
     care -> `primary-care` (chronic-disease care); drug and supply pickups or shipments from
     pharmacies, device makers and supply distributors -> `pharmacy`; lab draws and lab results
     -> `lab` (with `primary-care` when the clinic sends them); thyroid ultrasound, DEXA and
     nuclear scans -> `imaging`; alerts from a device maker's app -> `pharmacy`, like its
     shipments; diabetic eye exams -> `ophthalmology`; diabetic shoes at an orthotics shop ->
     `orthopedics`; children -> `pediatrics`; practice-wide notices -> `general`.
  2. `endocrinology`, `endocrinologist`, `endo`, `endocrine surgeon`, `nuclear medicine` are
     SPECIALTY; a practice, program-site or vendor name that names endocrinology, diabetes,
     thyroid, bone, adrenal care or infusion (`Bayview Endocrinology`, `Apex Diabetic Supply`,
     `Clínica Tiroides del Valle`, `NorthStar Infusion & Pump Supply`, `infusion suite`,
     `adrenal clinic`) is one SPECIALTY span, like `Summit Cancer Center`.
  3. Diabetes devices and supplies (CGM, sensor, transmitter, insulin pump, pods, infusion sets,
     reservoirs, meter/glucómetro, test strips, lancets) are PROCEDURE, as README's "devices are
     PROCEDURE"; `insulin pump` / `insulin pods` / `bomba de insulina` is one PROCEDURE span (a
     device, not MEDICATION + device); a CGM brand name (`Glidepath`, invented) is PROCEDURE;
     generic activity words after the device (`training`, `start visit`, `order`, `data`,
     `warranty`) stay outside.
  4. `diabetes educator` / `educadora en diabetes` and the credential CDCES are SPECIALTY (role
     words and credentials that name a specialty); `dietitian` and the credential RD are generic
     (RD goes inside the PROVIDER span like RN), as is a lifestyle `Coach`.
  5. CGM and pump alert labels and trends (`Urgent Low`, `falling`, `↑`, `alta`, `occlusion
     detected`) are RESULT; such an alert on push/SMS is BLOCK even though it is a safety alert:
     a value on a lock screen, which only an opted-in channel may carry.
  6. A carrier tracking number for a shipment to the patient is OTHER_ID (it leads to the
     delivery address); order and authorization numbers are OTHER_ID; manufacturing lot numbers
     in a recall are not labelled (they name a batch, not a person).
  7. Class and program titles (`Carb Counting 101`, `Diabetes y Alimentación`, `Diabetes
     Prevention Program`) are one PROCEDURE span. A session notice addressed to a program's
     enrolled members reveals enrollment -> REWRITE; a class advertised to the whole community
     is a broadcast -> ALLOW with no service span.
  8. Broadcasts carry no service span (README), but PROVIDER and the practice's own contact
     spans are still labelled in them, as everywhere else.
  9. A practice location named by its city (`Sugar Land office`) is not labelled: it is the
     practice's site, not the patient's geography, and not a street address.
 10. Instructions to stop or hold a drug or supplement, or to start a special diet, before a
     test (biotin before TSH, methimazole and low-iodine diet before an uptake scan) are
     treatment instructions -> BLOCK; generic fasting before a blood draw with no test named,
     and drinking fluids before an infusion, are logistics (they reveal nothing by themselves).
 11. A dependent's visit named by a condition-revealing device or test (`Lily's CGM training`)
     is BLOCK like README's `Sofia's asthma check`; a dependent's visit at a named endocrinology
     practice without device, test or condition is REWRITE.
 12. Dose amounts, insulin-to-carb ratios, correction-scale rows and targets (`under 130`) are
     not labelled (README: a dose written elsewhere is not part of the span); measures named as
     such (`glucose`, `sugars`, blood-sugar `azúcar`, `time in range`, `cetonas`, `ketones`) are
     PROCEDURE like `A1c`; a test named with its organ (`thyroid antibody test`, `perfil
     tiroideo`, `control de tiroides`) is one PROCEDURE span.
 13. A prior-authorization approval that names the drug or device is REWRITE (the approval
     survives without the name); a denial that states the clinical reasons is BLOCK.
 14. A condition-named fitting or exam (`diabetic shoe fitting`, `diabetic eye exam`) is one
     PROCEDURE span (like README's `diabetic foot exam`).
 15. Purposes: shipped or ready supplies -> `pickup`; reorder prompts -> `reminder`; device
     alerts, recalls, prior authorization and referrals -> `other`.

Everything is invented: names, practices, vendors and the CGM brand `Glidepath`, 555-01xx
numbers, example.* domains, identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ci0001-ci0012): resupply, shipping, recalls, look-alikes
add(
    ("ci0001", "Apex Diabetic Supply: Time to reorder! Your 90-day supply of CGM sensors is eligible to ship on 6/12. Reply YES to confirm or call 1-800-555-0142. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Apex Diabetic Supply", "SPECIALTY"), ("CGM sensors", "PROCEDURE"), ("6/12", "DATE"), ("1-800-555-0142", "PHONE")],
     ["pharmacy", "practice-contact"], "Judgement (decisions 2, 3): the distributor's name and the device reveal diabetes; the reorder prompt, ship date and the vendor's own phone survive."),
    ("ci0002", "Your order of 10 insulin pods shipped today via UPS. Tracking #1Z84V2E90355182046. Questions about your order? Call 888-555-0163, 8am-8pm ET.",
     "REWRITE", "pickup", "sms", "en",
     [("insulin pods", "PROCEDURE"), ("1Z84V2E90355182046", "OTHER_ID"), ("888-555-0163", "PHONE")],
     ["pharmacy", "practice-contact"], "Judgement (decisions 3, 6): insulin pods are one device span; a tracking number leads to the patient's delivery address, so it is OTHER_ID and goes. 'Shipped today' and the vendor phone survive."),
    ("ci0003", "Brookside Medical Group: the door sensor at our north entrance is being replaced Thursday morning, so the automatic doors will be off until noon. Please use the main lobby doors. Sorry for the hassle!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A door-alarm sensor, not a glucose sensor; facilities notice to everyone."),
    ("ci0004", "Distribuidora MedSur: su pedido de tiras reactivas y lancetas está listo para enviarse. Responda SI para confirmar su dirección de entrega o llame al 786-555-0118. Para no recibir más mensajes responda ALTO.",
     "REWRITE", "reminder", "sms", "es",
     [("tiras reactivas", "PROCEDURE"), ("lancetas", "PROCEDURE"), ("786-555-0118", "PHONE")],
     ["pharmacy", "practice-contact"], "Judgement (decision 3): test strips and lancets are diabetes supplies (PROCEDURE); the generic distributor name, the order prompt and its phone survive."),
    ("ci0005", "Subject: Your pump supply order SO-4471823 is on its way\n\nHi Marcus,\n\nThanks for ordering through CareLink Medical Supply. Your shipment left our Memphis warehouse today and should arrive in 2-3 business days:\n- Infusion sets, 6 mm cannula, 23-inch tubing (2 boxes of 10)\n- Reservoirs, 3 mL (2 boxes of 10)\n- IV prep wipes (1 box)\n\nThese are matched to your insulin pump (serial PX-220-93817). We billed your plan, member ID XHT449201733, and your estimated share is $38.60.\n\nIf anything is missing, call us at 901-555-0137 (Mon-Fri 8-6 CT) or reply to this email. Please never send card numbers by email.\n\nThe CareLink Team\ncarelinkmed.example",
     "REWRITE", "pickup", "email", "en",
     [("pump", "PROCEDURE"), ("SO-4471823", "OTHER_ID"), ("Marcus", "NAME"), ("Infusion sets", "PROCEDURE"), ("Reservoirs", "PROCEDURE"),
      ("insulin pump", "PROCEDURE"), ("PX-220-93817", "DEVICE_ID"), ("XHT449201733", "HEALTH_PLAN_ID"), ("901-555-0137", "PHONE"), ("carelinkmed.example", "URL")],
     ["pharmacy", "identifier", "practice-contact"], "Shipping e-mail: name, device and supply words, pump serial, member ID and order number go; the shipment notice, amount and the vendor's contact details survive. Judgement (decisions 3, 6): the order number is OTHER_ID; the vendor's warehouse city is not labelled."),
    ("ci0006", "New episode of the Maple Grove Health pod is up! Dr. Ellis and our head chef talk about packing school lunches kids will actually eat. Listen at maplegrovehealth.example/pod",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Ellis", "PROVIDER"), ("maplegrovehealth.example/pod", "URL")],
     ["general", "broadcast", "practice-contact"], "A podcast 'pod', not an insulin pod; broadcast with a provider name and the practice's own link (decision 8)."),
    ("ci0007", "Sweet deals this Saturday only at the Riverside Pharmacy front store: 2-for-1 sunscreen, 30% off reading glasses and greeting cards. Show this text at checkout. Txt STOP to quit.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Front-store promotion; 'sweet' is not sugar, nothing about the recipient."),
    ("ci0008", "Urgent Low: 51 mg/dL and falling. Check your glucose and treat now.",
     "BLOCK", "other", "push", "en",
     [("Urgent Low", "RESULT"), ("51 mg/dL", "RESULT"), ("falling", "RESULT"), ("glucose", "PROCEDURE")],
     ["pharmacy"], "A CGM glucose value with its alert label and trend on a lock screen is a result plus a treatment instruction. Judgement (decision 5): BLOCK under the default policy even though it is a safety alert; only an opted-in channel may carry it."),
    ("ci0009", "Reminder: your transmitter (SN 8KR2-55X1) expires in 14 days. Order a replacement at glidepathhealth.example/reorder or call 877-555-0190.",
     "REWRITE", "reminder", "sms", "en",
     [("transmitter", "PROCEDURE"), ("8KR2-55X1", "DEVICE_ID"), ("glidepathhealth.example/reorder", "URL"), ("877-555-0190", "PHONE")],
     ["pharmacy", "identifier", "practice-contact"], "The CGM transmitter and its serial go (decision 3); the reorder prompt with the vendor's link and phone survives."),
    ("ci0010", "Consultorio Médico Las Palmas: le recordamos su cita con el Dr. Ibarra el jueves 14 de marzo a las 9:15 a. m. Llegue 15 minutos antes. Para cambiarla llame al 915-555-0127.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Ibarra", "PROVIDER"), ("14 de marzo", "DATE"), ("915-555-0127", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice, provider, date, time and the practice's phone only."),
    ("ci0011", "Subject: Important product notice\n\nDear Glidepath customer,\n\nWe have found that some sensors from lots 4417A through 4421C may show readings higher than your actual glucose. Please check the lot number on your carton. If your sensors are from an affected lot, stop using them and call 877-555-0190 for a free replacement. You do not need to return them.\n\nFull details: glidepathhealth.example/notice\n\nWe're sorry for the trouble.\nGlidepath Customer Care",
     "REWRITE", "other", "email", "en",
     [("Glidepath", "PROCEDURE"), ("sensors", "PROCEDURE"), ("glucose", "PROCEDURE"), ("sensors", "PROCEDURE", 1), ("877-555-0190", "PHONE"),
      ("glidepathhealth.example/notice", "URL"), ("Glidepath", "PROCEDURE", 1)],
     ["pharmacy", "practice-contact"], "Recall sent only to users of the sensor reveals CGM use; the 'important product notice, call us' purpose survives. Judgement (decisions 3, 6): the CGM brand is PROCEDURE; lot numbers name a batch and are not labelled."),
    ("ci0012", "Corner Drug Pharmacy: 2 prescriptions are ready for pickup at the Oak St store. Pickup hours 9am-9pm daily. Reply HELP for help, STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice without drug names; a store named by its street is the pharmacy's location, not the patient's."),
)

# ---------------------------------------------------------------- batch 2 (ci0013-ci0024): pump training, CGM starts, device alerts, uploads
add(
    ("ci0013", "Hi Priya! This is Jen from Bayview Endocrinology. Your pump training with our diabetes educator is set for Tue 8/19 at 1pm. Please bring your pump, your supplies and a snack. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("Jen", "PROVIDER"), ("Bayview Endocrinology", "SPECIALTY"), ("pump", "PROCEDURE"), ("diabetes educator", "SPECIALTY"),
      ("8/19", "DATE"), ("pump", "PROCEDURE", 1)],
     ["primary-care"], "Training logistics survive once the name, the endocrinology name, the device and the educator role go. Judgement (decisions 2-4): 'diabetes educator' is a SPECIALTY role word; 'training' stays outside the device span."),
    ("ci0014", "CGM start visit confirmed: Wed 10/1, 10:30 AM with Kayla Brooks, RN, CDCES at Summit Diabetes Center, Suite 210. Please don't insert a sensor before the visit - we'll do it together.",
     "REWRITE", "confirmation", "sms", "en",
     [("CGM", "PROCEDURE"), ("10/1", "DATE"), ("Kayla Brooks, RN", "PROVIDER"), ("CDCES", "SPECIALTY"), ("Summit Diabetes Center", "SPECIALTY"), ("sensor", "PROCEDURE")],
     ["primary-care"], "Confirmation of date, time and clinician survives; the device, the diabetes credential and centre name go. Judgement (decisions 3, 4): CDCES is a SPECIALTY credential like DDS; 'start visit' is generic."),
    ("ci0015", "Reminder for your visit tomorrow: please upload your pump and meter data from home (steps at tidewaterhealth.example/upload) or come 20 min early so we can download it. Questions? (757) 555-0134",
     "REWRITE", "reminder", "sms", "en",
     [("pump", "PROCEDURE"), ("meter", "PROCEDURE"), ("tidewaterhealth.example/upload", "URL"), ("(757) 555-0134", "PHONE")],
     ["primary-care", "practice-contact"], "Data-upload reminder: the device words reveal diabetes; 'upload your device data or come early' survives with the practice's link and phone."),
    ("ci0016", "Pump alert: low reservoir. Open the app for details.",
     "REWRITE", "other", "push", "en",
     [("Pump", "PROCEDURE"), ("reservoir", "PROCEDURE")],
     ["pharmacy"], "Judgement: a device-state alert (no clinical value) on a lock screen reveals an insulin pump; 'Device alert: open the app for details' keeps the purpose."),
    ("ci0017", "Pump alert: occlusion detected. Insulin delivery stopped at 2:14 PM. Check your infusion site and blood glucose now.",
     "BLOCK", "other", "push", "en",
     [("Pump", "PROCEDURE"), ("occlusion detected", "RESULT"), ("Insulin", "MEDICATION"), ("infusion site", "PROCEDURE"), ("blood glucose", "PROCEDURE")],
     ["pharmacy"], "A device finding (stopped insulin delivery) plus what to check now is clinical content; removing it leaves nothing. Judgement (decision 5): alert findings are RESULT."),
    ("ci0018", "Your 14-day CGM report was reviewed by Dr. Haddad: time in range 68%, up from 55% last visit. No changes to your settings for now - keep up the good work!",
     "ALLOW", "result", "portal", "en",
     [("CGM", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("time in range", "PROCEDURE"), ("68%", "RESULT"), ("55%", "RESULT")],
     ["primary-care", "contrast"], "Inside the secure portal a reviewed CGM report may carry its values (README: channel portal). Same text by SMS is ci0019."),
    ("ci0019", "Your 14-day CGM report was reviewed by Dr. Haddad: time in range 68%, up from 55% last visit. No changes to your settings for now - keep up the good work!",
     "BLOCK", "result", "sms", "en",
     [("CGM", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("time in range", "PROCEDURE"), ("68%", "RESULT"), ("55%", "RESULT")],
     ["primary-care", "contrast"], "The same report by SMS: the values are the message (BLOCK, send a portal notice). Judgement (decision 12): 'time in range' is a measure (PROCEDURE) and its percentages RESULT."),
    ("ci0020", "Pump up the volume! The Lakeshore Health Walk-a-thon is Saturday at Shoreline Park - DJ, face painting and free water for all. Bring the whole family.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Pump up the volume' is not an insulin pump; community event for everyone."),
    ("ci0021", "Sra. Beltrán, su sensor registró hipoglucemias nocturnas 3 noches esta semana. La educadora en diabetes le pide bajar la basal de 12 a 4 am a 0.6 u/h y avisarnos el lunes.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Beltrán", "NAME"), ("sensor", "PROCEDURE"), ("hipoglucemias nocturnas", "CONDITION"), ("educadora en diabetes", "SPECIALTY"), ("basal", "MEDICATION")],
     ["primary-care"], "A finding from the sensor and a pump dose change are the message. Judgement (decisions 4, 12): the basal (insulin) is MEDICATION, the rate itself is not labelled."),
    ("ci0022", "Hello, this is Northside Medical Associates calling to remind you of your appointment with Doctor Faulkner on Monday, June 9th at 3:40 PM. To confirm press 1, to speak with our staff press 0. Goodbye.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Faulkner", "PROVIDER"), ("June 9th", "DATE")],
     ["primary-care"], "IVR reminder from a generic practice: provider, date and time only."),
    ("ci0023", "Your insulin pump warranty ends 11/30. Trade up to our newest model for $0 with most plans - see if you qualify at solacepumps.example/upgrade",
     "REWRITE", "marketing", "sms", "en",
     [("insulin pump", "PROCEDURE"), ("11/30", "DATE"), ("solacepumps.example/upgrade", "URL")],
     ["pharmacy"], "Targeted upgrade offer reveals the recipient's device; the warranty date and offer survive. The vendor's own link is labelled URL though its domain names pumps."),
    ("ci0024", "New at our Westside office: quiet pods in the lobby for video visits and phone calls. Ask the front desk for a key card.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Lobby 'pods' are booths, not insulin pods."),
)

# ---------------------------------------------------------------- batch 3 (ci0025-ci0036): A1c and thyroid-lab reminders, first results
add(
    ("ci0025", "Time for your A1c! Stop by our lab any weekday 7-11am, no appointment needed. - Crestview Internal Medicine",
     "REWRITE", "recall", "sms", "en",
     [("A1c", "PROCEDURE")],
     ["lab", "primary-care"], "Naming the A1c reveals diabetes monitoring; 'time for your lab work' survives."),
    ("ci0026", "It's time for your lab work. Your order is on file at Crestview Lab - walk in Mon-Fri 7-11am. Reply STOP to opt out.",
     "ALLOW", "recall", "sms", "en", [],
     ["lab", "hard-negative"], "Same recall as ci0025 with no test named: 'lab work' and a generic lab name are not revealing."),
    ("ci0027", "Reminder from Dr. Lindqvist's office: please stop your biotin supplement 3 days before your TSH and free T4 draw on 2/6, since it can throw off the results.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("biotin", "MEDICATION"), ("TSH", "PROCEDURE"), ("free T4", "PROCEDURE"), ("2/6", "DATE")],
     ["lab", "primary-care"], "Judgement (decision 10): an instruction to stop a supplement before thyroid tests is a treatment instruction, and removing it leaves no message. Biotin is MEDICATION like README's calcium supplements."),
    ("ci0028", "Clínica Tiroides del Valle le recuerda que ya le toca su perfil tiroideo. Puede pasar al laboratorio sin cita de lunes a viernes de 7 a 11.",
     "REWRITE", "recall", "sms", "es",
     [("Clínica Tiroides del Valle", "SPECIALTY"), ("perfil tiroideo", "PROCEDURE")],
     ["lab", "primary-care"], "Thyroid-clinic name and the named test go; the walk-in lab recall survives (decisions 2, 12)."),
    ("ci0029", "Please fast for 8-10 hours before your blood draw on 3/12 (water and black coffee are fine). Bring your insurance card and photo ID.",
     "ALLOW", "care-instructions", "sms", "en",
     [("3/12", "DATE")],
     ["lab"], "Judgement (decision 10): generic fasting before a blood draw with no test named reveals nothing; date only."),
    ("ci0030", "{{practice_name}}: Our records show your A1c and urine microalbumin are due. Book at {{booking_url}} or call {{practice_phone}}.",
     "REWRITE", "recall", "sms", "en",
     [("A1c", "PROCEDURE"), ("urine microalbumin", "PROCEDURE")],
     ["primary-care", "lab", "template"], "Recall template: the placeholders carry no patient data, but the fixed text names diabetes-monitoring tests."),
    ("ci0031", "Reminder: you have an appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Reminder template whose placeholders carry no patient data."),
    ("ci0032", "Hi, this message is for Gloria Estrada. This is Tanya from Lone Star Endocrine. We noticed your thyroid antibody test from last month still hasn't been drawn. Please give us a call back at 281-555-0149. Thank you.",
     "REWRITE", "recall", "voice", "en",
     [("Gloria Estrada", "NAME"), ("Tanya", "PROVIDER"), ("Lone Star Endocrine", "SPECIALTY"), ("thyroid antibody test", "PROCEDURE"), ("281-555-0149", "PHONE")],
     ["lab", "primary-care", "practice-contact"], "Voicemail can be overheard: name, endocrine practice name and the named test go; the call-back request survives."),
    ("ci0033", "Your A1c came back 9.1%. Dr. Moss would like to see you sooner, so we moved your visit to 4/3 at 9:20. Call if that doesn't work.",
     "BLOCK", "result", "sms", "en",
     [("A1c", "PROCEDURE"), ("9.1%", "RESULT"), ("Dr. Moss", "PROVIDER"), ("4/3", "DATE")],
     ["lab", "primary-care"], "A result value is the reason for the message (DESIGN: 'Your HbA1c is 7.2' is BLOCK)."),
    ("ci0034", "Your recent lab results: TSH 4.8 mIU/L (H), free T4 0.9 ng/dL. Dr. Abara's note: mildly elevated TSH, no change to your levothyroxine 75 mcg for now. We'll recheck in 8 weeks.",
     "ALLOW", "result", "portal", "en",
     [("TSH", "PROCEDURE"), ("4.8 mIU/L", "RESULT"), ("mIU/L ([[H]])", "RESULT"), ("free T4", "PROCEDURE"), ("0.9 ng/dL", "RESULT"), ("Dr. Abara", "PROVIDER"),
      ("mildly elevated", "RESULT"), ("TSH", "PROCEDURE", 1), ("levothyroxine 75 mcg", "MEDICATION")],
     ["lab", "primary-care"], "Results with values, a flag and a dose inside the secure portal are allowed (README: channel portal)."),
    ("ci0035", "Lab note from Dr. Abara: TSH normal at 2.1. Keep taking levothyroxine 88 mcg daily, no changes.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Abara", "PROVIDER"), ("TSH", "PROCEDURE"), ("normal", "RESULT"), ("2.1", "RESULT"), ("levothyroxine 88 mcg", "MEDICATION")],
     ["lab", "primary-care"], "A normal result is still a result, and 'keep taking' is a dosing instruction (README verdict conventions)."),
    ("ci0036", "Your results aren't back from the outside lab yet. We'll text you as soon as there's something new in your portal.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "'No results yet' with no test named is ALLOW (README)."),
)

# ---------------------------------------------------------------- batch 4 (ci0037-ci0048): results notices, titration, prior authorization
add(
    ("ci0037", "New result available: Thyroid ultrasound. Log in to view it at portal.pinecrestmed.example",
     "REWRITE", "portal-notice", "sms", "en",
     [("Thyroid ultrasound", "PROCEDURE"), ("portal.pinecrestmed.example", "URL")],
     ["imaging", "practice-contact"], "A results-ready notice may not name the test; 'a new result is available' with the practice's portal link survives."),
    ("ci0038", "Per Dr. Salgado: increase Lantus to 24 units at bedtime, then add 2 units every 3 days until your fasting sugars are under 130. Text us your numbers Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Salgado", "PROVIDER"), ("Lantus", "MEDICATION"), ("fasting sugars", "PROCEDURE")],
     ["primary-care"], "Insulin titration instructions are the message. Judgement (decision 12): the units and the target are not labelled; 'fasting sugars' is the measure (PROCEDURE)."),
    ("ci0039", "Don Aurelio, a partir del lunes suba la metformina a 1000 mg dos veces al dia con las comidas. Si le da diarrea, avisenos. -Dra. Quintero",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aurelio", "NAME"), ("metformina", "MEDICATION"), ("diarrea", "CONDITION"), ("Dra. Quintero", "PROVIDER")],
     ["primary-care", "typo"], "Dose increase with a side effect to watch for: a dosing instruction (BLOCK). Accents missing as staff type them; the dose is not part of the drug span."),
    ("ci0040", "Subject: Your next step with Ozempic\n\nHi Derek,\n\nGreat job finishing your first four weeks! Starting with your next pen, you'll move up from 0.25 mg to 0.5 mg once a week, on the same day as before. The new pen is at Lakeview Pharmacy and your copay card still applies.\n\nA few reminders:\n- Nausea is common for a few days after a dose increase. Eat smaller meals and stop when you feel full.\n- Keep checking your sugar before breakfast and log it in the app. If you see numbers under 70, treat with 4 oz of juice and message us.\n- Call us right away for belly pain that doesn't go away.\n\nYour next visit with Nadia Flores, PA-C is on 3/18 at 2:40 PM.\n\nWarmly,\nThe care team at Riverside Metabolic & Weight Center",
     "BLOCK", "care-instructions", "email", "en",
     [("Ozempic", "MEDICATION"), ("Derek", "NAME"), ("Nausea", "CONDITION"), ("sugar", "PROCEDURE"), ("belly pain", "CONDITION"),
      ("Nadia Flores, PA-C", "PROVIDER"), ("3/18", "DATE"), ("Riverside Metabolic & Weight Center", "SPECIALTY")],
     ["primary-care", "negation"], "A GLP-1 dose step-up with side-effect and low-sugar instructions by e-mail (treated like SMS): dosing instructions are the message. Judgement (decision 12): the doses are not labelled; symptoms named as possibilities are still CONDITION."),
    ("ci0041", "Good news: your prior authorization for Mounjaro was approved through 1/31/2026. Your pharmacy has been notified and you can fill it now. - Dr. Patel's office",
     "REWRITE", "other", "sms", "en",
     [("Mounjaro", "MEDICATION"), ("1/31/2026", "DATE"), ("Dr. Patel", "PROVIDER")],
     ["pharmacy", "primary-care"], "Judgement (decision 13): the approval survives without the drug name."),
    ("ci0042", "Update from Harbor Endocrine: BlueRidge Health Plan denied coverage for your CGM because your chart doesn't show insulin use or hypoglycemia. Dr. Chen is filing an appeal with your recent low readings attached.",
     "BLOCK", "other", "sms", "en",
     [("Harbor Endocrine", "SPECIALTY"), ("CGM", "PROCEDURE"), ("insulin", "MEDICATION"), ("hypoglycemia", "CONDITION"), ("Dr. Chen", "PROVIDER"), ("low readings", "RESULT")],
     ["primary-care", "negation"], "Judgement (decision 13): a denial that states clinical reasons (treatment, negated condition, recent low readings) cannot be made safe by removal."),
    ("ci0043", "You can now pay your bill by phone any time, day or night. Have your statement handy and choose option 3 when you call the office.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Billing convenience notice to everyone; 'option 3' is a menu choice."),
    ("ci0044", "Buenas noticias: su seguro aprobó la autorización para Prolia. En estos días lo llamamos para programar la inyección. -Clínica de Huesos San Marcos",
     "REWRITE", "other", "sms", "es",
     [("Prolia", "MEDICATION"), ("inyección", "PROCEDURE"), ("Clínica de Huesos San Marcos", "SPECIALTY")],
     ["primary-care"], "Judgement (decisions 2, 13): approval of an osteoporosis drug; the drug, the injection visit and the bone-clinic name go, 'your authorization was approved, we will call you' survives."),
    ("ci0045", "Hi Sam, Dr. Yoon looked at your pump download. Starting tonight, change your breakfast carb ratio from 1:12 to 1:10 and keep everything else the same. Message us if you have any lows over the weekend.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Sam", "NAME"), ("Dr. Yoon", "PROVIDER"), ("pump", "PROCEDURE"), ("lows", "CONDITION")],
     ["primary-care", "contrast"], "Pump-setting change inside the secure portal is allowed (README: channel portal). The same text by e-mail is ci0046. Judgement (decision 12): ratios are not labelled."),
    ("ci0046", "Hi Sam, Dr. Yoon looked at your pump download. Starting tonight, change your breakfast carb ratio from 1:12 to 1:10 and keep everything else the same. Message us if you have any lows over the weekend.",
     "BLOCK", "care-instructions", "email", "en",
     [("Sam", "NAME"), ("Dr. Yoon", "PROVIDER"), ("pump", "PROCEDURE"), ("lows", "CONDITION")],
     ["primary-care", "contrast"], "The same dosing change by e-mail (treated like SMS, README) is a treatment instruction: BLOCK, send a portal notice."),
    ("ci0047", "Dr. Farouk has sent a new prescription to your pharmacy. Please allow 1-2 buisness days before picking it up.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Farouk", "PROVIDER")],
     ["primary-care", "typo"], "Provider and a generic 'prescription' only; no drug or specialty named."),
    ("ci0048", "Mrs. Lowell, Ava's A1c was 7.4 today - a great improvement! Dr. Reyes says keep the same pump settings and we'll see her in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Lowell", "NAME"), ("Ava", "NAME"), ("A1c", "PROCEDURE"), ("7.4", "RESULT"), ("Dr. Reyes", "PROVIDER"), ("pump", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A child's result sent to the parent is a third party's health (README: BLOCK)."),
)

# ---------------------------------------------------------------- batch 5 (ci0049-ci0060): thyroid nodules, bone density, nuclear medicine
add(
    ("ci0049", "Thyroid & Parathyroid Center of Tampa: your FNA biopsy of the thyroid nodule is scheduled for 5/21 at 8:00 AM. Please arrive 20 minutes early and bring your photo ID.",
     "REWRITE", "reminder", "sms", "en",
     [("Thyroid & Parathyroid Center of Tampa", "SPECIALTY"), ("FNA biopsy", "PROCEDURE"), ("thyroid nodule", "CONDITION"), ("5/21", "DATE")],
     ["imaging", "primary-care"], "A diagnosis used as a visit label is REWRITE (DESIGN); the appointment survives without centre name, procedure and nodule."),
    ("ci0050", "Good news - your thyroid biopsy was benign (Bethesda II). No surgery needed; we'll repeat your ultrasound in 12 months.",
     "BLOCK", "result", "sms", "en",
     [("thyroid biopsy", "PROCEDURE"), ("benign", "RESULT"), ("Bethesda", "PROCEDURE"), ("II", "RESULT"), ("ultrasound", "PROCEDURE")],
     ["imaging"], "A benign pathology result is still a result (README). The Bethesda category is a scale (PROCEDURE) and its class a RESULT, like BI-RADS 4."),
    ("ci0051", "A thyroid-shaped bow tie?! Yep. Stop by our booth at the Harbor Street Fair this Saturday for trivia, free lemonade and prizes. Everyone is welcome - bring the kids!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A novelty prize at a street fair; 'thyroid' names a shape, not the recipient's gland."),
    ("ci0052", "Reminder: your bone density scan is Thu 9/4 at 7:45 AM at Westlake Imaging, 2nd floor. Wear clothes without metal zippers, snaps or buttons.",
     "REWRITE", "reminder", "sms", "en",
     [("bone density scan", "PROCEDURE"), ("9/4", "DATE"), ("Westlake Imaging", "SPECIALTY")],
     ["imaging"], "Test type and imaging-centre name go (README: imaging names are specialty-revealing); date, time and clothing tip survive."),
    ("ci0053", "Your DEXA shows osteoporosis (T-score -2.8 at the hip). Dr. Whitfield recommends starting alendronate 70 mg once a week - we'll call to go over it.",
     "BLOCK", "result", "sms", "en",
     [("DEXA", "PROCEDURE"), ("osteoporosis", "CONDITION"), ("T-score", "PROCEDURE"), ("-2.8", "RESULT"), ("Dr. Whitfield", "PROVIDER"), ("alendronate 70 mg", "MEDICATION")],
     ["imaging", "primary-care"], "Finding, score and a treatment plan are the message."),
    ("ci0054", "Sra. Paredes: su infusión anual de ácido zoledrónico quedó programada para el 8 de octubre a las 11:00 en la Unidad de Infusión, 3er piso. Tome dos vasos de agua antes de venir.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("infusión", "PROCEDURE"), ("ácido zoledrónico", "MEDICATION"), ("8 de octubre", "DATE"), ("Unidad de Infusión", "SPECIALTY")],
     ["primary-care"], "Judgement (decisions 2, 10): name, drug, infusion and the infusion unit go; date, time, floor and 'drink water before coming' (logistics) survive."),
    ("ci0055", "Your bone density report is below. Lowest T-score: -1.9 at the lumbar spine (osteopenia). Keep up calcium, vitamin D and weight-bearing exercise; we'll repeat the DEXA in 2 years. - Dr. Whitfield",
     "ALLOW", "result", "portal", "en",
     [("bone density", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-1.9", "RESULT"), ("osteopenia", "CONDITION"), ("calcium", "MEDICATION"), ("vitamin D", "MEDICATION"),
      ("DEXA", "PROCEDURE"), ("Dr. Whitfield", "PROVIDER")],
     ["imaging", "primary-care"], "Result with score, diagnosis and supplements inside the secure portal: allowed (README: channel portal). Judgement: 'bone density' report names the test (PROCEDURE)."),
    ("ci0056", "RAI prep: start your low-iodine diet on 7/7 and stop methimazole 5 days before your uptake scan on 7/14. Questions? Call the nuclear medicine desk at 602-555-0151.",
     "BLOCK", "care-instructions", "sms", "en",
     [("RAI", "PROCEDURE"), ("low-iodine diet", "PROCEDURE"), ("7/7", "DATE"), ("methimazole", "MEDICATION"), ("uptake scan", "PROCEDURE"), ("7/14", "DATE"),
      ("nuclear medicine", "SPECIALTY"), ("602-555-0151", "PHONE")],
     ["imaging", "practice-contact"], "Judgement (decision 10): a special diet and stopping an antithyroid drug before radioiodine are treatment instructions; removing them leaves no message."),
    ("ci0057", "Hello, this is Mercy Nuclear Medicine with a reminder for Pedro Alcaraz about a parathyroid sestamibi scan on Tuesday, April 22nd at 9 AM. Please plan to be with us about three hours. To reach us, call 480-555-0166.",
     "REWRITE", "reminder", "voice", "en",
     [("Mercy Nuclear Medicine", "SPECIALTY"), ("Pedro Alcaraz", "NAME"), ("parathyroid sestamibi scan", "PROCEDURE"), ("April 22nd", "DATE"), ("480-555-0166", "PHONE")],
     ["imaging", "practice-contact"], "Voice reminder: nuclear-medicine name, patient name and the named scan go; date, time, duration and phone survive."),
    ("ci0058", "Bone-in ham raffle! Drop off a canned good at any Westfield Family Practice location through Friday to enter. Winners drawn at our staff party.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A food drive; 'bone' is a cut of ham, not a bone-density clinic."),
    ("ci0059", "Hi Susan, per your request we moved your mom Della Hartmann's Prolia injection to 10/2 at 2 PM. Since she's 94 and just had a fall, please use the drop-off lane by the main doors.",
     "BLOCK", "reminder", "sms", "en",
     [("Susan", "NAME"), ("Della Hartmann", "NAME"), ("Prolia injection", "MEDICATION"), ("10/2", "DATE"), ("94", "AGE"), ("fall", "CONDITION")],
     ["primary-care", "third-party", "age-over-89"], "A parent's drug and a recent fall told to her daughter: a third party's health (README: BLOCK), plus an age over 89."),
    ("ci0060", "Subject: Welcome to Pinecrest Medical Group\n\nHello and welcome!\n\nWe're glad you chose Pinecrest Medical Group. Your first visit is with Dr. Amani Osei on 2/24 at 10:00 AM at 1180 Cedar Ridge Rd, Suite 400, Franklin, TN 37067.\n\nBefore your visit:\n- Fill out your intake forms online at pinecrestmed.example/forms (about 15 minutes).\n- Bring your insurance card, a photo ID and every medicine bottle you take, including vitamins.\n- Arrive 15 minutes early; parking is free in the garage on the east side.\n\nNeed to reschedule? Call us at 615-555-0107, or have your previous doctor fax records to 615-555-0108.\n\nWe look forward to meeting you,\nPatient Access Team\nPinecrest Medical Group",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Amani Osei", "PROVIDER"), ("2/24", "DATE"), ("1180 Cedar Ridge Rd, Suite 400, Franklin, TN 37067", "ADDRESS"), ("pinecrestmed.example/forms", "URL"),
      ("615-555-0107", "PHONE"), ("615-555-0108", "FAX")],
     ["general", "practice-contact"], "Welcome e-mail from a generic practice: provider, date and the practice's own address, link, phone and fax only; 'medicine bottle' is generic."),
)

# ---------------------------------------------------------------- batch 6 (ci0061-ci0072): nutrition classes, newsletters, programs
add(
    ("ci0061", "Free community class: Eating Well with Diabetes, Tuesday evenings in March at the Elmwood Library. Open to everyone - family and friends welcome! Sign up at elmwoodhealth.example/classes",
     "ALLOW", "marketing", "sms", "en",
     [("elmwoodhealth.example/classes", "URL")],
     ["general", "broadcast", "practice-contact"], "Judgement (decisions 7, 8): a class advertised to the whole community says nothing about the recipient; only the practice's own link is labelled."),
    ("ci0062", "You're registered for Carb Counting 101 with our dietitian on 2/11 at 6 pm (Room B). Bring you meter and a food label from something you eat often.",
     "REWRITE", "confirmation", "sms", "en",
     [("Carb Counting 101", "PROCEDURE"), ("2/11", "DATE"), ("meter", "PROCEDURE")],
     ["primary-care", "typo"], "Judgement (decisions 4, 7): the class title and the glucose meter reveal diabetes care; 'dietitian' stays generic. The registration, date and room survive."),
    ("ci0063", "Sugar Land office update: our parking lot gets restriped this Saturday, so please enter from the back lot. Thanks for your patience! - Gulf Coast Family Medicine",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Judgement (decision 9): 'Sugar Land' is the city of the practice's office, not blood sugar and not the patient's geography."),
    ("ci0064", "¡Hola Maricela! Le confirmamos su lugar en el taller Diabetes y Alimentación el sábado 15 de noviembre a las 10 am en el Centro Comunitario Norte. No olvide traer su glucómetro.",
     "REWRITE", "confirmation", "sms", "es",
     [("Maricela", "NAME"), ("Diabetes y Alimentación", "PROCEDURE"), ("15 de noviembre", "DATE"), ("glucómetro", "PROCEDURE")],
     ["primary-care"], "Judgement (decisions 3, 7): the enrolled patient's class title and her meter reveal diabetes; the confirmation, date and place survive."),
    ("ci0065", "Subject: Bayview Health Quarterly - Winter\n\nHappy winter from all of us at Bayview Health!\n\nWhat's new:\n* Meet Dr. Tomasz Wren, our new endocrinologist, who joins the Harbor Road office in January.\n* Flu shots are still available at every location, no appointment needed.\n* The lobby cafe now serves sugar-free hot cocoa (our staff taste-tested it, repeatedly).\n* Recipe corner: roasted root vegetables with rosemary, at bayviewhealth.example/recipes\n\nOur offices close at 2 PM on New Year's Eve and reopen January 2.\n\nStay warm,\nBayview Health\n(251) 555-0175",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Tomasz Wren", "PROVIDER"), ("bayviewhealth.example/recipes", "URL"), ("January 2", "DATE"), ("(251) 555-0175", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every patient: a new clinician's specialty, flu shots and a sugar-free recipe say nothing about the recipient. Judgement (decision 8): provider, date and the practice's contact details labelled, service words not."),
    ("ci0066", "Hilltop Pharmacy: your glucagon nasal powder (Baqsimi) is ready for pickup. Please pick it up by 5/9 or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("glucagon nasal powder", "MEDICATION"), ("Baqsimi", "MEDICATION"), ("5/9", "DATE")],
     ["pharmacy"], "A medication name in a pickup notice is REWRITE (DESIGN); the form word goes with the drug (README)."),
    ("ci0067", "Hi Ken, looking at your food log, your sugars spike into the 220s after breakfast. Try swapping the cereal for eggs this week and recheck 2 hrs after eating. - Rachel, RD",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ken", "NAME"), ("sugars", "PROCEDURE"), ("220s", "RESULT"), ("Rachel, RD", "PROVIDER")],
     ["primary-care"], "Glucose values and a diet change are the message. Judgement (decision 4): the RD credential stays inside the PROVIDER span like RN."),
    ("ci0068", "Sweet news! Our Elm Park clinic now has evening hours until 7 pm Tuesday through Thursday. Book online or call the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Sweet' as in good news; hours announcement for everyone."),
    ("ci0069", "Dear Diabetes Prevention Program participant: this week's group session moves to Thursday at 5:30 pm in Conference Room 2 because of the holiday. Bring your step log! - Coach Marisol",
     "REWRITE", "reminder", "sms", "en",
     [("Diabetes Prevention Program", "PROCEDURE"), ("Coach Marisol", "PROVIDER")],
     ["primary-care"], "Judgement (decisions 4, 7): a notice addressed to enrolled members reveals enrollment (prediabetes); the session change survives without the program's name. The coach is workforce (PROVIDER)."),
    ("ci0070", "Meal plan from your visit with Rachel Imes, RD: aim for 45 g of carbs per meal and 15 g per snack, and check your glucose before lunch and 2 hours after dinner for the next two weeks. Upload your readings before your 3/30 follow-up.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Rachel Imes, RD", "PROVIDER"), ("glucose", "PROCEDURE"), ("3/30", "DATE")],
     ["primary-care"], "Care instructions inside the secure portal are allowed (README: channel portal)."),
    ("ci0071", "Hola Yesenia, le habla Lupita de la clínica. Su curva de tolerancia a la glucosa salió alterada (a las 2 h: 168). La Dra. Zamora quiere verla esta semana, ¿le queda el jueves?",
     "BLOCK", "result", "sms", "es",
     [("Yesenia", "NAME"), ("Lupita", "PROVIDER"), ("curva de tolerancia a la glucosa", "PROCEDURE"), ("alterada", "RESULT"), ("168", "RESULT"), ("Dra. Zamora", "PROVIDER")],
     ["lab", "primary-care"], "An abnormal glucose-tolerance result with its value is the message (BLOCK)."),
    ("ci0072", "Subject: Holiday hours\n\nOur offices will be closed Thursday and Friday for Thanksgiving and will reopen Monday at 8 AM. Refill requests sent over the holiday will be handled in the order received. For anything urgent, call 911 or go to the nearest emergency room.\n\nHappy Thanksgiving from all of us!",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure to everyone; 911 is not a phone identifier (README)."),
)

# ---------------------------------------------------------------- batch 7 (ci0073-ci0084): disguises, children, adrenal, a long results letter
add(
    ("ci0073", "R e m i n d e r: your i n s u l i n  p u m p class is Mon at 2 pm at Coastal Diabetes Clinic. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("i n s u l i n  p u m p", "PROCEDURE"), ("Coastal Diabetes Clinic", "SPECIALTY")],
     ["primary-care", "spaced"], "Spaced-out letters hide the device from a naive matcher; the class reminder survives without device and clinic name (decisions 2, 3)."),
    ("ci0074", "Your A\u200b1c is 8.\u200b6% - please call so we can talk about raising your metf\u200bormin.",
     "BLOCK", "result", "sms", "en",
     [("A\u200b1c", "PROCEDURE"), ("8.\u200b6%", "RESULT"), ("metf\u200bormin", "MEDICATION")],
     ["primary-care", "lab"], "Zero-width spaces inside the test, the value and the drug; a result and a planned dose change are the message."),
    ("ci0075", "ur 0zemp1c refill is ready 4 pickup @ Valley Drug. reply STOP 2 end msgs",
     "REWRITE", "pickup", "sms", "en",
     [("0zemp1c", "MEDICATION")],
     ["pharmacy", "leet", "shorthand"], "Leetspeak drug name in a pickup notice: the drug goes, 'your refill is ready' survives."),
    ("ci0076", "Your \u0422SH was 0.03 (low). Please hold your lev\u043ethyroxine until Dr. Brandt calls you tomorrow.",
     "BLOCK", "result", "sms", "en",
     [("\u0422SH", "PROCEDURE"), ("0.03", "RESULT"), ("0.03 ([[low]])", "RESULT"), ("lev\u043ethyroxine", "MEDICATION"), ("Dr. Brandt", "PROVIDER")],
     ["lab", "primary-care"], "Cyrillic look-alikes (Te in TSH, o in levothyroxine); a result with its flag and a hold-your-drug instruction."),
    ("ci0077", "Riverside Children's Endocrinology: Mateo has an appointment with Dr. Sandoval on 6/30 at 3:15 PM. Please arrive 15 min early to update paperwork.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Children's Endocrinology", "SPECIALTY"), ("Mateo", "NAME"), ("Dr. Sandoval", "PROVIDER"), ("6/30", "DATE")],
     ["pediatrics", "minor"], "A dependent's logistics with a name and a specialty name only is REWRITE (README; decision 11)."),
    ("ci0078", "Lily's CGM training is Thursday 9/11 at 9 AM with our diabetes educator at the Children's Diabetes Center. A parent must attend.",
     "BLOCK", "reminder", "sms", "en",
     [("Lily", "NAME"), ("CGM", "PROCEDURE"), ("9/11", "DATE"), ("diabetes educator", "SPECIALTY"), ("Children's Diabetes Center", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "Judgement (decision 11): a named child's device training reveals her diabetes to whoever sees the phone, like README's BLOCK for 'Sofia's asthma check'."),
    ("ci0079", "Thanks for visiting us yesterday! On a scale of 0-10, how likely are you to recommend our office to a friend? Reply with a number.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Survey 'scale' and a number reply are not a measure or a result."),
    ("ci0080", "{{nombre_clinica}}: le recordamos su cita de control de tiroides el {{fecha_cita}} a las {{hora_cita}}. Traiga la lista de sus medicamentos.",
     "REWRITE", "reminder", "sms", "es",
     [("control de tiroides", "PROCEDURE")],
     ["primary-care", "template"], "Template whose fixed text names the visit type. Judgement (decision 12): 'control de tiroides' is one named visit-type span; 'medicamentos' is generic."),
    ("ci0081", "Hi Mr. Thibodeaux, this is Carla, one of the nurses at Bayou Endocrine. Your morning cortisol came back low at 2.1, so Dr. Pham wants you to start hydrocortisone, 10 milligrams in the morning and 5 in the afternoon, until your stim test next week. Please call us back at 337-555-0181.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Thibodeaux", "NAME"), ("Carla", "PROVIDER"), ("Bayou Endocrine", "SPECIALTY"), ("morning cortisol", "PROCEDURE"), ("low", "RESULT"), ("2.1", "RESULT"),
      ("Dr. Pham", "PROVIDER"), ("hydrocortisone", "MEDICATION"), ("stim test", "PROCEDURE"), ("337-555-0181", "PHONE")],
     ["lab", "primary-care", "practice-contact"], "Voicemail with a result and a new drug with its dosing: BLOCK. A nurse named as the caller is workforce (PROVIDER)."),
    ("ci0082", "Parking garage levels 3 and 4 are closed for resurfacing through Friday. Please allow a few extra minutes to park.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Garage levels, not hormone levels."),
    ("ci0083", "Glidepath: Time to change your sensor. Your new sensor needs a 30-minute warm-up before readings start.",
     "REWRITE", "reminder", "push", "en",
     [("Glidepath", "PROCEDURE"), ("sensor", "PROCEDURE"), ("sensor", "PROCEDURE", 1)],
     ["pharmacy"], "Judgement (decision 3): the CGM brand and the sensor reveal the device on a lock screen; 'time to change your device' survives."),
    ("ci0084", "Subject: Follow-up from your visit\n\nDear Ms. Kowalczyk,\n\nThank you for coming in on 1/14. As promised, here are your results: your TSH was 0.01 (low) and your free T4 was 3.2 (high), which fits an overactive thyroid. Your uptake scan showed diffuse uptake of 58%, most consistent with Graves' disease.\n\nPlan:\n1. Start methimazole 10 mg once daily.\n2. Propranolol 20 mg up to three times a day for palpitations.\n3. Labs (CBC, liver panel, TSH, free T4) in 4 weeks.\n\nCall the office at 412-555-0125 if you get a sore throat with fever, or yellowing of the skin.\n\nI know this is a lot to take in. Graves' disease is very treatable, and most people feel much better within a few weeks of starting treatment. Your follow-up visit is on 2/25 at 3:00 PM, and you can send questions any time through the patient portal, where a copy of this letter is saved.\n\nSincerely,\nDr. Helena Marsh\nAllegheny Thyroid & Endocrine Associates",
     "BLOCK", "result", "email", "en",
     [("Kowalczyk", "NAME"), ("1/14", "DATE"), ("TSH", "PROCEDURE"), ("0.01", "RESULT"), ("0.01 ([[low]])", "RESULT"), ("free T4", "PROCEDURE"), ("3.2", "RESULT"),
      ("3.2 ([[high]])", "RESULT"), ("overactive thyroid", "CONDITION"), ("uptake scan", "PROCEDURE"), ("diffuse uptake of 58%", "RESULT"), ("Graves' disease", "CONDITION"),
      ("methimazole 10 mg", "MEDICATION"), ("Propranolol 20 mg", "MEDICATION"), ("palpitations", "CONDITION"), ("CBC", "PROCEDURE"), ("liver panel", "PROCEDURE"),
      ("TSH", "PROCEDURE", 1), ("free T4", "PROCEDURE", 1), ("412-555-0125", "PHONE"), ("sore throat", "CONDITION"), ("fever", "CONDITION"),
      ("yellowing of the skin", "CONDITION"), ("Graves' disease", "CONDITION", 1), ("2/25", "DATE"), ("Dr. Helena Marsh", "PROVIDER"), ("Allegheny Thyroid & Endocrine Associates", "SPECIALTY")],
     ["lab", "imaging", "primary-care", "negation"], "Visit letter by e-mail (treated like SMS): results, diagnosis and a treatment plan are the message. Warning symptoms are named hypothetically (still CONDITION)."),
)

# ---------------------------------------------------------------- batch 8 (ci0085-ci0096): Spanish, referrals, identity checks
add(
    ("ci0085", "¡Ofertas dulces en Farmacia San Judas! Este fin de semana 2x1 en protector solar y 20% de descuento en juguetes y dulces. Muestre este mensaje en caja.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "'Dulces' are sweets and sweet deals, not blood sugar; front-store promotion for everyone."),
    ("ci0086", "Centro Médico Familiar Del Río: su cita con la Dra. Treviño es el 3 de febrero a las 8:30 a. m. Si no puede venir, llame al (956) 555-0172 para reprogramar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Treviño", "PROVIDER"), ("3 de febrero", "DATE"), ("(956) 555-0172", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice name, provider, date, time and the practice's phone."),
    ("ci0087", "Hola Don Efraín, sus sensores del monitor de glucosa ya se enviaron y llegan el viernes. Cualquier duda llame a Suministros DiabeCare al 1-888-555-0159.",
     "REWRITE", "pickup", "sms", "es",
     [("Efraín", "NAME"), ("sensores del monitor de glucosa", "PROCEDURE"), ("Suministros DiabeCare", "SPECIALTY"), ("1-888-555-0159", "PHONE")],
     ["pharmacy", "practice-contact"], "Judgement (decisions 2, 3): the device and the diabetes-supply vendor name go; 'your order shipped and arrives Friday' survives with the vendor's phone."),
    ("ci0088", "Resultado de su hemoglobina glicosilada: 10.2%. La Dra. Ruelas le subió la dosis de insulina, pase a recoger su nueva receta a recepción.",
     "BLOCK", "result", "sms", "es",
     [("hemoglobina glicosilada", "PROCEDURE"), ("10.2%", "RESULT"), ("Dra. Ruelas", "PROVIDER"), ("insulina", "MEDICATION")],
     ["lab", "primary-care"], "A1c value and a dose increase are the message."),
    ("ci0089", "Hola Sra. Cárdenas, ya están sus resultados: TSH 1.9 y T4 libre 1.2, dentro de lo normal. Siga tomando levotiroxina 50 mcg como hasta ahora. Dr. Anaya",
     "ALLOW", "result", "portal", "es",
     [("Cárdenas", "NAME"), ("TSH", "PROCEDURE"), ("1.9", "RESULT"), ("T4 libre", "PROCEDURE"), ("1.2", "RESULT"), ("dentro de lo normal", "RESULT"),
      ("levotiroxina 50 mcg", "MEDICATION"), ("Dr. Anaya", "PROVIDER")],
     ["lab", "primary-care"], "Results and a dose inside the secure portal are allowed (README: channel portal)."),
    ("ci0090", "Le llamamos de Endocrinología Integral del Norte para confirmar su cita del martes 21 de abril a las 10 de la mañana. Para confirmar oprima 1; para cambiar su cita, oprima 2.",
     "REWRITE", "confirmation", "voice", "es",
     [("Endocrinología Integral del Norte", "SPECIALTY"), ("21 de abril", "DATE")],
     ["primary-care"], "Judgement (decision 2): an endocrinology practice name reveals the service; the confirmation survives with date and time."),
    ("ci0091", "Sr. Montoya, le avisamos de la enfermería escolar: el azúcar de su hija Camila salió en 320 después del recreo. Le dimos su insulina de corrección según su plan. Por favor llámenos.",
     "BLOCK", "other", "sms", "es",
     [("Montoya", "NAME"), ("azúcar", "PROCEDURE"), ("Camila", "NAME"), ("320", "RESULT"), ("insulina", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's glucose value and insulin dose told to the parent: a third party's health (README: BLOCK). Judgement (decision 12): blood-sugar 'azúcar' is the measure."),
    ("ci0092", "Aviso: nuestras oficinas estarán cerradas el lunes por el Día del Trabajo. ¡Que pasen un feliz fin de semana largo!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure; a holiday is not a date (README)."),
    ("ci0093", "hi its Becca w/ Dr Wong, ur endo referral went thru! they'll call u to set up an appt, or u can call them at 713-555-0186",
     "REWRITE", "other", "sms", "en",
     [("Becca", "PROVIDER"), ("Dr Wong", "PROVIDER"), ("endo", "SPECIALTY"), ("713-555-0186", "PHONE")],
     ["primary-care", "shorthand", "practice-contact"], "Staff shorthand: 'endo' is the specialty (decision 2); the referral news survives. The receiving practice's phone is a practice number, not the patient's."),
    ("ci0094", "Your appointment with Dr. Kessler is confirmed for Fri 1/9 at 11:20 AM at 4410 Medical Pkwy, Suite 300, Austin, TX 78756. Call 512-555-0112 to make changes.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Kessler", "PROVIDER"), ("1/9", "DATE"), ("4410 Medical Pkwy, Suite 300, Austin, TX 78756", "ADDRESS"), ("512-555-0112", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date and the practice's own address and phone."),
    ("ci0095", "Before we can process your pump warranty claim, please verify: Glenn Abernathy, DOB 02/17/1961? Reply Y if correct or N if not.",
     "BLOCK", "other", "sms", "en",
     [("pump", "PROCEDURE"), ("Glenn Abernathy", "NAME"), ("02/17/1961", "DATE")],
     ["pharmacy", "dob"], "A full date of birth with the name is BLOCK (README), on top of the device."),
    ("ci0096", "To finish your CGM order, reply Y to confirm your date of birth (08-30-1977) and shipping ZIP (77479).",
     "REWRITE", "other", "sms", "en",
     [("CGM", "PROCEDURE"), ("08-30-1977", "DATE"), ("77479", "ZIP")],
     ["pharmacy", "dob", "identifier"], "A date of birth without a name is REWRITE (README); the patient's ZIP on its own is a ZIP span; 'reply Y to confirm your order details' survives."),
)

# ---------------------------------------------------------------- batch 9 (ci0097-ci0108): prior authorization, results, recalls, billing
add(
    ("ci0097", "We've updated our Notice of Privacy Practices. You can read it at the front desk or ask us to mail you a copy.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Privacy-notice update to everyone."),
    ("ci0098", "Subject: Insurance update for your pump order\n\nDear Mr. Oyelaran,\n\nGood news: Keystone Health Plan approved your insulin pump and 90 days of supplies. Approval reference: PA-2025-884160, issued under member ID KHP0048821-01 and valid for 12 months.\n\nWhat happens next\n1. Our fulfillment team will call you within 3 business days to confirm your shipping address.\n2. Your pump trainer will contact you to schedule your first session.\n3. Your estimated cost share is $212.00; we'll send an invoice after shipping.\n\nQuestions? Reply to this email or call Patient Services at 844-555-0191, Monday through Friday, 8 AM to 7 PM Eastern.\n\nThank you,\nPatient Services\nNorthStar Infusion & Pump Supply",
     "REWRITE", "other", "email", "en",
     [("pump", "PROCEDURE"), ("Oyelaran", "NAME"), ("insulin pump", "PROCEDURE"), ("PA-2025-884160", "OTHER_ID"), ("KHP0048821-01", "HEALTH_PLAN_ID"),
      ("pump", "PROCEDURE", 2), ("844-555-0191", "PHONE"), ("NorthStar Infusion & Pump Supply", "SPECIALTY")],
     ["pharmacy", "identifier", "practice-contact"], "Judgement (decisions 2, 6, 13): the approval, next steps and cost survive once the name, the device, the authorization and member numbers and the pump-supplier name go."),
    ("ci0099", "Your Synthroid dose was changed to 100 mcg daily. A new prescription was sent to Main Street Pharmacy.",
     "BLOCK", "care-instructions", "push", "en",
     [("Synthroid", "MEDICATION")],
     ["pharmacy", "primary-care"], "A dose change on a lock screen is a dosing instruction; without it nothing is left but 'a prescription was sent'. Judgement: the dose is not part of the drug span (not right after it)."),
    ("ci0100", "Tyrell, here is the correction scale Dr. Mensah went over today (Humalog, before meals): 151-200 add 2 units, 201-250 add 4 units, 251-300 add 6 units, over 300 add 8 units and check ketones. Call us if you're over 300 twice in a row.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Tyrell", "NAME"), ("Dr. Mensah", "PROVIDER"), ("Humalog", "MEDICATION"), ("ketones", "PROCEDURE")],
     ["primary-care"], "Insulin dosing inside the secure portal is allowed (README: channel portal). Judgement (decision 12): the scale's ranges and units are not labelled."),
    ("ci0101", "Episode 12 of The Checkup Pod is live: how to read a nutrition label without a magnifying glass. Search for it wherever you get your podcasts.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A podcast 'Pod', not an insulin pod; 'Episode 12' is not an identifier."),
    ("ci0102", "Reminder: your diabetic shoe fitting is Tue 3/3 at 1:30 PM at Stride Orthotics. Bring the socks you usually wear.",
     "REWRITE", "reminder", "sms", "en",
     [("diabetic shoe fitting", "PROCEDURE"), ("3/3", "DATE"), ("Stride Orthotics", "SPECIALTY")],
     ["orthopedics"], "Judgement (decision 14): a condition-named fitting is one PROCEDURE span; an orthotics shop name is specialty-revealing like orthopedic names. Date and time survive."),
    ("ci0103", "Your C-peptide was low and your GAD antibodies came back positive, so this looks like type 1 (LADA) rather than type 2. Dr. Ortiz will go over starting insulin at your visit on 5/12.",
     "BLOCK", "result", "sms", "en",
     [("C-peptide", "PROCEDURE"), ("low", "RESULT"), ("GAD antibodies", "PROCEDURE"), ("positive", "RESULT"), ("type 1", "CONDITION"), ("LADA", "CONDITION"),
      ("type 2", "CONDITION"), ("Dr. Ortiz", "PROVIDER"), ("insulin", "MEDICATION"), ("5/12", "DATE")],
     ["lab", "primary-care", "negation"], "Results and a new diagnosis are the message; 'rather than type 2' is a negated condition, still labelled."),
    ("ci0104", "Our records show you're due for your yearly diabetic eye exam. Call Lakeview Eye Associates at (405) 555-0193 to book - evening slots available.",
     "REWRITE", "recall", "sms", "en",
     [("diabetic eye exam", "PROCEDURE"), ("Lakeview Eye Associates", "SPECIALTY"), ("(405) 555-0193", "PHONE")],
     ["ophthalmology", "practice-contact"], "Condition-named exam and eye-practice name go (decision 14; README); the recall and the practice phone survive."),
    ("ci0105", "Dr. Baptiste is running about 30 minutes behind this afternoon. If you'd rather reschedule, reply R and we'll call you.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Baptiste", "PROVIDER")],
     ["primary-care"], "Delay notice with a provider name only."),
    ("ci0106", "Hi Nora, your calcium came back high again (11.2) and your PTH is elevated too, so Dr. Gill is referring you to Dr. Amsel, an endocrine surgeon, to talk about parathyroid surgery.",
     "BLOCK", "result", "sms", "en",
     [("Nora", "NAME"), ("calcium", "PROCEDURE"), ("high", "RESULT"), ("11.2", "RESULT"), ("PTH", "PROCEDURE"), ("elevated", "RESULT"), ("Dr. Gill", "PROVIDER"),
      ("Dr. Amsel", "PROVIDER"), ("endocrine surgeon", "SPECIALTY"), ("parathyroid surgery", "PROCEDURE")],
     ["lab", "primary-care"], "Results and the surgical referral they lead to are the message. Judgement: calcium here is the blood test (PROCEDURE), not the supplement; 'endocrine surgeon' names a specialty (decision 2)."),
    ("ci0107", "Your statement from Metro Internal Medicine is ready: $45.00 for your 10/14 visit. Pay at metroim.example/pay or in your portal.",
     "ALLOW", "billing", "sms", "en",
     [("10/14", "DATE"), ("metroim.example/pay", "URL")],
     ["general", "practice-contact"], "Generic practice name, amount, visit date and the practice's own pay link."),
    ("ci0108", "This is an automated message from Pinecrest Medical Group. Because of the ice storm, all offices will open at 10 AM tomorrow. Press 1 to hear this message again.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather delay to everyone."),
)

# ---------------------------------------------------------------- batch 10 (ci0109-ci0120): replacements, sick days, infusions, last alerts
add(
    ("ci0109", "Hi Trevor, your replacement pump (serial TX4-0091-2287) shipped today. Please send the old one back in the prepaid box within 10 days so we can close your claim.",
     "REWRITE", "pickup", "sms", "en",
     [("Trevor", "NAME"), ("pump", "PROCEDURE"), ("TX4-0091-2287", "DEVICE_ID")],
     ["pharmacy", "identifier"], "Name, device and its serial go; 'your replacement shipped, send the old one back' survives."),
    ("ci0110", "Sick-day reminder from the adrenal clinic: if you have a fever over 100.4, double your hydrocortisone for 3 days. If you're vomiting and can't keep it down, use your emergency injection and call us.",
     "BLOCK", "care-instructions", "sms", "en",
     [("adrenal clinic", "SPECIALTY"), ("fever", "CONDITION"), ("hydrocortisone", "MEDICATION"), ("vomiting", "CONDITION"), ("emergency injection", "MEDICATION")],
     ["primary-care", "negation"], "Stress-dosing rules are treatment instructions, and they reveal adrenal insufficiency. Judgement (decision 2): 'adrenal clinic' is a service-line name (SPECIALTY); the emergency injection is the drug used as a name (MEDICATION); hypothetical symptoms are still CONDITION."),
    ("ci0111", "Heads up: our phone lines will be down Sunday from 1 to 3 AM for maintenance. Portal messaging stays available the whole time.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Maintenance notice to everyone."),
    ("ci0112", "Mrs. Okoro, your Tepezza infusion for thyroid eye disease is Wed 8/6 at 9 AM in the infusion suite. Allow 90 minutes and bring something to read.",
     "REWRITE", "reminder", "sms", "en",
     [("Okoro", "NAME"), ("Tepezza infusion", "MEDICATION"), ("thyroid eye disease", "CONDITION"), ("8/6", "DATE"), ("infusion suite", "SPECIALTY")],
     ["primary-care", "ophthalmology"], "A diagnosis used as a visit label is REWRITE (DESIGN): name, drug, condition and infusion suite go; date, time and duration survive. The form word goes with the drug (README); 'infusion suite' is a service-line name (decision 2)."),
    ("ci0113", "Pt Harlan Voss DOB 5/3/1948 MRN 7730182: A1c 8.9, eGFR 41 - pls hold metformin until seen. Thx",
     "BLOCK", "other", "sms", "en",
     [("Harlan Voss", "NAME"), ("5/3/1948", "DATE"), ("7730182", "MRN"), ("A1c", "PROCEDURE"), ("8.9", "RESULT"), ("eGFR", "PROCEDURE"), ("41", "RESULT"),
      ("metformin", "MEDICATION")],
     ["primary-care", "dob", "shorthand"], "A staff note sent by text: full DOB with name, MRN, results and a hold instruction."),
    ("ci0114", "Reminder: your appointment with Nurse Practitioner Olsen is tomorrow at 8:15 AM. Please arrive 15 min early and bring your insurance card.",
     "ALLOW", "reminder", "sms", "en",
     [("Nurse Practitioner Olsen", "PROVIDER")],
     ["primary-care"], "Provider with a role title and a time only."),
    ("ci0115", "MRI pituitary result: 4 mm microadenoma, unchanged from your 2024 scan. Dr. Haas reviewed it - no treatment needed right now, and your prolactin is normal. Repeat MRI in 2 years.",
     "ALLOW", "result", "portal", "en",
     [("MRI pituitary", "PROCEDURE"), ("4 mm", "RESULT"), ("microadenoma", "CONDITION"), ("unchanged", "RESULT"), ("Dr. Haas", "PROVIDER"), ("prolactin", "PROCEDURE"),
      ("normal", "RESULT"), ("MRI", "PROCEDURE", 1)],
     ["imaging", "primary-care", "contrast"], "Imaging finding inside the secure portal is allowed (README: channel portal). The same text by e-mail is ci0116. A year alone is not a date."),
    ("ci0116", "MRI pituitary result: 4 mm microadenoma, unchanged from your 2024 scan. Dr. Haas reviewed it - no treatment needed right now, and your prolactin is normal. Repeat MRI in 2 years.",
     "BLOCK", "result", "email", "en",
     [("MRI pituitary", "PROCEDURE"), ("4 mm", "RESULT"), ("microadenoma", "CONDITION"), ("unchanged", "RESULT"), ("Dr. Haas", "PROVIDER"), ("prolactin", "PROCEDURE"),
      ("normal", "RESULT"), ("MRI", "PROCEDURE", 1)],
     ["imaging", "primary-care", "contrast"], "The same finding by e-mail (treated like SMS, README): the result is the message."),
    ("ci0117", "Asunto: Autorización aprobada\n\nEstimado Sr. Garza:\n\nSu aseguradora aprobó la autorización previa para su bomba de insulina. Número de autorización: PA-55120984. Nuestro equipo le llamará esta semana para coordinar el envío y la capacitación.\n\nSi tiene preguntas, llámenos al 210-555-0144.\n\nAtentamente,\nServicios al Paciente",
     "REWRITE", "other", "email", "es",
     [("Garza", "NAME"), ("bomba de insulina", "PROCEDURE"), ("PA-55120984", "OTHER_ID"), ("210-555-0144", "PHONE")],
     ["pharmacy", "identifier", "practice-contact"], "Judgement (decisions 3, 6, 13): approval and next steps survive once the name, the device and the authorization number go."),
    ("ci0118", "Our Sweet Treats bake sale is Friday in the main lobby! Every dollar goes to the children's playroom fund. Cash and cards accepted.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A bake sale; 'sweet' and 'children's' say nothing about the recipient."),
    ("ci0119", "Alerta: glucosa alta 287 mg/dL \u2191 Revise sus cetonas y siga su plan.",
     "BLOCK", "other", "push", "es",
     [("glucosa", "PROCEDURE"), ("alta", "RESULT"), ("287 mg/dL", "RESULT"), ("\u2191", "RESULT"), ("cetonas", "PROCEDURE")],
     ["pharmacy"], "CGM high alert with value and trend arrow on a lock screen, plus what to do. Judgement (decision 5): alert label and trend are RESULT; BLOCK although it is a safety alert."),
    ("ci0120", "Hi from Dr. Kaplan's office: your Reclast infusion is confirmed for Mon 2/9 at 8 AM. Drink plenty of fluids the day before and eat a normal breakfast.",
     "REWRITE", "confirmation", "sms", "en",
     [("Dr. Kaplan", "PROVIDER"), ("Reclast infusion", "MEDICATION"), ("2/9", "DATE")],
     ["primary-care"], "Judgement (decision 10): drinking fluids and eating breakfast are logistics, not treatment; the drug with its form word goes and the confirmation survives. 'normal' here is not a result."),
)


probe_lib.run(M, "ci", "probe84.jsonl")
