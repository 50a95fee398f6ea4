#!/usr/bin/env python3
"""Build corpus/probe59.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe59.py [OUT] [-v]   (default: probe59.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is ORTHOPEDICS, SPORTS MEDICINE AND PAIN MANAGEMENT: what orthopedic surgeons,
sports-medicine clinics, spine centers, pain-management practices, joint-replacement programs and
physical-therapy partners send — pre-op joint-replacement classes, surgery scheduling, post-op
visits and staple removal, cast and brace fittings, cortisone and gel injections, nerve blocks and
epidurals, opioid agreements and pill counts, urine drug screens, imaging logistics, sports
physicals, concussion protocols, return-to-play, DME (crutches, slings, knee scooters) — with
logistics that may go as written, messages that may go once a name, service, procedure, drug or
identifier is removed, and messages that must not go by text (fracture or tear findings, imaging
results, opioid doses and refill decisions, drug-screen results, work restrictions tied to a
diagnosis). Hard negatives: "break", "tear", "fracture", "joint", "cast", "brace", "pain" in other
senses, sports scores and team schedules. About 16% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "from [[21]] in" searches for "from 21 in"
      and labels only the bracketed part "21".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Orthopedic, sports-medicine, spine, pain-management, hand-surgery, joint-replacement and
     physical-therapy practice names are specialty-revealing (README names orthopedic and PT; the
     others follow) -> SPECIALTY; such a name alone makes an SMS a REWRITE.
  2. "<Place> Surgery Center" (an ambulatory surgery center) and DME/medical-supply vendors
     without a specialty word are generic names and are not labelled.
  3. A sports physical (pre-participation physical) is a generic physical, not labelled.
  4. A named procedure or test that carries its body site or an embedded condition word is one
     PROCEDURE span ("right total hip replacement", "MRI of the lumbar spine", "cirugía de
     hombro", "DEXA bone density scan").
  5. Injections: with a drug or material word ("cortisone injection", "gel injection",
     "Lovenox 40 mg injection") -> MEDICATION, as README's cortisone example; named
     interventional procedures (epidural steroid injection, medial branch block, nerve RFA, PRP
     injection, "infiltración" without a drug) -> PROCEDURE.
  6. A device is PROCEDURE and a following "fitting", "check" or "form" stays outside, like
     "follow-up"; a named class or program keeps "class"/"program" inside (as "detox program").
  7. Imaging findings: a named diagnosis (with its severity/site words) is CONDITION; a state,
     value, negative finding or clearance is RESULT ("no fracture", "healing well",
     "80% relief", "cleared for full contact").
  8. "pain agreement/contract": `pain` is CONDITION with the generic word outside; "opioid
     agreement" / "controlled substance agreement": the drug class is MEDICATION.
  9. A refill denial, hold or early-refill approval of a controlled substance is a treatment
     decision -> BLOCK; a plain "sent/ready" notice naming the drug is REWRITE.
 10. Work restrictions tied to a diagnosis: the diagnosis is CONDITION, the restriction wording is
     not labelled; BLOCK. A work note with no diagnosis is ALLOW.
 11. A dependent's non-routine test in pure scheduling logistics (no finding) is REWRITE, like the
     patient's own: removing it leaves the purpose intact.
 12. Return-to-play: the form/visit type is PROCEDURE (REWRITE); the clearance itself is a RESULT
     (BLOCK).
 13. Broadcasts to every athlete or patient (baseline concussion testing, an arthritis talk) are
     ALLOW without clinical spans, per README's broadcast rule.
 14. PT as therapy received -> PROCEDURE ("outpatient PT"); as department, role or credential ->
     SPECIALTY ("with PT", "PT, DPT", "orthotist", "hand therapist").
 15. Shipment tracking and order/folio numbers are OTHER_ID; a device serial is DEVICE_ID.
 16. Staff named as callers or senders (schedulers, nurses, a program coach) are PROVIDER.
 17. Warning signs written hypothetically ("call if redness or fever") are CONDITION; tag negation.

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


# ---------------------------------------------------------------- batch 1 (bj0001-bj0012): pre-op classes, surgery scheduling
add(
    ("bj0001", "Reminder: your appointment with Dr. Lindqvist is Tue 3/10 at 8:45 AM. Please arrive 15 min early and bring a list of your current medications. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("3/10", "DATE")],
     ["orthopedics"], "Provider, date and time only; 'medications' is generic and '15 min' is not a date."),
    ("bj0002", "Redwood Joint Replacement Center: You're registered for Total Joint Class on Thursday 4/2, 1-3pm, Classroom B. Bring your coach! Questions? 971-555-0114",
     "REWRITE", "reminder", "sms", "en",
     [("Redwood Joint Replacement Center", "SPECIALTY"), ("Total Joint Class", "PROCEDURE"), ("4/2", "DATE"), ("971-555-0114", "PHONE")],
     ["orthopedics", "practice-contact"], "Joint-replacement program name and the class named after the surgery go (decisions 1, 6); date, room and the practice phone survive."),
    ("bj0003", "Dear Mr. Whitfield,\n\nThank you for choosing Granite Peak Orthopedics. Your right total hip replacement with Dr. Okafor is scheduled for March 24 at Northfield Surgery Center. Before then, please attend our free pre-op education class (Thursdays 10:00-11:30, Conference Room 2, 1800 Alder Way, Suite 300). The class covers what to expect in the hospital, getting your home ready and using your walker. Please also book your pre-admission testing with our surgery scheduler, Tonya, at (614) 555-0127 ext. 3.\n\nWarm regards,\nSurgery Scheduling Team\nGranite Peak Orthopedics\nwww.granitepeakortho.example",
     "REWRITE", "other", "email", "en",
     [("Whitfield", "NAME"), ("Granite Peak Orthopedics", "SPECIALTY"), ("right total hip replacement", "PROCEDURE"), ("Dr. Okafor", "PROVIDER"),
      ("March 24", "DATE"), ("pre-op education class", "PROCEDURE"), ("1800 Alder Way, Suite 300", "ADDRESS"), ("walker", "PROCEDURE"),
      ("pre-admission testing", "PROCEDURE"), ("Tonya", "PROVIDER"), ("(614) 555-0127", "PHONE"), ("Granite Peak Orthopedics", "SPECIALTY", 1),
      ("www.granitepeakortho.example", "URL")],
     ["orthopedics", "practice-contact"], "Scheduling e-mail: name, ortho practice name (twice), the procedure with its side, the class and the walker go; the surgery center is generic (decision 2); date, address, scheduler and phone survive."),
    ("bj0004", "Pre-op instructions from Dr. Baptiste's office: stop meloxicam and fish oil 7 days before your knee replacement on 5/19. Hold your Eliquis 48 hrs prior. Nothing to eat after midnight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Baptiste", "PROVIDER"), ("meloxicam", "MEDICATION"), ("fish oil", "MEDICATION"), ("knee replacement", "PROCEDURE"), ("5/19", "DATE"), ("Eliquis", "MEDICATION")],
     ["orthopedics"], "Medication-hold instructions before surgery are dosing instructions: the clinical content is the message."),
    ("bj0005", "Lakeview Medical Group will close at noon Friday for spring break. Phones reopen Monday at 8am. Have a safe break!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'break' is a school holiday, not a fracture; closure notice to everyone."),
    ("bj0006", "Hi Priya, your surgery w/ Dr. Hsu is now set for 6/11. Arrival time 6:15am at Northfield Surgery Center. Your ACL reconstruction pre-op call will come from a 614 number the day before.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("Dr. Hsu", "PROVIDER"), ("6/11", "DATE"), ("ACL reconstruction", "PROCEDURE"), ("pre-op", "PROCEDURE")],
     ["orthopedics", "shorthand"], "Name and the named procedure and pre-op call go; 'surgery' alone and the generic surgery center stay (decision 2)."),
    ("bj0007", "Dr. Varga reviewed your MRI: it shows a full-thickness rotator cuff tear, and he recommends surgical repair. Please call Kim at 720-555-0133 to pick a surgery date.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Varga", "PROVIDER"), ("MRI", "PROCEDURE"), ("full-thickness rotator cuff tear", "CONDITION"), ("surgical repair", "PROCEDURE"), ("Kim", "PROVIDER"), ("720-555-0133", "PHONE")],
     ["orthopedics", "imaging"], "An imaging finding (tear) and a treatment recommendation are the message; the scheduler is staff (decision 16)."),
    ("bj0008", "Centro Ortopédico del Valle: Sra. Delgado, su cirugía de reemplazo de rodilla con el Dr. Castellanos quedó programada para el 14 de abril. Le llamaremos para agendar su cita preoperatoria.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro Ortopédico del Valle", "SPECIALTY"), ("Delgado", "NAME"), ("reemplazo de rodilla", "PROCEDURE"), ("Dr. Castellanos", "PROVIDER"), ("14 de abril", "DATE"), ("preoperatoria", "PROCEDURE")],
     ["orthopedics"], "Ortho practice name, patient name, the procedure and the pre-op visit type go; 'cirugía' alone is generic; date survives."),
    ("bj0009", "Your procedure is confirmed for Monday, June 8. Please check in at the main entrance of Northfield Surgery Center, 455 Commerce Pkwy, by 6:30 AM. Bring a driver; you will not be able to drive yourself home. Wear loose, comfortable clothing and leave jewelry at home. Questions: (614) 555-0160.",
     "ALLOW", "confirmation", "email", "en",
     [("June 8", "DATE"), ("455 Commerce Pkwy", "ADDRESS"), ("(614) 555-0160", "PHONE")],
     ["orthopedics", "practice-contact"], "Judgement (decision 2): an ambulatory surgery center's name is generic; 'procedure' is generic; only the center's own address and phone."),
    ("bj0010", "Hi, this message is for Raymond Oduya, date of birth April 3rd 1956. This is Gina from Dr. Thibodeaux's office calling to schedule your lumbar fusion. Please call us back at 504-555-0119.",
     "BLOCK", "other", "voice", "en",
     [("Raymond Oduya", "NAME"), ("April 3rd 1956", "DATE"), ("Gina", "PROVIDER"), ("Dr. Thibodeaux", "PROVIDER"), ("lumbar fusion", "PROCEDURE"), ("504-555-0119", "PHONE")],
     ["orthopedics", "dob"], "Full date of birth with the patient's name on a voicemail that anyone can hear."),
    ("bj0011", "Bring the tear-off coupon from your mailer to our open house Saturday 10-2 for a free tote bag. See you there! Harborview Family Practice",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'tear-off' is a coupon, not a ligament tear."),
    ("bj0012", "Granite Peak Ortho: Time to book your 2-week post-op visit & staple removal. Tap to schedule.",
     "REWRITE", "recall", "push", "en",
     [("Granite Peak Ortho", "SPECIALTY"), ("post-op", "PROCEDURE"), ("staple removal", "PROCEDURE")],
     ["orthopedics"], "Ortho name, post-op visit type and staple removal go; the booking request survives."),
)

# ---------------------------------------------------------------- batch 2 (bj0013-bj0024): post-op visits, casts, braces, DME
add(
    ("bj0013", "Your follow-up appointment is confirmed: Wed 7/1 at 2:20pm with Jordan Pike, PA-C. Reply Y to confirm or call 614-555-0127.",
     "ALLOW", "confirmation", "sms", "en",
     [("7/1", "DATE"), ("Jordan Pike, PA-C", "PROVIDER"), ("614-555-0127", "PHONE")],
     ["orthopedics", "practice-contact"], "Generic follow-up with a PA (generic credential inside the PROVIDER span) and the practice phone."),
    ("bj0014", "Hi Marcus! Reminder: cast check + new x-rays tomorrow 9:15 at Bayshore Sports Medicine. Pls wear shorts.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("cast", "PROCEDURE"), ("x-rays", "PROCEDURE"), ("Bayshore Sports Medicine", "SPECIALTY")],
     ["orthopedics", "shorthand"], "Name, the cast (device, 'check' outside, decision 6), the x-rays and the sports-medicine name go; time survives."),
    ("bj0015", "Motion Works Physical Therapy: your brace fitting w/ our orthotist is Fri 5/8 at 11:00. Wear the shoes you'll use with the AFO.",
     "REWRITE", "reminder", "sms", "en",
     [("Motion Works Physical Therapy", "SPECIALTY"), ("brace", "PROCEDURE"), ("orthotist", "SPECIALTY"), ("5/8", "DATE"), ("AFO", "PROCEDURE")],
     ["physical-therapy", "orthopedics", "shorthand"], "PT name, the device (AFO = ankle-foot orthosis) and the orthotist role go (decisions 6, 14); date and time survive."),
    ("bj0016", "Brace yourself: our parking lot will be repaved next week. Please use the garage entrance on the north side. Thanks for your patience! -Lakeview Medical Group",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Brace yourself' is an idiom, not an orthosis; 'patience' is not 'patients'."),
    ("bj0017", "Your knee scooter and crutches are ready for pickup at the DME window, 2nd floor. Bring your photo ID. Granite Peak Orthopedics",
     "REWRITE", "pickup", "sms", "en",
     [("knee scooter", "PROCEDURE"), ("crutches", "PROCEDURE"), ("Granite Peak Orthopedics", "SPECIALTY")],
     ["orthopedics"], "Devices and the ortho name go; 'your order is ready for pickup, 2nd floor' survives."),
    ("bj0018", "Allied Home Medical: delivery of your cold therapy unit is scheduled 6/3 between 1-5pm to 2210 Birchwood Ln Apt 4B, Dayton OH 45419. Reply 1 to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("cold therapy unit", "PROCEDURE"), ("6/3", "DATE"), ("2210 Birchwood Ln Apt 4B, Dayton OH 45419", "ADDRESS")],
     ["orthopedics"], "The patient's home address and the device go; the vendor name is generic (decision 2); delivery date and window survive."),
    ("bj0019", "Keep your sling on at all times for 4 weeks, including while sleeping. You may take it off only to shower and to do your pendulum exercises 3x a day. Do not lift anything heavier than a coffee cup with that arm. - Dr. Nakamura's team",
     "BLOCK", "care-instructions", "sms", "en",
     [("sling", "PROCEDURE"), ("pendulum exercises", "PROCEDURE"), ("Dr. Nakamura", "PROVIDER")],
     ["orthopedics", "contrast"], "Post-op treatment instructions are the message; nothing is left once they are removed. Same text on the portal is ALLOW (bj0020)."),
    ("bj0020", "Keep your sling on at all times for 4 weeks, including while sleeping. You may take it off only to shower and to do your pendulum exercises 3x a day. Do not lift anything heavier than a coffee cup with that arm. - Dr. Nakamura's team",
     "ALLOW", "care-instructions", "portal", "en",
     [("sling", "PROCEDURE"), ("pendulum exercises", "PROCEDURE"), ("Dr. Nakamura", "PROVIDER")],
     ["orthopedics", "contrast"], "Same instructions inside the secure portal: care instructions are fine there (README channel convention)."),
    ("bj0021", "Hola Lupita, tu bota ortopédica ya llegó. Puedes pasar por ella de lunes a viernes de 8 a 5 en recepción. No olvides tu identificación.",
     "REWRITE", "pickup", "sms", "es",
     [("Lupita", "NAME"), ("bota ortopédica", "PROCEDURE")],
     ["orthopedics"], "Name and the walking boot (device) go; the pickup hours survive."),
    ("bj0022", "Harborview Fam Practice: appt tmrw 10:40a w/ NP Feldman. Reply C to confirm, R to resched.",
     "ALLOW", "reminder", "sms", "en",
     [("NP Feldman", "PROVIDER")],
     ["primary-care", "shorthand"], "Generic practice, provider and time in SMS shorthand."),
    ("bj0023", "Hi Mrs. Albright, following up on Owen's visit today: the X-ray confirmed a buckle fracture of the left wrist. He should keep the cast dry, skip gym class and recess for 3 weeks, and take children's ibuprofen for pain as needed. We'll recheck with new films on 8/14. - Bayshore Sports Medicine",
     "BLOCK", "care-instructions", "email", "en",
     [("Albright", "NAME"), ("Owen", "NAME"), ("X-ray", "PROCEDURE"), ("buckle fracture of the left wrist", "CONDITION"), ("cast", "PROCEDURE"),
      ("children's ibuprofen", "MEDICATION"), ("pain", "CONDITION"), ("8/14", "DATE"), ("Bayshore Sports Medicine", "SPECIALTY")],
     ["orthopedics", "pediatrics", "minor", "third-party"], "A child's fracture finding, cast care and dosing sent to the parent: a third party's health and treatment instructions."),
    ("bj0024", "Congrats to the Westside Wildcats on their 3-1 win! Lakeview Medical Group is a proud sponsor. See you at Saturday's game, 10am at Ridgeway Field.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A sports score and a team schedule: '3-1' is not a date and the field is not an address of anyone."),
)

# ---------------------------------------------------------------- batch 3 (bj0025-bj0036): injections, nerve blocks, epidurals
add(
    ("bj0025", "Hi Eileen, this is Dana at Cascade Spine & Pain Institute confirming your lumbar epidural steroid injection on 9/22 at 7:30am. Please arrange a driver.",
     "REWRITE", "confirmation", "sms", "en",
     [("Eileen", "NAME"), ("Dana", "PROVIDER"), ("Cascade Spine & Pain Institute", "SPECIALTY"), ("lumbar epidural steroid injection", "PROCEDURE"), ("9/22", "DATE")],
     ["orthopedics"], "Name, spine/pain center and the named procedure go (decisions 1, 5: an epidural is a procedure, not a drug); date, time and the driver request survive."),
    ("bj0026", "Before your L4-5 transforaminal injection: hold your Plavix 7 days and your ibuprofen 3 days. Take your blood pressure meds as usual the morning of.",
     "BLOCK", "care-instructions", "sms", "en",
     [("L4-5 transforaminal injection", "PROCEDURE"), ("Plavix", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("blood pressure meds", "MEDICATION")],
     ["orthopedics"], "Medication holds before a spine injection are dosing instructions."),
    ("bj0027", "Reminder: gel injection #2 of 3 (Synvisc) Thu 10/8 at 3:40 w/ Dr. Abernathy. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("gel injection", "MEDICATION"), ("Synvisc", "MEDICATION"), ("10/8", "DATE"), ("Dr. Abernathy", "PROVIDER")],
     ["orthopedics", "shorthand"], "Judgement (decision 5): a gel (hyaluronic acid) injection is named by its material like 'cortisone injection' -> MEDICATION, and the brand too; provider and date survive."),
    ("bj0028", "A joint statement from Lakeview Medical Group and St. Anne Hospital: we are pleased to announce our affiliation, effective next month. Your doctors, locations and phone numbers stay the same.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'joint' is a shared statement, not a body joint; 'St. Anne' names a hospital, not a patient."),
    ("bj0029", "Sr. Ramírez, le escribimos de parte del Dr. Salcedo: la resonancia muestra una hernia de disco L5-S1 que está presionando el nervio. Él recomienda un bloqueo epidural. Llámenos al 915-555-0148 para programarlo.",
     "BLOCK", "result", "sms", "es",
     [("Ramírez", "NAME"), ("Dr. Salcedo", "PROVIDER"), ("resonancia", "PROCEDURE"), ("hernia de disco L5-S1", "CONDITION"), ("bloqueo epidural", "PROCEDURE"), ("915-555-0148", "PHONE")],
     ["orthopedics", "imaging"], "An MRI finding (disc herniation) and a treatment recommendation are the message."),
    ("bj0030", "Tri-County Pain Management: Your medial branch block is scheduled for Mon 11/2 at 8:00 AM. Please bring a driver. 513-555-0172",
     "REWRITE", "reminder", "sms", "en",
     [("Tri-County Pain Management", "SPECIALTY"), ("medial branch block", "PROCEDURE"), ("11/2", "DATE"), ("513-555-0172", "PHONE")],
     ["orthopedics", "practice-contact"], "Pain-management name and the named block go; date, time and phone survive."),
    ("bj0031", "Dr. Oyelaran's office: we have an opening tomorrow at 1:10 PM if you'd like to move your appointment up. Reply YES to take it.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Oyelaran", "PROVIDER")],
     ["orthopedics"], "Waitlist offer with provider and time only."),
    ("bj0032", "After your cortisone injection today, the numbing medicine wears off in a few hours and your shoulder pain may flare for 24-48 hours. Ice 20 minutes at a time, avoid overhead lifting for 2 days, and check your blood sugar closely for 3 days since you're diabetic. Call us if you notice redness or fever at the site. — Dr. Hsu",
     "BLOCK", "care-instructions", "email", "en",
     [("cortisone injection", "MEDICATION"), ("numbing medicine", "MEDICATION"), ("shoulder pain", "CONDITION"), ("diabetic", "CONDITION"),
      ("redness", "CONDITION"), ("fever", "CONDITION"), ("Dr. Hsu", "PROVIDER")],
     ["orthopedics", "negation"], "Aftercare instructions naming the injection, a symptom and a comorbidity; warning signs are labelled CONDITION (decision 17)."),
    ("bj0033", "Good news: your prior authorization for the genicular nerve RFA was approved. Auth # PA-2290417. Our scheduler will call you within 2 business days.",
     "REWRITE", "other", "sms", "en",
     [("genicular nerve RFA", "PROCEDURE"), ("PA-2290417", "OTHER_ID")],
     ["orthopedics"], "An insurance approval is not a clinical result; the procedure and the authorization number go."),
    ("bj0034", "Clínica Familiar Las Palmas: ¡Este sábado es nuestra carrera comunitaria de 5 km! Sin dolor no hay gloria 💪 Inscripción gratis en recepción.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Sin dolor no hay gloria' is a saying, not a symptom; a community race for everyone."),
    ("bj0035", "Hello, this is the Bayshore Sports Medicine reminder line calling for Jonah Weiss. You have a P R P injection appointment on Tuesday, October twentieth, at four fifteen P M. Press 1 to confirm.",
     "REWRITE", "reminder", "voice", "en",
     [("Bayshore Sports Medicine", "SPECIALTY"), ("Jonah Weiss", "NAME"), ("P R P injection", "PROCEDURE"), ("October twentieth", "DATE")],
     ["orthopedics"], "IVR reminder: name, sports-medicine name and the PRP (platelet-rich plasma) procedure spelled letter by letter go (decision 5); date and time survive."),
    ("bj0036", "Good news from Dr. Lindqvist: your diagnostic block gave 80% relief, so you qualify for radiofrequency ablation. Reply YES and we'll start the insurance approval.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("diagnostic block", "PROCEDURE"), ("80% relief", "RESULT"), ("radiofrequency ablation", "PROCEDURE")],
     ["orthopedics"], "The response to a diagnostic block is a result, and the treatment plan depends on it."),
)

# ---------------------------------------------------------------- batch 4 (bj0037-bj0048): opioid agreements, pill counts, drug screens, refills
add(
    ("bj0037", "Cascade Spine & Pain: reminder that your annual opioid agreement review is due. Please come in by 2/28 to sign. Call 971-555-0181 with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("Cascade Spine & Pain", "SPECIALTY"), ("opioid", "MEDICATION"), ("2/28", "DATE"), ("971-555-0181", "PHONE")],
     ["orthopedics", "practice-contact"], "Pain-center name and the drug class of the agreement go (decision 8); 'please come in by 2/28 to sign' survives."),
    ("bj0038", "Tri-County Pain Mgmt: you've been selected for a random pill count. Please come in within 24 hrs with all of your medication bottles. Questions: 513-555-0172",
     "REWRITE", "other", "sms", "en",
     [("Tri-County Pain Mgmt", "SPECIALTY"), ("pill count", "PROCEDURE"), ("513-555-0172", "PHONE")],
     ["orthopedics", "shorthand", "practice-contact"], "Judgement: a pill count is a named visit type; once it and the pain practice are removed, 'please come in within 24 hrs' survives."),
    ("bj0039", "Message from Dr. Abernathy: your oxycodone 10 mg refill request was denied because it is 9 days early. Your next fill date is 3/19. Please do not call the after-hours line about this.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Abernathy", "PROVIDER"), ("oxycodone 10 mg", "MEDICATION"), ("3/19", "DATE")],
     ["orthopedics", "pharmacy"], "A refill decision on an opioid is a treatment decision (decision 9)."),
    ("bj0040", "Your urine drug screen from 1/12 was positive for THC and negative for your prescribed tramadol. Per your pain agreement, Dr. Okafor needs to see you before any further refills.",
     "BLOCK", "result", "sms", "en",
     [("urine drug screen", "PROCEDURE"), ("1/12", "DATE"), ("positive", "RESULT"), ("THC", "MEDICATION"), ("negative", "RESULT"),
      ("tramadol", "MEDICATION"), ("pain", "CONDITION"), ("Dr. Okafor", "PROVIDER")],
     ["orthopedics", "lab"], "Drug-screen results with substances, and a refill hold tied to them (decisions 8, 9)."),
    ("bj0041", "Reminder: UDS needed before your next visit. Walk in to the lab any weekday 7-4, no appt needed. - Summit Pain & Spine",
     "REWRITE", "reminder", "sms", "en",
     [("UDS", "PROCEDURE"), ("Summit Pain & Spine", "SPECIALTY")],
     ["orthopedics", "lab", "shorthand"], "The drug-screen abbreviation and the pain practice go; 'lab work needed before your next visit' survives."),
    ("bj0042", "Clínica del Dolor Santa Fe: Sr. Aguilar, su examen toxicológico de orina salió positivo para fentanilo, que no está en su receta. El Dr. Reyes suspenderá su tratamiento con opioides hasta hablar con usted.",
     "BLOCK", "result", "sms", "es",
     [("Clínica del Dolor Santa Fe", "SPECIALTY"), ("Aguilar", "NAME"), ("examen toxicológico de orina", "PROCEDURE"), ("positivo", "RESULT"),
      ("fentanilo", "MEDICATION"), ("Dr. Reyes", "PROVIDER"), ("opioides", "MEDICATION")],
     ["orthopedics", "lab"], "Drug-screen result with the substance and a decision to stop opioid treatment."),
    ("bj0043", "Your pain management agreement is ready to sign. Go to Documents > Agreements. It explains our rules on early refills, pill counts and urine drug screens.",
     "ALLOW", "portal-notice", "portal", "en",
     [("pain management", "SPECIALTY"), ("pill counts", "PROCEDURE"), ("urine drug screens", "PROCEDURE")],
     ["orthopedics"], "Inside the secure portal the service and procedures may stay (README channel convention)."),
    ("bj0044", "Dear Ms. Kowalczyk,\n\nOur records show that your controlled substance agreement with Dr. Varga expires on 4/30. State rules require a signed agreement every 12 months. Please arrive 15 minutes before your next visit to review and sign it, or sign electronically here: https://sign.tricountypain.example/agreement?pt=88120457&sig=f3a9\n\nThank you,\nTri-County Pain Management | 513-555-0172",
     "REWRITE", "other", "email", "en",
     [("Kowalczyk", "NAME"), ("controlled substance", "MEDICATION"), ("Dr. Varga", "PROVIDER"), ("4/30", "DATE"),
      ("https://sign.tricountypain.example/agreement?pt=88120457&sig=f3a9", "URL"), ("Tri-County Pain Management", "SPECIALTY"), ("513-555-0172", "PHONE")],
     ["orthopedics", "practice-contact"], "Name, drug class (decision 8), pain practice and a signing link with a patient parameter go; the date and the practice phone survive."),
    ("bj0045", "Pardon our growing pains! We're switching to a new phone system this week, so hold times may be longer. Thanks for bearing with us. - Harborview Family Practice",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'growing pains' is an idiom about the practice, not a symptom."),
    ("bj0046", "Hi Trevor, it's Maria, the nurse at Dr. Hsu's office. Dr. Hsu wants you to cut back to one Percocet every 6 hours and start alternating with Tylenol 500. If your pain is still above a 7, give us a call.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Trevor", "NAME"), ("Maria", "PROVIDER"), ("Dr. Hsu", "PROVIDER"), ("Dr. Hsu", "PROVIDER", 1), ("Percocet", "MEDICATION"), ("Tylenol 500", "MEDICATION"), ("pain", "CONDITION")],
     ["orthopedics"], "An opioid dosing change left on a voicemail; the nurse calling is staff (decision 16)."),
    ("bj0047", "Your prescription is ready for pickup at the front desk. Please bring a photo ID. We're open until 5:30 today.",
     "ALLOW", "pickup", "sms", "en", [],
     ["general"], "Generic pickup notice; 'prescription' is a generic word."),
    ("bj0048", "Hi Wendell, ur tramdol refill was sent to Corner Drug on Main. It shoud be ready after 3pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Wendell", "NAME"), ("tramdol", "MEDICATION")],
     ["orthopedics", "pharmacy", "typo", "shorthand"], "A plain 'sent to pharmacy' notice naming the drug (misspelled) is REWRITE (decision 9); the pharmacy's location is not the patient's."),
)

# ---------------------------------------------------------------- batch 5 (bj0049-bj0060): imaging logistics and results
MRI_KNEE = ("MRI right knee (10/3): Complex tear of the posterior horn of the medial meniscus. Mild chondromalacia patella. "
            "No ACL tear. Dr. Baptiste will go over treatment options at your visit on 10/9.")
MRI_KNEE_SPANS = [("MRI right knee", "PROCEDURE"), ("10/3", "DATE"), ("Complex tear of the posterior horn of the medial meniscus", "CONDITION"),
                  ("Mild chondromalacia patella", "CONDITION"), ("No ACL tear", "RESULT"), ("Dr. Baptiste", "PROVIDER"), ("10/9", "DATE")]
add(
    ("bj0049", "Alta Vista Imaging: your MRI of the lumbar spine is Sat 8/22 at 6:40 AM. Remove all metal and arrive 20 min early. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Alta Vista Imaging", "SPECIALTY"), ("MRI of the lumbar spine", "PROCEDURE"), ("8/22", "DATE")],
     ["imaging", "orthopedics"], "Imaging name and the test with its body site (decision 4) go; date and time survive."),
    ("bj0050", "Your appointment is Thu 2/5 at 3:00 PM at our Grand Ave location, 4100 Grand Ave, Suite 120. Please arrive 15 minutes early and bring your order and insurance card.",
     "ALLOW", "reminder", "sms", "en",
     [("2/5", "DATE"), ("4100 Grand Ave, Suite 120", "ADDRESS")],
     ["imaging", "practice-contact"], "Date, time and the site's own address; nothing says what the order is for."),
    ("bj0051", "X-ray results: no fracture seen, just a bad sprain. Keep using the air cast and follow up in 2 wks if still sore. - Dr. Thibodeaux",
     "BLOCK", "result", "sms", "en",
     [("X-ray", "PROCEDURE"), ("no fracture", "RESULT"), ("sprain", "CONDITION"), ("air cast", "PROCEDURE"), ("sore", "CONDITION"), ("Dr. Thibodeaux", "PROVIDER")],
     ["orthopedics", "imaging", "negation", "shorthand"], "A negative imaging result is still a result, with a diagnosis and care instructions (decision 7)."),
    ("bj0052", MRI_KNEE, "ALLOW", "result", "portal", "en", MRI_KNEE_SPANS,
     ["orthopedics", "imaging", "contrast"], "An imaging report inside the secure portal may carry findings (README channel convention); same text by SMS is BLOCK (bj0053)."),
    ("bj0053", MRI_KNEE, "BLOCK", "result", "sms", "en", MRI_KNEE_SPANS,
     ["orthopedics", "imaging", "contrast"], "Imaging findings (meniscus tear) by SMS: the finding is the message (decision 7: a named diagnosis is CONDITION, 'No ACL tear' a RESULT)."),
    ("bj0054", "Estimada Sra. Fuentes:\nLe confirmamos su tomografía de muñeca derecha para el jueves 3 de septiembre a las 9:00 a. m. en Alta Vista Imaging, 4100 Grand Ave, Suite 120. No necesita ayuno. Si trae yeso, puede venir con él puesto.\nAtentamente,\nDepartamento de Citas",
     "REWRITE", "confirmation", "email", "es",
     [("Fuentes", "NAME"), ("tomografía de muñeca derecha", "PROCEDURE"), ("3 de septiembre", "DATE"), ("Alta Vista Imaging", "SPECIALTY"),
      ("4100 Grand Ave, Suite 120", "ADDRESS"), ("yeso", "PROCEDURE")],
     ["imaging", "orthopedics", "practice-contact"], "Name, the CT with its body site, the imaging name and the cast go; date, time and the site's address survive."),
    ("bj0055", "Congrats to our front-desk team - three of them made the cast of 'Guys and Dolls' at the Riverside Playhouse! Shows run Fri-Sun all March. Break a leg! - Lakeview Medical Group",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A theater cast and 'break a leg' are not orthopedic."),
    ("bj0056", "Your CT scan shows the fracture is healing but not fully united yet. Dr. Nakamura wants you to stay non-weight-bearing for 4 more weeks.",
     "BLOCK", "result", "push", "en",
     [("CT scan", "PROCEDURE"), ("fracture", "CONDITION"), ("healing but not fully united", "RESULT"), ("Dr. Nakamura", "PROVIDER")],
     ["orthopedics", "imaging"], "Imaging finding and a weight-bearing restriction on a lock-screen push (decision 7)."),
    ("bj0057", "Reminder for Kofi: DEXA bone density scan tmrw 1:30pm at Alta Vista Imaging. Wear clothes w/o metal zippers or buttons.",
     "REWRITE", "reminder", "sms", "en",
     [("Kofi", "NAME"), ("DEXA bone density scan", "PROCEDURE"), ("Alta Vista Imaging", "SPECIALTY")],
     ["imaging", "shorthand"], "Name, the named scan (one span, decision 4) and the imaging name go; the time and clothing note survive."),
    ("bj0058", "Your images are ready to pick up on CD at the front desk of Lakeview Medical Group. Please bring a photo ID; a family member may pick them up with your written permission.",
     "ALLOW", "pickup", "sms", "en", [],
     ["imaging"], "Judgement: 'images' on CD names no test, body part or finding; generic practice name."),
    ("bj0059", "Jayden's X-ray from today's game shows a growth plate fracture in the right ankle. He needs to wear the walking boot and sit out practice until he is cleared. His coach has been notified.",
     "BLOCK", "result", "sms", "en",
     [("Jayden", "NAME"), ("X-ray", "PROCEDURE"), ("growth plate fracture in the right ankle", "CONDITION"), ("walking boot", "PROCEDURE")],
     ["orthopedics", "imaging", "pediatrics", "minor", "third-party"], "A child's fracture sent to the parent: a third party's diagnosis and restrictions."),
    ("bj0060", "Sports Medicine at Lakeview: we received your son's MRI order. Please call 614-555-0190 to schedule. Ref # ORD-55821",
     "REWRITE", "other", "sms", "en",
     [("Sports Medicine", "SPECIALTY"), ("MRI", "PROCEDURE"), ("614-555-0190", "PHONE"), ("ORD-55821", "OTHER_ID")],
     ["orthopedics", "imaging", "minor", "practice-contact"], "Judgement (decision 11): a dependent's test in pure scheduling logistics, with no finding, is REWRITE; the order number is OTHER_ID (decision 15)."),
)

# ---------------------------------------------------------------- batch 6 (bj0061-bj0072): sports physicals, concussion, return to play, work status
add(
    ("bj0061", "Sports physicals for the fall season: $25, walk-ins welcome Mon-Thu 3-6pm through Aug 28. Bring your school's PPE form signed by a parent. - Lakeview Medical Group",
     "ALLOW", "marketing", "sms", "en",
     [("Aug 28", "DATE")],
     ["primary-care", "broadcast"], "Broadcast; a sports physical is a generic physical (decision 3) and the PPE (pre-participation evaluation) form is a school form."),
    ("bj0062", "Hi! Brayden's sports physical is Tues 7/28 at 4pm w/ Dr. Nakamura. Please bring the signed school form and Brayden's shot record.",
     "REWRITE", "reminder", "sms", "en",
     [("Brayden", "NAME"), ("7/28", "DATE"), ("Dr. Nakamura", "PROVIDER"), ("Brayden", "NAME", 1)],
     ["pediatrics", "minor"], "A dependent's routine visit with a name only: REWRITE; the sports physical itself is generic (decision 3)."),
    ("bj0063", "Update on Maddie: she still has headaches and light sensitivity, so she is staying at step 2 of the concussion return-to-play protocol. No practice this week. - Bayshore Sports Med athletic training",
     "BLOCK", "other", "sms", "en",
     [("Maddie", "NAME"), ("headaches", "CONDITION"), ("light sensitivity", "CONDITION"), ("step 2", "RESULT"), ("concussion", "CONDITION"),
      ("return-to-play protocol", "PROCEDURE"), ("Bayshore Sports Med athletic training", "SPECIALTY")],
     ["orthopedics", "pediatrics", "minor", "third-party"], "A child's concussion symptoms and protocol stage sent to the parent; the stage is the state the condition is in (RESULT)."),
    ("bj0064", "Dear Parent/Guardian,\n\nAs part of our concussion management program, every Westfield High fall athlete completes a baseline ImPACT test before the first practice. This is routine for all players and does not mean your athlete has been injured. Sessions are in the library computer lab on Aug 10 and Aug 12, 3:30-5:00 PM; students should bring headphones and a charged laptop. If your athlete already tested last year, no action is needed.\n\nQuestions? Email athletics@westfieldschools.example.\n\nGo Falcons!\nWestfield High Athletics & Lakeview Medical Group",
     "ALLOW", "other", "email", "en",
     [("Aug 10", "DATE"), ("Aug 12", "DATE"), ("athletics@westfieldschools.example", "EMAIL")],
     ["pediatrics", "broadcast", "practice-contact"], "Judgement (decision 13): baseline testing sent to every athlete says nothing about the recipient, so 'concussion' and the test stay unlabelled as in any broadcast; the e-mail is the sender's own."),
    ("bj0065", "Hola Sra. Paredes, le avisamos que Mateo sufrió una conmoción cerebral en el partido de hoy. No debe jugar ni usar pantallas durante 48 horas. Si vomita o lo nota muy somnoliento, llévelo a urgencias de inmediato.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Paredes", "NAME"), ("Mateo", "NAME"), ("conmoción cerebral", "CONDITION"), ("vomita", "CONDITION"), ("somnoliento", "CONDITION")],
     ["orthopedics", "pediatrics", "minor", "third-party", "negation"], "A child's concussion and care instructions sent to the parent; the warning signs are CONDITION (decision 17)."),
    ("bj0066", "Final score: Lakeview Lions 28, Eastbrook 24! Thanks to everyone who cheered with our first-aid tent volunteers. Next home game Fri 7pm.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A football score and a game schedule; '28, ... 24' are not results or dates."),
    ("bj0067", "Good news Tyler! Dr. Oyelaran says your hamstring strain has healed and you're cleared for full contact starting 9/14.",
     "BLOCK", "result", "sms", "en",
     [("Tyler", "NAME"), ("Dr. Oyelaran", "PROVIDER"), ("hamstring strain", "CONDITION"), ("healed", "RESULT"), ("cleared for full contact", "RESULT"), ("9/14", "DATE")],
     ["orthopedics"], "A return-to-play clearance is a clinical determination about a named injury (decision 12)."),
    ("bj0068", "Your return-to-play form is ready in the Granite Peak Ortho portal: https://portal.granitepeakortho.example. Log in to download and print it for your coach.",
     "REWRITE", "portal-notice", "sms", "en",
     [("return-to-play", "PROCEDURE"), ("Granite Peak Ortho", "SPECIALTY"), ("https://portal.granitepeakortho.example", "URL")],
     ["orthopedics", "practice-contact"], "Judgement (decision 12): the form type implies an injury and goes ('form' outside, decision 6), as does the ortho name; the practice's own portal link stays."),
    ("bj0069", "Riverside FC U12 weekend: Sat 9am vs. Hawks on Field 3, Sun 1pm vs. United on Field 1. Heat advisory, so water breaks every 20 min. Our first-aid volunteers will be at the tent. - Lakeview Medical Group",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A team schedule: 'U12' is an age bracket under 89, 'breaks' are water breaks."),
    ("bj0070", "Hi Aaliyah, this is Coach Bri with Bayshore Sports Medicine's ACL prevention program. Session 3 moved to Thu 6pm at the east gym. See you there!",
     "REWRITE", "reminder", "sms", "en",
     [("Aaliyah", "NAME"), ("Coach Bri", "PROVIDER"), ("Bayshore Sports Medicine", "SPECIALTY"), ("ACL prevention program", "PROCEDURE")],
     ["orthopedics", "physical-therapy"], "Name, sports-medicine name and the named program go (decision 6); the program's coach is staff named as sender (decision 16)."),
    ("bj0071", "Subject: Work status update\n\nHi Gloria, your updated work note is attached. Because of your L5 radiculopathy, Dr. Thibodeaux has placed you on modified duty through 12/18: no lifting over 15 lb, no repetitive bending or twisting, and sit/stand as needed. Please give a copy to your supervisor. Your next re-evaluation is 12/16.\n\nCascade Spine & Pain Institute\n2200 Meridian Ave, Suite 410\nPhone 971-555-0181 | Fax 971-555-0182",
     "BLOCK", "other", "email", "en",
     [("Gloria", "NAME"), ("L5 radiculopathy", "CONDITION"), ("Dr. Thibodeaux", "PROVIDER"), ("12/18", "DATE"), ("12/16", "DATE"), ("Cascade Spine & Pain Institute", "SPECIALTY"),
      ("2200 Meridian Ave, Suite 410", "ADDRESS"), ("971-555-0181", "PHONE"), ("971-555-0182", "FAX")],
     ["orthopedics", "practice-contact"], "Work restrictions tied to a diagnosis (decision 10)."),
    ("bj0072", "Your work note is ready. You can download it from the portal under Letters, or pick up a printed copy at the front desk.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general"], "Judgement (decision 10): a work note with no diagnosis, restriction or service named is a plain notice."),
)

# ---------------------------------------------------------------- batch 7 (bj0073-bj0084): Spanish, PT partners, caregivers
add(
    ("bj0073", "Recordatorio: tiene cita con la Dra. Ibarra el viernes 16 de octubre a las 11:20 a. m. Responda SI para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Ibarra", "PROVIDER"), ("16 de octubre", "DATE")],
     ["orthopedics"], "Provider, date and time only."),
    ("bj0074", "Motion Works Physical Therapy: Hola Ignacio, su sesión de fisioterapia es mañana a las 7:30 a. m. Traiga ropa cómoda y tenis. Para cambios, llame al 720-555-0166.",
     "REWRITE", "reminder", "sms", "es",
     [("Motion Works Physical Therapy", "SPECIALTY"), ("Ignacio", "NAME"), ("fisioterapia", "PROCEDURE"), ("720-555-0166", "PHONE")],
     ["physical-therapy", "practice-contact"], "PT name, patient name and the therapy (decision 14) go; time and phone survive."),
    ("bj0075", "Sr. Domínguez: la radiografía de control muestra que la fractura de tibia ya consolidó. Ya puede empezar a apoyar el pie con las muletas. Dr. Quintero",
     "BLOCK", "result", "sms", "es",
     [("Domínguez", "NAME"), ("radiografía", "PROCEDURE"), ("fractura de tibia", "CONDITION"), ("consolidó", "RESULT"), ("muletas", "PROCEDURE"), ("Dr. Quintero", "PROVIDER")],
     ["orthopedics", "imaging"], "An x-ray finding (the fracture has healed) and a weight-bearing instruction; 'de control' is a generic follow-up word."),
    ("bj0076", "¡Que estacionarse ya no sea un dolor de cabeza! Desde el lunes, el estacionamiento para pacientes de Clínica Familiar Las Palmas es gratis. Entre por el costado norte.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'dolor de cabeza' is an idiom for a hassle, not a headache."),
    ("bj0077", "Hola Yoli, q tal? Le recuerdo q su infiltración en la rodilla es el 2/12 a las 10. Venga con alguien q la lleve a casa. Dra. Ibarra, Clínica del Dolor Santa Fe",
     "REWRITE", "reminder", "sms", "es",
     [("Yoli", "NAME"), ("infiltración en la rodilla", "PROCEDURE"), ("2/12", "DATE"), ("Dra. Ibarra", "PROVIDER"), ("Clínica del Dolor Santa Fe", "SPECIALTY")],
     ["orthopedics", "shorthand"], "Name, the injection with its site (no drug named -> PROCEDURE, decision 5) and the pain clinic go; date, time and the ride request survive."),
    ("bj0078", "Estimado Sr. Villanueva:\nDespués de su cirugía de hombro, tome oxicodona 5 mg, una tableta cada 6 horas solo si el dolor es fuerte, y paracetamol 500 mg cada 8 horas. No maneje mientras tome oxicodona. Su próxima receta no se podrá surtir antes del 20 de noviembre.\nAtentamente,\nEnfermería, Centro Ortopédico del Valle",
     "BLOCK", "care-instructions", "email", "es",
     [("Villanueva", "NAME"), ("cirugía de hombro", "PROCEDURE"), ("oxicodona 5 mg", "MEDICATION"), ("dolor", "CONDITION"), ("paracetamol 500 mg", "MEDICATION"),
      ("oxicodona", "MEDICATION", 1), ("20 de noviembre", "DATE"), ("Centro Ortopédico del Valle", "SPECIALTY")],
     ["orthopedics", "pharmacy"], "Opioid dosing and a refill date decision (decision 9); the surgery with its site is one span (decision 4)."),
    ("bj0079", "Su pedido de muletas y cabestrillo está listo para recoger en Suministros Médicos del Norte, 880 Av. Juárez. Horario: L-V de 9 a 6. Folio 20-7714.",
     "REWRITE", "pickup", "sms", "es",
     [("muletas", "PROCEDURE"), ("cabestrillo", "PROCEDURE"), ("880 Av. Juárez", "ADDRESS"), ("20-7714", "OTHER_ID")],
     ["orthopedics", "practice-contact"], "Devices and the order folio go (decision 15); the generic supplier name (decision 2), its own address and hours survive."),
    ("bj0080", "Hola, le llamamos de Clínica Familiar Las Palmas para confirmar su cita de mañana a las tres y media de la tarde con el doctor Treviño. Si necesita cambiarla, llame al siete uno tres, cinco cinco cinco, cero uno cuatro dos. Gracias.",
     "ALLOW", "confirmation", "voice", "es",
     [("doctor Treviño", "PROVIDER"), ("siete uno tres, cinco cinco cinco, cero uno cuatro dos", "PHONE")],
     ["primary-care", "practice-contact"], "Voice confirmation from a generic practice with the provider and the practice's number spoken as words."),
    ("bj0081", "Hi Siobhan,\n\nWelcome to Motion Works Physical Therapy! Dr. Baptiste's office sent over your referral for post-op rehab after your ACL reconstruction. Your evaluation with Jenna Cole, PT, DPT is Monday 6/15 at 4:00 PM at our Eastgate clinic, 3120 Eastgate Blvd. Please wear shorts, bring your knee brace and your insurance card, and plan for 60 minutes. Your patient account number is 0047719; you'll need it to register on our billing site.\n\nParking is free in the lot behind the building; please use the side entrance. If you need to cancel, give us 24 hours' notice or a $40 late-cancellation fee may apply. Most plans require a co-pay at each visit.\n\nSee you soon,\nFront Desk Team\n720-555-0166",
     "REWRITE", "reminder", "email", "en",
     [("Siobhan", "NAME"), ("Motion Works Physical Therapy", "SPECIALTY"), ("Dr. Baptiste", "PROVIDER"), ("post-op rehab", "PROCEDURE"), ("ACL reconstruction", "PROCEDURE"),
      ("Jenna Cole", "PROVIDER"), ("Cole, [[PT]], DPT", "SPECIALTY"), ("PT, [[DPT]]", "SPECIALTY"), ("6/15", "DATE"), ("3120 Eastgate Blvd", "ADDRESS"),
      ("knee brace", "PROCEDURE"), ("0047719", "ACCOUNT"), ("720-555-0166", "PHONE")],
     ["physical-therapy", "orthopedics", "practice-contact"], "Name, PT practice, procedures, device and the account number go; the credentials naming the specialty are separate SPECIALTY spans (decision 14); date, clinic address and phone survive."),
    ("bj0082", "Feeling the pain at the pump? Lakeview Medical Group's free shuttle now runs from the Oak Hill Park & Ride every 30 min, 7am-6pm.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'pain at the pump' is about gas prices; a park-and-ride lot is not anyone's address."),
    ("bj0083", "Granite Peak Orthopedics: Dr. Okafor is running about 40 minutes behind this afternoon. If you'd prefer to reschedule, reply R.",
     "REWRITE", "other", "sms", "en",
     [("Granite Peak Orthopedics", "SPECIALTY"), ("Dr. Okafor", "PROVIDER")],
     ["orthopedics"], "Judgement (decision 1): the ortho practice name alone is the only thing to remove; the delay notice survives."),
    ("bj0084", "Reminder: Grandpa Walt (age 93) has his hip fracture follow-up with Dr. Varga on 5/6 at 10:15. Please bring his walker and the list of his medications.",
     "BLOCK", "reminder", "sms", "en",
     [("Walt", "NAME"), ("93", "AGE"), ("hip fracture", "CONDITION"), ("Dr. Varga", "PROVIDER"), ("5/6", "DATE"), ("walker", "PROCEDURE")],
     ["orthopedics", "third-party", "age-over-89"], "A family member's diagnosis sent to a caregiver: a third party's health (README); plus an age over 89."),
)

# ---------------------------------------------------------------- batch 8 (bj0085-bj0096): Spanish, disguises, shipping, third parties
add(
    ("bj0085", "Resultados de su resonancia de hombro: desgarro parcial del manguito rotador y tendinitis. El Dr. Quintero le explicará las opciones en su próxima cita.",
     "BLOCK", "result", "sms", "es",
     [("resonancia de hombro", "PROCEDURE"), ("desgarro parcial del manguito rotador", "CONDITION"), ("tendinitis", "CONDITION"), ("Dr. Quintero", "PROVIDER")],
     ["orthopedics", "imaging"], "MRI findings (partial rotator cuff tear, tendinitis) by SMS."),
    ("bj0086", "Se nos rompió la racha: después de 12 partidos invictos, el equipo de fútbol del personal perdió 2-1 el sábado. ¡Gracias por echarnos porras! - Clínica Familiar Las Palmas",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'se rompió la racha' is a broken winning streak and '2-1' a score, not a fracture or a date."),
    ("bj0087", "Farmacia Central: Hola Beatriz, su receta de ciclobenzaprina 10 mg está lista. Rx #4410927. Abierto hasta las 9 pm.",
     "REWRITE", "pickup", "sms", "es",
     [("Beatriz", "NAME"), ("ciclobenzaprina 10 mg", "MEDICATION"), ("4410927", "OTHER_ID")],
     ["pharmacy"], "Pickup notice: name, the muscle relaxant with its strength and the Rx number go; 'su receta está lista' survives."),
    ("bj0088", "Dr. Hsu approved ur early refill: o x y c o d o n e 15 mg, 1 tab q4h prn. Pick up Fri.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Hsu", "PROVIDER"), ("o x y c o d o n e 15 mg", "MEDICATION")],
     ["orthopedics", "pharmacy", "spaced", "shorthand"], "Disguised (spaced letters) opioid with dose and frequency, and an early-refill decision (decision 9)."),
    ("bj0089", "Your X-ray shows a dis\u200bplaced frac\u200bture of the right clavicle. Dr. Lindqvist would like to discuss surgery options with you this week.",
     "BLOCK", "result", "sms", "en",
     [("X-ray", "PROCEDURE"), ("dis\u200bplaced frac\u200bture of the right clavicle", "CONDITION"), ("Dr. Lindqvist", "PROVIDER")],
     ["orthopedics", "imaging"], "Imaging finding with zero-width spaces inside the diagnosis words."),
    ("bj0090", "H1 Desmond, ur c0rtis0ne inj3ction is b00ked for Thurs 4/16 @ 2pm at Granite Peak 0rth0. Reply C 2 confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Desmond", "NAME"), ("c0rtis0ne inj3ction", "MEDICATION"), ("4/16", "DATE"), ("Granite Peak 0rth0", "SPECIALTY")],
     ["orthopedics", "leet", "shorthand"], "Leetspeak: name, the injection (MEDICATION, README's cortisone example) and the ortho name go; date and time survive."),
    ("bj0091", "Urine drug screen result: positive for m\u0435thamph\u0435tamin\u0435. Per your pain contract, no further \u043epioid prescriptions will be issued.",
     "BLOCK", "result", "sms", "en",
     [("Urine drug screen", "PROCEDURE"), ("positive", "RESULT"), ("m\u0435thamph\u0435tamin\u0435", "MEDICATION"), ("pain", "CONDITION"), ("\u043epioid", "MEDICATION")],
     ["orthopedics", "lab"], "Drug-screen result and a prescribing decision, with Cyrillic look-alike letters in the substance and the drug class (decision 8)."),
    ("bj0092", "Lakeview Medical Group - Spring Newsletter\n\nSpring break is almost here! A few notes from all of us:\n\n- Holiday hours: we close at 1 PM on Good Friday.\n- The lobby renovation is done: no more tearing up the floors, and the new kids' corner has a reading nook.\n- Congratulations to the Lakeview Lions softball team (sponsored by our staff) on a 9-2 season opener!\n- Save the date: our community 5K is the last Saturday of April. Brace yourself for the hill on mile two.\n- The cast of the Riverside Playhouse spring musical will sing at our health fair.\n- Joint effort: our food drive with Eastside Elementary collected 1,200 cans.\n\nThanks for trusting us with your family's care.\nThe Lakeview team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Newsletter full of false friends (break, tearing, brace, cast, joint, a score); nothing about the recipient."),
    ("bj0093", "Dr. Castellanos and the whole team wish you a happy Thanksgiving! The office is closed Thu-Fri; for urgent needs call our answering service at 915-555-0150.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Castellanos", "PROVIDER"), ("915-555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure broadcast with a provider and the practice's answering service."),
    ("bj0094", "Your TENS unit shipped via UPS to 47 Cactus Wren Rd, Henderson NV 89012. Tracking 1Z999AA10123456784. Device SN TN-7730-4418.",
     "REWRITE", "other", "sms", "en",
     [("TENS unit", "PROCEDURE"), ("47 Cactus Wren Rd, Henderson NV 89012", "ADDRESS"), ("1Z999AA10123456784", "OTHER_ID"), ("TN-7730-4418", "DEVICE_ID")],
     ["orthopedics"], "Device, the patient's address (restricted ZIP3 890), tracking number (decision 15) and serial go; 'your order shipped' survives."),
    ("bj0095", "Don't let the holidays fracture your routine: our partner gyms offer 20% off January memberships for Lakeview patients. Show this text at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'fracture your routine' is figurative."),
    ("bj0096", "Your wife Carol's lumbar MRI showed severe spinal stenosis. Dr. Thibodeaux would like her to call for a surgical consult.",
     "BLOCK", "result", "sms", "en",
     [("Carol", "NAME"), ("lumbar MRI", "PROCEDURE"), ("severe spinal stenosis", "CONDITION"), ("Dr. Thibodeaux", "PROVIDER")],
     ["orthopedics", "imaging", "third-party"], "A spouse's imaging finding: a third party's health (severity kept inside the CONDITION span, decision 7)."),
)

# ---------------------------------------------------------------- batch 9 (bj0097-bj0108): hard negatives, billing, DME approval, spine and hand
add(
    ("bj0097", "Cast your vote! Lakeview Medical Group was nominated for Best Family Practice in the Courier's Readers' Choice awards. Vote on the Courier's website by Friday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Cast your vote' is not a cast."),
    ("bj0098", "Wear and tear on our elevators means Elevator B is out of service until Thursday. Please use Elevator A or the stairs by the pharmacy.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'wear and tear' is about elevators, not tissue."),
    ("bj0099", "Pain-free parking is here! Validate your ticket at check-in and park free for 2 hours in the Maple Garage.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Pain-free' describes parking."),
    ("bj0100", "Knee-slapper of the week from your Lakeview care team: Why didn't the skeleton go to the dance? He had no body to go with! Happy Halloween 🎃",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Body-part words in a joke; nothing about the recipient."),
    ("bj0101", "This is Rosa from Dr. Okafor's office returning your call. Please call us back at 614-555-0127 when you have a momment. Thank you!",
     "ALLOW", "other", "sms", "en",
     [("Rosa", "PROVIDER"), ("Dr. Okafor", "PROVIDER"), ("614-555-0127", "PHONE")],
     ["orthopedics", "practice-contact", "typo"], "Staff named as sender (decision 16), provider and the practice phone; no clinical content."),
    ("bj0102", "Your estimated patient responsibility for your upcoming procedure on 7/9 is $1,250.00 (deductible $1,000 + 10% coinsurance). Payment is due at check-in; we accept cards, HSA and payment plans. Questions? Call our financial counselor at (614) 555-0168.",
     "ALLOW", "billing", "email", "en",
     [("7/9", "DATE"), ("(614) 555-0168", "PHONE")],
     ["orthopedics", "practice-contact"], "Cost estimate naming only a generic 'procedure'; amounts are not identifiers."),
    ("bj0103", "Hello, this is an automated reminder from Harborview Family Practice. You have an appointment on Monday, March ninth, at nine forty-five A M with Doctor Abernathy. Press one to confirm, or press two to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("March ninth", "DATE"), ("Doctor Abernathy", "PROVIDER")],
     ["primary-care"], "IVR reminder with date, time and provider spoken as words."),
    ("bj0104", "Your DME order for a hinged knee brace has been approved by Blue Ridge Health Plan, member ID BRH-44821190. A vendor will call you to arrange delivery and fitting.",
     "REWRITE", "other", "sms", "en",
     [("hinged knee brace", "PROCEDURE"), ("BRH-44821190", "HEALTH_PLAN_ID")],
     ["orthopedics"], "Device and member ID go; the approval notice survives (an approval is not a clinical result)."),
    ("bj0105", "Pt instructions: Lovenox 40 mg injection once daily x 14 days after your hip replacement. First dose tonight at 8pm. Sharps container is in your bag.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lovenox 40 mg injection", "MEDICATION"), ("hip replacement", "PROCEDURE")],
     ["orthopedics", "shorthand"], "Dosing instructions for a post-op blood thinner (decision 5: drug + form word is MEDICATION)."),
    ("bj0106", "Hi Mr. and Mrs. Lindgren, following up on Ava's spine X-rays: her Cobb angle measured 28 degrees, up from 21 in March, so Dr. Hsu recommends starting a Boston brace worn 18-20 hours a day. We'll schedule the brace casting next week. - Granite Peak Orthopedics, Pediatric Spine Team",
     "BLOCK", "result", "email", "en",
     [("Lindgren", "NAME"), ("Ava", "NAME"), ("spine X-rays", "PROCEDURE"), ("Cobb angle", "PROCEDURE"), ("28 degrees", "RESULT"), ("from [[21]] in", "RESULT"),
      ("Dr. Hsu", "PROVIDER"), ("Boston brace", "PROCEDURE"), ("brace casting", "PROCEDURE"), ("Granite Peak Orthopedics", "SPECIALTY"), ("Pediatric Spine Team", "SPECIALTY")],
     ["orthopedics", "imaging", "pediatrics", "minor", "third-party"], "A child's scoliosis measurements (a scale is PROCEDURE, its values RESULT) and treatment plan sent to the parents."),
    ("bj0107", "FYI from Dr Varga: EMG/NCS shows moderate carpal tunnel on the R. Plan = release, scheduler will call u.",
     "BLOCK", "result", "sms", "en",
     [("Dr Varga", "PROVIDER"), ("EMG/NCS", "PROCEDURE"), ("moderate carpal tunnel", "CONDITION"), ("release", "PROCEDURE")],
     ["orthopedics", "shorthand"], "Nerve-study finding and the surgical plan in clinician shorthand."),
    ("bj0108", "Summit Hand & Upper Extremity: Your splint fitting with our hand therapist is Tues 1/20 at 10:10. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Hand & Upper Extremity", "SPECIALTY"), ("splint", "PROCEDURE"), ("hand therapist", "SPECIALTY"), ("1/20", "DATE")],
     ["orthopedics", "physical-therapy"], "Hand-surgery practice name, the splint ('fitting' outside, decision 6) and the therapist role (decision 14) go; date and time survive."),
)

# ---------------------------------------------------------------- batch 10 (bj0109-bj0120): portal, broadcasts, voicemail, long letters
add(
    ("bj0109", "Running late? Call us at 720-555-0133 so we can hold your spot. Patients arriving more than 15 min late may need to reschedule.",
     "ALLOW", "other", "sms", "en",
     [("720-555-0133", "PHONE")],
     ["orthopedics", "practice-contact"], "The practice's own phone; '15 min' is not a date."),
    ("bj0110", "Team schedule update: the Lakeview Medical relay team trains Tues & Thurs at 6pm at the high school track. Patients and staff welcome - no experience needed!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A team schedule sent to everyone."),
    ("bj0111", "¡Gracias al elenco de la pastorela de la Escuela Benito Juárez por visitarnos! Los niños llenaron de alegría la sala de espera. - Clínica Familiar Las Palmas",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'elenco' is a play's cast and 'Benito Juárez' names a school, not a patient."),
    ("bj0112", "Dr. Okafor has reviewed your post-op X-rays: the implant is in good position and the bone is healing well. Keep weight bearing as tolerated with the walker, and start outpatient PT next week.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Okafor", "PROVIDER"), ("post-op X-rays", "PROCEDURE"), ("implant", "PROCEDURE"), ("in good position", "RESULT"), ("healing well", "RESULT"),
      ("walker", "PROCEDURE"), ("outpatient PT", "PROCEDURE")],
     ["orthopedics", "imaging"], "Result and care plan inside the secure portal (README channel convention); PT as therapy received is PROCEDURE (decision 14)."),
    ("bj0113", "Free community talk: 'Living Well with Arthritis' with Dr. Oyelaran, Tuesday at 6pm in the Lakeview Medical Group community room. Light refreshments. Reply YES to save a seat.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Oyelaran", "PROVIDER")],
     ["general", "broadcast"], "Judgement (decision 13): a health-education talk sent to every patient says nothing about the recipient, so the topic is not labelled."),
    ("bj0114", "Your appointment has been rescheduled to Friday, 12/4 at 1:30 PM with Dr. Nakamura at our Westgate office. Reply OK to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("12/4", "DATE"), ("Dr. Nakamura", "PROVIDER")],
     ["orthopedics"], "Reschedule with date, time, provider and an office name."),
    ("bj0115", "You have a new message from your care team. Open the app to read it securely.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI."),
    ("bj0116", "Your verification code for the patient portal is 582014. It expires in 10 minutes. Do not share it with anyone.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
    ("bj0117", "Hi Ravi, your crutch training with PT is tomorrow at 8am, before discharge. Family members are welcome to join.",
     "REWRITE", "reminder", "sms", "en",
     [("Ravi", "NAME"), ("crutch training", "PROCEDURE"), ("PT", "SPECIALTY")],
     ["physical-therapy", "orthopedics"], "Name, the named session and the PT department (decision 14) go; the time survives."),
    ("bj0118", "Hi, this is Carla at Redwood Joint Replacement Center calling for Harold Voss about the pre-op bloodwork for his knee replacement. Please call us at 971-555-0114 and reference medical record number 6 6 0 4 1 8 2.",
     "REWRITE", "other", "voice", "en",
     [("Carla", "PROVIDER"), ("Redwood Joint Replacement Center", "SPECIALTY"), ("Harold Voss", "NAME"), ("pre-op", "PROCEDURE"), ("knee replacement", "PROCEDURE"),
      ("971-555-0114", "PHONE"), ("6 6 0 4 1 8 2", "MRN")],
     ["orthopedics", "practice-contact"], "Voicemail: name, program, procedure, pre-op visit type and the MRN read digit by digit go; the call-back request survives."),
    ("bj0119", "Dr. Abernathy reviewed your bone scan: the uptake in your left hip is consistent with a stress fracture. No running for 8 weeks; we'll recheck with an MRI on 6/30.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Abernathy", "PROVIDER"), ("bone scan", "PROCEDURE"), ("uptake in your left hip", "RESULT"), ("stress fracture", "CONDITION"), ("MRI", "PROCEDURE"), ("6/30", "DATE")],
     ["orthopedics", "imaging"], "Imaging finding, diagnosis and activity restriction (decision 7)."),
    ("bj0120", "Dear Mr. Castillo,\n\nThis letter confirms the changes Dr. Lindqvist discussed with you on 2/3. Because your last two urine drug screens were inconsistent (your prescribed medication was not detected on 1/6 or 1/27), we are tapering your hydrocodone-acetaminophen 10-325 mg from four tablets a day to three a day for 14 days, then two a day. Early refills will not be approved. A naloxone nasal spray was sent to your pharmacy; please keep it where family can reach it. Your next pill count and visit is 3/2 at 9:00 AM. If you disagree with this plan, you may ask for a second opinion.\n\nSincerely,\nTri-County Pain Management\n513-555-0172 | Fax 513-555-0173 | www.tricountypain.example\n\nThis message was sent from an unmonitored mailbox. To reply, please use the secure portal. If you received this in error, delete it and call our privacy office at 513-555-0179.",
     "BLOCK", "care-instructions", "email", "en",
     [("Castillo", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("2/3", "DATE"), ("urine drug screens", "PROCEDURE"), ("inconsistent", "RESULT"), ("1/6", "DATE"), ("1/27", "DATE"),
      ("hydrocodone-acetaminophen 10-325 mg", "MEDICATION"), ("naloxone nasal spray", "MEDICATION"), ("pill count", "PROCEDURE"), ("3/2", "DATE"),
      ("Tri-County Pain Management", "SPECIALTY"), ("513-555-0172", "PHONE"), ("513-555-0173", "FAX"),
      ("www.tricountypain.example", "URL"), ("513-555-0179", "PHONE")],
     ["orthopedics", "lab", "pharmacy", "practice-contact"], "Drug-screen result, an opioid taper with doses and a refill decision (decision 9)."),
)

probe_lib.run(M, "bj", "probe59.jsonl")
