#!/usr/bin/env python3
"""Build corpus/probe417.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe417.py [OUT] [-v]   (default: probe417.jsonl next to this script)

Written blind: its author read only shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and
lines 1-117 and 579-584 of corpus/build_probe7.py (its docstring, row format and first batch).
The engine was not run; no other corpus, source, rule or dictionary was read.

Theme: EVERYDAY MESSAGES FROM A UNIVERSITY STUDENT HEALTH AND COUNSELING CENTER WRITING TO
STUDENTS, in roughly the proportions such a sender has in an ordinary week: appointment
reminders, confirmations and reschedules, immunization holds on registration, TB and vaccine
requirements, travel clinic, results-ready notices, counseling (CAPS) intake and follow-ups,
pharmacy pickups, flu clinics, charges to student accounts and the student insurance plan,
closures and broadcasts, surveys, forms, portal notices; a few careless staff messages; the
sender's own look-alikes and hard negatives (positive feedback, Flu Fest results, CPR classes,
registration holds from the Bursar, academic advising). 12 of 120 (10%) in Spanish; 3 disguised
messages (a zero-width space, a Cyrillic letter, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "score of [[17]]" searches for "score of 17"
      and labels only the bracketed part "17".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - a student health center's own name ("Northfield Student Health", "Student Health Center",
    "Student Health Services", "Centro de Salud Estudiantil") is a generic practice name like
    "... Primary Care" and is not labelled; "Student Health Pharmacy" is "... Pharmacy" (generic).
    Counseling-center names, including the acronym "CAPS", and the Sexual Health Clinic, Sports
    Medicine, Travel Clinic / Clinica del Viajero and a "crisis clinic" are SPECIALTY;
  - a generic immunization-compliance hold or requirement that names no vaccine or test (every
    student gets it) is ALLOW; naming the missing vaccine, dose or test (MMR, Hep B, TB test) is
    REWRITE (PROCEDURE), like "your flu shot appointment"; the reason for an approved medical
    exemption (an allergy) is a removable CONDITION -> REWRITE;
  - a TB risk questionnaire "indicating" that a test is needed is REWRITE, not BLOCK: it states
    a requirement, and "please book a lab visit" survives;
  - a university student ID number is OTHER_ID (an identifier the message does not need ->
    REWRITE); a student-insurance member ID is HEALTH_PLAN_ID;
  - a test or vaccine named on a student-account charge is REWRITE; a diagnosis code (ICD) on a
    claim-denial notice is a CONDITION span and REWRITE, because the billing purpose survives
    without it;
  - broadcasts to all students (flu clinics, a campus measles advisory, emergency contraception
    or condoms available at the pharmacy, 988 in a finals-week note) are ALLOW with no clinical
    span, as README's broadcast rule says for "flu shots available";
  - academic counseling/advising, Bursar registration holds, a CPR class, a blood drive and
    a password notice are not health services to the recipient: ALLOW (hard negatives); two of
    them come from other campus offices through the same campus texting platform;
  - the address of another pharmacy a prescription is transferred to is labelled ADDRESS and is
    ALLOW (a business address, not the student's); a destination country is not labelled;
  - a sports pre-participation physical is a generic physical (ALLOW);
  - a counseling check-in that mentions a crisis-clinic visit is REWRITE (the check-in and the
    follow-up time survive without it);
  - a close-contact exposure notice that names the index case's result and starts a drug is BLOCK
    (a third party's health and a treatment instruction); a roommate's diagnosis is BLOCK;
  - clinicians' credentials that name a mental-health discipline (LCSW, LPC) are SPECIALTY spans,
    like DDS/DPT; "Nurse Beth" is PROVIDER with the title; a phone number spoken in words in a
    voicemail is PHONE.

Everything is invented: the university, people, practices, 555-01xx numbers, example.org
domains, student and member IDs; the SSN is a well-known specimen number. No real patient data.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (pd0001-pd0020): reminders, confirmations, reschedules
add(
    ("pd0001", "Northfield Student Health: Reminder of your appt with Dr. Okafor on Tue 9/16 at 10:20am. Reply C to confirm or R to reschedule. Msg&data rates may apply.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("9/16", "DATE")],
     ["primary-care"], "Provider, date and time only; the student health center's own name is generic (decision)."),
    ("pd0002", "Your appointment at Student Health is confirmed for {{appt_date}} at {{appt_time}} with {{provider_name}}. Please arrive 10 min early and bring your student ID card.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["primary-care", "template"], "Confirmation template whose placeholders carry only date, time and provider; 'student ID card' is a thing to bring, not a number."),
    ("pd0003", "Hi Jordan, this is a reminder from Counseling & Psychological Services about your initial consultation tomorrow at 2:00 pm in Wellness Hall, Room 214. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Jordan", "NAME"), ("Counseling & Psychological Services", "SPECIALTY")],
     ["behavioral-health"], "Name and the counseling center's name go; time and room survive."),
    ("pd0004", "CAPS reminder: your counseling intake appt is Thu 10/2 at 1pm. If u need to cancel pls give 24 hrs notice. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("CAPS", "SPECIALTY"), ("counseling intake", "PROCEDURE"), ("10/2", "DATE")],
     ["behavioral-health", "shorthand"], "The acronym of the counseling center is specialty-revealing like its full name (decision); the visit type goes too."),
    ("pd0005", "Reminder: You have an appointment at the Student Health Center on Monday, 9/22 at 3:40 PM with NP Harris. Check in at the 2nd floor front desk. Need to cancel? Call 608-555-0142.",
     "ALLOW", "reminder", "sms", "en",
     [("9/22", "DATE"), ("NP Harris", "PROVIDER"), ("608-555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Generic student health visit with provider, date and the center's own phone."),
    ("pd0006", "Your Travel Clinic consult is scheduled for 10/8 at 9:00am. Please bring your itinerary and any vaccine records you have. - Northfield Student Health",
     "REWRITE", "reminder", "email", "en",
     [("Travel Clinic", "SPECIALTY"), ("10/8", "DATE")],
     ["primary-care"], "Decision: the travel clinic is a service line (SPECIALTY) and the recipient's own visit type; the reminder survives without it."),
    ("pd0007", "reminder: allergy shot clinic hrs this wk are M/W/F 1-4pm. remember to wait 30 min after ur injection before leaving. -SHC nurses",
     "REWRITE", "reminder", "sms", "en",
     [("allergy shot", "PROCEDURE"), ("injection", "PROCEDURE")],
     ["primary-care", "shorthand"], "Sent only to students on allergy shots: the treatment they receive goes; clinic hours survive."),
    ("pd0008", "Hello, this is Northfield Student Health calling with a reminder for Emily Tran. You have an appointment tomorrow at eleven forty a.m. with Doctor Feld. To confirm, press 1. To reschedule, press 2.",
     "REWRITE", "reminder", "voice", "en",
     [("Emily Tran", "NAME"), ("Doctor Feld", "PROVIDER")],
     ["primary-care"], "A voicemail can be overheard; the student's name is not needed, the reminder survives."),
    ("pd0009", "Appointment tomorrow at 8:30 AM \u2014 Student Health, Main Clinic. Tap to check in.",
     "ALLOW", "reminder", "push", "en", [],
     ["primary-care"], "Lock-screen push with time and the generic center name only."),
    ("pd0010", "Reminder: your Sexual Health Clinic appt is Wed 11/5 at 4:15 pm at Student Health, 2nd floor. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Sexual Health Clinic", "SPECIALTY"), ("11/5", "DATE")],
     ["hiv-sexual-health"], "The clinic name reveals the service; 'Student Health, 2nd floor' keeps the logistics."),
    ("pd0011", "Dr. Lindqvist is out on Friday so we need to move your appt. Can you do Mon 10/13 at 9am or 1:30pm? Reply 1 or 2. -Kayla, SHC front desk",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("10/13", "DATE"), ("Kayla", "PROVIDER")],
     ["primary-care", "shorthand"], "Reschedule with provider, date and the staff sender's first name (workforce -> PROVIDER)."),
    ("pd0012", "hi maya its tess from student health, ur 2pm w/ dr. reyes got moved to 2:30 same day. txt back if that doesnt work",
     "REWRITE", "reminder", "sms", "en",
     [("maya", "NAME"), ("tess", "PROVIDER"), ("dr. reyes", "PROVIDER")],
     ["primary-care", "shorthand", "typo"], "Staff text in lower case: the student's first name goes; staff and provider names stay."),
    ("pd0013", "Hi Alex, your medication management follow-up with Dr. Benoit (psychiatry) is on 10/20 at 11:00. The telehealth link will be sent 15 minutes before your visit.",
     "REWRITE", "reminder", "email", "en",
     [("Alex", "NAME"), ("medication management", "PROCEDURE"), ("Dr. Benoit", "PROVIDER"), ("psychiatry", "SPECIALTY"), ("10/20", "DATE")],
     ["behavioral-health"], "Name, visit type and specialty go; provider, date and telehealth logistics survive."),
    ("pd0014", "Good news! An earlier opening with NP Castillo is available tomorrow at 9:10am. Reply YES in the next 20 min to take it, or ignore to keep your current time.",
     "ALLOW", "reminder", "sms", "en",
     [("NP Castillo", "PROVIDER")],
     ["primary-care"], "Waitlist offer with provider and time only."),
    ("pd0015", "Your appointment on 10/3 at 1:00 PM has been cancelled. To rebook, use the patient portal or call 608-555-0142.",
     "ALLOW", "confirmation", "sms", "en",
     [("10/3", "DATE"), ("608-555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Cancellation with date, time and the center's own phone."),
    ("pd0016", "We missed you at your CAPS appointment today. Students who miss two appointments without notice may be moved to the waitlist. Call 608-555-0157 to reschedule.",
     "REWRITE", "other", "sms", "en",
     [("CAPS", "SPECIALTY"), ("608-555-0157", "PHONE")],
     ["behavioral-health", "practice-contact"], "No-show notice: the counseling center's name goes; the call-back survives with the center's phone."),
    ("pd0017", "Centro de Salud Estudiantil: Le recordamos su cita con la Dra. Ibarra el jueves 2 de octubre a las 3:00 pm. Responda C para confirmar o R para cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Ibarra", "PROVIDER"), ("2 de octubre", "DATE")],
     ["primary-care"], "Provider, date and time; the student health center's name is generic (decision)."),
    ("pd0018", "Sports Medicine reminder: PT for your ankle sprain is Tue 9/30 at 4pm in the Rec Center clinic. Wear shorts and bring your brace.",
     "REWRITE", "reminder", "sms", "en",
     [("Sports Medicine", "SPECIALTY"), ("PT", "PROCEDURE"), ("ankle sprain", "CONDITION"), ("9/30", "DATE"), ("brace", "PROCEDURE")],
     ["physical-therapy", "orthopedics"], "Diagnosis used as a visit label, therapy, device and specialty go; date, time and place survive."),
    ("pd0019", "Hi Priya, reminder of your birth control consult with NP Adeyemi on 10/9 at 10:40 am at Student Health.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("birth control", "MEDICATION"), ("NP Adeyemi", "PROVIDER"), ("10/9", "DATE")],
     ["reproductive"], "Name and the reproductive visit type go; provider, date and place survive."),
    ("pd0020", "Thank you for scheduling with Northfield Student Health.\n\nAppointment details\nDate: Thursday, 9/25\nTime: 2:40 PM\nProvider: Dr. Amara Nwosu\nLocation: Wellness Building, 820 College St, 2nd floor\n\nBefore your visit, please complete the health history form in the patient portal and bring your student ID and insurance card. If you are on the Student Health Insurance Plan, you do not need to bring a card.\n\nNeed to cancel? Please let us know at least 2 hours ahead; late cancellations and no-shows may be charged a $25 fee to your student account.\n\nQuestions: 608-555-0142 or appointments@nsu-health.example.org. This mailbox is not monitored for medical questions. If you have an emergency, call 911.",
     "ALLOW", "confirmation", "email", "en",
     [("9/25", "DATE"), ("Dr. Amara Nwosu", "PROVIDER"), ("820 College St", "ADDRESS"), ("608-555-0142", "PHONE"), ("appointments@nsu-health.example.org", "EMAIL")],
     ["primary-care", "practice-contact"], "Long confirmation e-mail with the center's own address, phone and mailbox; nothing about the student's care."),
)

# ---------------------------------------------------------------- batch 2 (pd0021-pd0032): immunization holds, TB and vaccine requirements
add(
    ("pd0021", "Northfield Student Health: A hold has been placed on your spring registration because your immunization requirements are incomplete. Upload your records at nsu-health.example.org/forms by 11/15 to release it.",
     "ALLOW", "other", "sms", "en",
     [("nsu-health.example.org/forms", "URL"), ("11/15", "DATE")],
     ["primary-care", "practice-contact"], "Decision: a generic compliance hold that names no vaccine applies to every student and is administrative; the center's own link and a deadline date are allowed."),
    ("pd0022", "Hi Marcus, our records show you are still missing your 2nd MMR dose. A registration hold will be placed on 11/1. Walk-in vaccine hours M-F 9-11am.",
     "REWRITE", "recall", "sms", "en",
     [("Marcus", "NAME"), ("MMR", "PROCEDURE"), ("11/1", "DATE")],
     ["primary-care"], "Decision: naming the missing vaccine dose is the recipient's own service (like 'your flu shot appointment'); the hold date and walk-in hours survive."),
    ("pd0023", "All students living in residence halls must submit proof of meningococcal (MenACWY) vaccination before move-in. Upload your documentation at nsu-health.example.org/immunizations. Questions? Reply to this e-mail.",
     "ALLOW", "other", "email", "en",
     [("nsu-health.example.org/immunizations", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "Broadcast requirement to every resident student; says nothing about the recipient."),
    ("pd0024", "Your TB screening questionnaire indicates you need a TB blood test before the start of spring semester. Please schedule at the Student Health lab by 1/10. Questions: 608-555-0148.",
     "REWRITE", "other", "email", "en",
     [("TB screening questionnaire", "PROCEDURE"), ("TB blood test", "PROCEDURE"), ("1/10", "DATE"), ("608-555-0148", "PHONE")],
     ["primary-care", "lab", "practice-contact"], "Decision: the questionnaire outcome is a requirement, not a finding; 'please schedule a lab visit by 1/10' survives, so REWRITE rather than BLOCK."),
    ("pd0025", "Tiene una retención en su matrícula porque falta su comprobante de vacunas. Suba sus documentos en el portal antes del 15 de enero.",
     "ALLOW", "other", "sms", "es",
     [("15 de enero", "DATE")],
     ["primary-care"], "Decision: generic vaccine-records hold with no vaccine named, as in English; a deadline date only."),
    ("pd0026", "IMMUNIZATION HOLD - Student ID 900412875: Hepatitis B series incomplete (dose 3 missing). Contact the Immunization Office, 608-555-0148.",
     "REWRITE", "other", "sms", "en",
     [("900412875", "OTHER_ID"), ("Hepatitis B series", "PROCEDURE"), ("608-555-0148", "PHONE")],
     ["primary-care", "practice-contact"], "Decision: a student ID number is OTHER_ID and not needed; the named vaccine series goes; the call-back survives."),
    ("pd0027", "Good news! Your immunization hold has been released. You can now register for classes.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Hold released, nothing named; the words 'immunization hold' are administrative here."),
    ("pd0028", "Your request for a medical exemption from the MMR requirement has been approved based on documentation of your gelatin allergy. The exemption is valid through 5/31. Please note that during an outbreak, exempt students may be asked to stay away from campus.",
     "REWRITE", "other", "email", "en",
     [("MMR", "PROCEDURE"), ("gelatin allergy", "CONDITION"), ("5/31", "DATE")],
     ["primary-care"], "Decision: the allergy is the reason on file, not news to the student; 'your exemption request has been approved, valid through 5/31' survives, so REWRITE."),
    ("pd0029", "Reminder: your health requirements checklist has {{open_items_count}} open item(s). Complete it at {{portal_url}} before {{hold_date}} to avoid a registration hold.",
     "ALLOW", "other", "email", "en", [],
     ["primary-care", "template"], "Template whose placeholders carry a count, the portal link and a date; nothing clinical."),
    ("pd0030", "Action needed: upload your immunization records to avoid a registration hold.",
     "ALLOW", "other", "push", "en", [],
     ["primary-care"], "Generic compliance nudge with no vaccine named (decision)."),
    ("pd0031", "This is Northfield Student Health with a message for the student at this number. Your tuberculosis skin test needs to be read. Please come to the clinic within forty-eight to seventy-two hours of placement. Thank you.",
     "REWRITE", "care-instructions", "voice", "en",
     [("tuberculosis skin test", "PROCEDURE")],
     ["primary-care"], "The named test goes; 'please come to the clinic within 48-72 hours' survives."),
    ("pd0032", "Hi Wei, your TB skin test was placed today at 10:15. It MUST be read between 48 and 72 hrs, so come back Thu 9/11 btwn 10am and 2pm. If you miss the window we have to redo it :(",
     "REWRITE", "care-instructions", "sms", "en",
     [("Wei", "NAME"), ("TB skin test", "PROCEDURE"), ("9/11", "DATE")],
     ["primary-care", "shorthand"], "Logistics of a read window, not a result: name and test go, the return date and hours survive."),
)

# ---------------------------------------------------------------- batch 3 (pd0033-pd0045): results-ready notices and results
add(
    ("pd0033", "You have a new test result in the Student Health patient portal. Log in at nsu-health.example.org to view it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("nsu-health.example.org", "URL")],
     ["primary-care", "lab", "practice-contact"], "Notification without PHI: no test named, the center's own portal link."),
    ("pd0034", "New message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Portal notice with nothing about the recipient."),
    ("pd0035", "Your STI test results are ready. Please log in to the portal to review them.",
     "REWRITE", "result", "sms", "en",
     [("STI test", "PROCEDURE")],
     ["hiv-sexual-health", "lab"], "The test named reveals the service; 'your results are ready' survives."),
    ("pd0036", "hey sam, your strep test came back positive. dr. okafor sent amoxicillin 500mg to the student health pharmacy, take it 2x a day for 10 days",
     "BLOCK", "result", "sms", "en",
     [("sam", "NAME"), ("strep test", "PROCEDURE"), ("positive", "RESULT"), ("dr. okafor", "PROVIDER"), ("amoxicillin 500mg", "MEDICATION")],
     ["primary-care", "pharmacy", "shorthand"], "A result and dosing instructions are the message; send a portal notice instead."),
    ("pd0037", "Hi Lena, good news - your mono test was negative! Let us know if you're still feeling run down. - NP Harris",
     "BLOCK", "result", "sms", "en",
     [("Lena", "NAME"), ("mono test", "PROCEDURE"), ("negative", "RESULT"), ("NP Harris", "PROVIDER")],
     ["primary-care", "lab"], "A negative result is still a result (README); removing it leaves no message."),
    ("pd0038", "Your CBC from 9/18 is available. Hemoglobin 12.9 g/dL (reference range 12.0-15.5). Dr. Okafor's note: this is within normal limits, no follow-up needed.",
     "ALLOW", "result", "portal", "en",
     [("CBC", "PROCEDURE"), ("9/18", "DATE"), ("Hemoglobin", "PROCEDURE"), ("12.9 g/dL", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("within normal limits", "RESULT")],
     ["primary-care", "lab"], "Inside the secure portal a result and its value may stay (README channel rule)."),
    ("pd0039", "Please call the Student Health nurse line at 608-555-0149 about your recent lab results. This is not an emergency; please call within 2 business days.",
     "ALLOW", "result", "email", "en",
     [("608-555-0149", "PHONE")],
     ["primary-care", "lab", "practice-contact", "contrast"], "Call-back request with no test named and no result; the center's own phone."),
    ("pd0040", "Please call the Student Health nurse line at 608-555-0149 about your pregnancy test results. This is not an emergency; please call within 2 business days.",
     "REWRITE", "result", "email", "en",
     [("pregnancy test", "PROCEDURE"), ("608-555-0149", "PHONE")],
     ["reproductive", "lab", "practice-contact", "contrast"], "Same call-back as pd0039 with the test named: the test goes, the call-back survives."),
    ("pd0041", "Your rapid HIV test results are ready. Please stop by the Sexual Health Clinic during walk-in hours (M-Th 1-4pm) to go over them.",
     "REWRITE", "result", "sms", "en",
     [("rapid HIV test", "PROCEDURE"), ("Sexual Health Clinic", "SPECIALTY")],
     ["hiv-sexual-health", "lab"], "No result given; the test and the clinic name go, 'please stop by during walk-in hours' survives."),
    ("pd0042", "Hi, this is Nurse Beth from Student Health calling for Carlos. Your chlamydia test came back positive, but it's easy to treat with one dose, so please come in this week. Call us back at 608-555-0149.",
     "BLOCK", "result", "voice", "en",
     [("Nurse Beth", "PROVIDER"), ("Carlos", "NAME"), ("chlamydia test", "PROCEDURE"), ("positive", "RESULT"), ("608-555-0149", "PHONE")],
     ["hiv-sexual-health", "lab", "practice-contact"], "A positive STI result left on voicemail; the result is the message."),
    ("pd0043", "Sus resultados de laboratorio ya están disponibles en el portal del paciente. Si tiene preguntas, llame al 608-555-0142.",
     "ALLOW", "portal-notice", "sms", "es",
     [("608-555-0142", "PHONE")],
     ["primary-care", "lab", "practice-contact"], "Results-ready notice with no test named; the center's own phone."),
    ("pd0044", "Your TB skin test was read today: 0 mm induration, negative. You are cleared for your clinical rotation, and a copy of the result is in the portal.",
     "BLOCK", "result", "email", "en",
     [("TB skin test", "PROCEDURE"), ("0 mm", "RESULT"), ("negative", "RESULT")],
     ["primary-care"], "A negative reading is still a result; the portal already holds it, so the e-mail should only say a document is ready."),
    ("pd0045", "Hi Sofia, Dr. Feld reviewed your labs. Your vitamin D is low at 14 ng/mL, so please start vitamin D3 2000 IU daily and we'll recheck in 3 months.",
     "BLOCK", "result", "email", "en",
     [("Sofia", "NAME"), ("Dr. Feld", "PROVIDER"), ("vitamin D", "PROCEDURE"), ("is [[low]] at", "RESULT"), ("14 ng/mL", "RESULT"), ("vitamin D3 2000 IU", "MEDICATION")],
     ["primary-care", "lab"], "A value, a finding and a dosing instruction by e-mail."),
)

# ---------------------------------------------------------------- batch 4 (pd0046-pd0055): pharmacy
add(
    ("pd0046", "Student Health Pharmacy: Your prescription is ready for pickup. Hours M-F 9am-5:30pm. Please bring your student ID.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy"], "Pickup notice with no drug named; '... Pharmacy' is a generic practice name (README)."),
    ("pd0047", "Rx ready: amoxicillin 500mg caps. Pick up at Student Health Pharmacy by 10/6 or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("amoxicillin 500mg caps", "MEDICATION"), ("10/6", "DATE")],
     ["pharmacy"], "Medication name in a pickup notice goes; the pickup date survives."),
    ("pd0048", "Hi Jess, your 3-month supply of Sprintec is ready at the Student Health Pharmacy. $15 will be billed to your student account.",
     "REWRITE", "pickup", "sms", "en",
     [("Jess", "NAME"), ("Sprintec", "MEDICATION")],
     ["pharmacy", "reproductive"], "Name and a contraceptive brand go; pickup and the charge survive."),
    ("pd0049", "Refill request received for Rx #6043318. It will be ready at Student Health Pharmacy within 2 business days.",
     "REWRITE", "pickup", "sms", "en",
     [("6043318", "OTHER_ID")],
     ["pharmacy"], "A prescription number is OTHER_ID (README) and not needed to pick up; the notice survives without it."),
    ("pd0050", "Farmacia de Salud Estudiantil: su receta está lista para recoger. Horario: lunes a viernes de 9 a 5:30. Traiga su identificación estudiantil.",
     "ALLOW", "pickup", "sms", "es",
     [],
     ["pharmacy"], "Pickup notice with no drug named."),
    ("pd0051", "Hi, this is Dev at the SHC pharmacy. Your sertraline 50mg is ready. Remember to keep taking it every day even if you feel better, and don't stop it suddenly.",
     "BLOCK", "pickup", "sms", "en",
     [("Dev", "PROVIDER"), ("sertraline 50mg", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "The drug name alone could be removed, but the text also gives treatment instructions, which are clinical content that must not go by SMS."),
    ("pd0052", "Your order is ready for pickup at Student Health Pharmacy. Show this notification at the counter.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy"], "Push pickup notice, nothing named."),
    ("pd0053", "Emergency contraception (Plan B) is available at the Student Health Pharmacy without a prescription, $10 with your student ID. No appointment, no questions asked.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "reproductive", "broadcast"], "Decision: a broadcast to every student about what the pharmacy stocks says nothing about the recipient; no clinical span, as README's broadcast rule."),
    ("pd0054", "We got your request to transfer your prescription to Campus Corner Pharmacy, 415 University Ave. It will be ready there after 3pm today.",
     "ALLOW", "pickup", "sms", "en",
     [("415 University Ave", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Decision: the receiving pharmacy's business address is labelled but is not the student's; no drug named."),
    ("pd0055", "This is the Student Health Pharmacy calling to remind you that you have a prescription waiting. Prescriptions not picked up within ten days are returned to stock.",
     "ALLOW", "pickup", "voice", "en", [],
     ["pharmacy"], "Voicemail pickup reminder with no drug named."),
)

# ---------------------------------------------------------------- batch 5 (pd0056-pd0063): flu clinics, vaccines, travel
add(
    ("pd0056", "Free flu shots for students this Thursday, 10/16, 10am-3pm in the Student Union Ballroom. Bring your student ID. No appointment needed!",
     "ALLOW", "marketing", "sms", "en",
     [("10/16", "DATE")],
     ["primary-care", "broadcast", "contrast"], "Broadcast flu clinic (README: 'flu shots available' is ALLOW)."),
    ("pd0057", "You're booked! Flu shot appointment: Wed 10/15 at 1:20 PM, Student Health Immunization Room. Wear short sleeves.",
     "REWRITE", "confirmation", "sms", "en",
     [("Flu shot", "PROCEDURE"), ("10/15", "DATE")],
     ["primary-care", "contrast"], "The recipient's own flu shot appointment is REWRITE (README); date, time and room survive."),
    ("pd0058", "¡Vacunas contra la gripe gratis para estudiantes! Jueves 16 de octubre, de 10 am a 3 pm, en el Centro Estudiantil. No necesita cita.",
     "ALLOW", "marketing", "sms", "es",
     [("16 de octubre", "DATE")],
     ["primary-care", "broadcast"], "Broadcast flu clinic in Spanish."),
    ("pd0059", "Updated COVID-19 vaccines are now available at Student Health by appointment. Book online at nsu-health.example.org/vaccines or call 608-555-0142.",
     "ALLOW", "marketing", "email", "en",
     [("nsu-health.example.org/vaccines", "URL"), ("608-555-0142", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Broadcast vaccine availability with the center's own link and phone."),
    ("pd0060", "Thanks for getting your flu shot with us today! Some arm soreness is normal. Your vaccine record has been updated in the portal.",
     "REWRITE", "other", "sms", "en",
     [("flu shot", "PROCEDURE")],
     ["primary-care"], "The recipient's own vaccination goes; 'your record has been updated in the portal' survives."),
    ("pd0061", "Reminder: dose 2 of your HPV vaccine series is due after 11/20. Walk in M-F 9-11am or book online.",
     "REWRITE", "recall", "sms", "en",
     [("HPV vaccine", "PROCEDURE"), ("11/20", "DATE")],
     ["primary-care", "hiv-sexual-health"], "Vaccine series named; the due date and walk-in hours survive."),
    ("pd0062", "Travel Clinic: your typhoid and yellow fever vaccines are scheduled for 12/3 at 2pm. The yellow fever vaccine is $210 and will be billed to your student account. Bring your passport and itinerary.",
     "REWRITE", "reminder", "email", "en",
     [("Travel Clinic", "SPECIALTY"), ("typhoid and yellow fever vaccines", "PROCEDURE"), ("12/3", "DATE"), ("The [[yellow fever vaccine]] is", "PROCEDURE")],
     ["primary-care"], "Travel-clinic name and vaccines go (decision); date, time, price and what to bring survive."),
    ("pd0063", "For your Ghana trip: take 1 Malarone tablet daily with food, starting 2 days before you leave and for 7 days after you get back. Your Rx is at the Student Health Pharmacy.",
     "BLOCK", "care-instructions", "email", "en",
     [("Malarone tablet", "MEDICATION")],
     ["primary-care", "pharmacy"], "Dosing instructions are the message. A destination country is larger than a state and is not labelled (decision)."),
)

# ---------------------------------------------------------------- batch 6 (pd0064-pd0075): student accounts, insurance, billing
add(
    ("pd0064", "A charge of $35.00 from Student Health Services was posted to your student account on 10/1. View details in the Bursar portal.",
     "ALLOW", "billing", "sms", "en",
     [("10/1", "DATE")],
     ["general"], "Amount, date and the generic center name only."),
    ("pd0065", "Student Health charges posted 9/30:\nOffice visit $0.00\nLab - Chlamydia/Gonorrhea NAAT $38.00\nPharmacy $12.00\nTotal $50.00, billed to your student account.",
     "REWRITE", "billing", "email", "en",
     [("9/30", "DATE"), ("Chlamydia/Gonorrhea NAAT", "PROCEDURE")],
     ["hiv-sexual-health", "lab"], "Decision: a test named on a bill is removable; 'Lab $38.00' keeps the billing purpose."),
    ("pd0066", "Reminder: the deadline to waive the Student Health Insurance Plan is 9/15. If you do not submit a waiver with proof of comparable coverage, the $1,842 annual premium will be added to your student account.",
     "ALLOW", "billing", "email", "en",
     [("9/15", "DATE")],
     ["general", "broadcast"], "Insurance-waiver deadline sent to every student."),
    ("pd0067", "Your Student Health Insurance Plan ID card is ready. Member ID: NSU48213077. Download it in the insurer's app or show this e-mail at check-in.",
     "REWRITE", "other", "email", "en",
     [("NSU48213077", "HEALTH_PLAN_ID")],
     ["general"], "The member ID is not needed in the e-mail (the card is in the app); 'your ID card is ready' survives."),
    ("pd0068", "Se ha cargado $20.00 a su cuenta estudiantil por servicios del Centro de Salud Estudiantil. Puede ver el detalle en el portal.",
     "ALLOW", "billing", "sms", "es", [],
     ["general"], "Charge notice with no service named."),
    ("pd0069", "Your student account has a past-due balance of $145.00, including Student Health charges. A registration hold will be placed on 12/1 if it is not paid. Pay online at bursar.northfield.example.org.",
     "ALLOW", "billing", "email", "en",
     [("12/1", "DATE"), ("bursar.northfield.example.org", "URL")],
     ["general", "practice-contact"], "Balance, deadline and the university's own payment site."),
    ("pd0070", "We refunded $25.00 to your student account for the missed-appointment fee charged in error on 10/2. Sorry for the inconvenience.",
     "ALLOW", "billing", "email", "en",
     [("10/2", "DATE")],
     ["general"], "Refund of an administrative fee; nothing clinical."),
    ("pd0071", "You have now used 6 of your 6 no-cost CAPS sessions this semester. Additional sessions are $20 each and will be billed to your student account.",
     "REWRITE", "billing", "email", "en",
     [("CAPS", "SPECIALTY")],
     ["behavioral-health"], "The counseling center's name reveals the service; 'additional sessions are $20 each' survives."),
    ("pd0072", "Statement for Student ID 900387162: Student Health balance $60.00. Questions? Write to billing@nsu-health.example.org.",
     "REWRITE", "billing", "email", "en",
     [("900387162", "OTHER_ID"), ("billing@nsu-health.example.org", "EMAIL")],
     ["general", "practice-contact"], "Decision: the student ID is OTHER_ID and not needed; the balance and the center's own mailbox survive."),
    ("pd0073", "Your insurer denied the claim for your 10/14 visit (diagnosis code F41.1). You may owe $180. Call 608-555-0146 if you would like us to appeal.",
     "REWRITE", "billing", "email", "en",
     [("10/14", "DATE"), ("F41.1", "CONDITION"), ("608-555-0146", "PHONE")],
     ["behavioral-health", "practice-contact"], "Decision: a diagnosis code on a denial is a CONDITION but removable; the denial, amount and call-back survive, so REWRITE."),
    ("pd0074", "New statement available: $15.00. Tap to view.",
     "ALLOW", "billing", "push", "en", [],
     ["general"], "Push statement notice with an amount only."),
    ("pd0075", "Hello, this is Northfield Student Health billing calling about an unpaid balance on your student account. Please call us back at six oh eight, five five five, oh one four six. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("six oh eight, five five five, oh one four six", "PHONE")],
     ["general", "practice-contact"], "Decision: the center's own number spoken in words is still a PHONE span, and allowed."),
)

# ---------------------------------------------------------------- batch 7 (pd0076-pd0084): closures, broadcasts, surveys
add(
    ("pd0076", "Student Health will close at 12 noon on Wed 11/26 and reopen Mon 12/1 at 8am for Thanksgiving break. For urgent needs, call the 24/7 nurse advice line at 608-555-0199.",
     "ALLOW", "other", "sms", "en",
     [("11/26", "DATE"), ("12/1", "DATE"), ("608-555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure broadcast with the center's own advice line."),
    ("pd0077", "Due to the winter storm, Student Health and the Pharmacy are closed today. Telehealth visits will go ahead as scheduled. If this is an emergency, call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather closure; 911 is not a phone identifier."),
    ("pd0078", "Finals week can be a lot. Drop-in \"Let's Talk\" hours run Mon-Thu 1-4pm in the Library lobby, no appointment needed, and support is available 24/7 by calling or texting 988.",
     "ALLOW", "marketing", "email", "en", [],
     ["behavioral-health", "broadcast", "hard-negative"], "Broadcast wellness note to every student; 988 is not a phone identifier (README)."),
    ("pd0079", "Welcome our new clinicians!\n\nThis fall Northfield Student Health welcomes Dr. Amara Nwosu, a family physician who joins us from Lakeview Community Clinic, and NP Luis Ferreira, who will see students at the Rec Center satellite on Tuesdays and Thursdays. Dr. Hana Sato returns from leave in October.\n\nOther news: online scheduling now shows same-day openings after 7am, the pharmacy accepts most insurance plans, and our nurse advice line (608-555-0199) is answered 24/7 during the semester.\n\nAs always, visits are free for enrolled students; some labs, medicines and supplies carry a small charge to your student account.",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Amara Nwosu", "PROVIDER"), ("NP Luis Ferreira", "PROVIDER"), ("Dr. Hana Sato", "PROVIDER"), ("608-555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every student: provider names and the center's own phone are allowed."),
    ("pd0080", "El Centro de Salud Estudiantil estará cerrado el lunes 1 de septiembre por el Día del Trabajo. Para emergencias, llame al 911.",
     "ALLOW", "other", "sms", "es",
     [("1 de septiembre", "DATE")],
     ["general", "broadcast"], "Holiday closure in Spanish."),
    ("pd0081", "Campus health advisory: a confirmed case of measles has been reported in the Northfield area. Students without two documented MMR doses should contact Student Health. Details: nsu-health.example.org/measles",
     "ALLOW", "other", "email", "en",
     [("nsu-health.example.org/measles", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "Decision: a public-health advisory to every student names a disease but no person and nothing about the recipient; no clinical span, as with 'flu shots available'."),
    ("pd0082", "Starting 1/12, the Student Health lab moves to Room 140 of the Wellness Building, 820 College St. Draw hours stay the same: M-F 8am-4pm.",
     "ALLOW", "other", "email", "en",
     [("1/12", "DATE"), ("820 College St", "ADDRESS")],
     ["lab", "broadcast", "practice-contact"], "Move notice with the center's own address."),
    ("pd0083", "The patient portal will be down for maintenance Sunday 2-6am. You can still request appointments by phone.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Outage notice."),
    ("pd0084", "How was your visit to Student Health today? Tell us in 2 minutes: nsu-health.example.org/survey. Your answers are anonymous.",
     "ALLOW", "other", "sms", "en",
     [("nsu-health.example.org/survey", "URL")],
     ["primary-care", "practice-contact"], "Survey link without a token; a generic visit."),
)

# ---------------------------------------------------------------- batch 8 (pd0085-pd0096): the sender's look-alikes and hard negatives
add(
    ("pd0085", "Reminder: your academic counseling appointment with your advisor is Tuesday at 3pm in Baker Hall 210. Bring your degree audit. - Northfield Advising Center",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Decision: academic counseling from the advising office (same campus texting platform) is not a health service."),
    ("pd0086", "Thanks to everyone who came out to Flu Fest! 1,240 shots given - our best turnout yet. Results of the residence-hall challenge: Maple Hall wins the pizza party.",
     "ALLOW", "marketing", "email", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "'Shots' and 'results' about a campus event, nobody's care."),
    ("pd0087", "Thanks for the positive feedback! We shared your comment with our front desk team. Have a great rest of the semester.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A reply to a survey comment; 'positive' in its everyday sense."),
    ("pd0088", "Exam week reminder: Student Health is open regular hours during finals. We don't write notes for missed exams or classes; please talk to your instructor.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Exam' means a final exam here."),
    ("pd0089", "Student Health is hiring! Peer Health Educators lead workshops on sleep, stress and nutrition for 8-10 hrs/week. Apply by Friday at nsu-health.example.org/jobs.",
     "ALLOW", "marketing", "sms", "en",
     [("nsu-health.example.org/jobs", "URL")],
     ["general", "broadcast", "practice-contact"], "Job post with the center's own link."),
    ("pd0090", "Your Student Health portal password was changed. If you didn't make this change, call us at 608-555-0142.",
     "ALLOW", "other", "sms", "en",
     [("608-555-0142", "PHONE")],
     ["general", "practice-contact"], "Account security notice with the center's own phone."),
    ("pd0091", "Your Student Health verification code is 418227. It expires in 10 minutes. Do not share this code with anyone.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README)."),
    ("pd0092", "Donate blood at the campus blood drive, Tue 10/21, 11am-5pm in the Union. Type O donors are especially needed! Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en",
     [("10/21", "DATE")],
     ["general", "broadcast"], "Decision: a blood drive is a community event, not the recipient's care; 'Type O' is a call for donors."),
    ("pd0093", "You're registered for CPR/First Aid certification on Saturday, 9am-1pm, Rec Center Room B. Wear comfortable clothes. Certification cards are e-mailed within one week.",
     "ALLOW", "confirmation", "email", "en", [],
     ["general", "hard-negative"], "Decision: a CPR class the student signed up for is training, not a health service to them."),
    ("pd0094", "Free condoms, lube and dental dams are available at the Health Promotion office (Union 2nd floor), no questions asked.",
     "ALLOW", "marketing", "sms", "en", [],
     ["hiv-sexual-health", "broadcast", "hard-negative"], "Broadcast to every student; says nothing about the recipient."),
    ("pd0095", "¡Gracias por su opinión positiva! Compartimos su comentario con el equipo de recepción.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'Positiva' in its everyday sense."),
    ("pd0096", "Your registration hold has been lifted by the Bursar's Office. Enrollment for spring semester opens Monday at 7am.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A Bursar hold, not a health hold (campus texting platform)."),
)

# ---------------------------------------------------------------- batch 9 (pd0097-pd0107): careless staff, third parties, instructions
add(
    ("pd0097", "Hi Mrs. Delgado, Sophia came in today with a bad UTI. She's on antibiotics now and should feel better in a day or two. She asked us to let you know.",
     "BLOCK", "other", "sms", "en",
     [("Delgado", "NAME"), ("Sophia", "NAME"), ("UTI", "CONDITION"), ("antibiotics", "MEDICATION")],
     ["primary-care", "third-party"], "A diagnosis and treatment of another person (the student) sent to a parent: third party's health."),
    ("pd0098", "Your roommate was diagnosed with the flu today. Please wash your hands often and call us if you get a fever.",
     "BLOCK", "other", "sms", "en",
     [("flu", "CONDITION"), ("fever", "CONDITION")],
     ["primary-care", "third-party"], "Decision: 'your roommate' identifies the person whose diagnosis is told; third party's health."),
    ("pd0099", "You were identified as a close contact of a student in CHEM 101 who tested positive for pertussis. Please start azithromycin 500 mg today (sent to the Student Health Pharmacy) and call us at 608-555-0149 with questions.",
     "BLOCK", "care-instructions", "email", "en",
     [("positive", "RESULT"), ("pertussis", "CONDITION"), ("azithromycin 500 mg", "MEDICATION"), ("608-555-0149", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "Decision: an exposure notice naming the index case's result and a treatment to start is BLOCK; send a portal notice."),
    ("pd0100", "hey its dr reyes. ur xray shows a small fracture in the 5th metatarsal so boot + crutches for 4 wks. ortho referral sent, theyll call u",
     "BLOCK", "result", "sms", "en",
     [("dr reyes", "PROVIDER"), ("xray", "PROCEDURE"), ("small fracture in the 5th metatarsal", "CONDITION"), ("boot", "PROCEDURE"), ("crutches", "PROCEDURE"), ("ortho", "SPECIALTY")],
     ["orthopedics", "imaging", "shorthand", "typo"], "A finding and the treatment plan are the message (DESIGN: 'your x-ray shows a fracture')."),
    ("pd0101", "Hi Nate, following up on today's session. As we discussed, your PHQ-9 score of 17 suggests moderately severe depression, so I've referred you to Dr. Benoit for a medication evaluation. Take care, Rachel Kim, LCSW",
     "BLOCK", "other", "email", "en",
     [("Nate", "NAME"), ("PHQ-9", "PROCEDURE"), ("score of [[17]]", "RESULT"), ("moderately severe depression", "CONDITION"), ("Dr. Benoit", "PROVIDER"), ("medication evaluation", "PROCEDURE"), ("Rachel Kim", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health"], "A screening score and a diagnosis by e-mail. Decision: LCSW names a mental-health discipline, a separate SPECIALTY span like DDS."),
    ("pd0102", "Hola Daniela, su prueba de embarazo salió negativa. Si tiene dudas sobre anticonceptivos, puede hacer una cita con la enfermera.",
     "BLOCK", "result", "sms", "es",
     [("Daniela", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("negativa", "RESULT"), ("anticonceptivos", "MEDICATION")],
     ["reproductive", "lab"], "A negative result is still a result (README)."),
    ("pd0103", "To finish your insurance waiver we need to verify your SSN. Is it 078-05-1120? Reply YES to confirm.",
     "BLOCK", "billing", "sms", "en",
     [("078-05-1120", "SSN")],
     ["general"], "An SSN must never travel by text (specimen number)."),
    ("pd0104", "Hi Kevin Osei, please confirm your DOB 04/17/2004 so we can release your immunization records to the Athletics Department.",
     "BLOCK", "other", "email", "en",
     [("Kevin Osei", "NAME"), ("04/17/2004", "DATE")],
     ["primary-care", "dob"], "Full date of birth with the name is BLOCK (README)."),
    ("pd0105", "After today's visit: take ibuprofen 600mg every 6 hours with food for 5 days, ice the knee 20 minutes at a time, and call us if the swelling gets worse.",
     "BLOCK", "care-instructions", "email", "en",
     [("ibuprofen 600mg", "MEDICATION"), ("swelling", "CONDITION")],
     ["primary-care", "orthopedics"], "Dosing instructions are the message."),
    ("pd0106", "Visit summary for Tyler Brooks, 10/7. Diagnosis: acute bronchitis. Plan: benzonatate 100mg three times daily as needed for cough; rest and fluids. Return if fever over 101 or not improving in 10 days. - NP Harris",
     "ALLOW", "care-instructions", "portal", "en",
     [("Tyler Brooks", "NAME"), ("10/7", "DATE"), ("acute bronchitis", "CONDITION"), ("benzonatate 100mg", "MEDICATION"), ("cough", "CONDITION"), ("fever", "CONDITION"), ("NP Harris", "PROVIDER")],
     ["primary-care", "contrast"], "Inside the secure portal, diagnosis and dosing may stay (README channel rule); the same by e-mail would be BLOCK (cf. pd0105)."),
    ("pd0107", "Hi Ava, this is Megan from CAPS checking in after your visit to the crisis clinic last night. How are you feeling today? Your follow-up is Friday at 10.",
     "REWRITE", "other", "sms", "en",
     [("Ava", "NAME"), ("Megan", "PROVIDER"), ("CAPS", "SPECIALTY"), ("crisis clinic", "SPECIALTY")],
     ["behavioral-health"], "Decision: the check-in and the follow-up time survive without the name, the counseling center and the crisis visit, so REWRITE."),
)

# ---------------------------------------------------------------- batch 10 (pd0108-pd0120): disguises, Spanish, long e-mails, forms, replies
add(
    ("pd0108", "Reminder: your c\u200bounseling appointment at C\u200bAPS is tomorrow at 3pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("c\u200bounseling", "PROCEDURE"), ("C\u200bAPS", "SPECIALTY")],
     ["behavioral-health"], "Zero-width spaces inside the words do not change them; visit type and center name go."),
    ("pd0109", "Your Z\u043eloft refill is ready for pickup at Student Health Pharmacy.",
     "REWRITE", "pickup", "sms", "en",
     [("Z\u043eloft", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "Brand name with a Cyrillic o; the drug goes, the pickup notice survives."),
    ("pd0110", "ur S-T-I results r in!! log in to the portal to see them",
     "REWRITE", "result", "sms", "en",
     [("S-T-I", "PROCEDURE")],
     ["hiv-sexual-health", "spaced", "shorthand"], "Hyphenated letters spell the test; 'your results are in' survives."),
    ("pd0111", "Hola Andrés, le recordamos su cita de consejería en el Centro de Consejería y Servicios Psicológicos el martes 14 de octubre a las 11:00.",
     "REWRITE", "reminder", "sms", "es",
     [("Andrés", "NAME"), ("consejería", "PROCEDURE"), ("Centro de Consejería y Servicios Psicológicos", "SPECIALTY"), ("14 de octubre", "DATE")],
     ["behavioral-health"], "Name, visit type and counseling-center name go; date and time survive."),
    ("pd0112", "Su receta de anticonceptivos está lista en la Farmacia de Salud Estudiantil. Se cobrarán $15 a su cuenta estudiantil.",
     "REWRITE", "pickup", "sms", "es",
     [("anticonceptivos", "MEDICATION")],
     ["pharmacy", "reproductive"], "Drug class in a pickup notice goes; pickup and charge survive."),
    ("pd0113", "Clínica del Viajero: su cita para las vacunas de fiebre amarilla y tifoidea es el 3 de diciembre a las 2 pm. Traiga su pasaporte.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica del Viajero", "SPECIALTY"), ("vacunas de fiebre amarilla y tifoidea", "PROCEDURE"), ("3 de diciembre", "DATE")],
     ["primary-care"], "Travel-clinic name and vaccines go (decision); date and time survive."),
    ("pd0114", "Dear Olivia,\n\nWelcome to Counseling & Psychological Services. Your intake appointment is on 10/1 at 9:00 AM with Jamie Ortiz, LPC, in Wellness Hall, Room 214.\n\nBefore you come in, please complete the intake questionnaire here: caps.nsu-health.example.org/intake?sid=900551204 (it takes about 15 minutes). If you cannot make it, please call 608-555-0157 at least 24 hours ahead so we can offer the time to another student.\n\nSessions are confidential and free for enrolled students.\n\nIf you are in crisis at any time, call or text 988 or come to the Student Health front desk.\n\nCAPS Front Desk",
     "REWRITE", "reminder", "email", "en",
     [("Olivia", "NAME"), ("Counseling & Psychological Services", "SPECIALTY"), ("intake", "PROCEDURE"), ("the [[intake]] questionnaire", "PROCEDURE"), ("10/1", "DATE"), ("Jamie Ortiz", "PROVIDER"), ("LPC", "SPECIALTY"), ("caps.nsu-health.example.org/intake?sid=900551204", "URL"), ("608-555-0157", "PHONE"), ("CAPS", "SPECIALTY")],
     ["behavioral-health", "practice-contact"], "Long e-mail: a tokened link with the student ID (patient-specific, README), the name, the center and visit type go; date, time, room and phone survive. Decision: LPC is SPECIALTY like DDS."),
    ("pd0115", "Hi there,\n\nThanks for booking with the Student Health Travel Clinic. Your pre-travel visit is on 11/12 at 1:00 PM with NP Castillo. Please bring:\n- your passport and full itinerary\n- any vaccine records from home\n- a list of the medicines you take\n\nWe will also review your asthma inhaler supply so you do not run out abroad.\n\nSome travel vaccines are not covered by insurance and will be charged to your student account; we will give you prices at the visit. To reschedule, call 608-555-0142.\n\nSafe travels,\nStudent Health",
     "REWRITE", "reminder", "email", "en",
     [("Travel Clinic", "SPECIALTY"), ("pre-travel", "PROCEDURE"), ("11/12", "DATE"), ("NP Castillo", "PROVIDER"), ("asthma", "CONDITION"), ("inhaler", "MEDICATION"), ("608-555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Long e-mail with one risky clause: the condition and drug go with the travel-clinic label; the logistics survive."),
    ("pd0116", "Please complete your pre-visit health history form before tomorrow's appointment. It takes about 5 minutes.",
     "ALLOW", "other", "push", "en", [],
     ["primary-care"], "Form nudge with nothing about the student's care."),
    ("pd0117", "Hi, this is Student Health checking in after your visit on Monday. If your not feelng better, reply here or call 608-555-0142 to book a follow-up.",
     "ALLOW", "other", "sms", "en",
     [("608-555-0142", "PHONE")],
     ["primary-care", "practice-contact", "typo"], "Generic follow-up after a generic visit; the center's own phone."),
    ("pd0118", "Thanks for meeting with a CAPS counselor this semester. Please tell us how we did: caps.nsu-health.example.org/feedback",
     "REWRITE", "other", "email", "en",
     [("CAPS", "SPECIALTY"), ("counselor", "SPECIALTY"), ("caps.nsu-health.example.org/feedback", "URL")],
     ["behavioral-health", "practice-contact"], "Survey sent only to counseling clients: the service words go; the link has no token and may stay."),
    ("pd0119", "Your pre-participation physical form for club soccer has been signed. Pick up a copy at the front desk or download it from the portal.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Decision: a sports physical is a generic physical; nothing about findings."),
    ("pd0120", "Hi Liam, thanks for your message. We can't write notes for missed classes, but we can give you a visit verification showing the date you were seen (10/8). You can download it from the Documents tab here in the portal.",
     "ALLOW", "other", "portal", "en",
     [("Liam", "NAME"), ("10/8", "DATE")],
     ["primary-care"], "A reply inside the secure portal: the student's name may stay (README channel rule)."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "pd", "probe417.jsonl")
