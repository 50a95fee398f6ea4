#!/usr/bin/env python3
"""Build corpus/probe441.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe441.py [OUT] [-v]   (default: probe441.jsonl next to this script)

Written blind: its author read only shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and
the docstring, row format and first batch of corpus/build_probe7.py (lines 1-117 and 579-584).
The engine was not run and no other corpus's messages, no Java source, rule or dictionary was read.

Theme: EVERYDAY MESSAGES FROM AN INTERVENTIONAL PAIN MANAGEMENT PRACTICE in an ordinary week, in
roughly the proportions such a sender sends them: appointment reminders and confirmations,
reschedules and waitlist offers, recalls, procedure-day logistics (epidurals, nerve blocks,
radiofrequency ablation, SI-joint and trigger-point injections, stimulator trials), controlled-
substance agreements, random pill counts and urine drug screens, prescription pickups, prior
authorizations, physical-therapy and MRI referrals, statements and estimates, forms, closures,
surveys, portal notices, follow-up check-ins, and the occasional careless staff text or
misdirected internal note. Templates with merge fields, staff shorthand, long e-mails, IVR
scripts, replies; the practice's own look-alikes (a block party, the back office, Spine Rd, a
Dr. Block, a "Bloque C") and hard negatives. 24 of 120 messages (20%) in Spanish; 4 disguised
messages (leetspeak, spaced letters, a zero-width space, a Cyrillic look-alike).

The practice: "Ridgeline Pain & Spine" (its legal, specialty-revealing name), which configured
the neutral sender name "Ridgeline Health" for most templates; "Ridgeline Procedure Center" is
its procedure suite. Partners: Kinetic Physical Therapy, Valley Open MRI, Elm Street Pharmacy.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also stated in the `why` of the lines concerned):
  - service tag: there is no pain-management tag, so the practice's clinical traffic is tagged
    `orthopedics` (spine and musculoskeletal care); `lab` is added for drug screens, `pharmacy`
    for prescriptions and pickups, `physical-therapy` and `imaging` for those referrals, and
    practice-wide notices are tagged `general`;
  - a practice name with "Pain" or "Spine" in it is specialty-revealing (SPECIALTY), like the
    orthopedic and physical-therapy names the README lists; the neutral sender name
    "Ridgeline Health" and "Ridgeline Procedure Center" are generic and not labelled;
  - a broadcast sent under the specialty-revealing name is still REWRITE: the name on a lock
    screen tells who the recipient's practice is; the same broadcast under the neutral name is
    ALLOW with no span;
  - "injection", "block", "epidural" and "ablation" alone are PROCEDURE (they name the
    treatment, unlike the generic "procedure"); "pill count", "medication count", urine drug
    screen / UDS / "prueba de orina", "controlled substance agreement" / "contrato de opioides",
    a pain questionnaire, an opioid risk screening, a taper and a stimulator (trial) are
    PROCEDURE; "opioids", "pain meds", "pain medication" and naloxone are MEDICATION; a substance
    in a drug-screen result is MEDICATION and "negative" / "positive" / "consistent" its RESULT;
  - generic day-of logistics (fasting, clear liquids, loose clothing, bring a driver) with no
    procedure, drug or condition named are ALLOW; with a named procedure they are REWRITE (the
    name goes, the logistics survive); a hold or dose instruction for a named drug, and
    activity and dressing rules for a stimulator trial, are treatment instructions: BLOCK;
    generic return precautions with only hypothetical symptoms and no procedure named are ALLOW
    (tag `negation`);
  - pain scores ("8/10") and percentage relief after a diagnostic block are RESULT, not DATE;
    an imaging finding in words ("herniated disc at L4-5") is RESULT;
  - CPT codes are PROCEDURE (the code names the procedure); authorization numbers are OTHER_ID;
    a stimulator remote's serial number is DEVICE_ID;
  - a prior-authorization approval or denial that names only the procedure is REWRITE; a denial
    letter that repeats the patient's findings or response values is BLOCK;
  - a third party's (non-routine) procedure and its outcome told to a relative is BLOCK; a
    caregiver's ride logistics naming no procedure are REWRITE (the caregiver's name goes);
  - forms (FMLA, "formularios") named only by type, with no medical content, are ALLOW; a
    portal activation code is treated like a one-time login code (not labelled);
  - an internal phone note forwarded by mistake to the patient is BLOCK;
  - templates use only placeholders without patient data ({{appt_date}}, *|PRACTICE_NAME|*,
    {{provider_name}} - the provider is allowed), as the README requires.

Everything is invented: people, practices, streets and the town of Fernvale, 555-01xx numbers,
example.com domains, member, account, license, serial and authorization numbers; the one SSN is
the well-known specimen 078-05-1120. No real patient data. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


ADDR = "4400 Alder Creek Pkwy, Suite 210, Fernvale, OR 97229"

# ---------------------------------------------------------------- batch 1 (qb0001-qb0020): reminders, confirmations, reschedules
add(
    ("qb0001", "Ridgeline Health: Reminder of your appointment with Dr. Mehta on Tue 3/10 at 8:45 AM, " + ADDR + ". Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Mehta", "PROVIDER"), ("3/10", "DATE"), (ADDR, "ADDRESS")],
     ["orthopedics", "practice-contact"], "Neutral sender name, provider, date, time and the practice's own address are allowed. Decision: the pain practice's traffic is tagged orthopedics (no pain tag exists)."),
    ("qb0002", "Ridgeline Pain & Spine: You have an appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Please arrive 15 minutes early. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("Ridgeline Pain & Spine", "SPECIALTY")],
     ["orthopedics", "template"], "Decision: a practice name with 'Pain'/'Spine' reveals the service, like an orthopedic name; the neutral sender 'Ridgeline Health' would do. The placeholders carry no patient data."),
    ("qb0003", "Confirmed: your visit with NP Duarte is Thursday 3/12 at 2:30 PM. Bring your photo ID and insurance card. Need to change it? Call (541) 555-0142.",
     "ALLOW", "confirmation", "sms", "en",
     [("NP Duarte", "PROVIDER"), ("3/12", "DATE"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Provider, date, time and the practice's phone only."),
    ("qb0004", "Reminder: your lumbar epidural steroid injection is scheduled for Mon 3/16 at 7:30 AM at Ridgeline Procedure Center. Please arrive 30 min early and bring a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("lumbar epidural steroid injection", "PROCEDURE"), ("3/16", "DATE")],
     ["orthopedics"], "The procedure name goes ('your procedure is scheduled...'); date, time, place and the driver request survive. 'Procedure Center' is generic (decision)."),
    ("qb0005", "Ridgeline Health: Le recordamos su cita con el Dr. Mehta el jueves 19 de marzo a las 9:15 a. m. Responda 1 para confirmar o 2 para cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Mehta", "PROVIDER"), ("19 de marzo", "DATE")],
     ["orthopedics"], "Neutral sender, provider, date and time."),
    ("qb0006", "hi this is kayla from ridgeline, just confirming ur appt tmrw at 1040 w/ dr kessler. pls bring ur med list + insurance card. thx!",
     "ALLOW", "confirmation", "sms", "en",
     [("kayla", "PROVIDER"), ("dr kessler", "PROVIDER")],
     ["orthopedics", "shorthand"], "Staff sender and provider are workforce; 'med list' is a generic request, not a medication."),
    ("qb0007", "Gloria, your medial branch block with Dr. Kessler is confirmed for 3/18 at 10:00. No solid food 6 hours before. Bring a driver - no exceptions.",
     "REWRITE", "confirmation", "sms", "en",
     [("Gloria", "NAME"), ("medial branch block", "PROCEDURE"), ("Dr. Kessler", "PROVIDER"), ("3/18", "DATE")],
     ["orthopedics"], "Name and procedure go; fasting and driver logistics with no procedure named are generic prep (decision), so the confirmation survives."),
    ("qb0008", "Hello, this is Ridgeline Health calling with an appointment reminder. You are scheduled to see Doctor Mehta on Wednesday, March eleventh, at ten fifteen A M. Press 1 to confirm, or press 2 to speak with our staff.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Mehta", "PROVIDER"), ("March eleventh", "DATE")],
     ["orthopedics"], "IVR reminder with provider, spoken date and time only."),
    ("qb0009", "Hi, this message is for Darnell Hughes. This is Marcus at Ridgeline Pain and Spine calling about your radiofrequency ablation on Friday. Please call us back at 541-555-0142 before noon tomorrow. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Darnell Hughes", "NAME"), ("Marcus", "PROVIDER"), ("Ridgeline Pain and Spine", "SPECIALTY"), ("radiofrequency ablation", "PROCEDURE"), ("541-555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Voicemail can be overheard: patient name, specialty-revealing practice name and procedure go; the call-back request survives."),
    ("qb0010", "Ridgeline Health: It's time to schedule your 6-month follow-up. Tap to book online or call us.",
     "ALLOW", "recall", "push", "en", [],
     ["orthopedics"], "Recall under the neutral sender with a generic follow-up."),
    ("qb0011", "Dr. Kessler will be out of the office on 3/20, so we need to move your appointment. Please call (541) 555-0142 or reply with a day and time that work for you.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Kessler", "PROVIDER"), ("3/20", "DATE"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Reschedule notice with provider, date and the practice's phone."),
    ("qb0012", "Hi Mr. Kowalczyk - we had to move your SI joint injection from 3/23 to 3/30 at 8:00 AM because the procedure room is being serviced. Reply OK to accept or call us.",
     "REWRITE", "other", "sms", "en",
     [("Kowalczyk", "NAME"), ("SI joint injection", "PROCEDURE"), ("3/23", "DATE"), ("3/30", "DATE")],
     ["orthopedics"], "Name and procedure go; the new date and time survive."),
    ("qb0013", "Hola Marisol, su bloqueo de nervios quedó para el martes 24 de marzo a las 7:45. Venga en ayunas y con un adulto que la lleve a casa.",
     "REWRITE", "confirmation", "sms", "es",
     [("Marisol", "NAME"), ("bloqueo de nervios", "PROCEDURE"), ("24 de marzo", "DATE")],
     ["orthopedics"], "Name and procedure go; fasting and ride logistics are generic prep (decision)."),
    ("qb0014", "An earlier spot opened with PA Whitfield tomorrow at 11:20 AM. Reply YES in the next 20 minutes to take it, or ignore this text to keep your current time.",
     "ALLOW", "other", "sms", "en",
     [("PA Whitfield", "PROVIDER")],
     ["orthopedics"], "Waitlist offer with a provider and a time."),
    ("qb0015", "*|PRACTICE_NAME|*: Your visit is on *|APPT_DATE|* at *|APPT_TIME|*. Directions and parking: ridgelinehealth.example.com/locations. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("ridgelinehealth.example.com/locations", "URL")],
     ["orthopedics", "template", "practice-contact"], "Template with content-free merge tags and the practice's own link."),
    ("qb0016", "Ridgeline Health: Tiene un mensaje nuevo en su portal. Inicie sesión para leerlo.",
     "ALLOW", "portal-notice", "push", "es", [],
     ["orthopedics"], "Notification without PHI."),
    ("qb0017", "Before Thursday's visit, please fill out your pain questionnaire and opioid risk screening here: ridgelinehealth.example.com/forms",
     "REWRITE", "reminder", "sms", "en",
     [("pain questionnaire", "PROCEDURE"), ("opioid risk screening", "PROCEDURE"), ("ridgelinehealth.example.com/forms", "URL")],
     ["orthopedics", "practice-contact"], "Named screening tools reveal pain care and opioid therapy (decision: PROCEDURE); 'please fill out your forms' and the practice link survive."),
    ("qb0018", "Your follow-up with Dr. Mehta after your injection is on 4/2 at 3:00 PM. Please come 10 min early to fill out a short form.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Mehta", "PROVIDER"), ("injection", "PROCEDURE"), ("4/2", "DATE")],
     ["orthopedics"], "Decision: 'injection' alone names the treatment (PROCEDURE), unlike 'procedure'."),
    ("qb0019", "Subject: Your appointment is confirmed\n\nDear Aurora Benítez,\n\nThank you for scheduling with Ridgeline Health. This e-mail confirms your spinal cord stimulator trial consultation with Dr. Kessler on Monday, April 13 at 1:00 PM at " + ADDR + ".\n\nPlease bring:\n- a photo ID and your insurance card\n- a list of the medicines you take\n- any imaging discs from outside facilities\n\nParking is free in Lot A. If you need to cancel, please give us 24 hours' notice by calling (541) 555-0142 or replying to this e-mail.\n\nWe look forward to seeing you.\n\nRidgeline Health Scheduling Team\nridgelinehealth.example.com",
     "REWRITE", "confirmation", "email", "en",
     [("Aurora Benítez", "NAME"), ("spinal cord stimulator trial", "PROCEDURE"), ("Dr. Kessler", "PROVIDER"), ("April 13", "DATE"), (ADDR, "ADDRESS"), ("(541) 555-0142", "PHONE"), ("ridgelinehealth.example.com", "URL")],
     ["orthopedics", "practice-contact"], "Long confirmation: name and the stimulator consult go; provider, date, address, what to bring and the practice contacts survive."),
    ("qb0020", "Su cita quedó confirmada para el lunes 6 de abril a las 2:00 p. m. con la Dra. Solís. Si no puede venir, avísenos con 24 horas de anticipación al (541) 555-0142.",
     "ALLOW", "confirmation", "sms", "es",
     [("6 de abril", "DATE"), ("Dra. Solís", "PROVIDER"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Date, time, provider and the practice's phone."),
)

# ---------------------------------------------------------------- batch 2 (qb0021-qb0032): procedure-day instructions
add(
    ("qb0021", "Reminders for tomorrow: nothing to eat after midnight, clear liquids until 5 AM, wear loose clothing, leave jewelry at home, and have an adult drive you home. Questions? (541) 555-0142",
     "ALLOW", "care-instructions", "sms", "en",
     [("(541) 555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Decision: generic day-of prep with no procedure, drug or condition named is logistics, not treatment instructions."),
    ("qb0022", "Hi Priya, reminder to STOP your Eliquis 3 days before your epidural on 3/26 (last dose Saturday night). Keep taking your other meds as usual.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Priya", "NAME"), ("Eliquis", "MEDICATION"), ("epidural", "PROCEDURE"), ("3/26", "DATE")],
     ["orthopedics", "contrast"], "A hold instruction for a named anticoagulant is a dosing instruction: the clinical content is the message. Send it through the portal (same text ALLOW on portal)."),
    ("qb0023", "Priya, please stop your Eliquis 3 days before your epidural on 3/26 (last dose Saturday night). Restart it the morning after the procedure unless Dr. Kessler tells you otherwise.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Priya", "NAME"), ("Eliquis", "MEDICATION"), ("epidural", "PROCEDURE"), ("3/26", "DATE"), ("Dr. Kessler", "PROVIDER")],
     ["orthopedics", "contrast"], "Inside the secure portal a drug hold instruction may stay (README channel convention)."),
    ("qb0024", "If you take a blood thinner or a diabetes medicine, let us know at least 7 days before any procedure. Please do not stop a medication on your own - we will check with the doctor who prescribes it.",
     "ALLOW", "care-instructions", "email", "en", [],
     ["orthopedics", "hard-negative", "negation"], "Hypothetical drug classes in a notice sent to every procedure patient; nothing about the recipient."),
    ("qb0025", "You'll get IV sedation for your RFA tomorrow, so you can't drive or sign legal papers until the next day. Reply with your driver's name and phone number.",
     "REWRITE", "care-instructions", "sms", "en",
     [("IV sedation", "PROCEDURE"), ("RFA", "PROCEDURE")],
     ["orthopedics", "shorthand"], "Sedation type and procedure go; the driver request survives (no drug or dose)."),
    ("qb0026", "Sr. Carrasco, después de la inyección póngase hielo 20 minutos cada 2 horas y tome ibuprofeno 600 mg cada 8 horas si tiene dolor. No se meta a la tina por 48 horas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Carrasco", "NAME"), ("inyección", "PROCEDURE"), ("ibuprofeno 600 mg", "MEDICATION")],
     ["orthopedics"], "Aftercare with a drug, dose and schedule is treatment instruction; send via the portal."),
    ("qb0027", "After today's procedure you may feel numb or weak for a few hours; that is expected. If you get a fever over 101 or new trouble with bladder control, call our after-hours line at (541) 555-0168 or go to the ER.",
     "ALLOW", "care-instructions", "sms", "en",
     [("(541) 555-0168", "PHONE")],
     ["orthopedics", "negation", "practice-contact"], "Decision: generic return precautions with only hypothetical symptoms and no procedure, drug or condition named are ALLOW."),
    ("qb0028", "Ridgeline Health: Your trigger point injections are at 2:15 PM today. Please wear a loose top.",
     "REWRITE", "reminder", "push", "en",
     [("trigger point injections", "PROCEDURE")],
     ["orthopedics"], "Lock-screen push: the procedure goes, the time survives."),
    ("qb0029", "Nora, Dr. Mehta wants you to stop the meloxicam 5 days before your knee block. You can use Tylenol, up to 3,000 mg a day, until then.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nora", "NAME"), ("Dr. Mehta", "PROVIDER"), ("meloxicam", "MEDICATION"), ("knee block", "PROCEDURE"), ("Tylenol", "MEDICATION")],
     ["orthopedics"], "Stop and dose instructions for named drugs: the instruction is the message."),
    ("qb0030", "Subject: Getting ready for your procedure on 4/8\n\nHi Sheila,\n\nYour cervical epidural steroid injection with Dr. Kessler is set for Wednesday 4/8 at 7:15 AM at Ridgeline Procedure Center (210 Cascade Loop, Fernvale, OR 97229). Check-in opens at 6:45 AM.\n\nThe day before: you'll get a call between 1 and 4 PM to confirm your arrival time.\nThe morning of: a light breakfast is fine; wear a button-front shirt; bring your ID and insurance card.\nAfterward: plan to rest for the day. You must have a driver.\n\nIf you are sick or need to reschedule, call (541) 555-0142 as early as you can.\n\nThank you,\nRidgeline Health Procedure Scheduling",
     "REWRITE", "care-instructions", "email", "en",
     [("4/8", "DATE", 0), ("Sheila", "NAME"), ("cervical epidural steroid injection", "PROCEDURE"), ("Dr. Kessler", "PROVIDER"), ("4/8", "DATE", 1), ("210 Cascade Loop, Fernvale, OR 97229", "ADDRESS"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Long prep e-mail: name and procedure go; the generic prep (breakfast, clothing, driver) survives (decision)."),
    ("qb0031", "Recuerde: el día de su procedimiento no coma nada 6 horas antes y traiga a un adulto que lo lleve a casa. Si tiene preguntas, llame al (541) 555-0142.",
     "ALLOW", "care-instructions", "sms", "es",
     [("(541) 555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Generic prep with no procedure named (decision)."),
    ("qb0032", "Your stimulator trial leads go in Monday. Keep the dressing dry, no showers, and no bending, lifting or twisting until the leads come out on 4/20. Use the charger every night.",
     "BLOCK", "care-instructions", "sms", "en",
     [("stimulator trial", "PROCEDURE"), ("4/20", "DATE")],
     ["orthopedics"], "Decision: activity and dressing rules for an implanted trial device are treatment instructions; removing the device name leaves the clinical content."),
)

# ---------------------------------------------------------------- batch 3 (qb0033-qb0052): agreements, pill counts, drug screens, pickups
add(
    ("qb0033", "Ridgeline Health: You have been selected for a random pill count. Please bring all of your medication bottles to our office within 24 hours. Questions: (541) 555-0142",
     "REWRITE", "other", "sms", "en",
     [("pill count", "PROCEDURE"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "pharmacy", "practice-contact"], "Decision: a pill count is a monitoring PROCEDURE that reveals controlled-substance therapy; 'please come to our office within 24 hours' survives."),
    ("qb0034", "Hi Ray, it's time to renew your controlled substance agreement. Please come in before your next refill to sign it - it only takes 5 minutes.",
     "REWRITE", "other", "sms", "en",
     [("Ray", "NAME"), ("controlled substance agreement", "PROCEDURE")],
     ["orthopedics", "pharmacy"], "Decision: the agreement is a treatment program document (PROCEDURE); 'please come in to sign a form' survives."),
    ("qb0035", "Aviso de Ridgeline Health: le toca una prueba de orina para detección de drogas antes de su próxima receta. Puede venir sin cita de lunes a viernes de 8 a 4.",
     "REWRITE", "other", "sms", "es",
     [("prueba de orina para detección de drogas", "PROCEDURE")],
     ["orthopedics", "lab"], "The named drug test goes; the walk-in hours survive."),
    ("qb0036", "pls stop by today for ur UDS b4 we can send the refil. front desk closes at 5",
     "REWRITE", "other", "sms", "en",
     [("UDS", "PROCEDURE")],
     ["orthopedics", "lab", "shorthand", "typo"], "Urine drug screen in shorthand; 'please stop by today' survives."),
    ("qb0037", "Hi Denise, your urine drug screen from 3/2 came back negative for hydrocodone. Since it's prescribed to you, Dr. Mehta needs to talk with you before your next fill.",
     "BLOCK", "result", "sms", "en",
     [("Denise", "NAME"), ("urine drug screen", "PROCEDURE"), ("3/2", "DATE"), ("negative", "RESULT"), ("hydrocodone", "MEDICATION"), ("Dr. Mehta", "PROVIDER")],
     ["orthopedics", "lab"], "A drug-screen result (and an inconsistency) is the message; send a portal notice instead."),
    ("qb0038", "Your urine drug screen from 3/2 was consistent with your prescribed medications. No action is needed. - Dr. Mehta's care team",
     "ALLOW", "result", "portal", "en",
     [("urine drug screen", "PROCEDURE"), ("3/2", "DATE"), ("consistent", "RESULT"), ("Dr. Mehta", "PROVIDER")],
     ["orthopedics", "lab"], "Result inside the secure portal: ALLOW (README channel convention)."),
    ("qb0039", "Sra. Ortega, su prueba de orina salió positiva para marihuana. Según su contrato de opioides tenemos que hablar antes de la próxima receta.",
     "BLOCK", "result", "sms", "es",
     [("Ortega", "NAME"), ("prueba de orina", "PROCEDURE"), ("positiva", "RESULT"), ("marihuana", "MEDICATION"), ("contrato de opioides", "PROCEDURE")],
     ["orthopedics", "lab"], "Drug-screen result by text: BLOCK."),
    ("qb0040", "Ridgeline Health policy reminder: prescriptions are not refilled early, by phone after hours, or on weekends. Please plan ahead for holidays and travel.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Policy broadcast to every patient; no drug or person named."),
    ("qb0041", "Your next oxycodone prescription can be picked up at the front desk on or after 3/21. Please bring a photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("oxycodone", "MEDICATION"), ("3/21", "DATE")],
     ["orthopedics", "pharmacy"], "Medication name in a pickup notice goes (DESIGN); the date and ID request survive."),
    ("qb0042", "Your paper prescription is ready at the front desk. Please bring a photo ID - we can only release it to you or the person you listed on your release form.",
     "ALLOW", "pickup", "sms", "en", [],
     ["orthopedics", "pharmacy"], "Pickup notice without a drug name."),
    ("qb0043", "Ridgeline: ur 0xyc0d0ne 5mg script is ready at the front desk, pick up by Fri",
     "REWRITE", "pickup", "push", "en",
     [("0xyc0d0ne 5mg", "MEDICATION")],
     ["orthopedics", "pharmacy", "leet", "shorthand"], "Leetspeak drug name with strength in a pickup push: REWRITE like the plain spelling."),
    ("qb0044", "Ridgeline Health: Su receta está lista para recoger en recepción. Traiga una identificación con foto.",
     "ALLOW", "pickup", "sms", "es", [],
     ["orthopedics", "pharmacy"], "Pickup notice without a drug name."),
    ("qb0045", "This is an automated call from Ridgeline Health. You have been selected for a medication count. Please come to the office with all of your medication bottles before 4 PM tomorrow. Press 1 to confirm.",
     "REWRITE", "other", "voice", "en",
     [("medication count", "PROCEDURE")],
     ["orthopedics", "pharmacy"], "Decision: 'medication count' is the pill count under another name (PROCEDURE)."),
    ("qb0046", "State law requires us to check the prescription monitoring program before we prescribe certain medications. Thank you for your patience at check-in.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Legal notice to every patient; says nothing about the recipient."),
    ("qb0047", "Darnell - Dr. Mehta is lowering your oxycodone to 10 mg three times a day starting 4/1 as part of your taper. The new script will be at the desk Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Darnell", "NAME"), ("Dr. Mehta", "PROVIDER"), ("oxycodone", "MEDICATION"), ("4/1", "DATE"), ("taper", "PROCEDURE")],
     ["orthopedics", "pharmacy"], "A dose change is the message."),
    ("qb0048", "hi Walt, ur name came up for a p i l l  c o u n t - come by w/ ur bottles by 3pm tmrw pls",
     "REWRITE", "other", "sms", "en",
     [("Walt", "NAME"), ("p i l l  c o u n t", "PROCEDURE")],
     ["orthopedics", "pharmacy", "spaced", "shorthand"], "Spaced letters disguise 'pill count'; name and monitoring procedure go."),
    ("qb0049", "Subject: Your signed agreement\n\nAttached is a copy of the controlled substance agreement you signed with Dr. Mehta on 3/3, for your records. Please keep it with your medication list.\n\nRidgeline Health",
     "REWRITE", "other", "email", "en",
     [("controlled substance agreement", "PROCEDURE"), ("Dr. Mehta", "PROVIDER"), ("3/3", "DATE")],
     ["orthopedics", "pharmacy"], "The document type reveals opioid therapy; 'a copy of the form you signed' survives."),
    ("qb0050", "Dr. Kessler sent a naloxone prescription to Elm Street Pharmacy as part of our safety program for everyone on daily opioids. Ask the pharmacist to show you how to use it.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Kessler", "PROVIDER"), ("naloxone", "MEDICATION"), ("opioids", "MEDICATION")],
     ["orthopedics", "pharmacy"], "Drug names go ('a prescription was sent to Elm Street Pharmacy'); no dose or instruction beyond asking the pharmacist."),
    ("qb0051", "FW: phone note - Yolanda Pérez\n\nPt called re: early refill, states she lost her oxycodone bottle on the bus Sat. Per her agreement no early fills. Dr. Mehta ok'd a pill count + UDS Mon, pls call her back to set up.\n\n-- sent from Ridgeline Health staff inbox",
     "BLOCK", "other", "email", "en",
     [("Yolanda Pérez", "NAME"), ("oxycodone", "MEDICATION"), ("Dr. Mehta", "PROVIDER"), ("pill count", "PROCEDURE"), ("UDS", "PROCEDURE")],
     ["orthopedics", "pharmacy", "shorthand"], "Decision: an internal phone note forwarded by mistake to the patient's e-mail (medication, loss report, monitoring plan) is BLOCK."),
    ("qb0052", "Hola Consuelo, el doctor dice que por ahora no puede subir la dosis de tramadol. Siga con 50 mg dos veces al día y lo revisamos en su cita.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Consuelo", "NAME"), ("tramadol", "MEDICATION")],
     ["orthopedics", "pharmacy"], "Dosing instruction for a named drug."),
)

# ---------------------------------------------------------------- batch 4 (qb0053-qb0068): prior authorization, referrals, imaging, forms, identifiers
add(
    ("qb0053", "Good news! Your insurance approved the prior authorization for your cervical epidural. Our scheduler will call you within 2 business days to set a date.",
     "REWRITE", "other", "sms", "en",
     [("cervical epidural", "PROCEDURE")],
     ["orthopedics"], "Decision: an approval naming only the procedure is REWRITE ('your prior authorization was approved')."),
    ("qb0054", "We're still waiting to hear back from your insurance on the prior authorization. We'll text you as soon as we do - no need to call.",
     "ALLOW", "other", "sms", "en", [],
     ["orthopedics", "hard-negative"], "Status with no procedure named."),
    ("qb0055", "Subject: Update on your insurance request\n\nHi Mr. O'Rourke,\n\nCascade Health Plan has denied the prior authorization for the lumbar radiofrequency ablation Dr. Mehta requested. Their letter says your two diagnostic blocks gave 60% and 70% relief, and they require at least 80% from both. It also notes your MRI showed only mild facet arthropathy at L4-5.\n\nDr. Mehta can request a peer-to-peer review with the plan's doctor, or you can file an appeal yourself. Our authorization coordinator, Rosa, will call you this week to talk through the options.\n\nIf you'd like to reach us sooner, call (541) 555-0142, option 3.\n\nRidgeline Health",
     "BLOCK", "other", "email", "en",
     [("O'Rourke", "NAME"), ("lumbar radiofrequency ablation", "PROCEDURE"), ("Dr. Mehta", "PROVIDER", 0), ("diagnostic blocks", "PROCEDURE"), ("60%", "RESULT"), ("70%", "RESULT"), ("MRI", "PROCEDURE"), ("mild facet arthropathy at L4-5", "RESULT"), ("Dr. Mehta", "PROVIDER", 1), ("Rosa", "PROVIDER"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "imaging", "practice-contact"],
     "Decision: a denial letter that repeats the patient's response values and imaging finding is BLOCK (the 80% is the plan's criterion, not a result)."),
    ("qb0056", "Su seguro aprobó la autorización para su inyección epidural. Número de autorización: PA-2291874. Le llamaremos para programarla.",
     "REWRITE", "other", "sms", "es",
     [("inyección epidural", "PROCEDURE"), ("PA-2291874", "OTHER_ID")],
     ["orthopedics", "identifier"], "Procedure and authorization number (decision: OTHER_ID) go; the approval survives."),
    ("qb0057", "Your referral to Kinetic Physical Therapy has been sent. They will call you to set up your first visit, or you can call them at (541) 555-0176.",
     "REWRITE", "other", "sms", "en",
     [("Kinetic Physical Therapy", "SPECIALTY"), ("(541) 555-0176", "PHONE")],
     ["physical-therapy", "orthopedics", "practice-contact"], "Physical-therapy practice names are specialty-revealing (README); the partner's own phone may stay."),
    ("qb0058", "Hola Luis, ya enviamos su referido a terapia física. Le van a llamar esta semana; lleve ropa cómoda a su primera cita.",
     "REWRITE", "other", "sms", "es",
     [("Luis", "NAME"), ("terapia física", "PROCEDURE")],
     ["physical-therapy", "orthopedics"], "Name and therapy go; 'your referral was sent' survives."),
    ("qb0059", "Your insurance requires 6 weeks of physical therapy before it will cover the injection. Please start PT and send us your attendance log when you finish.",
     "REWRITE", "other", "sms", "en",
     [("physical therapy", "PROCEDURE"), ("injection", "PROCEDURE"), ("PT", "PROCEDURE")],
     ["physical-therapy", "orthopedics"], "Therapy and procedure go; the insurer's paperwork request survives."),
    ("qb0060", "Your MRI is scheduled at Valley Open MRI on 4/6 at 6:30 PM. Leave all metal at home and arrive 20 minutes early to fill out the safety form.",
     "REWRITE", "reminder", "sms", "en",
     [("MRI", "PROCEDURE", 0), ("Valley Open MRI", "SPECIALTY"), ("4/6", "DATE")],
     ["imaging", "orthopedics"], "Test type and imaging-center name go (imaging names are specialty-revealing); date and time survive."),
    ("qb0061", "Ridgeline Health: You have new test results in your patient portal. Log in at myridgeline.example.com to view them.",
     "ALLOW", "portal-notice", "sms", "en",
     [("myridgeline.example.com", "URL")],
     ["orthopedics", "practice-contact"], "Notification without PHI; no test named."),
    ("qb0062", "hey Kevin dr mehta looked at ur MRI, its a herniated disc at L4-5 pressing on the nerve so he wants to do an epidural. call us to sched",
     "BLOCK", "result", "sms", "en",
     [("Kevin", "NAME"), ("dr mehta", "PROVIDER"), ("MRI", "PROCEDURE"), ("herniated disc at L4-5", "RESULT"), ("epidural", "PROCEDURE")],
     ["orthopedics", "imaging", "shorthand", "typo"], "An imaging finding texted by staff (decision: the finding in words is RESULT)."),
    ("qb0063", "We received your records request. Copies will be sent to Dr. Alvarez's office within 5 business days. There is no charge for records sent to another provider.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Alvarez", "PROVIDER")],
     ["general"], "Records logistics with a provider name only."),
    ("qb0064", "Your FMLA form is complete and was faxed to the number you gave us. The $25 form fee can be paid at your next visit or online.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision: a form named only by type, with no medical content, is ALLOW."),
    ("qb0065", "Hace 6 meses de su última visita con el Dr. Mehta. Llámenos al (541) 555-0142 para programar su seguimiento.",
     "ALLOW", "recall", "sms", "es",
     [("Dr. Mehta", "PROVIDER"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Recall with a provider and the practice's phone."),
    ("qb0066", "Your stimulator remote (serial LMR-40022871) was left at the front desk. Stop by any time before 5 to pick it up.",
     "REWRITE", "pickup", "sms", "en",
     [("stimulator", "PROCEDURE"), ("LMR-40022871", "DEVICE_ID")],
     ["orthopedics", "identifier"], "Device (PROCEDURE) and its serial (decision: DEVICE_ID) go; 'an item you left is at the front desk' survives."),
    ("qb0067", "Before we can release prescriptions we have to verify your ID. We have your driver's license as WDL8XQ29H4KB - reply YES if that's still current.",
     "REWRITE", "other", "sms", "en",
     [("WDL8XQ29H4KB", "LICENSE")],
     ["orthopedics", "identifier"], "The license number is not needed to ask for ID."),
    ("qb0068", "Pre-registration check: Jamal Whitaker, DOB 07/19/1971, Cascade Health Plan member ID CHP4471-20938, procedure 3/31 at 7:00 AM. Reply to confirm these details are correct.",
     "BLOCK", "confirmation", "email", "en",
     [("Jamal Whitaker", "NAME"), ("07/19/1971", "DATE"), ("CHP4471-20938", "HEALTH_PLAN_ID"), ("3/31", "DATE")],
     ["orthopedics", "dob", "identifier"], "Full date of birth with the name (plus member ID) is BLOCK (README)."),
)

# ---------------------------------------------------------------- batch 5 (qb0069-qb0080): billing
add(
    ("qb0069", "Ridgeline Health: Your statement is ready. Balance due: $84.20. Pay at pay.ridgelinehealth.example.com or call (541) 555-0157.",
     "ALLOW", "billing", "sms", "en",
     [("pay.ridgelinehealth.example.com", "URL"), ("(541) 555-0157", "PHONE")],
     ["general", "practice-contact"], "Balance and the practice's own payment link and phone."),
    ("qb0070", "Statement for account 7730-11842: $312.00 for services on 2/24. Pay online or call our billing office.",
     "REWRITE", "billing", "sms", "en",
     [("7730-11842", "ACCOUNT"), ("2/24", "DATE")],
     ["general", "identifier"], "The account number is not needed; amount and service date survive."),
    ("qb0071", "Subject: Your claim was processed\n\nYour claim for CPT 64483 (transforaminal epidural, lumbar) on 2/11 has been processed by your insurance. Your share is $145.60. A statement will follow by mail.\n\nRidgeline Health Billing\nbilling@ridgelinehealth.example.com",
     "REWRITE", "billing", "email", "en",
     [("64483", "PROCEDURE"), ("transforaminal epidural, lumbar", "PROCEDURE"), ("2/11", "DATE"), ("billing@ridgelinehealth.example.com", "EMAIL")],
     ["orthopedics", "practice-contact"], "Decision: a CPT code names the procedure (PROCEDURE); code and description go, the amount survives."),
    ("qb0072", "Ridgeline Health: Tiene un saldo de $40.00. Puede pagar en línea en pay.ridgelinehealth.example.com o llamar al (541) 555-0157.",
     "ALLOW", "billing", "sms", "es",
     [("pay.ridgelinehealth.example.com", "URL"), ("(541) 555-0157", "PHONE")],
     ["general", "practice-contact"], "Balance and the practice's own contacts."),
    ("qb0073", "Our records show you're due for your 3-month medication management visit. Your oxycodone can't be renewed without it - call (541) 555-0142 to book.",
     "REWRITE", "recall", "sms", "en",
     [("medication management", "PROCEDURE"), ("oxycodone", "MEDICATION"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "pharmacy", "practice-contact"], "Visit type and drug go; 'you're due for a visit, call to book' survives."),
    ("qb0074", "Hi Bev, billing here. Insurance kicked back the claim - can u confirm ur SSN 078-05-1120 and date of birth so we can resubmit?",
     "BLOCK", "billing", "sms", "en",
     [("Bev", "NAME"), ("078-05-1120", "SSN")],
     ["general", "shorthand", "identifier"], "An SSN must never travel by text."),
    ("qb0075", "Final notice: your balance of $265.00 is 90 days past due. Call (541) 555-0157 by 5/15 to set up a plan before it is sent to collections.",
     "ALLOW", "billing", "sms", "en",
     [("(541) 555-0157", "PHONE"), ("5/15", "DATE")],
     ["general", "practice-contact"], "Collections notice with an amount, a deadline and the practice's phone."),
    ("qb0076", "Our records show your insurance has changed. Please upload photos of the front and back of your new card in the portal before your next visit.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'Our records show' about insurance, not health."),
    ("qb0077", "We have your member ID as XJH448210937 with Cascade Health Plan. Is that still current? Reply Y or N.",
     "REWRITE", "billing", "sms", "en",
     [("XJH448210937", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "The member ID is not needed to ask whether coverage changed."),
    ("qb0078", "Su copago por la ablación por radiofrecuencia del 3 de marzo es de $75. Puede pagarlo en su próxima cita o en línea.",
     "REWRITE", "billing", "sms", "es",
     [("ablación por radiofrecuencia", "PROCEDURE"), ("3 de marzo", "DATE")],
     ["orthopedics"], "The procedure goes; copay, date and how to pay survive."),
    ("qb0079", "Subject: Good faith estimate\n\nDear Hector Ibarra,\n\nAs required by the No Surprises Act, here is your good faith estimate for the spinal cord stimulator trial scheduled for 5/4:\n\n  CPT 63650 - percutaneous lead placement: $4,120.00\n  CPT 95972 - device programming: $310.00\n  Facility fee (Ridgeline Procedure Center): $1,850.00\n\nEstimated total before insurance: $6,280.00. Your plan's deductible and coinsurance will apply. This is an estimate, not a bill; if your bill is $400 or more above it, you can dispute it.\n\nQuestions? billing@ridgelinehealth.example.com or (541) 555-0157.\n\nRidgeline Health Patient Financial Services",
     "REWRITE", "billing", "email", "en",
     [("Hector Ibarra", "NAME"), ("spinal cord stimulator trial", "PROCEDURE"), ("5/4", "DATE"), ("63650", "PROCEDURE"), ("percutaneous lead placement", "PROCEDURE"), ("95972", "PROCEDURE"), ("device programming", "PROCEDURE"), ("billing@ridgelinehealth.example.com", "EMAIL"), ("(541) 555-0157", "PHONE")],
     ["orthopedics", "practice-contact"], "Long estimate: name, procedure and CPT lines (decision: PROCEDURE) go; amounts, dispute rights and contacts survive."),
    ("qb0080", "A refund of $22.50 was issued to the card you used on 2/9. Please allow 5-7 business days for it to post.",
     "ALLOW", "billing", "sms", "en",
     [("2/9", "DATE")],
     ["general"], "Refund with an amount and a payment date."),
)

# ---------------------------------------------------------------- batch 6 (qb0081-qb0096): closures, broadcasts, surveys, telehealth, codes
add(
    ("qb0081", "Ridgeline Health will be closed Monday, May 25 for Memorial Day. For urgent prescription questions, call (541) 555-0168.",
     "ALLOW", "other", "sms", "en",
     [("May 25", "DATE"), ("(541) 555-0168", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure sent to every patient."),
    ("qb0082", "Due to ice, all morning appointments at our Fernvale office are moved to the afternoon. We will text you your new time. Stay safe!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast"], "Weather notice; says nothing about the recipient."),
    ("qb0083", "Ridgeline Health estará cerrado el viernes 3 de julio. Si necesita ayuda urgente con su receta, llame al (541) 555-0168.",
     "ALLOW", "other", "sms", "es",
     [("3 de julio", "DATE"), ("(541) 555-0168", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure broadcast with a calendar date and the after-hours line."),
    ("qb0084", "Thanks for visiting Ridgeline Health today. How did we do? Rate us 1-5: survey.ridgelinehealth.example.com/s/visit",
     "ALLOW", "other", "sms", "en",
     [("survey.ridgelinehealth.example.com/s/visit", "URL")],
     ["general", "practice-contact"], "Survey with a generic link (no patient token)."),
    ("qb0085", "How was your injection today with Dr. Kessler? Tap to rate your experience: survey.ridgelinehealth.example.com/s/proc?pid=88213",
     "REWRITE", "other", "sms", "en",
     [("injection", "PROCEDURE"), ("Dr. Kessler", "PROVIDER"), ("survey.ridgelinehealth.example.com/s/proc?pid=88213", "URL")],
     ["orthopedics"], "The procedure and a link with a patient parameter (pid=) go (README)."),
    ("qb0086", "Join us this Saturday for the Alder Creek neighborhood block party! Free hot dogs, face painting and a desk-posture demo from our team, 11 AM to 3 PM in the Ridgeline Health parking lot.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A block party, not a nerve block."),
    ("qb0087", "September is Pain Awareness Month. Join our free evening talk, 'Moving better with back pain,' on Thursday at 6 PM in our lobby. Open to the public - bring a friend. Light snacks provided.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Public event under the neutral sender; says nothing about the recipient's own pain."),
    ("qb0088", "Ridgeline Pain & Spine is now open Saturdays 8 AM-12 PM at our Westgate office! Book at ridgelinehealth.example.com.",
     "REWRITE", "marketing", "sms", "en",
     [("Ridgeline Pain & Spine", "SPECIALTY"), ("ridgelinehealth.example.com", "URL")],
     ["general", "broadcast", "practice-contact"], "Decision: a broadcast under the specialty-revealing name is still REWRITE (the lock screen tells whose patient the recipient is); the neutral name would be ALLOW."),
    ("qb0089", "We're happy to welcome Dr. Nadia Block to Ridgeline Health! She's accepting new patients starting 5/1. Call (541) 555-0142 to book.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Nadia Block", "PROVIDER"), ("5/1", "DATE"), ("(541) 555-0142", "PHONE")],
     ["general", "broadcast", "practice-contact"], "A provider named Block, not a nerve block."),
    ("qb0090", "Ridgeline Health ahora ofrece citas por video. Pregunte en recepción o visite ridgelinehealth.example.com/video.",
     "ALLOW", "marketing", "sms", "es",
     [("ridgelinehealth.example.com/video", "URL")],
     ["general", "broadcast", "practice-contact"], "Service announcement to every patient."),
    ("qb0091", "Your video visit with NP Duarte starts at 3:40 PM. Join from your phone: visit.ridgelinehealth.example.com/room/duarte",
     "ALLOW", "reminder", "sms", "en",
     [("NP Duarte", "PROVIDER"), ("visit.ridgelinehealth.example.com/room/duarte", "URL")],
     ["orthopedics", "practice-contact"], "The provider's room link carries no patient token."),
    ("qb0092", "Your video visit starts in 10 minutes. Join: visit.ridgelinehealth.example.com/j?token=Q8ZK2M7P",
     "REWRITE", "reminder", "push", "en",
     [("visit.ridgelinehealth.example.com/j?token=Q8ZK2M7P", "URL")],
     ["orthopedics"], "A link with a patient token is patient-specific (README)."),
    ("qb0093", "Create your Ridgeline patient portal account at myridgeline.example.com with code 4F7K-9Q2M. The code expires in 7 days.",
     "ALLOW", "portal-notice", "sms", "en",
     [("myridgeline.example.com", "URL")],
     ["general", "otp", "practice-contact"], "Decision: a portal activation code is treated like a one-time login code (not labelled)."),
    ("qb0094", "Your Ridgeline Health verification code is 602194. It expires in 10 minutes. Never share this code.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "One-time code; not an identifier of the patient."),
    ("qb0095", "Gracias por su visita a Ridgeline Health. ¿Nos recomendaría con un familiar o amigo? Responda con un número del 0 al 10.",
     "ALLOW", "other", "sms", "es", [],
     ["general"], "Survey with nothing about the visit."),
    ("qb0096", "Our back office will be closed Friday afternoon for staff training. The front desk and phones will stay open until 5.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "The back office, not the patient's back."),
)

# ---------------------------------------------------------------- batch 7 (qb0097-qb0120): follow-ups, results, family, careless staff, long e-mails, look-alikes
add(
    ("qb0097", "Hi, this is nurse Tina from Ridgeline Health checking in after yesterday's procedure. Reply here or call (541) 555-0142 if you have any questions.",
     "ALLOW", "other", "sms", "en",
     [("nurse Tina", "PROVIDER"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "practice-contact"], "Check-in with a generic 'procedure' and a staff name."),
    ("qb0098", "Checking in after your genicular nerve block on Tuesday. Reply 1 if your pain is better, 2 if it's about the same, or 3 if it's worse.",
     "REWRITE", "other", "sms", "en",
     [("genicular nerve block", "PROCEDURE")],
     ["orthopedics"], "The procedure goes; the check-in question survives."),
    ("qb0099", "Thanks for the update! Since your pain went from 8/10 to 2/10 after the test block, Dr. Mehta will go ahead and book the ablation.",
     "BLOCK", "result", "sms", "en",
     [("8/10", "RESULT"), ("2/10", "RESULT"), ("test block", "PROCEDURE"), ("Dr. Mehta", "PROVIDER"), ("ablation", "PROCEDURE")],
     ["orthopedics"], "Decision: pain scores are results, not dates; the response to a diagnostic block is the message."),
    ("qb0100", "After-visit summary (3/9, Dr. Mehta): Diagnosis: lumbar radiculopathy. Plan: right L5-S1 transforaminal epidural steroid injection; continue gabapentin 300 mg at bedtime; home exercises 3x/week. Follow up 2 weeks after the injection.",
     "ALLOW", "care-instructions", "portal", "en",
     [("3/9", "DATE"), ("Dr. Mehta", "PROVIDER"), ("lumbar radiculopathy", "CONDITION"), ("right L5-S1 transforaminal epidural steroid injection", "PROCEDURE"), ("gabapentin 300 mg", "MEDICATION"), ("injection", "PROCEDURE", 1)],
     ["orthopedics", "contrast"], "Diagnosis, plan and dose may stay inside the portal."),
    ("qb0101", "Hi Sheila, here is your after-visit summary from 3/9 with Dr. Mehta: Diagnosis: lumbar radiculopathy. Plan: right L5-S1 transforaminal epidural steroid injection; continue gabapentin 300 mg at bedtime; home exercises 3x/week.",
     "BLOCK", "care-instructions", "email", "en",
     [("Sheila", "NAME"), ("3/9", "DATE"), ("Dr. Mehta", "PROVIDER"), ("lumbar radiculopathy", "CONDITION"), ("right L5-S1 transforaminal epidural steroid injection", "PROCEDURE"), ("gabapentin 300 mg", "MEDICATION")],
     ["orthopedics", "contrast"], "The same summary by e-mail: diagnosis and dosing are the message; send a portal notice instead."),
    ("qb0102", "Sr. Villaseñor, la resonancia mostró una hernia de disco en L5-S1. El Dr. Mehta quiere verlo la próxima semana para hablar de opciones.",
     "BLOCK", "result", "sms", "es",
     [("Villaseñor", "NAME"), ("resonancia", "PROCEDURE"), ("hernia de disco en L5-S1", "RESULT"), ("Dr. Mehta", "PROVIDER")],
     ["orthopedics", "imaging"], "An imaging finding by text."),
    ("qb0103", "Your lab results are ready. Log in to the portal to view them, or we'll go over them at your next visit.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab"], "Results-ready notice with no test named."),
    ("qb0104", "Todavía no recibimos sus resultados. Le avisaremos por mensaje cuando lleguen.",
     "ALLOW", "result", "sms", "es", [],
     ["lab", "negation"], "'No results yet' with no test named is ALLOW (README)."),
    ("qb0105", "Hi Mrs. Lindqvist, your husband's pain meds were sent to Elm Street Pharmacy. He should take 1 tablet every 6 hours as needed, no more than 4 a day.",
     "BLOCK", "other", "sms", "en",
     [("Lindqvist", "NAME"), ("pain meds", "MEDICATION")],
     ["orthopedics", "pharmacy", "third-party"], "A third party's medication and dosing (README: BLOCK)."),
    ("qb0106", "Hi Elena, this is Ridgeline Health. Your mother's appointment is Friday 4/10 at 8:00 AM. Please plan to stay and drive her home afterward.",
     "REWRITE", "reminder", "sms", "en",
     [("Elena", "NAME"), ("4/10", "DATE")],
     ["orthopedics", "third-party"], "Decision: a caregiver's ride logistics naming no procedure are REWRITE; only the caregiver's name goes."),
    ("qb0107", "Teresa, your dad's nerve block went fine and he's in recovery now. He can't drive for 24 hours - you can pick him up at door B at 11:15.",
     "BLOCK", "other", "sms", "en",
     [("Teresa", "NAME"), ("nerve block", "PROCEDURE")],
     ["orthopedics", "third-party"], "Decision: a third party's non-routine procedure and its outcome, told to a relative by text, is his health (README third-party rule): BLOCK."),
    ("qb0108", "We got your refill request. Please allow 2 business days. Requests that come in after 3 PM Friday are handled on Monday.",
     "ALLOW", "other", "sms", "en", [],
     ["orthopedics", "pharmacy", "hard-negative"], "Refill acknowledgement with no drug named."),
    ("qb0109", "Your gabapentin refill was sent to Elm Street Pharmacy and should be ready after 4 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("gabapentin", "MEDICATION")],
     ["orthopedics", "pharmacy"], "Medication name in a pickup notice goes (DESIGN)."),
    ("qb0110", "Reminder: your epi\u200bdural is tomorrow at 7:30 AM. Please arrive 30 minutes early with your driver.",
     "REWRITE", "reminder", "sms", "en",
     [("epi\u200bdural", "PROCEDURE")],
     ["orthopedics"], "A zero-width space splits 'epidural'; REWRITE like the plain word."),
    ("qb0111", "Ridgeline P\u0430in & Spine: your appointment on 4/14 at 9:00 AM is confirmed. See you then!",
     "REWRITE", "confirmation", "sms", "en",
     [("Ridgeline P\u0430in & Spine", "SPECIALTY"), ("4/14", "DATE")],
     ["orthopedics"], "A Cyrillic 'a' in the specialty-revealing practice name; REWRITE like the plain name."),
    ("qb0112", "Subject: Welcome to Ridgeline Health\n\nDear Mr. Haddad,\n\nWelcome! Your first visit with Dr. Kessler is on Tuesday, April 21 at 10:30 AM. Please plan to be with us about 90 minutes.\n\nBefore your visit:\n1. Complete your intake forms at myridgeline.example.com.\n2. Bring your photo ID, insurance card and a list of your current medicines.\n3. Ask any outside imaging center to send your reports to our fax, (541) 555-0199.\n\nAt your first visit, Dr. Kessler will review our controlled substance agreement with you and you will give a urine sample for a drug screen, as we do for all new patients on pain medication.\n\nWe look forward to meeting you.\nRidgeline Health New Patient Team",
     "REWRITE", "other", "email", "en",
     [("Haddad", "NAME"), ("Dr. Kessler", "PROVIDER", 0), ("April 21", "DATE"), ("myridgeline.example.com", "URL"), ("(541) 555-0199", "FAX"), ("Dr. Kessler", "PROVIDER", 1), ("controlled substance agreement", "PROCEDURE"), ("drug screen", "PROCEDURE"), ("pain medication", "MEDICATION")],
     ["orthopedics", "lab", "practice-contact"], "Long welcome: the buried agreement, drug screen and 'on pain medication' reveal opioid therapy and go with the name; the logistics survive."),
    ("qb0113", "Subject: Your trial next week\n\nHi Dana,\n\nHere's what to expect for your stimulator trial on Monday 5/4:\n\n- Arrive at Ridgeline Procedure Center at 6:30 AM. Your driver must stay on site.\n- The device rep will program the trial with you before you leave.\n- Keep the dressing dry for the whole trial - sponge baths only.\n- You may keep taking your hydrocodone 5 mg, but no more than 4 tablets a day, and write down your pain scores twice a day in the diary we give you.\n- The leads come out at your visit on Monday 5/11.\n\nCall (541) 555-0142 with any questions; after hours, (541) 555-0168.\n\nRidgeline Health Procedure Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Dana", "NAME"), ("stimulator trial", "PROCEDURE"), ("5/4", "DATE"), ("hydrocodone 5 mg", "MEDICATION"), ("5/11", "DATE"), ("(541) 555-0142", "PHONE"), ("(541) 555-0168", "PHONE")],
     ["orthopedics", "practice-contact"], "Mostly logistics, but a dose limit for a named opioid and device-care rules are treatment instructions: BLOCK."),
    ("qb0114", "Happy 92nd birthday, Mr. Pruitt! Everyone at Ridgeline Health wishes you a wonderful day.",
     "REWRITE", "marketing", "sms", "en",
     [("92nd", "AGE"), ("Pruitt", "NAME")],
     ["general", "age-over-89"], "An age over 89 and the name go; the greeting survives."),
    ("qb0115", "Lot B is closed for repaving this week. Please use the Spine Rd entrance and park in Lot A or the garage.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Spine Rd is a street, not a specialty."),
    ("qb0116", "Ridgeline Health se mudó al Bloque C de Plaza Alder, segundo piso, junto al banco. Mismo teléfono y mismo horario.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Bloque C' is a building, not a 'bloqueo'; a building description without a street address is not labelled."),
    ("qb0117", "Hola, le llamamos de Ridgeline Health para recordarle su cita de mañana a las diez de la mañana con la doctora Solís. Oprima 1 para confirmar o 2 para hablar con una persona.",
     "ALLOW", "reminder", "voice", "es",
     [("doctora Solís", "PROVIDER")],
     ["orthopedics"], "IVR reminder with a provider and a spoken time."),
    ("qb0118", "Mensaje para Tomás Aguilar de parte de Ridgeline Pain & Spine. Necesitamos que venga a una prueba de orina antes del viernes para poder enviar su receta. Llámenos al 541-555-0142. Gracias.",
     "REWRITE", "other", "voice", "es",
     [("Tomás Aguilar", "NAME"), ("Ridgeline Pain & Spine", "SPECIALTY"), ("prueba de orina", "PROCEDURE"), ("541-555-0142", "PHONE")],
     ["orthopedics", "lab", "practice-contact"], "Voicemail: name, practice name and the drug test go; 'please come in before Friday, call us' survives."),
    ("qb0119", "Asunto: Bienvenida a Ridgeline Health\n\nEstimada Sra. Benítez:\n\nGracias por elegirnos. Su primera cita con la Dra. Solís es el miércoles 22 de abril a las 9:00 a. m. en " + ADDR + ".\n\nPor favor traiga su identificación, su tarjeta del seguro y la lista de sus medicamentos. Llene los formularios de ingreso en myridgeline.example.com antes de su cita.\n\nEn la primera cita la doctora le explicará el contrato de medicamentos controlados y le pediremos una muestra de orina.\n\nSi necesita un intérprete o cambiar la cita, llame al (541) 555-0142.\n\nAtentamente,\nEquipo de Ridgeline Health",
     "REWRITE", "other", "email", "es",
     [("Benítez", "NAME"), ("Dra. Solís", "PROVIDER"), ("22 de abril", "DATE"), (ADDR, "ADDRESS"), ("myridgeline.example.com", "URL"), ("contrato de medicamentos controlados", "PROCEDURE"), ("muestra de orina", "PROCEDURE"), ("(541) 555-0142", "PHONE")],
     ["orthopedics", "lab", "practice-contact"], "Long welcome: the controlled-substance agreement and urine sample reveal opioid therapy and go with the name; the logistics survive."),
    ("qb0120", "Reminder: please bring all of your current medicine bottles to every visit, including vitamins and over-the-counter products. It helps us keep your list up to date.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Routine medication reconciliation sent to everyone; unlike a pill count, it says nothing about the recipient."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "qb", "probe441.jsonl")
