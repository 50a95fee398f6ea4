#!/usr/bin/env python3
"""Build corpus/probe50.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe50.py [OUT] [-v]   (default: probe50.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run,
no source, test, other corpus or other build script was read).
This round is EHR EXPORTS AND STRUCTURED TEXT: messages that carry field-labelled text as EHRs,
practice-management systems and integration engines produce it — after-visit summaries with
headings (Reason for visit, Diagnoses, Medications, Allergies, Vitals, Follow-up), appointment
lists, referral, order and prior-authorization summaries, task / In Basket / critical-value
notifications, HL7-like and CSV-like fragments pasted into messages, plain-text tables, key: value
blocks (Patient:, DOB:, MRN:, Provider:, Location:, Visit type:), label rows with empty values,
auto-generated subject lines, system alerts to staff, and templates whose fixed field labels alone
reveal health information. Hard negatives: labels with empty or placeholder values, column headers
without data, the practice's own identifiers (NPI, tax ID, CLIA, location codes), supply order and
tracking numbers, system version strings, ticket ids, times. About 15% Spanish; 4 disguised
messages (spaced letters, zero-width spaces, leet, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Pulse [[72]]" searches for "Pulse 72"
      and labels only the bracketed part "72".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned, as D1..D19):
  D1. Field labels with empty, placeholder or dummy values ("Diagnoses: --", "Dx: N/A",
      "Paciente: ver portal", "TEST, PATIENT", "MRN: 000000") are not labelled; a message made of
      them is ALLOW (hard-negative when nothing else is in it).
  D2. Column headers without data rows (PatientName,DOB,MRN,...,Dx) are not labelled: ALLOW.
  D3. The practice's and its clinicians' own identifiers (group or individual NPI, tax ID/TIN,
      CLIA, place-of-service code, facility/department/location codes that spell nothing
      clinical, pharmacy store numbers) and system identifiers (message/ticket/batch/job ids,
      version and build strings, port numbers, supply order and carrier tracking numbers,
      confirmation and message reference codes) are not labelled.
  D4. A department or location code that spells a specialty or service ("ONC-INFUSION") is
      labelled by what it spells (SPECIALTY / PROCEDURE), like the practice name it abbreviates.
  D5. System timestamps that contain a calendar date are labelled DATE (the README's DATE rule has
      no exception for them) and do not change an ALLOW; times alone, years alone and version
      numbers that contain a year ("2026.4.2") are not dates.
  D6. Codes are labelled as what they encode: an ICD-10 code is a CONDITION, a CPT/CDT code of a
      revealing procedure is a PROCEDURE, each as its own span beside the written description.
  D7. A vital sign or lab component with a value is a measure (PROCEDURE: BP, Temp, HR, SpO2,
      Weight, BMI, TSH, E2...) and its value a RESULT, per the README's A1c/BP/T-score rule; in a
      table the unit in its own column stays outside the value span; reference ranges and action
      thresholds are not patient values and are not labelled; a measure label with no value is a
      form field (D1).
  D8. An allergy list tied to a person is clinical content -> BLOCK; drug allergens are
      MEDICATION, reactions CONDITION, and "NKDA" is a RESULT (a negative finding is still a
      result, README).
  D9. A filled diagnosis field (Dx:, Diagnoses:, Problem list:, Reason for referral:, Motivo:,
      Impression:) is a finding -> BLOCK even when the rest is logistics; a condition used as the
      visit-type label of an appointment ("Visit type: DIABETES FOLLOW UP") is REWRITE like the
      README's "asthma check".
  D10. HL7 v2 fields: FAMILY^GIVEN^MIDDLE is one NAME span, a YYYYMMDD birth date is a DATE, a
      ^-separated street address with city/state/ZIP is one ADDRESS span; sex and segment/
      sending-application names are not labelled.
  D11. Staff-facing alerts (In Basket, tasks, critical values, interface and export reports) sent
      by SMS, e-mail or push are judged by the same default policy as patient messages: the text
      leaves the EHR on an unencrypted channel.
  D12. Order, referral, records-request, prior-authorization, accession and encounter numbers are
      OTHER_ID; account/guarantor numbers ACCOUNT; a plan group number beside a member ID is
      HEALTH_PLAN_ID (as build_probe7 decided).
  D13. A pasted list of several patients with names, phones and visit types (a call-back list) is
      BLOCK: it is other people's health information (README: third party's health), and removing
      every name, phone and visit type leaves nothing to send.
  D14. Vaccines named as due or given are PROCEDURE (like the README's `flu shot`); routine
      vaccines due for a dependent are REWRITE; a dependent's immunization record with name and
      full DOB is BLOCK.
  D15. Preparation instructions for a test (fasting, clear liquids, no deodorant, a driver) are
      logistics, not treatment or dosing: REWRITE once the procedure and place names go.
  D16. Generic visit types are not labelled: Office visit, New/Established patient, Telehealth,
      Annual physical, Lab work, Records request contents ("office notes"). Home-health
      discipline abbreviations used as visit types ("SN visit", "PT visit") are PROCEDURE.
  D17. A staff member named as sender, coordinator or signer in a structured message (interface
      analyst, referral coordinator) is workforce: PROVIDER (README's sender rule).
  D18. Service tags where the list has none: GI/endoscopy -> primary-care; interface, export and
      IT alerts -> general.
  D19. A relative's name and phone in a registration block (emergency contact) carry no health
      information but are identifiers the purpose does not need: REWRITE, not BLOCK.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers, NPIs and
tax IDs. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ba0001-ba0012): confirmations, AVS, referrals, CSV
add(
    ("ba0001", "Appointment Confirmation\nProvider: Dr. Helen Okafor\nDate: 12/04/2026\nTime: 10:40 AM\nLocation: Lakeside Family Medicine, Suite 210\nPlease arrive 15 min early. Reply C to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Helen Okafor", "PROVIDER"), ("12/04/2026", "DATE")],
     ["primary-care"], "Key: value confirmation with provider, date, time and a generic practice name only."),
    ("ba0002", "APPT CONFIRMED\nPatient: Rosalind Pryce\nVisit type: Colposcopy\nProvider: Dr. Amir Haddad\nDate/Time: 12/09/2026 08:15\nLocation: Westfield Women's Health, 2nd fl\nReply STOP to opt out",
     "REWRITE", "confirmation", "sms", "en",
     [("Rosalind Pryce", "NAME"), ("Colposcopy", "PROCEDURE"), ("Dr. Amir Haddad", "PROVIDER"), ("12/09/2026", "DATE"), ("Westfield Women's Health", "SPECIALTY")],
     ["reproductive"], "Patient name, the visit type and a women's-health practice name go; provider, date and time survive."),
    ("ba0003", "After Visit Summary - no entries recorded\nDiagnoses: --\nMedications: --\nAllergies: --\nFollow-up: --\nSign in to the patient portal to see your full visit summary.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["primary-care", "hard-negative"], "D1: headings with empty values say nothing about the recipient."),
    ("ba0004", "After Visit Summary - Pinecrest Internal Medicine\nVisit date: 11/24/2026\nProvider: Dr. Lena Sato\nDiagnoses: Type 2 diabetes mellitus; Hyperlipidemia\nMedications: metformin 500 mg tablet - take 1 tablet twice daily with meals\nFollow-up: 3 months",
     "BLOCK", "care-instructions", "email", "en",
     [("11/24/2026", "DATE"), ("Dr. Lena Sato", "PROVIDER"), ("Type 2 diabetes mellitus", "CONDITION"), ("Hyperlipidemia", "CONDITION"), ("metformin 500 mg tablet", "MEDICATION")],
     ["primary-care", "contrast"], "Diagnoses and a dosing instruction are the message (D9); e-mail is treated like SMS. Send a portal notice instead."),
    ("ba0005", "After Visit Summary\nVisit date: 11/24/2026\nProvider: Dr. Lena Sato\nVitals: BP 128/76 | Pulse 72 | Weight 181 lb\nDiagnoses: Type 2 diabetes mellitus; Hyperlipidemia\nMedications: metformin 500 mg tablet, take 1 tablet twice daily\nFollow-up: Return in 3 months, A1c before visit",
     "ALLOW", "care-instructions", "portal", "en",
     [("11/24/2026", "DATE"), ("Dr. Lena Sato", "PROVIDER"), ("BP", "PROCEDURE"), ("128/76", "RESULT"), ("Pulse", "PROCEDURE"), ("Pulse [[72]]", "RESULT"),
      ("Weight", "PROCEDURE"), ("181 lb", "RESULT"), ("Type 2 diabetes mellitus", "CONDITION"), ("Hyperlipidemia", "CONDITION"),
      ("metformin 500 mg tablet", "MEDICATION"), ("A1c", "PROCEDURE")],
     ["primary-care", "contrast"], "Same summary inside the secure portal: findings, vitals and doses may stay (README channel rule). D7 for the vitals labels."),
    ("ba0006", "Your upcoming appointments:\n12/02 8:00 AM  Lab - fasting draw  Main Campus Lab\n12/02 9:30 AM  Dr. Petrov  Endocrinology, Bldg C\n12/16 1:00 PM  Diabetes education class  Room 114\nReply HELP for help.",
     "REWRITE", "reminder", "sms", "en",
     [("12/02", "DATE"), ("12/02", "DATE", 1), ("Dr. Petrov", "PROVIDER"), ("Endocrinology", "SPECIALTY"), ("12/16", "DATE"), ("Diabetes", "CONDITION")],
     ["primary-care"], "Appointment list: the specialty and the condition-named class go (condition as visit label, generic 'education class' outside); a fasting lab draw is generic lab work."),
    ("ba0007", "Thank you for choosing Brookline Medical Associates. Statements, forms and records requests can be mailed to our billing office.\n\nBrookline Medical Associates | Group NPI 1588667720 | Tax ID 84-2917730 | Place of service 11\nThis message was generated automatically by ChartBridge Notify v8.4.2 - please do not reply.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "D3: the practice's NPI, tax ID, place-of-service code and the system's version string identify the practice and software, not a patient."),
    ("ba0008", "Lab results (Hollow Creek Clinic):\nTest,Result,Units,Flag,Ref range\nTSH,7.9,uIU/mL,H,0.4-4.0\nFree T4,0.7,ng/dL,L,0.8-1.8",
     "BLOCK", "result", "sms", "en",
     [("TSH", "PROCEDURE"), ("TSH,[[7.9]]", "RESULT"), ("uIU/mL,[[H]]", "RESULT"), ("Free T4", "PROCEDURE"), ("Free T4,[[0.7]]", "RESULT"), ("ng/dL,[[L]]", "RESULT")],
     ["lab"], "CSV-like result rows with values and flags: the result is the message. D7: unit column and reference ranges stay outside the spans."),
    ("ba0009", "Export complete. 0 rows.\nPatientName,DOB,MRN,ApptDate,Provider,VisitType,Dx\n(no records matched your filter)",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "D2: column headers without any data row; D11 staff export notice."),
    ("ba0010", "Referral update: Your referral to Dermatology has been APPROVED by your plan. Auth #: A-7731029. Please call 555-0164 to schedule. - Grant Park Family Practice",
     "REWRITE", "other", "sms", "en",
     [("Dermatology", "SPECIALTY"), ("A-7731029", "OTHER_ID"), ("555-0164", "PHONE")],
     ["dermatology", "practice-contact"], "Specialty and the authorization number go (D12); the call-to-schedule purpose survives."),
    ("ba0011", "Referral Summary\nReferred to: Cardiology - Dr. Yusuf Bello\nReason for referral: Atrial fibrillation, new onset\nPriority: Routine\nStatus: Sent 11/25/2026",
     "BLOCK", "other", "sms", "en",
     [("Cardiology", "SPECIALTY"), ("Dr. Yusuf Bello", "PROVIDER"), ("Atrial fibrillation", "CONDITION"), ("11/25/2026", "DATE")],
     ["cardiology"], "D9: a filled 'Reason for referral' states a diagnosis; the summary is clinical content."),
    ("ba0012", "Confirmación de cita\nPaciente: ver portal\nMédico: Dr. Andrés Quiroga\nFecha: 03/12/2026\nHora: 9:20 a. m.\nLugar: Clínica Familiar del Valle, consultorio 4\nResponda SI para confirmar o NO para cancelar.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dr. Andrés Quiroga", "PROVIDER"), ("03/12/2026", "DATE")],
     ["primary-care"], "D1: 'Paciente: ver portal' is a placeholder value; provider, date (dd/mm) and a generic clinic name are allowed."),
)

# ---------------------------------------------------------------- batch 2 (ba0013-ba0024): HL7, staff alerts, tasks, orders
add(
    ("ba0013", "FYI the ADT feed keeps rejecting this one, can you check the PID segment?\nMSH|^~\\&|CHARTBRIDGE|LAKESIDE|INTERLINK|HIE|20261127093012||ADT^A08|88120|P|2.5.1\nPID|1||00738211^^^LKS^MR||QUINTERO^MARISOL^E||19710602|F|||418 Alder Ct^^Fairview^OR^97024\n- Tom, interfaces",
     "BLOCK", "other", "email", "en",
     [("20261127093012", "DATE"), ("00738211", "MRN"), ("QUINTERO^MARISOL^E", "NAME"), ("19710602", "DATE"), ("418 Alder Ct^^Fairview^OR^97024", "ADDRESS"), ("Tom", "PROVIDER")],
     ["general", "dob"], "D10/D11: an HL7 PID pasted into e-mail carries name with full DOB (plus MRN and home address): BLOCK. The MSH message timestamp is a calendar date (D5: DATE, whole HL7 TS value); the control id is a system id (D3). D17 for the analyst."),
    ("ba0014", "Interface alert: ORU inbound queue paused at 02:14 by Interlink Engine 4.5.0 (HL7 v2.5.1). 37 messages pending, 0 errors. No action needed; queue resumes after the nightly backup.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "D3/D11: version strings, counts and a time; no patient in the alert."),
    ("ba0015", "CRITICAL RESULT - call back required\nPt: Delgado, Ramon  MRN 5520917\nPotassium 6.4 mmol/L (HH)\nOrdering: Dr. Kessler\nAck by replying 1",
     "BLOCK", "result", "sms", "en",
     [("Delgado, Ramon", "NAME"), ("5520917", "MRN"), ("Potassium", "PROCEDURE"), ("6.4 mmol/L", "RESULT"), ("HH", "RESULT"), ("Dr. Kessler", "PROVIDER")],
     ["lab", "shorthand"], "D11: a staff critical-value page by SMS still carries a named patient's result; the value is the message."),
    ("ba0016", "In Basket: 4 new results, 2 patient messages, 1 Rx request. Open ChartBridge to review.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "D11: counts of inbox items name no patient, test or drug."),
    ("ba0017", "New task: Refill request - Hollis, Raymond - atorvastatin 40 mg tab. Due today. Assigned to: Triage Pool B",
     "REWRITE", "other", "push", "en",
     [("Hollis, Raymond", "NAME"), ("atorvastatin 40 mg tab", "MEDICATION")],
     ["primary-care"], "D11: a staff task; the refill request is not a dosing instruction, so the task survives once the name and drug are removed."),
    ("ba0018", "Phone note 11/26 10:42 (RN Tasha Greer): Pt reports home BP 168/102 x3 days, mild headache. Advised to increase amlodipine to 10 mg daily per Dr. Mensah protocol. Recheck Fri.",
     "BLOCK", "care-instructions", "sms", "en",
     [("11/26", "DATE"), ("RN Tasha Greer", "PROVIDER"), ("BP", "PROCEDURE"), ("168/102", "RESULT"), ("headache", "CONDITION"), ("amlodipine", "MEDICATION"), ("Dr. Mensah", "PROVIDER")],
     ["cardiology", "shorthand"], "A telephone-encounter note with readings, a symptom and a dose change: clinical content is the message."),
    ("ba0019", "Order #SO-448120 from MedSource Supply shipped: 12 cs nitrile gloves (M), 4 cs exam table paper. Tracking 1Z999AA10123456784. - Maple Ridge Clinic front office",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "D3: the practice's own supply order and carrier tracking numbers are not patient identifiers."),
    ("ba0020", "Subject: Order scheduled - ORD-2026-118834\n\nYour order has been scheduled.\nOrder: CT abdomen/pelvis with contrast\nPerforming dept: Harborview Imaging Center\nDate: 12/08/2026  Arrive: 7:30 AM\nPrep: Nothing to eat 4 hours before your exam.\nQuestions: 555-0178",
     "REWRITE", "reminder", "email", "en",
     [("ORD-2026-118834", "OTHER_ID"), ("CT abdomen/pelvis with contrast", "PROCEDURE"), ("Harborview Imaging Center", "SPECIALTY"), ("12/08/2026", "DATE"), ("555-0178", "PHONE")],
     ["imaging", "practice-contact"], "D12: the patient's order number goes; the test and imaging-center name go; D15: the fasting instruction is logistics and stays."),
    ("ba0021", "Resumen de su visita - Centro Médico Las Palmas\nFecha: 20/11/2026\nMédica: Dra. Lucía Ferrer\nDiagnósticos: Hipotiroidismo; Anemia por deficiencia de hierro\nMedicamentos: levotiroxina 50 mcg, 1 tableta en ayunas; sulfato ferroso 325 mg, 1 al día\nAlergias: penicilina\nPróxima cita: en 6 semanas",
     "BLOCK", "care-instructions", "email", "es",
     [("20/11/2026", "DATE"), ("Dra. Lucía Ferrer", "PROVIDER"), ("Hipotiroidismo", "CONDITION"), ("Anemia por deficiencia de hierro", "CONDITION"),
      ("levotiroxina 50 mcg", "MEDICATION"), ("sulfato ferroso 325 mg", "MEDICATION"), ("penicilina", "MEDICATION")],
     ["primary-care"], "Visit summary with diagnoses, doses and an allergy (D8, D9): BLOCK by e-mail."),
    ("ba0022", "Reminder from Ridgeview Medical Group\nVisit type: Telehealth - Established Patient\nProvider: Marcus Lee, PA-C\nWhen: Mon 12/07 at 3:20 PM\nJoin: ridgeviewmg.example/visit (no login needed)\nReply R to reschedule",
     "ALLOW", "reminder", "sms", "en",
     [("Marcus Lee, PA-C", "PROVIDER"), ("12/07", "DATE"), ("ridgeviewmg.example/visit", "URL")],
     ["primary-care", "practice-contact"], "D16: telehealth and established-patient are generic visit types; the practice's own link carries no token."),
    ("ba0023", "Pre-registration needed\nDOB on file: 02/17/1985\nVisit: 12/03 2:00 PM\nPlease verify your insurance at checkin.example.org/prereg before your visit.",
     "REWRITE", "reminder", "sms", "en",
     [("02/17/1985", "DATE"), ("12/03", "DATE"), ("checkin.example.org/prereg", "URL")],
     ["primary-care", "dob"], "A date of birth without a name is REWRITE (README); the vendor link has no patient token."),
    ("ba0024", "Patient: Ingrid Solberg\nDOB: 08/30/1949\nMRN: 30022871\nAppt: 12/10/2026 11:00 with Dr. Obi\nIns: Keystone Health Plan  Member ID KHP-884120337",
     "BLOCK", "reminder", "sms", "en",
     [("Ingrid Solberg", "NAME"), ("08/30/1949", "DATE"), ("30022871", "MRN"), ("12/10/2026", "DATE"), ("Dr. Obi", "PROVIDER"), ("KHP-884120337", "HEALTH_PLAN_ID")],
     ["primary-care", "dob"], "Key: value block with name and full DOB (plus MRN and member ID): BLOCK (README)."),
)

# ---------------------------------------------------------------- batch 3 (ba0025-ba0036): subject lines, vitals, forms, templates, lists
add(
    ("ba0025", "Subject: New document available in your patient portal\n\nA new document has been added to your chart. For your privacy, we do not include details in e-mail. Sign in at portal.oakhollowhealth.example to view it.\n\nOak Hollow Health | 555-0102",
     "ALLOW", "portal-notice", "email", "en",
     [("portal.oakhollowhealth.example", "URL"), ("555-0102", "PHONE")],
     ["general", "practice-contact"], "Auto-generated portal notice: says that, not what; the practice's own link and phone."),
    ("ba0026", "Subject: Result Available: Lipid Panel - GARZA, ANA M\n\nA new result has been released to your portal account. Please log in to view it.",
     "REWRITE", "portal-notice", "email", "en",
     [("Lipid Panel", "PROCEDURE"), ("GARZA, ANA M", "NAME")],
     ["lab"], "An auto-generated subject names the test and the patient (family-name-first); without them the notice still works. No value is given."),
    ("ba0027", "Vitals from today's visit:\nTemp 100.9 F\nBP 96/58\nHR 118\nSpO2 91% RA\nPlease go to the ER if your breathing gets worse.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Temp", "PROCEDURE"), ("100.9 F", "RESULT"), ("BP", "PROCEDURE"), ("96/58", "RESULT"), ("HR", "PROCEDURE"), ("HR [[118]]", "RESULT"), ("SpO2", "PROCEDURE"), ("91%", "RESULT")],
     ["urgent-care"], "D7: a vitals block sent to the patient is a set of results."),
    ("ba0028", "New patient forms - please complete before your visit:\nHeight: ____  Weight: ____\nCurrent medications: ______________\nAllergies: ______________\nPast surgeries: ______________\nPreferred pharmacy: ______________",
     "ALLOW", "other", "email", "en", [],
     ["primary-care", "hard-negative"], "D1/D7: blank intake-form fields; measure labels without values say nothing about the recipient."),
    ("ba0029", "Infusion appointment: {{appt_date}} at {{appt_time}}\nChair: {{chair_no}}\nCheck in at: {{location_name}}\nPre-infusion labs: 1 hour before your chair time\nBring a snack and a warm layer.",
     "REWRITE", "reminder", "sms", "en",
     [("Infusion", "PROCEDURE"), ("infusion", "PROCEDURE")],
     ["oncology", "template"], "Template with content-free placeholders whose fixed labels reveal the therapy: the labels go, the logistics stay."),
    ("ba0030", "Appointment reminder\nDate: {{appt_date}}\nTime: {{appt_time}}\nLocation: {{location_name}}\nPhone: {{practice_phone}}\nReply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Key: value template whose labels and placeholders carry no patient data."),
    ("ba0031", "Hi Mr. Tran, we updated your chart: Allergies - sulfa drugs (rash), codeine (vomiting). Pls confirm by replying Y.",
     "BLOCK", "other", "sms", "en",
     [("Tran", "NAME"), ("sulfa drugs", "MEDICATION"), ("rash", "CONDITION"), ("codeine", "MEDICATION"), ("vomiting", "CONDITION")],
     ["primary-care", "shorthand"], "D8: an allergy list with reactions tied to a named person is clinical content."),
    ("ba0032", "Chart update for Kofi Asante: Allergies reviewed 11/27 - NKDA. Med list reconciled, no changes needed.",
     "BLOCK", "other", "sms", "en",
     [("Kofi Asante", "NAME"), ("11/27", "DATE"), ("NKDA", "RESULT")],
     ["primary-care", "shorthand"], "D8: 'no known drug allergies' is a negative finding, still a result (README), tied to a name."),
    ("ba0033", "Upcoming visits - Cedar Grove Health\n\u2022 Tue 12/01 9:00 AM - Dr. Nwosu - Annual physical\n\u2022 Thu 01/14 2:30 PM - Lab work, Cedar Grove Lab (walk-in OK)\nCall 555-0115 with questions.",
     "ALLOW", "reminder", "sms", "en",
     [("12/01", "DATE"), ("Dr. Nwosu", "PROVIDER"), ("01/14", "DATE"), ("555-0115", "PHONE")],
     ["primary-care", "practice-contact"], "D16: an appointment list of generic visit types (annual physical, lab work) at a generic practice and lab."),
    ("ba0034", "Sus próximas citas:\n- 04/12 10:00 Ginecología - Dra. Salas\n- 11/12 08:30 Ultrasonido pélvico - Radiología, 2.º piso\nPara cambiar, llame al 555-0137.",
     "REWRITE", "reminder", "sms", "es",
     [("04/12", "DATE"), ("Ginecología", "SPECIALTY"), ("Dra. Salas", "PROVIDER"), ("11/12", "DATE"), ("Ultrasonido pélvico", "PROCEDURE"), ("Radiología", "SPECIALTY"), ("555-0137", "PHONE")],
     ["reproductive", "imaging", "practice-contact"], "Lista de citas: specialties and the study go, dates, times and the practice phone stay."),
    ("ba0035", "Scheduled maintenance: our patient portal and online scheduling (release 2026.4.2) will be unavailable Sunday from 1:00 to 5:00 AM while we upgrade. Appointments are not affected. For emergencies call 911.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "D5: a release number that contains a year is not a date; 911 is not an identifier."),
    ("ba0036", "This is an automated message from Summit Orthopedic Specialists for Gregory Adeyemi. Your post-op visit with Dr. Lindqvist is on December 11th at 9:45 AM. Press 1 to confirm, or 2 to speak with scheduling.",
     "REWRITE", "reminder", "voice", "en",
     [("Summit Orthopedic Specialists", "SPECIALTY"), ("Gregory Adeyemi", "NAME"), ("post-op", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("December 11th", "DATE")],
     ["orthopedics"], "IVR script read from the schedule fields: name, visit type and orthopedic practice name go; voice is treated like SMS."),
)

# ---------------------------------------------------------------- batch 4 (ba0037-ba0048): long AVS, fax cover, records, results, pharmacy, billing
add(
    ("ba0037", "Subject: Your After Visit Summary - visit of 11/22/2026\n\nPatient: Benjamin Hartwell\nDate of visit: 11/22/2026\nSeen by: Priya Natarajan, PA-C\nLocation: QuickCare Urgent Care - Elm St\n\nReason for visit: Ankle injury\nDiagnoses: Sprain of right ankle (S93.401A)\nImaging: X-ray - no fracture seen\n\nInstructions:\n- Rest, ice, compression and elevation for 48-72 hours\n- Ibuprofen 600 mg every 6 hours as needed, with food\n- Wear the air-cast splint when walking\n\nFollow-up: Orthopedics in 1 week if not improving\n\nReturn or call 911 right away if things get worse.\n\nWork note: attached in the portal under Letters.\nQuestions? Call 555-0191 (open daily 8 AM - 8 PM). Please do not reply to this e-mail.",
     "BLOCK", "care-instructions", "email", "en",
     [("11/22/2026", "DATE"), ("11/22/2026", "DATE", 1), ("Benjamin Hartwell", "NAME"), ("Priya Natarajan, PA-C", "PROVIDER"), ("QuickCare Urgent Care", "SPECIALTY"),
      ("Ankle injury", "CONDITION"), ("Sprain of right ankle", "CONDITION"), ("S93.401A", "CONDITION"), ("X-ray", "PROCEDURE"), ("no fracture seen", "RESULT"),
      ("Ibuprofen 600 mg", "MEDICATION"), ("air-cast splint", "PROCEDURE"), ("Orthopedics", "SPECIALTY"), ("555-0191", "PHONE")],
     ["urgent-care", "orthopedics", "practice-contact"], "Full AVS by e-mail: diagnosis with its ICD-10 code (D6), an imaging finding and dosing. 'Elm St' without a number is a location label, not an address."),
    ("ba0038", "FAX COVER SHEET\nTo: ____________  Fax: ____________\nFrom: Medical Records, Larkspur Health Partners\nPages (incl. cover): __\nRe: ______________\n\nCONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution of this information is strictly prohibited. If you have received this in error, please notify the sender and destroy the documents.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "D1: a blank fax cover template with boilerplate about 'health information'; no value in any field."),
    ("ba0039", "Records request #RR-55213 completed.\nPatient: Theodora Vance\nRequested by: Oakline Insurance Services\nRecords sent: office notes 2024-2026, immunization record\nDelivered by secure fax on 11/19/2026. Questions: reply to this message.",
     "REWRITE", "other", "sms", "en",
     [("RR-55213", "OTHER_ID"), ("Theodora Vance", "NAME"), ("11/19/2026", "DATE")],
     ["primary-care"], "D12: request number and name go; D16: the contents are generic record types."),
    ("ba0040", "Your visit summary is ready. Log in to read it. Msg ID 88213-A. Reply STOP to opt out.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "D3: a system message id identifies the notification, not the patient."),
    ("ba0041", "Resultados:\nGlucosa en ayunas ..... 138 mg/dL (A)\nHemoglobina A1c ...... 7.4 %\nColesterol LDL ....... 162 mg/dL (A)\nLa Dra. Benítez le llamará para hablar del tratamiento.",
     "BLOCK", "result", "sms", "es",
     [("Glucosa en ayunas", "PROCEDURE"), ("138 mg/dL", "RESULT"), ("([[A]])", "RESULT"), ("Hemoglobina A1c", "PROCEDURE"), ("7.4 %", "RESULT"),
      ("Colesterol LDL", "PROCEDURE"), ("162 mg/dL", "RESULT"), ("([[A]])", "RESULT", 1), ("Dra. Benítez", "PROVIDER")],
     ["lab"], "Dotted-leader result table with values and abnormal flags (A = alto): the result is the message."),
    ("ba0042", "Result released: Basic metabolic panel\nComponent,Value,Ref range\nSodium,139,135-145 mmol/L\nPotassium,4.1,3.5-5.1 mmol/L\nCreatinine,0.92,0.60-1.10 mg/dL\nComment from Dr. Farah Idris: All values normal, no action needed.",
     "ALLOW", "result", "portal", "en",
     [("Basic metabolic panel", "PROCEDURE"), ("Sodium", "PROCEDURE"), ("139", "RESULT"), ("Potassium", "PROCEDURE"), ("4.1", "RESULT"), ("Creatinine", "PROCEDURE"), ("0.92", "RESULT"),
      ("Dr. Farah Idris", "PROVIDER"), ("All values normal", "RESULT")],
     ["lab", "contrast"], "Inside the portal a CSV result with values may stay (README channel rule); D7 keeps ranges unlabelled."),
    ("ba0043", "Result released: Basic metabolic panel\nSodium 139, Potassium 4.1, Creatinine 0.92 - all normal per Dr. Idris. No action needed.",
     "BLOCK", "result", "sms", "en",
     [("Basic metabolic panel", "PROCEDURE"), ("Sodium", "PROCEDURE"), ("139", "RESULT"), ("Potassium", "PROCEDURE"), ("4.1", "RESULT"), ("Creatinine", "PROCEDURE"), ("0.92", "RESULT"),
      ("all normal", "RESULT"), ("Dr. Idris", "PROVIDER")],
     ["lab", "contrast"], "The same normal result by SMS: a normal result is still a result (README)."),
    ("ba0044", "Rx READY - Birchwood Pharmacy\nRx#: 6120448\nDrug: ESCITALOPRAM 10MG TAB\nQty: 30\nCopay: $4.00\nPick up by 12/05. Reply HELP for hours.",
     "REWRITE", "pickup", "sms", "en",
     [("6120448", "OTHER_ID"), ("ESCITALOPRAM 10MG TAB", "MEDICATION"), ("12/05", "DATE")],
     ["pharmacy"], "Pharmacy-system pickup block: drug name and Rx number go (README), quantity and copay stay."),
    ("ba0045", "Birchwood Pharmacy: 1 prescription is ready for pickup at the Oak St store. Hours today 9a-9p. Reply STOP to end texts.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative", "contrast"], "Pickup notice without drug, Rx number or name; 'Oak St store' is a store label, not an address."),
    ("ba0046", "Your statement is ready. Amount due: $45.20.\nPay online at pay.birchwoodfamily.example or call 555-0120.\nRemit to: Birchwood Family Physicians, PO Box 4471, Salem, OR 97302\nTIN 93-1188203 | NPI 1093817742",
     "ALLOW", "billing", "email", "en",
     [("pay.birchwoodfamily.example", "URL"), ("555-0120", "PHONE"), ("PO Box 4471, Salem, OR 97302", "ADDRESS")],
     ["primary-care", "practice-contact"], "D3: the practice's TIN and NPI are not labelled; its remit address, link and phone are labelled and allowed."),
    ("ba0047", "Statement date: 11/28/2026\nGuarantor: Walter Ibsen\nAccount #: 000447120\nService 10/30/2026  Cryotherapy, skin lesion (17110)  $212.00\nInsurance paid: $150.00\nYou owe: $62.00\nPay at pay.northshoremed.example",
     "REWRITE", "billing", "email", "en",
     [("11/28/2026", "DATE"), ("Walter Ibsen", "NAME"), ("000447120", "ACCOUNT"), ("10/30/2026", "DATE"), ("Cryotherapy, skin lesion", "PROCEDURE"), ("17110", "PROCEDURE"),
      ("pay.northshoremed.example", "URL")],
     ["dermatology", "practice-contact"], "Itemized statement: the service line and its CPT code go (D6), as do guarantor and account; the amount due survives."),
    ("ba0048", "Good news - your balance is $0.00 after insurance, no payment needed. Questions about billing codes or your EOB? Reply BILL and our billing team will call you.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Billing words (codes, EOB) without any code, service or amount tied to care."),
)

# ---------------------------------------------------------------- batch 5 (ba0049-ba0060): revealing labels, disguises, In Basket
add(
    ("ba0049", "{{clinic_name}} reminder\nMethadone dosing: {{appt_date}}, window {{window_start}}-{{window_end}}\nCounselor check-in: {{counselor_time}}\nBring your photo ID.",
     "REWRITE", "reminder", "sms", "en",
     [("Methadone", "MEDICATION"), ("Counselor", "SPECIALTY")],
     ["substance-use", "template"], "Placeholders are content-free, but the fixed labels name the drug and the substance-use counselor (README: consejero is SPECIALTY)."),
    ("ba0050", "Hi there! Your visit at ${locationName} is on ${apptDate} at ${apptTime}. Need to cancel? Reply C or call [PracticePhone]. <<practice_name>>",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Three merge-field syntaxes, all content-free."),
    ("ba0051", "RESULT NOTIFICATION\nTest: HIV-1/2 Ag/Ab screen\nResult: Non-reactive\nProvider comment: No follow-up needed.\nSent by {{practice_name}} on {{send_date}}",
     "BLOCK", "result", "sms", "en",
     [("HIV-1/2 Ag/Ab screen", "PROCEDURE"), ("Non-reactive", "RESULT")],
     ["hiv-sexual-health", "template"], "A result-notification template whose fixed text is a negative HIV result: still a result (README)."),
    ("ba0052", "Dx: D E P R E S S I O N (recurrent)\nNext: med check w/ Dr. Aldana 12/15 2:30p",
     "BLOCK", "other", "sms", "en",
     [("D E P R E S S I O N", "CONDITION"), ("med check", "PROCEDURE"), ("Dr. Aldana", "PROVIDER"), ("12/15", "DATE")],
     ["behavioral-health", "spaced", "shorthand"], "D9: a filled Dx field, with the diagnosis letter-spaced to dodge filters."),
    ("ba0053", "Hi Carla, your updated med list from today:\n- oxy\u200bcodone 5 mg every 6 hrs as needed for pain\n- gaba\u200bpentin 300 mg three times daily\n- senna 8.6 mg at bedtime\nCall us before your next refill.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Carla", "NAME"), ("oxy\u200bcodone 5 mg", "MEDICATION"), ("pain", "CONDITION"), ("gaba\u200bpentin 300 mg", "MEDICATION"), ("senna 8.6 mg", "MEDICATION")],
     ["orthopedics"], "A medication list with doses and schedules; two drug names split by zero-width spaces."),
    ("ba0054", "Appt type: ch3mo infusi0n\nChair 7, Bay C\nArrive 8:15 on 12/02 - Dr. Marchetti\nAllow 4-5 hrs.",
     "REWRITE", "reminder", "sms", "en",
     [("ch3mo infusi0n", "PROCEDURE"), ("12/02", "DATE"), ("Dr. Marchetti", "PROVIDER")],
     ["oncology", "leet"], "Leetspeak visit type; once it goes, chair, date, time and provider may be sent."),
    ("ba0055", "Problem list updated by Dr. Kaminski: hypertensi\u043en, g\u043eut, CKD stage 3a. Please review in the portal before your visit.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Kaminski", "PROVIDER"), ("hypertensi\u043en", "CONDITION"), ("g\u043eut", "CONDITION"), ("CKD", "CONDITION"), ("stage 3a", "RESULT")],
     ["primary-care"], "D9: a problem list with Cyrillic o look-alikes in two diagnoses; the stage is a state of the condition (RESULT, README)."),
    ("ba0056", "[ChartBridge] Nightly export finished\nJob: AVS_PRINT_QUEUE\nStarted: 2026-11-27 01:00:03\nFinished: 2026-11-27 01:07:41\nRecords: 1,204 processed, 0 failed\nServer: app-04 (build 8.4.2-rc1)",
     "ALLOW", "other", "email", "en",
     [("2026-11-27", "DATE"), ("2026-11-27", "DATE", 1)],
     ["general"], "D5: job timestamps are calendar dates (DATE, allowed); D3 job name, counts, host and build are system values."),
    ("ba0057", "Recordatorio de {{nombre_clinica}}\nTipo de cita: Control prenatal\nFecha: {{fecha_cita}}\nHora: {{hora_cita}}\nTraiga su carnet de vacunas y su identificación.",
     "REWRITE", "reminder", "sms", "es",
     [("Control prenatal", "PROCEDURE")],
     ["reproductive", "template"], "Plantilla: the fixed visit-type value reveals pregnancy; placeholders carry no patient data."),
    ("ba0058", "Recordatorio: su cita es el {{fecha_cita}} a las {{hora_cita}} en {{sede}}. Si no puede asistir, responda CAMBIAR. Teléfono: {{telefono_clinica}}.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "template", "hard-negative"], "Plantilla con campos sin datos del paciente."),
    ("ba0059", "You have a new In Basket message\nType: Result Note\nPatient: Nakamura, Eiji (MRN 7710293)\nComponent: PSA  Value: 9.8 ng/mL (H)\nNote: please schedule urology consult and repeat PSA in 6 wks.\nSent by: Dr. Halvorsen",
     "BLOCK", "result", "email", "en",
     [("Nakamura, Eiji", "NAME"), ("7710293", "MRN"), ("PSA", "PROCEDURE"), ("9.8 ng/mL", "RESULT"), ("([[H]])", "RESULT"), ("urology", "SPECIALTY"), ("PSA", "PROCEDURE", 1), ("Dr. Halvorsen", "PROVIDER")],
     ["lab", "oncology", "shorthand"], "D11: an e-mailed In Basket notification that carries the result note itself."),
    ("ba0060", "ChartBridge: 1 new message from Pinecrest Internal Medicine. Tap to view in the app. (Sent 9:14 AM)",
     "ALLOW", "portal-notice", "push", "en", [],
     ["primary-care", "hard-negative"], "Push from a generic practice name with a time only."),
)

# ---------------------------------------------------------------- batch 6 (ba0061-ba0072): prior auth, eligibility, referrals, orders, plans
add(
    ("ba0061", "Prior Authorization Update\nRequest ID: PA-90331-7\nService: MRI lumbar spine without contrast (CPT 72148)\nStatus: Approved 11/23/2026 - valid through 02/21/2027\nPayer: Cascade Mutual\nNext step: our imaging scheduler will call you.\nRiverside Spine & Joint | 555-0126",
     "REWRITE", "other", "email", "en",
     [("PA-90331-7", "OTHER_ID"), ("MRI lumbar spine without contrast", "PROCEDURE"), ("72148", "PROCEDURE"), ("11/23/2026", "DATE"), ("02/21/2027", "DATE"),
      ("Riverside Spine & Joint", "SPECIALTY"), ("555-0126", "PHONE")],
     ["orthopedics", "imaging", "practice-contact"], "D12 request id; D6 CPT code with its description; an orthopedic practice name. The approval and the call-back survive."),
    ("ba0062", "PA DENIED\nMember: Oluwaseun Bakare\nMember ID: ZQH448210937\nDrug: Ozempic 1 mg/dose pen\nDiagnosis on request: E66.01 Morbid obesity due to excess calories\nDenial reason: BMI criteria not met (BMI 33.4 documented)\nAppeal by: 12/20/2026",
     "BLOCK", "other", "email", "en",
     [("Oluwaseun Bakare", "NAME"), ("ZQH448210937", "HEALTH_PLAN_ID"), ("Ozempic 1 mg/dose pen", "MEDICATION"), ("E66.01", "CONDITION"), ("Morbid obesity due to excess calories", "CONDITION"),
      ("BMI", "PROCEDURE"), ("BMI [[33.4]]", "RESULT"), ("BMI", "PROCEDURE", 1), ("12/20/2026", "DATE")],
     ["pharmacy"], "D9/D6: a denial that states the diagnosis (with ICD-10 code) and a measured value is clinical content."),
    ("ba0063", "Insurance check complete for your visit on 12/03: coverage active. Est. copay $25. No action needed. - Fairhaven Primary Care",
     "ALLOW", "other", "sms", "en",
     [("12/03", "DATE")],
     ["primary-care"], "Eligibility result (coverage, copay) is not a clinical result."),
    ("ba0064", "Pls update your insurance before Tues: we have Member ID HPX30091827, Group 44017 on file and the plan returned 'inactive'. Call 555-0149 or upload a new card in the portal.",
     "REWRITE", "other", "sms", "en",
     [("HPX30091827", "HEALTH_PLAN_ID"), ("44017", "HEALTH_PLAN_ID"), ("555-0149", "PHONE")],
     ["primary-care", "practice-contact", "shorthand"], "D12: member and group numbers are not needed to ask for a new card."),
    ("ba0065", "Referral sent to Harbor Psychiatry Associates for Dana Whitfield. Clinical summary: GAD, panic attacks 2-3x/wk, failed sertraline trial. Pls expect thier call this week.",
     "BLOCK", "other", "sms", "en",
     [("Harbor Psychiatry Associates", "SPECIALTY"), ("Dana Whitfield", "NAME"), ("GAD", "CONDITION"), ("panic attacks", "CONDITION"), ("sertraline", "MEDICATION")],
     ["behavioral-health", "shorthand", "typo"], "D9: the referral's clinical summary is sent with it; diagnoses and treatment history."),
    ("ba0066", "Your referral has been sent. The receiving office usually calls within 5 business days. If you havent heard from them by 12/11, call our referral coordinator, Janelle, at 555-0158 ext. 4.",
     "ALLOW", "other", "sms", "en",
     [("12/11", "DATE"), ("Janelle", "PROVIDER"), ("555-0158", "PHONE")],
     ["primary-care", "practice-contact", "typo"], "D17: the named coordinator is workforce; no specialty or reason named."),
    ("ba0067", "Lab order on file: Hepatitis C antibody, HIV-1/2 screen. Walk in any weekday 7-11 AM at Grandview Lab, no appointment needed. Order #L-5521093.",
     "REWRITE", "reminder", "sms", "en",
     [("Hepatitis C antibody", "PROCEDURE"), ("HIV-1/2 screen", "PROCEDURE"), ("L-5521093", "OTHER_ID")],
     ["lab", "hiv-sexual-health"], "Order summary: named tests and the order number (D12) go, the walk-in logistics stay."),
    ("ba0068", "Reminder: your lab order is on file at Grandview Lab. No appointment needed - walk in Mon-Fri 7-11 AM. Bring photo ID and your insurance card.",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "hard-negative", "contrast"], "The same order notice without test names or order number."),
    ("ba0069", "Resumen de referencia\nPaciente: Gabriela Montes Ruiz\nFecha de nacimiento: 14/03/1968\nEspecialidad: Oncología\nMotivo: nódulo mamario BI-RADS 4, biopsia pendiente\nPrioridad: Urgente\nMédico que refiere: Dr. Esteban Lara",
     "BLOCK", "other", "email", "es",
     [("Gabriela Montes Ruiz", "NAME"), ("14/03/1968", "DATE"), ("Oncología", "SPECIALTY"), ("nódulo mamario", "CONDITION"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[4]]", "RESULT"),
      ("biopsia", "PROCEDURE"), ("Dr. Esteban Lara", "PROVIDER")],
     ["oncology", "dob"], "Name with full DOB, and D9: the referral reason is a finding with its score."),
    ("ba0070", "Plan from today's visit with Dr. Obi:\n1. Start lisinopril 10 mg once daily\n2. Home BP log twice daily - bring it to your next visit\n3. Labs: BMP in 2 weeks\nFollow-up: 4 weeks",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Obi", "PROVIDER"), ("lisinopril 10 mg", "MEDICATION"), ("BP", "PROCEDURE"), ("BMP", "PROCEDURE")],
     ["primary-care", "contrast"], "Numbered plan inside the portal: dosing may stay (README channel rule)."),
    ("ba0071", "New instructions from Dr. Obi: start lisinopril 10 mg once daily and check your BP twice a day.",
     "BLOCK", "care-instructions", "push", "en",
     [("Dr. Obi", "PROVIDER"), ("lisinopril 10 mg", "MEDICATION"), ("BP", "PROCEDURE")],
     ["primary-care", "contrast"], "The plan as a lock-screen push: a dosing instruction (push is treated like SMS)."),
    ("ba0072", "Appt confirmed\nVisit type: DIABETES FOLLOW UP\nProvider: Dr. Castellanos\nDate: 12/14/2026 10:20\nBring your meter and all pill bottles.",
     "REWRITE", "confirmation", "sms", "en",
     [("DIABETES", "CONDITION"), ("Dr. Castellanos", "PROVIDER"), ("12/14/2026", "DATE"), ("meter", "PROCEDURE")],
     ["primary-care"], "D9: a condition used as the visit-type label is REWRITE ('FOLLOW UP' stays outside); the glucose meter is a device (PROCEDURE, README)."),
)

# ---------------------------------------------------------------- batch 7 (ba0073-ba0084): long e-mails, Spanish blocks, dummy data
add(
    ("ba0073", "Welcome to Alder Creek Family Health!\n\nHere are a few things to know before your first visit:\n\nCheck-in: arrive 15 minutes early to complete forms. Bring a photo ID, your insurance card and a list of any medicines you take.\nParking: free in the garage on the north side; we validate at the front desk.\nPortal: create your account with the activation code we give you at check-in.\nBilling questions: use the Billing tab in the portal or call the billing office between 8 and 4:30.\nRefills: ask your pharmacy to send us a request; please allow 2 business days.\nForms: school, sports and work forms take up to 5 business days and are posted to the portal when signed.\nAfter hours: our on-call clinician can be reached through the main line; for emergencies dial 911.\n\nPractice details (for your records)\nGroup NPI: 1730042298\nCLIA: 38D2219004\nFacility code: ACFH-01\nForms version: NP-INTAKE rev 7\n\nWe look forward to seeing you.\nThe Alder Creek team",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "D3: a welcome e-mail whose key: value block holds only the practice's NPI, CLIA, facility code and a form version."),
    ("ba0074", "Hi Mrs. Castillo,\n\nAs promised, here is the discharge summary from your husband's stay so you can share it with his cardiologist:\n\nPatient: Hector Castillo\nAdmit: 11/14/2026   Discharge: 11/18/2026\nPrincipal diagnosis: NSTEMI\nProcedures: cardiac catheterization with drug-eluting stent x1 (LAD)\nDischarge meds: aspirin 81 mg daily, clopidogrel 75 mg daily, atorvastatin 80 mg nightly, metoprolol succinate 25 mg daily\nFollow-up: Cardiology clinic in 1-2 weeks; cardiac rehab referral placed\n\nPlease call me if anything is unclear.\n\nMegan Foley, RN\nCare Transitions, Lakeview Regional Medical Center\n555-0184",
     "BLOCK", "care-instructions", "email", "en",
     [("Mrs. [[Castillo]]", "NAME"), ("cardiologist", "SPECIALTY"), ("Hector Castillo", "NAME"), ("11/14/2026", "DATE"), ("11/18/2026", "DATE"), ("NSTEMI", "CONDITION"),
      ("cardiac catheterization", "PROCEDURE"), ("drug-eluting stent", "PROCEDURE"), ("aspirin 81 mg", "MEDICATION"), ("clopidogrel 75 mg", "MEDICATION"),
      ("atorvastatin 80 mg", "MEDICATION"), ("metoprolol succinate 25 mg", "MEDICATION"), ("Cardiology", "SPECIALTY"), ("cardiac rehab", "PROCEDURE"),
      ("Megan Foley, RN", "PROVIDER"), ("555-0184", "PHONE")],
     ["cardiology", "third-party"], "A spouse's discharge summary pasted into e-mail: a third party's diagnosis, procedures and medications (README)."),
    ("ba0075", "Subject: Appointment confirmation #C-20931\n\nDear patient,\n\nThis confirms your appointment:\n\nProvider: Dr. Rebecca Lindahl\nDate: Thursday, December 17, 2026\nTime: 1:40 PM (please arrive by 1:25 PM)\nLocation: Willow Bend Medical Group, 2200 Harmon Ave, Suite 300, Eugene, OR 97401\nVisit type: Office visit\n\nWhat to bring: photo ID, insurance card, co-pay, and a list of questions for your provider.\nParking: free two-hour parking in the Harmon Ave lot; the entrance is on the east side of the building.\nInterpreter: if you need an interpreter, let us know at least 2 business days ahead and we will arrange one at no cost.\nTo cancel or reschedule, call 555-0107 at least 24 hours ahead or visit willowbendmg.example/appointments.\n\nThis is an automated message. Replies to this address are not monitored.",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Rebecca Lindahl", "PROVIDER"), ("December 17, 2026", "DATE"), ("2200 Harmon Ave, Suite 300, Eugene, OR 97401", "ADDRESS"), ("555-0107", "PHONE"),
      ("willowbendmg.example/appointments", "URL")],
     ["primary-care", "practice-contact"], "Long confirmation with the practice's own address, phone and link; D3 confirmation number; D16 'Office visit' is generic."),
    ("ba0076", "Dear Mr. Abernathy,\n\nYour procedure is scheduled as follows:\n\nProcedure: Colonoscopy\nPhysician: Dr. Simone Achebe\nFacility: Valley Endoscopy Center\nDate: 01/06/2027\nArrival: 7:00 AM\n\nBefore your procedure:\n- Arrange for an adult to drive you home; you may not drive for the rest of the day.\n- Stop eating solid food the day before. Clear liquids only.\n- Follow the bowel prep instructions posted in your portal.\n- Leave jewelry and valuables at home and wear comfortable clothes.\n- Bring your photo ID, insurance card and a list of the medicines you take.\n\nIf you need to cancel, please give us at least 72 hours' notice so we can offer the time to another patient.\n\nQuestions: 555-0133 (Mon-Fri 8-4).",
     "REWRITE", "reminder", "email", "en",
     [("Abernathy", "NAME"), ("Colonoscopy", "PROCEDURE"), ("Dr. Simone Achebe", "PROVIDER"), ("Valley Endoscopy Center", "SPECIALTY"), ("01/06/2027", "DATE"),
      ("bowel prep", "PROCEDURE"), ("555-0133", "PHONE")],
     ["primary-care", "practice-contact"], "D15: driver and clear-liquid instructions are logistics; the procedure, prep name and endoscopy-center name go. D18 tag."),
    ("ba0077", "Asunto: Confirmación de su cita\n\nEstimado(a) paciente:\n\nLe confirmamos su cita:\nMédico: Dr. Julián Ortega Paz\nFecha: jueves 10 de diciembre de 2026\nHora: 11:15 a. m.\nSede: Centro de Salud San Miguel, Av. Las Américas 1450, consultorio 12\n\nPor favor llegue 15 minutos antes con su identificación, su tarjeta del seguro y la lista de medicamentos que toma. Si necesita intérprete o transporte, avísenos con dos días de anticipación. Si necesita cambiar la cita, llame al 555-0171 o escriba a citas@sanmiguelsalud.example.\n\nEste mensaje fue generado automáticamente; por favor no responda a este correo.",
     "ALLOW", "confirmation", "email", "es",
     [("Dr. Julián Ortega Paz", "PROVIDER"), ("10 de diciembre de 2026", "DATE"), ("Av. Las Américas 1450", "ADDRESS"), ("555-0171", "PHONE"), ("citas@sanmiguelsalud.example", "EMAIL")],
     ["primary-care", "practice-contact"], "Confirmación con la dirección, el teléfono y el correo del centro de salud."),
    ("ba0078", "Confirmación de cita\nPaciente: Ximena Arreola Duarte\nTipo: Control de niño sano\nFecha: 07/12 a las 16:00\nPediatra: Dra. Flores\nResponda 1 para confirmar, 2 para cambiar.",
     "REWRITE", "confirmation", "sms", "es",
     [("Ximena Arreola Duarte", "NAME"), ("Control de niño sano", "PROCEDURE"), ("07/12", "DATE"), ("Pediatra", "SPECIALTY"), ("Dra. Flores", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's well-child visit with name and pediatric role word: REWRITE like the patient's own (README)."),
    ("ba0079", "Signos vitales - visita domiciliaria 26/11\nPaciente: Rosario Peña\nPA: 168/95\nGlucosa capilar: 240 mg/dL\nSpO2: 89 %\nNota: avisar a la Dra. Ibarra si PA > 160.",
     "BLOCK", "result", "sms", "es",
     [("visita domiciliaria", "SPECIALTY"), ("26/11", "DATE"), ("Rosario Peña", "NAME"), ("[[PA]]: 168", "PROCEDURE"), ("168/95", "RESULT"), ("Glucosa capilar", "PROCEDURE"),
      ("240 mg/dL", "RESULT"), ("SpO2", "PROCEDURE"), ("89 %", "RESULT"), ("Dra. Ibarra", "PROVIDER"), ("si [[PA]] >", "PROCEDURE")],
     ["home-health"], "D7: a home-health vitals block with values; the 160 in the note is an action threshold, not a patient value."),
    ("ba0080", "Su resumen de visita ya está disponible en el portal. Por su privacidad no incluimos detalles por mensaje de texto. Responda BAJA para no recibir más mensajes.",
     "ALLOW", "portal-notice", "sms", "es", [],
     ["general", "hard-negative"], "Aviso sin detalles: dice que hay un resumen, no qué contiene."),
    ("ba0081", "Nuevo resultado: Prueba de embarazo (orina) - POSITIVO. Comuníquese con su clínica para programar su primera cita prenatal.",
     "BLOCK", "result", "push", "es",
     [("Prueba de embarazo", "PROCEDURE"), ("POSITIVO", "RESULT"), ("prenatal", "PROCEDURE")],
     ["reproductive"], "A result notification that carries the result itself, on the lock screen."),
    ("ba0082", "Orden programada\nNúmero de orden: ORD-77120455\nEstudio: Mamografía de detección bilateral\nLugar: Centro de Imagen Diagnóstica del Norte\nFecha: 15/12/2026, 8:40\nIndicaciones: no use desodorante ni talco el día del estudio.",
     "REWRITE", "reminder", "sms", "es",
     [("ORD-77120455", "OTHER_ID"), ("Mamografía de detección bilateral", "PROCEDURE"), ("Centro de Imagen Diagnóstica del Norte", "SPECIALTY"), ("15/12/2026", "DATE")],
     ["imaging"], "D12 order number; D15: the deodorant instruction is prep logistics and may stay once the study is removed."),
    ("ba0083", "Visit summary (TEST MESSAGE - please ignore)\nPatient: TEST, PATIENT\nMRN: 000000\nDx: N/A\nMeds: N/A\nAllergies: N/A\nSent from the ChartBridge training environment.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "D1: an obvious test record with dummy values; no person and no clinical value."),
    ("ba0084", "RE: MRN 40017733 - appt request\nHi, we recieved your request. Earliest opening with Dr. Varga is Fri 12/11 at 8:00 AM. Reply YES to book it.",
     "REWRITE", "reminder", "sms", "en",
     [("40017733", "MRN"), ("Dr. Varga", "PROVIDER"), ("12/11", "DATE")],
     ["primary-care", "typo"], "An auto-generated subject carries the MRN; the offer survives without it."),
)

# ---------------------------------------------------------------- batch 8 (ba0085-ba0096): dental, dialysis, PT, eye, fertility, home health, IVR
add(
    ("ba0085", "Treatment plan appt\nPt: Owen Fairbanks\nProcedure: #19 root canal (D3330), then crown\nDate: 12/09 at 2:00 PM\nEst. patient portion: $486.00\n- Clearwater Dental Studio",
     "REWRITE", "reminder", "sms", "en",
     [("Owen Fairbanks", "NAME"), ("root canal", "PROCEDURE"), ("D3330", "PROCEDURE"), ("crown", "PROCEDURE"), ("12/09", "DATE"), ("Clearwater Dental Studio", "SPECIALTY")],
     ["dental", "shorthand"], "Dental treatment-plan block: name, procedures, the CDT code (D6) and the dental practice name go; date, time and estimate stay. The tooth number is not labelled on its own."),
    ("ba0086", "Periodontal charting summary for Lydia Marsh, 11/20/2026:\nPocket depths 5-7 mm on #2, #3, #14, #15 with bleeding on probing\nDx: generalized moderate periodontitis, Stage II Grade B\nPlan: scaling and root planing, 4 quadrants",
     "BLOCK", "other", "email", "en",
     [("Lydia Marsh", "NAME"), ("11/20/2026", "DATE"), ("Pocket depths", "PROCEDURE"), ("5-7 mm", "RESULT"), ("bleeding on probing", "RESULT"),
      ("generalized moderate periodontitis", "CONDITION"), ("Stage II Grade B", "RESULT"), ("scaling and root planing", "PROCEDURE")],
     ["dental"], "D7/D9: chart measurements, a diagnosis and its stage (a state of the condition is a RESULT, README)."),
    ("ba0087", "Chair schedule change - Riverside Kidney Center\nNew shift: MWF 2nd shift, chair 14\nStart date: 12/07\nPlease arrive by 11:45 for weigh-in.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Kidney Center", "SPECIALTY"), ("12/07", "DATE")],
     ["dialysis"], "A dialysis-center name reveals the treatment; shift, chair and time may go once it is removed (judgement: 'weigh-in' and 'chair' are generic)."),
    ("ba0088", "Home exercise program (HEP) - updated by Jordan Pike, DPT\nQuad sets 3x10 daily\nHeel slides 3x10 daily\nStraight leg raise 2x15\nIce 15 min after exercises",
     "ALLOW", "care-instructions", "portal", "en",
     [("Jordan Pike", "PROVIDER"), ("DPT", "SPECIALTY"), ("Quad sets", "PROCEDURE"), ("Heel slides", "PROCEDURE"), ("Straight leg raise", "PROCEDURE")],
     ["physical-therapy"], "A PT flowsheet in the portal may carry the therapy (README channel rule); the DPT credential is a SPECIALTY span."),
    ("ba0089", "Your next visit: 12/02 4:15 PM with Jordan Pike, DPT at Stride Physical Therapy, 3rd floor. Wear loose shorts. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("12/02", "DATE"), ("Jordan Pike", "PROVIDER"), ("DPT", "SPECIALTY"), ("Stride Physical Therapy", "SPECIALTY")],
     ["physical-therapy"], "Physical-therapy practice name and the DPT credential reveal the service (README)."),
    ("ba0090", "Exam summary\nVA: OD 20/80, OS 20/25\nIOP: 27/19 mmHg\nImpression: primary open-angle glaucoma, right eye\nPlan: start latanoprost 0.005% 1 drop OD at bedtime; recheck 6 weeks",
     "BLOCK", "care-instructions", "email", "en",
     [("VA", "PROCEDURE"), ("20/80", "RESULT"), ("20/25", "RESULT"), ("IOP", "PROCEDURE"), ("27/19 mmHg", "RESULT"), ("primary open-angle glaucoma", "CONDITION"), ("latanoprost 0.005%", "MEDICATION")],
     ["ophthalmology"], "D7/D9: eye-exam measures with values, an impression and a dosing instruction."),
    ("ba0091", "Your e-check-in for tomorrow is complete. Your place in line will show on the lobby screen by ticket number (for example A-042). Please do not reply to this message.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "D3: a lobby ticket number is a queue position, not an identifier."),
    ("ba0092", "Cycle day 10 monitoring: E2 1,840 pg/mL, lead follicles 18 mm and 17 mm. Trigger tonight 10:30 PM: Ovidrel 250 mcg. Retrieval Sat 7:30 AM. - Bloom Fertility nurse team",
     "BLOCK", "care-instructions", "sms", "en",
     [("E2", "PROCEDURE"), ("1,840 pg/mL", "RESULT"), ("follicles", "PROCEDURE"), ("18 mm", "RESULT"), ("17 mm", "RESULT"), ("Trigger", "PROCEDURE"),
      ("Ovidrel 250 mcg", "MEDICATION"), ("Retrieval", "PROCEDURE"), ("Bloom Fertility", "SPECIALTY")],
     ["fertility"], "Monitoring values and a timed dose: results and dosing are the message."),
    ("ba0093", "Visit schedule - week of 11/30\nPatient: Agnes Whitcombe\nAge: 94\nSN visit: Tue 12/01, 10-12\nPT visit: Thu 12/03, 1-3\nAgency: Brightpath Home Health\nCall 555-0165 to change a time.",
     "REWRITE", "reminder", "email", "en",
     [("11/30", "DATE"), ("Agnes Whitcombe", "NAME"), ("94", "AGE"), ("[[SN]] visit", "PROCEDURE"), ("12/01", "DATE"), ("[[PT]] visit", "PROCEDURE"), ("12/03", "DATE"),
      ("Brightpath Home Health", "SPECIALTY"), ("555-0165", "PHONE")],
     ["home-health", "age-over-89", "practice-contact"], "Name, an age over 89, discipline codes (D16) and the home-health agency name go; the visit windows stay."),
    ("ba0094", "Hello, this is Greenfield Community Clinic calling with a reminder. You have an appointment on Tuesday, December 8th at 10 AM with Doctor Amani Okoro. To confirm, press 1. To reschedule, press 2.",
     "ALLOW", "reminder", "voice", "en",
     [("December 8th", "DATE"), ("Doctor Amani Okoro", "PROVIDER")],
     ["primary-care"], "IVR reminder from a generic clinic with provider, date and time."),
    ("ba0095", "This message is for Leonard Fiske. Your INR today was 4.2. Please skip tonight's warfarin dose and recheck on Monday. If you notice any bleeding, call 555-0142.",
     "BLOCK", "result", "voice", "en",
     [("Leonard Fiske", "NAME"), ("INR", "PROCEDURE"), ("4.2", "RESULT"), ("warfarin", "MEDICATION"), ("bleeding", "CONDITION"), ("555-0142", "PHONE")],
     ["cardiology", "practice-contact"], "A voicemail read from the anticoagulation flowsheet: value and dosing instruction (voice treated like SMS)."),
    ("ba0096", "Alert: HL7 listener on port 6661 restarted (Interlink Engine 4.5.0). ACK latency back under 200 ms. Ticket INC-0048213 auto-closed. This alert contains no patient data.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "D3/D11: port, version, latency and ticket id are system values."),
)

# ---------------------------------------------------------------- batch 9 (ba0097-ba0108): patient lists, codes, immunizations, med lists, subjects
add(
    ("ba0097", "Hi team, here's the no-show list for tmrw's callbacks:\nName,Phone,Appt,Visit type\nOrtiz Luz,(541) 555-0188,12/02 09:00,IUD check\nBrandt Kai,(541) 555-0192,12/02 10:30,PrEP follow-up\nThx - Renee",
     "BLOCK", "other", "email", "en",
     [("Ortiz Luz", "NAME"), ("(541) 555-0188", "PHONE"), ("12/02", "DATE"), ("IUD", "PROCEDURE"), ("Brandt Kai", "NAME"), ("(541) 555-0192", "PHONE"), ("12/02", "DATE", 1),
      ("PrEP", "MEDICATION"), ("Renee", "PROVIDER")],
     ["reproductive", "hiv-sexual-health", "third-party", "shorthand"], "D13: a CSV of several patients with phones and sensitive visit types by e-mail; D17 for the sender. The IUD is a device (PROCEDURE, README)."),
    ("ba0098", "Daily schedule export - LOC 0412 / DEPT 118 / PROV ALL\nTime | Patient | MRN | Visit type | Status\n-- no appointments scheduled (clinic closed for the holiday) --",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "D2/D3: table headers without rows and location/department codes that spell nothing clinical."),
    ("ba0099", "Check in at Dept ONC-INFUSION 3W, Bay 2, by 8:15 tomorrow. Bring your med list and a snack.",
     "REWRITE", "reminder", "sms", "en",
     [("ONC", "SPECIALTY"), ("INFUSION", "PROCEDURE")],
     ["oncology"], "D4: a department code that spells oncology and infusion is labelled by what it spells; the check-in logistics survive."),
    ("ba0100", "Check-in: Bldg B, Dept 2E, Desk 4. Your appt with Dr. Haskins is at 1:10 PM today. Parking: lot P3.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Haskins", "PROVIDER")],
     ["primary-care", "contrast"], "D3: building, department, desk and lot codes that reveal nothing."),
    ("ba0101", "Immunization record for Mateo Ruiz (DOB 05/09/2019): DTaP #5 due, MMR #2 due, Varicella #2 given 11/12/2026. Bring this to school registration.",
     "BLOCK", "other", "sms", "en",
     [("Mateo Ruiz", "NAME"), ("05/09/2019", "DATE"), ("DTaP", "PROCEDURE"), ("MMR", "PROCEDURE"), ("Varicella", "PROCEDURE"), ("11/12/2026", "DATE")],
     ["pediatrics", "minor", "dob"], "D14: a child's record with name and full DOB is BLOCK (README), whatever the vaccines."),
    ("ba0102", "Recordatorio de vacunas\nNiño(a): Emiliano Soto\nVacunas pendientes de los 4 años: DTaP, IPV, MMR y varicela\nCentro: Clínica Pediátrica Arcoíris\nPara hacer cita llame al 555-0196.",
     "REWRITE", "recall", "sms", "es",
     [("Emiliano Soto", "NAME"), ("DTaP", "PROCEDURE"), ("IPV", "PROCEDURE"), ("MMR", "PROCEDURE"), ("varicela", "PROCEDURE"), ("Clínica Pediátrica Arcoíris", "SPECIALTY"), ("555-0196", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "D14: routine vaccines due for a dependent are REWRITE like a well-child visit (README)."),
    ("ba0103", "Flu Shot Clinic Days - all patients welcome\nDate  | Location      | Hours\n10/03 | Main office   | 9-12\n10/10 | North branch  | 1-4\n10/17 | Main office   | 9-12\nNo appointment needed. Most insurance covers it at no cost.",
     "ALLOW", "marketing", "email", "en",
     [("10/03", "DATE"), ("10/10", "DATE"), ("10/17", "DATE")],
     ["primary-care", "broadcast", "contrast"], "A broadcast table: the flu shot is offered to everyone (README: not labelled); the clinic days are calendar dates."),
    ("ba0104", "Your flu shot appointment: Sat 10/10, North branch, 1:20 PM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("flu shot", "PROCEDURE"), ("10/10", "DATE")],
     ["primary-care", "contrast"], "The same service as the recipient's own appointment is REWRITE (README)."),
    ("ba0105", "Hi Paula, here's your dad's current med list as requestd:\n- Donepezil 10 mg at bedtime\n- Sertraline 50 mg daily\n- Tamsulosin 0.4 mg daily\n- Eliquis 5 mg twice daily\nAllergies: penicillin\n- Nora, Memory Care Clinic",
     "BLOCK", "other", "sms", "en",
     [("Paula", "NAME"), ("Donepezil 10 mg", "MEDICATION"), ("Sertraline 50 mg", "MEDICATION"), ("Tamsulosin 0.4 mg", "MEDICATION"), ("Eliquis 5 mg", "MEDICATION"),
      ("penicillin", "MEDICATION"), ("Nora", "PROVIDER"), ("Memory Care Clinic", "SPECIALTY")],
     ["primary-care", "third-party", "typo"], "A parent's medication and allergy list sent to an adult child: a third party's health (README), D8."),
    ("ba0106", "Medication list as of 11/27/2026 for Arturo Benavides\n1. Metformin 1000 mg tablet - 1 tab twice daily\n2. Losartan 50 mg tablet - 1 tab daily\n3. Rosuvastatin 10 mg tablet - 1 tab at bedtime\nReviewed by: Dr. Pham",
     "ALLOW", "care-instructions", "portal", "en",
     [("11/27/2026", "DATE"), ("Arturo Benavides", "NAME"), ("Metformin 1000 mg tablet", "MEDICATION"), ("Losartan 50 mg tablet", "MEDICATION"), ("Rosuvastatin 10 mg tablet", "MEDICATION"), ("Dr. Pham", "PROVIDER")],
     ["primary-care"], "A medication list inside the portal may carry the name and doses (README channel rule)."),
    ("ba0107", "Subject: Appt 12/04 - Cardiology New Patient - OSTROWSKI, MAREK\n\nHello, your new patient appointment is booked for 12/04 at 9:00 AM. Please arrive 20 minutes early to complete paperwork.",
     "REWRITE", "confirmation", "email", "en",
     [("12/04", "DATE"), ("Cardiology", "SPECIALTY"), ("OSTROWSKI, MAREK", "NAME"), ("12/04", "DATE", 1)],
     ["cardiology"], "An auto-generated subject line carries specialty and the patient's name; D16 'new patient' is generic."),
    ("ba0108", "Subject: [Secure] You have a new message (ref 7Q2-XK)\n\nA secure message is waiting for you. For your protection it can only be opened after you sign in. This notice expires in 14 days.",
     "ALLOW", "portal-notice", "email", "en", [],
     ["general", "hard-negative"], "D3: a message reference code in an auto-generated subject."),
)

# ---------------------------------------------------------------- batch 10 (ba0109-ba0120): Spanish tables, statements, system reports, registration
add(
    ("ba0109", "Resultados publicados - Perfil de lípidos\nColesterol total: 212 mg/dL (A)\nHDL: 38 mg/dL (B)\nLDL: 141 mg/dL (A)\nTriglicéridos: 165 mg/dL (A)\nComentario de la Dra. Ferrer: hablaremos de dieta y ejercicio en su próxima cita.",
     "ALLOW", "result", "portal", "es",
     [("Perfil de lípidos", "PROCEDURE"), ("Colesterol total", "PROCEDURE"), ("212 mg/dL", "RESULT"), ("([[A]])", "RESULT"), ("HDL", "PROCEDURE"), ("38 mg/dL", "RESULT"),
      ("([[B]])", "RESULT"), ("LDL", "PROCEDURE"), ("141 mg/dL", "RESULT"), ("([[A]])", "RESULT", 1), ("Triglicéridos", "PROCEDURE"), ("165 mg/dL", "RESULT"),
      ("([[A]])", "RESULT", 2), ("Dra. Ferrer", "PROVIDER")],
     ["lab"], "Dentro del portal los valores y las banderas (A alto, B bajo) pueden quedarse (README channel rule)."),
    ("ba0110", "Aviso del sistema: el portal del paciente estará en mantenimiento (versión 2026.4) el domingo de 1:00 a 4:00 a. m. Sus citas no cambian. Para emergencias llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "D5: un número de versión con año no es una fecha; 911 no es un identificador."),
    ("ba0111", "Estado de cuenta\nResponsable: Marta Gallardo Vega\nNúmero de cuenta: 30018842\nFecha de servicio: 02/11/2026\nServicio: Consulta de psicología (90834)\nSaldo pendiente: $40.00\nPague en pagos.clinicadelsur.example",
     "REWRITE", "billing", "email", "es",
     [("Marta Gallardo Vega", "NAME"), ("30018842", "ACCOUNT"), ("02/11/2026", "DATE"), ("psicología", "SPECIALTY"), ("90834", "PROCEDURE"), ("pagos.clinicadelsur.example", "URL")],
     ["behavioral-health", "practice-contact"], "Statement: the service line reveals psychology, with its CPT psychotherapy code (D6); guarantor and account go; the balance and the payment link survive."),
    ("ba0112", "Lista de problemas actualizada: Diabetes tipo 2, Hipertensión arterial, Depresión.\nPaciente: Tomás Echeverría\nRevisado por: Dr. Molina, 25/11",
     "BLOCK", "other", "sms", "es",
     [("Diabetes tipo 2", "CONDITION"), ("Hipertensión arterial", "CONDITION"), ("Depresión", "CONDITION"), ("Tomás Echeverría", "NAME"), ("Dr. Molina", "PROVIDER"), ("25/11", "DATE")],
     ["primary-care", "behavioral-health"], "D9: una lista de problemas con nombre es el contenido clínico mismo."),
    ("ba0113", "Dr. Sandoval (NPI 1457302281) is moving to our Eastside office on 01/04. Your future visits with her will be at 880 Linden Ave, Suite 5, Medford, OR 97504. Call 555-0139 with questions.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Sandoval", "PROVIDER"), ("01/04", "DATE"), ("880 Linden Ave, Suite 5, Medford, OR 97504", "ADDRESS"), ("555-0139", "PHONE")],
     ["primary-care", "practice-contact"], "D3: a clinician's NPI is a workforce identifier, not the patient's; the new office address is the practice's own."),
    ("ba0114", "[Interlink] Message delivery report\nBatch: REMINDERS_SMS_0600\nQueued: 2026-11-30 06:00:00 CST\nSent: 412  Failed: 3  Opted out: 1\nFailures were logged to the vendor console (no patient details are included in this report).",
     "ALLOW", "other", "email", "en",
     [("2026-11-30", "DATE")],
     ["general"], "D5/D11: a delivery report to staff with a batch timestamp (DATE, allowed) and counts."),
    ("ba0115", "Reminder: please complete your pre-visit questionnaire (about 5 min). It asks about your medications, allergies and any recent symptoms. The link was sent separately by e-mail. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Generic form headings (medications, allergies, symptoms) with no values."),
    ("ba0116", "Tomorrow 9:10 AM: Echocardiogram - Heart & Vascular Institute, Level 2. Tap for directions.",
     "REWRITE", "reminder", "push", "en",
     [("Echocardiogram", "PROCEDURE"), ("Heart & Vascular Institute", "SPECIALTY")],
     ["cardiology"], "Calendar-style push built from the schedule fields: the test and the cardiology-revealing name go."),
    ("ba0117", "Please verify your registration:\nEmergency contact: Luis Ortega (spouse) (971) 555-0147\nPreferred pharmacy: Hillside Pharmacy #218\nReply Y if correct or call 555-0103 to update.",
     "REWRITE", "other", "sms", "en",
     [("Luis Ortega", "NAME"), ("(971) 555-0147", "PHONE"), ("555-0103", "PHONE")],
     ["primary-care", "practice-contact"], "D19: a relative's name and phone are identifiers that are not needed to ask for a check; D3: the pharmacy store number is not labelled."),
    ("ba0118", "Your referral is ready\nTo: Dr. Imani Kruger, Gastroenterology\nReferral #: RF-661203\nVisits approved: 3, through 05/31/2027\nCall their office at 555-0153 to schedule.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Imani Kruger", "PROVIDER"), ("Gastroenterology", "SPECIALTY"), ("RF-661203", "OTHER_ID"), ("05/31/2027", "DATE"), ("555-0153", "PHONE")],
     ["primary-care", "practice-contact"], "D12 referral number and the specialty go; D18 tag. The specialist office's phone is a practice contact, not the patient's."),
    ("ba0119", "Pathology report released\nSpecimen: skin, left upper back, shave biopsy\nAccession: SP26-041177\nDiagnosis: melanoma in situ, margins involved\nRecommendation: wide local excision\nPlease call Dr. Whitaker's office to discuss.",
     "BLOCK", "result", "email", "en",
     [("shave biopsy", "PROCEDURE"), ("SP26-041177", "OTHER_ID"), ("melanoma in situ", "CONDITION"), ("margins involved", "RESULT"), ("wide local excision", "PROCEDURE"), ("Dr. Whitaker", "PROVIDER")],
     ["dermatology", "oncology"], "A pathology result block with the diagnosis and plan; D12 accession number."),
    ("ba0120", "Need an itemized receipt for your HSA/FSA? Reply RECEIPT and we'll e-mail one that lists our Tax ID (47-3390215) and NPI. - Mapleton Family Clinic",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "D3: the practice's tax ID looks like an SSN-style number but identifies the practice."),
)

probe_lib.run(M, "ba", "probe50.jsonl")
