#!/usr/bin/env python3
"""Build corpus/probe83.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe83.py [OUT] [-v]   (default: probe83.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is NEUROLOGY, EPILEPSY, MEMORY CARE AND MOVEMENT DISORDERS: what neurology practices,
epilepsy monitoring units, headache clinics, memory clinics, MS infusion centers, Parkinson's and
movement-disorder programs, neuropsychology testing and caregiver programs send (EEG and
sleep-deprived EEG prep, MRI and lumbar-puncture prep, infusion reminders, seizure-driving
restrictions, cognitive-testing appointments, caregiver support groups, DBS programming visits,
research and newsletter broadcasts), mixing messages that reveal the recipient's or a relative's
condition, test, drug or restriction with neutral ones, and look-alikes ("brainstorm session",
"Memory Lane", "a migraine of a commute", Parkinson as a surname or hall, property "seizure",
"nerve" in idioms, an earthquake "tremor", "dolor de cabeza" of traffic). About 20% Spanish; four
disguised messages (spaced letters, zero-width character, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "level was [[8]]," searches for "level was 8,"
      and labels only the bracketed part "8".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. There is no neurology service tag: neurology, epilepsy, headache, memory and movement-disorder
     traffic is tagged `general`, plus `imaging`, `lab`, `pharmacy`, `pediatrics`,
     `physical-therapy` or `behavioral-health` (neuropsychological testing) where the message is
     about such a service.
  2. Neurology and its programs are specialty-revealing practice names (SPECIALTY, whole name):
     "... Neurology", epilepsy centers and monitoring units, headache clinics, memory clinics and
     memory-care units, MS and neuroimmunology infusion centers, movement-disorder programs,
     nuclear medicine. A proper name containing a condition word ("Clínica de Epilepsia Valle
     Sur") is one SPECIALTY span; a generic phrase ("the epilepsy center", "the stroke clinic")
     labels only the condition word, as `clínica de VIH` does.
  3. Test prep that changes no medicine (sleep deprivation, clean dry hair, no lotion, arrive
     early, bring a driver) is REWRITE: the test name is removable and the logistics survive.
     Prep that tapers, holds, adds or times a medicine (EMU taper, stopping an anticoagulant
     before a lumbar puncture, OFF-meds DBS testing, infusion premedication) is a dosing
     instruction: BLOCK. Aftercare that lists warning symptoms after a procedure is BLOCK.
  4. A driving restriction after a seizure is a treatment instruction that exists only because of
     the condition: BLOCK. "seizure-free" is labelled CONDITION.
  5. A caregiver-program reminder to an enrolled caregiver that names the condition as the group's
     label but not the person cared for is REWRITE (the label is removable); naming the relative
     together with the diagnosis is BLOCK (third party's health).
  6. A relative's appointment logistics naming a non-routine test (memory evaluation) but no
     condition, medication or result is REWRITE, like a specialty name; the README's BLOCK for
     dependents covers condition, medication and result.
  7. Broadcasts: condition words that describe a public offer (a seizure first-aid class, a study
     open to people "with or without Parkinson's") are not labelled and the message is ALLOW; a
     calendar date of a practice-wide change is still labelled DATE (allowed).
  8. Eponymous condition names keep their 's inside the span ("Alzheimer's disease",
     "Parkinson's"): it is part of the name, not a possessive.
  9. A CPT code on a statement is a PROCEDURE (it names the test); a prior-authorization status
     that names the drug and the indication is REWRITE (the status survives without them).
 10. Self-tracking tools and plans (headache diary, seizure action plan, BP log) and a
     seizure-detection app or device name are PROCEDURE; an accessible-parking (disability)
     permit is a PROCEDURE like `medical cannabis card`; "infusion" stays its own PROCEDURE next
     to the drug (Ocrevus infusion); a form word after a drug goes with it (nasal spray, pump).
 11. Staff named as callers, senders, facilitators or in signatures are PROVIDER; a recipient
     who is neither patient nor relative (a coach) is not labelled.
 12. Magnitude words of a result ("a little low", "alta", "well below average", "much better")
     are RESULT; a dose inside an instruction is not labelled; a percentile such as "91st" is not
     an AGE.

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


# ---------------------------------------------------------------- batch 1 (ch0001-ch0012): EEG scheduling and prep
add(
    ("ch0001", "Lakeshore Medical Group: Reminder of your appt w/ Dr. Okafor on Mon 3/9 at 10:20am. Reply Y to confirm, N to cancel. Questions? 312-555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/9", "DATE"), ("312-555-0142", "PHONE")],
     ["general", "practice-contact"], "Generic practice, provider, date, time and the practice's own number only."),
    ("ch0002", "Hi Marcus, your sleep-deprived EEG at Brightwater Neurology is Thurs 2/19, 7:00 AM. Please sleep no more than 4 hrs the night before and come with clean, dry hair (no gel, oil or conditioner). Bring someone to drive you home. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("sleep-deprived EEG", "PROCEDURE"), ("Brightwater Neurology", "SPECIALTY"), ("2/19", "DATE")],
     ["general"], "Name, test and neurology practice name go; prep that changes no medicine is logistics (decision 3), so REWRITE."),
    ("ch0003", "Your EEG is scheduled for Tue 4/14 at 1:30 PM. Wash your hair the night before; no hair products. Eat normally and take all your usual medicines unless told otherwise.",
     "REWRITE", "reminder", "sms", "en",
     [("EEG", "PROCEDURE"), ("4/14", "DATE")],
     ["general"], "Test name reveals a neurological work-up; 'take your usual medicines' is not a dosing change (decision 3)."),
    ("ch0004", "Epilepsy Monitoring Unit admission 5/4: per Dr. Haddad, start tapering your lamotrigine the night before - take 100mg instead of 200mg at bedtime on 5/3. Do not stop Keppra. Call 414-555-0188 w/ questions.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Epilepsy Monitoring Unit", "SPECIALTY"), ("5/4", "DATE"), ("Dr. Haddad", "PROVIDER"), ("lamotrigine", "MEDICATION"), ("5/3", "DATE"), ("Keppra", "MEDICATION"), ("414-555-0188", "PHONE")],
     ["general", "contrast"], "A medication taper before an EMU admission is a dosing instruction: removing it leaves no purpose (decision 3). Portal version elsewhere."),
    ("ch0005", "Hi Aaliyah, ahead of your video EEG admission on 5/4, Dr. Haddad would like you to reduce lamotrigine to 100 mg at bedtime on 5/3 and keep taking Keppra as usual. Bring comfortable button-front tops.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Aaliyah", "NAME"), ("video EEG", "PROCEDURE"), ("5/4", "DATE"), ("Dr. Haddad", "PROVIDER"), ("lamotrigine", "MEDICATION"), ("5/3", "DATE"), ("Keppra", "MEDICATION")],
     ["general", "contrast"], "Same taper instruction inside the secure portal: names, drugs and doses may stay (README channel convention)."),
    ("ch0006", "Team brainstorm session moved to the 3rd-floor conference room at 2 pm. Bring your Q3 ideas for the patient-experience survey.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Staff note; 'brainstorm' is not a brain condition or test."),
    ("ch0007", "Hola, le recordamos su electroencefalograma (EEG) el viernes 6 de marzo a las 8:00 a.m. en Neurología Integral del Valle. Venga con el cabello limpio y seco, sin cremas ni gel. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("electroencefalograma", "PROCEDURE"), ("EEG", "PROCEDURE"), ("6 de marzo", "DATE"), ("Neurología Integral del Valle", "SPECIALTY")],
     ["general"], "Test (in words and acronym) and the neurology practice name go; hair prep is logistics (decision 3)."),
    ("ch0008", "Hello, this is Brenda from Westfield Health calling to confirm your appointment on Wednesday, June 3rd at 9 AM. If you need to reschedule, please call us back at 608-555-0119. Thank you.",
     "ALLOW", "confirmation", "voice", "en",
     [("Brenda", "PROVIDER"), ("June 3rd", "DATE"), ("608-555-0119", "PHONE")],
     ["general", "practice-contact"], "Staff caller is workforce (PROVIDER); generic practice, date and its own phone."),
    ("ch0009", "Good news from Dr. Lindqvist - your routine EEG was normal, no epileptiform activity seen. We'll keep your current dose and see you in 6 months.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("routine EEG", "PROCEDURE"), ("normal", "RESULT"), ("no epileptiform activity", "RESULT")],
     ["general"], "A normal result is still a result (README); the finding is the message."),
    ("ch0010", "Your 72-hour ambulatory EEG hookup is Mon 1/26 at 8:00am. Wear a button-front shirt. The tech will come back Thu to disconnect. Device #AEG-44817 is assigned to you - do not get it wet.",
     "REWRITE", "reminder", "sms", "en",
     [("ambulatory EEG", "PROCEDURE"), ("1/26", "DATE"), ("AEG-44817", "DEVICE_ID")],
     ["general", "identifier"], "Test type and the device serial assigned to the patient go; date and clothing tip survive."),
    ("ch0011", "Sra. Quintero, su hijo Mateo tuvo actividad epileptiforme en el EEG del martes. La Dra. Villalobos quiere subir la dosis de levetiracetam a 500 mg dos veces al día. Llámenos al 915-555-0173.",
     "BLOCK", "result", "sms", "es",
     [("Quintero", "NAME"), ("Mateo", "NAME"), ("actividad epileptiforme", "RESULT"), ("EEG", "PROCEDURE"), ("Dra. Villalobos", "PROVIDER"), ("levetiracetam", "MEDICATION"), ("915-555-0173", "PHONE")],
     ["general", "pediatrics", "minor", "third-party"], "A child's EEG finding and a dose change sent to the parent: third party's result and dosing."),
    ("ch0012", "Parkinson's law strikes again: the break-room fridge expands to fill whatever space it has. Please label your food and clear it out by Friday at 5. - Facilities",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Parkinson's law (work fills the time available) is not Parkinson's disease."),
)

# ---------------------------------------------------------------- batch 2 (ch0013-ch0024): MRI and lumbar puncture
add(
    ("ch0013", "Reminder: your brain MRI at Summit Imaging is Fri 10/2 at 6:45 AM. Remove all jewelry and wear clothes without metal. If you have any implanted device, call 502-555-0160 before your visit.",
     "REWRITE", "reminder", "sms", "en",
     [("brain MRI", "PROCEDURE"), ("Summit Imaging", "SPECIALTY"), ("10/2", "DATE"), ("502-555-0160", "PHONE")],
     ["imaging", "general", "practice-contact"], "Test and imaging-center name go; the generic implant-safety question is not about the patient (no span)."),
    ("ch0014", "For your MRI under sedation on 11/6: nothing to eat after midnight, clear liquids until 4 AM. Take your Sinemet at the usual times with a sip of water.",
     "BLOCK", "care-instructions", "sms", "en",
     [("MRI", "PROCEDURE"), ("sedation", "PROCEDURE"), ("11/6", "DATE"), ("Sinemet", "MEDICATION")],
     ["imaging", "general"], "A medication-timing instruction with a drug that reveals Parkinson's: dosing instruction (decision 3)."),
    ("ch0015", "Hi Teresa, your lumbar puncture is booked for Wed 9/16 at 11:00 at Ridgeview Neurology Associates. Please stop your Eliquis 2 days before (last dose Sun 9/13) unless Dr. Amsel says otherwise, and bring a driver.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Teresa", "NAME"), ("lumbar puncture", "PROCEDURE"), ("9/16", "DATE"), ("Ridgeview Neurology Associates", "SPECIALTY"), ("Eliquis", "MEDICATION"), ("9/13", "DATE"), ("Dr. Amsel", "PROVIDER")],
     ["general", "lab"], "Holding an anticoagulant before the procedure is a dosing instruction (decision 3): BLOCK, send through the portal."),
    ("ch0016", "After your spinal tap today: lie flat for an hour once home and drink plenty of fluids (coffee is fine). If a headache gets worse when you sit up, or you have a fever or stiff neck, call the neurology nurse line at (773) 555-0133.",
     "BLOCK", "care-instructions", "email", "en",
     [("spinal tap", "PROCEDURE"), ("headache", "CONDITION"), ("fever", "CONDITION"), ("stiff neck", "CONDITION"), ("neurology", "SPECIALTY"), ("(773) 555-0133", "PHONE")],
     ["general", "lab", "negation", "practice-contact"], "Aftercare with warning symptoms is the clinical content of the message (decision 3); hypothetical symptoms are still labelled CONDITION."),
    ("ch0017", "Buenas tardes. Le confirmamos su resonancia magnética de columna para el lunes 14 de septiembre a las 7:30 am en Centro de Imagen San Judas. Llegue 30 min antes y no traiga joyas. Dudas al 210-555-0127.",
     "REWRITE", "confirmation", "sms", "es",
     [("resonancia magnética de columna", "PROCEDURE"), ("14 de septiembre", "DATE"), ("Centro de Imagen San Judas", "SPECIALTY"), ("210-555-0127", "PHONE")],
     ["imaging", "practice-contact"], "Named scan and imaging-center name go; date, time and arrival tip survive."),
    ("ch0018", "Memory Lane Diner catering is confirmed for Friday's staff lunch - 40 boxed lunches, veggie option included. Pickup at 11:30 at the loading dock.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "'Memory Lane' is a diner; nothing about memory care or any patient."),
    ("ch0019", "Your appointment is tomorrow at 7:15 AM at our Oak Park location. Please arrive 30 minutes early to fill out a safety form. Free parking in Lot C.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general"], "The test is not named and 'safety form' reveals nothing; a minimum-necessary reminder."),
    ("ch0020", "Dr. Feld reviewed your MRI: stable, no new or enhancing lesions compared with March. Continue Kesimpta as prescribed. Next scan in 12 months.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("MRI", "PROCEDURE"), ("stable", "RESULT"), ("no new or enhancing lesions", "RESULT"), ("Kesimpta", "MEDICATION")],
     ["imaging", "general", "contrast"], "Imaging finding plus an MS drug: the result is the message (portal version elsewhere)."),
    ("ch0021", "Hi Jordan, your MRI report from 2/10 is now in your chart. Dr. Feld's note: no new lesions since last year; your JCV index is 0.31 (low). We'll continue Tysabri every 4 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Jordan", "NAME"), ("MRI", "PROCEDURE"), ("2/10", "DATE"), ("Dr. Feld", "PROVIDER"), ("no new lesions", "RESULT"), ("JCV index", "PROCEDURE"), ("0.31", "RESULT"), ("low", "RESULT"), ("Tysabri", "MEDICATION")],
     ["imaging", "general", "contrast"], "Results inside the secure portal are ALLOW (README channel convention); a measure is PROCEDURE, its value and flag RESULT."),
    ("ch0022", "New message from your care team. Sign in to the patient portal to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI, the safe pattern."),
    ("ch0023", "Thank you for taking part in the BRIGHT-MIND study. Your 12-month study visit includes a lumbar puncture on 8/21; study coordinator Priya (414-555-0150) will call to go over timing. Stipend for this visit: $150.",
     "REWRITE", "reminder", "sms", "en",
     [("lumbar puncture", "PROCEDURE"), ("8/21", "DATE"), ("study coordinator Priya", "PROVIDER"), ("414-555-0150", "PHONE")],
     ["general", "lab", "practice-contact"], "Research visit logistics; the procedure goes, the study's code name reveals nothing (judgement), the coordinator is workforce."),
    ("ch0024", "Don Aurelio, ya salieron los resultados de su punción lumbar: proteína 62 mg/dL, un poco alta. El Dr. Cisneros quiere verlo esta semana para hablar del siguiente paso.",
     "BLOCK", "result", "sms", "es",
     [("Aurelio", "NAME"), ("punción lumbar", "PROCEDURE"), ("proteína", "PROCEDURE"), ("62 mg/dL", "RESULT"), ("alta", "RESULT"), ("Dr. Cisneros", "PROVIDER")],
     ["general", "lab"], "A CSF value and its flag are a result; magnitude word labelled RESULT (decision 12)."),
)

# ---------------------------------------------------------------- batch 3 (ch0025-ch0036): MS, migraine and memory infusions
add(
    ("ch0025", "Reminder: your Ocrevus infusion is Tue 7/14 at 8:00 AM, chair 6, at the Lakeview MS Center. Plan for 4-5 hrs; lunch provided. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Ocrevus", "MEDICATION"), ("infusion", "PROCEDURE"), ("7/14", "DATE"), ("Lakeview MS Center", "SPECIALTY")],
     ["general"], "Drug, infusion and MS center name go; date, time and chair survive (decision 10: infusion is its own span)."),
    ("ch0026", "Before tomorrow's Tysabri infusion, take cetirizine 10 mg and acetaminophen 650 mg at home 30-60 minutes before you arrive. Your JCV labs will be drawn from the IV.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tysabri", "MEDICATION"), ("infusion", "PROCEDURE"), ("cetirizine 10 mg", "MEDICATION"), ("acetaminophen 650 mg", "MEDICATION"), ("JCV", "PROCEDURE")],
     ["general"], "Premedication doses and timing are a dosing instruction (decision 3)."),
    ("ch0027", "Hi Harold, this is Renee at Cedar Grove Memory & Cognitive Center. Your Leqembi infusion #9 is set for Thu 3/26 at 10am, and your safety MRI is the Monday before (3/23) at 2pm. Call 317-555-0192 with any questions.",
     "REWRITE", "reminder", "sms", "en",
     [("Harold", "NAME"), ("Renee", "PROVIDER"), ("Cedar Grove Memory & Cognitive Center", "SPECIALTY"), ("Leqembi", "MEDICATION"), ("infusion", "PROCEDURE"), ("3/26", "DATE"), ("safety MRI", "PROCEDURE"), ("3/23", "DATE"), ("317-555-0192", "PHONE")],
     ["general", "imaging", "practice-contact"], "Memory-center name, an Alzheimer's drug and its monitoring scan go; the two appointments survive. The infusion count '#9' is not an identifier."),
    ("ch0028", "Hola Gabriela, te recordamos tu infusión de Briumvi el jueves 18 de junio a las 9:00 en el Centro de Esclerosis Múltiple Los Pinos. Trae algo para leer, dura unas 2 horas. Responde 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Gabriela", "NAME"), ("infusión", "PROCEDURE"), ("Briumvi", "MEDICATION"), ("18 de junio", "DATE"), ("Centro de Esclerosis Múltiple Los Pinos", "SPECIALTY")],
     ["general"], "Name, infusion, drug and the MS center's name go (decision 2: whole proper name is SPECIALTY)."),
    ("ch0029", "Our new Infusion Bar is open in the lobby cafe! Try the cucumber-mint or berry infusions - 20% off with your staff badge this week.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative"], "Drink infusions at the cafe, not an infusion therapy."),
    ("ch0030", "Westbrook Health: A new statement is available. Balance due: $48.20. Pay online at westbrookhealth.example/pay or call 614-555-0104, Mon-Fri 8-5.",
     "ALLOW", "billing", "sms", "en",
     [("westbrookhealth.example/pay", "URL"), ("614-555-0104", "PHONE")],
     ["general", "practice-contact"], "Statement notice with the practice's own link and phone, no service named."),
    ("ch0031", "Update from Summit Specialty Pharmacy: your insurer approved Aimovig 140 mg for chronic migraine through 12/31/2026. Your first shipment goes out Tuesday; keep it refrigerated when it arrives.",
     "REWRITE", "other", "sms", "en",
     [("Summit Specialty Pharmacy", "SPECIALTY"), ("Aimovig 140 mg", "MEDICATION"), ("chronic migraine", "CONDITION"), ("12/31/2026", "DATE")],
     ["pharmacy"], "Prior-authorization status: drug, indication and specialty-pharmacy name are removable and the approval and shipment survive (decision 9)."),
    ("ch0032", "Nurse note: your IgG was low on the last draw, so Dr. Brandt is holding your next Ocrevus dose until we recheck on 9/2. Please do NOT come in for the 8/26 infusion.",
     "BLOCK", "result", "sms", "en",
     [("IgG", "PROCEDURE"), ("low", "RESULT"), ("Dr. Brandt", "PROVIDER"), ("Ocrevus", "MEDICATION"), ("9/2", "DATE"), ("8/26", "DATE"), ("infusion", "PROCEDURE")],
     ["general", "lab"], "A lab result and a held dose: the clinical content is the message."),
    ("ch0033", "Dear Ms. Abernathy,\n\nWelcome to the Riverside Neuroimmunology Infusion Center. Your first Ocrevus infusion is scheduled for Monday, April 6 at 7:30 AM and will take about 6 hours, including observation. We are at 2200 Riverside Dr, Suite 300, Columbus, OH 43215; park in the P2 garage and bring your ticket for validation.\n\nWhat to bring: a photo ID, your insurance card, a list of your current medications, a sweater (the room runs cool) and something to read. Wi-Fi is free. You may eat normally that morning.\n\nIf you need to reschedule, please call at least 48 hours ahead at (614) 555-0177 so we can offer your chair to someone on the waitlist.\n\nWarm regards,\nDenise Kowalski, RN\nNurse Navigator",
     "REWRITE", "reminder", "email", "en",
     [("Abernathy", "NAME"), ("Riverside Neuroimmunology Infusion Center", "SPECIALTY"), ("Ocrevus", "MEDICATION"), ("infusion", "PROCEDURE"), ("April 6", "DATE"), ("2200 Riverside Dr, Suite 300, Columbus, OH 43215", "ADDRESS"), ("(614) 555-0177", "PHONE"), ("Denise Kowalski, RN", "PROVIDER")],
     ["general", "practice-contact"], "Long welcome e-mail: name, center name, drug and infusion go; the practice's own address and phone, date and packing list stay."),
    ("ch0034", "Traffic on I-94 was a migraine of a commute today - thanks to everyone who covered the front desk until 9. Coffee's on me tomorrow. - Front Office Lead",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "'A migraine of a commute' is an idiom in a staff note."),
    ("ch0035", "Clínica Familiar Santa Fe: Recordatorio de su cita con el Dr. Peralta el miércoles 22 de abril a las 3:15 pm. Para cancelar, responda NO o llame al 505-555-0138.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Peralta", "PROVIDER"), ("22 de abril", "DATE"), ("505-555-0138", "PHONE")],
     ["primary-care", "practice-contact"], "Generic clinic, provider, date and own phone."),
    ("ch0036", "Hi, this message is for Gloria Benavides. This is the infusion center at Northshore Neurology calling to confirm your Vyepti appointment this Friday at 1 PM. Please call us back at 847-555-0165. Thanks!",
     "REWRITE", "confirmation", "voice", "en",
     [("Gloria Benavides", "NAME"), ("infusion", "PROCEDURE"), ("Northshore Neurology", "SPECIALTY"), ("Vyepti", "MEDICATION"), ("847-555-0165", "PHONE")],
     ["general", "practice-contact"], "Voicemail is treated like SMS (overheard): name, infusion, neurology name and a migraine drug go."),
)

# ---------------------------------------------------------------- batch 4 (ch0037-ch0048): seizures, driving, rescue medicines, pickups
add(
    ("ch0037", "Per Wisconsin law and Dr. Osei's advice, please do not drive until you have been seizure-free for 3 months (earliest 6/30). We've sent the DMV medical form to your portal.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("seizure-free", "CONDITION"), ("6/30", "DATE")],
     ["general"], "A seizure driving restriction is a treatment instruction that exists only because of the condition (decision 4)."),
    ("ch0038", "Señor Tapia: por la convulsión que tuvo el 2 de febrero, no puede manejar por 6 meses según la ley de Texas. La Dra. Ocampo le dará la carta para su trabajo.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Tapia", "NAME"), ("convulsión", "CONDITION"), ("2 de febrero", "DATE"), ("Dra. Ocampo", "PROVIDER")],
     ["general"], "Names the event and the driving restriction (decision 4)."),
    ("ch0039", "Hi Mrs. Duarte - Ellie's seizure action plan for school is ready. Reminder: if a seizure lasts more than 5 minutes, give Valtoco 10 mg in one nostril and call 911. Pick up the signed copy at the front desk.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Duarte", "NAME"), ("Ellie", "NAME"), ("seizure action plan", "PROCEDURE"), ("seizure", "CONDITION", 1), ("Valtoco 10 mg", "MEDICATION")],
     ["general", "pediatrics", "minor", "third-party"], "A child's rescue-medicine instruction to the parent: third party's condition and dosing. 911 is not a phone identifier."),
    ("ch0040", "Reminder: Seizure Safety & First Aid class for families, Sat 10/17 at 10am, Room B. You signed up for 2 seats. Free parking. - Children's Epilepsy Program, 608-555-0109",
     "REWRITE", "reminder", "sms", "en",
     [("Seizure", "CONDITION"), ("10/17", "DATE"), ("Children's Epilepsy Program", "SPECIALTY"), ("608-555-0109", "PHONE")],
     ["general", "pediatrics", "practice-contact"], "The family's own enrollment (not a broadcast): the condition used as a class label and the program name go (decisions 2, 5)."),
    ("ch0041", "Free community class: Seizure First Aid - how to help someone having a seizure. Tuesday 6pm, Lakeside Public Library. Open to all, no registration needed. Shared by Lakeside Medical Group.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about a public class; says nothing about the recipient (decision 7)."),
    ("ch0042", "Notice: a sheriff's property seizure auction (14 vehicles) will use our overflow lot this Saturday. Staff parking moves to Lot D for the day. - Facilities",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "'Seizure' of property, not a seizure."),
    ("ch0043", "Your levetiracetam 750mg is ready at Elm Street Pharmacy. Note: Dr. Pruitt increased your dose - take 1 1/2 tablets twice daily starting today.",
     "BLOCK", "pickup", "sms", "en",
     [("levetiracetam 750mg", "MEDICATION"), ("Dr. Pruitt", "PROVIDER")],
     ["pharmacy", "contrast"], "Pickup notice carrying a dose change: dosing instruction."),
    ("ch0044", "Elm Street Pharmacy: Your prescription for NAYZILAM nasal spray is ready for pickup. Rx# 6620418. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("NAYZILAM nasal spray", "MEDICATION"), ("6620418", "OTHER_ID")],
     ["pharmacy", "identifier"], "Drug name with its form word and the Rx number go (README: Rx numbers are OTHER_ID)."),
    ("ch0045", "Farmacia del Pueblo: su receta de lamotrigina 100 mg ya está lista. Horario: lun a sáb 9am-8pm. Tel. 956-555-0116.",
     "REWRITE", "pickup", "sms", "es",
     [("lamotrigina 100 mg", "MEDICATION"), ("956-555-0116", "PHONE")],
     ["pharmacy", "practice-contact"], "Medication name in a pickup notice goes."),
    ("ch0046", "Your prescription is ready for pickup at Elm Street Pharmacy. Hours today: 9am-9pm. Questions? 773-555-0145",
     "ALLOW", "pickup", "sms", "en",
     [("773-555-0145", "PHONE")],
     ["pharmacy", "practice-contact", "contrast"], "The safe pickup pattern: no drug named."),
    ("ch0047", "Hi Coach Ramirez - Devon Pike may return to practice but must not swim unsupervised, per his neurologist (epilepsy). He carries Nayzilam in his backpack; the school nurse has a copy of his plan.",
     "BLOCK", "other", "email", "en",
     [("Devon Pike", "NAME"), ("neurologist", "SPECIALTY"), ("epilepsy", "CONDITION"), ("Nayzilam", "MEDICATION")],
     ["general", "pediatrics", "minor", "third-party"], "A student's condition, restriction and rescue drug sent to a coach: third party's health. The coach is not a patient or relative, so not labelled (decision 11)."),
    ("ch0048", "Hola, le habla Marisol de Clínica de Epilepsia Valle Sur. Le llamo para confirmar la cita de su hija Valentina el martes 3 de noviembre a las 10. Si necesita cambiarla, llámenos al 956-555-0182.",
     "REWRITE", "confirmation", "voice", "es",
     [("Marisol", "PROVIDER"), ("Clínica de Epilepsia Valle Sur", "SPECIALTY"), ("Valentina", "NAME"), ("3 de noviembre", "DATE"), ("956-555-0182", "PHONE")],
     ["general", "pediatrics", "minor", "practice-contact"], "A dependent's logistics with a name and a specialty name: REWRITE; the proper clinic name is one SPECIALTY span (decision 2)."),
)

# ---------------------------------------------------------------- batch 5 (ch0049-ch0060): headache care
add(
    ("ch0049", "Botox reminder: your next migraine Botox session with Dr. Kaur is Fri 8/7 at 2:40pm at the Headache & Facial Pain Clinic. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Botox", "MEDICATION"), ("migraine", "CONDITION"), ("Botox", "MEDICATION", 1), ("Dr. Kaur", "PROVIDER"), ("8/7", "DATE"), ("Headache & Facial Pain Clinic", "SPECIALTY")],
     ["general"], "Drug brand (README: Botox is MEDICATION), condition and headache-clinic name go; provider, date and time survive."),
    ("ch0050", "Running late? Route 9 is a migraine of a commute this week because of bridge work. Leave 15 minutes early for your visit - we hold your spot for up to 10 min.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Idiom about traffic; no condition of the recipient."),
    ("ch0051", "Headache diary review: you logged 16 headache days in May, so you now meet criteria for chronic migraine. Dr. Kaur is starting Qulipta 60 mg once daily - first box ships Monday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Headache diary", "PROCEDURE"), ("16", "RESULT"), ("headache", "CONDITION"), ("chronic migraine", "CONDITION"), ("Dr. Kaur", "PROVIDER"), ("Qulipta 60 mg", "MEDICATION")],
     ["general"], "A diagnosis reached from the diary and a new dose: finding and treatment are the message (decision 10: diary is PROCEDURE)."),
    ("ch0052", "Hola Sr. Medrano, le escribimos de la Clínica de Cefaleas del Hospital San Lucas. Su consulta de seguimiento es el 9 de octubre a las 11:20. No olvide traer su diario de dolores de cabeza.",
     "REWRITE", "reminder", "sms", "es",
     [("Medrano", "NAME"), ("Clínica de Cefaleas del Hospital San Lucas", "SPECIALTY"), ("9 de octubre", "DATE"), ("diario de dolores de cabeza", "PROCEDURE")],
     ["general"], "Headache clinic name and the diary go; the follow-up date survives (decision 10)."),
    ("ch0053", "Hi Priyanka, Dr. Kaur reviewed your headache diary. Since the Nurtec is helping, keep using one 75 mg tablet as needed, max 1 per 24 hrs. We'll recheck in 3 months.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Priyanka", "NAME"), ("Dr. Kaur", "PROVIDER"), ("headache diary", "PROCEDURE"), ("Nurtec", "MEDICATION")],
     ["general", "contrast"], "Dosing advice inside the secure portal is ALLOW (README channel convention)."),
    ("ch0054", "pls stop the sumatriptan if ur having more than 10 headache days a month - rebound. dr moss wants to try propranolol 20mg bid instead, will send rx to the pharmacy on main st",
     "BLOCK", "care-instructions", "sms", "en",
     [("sumatriptan", "MEDICATION"), ("headache", "CONDITION"), ("rebound", "CONDITION"), ("dr moss", "PROVIDER"), ("propranolol 20mg", "MEDICATION")],
     ["general", "shorthand"], "Staff shorthand with a stop and a new drug: dosing instruction."),
    ("ch0055", "Reminder: your occipital nerve block with Dr. Yuen is tomorrow at 9:30am. Eat a light breakfast; you may drive yourself home afterward.",
     "REWRITE", "reminder", "sms", "en",
     [("occipital nerve block", "PROCEDURE"), ("Dr. Yuen", "PROVIDER")],
     ["general"], "Named procedure goes; provider, time and the meal tip survive (decision 3)."),
    ("ch0056", "Whoever had the nerve to take the last donut: there are more in the break room at noon. And thanks for your nerves of steel during the EHR go-live!",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "'Nerve' in idioms, not a nerve test or block."),
    ("ch0057", "Lakeside Medical Group newsletter - June: new Saturday hours at our Maple Ave office, how to use the portal's message center, and our summer tip: stay hydrated in the heat. Read more at lakesidemg.example/news",
     "ALLOW", "marketing", "email", "en",
     [("lakesidemg.example/news", "URL")],
     ["general", "broadcast", "practice-contact"], "Newsletter broadcast with the practice's own link."),
    ("ch0058", "Hi, this is Carla from Dr. Moss's office with a message for Ben Halvorsen. Your CT of the head from the ER came back clean, no bleed, so the headaches are most likely migraines. Please call us back at 208-555-0126.",
     "BLOCK", "result", "voice", "en",
     [("Carla", "PROVIDER"), ("Dr. Moss", "PROVIDER"), ("Ben Halvorsen", "NAME"), ("CT of the head", "PROCEDURE"), ("clean", "RESULT"), ("no bleed", "RESULT"), ("headaches", "CONDITION"), ("migraines", "CONDITION"), ("208-555-0126", "PHONE")],
     ["general", "imaging", "practice-contact"], "A voicemail with a scan result and a diagnosis: result and finding are the message."),
    ("ch0059", "Subject: Your visit at Pinebrook Headache Center\n\nHi Olivia, thanks for booking with us. Your new-patient visit with Dr. Arvidsson is on Monday, 11/30 at 9:00 AM. Please fill out the intake questionnaire at pinebrook.example/intake?pid=88412 before you come.",
     "REWRITE", "reminder", "email", "en",
     [("Pinebrook Headache Center", "SPECIALTY"), ("Olivia", "NAME"), ("Dr. Arvidsson", "PROVIDER"), ("11/30", "DATE"), ("pinebrook.example/intake?pid=88412", "URL")],
     ["general"], "Headache-center name and name go; a link with a patient parameter is patient-specific (README) and goes too."),
    ("ch0060", "¡Qué dolor de cabeza el tráfico de hoy! Gracias por su paciencia: su cita sigue a la misma hora. Si va a llegar más de 15 min tarde, avísenos respondiendo a este mensaje.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "'Dolor de cabeza' is an idiom for the traffic, not a symptom."),
)

# ---------------------------------------------------------------- batch 6 (ch0061-ch0072): memory clinics, cognitive testing, caregivers
add(
    ("ch0061", "Your neuropsychological testing is scheduled for Tue 2/3 at 8:30 AM with Dr. Chen, PhD. Testing lasts 5-6 hours with breaks; please bring your reading glasses and a snack.",
     "REWRITE", "reminder", "sms", "en",
     [("neuropsychological testing", "PROCEDURE"), ("2/3", "DATE"), ("Dr. Chen, PhD", "PROVIDER")],
     ["behavioral-health", "general"], "The test type reveals a cognitive work-up; provider with a generic credential, date and packing tip survive (decision 1: tagged behavioral-health)."),
    ("ch0062", "Hello, this is the Memory & Aging Clinic at Fairhaven. Your father, Walter Greer, has a follow-up with Dr. Nakamura on 5/19 at 1 PM. Please come with him and bring his medication bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("Memory & Aging Clinic at Fairhaven", "SPECIALTY"), ("Walter Greer", "NAME"), ("Dr. Nakamura", "PROVIDER"), ("5/19", "DATE")],
     ["general", "third-party"], "A relative's logistics with a name and a specialty name: REWRITE like the patient's own (README)."),
    ("ch0063", "Mr. Greer's MoCA today was 19/30, down from 23 last year. Dr. Nakamura would like to discuss starting donepezil and a driving evaluation at your next visit together.",
     "BLOCK", "result", "sms", "en",
     [("Greer", "NAME"), ("MoCA", "PROCEDURE"), ("19/30", "RESULT"), ("23", "RESULT"), ("Dr. Nakamura", "PROVIDER"), ("donepezil", "MEDICATION"), ("driving evaluation", "PROCEDURE")],
     ["general", "third-party", "contrast"], "A parent's cognitive score and planned drug sent to the caregiver by SMS: third party's result. '19/30' is a score, not a date."),
    ("ch0064", "Buenos días, Sra. Olivares. Le recordamos la evaluación de memoria de su esposo, Don Fermín, el lunes 12 de enero a las 9:00 en la Clínica de la Memoria Santa Clara. La prueba dura unas 3 horas; por favor acompáñelo.",
     "REWRITE", "reminder", "sms", "es",
     [("Olivares", "NAME"), ("evaluación de memoria", "PROCEDURE"), ("Fermín", "NAME"), ("12 de enero", "DATE"), ("Clínica de la Memoria Santa Clara", "SPECIALTY")],
     ["general", "third-party"], "A spouse's appointment naming a test but no condition, drug or result: REWRITE (decision 6)."),
    ("ch0065", "Heads up: our office at 1450 Memory Lane, Suite 2, Dayton, OH 45402 is closed Friday for carpet cleaning. Appointments move to our Kettering office. Call 937-555-0111 with questions.",
     "ALLOW", "other", "sms", "en",
     [("1450 Memory Lane, Suite 2, Dayton, OH 45402", "ADDRESS"), ("937-555-0111", "PHONE")],
     ["general", "broadcast", "practice-contact"], "'Memory Lane' is the practice's own street; its address and phone are allowed."),
    ("ch0066", "Hi Mr. Lutz, it's Dr. Abara. The amyloid PET confirmed what we talked about - it's consistent with early Alzheimer's disease. I'd like to see you and your wife next week to go over treatment options, including lecanemab.",
     "BLOCK", "result", "voice", "en",
     [("Lutz", "NAME"), ("Dr. Abara", "PROVIDER"), ("amyloid PET", "PROCEDURE"), ("Alzheimer's disease", "CONDITION"), ("lecanemab", "MEDICATION")],
     ["general", "imaging"], "A diagnosis left by voicemail; the eponym keeps its 's (decision 8)."),
    ("ch0067", "Brain teaser Friday! Answers to last week's puzzle are posted in the break room. This week's theme: memory games. Winner gets a $10 coffee card.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Staff puzzle; 'brain' and 'memory' in other senses."),
    ("ch0068", "Reminder: the caregiver support group for dementia caregivers meets Thursday 6:30-8pm in Conf. Room A. Questions? Call facilitator Joan Ruiz at 303-555-0159.",
     "REWRITE", "reminder", "sms", "en",
     [("dementia", "CONDITION"), ("facilitator Joan Ruiz", "PROVIDER"), ("303-555-0159", "PHONE")],
     ["general", "practice-contact"], "Enrolled caregiver's own group: the condition label is removable, no relative named (decision 5); facilitator is workforce (decision 11)."),
    ("ch0069", "Grupo de apoyo para cuidadores: todos los martes a las 6 pm en el salón comunitario de Clínica Familiar Santa Fe. Entrada libre, hay café y pan dulce. Comparta este mensaje con quien lo necesite.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Open caregiver group broadcast; says nothing about the recipient."),
    ("ch0070", "Linda, since Frank's diagnosis of Lewy body dementia, many families have found our Thursday caregiver circle helpful. You can sign up at fairhavenmemory.example/circle.",
     "BLOCK", "marketing", "sms", "en",
     [("Linda", "NAME"), ("Frank", "NAME"), ("Lewy body dementia", "CONDITION"), ("fairhavenmemory.example/circle", "URL")],
     ["general", "third-party"], "Names the relative and his diagnosis: third party's health (decision 5)."),
    ("ch0071", "Sra. Ibarra, la Dra. Salcedo revisó los resultados de las pruebas cognitivas de su mamá: muestran deterioro cognitivo leve. Le recomendamos que ya no maneje y que empiece ejercicios de memoria. Llámenos para agendar.",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("Dra. Salcedo", "PROVIDER"), ("pruebas cognitivas", "PROCEDURE"), ("deterioro cognitivo leve", "CONDITION")],
     ["general", "third-party"], "A mother's test findings and a driving recommendation sent to her daughter: third party's health."),
    ("ch0072", "Mrs. Albright's 94th birthday party is today at 3 pm in the Memory Care Neighborhood at Willow Court - family welcome, cake provided!",
     "REWRITE", "other", "sms", "en",
     [("Albright", "NAME"), ("94th", "AGE"), ("Memory Care Neighborhood at Willow Court", "SPECIALTY")],
     ["general", "third-party", "age-over-89"], "A relative's event logistics: name, age over 89 and the memory-care unit go (decision 2); the invitation survives."),
)

# ---------------------------------------------------------------- batch 7 (ch0073-ch0084): Parkinson's, movement disorders, DBS
add(
    ("ch0073", "DBS programming visit confirmed: Wed 6/10 at 1:00 PM with Dr. Ferreira, Movement Disorders Program, 4th floor. Please bring your patient programmer and its charger.",
     "REWRITE", "confirmation", "sms", "en",
     [("DBS programming", "PROCEDURE"), ("6/10", "DATE"), ("Dr. Ferreira", "PROVIDER"), ("Movement Disorders Program", "SPECIALTY"), ("patient programmer", "PROCEDURE")],
     ["general"], "Visit type, program name and the device (README: devices are PROCEDURE) go; date, time and floor survive."),
    ("ch0074", "For tomorrow's DBS testing you need to be OFF meds: take your last carbidopa-levodopa dose at 8 PM tonight and skip the morning dose. Bring your pills - you'll take them right after testing.",
     "BLOCK", "care-instructions", "sms", "en",
     [("DBS testing", "PROCEDURE"), ("carbidopa-levodopa", "MEDICATION")],
     ["general"], "Skipping and timing doses before testing is a dosing instruction (decision 3)."),
    ("ch0075", "Reminder from Eastgate Family Practice: you're scheduled with Dr. Parkinson on Tue 9/22 at 3:45 PM. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Parkinson", "PROVIDER"), ("9/22", "DATE")],
     ["primary-care"], "Look-alike: Parkinson is the provider's surname at a family practice, not a condition."),
    ("ch0076", "All-staff meeting moved to Parkinson Hall, Room 210, Wednesday at noon. Lunch provided; please RSVP by Monday.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "A building named Parkinson Hall is neither a condition nor a patient address."),
    ("ch0077", "Hola Don Ricardo, le recordamos su cita en el Programa de Trastornos del Movimiento con el Dr. Anaya el jueves 4 de junio a las 10:40. Traiga la lista de sus medicamentos y, si puede, venga con un familiar.",
     "REWRITE", "reminder", "sms", "es",
     [("Ricardo", "NAME"), ("Programa de Trastornos del Movimiento", "SPECIALTY"), ("Dr. Anaya", "PROVIDER"), ("4 de junio", "DATE")],
     ["general"], "Movement-disorder program name and the patient's name go (decision 2)."),
    ("ch0078", "Rivera family: Dad's tremor is much better since the Duopa pump adjustment on 3/2. Dr. Ferreira wants the rate kept at 4.2 mL/hr and a home health nurse visit on Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Rivera", "NAME"), ("tremor", "CONDITION"), ("much better", "RESULT"), ("Duopa pump", "MEDICATION"), ("3/2", "DATE"), ("Dr. Ferreira", "PROVIDER"), ("home health", "SPECIALTY")],
     ["general", "home-health", "third-party"], "A father's symptom, response and pump rate sent to the family: third party's health and dosing (decisions 10, 12)."),
    ("ch0079", "Your DaTscan at St. Brendan's Nuclear Medicine is Mon 8/3: check in at 8:00 AM, then come back at noon for about 45 minutes of imaging. Questions: 412-555-0148.",
     "REWRITE", "reminder", "sms", "en",
     [("DaTscan", "PROCEDURE"), ("St. Brendan's Nuclear Medicine", "SPECIALTY"), ("8/3", "DATE"), ("412-555-0148", "PHONE")],
     ["imaging", "general", "practice-contact"], "A Parkinson's-specific scan and the nuclear-medicine name go; the two arrival times survive (decision 2)."),
    ("ch0080", "Research registry update: Northfield University is recruiting adults 50-80, with or without Parkinson's, for a 2-visit study of smell and movement. $100 per visit. Learn more at northfield.example/research or 608-555-0100.",
     "ALLOW", "marketing", "email", "en",
     [("northfield.example/research", "URL"), ("608-555-0100", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Recruitment broadcast to the whole registry, open to people with or without the condition: nothing about the recipient (decision 7)."),
    ("ch0081", "Hola, habla la enfermera Rocío del consultorio del Dr. Anaya. Le llamo para avisarle que a partir de mañana tome el Sinemet 25/100, una tableta y media tres veces al día, con el estómago vacío. Cualquier duda, llame al 915-555-0167.",
     "BLOCK", "care-instructions", "voice", "es",
     [("enfermera Rocío", "PROVIDER"), ("Dr. Anaya", "PROVIDER"), ("Sinemet 25/100", "MEDICATION"), ("915-555-0167", "PHONE")],
     ["general", "practice-contact"], "A new dose left on voicemail: dosing instruction. '25/100' is a strength, not a date."),
    ("ch0082", "Your LSVT LOUD speech therapy session is tomorrow at 3 PM with Kayla, SLP. Bring your water bottle!",
     "REWRITE", "reminder", "sms", "en",
     [("LSVT LOUD", "PROCEDURE"), ("speech therapy", "PROCEDURE"), ("Kayla", "PROVIDER"), ("SLP", "SPECIALTY")],
     ["physical-therapy", "general"], "A Parkinson's-specific program and therapy type go; a credential naming a specialty is its own SPECIALTY span (README)."),
    ("ch0083", "Your replacement neurostimulator battery (serial NSX4471028B) has shipped to 88 Larkspur Ln, Apt 4, Eugene, OR 97401. Tracking details are in your portal.",
     "REWRITE", "other", "sms", "en",
     [("neurostimulator battery", "PROCEDURE"), ("NSX4471028B", "DEVICE_ID"), ("88 Larkspur Ln, Apt 4, Eugene, OR 97401", "ADDRESS")],
     ["general", "identifier"], "The device, its serial and the patient's home address go; the shipping notice survives."),
    ("ch0084", "¡Gracias por venir a la lluvia de ideas del comité de pacientes! La próxima reunión es el jueves a las 5 pm en la sala 2. Habrá café.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'Lluvia de ideas' is a brainstorm, not a clinical term."),
)

# ---------------------------------------------------------------- batch 8 (ch0085-ch0096): disguises, EMG, ALS, MS, video EEG
add(
    ("ch0085", "ur E E G is tmrw 8am, no hair gel pls. reply Y to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("E E G", "PROCEDURE")],
     ["general", "spaced", "shorthand"], "Spaced letters hide the test name; the reminder survives without it."),
    ("ch0086", "Your Ke\u200bppra 500mg refill is ready at Harbor Pharmacy. Pick up by 7pm today.",
     "REWRITE", "pickup", "sms", "en",
     [("Ke\u200bppra 500mg", "MEDICATION")],
     ["pharmacy"], "A zero-width space splits the drug name; a medication name in a pickup notice goes."),
    ("ch0087", "R3minder: ur app0intment at the 3pil3psy c3nter is Fri 9/11 @ 2pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("3pil3psy", "CONDITION"), ("9/11", "DATE")],
     ["general", "leet", "shorthand"], "Leetspeak condition in a generic phrase: the condition word is labelled and 'center' stays outside (decision 2)."),
    ("ch0088", "Reminder: your \u041ecrevus infusion is tomorrow at 9:00 AM. Reply C to confirm or call us to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("\u041ecrevus", "MEDICATION"), ("infusion", "PROCEDURE")],
     ["general"], "A Cyrillic capital O disguises the drug name; drug and infusion go."),
    ("ch0089", "Your EMG and nerve conduction study showed moderate carpal tunnel syndrome on the right and mild on the left. Dr. Sørensen recommends night splints and a referral to hand surgery.",
     "BLOCK", "result", "sms", "en",
     [("EMG", "PROCEDURE"), ("nerve conduction study", "PROCEDURE"), ("moderate", "RESULT"), ("carpal tunnel syndrome", "CONDITION"), ("mild", "RESULT"), ("Dr. Sørensen", "PROVIDER"), ("night splints", "PROCEDURE"), ("hand surgery", "SPECIALTY")],
     ["general"], "Study findings with severity and a plan: the result is the message (decision 12 for severity words)."),
    ("ch0090", "EMG/NCS appt Thurs 10/1 at 3:15 w/ Dr. Sørensen. Don't put lotion on your arms or legs that day and wear loose sleeves. Takes about 1 hr.",
     "ALLOW", "reminder", "portal", "en",
     [("EMG", "PROCEDURE"), ("NCS", "PROCEDURE"), ("10/1", "DATE"), ("Dr. Sørensen", "PROVIDER")],
     ["general", "shorthand", "contrast"], "Prep without medicines inside the portal: ALLOW; the same text by SMS would be REWRITE (decision 3)."),
    ("ch0091", "Subject: Summary of today's clinic visit\n\nDear Mr. Whitcombe,\n\nThank you for spending the morning with our multidisciplinary ALS clinic team. As we discussed, your breathing test (FVC) was 68% of predicted, down from 79% in January, so our respiratory therapist will arrange a BiPAP machine for night use. Dr. Iyer also increased your riluzole to 50 mg twice a day, and our dietitian suggested two high-calorie shakes daily since your weight dropped 6 lbs.\n\nYour next clinic day is Tuesday, August 18; please arrive at 8:30 and plan to stay until about 1 PM. Parking vouchers are at the front desk.\n\nWith warm regards,\nMegan Holt, RN, BSN\nClinic Coordinator\n(919) 555-0129",
     "BLOCK", "result", "email", "en",
     [("Whitcombe", "NAME"), ("ALS", "CONDITION"), ("breathing test", "PROCEDURE"), ("FVC", "PROCEDURE"), ("68%", "RESULT"), ("79%", "RESULT"), ("respiratory therapist", "SPECIALTY"), ("BiPAP machine", "PROCEDURE"), ("Dr. Iyer", "PROVIDER"), ("riluzole", "MEDICATION"), ("6 lbs", "RESULT"), ("August 18", "DATE"), ("Megan Holt, RN, BSN", "PROVIDER"), ("(919) 555-0129", "PHONE")],
     ["general", "practice-contact"], "Long visit summary by e-mail: diagnosis, measured values and a dose change; e-mail is treated like SMS (README)."),
    ("ch0092", "You have a new document in your Northfield Health portal. For your privacy we don't include details by email. Sign in at portal.northfield.example",
     "ALLOW", "portal-notice", "email", "en",
     [("portal.northfield.example", "URL")],
     ["general", "practice-contact"], "Notification without PHI with the practice's own portal address."),
    ("ch0093", "Hola Daniela, soy la Dra. Fuentes. Ya tengo el resultado de tu resonancia: las lesiones son compatibles con esclerosis múltiple. Quiero verte el lunes para explicarte el tratamiento, no te preocupes, hay muy buenas opciones.",
     "BLOCK", "result", "sms", "es",
     [("Daniela", "NAME"), ("Dra. Fuentes", "PROVIDER"), ("resonancia", "PROCEDURE"), ("lesiones", "RESULT"), ("esclerosis múltiple", "CONDITION")],
     ["general", "imaging", "contrast"], "A new diagnosis by text: the finding is the message."),
    ("ch0094", "This is an automated reminder from Greenfield Medical Associates. You have an appointment on Thursday, March 12 at 2:30 PM with Doctor Abernathy-Cole. Press 1 to confirm, press 2 to speak with our staff.",
     "ALLOW", "reminder", "voice", "en",
     [("March 12", "DATE"), ("Doctor Abernathy-Cole", "PROVIDER")],
     ["general"], "IVR reminder with provider, date and time only."),
    ("ch0095", "Scam alert: we will never call to say your bank account faces seizure or that you owe a processing fee payable in gift cards. Hang up and call the number on your statement.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Account 'seizure' in a fraud warning, not a seizure."),
    ("ch0096", "Northwoods Sleep & Neurology: your overnight video EEG is set for 2/27, check-in 7 PM. Bring pajamas that button in front. Pre-visit video Q&A: northwoods.example/v/8RF2K?token=ab12cd",
     "REWRITE", "reminder", "sms", "en",
     [("Northwoods Sleep & Neurology", "SPECIALTY"), ("overnight video EEG", "PROCEDURE"), ("2/27", "DATE"), ("northwoods.example/v/8RF2K?token=ab12cd", "URL")],
     ["general"], "Practice name, test and a tokened (patient-specific) link go; the date and check-in time survive."),
)

# ---------------------------------------------------------------- batch 9 (ch0097-ch0108): identifiers, billing, stroke, prior authorization
add(
    ("ch0097", "Neurology Associates of Bend: appt confirmed for Julian Marsh (DOB 07/19/1983), MRN 5530917, Tue 4/7 at 10:00 with Dr. Kessler in the EEG lab.",
     "BLOCK", "confirmation", "sms", "en",
     [("Neurology Associates of Bend", "SPECIALTY"), ("Julian Marsh", "NAME"), ("07/19/1983", "DATE"), ("5530917", "MRN"), ("4/7", "DATE"), ("Dr. Kessler", "PROVIDER"), ("EEG", "PROCEDURE")],
     ["general", "dob", "identifier"], "A full date of birth with the patient's name (plus MRN) is BLOCK (README)."),
    ("ch0098", "Statement from Ridgeview Neurology Associates: balance $212.40 for services on 1/14 (CPT 95816, routine EEG). Acct #RNA-0048213. Pay at ridgeviewneuro.example/pay",
     "REWRITE", "billing", "sms", "en",
     [("Ridgeview Neurology Associates", "SPECIALTY"), ("1/14", "DATE"), ("95816", "PROCEDURE"), ("routine EEG", "PROCEDURE"), ("RNA-0048213", "ACCOUNT"), ("ridgeviewneuro.example/pay", "URL")],
     ["general", "identifier", "practice-contact"], "Practice name, CPT code and test go (decision 9); the account number is not needed in a text; the balance and pay link survive."),
    ("ch0099", "Your payment of $75.00 was received on 9/8. Thank you! Questions about your bill? Call Patient Accounts at 614-555-0106.",
     "ALLOW", "billing", "sms", "en",
     [("9/8", "DATE"), ("614-555-0106", "PHONE")],
     ["general", "practice-contact"], "Payment receipt with a date and the practice's own phone."),
    ("ch0100", "Centro Médico del Norte le informa: a partir del 1 de julio nuestro horario será de lunes a viernes de 7 am a 6 pm. Para citas llame al 915-555-0100 o visite cmnorte.example",
     "ALLOW", "other", "sms", "es",
     [("1 de julio", "DATE"), ("915-555-0100", "PHONE"), ("cmnorte.example", "URL")],
     ["general", "broadcast", "practice-contact"], "Practice-wide hours change; the date of the change is labelled DATE and allowed (decision 7)."),
    ("ch0101", "Hi Ray, it's the stroke clinic. Your carotid ultrasound showed 70% narrowing on the left side. Dr. Halloran wants you to keep taking the aspirin and clopidogrel and to see vascular surgery next week.",
     "BLOCK", "result", "sms", "en",
     [("Ray", "NAME"), ("stroke", "CONDITION"), ("carotid ultrasound", "PROCEDURE"), ("70% narrowing", "RESULT"), ("Dr. Halloran", "PROVIDER"), ("aspirin", "MEDICATION"), ("clopidogrel", "MEDICATION"), ("vascular surgery", "SPECIALTY")],
     ["general", "imaging"], "A finding and a treatment plan; 'stroke clinic' labels the condition word only (decision 2)."),
    ("ch0102", "Stroke follow-up with NP Whitley on 12/8 at 9:20 AM at the Brain & Spine Institute, 3rd floor. Please bring your BP log. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Stroke", "CONDITION"), ("NP Whitley", "PROVIDER"), ("12/8", "DATE"), ("Brain & Spine Institute", "SPECIALTY"), ("BP", "PROCEDURE")],
     ["general"], "Condition as visit label, the institute's name and the home BP log (README: BP is PROCEDURE) go."),
    ("ch0103", "Dr. Halloran's note: Your lumbar puncture results are back - opening pressure 18 cm H2O, protein and cell count normal, no oligoclonal bands. Nothing further is needed for now.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Halloran", "PROVIDER"), ("lumbar puncture", "PROCEDURE"), ("opening pressure", "PROCEDURE"), ("18 cm H2O", "RESULT"), ("protein", "PROCEDURE"), ("cell count", "PROCEDURE"), ("normal", "RESULT"), ("no oligoclonal bands", "RESULT")],
     ["general", "lab", "contrast"], "CSF results inside the secure portal are ALLOW (README channel convention)."),
    ("ch0104", "Estimado Sr. Carrasco:\n\nLe recordamos que su próxima infusión de Ocrevus está programada para el martes 10 de marzo a las 8:00 a.m. en el Centro de Infusión Neurológica Montecito (Av. Las Palmas 415, 2.º piso, Chula Vista, CA 91910). Le sugerimos desayunar bien y traer su identificación, su tarjeta del seguro y un suéter.\n\nSi necesita cambiar la fecha, por favor llámenos con 48 horas de anticipación al (619) 555-0144.\n\nAtentamente,\nRecepción",
     "REWRITE", "reminder", "email", "es",
     [("Carrasco", "NAME"), ("infusión", "PROCEDURE"), ("Ocrevus", "MEDICATION"), ("10 de marzo", "DATE"), ("Centro de Infusión Neurológica Montecito", "SPECIALTY"), ("Av. Las Palmas 415, 2.º piso, Chula Vista, CA 91910", "ADDRESS"), ("(619) 555-0144", "PHONE")],
     ["general", "practice-contact"], "Name, infusion, drug and center name go; the center's own address and phone stay."),
    ("ch0105", "Your plan denied the request for Xcopri for focal epilepsy (member ID XHP448201977). Dr. Moreau's office is filing an appeal; we'll text you when we hear back.",
     "REWRITE", "other", "sms", "en",
     [("Xcopri", "MEDICATION"), ("focal epilepsy", "CONDITION"), ("XHP448201977", "HEALTH_PLAN_ID"), ("Dr. Moreau", "PROVIDER")],
     ["pharmacy", "identifier"], "Prior-authorization status: drug, indication and member ID are removable and the denial and appeal survive (decision 9)."),
    ("ch0106", "Subject: Brainstorm session - spring newsletter\n\nHi all, let's brainstorm story ideas for the spring patient newsletter on Thursday at 3 in the small conference room. Think: the new parking garage, extended Saturday hours, staff spotlights, a 'Meet our front desk' feature. Bring snacks if you like!",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "'Brainstorm' and 'spotlights' in a staff e-mail; nothing clinical."),
    ("ch0107", "Dr. Osei is out of the office on 6/12, so we've moved your visit to 6/15 at 2:20 PM, same location. Reply OK to accept or call 414-555-0187 to choose another time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("6/12", "DATE"), ("6/15", "DATE"), ("414-555-0187", "PHONE")],
     ["general", "practice-contact"], "Reschedule with provider, dates, time and the practice's phone only."),
    ("ch0108", "Buenas tardes, le llamamos de Clínica Familiar Santa Fe para confirmar su cita del lunes 8 de febrero a las 9:30 con la Dra. Benítez. Para confirmar, oprima 1; para cambiarla, oprima 2.",
     "ALLOW", "confirmation", "voice", "es",
     [("8 de febrero", "DATE"), ("Dra. Benítez", "PROVIDER")],
     ["primary-care"], "IVR confirmation with a generic clinic, date and provider."),
)

# ---------------------------------------------------------------- batch 10 (ch0109-ch0120): pushes, proxies, shorthand, last look-alikes
add(
    ("ch0109", "Did you feel that tremor? This morning's 3.1 earthquake caused no damage to our building, and all appointments are running on time.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "An earthquake tremor, not a symptom."),
    ("ch0110", "Hola Camila, la Dra. Fuentes revisó tu resonancia del 3 de marzo: no hay lesiones nuevas. Seguimos con Kesimpta una vez al mes. Cualquier duda, escríbenos por aquí.",
     "ALLOW", "result", "portal", "es",
     [("Camila", "NAME"), ("Dra. Fuentes", "PROVIDER"), ("resonancia", "PROCEDURE"), ("3 de marzo", "DATE"), ("no hay lesiones nuevas", "RESULT"), ("Kesimpta", "MEDICATION")],
     ["general", "imaging", "contrast"], "An MRI result and the drug plan inside the secure portal: ALLOW (README channel convention)."),
    ("ch0111", "SeizureGuard: Possible seizure detected for Noah at 2:14 AM (lasted 1 min 40 s). Tap to log the event and notify his care team.",
     "BLOCK", "other", "push", "en",
     [("SeizureGuard", "PROCEDURE"), ("seizure", "CONDITION"), ("Noah", "NAME"), ("1 min 40 s", "RESULT")],
     ["general", "pediatrics", "minor", "third-party"], "A child's detected event on the parent's lock screen: third party's health; the detection app's name is a PROCEDURE (decision 10)."),
    ("ch0112", "Reminder: your video visit with Dr. Mbeki is Tue 5/26 at 4:00 PM. Join 10 min early at telehealth.lakesidemg.example (no code needed). Need help? 608-555-0121",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Mbeki", "PROVIDER"), ("5/26", "DATE"), ("telehealth.lakesidemg.example", "URL"), ("608-555-0121", "PHONE")],
     ["general", "practice-contact"], "The practice's own telehealth link without a token, provider, date and phone."),
    ("ch0113", "¡Feria de salud 'Mente Sana' este sábado de 9 a 1 en el parque Las Américas! Habrá juegos de memoria para niños, toma de presión gratis y música en vivo. Todos son bienvenidos.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Community health-fair broadcast; 'memoria' games and free blood-pressure checks say nothing about the recipient."),
    ("ch0114", "Buenas noches Sra. Paredes. El neurólogo quiere bajarle a su esposo el Depakote a 250 mg en la mañana porque el nivel salió alto (112). Por favor confirme que recibió este mensaje.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("neurólogo", "SPECIALTY"), ("Depakote", "MEDICATION"), ("alto", "RESULT"), ("112", "RESULT")],
     ["general", "third-party"], "A husband's drug level and dose change sent to his wife: third party's result and dosing."),
    ("ch0115", "Booking confirmed! Ref NWH-7Q2K. Your appointment: Wed 10/14, 11:30 AM, Dr. Solberg, Building C, 2nd floor. Add to calendar: northwood.example/cal",
     "ALLOW", "confirmation", "sms", "en",
     [("10/14", "DATE"), ("Dr. Solberg", "PROVIDER"), ("northwood.example/cal", "URL")],
     ["general", "practice-contact"], "A booking reference identifies the slot, not the patient (not labelled, judgement); building and floor are the practice's own location."),
    ("ch0116", "Subject: Feedback session follow-up\n\nHi Mr. and Mrs. Castellano,\n\nThank you both for coming in on Friday to go over Sophie's neuropsychological evaluation. As promised, here is a short recap before the full report is uploaded. Her scores in attention and working memory were well below average, while verbal reasoning was a real strength (91st percentile). These results are consistent with ADHD, combined presentation, and we did not see evidence of a specific learning disability.\n\nOur recommendations include a 504 plan with extended time, a follow-up with her pediatrician about medication options, and a parent training group that starts January 12.\n\nWarmly,\nDr. Helena Strauss, PsyD\nPediatric Neuropsychology\nStrauss Cognitive Associates | 503-555-0135",
     "BLOCK", "result", "email", "en",
     [("Castellano", "NAME"), ("Sophie", "NAME"), ("neuropsychological evaluation", "PROCEDURE"), ("well below average", "RESULT"), ("91st percentile", "RESULT"), ("ADHD", "CONDITION"), ("specific learning disability", "CONDITION"), ("504 plan", "PROCEDURE"), ("pediatrician", "SPECIALTY"), ("January 12", "DATE"), ("Dr. Helena Strauss, PsyD", "PROVIDER"), ("Pediatric Neuropsychology", "SPECIALTY"), ("Strauss Cognitive Associates", "SPECIALTY"), ("503-555-0135", "PHONE")],
     ["behavioral-health", "pediatrics", "minor", "third-party", "negation", "practice-contact"], "A child's test scores and diagnosis e-mailed to the parents: third party's result. '91st percentile' is a score, not an AGE (decision 12)."),
    ("ch0117", "Harbor Health: Your appointment with Dr. Liang is confirmed for 7/22 at 10:15 AM. Please bring your insurance card and a photo ID. Text HELP for help, STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Liang", "PROVIDER"), ("7/22", "DATE")],
     ["primary-care"], "Vendor-style confirmation with provider, date and time only."),
    ("ch0118", "hi its amy from dr kessler's office - ur dilantin level was 8, a little low. he wants u to take an extra 100mg tonite then back to ur usual dose. recheck level fri",
     "BLOCK", "result", "sms", "en",
     [("amy", "PROVIDER"), ("dr kessler", "PROVIDER"), ("dilantin", "MEDICATION"), ("level was [[8]],", "RESULT"), ("a little low", "RESULT")],
     ["general", "lab", "shorthand", "typo"], "A drug level and an extra dose in staff shorthand: result and dosing (decision 12)."),
    ("ch0119", "Message from Dr. Nakamura (proxy access): Walter's MoCA was 19/30 today. Let's talk about donepezil at the 6/2 visit.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Nakamura", "PROVIDER"), ("Walter", "NAME"), ("MoCA", "PROCEDURE"), ("19/30", "RESULT"), ("donepezil", "MEDICATION"), ("6/2", "DATE")],
     ["general", "third-party", "contrast"], "The caregiver's proxy portal: a relative's score and drug may stay inside the secure portal."),
    ("ch0120", "Recordatorio: su cita con el Dr. Ibáñez es mañana a las 4:30 pm en Clínica Familiar Santa Fe, 1200 Cerrillos Rd, Santa Fe, NM 87505. Llegue 15 min antes, por favor.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Ibáñez", "PROVIDER"), ("1200 Cerrillos Rd, Santa Fe, NM 87505", "ADDRESS")],
     ["primary-care", "practice-contact"], "Provider and the clinic's own address; '15 min' is not a date."),
)

probe_lib.run(M, "ch", "probe83.jsonl")
