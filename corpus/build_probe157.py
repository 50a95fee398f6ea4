#!/usr/bin/env python3
"""Build corpus/probe157.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe157.py [OUT] [-v]   (default: probe157.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run
and no other corpus, test or source file was read.

This round is EVERYDAY APPOINTMENT REMINDERS FROM EHR TEMPLATES ACROSS ALL SPECIALTIES: the
reminders, confirmations, cancellations, waitlist offers and no-show follow-ups that scheduling
systems of primary care, pediatrics, OB/GYN, cardiology, dermatology, behavioral health, oncology,
orthopedics, urology, GI, eye, dental, imaging, lab and therapy practices send every day, with
their different templates, reply keywords, arrival instructions, parking and telehealth links,
insurance and copay lines, and practice names that do or do not reveal the specialty. Reminders
that reveal the recipient's care (specialty name, visit type, procedure, condition label) are
mixed with generic ones and with look-alikes ("Main Street Medical", "Heartland Family Practice",
"Grace Clinic", "the Dermott Building", "Cancer Center Drive parking garage", a scheduler named
Joy Heart, Dr. Colon, Dr. Payne, Labor Day, "We've got your back", "Stress-free scheduling",
"positive identification", "Keep an eye on your inbox"). About 15% Spanish; 4 disguised messages
(leet, spaced letters, Cyrillic look-alikes, zero-width characters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Urology, GI and sleep medicine have no service tag: they are tagged `general` (as
     build_probe7 did for hearing), vasectomy `reproductive`; their practice names and words
     (urology, GI, gastroenterology) are specialty-revealing, so SPECIALTY.
  2. A therapy service line named as the service (physical therapy, PT, fisioterapia) is
     SPECIALTY, like the README's physical-therapy practice names and the DPT credential;
     talk therapy in behavioral health ("therapy session", "terapia") is PROCEDURE.
  3. Behavioral-health licence credentials (LCSW) and the dental "hygienist" role word name a
     specialty: SPECIALTY, with the person's name as PROVIDER. The Mexican title "Lic."
     (licenciado/a) is generic: "la Lic. Paredes" alone is an allowed PROVIDER.
  4. Any instruction to take, hold, stop or keep taking a NAMED drug or supplement (even as prep
     for a test) is a dosing instruction: BLOCK. Generic prep (fasting, a full bladder, no
     deodorant, loose clothes, a driver, arriving early, nothing to eat after midnight) is not a
     reason to block on its own.
  5. Building names, suites, floors, rooms, entrances, parking garages and lots, and a street
     name without a number ("the Elm St entrance", "the Cancer Center Drive parking garage") are
     not labelled ADDRESS; a full street address is (the practice's own stays ALLOW).
  6. A named department or unit of a facility used in directions ("Endoscopy Center", "Infusion
     Suite", "Device Clinic", "Radiology", "Radiation Oncology", "the infusion ctr") is labelled
     as a whole SPECIALTY, like a specialty-revealing practice name.
  7. Gestational age inside a visit type ("20-week anatomy ultrasound", "28-week visit") stays in
     the PROCEDURE span: it is a visit label (REWRITE), not a reported finding.
  8. Spanish visit labels keep the generic head word outside, as `asthma check` does:
     "consulta de [niño sano]", "control [prenatal]", "control de [asma]"; a form word before a
     Spanish drug name ("inhalador de") stays outside the MEDICATION span.
  9. Hypothetical safety-screening words in generic instructions ("tell the tech if you have a
     pacemaker or implant", "you will need a negative pregnancy test before we start") are not
     labelled (tag negation); a coverage sentence that implies the recipient's condition
     ("most plans cover cardiac rehab after a heart attack or stent") is labelled.
 10. A clinician's fixed video waiting-room link is the practice's own URL (no patient token);
     a join link with appointment or token parameters is patient-specific (REWRITE).
 11. Group numbers next to a member ID are HEALTH_PLAN_ID, order numbers OTHER_ID (as in
     build_probe7); confirmation codes, reply keywords, prices and copays are not labelled.
 12. A biopsy, scan or exam that "showed" a named disease labels the disease CONDITION; a
     measured finding without a disease name ("7 mm nodule", "has shrunk", "pauses in your
     heart rhythm") is RESULT.
 13. Purposes: confirmations -> confirmation; reminders and cancellations -> reminder; recall
     campaigns -> recall; waitlist offers and no-show follow-ups -> other; portal messages ->
     portal-notice or result; practice broadcasts -> other or marketing.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the SSN
is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (fd0001-fd0012): primary care, generic templates
add(
    ("fd0001", "Main Street Medical: Reminder - you have an appointment Tue at 10:20 AM. Please arrive 15 min early & bring your insurance card. Reply C to confirm, R to reschedule, STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "hard-negative"], "Look-alike: 'Main Street Medical' is a generic practice name; weekday, time and reply keywords only."),
    ("fd0002", "Heartland Family Practice: Your appt with Dr. Okafor is confirmed for Mon 3/9 at 2:45pm. Copay due at check-in. Questions? (417) 555-0134",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/9", "DATE"), ("(417) 555-0134", "PHONE")],
     ["primary-care", "practice-contact"], "Look-alike: 'Heartland' is not cardiology, a family practice name is generic; provider, date, copay line and the practice phone are allowed."),
    ("fd0003", "Hi Teresa! This is Grace Clinic reminding you of your Medicare wellness visit on 11/4 at 9:00 with Dr. Lindqvist. Bring all your pill bottles. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Teresa", "NAME"), ("Medicare wellness", "PROCEDURE"), ("11/4", "DATE"), ("Dr. Lindqvist", "PROVIDER")],
     ["primary-care"], "Patient name and 'Medicare wellness' (README: a revealing visit type) go; 'Grace Clinic' is generic and 'pill bottles' names no drug."),
    ("fd0004", "Hello, this is an automated call from Grace Clinic. You have an upcoming appointment on Thursday at one thirty in the afternoon. To confirm, press 1. To speak with a scheduler, press 2. To hear this message again, press 9.",
     "ALLOW", "reminder", "voice", "en", [],
     ["primary-care", "hard-negative"], "IVR reminder script from a generic practice: weekday and spoken time only."),
    ("fd0005", "Reminder: your diabetes follow-up at Oakridge Internal Medicine is Fri 4/17 @ 8:15am. Bring your meter. Fast after midnight for labs.",
     "REWRITE", "reminder", "sms", "en",
     [("diabetes", "CONDITION"), ("4/17", "DATE"), ("meter", "PROCEDURE")],
     ["primary-care"], "A condition used as a visit label ('diabetes follow-up') and the glucose meter (a device) go; '... Internal Medicine' is generic and fasting for labs is generic prep (decision 4)."),
    ("fd0006", "Dr. Haddad reviewed your labs - your A1c went up to 9.1, so she moved your follow up sooner: Wed 2/11 at 3:30. Call (614) 555-0119 if that doesn't work.",
     "BLOCK", "reminder", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("A1c", "PROCEDURE"), ("9.1", "RESULT"), ("2/11", "DATE"), ("(614) 555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "A reschedule that carries a lab value: the result is the reason for the message, removal cannot make it safe."),
    ("fd0007", "Subject: Your upcoming visit\n\nDear Patient,\n\nThank you for choosing Willow Bend Primary Care. This is a reminder that you are scheduled to see Dr. Marguerite Osei on Monday, 6/22 at 10:40 AM at our Cedar Hollow office (3100 Cedar Hollow Rd, Suite 204, Fairview, OR 97024).\n\nPlease arrive 15 minutes early to complete check-in. Bring a photo ID, your current insurance card and a list of the medicines you take. If you have a copay or an outstanding balance, we accept cash, checks and all major cards.\n\nParking is free in the lot behind the building; the entrance is on the north side next to the pharmacy drive-thru.\n\nNeed to cancel or reschedule? Please call us at (503) 555-0162 at least 24 hours ahead, or use the link in your patient portal: https://willowbendpc.example/portal\n\nThank you,\nWillow Bend Primary Care Scheduling Team",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Marguerite Osei", "PROVIDER"), ("6/22", "DATE"), ("3100 Cedar Hollow Rd, Suite 204, Fairview, OR 97024", "ADDRESS"), ("(503) 555-0162", "PHONE"), ("https://willowbendpc.example/portal", "URL")],
     ["primary-care", "practice-contact"], "Long template e-mail: provider, date, the practice's own address, phone and portal link; 'Cedar Hollow office' and the parking lot are not labelled (decision 5)."),
    ("fd0008", "Subject: Appointment reminder\n\nThis is a friendly reminder that you are scheduled at Pinewood Family Health on Mon 8/3 at 1:00 PM with Jana Kowalski, PA-C. Reply to this email or call (720) 555-0147 if you need to make changes. For your privacy, please do not include health information in your reply.\n\nPinewood Family Health",
     "ALLOW", "reminder", "email", "en",
     [("8/3", "DATE"), ("Jana Kowalski, PA-C", "PROVIDER"), ("(720) 555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice, a PA with a generic credential, date and the practice phone."),
    ("fd0009", "Appointment tomorrow at 9:30 AM. Tap to view details or get directions.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative"], "Lock-screen push with only a time."),
    ("fd0010", "Hi Mr. Brennan, this is Joy Heart from scheduling at Main Street Medical. Your blood pressure check on Tuesday needs to move - can you come at 11 instead of 10:30? Text back or call me at (919) 555-0126.",
     "REWRITE", "reminder", "sms", "en",
     [("Brennan", "NAME"), ("Joy Heart", "PROVIDER"), ("blood pressure", "PROCEDURE"), ("(919) 555-0126", "PHONE")],
     ["primary-care", "practice-contact", "contrast"], "The scheduler 'Joy Heart' is workforce named as the sender (PROVIDER), not cardiology; the recipient's own blood-pressure check is a revealing visit type (like 'home BP log'), unlike the broadcast screening in fd0029."),
    ("fd0011", "Heartland Family Practice is now open Saturdays 8am-noon for sick visits and physicals! Book online at heartlandfp.example/book or call (816) 555-0171.",
     "ALLOW", "marketing", "sms", "en",
     [("heartlandfp.example/book", "URL"), ("(816) 555-0171", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Broadcast to every patient with the practice's own link and phone; 'sick visits' and 'physicals' are generic."),
    ("fd0012", "Reminder for Lorraine Whitfield (DOB 07/30/1956): annual physical Thu 5/7 9:00am w/ Dr. Pruitt. Please fast 12 hrs.",
     "BLOCK", "reminder", "sms", "en",
     [("Lorraine Whitfield", "NAME"), ("07/30/1956", "DATE"), ("5/7", "DATE"), ("Dr. Pruitt", "PROVIDER")],
     ["primary-care", "dob"], "Full date of birth with the patient's name is BLOCK (README), even on a generic annual physical."),
)

# ---------------------------------------------------------------- batch 2 (fd0013-fd0024): pediatrics, OB/GYN
add(
    ("fd0013", "Kids First Pediatrics: Reminder that Aiden has a well-child visit + 4-year vaccines on Mon 9/14 at 3:40pm with Dr. Sandoval. Please bring his shot record.",
     "REWRITE", "reminder", "sms", "en",
     [("Kids First Pediatrics", "SPECIALTY"), ("Aiden", "NAME"), ("well-child", "PROCEDURE"), ("vaccines", "PROCEDURE"), ("9/14", "DATE"), ("Dr. Sandoval", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's logistics with a name and routine visit types (well-child, vaccines): REWRITE like the patient's own (README)."),
    ("fd0014", "Hi! Reminder that Zoe's ADHD med check is Thursday 10/1 at 4pm with Dr. Benitez. Please bring her Vyvanse bottle so we can do a pill count.",
     "BLOCK", "reminder", "sms", "en",
     [("Zoe", "NAME"), ("ADHD", "CONDITION"), ("med check", "PROCEDURE"), ("10/1", "DATE"), ("Dr. Benitez", "PROVIDER"), ("Vyvanse", "MEDICATION")],
     ["pediatrics", "behavioral-health", "third-party", "minor"], "A dependent's condition and medication sent to the guardian is third-party health: BLOCK (README)."),
    ("fd0015", "Back-to-school sports physicals are here! Walk-ins welcome Mon-Fri 1-5pm through August. $30 cash price, forms available at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast to every family; says nothing about the recipient."),
    ("fd0016", "Pediatría Los Arcos: Le recordamos la cita de Valentina para su consulta de niño sano el jueves 3 de septiembre a las 9:15. Favor de traer la cartilla de vacunación. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Pediatría Los Arcos", "SPECIALTY"), ("Valentina", "NAME"), ("niño sano", "PROCEDURE"), ("3 de septiembre", "DATE")],
     ["pediatrics", "minor"], "Pediatric practice name, the child's name and the well-child visit type go. Decision 8: 'consulta de' stays outside the span; the vaccination card is a document, not labelled."),
    ("fd0017", "Pinecrest OB/GYN: Your 20-week anatomy ultrasound is scheduled for Fri 5/29 at 10:00 AM. Drink 32 oz of water 1 hr before and don't empty your bladder. Partner welcome!",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest OB/GYN", "SPECIALTY"), ("20-week anatomy ultrasound", "PROCEDURE"), ("5/29", "DATE")],
     ["reproductive"], "Decision 7: the gestational age belongs to the visit type (PROCEDURE), so REWRITE; the water instruction is generic prep (decision 4)."),
    ("fd0018", "Hi Priya, your glucose tolerance test is Tues 6/9 at 8am. Since your 1-hour screen came back at 152, this is the 3-hour test: fast after midnight, water only. Plan to be here about 3.5 hrs.",
     "BLOCK", "reminder", "sms", "en",
     [("Priya", "NAME"), ("glucose tolerance test", "PROCEDURE"), ("6/9", "DATE"), ("1-hour screen", "PROCEDURE"), ("152", "RESULT"), ("3-hour test", "PROCEDURE")],
     ["reproductive", "lab"], "The reminder explains itself with a previous result value: BLOCK."),
    ("fd0019", "Hola Guadalupe, le escribimos de Clínica de la Mujer Santa Clara para recordarle su cita de control prenatal el lunes 12 de octubre a las 11:00 con la Dra. Ibarra. Traiga su identificación y su tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("Clínica de la Mujer Santa Clara", "SPECIALTY"), ("prenatal", "PROCEDURE"), ("12 de octubre", "DATE"), ("Dra. Ibarra", "PROVIDER")],
     ["reproductive"], "Women's-clinic name and prenatal visit type reveal a pregnancy; decision 8: 'control' stays outside."),
    ("fd0020", "Bayside Family Medicine will be closed Monday for Labor Day. Our after-hours nurse line is open as usual. Have a safe holiday weekend!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'Labor Day' is a holiday, not obstetric labor; holidays are not dates."),
    ("fd0021", "Subject: Before your IUD insertion on 4/23\n\nHi Megan,\n\nA few things before your visit with Dr. Farrow on Thursday at 2:15:\n- Take 800 mg of ibuprofen about an hour before your appointment to help with cramping.\n- If your period has started, that is fine - please come anyway.\n- You will need a negative urine pregnancy test here before we start, so please don't empty your bladder right before.\n- Plan to take it easy for the afternoon.\n\nIf you need to reschedule, call Pinecrest OB/GYN at (503) 555-0188.\n\nTake care,\nLeah, RN",
     "BLOCK", "care-instructions", "email", "en",
     [("IUD insertion", "PROCEDURE"), ("4/23", "DATE"), ("Megan", "NAME"), ("Dr. Farrow", "PROVIDER"), ("ibuprofen", "MEDICATION"), ("cramping", "CONDITION"), ("urine pregnancy test", "PROCEDURE"), ("Pinecrest OB/GYN", "SPECIALTY"), ("(503) 555-0188", "PHONE"), ("Leah, RN", "PROVIDER")],
     ["reproductive", "negation", "practice-contact"], "Pre-visit e-mail with a dose to take (decision 4): BLOCK. Decision 9: the required 'negative' test is hypothetical, not a result, so 'negative' is not labelled."),
    ("fd0022", "Your prenatal labs from 3/2 are back: hemoglobin 11.8, blood type O positive, rubella immune. Dr. Ibarra reviewed them and everything looks as expected. See you at your 28-week visit on 4/6.",
     "ALLOW", "result", "portal", "en",
     [("prenatal", "PROCEDURE"), ("3/2", "DATE"), ("hemoglobin", "PROCEDURE"), ("11.8", "RESULT"), ("blood type", "PROCEDURE"), ("O positive", "RESULT"), ("rubella", "PROCEDURE"), ("immune", "RESULT"), ("Dr. Ibarra", "PROVIDER"), ("28-week", "PROCEDURE"), ("4/6", "DATE")],
     ["reproductive", "lab", "contrast"], "Inside the secure portal results and visit types may stay (README channel convention)."),
    ("fd0023", "Hi, this message is for the parent or guardian of Elijah Moore. This is Little Sprouts Pediatrics calling to remind you of his hearing screen on Wednesday, October 21st at 10 AM. Please call us back at 615-555-0144. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Elijah Moore", "NAME"), ("Little Sprouts Pediatrics", "SPECIALTY"), ("hearing screen", "PROCEDURE"), ("October 21st", "DATE"), ("615-555-0144", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Voice is treated like SMS (overheard); the child's name, pediatric practice name and a routine visit type go."),
    ("fd0024", "Clínica Gracia: Le recordamos que mañana tiene cita a las 8:40 a.m. Llegue 15 minutos antes y traiga su identificación con foto. Para cancelar responda NO.",
     "ALLOW", "reminder", "sms", "es", [],
     ["primary-care", "hard-negative"], "Generic practice name (a 'Grace Clinic' look-alike), time and reply keyword only."),
)

# ---------------------------------------------------------------- batch 3 (fd0025-fd0036): cardiology
add(
    ("fd0025", "Lakeshore Heart & Vascular: Reminder of your echocardiogram Tue 3/24 at 7:45am, 2nd floor. Wear a two-piece outfit. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Heart & Vascular", "SPECIALTY"), ("echocardiogram", "PROCEDURE"), ("3/24", "DATE")],
     ["cardiology"], "Cardiology practice name and the test go; date, time and floor survive."),
    ("fd0026", "This is Joy Heart, scheduler at Cardinal Park Family Medicine - we need to move your appt w/ Dr. Castellanos from Mon to Wed 1/14, same time. Reply OK or call (316) 555-0173.",
     "ALLOW", "reminder", "sms", "en",
     [("Joy Heart", "PROVIDER"), ("Dr. Castellanos", "PROVIDER"), ("1/14", "DATE"), ("(316) 555-0173", "PHONE")],
     ["primary-care", "practice-contact"], "Look-alikes: a scheduler named Joy Heart (workforce, PROVIDER) at 'Cardinal Park Family Medicine' (generic, not cardiology)."),
    ("fd0027", "Before your nuclear stress test Fri: NO caffeine 24 hrs prior (incl decaf, chocolate). Hold your metoprolol the morning of the test unless Dr. Amari told you otherwise. Check in 6:45am.",
     "BLOCK", "care-instructions", "sms", "en",
     [("nuclear stress test", "PROCEDURE"), ("metoprolol", "MEDICATION"), ("Dr. Amari", "PROVIDER")],
     ["cardiology"], "Decision 4: holding a named drug before a test is a dosing instruction, BLOCK; the caffeine rule alone would only be prep."),
    ("fd0028", "Your pacemaker remote check is due. Please place your home monitor by the bed tonight (device SN PJN402117H). Questions: Device Clinic (312) 555-0158.",
     "REWRITE", "reminder", "sms", "en",
     [("pacemaker", "PROCEDURE"), ("PJN402117H", "DEVICE_ID"), ("Device Clinic", "SPECIALTY"), ("(312) 555-0158", "PHONE")],
     ["cardiology", "practice-contact"], "Device term and serial number go (README: devices are PROCEDURE); decision 6: the 'Device Clinic' department reveals it too."),
    ("fd0029", "Free blood pressure screenings this Saturday 9-1 in our lobby - no appointment needed. Bring a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative", "contrast"], "Broadcast screening offered to everyone (README: free blood-pressure checks); contrast with the recipient's own check in fd0010."),
    ("fd0030", "Hello, this is nurse Dana from Dr. Whitcomb's office calling for Harold. Your Holter monitor showed some pauses in your heart rhythm overnight, so Dr. Whitcomb wants to see you this Thursday at 9:15 instead of next month. Please call us back at 773-555-0129.",
     "BLOCK", "reminder", "voice", "en",
     [("nurse Dana", "PROVIDER"), ("Dr. Whitcomb", "PROVIDER", 0), ("Harold", "NAME"), ("Holter monitor", "PROCEDURE"), ("pauses in your heart rhythm", "RESULT"), ("Dr. Whitcomb", "PROVIDER", 1), ("773-555-0129", "PHONE")],
     ["cardiology", "practice-contact"], "Voicemail moving a visit because of a finding; decision 12: the measured finding is RESULT. BLOCK."),
    ("fd0031", "Subject: Cardiac Rehab orientation - Tuesday 2/3\n\nGood afternoon Mr. Delgado,\n\nWelcome to the Cardiac Rehabilitation program at St. Brendan Heart Institute. Your orientation is Tuesday 2/3 at 1:00 PM in the Wellness Pavilion, lower level. Please wear comfortable clothes and walking shoes, eat a light meal beforehand and bring a list of your current medications. Sessions then run Monday, Wednesday and Friday for 12 weeks. Most plans cover cardiac rehab after a heart attack or stent; we will review your copay at orientation. Park in Garage B and take the west elevators.\n\nQuestions? Call the rehab desk at (410) 555-0136.\n\nSincerely,\nTamsin Roy, RN\nCardiac Rehab Coordinator",
     "REWRITE", "reminder", "email", "en",
     [("Cardiac Rehab", "PROCEDURE", 0), ("2/3", "DATE", 0), ("Delgado", "NAME"), ("Cardiac Rehabilitation", "PROCEDURE"), ("St. Brendan Heart Institute", "SPECIALTY"), ("2/3", "DATE", 1), ("cardiac rehab", "PROCEDURE"), ("heart attack", "CONDITION"), ("stent", "PROCEDURE"), ("(410) 555-0136", "PHONE"), ("Tamsin Roy, RN", "PROVIDER"), ("Cardiac Rehab", "PROCEDURE", 2)],
     ["cardiology", "practice-contact"], "Program name, heart-institute name and the coverage sentence go; decision 9: 'after a heart attack or stent' implies the recipient's condition, so labelled. Logistics survive."),
    ("fd0032", "Stress-free scheduling is here! Book, move or cancel appointments 24/7 with our new online scheduler. Find the link in your patient portal.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'stress-free' is not a stress test; 24/7 is not a date."),
    ("fd0033", "Mr. Ramirez, reminder of your appointment at St. Luke's Heart Clinic on Fri 3/6 at 10:30. Bring your home BP cuff and a list of your medicines. Valet parking at the east entrance.",
     "REWRITE", "reminder", "sms", "en",
     [("Ramirez", "NAME"), ("St. Luke's Heart Clinic", "SPECIALTY"), ("3/6", "DATE"), ("BP cuff", "PROCEDURE")],
     ["cardiology"], "Name, heart-clinic name and the device go; the east entrance is not labelled (decision 5)."),
    ("fd0034", "Hi Ms. Arnaud - reminder that your dad's INR check is tomorrow at 10. His last INR was 3.8, so Dr. Kessler says to skip tonight's warfarin dose.",
     "BLOCK", "reminder", "sms", "en",
     [("Arnaud", "NAME"), ("INR", "PROCEDURE", 0), ("INR", "PROCEDURE", 1), ("3.8", "RESULT"), ("Dr. Kessler", "PROVIDER"), ("warfarin", "MEDICATION")],
     ["cardiology", "lab", "third-party"], "A parent's result and dosing instruction sent to the adult child: third-party health, BLOCK."),
    ("fd0035", "Your appointment with Dr. Amari (Cardiology) is confirmed for 3/27 at 9:00 AM to review your echocardiogram and adjust your metoprolol. Please bring your blood pressure log.",
     "ALLOW", "confirmation", "portal", "en",
     [("Dr. Amari", "PROVIDER"), ("Cardiology", "SPECIALTY"), ("3/27", "DATE"), ("echocardiogram", "PROCEDURE"), ("metoprolol", "MEDICATION"), ("blood pressure", "PROCEDURE")],
     ["cardiology", "contrast"], "Secure portal: specialty, test and medication may stay (README channel convention)."),
    ("fd0036", "Reminder: EKG + cardiology consult tomorrow 8:00 AM. Tap to check in early.",
     "REWRITE", "reminder", "push", "en",
     [("EKG", "PROCEDURE"), ("cardiology", "SPECIALTY")],
     ["cardiology"], "Push shows on the lock screen: the test and specialty go, the time survives."),
)

# ---------------------------------------------------------------- batch 4 (fd0037-fd0048): dermatology, behavioral health
add(
    ("fd0037", "Your appointment tomorrow at 2:10 PM is in the Dermott Building, 4th floor, Suite 410. Please use the Elm St entrance; the lobby elevators are being serviced.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'Dermott' is not dermatology. Decision 5: building, floor, suite and a street name without a number are not labelled."),
    ("fd0038", "Bayview Dermatology: Hi Colleen, you're due for your annual full-body skin check. We have openings 7/8 & 7/10 w/ Dr. Nakamura. Reply 1 or 2 to grab a slot!",
     "REWRITE", "recall", "sms", "en",
     [("Bayview Dermatology", "SPECIALTY"), ("Colleen", "NAME"), ("full-body skin check", "PROCEDURE"), ("7/8", "DATE"), ("7/10", "DATE"), ("Dr. Nakamura", "PROVIDER")],
     ["dermatology"], "Recall: dermatology name, patient name and the exam type go; the offered dates and provider survive."),
    ("fd0039", "Dr. Nakamura's office: your biopsy from 6/2 showed basal cell carcinoma. We've booked Mohs surgery for 7/21 at 7:30am - no need to fast. Call w/ questions (206) 555-0152.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("biopsy", "PROCEDURE"), ("6/2", "DATE"), ("basal cell carcinoma", "CONDITION"), ("Mohs surgery", "PROCEDURE"), ("7/21", "DATE"), ("(206) 555-0152", "PHONE")],
     ["dermatology", "oncology", "practice-contact"], "A scheduling text that delivers a diagnosis from a biopsy: BLOCK. Decision 12: the named disease is CONDITION."),
    ("fd0040", "Subject: See you Friday!\n\nHi Brianna, this is Skye at Luminous Skin & Laser. Just confirming your Botox touch-up and microneedling on Fri 5/15 at 4:30. Please skip waxing and tanning for 3 days beforehand and arrive makeup-free. Your $50 deposit holds the spot and goes toward your balance. xo, Skye",
     "REWRITE", "confirmation", "email", "en",
     [("Brianna", "NAME"), ("Skye", "PROVIDER", 0), ("Luminous Skin & Laser", "SPECIALTY"), ("Botox", "MEDICATION"), ("microneedling", "PROCEDURE"), ("5/15", "DATE"), ("Skye", "PROVIDER", 1)],
     ["dermatology"], "Cosmetic-dermatology practice name (judgement: specialty-revealing like dermatology), Botox (README: brand as the object of a visit) and the procedure go."),
    ("fd0041", "Mindful Path Counseling: reminder of your therapy session w/ Jordan Reese, LCSW, Thu 2/19 at 5pm. Video link: https://mindfulpath.example/room/jreese",
     "REWRITE", "reminder", "sms", "en",
     [("Mindful Path Counseling", "SPECIALTY"), ("therapy", "PROCEDURE"), ("Jordan Reese", "PROVIDER"), ("LCSW", "SPECIALTY"), ("2/19", "DATE"), ("https://mindfulpath.example/room/jreese", "URL")],
     ["behavioral-health", "practice-contact"], "Counseling practice name, therapy and the LCSW credential (decision 3) go; decision 10: the clinician's fixed room link carries no patient token and may stay."),
    ("fd0042", "Reminder from Lakeview Health Partners: your appointment with Dr. Fenwick is Mon 8/17 at 4:00 PM. Video visit? Use the link we emailed you 15 min before start time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Fenwick", "PROVIDER"), ("8/17", "DATE")],
     ["behavioral-health"], "A behavioral-health practice whose name and template reveal nothing: provider, date and time only; a video visit is generic."),
    ("fd0043", "Hi Tyler, Dr. Lundgren wants to see you before your lithium refill - your level last week was 1.3, a bit high. Appt Tue 11/10 at 9:30. Don't take tonight's dose until we talk.",
     "BLOCK", "reminder", "sms", "en",
     [("Tyler", "NAME"), ("Dr. Lundgren", "PROVIDER"), ("lithium", "MEDICATION"), ("1.3", "RESULT"), ("high", "RESULT"), ("11/10", "DATE")],
     ["behavioral-health", "lab"], "Drug level, its flag and a dosing instruction: BLOCK."),
    ("fd0044", "We missed you at your psychiatry appointment today at Northfield Behavioral Health. Your wellbeing matters to us. Please call (651) 555-0161 to reschedule. If you are in crisis, call or text 988.",
     "REWRITE", "other", "sms", "en",
     [("psychiatry", "SPECIALTY"), ("Northfield Behavioral Health", "SPECIALTY"), ("(651) 555-0161", "PHONE")],
     ["behavioral-health", "practice-contact"], "No-show follow-up: specialty and practice name go; 988 is not a phone identifier (README)."),
    ("fd0045", "Centro de Salud Familiar Del Río: le recordamos su cita con la Lic. Paredes el miércoles 4 de noviembre a las 6:00 p.m. Si no puede venir, avísenos con 24 horas de anticipación.",
     "ALLOW", "reminder", "sms", "es",
     [("Lic. Paredes", "PROVIDER"), ("4 de noviembre", "DATE")],
     ["behavioral-health"], "Decision 3: 'Lic.' is a generic professional title in Mexican Spanish, the practice name is generic; provider, date and time only."),
    ("fd0046", "Subject: Noah's appointment Thursday\n\nHi Mrs. Caldwell,\n\nJust a reminder that Noah has his follow-up with Dr. Achterberg this Thursday at 3:45. Since his depression screening score went up at the last visit, Dr. Achterberg would like you to join for the last 15 minutes. Please keep giving the sertraline 25 mg every morning as prescribed until then.\n\nThank you,\nMarisol, front desk",
     "BLOCK", "reminder", "email", "en",
     [("Noah", "NAME", 0), ("Caldwell", "NAME"), ("Noah", "NAME", 1), ("Dr. Achterberg", "PROVIDER", 0), ("depression screening", "PROCEDURE"), ("went up", "RESULT"), ("Dr. Achterberg", "PROVIDER", 1), ("sertraline 25 mg", "MEDICATION"), ("Marisol", "PROVIDER")],
     ["behavioral-health", "pediatrics", "third-party", "minor"], "A teenager's screening result and medication sent to the parent: third-party health and dosing, BLOCK."),
    ("fd0047", "Your next medication management visit with Dr. Achterberg is 12/1 at 10:00 AM (video). Before the visit, please complete the PHQ-9 and GAD-7 in the Questionnaires tab.",
     "ALLOW", "portal-notice", "portal", "en",
     [("medication management", "PROCEDURE"), ("Dr. Achterberg", "PROVIDER"), ("12/1", "DATE"), ("PHQ-9", "PROCEDURE"), ("GAD-7", "PROCEDURE")],
     ["behavioral-health", "contrast"], "Secure portal notice: visit type and screening instruments may stay."),
    ("fd0048", "Reminder: please bring a photo ID for positive identification at check-in. We have updated our check-in process to better protect your information. Thank you - Front Desk",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'positive identification' is not a result."),
)

# ---------------------------------------------------------------- batch 5 (fd0049-fd0060): oncology, mammography
add(
    ("fd0049", "Summit Cancer Center: Reminder - infusion appt Mon 4/6 8:00am in the Infusion Suite, 3B. Labs 7:15am first. Plan for about 4 hrs. Bring a snack & a sweater!",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Cancer Center", "SPECIALTY"), ("infusion", "PROCEDURE"), ("4/6", "DATE"), ("Infusion Suite", "SPECIALTY")],
     ["oncology"], "Cancer-center name and infusion go; decision 6: the named unit 'Infusion Suite' is labelled whole. Lab time and logistics survive."),
    ("fd0050", "Your chemo for tomorrow is on hold - your ANC came back at 0.8 so Dr. Voss wants to wait a week. New infusion date 10/19, same time. Keep taking the Zofran as needed for nausea.",
     "BLOCK", "reminder", "sms", "en",
     [("chemo", "PROCEDURE"), ("ANC", "PROCEDURE"), ("0.8", "RESULT"), ("Dr. Voss", "PROVIDER"), ("infusion", "PROCEDURE"), ("10/19", "DATE"), ("Zofran", "MEDICATION"), ("nausea", "CONDITION")],
     ["oncology", "lab"], "A cancellation explained by a lab value, plus a medication instruction: BLOCK."),
    ("fd0051", "Construction update: the Cancer Center Drive parking garage will be closed Sat-Sun for resurfacing. Visitors to all buildings on the Riverside Medical Campus please use Lot D or the free valet at the main entrance.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a campus-wide broadcast naming a street's garage; decision 5: a street name without a number is not labelled and nothing is said about the recipient."),
    ("fd0052", "Hello, this is Oakmont Oncology and Hematology calling with a reminder for Walter Simmons. You have a port flush scheduled on Friday, January 8th at 11:30 AM with Melissa Grant, nurse practitioner. Please call 402-555-0113 to confirm or reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Oakmont Oncology and Hematology", "SPECIALTY"), ("Walter Simmons", "NAME"), ("port flush", "PROCEDURE"), ("January 8th", "DATE"), ("Melissa Grant, nurse practitioner", "PROVIDER"), ("402-555-0113", "PHONE")],
     ["oncology", "practice-contact"], "Voice reminder: oncology name, patient name and the port flush go; provider with her role, date and phone survive."),
    ("fd0053", "Subject: Your radiation planning visit (CT simulation) on 9/22\n\nDear Mr. Haverford,\n\nYou are scheduled for your radiation therapy planning session on Tuesday 9/22 at 2:30 PM in Radiation Oncology, level B1 of the Kessler Pavilion. The visit takes about 90 minutes. During the CT simulation the therapists will place small skin marks to line up your treatments.\n\nPlease arrive with a comfortably full bladder: drink 16 oz of water 45 minutes before your appointment. Continue your capecitabine 1,500 mg twice daily, but on treatment days only, as Dr. Imani discussed with you.\n\nIf you have questions, call our nurse line at (215) 555-0190.\n\nWarm regards,\nRadiation Oncology Scheduling",
     "BLOCK", "care-instructions", "email", "en",
     [("radiation", "PROCEDURE"), ("CT simulation", "PROCEDURE", 0), ("9/22", "DATE", 0), ("Haverford", "NAME"), ("radiation therapy", "PROCEDURE"), ("9/22", "DATE", 1), ("Radiation Oncology", "SPECIALTY", 0), ("CT simulation", "PROCEDURE", 1), ("capecitabine", "MEDICATION"), ("Dr. Imani", "PROVIDER"), ("(215) 555-0190", "PHONE"), ("Radiation Oncology", "SPECIALTY", 1)],
     ["oncology", "practice-contact"], "Planning-visit e-mail that carries a chemotherapy dosing instruction (decision 4): BLOCK; the water instruction alone would be prep."),
    ("fd0054", "Centro Oncológico del Valle: Sra. Benavides, su cita de quimioterapia es el martes 2 de febrero a las 8:30. Preséntese primero en laboratorio a las 7:45. Traiga un suéter y algo de comer.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro Oncológico del Valle", "SPECIALTY"), ("Benavides", "NAME"), ("quimioterapia", "PROCEDURE"), ("2 de febrero", "DATE")],
     ["oncology"], "Oncology name, patient name and chemotherapy go; lab check-in time survives (laboratorio is generic)."),
    ("fd0055", "Dr. Voss reviewed your PET scan: no evidence of disease. Your next surveillance visit is scheduled 3/15 at 1:00 PM, with labs (CEA) the same morning.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Voss", "PROVIDER"), ("PET scan", "PROCEDURE"), ("no evidence of disease", "RESULT"), ("3/15", "DATE"), ("CEA", "PROCEDURE")],
     ["oncology", "contrast"], "Secure portal: a result and the tumour-marker test may stay."),
    ("fd0056", "reminder: ur ch3mo is tmrw 9am @ the infusion ctr, 2nd fl. bring ur port card. txt back Y to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("ch3mo", "PROCEDURE"), ("infusion ctr", "SPECIALTY"), ("port", "PROCEDURE")],
     ["oncology", "leet", "shorthand"], "Leet-disguised 'chemo' is still the procedure; decision 6: the unit name 'infusion ctr' is SPECIALTY; the port (device) goes."),
    ("fd0057", "Hi Denise, this is Carla from Dr. Voss's office. Your mother's CT showed the tumor has shrunk - great news! Her next chemo cycle is still 5/12 at 9.",
     "BLOCK", "result", "sms", "en",
     [("Denise", "NAME"), ("Carla", "PROVIDER"), ("Dr. Voss", "PROVIDER"), ("CT", "PROCEDURE"), ("tumor", "CONDITION"), ("has shrunk", "RESULT"), ("chemo", "PROCEDURE"), ("5/12", "DATE")],
     ["oncology", "third-party"], "A parent's imaging finding sent to her daughter: third-party health, BLOCK."),
    ("fd0058", "Your visit at Riverside Medical Campus is Tue at 10:15 AM. Complimentary valet at Pavilion C. Reply C to confirm or call the number on your appointment card.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Generic campus name, pavilion and valet: nothing about the visit type."),
    ("fd0059", "Subject: Your mammogram appointment\n\nHello Ms. Thibodeaux,\n\nValley Women's Imaging looks forward to seeing you on Monday 11/2 at 7:40 AM for your 3D mammogram. On the day of your exam, please do not wear deodorant, lotion or powder, and wear a two-piece outfit. If you have had mammograms elsewhere, sign the records release at check-in so we can compare.\n\nMost insurance plans cover yearly screening at no cost to you. If you receive a bill, call our billing office at (602) 555-0111.\n\nValley Women's Imaging",
     "REWRITE", "reminder", "email", "en",
     [("mammogram", "PROCEDURE", 0), ("Thibodeaux", "NAME"), ("Valley Women's Imaging", "SPECIALTY", 0), ("11/2", "DATE"), ("3D mammogram", "PROCEDURE"), ("mammograms", "PROCEDURE"), ("(602) 555-0111", "PHONE"), ("Valley Women's Imaging", "SPECIALTY", 1)],
     ["imaging", "practice-contact"], "Imaging practice name and the test go (the prep lines would go with them); date, time and billing phone survive."),
    ("fd0060", "Sr. Elizondo, el Dr. Quintero revisó su tomografía y el cáncer no ha avanzado. Su próxima cita de quimio es el 14 de abril a las 9:00. Cualquier duda estamos a sus órdenes.",
     "BLOCK", "result", "sms", "es",
     [("Elizondo", "NAME"), ("Dr. Quintero", "PROVIDER"), ("tomografía", "PROCEDURE"), ("cáncer", "CONDITION"), ("no ha avanzado", "RESULT"), ("quimio", "PROCEDURE"), ("14 de abril", "DATE")],
     ["oncology"], "A finding (stable cancer) delivered with the next chemo date: BLOCK."),
)

# ---------------------------------------------------------------- batch 6 (fd0061-fd0072): orthopedics, physical therapy, urology
add(
    ("fd0061", "Summit Orthopedics & Sports Medicine: Hi Marcus, your post-op visit w/ Dr. Lindahl is Thu 8/20 at 1:40. X-rays first at 1:15 in Radiology. Finish your Keflex before then & keep the splint dry.",
     "BLOCK", "reminder", "sms", "en",
     [("Summit Orthopedics & Sports Medicine", "SPECIALTY"), ("Marcus", "NAME"), ("post-op", "PROCEDURE"), ("Dr. Lindahl", "PROVIDER"), ("8/20", "DATE"), ("X-rays", "PROCEDURE"), ("Radiology", "SPECIALTY"), ("Keflex", "MEDICATION"), ("splint", "PROCEDURE")],
     ["orthopedics"], "Without the last sentence this would be REWRITE; 'finish your Keflex' and splint care are treatment instructions (decision 4): BLOCK."),
    ("fd0062", "We've got your back! Our Northside office now offers evening appointments until 7pm on Tuesdays and Thursdays. Book at the front desk or by phone.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'got your back' is an idiom, not spine care."),
    ("fd0063", "Riverside Physical Therapy: appt reminder for tomorrow 7:00 AM w/ Sam Ortiz, DPT. Wear loose clothes & bring your knee brace. Reply C to confirm, X to cancel. Late cancels <24h = $40 fee.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Physical Therapy", "SPECIALTY"), ("Sam Ortiz", "PROVIDER"), ("DPT", "SPECIALTY"), ("knee brace", "PROCEDURE")],
     ["physical-therapy"], "PT practice name, the DPT credential and the device go (README); time, reply keywords and the fee survive."),
    ("fd0064", "Dr. Lindahl reviewed your MRI - it shows a full-thickness rotator cuff tear. She'd like to discuss surgery at your visit 9/3 at 10:20. Keep the sling on and ice 20 min 3x/day until then.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lindahl", "PROVIDER"), ("MRI", "PROCEDURE"), ("full-thickness rotator cuff tear", "CONDITION"), ("9/3", "DATE"), ("sling", "PROCEDURE")],
     ["orthopedics", "imaging"], "An imaging finding plus care instructions: BLOCK. Decision 12: the named injury is CONDITION."),
    ("fd0065", "Terapia Física Alameda: Hola Jorge, su sesión de fisioterapia es el lunes 8 de junio a las 4:30 p.m. Siga con sus ejercicios en casa y tómese el naproxeno 500 mg una hora antes de venir. ¡Gracias!",
     "BLOCK", "reminder", "sms", "es",
     [("Terapia Física Alameda", "SPECIALTY"), ("Jorge", "NAME"), ("fisioterapia", "SPECIALTY"), ("8 de junio", "DATE"), ("naproxeno 500 mg", "MEDICATION")],
     ["physical-therapy"], "A PT reminder with a dose to take before the session (decision 4): BLOCK. Decision 2: 'fisioterapia' named as the service is SPECIALTY."),
    ("fd0066", "We noticed you weren't able to make it to your appointment this morning. We hope everything is OK! Reply RESCHEDULE or give us a call and we'll find a new time. - Pioneer Valley Health",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Generic no-show follow-up: no visit type, no name."),
    ("fd0067", "Evergreen Urology: Reminder - vasectomy consult Wed 1/28 at 3:20 PM with Dr. Faulkner. Please allow 30 min. Reply YES to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Evergreen Urology", "SPECIALTY"), ("vasectomy", "PROCEDURE"), ("1/28", "DATE"), ("Dr. Faulkner", "PROVIDER")],
     ["reproductive"], "Decision 1: urology names are specialty-revealing; vasectomy is a reproductive procedure (tag reproductive)."),
    ("fd0068", "Hi Mr. Pell, your PSA came back at 7.4 (up from 4.9). Dr. Faulkner would like to do a prostate biopsy; we've held 12/3 at 8am for you. Stop aspirin 7 days before.",
     "BLOCK", "result", "sms", "en",
     [("Pell", "NAME"), ("PSA", "PROCEDURE"), ("7.4", "RESULT"), ("4.9", "RESULT"), ("Dr. Faulkner", "PROVIDER"), ("prostate biopsy", "PROCEDURE"), ("12/3", "DATE"), ("aspirin", "MEDICATION")],
     ["general", "lab"], "Result values and a drug hold before the biopsy: BLOCK. Decision 1: urology tagged general."),
    ("fd0069", "Subject: Appointment reminder - Tri-County Urology Associates\n\nDear Gwendolyn Marsh,\n\nThis is a reminder of your cystoscopy on Tuesday, March 10 at 9:00 AM at our Westgate office, 880 Westgate Blvd, Suite 300, Dayton, OH 45415. Please arrive 20 minutes early to complete paperwork.\n\nInsurance on file: Blue Harbor Health Plan, Member ID BHX447120931. Your estimated patient responsibility is $185 (specialist copay plus facility fee), collected at check-in.\n\nTo cancel or reschedule, please call (937) 555-0145 at least 48 hours in advance. Cancellations with less notice may be subject to a $50 fee.\n\nSincerely,\nTri-County Urology Associates",
     "REWRITE", "reminder", "email", "en",
     [("Tri-County Urology Associates", "SPECIALTY", 0), ("Gwendolyn Marsh", "NAME"), ("cystoscopy", "PROCEDURE"), ("March 10", "DATE"), ("880 Westgate Blvd, Suite 300, Dayton, OH 45415", "ADDRESS"), ("BHX447120931", "HEALTH_PLAN_ID"), ("(937) 555-0145", "PHONE"), ("Tri-County Urology Associates", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Urology name (decision 1), patient name, procedure and member ID go; the practice address, phone, amounts and date survive."),
    ("fd0070", "Confirmed: Dr. Colón, Thu 6/11 at 3:00 PM, Grace Clinic 2nd floor. Please bring your medication list and insurance card.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Colón", "PROVIDER"), ("6/11", "DATE")],
     ["primary-care"], "Look-alike: Colón is a surname, not the organ; provider, date and a generic practice."),
    ("fd0071", "This is Peak Bone and Joint calling for Francine Oduya, date of birth August 2, 1941, to confirm your total knee replacement on Monday, the 14th of September. Please call 208-555-0117.",
     "BLOCK", "confirmation", "voice", "en",
     [("Peak Bone and Joint", "SPECIALTY"), ("Francine Oduya", "NAME"), ("August 2, 1941", "DATE"), ("total knee replacement", "PROCEDURE"), ("14th of September", "DATE"), ("208-555-0117", "PHONE")],
     ["orthopedics", "dob", "practice-contact"], "Spoken full date of birth with the patient's name: BLOCK (README)."),
    ("fd0072", "Your appointment is in 1 hour (Suite 120). Running late? Tap to let us know.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative"], "Push with a suite number only."),
)

# ---------------------------------------------------------------- batch 7 (fd0073-fd0084): GI, eye
add(
    ("fd0073", "Prairie Digestive Health: Your colonoscopy is Fri 10/9, arrive 6:30 AM at the Endoscopy Center (2nd fl). You MUST have a driver 18+. Prep instructions were mailed - call (847) 555-0192 if you didn't get them.",
     "REWRITE", "reminder", "sms", "en",
     [("Prairie Digestive Health", "SPECIALTY"), ("colonoscopy", "PROCEDURE"), ("10/9", "DATE"), ("Endoscopy Center", "SPECIALTY"), ("Prep", "PROCEDURE"), ("(847) 555-0192", "PHONE")],
     ["general", "practice-contact"], "Decision 1: a digestive-health (GI) name is specialty-revealing; decision 6: the unit name too; 'Prep' is colonoscopy prep (README). Date, time, driver rule and phone survive."),
    ("fd0074", "Subject: Colonoscopy prep - please read\n\nHi Russell,\n\nYour colonoscopy with Dr. Achebe is Friday 10/9 at 7:30 AM at the Lakeview Endoscopy Center (arrive 6:45 AM). Here is your prep schedule:\n\n5 days before: stop iron pills and fiber supplements.\nThe day before: clear liquids only - broth, apple juice, Jell-O (nothing red or purple).\n5:00 PM the day before: take 12 SUTAB tablets, each with a sip of water, then drink two 16 oz glasses of water over the next hour.\n3:00 AM the morning of: repeat with the second 12 tablets.\nDo not take your metformin the morning of the procedure.\n\nYou must have an adult drive you home. Questions about your prep? Call (847) 555-0193.\n\nNorthshore Gastroenterology",
     "BLOCK", "care-instructions", "email", "en",
     [("Colonoscopy", "PROCEDURE"), ("prep", "PROCEDURE", 0), ("Russell", "NAME"), ("colonoscopy", "PROCEDURE"), ("Dr. Achebe", "PROVIDER"), ("10/9", "DATE"), ("Lakeview Endoscopy Center", "SPECIALTY"), ("prep", "PROCEDURE", 1), ("iron pills", "MEDICATION"), ("fiber", "MEDICATION"), ("SUTAB tablets", "MEDICATION"), ("metformin", "MEDICATION"), ("prep", "PROCEDURE", 2), ("(847) 555-0193", "PHONE"), ("Northshore Gastroenterology", "SPECIALTY")],
     ["general", "practice-contact"], "A full prep schedule with doses and drug holds is treatment instruction: BLOCK (decision 4)."),
    ("fd0075", "Heads up: our phone lines will be down Thursday 1-3pm for an upgrade. During that time, please use the Messages tab in the patient portal.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Practice-wide notice with a weekday and times."),
    ("fd0076", "Gastro Salud Integral: Sra. Olvera, su endoscopia está programada para el jueves 21 de enero a las 7:00 a.m. Debe venir acompañada de un adulto que maneje. Dudas al (956) 555-0183.",
     "REWRITE", "reminder", "sms", "es",
     [("Gastro Salud Integral", "SPECIALTY"), ("Olvera", "NAME"), ("endoscopia", "PROCEDURE"), ("21 de enero", "DATE"), ("(956) 555-0183", "PHONE")],
     ["general", "practice-contact"], "Decision 1: a GI practice name is specialty-revealing; name and procedure go; the driver rule is generic."),
    ("fd0077", "ClearSight Eye Associates: Time for your yearly eye exam! Book w/ Dr. Petrakis at clearsight.example/schedule or call (860) 555-0107. Contact lens wearers: bring your current lenses.",
     "REWRITE", "recall", "sms", "en",
     [("ClearSight Eye Associates", "SPECIALTY"), ("eye exam", "PROCEDURE"), ("Dr. Petrakis", "PROVIDER"), ("clearsight.example/schedule", "URL"), ("(860) 555-0107", "PHONE")],
     ["ophthalmology", "practice-contact"], "Eye-practice names are specialty-revealing (README); the contact-lens line is addressed to every recipient and is not labelled."),
    ("fd0078", "Dr. Petrakis wants you back sooner: your eye pressure was 29 in the left eye. Glaucoma follow-up Tue 2/16 at 10:40. Keep using the latanoprost drops nightly.",
     "BLOCK", "reminder", "sms", "en",
     [("Dr. Petrakis", "PROVIDER"), ("eye pressure", "PROCEDURE"), ("29", "RESULT"), ("Glaucoma", "CONDITION"), ("2/16", "DATE"), ("latanoprost drops", "MEDICATION")],
     ["ophthalmology"], "A measurement, a diagnosis label and a medication instruction: BLOCK."),
    ("fd0079", "Keep an eye on your inbox: starting next month, reminders will come from our new texting number. Save it so our messages don't get filtered!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'keep an eye on' is an idiom, not eye care."),
    ("fd0080", "Reminder: your c a t a r a c t surgery consult is Mon 11/16 at 2pm w/ Dr. Ruiz-Patel. Someone must drive you home after dilation.",
     "REWRITE", "reminder", "sms", "en",
     [("c a t a r a c t", "CONDITION"), ("11/16", "DATE"), ("Dr. Ruiz-Patel", "PROVIDER"), ("dilation", "PROCEDURE")],
     ["ophthalmology", "spaced"], "Spaced-out condition word used as a visit label ('surgery consult' stays outside, README); dilation is the procedure."),
    ("fd0081", "Your retinal imaging and diabetic eye exam with Dr. Ruiz-Patel showed mild nonproliferative retinopathy in both eyes. No treatment is needed now; we will recheck in 6 months. Your next appointment is 5/19 at 9:20 AM.",
     "ALLOW", "result", "portal", "en",
     [("retinal imaging", "PROCEDURE"), ("diabetic eye exam", "PROCEDURE"), ("Dr. Ruiz-Patel", "PROVIDER"), ("mild nonproliferative retinopathy", "CONDITION"), ("5/19", "DATE")],
     ["ophthalmology", "contrast"], "Secure portal: findings and visit types may stay."),
    ("fd0082", "Óptica y Oftalmología Miravalle: Don Ernesto, le recordamos su cita de revisión de glaucoma el sábado 19 de diciembre a las 10:00. Siga poniéndose las gotas de timolol en los dos ojos cada 12 horas y tráigalas a la consulta.",
     "BLOCK", "reminder", "sms", "es",
     [("Óptica y Oftalmología Miravalle", "SPECIALTY"), ("Ernesto", "NAME"), ("glaucoma", "CONDITION"), ("19 de diciembre", "DATE"), ("timolol", "MEDICATION")],
     ["ophthalmology"], "A dosing instruction for eye drops: BLOCK. 'Don' stays outside the name (README); decision 8: 'gotas de' stays outside the drug span."),
    ("fd0083", "Reminder for Ruth's GI appt Wed 9:15 w/ Dr. Achebe. Since her Crohn's flared again, please bring a list of the prednisone doses she took this month.",
     "BLOCK", "reminder", "sms", "en",
     [("Ruth", "NAME"), ("GI", "SPECIALTY"), ("Dr. Achebe", "PROVIDER"), ("Crohn's", "CONDITION"), ("flared", "RESULT"), ("prednisone", "MEDICATION")],
     ["general", "third-party"], "Sent to a caregiver about another adult's condition, its state and medication: third-party health, BLOCK. A flare is the state of a condition (README: RESULT)."),
    ("fd0084", "Subject: New ways to manage your appointments at Grace Clinic\n\nDear Patients,\n\nStarting next month, Grace Clinic is switching to a new reminder system. You will get a text three days before each visit and a second one on the morning of your appointment. Simply reply C to confirm or R to reschedule - no need to call. If you would rather get reminders by e-mail or voice call, let the front desk know at your next visit.\n\nA few other changes:\n- Online check-in opens 48 hours before your appointment.\n- Same-day sick visits can now be booked online after 7 AM.\n- Lobby kiosks accept copays by card or phone wallet.\n\nWe will never ask for your Social Security number, passwords or payment details by text. If a message seems suspicious, call the number on the back of your appointment card.\n\nThank you for trusting us with your care,\nThe Grace Clinic Team",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Long practice-wide e-mail; mentions of 'Social Security number' and copays carry no value."),
)

# ---------------------------------------------------------------- batch 8 (fd0085-fd0096): dental, imaging, lab
add(
    ("fd0085", "Bright Smiles Family Dentistry: Hi Owen! Reminder of your cleaning & x-rays Tue 9/22 at 3:30 with our hygienist Kara. Reply C to confirm. Need to change? Call (480) 555-0138.",
     "REWRITE", "reminder", "sms", "en",
     [("Bright Smiles Family Dentistry", "SPECIALTY"), ("Owen", "NAME"), ("cleaning", "PROCEDURE"), ("x-rays", "PROCEDURE"), ("9/22", "DATE"), ("hygienist", "SPECIALTY"), ("Kara", "PROVIDER"), ("(480) 555-0138", "PHONE")],
     ["dental", "practice-contact"], "Dental name, patient name and visit types go; decision 3: 'hygienist' names the dental specialty, Kara is workforce (PROVIDER)."),
    ("fd0086", "Dr. Halvorsen, DDS: Before your extraction Thurs, take 2 g of amoxicillin (4 caps) 1 hr prior because of your heart valve. Nothing to eat 6 hrs before if you're having IV sedation.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Halvorsen", "PROVIDER"), ("DDS", "SPECIALTY"), ("extraction", "PROCEDURE"), ("amoxicillin", "MEDICATION"), ("heart valve", "CONDITION"), ("IV sedation", "PROCEDURE")],
     ["dental", "cardiology"], "Antibiotic premedication dose and the reason (a heart condition): dosing instruction, BLOCK."),
    ("fd0087", "Reminder: you have an appointment Wed at 8:00 AM. We've moved across the hall to Suite 205 - same building, same phone number. See you soon!",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Weekday, time and a suite number only (decision 5)."),
    ("fd0088", "Canyon Ridge Dental: Hi Lucas, your root canal is Fri 10/16 at 12:30. Keep taking the amoxicillin 500mg 3x a day until it's gone, and ibuprofen for the swelling. Questions? (915) 555-0176",
     "BLOCK", "reminder", "sms", "en",
     [("Canyon Ridge Dental", "SPECIALTY"), ("Lucas", "NAME"), ("root canal", "PROCEDURE"), ("10/16", "DATE"), ("amoxicillin 500mg", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("swelling", "CONDITION"), ("(915) 555-0176", "PHONE")],
     ["dental", "practice-contact"], "A reminder that carries dosing instructions and a symptom: BLOCK."),
    ("fd0089", "Valley Imaging Center: Your lumbar spine MRI is Sat 1/9 at 6:40 PM. Remove all metal and tell the tech if you have a pacemaker or implant. Est. cost after insurance: $312. Pay ahead at valleyimaging.example/pay",
     "REWRITE", "reminder", "sms", "en",
     [("Valley Imaging Center", "SPECIALTY"), ("lumbar spine MRI", "PROCEDURE"), ("1/9", "DATE"), ("valleyimaging.example/pay", "URL")],
     ["imaging", "negation", "practice-contact"], "Imaging name and test go; decision 9: the pacemaker/implant safety question is hypothetical and not labelled; the cost estimate and the practice's own pay link survive."),
    ("fd0090", "Your estimated copay for tomorrow's visit is $25. We accept cards, HSA/FSA cards and phone wallets at check-in. Reply HELP for help, STOP to opt out.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Copay line with an amount; nothing about the visit (decision 11)."),
    ("fd0091", "Your CT from 8/14 showed a 7 mm nodule in the right lung. Per Dr. Brandt, a repeat CT is booked for 11/14 at 9 AM at Northgate Imaging.",
     "BLOCK", "result", "sms", "en",
     [("CT", "PROCEDURE", 0), ("8/14", "DATE"), ("7 mm nodule", "RESULT"), ("Dr. Brandt", "PROVIDER"), ("CT", "PROCEDURE", 1), ("11/14", "DATE"), ("Northgate Imaging", "SPECIALTY")],
     ["imaging"], "A follow-up booking that states the imaging finding: BLOCK. Decision 12: a measured finding without a disease name is RESULT."),
    ("fd0092", "Hi Ms. Kowalczyk, your DEXA scan is booked for Wed 4/15 at 11:00 at Lakeside Imaging. Skip your calcium supplements for 24 hrs before. Wear clothes without metal zippers or buttons.",
     "BLOCK", "reminder", "sms", "en",
     [("Kowalczyk", "NAME"), ("DEXA scan", "PROCEDURE"), ("4/15", "DATE"), ("Lakeside Imaging", "SPECIALTY"), ("calcium", "MEDICATION")],
     ["imaging"], "Decision 4: an instruction to hold the recipient's own named supplement is a dosing instruction, BLOCK (without it: REWRITE)."),
    ("fd0093", "Ridgeline Lab: Reminder of your lab appointment Mon 3/2 at 7:10 AM at our Oak Ave draw station. Fasting? Water is fine. Bring your lab order & insurance card.",
     "ALLOW", "reminder", "sms", "en",
     [("3/2", "DATE")],
     ["lab"], "README: '... Lab' names and lab appointments are generic; fasting is generic prep (decision 4); 'Oak Ave draw station' is not an address (decision 5)."),
    ("fd0094", "Your 24-hour urine collection kit is ready for pickup at Ridgeline Lab (order LBX-2290417). Start the collection the morning of 6/17 and drop it off by 9 AM on 6/18 along with your creatinine blood draw.",
     "ALLOW", "portal-notice", "portal", "en",
     [("24-hour urine collection", "PROCEDURE"), ("LBX-2290417", "OTHER_ID"), ("6/17", "DATE"), ("6/18", "DATE"), ("creatinine", "PROCEDURE")],
     ["lab"], "Secure portal: the named tests and the order number (OTHER_ID, decision 11) may stay."),
    ("fd0095", "Laboratorio Clínico del Norte: Sr. Cabrera, su resultado de glucosa salió en 186 mg/dL. La Dra. Fuentes quiere verlo el lunes 9 de marzo a las 8:00, venga en ayunas.",
     "BLOCK", "result", "sms", "es",
     [("Cabrera", "NAME"), ("glucosa", "PROCEDURE"), ("186 mg/dL", "RESULT"), ("Dra. Fuentes", "PROVIDER"), ("9 de marzo", "DATE")],
     ["lab"], "A lab value in the text: BLOCK."),
    ("fd0096", "Laboratorio San Marcos: a partir del lunes abrimos a las 6:30 a.m. de lunes a sábado. No necesita cita para análisis de sangre. ¡Lo esperamos!",
     "ALLOW", "other", "sms", "es", [],
     ["lab", "broadcast", "hard-negative"], "New opening hours for everyone; 'análisis de sangre' is generic (README)."),
)

# ---------------------------------------------------------------- batch 9 (fd0097-fd0108): telehealth, waitlists, sexual health, home health, identifiers, disguises
add(
    ("fd0097", "Your video visit with Dr. Kaminski starts at 3:15 PM. Join here (no app needed): https://visits.harborview.example/join?appt=88127&token=Zk4pQ9wL - test your camera 10 min before.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Kaminski", "PROVIDER"), ("https://visits.harborview.example/join?appt=88127&token=Zk4pQ9wL", "URL")],
     ["primary-care"], "A join link with appointment and token parameters is patient-specific (README, decision 10): REWRITE; provider and time survive."),
    ("fd0098", "Grace Clinic telehealth: at your appointment time, go to graceclinic.example/waiting-room and type your last name to check in. Trouble connecting? Call (503) 555-0104.",
     "ALLOW", "reminder", "sms", "en",
     [("graceclinic.example/waiting-room", "URL"), ("(503) 555-0104", "PHONE")],
     ["primary-care", "practice-contact"], "The practice's own fixed waiting-room link and phone (decision 10); 'telehealth' is generic."),
    ("fd0099", "Waitlist: an earlier opening for your \u0441\u0430rdiology consult is available Thu 10/8 at 1:20 PM. Reply YES within 1 hr to claim it, or ignore to keep your current time.",
     "REWRITE", "other", "sms", "en",
     [("\u0441\u0430rdiology", "SPECIALTY"), ("10/8", "DATE")],
     ["cardiology"], "Waitlist offer with Cyrillic look-alike letters in 'cardiology': still the specialty; the offered slot survives."),
    ("fd0100", "Hi Andre, it's Sunrise Health. Your PrEP follow-up is 5/20 at 4:40. Your last HIV test was negative and we'll repeat it at this visit. Keep taking your pill every day!",
     "BLOCK", "reminder", "sms", "en",
     [("Andre", "NAME"), ("PrEP", "MEDICATION"), ("5/20", "DATE"), ("HIV test", "PROCEDURE"), ("negative", "RESULT")],
     ["hiv-sexual-health"], "A negative result is still a result (README), plus an adherence instruction: BLOCK."),
    ("fd0101", "Programa Vida Positiva: le recordamos su cita de seguimiento el martes 7 de julio a las 10:00 con el Dr. Lozano. Traiga su identificación. Si necesita transporte, llámenos.",
     "REWRITE", "reminder", "sms", "es",
     [("Programa Vida Positiva", "SPECIALTY"), ("7 de julio", "DATE"), ("Dr. Lozano", "PROVIDER")],
     ["hiv-sexual-health"], "A revealing program name (like 'Positive Living Clinic' in the README) goes; the follow-up itself is generic."),
    ("fd0102", "Bayshore Home Health: your nurse visit tomorrow is in the 9-11 AM window. Felicia, RN will come to 1187 Larkspur Ct, Apt 4B. Please have your wound care supplies out.",
     "REWRITE", "reminder", "sms", "en",
     [("Bayshore Home Health", "SPECIALTY"), ("Felicia, RN", "PROVIDER"), ("1187 Larkspur Ct, Apt 4B", "ADDRESS"), ("wound care", "PROCEDURE")],
     ["home-health"], "Home-health name, the patient's own street address and the care type go; the visit window survives."),
    ("fd0103", "Reminder: home infusion nurse visit for Mrs. Abernathy (age 94) Tue at 2pm. She gets her IV antibiotic, 1 g over 30 minutes - please take the bag out of the fridge an hour before.",
     "BLOCK", "reminder", "sms", "en",
     [("home infusion", "PROCEDURE"), ("Abernathy", "NAME"), ("94", "AGE"), ("antibiotic", "MEDICATION")],
     ["home-health", "third-party", "age-over-89"], "Sent to a family caregiver: another person's medication and dose, BLOCK; the age over 89 is labelled too."),
    ("fd0104", "Ride confirmed for Evelyn Sato, 96, to her appointment Thu at 9:30 with Dr. Mercer. The driver will call you when he arrives, around 8:45. Reply CANCEL if plans change.",
     "REWRITE", "confirmation", "sms", "en",
     [("Evelyn Sato", "NAME"), ("96", "AGE"), ("Dr. Mercer", "PROVIDER")],
     ["primary-care", "third-party", "age-over-89"], "A relative's appointment logistics with a name and an age over 89: REWRITE (README: logistics only, like the patient's own)."),
    ("fd0105", "To avoid delays at your 7/13 visit, please confirm your insurance: Cascade Health Plan, Member ID CHP880241977, Group 40512. Reply YES if correct, or update it in the portal.",
     "REWRITE", "confirmation", "sms", "en",
     [("7/13", "DATE"), ("CHP880241977", "HEALTH_PLAN_ID"), ("40512", "HEALTH_PLAN_ID")],
     ["general"], "Member ID is not needed in a text; decision 11: the group number is HEALTH_PLAN_ID too. The plan name is generic."),
    ("fd0106", "Reminder: your new patient appt is Mon 10/5 at 8:30am. We couldn't verify your coverage using SSN 219-09-9999 - please bring your insurance card.",
     "BLOCK", "reminder", "sms", "en",
     [("10/5", "DATE"), ("219-09-9999", "SSN")],
     ["general"], "An SSN must never travel by text (DESIGN): BLOCK."),
    ("fd0107", "Your mam\u200bmo\u200bgram is Tue 3/10 at 8:20 AM. Please skip deodorant that morning. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("mam\u200bmo\u200bgram", "PROCEDURE"), ("3/10", "DATE")],
     ["imaging"], "Zero-width spaces inside 'mammogram' do not change the procedure; the no-deodorant line is generic prep."),
    ("fd0108", "Subject: Weather closure - all appointments today\n\nDue to the ice storm, all Main Street Medical offices are closed today. If you had an appointment, a scheduler will call you to rebook; you do not need to do anything. Refill requests sent through the portal will still be processed. Stay safe and warm!",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure broadcast; 'refill requests' are generic."),
)

# ---------------------------------------------------------------- batch 10 (fd0109-fd0120): cancellations, Spanish, long e-mails, no-shows
add(
    ("fd0109", "Fairview Medical Group: Dr. Whitaker has been called away for an emergency, so your 2:30 appointment today is cancelled. We're so sorry! Reply 1 to take Thu at 10:00, or 2 and we'll call you.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Whitaker", "PROVIDER")],
     ["primary-care"], "Cancellation by the practice: the provider's emergency is not the recipient's health; generic practice name."),
    ("fd0110", "Centro Médico Familiar La Paz: Su cita de mañana fue cancelada porque el doctor tuvo una emergencia. Le vamos a llamar para darle otra fecha. Disculpe las molestias.",
     "ALLOW", "reminder", "sms", "es", [],
     ["primary-care", "hard-negative"], "Cancellation from a generic practice; 'emergencia' is the doctor's, not the patient's."),
    ("fd0111", "Sra. Domínguez, le recordamos la cita de su hijo Mateo el viernes 11 de septiembre a las 4:00 para su control de asma. Traiga el inhalador de salbutamol y la cámara espaciadora, por favor.",
     "BLOCK", "reminder", "sms", "es",
     [("Domínguez", "NAME"), ("Mateo", "NAME"), ("11 de septiembre", "DATE"), ("asma", "CONDITION"), ("salbutamol", "MEDICATION"), ("cámara espaciadora", "PROCEDURE")],
     ["pediatrics", "third-party", "minor"], "A child's condition and medication sent to the parent: BLOCK (README: 'Sofia's asthma check'). Decision 8: 'control de' and 'inhalador de' stay outside the spans."),
    ("fd0112", "Main Street Medical: Recordatorio de su cita con el Dr. Herrera el 22 de abril a las 3:15 p.m. Responda 1 para confirmar o 2 para cancelar. Si necesita intérprete, avísenos.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Herrera", "PROVIDER"), ("22 de abril", "DATE")],
     ["primary-care"], "Generic practice name in English inside a Spanish template; provider, date and time only."),
    ("fd0113", "Hola Yesenia, su cita para la colposcopía con la Dra. Ybarra quedó confirmada para el 30 de junio a las 9:40. Traiga su identificación y llegue 15 minutos antes. ¡Gracias!",
     "REWRITE", "confirmation", "sms", "es",
     [("Yesenia", "NAME"), ("colposcopía", "PROCEDURE"), ("Dra. Ybarra", "PROVIDER"), ("30 de junio", "DATE")],
     ["reproductive"], "Name and a gynecological procedure go; provider, date and time survive."),
    ("fd0114", "Buenas tardes, este mensaje es para Rogelio Saucedo, fecha de nacimiento 14 de febrero de 1963, de parte de la Clínica Familiar Santa Fe. Le llamamos para confirmar su cita del lunes a las 10 de la mañana. Para confirmar marque 1.",
     "BLOCK", "confirmation", "voice", "es",
     [("Rogelio Saucedo", "NAME"), ("14 de febrero de 1963", "DATE")],
     ["primary-care", "dob"], "Full date of birth with the name, spoken on an answering machine: BLOCK (README)."),
    ("fd0115", "Subject: Welcome to Heartland Family Practice - your first visit\n\nWelcome! We're glad you chose Heartland Family Practice. Your new patient appointment is on Wednesday, 9/16 at 8:45 AM with Dr. Esperanza Villalobos.\n\nBefore your visit:\n1. Complete your registration forms online at https://heartlandfp.example/new-patient (about 10 minutes).\n2. Bring your insurance card, a photo ID and any records from your previous doctor. Records can also be faxed to us at (816) 555-0175.\n3. Plan to arrive 20 minutes early. We are at 4410 Prairie View Rd, Suite B, Liberty, MO 64068; free parking out front.\n\nYour copay will be collected at check-in. To reschedule, call (816) 555-0171 or email frontdesk@heartlandfp.example (please don't send medical details by email).\n\nSee you soon,\nHeartland Family Practice",
     "ALLOW", "reminder", "email", "en",
     [("9/16", "DATE"), ("Dr. Esperanza Villalobos", "PROVIDER"), ("https://heartlandfp.example/new-patient", "URL"), ("(816) 555-0175", "FAX"), ("4410 Prairie View Rd, Suite B, Liberty, MO 64068", "ADDRESS"), ("(816) 555-0171", "PHONE"), ("frontdesk@heartlandfp.example", "EMAIL")],
     ["primary-care", "practice-contact"], "Look-alike practice name ('Heartland'); every contact detail is the practice's own and the forms link carries no patient token."),
    ("fd0116", "Subject: Your first visit with Harbor Point Dental on 2/24\n\nHi Natalia,\n\nWe're excited to meet you! Your new patient exam and cleaning with Dr. Anika Rao, DMD is on Tuesday 2/24 at 10:00 AM.\n\nTo save time, please fill out your health history and consent forms before your visit: https://forms.harborpointdental.example/intake?pid=558102&k=T7v2\n\nWhat to bring: your dental insurance card, a photo ID and a list of your current medications. If you have x-rays from the last year, ask your previous office to email them to records@harborpointdental.example.\n\nParking is in the garage under the building; bring your ticket for validation.\n\nNeed to reschedule? Reply to this email or call (757) 555-0128.\n\nSmiles,\nThe Harbor Point Dental Team",
     "REWRITE", "reminder", "email", "en",
     [("Harbor Point Dental", "SPECIALTY", 0), ("2/24", "DATE", 0), ("Natalia", "NAME"), ("cleaning", "PROCEDURE"), ("Dr. Anika Rao", "PROVIDER"), ("DMD", "SPECIALTY"), ("2/24", "DATE", 1), ("https://forms.harborpointdental.example/intake?pid=558102&k=T7v2", "URL"), ("your [[dental]] insurance", "SPECIALTY"), ("x-rays", "PROCEDURE"), ("records@harborpointdental.example", "EMAIL"), ("(757) 555-0128", "PHONE"), ("Harbor Point Dental", "SPECIALTY", 1)],
     ["dental", "practice-contact"], "Dental name and credential, patient name, cleaning and a forms link with ?pid= (patient-specific, README) go; the practice's records e-mail and phone stay."),
    ("fd0117", "Maple Grove Family Medicine: Reminder of your visit with Dr. Payne on Wed 9/30 at 4:10 PM. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Payne", "PROVIDER"), ("9/30", "DATE")],
     ["primary-care"], "Look-alike: Payne is a surname, not a symptom."),
    ("fd0118", "Su cita de control de diabetes con la Dra. Fuentes es el 2 de noviembre a las 9:00. Su última hemoglobina A1c fue de 7.8%. Por favor traiga su glucómetro.",
     "ALLOW", "portal-notice", "portal", "es",
     [("diabetes", "CONDITION"), ("Dra. Fuentes", "PROVIDER"), ("2 de noviembre", "DATE"), ("hemoglobina A1c", "PROCEDURE"), ("7.8%", "RESULT"), ("glucómetro", "PROCEDURE")],
     ["primary-care", "contrast"], "Secure portal: condition, result and device may stay (README channel convention)."),
    ("fd0119", "We're sorry we missed you at your sleep study last night. Because your home sleep test showed severe sleep apnea, Dr. Mensah wants this done soon - please call (651) 555-0166 to rebook.",
     "BLOCK", "other", "sms", "en",
     [("sleep study", "PROCEDURE"), ("home sleep test", "PROCEDURE"), ("severe sleep apnea", "CONDITION"), ("Dr. Mensah", "PROVIDER"), ("(651) 555-0166", "PHONE")],
     ["general", "practice-contact"], "A no-show follow-up that states a diagnosis from a test: BLOCK. Decision 1: sleep medicine tagged general."),
    ("fd0120", "Grace Clinic: Flu shots are here! Walk in Mon-Fri 9-4, no appointment needed. Most insurance plans cover them at no cost to you.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast (README: flu shots available) to every patient; no span."),
)

probe_lib.run(M, "fd", "probe157.jsonl")
