#!/usr/bin/env python3
"""Build corpus/probe118.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe118.py [OUT] [-v]   (default: probe118.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run and no other corpus's messages, source code or tests were read.

Theme of this round: SOCIAL WORK, CASE MANAGEMENT AND SOCIAL SERVICES LINKED TO CARE — what
hospital social workers, community-health-worker (CHW) programs, Medicaid care coordinators,
housing and shelter programs, food banks and medically tailored meals, disability-benefits
advocates, legal aid and guardianship/court liaisons send: check-ins, shelter and housing
placements, benefit applications (SNAP, WIC, Medicaid, SSI/SSDI, rental and utility help), rides,
legal-aid and interpreter referrals, caregiver support, and follow-ups after hospital stays.
Messages that reveal a condition, service, drug or diagnosis-linked program are mixed with neutral
ones and look-alikes ("a case of water for the food drive", "a social event", "Housing First
Street", "the coordinator of our bowling league", "benefit concert", a worker named Faith
Abernathy, a faith-based pantry, a "Food Pharmacy"). About 30% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Mr. [[Grady]]" searches for "Mr. Grady"
      and labels only the bracketed part "Grady".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Named staff of the sending organization who are not clinicians (social workers, case
     managers, CHWs/promotoras, navigators, benefits advocates, attorneys, court liaisons, ride
     and delivery drivers) are workforce -> PROVIDER, like "this is Jen from the front desk";
     a role word right before the name is inside the span like "nurse Dana" ("CHW Paula",
     "attorney Ramona Bishop"), and so is a generic credential after it (", LCSW", ", MSW").
  2. "social worker", "case manager", "care coordinator", "CHW", "promotora", "caseworker",
     "navigator" are generic roles like "nurse" (not labelled); a qualifier naming a service line
     is SPECIALTY ("SUD care coordinator" -> SUD, "perinatal social worker" -> perinatal).
  3. Social services and benefits that name no condition (SNAP/CalFresh, WIC, Medicaid/Medi-Cal
     renewals, Section 8, SSI/SSDI, rental/utility assistance, food pantries, medically tailored
     meals, guardianship/conservatorship, respite, bus passes, interpreters including sign
     language) are not health information and are not labelled. A program whose name reveals a
     condition or sensitive service is SPECIALTY as a whole name (HOPWA, Ryan White, an ACT Team,
     a recovery residence, a methadone clinic, memory care or hospice names); when the condition
     itself is the label of a program or class, the condition is CONDITION ("programa de
     vivienda para personas con [VIH]", "[diabetes] cooking class").
  4. A referral agency's own contact details (shelter, legal aid, housing office, courthouse,
     food bank, hearing office, facility to pick a form up from) are treated like the practice's
     own: labelled, ALLOW, tag practice-contact. The patient's home or pickup address -> REWRITE.
  5. Benefit application, case, claim and court docket numbers -> OTHER_ID; a produce-voucher
     card number -> ACCOUNT; a Medicaid member/afiliado number -> HEALTH_PLAN_ID; pickup codes are
     not labelled (like confirmation codes).
  6. A relative's appointment logistics that name a procedure, service or specialty (but no
     condition, medication, result or plan) -> REWRITE, extending the README's dependent rule;
     a relative's condition, medication, result or care plan -> BLOCK.
  7. A diagnosis named as the label of the stay, class or program the recipient attends
     ("after your stay for pneumonia", "heart failure clinic") -> REWRITE; a diagnosis stated as
     content (a form lists it, a new diagnosis, it has progressed) -> BLOCK.
  8. A broadcast offering a condition-named service to everyone (free HIV testing in a lobby)
     -> ALLOW, no span; the same service offered to one recipient because of their history
     -> REWRITE (contrast pair).
  9. Diet words that reveal a condition ("renal" meals, a box "for celiac disease", a box "para
     embarazadas") -> CONDITION; "low-sodium"/"bajo en sal" alone is not labelled.
 10. Durable medical equipment (cane, shower chair, glucometer, power wheelchair) -> PROCEDURE as
     devices; its serial number -> DEVICE_ID.
 11. A stay at or discharge from a general hospital is generic (not labelled); a psychiatric
     unit is SPECIALTY.
 12. Legal processes tied to health (drug court, involuntary commitment, capacity evaluation,
     SSA disability evaluation) -> PROCEDURE; guardianship alone is not labelled.
 13. Deadlines, hearing, delivery and renewal dates are DATE and allowed like appointment dates.
 14. The severity or stage of a condition (moderate, leve, end-stage, más avanzado) is a RESULT
     (README: "a state a condition is in is a RESULT"); "32-week prenatal" is one PROCEDURE span.

Everything is invented: names, organizations, 555-01xx numbers, example domains, identifiers;
the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (dq0001-dq0012): hospital social work after discharge
add(
    ("dq0001", "Hi, this is Faith Abernathy, the social worker you met at St. Brendan's Hospital. Just checking in after your discharge: did the ride home and the pharmacy pickup go ok? Call or text me at (617) 555-0142 ext 3, Mon-Fri 8-4.",
     "ALLOW", "other", "sms", "en",
     [("Faith Abernathy", "PROVIDER"), ("(617) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Sender is workforce (decision 1: PROVIDER, and 'Faith' is her name, not a word); a stay at a general hospital and a generic pharmacy pickup reveal nothing (decision 11); her own line is practice contact."),
    ("dq0002", "Hi Marcus, it's Tamika from Lakeshore Medical Center case management. Your follow-up at the heart failure clinic is Thu 3/12 at 10:20. A Lyft will pick you up at 9:30 - reply 1 to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Marcus", "NAME"), ("Tamika", "PROVIDER"), ("heart failure", "CONDITION"), ("3/12", "DATE")],
     ["cardiology"], "Diagnosis used as a clinic label (generic 'clinic' outside) and the name go; date, time and ride survive (decision 7)."),
    ("dq0003", "Sra. Beltrán, soy Lucía, trabajadora social del Hospital del Valle. El médico me pidió recordarle que con su nuevo diagnóstico de insuficiencia renal no debe regresar a trabajar en la bodega hasta nueva orden. La carta para su patrón ya está lista en la oficina.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Beltrán", "NAME"), ("Lucía", "PROVIDER"), ("insuficiencia renal", "CONDITION")],
     ["dialysis"], "A new diagnosis plus a work restriction: the clinical content is the message (decision 7)."),
    ("dq0004", "Subject: Volunteers needed for the food drive\n\nHi neighbors! Our annual food drive runs through the end of the month. Drop-off bins are in the main lobby next to the gift shop. We especially need a case of water, canned beans, peanut butter, rice and size 4 diapers. Thank you for helping families in our community!\n\nCommunity Outreach Team, Pinecrest Health",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "'a case of water' and 'size 4' are not a case file or a measurement; a drive for everyone says nothing about the recipient."),
    ("dq0005", "Metro Care Coordination: Jerome's HIV viral load came back undetectable, so his Ryan White case manager says the housing recertification can move ahead. Questions? (212) 555-0119",
     "BLOCK", "other", "sms", "en",
     [("Jerome", "NAME"), ("HIV viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("Ryan White", "SPECIALTY"), ("(212) 555-0119", "PHONE")],
     ["hiv-sexual-health", "third-party", "practice-contact"], "A third party's HIV test result; a good result is still a result. 'Ryan White' is an HIV program name (decision 3)."),
    ("dq0006", "Hi, this is Gwen Torvik, your Medicaid care coordinator. Your renewal is due 4/30. You can call me at (713) 555-0165 or drop your pay stubs at our office on Thursday.",
     "ALLOW", "other", "sms", "en",
     [("Gwen Torvik", "PROVIDER"), ("4/30", "DATE"), ("(713) 555-0165", "PHONE")],
     ["general", "practice-contact"], "Medicaid renewal reveals no health information (decision 3); the deadline is allowed like an appointment date (decision 13); sender is workforce (decision 1)."),
    ("dq0007", "Medicaid Transportation: your rides to dialysis Mon/Wed/Fri are set. Pickup 5:45am at 1187 Larkspur Ct, Apt 4, Dayton OH 45410. Driver will text when close.",
     "REWRITE", "confirmation", "sms", "en",
     [("dialysis", "PROCEDURE"), ("1187 Larkspur Ct, Apt 4, Dayton OH 45410", "ADDRESS")],
     ["dialysis"], "The treatment the rides are for and the patient's home address go; the ride schedule survives (decision 4)."),
    ("dq0008", "Hello, this is the Riverside Senior Center calling about our social event on Friday afternoon: bingo, a potluck and live music in the main hall. The center's van leaves the library at one o'clock. Call the front desk to save a seat. Thank you!",
     "ALLOW", "marketing", "voice", "en", [],
     ["general", "hard-negative", "broadcast"], "A 'social event' is not social work or a visit type; an invitation for everyone."),
    ("dq0009", "Hola Rosa: le escribe Marisol Ortega, trabajadora social. Como su diabetes y la úlcera del pie necesitan curaciones diarias, ya pedimos la enfermera a domicilio de Cuidados Hogar Sol. Medicaid lo cubre al 100%. La primera visita es el 4 de marzo entre 9 y 11. Cualquier duda, respóndame por aquí.",
     "ALLOW", "care-instructions", "portal", "es",
     [("Rosa", "NAME"), ("Marisol Ortega", "PROVIDER"), ("diabetes", "CONDITION"), ("úlcera del pie", "CONDITION"), ("curaciones diarias", "PROCEDURE"), ("enfermera a domicilio", "PROCEDURE"), ("Cuidados Hogar Sol", "SPECIALTY"), ("4 de marzo", "DATE")],
     ["home-health"], "Inside the secure portal conditions, services and names may stay (README channel convention); a home-care agency name is specialty-revealing."),
    ("dq0010", "Hi Dev, CHW Paula here. Your BP at the food pantry screening was 178/104, which is high. Please don't skip your lisinopril and call Dr. Okafor's office today.",
     "BLOCK", "result", "sms", "en",
     [("Dev", "NAME"), ("CHW Paula", "PROVIDER"), ("BP", "PROCEDURE"), ("178/104", "RESULT"), ("lisinopril", "MEDICATION"), ("Dr. Okafor", "PROVIDER")],
     ["cardiology"], "A measured value and a treatment instruction from a CHW screening; the role word is inside the PROVIDER span (decision 1)."),
    ("dq0011", "Housing Authority of Greer County: your Section 8 waitlist status has been updated. Log in to the tenant portal or visit our office to see your position. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Housing benefit status names no condition (decision 3); 'Greer County' is the agency's name, not the patient's location; 'Section 8' is not an identifier."),
    ("dq0012", "Sr. Paredes, su cita para la evaluación de discapacidad del Seguro Social es el martes 18 de febrero a las 9:00 con el Dr. Iglesias. Traiga las radiografías de la espalda y una lista de sus medicinas.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("evaluación de discapacidad", "PROCEDURE"), ("18 de febrero", "DATE"), ("Dr. Iglesias", "PROVIDER"), ("radiografías de la espalda", "PROCEDURE")],
     ["primary-care"], "The SSA disability exam is a named visit type (decision 12) and the imaging named is a procedure; date, time and provider survive."),
)

# ---------------------------------------------------------------- batch 2 (dq0013-dq0024): shelters, housing placements, housing programs
add(
    ("dq0013", "Good news, Keisha! A bed opened at Harbor Light Recovery Residence for your discharge Friday. Intake is at 2pm; bring your ID and your meds list. - Sam, SUD care coordinator",
     "REWRITE", "other", "sms", "en",
     [("Keisha", "NAME"), ("Harbor Light Recovery Residence", "SPECIALTY"), ("Sam", "PROVIDER"), ("SUD", "SPECIALTY")],
     ["substance-use"], "A recovery residence name and the SUD qualifier of the sender's role reveal substance-use care (decisions 2, 3); the bed offer and intake time survive."),
    ("dq0014", "Albergue Casa Esperanza: tenemos cama disponible esta noche. Registro de 6 a 8 pm en 412 Housing First Street, Albuquerque. Traiga identificación si la tiene. Tel. (505) 555-0177",
     "ALLOW", "other", "sms", "es",
     [("412 Housing First Street, Albuquerque", "ADDRESS"), ("(505) 555-0177", "PHONE")],
     ["general", "practice-contact"], "The shelter's own address and phone are agency contact details (decision 4); 'Housing First Street' is a street, not a program."),
    ("dq0015", "Subject: Supportive housing application - next steps\n\nDear Mr. Whitfield,\n\nThank you for meeting with me on Tuesday. To finish your Permanent Supportive Housing application, the Housing Authority needs a disability verification form. Dr. Lam signed it yesterday and confirmed your diagnoses of schizophrenia and type 2 diabetes, so the form is complete. I will fax it on 10/21 together with your income letter. Your interview at the Housing Authority is on 10/28 at 1:30 PM; I can go with you if you'd like.\n\nPlease call me with any questions.\n\nNadia Kowalczyk, LMSW\nSocial Work Department, Eastbrook General Hospital\n(614) 555-0126 | nkowalczyk@eastbrook.example.org",
     "BLOCK", "other", "email", "en",
     [("Whitfield", "NAME"), ("Dr. Lam", "PROVIDER"), ("schizophrenia", "CONDITION"), ("type 2 diabetes", "CONDITION"), ("10/21", "DATE"), ("10/28", "DATE"), ("Nadia Kowalczyk, LMSW", "PROVIDER"), ("(614) 555-0126", "PHONE"), ("nkowalczyk@eastbrook.example.org", "EMAIL")],
     ["behavioral-health", "practice-contact"], "Diagnoses stated as the content of a disability form (decision 7); e-mail is treated like SMS. 'Permanent Supportive Housing' names no condition (decision 3)."),
    ("dq0016", "Reminder: your appointment with the housing navigator, Mr. Dominguez, is Tue 4/8 at 11:00 at the Eastside Resource Center, 90 Corliss Ave, Suite 2. Bring proof of income and a photo ID.",
     "ALLOW", "reminder", "sms", "en",
     [("Mr. Dominguez", "PROVIDER"), ("4/8", "DATE"), ("90 Corliss Ave, Suite 2", "ADDRESS")],
     ["general", "practice-contact"], "A navigator is workforce (decision 1; his title kept in the span as for Dr.); the resource center's address is agency contact (decision 4)."),
    ("dq0017", "Hi Tanya, this is Ruth from Mercy General social work. Your brother Darnell is being discharged today. The shelter on 5th St can take him, but his insulin has to stay in their fridge and someone has to check his sugars before meals. Can you help with that?",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tanya", "NAME"), ("Ruth", "PROVIDER"), ("Darnell", "NAME"), ("insulin", "MEDICATION"), ("sugars", "PROCEDURE")],
     ["primary-care", "third-party"], "A third party's medication and care instructions go to his sister; 'sugars' is shorthand for glucose checks (PROCEDURE)."),
    ("dq0018", "Hola Yesenia, te habla Marta del programa de vivienda para personas con VIH (HOPWA). Ya aprobaron tu ayuda de renta de mayo. Pasa a firmar el lunes en la mañana.",
     "REWRITE", "other", "sms", "es",
     [("Yesenia", "NAME"), ("Marta", "PROVIDER"), ("VIH", "CONDITION"), ("HOPWA", "SPECIALTY")],
     ["hiv-sexual-health"], "The housing program is labelled by the condition (CONDITION) and its acronym reveals HIV (SPECIALTY, decision 3); the rent approval survives without them."),
    ("dq0019", "Spring Benefit Concert: tickets are on sale now! Friday night at the Orpheum, with all proceeds going to our patient assistance fund. $25, kids free. Reply TIX and we'll text you the ticket link.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A benefit concert is not a benefit application; fundraising broadcast."),
    ("dq0020", "Hi Ms. Okoro, your case manager from the Bright Path ACT Team will meet you at the new apartment Thursday at 3 to help with the lease signing. Text back if that time doesn't work.",
     "REWRITE", "reminder", "sms", "en",
     [("Okoro", "NAME"), ("Bright Path ACT Team", "SPECIALTY")],
     ["behavioral-health"], "An Assertive Community Treatment team serves serious mental illness: the team name is specialty-revealing (decision 3)."),
    ("dq0021", "Buenos días, este mensaje es para la señora Guadalupe Ríos, de parte de Manejo de Casos de Salud Familiar Norte. Su prueba de tuberculosis salió positiva y el albergue no puede recibirla hasta que empiece el tratamiento. Por favor llámenos hoy al (915) 555-0134.",
     "BLOCK", "result", "voice", "es",
     [("Guadalupe Ríos", "NAME"), ("prueba de tuberculosis", "PROCEDURE"), ("positiva", "RESULT"), ("(915) 555-0134", "PHONE")],
     ["lab", "practice-contact"], "A positive test result left on voicemail (voice is treated like SMS)."),
    ("dq0022", "Pinecrest Health Social Services: we received your application for the utility assistance fund. A caseworker will call you within 5 business days. Questions? (541) 555-0150",
     "ALLOW", "other", "sms", "en",
     [("(541) 555-0150", "PHONE")],
     ["general", "practice-contact"], "Utility assistance names no condition (decision 3)."),
    ("dq0023", "hey its Jo (ur CHW) - got u a spot in the tues diabetes cooking class @ the Y, 6pm. free groceries after 🙂 lmk if u need a ride",
     "REWRITE", "reminder", "sms", "en",
     [("Jo", "PROVIDER"), ("diabetes", "CONDITION")],
     ["primary-care", "shorthand"], "The condition labels the class the recipient is booked into (decision 3, 7); the spot, time and ride offer survive."),
    ("dq0024", "Banco de Alimentos San Mateo: este sábado repartimos despensas en el estacionamiento de la parroquia, de 9 a 12. Traiga sus propias bolsas. ¡Los esperamos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "A food bank's distribution day for everyone; 'San Mateo' is an organization's name, not a patient."),
)

# ---------------------------------------------------------------- batch 3 (dq0025-dq0036): benefits, disability advocates, applications
add(
    ("dq0025", "Subject: Your SSI hearing\n\nHi Mr. Castellanos,\n\nThis is Brenda Yoo, disability benefits advocate at Kessler Legal Aid. Your SSI hearing is on 06/19 at 9:30 AM at the Office of Hearings Operations, 300 Water St, Suite 200, Bangor ME 04401. Please arrive 30 minutes early and bring a photo ID. For your records, your claim number is 4471-SSI-22093.\n\nBrenda Yoo\nKessler Legal Aid | (207) 555-0181",
     "REWRITE", "reminder", "email", "en",
     [("Castellanos", "NAME"), ("Brenda Yoo", "PROVIDER"), ("06/19", "DATE"), ("300 Water St, Suite 200, Bangor ME 04401", "ADDRESS"), ("4471-SSI-22093", "OTHER_ID"), ("Brenda Yoo", "PROVIDER", 1), ("(207) 555-0181", "PHONE")],
     ["general", "practice-contact"], "Name and claim number are not needed (decision 5); the advocate is workforce (decision 1), the hearing office's address is agency contact (decision 4) and SSI names no condition (decision 3)."),
    ("dq0026", "Sr. Medina, para su solicitud de SSDI necesitamos confirmar su número de Seguro Social: 078-05-1120. Responda SÍ si es correcto o llame a la oficina.",
     "BLOCK", "other", "sms", "es",
     [("Medina", "NAME"), ("078-05-1120", "SSN")],
     ["general"], "An SSN must never travel by text, whatever the benefit."),
    ("dq0027", "Your SNAP interview will be by phone. A caseworker will call between 8am and noon on the day shown in your notice. If you miss the call, you can reschedule online.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "A food-benefit interview is not a health service (decision 3); 'caseworker' is generic (decision 2)."),
    ("dq0028", "Gloria - Dr. Fenn signed your disability form. He listed the MS and the optic neuritis as the reasons you can't work. It's at the front desk for pickup.",
     "BLOCK", "pickup", "sms", "en",
     [("Gloria", "NAME"), ("Dr. Fenn", "PROVIDER"), ("MS", "CONDITION"), ("optic neuritis", "CONDITION")],
     ["primary-care"], "Diagnoses stated as the content of the form the doctor filled in (decision 7): they are the news, so the message is BLOCK, not REWRITE."),
    ("dq0029", "Estimada familia:\n\nLe recordamos que para renovar Medi-Cal necesita comprobante de domicilio y de ingresos de los últimos 30 días. Puede subir los documentos en beneficios.example.org o traerlos a nuestra oficina en Calle Fresno 220, Salinas. Horario: lunes a viernes de 8 a 5.\n\nAtentamente,\nOficina de Elegibilidad\nCentro de Salud Las Palmas",
     "ALLOW", "other", "email", "es",
     [("beneficios.example.org", "URL"), ("Calle Fresno 220, Salinas", "ADDRESS")],
     ["general", "practice-contact"], "Medi-Cal renewal names no condition (decision 3); the health center's own site and office address."),
    ("dq0030", "Medicaid Care Coordination: Hi Arturo, we booked your PT evaluation at Summit Physical Therapy for 7/22 at 1:40. Your member ID is MCD448201973 if the front desk asks.",
     "REWRITE", "confirmation", "sms", "en",
     [("Arturo", "NAME"), ("PT evaluation", "PROCEDURE"), ("Summit Physical Therapy", "SPECIALTY"), ("7/22", "DATE"), ("MCD448201973", "HEALTH_PLAN_ID")],
     ["physical-therapy", "identifier"], "Name, visit type, PT practice name and Medicaid member ID go (decision 5); date and time survive."),
    ("dq0031", "Legal Aid of the Tri-Counties: your appointment with attorney Ramona Bishop about your benefits appeal is Wed 9/3 at 2:00 PM. Call (970) 555-0128 if you need an interpreter.",
     "ALLOW", "reminder", "sms", "en",
     [("attorney Ramona Bishop", "PROVIDER"), ("9/3", "DATE"), ("(970) 555-0128", "PHONE")],
     ["general", "practice-contact"], "Legal-aid logistics; the attorney is the sender's workforce with her role word in the span (decision 1); a benefits appeal names no condition."),
    ("dq0032", "Don Teodoro, le recordamos su cita con la defensora de beneficios el 14 de octubre a las 10:00. Traiga la carta donde le negaron la silla de ruedas eléctrica.",
     "REWRITE", "reminder", "sms", "es",
     [("Teodoro", "NAME"), ("14 de octubre", "DATE"), ("silla de ruedas eléctrica", "PROCEDURE")],
     ["home-health"], "The device named in the denial is PROCEDURE (decision 10) and can go ('traiga la carta de negación'); no reason or diagnosis is given."),
    ("dq0033", "Benefits Connect: your document checklist has 2 items left. Open the app to finish your application.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "A content-free benefits-app push."),
    ("dq0034", "Hi Ray, ur SSDI lawyer needs the neuropsych testing report showing the TBI and the memory scores (bottom 5%). can u sign the release at Coastal Neurology by fri?",
     "BLOCK", "other", "sms", "en",
     [("Ray", "NAME"), ("neuropsych testing", "PROCEDURE"), ("TBI", "CONDITION"), ("bottom 5%", "RESULT"), ("Coastal Neurology", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "A diagnosis and test scores are the content; the release request could go by portal."),
    ("dq0035", "Family Benefits Fair this Thursday at the public library, 3-7 pm! Get free help with SNAP, Medicaid, child care and utility applications. Bring a friend.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A community fair for everyone; benefit names are not health information (decision 3)."),
    ("dq0036", "Reminder for Deborah Klein: your Medicare Savings Program application is missing page 3. Please drop it off at Room 112 or fax it to (302) 555-0183. Ref # MSP-2291-0447.",
     "REWRITE", "other", "sms", "en",
     [("Deborah Klein", "NAME"), ("(302) 555-0183", "FAX"), ("MSP-2291-0447", "OTHER_ID")],
     ["general", "practice-contact", "identifier"], "Name and application reference go (decision 5); the office's own fax stays."),
)

# ---------------------------------------------------------------- batch 4 (dq0037-dq0048): rides, interpreters, legal-aid referrals
add(
    ("dq0037", "Your ride is confirmed: Thu 2/6, pickup at 7:10 AM for your 8:00 appointment at Brookfield Family Health. Vehicle: silver minivan. Your driver is Luis. Reply CANCEL to cancel.",
     "ALLOW", "confirmation", "sms", "en",
     [("2/6", "DATE"), ("Luis", "PROVIDER")],
     ["general"], "A generic practice and a ride; the driver is the vendor's workforce, not a patient (decision 1)."),
    ("dq0038", "Transporte Medicaid: su viaje a la quimioterapia en el Centro Oncológico del Sur está confirmado para el 9/12 a las 7:00 am. Lo recogemos en 2210 Calle Olivo, Apt 3B, Laredo TX 78040.",
     "REWRITE", "confirmation", "sms", "es",
     [("quimioterapia", "PROCEDURE"), ("Centro Oncológico del Sur", "SPECIALTY"), ("9/12", "DATE"), ("2210 Calle Olivo, Apt 3B, Laredo TX 78040", "ADDRESS")],
     ["oncology"], "Treatment, oncology center name and the patient's pickup address go (decision 4); the ride date and time survive."),
    ("dq0039", "Thanks for dropping off a case of water for the food drive! Our pantry shelves are full again. - Eastside CHW Team",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'case' of water is not a case file; a thank-you from a CHW team says nothing clinical."),
    ("dq0040", "Interpreter confirmed: a Vietnamese interpreter will meet you and Mrs. Tran in the lobby before her colonoscopy tomorrow at 7:30. Please arrive 15 min early.",
     "REWRITE", "confirmation", "sms", "en",
     [("Tran", "NAME"), ("colonoscopy", "PROCEDURE")],
     ["primary-care", "third-party"], "A relative's appointment logistics with a procedure name only: REWRITE (decision 6); the interpreter's language is not health information (decision 3)."),
    ("dq0041", "Le confirmamos un intérprete de lengua de señas para su cita del 3 de abril a las 2:30 con la Dra. Salcedo. Si necesita cambiar la hora, responda CAMBIO.",
     "ALLOW", "confirmation", "sms", "es",
     [("3 de abril", "DATE"), ("Dra. Salcedo", "PROVIDER")],
     ["primary-care"], "Judgement (decision 3): an interpreter, sign language included, is an accommodation for the visit, not a diagnosis; provider, date and time are allowed."),
    ("dq0042", "Subject: Referral to the Tenant Defense Project\n\nDear Ms. Park,\n\nAs we discussed, I have referred you to the Tenant Defense Project at Metro Legal Aid. With your permission, I shared that the eviction notice came after your hospitalization for bipolar disorder, and that your psychiatrist, Dr. Holm, supports a reasonable-accommodation request. An attorney will contact you within a week. Their intake line is (503) 555-0161.\n\nBefore your first meeting, please gather the eviction notice, your lease, any letters or texts from the landlord and your last three rent receipts. If you need a ride to their office at 1220 Hawthorne Blvd, Suite 300, Portland OR 97214, call the ride line at least two days ahead.\n\nPlease keep taking the lithium as prescribed, and call me if the landlord contacts you again.\n\nKind regards,\nOwen Feeney, LCSW\nCommunity Social Work, Alder Health",
     "BLOCK", "other", "email", "en",
     [("Park", "NAME"), ("bipolar disorder", "CONDITION"), ("psychiatrist", "SPECIALTY"), ("Dr. Holm", "PROVIDER"), ("(503) 555-0161", "PHONE"), ("1220 Hawthorne Blvd, Suite 300, Portland OR 97214", "ADDRESS"), ("lithium", "MEDICATION"), ("Owen Feeney, LCSW", "PROVIDER")],
     ["behavioral-health", "practice-contact"], "A diagnosis and a medication instruction buried in a legal-aid referral e-mail; legal aid's intake line is agency contact (decision 4)."),
    ("dq0043", "Reminder: the bus pass you asked for is ready at the Social Work office, 2nd floor, Room 2114. Pick up Mon-Fri 9-4.",
     "ALLOW", "pickup", "sms", "en", [],
     ["general", "hard-negative"], "A bus pass is not a health service and 'Room 2114' is not an identifier."),
    ("dq0044", "Hola Karla, soy Beto, tu trabajador comunitario. El juez de la corte familiar pidió tu prueba de drogas del martes: salió negativa para metanfetamina 👍 Te mando la carta por correo.",
     "BLOCK", "result", "sms", "es",
     [("Karla", "NAME"), ("Beto", "PROVIDER"), ("prueba de drogas", "PROCEDURE"), ("negativa", "RESULT"), ("metanfetamina", "MEDICATION")],
     ["substance-use"], "A negative drug-screen result is still a result; the substance screened is MEDICATION per README."),
    ("dq0045", "Hi, this message is for Walter Brooks. This is Denise with Valley Methadone Clinic transportation. Your ride tomorrow will arrive at 6:15 AM. Please call (859) 555-0193 with any questions.",
     "REWRITE", "reminder", "voice", "en",
     [("Walter Brooks", "NAME"), ("Denise", "PROVIDER"), ("Valley Methadone Clinic", "SPECIALTY"), ("(859) 555-0193", "PHONE")],
     ["substance-use", "practice-contact"], "A voicemail that names a methadone clinic reveals substance-use treatment (Part 2); the ride time survives."),
    ("dq0046", "Bowling night is back! The coordinator of our bowling league has reserved six lanes at Starlite Lanes this Friday at 7. Patients, families and staff all welcome; shoes are on us.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A league coordinator is not a care coordinator; a community event for everyone."),
    ("dq0047", "Sra. Hernández: su cita con la trabajadora social para la solicitud de ayuda de renta es el 22/05 a las 11:00. Número de caso: VIV-55021. Traiga su contrato de arrendamiento.",
     "REWRITE", "reminder", "sms", "es",
     [("Hernández", "NAME"), ("22/05", "DATE"), ("VIV-55021", "OTHER_ID")],
     ["general", "identifier"], "Name and case number are not needed (decision 5); rental help names no condition (decision 3)."),
    ("dq0048", "Hi Carla, it's Renee from Northside Hospital social work. Since your mother's Alzheimer's has progressed, Dr. Akers recommends memory care. I found two facilities that accept her Medicaid - can we talk today?",
     "BLOCK", "other", "sms", "en",
     [("Carla", "NAME"), ("Renee", "PROVIDER"), ("Alzheimer's", "CONDITION"), ("Dr. Akers", "PROVIDER"), ("memory care", "PROCEDURE")],
     ["home-health", "third-party"], "A third party's diagnosis, its progression and a care recommendation (decisions 6, 7)."),
)

# ---------------------------------------------------------------- batch 5 (dq0049-dq0060): caregivers and families
add(
    ("dq0049", "Subject: Caregiver Café - you're invited\n\nEvery second Tuesday, 6:00-7:30 pm, Community Room B. A relaxed social event for anyone caring for a family member: coffee, respite tips and a chance to talk with people who get it. No registration needed, and you're welcome to bring the person you care for.\n\nLakeview Senior Services",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "A caregiver group open to anyone, naming no condition (decision 3)."),
    ("dq0050", "Sra. Ofelia, le informamos que a su esposo Ramiro le aprobaron 20 horas semanales de cuidado en casa porque el Parkinson ya no le permite bañarse solo. La agencia la llamará esta semana.",
     "BLOCK", "other", "sms", "es",
     [("Ofelia", "NAME"), ("Ramiro", "NAME"), ("cuidado en casa", "PROCEDURE"), ("Parkinson", "CONDITION")],
     ["home-health", "third-party"], "The husband's diagnosis and functional decline sent to his wife: a third party's health (decision 6)."),
    ("dq0051", "Hi Mr. Abara, the respite program at Hope Haven Hospice has a weekend opening 10/4-10/5 so you can get some rest. Reply YES to hold it.",
     "REWRITE", "other", "sms", "en",
     [("Abara", "NAME"), ("Hope Haven Hospice", "SPECIALTY"), ("10/4", "DATE"), ("10/5", "DATE")],
     ["home-health", "third-party"], "The hospice name reveals the care recipient's situation but no condition, medication or result: REWRITE (decision 6); respite is not labelled (decision 3)."),
    ("dq0052", "Caregiver check-in from Faith Abernathy, Lakeview Senior Services: how are you holding up this week? If you'd like a call, reply CALL and I'll reach out tomorrow.",
     "ALLOW", "other", "sms", "en",
     [("Faith Abernathy", "PROVIDER")],
     ["general"], "A worker's check-in with her own name only (decision 1); 'Faith' here is a name, not a faith-based service."),
    ("dq0053", "Asunto: Taller para padres y respiro familiar\n\nEstimada Sra. Guzmán:\n\nLe escribe Paola Serrano, trabajadora social de Centro Infantil Arcoíris. Como hablamos, inscribimos a Mateo en el taller de habilidades sociales para niños con autismo, los sábados de 10 a 12 a partir del 7 de septiembre. Mientras él está en el taller, usted puede asistir al grupo de apoyo para padres. También pedimos a su seguro que apruebe más horas de terapia ABA; le avisaremos cuando respondan.\n\nCualquier pregunta, escríbame a pserrano@arcoiris.example.org o llame al (210) 555-0148.\n\nSaludos cordiales,\nPaola Serrano",
     "BLOCK", "other", "email", "es",
     [("Guzmán", "NAME"), ("Paola Serrano", "PROVIDER"), ("Centro Infantil Arcoíris", "SPECIALTY"), ("Mateo", "NAME"), ("autismo", "CONDITION"), ("7 de septiembre", "DATE"), ("terapia ABA", "PROCEDURE"), ("pserrano@arcoiris.example.org", "EMAIL"), ("(210) 555-0148", "PHONE"), ("Paola Serrano", "PROVIDER", 1)],
     ["pediatrics", "behavioral-health", "minor", "third-party", "practice-contact"], "A child's condition and therapy sent to the parent by e-mail: a dependent's condition is BLOCK (README); a children's center name is specialty-revealing (pediatrics)."),
    ("dq0054", "Faith-based food pantry at Grace Chapel is open Thursday 4-6 pm. No ID needed. Fresh produce and diapers while supplies last.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Faith' is a word here, not a name; a pantry open to all."),
    ("dq0055", "CareCircle: Nurse Ibrahim posted an update about Dorothy's wound care visit. Tap to read.",
     "REWRITE", "portal-notice", "push", "en",
     [("Nurse Ibrahim", "PROVIDER"), ("Dorothy", "NAME"), ("wound care", "PROCEDURE")],
     ["home-health", "third-party"], "A caregiver app's lock-screen push: the relative's name and visit type go, the notice survives (decision 6)."),
    ("dq0056", "Hi Sandra, reminder from the Family Caregiver Program: your dad's Eliquis was increased to 5 mg twice a day after the stroke, so please use the new pill box starting tonight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sandra", "NAME"), ("Eliquis", "MEDICATION"), ("stroke", "CONDITION")],
     ["cardiology", "third-party"], "A third party's medication, dose change and diagnosis; the dose is not right after the drug name so it stays outside the span."),
    ("dq0057", "Recuerde: el grupo de apoyo para cuidadores se reúne el miércoles 12 de marzo a las 6 pm en el salón parroquial. Habrá café y pan dulce.",
     "ALLOW", "reminder", "sms", "es",
     [("12 de marzo", "DATE")],
     ["general", "broadcast"], "A caregiver support group that names no condition (decision 3); a date is allowed."),
    ("dq0058", "Hello, this is Gerald Pike, community health worker with the Healthy Homes asthma program, returning your call about the free mattress covers and air purifier. I can drop them off Monday between 10 and noon. Call me back at (414) 555-0146. Thanks!",
     "REWRITE", "other", "voice", "en",
     [("Gerald Pike", "PROVIDER"), ("asthma", "CONDITION"), ("(414) 555-0146", "PHONE")],
     ["primary-care", "practice-contact"], "The program is labelled by a condition (decision 3); the drop-off and call-back survive without it."),
    ("dq0059", "Tyler's caseworker here. DCFS needs proof that Tyler (DOB 04/11/2015) finished his trauma therapy before the custody review on 5/2. Can you ask the clinic to fax it?",
     "BLOCK", "other", "sms", "en",
     [("Tyler", "NAME"), ("Tyler", "NAME", 1), ("04/11/2015", "DATE"), ("trauma therapy", "PROCEDURE"), ("5/2", "DATE")],
     ["behavioral-health", "minor", "third-party", "dob"], "A child's full date of birth with his name, plus his mental-health treatment, sent to a guardian."),
    ("dq0060", "Hola Sra. Quispe, mañana a las 10 la visita la enfermera de Cuidado en Casa Andino para enseñarle a usar el glucómetro. Si no puede, avísenos por aquí.",
     "REWRITE", "reminder", "sms", "es",
     [("Quispe", "NAME"), ("Cuidado en Casa Andino", "SPECIALTY"), ("glucómetro", "PROCEDURE")],
     ["home-health"], "Home-health agency name and the device (decision 10) reveal the service; the visit time survives."),
)

# ---------------------------------------------------------------- batch 6 (dq0061-dq0072): guardianship, courts, court liaisons
add(
    ("dq0061", "Subject: Guardianship hearing for your father\n\nDear Mr. Halvorsen,\n\nThe guardianship hearing for your father, Anders Halvorsen, is set for 11/14 at 1:30 PM in Probate Court, Room 4 (case no. PR-2025-00812). The court evaluator's report has been filed. It includes Dr. Mensah's capacity evaluation and confirms a diagnosis of moderate vascular dementia, so the judge is expected to grant a limited guardianship.\n\nPlease bring a photo ID. I will meet you outside the courtroom at 1:00.\n\nBest,\nLinnea Sorensen, MSW\nCourt Liaison, Fjord Valley Hospital\n(218) 555-0117",
     "BLOCK", "other", "email", "en",
     [("Mr. [[Halvorsen]]", "NAME"), ("Anders Halvorsen", "NAME"), ("11/14", "DATE"), ("PR-2025-00812", "OTHER_ID"), ("Dr. Mensah", "PROVIDER"), ("capacity evaluation", "PROCEDURE"), ("moderate", "RESULT"), ("vascular dementia", "CONDITION"), ("Linnea Sorensen, MSW", "PROVIDER"), ("(218) 555-0117", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "A parent's diagnosis and capacity finding inside a hearing notice; the docket number is OTHER_ID (decision 5), the capacity evaluation PROCEDURE and the severity RESULT (decisions 12, 14)."),
    ("dq0062", "Court liaison reminder: your hearing is Thu 10/9 at 9:00 AM at the County Courthouse, 2nd floor. Arrive 30 min early - there is a metal detector at the entrance. Questions: (318) 555-0156",
     "ALLOW", "reminder", "sms", "en",
     [("10/9", "DATE"), ("(318) 555-0156", "PHONE")],
     ["general", "practice-contact"], "A hearing date and the liaison's own line, nothing about why (decision 13)."),
    ("dq0063", "Sr. Camacho, la audiencia de internamiento involuntario de su hijo Iván es el 8 de enero. El psiquiatra va a declarar que sigue con psicosis y que no se toma la risperidona.",
     "BLOCK", "other", "sms", "es",
     [("Camacho", "NAME"), ("internamiento involuntario", "PROCEDURE"), ("Iván", "NAME"), ("8 de enero", "DATE"), ("psiquiatra", "SPECIALTY"), ("psicosis", "CONDITION"), ("risperidona", "MEDICATION")],
     ["behavioral-health", "third-party"], "A son's commitment hearing, condition and non-adherence sent to the father (decisions 6, 12)."),
    ("dq0064", "Hi Ms. Delacroix, the conservatorship paperwork for your brother is ready to sign at the Pinewood Behavioral Health front desk. Please bring a photo ID.",
     "REWRITE", "other", "sms", "en",
     [("Delacroix", "NAME"), ("Pinewood Behavioral Health", "SPECIALTY")],
     ["behavioral-health", "third-party"], "Only a specialty name links the brother to behavioral health; conservatorship alone is not labelled (decisions 6, 12)."),
    ("dq0065", "Scam alert: the county court will never call or text to demand payment for missed jury duty. Hang up and call the clerk's office number listed on the court's website.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A public-safety alert; 'duty', 'court' and 'clerk' say nothing about anyone's health."),
    ("dq0066", "Hola Leticia: le escribe el enlace judicial del Hospital San Lucas. La evaluación de capacidad que hizo el Dr. Ybarra el 2 de mayo concluyó que su mamá necesita ayuda con sus medicamentos por la demencia leve, pero puede seguir tomando sus propias decisiones. Por eso recomendamos un poder notarial en lugar de tutela. Le adjunto el informe.",
     "ALLOW", "other", "portal", "es",
     [("Leticia", "NAME"), ("evaluación de capacidad", "PROCEDURE"), ("Dr. Ybarra", "PROVIDER"), ("2 de mayo", "DATE"), ("demencia", "CONDITION"), ("leve", "RESULT")],
     ["primary-care", "third-party"], "Judgement: inside the secure portal (to the daughter's proxy account) the finding may stay; the same text by SMS would be BLOCK as a third party's health."),
    ("dq0067", "Drug court update for Jamal R.: last 3 UAs clean, still positive for THC on 6/3. Your case mgr will tell the judge Thurs.",
     "BLOCK", "result", "sms", "en",
     [("Drug court", "PROCEDURE"), ("Jamal R.", "NAME"), ("UAs", "PROCEDURE"), ("clean", "RESULT"), ("positive", "RESULT"), ("THC", "MEDICATION"), ("6/3", "DATE")],
     ["substance-use", "shorthand"], "Urine-screen results (Part 2); drug court is a substance-use program (decision 12)."),
    ("dq0068", "Probate Court Self-Help Center: the free guardianship orientation class is Sat 3/21, 10 AM-noon, Room 105. Bring your court paperwork.",
     "ALLOW", "reminder", "sms", "en",
     [("3/21", "DATE")],
     ["general"], "Guardianship alone names no condition (decision 12)."),
    ("dq0069", "Buenas tardes, Sr. Álvarez. La trabajadora social de la Unidad de Psiquiatría del Hospital Metropolitano quiere revisar con usted los papeles de tutela antes del alta de su hija. ¿Le queda bien el viernes a las 3?",
     "REWRITE", "other", "sms", "es",
     [("Álvarez", "NAME"), ("Unidad de Psiquiatría", "SPECIALTY")],
     ["behavioral-health", "third-party"], "A psychiatric unit is specialty-revealing (decision 11); a daughter's discharge logistics with only a specialty name is REWRITE (decision 6)."),
    ("dq0070", "Just in case: our office closes at noon on Friday for staff training. Case managers will be back Monday at 8.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'in case' and 'case managers' are not case files; an office-hours notice for everyone."),
    ("dq0071", "Subject: Paperwork for the guardianship hearing\n\nHello Mrs. Nakamura,\n\nThank you for agreeing to serve as your aunt's guardian. Before the hearing, the court needs a physician's certificate. Sunrise Memory Care has agreed to complete it; please pick it up at their front desk, 410 Alder Rd, Medford OR, any weekday 9-4, and bring it to our office.\n\nIf anything is unclear, I'm happy to go over it by phone.\n\nWarmly,\nTheo Marchetti\nGuardianship Program, Rogue Valley Senior Law\n(541) 555-0198",
     "REWRITE", "other", "email", "en",
     [("Nakamura", "NAME"), ("Sunrise Memory Care", "SPECIALTY"), ("410 Alder Rd, Medford OR", "ADDRESS"), ("Theo Marchetti", "PROVIDER"), ("(541) 555-0198", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "The facility name reveals the aunt's memory care (decision 3) but nothing else: REWRITE (decision 6); the facility's address is where to pick the form up (decision 4)."),
    ("dq0072", "Mensaje para Rosalinda Cruz, fecha de nacimiento 2 de julio de 1961, de parte del enlace judicial del Hospital Santa Teresa. Su audiencia de desalojo se pasó al 19 de agosto. Llame al (505) 555-0112.",
     "BLOCK", "reminder", "voice", "es",
     [("Rosalinda Cruz", "NAME"), ("2 de julio de 1961", "DATE"), ("19 de agosto", "DATE"), ("(505) 555-0112", "PHONE")],
     ["general", "dob", "practice-contact"], "A full date of birth with the name, left on a voicemail: BLOCK (README)."),
)

# ---------------------------------------------------------------- batch 7 (dq0073-dq0084): CHW check-ins and Medicaid care coordination
add(
    ("dq0073", "Hi! This is Imani with the Healthy Neighbors CHW program. Just checking in - anything you need this week? Food, rides, help with bills? Reply here anytime.",
     "ALLOW", "other", "sms", "en",
     [("Imani", "PROVIDER")],
     ["general"], "A CHW check-in that names no service for the recipient (decisions 1, 2)."),
    ("dq0074", "Hola Doña Petra, soy Ángela, su promotora de salud. Le recuerdo la clase para controlar la presión alta el jueves a las 5 en el centro comunitario. ¡No falte!",
     "REWRITE", "reminder", "sms", "es",
     [("Petra", "NAME"), ("Ángela", "PROVIDER"), ("presión alta", "CONDITION")],
     ["cardiology"], "The condition labels the class the recipient attends (decision 7); 'Doña' stays outside the name span like 'Don'."),
    ("dq0075", "Hi Kevin, your care coordinator from BlueRiver Medicaid here. The pharmacy let us know you haven't filled your Biktarvy since March. Everything ok? Missing doses can let the virus come back.",
     "BLOCK", "other", "sms", "en",
     [("Kevin", "NAME"), ("Biktarvy", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy"], "Adherence outreach naming an HIV drug with a clinical warning: the treatment is the message."),
    ("dq0076", "MedCare Plus Care Management: Hi Lorraine, reminder about your diabetic eye exam referral. Call Clearwater Eye Associates at (352) 555-0172 to book; your plan covers it at $0.",
     "REWRITE", "recall", "sms", "en",
     [("Lorraine", "NAME"), ("diabetic eye exam", "PROCEDURE"), ("Clearwater Eye Associates", "SPECIALTY"), ("(352) 555-0172", "PHONE")],
     ["ophthalmology", "practice-contact"], "A condition-named exam and an eye practice name go; the referral practice's phone is its own contact (decision 4)."),
    ("dq0077", "Aviso: el coordinador de nuestra liga de boliche dice que el torneo benéfico es el próximo sábado. ¡Inscríbase en la recepción!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "A bowling-league coordinator and a charity tournament, not care coordination or benefits."),
    ("dq0078", "Subject: Checking in after your ER visit\n\nHi Ms. Whitaker,\n\nI'm your care coordinator with Keystone Medicaid Health Plan. I saw that you were in the ER at Bellmont Hospital last week for chest pain. The good news is that your heart tests were normal, but your cholesterol came back high (LDL 188), and Dr. Ng would like you to start atorvastatin 40 mg at bedtime. I've set up a follow-up with Dr. Ng on 3/17 at 9:15 AM and a ride to get there.\n\nIf you have trouble getting the prescription, let me know and I'll call the pharmacy. Your plan also covers rides to all of your appointments and a monthly grocery card for members; just reply if you'd like me to set up either one.\n\nTake care,\nJoanne Pruett, RN, Care Coordinator\n(717) 555-0108",
     "BLOCK", "result", "email", "en",
     [("Whitaker", "NAME"), ("chest pain", "CONDITION"), ("heart tests", "PROCEDURE"), ("normal", "RESULT"), ("cholesterol", "PROCEDURE"), ("high", "RESULT"), ("LDL", "PROCEDURE"), ("188", "RESULT"), ("Dr. Ng", "PROVIDER"), ("atorvastatin 40 mg", "MEDICATION"), ("Dr. Ng", "PROVIDER", 1), ("3/17", "DATE"), ("Joanne Pruett, RN", "PROVIDER"), ("(717) 555-0108", "PHONE")],
     ["cardiology", "practice-contact"], "Results, a symptom and a new medication with dosing in a long care-coordination e-mail."),
    ("dq0079", "MedCare Plus: your care coordinator has changed. Your new coordinator is Faith Abernathy, (405) 555-0139, Mon-Fri 8:30-5. No action is needed.",
     "ALLOW", "other", "sms", "en",
     [("Faith Abernathy", "PROVIDER"), ("(405) 555-0139", "PHONE")],
     ["general", "practice-contact"], "The new coordinator is workforce (decision 1) and her line is the plan's contact."),
    ("dq0080", "Sra. Montoya, su coordinadora de Medicaid le informa que su hija Daniela tiene cita en la Clínica de Salud Reproductiva Aurora para su implante anticonceptivo el 2/10 a las 4 pm.",
     "BLOCK", "reminder", "sms", "es",
     [("Montoya", "NAME"), ("Daniela", "NAME"), ("Clínica de Salud Reproductiva Aurora", "SPECIALTY"), ("implante anticonceptivo", "MEDICATION"), ("2/10", "DATE")],
     ["reproductive", "minor", "third-party"], "A daughter's contraceptive (MEDICATION, like birth control) sent to her parent: a dependent's medication is BLOCK (README)."),
    ("dq0081", "Hi Benny, it's CHW Tasha. The mobile van is doing free hep C testing at your building Friday 1-4, and you're on my list since you asked about it last month. Want me to save you a slot?",
     "REWRITE", "other", "sms", "en",
     [("Benny", "NAME"), ("CHW Tasha", "PROVIDER"), ("hep C testing", "PROCEDURE")],
     ["lab", "contrast"], "The test is offered to this recipient because of their own request: REWRITE (decision 8, contrast with dq0082)."),
    ("dq0082", "Free hep C and HIV testing this Friday 1-4 pm in the lobby of Maple Court Apartments. Confidential, no insurance needed, and a $20 grocery card for everyone tested.",
     "ALLOW", "marketing", "sms", "en", [],
     ["hiv-sexual-health", "hard-negative", "broadcast", "contrast"], "A broadcast to every resident says nothing about the recipient (README broadcasts; decision 8, contrast with dq0081)."),
    ("dq0083", "Hola, Sr. Benítez. Su coordinador de cuidados, Lic. Fabián Rosales, lo llamará el 5 de noviembre para revisar su plan después de la cirugía de bypass. Su número de afiliado: 8812204-01.",
     "REWRITE", "reminder", "sms", "es",
     [("Benítez", "NAME"), ("Lic. Fabián Rosales", "PROVIDER"), ("5 de noviembre", "DATE"), ("cirugía de bypass", "PROCEDURE"), ("8812204-01", "HEALTH_PLAN_ID")],
     ["cardiology", "identifier"], "Name, procedure and member number go (decision 5); the call date and coordinator survive."),
    ("dq0084", "Healthy Neighbors is closed Monday for the holiday. For after-hours help finding local resources, dial 211. In an emergency, call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "211 and 911 are not phone identifiers; a closure notice for everyone."),
)

# ---------------------------------------------------------------- batch 8 (dq0085-dq0096): food programs, medically tailored meals, WIC
add(
    ("dq0085", "Hi Mrs. Gallagher, your medically tailored meals (low-sodium, renal) start Monday. Delivery window 11-2 at 58 Birchwood Dr, Unit B, Toledo OH 43612. Reply HOLD to pause a week.",
     "REWRITE", "confirmation", "sms", "en",
     [("Gallagher", "NAME"), ("renal", "CONDITION"), ("58 Birchwood Dr, Unit B, Toledo OH 43612", "ADDRESS")],
     ["dialysis"], "A renal diet reveals kidney disease (decision 9); the home address goes (decision 4); 'medically tailored meals' and 'low-sodium' alone are not labelled."),
    ("dq0086", "Recordatorio de WIC: recoja sus beneficios el día indicado en su carta. Traiga su tarjeta eWIC y un comprobante de domicilio.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "Judgement (decision 3): WIC is a nutrition benefit, not a clinical service; nothing names a pregnancy or a child's health."),
    ("dq0087", "Fresh Start Food Pharmacy: Hi Aisha, the dietitian reviewed your food log. Your A1c went from 9.1 to 7.8 - great job! Keep carbs around 45g per meal.",
     "BLOCK", "result", "sms", "en",
     [("Aisha", "NAME"), ("A1c", "PROCEDURE"), ("9.1", "RESULT"), ("7.8", "RESULT")],
     ["primary-care", "contrast"], "Lab values and a diet instruction; good news is still a result (contrast with dq0088 from the same program)."),
    ("dq0088", "Fresh Start Food Pharmacy: your produce box is ready for pickup Thursday 3-6 pm at the side entrance. Reply SKIP if you can't make it this week.",
     "ALLOW", "pickup", "sms", "en", [],
     ["general", "hard-negative", "contrast"], "A 'food pharmacy' produce pickup is not a prescription pickup; generic '... Pharmacy' names are not labelled (README)."),
    ("dq0089", "Asunto: Su programa de comidas a domicilio\n\nEstimado Sr. Villanueva:\n\nLe escribe Ximena Duarte, coordinadora del programa de comidas para pacientes con insuficiencia cardíaca de Red de Salud del Norte. Según lo que nos reportó ayer, su peso subió 3 kilos en una semana, lo que puede indicar retención de líquidos. Por favor llame hoy mismo a su cardiólogo y, mientras tanto, evite la sopa enlatada que venía en la caja de esta semana; ya la cambiamos por opciones bajas en sal.\n\nLa próxima entrega será el martes, como siempre.\n\nAtentamente,\nXimena Duarte\n(623) 555-0153",
     "BLOCK", "care-instructions", "email", "es",
     [("Villanueva", "NAME"), ("Ximena Duarte", "PROVIDER"), ("insuficiencia cardíaca", "CONDITION"), ("3 kilos", "RESULT"), ("retención de líquidos", "CONDITION"), ("cardiólogo", "SPECIALTY"), ("Ximena Duarte", "PROVIDER", 1), ("(623) 555-0153", "PHONE")],
     ["cardiology", "practice-contact"], "A weight change read as a clinical finding and an urgent instruction; the meal program is labelled by the condition (decision 3)."),
    ("dq0090", "Food bank delivery on the way! Your driver, Omar, will arrive between 2 and 4 pm today.",
     "ALLOW", "other", "push", "en",
     [("Omar", "PROVIDER")],
     ["general"], "The driver is the program's workforce (decision 1); a food delivery names no condition (decision 3)."),
    ("dq0091", "Reminder, Ms. Farrow: your gluten-free pantry box for celiac disease is ready at Westgate Food Bank. Pickup code 4471.",
     "REWRITE", "pickup", "sms", "en",
     [("Farrow", "NAME"), ("celiac disease", "CONDITION")],
     ["primary-care"], "The condition the box is for goes (decision 9); the pickup code identifies a box, not the person (decision 5)."),
    ("dq0092", "Hola Sra. Paz, su caja de alimentos para embarazadas ya está lista en la despensa del centro de salud. Pase el viernes de 9 a 1.",
     "REWRITE", "pickup", "sms", "es",
     [("Paz", "NAME"), ("embarazadas", "CONDITION")],
     ["reproductive"], "A box 'for pregnant women' reveals the recipient's pregnancy (decision 9); the pickup survives."),
    ("dq0093", "Thanks for signing up for the Thanksgiving turkey giveaway! Pick yours up at Lot C on Tue 11/25, 10am-1pm. - Northfield Health Center Community Team",
     "ALLOW", "pickup", "sms", "en",
     [("11/25", "DATE")],
     ["general"], "A community giveaway with a date; nothing clinical."),
    ("dq0094", "Hi Ron, food pantry intake here. Since you started dia\u200blysis your potassium was 6.1 last week, so Dr. Pruitt asked us to leave bananas and OJ out of your box.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ron", "NAME"), ("dia\u200blysis", "PROCEDURE"), ("potassium", "PROCEDURE"), ("6.1", "RESULT"), ("Dr. Pruitt", "PROVIDER")],
     ["dialysis"], "A lab value and a diet restriction; a zero-width space splits 'dialysis' (disguise)."),
    ("dq0095", "¡Gracias por donar una caja de agua para la colecta de alimentos! 💧 Con su ayuda llenamos 200 despensas esta semana.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'caja de agua' is a case of water, not a case file; a thank-you with nothing about the recipient."),
    ("dq0096", "Subject: Welcome to Produce Prescription\n\nDear Mr. Oyelaran,\n\nWelcome to the Produce Prescription program at Cedar Valley Community Health! Because you were referred by our hypertension clinic, you'll receive $40 a month in vouchers for fresh fruits and vegetables at the Saturday farmers market and at Lindley's Grocery. Your voucher card number is 6035 7711 2094 3381; keep it with you when you shop.\n\nCooking-on-a-budget classes meet the first Wednesday of each month at 5:30 PM in the Community Room.\n\nQuestions? Call the Community Health Team at (319) 555-0106.\n\nCedar Valley Community Health",
     "REWRITE", "other", "email", "en",
     [("Oyelaran", "NAME"), ("hypertension", "CONDITION"), ("6035 7711 2094 3381", "ACCOUNT"), ("(319) 555-0106", "PHONE")],
     ["cardiology", "practice-contact", "identifier"], "The referring clinic's condition label, the name and the voucher card number go (decisions 5, 7); 'Prescription' in the program name is generic."),
)

# ---------------------------------------------------------------- batch 9 (dq0097-dq0108): follow-ups after hospital stays, disguises
add(
    ("dq0097", "Hi Lena, ur p s y c h intake after discharge is Mon 8/18 @ 9am. Ride's booked, driver will call when outside.",
     "REWRITE", "reminder", "sms", "en",
     [("Lena", "NAME"), ("p s y c h", "SPECIALTY"), ("8/18", "DATE")],
     ["behavioral-health", "spaced", "shorthand"], "A spaced-out specialty word (disguise) and the name go; date, time and ride survive."),
    ("dq0098", "Sr. Ochoa, el albergue necesita una carta de su médico que diga que está en tratamiento con m3t4d0na y que su último examen de orina salió negativo.",
     "BLOCK", "other", "sms", "es",
     [("Ochoa", "NAME"), ("m3t4d0na", "MEDICATION"), ("examen de orina", "PROCEDURE"), ("negativo", "RESULT")],
     ["substance-use", "leet"], "Methadone treatment written in leetspeak (disguise) plus a urine-screen result (Part 2)."),
    ("dq0099", "Ms. Ruiz, your Subox\u043ene is ready for pickup at Riverside Pharmacy. Bring the shelter letter so we can waive the copay.",
     "REWRITE", "pickup", "sms", "en",
     [("Ruiz", "NAME"), ("Subox\u043ene", "MEDICATION")],
     ["substance-use", "pharmacy"], "A pickup notice with a drug name, written with a Cyrillic 'o' (disguise); the pickup survives without name and drug."),
    ("dq0100", "Subject: Resources we talked about\n\nHello,\n\nIt was good to meet you during your stay at Mercy General. As promised, here are the resources we discussed:\n\n- Food: Eastside Community Pantry, 14 Dover St, open Tue/Thu 10-2\n- Rides to appointments: call the Medicaid ride line at (330) 555-0111 at least 2 days ahead\n- Help with utility bills: apply at energyhelp.example.org\n- Free tax help and benefits screening: the public library, Saturdays\n- Trouble with your landlord: Metro Legal Aid, (330) 555-0163, walk-in hours on Wednesdays\n- An interpreter for any of these calls: just ask for one when you call, it is free\n\nI have also mailed a paper copy of this list to you, in case e-mail is hard to get to. Please call me if anything changes or if you have trouble reaching any of these programs.\n\nWarm regards,\nIngrid Solberg, MSW\nSocial Work Department, Mercy General Hospital\n(330) 555-0140",
     "ALLOW", "other", "email", "en",
     [("14 Dover St", "ADDRESS"), ("(330) 555-0111", "PHONE"), ("energyhelp.example.org", "URL"), ("(330) 555-0163", "PHONE"), ("Ingrid Solberg, MSW", "PROVIDER"), ("(330) 555-0140", "PHONE")],
     ["general", "practice-contact"], "A long resource list after a general-hospital stay (decision 11); agencies' addresses, lines and sites are contact details (decision 4)."),
    ("dq0101", "Hola Maribel, te escribe Sonia de trabajo social. Tu mamá salió del hospital con oxígeno y el doctor dice que su EPOC está más avanzado, así que necesita a alguien con ella las 24 horas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Maribel", "NAME"), ("Sonia", "PROVIDER"), ("oxígeno", "MEDICATION"), ("EPOC", "CONDITION"), ("más avanzado", "RESULT")],
     ["home-health", "third-party"], "A mother's diagnosis, its progression (RESULT, decision 14) and oxygen therapy sent to her daughter."),
    ("dq0102", "Post-discharge check-in from St. Brendan's: reply 1 if your follow-up appointment is already scheduled, 2 if you need help booking it, or 3 if you need a ride.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Discharge from a general hospital and a generic follow-up reveal nothing (decision 11)."),
    ("dq0103", "This is a message for Henry Castillo from the transitions-of-care team at Bayview Hospital. After your stay for pneumonia, we'd like to confirm your follow-up with Dr. Greer on September 3rd at 2:15. Please call us at (206) 555-0107.",
     "REWRITE", "confirmation", "voice", "en",
     [("Henry Castillo", "NAME"), ("pneumonia", "CONDITION"), ("Dr. Greer", "PROVIDER"), ("September 3rd", "DATE"), ("(206) 555-0107", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement (decision 7): the diagnosis only labels the past stay; the confirmation survives without it and the name."),
    ("dq0104", "St. Agnes Hospital Social Work: we'll call you tomorrow between 10 and 12 to see how you're doing since you got home. Prefer another time? Reply TIME.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A social-work call-back after a general-hospital stay names nothing (decisions 2, 11)."),
    ("dq0105", "Your 30-day readmission risk score is HIGH (0.42) based on your heart failure and recent ER visits. A nurse from the care team will call to review your diuretic dose.",
     "BLOCK", "result", "sms", "en",
     [("readmission risk score", "PROCEDURE"), ("HIGH", "RESULT"), ("0.42", "RESULT"), ("heart failure", "CONDITION"), ("diuretic", "MEDICATION")],
     ["cardiology"], "A score is a measure and its value a RESULT (README); with a diagnosis and a drug class it is clinical content."),
    ("dq0106", "Hi Mr. Bui, the cane and shower chair ordered at your discharge will be delivered Tue 1/13 between 9 and 1 by Apex Medical Supply. Serial # for the cane: AMS-70214.",
     "REWRITE", "confirmation", "sms", "en",
     [("Bui", "NAME"), ("cane", "PROCEDURE"), ("shower chair", "PROCEDURE"), ("1/13", "DATE"), ("cane", "PROCEDURE", 1), ("AMS-70214", "DEVICE_ID")],
     ["home-health", "identifier"], "Devices are PROCEDURE and their serial DEVICE_ID (decision 10); the delivery window survives."),
    ("dq0107", "Asunto: Seguimiento después de su hospitalización\n\nEstimada Sra. Cárdenas:\n\nEspero que se encuentre mejor en casa. Le escribo para confirmar que la trabajadora social de la Clínica de Cuidados Paliativos Serena la visitará el jueves 16 de octubre a las 11:00 para revisar los trámites pendientes: la solicitud de ayuda para la luz, el transporte a sus citas y los papeles del poder médico. Si ese día no le conviene, responda a este correo o llame al (480) 555-0175.\n\nAtentamente,\nCoordinación de Casos\nHospital del Desierto",
     "REWRITE", "confirmation", "email", "es",
     [("Cárdenas", "NAME"), ("Clínica de Cuidados Paliativos Serena", "SPECIALTY"), ("16 de octubre", "DATE"), ("(480) 555-0175", "PHONE")],
     ["home-health", "practice-contact"], "A palliative-care name reveals serious illness; the visit and the paperwork list (utility help, rides, health-care proxy) survive (decision 3)."),
    ("dq0108", "Heads up: Housing First Street is closed for repaving this week, so the mobile clinic will park behind the library instead. Same hours, same services.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Housing First Street' is a street, not a housing program; no number, so no address of anyone."),
)

# ---------------------------------------------------------------- batch 10 (dq0109-dq0120): mixed programs, perinatal, HIV case management, rent help
add(
    ("dq0109", "Sr. Ledesma, su trabajador social de la clínica de trasplante renal le consiguió el vale de gasolina. Recójalo en recepción con su número de expediente 00918273.",
     "REWRITE", "pickup", "sms", "es",
     [("Ledesma", "NAME"), ("trasplante renal", "PROCEDURE"), ("00918273", "MRN")],
     ["dialysis", "identifier"], "The transplant program label, name and chart number go; the gas voucher pickup survives (decisions 3, 5)."),
    ("dq0110", "FYI from your Medicaid care team: your son Eli's lead level came back at 14, so the health department will visit your home to check the paint. Please keep him off the porch until then.",
     "BLOCK", "result", "sms", "en",
     [("Eli", "NAME"), ("lead level", "PROCEDURE"), ("14", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A child's test result sent to the parent: a dependent's result is BLOCK (README)."),
    ("dq0111", "Clínica Comunitaria Esperanza ofrece ayuda gratuita para llenar solicitudes de vivienda, SNAP y Medicaid todos los martes. Llame al (956) 555-0124 para apartar su turno.",
     "ALLOW", "marketing", "sms", "es",
     [("(956) 555-0124", "PHONE")],
     ["general", "broadcast", "practice-contact"], "An application-help service for everyone; benefits name no condition (decision 3)."),
    ("dq0112", "Hi Janelle, this is Courtney, perinatal social worker at Riverbend Women's Health. Your car seat voucher is ready - grab it at your 32-week prenatal visit on 4/29.",
     "REWRITE", "pickup", "sms", "en",
     [("Janelle", "NAME"), ("Courtney", "PROVIDER"), ("perinatal", "SPECIALTY"), ("Riverbend Women's Health", "SPECIALTY"), ("32-week prenatal", "PROCEDURE"), ("4/29", "DATE")],
     ["reproductive"], "The role qualifier, the women's-health name and the visit type reveal pregnancy (decisions 2, 14); the voucher pickup and date survive."),
    ("dq0113", "Nayeli, soy Irma del Centro de Salud Del Río. Tu prueba de embarazo salió positiva. Ya hablé con el albergue y te guardan la cama; ven mañana para tu primera consulta prenatal.",
     "BLOCK", "result", "sms", "es",
     [("Nayeli", "NAME"), ("Irma", "PROVIDER"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("prenatal", "PROCEDURE")],
     ["reproductive"], "A pregnancy test result by text; the shelter bed is not the problem, the result is."),
    ("dq0114", "Open enrollment reminder: review your benefit options before the deadline. Not sure which plan fits your family? Our navigators can help for free, Monday to Friday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'benefit options' and 'navigators' are insurance-enrollment words, not health information about anyone."),
    ("dq0115", "Buenas tardes, este mensaje es para el señor Aurelio Campos. Le habla Verónica, del programa de manejo de casos de VIH de Clínica Horizonte. Por favor devuélvame la llamada al (323) 555-0189 para terminar su solicitud de ayuda de renta.",
     "REWRITE", "other", "voice", "es",
     [("Aurelio Campos", "NAME"), ("Verónica", "PROVIDER"), ("VIH", "CONDITION"), ("(323) 555-0189", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "The program is labelled by the condition (decision 3); the call-back request survives without it and the name."),
    ("dq0116", "Lakeview Senior Services: a volunteer from our Friendly Caller program will phone you on Wednesdays at 10 AM. To change the day or time, call (608) 555-0188.",
     "ALLOW", "other", "sms", "en",
     [("(608) 555-0188", "PHONE")],
     ["general", "practice-contact"], "A social-call program names no condition (decision 3)."),
    ("dq0117", "Subject: Quarterly guardian report - Evelyn Grady\n\nDear Mr. Grady,\n\nAs your mother's court-appointed co-guardian, you are receiving a copy of the quarterly report filed for Evelyn Grady, age 94. Highlights: her weight is down to 98 lb, she was evaluated by Brightwater Hospice on 1/9 and admitted for end-stage COPD, and her Medicaid long-term care benefit was renewed. The court's next review is in April.\n\nPlease sign the acknowledgment page and return it by mail.\n\nSincerely,\nMarcia Boyle, NMG\nBoyle Guardianship Services\n(573) 555-0120",
     "BLOCK", "other", "email", "en",
     [("Evelyn Grady", "NAME"), ("Mr. [[Grady]]", "NAME"), ("Evelyn Grady", "NAME", 1), ("94", "AGE"), ("98 lb", "RESULT"), ("Brightwater Hospice", "SPECIALTY"), ("1/9", "DATE"), ("end-stage", "RESULT"), ("COPD", "CONDITION"), ("Marcia Boyle, NMG", "PROVIDER"), ("(573) 555-0120", "PHONE")],
     ["home-health", "third-party", "age-over-89", "practice-contact"], "A mother's weight, diagnosis and hospice admission, with an age over 89, sent to her son by e-mail (decisions 6, 14)."),
    ("dq0118", "Reminder: your appointment with case manager Irene Palau is Monday 6/2 at 9:30 AM at the Social Services office, 77 Central Ave, Room 3. Bring your lease and your last two pay stubs.",
     "ALLOW", "reminder", "sms", "en",
     [("case manager Irene Palau", "PROVIDER"), ("6/2", "DATE"), ("77 Central Ave, Room 3", "ADDRESS")],
     ["general", "practice-contact"], "A case-management appointment with the worker's name and office address (decisions 1, 4)."),
    ("dq0119", "hola q tal, soy Rafa de la clinica de metadona. ya tenemos tu pase de autobus del mes, pasa x el cuando vengas a dosificar",
     "REWRITE", "pickup", "sms", "es",
     [("Rafa", "PROVIDER"), ("metadona", "MEDICATION"), ("dosificar", "PROCEDURE")],
     ["substance-use", "shorthand", "typo"], "A drug used as a clinic label and the dosing visit reveal Part 2 care; the bus-pass pickup survives. Judgement: 'dosificar' (coming to dose) is a visit type."),
    ("dq0120", "Your Emergency Rental Assistance application was received on 3/4. Decisions usually take 10-15 business days. This mailbox is not monitored; please do not reply.",
     "ALLOW", "other", "sms", "en",
     [("3/4", "DATE")],
     ["general"], "Rental assistance names no condition (decision 3); the receipt date is allowed (decision 13)."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "dq", "probe118.jsonl")
