#!/usr/bin/env python3
"""Build corpus/probe16.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe16.py [OUT] [-v]   (default: probe16.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring, first batch and closing lines of build_probe7.py for the script format only; the
engine was not run and no other corpus, build script, source code, test or history was read).
This round is FORMS, PAPERWORK AND THIRD PARTIES: what practices send about paperwork and about
people other than the patient — occupational health (pre-employment and DOT/CDL exams, drug and
alcohol screens, respirator fit tests, TB tests, hearing/lung surveillance), workers'
compensation claims, work-status and return-to-work notes, disability and FMLA forms, employer
accommodation letters, jury-duty excuse letters, school/program/camp/sports forms for adults,
immigration and life-insurance exams, records requests and release of information, subpoenas and
attorneys, prior authorizations, appeals and peer-to-peers, referrals to other offices,
interpreter and accessibility requests, advance directives and POLST, proxy and portal access,
messages to a spouse or adult child about the patient and to the patient about a relative.
Logistics that may go as written, messages that may go once a name, service or identifier is
removed, and messages that must not go by text (drug-screen and TB results, diagnoses, work
restrictions that reveal a condition, dosing, a relative's health), plus hard negatives (forms
and letters with no health detail, form numbers, court case numbers, employer and school names,
generic release-of-information policies, the practice's own tax and NPI numbers). 22% Spanish;
4 disguised messages (spaced letters, zero-width space, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "AHI [[12]]" searches for "AHI 12" and labels only
      the bracketed part "12".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned, cited as
"decision N"):
  1. Occupational health has no service tag: such lines are tagged primary-care (plus lab for
     drug, alcohol, TB and titer testing). An occupational-health clinic name ("Eastgate
     Occupational Medicine", "WorkWell Clinic", "Clínica Laboral del Valle") is generic, not
     SPECIALTY: it reveals employment screening or a work injury, not a condition.
  2. Exams named after the paperwork or the party that asked for them — pre-employment, DOT/CDL,
     sports, camp, school/program, immigration (I-693), life-insurance paramedical, independent
     medical exam (IME) — are generic like `physical` and are not labelled (immigration status is
     sensitive but it is not health information and has no category). Named tests inside them
     (drug screen, breath alcohol test, TB skin test/PPD, QuantiFERON, titers, spirometry,
     hearing test, respirator fit test, EKG, chest X-ray) are PROCEDURE. A fitness-for-duty
     evaluation is PROCEDURE: it is ordered because an impairment is suspected.
  3. Programme and form names (workers' comp, FMLA, short/long-term disability, ADA
     accommodation, jury excuse letter, HIPAA authorization), form numbers (WH-380-E, DWC-73,
     SSA-827, I-693), regulation cites (OSHA 1910.134), court case/docket numbers, the practice's
     own EIN and NPI, and the last four digits of a payment card are not labelled: none
     identifies the patient. A workers'-comp or disability claim number, an authorization or
     referral reference, a records-request (ROI) number and a drug-test specimen ID are OTHER_ID
     (like claim/order/accession numbers); a juror number identifies the person, so it is
     OTHER_ID too.
  4. A work-status or fitness determination ("light duty", "modified duty", "no restrictions",
     "unable to work", "incapacidad temporal") is a finding of the exam: RESULT, and like a
     normal result it makes the message BLOCK outside the portal. The restriction details
     ("no lifting over 15 lb") are instructions and are not themselves labelled (as a dose is
     not), only the condition, device or drug inside them. Body parts alone are not labelled.
  5. People acting in a business role — adjusters, attorneys, HR staff, van drivers, the
     insurer's scheduler — are not labelled (they are neither the patient, a family member nor a
     clinician); a relative, health-care agent or portal proxy is NAME. Employer, school, court,
     law-firm, insurer, health-plan and league names are not labelled.
  6. Another provider's office phone, fax or address given for a referral or records transfer,
     and an employer's HR fax or e-mail, are labelled (PHONE/FAX/ADDRESS/EMAIL) but are not the
     patient's identifiers and are allowed like the practice's own.
  7. Language interpreters and accessibility accommodations (ASL interpreter, wheelchair van,
     large print, accessible parking) are logistics the patient asked for and name no diagnosis:
     not labelled.
  8. Notices an employer or league sends to all its workers or members (fit-test day, DOT card
     renewals) are broadcasts: ALLOW with no clinical span, like a practice broadcast.
  9. A third party's logistics with only a name (proxy access approved, a spouse's appointment
     moved) is REWRITE, like a dependent's; a relative's results being back with a call to
     discuss them is third-party health: BLOCK.
 10. Code-status orders and their form (POLST, DNR, feeding tube, comfort-focused treatment) are
     PROCEDURE; a programme named with a drug ("methadone program") is one PROCEDURE span.
 11. A month and year ("1/2024") is a DATE (a date element other than the year).
 12. Purposes and channels follow probe_lib (no `confirmation`/`portal-notice`/`push`):
     confirmations -> reminder; form-ready notices -> pickup when the patient is asked to collect
     something, otherwise other.
 13. probe_lib caps a message at 1,000 UTF-16 units, so the long e-mails are 600-1,000
     characters rather than up to 1,500.

Everything is invented: names, practices, employers, 555-01xx numbers, example domains,
identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (f0001-f0016): occupational health
add(
    ("f0001", "Ironwood WorkHealth: reminder, your pre-employment physical is Tue 6/9 at 7:30 AM. Bring photo ID, your glasses or contacts if you wear them, and the form your new employer gave you. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("6/9", "DATE")],
     ["primary-care"], "Date and time only; a pre-employment physical is an administrative exam, generic like 'physical', and an occupational-health clinic name is generic (decisions 1, 2)."),
    ("f0002", "Reminder: your DOT drug screen and breath alcohol test are scheduled for tomorrow at 8:15am at WorkWell Clinic, 4410 Industrial Pkwy. Please don't drink large amounts of water beforehand. Bring your CDL.",
     "REWRITE", "reminder", "sms", "en",
     [("DOT drug screen", "PROCEDURE"), ("breath alcohol test", "PROCEDURE"), ("4410 Industrial Pkwy", "ADDRESS")],
     ["primary-care", "lab", "practice-contact"], "Named tests go (decision 2); time and the clinic's own address survive. The CDL is mentioned without its number."),
    ("f0003", "WorkWell MRO notice: your pre-employment urine drug screen (specimen ID 0048172935) was verified POSITIVE for amphetamines. Dr. Haldane will call you at the number on your custody form, (555) 555-0143, within 24 hours to review any prescriptions.",
     "BLOCK", "result", "sms", "en",
     [("urine drug screen", "PROCEDURE"), ("0048172935", "OTHER_ID"), ("POSITIVE", "RESULT"), ("amphetamines", "MEDICATION"), ("Dr. Haldane", "PROVIDER"), ("(555) 555-0143", "PHONE")],
     ["lab", "primary-care", "identifier"], "A verified positive drug screen is a result; the substance is MEDICATION (README), the specimen ID OTHER_ID (decision 3), and the phone is the patient's own."),
    ("f0004", "You have been selected for a random DOT drug and alcohol test. Report to the collection site listed in your dispatch email by 3:00 PM today. Failure to report is treated as a refusal to test.",
     "REWRITE", "other", "sms", "en",
     [("drug and alcohol test", "PROCEDURE")],
     ["primary-care", "lab"], "Judgement: the named test goes; 'selected for a random DOT test, report by 3 PM' still does the job (decision 2)."),
    ("f0005", "Your DOT exam today: BP was 162/98, so we can only issue a 3-month medical card. Recheck once you've been on the lisinopril Dr. Fenn prescribed for a few weeks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("BP", "PROCEDURE"), ("162/98", "RESULT"), ("lisinopril", "MEDICATION"), ("Dr. Fenn", "PROVIDER")],
     ["primary-care"], "A blood-pressure value and a new medication are the content; the DOT exam itself is generic (decision 2)."),
    ("f0006", "Fit test day! Ironwood WorkHealth will be onsite at the Eastgate warehouse Thursday 5/21, 6am-2pm. Please shave the morning of your test and bring the N95 model you were assigned.",
     "ALLOW", "other", "sms", "en",
     [("5/21", "DATE")],
     ["primary-care", "broadcast", "contrast"], "An employer-wide broadcast says nothing about the recipient's health (decision 8); the date is allowed."),
    ("f0007", "Hi Marcus, your respirator fit test and medical clearance questionnaire are due before 6/30 per OSHA 1910.134. Book at https://workwell.example/book or call 555-0119.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("respirator fit test", "PROCEDURE"), ("6/30", "DATE"), ("https://workwell.example/book", "URL"), ("555-0119", "PHONE")],
     ["primary-care", "practice-contact", "contrast"], "The recipient's own named test and first name go; the regulation cite is not an identifier (decision 3); the practice's link and phone stay."),
    ("f0008", "Please come back Thursday between 8 and 4 to have your TB skin test read. It has to be read 48-72 hours after it was placed or we'll need to repeat it.",
     "REWRITE", "care-instructions", "sms", "en",
     [("TB skin test", "PROCEDURE")],
     ["primary-care", "lab"], "Judgement: the read window is logistics, not dosing; once the test is unnamed ('to have it read') the purpose survives."),
    ("f0009", "Your PPD placed Monday was read today: 0 mm induration, negative. Your TB clearance letter for Brightside Senior Living is in the portal.",
     "BLOCK", "result", "sms", "en",
     [("PPD", "PROCEDURE"), ("0 mm", "RESULT"), ("negative", "RESULT"), ("TB", "CONDITION")],
     ["primary-care", "lab"], "A negative result is still a result (README); the employer name is not labelled (decision 5)."),
    ("f0010", "Your QuantiFERON result and TB clearance form are ready. For privacy we don't send results by text - log in at https://portal.cedarwork.example or pick up a copy at the front desk.",
     "REWRITE", "result", "sms", "en",
     [("QuantiFERON", "PROCEDURE"), ("TB", "CONDITION"), ("https://portal.cedarwork.example", "URL")],
     ["lab", "practice-contact"], "No value is given, but the test and the condition it clears are named; 'your result and clearance form are ready' survives."),
    ("f0011", "Hola Sr. Quintero, le recordamos su examen físico para la licencia comercial (DOT) el jueves 11 de junio a las 7:00 am en Clínica Laboral del Valle. Traiga sus lentes y la lista de sus medicinas.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("11 de junio", "DATE")],
     ["primary-care"], "Only the name goes: the DOT physical and the occupational clinic name are generic (decisions 1, 2)."),
    ("f0012", "Clínica Laboral del Valle: su prueba de drogas salió positiva a marihuana (THC). Su empleador recibirá el resultado del médico revisor. Dudas al 555-0177.",
     "BLOCK", "result", "sms", "es",
     [("prueba de drogas", "PROCEDURE"), ("positiva", "RESULT"), ("marihuana", "MEDICATION"), ("THC", "MEDICATION"), ("555-0177", "PHONE")],
     ["lab", "primary-care", "practice-contact"], "A positive drug screen and the substance are the message."),
    ("f0013", "Northwind Freight drivers: medical examiner's certificates that expire in July can be renewed at our Eastgate clinic Mon-Fri, walk-ins 7-11 AM. Bring your current card and a list of any medications you take.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast to all of an employer's drivers; 'medical', 'certificate' and 'medications' name nobody's care (decision 8)."),
    ("f0014", "Subject: Your fitness-for-duty evaluation - Harbor Freightways\n\nDear Ms. Albrecht,\n\nThank you for coming in on 4/14 for the fitness-for-duty evaluation your employer requested. Dr. Sandoval has completed the employer form (DWC-73) and faxed it to Harbor Freightways HR at (555) 555-0188 this morning.\n\nAs discussed, you are released to modified duty only: no lifting over 15 lb, no ladders, and no overhead work with the right arm until the rotator cuff tear is re-evaluated on 5/12. Please continue the meloxicam 15 mg once daily with food.\n\nIf your employer cannot accommodate these restrictions, let us know and we will update the form. Our front desk is open Monday-Friday, 7 to 5.\n\nSincerely,\nTeresa Polk\nCase Coordinator, Eastgate Occupational Medicine\n(555) 555-0112",
     "BLOCK", "care-instructions", "email", "en",
     [("fitness-for-duty evaluation", "PROCEDURE"), ("Albrecht", "NAME"), ("4/14", "DATE"), ("fitness-for-duty evaluation", "PROCEDURE", 1), ("Dr. Sandoval", "PROVIDER"), ("(555) 555-0188", "FAX"), ("modified duty", "RESULT"), ("rotator cuff tear", "CONDITION"), ("5/12", "DATE"), ("meloxicam 15 mg", "MEDICATION"), ("Teresa Polk", "PROVIDER"), ("(555) 555-0112", "PHONE")],
     ["orthopedics", "primary-care", "practice-contact"], "Work restrictions, a diagnosis and dosing are the content (decision 4); the employer's HR fax is labelled but not the patient's (decision 6); form number not labelled (decision 3)."),
    ("f0015", "Pre-employment paperwork done & sent to your employer. You're all set!",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Paperwork logistics with no health detail and no outcome."),
    ("f0016", "Hello, this is Dana from Eastgate Occupational Medicine calling for Luis Ortega. We have you down for a spirometry test and a hearing test tomorrow at 9 a.m. for your employer's annual surveillance program. Please don't smoke for an hour before. Call us back at 555-0112. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Dana", "PROVIDER"), ("Luis Ortega", "NAME"), ("spirometry test", "PROCEDURE"), ("hearing test", "PROCEDURE"), ("555-0112", "PHONE")],
     ["primary-care", "practice-contact"], "Voice is read like SMS; the patient's name and the named tests go, the call-back survives (decision 2)."),
)

# ---------------------------------------------------------------- batch 2 (f0017-f0030): workers' comp, work status, return to work
add(
    ("f0017", "Workers' comp patients: please bring your claim number, your adjuster's name and your employer's first report of injury to every visit. Without them we may have to bill your health plan.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Office policy for everyone on a comp claim; 'injury' and 'claim number' without any value (decision 3)."),
    ("f0018", "Hi Denise, the carrier accepted your workers' comp claim WC-26-0081472 (adjuster: Brian Kolb, Midstate Mutual). Your next visit on 7/8 is covered. Questions? 555-0134",
     "REWRITE", "other", "sms", "en",
     [("Denise", "NAME"), ("WC-26-0081472", "OTHER_ID"), ("7/8", "DATE"), ("555-0134", "PHONE")],
     ["general", "practice-contact"], "Name and claim number go (decision 3); the adjuster is a business contact and is not labelled (decision 5)."),
    ("f0019", "Per Dr. Whitlock: stay off work through 7/15. When you go back it's light duty only - no lifting >10 lbs and keep the splint on your left wrist. Your work status report was faxed to Kessler Manufacturing.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Whitlock", "PROVIDER"), ("7/15", "DATE"), ("light duty", "RESULT"), ("splint", "PROCEDURE")],
     ["orthopedics"], "Work status and restrictions with a device are the content (decision 4); the employer name is not labelled (decision 5)."),
    ("f0020", "Your RTW note is ready,pick up at front desk or reply w/ ur employer's fax # and we'll send it",
     "ALLOW", "pickup", "sms", "en", [],
     ["primary-care", "hard-negative", "typo", "shorthand"], "A note with no health detail; 'fax #' asks for the employer's number, it is not one."),
    ("f0021", "Reminder: workers comp f/u for your lumbar strain w/ Dr. Okafor Mon 3/30 @ 2:45. Bring your claim # and any forms from the adjuster.",
     "REWRITE", "reminder", "sms", "en",
     [("lumbar strain", "CONDITION"), ("Dr. Okafor", "PROVIDER"), ("3/30", "DATE")],
     ["orthopedics", "shorthand"], "A diagnosis used as a visit label goes; provider, date and time survive."),
    ("f0022", "Buenas tardes. La carta para su patrón ya quedó firmada por el Dr. Arriaga. Pase por ella a recepción cuando guste, nomás traiga una identificación.",
     "ALLOW", "pickup", "sms", "es",
     [("Dr. Arriaga", "PROVIDER")],
     ["primary-care"], "A signed letter for the employer, no health detail."),
    ("f0023", "Sra. Benítez, por su lesión de la rodilla derecha el Dr. Arriaga indica incapacidad temporal hasta el 22 de abril. No debe cargar más de 5 kilos ni subir escaleras. La forma ya se envió a la aseguradora de compensación laboral.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Benítez", "NAME"), ("lesión de la rodilla derecha", "CONDITION"), ("Dr. Arriaga", "PROVIDER"), ("incapacidad temporal", "RESULT"), ("22 de abril", "DATE")],
     ["orthopedics"], "Injury, work status and restrictions are the content (decision 4)."),
    ("f0024", "Hi Kevin - Midstate Mutual approved 8 more PT visits on your claim (auth #MM-4471203). Call Ridgeline Physical Therapy at 555-0150 to book.",
     "REWRITE", "other", "sms", "en",
     [("Kevin", "NAME"), ("PT", "PROCEDURE"), ("MM-4471203", "OTHER_ID"), ("Ridgeline Physical Therapy", "SPECIALTY"), ("555-0150", "PHONE")],
     ["physical-therapy"], "Approval survives without the name, therapy, auth number and PT practice; the other office's phone is allowed (decision 6)."),
    ("f0025", "Your MRI from the work injury shows a small L5-S1 disc herniation. Dr. Okafor is sending the report to your adjuster and wants you to stay on modified duty until your 6/2 visit.",
     "ALLOW", "result", "portal", "en",
     [("MRI", "PROCEDURE"), ("L5-S1 disc herniation", "CONDITION"), ("Dr. Okafor", "PROVIDER"), ("modified duty", "RESULT"), ("6/2", "DATE")],
     ["imaging", "orthopedics"], "Inside the secure portal a finding and a work status may stay (README channel convention)."),
    ("f0026", "Subject: Workers' compensation - what to expect at our office\n\nHello,\n\nYou're receiving this because you asked about being seen under a workers' compensation claim. A few things make the process faster:\n\n1. Bring the claim number and the adjuster's name and phone number. If your employer hasn't filed a claim yet we can still see you, but you may be billed until the claim is accepted.\n2. Your employer may ask for a work status report after each visit. We send it directly to the adjuster and, if you sign a release, to your employer.\n3. Mileage reimbursement forms are at the front desk.\n\nQuestions can go to our workers' comp coordinator at wc@cedarfamily.example or (555) 555-0126 (fax (555) 555-0127).\n\nCedar Family Medicine",
     "ALLOW", "other", "email", "en",
     [("wc@cedarfamily.example", "EMAIL"), ("(555) 555-0126", "PHONE"), ("(555) 555-0127", "FAX")],
     ["general", "practice-contact"], "Process explanation with only the practice's own contact details."),
    ("f0027", "FYI we emailed your return-to-work letter to jhollis@example.com at Pinecrest Logistics like you asked. It says you may return 5/4 with no restrictions after your hernia repair.",
     "BLOCK", "other", "sms", "en",
     [("jhollis@example.com", "EMAIL"), ("5/4", "DATE"), ("no restrictions", "RESULT"), ("hernia repair", "PROCEDURE")],
     ["primary-care"], "Judgement: the clearance is a finding (decision 4) and the procedure is named; HR's e-mail is not the patient's (decision 6)."),
    ("f0028", "Recordatorio: su terapia física por el accidente de trabajo es mañana a las 4:15 en Ridgeline Physical Therapy. Si no puede venir avise 24 horas antes al 555-0150 para no perder la autorización del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("terapia física", "PROCEDURE"), ("Ridgeline Physical Therapy", "SPECIALTY"), ("555-0150", "PHONE")],
     ["physical-therapy", "practice-contact"], "Therapy and PT name go. Judgement: 'accidente de trabajo' names no diagnosis and is left unlabelled, like 'work injury'."),
    ("f0029", "Independent medical exam scheduled by Midstate Mutual: Dr. Farrow, Fri 9/18 at 11:00, 220 Harbor Blvd Suite 4. Bring photo ID. Questions: call the scheduler at 555-0161.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Farrow", "PROVIDER"), ("9/18", "DATE"), ("220 Harbor Blvd Suite 4", "ADDRESS"), ("555-0161", "PHONE")],
     ["general", "practice-contact"], "An IME is an administrative exam (decision 2); the examiner's office address and phone are not the patient's (decision 6)."),
    ("f0030", "Le informamos que el ajustador de su aseguradora nos pidió una copia de la última nota médica. Necesitamos su firma en la autorización antes de enviarla; puede firmar en recepción o en el portal.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "A release request with no health detail; 'nota médica' and 'autorización' are paperwork words."),
)

# ---------------------------------------------------------------- batch 3 (f0031-f0046): FMLA, disability, employer letters, jury duty
add(
    ("f0031", "Your FMLA certification (form WH-380-E) is signed and ready. It was faxed to your HR department this morning, and a copy is in your portal.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "The form number looks like an identifier but names a Department of Labor form (decision 3)."),
    ("f0032", "Dr. Lindqvist finished your FMLA paperwork for intermittent leave: up to 2 flare-ups a month lasting 1-3 days for your Crohn's, plus time off every 8 weeks for your Entyvio infusions.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("flare-ups", "CONDITION"), ("Crohn's", "CONDITION"), ("Entyvio", "MEDICATION"), ("infusions", "PROCEDURE")],
     ["primary-care"], "The certification's content (diagnosis, symptoms, treatment schedule) is the message."),
    ("f0033", "Your FMLA forms for caring for your mother are done. Dr. Reyes wrote that she needs help at home after her stroke and will need you to drive her to dialysis 3x a week.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Reyes", "PROVIDER"), ("stroke", "CONDITION"), ("dialysis", "PROCEDURE")],
     ["primary-care", "dialysis", "third-party"], "A relative's condition and treatment: third-party health (README)."),
    ("f0034", "Hola Graciela, sus formularios de incapacidad por maternidad ya están firmados por la Dra. Salcedo. Puede pasar por ellos a Bloom Women's Health, 1820 Alder Ave, de 9 a 4.",
     "REWRITE", "pickup", "sms", "es",
     [("Graciela", "NAME"), ("maternidad", "CONDITION"), ("Dra. Salcedo", "PROVIDER"), ("Bloom Women's Health", "SPECIALTY"), ("1820 Alder Ave", "ADDRESS")],
     ["reproductive", "practice-contact"], "Judgement: 'por maternidad' reveals pregnancy and goes with the women's-health name; 'formularios de incapacidad' is a form name (decision 3)."),
    ("f0035", "Reminder: disability forms take 7-10 buisness days and there's a $25 completion fee, payable at pickup. Forms dropped off after 6/1 will be ready the week of 6/15.",
     "ALLOW", "other", "sms", "en",
     [("6/1", "DATE"), ("6/15", "DATE")],
     ["general", "typo"], "Form turnaround and fees; 'disability forms' is a form name (decision 3)."),
    ("f0036", "Hi Ms. Varga,\n\nAs requested, here is the text of the accommodation letter Dr. Chen signed today. We faxed the signed copy to Tillman & Rowe's HR office at (555) 555-0193.\n\n\"To whom it may concern: My patient, Judit Varga, is under my care for generalized anxiety disorder with panic attacks. She is able to perform the essential functions of her position. I recommend the following reasonable accommodations under the ADA: a private workspace when available, flexibility to attend weekly therapy sessions, and permission to step away for up to 15 minutes during a panic episode.\"\n\nPlease let us know if HR needs anything else.\n\nWarmly,\nBrenna (front desk)\nLakeview Internal Medicine",
     "BLOCK", "other", "email", "en",
     [("Varga", "NAME"), ("Dr. Chen", "PROVIDER"), ("(555) 555-0193", "FAX"), ("Judit Varga", "NAME"), ("generalized anxiety disorder", "CONDITION"), ("panic attacks", "CONDITION"), ("therapy", "PROCEDURE"), ("panic episode", "CONDITION"), ("Brenna", "PROVIDER")],
     ["behavioral-health"], "The letter's diagnosis and therapy are the content; e-mail is read like SMS. Employer HR fax is not the patient's (decision 6)."),
    ("f0037", "Jury duty letter is ready at the front desk. Dr. Abernathy signed it.",
     "ALLOW", "pickup", "sms", "en",
     [("Dr. Abernathy", "PROVIDER")],
     ["primary-care"], "An excuse letter with no health detail."),
    ("f0038", "Jury excuse letter done - it says you can't sit more than 30 min at a time because of your sciatica and the gabapentin makes you drowsy. Pick up anytime.",
     "BLOCK", "other", "sms", "en",
     [("sciatica", "CONDITION"), ("gabapentin", "MEDICATION")],
     ["primary-care"], "The letter's content is a diagnosis, a restriction and a drug."),
    ("f0039", "We can't postpone jury service for you, but your doctor can write a medical excuse letter if one is needed. Upload the summons in the portal and allow 5 business days.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Policy reply with no health detail."),
    ("f0040", "Don Aurelio, ya le hicimos la carta para la corte: dice que por su diálisis de lunes, miércoles y viernes no puede servir de jurado. Su número de jurado es 40218, ya la mandamos por fax.",
     "BLOCK", "other", "sms", "es",
     [("Aurelio", "NAME"), ("diálisis", "PROCEDURE"), ("40218", "OTHER_ID")],
     ["dialysis"], "The letter reveals the treatment and its schedule; a juror number identifies the person (decision 3)."),
    ("f0041", "Hi Priya, your short-term disability claim form for Sun Coast Mutual (claim 7730-44182) is complete. Dr. Moss signed it today - pick it up or we can upload it to the insurer's portal.",
     "REWRITE", "pickup", "sms", "en",
     [("Priya", "NAME"), ("7730-44182", "OTHER_ID"), ("Dr. Moss", "PROVIDER")],
     ["primary-care"], "Name and claim number go (decision 3); provider and pickup survive."),
    ("f0042", "Paperwork fees: school, camp and sports forms $15; FMLA and disability forms $25; life insurance statements $40. Forms are completed within 10 business days. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Fee schedule sent to everyone; form names only (decision 3)."),
    ("f0043", "Subject: Work note for Aaron Pike\n\nAaron, attached is the work note from today's visit at Summit Cardiology Associates excusing you from 2/10 through 2/12. It doesn't list a diagnosis. If your employer needs more detail, they will have to send us an authorization signed by you.\n\nThank you,\nSummit Cardiology Associates\n(555) 555-0171",
     "REWRITE", "other", "email", "en",
     [("Aaron Pike", "NAME"), ("Aaron", "NAME", 1), ("Summit Cardiology Associates", "SPECIALTY"), ("2/10", "DATE"), ("2/12", "DATE"), ("Summit Cardiology Associates", "SPECIALTY", 1), ("(555) 555-0171", "PHONE")],
     ["cardiology", "practice-contact"], "The name and the cardiology practice name (also in the signature) go; the absence dates and phone survive."),
    ("f0044", "Su constancia para el trabajo ya está lista. Por privacidad no incluye diagnóstico, solo las fechas en que estuvo ausente. Recójala en recepción o descárguela del portal.",
     "ALLOW", "pickup", "sms", "es", [],
     ["general", "hard-negative", "negation"], "Negated 'diagnóstico', no health detail."),
    ("f0045", "Re your LTD claim: Dr. Moss checked 'unable to work' on the APS due to MS relapse. Next MRI brain w/ contrast 8/3. The insurer may call you for a phone interview.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Moss", "PROVIDER"), ("unable to work", "RESULT"), ("MS", "CONDITION"), ("relapse", "RESULT"), ("MRI brain w/ contrast", "PROCEDURE"), ("8/3", "DATE")],
     ["primary-care", "shorthand"], "A work determination and a diagnosis (decision 4); 'relapse' is the state of the condition (README: RESULT)."),
    ("f0046", "Your employer's HR rep called asking for the reason for your absence on 10/2. We did not share anything. If you want us to release information to Granite Peak Bank, sign the authorization at https://forms.example.org/roi?pid=558201",
     "REWRITE", "other", "sms", "en",
     [("10/2", "DATE"), ("https://forms.example.org/roi?pid=558201", "URL")],
     ["general"], "The link carries a patient id (README: REWRITE); the employer name is not labelled (decision 5)."),
)

# ---------------------------------------------------------------- batch 4 (f0047-f0058): programs, sports, immigration, life insurance
add(
    ("f0047", "Lakeview Community College nursing students: your program health form and immunization record review is Fri 8/21 with NP Osei. Bring your vaccine card.",
     "ALLOW", "reminder", "sms", "en",
     [("8/21", "DATE"), ("NP Osei", "PROVIDER")],
     ["primary-care"], "Judgement: a paperwork review of records, no vaccine or test given; school name not labelled (decision 5)."),
    ("f0048", "Your MMR and varicella titers for the Lakeview nursing program were drawn today. Results take 3-5 days; we'll notify you in the portal and complete your clinical-placement form.",
     "REWRITE", "other", "sms", "en",
     [("MMR", "PROCEDURE"), ("varicella titers", "PROCEDURE")],
     ["lab"], "Named tests go; 'your labs were drawn today, results in 3-5 days' survives (decision 2)."),
    ("f0049", "Your hepatitis B surface antibody came back <10 mIU/mL, non-immune. You'll need to repeat the 2-dose Heplisav-B series before your clinical rotation starts 1/12.",
     "ALLOW", "result", "portal", "en",
     [("hepatitis B surface antibody", "PROCEDURE"), ("<10 mIU/mL", "RESULT"), ("non-immune", "RESULT"), ("Heplisav-B", "MEDICATION"), ("1/12", "DATE")],
     ["lab"], "A result with a vaccine plan is fine inside the portal (README channel convention)."),
    ("f0050", "Camp Tamarack counselors: your staff physical form must be signed by a clinician and uploaded before June. We have walk-in physicals Saturday mornings.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast about a form; a month alone is not a date; the camp name is not labelled."),
    ("f0051", "Sr. Paredes, su examen médico de inmigración (formulario I-693) con el Dr. Villanueva es el 3 de septiembre a las 8:30. Traiga su pasaporte, su cartilla de vacunación y una identificación con foto.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("Dr. Villanueva", "PROVIDER"), ("3 de septiembre", "DATE")],
     ["primary-care", "contrast"], "Only the name goes; the immigration exam and its form number are not labelled (decisions 2, 3)."),
    ("f0052", "Civil surgeon update: your I-693 is on hold. Your chest X-ray showed a nodule, so the rules require 3 sputum tests before we can sign. Please call 555-0158 to schedule.",
     "BLOCK", "result", "sms", "en",
     [("chest X-ray", "PROCEDURE"), ("nodule", "RESULT"), ("sputum tests", "PROCEDURE"), ("555-0158", "PHONE")],
     ["imaging", "primary-care", "practice-contact"], "An imaging finding and the follow-up testing it triggers are the content."),
    ("f0053", "Your immigration medical exam is confirmed: Tue 10/6, 9:00 AM with Dr. Villanueva (civil surgeon), 77 Canal St, Suite 210. Bring your passport, vaccination records and the appointment letter.",
     "ALLOW", "reminder", "sms", "en",
     [("10/6", "DATE"), ("Dr. Villanueva", "PROVIDER"), ("77 Canal St, Suite 210", "ADDRESS")],
     ["primary-care", "practice-contact", "contrast"], "Judgement (decision 2): the immigration exam is administrative; 'civil surgeon' is a role ('surgeon' stays generic per README); the address is the office's."),
    ("f0054", "Paramedical exam for your Fidelis Life application: Thursday 3/12 between 7 and 9 AM at your home. The examiner will take a few measurements and a blood and urine sample, so please fast for 8 hours and have a photo ID ready.",
     "ALLOW", "reminder", "sms", "en",
     [("3/12", "DATE")],
     ["lab"], "A life-insurance exam is administrative (decision 2); 'blood and urine sample' is generic like 'lab work'; 'at your home' is not an address."),
    ("f0055", "Fidelis Life: we are unable to offer coverage at this time based on your paramedical exam results (cotinine positive, A1c 8.1). You may request a copy of the lab report from ExamPoint Labs.",
     "BLOCK", "result", "sms", "en",
     [("cotinine", "PROCEDURE"), ("positive", "RESULT"), ("A1c", "PROCEDURE"), ("8.1", "RESULT")],
     ["lab"], "Lab values are the reason for the decision and the content of the message."),
    ("f0056", "Hi Tomás! Your sports physical + EKG for the adult soccer league is Wed 4/8 at 5:40pm with PA Lindgren. Wear a loose shirt.",
     "REWRITE", "reminder", "sms", "en",
     [("Tomás", "NAME"), ("EKG", "PROCEDURE"), ("4/8", "DATE"), ("PA Lindgren", "PROVIDER")],
     ["primary-care"], "The sports physical is generic but the EKG is a named test (decision 2); the name goes."),
    ("f0057", "Clínica Familiar Del Sol: le llenamos sin costo los formularios de la liga de fútbol para adultos si trae la hoja firmada por su entrenador. Sin cita, martes y jueves por la tarde.",
     "ALLOW", "other", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast about league forms; the league is not labelled."),
    ("f0058", "Hola, le habla Yesenia de la clínica. Su prueba de tuberculosis (PPD) para el trabajo salió positiva, 14 mm. El doctor quiere una radiografía de tórax antes de firmar su forma. ¿Puede venir mañana?",
     "BLOCK", "result", "sms", "es",
     [("Yesenia", "PROVIDER"), ("prueba de tuberculosis", "PROCEDURE"), ("PPD", "PROCEDURE"), ("positiva", "RESULT"), ("14 mm", "RESULT"), ("radiografía de tórax", "PROCEDURE")],
     ["lab", "primary-care"], "A positive TB test with its value is the message; the staff sender is PROVIDER (README)."),
)

# ---------------------------------------------------------------- batch 5 (f0059-f0074): records requests, release of information, court and attorneys
add(
    ("f0059", "We received your medical records request. Requests are processed within 30 days; electronic copies are free and paper copies are $6.50. We'll text you when yours is ready.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Records-request acknowledgement without a request number or any record content."),
    ("f0060", "Your records request RR-2026-11873 is complete. Download the PDF within 14 days: https://roi.healthdocs.example/d/RR-2026-11873?k=7Hq2Lx",
     "REWRITE", "other", "sms", "en",
     [("RR-2026-11873", "OTHER_ID"), ("https://roi.healthdocs.example/d/RR-2026-11873?k=7Hq2Lx", "URL")],
     ["general"], "A request number (decision 3) and a tokened download link are patient-specific; 'your records are ready in the portal' survives."),
    ("f0061", "Hi Ms. Dunleavy, your x-rays and office notes were sent to Dr. Ames at Summit Orthopedic Group on 5/2 as you authorized. Please allow them a few days to review before calling.",
     "REWRITE", "other", "sms", "en",
     [("Dunleavy", "NAME"), ("x-rays", "PROCEDURE"), ("Dr. Ames", "PROVIDER"), ("Summit Orthopedic Group", "SPECIALTY"), ("5/2", "DATE")],
     ["orthopedics"], "Name, imaging and orthopedic practice name go; 'your records were sent to Dr. Ames on 5/2' survives."),
    ("f0062", "Subject: About your request for records\n\nThank you for your request. A few things to know before we release anything:\n\n- Psychotherapy notes, substance use disorder treatment records and HIV test results are protected by extra federal and state rules. They are only released if your authorization names them specifically.\n- If you are requesting records for someone else, we need proof that you are their personal representative (for example a health care power of attorney or guardianship papers).\n- Records sent to an attorney or an insurer usually take 10-15 business days.\n\nYou can track your request in the portal under Documents > Requests.\n\nHealth Information Management\nPinebrook Medical Group",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Generic release-of-information policy sent to every requester; the sensitive record types are listed hypothetically and say nothing about the recipient."),
    ("f0063", "We can't release your records to Hollis & Pratt LLP yet: your authorization has to specifically list the methadone program records and the HIV test results. Please sign the updated form at the front desk.",
     "REWRITE", "other", "sms", "en",
     [("methadone program", "PROCEDURE"), ("HIV test", "PROCEDURE")],
     ["substance-use", "hiv-sexual-health"], "Judgement: no result is given, and 'your authorization has to list the records specifically' keeps the purpose once the programme and test go (decision 10); the law firm is not labelled (decision 5)."),
    ("f0064", "Notice: we received a subpoena for records in Case No. 26-CV-01147 (Marlow County Superior Court). Under state law you have 14 days to object before we respond. Call our HIM office with questions.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A court case number identifies a matter, not the patient, and the court's county is not the patient's geography (decision 3)."),
    ("f0065", "La oficina del abogado Ruiz Meza pidió el expediente de su esposo, Rigoberto Lara, para el caso del accidente. Necesitamos que él mismo firme la autorización; usted no puede firmarla por él mientras él pueda hacerlo.",
     "REWRITE", "other", "sms", "es",
     [("Rigoberto Lara", "NAME")],
     ["general", "third-party"], "A relative's name with paperwork logistics and no health detail (decision 9); the attorney is not labelled (decision 5)."),
    ("f0066", "Attorney Gail Brenner requested your son Dylan's ER records from the 3/9 overdose for the custody hearing. We need your signature since he's 17. Call 555-0166.",
     "BLOCK", "other", "sms", "en",
     [("Dylan", "NAME"), ("ER", "SPECIALTY"), ("3/9", "DATE"), ("overdose", "CONDITION"), ("555-0166", "PHONE")],
     ["urgent-care", "substance-use", "third-party", "minor", "practice-contact"], "A dependent's overdose is third-party health (README); the attorney is not labelled (decision 5)."),
    ("f0067", "Your HIPAA authorization expires on 12/31. If you'd still like us to share information with your spouse, sign a new one in the portal or at your next visit.",
     "ALLOW", "other", "sms", "en",
     [("12/31", "DATE")],
     ["general"], "An authorization reminder; the spouse is mentioned but not named."),
    ("f0068", "Hello Mr. Castellanos,\n\nYour request to send copies of your 2023-2025 sleep study and CPAP compliance reports to Dr. Farah Nasser (fax 555-0190) has been completed. A $12.00 copying fee was added to account 6620-1184; you can pay it online or at your next visit.\n\nRecords Department\nPinebrook Medical Group\n555-0102",
     "REWRITE", "billing", "email", "en",
     [("Castellanos", "NAME"), ("sleep study", "PROCEDURE"), ("CPAP", "PROCEDURE"), ("Dr. Farah Nasser", "PROVIDER"), ("555-0190", "FAX"), ("6620-1184", "ACCOUNT"), ("555-0102", "PHONE")],
     ["primary-care", "practice-contact"], "Name, test, device and account go; the fee and the receiving office's fax survive (decision 6)."),
    ("f0069", "Ya recibimos su solicitud para mandar su expediente a otro consultorio. Tardamos de 5 a 10 días hábiles. Si es urgente, llame a la oficina de archivo clínico.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Records-transfer acknowledgement with no record content."),
    ("f0070", "Records sent to Dr. Ames. FYI the ortho report you asked about says 'partial ACL tear, surgery recommended' - he'll go over it at your visit.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Ames", "PROVIDER"), ("ortho", "SPECIALTY"), ("partial ACL tear", "CONDITION")],
     ["orthopedics"], "Quotes a finding from the report; 'surgery' alone stays generic (README)."),
    ("f0071", "Pinebrook Medical Group: the Social Security disability office requested your records (SSA-827 on file). We sent visit notes from 1/2024 to now, including your rheumatology consults. No action needed.",
     "REWRITE", "other", "sms", "en",
     [("1/2024", "DATE"), ("rheumatology", "SPECIALTY")],
     ["general"], "The specialty goes; the disability programme and form number are not labelled (decision 3); month/year is a DATE (decision 11)."),
    ("f0072", "Hi, this is Marisol from Pinebrook Medical Group's records department returning your call about a copy of your chart. It's ready to pick up at the front desk anytime between 8 and 4:30. If you have questions call us at 555-0102. Thanks, bye.",
     "ALLOW", "pickup", "voice", "en",
     [("Marisol", "PROVIDER"), ("555-0102", "PHONE")],
     ["general", "practice-contact"], "Staff sender and the practice's phone; no record content."),
    ("f0073", "Your late father's records can be released to you as executor. Please note the chart includes his hospice notes and the final pathology report (metastatic pancreatic cancer). Bring the letters testamentary.",
     "BLOCK", "other", "sms", "en",
     [("hospice", "SPECIALTY"), ("pathology", "PROCEDURE"), ("metastatic pancreatic cancer", "CONDITION")],
     ["oncology", "home-health", "third-party"], "A relative's diagnosis is third-party health (README), even after death."),
    ("f0074", "Estimada Sra. Villalobos:\n\nLe confirmamos que enviamos al despacho Herrera y Asociados las notas de su consulta del 14 de febrero, el resultado de la resonancia (hernia discal L4-L5) y la receta de tramadol 50 mg, tal como lo indica la autorización que usted firmó.\n\nSi desea revocar la autorización, hágalo por escrito.\n\nAtentamente,\nArchivo Clínico\nClínica Familiar Del Sol",
     "BLOCK", "other", "email", "es",
     [("Villalobos", "NAME"), ("14 de febrero", "DATE"), ("resonancia", "PROCEDURE"), ("hernia discal L4-L5", "CONDITION"), ("tramadol 50 mg", "MEDICATION")],
     ["primary-care"], "Lists the finding and drug that were released; the law firm is not labelled (decision 5)."),
)

# ---------------------------------------------------------------- batch 6 (f0075-f0088): prior authorization, appeals, referrals
add(
    ("f0075", "We submitted the prior authorization your insurance asked for. Most plans answer within 5-14 days and we'll text you as soon as we hear back. No need to call.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Prior-auth status without the drug, procedure or reference number."),
    ("f0076", "Good news, Harriet: Blue Meadow Health Plan approved your Mounjaro prior auth through 11/30. Rx sent to Corner Drug - allow 24 hrs.",
     "REWRITE", "other", "sms", "en",
     [("Harriet", "NAME"), ("Mounjaro", "MEDICATION"), ("11/30", "DATE")],
     ["pharmacy"], "Name and drug go; approval and the expiry date survive; plan and pharmacy names are generic."),
    ("f0077", "Your plan denied the sleep study appeal: AHI 12 on the home test doesn't meet their criteria for CPAP (they require 15 or more). Dr. Kowalski can request a peer-to-peer - reply YES if you want that.",
     "BLOCK", "result", "sms", "en",
     [("sleep study", "PROCEDURE"), ("AHI", "PROCEDURE"), ("AHI [[12]]", "RESULT"), ("CPAP", "PROCEDURE"), ("Dr. Kowalski", "PROVIDER")],
     ["primary-care"], "The denial reason is a test value (a scale and its value, README)."),
    ("f0078", "Sra. Montaño: su seguro aprobó la autorización para la colonoscopía (núm. de autorización 88-20471-B). La llamarán de Gastro Center del Norte para darle fecha.",
     "REWRITE", "other", "sms", "es",
     [("Montaño", "NAME"), ("colonoscopía", "PROCEDURE"), ("88-20471-B", "OTHER_ID"), ("Gastro Center del Norte", "SPECIALTY")],
     ["primary-care"], "Approval survives without the name, procedure, authorization number and GI practice name."),
    ("f0079", "Peer-to-peer with your insurer is set for 2/18 at 3:15; Dr. Kowalski will handle it. You don't need to be on the call. We'll update you afterward.",
     "ALLOW", "other", "sms", "en",
     [("2/18", "DATE"), ("Dr. Kowalski", "PROVIDER")],
     ["primary-care"], "Appeal logistics with no drug, test or reason named."),
    ("f0080", "Subject: Copy of your appeal letter\n\nDear Mr. Abara,\n\nBelow is the appeal Dr. Wendt sent to Crestline Health Plan today for member ID CHP-447120983:\n\n\"Mr. Abara has severe plaque psoriasis (BSA 18%, PASI 14) with psoriatic arthritis. He failed methotrexate 20 mg weekly for 16 weeks and adalimumab (secondary loss of response). We request coverage of Skyrizi 150 mg every 12 weeks as medically necessary.\"\n\nWhat happens next: the plan's medical director has 30 days to decide (72 hours for an expedited review, which Dr. Wendt did not think was needed) and will mail you the decision. If the appeal is denied, you can ask for an independent external review and we will help with the paperwork. Please call us if you get a letter before we do, and keep any bills or statements from the pharmacy in the meantime.\n\nRidgeway Dermatology\n(555) 555-0147",
     "BLOCK", "other", "email", "en",
     [("Abara", "NAME"), ("Dr. Wendt", "PROVIDER"), ("CHP-447120983", "HEALTH_PLAN_ID"), ("Abara", "NAME", 1), ("plaque psoriasis", "CONDITION"), ("BSA", "PROCEDURE"), ("18%", "RESULT"), ("PASI", "PROCEDURE"), ("PASI [[14]]", "RESULT"), ("psoriatic arthritis", "CONDITION"), ("methotrexate 20 mg", "MEDICATION"), ("adalimumab", "MEDICATION"), ("Skyrizi 150 mg", "MEDICATION"), ("Dr. Wendt", "PROVIDER", 1), ("Ridgeway Dermatology", "SPECIALTY"), ("(555) 555-0147", "PHONE")],
     ["dermatology", "practice-contact"], "The appeal's diagnoses, scores and drug history are the content; e-mail is read like SMS."),
    ("f0081", "Referral sent! Your referral to Dr. Yusuf at Lakeshore Neurology was faxed 9/3. Their office will call you within 7 business days; if not, call them at 555-0174.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Yusuf", "PROVIDER"), ("Lakeshore Neurology", "SPECIALTY"), ("9/3", "DATE"), ("555-0174", "PHONE")],
     ["primary-care"], "The neurology name goes; the other office's phone is allowed (decision 6)."),
    ("f0082", "Referral sent. The specialist's office will call you to schedule - if not within a week, reply REF.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'specialist' names no specialty."),
    ("f0083", "Referral to Dr. Tso (GI) faxed. Reason on referral: iron deficiency anemia + positive Cologuard, needs colonoscopy. They'll call ~1 wk.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Tso", "PROVIDER"), ("GI", "SPECIALTY"), ("iron deficiency anemia", "CONDITION"), ("positive", "RESULT"), ("Cologuard", "PROCEDURE"), ("colonoscopy", "PROCEDURE")],
     ["primary-care", "shorthand"], "The referral reason is a diagnosis and a positive screening result."),
    ("f0084", "Su pase con el especialista ya quedó capturado en el sistema. Si la aseguradora pide más papeles, le avisamos. Número de la oficina: 555-0120.",
     "ALLOW", "other", "sms", "es",
     [("555-0120", "PHONE")],
     ["general", "practice-contact"], "A referral ('pase') with no specialty named and the practice's phone."),
    ("f0085", "PA update: the Dexcom G7 sensors Dr. Pruitt ordered need a letter of medical necessity. We're working on it, nothing needed from you right now. Ref #PA-77120-DX",
     "REWRITE", "other", "sms", "en",
     [("Dexcom G7 sensors", "PROCEDURE"), ("Dr. Pruitt", "PROVIDER"), ("PA-77120-DX", "OTHER_ID")],
     ["pharmacy"], "The device (README: devices are PROCEDURE) reveals diabetes and goes with the auth reference (decision 3); 'PA' here means prior authorization, not a clinician."),
    ("f0086", "Hi, this is Renee from Dr. Halvorsen's office. Your insurance denied the Wegovy because a BMI of 31 doesn't qualify without a weight-related condition. We're filing an appeal that lists your sleep apnea. Call us at 555-0139.",
     "BLOCK", "other", "voice", "en",
     [("Renee", "PROVIDER"), ("Dr. Halvorsen", "PROVIDER"), ("Wegovy", "MEDICATION"), ("BMI", "PROCEDURE"), ("BMI of [[31]]", "RESULT"), ("sleep apnea", "CONDITION"), ("555-0139", "PHONE")],
     ["primary-care", "practice-contact"], "A measurement and a diagnosis are the content of the denial; voice is read like SMS."),
    ("f0087", "Le negaron la apelación del Ozempic porque su A1c de 6.3 no cumple con el criterio de diabetes del plan. La Dra. Castañeda le va a cambiar a metformina, pase por la receta.",
     "BLOCK", "other", "sms", "es",
     [("Ozempic", "MEDICATION"), ("A1c", "PROCEDURE"), ("6.3", "RESULT"), ("diabetes", "CONDITION"), ("Dra. Castañeda", "PROVIDER"), ("metformina", "MEDICATION")],
     ["primary-care", "pharmacy"], "A value, a diagnosis and a medication change."),
    ("f0088", "Your referral for an echocardiogram was received by Summit Heart Institute, 1450 Ridge Rd. Their scheduler will reach out. Ref #SHI-30219",
     "REWRITE", "other", "sms", "en",
     [("echocardiogram", "PROCEDURE"), ("Summit Heart Institute", "SPECIALTY"), ("1450 Ridge Rd", "ADDRESS"), ("SHI-30219", "OTHER_ID")],
     ["cardiology"], "Test, cardiology name and the referral reference go (decision 3); the receiving office's address is allowed (decision 6)."),
)

# ---------------------------------------------------------------- batch 7 (f0089-f0102): interpreters, accessibility, advance directives, proxies
add(
    ("f0089", "We've booked a Vietnamese interpreter for your visit with Dr. Huang on Mon 11/2 at 10:30. Please arrive 15 min early so they can help you check in.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Huang", "PROVIDER"), ("11/2", "DATE")],
     ["primary-care"], "Interpreter logistics (decision 7); '15 min early' is not a date."),
    ("f0090", "An ASL interpreter is confirmed for your appointment Thu 1/14 at 2 PM. Text this number if you need to change the time; video relay calls are welcome too.",
     "ALLOW", "reminder", "sms", "en",
     [("1/14", "DATE")],
     ["general"], "Judgement (decision 7): an accommodation the patient asked for, not a diagnosis."),
    ("f0091", "Hi Walter, your wheelchair van for Tuesday's wound care visit will pick you up at 8:10 at 38 Orchard Ln, Apt 2B. Driver: Kenji. Call MediRide at 555-0155 to change.",
     "REWRITE", "reminder", "sms", "en",
     [("Walter", "NAME"), ("wound care", "PROCEDURE"), ("38 Orchard Ln, Apt 2B", "ADDRESS"), ("555-0155", "PHONE")],
     ["home-health"], "The patient's home address, name and visit type go; the wheelchair van is an accommodation and the driver a business contact (decisions 5, 7)."),
    ("f0092", "Le confirmamos una intérprete de mixteco para su cita del viernes 6 de marzo a las 9:00 con la Dra. Ibarra. Por favor llegue 15 minutos antes.",
     "ALLOW", "reminder", "sms", "es",
     [("6 de marzo", "DATE"), ("Dra. Ibarra", "PROVIDER")],
     ["primary-care"], "Interpreter logistics (decision 7)."),
    ("f0093", "April is National Healthcare Decisions Month. Bring a copy of your advance directive or living will to your next visit, or ask us for a free blank form - it takes about 20 minutes to fill out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about advance directives; names nobody's care."),
    ("f0094", "Dr. Abiodun signed your POLST today: DNR, comfort-focused treatment, no feeding tube. Keep the original pink form on your fridge where EMS can find it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Abiodun", "PROVIDER"), ("POLST", "PROCEDURE"), ("DNR", "PROCEDURE"), ("comfort-focused treatment", "PROCEDURE"), ("feeding tube", "PROCEDURE")],
     ["home-health"], "Treatment orders are the content (decision 10)."),
    ("f0095", "Hi Beatriz, your advance directive naming Gloria Reyes as your health care agent was scanned into your chart. A copy is available in the portal.",
     "REWRITE", "other", "sms", "en",
     [("Beatriz", "NAME"), ("Gloria Reyes", "NAME")],
     ["general"], "The patient's and the agent's names go (decision 5); the filing notice survives."),
    ("f0096", "Proxy access approved: you can now see Harold Kemper's portal account (appointments, messages and bills). Sign in at https://portal.pinebrook.example. Access ends 3/1/2027 unless renewed.",
     "REWRITE", "other", "sms", "en",
     [("Harold Kemper", "NAME"), ("https://portal.pinebrook.example", "URL"), ("3/1/2027", "DATE")],
     ["general", "third-party", "practice-contact"], "The other person's name goes (decision 9); the practice's portal address and the date survive."),
    ("f0097", "To get proxy access to a family member's portal account, they must sign our proxy form (or you must have guardianship or a health care POA). Forms are at the front desk or under Documents in the portal.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Policy text about proxies; no person named."),
    ("f0098", "Sr. Cárdenas, su hija Mónica ya tiene acceso al portal como su representante. Podrá ver sus citas y mensajes, pero no sus resultados, hasta que usted lo autorice.",
     "REWRITE", "other", "sms", "es",
     [("Cárdenas", "NAME"), ("Mónica", "NAME")],
     ["general"], "Both names go (decision 5); 'resultados' is generic and negated."),
    ("f0099", "Hi Carla,\n\nNow that your mom has added you as her proxy, you'll see her messages in the portal. Dr. Lennox wanted you to know that her memory testing showed moderate Alzheimer's dementia and that she should no longer drive. We've started donepezil 5 mg at bedtime. Her next visit is 5/20 at 10:40 with Dr. Lennox; please come with her if you can, and bring all her pill bottles.\n\nPlease call us at 555-0128 if she has any side effects.\n\nMaple Ridge Geriatrics",
     "BLOCK", "care-instructions", "email", "en",
     [("Carla", "NAME"), ("Dr. Lennox", "PROVIDER"), ("memory testing", "PROCEDURE"), ("moderate", "RESULT"), ("Alzheimer's dementia", "CONDITION"), ("donepezil 5 mg", "MEDICATION"), ("5/20", "DATE"), ("Dr. Lennox", "PROVIDER", 1), ("555-0128", "PHONE"), ("Maple Ridge Geriatrics", "SPECIALTY")],
     ["primary-care", "third-party", "contrast", "practice-contact"], "A relative's diagnosis and new drug by e-mail: third-party health; the proxy being authorized does not make e-mail secure."),
    ("f0100", "Carla, as Doris's proxy you can now read her visit notes here. Dr. Lennox's summary: memory testing consistent with moderate Alzheimer's dementia; donepezil 5 mg nightly started 4/3; no driving. Call 555-0128 with concerns.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Carla", "NAME"), ("Doris", "NAME"), ("Dr. Lennox", "PROVIDER"), ("memory testing", "PROCEDURE"), ("moderate", "RESULT"), ("Alzheimer's dementia", "CONDITION"), ("donepezil 5 mg", "MEDICATION"), ("4/3", "DATE"), ("555-0128", "PHONE")],
     ["primary-care", "third-party", "contrast", "practice-contact"], "Judgement: inside the portal, to the authorized proxy, the same content may stay (README channel convention)."),
    ("f0101", "Sra. Elena, le hablamos de parte del Dr. Quiroga: a su esposo lo van a internar mañana para el cateterismo cardíaco. Que no se tome el Eliquis esta noche y que llegue en ayunas a las 6 am.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Elena", "NAME"), ("Dr. Quiroga", "PROVIDER"), ("cateterismo cardíaco", "PROCEDURE"), ("Eliquis", "MEDICATION")],
     ["cardiology", "third-party"], "A spouse's procedure and a drug instruction: third-party health and dosing."),
    ("f0102", "Hi Jerome, just confirming you'll bring your mother, Mrs. Odette Fairbanks, to her appointment with Dr. Salas on 7/22 at 1:30. Please bring her insurance card and med list.",
     "REWRITE", "reminder", "sms", "en",
     [("Jerome", "NAME"), ("Odette Fairbanks", "NAME"), ("Dr. Salas", "PROVIDER"), ("7/22", "DATE")],
     ["primary-care", "third-party"], "A relative's appointment logistics with names only (decision 9); the title stays outside the span (README)."),
)

# ---------------------------------------------------------------- batch 8 (f0103-f0110): spouses, adult children, relatives
add(
    ("f0103", "Hi Mr. Duarte - your wife's biopsy results are back. Dr. Kaye would like you both to come in tomorrow at 9 to go over next steps at Riverside Cancer Center.",
     "BLOCK", "result", "sms", "en",
     [("Duarte", "NAME"), ("biopsy", "PROCEDURE"), ("Dr. Kaye", "PROVIDER"), ("Riverside Cancer Center", "SPECIALTY")],
     ["oncology", "third-party"], "Judgement (decision 9): a relative's results plus a call to discuss them is third-party health even with every term removed."),
    ("f0104", "Pls update your emergency contact in the portal (Profile > Contacts).",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'emergency' and 'contact' with no person or number."),
    ("f0105", "Hola Rosa, su mamá nos pidió avisarle que le salió alta la presión (170/100) y que el doctor le subió el losartán a 100 mg. Por favor ayúdela a tomárselo en la mañana.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Rosa", "NAME"), ("alta", "RESULT"), ("presión", "PROCEDURE"), ("170/100", "RESULT"), ("losartán", "MEDICATION")],
     ["primary-care", "third-party"], "A relative's value and dose change: third-party health and dosing."),
    ("f0106", "Your husband Greg listed you as his emergency contact. He asked us to let you know his appointment was moved to Fri 10/9 at 3:40. He'll confirm with you.",
     "REWRITE", "reminder", "sms", "en",
     [("Greg", "NAME"), ("10/9", "DATE")],
     ["primary-care", "third-party"], "A spouse's logistics with a name only (decision 9)."),
    ("f0107", "Nikki, your dad was transferred from our ICU to Sunrise Rehab this afternoon. He's stable, off the ventilator, and the team is treating the pneumonia with IV antibiotics.",
     "BLOCK", "other", "sms", "en",
     [("Nikki", "NAME"), ("ICU", "SPECIALTY"), ("Sunrise Rehab", "SPECIALTY"), ("stable", "RESULT"), ("ventilator", "PROCEDURE"), ("pneumonia", "CONDITION"), ("IV antibiotics", "MEDICATION")],
     ["primary-care", "third-party"], "A parent's condition and treatment: third-party health."),
    ("f0108", "Caregiver support group meets the 2nd Tuesday of each month, 6-7:30 PM in the Birch Room. Family members of any patient are welcome; no need to register.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; 'the 2nd Tuesday' is not a calendar date."),
    ("f0109", "Buenos días, le llamamos de Clínica Familiar Del Sol para recordarle a don Efraín Solís su cita de ultrasonido abdominal el lunes 9 de noviembre a las 10. Favor de traer su credencial del seguro. Gracias.",
     "REWRITE", "reminder", "voice", "es",
     [("Efraín Solís", "NAME"), ("ultrasonido abdominal", "PROCEDURE"), ("9 de noviembre", "DATE")],
     ["imaging"], "Name and test go; date and time survive; 'don' stays outside the span (README)."),
    ("f0110", "Sra. Patricia, la cita de su papá don Ramiro con el cardiólogo quedó para el 18 de agosto a las 11:20. Nosotros le mandamos el pase. Cualquier duda al 555-0181.",
     "REWRITE", "reminder", "sms", "es",
     [("Patricia", "NAME"), ("Ramiro", "NAME"), ("cardiólogo", "SPECIALTY"), ("18 de agosto", "DATE"), ("555-0181", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A relative's logistics with names and a specialty is REWRITE (README: like the patient's own)."),
)

# ---------------------------------------------------------------- batch 9 (f0111-f0120): disguises, identifiers, receipts
add(
    ("f0111", "WorkWell: ur pre-employment d r u g  s c r e e n came back p-o-s-i-t-i-v-e for o x y c o d o n e. MRO will call u today.",
     "BLOCK", "result", "sms", "en",
     [("d r u g  s c r e e n", "PROCEDURE"), ("p-o-s-i-t-i-v-e", "RESULT"), ("o x y c o d o n e", "MEDICATION")],
     ["lab", "spaced", "shorthand"], "Spaced letters hide a positive drug screen and the substance."),
    ("f0112", "Reminder: your de\u200bpression screening for the FMLA recertification is Mon 2/8 at 11 with Dr. Ferrante.",
     "REWRITE", "reminder", "sms", "en",
     [("de\u200bpression screening", "PROCEDURE"), ("2/8", "DATE"), ("Dr. Ferrante", "PROVIDER")],
     ["behavioral-health"], "A zero-width space splits the screening name; once it goes, 'your visit for the FMLA recertification' survives (decision 3)."),
    ("f0113", "Ur jury excuse ltr says u r on m3thad0ne daily @ the cl1nic so u cant serve. Pick up @ front desk",
     "BLOCK", "other", "sms", "en",
     [("m3thad0ne", "MEDICATION")],
     ["substance-use", "leet", "shorthand"], "Leetspeak hides a Part 2 treatment drug and its schedule."),
    ("f0114", "Hola Sr. Beltrán, su forma de incapacidad ya está lista. El Dr. Acosta la firmó después de su cita de quimi\u043eterapia.",
     "REWRITE", "pickup", "sms", "es",
     [("Beltrán", "NAME"), ("Dr. Acosta", "PROVIDER"), ("quimi\u043eterapia", "PROCEDURE")],
     ["oncology"], "A Cyrillic o hides the treatment; once name and visit type go, the form-ready notice survives (decision 3)."),
    ("f0115", "Your completed Attending Physician Statement was mailed to Harborline Life on 6/11. Any questions about your policy application should go to your agent.",
     "ALLOW", "other", "sms", "en",
     [("6/11", "DATE")],
     ["general"], "An insurance form sent, with no health detail; the insurer is not labelled (decision 5)."),
    ("f0116", "Subject: Receipt for today's visit\n\nHello,\n\nThanks for visiting Eastgate Occupational Medicine. Your receipt is below. Some employers reimburse this fee; if yours asks for our tax details, please use:\n\nEastgate Occupational Medicine, PLLC\nTax ID (EIN): 84-2917365\nNPI: 1578203946\n\nService: DOT physical\nAmount paid: $95.00 (Visa ending 4417)\nDate of service: 4/29\n\nKeep this e-mail for your records. Your paperwork is the paper copy you received at checkout.\n\nEastgate Occupational Medicine\n1200 Commerce Way, Suite 100\n(555) 555-0112 | billing@eastgateoccmed.example",
     "ALLOW", "billing", "email", "en",
     [("4/29", "DATE"), ("1200 Commerce Way, Suite 100", "ADDRESS"), ("(555) 555-0112", "PHONE"), ("billing@eastgateoccmed.example", "EMAIL")],
     ["primary-care", "practice-contact"], "Judgement (decisions 2, 3): the practice's EIN and NPI and a card's last four digits identify no patient; the DOT physical is administrative."),
    ("f0117", "Dear Mr. Nakamura,\n\nWe've noted your request for large-print paperwork and a magnifier at your 6/15 visit with Dr. Ostrowski at Bayside Eye Associates. We've also reserved an accessible parking space near the main entrance at 300 Shore Dr.\n\nIf anything else would make your visit easier, reply to this e-mail or call (555) 555-0106.\n\nBayside Eye Associates",
     "REWRITE", "reminder", "email", "en",
     [("Nakamura", "NAME"), ("6/15", "DATE"), ("Dr. Ostrowski", "PROVIDER"), ("Bayside Eye Associates", "SPECIALTY"), ("300 Shore Dr", "ADDRESS"), ("(555) 555-0106", "PHONE"), ("Bayside Eye Associates", "SPECIALTY", 1)],
     ["ophthalmology", "practice-contact"], "Name and the eye practice name go; the accommodations are not labelled (decision 7)."),
    ("f0118", "Records release for Lorraine Whitcomb (DOB 08/14/1951, MRN 30077125) was faxed to attorney Dale Prentiss at 555-0197 today.",
     "BLOCK", "other", "sms", "en",
     [("Lorraine Whitcomb", "NAME"), ("08/14/1951", "DATE"), ("30077125", "MRN"), ("555-0197", "FAX")],
     ["general", "dob"], "A full date of birth with the name is BLOCK (README); the attorney is not labelled (decision 5)."),
    ("f0119", "Recordatorio: para llenar formularios de la escuela, del trabajo o del seguro de vida necesitamos 10 días hábiles. El costo es de $20 por formulario y se paga al recogerlo.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Form policy with no health detail."),
    ("f0120", "Sr. Gallegos, en su examen para el trabajo la vista del ojo izquierdo salió 20/70; no podemos firmar la forma del DOT hasta que lo vea el oculista. Le mandamos el pase.",
     "BLOCK", "result", "sms", "es",
     [("Gallegos", "NAME"), ("vista", "PROCEDURE"), ("20/70", "RESULT"), ("oculista", "SPECIALTY")],
     ["ophthalmology", "primary-care"], "A vision value that fails the DOT standard is the content (decision 2: the exam is generic, its finding is not)."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "f", "probe16.jsonl")
