#!/usr/bin/env python3
"""Build corpus/probe62.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe62.py [OUT] [-v]   (default: probe62.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read).

This round is HOME MEDICAL EQUIPMENT AND SUPPLIES: what durable-medical-equipment (DME/HME)
suppliers, oxygen companies, CPAP resupply programs, diabetic-supply mail-order firms, ostomy and
urology supply companies, wound-care suppliers, mobility and wheelchair vendors and home-infusion
pharmacies send — resupply eligibility reminders, delivery windows and signatures, setup visits,
oxygen swaps, CPAP compliance downloads, Medicare paperwork (CMN, face-to-face notes, MBI),
rental-to-purchase notices, repairs and recalls, rental billing, returns and pickups. Logistics
that may go as written (ALLOW), messages that may go once a name, device, supply, drug or
identifier is removed (REWRITE), and messages that must not go by text (usage data such as CPAP
hours or AHI, oxygen saturation, a diagnosis named as the reason for the equipment, wound
measurements, doses and device settings: BLOCK). Hard negatives: "oxygen" bars, "pump" in
fitness and at the gas station, supply-chain news, chair and bed furniture, "monitor" screens,
carriers' delivery texts, "mask" rules for everyone, a street called Walker. 20% Spanish; four
disguised messages (zero-width, spaced letters, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "potassium 3.1 ([[L]])" searches for
      "potassium 3.1 (L)" and labels only the bracketed part "L".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A DME/HME supplier with a generic name ("Cascade Home Medical", "Tri-County Medical Supply",
     "Summit HME", "Suministros Médicos del Valle") is not labelled, like "... Pharmacy": it says
     that equipment is supplied, not which. A name that reveals the product line (oxygen,
     respiratory, sleep/CPAP, diabetic/gluco-, ostomy/urology, wound care, mobility/seating,
     home infusion, pediatric home care) is SPECIALTY, like eye or specialty-pharmacy names.
  2. Equipment and supplies are PROCEDURE (README: devices are PROCEDURE). The span is the device
     phrase with its own head noun ("CPAP", "full face mask cushion", "power wheelchair",
     "test strips", "TENS unit", "hospital bed", a device model such as "AeroRest 3"); generic
     words (supplies, equipment, order, resupply, rental, delivery, setup, repair, parts, report,
     and a bare "unit", "kit" or "machine" with no device name) stay outside, while a device name
     with such a head noun is one span ("TENS unit", "NPWT unit", "nebulizer kit"). A HCPCS code naming a device (E0601) is
     PROCEDURE; an ICD-10 code is CONDITION. "diabetic supplies" -> CONDITION + generic word;
     a condition-named device ("diabetic shoe") is one PROCEDURE span, like "diabetic foot exam".
     Wound dressings and ostomy pouches/rings/wafers are PROCEDURE (supplies), "ostomy" and
     "stoma" are PROCEDURE (the surgical result); flush solutions (heparin, saline), TPN and
     formula are MEDICATION.
  3. Oxygen: "oxygen"/"oxígeno" alone is MEDICATION (README); containers (tanks, cylinders,
     tanques) stay outside; the machines ("oxygen concentrator", "portable oxygen concentrator",
     "concentrador de oxígeno", "concentrator") are one PROCEDURE span; "oxygen" meaning the
     saturation ("his oxygen read 84%") is a measure -> PROCEDURE with the value as RESULT.
  4. Usage and compliance data (hours per night, % of nights, leak, AHI, alarms, meter readings,
     "you met the usage requirement") are RESULTs -> BLOCK; compliance named only as a deadline
     or topic with no value is logistics (REWRITE if the device is named).
  5. A device setting (CPAP pressure, oxygen litre flow, pump rate) is a dosing instruction ->
     BLOCK; as with doses (README) the value is not labelled, the device or drug is.
  6. A supplier's named driver, technician, pharmacist or coordinator is workforce -> PROVIDER
     (like a named sender); credentials and role words that name a specialty are SPECIALTY
     (CWOCN, WOC, ATP, "respiratory therapist", "endocrinologist", "enfermera de heridas" ->
     "heridas"); "sleep doctor" -> "sleep" SPECIALTY.
  7. Equipment or supplies named for a third party, including a dependent, are that person's
     health information and BLOCK, like a dependent's medication (README); a dependent's
     delivery with only a name and date is REWRITE.
  8. Carrier tracking numbers on a carrier's own text are shipment references like
     confirmation codes, not labelled; supplier order, prior-authorization and claim numbers are
     OTHER_ID, account numbers ACCOUNT, the Medicare MBI HEALTH_PLAN_ID.
  9. An old SSN-based Medicare number (HICN, "078-05-1120A") is labelled SSN as one span, since
     it carries the SSN: BLOCK.
 10. A patient's delivery address is the patient's identifier (REWRITE: "the address on file"
     serves the purpose); the supplier's own showroom/office address is practice contact.
 11. Purposes: a driver collecting equipment is `reminder`; the patient collecting at a counter
     is `pickup`; rental statements and rental-to-purchase notices are `billing`; a device
     safety recall uses `recall`.
 12. Service tags: DME, oxygen, CPAP, ostomy, wound and mobility suppliers -> home-health;
     home-infusion and diabetic mail-order -> pharmacy (often with home-health); children's
     equipment -> pediatrics; shops, carriers and broadcasts -> general.
 13. A hypothetical symptom in a safety line ("call if it bleeds") is not labelled; the line's
     verdict rests on the findings and instructions around it.

Everything is invented: names, suppliers, devices and models, 555-01xx numbers, example domains,
identifiers (the SSN is the well-known specimen number). Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bm0001-bm0012): CPAP resupply and compliance
add(
    ("bm0001", "Northstar HME: Good news! Your resupply items are eligible to reorder. Reply YES to ship to the address on file or call 541-555-0142. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("541-555-0142", "PHONE")],
     ["home-health", "practice-contact"], "Resupply eligibility from a generic HME name with no item named (decision 1); the supplier's own phone is allowed."),
    ("bm0002", "Hi Gloria! SleepRight Resupply here. Your CPAP supplies are due: full face mask cushion, 2 disposable filters and heated tubing. Reply 1 to order, 2 to skip this cycle.",
     "REWRITE", "reminder", "sms", "en",
     [("Gloria", "NAME"), ("SleepRight Resupply", "SPECIALTY"), ("CPAP", "PROCEDURE"), ("full face mask cushion", "PROCEDURE"), ("heated tubing", "PROCEDURE")],
     ["home-health"], "Name, sleep-revealing supplier name and the CPAP parts go; 'your supplies are due, reply 1 to order' survives (decisions 1, 2: 'supplies' and 'filters' are generic)."),
    ("bm0003", "SleepRight: your CPAP data for the last 30 days - avg use 3.1 hrs/night, only 52% of nights over 4 hrs. Insurance requires 70%. Please wear it nightly so your machine isn't picked up.",
     "BLOCK", "result", "sms", "en",
     [("SleepRight", "SPECIALTY"), ("CPAP", "PROCEDURE"), ("3.1 hrs/night", "RESULT"), ("52%", "RESULT")],
     ["home-health"], "CPAP usage data is the message (decision 4); the 70% is the plan's threshold, not a value of the patient."),
    ("bm0004", "Dear Mr. Ferreira,\n\nThank you for choosing Restwell Sleep Supply. As required by your insurance plan, we reviewed the modem download from your AirNest 10 device for 3/1 through 3/30.\n\nUsage: 27 of 30 nights over 4 hours (90%)\nAverage use: 6.2 hours\nResidual AHI: 6.4 events/hr\nMedian leak: 18 L/min\n\nYou have met the 90-day compliance requirement, and this report has been faxed to Dr. Imani Sayed. Because your AHI is above 5, she may want to adjust your pressure at your next visit.\n\nIf you have questions about your mask fit or supplies, call us at 503-555-0158, Monday to Friday 8-5.\n\nSincerely,\nLena Ortiz\nPatient Care Coordinator\nRestwell Sleep Supply",
     "BLOCK", "result", "email", "en",
     [("Ferreira", "NAME"), ("Restwell Sleep Supply", "SPECIALTY"), ("AirNest 10", "PROCEDURE"), ("3/1", "DATE"), ("3/30", "DATE"),
      ("27 of 30 nights over 4 hours", "RESULT"), ("90%", "RESULT"), ("6.2 hours", "RESULT"), ("AHI", "PROCEDURE"), ("6.4 events/hr", "RESULT"),
      ("18 L/min", "RESULT"), ("met the 90-day compliance requirement", "RESULT"), ("Dr. Imani Sayed", "PROVIDER"), ("AHI", "PROCEDURE", 1),
      ("above 5", "RESULT"), ("mask", "PROCEDURE"), ("503-555-0158", "PHONE"), ("Lena Ortiz", "PROVIDER"), ("Restwell Sleep Supply", "SPECIALTY", 1)],
     ["home-health"], "Compliance letter with usage, residual AHI and leak: results by e-mail (decisions 4, 6: the coordinator who signs is workforce)."),
    ("bm0005", "Tri-County Medical Supply: our showroom will be closed Monday for Memorial Day. Online orders still ship as usual. Have a safe holiday weekend!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Holiday closure from a generic supplier; a holiday is not a date span."),
    ("bm0006", "Hola Sr. Quintero, ya le toca el cambio de mascarilla y filtros de su CPAP. Responda SI para enviarlos a su domicilio. - Suministros Médicos del Valle",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("mascarilla", "PROCEDURE"), ("CPAP", "PROCEDURE")],
     ["home-health"], "Name, the CPAP and its mask go; the generic supplier name stays (decisions 1, 2)."),
    ("bm0007", "Your order has shipped! Track it in the app anytime. Estimated delivery: Thu 10/9 by 8pm.",
     "ALLOW", "confirmation", "push", "en",
     [("10/9", "DATE")],
     ["general"], "Shipping notice with a date and no item or sender that reveals anything."),
    ("bm0008", "{{practice_name}}: Your APAP replacement parts ship on {{ship_date}}. Questions? Call {{practice_phone}}. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("APAP", "PROCEDURE")],
     ["home-health", "template"], "Template whose fixed text names the device; the content-free placeholders stay unlabelled."),
    ("bm0009", "Hi, this is Trevor with Restwell Sleep Supply calling for Denise Alcott. We got your modem report and you're only using the machine about two hours a night, and the mask is leaking quite a bit. Please call us back at 503-555-0158 so we can help with the fit.",
     "BLOCK", "other", "voice", "en",
     [("Trevor", "PROVIDER"), ("Restwell Sleep Supply", "SPECIALTY"), ("Denise Alcott", "NAME"), ("about two hours a night", "RESULT"), ("mask", "PROCEDURE"),
      ("leaking quite a bit", "RESULT"), ("503-555-0158", "PHONE")],
     ["home-health"], "Voicemail with usage hours and leak in words (decision 4); voice is treated like SMS."),
    ("bm0010", "Pump up your Saturday! Spin class at Ridgeline Fitness is back at 9am. Bring a towel and a water bottle - see you there 💪",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "'Pump' in fitness marketing."),
    ("bm0011", "Restwell Sleep Supply: Mr. Hanley, your 90-day CPAP compliance window closes 8/14. Please bring your machine or SD card to your follow-up with Dr. Osei.",
     "REWRITE", "reminder", "sms", "en",
     [("Restwell Sleep Supply", "SPECIALTY"), ("Hanley", "NAME"), ("CPAP", "PROCEDURE"), ("8/14", "DATE"), ("Dr. Osei", "PROVIDER")],
     ["home-health"], "Compliance deadline with no usage value (decision 4): name, supplier and device go, the date and the follow-up survive."),
    ("bm0012", "¡Ofertas de la semana en Muebles Galindo! Sillas reclinables, camas matrimoniales y colchones con 20% de descuento. Envío gratis a domicilio.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative"], "Chairs and beds as furniture."),
)

# ---------------------------------------------------------------- batch 2 (bm0013-bm0024): oxygen
add(
    ("bm0013", "Cascade Home Medical: Your delivery is scheduled for Tue 3/10 between 1-5pm. An adult 18+ must be home to sign. To reschedule call 503-555-0119.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/10", "DATE"), ("503-555-0119", "PHONE")],
     ["home-health", "practice-contact"], "Delivery window and signature requirement from a generic supplier name (decision 1)."),
    ("bm0014", "Hi Mr. Delacroix - our driver Sam will swap your oxygen cylinders tomorrow between 9 and 11am. Please leave the empties by the garage door. - Pacific Home Medical",
     "REWRITE", "reminder", "sms", "en",
     [("Delacroix", "NAME"), ("Sam", "PROVIDER"), ("oxygen", "MEDICATION")],
     ["home-health"], "Tank swap: name and 'oxygen' go, the window survives; the named driver is workforce (decisions 3, 6)."),
    ("bm0015", "Reminder per Dr. Nakamura's order: keep your oxygen at 2 liters while resting and 3 liters with activity or sleep. Never smoke or use candles near the concentrator.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("oxygen", "MEDICATION"), ("concentrator", "PROCEDURE")],
     ["home-health"], "Oxygen flow rates are dosing instructions (decision 5)."),
    ("bm0016", "Your pulse ox check from today's setup visit: 86% on room air at rest, 93% on 2L. Our respiratory therapist will send this to your pulmonologist for the oxygen paperwork.",
     "BLOCK", "result", "sms", "en",
     [("pulse ox", "PROCEDURE"), ("86%", "RESULT"), ("93%", "RESULT"), ("respiratory therapist", "SPECIALTY"), ("pulmonologist", "SPECIALTY"), ("oxygen", "MEDICATION")],
     ["home-health"], "Saturation values are results (decisions 4, 6)."),
    ("bm0017", "Grand opening at Lakeshore Mall! Visit Pure O2 Oxygen Bar this weekend and try our lavender and citrus blends for just $1 a minute.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "'Oxygen' in a bar's marketing, not a drug."),
    ("bm0018", "Sra. Beltrán, mañana pasamos a cambiar los tanques de oxígeno entre 8 y 12. Cualquier cambio, llame al 520-555-0134. Oxígeno y Equipos Médicos Sonora",
     "REWRITE", "reminder", "sms", "es",
     [("Beltrán", "NAME"), ("oxígeno", "MEDICATION"), ("520-555-0134", "PHONE"), ("Oxígeno y Equipos Médicos Sonora", "SPECIALTY")],
     ["home-health", "practice-contact"], "Tank swap in Spanish: name, oxygen and the oxygen-revealing supplier name go; 'tanques' stays outside (decisions 1, 3)."),
    ("bm0019", "Hello Mr. Whitcomb,\n\nGood news: your overnight oximetry from 1/22 came back and you qualify for nocturnal oxygen under Medicare guidelines. The study recorded 41 minutes with saturation below 88%, lowest 82%.\n\nNext steps: Dr. Farah Quist has signed the order and the CMN, and our technician will deliver a stationary concentrator on Friday. Set it to 2 L/min by nasal cannula whenever you sleep.\n\nYour Medicare rental coinsurance is about $9.60 a month. Please call 360-555-0147 with any questions.\n\nBlue Heron Respiratory Care",
     "BLOCK", "result", "email", "en",
     [("Whitcomb", "NAME"), ("overnight oximetry", "PROCEDURE"), ("1/22", "DATE"), ("oxygen", "MEDICATION"), ("41 minutes with saturation below 88%", "RESULT"),
      ("82%", "RESULT"), ("Dr. Farah Quist", "PROVIDER"), ("stationary concentrator", "PROCEDURE"), ("nasal cannula", "PROCEDURE"), ("360-555-0147", "PHONE"),
      ("Blue Heron Respiratory Care", "SPECIALTY")],
     ["home-health"], "Oximetry result and a flow-rate instruction (decisions 3, 5); the CMN is generic paperwork."),
    ("bm0020", "This is an automated message from Valley Medical Equipment. Your driver is on the way and should arrive in about 45 minutes. Press 1 to confirm someone will be home, or press 2 to reschedule.",
     "ALLOW", "other", "voice", "en", [],
     ["home-health"], "Driver ETA from a generic supplier; nothing about the recipient's care (decision 1)."),
    ("bm0021", "Hi Karen, the tech checked your dad's concentrator today. It works fine, but his oxygen read 84% while he walked to the kitchen, so we let his doctor know.",
     "BLOCK", "result", "sms", "en",
     [("Karen", "NAME"), ("concentrator", "PROCEDURE"), ("oxygen", "PROCEDURE"), ("84%", "RESULT")],
     ["home-health", "third-party"], "A father's saturation value sent to his daughter: third party's result; 'oxygen' here is the measure (decision 3)."),
    ("bm0022", "Heads up: because of fuel prices at the pump, a $3.50 delivery surcharge will apply to orders under $50 starting next month. Thank you for choosing Tri-County Medical Supply.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Pump' at the gas station; surcharge notice to every customer."),
    ("bm0023", "Pacific Home Medical: Your portable oxygen concentrator rental renews 11/01. Tap to review your rental agreement.",
     "REWRITE", "billing", "push", "en",
     [("portable oxygen concentrator", "PROCEDURE"), ("11/01", "DATE")],
     ["home-health"], "Lock-screen push naming the device; 'your rental renews 11/01' survives (decision 3)."),
    ("bm0024", "Equipos Médicos Del Norte: su entrega está programada para el jueves 14 de agosto entre 9 y 1. Se requiere la firma de un adulto. Dudas: 915-555-0156.",
     "ALLOW", "confirmation", "sms", "es",
     [("14 de agosto", "DATE"), ("915-555-0156", "PHONE")],
     ["home-health", "practice-contact"], "Delivery window and signature from a generic supplier name (decision 1)."),
)

# ---------------------------------------------------------------- batch 3 (bm0025-bm0036): diabetic supplies, CGM, insulin pumps
add(
    ("bm0025", "Sweetwater Diabetic Supply: Hi Trent, your next shipment of test strips and lancets is ready. Reply SHIP to confirm or SKIP to delay 30 days. Msg&data rates may apply.",
     "REWRITE", "reminder", "sms", "en",
     [("Sweetwater Diabetic Supply", "SPECIALTY"), ("Trent", "NAME"), ("test strips", "PROCEDURE"), ("lancets", "PROCEDURE")],
     ["pharmacy", "home-health"], "Mail-order resupply: the diabetes-revealing supplier name, the name and the supplies go; 'your next shipment is ready' survives (decisions 1, 2)."),
    ("bm0026", "Your meter upload shows fasting sugars of 210-245 all week. Please call your endocrinologist today - we also can't ship more strips until your Rx is renewed.",
     "BLOCK", "result", "sms", "en",
     [("meter", "PROCEDURE"), ("fasting sugars", "PROCEDURE"), ("210-245", "RESULT"), ("endocrinologist", "SPECIALTY"), ("strips", "PROCEDURE")],
     ["pharmacy"], "Glucose readings from the meter upload are results (decision 4); a measure is PROCEDURE, its value RESULT."),
    ("bm0027", "Order #DS-448120 confirmation\n\nPatient: Luis Ocampo\nItems: CGM sensors x3 (30-day supply), transmitter x1\nShip method: UPS Ground, arriving 2/3\nBilled to: Medicare, MBI 3TX7-UP9-KR41 - $0.00 patient responsibility\n\nQuestions? Reply to this e-mail or call 877-555-0109.\nGlucoLink Direct",
     "REWRITE", "confirmation", "email", "en",
     [("DS-448120", "OTHER_ID"), ("Luis Ocampo", "NAME"), ("CGM sensors", "PROCEDURE"), ("transmitter", "PROCEDURE"), ("2/3", "DATE"),
      ("3TX7-UP9-KR41", "HEALTH_PLAN_ID"), ("877-555-0109", "PHONE"), ("GlucoLink Direct", "SPECIALTY")],
     ["pharmacy", "practice-contact"], "Order confirmation: order number, name, devices, MBI and the gluco- supplier name go; the arrival date survives (decisions 1, 2, 8)."),
    ("bm0028", "UPS: Your package from Harbor Supply Co. is scheduled for delivery today by 7:00 PM. Tracking 1Z4X82E10391845520. Adult signature required.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Carrier text; the tracking number is a shipment reference, not labelled (decision 8)."),
    ("bm0029", "Pump check from your diabetes educator: change your infusion set every 3 days and raise your overnight basal insulin to 0.9 units/hr starting tonight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pump", "PROCEDURE"), ("diabetes", "CONDITION"), ("infusion set", "PROCEDURE"), ("insulin", "MEDICATION")],
     ["pharmacy", "home-health"], "Insulin-pump rate change is a dosing instruction (decision 5); 'Pump' here is the insulin pump."),
    ("bm0030", "Hola Marisol, su pedido de tiras reactivas y lancetas de Farmacia Diabética La Paz ya salió. Llega el 22/05 por Estafeta.",
     "REWRITE", "confirmation", "sms", "es",
     [("Marisol", "NAME"), ("tiras reactivas", "PROCEDURE"), ("lancetas", "PROCEDURE"), ("Farmacia Diabética La Paz", "SPECIALTY"), ("22/05", "DATE")],
     ["pharmacy"], "Name, supplies and a diabetes-revealing pharmacy name go; the day/month date and carrier survive (decision 1)."),
    ("bm0031", "Reminder: we still need a signed prescription from your doctor before we can process your next order. We've faxed the office twice. Questions? Call 866-555-0127.",
     "ALLOW", "other", "sms", "en",
     [("866-555-0127", "PHONE")],
     ["home-health", "practice-contact"], "Paperwork chase with no item or condition named; 'prescription' is generic."),
    ("bm0032", "Your 14-day CGM report from 8/29-9/11 is attached: time in range 58%, average glucose 182 mg/dL, 3% of readings below 70. Dr. Feld would like to review pump settings at your visit.",
     "ALLOW", "result", "portal", "en",
     [("CGM", "PROCEDURE"), ("8/29", "DATE"), ("9/11", "DATE"), ("time in range", "PROCEDURE"), ("58%", "RESULT"), ("average glucose", "PROCEDURE"),
      ("182 mg/dL", "RESULT"), ("3% of readings below 70", "RESULT"), ("Dr. Feld", "PROVIDER"), ("pump", "PROCEDURE")],
     ["pharmacy", "contrast"], "Sensor report inside the secure portal: results may stay (README channel convention); see bm0033 for e-mail."),
    ("bm0033", "Hi Rosa, your 14-day CGM report from 8/29-9/11: time in range 58%, average glucose 182 mg/dL, 3% of readings below 70. Dr. Feld would like to review pump settings at your visit.",
     "BLOCK", "result", "email", "en",
     [("Rosa", "NAME"), ("CGM", "PROCEDURE"), ("8/29", "DATE"), ("9/11", "DATE"), ("time in range", "PROCEDURE"), ("58%", "RESULT"), ("average glucose", "PROCEDURE"),
      ("182 mg/dL", "RESULT"), ("3% of readings below 70", "RESULT"), ("Dr. Feld", "PROVIDER"), ("pump", "PROCEDURE")],
     ["pharmacy", "contrast"], "Same CGM report by e-mail: results outside the portal are BLOCK (contrast with bm0032)."),
    ("bm0034", "Monitor sale! 27-inch displays 30% off this week only at TechHub. Free delivery on orders over $99.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "'Monitor' as a screen; a percentage that is a discount."),
    ("bm0035", "Hello, this is Nicole from MedDirect Supplies with a message for Mr. Abernathy about his diabetic shoe fitting on Monday, March 9th at 10:30. Please call us at 800-555-0178. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Nicole", "PROVIDER"), ("Abernathy", "NAME"), ("diabetic shoe", "PROCEDURE"), ("March 9th", "DATE"), ("800-555-0178", "PHONE")],
     ["home-health", "practice-contact"], "Condition-named device is one PROCEDURE span (decision 2); name goes, date and call-back survive."),
    ("bm0036", "Sr. Ochoa: su glucómetro marcó 48 mg/dL anoche. Si vuelve a bajar de 70, tome jugo y llame al 911. Su educadora de diabetes le llamará hoy.",
     "BLOCK", "result", "sms", "es",
     [("Ochoa", "NAME"), ("glucómetro", "PROCEDURE"), ("48 mg/dL", "RESULT"), ("diabetes", "CONDITION")],
     ["pharmacy"], "Glucose reading and treatment instruction; 70 is a threshold and 911 is not a phone identifier."),
)

# ---------------------------------------------------------------- batch 4 (bm0037-bm0048): ostomy, urology, wound care
add(
    ("bm0037", "Coastal Ostomy & Urology Supply: Mrs. Pham, your monthly order ships Friday. Reply CHANGE to update your sizes or quantities.",
     "REWRITE", "reminder", "sms", "en",
     [("Coastal Ostomy & Urology Supply", "SPECIALTY"), ("Pham", "NAME")],
     ["home-health"], "Only the supplier name reveals the condition (decision 1); name and supplier go, 'your monthly order ships Friday' survives."),
    ("bm0038", "Hi Mr. Kowalski,\n\nThis is Bree Tolliver, RN, CWOCN, following up on today's home visit. I measured the sacral wound at 4.1 x 2.8 cm with 0.6 cm depth and some yellow slough at the base, a little smaller than last week. Please keep pressure off your tailbone and turn every 2 hours.\n\nStarting tomorrow we are switching to a calcium alginate dressing with a foam border, changed every other day. Your new supplies will ship from WoundCare Direct on 10/21.\n\nCall me at 206-555-0151 with any questions.\n\nBree",
     "BLOCK", "care-instructions", "email", "en",
     [("Kowalski", "NAME"), ("Bree Tolliver, RN", "PROVIDER"), ("CWOCN", "SPECIALTY"), ("sacral wound", "CONDITION"), ("4.1 x 2.8 cm", "RESULT"),
      ("0.6 cm", "RESULT"), ("yellow slough", "RESULT"), ("a little smaller than last week", "RESULT"), ("calcium alginate dressing", "PROCEDURE"),
      ("WoundCare Direct", "SPECIALTY"), ("10/21", "DATE"), ("206-555-0151", "PHONE"), ("Bree", "PROVIDER", 1)],
     ["home-health", "practice-contact"], "Wound measurements and dressing orders (decisions 2, 6: CWOCN names a specialty, the wound supplier name is revealing)."),
    ("bm0039", "Willow Creek Inn: your room is confirmed - 1 king bed, non-smoking, check-in after 3pm. Reply HELP for assistance.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "'Bed' in a hotel booking."),
    ("bm0040", "Tri-County Medical Supply: the catheters on your order are backordered from the manufacturer. We'll substitute an equivalent brand unless you reply NO by Wednesday.",
     "REWRITE", "other", "sms", "en",
     [("catheters", "PROCEDURE")],
     ["home-health"], "Backorder notice naming the supply (decision 2); 'an item on your order is backordered' survives."),
    ("bm0041", "Doña Carmen, la enfermera de heridas dice que la úlcera del talón ya mide 2 cm y que hay que cambiar el apósito de plata todos los días.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Carmen", "NAME"), ("heridas", "SPECIALTY"), ("úlcera del talón", "CONDITION"), ("2 cm", "RESULT"), ("apósito de plata", "PROCEDURE")],
     ["home-health"], "Wound finding, size and dressing instruction; 'Doña' stays outside the name (decisions 2, 6)."),
    ("bm0042", "Coastal Medical Supply hosts a free product fair Saturday 10-2: walkers, bath safety rails, compression socks and more. Bring a friend - all are welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast to every customer: product words say nothing about the recipient (README broadcast convention)."),
    ("bm0043", "Hello Ms. Greer,\n\nSince your wound vac therapy ended on 6/12, our driver will pick up the NPWT unit (serial WV2210-07781) on Thursday between 1 and 4 pm. Please seal the used canister in the biohazard bag we left and keep the unit in its carrying case.\n\nThank you,\nCascade Home Medical Returns Team\n503-555-0119",
     "REWRITE", "reminder", "email", "en",
     [("Greer", "NAME"), ("wound vac", "PROCEDURE"), ("6/12", "DATE"), ("NPWT unit", "PROCEDURE"), ("WV2210-07781", "DEVICE_ID"), ("503-555-0119", "PHONE")],
     ["home-health", "practice-contact"], "Pickup logistics: name, device and its serial go; 'our driver will pick up the equipment Thursday 1-4' survives (decisions 2, 11)."),
    ("bm0044", "Hi Denise, we delivered your mom's new urinary catheters and leg bags this morning. The nurse says her UTI is finally clearing up!",
     "BLOCK", "other", "sms", "en",
     [("Denise", "NAME"), ("urinary catheters", "PROCEDURE"), ("leg bags", "PROCEDURE"), ("UTI", "CONDITION"), ("finally clearing up", "RESULT")],
     ["home-health", "third-party"], "A mother's supplies and infection told to her daughter: third party's health (decision 7)."),
    ("bm0045", "Por la escasez de suministros a nivel nacional, algunos pedidos pueden tardar de 3 a 5 días hábiles más. Gracias por su paciencia. - Distribuidora Médica Roble",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Supply-chain delay notice to every customer."),
    ("bm0046", "Hi Mr. Yeboah, your urology supplies order #UR-20417 is ready for pickup at our Elm St counter. Please bring a photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("Yeboah", "NAME"), ("urology", "SPECIALTY"), ("UR-20417", "OTHER_ID")],
     ["home-health", "identifier"], "Counter pickup: name, service line and order number go (decisions 8, 11)."),
    ("bm0047", "Wound care visit note: sacral wound 3.0 x 1.9 cm, 80% granulation, no signs of infection. Continue foam dressing changes 3x/week; next measurement 11/4.",
     "ALLOW", "result", "portal", "en",
     [("Wound care", "SPECIALTY"), ("sacral wound", "CONDITION"), ("3.0 x 1.9 cm", "RESULT"), ("80% granulation", "RESULT"), ("no signs of infection", "RESULT"),
      ("foam dressing", "PROCEDURE"), ("11/4", "DATE")],
     ["home-health"], "Wound note inside the secure portal: findings and instructions may stay (README channel convention)."),
    ("bm0048", "ur stoma looks irritated in the pic u sent. dust w/ powder, crust it, then add a barrier ring under the wafer. call if it bleeds",
     "BLOCK", "care-instructions", "sms", "en",
     [("stoma", "PROCEDURE"), ("irritated", "RESULT"), ("barrier ring", "PROCEDURE"), ("wafer", "PROCEDURE")],
     ["home-health", "shorthand"], "A finding about the stoma and care steps (decision 2: stoma and ostomy accessories are PROCEDURE; decision 13: 'call if it bleeds' is not labelled)."),
)

# ---------------------------------------------------------------- batch 5 (bm0049-bm0060): mobility, beds, repairs, recalls, rental-to-purchase
add(
    ("bm0049", "Freedom Mobility & Seating: your power wheelchair repair is scheduled for 4/28 between 12-4. Your tech is Andre. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Freedom Mobility & Seating", "SPECIALTY"), ("power wheelchair", "PROCEDURE"), ("4/28", "DATE"), ("Andre", "PROVIDER")],
     ["home-health"], "Repair visit: mobility-revealing vendor name and device go; date, window and the named technician stay (decisions 1, 2, 6)."),
    ("bm0050", "Lift-and-recline chairs, sectionals and dining sets are 40% off at Hearthside Furniture Outlet through Sunday. Free haul-away of your old couch!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Chairs as furniture in a store's promotion."),
    ("bm0051", "Dear Ms. Achterberg, thank you for coming to your seating evaluation on 2/19. Our ATP, Marcus Fenn, noted a stage 2 pressure injury over your left sitting bone and a pelvic tilt to the right, so we are recommending an air-cell cushion and a tilt-in-space power chair. Dr. Rowe must sign the order before we submit to your plan. - Freedom Mobility & Seating",
     "BLOCK", "other", "email", "en",
     [("Achterberg", "NAME"), ("seating evaluation", "PROCEDURE"), ("2/19", "DATE"), ("ATP", "SPECIALTY"), ("Marcus Fenn", "PROVIDER"),
      ("stage 2 pressure injury", "CONDITION"), ("pelvic tilt", "CONDITION"), ("air-cell cushion", "PROCEDURE"), ("tilt-in-space power chair", "PROCEDURE"),
      ("Dr. Rowe", "PROVIDER"), ("Freedom Mobility & Seating", "SPECIALTY")],
     ["home-health", "orthopedics"], "Findings from the seating evaluation are the message (decision 6: ATP names the rehab-technology specialty)."),
    ("bm0052", "Sr. Villalobos, su cama de hospital se entrega el martes 3 de marzo. Necesitamos que alguien esté en casa entre 10 y 2. Movilidad Total, 555-0190.",
     "REWRITE", "confirmation", "sms", "es",
     [("Villalobos", "NAME"), ("cama de hospital", "PROCEDURE"), ("3 de marzo", "DATE"), ("Movilidad Total", "SPECIALTY"), ("555-0190", "PHONE")],
     ["home-health", "practice-contact"], "Delivery of a hospital bed: name, device and mobility-revealing vendor go; date and window survive (decisions 1, 2)."),
    ("bm0053", "Safety notice from Valley Medical Equipment: a manufacturer of one product we supply has issued a recall. Please call 541-555-0163 so we can check whether your equipment is affected.",
     "ALLOW", "recall", "sms", "en",
     [("541-555-0163", "PHONE")],
     ["home-health", "practice-contact"], "Recall outreach that names no device or condition: the call-back is the safe pattern (decision 1)."),
    ("bm0054", "Important safety notice\n\nDear Mr. Haverford,\n\nThe AeroRest 3 CPAP you rent from Restwell Sleep Supply (serial AR3-77120945) is part of a voluntary manufacturer recall because the sound-dampening foam can break down. Do not stop therapy without talking to your doctor. Register for a free replacement at restwell.example/recall?rid=58213 or call 503-555-0158. Keep all the accessories you have now; only the device itself will be replaced, and a prepaid return label for the old one will be in the box.\n\nRestwell Sleep Supply",
     "REWRITE", "recall", "email", "en",
     [("Haverford", "NAME"), ("AeroRest 3", "PROCEDURE"), ("CPAP", "PROCEDURE"), ("Restwell Sleep Supply", "SPECIALTY"), ("AR3-77120945", "DEVICE_ID"),
      ("restwell.example/recall?rid=58213", "URL"), ("503-555-0158", "PHONE"), ("Restwell Sleep Supply", "SPECIALTY", 1)],
     ["home-health"], "Device recall to a renter: name, model, device, serial, sleep supplier name and the parameterised link go; 'call us about a safety notice' survives (decision 2)."),
    ("bm0055", "Welcome to our walk-in center! Watch the lobby monitor for your ticket number and take a seat in any open chair. Average wait today: 10 min.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Monitor' and 'chair' in a waiting-room text."),
    ("bm0056", "Sra. Ibarra, el técnico revisó la silla de ruedas de su esposo. Dice que la úlcera por presión empeoró y que va a necesitar un cojín especial.",
     "BLOCK", "other", "sms", "es",
     [("Ibarra", "NAME"), ("silla de ruedas", "PROCEDURE"), ("úlcera por presión", "CONDITION"), ("empeoró", "RESULT")],
     ["home-health", "third-party"], "Husband's device and worsening pressure ulcer sent to his wife: third party's health (decision 7)."),
    ("bm0057", "Dear Valued Customer,\n\nWe want to explain how equipment rentals work under Medicare. Many items are \"capped rentals\": Medicare pays a monthly rental for up to 13 continuous months, and after the 13th payment ownership transfers to you. You will receive a letter from us when that happens. Some items, such as those that need regular servicing, stay rentals for as long as you need them.\n\nIf you go into the hospital or a nursing facility, please let us know, because it can affect your rental months. If you no longer need an item, call us and we'll arrange a free pickup.\n\nQuestions? Call 541-555-0163, Monday-Friday 8:30-5:00, or visit valleyme.example/medicare.\n\nValley Medical Equipment",
     "ALLOW", "billing", "email", "en",
     [("541-555-0163", "PHONE"), ("valleyme.example/medicare", "URL")],
     ["home-health", "practice-contact", "broadcast"], "General rental-to-purchase explainer naming no item; supplier phone and link are practice contact."),
    ("bm0058", "Hi Mr. Castellanos! Great news: your rollator and shower chair are paid off this month and now belong to you. No more rental bills! - Summit HME",
     "REWRITE", "billing", "sms", "en",
     [("Castellanos", "NAME"), ("rollator", "PROCEDURE"), ("shower chair", "PROCEDURE")],
     ["home-health"], "Rental-to-purchase with the items named: name and devices go, 'your rental items are paid off' survives (decisions 2, 11)."),
    ("bm0059", "Walker delivery confirmed for Sat 9/20 at 10:00 AM. Your driver today is Mateo.",
     "REWRITE", "confirmation", "push", "en",
     [("Walker", "PROCEDURE"), ("9/20", "DATE"), ("Mateo", "PROVIDER")],
     ["home-health"], "A capitalised device at the start of the text, not a surname; the driver is workforce (decision 6)."),
    ("bm0060", "Heads up: the Walker Street entrance is closed Tuesday for repaving. Please use the Grant Avenue door to reach our showroom and returns desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Walker and Grant as street names of the supplier's own building."),
)

# ---------------------------------------------------------------- batch 6 (bm0061-bm0072): home infusion
add(
    ("bm0061", "Summit Home Infusion: your next delivery is scheduled for Wed 1/14 between 2-6pm. Please refrigerate the cooler contents as soon as they arrive.",
     "REWRITE", "confirmation", "sms", "en",
     [("Summit Home Infusion", "SPECIALTY"), ("1/14", "DATE")],
     ["pharmacy", "home-health"], "Home-infusion pharmacy name is specialty-revealing (decision 1); the delivery window survives."),
    ("bm0062", "Reminder: your vancomycin 1.25 g IV every 12 hours continues through 5/2. Nurse Tasha will draw a trough level Thursday before the 8am dose.",
     "BLOCK", "care-instructions", "sms", "en",
     [("vancomycin 1.25 g", "MEDICATION"), ("5/2", "DATE"), ("Nurse Tasha", "PROVIDER"), ("trough level", "PROCEDURE")],
     ["pharmacy", "home-health"], "Drug, dose and schedule are the message."),
    ("bm0063", "Hola Sr. Paredes, la enfermera de infusión lo visita el viernes 7 de noviembre a las 9 para el cambio de apósito de su PICC. Por favor tenga el kit a la mano.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("infusión", "PROCEDURE"), ("7 de noviembre", "DATE"), ("cambio de apósito", "PROCEDURE"), ("PICC", "PROCEDURE")],
     ["pharmacy", "home-health"], "Nurse visit logistics: name, infusion, the dressing change and the line go; 'la enfermera lo visita el viernes 7 de noviembre a las 9' survives."),
    ("bm0064", "Hi Alana, your weekly labs from Monday are back: potassium 3.1 (L) and magnesium 1.6. Pharmacist Greg added 20 mEq of KCl to your TPN bag starting tonight. Hang it at 6 pm as usual and run it over 12 hours.",
     "BLOCK", "result", "email", "en",
     [("Alana", "NAME"), ("potassium", "PROCEDURE"), ("3.1", "RESULT"), ("potassium 3.1 ([[L]])", "RESULT"), ("magnesium", "PROCEDURE"), ("1.6", "RESULT"),
      ("Pharmacist Greg", "PROVIDER"), ("KCl", "MEDICATION"), ("TPN", "MEDICATION")],
     ["pharmacy", "home-health"], "Lab values with a flag and a TPN change (decision 2: TPN is MEDICATION)."),
    ("bm0065", "Drivers: please log mileage and turn in your fuel receipts from the pump by 5pm Friday. Van 3 is due for an oil change.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Staff notice; 'pump' is a fuel pump."),
    ("bm0066", "Apex Infusion Pharmacy: we'll pick up your infusion pump and any unused supplies Friday between 10 and 2. Please leave them in the blue return bag.",
     "REWRITE", "reminder", "sms", "en",
     [("Apex Infusion Pharmacy", "SPECIALTY"), ("infusion pump", "PROCEDURE")],
     ["pharmacy", "home-health"], "Return pickup: specialty-pharmacy name and device go; the pickup window survives (decisions 1, 11)."),
    ("bm0067", "Hello Mr. Sato, this is Priya, the pharmacist at Meridian Home Infusion. Your IgG trough came back at 540, so Dr. Lindqvist is increasing your IVIG to 40 grams every three weeks, starting with the 12/9 infusion. Call 612-555-0138 with questions.",
     "BLOCK", "result", "voice", "en",
     [("Sato", "NAME"), ("Priya", "PROVIDER"), ("Meridian Home Infusion", "SPECIALTY"), ("IgG trough", "PROCEDURE"), ("540", "RESULT"), ("Dr. Lindqvist", "PROVIDER"),
      ("IVIG", "MEDICATION"), ("12/9", "DATE"), ("infusion", "PROCEDURE"), ("612-555-0138", "PHONE")],
     ["pharmacy", "home-health"], "Drug level and a dose change in a voicemail."),
    ("bm0068", "Meridian Pharmacy Services: your package is out for delivery today. If no one answers, the insulated cooler will be left at the door. Questions: 888-555-0114.",
     "ALLOW", "confirmation", "sms", "en",
     [("888-555-0114", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic pharmacy name (README), no drug named; a cooler is packaging."),
    ("bm0069", "Recuerde: su ertapenem 1 g se infunde cada 24 horas por 14 días. Lave la línea con 10 ml de solución salina antes y después de cada dosis.",
     "BLOCK", "care-instructions", "sms", "es",
     [("ertapenem 1 g", "MEDICATION"), ("solución salina", "MEDICATION")],
     ["pharmacy", "home-health"], "Drug, dose, schedule and flush instructions (decision 2: saline flush is MEDICATION)."),
    ("bm0070", "Welcome to Apex Infusion Pharmacy, Mr. Lindgren!\n\nYour first delivery is set for Tuesday 4/7 between noon and 4 pm; a nurse will meet you at home the next morning to teach you how to use the pump and care for your line. Please keep the room-temperature box out of direct sunlight.\n\nAt the first visit the nurse will look over your home setup, go over storage and trash disposal, and leave a binder with our after-hours numbers. Please have a clean table near an outlet and your insurance card ready. Sharps containers and gloves come with every delivery; please don't put used items in household trash.\n\nFor your records, your account number with us is 7741-2290. Our pharmacist is available 24/7 at 800-555-0186.\n\nWarm regards,\nJulie Park, Intake Coordinator",
     "REWRITE", "confirmation", "email", "en",
     [("Apex Infusion Pharmacy", "SPECIALTY"), ("Lindgren", "NAME"), ("4/7", "DATE"), ("pump", "PROCEDURE"), ("7741-2290", "ACCOUNT"), ("800-555-0186", "PHONE"),
      ("Julie Park", "PROVIDER")],
     ["pharmacy", "home-health", "practice-contact"], "Onboarding: supplier name, patient name, pump and account number go; delivery date, nurse visit and 24/7 line survive (decisions 6, 8)."),
    ("bm0071", "¡Promo en Gasolinera El Faro! Cargue en cualquier bomba este sábado y llévese un café gratis. Válido hasta agotar existencias.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative"], "'Bomba' at a gas station."),
    ("bm0072", "Per Dr. Ruiz: flush your PICC with hep\u200barin 10 units/mL, 5 mL, after every dose. Call us if the dressing gets wet or loose.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Ruiz", "PROVIDER"), ("PICC", "PROCEDURE"), ("hep\u200barin 10 units/mL", "MEDICATION")],
     ["pharmacy", "home-health"], "Flush dose instruction; the drug name is split by a zero-width space (decision 2: heparin flush is MEDICATION, strength right after it)."),
)

# ---------------------------------------------------------------- batch 7 (bm0073-bm0084): Medicare paperwork, insurance, rental billing
add(
    ("bm0073", "Valley Medical Equipment: we're still waiting on paperwork from your doctor's office before we can bill Medicare. No action needed - we'll text you when it's done.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "Paperwork status naming no item; Medicare is a payer, not a condition."),
    ("bm0074", "Hi Ms. Abara, Medicare needs a face-to-face note from Dr. Brennan before it will cover the hospital bed. Can you schedule a visit with him before 9/30?",
     "REWRITE", "other", "sms", "en",
     [("Abara", "NAME"), ("Dr. Brennan", "PROVIDER"), ("hospital bed", "PROCEDURE"), ("9/30", "DATE")],
     ["home-health"], "Face-to-face note is generic paperwork; name and device go, the visit request and deadline survive (decision 2)."),
    ("bm0075", "Mrs. Duarte,\n\nWe received the CMN for your home oxygen from Dr. Kessler's office. It lists J44.1 (COPD with acute exacerbation) and a qualifying SpO2 of 87% on room air from 5/3. Medicare requires the test to be within 30 days of the order, so no new test is needed.\n\nYour equipment will be delivered Thursday. Please call 360-555-0147 if that day doesn't work.\n\nBlue Heron Respiratory Care",
     "BLOCK", "other", "email", "en",
     [("Duarte", "NAME"), ("oxygen", "MEDICATION"), ("Dr. Kessler", "PROVIDER"), ("J44.1", "CONDITION"), ("COPD with acute exacerbation", "CONDITION"), ("SpO2", "PROCEDURE"),
      ("87%", "RESULT"), ("5/3", "DATE"), ("360-555-0147", "PHONE"), ("Blue Heron Respiratory Care", "SPECIALTY")],
     ["home-health"], "The CMN's diagnosis code and qualifying saturation: diagnosis and result as the reason for the equipment (decision 2: ICD-10 code is CONDITION)."),
    ("bm0076", "Valley Medical Equipment - Monthly Statement\n\nStatement date: 07/01\nAmount due: $27.84\nDue by: 07/25\n\nThis statement covers your monthly equipment rental after your insurance paid its share. Rental charges continue each month you keep the equipment, up to the limit set by your plan.\n\nPay online at pay.valleyme.example, by phone at 541-555-0163, or mail a check to Valley Medical Equipment, 1200 Commerce Way, Suite 4, Eugene, OR 97402. Please write your statement number on the check.\n\nIf you've already paid, thank you - please disregard this notice. Financial assistance is available; ask our billing team.",
     "ALLOW", "billing", "email", "en",
     [("07/01", "DATE"), ("07/25", "DATE"), ("pay.valleyme.example", "URL"), ("541-555-0163", "PHONE"), ("1200 Commerce Way, Suite 4, Eugene, OR 97402", "ADDRESS")],
     ["home-health", "practice-contact"], "Rental statement naming no item; the supplier's own link, phone and remittance address are practice contact."),
    ("bm0077", "Statement: E0601 CPAP rental, month 7 of 13 - $18.40 due after Medicare. Pay at northstarhme.example/pay or call 541-555-0142.",
     "REWRITE", "billing", "sms", "en",
     [("E0601", "PROCEDURE"), ("CPAP", "PROCEDURE"), ("northstarhme.example/pay", "URL"), ("541-555-0142", "PHONE")],
     ["home-health", "practice-contact"], "HCPCS code and device name go (decision 2); the amount and rental month survive."),
    ("bm0078", "Estimada Sra. Fuentes:\n\nSu aseguradora negó la bomba de insulina porque su péptido C salió en 0.9 ng/mL y su A1c más reciente fue de 7.1%, por debajo del criterio del plan. Podemos apelar si la Dra. Salcedo envía notas adicionales.\n\nAtentamente,\nDulce Vida Suministros para Diabetes",
     "BLOCK", "billing", "email", "es",
     [("Fuentes", "NAME"), ("bomba de insulina", "PROCEDURE"), ("péptido C", "PROCEDURE"), ("0.9 ng/mL", "RESULT"), ("A1c", "PROCEDURE"), ("7.1%", "RESULT"),
      ("Dra. Salcedo", "PROVIDER"), ("Dulce Vida Suministros para Diabetes", "SPECIALTY")],
     ["pharmacy"], "Denial reason quotes lab values: results (decisions 1, 2)."),
    ("bm0079", "Freedom Mobility: prior auth approved for your power mobility device (auth #PA-8841207). Our delivery team will call within 5 business days to schedule.",
     "REWRITE", "other", "sms", "en",
     [("Freedom Mobility", "SPECIALTY"), ("power mobility device", "PROCEDURE"), ("PA-8841207", "OTHER_ID")],
     ["home-health"], "Approval notice: vendor name, device and authorization number go; 'approved, we'll call to schedule' survives (decisions 1, 8)."),
    ("bm0080", "Summit HME billing: your account balance of $64.10 is past due. Pay by phone at 800-555-0125 or stop by our office. Please ignore if already paid.",
     "ALLOW", "billing", "sms", "en",
     [("800-555-0125", "PHONE")],
     ["home-health", "practice-contact"], "Balance notice from a generic HME name with no account number."),
    ("bm0081", "Medicare denied the wheelchair claim: the notes from your 2/11 visit say you can walk 200 ft with a cane, so a manual chair isn't covered. We emailed you the appeal form.",
     "BLOCK", "billing", "sms", "en",
     [("wheelchair", "PROCEDURE"), ("2/11", "DATE"), ("can walk 200 ft with a cane", "RESULT"), ("manual chair", "PROCEDURE")],
     ["home-health"], "The denial reason is a clinical finding from the visit notes."),
    ("bm0082", "Le recordamos que tiene un saldo pendiente de $45.00. Puede pagar al 555-0181 o en línea con su número de estado de cuenta. Gracias, Suministros Médicos del Valle.",
     "ALLOW", "billing", "sms", "es",
     [("555-0181", "PHONE")],
     ["home-health", "practice-contact"], "Balance reminder from a generic supplier; no account number in the text (decision 1)."),
    ("bm0083", "Hi Mr. Tanaka, our records list your Medicare Beneficiary Identifier as 5RK2-WJ8-NM37, but the claim for your nebulizer came back with a name mismatch. Could you check the red, white and blue card and call us at 503-555-0119? - Cascade Home Medical Billing",
     "REWRITE", "billing", "email", "en",
     [("Tanaka", "NAME"), ("5RK2-WJ8-NM37", "HEALTH_PLAN_ID"), ("nebulizer", "PROCEDURE"), ("503-555-0119", "PHONE")],
     ["home-health", "practice-contact"], "MBI, name and device go; 'please check your Medicare card and call us' survives (decision 8)."),
    ("bm0084", "To finish your Medicare claim, Walter, please confirm your old Medicare number 078-05-1120A and date of birth 8/9/1941 by replying to this text.",
     "BLOCK", "other", "sms", "en",
     [("Walter", "NAME"), ("078-05-1120A", "SSN"), ("8/9/1941", "DATE")],
     ["home-health", "dob"], "SSN-based HICN (decision 9) plus a full date of birth with the name."),
)

# ---------------------------------------------------------------- batch 8 (bm0085-bm0096): deliveries, pickups, setups, children's equipment
add(
    ("bm0085", "FedEx: Your package will be delivered today between 2:00-4:00 PM. Adult signature required. Manage your delivery in the FedEx app.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Carrier delivery text; a delivery-company name and a signature rule."),
    ("bm0086", "Summit HME pickup reminder: we'll collect the hospital bed, trapeze and overbed table on Mon 12/1 between 9-1. Please clear a path to the bedroom.",
     "REWRITE", "reminder", "sms", "en",
     [("hospital bed", "PROCEDURE"), ("trapeze", "PROCEDURE"), ("overbed table", "PROCEDURE"), ("12/1", "DATE")],
     ["home-health"], "Driver pickup (decision 11): the equipment goes, 'we'll collect your equipment Mon 12/1, 9-1' survives (decision 2)."),
    ("bm0087", "We're so sorry for your loss. Whenever you're ready, our driver can pick up your husband's oxygen concentrator and tanks - just reply with a day that works.",
     "BLOCK", "other", "sms", "en",
     [("oxygen concentrator", "PROCEDURE")],
     ["home-health", "third-party"], "A deceased husband's equipment named to his widow: third party's health (decision 7); a careful officer would send 'we can collect the equipment' by call or portal."),
    ("bm0088", "Uso de cubrebocas obligatorio para todos en nuestra sala de exhibición durante la temporada de influenza. ¡Gracias por cuidarnos entre todos!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Mask rule for everyone; 'influenza' names the season, not the recipient."),
    ("bm0089", "Hi, this is Keisha from Northstar HME. We'd like to set up your BiPAP on Thursday, October 16th, at 1 o'clock. Our respiratory therapist will show you how to use it. Please call us back at 541-555-0142.",
     "REWRITE", "reminder", "voice", "en",
     [("Keisha", "PROVIDER"), ("BiPAP", "PROCEDURE"), ("October 16th", "DATE"), ("respiratory therapist", "SPECIALTY"), ("541-555-0142", "PHONE")],
     ["home-health", "practice-contact"], "Setup visit: device and specialty role go; date, time and call-back survive (decision 6)."),
    ("bm0090", "Delivery window update: your driver is running about 30 minutes behind. New arrival time 3:15-3:45 PM. Reply HELP for help, STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Times, not dates; no sender or item that reveals anything."),
    ("bm0091", "hola sra lupita, mañna le llevamos su nebulisador y las mascarillas nuevas. porfa tenga a la mano su tarjeta de medicaid. grasias!",
     "REWRITE", "reminder", "sms", "es",
     [("lupita", "NAME"), ("nebulisador", "PROCEDURE"), ("mascarillas", "PROCEDURE")],
     ["home-health", "typo", "shorthand"], "Staff text with typos: the lower-case name and the misspelled device go; Medicaid is a payer (decision 2: nebulizer masks are device parts)."),
    ("bm0092", "Mia's apnea monitor alarmed 4 times last night per the download. Dr. Okafor wants to see her today - please call 555-0123 to get her in.",
     "BLOCK", "result", "sms", "en",
     [("Mia", "NAME"), ("apnea monitor", "PROCEDURE"), ("alarmed 4 times", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("555-0123", "PHONE")],
     ["pediatrics", "home-health", "minor", "third-party"], "A child's monitor alarms sent to the parent: a dependent's result (README third-party convention; decision 4)."),
    ("bm0093", "Reminder: Ethan's feeding pump and formula delivery is Tuesday 8/5 between 9-12. Please have a parent or guardian available to sign.",
     "BLOCK", "reminder", "sms", "en",
     [("Ethan", "NAME"), ("feeding pump", "PROCEDURE"), ("formula", "MEDICATION"), ("8/5", "DATE")],
     ["pediatrics", "home-health", "minor", "third-party", "contrast"], "A dependent's equipment and formula named to the guardian (decision 7); contrast with bm0117, the same delivery without the items (REWRITE)."),
    ("bm0094", "Your CPAP report for August: 6.8 hours per night on average, AHI 1.9, used on 29 of 31 nights. You met your plan's usage requirement - great job!",
     "ALLOW", "result", "portal", "en",
     [("CPAP", "PROCEDURE"), ("6.8 hours per night", "RESULT"), ("AHI", "PROCEDURE"), ("1.9", "RESULT"), ("29 of 31 nights", "RESULT"),
      ("met your plan's usage requirement", "RESULT")],
     ["home-health"], "Usage report inside the secure portal: results may stay (README channel convention; decision 4)."),
    ("bm0095", "Industry update from Northstar HME\n\nGlobal supply chain disruptions continue to affect resin and microchip availability across the home medical equipment industry. Some product lines may be backordered for several weeks. You do not need to do anything: if an item you ordered is affected, our team will contact you directly with options.\n\nThank you for your patience.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Supply-chain news to every customer."),
    ("bm0096", "Signature needed: please sign the delivery ticket for your suction machine at sign.cascadehme.example/t/8JX2KQ. The link expires in 48 hours.",
     "REWRITE", "other", "sms", "en",
     [("suction machine", "PROCEDURE"), ("sign.cascadehme.example/t/8JX2KQ", "URL")],
     ["home-health"], "Per-delivery signing link carries a token (README: patient-specific URL) and the device is named."),
)

# ---------------------------------------------------------------- batch 9 (bm0097-bm0108): disguises, Spanish, mixed
add(
    ("bm0097", "Hi Jerome, your C P A P download shows A H I 14.2 - please call the sleep lab to book a mask refit.",
     "BLOCK", "result", "sms", "en",
     [("Jerome", "NAME"), ("C P A P", "PROCEDURE"), ("A H I", "PROCEDURE"), ("14.2", "RESULT"), ("sleep", "SPECIALTY"), ("mask", "PROCEDURE")],
     ["home-health", "spaced"], "Spaced-out device and index around a result (decision 4); 'sleep' names the service line, 'lab' is generic."),
    ("bm0098", "ur 0xyg3n refill is out 4 delivery today 10-2. driver will call 15 min ahead",
     "REWRITE", "reminder", "sms", "en",
     [("0xyg3n", "MEDICATION")],
     ["home-health", "leet", "shorthand"], "Leetspeak oxygen in a delivery text; 'your refill is out for delivery today 10-2' survives (decision 3)."),
    ("bm0099", "Mr. Price, your nighttime \u043eximetry showed SpO2 dipping to 79%. Dr. Haddad wants you on 1 L of oxygen while you sleep starting tonight.",
     "BLOCK", "result", "sms", "en",
     [("Price", "NAME"), ("\u043eximetry", "PROCEDURE"), ("SpO2", "PROCEDURE"), ("79%", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("oxygen", "MEDICATION")],
     ["home-health"], "Saturation result and an oxygen order; 'oximetry' starts with a Cyrillic o; Price is a surname that is also a word."),
    ("bm0100", "Suministros Médicos del Valle: su pedido fue entregado el 18/09 a las 11:42. Recibió: recepción del edificio. ¡Gracias por su preferencia!",
     "ALLOW", "confirmation", "sms", "es",
     [("18/09", "DATE")],
     ["home-health"], "Proof-of-delivery text from a generic supplier with a day/month date and a time (decision 1)."),
    ("bm0101", "Estimado Sr. Ledesma:\n\nLe informamos que con el pago de este mes se completan los 13 meses de renta de su concentrador de oxígeno y, según las reglas de Medicare, el equipo pasa a ser de su propiedad. Seguiremos dándole mantenimiento sin costo cada 6 meses; el próximo servicio está programado para el 15 de octubre.\n\nSi el equipo presenta alguna falla, llámenos de inmediato: tenemos técnico de guardia las 24 horas. Recuerde mantenerlo en un lugar ventilado y lejos de estufas, velas o cualquier flama.\n\nPara cualquier aclaración sobre su cuenta 55-0918-22, llame al 915-555-0156 de lunes a viernes de 8 a 5.\n\nAtentamente,\nEquipos Médicos Del Norte",
     "REWRITE", "billing", "email", "es",
     [("Ledesma", "NAME"), ("concentrador de oxígeno", "PROCEDURE"), ("15 de octubre", "DATE"), ("55-0918-22", "ACCOUNT"), ("915-555-0156", "PHONE")],
     ["home-health", "practice-contact"], "Rental-to-purchase letter: name, device and account number go; the ownership notice, service date and phone survive (decisions 3, 11)."),
    ("bm0102", "Sra. Robles, según la tarjeta de su CPAP lo usó solo 2 horas por noche y tiene fuga alta en la mascarilla. Si no llega al 70% de las noches, el seguro lo va a recoger.",
     "BLOCK", "result", "sms", "es",
     [("Robles", "NAME"), ("CPAP", "PROCEDURE"), ("2 horas por noche", "RESULT"), ("fuga alta", "RESULT"), ("mascarilla", "PROCEDURE")],
     ["home-health"], "CPAP usage hours and leak (decision 4); 70% is the plan's threshold."),
    ("bm0103", "Mask up! Cascade Home Medical asks everyone to wear a mask in our walk-in showroom until flu season ends. Free masks at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Mask rule for everyone, not a CPAP mask."),
    ("bm0104", "Reminder Mrs. Olufemi: bring your TENS unit to the store Friday so we can swap the lead wires under warranty. - Tri-County Medical Supply",
     "REWRITE", "reminder", "sms", "en",
     [("Olufemi", "NAME"), ("TENS unit", "PROCEDURE")],
     ["home-health", "physical-therapy"], "Warranty repair: name and device go; 'bring your device Friday' survives (decision 2)."),
    ("bm0105", "Hi Mrs. Salazar,\n\nOur dietitian reviewed Leo's weigh-in from the home visit: 9.8 kg, down from 10.3 kg two weeks ago. She would like to increase his overnight G-tube feeds to 45 mL/hr on the pump and add one extra can of formula per day. We'll send an updated delivery of formula and extension sets this week.\n\nPlease call 414-555-0129 with any questions.\n\nLittle Sprout Pediatric Home Care",
     "BLOCK", "care-instructions", "email", "en",
     [("Salazar", "NAME"), ("Leo", "NAME"), ("9.8 kg", "RESULT"), ("10.3 kg", "RESULT"), ("G-tube", "PROCEDURE"), ("pump", "PROCEDURE"),
      ("formula", "MEDICATION"), ("formula", "MEDICATION", 1), ("extension sets", "PROCEDURE"), ("414-555-0129", "PHONE"),
      ("Little Sprout Pediatric Home Care", "SPECIALTY")],
     ["pediatrics", "home-health", "minor", "third-party", "practice-contact"], "A child's weights and feeding-rate change sent to the parent (README third-party convention; decision 5)."),
    ("bm0106", "Cascade Home Medical: your service visit is complete. Thanks for letting us take care of it! How did we do? Reply with a number from 1 to 5.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health"], "Survey after a service visit, no item named (decision 1)."),
    ("bm0107", "Hi Bernard, your compression stockings are ready for pickup at Tri-County Medical Supply, 88 Alder Rd. Open until 6 today.",
     "REWRITE", "pickup", "sms", "en",
     [("Bernard", "NAME"), ("compression stockings", "PROCEDURE"), ("88 Alder Rd", "ADDRESS")],
     ["home-health", "practice-contact"], "Counter pickup: name and garment go; the store's own address stays (decisions 2, 10, 11)."),
    ("bm0108", "Per your sleep doctor, your new CPAP pressure is 11 cm H2O. We changed it remotely last night - let us know if the air feels too strong.",
     "BLOCK", "care-instructions", "sms", "en",
     [("sleep", "SPECIALTY"), ("CPAP", "PROCEDURE")],
     ["home-health"], "A device pressure setting is a dosing instruction; the value is not labelled, as with doses (decisions 5, 6)."),
)

# ---------------------------------------------------------------- batch 10 (bm0109-bm0120): confirmations, addresses, welcome letters, rentals
add(
    ("bm0109", "Hello, this is Tri-County Medical Supply calling to confirm your delivery tomorrow between 8 a.m. and noon. Press 1 to confirm, press 2 to reschedule, or call us at 503-555-0172.",
     "ALLOW", "confirmation", "voice", "en",
     [("503-555-0172", "PHONE")],
     ["home-health", "practice-contact"], "IVR delivery confirmation from a generic supplier (decision 1)."),
    ("bm0110", "Hi Ms. Novak, your replacement nebulizer kit will be delivered to 4418 Larkspur Ln, Apt 2B, Medford, OR 97501 on 3/3 between 10 and 2. Reply to this e-mail if the address has changed. - Cascade Home Medical",
     "REWRITE", "confirmation", "email", "en",
     [("Novak", "NAME"), ("nebulizer kit", "PROCEDURE"), ("4418 Larkspur Ln, Apt 2B, Medford, OR 97501", "ADDRESS"), ("3/3", "DATE")],
     ["home-health"], "The patient's delivery address is an identifier the purpose does not need (decision 10); name and device go."),
    ("bm0111", "Pantallas y monitores con 25% de descuento en TecnoCentro este fin de semana. Aplican restricciones.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative"], "'Monitores' as screens."),
    ("bm0112", "Sr. Ávila, su hija nos comentó que por su EPOC ya no puede subir escaleras; por eso el doctor pidió el concentrador. Lo instalamos el 9 de abril.",
     "BLOCK", "other", "sms", "es",
     [("Ávila", "NAME"), ("EPOC", "CONDITION"), ("ya no puede subir escaleras", "CONDITION"), ("concentrador", "PROCEDURE"), ("9 de abril", "DATE")],
     ["home-health"], "The diagnosis and a symptom are named as the reason for the equipment."),
    ("bm0113", "Thanks for renting with Summit HME! Tell us how your delivery went: summithme.example/survey",
     "ALLOW", "other", "sms", "en",
     [("summithme.example/survey", "URL")],
     ["home-health", "practice-contact"], "Survey link without a token or query parameter (README)."),
    ("bm0114", "Your knee scooter rental ends 7/19. Extend it or schedule a pickup in the app.",
     "REWRITE", "billing", "push", "en",
     [("knee scooter", "PROCEDURE"), ("7/19", "DATE")],
     ["home-health", "orthopedics"], "Lock-screen push naming the device; 'your rental ends 7/19' survives (decision 2)."),
    ("bm0115", "FYI ur ostomy output log shows 1.8 L/day - that's high output. Hold the extra pouch order & call the WOC nurse today pls",
     "BLOCK", "result", "sms", "en",
     [("ostomy", "PROCEDURE"), ("1.8 L/day", "RESULT"), ("high output", "RESULT"), ("pouch", "PROCEDURE"), ("WOC", "SPECIALTY")],
     ["home-health", "shorthand"], "Output volume and its interpretation are results (decisions 2, 6)."),
    ("bm0116", "Su visita de instalación del equipo con nuestro técnico está confirmada para el lunes 9 de febrero a las 11:00. Calcule unos 45 minutos.",
     "ALLOW", "confirmation", "sms", "es",
     [("9 de febrero", "DATE")],
     ["home-health"], "Setup visit naming no device; a technician is not a specialty."),
    ("bm0117", "Delivery for Ethan is set for Tue 8/5 between 9-12. A parent or guardian must be home to sign. - Little Sprout Pediatric Home Care",
     "REWRITE", "confirmation", "sms", "en",
     [("Ethan", "NAME"), ("8/5", "DATE"), ("Little Sprout Pediatric Home Care", "SPECIALTY")],
     ["pediatrics", "home-health", "minor", "contrast"], "A dependent's delivery with only a name and a specialty name is REWRITE (README; decision 7); contrast with bm0093."),
    ("bm0118", "Welcome to Valley Medical Equipment!\n\nHere's what to expect on delivery day:\n- Our driver will call about 30 minutes before arriving.\n- An adult must be present to sign the delivery ticket.\n- The technician will set up the equipment, show you how to use it and leave the manufacturer's guide.\n\nCleaning and care: wipe equipment weekly with a damp cloth and never use bleach. Keep cords out of walkways and away from water.\n\nBilling: we bill your insurance directly. If you owe a coinsurance, you'll get one statement a month; payment plans are available on request.\n\nReturns and pickups: call us when you no longer need an item and we'll schedule a free pickup.\n\nAfter hours, an on-call technician is available for equipment problems. For medical emergencies call 911.\n\nOur office: 1200 Commerce Way, Suite 4, Eugene, OR 97402\nPhone: 541-555-0163 | Fax: 541-555-0164\nvalleyme.example",
     "ALLOW", "other", "email", "en",
     [("1200 Commerce Way, Suite 4, Eugene, OR 97402", "ADDRESS"), ("541-555-0163", "PHONE"), ("541-555-0164", "FAX"), ("valleyme.example", "URL")],
     ["home-health", "practice-contact"], "Welcome letter naming no item; the supplier's own address, phone, fax and site; 911 is not a phone identifier."),
    ("bm0119", "Dear Ms. Whitford,\n\nYour insurer has asked for more information before it approves a replacement insulin pump. From the records Dr. Amsel's office sent us: A1c of 8.4% on 10/02 and three lows under 54 mg/dL logged in the past month. The plan also wants proof that your current device is out of warranty, so please send a photo of the serial number on the back. If you no longer have the original box, the number is also printed under the battery cap. Your current supplies are not affected and will keep shipping on schedule.\n\nWe will resubmit as soon as we have it.\n\nGlucoLink Direct Prior Authorization Team\n877-555-0109",
     "BLOCK", "other", "email", "en",
     [("Whitford", "NAME"), ("insulin pump", "PROCEDURE"), ("Dr. Amsel", "PROVIDER"), ("A1c", "PROCEDURE"), ("8.4%", "RESULT"), ("10/02", "DATE"),
      ("three lows under 54 mg/dL", "RESULT"), ("GlucoLink Direct", "SPECIALTY"), ("877-555-0109", "PHONE")],
     ["pharmacy", "practice-contact"], "Prior-authorization request quotes lab values and glucose lows (decision 2: insulin pump is one device span)."),
    ("bm0120", "Entregas con retraso por el clima: Estafeta y DHL reportan demoras en toda la región. Su pedido podría llegar uno o dos días después. Gracias por su comprensión.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Carrier names and a weather delay sent to every customer."),
)

probe_lib.run(M, "bm", "probe62.jsonl")
