#!/usr/bin/env python3
"""Build corpus/probe78.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe78.py [OUT] [-v]   (default: probe78.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run, and no other corpus, source file or test was read.

This round is PATIENT RELATIONS AND HEALTH INFORMATION MANAGEMENT: what patient-relations
offices, HIM (medical records) departments, release-of-information (ROI) vendors, privacy
officers and patient-experience teams send — survey invitations, complaint and grievance
acknowledgements and responses, records and imaging-CD requests and their status, amendment
requests and accountings of disclosures, proxy and portal-access approvals and denials, breach
and snooping notifications, notices of privacy practices, subpoenas and legal requests, and copy
fees. Messages that reveal what the recipient was treated for (a grievance about a procedure,
records of a specific visit type, a review that reports what went wrong) are mixed with neutral
ones and with look-alikes ("Records Day Sale", "a record turnout", "Privacy Policy updated",
"Discharge of Liability form" for a 5K, a staff member named Grace Chart, "Chart your course").
About 15% Spanish; four disguised messages (spaced letters, a zero-width space, a Cyrillic
look-alike, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 164 ([[H]])" searches for "LDL 164 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Grievance/complaint case numbers, ROI request numbers and ROI invoice numbers are OTHER_ID
     (like claim numbers: each one opens a file about the patient) -> REWRITE when not needed;
     a credit-monitoring enrollment code is a one-time activation code and is not labelled.
  2. Workforce named in a message — patient-relations and HIM staff, privacy officers, patient
     advocates (including the staff member Grace Chart), whether as sender or introduced in a
     broadcast — is PROVIDER, allowed by default.
  3. An amendment, restriction or disclosure message that states a diagnosis in the recipient's
     record (kept, removed, replaced or withheld) is BLOCK: it discloses the diagnosis even though
     its subject is record-keeping. Naming only a visit type, test or practice is REWRITE.
  4. A grievance acknowledgement naming the procedure or unit complained about is REWRITE; a
     grievance response that reports what the review found (a value, a dose, a finding, a missed
     diagnosis) is BLOCK — the clinical content is the answer.
  5. Breach notices that list *categories* of information ("dates of birth, treatment
     information; Social Security numbers were not involved") carry no span; the actual values
     or named clinical items are labelled.
  6. Attorneys, law firms, courts, insurers and public agencies named as requesters or recipients
     are not labelled; a public agency's complaint line is labelled PHONE and, like the practice's
     own contact details, allowed (tagged practice-contact).
  7. ICD-10 codes are CONDITION spans (they encode the diagnosis).
  8. Urgent-care, ER/urgencias, ICU, Labor & Delivery, sleep-clinic, occupational-health and
     gender-health names are SPECIALTY (the service reveals the reason for the visit).
  9. Generic record words — "records", "chart", "imaging disc", "images", "visit notes" with no
     modality or specialty — are generic, like "lab work".
 10. A survey link without a token is the practice's own URL (ALLOW); one carrying a patient id
     is patient-specific (REWRITE).
 11. A message to a proxy, relative, school or attorney about the patient's health is a third
     party's health (BLOCK); a proxy approval with names only is REWRITE.
 12. "substance use treatment" is one PROCEDURE span; the regulation name "42 CFR Part 2" is left
     unlabelled. A fall (an incident, not a diagnosis) is left unlabelled; the injury is labelled.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
one SSN is the well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cc0001-cc0012): survey invitations
add(
    ("cc0001", "Cedar Family Medicine: Thanks for visiting Dr. Okafor on 5/12. How did we do? Take our 2-minute survey: https://survey.cedarfm.example/s Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("5/12", "DATE"), ("https://survey.cedarfm.example/s", "URL")],
     ["primary-care", "practice-contact"], "Survey invitation with provider, date and the practice's own untokened link (decision 10)."),
    ("cc0002", "Hi Lorraine! How was your mammogram at Bayview Breast Imaging yesterday? Rate us 1-5 by replying to this text.",
     "REWRITE", "other", "sms", "en",
     [("Lorraine", "NAME"), ("mammogram", "PROCEDURE"), ("Bayview Breast Imaging", "SPECIALTY")],
     ["imaging"], "The survey still works without the name, the test and the imaging-center name."),
    ("cc0003", "Your feedback matters to Riverside Medical Group. Please tell us about your recent visit: https://carevoice.example/r?pid=88213045&loc=12 (this link is unique to you and expires in 14 days).",
     "REWRITE", "other", "email", "en",
     [("https://carevoice.example/r?pid=88213045&loc=12", "URL")],
     ["general"], "Survey vendor link carrying a patient id is patient-specific (decision 10); e-mail is read like SMS."),
    ("cc0004", "Thanks for choosing Riverside Medical Group. On a scale of 0-10, how likely are you to recommend us to friends or family? Reply with a number.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Net-promoter question from a generic practice; nothing about the visit."),
    ("cc0005", "Lakeshore Recovery Center would love your feedback! How was your first visit with us? Reply 1 (poor) to 5 (excellent). Reply STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("Lakeshore Recovery Center", "SPECIALTY")],
     ["substance-use"], "A recovery-center name reveals substance-use treatment; the survey survives without it."),
    ("cc0006", "How was your colonoscopy with Dr. Haddad on 2/27? Your answers go to our patient-experience team, not your care team. Reply 1-5 or use the survey link in your inbox.",
     "ALLOW", "other", "portal", "en",
     [("colonoscopy", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("2/27", "DATE")],
     ["primary-care", "contrast"], "Inside the secure portal the procedure may be named (README channel convention); SMS twin is cc0007."),
    ("cc0007", "How was your colonoscopy with Dr. Haddad on 2/27? Your answers go to our patient-experience team, not your care team. Reply 1-5 or use the survey link in your inbox.",
     "REWRITE", "other", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("2/27", "DATE")],
     ["primary-care", "contrast"], "Same text by SMS: the procedure goes, provider and date stay. Portal twin is cc0006."),
    ("cc0008", "Clínica Familiar del Valle: Gracias por su visita. ¿Cómo lo atendimos? Conteste la encuesta de 3 preguntas aquí: https://encuesta.clinicavalle.example Responda ALTO para no recibir más mensajes.",
     "ALLOW", "other", "sms", "es",
     [("https://encuesta.clinicavalle.example", "URL")],
     ["primary-care", "practice-contact"], "Encuesta de una clínica general con su propio enlace sin token (decision 10)."),
    ("cc0009", "Hola Sra. Benítez, queremos saber cómo fue su consulta de ginecología con la Dra. Paredes el 14 de marzo. Responda con un número del 1 al 5. ¡Gracias!",
     "REWRITE", "other", "sms", "es",
     [("Benítez", "NAME"), ("ginecología", "SPECIALTY"), ("Dra. Paredes", "PROVIDER"), ("14 de marzo", "DATE")],
     ["reproductive"], "Nombre y especialidad se quitan; la encuesta con doctora y fecha sobrevive."),
    ("cc0010", "Hello, this is an automated survey call from Summit Valley Hospital about your recent experience with us. Press 1 to begin the two-minute survey, or press 2 if you'd prefer not to take part.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR survey opener from a general hospital; says nothing about the stay."),
    ("cc0011", "Subject: Tell us about your visit to Northside Urgent Care\n\nDear Mr. Falkner,\n\nThank you for choosing Northside Urgent Care on Saturday. Nobody plans a visit to us, and we want to learn how we did, from the wait in the lobby to the discharge instructions you took home.\n\nThe survey takes about four minutes and is run by our independent partner, CareVoice. Your answers are confidential and reported to us only in groups, never with your name attached, unless you ask us to contact you.\n\nStart the survey: https://northsideuc.example/survey\n\nIf you'd rather talk to a person, our patient-experience line is (919) 555-0134, weekdays 9-5.\n\nWith thanks,\nRenée Albright\nPatient Experience Coordinator",
     "REWRITE", "other", "email", "en",
     [("Northside Urgent Care", "SPECIALTY", 0), ("Falkner", "NAME"), ("Northside Urgent Care", "SPECIALTY", 1), ("https://northsideuc.example/survey", "URL"), ("(919) 555-0134", "PHONE"), ("Renée Albright", "PROVIDER")],
     ["urgent-care", "practice-contact"], "Urgent-care name (decision 8, twice) and the patient's name go; the sender is staff (decision 2); link and phone are the practice's."),
    ("cc0012", "CareVoice survey for visit 04/18 | Provider: Dr. Sato | Dx: major depressive disorder, recurrent (F33.1) | Tell us how we did: reply 1-5",
     "BLOCK", "other", "sms", "en",
     [("04/18", "DATE"), ("Dr. Sato", "PROVIDER"), ("major depressive disorder", "CONDITION"), ("F33.1", "CONDITION")],
     ["behavioral-health"], "A vendor template pulled the visit diagnosis into the text: a diagnosis of the recipient (with its ICD-10 code, decision 7) must not go by text."),
)

# ---------------------------------------------------------------- batch 2 (cc0013-cc0024): complaints and grievances
add(
    ("cc0013", "Thanks for contacting Patient Relations. We've received your message and a team member will reach out within 2 business days. If this is a medical emergency, call 911.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Generic acknowledgement; 911 is not a phone identifier."),
    ("cc0014", "Hi, this is Grace Chart from Patient Relations at Mercy Ridge Hospital. I got your concern about the charges for your MRI and I'll call you Thursday afternoon.",
     "REWRITE", "other", "sms", "en",
     [("Grace Chart", "PROVIDER"), ("MRI", "PROCEDURE")],
     ["imaging"], "Staff sender named Grace Chart is workforce (decision 2), not a chart; the billing concern survives without the test name."),
    ("cc0015", "Hi, this is Grace Chart with Patient Relations at Mercy Ridge returning your call. Plese call me back at (614) 555-0147 ext 3, Mon-Fri 8-4:30. Thank you!",
     "ALLOW", "other", "sms", "en",
     [("Grace Chart", "PROVIDER"), ("(614) 555-0147", "PHONE")],
     ["general", "practice-contact", "typo"], "Staff name (decision 2) and the office's own number; no patient detail."),
    ("cc0016", "Dear Ms. Whitfield,\n\nThank you for letting us know about your concerns. We received your grievance on 7/8/2025 regarding your care during your stay on our Labor & Delivery unit, and it has been assigned grievance number GR-25-0412.\n\nA patient-relations specialist is reviewing your concerns with the unit's nurse manager. Under federal rules you will receive a written response within 7 days; if the review needs more time, we will tell you when to expect it.\n\nIf you have anything to add, reply to this e-mail or call Patient Relations at (312) 555-0108.\n\nSincerely,\nGrace Chart\nPatient Relations, St. Brendan Medical Center",
     "REWRITE", "confirmation", "email", "en",
     [("Whitfield", "NAME"), ("7/8/2025", "DATE"), ("Labor & Delivery", "SPECIALTY"), ("GR-25-0412", "OTHER_ID"), ("(312) 555-0108", "PHONE"), ("Grace Chart", "PROVIDER")],
     ["reproductive", "practice-contact"], "Acknowledgement naming the unit complained about (decisions 4, 8) and a grievance number (decision 1); the acknowledgement survives without them."),
    ("cc0017", "Dear Mr. Adeyemi,\n\nWe have completed our review of the grievance you filed about your admission in March, and we want to be open with you about what we found.\n\nYour potassium level on the evening of March 11 was 6.1, above the range where the care team must be notified right away. The result was not passed to Dr. Ross until the next morning, and your evening dose of lisinopril should have been held. We have reviewed this with the nursing staff and changed how critical values are escalated at night.\n\nWe are sorry this happened. If you would like to meet with Dr. Ross and our Chief Nursing Officer, please call me at (404) 555-0126.\n\nRespectfully,\nTheo Marchetti, Patient Advocate",
     "BLOCK", "other", "email", "en",
     [("Adeyemi", "NAME"), ("potassium level", "PROCEDURE"), ("March 11", "DATE"), ("6.1", "RESULT"), ("Dr. Ross", "PROVIDER", 0), ("lisinopril", "MEDICATION"), ("Dr. Ross", "PROVIDER", 1), ("(404) 555-0126", "PHONE"), ("Theo Marchetti", "PROVIDER")],
     ["general", "practice-contact"], "Grievance response whose answer is a lab value and a held dose (decision 4): send it as a portal letter."),
    ("cc0018", "Ms. Dorsey, we've opened a review of your complaint about your father's hip fracture after his fall on 3 East. Your case number is PR-3381; we'll update you within 7 days.",
     "BLOCK", "confirmation", "sms", "en",
     [("Dorsey", "NAME"), ("hip fracture", "CONDITION"), ("PR-3381", "OTHER_ID")],
     ["orthopedics", "third-party"], "A relative's injury told to the complainant is a third party's health (decision 11); the fall itself is left unlabelled (decision 12)."),
    ("cc0019", "Kalispell Dental Arts: We're sorry your new crown hasn't felt right. Dr. Moreau would like to adjust it at no charge on 9/22 at 10am. Reply YES to book.",
     "REWRITE", "reminder", "sms", "en",
     [("Kalispell Dental Arts", "SPECIALTY"), ("crown", "PROCEDURE"), ("Dr. Moreau", "PROVIDER"), ("9/22", "DATE")],
     ["dental"], "Complaint follow-up offering a visit; dental name and crown go, provider, date and time stay (decision 4)."),
    ("cc0020", "Subject: How to file a complaint or grievance\n\nAt Lakeside Community Hospital we want to hear about any problem with your care, your bill or your privacy. You can tell any staff member, call Patient Relations at (608) 555-0115, or write to patientrelations@lakesidech.example. We acknowledge written grievances within 2 business days and respond in writing within 7 days.\n\nFiling a complaint will never affect your care. If you are not satisfied with our response, you may also contact the State Department of Health Services at (608) 555-0189, or the Office for Civil Rights at https://www.hhs.example/ocr for privacy concerns.\n\nPatient Relations, Lakeside Community Hospital",
     "ALLOW", "other", "email", "en",
     [("(608) 555-0115", "PHONE"), ("patientrelations@lakesidech.example", "EMAIL"), ("(608) 555-0189", "PHONE"), ("https://www.hhs.example/ocr", "URL")],
     ["general", "broadcast", "practice-contact"], "Rights notice to all patients; the hospital's and public agencies' contact details are allowed (decision 6)."),
    ("cc0021", "Hi, this is Marcus from Patient Advocacy at Grandview Medical Center calling for Helen Ostrowski. I reviewed your complaint about pain control. The records show you got oxycodone 5 mg at 2 a.m. and 8 a.m., and Dr. Ibarra agrees that was too low for your pancreatitis pain. Please call me back at (702) 555-0117.",
     "BLOCK", "other", "voice", "en",
     [("Marcus", "PROVIDER"), ("Helen Ostrowski", "NAME"), ("oxycodone 5 mg", "MEDICATION"), ("Dr. Ibarra", "PROVIDER"), ("pancreatitis", "CONDITION"), ("(702) 555-0117", "PHONE")],
     ["general", "practice-contact"], "Voicemail (read like SMS) whose content is doses and a diagnosis (decision 4); the advocate is staff (decision 2)."),
    ("cc0022", "Sr. Castañeda, recibimos su queja sobre la espera antes de su sesión de diálisis del 2 de octubre. Número de caso: QJ-7710. Le llamaremos esta semana para darle seguimiento.",
     "REWRITE", "confirmation", "sms", "es",
     [("Castañeda", "NAME"), ("diálisis", "PROCEDURE"), ("2 de octubre", "DATE"), ("QJ-7710", "OTHER_ID")],
     ["dialysis"], "Acuse de queja: nombre, tratamiento y número de caso (decision 1) se quitan; el acuse sobrevive."),
    ("cc0023", "Estimada Sra. Lozano:\n\nGracias por comunicarnos su inconformidad. Revisamos su expediente con el jefe de urgencias. La radiografía de su tobillo del 9 de febrero sí mostraba una fractura pequeña que no se le informó antes de darla de alta. Le ofrecemos una consulta sin costo con el Dr. Arriaga para revisar su tratamiento.\n\nAtentamente,\nOficina de Atención al Paciente",
     "BLOCK", "other", "email", "es",
     [("Lozano", "NAME"), ("urgencias", "SPECIALTY"), ("radiografía", "PROCEDURE"), ("9 de febrero", "DATE"), ("fractura", "CONDITION"), ("Dr. Arriaga", "PROVIDER")],
     ["orthopedics", "urgent-care"], "La respuesta a la queja es un hallazgo de la radiografía (decision 4): va por el portal."),
    ("cc0024", "Patient Relations: our written response to your concern was mailed to the address on file. If you're not satisfied, you may contact the state Department of Health at (217) 555-0188.",
     "ALLOW", "other", "sms", "en",
     [("(217) 555-0188", "PHONE")],
     ["general", "practice-contact"], "Public agency's complaint line (decision 6); nothing about the concern itself."),
)

# ---------------------------------------------------------------- batch 3 (cc0025-cc0036): records requests, ROI vendors, imaging CDs
add(
    ("cc0025", "Your medical records request has been received. Processing can take up to 30 days. We'll text you when your copy is ready.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Request acknowledgement with no request number, visit or department."),
    ("cc0026", "Mercy Ridge HIM: your records are ready. Download them at https://portal.mercyridge.example or pick up a copy in Suite 110, Mon-Fri 8-4. Bring photo ID.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://portal.mercyridge.example", "URL")],
     ["general", "practice-contact"], "The hospital's own portal link; a suite number alone is not a patient address."),
    ("cc0027", "RecordBridge, on behalf of Cedar Family Medicine: request #RB-4471923 for Tomas Brandt is complete. Download (link expires in 7 days): https://rb.example/d/7Hq2Lx?token=a81f0c",
     "REWRITE", "portal-notice", "sms", "en",
     [("RB-4471923", "OTHER_ID"), ("Tomas Brandt", "NAME"), ("https://rb.example/d/7Hq2Lx?token=a81f0c", "URL")],
     ["general"], "ROI vendor notice: request number (decision 1), name and a tokened download link are patient-specific; 'your records are ready' survives."),
    ("cc0028", "Your CD of images from Pinecrest Imaging (CT abdomen/pelvis, 01/06/2026) is ready at the front desk. Please bring a photo ID.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Pinecrest Imaging", "SPECIALTY"), ("CT abdomen/pelvis", "PROCEDURE"), ("01/06/2026", "DATE")],
     ["imaging"], "Imaging-center name and the study go; the pickup notice and date survive."),
    ("cc0029", "Your imaging disc is ready for pickup at the front desk. Please bring a photo ID. Discs not picked up within 30 days are shredded.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "No modality, body part or center name: 'imaging disc' is generic (decision 9)."),
    ("cc0030", "Records update: per your authorization, we sent your records from Dr. Feld's cardiology visits (2019-2024) to Dr. Amani at Lakeside Heart Partners on 11/3.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("cardiology", "SPECIALTY"), ("Dr. Amani", "PROVIDER"), ("Lakeside Heart Partners", "SPECIALTY"), ("11/3", "DATE")],
     ["cardiology"], "Specialty and a heart-practice name reveal the care; 'records sent to Dr. Amani on 11/3' survives. Years alone are fine."),
    ("cc0031", "Ms. Reyes, we received your request for copies of your mother's records from her inpatient psychiatric stay. We can't release them without her signed authorization or papers showing you are her legal representative (for example, a guardianship order). Please call Health Information Management at (505) 555-0129.",
     "BLOCK", "other", "email", "en",
     [("Reyes", "NAME"), ("psychiatric", "SPECIALTY"), ("(505) 555-0129", "PHONE")],
     ["behavioral-health", "third-party", "practice-contact"], "Tells a relative that the mother had a psychiatric admission: a third party's health (decision 11)."),
    ("cc0032", "Hola Jorge, la copia de su expediente de la cirugía de rodilla ya está lista. Costo: $6.50. Puede pagar y recogerla en Archivo Clínico, planta baja, de lunes a viernes.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Jorge", "NAME"), ("cirugía de rodilla", "PROCEDURE")],
     ["orthopedics"], "Nombre y cirugía específica se quitan; el aviso de copia lista y el costo sobreviven."),
    ("cc0033", "Your records request (visits 2022-2025, including lab results and the 3/3/2025 echocardiogram report) has been released to your portal Documents tab. Reference ROI-88102.",
     "ALLOW", "portal-notice", "portal", "en",
     [("3/3/2025", "DATE"), ("echocardiogram", "PROCEDURE"), ("ROI-88102", "OTHER_ID")],
     ["cardiology"], "Inside the portal the test and the request number may stay (README channel convention)."),
    ("cc0034", "Per your request, here's the summary from your chart: Dx hypothyroidism, on levothyroxine 75 mcg daily, last TSH 2.1 on 8/4. Full records to follow by mail.",
     "BLOCK", "other", "sms", "en",
     [("hypothyroidism", "CONDITION"), ("levothyroxine 75 mcg", "MEDICATION"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("8/4", "DATE")],
     ["primary-care", "shorthand"], "A chart summary by text: diagnosis, dose and a value are the message."),
    ("cc0035", "Hello, this is Dana from the medical records department at Willow Creek Women's Health, calling about the records request for your fertility clinic referral. The copies are ready. Please call us at (208) 555-0163, option 2. Thank you.",
     "REWRITE", "portal-notice", "voice", "en",
     [("Dana", "PROVIDER"), ("Willow Creek Women's Health", "SPECIALTY"), ("fertility", "SPECIALTY"), ("(208) 555-0163", "PHONE")],
     ["reproductive", "fertility", "practice-contact"], "Voicemail: women's-health name and the fertility referral go; the clerk is staff (decision 2)."),
    ("cc0036", "Subject: We received your request for your health information\n\nThank you for your request. Under HIPAA we must act on it within 30 days; if we need more time, we will tell you in writing why and when to expect it. Copies sent to your patient portal are free. Paper copies and copies on a USB drive carry a reasonable, cost-based fee, which we will tell you before we prepare them. If you asked us to send your records to someone else, please make sure the authorization form is signed and dated, or we will not be able to release anything.",
     "ALLOW", "confirmation", "email", "en", [],
     ["general", "hard-negative"], "Process explanation with no request number, visit or department."),
)

# ---------------------------------------------------------------- batch 4 (cc0037-cc0048): amendments, accountings of disclosures, restrictions
add(
    ("cc0037", "We received your request to amend your health record. You will get our decision in writing within 60 days.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Amendment acknowledgement that names nothing in the record."),
    ("cc0038", "Dear Mr. Lindqvist,\n\nWe have completed our review of your request, received on 2/3, to amend your health record. You asked us to remove \"alcohol use disorder, moderate\" from your problem list. Dr. Park reviewed the documentation from your visits and the screening you completed and found the entry accurate and complete. For that reason your request is denied.\n\nYou have the right to submit a written statement of disagreement, which we will add to your record and include with any future disclosure of the entry. You may also file a complaint with our Privacy Officer at (802) 555-0139 or with the Secretary of Health and Human Services.\n\nHealth Information Management\nGreen Mountain Family Practice",
     "BLOCK", "other", "email", "en",
     [("Lindqvist", "NAME"), ("2/3", "DATE"), ("alcohol use disorder", "CONDITION"), ("Dr. Park", "PROVIDER"), ("(802) 555-0139", "PHONE")],
     ["substance-use", "practice-contact"], "Amendment denial that states the diagnosis kept in the record (decision 3): portal letter instead."),
    ("cc0039", "Your amendment request for the note from your 4/9 telehealth visit with our sleep clinic was approved. The corrected note is now in your portal.",
     "REWRITE", "other", "sms", "en",
     [("4/9", "DATE"), ("sleep", "SPECIALTY")],
     ["general"], "Naming the service only (decisions 3, 8) is REWRITE; 'clinic' stays outside like 'clínica de VIH'."),
    ("cc0040", "Your amendment request is complete. Per Dr. Chu, your medication list now shows metformin ER 750 mg daily instead of metformin 500 mg twice daily.",
     "ALLOW", "other", "portal", "en",
     [("Dr. Chu", "PROVIDER"), ("metformin ER 750 mg", "MEDICATION"), ("metformin 500 mg", "MEDICATION")],
     ["primary-care"], "Medication details are fine inside the portal (README channel convention)."),
    ("cc0041", "Sra. Quiroga, aprobamos su solicitud de corrección: su expediente ya no dice \"diabetes tipo 2\" sino \"prediabetes\". Cualquier duda, estamos para servirle.",
     "BLOCK", "other", "sms", "es",
     [("Quiroga", "NAME"), ("diabetes tipo 2", "CONDITION"), ("prediabetes", "CONDITION")],
     ["primary-care"], "La corrección misma es un diagnóstico de la paciente (decision 3)."),
    ("cc0042", "Did you know? You have the right to ask for a list of certain disclosures of your health information we made in the past 6 years. The first list each year is free. Ask at any front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Rights reminder sent to every patient."),
    ("cc0043", "Hi Priya, your accounting of disclosures (6 entries since 2021) is ready to view in the Documents tab of your portal.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Priya", "NAME")],
     ["general"], "Only the name goes; the notice survives."),
    ("cc0044", "Confirmed: as you asked, we've flagged your HIV diagnosis and your Dovato prescription so they are not sent to your health plan, since you paid in full out of pocket.",
     "BLOCK", "confirmation", "sms", "en",
     [("HIV", "CONDITION"), ("Dovato", "MEDICATION")],
     ["hiv-sexual-health"], "A restriction confirmation that states the diagnosis and the drug (decision 3)."),
    ("cc0045", "As you requested, mail about your care at Northside Gender Health will now go to your P.O. Box instead of 4410 Alder Ct, Apt 3, Salem, OR 97301. Your phone preferences have not changed.",
     "REWRITE", "confirmation", "email", "en",
     [("Northside Gender Health", "SPECIALTY"), ("4410 Alder Ct, Apt 3, Salem, OR 97301", "ADDRESS")],
     ["reproductive"], "Confidential-communications confirmation: the gender-health practice name (decision 8) and the home address go."),
    ("cc0046", "Confirmed: per your request, we'll leave appointment messages only on your cell, never on your home phone or at work. Questions? Call (541) 555-0112.",
     "ALLOW", "confirmation", "sms", "en",
     [("(541) 555-0112", "PHONE")],
     ["general", "practice-contact"], "Communication preference with the practice's own number."),
    ("cc0047", "Le informamos que recibimos su solicitud de enmienda a su expediente. Le daremos una respuesta por escrito en un plazo máximo de 60 días.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["general", "hard-negative"], "Acuse de enmienda sin ningún dato del expediente."),
    ("cc0048", "Your statement of disagreement about the \"suspicious 1.2 cm nodule\" described in your 5/20 chest CT report has been added to your record and will be included whenever that report is released.",
     "BLOCK", "other", "email", "en",
     [("suspicious 1.2 cm nodule", "RESULT"), ("5/20", "DATE"), ("chest CT", "PROCEDURE")],
     ["imaging"], "The disputed entry is a finding of the recipient's scan (decision 3)."),
)

# ---------------------------------------------------------------- batch 5 (cc0049-cc0060): proxy and portal access
add(
    ("cc0049", "Proxy access approved: Daniel Ortiz can now view your Cedar Family Medicine portal account. Manage who has access under Settings > Shared Access.",
     "REWRITE", "confirmation", "sms", "en",
     [("Daniel Ortiz", "NAME")],
     ["general"], "The proxy's name is a family member's name; the approval survives without it."),
    ("cc0050", "Your request to be a proxy for Sofia Marin at Sunny Hill Pediatrics has been approved. You can now view her appointments and message her care team.",
     "REWRITE", "confirmation", "sms", "en",
     [("Sofia Marin", "NAME"), ("Sunny Hill Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor"], "Dependent's name and pediatric practice name go (decision 11: names only -> REWRITE)."),
    ("cc0051", "Your patient portal account is now active. If you did not request this, call the number on the back of your statement.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "Account activation notice with nothing identifying."),
    ("cc0052", "Your Cedar Family Medicine verification code is 418 220. Don't share it with anyone. It expires in 5 minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient."),
    ("cc0053", "Heads up: since Ava turns 13 this month, your proxy access to her account changes to limited access (appointments and immunizations only). Questions? Call (503) 555-0158.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Ava", "NAME"), ("(503) 555-0158", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "The teen's name goes; the policy change and the practice line survive."),
    ("cc0054", "Proxy access approved for your mother, Evelyn Marsh. FYI her oncology infusion on 2/3 moved to 2/10, and her last CBC showed low platelets, so the nurse will call you.",
     "BLOCK", "confirmation", "sms", "en",
     [("Evelyn Marsh", "NAME"), ("oncology", "SPECIALTY"), ("infusion", "PROCEDURE"), ("2/3", "DATE"), ("2/10", "DATE"), ("CBC", "PROCEDURE"), ("low platelets", "RESULT")],
     ["oncology", "third-party"], "A relative's result sent to the proxy by text: third party's health (decision 11)."),
    ("cc0055", "Dear Mr. Haldane,\n\nYour request for proxy access to the patient portal account of your grandmother, Ruth Haldane, has been approved. Because Mrs. Haldane is 93 and signed the authorization form in our office on 6/12, you will be able to see her upcoming appointments, request refills on her behalf and send messages to her care team.\n\nProxy access does not include notes her clinicians mark as sensitive. You can remove yourself as a proxy at any time under Settings > Shared Access, and she can end your access at any time by calling us.\n\nTo log in, use the same username you created for your own account.\n\nHealth Information Management\nPrairie View Clinic | (515) 555-0170",
     "REWRITE", "confirmation", "email", "en",
     [("Mr. [[Haldane]]", "NAME"), ("Ruth Haldane", "NAME"), ("Mrs. [[Haldane]]", "NAME"), ("93", "AGE"), ("6/12", "DATE"), ("(515) 555-0170", "PHONE")],
     ["general", "age-over-89", "third-party", "practice-contact"], "Names and an age over 89 go; no health information about the grandmother, so REWRITE rather than BLOCK (decision 11)."),
    ("cc0056", "Su acceso como representante a la cuenta de su hijo Mateo Ruiz en Pediatría Los Pinos ya fue aprobado. Desde el portal podrá ver sus citas y su cartilla de vacunación.",
     "REWRITE", "confirmation", "sms", "es",
     [("Mateo Ruiz", "NAME"), ("Pediatría Los Pinos", "SPECIALTY")],
     ["pediatrics", "minor"], "Nombre del menor y nombre pediátrico se quitan; la cartilla es una función del portal, no una visita (sin etiqueta)."),
    ("cc0057", "New message from Medical Records. Log in to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Lock-screen push that says only that a message exists."),
    ("cc0058", "We're unable to approve proxy access to your husband Carl's records because they include substance use treatment protected by 42 CFR Part 2. Carl would need to sign a Part 2 consent form.",
     "BLOCK", "other", "sms", "en",
     [("Carl", "NAME", 0), ("substance use treatment", "PROCEDURE"), ("Carl", "NAME", 1)],
     ["substance-use", "third-party"], "The denial reason discloses the husband's substance-use treatment to his wife (decisions 11, 12)."),
    ("cc0059", "Starting 9/1, parent access to portal accounts of patients 12-17 changes: you'll still see appointments and immunizations, but not confidential visit notes. Details: https://riverbendpeds.example/proxy",
     "ALLOW", "other", "sms", "en",
     [("9/1", "DATE"), ("https://riverbendpeds.example/proxy", "URL")],
     ["pediatrics", "broadcast", "practice-contact"], "Policy broadcast to every parent with the practice's own link."),
    ("cc0060", "Ezra's portal invitation expires tomorrow. Tap to finish setting up proxy access.",
     "REWRITE", "portal-notice", "push", "en",
     [("Ezra", "NAME")],
     ["general"], "Push on the lock screen: the name goes, the nudge survives."),
)

# ---------------------------------------------------------------- batch 6 (cc0061-cc0072): breach and snooping notifications, privacy policy
add(
    ("cc0061", "Subject: Notice of a data security incident\n\nWe are writing to tell you about an incident that may have involved some of your information, and what we are doing about it.\n\nWhat happened: an unauthorized person gained access to one employee's e-mail account for a short time. We shut off the access the same day and hired an outside forensic firm.\n\nWhat information was involved: for some patients, names, dates of birth, medical record numbers, health insurance information and limited treatment information. Social Security numbers and bank account numbers were not in the account.\n\nWhat you can do: review the statements you get from your health plan and tell us about any service you did not receive. We are not aware of any misuse of the information.\n\nWe sincerely apologize.\nThe Privacy Office",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative", "negation"], "Lists categories of information, not values (decision 5): 'dates of birth', 'Social Security numbers' are words here."),
    ("cc0062", "Dear Ms. Kowalczyk,\n\nOn 10/2/2025 a billing letter meant for you was mailed by mistake to another patient. The letter showed your name, your address (88 Birch Hollow Rd, Unit 4, Dover, NH 03820) and your account number 4410-2288. It did not include any information about your diagnoses or treatment, and the other patient returned it to us.\n\nWe have retrained the staff involved and added a second check to our mailing process. As a precaution we closed that account number and opened a new one for you.\n\nIf you have questions, please call our Privacy Officer, Anita Ruhl, at (603) 555-0142.\n\nSincerely,\nSeacoast Family Health",
     "REWRITE", "other", "email", "en",
     [("Kowalczyk", "NAME"), ("10/2/2025", "DATE"), ("88 Birch Hollow Rd, Unit 4, Dover, NH 03820", "ADDRESS"), ("4410-2288", "ACCOUNT"), ("Anita Ruhl", "PROVIDER"), ("(603) 555-0142", "PHONE")],
     ["general", "negation", "practice-contact"], "The notice works without repeating the exposed name, address and account (decision 5); the privacy officer is staff (decision 2)."),
    ("cc0063", "Dear Mr. Pemberton,\n\nWe are writing about a privacy incident. On 1/14 a fax meant for your specialist was sent to a wrong number. It included your name, your date of birth (04/11/1979) and your hepatitis C viral load results. The business that received it confirmed in writing that it was shredded.\n\nWe are very sorry. Our Privacy Office will call you this week to answer your questions.",
     "BLOCK", "other", "email", "en",
     [("Pemberton", "NAME"), ("1/14", "DATE"), ("04/11/1979", "DATE"), ("hepatitis C viral load", "PROCEDURE")],
     ["lab", "dob"], "Full date of birth with the name, plus the test that reveals the condition: send the letter by mail or portal."),
    ("cc0064", "Greenfield Behavioral Health: we recently had a security incident involving patient records. A letter with details was mailed to you. Questions: 1-888-555-0190.",
     "REWRITE", "other", "sms", "en",
     [("Greenfield Behavioral Health", "SPECIALTY"), ("1-888-555-0190", "PHONE")],
     ["behavioral-health", "practice-contact"], "The practice name reveals behavioral-health care; the alert and the call center survive."),
    ("cc0065", "Northgate Internal Medicine has opened a call center for questions about the recent security incident: (503) 555-0177, 8am-8pm daily.",
     "ALLOW", "other", "sms", "en",
     [("(503) 555-0177", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Broadcast from a generic practice with its own number."),
    ("cc0066", "Asunto: Aviso sobre un incidente de seguridad\n\nLe escribimos para informarle de un incidente que pudo afectar parte de su información. Un proveedor que nos ayuda a enviar recordatorios de citas detectó un acceso no autorizado a sus sistemas. La información que pudo verse incluye nombres, números de teléfono y fechas de citas. No se vieron números de Seguro Social, datos bancarios ni información sobre diagnósticos o tratamientos.\n\nNo tiene que hacer nada, pero le recomendamos desconfiar de llamadas o mensajes que le pidan datos personales a nombre nuestro. Nunca le pediremos su número de Seguro Social por mensaje de texto.\n\nLamentamos mucho lo sucedido.\nOficina de Privacidad",
     "ALLOW", "other", "email", "es", [],
     ["general", "broadcast", "hard-negative", "negation"], "Solo categorías de datos, ningún valor (decision 5)."),
    ("cc0067", "Privacy Office, Baylor Creek Health: Ms. Tran, our audit found that a staff member opened your chart without a work reason and viewed your positive pregnancy test from 5/28 and the note from your visit on 6/2. Please call us at (254) 555-0131.",
     "BLOCK", "other", "sms", "en",
     [("Tran", "NAME"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("5/28", "DATE"), ("6/2", "DATE"), ("(254) 555-0131", "PHONE")],
     ["reproductive", "practice-contact"], "Snooping notice that repeats the viewed result: a result is the message (decision 5)."),
    ("cc0068", "Dear Mr. Yilmaz,\n\nDuring a routine access audit we found that an employee looked at your record on 3/17 and 3/18 without a business need. The employee saw your contact details and your appointment history with our dermatology clinic; no notes or results were opened. The employee's access has been removed and disciplinary action taken.\n\nYou do not need to do anything. If you have questions, call the Privacy Office at (414) 555-0128.\n\nLakefront Medical Associates",
     "REWRITE", "other", "email", "en",
     [("Yilmaz", "NAME"), ("3/17", "DATE"), ("3/18", "DATE"), ("dermatology", "SPECIALTY"), ("(414) 555-0128", "PHONE")],
     ["dermatology", "negation", "practice-contact"], "Snooping notice with no clinical content; name and specialty go (decision 5)."),
    ("cc0069", "Hi, this message is for Brandon Fiske from the Privacy Office at Harbor Valley Health. A report e-mailed to the wrong address contained your sleep study results showing severe sleep apnea. Please call us back at (716) 555-0145.",
     "BLOCK", "other", "voice", "en",
     [("Brandon Fiske", "NAME"), ("sleep study", "PROCEDURE"), ("sleep apnea", "CONDITION"), ("(716) 555-0145", "PHONE")],
     ["general", "practice-contact"], "Voicemail repeating the exposed finding; 'severe' stays outside the condition span like 'poorly-controlled'."),
    ("cc0070", "As part of our response to the incident, you can get 24 months of free credit monitoring. Enrollment code: KX4-PL9-22W. Enroll by 12/31 at https://idprotect.example/enroll",
     "ALLOW", "other", "sms", "en",
     [("12/31", "DATE"), ("https://idprotect.example/enroll", "URL")],
     ["general", "practice-contact"], "Enrollment code is a one-time activation code, not labelled (decision 1); the vendor link has no token."),
    ("cc0071", "Sr. Medina, por un error se envió a otro paciente el resumen de su visita del 12 de enero, que incluía su diagnóstico de VIH y su receta de Biktarvy. Le pedimos una disculpa; nuestra Oficina de Privacidad le llamará hoy.",
     "BLOCK", "other", "sms", "es",
     [("Medina", "NAME"), ("12 de enero", "DATE"), ("VIH", "CONDITION"), ("Biktarvy", "MEDICATION")],
     ["hiv-sexual-health"], "El aviso repite el diagnóstico y el medicamento expuestos (decision 5)."),
    ("cc0072", "We've updated our Privacy Policy for the Cedar Health app, effective January 1. The changes explain how we use app analytics and cookies; they don't change how we protect your health information. Read it at https://cedarhealth.example/privacy",
     "ALLOW", "other", "email", "en",
     [("January 1", "DATE"), ("https://cedarhealth.example/privacy", "URL")],
     ["general", "broadcast", "practice-contact"], "Look-alike: an app privacy-policy update, sent to all users."),
)

# ---------------------------------------------------------------- batch 7 (cc0073-cc0084): privacy notices, subpoenas and legal requests, copy fees
add(
    ("cc0073", "Our Notice of Privacy Practices has been updated. Ask for a paper copy at check-in or read it on our website.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Practice-wide notice."),
    ("cc0074", "Before your visit with Dr. Benson on 4/30, please sign the acknowledgment that you received our Notice of Privacy Practices. You can do it at check-in or in the portal.",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Benson", "PROVIDER"), ("4/30", "DATE")],
     ["primary-care"], "Provider and date only."),
    ("cc0075", "Dear Ms. Abernathy,\n\nHollis Family Clinic received a subpoena dated 8/12/2025 from the law office of Pruitt & Vance, LLP, asking for copies of your records from 2023 to the present, including the records of your treatment in our physical therapy department after the accident.\n\nBefore we release anything, the law requires either your written authorization or proof that you were notified and had a chance to object. If you or your attorney plan to object, please tell us in writing by 8/29/2025. If we do not hear from you, we will release only the records described in the subpoena and nothing more.\n\nPlease call our Release of Information desk at (573) 555-0119 with any questions.\n\nHealth Information Management, Hollis Family Clinic",
     "REWRITE", "other", "email", "en",
     [("Abernathy", "NAME"), ("8/12/2025", "DATE"), ("physical therapy", "SPECIALTY"), ("8/29/2025", "DATE"), ("(573) 555-0119", "PHONE")],
     ["physical-therapy", "practice-contact"], "Subpoena notice: the law firm is not labelled (decision 6); name and the PT department go, the notice and deadline survive."),
    ("cc0076", "Re: the subpoena from your attorney - we will produce the records of your ER visit on 5/5 for the concussion, including the CT head, which was negative. Reply by Friday if you object.",
     "BLOCK", "other", "sms", "en",
     [("ER", "SPECIALTY"), ("5/5", "DATE"), ("concussion", "CONDITION"), ("CT head", "PROCEDURE"), ("negative", "RESULT")],
     ["urgent-care"], "Describes the diagnosis and a (negative) result: a result is still a result."),
    ("cc0077", "Our records department can't accept subpoenas by text or e-mail. Please have your attorney send legal requests by mail or fax to our legal office.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Legal-process instructions with nothing about the patient."),
    ("cc0078", "Your records copy is ready. Fee: $18.40 ($6.50 base fee + $0.25 per page, as allowed by state law). Pay at the front desk or at https://hollisfc.example/pay",
     "ALLOW", "billing", "sms", "en",
     [("https://hollisfc.example/pay", "URL")],
     ["general", "practice-contact"], "Fee notice; amounts are not identifiers and the pay link is the practice's own."),
    ("cc0079", "ROI invoice INV-778120 for Keisha Dunmore: $42.00 for 128 pages. Pay within 30 days at https://roi.example/pay?inv=778120",
     "REWRITE", "billing", "sms", "en",
     [("INV-778120", "OTHER_ID"), ("Keisha Dunmore", "NAME"), ("https://roi.example/pay?inv=778120", "URL")],
     ["general"], "Invoice number (decision 1), name and a pay link with the invoice parameter go; the amount survives."),
    ("cc0080", "Copias de expediente: las primeras 10 hojas son gratis y después $0.25 por hoja. Los discos con estudios cuestan $10. Se paga en efectivo o con tarjeta en recepción.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Tarifa general de copias; 'discos con estudios' sin modalidad es genérico (decision 9)."),
    ("cc0081", "Re: records request for our patient Gordon Whitcomb\n\nCounsel: as authorized, the requested records are enclosed. In summary, per Dr. Kessler's notes Mr. Whitcomb has a lumbar disc herniation at L4-L5 and remains restricted to lifting no more than 10 lbs through 3/31.",
     "BLOCK", "other", "email", "en",
     [("Gordon Whitcomb", "NAME"), ("Dr. Kessler", "PROVIDER"), ("Mr. [[Whitcomb]]", "NAME"), ("lumbar disc herniation", "CONDITION"), ("3/31", "DATE")],
     ["orthopedics", "third-party"], "E-mail to an attorney summarising a diagnosis and work restriction: use the secure release channel (decisions 6, 11)."),
    ("cc0082", "Hi Ramon, the authorization you signed for your attorney lets us release the records of your 2/18 visit at Eastside Occupational Health. Reply YES to confirm we may send them today.",
     "REWRITE", "other", "sms", "en",
     [("Ramon", "NAME"), ("2/18", "DATE"), ("Eastside Occupational Health", "SPECIALTY")],
     ["general"], "Occupational-health name reveals a work injury or screen (decision 8); the confirmation request survives."),
    ("cc0083", "You have reached the Health Information Management department. For records requests, press 1. For subpoenas and other legal requests, press 2. For questions about copy fees, press 3.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR menu."),
    ("cc0084", "Sra. Ibáñez: recibimos una orden judicial para entregar su expediente de la Clínica de Salud Mental Horizonte. Antes de enviar cualquier documento le llamaremos para explicarle sus derechos.",
     "REWRITE", "other", "sms", "es",
     [("Ibáñez", "NAME"), ("Clínica de Salud Mental Horizonte", "SPECIALTY")],
     ["behavioral-health"], "El nombre de la clínica revela salud mental; el aviso de la orden judicial sobrevive (decision 6)."),
)

# ---------------------------------------------------------------- batch 8 (cc0085-cc0096): look-alikes and patient-experience broadcasts
add(
    ("cc0085", "Mercy Ridge Gift Shop: our Records Day Sale is Saturday! Vinyl records and old-time radio CDs, 2 for $10. All proceeds support the NICU family lounge.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: records and CDs for sale; the fund named is not about the recipient."),
    ("cc0086", "Thank you! Saturday's community health fair drew a record turnout: more than 600 neighbors got free blood pressure checks and flu shots.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike 'record'; services offered to everyone, not the recipient's."),
    ("cc0087", "Running the Cedar Hospital Foundation 5K on Sunday? Don't forget to sign the Discharge of Liability form at packet pickup. Bibs, shirts and water at the finish line!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike 'discharge': a race waiver."),
    ("cc0088", "Please welcome Grace Chart, our new Patient Experience Manager! She'll be in the main lobby Tuesday and Wednesday mornings, so stop by and say hello.",
     "ALLOW", "other", "email", "en",
     [("Grace Chart", "PROVIDER")],
     ["general", "broadcast"], "A staff member introduced to everyone is workforce (decision 2): labelled PROVIDER, allowed."),
    ("cc0089", "HIM Week starts Monday! Coding trivia at noon in Conf Rm B, and prizes for every provider with zero delinquent charts by Friday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "shorthand"], "Internal staff notice; 'charts' and 'coding' are department words."),
    ("cc0090", "The password for your patient portal account was changed. If you didn't make this change, call us right away using the number on our website.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Security notice without an identifier."),
    ("cc0091", "Open Records Act request received. The board meeting minutes you asked for will be e-mailed to you by Friday. - Coastal Hospital District",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a public-records request about board minutes."),
    ("cc0092", "Actualizamos nuestro Aviso de Privacidad. Puede pedir una copia impresa en recepción o leerlo en nuestra página web.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Aviso general para todos los pacientes."),
    ("cc0093", "You asked for an itemized bill, not a copy of your medical records, so no copy fee applies. We mailed the itemized bill today.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Billing clarification with no amount, account or visit."),
    ("cc0094", "It's Patient Experience Week! Thank a nurse, a tech or a housekeeper: leave a note at the kiosk by the cafeteria and we'll deliver it.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; 'nurse' is generic."),
    ("cc0095", "Hi Mr. Delacroix, Grace Chart from Patient Experience here. Thank you for your kind words about the team in the Cancer Center infusion suite - I've shared them with everyone on the unit.",
     "REWRITE", "other", "email", "en",
     [("Delacroix", "NAME"), ("Grace Chart", "PROVIDER"), ("Cancer Center", "SPECIALTY"), ("infusion", "PROCEDURE")],
     ["oncology"], "Reply to a compliment: the name, the cancer center and the infusion suite reveal the care; the thanks survive."),
    ("cc0096", "Chart your own course! Free wellness coaching every Tuesday evening in the Eastgate community room. Walk-ins welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike 'chart'."),
)

# ---------------------------------------------------------------- batch 9 (cc0097-cc0108): Spanish, disguises, identity checks
add(
    ("cc0097", "Hola Guadalupe 😊 ¿Cómo le fue en su colonoscopia con el Dr. Ferrer? Su opinión nos ayuda mucho. Conteste aquí: https://encuesta.cmsur.example",
     "REWRITE", "other", "sms", "es",
     [("Guadalupe", "NAME"), ("colonoscopia", "PROCEDURE"), ("Dr. Ferrer", "PROVIDER"), ("https://encuesta.cmsur.example", "URL")],
     ["primary-care", "practice-contact"], "Nombre y procedimiento se quitan; la encuesta con el doctor y el enlace propio sobrevive (decision 10)."),
    ("cc0098", "Buenas tardes, le habla Patricia, de Archivo Clínico del Hospital San Judas. Este mensaje es para la señora Ofelia Garza. Su hija solicitó copias de su expediente de quimioterapia; para entregarlas necesitamos que usted firme la autorización. Llámenos al (956) 555-0181. Gracias.",
     "REWRITE", "other", "voice", "es",
     [("Patricia", "PROVIDER"), ("Ofelia Garza", "NAME"), ("quimioterapia", "PROCEDURE"), ("(956) 555-0181", "PHONE")],
     ["oncology", "practice-contact"], "Mensaje de voz a la propia paciente: nombre y tratamiento se quitan; la solicitud de firma sobrevive (decision 2 para la empleada)."),
    ("cc0099", "Sra. Villalobos, respecto a su queja: confirmamos que el 3 de abril la enfermera le aplicó Humalog en lugar de su Lantus. Ya hablamos con el equipo y se tomaron medidas. Disculpe las molestias.",
     "BLOCK", "other", "sms", "es",
     [("Villalobos", "NAME"), ("3 de abril", "DATE"), ("Humalog", "MEDICATION"), ("Lantus", "MEDICATION")],
     ["primary-care"], "La respuesta a la queja es el error de medicación (decision 4)."),
    ("cc0100", "Clínica del Valle: su solicitud de acceso al portal para su representante fue aprobada. Dudas al (915) 555-0123.",
     "ALLOW", "confirmation", "sms", "es",
     [("(915) 555-0123", "PHONE")],
     ["general", "practice-contact"], "Aprobación sin nombre del representante; teléfono de la clínica."),
    ("cc0101", "Don Aurelio, le avisamos que alguien que dijo ser su cuñado llamó para pedir información sobre su prueba de VIH. No le dimos ningún dato. Si usted no autorizó esa llamada, comuníquese con nuestra Oficina de Privacidad.",
     "REWRITE", "other", "sms", "es",
     [("Aurelio", "NAME"), ("prueba de VIH", "PROCEDURE")],
     ["hiv-sexual-health"], "Aviso de privacidad al propio paciente: nombre y prueba se quitan; el aviso sobrevive."),
    ("cc0102", "Patient Relations: we reviewed your complaint with Dr. Voss. Your biopsy was read as m e l a n o m a on 7/2 and you should have been called within a week. We are very sorry.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Voss", "PROVIDER"), ("biopsy", "PROCEDURE"), ("m e l a n o m a", "CONDITION"), ("7/2", "DATE")],
     ["dermatology", "oncology", "spaced"], "Spaced-out diagnosis in a grievance response (decision 4)."),
    ("cc0103", "Your records from Harbor Behav\u200bioral Health were sent to Dr. Quinn on 1/9 as you authorized. Reply HELP for help.",
     "REWRITE", "other", "sms", "en",
     [("Harbor Behav\u200bioral Health", "SPECIALTY"), ("Dr. Quinn", "PROVIDER"), ("1/9", "DATE")],
     ["behavioral-health"], "Zero-width space inside the practice name; still a behavioral-health name."),
    ("cc0104", "Copies of your visit notes from Rose Hill Psychi\u0430try are ready for pickup at the front desk. Photo ID required.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Rose Hill Psychi\u0430try", "SPECIALTY")],
     ["behavioral-health"], "Cyrillic 'a' in the practice name; 'visit notes' is generic (decision 9)."),
    ("cc0105", "quick survey: how was ur ch3mo infusion at Lakeview today? reply 1-5 (5=great)",
     "REWRITE", "other", "sms", "en",
     [("ch3mo infusion", "PROCEDURE")],
     ["oncology", "leet", "shorthand"], "Leet chemo infusion as the object of a survey; the survey survives."),
    ("cc0106", "Release of Information: to verify your identity for your records request, please confirm your SSN 078-05-1120 and date of birth 02/09/1961. Reply Y if correct.",
     "BLOCK", "other", "sms", "en",
     [("078-05-1120", "SSN"), ("02/09/1961", "DATE")],
     ["general", "dob"], "An SSN must never travel by text (specimen number)."),
    ("cc0107", "Records request confirmation\nPatient: Marisol Echeverría-Pike\nDOB: 09/30/1988\nMRN: 30017752\nRecords: all office visits 2020-present\nDelivery: secure e-mail\nStatus: IN PROCESS",
     "BLOCK", "confirmation", "email", "en",
     [("Marisol Echeverría-Pike", "NAME"), ("09/30/1988", "DATE"), ("30017752", "MRN")],
     ["general", "dob"], "Full date of birth with the name (and MRN): README verdict convention."),
    ("cc0108", "Dear Mr. Santangelo,\n\nThank you for your patience while we looked into your complaint about the delay with your refill on 9/5. Our pharmacist held your Suboxone 8-2 mg film prescription because the state monitoring database showed an overlapping prescription from another prescriber, and she needed to confirm it with Dr. Alcott before filling it. She should have called you the same day, and we are sorry she did not.\n\nWe have reviewed this with our pharmacy team.\n\nPatient Relations, Riverside Outpatient Pharmacy",
     "BLOCK", "other", "email", "en",
     [("Santangelo", "NAME"), ("9/5", "DATE"), ("Suboxone 8-2 mg film", "MEDICATION"), ("Dr. Alcott", "PROVIDER")],
     ["substance-use", "pharmacy"], "Grievance response about a Part 2 medication and a prescription-monitoring flag (decision 4)."),
)

# ---------------------------------------------------------------- batch 10 (cc0109-cc0120): what must not go by text, and two closing ALLOWs
add(
    ("cc0109", "Your lipid panel is back: LDL 164 (H). Before you go, how would you rate today's lab visit? Reply 1-5.",
     "BLOCK", "result", "sms", "en",
     [("lipid panel", "PROCEDURE"), ("LDL", "PROCEDURE"), ("164", "RESULT"), ("LDL 164 ([[H]])", "RESULT")],
     ["lab"], "A survey that carries a value and a flag: the result is the message."),
    ("cc0110", "Good afternoon, this is Priscilla Lund from Patient Relations at Eastbrook Regional, calling for Mr. Okoro. We finished reviewing your concern about your wife's care in the ICU before she passed. Our review found that the early signs of sepsis were not acted on as quickly as they should have been. Please call me at (330) 555-0152.",
     "BLOCK", "other", "voice", "en",
     [("Priscilla Lund", "PROVIDER"), ("Okoro", "NAME"), ("ICU", "SPECIALTY"), ("sepsis", "CONDITION"), ("(330) 555-0152", "PHONE")],
     ["general", "third-party", "practice-contact"], "A deceased wife's diagnosis told by voicemail: third party's health and a review finding (decisions 4, 11)."),
    ("cc0111", "Dear parent or guardian,\n\nOn 11/20 a school health report was e-mailed to the wrong school nurse. It included Liam's name, his ADHD diagnosis and his methylphenidate dose. The nurse who received it deleted it and confirmed in writing that it was not shared.\n\nWe are sorry. Please call Sunny Hill Pediatrics at (503) 555-0161 with any questions.",
     "BLOCK", "other", "email", "en",
     [("11/20", "DATE"), ("Liam", "NAME"), ("ADHD", "CONDITION"), ("methylphenidate", "MEDICATION"), ("Sunny Hill Pediatrics", "SPECIALTY"), ("(503) 555-0161", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A dependent's diagnosis and drug sent to the guardian (README third-party convention; decision 5)."),
    ("cc0112", "Update on your amendment request: Dr. Hale agreed your chart wrongly listed bipolar I disorder. It now reads persistent depressive disorder, and the old entry is marked entered in error.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Hale", "PROVIDER"), ("bipolar I disorder", "CONDITION"), ("persistent depressive disorder", "CONDITION")],
     ["behavioral-health"], "Amendment outcome states the recipient's diagnosis (decision 3)."),
    ("cc0113", "Hi, following up on your complaint: Dr. Lindgren reviewed your X-rays from 6/11 and agrees the decay on your upper left molar should have been treated then. We'll do the filling at no charge.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Lindgren", "PROVIDER"), ("X-rays", "PROCEDURE"), ("6/11", "DATE"), ("decay", "CONDITION"), ("filling", "PROCEDURE")],
     ["dental"], "The complaint answer is a finding on the X-rays (decision 4)."),
    ("cc0114", "We have released your records to Northbridge Life Insurance as you authorized on 3/2. For your information, the attending physician statement notes your hypertension and an A1c of 8.4 from March.",
     "BLOCK", "other", "email", "en",
     [("3/2", "DATE"), ("hypertension", "CONDITION"), ("A1c", "PROCEDURE"), ("8.4", "RESULT")],
     ["primary-care"], "The insurer is not labelled (decision 6); the diagnosis and value are the message."),
    ("cc0115", "Your daughter's portal access is limited for her visit on 10/3 because it was for birth control counseling, which is confidential under state law for patients 12 and up.",
     "BLOCK", "other", "sms", "en",
     [("10/3", "DATE"), ("birth control", "MEDICATION")],
     ["pediatrics", "reproductive", "minor", "third-party"], "Explaining the restriction discloses the teen's confidential care to the parent (decision 11)."),
    ("cc0116", "Privacy alert: your HIV test result (negative) was viewed by a proxy account. Tap to review who can see your records.",
     "BLOCK", "other", "push", "en",
     [("HIV test", "PROCEDURE"), ("negative", "RESULT")],
     ["hiv-sexual-health"], "A negative result is still a result, on a lock screen."),
    ("cc0117", "pt relations here - looked into ur complaint re teh ER wait. ur troponin came back normal so triage put u lower on the list, sorry it took 6 hrs",
     "BLOCK", "other", "sms", "en",
     [("ER", "SPECIALTY"), ("troponin", "PROCEDURE"), ("normal", "RESULT")],
     ["urgent-care", "cardiology", "shorthand", "typo"], "Staff shorthand answering a complaint with a (normal) result (decision 4)."),
    ("cc0118", "Dear Mr. Castellanos,\n\nThe copy of your records you requested on 4/2 was mailed by certified mail to the address on file and should arrive within 5 business days. The package includes:\n\n- office visit notes from 14 visits (2019-2025)\n- the 2024 colonoscopy report, noting two tubular adenomas removed, with pathology\n- immunization history\n- billing and insurance records\n\nYour copy fee of $31.75 was paid on 4/9; a receipt is enclosed. Records that outside providers sent to us are not included; please request those from the original provider.\n\nIf anything is missing, reply to this e-mail or call Health Information Management at (210) 555-0166.\n\nSouth Creek Internal Medicine",
     "BLOCK", "other", "email", "en",
     [("Castellanos", "NAME"), ("4/2", "DATE"), ("colonoscopy", "PROCEDURE"), ("two tubular adenomas", "RESULT"), ("4/9", "DATE"), ("(210) 555-0166", "PHONE")],
     ["primary-care", "practice-contact"], "A long, neutral records letter with one buried finding from the colonoscopy report."),
    ("cc0119", "Response to your concern: our pharmacist reviewed the fill from 8/14 and confirmed your warfarin 5 mg tablets were dispensed correctly; they look different because the manufacturer changed. Please keep taking them as Dr. Oyelaran prescribed.",
     "ALLOW", "other", "portal", "en",
     [("8/14", "DATE"), ("warfarin 5 mg tablets", "MEDICATION"), ("Dr. Oyelaran", "PROVIDER")],
     ["pharmacy", "cardiology"], "Grievance response with drug details is fine inside the portal (README channel convention); by SMS it would be BLOCK (decision 4)."),
    ("cc0120", "Thanks for your feedback! Your comment about the parking garage has been shared with our Facilities team.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Complaint closure about parking; nothing clinical."),
)

probe_lib.run(M, "cc", "probe78.jsonl")
