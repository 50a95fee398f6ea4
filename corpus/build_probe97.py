#!/usr/bin/env python3
"""Build corpus/probe97.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe97.py [OUT] [-v]   (default: probe97.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format; the engine was not run and
no other corpus's messages, source code or tests were read).
This round is ORTHOPEDICS, SPORTS MEDICINE AND SURGERY CENTERS: what orthopedic practices,
sports-medicine clinics, ambulatory surgery centers, joint-replacement programs and bracing/DME
suppliers send — pre-op instructions and arrival times, post-op check-ins, imaging results,
injection visits (cortisone, PRP, gel), brace, crutch and boot fittings and pickups,
return-to-play clearances, PT referrals, surgery scheduling, estimates and statements, implant
notices and newsletters — mixing messages that reveal the recipient's injury, procedure or drug
with ones that only schedule or bill, and look-alikes ("break a leg", "cast" of a school play,
"back to school", "a knee-jerk reaction", "hip new café", "joint statement", "Dr. Bone" as a
surname, "brace yourselves", "no bones about it", "paper cuts"). About 16% Spanish; four
disguised messages (spaced letters, leet, a zero-width space, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A surgery-center / ambulatory-surgery-center name without a specialty word
     ("Lakeshore Surgery Center") is generic, like "surgery" alone; with an orthopedic or
     spine word in it, it is SPECIALTY.
  2. Generic pre-op logistics (arrival time, nothing to eat after midnight, bring a driver,
     leave valuables home) with no procedure, body part or drug named are ALLOW.
  3. Any instruction to take, stop, hold or use a NAMED drug or product (NSAID holds,
     anticoagulant courses, a chlorhexidine wash) is a dosing/treatment instruction: BLOCK.
  4. A body site or side attached to a procedure or condition is part of its span
     ("right knee arthroscopy", "CT of the wrist", "hernia de disco en L5-S1"); a body part
     mentioned alone is not labelled.
  5. "physical therapy" / "PT" / "fisioterapia" / "terapia física" as a service line, and
     physical-therapy practice names, are SPECIALTY (README: PT names are specialty-revealing);
     credentials DPT and CPO (prosthetist-orthotist) are SPECIALTY spans after the PROVIDER.
     "post-op rehab" as a named plan is PROCEDURE.
  6. Orthotics & prosthetics suppliers are specialty-revealing (SPECIALTY); a generic
     home-medical-equipment supplier name is not labelled; braces, boots, crutches, slings,
     scooters, wheelchairs, immobilizers, stimulators and cold-therapy units are PROCEDURE
     (README: devices are PROCEDURE).
  7. PRP is a procedure (the patient's own blood, not a drug): "PRP injection" PROCEDURE.
     Viscosupplements (Synvisc-One, Euflexxa, hyaluronic acid, a "gel shot") are products used
     as names: MEDICATION with the form word, like "cortisone injection". An epidural steroid
     injection is a named procedure: PROCEDURE.
  8. CPT and HCPCS codes name a procedure or device in code form: PROCEDURE.
  9. Weight-bearing orders (non weight bearing, toe-touch) are PROCEDURE spans and make the
     message a treatment instruction: BLOCK.
 10. A clearance or return-to-play decision is a finding: RESULT ("cleared"), BLOCK.
 11. A coach's name (neither patient, relative nor clinician) is not labelled.
 12. A notice sent to all patients of an orthopedic-named practice still carries the
     SPECIALTY name, which tells anyone who sees it that the recipient is an orthopedic
     patient: REWRITE (a generic-named practice's broadcast is ALLOW).
 13. An implant lot number is a DEVICE_ID; an implant recall notice to the recipient is BLOCK
     (the device and recall are the message).
 14. A day-of-month ordinal naming a specific date ("the 14th") is a DATE span (without "the").
 15. "fracture clinic", "Concussion Clinic": the condition is CONDITION, "clinic" stays
     outside (like "clínica de VIH").
 16. A spouse's surgery outcome sent to the other spouse is a third party's health: BLOCK; the
     recipient's own name is NAME.
 17. A workers'-comp claim number is OTHER_ID (like claim numbers).

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cv0001-cv0012): pre-op and arrival
add(
    ("cv0001", "Lakeshore Surgery Center: Your arrival time for surgery on Tue 3/10 is 5:45 AM. Nothing to eat or drink after midnight. Bring a photo ID and a driver - you cannot drive yourself home. Questions: 312-555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("3/10", "DATE"), ("312-555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Decision 1: a surgery-center name without a specialty word is generic; decision 2: generic fasting/driver logistics with no procedure or drug named are ALLOW."),
    ("cv0002", "Hi Marcus, this is Tina from Northshore Orthopaedics. Your right knee arthroscopy with Dr. Feld is confirmed for 4/2. Please arrive at 6:30 am at the 2nd floor surgery desk.",
     "REWRITE", "confirmation", "sms", "en",
     [("Marcus", "NAME"), ("Tina", "PROVIDER"), ("Northshore Orthopaedics", "SPECIALTY"), ("right knee arthroscopy", "PROCEDURE"), ("Dr. Feld", "PROVIDER"), ("4/2", "DATE")],
     ["orthopedics"], "Name, orthopedic practice name and procedure go; provider, date and arrival time survive. Decision 4: side and body site are inside the procedure span."),
    ("cv0003", "Pre-op reminder from Dr. Okafor's office: stop your meloxicam 7 days before surgery and hold fish oil 5 days before. You may keep taking lisinopril with a sip of water the morning of 5/19.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("meloxicam", "MEDICATION"), ("fish oil", "MEDICATION"), ("lisinopril", "MEDICATION"), ("5/19", "DATE")],
     ["orthopedics"], "Medication hold instructions are dosing instructions (decision 3); removing the drugs leaves nothing to send. Fish oil is a supplement used as a name (like calcium supplements)."),
    ("cv0004", "Dear Patricia Olmstead,\n\nThank you for choosing the Summit Joint Replacement Center. Your total hip replacement with Dr. Anselm Brandt is scheduled for Monday, 6/15. Please plan to arrive at 5:30 AM; our surgical coordinator will call you the Friday before with your exact time.\n\nBefore your surgery:\n- Attend the pre-op class on 6/2 at 1:00 PM (Conference Room B)\n- Arrange for an adult to drive you home and stay with you the first night\n- Bring your insurance card, a photo ID and loose, comfortable clothing\n\nParking is free in the North Garage at 1900 Summit Pkwy, Denver, CO 80218. If you have questions, call us at 720-555-0113 or visit summitjoints.example/prepare.\n\nWe look forward to caring for you,\nThe Summit Joint Replacement Team",
     "REWRITE", "confirmation", "email", "en",
     [("Patricia Olmstead", "NAME"), ("Summit Joint Replacement Center", "SPECIALTY"), ("total hip replacement", "PROCEDURE"), ("Dr. Anselm Brandt", "PROVIDER"), ("6/15", "DATE"), ("pre-op", "PROCEDURE"), ("6/2", "DATE"), ("1900 Summit Pkwy, Denver, CO 80218", "ADDRESS"), ("720-555-0113", "PHONE"), ("summitjoints.example/prepare", "URL"), ("The [[Summit Joint Replacement]] Team", "SPECIALTY")],
     ["orthopedics", "practice-contact"], "Long confirmation: patient name, joint-replacement center name (also in the sign-off), procedure and the pre-op class go; the practice's address, phone and link stay."),
    ("cv0005", "Centro Quirúrgico del Valle: su cirugía está programada para el 14 de abril. Llegue a las 6:00 a. m. y no coma ni beba nada después de la medianoche. Debe venir acompañado de un adulto que maneje.",
     "ALLOW", "reminder", "sms", "es",
     [("14 de abril", "DATE")],
     ["orthopedics"], "Decisions 1 and 2: a surgery-center name without a specialty word and 'cirugía' alone are generic; fasting and driver logistics name no procedure or drug."),
    ("cv0006", "Reminder: shower with Hibiclens (4% CHG) the night before AND the morning of your procedure. Do not shave near the surgical area. Wear clean, loose clothes.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Hibiclens", "MEDICATION"), ("4% CHG", "MEDICATION")],
     ["orthopedics"], "Decision 3: a use instruction for a named antiseptic product is a treatment instruction; judgement call, a privacy officer could also accept a rewrite to 'the antiseptic soap'."),
    ("cv0007", "Hello, this is Dana calling from Pinecrest Surgery Center with a reminder about your procedure tomorrow. Please arrive at seven fifteen a.m. at entrance B. If you need to reschedule, call us back at 555-0167. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("Dana", "PROVIDER"), ("555-0167", "PHONE")],
     ["orthopedics", "practice-contact"], "Staff sender (PROVIDER), generic surgery-center name (decision 1), 'procedure' alone is generic, practice call-back number."),
    ("cv0008", "Pre-operative instructions for your left total knee arthroplasty on 6/8 with Dr. Hallworth: hold apixaban 5 mg for 48 hours before surgery (last dose the morning of 6/5). Continue metoprolol as usual. Your pre-op hemoglobin was 13.4 - no iron needed.",
     "ALLOW", "care-instructions", "portal", "en",
     [("left total knee arthroplasty", "PROCEDURE"), ("6/8", "DATE"), ("Dr. Hallworth", "PROVIDER"), ("apixaban 5 mg", "MEDICATION"), ("6/5", "DATE"), ("metoprolol", "MEDICATION"), ("hemoglobin", "PROCEDURE"), ("13.4", "RESULT"), ("iron", "MEDICATION")],
     ["orthopedics", "contrast"], "Inside the secure portal, procedure, doses and a lab value are fine (README channel convention); the same content by SMS would be BLOCK."),
    ("cv0009", "Break a leg tonight, Pinewood High Drama Club! Our whole staff is proud to sponsor this year's spring musical. Congrats to the cast and crew - see you at the cast party!",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Theatre idiom and a school play's cast; nothing about any patient."),
    ("cv0010", "Ridgeview Sports Medicine: Caleb's MRI shows a partial ACL tear. Dr. Voss wants to see him Thursday before he goes back on the field. Please call to book.",
     "BLOCK", "result", "sms", "en",
     [("Ridgeview Sports Medicine", "SPECIALTY"), ("Caleb", "NAME"), ("MRI", "PROCEDURE"), ("partial ACL tear", "CONDITION"), ("Dr. Voss", "PROVIDER")],
     ["orthopedics", "third-party", "minor"], "A dependent's imaging finding sent to the parent: third party's health, BLOCK."),
    ("cv0011", "Your cortisone injection appt w/ Dr. Lindqvist is tmrw 2:20pm at our Westfield office. Wear shorts or loose pants. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("cortisone injection", "MEDICATION"), ("Dr. Lindqvist", "PROVIDER")],
     ["orthopedics", "shorthand"], "The injection type is the revealing part (README: cortisone injection is MEDICATION); the reminder survives. 'Wear shorts' is a generic clothing hint, not labelled (judgement)."),
    ("cv0012", "Hola Sra. Gutiérrez, le recordamos su infiltración de cortisona con el Dr. Ramos el jueves 9 de octubre a las 11:00. Traiga su tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("Gutiérrez", "NAME"), ("infiltración de cortisona", "MEDICATION"), ("Dr. Ramos", "PROVIDER"), ("9 de octubre", "DATE")],
     ["orthopedics"], "Patient name and the injection go (form word + drug, like 'cortisone injection'); provider, date and time survive."),
)

# ---------------------------------------------------------------- batch 2 (cv0013-cv0024): post-op check-ins
add(
    ("cv0013", "Hi Denise! It's Amber, RN at Summit Joint Replacement Center. Checking in 2 days after your knee replacement - how are you doing? Reply 1 if all is well, 2 if you'd like a nurse to call you.",
     "REWRITE", "other", "sms", "en",
     [("Denise", "NAME"), ("Amber, RN", "PROVIDER"), ("Summit Joint Replacement Center", "SPECIALTY"), ("knee replacement", "PROCEDURE")],
     ["orthopedics"], "Check-in purpose survives ('how are you doing after your surgery'); name, program name and procedure go."),
    ("cv0014", "Post-op day 3 check from Dr. Baptiste's team: keep taking Eliquis 2.5 mg twice a day for 35 days total, and keep the dressing dry until your visit on 7/21.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Baptiste", "PROVIDER"), ("Eliquis 2.5 mg", "MEDICATION"), ("7/21", "DATE")],
     ["orthopedics"], "Anticoagulant dosing course after surgery: a dosing instruction (decision 3). 'Post-op day 3' is a timeline, not labelled (judgement)."),
    ("cv0015", "How was your experience at Brookside Surgery Center? Please take our 2-minute survey: brooksidesc.example/survey - your feedback helps us improve. Reply STOP to opt out.",
     "ALLOW", "other", "email", "en",
     [("brooksidesc.example/survey", "URL")],
     ["orthopedics", "practice-contact"], "Survey with the center's own untokened link; generic surgery-center name (decision 1)."),
    ("cv0016", "Hola Don Aurelio, ¿cómo sigue de la operación del hombro? Recuerde tomar el ibuprofeno 600 mg cada 8 horas con comida y no levantar el brazo por encima de la cabeza hasta su próxima cita.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aurelio", "NAME"), ("operación del hombro", "PROCEDURE"), ("ibuprofeno 600 mg", "MEDICATION")],
     ["orthopedics"], "Dosing and activity instructions after shoulder surgery; 'Don' stays outside the name (README)."),
    ("cv0017", "You have a new message from Dr. Castellanos's office. Open the portal to read it.",
     "ALLOW", "portal-notice", "push", "en",
     [("Dr. Castellanos", "PROVIDER")],
     ["orthopedics"], "Notification without PHI: provider name only."),
    ("cv0018", "Reminder: your 2-week post-op visit for staple removal is Mon 8/3 at 9:00 with PA Whitcomb. Please wear a short-sleeve shirt.",
     "REWRITE", "reminder", "sms", "en",
     [("post-op", "PROCEDURE"), ("staple removal", "PROCEDURE"), ("8/3", "DATE"), ("PA Whitcomb", "PROVIDER")],
     ["orthopedics"], "Named visit type and procedure go (README: pre-op visit is PROCEDURE, so is post-op); date, time, PA survive."),
    ("cv0019", "Hi Gregory, your operative note and discharge instructions from your rotator cuff repair on 9/14 are now in your chart. Keep the sling on except for pendulum exercises 3x/day, and take oxycodone 5 mg every 4-6 hours only as needed for severe pain.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Gregory", "NAME"), ("rotator cuff repair", "PROCEDURE"), ("9/14", "DATE"), ("sling", "PROCEDURE"), ("pendulum exercises", "PROCEDURE"), ("oxycodone 5 mg", "MEDICATION"), ("severe pain", "CONDITION")],
     ["orthopedics", "contrast"], "Portal channel: name, procedure, device and dosing may stay (README)."),
    ("cv0020", "Hi it's Jess from Dr. Moreno's office - your wound check photos look good, no sign of infection! Keep the steri strips on until they fall off on their own.",
     "BLOCK", "result", "sms", "en",
     [("Jess", "PROVIDER"), ("Dr. Moreno", "PROVIDER"), ("wound check", "PROCEDURE"), ("no sign of infection", "RESULT"), ("steri strips", "PROCEDURE")],
     ["orthopedics", "negation"], "A normal/negative finding is still a result (README); plus a wound-care instruction."),
    ("cv0021", "Hi, this message is for Leonard Pruitt. This is Kareem, the physician assistant with Dr. Sato. Your x-rays from today show the fracture is healing well, so you can start putting weight on it. Call us back at 555-0129 with any questions.",
     "BLOCK", "result", "voice", "en",
     [("Leonard Pruitt", "NAME"), ("Kareem", "PROVIDER"), ("Dr. Sato", "PROVIDER"), ("x-rays", "PROCEDURE"), ("fracture", "CONDITION"), ("healing well", "RESULT"), ("555-0129", "PHONE")],
     ["orthopedics"], "Voicemail with an imaging finding and a weight-bearing instruction; voice is treated like SMS (README)."),
    ("cv0022", "Dr. Hargrove's team here: you're due for your 6-week follow-up. Call 402-555-0118 or book online at hargroveclinic.example/book.",
     "ALLOW", "recall", "sms", "en",
     [("Dr. Hargrove", "PROVIDER"), ("402-555-0118", "PHONE"), ("hargroveclinic.example/book", "URL")],
     ["orthopedics", "practice-contact"], "Generic follow-up recall with the practice's own phone and link; '6-week follow-up' names no procedure."),
    ("cv0023", "Hi Ms. Albright, Dr. Kessler has sent a referral to physical therapy after your Achilles tendon repair. Please call Momentum PT at 503-555-0177 to set up your first visit within 7 days.",
     "REWRITE", "other", "email", "en",
     [("Albright", "NAME"), ("Dr. Kessler", "PROVIDER"), ("physical therapy", "SPECIALTY"), ("Achilles tendon repair", "PROCEDURE"), ("Momentum PT", "SPECIALTY"), ("503-555-0177", "PHONE")],
     ["orthopedics", "physical-therapy", "practice-contact"], "Referral logistics survive; name, procedure and PT service line/practice name go (decision 5)."),
    ("cv0024", "Su operación de pago fue procesada con éxito. Gracias por su pago en línea. Este es un mensaje automático, por favor no responda.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "'Operación' here is a payment transaction, not surgery."),
)

# ---------------------------------------------------------------- batch 3 (cv0025-cv0036): imaging and results
add(
    ("cv0025", "Your MRI results are ready. Please log in to the patient portal or call the office to review them with your provider.",
     "REWRITE", "portal-notice", "sms", "en",
     [("MRI", "PROCEDURE")],
     ["orthopedics", "imaging"], "Results-ready notice: the test type goes ('your results are ready'); no value is given."),
    ("cv0026", "Good news Tom, your CT of the wrist shows the scaphoid fracture has healed. You can stop wearing the thumb spica splint. - Dr. Ibarra",
     "BLOCK", "result", "sms", "en",
     [("Tom", "NAME"), ("CT of the wrist", "PROCEDURE"), ("scaphoid fracture", "CONDITION"), ("healed", "RESULT"), ("thumb spica splint", "PROCEDURE"), ("Dr. Ibarra", "PROVIDER")],
     ["orthopedics", "imaging"], "Imaging finding plus a device instruction; decision 4: 'of the wrist' belongs to the test span."),
    ("cv0027", "Your recent test results have been released to MyChart. Log in to view them. Please do not reply to this email.",
     "ALLOW", "portal-notice", "email", "en", [],
     ["orthopedics"], "Notification without PHI: no test named, no value (README: 'test results' is generic)."),
    ("cv0028", "Sr. Paredes, su radiografía salió normal, no hay fractura. Puede seguir usando la férula solo para dormir. Saludos, consultorio del Dr. Cano.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("radiografía", "PROCEDURE"), ("normal", "RESULT"), ("no hay fractura", "RESULT"), ("férula", "PROCEDURE"), ("Dr. Cano", "PROVIDER")],
     ["orthopedics", "imaging", "negation"], "A normal x-ray is still a result; 'no hay fractura' is a negative finding (RESULT, like 'no polyps')."),
    ("cv0029", "MRI right shoulder (3/2): full-thickness supraspinatus tear measuring 1.4 cm with 8 mm retraction. Mild AC joint arthrosis. Dr. Fenwick will go over repair options with you at your visit on 3/9.",
     "ALLOW", "result", "portal", "en",
     [("MRI right shoulder", "PROCEDURE"), ("3/2", "DATE"), ("full-thickness supraspinatus tear", "CONDITION"), ("1.4 cm", "RESULT"), ("8 mm", "RESULT"), ("Mild", "RESULT"), ("AC joint arthrosis", "CONDITION"), ("Dr. Fenwick", "PROVIDER"), ("3/9", "DATE")],
     ["orthopedics", "imaging", "contrast"], "Imaging report inside the portal: ALLOW (README channel convention); 'Mild' is a state of the condition (RESULT)."),
    ("cv0030", "Hi Kayla, x-ray came back - it's a s-t-r-e-s-s f-r-a-c-t-u-r-e. Stay in the boot & no running till we recheck in 3 wks.",
     "BLOCK", "result", "sms", "en",
     [("Kayla", "NAME"), ("x-ray", "PROCEDURE"), ("s-t-r-e-s-s f-r-a-c-t-u-r-e", "CONDITION"), ("boot", "PROCEDURE")],
     ["orthopedics", "imaging", "spaced", "shorthand"], "Disguised diagnosis (spaced letters) plus a device and activity instruction."),
    ("cv0031", "Imaging Center at Bayfront: Your bone scan is scheduled 11/12 at 8:00 AM. Arrive 15 min early; you'll get an injection and come back about 3 hours later for the pictures.",
     "REWRITE", "reminder", "sms", "en",
     [("Imaging Center at Bayfront", "SPECIALTY"), ("bone scan", "PROCEDURE"), ("11/12", "DATE")],
     ["orthopedics", "imaging"], "Imaging name and test go; the timing logistics survive. 'an injection' (the tracer) is a generic word here, not labelled (judgement)."),
    ("cv0032", "This is Redwood Medical Group calling with a message for the patient. Please call us back at 707-555-0104 regarding your recent visit. Our office hours are eight to five, Monday through Friday.",
     "ALLOW", "other", "voice", "en",
     [("707-555-0104", "PHONE")],
     ["orthopedics", "practice-contact"], "Generic call-back voicemail; nothing about the visit's content."),
    ("cv0033", "Dear Mr. Whitaker,\n\nDr. Anand has reviewed the lumbar MRI you had on 1/28. It shows an L4-L5 disc herniation with moderate narrowing of the left foraminal space, which likely explains the pain running down your left leg. The good news is that there is no sign of nerve compression severe enough to need urgent surgery.\n\nDr. Anand recommends starting with 6 weeks of physical therapy and a short course of prednisone (a 6-day taper, instructions at pickup). If you are not better by then, we will discuss an epidural steroid injection.\n\nOur scheduler will call you this week to set up a follow-up visit. If your leg weakness gets worse or you lose bladder control, go to the nearest emergency room.\n\nWarm regards,\nKeisha, care coordinator for Dr. Anand",
     "BLOCK", "result", "email", "en",
     [("Whitaker", "NAME"), ("Dr. Anand", "PROVIDER"), ("lumbar MRI", "PROCEDURE"), ("1/28", "DATE"), ("L4-L5 disc herniation", "CONDITION"), ("moderate narrowing of the left foraminal space", "RESULT"), ("pain running down your left leg", "CONDITION"), ("no sign of nerve compression", "RESULT"), ("physical therapy", "SPECIALTY"), ("prednisone", "MEDICATION"), ("epidural steroid injection", "PROCEDURE"), ("leg weakness", "CONDITION"), ("Keisha", "PROVIDER"), ("Dr. Anand", "PROVIDER", 1), ("Dr. Anand", "PROVIDER", 2)],
     ["orthopedics", "imaging", "negation"], "An MRI interpretation and a treatment plan by e-mail: BLOCK. Judgement: the hypothetical 'lose bladder control' warning is left unlabelled as generic safety advice."),
    ("cv0034", "Brace yourselves: snow is on the way! If roads are icy Thursday morning, we'll text you before 7 am about any delays or closures. Stay safe out there.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Brace' in the idiom, not a device."),
    ("cv0035", "Hola Valeria, tu resonancia magnética de la rodilla es el sábado 22 de marzo a las 7:30 en Imagen Diagnóstica del Norte. Quítate aretes y piercings antes de venir.",
     "REWRITE", "reminder", "sms", "es",
     [("Valeria", "NAME"), ("resonancia magnética de la rodilla", "PROCEDURE"), ("22 de marzo", "DATE"), ("Imagen Diagnóstica del Norte", "SPECIALTY")],
     ["orthopedics", "imaging"], "Name, test (with its body site, decision 4) and imaging-center name go; date, time and the jewelry reminder survive."),
    ("cv0036", "Check out the hip new café in our lobby! Grounds & Rounds now serves espresso, smoothies and fresh bagels, 7 to 3 on weekdays.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "'hip' means trendy; nothing about a joint or a patient."),
)

# ---------------------------------------------------------------- batch 4 (cv0037-cv0048): injection visits
add(
    ("cv0037", "Reminder: PRP injection with Dr. Nakashima on Fri 10/17 at 1:40 pm. No ibuprofen, naproxen or aspirin for 7 days before. PRP is not covered by insurance; payment of $850 is due at check-in.",
     "BLOCK", "reminder", "sms", "en",
     [("PRP injection", "PROCEDURE"), ("Dr. Nakashima", "PROVIDER"), ("10/17", "DATE"), ("ibuprofen", "MEDICATION"), ("naproxen", "MEDICATION"), ("aspirin", "MEDICATION"), ("PRP", "PROCEDURE", 1)],
     ["orthopedics", "contrast"], "Decision 3: an instruction to stop named drugs is a dosing instruction; decision 7: PRP is a PROCEDURE. Compare cv0038 (logistics only)."),
    ("cv0038", "Your PRP visit is confirmed for 10/17 at 1:40pm. Balance due at check-in: $850. Reply Y to confirm or N to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("PRP", "PROCEDURE"), ("10/17", "DATE")],
     ["orthopedics", "contrast"], "Named visit type goes (decision 7); the confirmation and the amount survive."),
    ("cv0039", "Hi Mr. Delacroix, good news - your insurance approved the Synvisc-One injection we requested. Call 555-0150 to schedule it at your convenience.",
     "REWRITE", "other", "sms", "en",
     [("Delacroix", "NAME"), ("Synvisc-One injection", "MEDICATION"), ("555-0150", "PHONE")],
     ["orthopedics", "practice-contact"], "Prior-authorization approval: the approval survives once the name and the product go (decision 7)."),
    ("cv0040", "After your Kenalog 40 mg shot today, a flare of soreness for 24-48 hours is normal. Ice 15 minutes at a time and avoid heavy lifting for 2 days.",
     "BLOCK", "care-instructions", "email", "en",
     [("Kenalog 40 mg", "MEDICATION"), ("soreness", "CONDITION")],
     ["orthopedics"], "Post-injection care instructions naming the drug and dose; symptoms are conditions (README). E-mail is treated like SMS."),
    ("cv0041", "Sra. Benítez: después de la inyección de ácido hialurónico evite correr o cargar peso por 48 horas. Si la rodilla se inflama, póngase hielo y tome paracetamol 500 mg.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Benítez", "NAME"), ("inyección de ácido hialurónico", "MEDICATION"), ("paracetamol 500 mg", "MEDICATION")],
     ["orthopedics", "negation"], "Post-injection instructions with a dose; decision 7 for the viscosupplement. The hypothetical 'si la rodilla se inflama' is left unlabelled (body part alone, decision 4)."),
    ("cv0042", "Not a knee-jerk reaction: after hearing your feedback, we're adding Saturday morning hours at all three locations starting next month.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Idiom; a practice-wide hours notice."),
    ("cv0043", "Time for your next gel shot! Book your 2nd of 3 Euflexxa injections in the app - slots fill quickly.",
     "REWRITE", "recall", "push", "en",
     [("gel shot", "MEDICATION"), ("Euflexxa injections", "MEDICATION")],
     ["orthopedics"], "Decision 7: a viscosupplement and its colloquial name are MEDICATION; the booking prompt survives ('time to book your next visit')."),
    ("cv0044", "Injection record: 11/3, right subacromial space, triamcinolone 40 mg + lidocaine 1% 4 mL, ultrasound-guided. Tolerated well. Next eligible injection after 2/3.",
     "ALLOW", "other", "portal", "en",
     [("11/3", "DATE"), ("triamcinolone 40 mg", "MEDICATION"), ("lidocaine 1%", "MEDICATION"), ("ultrasound-guided", "PROCEDURE"), ("Tolerated well", "RESULT"), ("2/3", "DATE")],
     ["orthopedics"], "Procedure record inside the portal: ALLOW. The site alone ('right subacromial space') is not labelled (decision 4)."),
    ("cv0045", "Hi Renee its Carla at Valley Spine & Pain. Your epidural steriod injection was moved to Weds 6/24 at 10:15, pls have a driver w/ you",
     "REWRITE", "reminder", "sms", "en",
     [("Renee", "NAME"), ("Carla", "PROVIDER"), ("Valley Spine & Pain", "SPECIALTY"), ("epidural steriod injection", "PROCEDURE"), ("6/24", "DATE")],
     ["orthopedics", "typo", "shorthand"], "Misspelled procedure name; decision 7: ESI is a PROCEDURE. A spine-and-pain practice name is specialty-revealing."),
    ("cv0046", "Hi, this is Eastgate Orthopedics calling to remind Jonathan Reyes of his knee injection with Doctor Pham on Tuesday, November fourth at two thirty. Press 1 to confirm or 2 to speak with our staff.",
     "REWRITE", "reminder", "voice", "en",
     [("Eastgate Orthopedics", "SPECIALTY"), ("Jonathan Reyes", "NAME"), ("knee injection", "PROCEDURE"), ("Doctor Pham", "PROVIDER"), ("November fourth", "DATE")],
     ["orthopedics"], "IVR reminder; date spoken in words is a DATE. Practice name, patient name and visit type go."),
    ("cv0047", "Appointment reminder: Dr. Bone, Thurs 1/15 at 3:00 PM, Suite 210. Reply C to confirm or call 601-555-0136.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Bone", "PROVIDER"), ("1/15", "DATE"), ("601-555-0136", "PHONE")],
     ["orthopedics", "practice-contact"], "'Bone' is the provider's surname, not a body part; look-alike (not tagged hard-negative because it carries allowed spans)."),
    ("cv0048", "A joint statement from Harborview Medical Group and Eastside Community Hospital: starting in January, patients can book at either campus through one portal. Nothing changes about your current appointments.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "'joint' statement of two organizations; generic names."),
)

# ---------------------------------------------------------------- batch 5 (cv0049-cv0060): braces, crutches, DME
add(
    ("cv0049", "Apex Orthotics & Prosthetics: your custom knee brace is ready. Pickup hours M-F 9-5 at 1450 Commerce Way, Ste 3, Aurora, IL 60504. Call 630-555-0171 with questions.",
     "REWRITE", "pickup", "sms", "en",
     [("Apex Orthotics & Prosthetics", "SPECIALTY"), ("custom knee brace", "PROCEDURE"), ("1450 Commerce Way, Ste 3, Aurora, IL 60504", "ADDRESS"), ("630-555-0171", "PHONE")],
     ["orthopedics", "practice-contact"], "Decision 6: an O&P supplier name is specialty-revealing and the brace is a device (PROCEDURE); the supplier's own address and phone stay."),
    ("cv0050", "Wear the hinged brace locked at 0 degrees while walking for 2 weeks, then unlock it to 0-90. Use both crutches, toe-touch weight bearing only on the operative leg.",
     "BLOCK", "care-instructions", "sms", "en",
     [("hinged brace", "PROCEDURE"), ("crutches", "PROCEDURE"), ("toe-touch weight bearing", "PROCEDURE")],
     ["orthopedics"], "Decision 9: a weight-bearing order with device settings is a treatment instruction; nothing is left once it goes."),
    ("cv0051", "Keystone Home Medical: your order shipped today and should arrive in 2-3 business days. Track it at keystonehm.example/track or call 877-555-0108. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("keystonehm.example/track", "URL"), ("877-555-0108", "PHONE")],
     ["orthopedics", "practice-contact"], "Decision 6: a generic home-medical-equipment name; no item named, untokened tracking page."),
    ("cv0052", "Keystone Home Medical: your bone growth stimulator (SN EXG-448213-B) has been activated for 270 days of use. Questions? 877-555-0108",
     "REWRITE", "other", "sms", "en",
     [("bone growth stimulator", "PROCEDURE"), ("EXG-448213-B", "DEVICE_ID"), ("877-555-0108", "PHONE")],
     ["orthopedics", "practice-contact"], "The device and its serial number go; the activation notice survives ('your device has been activated')."),
    ("cv0053", "Hola Julián, tus muletas y la bota ortopédica ya están listas para recoger en la recepción de Ortopedia Santa Clara. Horario: lunes a viernes de 8 a 4.",
     "REWRITE", "pickup", "sms", "es",
     [("Julián", "NAME"), ("muletas", "PROCEDURE"), ("bota ortopédica", "PROCEDURE"), ("Ortopedia Santa Clara", "SPECIALTY")],
     ["orthopedics"], "Pickup notice: name, devices and orthopedic practice name go; the hours survive."),
    ("cv0054", "¡Regreso a clases! Este sábado de 9 a 1 regalamos mochilas y útiles escolares en nuestro estacionamiento. Traiga a toda la familia.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Back to school' giveaway; nothing about anyone's back."),
    ("cv0055", "Statement from Keystone Home Medical - Account 00-7741952. Item: lumbar support orthosis (L0631). Medicare paid $612.40; your balance is $153.10. Pay at keystonehm.example/pay.",
     "REWRITE", "billing", "email", "en",
     [("00-7741952", "ACCOUNT"), ("lumbar support orthosis", "PROCEDURE"), ("L0631", "PROCEDURE"), ("keystonehm.example/pay", "URL")],
     ["orthopedics", "practice-contact"], "Decision 8: a HCPCS code names the device; the account number is not needed. The balance and pay link survive."),
    ("cv0056", "Coach Reilly, Maddie Chen may return to practice Monday in her ankle brace but no contact drills until her follow-up. Her sprain is healing normally. - Lakeview Sports Medicine",
     "BLOCK", "other", "sms", "en",
     [("Maddie Chen", "NAME"), ("ankle brace", "PROCEDURE"), ("sprain", "CONDITION"), ("healing normally", "RESULT"), ("Lakeview Sports Medicine", "SPECIALTY")],
     ["orthopedics", "third-party", "minor"], "An athlete's condition and restrictions sent to a coach: third party's health. Decision 11: the coach's name is not labelled."),
    ("cv0057", "Friendly reminder to return your loaner crutches and cold therapy unit to our front desk by Fri 2/27 to avoid a $75 replacement fee.",
     "REWRITE", "other", "sms", "en",
     [("crutches", "PROCEDURE"), ("cold therapy unit", "PROCEDURE"), ("2/27", "DATE")],
     ["orthopedics"], "Decision 6: loaned devices reveal the injury; 'return your loaner equipment by Fri 2/27' survives."),
    ("cv0058", "Cast your vote! Our clinic is nominated for Best Place to Work in the Tri-County Business Awards - voting closes Sunday at midnight.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Cast' a vote, not a plaster cast."),
    ("cv0059", "Your fitting with Ken Sauer, CPO is set for 5/6 at 10:00. Please wear the shoes you plan to use with your new AFO.",
     "REWRITE", "reminder", "sms", "en",
     [("Ken Sauer", "PROVIDER"), ("CPO", "SPECIALTY"), ("5/6", "DATE"), ("AFO", "PROCEDURE")],
     ["orthopedics"], "Decision 5: a prosthetist-orthotist credential names a specialty; the device (ankle-foot orthosis) goes. 'fitting' alone is generic (judgement)."),
    ("cv0060", "Hi Mrs. Okoro, this is Raymond from Dr. Silva's office. The doctor wants you to stay non weight bearing on the left foot for four more weeks because the fracture hasn't fully healed. Please keep the cast dry. Call us at 555-0183 if you have questions.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Okoro", "NAME"), ("Raymond", "PROVIDER"), ("Dr. Silva", "PROVIDER"), ("non weight bearing on the left foot", "PROCEDURE"), ("fracture", "CONDITION"), ("hasn't fully healed", "RESULT"), ("cast", "PROCEDURE"), ("555-0183", "PHONE")],
     ["orthopedics"], "Voicemail with a finding and a weight-bearing order (decision 9); the body site attached to the order is inside its span (decision 4)."),
)

# ---------------------------------------------------------------- batch 6 (cv0061-cv0072): sports medicine, return to play, PT
add(
    ("cv0061", "Dear Mr. and Mrs. Halvorsen,\n\nDr. Greer has cleared Ethan to return to full-contact football as of 9/30, after he completed the graduated return-to-play protocol for his concussion. Please give the attached clearance form to the athletic trainer before Wednesday's practice.\n\nGo Hawks!\nPeak Performance Sports Medicine",
     "BLOCK", "result", "email", "en",
     [("Halvorsen", "NAME"), ("Dr. Greer", "PROVIDER"), ("cleared", "RESULT"), ("Ethan", "NAME"), ("9/30", "DATE"), ("graduated return-to-play protocol", "PROCEDURE"), ("concussion", "CONDITION"), ("Peak Performance Sports Medicine", "SPECIALTY")],
     ["orthopedics", "third-party", "minor"], "A dependent's diagnosis and clearance sent to the parents: third party's health (decision 10: clearance is a RESULT). 'clearance form' is paperwork, not labelled (judgement)."),
    ("cv0062", "Baseline concussion testing for all Westbrook HS fall athletes is Aug 12 in the library computer lab, 3:30-6:00. Sign up at westbrookathletics.example/baseline.",
     "ALLOW", "other", "email", "en",
     [("Aug 12", "DATE"), ("westbrookathletics.example/baseline", "URL")],
     ["orthopedics", "broadcast", "practice-contact"], "Broadcast to every athlete: says nothing about the recipient, so the test name is not a span (README broadcast convention); date and the program's own link are allowed."),
    ("cv0063", "Hi Tyler, your sports medicine follow-up is Wed 4/15 at 3:45 with Dr. Aguilar. Bring your cleats and your brace.",
     "REWRITE", "reminder", "sms", "en",
     [("Tyler", "NAME"), ("sports medicine", "SPECIALTY"), ("4/15", "DATE"), ("Dr. Aguilar", "PROVIDER"), ("brace", "PROCEDURE")],
     ["orthopedics"], "Name, specialty and device go; the reminder survives."),
    ("cv0064", "Reminder from Dr. Yoon: n0 sprinting or jumping until your h@mstring str@in is cleared. Keep up the stretches from PT 2x a day.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Yoon", "PROVIDER"), ("h@mstring str@in", "CONDITION"), ("PT", "SPECIALTY")],
     ["orthopedics", "physical-therapy", "leet"], "Leetspeak diagnosis with activity restrictions: treatment instruction. Decision 5: PT is SPECIALTY."),
    ("cv0065", "Hola, le escribe la Lic. Fernanda Ruiz, fisioterapeuta. A su hijo Mateo ya le dimos de alta de terapia física: la fuerza de la pierna está al 95% y puede volver a jugar fútbol.",
     "BLOCK", "result", "sms", "es",
     [("Lic. Fernanda Ruiz", "PROVIDER"), ("fisioterapeuta", "SPECIALTY"), ("Mateo", "NAME"), ("terapia física", "SPECIALTY"), ("95%", "RESULT")],
     ["orthopedics", "physical-therapy", "third-party", "minor"], "A child's therapy outcome and clearance sent to the parent: third party's health. Role word naming a specialty is SPECIALTY (README); decision 5."),
    ("cv0066", "Kick off the season right: sports physicals for student athletes every Saturday in August. Walk-ins welcome, $25 cash or card.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Offer to everyone; says nothing about the recipient."),
    ("cv0067", "Referral notice: Dr. Eaton has referred you to Northside Physical Therapy for post-op rehab (12 visits authorized, auth #PA-5520917). They will call you within 2 business days, or you can reach them at 503-555-0146.",
     "REWRITE", "other", "email", "en",
     [("Dr. Eaton", "PROVIDER"), ("Northside Physical Therapy", "SPECIALTY"), ("post-op rehab", "PROCEDURE"), ("PA-5520917", "OTHER_ID"), ("503-555-0146", "PHONE")],
     ["orthopedics", "physical-therapy", "practice-contact"], "Referral logistics survive; PT practice name, plan and authorization number go (decision 5; authorization numbers as OTHER_ID)."),
    ("cv0068", "Momentum PT: See you tomorrow at 7:30am for your session with Alexis Grant, DPT. Wear comfy clothes & sneakers!",
     "REWRITE", "reminder", "sms", "en",
     [("Momentum PT", "SPECIALTY"), ("Alexis Grant", "PROVIDER"), ("DPT", "SPECIALTY")],
     ["physical-therapy"], "PT practice name and credential reveal the service (README names DPT); time survives."),
    ("cv0069", "Running late? Text LATE and we'll do our best to fit you in. Arriving more than 15 minutes late may mean we need to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "'Running' late; 15 minutes is not a date."),
    ("cv0070", "Concussion Clinic check-in: please complete your symptom survey before tomorrow's visit. It takes about 5 minutes.",
     "REWRITE", "other", "push", "en",
     [("Concussion", "CONDITION")],
     ["orthopedics"], "Decision 15: the condition names the clinic; 'clinic check-in' survives. The symptom survey is left generic (judgement)."),
    ("cv0071", "Good luck to everyone running Sunday's Turkey Trot! May the only pulled thing you deal with this weekend be a pulled pork sandwich.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "A joke about 'pulled' muscles addressed to everyone; no injury, no patient."),
    ("cv0072", "Progress summary, visit 8 of 12: knee flexion 118°, extension -2°, quad strength 4+/5. Continue HEP 2x daily; begin jogging progression at week 12 per protocol. - Priya Raman, PT, DPT",
     "ALLOW", "other", "portal", "en",
     [("knee flexion", "PROCEDURE"), ("118°", "RESULT"), ("extension", "PROCEDURE"), ("-2°", "RESULT"), ("quad strength", "PROCEDURE"), ("4+/5", "RESULT"), ("HEP", "PROCEDURE"), ("jogging progression", "PROCEDURE"), ("Priya Raman", "PROVIDER"), (", [[PT]], DPT", "SPECIALTY"), ("DPT", "SPECIALTY")],
     ["physical-therapy"], "Measures and values inside the portal: ALLOW (scale/measure is PROCEDURE, its value RESULT)."),
)

# ---------------------------------------------------------------- batch 7 (cv0073-cv0084): surgery scheduling, estimates, statements
add(
    ("cv0073", "Hi Ms. Farrow, this is Nina, Dr. Castellanos' surgery scheduler. We have your total shoulder replacement booked for 12/3 at Baypoint Surgery Center. Pre-admission testing is 11/20 at 8 am.",
     "REWRITE", "confirmation", "sms", "en",
     [("Farrow", "NAME"), ("Nina", "PROVIDER"), ("Dr. Castellanos", "PROVIDER"), ("total shoulder replacement", "PROCEDURE"), ("12/3", "DATE"), ("Pre-admission testing", "PROCEDURE"), ("11/20", "DATE")],
     ["orthopedics"], "Booking survives without the name and procedure; pre-admission testing is a named visit type like a pre-op visit (judgement). Decision 1 for the center."),
    ("cv0074", "Your estimate for CPT 29881 (knee arthroscopy with meniscectomy) at Lakeshore Surgery Center: facility $2,310, surgeon $1,140, anesthesia $480. Estimated patient responsibility after insurance: $1,275. Estimate #E-330187.",
     "REWRITE", "billing", "email", "en",
     [("29881", "PROCEDURE"), ("knee arthroscopy with meniscectomy", "PROCEDURE"), ("E-330187", "OTHER_ID")],
     ["orthopedics"], "Decision 8: the CPT code is a PROCEDURE; the estimate number is OTHER_ID. The amounts survive."),
    ("cv0075", "Lakeshore Surgery Center: a new statement is available. Balance due: $1,275.00. Pay securely at lakeshoresc.example/pay or call 312-555-0160, Mon-Fri 8-4:30.",
     "ALLOW", "billing", "sms", "en",
     [("lakeshoresc.example/pay", "URL"), ("312-555-0160", "PHONE")],
     ["orthopedics", "practice-contact"], "Statement notice with the center's own link and phone; decision 1."),
    ("cv0076", "Estimado Sr. Quintero: su estado de cuenta por la cirugía de reemplazo de cadera del 3 de febrero ya está disponible. Saldo pendiente: $420.00. Número de cuenta: 88120457.",
     "REWRITE", "billing", "email", "es",
     [("Quintero", "NAME"), ("reemplazo de cadera", "PROCEDURE"), ("3 de febrero", "DATE"), ("88120457", "ACCOUNT")],
     ["orthopedics"], "Statement: name, procedure and account number go; 'cirugía de' alone is generic (README: surgery alone), the balance survives."),
    ("cv0077", "Please complete your pre-surgery paperwork before 2/11: https://forms.baypointsc.example/start?pid=7730215&t=Qx9v - it takes about 10 minutes.",
     "REWRITE", "other", "email", "en",
     [("2/11", "DATE"), ("https://forms.baypointsc.example/start?pid=7730215&t=Qx9v", "URL")],
     ["orthopedics"], "A link with a patient id and token is patient-specific (README): REWRITE. 'pre-surgery paperwork' is generic (judgement)."),
    ("cv0078", "Update from Dr. Hale's office: BlueRidge Health Plan denied the lumbar fusion because your records show less than 6 months of conservative treatment for spondylolisthesis. We are filing an appeal this week.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Hale", "PROVIDER"), ("lumbar fusion", "PROCEDURE"), ("conservative treatment", "PROCEDURE"), ("spondylolisthesis", "CONDITION")],
     ["orthopedics"], "A denial reason that states the diagnosis and treatment history: the clinical content is the message."),
    ("cv0079", "We have an opening on the surgery schedule with Dr. Marchetti on Tue 7/8. Reply YES to take it or call 602-555-0192 by noon today.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Marchetti", "PROVIDER"), ("7/8", "DATE"), ("602-555-0192", "PHONE")],
     ["orthopedics", "practice-contact"], "'surgery' alone is generic (README); waitlist offer with provider and date."),
    ("cv0080", "Hi Walter, it's Maggie at Coastal Orthopedic Associates. Dr. Lindgren needs to move your carpal tunnel release from the 14th to Friday the 21st. Give me a call at 555-0147.",
     "REWRITE", "reminder", "voice", "en",
     [("Walter", "NAME"), ("Maggie", "PROVIDER"), ("Coastal Orthopedic Associates", "SPECIALTY"), ("Dr. Lindgren", "PROVIDER"), ("carpal tunnel release", "PROCEDURE"), ("14th", "DATE"), ("21st", "DATE"), ("555-0147", "PHONE")],
     ["orthopedics", "practice-contact"], "Reschedule survives; decision 14: day-of-month ordinals are DATE spans."),
    ("cv0081", "Good news - no more paper cuts! Our statements are going paperless. Reply PAPER if you'd still like mailed copies.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'paper cuts' is a joke about paper, not a wound."),
    ("cv0082", "Important: the hip implant you received on 5/3/2019 (Corvant Dual-Mobility, lot 44821A) is part of a manufacturer recall. Dr. Ngata's office will contact you to arrange metal ion blood testing.",
     "BLOCK", "other", "sms", "en",
     [("hip implant", "PROCEDURE"), ("5/3/2019", "DATE"), ("Corvant Dual-Mobility", "PROCEDURE"), ("44821A", "DEVICE_ID"), ("Dr. Ngata", "PROVIDER"), ("metal ion blood testing", "PROCEDURE")],
     ["orthopedics", "identifier"], "Decision 13: the implant and its recall are the message; the lot number is a DEVICE_ID. Send a portal notice instead."),
    ("cv0083", "Surgery day tip: leave jewelry and valuables at home, and bring your insurance card, photo ID and a list of your current medications.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["general", "hard-negative"], "Decision 2: generic surgery-day logistics; 'medications' is generic (README)."),
    ("cv0084", "Clínica Médica Robles: su cita con el Dr. Esquivel es el martes 18 de noviembre a las 9:15. Si no puede asistir, llame al 956-555-0125.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Esquivel", "PROVIDER"), ("18 de noviembre", "DATE"), ("956-555-0125", "PHONE")],
     ["orthopedics", "practice-contact"], "Generic practice name, provider, date and the practice's phone."),
)

# ---------------------------------------------------------------- batch 8 (cv0085-cv0096): newsletters, long e-mails, identifiers, disguises
add(
    ("cv0085", "Crestline Medical Group - Spring Newsletter\n\nBack to school, back to sports: sports physicals are available every Saturday in August at our Fairview and Lake Road offices, no appointment needed.\n\nFree fall-prevention workshop: open to everyone 65 and over, Tuesday mornings at 10 in our community room. Balance exercises, home-safety checklists and a light snack.\n\nWelcome, Dr. Hannah Lowell! Dr. Lowell joins our Fairview office this month and is accepting new patients of all ages.\n\nParking update: the east lot will be repaved in May; please use the north entrance during construction.\n\nHoliday hours: all offices close at noon on Friday, May 23, and stay closed on Memorial Day.\n\nQuestions? Call 541-555-0187 or visit crestlinemed.example/news. To stop receiving this newsletter, reply UNSUBSCRIBE.",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Hannah Lowell", "PROVIDER"), ("Dr. Lowell", "PROVIDER"), ("May 23", "DATE"), ("541-555-0187", "PHONE"), ("crestlinemed.example/news", "URL")],
     ["general", "broadcast", "practice-contact"], "Newsletter from a generic-named group: offers open to everyone say nothing about the recipient."),
    ("cv0086", "Northshore Orthopaedics: we've moved! Starting 3/2 you'll find us at 880 Lake Shore Dr, Suite 400, Chicago, IL 60611. Same phone: 312-555-0190.",
     "REWRITE", "other", "sms", "en",
     [("Northshore Orthopaedics", "SPECIALTY"), ("3/2", "DATE"), ("880 Lake Shore Dr, Suite 400, Chicago, IL 60611", "ADDRESS"), ("312-555-0190", "PHONE")],
     ["orthopedics", "broadcast", "practice-contact"], "Decision 12: a notice to all patients of an orthopedic-named practice still tells a reader the recipient is an orthopedic patient; rewrite to a generic sender. Judgement call."),
    ("cv0087", "No bones about it: our new extended hours start Monday. We're open until 7 pm Tuesday through Thursday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Idiom; practice-wide hours."),
    ("cv0088", "Subject: What to expect on your procedure day\n\nThank you for choosing Riverside Ambulatory Surgery Center. A few things patients often ask about:\n\nAnesthesia: an anesthesiologist will call you 1-2 days before to review your health history. If you miss the call, please call back at 949-555-0115.\n\nBilling: you may receive up to three separate bills - one from the center, one from your surgeon and one from the anesthesia group.\n\nVisitors: one adult may wait with you in the lobby. Children under 14 may not stay in the recovery area.\n\nGoing home: you must have an adult drive you home. Rideshare and taxis are only allowed if an adult rides with you.\n\nFor directions and our full FAQ, visit riversideasc.example/faq.",
     "ALLOW", "care-instructions", "email", "en",
     [("949-555-0115", "PHONE"), ("riversideasc.example/faq", "URL")],
     ["orthopedics", "practice-contact"], "Decisions 1 and 2: a long generic 'what to expect' letter; 'anesthesia', 'surgeon' and 'recovery area' name no procedure or condition of the recipient. 'anesthesiologist' is a role word, left generic like 'surgeon' (judgement)."),
    ("cv0089", "Ride confirmed: Sunrise Transport will pick up Evelyn Marsh (age 93) at 6:00 AM Thursday for her surgery at Pinecrest Surgery Center. Driver will call on arrival.",
     "REWRITE", "confirmation", "sms", "en",
     [("Evelyn Marsh", "NAME"), ("93", "AGE")],
     ["orthopedics", "age-over-89"], "Sent to the daughter: a relative's logistics with a name and an age over 89; 'surgery' alone is generic. REWRITE like the patient's own (README)."),
    ("cv0090", "Pre-registration for Gloria Estrada, DOB 02/14/1958, total knee on 8/19: please confirm your Medicare ID 1EG4-TE5-MK72 by replying to this message.",
     "BLOCK", "other", "sms", "en",
     [("Gloria Estrada", "NAME"), ("02/14/1958", "DATE"), ("total knee", "PROCEDURE"), ("8/19", "DATE"), ("1EG4-TE5-MK72", "HEALTH_PLAN_ID")],
     ["orthopedics", "dob", "identifier"], "A full date of birth with a name is BLOCK (README), here with a beneficiary number too."),
    ("cv0091", "Ur MRI confirmed a torn men\u200biscus, Dr. Pryce recommends arthro\u200bscopy. Call to schedule: 555-0175",
     "BLOCK", "result", "sms", "en",
     [("MRI", "PROCEDURE"), ("torn men\u200biscus", "CONDITION"), ("Dr. Pryce", "PROVIDER"), ("arthro\u200bscopy", "PROCEDURE"), ("555-0175", "PHONE")],
     ["orthopedics", "imaging", "shorthand"], "Imaging finding and treatment recommendation hidden with zero-width spaces."),
    ("cv0092", "Hi Sam, your b\u043ene density results: T-score -1.8, which is \u043esteopenia. Dr. Obi suggests calcium and vitamin D daily.",
     "BLOCK", "result", "sms", "en",
     [("Sam", "NAME"), ("b\u043ene density", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-1.8", "RESULT"), ("\u043esteopenia", "CONDITION"), ("Dr. Obi", "PROVIDER"), ("calcium", "MEDICATION"), ("vitamin D", "MEDICATION")],
     ["orthopedics", "imaging"], "Result with value and diagnosis, written with Cyrillic 'о' look-alikes; scale is PROCEDURE, value RESULT (README)."),
    ("cv0093", "Hi Ana, your ACL reconstruction with hamstring autograft is scheduled for 1/22 at Baypoint Surgery Center. Stop ibuprofen 5 days prior. Prehab with PT starts 1/8 - see the attached exercise sheet.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Ana", "NAME"), ("ACL reconstruction with hamstring autograft", "PROCEDURE"), ("1/22", "DATE"), ("ibuprofen", "MEDICATION"), ("Prehab", "PROCEDURE"), ("PT", "SPECIALTY"), ("1/8", "DATE")],
     ["orthopedics", "contrast"], "Portal: procedure and medication hold may stay (README channel convention)."),
    ("cv0094", "Community corner: Maple Grove Elementary's cast of 'Annie' will sing in our lobby Friday at noon. Come early for cocoa and cookies!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "A school play's cast, not a plaster cast."),
    ("cv0095", "Estimada Sra. Lorena Vidal:\n\nLe confirmamos su artroscopia de hombro con el Dr. Tapia el lunes 9 de junio en el Centro de Cirugía Ambulatoria Del Sol. Por favor llegue a las 6:15 a. m. por la entrada principal y regístrese en el primer piso.\n\nRecuerde:\n- No coma ni beba nada después de la medianoche.\n- Venga con un adulto que pueda manejar y quedarse con usted.\n- Traiga su identificación, su tarjeta del seguro y ropa holgada con botones al frente.\n- Deje en casa joyas, relojes y objetos de valor.\n\nSi tiene fiebre o algún cambio en su salud antes de la cirugía, llámenos al 915-555-0138.\n\nAtentamente,\nCoordinación Quirúrgica",
     "REWRITE", "confirmation", "email", "es",
     [("Lorena Vidal", "NAME"), ("artroscopia de hombro", "PROCEDURE"), ("Dr. Tapia", "PROVIDER"), ("9 de junio", "DATE"), ("915-555-0138", "PHONE")],
     ["orthopedics", "practice-contact"], "Long confirmation: name and procedure go, generic center name (decision 1) and logistics survive. The conditional 'si tiene fiebre' is left unlabelled as generic advice (judgement)."),
    ("cv0096", "Hi Omar, Dr. Kwan's office here - your fracture clinic appt is moved to 3/27 at 10:40. Pls bring the sling.",
     "REWRITE", "reminder", "sms", "en",
     [("Omar", "NAME"), ("Dr. Kwan", "PROVIDER"), ("fracture", "CONDITION"), ("3/27", "DATE"), ("sling", "PROCEDURE")],
     ["orthopedics", "shorthand"], "Decision 15: the condition names the clinic; name and device also go, the reschedule survives."),
)

# ---------------------------------------------------------------- batch 9 (cv0097-cv0108): Spanish, pickups, results, workers' comp
add(
    ("cv0097", "A joint effort: thanks to your votes, our clinic raised $4,200 for the county food bank this winter. Thank you, neighbors!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'joint' effort, not a joint."),
    ("cv0098", "Gracias a todos por trabajar codo a codo en nuestra colecta de alimentos. ¡Juntamos más de 600 kilos para el banco de comida!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'codo a codo' (side by side) is an idiom, not an elbow."),
    ("cv0099", "Hola Ramiro, el Dr. Salas revisó tu resonancia: tienes una hernia de disco en L5-S1. Te vamos a mandar a terapia física y vas a tomar meloxicam 15 mg una vez al día.",
     "BLOCK", "result", "sms", "es",
     [("Ramiro", "NAME"), ("Dr. Salas", "PROVIDER"), ("resonancia", "PROCEDURE"), ("hernia de disco en L5-S1", "CONDITION"), ("terapia física", "SPECIALTY"), ("meloxicam 15 mg", "MEDICATION")],
     ["orthopedics", "imaging"], "Diagnosis and dosing by text; decision 4 keeps the level inside the condition span, decision 5 for 'terapia física'."),
    ("cv0100", "Buenas tardes, le llamamos de Ortopedia y Traumatología Los Pinos para recordarle a la señora Carmen Ledesma su cita de control de yeso el miércoles a las diez de la mañana. Para confirmar, marque uno.",
     "REWRITE", "reminder", "voice", "es",
     [("Ortopedia y Traumatología Los Pinos", "SPECIALTY"), ("Carmen Ledesma", "NAME"), ("yeso", "PROCEDURE")],
     ["orthopedics"], "IVR reminder: practice name, patient name and the cast (device) go; 'control de' is the generic visit word."),
    ("cv0101", "Recordatorio: su cita de seguimiento es el viernes 5 de diciembre a las 3:30 p. m. con la Dra. Villalobos. Responda SÍ para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("5 de diciembre", "DATE"), ("Dra. Villalobos", "PROVIDER")],
     ["orthopedics"], "Generic follow-up with provider, date and time."),
    ("cv0102", "Hi Priya - Dr. Ostrowski looked at your hip x-rays from Tuesday: moderate arthritis on the right side, no fracture. He'd like to talk about a cortisone shot at your visit on 10/7. - Hip & Knee Institute",
     "BLOCK", "result", "sms", "en",
     [("Priya", "NAME"), ("Dr. Ostrowski", "PROVIDER"), ("hip x-rays", "PROCEDURE"), ("moderate arthritis on the right side", "CONDITION"), ("no fracture", "RESULT"), ("cortisone shot", "MEDICATION"), ("10/7", "DATE"), ("Hip & Knee Institute", "SPECIALTY")],
     ["orthopedics", "imaging", "negation"], "Imaging findings (positive and negative) by text; decision 4 keeps the side inside the condition span."),
    ("cv0103", "Your pathology from the ganglion cyst removal came back benign - nothing further is needed. Call us with any questions. - Dr. Whitfield's nurse",
     "BLOCK", "result", "sms", "en",
     [("pathology", "PROCEDURE"), ("ganglion cyst removal", "PROCEDURE"), ("benign", "RESULT"), ("Dr. Whitfield", "PROVIDER")],
     ["orthopedics", "lab"], "A benign result is still a result (README)."),
    ("cv0104", "Westlake Pharmacy: Your prescription for oxycodone 5 mg is ready for pickup. A photo ID is required for this medication. We close at 9 PM tonight.",
     "REWRITE", "pickup", "sms", "en",
     [("oxycodone 5 mg", "MEDICATION")],
     ["orthopedics", "pharmacy"], "Medication name in a pickup notice: REWRITE (DESIGN); the ID requirement survives."),
    ("cv0105", "Hi this is Dr. Ferraro's MA - he sent a refill of cyclobenzaprine 10 mg, take 1 at bedtime as needed for the back spasms. Don't drive after taking it!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Ferraro", "PROVIDER"), ("cyclobenzaprine 10 mg", "MEDICATION"), ("back spasms", "CONDITION")],
     ["orthopedics", "shorthand"], "Dosing instruction with the drug and the condition it treats."),
    ("cv0106", "Reminder: appointment tomorrow at 9:30 AM with Dr. Adeyemi. Tap to check in early and skip the line.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Adeyemi", "PROVIDER")],
     ["orthopedics"], "Provider and time only."),
    ("cv0107", "Workers' Comp update: claim #WC-2207-8812 for your right wrist injury has been accepted by the carrier. Your next visit with Dr. Ruiz is 4/9 at 1:00 PM.",
     "REWRITE", "other", "email", "en",
     [("WC-2207-8812", "OTHER_ID"), ("right wrist injury", "CONDITION"), ("Dr. Ruiz", "PROVIDER"), ("4/9", "DATE")],
     ["orthopedics"], "Decision 17: the claim number is OTHER_ID; the injury goes, 'your claim has been accepted' and the visit survive. Judgement: claim acceptance is administrative, not a clinical finding."),
    ("cv0108", "Thanks for visiting Greenfield Medical today! Reply with a number from 1 to 5 to rate your visit.",
     "ALLOW", "other", "sms", "en", [],
     ["orthopedics"], "Generic satisfaction survey."),
)

# ---------------------------------------------------------------- batch 10 (cv0109-cv0120): family updates, discharge, DME paperwork, templates
add(
    ("cv0109", "Tri-Valley Bone & Joint: reminder that Lily's cast removal is Wed 2/18 at 11:00. Kids, bring a favorite book - the saw is loud but it doesn't hurt!",
     "REWRITE", "reminder", "sms", "en",
     [("Tri-Valley Bone & Joint", "SPECIALTY"), ("Lily", "NAME"), ("cast removal", "PROCEDURE"), ("2/18", "DATE")],
     ["orthopedics", "minor"], "A dependent's logistics with a name and a visit type: REWRITE (README); the bone-and-joint practice name is specialty-revealing."),
    ("cv0110", "Hi Mr. Dubois, this is Renata at the surgery center. Your wife is out of surgery and in recovery - the hip fracture repair went well, and she can have visitors around 3 pm.",
     "BLOCK", "other", "sms", "en",
     [("Dubois", "NAME"), ("Renata", "PROVIDER"), ("hip fracture repair", "PROCEDURE"), ("went well", "RESULT")],
     ["orthopedics", "third-party"], "Decision 16: the spouse's procedure and outcome are a third party's health; the recipient's own name is NAME."),
    ("cv0111", "Directions to Riverside Ambulatory Surgery Center: 2200 Harbor Blvd, Building C, Costa Verde, CA 92627. Free parking in Lot 2; check in on the first floor.",
     "ALLOW", "other", "email", "en",
     [("2200 Harbor Blvd, Building C, Costa Verde, CA 92627", "ADDRESS")],
     ["orthopedics", "practice-contact"], "The center's own address (decision 1: generic surgery-center name)."),
    ("cv0112", "To finish setting up your wheelchair rental, please confirm the details we have on file: Harold Beck, DOB 07/09/1941, SSN 219-09-9999, Medicare ID 4TX2-QW8-LP31. Reply YES if correct.",
     "BLOCK", "other", "email", "en",
     [("wheelchair", "PROCEDURE"), ("Harold Beck", "NAME"), ("07/09/1941", "DATE"), ("219-09-9999", "SSN"), ("4TX2-QW8-LP31", "HEALTH_PLAN_ID")],
     ["orthopedics", "dob", "identifier"], "An SSN and a full date of birth with a name must never travel by e-mail or text (DESIGN). The SSN is a well-known specimen number."),
    ("cv0113", "Dr. Hargreaves is running about 30 min behind today. If you'd prefer to reschedule, reply R and we'll call you.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Hargreaves", "PROVIDER")],
     ["orthopedics"], "Delay notice with a provider name only."),
    ("cv0114", "Doña Elvira, le informamos que su esposo salió bien de la cirugía de rodilla. El Dr. Benavides le indicó enoxaparina 40 mg diaria por 14 días al darlo de alta.",
     "BLOCK", "other", "sms", "es",
     [("Elvira", "NAME"), ("salió bien", "RESULT"), ("cirugía de rodilla", "PROCEDURE"), ("Dr. Benavides", "PROVIDER"), ("enoxaparina 40 mg", "MEDICATION")],
     ["orthopedics", "third-party"], "Decision 16: the husband's outcome and his anticoagulant course sent to his wife. Decision 4: 'cirugía de rodilla' names the procedure by its body site."),
    ("cv0115", "Hola Marisol 👋 tu cita de fisioterapia es mañana a las 5:15 pm. Trae ropa cómoda y tenis. ¡Te esperamos!",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("fisioterapia", "SPECIALTY")],
     ["physical-therapy"], "Decision 5: 'fisioterapia' is the service line; name and service go, the time survives."),
    ("cv0116", "Dear Mr. Castellano,\n\nYou were discharged today after your right total knee replacement. Please follow these instructions until your post-op visit with Dr. Imani Osei on 10/28:\n\n1. Blood clot prevention: take aspirin 81 mg twice a day for 4 weeks.\n2. Pain: take acetaminophen 1,000 mg every 8 hours; use oxycodone 5 mg only for severe pain, no more than 4 tablets a day.\n3. Walk with the walker every 1-2 hours while awake; weight bearing as tolerated.\n4. Keep the incision dressing (Aquacel) on for 7 days; you may shower, but do not soak in a tub.\n5. Physical therapy at home starts tomorrow; the agency will call you.\n6. No driving until you are cleared at your post-op visit. Keep pain pills locked up and bring any unused tablets to a pharmacy drop box.\n\nCall us at 720-555-0113 for fever over 101, calf swelling or drainage from the incision.\n\nSummit Joint Replacement Center",
     "BLOCK", "care-instructions", "email", "en",
     [("Castellano", "NAME"), ("right total knee replacement", "PROCEDURE"), ("post-op", "PROCEDURE"), ("Dr. Imani Osei", "PROVIDER"), ("10/28", "DATE"), ("aspirin 81 mg", "MEDICATION"), ("acetaminophen 1,000 mg", "MEDICATION"), ("oxycodone 5 mg", "MEDICATION"), ("severe pain", "CONDITION"), ("walker", "PROCEDURE"), ("weight bearing as tolerated", "PROCEDURE"), ("Aquacel", "PROCEDURE"), ("Physical therapy", "SPECIALTY"), ("post-op", "PROCEDURE", 1), ("pain pills", "MEDICATION"), ("720-555-0113", "PHONE"), ("Summit Joint Replacement Center", "SPECIALTY")],
     ["orthopedics", "negation"], "Discharge letter with doses and a weight-bearing order (decisions 3 and 9): BLOCK by e-mail, send a portal notice. Judgement: the hypothetical warning signs (fever, calf swelling, drainage) are left unlabelled; the Aquacel dressing is a device (PROCEDURE)."),
    ("cv0117", "Hi! This is Sophie from Ridgecrest Medical. Just confirming we received your updated insurance card - no action needed on your end.",
     "ALLOW", "other", "sms", "en",
     [("Sophie", "PROVIDER")],
     ["orthopedics"], "A staff sender (PROVIDER, README) and an insurance receipt; nothing clinical."),
    ("cv0118", "Recordatorio del Dr. Levin: use el inmovilizador de rodilla todo el tiempo, también para dormir, hasta su cita del 2 de septiembre. No lo moje.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Dr. Levin", "PROVIDER"), ("inmovilizador de rodilla", "PROCEDURE"), ("2 de septiembre", "DATE")],
     ["orthopedics"], "A device-use order is a treatment instruction; removing the device leaves nothing to send (judgement, like decision 9)."),
    ("cv0119", "Thank you for calling. If you are calling about a bill, press 2. For scheduling or to reschedule a surgery date, press 3. To speak with a nurse, press 4. If this is a medical emergency, hang up and dial 911.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR menu: 'surgery', 'nurse' and 'emergency' are generic; 911 is not a phone identifier (README)."),
    ("cv0120", "{{location_name}}: your surgery arrival time on {{appt_date}} is {{arrival_time}}. Nothing to eat after midnight, clear liquids until 2 hours before arrival. Questions? {{practice_phone}}",
     "ALLOW", "reminder", "sms", "en", [],
     ["orthopedics"], "Template with content-free placeholders only; decision 2: generic fasting logistics with no procedure or drug named."),
)

probe_lib.run(M, "cv", "probe97.jsonl")
