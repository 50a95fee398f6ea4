#!/usr/bin/env python3
"""Build corpus/probe34.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe34.py [OUT] [-v]   (default: probe34.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is URGENT CARE, EMERGENCY DEPARTMENT and TELEHEALTH: online check-in, save-my-spot and
wait-time texts, queue templates, ED and urgent-care follow-up calls and results call-backs
(cultures, rapid tests, radiology over-reads, incidental findings), discharge instructions on
SMS, e-mail and portal, telehealth links, tech checks, login codes and location checks,
after-hours nurse lines and answering services (IVR scripts, call-back texts, call summaries),
ambulance billing and non-emergency medical transport (ride confirmations, ride notes, family
notified from the ED), and work and school notes from urgent care. Channels: SMS, e-mail, voice,
push and portal; 15% Spanish; 4 disguised messages (leet, spaced letters, a zero-width space, a
Cyrillic look-alike); many hard negatives (queue tickets, codes, broadcasts that name the ER,
IVR scripts, drivers' plates).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Urgent care and emergency care are treated as a revealing specialty (DESIGN lists urgent
     care among the specialties whose visit type reveals the condition; the README's list of
     specialty-revealing practice names does not mention it): a practice or department name that
     says so ("Pinecrest Urgent Care", "St. Luke's Emergency Department", "Northside ER",
     "Urgencias Médicas del Norte") and the words "urgent care", "ER", "ED", "urgencias" used of
     the recipient's own care are SPECIALTY -> REWRITE on SMS/e-mail/voice/push. A hospital's name
     alone, "virtual care", telehealth, nurse-line and answering-service names are generic.
  2. In broadcasts (wait-time ads, nurse-line promotions, CPR classes, walk-in hours) the same
     words are not labelled (README: broadcasts say nothing about the recipient): ALLOW, no span.
     "If this is an emergency, dial 911" is not a specialty either.
  3. Ambulance/EMS company names are SPECIALTY and "ambulance transport" is PROCEDURE (both reveal
     an emergency); ambulance unit call signs ("Medic 14") are not identifiers; "Medicare" as the
     payer is not labelled.
  4. A ride vendor's driver name, car and plate identify the driver, not the patient: not
     labelled. The patient's own pickup address is ADDRESS and makes the message REWRITE (the
     practice's own address stays ALLOW).
  5. Queue tickets, places in line, meeting IDs and passcodes, taxi-voucher codes are not
     labelled (like confirmation codes); a meeting link carrying a pwd=/token parameter is a
     patient-specific URL -> REWRITE.
  6. Visit/encounter numbers and ambulance run numbers are OTHER_ID; a CPT code on a statement is
     PROCEDURE.
  7. A reason for visit echoed back in a check-in confirmation is a condition used as a visit
     label -> REWRITE (not BLOCK).
  8. A triage disposition based on the symptoms the patient reported ("be seen at an urgent care
     within 4 hours") and work restrictions in a work note are care instructions -> BLOCK.
  9. A positive finding that names a diagnosis is CONDITION ("scaphoid fracture"); a negated or
     normal finding is RESULT ("no fracture", "sin neumonía", "no signs of a heart attack"), like
     "no polyps"; the event behind an ED visit ("a fall") is CONDITION and "stable" is RESULT.
 10. Hypothetical examples in a how-to sent to every video-visit patient ("if the provider needs
     to look at a rash or an injury") are not labelled: they say nothing about the recipient.
 11. A child's weight given for dosing is a RESULT (a clinical value).
 12. A dependent in the ER, named, with "ER" as the only clinical word, is REWRITE (a dependent's
     logistics with a name and a specialty name), not BLOCK.
 13. Day/month dates as Mexican work notes write them ("12/05") are DATE.
 14. A survey sent only to patients seen in the ER names the service -> REWRITE.
 15. The name of a non-family recipient (a coach) is not labelled NAME; that message is BLOCK
     anyway for the student's condition.
 16. Symptom phrases are CONDITION ("dificultad para respirar", "very sleepy"); therapies such as
     "oral rehydration" and "saline rinses" and devices (crutches, walker, ACE wrap, splint) are
     PROCEDURE; "oxygen", "Pedialyte" and "jarabe para la tos" are MEDICATION.
 17. Non-clinical staff named as the sender (tech support, front desk) are PROVIDER, as the README
     says for "Jen from the front desk".

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


# ---------------------------------------------------------------- batch 1 (ak0001-ak0012): check-in, save-my-spot, wait times
add(
    ("ak0001", "Pinecrest Urgent Care: You're checked in! Current wait is about 35 min. We'll text you when an exam room opens up. Reply L if you're running late.",
     "REWRITE", "confirmation", "sms", "en",
     [("Pinecrest Urgent Care", "SPECIALTY")],
     ["urgent-care", "contrast"], "Decision 1: an urgent-care practice name reveals an acute-care visit (DESIGN lists urgent care); the check-in and wait time survive without it."),
    ("ak0002", "Cedar Family Medicine: You're checked in! Current wait is about 35 min. We'll text you when an exam room opens up. Reply L if you're running late.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["primary-care", "contrast"], "Same check-in text as ak0001 from a generic practice name: nothing about why the patient came."),
    ("ak0003", "{{location_name}}: You are #{{queue_position}} in line. Estimated wait: {{wait_minutes}} min. Reply X to give up your spot.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "template", "hard-negative"], "Queue template whose placeholders carry no patient data (location, position, minutes)."),
    ("ak0004", "Almost your turn! Please head back to Harborview Medical Group and show ticket A-117 at the front desk. If you're not back in 15 min we'll call the next guest.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Decision 5: a queue ticket number is not a patient identifier."),
    ("ak0005", "Hi Marisol, thanks for saving your spot at Lakeshore Urgent Care for 6:40 PM tonight. Bring a photo ID and your insurance card. Text CANCEL if you no longer need to come in.",
     "REWRITE", "confirmation", "sms", "en",
     [("Marisol", "NAME"), ("Lakeshore Urgent Care", "SPECIALTY")],
     ["urgent-care"], "Name and urgent-care name go (decision 1); the reserved time survives."),
    ("ak0006", "Short waits right now! Both of our walk-in locations are seeing patients in under 15 minutes. Save your spot online: https://www.quickcarehealth.example/save-my-spot",
     "ALLOW", "marketing", "sms", "en",
     [("https://www.quickcarehealth.example/save-my-spot", "URL")],
     ["urgent-care", "broadcast", "practice-contact"], "Broadcast to every patient (decision 2); the link is the practice's own, without a token."),
    ("ak0007", "Clínica Los Álamos: Ya quedó registrado. El tiempo de espera aproximado es de 25 minutos. Le mandaremos un mensaje cuando su consultorio esté listo.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["primary-care"], "Check-in and wait time from a generic clinic name."),
    ("ak0008", "St. Brigid Emergency Department: we received your online check-in for tonight. A triage nurse will see you when you arrive; your projected time is 9:15 PM. This is not a guaranteed appointment. If your symptoms get worse, call 911.",
     "REWRITE", "confirmation", "sms", "en",
     [("St. Brigid Emergency Department", "SPECIALTY")],
     ["urgent-care"], "Decision 1: the ED's name tells a lock screen the recipient is going to the emergency department; 'symptoms' and 911 are generic."),
    ("ak0009", "Check-in received for Tue 2:30pm. Reason for visit: ear pain, possible ear infection. Please arrive 10 min early to complete paperwork.",
     "REWRITE", "confirmation", "sms", "en",
     [("ear pain", "CONDITION"), ("ear infection", "CONDITION")],
     ["urgent-care", "negation"], "Decision 7: the echoed reason for visit is a condition used as a visit label; the check-in time survives."),
    ("ak0010", "Mesa Urgent Care - 1 patient ahead of you. Please head back to the lobby now.",
     "REWRITE", "other", "push", "en",
     [("Mesa Urgent Care", "SPECIALTY")],
     ["urgent-care"], "Decision 1: push preview naming the urgent care; push is treated like SMS."),
    ("ak0011", "Busy night in the lobby - thanks for hanging in there. Your place is held and you're 4th in line. You're welcome to wait in your car; we'll text when it's your turn.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Place in line and waiting advice only (decision 5)."),
    ("ak0012", "Reminder: your video visit with Dr. Amara Osei is today at 3:20 PM. Join 5 min early at https://care.bayviewhealth.example/visit and allow camera + mic access when asked.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Amara Osei", "PROVIDER"), ("https://care.bayviewhealth.example/visit", "URL")],
     ["primary-care", "practice-contact"], "Provider, time and the practice's own untokened video link."),
)
# ---------------------------------------------------------------- batch 2 (ak0013-ak0024): telehealth links, tech checks, codes
add(
    ("ak0013", "Tech check: before your virtual urgent care visit, open https://vc.example.org/techcheck on the phone or laptop you'll use. It tests your camera, mic and connection in about 60 seconds.",
     "REWRITE", "reminder", "sms", "en",
     [("urgent care", "SPECIALTY"), ("https://vc.example.org/techcheck", "URL")],
     ["urgent-care", "practice-contact"], "Decision 1: 'urgent care' names the service the recipient is using; the practice's own tech-check link survives."),
    ("ak0014", "Your telehealth link for today: https://meet.northridgeclinic.example/j/88213094?pwd=Qm7tLx2 (Meeting ID 882 1309 4, passcode 5521). Please don't share this link.",
     "REWRITE", "reminder", "sms", "en",
     [("https://meet.northridgeclinic.example/j/88213094?pwd=Qm7tLx2", "URL")],
     ["primary-care"], "Decision 5: the meeting link carries a pwd= parameter, so it is patient-specific; the meeting ID and passcode are session codes, not labelled."),
    ("ak0015", "Dr. Hollis is ready for you. Tap to join your video visit.",
     "ALLOW", "other", "push", "en",
     [("Dr. Hollis", "PROVIDER")],
     ["primary-care"], "Provider name only; a video visit is not a revealing visit type."),
    ("ak0016", "Subject: Getting ready for your video visit\n\nHello,\n\nThank you for booking a video visit with Greenway Family Practice. A few tips so your visit goes smoothly:\n\n- Join from a quiet, private place with good lighting. If the provider needs to look at a rash or an injury, daylight from a window helps.\n- Use Chrome or Safari and allow camera and microphone access.\n- You must be in Ohio during the visit.\n- Have your pharmacy's name and a list of the medicines you take nearby.\n- Keep your phone charged; if the video drops, we'll call you.\n\nTo test your device ahead of time, visit https://greenwayfp.example/test. Trouble connecting? Call our virtual care desk at (614) 555-0124, 8 AM to 6 PM.\n\nGreenway Family Practice",
     "ALLOW", "reminder", "email", "en",
     [("https://greenwayfp.example/test", "URL"), ("(614) 555-0124", "PHONE")],
     ["primary-care", "practice-contact", "negation"], "Decision 10: 'a rash or an injury' is a hypothetical example in a how-to sent to every video-visit patient, not labelled; link and phone are the practice's own."),
    ("ak0017", "Your Bayview Virtual Care code is 482915. Enter it to join your visit. It expires in 5 minutes - our staff will never ask you for it.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient; 'virtual care' is generic (decision 1)."),
    ("ak0018", "Su consulta por video con la Dra. Patricia Lema es mañana 14 de marzo a las 11:00 a. m. Entre 10 minutos antes a https://telesalud.clinicadelvalle.example y tenga a la mano su lista de medicamentos.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Patricia Lema", "PROVIDER"), ("14 de marzo", "DATE"), ("https://telesalud.clinicadelvalle.example", "URL")],
     ["primary-care", "practice-contact"], "Provider, date, time and the clinic's own telehealth address; 'lista de medicamentos' is generic."),
    ("ak0019", "Hi Devon, your virtual visit with NP Karen Feld for UTI symptoms is confirmed for 4:45 today. We'll text the link 15 min before.",
     "REWRITE", "confirmation", "sms", "en",
     [("Devon", "NAME"), ("NP Karen Feld", "PROVIDER"), ("UTI", "CONDITION")],
     ["urgent-care"], "Name and the condition used as a visit label go; provider and time survive."),
    ("ak0020", "We tried to connect for your 10:30 video visit but couldn't reach you. Please call (412) 555-0147 to reschedule. Visits that start more than 15 min late are rebooked.",
     "ALLOW", "other", "sms", "en",
     [("(412) 555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Missed video visit, practice phone only."),
    ("ak0021", "hi this is Marcus w/ virtual care tech support. sounds like ur browser is blocking the camera - tap the lock icon > site settings > allow camera, then refresh the page. lmk if it still doesnt work",
     "ALLOW", "other", "sms", "en",
     [("Marcus", "PROVIDER")],
     ["general", "shorthand", "typo"], "Decision 17: the named sender is workforce (PROVIDER); the message is about browser settings only."),
    ("ak0022", "Reminder: for your telehealth visit you need to be physically located in Pennsylvania at the time of the call. Traveling that day? Reply MOVE and we'll find another time.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "A state is allowed by Safe Harbor; licensing rule, nothing about the patient."),
    ("ak0023", "Your e-visit for pink eye was reviewed by Dr. Nnamdi Okafor. A message with next steps is waiting for you in the patient portal.",
     "REWRITE", "portal-notice", "sms", "en",
     [("pink eye", "CONDITION"), ("Dr. Nnamdi Okafor", "PROVIDER")],
     ["urgent-care"], "The condition used as the e-visit's label goes; the portal notice survives."),
    ("ak0024", "Tendremos una intérprete en su videollamada del jueves 9/18 a las 2:00 p. m. Si no puede conectarse, llámenos al (602) 555-0163.",
     "ALLOW", "reminder", "sms", "es",
     [("9/18", "DATE"), ("(602) 555-0163", "PHONE")],
     ["general", "practice-contact"], "Interpreter logistics, date and the practice's phone; needing an interpreter is not health information."),
)

# ---------------------------------------------------------------- batch 3 (ak0025-ak0036): follow-up calls, results call-backs
add(
    ("ak0025", "Hello, this is Renee, one of the nurses at Fairmont Urgent Care, calling to see how you're feeling after your visit on Saturday. No need to call back unless you have questions - our number is (330) 555-0128. Take care.",
     "REWRITE", "other", "voice", "en",
     [("Renee", "PROVIDER"), ("Fairmont Urgent Care", "SPECIALTY"), ("(330) 555-0128", "PHONE")],
     ["urgent-care", "practice-contact"], "Voicemail can be overheard (voice = SMS); the urgent-care name goes (decision 1), the nurse's name and the practice phone stay."),
    ("ak0026", "This message is for Anthony Ferraro. This is St. Luke's Emergency Department calling to follow up on your recent visit. Please call us at (216) 555-0119, extension 4, at your earliest convenience.",
     "REWRITE", "other", "voice", "en",
     [("Anthony Ferraro", "NAME"), ("St. Luke's Emergency Department", "SPECIALTY"), ("(216) 555-0119", "PHONE")],
     ["urgent-care", "practice-contact"], "Overheard voicemail: the patient's name and the ED's name go (decision 1); the call-back request survives."),
    ("ak0027", "Please call us at (503) 555-0172 about your culture results from your urgent care visit on 7/2. Ask for the results nurse.",
     "REWRITE", "result", "sms", "en",
     [("(503) 555-0172", "PHONE"), ("culture", "PROCEDURE"), ("urgent care", "SPECIALTY"), ("7/2", "DATE")],
     ["urgent-care", "lab", "practice-contact"], "A test is named but no result is given: the call-back survives without the test and the service (decision 1)."),
    ("ak0028", "Your urine culture from 7/2 grew E. coli that is resistant to the antibiotic you were given. Stop the cephalexin and pick up nitrofurantoin 100mg at your pharmacy - take 1 capsule twice daily for 5 days.",
     "BLOCK", "result", "sms", "en",
     [("urine culture", "PROCEDURE"), ("7/2", "DATE"), ("E. coli", "RESULT"), ("resistant", "RESULT"), ("antibiotic", "MEDICATION"), ("cephalexin", "MEDICATION"), ("nitrofurantoin 100mg", "MEDICATION")],
     ["urgent-care", "lab"], "Culture result and a medication change with dosing: the clinical content is the message."),
    ("ak0029", "Quick heads-up from Northgate Urgent Care: the radiologist's final read of your wrist x-ray shows a small scaphoid fracture that wasn't seen at your visit. Keep the splint on and call ortho this week - we faxed the referral.",
     "BLOCK", "result", "sms", "en",
     [("Northgate Urgent Care", "SPECIALTY"), ("radiologist", "SPECIALTY"), ("wrist x-ray", "PROCEDURE"), ("scaphoid fracture", "CONDITION"), ("splint", "PROCEDURE"), ("ortho", "SPECIALTY")],
     ["urgent-care", "imaging", "orthopedics"], "A radiology over-read finding and instructions. Decision 9: a positive finding naming a diagnosis is CONDITION."),
    ("ak0030", "Good afternoon - everything from your visit has resulted and the provider has reviewed it. Please log in to the patient portal to read her notes. Questions? Call (720) 555-0133.",
     "ALLOW", "portal-notice", "sms", "en",
     [("(720) 555-0133", "PHONE")],
     ["urgent-care", "practice-contact"], "Notification without PHI: no test named, no value, generic sender."),
    ("ak0031", "Sra. Quintero, su prueba rápida de influenza salió positiva. El médico le mandó oseltamivir a su farmacia; tómelo dos veces al día por 5 días.",
     "BLOCK", "result", "sms", "es",
     [("Quintero", "NAME"), ("prueba rápida de influenza", "PROCEDURE"), ("positiva", "RESULT"), ("oseltamivir", "MEDICATION")],
     ["urgent-care"], "A positive test result and dosing instructions with the patient's name."),
    ("ak0032", "Hi, this is Bayside Pediatric Urgent Care following up on Liam's visit Sunday. His strep test was negative. Keep him home until he's fever-free for 24 hrs and give ibuprofen for the sore throat.",
     "BLOCK", "result", "sms", "en",
     [("Bayside Pediatric Urgent Care", "SPECIALTY"), ("Liam", "NAME"), ("strep test", "PROCEDURE"), ("negative", "RESULT"), ("fever", "CONDITION"), ("ibuprofen", "MEDICATION"), ("sore throat", "CONDITION")],
     ["pediatrics", "urgent-care", "minor", "third-party"], "A dependent's (negative) result and care instructions sent to the guardian: third-party health, BLOCK."),
    ("ak0033", "You were seen in our ER last week - how did we do? Reply with a number from 1 (not likely) to 5 (very likely): would you recommend Valley General to friends or family?",
     "REWRITE", "other", "sms", "en",
     [("ER", "SPECIALTY")],
     ["urgent-care"], "Decision 14: a survey sent only to ER patients reveals the visit; without 'ER' it survives. A hospital name alone is generic (decision 1)."),
    ("ak0034", "Thanks for choosing us today - we hope you're feeling better soon! You'll get a 2-minute survey by email. Your feedback helps us improve.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Courtesy text; 'feeling better' is not a finding."),
    ("ak0035", "No results yet from your visit. We'll text you as soon as they're posted to the portal, usually within 2-3 business days.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["urgent-care", "hard-negative"], "README: 'no results yet' with no test named is ALLOW."),
    ("ak0036", "Subject: Your COVID-19 test result\n\nDear Ms. Abernathy,\n\nYour COVID-19 PCR test collected on 11/14 was NOT DETECTED. If you still have symptoms, stay home until you have been fever-free for 24 hours without medicine.\n\nRiverside Urgent Care Lab",
     "BLOCK", "result", "email", "en",
     [("COVID-19 test", "PROCEDURE"), ("Abernathy", "NAME"), ("COVID-19 PCR test", "PROCEDURE"), ("11/14", "DATE"), ("NOT DETECTED", "RESULT"), ("fever", "CONDITION"), ("Riverside Urgent Care Lab", "SPECIALTY")],
     ["urgent-care", "lab", "negation"], "A negative result is still a result (README); e-mail is treated like SMS."),
)

# ---------------------------------------------------------------- batch 4 (ak0037-ak0048): discharge instructions, wound care, pickups
add(
    ("ak0037", "Discharge instructions: rest, ice and elevate your left ankle. Take ibuprofen 600mg every 6 hrs with food. Use the crutches until you can walk without pain. Follow up with ortho in 1 wk if still swollen.",
     "BLOCK", "care-instructions", "sms", "en",
     [("ibuprofen 600mg", "MEDICATION"), ("crutches", "PROCEDURE"), ("pain", "CONDITION"), ("ortho", "SPECIALTY"), ("swollen", "CONDITION")],
     ["urgent-care", "orthopedics"], "Treatment and dosing instructions are the message. Decision 16: crutches are a device (PROCEDURE)."),
    ("ak0038", "Your discharge instructions from today's visit:\nDiagnosis: acute bronchitis.\nTake benzonatate 100 mg three times daily as needed for cough. Use your albuterol inhaler, 2 puffs every 4-6 hours as needed for wheezing.\nReturn to the ED or call 911 for shortness of breath, chest pain, or a fever over 102°F.",
     "ALLOW", "care-instructions", "portal", "en",
     [("acute bronchitis", "CONDITION"), ("benzonatate 100 mg", "MEDICATION"), ("cough", "CONDITION"), ("albuterol inhaler", "MEDICATION"), ("wheezing", "CONDITION"), ("ED", "SPECIALTY"), ("shortness of breath", "CONDITION"), ("chest pain", "CONDITION"), ("fever", "CONDITION")],
     ["urgent-care"], "Portal channel: diagnosis, doses and return precautions may stay (README). '102°F' is a threshold, not the patient's value."),
    ("ak0039", "Your after-visit summary and discharge instructions are ready. Log in at https://portal.greenfieldhealth.example to view or print them.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://portal.greenfieldhealth.example", "URL")],
     ["urgent-care", "practice-contact"], "Notification without PHI; the portal link is the practice's own."),
    ("ak0040", "Subject: Your Emergency Department discharge instructions\n\nDear Mr. Okafor-Reyes,\n\nYou were seen in the Mercy Hospital Emergency Department on 10/19 for a head injury after a bicycle crash. Your CT scan of the head showed no bleeding, and you were diagnosed with a mild concussion.\n\nFor the next 48 hours: rest your brain (limit screens, reading and work), do not drive, and avoid alcohol. You may take acetaminophen 650 mg every 6 hours for headache; avoid ibuprofen for the first 2 days. Someone should stay with you tonight.\n\nReturn right away or call 911 for repeated vomiting, a headache that keeps getting worse, confusion, or weakness on one side.\n\nPlease see your primary care doctor within one week. A copy of these instructions and your visit record is in the patient portal at https://mercyhealth.example/portal.\n\nMercy Hospital Emergency Department\n(317) 555-0180",
     "BLOCK", "care-instructions", "email", "en",
     [("Emergency Department", "SPECIALTY"), ("Okafor-Reyes", "NAME"), ("Mercy Hospital Emergency Department", "SPECIALTY"), ("10/19", "DATE"), ("head injury", "CONDITION"), ("CT scan", "PROCEDURE"), ("no bleeding", "RESULT"), ("mild concussion", "CONDITION"), ("acetaminophen 650 mg", "MEDICATION"), ("headache", "CONDITION"), ("ibuprofen", "MEDICATION"), ("vomiting", "CONDITION"), ("headache", "CONDITION", 1), ("confusion", "CONDITION"), ("weakness", "CONDITION"), ("https://mercyhealth.example/portal", "URL"), ("Mercy Hospital Emergency Department", "SPECIALTY", 1), ("(317) 555-0180", "PHONE")],
     ["urgent-care", "negation", "practice-contact"], "Diagnosis, imaging finding and dosing by e-mail (treated like SMS). Decision 9: 'no bleeding' is a negated finding, RESULT."),
    ("ak0041", "Your discharge paperwork from the Mercy Emergency Department is ready to print from the portal. Trouble logging in? Call (317) 555-0188.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Mercy Emergency Department", "SPECIALTY"), ("(317) 555-0188", "PHONE")],
     ["urgent-care", "practice-contact"], "Decision 1: the ED's name goes; the portal notice and practice phone survive."),
    ("ak0042", "Instrucciones de alta: tome amoxicilina 500 mg cada 8 horas por 10 días aunque ya se sienta mejor. Regrese a urgencias si la fiebre pasa de 39 °C o si tiene dificultad para respirar.",
     "BLOCK", "care-instructions", "sms", "es",
     [("amoxicilina 500 mg", "MEDICATION"), ("urgencias", "SPECIALTY"), ("fiebre", "CONDITION"), ("dificultad para respirar", "CONDITION")],
     ["urgent-care"], "Dosing and return precautions are the message. Decision 16: a symptom phrase is CONDITION."),
    ("ak0043", "Keep the stitches on your forearm clean and dry for 48 hrs, then wash gently once a day. Stitches come out in 10 days (come back here or see your PCP). Call us if you notice redness, pus or red streaks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("stitches", "PROCEDURE"), ("Stitches", "PROCEDURE"), ("redness", "CONDITION"), ("pus", "CONDITION"), ("red streaks", "CONDITION")],
     ["urgent-care"], "Wound-care instructions are the message; removing them leaves nothing. 'PCP' is generic primary care."),
    ("ak0044", "Reminder: your suture removal at Copper Ridge Urgent Care can be done any day after 3/21. No appointment needed - walk in between 9am and 7pm.",
     "REWRITE", "reminder", "sms", "en",
     [("suture removal", "PROCEDURE"), ("Copper Ridge Urgent Care", "SPECIALTY"), ("3/21", "DATE")],
     ["urgent-care"], "Visit type and urgent-care name go (decision 1); the date and walk-in hours survive."),
    ("ak0045", "Hi, this is a courtesy call from Westfield Medical to make sure you got home safely and have everything you need after your visit today. If you have any questions, call the number on your paperwork. Take care.",
     "ALLOW", "other", "voice", "en", [],
     ["urgent-care", "hard-negative"], "Post-visit courtesy call with nothing clinical and a generic practice name."),
    ("ak0046", "Your prescription from today's visit is ready for pickup at Elm Street Pharmacy. The pharmacy counter is open until 9 PM.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice without the drug name; 'prescription' is generic and the pharmacy name is generic."),
    ("ak0047", "Rx ready: Tamiflu 75mg caps for KEVIN at Harmon Drug, 1200 Main St. Please pick up by 10/30.",
     "REWRITE", "pickup", "sms", "en",
     [("Tamiflu 75mg caps", "MEDICATION"), ("KEVIN", "NAME"), ("1200 Main St", "ADDRESS"), ("10/30", "DATE")],
     ["pharmacy", "practice-contact"], "Medication name in a pickup notice and the patient's name go; the pharmacy's own address and the date stay."),
    ("ak0048", "After-visit note: you were treated for an allergic reaction (hives) with epinephrine and steroids. Fill the EpiPen 2-Pak and prednisone 40 mg today and take the prednisone once daily for 4 more days.",
     "BLOCK", "care-instructions", "push", "en",
     [("allergic reaction", "CONDITION"), ("hives", "CONDITION"), ("epinephrine", "MEDICATION"), ("steroids", "MEDICATION"), ("EpiPen 2-Pak", "MEDICATION"), ("prednisone 40 mg", "MEDICATION"), ("prednisone", "MEDICATION", 1)],
     ["urgent-care"], "Diagnosis, treatment given and dosing on a lock-screen push."),
)

# ---------------------------------------------------------------- batch 5 (ak0049-ak0060): after-hours nurse lines, answering services
add(
    ("ak0049", "You have reached the after-hours answering service for Ridgeview Medical Associates. If this is a medical emergency, please hang up and dial 911. To leave a message for the nurse on call, press 1. For prescription refills, please call back during office hours.",
     "ALLOW", "other", "voice", "en", [],
     ["primary-care", "hard-negative"], "IVR greeting; 'medical emergency' and 911 are generic (decision 2)."),
    ("ak0050", "Office closed for the holiday? Our 24/7 nurse advice line is always open. Not sure if you need the ER, urgent care or a video visit? A nurse can help you decide - call the number on the back of your member card.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 2: a broadcast naming the ER and urgent care says nothing about the recipient; '24/7' is not a date."),
    ("ak0051", "Ridgeview answering service: Dr. Palmer is on call tonight and will return your call within 30 minutes. Please keep your phone line free.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Palmer", "PROVIDER")],
     ["primary-care"], "Call-back logistics with the on-call provider's name only."),
    ("ak0052", "Hi Ms. Delacroix,\n\nThank you for calling the nurse line tonight about Ava. As we discussed, for her weight (38 lb) the acetaminophen dose is 240 mg, which is 7.5 mL of the children's liquid (160 mg per 5 mL), every 4 to 6 hours as needed, no more than 5 doses in 24 hours. Offer small sips of fluids often.\n\nPlease take her to the emergency room right away if she has trouble breathing or a seizure, or seems very sleepy. Otherwise, call her pediatrician's office in the morning to schedule a visit.\n\nLakeside Pediatrics After-Hours Nurse Line",
     "BLOCK", "care-instructions", "email", "en",
     [("Delacroix", "NAME"), ("Ava", "NAME"), ("38 lb", "RESULT"), ("acetaminophen", "MEDICATION"), ("emergency room", "SPECIALTY"), ("trouble breathing", "CONDITION"), ("seizure", "CONDITION"), ("very sleepy", "CONDITION"), ("pediatrician", "SPECIALTY"), ("Lakeside Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A dependent's dosing and warning signs sent to the guardian: third-party health, BLOCK. Decision 11: the child's weight is a RESULT; decision 16 for symptom phrases."),
    ("ak0053", "Usted se comunicó con el servicio de enfermería fuera de horario de Clínica Santa Fe. Si se trata de una emergencia, cuelgue y marque al 911. Para hablar con la enfermera de turno, oprima 2.",
     "ALLOW", "other", "voice", "es", [],
     ["primary-care", "hard-negative"], "IVR greeting in Spanish; 'emergencia' and 911 are generic (decision 2)."),
    ("ak0054", "Nurse line call-back for Jerome: we tried you at 11:52 PM about the chest pain you reported. If the pain comes back or spreads to your arm or jaw, call 911 - do not drive yourself.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jerome", "NAME"), ("chest pain", "CONDITION"), ("pain", "CONDITION", 1)],
     ["primary-care", "cardiology"], "The reported symptom and an emergency instruction are the content; removing them leaves no purpose."),
    ("ak0055", "Sorry we missed you - the on-call nurse tried calling you back at 11:52 PM. You can reach the after-hours line again anytime at (919) 555-0126.",
     "ALLOW", "other", "sms", "en",
     [("(919) 555-0126", "PHONE")],
     ["primary-care", "practice-contact", "contrast"], "Same call-back as ak0054 without the symptom: practice phone only."),
    ("ak0056", "From the triage nurse: based on the symptoms you described, please be seen at an urgent care within the next 4 hours. Closest one open tonight: Oak Hollow Urgent Care, 88 Rivers Rd, Cary NC, open until 11 PM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("urgent care", "SPECIALTY"), ("Oak Hollow Urgent Care", "SPECIALTY"), ("88 Rivers Rd, Cary NC", "ADDRESS")],
     ["urgent-care"], "Decision 8: a triage disposition based on the patient's reported symptoms is a care instruction; without the service words it is still clinical advice about the recipient."),
    ("ak0057", "Hola Guadalupe, la enfermera de guardia le llamó a las 10:15 p. m. para dar seguimiento a su visita a urgencias. Por favor devuélvanos la llamada al (210) 555-0158.",
     "REWRITE", "other", "sms", "es",
     [("Guadalupe", "NAME"), ("urgencias", "SPECIALTY"), ("(210) 555-0158", "PHONE")],
     ["urgent-care", "practice-contact"], "Name and 'urgencias' (decision 1) go; the call-back request and practice phone survive."),
    ("ak0058", "[PracticeName] after-hours: your message was received at %s and sent to the provider on call. Expect a call back within 1 hour. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "template", "hard-negative"], "Answering-service template with content-free placeholders (practice name, time)."),
    ("ak0059", "Subject: Follow-up to your call with the nurse line\n\nHi Mr. Thornbury,\n\nPer your call at 2:10 AM: since you've had vomiting and diarrhea for two days and feel dizzy when you stand, start oral rehydration (Pedialyte or a similar drink), a few sips every 5 minutes. You can take ondansetron 4 mg ODT from your last visit, one tablet every 8 hours as needed. If you can't keep fluids down by noon, or you faint, go to the nearest ER.\n\nThe after-hours nurse team",
     "BLOCK", "care-instructions", "email", "en",
     [("Thornbury", "NAME"), ("vomiting", "CONDITION"), ("diarrhea", "CONDITION"), ("dizzy", "CONDITION"), ("oral rehydration", "PROCEDURE"), ("Pedialyte", "MEDICATION"), ("ondansetron 4 mg ODT", "MEDICATION"), ("faint", "CONDITION"), ("ER", "SPECIALTY")],
     ["primary-care"], "Symptoms and dosing advice by e-mail. Decision 16: oral rehydration is a therapy (PROCEDURE), Pedialyte a product (MEDICATION); 'ODT' is a form word kept with the drug."),
    ("ak0060", "This is the Brookside answering service calling for Denise Clark about your prescription question for Dr. Yates. Dr. Yates asked that you call your pharmacy directly in the morning. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Denise Clark", "NAME"), ("Dr. Yates", "PROVIDER"), ("Dr. Yates", "PROVIDER", 1)],
     ["primary-care"], "The patient's name in an overheard voicemail goes; 'prescription question' is generic."),
)

# ---------------------------------------------------------------- batch 6 (ak0061-ak0072): ambulance billing, transport, rides
add(
    ("ak0061", "Tri-County Ambulance: your statement for the ambulance transport on 01/17 is ready. Balance due: $642.10. Pay at https://pay.tricountyambulance.example or call (614) 555-0191.",
     "REWRITE", "billing", "sms", "en",
     [("Tri-County Ambulance", "SPECIALTY"), ("ambulance transport", "PROCEDURE"), ("01/17", "DATE"), ("https://pay.tricountyambulance.example", "URL"), ("(614) 555-0191", "PHONE")],
     ["urgent-care", "practice-contact"], "Decision 3: the ambulance company's name and 'ambulance transport' reveal an emergency; the balance, date and the company's own link and phone survive."),
    ("ak0062", "Re: Run #24-118830, date of service 3/9/24, patient Harold Beckett\n\nMedicare has processed this claim and a balance remains. If you have secondary insurance, please reply with a photo of the front and back of the card, or email it to billing@metroemsbilling.example.\n\nMetro EMS Billing Office",
     "REWRITE", "billing", "email", "en",
     [("24-118830", "OTHER_ID"), ("3/9/24", "DATE"), ("Harold Beckett", "NAME"), ("billing@metroemsbilling.example", "EMAIL"), ("Metro EMS", "SPECIALTY")],
     ["urgent-care", "identifier", "practice-contact"], "Decisions 3 and 6: the run number is OTHER_ID, the EMS name SPECIALTY, 'Medicare' as payer is not labelled; the request for secondary insurance survives."),
    ("ak0063", "Your ride is confirmed for Thu 5/8. Your driver will arrive between 7:30 and 8:00 AM at 4417 Larkspur Dr Apt 2B. Vehicle: silver Toyota Sienna, plate 8KLM294. Reply 1 to confirm or 2 to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("5/8", "DATE"), ("4417 Larkspur Dr Apt 2B", "ADDRESS")],
     ["general"], "Decision 4: the patient's home pickup address goes; the driver's plate is the vendor's, not the patient's, and is not labelled."),
    ("ak0064", "RideWell: your rides to dialysis are set for Mon/Wed/Fri, pickup 5:45 AM, starting 6/2. Reply R to reschedule a ride or call 800-555-0199.",
     "REWRITE", "confirmation", "sms", "en",
     [("dialysis", "PROCEDURE"), ("6/2", "DATE"), ("800-555-0199", "PHONE")],
     ["dialysis", "practice-contact"], "The destination reveals the treatment; the ride schedule survives without it."),
    ("ak0065", "Su transporte para la cita médica del martes 15 de abril está confirmado. El chofer pasará por usted al 2310 NW 7th St, Apt 4, entre las 9:00 y 9:30 a. m. Para cancelar, llame al (305) 555-0166.",
     "REWRITE", "confirmation", "sms", "es",
     [("15 de abril", "DATE"), ("2310 NW 7th St, Apt 4", "ADDRESS"), ("(305) 555-0166", "PHONE")],
     ["general", "practice-contact"], "Decision 4: the patient's pickup address goes; 'cita médica' is generic, date and phone stay."),
    ("ak0066", "Lakeview Hospital ED: your mother, Eleanor Vance, 91, was brought in by Medic 14 at 3:40 PM after a fall at home. She is stable. Please come to the ED entrance and ask for the charge nurse.",
     "BLOCK", "other", "sms", "en",
     [("Lakeview Hospital ED", "SPECIALTY"), ("Eleanor Vance", "NAME"), ("91", "AGE"), ("fall", "CONDITION"), ("stable", "RESULT"), ("ED", "SPECIALTY", 1)],
     ["urgent-care", "third-party", "age-over-89"], "A third party's health (injury and condition) by text. Decisions 3 and 9: the unit call sign is not an identifier; the fall is CONDITION, 'stable' RESULT."),
    ("ak0067", "🚒 Medic 7 and Engine 3 will be in our parking lot this Saturday, 10 to noon, for free hands-only CPR lessons and car-seat checks. Bring the whole family!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community broadcast; unit call signs and CPR classes say nothing about the recipient (decisions 2, 3)."),
    ("ak0068", "RideWell: ride notes on file for you - uses home oxygen 2 L, walker, needs door-to-door assistance. Reply EDIT to update your notes before Monday's pickup.",
     "BLOCK", "other", "sms", "en",
     [("oxygen", "MEDICATION"), ("walker", "PROCEDURE")],
     ["home-health"], "The patient's oxygen use, mobility aid and assistance needs are the content to be confirmed; removing them leaves nothing. Decision 16."),
    ("ak0069", "Your ride to Greenway Family Practice is 3 min away: white Honda Odyssey, plate 7TRD512, driver Luis.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Decision 4: the driver's first name, car and plate belong to the vendor, not the patient; the destination is a generic practice."),
    ("ak0070", "Hello,\n\nYour insurer denied the claim for the 2/3 ambulance transport as not medically necessary. To appeal, we need your doctor to explain why you could not travel safely by car. The crew's report lists syncope with stable vitals (BP 128/76), which the plan says does not meet criteria.\n\nCall our billing team at (859) 555-0176 with questions.\n\nBluegrass Ambulance Billing",
     "BLOCK", "billing", "email", "en",
     [("2/3", "DATE"), ("ambulance transport", "PROCEDURE"), ("syncope", "CONDITION"), ("stable vitals", "RESULT"), ("BP", "PROCEDURE"), ("128/76", "RESULT"), ("(859) 555-0176", "PHONE"), ("Bluegrass Ambulance", "SPECIALTY")],
     ["urgent-care", "practice-contact"], "A billing e-mail quoting the crew's findings (diagnosis and a vital sign) cannot be made safe by removal of identifiers alone; the denial reason is the clinical content. Decision 3: the ambulance company name is SPECIALTY, the transport PROCEDURE."),
    ("ak0071", "Protect your household from surprise air ambulance bills. LifeWings membership is $65/year and covers everyone at your address. Sign up by Friday to lock in this rate.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Marketing broadcast; 'air ambulance' is not about the recipient (decision 2)."),
    ("ak0072", "Your taxi voucher home from the ED is at the registration desk. Show code TX-4410 to the driver. Ride is prepaid - no tip needed.",
     "REWRITE", "other", "sms", "en",
     [("ED", "SPECIALTY")],
     ["urgent-care"], "Decisions 1 and 5: 'the ED' reveals the visit; the voucher code is not labelled."),
)

# ---------------------------------------------------------------- batch 7 (ak0073-ak0084): work and school notes
add(
    ("ak0073", "Your work/school excuse note from today's visit is ready in the portal under Documents > Letters. You can print it or send it to your employer from there.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Portal notice for a note; nothing about the visit's reason."),
    ("ak0074", "Work note: Jasmine Carter was seen on 08/12 and may return to work 08/15 with restrictions - no lifting over 15 lb and no ladder climbing for 2 weeks - due to a lumbar strain.",
     "BLOCK", "other", "sms", "en",
     [("Jasmine Carter", "NAME"), ("08/12", "DATE"), ("08/15", "DATE"), ("lumbar strain", "CONDITION")],
     ["urgent-care", "orthopedics"], "Decision 8: the work restrictions are care instructions and the diagnosis is stated; the note's content is the message."),
    ("ak0075", "Hi Tyler, your school excuse note from Summit Urgent Care covering 10/6-10/8 was emailed to you. Let us know if your school needs a different form.",
     "REWRITE", "other", "sms", "en",
     [("Tyler", "NAME"), ("Summit Urgent Care", "SPECIALTY"), ("10/6", "DATE"), ("10/8", "DATE")],
     ["urgent-care"], "Name and urgent-care name go (decision 1); the dates and the form logistics survive."),
    ("ak0076", "Constancia escolar: Mateo Ruiz, de 7 años, fue atendido el 3 de febrero por conjuntivitis y puede regresar a clases el 5 de febrero, después de 24 horas con gotas antibióticas.",
     "BLOCK", "other", "sms", "es",
     [("Mateo Ruiz", "NAME"), ("3 de febrero", "DATE"), ("conjuntivitis", "CONDITION"), ("5 de febrero", "DATE"), ("gotas antibióticas", "MEDICATION")],
     ["pediatrics", "urgent-care", "minor", "third-party"], "A child's diagnosis and treatment in a school note by text: third-party health, BLOCK. An age under 90 is not labelled."),
    ("ak0077", "Hello,\n\nAttached is the work note you requested. It lists only the date you were seen (11/3) and the date you may return (11/5); it does not include a diagnosis. If your employer needs more detail, they will need to send us a release form signed by you.\n\nFront Desk, Crestline Family Clinic",
     "ALLOW", "other", "email", "en",
     [("11/3", "DATE"), ("11/5", "DATE")],
     ["primary-care"], "Dates and release logistics only, from a generic clinic; 'diagnosis' is a generic word here."),
    ("ak0078", "Heads up: we can only backdate work notes by 24 hours. For absences before that, please book a visit or message your primary care provider.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Policy notice; 'primary care' is generic primary care (README)."),
    ("ak0079", "Reminder: bring the return-to-work form from your employer to your 9:15am recheck at Bayside Urgent Care tomorrow. Forms take 5-10 minutes to complete.",
     "REWRITE", "reminder", "sms", "en",
     [("Bayside Urgent Care", "SPECIALTY")],
     ["urgent-care"], "Decision 1: the urgent-care name goes; 'recheck' and the return-to-work form are generic."),
    ("ak0080", "Coach Simmons,\n\nAt the family's request: Brooke Hale was seen at our clinic on 9/21 after a head injury at practice. She is NOT cleared for contact drills or games until she is re-evaluated by her pediatrician. Light walking is OK.\n\nNorthside Urgent Care",
     "BLOCK", "other", "email", "en",
     [("Brooke Hale", "NAME"), ("9/21", "DATE"), ("head injury", "CONDITION"), ("pediatrician", "SPECIALTY"), ("Northside Urgent Care", "SPECIALTY")],
     ["urgent-care", "pediatrics", "minor", "third-party"], "A student's injury and activity restrictions sent to a coach by e-mail: BLOCK. Decision 15: the coach's name is not labelled."),
    ("ak0081", "Su constancia para el trabajo ya está lista. Puede pasar por ella a recepción de lunes a viernes de 8 a 5, o se la enviamos por el portal si lo prefiere.",
     "ALLOW", "other", "sms", "es", [],
     ["urgent-care", "hard-negative"], "Work note ready; office hours only."),
    ("ak0082", "hi its Priya @ the front desk - ur work note is ready, dates 4/14-4/16. want us to fax it to ur job? if so just text back the fax # pls",
     "ALLOW", "other", "sms", "en",
     [("Priya", "PROVIDER"), ("4/14", "DATE"), ("4/16", "DATE")],
     ["urgent-care", "shorthand", "typo"], "Decision 17: the front-desk sender is PROVIDER; the dates of a note carry no clinical content."),
    ("ak0083", "Return-to-work letter for Samuel Ortiz-Bell: may return to full duty on 5/20 after COVID-19 infection. Must wear a mask at work through 5/25.",
     "BLOCK", "other", "email", "en",
     [("Samuel Ortiz-Bell", "NAME"), ("5/20", "DATE"), ("COVID-19", "CONDITION"), ("5/25", "DATE")],
     ["urgent-care"], "Diagnosis and a work restriction with the patient's name (decision 8)."),
    ("ak0084", "Your work note was faxed on 2/27 to the number you gave us. If HR says it didn't arrive, they can call our records desk at (410) 555-0184.",
     "ALLOW", "other", "sms", "en",
     [("2/27", "DATE"), ("(410) 555-0184", "PHONE")],
     ["urgent-care", "practice-contact"], "Fax confirmation with a date and the practice's records phone."),
)

# ---------------------------------------------------------------- batch 8 (ak0085-ak0096): disguises, ED billing, hard negatives
add(
    ("ak0085", "ur r@pid str3p t3st came back p0sitive. amox 500 sent to ur pharmacy, take 2x/day x10 days",
     "BLOCK", "result", "sms", "en",
     [("r@pid str3p t3st", "PROCEDURE"), ("p0sitive", "RESULT"), ("amox 500", "MEDICATION")],
     ["urgent-care", "leet", "shorthand"], "Leetspeak disguise of a positive result and dosing; the spans cover the disguised words."),
    ("ak0086", "Your C-O-V-I-D test from the urgent care drive-thru came back P O S I T I V E. Isolate 5 days and mask for 5 more.",
     "BLOCK", "result", "sms", "en",
     [("C-O-V-I-D test", "PROCEDURE"), ("urgent care", "SPECIALTY"), ("P O S I T I V E", "RESULT")],
     ["urgent-care", "spaced"], "Spaced and hyphenated letters hide a positive result and an isolation instruction."),
    ("ak0087", "Reminder: your frac\u200bture clinic follow-up at Pinecrest Urgent Care is Fri 6/13 at 1 PM. Bring your splint.",
     "REWRITE", "reminder", "sms", "en",
     [("frac\u200bture", "CONDITION"), ("Pinecrest Urgent Care", "SPECIALTY"), ("6/13", "DATE"), ("splint", "PROCEDURE")],
     ["urgent-care", "orthopedics"], "A zero-width space inside the condition used as a visit label; 'clinic follow-up' stays outside the span. Date and time survive."),
    ("ak0088", "Your chest x-ray shows pneum\u043enia in the right lower lobe. Start azithromycin today and recheck in 2 wks.",
     "BLOCK", "result", "sms", "en",
     [("chest x-ray", "PROCEDURE"), ("pneum\u043enia", "CONDITION"), ("azithromycin", "MEDICATION")],
     ["urgent-care", "imaging"], "A Cyrillic o hides the diagnosis; a finding plus a treatment instruction."),
    ("ak0089", "Your hospital bill for your recent visit is ready. Estimated amount you owe: $1,250.00. Financial assistance may be available - apply at https://stbrigid.example/assist.",
     "ALLOW", "billing", "sms", "en",
     [("https://stbrigid.example/assist", "URL")],
     ["general", "practice-contact"], "Bill notice with an amount and the hospital's own link; no department named."),
    ("ak0090", "Statement: Emergency Dept visit 4/2, facility level 4 (CPT 99284), $2,180.00. Account 7730-19922. Pay through the link in your portal.",
     "REWRITE", "billing", "sms", "en",
     [("Emergency Dept", "SPECIALTY"), ("4/2", "DATE"), ("99284", "PROCEDURE"), ("7730-19922", "ACCOUNT")],
     ["urgent-care", "identifier"], "Decisions 1 and 6: the department, the CPT code and the account number go; amount and date survive."),
    ("ak0091", "¡Gracias por su paciencia! Hoy hay mucha gente en la sala de espera. Su lugar está apartado; le avisamos por mensaje cuando sea su turno.",
     "ALLOW", "other", "sms", "es", [],
     ["urgent-care", "hard-negative"], "'paciencia' is not 'paciente'; queue logistics only."),
    ("ak0092", "Sorry for the delay - one of our providers was called away to an emergency. Your new estimated time is 4:50 PM. Reply WAIT to keep your spot or NEW to pick another time.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "'emergency' is about the provider's day, not the recipient (decision 2)."),
    ("ak0093", "Positive news: our Northgate location now takes walk-ins until 9 PM, and X-rays are available on site 7 days a week.",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Broadcast; 'Positive' and 'X-rays' say nothing about the recipient (decision 2)."),
    ("ak0094", "Hi Roberto - you're due for dose 2 of your rabies vaccine series on 7/11 at Clearwater Urgent Care. Please bring the vaccine card we gave you.",
     "REWRITE", "reminder", "sms", "en",
     [("Roberto", "NAME"), ("rabies vaccine", "PROCEDURE"), ("7/11", "DATE"), ("Clearwater Urgent Care", "SPECIALTY")],
     ["urgent-care"], "The named vaccine reveals an exposure; name, vaccine and urgent-care name go, the date survives."),
    ("ak0095", "Dear Patricia Nolan (DOB 02/11/1979),\n\nPlease call our results line at (312) 555-0150 about the lab work from your 9/30 visit. The line is staffed weekdays 8 AM to 4:30 PM.\n\nLoop Urgent Care",
     "BLOCK", "result", "email", "en",
     [("Patricia Nolan", "NAME"), ("02/11/1979", "DATE"), ("(312) 555-0150", "PHONE"), ("9/30", "DATE"), ("Loop Urgent Care", "SPECIALTY")],
     ["urgent-care", "dob", "practice-contact"], "README: a full date of birth with a name is BLOCK, even on a harmless call-back."),
    ("ak0096", "To finish your online check-in, reply with your date of birth (MM/DD/YYYY). We will never ask for your SSN or card number by text.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Mentions DOB and SSN but carries neither; a format mask is not a date."),
)

# ---------------------------------------------------------------- batch 9 (ak0097-ak0108): ED follow-ups, portal summaries, long letters
add(
    ("ak0097", "ED follow-up from Dr. Imani Brooks: your troponin was 0.01 ng/mL (normal) on both draws and your ECG showed no signs of a heart attack. Please see cardiology within 1-2 weeks for a stress test.",
     "ALLOW", "result", "portal", "en",
     [("ED", "SPECIALTY"), ("Dr. Imani Brooks", "PROVIDER"), ("troponin", "PROCEDURE"), ("0.01 ng/mL", "RESULT"), ("normal", "RESULT"), ("ECG", "PROCEDURE"), ("no signs of a heart attack", "RESULT"), ("cardiology", "SPECIALTY"), ("stress test", "PROCEDURE")],
     ["cardiology", "urgent-care", "contrast", "negation"], "Portal channel: results may stay (README). Decision 9: the negated finding is RESULT."),
    ("ak0098", "ED f/u: troponin neg x2, ECG nsr. See cardiology in 1-2 wks for stress test. -Dr. Brooks",
     "BLOCK", "result", "sms", "en",
     [("ED", "SPECIALTY"), ("troponin", "PROCEDURE"), ("neg", "RESULT"), ("ECG", "PROCEDURE"), ("nsr", "RESULT"), ("cardiology", "SPECIALTY"), ("stress test", "PROCEDURE"), ("Dr. Brooks", "PROVIDER")],
     ["cardiology", "urgent-care", "contrast", "shorthand"], "Same content as ak0097 in clinician shorthand by SMS: normal results are still results."),
    ("ak0099", "Sr. Castillo, le recordamos su cita de seguimiento de urgencias con el Dr. Benítez el viernes 22 de agosto a las 9:00 a. m. Traiga sus radiografías.",
     "REWRITE", "reminder", "sms", "es",
     [("Castillo", "NAME"), ("urgencias", "SPECIALTY"), ("Dr. Benítez", "PROVIDER"), ("22 de agosto", "DATE"), ("radiografías", "PROCEDURE")],
     ["urgent-care", "imaging"], "Name, 'urgencias' (decision 1) and the imaging go; provider, date and time survive."),
    ("ak0100", "Hola, le habla la enfermera Lucía del centro de urgencias. Su hijo Sebastián tiene otitis; ya mandamos el antibiótico a su farmacia, déselo 2 veces al día por 7 días.",
     "BLOCK", "result", "sms", "es",
     [("enfermera Lucía", "PROVIDER"), ("urgencias", "SPECIALTY"), ("Sebastián", "NAME"), ("otitis", "CONDITION"), ("antibiótico", "MEDICATION")],
     ["pediatrics", "urgent-care", "minor", "third-party"], "A child's diagnosis and dosing sent to the parent: third-party health, BLOCK."),
    ("ak0101", "Resultados de su visita a urgencias: la radiografía de tórax salió normal, sin neumonía. Siga con el jarabe para la tos y descanse.",
     "BLOCK", "result", "sms", "es",
     [("urgencias", "SPECIALTY"), ("radiografía de tórax", "PROCEDURE"), ("normal", "RESULT"), ("sin neumonía", "RESULT"), ("jarabe para la tos", "MEDICATION")],
     ["urgent-care", "imaging", "negation"], "A normal imaging result is still a result. Decisions 9 and 16: 'sin neumonía' is RESULT, 'jarabe para la tos' MEDICATION."),
    ("ak0102", "New message from Northside ER about your visit. Open the MyHealth app to read it.",
     "REWRITE", "portal-notice", "push", "en",
     [("Northside ER", "SPECIALTY")],
     ["urgent-care"], "Decision 1: the ER's name on a lock screen reveals the visit; the notice survives."),
    ("ak0103", "Urgent care visit summary, 3/30\nDiagnosis: right ankle sprain, grade 1\nX-ray: no fracture\nPlan: ACE wrap, ice and elevation; naproxen 500 mg twice daily with food x 7 days. Follow up with your PCP if not improving in 1 week.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Urgent care", "SPECIALTY"), ("3/30", "DATE"), ("ankle sprain", "CONDITION"), ("grade 1", "RESULT"), ("X-ray", "PROCEDURE"), ("no fracture", "RESULT"), ("ACE wrap", "PROCEDURE"), ("naproxen 500 mg", "MEDICATION")],
     ["urgent-care", "orthopedics", "negation"], "Portal channel: diagnosis, imaging result and dosing may stay. Decision 9 ('no fracture'), decision 16 (ACE wrap)."),
    ("ak0104", "Hi, this is Dominic from Ironwood Urgent Care. The radiologist has finished reviewing your chest X-ray and the provider would like to go over it with you. Please call us back at (406) 555-0114.",
     "REWRITE", "result", "voice", "en",
     [("Dominic", "PROVIDER"), ("Ironwood Urgent Care", "SPECIALTY"), ("radiologist", "SPECIALTY"), ("chest X-ray", "PROCEDURE"), ("(406) 555-0114", "PHONE")],
     ["urgent-care", "imaging", "practice-contact"], "Results call-back that names the test but gives no finding: REWRITE; 'would like to go over it' is not a result (judgement)."),
    ("ak0105", "Subject: Follow-up needed from your ER visit\n\nDear Ms. Whitaker-Lowe,\n\nWhen you were seen in our Emergency Department on 1/28 for abdominal pain, you had a CT scan of the abdomen and pelvis. Your pain turned out to be from constipation, but the radiologist noticed something unrelated: a 6 mm nodule at the base of your right lung.\n\nMost nodules this size are harmless, but national guidelines recommend a repeat chest CT in 6 to 12 months to make sure it has not changed. Please share this letter with your primary care provider, or call us and we will help you book the scan.\n\nEmergency Department Follow-Up Program\nHollins Memorial Hospital\n(540) 555-0107",
     "BLOCK", "result", "email", "en",
     [("ER", "SPECIALTY"), ("Whitaker-Lowe", "NAME"), ("Emergency Department", "SPECIALTY"), ("1/28", "DATE"), ("abdominal pain", "CONDITION"), ("CT scan", "PROCEDURE"), ("pain", "CONDITION", 1), ("constipation", "CONDITION"), ("radiologist", "SPECIALTY"), ("6 mm nodule", "RESULT"), ("chest CT", "PROCEDURE"), ("Emergency Department", "SPECIALTY", 1), ("(540) 555-0107", "PHONE")],
     ["urgent-care", "imaging", "practice-contact"], "An incidental imaging finding and a diagnosis by e-mail: the finding is the message."),
    ("ak0106", "Subject: Please schedule your follow-up appointment\n\nDear Raymond Achebe,\n\nThank you for letting the Hollins Memorial Emergency Department care for you on 2/14. The ED physician asked that you have a follow-up visit within 7 days. Our follow-up clinic has openings Monday through Friday, 8 AM to 4 PM, at 2200 Hollins Parkway, Suite 110, Roanoke, VA 24012.\n\nTo book, call (540) 555-0107 or reply to this e-mail with two times that work for you. Please bring a photo ID, your insurance card and this reference: MRN 00918273. Free parking is in Garage B off Jefferson Street, and an interpreter can be arranged at no cost if you let us know when you call.\n\nIf you already have a visit scheduled with your own doctor, you may ignore this message.\n\nPatient Access Team\nHollins Memorial Hospital",
     "REWRITE", "reminder", "email", "en",
     [("Raymond Achebe", "NAME"), ("Hollins Memorial Emergency Department", "SPECIALTY"), ("2/14", "DATE"), ("ED", "SPECIALTY"), ("2200 Hollins Parkway, Suite 110, Roanoke, VA 24012", "ADDRESS"), ("(540) 555-0107", "PHONE"), ("00918273", "MRN")],
     ["urgent-care", "identifier", "practice-contact"], "Logistics letter: name, the ED (decision 1) and the MRN go; the hospital's own address and phone stay; the hospital name alone is generic."),
    ("ak0107", "Parents: with your signed consent, our clinic can now send visit notes straight to your child's school nurse. Ask at the front desk for the form.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast about a records service; names no child and no visit."),
    ("ak0108", "Back-to-school special: sports and camp physicals at all QuickCare locations, $45, no appointment needed. This week only!",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Marketing broadcast (decision 2); sports physicals offered to everyone say nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 10 (ak0109-ak0120): call summaries, telehealth follow-ups, transport, family
add(
    ("ak0109", "Subject: Summary of your after-hours call\n\nHello Ms. Petrakis,\n\nThis is a copy of the note from your call to the after-hours line on Saturday night.\n\nReason for call: burning with urination and lower back pain since Friday, temperature 100.8°F at home.\nAdvice given: because of the fever and back pain, the nurse recommended being seen the same night at an urgent care or ER to rule out a kidney infection. You said you would go to Lakeshore Urgent Care.\nCall handled by: Tamsin Hale, RN\n\nIf you did not go, or you are feeling worse, please be seen today.\n\nNorthfield Medical Associates\nAfter-Hours Nurse Service",
     "BLOCK", "care-instructions", "email", "en",
     [("Petrakis", "NAME"), ("burning with urination", "CONDITION"), ("lower back pain", "CONDITION"), ("100.8°F", "RESULT"), ("fever", "CONDITION"), ("back pain", "CONDITION", 1), ("urgent care", "SPECIALTY"), ("ER", "SPECIALTY"), ("kidney infection", "CONDITION"), ("Lakeshore Urgent Care", "SPECIALTY"), ("Tamsin Hale, RN", "PROVIDER")],
     ["urgent-care", "primary-care", "negation"], "A nurse-line call summary: symptoms, a home temperature and the triage advice are the content (decision 8); 'rule out a kidney infection' is hypothetical but still labelled as the condition considered."),
    ("ak0110", "Incapacidad laboral: reposo del 12/05 al 14/05 por lumbalgia aguda. Puede regresar el 15/05 sin cargar más de 10 kg por una semana. Dr. Aguirre, Urgencias Médicas del Norte.",
     "BLOCK", "other", "email", "es",
     [("12/05", "DATE"), ("14/05", "DATE"), ("lumbalgia aguda", "CONDITION"), ("15/05", "DATE"), ("Dr. Aguirre", "PROVIDER"), ("Urgencias Médicas del Norte", "SPECIALTY")],
     ["urgent-care", "orthopedics"], "Diagnosis and a work restriction in a work note (decision 8). Decision 13: dd/mm dates are DATE; decision 1 for the practice name."),
    ("ak0111", "After your video visit, Dr. Shapiro sent fluconazole 150 mg to your pharmacy on file. It should be ready in about an hour.",
     "REWRITE", "pickup", "sms", "en",
     [("Dr. Shapiro", "PROVIDER"), ("fluconazole 150 mg", "MEDICATION")],
     ["pharmacy", "primary-care"], "Medication name in a pickup notice (DESIGN: REWRITE); no dosing instruction is given."),
    ("ak0112", "Prueba técnica: abra https://video.saludplus.example/prueba desde su celular 15 minutos antes de su consulta. Si no se escucha, revise que el navegador tenga permiso para usar el micrófono.",
     "ALLOW", "reminder", "sms", "es",
     [("https://video.saludplus.example/prueba", "URL")],
     ["general", "practice-contact"], "Tech check with the practice's own untokened link; 'prueba' is a device test, not a lab test."),
    ("ak0113", "Thank you for calling the nurse advice line. The current wait for the next available nurse is about 12 minutes. Press 2 to request a call-back instead of holding, or stay on the line.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR hold message; a wait time is not a clinical value."),
    ("ak0114", "Kiosk check-in complete. Visit #E2291847 | MRN 00561294. Please have a seat - we'll call you by your first name.",
     "REWRITE", "confirmation", "sms", "en",
     [("E2291847", "OTHER_ID"), ("00561294", "MRN")],
     ["urgent-care", "identifier"], "Decision 6: the visit number is OTHER_ID; neither it nor the MRN is needed for a check-in receipt."),
    ("ak0115", "Ride confirmed for Walter Pruitt (age 93) on 6/12. Pickup 8:15 AM at 77 Birch Lane, Dunmore, PA 18512. The return trip will be booked after the visit.",
     "REWRITE", "confirmation", "sms", "en",
     [("Walter Pruitt", "NAME"), ("93", "AGE"), ("6/12", "DATE"), ("77 Birch Lane, Dunmore, PA 18512", "ADDRESS")],
     ["home-health", "age-over-89"], "Name, an age over 89 and the home pickup address go (decision 4); date and time survive."),
    ("ak0116", "Hola Yesenia, antes de su consulta por video necesitamos confirmar dónde estará: ¿sigue en el código postal 85719? Responda SÍ o NO.",
     "REWRITE", "confirmation", "sms", "es",
     [("Yesenia", "NAME"), ("85719", "ZIP")],
     ["general", "identifier"], "A full ZIP is a Safe Harbor identifier; the location check survives as a question about the state."),
    ("ak0117", "Message from Dr. Whitcomb (on call): since the swelling in your lip is getting worse, stop the lisinopril and go to the ER now. Don't drive yourself.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Whitcomb", "PROVIDER"), ("swelling", "CONDITION"), ("lisinopril", "MEDICATION"), ("ER", "SPECIALTY")],
     ["primary-care", "urgent-care"], "A symptom, a medication change and an emergency instruction are the message."),
    ("ak0118", "Subject: Your Riverside Virtual Care visit summary\n\nHi Connor,\n\nThanks for your video visit today with Dr. Lena Marsh.\n\nDiagnosis: acute sinusitis\nPrescribed: amoxicillin-clavulanate 875 mg, 1 tablet twice daily for 7 days (sent to Fairview Pharmacy)\nSelf-care: saline rinses, fluids, and acetaminophen for facial pain.\n\nIf you get a high fever, swelling around your eye, or a severe headache, go to an urgent care or ER.\n\nRiverside Virtual Care",
     "BLOCK", "care-instructions", "email", "en",
     [("Connor", "NAME"), ("Dr. Lena Marsh", "PROVIDER"), ("acute sinusitis", "CONDITION"), ("amoxicillin-clavulanate 875 mg", "MEDICATION"), ("saline rinses", "PROCEDURE"), ("acetaminophen", "MEDICATION"), ("facial pain", "CONDITION"), ("high fever", "CONDITION"), ("swelling around your eye", "CONDITION"), ("severe headache", "CONDITION"), ("urgent care", "SPECIALTY"), ("ER", "SPECIALTY")],
     ["urgent-care"], "Telehealth visit summary with diagnosis and dosing by e-mail. Decision 1: 'Virtual Care' is generic; decision 16 for saline rinses."),
    ("ak0119", "Aviso: a partir de este mes, nuestra clínica de atención inmediata abre de 8 a. m. a 10 p. m. todos los días, incluso días festivos. No necesita cita.",
     "ALLOW", "marketing", "sms", "es", [],
     ["urgent-care", "broadcast", "hard-negative"], "Broadcast of opening hours (decision 2); 'atención inmediata' is not about the recipient."),
    ("ak0120", "Your son Eli is with the ER doctor now. You can join him in Room 14 - please check in at the security desk first.",
     "REWRITE", "other", "sms", "en",
     [("Eli", "NAME"), ("ER", "SPECIALTY")],
     ["urgent-care", "minor"], "Decision 12: a dependent's logistics with a name and a specialty name is REWRITE (README); no condition is stated."),
)

probe_lib.run(M, "ak", "probe34.jsonl")
