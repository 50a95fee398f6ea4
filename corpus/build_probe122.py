#!/usr/bin/env python3
"""Build corpus/probe122.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe122.py [OUT] [-v]   (default: probe122.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, source file, test or build script was read.

Theme of this round: EMERGENCY DEPARTMENTS, EMS, AMBULANCE BILLING AND POISON CONTROL — what
emergency departments, freestanding ERs, ambulance and air-medical services, poison centers and
ER follow-up nurses send: wait-time and check-in texts, follow-up calls after ER visits, culture
and imaging call-backs, ambulance and ER bills, insurance appeals for emergency transport,
poison-center follow-ups, community CPR / Stop-the-Bleed events; mixed with look-alikes (an
emergency savings fund, a poison-pen book club, 911 Main Street, a Code Red sale, a rescue-dog
adoption day, a paramedic named Rescue Jones, Code Blue Coffee, a Trauma Center golf classic).
About 27% Spanish; 4 disguised messages (spaced letters, zero-width, Cyrillic, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also cited as "decision N" in the `why` of the
lines concerned):
  1. Service tag: ED, freestanding-ER, EMS, ambulance, air-medical and poison-center traffic is
     tagged `urgent-care` (the only acute-care service tag); community CPR/first-aid events, gift
     shops, libraries, billing offices and fire departments are `general`; imaging and culture
     call-backs add `imaging` / `lab`.
  2. ED words and names (`ER`, `ED`, `emergency room/department`, `urgencias`, `sala de
     emergencias`, freestanding-ER names, ICU/PICU, `trauma` team) and poison-center /
     toxicology names are SPECIALTY when they tie the recipient (or a relative) to the service,
     as DESIGN does for urgent care; in broadcasts they stay unlabelled (README broadcast rule).
  3. Ambulance, EMS, air-medical and medical-transport company names are specialty-revealing
     (SPECIALTY), like imaging names: a bill from them says the recipient was transported. The
     transport itself (`ambulance transport`, `traslado`, `helicopter transport`, `transport`)
     is a PROCEDURE, as are ambulance service-level and HCPCS codes (`ALS1`, `A0427`); an ICD-10
     code is a CONDITION like the words it codes.
  4. ESI triage: `ESI` is the scale (PROCEDURE) and its level the RESULT (README scale rule), so
     a triage level is a finding -> BLOCK.
  5. Poison exposures: drug agents are MEDICATION; household/chemical agents (`dishwasher pod`,
     `cloro concentrado`) are CONDITION, as the poisoning they name; an overdose or `double dose`
     and injury mechanisms (`bike crash`, `fall`) are CONDITION.
  6. Culture results: the organism grown (`E. coli`, `MRSA`) is a CONDITION (the infection);
     `positive`, `grew bacteria`, `susceptible`, `resistant` are RESULT.
  7. `paramedic`, `EMT`, `charge nurse`, a fire `Captain` are generic role words like `nurse`; a
     person named with such a role, or named as the sender, is workforce -> PROVIDER with the
     role included (`Paramedic Rescue Jones`, `Captain Ortiz`, `enfermera Marisol`).
  8. An agency's own vehicle/unit numbers (`Medic 14`, `van #12`) and payment receipt numbers
     are not the patient's identifiers -> unlabelled.
  9. A dependent's ER check-in or queue text with only a name and the ER name is REWRITE
     (README's dependent-logistics rule); a relative's transfer, finding, treatment or even
     "stable" condition is BLOCK (third party's health).
 10. A call-back that names only the test and the ED is REWRITE; any finding, normal included,
     is BLOCK. An appeal acknowledgement naming the transport is REWRITE; an appeal decision that
     cites vitals or a diagnosis is BLOCK.
 11. A Spanish form word before the drug goes with it (`inyección de metotrexato`, `jarabe de
     paracetamol`), mirroring `cortisone injection`; a form word after it too (`Narcan kit`).
 12. A city named alone as the origin/destination of a patient's transport is ADDRESS.
 13. A patient's state (`stable`, `estable`) is a RESULT, like `en remisión`.
 14. Warning signs written as "watch for ..." are labelled CONDITION like any symptom (tag
     `negation` where the whole passage is hypothetical).
 15. A naloxone (Narcan) kit pickup follows the README pickup rule (REWRITE), although the drug
     hints at opioid use.
 16. A named outreach program (`Community Paramedicine`) is a PROCEDURE; a blood-pressure check
     named as the purpose of a home visit (`revisarle la presión`) is a PROCEDURE -> REWRITE.
 17. Purposes `confirmation` and `portal-notice` are used (probe_lib accepts them).

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (du0001-du0012): ER wait times and check-in
add(
    ("du0001", "Lakeview Health ER wait times right now: Downtown 18 min · Northside 42 min · Pinecrest 9 min. Times are estimates and can change quickly. If you think you're having a medical emergency, call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Wait-time broadcast to subscribers says nothing about the recipient; the ER word stays unlabelled in a broadcast (decision 2); 911 is not a phone identifier."),
    ("du0002", "Hi Marcus, you're checked in at Pinecrest Freestanding Emergency Center. You are #3 in line to be seen. If you feel worse while waiting, tell the front desk right away.",
     "REWRITE", "confirmation", "sms", "en",
     [("Marcus", "NAME"), ("Pinecrest Freestanding Emergency Center", "SPECIALTY")],
     ["urgent-care"], "Check-in text ties the recipient to an ER (decision 2); name and ER name go, the queue position survives."),
    ("du0003", "Harborview Medical Center: 2 people are ahead of you. Estimated time until you're called back: 25 min. Reply STOP to leave the queue.",
     "ALLOW", "other", "sms", "en", [],
     ["general"], "Queue update from a generic hospital name; no service, person or identifier."),
    ("du0004", "Hola Yesenia, ya quedó registrada en la Sala de Emergencias del Hospital San Lucas. Tiempo estimado de espera: 1 h 20 min. Si se siente peor, avísele a la enfermera de triaje.",
     "REWRITE", "confirmation", "sms", "es",
     [("Yesenia", "NAME"), ("Sala de Emergencias", "SPECIALTY")],
     ["urgent-care"], "Check-in in the emergency room: name and service go (decision 2), the wait time survives; 'enfermera de triaje' is a generic role."),
    ("du0005", "ED triage update for Kevin Osei: ESI level 2, chest pain, EKG done in triage. Please keep your phone on; we'll text you when a room opens.",
     "BLOCK", "other", "sms", "en",
     [("[[ED]] triage", "SPECIALTY"), ("Kevin Osei", "NAME"), ("ESI", "PROCEDURE"), ("ESI level [[2]]", "RESULT"), ("chest pain", "CONDITION"), ("EKG", "PROCEDURE")],
     ["urgent-care", "cardiology"], "Triage acuity and presenting complaint are clinical findings (decision 4); removing them leaves no message."),
    ("du0006", "Hospital Valle Verde: consulte los tiempos de espera de urgencias en tiempo real en valleverde.example/espera. En caso de emergencia, llame al 911.",
     "ALLOW", "other", "sms", "es",
     [("valleverde.example/espera", "URL")],
     ["urgent-care", "broadcast", "practice-contact"], "Broadcast pointing to the hospital's own wait-time page; 'urgencias' unlabelled in a broadcast (decision 2)."),
    ("du0007", "You're next! Please come back to the check-in desk at the Emergency Department entrance within 10 minutes or your spot may be released.",
     "REWRITE", "other", "sms", "en",
     [("Emergency Department", "SPECIALTY")],
     ["urgent-care"], "Sent to a waiting patient: the ED entrance reveals where they are being seen (decision 2); 'please come back to the check-in desk' survives."),
    ("du0008", "St. Brigid's Hospital would like your feedback on your Emergency Department visit on 4/9. Take our 2-minute survey: stbrigid.example/s/ed?v=88213",
     "REWRITE", "other", "sms", "en",
     [("Emergency Department", "SPECIALTY"), ("4/9", "DATE"), ("stbrigid.example/s/ed?v=88213", "URL")],
     ["urgent-care"], "Survey names the ED visit and carries a per-visit query parameter; a saint's name in a hospital name is not a NAME."),
    ("du0009", "Hi, this is Tasha, the ER follow-up nurse at Mercy Ridge. Calling to check on you after Saturday's visit for your kidney stone. Are you keeping fluids down, and is the Flomax helping? Call me back at 555-0148.",
     "BLOCK", "care-instructions", "voice", "en",
     [("this is [[Tasha]]", "PROVIDER"), ("the [[ER]] follow-up", "SPECIALTY"), ("kidney stone", "CONDITION"), ("Flomax", "MEDICATION"), ("555-0148", "PHONE")],
     ["urgent-care"], "Voicemail is treated like SMS; the diagnosis and the drug are the point of the call."),
    ("du0010", "Reminder: your appointment with Dr. Haddad is Tue 5/12 at 10:15 AM at Riverside Family Medicine, 4410 Crane Blvd, Fairview. Bring your insurance card and a list of your medicines.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("5/12", "DATE"), ("4410 Crane Blvd, Fairview", "ADDRESS")],
     ["primary-care", "practice-contact"], "Provider, date, time and the practice's own address; 'list of your medicines' names none."),
    ("du0011", "Your son Mateo is checked in at Little Oaks Pediatric ER. Estimated wait: 35 minutes. Snack vouchers for parents are at the front desk.",
     "REWRITE", "confirmation", "sms", "en",
     [("Mateo", "NAME"), ("Little Oaks Pediatric ER", "SPECIALTY")],
     ["urgent-care", "pediatrics", "minor"], "Dependent's logistics with a name and a specialty name only: REWRITE, not third-party BLOCK (decision 9)."),
    ("du0012", "Sr. Ramírez, su esposa Lucía fue trasladada del área de urgencias a la Unidad de Cuidados Intensivos. Puede subir al 4.º piso y preguntar por la enfermera Pilar.",
     "BLOCK", "other", "sms", "es",
     [("Ramírez", "NAME"), ("Lucía", "NAME"), ("urgencias", "SPECIALTY"), ("Unidad de Cuidados Intensivos", "SPECIALTY"), ("enfermera Pilar", "PROVIDER")],
     ["urgent-care", "third-party"], "A spouse's transfer from the ED to intensive care is a third party's health (decision 9)."),
)

# ---------------------------------------------------------------- batch 2 (du0013-du0024): follow-up calls, discharge, call-backs
add(
    ("du0013", "This is Riverside Hospital checking in after your recent visit. No need to reply if you're feeling fine; call 555-0162 with any questions. Msg&data rates may apply.",
     "ALLOW", "other", "sms", "en",
     [("555-0162", "PHONE")],
     ["general", "practice-contact"], "Generic hospital name, no service or visit type; the hospital's own number."),
    ("du0014", "Dear Ms. Whitfield,\n\nThank you for choosing the Mercy Ridge Emergency Department on March 3. We hope you are feeling better. Our records show you were treated for a sprained left ankle; the X-ray showed no fracture.\n\nPlease keep the splint on for 7 days, except to shower, and use the crutches until you can walk without pain. Take ibuprofen 600 mg every 6 hours with food for the swelling, and keep your foot raised above your heart when resting.\n\nSchedule a follow-up with orthopedics within one week by calling 555-0153. Come back to the ER any time you are worried.\n\nIf you have questions, reply to this e-mail or call our follow-up nurses at 555-0154, 7 days a week from 8 AM to 8 PM.\n\nWarm regards,\nPatient Experience Team\nMercy Ridge Emergency Department",
     "BLOCK", "care-instructions", "email", "en",
     [("Whitfield", "NAME"), ("Mercy Ridge Emergency Department", "SPECIALTY"), ("March 3", "DATE"), ("sprained left ankle", "CONDITION"), ("X-ray", "PROCEDURE"), ("no fracture", "RESULT"), ("splint", "PROCEDURE"), ("crutches", "PROCEDURE"), ("ibuprofen 600 mg", "MEDICATION"), ("swelling", "CONDITION"), ("orthopedics", "SPECIALTY"), ("555-0153", "PHONE"), ("the [[ER]] any", "SPECIALTY"), ("555-0154", "PHONE"), ("Mercy Ridge Emergency Department", "SPECIALTY", 1)],
     ["urgent-care", "orthopedics"], "Discharge e-mail with diagnosis, imaging result and dosing; e-mail is treated like SMS."),
    ("du0015", "Hi Priya, the ER follow-up team tried to reach you about your visit on 6/21. Please call us at 555-0177 between 8am-8pm. -Westbrook Hospital Callback Line",
     "REWRITE", "other", "sms", "en",
     [("Priya", "NAME"), ("the [[ER]] follow-up", "SPECIALTY"), ("6/21", "DATE"), ("555-0177", "PHONE")],
     ["urgent-care", "practice-contact"], "Call-back request: name and ER go, date and the hospital's number survive."),
    ("du0016", "Hi, this is Priscilla from Harbor Valley Hospital's patient access office, returning your call about a copy of your bill. You can reach me at 555-0183, extension 2. Have a good afternoon.",
     "ALLOW", "billing", "voice", "en",
     [("Priscilla", "PROVIDER"), ("555-0183", "PHONE")],
     ["general", "practice-contact"], "Staff member named as the caller is workforce (PROVIDER); a bill copy with no service named."),
    ("du0017", "hey its jo from ED f/u. ur wound check is sat, stitches out in 10-14 days. keep it dry + watch for redness/pus. if fever over 101 come back in",
     "BLOCK", "care-instructions", "sms", "en",
     [("its [[jo]] from", "PROVIDER"), ("from [[ED]] f/u", "SPECIALTY"), ("wound check", "PROCEDURE"), ("stitches", "PROCEDURE"), ("redness", "CONDITION"), ("pus", "CONDITION"), ("fever", "CONDITION")],
     ["urgent-care", "shorthand"], "Wound-care instructions are treatment instructions; warning signs labelled as conditions (decision 14); '101' is a threshold, not a value."),
    ("du0018", "Mercy Ridge: a nurse will call you today between 1 and 3 PM to follow up on your emergency room visit for abdominal pain.",
     "REWRITE", "other", "sms", "en",
     [("emergency room", "SPECIALTY"), ("abdominal pain", "CONDITION")],
     ["urgent-care"], "The reason for visit is a symptom used as a visit label; the call window survives ('to follow up on your recent visit')."),
    ("du0019", "Your CT from the ER was re-read by the radiologist this morning and shows a small fracture of the L1 vertebra that wasn't mentioned at discharge. Please call Dr. Lindqvist today at 555-0139.",
     "BLOCK", "result", "sms", "en",
     [("CT", "PROCEDURE"), ("from the [[ER]] was", "SPECIALTY"), ("radiologist", "SPECIALTY"), ("fracture of the L1 vertebra", "CONDITION"), ("Dr. Lindqvist", "PROVIDER"), ("555-0139", "PHONE")],
     ["urgent-care", "imaging"], "Imaging discrepancy call-back states the finding (decision 10)."),
    ("du0020", "Radiology callback: please call Eastgate Hospital Imaging about the X-rays taken during your ER visit on 7/2. Ref #IMG-550213.",
     "REWRITE", "result", "sms", "en",
     [("Radiology", "SPECIALTY"), ("Eastgate Hospital Imaging", "SPECIALTY"), ("X-rays", "PROCEDURE"), ("your [[ER]] visit", "SPECIALTY"), ("7/2", "DATE"), ("IMG-550213", "OTHER_ID")],
     ["urgent-care", "imaging"], "Call-back naming only the test and the ED (decision 10); the imaging reference is an accession-type number (OTHER_ID)."),
    ("du0021", "Hola, Sr. Benítez. El cultivo de orina que le tomaron en urgencias salió positivo para E. coli resistente a la ciprofloxacina. Necesitamos cambiarle el antibiótico hoy mismo; llame al 555-0158.",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("cultivo de orina", "PROCEDURE"), ("urgencias", "SPECIALTY"), ("positivo", "RESULT"), ("E. coli", "CONDITION"), ("resistente", "RESULT"), ("ciprofloxacina", "MEDICATION"), ("antibiótico", "MEDICATION"), ("555-0158", "PHONE")],
     ["urgent-care", "lab"], "Culture result with organism and resistance (decision 6) and a treatment change."),
    ("du0022", "Thank you! We received your payment of $150.00. Receipt no. R-20488. Questions about your balance? Reply BILL.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Payment receipt numbers identify a transaction, not a person (decision 8)."),
    ("du0023", "Dear Mr. Castellano,\n\nOur records show you left the Emergency Department on 2/14 before your evaluation was complete. We want to make sure you're OK. Please call our patient experience line at 555-0191 or reply to this e-mail.\n\nSincerely,\nHarlow Regional Medical Center",
     "REWRITE", "other", "email", "en",
     [("Castellano", "NAME"), ("Emergency Department", "SPECIALTY"), ("2/14", "DATE"), ("555-0191", "PHONE")],
     ["urgent-care", "practice-contact"], "Left-without-being-seen outreach: the ED and the name go; 'we want to make sure you're OK, please call' survives."),
    ("du0024", "Poison Control follow-up: how is Ava doing this morning? Any more vomiting since she swallowed the dishwasher pod? Call us back anytime at 555-0114.",
     "BLOCK", "other", "sms", "en",
     [("Poison Control", "SPECIALTY"), ("Ava", "NAME"), ("vomiting", "CONDITION"), ("dishwasher pod", "CONDITION"), ("555-0114", "PHONE")],
     ["urgent-care", "pediatrics", "minor", "third-party"], "A child's poisoning and symptoms sent to the parent (third party); household agent labelled CONDITION (decision 5)."),
)

# ---------------------------------------------------------------- batch 3 (du0025-du0036): cultures, portal contrast, poison centers
add(
    ("du0025", "Your ER visit summary has been updated. Urine culture (final): >100,000 CFU/mL E. coli, susceptible to nitrofurantoin. Keep taking Macrobid 100 mg twice daily until finished. — Cedar Hills Emergency Department",
     "ALLOW", "result", "portal", "en",
     [("Your [[ER]] visit", "SPECIALTY"), ("Urine culture", "PROCEDURE"), (">100,000 CFU/mL", "RESULT"), ("E. coli", "CONDITION"), ("susceptible", "RESULT"), ("nitrofurantoin", "MEDICATION"), ("Macrobid 100 mg", "MEDICATION"), ("Cedar Hills Emergency Department", "SPECIALTY")],
     ["urgent-care", "lab", "contrast"], "Inside the secure portal results, organisms and doses may stay (README channel rule); SMS twin du0026 is BLOCK."),
    ("du0026", "Cedar Hills ED: your urine culture grew E. coli (>100,000). It is sensitive to the Macrobid you were given, so keep taking it until it's gone. Reply STOP to opt out.",
     "BLOCK", "result", "sms", "en",
     [("Cedar Hills ED", "SPECIALTY"), ("urine culture", "PROCEDURE"), ("E. coli", "CONDITION"), (">100,000", "RESULT"), ("sensitive", "RESULT"), ("Macrobid", "MEDICATION")],
     ["urgent-care", "lab", "contrast"], "Culture result by SMS (decision 6); portal twin du0025 is ALLOW."),
    ("du0027", "Message from the Emergency Dept at Sutter Lake Hospital: your throat culture result is in. Log in to the patient portal or call 555-0126 to review it.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Emergency Dept", "SPECIALTY"), ("throat culture", "PROCEDURE"), ("555-0126", "PHONE")],
     ["urgent-care", "lab", "practice-contact"], "Result-ready notice: the named test and the ED go, 'your result is in, log in' survives (decision 10)."),
    ("du0028", "Hi, this message is for Derrick Moy. This is Alana, a nurse with the Saint Anselm emergency department callback program. Your blood culture from Tuesday grew bacteria, and Dr. Patel wants you to come back to the ER tonight for IV antibiotics. Please call us at 555-0170 as soon as you get this.",
     "BLOCK", "result", "voice", "en",
     [("Derrick Moy", "NAME"), ("This is [[Alana]],", "PROVIDER"), ("emergency department", "SPECIALTY"), ("blood culture", "PROCEDURE"), ("grew bacteria", "RESULT"), ("Dr. Patel", "PROVIDER"), ("to the [[ER]] tonight", "SPECIALTY"), ("IV antibiotics", "MEDICATION"), ("555-0170", "PHONE")],
     ["urgent-care", "lab"], "Positive blood culture and treatment plan in a voicemail (voice treated like SMS)."),
    ("du0029", "Resultado de su visita a urgencias del 12/05: radiografía de tórax sin hallazgos agudos. No necesita más seguimiento por este motivo. — Dr. Quintero",
     "ALLOW", "result", "portal", "es",
     [("urgencias", "SPECIALTY"), ("12/05", "DATE"), ("radiografía de tórax", "PROCEDURE"), ("sin hallazgos agudos", "RESULT"), ("Dr. Quintero", "PROVIDER")],
     ["urgent-care", "imaging", "contrast"], "Normal imaging result inside the portal: ALLOW (README channel rule)."),
    ("du0030", "Le informamos que su radiografía de tórax en urgencias no mostró neumonía. Siga tomando la amoxicilina hasta terminarla. Dr. Quintero",
     "BLOCK", "result", "sms", "es",
     [("radiografía de tórax", "PROCEDURE"), ("urgencias", "SPECIALTY"), ("no mostró neumonía", "RESULT"), ("amoxicilina", "MEDICATION"), ("Dr. Quintero", "PROVIDER")],
     ["urgent-care", "imaging", "contrast", "negation"], "A negative result is still a result (README); plus a medication instruction."),
    ("du0031", "Harbor Valley Health Financial Wellness Corner\n\nBuilding an emergency savings fund? Even $10 a week adds up to $520 in a year. Join our free 30-minute webinar Thursday at noon to learn about budgeting, payment plans and how to ask about financial assistance before a big bill arrives.\n\nReply JOIN to save your seat.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Emergency' in a savings-fund sense; a broadcast about money, nobody's care."),
    ("du0032", "Reminder: your follow-up ultrasound is 8/19 at 9:00 AM at Lakeshore Imaging Center (arrive 15 min early). Ordered by Dr. Feld after your ED visit.",
     "REWRITE", "reminder", "sms", "en",
     [("ultrasound", "PROCEDURE"), ("8/19", "DATE"), ("Lakeshore Imaging Center", "SPECIALTY"), ("Dr. Feld", "PROVIDER"), ("your [[ED]] visit", "SPECIALTY")],
     ["urgent-care", "imaging"], "Test type, imaging name and ED go; date, time and provider survive."),
    ("du0033", "Hi, this is Gwen from St. Brigid's ED. The wound culture from your hand abscess grew MRSA, which the Keflex won't treat. Dr. Okafor sent Bactrim DS to your pharmacy. Start it tonight, 1 tab twice a day.",
     "BLOCK", "result", "sms", "en",
     [("this is [[Gwen]]", "PROVIDER"), ("St. Brigid's ED", "SPECIALTY"), ("wound culture", "PROCEDURE"), ("hand abscess", "CONDITION"), ("MRSA", "CONDITION"), ("Keflex", "MEDICATION"), ("Dr. Okafor", "PROVIDER"), ("Bactrim DS", "MEDICATION")],
     ["urgent-care", "lab"], "Organism, diagnosis and dosing (decision 6)."),
    ("du0034", "¡Feria de adopción de perros rescatados este sábado en el estacionamiento del Hospital del Valle! De 10 a 2. Habrá vacunas para mascotas, microchips y comida.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Rescue-dog adoption day; pet vaccines and microchips are not patient care or device identifiers."),
    ("du0035", "Hola, doña Carmen. Tiene una llamada pendiente del Centro de Información Toxicológica sobre la consulta que hizo anoche. Llámenos al 555-0109 cuando pueda.",
     "REWRITE", "other", "sms", "es",
     [("Carmen", "NAME"), ("Centro de Información Toxicológica", "SPECIALTY"), ("555-0109", "PHONE")],
     ["urgent-care", "practice-contact"], "A poison-center name reveals an exposure call (decision 2); the call-back request survives."),
    ("du0036", "Tri-County Poison Center: checking on your dad after the double dose of his metoprolol last night. Has he been dizzy or lightheaded today? Text back or call 555-0150.",
     "BLOCK", "other", "sms", "en",
     [("Tri-County Poison Center", "SPECIALTY"), ("double dose", "CONDITION"), ("metoprolol", "MEDICATION"), ("dizzy", "CONDITION"), ("lightheaded", "CONDITION"), ("555-0150", "PHONE")],
     ["urgent-care", "cardiology", "third-party"], "A parent's medication overdose and symptoms (third party; decision 5)."),
)

# ---------------------------------------------------------------- batch 4 (du0037-du0048): ambulance and air-medical bills, appeals
add(
    ("du0037", "Metro Regional Ambulance: You have a balance of $1,284.50 for service on 01/09. Pay at metroamb.example/pay or call 555-0133. Acct 700-448-192.",
     "REWRITE", "billing", "sms", "en",
     [("Metro Regional Ambulance", "SPECIALTY"), ("01/09", "DATE"), ("metroamb.example/pay", "URL"), ("555-0133", "PHONE"), ("700-448-192", "ACCOUNT")],
     ["urgent-care", "practice-contact"], "An ambulance company's name reveals a transport (decision 3); the account number is not needed; amount, link and phone survive."),
    ("du0038", "CODE RED SALE at the Mercy Ridge Gift Shop! 30% off every red-tag item today only: scrubs, mugs, plush bears and balloons. Open until 7 PM.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Code Red' is a sale, not an emergency code about anyone."),
    ("du0039", "Subject: Your statement from Fairview Ambulance Authority\n\nDear Mr. Haverford,\n\nBelow is your itemized statement. Account: FAA-2210934. Date of service: 03/28/2026. Pickup: 48 Orchard Lane, Fairview, OR 97024. Destination: Saint Anselm Medical Center ED.\n\n- ALS1 emergency base rate (A0427): $1,850.00\n- Ground mileage, 14 miles (A0425): $238.00\n- Cardiac monitoring and IV start: included\nPrimary diagnosis: R55 Syncope and collapse\n\nYour insurer, Cascade Health Plan (member ID CHP-448120937), paid $1,402.40. Your share is $685.60, due by May 15. Pay at fairviewamb.example/pay, call 555-0131, or mail a check to PO Box 2210, Fairview, OR 97024.\n\nThank you,\nPatient Accounts\nFairview Ambulance Authority",
     "BLOCK", "billing", "email", "en",
     [("Fairview Ambulance Authority", "SPECIALTY"), ("Haverford", "NAME"), ("FAA-2210934", "ACCOUNT"), ("03/28/2026", "DATE"), ("48 Orchard Lane, Fairview, OR 97024", "ADDRESS"), ("Center [[ED]].", "SPECIALTY"), ("ALS1", "PROCEDURE"), ("A0427", "PROCEDURE"), ("A0425", "PROCEDURE"), ("Cardiac monitoring", "PROCEDURE"), ("IV start", "PROCEDURE"), ("R55", "CONDITION"), ("Syncope and collapse", "CONDITION"), ("CHP-448120937", "HEALTH_PLAN_ID"), ("May 15", "DATE"), ("fairviewamb.example/pay", "URL"), ("555-0131", "PHONE"), ("PO Box 2210, Fairview, OR 97024", "ADDRESS"), ("Fairview Ambulance Authority", "SPECIALTY", 1)],
     ["urgent-care", "practice-contact"], "Itemized ambulance bill with a diagnosis code and words, the patient's home address and member ID (decision 3); the diagnosis makes it BLOCK."),
    ("du0040", "Ambulancias del Sol: su factura por el traslado del 12/03 está vencida. Saldo: $640.00. Pague en ambsol.example/pagar o llame al 555-0120. Cuenta 88-21940.",
     "REWRITE", "billing", "sms", "es",
     [("Ambulancias del Sol", "SPECIALTY"), ("traslado", "PROCEDURE"), ("12/03", "DATE"), ("ambsol.example/pagar", "URL"), ("555-0120", "PHONE"), ("88-21940", "ACCOUNT")],
     ["urgent-care", "practice-contact"], "Ambulance name and transport go (decision 3), the account number is not needed; balance, link and phone survive."),
    ("du0041", "Consejo financiero del Hospital Santa Rosa: tener un fondo de emergencia con tres meses de gastos le da tranquilidad. Pregunte por nuestros planes de pago sin intereses en la ventanilla de cajas.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Fondo de emergencia' is a savings fund; a broadcast tip."),
    ("du0042", "AirLift Northwest: we received your insurance information for the 11/22 air ambulance transport. No action is needed right now; we'll text you if anything else is required.",
     "REWRITE", "billing", "sms", "en",
     [("AirLift Northwest", "SPECIALTY"), ("11/22", "DATE"), ("air ambulance transport", "PROCEDURE")],
     ["urgent-care"], "Air-medical name and service go (decision 3); 'we received your insurance information' survives."),
    ("du0043", "Cascade Health Plan: your appeal for the 5/30 helicopter transport was denied. Reason: records show the patient was stable (BP 128/80, no active bleeding) and ground transport was appropriate. Member ID CHP448120937.",
     "BLOCK", "billing", "sms", "en",
     [("5/30", "DATE"), ("helicopter transport", "PROCEDURE"), ("stable", "RESULT"), ("BP", "PROCEDURE"), ("128/80", "RESULT"), ("no active bleeding", "RESULT"), ("ground transport", "PROCEDURE"), ("CHP448120937", "HEALTH_PLAN_ID")],
     ["urgent-care", "identifier"], "An appeal decision that cites vitals and findings (decision 10, decision 13)."),
    ("du0044", "Dear Jolene Pruitt,\n\nWe received your appeal regarding claim 2026-0419-77815 for emergency ground ambulance services on April 2. A written decision will be mailed within 30 days. Questions? Call Member Services at 555-0104 (TTY 711).\n\nSincerely,\nAppeals Unit, Evergreen Community Health Plan",
     "REWRITE", "billing", "email", "en",
     [("Jolene Pruitt", "NAME"), ("2026-0419-77815", "OTHER_ID"), ("emergency ground ambulance services", "PROCEDURE"), ("April 2", "DATE"), ("555-0104", "PHONE")],
     ["urgent-care", "practice-contact"], "Appeal acknowledgement naming the transport (decision 10): name, claim number and service go; TTY 711 is a relay code, not a phone identifier."),
    ("du0045", "Evergreen Community Health Plan: a decision on your recent appeal has been posted to your secure member portal. Log in at evergreenchp.example to view it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("evergreenchp.example", "URL")],
     ["general", "practice-contact"], "Notification without PHI: no service, claim or person."),
    ("du0046", "Estimada Sra. Olmedo:\n\nLe informamos que su apelación del reclamo 55-102938, por el traslado en ambulancia aérea del 9 de enero, fue aprobada. El comité médico revisó el diagnóstico de infarto agudo de miocardio y confirmó que el traslado era médicamente necesario. En las próximas semanas recibirá una nueva explicación de beneficios.\n\nAtentamente,\nUnidad de Apelaciones\nPlan de Salud Horizonte",
     "BLOCK", "billing", "email", "es",
     [("Olmedo", "NAME"), ("55-102938", "OTHER_ID"), ("traslado en ambulancia aérea", "PROCEDURE"), ("9 de enero", "DATE"), ("infarto agudo de miocardio", "CONDITION"), ("traslado", "PROCEDURE", 1)],
     ["urgent-care", "cardiology"], "An approved appeal that names the diagnosis (decision 10)."),
    ("du0047", "Lifeline Medical Transport: reminder that your wheelchair van pickup for dialysis is Mon/Wed/Fri at 5:45 AM from 1187 Birchwood Ct Apt 3. Reply C to confirm or X to cancel a ride.",
     "REWRITE", "reminder", "sms", "en",
     [("Lifeline Medical Transport", "SPECIALTY"), ("wheelchair van", "PROCEDURE"), ("dialysis", "PROCEDURE"), ("1187 Birchwood Ct Apt 3", "ADDRESS")],
     ["dialysis"], "Transport name (decision 3), mobility device, treatment and the patient's home address go; days and pickup time survive."),
    ("du0048", "Mercy Ridge Patient Financial Services has moved to 911 Main Street, Suite 200, Fairview. Walk-in hours are Mon–Fri, 8 AM to 4:30 PM. Phone numbers are unchanged.",
     "ALLOW", "other", "sms", "en",
     [("911 Main Street, Suite 200, Fairview", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "'911' is a house number here; the billing office's own address."),
)

# ---------------------------------------------------------------- batch 5 (du0049-du0060): community classes, poison centers, look-alikes
add(
    ("du0049", "Free Stop the Bleed class this Saturday, 9–11 AM, at Fairview Fire Station 3. Learn to pack a wound and apply a tourniquet in two hours. Ages 12+. Reply STB to save a seat.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community first-aid class sent to everyone; wound and tourniquet are skills taught, not anyone's care."),
    ("du0050", "Hands-only CPR night with Paramedic Rescue Jones! Thursday at 6:30 PM in the Oakmont Library community room. Free, all ages, no sign-up needed. Bring a friend!",
     "ALLOW", "marketing", "sms", "en",
     [("Paramedic Rescue Jones", "PROVIDER")],
     ["general", "broadcast"], "A paramedic named with his role is workforce (decision 7); 'Rescue' is his first name; a broadcast class."),
    ("du0051", "Harbor Valley Hospital Library Book Club\n\nWe meet Tuesday at 5:30 PM in Conference Room B. This month's pick is \"The Poison-Pen Letters,\" a 1920s village mystery in which anonymous notes turn a sleepy town upside down. Light snacks provided; new members are always welcome. Questions? Stop by the library desk on the first floor.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Poison-pen' is a novel's title; a book-club broadcast."),
    ("du0052", "National Poison Prevention Week: keep cleaning products and medicines up, away and out of sight. Save the poison help line in your phone today. — Westbrook Pediatrics",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Safety broadcast to every family; the practice name is not labelled in a broadcast."),
    ("du0053", "Regional Poison Center again. Confirming: Noah (3 yrs) may have chewed up to 2 of grandma's amlodipine 10 mg tablets around 2 pm. The ER team at Harlow Regional knows you're on the way.",
     "BLOCK", "other", "sms", "en",
     [("Regional Poison Center", "SPECIALTY"), ("Noah", "NAME"), ("amlodipine 10 mg tablets", "MEDICATION"), ("The [[ER]] team", "SPECIALTY")],
     ["urgent-care", "pediatrics", "minor", "third-party"], "A child's drug exposure (and grandma's drug) sent to the parent (decision 5, decision 11)."),
    ("du0054", "Buenas noches, le habla Rodrigo del Centro de Control de Envenenamientos. Llamo para saber cómo sigue su hija Valentina después de tomarse el jarabe de paracetamol. Si tiene vómitos o dolor de barriga, llévela a urgencias. Nuestro número es el 555-0167.",
     "BLOCK", "care-instructions", "voice", "es",
     [("habla [[Rodrigo]] del", "PROVIDER"), ("Centro de Control de Envenenamientos", "SPECIALTY"), ("Valentina", "NAME"), ("jarabe de paracetamol", "MEDICATION"), ("vómitos", "CONDITION"), ("dolor de barriga", "CONDITION"), ("urgencias", "SPECIALTY"), ("555-0167", "PHONE")],
     ["urgent-care", "pediatrics", "minor", "third-party", "negation"], "A daughter's ingestion and warning signs (third party; decision 11, decision 14)."),
    ("du0055", "Taller gratuito de RCP para papás, abuelos y niñeras este sábado en el Centro Comunitario Las Palmas, de 9 a 12. Cupo limitado: responda RCP para apartar su lugar.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Community CPR class broadcast; RCP is a skill taught, not a procedure on the recipient."),
    ("du0056", "Hi Destiny, reminder that your follow-up with Dr. Amaro at the Poison Center's toxicology clinic is tomorrow at 2:30 PM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Destiny", "NAME"), ("Dr. Amaro", "PROVIDER"), ("Poison Center", "SPECIALTY"), ("toxicology", "SPECIALTY")],
     ["urgent-care"], "Name, poison center and toxicology go (decision 2); provider and time survive. 'Destiny' is a given name here."),
    ("du0057", "Heads up, neighbors: St. Brigid's Hospital will run a full-scale mass-casualty drill Saturday morning. Expect sirens, a helicopter and volunteers in fake wounds near the ambulance bay. This is only a drill.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A drill notice to neighbors; casualties and wounds are staged."),
    ("du0058", "Mercy Ridge ED: your troponin is back at 0.02 ng/mL (normal). You can go home once Dr. Varga reviews it.",
     "BLOCK", "result", "push", "en",
     [("Mercy Ridge ED", "SPECIALTY"), ("troponin", "PROCEDURE"), ("0.02 ng/mL", "RESULT"), ("normal", "RESULT"), ("Dr. Varga", "PROVIDER")],
     ["urgent-care", "cardiology", "lab"], "A normal value is still a result (README); push is treated like SMS (lock screen)."),
    ("du0059", "Harbor Valley Health: you have a new message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI."),
    ("du0060", "Sra. Ortega, su cita de seguimiento en la Clínica de Heridas después de su visita a urgencias es el 14 de julio a las 11:00 con la Dra. Iturbe.",
     "REWRITE", "reminder", "sms", "es",
     [("Ortega", "NAME"), ("Clínica de Heridas", "SPECIALTY"), ("urgencias", "SPECIALTY"), ("14 de julio", "DATE"), ("Dra. Iturbe", "PROVIDER")],
     ["urgent-care"], "Wound-clinic name and the ED go; date, time and provider survive."),
)

# ---------------------------------------------------------------- batch 6 (du0061-du0072): disguises, newsletters, relatives, ER bills
add(
    ("du0061", "St. Anselm ED callback: your tox screen came back p o s i t i v e for c o c a i n e. A counselor can talk with you confidentially — call 555-0111 anytime.",
     "BLOCK", "result", "sms", "en",
     [("Anselm [[ED]] callback", "SPECIALTY"), ("tox screen", "PROCEDURE"), ("p o s i t i v e", "RESULT"), ("c o c a i n e", "MEDICATION"), ("counselor", "SPECIALTY"), ("555-0111", "PHONE")],
     ["urgent-care", "substance-use", "spaced"], "Drug-screen result disguised with spaced letters; substance labelled MEDICATION (README), the substance-use counselor SPECIALTY."),
    ("du0062", "Hi Trevor, Fairview ER here. Your N\u200ba\u200br\u200bc\u200ba\u200bn kit is ready at the front desk. Please pick it up before you leave today.",
     "REWRITE", "pickup", "sms", "en",
     [("Trevor", "NAME"), ("Fairview ER", "SPECIALTY"), ("N\u200ba\u200br\u200bc\u200ba\u200bn kit", "MEDICATION")],
     ["urgent-care", "substance-use"], "Pickup notice with a drug name hidden by zero-width spaces: REWRITE under the pickup rule (decision 11, decision 15)."),
    ("du0063", "Follow-up from Harlow ED: your CT showed a small brain bleed (subdural h\u0435matoma). Do not drive, and do not take aspirin or ibuprofen until Dr. Neumann sees you Thursday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Harlow ED", "SPECIALTY"), ("CT", "PROCEDURE"), ("brain bleed", "CONDITION"), ("subdural h\u0435matoma", "CONDITION"), ("aspirin", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("Dr. Neumann", "PROVIDER")],
     ["urgent-care", "imaging"], "Imaging finding (with a Cyrillic look-alike e) and medication instructions."),
    ("du0064", "reminder: ur f/u at the c0ncussi0n clinic after ur ER visit is Mon 3/9 at 1pm w/ Dr. Bauer. reply Y to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("c0ncussi0n", "CONDITION"), ("ur [[ER]] visit", "SPECIALTY"), ("3/9", "DATE"), ("Dr. Bauer", "PROVIDER")],
     ["urgent-care", "leet", "shorthand"], "Condition used as a clinic label, in leetspeak; date, time and provider survive."),
    ("du0065", "Your ride home is set: a Harbor Valley Health courtesy shuttle (white van #12) will meet you at the main lobby doors at 3:15 PM. Reply HERE when you're outside.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "The shuttle's fleet number is the hospital's vehicle, not the patient's (decision 8); nothing about care."),
    ("du0066", "Hello from Summit Freestanding ER! How was yesterday's visit? Reply 1-5 (5 = excellent). Your feedback helps us improve.",
     "REWRITE", "other", "sms", "en",
     [("Summit Freestanding ER", "SPECIALTY")],
     ["urgent-care"], "A survey tying the recipient to a freestanding ER (decision 2); the survey survives without the name."),
    ("du0067", "Fairview Health Community Newsletter — June\n\nSummer safety: our emergency physicians see more heat illness, dog bites and fireworks injuries every July. Drink water before you feel thirsty, never leave kids or pets in a parked car, and leave fireworks to the professionals.\n\nLearn a life-saving skill: free hands-only CPR and Stop the Bleed classes run every second Saturday at Fairview Fire Station 3. No experience needed.\n\nRescue Dog Adoption Day: our volunteer services team is partnering with Paws Harbor for an adoption fair in the south parking lot on the last Sunday of the month.\n\nKnow where to go: not sure whether to choose urgent care or the ER? Our new 'Where to Go' guide is on our homepage. In a life-threatening emergency, always call 911.\n\nYou are receiving this newsletter because you signed up at a Fairview Health event. Reply STOP to unsubscribe.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Long community newsletter: injuries, ER and CPR in general terms, a rescue-dog fair; nothing about the recipient."),
    ("du0068", "Dear Mr. and Mrs. Lindgren,\n\nMy name is Teresa Vance, LCSW, and I'm the Emergency Department social worker who met you last night when Caleb was brought in by ambulance after the bike crash. I wanted to put in writing what the trauma team shared at the bedside, since it was a lot to take in.\n\nCaleb's CT scan showed a grade 2 liver laceration and a broken left collarbone. He was moved to the Pediatric ICU on the 4th floor for close monitoring, and the surgeons do not expect he will need an operation. He will be on bed rest for at least 48 hours.\n\nParking validation and meal vouchers for parents are at the PICU front desk. Please call me at 555-0145 if I can help with work letters, lodging or anything else.\n\nWith care,\nTeresa Vance, LCSW\nHarlow Regional Medical Center",
     "BLOCK", "other", "email", "en",
     [("Lindgren", "NAME"), ("Teresa Vance, LCSW", "PROVIDER"), ("Emergency Department", "SPECIALTY"), ("Caleb", "NAME"), ("ambulance", "PROCEDURE"), ("bike crash", "CONDITION"), ("trauma", "SPECIALTY"), ("Caleb", "NAME", 1), ("CT scan", "PROCEDURE"), ("grade 2 liver laceration", "CONDITION"), ("broken left collarbone", "CONDITION"), ("Pediatric ICU", "SPECIALTY"), ("bed rest", "PROCEDURE"), ("PICU", "SPECIALTY"), ("555-0145", "PHONE"), ("Teresa Vance, LCSW", "PROVIDER", 1)],
     ["urgent-care", "pediatrics", "minor", "third-party"], "A child's injuries, imaging findings and ICU admission sent to his parents (decision 5, decision 9)."),
    ("du0069", "Estimado Sr. Paredes:\n\nLe recordamos que tiene un saldo pendiente de $325.00 por los servicios de la sala de emergencias del 3 de febrero en el Hospital Mercy Ridge. Número de cuenta: 40021-7788. Puede pagar en línea en mercyridge.example/pagos o llamar al 555-0185.\n\nGracias,\nOficina de Facturación",
     "REWRITE", "billing", "email", "es",
     [("Paredes", "NAME"), ("sala de emergencias", "SPECIALTY"), ("3 de febrero", "DATE"), ("40021-7788", "ACCOUNT"), ("mercyridge.example/pagos", "URL"), ("555-0185", "PHONE")],
     ["urgent-care", "practice-contact", "contrast"], "ER bill: name, service and account number go; balance, link and phone survive. Generic twin du0070 is ALLOW."),
    ("du0070", "Hospital Mercy Ridge: su estado de cuenta está listo. Pague en mercyridge.example/pagos o llame al 555-0185 de lunes a viernes.",
     "ALLOW", "billing", "sms", "es",
     [("mercyridge.example/pagos", "URL"), ("555-0185", "PHONE")],
     ["general", "practice-contact", "contrast"], "Statement notice from a generic hospital name with its own link and phone."),
    ("du0071", "Hi, this is Dr. Farouk from Lakeside ER. Your lipase came back at 1,240, which means pancreatitis. Please come back in tonight and don't eat anything until you're seen.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Farouk", "PROVIDER"), ("Lakeside ER", "SPECIALTY"), ("lipase", "PROCEDURE"), ("1,240", "RESULT"), ("pancreatitis", "CONDITION")],
     ["urgent-care", "lab"], "Lab value, diagnosis and instructions."),
    ("du0072", "Reminder: the Trauma Center Classic golf scramble benefiting Harlow Regional's injury-prevention program is Friday. Shotgun start at 8 AM. See you on the green!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A fundraiser named after the trauma center; 'shotgun start' is golf."),
)

# ---------------------------------------------------------------- batch 7 (du0073-du0084): discharge notes, relatives, EMS billing, identifiers
add(
    ("du0073", "ER discharge instructions for Faith Nakamura: allergic reaction to peanuts. Use your EpiPen 0.3 mg if your throat swells, then call 911. Take cetirizine 10 mg daily for 5 days.",
     "BLOCK", "care-instructions", "sms", "en",
     [("[[ER]] discharge", "SPECIALTY"), ("Faith Nakamura", "NAME"), ("allergic reaction to peanuts", "CONDITION"), ("EpiPen 0.3 mg", "MEDICATION"), ("throat swells", "CONDITION"), ("cetirizine 10 mg", "MEDICATION")],
     ["urgent-care"], "Diagnosis and dosing instructions; 'Faith' is a given name; 911 is not a phone identifier."),
    ("du0074", "Hi Lorenzo! Your ED work note is ready. Pick it up at registration or download it from the patient portal.",
     "REWRITE", "other", "sms", "en",
     [("Lorenzo", "NAME"), ("Your [[ED]] work", "SPECIALTY")],
     ["urgent-care", "contrast"], "Name and ED go; 'your work note is ready' survives (twin du0075 is ALLOW)."),
    ("du0075", "Your work note from your visit on 10/3 is ready in the patient portal. Questions? Call 555-0146.",
     "ALLOW", "portal-notice", "sms", "en",
     [("10/3", "DATE"), ("555-0146", "PHONE")],
     ["general", "practice-contact", "contrast"], "No service or person named."),
    ("du0076", "Buenas tardes, Sra. Carrillo. La tomografía de su papá en urgencias mostró un derrame cerebral pequeño. Lo van a ingresar a neurología esta noche. Cualquier duda, llame a la Lic. Herrera al 555-0199.",
     "BLOCK", "result", "sms", "es",
     [("Carrillo", "NAME"), ("tomografía", "PROCEDURE"), ("urgencias", "SPECIALTY"), ("derrame cerebral", "CONDITION"), ("neurología", "SPECIALTY"), ("Lic. Herrera", "PROVIDER"), ("555-0199", "PHONE")],
     ["urgent-care", "imaging", "third-party"], "A father's CT finding and admission sent to his daughter (third party, decision 9)."),
    ("du0077", "Hello, this is Captain Ortiz with Oakmont Fire Rescue returning your call about a free smoke alarm install. We can come out Thursday between 1 and 3. Call me back at 555-0157. Thanks!",
     "ALLOW", "other", "voice", "en",
     [("Captain Ortiz", "PROVIDER"), ("555-0157", "PHONE")],
     ["general", "practice-contact"], "A fire captain named as the caller is workforce (decision 7); 'Rescue' is the department's name; a smoke-alarm visit is not care."),
    ("du0078", "Appeal update: we need the run report for the 2/7 ambulance transport before we can send your appeal. Fax it to 555-0188 or upload it at appeals.example/upload?case=AP-77120.",
     "REWRITE", "billing", "sms", "en",
     [("2/7", "DATE"), ("ambulance transport", "PROCEDURE"), ("555-0188", "FAX"), ("appeals.example/upload?case=AP-77120", "URL")],
     ["urgent-care"], "The transport goes (decision 3) and the upload link carries a case parameter; the office's fax may stay."),
    ("du0079", "FYI from the Harlow ER nurse line: your daughter's strep test from tonight was negative, so no antibiotics are needed. Tylenol or Motrin is fine for the fever.",
     "BLOCK", "result", "sms", "en",
     [("Harlow ER", "SPECIALTY"), ("strep test", "PROCEDURE"), ("negative", "RESULT"), ("antibiotics", "MEDICATION"), ("Tylenol", "MEDICATION"), ("Motrin", "MEDICATION"), ("fever", "CONDITION")],
     ["urgent-care", "pediatrics", "minor", "third-party", "negation"], "A daughter's negative result and dosing advice sent to the parent (README third-party and negative-result rules)."),
    ("du0080", "Westbrook ER: thank you for trusting us with your care. If your symptoms get worse, come back anytime, we're open 24/7. In an emergency call 911.",
     "REWRITE", "other", "sms", "en",
     [("Westbrook ER", "SPECIALTY")],
     ["urgent-care"], "A post-visit thank-you ties the recipient to the ER (decision 2); the rest survives. '24/7' is not a date."),
    ("du0081", "Code Blue Coffee Co. is now open in the North Tower lobby! Show this text for a free drip coffee through Friday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Code Blue' is a coffee shop."),
    ("du0082", "Hi Frank Delgado, we're reaching out about invoice INV-33021 from Blue Ridge EMS. Your insurer paid $912; your share is $180. Questions? Call 555-0129.",
     "REWRITE", "billing", "sms", "en",
     [("Frank Delgado", "NAME"), ("INV-33021", "OTHER_ID"), ("Blue Ridge EMS", "SPECIALTY"), ("555-0129", "PHONE")],
     ["urgent-care", "practice-contact"], "Name, invoice number and EMS agency go (decision 3); amounts and phone survive."),
    ("du0083", "To process your ambulance claim we need to verify: Jorge Alemán, DOB 07/19/1961, SSN 078-05-1120. Reply YES if correct.",
     "BLOCK", "billing", "sms", "en",
     [("ambulance", "PROCEDURE"), ("Jorge Alemán", "NAME"), ("07/19/1961", "DATE"), ("078-05-1120", "SSN")],
     ["urgent-care", "dob"], "SSN and full date of birth with a name must never travel by text."),
    ("du0084", "Recuerde: si tiene una emergencia, llame al 911. Para citas, recetas y resultados que no son urgentes, use el portal o llame en horario de oficina.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "General guidance; 911 is not a phone identifier and no result is named."),
)

# ---------------------------------------------------------------- batch 8 (du0085-du0096): Spanish follow-ups, bills and poison center
add(
    ("du0085", "Hola Brenda, le escribimos de Ambulancias San Miguel. Ya recibimos los datos de su seguro para el traslado del 21/04. Si tiene preguntas, llame al 555-0116.",
     "REWRITE", "billing", "sms", "es",
     [("Brenda", "NAME"), ("Ambulancias San Miguel", "SPECIALTY"), ("traslado", "PROCEDURE"), ("21/04", "DATE"), ("555-0116", "PHONE")],
     ["urgent-care", "practice-contact"], "Name, ambulance company and transport go (decision 3); 'recibimos los datos de su seguro' survives. A saint's name in a company name is not a NAME."),
    ("du0086", "Hola, le habla la enfermera Marisol del seguimiento de urgencias. ¿Cómo va la quemadura del brazo? Recuerde cambiar el vendaje con sulfadiazina de plata dos veces al día y no reventar las ampollas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("enfermera Marisol", "PROVIDER"), ("urgencias", "SPECIALTY"), ("quemadura del brazo", "CONDITION"), ("vendaje", "PROCEDURE"), ("sulfadiazina de plata", "MEDICATION"), ("ampollas", "CONDITION")],
     ["urgent-care"], "Burn-care instructions with the drug: treatment instructions."),
    ("du0087", "Your follow-up visit with Dr. Villalobos is Thursday, May 8 at 3:30 PM at North Family Clinic. Please bring a photo ID and your insurance card.",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Villalobos", "PROVIDER"), ("May 8", "DATE")],
     ["primary-care"], "Provider, date and time at a generic clinic; 'follow-up visit' is generic."),
    ("du0088", "Estimado paciente: tiene un resultado nuevo de su visita a Urgencias Pediátricas Arcoíris. Revíselo en el portal o llame al 555-0138.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Urgencias Pediátricas Arcoíris", "SPECIALTY"), ("555-0138", "PHONE")],
     ["urgent-care", "pediatrics", "practice-contact"], "Result-ready notice whose only risk is the pediatric-ER name (decision 2)."),
    ("du0089", "Estimada Sra. Valdez:\n\nLe escribimos del Centro Regional de Toxicología para dar seguimiento a la exposición de su hijo Emiliano (4 años) a cloro concentrado el 2 de marzo. Según la nota de urgencias, presentó irritación en la boca y tos leve, y lo dieron de alta después de seis horas de observación.\n\nEn los próximos días, observe si aparece dificultad para tragar, babeo o dolor al comer. Si nota cualquiera de estos síntomas, llévelo de inmediato a urgencias o llame al 911. Puede darle líquidos fríos y comidas blandas.\n\nLe recomendamos guardar los productos de limpieza con seguro para niños. Si desea hablar con una especialista, llámenos al 555-0165, las 24 horas.\n\nAtentamente,\nLic. Andrea Solís\nCentro Regional de Toxicología",
     "BLOCK", "care-instructions", "email", "es",
     [("Valdez", "NAME"), ("Centro Regional de Toxicología", "SPECIALTY"), ("Emiliano", "NAME"), ("cloro concentrado", "CONDITION"), ("2 de marzo", "DATE"), ("urgencias", "SPECIALTY"), ("irritación en la boca", "CONDITION"), ("tos leve", "CONDITION"), ("dificultad para tragar", "CONDITION"), ("babeo", "CONDITION"), ("dolor al comer", "CONDITION"), ("urgencias", "SPECIALTY", 1), ("555-0165", "PHONE"), ("Lic. Andrea Solís", "PROVIDER"), ("Centro Regional de Toxicología", "SPECIALTY", 1)],
     ["urgent-care", "pediatrics", "minor", "third-party", "negation"], "A child's bleach exposure, symptoms and watch-for list sent to the mother (decision 5, decision 14)."),
    ("du0090", "Curso de primeros auxilios y «Alto al Sangrado» para maestros: viernes a las 4 pm en la biblioteca de la escuela. Inscríbase en la dirección antes del miércoles.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Stop-the-Bleed course for teachers; 'dirección' is the principal's office, not an address."),
    ("du0091", "Mensaje para Rosa Elena Guzmán: le llamamos de Facturación de Ambulancias Metro. Su aseguradora negó parte del cobro y necesitamos su número de póliza. Llámenos al 555-0121, extensión 4.",
     "REWRITE", "billing", "voice", "es",
     [("Rosa Elena Guzmán", "NAME"), ("Facturación de Ambulancias Metro", "SPECIALTY"), ("555-0121", "PHONE")],
     ["urgent-care", "practice-contact"], "Voicemail: name and ambulance biller go (decision 3); 'necesitamos su número de póliza, llámenos' survives."),
    ("du0092", "Sr. Fuentes, su hemocultivo del servicio de urgencias salió positivo. El Dr. Salas quiere que regrese hoy para ponerle antibiótico intravenoso. Llame al 555-0171.",
     "BLOCK", "result", "sms", "es",
     [("Fuentes", "NAME"), ("hemocultivo", "PROCEDURE"), ("urgencias", "SPECIALTY"), ("positivo", "RESULT"), ("Dr. Salas", "PROVIDER"), ("antibiótico intravenoso", "MEDICATION"), ("555-0171", "PHONE")],
     ["urgent-care", "lab"], "Positive blood culture and treatment (decision 6)."),
    ("du0093", "Hospital San Lucas — Oficina de Facturación\nNuevo horario: lunes a viernes de 8:00 a 17:00.\nDirección: 2200 Avenida Central, Suite 110, Fairview, OR 97024\nCorreo: facturacion@sanlucas.example\nTeléfono: 555-0196",
     "ALLOW", "other", "email", "es",
     [("2200 Avenida Central, Suite 110, Fairview, OR 97024", "ADDRESS"), ("facturacion@sanlucas.example", "EMAIL"), ("555-0196", "PHONE")],
     ["general", "broadcast", "practice-contact"], "The billing office's own address, e-mail and phone."),
    ("du0094", "Hola Julián, tu cita para quitarte los puntos después de tu visita a urgencias es el 5/8 a las 10:15 en la Clínica Familiar Las Palmas.",
     "REWRITE", "reminder", "sms", "es",
     [("Julián", "NAME"), ("quitarte los puntos", "PROCEDURE"), ("urgencias", "SPECIALTY"), ("5/8", "DATE")],
     ["urgent-care", "primary-care"], "Suture removal and the ED go; date, time and the generic clinic survive."),
    ("du0095", "Sra. Ibarra: el ultrasonido que le hicieron en urgencias confirmó un embarazo ectópico. La Dra. Montes la espera mañana a las 8 am para la inyección de metotrexato. No tome alcohol ni ácido fólico mientras tanto.",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("ultrasonido", "PROCEDURE"), ("urgencias", "SPECIALTY"), ("embarazo ectópico", "CONDITION"), ("Dra. Montes", "PROVIDER"), ("inyección de metotrexato", "MEDICATION"), ("ácido fólico", "MEDICATION")],
     ["urgent-care", "reproductive", "imaging"], "Diagnosis and treatment instructions (decision 11)."),
    ("du0096", "¡Gran venta Código Rojo en la tienda de regalos del Hospital San Lucas! 40% de descuento en peluches, tazas y batas. Solo hoy.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Código Rojo' is a sale."),
)

# ---------------------------------------------------------------- batch 9 (du0097-du0108): templates, visit summaries, pickups, portal
add(
    ("du0097", "{{practice_name}}: you're checked in. Current estimated wait: {{wait_minutes}} min. We'll text you when it's your turn. Reply LATE if you stepped out.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Check-in template with content-free placeholders only."),
    ("du0098", "Thanks for visiting {{location_name}} Emergency. How likely are you to recommend our ER to a friend? Reply 0-10.",
     "REWRITE", "other", "sms", "en",
     [("Emergency", "SPECIALTY"), ("our [[ER]] to", "SPECIALTY")],
     ["urgent-care", "template"], "The fixed text of the template names the ER (decision 2); the placeholder itself is content-free."),
    ("du0099", "Subject: Your visit summary from Bluebonnet Emergency Center\n\nHello Mr. Adeyemi,\n\nThank you for visiting Bluebonnet Emergency Center on 09/06. Here is a summary of your care.\n\nDiagnosis: acute gastroenteritis with mild dehydration.\nTests: CBC normal; basic metabolic panel with potassium 3.2 (L).\nTreatment: 2 liters of IV fluids and ondansetron 4 mg ODT.\n\nPrescriptions sent to Oak Street Pharmacy: ondansetron 4 mg ODT, 1 tablet every 8 hours as needed for nausea; potassium chloride 20 mEq once daily for 3 days.\n\nPlease follow up with your primary care provider in 2-3 days to recheck your potassium. Return to the ER for vomiting that won't stop, blood in your stool, or signs of dehydration.\n\nQuestions? Call our nurse line at 555-0108.\n\nBluebonnet Emergency Center",
     "BLOCK", "result", "email", "en",
     [("Bluebonnet Emergency Center", "SPECIALTY"), ("Adeyemi", "NAME"), ("Bluebonnet Emergency Center", "SPECIALTY", 1), ("09/06", "DATE"), ("acute gastroenteritis", "CONDITION"), ("dehydration", "CONDITION"), ("CBC", "PROCEDURE"), ("normal", "RESULT"), ("basic metabolic panel", "PROCEDURE"), ("potassium", "PROCEDURE"), ("potassium [[3.2]]", "RESULT"), ("3.2 ([[L]])", "RESULT"), ("IV fluids", "MEDICATION"), ("ondansetron 4 mg ODT", "MEDICATION"), ("ondansetron 4 mg ODT", "MEDICATION", 1), ("nausea", "CONDITION"), ("potassium chloride 20 mEq", "MEDICATION"), ("potassium", "PROCEDURE", 2), ("the [[ER]] for", "SPECIALTY"), ("vomiting", "CONDITION"), ("blood in your stool", "CONDITION"), ("dehydration", "CONDITION", 1), ("555-0108", "PHONE"), ("Bluebonnet Emergency Center", "SPECIALTY", 2)],
     ["urgent-care", "lab", "pharmacy"], "Freestanding-ER visit summary by e-mail: diagnosis, lab values with a flag and dosing."),
    ("du0100", "Hi there! Fairview Internal Medicine has you scheduled with Dr. Mbeki on June 3 at 8:45 AM. Please arrive 15 minutes early to update your paperwork. See you soon!",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Mbeki", "PROVIDER"), ("June 3", "DATE")],
     ["primary-care"], "Generic internal-medicine name, provider, date and time."),
    ("du0101", "Your prescriptions from the Emergency Department (ondansetron and cephalexin) were sent to Oak Street Pharmacy and are ready for pickup.",
     "REWRITE", "pickup", "sms", "en",
     [("Emergency Department", "SPECIALTY"), ("ondansetron", "MEDICATION"), ("cephalexin", "MEDICATION")],
     ["urgent-care", "pharmacy"], "Pickup notice: drug names and the ED go; 'your prescriptions are ready at Oak Street Pharmacy' survives."),
    ("du0102", "Hi Gloria, this is Paramedic Dale Kruger with the Community Paramedicine program. Checking in since you declined transport Sunday: has your blood sugar stayed up? Remember to eat something every time you take your insulin.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gloria", "NAME"), ("Paramedic Dale Kruger", "PROVIDER"), ("Community Paramedicine", "PROCEDURE"), ("transport", "PROCEDURE"), ("blood sugar", "PROCEDURE"), ("insulin", "MEDICATION")],
     ["urgent-care", "home-health"], "A low-sugar episode and an insulin instruction (decision 3, decision 7, decision 16)."),
    ("du0103", "Join the AirCare Flight for Life 5K on Sunday morning! Proceeds buy car seats for families in need. Strollers and leashed dogs welcome. Reply RUN for the sign-up link.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A fun run named after the air-medical service; nobody's transport."),
    ("du0104", "Hello Ms. Abernathy,\n\nRegarding claim 7731-0045-2 (date of service 09/14, Pinecrest Ambulance District), Northstar Health needs a coordination-of-benefits form before we can process payment. Please complete it at northstar.example/forms/cob?m=NS55102 within 30 days.\n\nThank you,\nNorthstar Health Claims",
     "REWRITE", "billing", "email", "en",
     [("Abernathy", "NAME"), ("7731-0045-2", "OTHER_ID"), ("09/14", "DATE"), ("Pinecrest Ambulance District", "SPECIALTY"), ("northstar.example/forms/cob?m=NS55102", "URL")],
     ["urgent-care"], "Name, claim number, ambulance district and the member-parameter link go (decision 3); the form request survives."),
    ("du0105", "Hi, Marco from Lakeside ER. The radiology over-read on your ankle x-ray is final: no fracture, just a sprain. Keep using the crutches and ice it 20 minutes at a time.",
     "BLOCK", "result", "sms", "en",
     [("Hi, [[Marco]] from", "PROVIDER"), ("Lakeside ER", "SPECIALTY"), ("radiology", "SPECIALTY"), ("ankle x-ray", "PROCEDURE"), ("no fracture", "RESULT"), ("sprain", "CONDITION"), ("crutches", "PROCEDURE")],
     ["urgent-care", "imaging", "orthopedics"], "A normal imaging over-read is still a result (decision 10), plus a diagnosis and care instructions."),
    ("du0106", "A copy of the patient care report from Medic 14's ambulance transport on 4/11 has been added to your portal documents. Impression on the report: closed right wrist fracture.",
     "ALLOW", "portal-notice", "portal", "en",
     [("ambulance transport", "PROCEDURE"), ("4/11", "DATE"), ("closed right wrist fracture", "CONDITION")],
     ["urgent-care", "orthopedics"], "Inside the portal a diagnosis may stay; 'Medic 14' is the agency's unit, not the patient's (decision 8)."),
    ("du0107", "Northside Freestanding Emergency: we found a phone charger and reading glasses in room 6 after your visit on 1/20. Pick them up at the front desk anytime.",
     "REWRITE", "other", "sms", "en",
     [("Northside Freestanding Emergency", "SPECIALTY"), ("1/20", "DATE")],
     ["urgent-care"], "Lost-and-found note; only the freestanding-ER name reveals the visit (decision 2)."),
    ("du0108", "Winter storm prep from Fairview Health: keep 3 days of water, a flashlight, phone chargers and a copy of your medication list in your go-bag. Warming centers open tonight at the Oak Street rec center.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Emergency-preparedness broadcast; 'medication list' names no drug; a rec center is not an address."),
)

# ---------------------------------------------------------------- batch 10 (du0109-du0120): relatives, EMS records, appeals, closing mix
add(
    ("du0109", "This is the Saint Anselm emergency department calling for the family of Harold Beck. Mr. Beck, 94, was brought in by ambulance after a fall at his assisted-living home and has a hip fracture. Please call the charge nurse at 555-0112.",
     "BLOCK", "other", "voice", "en",
     [("emergency department", "SPECIALTY"), ("Harold Beck", "NAME"), ("Mr. [[Beck]], 94", "NAME"), ("Beck, [[94]]", "AGE"), ("ambulance", "PROCEDURE"), ("fall", "CONDITION"), ("hip fracture", "CONDITION"), ("555-0112", "PHONE")],
     ["urgent-care", "third-party", "age-over-89"], "A relative's injury told to the family, with an age over 89 (decision 5, decision 9)."),
    ("du0110", "The EMS patient care report you requested for your 8/30 transport is ready. Pick it up at Oakmont Fire Rescue headquarters, 300 Depot Rd, Mon–Fri 9–4. Bring a photo ID.",
     "REWRITE", "other", "sms", "en",
     [("EMS", "SPECIALTY"), ("8/30", "DATE"), ("transport", "PROCEDURE"), ("300 Depot Rd", "ADDRESS")],
     ["urgent-care", "practice-contact"], "Records pickup: EMS and the transport go (decision 3); the agency's own address and hours survive."),
    ("du0111", "Oakmont Fire Rescue: smoke alarm installs are free for residents this month. Call 555-0157 to book a time.",
     "ALLOW", "marketing", "sms", "en",
     [("555-0157", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Fire-department broadcast with its own number; 'Rescue' is part of its name."),
    ("du0112", "Re: Appeal A-448120\n\nOur medical director reviewed the records for your 10/02 air transfer from Harlow to Fairview for a ruptured appendix and agrees the flight was medically necessary. The claim will be reprocessed and a new EOB mailed within 15 business days.\n\nNorthstar Health Appeals",
     "BLOCK", "billing", "email", "en",
     [("A-448120", "OTHER_ID"), ("10/02", "DATE"), ("air transfer", "PROCEDURE"), ("Harlow", "ADDRESS"), ("Fairview", "ADDRESS"), ("ruptured appendix", "CONDITION")],
     ["urgent-care"], "Appeal decision citing the diagnosis (decision 10); origin and destination towns labelled ADDRESS (decision 12)."),
    ("du0113", "Thank you for calling Fairview Health. Our offices are now closed. If this is an emergency, hang up and dial 911. For the after-hours nurse advice line, press 2.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR greeting; 911 is not a phone identifier."),
    ("du0114", "St. Brigid's ED: your exam room is ready. Please return to the main desk.",
     "REWRITE", "other", "push", "en",
     [("St. Brigid's ED", "SPECIALTY")],
     ["urgent-care"], "Lock-screen push naming the ED (decision 2); 'your exam room is ready' survives."),
    ("du0115", "ER med alert: Dr. Kwon stopped your warfarin because your INR was 6.8 in the ER today. Do not take tonight's dose. Recheck INR on Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("[[ER]] med alert", "SPECIALTY"), ("Dr. Kwon", "PROVIDER"), ("warfarin", "MEDICATION"), ("INR", "PROCEDURE"), ("6.8", "RESULT"), ("in the [[ER]] today", "SPECIALTY"), ("INR", "PROCEDURE", 1)],
     ["urgent-care", "cardiology", "lab"], "Lab value and a dosing instruction."),
    ("du0116", "You're registered for Community CPR & AED with instructor Dana Whitlock, RN on Saturday, March 7 at 10 AM. Location: Fairview Fire Station 2 training room. Reply CANCEL if plans change.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dana Whitlock, RN", "PROVIDER"), ("March 7", "DATE")],
     ["general"], "Registration for a community class is not care; the instructor is workforce."),
    ("du0117", "Don Ernesto, el paramédico comunitario Rafael Soto lo visitará mañana entre 10 y 12 para revisarle la presión, como quedamos cuando salió de urgencias.",
     "REWRITE", "reminder", "sms", "es",
     [("Ernesto", "NAME"), ("paramédico comunitario Rafael Soto", "PROVIDER"), ("presión", "PROCEDURE"), ("urgencias", "SPECIALTY")],
     ["urgent-care", "home-health"], "Home-visit window survives; the name, the BP check as visit purpose and the ED go (decision 7, decision 16)."),
    ("du0118", "Sra. Peña, su mamá ya está estable. En urgencias le pusieron naloxona por la sobredosis de oxicodona y la van a dejar en observación toda la noche.",
     "BLOCK", "other", "sms", "es",
     [("Peña", "NAME"), ("estable", "RESULT"), ("urgencias", "SPECIALTY"), ("naloxona", "MEDICATION"), ("sobredosis", "CONDITION"), ("oxicodona", "MEDICATION")],
     ["urgent-care", "substance-use", "third-party"], "A mother's overdose and treatment told to her daughter (decision 5, decision 9, decision 13)."),
    ("du0119", "Northgate Primary Care: see you Nov 19 at 9:20 AM with Dr. Nájera! Need to change it? Call 555-0175 or reply R.",
     "ALLOW", "reminder", "sms", "en",
     [("Nov 19", "DATE"), ("Dr. Nájera", "PROVIDER"), ("555-0175", "PHONE")],
     ["primary-care", "practice-contact"], "Generic primary-care name, date, time, provider and the practice's number."),
    ("du0120", "Club de lectura de la Biblioteca del Hospital San Lucas: este mes leemos una novela policiaca sobre cartas anónimas envenenadas. Jueves a las 6 pm, sala B. ¡Traiga a un amigo!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A poison-pen mystery for the hospital book club; nobody's exposure."),
)

probe_lib.run(M, "du", "probe122.jsonl")
