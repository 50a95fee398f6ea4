#!/usr/bin/env python3
"""Build corpus/probe132.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe132.py [OUT] [-v]   (default: probe132.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, source or test was read.

This round is NEUROLOGY, EPILEPSY, STROKE, MEMORY AND MOVEMENT-DISORDER CLINICS: what general
neurology practices, epilepsy centers, stroke and TIA clinics, headache/migraine programs, MS
centers, memory clinics and Parkinson's/movement-disorder programs send to patients and care
partners — EEG and ambulatory-EEG prep, MRI and lumbar-puncture scheduling, infusion and injection
reminders (ocrelizumab, natalizumab, lecanemab, onabotulinumtoxinA, CGRP drugs), DBS and VNS
programming, driving-restriction letters, seizure-diary and app reminders, cognitive testing,
caregiver support groups, research invitations, billing and prior authorization — mixed with
neutral logistics and look-alikes (a stroke of luck, a brainstorming session, the nerve to ask,
Memory Lane, a seizure of assets, Parker's Pharmacy, a nurse named Sharon Nerve, Dr. Alan
Parkinson, MS Internet Explorer, an earthquake "temblor", a water "derrame"). About 16% Spanish;
four disguised messages (leet, zero-width, spaced letters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Neurology has no service tag: neurology, epilepsy, stroke, memory, MS, headache and
     movement-disorder messages are tagged `general`, plus `imaging`, `pharmacy`, `pediatrics`,
     `physical-therapy`, `ophthalmology` or `lab` where that service is the one speaking.
  2. Neurology is a specialty like cardiology: `neurology`, `neurologist`, `neurosurgery`,
     `neuro-ophthalmology` are SPECIALTY; a practice or center name containing Neurology /
     Neurological or naming a condition or service line (Epilepsy Center, MS Center, Headache &
     Migraine Center, Memory & Aging Center, Stroke & TIA Clinic, Movement Disorders Program) is
     one SPECIALTY span; an unnamed "clínica de Parkinson" keeps the generic word outside
     (CONDITION), as README does with "clínica de VIH". Infusion-center and rehabilitation names
     are specialty-revealing like physical-therapy names.
  3. A drug followed by its form word (`Ocrevus infusion`, `Leqembi infusion`, `Aimovig 140 mg
     autoinjector`) is one MEDICATION span, following README's `cortisone injection`; `infusion`
     alone is PROCEDURE.
  4. Named condition programs and groups offered to the recipient (`Stroke Recovery Group`,
     `MS Wellness Circle`) are one PROCEDURE span, like README's `detox program`; a community
     event announced to everyone (Walk to End Alzheimer's, a caregiver café) is a broadcast:
     ALLOW, no span.
  5. Test preparation without a drug or dose (wash your hair, no lotion, bring a driver) is
     REWRITE once the test is removed; preparation that tells the patient to take, hold or stop a
     named drug is a dosing instruction: BLOCK.
  6. Hypothetical screening and warning lists ("if you have a pacemaker, aneurysm clip..."; "call
     if you get confusion or vision changes") say nothing about the recipient and are not
     labelled; such lines carry the `negation` tag.
  7. A sentence asserting that the recipient (or a relative) has a condition — "since your
     stroke", "for relapsing multiple sclerosis", "after your stroke" — is a diagnosis: BLOCK even
     in a referral or prior-authorization notice. A condition used only as the label of a visit,
     clinic, diary or study ("Botox for migraine appointment", "seizure diary", "an Alzheimer's
     prevention study") is REWRITE.
  8. Descriptive findings (sharp waves, enhancing lesions, oligoclonal bands, % narrowing, a small
     bleed, stable white matter changes) are RESULT; named diagnoses are CONDITION; severity words
     (mild, moderate) stay outside the CONDITION span.
  9. A drug-level test (`Depakote level`, `lamotrigine level`): the drug name is MEDICATION and
     "level" stays outside.
 10. Devices are PROCEDURE (neurostimulator, patient programmer, VNS, magnet, a seizure-detection
     watch); a neurostimulator serial is DEVICE_ID. An app's seizure-detection alert is BLOCK (a
     health event is the message).
 11. Driving restrictions are medical instructions: BLOCK. A neutral "the DMV letter you asked for
     is ready" is REWRITE only for the name and the specialty; "Department of Motor Vehicles" is
     not labelled.
 12. Payment confirmation numbers and an E/M CPT code (99214) on a statement are not labelled
     (they identify a transaction or a visit level, not a person or a condition).
 13. A third party's fax number (an employer's HR fax) is labelled FAX like any fax.
 14. A count of events ("4 focal seizures") is not labelled as a RESULT of its own; the
     CONDITION span covers the event type and the line is BLOCK anyway.

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


# ---------------------------------------------------------------- batch 1 (ee0001-ee0012): EEG and ambulatory-EEG prep
add(
    ("ee0001", "Lakeview Medical Group: Reminder - you have an appointment with Dr. Imani Sowande on Tue 3/10 at 8:00 AM. Please arrive 15 min early. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Imani Sowande", "PROVIDER"), ("3/10", "DATE")],
     ["general"], "Generic practice name, provider, date and time only."),
    ("ee0002", "Hi Marcus, your EEG at Bayshore Neurology is scheduled for Thu 4/2 at 7:30am. Please wash your hair the night before and don't use conditioner, gel or hairspray. Questions? (919) 555-0142",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("EEG", "PROCEDURE"), ("Bayshore Neurology", "SPECIALTY"), ("4/2", "DATE"), ("(919) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Name, test and neurology practice name go; hair prep names no drug, so the reminder survives (decision 5)."),
    ("ee0003", "Sleep-deprived EEG tomorrow 6:45 AM: stay up after 2 AM tonight (no naps, no caffeine). Take your lamotrigine 100 mg as usual the night before - do NOT skip a dose. Someone must drive you home.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sleep-deprived EEG", "PROCEDURE"), ("lamotrigine 100 mg", "MEDICATION")],
     ["general"], "Prep that tells the patient to take a named antiseizure drug is a dosing instruction (decision 5)."),
    ("ee0004", "Your ambulatory EEG hookup is Mon 6/8 at 9 AM, Suite 210. Wear a button-front shirt and plan to keep the equipment on for 72 hours. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("ambulatory EEG", "PROCEDURE"), ("6/8", "DATE")],
     ["general"], "The named test goes; date, time, suite and clothing advice survive (decision 5)."),
    ("ee0005", "Join our Patient Advisory Council brainstorming session Thu at 6pm - help us redesign the waiting room and check-in process. Pizza provided! Reply YES to RSVP.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Brainstorming' is not a neurological term; a broadcast invitation."),
    ("ee0006", "Dr. Feld reviewed your EEG from 5/19 - it showed some sharp waves over the left temporal area. She'd like to start you on a low dose of Keppra. Please call (312) 555-0117 to discuss.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("EEG", "PROCEDURE"), ("5/19", "DATE"), ("sharp waves", "RESULT"), ("Keppra", "MEDICATION"), ("(312) 555-0117", "PHONE")],
     ["general", "practice-contact"], "A test finding and a new drug are the message; send a portal notice instead (decision 8: the descriptive finding is RESULT)."),
    ("ee0007", "Your EEG report from 5/19 is available. Dr. Feld's note: normal awake and drowsy EEG, no epileptiform discharges. No medication change. Message us with questions.",
     "ALLOW", "result", "portal", "en",
     [("EEG", "PROCEDURE"), ("5/19", "DATE"), ("Dr. Feld", "PROVIDER"), ("normal", "RESULT"), ("EEG", "PROCEDURE", 1), ("no epileptiform discharges", "RESULT")],
     ["general", "negation"], "Inside the secure portal a result may stay (README channel convention)."),
    ("ee0008", "Hola Sra. Paredes, le recordamos su electroencefalograma (EEG) el miércoles 14 de octubre a las 8:00 a.m. en Neurología Valle Norte. Venga con el cabello limpio y seco, sin cremas ni aceites. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("electroencefalograma", "PROCEDURE"), ("EEG", "PROCEDURE"), ("14 de octubre", "DATE"), ("Neurología Valle Norte", "SPECIALTY")],
     ["general"], "Name, test and neurology practice name go; hair prep and time survive (decision 5)."),
    ("ee0009", "This is Harborview Clinic calling with an appointment reminder for tomorrow at 10:15 with Dr. Okonjo. To confirm, press 1. To reschedule, press 2. To hear this message again, press 9.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Okonjo", "PROVIDER")],
     ["general"], "Voice reminder with provider and time only."),
    ("ee0010", "Never feel you need the nerve to ask: if a bill looks wrong, text BILLING to this number and someone from our business office will call you back within 2 business days.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'Nerve' in an idiom, not an anatomical or clinical term."),
    ("ee0011", "Hi Ms. Tran, reminder that Kai's prolonged video EEG admission is Monday 9/21. Please pack his Onfi and bring his seizure action plan from school. Check in at the Pediatric Epilepsy Monitoring Unit, 4th floor.",
     "BLOCK", "care-instructions", "email", "en",
     [("Tran", "NAME"), ("Kai", "NAME"), ("prolonged video EEG", "PROCEDURE"), ("9/21", "DATE"), ("Onfi", "MEDICATION"), ("seizure", "CONDITION"), ("Pediatric Epilepsy Monitoring Unit", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A dependent's medication and condition sent to the guardian are a third party's health (README); e-mail is treated like SMS."),
    ("ee0012", "Reminder: time to log today's entries in your seizure diary. Open the app to add events, triggers and any missed doses.",
     "REWRITE", "reminder", "push", "en",
     [("seizure", "CONDITION")],
     ["general"], "A condition used as the label of a diary: the nudge survives without it (decision 7); push is treated like SMS."),
)

# ---------------------------------------------------------------- batch 2 (ee0013-ee0024): MRI and lumbar puncture
add(
    ("ee0013", "North Ridge Imaging: your MRI brain w/ and w/o contrast is on 2/26 at 6:40 PM. Arrive 30 min early and remove all metal. Call (610) 555-0163 with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("North Ridge Imaging", "SPECIALTY"), ("MRI brain w/ and w/o contrast", "PROCEDURE"), ("2/26", "DATE"), ("(610) 555-0163", "PHONE")],
     ["imaging", "practice-contact"], "Imaging name and the named study go; date, time and the practice phone survive."),
    ("ee0014", "Your MRI brain report (1/9) is in. Impression: stable chronic white matter changes, no new lesions, no enhancement. Dr. Saldana's comment: great news, no change - continue Ocrevus as planned.",
     "BLOCK", "result", "sms", "en",
     [("MRI brain", "PROCEDURE"), ("1/9", "DATE"), ("stable chronic white matter changes", "RESULT"), ("no new lesions", "RESULT"), ("no enhancement", "RESULT"), ("Dr. Saldana", "PROVIDER"), ("Ocrevus", "MEDICATION")],
     ["general", "imaging", "contrast", "negation"], "A stable/normal result is still a result (README); same text as ee0111, which goes by portal. Decision 8: findings are RESULT."),
    ("ee0015", "We've moved! Starting Monday our office is in the new building just past the Stroke of Luck Diner - look for the blue awning. Free parking in the back lot.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Stroke' in a diner's name; a relocation broadcast with no address number."),
    ("ee0016", "For your lumbar puncture on 11/4: stop Eliquis 48 hours before (last dose the morning of 11/2). Afterward lie flat for 1 hour and drink plenty of fluids. Call us if you get a headache that's worse when you sit up.",
     "BLOCK", "care-instructions", "sms", "en",
     [("lumbar puncture", "PROCEDURE"), ("11/4", "DATE"), ("Eliquis", "MEDICATION"), ("11/2", "DATE"), ("headache", "CONDITION")],
     ["general"], "Holding a named anticoagulant is a dosing instruction (decision 5). Judgement: the post-procedure warning symptom is labelled because it is tied to this patient's procedure."),
    ("ee0017", "Su punción lumbar está programada para el 3 de marzo a las 7:00 a.m. en el Hospital San Lucas, 2º piso, Admisiones. Venga con un acompañante. Dudas: (787) 555-0128.",
     "REWRITE", "reminder", "sms", "es",
     [("punción lumbar", "PROCEDURE"), ("3 de marzo", "DATE"), ("(787) 555-0128", "PHONE")],
     ["general", "practice-contact"], "The procedure goes; a generic hospital name, date, time and phone stay."),
    ("ee0018", "Tri-County Medical Associates: your pre-registration is complete for your visit on 7/9. Skip the front desk and go straight to the self check-in kiosk on level 1.",
     "ALLOW", "confirmation", "sms", "en",
     [("7/9", "DATE")],
     ["general"], "Generic practice, date and a kiosk location."),
    ("ee0019", "Dear Ms. Whitfield,\n\nThank you for scheduling your MRI of the cervical and thoracic spine at Lakeshore Diagnostic Imaging on Saturday, January 17 at 11:20 AM. Before your exam, please complete the MRI safety questionnaire at https://lakeshoreimaging.example/forms/mri-safety.\n\nIf you have a pacemaker, neurostimulator, cochlear implant, aneurysm clip or any metal fragments in your body, call us before your appointment at (414) 555-0190. Please arrive 30 minutes early and leave jewelry at home. If you are uncomfortable in closed spaces, talk to your doctor about options before the day of the scan. We are at 5500 N Lakeshore Drive, Milwaukee, WI 53211, and parking is free in Lot C. If you need an interpreter or help getting here, tell us when you call.\n\nSincerely,\nPatient Scheduling\nLakeshore Diagnostic Imaging",
     "REWRITE", "reminder", "email", "en",
     [("Whitfield", "NAME"), ("MRI of the cervical and thoracic spine", "PROCEDURE"), ("Lakeshore Diagnostic Imaging", "SPECIALTY"), ("January 17", "DATE"),
      ("MRI", "PROCEDURE", 1), ("https://lakeshoreimaging.example/forms/mri-safety", "URL"), ("(414) 555-0190", "PHONE"), ("5500 N Lakeshore Drive, Milwaukee, WI 53211", "ADDRESS"), ("Lakeshore Diagnostic Imaging", "SPECIALTY", 1)],
     ["imaging", "practice-contact", "negation"], "Name, study and imaging name go. Decision 6: the hypothetical implant screening list says nothing about the recipient and is not labelled; the practice's form link has no token."),
    ("ee0020", "Hi, this is Rosa from Dr. Lindqvist's office. Your mother's CT showed a small bleed, so the neurosurgery team is admitting her tonight. Please call me back at (608) 555-0135 as soon as you can.",
     "BLOCK", "result", "voice", "en",
     [("Rosa", "PROVIDER"), ("Dr. Lindqvist", "PROVIDER"), ("CT", "PROCEDURE"), ("small bleed", "RESULT"), ("neurosurgery", "SPECIALTY"), ("(608) 555-0135", "PHONE")],
     ["general", "third-party", "practice-contact"], "A parent's finding and admission left on a voicemail: a third party's health; voice is treated like SMS."),
    ("ee0021", "Notice: our office will never threaten arrest or a seizure of assets over a medical bill. If you get a call like that, hang up and call our billing office at the number printed on your statement.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Seizure of assets' is a legal phrase, not a seizure."),
    ("ee0022", "hi its Tasha @ Dr Ambrose office, ur LP got moved to fri 10/16 @ 730am, same place. pls confirm w/ a Y",
     "REWRITE", "reminder", "sms", "en",
     [("Tasha", "PROVIDER"), ("Dr Ambrose", "PROVIDER"), ("LP", "PROCEDURE"), ("10/16", "DATE")],
     ["general", "shorthand"], "Staff shorthand; the abbreviated lumbar puncture is the only thing to remove."),
    ("ee0023", "Thanks! Your appointment is confirmed. See you Wednesday, 3/4 at 1:30 PM with Dr. Castellanos-Reyes at 2200 Ridgeway Blvd, Suite 400. Call (503) 555-0177 if you're running late.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/4", "DATE"), ("Dr. Castellanos-Reyes", "PROVIDER"), ("2200 Ridgeway Blvd, Suite 400", "ADDRESS"), ("(503) 555-0177", "PHONE")],
     ["general", "practice-contact"], "The practice's own address and phone with provider, date and time."),
    ("ee0024", "Estimado Sr. Aguilar: su resonancia magnética del 2 de febrero está estable, sin lesiones nuevas. El Dr. Benítez recomienda continuar con su tratamiento actual y repetir el estudio en un año.",
     "BLOCK", "result", "email", "es",
     [("Aguilar", "NAME"), ("resonancia magnética", "PROCEDURE"), ("2 de febrero", "DATE"), ("estable", "RESULT"), ("sin lesiones nuevas", "RESULT"), ("Dr. Benítez", "PROVIDER")],
     ["general", "imaging", "negation"], "A stable result is still a result (README) plus a treatment plan; e-mail is treated like SMS."),
)

# ---------------------------------------------------------------- batch 3 (ee0025-ee0036): infusions, injections, specialty pharmacy
add(
    ("ee0025", "Reminder: your Ocrevus infusion is Fri 8/14 at 7:30 AM at Summit Infusion Center. Plan for about 4 hours - eat breakfast and bring a book! Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Ocrevus infusion", "MEDICATION"), ("8/14", "DATE"), ("Summit Infusion Center", "SPECIALTY")],
     ["general"], "Drug with its form word is one MEDICATION span (decision 3); an infusion-center name is specialty-revealing (decision 2)."),
    ("ee0026", "Pre-med reminder for tomorrow's ocrelizumab: take Tylenol 650 mg and Benadryl 25 mg 30-60 min before you arrive. We will give the IV steroid here.",
     "BLOCK", "care-instructions", "sms", "en",
     [("ocrelizumab", "MEDICATION"), ("Tylenol 650 mg", "MEDICATION"), ("Benadryl 25 mg", "MEDICATION"), ("IV steroid", "MEDICATION")],
     ["general"], "Dosing instructions for named drugs are the message."),
    ("ee0027", "Parker's Pharmacy: Your order is ready for pickup at the drive-thru window. Store hours 9am-9pm daily. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "A generic '... Pharmacy' name (README) that looks like Parkinson's or a patient's possessive; no drug named."),
    ("ee0028", "Headache & Migraine Center of Elm Grove: your Botox appointment with Dr. Prasad is Tue 1/12 at 3:45 PM. Please arrive 10 min early. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Headache & Migraine Center of Elm Grove", "SPECIALTY"), ("Botox", "MEDICATION"), ("Dr. Prasad", "PROVIDER"), ("1/12", "DATE")],
     ["general"], "A center named for a condition is one SPECIALTY span (decision 2); a brand as the object of a visit is MEDICATION (README)."),
    ("ee0029", "Good news - your Aimovig 140 mg autoinjector was approved and will ship from Crestline Specialty Pharmacy on 5/3. Reply 1 to confirm delivery to the address on file.",
     "REWRITE", "pickup", "sms", "en",
     [("Aimovig 140 mg autoinjector", "MEDICATION"), ("Crestline Specialty Pharmacy", "SPECIALTY"), ("5/3", "DATE")],
     ["pharmacy"], "Drug name in a delivery notice and a specialty-pharmacy name go (README); the shipping date survives."),
    ("ee0030", "Sra. Ibarra: su próxima infusión de natalizumab (Tysabri) es el 22 de junio. Recuerde que su prueba de virus JC salió positiva; la Dra. Solís quiere hablar con usted antes.",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("infusión", "PROCEDURE"), ("natalizumab", "MEDICATION"), ("Tysabri", "MEDICATION"), ("22 de junio", "DATE"), ("prueba de virus JC", "PROCEDURE"), ("positiva", "RESULT"), ("Dra. Solís", "PROVIDER")],
     ["general"], "A positive antibody result is the message."),
    ("ee0031", "Your infusion order was renewed. Dr. Moreau's note: JCV index 0.21 (low risk). OK to continue Tysabri every 4 weeks; next JCV check in 6 months.",
     "ALLOW", "result", "portal", "en",
     [("infusion", "PROCEDURE"), ("Dr. Moreau", "PROVIDER"), ("JCV index", "PROCEDURE"), ("0.21", "RESULT"), ("low risk", "RESULT"), ("Tysabri", "MEDICATION"), ("JCV", "PROCEDURE", 1)],
     ["general"], "Result, drug and schedule are fine inside the secure portal (README channel convention)."),
    ("ee0032", "Hi Deshawn,\n\nYour nurse visit to learn how to self-inject Kesimpta is set for Monday, 9/28 at 10:00 AM with Ellen Park, RN. Please bring the medication box that was shipped to you. If you need to reschedule, call the clinic at (608) 555-0104.\n\nThank you,\nBayside MS Center",
     "REWRITE", "reminder", "email", "en",
     [("Deshawn", "NAME"), ("Kesimpta", "MEDICATION"), ("9/28", "DATE"), ("Ellen Park, RN", "PROVIDER"), ("(608) 555-0104", "PHONE"), ("Bayside MS Center", "SPECIALTY")],
     ["general", "practice-contact"], "Name, drug and an MS center name go; a nurse visit with date and time survives."),
    ("ee0033", "Cornerstone Health Fitness: adult swim lessons start again next month - learn freestyle stroke, flip turns and breathing. Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A swimming stroke, not a stroke."),
    ("ee0034", "Hello, this message is for Gloria Mendez. This is the Bayside MS Center. Your insurance denied the prior authorization for Ocrevus, so Dr. Hwang wants to switch you to Kesimpta. Please call us at 608-555-0104.",
     "BLOCK", "other", "voice", "en",
     [("Gloria Mendez", "NAME"), ("Bayside MS Center", "SPECIALTY"), ("Ocrevus", "MEDICATION"), ("Dr. Hwang", "PROVIDER"), ("Kesimpta", "MEDICATION"), ("608-555-0104", "PHONE")],
     ["general", "practice-contact"], "A change of treatment is the message; voice is treated like SMS."),
    ("ee0035", "Recordatorio: su cita para la aplicación de Botox para migraña es el jueves 9 de abril a las 11:00 con el Dr. Villaseñor. Por favor llegue 10 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Botox", "MEDICATION"), ("migraña", "CONDITION"), ("9 de abril", "DATE"), ("Dr. Villaseñor", "PROVIDER")],
     ["general"], "Drug and condition label the visit; date, time and provider survive (decision 7)."),
    ("ee0036", "Lakeside Medical Group now offers Saturday appointments at our Westfield office, 8 AM-noon. Book online at lakesidemed.example/book or call (217) 555-0150.",
     "ALLOW", "marketing", "sms", "en",
     [("lakesidemed.example/book", "URL"), ("(217) 555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Practice-wide announcement with the practice's own link and phone."),
)

# ---------------------------------------------------------------- batch 4 (ee0037-ee0048): DBS, Parkinson's and movement disorders
add(
    ("ee0037", "Your DBS programming visit with Dr. Oyelaran is Wed 10/7 at 1 PM. Please bring your patient programmer and charger, and allow about 2 hours.",
     "REWRITE", "reminder", "sms", "en",
     [("DBS programming", "PROCEDURE"), ("Dr. Oyelaran", "PROVIDER"), ("10/7", "DATE"), ("patient programmer", "PROCEDURE")],
     ["general"], "Visit type and the device go; provider, date and time survive (decision 10: devices are PROCEDURE)."),
    ("ee0038", "Dr. Oyelaran increased your carbidopa/levodopa 25/100 to 1.5 tabs 4x a day starting today. Keep tracking your off-times in the diary and bring it to your next visit.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Oyelaran", "PROVIDER"), ("carbidopa/levodopa 25/100", "MEDICATION"), ("off-times", "CONDITION")],
     ["general"], "A dose change is the message. Judgement: Parkinson's 'off-times' are a symptom, so CONDITION."),
    ("ee0039", "Reminder: your appointment with Dr. Alan Parkinson is Thu 2/5 at 9:20 AM at Brookside Family Practice. Reply C to confirm or call us to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Alan Parkinson", "PROVIDER"), ("2/5", "DATE")],
     ["primary-care"], "The provider's surname looks like a condition but is a name with a title (PROVIDER, allowed)."),
    ("ee0040", "Dear Mr. Halvorsen,\n\nWelcome to the Movement Disorders Program at Clearwater Neurological Institute. Your first visit with Dr. Sunita Rao is on Tuesday, November 3, at 9:00 AM. Please allow 2 hours.\n\nPlease bring: a list of all your medicines with the times you take them, any prior scans on disc, and a family member or friend if possible.\n\nPlease complete the new-patient forms at clearwaterneuro.example/forms before your visit. Interpreter services are free; let us know 3 business days ahead.\n\nWe are at 4100 Clearwater Parkway, Building 2, Portland, OR 97219. Parking: Garage B, level 2 (we validate). If you need to cancel, call (503) 555-0181 at least 48 hours ahead.\n\nWe look forward to meeting you.\nNew Patient Coordinator\nClearwater Neurological Institute",
     "REWRITE", "reminder", "email", "en",
     [("Halvorsen", "NAME"), ("Movement Disorders Program", "SPECIALTY"), ("Clearwater Neurological Institute", "SPECIALTY"), ("Dr. Sunita Rao", "PROVIDER"), ("November 3", "DATE"),
      ("clearwaterneuro.example/forms", "URL"), ("4100 Clearwater Parkway, Building 2, Portland, OR 97219", "ADDRESS"), ("(503) 555-0181", "PHONE"),
      ("Clearwater Neurological Institute", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Name, program and institute names go (decision 2); the new-patient logistics survive."),
    ("ee0041", "Shake off the winter blues! Our walking club meets Saturdays at 8 AM at the Riverside trailhead. All ages and paces welcome - no sign-up needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Shake' is not a tremor; a broadcast community event."),
    ("ee0042", "Hi Janet, following up on your dad's visit: Dr. Rao thinks his falls and stiffness fit progressive supranuclear palsy more than Parkinson's. She would like him to have a DaTscan. Can you call us to set it up? - Marisol, MA",
     "BLOCK", "other", "email", "en",
     [("Janet", "NAME"), ("Dr. Rao", "PROVIDER"), ("falls", "CONDITION"), ("stiffness", "CONDITION"), ("progressive supranuclear palsy", "CONDITION"), ("Parkinson's", "CONDITION"), ("DaTscan", "PROCEDURE"), ("Marisol, MA", "PROVIDER")],
     ["general", "third-party"], "A parent's working diagnosis sent to an adult child: a third party's health."),
    ("ee0043", "Hola Don Ernesto, le recuerda la Clínica de Parkinson del Hospital Santa Fe su cita el 18 de noviembre a las 9:30 con la Dra. Quintana. Traiga todos sus medicamentos en sus cajas.",
     "REWRITE", "reminder", "sms", "es",
     [("Ernesto", "NAME"), ("Parkinson", "CONDITION"), ("18 de noviembre", "DATE"), ("Dra. Quintana", "PROVIDER")],
     ["general"], "An unnamed condition clinic keeps the generic word outside, as with 'clínica de VIH' (decision 2)."),
    ("ee0044", "Dr. Rao's clinic is closed Fri 11/27 for the holiday. For urgent needs call our on-call line at (503) 555-0199; for emergencies dial 911.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Rao", "PROVIDER"), ("11/27", "DATE"), ("(503) 555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure with the practice's own on-call number; 911 is not a phone identifier."),
    ("ee0045", "Apomorphine rescue pen refill due. Do not use more than 5 doses a day - call us if your OFF episodes are increasing.",
     "BLOCK", "care-instructions", "push", "en",
     [("Apomorphine rescue pen", "MEDICATION"), ("OFF episodes", "CONDITION")],
     ["pharmacy"], "A dose limit for a named drug is an instruction; push is treated like SMS."),
    ("ee0046", "Hi, this is Dev from Northside Physical Therapy calling to confirm Leonard's LSVT BIG session on Thursday at 2. Call us back at 919-555-0166. Thanks!",
     "REWRITE", "confirmation", "voice", "en",
     [("Dev", "PROVIDER"), ("Northside Physical Therapy", "SPECIALTY"), ("Leonard", "NAME"), ("LSVT BIG", "PROCEDURE"), ("919-555-0166", "PHONE")],
     ["physical-therapy", "practice-contact"], "Therapy program and PT practice name go (README: PT names are revealing); the confirmation survives."),
    ("ee0047", "Debido al temblor de esta mañana, Protección Civil revisará el edificio. Hoy no habrá consultas; le llamaremos para reprogramar su cita. Gracias por su comprensión.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Temblor' here is an earthquake, not a tremor."),
    ("ee0048", "Heads up: a company rep will join us to check your neurostimulator (serial NBL482913K) at your 3/30 appointment. Please bring the charger.",
     "REWRITE", "reminder", "sms", "en",
     [("neurostimulator", "PROCEDURE"), ("NBL482913K", "DEVICE_ID"), ("3/30", "DATE")],
     ["general"], "Device and its serial go (decision 10); the appointment survives."),
)

# ---------------------------------------------------------------- batch 5 (ee0049-ee0060): stroke and TIA clinics, driving
add(
    ("ee0049", "Your TIA workup is back: the carotid ultrasound showed 70% narrowing on the right side. Dr. Nakamura is referring you to vascular surgery - keep taking aspirin 81 mg and clopidogrel 75 mg daily.",
     "BLOCK", "result", "sms", "en",
     [("TIA", "CONDITION"), ("carotid ultrasound", "PROCEDURE"), ("70% narrowing", "RESULT"), ("Dr. Nakamura", "PROVIDER"), ("vascular surgery", "SPECIALTY"), ("aspirin 81 mg", "MEDICATION"), ("clopidogrel 75 mg", "MEDICATION")],
     ["general", "cardiology"], "Finding, referral and drugs are the message. Judgement: a percent stenosis is a RESULT (decision 8)."),
    ("ee0050", "Riverside Stroke & TIA Clinic: your follow-up is Mon 4/13 at 10:40 AM with NP Delgado. Please bring your home BP log and all your pill bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Stroke & TIA Clinic", "SPECIALTY"), ("4/13", "DATE"), ("NP Delgado", "PROVIDER"), ("BP", "PROCEDURE")],
     ["general"], "Clinic named for conditions is one SPECIALTY span (decision 2); home BP log as in README."),
    ("ee0051", "What a stroke of luck: our parking garage reopens two weeks early! Starting Monday, enter from Oak Street. Parking validation is still free for patients.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'A stroke of luck' is an idiom; a street name alone is not an address."),
    ("ee0052", "Sr. Fuentes, le habla la enfermera Lupe de la clínica. Por favor no deje de tomar su warfarina 5 mg; su INR de hoy salió en 1.6. Lo esperamos el lunes para repetirlo.",
     "BLOCK", "result", "voice", "es",
     [("Fuentes", "NAME"), ("enfermera Lupe", "PROVIDER"), ("warfarina 5 mg", "MEDICATION"), ("INR", "PROCEDURE"), ("1.6", "RESULT")],
     ["general"], "A lab value and a dosing instruction on a voicemail; voice is treated like SMS."),
    ("ee0053", "Hello Mr. Baptiste,\n\nYour referral to Pinecrest Rehabilitation for outpatient speech therapy after your stroke has been sent. Their scheduling team will call you within 3 business days. Your referral number is RF-220417.\n\nCare Coordination\nLakeside Medical Group",
     "BLOCK", "other", "email", "en",
     [("Baptiste", "NAME"), ("Pinecrest Rehabilitation", "SPECIALTY"), ("speech therapy", "PROCEDURE"), ("stroke", "CONDITION"), ("RF-220417", "OTHER_ID")],
     ["physical-therapy"], "'After your stroke' asserts the diagnosis (decision 7); a referral number is OTHER_ID like claim numbers; rehabilitation names are specialty-revealing (decision 2)."),
    ("ee0054", "Reminder from Maple Grove Health: your appointment is tomorrow at 3:15 PM with Dr. Hollis-Grant. Reply 1 to confirm or 2 to cancel. Txt STOP to end msgs.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hollis-Grant", "PROVIDER")],
     ["primary-care"], "Provider and time only."),
    ("ee0055", "Per Dr. Khoury: since your stroke you cannot legally drive for 3 months. The DMV medical form is at the front desk. Please do not drive yourself to your next appointment.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Khoury", "PROVIDER"), ("stroke", "CONDITION")],
     ["general"], "A driving restriction is a medical instruction tied to a diagnosis (decision 11)."),
    ("ee0056", "Hi Ms. Kowalczyk, the letter you requested for the Department of Motor Vehicles is signed and ready. You can pick it up at the front desk or we can mail it to the address on file. - Front Desk, Elmwood Neurology",
     "REWRITE", "other", "email", "en",
     [("Kowalczyk", "NAME"), ("Elmwood Neurology", "SPECIALTY")],
     ["general"], "Decision 11: the DMV letter itself is not labelled; name and neurology practice go."),
    ("ee0057", "Pinecrest Senior Center: bingo and a trip down Memory Lane - our 1960s music social is Friday at 2 PM in the main hall. Caregivers and friends welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Memory Lane' is an idiom; a community broadcast."),
    ("ee0058", "Estimada Sra. Robles: la resonancia de su esposo confirmó un infarto cerebral pequeño del lado izquierdo. El Dr. Ponce le recetó atorvastatina 80 mg. Llame al (305) 555-0149 para la cita de control.",
     "BLOCK", "result", "email", "es",
     [("Robles", "NAME"), ("resonancia", "PROCEDURE"), ("infarto cerebral", "CONDITION"), ("Dr. Ponce", "PROVIDER"), ("atorvastatina 80 mg", "MEDICATION"), ("(305) 555-0149", "PHONE")],
     ["general", "third-party", "practice-contact"], "A spouse's diagnosis and new drug: a third party's health."),
    ("ee0059", "Stroke Recovery Group: your Tuesday video check-in starts in 15 minutes. Tap to join.",
     "REWRITE", "reminder", "push", "en",
     [("Stroke Recovery Group", "PROCEDURE")],
     ["general"], "A named condition program is one PROCEDURE span (decision 4); the join nudge survives."),
    ("ee0060", "Thank you for visiting us on 3/2. Please take 2 minutes to rate your visit: https://survey.lakesidemed.example/s/visit - your feedback helps us improve.",
     "ALLOW", "other", "email", "en",
     [("3/2", "DATE"), ("https://survey.lakesidemed.example/s/visit", "URL")],
     ["general", "practice-contact"], "The practice's survey link carries no token or patient parameter."),
)

# ---------------------------------------------------------------- batch 6 (ee0061-ee0072): memory clinics, cognitive testing, care partners
add(
    ("ee0061", "Hi Mr. Feeney, this is Carla with the Memory Care Clinic. Your neuropsychological testing is scheudled for 12/9 at 8:30 AM - plan on about 4 hours. Please bring your reading glasses and a snack.",
     "REWRITE", "reminder", "sms", "en",
     [("Feeney", "NAME"), ("Carla", "PROVIDER"), ("Memory Care Clinic", "SPECIALTY"), ("neuropsychological testing", "PROCEDURE"), ("12/9", "DATE")],
     ["general", "typo"], "Name, memory-clinic name and the testing go (decision 2); the staff sender is PROVIDER (README)."),
    ("ee0062", "Dear Mrs. Albright,\n\nThank you for coming in with your husband Walter on Monday. His MoCA score was 18/30, which together with his history is consistent with mild Alzheimer's disease. Dr. Greenberg sent a prescription for donepezil 5 mg at bedtime to the CVS on Elm St. The driving evaluation we talked about is booked at Pinecrest Rehabilitation on 10/14 at 1 PM; please bring his glasses. If you have questions before then, call our care partner line at (802) 555-0109. We will see you both in 3 months.\n\nWarmly,\nBrightwater Memory & Aging Center",
     "BLOCK", "result", "email", "en",
     [("Albright", "NAME"), ("Walter", "NAME"), ("MoCA", "PROCEDURE"), ("18/30", "RESULT"), ("Alzheimer's disease", "CONDITION"), ("Dr. Greenberg", "PROVIDER"), ("donepezil 5 mg", "MEDICATION"), ("driving evaluation", "PROCEDURE"), ("Pinecrest Rehabilitation", "SPECIALTY"), ("10/14", "DATE"),
      ("(802) 555-0109", "PHONE"), ("Brightwater Memory & Aging Center", "SPECIALTY")],
     ["general", "third-party", "practice-contact"], "A spouse's score, diagnosis and drug: a third party's health. Decision 8: 'mild' stays outside the CONDITION span; a pharmacy branch's street is not a patient address."),
    ("ee0063", "Caregiver Café: a free monthly get-together for anyone caring for a loved one - coffee, conversation and local resources. 2nd Thursday, 10 AM, Community Room. No RSVP needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A caregiver event announced to everyone names no condition and nobody (decision 4)."),
    ("ee0064", "Hola Sra. Gutiérrez, le recordamos la cita de su mamá, Doña Amparo, en la Clínica de la Memoria el martes 6 de octubre a las 10:00. Por favor acompáñela y traiga la lista de sus medicinas.",
     "REWRITE", "reminder", "sms", "es",
     [("Gutiérrez", "NAME"), ("Amparo", "NAME"), ("Clínica de la Memoria", "SPECIALTY"), ("6 de octubre", "DATE")],
     ["general", "third-party"], "A parent's logistics with a name and a specialty name only: REWRITE (README). Decision 2: a memory clinic is a service line, so SPECIALTY."),
    ("ee0065", "Reminder: Leqembi infusion #7 on 6/11. Your ARIA monitoring MRI must be done before #7. If you notice headache, confusion or vision changes, call us right away.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Leqembi infusion", "MEDICATION"), ("6/11", "DATE"), ("ARIA monitoring MRI", "PROCEDURE")],
     ["general", "negation"], "Drug-safety monitoring instructions are the message. Decision 6: the hypothetical warning symptoms are not labelled; decision 3 for the drug span."),
    ("ee0066", "Insurance tip: a lapse in coverage can cause a claim to be denied. Please update your insurance in the portal before your next visit so we can verify it.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A lapse in coverage, not a memory lapse; 'denied' and 'claim' without numbers."),
    ("ee0067", "Your amyloid PET scan was positive. Dr. Greenberg would like to see you and a family member to talk about what this means and about treatment options.",
     "BLOCK", "result", "sms", "en",
     [("amyloid PET scan", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Greenberg", "PROVIDER")],
     ["general", "imaging"], "A positive result is the message."),
    ("ee0068", "Hello, this is a reminder that Dr. Greenberg's office needs the completed Functional Activities Questionaire before your appointment at Brightwater Memory & Aging Center on 9/15. You can fax it to (802) 555-0108 or drop it off. Thank you!",
     "REWRITE", "reminder", "email", "en",
     [("Dr. Greenberg", "PROVIDER"), ("Functional Activities Questionaire", "PROCEDURE"), ("Brightwater Memory & Aging Center", "SPECIALTY"), ("9/15", "DATE"), ("(802) 555-0108", "FAX")],
     ["general", "practice-contact", "typo"], "A named assessment is a PROCEDURE like a scale (README); center name goes; the practice fax stays."),
    ("ee0069", "Hi, this is Nurse Sharon Nerve from Willow Creek Family Practice returning your call about your appointment time. Please call me back at (406) 555-0123 before 4 PM.",
     "ALLOW", "other", "voice", "en",
     [("Nurse Sharon Nerve", "PROVIDER"), ("(406) 555-0123", "PHONE")],
     ["primary-care", "practice-contact"], "The nurse's surname 'Nerve' is a name, not anatomy; staff and practice phone are allowed."),
    ("ee0070", "ur dad's aricept rx was sent 2 walgreens, 10mg qhs. also pls stop his benadryl, it can make his memory worse",
     "BLOCK", "care-instructions", "sms", "en",
     [("aricept", "MEDICATION"), ("benadryl", "MEDICATION")],
     ["general", "third-party", "shorthand"], "A parent's drugs and instructions: a third party's health. The dose is written apart from the drug, so it is outside the span (README)."),
    ("ee0071", "Brightwater Memory & Aging Center: research opportunity! Based on your recent visit, you may qualify for a study testing a new Alzheimer's prevention drug. Reply INFO and a study coordinator will call you.",
     "REWRITE", "marketing", "sms", "en",
     [("Brightwater Memory & Aging Center", "SPECIALTY"), ("Alzheimer's", "CONDITION")],
     ["general"], "The condition labels the study, not the recipient's diagnosis (decision 7); the invitation survives without it."),
    ("ee0072", "¿Olvidó su contraseña del portal? No se preocupe, a todos nos falla la memoria a veces. Restablézcala en portal.clinicasol.example/restablecer o llame al (956) 555-0114.",
     "ALLOW", "other", "sms", "es",
     [("portal.clinicasol.example/restablecer", "URL"), ("(956) 555-0114", "PHONE")],
     ["general", "practice-contact"], "'Falla la memoria' is small talk about a password, not a symptom; the practice's own link and phone."),
)

# ---------------------------------------------------------------- batch 7 (ee0073-ee0084): EMG/nerve studies, headache programs, neuro-ophthalmology
add(
    ("ee0073", "EMG / nerve conduction study reminder: Thu 2/18 at 1:00 PM with Dr. Achebe. Do not put lotion on your arms or legs that day, and wear loose clothing.",
     "REWRITE", "reminder", "sms", "en",
     [("EMG", "PROCEDURE"), ("nerve conduction study", "PROCEDURE"), ("2/18", "DATE"), ("Dr. Achebe", "PROVIDER")],
     ["general"], "The tests go; skin prep names no drug, so the reminder survives (decision 5)."),
    ("ee0074", "Your nerve study showed moderate carpal tunnel syndrome on the right and mild on the left. Dr. Achebe recommends wrist splints at night and a referral to hand surgery.",
     "BLOCK", "result", "sms", "en",
     [("nerve study", "PROCEDURE"), ("carpal tunnel syndrome", "CONDITION"), ("Dr. Achebe", "PROVIDER"), ("wrist splints", "PROCEDURE"), ("hand surgery", "SPECIALTY")],
     ["general", "orthopedics"], "A diagnosis and treatment plan are the message (decision 8: severity words outside)."),
    ("ee0075", "Thanks for coming to our Lunch & Learn! Slides and recipes from 'Feeding the Aging Brain: Mediterranean Cooking Basics' are at the front desk. Next month: sleep tips for the whole family.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A nutrition class title mentions the brain but is sent to everyone and says nothing about the recipient."),
    ("ee0076", "Dear Ms. Okafor-Reyes,\n\nWelcome to the Comprehensive Headache Program at Elm Grove Neurology. Before your first visit on 4/20 at 2:00 PM with Dr. Prasad, please keep a 30-day headache diary in the Elm Grove app and complete the MIDAS questionnaire in your portal.\n\nPlease do not bring your medicines; a written list is enough.\n\nOur office is at 77 Grove Court, Suite 300, Elm Grove, WI 53122, with free parking in the surface lot. If you need to reschedule, call (262) 555-0131 at least 24 hours ahead; late cancellations may be charged a $50 fee.\n\nSincerely,\nHeadache Program Staff",
     "REWRITE", "reminder", "email", "en",
     [("Okafor-Reyes", "NAME"), ("Comprehensive Headache Program", "SPECIALTY"), ("Elm Grove Neurology", "SPECIALTY"), ("4/20", "DATE"), ("Dr. Prasad", "PROVIDER"),
      ("headache", "CONDITION"), ("MIDAS", "PROCEDURE"), ("77 Grove Court, Suite 300, Elm Grove, WI 53122", "ADDRESS"), ("(262) 555-0131", "PHONE"),
      ("Headache Program", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Program and practice names, the diary's condition label and a named scale go (decisions 2 and 7); the welcome logistics survive."),
    ("ee0077", "Hola Andrea, dice la Dra. Medrano que puede tomar rizatriptán 10 mg al inicio del dolor y repetir a las 2 horas si no se le quita. No más de 2 pastillas al día. Si tiene más de 10 días de migraña al mes, avísenos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Andrea", "NAME"), ("Dra. Medrano", "PROVIDER"), ("rizatriptán 10 mg", "MEDICATION"), ("dolor", "CONDITION"), ("migraña", "CONDITION")],
     ["general"], "Dosing instructions for a named drug (README: symptoms are conditions)."),
    ("ee0078", "Elm Grove Health after-hours line: for urgent questions call (618) 555-0186 any time. For emergencies call 911.",
     "ALLOW", "other", "sms", "en",
     [("(618) 555-0186", "PHONE")],
     ["general", "broadcast", "practice-contact"], "The practice's own after-hours number; 911 is not a phone identifier."),
    ("ee0079", "Hilltop Pharmacy: your prescription for Nurtec ODT 75mg is ready for pickup at 1420 W Main St. Reply STOP to opt out of texts.",
     "REWRITE", "pickup", "sms", "en",
     [("Nurtec ODT 75mg", "MEDICATION"), ("1420 W Main St", "ADDRESS")],
     ["pharmacy", "practice-contact"], "A drug name in a pickup notice goes (DESIGN); the pharmacy's own address stays."),
    ("ee0080", "Treat yourself: show this text at Aura Day Spa on 5th Ave for 15% off any massage through the end of the month. Courtesy of Lakeside Medical Group Wellness Perks.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Aura' is a spa's name, not a migraine aura."),
    ("ee0081", "Hi, this message is for Ben. It's Dr. Saldana's nurse. Your spinal tap came back with oligoclonal bands, which supports the MS diagnosis. Dr. Saldana wants to see you Thursday to talk about treatment. Please call (702) 555-0102.",
     "BLOCK", "result", "voice", "en",
     [("Ben", "NAME"), ("Dr. Saldana", "PROVIDER"), ("spinal tap", "PROCEDURE"), ("oligoclonal bands", "RESULT"), ("MS", "CONDITION"), ("Dr. Saldana", "PROVIDER", 1), ("(702) 555-0102", "PHONE")],
     ["general", "practice-contact"], "A finding and a diagnosis left on a voicemail; voice is treated like SMS (decision 8)."),
    ("ee0082", "Reminder: visual field test and neuro-ophthalmology visit on 1/21 at 8 AM at Lakeview Eye Institute. Plan to bring a driver and sunglasses.",
     "REWRITE", "reminder", "sms", "en",
     [("visual field test", "PROCEDURE"), ("neuro-ophthalmology", "SPECIALTY"), ("1/21", "DATE"), ("Lakeview Eye Institute", "SPECIALTY")],
     ["ophthalmology"], "Test, subspecialty and eye-institute name go (README: eye names are revealing)."),
    ("ee0083", "Hi Priya, your 10/2 EMG results are in: normal study, no evidence of neuropathy or radiculopathy. No follow-up needed unless symptoms change. - Dr. Achebe",
     "ALLOW", "result", "portal", "en",
     [("Priya", "NAME"), ("10/2", "DATE"), ("EMG", "PROCEDURE"), ("normal", "RESULT"), ("no evidence of neuropathy or radiculopathy", "RESULT"), ("Dr. Achebe", "PROVIDER")],
     ["general", "negation"], "Inside the portal a result and a name may stay; a negated finding is a RESULT like 'no polyps'."),
    ("ee0084", "Clínica Familiar del Valle: su cita con el Dr. Arriaga es el lunes 2 de marzo a las 9:15 a.m. Responda 1 para confirmar o 2 para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arriaga", "PROVIDER"), ("2 de marzo", "DATE")],
     ["primary-care"], "Generic practice, provider, date and time."),
)

# ---------------------------------------------------------------- batch 8 (ee0085-ee0096): epilepsy centers, child neurology, devices, disguises
add(
    ("ee0085", "reminder: refill ur k3ppra 750 b4 fri, dont run out - missing doses can trigger s31zures",
     "BLOCK", "care-instructions", "sms", "en",
     [("k3ppra 750", "MEDICATION"), ("s31zures", "CONDITION")],
     ["pharmacy", "leet", "shorthand"], "Leetspeak drug and condition; a dosing warning for a named antiseizure drug is an instruction."),
    ("ee0086", "Your E\u200bE\u200bG appointment is on 3/5 at 9am at Westfield Epi\u200blepsy Center. Reply Y to confirm or N to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("E\u200bE\u200bG", "PROCEDURE"), ("3/5", "DATE"), ("Westfield Epi\u200blepsy Center", "SPECIALTY")],
     ["general"], "Zero-width spaces inside the test and the center name (decision 2); once normalised this is an ordinary REWRITE."),
    ("ee0087", "Reminder: your O C R E V U S infusion is booked for Tue 7/21 at 8 AM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("O C R E V U S infusion", "MEDICATION"), ("7/21", "DATE")],
     ["general", "spaced"], "Spaced-out brand with its form word, one MEDICATION span (decision 3)."),
    ("ee0088", "Your daughter's \u0415EG showed ongoing absence seizures. Please increase her ethosuximide to 250 mg twice daily and call us in 2 weeks with an update.",
     "BLOCK", "care-instructions", "sms", "en",
     [("\u0415EG", "PROCEDURE"), ("absence seizures", "CONDITION"), ("ethosuximide", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "Cyrillic capital Ie in EEG. A child's finding and dose change sent to the parent: a third party's health (README)."),
    ("ee0089", "Nervous about needles? So were we. Our lab draw station now has a comfort menu - music, stress balls and a cold-vibration device. Walk-ins welcome 7-11 AM.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "'Nervous' is a feeling, not the nervous system; a broadcast."),
    ("ee0090", "Dear Parent/Guardian of Mateo Silva,\n\nThis is a reminder of Mateo's appointment at Sunnyvale Children's Neurology on Friday, 5/22 at 3:30 PM with Dr. Ferreira. Please bring his latest report card and any forms from his teacher.\n\nQuestions: (650) 555-0137",
     "REWRITE", "reminder", "email", "en",
     [("Mateo Silva", "NAME"), ("Mateo", "NAME", 1), ("Sunnyvale Children's Neurology", "SPECIALTY"), ("5/22", "DATE"), ("Dr. Ferreira", "PROVIDER"), ("(650) 555-0137", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A dependent's logistics with a name and a specialty name only: REWRITE (README)."),
    ("ee0091", "Seizure detected by your NightGuard watch at 2:14 AM. Your care partner Lena was alerted. Open the app to add details.",
     "BLOCK", "other", "push", "en",
     [("Seizure", "CONDITION"), ("NightGuard watch", "PROCEDURE"), ("Lena", "NAME")],
     ["general"], "A health event is the message (decision 10); the care partner is named too. Push is treated like SMS."),
    ("ee0092", "The Lakeside Medical Group Research Office is looking for healthy volunteers ages 50-80 for a study on brain aging. Compensation provided. Learn more at lakesidemed.example/research or call (217) 555-0159.",
     "ALLOW", "marketing", "email", "en",
     [("lakesidemed.example/research", "URL"), ("(217) 555-0159", "PHONE")],
     ["general", "broadcast", "practice-contact"], "A recruitment broadcast for healthy volunteers says nothing about the recipient (decision 4)."),
    ("ee0093", "Hola, le recordamos que su hijo Santiago tiene cita en Neurología Pediátrica el 4 de mayo a las 4:00 p.m. Traiga su cartilla de vacunación y la lista de sus medicinas.",
     "REWRITE", "reminder", "sms", "es",
     [("Santiago", "NAME"), ("Neurología Pediátrica", "SPECIALTY"), ("4 de mayo", "DATE")],
     ["pediatrics", "minor", "third-party"], "A child's logistics with a name and a specialty name only: REWRITE (README)."),
    ("ee0094", "Sra. Delgado, el EEG de Santiago salió normal, pero la Dra. Ferreira quiere continuar el levetiracetam 250 mg dos veces al día hasta la próxima cita.",
     "BLOCK", "result", "sms", "es",
     [("Delgado", "NAME"), ("EEG", "PROCEDURE"), ("Santiago", "NAME"), ("normal", "RESULT"), ("Dra. Ferreira", "PROVIDER"), ("levetiracetam 250 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's normal result and dosing: still a result, and a third party's health (README)."),
    ("ee0095", "Our reminder app has an update! Download version 4.2 to keep getting appointment alerts: apps.lakesidemed.example/update",
     "ALLOW", "other", "push", "en",
     [("apps.lakesidemed.example/update", "URL")],
     ["general", "broadcast", "practice-contact"], "The practice's own link with no token."),
    ("ee0096", "Hi Jordan, Dr. Kessler's office here. Your VNS check and battery reading is booked for Wed 8/26 at 11 AM. Please bring your magnet.",
     "REWRITE", "reminder", "sms", "en",
     [("Jordan", "NAME"), ("Dr. Kessler", "PROVIDER"), ("VNS", "PROCEDURE"), ("8/26", "DATE"), ("magnet", "PROCEDURE")],
     ["general"], "The implanted device and its magnet are PROCEDURE (decision 10); name goes; the appointment survives."),
)

# ---------------------------------------------------------------- batch 9 (ee0097-ee0108): billing, prior authorization, ALS, labs, support groups
add(
    ("ee0097", "Statement from Elmwood Neurology: $145.00 due 10/30 for services on 9/12 (EEG, 99214). Account 88-302144. Pay at elmwoodneuro.example/pay or call (847) 555-0170.",
     "REWRITE", "billing", "sms", "en",
     [("Elmwood Neurology", "SPECIALTY"), ("10/30", "DATE"), ("9/12", "DATE"), ("EEG", "PROCEDURE"), ("88-302144", "ACCOUNT"), ("elmwoodneuro.example/pay", "URL"), ("(847) 555-0170", "PHONE")],
     ["general", "practice-contact"], "Practice name, test and account go; amount and dates survive. Decision 12: the E/M code 99214 is not labelled."),
    ("ee0098", "Your payment of $60.00 was received on 4/8. Thank you! Confirmation #PMT-55812. Questions? Call Patient Financial Services at (503) 555-0112.",
     "ALLOW", "billing", "sms", "en",
     [("4/8", "DATE"), ("(503) 555-0112", "PHONE")],
     ["general", "practice-contact"], "Decision 12: a payment confirmation number identifies a transaction, not the patient."),
    ("ee0099", "Hi Ms. Lindgren,\n\nGood news - Blue Harbor Health Plan approved Ocrevus 600 mg for your relapsing multiple sclerosis (auth # PA-7781024, valid through 3/31). Member ID BHX448210907. We will call you this week to schedule your first infusion.\n\nAuthorization Team\nBayside MS Center",
     "BLOCK", "other", "email", "en",
     [("Lindgren", "NAME"), ("Ocrevus 600 mg", "MEDICATION"), ("relapsing multiple sclerosis", "CONDITION"), ("PA-7781024", "OTHER_ID"), ("3/31", "DATE"), ("BHX448210907", "HEALTH_PLAN_ID"), ("infusion", "PROCEDURE"), ("Bayside MS Center", "SPECIALTY")],
     ["general", "pharmacy"], "The notice asserts the recipient's diagnosis (decision 7), with drug, member ID and authorization number; belongs in the portal."),
    ("ee0100", "Disability paperwork (epilepsy) for Raymond Cole, DOB 02/11/1979, has been faxed to your employer's HR department at (312) 555-0195. Keep a copy for your records.",
     "BLOCK", "other", "sms", "en",
     [("epilepsy", "CONDITION"), ("Raymond Cole", "NAME"), ("02/11/1979", "DATE"), ("(312) 555-0195", "FAX")],
     ["general", "dob"], "Full date of birth with a name (README) plus a diagnosis. Decision 13: the employer's fax is labelled FAX."),
    ("ee0101", "Aviso: por un derrame de agua en la sala de espera, hoy atenderemos en el edificio B, planta baja. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Derrame' is a water spill, not a 'derrame cerebral'."),
    ("ee0102", "Hi Mr. Tanaka, your ALS multidisciplinary clinic day is 11/12, 8 AM-1 PM. You will see the whole team in one room, so plan for the full morning. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Tanaka", "NAME"), ("ALS", "CONDITION"), ("11/12", "DATE")],
     ["general"], "A condition used as a clinic-day label goes (decision 7); date and time survive."),
    ("ee0103", "Buenas tardes, este mensaje es para Héctor Salinas. Le llamamos de la clínica del Dr. Orozco: su estudio de conducción nerviosa mostró neuropatía diabética moderada. Por favor llámenos al (210) 555-0153.",
     "BLOCK", "result", "voice", "es",
     [("Héctor Salinas", "NAME"), ("Dr. Orozco", "PROVIDER"), ("estudio de conducción nerviosa", "PROCEDURE"), ("neuropatía diabética", "CONDITION"), ("(210) 555-0153", "PHONE")],
     ["general", "practice-contact"], "A diagnosis left on a voicemail (decision 8: the severity word stays outside)."),
    ("ee0104", "Dr. Wen is runing about 25 minutes behind this afternoon. If you would rather reschedule, reply R and we will text you new times. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Wen", "PROVIDER")],
     ["general", "typo"], "Running-late notice with the provider only."),
    ("ee0105", "Hi Colleen,\n\nAs we discussed at your visit, the MS Wellness Circle meets the first Tuesday of each month at 6 PM in Conference Room 2 and by Zoom. You are welcome to bring a support person.\n\nZoom link: https://zoom.example/j/84412093312?pwd=Xy7kLm\n\nRachel Odum, RN",
     "REWRITE", "reminder", "email", "en",
     [("Colleen", "NAME"), ("MS Wellness Circle", "PROCEDURE"), ("https://zoom.example/j/84412093312?pwd=Xy7kLm", "URL"), ("Rachel Odum, RN", "PROVIDER")],
     ["general"], "A named condition group is PROCEDURE (decision 4); a link with a query parameter is treated as specific (README)."),
    ("ee0106", "Cornerstone Health is proud to sponsor the Walk to End Alzheimer's this Saturday at Lakefront Park. Join Team Cornerstone - everyone is welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A charity walk announced to everyone names a disease but nothing about the recipient (decision 4)."),
    ("ee0107", "Lab reminder: your Depakote level is due Monday morning. Hold your morning dose until after the blood draw, then take it as usual.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Depakote", "MEDICATION")],
     ["lab"], "Holding a named drug's dose is an instruction (decision 5); decision 9: 'level' stays outside."),
    ("ee0108", "Your lab order from Dr. Kessler for a lamotrigine level is on file. Walk in any time Mon-Fri 7 AM-4 PM at Crossroads Lab, 88 Pine St, Suite 1.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Kessler", "PROVIDER"), ("lamotrigine", "MEDICATION"), ("88 Pine St, Suite 1", "ADDRESS")],
     ["lab", "practice-contact"], "The drug named by the test goes (decision 9); the lab's own address stays."),
)

# ---------------------------------------------------------------- batch 10 (ee0109-ee0120): portal twin, driving letter, templates, look-alikes
add(
    ("ee0109", "Heads up: our patient portal no longer supports MS Internet Explorer. Please sign in with Edge, Chrome, Safari or Firefox.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'MS' is Microsoft here, not multiple sclerosis."),
    ("ee0110", "Hello, this is Dr. Brennan's office calling to let you know the paperwork you requested is ready to pick up at the front desk, Monday through Friday, 8 to 4:30. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("Dr. Brennan", "PROVIDER")],
     ["general"], "Paperwork ready, no form type named; provider only."),
    ("ee0111", "Your MRI brain report (1/9) is in. Impression: stable chronic white matter changes, no new lesions, no enhancement. Dr. Saldana's comment: great news, no change - continue Ocrevus as planned.",
     "ALLOW", "result", "portal", "en",
     [("MRI brain", "PROCEDURE"), ("1/9", "DATE"), ("stable chronic white matter changes", "RESULT"), ("no new lesions", "RESULT"), ("no enhancement", "RESULT"), ("Dr. Saldana", "PROVIDER"), ("Ocrevus", "MEDICATION")],
     ["general", "imaging", "contrast", "negation"], "Same text as ee0014 (SMS, BLOCK); inside the secure portal a result may stay (README channel convention)."),
    ("ee0112", "Dear Mr. Oduya,\n\nAs discussed at your visit on 6/2, Ohio law requires that you not drive until you have been seizure-free for 6 months. Based on your last seizure on 5/28, the earliest date you may resume driving is 11/28, provided you remain seizure-free and keep taking Briviact 100 mg twice daily.\n\nUntil then, please do not operate heavy machinery, swim alone or work at heights. Many patients arrange rides through family, friends or the county paratransit service, and our social worker can help you apply. Please bring your seizure diary to your next visit on 9/14. The state form you asked for is enclosed, and a copy of this letter is in your chart. If you have another event, call us at (614) 555-0189.\n\nSincerely,\nDr. Miriam Castellano\nEpilepsy Center at Franklin Neurological Associates",
     "BLOCK", "care-instructions", "email", "en",
     [("Oduya", "NAME"), ("6/2", "DATE"), ("seizure", "CONDITION"), ("seizure", "CONDITION", 1), ("5/28", "DATE"), ("11/28", "DATE"), ("seizure", "CONDITION", 2),
      ("Briviact 100 mg", "MEDICATION"), ("seizure", "CONDITION", 3), ("9/14", "DATE"), ("(614) 555-0189", "PHONE"), ("Dr. Miriam Castellano", "PROVIDER"), ("Epilepsy Center at Franklin Neurological Associates", "SPECIALTY")],
     ["general", "practice-contact"], "A driving-restriction letter with diagnosis, dates of events and dosing (decision 11); e-mail is treated like SMS."),
    ("ee0113", "Centro Médico Las Palmas: su cita es mañana a las 3:40 p.m. con la Dra. Vega Rentería. Si no puede asistir, llame al (915) 555-0121.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Vega Rentería", "PROVIDER"), ("(915) 555-0121", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice name, provider, time and the practice phone."),
    ("ee0114", "Hi Nadia, Dr. Kessler got your seizure log - 4 focal seizures since March. Start Xcopri 12.5 mg daily for 2 weeks, then 25 mg; the titration calendar is in your portal.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nadia", "NAME"), ("Dr. Kessler", "PROVIDER"), ("seizure", "CONDITION"), ("focal seizures", "CONDITION"), ("Xcopri 12.5 mg", "MEDICATION")],
     ["general"], "A new drug with titration is the message. Decision 14: the event count is not separately labelled; the later dose is outside the span (README)."),
    ("ee0115", "Thanks for voting! This year's lobby movie night pick is 'This Is Spinal Tap' - Friday 7 PM, popcorn on us. Patients and families welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A film title, not a lumbar puncture."),
    ("ee0116", "Hola Lucía, ¿tu papá tuvo otra caída anoche? La Dra. Herrera quiere subirle la carbidopa/levodopa a 1 tableta y media 3 veces al día. Avísanos si ves algún cambio.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Lucía", "NAME"), ("caída", "CONDITION"), ("Dra. Herrera", "PROVIDER"), ("carbidopa/levodopa", "MEDICATION")],
     ["general", "third-party"], "A parent's fall and dose change sent to an adult child: a third party's health (README)."),
    ("ee0117", "It's time to schedule your yearly follow-up with Dr. Ramanathan. Book online at northshorehealth.example/schedule or reply CALL and we'll reach out.",
     "ALLOW", "recall", "sms", "en",
     [("Dr. Ramanathan", "PROVIDER"), ("northshorehealth.example/schedule", "URL")],
     ["general", "practice-contact"], "A generic follow-up recall with the provider and the practice's own link."),
    ("ee0118", "{{practice_name}}: Reminder of your appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm, R to reschedule. Std msg rates apply.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Only placeholders that carry no patient data (README templates convention)."),
    ("ee0119", "Reminder from {{practice_name}}: your EEG is on {{appt_date}} at {{appt_time}}. Please arrive with clean, dry hair - no oils or sprays.",
     "REWRITE", "reminder", "sms", "en",
     [("EEG", "PROCEDURE")],
     ["general", "template"], "A literal test name in a template goes; placeholders stay unlabelled (README) and the prep names no drug (decision 5)."),
    ("ee0120", "Hi, this is Marisela at Dr. Treviño's front desk. Your Thursday 7/16 appointment was moved to 11:30 AM. Can you confirm with a YES?",
     "ALLOW", "confirmation", "sms", "en",
     [("Marisela", "PROVIDER"), ("Dr. Treviño", "PROVIDER"), ("7/16", "DATE")],
     ["general"], "Staff sender and provider are workforce (README); date and time are allowed."),
)

probe_lib.run(M, "ee", "probe132.jsonl")
