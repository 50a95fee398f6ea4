#!/usr/bin/env python3
"""Build corpus/probe115.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe115.py [OUT] [-v]   (default: probe115.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was not
run, no test, source file or other corpus was read.

This round is PAIN MANAGEMENT, ANESTHESIA AND SPINE CARE: what interventional pain clinics, spine
centers, anesthesia groups and opioid-stewardship programs send — epidural and nerve-block
scheduling, driver and fasting rules before sedation, spinal-cord-stimulator trials, opioid
agreements, pill counts and urine drug screens, physical-therapy referrals, pre-anesthesia calls,
anesthesia bills and post-procedure check-ins — mixing messages that reveal the recipient's
condition, drug, test or procedure with ones that only schedule or bill, plus look-alikes
("No Pain, No Gain 5K", a spine-tingling Halloween event, the back office, a block party, a
nerve-wracking wait for the game, a nurse named Ginger Payne, pain au chocolat). 15% Spanish;
four disguised messages (spaced letters, leet, a zero-width space, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "status [[3]]" searches for "status 3"
      and labels only the bracketed part "3".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Pain-management, interventional-pain, spine and anesthesia practice or group names
     ("Cascade Spine & Pain Institute", "Summit Anesthesia Partners", "Clínica del Dolor ...")
     are specialty-revealing -> SPECIALTY, like orthopedic or imaging names; so are the bare
     service-line words "spine", "anesthesia"/"anestesia" used for a department or group, the
     role word "anesthesiologist" and the credential/department "Anesthesiology". An anesthesia
     group's statement, portal notice or collection call under its own name is therefore REWRITE.
  2. "anesthesia"/"sedation" as care the recipient receives or is billed for ("IV sedation",
     "general anesthesia", "the anesthesia charge") is PROCEDURE; as a department or group it is
     SPECIALTY (decision 1).
  3. Surgery-center and billing-service names ("Lakeshore Surgery Center", "Valley Physician
     Billing") are generic, not labelled: the README lists "surgery" alone as a generic word.
  4. Fasting, driver and arrival rules that name no procedure, drug or condition ("nothing after
     midnight, bring someone to drive you home") are logistics: ALLOW. When the message names the
     procedure or says the recipient is getting sedation, those words go and the rules survive:
     REWRITE. An instruction to hold, lower or change a named drug is a dosing instruction: BLOCK.
  5. A hypothetical service word in a template sent to every patient ("if you are receiving
     sedation") says nothing about the recipient and is not labelled (hard negative).
  6. Treatment agreements and programs are one PROCEDURE span ("opioid agreement", "controlled
     substance agreement", "Opioid Stewardship Program"), like README's "medical cannabis card"
     and probe7's "detox program"; "pill count", "urine drug screen", "pain diary" and
     "pain score" are PROCEDURE (a monitoring test or scale, its value a RESULT).
  7. A pill-count request that names the drug ("bring all your oxycodone tablets") is REWRITE,
     like a pickup notice: drug and monitoring words go, "bring the bottle by Thursday" survives.
     The outcome of a pill count or a urine screen is a result: BLOCK.
  8. A spinal-cord-stimulator "trial" is part of the procedure's name (one span: "spinal cord
     stimulator trial", "SCS trial"), since the trial is a distinct procedure; a following "check"
     or "visit" stays outside ("stimulator check"). Spinal level and side belong to the procedure
     span ("right L4-5 transforaminal ESI", "cervical ESI at C6-7").
  9. "physical therapy", "PT" and "fisioterapia" as a referral destination or visit type are
     SPECIALTY (a service line, like "cardiology"); the credentials DPT and PTA are SPECIALTY.
     Named exercises and measures in a plan are PROCEDURE.
 10. CPT and ICD-10 codes are labelled as what they encode (CPT -> PROCEDURE, ICD-10 ->
     CONDITION); a bill, estimate or denial that states a diagnosis is BLOCK (a diagnosis is the
     content and cannot be removed without losing the explanation).
 11. A procedure named in logistics sent to a guardian or caregiver about a dependent (a bill for
     a child's tonsillectomy anesthesia, an elderly father's injection reminder) is REWRITE: the
     README's BLOCK list for dependents is condition, medication and result.
 12. Post-procedure warning signs tied to a named procedure are care instructions: BLOCK.
     Hypothetical symptom words in them are still labelled CONDITION (tag `negation`).
 13. A payment-confirmation number is not labelled (like probe7's appointment confirmation codes).
 14. A broadcast offering free naloxone kits to anyone is ALLOW with no span (README broadcast
     convention); a named patient's naloxone pickup is REWRITE.
 15. Service tags: the list has no pain-management tag, so interventional pain and spine ->
     `orthopedics`; opioid stewardship in a primary-care practice -> `primary-care` (plus
     `pharmacy`/`lab` when the message is about the drug or the screen); anesthesia groups and
     practice-wide notices -> `general`.
 16. Staff named as the sender with a role ("Priya from Summit Anesthesia", "Nurse Ginger",
     "Marcy with ... billing") are workforce: PROVIDER, title or role included when it is attached.

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


# ---------------------------------------------------------------- batch 1 (dn0001-dn0012): epidural and nerve-block scheduling
add(
    ("dn0001", "Cascade Spine & Pain Institute: your appointment with Dr. Halvorsen is Tue 3/10 at 8:15 AM. Reply C to confirm or call 541-555-0132.",
     "REWRITE", "reminder", "sms", "en",
     [("Cascade Spine & Pain Institute", "SPECIALTY"), ("Dr. Halvorsen", "PROVIDER"), ("3/10", "DATE"), ("541-555-0132", "PHONE")],
     ["orthopedics", "practice-contact"], "A spine-and-pain practice name reveals the service (decision 1); provider, date, time and the practice phone survive."),
    ("dn0002", "Reminder: Your lumbar epidural steroid injection with Dr. Okafor is scheduled for Thursday, Feb 19 at 10:30am at Lakeshore Surgery Center. Please arrive 45 minutes early and bring a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("lumbar epidural steroid injection", "PROCEDURE"), ("Dr. Okafor", "PROVIDER"), ("Feb 19", "DATE")],
     ["orthopedics"], "The procedure goes; arrival time and the driver rule survive. Judgement: a surgery-center name is generic (decision 3)."),
    ("dn0003", "This is Ginger Payne, RN from Dr. Brandt's office confirming your appointment Friday at 1:00. Text Y to confirm or N to reschedule. Thanks!",
     "ALLOW", "confirmation", "sms", "en",
     [("Ginger Payne, RN", "PROVIDER"), ("Dr. Brandt", "PROVIDER")],
     ["general"], "Look-alike: 'Payne' is the sending nurse's surname, not a symptom; staff named with a credential are PROVIDER, allowed."),
    ("dn0004", "Your right L4-5 transforaminal ESI is confirmed for 4/2 at 7:30 AM. Nothing to eat 6 hrs before since you're getting sedation. Driver required. -Ridgeway Interventional Pain",
     "REWRITE", "confirmation", "sms", "en",
     [("right L4-5 transforaminal ESI", "PROCEDURE"), ("4/2", "DATE"), ("sedation", "PROCEDURE"), ("Ridgeway Interventional Pain", "SPECIALTY")],
     ["orthopedics", "shorthand"], "Procedure with level and side (one span, decision 8), sedation (decision 2) and the pain-practice name go; fasting and driver rules survive (decision 4)."),
    ("dn0005", "Recordatorio: su bloqueo nervioso con el Dr. Salcedo es el lunes 9 de marzo a las 9:00 am. Favor de llegar 30 minutos antes y venir acompañado de un adulto que pueda manejar.",
     "REWRITE", "reminder", "sms", "es",
     [("bloqueo nervioso", "PROCEDURE"), ("Dr. Salcedo", "PROVIDER"), ("9 de marzo", "DATE")],
     ["orthopedics"], "The nerve block goes; provider, date, arrival time and the driver rule survive."),
    ("dn0006", "Join us for the No Pain, No Gain 5K on Saturday morning! Registration opens at 7 at Riverside Park. All proceeds support the hospital foundation. Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'No Pain, No Gain' is a race name in a broadcast; nothing about the recipient."),
    ("dn0007", "Appt reminder: Dr. Iwu, Wed 8:40a. Pls bring photo ID, ins card & a list of current meds. Call 541-555-0140 w/ questions.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Iwu", "PROVIDER"), ("541-555-0140", "PHONE")],
     ["general", "shorthand", "practice-contact"], "Provider, weekday and time, a generic 'list of current meds' request and the practice phone."),
    ("dn0008", "Your stellate ganglion block is scheduled with Dr. Reyes-Whitfield on 11/14 at 2:00 PM. Please reply YES to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("stellate ganglion block", "PROCEDURE"), ("Dr. Reyes-Whitfield", "PROVIDER"), ("11/14", "DATE")],
     ["orthopedics"], "The named block goes (it is also used for PTSD, so it is doubly revealing); provider and date survive."),
    ("dn0009", "Hi Terrence, ur medial branch block is tmrw @ 11. dont take ur ibuprofen or meloxicam the morning of, and fill out the pain diary every hr for 6 hrs after. -Bluewater Pain Mgmt",
     "BLOCK", "care-instructions", "sms", "en",
     [("Terrence", "NAME"), ("medial branch block", "PROCEDURE"), ("ibuprofen", "MEDICATION"), ("meloxicam", "MEDICATION"), ("pain diary", "PROCEDURE"), ("Bluewater Pain Mgmt", "SPECIALTY")],
     ["orthopedics", "shorthand"], "Medication-hold instructions for named drugs are dosing instructions (decision 4); pain diary is PROCEDURE (decision 6)."),
    ("dn0010", "Dr. Okafor reviewed your MRI. The L5-S1 disc herniation is pressing on the right S1 nerve root, which explains the sciatica. He recommends an epidural injection before considering surgery. Call 541-555-0132 to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("MRI", "PROCEDURE"), ("L5-S1 disc herniation", "CONDITION"), ("sciatica", "CONDITION"), ("epidural injection", "PROCEDURE"), ("541-555-0132", "PHONE")],
     ["orthopedics", "imaging", "practice-contact"], "An imaging finding and diagnosis with a treatment plan: the clinical content is the message."),
    ("dn0011", "Tu cita para la inyección epidural quedó para el 3/24 a las 8am. No comas nada 6 horas antes y trae a alguien que maneje. Dudas: 541-555-0145",
     "REWRITE", "reminder", "sms", "es",
     [("inyección epidural", "PROCEDURE"), ("3/24", "DATE"), ("541-555-0145", "PHONE")],
     ["orthopedics", "practice-contact"], "The procedure goes; fasting, driver and the practice phone survive (decision 4)."),
    ("dn0012", "Block party this Saturday! The Elm Street neighbors are closing the road from 2-6 pm for music and food trucks. Our clinic parking lot stays open as usual.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a neighborhood block party, not a nerve block; a street name with no number is not an address."),
)

# ---------------------------------------------------------------- batch 2 (dn0013-dn0024): sedation rules, pre-anesthesia calls
add(
    ("dn0013", "Because you will receive sedation tomorrow, you must have a responsible adult drive you home. A taxi or rideshare alone is not allowed. No food after midnight; clear liquids are OK until 2 hours before arrival.",
     "REWRITE", "care-instructions", "sms", "en",
     [("sedation", "PROCEDURE")],
     ["general", "contrast"], "Says the recipient is getting sedation (decision 2); without that word the driver and fasting rules are logistics and survive (decision 4)."),
    ("dn0014", "Reminder for your visit tomorrow: do not eat or drink anything after midnight and bring someone to drive you home. Questions? Call the number on your appointment card.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["general", "contrast", "hard-negative"], "Generic fasting and driver rules that name no procedure, drug or condition are logistics (decision 4)."),
    ("dn0015", "Hello, this is Priya from Summit Anesthesia Partners. A nurse will call you on 5/6 between 1 and 4 PM for your pre-anesthesia interview. If that time doesn't work, call 541-555-0151.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "PROVIDER"), ("Summit Anesthesia Partners", "SPECIALTY"), ("5/6", "DATE"), ("pre-anesthesia", "PROCEDURE"), ("541-555-0151", "PHONE")],
     ["general", "practice-contact"], "Anesthesia group name (decision 1) and the named pre-anesthesia visit type (like 'pre-op visit') go; the staff sender is PROVIDER (decision 16)."),
    ("dn0016", "Pre-anesthesia instructions for Walter Greeley: stop Eliquis 48 hours before your procedure (last dose Sunday AM). Take metoprolol with a sip of water the morning of. Do NOT take your Ozempic the week before.",
     "BLOCK", "care-instructions", "email", "en",
     [("Pre-anesthesia", "PROCEDURE"), ("Walter Greeley", "NAME"), ("Eliquis", "MEDICATION"), ("metoprolol", "MEDICATION"), ("Ozempic", "MEDICATION")],
     ["general"], "Dosing instructions for named drugs; e-mail is treated like SMS (decision 4)."),
    ("dn0017", "Hi, this is Northfield Medical Group calling with a reminder about your appointment tomorrow at 9:15 with Dr. Lindqvist. Please arrive fifteen minutes early. To confirm, press 1. To reschedule, press 2.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Lindqvist", "PROVIDER")],
     ["primary-care"], "Generic practice name, provider and time on a voice reminder."),
    ("dn0018", "Sra. Quintanilla, le habla Rosa, enfermera del equipo de anestesia, para su evaluación preanestésica del jueves 14 de mayo. Tenga a la mano la lista de sus medicamentos. Si no puede atendernos, llame al 541-555-0152.",
     "REWRITE", "reminder", "voice", "es",
     [("Quintanilla", "NAME"), ("Rosa", "PROVIDER"), ("anestesia", "SPECIALTY"), ("evaluación preanestésica", "PROCEDURE"), ("14 de mayo", "DATE"), ("541-555-0152", "PHONE")],
     ["general", "practice-contact"], "Voice is treated like SMS. Patient name, the anesthesia team (decision 1) and the visit type go; the nurse sender is PROVIDER (decision 16)."),
    ("dn0019", "Your pre-op ECG showed a new left bundle branch block, so anesthesia has postponed Thursday's kyphoplasty until cardiology clears you. Dr. Amsel's office will call.",
     "BLOCK", "result", "sms", "en",
     [("pre-op", "PROCEDURE"), ("ECG", "PROCEDURE"), ("left bundle branch block", "CONDITION"), ("anesthesia", "SPECIALTY"), ("kyphoplasty", "PROCEDURE"), ("cardiology", "SPECIALTY"), ("Dr. Amsel", "PROVIDER")],
     ["cardiology", "orthopedics"], "A test finding (a cardiac 'block', not a nerve block) that changes the treatment plan."),
    ("dn0020", "The back office will be closed Friday afternoon for staff training. Front desk phones stay open until 5. Thank you for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'back office' is an administrative area, not a body part."),
    ("dn0021", "Recuerde: no coma ni beba nada después de la medianoche antes de su cita de mañana, y venga con un familiar o amigo que lo lleve a casa. Gracias.",
     "ALLOW", "care-instructions", "sms", "es", [],
     ["general", "contrast", "hard-negative"], "Generic fasting and driver rules naming no procedure, drug or condition (decision 4)."),
    ("dn0022", "Summit Anesthesia Partners: You have a new message in your patient portal. Log in to view it.",
     "REWRITE", "portal-notice", "push", "en",
     [("Summit Anesthesia Partners", "SPECIALTY")],
     ["general"], "A lock-screen push under an anesthesia group's name reveals a procedure under anesthesia (decision 1); the notice survives."),
    ("dn0023", "Dear Mr. Abernathy,\n\nThank you for choosing Cascade Spine & Pain Institute. Your radiofrequency ablation of the lumbar medial branch nerves is scheduled for Monday, June 8 at 7:00 AM with Dr. Halvorsen. Please check in at 6:15 AM at our procedure suite, 2200 Cedar Hills Blvd, Suite 310, Bend, OR.\n\nYou will receive light IV sedation, so a responsible adult must drive you home and stay nearby for the rest of the day. Do not eat solid food after midnight; you may have clear liquids until 4:00 AM. Wear loose, comfortable clothing and leave jewelry at home.\n\nIf you need to reschedule, please call us at 541-555-0132 at least 48 hours ahead so we can offer the time to another patient.\n\nWe look forward to seeing you.\nProcedure Scheduling Team",
     "REWRITE", "reminder", "email", "en",
     [("Abernathy", "NAME"), ("Cascade Spine & Pain Institute", "SPECIALTY"), ("radiofrequency ablation of the lumbar medial branch nerves", "PROCEDURE"), ("June 8", "DATE"), ("Dr. Halvorsen", "PROVIDER"), ("2200 Cedar Hills Blvd, Suite 310, Bend, OR", "ADDRESS"), ("IV sedation", "PROCEDURE"), ("541-555-0132", "PHONE")],
     ["orthopedics", "practice-contact"], "Long e-mail: name, practice name, procedure and sedation go; the practice's own address and phone, date, time, fasting and driver rules survive (decisions 2, 4)."),
    ("dn0024", "Nerve-wracking wait for the big game tonight? Our urgent care stays open until 9 pm if anyone in the family needs us. Go Hawks!",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Look-alike: 'nerve-wracking' is an idiom; an urgent care's hours in a broadcast say nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 3 (dn0025-dn0036): spinal-cord-stimulator trials
add(
    ("dn0025", "Your spinal cord stimulator trial is set for 7/21 at 6:30 AM with Dr. Benavides. A device rep will meet you at check-in. Please plan on sponge baths only for the 7 days of the trial.",
     "REWRITE", "reminder", "sms", "en",
     [("spinal cord stimulator trial", "PROCEDURE"), ("7/21", "DATE"), ("Dr. Benavides", "PROVIDER")],
     ["orthopedics"], "The trial is part of the procedure name (decision 8); once it goes, date, provider and the bathing note survive."),
    ("dn0026", "Hi Deb, how's the stimulator trial going? Reminder: keep the battery pack dry and log your pain scores 3x a day in the app. If you get 50% relief or better we'll talk about the permanent implant at your 5/30 visit.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Deb", "NAME"), ("stimulator trial", "PROCEDURE"), ("pain scores", "PROCEDURE"), ("permanent implant", "PROCEDURE"), ("5/30", "DATE")],
     ["orthopedics"], "Device care and symptom-logging instructions with the treatment plan; nothing useful is left once the clinical part goes. Judgement: the 50% threshold is a plan, not her result, so unlabelled."),
    ("dn0027", "Cascade Spine: your stimulator remote (serial NVR-IPG-4471902X) has been registered to your account. Questions about charging? Call 541-555-0133.",
     "REWRITE", "other", "sms", "en",
     [("Cascade Spine", "SPECIALTY"), ("stimulator remote", "PROCEDURE"), ("NVR-IPG-4471902X", "DEVICE_ID"), ("541-555-0133", "PHONE")],
     ["orthopedics", "practice-contact"], "Spine practice name, the device and its serial go; the practice phone survives."),
    ("dn0028", "Hi Mr. Dominguez, your trial leads come out Fri 6/12 at 10 am. Since the trial gave you less than 20% relief, Dr. Benavides does not recommend the permanent implant and will go over other options then.",
     "BLOCK", "result", "sms", "en",
     [("Dominguez", "NAME"), ("trial leads", "PROCEDURE"), ("6/12", "DATE"), ("less than 20% relief", "RESULT"), ("Dr. Benavides", "PROVIDER"), ("permanent implant", "PROCEDURE")],
     ["orthopedics"], "The trial's outcome and the resulting treatment decision are the message."),
    ("dn0029", "A spine-tingling Halloween event for the whole family! Trunk-or-treat in our parking lot on Halloween night from 5-7 pm. Costumes encouraged, candy provided.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'spine-tingling' is an idiom; a holiday is not a date."),
    ("dn0030", "Great news from your SCS trial: you reported 70% less leg pain and cut your oxycodone in half. Dr. Benavides recommends moving forward with the permanent Boston Scientific implant. Our surgery scheduler will call you.",
     "BLOCK", "result", "sms", "en",
     [("SCS trial", "PROCEDURE"), ("70% less", "RESULT"), ("leg pain", "CONDITION"), ("oxycodone", "MEDICATION"), ("Dr. Benavides", "PROVIDER"), ("Boston Scientific implant", "PROCEDURE")],
     ["orthopedics", "contrast"], "Trial outcome, symptom, opioid use and a surgical recommendation."),
    ("dn0031", "Message from Dr. Benavides: Your SCS trial results look good - 70% less leg pain and oxycodone use cut in half. I recommend the permanent implant; we can discuss details at your 5/30 visit.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Benavides", "PROVIDER"), ("SCS trial", "PROCEDURE"), ("70% less", "RESULT"), ("leg pain", "CONDITION"), ("oxycodone", "MEDICATION"), ("permanent implant", "PROCEDURE"), ("5/30", "DATE")],
     ["orthopedics", "contrast"], "Same content inside the secure portal: results and drugs may stay (README channel convention)."),
    ("dn0032", "Your estimate is ready.\nService: CPT 64483 transforaminal epidural injection, lumbar, single level\nDiagnosis: M54.16 radiculopathy, lumbar region\nEstimated patient responsibility: $612.40 after your deductible.\nEstimate #EST-2026-33819",
     "BLOCK", "billing", "email", "en",
     [("64483", "PROCEDURE"), ("transforaminal epidural injection", "PROCEDURE"), ("M54.16", "CONDITION"), ("radiculopathy", "CONDITION"), ("EST-2026-33819", "OTHER_ID")],
     ["orthopedics", "identifier"], "An estimate that states the diagnosis (decision 10: CPT -> PROCEDURE, ICD-10 -> CONDITION); e-mail is treated like SMS. Estimate number OTHER_ID like probe7."),
    ("dn0033", "Dr. Benavides is running about 40 minutes behind this morning. If you'd rather reschedule, reply R and we'll call you. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Benavides", "PROVIDER")],
     ["general"], "A delay notice with the provider's name only."),
    ("dn0034", "Reminder: your s p i n a l  c o r d  s t i m u l a t o r check is Mon 6/15 at 2pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("s p i n a l  c o r d  s t i m u l a t o r", "PROCEDURE"), ("6/15", "DATE")],
     ["orthopedics", "spaced"], "Disguised device name (spaced letters); 'check' stays outside the span (decision 8)."),
    ("dn0035", "Hi Dwayne, the stimulator check showed one of your leads has shifted, which is why the tingling moved to your hip. Dr. Benavides wants to try reprogramming first; if that doesn't help, a lead revision may be needed.",
     "BLOCK", "result", "sms", "en",
     [("Dwayne", "NAME"), ("stimulator", "PROCEDURE"), ("one of your leads has shifted", "RESULT"), ("tingling", "CONDITION"), ("Dr. Benavides", "PROVIDER"), ("reprogramming", "PROCEDURE"), ("lead revision", "PROCEDURE")],
     ["orthopedics"], "A device finding, the symptom it explains and the plan."),
    ("dn0036", "Happy Mother's Day! Our office will be closed Sunday and reopens Monday at 8 am. Thank you for trusting us with your family's care.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday-hours broadcast; a holiday is not a date."),
)

# ---------------------------------------------------------------- batch 4 (dn0037-dn0048): opioid agreements, pill counts, urine screens
add(
    ("dn0037", "Hi Jerome, your opioid agreement is due for its yearly renewal. Please come in 15 min early on 8/4 to sign it with Dr. Petrakis. -Alder Creek Health",
     "REWRITE", "reminder", "sms", "en",
     [("Jerome", "NAME"), ("opioid agreement", "PROCEDURE"), ("8/4", "DATE"), ("Dr. Petrakis", "PROVIDER")],
     ["primary-care"], "The agreement reveals long-term opioid therapy (one PROCEDURE span, decision 6); arrival time, date and provider survive."),
    ("dn0038", "Random pill count: please bring ALL of your oxycodone-acetaminophen 10-325 tablets in the original bottle to the clinic within 24 hours. Not coming in may end your controlled substance agreement.",
     "REWRITE", "other", "sms", "en",
     [("pill count", "PROCEDURE"), ("oxycodone-acetaminophen 10-325", "MEDICATION"), ("controlled substance agreement", "PROCEDURE")],
     ["primary-care", "pharmacy"], "Judgement (decision 7): a pill-count request naming the drug is like a pickup notice; 'bring your tablets in the original bottle within 24 hours' survives."),
    ("dn0039", "Alder Creek Health: you've been slected for a random pill count. Please call 541-555-0161 before 3 pm today.",
     "REWRITE", "other", "sms", "en",
     [("pill count", "PROCEDURE"), ("541-555-0161", "PHONE")],
     ["primary-care", "typo", "practice-contact"], "The monitoring test reveals controlled-substance therapy (decision 6); the call-back request survives."),
    ("dn0040", "Your urine drug screen from 6/2 was positive for fentanyl and negative for your prescribed hydrocodone. Per your agreement, Dr. Petrakis needs to see you before any further refills.",
     "BLOCK", "result", "sms", "en",
     [("urine drug screen", "PROCEDURE"), ("6/2", "DATE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("negative", "RESULT"), ("hydrocodone", "MEDICATION"), ("Dr. Petrakis", "PROVIDER")],
     ["lab", "primary-care"], "Drug-screen results with substances."),
    ("dn0041", "Le recordamos que debe pasar al laboratorio para su prueba de orina para drogas antes de su cita del martes con la Dra. Ibarra. No necesita ayuno.",
     "REWRITE", "reminder", "sms", "es",
     [("prueba de orina para drogas", "PROCEDURE"), ("Dra. Ibarra", "PROVIDER")],
     ["lab", "primary-care"], "The named screen goes; the lab stop before Tuesday's visit survives."),
    ("dn0042", "Reminder from {{practice_name}}: you have an appointment on {{appt_date}} at {{appt_time}}. Reply C to confirm, R to reschedule, STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only."),
    ("dn0043", "Dr. Nakagawa-Stone lowered your tramadol to 50 mg twice daily, as we discussed. The new prescription was sent to Westgate Pharmacy; please don't fill the old one.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Nakagawa-Stone", "PROVIDER"), ("tramadol", "MEDICATION")],
     ["pharmacy", "primary-care"], "A dose change is a dosing instruction (decision 4)."),
    ("dn0044", "Free naloxone kits are available to anyone at our front desk, no questions asked. Carry one: it could save a life.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast offer to everyone; says nothing about the recipient (decision 14)."),
    ("dn0045", "Hi Alana, your Narcan 4 mg nasal spray is ready for pickup at Westgate Pharmacy. We'll hold it until 6/28.",
     "REWRITE", "pickup", "sms", "en",
     [("Alana", "NAME"), ("Narcan 4 mg nasal spray", "MEDICATION"), ("6/28", "DATE")],
     ["pharmacy", "contrast"], "Medication name in a pickup notice (decision 14); the pickup survives."),
    ("dn0046", "Mrs. Kowalczyk, this is Dr. Ferris's nurse. Your husband Stan's urine screen came back negative for oxycodone even though he's prescribed it 3x daily. Please have him call us; we can't refill until we talk.",
     "BLOCK", "result", "sms", "en",
     [("Kowalczyk", "NAME"), ("Dr. Ferris", "PROVIDER"), ("Stan", "NAME"), ("urine screen", "PROCEDURE"), ("negative", "RESULT"), ("oxycodone", "MEDICATION")],
     ["third-party", "lab", "primary-care"], "A third party's drug-screen result and prescription."),
    ("dn0047", "Dear patients,\n\nStarting March 1, Alder Creek Health will follow the updated state guidelines for prescribing controlled medications. What this means for every patient: refill requests need 3 business days, early refills cannot be approved, and some visits may include a brief safety check-in with your clinician. These changes apply across all of our clinics and are not based on any individual's care.\n\nWe know changes like these can raise questions. Our patient advocates are available Monday through Friday, 8 am to 5 pm, at 541-555-0170 or advocates@aldercreek.example.\n\nThank you for trusting us with your care,\nThe Alder Creek Health Leadership Team",
     "ALLOW", "other", "email", "en",
     [("March 1", "DATE"), ("541-555-0170", "PHONE"), ("advocates@aldercreek.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Policy broadcast to every patient; 'controlled medications' describes the practice's rules, not the recipient."),
    ("dn0048", "Reminder: bring ur 0xyc0d0ne bottle to ur appt Thurs for the pill count. -Dr. Ferris office",
     "REWRITE", "other", "sms", "en",
     [("0xyc0d0ne", "MEDICATION"), ("pill count", "PROCEDURE"), ("Dr. Ferris", "PROVIDER")],
     ["primary-care", "leet", "shorthand"], "Leet-disguised drug name; pill-count request is REWRITE (decision 7)."),
)

# ---------------------------------------------------------------- batch 5 (dn0049-dn0060): physical-therapy referrals, imaging, look-alikes
add(
    ("dn0049", "Good news: your referral to Meridian Physical Therapy was approved. Call them at 541-555-0180 to book your first visit, and bring your referral and insurance card.",
     "REWRITE", "other", "sms", "en",
     [("Meridian Physical Therapy", "SPECIALTY"), ("541-555-0180", "PHONE")],
     ["physical-therapy", "practice-contact"], "A PT practice name is specialty-revealing (README); the referral approval and the number to call survive."),
    ("dn0050", "Hi Kenji, Dr. Amsel wants you to start PT 2x/week for 6 weeks for the lumbar radiculopathy, focusing on core stabilization and McKenzie extension exercises. Hold off on the gabapentin increase until after your PT eval.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kenji", "NAME"), ("Dr. Amsel", "PROVIDER"), ("PT", "SPECIALTY"), ("lumbar radiculopathy", "CONDITION"), ("core stabilization", "PROCEDURE"), ("McKenzie extension exercises", "PROCEDURE"), ("gabapentin", "MEDICATION"), ("PT", "SPECIALTY", 1)],
     ["physical-therapy", "orthopedics"], "Diagnosis, treatment plan and a medication instruction (decision 9 for PT)."),
    ("dn0051", "Hola Guadalupe, le confirmamos su evaluación inicial de fisioterapia el miércoles 22 de abril a las 3:30 pm con la Lic. Paredes. Traiga ropa cómoda. Clínica Movimiento Activo, tel. 541-555-0182.",
     "REWRITE", "confirmation", "sms", "es",
     [("Guadalupe", "NAME"), ("fisioterapia", "SPECIALTY"), ("22 de abril", "DATE"), ("Lic. Paredes", "PROVIDER"), ("541-555-0182", "PHONE")],
     ["physical-therapy", "practice-contact"], "Name and the service line go (decision 9); 'Clínica Movimiento Activo' is judged a generic practice name."),
    ("dn0052", "Good news for anyone who found our parking a pain in the neck: the garage construction is finally done, and the Birch Ave entrance reopens Monday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'a pain in the neck' is an idiom in a parking broadcast."),
    ("dn0053", "Progress update from Meridian Physical Therapy: your lumbar flexion improved from 40° to 65° and your Oswestry disability score dropped from 48% to 30%. Keep doing your exercises daily; we'll re-check at visit 12. - Jordan Mills, DPT",
     "BLOCK", "result", "email", "en",
     [("Meridian Physical Therapy", "SPECIALTY"), ("lumbar flexion", "PROCEDURE"), ("40°", "RESULT"), ("65°", "RESULT"), ("Oswestry disability score", "PROCEDURE"), ("48%", "RESULT"), ("30%", "RESULT"), ("Jordan Mills", "PROVIDER"), ("DPT", "SPECIALTY")],
     ["physical-therapy"], "Measures and their values are results (README: scale PROCEDURE, value RESULT); e-mail is treated like SMS."),
    ("dn0054", "Hi Kenji, here is your home exercise program from today's PT session: pelvic tilts 2x10, bird-dog 3x8 each side, and prone press-ups 10 reps every 2 hours while the sciatica is flaring. - Jordan Mills, DPT",
     "ALLOW", "care-instructions", "portal", "en",
     [("Kenji", "NAME"), ("home exercise program", "PROCEDURE"), ("PT", "SPECIALTY"), ("pelvic tilts", "PROCEDURE"), ("bird-dog", "PROCEDURE"), ("prone press-ups", "PROCEDURE"), ("sciatica", "CONDITION"), ("Jordan Mills", "PROVIDER"), ("DPT", "SPECIALTY")],
     ["physical-therapy"], "Care instructions inside the secure portal may stay (README channel convention); exercises labelled PROCEDURE (decision 9)."),
    ("dn0055", "Your physical therapy visit tomorow at 4:15 is with Sam Ortiz, PTA. Please wear shorts and sneakers.",
     "REWRITE", "reminder", "sms", "en",
     [("physical therapy", "SPECIALTY"), ("Sam Ortiz", "PROVIDER"), ("PTA", "SPECIALTY")],
     ["physical-therapy", "typo"], "Service line and the PT credential go (decision 9); the clinician's name, time and what to wear survive."),
    ("dn0056", "Back-to-school sports physicals are just $25 this month! Walk in Mon-Fri 8-6, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Look-alike: 'back' as in back to school; a broadcast about a generic visit type."),
    ("dn0057", "Tu resonancia de columna lumbar salió con una hernia de disco L4-L5 y estenosis leve. El Dr. Salcedo quiere verte para hablar de una inyección. Llama al 541-555-0145.",
     "BLOCK", "result", "sms", "es",
     [("resonancia de columna lumbar", "PROCEDURE"), ("hernia de disco L4-L5", "CONDITION"), ("estenosis", "CONDITION"), ("leve", "RESULT"), ("Dr. Salcedo", "PROVIDER"), ("inyección", "PROCEDURE"), ("541-555-0145", "PHONE")],
     ["imaging", "orthopedics", "practice-contact"], "Imaging findings and a treatment plan; the severity is a state of the condition (RESULT, README)."),
    ("dn0058", "Your ride is confirmed: a car will pick you up at 6:10 AM Thursday for your procedure and take you home after you're discharged. Driver details will be texted that morning.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "'procedure' alone is generic (README); a ride confirmation names nothing clinical."),
    ("dn0059", "Hi Mr. Thibodeaux,\n\nWe received Dr. Amsel's referral for outpatient physical therapy for your low back pain. Our scheduling team tried to reach you twice this week. Please call us at 541-555-0181 or book online at meridianpt.example/schedule to set up your initial evaluation. Most plans cover 20 visits per year; we will verify your benefits before your first visit.\n\nThank you,\nMeridian Physical Therapy - Westside",
     "REWRITE", "other", "email", "en",
     [("Thibodeaux", "NAME"), ("Dr. Amsel", "PROVIDER"), ("physical therapy", "SPECIALTY"), ("low back pain", "CONDITION"), ("541-555-0181", "PHONE"), ("meridianpt.example/schedule", "URL"), ("Meridian Physical Therapy", "SPECIALTY")],
     ["physical-therapy", "practice-contact"], "Referral outreach: name, service line, symptom and PT practice name go; the practice phone, link and the call to book survive."),
    ("dn0060", "Consultorio Médico Las Palmas: su cita con el Dr. Arriaga es mañana a las 11:20. Si no puede asistir, llame al 541-555-0190.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arriaga", "PROVIDER"), ("541-555-0190", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice name, provider, time and the practice phone."),
)

# ---------------------------------------------------------------- batch 6 (dn0061-dn0072): anesthesia bills, estimates, claims
add(
    ("dn0061", "Summit Anesthesia Partners: you have a new statement. Amount due $318.42 for services on 2/11. Pay at summitanesthesia.example/pay. Acct 77-20415.",
     "REWRITE", "billing", "sms", "en",
     [("Summit Anesthesia Partners", "SPECIALTY"), ("2/11", "DATE"), ("summitanesthesia.example/pay", "URL"), ("77-20415", "ACCOUNT")],
     ["general", "identifier", "practice-contact"], "Anesthesia group name (decision 1) and the account number go; amount and date of service survive. The pay link is the group's own (labelled URL), but its domain names the specialty, so a careful rewrite drops it too."),
    ("dn0062", "Dear Ms. Pruitt,\n\nThank you for your question about your bill for the 2/11 procedure. The anesthesia charge was higher than our estimate for two reasons: the anesthesia time was 94 minutes rather than the 60 we estimated, and the claim includes a modifier for ASA physical status 3, which applies because of your COPD and obstructive sleep apnea. Your plan allowed $1,184.00 and paid $947.20; your share is $236.80.\n\nIf you believe the claim was coded incorrectly, you may request a review within 60 days of this statement, and we will hold your account from collections while the review is open. Financial assistance is also available for eligible patients at summitanesthesia.example/assist.\n\nIf you would like an itemized statement or a payment plan, reply to this e-mail or call 541-555-0155 (Mon-Fri, 8-4:30).\n\nSincerely,\nPatient Accounts\nSummit Anesthesia Partners",
     "BLOCK", "billing", "email", "en",
     [("Pruitt", "NAME"), ("2/11", "DATE"), ("anesthesia", "PROCEDURE"), ("anesthesia", "PROCEDURE", 1), ("ASA physical status", "PROCEDURE"), ("status [[3]]", "RESULT"), ("COPD", "CONDITION"), ("obstructive sleep apnea", "CONDITION"), ("summitanesthesia.example/assist", "URL"), ("541-555-0155", "PHONE"), ("Summit Anesthesia Partners", "SPECIALTY")],
     ["general", "practice-contact"], "A billing explanation that states diagnoses (decision 10); ASA class is a scale and its value a RESULT; billed anesthesia is PROCEDURE (decision 2)."),
    ("dn0063", "Valley Physician Billing: A statement for your recent date of service is available. Balance: $142.10. Pay online at vpbilling.example or call 541-555-0156.",
     "ALLOW", "billing", "sms", "en",
     [("vpbilling.example", "URL"), ("541-555-0156", "PHONE")],
     ["general", "practice-contact", "contrast"], "A billing-service name is generic (decision 3); the same kind of statement as dn0061 without the anesthesia name."),
    ("dn0064", "Statement for Ruth Engel, DOB 04/09/1951: CPT 01992 anesthesia for lumbar facet injection, prone; Dx M47.816 spondylosis w/o myelopathy. Balance $96.00.",
     "BLOCK", "billing", "email", "en",
     [("Ruth Engel", "NAME"), ("04/09/1951", "DATE"), ("01992", "PROCEDURE"), ("anesthesia for lumbar facet injection", "PROCEDURE"), ("M47.816", "CONDITION"), ("spondylosis w/o myelopathy", "CONDITION")],
     ["orthopedics", "dob"], "Full date of birth with the name, plus a diagnosis on the bill (decision 10)."),
    ("dn0065", "Hi, this is Marcy with Granite State Anesthesiology billing. We received your insurance payment and your remaining balance is $44.60. You can pay by phone at 603-555-0119. Thank you!",
     "REWRITE", "billing", "voice", "en",
     [("Marcy", "PROVIDER"), ("Granite State Anesthesiology", "SPECIALTY"), ("603-555-0119", "PHONE")],
     ["general", "practice-contact"], "Voice is treated like SMS; the anesthesia group's name goes (decision 1), the billing staff sender is PROVIDER (decision 16)."),
    ("dn0066", "Claim update: your plan denied claim 4471-0098-22 for the 3/2 epidural, saying your records show under 6 weeks of physical therapy for spinal stenosis. We are appealing; no action needed yet. Questions: 541-555-0134.",
     "BLOCK", "billing", "sms", "en",
     [("4471-0098-22", "OTHER_ID"), ("3/2", "DATE"), ("epidural", "PROCEDURE"), ("physical therapy", "SPECIALTY"), ("spinal stenosis", "CONDITION"), ("541-555-0134", "PHONE")],
     ["orthopedics", "identifier", "practice-contact"], "The denial reason states the diagnosis (decision 10); claim number OTHER_ID (README)."),
    ("dn0067", "Payment received, thank you! Confirmation #PMT-55821. Your remaining balance is $0.00.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A payment confirmation number identifies a transaction, not a person (decision 13)."),
    ("dn0068", "Your bill from Dr. Lindqvist's office is ready to view in the app.",
     "ALLOW", "portal-notice", "push", "en",
     [("Dr. Lindqvist", "PROVIDER")],
     ["general"], "A bill notice naming only the provider."),
    ("dn0069", "Statement for services provided to Emma Castellano (age 7): general anesthesia for tonsillectomy on 9/18. Amount due: $420.00. Questions? Reply HELP.",
     "REWRITE", "billing", "sms", "en",
     [("Emma Castellano", "NAME"), ("general anesthesia", "PROCEDURE"), ("tonsillectomy", "PROCEDURE"), ("9/18", "DATE")],
     ["pediatrics", "minor", "third-party"], "Judgement (decision 11): a dependent's procedure on a guardian's bill is removable logistics, not a condition or result; the amount due survives."),
    ("dn0070", "Your Good Faith Estimate for your upcoming service on 4/14 is ready in the portal. Estimated total: $1,875.00. Questions: 541-555-0158.",
     "ALLOW", "billing", "email", "en",
     [("4/14", "DATE"), ("541-555-0158", "PHONE")],
     ["general", "practice-contact"], "An estimate notice with no service named."),
    ("dn0071", "FINAL NOTICE for Harold Vance: your Summit Anesthesia Partners balance of $318.42 is 90 days past due. Call 541-555-0155 by 7/31 to avoid referral to collections.",
     "REWRITE", "billing", "sms", "en",
     [("Harold Vance", "NAME"), ("Summit Anesthesia Partners", "SPECIALTY"), ("541-555-0155", "PHONE"), ("7/31", "DATE")],
     ["general", "practice-contact"], "Collections: name and anesthesia group name go (decision 1); amount, deadline and phone survive."),
    ("dn0072", "Your ane\u200bsthesia bill for the k\u200byphoplasty is ready. Pay with the link in your portal.",
     "REWRITE", "billing", "sms", "en",
     [("ane\u200bsthesia", "PROCEDURE"), ("k\u200byphoplasty", "PROCEDURE")],
     ["orthopedics"], "Zero-width spaces hide the billed anesthesia (decision 2) and the procedure; the bill notice survives."),
)

# ---------------------------------------------------------------- batch 7 (dn0073-dn0084): post-procedure check-ins
add(
    ("dn0073", "Hi, checking in after your procedure yesterday. How are you feeling? Reply 1 = doing well, 2 = some concerns, 3 = please call me.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A generic check-in: 'procedure' alone is generic and no symptom is named."),
    ("dn0074", "Hi Mr. Oyelaran, following your occipital nerve block yesterday: mild soreness at the injection site is normal. Ice 20 min on/off. If the headache comes back worse than before, or you get a fever over 100.4, call 541-555-0133 right away.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Oyelaran", "NAME"), ("occipital nerve block", "PROCEDURE"), ("soreness", "CONDITION"), ("headache", "CONDITION"), ("fever", "CONDITION"), ("541-555-0133", "PHONE")],
     ["orthopedics", "negation", "practice-contact"], "Post-procedure care instructions tied to the named block (decision 12); the hypothetical fever is still labelled."),
    ("dn0075", "Buenas tardes, le escribimos de la clínica para saber cómo se siente después de su procedimiento de ayer. Responda 1 si está bien o 2 si desea que lo llamemos.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "A generic check-in; 'procedimiento' alone is generic."),
    ("dn0076", "Thanks for letting us know. Leg numbness for a few hours after a caudal epidural is expected from the lidocaine. If it lasts past tonight or you lose bladder control, go to the ER.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Leg numbness", "CONDITION"), ("caudal epidural", "PROCEDURE"), ("lidocaine", "MEDICATION"), ("lose bladder control", "CONDITION")],
     ["orthopedics", "negation"], "A reply about the recipient's symptom after a named procedure, with warning signs (decision 12)."),
    ("dn0077", "How was your visit at Lakeshore Surgery Center? Tap to rate your experience (2 min).",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Judgement (decision 3): a surgery-center name is generic; a survey says nothing clinical."),
    ("dn0078", "Your pain score went from 8/10 before the RFA to 3/10 today, great result! Dr. Halvorsen wants you to taper the hydrocodone to 1 tab at night for 1 week, then stop.",
     "BLOCK", "care-instructions", "sms", "en",
     [("pain score", "PROCEDURE"), ("8/10", "RESULT"), ("RFA", "PROCEDURE"), ("3/10", "RESULT"), ("Dr. Halvorsen", "PROVIDER"), ("hydrocodone", "MEDICATION")],
     ["orthopedics"], "Scores are results, not dates (8/10, 3/10); a taper is a dosing instruction (decision 4); pain score is PROCEDURE (decision 6)."),
    ("dn0079", "Dear Ms. Farrow, it has been two weeks since your genicular nerve ablation at Ridgeway Interventional Pain. Please complete a short follow-up survey at https://ridgewaypain.example/survey?pid=58820 so Dr. Castellanos can see how you're doing before your visit on 10/6.",
     "REWRITE", "other", "email", "en",
     [("Farrow", "NAME"), ("genicular nerve ablation", "PROCEDURE"), ("Ridgeway Interventional Pain", "SPECIALTY"), ("https://ridgewaypain.example/survey?pid=58820", "URL"), ("Dr. Castellanos", "PROVIDER"), ("10/6", "DATE")],
     ["orthopedics"], "Name, procedure, pain-practice name and a link with a patient parameter go (README: ?pid= is patient-specific); the survey request survives."),
    ("dn0080", "Feeling blocked on how to use the new patient portal? Join our free 20-minute online class Tuesday at noon. Reply CLASS to save a seat.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'blocked' as in stuck, not a nerve block."),
    ("dn0081", "Hello, this is Carla from Dr. Petrakis's office calling for Denise Albright. Your date of birth on file is March 3rd, 1949. Please call us back to update your opioid agreement. Our number is 541-555-0161.",
     "BLOCK", "other", "voice", "en",
     [("Carla", "PROVIDER"), ("Dr. Petrakis", "PROVIDER"), ("Denise Albright", "NAME"), ("March 3rd, 1949", "DATE"), ("opioid agreement", "PROCEDURE"), ("541-555-0161", "PHONE")],
     ["primary-care", "dob", "practice-contact"], "Full date of birth with the name on a voicemail (voice treated like SMS), plus the opioid agreement."),
    ("dn0082", "Sra. Villaseñor: el dolor de cabeza que empeora al estar de pie puede deberse a la punción de la anestesia raquídea. Tome mucho líquido y café, y si no mejora en 24 horas podríamos hacerle un parche hemático.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Villaseñor", "NAME"), ("dolor de cabeza", "CONDITION"), ("punción", "PROCEDURE"), ("anestesia raquídea", "PROCEDURE"), ("parche hemático", "PROCEDURE")],
     ["general"], "The recipient's post-spinal headache, its cause, self-care and the next treatment (decision 12)."),
    ("dn0083", "Nurse Ginger from Dr. Okafor's office here: just a reminder that we move to 4100 Larkspur Way, Suite 200 starting 1/5. Same phone number!",
     "ALLOW", "other", "sms", "en",
     [("Nurse Ginger", "PROVIDER"), ("Dr. Okafor", "PROVIDER"), ("4100 Larkspur Way, Suite 200", "ADDRESS"), ("1/5", "DATE")],
     ["general", "practice-contact"], "Staff sender (decision 16) and the practice's own new address; 'Ginger' is a name, not a spice or a drug."),
    ("dn0084", "Hi Tom, just so you know, your mom's kyphoplasty went well and she's in recovery now. The T12 fracture is stabilized. You can pick her up at 3.",
     "BLOCK", "other", "sms", "en",
     [("Tom", "NAME"), ("kyphoplasty", "PROCEDURE"), ("T12 fracture", "CONDITION"), ("stabilized", "RESULT")],
     ["orthopedics", "third-party"], "A third party's diagnosis and outcome."),
)

# ---------------------------------------------------------------- batch 8 (dn0085-dn0096): caregivers, identifiers, stewardship, long e-mails
add(
    ("dn0085", "Reminder for Mr. Aldous Finch, age 93: his trigger point injections with Dr. Kaur are Tuesday 6/9 at 1 PM. Please bring his walker.",
     "REWRITE", "reminder", "sms", "en",
     [("Aldous Finch", "NAME"), ("93", "AGE"), ("trigger point injections", "PROCEDURE"), ("Dr. Kaur", "PROVIDER"), ("6/9", "DATE"), ("walker", "PROCEDURE")],
     ["orthopedics", "third-party", "age-over-89"], "Caregiver logistics (decision 11): name, age over 89, procedure and the device go; provider, date and time survive."),
    ("dn0086", "Cascade Spine & Pain Institute: pre-registration is complete for MRN 20039417. Please arrive at 7:00 AM on 8/27.",
     "REWRITE", "other", "sms", "en",
     [("Cascade Spine & Pain Institute", "SPECIALTY"), ("20039417", "MRN"), ("8/27", "DATE")],
     ["orthopedics", "identifier"], "Practice name (decision 1) and an MRN that is not needed go; the arrival time survives."),
    ("dn0087", "Free gentle yoga for the community, Saturdays at 9 am in our lobby. Bring a mat and water. No pain, no strain: all levels welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'no pain, no strain' is a slogan in a community broadcast."),
    ("dn0088", "Pill count today: 22 tablets, 14 fewer than expected for your morphine ER 15 mg. Per your agreement, Dr. Ferris will go over next steps at your 9/2 visit.",
     "BLOCK", "result", "sms", "en",
     [("Pill count", "PROCEDURE"), ("22 tablets", "RESULT"), ("14 fewer than expected", "RESULT"), ("morphine ER 15 mg", "MEDICATION"), ("Dr. Ferris", "PROVIDER"), ("9/2", "DATE")],
     ["primary-care", "pharmacy"], "The outcome of a pill count is a result (decision 7)."),
    ("dn0089", "Hi Gloria,\n\nFollowing up on today's visit with Dr. Nakagawa-Stone. As we discussed, we will lower your oxycodone slowly to reduce withdrawal symptoms:\n- Weeks 1-2: 10 mg every 6 hours as needed (max 4 per day)\n- Weeks 3-4: 10 mg every 8 hours as needed (max 3 per day)\n- Week 5 on: 5 mg every 8 hours\n\nKeep taking duloxetine 60 mg every morning. Keep your naloxone spray where your family can find it. If you feel sweaty, restless or have diarrhea, call us rather than stopping on your own.\n\nTake care,\nBeth Tamura, RN\nOpioid Stewardship Program, Alder Creek Health",
     "BLOCK", "care-instructions", "email", "en",
     [("Gloria", "NAME"), ("Dr. Nakagawa-Stone", "PROVIDER"), ("oxycodone", "MEDICATION"), ("withdrawal symptoms", "CONDITION"), ("duloxetine 60 mg", "MEDICATION"), ("naloxone spray", "MEDICATION"), ("sweaty", "CONDITION"), ("restless", "CONDITION"), ("diarrhea", "CONDITION"), ("Beth Tamura, RN", "PROVIDER"), ("Opioid Stewardship Program", "PROCEDURE")],
     ["primary-care", "pharmacy", "negation"], "A taper schedule is a dosing instruction; the program name is one PROCEDURE span (decision 6); hypothetical withdrawal signs labelled."),
    ("dn0090", "Confirmed: SI joint inj Fri 10/16 9:45a w/ Dr. Kaur",
     "REWRITE", "confirmation", "sms", "en",
     [("SI joint inj", "PROCEDURE"), ("10/16", "DATE"), ("Dr. Kaur", "PROVIDER")],
     ["orthopedics", "shorthand"], "The procedure goes; date, time and provider survive."),
    ("dn0091", "Pain au chocolat and coffee are on us! Stop by the lobby Friday morning to celebrate our 10th anniversary.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: French 'pain' (bread) in a broadcast."),
    ("dn0092", "Don Ramiro, le informamos que el examen de orina de su hija Yesenia salió positivo para benzodiacepinas. La Dra. Ibarra necesita hablar con ella antes de renovar su receta de hidrocodona.",
     "BLOCK", "result", "sms", "es",
     [("Ramiro", "NAME"), ("examen de orina", "PROCEDURE"), ("Yesenia", "NAME"), ("positivo", "RESULT"), ("benzodiacepinas", "MEDICATION"), ("Dra. Ibarra", "PROVIDER"), ("hidrocodona", "MEDICATION")],
     ["lab", "primary-care", "third-party"], "A third party's drug-screen result and prescription."),
    ("dn0093", "Your nal\u043exone prescription is ready for pickup at the counter. Bring a photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("nal\u043exone", "MEDICATION"), ],
     ["pharmacy"], "A Cyrillic 'o' (U+043E) hides the drug name in a pickup notice; the pickup survives."),
    ("dn0094", "Imaging scheduling: your lumbar MRI is booked at Pinecrest Imaging, Sat 2/7 at 7:15 am. Because of your kidney disease we'll try to do it without contrast; if contrast is needed, hold your metformin for 48 hrs after.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Imaging", "SPECIALTY"), ("lumbar MRI", "PROCEDURE"), ("Pinecrest Imaging", "SPECIALTY"), ("2/7", "DATE"), ("kidney disease", "CONDITION"), ("metformin", "MEDICATION")],
     ["imaging", "orthopedics"], "A condition and a medication-hold instruction (decision 4). Judgement: 'contrast' is a generic part of the scan, unlabelled."),
    ("dn0095", "Desk job? Stand up and stretch every 30 minutes; your back will thank you. Reply STOP to opt out of wellness tips.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A wellness tip sent to every subscriber; 'back' says nothing about the recipient."),
    ("dn0096", "Hello,\n\nThis is a reminder of your appointment on Wednesday, October 14 at 10:20 AM with Dr. Marguerite Okonjo at Northfield Medical Group, 815 Harmon Street, Suite 4B, Salem, OR 97301.\n\nBefore your visit:\n- Complete your check-in forms online at northfieldmg.example/checkin (no login needed).\n- Bring your insurance card, a photo ID and a list of all the medicines and supplements you take.\n- Parking is free in the Harmon Street garage; validate your ticket at the front desk.\n- If you need an interpreter, let us know at least 2 business days ahead.\n\nTo cancel or reschedule, call 503-555-0177 at least 24 hours in advance so we can offer the time to another patient.\n\nSee you soon,\nNorthfield Medical Group Patient Access",
     "ALLOW", "reminder", "email", "en",
     [("October 14", "DATE"), ("Dr. Marguerite Okonjo", "PROVIDER"), ("815 Harmon Street, Suite 4B, Salem, OR 97301", "ADDRESS"), ("northfieldmg.example/checkin", "URL"), ("503-555-0177", "PHONE")],
     ["primary-care", "practice-contact"], "Long reminder e-mail with only the practice's own address, link and phone, the provider and the date."),
)

# ---------------------------------------------------------------- batch 9 (dn0097-dn0108): Spanish, channels, recalls, prior authorization
add(
    ("dn0097", "Hola Beto! tu cita para la ablacion por radiofrecuencia es el jueves 4 de junio 7am. No desayunes y trae quien te maneje de regreso. Clinica del Dolor Sierra Azul",
     "REWRITE", "reminder", "sms", "es",
     [("Beto", "NAME"), ("ablacion por radiofrecuencia", "PROCEDURE"), ("4 de junio", "DATE"), ("Clinica del Dolor Sierra Azul", "SPECIALTY")],
     ["orthopedics", "typo"], "Spanish without accents. Name, procedure and a pain-clinic name go (decision 1); date, fasting and driver rules survive (decision 4)."),
    ("dn0098", "Sra. Mendoza: su resultado de la prueba de orina del 3/5 fue negativo para todas las sustancias. Siga tomando su tramadol como está indicado. - Dra. Ibarra",
     "ALLOW", "result", "portal", "es",
     [("Mendoza", "NAME"), ("prueba de orina", "PROCEDURE"), ("3/5", "DATE"), ("negativo", "RESULT"), ("tramadol", "MEDICATION"), ("Dra. Ibarra", "PROVIDER")],
     ["lab", "primary-care", "contrast"], "A result and a medication inside the secure portal may stay (README channel convention)."),
    ("dn0099", "Estimado Sr. Tovar: le enviamos las indicaciones para después de su bloqueo del plexo celíaco. Repose 24 horas y no maneje; si presenta mareo al levantarse o dolor abdominal fuerte, acuda a urgencias. Su dolor por el cáncer de páncreas debería mejorar en 1 a 2 semanas.",
     "BLOCK", "care-instructions", "email", "es",
     [("Tovar", "NAME"), ("bloqueo del plexo celíaco", "PROCEDURE"), ("mareo", "CONDITION"), ("dolor abdominal", "CONDITION"), ("dolor", "CONDITION", 1), ("cáncer de páncreas", "CONDITION")],
     ["oncology", "negation"], "Post-procedure care instructions and a cancer diagnosis (decision 12)."),
    ("dn0100", "Ridgeway Interventional Pain: Reminder - appt tomorrow 8:00 AM. Reply C to confirm.",
     "REWRITE", "reminder", "push", "en",
     [("Ridgeway Interventional Pain", "SPECIALTY")],
     ["orthopedics", "contrast"], "A lock-screen push under a pain-practice name (decision 1); the reminder survives."),
    ("dn0101", "Reminder: appt tomorrow 8:00 AM with Dr. Castellanos. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Castellanos", "PROVIDER")],
     ["general", "contrast"], "The same reminder with only the provider's name."),
    ("dn0102", "Your anesthesiologist, Dr. Feldmann, may recommend an interscalene nerve block to keep you comfortable after your shoulder surgery on 12/3. You'll talk it over the morning of surgery.",
     "BLOCK", "care-instructions", "email", "en",
     [("anesthesiologist", "SPECIALTY"), ("Dr. Feldmann", "PROVIDER"), ("interscalene nerve block", "PROCEDURE"), ("shoulder surgery", "PROCEDURE"), ("12/3", "DATE")],
     ["orthopedics"], "Judgement: the message is the anesthesia plan itself; with the block and the surgery removed nothing is left to send."),
    ("dn0103", "It takes nerve to try something new! Join our free beginner pickleball clinic at Alder Park, Saturdays at 8 am. All ages welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'nerve' as courage and a pickleball 'clinic'."),
    ("dn0104", "Reminder: Sophie's physical therapy appointment is tomorrow at 3:30 at Meridian PT. Please have her wear sneakers.",
     "REWRITE", "reminder", "sms", "en",
     [("Sophie", "NAME"), ("physical therapy", "SPECIALTY"), ("Meridian PT", "SPECIALTY")],
     ["pediatrics", "minor", "physical-therapy"], "A dependent's logistics with a name and a specialty: REWRITE (README)."),
    ("dn0105", "Your son Mateo's oxycodone is for severe pain only. He should use ibuprofen 400 mg first, and please keep the pills locked up. Leftovers can go in any pharmacy take-back kiosk.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mateo", "NAME"), ("oxycodone", "MEDICATION"), ("severe pain", "CONDITION"), ("ibuprofen 400 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "pharmacy"], "A dependent's medication and dosing instructions."),
    ("dn0106", "Due to the snowstorm, all appointments at our Eastside location are canceled today. We will call you to reschedule. Stay safe and warm.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "A weather closure broadcast by voice."),
    ("dn0107", "Its been a year since ur last spine f/u w Dr. Amsel. Call 541-555-0135 to book, we have openings in june.",
     "REWRITE", "recall", "sms", "en",
     [("spine", "SPECIALTY"), ("Dr. Amsel", "PROVIDER"), ("541-555-0135", "PHONE")],
     ["orthopedics", "typo", "shorthand", "practice-contact"], "'spine' as a service line (decision 1) goes; the recall survives."),
    ("dn0108", "Update: your insurance approved the prior authorization for your cervical ESI at C6-7. Auth # PA-7781-2245, valid through 8/31. We'll call you to schedule.",
     "REWRITE", "other", "sms", "en",
     [("cervical ESI at C6-7", "PROCEDURE"), ("PA-7781-2245", "OTHER_ID"), ("8/31", "DATE")],
     ["orthopedics", "identifier"], "Procedure with its level (decision 8) and the authorization number (OTHER_ID, as probe7) go; the approval survives."),
)

# ---------------------------------------------------------------- batch 10 (dn0109-dn0120): identifiers, push results, Spanish, templates
add(
    ("dn0109", "Before your nerve block on 3/12, please confirm your member ID XJH884120457 and group 00917 are still current. Reply YES or call 541-555-0134.",
     "REWRITE", "other", "sms", "en",
     [("nerve block", "PROCEDURE"), ("3/12", "DATE"), ("XJH884120457", "HEALTH_PLAN_ID"), ("00917", "HEALTH_PLAN_ID"), ("541-555-0134", "PHONE")],
     ["orthopedics", "identifier", "practice-contact"], "Procedure and plan numbers go (group number HEALTH_PLAN_ID, as probe7); the insurance check survives."),
    ("dn0110", "To finish registering for your anesthesia consult, reply with your full SSN. We have 078-05-1120 on file. Is that correct?",
     "BLOCK", "other", "sms", "en",
     [("anesthesia", "SPECIALTY"), ("078-05-1120", "SSN")],
     ["general", "identifier"], "An SSN must never travel by text; 'anesthesia consult' is a specialty consult (decision 1)."),
    ("dn0111", "New test result in your Alder Creek Health app.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "A result notice that names no test or value."),
    ("dn0112", "Lab result: Urine drug screen - NEGATIVE for all tested substances. Tap for details.",
     "BLOCK", "result", "push", "en",
     [("Urine drug screen", "PROCEDURE"), ("NEGATIVE", "RESULT")],
     ["lab", "contrast"], "A negative result is still a result (README); push is treated like SMS."),
    ("dn0113", "Estimado paciente:\n\nLe recordamos que su cita con el Dr. Benítez Lara es el martes 17 de noviembre a las 2:40 pm en nuestra sede de 1220 Calle Olivo, Suite 5, Fresno, CA. Por favor llegue 15 minutos antes para actualizar sus datos y traiga su tarjeta de seguro y una identificación con foto.\n\nSi necesita intérprete o transporte, avísenos con al menos dos días de anticipación llamando al 559-555-0123.\n\nSi no puede asistir, cancele con 24 horas de anticipación para que podamos ofrecer el horario a otro paciente.\n\nAtentamente,\nCentro Médico Familiar Olivo",
     "ALLOW", "reminder", "email", "es",
     [("Dr. Benítez Lara", "PROVIDER"), ("17 de noviembre", "DATE"), ("1220 Calle Olivo, Suite 5, Fresno, CA", "ADDRESS"), ("559-555-0123", "PHONE")],
     ["primary-care", "practice-contact"], "Reminder e-mail with only the provider, date and the practice's own address and phone."),
    ("dn0114", "Confirmamos su consulta de seguimiento del neuroestimulador con el Dr. Benavides el 2 de julio a las 9:00. Traiga su control remoto y el cargador.",
     "REWRITE", "confirmation", "sms", "es",
     [("neuroestimulador", "PROCEDURE"), ("Dr. Benavides", "PROVIDER"), ("2 de julio", "DATE")],
     ["orthopedics"], "The device goes; provider and date survive. Judgement: 'control remoto y el cargador' is generic once the device is removed."),
    ("dn0115", "¡Qué nervios! Este sábado es la gran final. Nuestra clínica abre de 8 a 12 como siempre. ¡Suerte a nuestro equipo local!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'nervios' as excitement about the game."),
    ("dn0116", "Paciente: Esperanza Ruelas Cota, fecha de nacimiento 22/08/1967. Procedimiento: bloqueo facetario lumbar bilateral L3-L5 el 14/09. Favor de confirmar.",
     "BLOCK", "confirmation", "sms", "es",
     [("Esperanza Ruelas Cota", "NAME"), ("22/08/1967", "DATE"), ("bloqueo facetario lumbar bilateral L3-L5", "PROCEDURE"), ("14/09", "DATE")],
     ["orthopedics", "dob"], "Full date of birth with the name (README)."),
    ("dn0117", "Dr. Saavedra's office: we have you down for tmrw at 10:15. Reply Y to confirm, N to cancel, or call 541-555-0163.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Saavedra", "PROVIDER"), ("541-555-0163", "PHONE")],
     ["general", "shorthand", "practice-contact"], "Provider, time and the practice phone only."),
    ("dn0118", "Your appointment at ${locationName} on ${apptDate} is confirmed. Please bring your medication list, and a driver if you are receiving sedation.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "negation", "hard-negative"], "Judgement (decision 5): a hypothetical service word in a template sent to every patient says nothing about the recipient."),
    ("dn0119", "Dear Mr. Greenleaf,\n\nDuring your procedure on 1/22 you had a reaction to rocuronium (hives and low blood pressure), which was treated right away. Please tell any future anesthesia team that you are allergic to rocuronium. A letter for your records is in the portal.\n\nDr. Feldmann, MD\nAnesthesiology",
     "BLOCK", "result", "email", "en",
     [("Greenleaf", "NAME"), ("1/22", "DATE"), ("rocuronium", "MEDICATION"), ("hives", "CONDITION"), ("low blood pressure", "CONDITION"), ("anesthesia", "SPECIALTY"), ("allergic", "CONDITION"), ("rocuronium", "MEDICATION", 1), ("Dr. Feldmann, MD", "PROVIDER"), ("Anesthesiology", "SPECIALTY")],
     ["general"], "An adverse drug reaction and a new allergy: findings about the recipient."),
    ("dn0120", "Pinecrest Medical Plaza reminder: Dr. Whitcombe, Mon 11/9, 3:20 PM, Suite 140. Arrive 10 min early. Text HELP for help, STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Whitcombe", "PROVIDER"), ("11/9", "DATE")],
     ["general"], "Provider, date, time and suite only."),
)


if __name__ == "__main__":
    probe_lib.run(M, "dn", "probe115.jsonl")
