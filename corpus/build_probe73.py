#!/usr/bin/env python3
"""Build corpus/probe73.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe73.py [OUT] [-v]   (default: probe73.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is HOSPITAL STAYS, SURGERY SCHEDULING AND DISCHARGE: what hospitals, ambulatory surgery
centers, surgical schedulers, pre-admission testing, anesthesia, case management, patient
transport and discharge-follow-up programs send — surgery date and arrival-time texts, NPO and
pre-op shower instructions, pre-admission testing reminders, ride and escort rules, updates to
waiting family ("surgery started", "in recovery"), discharge follow-up calls, readmission-prevention
outreach, post-op check-ins, parking and visitor policies, cafeteria and gift-shop notices,
patient-experience surveys and bills — with hard negatives ("operating hours", password
"recovery", "Surgery Center Rd", the theater downtown, cafeteria menus). About 16% Spanish;
4 disguised messages (spaced letters, zero-width characters, a Cyrillic look-alike, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Generic hospital words are not labelled, like `surgery` alone: operation, procedure, case,
     hospital stay, admission, discharge, recovery room / PACU, unqualified anesthesia or
     sedation, cirugía, operación, quirófano, alta, recuperación. An arrival-time text that names
     only surgery, date, time, a provider and a generic facility is ALLOW.
  2. Hospital, medical-center and ambulatory-surgery-center names ("Lakeside Surgery Center",
     "Cottonwood Surgical Associates", "Centro Quirúrgico del Valle") are generic practice names;
     a facility name with a specialty word (Orthopedic, Eye, Women's, Children's, Heart and
     Vascular, Cancer, Oral & Maxillofacial, Home Health, Recovery in the addiction sense) is one
     SPECIALTY span.
  3. `pre-op`, `post-op`, `pre-admission testing`/`PAT`, a `pre-anesthesia` interview,
     `preadmisión` and `postoperatorio` are PROCEDURE (README: `pre-op` visit), also when they
     name the instructions or the check-in call, so such messages are REWRITE.
  4. An anesthesiologist or an anesthesia group stays generic like `surgeon` (it reveals no more
     than `surgery`); named anesthesia techniques (IV sedation, nerve block, epidural) are
     PROCEDURE.
  5. Generic fasting (NPO), clothing, valuables and driver rules sent to every surgical patient are
     not treatment instructions: ALLOW. Instructions to take, hold or change a named drug before
     or after surgery are dosing instructions: BLOCK.
  6. The antiseptic soap for the pre-op shower (chlorhexidine/CHG) is MEDICATION, but the shower
     instruction is preparation, not dosing: REWRITE (the purpose survives "the special soap").
  7. Updates to waiting family: a status (started, finished, in recovery, moved to a room) is
     logistics — REWRITE when the patient is named, ALLOW when only the status-board case number is
     given (that number is not labelled, like a confirmation code). How it went or what was found
     (stable, went well, no complications, ruptured, pain, margins) is a third party's health:
     BLOCK. A unit name that reveals a service (cardiac step-down, L&D, ICU, terapia intensiva,
     psychiatric unit) is SPECIALTY.
  8. A past admission or discharge date is DATE; outreach that repeats it without needing it is
     REWRITE (Safe Harbor names admission and discharge dates; the default policy allows the
     appointment date only).
  9. Emergency department / ED and ICU are service lines: SPECIALTY (tags urgent-care where
     relevant).
 10. A transport driver named in a ride text is workforce: PROVIDER. The vendor's vehicle plate is
     not the patient's identifier and is not labelled; the patient's own car plate is VEHICLE_ID and
     the patient's pickup address is ADDRESS (REWRITE); ride trip numbers are booking references,
     not labelled.
 11. A procedure named after a condition or organ is one PROCEDURE span with its head word (like
     `HIV test`): `cataract surgery`, `hernia repair`, `carpal tunnel release`, `hip fracture
     repair`, `gallbladder surgery`, `artroscopia de rodilla` — not CONDITION + generic word.
 12. A partial account number ("acct ending 2397") is not labelled; a full one is ACCOUNT and not
     needed in a statement notice that also gives a pay link: REWRITE.
 13. ICD-10 and CPT codes are labelled like the term they encode (CONDITION / PROCEDURE).
 14. An implant recall notice is REWRITE, not BLOCK: once device, serial and implant date go,
     "please call us about an important notice" keeps the purpose.
 15. Lesions named as findings (`kidney mass`, `tumor`) are CONDITION; outcome statements
     (`stable`, `went well`, `no complications`, `negative for malignancy`, `afebrile`) are RESULT.
 16. The patient's own e-mail address is EMAIL and not needed: REWRITE.
 17. Generic pediatric fasting rules sent to a parent, naming no child and no procedure: ALLOW.
 18. Purposes: arrival-time and surgery-date texts -> confirmation or reminder; family updates,
     surveys and transport -> other; discharge follow-up and readmission outreach -> other or
     care-instructions; portal messages -> result / care-instructions / portal-notice.

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


# ---------------------------------------------------------------- batch 1 (bx0001-bx0012): surgery dates and arrival times
add(
    ("bx0001", "Lakeside Surgery Center: Your surgery with Dr. Abernethy is confirmed for Tue 3/17. Please arrive at 6:15 AM at the main entrance, 2nd floor registration. Reply C to confirm or call 614-555-0142 with questions.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Abernethy", "PROVIDER"), ("3/17", "DATE"), ("614-555-0142", "PHONE")],
     ["general", "practice-contact"], "Decisions 1-2: `surgery` alone and an ambulatory-surgery-center name are generic; provider, date, time and the center's phone are allowed."),
    ("bx0002", "Hi Desmond, this is Carla from Pinecrest Orthopedic Surgery Center. Your right total knee replacement is set for 4/9 with Dr. Lindqvist. Arrival time is 5:30am. Questions? 614-555-0167",
     "REWRITE", "reminder", "sms", "en",
     [("Desmond", "NAME"), ("Carla", "PROVIDER"), ("Pinecrest Orthopedic Surgery Center", "SPECIALTY"), ("total knee replacement", "PROCEDURE"), ("4/9", "DATE"), ("Dr. Lindqvist", "PROVIDER"), ("614-555-0167", "PHONE")],
     ["orthopedics", "practice-contact"], "Name, orthopedic center name and the named operation go; date, arrival time and call-back number survive. Carla is the sending staff member (PROVIDER)."),
    ("bx0003", "Surgery tmrw - arrive 6:45a, Main Admitting. Bring ID + ins card. -Sagebrush Hosp",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "Decision 1: `surgery` alone and `Admitting` are generic; no date element (tomorrow), no name."),
    ("bx0004", "Subject: Your upcoming procedure at ${facilityName}\n\nHello,\n\nYour procedure at ${facilityName} is scheduled for {{surgery_date}}. Your arrival time is {{arrival_time}}, about 90 minutes before the scheduled start, so our team has time to check you in and get you ready. Start times can shift when earlier cases run long or finish early; we will call you the business day before, between 2 and 5 pm, to confirm your final arrival time.\n\nOn the day: park in Garage B (free for surgical patients and one companion), take the elevator to Level 1 and check in at Surgical Admitting. Bring a photo ID, your insurance card and a list of anything you take regularly. Leave jewelry and valuables at home.\n\nIf you need to cancel, please call us as soon as you can at {{facility_phone}}.\n\nPerioperative Services",
     "ALLOW", "confirmation", "email", "en", [],
     ["general", "hard-negative"], "Template with content-free placeholders only (facility, date, time, phone); `procedure`, `cases`, `Surgical Admitting` are generic (decision 1)."),
    ("bx0005", "Hola Sra. Villanueva, le recordamos que su colecistectomía laparoscópica con el Dr. Ibarra es el jueves 22 de mayo. Debe llegar a las 6:00 a.m. al Centro Quirúrgico del Valle, 2do piso. Cualquier duda llame al 915-555-0119.",
     "REWRITE", "reminder", "sms", "es",
     [("Villanueva", "NAME"), ("colecistectomía laparoscópica", "PROCEDURE"), ("Dr. Ibarra", "PROVIDER"), ("22 de mayo", "DATE"), ("915-555-0119", "PHONE")],
     ["general", "practice-contact"], "Name and the named operation go; `Centro Quirúrgico del Valle` is a generic surgery-center name (decision 2)."),
    ("bx0006", "Mr. Petrakis - Dr. Osei went over your CT and the kidney mass needs to come out. We have you down for a partial nephrectomy on 6/2, arrive 6am.",
     "BLOCK", "reminder", "sms", "en",
     [("Petrakis", "NAME"), ("Dr. Osei", "PROVIDER"), ("CT", "PROCEDURE"), ("kidney mass", "CONDITION"), ("partial nephrectomy", "PROCEDURE"), ("6/2", "DATE")],
     ["oncology"], "An imaging finding (a kidney mass, CONDITION per decision 15) and the treatment plan are the message; a scheduling text cannot carry it."),
    ("bx0007", "This is an automated message from Mercy Vale Hospital surgical scheduling. You are scheduled for a procedure on Monday, March 9th. Please arrive at 7 a.m. To speak with a scheduler, press 1, or call 7 2 4, 5 5 5, 0 1 5 8.",
     "ALLOW", "reminder", "voice", "en",
     [("March 9th", "DATE"), ("7 2 4, 5 5 5, 0 1 5 8", "PHONE")],
     ["general", "practice-contact"], "IVR reminder: generic hospital, `procedure` alone, date and the hospital's spoken number."),
    ("bx0008", "Bayview Eye Surgery Center: your cataract surgery (left eye) is Thurs 10/2. Arrive 7:40 AM and plan on about 3 hrs here. A driver is required - no exceptions.",
     "REWRITE", "reminder", "sms", "en",
     [("Bayview Eye Surgery Center", "SPECIALTY"), ("cataract surgery", "PROCEDURE"), ("10/2", "DATE")],
     ["ophthalmology"], "Eye-center name and the named operation go (decision 11: `cataract surgery` is one PROCEDURE span); date, time and the driver rule survive."),
    ("bx0009", "Heads up: the Surgery Center Rd exit off Route 9 is closed this weekend for paving. Use the Pine St entrance to reach our main lobby and the surgical admitting desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Road names near the campus, not a patient's address; `surgical` is generic."),
    ("bx0010", "Dear Ms. Haddad,\n\nYour lumbar fusion with Dr. Okonkwo-Barnes is scheduled for Thursday, 8/20. Please follow these medication instructions from our nurse:\n\n- Stop Eliquis 2 days before surgery (last dose Monday evening).\n- Stop meloxicam and any fish oil 7 days before.\n- Take your metoprolol the morning of surgery with a small sip of water.\n- Do NOT take metformin the morning of surgery.\n\nIf you are unsure about any of these, call the Pre-Admission Testing office at 317-555-0136 before 4 pm on weekdays. Please do not stop any medication that is not on this list without talking to us.\n\nThank you,\nNadine Proulx, RN\nPerioperative Services, Westbrook General Hospital",
     "BLOCK", "care-instructions", "email", "en",
     [("Haddad", "NAME"), ("lumbar fusion", "PROCEDURE"), ("Dr. Okonkwo-Barnes", "PROVIDER"), ("8/20", "DATE"), ("Eliquis", "MEDICATION"), ("meloxicam", "MEDICATION"), ("fish oil", "MEDICATION"), ("metoprolol", "MEDICATION"), ("metformin", "MEDICATION"), ("Pre-Admission Testing", "PROCEDURE"), ("317-555-0136", "PHONE"), ("Nadine Proulx, RN", "PROVIDER")],
     ["orthopedics", "practice-contact"], "Decision 5: hold/take instructions for named drugs are dosing instructions; e-mail is treated like SMS. Portal or phone instead."),
    ("bx0011", "Centro Quirúrgico del Valle: nuestro horario de operación es de lunes a viernes de 6:00 a.m. a 4:00 p.m. Fuera de ese horario deje un mensaje y le devolvemos la llamada el siguiente día hábil.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "`horario de operación` means opening hours, not an operation."),
    ("bx0012", "Pre-admission testing reminder: your PAT appointment is Wed 2/11 at 1:30 PM at Kestrel Valley Hospital, Outpatient Lab (Entrance C). Bring your medication list and insurance card.",
     "REWRITE", "reminder", "push", "en",
     [("Pre-admission testing", "PROCEDURE"), ("PAT", "PROCEDURE"), ("2/11", "DATE")],
     ["lab"], "Decision 3: pre-admission testing is a named visit type like `pre-op`; the rest (date, time, place) survives."),
)

# ---------------------------------------------------------------- batch 2 (bx0013-bx0024): fasting, shower, rides, first family updates
add(
    ("bx0013", "Eating & drinking before surgery: no solid food after midnight. Clear liquids (water, apple juice, black coffee - no cream) are OK until 2 hours before your arrival time. No gum or mints the morning of.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["general", "hard-negative"], "Decision 5: the standard NPO rule sent to every surgical patient names no drug, condition or procedure; not a treatment instruction."),
    ("bx0014", "Rosalind, per Dr. Trujillo: take only half your usual insulin glargine dose (so 14 units) the night before surgery and NO insulin the morning of. Check your sugar when you wake up.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Rosalind", "NAME"), ("Dr. Trujillo", "PROVIDER"), ("insulin glargine", "MEDICATION"), ("insulin", "MEDICATION", 1)],
     ["primary-care"], "Dosing instruction for a named drug (decision 5); removing the drug leaves a meaningless dose."),
    ("bx0015", "Pre-op shower reminder from Cottonwood Surgical Associates: wash with the chlorhexidine (CHG soap) tonight and again tomorrow morning. Don't shave the area and skip lotion or deodorant afterward.",
     "REWRITE", "care-instructions", "sms", "en",
     [("Pre-op", "PROCEDURE"), ("chlorhexidine", "MEDICATION"), ("CHG soap", "MEDICATION")],
     ["general"], "Decisions 3 and 6: `pre-op` is PROCEDURE and the antiseptic is MEDICATION, but this is preparation, not dosing: `Shower reminder: wash with the special soap tonight...` keeps the purpose."),
    ("bx0016", "Because you will have anesthesia, you MUST have a responsible adult (18+) drive you home and stay with you for 24 hrs. Taxi, Uber or Lyft is only OK if that adult rides with you. No driver = we have to reschedule.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["general", "hard-negative"], "Decisions 1 and 4-5: unqualified `anesthesia` is generic; the escort rule applies to every surgical patient."),
    ("bx0017", "Medicaid ride confirmed for Thu 8/14: pickup 5:10 AM at 2291 Wexford Ave Apt 3B, Dayton OH 45406, drop-off St. Brigid Regional Medical Center. Trip #TR-558120. To change, call SafeWay Rides 937-555-0103.",
     "REWRITE", "other", "sms", "en",
     [("8/14", "DATE"), ("2291 Wexford Ave Apt 3B, Dayton OH 45406", "ADDRESS"), ("937-555-0103", "PHONE")],
     ["general", "practice-contact", "identifier"], "Decision 10: the patient's home pickup address is not needed (the rider knows it); the trip number is a booking reference, not labelled."),
    ("bx0018", "SafeWay Rides: your driver Marcus is 10 min away in a white Ford Transit, plate 7HNB402. Please wait at the curb with your discharge papers.",
     "ALLOW", "other", "sms", "en",
     [("Marcus", "PROVIDER")],
     ["general"], "Decision 10: the driver is workforce (PROVIDER) and the plate is the vendor's van, not the patient's vehicle; `discharge` is generic (decision 1)."),
    ("bx0019", "Recuerde: el día de su cirugía debe venir acompañado de un adulto responsable que lo lleve a casa. No podrá manejar ni irse solo en taxi. Si no tiene quién lo acompañe, llámenos antes al (505) 555-0176.",
     "ALLOW", "care-instructions", "sms", "es",
     [("(505) 555-0176", "PHONE")],
     ["general", "practice-contact"], "Decisions 1 and 5: generic escort rule, `cirugía` alone; the practice's own number."),
    ("bx0020", "Hi Trevor, your hernia repair went fine, but since you're on Plavix Dr. Mensah wants you to hold it 2 more days before restarting. Call us if you notice any bleeding from the incision.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Trevor", "NAME"), ("hernia repair", "PROCEDURE"), ("went fine", "RESULT"), ("Plavix", "MEDICATION"), ("Dr. Mensah", "PROVIDER"), ("bleeding", "CONDITION")],
     ["general", "negation"], "Post-op outcome and a hold instruction for a named drug: the clinical content is the message (decisions 5, 15)."),
    ("bx0021", "This week in the Garden Cafe (Level 1): Mon chicken tortilla soup, Tue heart-healthy salmon bowl, Wed taco bar, Thu sugar-free dessert tasting, Fri fish & chips. Open 6:30 am - 7 pm daily; visitors and families welcome.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Cafeteria menu: `heart-healthy` and `sugar-free` are menu words, not conditions."),
    ("bx0022", "Recordatorio: su cita de preadmisión (análisis y electrocardiograma) es el 3 de febrero a las 9:15 en el Hospital San Lucas, planta baja. Traiga todos sus medicamentos en una bolsa.",
     "REWRITE", "reminder", "sms", "es",
     [("preadmisión", "PROCEDURE"), ("electrocardiograma", "PROCEDURE"), ("3 de febrero", "DATE")],
     ["lab"], "Decision 3: `preadmisión` is a named visit type and the ECG a named test; `análisis` is generic."),
    ("bx0023", "Hello, this is Jenna, the surgical liaison at Kestrel Valley Hospital, calling for the family of Howard Pruitt. Dr. Ames has finished the bypass and Howard is stable in the cardiac ICU. The doctor will come to the waiting room in about 20 minutes.",
     "BLOCK", "other", "voice", "en",
     [("Jenna", "PROVIDER"), ("Howard Pruitt", "NAME"), ("Dr. Ames", "PROVIDER"), ("bypass", "PROCEDURE"), ("Howard", "NAME", 1), ("stable", "RESULT"), ("cardiac ICU", "SPECIALTY")],
     ["cardiology", "third-party"], "Decision 7: the patient's condition (stable) and the unit told to family by voicemail is a third party's health; the voicemail may be overheard."),
    ("bx0024", "Forgot your password? Tap here to start account recovery. For your security, recovery links expire in 15 minutes and can only be used once.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Password `recovery`, not a recovery room."),
)

# ---------------------------------------------------------------- batch 3 (bx0025-bx0036): waiting family, visitors, parking
add(
    ("bx0025", "Case #47-2219: surgery started 9:42 AM. Next update ~1 hr.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "third-party", "hard-negative"], "Decision 7: a status-board case number (not labelled, like a confirmation code) and a logistics status; nothing about how the patient is."),
    ("bx0026", "Case #47-2219: The procedure is finished and your family member is now in Recovery (PACU). A nurse will text you when you can visit, usually within 45-60 min.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "third-party", "hard-negative"], "Decisions 1 and 7: `Recovery (PACU)` is a place and a status, not a finding; no name."),
    ("bx0027", "Hi, this is the OR front desk at Mercy Vale. Lorraine Whitfield is out of surgery and in the recovery room. Her surgeon will call you on this number shortly.",
     "REWRITE", "other", "sms", "en",
     [("Lorraine Whitfield", "NAME")],
     ["general", "third-party"], "Decision 7: logistics status for family with the patient named; `Your family member is out of surgery...` keeps the purpose."),
    ("bx0028", "Update on Angel: the surgeon says his appendix had ruptured, so the surgery took longer than planned. He's in recovery now and will need IV antibiotics for a few days.",
     "BLOCK", "other", "sms", "en",
     [("Angel", "NAME"), ("ruptured", "RESULT"), ("antibiotics", "MEDICATION")],
     ["general", "third-party"], "Decision 7: an intra-operative finding and treatment plan about a third party."),
    ("bx0029", "Actualización para la familia (caso 3318): la cirugía comenzó a las 10:05. Le avisaremos por este medio cuando su familiar pase a recuperación.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "third-party", "hard-negative"], "Decision 7: status update with the case number only; `recuperación` is the recovery area."),
    ("bx0030", "Sr. Morales, su esposa ya salió del quirófano. El Dr. Quintero dice que todo salió bien: le quitaron el tumor completo y no hubo complicaciones. Podrá verla en una hora.",
     "BLOCK", "other", "sms", "es",
     [("Morales", "NAME"), ("Dr. Quintero", "PROVIDER"), ("todo salió bien", "RESULT"), ("tumor", "CONDITION"), ("no hubo complicaciones", "RESULT")],
     ["oncology", "third-party"], "Decisions 7 and 15: the outcome and the tumor are a third party's health, told by text."),
    ("bx0031", "Labor & Delivery at Northfield Women's Pavilion: your support person can pick up a visitor wristband at the L&D desk, 4th floor. Only 2 visitors at a time in your room, please.",
     "REWRITE", "other", "sms", "en",
     [("Labor & Delivery", "SPECIALTY"), ("Northfield Women's Pavilion", "SPECIALTY"), ("L&D", "SPECIALTY")],
     ["reproductive"], "Decision 7: the unit and a women's-hospital name reveal the stay's reason; the visitor logistics survive."),
    ("bx0032", "Updated visitor policy at St. Brigid Regional Medical Center, effective immediately:\n\n- General visiting hours are 8 am to 9 pm; one overnight guest per room.\n- Two visitors per patient at a time; children under 12 must be with an adult.\n- Please stay home if you have a fever, cough, vomiting or diarrhea, even if mild.\n- Masks are available at every entrance and are required in waiting areas during respiratory virus season.\n- The ICU, Labor & Delivery, the Behavioral Health unit and Pediatrics have their own rules; please call the unit before you come.\n- All visitors sign in at the Security desk and wear a visitor badge.\n\nThank you for helping us keep patients, families and staff safe.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast sent to every patient and visitor: the units and symptoms named describe the policy, not the recipient (README: broadcasts carry no span)."),
    ("bx0033", "Your dad is in Room 5112 on the Cardiac Step-Down Unit. Visiting hours there end at 9 pm; please use the East Tower elevators.",
     "REWRITE", "other", "sms", "en",
     [("Cardiac Step-Down Unit", "SPECIALTY")],
     ["cardiology", "third-party"], "Decision 7: the unit name reveals a third party's service line; like a dependent's specialty name it is removed (REWRITE), the room and visiting logistics survive."),
    ("bx0034", "Parking for surgery patients & families: use Garage C (Level 2 is reserved for you). Bring your ticket to the Surgical Waiting desk for free validation. Valet opens at 5:30 AM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Parking notice; `surgery`/`Surgical Waiting` are generic (decision 1)."),
    ("bx0035", "FamilyLink: Gerald O. (MRN 60021847) moved from PACU to 4 North, Room 412. Pain is controlled with a PCA pump. Visitors may come up now.",
     "BLOCK", "other", "push", "en",
     [("Gerald O.", "NAME"), ("60021847", "MRN"), ("Pain", "CONDITION"), ("PCA pump", "PROCEDURE")],
     ["general", "third-party"], "Decision 7: the pain status and the device are a third party's health, with name and MRN, on a lock-screen push."),
    ("bx0036", "Dr. Feldman is running ~90 min behind. New arrival time 11:30 AM. Sorry!",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Feldman", "PROVIDER")],
     ["general", "shorthand"], "Delay notice with provider and time only."),
)

# ---------------------------------------------------------------- batch 4 (bx0037-bx0048): discharge follow-up, readmission prevention, post-op check-ins
add(
    ("bx0037", "Hello, this is Sagebrush Community Hospital calling to check on you after your recent hospital stay. A nurse will try you again within 24 hours, or you can reach us at 208-555-0121, option 3.",
     "ALLOW", "other", "voice", "en",
     [("208-555-0121", "PHONE")],
     ["general", "practice-contact"], "Decision 1: `hospital stay` is generic; no date, no name, the hospital's own number."),
    ("bx0038", "Hi Bernadette, Kestrel Valley Hospital here. You were discharged on 11/3 and we'd like to book your follow-up with Dr. Nakamura within 7 days. Reply 1 for a call back.",
     "REWRITE", "other", "sms", "en",
     [("Bernadette", "NAME"), ("11/3", "DATE"), ("Dr. Nakamura", "PROVIDER")],
     ["general"], "Name goes; decision 8: the past discharge date is not needed and goes too."),
    ("bx0039", "You were discharged from Kestrel Valley Hospital on 11/3. Please schedule your follow-up visit within 7 days of discharge: call 208-555-0140 or reply BOOK.",
     "REWRITE", "other", "sms", "en",
     [("11/3", "DATE"), ("208-555-0140", "PHONE")],
     ["general", "practice-contact"], "Decision 8 alone decides this line: a discharge date is a Safe Harbor date element that the follow-up request does not need (bx0037 asks the same without a date)."),
    ("bx0040", "Heart Failure Transitions Program: weigh yourself every morning. If you gain more than 2 lbs in a day or 5 lbs in a week, take an extra furosemide 40mg and call us at 412-555-0188.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Heart Failure", "CONDITION"), ("furosemide 40mg", "MEDICATION"), ("412-555-0188", "PHONE")],
     ["cardiology", "practice-contact"], "Readmission-prevention outreach with the condition and a conditional dosing instruction: the instruction is the message."),
    ("bx0041", "Subject: Checking in after your hospital stay\n\nThank you for talking with our nurse navigator, Aisha Grant, RN, after your discharge. As part of the COPD Care Transitions program, your follow-up with pulmonology is Thursday 1/22 at 10:40 am at the Riverside Medical Office Building, Suite 220. Please bring all of your inhalers and your discharge paperwork. If you can't make it, call 503-555-0127.",
     "REWRITE", "reminder", "email", "en",
     [("Aisha Grant, RN", "PROVIDER"), ("COPD", "CONDITION"), ("pulmonology", "SPECIALTY"), ("1/22", "DATE"), ("inhalers", "MEDICATION"), ("503-555-0127", "PHONE")],
     ["primary-care", "practice-contact"], "Condition-named program, specialty and drug class go; the follow-up date, place and number survive."),
    ("bx0042", "Buenas tardes, le llamamos del Hospital San Lucas para saber cómo se ha sentido desde que salió del hospital. Por favor devuélvanos la llamada al 915-555-0163. Gracias.",
     "ALLOW", "other", "voice", "es",
     [("915-555-0163", "PHONE")],
     ["general", "practice-contact"], "Discharge follow-up call with no name, date or clinical word (decision 1)."),
    ("bx0043", "Hi Mr. Takahashi, it's Renee, the transitions pharmacist at Mercy Vale. At discharge your lisinopril was stopped and you were started on Entresto 24/26 mg twice daily - please don't take both. Questions: 724-555-0191.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Takahashi", "NAME"), ("Renee", "PROVIDER"), ("lisinopril", "MEDICATION"), ("Entresto 24/26 mg", "MEDICATION"), ("724-555-0191", "PHONE")],
     ["pharmacy", "cardiology", "practice-contact"], "Medication changes and dosing at discharge are treatment instructions; `24/26` is a strength, not a date."),
    ("bx0044", "Thanks for choosing Mercy Vale. The Discharge Lounge is open 10 am - 6 pm; your ride can pick you up at the lounge entrance on Birch Lane, next to the gift shop.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "`Discharge Lounge` is a place; `Birch Lane` is the hospital's street name, not an address of the patient (decision 1)."),
    ("bx0045", "Case Management, St. Brigid: Evergreen Home Health will call you within 48 hrs of discharge to set up your first nurse visit for wound care. Please keep your phone on.",
     "REWRITE", "other", "sms", "en",
     [("Evergreen Home Health", "SPECIALTY"), ("wound care", "PROCEDURE")],
     ["home-health"], "Home-health agency name and the service go; the heads-up about the call survives."),
    ("bx0046", "Post-op check-in: you reported a fever of 101.8 and redness around the incision. Dr. Ebert wants you to start cephalexin 500 mg 4x a day and come in tomorrow for a wound check.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Post-op", "PROCEDURE"), ("fever", "CONDITION"), ("101.8", "RESULT"), ("redness", "CONDITION"), ("Dr. Ebert", "PROVIDER"), ("cephalexin 500 mg", "MEDICATION"), ("wound check", "PROCEDURE")],
     ["general", "contrast"], "Symptoms, a temperature value and a new prescription with dosing (contrast: the same content on the portal, bx0048)."),
    ("bx0047", "Post-op check-in from Cottonwood Surgical: how are you feeling today? Reply 1 = doing well, 2 = I have a question, 3 = please call me. For an emergency call 911.",
     "REWRITE", "other", "sms", "en",
     [("Post-op", "PROCEDURE")],
     ["general"], "Decision 3: `post-op` is labelled like `pre-op`; `Check-in from Cottonwood Surgical: how are you feeling today?` keeps the purpose. 911 is not a phone identifier."),
    ("bx0048", "Post-op check-in: You reported a temperature of 101.8 and redness around the incision. Dr. Ebert has sent cephalexin 500 mg (1 capsule 4 times a day for 7 days) to your pharmacy. Please come in tomorrow for a wound check.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Post-op", "PROCEDURE"), ("temperature", "PROCEDURE"), ("101.8", "RESULT"), ("redness", "CONDITION"), ("Dr. Ebert", "PROVIDER"), ("cephalexin 500 mg", "MEDICATION"), ("wound check", "PROCEDURE")],
     ["general", "contrast"], "Portal channel: symptoms, values and doses may stay (README). Contrast with bx0046 by SMS."),
)

# ---------------------------------------------------------------- batch 5 (bx0049-bx0060): surveys, bills, pre-certification, pre-registration
add(
    ("bx0049", "How was your stay at St. Brigid? Tell us in 3 minutes: https://survey.stbrigid.example.org/r/HX82kd?pid=55190342 Reply STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("https://survey.stbrigid.example.org/r/HX82kd?pid=55190342", "URL")],
     ["general"], "Survey link carrying a patient parameter (`?pid=`) is patient-specific (README); the generic survey link would be fine."),
    ("bx0050", "Thank you for choosing Lakeside Surgery Center. We'd love your feedback: lakesidesurgery.example.com/feedback (takes 2 min). Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("lakesidesurgery.example.com/feedback", "URL")],
     ["general", "practice-contact"], "The center's own survey link without a patient token."),
    ("bx0051", "Sra. Ochoa, gracias por confiar en el Hospital San Lucas para el nacimiento de su bebé. ¿Cómo fue su experiencia en el parto? Conteste nuestra encuesta de 2 minutos: sanlucas.example.mx/encuesta",
     "REWRITE", "other", "sms", "es",
     [("Ochoa", "NAME"), ("nacimiento de su bebé", "PROCEDURE"), ("parto", "PROCEDURE"), ("sanlucas.example.mx/encuesta", "URL")],
     ["reproductive", "practice-contact"], "Name and the reason for the stay (childbirth) go; the survey request and the hospital's link survive."),
    ("bx0052", "Mercy Vale Hospital: a new statement is ready. Balance due $1,284.50 for account 0048812397. Pay at pay.mercyvale.example.org or call 724-555-0199.",
     "REWRITE", "billing", "sms", "en",
     [("0048812397", "ACCOUNT"), ("pay.mercyvale.example.org", "URL"), ("724-555-0199", "PHONE")],
     ["general", "practice-contact"], "Decision 12: the full account number is not needed when a pay link and phone are given."),
    ("bx0053", "Mercy Vale Hospital: your statement for acct ending 2397 is ready. Pay online at pay.mercyvale.example.org. Questions? 724-555-0199, M-F 8-5.",
     "ALLOW", "billing", "sms", "en",
     [("pay.mercyvale.example.org", "URL"), ("724-555-0199", "PHONE")],
     ["general", "practice-contact", "contrast"], "Decision 12: four trailing digits are not a unique identifier; contrast with bx0052."),
    ("bx0054", "Statement from Valley Anesthesia Partners\nDate of service: 02/14\nService: anesthesia for laparoscopic appendectomy - Dr. Kowalczyk\nInsurance paid: $1,102.00\nYour responsibility: $318.40\nPay by phone at 480-555-0114 or mail a check to the address on the paper statement.",
     "REWRITE", "billing", "email", "en",
     [("02/14", "DATE"), ("laparoscopic appendectomy", "PROCEDURE"), ("Dr. Kowalczyk", "PROVIDER"), ("480-555-0114", "PHONE")],
     ["general", "practice-contact"], "Decision 4: an anesthesia group's name is generic; the named operation goes, the amounts and pay line survive."),
    ("bx0055", "Explanation of Benefits summary: Diagnosis gallstones (K80.20); Procedure 47562, laparoscopic cholecystectomy, 03/03. Billed $9,870.00, plan paid $7,412.16, you owe $650.00. Log in to view the full EOB.",
     "BLOCK", "billing", "email", "en",
     [("gallstones", "CONDITION"), ("K80.20", "CONDITION"), ("47562", "PROCEDURE"), ("laparoscopic cholecystectomy", "PROCEDURE"), ("03/03", "DATE")],
     ["general"], "Decision 13: the diagnosis (word and ICD-10 code) is the content of the line; a billing e-mail must not state it."),
    ("bx0056", "Price transparency: estimates for our most common outpatient services are posted on our website. Financial counselors are available weekdays 8-4:30 in the Admitting lobby.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; `outpatient services` and `Admitting` reveal nothing about the recipient."),
    ("bx0057", "Pre-certification for your surgery on 7/8 is approved (auth #A2290417). We verified member ID XQH448120573 with Bluecrest Health Plan. Estimated out-of-pocket: $750. - Surgical Scheduling",
     "REWRITE", "other", "sms", "en",
     [("7/8", "DATE"), ("A2290417", "OTHER_ID"), ("XQH448120573", "HEALTH_PLAN_ID")],
     ["general"], "Authorization and member numbers are not needed for the approval notice; `surgery` alone is generic."),
    ("bx0058", "To finish pre-registration for your admission, please confirm the Social Security number we have on file: 078-05-1120. Reply Y if correct or call 317-555-0132.",
     "BLOCK", "other", "sms", "en",
     [("078-05-1120", "SSN"), ("317-555-0132", "PHONE")],
     ["general", "practice-contact"], "An SSN must never travel by text."),
    ("bx0059", "Hospital San Lucas: su estado de cuenta ya está disponible. Puede pagar en línea o en la caja del primer piso. Aceptamos planes de pago sin intereses.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Statement notice with no number, name or service."),
    ("bx0060", "Pre-registration complete\nPatient: Winifred Castellanos\nDOB: 09/30/1944\nAdmission: 3/2, 6 West Orthopedics\nProcedure: right hip arthroplasty\nSurgeon: Dr. Baptiste\nQuestions: Patient Access, 614-555-0151",
     "BLOCK", "confirmation", "email", "en",
     [("Winifred Castellanos", "NAME"), ("09/30/1944", "DATE"), ("3/2", "DATE"), ("Orthopedics", "SPECIALTY"), ("hip arthroplasty", "PROCEDURE"), ("Dr. Baptiste", "PROVIDER"), ("614-555-0151", "PHONE")],
     ["orthopedics", "dob", "practice-contact"], "Full date of birth with the patient's name (README: BLOCK)."),
)

# ---------------------------------------------------------------- batch 6 (bx0061-bx0072): hard negatives, moves, age, third parties
add(
    ("bx0061", "Volunteer night out! The Rialto is showing 'Operation Petticoat' this Friday at 7 pm. Free for hospital volunteers - show your badge at the theater box office downtown.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "`Operation` is a film title and `theater` a cinema, not an operating theater."),
    ("bx0062", "New operating hours: Mon-Fri 5:30 AM-4 PM. Phones from 7 AM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "`operating hours` means opening hours."),
    ("bx0063", "Storm update: power has been restored at the Westgate campus and recovery work on the north parking lot is underway. All scheduled procedures will go ahead as planned today.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Storm `recovery work`; `procedures` is generic."),
    ("bx0064", "The gift shop in the main lobby now carries get-well balloons, phone chargers and travel-size toiletries for overnight stays. Open daily 9-7.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Gift-shop promotion sent to everyone."),
    ("bx0065", "Hi Siobhan - after your tonsillectomy, alternate acetaminophen 650 mg and ibuprofen 400 mg every 3 hours for the first 5 days. Call us right away if you spit up bright red blood.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Siobhan", "NAME"), ("tonsillectomy", "PROCEDURE"), ("acetaminophen 650 mg", "MEDICATION"), ("ibuprofen 400 mg", "MEDICATION"), ("bright red blood", "CONDITION")],
     ["general", "negation"], "Post-op dosing schedule and warning signs: treatment instructions are the message."),
    ("bx0066", "Menú de la cafetería esta semana: lunes caldo de res, martes enchiladas verdes, miércoles pescado a la plancha, jueves pozole. Abierto de 6:30 a 19:00. ¡Los esperamos!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Cafeteria menu."),
    ("bx0067", "Blood drive in the Conference Center Thursday 10-3! Every donor gets a free t-shirt and a cafeteria voucher. Walk-ins welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Blood drive broadcast; `Blood` and `donor` say nothing about the recipient."),
    ("bx0068", "Your surgeon, Dr. Maribel Achterberg, has moved her office to 410 Medical Park Dr, Suite 300, Fairview, OR 97024. Your surgery date is unchanged; post-visit paperwork goes to the new address.",
     "ALLOW", "other", "email", "en",
     [("Dr. Maribel Achterberg", "PROVIDER"), ("410 Medical Park Dr, Suite 300, Fairview, OR 97024", "ADDRESS")],
     ["general", "practice-contact"], "The surgeon's own office address; `OR` is the state, not an operating room."),
    ("bx0069", "Transport request confirmed: wheelchair van for a 94-year-old patient, pickup after discharge Friday around 2 pm at Mercy Vale, entrance B.",
     "REWRITE", "other", "sms", "en",
     [("94", "AGE")],
     ["general", "age-over-89"], "An age over 89 is an identifier; `wheelchair van for the patient` keeps the purpose."),
    ("bx0070", "Your mom Dolores was discharged today with a new diagnosis of atrial fibrillation. She's on Eliquis 5 mg twice a day now - please make sure she takes it every morning and night.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dolores", "NAME"), ("atrial fibrillation", "CONDITION"), ("Eliquis 5 mg", "MEDICATION")],
     ["cardiology", "third-party"], "A third party's new diagnosis and medication sent to a family member."),
    ("bx0071", "Subject: Your pre-anesthesia phone interview\n\nA nurse from our anesthesia team will call you Monday 9/15 between 1 and 3 pm to review your health history before surgery. Please have your MRN (00391877) and a list of your medicines handy. If that window doesn't work, call 317-555-0139.",
     "REWRITE", "reminder", "email", "en",
     [("pre-anesthesia", "PROCEDURE"), ("9/15", "DATE"), ("00391877", "MRN"), ("317-555-0139", "PHONE")],
     ["general", "practice-contact"], "Decisions 3-4: the `pre-anesthesia` interview is a named visit type (the anesthesia team stays generic); the MRN is not needed."),
    ("bx0072", "[FacilityName]: your arrival time for {{surgery_date}} is {{arrival_time}}. Reply YES to confirm or call [FacilityPhone]. Reply STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Template whose placeholders carry no patient data."),
)

# ---------------------------------------------------------------- batch 7 (bx0073-bx0084): disguises, discharge instructions, pre-op results
add(
    ("bx0073", "Reminder: your m a s t e c t o m y with Dr. Achebe is Tues 5/19. Arrive 6 AM at Harborview Cancer Institute, Surgery check-in, 3rd floor.",
     "REWRITE", "reminder", "sms", "en",
     [("m a s t e c t o m y", "PROCEDURE"), ("Dr. Achebe", "PROVIDER"), ("5/19", "DATE"), ("Harborview Cancer Institute", "SPECIALTY")],
     ["oncology", "spaced"], "Spaced-out operation name and a cancer-center name; date, time and floor survive."),
    ("bx0074", "Lakeside Surgery Center: your lap\u200bchole (gall\u200bbladder removal) is confirmed for Wed 6/10, arrival 7:15 AM. Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("lap\u200bchole", "PROCEDURE"), ("gall\u200bbladder removal", "PROCEDURE"), ("6/10", "DATE")],
     ["general", "shorthand"], "Zero-width spaces inside the operation's shorthand and plain name (decision 11: `gallbladder removal` is one PROCEDURE span)."),
    ("bx0075", "Per Dr. Lindqvist, the \u0440athology from your lumpectomy came back b\u0435nign - clear margins, no further surgery needed. Keep your 2-week visit.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("\u0440athology", "PROCEDURE"), ("lumpectomy", "PROCEDURE"), ("b\u0435nign", "RESULT"), ("clear margins", "RESULT")],
     ["oncology"], "A pathology result (benign, clear margins) with Cyrillic look-alike letters in `pathology` and `benign`; normal results are still results."),
    ("bx0076", "ur kn33 r3pl4cement is moved to 3/30, arrive 5:45a. bring ur walker + insurance card. -Pinecrest Ortho",
     "REWRITE", "reminder", "sms", "en",
     [("kn33 r3pl4cement", "PROCEDURE"), ("3/30", "DATE"), ("walker", "PROCEDURE"), ("Pinecrest Ortho", "SPECIALTY")],
     ["orthopedics", "leet", "shorthand"], "Leet operation name, a device (walker, PROCEDURE) and an orthopedic practice name go; date and time survive."),
    ("bx0077", "Hi Keisha,\n\nCongratulations again on your little one! Here are your discharge instructions after your cesarean, as we reviewed at the bedside:\n\n- For pain: ibuprofen 600 mg every 6 hours with food, and oxycodone 5 mg every 4 hours only if the pain is not controlled.\n- Keep the incision clean and dry; the steri-strips will fall off on their own.\n- No lifting anything heavier than your baby for 6 weeks, and no driving while taking oxycodone.\n- Call us or go to the ER for a fever over 100.4, heavy bleeding (soaking a pad an hour), or redness or drainage from the incision.\n\nYour postpartum visit with Dr. Ferreira-Lund is 6/30 at 10:15 am.\n\nWarmly,\nThe Mother-Baby Unit, Northfield Women's Pavilion",
     "BLOCK", "care-instructions", "email", "en",
     [("Keisha", "NAME"), ("cesarean", "PROCEDURE"), ("ibuprofen 600 mg", "MEDICATION"), ("oxycodone 5 mg", "MEDICATION"), ("oxycodone", "MEDICATION", 1), ("ER", "SPECIALTY"), ("fever", "CONDITION"), ("heavy bleeding", "CONDITION"), ("[[redness]] or drainage", "CONDITION"), ("drainage", "CONDITION"), ("postpartum", "PROCEDURE"), ("Dr. Ferreira-Lund", "PROVIDER"), ("6/30", "DATE"), ("Mother-Baby Unit", "SPECIALTY"), ("Northfield Women's Pavilion", "SPECIALTY")],
     ["reproductive", "negation"], "Discharge dosing and warning signs after a C-section by e-mail: the instructions are the message (README treats e-mail like SMS)."),
    ("bx0078", "Your discharge summary from your stay 4/2-4/5 is ready. Diagnosis: community-acquired pneumonia. Finish amoxicillin-clavulanate 875 mg twice daily through 4/10, and see Dr. Sandoval in 1 to 2 weeks.",
     "ALLOW", "care-instructions", "portal", "en",
     [("4/2", "DATE"), ("4/5", "DATE"), ("community-acquired pneumonia", "CONDITION"), ("amoxicillin-clavulanate 875 mg", "MEDICATION"), ("4/10", "DATE"), ("Dr. Sandoval", "PROVIDER")],
     ["primary-care"], "Portal channel: diagnosis, dose and stay dates may stay inside the secure portal."),
    ("bx0079", "You have a new message from your care team at St. Brigid. Log in to the patient portal to read it: portal.stbrigid.example.org",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.stbrigid.example.org", "URL")],
     ["general", "practice-contact"], "Notification without PHI: the safe pattern."),
    ("bx0080", "PAT results: your potassium was 3.1 (low), so Dr. Whitcombe wants to recheck it before Monday's surgery. Your EKG also showed a new bundle branch block - cardiology will see you first.",
     "BLOCK", "result", "sms", "en",
     [("PAT", "PROCEDURE"), ("potassium", "PROCEDURE"), ("3.1", "RESULT"), ("low", "RESULT"), ("Dr. Whitcombe", "PROVIDER"), ("EKG", "PROCEDURE"), ("bundle branch block", "CONDITION"), ("cardiology", "SPECIALTY")],
     ["lab", "cardiology"], "Pre-admission test values and an EKG finding are results."),
    ("bx0081", "Sra. Beltrán: suspenda la aspirina 7 días antes de la cirugía y no se ponga la insulina la mañana del procedimiento. Si su glucosa sale arriba de 250, llámenos antes de venir.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Beltrán", "NAME"), ("aspirina", "MEDICATION"), ("insulina", "MEDICATION"), ("glucosa", "PROCEDURE")],
     ["primary-care", "negation"], "Decision 5: hold instructions for named drugs; the 250 threshold is hypothetical and not labelled as a result."),
    ("bx0082", "Hola Joaquín, le habla Maritza del departamento de ortopedia del Hospital San Lucas. Su artroscopia de rodilla quedó para el 12 de agosto. Preséntese a las 6:30 en admisión.",
     "REWRITE", "reminder", "sms", "es",
     [("Joaquín", "NAME"), ("Maritza", "PROVIDER"), ("ortopedia", "SPECIALTY"), ("artroscopia de rodilla", "PROCEDURE"), ("12 de agosto", "DATE")],
     ["orthopedics"], "Name, specialty and the named operation go (decision 11); date, time and place survive."),
    ("bx0083", "Hospital San Lucas: su cirugía con la Dra. Peralta quedó confirmada para el lunes 2 de marzo. Llegue a las 5:45 a.m. por la entrada principal y traiga su identificación.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dra. Peralta", "PROVIDER"), ("2 de marzo", "DATE")],
     ["general"], "Decision 1: `cirugía` alone is generic; provider, date and time are allowed."),
    ("bx0084", "Hi Tom, your wife Renata asked us to let you know she's being kept overnight for observation - her troponin came back slightly elevated. She's in ED bay 14 for now.",
     "BLOCK", "other", "sms", "en",
     [("Tom", "NAME"), ("Renata", "NAME"), ("troponin", "PROCEDURE"), ("slightly elevated", "RESULT"), ("[[ED]] bay", "SPECIALTY")],
     ["cardiology", "urgent-care", "third-party"], "A third party's lab result sent to the spouse; ED is a service line (decision 9)."),
)

# ---------------------------------------------------------------- batch 8 (bx0085-bx0096): children, long letters, families, recalls
add(
    ("bx0085", "Northfield Children's Hospital: reminder that Mateo's surgery is Friday 9/26. Arrive 6:00 AM at Day Surgery, 2nd floor. One parent or guardian must stay on site the whole time.",
     "REWRITE", "reminder", "sms", "en",
     [("Northfield Children's Hospital", "SPECIALTY"), ("Mateo", "NAME"), ("9/26", "DATE")],
     ["pediatrics", "minor"], "A dependent's logistics with a name and a specialty-revealing hospital name: REWRITE (README)."),
    ("bx0086", "Eating rules for kids before anesthesia: formula or milk until 6 hrs before arrival, breast milk until 4 hrs, clear liquids until 1 hr. Please do not bring snacks into the waiting room.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["pediatrics", "hard-negative"], "Decision 17: generic pediatric fasting rules naming no child and no procedure; `breast milk` and `formula` are food here."),
    ("bx0087", "Dear Mr. Adeyemi, congratulations on reaching your pre-surgery goal! Your weight today was 312 lbs (BMI 44.8), so Dr. Castellano has cleared you for your sleeve gastrectomy on 10/14. Start the 2-week liquid diet on 9/30 and stop your phentermine now.",
     "BLOCK", "care-instructions", "email", "en",
     [("Adeyemi", "NAME"), ("312 lbs", "RESULT"), ("BMI", "PROCEDURE"), ("44.8", "RESULT"), ("Dr. Castellano", "PROVIDER"), ("sleeve gastrectomy", "PROCEDURE"), ("10/14", "DATE"), ("liquid diet", "PROCEDURE"), ("9/30", "DATE"), ("phentermine", "MEDICATION")],
     ["general"], "Measured values and a drug-stop instruction: results and treatment instructions by e-mail."),
    ("bx0088", "Dear Ms. Kowalski,\n\nThank you for choosing Riverside Medical Center for your care. Your carpal tunnel release with Dr. Ferreira is scheduled for Thursday, January 15. Please arrive at 7:00 AM; your arrival time may change by up to an hour, and we will call you the afternoon before.\n\nWhat to bring: photo ID, insurance card, and a responsible adult to drive you home. Wear a loose, short-sleeved top. Leave jewelry, including rings, at home.\n\nDirections: Riverside Medical Center, 1200 Riverside Pkwy, Portland, OR 97201. Park in the Visitor Garage (Level 2 connects to the Surgery Pavilion) and check in at Patient Registration.\n\nIf you develop a cold or fever before your surgery, or need to reschedule, please call 503-555-0128.\n\nSincerely,\nPerioperative Services",
     "REWRITE", "confirmation", "email", "en",
     [("Kowalski", "NAME"), ("carpal tunnel release", "PROCEDURE"), ("Dr. Ferreira", "PROVIDER"), ("January 15", "DATE"), ("1200 Riverside Pkwy, Portland, OR 97201", "ADDRESS"), ("cold", "CONDITION"), ("fever", "CONDITION"), ("503-555-0128", "PHONE")],
     ["orthopedics", "practice-contact", "negation"], "Name and the named operation go (decision 11); the hospital's address and phone stay. `cold or fever` is hypothetical advice given to every patient; labelled as symptoms (README) but it does not make the letter a BLOCK (judgement)."),
    ("bx0089", "Hi, this is Gwen from surgery scheduling at Riverside Medical Center returning your call about parking on the day of your procedure. You can use the blue garage and we'll validate your ticket. Call me back at 503-555-0129.",
     "ALLOW", "other", "voice", "en",
     [("Gwen", "PROVIDER"), ("503-555-0129", "PHONE")],
     ["general", "practice-contact"], "Staff member named as sender (PROVIDER); `procedure` generic."),
    ("bx0090", "Message for the family of Eleanor Voss. Your mother, who is 96, came through her hip fracture repair, but she is confused this evening, which is common after anesthesia at her age. Please call the 5 West nurses' station.",
     "BLOCK", "other", "voice", "en",
     [("Eleanor Voss", "NAME"), ("96", "AGE"), ("hip fracture repair", "PROCEDURE"), ("confused", "CONDITION")],
     ["orthopedics", "third-party", "age-over-89"], "A named third party's operation and post-operative confusion, with an age over 89, left as a voicemail."),
    ("bx0091", "Coastline Oral & Maxillofacial Surgery: your wisdom teeth extraction is Mon 6/22 at 8 AM. You'll have IV sedation, so bring a driver and don't eat after midnight.",
     "REWRITE", "reminder", "sms", "en",
     [("Coastline Oral & Maxillofacial Surgery", "SPECIALTY"), ("wisdom teeth extraction", "PROCEDURE"), ("6/22", "DATE"), ("IV sedation", "PROCEDURE")],
     ["dental"], "Oral-surgery practice name, the named procedure and the anesthesia technique go (decisions 2, 4); date and driver/NPO logistics survive."),
    ("bx0092", "St. Brigid app: your surgery check-in is open. Tap to complete your health history and consent forms before 6/18.",
     "ALLOW", "other", "push", "en",
     [("6/18", "DATE")],
     ["general"], "Decision 1: `surgery` and `health history` are generic."),
    ("bx0093", "We emailed your pre-op packet to jlaurent88@example.net. If that address is wrong, call Surgical Scheduling at 210-555-0150.",
     "REWRITE", "other", "sms", "en",
     [("pre-op", "PROCEDURE"), ("jlaurent88@example.net", "EMAIL"), ("210-555-0150", "PHONE")],
     ["general", "practice-contact"], "Decisions 3 and 16: the patient's own e-mail address is not needed (`We e-mailed your packet to the address on file`)."),
    ("bx0094", "Important notice from Pinecrest Orthopedic: the hip implant you received on 2/3/2023 (serial AXR-7731-0924) is part of a manufacturer recall. Please call 614-555-0170 to book an x-ray and a blood cobalt level.",
     "REWRITE", "other", "sms", "en",
     [("Pinecrest Orthopedic", "SPECIALTY"), ("hip implant", "PROCEDURE"), ("2/3/2023", "DATE"), ("AXR-7731-0924", "DEVICE_ID"), ("614-555-0170", "PHONE"), ("x-ray", "PROCEDURE"), ("blood cobalt level", "PROCEDURE")],
     ["orthopedics", "practice-contact"], "Decision 14: once device, serial, implant date and tests go, `please call us about an important notice` keeps the purpose."),
    ("bx0095", "Le recordamos que el estacionamiento para pacientes de cirugía ambulatoria está en el nivel 1 del edificio B. Es gratuito con su boleto sellado en recepción.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Parking notice; `cirugía ambulatoria` is generic (decision 1)."),
    ("bx0096", "Reminder Ms. Delacroix: staple removal with Dr. Hsu on 7/2 at 3:15 PM, Suite 210. Please bring your discharge paperwork.",
     "REWRITE", "reminder", "sms", "en",
     [("Delacroix", "NAME"), ("staple removal", "PROCEDURE"), ("Dr. Hsu", "PROVIDER"), ("7/2", "DATE")],
     ["general"], "Name and visit type go; provider, date and place survive."),
)

# ---------------------------------------------------------------- batch 9 (bx0097-bx0108): sensitive units, valet, contrasts, voicemails
add(
    ("bx0097", "Hi Cody, this is Jolene from Bridgeway Recovery. Since you finished detox yesterday, your first Suboxone follow-up is Tues at 10 with our team. Please don't miss it - we saved you the slot.",
     "REWRITE", "reminder", "sms", "en",
     [("Cody", "NAME"), ("Jolene", "PROVIDER"), ("Bridgeway Recovery", "SPECIALTY"), ("detox", "PROCEDURE"), ("Suboxone", "MEDICATION")],
     ["substance-use"], "Decision 2: `Recovery` in an addiction-program name is specialty-revealing (unlike the recovery room). Name, program, detox stay and drug go; `your first follow-up is Tues at 10` keeps the purpose."),
    ("bx0098", "Mrs. Oyelowo, Kwame will be discharged from the adolescent psychiatric unit tomorrow at 11. Please bring his sertraline from home; his dose was increased to 100 mg.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Oyelowo", "NAME"), ("Kwame", "NAME"), ("adolescent psychiatric unit", "SPECIALTY"), ("sertraline", "MEDICATION")],
     ["behavioral-health", "pediatrics", "minor", "third-party"], "A dependent's psychiatric stay and medication change sent to the parent (README: a dependent's medication is BLOCK)."),
    ("bx0099", "To help patients rest, quiet hours on all inpatient units are 9 pm to 6 am. Overnight guests: one adult per room; pick up a guest badge at the Security desk in the main lobby.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Visitor policy broadcast; `inpatient units` is generic."),
    ("bx0100", "Valet ticket 118: we have your Silver Subaru Outback, plate KRW-5518, in Garage C. Show this text at the valet stand when you're ready to leave.",
     "REWRITE", "other", "sms", "en",
     [("KRW-5518", "VEHICLE_ID")],
     ["general", "identifier"], "Decision 10: the patient's own plate is a Safe Harbor vehicle identifier and the ticket number suffices."),
    ("bx0101", "Your surgery on 5/6 has been postponed because of the snowstorm. We'll call you today to find a new date. Sorry for the inconvenience! - Fairhaven Surgery Center, 603-555-0112",
     "ALLOW", "reminder", "sms", "en",
     [("5/6", "DATE"), ("603-555-0112", "PHONE")],
     ["general", "practice-contact"], "Decisions 1-2: generic operation word, surgery-center name, date and the center's number."),
    ("bx0102", "Hi Valeria, your pre-op urine pregnancy test was positive, so we've postponed your gallbladder surgery. Dr. Nwosu will call you this afternoon to talk about next steps.",
     "BLOCK", "result", "sms", "en",
     [("Valeria", "NAME"), ("pre-op", "PROCEDURE"), ("urine pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("gallbladder surgery", "PROCEDURE"), ("Dr. Nwosu", "PROVIDER")],
     ["reproductive", "lab"], "A positive pregnancy test is a result (and reproductive information); decision 11 for `gallbladder surgery`."),
    ("bx0103", "Your pre-op labs look good: hemoglobin 13.4, potassium 4.1, creatinine 0.9. You're all set for surgery on 4/28. - Celeste Mbeki, NP",
     "ALLOW", "result", "portal", "en",
     [("pre-op", "PROCEDURE"), ("hemoglobin", "PROCEDURE"), ("13.4", "RESULT"), ("potassium", "PROCEDURE"), ("4.1", "RESULT"), ("creatinine", "PROCEDURE"), ("0.9", "RESULT"), ("4/28", "DATE"), ("Celeste Mbeki, NP", "PROVIDER")],
     ["lab", "contrast"], "Portal channel: results may stay (contrast with bx0104 by SMS)."),
    ("bx0104", "Your pre-op labs look good: hemoglobin 13.4, potassium 4.1, creatinine 0.9. You're all set for surgery on 4/28. - Celeste Mbeki, NP",
     "BLOCK", "result", "sms", "en",
     [("pre-op", "PROCEDURE"), ("hemoglobin", "PROCEDURE"), ("13.4", "RESULT"), ("potassium", "PROCEDURE"), ("4.1", "RESULT"), ("creatinine", "PROCEDURE"), ("0.9", "RESULT"), ("4/28", "DATE"), ("Celeste Mbeki, NP", "PROVIDER")],
     ["lab", "contrast"], "Normal results are still results (README); by SMS the values are the message."),
    ("bx0105", "Sra. Quiroga, su cita de seguimiento postoperatorio con el Dr. Salcedo es el 9 de julio a las 11:00. Por favor traiga la faja abdominal que le dieron en el hospital.",
     "REWRITE", "reminder", "sms", "es",
     [("Quiroga", "NAME"), ("postoperatorio", "PROCEDURE"), ("Dr. Salcedo", "PROVIDER"), ("9 de julio", "DATE"), ("faja abdominal", "PROCEDURE")],
     ["general"], "Decision 3: `postoperatorio` is labelled like `post-op`; the binder is a device (PROCEDURE). Provider, date and time survive."),
    ("bx0106", "Don Efraín ya salió de terapia intensiva y está en piso. Sigue con oxígeno y la presión todavía baja, pero el doctor está contento con cómo va. Pueden visitarlo de 4 a 8.",
     "BLOCK", "other", "sms", "es",
     [("Efraín", "NAME"), ("terapia intensiva", "SPECIALTY"), ("oxígeno", "MEDICATION"), ("presión", "PROCEDURE"), ("todavía baja", "RESULT")],
     ["general", "third-party"], "Decisions 7 and 9: a third party's ICU stay, oxygen and low blood pressure told to family."),
    ("bx0107", "This is St. Brigid anesthesia calling for Patrice Lemaire about your surgery tomorrow. Your pre-op EKG showed a heart rate of 42, so please do not take your atenolol tonight; we'll recheck it when you arrive.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Patrice Lemaire", "NAME"), ("pre-op", "PROCEDURE"), ("EKG", "PROCEDURE"), ("heart rate", "PROCEDURE"), ("42", "RESULT"), ("atenolol", "MEDICATION")],
     ["cardiology"], "A measured value and a hold instruction for a named drug, left as a voicemail; `anesthesia` as the caller is generic (decision 4)."),
    ("bx0108", "This message is for Lionel Abernathy. Please call the Heart and Vascular Institute scheduling line at 412-555-0185 about your cardiac catheterization next week. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Lionel Abernathy", "NAME"), ("Heart and Vascular Institute", "SPECIALTY"), ("412-555-0185", "PHONE"), ("cardiac catheterization", "PROCEDURE")],
     ["cardiology", "practice-contact"], "Name, cardiac institute and procedure go; `please call our scheduling line at ... about your appointment next week` keeps the purpose."),
)

# ---------------------------------------------------------------- batch 10 (bx0109-bx0120): staff texts, pharmacy, trackers, insurance
add(
    ("bx0109", "Hi its Deb @ surgery scheduling, ur case got moved up to 7:30a tmrw so pls arrive by 5:45. sry for the short notice!!",
     "ALLOW", "reminder", "sms", "en",
     [("Deb", "PROVIDER")],
     ["general", "shorthand", "typo"], "Staff member named as sender (PROVIDER); `case` and `surgery` are generic (decision 1)."),
    ("bx0110", "Subject: After your stay at Mercy Vale\n\nDear Alistair,\n\nThank you for trusting Mercy Vale Hospital with your care last week. Going home is a big step, and we want the next few weeks to go smoothly.\n\nYour follow-up appointment is with Dr. Rosen on Tuesday, 12/9 at 1:20 pm in the Mercy Vale Medical Office Building, 3rd floor. If you have not picked up your prescriptions yet, the Outpatient Pharmacy in the main lobby is open until 8 pm every day.\n\nSomeone from our Care Transitions team will call you in the next two days to see how you are doing. You can reach a nurse any time at 724-555-0177.\n\nWe'd also appreciate your feedback about your stay: mercyvale.example.org/survey\n\nWith best wishes,\nPatient Experience Office\nMercy Vale Hospital",
     "REWRITE", "other", "email", "en",
     [("Alistair", "NAME"), ("Dr. Rosen", "PROVIDER"), ("12/9", "DATE"), ("724-555-0177", "PHONE"), ("mercyvale.example.org/survey", "URL")],
     ["general", "practice-contact"], "Only the patient's name must go; hospital stay, follow-up, prescriptions and Care Transitions are generic (decision 1)."),
    ("bx0111", "Message for Priya: your father's biopsy during surgery showed cancer in 2 of 14 lymph nodes. Dr. Kaur will go over chemo options at his follow-up on 3/12.",
     "BLOCK", "result", "sms", "en",
     [("Priya", "NAME"), ("biopsy", "PROCEDURE"), ("cancer", "CONDITION"), ("2 of 14 lymph nodes", "RESULT"), ("Dr. Kaur", "PROVIDER"), ("chemo", "PROCEDURE"), ("3/12", "DATE")],
     ["oncology", "third-party"], "A third party's pathology result and diagnosis sent to his daughter."),
    ("bx0112", "Join us for 'Recovery Room', the hospital choir's spring concert at the Lyric Theater downtown, Saturday at 7 pm. Tickets are $15 and benefit the Family Waiting Room renovation.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "`Recovery Room` is a concert title and the theater a venue."),
    ("bx0113", "Meds to Beds: your discharge prescriptions (oxycodone and docusate) are ready and will be brought to your room before you leave. Copay due at delivery: $12.40.",
     "REWRITE", "pickup", "push", "en",
     [("oxycodone", "MEDICATION"), ("docusate", "MEDICATION")],
     ["pharmacy"], "A medication name in a pickup notice (DESIGN: REWRITE); `your prescriptions are ready` keeps the purpose."),
    ("bx0114", "Your prescriptions are ready at the Main Lobby pharmacy window - grab them before you go home.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice without a drug name."),
    ("bx0115", "Farmacia del Hospital San Lucas: sus jeringas de enoxaparina ya están listas para recoger antes de su alta. Pase a la ventanilla 2, planta baja.",
     "REWRITE", "pickup", "sms", "es",
     [("enoxaparina", "MEDICATION")],
     ["pharmacy"], "Drug name in a pickup notice; `alta` is generic (decision 1)."),
    ("bx0116", "Thank you for completing the anesthesia questionnaire. Because you reported sleep apnea and a past reaction to succinylcholine, Dr. Varga will call you before surgery. Please bring your CPAP machine on the day of your procedure.",
     "BLOCK", "care-instructions", "email", "en",
     [("sleep apnea", "CONDITION"), ("succinylcholine", "MEDICATION"), ("Dr. Varga", "PROVIDER"), ("CPAP", "PROCEDURE")],
     ["general"], "The patient's own conditions and drug reaction are the reason for the message; decision 4 keeps `anesthesia` generic."),
    ("bx0117", "Surgery tracker: Patient 4471 (G. Halvorsen) - procedure complete, frozen section negative for malignancy, surgeon closing now. Family consult room 2 in about 30 min.",
     "BLOCK", "other", "push", "en",
     [("G. Halvorsen", "NAME"), ("frozen section", "PROCEDURE"), ("negative for malignancy", "RESULT")],
     ["oncology", "third-party"], "Decision 7: an intra-operative pathology result about a third party; the tracker number is not labelled."),
    ("bx0118", "Estimado Sr. Bustamante: le informamos que su aseguradora aprobó la autorización para su cirugía. Número de autorización: AUT-88412093. Número de póliza: MXH-2240-1187. Si tiene dudas, comuníquese con Admisión al 915-555-0148.",
     "REWRITE", "other", "email", "es",
     [("Bustamante", "NAME"), ("AUT-88412093", "OTHER_ID"), ("MXH-2240-1187", "HEALTH_PLAN_ID"), ("915-555-0148", "PHONE")],
     ["general", "practice-contact"], "Name, authorization and policy numbers are not needed for the approval notice; `cirugía` alone is generic."),
    ("bx0119", "FYI from 4W charge RN: Jerome Marsh s/p lap appy POD1, afebrile, tol clears, plan d/c home today after 2pm. Family can bring clothes.",
     "BLOCK", "other", "sms", "en",
     [("Jerome Marsh", "NAME"), ("lap appy", "PROCEDURE"), ("afebrile", "RESULT"), ("tol clears", "RESULT")],
     ["general", "third-party", "shorthand"], "Clinician shorthand with a named third party's post-operative status (decisions 7, 15)."),
    ("bx0120", "Resumen de su alta: lo operaron de apendicitis el 3/5. Tome ibuprofeno 400 mg cada 8 horas si tiene dolor. Su cita de control es con la Dra. Lozano el 17 de marzo.",
     "ALLOW", "care-instructions", "portal", "es",
     [("apendicitis", "CONDITION"), ("3/5", "DATE"), ("ibuprofeno 400 mg", "MEDICATION"), ("dolor", "CONDITION"), ("Dra. Lozano", "PROVIDER"), ("17 de marzo", "DATE")],
     ["general"], "Portal channel: diagnosis and dosing may stay inside the secure portal."),
)


if __name__ == "__main__":
    probe_lib.run(M, "bx", "probe73.jsonl")
