#!/usr/bin/env python3
"""Build corpus/probe105.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe105.py [OUT] [-v]   (default: probe105.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run,
and no other corpus's messages, source code, tests or history were read).
This round is PODIATRY, WOUND, VASCULAR AND DIABETIC FOOT CARE: what podiatry practices, vein and
vascular clinics, wound and hyperbaric centers, limb-preservation (amputation-prevention) programs,
orthotics/prosthetics shops and diabetic-shoe suppliers send — nail and callus care visits,
diabetic foot exams, orthotic, brace and shoe fittings, ulcer care and offloading, vein ablation,
sclerotherapy and compression, ABI, Doppler and duplex testing, post-op instructions, Medicare
therapeutic-shoe paperwork, statements and promos. Messages that reveal the recipient's condition,
device, test or procedure are mixed with neutral ones and look-alikes ("put your best foot
forward", "toe the line", Vein Street, a heel of sourdough, corn and elotes on the menu, Bunion the
office cat, file compression, "a pie", "vena artística", phone lines "wound up"). About 23%
Spanish; 4 disguised messages (spaced letters, zero-width characters, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "A1c 9.4 ([[H]])" searches for "A1c 9.4 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Podiatry / foot-and-ankle, vein, vascular, wound-care and hyperbaric, orthotics-and-
     prosthetics, home-health and diabetic-footwear practice names are specialty-revealing
     (SPECIALTY), like the orthopedic and imaging names the README lists; so are the service-line
     words `podiatry`, `vascular`, `Wound Care`, `vein` and the credentials `DPM` (podiatrist) and
     `RVT` (vascular technologist), each a separate span after the PROVIDER, like `DDS`.
  2. Service tags (the README has none for these): podiatry, orthotics and diabetic footwear ->
     orthopedics; vein and arterial care -> cardiology (plus imaging for ultrasound/Doppler
     tests); wound and hyperbaric centers -> dermatology; visits at home -> home-health.
  3. Dressings, boots, offloading devices, compression stockings/wraps/pumps, orthotics, inserts,
     therapeutic shoes, braces, prosthetic parts and a glucose meter are devices -> PROCEDURE; a
     compression class written right before the device goes with it ("20-30 mmHg compression
     stockings"), like a drug strength.
  4. The Medicare form title "Statement of Certifying Physician for Therapeutic Shoes" is one
     PROCEDURE span; a HCPCS device code (A5500) is PROCEDURE; ICD-10 codes are CONDITION; a
     diagnosis code stated as the patient's (claim denial, records excerpt) is a diagnosis -> BLOCK.
  5. In a result sentence a diagnosis noun (fracture, reflux, gangrene, tear, blockage of an
     artery) is CONDITION; measurements, percentages and state words (benign, negative, infected,
     "a little bigger", "no DVT", "no signs of infection") are RESULT; wound dimensions
     ("1.8 x 1.1 x 0.3 cm") are one RESULT span each.
  6. Preparation logistics (wear shorts or cotton, no lotion, no caffeine before the test, bring
     your shoes or your insoles) are not treatment instructions: the line is REWRITE once the
     test or procedure is removed. Self-care, dressing, medication and break-in instructions are
     treatment instructions: BLOCK.
  7. A street name alone used for directions or parking ("the lot on Vein Street", "calle
     Olmo") is not labelled; a full street address is ADDRESS (the practice's own: ALLOW).
  8. A shipment tracking number and a supplier's order number are OTHER_ID (a patient-specific
     order), like probe7's order numbers.
  9. A bare day of the month ("the 21st") is a date element -> DATE.
 10. A patient's facility and room ("Brookside Manor, Rm 212") is ADDRESS.
 11. Community broadcasts offering foot screenings or a diabetes cooking demo to everyone are
     broadcasts: ALLOW, no span (README broadcast convention).
 12. "cirujano vascular": the surgeon word stays generic (README), `vascular` is SPECIALTY.
 13. Checking "el azúcar" (blood sugar) is a test -> PROCEDURE, like `A1c`.
 14. Program names ("Limb Preservation Program", a prescribed "walking program") are PROCEDURE
     (README: "program").
 15. A practice phone read digit by digit in a voice script is still a PHONE span.
 16. A nurse's or receptionist's first name in a Spanish message with the role word
     ("enfermera Rocío") is one PROVIDER span, like `nurse Dana`.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
SSN and MBI are well-known specimen values. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (dd0001-dd0012): podiatry reminders, ABI, compression pickup
add(
    ("dd0001", "Reminder: you have an appointment with Dr. Feldman on Tue 3/10 at 9:45 AM. Please arrive 10 min early. Reply C to confirm or R to reschedule. Oakmont Medical Group (541) 555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Feldman", "PROVIDER"), ("3/10", "DATE"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Provider, date, time, a generic group name and the practice's own phone; nothing says what the visit is for."),
    ("dd0002", "Summit Foot & Ankle: Hi Gloria, this is a reminder of your nail care appt w/ Dr. Bhatt on 4/2 at 1:30pm. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Foot & Ankle", "SPECIALTY"), ("Gloria", "NAME"), ("nail care", "PROCEDURE"), ("Dr. Bhatt", "PROVIDER"), ("4/2", "DATE")],
     ["orthopedics", "shorthand"], "Name, visit type and a foot-and-ankle practice name go; provider, date and time survive. Decision 1: podiatry practice names are specialty-revealing."),
    ("dd0003", "Your diabetic foot exam with Dr. Kowalczyk is scheduled for Monday, Jan 12 at 11:00. Bring the shoes and socks you wear most days. Questions? (412) 555-0157",
     "REWRITE", "reminder", "sms", "en",
     [("diabetic foot exam", "PROCEDURE"), ("Dr. Kowalczyk", "PROVIDER"), ("Jan 12", "DATE"), ("(412) 555-0157", "PHONE")],
     ["orthopedics", "practice-contact"], "Condition-named exam (README: 'diabetic foot exam' is revealing) goes; bringing shoes is preparation logistics, not treatment (decision 6)."),
    ("dd0004", "Put your best foot forward! Join Maple Ridge Health's Spring Stride 5K this Saturday morning at Lakeview Park. Strollers and leashed dogs welcome, and registration is free at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Idiom and a charity 5K sent to everyone; nothing about the recipient."),
    ("dd0005", "Hola Sr. Barrientos, le recordamos su cita para corte de uñas y retiro de callosidades con la Dra. Quintero el jueves 14 de mayo a las 10:15. Clínica del Pie Valle Verde. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Barrientos", "NAME"), ("corte de uñas", "PROCEDURE"), ("retiro de callosidades", "PROCEDURE"), ("Dra. Quintero", "PROVIDER"), ("14 de mayo", "DATE"), ("Clínica del Pie Valle Verde", "SPECIALTY")],
     ["orthopedics"], "Name, nail and callus care and a foot-clinic name go; provider, date and time survive (decision 1)."),
    ("dd0006", "Recordatorio: tiene cita con el Dr. Salgado el martes 3 de marzo a las 8:40 a. m. Llegue 15 minutos antes y traiga su tarjeta del seguro. Para cambiar la cita llame al (915) 555-0163.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Salgado", "PROVIDER"), ("3 de marzo", "DATE"), ("(915) 555-0163", "PHONE")],
     ["orthopedics", "practice-contact"], "Provider, date, time and the practice's phone only."),
    ("dd0007", "Hi Ray, after today's ingrown nail removal keep the bandage dry for 24 hrs, then soak the toe in warm salt water twice a day and put on a thin layer of bacitracin. Call us if the redness spreads. - Dr. Osei's office",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ray", "NAME"), ("ingrown nail removal", "PROCEDURE"), ("bacitracin", "MEDICATION"), ("redness", "CONDITION"), ("Dr. Osei", "PROVIDER")],
     ["orthopedics"], "Post-procedure wound-care and medication instructions are the message; removing them leaves nothing (decision 6). Send a portal notice."),
    ("dd0008", "Appointment confirmed\n\nPatient: Dennis Mwangi\nProvider: Dr. Harriet Lowe, DPM\nDate: Thursday, 2/19 at 3:00 PM\nVisit type: Custom orthotic casting\nLocation: Suite 210\n\nWear or bring the shoes you use most. To cancel, reply to this e-mail or call (603) 555-0119.",
     "REWRITE", "confirmation", "email", "en",
     [("Dennis Mwangi", "NAME"), ("Dr. Harriet Lowe", "PROVIDER"), ("DPM", "SPECIALTY"), ("2/19", "DATE"), ("Custom orthotic casting", "PROCEDURE"), ("(603) 555-0119", "PHONE")],
     ["orthopedics", "practice-contact"], "Booking receipt: patient name, the podiatrist credential (decision 1) and the visit type go; provider, date, suite and phone survive."),
    ("dd0009", "Heads up: the lot on Vein Street is being repaved this Thursday. Please park in the garage off 4th Ave; we validate at the front desk. Sorry for the hassle!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A street called Vein Street is a look-alike; a street name used for parking directions is not an address (decision 7)."),
    ("dd0010", "Your ABI results from Monday: right 0.68, left 0.91. Dr. Greer wants to talk about a referral to vascular surgery. Please call (410) 555-0188.",
     "BLOCK", "result", "sms", "en",
     [("ABI", "PROCEDURE"), ("0.68", "RESULT"), ("0.91", "RESULT"), ("Dr. Greer", "PROVIDER"), ("vascular", "SPECIALTY"), ("(410) 555-0188", "PHONE")],
     ["cardiology", "contrast"], "Ankle-brachial index values are results; by SMS they cannot be rewritten away. Same content on the portal is ALLOW (dd0011)."),
    ("dd0011", "Your ankle-brachial index (ABI) from 3/2: right 0.68, left 0.91. Dr. Greer reviewed these and would like to see you to talk about a vascular surgery referral. Please schedule in the portal or call (410) 555-0188.",
     "ALLOW", "result", "portal", "en",
     [("ankle-brachial index", "PROCEDURE"), ("ABI", "PROCEDURE"), ("3/2", "DATE"), ("0.68", "RESULT"), ("0.91", "RESULT"), ("Dr. Greer", "PROVIDER"), ("vascular", "SPECIALTY"), ("(410) 555-0188", "PHONE")],
     ["cardiology", "contrast", "practice-contact"], "Inside the secure portal results and specialty may stay (README channel convention); contrast with dd0010."),
    ("dd0012", "Your 20-30 mmHg compression stockings are ready for pickup at Northside Medical Supply, Mon-Fri 9-5. Please bring your photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("20-30 mmHg compression stockings", "PROCEDURE")],
     ["cardiology"], "Pickup notice: the device reveals vein disease, like a drug name in a pickup (decision 3: the compression class goes with the device); the generic supply-store name stays."),
)

# ---------------------------------------------------------------- batch 2 (dd0013-dd0024): vein clinics, ablation, duplex, wound follow-ups
add(
    ("dd0013", "Cascade Vein Center: Reminder for your venous ultrasound Wed 6/17 at 7:30am. Wear loose shorts. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Cascade Vein Center", "SPECIALTY"), ("venous ultrasound", "PROCEDURE"), ("6/17", "DATE")],
     ["cardiology", "imaging"], "Vein-clinic name and test go; 'wear loose shorts' is preparation logistics (decision 6)."),
    ("dd0014", "Hi Mrs. Thornton,\n\nThank you for choosing us for your radiofrequency ablation today. A few reminders for the next week:\n- Keep the compression stocking on day and night for 48 hours, then daytime only for 2 weeks.\n- Walk 10 minutes every hour while awake.\n- No hot tubs, baths or long flights for 2 weeks.\n- Bruising and a tight, pulling feeling along the inner thigh are normal. Ibuprofen 400 mg every 6 hours with food can help.\n\nCall right away for calf swelling, chest pain or shortness of breath.\n\nYour follow-up duplex ultrasound is booked for 8/4 at 9:00.\n\nWarmly,\nJune Park, RN\nWillamette Vein & Vascular\n(503) 555-0171",
     "BLOCK", "care-instructions", "email", "en",
     [("Thornton", "NAME"), ("radiofrequency ablation", "PROCEDURE"), ("compression stocking", "PROCEDURE"), ("Bruising", "CONDITION"), ("Ibuprofen 400 mg", "MEDICATION"), ("calf swelling", "CONDITION"), ("chest pain", "CONDITION"), ("shortness of breath", "CONDITION"), ("duplex ultrasound", "PROCEDURE"), ("8/4", "DATE"), ("June Park, RN", "PROVIDER"), ("Willamette Vein & Vascular", "SPECIALTY"), ("(503) 555-0171", "PHONE")],
     ["cardiology"], "Post-ablation care and dosing instructions are the whole e-mail; e-mail is treated like SMS. Send through the portal."),
    ("dd0015", "A friendly note from our billing office: insurers make all of us toe the line on paperwork, so please bring your current insurance card and photo ID to every visit. Thank you!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Toe the line' is an idiom; a paperwork reminder sent to everyone."),
    ("dd0016", "Hola Marisol, le escribe Yesenia de Centro de Venas del Sol para recordarle su sesión de escleroterapia el viernes 9 de octubre a las 2:00 p. m. Ese día no se ponga crema en las piernas. Favor de confirmar con SÍ.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("Yesenia", "PROVIDER"), ("Centro de Venas del Sol", "SPECIALTY"), ("escleroterapia", "PROCEDURE"), ("9 de octubre", "DATE")],
     ["cardiology"], "Name, vein-center name and sclerotherapy go; the sender is staff (PROVIDER); 'no lotion on your legs' is preparation, not treatment (decision 6)."),
    ("dd0017", "Venous duplex results: reflux in the R great saphenous vein 2.4 sec, no DVT. Dr. Amadi recommends ablation, call us to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Venous duplex", "PROCEDURE"), ("reflux", "CONDITION"), ("2.4 sec", "RESULT"), ("no DVT", "RESULT"), ("Dr. Amadi", "PROVIDER"), ("ablation", "PROCEDURE")],
     ["cardiology", "imaging", "shorthand"], "A finding, a value and a negative finding plus a treatment plan: results by text are BLOCK. Decision 5: the diagnosis noun is CONDITION, the value and 'no DVT' are RESULT."),
    ("dd0018", "Hello, this is Quinn calling from Dr. Albrecht's office with a reminder about your appointment on Friday, November 6th at 2:15. If you need to reschedule, please call us back at 5 0 9, 5 5 5, 0 1 2 6. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("Quinn", "PROVIDER"), ("Dr. Albrecht", "PROVIDER"), ("November 6th", "DATE"), ("5 0 9, 5 5 5, 0 1 2 6", "PHONE")],
     ["orthopedics", "practice-contact"], "Voice reminder: staff sender, provider, date and the practice's number read digit by digit (decision 15)."),
    ("dd0019", "Hi Ms. Duarte, it's Kara at Pinecrest Wound Clinic. Your dad's heel wound looked a little bigger at today's visit, so Dr. Sato switched him to a silver alginate dressing and wants to see him again Thursday. Can u bring him by 10?",
     "BLOCK", "other", "sms", "en",
     [("Duarte", "NAME"), ("Kara", "PROVIDER"), ("Pinecrest Wound Clinic", "SPECIALTY"), ("heel wound", "CONDITION"), ("a little bigger", "RESULT"), ("Dr. Sato", "PROVIDER"), ("silver alginate dressing", "PROCEDURE")],
     ["dermatology", "third-party", "shorthand"], "A third party's condition, a finding and a treatment change sent to his daughter: BLOCK. Decision 3: a dressing is a device (PROCEDURE); decision 5: 'a little bigger' is a finding (RESULT)."),
    ("dd0020", "Farmacia y Suministros Ramírez: sus medias de compresión ya llegaron. Puede recogerlas de lunes a sábado de 9 a 6. Tel. (956) 555-0134.",
     "REWRITE", "pickup", "sms", "es",
     [("medias de compresión", "PROCEDURE"), ("(956) 555-0134", "PHONE")],
     ["cardiology", "pharmacy", "practice-contact"], "Pickup notice naming the device (decision 3); the generic pharmacy name, hours and phone survive."),
    ("dd0021", "Trouble uploading forms to the portal? Files over 10 MB are rejected, so turn on your phone's compression setting or save a smaller PDF, then try again. Help desk: weekdays 8-6.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Compression' of a file, not of a leg."),
    ("dd0022", "New message from Dr. Levin: Your ulcer is 60% smaller than last month. Keep the offloading boot on whenever you are up and about.",
     "BLOCK", "care-instructions", "push", "en",
     [("Dr. Levin", "PROVIDER"), ("ulcer", "CONDITION"), ("60% smaller", "RESULT"), ("offloading boot", "PROCEDURE")],
     ["dermatology"], "A lock-screen push with the condition, a healing finding and a treatment instruction; push is treated like SMS."),
    ("dd0023", "It's been a year since your last diabetic foot check at Harbor Podiatry. Medicare covers it yearly - call (207) 555-0151 or book at harborpod.example/book",
     "REWRITE", "recall", "sms", "en",
     [("diabetic foot check", "PROCEDURE"), ("Harbor Podiatry", "SPECIALTY"), ("(207) 555-0151", "PHONE"), ("harborpod.example/book", "URL")],
     ["orthopedics", "practice-contact"], "Recall: the condition-named exam and podiatry name go; the practice's own phone and booking link (no patient token) stay."),
    ("dd0024", "Dr. Nakamura is running about 25 minutes behind this morning. If you'd rather reschedule, reply R and we'll call you. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Nakamura", "PROVIDER")],
     ["orthopedics"], "Delay notice with the provider only."),
)

# ---------------------------------------------------------------- batch 3 (dd0025-dd0036): wound and hyperbaric centers, infections, limb preservation
add(
    ("dd0025", "Reminder: hyperbaric oxygen treatment #14 of 30 tomorrow 8am at Lakeshore Wound & Hyperbaric. Wear 100% cotton, no lotions or hair products please.",
     "REWRITE", "reminder", "sms", "en",
     [("hyperbaric oxygen treatment", "PROCEDURE"), ("Lakeshore Wound & Hyperbaric", "SPECIALTY")],
     ["dermatology"], "Therapy and wound-center name go; the clothing rule is preparation logistics (decision 6) and survives."),
    ("dd0026", "Hi Mr. Akintola, wound measurements from today's visit (R plantar 1st MTH): 1.8 x 1.1 x 0.3 cm, down from 2.6 x 1.9 x 0.5. Granulation 80%, no signs of infection. Continue the silver foam dressing 3x/week and keep wearing the walker boot. - Wound Care Team",
     "BLOCK", "result", "email", "en",
     [("Akintola", "NAME"), ("wound measurements", "PROCEDURE"), ("1.8 x 1.1 x 0.3 cm", "RESULT"), ("2.6 x 1.9 x 0.5", "RESULT"), ("Granulation 80%", "RESULT"), ("no signs of infection", "RESULT"), ("silver foam dressing", "PROCEDURE"), ("walker boot", "PROCEDURE"), ("Wound Care", "SPECIALTY")],
     ["dermatology", "shorthand"], "Measurements, findings and dressing orders are the message (decision 5: dimensions are RESULT; a measure is PROCEDURE like a scale). E-mail is treated like SMS."),
    ("dd0027", "Si viene a pie desde la parada del autobús, use la entrada peatonal por la calle Olmo; el estacionamiento está en obras toda la semana. ¡Gracias por su paciencia!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'A pie' means on foot (walking); a street name for directions is not an address (decision 7)."),
    ("dd0028", "Sra. Ontiveros, la herida del pie sigue con mucho drenaje y mal olor. La Dra. Peña quiere empezarle cefalexina 500 mg cada 6 horas por 10 días. Ya se la mandamos a su farmacia.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ontiveros", "NAME"), ("herida del pie", "CONDITION"), ("drenaje", "CONDITION"), ("mal olor", "CONDITION"), ("Dra. Peña", "PROVIDER"), ("cefalexina 500 mg", "MEDICATION")],
     ["dermatology"], "Findings (symptoms are conditions) and an antibiotic with its dosing: the clinical content is the message."),
    ("dd0029", "Hi Theo! Your wound vac supplies (canisters + foam kits) ship today via UPS, tracking 1Z999AA10123456784. Questions? 1-800-555-0199",
     "REWRITE", "other", "sms", "en",
     [("Theo", "NAME"), ("wound vac", "PROCEDURE"), ("1Z999AA10123456784", "OTHER_ID"), ("1-800-555-0199", "PHONE")],
     ["home-health", "dermatology", "practice-contact"], "Shipping notice: name, device and the patient-specific tracking number go (decision 8); the supplier's phone stays."),
    ("dd0030", "Spring newsletter from Brookhaven Medical Group\n\nWhat's new this season:\n- Our new parking garage on Cedar Lane opens in April, with two floors of covered spaces and free EV chargers.\n- Saturday hours are back, 8 AM to noon, for appointments and walk-in lab draws.\n- Meet Tasha and Luis, the newest members of our front-desk team. Say hello next time you check in!\n- Community health fair on April 18 at the Brookhaven Library: free blood pressure checks, foot screenings, glucose checks, flu shots and healthy snacks. No appointment needed, and everyone is welcome, whether or not you are our patient.\n- The patient portal has a fresh look. Your login and password stay the same.\n\nThank you for trusting us with your care. See you soon!\n\nBrookhaven Medical Group",
     "ALLOW", "marketing", "email", "en",
     [("Tasha", "PROVIDER"), ("Luis", "PROVIDER"), ("April 18", "DATE")],
     ["general", "broadcast"], "Newsletter to every patient; a health fair with foot screenings is a broadcast (decision 11). Front-desk staff are workforce (PROVIDER, allowed); the event date is allowed."),
    ("dd0031", "Hi, this message is for Albert Nguyen. This is Dee from Dr. Castellanos' office at Tri-County Vascular calling to confirm your carotid ultrasound on the 21st at 10:40. Please call us back at 717-555-0148. Thanks!",
     "REWRITE", "confirmation", "voice", "en",
     [("Albert Nguyen", "NAME"), ("Dee", "PROVIDER"), ("Dr. Castellanos", "PROVIDER"), ("Tri-County Vascular", "SPECIALTY"), ("carotid ultrasound", "PROCEDURE"), ("21st", "DATE"), ("717-555-0148", "PHONE")],
     ["cardiology", "imaging", "practice-contact"], "Voice is treated like SMS (overheard): name, vascular practice and test go. Decision 9: a bare day of the month is a DATE."),
    ("dd0032", "msg from Dr Ruiz/podiatry: ur toe culture grew MRSA. switching abx to doxy 100mg bid x14d, sent to CVS on Main. pls start today",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr Ruiz", "PROVIDER"), ("podiatry", "SPECIALTY"), ("toe culture", "PROCEDURE"), ("MRSA", "RESULT"), ("abx", "MEDICATION"), ("doxy 100mg", "MEDICATION")],
     ["orthopedics", "shorthand"], "Culture result and a new antibiotic with dosing, in clinician shorthand: BLOCK."),
    ("dd0033", "Today at the Courtyard Café: tomato bisque with a heel of sourdough, street corn salad and turkey chili. Open 7am-3pm, lobby level.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "A heel of bread and corn on the menu, pushed by the hospital café app."),
    ("dd0034", "Dear Mr. Haddad,\n\nWelcome to the Limb Preservation Program at St. Brigid Medical Center. Your first visit is on Tuesday, 1/27 at 9:30 AM with Dr. Ines Falk and our care coordinator, Rhonda Bell, RN. Please bring a list of your medications, your glucose meter and the shoes you wear most days. Parking is free in Garage B. If you need a ride, call our coordinator line at (312) 555-0177.\n\nWe look forward to meeting you.",
     "REWRITE", "reminder", "email", "en",
     [("Haddad", "NAME"), ("Limb Preservation Program", "PROCEDURE"), ("1/27", "DATE"), ("Dr. Ines Falk", "PROVIDER"), ("Rhonda Bell, RN", "PROVIDER"), ("glucose meter", "PROCEDURE"), ("(312) 555-0177", "PHONE")],
     ["orthopedics", "practice-contact"], "An amputation-prevention program name (decision 14) and a glucose meter (decision 3) reveal the condition; the welcome and logistics survive."),
    ("dd0035", "Don Rafa, le aviso que a su esposa le van a amputar el dedo gordo del pie derecho el lunes porque la gangrena avanzó. El Dr. Medrano le explicará todo en la cita de preoperatorio.",
     "BLOCK", "other", "sms", "es",
     [("Rafa", "NAME"), ("amputar", "PROCEDURE"), ("gangrena", "CONDITION"), ("Dr. Medrano", "PROVIDER"), ("preoperatorio", "PROCEDURE")],
     ["orthopedics", "third-party"], "The wife's diagnosis and planned amputation sent to her husband: a third party's health is BLOCK."),
    ("dd0036", "Your appointment with Dr. Ferreira has been moved to Thu 9/24 at 4:10 PM because of a schedule change. Reply OK to accept or call (630) 555-0108 to pick another time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ferreira", "PROVIDER"), ("9/24", "DATE"), ("(630) 555-0108", "PHONE")],
     ["cardiology", "practice-contact"], "Reschedule notice with provider, date, time and the practice's phone."),
)

# ---------------------------------------------------------------- batch 4 (dd0037-dd0048): diabetic shoes, Medicare paperwork, billing
add(
    ("dd0037", "StepRight Diabetic Footwear: Hi Mr. Petrakis, your therapeutic shoes + 3 pairs of custom inserts are in! Fitting appts avail Tue/Thu. Call (480) 555-0193.",
     "REWRITE", "pickup", "sms", "en",
     [("StepRight Diabetic Footwear", "SPECIALTY"), ("Petrakis", "NAME"), ("therapeutic shoes", "PROCEDURE"), ("custom inserts", "PROCEDURE"), ("(480) 555-0193", "PHONE")],
     ["orthopedics", "shorthand", "practice-contact"], "A supplier name that says 'Diabetic' (decision 1), the name and the devices go; 'your order is in, call to book a fitting' survives."),
    ("dd0038", "Hi Lorraine,\n\nWe can't ship your new shoes until Medicare has the Statement of Certifying Physician for Therapeutic Shoes signed by Dr. Whitfield, the doctor who manages your diabetes. We faxed it to his office on 5/6 and again on 5/13 (their fax: (614) 555-0139). Could you give them a call? Once it's back we can ship within a week.\n\nThanks,\nMedicare Paperwork Desk",
     "REWRITE", "billing", "email", "en",
     [("Lorraine", "NAME"), ("Statement of Certifying Physician for Therapeutic Shoes", "PROCEDURE"), ("Dr. Whitfield", "PROVIDER"), ("diabetes", "CONDITION"), ("5/6", "DATE"), ("5/13", "DATE"), ("(614) 555-0139", "FAX")],
     ["orthopedics"], "Judgement: the condition is mentioned as the reason for a referring doctor, not as a finding; the purpose (please nudge your doctor's office) survives without it, so REWRITE rather than BLOCK. Decision 4: the form title is one PROCEDURE span."),
    ("dd0039", "To finish your therapeutic shoe claim we need to verify: Walter Kaminski, DOB 07/19/1941, MBI 1EG4-TE5-MK73. Reply YES if correct.",
     "BLOCK", "billing", "sms", "en",
     [("therapeutic shoe", "PROCEDURE"), ("Walter Kaminski", "NAME"), ("07/19/1941", "DATE"), ("1EG4-TE5-MK73", "HEALTH_PLAN_ID")],
     ["orthopedics", "dob", "identifier"], "Full date of birth with the patient's name (and the Medicare beneficiary ID) must never travel by text."),
    ("dd0040", "Shoe drive! Drop off gently used sneakers in the bin by the front desk through Friday. Every pair goes to the Eastside youth running club.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Shoes for a charity drive, not diabetic footwear; sent to everyone."),
    ("dd0041", "Buenas tardes, le hablamos de Calzado Terapéutico Andar Bien. Su pedido de zapatos para diabético ya está listo para la prueba. Horario: lunes a viernes de 10 a 5. Pedido #AB-55821.",
     "REWRITE", "pickup", "sms", "es",
     [("Calzado Terapéutico Andar Bien", "SPECIALTY"), ("zapatos para diabético", "PROCEDURE"), ("AB-55821", "OTHER_ID")],
     ["orthopedics"], "Therapeutic-footwear name, the device and the order number go (decisions 1, 3, 8); 'your order is ready for a fitting' survives."),
    ("dd0042", "Claim update: your claim for date of service 10/02 was denied. Reason: diagnosis code E11.621 (type 2 diabetes with foot ulcer) does not support HCPCS A5500 without a signed certifying statement. Questions? Billing: (330) 555-0146.",
     "BLOCK", "billing", "email", "en",
     [("10/02", "DATE"), ("E11.621", "CONDITION"), ("type 2 diabetes with foot ulcer", "CONDITION"), ("A5500", "PROCEDURE"), ("(330) 555-0146", "PHONE")],
     ["orthopedics"], "Decision 4: a diagnosis code stated as the patient's, spelled out, is a diagnosis and the denial reason is the message: BLOCK; send the explanation through the portal."),
    ("dd0043", "Your Clarus Health portal code is 482913. It expires in 5 minutes. We will never call you to ask for it.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient."),
    ("dd0044", "Hi Curtis, your balance of $42.18 for the custom orthotics visit on 3/3 is due. Pay at pay.example.com/xq7?acct=55019823 or call (614) 555-0145.",
     "REWRITE", "billing", "sms", "en",
     [("Curtis", "NAME"), ("custom orthotics", "PROCEDURE"), ("3/3", "DATE"), ("pay.example.com/xq7?acct=55019823", "URL"), ("(614) 555-0145", "PHONE")],
     ["orthopedics", "practice-contact"], "Name, the device visit and a link with an account parameter go; balance, date and phone survive."),
    ("dd0045", "Break-in tips for your new diabetic shoes: wear them 1 hr the first day and add 1 hr each day. Check both feet every night for red spots or blisters, and don't go barefoot, even at home.",
     "BLOCK", "care-instructions", "sms", "en",
     [("diabetic shoes", "PROCEDURE"), ("red spots", "CONDITION"), ("blisters", "CONDITION")],
     ["orthopedics", "negation"], "Device that reveals diabetes plus self-care instructions (decision 6): the instructions are the message. The symptoms are hypothetical but labelled."),
    ("dd0046", "Welcome to Westbrook Medical Group!\n\nWe're glad you chose us. A few things to know before your first visit:\n\n- Our office is at 2250 Harmon Road, Suite 110, Westbrook, ME 04092. Free parking is in front; the entrance is accessible.\n- Please arrive 15 minutes early with your insurance card, a photo ID and a list of any medicines you take.\n- Forms can be filled out ahead of time at westbrookmg.example/forms.\n- Questions or changes: call (207) 555-0102, Monday to Friday, 8 AM to 5 PM. After hours, the same number reaches our on-call provider.\n- Messages sent through the patient portal are answered within two business days.\n\nWe look forward to meeting you.\n\nThe Westbrook Medical Group team",
     "ALLOW", "other", "email", "en",
     [("2250 Harmon Road, Suite 110, Westbrook, ME 04092", "ADDRESS"), ("westbrookmg.example/forms", "URL"), ("(207) 555-0102", "PHONE")],
     ["general", "practice-contact"], "Welcome letter with the practice's own address, link and phone only; nothing about the recipient."),
    ("dd0047", "Recordatorio de Podología Integral Santa Fe: su cita para revisión de pie diabético es el 22/04 a las 11:30 con el Dr. Carrión. Traiga sus plantillas.",
     "REWRITE", "reminder", "sms", "es",
     [("Podología Integral Santa Fe", "SPECIALTY"), ("revisión de pie diabético", "PROCEDURE"), ("22/04", "DATE"), ("Dr. Carrión", "PROVIDER"), ("plantillas", "PROCEDURE")],
     ["orthopedics"], "Podiatry name, condition-named exam and the insoles go (decisions 1, 3); date, time and provider survive."),
    ("dd0048", "Meet Bunion, the office tabby who supervises our front window! Say hi on your way in, and please don't let him slip out the door.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Bunion' is a cat's nickname, not anyone's condition."),
)

# ---------------------------------------------------------------- batch 5 (dd0049-dd0060): bunions, nails, warts, fractures, post-op
add(
    ("dd0049", "Post-op day 1 after your bunionectomy:\n- Keep the foot elevated above heart level as much as you can.\n- Ice 20 minutes on, 20 off, over the dressing (never directly on skin).\n- Take oxycodone 5 mg, 1 tab every 4-6 hrs ONLY if needed for severe pain; otherwise Tylenol.\n- Stay in the surgical shoe, weight on the heel only.\n- Do not get the dressing wet.\nCall (203) 555-0186 for fever over 101, bleeding through the dressing, or calf pain.",
     "BLOCK", "care-instructions", "email", "en",
     [("bunionectomy", "PROCEDURE"), ("oxycodone 5 mg", "MEDICATION"), ("severe pain", "CONDITION"), ("Tylenol", "MEDICATION"), ("surgical shoe", "PROCEDURE"), ("(203) 555-0186", "PHONE"), ("fever", "CONDITION"), ("bleeding", "CONDITION"), ("calf pain", "CONDITION")],
     ["orthopedics"], "Post-op care and opioid dosing instructions: treatment instructions are BLOCK by e-mail; send through the portal."),
    ("dd0050", "Hi Priya, your post-op visit with Dr. Gallagher is 8/11 at 10:30 to check on your bunion surgery. X-rays will be taken that day, so plan on about an hour.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("post-op", "PROCEDURE"), ("Dr. Gallagher", "PROVIDER"), ("8/11", "DATE"), ("bunion", "CONDITION"), ("X-rays", "PROCEDURE")],
     ["orthopedics"], "Visit logistics: name, the named visit type, the condition used as a label ('surgery' stays outside) and the imaging go; provider, date and time survive."),
    ("dd0051", "Good news from the HR office: your employer has agreed to foot the bill for this year's on-site flu shot clinic. Drop by the break room Tuesday 10-2, no sign-up needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Foot the bill' is an idiom; an on-site flu clinic offered to everyone is a broadcast."),
    ("dd0052", "Hola Ernesto, le llamamos por sus resultados: el cultivo de la uña salió positivo para hongos (onicomicosis). El doctor le recetó terbinafina 250 mg, una al día por 12 semanas.",
     "BLOCK", "result", "sms", "es",
     [("Ernesto", "NAME"), ("cultivo de la uña", "PROCEDURE"), ("positivo", "RESULT"), ("hongos", "CONDITION"), ("onicomicosis", "CONDITION"), ("terbinafina 250 mg", "MEDICATION")],
     ["orthopedics", "dermatology"], "Culture result, diagnosis and a prescription with dosing."),
    ("dd0053", "Reminder: your 2nd nail laser session is Sat 2/7 at 9 AM. Please remove any polish from your toenails beforehand. $150 due at the visit.",
     "REWRITE", "reminder", "sms", "en",
     [("nail laser", "PROCEDURE"), ("2/7", "DATE")],
     ["orthopedics", "dermatology"], "The laser treatment (for nail fungus) goes; date, time, polish removal (preparation, decision 6) and price survive."),
    ("dd0054", "Thanks for visiting Dr. Abernathy today! We'd love your feedback in a 2-minute survey: survey.example.org/s/clinic. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Abernathy", "PROVIDER"), ("survey.example.org/s/clinic", "URL")],
     ["orthopedics", "practice-contact"], "Survey link without a patient token; provider only."),
    ("dd0055", "Wart treatment reminder: after soaking, apply the salicylic acid 17% to the plantar wart every night, cover it with duct tape, and file it down every 3 days.",
     "BLOCK", "care-instructions", "push", "en",
     [("Wart", "CONDITION"), ("salicylic acid 17%", "MEDICATION"), ("plantar wart", "CONDITION")],
     ["orthopedics", "dermatology"], "Treatment instructions with the medication and condition on a lock screen."),
    ("dd0056", "Estimado Sr. Villalobos: le confirmamos su cirugía de juanete (osteotomía) para el 15 de enero en el Centro Quirúrgico Alameda. Debe llegar a las 6:00 a. m. y venir acompañado de un adulto que lo lleve a casa. Si tiene preguntas, llame al (559) 555-0117.",
     "REWRITE", "confirmation", "email", "es",
     [("Villalobos", "NAME"), ("juanete", "CONDITION"), ("osteotomía", "PROCEDURE"), ("15 de enero", "DATE"), ("(559) 555-0117", "PHONE")],
     ["orthopedics", "practice-contact"], "Surgery logistics: name, condition label and procedure go; date, arrival time, the escort rule and the surgery center (a generic name) survive."),
    ("dd0057", "Este sábado tenemos la feria de salud comunitaria en el parque: revisión gratuita de presión arterial, glucosa y pies, además de elotes y aguas frescas. ¡Traiga a toda la familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Community health fair for everyone (decision 11); corn (elotes) on the menu."),
    ("dd0058", "Carl your X-ray from today shows a stress fracture of the 2nd metatarsal. Stay in the boot and no running for 6 wks. - Dr. Yoon",
     "BLOCK", "result", "sms", "en",
     [("Carl", "NAME"), ("X-ray", "PROCEDURE"), ("stress fracture", "CONDITION"), ("boot", "PROCEDURE"), ("Dr. Yoon", "PROVIDER")],
     ["orthopedics", "typo", "shorthand"], "Imaging finding and treatment instructions (decision 5: the diagnosis noun is CONDITION)."),
    ("dd0059", "Your plantar fasciitis follow-up w/ Dr. Ibáñez is Wed 5/20 at 3:40 pm. Bring your night splint. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("plantar fasciitis", "CONDITION"), ("Dr. Ibáñez", "PROVIDER"), ("5/20", "DATE"), ("night splint", "PROCEDURE")],
     ["orthopedics", "shorthand"], "Diagnosis used as a visit label and the device go; 'bring your ...' is preparation logistics (decision 6)."),
    ("dd0060", "After your nail avulsion today: keep the dressing on for 24 hours, then soak 10 minutes in warm water twice daily, apply a thin layer of bacitracin and a bandage. Tylenol or ibuprofen as needed. Call (717) 555-0104 if you notice spreading redness, fever or pus.",
     "ALLOW", "care-instructions", "portal", "en",
     [("nail avulsion", "PROCEDURE"), ("bacitracin", "MEDICATION"), ("Tylenol", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("(717) 555-0104", "PHONE"), ("spreading redness", "CONDITION"), ("fever", "CONDITION"), ("pus", "CONDITION")],
     ["orthopedics", "practice-contact"], "Care instructions inside the secure portal are ALLOW (README channel convention); by SMS the same would be BLOCK."),
)

# ---------------------------------------------------------------- batch 6 (dd0061-dd0072): arterial disease, DVT, vascular labs, compression pumps
add(
    ("dd0061", "Reminder from Keystone Vascular Lab: arterial Doppler with ABI on 10/14 at 8:15 AM. No smoking or caffeine for 2 hrs before. Wear loose, comfortable clothing.",
     "REWRITE", "reminder", "sms", "en",
     [("Keystone Vascular Lab", "SPECIALTY"), ("arterial Doppler", "PROCEDURE"), ("ABI", "PROCEDURE"), ("10/14", "DATE")],
     ["cardiology", "imaging"], "Vascular-lab name and tests go; the no-caffeine and clothing rules are preparation logistics (decision 6) and survive."),
    ("dd0062", "Hi Gene, your leg ultrasound came back negative for a blood clot. Dr. Morrow says to keep taking the Eliquis 5mg twice daily as prescribed.",
     "BLOCK", "result", "sms", "en",
     [("Gene", "NAME"), ("leg ultrasound", "PROCEDURE"), ("negative", "RESULT"), ("blood clot", "CONDITION"), ("Dr. Morrow", "PROVIDER"), ("Eliquis 5mg", "MEDICATION")],
     ["cardiology", "imaging"], "A negative result is still a result, plus an anticoagulant instruction (README)."),
    ("dd0063", "How did we do? Take our 60-second Patient Pulse survey about check-in and wait times. Reply 1-5, where 5 is excellent.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Pulse' is the name of a survey, not a vital sign."),
    ("dd0064", "Hello Ms. Kapoor,\n\nDr. Lindqvist has referred you to our clinic for a peripheral artery disease consultation. We've scheduled you with Dr. Oyelaran on Monday, March 9 at 1:20 PM at our Elm Ridge office, 4410 Elm Ridge Pkwy, Suite 300, Bellevue, WA 98004.\n\nPlease complete the new-patient forms at northvalleyvs.example/forms before your visit and bring your insurance card and a list of medicines.\n\nBest regards,\nScheduling Team\nNorth Valley Vascular Surgery\n(425) 555-0160",
     "REWRITE", "reminder", "email", "en",
     [("Kapoor", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("peripheral artery disease", "CONDITION"), ("Dr. Oyelaran", "PROVIDER"), ("March 9", "DATE"), ("4410 Elm Ridge Pkwy, Suite 300, Bellevue, WA 98004", "ADDRESS"), ("northvalleyvs.example/forms", "URL"), ("North Valley Vascular Surgery", "SPECIALTY"), ("(425) 555-0160", "PHONE")],
     ["cardiology", "practice-contact"], "Referral scheduling: name, the diagnosis used as a visit label and the vascular practice name go; providers, date, the practice's address, form link and phone survive."),
    ("dd0065", "Sr. Cordero, su índice tobillo-brazo salió en 0.52 del lado izquierdo, eso indica mala circulación. El Dr. Vidal quiere hacerle una angiografía pronto. Llámenos hoy al (305) 555-0129.",
     "BLOCK", "result", "sms", "es",
     [("Cordero", "NAME"), ("índice tobillo-brazo", "PROCEDURE"), ("0.52", "RESULT"), ("mala circulación", "CONDITION"), ("Dr. Vidal", "PROVIDER"), ("angiografía", "PROCEDURE"), ("(305) 555-0129", "PHONE")],
     ["cardiology"], "ABI value and its interpretation plus a planned angiogram: results are BLOCK."),
    ("dd0066", "Clínica Familiar Los Pinos: su cita con la Dra. Arellano quedó para el miércoles 17 de junio a las 9:00. Si no puede venir, avísenos con 24 horas de anticipación. Tel. (520) 555-0112.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dra. Arellano", "PROVIDER"), ("17 de junio", "DATE"), ("(520) 555-0112", "PHONE")],
     ["primary-care", "practice-contact"], "Generic clinic name, provider, date, time and phone."),
    ("dd0067", "Cascade Vein Center: You have a new message about your sclerotherapy visit. Log in to read it.",
     "REWRITE", "portal-notice", "push", "en",
     [("Cascade Vein Center", "SPECIALTY"), ("sclerotherapy", "PROCEDURE")],
     ["cardiology"], "Portal notice should say only that a message is waiting; the vein-center name and the procedure go."),
    ("dd0068", "Hi Janice, this is Toni, the nurse at Dr. Haskell's office. Your CT angiogram shows about a 70 percent blockage in the artery behind your right knee. Dr. Haskell would like to talk with you about a stent. Please call us back at 804-555-0183.",
     "BLOCK", "result", "voice", "en",
     [("Janice", "NAME"), ("Toni", "PROVIDER"), ("Dr. Haskell", "PROVIDER"), ("CT angiogram", "PROCEDURE"), ("70 percent blockage", "RESULT"), ("Dr. Haskell", "PROVIDER", 1), ("stent", "PROCEDURE"), ("804-555-0183", "PHONE")],
     ["cardiology", "imaging"], "A voicemail with an imaging finding and treatment plan: voice is overheard, BLOCK (decision 5: the measured blockage is a RESULT)."),
    ("dd0069", "Your venous duplex from 7/9 showed no deep vein thrombosis in either leg. There is superficial reflux in the left small saphenous vein, 1.1 seconds. Dr. Ekwueme will go over options with you at your visit on 7/23.",
     "ALLOW", "result", "portal", "en",
     [("venous duplex", "PROCEDURE"), ("7/9", "DATE"), ("no deep vein thrombosis", "RESULT"), ("reflux", "CONDITION"), ("1.1 seconds", "RESULT"), ("Dr. Ekwueme", "PROVIDER"), ("7/23", "DATE")],
     ["cardiology", "imaging"], "Results inside the portal are ALLOW (README channel convention)."),
    ("dd0070", "Hi Dolores, your compression pump trainer will visit Thu 6/11 between 1-3pm to set up the unit (serial LX-4420-88731). Call (260) 555-0114 if you need to change the time.",
     "REWRITE", "reminder", "sms", "en",
     [("Dolores", "NAME"), ("compression pump", "PROCEDURE"), ("6/11", "DATE"), ("LX-4420-88731", "DEVICE_ID"), ("(260) 555-0114", "PHONE")],
     ["home-health", "cardiology", "practice-contact"], "Home set-up visit: name, device and its serial go; date, window and phone survive."),
    ("dd0071", "Holiday stocking stuffers for the whole family are 20% off in the Main Street gift shop through Sunday. Gift wrapping is free!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Christmas stockings, not compression stockings."),
    ("dd0072", "Hi Renee,\n\nThank you for bringing your mom in today. As we discussed, her venous leg ulcer is not healing with the Unna boot alone, so Dr. Castro is ordering an arterial study to rule out poor circulation before we try a stronger compression wrap. Until then please keep her leg up on pillows in the evenings and change the outer wrap if it gets wet.\n\nThe vascular lab will call you to schedule.\n\nTake care,\nBeth Olsen, RN",
     "BLOCK", "care-instructions", "email", "en",
     [("Renee", "NAME"), ("venous leg ulcer", "CONDITION"), ("Unna boot", "PROCEDURE"), ("Dr. Castro", "PROVIDER"), ("arterial study", "PROCEDURE"), ("poor circulation", "CONDITION"), ("compression wrap", "PROCEDURE"), ("vascular", "SPECIALTY"), ("Beth Olsen, RN", "PROVIDER")],
     ["cardiology", "dermatology", "third-party"], "A parent's condition, treatment plan and care instructions sent to her daughter: third party's health is BLOCK."),
)

# ---------------------------------------------------------------- batch 7 (dd0073-dd0084): Spanish vein and wound care, four disguised messages
add(
    ("dd0073", "Hola Beatriz, su ecografía Doppler venosa es el lunes 8 de junio a las 7:45 en Imagen Vascular del Norte. Venga con ropa cómoda. Conteste 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Beatriz", "NAME"), ("ecografía Doppler venosa", "PROCEDURE"), ("8 de junio", "DATE"), ("Imagen Vascular del Norte", "SPECIALTY")],
     ["cardiology", "imaging"], "Name, test and a vascular-imaging name go; date, time and comfortable clothes (preparation, decision 6) survive."),
    ("dd0074", "Don Aurelio, recuerde: la bota de descarga no se la quite ni para dormir, y revisese el azucar antes de cada comida. La úlcera necesita cero presión para cerrar.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aurelio", "NAME"), ("bota de descarga", "PROCEDURE"), ("azucar", "PROCEDURE"), ("úlcera", "CONDITION")],
     ["dermatology", "orthopedics", "typo"], "Offloading and glucose-testing instructions about his ulcer: treatment instructions are BLOCK (decision 13: checking the sugar is a test)."),
    ("dd0075", "Este lunes festivo la clínica estará cerrada. Para emergencias marque al 911. Volvemos el martes a las 8 de la mañana.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure for everyone; 911 is not a phone identifier."),
    ("dd0076", "Reminder: your w o u n d  c a r e visit is Fri 3/27 at 1pm. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("w o u n d  c a r e", "PROCEDURE"), ("3/27", "DATE")],
     ["dermatology", "spaced"], "Spaced letters hide the visit type; it goes like the plain word would, date and time survive."),
    ("dd0077", "Hi Marcus, pls bring ur walker to the post-am\u200bpu\u200btation clinic visit on 2/24 at 10. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("walker", "PROCEDURE"), ("post-am\u200bpu\u200btation", "PROCEDURE"), ("2/24", "DATE")],
     ["orthopedics", "shorthand"], "Zero-width spaces inside 'post-amputation'; name, device and the clinic's visit type go, date and time survive."),
    ("dd0078", "Your ulc\u0435r check with Dr. Moss is Tue 4/14 at 2:30. Please arrive 10 minutes early.",
     "REWRITE", "reminder", "sms", "en",
     [("ulc\u0435r", "CONDITION"), ("Dr. Moss", "PROVIDER"), ("4/14", "DATE")],
     ["dermatology"], "A Cyrillic 'е' in 'ulcer'; the condition used as a visit label goes ('check' stays outside)."),
    ("dd0079", "ur d1ab3t1c f00t 3xam is tmrw 9am w/ Dr. Li. reply Y to confirm, N to cancel",
     "REWRITE", "reminder", "sms", "en",
     [("d1ab3t1c f00t 3xam", "PROCEDURE"), ("Dr. Li", "PROVIDER")],
     ["orthopedics", "leet", "shorthand"], "Leetspeak condition-named exam goes; provider and time survive."),
    ("dd0080", "Estimada Sra. Galindo:\n\nGracias por atenderse hoy con nosotros. Después de su ablación con láser endovenoso, siga estas indicaciones:\n- Use la media de compresión día y noche por 2 días; después, solo de día por dos semanas.\n- Camine 10 minutos cada hora mientras esté despierta.\n- Para el dolor puede tomar ibuprofeno 600 mg cada 8 horas con alimentos.\n- Es normal tener moretones en el muslo.\n\nSi nota hinchazón o dolor fuerte en la pantorrilla, o le falta el aire, llame de inmediato al (786) 555-0152.\n\nSu ultrasonido de control es el 3 de septiembre a las 8:30.\n\nAtentamente,\nLic. Enf. Sandra Ruiz\nCentro Vascular Las Palmas",
     "BLOCK", "care-instructions", "email", "es",
     [("Galindo", "NAME"), ("ablación con láser endovenoso", "PROCEDURE"), ("media de compresión", "PROCEDURE"), ("dolor", "CONDITION"), ("ibuprofeno 600 mg", "MEDICATION"), ("moretones", "CONDITION"), ("hinchazón", "CONDITION"), ("dolor fuerte", "CONDITION"), ("le falta el aire", "CONDITION"), ("(786) 555-0152", "PHONE"), ("ultrasonido", "PROCEDURE"), ("3 de septiembre", "DATE"), ("Lic. Enf. Sandra Ruiz", "PROVIDER"), ("Centro Vascular Las Palmas", "SPECIALTY")],
     ["cardiology"], "Post-ablation instructions with dosing; e-mail is treated like SMS. Send through the portal."),
    ("dd0081", "Centro de Heridas San Lucas: hace 3 meses que no viene a su control de la úlcera. Llame al (210) 555-0175 para programar su cita.",
     "REWRITE", "recall", "sms", "es",
     [("Centro de Heridas San Lucas", "SPECIALTY"), ("úlcera", "CONDITION"), ("(210) 555-0175", "PHONE")],
     ["dermatology", "practice-contact"], "Recall: wound-center name and the condition used as a visit label go ('control' stays outside); the call-to-book survives."),
    ("dd0082", "Reminder: you're scheduled with Dr. Benton tomorrow at 3:30 PM. Reply C to confirm or call (608) 555-0124 to cancel. Please allow 24 hours' notice.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Benton", "PROVIDER"), ("(608) 555-0124", "PHONE")],
     ["orthopedics", "practice-contact"], "Provider, time and the practice's phone only."),
    ("dd0083", "Sra. Lucero, a Mateo le encontramos una verruga plantar en el talón izquierdo. Póngale el ácido salicílico cada noche y que no ande descalzo en la alberca.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Lucero", "NAME"), ("Mateo", "NAME"), ("verruga plantar", "CONDITION"), ("ácido salicílico", "MEDICATION")],
     ["pediatrics", "orthopedics", "third-party", "minor"], "A child's diagnosis and treatment instructions sent to the parent: a dependent's condition is BLOCK (README)."),
    ("dd0084", "Our phone lines got wound up in a carrier outage this morning. Everything is back to normal now. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Wound up' is an idiom, not a wound."),
)

# ---------------------------------------------------------------- batch 8 (dd0085-dd0096): home visits, records, prosthetics, braces, statements
add(
    ("dd0085", "Home podiatry visit confirmed for Mrs. Eleanor Whitcomb (age 94) at Brookside Manor, Rm 212, Tue 11/3 between 1-3pm for routine foot care. Please have her slippers and a towel ready.",
     "REWRITE", "confirmation", "sms", "en",
     [("podiatry", "SPECIALTY"), ("Eleanor Whitcomb", "NAME"), ("94", "AGE"), ("Brookside Manor, Rm 212", "ADDRESS"), ("11/3", "DATE"), ("routine foot care", "PROCEDURE")],
     ["home-health", "orthopedics", "age-over-89"], "Logistics for a dependent: name, age over 89, her facility room (decision 10), the service line and the visit type go; date and window survive."),
    ("dd0086", "Per your request, your records from the 6/30 visit: MRN 20771458, dx L97.412 non-pressure chronic ulcer of right heel, excisional debridement 2.0 sq cm. Full note in the portal.",
     "BLOCK", "other", "sms", "en",
     [("6/30", "DATE"), ("20771458", "MRN"), ("L97.412", "CONDITION"), ("non-pressure chronic ulcer of right heel", "CONDITION"), ("excisional debridement", "PROCEDURE"), ("2.0 sq cm", "RESULT")],
     ["dermatology", "shorthand"], "A records excerpt with the diagnosis code and text, the procedure and its size (decision 4): the clinical content is the message."),
    ("dd0087", "We've moved! Starting Monday, June 1, Dr. Serrano and Dr. Whitley will see patients at our new office: 118 Vein Street, Suite 2B, Millbrook, OH 44108. Free parking behind the building. Same phone, (330) 555-0191, and same website, millbrookma.example. - Millbrook Medical Associates",
     "ALLOW", "other", "email", "en",
     [("June 1", "DATE"), ("Dr. Serrano", "PROVIDER"), ("Dr. Whitley", "PROVIDER"), ("118 Vein Street, Suite 2B, Millbrook, OH 44108", "ADDRESS"), ("(330) 555-0191", "PHONE"), ("millbrookma.example", "URL")],
     ["general", "broadcast", "practice-contact"], "Practice move to a street called Vein Street: the practice's own full address is labelled but allowed (decision 7)."),
    ("dd0088", "Kessler Orthotics & Prosthetics: your prosthetic socket adjustment is Mon 12/7 at 11:00. Bring your liner and shrinker sock.",
     "REWRITE", "reminder", "sms", "en",
     [("Kessler Orthotics & Prosthetics", "SPECIALTY"), ("prosthetic socket adjustment", "PROCEDURE"), ("12/7", "DATE"), ("liner", "PROCEDURE"), ("shrinker sock", "PROCEDURE")],
     ["orthopedics"], "Prosthetics shop name, the visit and the devices reveal an amputation (decisions 1, 3); date and time survive."),
    ("dd0089", "Lab alert: A1c 9.4 (H). Dr. Baptiste wants you seen in podiatry sooner - your appt was moved to Fri.",
     "BLOCK", "result", "push", "en",
     [("A1c", "PROCEDURE"), ("9.4", "RESULT"), ("A1c 9.4 ([[H]])", "RESULT"), ("Dr. Baptiste", "PROVIDER"), ("podiatry", "SPECIALTY")],
     ["lab", "orthopedics", "shorthand"], "A lab value with its flag on a lock screen: results are BLOCK."),
    ("dd0090", "Dr. Kaur's office now takes payments by text. Reply PAY to get a secure link. Questions? (972) 555-0166",
     "ALLOW", "billing", "sms", "en",
     [("Dr. Kaur", "PROVIDER"), ("(972) 555-0166", "PHONE")],
     ["general", "practice-contact"], "Billing feature announcement with the provider and the practice's phone."),
    ("dd0091", "Estimado paciente: su estado de cuenta de Podiatría Los Álamos muestra un saldo de $65.00 por la visita del 02/11. Número de cuenta: 7730-2291. Puede pagar en línea en losalamospod.example/pagar o al (505) 555-0121.",
     "REWRITE", "billing", "email", "es",
     [("Podiatría Los Álamos", "SPECIALTY"), ("02/11", "DATE"), ("7730-2291", "ACCOUNT"), ("losalamospod.example/pagar", "URL"), ("(505) 555-0121", "PHONE")],
     ["orthopedics", "practice-contact"], "Statement: the podiatry name and the account number go (decision 1); balance, date, the practice's payment link and phone survive."),
    ("dd0092", "Grace, Dr. Pham looked at teh photos you sent in the app. The toe looks infected - start the Keflex we caled in today and come in tomorrow at 8.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Grace", "NAME"), ("Dr. Pham", "PROVIDER"), ("infected", "RESULT"), ("Keflex", "MEDICATION")],
     ["orthopedics", "typo"], "A finding from the photos (decision 5: 'infected' is a RESULT) and a medication instruction."),
    ("dd0093", "Our patient portal will be down for maintenance Sunday from 1 to 5 AM. You can still call us for anything urgent.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Maintenance notice for everyone."),
    ("dd0094", "Hi Mr. Oduya, your new AFO brace is ready. Please come to Suite 140 for a fitting; walk-ins Tue-Thu 9-4.",
     "REWRITE", "pickup", "sms", "en",
     [("Oduya", "NAME"), ("AFO brace", "PROCEDURE")],
     ["orthopedics"], "Name and the device go (decision 3); 'your order is ready, come for a fitting' survives."),
    ("dd0095", "Your ankle MRI shows a partial tear of the peroneal tendon. Dr. Hollis recommends 6 weeks in a CAM boot before considering surgery.",
     "BLOCK", "result", "sms", "en",
     [("ankle MRI", "PROCEDURE"), ("partial tear of the peroneal tendon", "CONDITION"), ("Dr. Hollis", "PROVIDER"), ("CAM boot", "PROCEDURE")],
     ["orthopedics", "imaging"], "Imaging finding and a treatment plan (decision 5)."),
    ("dd0096", "This is an automated message from Lakeside Medical Group. Because of the weather, our office will open at 10 AM tomorrow. Call (219) 555-0130 with questions.",
     "ALLOW", "other", "voice", "en",
     [("(219) 555-0130", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Weather delay for everyone with the practice's phone."),
)

# ---------------------------------------------------------------- batch 9 (dd0097-dd0108): corns and calluses, carotid reports, claudication, signatures
add(
    ("dd0097", "Thank you, Yolanda. You're booked: Callus & corn care with Dr. Reinholt, Fri 1/16, 8:50 AM. Text CANCEL to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("Yolanda", "NAME"), ("Callus & corn care", "PROCEDURE"), ("Dr. Reinholt", "PROVIDER"), ("1/16", "DATE")],
     ["orthopedics"], "Booking receipt: name and the visit type (corn in its foot sense) go; provider, date and time survive."),
    ("dd0098", "Diabetes Prevention Month: free cooking demo Thursday at noon in the community room - roasted corn salsa, black bean salad and sugar-free desserts. Everyone is welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A community class for everyone says nothing about the recipient (decision 11); corn on the menu."),
    ("dd0099", "Dear Mr. Sorensen,\n\nYour carotid duplex from 4/28 is back. Dr. Adeyemi reviewed it: 40-59% narrowing of the right internal carotid artery and less than 40% on the left, which is stable since last year. Please continue aspirin 81 mg and atorvastatin 40 mg daily, and we will repeat the scan in 12 months.\n\nRegards,\nTomas Reyes, RVT\nPiedmont Vascular Lab",
     "BLOCK", "result", "email", "en",
     [("Sorensen", "NAME"), ("carotid duplex", "PROCEDURE"), ("4/28", "DATE"), ("Dr. Adeyemi", "PROVIDER"), ("40-59% narrowing", "RESULT"), ("less than 40%", "RESULT"), ("stable", "RESULT"), ("aspirin 81 mg", "MEDICATION"), ("atorvastatin 40 mg", "MEDICATION"), ("Tomas Reyes", "PROVIDER"), ("RVT", "SPECIALTY"), ("Piedmont Vascular Lab", "SPECIALTY")],
     ["cardiology", "imaging"], "Imaging results and medication instructions by e-mail. Decision 1: the vascular-technologist credential is a separate SPECIALTY span."),
    ("dd0100", "You have a new message from Dr. Sandoval's office. Please log in to the patient portal at portal.fairhavenmg.example to read it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("Dr. Sandoval", "PROVIDER"), ("portal.fairhavenmg.example", "URL")],
     ["general", "practice-contact"], "Notification without PHI: a message is waiting, the practice's portal link has no token."),
    ("dd0101", "Reminder: appt Tue 2/3 at 2:00 PM with Dr. Amsel. Please bring your insurance card and a list of your meds. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("2/3", "DATE"), ("Dr. Amsel", "PROVIDER")],
     ["cardiology", "shorthand"], "Date, time and provider; 'a list of your meds' names none."),
    ("dd0102", "Mija, soy la enfermera Lupita de la clínica. Tu abuelita tiene la pierna muy hinchada y roja otra vez; el doctor dice que puede ser celulitis. Que se tome el antibiótico completo y que regrese el jueves.",
     "BLOCK", "care-instructions", "sms", "es",
     [("enfermera Lupita", "PROVIDER"), ("hinchada", "CONDITION"), ("roja", "CONDITION"), ("celulitis", "CONDITION"), ("antibiótico", "MEDICATION")],
     ["home-health", "third-party"], "The grandmother's symptoms, a possible diagnosis and a treatment instruction sent to a relative: a third party's health is BLOCK (decision 16 for the nurse)."),
    ("dd0103", "Dr. Wójcik tmrw 11:20 AM. Tap for directions.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Wójcik", "PROVIDER")],
     ["orthopedics", "shorthand"], "Provider and time only, in a terse lock-screen push."),
    ("dd0104", "Pre-visit reminder from Tidewater Podiatry Associates: please fill out the Medicare routine foot care questionnaire before your 6/9 visit: tidewaterpod.example/forms?pt=88213",
     "REWRITE", "reminder", "sms", "en",
     [("Tidewater Podiatry Associates", "SPECIALTY"), ("routine foot care", "PROCEDURE"), ("6/9", "DATE"), ("tidewaterpod.example/forms?pt=88213", "URL")],
     ["orthopedics"], "Podiatry name and the covered service go; the link carries a patient parameter (README: patient-specific URL -> REWRITE)."),
    ("dd0105", "Reminder: take 1 Pletal (cilostazol 100mg) 30 min before breakfast and dinner, and keep up your walking program: 30 min a day, walk until the calf cramping starts, rest, repeat.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pletal", "MEDICATION"), ("cilostazol 100mg", "MEDICATION"), ("walking program", "PROCEDURE"), ("calf cramping", "CONDITION")],
     ["cardiology"], "Dosing and exercise-therapy instructions for claudication (decision 14: a prescribed walking program is PROCEDURE)."),
    ("dd0106", "We're kicking off extended hours! Starting next week we're open until 7 PM on Tuesdays and Thursdays.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Kicking off' is an idiom; hours for everyone."),
    ("dd0107", "hola sr. maldonado:\ngracias por su visita de hoy. le adjuntamos el formulario para su aseguradora. cualquier duda, escríbanos a citas@pasofirme.example.\natentamente,\nDra. Celia Aranda, DPM\nPaso Firme Podiatría",
     "REWRITE", "other", "email", "es",
     [("maldonado", "NAME"), ("citas@pasofirme.example", "EMAIL"), ("Dra. Celia Aranda", "PROVIDER"), ("DPM", "SPECIALTY"), ("Paso Firme Podiatría", "SPECIALTY")],
     ["orthopedics", "practice-contact"], "A lower-case name, the podiatrist credential and a podiatry name in the signature go (decision 1); the practice's own e-mail stays."),
    ("dd0108", "Hi Stan, good news: the biopsy of the spot on your sole was benign (a simple wart). No further treatment needed. - Dr. Fenwick's team",
     "BLOCK", "result", "sms", "en",
     [("Stan", "NAME"), ("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("wart", "CONDITION"), ("Dr. Fenwick", "PROVIDER")],
     ["orthopedics", "dermatology"], "A benign result is still a result (README)."),
)

# ---------------------------------------------------------------- batch 10 (dd0109-dd0120): channel contrast, Spanish pickups and results, gangrene, SSN
WOUND_NOTE = ("Hi Marguerite, your wound measured 0.8 x 0.6 cm today, down from 1.4 x 1.0 last week - great progress! "
              "Keep up the foam dressing changes every other day and the boot whenever you're up. See you 3/12. - Yasmin, RN, Wound Care")
add(
    ("dd0109", WOUND_NOTE,
     "ALLOW", "care-instructions", "portal", "en",
     [("Marguerite", "NAME"), ("wound", "CONDITION"), ("0.8 x 0.6 cm", "RESULT"), ("1.4 x 1.0", "RESULT"), ("foam dressing", "PROCEDURE"), ("boot", "PROCEDURE"), ("3/12", "DATE"), ("Yasmin, RN", "PROVIDER"), ("Wound Care", "SPECIALTY")],
     ["dermatology", "contrast"], "Measurements and dressing instructions inside the portal are ALLOW (README channel convention); the same text by SMS is dd0110."),
    ("dd0110", WOUND_NOTE,
     "BLOCK", "care-instructions", "sms", "en",
     [("Marguerite", "NAME"), ("wound", "CONDITION"), ("0.8 x 0.6 cm", "RESULT"), ("1.4 x 1.0", "RESULT"), ("foam dressing", "PROCEDURE"), ("boot", "PROCEDURE"), ("3/12", "DATE"), ("Yasmin, RN", "PROVIDER"), ("Wound Care", "SPECIALTY")],
     ["dermatology", "contrast"], "Same text as dd0109 by SMS: wound measurements and dressing instructions are the message (decision 5)."),
    ("dd0111", "Hola, le escribe Karla de recepción. Su cita con el Dr. Olvera se cambió al jueves 19 de noviembre a las 12:30 por una emergencia del doctor. Disculpe las molestias. Responda OK para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("Karla", "PROVIDER"), ("Dr. Olvera", "PROVIDER"), ("19 de noviembre", "DATE")],
     ["orthopedics"], "Staff sender, provider, new date and time; the doctor's emergency is not the patient's."),
    ("dd0112", "Sr. Paredes, ya tenemos listas sus plantillas ortopédicas a la medida. Pase a recogerlas a Ortopedia Moderna, Av. Juárez 418, Col. Centro, de 9 a 6.",
     "REWRITE", "pickup", "sms", "es",
     [("Paredes", "NAME"), ("plantillas ortopédicas", "PROCEDURE"), ("Ortopedia Moderna", "SPECIALTY"), ("Av. Juárez 418, Col. Centro", "ADDRESS")],
     ["orthopedics", "practice-contact"], "Pickup: name, device and an orthopedic shop name go (README: orthopedic names are specialty-revealing); the shop's own address and hours stay."),
    ("dd0113", "Para los que tienen vena artística: concurso de dibujo infantil en la sala de espera. Entregue el dibujo de sus hijos en recepción antes del viernes. ¡Habrá premios!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Vena artística' is an idiom (artistic streak), not a vein."),
    ("dd0114", "Hola Tere, tus estudios del Doppler arterial salieron con obstrucción en la arteria femoral derecha. El cirujano vascular te va a ver el martes para hablar de un bypass.",
     "BLOCK", "result", "sms", "es",
     [("Tere", "NAME"), ("Doppler arterial", "PROCEDURE"), ("obstrucción en la arteria femoral derecha", "CONDITION"), ("vascular", "SPECIALTY"), ("bypass", "PROCEDURE")],
     ["cardiology", "imaging"], "An imaging finding and a surgical plan (decision 5; decision 12: the surgeon word stays generic, 'vascular' is SPECIALTY)."),
    ("dd0115", "Recordatorio: su curación de herida en casa será mañana entre 10 y 12. La enfermera Rocío de Cuidados en Casa Amanecer le llamará antes de llegar.",
     "REWRITE", "reminder", "sms", "es",
     [("curación de herida", "PROCEDURE"), ("enfermera Rocío", "PROVIDER"), ("Cuidados en Casa Amanecer", "SPECIALTY")],
     ["home-health", "dermatology"], "Home wound-care visit: the visit type and a home-health agency name go (decision 1); the window and the nurse's call survive (decision 16)."),
    ("dd0116", "Dr. Hartmann's office: we got your new insurance card, thanks! No action needed on your part.",
     "ALLOW", "billing", "sms", "en",
     [("Dr. Hartmann", "PROVIDER")],
     ["cardiology"], "Administrative acknowledgement with the provider only."),
    ("dd0117", "Hi Frank,\n\nDr. Leclair looked at the pictures of your toe you sent this morning. The black area on the tip of your 2nd toe is dry gangrene, which happens when not enough blood reaches the toe. For now keep it dry and uncovered, do not soak it, and wear the open post-op shoe we gave you. He has scheduled you for a partial toe amputation on 9/15 at St. Anne's, and the vascular team will check your circulation beforehand with an angiogram on 9/10.\n\nIf the redness spreads up the foot or you get a fever, go to the ER.\n\nPlease bring a list of all your medicines to the pre-op visit, and have someone available to drive you home on the day of surgery. St. Anne's will call the day before with your arrival time. Questions before then? Reply to this e-mail or call our nurse line at (919) 555-0172, Monday to Friday, 8 to 4:30.\n\nBest,\nMeghan, MA\nRiverside Foot & Ankle Specialists",
     "BLOCK", "care-instructions", "email", "en",
     [("Frank", "NAME"), ("Dr. Leclair", "PROVIDER"), ("dry gangrene", "CONDITION"), ("post-op shoe", "PROCEDURE"), ("partial toe amputation", "PROCEDURE"), ("9/15", "DATE"), ("vascular", "SPECIALTY"), ("angiogram", "PROCEDURE"), ("9/10", "DATE"), ("redness", "CONDITION"), ("fever", "CONDITION"), ("pre-op", "PROCEDURE"), ("(919) 555-0172", "PHONE"), ("Meghan, MA", "PROVIDER"), ("Riverside Foot & Ankle Specialists", "SPECIALTY")],
     ["orthopedics", "cardiology"], "A diagnosis, care instructions and an amputation plan by e-mail: BLOCK, send through the portal."),
    ("dd0118", "Lakeside Medical Group: your statement is ready. Balance $18.40. Pay online at lakesidemg.example/pay or call (757) 555-0137.",
     "ALLOW", "billing", "sms", "en",
     [("lakesidemg.example/pay", "URL"), ("(757) 555-0137", "PHONE")],
     ["general", "practice-contact"], "Statement notice from a generic practice name with its own payment link (no token) and phone."),
    ("dd0119", "Get a leg up on flu season: walk-in flu shots for everyone 6 months and older, no appointment needed, Mon-Fri 9-4.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'A leg up' is an idiom; flu shots offered to everyone are a broadcast (README)."),
    ("dd0120", "To process your diabetic shoe benefit we still need one thing: please confirm your Social Security number. We have 078-05-1120 on file. Reply YES if that's correct.",
     "BLOCK", "billing", "sms", "en",
     [("diabetic shoe", "PROCEDURE"), ("078-05-1120", "SSN")],
     ["orthopedics"], "An SSN must never travel by text, and the benefit reveals diabetes (specimen SSN)."),
)

probe_lib.run(M, "dd", "probe105.jsonl")
