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
