#!/usr/bin/env python3
"""Build corpus/probe133.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe133.py [OUT] [-v]   (default: probe133.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was not
run, and no other corpus's messages, source code, tests or history were read.

This round is CARDIOLOGY, CARDIAC DEVICES AND CARDIAC REHAB: what cardiology practices,
heart-failure programs, device clinics (pacemaker/ICD/loop-recorder remote monitoring), lipid and
hypertension clinics, cath labs and EP labs, cardiac rehab gyms and anticoagulation-adjacent
services send — echo, stress-test and Holter/event-monitor/patch instructions, remote-transmission
reminders, cath, TEE/cardioversion and ablation prep, rehab session schedules, BP-cuff and remote
patient monitoring programs, lipid labs, medication changes, pickups, estimates and bills — mixed
with neutral logistics and look-alikes ("a change of heart", "the heart of downtown", "a
stress-free weekend", a practice on Holter Road, "pacing yourself", a Valentine's Heart Run,
"Corazones en Marcha", "pulse check", Heartwood Family Practice, a scheduler named Cora Hart).
About 15% Spanish; 4 disguised messages (leet, Cyrillic look-alikes, a zero-width space, dotted
letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Cardiac devices and wearables (pacemaker, ICD/defibrillator, loop recorder, LVAD, Holter
     monitor, event monitor, Zio/heart-monitor patch, BP cuff / baumanómetro) are PROCEDURE, like
     the README's `pacemaker` and `splint`; device model names are PROCEDURE too; device visit
     names (`device check`, `remote transmission`, `RPM`) are named visit types -> PROCEDURE.
     Bare accessory words (`monitor`, `transmitter`, `home monitor`) do not name a device or
     test and are not labelled.
  2. Service-line / department names: without a condition head word (`Device Clinic`,
     `Lipid Clinic`, `Cath Lab`, a rhythm-device vendor's name) the whole name is SPECIALTY; with
     a condition head word (`Heart Failure Clinic`, `Hypertension Program`, `programa de
     hipertensión`) only the condition is labelled (CONDITION), the generic word stays outside,
     as with `clínica de VIH`; with a drug brand (`Coumadin Clinic`) the brand is MEDICATION.
  3. Prep logistics (fasting, no caffeine, shoes and clothes, arrival time, a driver) survive
     once the test name is removed: REWRITE. Holding, starting, stopping, timing or changing a
     medication is a treatment/dosing instruction: BLOCK. Instructions keyed on symptoms ("if you
     have chest pain call 911", "press the button when you feel palpitations") are clinical
     content: BLOCK (symptoms labelled CONDITION even when hypothetical; tag `negation`).
  4. Measures (EF, BP, LDL, Lp(a), INR, potassium, resting/target heart rate, RPE, 6-minute
     walk) are PROCEDURE and their values RESULT, following the README's scale convention; a
     prescribed target range is labelled RESULT as well (it is the patient's clinical value).
  5. Billing codes are labelled by what they encode: a CPT code -> PROCEDURE, an ICD-10 code ->
     CONDITION (the code only, without "CPT"/"diagnosis code"). A diagnosis named on a
     claim-denial notice is REWRITE, not BLOCK: it is a billing label, not news, and the notice
     ("claim denied, call us") survives its removal.
  6. Notices sent only to enrollees of a condition program (a cardiac-rehab closure, an LVAD
     support group) are not broadcasts: they reveal enrollment -> REWRITE.
  7. A dependent's non-routine cardiac test (echo, EKG) scheduled with a pediatric-cardiology
     name is REWRITE (logistics with name, specialty and test removable); a finding or condition
     of the dependent is BLOCK (README third-party rule).
  8. A device or transmitter serial is DEVICE_ID; a shipment tracking number for the patient's
     own device is OTHER_ID (a unique code tied to the patient's delivery); a payment
     confirmation number, like a booking reference, is not labelled; an authorization number is
     OTHER_ID.
  9. Schedulers, navigators and billing staff named as the sender are workforce -> PROVIDER
     (README's sender rule) — including Cora Hart, whose surname is not a heart word. A
     credential naming a cardiac specialty (CCDS) is a separate SPECIALTY span, as with DDS.
 10. The practice's own full street address on Holter Road is ADDRESS (ALLOW); "Heartwood Family
     Practice" is a generic practice name (a place-like name, not a specialty).
 11. Drug handling notes ("keep refrigerated") are not dosing: a specialty-pharmacy delivery
     notice stays REWRITE. "Take your usual morning meds" names no drug: not an instruction that
     blocks.
 12. A "results are ready" notice that names the test is REWRITE (the test name goes, the notice
     survives); a normal result on SMS/e-mail is BLOCK, the same text on the portal is ALLOW
     (`contrast` pairs).

Everything is invented: names, practices, vendors, 555-01xx numbers, example domains,
identifiers; the SSN and Medicare ID are well-known specimen values. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ef0001-ef0012): echo and stress-test reminders, first results
add(
    ("ef0001", "Reminder: you have an appointment with Dr. Adebayo on Tue 3/10 at 8:15 AM at Lakeview Medical Associates, 2nd floor. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Adebayo", "PROVIDER"), ("3/10", "DATE")],
     ["cardiology"], "Provider, date, time and a generic practice name only."),
    ("ef0002", "Summit Heart & Vascular: Your echocardiogram is scheduled for Thu 4/2 at 1:30 PM. Please arrive 15 min early. No prep needed. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Heart & Vascular", "SPECIALTY"), ("echocardiogram", "PROCEDURE"), ("4/2", "DATE")],
     ["cardiology"], "Cardiology practice name and the test go; date, time and arrival note survive."),
    ("ef0003", "Hi Marcus, this is a reminder for your treadmill stress test tomorrow at 7:45am. Wear walking shoes and comfortable clothes, and no caffeine after midnight. Questions? (614) 555-0142",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("treadmill stress test", "PROCEDURE"), ("(614) 555-0142", "PHONE")],
     ["cardiology", "practice-contact"], "Decision 3: shoes and caffeine are prep logistics that survive once the name and test go; the practice phone stays."),
    ("ef0004", "Your appointment is confirmed: Fri, May 8, 10:40 AM with Dr. Ferreira-Lund. Parking is free in the visitor garage. Reply STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en",
     [("May 8", "DATE"), ("Dr. Ferreira-Lund", "PROVIDER")],
     ["cardiology"], "Confirmation with provider, date and time only."),
    ("ef0005", "Had a change of heart about your appointment time? No problem - reply R and we'll text you the next three openings.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "'Change of heart' is an idiom; nothing about the recipient's care."),
    ("ef0006", "Nuclear stress test tmrw 6:45a - NPO after midnight except sips of water w/ meds. No caffeine incl decaf x24h. Lexiscan pts: hold theophylline x48h. - Harbor Cardiology Imaging",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nuclear stress test", "PROCEDURE"), ("Lexiscan", "MEDICATION"), ("theophylline", "MEDICATION"), ("Harbor Cardiology Imaging", "SPECIALTY")],
     ["cardiology", "imaging", "shorthand"], "Decision 3: fasting and caffeine alone would be REWRITE, but holding theophylline is a medication instruction -> BLOCK; send via portal."),
    ("ef0007", "Recordatorio: su ecocardiograma es el lunes 9 de marzo a las 10:00 en Centro Cardiovascular del Valle. Llegue 15 minutos antes. Para cambiar su cita llame al (915) 555-0163.",
     "REWRITE", "reminder", "sms", "es",
     [("ecocardiograma", "PROCEDURE"), ("9 de marzo", "DATE"), ("Centro Cardiovascular del Valle", "SPECIALTY"), ("(915) 555-0163", "PHONE")],
     ["cardiology", "practice-contact"], "Test and cardiology practice name go; date, time, arrival and the practice phone survive."),
    ("ef0008", "Dr. Whitcomb reviewed your echo: EF is 35%, down from 45% last year. She wants to start you on Entresto and see you in 2 weeks. Call (330) 555-0119 w/ questions.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Whitcomb", "PROVIDER"), ("echo", "PROCEDURE"), ("[[EF]] is", "PROCEDURE"), ("35%", "RESULT"), ("45%", "RESULT"), ("Entresto", "MEDICATION"), ("(330) 555-0119", "PHONE")],
     ["cardiology", "practice-contact", "shorthand"], "An ejection-fraction result and a new drug are the message (decision 4: EF is the measure, the percentages are results)."),
    ("ef0009", "Our new office is in the heart of downtown, across from the public library. Same phone number, same great team - see you soon!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Heart of downtown' is a place idiom; a move notice to every patient."),
    ("ef0010", "Your Holter monitor report is available. Summary: sinus rhythm throughout, rare PACs, no pauses longer than 2 seconds. Dr. Osei will review it with you at your visit on 6/11.",
     "ALLOW", "result", "portal", "en",
     [("Holter monitor", "PROCEDURE"), ("sinus rhythm throughout", "RESULT"), ("rare PACs", "RESULT"), ("no pauses longer than 2 seconds", "RESULT"), ("Dr. Osei", "PROVIDER"), ("6/11", "DATE")],
     ["cardiology", "contrast"], "Inside the secure portal a result may stay (README channel convention); the SMS twin ef0041 is BLOCK."),
    ("ef0011", "It's time to schedule your annual device check with Dr. Lindqvist. Call (206) 555-0178 or book online at https://nwmedgroup.example/schedule.",
     "REWRITE", "recall", "sms", "en",
     [("device check", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("(206) 555-0178", "PHONE"), ("https://nwmedgroup.example/schedule", "URL")],
     ["cardiology", "practice-contact"], "Decision 1: 'device check' is a named visit type revealing an implanted device; the recall survives without it."),
    ("ef0012", "Oak Hollow Pharmacy: Your prescription for metoprolol succinate ER 25mg is ready for pickup. Pick up by 6/20 or it returns to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("metoprolol succinate ER 25mg", "MEDICATION"), ("6/20", "DATE")],
     ["pharmacy", "cardiology"], "Medication name in a pickup notice goes; the generic pharmacy name and the deadline stay."),
)

# ---------------------------------------------------------------- batch 2 (ef0013-ef0024): device clinic, remote monitoring, telehealth
add(
    ("ef0013", "Your video visit with Dr. Rahimi starts today at 2:30 PM. Join 10 minutes early at https://visit.lakeviewmed.example/waiting-room - no app download needed.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Rahimi", "PROVIDER"), ("https://visit.lakeviewmed.example/waiting-room", "URL")],
     ["cardiology", "practice-contact"], "Telehealth link is the practice's own, with no patient token or query parameter."),
    ("ef0014", "We have not recieved a transmission from your pacemaker since 11/3. Please press the send button on your home monitor or call our nurse line at (412) 555-0137 so we can check it.",
     "REWRITE", "other", "sms", "en",
     [("pacemaker", "PROCEDURE"), ("11/3", "DATE"), ("(412) 555-0137", "PHONE")],
     ["cardiology", "typo", "practice-contact"], "Decision 1: the device name goes; bare 'transmission'/'home monitor' are not labelled; the call-back request survives."),
    ("ef0015", "Your ICD transmission from 1/22 shows episodes of atrial fibrillation and one shock delivered. Dr. Nakamura wants to see you this week - please call (412) 555-0151 today.",
     "BLOCK", "result", "sms", "en",
     [("ICD", "PROCEDURE"), ("1/22", "DATE"), ("atrial fibrillation", "CONDITION"), ("one shock delivered", "RESULT"), ("Dr. Nakamura", "PROVIDER"), ("(412) 555-0151", "PHONE")],
     ["cardiology", "practice-contact"], "A device finding (arrhythmia and a delivered shock) is the message; removal leaves nothing - portal notice instead."),
    ("ef0016", "Meridian Rhythm Services: your replacement home transmitter (serial TX-40921-KQ) shipped today. Pair it with your device using the steps in the box and return the old unit in the prepaid envelope.",
     "REWRITE", "other", "sms", "en",
     [("Meridian Rhythm Services", "SPECIALTY"), ("TX-40921-KQ", "DEVICE_ID")],
     ["cardiology", "identifier"], "Decisions 2 and 8: a rhythm-device vendor's name reveals the service; the transmitter serial is DEVICE_ID; the shipping notice survives."),
    ("ef0017", "Hi Gloria, your pacemaker (model Cadence DR2, SN PZK118204S) has reached its elective replacement indicator. Dr. Brennan recommends a generator change within 3 months. Please call to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Gloria", "NAME"), ("pacemaker", "PROCEDURE"), ("Cadence DR2", "PROCEDURE"), ("PZK118204S", "DEVICE_ID"), ("elective replacement indicator", "RESULT"), ("Dr. Brennan", "PROVIDER"), ("generator change", "PROCEDURE")],
     ["cardiology", "identifier"], "A device finding and a recommended procedure are the content; decision 1: the model name is PROCEDURE, the serial DEVICE_ID."),
    ("ef0018", "Pacing yourself this holiday season? So are we: the office closes at noon on Christmas Eve and reopens the day after Christmas. Happy holidays from all of us!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Pacing yourself' is an idiom; holidays are not dates (README)."),
    ("ef0019", "Your defibrillator check on 3/5 was normal: battery 7.8 years, leads stable, no therapies delivered. Next check in 91 days. - Device Clinic, Marco Diaz, RN, CCDS",
     "ALLOW", "result", "portal", "en",
     [("defibrillator", "PROCEDURE"), ("3/5", "DATE"), ("was [[normal]]", "RESULT"), ("battery 7.8 years", "RESULT"), ("leads stable", "RESULT"), ("no therapies delivered", "RESULT"), ("Device Clinic", "SPECIALTY"), ("Marco Diaz, RN", "PROVIDER"), ("CCDS", "SPECIALTY")],
     ["cardiology"], "Portal: results may stay. Decision 9: CCDS (certified cardiac device specialist) is a specialty credential, a separate SPECIALTY span; decision 2: 'Device Clinic' is SPECIALTY."),
    ("ef0020", "Sr. Ramírez, su marcapasos envió una alerta: la batería está baja. El Dr. Castillo necesita verlo esta semana para programar el cambio. Llame al (305) 555-0126.",
     "BLOCK", "result", "sms", "es",
     [("Ramírez", "NAME"), ("marcapasos", "PROCEDURE"), ("batería está baja", "RESULT"), ("Dr. Castillo", "PROVIDER"), ("(305) 555-0126", "PHONE")],
     ["cardiology", "practice-contact"], "A device alert (low battery) is a finding about the patient: the content is the message."),
    ("ef0021", "Your loop recorder implant with Dr. Farouk is confirmed for {{appt_date}} at {{appt_time}}. Check in at the Cath Lab desk, 3rd floor, 1 hour before.",
     "REWRITE", "confirmation", "sms", "en",
     [("loop recorder implant", "PROCEDURE"), ("Dr. Farouk", "PROVIDER"), ("Cath Lab", "SPECIALTY")],
     ["cardiology", "template"], "Content-free placeholders stay; the procedure and the department (decision 2: 'Cath Lab' is SPECIALTY) go."),
    ("ef0022", "Valentine's Heart Run 5K is Saturday morning! Registration opens at 7, strollers and leashed dogs welcome. Proceeds go to the county food bank.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A community fun run sent to everyone; 'heart' is not about the recipient."),
    ("ef0023", "Subject: Welcome to remote monitoring\n\nDear Mr. Halvorsen,\n\nThank you for enrolling in the Remote Device Monitoring program at Crestview Heart Rhythm Center. Your implantable cardioverter-defibrillator will send scheduled reports to our clinic every 91 days through the transmitter we mailed you. You do not need to do anything on those nights except keep the transmitter plugged in within 10 feet of your bed.\n\nYour first scheduled transmission is 4/14. If you travel, take the transmitter with you. If you change your phone number or move, please let us know.\n\nQuestions? Call the device line at (503) 555-0188, Monday-Friday 8-4:30, or write to devices@crestviewhrc.example.\n\nSincerely,\nTanya Brooks, RN\nDevice Clinic Coordinator",
     "REWRITE", "other", "email", "en",
     [("Halvorsen", "NAME"), ("Remote Device Monitoring", "PROCEDURE"), ("Crestview Heart Rhythm Center", "SPECIALTY"), ("implantable cardioverter-defibrillator", "PROCEDURE"), ("4/14", "DATE"), ("(503) 555-0188", "PHONE"), ("devices@crestviewhrc.example", "EMAIL"), ("Tanya Brooks, RN", "PROVIDER"), ("Device Clinic", "SPECIALTY")],
     ["cardiology", "practice-contact"], "E-mail is treated like SMS. Name, program, device and specialty names go; decision 1: bare 'transmitter'/'transmission' unlabelled; the schedule and contacts survive."),
    ("ef0024", "Hello, this is Cora Hart calling from Dr. Mbeki's office to confirm your appointment on Wednesday, June 3rd at 2:20. If you need to change it, please call us back at (702) 555-0104. Thank you.",
     "ALLOW", "confirmation", "voice", "en",
     [("Cora Hart", "PROVIDER"), ("Dr. Mbeki", "PROVIDER"), ("June 3rd", "DATE"), ("(702) 555-0104", "PHONE")],
     ["cardiology", "practice-contact"], "Decision 9: a scheduler named as the sender is workforce (PROVIDER); 'Hart' is a surname, not a heart word."),
)

# ---------------------------------------------------------------- batch 3 (ef0025-ef0036): cath lab, TEE/cardioversion and ablation prep
add(
    ("ef0025", "Cath prep for Thurs: hold your metformin the morning of and for 48 hrs after (because of the dye). Take your aspirin 81mg as usual. Do NOT take Eliquis after Monday night's dose. NPO after midnight. Arrive 6:30a, bring a driver.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Cath", "PROCEDURE"), ("metformin", "MEDICATION"), ("aspirin 81mg", "MEDICATION"), ("Eliquis", "MEDICATION")],
     ["cardiology", "shorthand"], "Decision 3: medication holds and timing are dosing instructions; the arrival/driver logistics cannot carry the message alone."),
    ("ef0026", "Dr. Ivanova's office: pre-procedure labs must be drawn by 8/11 at any of our lab locations. A nurse will call you 2 days before your procedure on 8/14 with your arrival time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ivanova", "PROVIDER"), ("8/11", "DATE"), ("8/14", "DATE")],
     ["cardiology"], "'Labs' and 'procedure' are generic words (README); provider and dates are allowed."),
    ("ef0027", "Hola Sra. Navarro, le confirmamos su ablación con el Dr. Ibarra el 22 de abril. Debe llegar a las 6:00 a.m. y venir acompañada de un adulto que la lleve a casa. Cualquier duda: (210) 555-0172.",
     "REWRITE", "confirmation", "sms", "es",
     [("Navarro", "NAME"), ("ablación", "PROCEDURE"), ("Dr. Ibarra", "PROVIDER"), ("22 de abril", "DATE"), ("(210) 555-0172", "PHONE")],
     ["cardiology", "practice-contact"], "Decision 3: arrival time and a driver are logistics that survive once the name and procedure go."),
    ("ef0028", "Subject: Instructions for your atrial fibrillation ablation on 10/6\n\nHello Mr. Dube,\n\nYour AF ablation with Dr. Sørensen is set for Tuesday 10/6. Please follow these steps:\n• Continue your Xarelto 20 mg every evening without missing a dose for 3 weeks before the procedure - a missed dose may mean we must postpone.\n• Stop flecainide 3 days before (last dose Friday night).\n• You will have a TEE (transesophageal echo) the morning of the procedure; nothing to eat or drink after midnight.\n• Plan to stay overnight.\n\nIf you have questions call the EP nurse line at (617) 555-0133.\n\nRegards,\nPriya Raman, RN\nElectrophysiology Scheduling",
     "BLOCK", "care-instructions", "email", "en",
     [("atrial fibrillation", "CONDITION"), ("ablation", "PROCEDURE"), ("10/6", "DATE"), ("Dube", "NAME"), ("[[AF]] ablation", "CONDITION"), ("ablation", "PROCEDURE", 1), ("Dr. Sørensen", "PROVIDER"), ("10/6", "DATE", 1), ("Xarelto 20 mg", "MEDICATION"), ("flecainide", "MEDICATION"), ("TEE", "PROCEDURE"), ("transesophageal echo", "PROCEDURE"), ("[[EP]] nurse", "SPECIALTY"), ("(617) 555-0133", "PHONE"), ("Priya Raman, RN", "PROVIDER"), ("Electrophysiology", "SPECIALTY")],
     ["cardiology", "practice-contact"], "Anticoagulant continuation and an antiarrhythmic stop date are dosing instructions; e-mail is treated like SMS."),
    ("ef0029", "Reminder from Lakeview Medical Associates: your procedure is Tue 9/15. Check in at Registration, main entrance, at 6:00 AM and bring a driver. Reply C to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("9/15", "DATE")],
     ["cardiology"], "'Procedure' alone is generic (README); arrival and driver logistics name nothing clinical."),
    ("ef0030", "We've moved! Starting Monday our Eastside office is at 4400 Holter Road, Suite 210, Dayton, OH 45420. Same phone: (937) 555-0190. Free parking behind the building.",
     "ALLOW", "other", "sms", "en",
     [("4400 Holter Road, Suite 210, Dayton, OH 45420", "ADDRESS"), ("(937) 555-0190", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Decision 10: the practice's own address (on a street that happens to be named Holter) is labelled ADDRESS and allowed; 'Holter' is not a test here."),
    ("ef0031", "Riverside Medical Group: a new statement is ready. Balance $145.60. Pay at https://rmg.example/pay or call (804) 555-0117. Payment plans available.",
     "ALLOW", "billing", "sms", "en",
     [("https://rmg.example/pay", "URL"), ("(804) 555-0117", "PHONE")],
     ["general", "practice-contact"], "Statement notice with an amount and the practice's own link and phone."),
    ("ef0032", "Hi Denise, this is Lorna from Dr. Kaur's office. Your husband Frank's stress test came back abnormal and Dr. Kaur would like him to have a cath next week. Can you help him call us at (312) 555-0148?",
     "BLOCK", "result", "sms", "en",
     [("Denise", "NAME"), ("Lorna", "PROVIDER"), ("Dr. Kaur", "PROVIDER"), ("Frank", "NAME"), ("stress test", "PROCEDURE"), ("abnormal", "RESULT"), ("Dr. Kaur", "PROVIDER", 1), ("cath", "PROCEDURE"), ("(312) 555-0148", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A third party's abnormal result and planned procedure (README: anything about a third party's health is BLOCK)."),
    ("ef0033", "¡Feliz Día del Amor y la Amistad! Este sábado tendremos la carrera 'Corazones en Marcha' de 5 km en el parque central. Inscripción gratuita en recepción.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Corazones' names a community race sent to everyone; nothing about the recipient."),
    ("ef0034", "ur TEE/cardioversion is tmrw 7am @ St. Brigid Hospital, Outpt Surgery entrance. nothing to eat/drink after MN. need a ride home - no driving x24h",
     "REWRITE", "reminder", "sms", "en",
     [("TEE", "PROCEDURE"), ("cardioversion", "PROCEDURE")],
     ["cardiology", "shorthand"], "Decision 3: fasting, a ride and no driving are procedure logistics that survive once the procedure names go; a hospital name is generic."),
    ("ef0035", "Per Dr. Lowell: increase furosemide to 40mg twice daily for 3 days, then back to 40mg once daily. Weigh yourself every morning and call if you gain more than 3 lbs.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Lowell", "PROVIDER"), ("furosemide", "MEDICATION")],
     ["cardiology"], "A dose change is a treatment instruction; the dose written after 'to' stays outside the span (README)."),
    ("ef0036", "Thank you for choosing Dr. Oyelaran's office. Your new-patient appointment is Monday, March 2 at 9:00 AM. Please complete your forms at https://intake.lakeviewmed.example/forms before your visit, and bring your insurance card and a list of your current medications.",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Oyelaran", "PROVIDER"), ("March 2", "DATE"), ("https://intake.lakeviewmed.example/forms", "URL")],
     ["cardiology", "practice-contact"], "New-patient logistics; the forms link is the practice's own without a token; 'medications' is generic."),
)

# ---------------------------------------------------------------- batch 4 (ef0037-ef0048): Holter, event monitors and patches
add(
    ("ef0037", "Your heart monitor patch showed several pauses of up to 4.2 seconds while you slept. Dr. Pak would like to talk about a pacemaker - please call (919) 555-0129 today.",
     "BLOCK", "result", "sms", "en",
     [("heart monitor patch", "PROCEDURE"), ("several pauses of up to 4.2 seconds", "RESULT"), ("Dr. Pak", "PROVIDER"), ("pacemaker", "PROCEDURE"), ("(919) 555-0129", "PHONE")],
     ["cardiology", "practice-contact"], "A monitoring finding and a proposed device are the message."),
    ("ef0038", "Enjoy a stress-free weekend: online check-in is now open for all appointments. Skip the clipboard and finish your paperwork from home.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Stress-free' is not a stress test; a practice-wide feature notice."),
    ("ef0039", "When you feel palpitations or dizziness, press the button on your event monitor and note the time in the diary. If you pass out or have chest pain, call 911. - Dr. Acheampong's office",
     "BLOCK", "care-instructions", "sms", "en",
     [("palpitations", "CONDITION"), ("dizziness", "CONDITION"), ("event monitor", "PROCEDURE"), ("pass out", "CONDITION"), ("chest pain", "CONDITION"), ("Dr. Acheampong", "PROVIDER")],
     ["cardiology", "negation"], "Decision 3: instructions keyed on the patient's symptoms are clinical content; hypothetical symptoms are still labelled CONDITION. 911 is not a phone identifier."),
    ("ef0040", "Hola Jorge, recuerde devolver el monitor Holter mañana antes de las 11 a.m. en la recepción de Cardiología Integral del Sur. ¡Gracias!",
     "REWRITE", "other", "sms", "es",
     [("Jorge", "NAME"), ("monitor Holter", "PROCEDURE"), ("Cardiología Integral del Sur", "SPECIALTY")],
     ["cardiology"], "Name, device and cardiology practice name go; 'return it by 11 tomorrow' survives."),
    ("ef0041", "Holter monitor report: sinus rhythm throughout, rare PACs, no pauses longer than 2 seconds. Dr. Osei will review it with you at your visit on 6/11.",
     "BLOCK", "result", "sms", "en",
     [("Holter monitor", "PROCEDURE"), ("sinus rhythm throughout", "RESULT"), ("rare PACs", "RESULT"), ("no pauses longer than 2 seconds", "RESULT"), ("Dr. Osei", "PROVIDER"), ("6/11", "DATE")],
     ["cardiology", "contrast"], "A normal result is still a result (README) -> BLOCK on SMS; the portal twin ef0010 is ALLOW."),
    ("ef0042", "New message from your care team at Brightwater Cardiology. Tap to read it securely in the app.",
     "REWRITE", "portal-notice", "push", "en",
     [("Brightwater Cardiology", "SPECIALTY")],
     ["cardiology"], "Push previews show on the lock screen; the specialty name goes, the notice survives."),
    ("ef0043", "New test results are available in your patient portal. Log in to view them.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "'Test results' with no test named is generic (README)."),
    ("ef0044", "This is an automated message from Coastal Heart Institute for Eleanor Whitfield. Your Zio patch results are ready. Please log in to the patient portal or call us at (757) 555-0166.",
     "REWRITE", "portal-notice", "voice", "en",
     [("Coastal Heart Institute", "SPECIALTY"), ("Eleanor Whitfield", "NAME"), ("Zio patch", "PROCEDURE"), ("(757) 555-0166", "PHONE")],
     ["cardiology", "practice-contact"], "Voice is treated like SMS (overheard). Decision 12: a results-ready notice naming the test is REWRITE; decision 1: the patch is PROCEDURE."),
    ("ef0045", "Hi Tom, Zio results are in - a few short runs of SVT, nothing dangerous. Dr. Pak says no med changes needed. Keep your f/u on 9/2.",
     "BLOCK", "result", "sms", "en",
     [("Tom", "NAME"), ("Zio", "PROCEDURE"), ("SVT", "CONDITION"), ("nothing dangerous", "RESULT"), ("Dr. Pak", "PROVIDER"), ("9/2", "DATE")],
     ["cardiology", "shorthand"], "A finding (SVT) and its interpretation are the message, even though reassuring."),
    ("ef0046", "Dr. Pak's office: we received your monitor back - thank you! Results take 7-10 business days and we'll reach out when they're ready.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Pak", "PROVIDER")],
     ["cardiology"], "Decision 1 (judgement): a bare 'monitor' names no device or test; nothing else is clinical."),
    ("ef0047", "Reminder: {{practice_name}} appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm, R to reschedule, or call {{practice_phone}}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Only content-free placeholders (practice, date, time, provider, practice phone)."),
    ("ef0048", "Your carotid ultrasound showed 50-69% narrowing on the left side. Dr. Pham wants to repeat it in 6 months and increase your atorvastatin to 80mg. Call (480) 555-0113 with questions.",
     "BLOCK", "result", "sms", "en",
     [("carotid ultrasound", "PROCEDURE"), ("50-69% narrowing on the left side", "RESULT"), ("Dr. Pham", "PROVIDER"), ("atorvastatin", "MEDICATION"), ("(480) 555-0113", "PHONE")],
     ["cardiology", "imaging", "practice-contact"], "A vascular finding and a dose increase are the content."),
)

# ---------------------------------------------------------------- batch 5 (ef0049-ef0060): cardiac rehab gyms and programs
add(
    ("ef0049", "Cardiac Rehab: your sessions are Mon/Wed/Fri 7:30-8:30 AM starting 1/12. Wear sneakers, bring a water bottle and take your usual morning meds. See you at the gym!",
     "REWRITE", "reminder", "sms", "en",
     [("Cardiac Rehab", "PROCEDURE"), ("1/12", "DATE")],
     ["cardiology"], "The program name goes, the schedule survives. Decision 11: 'take your usual morning meds' names no drug and changes nothing, so it does not block."),
    ("ef0050", "Pacing yourself matters! Our free walking club meets Saturdays at 8 at Riverside Park. All fitness levels welcome - no sign-up needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Pacing' is about walking speed; a community club open to everyone."),
    ("ef0051", "Heartstrong Cardiac Rehab will be closed Monday for Memorial Day. Your Wednesday and Friday sessions are unchanged. Enjoy the long weekend and see you Wednesday!",
     "REWRITE", "other", "email", "en",
     [("Heartstrong Cardiac Rehab", "SPECIALTY")],
     ["cardiology"], "Decision 6: sent only to enrolled rehab participants, so it is not a broadcast - the program name reveals enrollment; the closure notice survives."),
    ("ef0052", "Hi Walt, your BP before exercise today was 182/98 so we held your session. Please check with Dr. Greer about your lisinopril before Wednesday.",
     "BLOCK", "result", "sms", "en",
     [("Walt", "NAME"), ("BP", "PROCEDURE"), ("182/98", "RESULT"), ("Dr. Greer", "PROVIDER"), ("lisinopril", "MEDICATION")],
     ["cardiology"], "A measured value and a medication question are the message (decision 4)."),
    ("ef0053", "Don Aurelio, le recordamos que su sesión de rehabilitación cardíaca es mañana a las 9:00. Traiga su lista de medicamentos y ropa cómoda. - Equipo de Rehabilitación, Hospital San Lucas",
     "REWRITE", "reminder", "sms", "es",
     [("Aurelio", "NAME"), ("rehabilitación cardíaca", "PROCEDURE")],
     ["cardiology"], "Name (without 'Don') and program go; time and what to bring survive. 'Rehabilitación' alone in the team name is left generic (judgement)."),
    ("ef0054", "Subject: February at Lakeview - free blood pressure checks and more\n\nDear Lakeview patients,\n\nFebruary is American Heart Month, and we're celebrating with our whole community:\n\n- Free blood pressure checks at the lobby kiosk all month, no appointment needed.\n- A Saturday walking group that meets at 8 AM by the fountain - all paces welcome.\n- 'Eat Well, Live Well' cooking demos on Thursdays at noon in the community room, with simple, stress-free weeknight recipes.\n- Free CPR classes for family members on the last Saturday of the month.\n\nNo sign-up is needed for any of these. Bring a friend!\n\nWarmly,\nThe Lakeview Medical Associates team\n\nYou are receiving this because you are a patient of Lakeview Medical Associates. Reply STOP to unsubscribe.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every patient (README: free blood-pressure checks say nothing about the recipient); Heart Month, CPR and 'stress-free' are look-alikes."),
    ("ef0055", "Dear Ms. Kowalczyk,\n\nWelcome to Phase II Cardiac Rehabilitation at Mercy Ridge! Your orientation is Tuesday, 3/3 at 10:00 AM in the Wellness Center, 210 Ridge Parkway, Suite B, Hamilton, OH 45011 (free parking in Lot C).\n\nPlease bring a list of your medications, comfortable clothes and shoes, and a small snack if you are diabetic. Your first exercise session follows on Thursday. During each session our staff will monitor you on telemetry, so plan on about 75 minutes.\n\nIf you need to reschedule, call us at (513) 555-0182 at least 24 hours ahead.\n\nWe look forward to working with you!\n\nJanelle Ortiz, RN\nProgram Coordinator",
     "REWRITE", "reminder", "email", "en",
     [("Kowalczyk", "NAME"), ("Phase II Cardiac Rehabilitation", "PROCEDURE"), ("3/3", "DATE"), ("210 Ridge Parkway, Suite B, Hamilton, OH 45011", "ADDRESS"), ("diabetic", "CONDITION"), ("telemetry", "PROCEDURE"), ("(513) 555-0182", "PHONE"), ("Janelle Ortiz, RN", "PROVIDER")],
     ["cardiology", "practice-contact", "negation"], "Program, name, telemetry and a conditional condition go (decision 3: hypothetical condition labelled); the practice's own address, date and phone stay."),
    ("ef0056", "Great work, Sandra! You finished 36 of 36 sessions. Your 6-minute walk went from 310 to 455 meters and your resting heart rate is down to 64. We'll send your discharge summary to Dr. Moretti.",
     "BLOCK", "result", "sms", "en",
     [("Sandra", "NAME"), ("6-minute walk", "PROCEDURE"), ("310", "RESULT"), ("455 meters", "RESULT"), ("resting heart rate", "PROCEDURE"), ("64", "RESULT"), ("Dr. Moretti", "PROVIDER")],
     ["cardiology"], "Decision 4: measures are PROCEDURE and their values RESULT; results are the message even when good news."),
    ("ef0057", "Hi, this is Cora Hart with the scheduling team. We have openings with Dr. Lutz next Tuesday morning if you'd like an earlier time - just reply YES.",
     "ALLOW", "reminder", "sms", "en",
     [("Cora Hart", "PROVIDER"), ("Dr. Lutz", "PROVIDER")],
     ["cardiology"], "Decision 9: the scheduler named as sender is PROVIDER; a waitlist offer with nothing clinical."),
    ("ef0058", "Good news: your plan approved 36 cardiac rehab sessions through 12/31 (auth #PA-7781203). Your copay is $30 per session, due at check-in.",
     "REWRITE", "billing", "sms", "en",
     [("cardiac rehab", "PROCEDURE"), ("12/31", "DATE"), ("PA-7781203", "OTHER_ID")],
     ["cardiology", "identifier"], "Decision 8: authorization number is OTHER_ID; the program goes; approval, copay and deadline survive."),
    ("ef0059", "Exercise plan update from Kayla Brandt, RN: target heart rate 105-120 during warm-up and treadmill, RPE 12-13. Continue your carvedilol as prescribed and bring your nitro spray to every session.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Kayla Brandt, RN", "PROVIDER"), ("target heart rate", "PROCEDURE"), ("105-120", "RESULT"), ("RPE", "PROCEDURE"), ("12-13", "RESULT"), ("carvedilol", "MEDICATION"), ("nitro spray", "MEDICATION")],
     ["cardiology"], "Portal: doses and clinical values may stay. Decision 4: a prescribed target range is labelled RESULT."),
    ("ef0060", "Buenos días Sra. Pineda: su presión hoy en rehabilitación fue 88/52 y se sintió mareada. Por favor no tome la dosis de la tarde de carvedilol y llame hoy al Dr. Herrera al (956) 555-0184.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Pineda", "NAME"), ("presión", "PROCEDURE"), ("88/52", "RESULT"), ("mareada", "CONDITION"), ("carvedilol", "MEDICATION"), ("Dr. Herrera", "PROVIDER"), ("(956) 555-0184", "PHONE")],
     ["cardiology", "practice-contact"], "A low blood-pressure value, a symptom and a skipped dose: clinical content and a dosing instruction."),
)

# ---------------------------------------------------------------- batch 6 (ef0061-ef0072): BP-cuff and remote-monitoring programs, hypertension
add(
    ("ef0061", "Your Bluetooth blood pressure cuff from the Hypertension Program has shipped! Tracking 1Z999AA10123456784. Download the CuffLink app to pair it when it arrives.",
     "REWRITE", "other", "sms", "en",
     [("blood pressure cuff", "PROCEDURE"), ("Hypertension", "CONDITION"), ("1Z999AA10123456784", "OTHER_ID")],
     ["cardiology", "identifier"], "Decision 2: in a condition-named program only the condition is labelled; decision 8: the tracking number of the patient's own shipment is OTHER_ID; decision 1: the cuff is a device (PROCEDURE)."),
    ("ef0062", "We haven't received readings from your BP cuff in 5 days. Please take a reading today so your care team stays up to date. Reply HELP for pairing tips.",
     "REWRITE", "other", "sms", "en",
     [("BP cuff", "PROCEDURE")],
     ["cardiology", "shorthand"], "Decision 1: the device name goes; 'readings' alone names no test or value; the nudge survives."),
    ("ef0063", "RPM alert: your last 3 readings averaged 164/101. Nurse Alicia will call you today. If you have a severe headache, chest pain or vision changes, call 911.",
     "BLOCK", "result", "sms", "en",
     [("RPM", "PROCEDURE"), ("164/101", "RESULT"), ("Nurse Alicia", "PROVIDER"), ("severe headache", "CONDITION"), ("chest pain", "CONDITION"), ("vision changes", "CONDITION")],
     ["cardiology", "negation", "shorthand"], "A blood-pressure average and symptom-keyed instructions are the message (decisions 1, 3, 4)."),
    ("ef0064", "Free blood pressure screenings this Saturday 9-1 at the Eastgate Farmers Market booth. No appointment, no cost, all ages welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "README broadcast convention: free blood-pressure checks offered to everyone say nothing about the recipient."),
    ("ef0065", "Hola Lupita, ya llegó su baumanómetro del programa de hipertensión. Puede recogerlo en la recepción de lunes a viernes de 8 a 5.",
     "REWRITE", "pickup", "sms", "es",
     [("Lupita", "NAME"), ("baumanómetro", "PROCEDURE"), ("hipertensión", "CONDITION")],
     ["cardiology"], "Decisions 1 and 2: the cuff (baumanómetro) is a device, the program keeps 'programa' outside the CONDITION span; pickup hours survive."),
    ("ef0066", "Your home BP log for March looks good - average 128/78. Keep taking amlodipine 5 mg daily. - Dr. Feld",
     "ALLOW", "result", "portal", "en",
     [("BP", "PROCEDURE"), ("128/78", "RESULT"), ("amlodipine 5 mg", "MEDICATION"), ("Dr. Feld", "PROVIDER")],
     ["cardiology", "contrast"], "Portal: a value and a dose may stay; the identical SMS ef0067 is BLOCK."),
    ("ef0067", "Your home BP log for March looks good - average 128/78. Keep taking amlodipine 5 mg daily. - Dr. Feld",
     "BLOCK", "result", "sms", "en",
     [("BP", "PROCEDURE"), ("128/78", "RESULT"), ("amlodipine 5 mg", "MEDICATION"), ("Dr. Feld", "PROVIDER")],
     ["cardiology", "contrast"], "Same text as the portal message ef0066; on SMS a normal value and a dosing instruction are BLOCK."),
    ("ef0068", "Your statement for the 24-hour ambulatory BP monitor (CPT 93784) on 4/7 is ready. Balance $62.18. Pay at https://pay.lakeviewmed.example or call (614) 555-0111.",
     "REWRITE", "billing", "sms", "en",
     [("24-hour ambulatory BP monitor", "PROCEDURE"), ("93784", "PROCEDURE"), ("4/7", "DATE"), ("https://pay.lakeviewmed.example", "URL"), ("(614) 555-0111", "PHONE")],
     ["cardiology", "practice-contact"], "Decision 5: the CPT code encodes the test and is labelled PROCEDURE; the balance, the practice's link and phone survive."),
    ("ef0069", "Thank you for your payment of $40.00 to Lakeview Medical Associates on 5/19. Confirmation #PMT-55102. This email is your receipt. Questions? billing@lakeviewmed.example or (614) 555-0111.",
     "ALLOW", "billing", "email", "en",
     [("5/19", "DATE"), ("billing@lakeviewmed.example", "EMAIL"), ("(614) 555-0111", "PHONE")],
     ["general", "practice-contact"], "Decision 8: a payment confirmation number, like a booking reference, is not labelled; the contacts are the practice's own."),
    ("ef0070", "Dr Greer reviewed ur readings - stop HCTZ, start chlorthalidone 12.5mg qAM. BMP in 2 wks. Rx sent to ur pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr Greer", "PROVIDER"), ("HCTZ", "MEDICATION"), ("chlorthalidone 12.5mg", "MEDICATION"), ("BMP", "PROCEDURE")],
     ["cardiology", "shorthand"], "A medication switch is a treatment instruction."),
    ("ef0071", "Mensaje del consultorio del Dr. Salgado: su cita del 5 de octubre se cambió a las 11:20 a.m. por un ajuste en la agenda. Responda SÍ para confirmar o NO para elegir otro horario.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Salgado", "PROVIDER"), ("5 de octubre", "DATE")],
     ["cardiology"], "Provider, date and time only."),
    ("ef0072", "Heartwood Family Practice: flu shots are now available for all patients 6 months and older. Walk in weekdays 8-4 or book online.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Decision 10: 'Heartwood' is a generic, place-like practice name; a flu-shot broadcast is ALLOW (README)."),
)

# ---------------------------------------------------------------- batch 7 (ef0073-ef0084): lipid clinic, labs, specialty pharmacy
add(
    ("ef0073", "Lipid Clinic reminder: fasting labs are due before your 7/22 visit with Dr. Achebe. Water only for 10-12 hours before the draw.",
     "REWRITE", "reminder", "sms", "en",
     [("Lipid Clinic", "SPECIALTY"), ("7/22", "DATE"), ("Dr. Achebe", "PROVIDER")],
     ["cardiology", "lab"], "Decision 2: 'Lipid Clinic' has no condition head word, so the whole service-line name is SPECIALTY; fasting labs are generic and survive."),
    ("ef0074", "Your LDL is 162 (H), up from 118 in January. Dr. Achebe recommends adding ezetimibe 10mg daily. Reply YES to send the Rx to your pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("LDL", "PROCEDURE"), ("162", "RESULT"), ("162 ([[H]])", "RESULT"), ("118", "RESULT"), ("Dr. Achebe", "PROVIDER"), ("ezetimibe 10mg", "MEDICATION")],
     ["cardiology", "lab"], "A lab value with its flag and a new drug are the message; the flag is its own RESULT span (README)."),
    ("ef0075", "Ridgeline Specialty Pharmacy: your Repatha SureClick is ready to ship. Reply 1 to choose a delivery window. Keep refrigerated on arrival.",
     "REWRITE", "pickup", "sms", "en",
     [("Ridgeline Specialty Pharmacy", "SPECIALTY"), ("Repatha SureClick", "MEDICATION")],
     ["pharmacy", "cardiology"], "Specialty-pharmacy names are specialty-revealing (README); decision 11: 'keep refrigerated' is handling, not dosing, so the delivery notice survives."),
    ("ef0076", "Lab hours are changing: starting next month the draw station on the 1st floor opens at 6:30 AM for fasting patients. Walk-ins welcome.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Practice-wide hours notice; 'fasting patients' describes everyone who needs early draws, not the recipient."),
    ("ef0077", "Sr. Quintero, sus resultados: colesterol total 248, LDL 171, triglicéridos 305. El Dr. Achebe quiere subir la atorvastatina a 40 mg. Por favor llame para hablar con la enfermera.",
     "BLOCK", "result", "sms", "es",
     [("Quintero", "NAME"), ("colesterol total", "PROCEDURE"), ("248", "RESULT"), ("LDL", "PROCEDURE"), ("171", "RESULT"), ("triglicéridos", "PROCEDURE"), ("305", "RESULT"), ("Dr. Achebe", "PROVIDER"), ("atorvastatina", "MEDICATION")],
     ["cardiology", "lab"], "Lipid values and a dose increase are the message (decision 4)."),
    ("ef0078", "Your Lp(a) came back at 182 nmol/L, which is high. This is mostly inherited; Dr. Achebe will go over what it means at your visit on 11/18.",
     "BLOCK", "result", "sms", "en",
     [("Lp(a)", "PROCEDURE"), ("182 nmol/L", "RESULT"), ("which is [[high]]", "RESULT"), ("Dr. Achebe", "PROVIDER"), ("11/18", "DATE")],
     ["cardiology", "lab"], "A lab value and its interpretation are the message."),
    ("ef0079", "Because your brother was diagnosed with familial hypercholesterolemia, Dr. Achebe recommends cascade testing for you and your children. Please call our genetics counselor at (608) 555-0193 to set it up.",
     "BLOCK", "other", "email", "en",
     [("familial hypercholesterolemia", "CONDITION"), ("Dr. Achebe", "PROVIDER"), ("cascade testing", "PROCEDURE"), ("genetics counselor", "SPECIALTY"), ("(608) 555-0193", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A relative's diagnosis (third party's health) is BLOCK (README); 'genetics counselor' is a role word naming a specialty."),
    ("ef0080", "Dr. Achebe's office: your appointment on 11/18 has moved from 9:00 to 9:40 AM because of a schedule change. Reply OK to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Achebe", "PROVIDER"), ("11/18", "DATE")],
     ["cardiology"], "Provider, date and times only."),
    ("ef0081", "ur st4tin refill (r0suvastatin 20mg) is r3ady @ Oak Hollow Pharmacy. pick up by fri, we close @ 7",
     "REWRITE", "pickup", "sms", "en",
     [("st4tin", "MEDICATION"), ("r0suvastatin 20mg", "MEDICATION")],
     ["pharmacy", "cardiology", "leet", "shorthand"], "Leet-disguised drug class and drug name in a pickup notice; the pickup survives without them."),
    ("ef0082", "Dear Mr. Abernathy,\n\nYour nurse visit to learn how to give your Praluent injections is on Tuesday 6/9 at 1:00 PM with Rosa Delgado, RN. Please bring the pen from the pharmacy.\n\nCardiovascular Prevention Center",
     "REWRITE", "reminder", "email", "en",
     [("Abernathy", "NAME"), ("Praluent injections", "MEDICATION"), ("6/9", "DATE"), ("Rosa Delgado, RN", "PROVIDER"), ("Cardiovascular Prevention Center", "SPECIALTY")],
     ["cardiology"], "A teaching visit, not a dose instruction: name, drug (form word with it) and specialty name go; date, time and nurse survive."),
    ("ef0083", "Reminder: our office will be closed Monday for the holiday. The lab, pharmacy window and billing line reopen Tuesday at 8.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday hours sent to everyone."),
    ("ef0084", "Hi, this message is for Beatrice Lang. This is Nurse Colin at Dr. Achebe's office. Your triglycerides came back very high at 890, so please avoid fatty foods and call us back today at (608) 555-0125 to talk about starting fenofibrate.",
     "BLOCK", "result", "voice", "en",
     [("Beatrice Lang", "NAME"), ("Nurse Colin", "PROVIDER"), ("Dr. Achebe", "PROVIDER"), ("triglycerides", "PROCEDURE"), ("very high", "RESULT"), ("890", "RESULT"), ("(608) 555-0125", "PHONE"), ("fenofibrate", "MEDICATION")],
     ["cardiology", "lab", "practice-contact"], "A voicemail can be overheard (treated like SMS): a result and a treatment plan are the message."),
)

# ---------------------------------------------------------------- batch 8 (ef0085-ef0096): heart failure, anticoagulation-adjacent, structural heart
add(
    ("ef0085", "Heart Failure Clinic: your next visit is Thu 2/26 at 10:15 with Leah Moss, NP. Please bring your daily weight log and all your pill bottels.",
     "REWRITE", "reminder", "sms", "en",
     [("Heart Failure", "CONDITION"), ("2/26", "DATE"), ("Leah Moss, NP", "PROVIDER")],
     ["cardiology", "typo"], "Decision 2: a condition-named clinic keeps 'Clinic' outside the CONDITION span; 'weight log' and 'pill bottles' are generic (judgement)."),
    ("ef0086", "Your weight is up 4 lbs since Monday. Take an extra furosemide 20mg today and keep fluids under 1.5 liters. Nurse Dee will call you tomorrow.",
     "BLOCK", "care-instructions", "sms", "en",
     [("up 4 lbs", "RESULT"), ("furosemide 20mg", "MEDICATION"), ("Nurse Dee", "PROVIDER")],
     ["cardiology"], "A measured weight gain and an extra diuretic dose: clinical value plus dosing instruction."),
    ("ef0087", "Hola doña Celia, le escribe la enfermera Marta del programa de insuficiencia cardíaca. Su ecocardiograma muestra que el corazón está bombeando al 30%. La Dra. Villalobos quiere verla el jueves. Llámenos al (520) 555-0159.",
     "BLOCK", "result", "sms", "es",
     [("Celia", "NAME"), ("enfermera Marta", "PROVIDER"), ("insuficiencia cardíaca", "CONDITION"), ("ecocardiograma", "PROCEDURE"), ("bombeando al 30%", "RESULT"), ("Dra. Villalobos", "PROVIDER"), ("(520) 555-0159", "PHONE")],
     ["cardiology", "practice-contact"], "An echo finding is the message; the program name reveals the condition too."),
    ("ef0088", "Thank you from the bottom of our hearts to everyone who donated to our toy drive - 412 toys went to local kids this year!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Bottom of our hearts' is an idiom; 412 is a count, not a value."),
    ("ef0089", "Reminder: the LVAD support group meets Thursday at 6 PM in Conference Room C. Caregivers welcome. Parking will be validated.",
     "REWRITE", "reminder", "sms", "en",
     [("LVAD", "PROCEDURE")],
     ["cardiology"], "Decision 6: sent to LVAD patients only, so it reveals the device; the meeting logistics survive."),
    ("ef0090", "Oak Hollow Pharmacy: 1 prescription is ready for pickup. Copay card applied - you owe $10. Please pick up by Friday.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "A pickup notice with no drug named: the minimum-necessary form (contrast with ef0012)."),
    ("ef0091", "INR today 3.8 - a little high. Skip tonight's warfarin, then resume 5 mg daily. Recheck INR Mon 3/9. - Coumadin Clinic",
     "BLOCK", "care-instructions", "sms", "en",
     [("INR", "PROCEDURE"), ("3.8", "RESULT"), ("a little high", "RESULT"), ("warfarin", "MEDICATION"), ("INR", "PROCEDURE", 1), ("3/9", "DATE"), ("Coumadin", "MEDICATION")],
     ["cardiology", "shorthand"], "A value and a dose change. Decision 2: in 'Coumadin Clinic' the drug brand is MEDICATION, 'Clinic' stays outside."),
    ("ef0092", "Pre-procedure instructions: hold Eliquis 5 mg for 2 days before your ablation on 5/21 (last dose the evening of 5/18). Resume the evening after unless Dr. Sørensen tells you otherwise.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Eliquis 5 mg", "MEDICATION"), ("ablation", "PROCEDURE"), ("5/21", "DATE"), ("5/18", "DATE"), ("Dr. Sørensen", "PROVIDER")],
     ["cardiology", "contrast"], "Portal: dosing instructions may stay; the identical e-mail ef0093 is BLOCK."),
    ("ef0093", "Pre-procedure instructions: hold Eliquis 5 mg for 2 days before your ablation on 5/21 (last dose the evening of 5/18). Resume the evening after unless Dr. Sørensen tells you otherwise.",
     "BLOCK", "care-instructions", "email", "en",
     [("Eliquis 5 mg", "MEDICATION"), ("ablation", "PROCEDURE"), ("5/21", "DATE"), ("5/18", "DATE"), ("Dr. Sørensen", "PROVIDER")],
     ["cardiology", "contrast"], "E-mail is treated like SMS (README): an anticoagulant hold is a dosing instruction."),
    ("ef0094", "This is a reminder from Brightwater Cardiology that your TAVR evaluation (CT angiogram and dental clearance) begins 8/4. Dana Whitley, RN, your nurse navigator, will call with the full schedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Brightwater Cardiology", "SPECIALTY"), ("TAVR", "PROCEDURE"), ("CT angiogram", "PROCEDURE"), ("dental clearance", "PROCEDURE"), ("8/4", "DATE"), ("Dana Whitley, RN", "PROVIDER")],
     ["cardiology"], "Specialty and procedure names go ('evaluation' generic stays outside); start date and the navigator's call survive."),
    ("ef0095", "Happy 93rd birthday, Mr. Lindgren, from all of us at Valley Heart & Vascular! We look forward to seeing you on 3/30.",
     "REWRITE", "other", "sms", "en",
     [("93rd", "AGE"), ("Lindgren", "NAME"), ("Valley Heart & Vascular", "SPECIALTY"), ("3/30", "DATE")],
     ["cardiology", "age-over-89"], "An age over 89 (the ordinal), the name and the specialty name go; the greeting and date survive."),
    ("ef0096", "Reminder: your \u0441\u0430rdiology follow-up is Wed 12/2 at 11:40 with Dr. Baptiste. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0441\u0430rdiology", "SPECIALTY"), ("12/2", "DATE"), ("Dr. Baptiste", "PROVIDER")],
     ["cardiology"], "Cyrillic es and a in 'cardiology' (confusable disguise); the specialty goes, 'follow-up' is generic."),
)

# ---------------------------------------------------------------- batch 9 (ef0097-ef0108): disguises, billing and codes, Spanish logistics
add(
    ("ef0097", "Your pace\u200bmaker check is Tue 6/16 at 2 PM. Please bring a photo ID and your insurance card. - Dr. Haddad's office",
     "REWRITE", "reminder", "sms", "en",
     [("pace\u200bmaker", "PROCEDURE"), ("6/16", "DATE"), ("Dr. Haddad", "PROVIDER")],
     ["cardiology"], "Zero-width space inside 'pacemaker'; the device goes and 'check' stays outside as a generic word (like 'asthma check'); the rest survives."),
    ("ef0098", "Reminder: your e.c.h.o is Fri at 8am w/ Dr. Varga. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("e.c.h.o", "PROCEDURE"), ("Dr. Varga", "PROVIDER")],
     ["cardiology", "spaced", "shorthand"], "Dotted letters disguise 'echo'; the test goes, provider and time survive."),
    ("ef0099", "Your claim for the 3/12 visit was denied: diagnosis code I48.91 (unspecified atrial fibrillation) requires prior authorization for the event monitor. Please call our billing team at (804) 555-0136 to go over your options.",
     "REWRITE", "billing", "email", "en",
     [("3/12", "DATE"), ("I48.91", "CONDITION"), ("unspecified atrial fibrillation", "CONDITION"), ("event monitor", "PROCEDURE"), ("(804) 555-0136", "PHONE")],
     ["cardiology", "practice-contact"], "Decision 5 (judgement): the ICD-10 code is labelled CONDITION; on a claim-denial notice the diagnosis is a billing label, and 'your claim was denied, call billing' survives its removal -> REWRITE, not BLOCK."),
    ("ef0100", "Good news - your insurance has processed your recent claim. Your updated balance will appear on next month's statement. No action needed.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'Claim' and 'balance' with nothing clinical or identifying."),
    ("ef0101", "Consultorio del Dr. Menéndez: su cita quedó confirmada para el martes 14 de julio a las 8:30 a.m. Si no puede asistir, avísenos con 24 horas de anticipación al (956) 555-0102.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dr. Menéndez", "PROVIDER"), ("14 de julio", "DATE"), ("(956) 555-0102", "PHONE")],
     ["cardiology", "practice-contact"], "Provider, date, time and the practice's phone."),
    ("ef0102", "¡Que tenga un fin de semana sin estrés! Recuerde que ahora puede pagar su cuenta en línea a cualquier hora, desde su celular.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Sin estrés' is not a stress test; a payment-feature notice to everyone."),
    ("ef0103", "Estimado Sr. Beltrán: su estado de cuenta por el cateterismo cardíaco del 2 de febrero muestra un saldo de $350.00. Cuenta #88-410267. Puede pagar en https://pagos.clinicasanmateo.example o al (213) 555-0175.",
     "REWRITE", "billing", "sms", "es",
     [("Beltrán", "NAME"), ("cateterismo cardíaco", "PROCEDURE"), ("2 de febrero", "DATE"), ("88-410267", "ACCOUNT"), ("https://pagos.clinicasanmateo.example", "URL"), ("(213) 555-0175", "PHONE")],
     ["cardiology", "practice-contact", "identifier"], "Name, procedure and account number go; balance, the practice's link and phone survive."),
    ("ef0104", "Pre-registration for your cardioversion: please confirm we have the right information - Renata Solis, DOB 04/19/1956, Medicare ID 1EG4-TE5-MK72. Reply Y if correct.",
     "BLOCK", "other", "sms", "en",
     [("cardioversion", "PROCEDURE"), ("Renata Solis", "NAME"), ("04/19/1956", "DATE"), ("1EG4-TE5-MK72", "HEALTH_PLAN_ID")],
     ["cardiology", "dob", "identifier"], "A full date of birth with the name (plus a beneficiary number) must never travel by text (README)."),
    ("ef0105", "Subject: Your upcoming visit\n\nHello,\n\nThis is a reminder of your appointment with Dr. Okafor on Monday, April 13 at 9:20 AM at Lakeview Medical Associates, 1650 Harmon Avenue, Suite 400, Columbus, OH 43223.\n\nBefore you come:\n- Check in online up to 3 days ahead at https://lakeviewmed.example/checkin\n- Bring your insurance card, a photo ID and a list of your current medications\n- Arrive 15 minutes early; the garage entrance is on the north side of the building\n\nIf you need to cancel or reschedule, please let us know at least 24 hours ahead by calling (614) 555-0111 or replying to this email. Interpreter services are free - just ask.\n\nThank you,\nLakeview Medical Associates\nPatient Access Center",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Okafor", "PROVIDER"), ("April 13", "DATE"), ("1650 Harmon Avenue, Suite 400, Columbus, OH 43223", "ADDRESS"), ("https://lakeviewmed.example/checkin", "URL"), ("(614) 555-0111", "PHONE")],
     ["cardiology", "practice-contact"], "A long reminder with only the provider, date, time and the practice's own address, link and phone."),
    ("ef0106", "Hi, this is Marisol from Dr. Greer's office returning your call about parking. The validation machine is fixed, so just bring your ticket to the front desk. Have a good day!",
     "ALLOW", "other", "voice", "en",
     [("Marisol", "PROVIDER"), ("Dr. Greer", "PROVIDER")],
     ["cardiology"], "A staff member named as the sender is PROVIDER (README); parking only."),
    ("ef0107", "Heads up from Dr. Lowell: your potassium was 5.9 on today's labs. Stop the spironolactone and go to the lab tomorrow morning for a recheck.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lowell", "PROVIDER"), ("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("spironolactone", "MEDICATION")],
     ["cardiology", "lab"], "A lab value and a stop instruction are the message (decision 4)."),
    ("ef0108", "Your care team posted an updated session schedule. Tap to view it in the app.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["cardiology"], "Notification without PHI: 'session schedule' names no program or service."),
)

# ---------------------------------------------------------------- batch 10 (ef0109-ef0120): estimates, identifiers, pediatrics, Spanish results
add(
    ("ef0109", "Pulse check: how did we do? Rate your recent visit from 1 to 5 by replying to this text. Your feedback goes straight to our office manager.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Pulse check' names a survey, not a measurement."),
    ("ef0110", "Subject: Good-faith estimate for your upcoming procedure\n\nHello Ms. Grantham,\n\nAs required by law, here is your good-faith estimate for the cardiac ablation (CPT 93656) scheduled for 11/17 at Northbay Heart Rhythm Associates.\n\nEstimated facility charge: $38,400.00\nEstimated professional fee: $4,150.00\nYour plan (member ID XJW448201937) is expected to pay 80% after your deductible.\nEstimated patient responsibility: $2,980.00\n\nThis estimate is not a bill. If your final charges are $400 or more above this estimate, you may dispute them. Questions? Contact Financial Counseling at (707) 555-0146 or finance@nbhra.example, Monday through Friday, 8 to 5.\n\nKind regards,\nOwen Pritchard\nPatient Financial Services",
     "REWRITE", "billing", "email", "en",
     [("Grantham", "NAME"), ("cardiac ablation", "PROCEDURE"), ("93656", "PROCEDURE"), ("11/17", "DATE"), ("Northbay Heart Rhythm Associates", "SPECIALTY"), ("XJW448201937", "HEALTH_PLAN_ID"), ("(707) 555-0146", "PHONE"), ("finance@nbhra.example", "EMAIL"), ("Owen Pritchard", "PROVIDER")],
     ["cardiology", "practice-contact", "identifier"], "Decision 5: the CPT code encodes the procedure; name, procedure, specialty name and member ID go; amounts, date and the practice's contacts survive. Decision 9: billing staff sender is PROVIDER."),
    ("ef0111", "Dr. Rahimi reviewed your cardiac MRI: there is some scarring consistent with a prior silent heart attack. She'd like to start a beta blocker and see you Tuesday.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Rahimi", "PROVIDER"), ("cardiac MRI", "PROCEDURE"), ("some scarring", "RESULT"), ("silent heart attack", "CONDITION"), ("beta blocker", "MEDICATION")],
     ["cardiology", "imaging"], "An imaging finding, a diagnosis and a new drug class are the message."),
    ("ef0112", "Hola!! le recordamos q su prueba de esfuerzo es el vie 6 de nov a las 7am. venga con tenis y ropa comoda, sin cafe desde la noche anterior 🙏 Clinica del Corazon Santa Fe",
     "REWRITE", "reminder", "sms", "es",
     [("prueba de esfuerzo", "PROCEDURE"), ("6 de nov", "DATE"), ("Clinica del Corazon Santa Fe", "SPECIALTY")],
     ["cardiology", "shorthand", "typo"], "Decision 3: shoes, clothes and no coffee are prep logistics that survive once the test and the heart-clinic name go; missing accents as staff type them."),
    ("ef0113", "Resultados de su electrocardiograma del 3 de marzo: ritmo sinusal normal, sin cambios respecto al estudio anterior. Cualquier duda, escríbanos por este portal. Dra. Ocampo",
     "ALLOW", "result", "portal", "es",
     [("electrocardiograma", "PROCEDURE"), ("3 de marzo", "DATE"), ("ritmo sinusal normal", "RESULT"), ("sin cambios respecto al estudio anterior", "RESULT"), ("Dra. Ocampo", "PROVIDER")],
     ["cardiology"], "Portal: a normal ECG result may stay (README channel convention)."),
    ("ef0114", "Sra. Téllez, el ecocardiograma de su hijo Mateo mostró una pequeña comunicación interventricular. La Dra. Ocampo quiere verlos en 6 meses y por ahora no necesita restringir su actividad.",
     "BLOCK", "result", "sms", "es",
     [("Téllez", "NAME"), ("ecocardiograma", "PROCEDURE"), ("Mateo", "NAME"), ("comunicación interventricular", "CONDITION"), ("Dra. Ocampo", "PROVIDER")],
     ["pediatrics", "cardiology", "third-party", "minor"], "A dependent's finding sent to the guardian is BLOCK (README third-party rule; decision 7)."),
    ("ef0115", "Your replacement blood pressure cuff will be delivered to 1187 Juniper Ct, Apt 4B, Mesa, AZ 85203 tomorrow between 9 and 1. Signature required.",
     "REWRITE", "other", "sms", "en",
     [("blood pressure cuff", "PROCEDURE"), ("1187 Juniper Ct, Apt 4B, Mesa, AZ 85203", "ADDRESS")],
     ["cardiology", "home-health"], "The patient's own street address is not needed in a delivery notice and the device reveals the program; the delivery window survives."),
    ("ef0116", "El Dr. Haddad va con unos 25 minutos de retraso esta tarde. Si prefiere cambiar su cita de las 3:40, responda C y le llamamos.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Haddad", "PROVIDER")],
     ["cardiology"], "Provider and time only."),
    ("ef0117", "Billing needs to verify: Ruth Emery, SSN 078-05-1120, for the cardiac monitoring claim. Please reply CONFIRM or call (804) 555-0136.",
     "BLOCK", "billing", "sms", "en",
     [("Ruth Emery", "NAME"), ("078-05-1120", "SSN"), ("cardiac monitoring", "PROCEDURE"), ("(804) 555-0136", "PHONE")],
     ["cardiology", "identifier", "practice-contact"], "An SSN must never travel by text (DESIGN); specimen number."),
    ("ef0118", "Hello, this is Children's Heart Specialists calling for the parent of Ethan Boyd. His echo and EKG with Dr. Iqbal are on Thursday, October 8th at 4:15. Please call (253) 555-0107 if you need to reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Children's Heart Specialists", "SPECIALTY"), ("Ethan Boyd", "NAME"), ("echo", "PROCEDURE"), ("EKG", "PROCEDURE"), ("Dr. Iqbal", "PROVIDER"), ("October 8th", "DATE"), ("(253) 555-0107", "PHONE")],
     ["pediatrics", "cardiology", "minor", "practice-contact"], "Decision 7 (judgement): a dependent's non-routine test scheduled with a pediatric-cardiology name is logistics -> REWRITE; no finding or condition is stated."),
    ("ef0119", "Hands-only CPR class for family and friends: Saturday 10-12 in the community room. Free, ages 12 and up. Call the front desk to save a seat.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A community class offered to everyone says nothing about the recipient."),
    ("ef0120", "Subject: Your upcoming procedure\n\nHi Mr. Valdez-Ruiz,\n\nThis is Cora Hart, surgical scheduler for Dr. Farouk. Your dual-chamber pacemaker implant is scheduled for Wednesday, 1/20 at St. Brigid Hospital. Please check in at the main admitting desk at 6:00 AM.\n\nA nurse will call you two days before for your pre-op phone interview, and you should plan to stay overnight. Please bring your photo ID, insurance card and a list of your current medications, and arrange for an adult to drive you home.\n\nIf anything changes or you have questions about scheduling, call me directly at (702) 555-0121 or email cora.hart@farouk-md.example.\n\nBest,\nCora Hart\nSurgical Scheduling",
     "REWRITE", "reminder", "email", "en",
     [("Valdez-Ruiz", "NAME"), ("Cora Hart", "PROVIDER"), ("Dr. Farouk", "PROVIDER"), ("dual-chamber pacemaker implant", "PROCEDURE"), ("1/20", "DATE"), ("pre-op", "PROCEDURE"), ("(702) 555-0121", "PHONE"), ("cora.hart@farouk-md.example", "EMAIL"), ("Cora Hart", "PROVIDER", 1)],
     ["cardiology", "practice-contact"], "Decision 9: the scheduler (Cora Hart) is PROVIDER; the name, device procedure and pre-op visit go (README: pre-op is PROCEDURE); date, arrival and the scheduler's contacts survive."),
)

probe_lib.run(M, "ef", "probe133.jsonl")
