#!/usr/bin/env python3
"""Build corpus/probe377.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe377.py [OUT] [-v]   (default: probe377.jsonl next to this script)

Written blind: the author read only shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and
lines 1-117 and 579-584 of corpus/build_probe7.py (its docstring, row format and first batch, as
a model of this file). No other corpus, no engine source, rule or dictionary was read, and the
engine was not run.

Theme: EVERYDAY MESSAGES FROM AN EYE CARE PRACTICE — ophthalmology, optometry and its optical
shop (eye exams, dilation reminders, glaucoma and retina follow-ups, cataract surgery scheduling,
contact lens and eyeglass orders ready, billing), in roughly the proportions such a sender sends
them in an ordinary week: reminders, confirmations, reschedules, recalls, pickups, portal
notices, billing, forms, closures, surveys, follow-ups, instructions, and the occasional
careless staff text. Vendor templates, staff shorthand, long e-mails, voice scripts, typos,
look-alikes and hard negatives; 4 disguised messages; 15% Spanish.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Brandt, [[OD]]" searches for "Brandt, OD"
      and labels only the bracketed part "OD".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - Names of the practice's optical shop ("Lakemont Optical"), retina service ("Lakemont
    Retina") and surgery center are eye names and so SPECIALTY, like the eye practice's own name;
    "ophthalmologist", "optometrist", "retina" as a service line, and the credential "OD" after a
    name are SPECIALTY. "OD"/"OS" meaning right/left eye inside a prescription are not labelled.
  - Eyewear ordered for the patient (glasses, eyeglasses, lentes, contact lenses, dailies,
    progressive or trial lenses, lens implants) and the eye shield are devices, so PROCEDURE: a
    pickup notice that names them is REWRITE ("your order is ready"). A frame sale sent to every
    patient is a broadcast (ALLOW, no span); a frame model such as "Marlow 52-18" is a product,
    not a date or an identifier.
  - Eye exam / comprehensive eye exam / examen de la vista, dilation (also as a verb), refraction,
    visual field test, OCT, IOL measurements, SLT laser and retinal photos are PROCEDURE; "exam"
    alone stays generic. Cataract surgery / cirugía de cataratas is one PROCEDURE span; as a
    visit label ("glaucoma check", "control de cataratas") the condition is CONDITION.
  - Eye pressure and visual acuity are measures (PROCEDURE) and their values RESULT; spectacle and
    contact-lens prescription powers are RESULT, so a prescription sent by e-mail or SMS is BLOCK
    even when the patient asked for a copy (portal: ALLOW).
  - An anti-VEGF drug with "injection(s)" is one MEDICATION span (form word after the drug);
    "injection" alone is PROCEDURE. A due date for the next injection is scheduling (REWRITE);
    drop schedules and drug changes are treatment instructions (BLOCK).
  - Boilerplate that every patient of the practice receives but that names an eye service
    ("if your visit includes dilation") is still labelled: once the practice name is removed, it
    would reveal the service on its own.
  - In broadcasts (closures, sales, newsletters, welcome of a new doctor) the practice's eye name
    and any service word are not labelled (README: broadcasts are ALLOW with no span).
  - Optical order numbers and carrier tracking numbers are OTHER_ID (they lead to one patient's
    order or home); appointment confirmation codes and one-time codes are not labelled; an
    "account ending in 4471" (last four only) is not labelled; a fully written account is ACCOUNT.
  - Generic fasting, arrival and driver logistics survive in a rewrite; "surgery" and "drops"
    without a type or drug name are generic.
  - A triage call-back that names symptoms and a suspected diagnosis but whose purpose is "come
    in today at 3:30" is REWRITE: removing the clinical words leaves a safe, useful message.
  - Hypothetical post-op warning signs ("if you have increasing pain, redness or a sudden drop in
    vision") are labelled CONDITION and the line is REWRITE (tag negation): together they reveal
    the eye procedure, and "call us with any concerns" survives.
  - Staff who sign or introduce themselves (front desk, optician, technician, coordinator) are
    PROVIDER, as the README says for named senders; another practice's fax number is FAX and
    ALLOW (not the patient's identifier, but not the sender's own contact either).
  - Vision-plan wording ("vision benefits", "materials allowance") is not labelled; the member
    ID is HEALTH_PLAN_ID.

Everything is invented: people, practices, streets, towns, 555-01xx numbers, example.com/.org
domains, order, account, member and record numbers; the SSN is a well-known specimen number.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


PH = "(614) 555-0142"   # the practice's main line
OPT = "(614) 555-0150"  # the optical shop
SX = "Lakemont Eye Surgery Center"

# ---------------------------------------------------------------- batch 1 (np0001-np0013): reminders, confirmations, reschedules
add(
    ("np0001", f"Lakemont Eye Associates: Reminder of your appointment with Dr. Kulkarni on Tue 3/10 at 9:15 AM. Reply C to confirm, R to reschedule. Call {PH} with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakemont Eye Associates", "SPECIALTY"), ("Dr. Kulkarni", "PROVIDER"), ("3/10", "DATE"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "The eye practice's name reveals the service (README: eye names are specialty-revealing); provider, date, time and the practice's phone stay."),
    ("np0002", "Reminder: you have an appointment with Dr. Brandt on Wednesday, March 11 at 2:40 PM. Please arrive 10 min early and bring your insurance card. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("March 11", "DATE")],
     ["ophthalmology"], "Provider, date and time only; '10 min early' is not a date."),
    ("np0003", "Your appt is confirmed: Thu 3/12 at 11:00 AM with Dr. Nair. Confirmation #K7Q-2291. Need to cancel? Reply X.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/12", "DATE"), ("Dr. Nair", "PROVIDER")],
     ["ophthalmology", "shorthand"], "Decision: a confirmation code identifies an appointment slot, not a person; not labelled."),
    ("np0004", "Hi Gloria, this is a reminder of your comprehensive eye exam with Dr. Tomas Brandt, OD on 3/13 at 4:20pm. Please bring your current glasses and your contact lens boxes.",
     "REWRITE", "reminder", "sms", "en",
     [("Gloria", "NAME"), ("comprehensive eye exam", "PROCEDURE"), ("Dr. Tomas Brandt", "PROVIDER"), ("Brandt, [[OD]]", "SPECIALTY"),
      ("3/13", "DATE"), ("glasses", "PROCEDURE"), ("contact lens", "PROCEDURE")],
     ["ophthalmology"], "Decisions: eye exam is a revealing visit type; OD after the name is a specialty credential (like DDS); the patient's glasses and contact lenses are devices (PROCEDURE)."),
    ("np0005", f"Lakemont Eye Associates: Le recordamos su cita con la Dra. Vasquez-Hale el jueves 19 de marzo a las 8:45 a. m. Responda SI para confirmar o llame al {PH}.",
     "REWRITE", "reminder", "sms", "es",
     [("Lakemont Eye Associates", "SPECIALTY"), ("Dra. Vasquez-Hale", "PROVIDER"), ("19 de marzo", "DATE"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "Eye practice name goes; provider, date, time and the practice's phone stay."),
    ("np0006", "Your visit tomorrow at 10:30 includes dilation. Please bring sunglasses and plan to have someone drive you home.",
     "REWRITE", "reminder", "sms", "en",
     [("dilation", "PROCEDURE")],
     ["ophthalmology"], "Dilation names an eye procedure; 'plan to have someone drive you home' survives the rewrite."),
    ("np0007", "Appointment tomorrow at 1:30 PM with Dr. Kulkarni. Tap to check in early.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Kulkarni", "PROVIDER")],
     ["ophthalmology"], "Provider and time only on a lock-screen push."),
    ("np0008", "Reminder from {{practice_name}}: your appointment is {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm or call {{practice_phone}}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["ophthalmology", "template", "hard-negative"], "Template with content-free placeholders only (README template convention)."),
    ("np0009", "hi its kayla at lakemont eye, dr k is running abt 40 min behind today. ur still ok to come at 2:15 or we can move u to thurs 3/12 @ 9. lmk",
     "REWRITE", "reminder", "sms", "en",
     [("kayla", "PROVIDER"), ("lakemont eye", "SPECIALTY"), ("dr k", "PROVIDER"), ("3/12", "DATE")],
     ["ophthalmology", "shorthand"], "Staff sender is workforce (PROVIDER); the lower-case eye practice name is the only thing to remove."),
    ("np0010", f"We need to reschedule your appointment on 3/16 with Dr. Nair because of a change in her clinic schedule. Please call {PH} or reply with a day that works. We're sorry for the inconvenience.",
     "ALLOW", "reminder", "sms", "en",
     [("3/16", "DATE"), ("Dr. Nair", "PROVIDER"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "Reschedule with date, provider and the practice's own phone."),
    ("np0011", "Hello, this is Lakemont Eye Associates calling with a reminder for Walter Greer. Walter has an appointment on March 17th at 9 AM with Dr. Kulkarni for a glaucoma check. Press 1 to confirm, press 2 to speak with our staff.",
     "REWRITE", "reminder", "voice", "en",
     [("Lakemont Eye Associates", "SPECIALTY"), ("Walter Greer", "NAME"), ("Walter", "NAME", 1), ("March 17th", "DATE"), ("Dr. Kulkarni", "PROVIDER"), ("glaucoma", "CONDITION")],
     ["ophthalmology"], "Voice is treated like SMS (overheard); name, eye practice and the condition used as a visit label go."),
    ("np0012", "Subject: Your appointment is confirmed\n\nDear Patient,\n\nThank you for scheduling with Lakemont Eye Associates. Your appointment details:\n\nDate: Monday, March 23\nTime: 3:00 PM\nProvider: Dr. Priya Nair\nLocation: 2200 Harlan Ave, Suite 310, Westbrook, OH 43085\n\nPlease bring a photo ID, your insurance card and a list of your current medications. If your visit includes dilation, please bring sunglasses and a driver.\n\nTo cancel or reschedule, call (614) 555-0142 at least 24 hours ahead.\n\nLakemont Eye Associates | lakemonteye.example.com",
     "REWRITE", "confirmation", "email", "en",
     [("Lakemont Eye Associates", "SPECIALTY"), ("Lakemont Eye Associates", "SPECIALTY", 1), ("March 23", "DATE"), ("Dr. Priya Nair", "PROVIDER"),
      ("2200 Harlan Ave, Suite 310, Westbrook, OH 43085", "ADDRESS"), ("dilation", "PROCEDURE"), (PH, "PHONE"), ("lakemonteye.example.com", "URL")],
     ["ophthalmology", "practice-contact"], "Decision: the conditional dilation line is boilerplate but still reveals the eye service once the practice name is gone, so it is labelled; the practice's address, phone and site stay."),
    ("np0013", f"Su cita quedó confirmada para el lunes 23 de marzo a las 3:00 p. m. con la Dra. Nair. Si necesita cambiarla, llámenos al {PH}.",
     "ALLOW", "confirmation", "sms", "es",
     [("23 de marzo", "DATE"), ("Dra. Nair", "PROVIDER"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "Date, provider and the practice's phone only."),
)

# ---------------------------------------------------------------- batch 2 (np0014-np0021): recalls
add(
    ("np0014", f"It's time for your yearly eye exam! Our records show your last visit was over a year ago. Book online at lakemonteye.example.com/book or call {PH}.",
     "REWRITE", "recall", "sms", "en",
     [("eye exam", "PROCEDURE"), ("lakemonteye.example.com/book", "URL"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "Eye exam is the revealing visit type; the recall purpose and practice contacts survive."),
    ("np0015", f"Lakemont Eye Associates: Our records show you are due for your 6-month glaucoma follow-up with Dr. Kulkarni. Please call {PH} to schedule.",
     "REWRITE", "recall", "sms", "en",
     [("Lakemont Eye Associates", "SPECIALTY"), ("glaucoma", "CONDITION"), ("Dr. Kulkarni", "PROVIDER"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "Condition used as a visit label (generic 'follow-up' outside) and eye name go."),
    ("np0016", f"Hi Mr. Delacroix, your annual diabetic eye exam is overdue. Your health plan asks that it be done each year. Call us at {PH} to book.",
     "REWRITE", "recall", "sms", "en",
     [("Delacroix", "NAME"), ("diabetic eye exam", "PROCEDURE"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "Condition-named exam (README: like 'diabetic foot exam') is one PROCEDURE span; name goes."),
    ("np0017", "We miss you! It has been a while since we've seen you. Reply BOOK or schedule online anytime at lakemonteye.example.com.",
     "ALLOW", "recall", "sms", "en",
     [("lakemonteye.example.com", "URL")],
     ["ophthalmology", "practice-contact"], "Reactivation with the practice's own web site only (README: practice URL is ALLOW)."),
    ("np0018", f"Your contact lens prescription expires on 4/30. To keep ordering lenses, schedule your contact lens exam before then: {PH}.",
     "REWRITE", "recall", "sms", "en",
     [("contact lens", "PROCEDURE"), ("4/30", "DATE"), ("lenses", "PROCEDURE"), ("contact lens exam", "PROCEDURE"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "Contact lenses are a device (decision); 'your prescription expires 4/30, please schedule' survives."),
    ("np0019", f"Hola, le escribimos de Lakemont Eye Associates. Ya le toca su examen de la vista anual. Llame al {PH} para hacer su cita.",
     "REWRITE", "recall", "sms", "es",
     [("Lakemont Eye Associates", "SPECIALTY"), ("examen de la vista", "PROCEDURE"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "Eye name and eye exam go; the recall survives."),
    ("np0020", f"Hi, our records show Ethan is due for his annual eye exam before school starts. Kids' appointments fill fast in August, so call {PH} or book at lakemonteye.example.com/kids.",
     "REWRITE", "recall", "email", "en",
     [("Ethan", "NAME"), ("eye exam", "PROCEDURE"), (PH, "PHONE"), ("lakemonteye.example.com/kids", "URL")],
     ["ophthalmology", "pediatrics", "minor", "practice-contact"], "A dependent's routine visit with a name: REWRITE like the patient's own (README)."),
    ("np0021", "Lakemont Retina: you are due for your next Eylea injection on or after 4/2. Please call to schedule.",
     "REWRITE", "recall", "sms", "en",
     [("Lakemont Retina", "SPECIALTY"), ("Eylea injection", "MEDICATION"), ("4/2", "DATE")],
     ["ophthalmology"], "Decision: drug plus form word is one MEDICATION span; a due date is scheduling, not dosing, so REWRITE."),
)

# ---------------------------------------------------------------- batch 3 (np0022-np0030): optical pickups and orders
add(
    ("np0022", f"Lakemont Optical: Your glasses are ready for pickup! Hours Mon-Fri 9-6, Sat 9-1. Questions? {OPT}",
     "REWRITE", "pickup", "sms", "en",
     [("Lakemont Optical", "SPECIALTY"), ("glasses", "PROCEDURE"), (OPT, "PHONE")],
     ["ophthalmology", "practice-contact"], "Decision: the optical shop's name is an eye name and glasses are the patient's device; 'your order is ready' survives."),
    ("np0023", "Your order is ready for pickup at our Harlan Ave location. Please bring your receipt. Hours: Mon-Fri 9-6.",
     "ALLOW", "pickup", "sms", "en", [],
     ["ophthalmology", "hard-negative"], "Says that something is ready, not what; a street name of the shop alone is not an address of the patient."),
    ("np0024", "hey marcus ur contacts came in!! 2 boxes of the dailies, the 2nd box is back ordered til next wk sorry. come by anytime b4 6",
     "REWRITE", "pickup", "sms", "en",
     [("marcus", "NAME"), ("contacts", "PROCEDURE"), ("dailies", "PROCEDURE")],
     ["ophthalmology", "shorthand"], "Name and the lens product go (decision: contact lenses are a device); the pickup survives."),
    ("np0025", f"Lakemont Optical: Sus lentes ya están listos para recoger. Horario: lunes a viernes de 9 a 6. Tel. {OPT}.",
     "REWRITE", "pickup", "sms", "es",
     [("Lakemont Optical", "SPECIALTY"), ("lentes", "PROCEDURE"), (OPT, "PHONE")],
     ["ophthalmology", "practice-contact"], "Optical name and 'lentes' (glasses) go; 'su pedido está listo' survives."),
    ("np0026", "Your order #LO-58214 is ready for pickup at Lakemont Optical.",
     "REWRITE", "pickup", "push", "en",
     [("LO-58214", "OTHER_ID"), ("Lakemont Optical", "SPECIALTY")],
     ["ophthalmology"], "Decision: an optical order number leads to one patient's order (OTHER_ID); the optical name is an eye name."),
    ("np0027", "Good news! Your contact lens order has shipped via UPS. Tracking: 1Z84A7W90312345678. Estimated delivery: Friday, April 3.\n\nLakemont Optical\n2200 Harlan Ave, Suite 100, Westbrook, OH 43085",
     "REWRITE", "pickup", "email", "en",
     [("contact lens", "PROCEDURE"), ("1Z84A7W90312345678", "OTHER_ID"), ("April 3", "DATE"), ("Lakemont Optical", "SPECIALTY"),
      ("2200 Harlan Ave, Suite 100, Westbrook, OH 43085", "ADDRESS")],
     ["ophthalmology", "practice-contact"], "Decision: a carrier tracking number leads to the patient's home (OTHER_ID); the shop's address is its own and stays."),
    ("np0028", "Freindly reminder: your order has been ready for 30 days. Please pick it up by 4/15 or call us to arange shipping.",
     "ALLOW", "pickup", "sms", "en",
     [("4/15", "DATE")],
     ["ophthalmology", "typo"], "Nothing says what the order is."),
    ("np0029", "Hi, this message is for Janet. This is Marco from Lakemont Optical. Your new progressive lenses are in, come by any time to get them fitted. Our number is 614-555-0150. Thanks!",
     "REWRITE", "pickup", "voice", "en",
     [("Janet", "NAME"), ("Marco", "PROVIDER"), ("Lakemont Optical", "SPECIALTY"), ("progressive lenses", "PROCEDURE"), ("614-555-0150", "PHONE")],
     ["ophthalmology", "practice-contact"], "Staff sender is PROVIDER; name, optical name and the lens type go."),
    ("np0030", "Thanks for your purchase today! Your receipt total was $89.00 and your items will be ready in 7-10 business days. We'll text you when they arrive.",
     "ALLOW", "other", "sms", "en", [],
     ["ophthalmology", "hard-negative"], "A receipt with a total and a range of days; nothing about the patient."),
)

# ---------------------------------------------------------------- batch 4 (np0031-np0039): cataract and surgery logistics
add(
    ("np0031", f"{SX}: Your cataract surgery with Dr. Kulkarni is scheduled for Tuesday 4/7. Please arrive at 6:45 AM. Nothing to eat or drink after midnight. A driver is required.",
     "REWRITE", "reminder", "sms", "en",
     [(SX, "SPECIALTY"), ("cataract surgery", "PROCEDURE"), ("Dr. Kulkarni", "PROVIDER"), ("4/7", "DATE")],
     ["ophthalmology"], "Decision: fasting and driver logistics are generic and survive; the surgery type and the eye surgery center go."),
    ("np0032", "Hi, this is Dana with the surgical scheduling team. Before your surgery we need to do your IOL measurements. Can you come in Thursday 3/26 at 10:15? Please don't wear your contacts for 2 weeks before.",
     "REWRITE", "reminder", "sms", "en",
     [("Dana", "PROVIDER"), ("IOL measurements", "PROCEDURE"), ("3/26", "DATE"), ("contacts", "PROCEDURE")],
     ["ophthalmology"], "Staff sender is PROVIDER; the pre-op measurement and the contact lenses go, scheduling survives."),
    ("np0033", "Start your Vigamox drops in the right eye 3 days before surgery, 1 drop 4 times a day. Start the prednisolone the morning of surgery.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Vigamox", "MEDICATION"), ("prednisolone", "MEDICATION")],
     ["ophthalmology"], "Dosing instructions are the message; removing the drugs removes the purpose: send a portal notice."),
    ("np0034", f"Dear Mrs. Abernathy,\n\nThank you for choosing us for your cataract surgery today. Please follow these instructions:\n- Use Ofloxacin 0.3% 1 drop 4x/day in the LEFT eye for 1 week\n- Use Prednisolone acetate 1% 1 drop 4x/day, tapering weekly\n- Wear the eye shield at night for one week\n- No swimming or heavy lifting\n\nYour post-op visit is tomorrow, 4/8, at 8:30 AM with Dr. Kulkarni.\n\n{SX}\n(614) 555-0144",
     "BLOCK", "care-instructions", "email", "en",
     [("Abernathy", "NAME"), ("cataract surgery", "PROCEDURE"), ("Ofloxacin 0.3%", "MEDICATION"), ("Prednisolone acetate 1%", "MEDICATION"),
      ("eye shield", "PROCEDURE"), ("post-op", "PROCEDURE"), ("4/8", "DATE"), ("Dr. Kulkarni", "PROVIDER"), (SX, "SPECIALTY"), ("(614) 555-0144", "PHONE")],
     ["ophthalmology", "practice-contact"], "Post-operative drop schedule by e-mail (treated like SMS): treatment instructions are the content, BLOCK."),
    ("np0035", "Sra. Ortega: su cirugía de cataratas está programada para el martes 14 de abril. Debe llegar a las 7:00 a. m. con un acompañante que la lleve a casa.",
     "REWRITE", "reminder", "sms", "es",
     [("Ortega", "NAME"), ("cirugía de cataratas", "PROCEDURE"), ("14 de abril", "DATE")],
     ["ophthalmology"], "Name and surgery type go; date, arrival time and the escort survive."),
    ("np0036", "Reminder: your day-after-surgery check is tomorrow at 8:30 AM. Bring your drops with you.",
     "ALLOW", "reminder", "sms", "en", [],
     ["ophthalmology", "hard-negative"], "Decision: 'surgery' without a type and 'drops' without a drug name are generic; nothing names the eye or a procedure."),
    ("np0037", "Hi Mr. Feld, Dr K reviewed your scan and wants to move your surgery up - the cataract in your right eye has gotten denser and your vision dropped to 20/80. Call me back at 614-555-0146. -Lori, surgical coordinator",
     "BLOCK", "result", "sms", "en",
     [("Feld", "NAME"), ("Dr K", "PROVIDER"), ("cataract", "CONDITION"), ("denser", "RESULT"), ("20/80", "RESULT"), ("614-555-0146", "PHONE"), ("Lori", "PROVIDER")],
     ["ophthalmology", "practice-contact"], "A finding and a visual acuity value are the message (careless staff text); 20/80 is a result, not a date."),
    ("np0038", "Surgery check-in opens at 6:30 AM tomorrow. Parking is free in Lot B.",
     "ALLOW", "reminder", "push", "en", [],
     ["ophthalmology", "hard-negative"], "Generic 'surgery' and logistics only."),
    ("np0039", "Please complete your pre-op health questionnaire before your surgery date: lakemonteye.example.com/forms/preop?pid=448120",
     "REWRITE", "other", "sms", "en",
     [("pre-op", "PROCEDURE"), ("lakemonteye.example.com/forms/preop?pid=448120", "URL")],
     ["ophthalmology"], "A link with a patient parameter is patient-specific (README) and 'pre-op' is a named visit type."),
)

# ---------------------------------------------------------------- batch 5 (np0040-np0050): glaucoma and retina
add(
    ("np0040", "Reminder: visual field test and OCT on Mon 4/13 at 1:00 PM with Dr. Kulkarni. Testing takes about 45 minutes.",
     "REWRITE", "reminder", "sms", "en",
     [("visual field test", "PROCEDURE"), ("OCT", "PROCEDURE"), ("4/13", "DATE"), ("Dr. Kulkarni", "PROVIDER")],
     ["ophthalmology"], "Named eye tests go; date, time, provider and duration survive."),
    ("np0041", "Your eye pressure was 24 in the right eye and 19 in the left at today's visit. Dr. Kulkarni wants you to start latanoprost at bedtime in both eyes. Recheck in 6 weeks.",
     "BLOCK", "result", "sms", "en",
     [("eye pressure", "PROCEDURE"), ("24", "RESULT"), ("19", "RESULT"), ("Dr. Kulkarni", "PROVIDER"), ("latanoprost", "MEDICATION")],
     ["ophthalmology", "contrast"], "Values and a new treatment are the message: BLOCK (the portal version, np0042, is ALLOW)."),
    ("np0042", "New note from Dr. Kulkarni: Your pressures today were 17 and 16, which is good. Continue latanoprost one drop at bedtime in both eyes. See you in 4 months.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Kulkarni", "PROVIDER"), ("pressures", "PROCEDURE"), ("17", "RESULT"), ("16", "RESULT"), ("latanoprost", "MEDICATION")],
     ["ophthalmology", "contrast"], "Inside the secure portal results and doses may stay (README channel convention)."),
    ("np0043", "Your refill request for latanoprost 0.005% was sent to your pharmacy. Please allow 1-2 business days.",
     "REWRITE", "other", "sms", "en",
     [("latanoprost 0.005%", "MEDICATION")],
     ["ophthalmology", "pharmacy"], "A medication name in a refill notice goes; 'your refill request was sent' survives."),
    ("np0044", "This is Lakemont Retina calling to remind you of your injection appointment on Thursday, April 9th at 10:20 AM with Dr. Vasquez-Hale. Please allow two hours. To confirm, press 1.",
     "REWRITE", "reminder", "voice", "en",
     [("Lakemont Retina", "SPECIALTY"), ("injection", "PROCEDURE"), ("April 9th", "DATE"), ("Dr. Vasquez-Hale", "PROVIDER")],
     ["ophthalmology"], "Retina service name and the visit type go."),
    ("np0045", "mrs chen ur OCT today showed more fluid in the left eye so dr vasquez-hale wants to shorten ur injections to every 4 wks. next one 4/21 @ 9am",
     "BLOCK", "result", "sms", "en",
     [("chen", "NAME"), ("OCT", "PROCEDURE"), ("more fluid", "RESULT"), ("dr vasquez-hale", "PROVIDER"), ("injections", "PROCEDURE"), ("4/21", "DATE")],
     ["ophthalmology", "shorthand"], "A finding and a change of treatment interval are the message."),
    ("np0046", "Sr. Ramírez, la presión de su ojo derecho salió en 28. El Dr. Kulkarni quiere que empiece las gotas de timolol dos veces al día. Llámenos si tiene preguntas.",
     "BLOCK", "result", "sms", "es",
     [("Ramírez", "NAME"), ("presión", "PROCEDURE"), ("28", "RESULT"), ("Dr. Kulkarni", "PROVIDER"), ("timolol", "MEDICATION")],
     ["ophthalmology"], "Eye pressure value and a new drop regimen: BLOCK."),
    ("np0047", "We're waiting on prior authorization from your insurance for your upcoming Eylea injections. Authorization # PA-7730519. We will call you once it is approved; there is nothing you need to do right now.",
     "REWRITE", "billing", "email", "en",
     [("Eylea injections", "MEDICATION"), ("PA-7730519", "OTHER_ID")],
     ["ophthalmology"], "Drug and authorization number go; the status update survives."),
    ("np0048", "Your SLT laser procedure is scheduled for 4/28 at 2 PM. No need to fast. You may drive yourself home.",
     "REWRITE", "reminder", "sms", "en",
     [("SLT laser", "PROCEDURE"), ("4/28", "DATE")],
     ["ophthalmology"], "The glaucoma laser type goes ('procedure' is generic)."),
    ("np0049", "Hi, this is Lakemont Eye. Your mother's glaucoma drops were changed today to Cosopt twice daily - please make sure she has the new bottle before the weekend.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lakemont Eye", "SPECIALTY"), ("glaucoma", "CONDITION"), ("Cosopt", "MEDICATION")],
     ["ophthalmology", "third-party"], "A third party's condition and dosing (README: BLOCK)."),
    ("np0050", "Your retinal photos from 3/30 show mild diabetic retinopathy in both eyes. This is not an emergency, but Dr. Nair would like to see you in 6 months instead of a year.",
     "BLOCK", "result", "email", "en",
     [("retinal photos", "PROCEDURE"), ("3/30", "DATE"), ("mild", "RESULT"), ("diabetic retinopathy", "CONDITION"), ("Dr. Nair", "PROVIDER")],
     ["ophthalmology"], "A finding is the message; the severity is a RESULT (state of a condition)."),
)

# ---------------------------------------------------------------- batch 6 (np0051-np0059): billing
add(
    ("np0051", "Lakemont Eye Associates: You have a balance of $45.00 for your visit on 2/18. Pay securely at lakemonteye.example.com/pay or call (614) 555-0148. Thank you!",
     "REWRITE", "billing", "sms", "en",
     [("Lakemont Eye Associates", "SPECIALTY"), ("2/18", "DATE"), ("lakemonteye.example.com/pay", "URL"), ("(614) 555-0148", "PHONE")],
     ["ophthalmology", "practice-contact"], "Only the eye practice name must go."),
    ("np0052", "Westbrook Medical Billing: A new statement is available for account ending in 4471. Amount due: $120.00 by 4/20. View and pay at wmb.example.com/pay or call 614-555-0160.",
     "ALLOW", "billing", "sms", "en",
     [("4/20", "DATE"), ("wmb.example.com/pay", "URL"), ("614-555-0160", "PHONE")],
     ["general", "practice-contact"], "Decision: the last four digits of an account are not labelled; generic billing-office name."),
    ("np0053", "Hi Paul, Medicare does not cover the refraction portion of your eye exam, so there is a $40 charge from your 3/3 visit. Pay at lakemonteye.example.com/pay.",
     "REWRITE", "billing", "sms", "en",
     [("Paul", "NAME"), ("refraction", "PROCEDURE"), ("eye exam", "PROCEDURE"), ("3/3", "DATE"), ("lakemonteye.example.com/pay", "URL")],
     ["ophthalmology", "practice-contact"], "Name and the billed eye services go; the charge, date and pay link survive."),
    ("np0054", "Your vision benefits were verified for your appointment on 4/2: exam copay $10, materials allowance $150 toward frames or lenses. Member ID: VSX-88213047.",
     "REWRITE", "billing", "email", "en",
     [("4/2", "DATE"), ("VSX-88213047", "HEALTH_PLAN_ID")],
     ["ophthalmology", "identifier"], "Decision: plan-benefit wording is not labelled; the member ID is not needed."),
    ("np0055", "Lakemont Eye Associates: Tiene un saldo de $35.00. Puede pagar en lakemonteye.example.com/pagar o llamando al (614) 555-0148.",
     "REWRITE", "billing", "sms", "es",
     [("Lakemont Eye Associates", "SPECIALTY"), ("lakemonteye.example.com/pagar", "URL"), ("(614) 555-0148", "PHONE")],
     ["ophthalmology", "practice-contact"], "Eye practice name goes; balance and pay options stay."),
    ("np0056", "Payment received: $60.00. Thank you! Your balance is now $0.00.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Amounts only."),
    ("np0057", "Dear Ms. Whitfield,\n\nOur records show an unpaid balance of $214.50 on account 20-339817 for services on 1/14. Please pay within 30 days to avoid referral to collections. Call our billing office at (614) 555-0148, Mon-Fri 8-4.\n\nBilling Office",
     "REWRITE", "billing", "email", "en",
     [("Whitfield", "NAME"), ("20-339817", "ACCOUNT"), ("1/14", "DATE"), ("(614) 555-0148", "PHONE")],
     ["general", "practice-contact"], "Name and full account number go; amount, date and office phone survive."),
    ("np0058", "Please update your insurance before your visit. Reply with a photo of the front and back of your card, or upload it in the portal.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "An insurance request with nothing about the patient."),
    ("np0059", "Your estimated out-of-pocket cost for the premium lens implant upgrade is $1,800 per eye, due 2 weeks before surgery. Questions? Call our surgery counselor at (614) 555-0145.",
     "REWRITE", "billing", "sms", "en",
     [("premium lens implant", "PROCEDURE"), ("(614) 555-0145", "PHONE")],
     ["ophthalmology", "practice-contact"], "The implant type goes; the estimate and due time survive."),
)

# ---------------------------------------------------------------- batch 7 (np0060-np0075): portal, forms, surveys, closures, broadcasts
add(
    ("np0060", "You have a new message in your patient portal. Log in at lakemonteye.example.com/portal to read it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("lakemonteye.example.com/portal", "URL")],
     ["ophthalmology", "practice-contact"], "Portal notice without PHI; the practice's own link."),
    ("np0061", "New test results are available in your portal.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["ophthalmology", "hard-negative"], "No test named, no value (README: 'test results' is generic)."),
    ("np0062", "Your visual field results are now available in the portal.",
     "REWRITE", "portal-notice", "push", "en",
     [("visual field", "PROCEDURE")],
     ["ophthalmology"], "The named test goes; 'new results are available' survives."),
    ("np0063", "Lakemont patient portal code: 582913. Do not share this code. It expires in 10 minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient; 'Lakemont' alone is not an eye name."),
    ("np0064", "Please complete your new-patient forms before your visit on 4/6: lakemonteye.example.com/forms. It takes about 10 minutes.",
     "ALLOW", "other", "sms", "en",
     [("4/6", "DATE"), ("lakemonteye.example.com/forms", "URL")],
     ["ophthalmology", "practice-contact"], "Forms link without a patient parameter."),
    ("np0065", "Thanks for visiting us today! How did we do? Rate your visit 1-5 by replying to this text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Survey; '1-5' is a scale, not a date."),
    ("np0066", "Hi Deborah, thank you for visiting Lakemont Eye Associates on 3/9. We'd love your feedback: survey.example.com/s/8KD21?pid=55031",
     "REWRITE", "other", "email", "en",
     [("Deborah", "NAME"), ("Lakemont Eye Associates", "SPECIALTY"), ("3/9", "DATE"), ("survey.example.com/s/8KD21?pid=55031", "URL")],
     ["ophthalmology"], "Name, eye name and a tokenised link go."),
    ("np0067", f"Our offices will be closed Monday, May 25 for Memorial Day. For urgent eye problems after hours, call {PH} and follow the prompts for the on-call doctor.",
     "ALLOW", "other", "sms", "en",
     [("May 25", "DATE"), (PH, "PHONE")],
     ["ophthalmology", "broadcast", "practice-contact"], "Broadcast to every patient (README): nothing about the recipient."),
    ("np0068", "Due to icy roads, we are closing at noon today. If you had an afternoon appointment, we will call you to reschedule.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather closure broadcast."),
    ("np0069", "Aviso: Nuestra oficina estará cerrada el jueves 2 de julio por capacitación del personal. Volvemos el viernes en horario normal.",
     "ALLOW", "other", "sms", "es",
     [("2 de julio", "DATE")],
     ["general", "broadcast"], "Closure broadcast."),
    ("np0070", "Spring frame sale! 25% off all frames and sunglasses at Lakemont Optical through 4/30. Vision plans welcome.",
     "ALLOW", "marketing", "sms", "en",
     [("4/30", "DATE")],
     ["ophthalmology", "broadcast"], "Decision: in a broadcast the optical shop's name is not labelled (README: broadcasts are ALLOW with no span)."),
    ("np0071", "Dry, itchy eyes this winter? Ask about our new dry eye treatment options at your next visit, or read more on our blog.",
     "ALLOW", "marketing", "email", "en", [],
     ["ophthalmology", "broadcast", "hard-negative"], "A seasonal promotion sent to the whole mailing list says nothing about the recipient (judgement: broadcast)."),
    ("np0072", "Subject: Lakemont Eye Associates - Spring Newsletter\n\nHello from all of us!\n\nSpring is here, and so is the sun. Keep an eye on the UV index and wear sunglasses with 100% UV protection, even on cloudy days. For kids on tablets, try the 20-20-20 rule: every 20 minutes, look at something 20 feet away for 20 seconds.\n\nStaff news: please join us in congratulating Iris, our front-desk lead, on 10 years with the practice! And our optical team has new frame lines from three independent designers.\n\nOur Saturday hours return in May. Book anytime at lakemonteye.example.com.\n\nYou are receiving this because you subscribed to our newsletter. Reply STOP to unsubscribe.",
     "ALLOW", "marketing", "email", "en",
     [("lakemonteye.example.com", "URL")],
     ["ophthalmology", "broadcast", "practice-contact"], "Newsletter to every subscriber: 'keep an eye on', 20-20-20 and a staff member named Iris are look-alikes; the practice name is not labelled in a broadcast (decision)."),
    ("np0073", "Holiday hours: closed Thu 11/26 and Fri 11/27. Happy Thanksgiving from all of us!",
     "ALLOW", "other", "push", "en",
     [("11/26", "DATE"), ("11/27", "DATE")],
     ["general", "broadcast"], "Holiday broadcast."),
    ("np0074", f"We've moved! Starting 6/1, find us at 4150 Corwin Rd, Suite 200, Westbrook, OH 43085. Same phone: {PH}.",
     "ALLOW", "other", "sms", "en",
     [("6/1", "DATE"), ("4150 Corwin Rd, Suite 200, Westbrook, OH 43085", "ADDRESS"), (PH, "PHONE")],
     ["general", "broadcast", "practice-contact"], "The practice's own new address is not a patient identifier."),
    ("np0075", "We're happy to welcome Dr. Elena Marsh to our team! She is now accepting new patients for routine exams and contact lens fittings.",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Elena Marsh", "PROVIDER")],
     ["ophthalmology", "broadcast"], "Broadcast: the services offered are not the recipient's (decision: not labelled)."),
)

# ---------------------------------------------------------------- batch 8 (np0076-np0093): identifiers, careless texts, look-alikes, disguises
add(
    ("np0076", "Appt confirmed for Harriet Llewellyn (DOB 07/19/1941) on 4/9 at 11:00 with Dr. Nair. MRN 6021147.",
     "BLOCK", "confirmation", "sms", "en",
     [("Harriet Llewellyn", "NAME"), ("07/19/1941", "DATE"), ("4/9", "DATE"), ("Dr. Nair", "PROVIDER"), ("6021147", "MRN")],
     ["ophthalmology", "dob"], "A full date of birth with the patient's name must never travel by text (README)."),
    ("np0077", "To verify your identity, please reply with your date of birth. We have 5/2/1968 on file - is that correct?",
     "REWRITE", "other", "sms", "en",
     [("5/2/1968", "DATE")],
     ["general", "dob"], "A date of birth without a name is REWRITE (README)."),
    ("np0078", "Our billing system needs your SSN to file the claim. We have 078-05-1120 on file, please confirm by replying YES.",
     "BLOCK", "billing", "sms", "en",
     [("078-05-1120", "SSN")],
     ["general"], "An SSN must never travel by text."),
    ("np0079", "Happy 95th birthday, Eleanor! Everyone at Lakemont Eye Associates wishes you a wonderful day.",
     "REWRITE", "other", "sms", "en",
     [("95th", "AGE"), ("Eleanor", "NAME"), ("Lakemont Eye Associates", "SPECIALTY")],
     ["ophthalmology", "age-over-89"], "Age over 89, name and eye name go; the greeting survives."),
    ("np0080", "Your DMV vision screening form is ready to pick up. We listed your driver's license number as D441-9228-1773; please check it before you sign.",
     "REWRITE", "pickup", "sms", "en",
     [("vision screening", "PROCEDURE"), ("D441-9228-1773", "LICENSE")],
     ["ophthalmology"], "License number and the screening type go; 'your form is ready to pick up' survives."),
    ("np0081", "Hi, this is Lakemont Eye. Just letting you know your husband Robert's retinal detachment surgery went well and he is in recovery. You can pick him up at the east entrance around 3.",
     "BLOCK", "other", "sms", "en",
     [("Lakemont Eye", "SPECIALTY"), ("Robert", "NAME"), ("retinal detachment", "CONDITION")],
     ["ophthalmology", "third-party"], "A third party's condition and surgery outcome (README: BLOCK)."),
    ("np0082", "Sophie's new contact lens prescription is -3.25 in both eyes. Her trial lenses are ready at the front desk.",
     "BLOCK", "result", "sms", "en",
     [("Sophie", "NAME"), ("contact lens", "PROCEDURE"), ("-3.25", "RESULT"), ("trial lenses", "PROCEDURE")],
     ["ophthalmology", "pediatrics", "minor", "third-party"], "Decision: a lens power is a RESULT; a dependent's result is BLOCK."),
    ("np0083", "Here is a copy of your glasses prescription as requested:\nOD: -1.75 -0.50 x 180\nOS: -2.00 -0.75 x 170\nADD: +2.00\nExpires 3/18/2027.\n- Lakemont Optical",
     "BLOCK", "result", "email", "en",
     [("glasses", "PROCEDURE"), ("-1.75 -0.50 x 180", "RESULT"), ("-2.00 -0.75 x 170", "RESULT"), ("+2.00", "RESULT"), ("3/18/2027", "DATE"), ("Lakemont Optical", "SPECIALTY")],
     ["ophthalmology", "contrast"], "Decision: refraction values are results, BLOCK by e-mail even when requested; send via the portal (np0084)."),
    ("np0084", "Your glasses prescription from today's exam:\nOD -1.75 -0.50 x 180\nOS -2.00 -0.75 x 170\nADD +2.00\nValid for 2 years.",
     "ALLOW", "result", "portal", "en",
     [("glasses", "PROCEDURE"), ("-1.75 -0.50 x 180", "RESULT"), ("-2.00 -0.75 x 170", "RESULT"), ("+2.00", "RESULT")],
     ["ophthalmology", "contrast"], "Inside the portal a prescription may stay; OD/OS are eye abbreviations, not labelled."),
    ("np0085", "Reminder: the parking lot will be repaved this Saturday. Please use the street entrance on Corwin Rd.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Facility notice; a street name alone."),
    ("np0086", "Hi! This is Iris from the front desk. Your appointment time has changed to 3:45 PM tomorrow. Reply OK to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Iris", "PROVIDER")],
     ["ophthalmology"], "Iris is the staff sender (PROVIDER), not eye anatomy."),
    ("np0087", "Keep an eye out for an email from our new scheduling system, ClearBook. It will ask you to create a password.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Keep an eye out' is an idiom."),
    ("np0088", "Reminder: school vision screenings for Westbrook Elementary pupils will be held in the gym on Tuesday. Permission slips are due Friday.",
     "ALLOW", "other", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast to all families; 'pupils' are students."),
    ("np0089", "Thanks for joining our 20/20 Club rewards program! You'll earn $20 off your next purchase after 4 visits.",
     "ALLOW", "marketing", "sms", "en", [],
     ["ophthalmology", "hard-negative"], "'20/20' is a program name, not an acuity or a date."),
    ("np0090", "ur c@t@ract surg3ry is confirmed for 4/14, arrive 6:30am, no food after midnite",
     "REWRITE", "confirmation", "sms", "en",
     [("c@t@ract surg3ry", "PROCEDURE"), ("4/14", "DATE")],
     ["ophthalmology", "leet", "shorthand", "typo"], "Disguised surgery type goes; date and logistics survive."),
    ("np0091", "Reminder: your glau\u200bcoma check with Dr. Kulkarni is Tue 5/5 at 10:40 AM.",
     "REWRITE", "reminder", "sms", "en",
     [("glau\u200bcoma", "CONDITION"), ("Dr. Kulkarni", "PROVIDER"), ("5/5", "DATE")],
     ["ophthalmology"], "Zero-width space inside the condition; it is still the visit label."),
    ("np0092", "Your \u0415ylea injection is set for 5/7 at 9:00 AM at Lakemont Retina.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0415ylea injection", "MEDICATION"), ("5/7", "DATE"), ("Lakemont Retina", "SPECIALTY")],
     ["ophthalmology"], "Cyrillic capital Ie in the drug name; drug and retina name go."),
    ("np0093", "your d i l a t e d exam is tmrw at 11, bring sunglasses + a driver pls",
     "REWRITE", "reminder", "sms", "en",
     [("d i l a t e d exam", "PROCEDURE")],
     ["ophthalmology", "spaced", "shorthand"], "Spaced letters; the dilated exam goes, logistics survive."),
)

# ---------------------------------------------------------------- batch 9 (np0094-np0105): Spanish (and two English portal/survey lines)
add(
    ("np0094", "Recordatorio: tiene cita mañana a las 9:30 a. m. con el Dr. Brandt. Responda C para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Brandt", "PROVIDER")],
     ["ophthalmology"], "Provider and time only."),
    ("np0095", "Hola Carmen, en su cita del 8 de abril le vamos a dilatar las pupilas. Traiga lentes oscuros y venga con alguien que pueda manejar.",
     "REWRITE", "reminder", "sms", "es",
     [("Carmen", "NAME"), ("8 de abril", "DATE"), ("dilatar las pupilas", "PROCEDURE")],
     ["ophthalmology"], "Name and dilation go; bringing a driver survives. 'lentes oscuros' are sunglasses, not labelled."),
    ("np0096", "Su pedido está listo para recoger en nuestra tienda de Harlan Ave.",
     "ALLOW", "pickup", "push", "es", [],
     ["ophthalmology", "hard-negative"], "Says that an order is ready, not what."),
    ("np0097", "buenas tardes sra. lopez, el dr. kulkarni vio su estudio y tiene glaucoma en los dos ojos, le mandó unas gotas de latanoprost, una gota en la noche. cualquier cosa nos llama",
     "BLOCK", "result", "sms", "es",
     [("lopez", "NAME"), ("dr. kulkarni", "PROVIDER"), ("glaucoma", "CONDITION"), ("latanoprost", "MEDICATION")],
     ["ophthalmology", "shorthand"], "A diagnosis and dosing are the message."),
    ("np0098", "Westbrook Medical Billing: Tiene un nuevo estado de cuenta. Monto a pagar: $80.00 antes del 30 de abril. Pague en wmb.example.com/pagar.",
     "ALLOW", "billing", "sms", "es",
     [("30 de abril", "DATE"), ("wmb.example.com/pagar", "URL")],
     ["general", "practice-contact"], "Generic billing office, amount, date and its own link."),
    ("np0099", "Hola, le llamamos de parte de Lakemont Eye Associates para recordarle a la señora Beatriz Fuentes su cita de control de cataratas el 21 de abril a las 2 de la tarde. Para confirmar, oprima 1.",
     "REWRITE", "reminder", "voice", "es",
     [("Lakemont Eye Associates", "SPECIALTY"), ("Beatriz Fuentes", "NAME"), ("cataratas", "CONDITION"), ("21 de abril", "DATE")],
     ["ophthalmology"], "Condition used as a visit label (generic 'control' outside), name and eye name go."),
    ("np0100", f"Estimado Sr. Aguilar:\n\nDespués de su cirugía de hoy, use las gotas de moxifloxacino 4 veces al día en el ojo izquierdo durante una semana y duerma con el protector. Su cita de revisión es mañana 15 de abril a las 8:00 a. m.\n\nAtentamente,\n{SX}",
     "BLOCK", "care-instructions", "email", "es",
     [("Aguilar", "NAME"), ("moxifloxacino", "MEDICATION"), ("protector", "PROCEDURE"), ("15 de abril", "DATE"), (SX, "SPECIALTY")],
     ["ophthalmology"], "Post-operative dosing instructions by e-mail: BLOCK."),
    ("np0101", "Su receta de lentes de contacto vence el 31 de mayo. Para seguir pidiendo sus lentes, haga una cita para su examen de lentes de contacto.",
     "REWRITE", "recall", "sms", "es",
     [("lentes de contacto", "PROCEDURE"), ("31 de mayo", "DATE"), ("sus [[lentes]]", "PROCEDURE"), ("examen de lentes de contacto", "PROCEDURE")],
     ["ophthalmology"], "Contact lenses are a device (decision); 'su receta vence, haga una cita' survives."),
    ("np0102", "A new document has been shared with you in the patient portal. Sign in at lakemonteye.example.com/portal to view it.",
     "ALLOW", "portal-notice", "email", "en",
     [("lakemonteye.example.com/portal", "URL")],
     ["ophthalmology", "practice-contact"], "Portal notice without PHI."),
    ("np0103", "How likely are you to recommend us to a friend? Reply with a number from 0 to 10. Msg&data rates may apply.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Survey."),
    ("np0104", "Hola, le recordamos que Valentina tiene su examen de la vista el sábado 11 de abril a las 10:00 con la Dra. Marsh.",
     "REWRITE", "reminder", "sms", "es",
     [("Valentina", "NAME"), ("examen de la vista", "PROCEDURE"), ("11 de abril", "DATE"), ("Dra. Marsh", "PROVIDER")],
     ["ophthalmology", "pediatrics", "minor"], "A dependent's routine visit with a name: REWRITE (README)."),
    ("np0105", "Antes de su cita, llene el formulario de historial médico en lakemonteye.example.com/formularios. Gracias.",
     "ALLOW", "other", "sms", "es",
     [("lakemonteye.example.com/formularios", "URL")],
     ["ophthalmology", "practice-contact"], "Forms link without a patient parameter."),
)

# ---------------------------------------------------------------- batch 10 (np0106-np0120): more everyday traffic
add(
    ("np0106", "An earlier appointment opened up with Dr. Marsh on Friday, 4/10 at 8:00 AM. Reply YES by 5 PM today to take it; otherwise you'll keep your current time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Marsh", "PROVIDER"), ("4/10", "DATE")],
     ["ophthalmology"], "Waitlist offer with provider, date and time only."),
    ("np0107", f"We mised you today. Please call {PH} to reschedual. A $25 fee may apply to missed appointments.",
     "ALLOW", "other", "sms", "en",
     [(PH, "PHONE")],
     ["general", "practice-contact", "typo"], "No-show notice with the practice's own phone."),
    ("np0108", f"We missed you at your retina injection appointment this morning. Skipping injections can affect your vision, so please call us today at {PH}.",
     "REWRITE", "other", "sms", "en",
     [("retina injection", "PROCEDURE"), ("injections", "PROCEDURE"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "The treatment type goes; 'please call us today to reschedule' survives."),
    ("np0109", "Reminder: your contact lens insertion and removal training is Saturday at 10 AM. Please come without eye makeup.",
     "REWRITE", "reminder", "sms", "en",
     [("contact lens insertion and removal training", "PROCEDURE")],
     ["ophthalmology"], "A named visit type goes; time survives."),
    ("np0110", f"Hi Jordan,\n\nThanks for your order! Here's a summary:\n\nOrder: LO-61502\nFrame: Marlow 52-18 in Tortoise\nLenses: Progressive, anti-reflective, blue-light filter\nPaid: $310.00 (vision plan applied)\n\nYour glasses will be ready in 7-10 business days. We'll text you when they arrive.\n\nLakemont Optical\n{OPT}",
     "REWRITE", "pickup", "email", "en",
     [("Jordan", "NAME"), ("LO-61502", "OTHER_ID"), ("Progressive", "PROCEDURE"), ("glasses", "PROCEDURE"), ("Lakemont Optical", "SPECIALTY"), (OPT, "PHONE")],
     ["ophthalmology", "practice-contact"], "Decision: order number OTHER_ID; the frame model 'Marlow 52-18' is a product, not a date; lens type and glasses are the device."),
    ("np0111", "Yes, you can drive after your appointment tomorrow - Dr. Brandt is not dilating you this time, it's just a contact lens follow-up. See you at 3!",
     "REWRITE", "other", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("dilating", "PROCEDURE"), ("contact lens", "PROCEDURE")],
     ["ophthalmology", "negation"], "A negated procedure still names an eye service; 'yes, you can drive, see you at 3' survives."),
    ("np0112", "Your eyeglasses are ready! Tap for store hours.",
     "REWRITE", "pickup", "push", "en",
     [("eyeglasses", "PROCEDURE")],
     ["ophthalmology"], "The device goes from a lock-screen push (decision: eyewear is PROCEDURE)."),
    ("np0113", "Dr Nair called back re: the flashes and floaters you reported. She wants you seen today to rule out a retinal tear - please come in at 3:30.",
     "REWRITE", "care-instructions", "sms", "en",
     [("Dr Nair", "PROVIDER"), ("flashes", "CONDITION"), ("floaters", "CONDITION"), ("retinal tear", "CONDITION")],
     ["ophthalmology"], "Decision: symptoms and the suspected diagnosis can be removed; 'Dr. Nair wants you seen today at 3:30' keeps the purpose."),
    ("np0114", f"Hi, checking in after your procedure yesterday. If you have increasing pain, redness or a sudden drop in vision, call us right away at {PH}, 24/7.",
     "REWRITE", "care-instructions", "sms", "en",
     [("pain", "CONDITION"), ("redness", "CONDITION"), ("sudden drop in vision", "CONDITION"), (PH, "PHONE")],
     ["ophthalmology", "negation", "practice-contact"], "Decision: hypothetical warning signs reveal the eye procedure; 'call us with any concerns' survives. 24/7 is not a date."),
    ("np0115", "Visit summary from Dr. Vasquez-Hale: Diagnosis: wet AMD, left eye. Today: Eylea injection, left eye. Vision OS 20/50. Next injection in 6 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Vasquez-Hale", "PROVIDER"), ("wet AMD", "CONDITION"), ("Eylea injection", "MEDICATION"), ("20/50", "RESULT"), ("Next [[injection]]", "PROCEDURE")],
     ["ophthalmology"], "Portal: diagnosis, drug and acuity may stay (README channel convention)."),
    ("np0116", "We received a referral from Dr. Halvorsen's office for a retina consultation. Please call (614) 555-0147 to schedule with our retina team.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Halvorsen", "PROVIDER"), ("retina", "SPECIALTY"), ("retina", "SPECIALTY", 1), ("(614) 555-0147", "PHONE")],
     ["ophthalmology", "practice-contact"], "Decision: 'retina' as a service line is SPECIALTY; the referral call-back survives."),
    ("np0117", "Your records request has been processed. The records were faxed to Dr. Okafor's office at (614) 555-0177 on 4/3.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("(614) 555-0177", "FAX"), ("4/3", "DATE")],
     ["general"], "Decision: another practice's fax is FAX and not the patient's identifier; ALLOW."),
    ("np0118", "Welcome to Lakemont Eye Associates, Mr. Pryce!\n\nWe look forward to seeing you on Tuesday, April 14 at 9:00 AM. A few things to know before your first visit:\n\n1. Complete your forms online at lakemonteye.example.com/forms (about 10 minutes).\n2. Bring your insurance card, a photo ID and any glasses or contacts you wear.\n3. New-patient exams usually include dilation, so please bring sunglasses and plan for a driver.\n4. Free parking is available behind the building at 2200 Harlan Ave, Westbrook, OH 43085.\n\nIf you need to cancel, please give us 24 hours' notice by calling (614) 555-0142.\n\nSee you soon,\nThe Lakemont team",
     "REWRITE", "confirmation", "email", "en",
     [("Lakemont Eye Associates", "SPECIALTY"), ("Pryce", "NAME"), ("April 14", "DATE"), ("lakemonteye.example.com/forms", "URL"),
      ("glasses", "PROCEDURE"), ("contacts", "PROCEDURE"), ("dilation", "PROCEDURE"), ("2200 Harlan Ave, Westbrook, OH 43085", "ADDRESS"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "Name and eye name go; the boilerplate eyewear and dilation lines are labelled because they reveal the eye service once the name is gone (decision)."),
    ("np0119", "Hello, this is the front desk at Doctor Kulkarni's office returning your call about your bill. Please call us back at 6 1 4, 5 5 5, 0 1 4 8. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("Doctor Kulkarni", "PROVIDER"), ("6 1 4, 5 5 5, 0 1 4 8", "PHONE")],
     ["general", "practice-contact"], "Spoken digits of the practice's own billing line; provider named by title."),
    ("np0120", f"Hi, this message is for Frank Dolan. This is Beth, the technician at Lakemont Eye. Your visual field test showed some new loss in the left eye, so Dr. Kulkarni wants to add a second drop. Please call {PH}.",
     "BLOCK", "result", "voice", "en",
     [("Frank Dolan", "NAME"), ("Beth", "PROVIDER"), ("Lakemont Eye", "SPECIALTY"), ("visual field test", "PROCEDURE"), ("some new loss", "RESULT"), ("Dr. Kulkarni", "PROVIDER"), (PH, "PHONE")],
     ["ophthalmology", "practice-contact"], "A finding and a treatment change left on a voicemail: BLOCK."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "np", "probe377.jsonl")
