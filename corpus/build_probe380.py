#!/usr/bin/env python3
"""Build corpus/probe380.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe380.py [OUT] [-v]   (default: probe380.jsonl next to this script)

Written blind: the author read only shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and
lines 1-117 and 579-584 of corpus/build_probe7.py (its docstring, row format and first batch).
The engine was not run and no other corpus's messages, tests, rules, dictionaries or sources were
read.

Theme: EVERYDAY MESSAGES FROM A GASTROENTEROLOGY AND ENDOSCOPY CENTER, in roughly the proportions
such a sender sends them in an ordinary week: appointment and procedure reminders, confirmations,
reschedules, waitlist offers and cancellations; colonoscopy and upper-endoscopy prep nudges, prep
kit pickups and drivers after sedation; pathology and results-ready notices; IBD infusions and
specialty-pharmacy shipments; liver clinic visits, FibroScan and hepatitis care; screening and
surveillance recalls and FIT kits; statements, estimates, claims and payment plans; forms,
closures, surveys and post-procedure check-ins; and the occasional message a careless staff
member writes (results, findings, doses). Templates with merge fields, staff shorthand and typos,
long e-mails, voice scripts, push notices, the sender's own look-alikes (check-in codes, suites,
prices, prep cooks, a project's scope) and hard negatives. 24 of 120 in Spanish (20%); 4
disguised messages (zero-width, Cyrillic look-alikes, spaced letters, leetspeak).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "ALT [[68]]" searches for "ALT 68" and labels
      only the bracketed part.
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - A gastroenterology practice name is specialty-revealing like the README's eye and imaging
    names: "Riverside Digestive Health", "Riverside GI", "Riverside Endoscopy Center", "Riverside
    Liver Clinic", "Riverside Infusion Center", a "... Specialty Pharmacy" and a "... Pathology
    Associates" bill sender are SPECIALTY, as are service-line words (GI, gastroenterologist,
    hepatology, endoscopy as a team or department). The parent "Harlow Medical Group" and "Harlow
    Pharmacy" are generic and unlabelled. A room or department that names a treatment ("Infusion
    Suite") is SPECIALTY like a practice name; "IBD Clinic" keeps "Clinic" outside (CONDITION).
  - A broadcast sent under the GI practice's own name still tells the lock screen that the
    recipient is that practice's patient: REWRITE on the name only. Broadcasts from the generic
    parent group (closures, support groups, new providers, hiring) are ALLOW with no span.
  - "procedure", "sedation", "anesthesia", "nothing to eat after midnight", a driver or escort
    after the visit are generic logistics, unlabelled; a separate anesthesia bill is ALLOW.
  - Bowel prep: "prep"/"preparación" and the prep kit are PROCEDURE (README: colonoscopy prep),
    prep products (Suprep, GoLYTELY) are MEDICATION, and a "clear liquid diet" / "dieta de
    líquidos claros" is PROCEDURE because it reveals a bowel prep. A nudge that only names the
    prep ("start your prep tonight") is REWRITE; a timed dosing schedule (bottles, ounces, first
    and second dose) is a dosing instruction: BLOCK by SMS, ALLOW on the portal.
  - Medication holds before a procedure or test (stop Eliquis, iron, PPIs, half the insulin) are
    dosing instructions: BLOCK.
  - "pathology", "path", "tissue testing" and "biopsy" reveal that tissue was taken: PROCEDURE, so
    "your pathology results are ready" is REWRITE while "your results are ready" is ALLOW.
  - A polyp, ulcer or disease named as a condition is CONDITION; what a test showed, with its
    qualifier ("benign", "tubular adenoma", "a small ulcer", "mild diverticulosis", "hígado graso
    leve", "undetectable", "todo salió bien") is RESULT.
  - A call-back request naming no test ("Dr. X would like to discuss your results") is ALLOW.
  - A CPT code is PROCEDURE (the code names the procedure); estimate, authorization and
    payment-plan numbers are OTHER_ID; a group number next to a member ID is HEALTH_PLAN_ID.
  - A text to the patient's driver about the patient's procedure time (name + procedure) is
    REWRITE (logistics survive); telling the driver or a spouse what was found is BLOCK (third
    party's health).
  - Screening recalls naming the test ("colorectal cancer screening", FIT kit, "colonoscopía de
    control", "surveillance colonoscopy") are REWRITE on the test name.
  - Hypothetical symptom checklists in post-procedure check-ins ("any fever or bleeding?") and
    conditional template text addressed to everyone ("if you take blood thinners") are not
    labelled (tag negation).
  - There is no GI service tag: GI traffic is tagged `general`, plus `lab` (pathology, stool and
    blood tests), `imaging` (ultrasound, FibroScan), `pharmacy` (pickups, shipments) and
    `oncology` (colorectal cancer screening) where they fit.

Everything is invented: people, practices, addresses, 555-01xx numbers, example.com/.org
domains, account, member, authorization and prescription numbers. No real patient data.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ns0001-ns0020): reminders, confirmations, reschedules
add(
    ("ns0001", "Riverside Digestive Health: Reminder of your appointment with Dr. Kapoor on Tue 5/12 at 10:20 AM. Reply C to confirm or R to reschedule. Questions? (614) 555-0142",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Digestive Health", "SPECIALTY"), ("Dr. Kapoor", "PROVIDER"), ("5/12", "DATE"), ("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "The GI practice name reveals the specialty (decision: digestive-health names are specialty-revealing); provider, date, time and the practice phone survive."),
    ("ns0002", "Reminder: you have an appointment with Dr. Whitfield on Thu 5/14 at 2:40 PM at 1180 Grandview Ave, Suite 300. Reply C to confirm. Harlow Medical Group (614) 555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("5/14", "DATE"), ("1180 Grandview Ave, Suite 300", "ADDRESS"), ("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Provider, date, time and the practice's own address and phone under the generic parent group name."),
    ("ns0003", "{{practice_name}}: Your procedure is scheduled for {{appt_date}}. Arrival time: {{arrival_time}}. You MUST have an adult driver. Reply C to confirm, or call {{practice_phone}}.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders; 'procedure' and a driver requirement are generic (decision)."),
    ("ns0004", "Riverside Endoscopy Center: your colonoscopy with Dr. Ibarra is confirmed for Mon 6/1. Arrive at 7:15am. Plan on 2-3 hrs and bring your driver's name and phone.",
     "REWRITE", "confirmation", "sms", "en",
     [("Riverside Endoscopy Center", "SPECIALTY"), ("colonoscopy", "PROCEDURE"), ("Dr. Ibarra", "PROVIDER"), ("6/1", "DATE")],
     ["general"], "Endoscopy center name and the procedure type go; provider, date and arrival time survive."),
    ("ns0005", "Hi Gloria, just confirming ur EGD w/ Dr Kapoor tmrw 8am. dont forget ur ride!! -Rachel @ scheduling",
     "REWRITE", "confirmation", "sms", "en",
     [("Gloria", "NAME"), ("EGD", "PROCEDURE"), ("Dr Kapoor", "PROVIDER"), ("Rachel", "PROVIDER")],
     ["general", "shorthand", "typo"], "Staff shorthand: patient name and procedure go; the scheduler named as sender is workforce (PROVIDER)."),
    ("ns0006", "Your appointment is confirmed: Wed, May 20 at 9:00 AM with Grace Oduya, NP. Location: 2nd floor, Suite 210. Please arrive 15 min early to complete check-in.",
     "ALLOW", "confirmation", "sms", "en",
     [("May 20", "DATE"), ("Grace Oduya, NP", "PROVIDER")],
     ["general"], "Date, time, provider with a generic credential; a suite number alone is not an address."),
    ("ns0007", "Riverside Digestive Health: Le recordamos su cita con el Dr. Ibarra el jueves 21 de mayo a las 11:00. Responda 1 para confirmar o 2 para cambiar la cita.",
     "REWRITE", "reminder", "sms", "es",
     [("Riverside Digestive Health", "SPECIALTY"), ("Dr. Ibarra", "PROVIDER"), ("21 de mayo", "DATE")],
     ["general"], "GI practice name goes (decision); provider, date and time survive."),
    ("ns0008", "Recordatorio: tiene una cita el 28 de mayo a las 3:15 pm con la Dra. Whitfield. Si necesita intérprete, avísenos al (614) 555-0142.",
     "ALLOW", "reminder", "sms", "es",
     [("28 de mayo", "DATE"), ("Dra. Whitfield", "PROVIDER"), ("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Date, provider and the practice phone; an interpreter offer says nothing clinical."),
    ("ns0009", "Hello, this is an automated reminder from Harlow Medical Group. You have an appointment on Friday, May 22 at 1:30 PM. Press 1 to confirm, or press 2 to speak with scheduling.",
     "ALLOW", "reminder", "voice", "en",
     [("May 22", "DATE")],
     ["general"], "Generic group name, date and time only."),
    ("ns0010", "This is Riverside Endoscopy Center calling with a reminder for Harold Benning. Your upper endoscopy is scheduled for tomorrow. Please arrive at 6:45 AM. Press 1 to confirm.",
     "REWRITE", "reminder", "voice", "en",
     [("Riverside Endoscopy Center", "SPECIALTY"), ("Harold Benning", "NAME"), ("upper endoscopy", "PROCEDURE")],
     ["general"], "Voice is treated like SMS (overheard): center name, patient name and procedure go; the arrival time survives."),
    ("ns0011", "Appointment tomorrow 10:20 AM · Dr. Kapoor · Tap to check in early",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Kapoor", "PROVIDER")],
     ["general"], "Lock-screen push with provider and time only."),
    ("ns0012", "Reminder: IBD Clinic visit tomorrow at 9:30 AM. Tap for directions.",
     "REWRITE", "reminder", "push", "en",
     [("IBD", "CONDITION")],
     ["general"], "A condition used as a clinic label; the generic word stays outside and the visit time survives."),
    ("ns0013", "Subject: Your upcoming procedure\n\nDear Patient,\n\nThank you for scheduling with Riverside Endoscopy Center. Your colonoscopy is scheduled for Tuesday, June 9 at 8:00 AM (arrival 7:00 AM) with Dr. Lena Whitfield.\n\nPlease read your prep instructions at least one week before. You will receive sedation, so an adult must drive you home; rideshare and taxi drivers cannot be your escort.\n\nIf you take blood thinners or diabetes medicine, call our nurse line at (614) 555-0168.\n\nLocation: 1180 Grandview Ave, Suite 300, Columbus, OH 43212\n\nRiverside Endoscopy Center",
     "REWRITE", "confirmation", "email", "en",
     [("Riverside Endoscopy Center", "SPECIALTY"), ("colonoscopy", "PROCEDURE"), ("June 9", "DATE"), ("Dr. Lena Whitfield", "PROVIDER"),
      ("prep", "PROCEDURE"), ("(614) 555-0168", "PHONE"), ("1180 Grandview Ave, Suite 300, Columbus, OH 43212", "ADDRESS"),
      ("Riverside Endoscopy Center", "SPECIALTY", 1)],
     ["general", "practice-contact", "negation"], "E-mail is treated like SMS: center name, procedure and prep go. The conditional 'if you take blood thinners or diabetes medicine' is sent to every patient and is not labelled (decision)."),
    ("ns0014", "Reminder from Harlow Medical Group: your follow-up visit with Dr. Ibarra is Monday 6/8 at 3:00 PM. A video visit link will be texted 15 min before.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ibarra", "PROVIDER"), ("6/8", "DATE")],
     ["general"], "Generic follow-up with provider, date and time."),
    ("ns0015", "hi mr delgado this is tami rn at riverside gi, ur appt for the liver clinic got moved to 6/15 @ 1pm, same place. call 614-555-0168 if that dont work",
     "REWRITE", "reminder", "sms", "en",
     [("delgado", "NAME"), ("tami rn", "PROVIDER"), ("riverside gi", "SPECIALTY"), ("liver clinic", "SPECIALTY"), ("6/15", "DATE"), ("614-555-0168", "PHONE")],
     ["general", "shorthand", "typo", "practice-contact"], "Lower-case staff text: patient name, GI name and the liver clinic (hepatology service line, decision) go; the new date and call-back survive."),
    ("ns0016", "hola sra. Mendoza, le escribe Paty de Riverside. su cita de colonoscopia quedó para el 3 de junio a las 7am. no olvide traer a alguien que la lleve a casa",
     "REWRITE", "confirmation", "sms", "es",
     [("Mendoza", "NAME"), ("Paty", "PROVIDER"), ("colonoscopia", "PROCEDURE"), ("3 de junio", "DATE")],
     ["general", "shorthand"], "Patient name and procedure go; the staff sender is workforce; 'Riverside' alone is generic; the ride reminder is generic logistics."),
    ("ns0017", "Dr. Whitfield has a conflict on 5/27. We've moved your appointment to 5/29 at 10:00 AM, same location. Reply OK to accept or call (614) 555-0142 to pick another time.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("5/27", "DATE"), ("5/29", "DATE"), ("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Reschedule with provider, dates and the practice phone only."),
    ("ns0018", "An earlier opening came up for your procedure: Thu 5/21, arrive 6:30 AM. Prep would start the day before. Reply YES by 5 PM today to take it.",
     "REWRITE", "reminder", "sms", "en",
     [("5/21", "DATE"), ("Prep", "PROCEDURE")],
     ["general"], "Waitlist offer; 'Prep' reveals a bowel prep (decision), the slot and reply survive."),
    ("ns0019", "Your appointment on 6/2 has been cancelled. If you did not request this, call us at (614) 555-0142.",
     "ALLOW", "other", "sms", "en",
     [("6/2", "DATE"), ("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Cancellation notice with a date and the practice phone."),
    ("ns0020", "Cita confirmada: martes 9 de junio, 8:00 a. m., Dr. Kapoor. Toque para ver la dirección.",
     "ALLOW", "confirmation", "push", "es",
     [("9 de junio", "DATE"), ("Dr. Kapoor", "PROVIDER")],
     ["general"], "Date, time and provider only."),
)

# ---------------------------------------------------------------- batch 2 (ns0021-ns0040): prep, kits, drivers, medication holds
add(
    ("ns0021", "Your colonoscopy prep kit is ready for pickup at Harlow Pharmacy, 1180 Grandview Ave. Open until 7 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("prep", "PROCEDURE"), ("1180 Grandview Ave", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Pickup notice naming the prep kit: procedure and prep go, the pickup and the pharmacy's own address survive."),
    ("ns0022", "Harlow Pharmacy: Your prescription is ready for pickup. Rx #6620418. Hours 9-7 M-F.",
     "REWRITE", "pickup", "sms", "en",
     [("6620418", "OTHER_ID")],
     ["pharmacy"], "The prescription number is not needed for a pickup notice (OTHER_ID)."),
    ("ns0023", "SUPREP Bowel Prep Kit for GLORIA R. is ready at Harlow Pharmacy. Pickup by 6/3.",
     "REWRITE", "pickup", "sms", "en",
     [("SUPREP Bowel Prep Kit", "MEDICATION"), ("GLORIA R.", "NAME"), ("6/3", "DATE")],
     ["pharmacy"], "Automated pickup text: product name and patient name go; the pickup survives."),
    ("ns0024", "Prep reminder: at 6 PM tonight mix the first bottle of Suprep with water to the 16 oz line and drink it all, then 2 more 16 oz cups of water over the next hour. Second dose at 3 AM. Clear liquids only until then.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Prep", "PROCEDURE"), ("Suprep", "MEDICATION"), ("Clear liquids", "PROCEDURE")],
     ["general", "contrast"], "A timed dosing schedule for a named prep is a dosing instruction (decision): removing the drug leaves the doses; send it through the portal."),
    ("ns0025", "Your prep schedule: At 6 PM the evening before your colonoscopy, drink the first bottle of Suprep mixed with water to the 16 oz line, followed by two 16 oz cups of water. Repeat with the second bottle 5 hours before arrival. Stop all liquids 2 hours before your arrival time.",
     "ALLOW", "care-instructions", "portal", "en",
     [("prep", "PROCEDURE"), ("colonoscopy", "PROCEDURE"), ("Suprep", "MEDICATION")],
     ["general", "contrast"], "The same kind of dosing schedule inside the secure portal is allowed (README channel convention)."),
    ("ns0026", "Reminder from Riverside: start your clear liquid diet tomorrow morning and follow the prep instructions we mailed you. Questions? Nurse line (614) 555-0168.",
     "REWRITE", "care-instructions", "sms", "en",
     [("clear liquid diet", "PROCEDURE"), ("prep", "PROCEDURE"), ("(614) 555-0168", "PHONE")],
     ["general", "practice-contact"], "A nudge without doses: the clear liquid diet and prep reveal a colonoscopy (decision) and go; 'follow your instructions' survives."),
    ("ns0027", "Recuerde: mañana comienza la dieta de líquidos claros para su colonoscopía. Las instrucciones de preparación están en el portal.",
     "REWRITE", "care-instructions", "sms", "es",
     [("dieta de líquidos claros", "PROCEDURE"), ("colonoscopía", "PROCEDURE"), ("preparación", "PROCEDURE")],
     ["general"], "Diet, procedure and prep go (decision); the pointer to the portal survives."),
    ("ns0028", "Important: because you will receive sedation, a responsible adult must drive you home and stay with you. We cannot start your procedure without a confirmed driver. Reply with your driver's name and phone number.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["general", "hard-negative"], "Sedation, procedure and a driver are generic logistics shared by many services (decision)."),
    ("ns0029", "Hi, this is Riverside Endoscopy Center. You're listed as the driver for Ruth Albers. Her colonoscopy should be done around 10:30 AM; please be in the lobby by 10:15.",
     "REWRITE", "other", "sms", "en",
     [("Riverside Endoscopy Center", "SPECIALTY"), ("Ruth Albers", "NAME"), ("colonoscopy", "PROCEDURE")],
     ["general", "third-party"], "Text to the patient's driver: logistics survive once the center, the patient's name and the procedure go (decision: pickup logistics are not a third party's health)."),
    ("ns0030", "ur mom is out of recovery and doing fine. dr said they removed 2 polyps, sent to path. u can come up to 2nd fl now",
     "BLOCK", "other", "sms", "en",
     [("polyps", "CONDITION"), ("path", "PROCEDURE")],
     ["general", "third-party", "shorthand"], "Tells a relative what was found and removed: a third party's findings cannot be rewritten away."),
    ("ns0031", "Pre-procedure call: Dr. Kapoor wants you to stop your Eliquis 2 days before your EGD on 6/4 (last dose the morning of 6/2). Resume the day after unless told otherwise.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Kapoor", "PROVIDER"), ("Eliquis", "MEDICATION"), ("EGD", "PROCEDURE"), ("6/4", "DATE"), ("6/2", "DATE")],
     ["general"], "A medication hold is a dosing instruction (decision): BLOCK, send through the portal or call."),
    ("ns0032", "Sr. Ortega, deje de tomar las pastillas de hierro 5 días antes de su colonoscopía (a partir del 28 de mayo). La noche anterior, tome solo la mitad de su dosis de insulina.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ortega", "NAME"), ("pastillas de hierro", "MEDICATION"), ("colonoscopía", "PROCEDURE"), ("28 de mayo", "DATE"), ("insulina", "MEDICATION")],
     ["general"], "Medication holds and an insulin dose change are dosing instructions (decision)."),
    ("ns0033", "New in our lobby café: meal prep boxes and clear broth soups to go, 7am-2pm weekdays. Staff, patients and visitors welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about the café; 'meal prep' and 'clear broth' are food, not a bowel prep."),
    ("ns0034", "Watch our 4-minute video on getting ready for your procedure: riversidedigestive.example.com/getready. Questions? (614) 555-0168",
     "ALLOW", "care-instructions", "sms", "en",
     [("riversidedigestive.example.com/getready", "URL"), ("(614) 555-0168", "PHONE")],
     ["general", "practice-contact"], "The practice's own link and phone; 'procedure' is generic. The domain word is the practice's web address, allowed (README)."),
    ("ns0035", "Your prep instructions are ready: https://riversidedigestive.example.com/p?pid=448120&t=Zx81Q",
     "REWRITE", "care-instructions", "sms", "en",
     [("prep", "PROCEDURE"), ("https://riversidedigestive.example.com/p?pid=448120&t=Zx81Q", "URL")],
     ["general"], "A link with a patient id and token is patient-specific (README); prep goes too."),
    ("ns0036", "Tomorrow: arrive 6:45 AM at Riverside Endoscopy Center, 1180 Grandview Ave, 1st floor. Nothing to eat after midnight. Bring your ID, insurance card and your driver.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Endoscopy Center", "SPECIALTY"), ("1180 Grandview Ave", "ADDRESS")],
     ["general", "practice-contact"], "Center name goes; the address, fasting and driver logistics are generic (decision) and survive."),
    ("ns0037", "Recuerde que debe venir acompañado de un adulto que lo lleve a casa después del procedimiento. No puede irse solo en taxi ni en Uber.",
     "ALLOW", "care-instructions", "sms", "es", [],
     ["general", "hard-negative"], "Escort requirement; 'procedimiento' is generic."),
    ("ns0038", "Dear patient,\n\nDue to a national shortage, we are switching some patients from GoLYTELY to another prep. If your pharmacy cannot fill your order, call our nurse line at (614) 555-0168 and we will send a new prescription.\n\nRiverside Digestive Health",
     "REWRITE", "care-instructions", "email", "en",
     [("GoLYTELY", "MEDICATION"), ("prep", "PROCEDURE"), ("(614) 555-0168", "PHONE"), ("Riverside Digestive Health", "SPECIALTY")],
     ["general", "practice-contact"], "Sent only to patients with a prep order, so it reveals theirs: drug, prep and GI name go; the call-back survives."),
    ("ns0039", "Farmacia Harlow: Su receta está lista para recoger. Horario: lunes a viernes de 9 a 7.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Generic pickup notice from a generic pharmacy name."),
    ("ns0040", "Reminder: your colono\u200bscopy is Fri 6/5 at 8 AM. Start pr\u200bep at 5 PM Thursday.",
     "REWRITE", "reminder", "sms", "en",
     [("colono\u200bscopy", "PROCEDURE"), ("6/5", "DATE"), ("pr\u200bep", "PROCEDURE")],
     ["general"], "Zero-width spaces inside the procedure and prep words; a start time without doses is a nudge (decision)."),
)

# ---------------------------------------------------------------- batch 3 (ns0041-ns0058): results, pathology, call-backs
add(
    ("ns0041", "You have a new test result in your Harlow patient portal. Log in at myharlow.example.org to view it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("myharlow.example.org", "URL")],
     ["general", "practice-contact"], "Notification without PHI: that a result exists, not what it is."),
    ("ns0042", "Your pathology results from your procedure on 5/12 are available in the patient portal. Dr. Kapoor will add a note within 7 days.",
     "REWRITE", "portal-notice", "sms", "en",
     [("pathology", "PROCEDURE"), ("5/12", "DATE"), ("Dr. Kapoor", "PROVIDER")],
     ["general", "lab"], "'Pathology' reveals that tissue was taken (decision); 'your results are available' survives."),
    ("ns0043", "Hi Denise, good news - the polyp Dr. Whitfield removed was benign (hyperplastic). No need to repeat your colonoscopy for 10 years!",
     "BLOCK", "result", "sms", "en",
     [("Denise", "NAME"), ("polyp", "CONDITION"), ("Dr. Whitfield", "PROVIDER"), ("benign", "RESULT"), ("hyperplastic", "RESULT"), ("colonoscopy", "PROCEDURE")],
     ["general", "lab", "contrast"], "A normal result is still a result (README); send a portal notice instead."),
    ("ns0044", "Your biopsy results: the polyp removed on 5/12 was a tubular adenoma with no high-grade dysplasia. Dr. Kapoor recommends a repeat colonoscopy in 5 to 7 years.",
     "ALLOW", "result", "portal", "en",
     [("biopsy", "PROCEDURE"), ("polyp", "CONDITION"), ("5/12", "DATE"), ("tubular adenoma", "RESULT"), ("no high-grade dysplasia", "RESULT"), ("Dr. Kapoor", "PROVIDER"), ("colonoscopy", "PROCEDURE")],
     ["general", "lab", "contrast"], "Findings inside the secure portal are allowed (README channel convention)."),
    ("ns0045", "Hola Sr. Paredes, sus biopsias del estómago salieron negativas para H. pylori. El Dr. Ibarra dice que siga con el omeprazol 20 mg una vez al día.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("biopsias", "PROCEDURE"), ("negativas", "RESULT"), ("H. pylori", "CONDITION"), ("Dr. Ibarra", "PROVIDER"), ("omeprazol 20 mg", "MEDICATION")],
     ["general", "lab"], "A negative result and a dosing instruction: the clinical content is the message."),
    ("ns0046", "Dr. Whitfield would like to discuss your results. Please call (614) 555-0168 at your earliest convenience.",
     "ALLOW", "result", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("(614) 555-0168", "PHONE")],
     ["general", "practice-contact"], "Call-back request that names no test and no value (decision: ALLOW)."),
    ("ns0047", "Hay nuevos resultados disponibles en su aplicación Harlow. Ábrala para verlos.",
     "ALLOW", "portal-notice", "push", "es", [],
     ["general", "hard-negative"], "Results-ready push without test or value."),
    ("ns0048", "hey mr delgado, ur liver enzymes came back a little high (ALT 68). dr ibarra wants to recheck in 6 wks, no alcohol til then",
     "BLOCK", "result", "sms", "en",
     [("delgado", "NAME"), ("liver enzymes", "PROCEDURE"), ("a little high", "RESULT"), ("ALT", "PROCEDURE"), ("ALT [[68]]", "RESULT"), ("dr ibarra", "PROVIDER")],
     ["general", "lab", "shorthand"], "A value and its interpretation plus an instruction: BLOCK."),
    ("ns0049", "Your FIT stool test came back normal. We'll remind you again next year.",
     "BLOCK", "result", "sms", "en",
     [("FIT stool test", "PROCEDURE"), ("normal", "RESULT")],
     ["general", "lab"], "A normal result is still a result (README)."),
    ("ns0050", "Results from your visit on 5/6 are ready in your portal. Sign in at myharlow.example.org.",
     "ALLOW", "portal-notice", "sms", "en",
     [("5/6", "DATE"), ("myharlow.example.org", "URL")],
     ["general", "practice-contact"], "Visit date and the portal's own address; no test named."),
    ("ns0051", "Hi Priya, your celiac blood test (tTG-IgA) was positive. Dr. Kapoor recommends an upper endoscopy with biopsies to confirm. Scheduling will call you.",
     "BLOCK", "result", "sms", "en",
     [("Priya", "NAME"), ("celiac", "CONDITION"), ("tTG-IgA", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Kapoor", "PROVIDER"), ("upper endoscopy", "PROCEDURE"), ("biopsies", "PROCEDURE")],
     ["general", "lab"], "A positive result is the message."),
    ("ns0052", "You may receive a separate bill from Cedar Pathology Associates for tissue testing from your procedure on 4/28. Questions: (614) 555-0153.",
     "REWRITE", "billing", "sms", "en",
     [("Cedar Pathology Associates", "SPECIALTY"), ("tissue testing", "PROCEDURE"), ("4/28", "DATE"), ("(614) 555-0153", "PHONE")],
     ["general", "lab", "practice-contact"], "A pathology group's name and 'tissue testing' reveal a biopsy (decision); 'a separate bill for your procedure' survives."),
    ("ns0053", "Heads up: anesthesia for your procedure on 4/28 is billed separately by Keystone Anesthesia Associates, (614) 555-0177.",
     "ALLOW", "billing", "sms", "en",
     [("4/28", "DATE"), ("(614) 555-0177", "PHONE")],
     ["general", "practice-contact"], "Anesthesia is generic to many procedures (decision); the billing group's own phone."),
    ("ns0054", "For your H. pylori breath test on 6/10: no antibiotics for 4 weeks and no Prilosec or other acid reducers for 2 weeks before the test.",
     "BLOCK", "care-instructions", "sms", "en",
     [("H. pylori", "CONDITION"), ("breath test", "PROCEDURE"), ("6/10", "DATE"), ("antibiotics", "MEDICATION"), ("Prilosec", "MEDICATION"), ("acid reducers", "MEDICATION")],
     ["general", "lab"], "Medication holds before a test are dosing instructions (decision)."),
    ("ns0055", "Tiene un nuevo mensaje de su equipo médico en el portal. Ingrese en myharlow.example.org para leerlo.",
     "ALLOW", "portal-notice", "sms", "es",
     [("myharlow.example.org", "URL")],
     ["general", "practice-contact"], "New-message notice with the portal's own address."),
    ("ns0056", "Subject: Your colonoscopy report\n\nHi Tom,\n\nAttached is your report from Tuesday. You had mild diverticulosis and internal hemorrhoids, nothing else. Pathology is pending on the one small polyp. Call me with questions.\n\nNurse Tami\nRiverside Digestive Health\n(614) 555-0168",
     "BLOCK", "result", "email", "en",
     [("colonoscopy", "PROCEDURE"), ("Tom", "NAME"), ("mild diverticulosis", "RESULT"), ("internal hemorrhoids", "RESULT"), ("Pathology", "PROCEDURE"), ("polyp", "CONDITION"),
      ("Nurse Tami", "PROVIDER"), ("Riverside Digestive Health", "SPECIALTY"), ("(614) 555-0168", "PHONE")],
     ["general", "lab", "practice-contact"], "Findings by unencrypted e-mail (treated like SMS); what the test showed is RESULT (decision)."),
    ("ns0057", "Hello, this is Riverside GI calling for Maria Flores with a message from Dr. Ibarra: your hepatitis C viral load is undetectable. Please keep your appointment in August.",
     "BLOCK", "result", "voice", "en",
     [("Riverside GI", "SPECIALTY"), ("Maria Flores", "NAME"), ("Dr. Ibarra", "PROVIDER"), ("hepatitis C", "CONDITION"), ("viral load", "PROCEDURE"), ("undetectable", "RESULT")],
     ["general", "lab"], "A result read aloud on a voicemail (voice treated like SMS)."),
    ("ns0058", "Your test results are not back yet. We'll text you when they're in the portal.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "'No results yet' with no test named is ALLOW (README)."),
)

# ---------------------------------------------------------------- batch 4 (ns0059-ns0068): IBD infusions and specialty pharmacy
add(
    ("ns0059", "Riverside Infusion Center: your Entyvio infusion is scheduled for Wed 6/3 at 9:00 AM. Plan for about 1 hour. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Infusion Center", "SPECIALTY"), ("Entyvio", "MEDICATION"), ("infusion", "PROCEDURE"), ("6/3", "DATE")],
     ["general"], "Infusion center name, drug and visit type go; date and time survive."),
    ("ns0060", "Reminder: appointment tomorrow at 9:00 AM, Infusion Suite B, 2nd floor. Bring a snack and something to do.",
     "REWRITE", "reminder", "sms", "en",
     [("Infusion Suite", "SPECIALTY")],
     ["general"], "A room that names the treatment is labelled like a practice name (decision)."),
    ("ns0061", "Good news: your insurance approved your Remicade infusions through 12/31. Auth #PA-7730914. No action needed.",
     "REWRITE", "other", "sms", "en",
     [("Remicade", "MEDICATION"), ("infusions", "PROCEDURE"), ("12/31", "DATE"), ("PA-7730914", "OTHER_ID")],
     ["general"], "Drug, treatment and authorization number (OTHER_ID) go; 'your authorization was approved' survives."),
    ("ns0062", "hi jess its nurse kim from the ibd team. ur stelara shot is due 6/6, ur fecal calprotectin was 412 so dr whitfield wants to see u sooner, can u do mon?",
     "BLOCK", "result", "sms", "en",
     [("jess", "NAME"), ("nurse kim", "PROVIDER"), ("ibd", "CONDITION"), ("stelara", "MEDICATION"), ("6/6", "DATE"), ("fecal calprotectin", "PROCEDURE"), ("412", "RESULT"), ("dr whitfield", "PROVIDER")],
     ["general", "lab", "shorthand"], "A lab value in a scheduling text: the value is the message."),
    ("ns0063", "Centro de Infusión Riverside: su cita para la infusión de Remicade es el lunes 8 de junio a las 10:00. Por favor llegue 15 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Infusión Riverside", "SPECIALTY"), ("infusión", "PROCEDURE"), ("Remicade", "MEDICATION"), ("8 de junio", "DATE")],
     ["general"], "Center name, treatment and drug go; date and time survive."),
    ("ns0064", "Time to refill: your specialty medication shipment is ready to schedule. Tap to confirm a delivery date.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "No drug, no condition, no name."),
    ("ns0065", "Harlow Specialty Pharmacy: your Humira Pen shipment (2 pens) will arrive Thu 6/4 by 8 PM. Keep refrigerated. Reply HELP for assistance.",
     "REWRITE", "pickup", "sms", "en",
     [("Harlow Specialty Pharmacy", "SPECIALTY"), ("Humira Pen", "MEDICATION"), ("6/4", "DATE")],
     ["pharmacy"], "Specialty-pharmacy name and drug go (README); delivery logistics survive."),
    ("ns0066", "Please get your TB test and labs done before your next infusion on 6/17. Walk-in lab hours are 7-4 at the 1st floor draw station.",
     "REWRITE", "care-instructions", "sms", "en",
     [("TB test", "PROCEDURE"), ("infusion", "PROCEDURE"), ("6/17", "DATE")],
     ["general", "lab"], "Pre-infusion screening and the infusion go; 'labs before your next visit' survives."),
    ("ns0067", "Join our free Crohn's & Colitis support group, 2nd Tuesday of each month, 6 PM, Community Room A. All are welcome - no registration needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast from the generic group to every patient: says nothing about the recipient (README), no span."),
    ("ns0068", "Hi Daniel, starting with your 6/24 infusion we're moving your Entyvio to every 4 weeks, since your symptoms have come back. Your last colonoscopy showed mild inflammation in the sigmoid colon. Call the IBD nurse line with any questions. - Dr. Whitfield",
     "ALLOW", "care-instructions", "portal", "en",
     [("Daniel", "NAME"), ("6/24", "DATE"), ("infusion", "PROCEDURE"), ("Entyvio", "MEDICATION"), ("colonoscopy", "PROCEDURE"),
      ("mild inflammation in the sigmoid colon", "RESULT"), ("IBD", "CONDITION"), ("Dr. Whitfield", "PROVIDER")],
     ["general", "contrast"], "Dosing change and findings inside the secure portal are allowed."),
)

# ---------------------------------------------------------------- batch 5 (ns0069-ns0076): liver clinic
add(
    ("ns0069", "Riverside Liver Clinic: reminder of your FibroScan on Tue 6/16 at 1:00 PM. Do not eat for 3 hours before the test.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Liver Clinic", "SPECIALTY"), ("FibroScan", "PROCEDURE"), ("6/16", "DATE")],
     ["general", "imaging"], "Clinic name and test go; the fasting window is generic and survives."),
    ("ns0070", "Hepatology follow-up with Dr. Ibarra on 6/22 at 2:30 PM. Please get your blood work done at least 3 days before.",
     "REWRITE", "reminder", "sms", "en",
     [("Hepatology", "SPECIALTY"), ("Dr. Ibarra", "PROVIDER"), ("6/22", "DATE")],
     ["general"], "Service line goes; blood work is generic (README)."),
    ("ns0071", "Sra. Chávez, su ultrasonido del hígado mostró hígado graso leve. La Dra. Whitfield le recomienda bajar de peso y volver en 6 meses.",
     "BLOCK", "result", "sms", "es",
     [("Chávez", "NAME"), ("ultrasonido del hígado", "PROCEDURE"), ("hígado graso leve", "RESULT"), ("Dra. Whitfield", "PROVIDER")],
     ["general", "imaging"], "An imaging finding and advice: BLOCK."),
    ("ns0072", "Your Mavyret is ready for pickup at Harlow Specialty Pharmacy. Please bring a photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("Mavyret", "MEDICATION"), ("Harlow Specialty Pharmacy", "SPECIALTY")],
     ["pharmacy"], "A medication name in a pickup notice (DESIGN); the specialty pharmacy name too."),
    ("ns0073", "Reminder: your 6-month liver ultrasound is due. Call Riverside Imaging at (614) 555-0186 to schedule.",
     "REWRITE", "recall", "sms", "en",
     [("liver ultrasound", "PROCEDURE"), ("Riverside Imaging", "SPECIALTY"), ("(614) 555-0186", "PHONE")],
     ["imaging", "practice-contact"], "Test and imaging name go (README: imaging names revealing); the call to schedule survives."),
    ("ns0074", "Thank you for attending our Liver Health class on 5/19. The slides and the low-sodium recipe booklet are attached. Our next class is in September.",
     "REWRITE", "other", "email", "en",
     [("Liver Health", "PROCEDURE"), ("5/19", "DATE")],
     ["general"], "Attendance at a named education program reveals the recipient's care (program = PROCEDURE); a diet booklet alone is generic."),
    ("ns0075", "Our offices will be closed Monday for Memorial Day. For urgent needs after hours, call the on-call line; for emergencies, call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure broadcast; 911 is not a phone identifier."),
    ("ns0076", "Dr. Ibarra's office: dose 2 of your hepatitis B vaccine series is due. Walk-ins welcome at the 1st floor clinic, 8-4 weekdays.",
     "REWRITE", "recall", "sms", "en",
     [("Dr. Ibarra", "PROVIDER"), ("hepatitis B vaccine", "PROCEDURE")],
     ["general"], "The recipient's own vaccine named as the visit type goes (README broadcast convention)."),
)

# ---------------------------------------------------------------- batch 6 (ns0077-ns0086): recalls and screening
add(
    ("ns0077", "Riverside Digestive Health: our records show you are due for your surveillance colonoscopy. Call (614) 555-0147 or book at riversidedigestive.example.com/schedule.",
     "REWRITE", "recall", "sms", "en",
     [("Riverside Digestive Health", "SPECIALTY"), ("surveillance colonoscopy", "PROCEDURE"), ("(614) 555-0147", "PHONE"), ("riversidedigestive.example.com/schedule", "URL")],
     ["general", "practice-contact"], "GI name and the test go (decision); the recall and the practice's own contacts survive."),
    ("ns0078", "Harlow Medical Group: You may be due for colorectal cancer screening. Adults 45 and older should talk with their doctor about screening options. Call (614) 555-0142.",
     "REWRITE", "recall", "sms", "en",
     [("colorectal cancer screening", "PROCEDURE"), ("(614) 555-0142", "PHONE")],
     ["general", "oncology", "practice-contact"], "A screening recall addressed to the recipient names a cancer test (decision); 'you may be due for a screening' survives."),
    ("ns0079", "Riverside Digestive Health: según nuestros registros, ya le toca su colonoscopía de control. Llame al (614) 555-0147 para hacer su cita.",
     "REWRITE", "recall", "sms", "es",
     [("Riverside Digestive Health", "SPECIALTY"), ("colonoscopía de control", "PROCEDURE"), ("(614) 555-0147", "PHONE")],
     ["general", "practice-contact"], "GI name and the test go; the recall survives."),
    ("ns0080", "Your free at-home FIT kit is on its way! Return the sample within 14 days using the prepaid envelope.",
     "REWRITE", "other", "sms", "en",
     [("FIT kit", "PROCEDURE")],
     ["general", "lab"], "Names the recipient's screening test (decision); the return instruction survives."),
    ("ns0081", "No olvide enviar su prueba de sangre oculta en heces. Si ya la envió, ignore este mensaje.",
     "REWRITE", "recall", "sms", "es",
     [("prueba de sangre oculta en heces", "PROCEDURE")],
     ["general", "lab"], "The named stool test goes; the reminder survives."),
    ("ns0082", "It's been a while since we've seen you. Call (614) 555-0142 to schedule your next visit with Dr. Whitfield.",
     "ALLOW", "recall", "sms", "en",
     [("(614) 555-0142", "PHONE"), ("Dr. Whitfield", "PROVIDER")],
     ["general", "practice-contact"], "Reactivation recall with the practice phone and a provider."),
    ("ns0083", "Hi, this is Harlow Medical Group calling with an important message. Please call us back at 614-555-0142. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("614-555-0142", "PHONE")],
     ["general", "practice-contact"], "Voicemail with only the generic group name and its phone."),
    ("ns0084", "Subject: Time to schedule your follow-up\n\nDear Mr. Yamada,\n\nOur records show that at your last colonoscopy on 3/14/2022, Dr. Kapoor recommended a repeat exam in 3 years. You are now due.\n\nTo schedule, call our endoscopy scheduling team at (614) 555-0147, Monday through Friday, 8 AM to 4:30 PM, or request a time online at riversidedigestive.example.com/schedule. If you have already had this exam elsewhere, please reply and let us know so we can update your record.\n\nIf your insurance has changed, please bring your new card to your visit.\n\nSincerely,\nScheduling Team\nRiverside Digestive Health\n1180 Grandview Ave, Suite 300, Columbus, OH 43212",
     "REWRITE", "recall", "email", "en",
     [("Yamada", "NAME"), ("colonoscopy", "PROCEDURE"), ("3/14/2022", "DATE"), ("Dr. Kapoor", "PROVIDER"), ("endoscopy", "SPECIALTY"),
      ("(614) 555-0147", "PHONE"), ("riversidedigestive.example.com/schedule", "URL"), ("Riverside Digestive Health", "SPECIALTY"),
      ("1180 Grandview Ave, Suite 300, Columbus, OH 43212", "ADDRESS")],
     ["general", "practice-contact"], "Long recall e-mail: name, procedure, GI names go; 'a repeat exam in 3 years' names no finding and survives (judgement)."),
    ("ns0085", "You're due for a follow-up visit. Tap to book a time that works for you.",
     "ALLOW", "recall", "push", "en", [],
     ["general", "hard-negative"], "Generic recall push."),
    ("ns0086", "Hola, le escribimos de Harlow Medical Group. Ya pasó más de un año desde su última consulta. Responda CITA y le llamamos.",
     "ALLOW", "recall", "sms", "es", [],
     ["general", "hard-negative"], "Generic reactivation from the parent group."),
)

# ---------------------------------------------------------------- batch 7 (ns0087-ns0098): billing and insurance
add(
    ("ns0087", "Harlow Medical Group: You have a new statement. Amount due: $184.20 by 6/15. Pay securely at pay.harlow.example.org or call (614) 555-0153.",
     "ALLOW", "billing", "sms", "en",
     [("6/15", "DATE"), ("pay.harlow.example.org", "URL"), ("(614) 555-0153", "PHONE")],
     ["general", "practice-contact"], "Statement with amount, due date and the practice's own links."),
    ("ns0088", "Statement for Riverside Endoscopy Center services on 4/28: balance $612.00. Account #RDH-4471-0932. Pay at pay.harlow.example.org.",
     "REWRITE", "billing", "sms", "en",
     [("Riverside Endoscopy Center", "SPECIALTY"), ("4/28", "DATE"), ("RDH-4471-0932", "ACCOUNT"), ("pay.harlow.example.org", "URL")],
     ["general", "practice-contact"], "Center name and account number go; balance and payment link survive."),
    ("ns0089", "Your claim for CPT 45385 (colonoscopy w/ polypectomy) was denied by your plan as diagnostic, not screening. Call billing at (614) 555-0153 to discuss.",
     "REWRITE", "billing", "sms", "en",
     [("45385", "PROCEDURE"), ("colonoscopy w/ polypectomy", "PROCEDURE"), ("(614) 555-0153", "PHONE")],
     ["general", "practice-contact"], "A CPT code names the procedure (decision); 'your claim was denied, call billing' survives."),
    ("ns0090", "Harlow Medical Group: tiene un saldo pendiente de $95.00. Puede pagar en línea en pay.harlow.example.org o llamar al (614) 555-0153.",
     "ALLOW", "billing", "sms", "es",
     [("pay.harlow.example.org", "URL"), ("(614) 555-0153", "PHONE")],
     ["general", "practice-contact"], "Balance notice with the practice's own contacts."),
    ("ns0091", "Your estimated cost for your upper endoscopy on 6/4 is $350 (deductible + coinsurance). Estimate #EST-220914. Reply PAY to prepay or call (614) 555-0153.",
     "REWRITE", "billing", "sms", "en",
     [("upper endoscopy", "PROCEDURE"), ("6/4", "DATE"), ("EST-220914", "OTHER_ID"), ("(614) 555-0153", "PHONE")],
     ["general", "practice-contact"], "Procedure and estimate number (OTHER_ID, decision) go; cost, date and reply survive."),
    ("ns0092", "FINAL NOTICE: your account is past due. Please call (614) 555-0153 within 10 days to avoid referral to collections.",
     "ALLOW", "billing", "sms", "en",
     [("(614) 555-0153", "PHONE")],
     ["general", "practice-contact"], "'Account' without a number identifies nobody."),
    ("ns0093", "Estimado paciente: no pudimos verificar su seguro para su cita del 9 de junio. Suba una foto de ambos lados de su tarjeta en myharlow.example.org o tráigala a su cita.",
     "ALLOW", "billing", "email", "es",
     [("9 de junio", "DATE"), ("myharlow.example.org", "URL")],
     ["general", "practice-contact"], "Insurance verification with a date and the portal's own address."),
    ("ns0094", "Insurance check for Luis Ortega: member ID ZGH884120337, group 004417. Coverage active. See you on 6/1!",
     "REWRITE", "billing", "sms", "en",
     [("Luis Ortega", "NAME"), ("ZGH884120337", "HEALTH_PLAN_ID"), ("004417", "HEALTH_PLAN_ID"), ("6/1", "DATE")],
     ["general"], "Name and plan numbers are not needed (group number on the same card: HEALTH_PLAN_ID, decision)."),
    ("ns0095", "Need help paying your bill? Harlow Medical Group offers financial assistance based on household income. Ask for an application at any front desk.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about financial assistance."),
    ("ns0096", "¡Buenas noticias! Le reembolsamos $40.00 por un pago en exceso en su cuenta. El reembolso tarda de 7 a 10 días hábiles.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Refund notice; no number, nothing clinical."),
    ("ns0097", "Estimado paciente: su estado de cuenta del Centro de Endoscopia Riverside muestra un saldo de $210.00. Número de cuenta: 5508-22931. Llame al (614) 555-0153.",
     "REWRITE", "billing", "sms", "es",
     [("Centro de Endoscopia Riverside", "SPECIALTY"), ("5508-22931", "ACCOUNT"), ("(614) 555-0153", "PHONE")],
     ["general", "practice-contact"], "Center name and account number go; the balance and call-back survive."),
    ("ns0098", "Your payment plan is set up: $50/month on the 5th, starting 7/5. Plan ID PP-30418. Thank you!",
     "REWRITE", "billing", "sms", "en",
     [("7/5", "DATE"), ("PP-30418", "OTHER_ID")],
     ["general"], "The plan number is a unique identifier not needed in the text (OTHER_ID, decision)."),
)

# ---------------------------------------------------------------- batch 8 (ns0099-ns0120): forms, closures, surveys, check-ins, look-alikes, disguises
add(
    ("ns0099", "Please complete your pre-visit health history before your appointment on 5/26: myharlow.example.org/forms. It takes about 10 minutes.",
     "ALLOW", "other", "sms", "en",
     [("5/26", "DATE"), ("myharlow.example.org/forms", "URL")],
     ["general", "practice-contact"], "Generic forms link without a patient token."),
    ("ns0100", "Complete your GI intake questionnaire here: https://forms.harlow.example.org/q?pid=88213&visit=endo",
     "REWRITE", "other", "sms", "en",
     [("GI", "SPECIALTY"), ("https://forms.harlow.example.org/q?pid=88213&visit=endo", "URL")],
     ["general"], "Service line goes; a link with a patient id is patient-specific (README)."),
    ("ns0101", "Weather alert: all Harlow Medical Group offices, including the endoscopy center, will open at 10 AM today. If your visit is affected, we will call you.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every patient of the generic group; a department listed among all offices says nothing about the recipient (decision)."),
    ("ns0102", "Nuestras oficinas estarán cerradas el lunes 25 de mayo por el Día de los Caídos. Para emergencias llame al 911.",
     "ALLOW", "other", "sms", "es",
     [("25 de mayo", "DATE")],
     ["general", "broadcast"], "Holiday closure broadcast; the date is allowed."),
    ("ns0103", "Thank you for visiting Riverside Digestive Health. How did we do? Take our 2-minute survey: riversidedigestive.example.com/survey",
     "REWRITE", "other", "sms", "en",
     [("Riverside Digestive Health", "SPECIALTY"), ("riversidedigestive.example.com/survey", "URL")],
     ["general", "practice-contact"], "GI name goes (decision); the survey link is the practice's own."),
    ("ns0104", "How was your visit with Dr. Kapoor today? Reply with a number from 1 (poor) to 5 (excellent).",
     "ALLOW", "other", "sms", "en",
     [("Dr. Kapoor", "PROVIDER")],
     ["general"], "Survey with a provider name only."),
    ("ns0105", "Hi, this is the Riverside Endoscopy Center nurse checking in after your colonoscopy yesterday. Any fever, severe belly pain or bleeding? Reply YES and we'll call you, or NO if you're feeling fine.",
     "REWRITE", "other", "sms", "en",
     [("Riverside Endoscopy Center", "SPECIALTY"), ("colonoscopy", "PROCEDURE")],
     ["general", "negation"], "Center and procedure go; the hypothetical symptom checklist is not labelled (decision)."),
    ("ns0106", "Got your message - yes you can take Tylenol for the cramping after your procedure, but no ibuprofen for 5 days since Dr. Whitfield removed polyps.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tylenol", "MEDICATION"), ("cramping", "CONDITION"), ("ibuprofen", "MEDICATION"), ("Dr. Whitfield", "PROVIDER"), ("polyps", "CONDITION")],
     ["general"], "A staff reply with medication instructions and a finding."),
    ("ns0107", "Reminder: your c\u043el\u043enoscopy is tomorrow at 8 AM. Please arrive by 7:00 with your driver.",
     "REWRITE", "reminder", "sms", "en",
     [("c\u043el\u043enoscopy", "PROCEDURE")],
     ["general"], "Cyrillic o inside the procedure name; the time and driver survive."),
    ("ns0108", "Dr. Kapoor's office: your E G D is set for Fri 6/12 at 7:30 AM. Nothing to eat after midnight.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Kapoor", "PROVIDER"), ("E G D", "PROCEDURE"), ("6/12", "DATE")],
     ["general", "spaced"], "Spaced-out procedure abbreviation; provider, date, time and fasting survive."),
    ("ns0109", "ur c0lonoscopy prep starts 2nite @ 5pm, good luck lol. call if u have questions",
     "REWRITE", "care-instructions", "sms", "en",
     [("c0lonoscopy", "PROCEDURE"), ("prep", "PROCEDURE")],
     ["general", "leet", "shorthand"], "Leetspeak procedure name; a start time without doses is a nudge (decision)."),
    ("ns0110", "We're hiring a prep cook for our hospital kitchen and front-desk schedulers for our Grandview office. Ask at reception or visit our careers page.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Prep cook' is a kitchen job."),
    ("ns0111", "Thanks for your patience while we expanded the scope of our phone upgrade. Wait times should be shorter starting Monday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Scope' of a project, not an endoscope."),
    ("ns0112", "Su código de registro es 448-201. Muéstrelo en el quiosco al llegar.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "otp", "hard-negative"], "A check-in code identifies a visit slot, not the patient."),
    ("ns0113", "Parking is validated for up to 4 hours. Bring your ticket to the 2nd floor desk, Suite 210.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Suite and floor numbers are not an address."),
    ("ns0114", "Hi Mrs. Benning, your husband Harold asked us to let you know his endoscopy showed a small ulcer. He'll need to take pantoprazole 40 mg twice a day for 8 weeks.",
     "BLOCK", "other", "sms", "en",
     [("Benning", "NAME"), ("Harold", "NAME"), ("endoscopy", "PROCEDURE"), ("a small ulcer", "RESULT"), ("pantoprazole 40 mg", "MEDICATION")],
     ["general", "third-party"], "A third party's finding and dosing sent to his wife."),
    ("ns0115", "hola don Ramiro, q tal. le aviso q ya llegó el resultado de la biopsia del colon y todo salió bien, no es cáncer. cualquier cosa me escribe. -Lupita",
     "BLOCK", "result", "sms", "es",
     [("Ramiro", "NAME"), ("biopsia", "PROCEDURE"), ("todo salió bien", "RESULT"), ("no es cáncer", "RESULT"), ("Lupita", "PROVIDER")],
     ["general", "lab", "shorthand", "oncology"], "A negative biopsy result is still a result (README)."),
    ("ns0116", "Your records request has been received. Copies will be ready in 5-7 business days; we'll text you when they're ready to pick up.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Records request acknowledgement; nothing clinical."),
    ("ns0117", "Welcome Dr. Samuel Oyelaran to Harlow Medical Group! Dr. Oyelaran is now accepting new patients at our Grandview office.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Samuel Oyelaran", "PROVIDER"), ("Dr. Oyelaran", "PROVIDER")],
     ["general", "broadcast"], "New-provider broadcast from the generic group."),
    ("ns0118", "Riverside Digestive Health welcomes Dr. Nadia Farouk, gastroenterologist, now seeing patients at both of our offices. Call (614) 555-0142 to book.",
     "REWRITE", "marketing", "sms", "en",
     [("Riverside Digestive Health", "SPECIALTY"), ("Dr. Nadia Farouk", "PROVIDER"), ("gastroenterologist", "SPECIALTY"), ("(614) 555-0142", "PHONE")],
     ["general", "broadcast", "practice-contact"], "A broadcast under the GI practice's name still shows on the lock screen that the recipient is its patient (decision): the specialty words go, the announcement survives."),
    ("ns0119", "Subject: New features in your patient portal\n\nDear Patient,\n\nWe've made it easier to manage your care online. Starting this month, you can use the Harlow patient portal to:\n\n- Confirm, cancel or reschedule most appointments\n- Complete check-in forms before you arrive\n- Pay your bill and set up a payment plan\n- Send a non-urgent message to your care team\n\nSign in at myharlow.example.org with your existing username. If you forgot your password, choose \"Reset password\" on the sign-in page; we will never ask for your password by phone or text.\n\nNeed help? Call our portal help desk at (614) 555-0142, option 4, Monday to Friday, 8 AM to 5 PM.\n\nThank you for choosing Harlow Medical Group.",
     "ALLOW", "marketing", "email", "en",
     [("myharlow.example.org", "URL"), ("(614) 555-0142", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Long newsletter e-mail with the practice's own links only."),
    ("ns0120", "Tiene una cita mañana a las 7:30 a. m. Toque para ver las instrucciones.",
     "ALLOW", "reminder", "push", "es", [],
     ["general", "hard-negative"], "Time only."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "ns", "probe380.jsonl")
