#!/usr/bin/env python3
"""Build corpus/probe67.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe67.py [OUT] [-v]   (default: probe67.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine, the
launcher, Maven and java were not run; no source code, test, other corpus or build script was read.

This round is URGENT CARE, TELEHEALTH, RETAIL CLINICS, LABS AND IMAGING CENTERS: what walk-in and
urgent-care chains, virtual-visit platforms, pharmacy-based clinics, reference labs (draw
stations) and outpatient imaging centers send — queue and wait-time texts, "your provider is
ready" links, visit summaries, results-ready notices, test prep (fasting, contrast, MRI safety),
specimen-collection reminders, COVID/flu/strep testing, employer drug screens and DOT physicals,
outages and hours — with hard negatives (wait-time updates, "X-Ray Street", a "Lab Day" sale,
QR codes, confirmation codes, kiosk and queue numbers). About 15% Spanish; 4 disguised messages
(leet, zero-width characters, spaced letters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "TSH 6.8 ([[H]])" searches for "TSH 6.8 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Urgent-care, walk-in, retail-clinic ("… Clinic at <store>") and telehealth-platform names are
     generic and not labelled, like "… Pharmacy" and "… Lab": the README's list of
     specialty-revealing names (imaging, eye, orthopedic, PT, dialysis, fertility, specialty
     pharmacy) does not include them, and what reveals the condition in urgent care is the reason
     for the visit or the test, which is labelled. The words "urgent care", "walk-in", "video
     visit", "virtual visit", "e-visit" and "telehealth" are generic too. A telehealth brand that
     names a sensitive service ("… Therapy") is SPECIALTY.
  2. Named exam types outside primary care ("DOT physical", "examen físico DOT", "sports
     physical", "DOT medical card", "respirator fit test") are PROCEDURE, like "well-child" and
     "medical cannabis card"; the medical examiner's certificate number is LICENSE.
  3. Drug-testing identifiers (donor/specimen ID, employee number) are OTHER_ID, like accession
     numbers; "Medical Review Officer"/"MRO" is a role word that names the drug-testing service:
     SPECIALTY (like "radiologist").
  4. A video-visit link to a provider's standing room (no patient or visit token) is the
     practice's own URL: ALLOW. A join link with a token or visit id in the query is
     patient-specific: REWRITE (README: `token=`).
  5. Generic fasting or collection prep for "labs", "blood draw" or "lab appointment" with no test
     named is logistics, not treatment: ALLOW. Prep that names the test or exam is REWRITE; an
     instruction to hold or change a medication around a test is BLOCK (dosing instruction).
  6. A contrast agent named on its own (barium, "líquido de contraste") is MEDICATION (a drug
     product used as a name); "CT with contrast" is one PROCEDURE span.
  7. A street name used for directions or as a branch name, without a house number
     ("road work on X-Ray Street", "our Elm Ave location"), is not an ADDRESS; a full street
     address of the practice is ADDRESS (and ALLOW).
  8. A specimen-quality problem (hemolyzed, clotted, quantity not sufficient) describes the
     sample, not the patient: not a RESULT; the redraw notice is REWRITE only for its identifier.
  9. Hypothetical items in an MRI-safety checklist (pacemaker, insulin pump, implant) are labelled
     PROCEDURE and tagged `negation`; the verdict comes from the exam the recipient is booked for.
 10. Queue positions, wait times, confirmation and kiosk codes, QR-code mentions and room numbers
     are not labelled.
 11. A symptom given as the reason for visit in a queue text ("reason on file: sore throat") is a
     CONDITION used as a visit label: REWRITE, not BLOCK.
 12. A caregiver or proxy told only logistics (provider, date, time) about a relative is ALLOW;
     with the relative's name it is REWRITE; with the relative's condition or result, BLOCK.
 13. Fitness-for-duty or work-status determinations (restricted duty, a short DOT certificate
     because of a condition, "cleared to return to duty" after a test) are findings: BLOCK.
 14. A bare year ("your prior scan from 2023") is not a DATE (Safe Harbor keeps the year).

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


# ---------------------------------------------------------------- batch 1 (br0001-br0012): urgent-care queues and wait times
add(
    ("br0001", "Northside Urgent Care: You're checked in! You are #4 in line. Estimated wait: 35 min. We'll text you when it's almost your turn. Reply L if you've left.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Queue text with position and wait time; decision 1: an urgent-care name is generic, and decision 10: a queue number is not an identifier."),
    ("br0002", "Your room is ready! Please return to the front desk at QuickCare Walk-In within 10 minutes or your spot may be released. Reply H to hold 15 more min.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Called-back text with no reason for visit; walk-in clinic name is generic (decision 1)."),
    ("br0003", "Hi Tamsin, you're next at Bayview Urgent Care. Please head back to the clinic now. Reason for visit on file: sore throat/fever.",
     "REWRITE", "other", "sms", "en",
     [("Tamsin", "NAME"), ("sore throat", "CONDITION"), ("fever", "CONDITION")],
     ["urgent-care"], "Decision 11: symptoms given as the reason for visit are a visit label; removing them and the name leaves a usable 'you're next' text."),
    ("br0004", "Current wait times at Pinecrest Urgent Care: Elm Ave 15 min | Route 9 about 45 min | Downtown 1 hr+. Save your spot online at https://pinecrest-uc.example.com/wait",
     "ALLOW", "marketing", "sms", "en",
     [("https://pinecrest-uc.example.com/wait", "URL")],
     ["urgent-care", "broadcast", "practice-contact"], "Broadcast of wait times by branch; decision 7: branch names that are street names are not addresses; the practice's own link is allowed."),
    ("br0005", "Clínica Rápida Familiar: Usted es el número 6 en la fila. Tiempo de espera aproximado: 50 minutos. Le avisaremos por mensaje cuando sea su turno. Responda SALIR si ya no desea esperar.",
     "ALLOW", "other", "sms", "es", [],
     ["urgent-care", "hard-negative"], "Queue position and wait time only (decision 10); a walk-in clinic name is generic (decision 1)."),
    ("br0006", "UPDATE: we're seeing higher than normal volume tonight. Your estimated wait is now 1 hr 20 min. Thank you for your patience! - Lakeshore Urgent Care",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Wait-time update, nothing about the reason for the visit."),
    ("br0007", "ur up next @ the walk in clinic, pls come back in 5 min. Provider: PA Greer. Laceration repair rm 3",
     "REWRITE", "other", "sms", "en",
     [("PA Greer", "PROVIDER"), ("Laceration repair", "PROCEDURE")],
     ["urgent-care", "shorthand"], "Procedure in the call-back text reveals the injury; provider and room survive."),
    ("br0008", "Reminder: you saved a spot at Summit Urgent Care for 6:45 PM today. Please arrive 10 min early and bring your ID + insurance card. Confirmation: SUC-88172",
     "ALLOW", "confirmation", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Confirmation code identifies a slot, not a person (decision 10)."),
    ("br0009", "Heads up: no X-ray services tonight at MedFirst Urgent Care (tech out sick). Anyone needing X-rays will be referred to Harbor General ER. We apologize for the inconvenience!",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Service notice sent to everyone in the queue; it does not say the recipient needs an X-ray."),
    ("br0010", "Hi this is Marco at the front desk of CityMed Walk-In. We have your daughter Pilar checked in for her ear infection, wait is about 40 min. You can wait in the car.",
     "BLOCK", "other", "sms", "en",
     [("Marco", "PROVIDER"), ("Pilar", "NAME"), ("ear infection", "CONDITION")],
     ["urgent-care", "pediatrics", "minor", "third-party"], "A dependent's condition sent to the guardian is BLOCK under the README's third-party convention (decision 12)."),
    ("br0011", "Your check-in for 3:30 PM is confirmed at Rapid Care Clinic, 1180 Harmon Rd, Ste B, Fairview, OR 97024. Parking in rear. Questions? 503-555-0147",
     "ALLOW", "confirmation", "sms", "en",
     [("1180 Harmon Rd, Ste B, Fairview, OR 97024", "ADDRESS"), ("503-555-0147", "PHONE")],
     ["urgent-care", "practice-contact"], "The practice's own address and phone are allowed."),
    ("br0012", "Sra. Quintero, ya puede pasar al consultorio 2. La enfermera la verá para la revisión de su herida de la mano.",
     "REWRITE", "other", "sms", "es",
     [("Quintero", "NAME"), ("herida", "CONDITION")],
     ["urgent-care"], "Wound check as a visit label (decision 11); the generic 'revisión' stays, the title stays outside the name."),
)

# ---------------------------------------------------------------- batch 2 (br0013-br0024): telehealth and virtual visits
add(
    ("br0013", "Your provider is ready! Join your video visit now: https://visits.example.com/join?visit=88213&token=Xk29fPq7 (link expires in 15 min)",
     "REWRITE", "other", "sms", "en",
     [("https://visits.example.com/join?visit=88213&token=Xk29fPq7", "URL")],
     ["urgent-care", "identifier"], "Decision 4: a join link with a visit id and token is patient-specific (README: token=)."),
    ("br0014", "Dr. Abernathy is ready to see you. Tap to join: https://meet.example.org/dr-abernathy (no download needed). Trouble connecting? Call 855-555-0110.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Abernathy", "PROVIDER"), ("https://meet.example.org/dr-abernathy", "URL"), ("855-555-0110", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 4: a provider's standing video room carries no patient or visit token; it is the practice's own link."),
    ("br0015", "Your virtual visit with NP Okafor is tomorrow at 11:20 AM. Please test your camera and mic at care.example.net/test beforehand and find a private, well-lit spot.",
     "ALLOW", "reminder", "sms", "en",
     [("NP Okafor", "PROVIDER"), ("care.example.net/test", "URL")],
     ["primary-care", "practice-contact"], "Provider, time and a generic tech-check link; 'virtual visit' is generic (decision 1)."),
    ("br0016", "You're in the virtual waiting room. A clinician will join shortly.",
     "ALLOW", "other", "push", "en", [],
     ["urgent-care", "hard-negative"], "Lock-screen push with no detail about the visit."),
    ("br0017", "Subject: Your Vista Virtual Care visit summary\n\nHi Oskar,\n\nThanks for choosing Vista Virtual Care. Here is a summary of today's visit with Dr. Lindqvist on 02/11.\n\nDiagnosis: acute sinusitis\nPrescribed: amoxicillin-clavulanate 875 mg, one tablet twice a day for 7 days, sent to your preferred pharmacy.\nSelf-care: saline rinses, fluids, rest. Return or seek in-person care if fever over 102 F or symptoms last longer than 10 days.\n\nYou can also read this summary in your account at vistavirtual.example.com. If you did not request this visit, call us at 888-555-0133.\n\nBe well,\nThe Vista Virtual Care Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Oskar", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("02/11", "DATE"), ("acute sinusitis", "CONDITION"), ("amoxicillin-clavulanate 875 mg", "MEDICATION"), ("fever", "CONDITION"), ("vistavirtual.example.com", "URL"), ("888-555-0133", "PHONE")],
     ["urgent-care", "practice-contact"], "Diagnosis and dosing instructions are the content of the e-mail; e-mail is treated like SMS, so it should go to the portal instead."),
    ("br0018", "TeleMind Therapy: your session with Dr. Pike starts in 10 minutes. Open the app to join. Need to cancel? Reply X.",
     "REWRITE", "reminder", "push", "en",
     [("TeleMind Therapy", "SPECIALTY"), ("Dr. Pike", "PROVIDER")],
     ["behavioral-health"], "Decision 1: a telehealth brand that names a therapy service is specialty-revealing."),
    ("br0019", "Su consulta virtual con el Dr. Ferrán es hoy a las 5:40 p. m. Entre unos minutos antes desde este enlace: https://telesalud.example.com/sala/drferran",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Ferrán", "PROVIDER"), ("https://telesalud.example.com/sala/drferran", "URL")],
     ["primary-care", "practice-contact"], "Provider's standing room link, no patient token (decision 4)."),
    ("br0020", "Hi Beckett - Dr. Moreau looked at the photos you uploaded of the rash on your forearm and would like to see you in person this week. Book in the app or call 503-555-0162.",
     "REWRITE", "other", "sms", "en",
     [("Beckett", "NAME"), ("Dr. Moreau", "PROVIDER"), ("rash", "CONDITION"), ("503-555-0162", "PHONE")],
     ["dermatology", "practice-contact"], "Judgement: a request to book with no finding stated; removing the name and the rash leaves a usable scheduling text."),
    ("br0021", "Your e-visit for UTI symptoms has been reviewed. A prescription for nitrofurantoin 100 mg was sent to Corner Drug. Take 1 capsule twice daily for 5 days with food.",
     "BLOCK", "care-instructions", "sms", "en",
     [("UTI", "CONDITION"), ("nitrofurantoin 100 mg", "MEDICATION")],
     ["urgent-care", "pharmacy"], "Condition, drug and dosing instructions are the message itself."),
    ("br0022", "Reminder from Vista Virtual Care: our clinicians can only see you while you are physically in a state where they're licensed. Please confirm your location when you join.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Licensure notice; 'licensed' and 'location' are not identifiers here."),
    ("br0023", "Your visit summary from today's video visit is now available. Log in at https://portal.example.com to read it. Please do not reply to this message.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://portal.example.com", "URL")],
     ["primary-care", "practice-contact"], "Notification without PHI: says that a summary is ready, not what it says."),
    ("br0024", "Visit summary - Dr. Ruiz, 04/03/2026\nYou were seen for: cough x 2 weeks\nChest X-ray: no pneumonia\nPlan: continue albuterol inhaler 2 puffs every 4-6 hours as needed; return if short of breath.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Ruiz", "PROVIDER"), ("04/03/2026", "DATE"), ("cough", "CONDITION"), ("Chest X-ray", "PROCEDURE"), ("no pneumonia", "RESULT"), ("albuterol inhaler", "MEDICATION"), ("short of breath", "CONDITION")],
     ["urgent-care", "contrast"], "Portal channel: findings, doses and conditions may stay (README channel convention)."),
)

# ---------------------------------------------------------------- batch 3 (br0025-br0036): retail and pharmacy-based clinics
add(
    ("br0025", "MinuteWell Clinic at Corner Drug: your spot is saved for 4:15 PM. Check in at the kiosk next to the pharmacy counter with code 5512.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["urgent-care", "pharmacy", "hard-negative"], "Retail-clinic name is generic (decision 1); a kiosk code is not an identifier (decision 10)."),
    ("br0026", "Hi Odalys! Your MinuteWell visit for a sports physical is confirmed for Sat 8/9 at 10 AM. Bring the school form and your glasses if you wear them.",
     "REWRITE", "confirmation", "sms", "en",
     [("Odalys", "NAME"), ("sports physical", "PROCEDURE"), ("8/9", "DATE")],
     ["urgent-care", "pediatrics"], "Decision 2: a named exam type is PROCEDURE, routine but still removable; name goes, date and time stay."),
    ("br0027", "Vacunas contra la gripe GRATIS con la mayoría de los seguros en la clínica de ValuMart. No necesita cita. Lunes a viernes de 9 a 7, sábados de 10 a 4.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast to every patient; says nothing about the recipient."),
    ("br0028", "Your flu shot appointment at ValuMart Pharmacy is today at 2:30 PM. Wear short sleeves! Reply C to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("flu shot", "PROCEDURE")],
     ["pharmacy"], "The recipient's own flu-shot appointment is REWRITE (README broadcast convention); pharmacy name is generic."),
    ("br0029", "Hey Wendell - your Paxlovid is ready for pickup at the Corner Drug clinic window. Bring a photo ID. Open til 9 tonight.",
     "REWRITE", "pickup", "sms", "en",
     [("Wendell", "NAME"), ("Paxlovid", "MEDICATION")],
     ["pharmacy", "urgent-care"], "Medication name in a pickup notice is REWRITE (DESIGN)."),
    ("br0030", "Farmacia San Judas: El resultado de su prueba rápida de estreptococo fue positivo. La enfermera practicante le mandó amoxicilina; pase a recogerla hoy.",
     "BLOCK", "result", "sms", "es",
     [("prueba rápida de estreptococo", "PROCEDURE"), ("positivo", "RESULT"), ("amoxicilina", "MEDICATION")],
     ["pharmacy", "urgent-care"], "A test result is the message; it cannot be made safe by removal."),
    ("br0031", "MinuteWell after-visit summary: Dx pink eye (bacterial conjunctivitis). Use the antibiotic drops 1 drop 4x/day for 5 days. You can return to work 24 hrs after starting.",
     "BLOCK", "care-instructions", "sms", "en",
     [("pink eye", "CONDITION"), ("bacterial conjunctivitis", "CONDITION"), ("antibiotic drops", "MEDICATION")],
     ["urgent-care"], "Diagnosis and dosing instructions; the drug class with its form word is one MEDICATION span."),
    ("br0032", "ValuMart Health Hub: your A1c screening at the community kiosk event is Tue 10/14 at 9 AM. No fasting needed. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("A1c screening", "PROCEDURE"), ("10/14", "DATE")],
     ["pharmacy", "lab"], "The recipient's own A1c test is a named test; the event logistics survive."),
    ("br0033", "CareSpot Clinic reminder: your TB skin test has to be read 48-72 hrs after it was placed. Please come back Thursday between 9am and 6pm. No appointment needed.",
     "REWRITE", "reminder", "sms", "en",
     [("TB skin test", "PROCEDURE")],
     ["urgent-care"], "Named test in a return-visit reminder; the logistics survive."),
    ("br0034", "CareSpot Clinic is closed today from 12 to 2 PM for staff training. The pharmacy counter stays open. Sorry for any inconvenience!",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Hours notice for everyone."),
    ("br0035", "Pharmacist note for Anneliese Brandt: the clinic NP started you on lisinopril 10 mg once daily for high blood pressure. Check your BP at home and bring your log to your next visit.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Anneliese Brandt", "NAME"), ("lisinopril 10 mg", "MEDICATION"), ("high blood pressure", "CONDITION"), ("BP", "PROCEDURE")],
     ["pharmacy", "cardiology"], "New drug, dose and diagnosis; a home BP log is a measure (PROCEDURE)."),
    ("br0036", "LAB DAY SALE this weekend at ValuMart Health Hub! Cash-price wellness panels $29, cholesterol checks $15, no insurance needed. Book in the ValuMart app. Msg&data rates may apply.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "lab", "broadcast", "hard-negative"], "Retail marketing sent to everyone; prices and a test menu say nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 4 (br0037-br0048): reference labs and draw stations
add(
    ("br0037", "Beacon Diagnostics: Your lab appointment is confirmed for Mon 3/2 at 7:15 AM at the Riverside Patient Service Center. Bring your lab order and photo ID. Confirmation #BD-5521K",
     "ALLOW", "confirmation", "sms", "en",
     [("3/2", "DATE")],
     ["lab"], "Generic lab name and 'lab appointment'; the confirmation number identifies a booking (decision 10)."),
    ("br0038", "Reminder: please fast 10-12 hours before your blood draw tomorrow. Water is fine, and keep taking your usual medicines unless your doctor told you otherwise.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["lab", "hard-negative"], "Decision 5: generic fasting prep with no test named is logistics, not a treatment instruction."),
    ("br0039", "Your fasting lipid panel and CMP are scheduled for 6/18 at 8:00 AM at Beacon Diagnostics - Elm Grove PSC. Nothing but water after 10 PM the night before.",
     "REWRITE", "reminder", "sms", "en",
     [("fasting lipid panel", "PROCEDURE"), ("CMP", "PROCEDURE"), ("6/18", "DATE")],
     ["lab"], "Decision 5: the prep names the tests; without them the reminder still works."),
    ("br0040", "Your 24-hour urine collection jug is ready for pickup at the Northgate draw station. Start with your second urine of the morning and keep the jug cold until you bring it back.",
     "REWRITE", "reminder", "sms", "en",
     [("24-hour urine collection", "PROCEDURE")],
     ["lab"], "Named collection test; the pickup logistics survive. Judgement: the collection steps are prep, not treatment."),
    ("br0041", "Your lab results are ready. View them in the Beacon app.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "hard-negative"], "Notification without PHI: no test, no value."),
    ("br0042", "Hi Priyanka, your thyroid results came in: TSH 6.8 (H), free T4 0.9. Dr. Castellanos wants to recheck in 6 weeks, no need to start anything yet.",
     "BLOCK", "result", "sms", "en",
     [("Priyanka", "NAME"), ("TSH", "PROCEDURE"), ("6.8", "RESULT"), ("TSH 6.8 ([[H]])", "RESULT"), ("free T4", "PROCEDURE"), ("0.9", "RESULT"), ("Dr. Castellanos", "PROVIDER")],
     ["lab", "primary-care"], "Values and a flag are the message. Judgement: 'thyroid results' left as the generic head; the named analytes are labelled."),
    ("br0043", "Laboratorio Clínico Del Valle: Sus resultados ya están disponibles. Ingrese a su portal para verlos. Si tiene dudas llame al 915-555-0163 de lunes a sábado.",
     "ALLOW", "portal-notice", "sms", "es",
     [("915-555-0163", "PHONE")],
     ["lab", "practice-contact"], "Results-ready notice with no test named and the lab's own number."),
    ("br0044", "We couldn't run the specimen collected from you on 09/14 because the sample was hemolyzed. Please visit any draw station for a free redraw. Reference: accession 24-118-00372.",
     "REWRITE", "other", "sms", "en",
     [("09/14", "DATE"), ("24-118-00372", "OTHER_ID")],
     ["lab", "identifier"], "Decision 8: 'hemolyzed' describes the sample, not the patient; the accession number is not needed (OTHER_ID), the collection date is."),
    ("br0045", "Mobile Draw Services: your phlebotomist Renee will arrive Thursday between 7-9 AM at 2217 Larkspur Ln Apt 4, Eugene, OR 97401. Please be fasting and have your order ready.",
     "REWRITE", "reminder", "sms", "en",
     [("Renee", "PROVIDER"), ("2217 Larkspur Ln Apt 4, Eugene, OR 97401", "ADDRESS")],
     ["lab", "home-health"], "The patient's home address is an identifier the reminder does not need; the named phlebotomist is workforce."),
    ("br0046", "Subject: Statement from Beacon Diagnostics\n\nDear patient,\n\nYour statement for account 7730-1182-04 is attached. Date of service: 10/02. Tests billed: hepatitis C antibody, HIV-1/2 Ag/Ab screen, RPR. Amount billed to insurance: $214.00. Your responsibility after insurance: $38.50.\n\nPay online at https://pay.beacondx.example/billing or call Patient Billing at 866-555-0191, Monday to Friday 8 AM to 6 PM Eastern. If you have already paid, thank you and please disregard this notice.\n\nCan't pay the full amount? Interest-free payment plans start at $10 a month, and you may qualify for our financial assistance program; ask for an application when you call.\n\nBeacon Diagnostics Billing Services",
     "REWRITE", "billing", "email", "en",
     [("7730-1182-04", "ACCOUNT"), ("10/02", "DATE"), ("hepatitis C antibody", "PROCEDURE"), ("HIV-1/2 Ag/Ab screen", "PROCEDURE"), ("RPR", "PROCEDURE"), ("https://pay.beacondx.example/billing", "URL"), ("866-555-0191", "PHONE")],
     ["lab", "hiv-sexual-health", "practice-contact", "identifier"], "Billing purpose survives without the itemised sensitive tests and the account number; no result is stated."),
    ("br0047", "This is Beacon Diagnostics calling on behalf of your doctor about an abnormal potassium result. Please call Dr. Yilmaz's office today at 414-555-0128.",
     "BLOCK", "result", "voice", "en",
     [("abnormal", "RESULT"), ("potassium", "PROCEDURE"), ("Dr. Yilmaz", "PROVIDER"), ("414-555-0128", "PHONE")],
     ["lab", "practice-contact"], "Critical-value call-back: saying which test is abnormal is a finding; voice is treated like SMS."),
    ("br0048", "Power outage: our Westside and Airport Road Patient Service Centers are closed today. All other Beacon Diagnostics locations are open normal hours. We're sorry!",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Outage broadcast; branch names are not addresses (decision 7); 'normal' is hours, not a result."),
)

# ---------------------------------------------------------------- batch 5 (br0049-br0060): outpatient imaging, prep and MRI safety
add(
    ("br0049", "Clearwater Imaging: your MRI of the lumbar spine is scheduled 11/04 at 6:30 PM. Please arrive 30 min early to complete the safety screening form.",
     "REWRITE", "reminder", "sms", "en",
     [("Clearwater Imaging", "SPECIALTY"), ("MRI of the lumbar spine", "PROCEDURE"), ("11/04", "DATE")],
     ["imaging"], "Imaging names are specialty-revealing (README); the exam goes, date and time stay."),
    ("br0050", "MRI safety: before your scan, tell the technologist if you have a pacemaker, cochlear implant, insulin pump or any metal fragments in your body. Leave jewelry at home and wear clothes without metal.",
     "REWRITE", "care-instructions", "sms", "en",
     [("MRI", "PROCEDURE"), ("pacemaker", "PROCEDURE"), ("cochlear implant", "PROCEDURE"), ("insulin pump", "PROCEDURE")],
     ["imaging", "negation"], "Decision 9: hypothetical devices are labelled and tagged negation; the recipient's own MRI makes it REWRITE."),
    ("br0051", "Hi Gustavo, because you take metformin, do not take it for 48 hours after your CT with contrast on 2/27. Restart it only after your kidney function blood test is back.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gustavo", "NAME"), ("metformin", "MEDICATION"), ("CT with contrast", "PROCEDURE"), ("2/27", "DATE"), ("kidney function blood test", "PROCEDURE")],
     ["imaging"], "Decision 5: holding a medication around a test is a dosing instruction; decision 6: 'CT with contrast' is one span."),
    ("br0052", "Your X-ray images are ready to pick up on CD at the front desk of Harbor Walk-In. $10 fee, bring photo ID. Questions? 206-555-0120",
     "REWRITE", "other", "sms", "en",
     [("X-ray", "PROCEDURE"), ("206-555-0120", "PHONE")],
     ["urgent-care", "imaging", "practice-contact"], "The recipient's own imaging exam is named; the pickup logistics survive."),
    ("br0053", "Parkview Walk-In Clinic is moving! Starting June 2 you'll find us at 410 X-Ray Street, Suite 100, Dalton, GA 30720. Same phone number, same hours.",
     "ALLOW", "other", "sms", "en",
     [("June 2", "DATE"), ("410 X-Ray Street, Suite 100, Dalton, GA 30720", "ADDRESS")],
     ["urgent-care", "broadcast", "practice-contact"], "The practice's own new address; 'X-Ray' is part of a street name, not an exam."),
    ("br0054", "Road work on X-Ray Street all week: please use the Sycamore Ave entrance to our parking garage. Valet is free until Friday.",
     "ALLOW", "other", "sms", "en", [],
     ["imaging", "broadcast", "hard-negative"], "Decision 7: street names used for directions are not addresses; X-Ray is a street name here."),
    ("br0055", "For your abdominal ultrasound on Friday: nothing to eat or drink after midnight. You may take your morning pills with a small sip of water. Allow 45 minutes.",
     "REWRITE", "care-instructions", "sms", "en",
     [("abdominal ultrasound", "PROCEDURE")],
     ["imaging"], "Decision 5: test-named prep is REWRITE; 'your morning pills' names no drug and is prep, not a dose change."),
    ("br0056", "Good news from Dr. Feld - your screening mammogram showed no evidence of cancer. We'll send a reminder when you're due again next year.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("screening mammogram", "PROCEDURE"), ("no evidence of cancer", "RESULT")],
     ["imaging", "oncology"], "A normal result is still a result (README)."),
    ("br0057", "Centro de Imágenes del Sur: su cita para la tomografía es el 14 de marzo a las 8:15. Llegue 45 minutos antes para tomar el líquido de contraste. No coma nada 4 horas antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Imágenes del Sur", "SPECIALTY"), ("tomografía", "PROCEDURE"), ("14 de marzo", "DATE"), ("líquido de contraste", "MEDICATION")],
     ["imaging"], "Decision 6: an oral contrast agent on its own is MEDICATION; prep logistics survive once the exam is gone."),
    ("br0058", "Your radiologist compared today's chest CT with your prior scan from 2023. The 6 mm nodule in the right lung is unchanged. Dr. Osei recommends a follow-up CT in 12 months.",
     "BLOCK", "result", "sms", "en",
     [("radiologist", "SPECIALTY"), ("chest CT", "PROCEDURE"), ("6 mm", "RESULT"), ("nodule", "CONDITION"), ("unchanged", "RESULT"), ("Dr. Osei", "PROVIDER"), ("CT", "PROCEDURE", 1)],
     ["imaging"], "A finding and a plan; decision 14: the bare year is not a DATE."),
    ("br0059", "Hello, this is Clearwater Imaging calling to confirm your appointment tomorrow at 9 AM. Press 1 to confirm, press 2 to reschedule, or call us back at 971-555-0104.",
     "REWRITE", "confirmation", "voice", "en",
     [("Clearwater Imaging", "SPECIALTY"), ("971-555-0104", "PHONE")],
     ["imaging", "practice-contact", "contrast"], "Even with no exam named, the imaging-centre name reveals the service; voice is overheard like SMS."),
    ("br0060", "Eastgate Imaging: due to a scanner outage, all MRI appointments today are being moved. We'll call you by noon with a new time. We apologize.",
     "REWRITE", "other", "sms", "en",
     [("Eastgate Imaging", "SPECIALTY"), ("MRI", "PROCEDURE")],
     ["imaging"], "Judgement: sent only to patients booked for an MRI today, so it reveals the recipient's exam (unlike a broadcast)."),
)

# ---------------------------------------------------------------- batch 6 (br0061-br0072): COVID, flu and strep testing
add(
    ("br0061", "Your COVID-19 PCR result is available. Log in to view it at https://results.example.com. Results are not given over the phone.",
     "REWRITE", "portal-notice", "sms", "en",
     [("COVID-19 PCR", "PROCEDURE"), ("https://results.example.com", "URL")],
     ["urgent-care", "lab", "practice-contact"], "Results-ready notice that names the test; without the test it is the safe notice."),
    ("br0062", "Lakeshore UC: ur COVID test was POSITIVE. Isolate 5 days, mask 10. Reply Q w/ questions",
     "BLOCK", "result", "sms", "en",
     [("COVID test", "PROCEDURE"), ("POSITIVE", "RESULT")],
     ["urgent-care", "shorthand"], "The result is the message, in shorthand."),
    ("br0063", "hey its the clinic, ur r4pid str3p was p0sitive. rx for amox sent to ur drugstore, take it all even if u feel better",
     "BLOCK", "result", "sms", "en",
     [("r4pid str3p", "PROCEDURE"), ("p0sitive", "RESULT"), ("amox", "MEDICATION")],
     ["urgent-care", "leet", "shorthand"], "Leetspeak result and treatment; disguise does not change the label."),
    ("br0064", "Free COVID & flu testing this Saturday 9 AM-1 PM in the Eastside Walk-In parking lot. No appointment, no cost, masks available at the door.",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Testing-event broadcast to everyone; nothing about the recipient."),
    ("br0065", "Drive-thru testing update: results for samples collected 12/28 are running 48-72 hrs behind due to high volume. We'll text you as soon as yours is ready.",
     "ALLOW", "other", "sms", "en",
     [("12/28", "DATE")],
     ["lab", "urgent-care"], "Judgement: 'drive-thru testing' names no test; a collection date is a date of service and allowed like an appointment date."),
    ("br0066", "Sra. Aguilar, su hijo Mateo dio positivo para influenza A. El doctor le mandó Tamiflu a la farmacia; déle una cápsula dos veces al día por 5 días.",
     "BLOCK", "result", "sms", "es",
     [("Aguilar", "NAME"), ("Mateo", "NAME"), ("positivo", "RESULT"), ("influenza A", "CONDITION"), ("Tamiflu", "MEDICATION")],
     ["urgent-care", "pediatrics", "minor", "third-party"], "A child's result and dosing sent to the parent (README third-party convention)."),
    ("br0067", "Your C\u200bO\u200bV\u200bI\u200bD antigen test result: n\u200begative. You may return to school tomorrow if fever-free.",
     "BLOCK", "result", "sms", "en",
     [("C\u200bO\u200bV\u200bI\u200bD antigen test", "PROCEDURE"), ("n\u200begative", "RESULT"), ("fever", "CONDITION")],
     ["urgent-care"], "Zero-width characters split the test name and the result; a negative result is still a result."),
    ("br0068", "Strep throat is going around! All our walk-in clinics offer rapid strep testing 7 days a week with results in about 10 minutes. No appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Seasonal broadcast; names a condition in general, not the recipient's."),
    ("br0069", "Hi, it's Kendra from Oak Hollow Urgent Care. Your throat culture is still pending; we'll only call you if it changes your treatment. No need to call us.",
     "REWRITE", "result", "sms", "en",
     [("Kendra", "PROVIDER"), ("throat culture", "PROCEDURE")],
     ["urgent-care"], "'Pending' is not a result; the named test goes and the status message survives."),
    ("br0070", "RESULTADOS Clínica Express: Influenza A NEGATIVO / Influenza B NEGATIVO / SARS-CoV-2 DETECTADO. Quédese en casa y siga las indicaciones que le dimos.",
     "BLOCK", "result", "sms", "es",
     [("Influenza A", "PROCEDURE"), ("NEGATIVO", "RESULT"), ("Influenza B", "PROCEDURE"), ("NEGATIVO", "RESULT", 1), ("SARS-CoV-2", "PROCEDURE"), ("DETECTADO", "RESULT")],
     ["urgent-care", "lab", "shorthand"], "A panel of results in capitals; analytes as PROCEDURE and values as RESULT, like A1c."),
    ("br0071", "New result: Respiratory Pathogen Panel (PCR)",
     "REWRITE", "portal-notice", "push", "en",
     [("Respiratory Pathogen Panel", "PROCEDURE")],
     ["urgent-care", "lab"], "A lock-screen push that names the test; without it, a safe new-result notice."),
    ("br0072", "Vacuna contra la gripe: sin cita de lunes a viernes de 9 a 5 en nuestra sede de Harbor Rd. Tenemos dosis alta para mayores de 65.",
     "ALLOW", "marketing", "sms", "es", [],
     ["urgent-care", "broadcast", "hard-negative"], "Broadcast; '65' is an eligibility age under 90, and a branch name is not an address (decision 7)."),
)

# ---------------------------------------------------------------- batch 7 (br0073-br0084): employer drug screens, DOT physicals, work status
add(
    ("br0073", "Hi Dmitri, your pre-employment drug screen is set for tomorrow 7:30 AM at WorkWell Clinic, 88 Canal St. Bring the chain-of-custody form from your employer and a photo ID.",
     "REWRITE", "reminder", "sms", "en",
     [("Dmitri", "NAME"), ("drug screen", "PROCEDURE"), ("88 Canal St", "ADDRESS")],
     ["urgent-care", "lab", "practice-contact"], "The test type goes with the name; 'pre-employment' is a generic reason kept outside the span; the clinic's own address stays."),
    ("br0074", "WorkWell Clinic: collection complete for Donor ID 4471-KT. Results go to your employer's Medical Review Officer within 24-72 hrs. Keep your copy of the form.",
     "REWRITE", "other", "sms", "en",
     [("4471-KT", "OTHER_ID"), ("Medical Review Officer", "SPECIALTY")],
     ["lab", "identifier"], "Decision 3: the donor ID is OTHER_ID and the MRO names the drug-testing service; no result is given."),
    ("br0075", "Su prueba de drogas salió NEGATIVA-DILUIDA. Su empleador pide una nueva toma observada dentro de 24 horas. Llame al 312-555-0139 para agendar.",
     "BLOCK", "result", "sms", "es",
     [("prueba de drogas", "PROCEDURE"), ("NEGATIVA-DILUIDA", "RESULT"), ("312-555-0139", "PHONE")],
     ["lab", "practice-contact"], "A drug-test result (negative-dilute) is a result; the recollection follows from it."),
    ("br0076", "MRO notice: your urine specimen tested positive for oxycodone. Please call Dr. Haverford, MRO, at 312-555-0184 within 72 hours to report any valid prescription.",
     "BLOCK", "result", "sms", "en",
     [("MRO", "SPECIALTY"), ("positive", "RESULT"), ("oxycodone", "MEDICATION"), ("Dr. Haverford", "PROVIDER"), ("MRO", "SPECIALTY", 1), ("312-555-0184", "PHONE")],
     ["lab", "substance-use", "practice-contact"], "Substance in a drug-screen result is MEDICATION (README); decision 3 for MRO."),
    ("br0077", "Reminder: DOT physical tomorrow at 8:45 AM. Bring your glasses or hearing aids if you use them, a list of your meds, and your driver's license. Fee is $95, paid at check-in.",
     "REWRITE", "reminder", "sms", "en",
     [("DOT physical", "PROCEDURE")],
     ["urgent-care", "negation"], "Decision 2: a DOT physical is a named exam type; the hypothetical aids are generic."),
    ("br0078", "Hi Royce, your DOT medical card was issued for 1 year only because of your blood pressure reading. Certificate # MEC-2025-118204. Dr. Ambrose wants a recheck before it expires.",
     "BLOCK", "result", "sms", "en",
     [("Royce", "NAME"), ("DOT medical card", "PROCEDURE"), ("blood pressure", "PROCEDURE"), ("MEC-2025-118204", "LICENSE"), ("Dr. Ambrose", "PROVIDER")],
     ["urgent-care", "cardiology", "identifier"], "Decision 13: a shortened certificate because of a reading is a finding; decision 2: the certificate number is LICENSE."),
    ("br0079", "WorkWell: your random drug screen must be completed TODAY by 5 PM. Report to any WorkWell location with photo ID. Failure to report counts as a refusal per company policy.",
     "REWRITE", "other", "sms", "en",
     [("drug screen", "PROCEDURE")],
     ["lab"], "Judgement: 'random' is kept outside the span; the test type goes, the deadline survives."),
    ("br0080", "Hola Sr. Benavides, su examen físico DOT es el jueves 22 de mayo a las 9:00. Traiga su licencia de conducir comercial, lentes si los usa y la lista de sus medicamentos.",
     "REWRITE", "reminder", "sms", "es",
     [("Benavides", "NAME"), ("examen físico DOT", "PROCEDURE"), ("22 de mayo", "DATE")],
     ["urgent-care"], "Decision 2: named exam type; name goes, date and time stay."),
    ("br0081", "Subject: Post-accident testing - employee #E55821\n\nCorvin Logistics HR,\nBreath alcohol test for employee #E55821 completed 3/3: 0.000. Urine drug screen collected, results pending. Employee cleared to return to duty.",
     "BLOCK", "result", "email", "en",
     [("E55821", "OTHER_ID"), ("E55821", "OTHER_ID", 1), ("3/3", "DATE"), ("Breath alcohol test", "PROCEDURE"), ("0.000", "RESULT"), ("Urine drug screen", "PROCEDURE"), ("cleared to return to duty", "RESULT")],
     ["lab", "third-party", "identifier"], "Decision 13: a test value and a fitness determination sent to the employer by e-mail; employee numbers are OTHER_ID (decision 3)."),
    ("br0082", "WorkWell Clinic will be closed Friday for the holiday. For post-accident drug and alcohol testing, call our 24/7 line: 866-555-0102.",
     "ALLOW", "other", "sms", "en",
     [("866-555-0102", "PHONE")],
     ["lab", "broadcast", "practice-contact"], "Broadcast listing a service, not the recipient's; '24/7' is not a date."),
    ("br0083", "Your N95 respirator fit test and spirometry for the hospital onboarding program are booked Wed 9/17 at 1 PM with Kaya Lund, RN. Don't smoke or use an inhaler for 4 hrs before.",
     "REWRITE", "reminder", "sms", "en",
     [("N95 respirator fit test", "PROCEDURE"), ("spirometry", "PROCEDURE"), ("9/17", "DATE"), ("Kaya Lund, RN", "PROVIDER"), ("inhaler", "MEDICATION")],
     ["urgent-care", "negation"], "Decision 2: named tests; 'an inhaler' in a generic prep line is labelled (drug product) but is prep, not a dose change (decision 5)."),
    ("br0084", "Work status for Lionel Greaves: seen 4/12 for a left wrist sprain. Modified duty - no lifting over 10 lbs, no ladder work - for 2 weeks. Recheck 4/26.",
     "BLOCK", "other", "email", "en",
     [("Lionel Greaves", "NAME"), ("4/12", "DATE"), ("wrist sprain", "CONDITION"), ("4/26", "DATE")],
     ["urgent-care", "orthopedics", "third-party"], "Decision 13: diagnosis and restrictions sent to an employer by e-mail."),
)

# ---------------------------------------------------------------- batch 8 (br0085-br0096): follow-ups, billing, disguises, long e-mails
add(
    ("br0085", "Mercy Walk-In here, checking in after your visit yesterday. How are you feeling? Reply 1 = better, 2 = about the same, 3 = worse. If it's an emergency call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Post-visit check-in with no reason for the visit; 911 is not a phone identifier."),
    ("br0086", "We noticed you left before being seen today. If you still need care, check back in online or start a visit with our 24/7 virtual clinic at https://care.example.com/now. For emergencies call 911.",
     "ALLOW", "other", "sms", "en",
     [("https://care.example.com/now", "URL")],
     ["urgent-care", "practice-contact"], "Left-without-being-seen follow-up; the practice's own link, nothing clinical."),
    ("br0087", "This is Dr. Navarro from Summit Urgent Care. The radiologist's final read of your wrist X-ray from your 3/15 visit shows a small scaphoid fracture we missed. Please call us today at 720-555-0190.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Navarro", "PROVIDER"), ("radiologist", "SPECIALTY"), ("wrist X-ray", "PROCEDURE"), ("3/15", "DATE"), ("scaphoid fracture", "CONDITION"), ("720-555-0190", "PHONE")],
     ["urgent-care", "imaging", "orthopedics", "practice-contact"], "A finding from an over-read is the message; it must go by phone or portal."),
    ("br0088", "Statement from Rapid Care Clinic: visit on 08/22, balance $65.00 after insurance. Pay at https://pay.example.com/rcc?acct=00448271 or call 503-555-0147. Acct 00448271.",
     "REWRITE", "billing", "sms", "en",
     [("08/22", "DATE"), ("https://pay.example.com/rcc?acct=00448271", "URL"), ("503-555-0147", "PHONE"), ("00448271", "ACCOUNT", 1)],
     ["urgent-care", "identifier", "practice-contact"], "A pay link with the account in the query and the account number are patient-specific; amount and date of service survive."),
    ("br0089", "Gracias por visitar Clínica Express Los Pinos. ¿Cómo fue su experiencia hoy? Califíquenos del 1 al 5 respondiendo a este mensaje. ¡Su opinión nos ayuda a mejorar!",
     "ALLOW", "other", "sms", "es", [],
     ["urgent-care", "hard-negative"], "Survey with no clinical content; walk-in clinic name is generic (decision 1)."),
    ("br0090", "Reminder: your H I V test at the Eastside walk-in is tomorrow at 10 AM. It's a quick finger stick, results in 20 min.",
     "REWRITE", "reminder", "sms", "en",
     [("H I V test", "PROCEDURE")],
     ["urgent-care", "hiv-sexual-health", "spaced"], "Spaced letters disguise the named test; once it is removed, the reminder survives. Judgement: 'finger stick' is generic collection wording."),
    ("br0091", "CareSpot: the urine pregn\u0430ncy test from your visit today was neg\u0430tive. Call us if you have questions.",
     "BLOCK", "result", "sms", "en",
     [("urine pregn\u0430ncy test", "PROCEDURE"), ("neg\u0430tive", "RESULT")],
     ["urgent-care", "reproductive"], "Cyrillic 'а' look-alikes in the test and the result; a negative result is still a result."),
    ("br0092", "Mobile lab: home draw for Eleanor Voss (age 94) is set for Wednesday between 9 and 11 AM. Please have her insurance card and the lab order on the kitchen table.",
     "REWRITE", "reminder", "sms", "en",
     [("Eleanor Voss", "NAME"), ("94", "AGE")],
     ["lab", "home-health", "age-over-89", "third-party"], "Decision 12: a caregiver told logistics with the patient's name; the name and the age over 89 go."),
    ("br0093", "Subject: Welcome to BrightPath Virtual Care\n\nHello and welcome!\n\nYour BrightPath account is active. Before your first video visit:\n1. Download the BrightPath app or use a current Chrome or Safari browser.\n2. Run the tech check at https://brightpath.example.com/check (takes 2 minutes).\n3. Have your insurance card and a list of your pharmacies handy.\n4. Choose a quiet, private place with good light.\n\nVisits cost $0-$79 depending on your plan; you'll see the price before you confirm. Clinicians are available 7 AM to 11 PM, 7 days a week.\n\nQuestions? Call 844-555-0166 or write to help@brightpath.example.com. We never ask for your password by phone or e-mail.\n\nThe BrightPath Care Team",
     "ALLOW", "other", "email", "en",
     [("https://brightpath.example.com/check", "URL"), ("844-555-0166", "PHONE"), ("help@brightpath.example.com", "EMAIL")],
     ["urgent-care", "practice-contact"], "Long onboarding e-mail with only the platform's own contact details; decision 1 for 'video visit'."),
    ("br0094", "Hola Karina, sus resultados del panel de hepatitis ya están en el portal. Si tiene preguntas, conteste este mensaje y la enfermera le llamará.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Karina", "NAME"), ("panel de hepatitis", "PROCEDURE")],
     ["lab"], "Results-ready notice that names the test and the patient; the safe notice survives."),
    ("br0095", "Subject: Your blood culture results\n\nDear Mr. Achterberg,\n\nI'm following up on your visit to Harbor Walk-In on 5/30. Your blood cultures showed no growth after 5 days, so the infection did not spread to your blood. Please finish the cefalexin 500 mg four times a day as prescribed and keep the leg elevated. If the redness spreads past the line we drew or you get a fever above 101, come back right away. You do not need another appointment otherwise; the wound check can be done by your primary care office next week.\n\nWarm regards,\nDr. Imani Bright\nHarbor Walk-In, 206-555-0120",
     "BLOCK", "result", "email", "en",
     [("blood culture", "PROCEDURE"), ("Achterberg", "NAME"), ("5/30", "DATE"), ("blood cultures", "PROCEDURE"), ("no growth", "RESULT"), ("infection", "CONDITION"), ("cefalexin 500 mg", "MEDICATION"), ("redness", "CONDITION"), ("fever", "CONDITION"), ("Dr. Imani Bright", "PROVIDER"), ("206-555-0120", "PHONE")],
     ["urgent-care", "lab", "practice-contact"], "Result, finding and dosing in an e-mail; e-mail is treated like SMS."),
    ("br0096", "Check in faster: show the QR code in your confirmation e-mail at the kiosk when you arrive. Your confirmation code is 7Q-KX2M. See you soon!",
     "ALLOW", "confirmation", "sms", "en", [],
     ["lab", "hard-negative"], "QR code and confirmation code identify a booking, not a person (decision 10)."),
)

# ---------------------------------------------------------------- batch 9 (br0097-br0108): results by channel, staff texts, hard negatives, templates
add(
    ("br0097", "Mensaje de la Dra. Salas: Su radiografía de tórax del 2 de abril salió normal, no se ve neumonía. No necesita otra radiografía; siga con el jarabe para la tos según lo indicado.",
     "ALLOW", "result", "portal", "es",
     [("Dra. Salas", "PROVIDER"), ("radiografía de tórax", "PROCEDURE"), ("2 de abril", "DATE"), ("normal", "RESULT"), ("no se ve neumonía", "RESULT"), ("radiografía", "PROCEDURE", 1), ("jarabe para la tos", "MEDICATION")],
     ["urgent-care", "imaging", "contrast"], "Portal channel: a result and a treatment may stay (README channel convention)."),
    ("br0098", "Hola, su radiografía de tórax salió normal, no tiene neumonía. Siga con el jarabe para la tos. -Dra. Salas",
     "BLOCK", "result", "sms", "es",
     [("radiografía de tórax", "PROCEDURE"), ("normal", "RESULT"), ("no tiene neumonía", "RESULT"), ("jarabe para la tos", "MEDICATION"), ("Dra. Salas", "PROVIDER")],
     ["urgent-care", "imaging", "contrast"], "The same normal result by SMS is BLOCK: a normal result is still a result."),
    ("br0099", "Ur lab appt is @ 7:40 tmrw, Beacon Dx on Fairlane. Bring ur order + ID. Reply C to confirm, R to resched",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "shorthand", "hard-negative"], "Shorthand reminder; 'lab appt' is generic and a branch street name is not an address (decision 7)."),
    ("br0100", "Dr. Brennan reviewed your DEXA scan: T-score -2.7 at the left hip, which is in the osteoporosis range. She'd like to talk about treatment options at a visit next month.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Brennan", "PROVIDER"), ("DEXA scan", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-2.7", "RESULT"), ("osteoporosis", "CONDITION")],
     ["imaging", "primary-care"], "A measure and its value with a diagnosis (README: T-score PROCEDURE, value RESULT)."),
    ("br0101", "Hi Jaqueline this is Sarah from Sunrise Urgetn Care, your xray was read by the radiolgist and its all normal, no break! ice it and ibuprofin as needed",
     "BLOCK", "result", "sms", "en",
     [("Jaqueline", "NAME"), ("Sarah", "PROVIDER"), ("xray", "PROCEDURE"), ("radiolgist", "SPECIALTY"), ("normal", "RESULT"), ("no break", "RESULT"), ("ibuprofin", "MEDICATION")],
     ["urgent-care", "imaging", "typo"], "Staff text with typos: a normal result plus care instructions."),
    ("br0102", "Beacon Diagnostics is hiring phlebotomists and lab couriers! Full-time and part-time shifts, $2,000 sign-on bonus, paid training. Apply in the Careers section of our app.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Job post sent to everyone; 'phlebotomists' and 'lab' say nothing about the recipient."),
    ("br0103", "Hello, this is Tomás from Harbor Walk-In with a message for Ava Lindgren. Your urine culture grew E. coli, and the antibiotic you're taking will treat it, so please finish every dose. Call 206-555-0120 with questions.",
     "BLOCK", "result", "voice", "en",
     [("Tomás", "PROVIDER"), ("Ava Lindgren", "NAME"), ("urine culture", "PROCEDURE"), ("E. coli", "RESULT"), ("antibiotic", "MEDICATION"), ("206-555-0120", "PHONE")],
     ["urgent-care", "lab", "practice-contact"], "A culture result on a voicemail; voice is overheard like SMS. Judgement: the organism grown is the RESULT."),
    ("br0104", "Power is back! Our Southgate location reopened at 1 PM. Walk-in X-ray and lab services are available again until 8 PM tonight.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Outage broadcast listing services, not the recipient's exam."),
    ("br0105", "Beacon Diagnostics received your order for an allergy blood test (IgE panel). No appointment needed - walk in at any Patient Service Center, no fasting required.",
     "REWRITE", "other", "sms", "en",
     [("allergy blood test", "PROCEDURE"), ("IgE panel", "PROCEDURE")],
     ["lab"], "Order-received notice naming the tests; the walk-in logistics survive."),
    ("br0106", "Sra. Ortega, le recordamos que Valentina tiene su control de la fractura de muñeca con el ortopedista el 9 de octubre. Traiga el yeso seco y las radiografías.",
     "BLOCK", "reminder", "sms", "es",
     [("Ortega", "NAME"), ("Valentina", "NAME"), ("fractura de muñeca", "CONDITION"), ("ortopedista", "SPECIALTY"), ("9 de octubre", "DATE"), ("yeso", "PROCEDURE"), ("radiografías", "PROCEDURE")],
     ["urgent-care", "orthopedics", "pediatrics", "minor", "third-party"], "A dependent's condition sent to the guardian is BLOCK (README third-party convention), even as a reminder; the cast is a device (PROCEDURE)."),
    ("br0107", "Time to check in for your {{appt_time}} video visit. Tap to start the 2-minute tech check.",
     "ALLOW", "reminder", "push", "en", [],
     ["urgent-care", "template", "hard-negative"], "Template with a content-free placeholder; 'video visit' is generic (decision 1)."),
    ("br0108", "Su cita en ${locationName} es el ${apptDate} a las ${apptTime}. Traiga identificación con foto y su tarjeta del seguro. Para cancelar responda NO.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "template", "hard-negative"], "Spanish template with content-free placeholders only."),
)

# ---------------------------------------------------------------- batch 10 (br0109-br0120): hours, proxies, imaging findings, long notices
add(
    ("br0109", "Holiday hours: all Beacon Diagnostics Patient Service Centers close at noon on 12/24 and are closed 12/25 and 1/1. Regular hours resume 1/2. Book online anytime.",
     "ALLOW", "other", "sms", "en",
     [("12/24", "DATE"), ("12/25", "DATE"), ("1/1", "DATE"), ("1/2", "DATE")],
     ["lab", "broadcast"], "Calendar dates of a holiday schedule are labelled DATE and allowed; nothing about the recipient."),
    ("br0110", "Your mother's video visit with Dr. Sato is confirmed for Mon 1/13 at 3 PM. You're listed as her proxy, so you can join from your own phone using the same link.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Sato", "PROVIDER"), ("1/13", "DATE")],
     ["primary-care", "third-party"], "Decision 12: a proxy told provider, date and time only, with no name or condition."),
    ("br0111", "Dr. Whitfield's office: your 3-hour glucose tolerance test was abnormal - 2 of 4 values were high (1 hr 192, 2 hr 171). This means gestational diabetes; our dietitian will call you.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("3-hour glucose tolerance test", "PROCEDURE"), ("abnormal", "RESULT"), ("high", "RESULT"), ("192", "RESULT"), ("171", "RESULT"), ("gestational diabetes", "CONDITION")],
     ["lab", "reproductive"], "Values and a diagnosis are the message."),
    ("br0112", "Eastgate Imaging: we received your doctor's order for a screening mammogram. Call 541-555-0155 to schedule, or book online at https://eastgateimaging.example.com/book.",
     "REWRITE", "other", "sms", "en",
     [("Eastgate Imaging", "SPECIALTY"), ("screening mammogram", "PROCEDURE"), ("541-555-0155", "PHONE"), ("https://eastgateimaging.example.com/book", "URL")],
     ["imaging", "practice-contact"], "Imaging name and exam go; the practice's own phone and booking link stay."),
    ("br0113", "Your online visit for erectile dysfunction was approved. Dr. Kwan prescribed sildenafil 50 mg: take 1 tablet about 1 hour before sex, no more than once a day. Ships in discreet packaging in 2-3 days.",
     "BLOCK", "care-instructions", "email", "en",
     [("erectile dysfunction", "CONDITION"), ("Dr. Kwan", "PROVIDER"), ("sildenafil 50 mg", "MEDICATION")],
     ["urgent-care", "hiv-sexual-health", "pharmacy"], "Condition, drug and dosing from a telehealth platform; e-mail is treated like SMS."),
    ("br0114", "Lab results from your 2/9 visit (reviewed by Dr. Castellanos): Hemoglobin 11.2 g/dL (L), Ferritin 9 ng/mL (L). These suggest low iron. Start ferrous sulfate 325 mg once a day with orange juice.",
     "ALLOW", "result", "portal", "en",
     [("2/9", "DATE"), ("Dr. Castellanos", "PROVIDER"), ("Hemoglobin", "PROCEDURE"), ("11.2 g/dL", "RESULT"), ("11.2 g/dL ([[L]])", "RESULT"), ("Ferritin", "PROCEDURE"), ("9 ng/mL", "RESULT"), ("9 ng/mL ([[L]])", "RESULT"), ("low iron", "CONDITION"), ("ferrous sulfate 325 mg", "MEDICATION")],
     ["lab", "primary-care"], "Portal channel: values, flags and a dose may stay (README)."),
    ("br0115", "Hi Declan, Dr. Pruitt here from Valley Urgent Care. Your ankle ultrasound today confirmed a partial Achilles tendon tear. Keep the boot on and stay non-weight-bearing until ortho sees you.",
     "BLOCK", "result", "sms", "en",
     [("Declan", "NAME"), ("Dr. Pruitt", "PROVIDER"), ("ankle ultrasound", "PROCEDURE"), ("partial Achilles tendon tear", "CONDITION"), ("boot", "PROCEDURE"), ("ortho", "SPECIALTY")],
     ["urgent-care", "imaging", "orthopedics"], "A finding and treatment instructions; the boot is a device (PROCEDURE)."),
    ("br0116", "Subject: How to get your lab results from Beacon Diagnostics\n\nThank you for choosing Beacon Diagnostics. Most routine results are available within 1-3 business days; some specialty tests take longer. Results are released to the ordering provider first, then to your online account, usually within 24 hours.\n\nWe never send results by text or e-mail. To view them, sign in at https://my.beacondx.example or use the Beacon app. Need a paper copy? Call 866-555-0191 (Mon-Fri 8-6) or fax a signed request to 866-555-0192.\n\nOur Patient Service Centers do not need an appointment, but booking online saves time, and you can see current wait times for every location before you leave home.\n\nIf a result needs your attention quickly, your provider's office will contact you directly. Please keep your phone number and mailing address up to date in your account so we can reach you, and remember that our staff will never ask for your password.\n\nBeacon Diagnostics Patient Services",
     "ALLOW", "other", "email", "en",
     [("https://my.beacondx.example", "URL"), ("866-555-0191", "PHONE"), ("866-555-0192", "FAX")],
     ["lab", "broadcast", "practice-contact"], "Long general notice with the lab's own contact details; 'specialty tests' names none."),
    ("br0117", "Buenas tardes, le llamamos del Laboratorio Santa Fe. Su glucosa en ayunas salió en 148, un poco alta. El doctor quiere repetir el análisis en dos semanas. Llámenos al 210-555-0143.",
     "BLOCK", "result", "voice", "es",
     [("glucosa en ayunas", "PROCEDURE"), ("148", "RESULT"), ("alta", "RESULT"), ("210-555-0143", "PHONE")],
     ["lab", "practice-contact"], "A value and a flag on a voicemail; 'análisis' is generic."),
    ("br0118", "Online check-in is down right now. Walk-ins still welcome!",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "System outage notice for everyone."),
    ("br0119", "Hi Mrs. Delacroix, your husband Arturo's CT today showed a 7 mm kidney stone. Dr. Ibarra sent tamsulosin 0.4 mg to the pharmacy; he should strain his urine and drink plenty of water.",
     "BLOCK", "result", "sms", "en",
     [("Delacroix", "NAME"), ("Arturo", "NAME"), ("CT", "PROCEDURE"), ("7 mm", "RESULT"), ("kidney stone", "CONDITION"), ("Dr. Ibarra", "PROVIDER"), ("tamsulosin 0.4 mg", "MEDICATION")],
     ["urgent-care", "imaging", "third-party"], "A relative's finding and treatment sent to the spouse (DESIGN: a third party's health)."),
    ("br0120", "Your appointment with Dr. Chen at Rapid Care Clinic is Tue 5/19 at 4:40 PM. Want to do it by video instead? Reply V for video or P to keep it in person.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Chen", "PROVIDER"), ("5/19", "DATE")],
     ["urgent-care"], "Provider, date and time; 'video' is generic (decision 1)."),
)

probe_lib.run(M, "br", "probe67.jsonl")
