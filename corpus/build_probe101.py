#!/usr/bin/env python3
"""Build corpus/probe101.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe101.py [OUT] [-v]   (default: probe101.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus, test or source file was read.

This round is URGENT CARE, RETAIL CLINICS AND OCCUPATIONAL HEALTH: what urgent-care chains,
pharmacy-based retail clinics, on-site employer clinics and occupational-health services send —
virtual-line and "your room is ready" texts, visit summaries and follow-up call-backs, strep, flu
and COVID results, work injuries and return-to-work notes, workers' comp billing, DOT physicals,
drug and alcohol testing, respirator fit tests, titers, TB tests, audiograms and vaccines for
employers, retail-clinic pickups and promotions — mixing messages that reveal the recipient's
condition, test, drug or injury with neutral ones and look-alikes ("URGENT: your order shipped",
a board game called Strep Wars, a positive attitude, a cracked phone screen, a basketball
shooting clinic, Dr Pepper in the break room, a nurse named Sterling Cross). 120 messages, 20%
Spanish, 4 disguised (leet, Cyrillic look-alike, spaced letters, zero-width spaces).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "grows [[strep]]" searches for "grows strep"
      and labels only the bracketed part "strep".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. "Urgent care" / "urgencias" — the word or a practice name containing it — is SPECIALTY
     (DESIGN lists urgent care among the services whose visit type reveals the condition), so a
     wait-list or follow-up text naming an urgent-care centre is REWRITE. A walk-in or retail
     clinic name without a specialty word ("Harbor Walk-In Clinic", "HealthSpot Clinic",
     "Clínica Express", "QuickCare") is generic like "... Clinic", and is not labelled.
  2. "Occupational health/medicine" (and "Salud Ocupacional", "Salud Laboral") — the word or a
     practice name containing it — is SPECIALTY: it reveals a work injury or an employer-ordered
     exam. An employer's on-site clinic or "Employee Health" office is generic.
  3. Occupational tests and named exams are PROCEDURE: DOT physical, DOT medical card / MEC,
     drug screen, breath alcohol test, DOT random test, respirator fit test, fit-for-duty
     evaluation, return-to-work visit or note, audiogram, TB skin test, titers. A bare
     "physical", including "pre-employment physical" and a school or sports physical, stays
     generic like "annual physical".
  4. Work status determinations and restrictions (modified duty, no lifting over 10 kg,
     removed from safety-sensitive duty, regular duty with no restrictions, a DOT certification
     shortened to 1 year) are findings: RESULT, and the message is BLOCK off the portal.
  5. An employer, HR, supervisor or DER as recipient is a third party: a message naming an
     employee with a test, injury or result is BLOCK. The employer contact's own name
     ("Hi Dale", "Ms. Grant") is not a patient or family member and is not labelled.
  6. "Workers' comp" as a payer is not labelled; workers' comp claim numbers and drug-test
     donor-pass / chain-of-custody numbers are OTHER_ID; a medical examiner's certificate number
     is LICENSE; a masked SSN (xxx-xx-4471) is still an SSN span.
  7. Not labelled: vaccine lot numbers, pharmacy store numbers, call-back reference numbers,
     places in a virtual line, an employer's own account number with the clinic.
  8. A named test whose results are "back"/"ready" with no value given is REWRITE (the test
     name goes); any value, including negative or "not detected", is BLOCK.
  9. A dependent's logistics naming a procedure or device (splint check, sling) but no
     condition, drug or result is REWRITE like the patient's own.
 10. An organism grown in a culture and its resistance are RESULT (findings); a CPT code on a
     bill is PROCEDURE (it names the procedure).
 11. A reason for visit echoed in a check-in or booking confirmation ("sore throat, fever",
     "UTI symptoms") is CONDITION, REWRITE.
 12. A follow-up call that only names the symptom is REWRITE; with dosing it is BLOCK.
 13. Broadcasts to all patients or all employees that mention tests, vaccines or conditions
     (fit-testing days, flu-shot days, hearing-test vans, "Pink eye? Rash?" promotions) carry
     no span, as the README's broadcast rule says; only the practice's contact details are
     labelled.
 14. Tests named without a head word in a list ("baseline HIV, hepatitis B and hepatitis C
     labs") are one PROCEDURE span each, "labs" outside; PharmD, NP, FNP and RN are generic
     credentials (PROVIDER span only).
 15. Service tags: occupational-health visits and injury care use `urgent-care`, drug and
     alcohol testing `lab`, retail clinics inside pharmacies `pharmacy`, employer on-site
     clinics and Employee Health `primary-care`, non-clinical notices `general`.

Everything is invented: names, practices, employers, 555-01xx numbers, example domains and
identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cz0001-cz0012): virtual lines, "your room is ready"
add(
    ("cz0001", "Harbor Walk-In Clinic: You're checked in! Estimated wait is 35 min. We'll text you when your room is ready. Reply L if you need to leave the line.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care"], "Wait-list text from a walk-in clinic whose name carries no specialty word (decision 1); wait time only."),
    ("cz0002", "Your room is ready! Please return to the front desk at Lakeside Urgent Care within 10 minutes or you may lose your spot.",
     "REWRITE", "other", "sms", "en",
     [("Lakeside Urgent Care", "SPECIALTY")],
     ["urgent-care"], "Judgement (decision 1): an urgent-care practice name is specialty-revealing (DESIGN lists urgent care); the room-ready notice survives without it."),
    ("cz0003", "Pinecrest Medical update: 2 patients ahead of you, approx. 20 min. Reply STATUS anytime to see your place in line.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care"], "Queue position and wait time say nothing about the recipient's health (decision 7)."),
    ("cz0004", "hi its Marisol at the front desk, ur up next!! come on back to room 4 😊",
     "ALLOW", "other", "sms", "en",
     [("Marisol", "PROVIDER")],
     ["urgent-care", "shorthand"], "Staff member named as the sender is PROVIDER (README); room number is not an identifier."),
    ("cz0005", "Kendra, you're next in line at SwiftCare Urgent Care - Oak Ridge. Please be back in the lobby by 3:40 PM.",
     "REWRITE", "other", "sms", "en",
     [("Kendra", "NAME"), ("SwiftCare Urgent Care", "SPECIALTY")],
     ["urgent-care"], "Patient name and urgent-care name go (decision 1); the location suffix and the time survive."),
    ("cz0006", "Skip the waiting room: save your spot online before you come in at checkin.pinecrestmed.example. Walk-ins welcome 8am-8pm, 7 days a week.",
     "ALLOW", "marketing", "sms", "en",
     [("checkin.pinecrestmed.example", "URL")],
     ["urgent-care", "practice-contact", "broadcast"], "The practice's own check-in site; broadcast with nothing about the recipient."),
    ("cz0007", "Lo sentimos, la espera en Clínica Express Las Palmas ahorita es de aprox. 90 min. Puede esperar en su carro, le mandamos un texto cuando su cuarto esté listo.",
     "ALLOW", "other", "sms", "es", [],
     ["urgent-care"], "Generic walk-in clinic name (decision 1) and a wait time only."),
    ("cz0008", "You left the line at Summit Urgent Care before being seen. If your symptoms get worse or you think it's an emergency, call 911. Rejoin anytime at summituc.example.",
     "REWRITE", "other", "sms", "en",
     [("Summit Urgent Care", "SPECIALTY"), ("summituc.example", "URL")],
     ["urgent-care", "practice-contact"], "Urgent-care name goes (decision 1); 911 is not a phone identifier and the practice's own URL stays."),
    ("cz0009", "URGENT: your order has shipped! It should arrive by Thursday. Questions? Reply HELP. - Greenleaf Home Goods",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'URGENT' in a retail shipping notice; no health content."),
    ("cz0010", "Hello, this is Pinecrest Walk-In calling for Theodore. Your exam room is ready. Please come back inside and check in at the front desk. Again, your exam room is ready.",
     "REWRITE", "other", "voice", "en",
     [("Theodore", "NAME")],
     ["urgent-care"], "Voice is treated like SMS (overheard); the patient's name goes, the room-ready notice survives."),
    ("cz0011", "Tu lugar en la fila virtual: #5. Tiempo estimado: 25 minutos. Responde SALIR si ya no necesitas que te atiendan. – Clínica Familiar Del Valle",
     "ALLOW", "other", "sms", "es", [],
     ["urgent-care", "hard-negative"], "A place in a virtual line is not an identifier (decision 7); generic clinic name."),
    ("cz0012", "Thanks for checking in online! Reason for visit: sore throat, fever. Please arrive at Brookside Walk-In by 2:15 PM and bring your insurance card.",
     "REWRITE", "confirmation", "sms", "en",
     [("sore throat", "CONDITION"), ("fever", "CONDITION")],
     ["urgent-care"], "Judgement (decision 11): the echoed reason for visit is the recipient's symptoms; the arrival time survives."),
)


# ---------------------------------------------------------------- batch 2 (cz0013-cz0024): visit summaries, follow-up call-backs
add(
    ("cz0013", "Dear Mr. Abernathy,\n\nThank you for choosing Crossroads Urgent Care on 11/18. Below is a summary of your visit.\n\nDiagnosis: acute bronchitis\nPrescribed: benzonatate 100 mg, 1 capsule by mouth three times a day as needed for cough\nInstructions: rest, plenty of fluids, honey in warm tea, and a humidifier at night. Come back if you are not better in 7 days or if you feel worse.\n\nYour full after-visit summary and any test results are in the patient portal at portal.crossroadsuc.example. If you have questions, our nurses are available at (614) 555-0131.\n\nWishing you a quick recovery,\nThe Crossroads Urgent Care Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Abernathy", "NAME"), ("Crossroads Urgent Care", "SPECIALTY"), ("11/18", "DATE"), ("acute bronchitis", "CONDITION"),
      ("benzonatate 100 mg", "MEDICATION"), ("cough", "CONDITION"), ("portal.crossroadsuc.example", "URL"), ("(614) 555-0131", "PHONE"),
      ("Crossroads Urgent Care", "SPECIALTY", 1)],
     ["urgent-care", "practice-contact"], "After-visit summary by e-mail: the diagnosis and dosing are the message. E-mail is treated like SMS (README)."),
    ("cz0014", "Hi, this is Renee, RN from Brookside Walk-In following up on your visit yesterday. How are you feeling? Call us back at (614) 555-0134 if you have any questoins.",
     "ALLOW", "other", "sms", "en",
     [("Renee, RN", "PROVIDER"), ("(614) 555-0134", "PHONE")],
     ["urgent-care", "practice-contact", "typo"], "Follow-up call-back with the nurse's name and the practice phone; no condition named, generic walk-in name."),
    ("cz0015", "Follow-up from Dr. Okafor's team: is your ankle swelling any better since Saturday? If it isn't improving, we'd like to see you back this week.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("ankle swelling", "CONDITION")],
     ["urgent-care"], "Judgement (decision 12): only the symptom is named; 'how are you feeling, come back if not improving' survives its removal."),
    ("cz0016", "Buenas tardes, le llamamos de Urgencias Médicas San Judas para darle seguimiento a su visita del sábado. Por favor regrese la llamada al (915) 555-0147. Gracias.",
     "REWRITE", "other", "voice", "es",
     [("Urgencias Médicas San Judas", "SPECIALTY"), ("(915) 555-0147", "PHONE")],
     ["urgent-care", "practice-contact"], "Judgement (decision 1): 'Urgencias' in the practice name reveals urgent care; the call-back request survives."),
    ("cz0017", "Your visit summary from the HealthSpot Clinic inside Hartwell Pharmacy is ready. Sign in at myhealthspot.example to read it. For your privacy, we never put visit details in email.",
     "ALLOW", "portal-notice", "email", "en",
     [("myhealthspot.example", "URL")],
     ["pharmacy", "practice-contact"], "Notification without PHI; retail-clinic and pharmacy names are generic (decision 1)."),
    ("cz0018", "Mr. Dimitri Volkov, please call Eastgate Urgent Care today at (312) 555-0162. The radiologist's final read of your foot x-ray from Tuesday shows a fracture of the fifth metatarsal that was not seen on the first read.",
     "BLOCK", "result", "sms", "en",
     [("Dimitri Volkov", "NAME"), ("Eastgate Urgent Care", "SPECIALTY"), ("(312) 555-0162", "PHONE"), ("radiologist", "SPECIALTY"),
      ("foot x-ray", "PROCEDURE"), ("fracture of the fifth metatarsal", "CONDITION")],
     ["urgent-care", "imaging", "practice-contact"], "An over-read finding (a missed fracture) is the message; removal cannot make it safe."),
    ("cz0019", "Nurse line returning your call from 4:12 pm. Please call 1-800-555-0119, option 2. Reference #CB-2291.",
     "ALLOW", "other", "sms", "en",
     [("1-800-555-0119", "PHONE")],
     ["urgent-care", "practice-contact"], "Judgement (decision 7): a call-back reference number identifies a call, not a person; the number is the nurse line's."),
    ("cz0020", "Your wound culture from your 10/3 visit is final and your antibiotic needs to be changed. Stop the cephalexin and pick up Bactrim DS at your pharmacy today; take it twice a day with a full glass of water.",
     "BLOCK", "care-instructions", "sms", "en",
     [("wound culture", "PROCEDURE"), ("10/3", "DATE"), ("antibiotic", "MEDICATION"), ("cephalexin", "MEDICATION"), ("Bactrim DS", "MEDICATION")],
     ["urgent-care"], "Culture outcome implied and a treatment change with dosing: clinical content is the message."),
    ("cz0021", "Hola Sra. Castañeda, le habla la enfermera Lupe de la clínica. ¿Cómo sigue de la fiebre? Siga con el ibuprofeno 400 mg cada 8 horas y tome mucho líquido. Si no le baja en 48 horas, regrese.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Castañeda", "NAME"), ("enfermera Lupe", "PROVIDER"), ("fiebre", "CONDITION"), ("ibuprofeno 400 mg", "MEDICATION")],
     ["urgent-care"], "Decision 12: a follow-up call with dosing instructions is treatment content; BLOCK."),
    ("cz0022", "How did we do at Maplewood Walk-In today? Tap to rate your visit (takes 1 minute): survey.maplewoodhealth.example/r. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("survey.maplewoodhealth.example/r", "URL")],
     ["urgent-care", "practice-contact"], "Survey link without a patient token; generic walk-in name."),
    ("cz0023", "QuickCare: Your visit summary is ready in the app.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["urgent-care"], "Push notice without PHI; 'QuickCare' has no specialty word (decision 1)."),
    ("cz0024", "Urgent care follow-up: your blood pressure was high at your visit on 11/7. The provider would like it rechecked in 1-2 weeks with your primary doctor.",
     "BLOCK", "result", "sms", "en",
     [("Urgent care", "SPECIALTY"), ("blood pressure", "PROCEDURE"), ("high", "RESULT"), ("11/7", "DATE")],
     ["urgent-care"], "A finding (high blood pressure) is the message; the measure is PROCEDURE and its value RESULT, as with A1c."),
)

# ---------------------------------------------------------------- batch 3 (cz0025-cz0036): strep, flu and COVID results; look-alikes
add(
    ("cz0025", "Elm Grove Walk-In: your rapid strep test from today was negative. A throat culture was sent as a backup; we'll only call you if it grows strep.",
     "BLOCK", "result", "sms", "en",
     [("rapid strep test", "PROCEDURE"), ("negative", "RESULT"), ("throat culture", "PROCEDURE"), ("grows [[strep]]", "CONDITION")],
     ["urgent-care", "contrast"], "A normal or negative result is still a result (README); the portal version is cz0026."),
    ("cz0026", "Elm Grove Walk-In: your rapid strep test from today was positive. Dr. Haddad has sent amoxicillin 500 mg to your pharmacy; take 1 capsule twice a day for 10 days. You can go back to work after 12 hours on the antibiotic.",
     "ALLOW", "result", "portal", "en",
     [("rapid strep test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("amoxicillin 500 mg", "MEDICATION"), ("antibiotic", "MEDICATION")],
     ["urgent-care", "contrast"], "Portal channel: result, drug and dosing may stay (README); near-same SMS text is cz0025."),
    ("cz0027", "Flu swab result: POSITIVE for influenza A. Your Tamiflu has been sent to Hartwell Pharmacy on Main. Please stay home and rest.",
     "BLOCK", "result", "sms", "en",
     [("Flu swab", "PROCEDURE"), ("POSITIVE", "RESULT"), ("influenza A", "CONDITION"), ("Tamiflu", "MEDICATION")],
     ["urgent-care", "pharmacy"], "Result and diagnosis are the message."),
    ("cz0028", "Resultado de su prueba rápida de influenza: negativo. Si sigue con síntomas, regrese o llame a la clínica al (956) 555-0121.",
     "BLOCK", "result", "sms", "es",
     [("prueba rápida de influenza", "PROCEDURE"), ("negativo", "RESULT"), ("(956) 555-0121", "PHONE")],
     ["urgent-care", "practice-contact"], "A negative result is still a result (README)."),
    ("cz0029", "A new test result from your visit is available in your patient portal. For your privacy we don't send results by text message.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Results-ready notice with no test named (README: ALLOW)."),
    ("cz0030", "Game night this Friday at Riverside Library! This month: Strep Wars, the co-op board game where players race to stop an outbreak before the town gets sick. Ages 12+, snacks provided.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Strep' in a board game's name, sent to everyone."),
    ("cz0031", "Hi Mr. Dunbar, Lily's strep test from this morning came back positive. We've sent amoxicillin to your pharmacy. She can go back to school once she's had 12 hours of antibiotics. - Tessa, front desk, Juniper Walk-In",
     "BLOCK", "result", "email", "en",
     [("Dunbar", "NAME"), ("Lily", "NAME"), ("strep test", "PROCEDURE"), ("positive", "RESULT"), ("amoxicillin", "MEDICATION"),
      ("antibiotics", "MEDICATION"), ("Tessa", "PROVIDER")],
     ["urgent-care", "pediatrics", "minor", "third-party"], "A dependent's result sent to the guardian is third-party health (README): BLOCK."),
    ("cz0032", "Hey! Your mono test results from Tuesday are back. Please call us at (480) 555-0178 to go over them - we can't discuss results by text.",
     "REWRITE", "portal-notice", "sms", "en",
     [("mono test", "PROCEDURE"), ("(480) 555-0178", "PHONE")],
     ["urgent-care", "practice-contact"], "Judgement (decision 8): a named test with no value — the test name goes, the call-back request survives."),
    ("cz0033", "Your COVID-19 PCR collected Nov 21: NOT DETECTED. View details in the app.",
     "BLOCK", "result", "push", "en",
     [("COVID-19 PCR", "PROCEDURE"), ("Nov 21", "DATE"), ("NOT DETECTED", "RESULT")],
     ["urgent-care", "lab"], "A negative result on a lock-screen push is still a result; push is treated like SMS."),
    ("cz0034", "ur flu sw4b came back p0s1tive, pls start the t4miflu 2nite - 1 cap twice a day x 5 days",
     "BLOCK", "care-instructions", "sms", "en",
     [("flu sw4b", "PROCEDURE"), ("p0s1tive", "RESULT"), ("t4miflu", "MEDICATION")],
     ["urgent-care", "leet", "shorthand"], "Leetspeak disguise of a positive flu result with dosing; BLOCK."),
    ("cz0035", "¡Con actitud positiva todo se puede! Este sábado tenemos caminata familiar de 5K en el parque Las Águilas. Inscripción gratis en la recepción de la clínica.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'positiva' as an attitude, in a broadcast."),
    ("cz0036", "Thanks for keeping a positive attitude during our system upgrade! Online check-in is back up at all locations. We appreciate your patience.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative", "broadcast"], "Look-alike: 'positive' attitude and 'patience'; nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 4 (cz0037-cz0048): work injuries, workers' comp, return to work
add(
    ("cz0037", "To: Hartline Logistics HR\nRe: Workers' comp claim WC-2025-118830\n\nEmployee Marcus Bell was seen at Northline Occupational Medicine today at 2:10 PM for a laceration to the left palm, repaired with 6 sutures. Tetanus was updated.\n\nWork status: modified duty - no use of the left hand until suture removal on 12/2. Next visit: 12/2 at 9:00 AM.\n\nThe signed work status report (form C-4) is attached. Please send the employer's first report of injury and the carrier's contact details to our workers' comp desk so we can bill the claim directly, and contact our case manager with any questions.\n\nNorthline Occupational Medicine\nEmployer Services | (419) 555-0150 | fax (419) 555-0151",
     "BLOCK", "other", "email", "en",
     [("WC-2025-118830", "OTHER_ID"), ("Marcus Bell", "NAME"), ("Northline Occupational Medicine", "SPECIALTY"), ("laceration", "CONDITION"),
      ("sutures", "PROCEDURE"), ("Tetanus", "PROCEDURE"), ("modified duty - no use of the left hand", "RESULT"), ("suture removal", "PROCEDURE"),
      ("12/2", "DATE"), ("12/2", "DATE", 1), ("Northline Occupational Medicine", "SPECIALTY", 1), ("(419) 555-0150", "PHONE"), ("(419) 555-0151", "FAX")],
     ["urgent-care", "third-party", "practice-contact"], "Decisions 4-6: an employee's injury, treatment and work restrictions sent to the employer are third-party health; claim number OTHER_ID."),
    ("cz0038", "Your work status note from today's visit is ready to download in the patient portal. Please give a copy to your supervisor.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["urgent-care"], "Portal notice that a note exists; no status, injury or restriction is stated."),
    ("cz0039", "Reminder: your return-to-work recheck at WorkFirst Occupational Health is Thu 12/4 at 7:30 AM. Please bring any paperwork from your employer.",
     "REWRITE", "reminder", "sms", "en",
     [("return-to-work", "PROCEDURE"), ("WorkFirst Occupational Health", "SPECIALTY"), ("12/4", "DATE")],
     ["urgent-care"], "Judgement (decisions 2-3): the visit type reveals a work injury or leave and the occupational-health name is specialty-revealing; date and time survive."),
    ("cz0040", "Sr. Ibarra, su nota de regreso al trabajo ya está lista: puede volver el lunes con restricciones, sin cargar más de 10 kg por 2 semanas. Cualquier duda llame a Salud Ocupacional al (210) 555-0113.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ibarra", "NAME"), ("regreso al trabajo", "PROCEDURE"), ("con restricciones, sin cargar más de 10 kg por 2 semanas", "RESULT"),
      ("Salud Ocupacional", "SPECIALTY"), ("(210) 555-0113", "PHONE")],
     ["urgent-care", "practice-contact"], "Decision 4: work restrictions are a clinical determination (RESULT); the message is the restriction itself."),
    ("cz0041", "Good news: the carrier approved physical therapy for your work injury (claim 88-41290-WC). Brightwater PT will call you this week to schedule your first visit.",
     "REWRITE", "other", "sms", "en",
     [("physical therapy", "PROCEDURE"), ("work injury", "CONDITION"), ("88-41290-WC", "OTHER_ID"), ("Brightwater PT", "SPECIALTY")],
     ["physical-therapy", "urgent-care"], "Therapy, injury, claim number and PT practice name go (README: physical-therapy names are specialty-revealing); 'they will call to schedule' survives. Decision 6: 'carrier' left as is."),
    ("cz0042", "Hi Dale, this is Priya from Northline Occupational Medicine. Your employee Tomas Reyes finished his post-accident drug and alcohol test at 10:05 this morning. Results go to your DER in 24-48 hrs.",
     "BLOCK", "other", "sms", "en",
     [("Priya", "PROVIDER"), ("Northline Occupational Medicine", "SPECIALTY"), ("Tomas Reyes", "NAME"), ("post-accident drug and alcohol test", "PROCEDURE")],
     ["lab", "urgent-care", "third-party"], "Decision 5: an employer text naming an employee and his post-accident test is third-party health; the supervisor's name is not a patient's and is not labelled."),
    ("cz0043", "We're closed Thanksgiving Day and open Friday 9-5. For a work injury after hours, call your employer's 24/7 injury hotline at 1-877-555-0190.",
     "ALLOW", "other", "sms", "en",
     [("1-877-555-0190", "PHONE")],
     ["urgent-care", "broadcast", "practice-contact"], "Holiday-hours broadcast; the hypothetical 'work injury' is about nobody (decision 13). 24/7 is not a date."),
    ("cz0044", "Your employer has scheduled a fit-for-duty evaluation for you at Meridian Occupational Health, 4410 Commerce Pkwy, Ste 120, Dayton, OH 45439 on 12/9 at 1:00 PM. Bring a photo ID and your glasses if you wear them.",
     "REWRITE", "reminder", "sms", "en",
     [("fit-for-duty evaluation", "PROCEDURE"), ("Meridian Occupational Health", "SPECIALTY"), ("4410 Commerce Pkwy, Ste 120, Dayton, OH 45439", "ADDRESS"), ("12/9", "DATE")],
     ["urgent-care", "practice-contact"], "Decisions 2-3: the exam type and occupational-health name go; the clinic's own address, date and time survive."),
    ("cz0045", "Summer Hoops Shooting Clinic at Westfield High: ages 9-14, five mornings in June, $95. Sign up at the front office - spots fill fast!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Clinic' and 'shooting' in a basketball camp name."),
    ("cz0046", "This message is for Gwendolyn Hart. Your workers' comp carrier has approved the MRI of your lumbar spine. Please call Tri-County Imaging at (937) 555-0172 to schedule. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Gwendolyn Hart", "NAME"), ("MRI of your lumbar spine", "PROCEDURE"), ("Tri-County Imaging", "SPECIALTY"), ("(937) 555-0172", "PHONE")],
     ["imaging", "urgent-care", "practice-contact"], "Name, imaging test and imaging-centre name go; the call-to-schedule survives. Decision 6: 'workers' comp' as the payer is not labelled."),
    ("cz0047", "Recuerde que puede pasar a que le quiten los puntos cualquier día de esta semana, de 9 a 7, sin cita. Traiga sus papeles de alta. – Clínica Brookside",
     "REWRITE", "care-instructions", "sms", "es",
     [("puntos", "PROCEDURE")],
     ["urgent-care"], "Suture removal is the recipient's own procedure; 'come by any day this week' survives. Look-alike risk: 'puntos' also means points."),
    ("cz0048", "Le recordamos que su cita de seguimiento por la lesión de espalda en el trabajo es el 9 de diciembre a las 8:00 am en el Centro de Salud Laboral Norte.",
     "REWRITE", "reminder", "sms", "es",
     [("lesión de espalda", "CONDITION"), ("9 de diciembre", "DATE"), ("Centro de Salud Laboral Norte", "SPECIALTY")],
     ["urgent-care"], "Injury and occupational-health name (decision 2) go; the follow-up date and time survive."),
)

# ---------------------------------------------------------------- batch 5 (cz0049-cz0060): DOT physicals, drug and alcohol testing
add(
    ("cz0049", "Your DOT physical is confirmed for Mon 12/8 at 8:00 AM at Crestline Health. Bring your driver's license, a list of your medications, and glasses or hearing aids if you use them.",
     "REWRITE", "confirmation", "sms", "en",
     [("DOT physical", "PROCEDURE"), ("12/8", "DATE")],
     ["urgent-care"], "Judgement (decision 3): a DOT physical is a named exam, unlike a bare 'physical'; the confirmation survives without it."),
    ("cz0050", "DOT medical card ready for pickup: Raymond Pike, exam 11/14, certified for 1 year only (BP monitoring). Certificate #MEC-5520913.",
     "BLOCK", "result", "sms", "en",
     [("DOT medical card", "PROCEDURE"), ("Raymond Pike", "NAME"), ("11/14", "DATE"), ("certified for 1 year only", "RESULT"), ("BP", "PROCEDURE"),
      ("MEC-5520913", "LICENSE")],
     ["urgent-care"], "Decisions 4 and 6: a shortened certification for blood-pressure monitoring is a finding; certificate number is LICENSE."),
    ("cz0051", "Hartline Logistics has requested a pre-employment drug screen for you. Visit any LabCorner patient service center within 24 hrs and show this donor pass: DP-7741-0392. Bring photo ID.",
     "REWRITE", "other", "sms", "en",
     [("pre-employment drug screen", "PROCEDURE"), ("DP-7741-0392", "OTHER_ID")],
     ["lab"], "Judgement (decision 6): the test type and the chain-of-custody pass number go (the pass can travel by e-mail link or portal); the employer's name is not labelled."),
    ("cz0052", "Your drug screen result: NEGATIVE (MRO verified). A copy has been sent to your employer's designated contact.",
     "BLOCK", "result", "sms", "en",
     [("drug screen", "PROCEDURE"), ("NEGATIVE", "RESULT")],
     ["lab", "urgent-care"], "A negative drug-screen result is still a result (README)."),
    ("cz0053", "CONFIDENTIAL - Pre-placement testing summary\nEmployer: Hartline Logistics (acct 40017)\nDonor: Kevin Alvarado   SSN: xxx-xx-4471\nCollected: 11/20 at Northline Occupational Medicine\nTest: 10-panel urine drug screen\nResult: POSITIVE for amphetamines - MRO review pending, do not take adverse action until verified.\n\nQuestions: Employer Services, (419) 555-0150.",
     "BLOCK", "result", "email", "en",
     [("Kevin Alvarado", "NAME"), ("xxx-xx-4471", "SSN"), ("11/20", "DATE"), ("Northline Occupational Medicine", "SPECIALTY"),
      ("10-panel urine drug screen", "PROCEDURE"), ("POSITIVE", "RESULT"), ("amphetamines", "MEDICATION"), ("(419) 555-0150", "PHONE")],
     ["lab", "urgent-care", "third-party", "practice-contact"], "Decisions 5-7: an employee's positive result with a masked SSN, e-mailed to the employer; the employer's own account number with the clinic is not labelled."),
    ("cz0054", "Hola Jesús, tu patrón pidió una prueba de drogas de 10 paneles. Preséntate hoy antes de las 5 pm en Clínica Rápida Aurora, 2201 S. Zarzamora St., San Antonio. Trae identificación con foto.",
     "REWRITE", "other", "sms", "es",
     [("Jesús", "NAME"), ("prueba de drogas de 10 paneles", "PROCEDURE"), ("2201 S. Zarzamora St., San Antonio", "ADDRESS")],
     ["lab", "urgent-care", "practice-contact"], "Name and test go; the clinic's own address and the deadline survive. 'Clínica Rápida' is a generic walk-in name (decision 1)."),
    ("cz0055", "Reasonable-suspicion breath alcohol test for J. Whitcomb at 3:42 PM: 0.041. Confirmation test matched. Employee removed from safety-sensitive duty per your policy. - Northline Mobile Testing",
     "BLOCK", "result", "sms", "en",
     [("breath alcohol test", "PROCEDURE"), ("J. Whitcomb", "NAME"), ("0.041", "RESULT"), ("removed from safety-sensitive duty", "RESULT")],
     ["lab", "third-party"], "Decisions 4-5: an employee's alcohol value and duty removal, sent to the employer."),
    ("cz0056", "Cracked screen? Bring your phone to TechFix inside Hartwell Pharmacy for same-day screen repair. 20% off this week only!",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Look-alike: a phone 'screen', not a screening."),
    ("cz0057", "You have been selected for a DOT random test. Report to the collection site by 11:30 AM today. Reply Y to acknowledge.",
     "REWRITE", "other", "sms", "en",
     [("DOT random test", "PROCEDURE")],
     ["lab"], "Judgement (decision 3): the test type is the recipient's own testing; 'report by 11:30' survives."),
    ("cz0058", "Dr Pepper & pizza in the break room at 3 today to celebrate 365 days injury-free at the plant! Thanks for working safe. - Safety Committee",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Dr Pepper' is a soda, not a provider; an aggregate safety record is about nobody."),
    ("cz0059", "Reminder for all Collins Freight drivers: drop off a copy of your MEC card at the terminal office by Friday so we can update your qualification file.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Employer broadcast to every driver; says nothing about one person's exam."),
    ("cz0060", "Este es un mensaje de Salud Laboral del Sur para Ramiro Salinas. Su certificado médico del DOT vence el 15 de enero. Llame al (505) 555-0166 para programar su examen. Gracias.",
     "REWRITE", "recall", "voice", "es",
     [("Salud Laboral del Sur", "SPECIALTY"), ("Ramiro Salinas", "NAME"), ("certificado médico del DOT", "PROCEDURE"), ("15 de enero", "DATE"), ("(505) 555-0166", "PHONE")],
     ["urgent-care", "practice-contact"], "Decisions 2-3: occupational-health name, patient name and certificate type go; the expiry date and call-back survive."),
)

# ---------------------------------------------------------------- batch 6 (cz0061-cz0072): fit tests, titers, TB tests, audiograms, vaccines for employers
add(
    ("cz0061", "N95 fit testing for all clinical staff: Tue-Thu next week, 7a-3p, Conference Room B. No appointment needed. Please come clean-shaven where the mask seals.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 13: a fit-testing day announced to every employee is about nobody."),
    ("cz0062", "Hi Tamsin, you're due for your annual respirator fit test. Your slot is 11/30 at 9:15 AM with Employee Health, Bldg C. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Tamsin", "NAME"), ("respirator fit test", "PROCEDURE"), ("11/30", "DATE")],
     ["primary-care"], "Judgement (decisions 2-3): the named test goes with the name; 'Employee Health' is generic; slot and date survive."),
    ("cz0063", "Your hepatitis B surface antibody titer came back non-immune (<10 mIU/mL). Employee Health will call to set up a booster dose and a repeat titer.",
     "BLOCK", "result", "sms", "en",
     [("hepatitis B surface antibody titer", "PROCEDURE"), ("non-immune", "RESULT"), ("<10 mIU/mL", "RESULT"), ("repeat [[titer]]", "PROCEDURE")],
     ["primary-care", "lab"], "An immunity result with its value is the message."),
    ("cz0064", "Su prueba de tuberculina se colocó el lunes y se tiene que leer el miércoles o el jueves entre 7 am y 4 pm en Salud del Empleado. Si no viene, hay que repetirla.",
     "REWRITE", "care-instructions", "sms", "es",
     [("prueba de tuberculina", "PROCEDURE")],
     ["primary-care"], "The recipient's own TB skin test goes (decision 3); the reading window survives. 'Salud del Empleado' is generic (decision 2)."),
    ("cz0065", "Recordatorio para el personal de Empacadora del Norte: la vacuna contra la influenza es gratis este jueves en el comedor, de 6 a 10 am. Traigan su gafete.",
     "ALLOW", "other", "sms", "es", [],
     ["primary-care", "hard-negative", "broadcast"], "Employer-wide flu-vaccine day (README broadcast rule; decision 13)."),
    ("cz0066", "You're booked for a Tdap and flu shot at Cornerstone Clinic inside Hartwell Pharmacy on 10/22 at 4:40 PM. Wear short sleeves!",
     "REWRITE", "confirmation", "sms", "en",
     [("Tdap", "PROCEDURE"), ("flu shot", "PROCEDURE"), ("10/22", "DATE")],
     ["pharmacy"], "The recipient's own vaccines are a service like 'your flu shot appointment' (README): REWRITE."),
    ("cz0067", "Hi Ms. Grant,\n\nHere is the November compliance update for the on-site health program. 41 of 44 employees are fully current.\n\nStill outstanding:\n- Dolores Flores: hep B series dose 3 overdue; declined the flu vaccine\n- Rohan Khatri: TB screening overdue since 10/15\n- Megan O'Neill: positive TB skin test in October, chest x-ray clear, cleared to work\n\nPlease remind these employees to book with us this month. The full report is in the employer portal, and we're happy to set up a make-up clinic day at your site if that's easier for the night shift.\n\nThanks,\nAnnette Cole, RN\nEmployer Health Services",
     "BLOCK", "other", "email", "en",
     [("Dolores Flores", "NAME"), ("hep B series", "PROCEDURE"), ("flu vaccine", "PROCEDURE"), ("Rohan Khatri", "NAME"), ("TB screening", "PROCEDURE"),
      ("10/15", "DATE"), ("Megan O'Neill", "NAME"), ("positive", "RESULT"), ("TB skin test", "PROCEDURE"), ("chest x-ray", "PROCEDURE"),
      ("clear", "RESULT"), ("cleared to work", "RESULT"), ("Annette Cole, RN", "PROVIDER")],
     ["primary-care", "third-party"], "Decision 5: named employees' vaccination and TB status sent to the employer is third-party health; the employer contact's name is not labelled."),
    ("cz0068", "Your influenza vaccine record has been uploaded to your employer's compliance portal. No further action is needed this season.",
     "REWRITE", "other", "sms", "en",
     [("influenza vaccine", "PROCEDURE")],
     ["primary-care"], "The recipient's own vaccine is named; 'your record has been uploaded' survives."),
    ("cz0069", "Keep your team healthy this season! Cornerstone Business Health brings flu shots to your workplace: 10+ employees, we come to you. Call (614) 555-0185 to book an on-site clinic day.",
     "ALLOW", "marketing", "email", "en",
     [("(614) 555-0185", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Promotion to employers; flu shots as a product, about nobody (decision 13)."),
    ("cz0070", "Reminder: your hep\u0430titis B vaccine #3 is due on or after 12/15. Book with Employee Health or walk in Mon-Fri 7-3.",
     "REWRITE", "reminder", "sms", "en",
     [("hep\u0430titis B vaccine", "PROCEDURE"), ("12/15", "DATE")],
     ["primary-care"], "Cyrillic 'а' disguises the vaccine name; the recipient's own dose due goes, the date survives."),
    ("cz0071", "Hearing tests for all Plant 2 employees start 1/13 in the mobile van by Gate 3, scheduled by department. Check the break room board for your shift's time.",
     "ALLOW", "other", "sms", "en",
     [("1/13", "DATE")],
     ["general", "broadcast"], "Decision 13: a plant-wide hearing-test van is a broadcast about nobody; the date is allowed."),
    ("cz0072", "Your annual audiogram shows a standard threshold shift in your left ear compared with your baseline. OSHA requires a retest within 30 days - please book with Employee Health.",
     "BLOCK", "result", "sms", "en",
     [("audiogram", "PROCEDURE"), ("standard threshold shift in your left ear", "RESULT")],
     ["primary-care"], "An audiogram finding is the message."),
)

# ---------------------------------------------------------------- batch 7 (cz0073-cz0084): retail clinics and pharmacy counters
add(
    ("cz0073", "Your prescription for azithromycin 250 mg is ready for pickup at Hartwell Pharmacy, 88 Elm St, Springfield. Open 9 AM - 9 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("azithromycin 250 mg", "MEDICATION"), ("88 Elm St, Springfield", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Medication name in a pickup notice goes (DESIGN); the pharmacy's own address stays."),
    ("cz0074", "Pharmacist note from Hartwell Pharmacy: take the fluconazole 150 mg as a single dose today. It can interact with your simvastatin, so skip the simvastatin for 3 days.",
     "BLOCK", "care-instructions", "sms", "en",
     [("fluconazole 150 mg", "MEDICATION"), ("simvastatin", "MEDICATION"), ("simvastatin", "MEDICATION", 1)],
     ["pharmacy"], "Dosing and an interaction instruction for two drugs: treatment content is the message."),
    ("cz0075", "You're booked at the HealthSpot Clinic (inside Hartwell Pharmacy #2291) for Sat 11/29 at 10:20 AM. Reason for visit: UTI symptoms. Please arrive 10 minutes early.",
     "REWRITE", "confirmation", "sms", "en",
     [("11/29", "DATE"), ("UTI", "CONDITION")],
     ["pharmacy"], "Decision 11: the echoed reason for visit goes; decision 7: the store number is not labelled."),
    ("cz0076", "Su cita en la MiniClínica de Farmacia Buen Precio es mañana a las 3:15 pm para el examen físico escolar. Traiga el formulario de la escuela y la cartilla de vacunación.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["pharmacy", "pediatrics"], "Judgement (decision 3): a school physical is a generic physical like 'annual physical'; no name, no condition."),
    ("cz0077", "Pink eye? Sinus pressure? Poison ivy? Our walk-in clinic treats 100+ common conditions, 7 days a week, no appointment needed. hartwellrx.example/clinic",
     "ALLOW", "marketing", "sms", "en",
     [("hartwellrx.example/clinic", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Decision 13: conditions listed in a promotion sent to everyone say nothing about the recipient."),
    ("cz0078", "Hi, it's Carla Voss, NP from the clinic at Hartwell. Your urine culture grew E. coli that's resistant to nitrofurantoin, so I've sent cefpodoxime 100 mg, twice a day x 7 days. Stop the old one.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Carla Voss, NP", "PROVIDER"), ("urine culture", "PROCEDURE"), ("E. coli", "RESULT"), ("resistant", "RESULT"), ("nitrofurantoin", "MEDICATION"),
      ("cefpodoxime 100 mg", "MEDICATION")],
     ["pharmacy", "lab"], "Decision 10: the organism and its resistance are findings; a drug change with dosing follows."),
    ("cz0079", "Thanks for getting vaccinated at Hartwell Pharmacy! Vaccine: Fluzone High-Dose, lot U7432AA, given 10/02 by Jenna Park, PharmD. We've reported this dose to the state immunization registry. Keep this email for your records.",
     "REWRITE", "other", "email", "en",
     [("Fluzone High-Dose", "MEDICATION"), ("10/02", "DATE"), ("Jenna Park, PharmD", "PROVIDER")],
     ["pharmacy"], "The vaccine product (a high-dose product also hints at age) goes; decision 7: the lot number identifies a batch, not the patient; decision 14: PharmD is a generic credential."),
    ("cz0080", "¡Promoción de otoño en Farmacia Buen Precio! 2x1 en vitaminas y 20% de descuento en protector solar. Válido hasta agotar existencias.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "hard-negative", "broadcast"], "Front-store promotion; vitamins and sunscreen as products for everyone."),
    ("cz0081", "Hi, this is the HealthSpot Clinic. Your husband Greg was seen today for an ear infection; his amoxicillin is ready at the pharmacy counter whenever you can pick it up.",
     "BLOCK", "pickup", "sms", "en",
     [("Greg", "NAME"), ("ear infection", "CONDITION"), ("amoxicillin", "MEDICATION")],
     ["pharmacy", "third-party"], "A spouse's diagnosis and drug: third-party health (README)."),
    ("cz0082", "Hartwell Rx: 1 order ready at Store #0418. Pick up by Sunday or it will be returned to stock.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "Pickup without a drug name; the store number looks like an identifier but is the store's (decision 7)."),
    ("cz0083", "Your virtual visit with Kim Dao, FNP starts in 15 minutes. Join here: https://visit.hartwellrx.example/join?session=8XQ2PL7M&pt=55129",
     "REWRITE", "reminder", "sms", "en",
     [("Kim Dao, FNP", "PROVIDER"), ("https://visit.hartwellrx.example/join?session=8XQ2PL7M&pt=55129", "URL")],
     ["pharmacy"], "A join link with a patient parameter is patient-specific (README): REWRITE."),
    ("cz0084", "hi from the clinic! ur C.O.V.I.D test came back n e g a t i v e so u can go back to work tmrw",
     "BLOCK", "result", "sms", "en",
     [("C.O.V.I.D test", "PROCEDURE"), ("n e g a t i v e", "RESULT")],
     ["pharmacy", "spaced", "shorthand"], "Dotted and spaced letters disguise a negative COVID result; still a result."),
)

# ---------------------------------------------------------------- batch 8 (cz0085-cz0096): promotions, staff, long summaries, parents
add(
    ("cz0085", "Back-to-school and sports physicals just $29 at every QuickStop Clinic through 8/31! Walk in or save your spot at quickstop.example/save.",
     "ALLOW", "marketing", "sms", "en",
     [("8/31", "DATE"), ("quickstop.example/save", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Promotion to everyone; sports physicals are generic physicals (decision 3)."),
    ("cz0086", "Heads up: our front parking lot is being repaved Saturday. Please park in the rear lot and use the side entrance. Sorry for the bumpy ride!",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative", "broadcast"], "Facilities notice; nothing about anyone."),
    ("cz0087", "Hi, this is Sterling Cross, RN, from the nurse advice line returning your call. Please call me back at (317) 555-0158 ext. 4 - I'm here until 7 tonight.",
     "ALLOW", "other", "sms", "en",
     [("Sterling Cross, RN", "PROVIDER"), ("(317) 555-0158 ext. 4", "PHONE")],
     ["urgent-care", "practice-contact"], "Look-alike: a nurse named Sterling Cross is workforce (PROVIDER), not a patient or the Red Cross; practice line with extension."),
    ("cz0088", "¡Bienvenido al equipo! El enfermero Sterling Cross se une al turno de la tarde en Greenway Walk-In. Ahora atendemos hasta las 9 pm.",
     "ALLOW", "other", "sms", "es",
     [("enfermero Sterling Cross", "PROVIDER")],
     ["urgent-care", "broadcast"], "New-staff broadcast; the nurse is PROVIDER (README: role word included)."),
    ("cz0089", "Check wait times at all 6 Summit Health locations at summithealth.example/wait and pick the shortest line before you leave home!",
     "ALLOW", "marketing", "sms", "en",
     [("summithealth.example/wait", "URL")],
     ["urgent-care", "broadcast", "practice-contact"], "Broadcast with the practice's own link; 'Summit Health' is generic."),
    ("cz0090", "Estimada Sra. Villalobos:\n\nGracias por visitarnos en Urgencias Express Santa Fe el 14 de noviembre. Este es el resumen de su consulta.\n\nDiagnóstico: esguince de tobillo derecho grado II.\nIndicaciones: reposo, hielo 20 minutos cada 2 horas, mantener el pie elevado y usar la férula al caminar. Naproxeno 500 mg, una tableta cada 12 horas con alimentos por 5 días.\nSeguimiento: con ortopedia en 7 a 10 días; ya enviamos la referencia.\n\nSi tiene preguntas, llámenos al (505) 555-0139 o escríbanos por el portal del paciente. Su justificante para el trabajo también está en el portal, y estamos abiertos de lunes a domingo de 8 am a 10 pm.\n\nAtentamente,\nDr. Esteban Ruiz\nUrgencias Express Santa Fe",
     "BLOCK", "care-instructions", "email", "es",
     [("Villalobos", "NAME"), ("Urgencias Express Santa Fe", "SPECIALTY"), ("14 de noviembre", "DATE"), ("esguince de tobillo derecho grado II", "CONDITION"),
      ("férula", "PROCEDURE"), ("Naproxeno 500 mg", "MEDICATION"), ("ortopedia", "SPECIALTY"), ("(505) 555-0139", "PHONE"), ("Dr. Esteban Ruiz", "PROVIDER"),
      ("Urgencias Express Santa Fe", "SPECIALTY", 1)],
     ["urgent-care", "orthopedics", "practice-contact"], "Visit summary with diagnosis, device and dosing: BLOCK. Decision 1: 'Urgencias' makes the practice name specialty-revealing."),
    ("cz0091", "El Dr. Montes le espera mañana a las 9:40 am en Clínica Familiar Del Valle. Si necesita cancelar, responda CANCELAR o llame al (305) 555-0129.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Montes", "PROVIDER"), ("(305) 555-0129", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, time and the practice phone only."),
    ("cz0092", "Hola Yesenia, tu cita para la prueba de embarazo en la clínica de la farmacia quedó para el viernes 5 de diciembre a las 11:00. Llega 10 min antes.",
     "REWRITE", "confirmation", "sms", "es",
     [("Yesenia", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("5 de diciembre", "DATE")],
     ["pharmacy", "reproductive"], "Name and a revealing test go; the date and time survive."),
    ("cz0093", "Hi, this is Dr. Feldman from Riverside Urgent Care calling for Anita. Your chest x-ray from last night does show a small pneumonia in the right lower lobe, so please start the doxycycline we called in, 100 milligrams twice a day for a week.",
     "BLOCK", "result", "voice", "en",
     [("Dr. Feldman", "PROVIDER"), ("Riverside Urgent Care", "SPECIALTY"), ("Anita", "NAME"), ("chest x-ray", "PROCEDURE"),
      ("small pneumonia in the right lower lobe", "CONDITION"), ("doxycycline", "MEDICATION")],
     ["urgent-care", "imaging"], "A finding and dosing left on a voicemail (voice treated like SMS)."),
    ("cz0094", "Reminder to all supervisors: the OSHA 300A injury summary must stay posted in every break room from February through April.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "An aggregate injury log posting rule; month names alone are not dates."),
    ("cz0095", "Your refill request for albuterol HFA inhaler was approved by Riverside Urgent Care and sent to Hartwell Pharmacy on Route 9. It should be ready in about 2 hours.",
     "REWRITE", "pickup", "email", "en",
     [("albuterol HFA inhaler", "MEDICATION"), ("Riverside Urgent Care", "SPECIALTY")],
     ["urgent-care", "pharmacy"], "Drug with its form word (README) and the urgent-care name go; 'your refill is ready in 2 hours' survives."),
    ("cz0096", "Sra. Ochoa, el cultivo de garganta de su hija Valeria salió positivo para estreptococo. Ya mandamos la amoxicilina a su farmacia: 5 ml dos veces al día por 10 días.",
     "BLOCK", "result", "sms", "es",
     [("Ochoa", "NAME"), ("cultivo de garganta", "PROCEDURE"), ("Valeria", "NAME"), ("positivo", "RESULT"), ("estreptococo", "CONDITION"), ("amoxicilina", "MEDICATION")],
     ["urgent-care", "pediatrics", "minor", "third-party"], "A daughter's result and dosing sent to the mother: third-party health (README)."),
)

# ---------------------------------------------------------------- batch 9 (cz0097-cz0108): disguise, templates, bills, closures, parents
add(
    ("cz0097", "Your dr\u200bug scr\u200been is sched for tmrw 7am at Pinecrest Occupational Health. Bring photo ID & your employer's form.",
     "REWRITE", "reminder", "sms", "en",
     [("dr\u200bug scr\u200been", "PROCEDURE"), ("Pinecrest Occupational Health", "SPECIALTY")],
     ["lab", "shorthand"], "Zero-width spaces inside 'drug screen'; the test and the occupational-health name go (decisions 2-3), the time survives."),
    ("cz0098", "{{location_name}}: You're #{{queue_position}} in line. Estimated wait: {{wait_minutes}} min. Reply X to give up your spot.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "template", "hard-negative"], "Virtual-line template with content-free placeholders only."),
    ("cz0099", "{{clinic_name}} Occupational Health: your appointment is {{appt_date}} at {{appt_time}}. Please bring the authorization form from your employer.",
     "REWRITE", "reminder", "sms", "en",
     [("Occupational Health", "SPECIALTY")],
     ["urgent-care", "template"], "Decision 2: fixed template text naming the service line reveals it whatever the merged clinic name is."),
    ("cz0100", "Your balance of $145.00 for your 11/02 visit at Brookside Walk-In is now due. Pay at pay.brooksidehealth.example or call (614) 555-0193, Mon-Fri 8-4:30.",
     "ALLOW", "billing", "sms", "en",
     [("11/02", "DATE"), ("pay.brooksidehealth.example", "URL"), ("(614) 555-0193", "PHONE")],
     ["urgent-care", "practice-contact"], "Amount, visit date and the practice's own payment link and phone; generic walk-in name."),
    ("cz0101", "Your insurer denied the claim for your laceration repair (CPT 12002) at Summit Urgent Care, member ID XJH448820193. Call our billing team at (614) 555-0141 to discuss options.",
     "REWRITE", "billing", "sms", "en",
     [("laceration repair", "PROCEDURE"), ("12002", "PROCEDURE"), ("Summit Urgent Care", "SPECIALTY"), ("XJH448820193", "HEALTH_PLAN_ID"), ("(614) 555-0141", "PHONE")],
     ["urgent-care", "practice-contact"], "Decision 10: the CPT code names the procedure; procedure, urgent-care name and member ID go, 'claim denied, call billing' survives."),
    ("cz0102", "Please do not pay this bill. Your 9/14 visit is billed to your workers' comp carrier under claim 2025-WC-77120, so you will not receive a statement from us.",
     "REWRITE", "billing", "sms", "en",
     [("9/14", "DATE"), ("2025-WC-77120", "OTHER_ID")],
     ["urgent-care"], "Decision 6: the claim number goes; 'workers' comp' as the payer is not labelled."),
    ("cz0103", "Open enrollment ends Friday! Compare medical, dental and vision plans on the HR intranet before you pick your benefits for next year.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Benefits notice; 'dental' and 'vision' name plans, not anyone's care."),
    ("cz0104", "Urgent: the clinic will close at 2 PM today because of the ice storm. All afternoon appointments will be moved; we'll text you a new time.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative", "broadcast"], "Look-alike: 'Urgent' as a closure alert, not urgent care."),
    ("cz0105", "Reminder: your son Mateo's splint check is tomorrow at 4:15 PM at Summit Urgent Care Ortho Walk-In. Please bring the sling we gave him.",
     "REWRITE", "reminder", "sms", "en",
     [("Mateo", "NAME"), ("splint", "PROCEDURE"), ("Summit Urgent Care Ortho Walk-In", "SPECIALTY"), ("sling", "PROCEDURE")],
     ["urgent-care", "orthopedics", "minor", "third-party"], "Judgement (decision 9): a dependent's logistics naming devices but no condition, drug or result is REWRITE like the patient's own."),
    ("cz0106", "Clínica de fútbol para niños: sábados de 9 a 11 en el parque Roosevelt. Cupo limitado, inscríbanse con el entrenador Hugo antes del viernes.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Clínica' in a soccer camp; the coach is not a patient."),
    ("cz0107", "Heads-up from Brookside Walk-In: flu is going around our area. Flu shots are available daily, no appointment needed. If you're sick, stay home and rest!",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "hard-negative", "broadcast"], "Flu-season broadcast (README: flu shots available is ALLOW, no span)."),
    ("cz0108", "Your x-ray was read as negative for fracture. Keep the wrist in the brace, ice it 20 min at a time, and follow up with ortho if it's still sore in a week.",
     "BLOCK", "result", "sms", "en",
     [("x-ray", "PROCEDURE"), ("negative for fracture", "RESULT"), ("brace", "PROCEDURE"), ("ortho", "SPECIALTY")],
     ["urgent-care", "orthopedics", "negation"], "A negative read is still a result; care instructions follow."),
)

# ---------------------------------------------------------------- batch 10 (cz0109-cz0120): on-site clinics, employer exams, portal, exposures
add(
    ("cz0109", "Welcome to the Acme Works Health & Wellness Center!\n\nYour on-site clinic is open to all employees and to family members on an Acme medical plan. Visits are free, and nothing about your care is shared with your manager or HR without your written permission.\n\nHours: Mon-Fri 7:00 AM - 5:30 PM (closed noon-12:30)\nWhere: Building 4, 2nd floor, next to the cafeteria\nBook: wellness.acmeworks.example or call (513) 555-0120\nQuestions: clinic@acmeworks.example\n\nWe offer sick visits, annual physicals, vaccines, lab draws and wellness coaching. Walk-ins are welcome whenever we have openings, and telehealth visits are available from home for you and your covered family members.\n\nSee you soon,\nThe Health & Wellness Center team",
     "ALLOW", "other", "email", "en",
     [("wellness.acmeworks.example", "URL"), ("(513) 555-0120", "PHONE"), ("clinic@acmeworks.example", "EMAIL")],
     ["primary-care", "broadcast", "practice-contact"], "Welcome e-mail to every employee from an on-site clinic (decision 2: generic); services listed for everyone."),
    ("cz0110", "Hello Mr. Sandoval,\n\nDunmore Freight has scheduled your pre-employment physical and 5-panel urine drug screen with Crestline Occupational Medicine.\n\nWhen: Wednesday, 12/10 at 7:45 AM (plan on about 90 minutes)\nWhere: 1200 Harmon Ave, Suite 3, Columbus, OH 43223\n\nPlease bring a government photo ID, your glasses or contact lenses, and a list of your current medications. Please don't drink large amounts of water before your visit.\n\nNeed to reschedule? Call (614) 555-0177 at least 24 hours ahead. Your employer will only receive the outcome of the exam, never your medical details.\n\nCrestline Occupational Medicine\nEmployer Services",
     "REWRITE", "reminder", "email", "en",
     [("Sandoval", "NAME"), ("5-panel urine drug screen", "PROCEDURE"), ("Crestline Occupational Medicine", "SPECIALTY"), ("12/10", "DATE"),
      ("1200 Harmon Ave, Suite 3, Columbus, OH 43223", "ADDRESS"), ("(614) 555-0177", "PHONE"), ("Crestline Occupational Medicine", "SPECIALTY", 1)],
     ["lab", "urgent-care", "practice-contact"], "Decisions 2-3: name, drug screen and occupational-health name go; 'pre-employment physical' stays generic; the clinic's address, date and phone survive."),
    ("cz0111", "Dear Ms. Achterberg,\n\nThank you for completing your DOT physical with us on 11/21. Your blood pressure was 152/96 at the visit and 148/94 on recheck, which is in the stage 1 range for commercial drivers. Under FMCSA guidance you have been certified for 1 year only, and we recommend you see your primary care provider about starting or adjusting blood pressure medication.\n\nYour Medical Examiner's Certificate (MEC #A4419927) is attached; please give a copy to your employer. Your urinalysis showed no protein or sugar.\n\nA copy of the long-form exam report is in your patient portal. If you sign a release at the front desk, our Employer Services team can also fax the certificate straight to your company's safety department, so you don't have to deliver it yourself.\n\nQuestions? Call us at (937) 555-0164.\n\nSincerely,\nDr. Lena Hofmann\nValley Occupational Health",
     "BLOCK", "result", "email", "en",
     [("Achterberg", "NAME"), ("DOT physical", "PROCEDURE"), ("11/21", "DATE"), ("blood pressure", "PROCEDURE"), ("152/96", "RESULT"), ("148/94", "RESULT"),
      ("stage 1", "RESULT"), ("certified for 1 year only", "RESULT"), ("blood pressure medication", "MEDICATION"), ("A4419927", "LICENSE"),
      ("urinalysis", "PROCEDURE"), ("no protein or sugar", "RESULT"), ("(937) 555-0164", "PHONE"), ("Dr. Lena Hofmann", "PROVIDER"),
      ("Valley Occupational Health", "SPECIALTY")],
     ["urgent-care", "practice-contact"], "Values, a shortened certification (decision 4) and a treatment recommendation; certificate number is LICENSE (decision 6)."),
    ("cz0112", "Work status update: You may return to regular duty on 12/1 with no restrictions. Your wrist sprain has healed well; keep doing the home exercises for 2 more weeks. - Dr. Benitez, Occupational Medicine",
     "ALLOW", "other", "portal", "en",
     [("regular duty", "RESULT"), ("12/1", "DATE"), ("no restrictions", "RESULT"), ("wrist sprain", "CONDITION"), ("Dr. Benitez", "PROVIDER"), ("Occupational Medicine", "SPECIALTY")],
     ["urgent-care", "orthopedics"], "Portal channel: work status (decision 4), injury and instructions may stay (README)."),
    ("cz0113", "Hi, this is Mountain View Walk-In Clinic calling to let you know we're running about 30 minutes behind today. To keep your time, no action is needed. To reschedule, press 1 or call us at (720) 555-0187.",
     "ALLOW", "other", "voice", "en",
     [("(720) 555-0187", "PHONE")],
     ["urgent-care", "practice-contact"], "Running-late call from a generic walk-in name; the practice's own number."),
    ("cz0114", "Farmacia Buen Precio: Su receta de metformina 850 mg está lista para recoger en la ventanilla de autoservicio.",
     "REWRITE", "pickup", "push", "es",
     [("metformina 850 mg", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice goes (DESIGN); 'your prescription is ready' survives."),
    ("cz0115", "Tu prueba de COVID salió positiva. Quédate en casa 5 días y usa cubrebocas 5 días más. Tu justificante para el trabajo ya está en el portal.",
     "BLOCK", "result", "sms", "es",
     [("prueba de COVID", "PROCEDURE"), ("positiva", "RESULT")],
     ["urgent-care"], "A positive result with isolation instructions is the message."),
    ("cz0116", "Su justificante médico para el trabajo ya está disponible en el portal del paciente. Por su privacidad, no enviamos detalles de su consulta por mensaje de texto.",
     "ALLOW", "portal-notice", "sms", "es", [],
     ["urgent-care", "hard-negative"], "A work note exists; no status, diagnosis or dates — notification without PHI."),
    ("cz0117", "Hi Brandon this is Kasey from Summit, your DOT phyiscal paperwork is missing page 2 (the health history). Can u stop by b4 friday to sign it?",
     "REWRITE", "other", "sms", "en",
     [("Brandon", "NAME"), ("Kasey", "PROVIDER"), ("DOT phyiscal", "PROCEDURE")],
     ["urgent-care", "typo", "shorthand"], "Decision 3 with a staff typo; the staff sender is PROVIDER; 'stop by to sign' survives."),
    ("cz0118", "Exposure notice from Summit Urgent Care: you were in our waiting room on 11/12 at the same time as a patient later confirmed to have measles. Our records show no MMR vaccine on file for you. Please call (614) 555-0141 today before coming in.",
     "BLOCK", "other", "sms", "en",
     [("Summit Urgent Care", "SPECIALTY"), ("11/12", "DATE"), ("measles", "CONDITION"), ("MMR vaccine", "PROCEDURE"), ("(614) 555-0141", "PHONE")],
     ["urgent-care", "practice-contact"], "Judgement: an exposure to a named disease plus the recipient's immunization gap is clinical content; the call-back alone would not tell them why (portal or phone instead)."),
    ("cz0119", "After your needlestick on 11/19, your baseline HIV, hepatitis B and hepatitis C labs are set for 11/21 at 7:00 AM at Employee Health. No fasting needed.",
     "REWRITE", "reminder", "sms", "en",
     [("needlestick", "CONDITION"), ("11/19", "DATE"), ("HIV", "PROCEDURE"), ("hepatitis B", "PROCEDURE"), ("hepatitis C", "PROCEDURE"), ("11/21", "DATE")],
     ["primary-care", "lab", "hiv-sexual-health"], "Judgement (decision 14): the exposure and the tests go, each test one span with 'labs' outside; 'your labs are set for 11/21 at 7:00' survives."),
    ("cz0120", "Running late? Reply LATE and we'll hold your place in line for up to 15 minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Queue courtesy text; nothing about anyone."),
)

probe_lib.run(M, "cz", "probe101.jsonl")
