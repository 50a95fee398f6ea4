#!/usr/bin/env python3
"""Build corpus/probe130.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe130.py [OUT] [-v]   (default: probe130.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, test, build script or source file was read.

Theme of this round: NON-EMERGENCY MEDICAL TRANSPORTATION, HOME-DELIVERED MEALS AND HOME
SERVICES — what NEMT brokers and ride vendors, medically tailored meal programs, home-delivered
meal services, durable-medical-equipment suppliers, home-infusion couriers and personal-care
agencies send: ride confirmations, driver arrival texts, will-call returns, standing orders,
no-shows, level-of-service changes, meal-delivery windows and diet types, equipment delivery and
pickup, courier ETAs, caregiver shift schedules, statements and eligibility notices. Messages that
reveal the recipient's condition, treatment, diet, device or destination (a dialysis center, a
cancer center, a methadone clinic) are mixed with neutral logistics and look-alikes ("a smooth
ride for the holiday parade", a Meals on Wheels bike race, a driver license renewal, the Dialysis
Drive exit, a low-sodium soy sauce promo, a driver named Chase Carr, a driver surnamed Salud).
About 20% Spanish; four disguised messages (spaced letters, zero-width space, leet, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "are [[low]]" searches for "are low" and labels
      only the bracketed part "low".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Drivers, aides, caregivers, couriers and dispatchers named in a message are workforce, like
     the staff member named as sender: PROVIDER, the name only (role words such as "driver",
     "your aide", "cuidadora" stay outside); "Nurse X" / "Enfermera X" keep the title as in the
     README's `nurse Dana`.
  2. The vendor's vehicle (make, colour, plate) identifies the driver's car, not the patient or a
     household member: not labelled, so a driver-arrival text with a plate can be ALLOW.
  3. Trip numbers, ride IDs and carrier tracking numbers of a non-revealing delivery are booking
     references like confirmation codes: not labelled. A prior-authorization reference is
     OTHER_ID. A live-tracking link with a per-delivery token is a patient-specific URL (it opens
     the delivery location): REWRITE.
  4. The patient's pickup, delivery or mailing address is ADDRESS and makes the message REWRITE;
     a store's or facility's own address is labelled ADDRESS and allowed (practice contact).
  5. A ride destination with a specialty-revealing proper name is one SPECIALTY span (`Lakeshore
     Dialysis Center`, `Clínica de Metadona Nueva Vida`); a generic description keeps the generic
     word outside and labels the revealing word (`the ⟦dialysis|PROCEDURE⟧ center`,
     `the ⟦methadone|MEDICATION⟧ clinic`), like `clínica de ⟦VIH|CONDITION⟧`.
  6. Mobility levels and equipment (wheelchair, stretcher, bariatric wheelchair, walker, hospital
     bed, concentrator, CPAP, nebulizer, ostomy, CGM sensors) are devices: PROCEDURE; `oxygen`
     alone is MEDICATION (README), `concentrador de oxígeno` is one device span. A question
     whether the rider needs a wheelchair is hypothetical and not labelled.
  7. Diets: a therapeutic diet or texture assigned to the recipient (renal diet, low potassium,
     2 g sodium, fluid-restricted, pureed, nectar-thick, carb-controlled, bajo en sal, sin azúcar)
     is a therapy: PROCEDURE, with the generic words meals/menu/comidas outside; a diet named by a
     condition labels the condition (`comidas para ⟦diabéticos|CONDITION⟧`); programs whose
     eligibility is a serious illness (`medically tailored meals`, `Produce Rx`) are PROCEDURE;
     plain home-delivered meals are not labelled; menu items in a broadcast to every customer
     (low-sodium soy sauce, diabetic-friendly desserts) are not about the recipient: no span.
  8. Personal-care tasks that reveal care needs (bathing, incontinence care, catheter care) are
     PROCEDURE; housekeeping, errands, meal prep and companionship are generic. Agency names that
     name the service (`… Home Health`, `… Home Infusion`, `… Respiratory`, `… Sleep Supply`,
     `… Diabetes Supply`) are SPECIALTY; brand names that do not (`Kindred Hands`, `Apex Medical
     Supply`, `Golden Fork`, `NourishRx`) are not labelled.
  9. A diagnosis explicitly asserted about the recipient (a qualifying diagnosis on a referral,
     an ICD-10 code, "you qualified because of your X diagnosis") is a diagnosis statement:
     BLOCK, with the code itself labelled CONDITION.
 10. A broadcast to every rider that addresses a patient group conditionally ("Dialysis patients:
     ..." or "dialysis and chemo trips will run first") says nothing about the recipient: ALLOW,
     no span (README's broadcast rule).
 11. Device data sent back to the patient (CPAP hours of use, meter readings, oxygen saturation
     at setup) are results: BLOCK.
 12. Handling instructions for a delivery (refrigerate, sign, keep tanks away from flame) are
     logistics; infusion start/rate, premedication, dose changes and testing frequency are
     treatment instructions: BLOCK.
 13. A masked SSN (`***-**-4417`) is still labelled SSN, as one span with its mask.
 14. `dietitian` and `speech therapist` are role words that name a service line: SPECIALTY,
     like `radiologist`.
 15. Service tags: NEMT logistics are `general` unless the destination or treatment reveals a
     service; home-delivered meals, DME and personal care are `home-health`; infusion couriers
     are `pharmacy` (plus `home-health`). Purposes: ride and delivery confirmations ->
     confirmation; arrival/ETA/shipment status -> other.

Everything is invented: names, vendors, 555-01xx numbers, example domains, identifiers; the SSN
is masked. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ec0001-ec0012): NEMT confirmations and driver arrivals
add(
    ("ec0001", "RideWell: Your ride is confirmed for Tue 6/10. Pickup window 7:15–7:45 AM. Trip #RW-558213. Reply C to confirm or X to cancel. Questions: (312) 555-0142",
     "ALLOW", "confirmation", "sms", "en",
     [("6/10", "DATE"), ("(312) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Date, pickup window and the broker's own number; the trip number is a booking reference, not labelled (decision 3)."),
    ("ec0002", "Hi Denise, this is Metro Access Rides confirming your trip tomorrow: pickup 6:40 AM at 1187 Larkspur Ln Apt 3B, Joliet IL 60435 → Lakeshore Dialysis Center. Wheelchair van requested. Reply 1 to confirm, 2 to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("Denise", "NAME"), ("1187 Larkspur Ln Apt 3B, Joliet IL 60435", "ADDRESS"), ("Lakeshore Dialysis Center", "SPECIALTY"), ("Wheelchair", "PROCEDURE")],
     ["dialysis"], "Name, home pickup address (decision 4), dialysis destination (decision 5) and mobility device (decision 6) go; the confirmation survives."),
    ("ec0003", "Standing order reminder: your M/W/F dialysis rides continue next week with a 5:20 AM pickup. If your chair time changes, call dispatch at (312) 555-0147.",
     "REWRITE", "reminder", "sms", "en",
     [("dialysis", "PROCEDURE"), ("(312) 555-0147", "PHONE")],
     ["dialysis", "practice-contact"], "The treatment named as the trip's purpose goes; M/W/F and 'chair time' are not labelled (judgement: jargon without the word dialysis reveals little)."),
    ("ec0004", "This is an automated reminder from Prairie Transit Health Rides. You have a ride scheduled for Thursday, June 12th. Your driver will arrive between 9:00 and 9:30 AM. Press 1 to confirm, press 2 to cancel, or press 3 to speak with a scheduler.",
     "ALLOW", "reminder", "voice", "en",
     [("June 12th", "DATE")],
     ["general"], "Voice reminder with a date and a window only; voice is treated like SMS but nothing here is sensitive."),
    ("ec0005", "Your ride to Northshore Cancer Institute for your 10:30 infusion is booked. Pickup window 9:00–9:20 AM. Reply STOP to opt out of ride texts.",
     "REWRITE", "confirmation", "sms", "en",
     [("Northshore Cancer Institute", "SPECIALTY"), ("infusion", "PROCEDURE")],
     ["oncology"], "Oncology destination and treatment type go; the pickup window survives."),
    ("ec0006", "RIDE CONFIRMED - Daily 6:00 AM pickup to Bayview Opioid Treatment Program, Mon-Sat, standing order thru 7/31. Call 555-0163 w/ changes.",
     "REWRITE", "confirmation", "sms", "en",
     [("Bayview Opioid Treatment Program", "SPECIALTY"), ("7/31", "DATE"), ("555-0163", "PHONE")],
     ["substance-use", "practice-contact"], "A Part 2 program named as the destination must go (decision 5); the standing order and the broker's number stay."),
    ("ec0007", "Transporte Médico Sol: su viaje está confirmado para el jueves 19 de junio. Lo recogemos entre 8:00 y 8:30 a.m. Responda SÍ para confirmar o NO para cancelar.",
     "ALLOW", "confirmation", "sms", "es",
     [("19 de junio", "DATE")],
     ["general"], "Generic medical-transport name, date and window only."),
    ("ec0008", "Hola Sr. Benítez, le confirmamos su transporte al Centro Renal del Valle el lunes 16/6 a las 5:45 a.m. ¿Va a necesitar silla de ruedas? Responda 1 para sí, 2 para no.",
     "REWRITE", "confirmation", "sms", "es",
     [("Benítez", "NAME"), ("Centro Renal del Valle", "SPECIALTY"), ("16/6", "DATE")],
     ["dialysis", "negation"], "Name and kidney-center destination go. Judgement: the question whether a wheelchair is needed is hypothetical and not labelled (decision 6)."),
    ("ec0009", "Your driver Chase Carr is 5 min away in a silver Toyota Sienna, plate 8ZTW412. Please wait at the front entrance.",
     "ALLOW", "other", "sms", "en",
     [("Chase Carr", "PROVIDER")],
     ["general"], "The driver's name is workforce (decision 1), not a patient, despite looking like 'chase car'; the vendor's plate is not the patient's vehicle and is not labelled (decision 2)."),
    ("ec0010", "Hi Marcus! Your driver Leticia has arrived at 4410 W Belmont Ave, Chicago. She'll wait upto 10 minutes — look for the white van with the blue CareLink logo.",
     "REWRITE", "other", "sms", "en",
     [("Marcus", "NAME"), ("Leticia", "PROVIDER"), ("4410 W Belmont Ave, Chicago", "ADDRESS")],
     ["general", "typo"], "Patient's name and home pickup address go (decision 4); the driver's name is workforce (decision 1)."),
    ("ec0011", "Wishing all our riders a smooth ride for the holiday parade weekend! Downtown streets close Saturday 8 AM–2 PM, so allow extra time for pickups. – Lakeview Rides",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about street closures; 'ride' is a parade ride, nothing about the recipient."),
    ("ec0012", "Update from Metro Access Rides: your dad Walter seemed confused and his oxygen level was 84% when our driver arrived, so we called 911. He was taken to St. Anne's.",
     "BLOCK", "other", "sms", "en",
     [("Walter", "NAME"), ("confused", "CONDITION"), ("oxygen level", "PROCEDURE"), ("84%", "RESULT")],
     ["general", "third-party"], "A third party's symptoms and a measured value sent to a relative: clinical content is the message."),
)

# ---------------------------------------------------------------- batch 2 (ec0013-ec0024): will-call returns, no-shows, cancellations, relayed clinic messages
add(
    ("ec0013", "Will-call return: when your appointment is done, text READY to this number or call (312) 555-0158. A driver will be sent within 60 min.",
     "ALLOW", "other", "sms", "en",
     [("(312) 555-0158", "PHONE")],
     ["general", "practice-contact"], "Will-call instructions with the broker's own number; nothing about the visit."),
    ("ec0014", "Reminder: your will-call return from Mercy Wound & Hyperbaric Center may take up to 60 min. The clinic asked us to pass on that your foot ulcer is healing well, so your dives drop to 3x a week starting Mon.",
     "BLOCK", "other", "sms", "en",
     [("Mercy Wound & Hyperbaric Center", "SPECIALTY"), ("foot ulcer", "CONDITION"), ("healing well", "RESULT"), ("dives", "PROCEDURE")],
     ["general"], "A finding about the wound and a change in treatment frequency, relayed by the ride vendor (decision 12). Judgement: hyperbaric 'dives' are the treatment sessions, PROCEDURE."),
    ("ec0015", "Cuando termine su quimio, llámenos al 555-0171 para el regreso. El chofer llega en unos 45 min. Gracias, Transportes La Paz",
     "REWRITE", "other", "sms", "es",
     [("quimio", "PROCEDURE"), ("555-0171", "PHONE")],
     ["oncology", "practice-contact"], "The treatment named as the trip's purpose goes; the will-call instruction and number stay."),
    ("ec0016", "We arrived at 7:02 AM and waited 10 minutes but couldn't find you, so today's trip was marked as a no-show. Call (312) 555-0149 to rebook.",
     "ALLOW", "other", "sms", "en",
     [("(312) 555-0149", "PHONE")],
     ["general", "practice-contact"], "No-show notice without destination or care details."),
    ("ec0017", "Your return trip from Dr. Okafor's office is cancelled per your request. Trip ID 88-21046. Reply HELP for help.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okafor", "PROVIDER")],
     ["general"], "A provider name without a specialty is allowed; the trip ID is a booking reference (decision 3)."),
    ("ec0018", "Aviso de Transporte Médico Sol: por la carrera ciclista de Comidas sobre Ruedas este domingo habrá cierres en la Av. Central. Sus viajes podrían retrasarse de 15 a 20 minutos.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A Meals on Wheels bike race closing a street: broadcast logistics, nothing about the recipient."),
    ("ec0019", "Reminder: Harbor Point Recovery pickup at 6:30 AM. The clinic asked us to tell you not to take today's methadone dose at home—they'll dose you after your urine screen.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Harbor Point Recovery", "SPECIALTY"), ("methadone", "MEDICATION"), ("urine screen", "PROCEDURE")],
     ["substance-use"], "A dosing instruction for a Part 2 medication relayed by the ride vendor: the instruction is the message (decision 12)."),
    ("ec0020", "Ride booked ✔ Wed 6/18, 12:40 PM pickup → Crestview Women's Imaging. Return is will-call. Need changes? Reply CHANGE.",
     "REWRITE", "confirmation", "sms", "en",
     [("6/18", "DATE"), ("Crestview Women's Imaging", "SPECIALTY")],
     ["imaging"], "Imaging names are specialty-revealing (README); the destination goes, date and pickup time survive."),
    ("ec0021", "Your Medicaid ride benefit has been updated to STRETCHER level for trips on or after 7/1. Member ID NX40029871. Questions? (800) 555-0167",
     "REWRITE", "other", "sms", "en",
     [("STRETCHER", "PROCEDURE"), ("7/1", "DATE"), ("NX40029871", "HEALTH_PLAN_ID"), ("(800) 555-0167", "PHONE")],
     ["general", "identifier", "practice-contact"], "A stretcher level of service reveals the rider's condition (decision 6) and the member ID is not needed; the broker's own number stays."),
    ("ec0022", "Just a reminder: NEMT rides are for covered medical appointments only. We can't book trips to the DMV for a driver license renewal, the bank or the grocery store. Reply INFO for what's covered.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Driver license renewal' is an errand, not a license number; nothing about the recipient."),
    ("ec0023", "Message from Lakeview Rides dispatch: Eastgate Eye Surgery Center called - after today's cataract surgery, sit in the back seat, keep the eye shield on tonight and start the drops 4x a day tomorrow.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Eastgate Eye Surgery Center", "SPECIALTY"), ("cataract surgery", "PROCEDURE"), ("eye shield", "PROCEDURE"), ("drops", "MEDICATION")],
     ["ophthalmology"], "Post-operative care and dosing instructions relayed by dispatch: the instructions are the message."),
    ("ec0024", "Sra. Quintero, su viaje de regreso desde el Centro de Salud Mental Horizonte está listo. Su chofer, Rubén, la espera en la entrada principal en una Nissan blanca, placa 4HJK771.",
     "REWRITE", "other", "sms", "es",
     [("Quintero", "NAME"), ("Centro de Salud Mental Horizonte", "SPECIALTY"), ("Rubén", "PROVIDER")],
     ["behavioral-health"], "Name and mental-health destination go; the driver is workforce (decision 1) and the vendor's plate is not labelled (decision 2)."),
)

# ---------------------------------------------------------------- batch 3 (ec0025-ec0036): home-delivered and medically tailored meals
add(
    ("ec0025", "Golden Fork: Your delivery window for Thursday is 10 AM–1 PM. No signature needed — we'll leave the insulated box at your door if you're out. Reply SKIP to skip this week.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["home-health"], "Plain home-delivered meals (decision 7) with a delivery window; nothing about diet or health."),
    ("ec0026", "Hi Gloria, your 14 renal diet meals (low potassium, low phosphorus) arrive Tue 6/17 between 11 AM and 3 PM. Keep frozen until you're ready to heat them.",
     "REWRITE", "confirmation", "sms", "en",
     [("Gloria", "NAME"), ("renal diet", "PROCEDURE"), ("low potassium", "PROCEDURE"), ("low phosphorus", "PROCEDURE"), ("6/17", "DATE")],
     ["home-health", "dialysis"], "The assigned therapeutic diet reveals kidney disease (decision 7); name and diet go, the delivery window survives."),
    ("ec0027", "Subject: Welcome to NourishRx Medically Tailored Meals\n\nDear Mr. Abernathy,\n\nThank you for enrolling in NourishRx! Based on the referral from Dr. Sylvia Chen at Lakeside Heart & Vascular, you'll receive 10 meals a week on our 2 g sodium, fluid-restricted menu for the next 12 weeks.\n\nWhat to expect:\n- Deliveries arrive every Monday between 9 AM and 1 PM in an insulated box.\n- Meals keep 7 days in the fridge or 3 months in the freezer.\n- You can swap up to 3 meals a week in the app.\n\nIf you won't be home, reply SKIP by Friday at noon. To change your delivery day, call our Member Care team at (414) 555-0186 or write to care@nourishrx.example.\n\nWarmly,\nThe NourishRx Team",
     "REWRITE", "other", "email", "en",
     [("Medically Tailored Meals", "PROCEDURE"), ("Abernathy", "NAME"), ("Dr. Sylvia Chen", "PROVIDER"), ("Lakeside Heart & Vascular", "SPECIALTY"),
      ("2 g sodium", "PROCEDURE"), ("fluid-restricted", "PROCEDURE"), ("(414) 555-0186", "PHONE"), ("care@nourishrx.example", "EMAIL")],
     ["home-health", "cardiology", "practice-contact"], "Welcome e-mail: the program (decision 7), the referring cardiology practice, the assigned diet and the name go; delivery logistics and the program's contact details survive."),
    ("ec0028", "This week at Harvest Table Kitchen 🥢 sesame-ginger stir fry with a low-sodium soy sauce glaze, plus lemon bars! Menu changes Monday; order by Sunday 8 PM in the app.",
     "ALLOW", "marketing", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "A menu item sent to every customer is not the recipient's diet (decision 7)."),
    ("ec0029", "NourishRx: we received your updated labs from your clinic. Your potassium was 5.9, so starting next week we're switching you to the low-potassium menu (no bananas, potatoes or tomatoes).",
     "BLOCK", "other", "sms", "en",
     [("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("low-potassium", "PROCEDURE")],
     ["home-health", "lab"], "A lab value and the diet change it caused: the result is the message."),
    ("ec0030", "Comidas a Domicilio San José: mañana no hay entrega por el día feriado. El viernes le llevamos doble porción. Dudas: 555-0118.",
     "ALLOW", "other", "sms", "es",
     [("555-0118", "PHONE")],
     ["home-health", "broadcast", "practice-contact"], "Holiday schedule from a plain home-delivered meal service with its own number."),
    ("ec0031", "Hola Doña Carmen, sus comidas para diabéticos llegan el miércoles entre 9 y 12. Si no va a estar en casa, avísenos al 555-0124. Comidas a Domicilio San José",
     "REWRITE", "confirmation", "sms", "es",
     [("Carmen", "NAME"), ("diabéticos", "CONDITION"), ("555-0124", "PHONE")],
     ["home-health", "practice-contact"], "A diet named by a condition labels the condition with the generic word outside (decision 7); name and condition go."),
    ("ec0032", "Tender Table: per your speech therapist, your swallow study showed trouble with thin liquids, so your pureed meals will now come with nectar-thick drinks. Next box ships Friday.",
     "BLOCK", "other", "sms", "en",
     [("speech therapist", "SPECIALTY"), ("swallow study", "PROCEDURE"), ("trouble with thin liquids", "RESULT"), ("pureed", "PROCEDURE"), ("nectar-thick", "PROCEDURE")],
     ["home-health"], "A test finding and the texture change it caused (decisions 7 and 14): the finding is the message."),
    ("ec0033", "Gear up! The Meals on Wheels Bike Race rolls out this Saturday at 8 AM from Riverside Park. Riders of all ages and volunteers welcome — sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "A fundraiser bike race; 'Meals on Wheels' and 'riders' say nothing about the recipient."),
    ("ec0034", "Statement: 28 medically tailored meals delivered 5/1–5/28, billed to your health plan. Your share: $0.00. Member ID ZHX881204556. Questions? Reply HELP.",
     "REWRITE", "billing", "sms", "en",
     [("medically tailored meals", "PROCEDURE"), ("5/1", "DATE"), ("5/28", "DATE"), ("ZHX881204556", "HEALTH_PLAN_ID")],
     ["home-health", "identifier"], "The program reveals a serious diet-related illness (decision 7) and the member ID is not needed; the balance survives."),
    ("ec0035", "Hi Jenna, this is Kim at Tender Table. Your mom's nurse told us her blood pressure has been running high, so starting Monday her meals will be 1,500 mg sodium. Call us if she doesn't like the new menu!",
     "BLOCK", "other", "sms", "en",
     [("Jenna", "NAME"), ("Kim", "PROVIDER"), ("blood pressure", "PROCEDURE"), ("running high", "RESULT"), ("1,500 mg sodium", "PROCEDURE")],
     ["home-health", "third-party"], "A relative's blood-pressure finding and the diet it led to, sent to the daughter (README third-party rule)."),
    ("ec0036", "Your Golden Fork box has shipped! FedEx tracking 7712 0094 3381. Expected delivery: Wednesday by 8 PM.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "A carrier tracking number of a non-revealing meal box is a booking reference, not a patient identifier (decision 3)."),
)

# ---------------------------------------------------------------- batch 4 (ec0037-ec0048): durable medical equipment, delivery and pickup
add(
    ("ec0037", "Apex Medical Supply: your delivery is scheduled for Mon 6/23 between 1 and 5 PM. Someone 18+ must be home to sign. To change the time, call (503) 555-0133.",
     "ALLOW", "confirmation", "sms", "en",
     [("6/23", "DATE"), ("(503) 555-0133", "PHONE")],
     ["home-health", "practice-contact"], "A generic supplier name (decision 8), date and window; '18+' is not an age over 89."),
    ("ec0038", "Hi Mr. Delgado, your hospital bed and pressure-relief mattress will be delivered Thursday between 8 and 12. Our tech will set it up in the room you choose. – Apex Medical Supply, (503) 555-0133",
     "REWRITE", "confirmation", "sms", "en",
     [("Delgado", "NAME"), ("hospital bed", "PROCEDURE"), ("pressure-relief mattress", "PROCEDURE"), ("(503) 555-0133", "PHONE")],
     ["home-health", "practice-contact"], "Name and the devices go (decision 6); the delivery window survives."),
    ("ec0039", "Breathe Easy Respiratory: your oxygen refill (6 E-cylinders) is on today's truck. The driver will call 30 min before arriving. Please keep tanks upright and away from the stove.",
     "REWRITE", "confirmation", "sms", "en",
     [("Breathe Easy Respiratory", "SPECIALTY"), ("oxygen", "MEDICATION")],
     ["home-health"], "Respiratory supplier name and oxygen go (decisions 6 and 8); the tank-safety line is handling, not treatment (decision 12)."),
    ("ec0040", "Northside Sleep Supply: your CPAP data for the last 30 days shows an average of 2.1 hrs/night. Your plan requires 4+ hrs on 70% of nights, or the rental (SN 23172846510) must be picked up.",
     "BLOCK", "other", "sms", "en",
     [("Northside Sleep Supply", "SPECIALTY"), ("CPAP", "PROCEDURE"), ("2.1 hrs/night", "RESULT"), ("23172846510", "DEVICE_ID")],
     ["home-health", "identifier"], "Device usage data are a result (decision 11), with the device serial; the plan's threshold is not a result."),
    ("ec0041", "Our new wheelchair-accessible vans are now in service on all routes 🚐 Thanks for riding with Lakeview Rides!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A fleet announcement to every rider; 'wheelchair' does not describe the recipient."),
    ("ec0042", "Pickup reminder: our driver will collect the rented equipment on Wed 7/2 between 9 AM and noon. Please have it near the door. Questions: (503) 555-0133",
     "ALLOW", "reminder", "sms", "en",
     [("7/2", "DATE"), ("(503) 555-0133", "PHONE")],
     ["home-health", "practice-contact"], "Equipment pickup without naming the device."),
    ("ec0043", "Buenas tardes, le escribimos de Suministros Médicos Norte. Mañana le llevamos el concentrador de oxígeno y las cánulas a Calle Pino 245, Depto. 2, Pharr, TX 78577. ¿Habrá alguien en casa para firmar?",
     "REWRITE", "confirmation", "sms", "es",
     [("concentrador de oxígeno", "PROCEDURE"), ("cánulas", "PROCEDURE"), ("Calle Pino 245, Depto. 2, Pharr, TX 78577", "ADDRESS")],
     ["home-health"], "Devices (decision 6) and the patient's delivery address (decision 4) go; the delivery day survives."),
    ("ec0044", "Apex Medical Supply: your meter upload shows blood sugar readings over 300 three days in a row. Please call your doctor today and check your insulin pump site for kinks.",
     "BLOCK", "other", "sms", "en",
     [("blood sugar", "PROCEDURE"), ("over 300", "RESULT"), ("insulin pump", "PROCEDURE")],
     ["home-health"], "Meter readings are results (decision 11) with a care instruction."),
    ("ec0045", "Subject: Power wheelchair delivery – please pick a time\n\nDear Ms. Farrow,\n\nGood news: your insurance approved the power wheelchair ordered by Dr. Ivan Petrov (authorization PA-5512087). Our technician needs about 90 minutes at your home for delivery, fitting and training, and a family member is welcome to join.\n\nAvailable times next week:\n  Tue 8/12, 9:00 AM\n  Wed 8/13, 1:30 PM\n  Fri 8/15, 10:00 AM\n\nReply with the time that works, or call Keystone Medical Equipment at (412) 555-0139, Mon–Fri 8–5. Please make sure doorways and the hallway to your bedroom are clear before we arrive.\n\nThank you,\nKeystone Medical Equipment – Mobility Team\nservice@keystonemed.example",
     "REWRITE", "confirmation", "email", "en",
     [("Power wheelchair", "PROCEDURE"), ("Farrow", "NAME"), ("power wheelchair", "PROCEDURE"), ("Dr. Ivan Petrov", "PROVIDER"), ("PA-5512087", "OTHER_ID"),
      ("8/12", "DATE"), ("8/13", "DATE"), ("8/15", "DATE"), ("(412) 555-0139", "PHONE"), ("service@keystonemed.example", "EMAIL")],
     ["home-health", "practice-contact", "identifier"], "Name, device (decision 6) and authorization number (decision 3) go; scheduling choices and the supplier's contacts survive."),
    ("ec0046", "Time to reorder! Dr. Yoon increased your glucose checks to 4x a day, so your next shipment will be 400 test strips + 400 lancets. Reply YES to ship.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Yoon", "PROVIDER"), ("glucose checks", "PROCEDURE"), ("test strips", "PROCEDURE"), ("lancets", "PROCEDURE")],
     ["home-health"], "A change in testing frequency ordered by the doctor is a treatment instruction (decision 12)."),
    ("ec0047", "Suministros Médicos Norte: le recordamos que el lunes 30 de junio pasaremos a recoger el equipo rentado. Por favor déjelo cerca de la entrada. ¡Gracias!",
     "ALLOW", "reminder", "sms", "es",
     [("30 de junio", "DATE")],
     ["home-health"], "Equipment pickup with a date; no device named."),
    ("ec0048", "Apex tech note: your O2 sat was 86% on 2 liters during setup today. We let Dr. Haines's office know—please use the backup tank tonight if the concentrator alarms.",
     "BLOCK", "other", "sms", "en",
     [("O2 sat", "PROCEDURE"), ("86%", "RESULT"), ("Dr. Haines", "PROVIDER"), ("concentrator", "PROCEDURE")],
     ["home-health"], "An oxygen saturation measured at setup is a result (decision 11); the flow rate is a dose and is not labelled separately."),
)

# ---------------------------------------------------------------- batch 5 (ec0049-ec0060): home-infusion pharmacies and couriers
add(
    ("ec0049", "Crestline Home Infusion: your delivery is on the way! Window: 2–6 PM today. An adult must sign. Please refrigerate the cooler contents as soon as it arrives.",
     "REWRITE", "other", "sms", "en",
     [("Crestline Home Infusion", "SPECIALTY")],
     ["pharmacy", "home-health"], "The supplier name reveals home infusion (decision 8); the refrigeration line is handling (decision 12)."),
    ("ec0050", "Courier update: your Remicade 100 mg (3 vials) and IV supplies will arrive tomorrow between 8 AM and noon. Reply HOME if someone will be there to sign.",
     "REWRITE", "other", "sms", "en",
     [("Remicade 100 mg", "MEDICATION"), ("IV", "PROCEDURE")],
     ["pharmacy", "home-health"], "Drug name with strength in a delivery notice and the route that reveals infusion go; the delivery window survives."),
    ("ec0051", "Your ch\u200bemo pump disconnect kit ships today. Courier ETA 3–5 PM. Questions? 555-0176 – Crestline Home Infusion",
     "REWRITE", "other", "sms", "en",
     [("ch\u200bemo pump", "PROCEDURE"), ("555-0176", "PHONE"), ("Crestline Home Infusion", "SPECIALTY")],
     ["oncology", "pharmacy", "practice-contact"], "A zero-width space hides 'chemo'; the device and the infusion supplier go, the ETA survives."),
    ("ec0052", "Nurse Priya (Crestline): start the vancomycin 1.25 g at 8 PM tonight, run it over 2 hrs, and flush your PICC with 10 mL saline before and after.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nurse Priya", "PROVIDER"), ("vancomycin 1.25 g", "MEDICATION"), ("PICC", "PROCEDURE"), ("saline", "MEDICATION")],
     ["pharmacy", "home-health"], "Infusion start time, rate and flush instructions are treatment instructions (decision 12)."),
    ("ec0053", "Mensajería Rápida: su paquete llega hoy entre 2 y 6 p.m. Se requiere la firma de un adulto. Responda AYUDA si necesita asistencia.",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy"], "A courier's delivery window with no contents named."),
    ("ec0054", "Crestline Home Infusion Pharmacy: Your IVIG (Gamunex-C 30 g) is scheduled for delivery on 6/20, and your nurse visit for the infusion is 6/21 at 9 AM. Please take acetaminophen 650 mg and loratadine 10 mg 30 minutes before the nurse starts.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Crestline Home Infusion Pharmacy", "SPECIALTY"), ("IVIG", "MEDICATION"), ("Gamunex-C 30 g", "MEDICATION"), ("6/20", "DATE"), ("infusion", "PROCEDURE"),
      ("6/21", "DATE"), ("acetaminophen 650 mg", "MEDICATION"), ("loratadine 10 mg", "MEDICATION")],
     ["pharmacy", "home-health", "contrast"], "Inside the secure portal drug names and premedication instructions may stay (README channel rule); by SMS this would be BLOCK."),
    ("ec0055", "Subject: Your July delivery schedule\n\nHello,\n\nThis is Stonebridge Specialty Infusion confirming your deliveries for July. Your weekly shipment of TPN bags, lipids and supplies will arrive on Tuesdays between 10 AM and 2 PM: 7/1, 7/8, 7/15, 7/22 and 7/29.\n\nPlease:\n• Put the bags in the refrigerator as soon as they arrive.\n• Leave the empty cooler and ice packs out for the courier.\n• Check the packing slip and let us know within 24 hours if anything is missing.\n\nIf you will be away, or if you are admitted to the hospital, call us right away so we can hold the shipment: (414) 555-0192, 24/7. You can also reply to this email.\n\nStonebridge Specialty Infusion\nPharmacy Services",
     "REWRITE", "confirmation", "email", "en",
     [("Stonebridge Specialty Infusion", "SPECIALTY"), ("TPN", "MEDICATION"), ("lipids", "MEDICATION"), ("7/1", "DATE"), ("7/8", "DATE"), ("7/15", "DATE"),
      ("7/22", "DATE"), ("7/29", "DATE"), ("(414) 555-0192", "PHONE"), ("Stonebridge Specialty Infusion", "SPECIALTY", 1)],
     ["pharmacy", "home-health", "practice-contact"], "Long delivery schedule: the infusion pharmacy's name (twice) and the parenteral-nutrition products go; handling steps are logistics (decision 12). Judgement: TPN and lipids are products, MEDICATION; '24/7' is not a date."),
    ("ec0056", "Positive news! Our courier team was rated #1 in the state for on-time delivery. Thank you to everyone who sent positive feedback 💙",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "'Positive' twice, about ratings, not a result."),
    ("ec0057", "Sra. Ibarra, le escribimos de Infusiones en Casa Alameda: su conteo de glóbulos blancos salió bajo (1.2), así que la enfermera no le pondrá la infusión del jueves. Le llamamos para reprogramar.",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("Infusiones en Casa Alameda", "SPECIALTY"), ("conteo de glóbulos blancos", "PROCEDURE"), ("bajo", "RESULT"), ("1.2", "RESULT"), ("infusión", "PROCEDURE")],
     ["pharmacy", "home-health", "oncology"], "A blood-count result and the treatment hold it caused: the result is the message."),
    ("ec0058", "Hola, su envío de Humira 40 mg/0.4 mL (2 plumas) sale hoy; guárdelo en el refri. Recuerde: aplíquese una pluma cada 14 días, la próxima el 2 de julio.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Humira 40 mg/0.4 mL", "MEDICATION"), ("2 de julio", "DATE")],
     ["pharmacy"], "The shipping notice alone would be REWRITE, but the dosing interval and next dose date are a dosing instruction (decision 12)."),
    ("ec0059", "Your courier is 2 stops away. Someone must be available to sign for the package. Track live: https://rx-courier.example/t/7GQ2XK",
     "REWRITE", "other", "sms", "en",
     [("https://rx-courier.example/t/7GQ2XK", "URL")],
     ["pharmacy"], "A live-tracking link with a per-delivery token shows where the patient is (decision 3)."),
    ("ec0060", "Hi, this is Omar, your Stonebridge courier. Your husband's PICC dressing looked red and swollen when I dropped off today's supplies—please have him call his nurse today.",
     "BLOCK", "other", "sms", "en",
     [("Omar", "PROVIDER"), ("PICC", "PROCEDURE"), ("red and swollen", "CONDITION")],
     ["pharmacy", "home-health", "third-party"], "A spouse's line site described by the courier: a third party's health (README)."),
)

# ---------------------------------------------------------------- batch 6 (ec0061-ec0072): personal-care and home-health agencies, caregiver shifts
add(
    ("ec0061", "Kindred Hands: Your caregiver for Tue 6/24 is Angela M., 9 AM–1 PM. Reply OK to confirm or call (608) 555-0129.",
     "ALLOW", "confirmation", "sms", "en",
     [("6/24", "DATE"), ("Angela M.", "PROVIDER"), ("(608) 555-0129", "PHONE")],
     ["home-health", "practice-contact"], "A brand name that does not name the service (decision 8), the caregiver as workforce (decision 1), date and shift."),
    ("ec0062", "Schedule change: Luis will cover tonight's 7–11 PM shift for bathing and bedtime help since Teresa is off. Kindred Hands office: (608) 555-0129",
     "REWRITE", "other", "sms", "en",
     [("Luis", "PROVIDER"), ("bathing", "PROCEDURE"), ("Teresa", "PROVIDER"), ("(608) 555-0129", "PHONE")],
     ["home-health", "practice-contact"], "Bathing help reveals a care need (decision 8); the caregivers are workforce; the shift change survives."),
    ("ec0063", "Manos Amigas: le recordamos que su cuidadora Yolanda llega mañana a las 8:00 a.m. Si necesita cambiar el horario, llame al 555-0137.",
     "ALLOW", "reminder", "sms", "es",
     [("Yolanda", "PROVIDER"), ("555-0137", "PHONE")],
     ["home-health", "practice-contact"], "The caregiver is workforce (decision 1); no task or condition named."),
    ("ec0064", "Bluebird Home Health: your nurse measured the wound at 3.2 x 1.5 cm today (smaller!). Keep the wound vac on 24/7 and call if the dressing leaks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Bluebird Home Health", "SPECIALTY"), ("wound", "CONDITION"), ("3.2 x 1.5 cm", "RESULT"), ("smaller", "RESULT"), ("wound vac", "PROCEDURE")],
     ["home-health"], "A wound measurement and a device instruction: the finding is the message."),
    ("ec0065", "Kindred Hands caregiver note for Harolds family: he refused his 6 PM Seroquel again and was up wandering at 2 AM. He's also had a cough since Tuesday. Please call the care manager.",
     "BLOCK", "other", "sms", "en",
     [("Harolds", "NAME"), ("Seroquel", "MEDICATION"), ("wandering", "CONDITION"), ("cough", "CONDITION")],
     ["home-health", "third-party", "typo"], "A client's medication refusal and symptoms sent to the family: a third party's health. Judgement: the misspelt possessive 'Harolds' is labelled whole since the 's is not separable."),
    ("ec0066", "Kindred Hands will be closed Monday for Memorial Day. All caregiver shifts continue as scheduled; the on-call line is (608) 555-0129.",
     "ALLOW", "other", "sms", "en",
     [("(608) 555-0129", "PHONE")],
     ["home-health", "broadcast", "practice-contact"], "Holiday closure broadcast with the agency's own number."),
    ("ec0067", "Subject: Your care schedule, week of 7/7\n\nHi Ms. Whitfield,\n\nHere is who is coming this week:\n\nMon 7/7 – Angela M., 8:00 AM–12:00 PM\nTue 7/8 – Keisha R., 8:00 AM–12:00 PM\nWed 7/9 – Keisha R., 8:00 AM–2:00 PM (longer shift for the grocery run)\nThu 7/10 – Angela M., 8:00 AM–12:00 PM\nFri 7/11 – Marco D., 9:00 AM–1:00 PM\n\nKeisha has been trained on your catheter care, so she can take over on the days the nurse doesn't come. If anyone is running late, the office will text you.\n\nQuestions or changes? Call the Kindred Hands office at (608) 555-0129, option 2.\n\nThank you for letting us be part of your care,\nRenee Calloway\nScheduling Coordinator",
     "REWRITE", "reminder", "email", "en",
     [("7/7", "DATE"), ("Whitfield", "NAME"), ("7/7", "DATE", 1), ("Angela M.", "PROVIDER"), ("7/8", "DATE"), ("Keisha R.", "PROVIDER"), ("7/9", "DATE"),
      ("Keisha R.", "PROVIDER", 1), ("7/10", "DATE"), ("Angela M.", "PROVIDER", 1), ("7/11", "DATE"), ("Marco D.", "PROVIDER"),
      ("[[Keisha]] has been trained", "PROVIDER"), ("catheter care", "PROCEDURE"), ("(608) 555-0129", "PHONE"), ("Renee Calloway", "PROVIDER")],
     ["home-health", "practice-contact"], "Weekly schedule e-mail: the client's name and one buried care task (decision 8) go; caregivers and dates survive."),
    ("ec0068", "Kindred Hands: your June statement is ready. Amount due: $1,190.00 by 7/15. Pay at kindredhands.example/pay or call (608) 555-0129.",
     "ALLOW", "billing", "sms", "en",
     [("7/15", "DATE"), ("kindredhands.example/pay", "URL"), ("(608) 555-0129", "PHONE")],
     ["home-health", "practice-contact"], "Statement notice with a due date and the agency's own payment link."),
    ("ec0069", "Hola Sra. Paredes, a partir del lunes su cuidador Ernesto le ayudará con el baño y el cambio de pañal los martes y jueves de 9 a 11. Manos Amigas",
     "REWRITE", "other", "sms", "es",
     [("Paredes", "NAME"), ("Ernesto", "PROVIDER"), ("baño", "PROCEDURE"), ("cambio de pañal", "PROCEDURE")],
     ["home-health"], "Bathing and incontinence care reveal care needs (decision 8); the name goes, the caregiver and schedule survive."),
    ("ec0070", "We're hiring home health aides and CNAs! Refer a friend who gets hired and you'll get a $200 thank-you card. Details at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "A hiring broadcast; 'home health aides' are jobs, not the recipient's service."),
    ("ec0071", "Bluebird Home Health: your INR today was 3.8. Hold tonight's warfarin; Nurse Gail will recheck Friday.",
     "BLOCK", "result", "sms", "en",
     [("Bluebird Home Health", "SPECIALTY"), ("INR", "PROCEDURE"), ("3.8", "RESULT"), ("warfarin", "MEDICATION"), ("Nurse Gail", "PROVIDER")],
     ["home-health"], "A result with a dose hold: both are the message."),
    ("ec0072", "CareLink: caregiver checked in 9:02 AM",
     "ALLOW", "other", "push", "en", [],
     ["home-health"], "An electronic-visit-verification push with a time only."),
)

# ---------------------------------------------------------------- batch 7 (ec0073-ec0084): statements, eligibility, enrollment, voice
add(
    ("ec0073", "Metro Access Rides statement: 12 round trips in May to Lakeshore Dialysis Center. Medicaid paid $1,116.00; you owe $0.00. Account 40-559182.",
     "REWRITE", "billing", "sms", "en",
     [("Lakeshore Dialysis Center", "SPECIALTY"), ("40-559182", "ACCOUNT")],
     ["dialysis", "identifier"], "The destination reveals dialysis (decision 5) and the account number is not needed in a zero-balance notice."),
    ("ec0074", "Good news! Your NourishRx application is approved. Qualifying diagnosis on your referral: congestive heart failure (I50.9). Your first 20 meals ship Monday.",
     "BLOCK", "other", "sms", "en",
     [("congestive heart failure", "CONDITION"), ("I50.9", "CONDITION")],
     ["home-health", "cardiology"], "An explicitly stated diagnosis and its ICD-10 code (decision 9): a diagnosis statement, not a visit label."),
    ("ec0075", "Hello, this is Prairie Transit Health Rides calling about your account. There is a balance of eighteen dollars for the non-covered trip on May 3rd. Please call us back at 3 1 2, 5 5 5, 0 1 4 4. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("May 3rd", "DATE"), ("3 1 2, 5 5 5, 0 1 4 4", "PHONE")],
     ["general", "practice-contact"], "Voice billing call with a date and the vendor's own number read out digit by digit."),
    ("ec0076", "Estimado/a cliente: su estado de cuenta de mayo por 8 viajes a la Clínica de Metadona Nueva Vida está listo. Saldo: $0.00. No. de Medicaid: 91847203B.",
     "REWRITE", "billing", "sms", "es",
     [("Clínica de Metadona Nueva Vida", "SPECIALTY"), ("91847203B", "HEALTH_PLAN_ID")],
     ["substance-use", "identifier"], "A Part 2 clinic as the trip destination (decision 5) and the Medicaid number go; the statement notice survives."),
    ("ec0077", "Your ride request for 6/27 was not approved: Glow Aesthetics (Botox appointment) is not a Medicaid-covered service. To appeal, call 555-0142 within 60 days.",
     "REWRITE", "other", "sms", "en",
     [("6/27", "DATE"), ("Glow Aesthetics", "SPECIALTY"), ("Botox", "MEDICATION"), ("555-0142", "PHONE")],
     ["dermatology", "practice-contact"], "Denial reason names the destination and the treatment; the denial and appeal route survive. Judgement: a med-spa name is specialty-revealing."),
    ("ec0078", "Your ride account shows a $2.00 copay balance from last month. You can pay by card at your next pickup or by phone. Thanks for riding with us!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'Account' and 'copay' without a number or service: nothing to remove."),
    ("ec0079", "Subject: Your monthly rental statement – Keystone Medical Equipment\n\nDear Customer,\n\nYour statement for June is ready. Rental items:\n\n1. Hoyer lift with sling – rental month 7 of 13 – $68.40\n2. Semi-electric hospital bed – rental month 7 of 13 – $112.25\n\nYour insurance paid $722.60. Your portion (20% coinsurance) is $180.65, due by 7/20.\n\nAccount number: 300-8841-27\n\nPay online at keystonemed.example/pay, by phone at (412) 555-0139, or mail a check to Keystone Medical Equipment, 900 Penn Ave, Pittsburgh PA 15222. After month 13 the equipment is yours and rental charges stop.\n\nQuestions about your bill? Our billing team is here Mon–Fri 8–5.\n\nKeystone Medical Equipment Billing",
     "REWRITE", "billing", "email", "en",
     [("Hoyer lift", "PROCEDURE"), ("Semi-electric hospital bed", "PROCEDURE"), ("7/20", "DATE"), ("300-8841-27", "ACCOUNT"),
      ("keystonemed.example/pay", "URL"), ("(412) 555-0139", "PHONE"), ("900 Penn Ave, Pittsburgh PA 15222", "ADDRESS")],
     ["home-health", "practice-contact", "identifier"], "Rental statement: the devices (decision 6) and the account number go; amounts, due date and the supplier's own address survive."),
    ("ec0080", "Enrollment received for Dolores Vance, SSN ***-**-4417, DOB 02/09/1938. You can book your first ride on or after 7/1. – RideWell",
     "BLOCK", "other", "sms", "en",
     [("Dolores Vance", "NAME"), ("***-**-4417", "SSN"), ("02/09/1938", "DATE"), ("7/1", "DATE")],
     ["general", "dob", "identifier"], "Full date of birth with the name (README) and a masked SSN (decision 13) must not travel by text."),
    ("ec0081", "Transporte Médico Sol: su viaje de regreso es a pedido. Cuando termine su cita, llame al 555-0152 y un chofer saldrá en 45 a 60 minutos.",
     "ALLOW", "other", "sms", "es",
     [("555-0152", "PHONE")],
     ["general", "practice-contact"], "Will-call return in Spanish with the vendor's own number."),
    ("ec0082", "Update from Apex Medical Supply: we're still waiting on your plan's prior authorization for the bariatric wheelchair (ref PA-778120). We'll text you as soon as it's approved.",
     "REWRITE", "other", "sms", "en",
     [("bariatric wheelchair", "PROCEDURE"), ("PA-778120", "OTHER_ID")],
     ["home-health", "identifier"], "A bariatric device reveals a condition (decision 6); the authorization reference is OTHER_ID (decision 3)."),
    ("ec0083", "This is Lakeview Rides with a message for Joseph Tran. The dialysis unit called: your potassium was high this morning, so please do not miss tomorrow's 6 AM treatment. Your ride is confirmed. Goodbye.",
     "BLOCK", "other", "voice", "en",
     [("Joseph Tran", "NAME"), ("dialysis", "PROCEDURE"), ("potassium", "PROCEDURE"), ("high", "RESULT")],
     ["dialysis"], "A lab finding relayed on a voice message (voice is treated like SMS)."),
    ("ec0084", "Holiday schedule: no rides or meal deliveries on Friday 7/4. Dialysis patients: your Friday rides move to Thursday 7/3 — your dispatcher will call to confirm.",
     "ALLOW", "other", "sms", "en",
     [("7/4", "DATE"), ("7/3", "DATE")],
     ["dialysis", "broadcast"], "Sent to every rider; the conditional line for a patient group says nothing about the recipient (decision 10)."),
)

# ---------------------------------------------------------------- batch 8 (ec0085-ec0096): disguises, Spanish, look-alikes, long welcome
add(
    ("ec0085", "Reminder: ur ride to the d i a l y s i s center is at 5:30am tmrw. Reply Y to confirm or N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("d i a l y s i s", "PROCEDURE")],
     ["dialysis", "spaced", "shorthand"], "Spaced-out treatment word; the generic 'center' stays outside (decision 5)."),
    ("ec0086", "ur ride 2 the m3thad0ne clinic is set 4 6am daily. clinic says ur dose goes up 2 90mg tmrw so dont miss it. driver Dev will honk 2x",
     "BLOCK", "care-instructions", "sms", "en",
     [("m3thad0ne", "MEDICATION"), ("Dev", "PROVIDER")],
     ["substance-use", "leet", "shorthand"], "Leetspeak Part 2 medication plus a dose change relayed by the vendor (decision 12); the dose is not part of the drug span (README)."),
    ("ec0087", "Confirmed: round trip to Hollis C\u0430ncer Center on Tue 6/17, pickup 8:10 AM. Call 555-0142 with questions.",
     "REWRITE", "confirmation", "sms", "en",
     [("Hollis C\u0430ncer Center", "SPECIALTY"), ("6/17", "DATE"), ("555-0142", "PHONE")],
     ["oncology", "practice-contact"], "A Cyrillic 'а' hides 'Cancer' in the destination name; date and pickup time survive."),
    ("ec0088", "Don Ramiro, el chofer nos reportó que usted se cayó al subir a la camioneta y tiene un moretón en la cadera. Si el dolor empeora, vaya a urgencias. Su hija ya está enterada.",
     "BLOCK", "other", "sms", "es",
     [("Ramiro", "NAME"), ("se cayó", "CONDITION"), ("moretón en la cadera", "CONDITION"), ("dolor", "CONDITION"), ("urgencias", "SPECIALTY")],
     ["general", "urgent-care"], "An injury observed by the driver and care advice: the clinical content is the message. Judgement: the fall and the bruise are conditions (symptoms/injuries)."),
    ("ec0089", "Comidas Salud Total: Hola Beatriz, su menú bajo en sal y sin azúcar de esta semana llega el martes entre 10 y 2. ¡Buen provecho!",
     "REWRITE", "confirmation", "sms", "es",
     [("Beatriz", "NAME"), ("bajo en sal", "PROCEDURE"), ("sin azúcar", "PROCEDURE")],
     ["home-health"], "The recipient's assigned diet reveals conditions (decision 7); name and diet go, the delivery window survives. Judgement: 'Salud Total' is a generic brand."),
    ("ec0090", "¡Gracias por su opinión positiva sobre nuestro chofer! Cada comentario nos ayuda a mejorar el servicio. – Transporte Médico Sol",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'Positiva' describes feedback, not a result."),
    ("ec0091", "Detour notice: the hospital's main entrance is closed for paving. Drivers will drop off and pick up at the north doors — take the Dialysis Drive exit off Route 9 and follow the blue signs.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Dialysis Drive' is a road on the campus in a broadcast to all riders, not the recipient's treatment."),
    ("ec0092", "October is Breast Cancer Awareness Month 🎀 Our drivers are wearing pink all month. Ride safe, and thanks for riding with CityCare Rides!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "An awareness campaign sent to everyone; 'breast cancer' is not the recipient's condition."),
    ("ec0093", "Subject: Welcome to RideWell – how booking works\n\nHello and welcome!\n\nRideWell schedules free rides to covered medical appointments for members of participating health plans. Here's how it works:\n\n1. Book at least 2 business days ahead by calling (312) 555-0142 (Mon–Sat, 7 AM–6 PM) or online at ridewell.example/book.\n2. Have your appointment time, the office address and any mobility needs ready when you call.\n3. You'll get a text the day before with your pickup window, and another when your driver is on the way.\n4. For your trip home, we'll schedule a set time or a will-call return — just call when you're done.\n\nNeed to cancel? Call at least 2 hours before pickup so another rider can use the slot.\n\nFeedback or complaints: feedback@ridewell.example\n\nSafe travels,\nRideWell Member Services",
     "ALLOW", "other", "email", "en",
     [("(312) 555-0142", "PHONE"), ("ridewell.example/book", "URL"), ("feedback@ridewell.example", "EMAIL")],
     ["general", "practice-contact"], "A generic welcome e-mail with the broker's own contacts; 'mobility needs' is generic."),
    ("ec0094", "Hi Tamika, the surgery center says ur colonoscopy found 2 polyps so they want a repeat in 1 yr. Want us to book the ride for that now? - Metro Access",
     "BLOCK", "other", "sms", "en",
     [("Tamika", "NAME"), ("colonoscopy", "PROCEDURE"), ("2 polyps", "RESULT")],
     ["general", "shorthand"], "A finding relayed by the ride vendor: the result is the message."),
    ("ec0095", "RideWell: Driver Anthony is 3 min from your pickup location for your return trip.",
     "ALLOW", "other", "push", "en",
     [("Anthony", "PROVIDER")],
     ["general"], "The driver is workforce (decision 1); the capitalised role word stays outside."),
    ("ec0096", 'Hi Rafael, your monthly ostomy supplies (20 pouches, 10 wafers, 1-3/4" cut-to-fit) shipped today via UPS. Reply STOP to end texts.',
     "REWRITE", "other", "sms", "en",
     [("Rafael", "NAME"), ("ostomy", "PROCEDURE")],
     ["home-health"], "Name and device go (decision 6); '3/4' is a size, not a date. Judgement: pouches and wafers are left as generic supply words."),
)

# ---------------------------------------------------------------- batch 9 (ec0097-ec0108): meal promos, pickups, produce prescriptions, relatives
add(
    ("ec0097", "New at Golden Fork: diabetic-friendly and heart-healthy dessert options are now on the menu for everyone. Ask your driver for the new menu card!",
     "ALLOW", "marketing", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "Menu options offered to every customer are not the recipient's diet (decision 7)."),
    ("ec0098", "Delivered ✅ front porch – Golden Fork",
     "ALLOW", "other", "push", "en", [],
     ["home-health"], "Delivery status without contents or address."),
    ("ec0099", "Your new walker and shower chair are ready for pickup at our store, 1420 Elm St, Suite B, Eugene OR 97401 (M–F 9–6). – Apex Medical Supply",
     "REWRITE", "pickup", "sms", "en",
     [("walker", "PROCEDURE"), ("shower chair", "PROCEDURE"), ("1420 Elm St, Suite B, Eugene OR 97401", "ADDRESS")],
     ["home-health", "practice-contact"], "Devices in a pickup notice go like a drug name (decision 6); the store's own address stays (decision 4)."),
    ("ec0100", "Enfermera Lucía de Alameda: mañana, 30 minutos antes de la infusión, tome 2 tabletas de Benadryl 25 mg con agua. Su cita de infusión es a las 9 a.m.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Enfermera Lucía", "PROVIDER"), ("infusión", "PROCEDURE"), ("Benadryl 25 mg", "MEDICATION"), ("infusión", "PROCEDURE", 1)],
     ["pharmacy", "home-health"], "A premedication instruction (decision 12): the instruction is the message."),
    ("ec0101", "Hola, le escribe Marisol de Transporte Médico Sol. Mañana su chofer será Jesús Salud, en una van gris. Lo recoge a las 7:10 a.m. en el lugar de siempre.",
     "ALLOW", "other", "sms", "es",
     [("Marisol", "PROVIDER"), ("Jesús Salud", "PROVIDER")],
     ["general"], "Sender and driver are workforce (decision 1); 'Salud' is a surname, not health information."),
    ("ec0102", "Your Produce Rx card has been loaded with $40 for June. Use it at Fresh Market or the Saturday farmers market. You qualified because of the prediabetes diagnosis Eastside Diabetes Center sent us.",
     "BLOCK", "other", "email", "en",
     [("Produce Rx", "PROCEDURE"), ("prediabetes", "CONDITION"), ("Eastside Diabetes Center", "SPECIALTY")],
     ["primary-care", "home-health"], "The card notice alone would be REWRITE, but it asserts the recipient's diagnosis (decision 9)."),
    ("ec0103", "Hi Derek, Kindred Hands here. During today's shift your mom's blood sugar read 48, so Angela gave her juice and it came back up to 112. Please let her doctor know.",
     "BLOCK", "other", "sms", "en",
     [("Derek", "NAME"), ("blood sugar", "PROCEDURE"), ("48", "RESULT"), ("Angela", "PROVIDER"), ("112", "RESULT")],
     ["home-health", "third-party"], "A relative's glucose values sent to her son: a third party's results."),
    ("ec0104", "Lakeview Rides: heavy snow is expected tonight. Dialysis and chemo trips will run first; other rides before 10 AM may be delayed. We'll call you if your trip changes. Stay warm!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A weather broadcast to all riders; the priority rule names services, not the recipient's (decision 10)."),
    ("ec0105", "Your standing rides to Bright Minds Memory Care Day Program (Mon–Fri, 8:15 AM pickup) resume Monday after the holiday. – Lakeview Rides",
     "REWRITE", "reminder", "sms", "en",
     [("Bright Minds Memory Care Day Program", "SPECIALTY")],
     ["general"], "A memory-care program as the destination reveals dementia (decision 5); the standing order survives."),
    ("ec0106", "Subject: Your NourishRx nutrition check-in summary\n\nHi Mr. Okeke,\n\nThanks for meeting with our dietitian, Hannah Brooks, RD, by video on 6/5. Here's a quick recap:\n\n• Weight today: 212 lb (down 6 lb since you started in April).\n• Your A1c from Dr. Chen's office was 8.9%, up from 8.1% in March.\n• We're moving you to the carb-controlled menu (45 g carbs per meal) starting with your 6/16 delivery.\n• Hannah suggests checking your sugar before breakfast and dinner and bringing your log to your next visit.\n\nYour next check-in is on 7/3 at 2 PM. If you need to reschedule, reply to this email or call (414) 555-0186.\n\nBe well,\nThe NourishRx Team",
     "BLOCK", "result", "email", "en",
     [("Okeke", "NAME"), ("dietitian", "SPECIALTY"), ("Hannah Brooks, RD", "PROVIDER"), ("6/5", "DATE"), ("Weight", "PROCEDURE"), ("212 lb", "RESULT"),
      ("6 lb", "RESULT"), ("A1c", "PROCEDURE"), ("Dr. Chen", "PROVIDER"), ("8.9%", "RESULT"), ("8.1%", "RESULT"), ("carb-controlled", "PROCEDURE"),
      ("6/16", "DATE"), ("[[Hannah]] suggests", "PROVIDER"), ("sugar", "PROCEDURE"), ("7/3", "DATE"), ("(414) 555-0186", "PHONE")],
     ["home-health", "primary-care"], "Visit summary with weight and A1c values and a testing instruction: results are the message (decisions 7 and 14)."),
    ("ec0107", "Hi Mr. Abernathy, your 2 g sodium, fluid-restricted meals will continue through 8/31. Your cardiologist, Dr. Sylvia Chen, asked us to keep total fluids in your menu under 1.5 L a day. – NourishRx",
     "ALLOW", "other", "portal", "en",
     [("Abernathy", "NAME"), ("2 g sodium", "PROCEDURE"), ("fluid-restricted", "PROCEDURE"), ("8/31", "DATE"), ("cardiologist", "SPECIALTY"), ("Dr. Sylvia Chen", "PROVIDER")],
     ["home-health", "cardiology", "contrast"], "Inside the portal name, diet and specialty may stay (README channel rule); by SMS this would be REWRITE or BLOCK."),
    ("ec0108", "Your May bus passes are being mailed this week to 77 Orchard Rd, Unit 4, Hartford, CT 06106. Show the pass to the driver on each medical trip.",
     "REWRITE", "other", "sms", "en",
     [("77 Orchard Rd, Unit 4, Hartford, CT 06106", "ADDRESS")],
     ["general"], "The patient's mailing address is not needed to say the passes are coming (decision 4)."),
)

# ---------------------------------------------------------------- batch 10 (ec0109-ec0120): surveys, voice, oncology and HIV rides, long e-mails
add(
    ("ec0109", "Lakeview Rides: How was your trip today? Reply 1 (poor) to 5 (great). Msg & data rates may apply. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general"], "Survey with no destination or service."),
    ("ec0110", "Hi, this is Dana with Apex Medical Supply calling for Eleanor Briggs about the nebulizer you ordered. It will be delivered Friday afternoon. If that doesn't work, please call us back at 503-555-0133. Thank you.",
     "REWRITE", "confirmation", "voice", "en",
     [("Dana", "PROVIDER"), ("Eleanor Briggs", "NAME"), ("nebulizer", "PROCEDURE"), ("503-555-0133", "PHONE")],
     ["home-health", "practice-contact"], "Voice message: the patient's full name and the device go (decision 6); the staff caller is workforce."),
    ("ec0111", "Centro de Diálisis Río Grande le informa: a partir del 7 de julio su transporte será a las 4:30 a.m. por el cambio de turno. Dudas al 555-0181.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Diálisis Río Grande", "SPECIALTY"), ("7 de julio", "DATE"), ("555-0181", "PHONE")],
     ["dialysis", "practice-contact"], "The dialysis center's own name as sender is specialty-revealing (README); the new pickup time survives."),
    ("ec0112", "Transporte Médico Sol les desea felices fiestas. Para cuidar a todos, nuestros choferes ya se pusieron la vacuna contra la gripe. El día de Navidad no habrá servicio.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about the drivers' flu shots and a holiday, not the recipient's care; 'Navidad' is a holiday, not a date."),
    ("ec0113", "Per Dr. Whitaker at Hope Oncology: because your platelets are low, Tuesday's chemo is postponed. Your ride has been moved to Fri 6/20 at 8 AM.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Whitaker", "PROVIDER"), ("Hope Oncology", "SPECIALTY"), ("platelets", "PROCEDURE"), ("are [[low]]", "RESULT"), ("chemo", "PROCEDURE"), ("6/20", "DATE")],
     ["oncology"], "A blood-count finding and a treatment hold: the result is the message; only the new ride time could survive."),
    ("ec0114", "Subject: Your order has shipped\n\nHi Priscilla,\n\nYour Dexcom G7 sensors (3-pack, 30-day supply) shipped today via USPS to your address on file and should arrive in 2–3 business days. Your next auto-refill is scheduled for 8/4.\n\nNeed to pause or change deliveries? Call (877) 555-0190.\n\nThanks,\nSummit Diabetes Supply",
     "REWRITE", "other", "email", "en",
     [("Priscilla", "NAME"), ("Dexcom G7 sensors", "PROCEDURE"), ("8/4", "DATE"), ("(877) 555-0190", "PHONE"), ("Summit Diabetes Supply", "SPECIALTY")],
     ["home-health", "practice-contact"], "Name, device (decision 6) and a supplier name that names the condition (decision 8) go; shipping and refill date survive."),
    ("ec0115", "Subject: Summer delivery schedule & staying cool\n\nDear Golden Fork customers,\n\nSummer is here, and so are a few changes to our delivery routes:\n\n• Starting the week of June 30, Tuesday and Thursday routes will begin at 7:30 AM instead of 9:00 AM to beat the afternoon heat.\n• There will be no deliveries on Friday, July 4. Thursday's box will include an extra day of meals.\n• Our drivers will leave a cold water bottle with every delivery on days over 90°F.\n\nIf you can't be home, please leave a cooler with ice packs by your door, or tell us where we can safely leave your box. Hot days are hard on everyone — check on your neighbors!\n\nQuestions? Call (608) 555-0114 or email hello@goldenfork.example.\n\nWith gratitude,\nThe Golden Fork Kitchen & Delivery Team",
     "ALLOW", "other", "email", "en",
     [("June 30", "DATE"), ("July 4", "DATE"), ("(608) 555-0114", "PHONE"), ("hello@goldenfork.example", "EMAIL")],
     ["home-health", "broadcast", "practice-contact"], "Long broadcast to all customers; '90°F' is a temperature, not an age. Judgement: 'July 4' is written as a calendar date, so it is labelled DATE."),
    ("ec0116", "Your ride to Positive Living Clinic is confirmed for 6/19 at 10 AM. The clinic asked us to tell you your viral load came back undetectable 🎉 — bring your Biktarvy bottles.",
     "BLOCK", "result", "sms", "en",
     [("Positive Living Clinic", "SPECIALTY"), ("6/19", "DATE"), ("viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("Biktarvy", "MEDICATION")],
     ["hiv-sexual-health"], "A good result is still a result (README); the confirmation alone would have been REWRITE."),
    ("ec0117", "Hi Ana, your ride to Valley Women's Clinic is set for 9 AM. The clinic asked us to tell you your pregnancy test was positive and to bring a list of your prenatal vitamins.",
     "BLOCK", "result", "sms", "en",
     [("Ana", "NAME"), ("Valley Women's Clinic", "SPECIALTY"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("prenatal vitamins", "MEDICATION")],
     ["reproductive"], "A test result relayed by the ride vendor: the result is the message."),
    ("ec0118", "Confirmación de inscripción: Eusebio Marín Ochoa, fecha de nacimiento 14/03/1931, Medicaid 7720193-04. Su primer viaje al Centro Renal del Valle es el lunes a las 5:30 a.m.",
     "BLOCK", "confirmation", "sms", "es",
     [("Eusebio Marín Ochoa", "NAME"), ("14/03/1931", "DATE"), ("7720193-04", "HEALTH_PLAN_ID"), ("Centro Renal del Valle", "SPECIALTY")],
     ["dialysis", "dob", "identifier"], "Full date of birth with the name (README) plus a Medicaid number and a kidney-center destination."),
    ("ec0119", "Happy 95th birthday, Mr. Kowalski! 🎂 Your Friday meal comes with a slice of cake on us. – Golden Fork",
     "REWRITE", "other", "sms", "en",
     [("95th", "AGE"), ("Kowalski", "NAME")],
     ["home-health", "age-over-89"], "An age over 89 (the ordinal, README) with the name; the greeting survives without them."),
    ("ec0120", "Subject: Start of care – Kindred Hands\n\nDear Mr. Haddad,\n\nWelcome to Kindred Hands. Your care starts Monday 7/14, 8:00 AM–12:00 PM, Monday through Friday. Your main caregiver will be Angela M., with Marco D. as backup.\n\nBased on our intake visit, your care plan includes:\n– help with bathing and dressing\n– light housekeeping, laundry and meal prep\n– rides to the grocery store and pharmacy\n– medication reminders: your neurologist asked that the carbidopa-levodopa 25/100 be taken at 8 AM, noon, 4 PM and 8 PM, on time, and not right after a protein-heavy meal\n\nPlease keep your pill organizer on the kitchen table so your caregiver can remind you.\n\nTo change or cancel a shift, call us at (608) 555-0129 at least 24 hours ahead.\n\nWarm regards,\nRenee Calloway, Scheduling Coordinator",
     "BLOCK", "care-instructions", "email", "en",
     [("Haddad", "NAME"), ("7/14", "DATE"), ("Angela M.", "PROVIDER"), ("Marco D.", "PROVIDER"), ("bathing", "PROCEDURE"), ("neurologist", "SPECIALTY"),
      ("carbidopa-levodopa 25/100", "MEDICATION"), ("(608) 555-0129", "PHONE"), ("Renee Calloway", "PROVIDER")],
     ["home-health", "practice-contact"], "Start-of-care letter with a buried dosing schedule (decision 12); without that line it would be REWRITE (bathing, decision 8)."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "ec", "probe130.jsonl")
