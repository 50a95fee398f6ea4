#!/usr/bin/env python3
"""Build corpus/probe147.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe147.py [OUT] [-v]   (default: probe147.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine, the
./redactor launcher, Maven and java were not run, and no other corpus, test or source file was read.

This round is CORRECTIONAL HEALTH, REENTRY AND COURT-ORDERED PROGRAMS: what jail and prison health
services, reentry clinics, community corrections, drug/treatment courts, court-ordered evaluation
and treatment programs and their vendors send to patients, families and probation officers —
release-of-medication and continuity-of-care notices, reentry clinic intake, Medicaid
reinstatement, court-ordered evaluation scheduling, compliance and progress reports, drug-testing
call-ins and results, GPS and alcohol-monitor logistics, pharmacy transfers from custody, and
visitation, commissary and trust-account notices that look medical but are not; with look-alikes
(a sentence-case heading, a cell phone plan, bailing out a boat, the Court Street clinic, a
Probation Period at a new job, Warden Street, an officer named Justice Mercer). About 20% Spanish;
four disguised messages (spaced letters, a zero-width space, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "creat [[12]]" searches for "creat 12"
      and labels only the bracketed part "12".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Correctional and reentry facility names (`... County Jail Health Services`, `... Reentry
     Clinic`, `Medical Unit B`, `CERESO`) are generic practice names: incarceration is not a
     health condition, so they are not labelled. A reentry or court program whose name reveals a
     health service (`... Recovery Center`, `... Behavioral Health`, `... OTP`, `... Sober
     Living`) is SPECIALTY as usual.
  2. Drug court / treatment court / `Corte de Drogas` named as the recipient's program reveals
     substance use: PROCEDURE (a program), so a logistics message naming it is REWRITE.
  3. Court-ordered programs and evaluations that reveal a behavioral-health or substance-use
     service (`substance abuse evaluation`, `anger management`, `DUI assessment`, `competency
     evaluation`, `IOP`, `MAT`, `Medication-Assisted Treatment`) are PROCEDURE; parenting
     classes, community service, job readiness and court hearings are not health and are not
     labelled. `sick call` and `infirmary` are generic (like `appointment`, `clinic`).
  4. Drug-testing words are PROCEDURE (`UA`, `urine screen`, `sweat patch`, `prueba de orina`);
     a GPS ankle monitor is not health (no span; its serial number is DEVICE_ID), but a
     transdermal alcohol monitor (`SCRAM`, `alcohol monitoring bracelet`) reveals alcohol use and
     is PROCEDURE (a device), and its readings are RESULT.
  5. Inmate, booking, DOC/SID, court-case, commissary-order and Rx numbers are OTHER_ID; a
     Medicaid member number is HEALTH_PLAN_ID. Payment receipt numbers are like confirmation
     codes and are not labelled.
  6. Officials named with a title or role who are not patients or relatives (`Officer Justice
     Mercer`, `PO Mercer`, `Judge Ortega`, `oficial Justo Merced`, a peer navigator) are labelled
     PROVIDER with the title, like named workforce; they are allowed by default.
  7. A progress, compliance, attendance or test report about a named client sent to a probation
     officer, court, attorney or house manager is a third party's health: BLOCK. Appointment
     logistics for a client, spouse or adult son (name + specialty or routine visit) sent to a PO
     or relative are REWRITE, like a dependent's logistics (README).
  8. A relative's medications are a third party's health even when they are over-the-counter
     commissary items: BLOCK.
  9. A practice site called by its street name (`the Court Street clinic`, `calle Juzgado`,
     `the Warden Street lobby`) with no number is a practice name, not an ADDRESS span; the
     sender's own full street address is ADDRESS (practice-contact, allowed).
  10. The sending court/testing site/monitoring vendor is treated as the "practice" for
     practice-contact purposes (its own phone, address and URL are allowed).
  11. A drug pickup stays REWRITE even when the drug itself reveals substance use or HIV
     (buprenorphine, PrEP): DESIGN names the medication in a pickup notice as REWRITE.
  12. A specialty credential after a staff name (`LCSW`) is SPECIALTY; `psych` is SPECIALTY;
     `psychiatric nurse practitioner` is one SPECIALTY span (role naming the specialty).
  13. `MOUD`/`MAT` are programs (PROCEDURE), not drug names; `Vivitrol injection`, `Sublocade
     shots` take their form word (MEDICATION).
  14. A line-level flag or placement from an assessment (`Level II`, `moderate`, `not currently
     competent to proceed`) is RESULT.
  15. The 42 CFR Part 2 redisclosure footer in a report is legal boilerplate and is not labelled
     (the report around it is BLOCK anyway).
  16. A hypothetical condition word in a safety warning (`an overdose is more likely`) is still a
     CONDITION span (tag negation).
  17. `Forensic` in a practice name (`Cornerstone Forensic Psychiatry`, `Front Range Forensic
     Associates`) names forensic psychiatry/psychology and is specialty-revealing (SPECIALTY).
  18. The street address of a pharmacy the prescriptions were sent to is a business address
     (ADDRESS, allowed like the practice's own), not the patient's.

Everything is invented: names, practices, facilities, courts, 555-01xx numbers, example domains,
identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (et0001-et0012): release medications, jail medical, continuity of care
add(
    ("et0001", "Harlow County Detention Center - Medical: Your release medication packet is ready at the Release Window (Door 3). Bring your release paperwork. Questions: (614) 555-0142, 7am-7pm.",
     "ALLOW", "pickup", "sms", "en",
     [("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Pickup with no drug named; the jail's own number. Decision 1: a correctional facility name is not a health specialty."),
    ("et0002", "Hi Terrell, Ridgeview Reentry Pharmacy here. Your 14-day bridge supply of Suboxone 8mg/2mg films is ready for pickup. We close at 6pm today.",
     "REWRITE", "pickup", "sms", "en",
     [("Terrell", "NAME"), ("Suboxone 8mg/2mg films", "MEDICATION")],
     ["pharmacy", "substance-use"], "Name and the drug go; 'your order is ready' survives. Decision 11: a revealing drug in a pickup is still REWRITE; the form word goes with the drug."),
    ("et0003", "Continuity of care notice: Following your release on 4/18, continue lithium carbonate 300 mg twice daily and keep your lithium level draw on 4/29. Your last level in custody was 0.9 mmol/L. Do not stop this medicine suddenly.",
     "BLOCK", "care-instructions", "email", "en",
     [("4/18", "DATE"), ("lithium carbonate 300 mg", "MEDICATION"), ("lithium level", "PROCEDURE"), ("4/29", "DATE"), ("0.9 mmol/L", "RESULT")],
     ["behavioral-health", "pharmacy"], "Dosing instructions and a drug level are the message; e-mail is treated like SMS."),
    ("et0004", "Centro de Salud Comunitario Puente: su cita con la Dra. Villalobos es el jueves 8 de mayo a las 9:00. Traiga su carta de liberación y una identificación. Dudas: (305) 555-0117.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Villalobos", "PROVIDER"), ("8 de mayo", "DATE"), ("(305) 555-0117", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the clinic's own phone; the release letter says nothing clinical."),
    ("et0005", "Mrs. Pruitt, this is Nurse Hollis at Gaston County Jail medical. With Devon's signed release: he was seen in the infirmary overnight for a seizure and was restarted on Keppra. He is stable. Call (740) 555-0139 ext 4 with questions.",
     "BLOCK", "other", "sms", "en",
     [("Pruitt", "NAME"), ("Nurse Hollis", "PROVIDER"), ("Devon", "NAME"), ("seizure", "CONDITION"), ("Keppra", "MEDICATION"), ("(740) 555-0139", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "A relative's event and medication: a third party's health is BLOCK (README), release or not. 'infirmary' is generic (decision 3)."),
    ("et0006", "Notice to families: the Warden Street lobby will be closed Saturday for floor repairs. Medical property drop-off (eyeglasses, dentures, CPAP machines, canes) moves to the Side Gate window, 8am-2pm.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast listing allowed property items; says nothing about any recipient. Decision 9: a street-named lobby is not an address."),
    ("et0007", "Transitions Clinic at Eastside: Marisol, your intake for the hep C treatment program is Tue 6/3 at 10:30 with NP Okwuosa. Bring your DOC release papers and any pill bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("Marisol", "NAME"), ("hep C", "CONDITION"), ("6/3", "DATE"), ("NP Okwuosa", "PROVIDER")],
     ["primary-care"], "Condition used as a visit label plus a name go; date, time and provider survive."),
    ("et0008", "Your TB skin test from intake was read as positive (14 mm). You need a chest x-ray before your transfer. Do not miss the 5/20 appointment. - Medical Unit B",
     "BLOCK", "result", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("positive", "RESULT"), ("14 mm", "RESULT"), ("chest x-ray", "PROCEDURE"), ("5/20", "DATE")],
     ["lab", "imaging"], "A test result with its value is the message."),
    ("et0009", "Your medical records request from Stoneridge Correctional Facility is complete and the records were sent to the clinic you named on the release form. Allow 5-7 business days. If your new provider has not received them, call Health Information at (573) 555-0166 or write to hims@stoneridge-doc.example.",
     "ALLOW", "other", "email", "en",
     [("(573) 555-0166", "PHONE"), ("hims@stoneridge-doc.example", "EMAIL")],
     ["general", "practice-contact"], "Records-transfer status with the facility's own contact details; nothing clinical. Decision 1."),
    ("et0010", "This is an automated message from Tri-County Community Corrections Health Services for Leon Batiste. Your psychiatry follow-up after release is scheduled for June 11 at 2:45 PM at our Court Street clinic. Press 1 to confirm or 2 to speak with a scheduler.",
     "REWRITE", "reminder", "voice", "en",
     [("Leon Batiste", "NAME"), ("psychiatry", "SPECIALTY"), ("June 11", "DATE")],
     ["behavioral-health"], "Voice is treated like SMS: name and specialty go. Decisions 1 and 9: the corrections health unit and 'Court Street clinic' are not labelled."),
    ("et0011", "Your discharge summary from Lakeshore County Jail Health Services is now in your chart. Problems: type 2 diabetes, hypertension. A1c at booking 8.9%. Continue metformin 1000 mg twice daily and lisinopril 20 mg daily. Your first community visit is 8/12 with Dr. Rahimi.",
     "ALLOW", "portal-notice", "portal", "en",
     [("type 2 diabetes", "CONDITION"), ("hypertension", "CONDITION"), ("A1c", "PROCEDURE"), ("8.9%", "RESULT"), ("metformin 1000 mg", "MEDICATION"), ("lisinopril 20 mg", "MEDICATION"), ("8/12", "DATE"), ("Dr. Rahimi", "PROVIDER")],
     ["primary-care"], "Inside the secure portal diagnoses, values and doses may stay (README channel convention)."),
    ("et0012", "Sra. Ramírez, le informamos que su esposo Joaquín fue llevado a la enfermería por presión alta (180/110) y le ajustaron la dosis de losartán. Para más información llame al (915) 555-0128.",
     "BLOCK", "other", "sms", "es",
     [("Ramírez", "NAME"), ("Joaquín", "NAME"), ("presión alta", "CONDITION"), ("180/110", "RESULT"), ("losartán", "MEDICATION"), ("(915) 555-0128", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A spouse's condition, reading and medication change: third party's health."),
)

# ---------------------------------------------------------------- batch 2 (et0013-et0024): reentry clinic intake, Medicaid reinstatement
add(
    ("et0013", "Welcome home! Your intake at Second Chance Community Health is Mon 7/7 at 9:00 AM. Bring any release paperwork, a photo ID if you have one, and your med list. Free bus passes at the front desk.",
     "ALLOW", "reminder", "sms", "en",
     [("7/7", "DATE")],
     ["primary-care"], "Intake logistics with a generic practice name; 'med list' is generic. Decision 1."),
    ("et0014", "Good news: your Medicaid coverage has been reinstated effective the 1st of the month. You can now book visits and fill prescriptions again. Questions? Reply HELP.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Coverage status with no identifier and nothing clinical; 'Medicaid' is an insurance type."),
    ("et0015", "Medicaid reinstatement update for Curtis Wendell: member ID 71034482K is active again as of 3/1. Show this ID at the pharmacy counter.",
     "REWRITE", "other", "sms", "en",
     [("Curtis Wendell", "NAME"), ("71034482K", "HEALTH_PLAN_ID"), ("3/1", "DATE")],
     ["general", "identifier"], "Name and member number are not needed to say coverage is active. Decision 5."),
    ("et0016", "Hola Yesenia, ya puede recoger su tarjeta de Medicaid en la oficina de reingreso. Su número de miembro es 882 104 597. Horario: lunes a viernes de 8 a 4.",
     "REWRITE", "other", "sms", "es",
     [("Yesenia", "NAME"), ("882 104 597", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Name and Medicaid member number go; the pickup of the card survives. Decision 5."),
    ("et0017", "Dear Mr. Okonjo,\n\nThank you for choosing Open Door Reentry Clinic. We received your records from the state Department of Corrections, and your first visit on 3/11 at 1:30 PM with Dr. Brightwater will focus on your HIV care. Your last viral load in custody was 48 copies/mL and you were taking Biktarvy once daily. Please do not run out: if you have fewer than 7 pills left, call us today so we can send a bridge prescription to the pharmacy of your choice.\n\nWhat to bring: any ID you have, your release papers, all pill bottles, and your Medicaid card if it has arrived. If you do not have ID yet, come anyway; our navigator can help.\n\nWe are at 318 Lyle Avenue, Suite 2 (bus 14 stops in front). Call (412) 555-0119 with questions.\n\nOpen Door Reentry Clinic",
     "BLOCK", "care-instructions", "email", "en",
     [("Okonjo", "NAME"), ("3/11", "DATE"), ("Dr. Brightwater", "PROVIDER"), ("HIV", "CONDITION"), ("viral load", "PROCEDURE"), ("48 copies/mL", "RESULT"), ("Biktarvy", "MEDICATION"), ("318 Lyle Avenue, Suite 2", "ADDRESS"), ("(412) 555-0119", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "A viral load value and the drug regimen are buried in a welcome letter: results and treatment cannot be removed without losing the point. Decision 1 for the clinic name."),
    ("et0018", "reentry clinic: ur appt w/ Dr Faris is tmrw 1:20pm. bring ID + release papers. txt STOP to opt out",
     "ALLOW", "reminder", "sms", "en",
     [("Dr Faris", "PROVIDER")],
     ["primary-care", "shorthand"], "Shorthand reminder with provider and time only; 'reentry clinic' reveals no condition (decision 1)."),
    ("et0019", "Chaplain Road Recovery Services: Hi Brandon, your MAT intake is 8/14 at 8:00am. Please bring the bottle from the medication you were released with.",
     "REWRITE", "reminder", "sms", "en",
     [("Chaplain Road Recovery Services", "SPECIALTY"), ("Brandon", "NAME"), ("MAT", "PROCEDURE"), ("8/14", "DATE")],
     ["substance-use"], "Recovery-services name, name and the MAT program go; date and time survive. Decision 13."),
    ("et0020", "Reentry Resource Fair this Thursday 10-2 at the Main Library: ID replacement, free cell phone plan sign-up, job leads, legal aid for record sealing. Everyone welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; 'cell phone plan' and 'record sealing' are not clinical or identifying."),
    ("et0021", "Your Medicaid renewal was denied because the state file still shows you as in custody. To appeal and keep your HIV meds covered, call our benefits navigator at (614) 555-0182 before 9/30.",
     "REWRITE", "billing", "sms", "en",
     [("HIV", "CONDITION"), ("(614) 555-0182", "PHONE"), ("9/30", "DATE")],
     ["hiv-sexual-health", "practice-contact"], "The condition rides along on a benefits notice: 'keep your meds covered' keeps the purpose."),
    ("et0022", "Recordatorio: la Clínica Nuevo Comienzo ayuda a renovar Medicaid y a sacar su acta de nacimiento los martes de 1 a 5. No necesita cita.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; a birth certificate service is not a date of birth."),
    ("et0023", "Subject: Your intake paperwork\n\nHi Ms. Gallardo,\nBefore your first visit at Bridgeway Behavioral Health on 10/2, please complete the PHQ-9 and the release-of-information form for your probation officer (both attached). You can drop them off or fax them to (216) 555-0150.\n\nThanks,\nKeisha, Intake Coordinator",
     "REWRITE", "other", "email", "en",
     [("Gallardo", "NAME"), ("Bridgeway Behavioral Health", "SPECIALTY"), ("10/2", "DATE"), ("PHQ-9", "PROCEDURE"), ("(216) 555-0150", "FAX"), ("Keisha", "PROVIDER")],
     ["behavioral-health", "practice-contact"], "Name, behavioral-health name and the screening form go; the paperwork request survives. Probation is not health."),
    ("et0024", "Hi Jamal it's Rochelle from the reentry clinic. Your labs from intake came back - cholesterol high (LDL 188) and liver enzymes a little up. Dr. Snell wants to start you on atorvastatin. Can you come in Friday?",
     "BLOCK", "result", "sms", "en",
     [("Jamal", "NAME"), ("Rochelle", "PROVIDER"), ("cholesterol", "PROCEDURE"), ("high", "RESULT"), ("LDL", "PROCEDURE"), ("188", "RESULT"), ("liver enzymes", "PROCEDURE"), ("a little up", "RESULT"), ("Dr. Snell", "PROVIDER"), ("atorvastatin", "MEDICATION")],
     ["primary-care", "lab"], "Results and a new treatment are the message. 'a little up' is a finding (RESULT)."),
)

# ---------------------------------------------------------------- batch 3 (et0025-et0036): court-ordered evaluations
add(
    ("et0025", "Your court-ordered substance abuse evaluation with Meridian Assessment Services is set for Wed 5/21 at 1:00 PM. Bring your court paperwork and the $75 fee (money order only). Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("substance abuse evaluation", "PROCEDURE"), ("5/21", "DATE")],
     ["substance-use"], "The evaluation type reveals substance use (decision 3); the practice name is generic; date, time and fee survive."),
    ("et0026", "Confirmed: your appointment with Dr. Hargrove on 6/9 at 10:00 AM. Location: Suite 310, 2200 Court Street, Columbus OH 43215. Garage parking on Elm St.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Hargrove", "PROVIDER"), ("6/9", "DATE"), ("2200 Court Street, Columbus OH 43215", "ADDRESS")],
     ["general", "practice-contact"], "The practice's own address on Court Street; provider, date, time allowed. Decision 9."),
    ("et0027", "Re: State v. Pacheco, Case No. 24-CR-3318\n\nCounsel, Dr. Lindqvist's competency evaluation of Mr. Pacheco is complete. Opinion: not currently competent to proceed, due to schizophrenia with active psychosis. Restoration is recommended at Westbrook State Hospital. The full report is on the court's secure filing system.",
     "BLOCK", "result", "email", "en",
     [("Pacheco", "NAME"), ("24-CR-3318", "OTHER_ID"), ("Dr. Lindqvist", "PROVIDER"), ("competency evaluation", "PROCEDURE"), ("Pacheco", "NAME", 1), ("not currently competent to proceed", "RESULT"), ("schizophrenia", "CONDITION"), ("psychosis", "CONDITION"), ("Restoration", "PROCEDURE")],
     ["behavioral-health", "third-party", "identifier"], "The opinion and diagnosis of a named defendant sent to counsel: a third party's findings (decisions 7 and 14). Case numbers are OTHER_ID (decision 5)."),
    ("et0028", "Reminder: our office is closed Friday for the court holiday. Evaluations booked that day have been moved, and you will get a separate text with your new time.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure broadcast; 'evaluations' with no type named says nothing about the recipient."),
    ("et0029", "Sr. Cárdenas: su evaluación psicológica ordenada por el juzgado será el 14 de julio a las 9:30 con el Dr. Ibarra. Llegue 15 min antes y traiga su orden judicial.",
     "REWRITE", "reminder", "sms", "es",
     [("Cárdenas", "NAME"), ("evaluación psicológica", "PROCEDURE"), ("14 de julio", "DATE"), ("Dr. Ibarra", "PROVIDER")],
     ["behavioral-health"], "Name and evaluation type go; date, time and provider survive. '15 min' is not a date."),
    ("et0030", "Anger management intake for case 2025-DV-0412 is Tue 9/16 at 6pm, Room B. Bring the $40 workbook fee.",
     "REWRITE", "reminder", "sms", "en",
     [("Anger management", "PROCEDURE"), ("2025-DV-0412", "OTHER_ID"), ("9/16", "DATE")],
     ["behavioral-health", "identifier"], "Program name (decision 3) and case number (decision 5) go; the time and room survive."),
    ("et0031", "Your DUI assessment placed you at Level II (ASAM 2.1, intensive outpatient). You must complete 20 hrs of education plus 12 group sessions. Call to schedule your first group.",
     "BLOCK", "result", "sms", "en",
     [("DUI assessment", "PROCEDURE"), ("Level II", "RESULT"), ("ASAM", "PROCEDURE"), ("2.1", "RESULT"), ("intensive outpatient", "PROCEDURE")],
     ["substance-use"], "The assessment's placement is a finding and the treatment plan follows from it (decision 14; scale PROCEDURE, value RESULT)."),
    ("et0032", "Hello, this is Pinecrest Evaluation Center calling with a reminder of your appointment on Monday, August 4 at 11 AM with Dr. Oyelaran. Please bring a photo ID. To reschedule, call (405) 555-0171.",
     "ALLOW", "reminder", "voice", "en",
     [("August 4", "DATE"), ("Dr. Oyelaran", "PROVIDER"), ("(405) 555-0171", "PHONE")],
     ["general", "practice-contact"], "Voice reminder with date, provider and the center's own number; 'Evaluation Center' names no specialty."),
    ("et0033", "Hi Officer Justice Mercer, this confirms that your client Dwayne Tolliver has a psychiatric evaluation with us on 11/3 at 2 PM. We will send the report once he signs the release. - Hollis Grant, Intake, Cornerstone Forensic Psychiatry",
     "REWRITE", "confirmation", "email", "en",
     [("Officer Justice Mercer", "PROVIDER"), ("Dwayne Tolliver", "NAME"), ("psychiatric evaluation", "PROCEDURE"), ("11/3", "DATE"), ("Hollis Grant", "PROVIDER"), ("Cornerstone Forensic Psychiatry", "SPECIALTY")],
     ["behavioral-health", "third-party"], "Judgement (decisions 6 and 7): the PO is labelled PROVIDER; a client's appointment logistics sent to the PO are REWRITE like a dependent's."),
    ("et0034", "Evaluation results for DeShawn Maddox (DOB 02/14/1991): meets criteria for alcohol use disorder, moderate. Recommended: 16 weeks IOP. Report faxed to Probation 6/2.",
     "BLOCK", "result", "sms", "en",
     [("DeShawn Maddox", "NAME"), ("02/14/1991", "DATE"), ("alcohol use disorder", "CONDITION"), ("moderate", "RESULT"), ("IOP", "PROCEDURE"), ("6/2", "DATE")],
     ["substance-use", "dob"], "A diagnosis with severity, plus a full DOB with the name."),
    ("et0035", "Sentence-case headings, bigger print and plain language: we redesigned our court-ordered program forms based on your feedback. Reply 1-5 to rate the new forms.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Survey broadcast; 'sentence' and 'court-ordered program' name no service and no person."),
    ("et0036", "Buenas tardes, Sra. Luna. El informe de la evaluación de su hijo Kevin para el tribunal de menores indica trastorno de conducta y TDAH. La Lic. Fierro le explicará las recomendaciones el viernes.",
     "BLOCK", "result", "sms", "es",
     [("Luna", "NAME"), ("Kevin", "NAME"), ("trastorno de conducta", "CONDITION"), ("TDAH", "CONDITION"), ("Lic. Fierro", "PROVIDER")],
     ["behavioral-health", "pediatrics", "third-party", "minor"], "A child's diagnoses sent to the guardian: third party's health (README)."),
)

# ---------------------------------------------------------------- batch 4 (et0037-et0048): drug court, treatment court, testing
add(
    ("et0037", "Color line is open. Call (330) 555-0190 every morning after 5 AM to hear today's colors. If your color is called, report to the testing site by 3 PM with photo ID.",
     "ALLOW", "other", "sms", "en",
     [("(330) 555-0190", "PHONE")],
     ["substance-use", "practice-contact"], "Judgement: a call-in line with no test type, program or name; the line's own number is allowed (decision 10)."),
    ("et0038", "Drug court notice: your 5/6 urine screen was positive for fentanyl and THC. You are required to appear at the 5/9 status hearing. Bring your meeting sign-in sheet.",
     "BLOCK", "result", "sms", "en",
     [("Drug court", "PROCEDURE"), ("5/6", "DATE"), ("urine screen", "PROCEDURE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("THC", "MEDICATION"), ("5/9", "DATE")],
     ["substance-use"], "A drug-screen result with the substances is the message (decisions 2 and 4)."),
    ("et0039", "Treatment Court reminder: Phase 2 participants report for status review Thursday 8:30 AM, Courtroom 4B, 161 S. High St, Columbus OH 43215. Bring your attendance sheet.",
     "REWRITE", "reminder", "sms", "en",
     [("Treatment Court", "PROCEDURE"), ("161 S. High St, Columbus OH 43215", "ADDRESS")],
     ["substance-use", "practice-contact"], "Decision 2: naming the treatment-court program reveals substance use; the court's own address stays (decision 10)."),
    ("et0040", "Bail out the boat and grab a life jacket: the Second Chance alumni picnic at Cedar Lake is Saturday at noon. Families welcome, bring a side dish!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Social broadcast; 'bail' is about a boat."),
    ("et0041", "Hi Kayla, random UA today. Report to Sentinel Testing, 90 Warden St, by 4pm. Bring photo ID + $15.",
     "REWRITE", "other", "sms", "en",
     [("Kayla", "NAME"), ("UA", "PROCEDURE"), ("90 Warden St", "ADDRESS")],
     ["substance-use", "practice-contact", "shorthand"], "Name and test type go (decision 4); the testing site's own address and the deadline survive."),
    ("et0042", "ur 6/12 UA came back dilute again (creat 12). 2nd dilute = counted as positive per program rules. call ur case mgr today",
     "BLOCK", "result", "sms", "en",
     [("6/12", "DATE"), ("UA", "PROCEDURE"), ("dilute", "RESULT"), ("creat", "PROCEDURE"), ("creat [[12]]", "RESULT"), ("dilute", "RESULT", 1), ("positive", "RESULT")],
     ["substance-use", "shorthand"], "A drug-test finding with a creatinine value; '2nd dilute' and 'counted as positive' restate the recipient's own finding."),
    ("et0043", "Corte de Drogas del Condado: Marco, su próxima prueba de orina es el martes 3 de junio a las 7:00 a.m. en el laboratorio del segundo piso.",
     "REWRITE", "reminder", "sms", "es",
     [("Corte de Drogas", "PROCEDURE"), ("Marco", "NAME"), ("prueba de orina", "PROCEDURE"), ("3 de junio", "DATE")],
     ["substance-use"], "Decisions 2 and 4: program and test type go with the name; date, time and place survive."),
    ("et0044", "Graduation for Phase 4 is Friday, June 20 at 5 PM in the Jury Assembly Room. Each graduate may invite up to 4 guests. Judge Ortega will present certificates.",
     "ALLOW", "other", "sms", "en",
     [("June 20", "DATE"), ("Judge Ortega", "PROVIDER")],
     ["general"], "Event logistics; decision 6 labels the judge as PROVIDER (allowed). No program or condition is named."),
    ("et0045", "Subject: Sanction notice\n\nParticipant: Roberto Estrada\nCase: 23-DC-0917\nViolation: missed 2 group therapy sessions (4/2, 4/9); positive for methamphetamine on 4/11.\nSanction: 3 days custody; testing increased to 3x per week.\n\nCompliance Unit, 14th District Drug Court",
     "BLOCK", "other", "email", "en",
     [("Roberto Estrada", "NAME"), ("23-DC-0917", "OTHER_ID"), ("group therapy", "PROCEDURE"), ("4/2", "DATE"), ("4/9", "DATE"), ("positive", "RESULT"), ("methamphetamine", "MEDICATION"), ("4/11", "DATE"), ("Drug Court", "PROCEDURE")],
     ["substance-use", "identifier"], "A test result and treatment attendance are the message."),
    ("et0046", "Your Probation Period at a new job usually lasts 90 days. Join our Job Readiness workshop Tuesday at 2 to learn how to get through it. Snacks provided.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A job's probation period, not community supervision or a test."),
    ("et0047", "Hi, this message is for Anthony Reyes from Harbor Light Recovery Center. We're calling to confirm your Vivitrol injection on Thursday at 10 AM. Please call us back at (313) 555-0148.",
     "REWRITE", "confirmation", "voice", "en",
     [("Anthony Reyes", "NAME"), ("Harbor Light Recovery Center", "SPECIALTY"), ("Vivitrol injection", "MEDICATION"), ("(313) 555-0148", "PHONE")],
     ["substance-use", "practice-contact"], "Name, recovery-center name and drug go (decision 13); the call-back survives."),
    ("et0048", "Aviso: a partir del lunes, las audiencias de revisión serán en la sala 3 del juzgado. El estacionamiento de la calle Alcaide estará cerrado por obras.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Court logistics broadcast; 'revisión' is a hearing and 'calle Alcaide' a street name (decision 9)."),
)

# ---------------------------------------------------------------- batch 5 (et0049-et0060): probation officers, families, supervision
add(
    ("et0049", "Officer Mercer,\n\nMonthly progress report for your client Tasha Greenlee (SID 4471920), per her signed consent:\n- Attended 11 of 12 IOP group sessions in May (one excused absence, 5/14).\n- All urine drug screens this month were negative.\n- Continues on buprenorphine 16 mg daily with good adherence.\n- Next individual session: 6/4.\n\nShe is engaged and we recommend no change to her conditions. Please contact me through the secure portal with any questions rather than by text.\n\nThis information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2).\n\nRenee Castellano, LCADC\nClinical Supervisor",
     "BLOCK", "other", "email", "en",
     [("Officer Mercer", "PROVIDER"), ("Tasha Greenlee", "NAME"), ("4471920", "OTHER_ID"), ("IOP", "PROCEDURE"), ("5/14", "DATE"), ("urine drug screens", "PROCEDURE"), ("negative", "RESULT"), ("buprenorphine 16 mg", "MEDICATION"), ("6/4", "DATE"), ("Renee Castellano", "PROVIDER"), ("LCADC", "SPECIALTY")],
     ["substance-use", "third-party", "identifier"], "A progress report to a PO (decision 7): attendance, negative screens (still results) and dose. Decision 12: LCADC names the specialty. The Part 2 redisclosure footer is legal boilerplate and is not labelled."),
    ("et0050", "Officer Justice Mercer: we received the signed consent and will post updates on the 1st of each month to our secure provider portal. Please do not request client information by text or personal e-mail. - Records Desk, (419) 555-0133",
     "ALLOW", "other", "email", "en",
     [("Officer Justice Mercer", "PROVIDER"), ("(419) 555-0133", "PHONE")],
     ["general", "practice-contact"], "Process note to a PO with no client named and nothing clinical. Decision 6: 'Justice' is his first name, labelled PROVIDER with the title."),
    ("et0051", "Hi Mrs. Whitaker, this is Arbor Reentry Services. Your husband Glenn's release is set for 9/12 and we've booked his first primary care visit for 9/15 at 11:00. Pls make sure he brigns his photo ID.",
     "REWRITE", "other", "sms", "en",
     [("Whitaker", "NAME"), ("Glenn", "NAME"), ("9/12", "DATE"), ("9/15", "DATE")],
     ["primary-care", "third-party", "typo"], "Decision 7: a spouse's logistics with names and a generic primary-care visit are REWRITE like a dependent's; release is not health."),
    ("et0052", "Ms. Dunbar - your daughter Alyssa asked us to let you know she started her Sublocade shots this week and is doing well. Her next one is 7/30.",
     "BLOCK", "other", "sms", "en",
     [("Dunbar", "NAME"), ("Alyssa", "NAME"), ("Sublocade shots", "MEDICATION"), ("7/30", "DATE")],
     ["substance-use", "third-party"], "An adult daughter's treatment sent to a parent: third party's health, consent or not. Decision 13 for the form word."),
    ("et0053", "Visitation reminder: the visitor dress code is enforced. No hoodies, no phones past the lobby, no outside food. Medical exceptions (wheelchairs, canes, insulin pumps) must be cleared 48 hrs ahead.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast rule list for visitors; the device words describe what any visitor may bring."),
    ("et0054", "Hola doña Marta, su hijo Brayan nos pidió avisarle: en el penal le diagnosticaron diabetes y ya empezó con insulina. Está bien de ánimo. Cualquier cosa llame al (956) 555-0174.",
     "BLOCK", "other", "sms", "es",
     [("Marta", "NAME"), ("Brayan", "NAME"), ("diabetes", "CONDITION"), ("insulina", "MEDICATION"), ("(956) 555-0174", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "A son's new diagnosis and treatment sent to his mother: third party's health."),
    ("et0055", "Subject: Appointment for your client\n\nHello Officer Pham,\nYour client Jerome Kincaid is scheduled for intake at Riverbend Behavioral Health on 8/21 at 9:00. We will confirm attendance after the visit if his consent covers it.\n\nBest,\nNora Whitfield, LCSW",
     "REWRITE", "confirmation", "email", "en",
     [("Officer Pham", "PROVIDER"), ("Jerome Kincaid", "NAME"), ("Riverbend Behavioral Health", "SPECIALTY"), ("8/21", "DATE"), ("Nora Whitfield", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health", "third-party"], "Decisions 6, 7 and 12: a client's appointment logistics to the PO are REWRITE; the LCSW credential is a SPECIALTY span."),
    ("et0056", "County Probation: your treatment provider reported a missed methadone dose on 3/14. Under your conditions you must dose daily at Beacon OTP. Call your officer by Friday.",
     "BLOCK", "other", "sms", "en",
     [("methadone", "MEDICATION"), ("3/14", "DATE"), ("Beacon OTP", "SPECIALTY")],
     ["substance-use"], "Treatment adherence and a dosing requirement are the message; nothing is left once they go."),
    ("et0057", "Your cell phone plan through Lifeline renews on the 1st. Text BAL to check your minutes. Reentry clients get 4.5GB free each month.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A phone-benefit notice; 'Lifeline' here is the phone program and 'cell' is a phone."),
    ("et0058", "Maple Sober Living check-in: Devin, curfew chek is at 10 PM tonight. House meeting Sunday 6 PM in the kitchen.",
     "REWRITE", "other", "push", "en",
     [("Maple Sober Living", "SPECIALTY"), ("Devin", "NAME")],
     ["substance-use", "typo"], "A sober-living house name reveals substance use (decision 1); name goes; the curfew and meeting survive. Push is treated like SMS."),
    ("et0059", "Le recordamos su cita de seguimiento con el Dr. Quintanilla el 2 de octubre a las 3:15 p.m. en la clínica de la calle Juzgado. Responda SÍ para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Quintanilla", "PROVIDER"), ("2 de octubre", "DATE")],
     ["primary-care"], "Provider, date and time; decision 9: the site named after its street is not an address."),
    ("et0060", "Your HIV viral load from before release was undetectable. Keep taking Dovato every day and keep your 5/28 visit with Dr. Asante.",
     "BLOCK", "result", "sms", "en",
     [("HIV viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("Dovato", "MEDICATION"), ("5/28", "DATE"), ("Dr. Asante", "PROVIDER")],
     ["hiv-sexual-health"], "A result and a treatment instruction; a good result is still a result."),
)

# ---------------------------------------------------------------- batch 6 (et0061-et0072): monitors, commissary, visitation, trust accounts
add(
    ("et0061", "Reminder: charge your monitor at least 2 hours every day. If the light turns red, plug it in right away and call the monitoring center.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 4: a GPS ankle monitor is not a medical device; 'monitor' and 'monitoring center' look clinical but are not."),
    ("et0062", "Equipment swap: your GPS ankle unit SN 4G-77120-K will be replaced Tue 2/4 at 1pm at the Pretrial Services office. Bring the charger and cord.",
     "REWRITE", "other", "sms", "en",
     [("4G-77120-K", "DEVICE_ID"), ("2/4", "DATE")],
     ["general", "identifier"], "Decision 4: the GPS unit is not health but its serial is a device identifier not needed for the swap."),
    ("et0063", "SCRAM alert: a confirmed drinking event was recorded on 7/19 between 11pm and 3am (peak TAC 0.082). Your supervising officer has been notified.",
     "BLOCK", "result", "sms", "en",
     [("SCRAM", "PROCEDURE"), ("drinking event", "RESULT"), ("7/19", "DATE"), ("TAC", "PROCEDURE"), ("0.082", "RESULT")],
     ["substance-use"], "Decision 4: an alcohol-monitor reading is a result and is the whole message."),
    ("et0064", "Your alcohol monitoring bracelet install is set for Monday 3/9 at 9:00 at Alpha Monitoring, 455 Warden St Ste 2. Wear loose pants. Install fee $50.",
     "REWRITE", "reminder", "sms", "en",
     [("alcohol monitoring bracelet", "PROCEDURE"), ("3/9", "DATE"), ("455 Warden St Ste 2", "ADDRESS")],
     ["substance-use", "practice-contact"], "Decision 4: the alcohol monitor reveals alcohol use and goes; the vendor's own address stays (decision 10)."),
    ("et0065", "Commissary orders for Pod C close Thursday at 6pm. Hygiene kits, stamps and reading glasses are back in stock. Deposits over $50 post within 24 hours.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Commissary broadcast; reading glasses are a store item here."),
    ("et0066", "Commissary update: the ibuprofen 200mg and hydrocortisone cream on order #C-55821 for Rashad Vick were removed. Medical items must be requested by the inmate through sick call.",
     "BLOCK", "other", "sms", "en",
     [("ibuprofen 200mg", "MEDICATION"), ("hydrocortisone cream", "MEDICATION"), ("C-55821", "OTHER_ID"), ("Rashad Vick", "NAME")],
     ["pharmacy", "third-party", "identifier"], "Decision 8: a relative's medications, even over-the-counter, are a third party's health; 'sick call' is generic (decision 3)."),
    ("et0067", "Video visit confirmed for Saturday, 10:30-10:50 AM, with inmate #B-20417. Log in 10 min early at visits.example.com. Minors must sit with a guardian.",
     "REWRITE", "confirmation", "sms", "en",
     [("B-20417", "OTHER_ID"), ("visits.example.com", "URL")],
     ["general", "identifier", "practice-contact"], "Decision 5: the inmate number identifies a person and is not needed; the vendor's own link stays."),
    ("et0068", "Visitas familiares: a partir del próximo mes se requiere cita previa. No se permiten celulares, bolsas ni comida. Las visitas profesionales (abogados, capellanes) no cambian.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Visitation broadcast; 'celulares' are phones and 'cita previa' is a visit booking."),
    ("et0069", "Sick call update for Carlos Medrano #A448120: chest x-ray clear; continue amoxicillin for pneumonia until 3/22. Family may call the medical line after 1 PM.",
     "BLOCK", "other", "push", "en",
     [("Carlos Medrano", "NAME"), ("A448120", "OTHER_ID"), ("chest x-ray", "PROCEDURE"), ("clear", "RESULT"), ("amoxicillin", "MEDICATION"), ("pneumonia", "CONDITION"), ("3/22", "DATE")],
     ["primary-care", "imaging", "third-party", "identifier"], "A relative's result, diagnosis and treatment pushed to a family app."),
    ("et0070", "Your deposit of $75.00 to the trust account has posted. Funds can be used for commissary, phone time and medical copays ($3 per sick-call visit). Receipt number: 0093311.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "hard-negative"], "Decision 5: a payment receipt number is like a confirmation code; the copay is a flat rule for everyone."),
    ("et0071", "Pretrial Services: Kendra, your sweat patch change is Wed 10/8 at 2:15. Dont remove it yourself.",
     "REWRITE", "reminder", "sms", "en",
     [("Kendra", "NAME"), ("sweat patch", "PROCEDURE"), ("10/8", "DATE")],
     ["substance-use", "typo"], "Decision 4: a drug-testing patch is PROCEDURE; name and test go, the time survives."),
    ("et0072", "Aviso del programa de monitoreo: su brazalete de alcohol registró consumo el sábado (0.06). Preséntese con su oficial el lunes a primera hora.",
     "BLOCK", "result", "sms", "es",
     [("brazalete de alcohol", "PROCEDURE"), ("consumo", "RESULT"), ("0.06", "RESULT")],
     ["substance-use"], "Decision 4: an alcohol-monitor reading is a result and is the message."),
)

# ---------------------------------------------------------------- batch 7 (et0073-et0084): Spanish reentry and court programs, pharmacy transfers
add(
    ("et0073", "Farmacia del Pueblo: Sr. Benítez, sus pastillas de quetiapina 100 mg ya están listas para recoger. Presente su hoja de salida del centro de detención.",
     "REWRITE", "pickup", "sms", "es",
     [("Benítez", "NAME"), ("quetiapina 100 mg", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "Pickup with name and drug: both go, 'su pedido está listo' survives. The detention-center slip is not health (decision 1)."),
    ("et0074", "Programa de Reinserción: recuerde su cita con la trabajadora social Lic. Paredes el lunes 9 de junio a las 11:00. Traiga su identificación y un comprobante de domicilio.",
     "ALLOW", "reminder", "sms", "es",
     [("Lic. Paredes", "PROVIDER"), ("9 de junio", "DATE")],
     ["general"], "A social-work reminder with provider, date and time; 'trabajadora social' names no health specialty."),
    ("et0075", "Estimado Sr. Olmedo:\n\nRecibimos su expediente del centro penitenciario. Ahí consta que le diagnosticaron hepatitis C en enero y que su carga viral era de 1.2 millones UI/mL antes de empezar sofosbuvir/velpatasvir. Completó 8 de las 12 semanas de tratamiento, así que es muy importante no interrumpirlo: le quedan 4 semanas. Ya enviamos la receta a su farmacia.\n\nSu cita con la Dra. Benavides es el 21 de marzo a las 10:00 en nuestra clínica. Traiga sus frascos de medicina y cualquier documento de salida.\n\nSi no puede venir, llámenos al (505) 555-0153 para no perder días de tratamiento.\n\nAtentamente,\nClínica Comunitaria Río Grande",
     "BLOCK", "care-instructions", "email", "es",
     [("Olmedo", "NAME"), ("hepatitis C", "CONDITION"), ("carga viral", "PROCEDURE"), ("1.2 millones UI/mL", "RESULT"), ("sofosbuvir/velpatasvir", "MEDICATION"), ("Dra. Benavides", "PROVIDER"), ("21 de marzo", "DATE"), ("(505) 555-0153", "PHONE")],
     ["primary-care", "pharmacy", "practice-contact"], "A diagnosis, a viral load and treatment instructions in a continuity-of-care letter."),
    ("et0076", "¡Felicidades por terminar su periodo de prueba en el nuevo trabajo! Si necesita una carta de recomendación para su expediente laboral, pase a recogerla a recepción.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'periodo de prueba' is a job's probation period and 'expediente laboral' an employment file: neither a test nor a chart."),
    ("et0077", "Hola Guadalupe, le confirmamos la clase de crianza y la sesión de manejo de la ira ordenadas por el juez para el jueves 17 de abril, 6 p.m., salón 2.",
     "REWRITE", "confirmation", "sms", "es",
     [("Guadalupe", "NAME"), ("manejo de la ira", "PROCEDURE"), ("17 de abril", "DATE")],
     ["behavioral-health"], "Decision 3: anger management is PROCEDURE, the parenting class is not health. Name and program go; date, time and room survive."),
    ("et0078", "Resultado de su prueba de drogas del 2/5: positivo a cocaína. Comuníquese hoy mismo con su consejero.",
     "BLOCK", "result", "sms", "es",
     [("prueba de drogas", "PROCEDURE"), ("2/5", "DATE"), ("positivo", "RESULT"), ("cocaína", "MEDICATION"), ("consejero", "SPECIALTY")],
     ["substance-use"], "A drug-test result with the substance; the substance-use counselor is SPECIALTY (README)."),
    ("et0079", "Este es un mensaje de la Clínica Comunitaria Esperanza. Su cita es el martes 22 de julio a las 10 de la mañana. Si necesita transporte, llame al (210) 555-0163 y marque 2.",
     "ALLOW", "reminder", "voice", "es",
     [("22 de julio", "DATE"), ("(210) 555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Voice reminder with date, time and the clinic's own number."),
    ("et0080", "Asunto: Documentos para su cita\n\nEstimada Sra. Aguilar: para su evaluación de salud mental ordenada por la corte necesitamos una copia de la orden judicial y su número de caso (CR-2024-11873). Puede enviarlos a citas@centroalba.example.\n\nAtentamente,\nRecepción",
     "REWRITE", "other", "email", "es",
     [("Aguilar", "NAME"), ("evaluación de salud mental", "PROCEDURE"), ("CR-2024-11873", "OTHER_ID"), ("citas@centroalba.example", "EMAIL")],
     ["behavioral-health", "practice-contact", "identifier"], "Name, evaluation type and case number go (decisions 3 and 5); the document request and the center's own e-mail survive."),
    ("et0081", "Jail Health Services: for the next 3 days after release take clonidine 0.1 mg every 6 hours as needed for withdrawal symptoms. Drink plenty of water.",
     "BLOCK", "care-instructions", "sms", "en",
     [("clonidine 0.1 mg", "MEDICATION"), ("withdrawal symptoms", "CONDITION")],
     ["substance-use", "pharmacy"], "Dosing instructions for withdrawal are the message."),
    ("et0082", "Heads up: the bail bonds office next door is moving, so the shared lot will be restriped Tuesday. Please use the clinic's rear entrance that day.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Parking broadcast; 'bail bonds' is the neighbour's business."),
    ("et0083", "Pharmacy transfer: your prescriptions for Zyprexa and Depakote were moved from the Valley State Prison pharmacy to Eastgate Pharmacy (Rx #6610294, #6610295). Ready tomorrow after 2pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Zyprexa", "MEDICATION"), ("Depakote", "MEDICATION"), ("6610294", "OTHER_ID"), ("6610295", "OTHER_ID")],
     ["pharmacy", "behavioral-health", "identifier"], "Drug names and Rx numbers go (decision 5); the transfer and pickup time survive."),
    ("et0084", "Hi Ray, Nurse Coates at Mason County Jail. Your PPD was read today: 0 mm, negative. You're cleared for kitchen work.",
     "BLOCK", "result", "sms", "en",
     [("Ray", "NAME"), ("Nurse Coates", "PROVIDER"), ("PPD", "PROCEDURE"), ("0 mm", "RESULT"), ("negative", "RESULT")],
     ["lab"], "A negative result is still a result (README)."),
)

# ---------------------------------------------------------------- batch 8 (et0085-et0096): long e-mails, look-alikes, dental, contrast pair
add(
    ("et0085", "Subject: Pathways Reentry Health - spring update\n\nHello neighbors,\n\nA few updates from the clinic. New hours start next week: Monday to Thursday 8 to 7, Friday 8 to 4. Our Court Street clinic now has walk-in help with IDs and birth certificates on Tuesday mornings, no appointment needed.\n\nThe Reentry Resource Fair is back on April 12 in the Main Library community room: free cell phone plan sign-up, haircuts, job leads, legal aid for record sealing and help with Medicaid renewals. Kids are welcome and there will be lunch.\n\nWe are looking for volunteers to greet visitors and help with forms. Write to volunteer@pathwaysreentry.example if you can give a few hours.\n\nYou can always reach the front desk at (602) 555-0108 or visit pathwaysreentry.example for hours and directions.\n\nSee you soon,\nThe Pathways team",
     "ALLOW", "marketing", "email", "en",
     [("April 12", "DATE"), ("volunteer@pathwaysreentry.example", "EMAIL"), ("(602) 555-0108", "PHONE"), ("pathwaysreentry.example", "URL", 1)],
     ["general", "practice-contact"], "A newsletter to everyone: event date and the clinic's own contact details only. Decision 9 for 'Court Street clinic'."),
    ("et0086", "Subject: Your appointment packet\n\nDear Mr. Halvorsen,\n\nYour court-ordered forensic psychological evaluation with Dr. Amara Kessler is confirmed for Tuesday, 9/23, from 9:00 AM to about 3:00 PM. Testing takes most of the day, so bring lunch or snacks. Please arrive by 8:45 at our office, 740 Grant Street, Suite 500, Denver CO 80203.\n\nBring a government photo ID, the court order, your reading glasses if you use them, and a list of your current medications. The $350 balance is due at check-in (cashier's check or card).\n\nWe cannot share results with you directly; the report goes to the court and the attorneys of record.\n\nIf you need an interpreter or another accommodation, call (303) 555-0196 at least 3 business days ahead.\n\nFront Range Forensic Associates",
     "REWRITE", "confirmation", "email", "en",
     [("Halvorsen", "NAME"), ("forensic psychological evaluation", "PROCEDURE"), ("Dr. Amara Kessler", "PROVIDER"), ("9/23", "DATE"), ("740 Grant Street, Suite 500, Denver CO 80203", "ADDRESS"), ("(303) 555-0196", "PHONE"), ("Front Range Forensic Associates", "SPECIALTY")],
     ["behavioral-health", "practice-contact"], "Name, evaluation type and the forensic-psychology practice name go (decision 3, judgement: 'Forensic' names the specialty); everything else is logistics and the practice's own contact details."),
    ("et0087", "Dear Mr. Abernathy,\n\nThis letter confirms that you were discharged from the Harbor Point Batterer Intervention Program on 10/14 as unsuccessful. Our records show you completed 14 of 26 weekly groups. Your enrollment ended after two positive breath tests for alcohol at group (8/29 and 9/26) and a relapse you reported in session. As your court order requires, a copy of this letter has been sent to Probation Officer Lena Straub.\n\nYou may re-enroll after completing an alcohol use assessment. If you want help finding a provider, our intake line is (971) 555-0111.\n\nSincerely,\nDaniel Ruiz\nProgram Director",
     "BLOCK", "other", "email", "en",
     [("Abernathy", "NAME"), ("Batterer Intervention Program", "PROCEDURE"), ("10/14", "DATE"), ("unsuccessful", "RESULT"), ("positive", "RESULT"), ("breath tests", "PROCEDURE"), ("alcohol", "MEDICATION"), ("8/29", "DATE"), ("9/26", "DATE"), ("relapse", "CONDITION"), ("Probation Officer Lena Straub", "PROVIDER"), ("alcohol use assessment", "PROCEDURE"), ("(971) 555-0111", "PHONE"), ("Daniel Ruiz", "PROVIDER")],
     ["behavioral-health", "substance-use", "practice-contact"], "Test results, a relapse and the program outcome are the letter (decisions 3, 6, 14)."),
    ("et0088", "Reminder: the Court Street clinic closes at noon Friday for staff training. Walk-in hours resume Monday at 8.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 9: a site named after its street; 'Court' is not a court program."),
    ("et0089", "Court date reminders now come by text! You'll get one 3 days and 1 day before each hearing. These are not medical appointment reminders. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Program announcement with no person, date or service."),
    ("et0090", "Hello, this is Bayside Dental calling for Mr. Yusuf about your son Omar. The dentist at the juvenile center referred him to us for an extraction of three teeth because of an abscess, and since he is 17 we need a parent's consent. Please call us at (757) 555-0124.",
     "BLOCK", "other", "voice", "en",
     [("Bayside Dental", "SPECIALTY"), ("Yusuf", "NAME"), ("Omar", "NAME"), ("extraction", "PROCEDURE"), ("abscess", "CONDITION"), ("(757) 555-0124", "PHONE")],
     ["dental", "third-party", "minor", "practice-contact"], "A child's condition and planned procedure sent to the parent: third party's health (README); voice is treated like SMS."),
    ("et0091", "Hi Trevon! Reminder: your dental cleaning at Second Chance Smiles is Thu 4/24 at 3:40. We accept reinstated Medicaid.",
     "REWRITE", "reminder", "sms", "en",
     [("Trevon", "NAME"), ("dental cleaning", "PROCEDURE"), ("Second Chance Smiles", "SPECIALTY"), ("4/24", "DATE")],
     ["dental"], "Name, visit type and a dental practice name ('Smiles') go; date and time survive."),
    ("et0092", "A sentence-case heading, a clean font and your phone number at the top: bring your resume draft to Wednesday's reentry job lab and we'll polish it together.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'sentence' is typography and 'your phone number' is not given."),
    ("et0093", "This is Meadowbrook Pharmacy with an important message for Luis Ortega. Take your naltrexone 50 mg once a day. Do not use opioids while on it, and if you stop taking it, your tolerance will be lower and an overdose is more likely. Call us at (616) 555-0115.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Luis Ortega", "NAME"), ("naltrexone 50 mg", "MEDICATION"), ("opioids", "MEDICATION"), ("overdose", "CONDITION"), ("(616) 555-0115", "PHONE")],
     ["pharmacy", "substance-use", "practice-contact", "negation"], "Dosing and safety instructions for a substance-use drug are the message. Judgement: the hypothetical 'overdose' is still a condition term and is labelled."),
    ("et0094", "Hola Maritza, soy Ana de la Clínica Puerta Abierta. Ya llegaron sus expedientes medicos del CERESO, su cita para rebisar su tratamiento de VIH es el 30 de mayo a las 12:00.",
     "REWRITE", "reminder", "sms", "es",
     [("Maritza", "NAME"), ("Ana", "PROVIDER"), ("VIH", "CONDITION"), ("30 de mayo", "DATE")],
     ["hiv-sexual-health", "typo"], "Condition used as a visit label plus the name go; date and time survive. Decision 1: CERESO is not labelled."),
    ("et0095", "Message from Dr. Nakamura: your labs from the jail transfer look good. A1c 6.4%, kidney function normal. Keep taking metformin 500 mg twice daily. See you 12/2.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Nakamura", "PROVIDER"), ("A1c", "PROCEDURE"), ("6.4%", "RESULT"), ("kidney function", "PROCEDURE"), ("normal", "RESULT"), ("metformin 500 mg", "MEDICATION"), ("12/2", "DATE")],
     ["primary-care", "contrast"], "Same content as et0096, but inside the secure portal values and doses may stay."),
    ("et0096", "From Dr. Nakamura: your labs from the jail transfer look good. A1c 6.4%, kidney function normal. Keep taking metformin 500mg twice daily. See you 12/2.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("A1c", "PROCEDURE"), ("6.4%", "RESULT"), ("kidney function", "PROCEDURE"), ("normal", "RESULT"), ("metformin 500mg", "MEDICATION"), ("12/2", "DATE")],
     ["primary-care", "contrast"], "By SMS the results and dosing are the message (contrast with et0095)."),
)

# ---------------------------------------------------------------- batch 9 (et0097-et0108): disguises, pharmacy, templates, halfway houses
add(
    ("et0097", "ur S u b o x o n e is ready @ the release window, bring ur ID. -Rx",
     "REWRITE", "pickup", "sms", "en",
     [("S u b o x o n e", "MEDICATION")],
     ["pharmacy", "substance-use", "spaced", "shorthand"], "Spaced-out drug name in a pickup: the drug goes (decision 11), 'ready at the window' survives."),
    ("et0098", "Reminder: your meth\u200badone dose at Lakeside OTP goes up to 90 mg starting 6/1. Come before 10am for dosing.",
     "BLOCK", "care-instructions", "sms", "en",
     [("meth\u200badone", "MEDICATION"), ("Lakeside OTP", "SPECIALTY"), ("6/1", "DATE")],
     ["substance-use"], "A dose change is the message; a zero-width space hides the drug name."),
    ("et0099", "Ur h3p C clinic intake is Tues 9am @ the reentry ctr. bring release papers + any meds u have",
     "REWRITE", "reminder", "sms", "en",
     [("h3p C", "CONDITION")],
     ["primary-care", "leet", "shorthand"], "Leet condition used as a visit label goes; day and time survive."),
    ("et0100", "Release pharmacy: your P\u0440EP refill is ready for pickup until 7pm today. Bring a photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("P\u0440EP", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "A Cyrillic er hides PrEP in a pickup notice; the drug goes (decision 11)."),
    ("et0101", "Free Narcan and fentanyl test strips at our front desk, no questions asked. Take some for a friend.",
     "ALLOW", "marketing", "sms", "en", [],
     ["substance-use", "broadcast", "hard-negative"], "Harm-reduction broadcast to everyone; says nothing about the recipient (README broadcasts)."),
    ("et0102", "Hi Mr. Delacroix, your 2 release prescriptions were sent to Northside Pharmacy, 1450 Lyle Ave. They'll be ready after 3 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("Delacroix", "NAME"), ("1450 Lyle Ave", "ADDRESS")],
     ["pharmacy"], "Only the name goes; the pharmacy's address is a business address, not the patient's."),
    ("et0103", "Reentry Clinic nurse line: your blood pressure today was 168/102. Please restart your amlodipine 10 mg once daily and recheck with us in 1 week.",
     "BLOCK", "care-instructions", "sms", "en",
     [("blood pressure", "PROCEDURE"), ("168/102", "RESULT"), ("amlodipine 10 mg", "MEDICATION")],
     ["cardiology", "primary-care"], "A reading and a dosing instruction are the message."),
    ("et0104", "{{facility_name}} Health Services: your appointment is {{appt_date}} at {{appt_time}}. Call {{clinic_phone}} to reschedule. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only (README templates)."),
    ("et0105", "Reminder from ${clinicName}: your Medication-Assisted Treatment visit is ${apptDate} at ${apptTime}. Bring your photo ID.",
     "REWRITE", "reminder", "sms", "en",
     [("Medication-Assisted Treatment", "PROCEDURE")],
     ["substance-use", "template"], "Fixed template text names the program (decision 13); placeholders are unlabelled."),
    ("et0106", "To the house manager at Oakridge Transitional Living: resident Cole Brantley tested positive for benzodiazepines on 8/2, but he has a valid prescription for clonazepam 1 mg, so this is not a house violation. - Dr. Faye Lindell, Northside Family Medicine",
     "BLOCK", "other", "email", "en",
     [("Cole Brantley", "NAME"), ("positive", "RESULT"), ("benzodiazepines", "MEDICATION"), ("8/2", "DATE"), ("clonazepam 1 mg", "MEDICATION"), ("Dr. Faye Lindell", "PROVIDER")],
     ["substance-use", "primary-care", "third-party"], "A resident's test result and prescription sent to a house manager (decision 7)."),
    ("et0107", "Your meeting at the Reentry Wellness Center with Marcus Bell, Peer Navigator, is Tue 5/13 at 3 PM. He'll help with ID, SNAP and housing forms.",
     "ALLOW", "reminder", "sms", "en",
     [("Marcus Bell, Peer Navigator", "PROVIDER"), ("5/13", "DATE")],
     ["general"], "Decision 6: named workforce with a role is PROVIDER; the meeting is social services, nothing clinical."),
    ("et0108", "Mensaje para la familia de Héctor Salinas: el área médica del reclusorio informa que Héctor fue trasladado al Hospital General por dolor de pecho. Para más información llame al (323) 555-0126.",
     "BLOCK", "other", "voice", "es",
     [("Héctor Salinas", "NAME"), ("Héctor", "NAME", 1), ("dolor de pecho", "CONDITION"), ("(323) 555-0126", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A relative's symptom and hospital transfer: third party's health."),
)

# ---------------------------------------------------------------- batch 10 (et0109-et0120): push and portal, recalls, families, look-alikes
add(
    ("et0109", "New secure message from Stonegate Reentry Clinic. Log in to your portal to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI; the reentry clinic name reveals no condition (decision 1)."),
    ("et0110", "Stonegate Reentry Clinic: your hepatitis B vaccine dose 2 is due. Book at the Court Street clinic or in the app.",
     "REWRITE", "recall", "push", "en",
     [("hepatitis B vaccine", "PROCEDURE")],
     ["primary-care"], "The recipient's own vaccine (README: 'your flu shot appointment' is REWRITE); decision 9 for the site name."),
    ("et0111", "Court-ordered evaluation summary (for your records): Diagnoses: PTSD; cannabis use disorder, mild. Recommendation: trauma-focused therapy, 12 sessions. Per your signed release, the report was sent to the court on 4/30. - Dr. Whitcomb",
     "ALLOW", "result", "portal", "en",
     [("PTSD", "CONDITION"), ("cannabis use disorder", "CONDITION"), ("mild", "RESULT"), ("trauma-focused therapy", "PROCEDURE"), ("4/30", "DATE"), ("Dr. Whitcomb", "PROVIDER")],
     ["behavioral-health", "substance-use"], "Inside the secure portal the patient's own findings may stay (README channel convention); decision 14 for 'mild'."),
    ("et0112", "It's been 6 months since your last visit with our psychiatric nurse practitioner. Please call Lantern Mental Health at (503) 555-0186 to book your med check.",
     "REWRITE", "recall", "sms", "en",
     [("psychiatric nurse practitioner", "SPECIALTY"), ("Lantern Mental Health", "SPECIALTY"), ("(503) 555-0186", "PHONE"), ("med check", "PROCEDURE")],
     ["behavioral-health", "practice-contact"], "Specialty role (decision 12), mental-health practice name and the med check go; the recall and the practice's phone survive."),
    ("et0113", "Pleae note: court-ordered community service hours are not tracked by our clinic. Contact your supervising officer with questions about your hours.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "typo"], "Decision 3: community service is not health."),
    ("et0114", "ur son Tyler's mental health eval at juvie came back - they think bipolar. psych will see him thurs. call me back -Tonya (case mgr)",
     "BLOCK", "result", "sms", "en",
     [("Tyler", "NAME"), ("mental health eval", "PROCEDURE"), ("bipolar", "CONDITION"), ("psych", "SPECIALTY"), ("Tonya", "PROVIDER")],
     ["behavioral-health", "pediatrics", "third-party", "minor", "shorthand"], "A child's likely diagnosis sent to the parent: third party's health."),
    ("et0115", "Sra. Treviño, su esposo Rolando ya tiene lugar en el Centro de Diálisis Río Bravo a partir del 12/9, después de su liberación. Su primer turno es a las 6 a.m.; que traiga su identificación.",
     "REWRITE", "other", "sms", "es",
     [("Treviño", "NAME"), ("Rolando", "NAME"), ("Centro de Diálisis Río Bravo", "SPECIALTY"), ("12/9", "DATE")],
     ["dialysis", "third-party"], "Decision 7: a spouse's logistics with names and a specialty name are REWRITE like a dependent's; date and time survive."),
    ("et0116", "Subject: Orientation - Pathways to Work\n\nWelcome to Pathways to Work! Orientation is Monday, 3/3 at 9:00 AM at 2150 Warden Street, Room 110, Toledo OH 43604. Plan to stay until about 1:00; lunch is provided.\n\nPlease bring a photo ID and your Social Security card if you have them (if not, we will help you order replacements), plus any work history you want to share. Bus tokens and childcare vouchers are available at check-in.\n\nDuring the first week you will meet your job coach, tour two employer sites and learn what to expect during the Probation Period at a new job.\n\nQuestions? Call or text (419) 555-0177.\n\nAlma Reyes, Program Coordinator",
     "ALLOW", "other", "email", "en",
     [("3/3", "DATE"), ("2150 Warden Street, Room 110, Toledo OH 43604", "ADDRESS"), ("(419) 555-0177", "PHONE"), ("Alma Reyes, Program Coordinator", "PROVIDER")],
     ["general", "practice-contact"], "Program logistics with the program's own address and phone; a Social Security card with no number is not an SSN. Decision 6 for the coordinator."),
    ("et0117", "Cerramos el lunes por una gotera en el techo: el viernes tuvimos que sacar agua de la sala de espera a cubetazos. Las recogidas de farmacia pasan al martes.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Closure broadcast; bailing water out of the waiting room, nothing about a patient."),
    ("et0118", "Release planning update: your oncology team at Sutter Ridge Cancer Center has your PET scan results. The lymphoma is in remission. Dr. Ibsen will go over next steps with you on 6/6.",
     "BLOCK", "result", "sms", "en",
     [("oncology", "SPECIALTY"), ("Sutter Ridge Cancer Center", "SPECIALTY"), ("PET scan", "PROCEDURE"), ("lymphoma", "CONDITION"), ("in remission", "RESULT"), ("Dr. Ibsen", "PROVIDER"), ("6/6", "DATE")],
     ["oncology", "imaging"], "A finding about a cancer is the message; good news is still a result."),
    ("et0119", "Your CPAP machine was released from property and is waiting at the Warden Street property room. Pick it up Mon-Fri 9-3 with your release card.",
     "REWRITE", "pickup", "sms", "en",
     [("CPAP", "PROCEDURE")],
     ["primary-care"], "A device is PROCEDURE (README), 'machine' stays outside as a generic word; the pickup survives. Decision 9 for the room."),
    ("et0120", "Oficina de Libertad Condicional: su cita con el oficial Justo Merced es el 4 de noviembre a las 2 p.m. No es una cita médica; traiga sus talones de pago.",
     "ALLOW", "reminder", "sms", "es",
     [("oficial Justo Merced", "PROVIDER"), ("4 de noviembre", "DATE")],
     ["general"], "Decision 6: the officer (whose names look like 'justice' and 'mercy') is labelled PROVIDER; a supervision meeting is not health."),
)

probe_lib.run(M, "et", "probe147.jsonl")
