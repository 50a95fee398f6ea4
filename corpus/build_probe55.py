#!/usr/bin/env python3
"""Build corpus/probe55.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe55.py [OUT] [-v]   (default: probe55.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read).
This round is RHEUMATOLOGY, NEUROLOGY, SPECIALTY PHARMACY HUBS AND PRIOR AUTHORIZATION: what
rheumatology and neurology practices, infusion suites, specialty pharmacies, manufacturer hub
services, copay-card programs, foundations and prior-authorization teams send — biologic infusion
scheduling, DMARD lab monitoring, EEG/EMG/MRI logistics and prep, migraine injections and Botox
for migraine, MS infusions, epilepsy clinic visits, refills, prior-authorization status
(submitted, approved, denied, appeal), copay-card activation and patient-assistance enrollment,
cold-chain shipment windows and signatures, sharps containers, nurse-educator injection training.
Hard negatives: "seizure" of property, "migraine" in product names and weather, "joint" accounts,
statements and the Joint Commission, "nerve"/"flare" in idioms, "MS" Teams, an "RA" on campus, an
"Aura" Wi-Fi network, "crisis" in Spanish, hub and courier names, copay amounts, pharmacy hours.
15% Spanish; four disguised messages (spaced, zero-width, leet, Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. There is no rheumatology or neurology service tag: their clinic traffic is tagged `general`,
     plus `pharmacy`, `lab`, `imaging`, `home-health`, `orthopedics`, `ophthalmology`,
     `pediatrics` or `primary-care` where the message is about that service.
  2. Proper names of rheumatology, neurology, headache, MS, epilepsy and arthritis practices and
     programs are one SPECIALTY span even when they contain a condition word ("Bellwether MS
     Center", "Northfield Comprehensive Epilepsy Program"); a descriptive phrase labels only the
     condition word as CONDITION, as README's "clínica de VIH" ("la clínica de epilepsia", "the
     MS fund", "the epilepsy nurse line"). "rheumatologist" is SPECIALTY like "oncologist".
  3. Infusion: an infusion center's or suite's name is SPECIALTY; a bare "infusion(s)" is
     PROCEDURE; "<drug> infusion / injections / shot" is one MEDICATION span (README's
     "cortisone injection": the form word right after the drug goes with it); "infusión de
     Orencia" is two spans; "injection training" is PROCEDURE.
  4. A manufacturer program named after a drug brand ("Orencia CareConnect", "Olumiant Bridge
     Program") is one MEDICATION span, like a specialty-revealing practice name; hub, foundation
     and courier names that name no drug or condition are not labelled.
  5. Copay-card numbers, hub case numbers, PA/authorization references and grant IDs are
     OTHER_ID; BIN, PCN and group codes printed on a copay card are the same for every enrollee
     (claim routing), so they are not labelled; an insurer member ID is HEALTH_PLAN_ID.
  6. A carrier tracking link with a query parameter is a patient-specific URL (README) -> REWRITE.
  7. A sharps container sent to a named patient is a device (PROCEDURE) that reveals
     self-injection -> REWRITE; a community take-back broadcast is ALLOW with no span.
  8. "specialty pharmacy" / "farmacia especializada" as a common noun is SPECIALTY (README calls
     specialty-pharmacy names revealing); a formulary "specialty tier" is insurance wording, not
     labelled.
  9. A condition in a diary label keeps "diary" outside ("⟦seizure|CONDITION⟧ diary"), as
     README's "asthma check" and "home BP log"; with only logistics around it -> REWRITE.
 10. Prior authorization and assistance: status with no drug -> ALLOW; a decision naming only the
     drug -> REWRITE (drug name in a notice); naming drug and condition, or giving a clinical
     reason (step therapy, criteria, dose) -> BLOCK. A foundation grant or fund decision is
     treated the same way.
 11. Test-prep instructions (wash hair, sleep less, no lotion, no metal) are logistics: they stay
     once the test or practice name is removed (REWRITE), and with no test named they are ALLOW.
 12. Severity or activity of a condition ("moderate", "flaring", "highly active", "refractory")
     is a RESULT (README: a state a condition is in).
 13. An ICD-10 code is a CONDITION.
 14. A shipment's temperature excursion is not a clinical result: "do not use the <drug> from
     that box" is REWRITE (drug removed), not BLOCK.
 15. Broadcast promotions and talks that name a condition or an OTC product ("Migraine Relief
     caplets", "Living Well with Arthritis") are ALLOW with no clinical span (README broadcasts);
     a broadcast's own dates and contact details are still labelled.
 16. A drug-level test: the drug is MEDICATION, the value RESULT, "level"/"nivel" unlabelled.
 17. Hints that name nothing (a 3-hour visit, "a chair opened", "skip lotion", "leave metal at
     home") are ALLOW.
 18. Staff named as the sender (PA coordinators, hub case managers, benefits specialists) are
     PROVIDER (README's workforce rule); "Doctor Lindqvist" spelled out in a voice script is
     PROVIDER; an insurer's or hub's own number is labelled and tagged practice-contact.
 19. A hypothetical symptom in a dosing message ("call if any rash") is labelled CONDITION and
     tagged negation; such lines are BLOCK because of the dosing anyway.

Everything is invented: names, practices, hubs, foundations, 555-01xx numbers, example domains,
identifiers. Drug names are real products, used as the engine would meet them. Standard library
only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bf0001-bf0012): infusion scheduling
add(
    ("bf0001", "Oak Hollow Medical Group: Reminder - your appointment with Dr. Lindqvist is Tue 3/10 at 8:30 AM, Suite 210. Plan to be here about 3 hours; snacks and Wi-Fi provided. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("3/10", "DATE")],
     ["general"], "Provider, date, time and suite only; the long visit hints at a treatment chair but names nothing (decision 17)."),
    ("bf0002", "Meadowbrook Infusion Center: Hi Tomasz, your Remicade infusion is booked for Thursday 4/16 at 9:00am, chair 6. Eat breakfast and bring your current med list. Questions: (608) 555-0142",
     "REWRITE", "reminder", "sms", "en",
     [("Meadowbrook Infusion Center", "SPECIALTY"), ("Tomasz", "NAME"), ("Remicade infusion", "MEDICATION"), ("4/16", "DATE"), ("(608) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Infusion-center name, patient name and drug go (decision 3: drug plus its form word is one MEDICATION span); date, chair and the center's phone stay."),
    ("bf0003", "Subject: Welcome to Riverside Infusion Suite\n\nDear Ms. Abernathy-Cole,\n\nWelcome! Your first Ocrevus appointment is scheduled for Monday, June 8 at 7:30 AM. Please check in at the 2nd-floor desk of the Riverside Medical Pavilion, 400 Commerce Way, Madison, WI 53703. Plan to be with us most of the day; you may bring one adult guest, a phone charger and a light lunch. Recliners, blankets and Wi-Fi are provided.\n\nIf you need to reschedule, please call at least 48 hours ahead so another patient can use the chair: (608) 555-0144.\n\nParking is free in the Commerce Way garage; bring your ticket to the front desk for validation.\n\nWarm regards,\nDenise Harte, RN\nNurse Manager, Riverside Infusion Suite",
     "REWRITE", "reminder", "email", "en",
     [("Riverside Infusion Suite", "SPECIALTY"), ("Abernathy-Cole", "NAME"), ("Ocrevus", "MEDICATION"), ("June 8", "DATE"),
      ("400 Commerce Way, Madison, WI 53703", "ADDRESS"), ("(608) 555-0144", "PHONE"), ("Denise Harte, RN", "PROVIDER"),
      ("Riverside Infusion Suite", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Welcome e-mail: suite name (twice), patient name and the drug as the object of the visit go (decision 3); date, the suite's own address and phone and the nurse manager stay."),
    ("bf0004", "Hi Renata, Dr. Osei wants you to take prednisone 20 mg the morning of your Actemra infusion tomorrow and hold your methotrexate this week since your ALT came back at 88. Call (608) 555-0118 w/ questions.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Renata", "NAME"), ("Dr. Osei", "PROVIDER"), ("prednisone 20 mg", "MEDICATION"), ("Actemra infusion", "MEDICATION"),
      ("methotrexate", "MEDICATION"), ("ALT", "PROCEDURE"), ("at [[88]]", "RESULT"), ("(608) 555-0118", "PHONE")],
     ["general", "lab", "practice-contact"], "Dosing instructions (premedication, holding a DMARD) driven by a lab value: the clinical content is the message."),
    ("bf0005", "Westbrook Health Billing: We will never threaten arrest, wage garnishment or seizure of your property over a medical bill, and we never ask for gift cards. If a caller says otherwise, hang up and call the number printed on your statement.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Scam warning to every patient; 'seizure' is seizure of property, not a condition."),
    ("bf0006", "Pinecrest Neurology: Your Tysabri infusion is confirmed for Wed 5/20 at 10:15 AM. Tap for directions and parking.",
     "REWRITE", "confirmation", "push", "en",
     [("Pinecrest Neurology", "SPECIALTY"), ("Tysabri infusion", "MEDICATION"), ("5/20", "DATE")],
     ["general"], "Lock-screen push: neurology practice name and drug go (decisions 2, 3); the confirmation, date and time survive."),
    ("bf0007", "Earlier opening! A chair opened up tomorrow (Fri) at 1:00 PM with Nurse Practitioner Delgado. Reply YES by 6pm to take it, or ignore to keep your current time.",
     "ALLOW", "reminder", "sms", "en",
     [("Nurse Practitioner Delgado", "PROVIDER")],
     ["general"], "Waitlist offer; 'a chair' hints at an infusion chair but names no service or drug (decision 17)."),
    ("bf0008", "Hi, this is Marisol from Lakeshore Rheumatology calling for Gerald Pruitt. Good news, your insurance approved the Rituxan infusions for your rheumatoid arthritis, so we'd like to get you on the schedule. Please call us back at 608-555-0127. Thanks!",
     "BLOCK", "other", "voice", "en",
     [("Marisol", "PROVIDER"), ("Lakeshore Rheumatology", "SPECIALTY"), ("Gerald Pruitt", "NAME"), ("Rituxan infusions", "MEDICATION"),
      ("rheumatoid arthritis", "CONDITION"), ("608-555-0127", "PHONE")],
     ["general", "practice-contact"], "Voicemail (treated like SMS): a PA decision naming the drug and the diagnosis (decision 10)."),
    ("bf0009", "Hi Josefina, I reviewed your infusion labs: CBC normal, CRP 4.1 mg/L (down from 18). Keep your Actemra every 4 weeks as scheduled. - Dr. Haddad",
     "ALLOW", "result", "portal", "en",
     [("Josefina", "NAME"), ("infusion", "PROCEDURE"), ("CBC", "PROCEDURE"), ("normal", "RESULT"), ("CRP", "PROCEDURE"),
      ("4.1 mg/L", "RESULT"), ("from [[18]]", "RESULT"), ("Actemra", "MEDICATION"), ("Dr. Haddad", "PROVIDER")],
     ["general", "lab"], "Inside the secure portal, results, drug and schedule may stay (README channel convention)."),
    ("bf0010", "Hola Sra. Quiñones, le recordamos su infusión de Orencia el jueves 14 de mayo a las 9:30 en el Centro de Infusiones del Valle. Traiga su tarjeta del seguro. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Quiñones", "NAME"), ("infusión", "PROCEDURE"), ("Orencia", "MEDICATION"), ("14 de mayo", "DATE"), ("Centro de Infusiones del Valle", "SPECIALTY")],
     ["general"], "Name, visit type, drug and infusion-center name go; date and time survive. 'infusión de Orencia': the drug follows the form word, so two spans (decision 3)."),
    ("bf0011", "Subject: New: household billing\n\nSpouses, partners and parents can now open a joint billing account in the patient portal, so one person gets a single statement for the whole household. Set it up under Billing > Household > Add member. Questions? Reply to this e-mail.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "'joint' is a joint billing account, not a body part; no account number, nothing about the recipient."),
    ("bf0012", "Pls call Dr. Farouk's nurse re: ur labs - AST/ALT high again on the mtx, he wants to drop u to 15mg weekly + add folic acid daily.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Farouk", "PROVIDER"), ("AST/ALT", "PROCEDURE"), ("high", "RESULT"), ("mtx", "MEDICATION"), ("folic acid", "MEDICATION")],
     ["general", "lab", "shorthand"], "Abnormal liver tests on methotrexate (shorthand 'mtx') and a dose change: result plus treatment."),
)

# ---------------------------------------------------------------- batch 2 (bf0013-bf0024): DMARD lab monitoring and refills
add(
    ("bf0013", "Lakeshore Rheumatology: You're due for your 12-week methotrexate safety labs (CBC + liver panel). Walk in at any Summit Diagnostic Lab location, no appt needed - the order is on file.",
     "REWRITE", "recall", "sms", "en",
     [("Lakeshore Rheumatology", "SPECIALTY"), ("methotrexate", "MEDICATION"), ("CBC", "PROCEDURE"), ("liver panel", "PROCEDURE")],
     ["general", "lab"], "Monitoring recall: practice name, drug and named panels go; 'you're due for labs, walk in at any Summit Diagnostic Lab' survives (a '... Lab' name is generic)."),
    ("bf0014", "Kestrel Pharmacy holiday hours: closed Thanksgiving Day, open Fri 9-5. Refill requests in by Tuesday noon ship Wednesday. Questions about a delivery? Call the number on your bottle.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Generic pharmacy hours; a holiday is not a date (README)."),
    ("bf0015", "Hi Priyanka,\n\nGood news from your yearly eye screening for hydroxychloroquine: the OCT and visual fields showed no signs of retinal toxicity, so you can stay on 200 mg twice daily. We'll see you for the next screening in a year.\n\nDr. Vance's office",
     "BLOCK", "result", "email", "en",
     [("Priyanka", "NAME"), ("eye screening", "PROCEDURE"), ("hydroxychloroquine", "MEDICATION"), ("OCT", "PROCEDURE"),
      ("visual fields", "PROCEDURE"), ("no signs of retinal toxicity", "RESULT"), ("Dr. Vance", "PROVIDER")],
     ["ophthalmology", "general"], "A normal result is still a result (README), and it comes with the dose to continue."),
    ("bf0016", "Alder Specialty Rx: Your Enbrel SureClick refill is ready to ship. Reply SHIP to pick a delivery day or call (414) 555-0163. Rx# 4471288",
     "REWRITE", "pickup", "sms", "en",
     [("Alder Specialty Rx", "SPECIALTY"), ("Enbrel SureClick", "MEDICATION"), ("(414) 555-0163", "PHONE"), ("4471288", "OTHER_ID")],
     ["pharmacy", "practice-contact", "contrast"], "Specialty-pharmacy name, drug with its device form and the Rx number go; the shipping prompt and the pharmacy's phone stay."),
    ("bf0017", "Your refill is ready to ship. Reply SHIP to pick a delivery day or call (414) 555-0163. Msg&data rates may apply. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en",
     [("(414) 555-0163", "PHONE")],
     ["pharmacy", "practice-contact", "contrast"], "bf0016 after minimum-necessary: no pharmacy name, drug or Rx number."),
    ("bf0018", "Sr. Ibarra, en sus análisis la hemoglobina salió en 9.8 y el Dr. Castañeda quiere que suspenda la leflunomida hasta nuevo aviso. Cualquier duda llámenos al (915) 555-0139.",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("hemoglobina", "PROCEDURE"), ("9.8", "RESULT"), ("Dr. Castañeda", "PROVIDER"), ("leflunomida", "MEDICATION"),
      ("(915) 555-0139", "PHONE")],
     ["general", "lab", "practice-contact"], "A lab value and an instruction to stop a DMARD."),
    ("bf0019", "We know insurance paperwork can test anyone's nerves. Our billing team can set up a no-interest payment plan in a few minutes - call the number on your statement or open the Billing tab in the app.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'nerves' is an idiom; a billing broadcast."),
    ("bf0020", "Hi Devon, Dr. Amari needs a TB blood test (QuantiFERON) before we can renew your Humira. The order is at the lab - any location, no appt. Thx! Granite Valley Arthritis Center",
     "REWRITE", "recall", "sms", "en",
     [("Devon", "NAME"), ("Dr. Amari", "PROVIDER"), ("TB blood test", "PROCEDURE"), ("QuantiFERON", "PROCEDURE"), ("Humira", "MEDICATION"),
      ("Granite Valley Arthritis Center", "SPECIALTY")],
     ["general", "lab"], "Pre-biologic screening is a requirement, not a result: 'Dr. Amari needs lab work before we can renew your prescription' survives. Judgement call."),
    ("bf0021", "Subject: Your visit summary\n\nDear Ms. Whitcombe,\n\nThank you for coming in on 2/3. As we discussed, your ANA (1:640, speckled) and anti-dsDNA results are consistent with systemic lupus erythematosus. We are starting Plaquenil today; please schedule a baseline eye exam within the next few months and get labs before your next visit.\n\nSincerely,\nDr. Moreau\nLakeshore Rheumatology",
     "BLOCK", "result", "email", "en",
     [("Whitcombe", "NAME"), ("2/3", "DATE"), ("ANA", "PROCEDURE"), ("1:640", "RESULT"), ("speckled", "RESULT"), ("anti-dsDNA", "PROCEDURE"),
      ("systemic lupus erythematosus", "CONDITION"), ("Plaquenil", "MEDICATION"), ("eye exam", "PROCEDURE"), ("Dr. Moreau", "PROVIDER"),
      ("Lakeshore Rheumatology", "SPECIALTY")],
     ["general", "lab"], "A new lupus diagnosis with antibody results and a new drug, by unencrypted e-mail."),
    ("bf0022", "Reminder: Dr. Okafor sent your sulfasalazine refill to Kestrel Pharmacy on Main St this morning. It should be ready after 3 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("sulfasalazine", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice goes; a generic pharmacy name stays."),
    ("bf0023", "Kestrel Pharmacy: An order for someone in your household is ready for pickup at our Elm St store. Open today until 9 PM. Please bring a photo ID.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy"], "Pickup notice with no drug, no name and no patient detail."),
    ("bf0024", "Hi Mrs. Dunlap, Kayla's rheumatologist asked us to let you know her methotrexate injections go up to 0.8 mL weekly starting Sunday. A new sharps container is in the box.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dunlap", "NAME"), ("Kayla", "NAME"), ("rheumatologist", "SPECIALTY"), ("methotrexate injections", "MEDICATION"), ("sharps container", "PROCEDURE")],
     ["pediatrics", "pharmacy", "third-party", "minor"], "A dependent's dose increase sent to the guardian: third party's treatment (README) - BLOCK."),
)

# ---------------------------------------------------------------- batch 3 (bf0025-bf0036): EEG, EMG and MRI logistics
add(
    ("bf0025", "Pinecrest Neurology: Your EEG is Fri 6/12 at 7:00 AM. Wash your hair the night before - no conditioner, oils or sprays - and sleep no more than 4 hours. Someone else should drive you home. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Neurology", "SPECIALTY"), ("EEG", "PROCEDURE"), ("6/12", "DATE")],
     ["general"], "Test and practice name go; the prep instructions are logistics and stay (decision 11)."),
    ("bf0026", "Reminder: appt w/ Dr. Bergström Mon 6/15 at 2:40pm, Bldg B lower level. Wear loose clothing & skip lotion on your arms and legs that day. Reply Y to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Bergström", "PROVIDER"), ("6/15", "DATE")],
     ["general", "shorthand"], "Prep that hints at nerve testing but names no test or service (decisions 11, 17)."),
    ("bf0027", "Subject: Your upcoming nerve testing appointment\n\nDear Mr. Achterberg,\n\nYour nerve conduction study and EMG with Dr. Rahimi are scheduled for Wednesday, June 17 at 1:00 PM in the Pinecrest Neurology EMG Lab, Suite 300.\n\nTo prepare:\n- Shower the morning of the test and do not apply lotion, oil or powder.\n- Wear a loose short-sleeved shirt and pants that roll above the knee.\n- Eat normally and take your usual medications.\n- The test takes 60 to 90 minutes; small needles are used for part of it.\n\nPlease arrive 15 minutes early. To reschedule, call (608) 555-0156 at least 2 business days ahead.\n\nThank you,\nPinecrest Neurology Scheduling",
     "REWRITE", "reminder", "email", "en",
     [("nerve testing", "PROCEDURE"), ("Achterberg", "NAME"), ("nerve conduction study", "PROCEDURE"), ("EMG", "PROCEDURE"), ("Dr. Rahimi", "PROVIDER"),
      ("June 17", "DATE"), ("Pinecrest Neurology EMG Lab", "SPECIALTY"), ("(608) 555-0156", "PHONE"), ("Pinecrest Neurology", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Long prep e-mail: name, tests and the neurology lab's name go (the EMG inside the lab's name is part of its SPECIALTY span); date, prep and phone stay (decision 11)."),
    ("bf0028", "EMG results from Dr. Rahimi: moderate carpal tunnel on the right, mild on the left. He recommends night wrist splints and a referral to hand surgery. Details in the portal. -Pinecrest",
     "BLOCK", "result", "sms", "en",
     [("EMG", "PROCEDURE"), ("Dr. Rahimi", "PROVIDER"), ("moderate", "RESULT"), ("carpal tunnel", "CONDITION"), ("mild", "RESULT"),
      ("wrist splints", "PROCEDURE"), ("hand surgery", "SPECIALTY")],
     ["general", "orthopedics"], "Findings with severity (decision 12) and a treatment plan; the portal pointer does not make the text safe."),
    ("bf0029", "Your appointment at 1450 Harbor Blvd, Suite 120, Madison, WI 53704 is tomorrow at 6:45 AM. Arrive 30 minutes early to fill out a safety form, and leave jewelry and anything metal at home. Free parking behind the building.",
     "ALLOW", "reminder", "sms", "en",
     [("1450 Harbor Blvd, Suite 120, Madison, WI 53704", "ADDRESS")],
     ["imaging", "practice-contact"], "The practice's own address; 'leave metal at home' hints at an MRI without naming it (decision 17)."),
    ("bf0030", "Clearwater Imaging: MRI brain w/ and w/o contrast Tue 6/23 at 8:15 PM. If you have any implanted device or metal in your body, call us before your visit: (608) 555-0175.",
     "REWRITE", "reminder", "sms", "en",
     [("Clearwater Imaging", "SPECIALTY"), ("MRI brain w/ and w/o contrast", "PROCEDURE"), ("6/23", "DATE"), ("(608) 555-0175", "PHONE")],
     ["imaging", "practice-contact"], "Imaging name and the named study go; the generic safety question, date and phone stay."),
    ("bf0031", "Hi Celeste, your MRI shows 2 new enhancing lesions since March, per Dr. Lindqvist. She'd like to talk about switching from Tecfidera to an infusion. Can you do a video visit Thurs?",
     "BLOCK", "result", "sms", "en",
     [("Celeste", "NAME"), ("MRI", "PROCEDURE"), ("2 new enhancing lesions", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("Tecfidera", "MEDICATION"),
      ("infusion", "PROCEDURE")],
     ["imaging", "general", "contrast"], "MRI finding and a treatment change by SMS (same text on the portal is bf0032)."),
    ("bf0032", "Hi Celeste, your MRI shows 2 new enhancing lesions since March, per Dr. Lindqvist. She'd like to talk about switching from Tecfidera to an infusion. Can you do a video visit Thurs?",
     "ALLOW", "result", "portal", "en",
     [("Celeste", "NAME"), ("MRI", "PROCEDURE"), ("2 new enhancing lesions", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("Tecfidera", "MEDICATION"),
      ("infusion", "PROCEDURE")],
     ["imaging", "general", "contrast"], "bf0031 inside the secure portal: findings and drugs may stay (README channel convention)."),
    ("bf0033", "Recordatorio: su cita con el Dr. Paredes es el lunes 22 de junio a las 11:00 a.m. Favor de llegar 15 minutos antes. Para cambiarla llame al (915) 555-0148.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Paredes", "PROVIDER"), ("22 de junio", "DATE"), ("(915) 555-0148", "PHONE")],
     ["general", "practice-contact"], "Provider, date, time and the practice's phone only."),
    ("bf0034", "Hola Joaquín, su resonancia magnética de cerebro quedó para el 3 de julio a las 7:30 a.m. en Imagen Diagnóstica del Norte. No traiga joyas ni objetos de metal. ¡Gracias!",
     "REWRITE", "reminder", "sms", "es",
     [("Joaquín", "NAME"), ("resonancia magnética de cerebro", "PROCEDURE"), ("3 de julio", "DATE"), ("Imagen Diagnóstica del Norte", "SPECIALTY")],
     ["imaging"], "Name, named study and imaging-center name go; date, time and the metal reminder stay (decision 11)."),
    ("bf0035", "This message is for Ayesha Karimi. Your 72-hour EEG captured two seizures starting in the left temporal area, so Dr. Whitfield would like to add lacosamide. Please call the epilepsy nurse line at 608-555-0151.",
     "BLOCK", "result", "voice", "en",
     [("Ayesha Karimi", "NAME"), ("72-hour EEG", "PROCEDURE"), ("seizures", "CONDITION"), ("left temporal", "RESULT"), ("Dr. Whitfield", "PROVIDER"),
      ("lacosamide", "MEDICATION"), ("epilepsy", "CONDITION"), ("608-555-0151", "PHONE")],
     ["general", "practice-contact"], "Voicemail with an EEG finding and a new drug; 'epilepsy nurse line' labels the condition word (decision 2)."),
    ("bf0036", "Subject: How to join your video visit\n\nYour video visit link will open in MS Teams. On a computer, no download is needed; on a phone or tablet, install the Teams app first. Test your camera and microphone at least 10 minutes before your start time, and find a quiet, private spot.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "'MS' is Microsoft Teams, not multiple sclerosis."),
)

# ---------------------------------------------------------------- batch 4 (bf0037-bf0048): migraine injections, Botox for migraine, nerve blocks
add(
    ("bf0037", "Cascadia Headache & Migraine Institute: Reminder of your Botox appt w/ Dr. Feld on 7/8 at 3:20 PM. Allow 30 min. Reply 1 to confirm, 2 to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Cascadia Headache & Migraine Institute", "SPECIALTY"), ("Botox", "MEDICATION"), ("Dr. Feld", "PROVIDER"), ("7/8", "DATE")],
     ["general"], "Headache-center name (one SPECIALTY span, decision 2) and Botox as the object of the visit (README) go."),
    ("bf0038", "Hi Corinne! Great news - your chronic migraine diary qualifies you for Botox every 12 wks, 155 units across 31 sites. Insurance approved it through 12/31.",
     "BLOCK", "other", "sms", "en",
     [("Corinne", "NAME"), ("chronic migraine", "CONDITION"), ("Botox", "MEDICATION"), ("12/31", "DATE")],
     ["general"], "A PA approval naming the condition and the drug, with the dose (decision 10)."),
    ("bf0039", "Kestrel Pharmacy deals this week: 2-for-1 store-brand Migraine Relief caplets, 25% off reusable ice packs and heating pads, $5 off any blood pressure monitor. Reply STOP to end.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Retail promotion sent to every subscriber; 'Migraine Relief' is a product name and says nothing about the recipient (decision 15)."),
    ("bf0040", "Subject: Update on your prior authorization\n\nHello Mr. Szabo,\n\nGood news: your insurance plan approved the prior authorization for Emgality. Approval reference PA-2291-7734, valid for 12 months.\n\nYour prescription has been sent to Harborview Specialty Pharmacy, which will call you from a toll-free number within 2 business days to set up delivery. If you haven't heard from them by then, please let us know.\n\nBest,\nAnya\nPrior Authorization Coordinator\n(503) 555-0112",
     "REWRITE", "other", "email", "en",
     [("Szabo", "NAME"), ("Emgality", "MEDICATION"), ("PA-2291-7734", "OTHER_ID"), ("Harborview Specialty Pharmacy", "SPECIALTY"),
      ("Best,\n[[Anya]]", "PROVIDER"), ("(503) 555-0112", "PHONE")],
     ["general", "pharmacy", "practice-contact"], "PA approval naming only the drug: REWRITE (decision 10); the reference is OTHER_ID (decision 5), the coordinator is workforce (decision 18)."),
    ("bf0041", "Re your new Nurtec: take 1 tablet at the start of a migraine, no more than 1 in 24 hrs. Don't take it the same day as your sumatriptan w/o calling us first. -Nurse Hollis",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nurtec", "MEDICATION"), ("migraine", "CONDITION"), ("sumatriptan", "MEDICATION"), ("Nurse Hollis", "PROVIDER")],
     ["general", "pharmacy"], "How-to-take instructions naming two drugs and the condition."),
    ("bf0042", "Hi, this is Jolene at Dr. Feld's office returning your call. We have openings Tue 7/14 at 10:40 or Wed 7/15 at 2:00. Text back which one works!",
     "ALLOW", "reminder", "sms", "en",
     [("Jolene", "PROVIDER"), ("Dr. Feld", "PROVIDER"), ("7/14", "DATE"), ("7/15", "DATE")],
     ["general"], "Staff sender (README workforce rule), provider and dates only."),
    ("bf0043", "Your Ajovy autoinjector 225mg/1.5mL ships Tues via FedEx Priority Overnight. Someone 18+ must sign. Refrigerate on arrival - do not freeze.",
     "REWRITE", "pickup", "sms", "en",
     [("Ajovy autoinjector 225mg/1.5mL", "MEDICATION")],
     ["pharmacy"], "Drug, form and strength in a shipment notice go; carrier, signature and storage stay (the strength is part of the product, not a dosing instruction)."),
    ("bf0044", "Your refrigerated delivery is out with FrostLine Courier, arriving between 1 and 5 PM today. An adult must sign - we can't leave it at the door. Reply R to reschedule.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Courier name, delivery window and signature requirement; no drug, pharmacy or patient named."),
    ("bf0045", "Sra. Benítez, la Dra. Solís aprobó subir el topiramato a 50 mg dos veces al día para sus migrañas. Empiece el lunes y avísenos si siente mucho hormigueo en las manos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Benítez", "NAME"), ("Dra. Solís", "PROVIDER"), ("topiramato", "MEDICATION"), ("migrañas", "CONDITION"), ("hormigueo", "CONDITION")],
     ["general", "negation"], "Titration with the condition and a side effect to watch for (decision 19)."),
    ("bf0046", "Hello, this is the Cascadia Headache and Migraine Institute calling to remind you of your occipital nerve block appointment on Monday, July 20th, at 9 AM. Press 1 to confirm, press 2 to speak with our scheduling team.",
     "REWRITE", "reminder", "voice", "en",
     [("Cascadia Headache and Migraine Institute", "SPECIALTY"), ("occipital nerve block", "PROCEDURE"), ("July 20th", "DATE")],
     ["general"], "IVR reminder: headache-center name and procedure go; date and time survive."),
    ("bf0047", "Heads up: road crews have flares and a lane closure on Route 9 at our Maple Ave entrance tonight through tomorrow noon. Please use the Cedar St entrance instead.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Road flares, not a disease flare; street names are the practice's entrances."),
    ("bf0048", "Headache diary: you logged 16 headache days this month. Dr. Feld wants to review them before your Vyepti infusion.",
     "BLOCK", "other", "push", "en",
     [("Headache", "CONDITION"), ("16", "RESULT"), ("headache", "CONDITION"), ("Dr. Feld", "PROVIDER"), ("Vyepti infusion", "MEDICATION")],
     ["general"], "App push with a symptom count (a result) and the drug; the diary label keeps 'diary' outside (decision 9)."),
)

# ---------------------------------------------------------------- batch 5 (bf0049-bf0060): MS infusions and epilepsy clinic
add(
    ("bf0049", "Bellwether MS Center - Appointment Reminder\n\nPatient: Lorraine Vasquez-Hale\nVisit: Ocrevus infusion\nDate: Tuesday, August 4\nArrival: 7:15 AM\nLocation: Infusion Suite, 3rd floor, Bellwether Medical Tower\nProvider: Dr. Adeyemi\n\nPlan for 4 to 5 hours including the observation period. Wear layers, bring a snack, and arrange a ride if you usually feel tired afterward.\n\nTo reschedule: (312) 555-0108",
     "REWRITE", "reminder", "email", "en",
     [("Bellwether MS Center", "SPECIALTY"), ("Lorraine Vasquez-Hale", "NAME"), ("Ocrevus infusion", "MEDICATION"), ("August 4", "DATE"),
      ("Infusion Suite", "SPECIALTY"), ("Dr. Adeyemi", "PROVIDER"), ("(312) 555-0108", "PHONE")],
     ["general", "practice-contact"], "Key: value reminder; MS-center name (decision 2), name, drug and the suite's name (decision 3) go; date, time, floor and phone stay."),
    ("bf0050", "Tysabri update: your JCV antibody index came back 0.38 (low risk), so it's OK to continue your monthly infusions per Dr. Adeyemi.",
     "BLOCK", "result", "sms", "en",
     [("Tysabri", "MEDICATION"), ("JCV antibody index", "PROCEDURE"), ("0.38", "RESULT"), ("low risk", "RESULT"), ("infusions", "PROCEDURE"),
      ("Dr. Adeyemi", "PROVIDER")],
     ["general", "lab"], "A lab value with its interpretation and a treatment decision; reassuring results are still results."),
    ("bf0051", "Secure message from Dr. Adeyemi: Lorraine, your JCV index is still low at 0.41. We'll keep you on Tysabri every 4 weeks, and your next MRI is due in January. Message me here with any questions.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Adeyemi", "PROVIDER"), ("Lorraine", "NAME"), ("JCV index", "PROCEDURE"), ("still [[low]]", "RESULT"), ("0.41", "RESULT"),
      ("Tysabri", "MEDICATION"), ("MRI", "PROCEDURE")],
     ["general", "lab"], "Portal message: result, drug and plan may stay (README channel convention)."),
    ("bf0052", "Hi Marcus, it's Bellwether MS Center. Your first injection training for Kesimpta with our nurse educator is set for Thurs 8/13 at 1pm, Room 4. Bring the starter kit the pharmacy mailed you.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("Bellwether MS Center", "SPECIALTY"), ("injection training", "PROCEDURE"), ("Kesimpta", "MEDICATION"), ("8/13", "DATE")],
     ["general", "pharmacy"], "Nurse-educator visit: name, MS-center name, training type and drug go (decisions 2, 3); date, time and room stay."),
    ("bf0053", "Welcome to campus! Your RA can walk you over to Student Health in Hall B, ground floor. Walk-ins weekdays 9-4, no appointment needed.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "'RA' is a resident assistant, not rheumatoid arthritis."),
    ("bf0054", "Hi Mr. Lindahl, Emma's Keppra level was 8 (low). Dr. Whitfield wants her dose up to 750 mg twice a day, and no swimming alone until her next visit.",
     "BLOCK", "result", "sms", "en",
     [("Lindahl", "NAME"), ("Emma", "NAME"), ("Keppra", "MEDICATION"), ("was [[8]]", "RESULT"), ("low", "RESULT"), ("Dr. Whitfield", "PROVIDER")],
     ["pediatrics", "lab", "third-party", "minor"], "A child's drug level, dose change and safety restriction sent to the parent (third party, README); drug-level labelling per decision 16."),
    ("bf0055", "Northfield Comprehensive Epilepsy Program: reminder for Noor, Tue 8/18 @ 10:20 w/ Dr. Whitfield. Bring your seizure diary + all med bottles. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Northfield Comprehensive Epilepsy Program", "SPECIALTY"), ("Noor", "NAME"), ("8/18", "DATE"), ("Dr. Whitfield", "PROVIDER"), ("seizure", "CONDITION")],
     ["general", "shorthand"], "Program name (decision 2), name and the condition in the diary label (decision 9) go; 'bring your diary and med bottles' survives."),
    ("bf0056", "Dear Mr. Oyelaran,\n\nFollowing your seizure on 7/29, state law requires that you not drive for six months from the date of the event. Dr. Whitfield has completed the medical report form the DMV requested, and a copy is enclosed with the letter we mailed today. Please do not drive, operate heavy machinery or swim alone until we clear you at a follow-up visit.\n\nWe know this is hard news, especially if you drive for work. Many patients arrange rides through family or the county paratransit service, and if your employer needs a note about temporary duty changes, we can write one that does not list medical details.\n\nIf you have questions about work or transportation, our social worker can help: (608) 555-0152.\n\nNorthfield Neurology",
     "BLOCK", "care-instructions", "email", "en",
     [("Oyelaran", "NAME"), ("seizure", "CONDITION"), ("7/29", "DATE"), ("Dr. Whitfield", "PROVIDER"), ("(608) 555-0152", "PHONE"),
      ("Northfield Neurology", "SPECIALTY")],
     ["general", "practice-contact"], "A seizure-driving restriction tied to a named person: the event and the restriction are the message."),
    ("bf0057", "Oak Hollow Medical Group: Forecasters say Friday's front brings heavy rain and big pressure swings - 'migraine weather' for some. All clinics keep normal hours; reply VIDEO to switch your visit to video.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Weather broadcast to every patient; 'migraine weather' describes the forecast, not the recipient (decision 15)."),
    ("bf0058", "Buenas tardes, le escribimos de la clínica de epilepsia del Hospital San Lucas. Su EEG de 24 horas es el martes 25 de agosto; llegue a las 8:00 con el cabello limpio y seco, sin cremas ni gel.",
     "REWRITE", "reminder", "sms", "es",
     [("epilepsia", "CONDITION"), ("EEG de 24 horas", "PROCEDURE"), ("25 de agosto", "DATE")],
     ["general"], "Descriptive clinic label: only the condition word is a span (decision 2); the test goes, prep instructions stay (decision 11)."),
    ("bf0059", "FYI ur lamotrigine goes to 100mg AM + 100mg PM starting wk 5 per Dr W. Call rightaway if any rash!! -Northfield epilepsy RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("lamotrigine", "MEDICATION"), ("Dr W", "PROVIDER"), ("rash", "CONDITION"), ("epilepsy", "CONDITION")],
     ["general", "shorthand", "typo", "negation"], "Titration schedule with a warning sign to watch for (decision 19); staff shorthand."),
    ("bf0060", "Dr. Whitfield's clinic is running about 40 min behind this afternoon. If your appt is after 2pm you're welcome to arrive later, or reply R to reschedule. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Whitfield", "PROVIDER")],
     ["general"], "Running-late notice with a provider name only."),
)

# ---------------------------------------------------------------- batch 6 (bf0061-bf0072): prior authorization status, approvals, denials, appeals
add(
    ("bf0061", "Oak Hollow Medical Group: enviamos la solicitud de autorización previa de su receta a su aseguradora el 2 de septiembre. La respuesta suele tardar de 5 a 10 días hábiles; le avisaremos por mensaje.",
     "ALLOW", "other", "sms", "es",
     [("2 de septiembre", "DATE")],
     ["general"], "PA status with no drug, condition or identifier (decision 10)."),
    ("bf0062", "PA for Cosentyx submitted to BlueRidge Health Plan 9/3, ref #PA88120431. Member ID BRH448120937. We'll text when we hear back. -Granite Valley Arthritis",
     "REWRITE", "other", "sms", "en",
     [("Cosentyx", "MEDICATION"), ("9/3", "DATE"), ("PA88120431", "OTHER_ID"), ("BRH448120937", "HEALTH_PLAN_ID"), ("Granite Valley Arthritis", "SPECIALTY")],
     ["general", "shorthand"], "PA submitted: drug, reference, member ID and the arthritis practice name go (decisions 5, 10); the insurer's name is not labelled."),
    ("bf0063", "Dear Ms. Trudeau-Banks,\n\nWe wanted you to hear this from us before the letter from your plan arrives. Your health plan has denied coverage for Benlysta (belimumab) for lupus nephritis. Reason given: step therapy requirements not met - the plan requires a documented 6-month trial of mycophenolate first.\n\nDr. Moreau disagrees and we are filing an expedited appeal today, with your kidney biopsy report and office notes attached. You do not need to do anything right now. Appeals must be filed within 180 days, and expedited appeals are usually decided within 72 hours; we will update you as soon as we have a decision.\n\nIf you receive any bills or letters from the plan in the meantime, please forward them to us rather than paying them.\n\nPrior Authorization Team\nLakeshore Rheumatology\n(608) 555-0127",
     "BLOCK", "other", "email", "en",
     [("Trudeau-Banks", "NAME"), ("Benlysta", "MEDICATION"), ("belimumab", "MEDICATION"), ("lupus nephritis", "CONDITION"), ("mycophenolate", "MEDICATION"),
      ("kidney biopsy", "PROCEDURE"), ("Dr. Moreau", "PROVIDER"), ("Lakeshore Rheumatology", "SPECIALTY"), ("(608) 555-0127", "PHONE")],
     ["general", "practice-contact"], "A PA denial naming the drug, the diagnosis and the step-therapy history (decision 10)."),
    ("bf0064", "Good news! Your insurance approved the prior auth for Xeljanz that Dr. Moreau requested - it's good through 10/15/2027. Harborview Specialty Pharmacy will reach out to schedule shipping.",
     "REWRITE", "other", "sms", "en",
     [("Xeljanz", "MEDICATION"), ("Dr. Moreau", "PROVIDER"), ("10/15/2027", "DATE"), ("Harborview Specialty Pharmacy", "SPECIALTY")],
     ["general", "pharmacy"], "Approval naming only the drug (decision 10); the specialty pharmacy's name goes too (README)."),
    ("bf0065", "Big news: our new Allentown, PA office opens Monday! Same team, free parking, and Saturday morning hours. Book online or in the app.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'PA' is Pennsylvania, not prior authorization or a physician assistant; the practice's own town is not a patient's geography."),
    ("bf0066", "Hi, this is Theo from the prior authorization team at Lakeshore Rheumatology, calling for Wendell Brandt. Your insurance denied the Humira for your psoriatic arthritis because they want you to try Enbrel first. We're filing an appeal and Dr. Osei is writing a letter of medical necessity. Call us at 608-555-0127, option 3.",
     "BLOCK", "other", "voice", "en",
     [("Theo", "PROVIDER"), ("Lakeshore Rheumatology", "SPECIALTY"), ("Wendell Brandt", "NAME"), ("Humira", "MEDICATION"), ("psoriatic arthritis", "CONDITION"),
      ("Enbrel", "MEDICATION"), ("Dr. Osei", "PROVIDER"), ("608-555-0127", "PHONE")],
     ["general", "practice-contact"], "Voicemail: denial naming drug, condition and the step-therapy requirement (decision 10)."),
    ("bf0067", "Sr. Gallardo: la autorización previa de su Actemra fue aprobada. Número de autorización 7719-AZ-3382. Una farmacia especializada lo llamará esta semana para coordinar el envío.",
     "REWRITE", "other", "sms", "es",
     [("Gallardo", "NAME"), ("Actemra", "MEDICATION"), ("7719-AZ-3382", "OTHER_ID"), ("farmacia especializada", "SPECIALTY")],
     ["general", "pharmacy"], "Approval naming only the drug: name, drug, authorization number (decision 5) and 'farmacia especializada' (decision 8) go."),
    ("bf0068", "Subject: Your appeal packet\n\nHello,\n\nWe mailed your appeal packet today by certified mail. Please sign page 2 where it is flagged and return everything in the prepaid envelope within 10 days. If anything is missing or unclear, call our prior authorization desk at (608) 555-0133, Monday to Friday, 8:00 to 4:30.\n\nThank you,\nPatient Access Team\nOak Hollow Medical Group",
     "ALLOW", "other", "email", "en",
     [("(608) 555-0133", "PHONE")],
     ["general", "practice-contact"], "Appeal logistics with no drug, condition or identifier (decision 10)."),
    ("bf0069", "Appeal for ur Ocrevus was DENIED again. Plan says ur MS isn't 'highly active' under their criteria. Dr. Adeyemi wants a peer-to-peer, will call u Fri.",
     "BLOCK", "other", "sms", "en",
     [("Ocrevus", "MEDICATION"), ("MS", "CONDITION"), ("highly active", "RESULT"), ("Dr. Adeyemi", "PROVIDER")],
     ["general", "shorthand"], "Appeal denial naming drug, condition and its activity (decisions 10, 12)."),
    ("bf0070", "Prior authorization approved ✔ for Vyepti. Tap to schedule your first infusion.",
     "REWRITE", "other", "push", "en",
     [("Vyepti", "MEDICATION"), ("infusion", "PROCEDURE")],
     ["general"], "Approval push naming only the drug and visit type (decision 10)."),
    ("bf0071", "Your prior authorization status changed to: Approved. Tap to see the details in your secure portal.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "contrast"], "bf0070 as a notification without PHI: status only (decision 10)."),
    ("bf0072", "RE: Coverage Determination - Notice of Denial\n\nMember: Harriet Lomax\nDate of birth: 04/11/1956\nMember ID: XHW-90215547-01\nDrug requested: Krystexxa (pegloticase) IV every 2 weeks\nDiagnosis: chronic gout, refractory (M1A.9XX0)\nDecision: DENIED - criteria for failure of maximum-dose xanthine oxidase inhibitor not met.\n\nYou or your prescriber may request a redetermination within 60 days of this notice. Call Member Services at 1-800-555-0186 (TTY 711).",
     "BLOCK", "other", "email", "en",
     [("Harriet Lomax", "NAME"), ("04/11/1956", "DATE"), ("XHW-90215547-01", "HEALTH_PLAN_ID"), ("Krystexxa", "MEDICATION"), ("pegloticase", "MEDICATION"),
      ("chronic gout", "CONDITION"), ("refractory", "RESULT"), ("M1A.9XX0", "CONDITION"), ("xanthine oxidase inhibitor", "MEDICATION"),
      ("1-800-555-0186", "PHONE")],
     ["pharmacy", "dob", "practice-contact"], "Plan denial letter by e-mail: full DOB with name, diagnosis with ICD code (decision 13), drug and criteria; the plan's own number is labelled (decision 18)."),
)

# ---------------------------------------------------------------- batch 7 (bf0073-bf0084): copay cards, hubs, patient assistance, foundations
add(
    ("bf0073", "Your copay card is active! Your out-of-pocket for this fill: $5.00 (was $1,240.00). Questions about the program? Call the number on the back of your card.",
     "ALLOW", "billing", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Copay amounts and a card activation with no drug, program or card number."),
    ("bf0074", "Welcome to Orencia CareConnect! Your copay card ID is 4900 2217 6643, active 12 months. BIN 610020 PCN OHCP GRP EC12345. Reply HELP for help, STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("Orencia CareConnect", "MEDICATION"), ("4900 2217 6643", "OTHER_ID")],
     ["pharmacy"], "Drug-branded program name is one MEDICATION span (decision 4); the card ID is OTHER_ID, BIN/PCN/GRP are program-wide routing codes and stay unlabelled (decision 5)."),
    ("bf0075", "Dear Ms. Farrow,\n\nThank you for applying to the patient assistance program for Cimzia. To finish your application we still need:\n1) proof of household income (your 2025 tax return or two recent pay stubs), and\n2) the signed HIPAA authorization page.\n\nYour case number is CPA-55-20918. Upload documents at clearpath.example.com/upload or fax them to 1-866-555-0199.\n\nClearPath Access Services",
     "REWRITE", "other", "email", "en",
     [("Farrow", "NAME"), ("Cimzia", "MEDICATION"), ("CPA-55-20918", "OTHER_ID"), ("clearpath.example.com/upload", "URL"), ("1-866-555-0199", "FAX")],
     ["pharmacy", "practice-contact"], "Enrollment follow-up: name, drug and hub case number (decision 5) go; the hub's own upload link and fax stay, the hub name is not labelled (decision 4)."),
    ("bf0076", "Hi! This is ClearPath Access Services, the patient support hub your doctor's office works with. We'll call you within 2 business days; the call will show as CLEARPATH. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "A hub name that names no drug or condition (decision 4)."),
    ("bf0077", "Everwell Foundation: Your grant for rheumatoid arthritis treatment was approved - up to $7,500 in 2026 toward your Simponi Aria copays. Grant ID RA-GR-77120.",
     "BLOCK", "billing", "sms", "en",
     [("rheumatoid arthritis", "CONDITION"), ("Simponi Aria", "MEDICATION"), ("RA-GR-77120", "OTHER_ID")],
     ["pharmacy"], "A funding decision naming condition and drug, treated like a PA decision (decision 10); grant ID is OTHER_ID (decision 5)."),
    ("bf0078", "Su tarjeta de copago ya está activa. En este surtido pagará $0.00. Si tiene preguntas, llame al número que aparece al reverso de la tarjeta.",
     "ALLOW", "billing", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Copay-card activation and amount only."),
    ("bf0079", "Hi Bettina, you're enrolled in the Olumiant Bridge Program: free medication while your insurance reviews the PA. Activate your card: olumiantbridge.example.com/activate?card=OB88214406",
     "REWRITE", "other", "sms", "en",
     [("Bettina", "NAME"), ("Olumiant Bridge Program", "MEDICATION"), ("olumiantbridge.example.com/activate?card=OB88214406", "URL")],
     ["pharmacy"], "Drug-branded program (decision 4) and a link carrying the card number (patient-specific URL, README) go; enrollment news survives."),
    ("bf0080", "Reminder: your patient assistance re-enrollment is due by 12/1. Call 1-888-555-0107 or reply HELP. - ClearPath Access Services",
     "ALLOW", "recall", "sms", "en",
     [("12/1", "DATE"), ("1-888-555-0107", "PHONE")],
     ["pharmacy", "practice-contact"], "Re-enrollment deadline from a hub that names no drug; the hub's own number (decision 18)."),
    ("bf0081", "Buenos días, este mensaje es para Rosalba Méndez, fecha de nacimiento 9 de marzo de 1961. Le hablamos de Farmacia Especializada Horizonte sobre su Enbrel para la artritis psoriásica. Por favor llámenos al 915-555-0131 para programar el envío.",
     "BLOCK", "pickup", "voice", "es",
     [("Rosalba Méndez", "NAME"), ("9 de marzo de 1961", "DATE"), ("Farmacia Especializada Horizonte", "SPECIALTY"), ("Enbrel", "MEDICATION"),
      ("artritis psoriásica", "CONDITION"), ("915-555-0131", "PHONE")],
     ["pharmacy", "dob", "practice-contact"], "Full date of birth with the name (README), plus drug and diagnosis, on a voicemail anyone may hear."),
    ("bf0082", "Hello Mr. Kowalczyk,\n\nWe finished the benefits check for Rinvoq. Your plan covers it under the pharmacy benefit on the specialty tier, with a $150 copay per 30-day fill. With the manufacturer copay card your cost should be $5 a month. Next step: Alder Specialty Rx will call to confirm your shipping address and first delivery date.\n\nReply to this e-mail or call (414) 555-0161 with any questions.\n\nMarta Lindgren\nBenefits Specialist",
     "REWRITE", "billing", "email", "en",
     [("Kowalczyk", "NAME"), ("Rinvoq", "MEDICATION"), ("Alder Specialty Rx", "SPECIALTY"), ("(414) 555-0161", "PHONE"), ("Marta Lindgren", "PROVIDER")],
     ["pharmacy", "practice-contact"], "Benefits investigation: name, drug and specialty-pharmacy name go; costs stay; 'specialty tier' is formulary wording, not labelled (decision 8); the benefits specialist is workforce (decision 18)."),
    ("bf0083", "Subject: One statement for your household\n\nBecause you and another family member are listed as joint guarantors, you will now receive one joint statement each month instead of two. Your coverage and due date do not change. Pay online, by phone, or by mail with the stub at the bottom of the statement.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "hard-negative"], "'joint' guarantors and statement; no account number or clinical content."),
    ("bf0084", "Hi Vanessa - got your income docs, thx. FYI the MS fund at Everwell Foundation is closed to new applicants, so we're applying you to the Tecfidera manufacturer program instead. -Jaime, hub case mgr",
     "BLOCK", "other", "sms", "en",
     [("Vanessa", "NAME"), ("MS", "CONDITION"), ("Tecfidera", "MEDICATION"), ("Jaime", "PROVIDER")],
     ["pharmacy", "shorthand"], "Condition (the fund's label, decision 2) and drug together describe the treatment; an assistance decision naming both is BLOCK (decision 10). Judgement: removing both would leave a usable message, but the decision rule is kept consistent."),
)

# ---------------------------------------------------------------- batch 8 (bf0085-bf0096): cold chain, signatures, sharps, injection training
add(
    ("bf0085", "Harborview Specialty Pharmacy: your order ships today in an insulated cooler and arrives tomorrow by 8 PM. Signature required. Track: track.example.com/ups?num=1Z9X48E70312446871",
     "REWRITE", "pickup", "sms", "en",
     [("Harborview Specialty Pharmacy", "SPECIALTY"), ("track.example.com/ups?num=1Z9X48E70312446871", "URL")],
     ["pharmacy"], "Specialty-pharmacy name goes; a tracking link with a query parameter is patient-specific (decision 6)."),
    ("bf0086", "Cold-chain tip: when your cooler arrives, move the contents to the fridge (not the freezer) within 1 hour. Keep the box - a return label is inside. Questions? Reply here or call the number on your packing slip.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Storage logistics for an unnamed refrigerated order; no drug, dose or patient detail."),
    ("bf0087", "Hi Ms. Okwuosa, your free sharps container and mail-back box ship separately and should arrive by Friday. When it's 3/4 full, seal it and drop it at any post office - postage is prepaid.",
     "REWRITE", "other", "sms", "en",
     [("Okwuosa", "NAME"), ("sharps container", "PROCEDURE")],
     ["pharmacy"], "A sharps container sent to a named patient reveals self-injection (decision 7); '3/4 full' is not a date."),
    ("bf0088", "Community take-back day this Saturday, 9am-1pm in Lot B: drop off expired pills, used needles in any hard plastic jug, and full sharps containers. Free, anonymous, no questions asked.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Take-back broadcast to everyone (decision 7)."),
    ("bf0089", "Nurse educator Paloma Reyes, RN will meet you at home Tue 10/6 between 2-4pm for your first injection training for Kevzara. Take the carton out of the fridge 30 min before she arrives.",
     "REWRITE", "reminder", "sms", "en",
     [("Nurse educator Paloma Reyes, RN", "PROVIDER"), ("10/6", "DATE"), ("injection training", "PROCEDURE"), ("Kevzara", "MEDICATION")],
     ["home-health", "pharmacy"], "Home visit window stays; training type and drug go (decision 3); taking 'the carton' out of the fridge is logistics."),
    ("bf0090", "Reminder from nurse Tamsin: inject Kesimpta 20mg under the skin once a month now that your 3 loading doses are done. Rotate thigh and belly sites. Next dose due 10/12.",
     "BLOCK", "care-instructions", "sms", "en",
     [("nurse Tamsin", "PROVIDER"), ("Kesimpta 20mg", "MEDICATION"), ("10/12", "DATE")],
     ["pharmacy"], "Dosing and administration instructions."),
    ("bf0091", "Hola Sr. Arriaga, su pedido de Farmacia Especializada Horizonte llega mañana entre 10 y 2. Debe firmar un adulto. Al recibirlo, guárdelo en el refrigerador.",
     "REWRITE", "pickup", "sms", "es",
     [("Arriaga", "NAME"), ("Farmacia Especializada Horizonte", "SPECIALTY")],
     ["pharmacy", "contrast"], "Name and specialty-pharmacy name go; window, signature and storage stay (compare bf0092)."),
    ("bf0092", "Su pedido llega mañana entre las 10:00 y las 14:00. Debe firmar un adulto al recibirlo. Para cambiar el día de entrega responda CAMBIAR.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "contrast"], "Delivery window and signature, nothing else."),
    ("bf0093", "This is an automated message from Alder Specialty Rx for Franklin Oduya. We tried to deliver your temperature-sensitive package today, but no one was available to sign. To reschedule, press 1 or call 414-555-0163.",
     "REWRITE", "pickup", "voice", "en",
     [("Alder Specialty Rx", "SPECIALTY"), ("Franklin Oduya", "NAME"), ("414-555-0163", "PHONE")],
     ["pharmacy", "practice-contact"], "Missed-delivery IVR: pharmacy name and patient name go; the reschedule prompt and phone stay."),
    ("bf0094", "Hi Desmond,\n\nThe temperature logger in yesterday's shipment shows the box reached 61°F for about 3 hours, which is outside the allowed range. Please do NOT use the Simponi from that box. A replacement ships today by priority overnight at no cost, and the courier will pick up the original box when they deliver. Keep it in the fridge until then.\n\nSorry for the trouble,\nAlder Specialty Rx",
     "REWRITE", "other", "email", "en",
     [("Desmond", "NAME"), ("Simponi", "MEDICATION"), ("Alder Specialty Rx", "SPECIALTY")],
     ["pharmacy"], "A shipment's temperature excursion is not a clinical result (decision 14): name, drug and pharmacy go, 'do not use the medication from that box' survives. Judgement call."),
    ("bf0095", "Sorry! Our delivery partner SwiftMed Logistics had trucks delayed by the snow. Deliveries set for today will arrive tomorrow by noon. No action needed.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Courier name in a delay broadcast."),
    ("bf0096", "Hi Gloria its Nurse Bea. Ur husband Ray's methotrexate shot is due Sunday - pls make sure he does 0.6 mL not 0.4, his RA is flaring again",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gloria", "NAME"), ("Nurse Bea", "PROVIDER"), ("Ray", "NAME"), ("methotrexate shot", "MEDICATION"), ("RA", "CONDITION"), ("flaring", "RESULT")],
     ["general", "third-party", "typo", "shorthand"], "A spouse's dose, condition and its activity (decision 12) sent to the wife: third party's health (README)."),
)

# ---------------------------------------------------------------- batch 9 (bf0097-bf0108): disguises, lupus and RA results, Spanish
add(
    ("bf0097", "Our front desk team has a real flare for remembering faces! Know someone on staff who made your day? Reply with their first name to nominate them for this month's Kindness Award.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast", "typo"], "'flare' is a misspelt 'flair', not a disease flare; staff nomination broadcast."),
    ("bf0098", "Reminder: your R e m i c a d e appt is Mon 11/2 at 8am. Reply Y to confirm or call us to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("R e m i c a d e", "MEDICATION"), ("11/2", "DATE")],
     ["general", "spaced"], "Spaced-out drug name is still the drug; date and time survive."),
    ("bf0099", "Your l\u200bupus labs are back: complement C3 low (68), dsDNA up to 210. Dr. Moreau will call you tomorrow to discuss.",
     "BLOCK", "result", "sms", "en",
     [("l\u200bupus", "CONDITION"), ("complement C3", "PROCEDURE"), ("low", "RESULT"), ("68", "RESULT"), ("dsDNA", "PROCEDURE"), ("210", "RESULT"),
      ("Dr. Moreau", "PROVIDER")],
     ["general", "lab"], "Zero-width space inside 'lupus'; condition plus values."),
    ("bf0100", "H1 Darnell, ur 0crevus 1nfusion is booked Thurs 11/19 @ 7:30a. Eat b4 u come & bring a jacket, the suite gets cold!",
     "REWRITE", "reminder", "sms", "en",
     [("Darnell", "NAME"), ("0crevus 1nfusion", "MEDICATION"), ("11/19", "DATE")],
     ["general", "leet", "shorthand"], "Leet drug and form word, one MEDICATION span (decision 3); date and time survive."),
    ("bf0101", "Dr. Nakamura reviewed your EMG: the findings fit \u0421IDP. We'll start IVIG infusions next month and recheck strength in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("EMG", "PROCEDURE"), ("\u0421IDP", "CONDITION"), ("IVIG infusions", "MEDICATION")],
     ["general"], "Diagnosis with a Cyrillic Es in 'CIDP' and the treatment plan."),
    ("bf0102", "Hi Ms. Whitcombe, your urine protein/creatinine ratio is down to 0.3 from 0.9. Please keep taking mycophenolate 1000 mg twice daily and continue Plaquenil. - Dr. Moreau",
     "ALLOW", "result", "portal", "en",
     [("Whitcombe", "NAME"), ("urine protein/creatinine ratio", "PROCEDURE"), ("0.3", "RESULT"), ("0.9", "RESULT"), ("mycophenolate 1000 mg", "MEDICATION"),
      ("Plaquenil", "MEDICATION"), ("Dr. Moreau", "PROVIDER")],
     ["general", "lab"], "Portal message: values and doses may stay (README channel convention)."),
    ("bf0103", "Hola Lupita, su factor reumatoide salió positivo y los anti-CCP altos. La Dra. Zamora quiere verla esta semana para hablar de artritis reumatoide y tratamiento.",
     "BLOCK", "result", "sms", "es",
     [("Lupita", "NAME"), ("factor reumatoide", "PROCEDURE"), ("positivo", "RESULT"), ("anti-CCP", "PROCEDURE"), ("altos", "RESULT"),
      ("Dra. Zamora", "PROVIDER"), ("artritis reumatoide", "CONDITION")],
     ["general", "lab"], "Positive results and the diagnosis they point to; 'Lupita' is a name, not lupus."),
    ("bf0104", "Sabemos que los trámites del seguro le ponen los nervios de punta a cualquiera. Nuestro equipo de facturación puede armarle un plan de pagos sin intereses en minutos; llame al número de su estado de cuenta.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'los nervios de punta' is an idiom; billing broadcast."),
    ("bf0105", "Farmacia Kestrel: horario de fin de año. Cerramos el 25 de diciembre y el 1 de enero; en Nochebuena y Nochevieja abrimos de 9 a 3. Pida sus resurtidos con 3 días de anticipación.",
     "ALLOW", "other", "sms", "es",
     [("25 de diciembre", "DATE"), ("1 de enero", "DATE")],
     ["pharmacy", "broadcast"], "Pharmacy holiday hours; calendar dates are DATE spans even in a broadcast (decision 15), named holidays are not."),
    ("bf0106", "Estimada Sra. Pacheco:\n\nLe confirmamos su inscripción en el programa de ahorro de copago de Kesimpta. Número de tarjeta: 6120 4487 0923. Presente este número en su farmacia junto con su tarjeta del seguro; el programa cubre hasta $15,000 al año.\n\nAtentamente,\nServicios al Paciente",
     "REWRITE", "billing", "email", "es",
     [("Pacheco", "NAME"), ("Kesimpta", "MEDICATION"), ("6120 4487 0923", "OTHER_ID")],
     ["pharmacy"], "Copay-card enrollment: name, drug and card number (decision 5) go; the enrollment and how to use it survive."),
    ("bf0107", "Por la huelga del transporte público esta semana muchos pacientes están en plena crisis para llegar. Si lo prefiere, podemos pasar su cita a videollamada: responda VIDEO.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'crisis' (also Spanish for a seizure) means a transport crisis here."),
    ("bf0108", "Mensaje para el señor Anselmo Rivas de parte de la Dra. Solís: por sus crisis convulsivas no debe manejar hasta nuevo aviso, y necesitamos que se haga un nivel de ácido valproico antes de su cita. Llame al 915-555-0146.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Anselmo Rivas", "NAME"), ("Dra. Solís", "PROVIDER"), ("crisis convulsivas", "CONDITION"), ("ácido valproico", "MEDICATION"), ("915-555-0146", "PHONE")],
     ["general", "lab", "practice-contact"], "Seizure-driving restriction tied to a named person, plus a drug-level order (decision 16)."),
)

# ---------------------------------------------------------------- batch 10 (bf0109-bf0120): gout, joint injections, summaries, templates, devices
add(
    ("bf0109", "Subject: Oak Hollow News - Fall 2026\n\nHello from all of us at Oak Hollow Medical Group!\n\nWhat's new this season:\n- Saturday hours: our Birch Road clinic is now open Saturdays 8 AM to noon.\n- Flu shots are available at every visit, no separate appointment needed.\n- Free community talk 'Living Well with Arthritis' on the third Thursday of each month in the Community Room, open to everyone.\n- Parking: the east lot is being repaved through October; please use the garage.\n- Staff spotlight: congratulations to our front desk team for ten years of cheerful mornings.\n- Online check-in now opens 3 days before your visit, so you can skip the clipboard.\n- Our pharmacy window stays open until 7 PM on weekdays, and refills can be requested by text.\n\nBook, pay a bill or message us any time at oakhollow.example.org, or call (608) 555-0120.\n\nBe well,\nOak Hollow Medical Group",
     "ALLOW", "marketing", "email", "en",
     [("oakhollow.example.org", "URL"), ("(608) 555-0120", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every patient; the talk title names a condition but says nothing about the recipient (decision 15)."),
    ("bf0110", "Hi Oksana, Dr. Brightwater can see you sooner for your gout follow-up: Wed 12/2 at 9:10 AM. Reply YES to grab it.",
     "REWRITE", "reminder", "sms", "en",
     [("Oksana", "NAME"), ("Dr. Brightwater", "PROVIDER"), ("gout", "CONDITION"), ("12/2", "DATE")],
     ["general"], "A diagnosis used as a visit label keeps 'follow-up' outside (README); the earlier slot survives."),
    ("bf0111", "Your uric acid was 9.4, still above goal. Dr. Brightwater says increase allopurinol to 300 mg daily and recheck in 6 wks.",
     "BLOCK", "result", "sms", "en",
     [("uric acid", "PROCEDURE"), ("9.4", "RESULT"), ("above goal", "RESULT"), ("Dr. Brightwater", "PROVIDER"), ("allopurinol", "MEDICATION")],
     ["general", "lab", "shorthand"], "Lab value with interpretation and a dose change."),
    ("bf0112", "We're proud to share that Westbrook Health has again earned Joint Commission accreditation. Thank you for trusting us with your care!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Joint' is the Joint Commission, not a joint."),
    ("bf0113", "Granite Valley Arthritis Center: Your ultrasound-guided knee joint injection with Dr. Amari is 12/9 at 3:30. OK to eat beforehand. Wear shorts or loose pants.",
     "REWRITE", "reminder", "sms", "en",
     [("Granite Valley Arthritis Center", "SPECIALTY"), ("ultrasound-guided knee joint injection", "PROCEDURE"), ("Dr. Amari", "PROVIDER"), ("12/9", "DATE")],
     ["general", "orthopedics"], "Practice name and the named procedure go; date, time and what to wear stay (decision 11)."),
    ("bf0114", "Subject: Your after-visit summary - Lakeshore Rheumatology\n\nHi Ms. Ferreira-Olson,\n\nThanks for seeing me today. Here is what we discussed:\n\n- Your symptoms and the positive SSA antibody fit primary Sjögren's syndrome. Keep using preservative-free eye drops and sugar-free lozenges for the dryness.\n- Your bone density scan showed a T-score of -2.6 at the hip, in the osteoporosis range. We will start Prolia 60 mg every 6 months; our nurse will call to schedule the first shot.\n- Please get a vitamin D level and a dental check-up before starting Prolia.\n\nFollow up with me in 3 months, sooner if you notice new swelling of the glands under your jaw.\n\nDr. Moreau",
     "BLOCK", "care-instructions", "email", "en",
     [("Lakeshore Rheumatology", "SPECIALTY"), ("Ferreira-Olson", "NAME"), ("positive", "RESULT"), ("SSA antibody", "PROCEDURE"),
      ("primary Sjögren's syndrome", "CONDITION"), ("preservative-free eye drops", "MEDICATION"), ("sugar-free lozenges", "MEDICATION"),
      ("dryness", "CONDITION"), ("bone density scan", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-2.6", "RESULT"), ("osteoporosis", "CONDITION"),
      ("Prolia 60 mg", "MEDICATION"), ("Prolia", "MEDICATION", 1), ("vitamin D level", "PROCEDURE"), ("dental", "SPECIALTY"),
      ("swelling", "CONDITION"), ("Dr. Moreau", "PROVIDER")],
     ["general", "imaging", "negation"], "After-visit summary by e-mail: diagnoses, results and a new drug with its dose. The hypothetical 'swelling' is labelled (decision 19)."),
    ("bf0115", "Hello, this is Oak Hollow Medical Group calling with a reminder of your appointment tomorrow, Tuesday, at 1:45 PM with Doctor Lindqvist. To confirm, press 1. To reschedule, press 2. To reach the office, call 608-555-0120.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Lindqvist", "PROVIDER"), ("608-555-0120", "PHONE")],
     ["general", "practice-contact"], "IVR reminder with provider (spelled-out title, decision 18), time and the practice's phone."),
    ("bf0116", "{{practice_name}}: Reminder - your methotrexate lab check is due by {{due_date}}. Visit any {{lab_name}} location, no appointment needed. Reply STOP to opt out.",
     "REWRITE", "recall", "sms", "en",
     [("methotrexate", "MEDICATION")],
     ["general", "lab", "template"], "Template whose fixed text names the drug; placeholders carry no patient data (README templates)."),
    ("bf0117", "{{practice_name}}: Your appointment is {{appt_date}} at {{appt_time}} with {{provider_name}}. Please allow extra time for this visit. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "Template with content-free placeholders only; 'extra time' names nothing (decision 17)."),
    ("bf0118", "Seizure alert: your NeuroBand detected a possible generalized tonic-clonic seizure at 2:14 AM. Your emergency contact was notified.",
     "BLOCK", "other", "push", "en",
     [("Seizure", "CONDITION"), ("NeuroBand", "PROCEDURE"), ("generalized tonic-clonic seizure", "CONDITION")],
     ["general"], "A device's detection of a seizure is a finding about the wearer, shown on the lock screen; the wearable is a device (PROCEDURE, README)."),
    ("bf0119", "Free Wi-Fi for patients and guests: network Aura-Guest, password on the sign at check-in. Please keep video calls in the waiting room on mute.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Aura' is a Wi-Fi network name, not a migraine aura."),
    ("bf0120", "Subject: Welcome to Pinecrest Neurology\n\nDear Mr. Haverford,\n\nWelcome! Your new-patient visit with Dr. Nakamura is on Monday, December 14 at 10:00 AM at 2200 University Ave, Suite 410, Madison, WI 53726.\n\nPlease bring:\n- a photo ID and your insurance card\n- a list of every medicine and supplement you take\n- any prior brain MRI discs and EEG reports (or ask the other office to fax them to (608) 555-0159)\n\nComplete your intake forms online before the visit at pinecrestneuro.example.org/forms. Plan to arrive 20 minutes early.\n\nWe look forward to meeting you.\nPinecrest Neurology New Patient Team",
     "REWRITE", "reminder", "email", "en",
     [("Pinecrest Neurology", "SPECIALTY"), ("Haverford", "NAME"), ("Dr. Nakamura", "PROVIDER"), ("December 14", "DATE"),
      ("2200 University Ave, Suite 410, Madison, WI 53726", "ADDRESS"), ("brain MRI", "PROCEDURE"), ("EEG", "PROCEDURE"), ("(608) 555-0159", "FAX"),
      ("pinecrestneuro.example.org/forms", "URL"), ("Pinecrest Neurology", "SPECIALTY", 1)],
     ["general", "imaging", "practice-contact"], "New-patient welcome: neurology name, patient name and the prior studies go; date, the practice's address, fax and forms link stay."),
)

# ---------------------------------------------------------------- end of batches


if __name__ == "__main__":
    probe_lib.run(M, "bf", "probe55.jsonl")
