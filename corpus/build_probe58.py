#!/usr/bin/env python3
"""Build corpus/probe58.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe58.py [OUT] [-v]   (default: probe58.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is INFECTIOUS DISEASE, HIV CARE AND TRAVEL MEDICINE: what ID clinics, HIV and
hepatitis C programs, TB clinics, travel-medicine clinics, public-health contact tracers and
antibiotic-stewardship teams send — viral-load lab reminders, ART refills and specialty-pharmacy
shipments, Ryan White / ADAP renewals, hepatitis C cure therapy, TB DOT home and video visits,
latent-TB treatment, travel consults and vaccine series (yellow fever, typhoid, rabies, Japanese
encephalitis), malaria pills, post-exposure follow-up, wound and blood cultures, home IV
antibiotics (OPAT), outbreak broadcasts and partner notification. Logistics that may go as
written, messages that may go once a name, service, drug or identifier is removed, and messages
that must not go by text (HIV or hepatitis status, viral load and CD4 values, positive TB tests,
exposures tied to a person, doses). Hard negatives: computer viruses, "positive" reviews,
workplace "culture", "exposure" in photography and finance, travel agencies, software "bugs",
"contact" forms, "viral" videos, the state DOT, World Malaria Day and Antibiotic Awareness Week
broadcasts. 20 of 120 in Spanish (17%); 4 disguised messages (spaced letters, zero-width,
leet, Cyrillic). Verdicts: 44 ALLOW, 41 REWRITE, 35 BLOCK; 21 hard negatives; contrast pairs
bi0004/bi0088 (portal vs e-mail) and bi0119/bi0120 (portal vs SMS).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "24.6 ([[H]])" searches for "24.6 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Travel medicine is a service line: a travel-medicine practice or section name
     ("WayPoint Travel Medicine", "Travel Health", the word "Travel" in "Travel clinic") is
     SPECIALTY, and a travel consult or a travel vaccine booked for the recipient is PROCEDURE,
     so such reminders are REWRITE. A destination country is not a geographic identifier, and a
     travel agency's own messages carry no span.
  2. Vaccines named as the recipient's visit or series (yellow fever vaccine, rabies
     pre-exposure series, hepatitis B vaccine, vacuna antirrábica) are PROCEDURE, like the
     README's `flu shot`; vaccine products named by brand or form (Vivotif, "typhoid capsules")
     and antimalarials are MEDICATION. A dependent's travel vaccines are a routine visit type
     (REWRITE); a post-bite rabies series is treatment of an exposure (BLOCK).
  3. Program and therapy names that reveal the service are PROCEDURE: Ryan White, ADAP, DOT /
     video DOT / "observación directa", OPAT, expedited partner therapy (EPT), home infusion.
     A Ryan White / ADAP client ID is OTHER_ID (an assistance program, not a health plan); a
     passport number is OTHER_ID and, without a name and DOB, REWRITE.
  4. PEP is MEDICATION like the README's PrEP; ART (antiretroviral therapy) used as a drug
     class in a refill notice is MEDICATION.
  5. The organism grown on a culture (MRSA, strep, Salmonella) is RESULT; so are
     "undetectable", "not detected", "cured", "neg" and "went up" (a trend is a finding).
  6. An individual exposure notice that names the disease (TB contact investigation, syphilis
     partner notification, a named child's TB exposure at school, a source patient's hepatitis C)
     is BLOCK: it tells the recipient about their own possible infection and about a third
     party's diagnosis, and once the disease is removed nothing useful is left; the compliant
     form ("please call the health department about a confidential matter") is ALLOW and is
     included. An exposure event itself (needlestick, dog bite, bloodborne-pathogen exposure)
     is CONDITION.
  7. "ID" meaning infectious disease ("ID clinic") is a SPECIALTY word, the generic "clinic"
     outside; a whole specialty-revealing proper practice name ("Riverside Infectious Disease
     Associates", "Harbor Sexual Health", "Clearwater Liver Clinic", "Keystone Home Infusion",
     "... Specialty Pharmacy") is one SPECIALTY span; a descriptive "TB program" / "clínica de
     VIH" keeps the condition as CONDITION with the generic word outside (README example).
  8. In a broadcast (sent to every patient) only PROVIDER, DATE and the practice's contact
     details are labelled; condition or specialty words in it carry no span (README: broadcasts
     are ALLOW with no span).
  9. In "H I V results" the spaced test name is PROCEDURE (results stays outside, generic).
 10. A home-infusion pump is a device (PROCEDURE); its serial number is DEVICE_ID.
 11. A contact tracer, disease-intervention specialist or eligibility specialist named as the
     sender is workforce: PROVIDER.
 12. A storage instruction in a pickup notice ("keep it in the fridge") is not a dosing
     instruction: REWRITE, not BLOCK.
 13. A caregiver told a named older adult's home-infusion visit times (no condition, drug or
     result) is REWRITE, like a dependent's logistics.
 14. Purposes: ID clinics' lab-draw reminders are `reminder`, pharmacy shipments `pickup`,
     exposure and partner notices `other`, result texts `result`.

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


# ---------------------------------------------------------------- batch 1 (bi0001-bi0012): HIV clinic logistics, labs, refills, Ryan White
add(
    ("bi0001", "Linden Street Clinic: reminder of your appointment with Dr. Okafor on Tue 4/14 at 10:20 AM. Please arrive 15 min early for lab work. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("4/14", "DATE")],
     ["hiv-sexual-health"], "Generic clinic name, provider, date and time; 'lab work' is generic. Nothing reveals the HIV program."),
    ("bi0002", "Hi Marcus, it's time for your viral load draw. Walk-in lab hours at Linden Street Clinic are Mon-Fri 7:30-11. No fasting needed.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("viral load", "PROCEDURE")],
     ["hiv-sexual-health", "lab"], "Name and the named test (viral load reveals HIV/hepatitis care) go; 'time for your lab draw' survives."),
    ("bi0003", "Great news Desmond — your viral load came back undetectable (<20 copies/mL) again! Keep taking your meds every day. — Nurse Priya",
     "BLOCK", "result", "sms", "en",
     [("Desmond", "NAME"), ("viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("<20 copies/mL", "RESULT"), ("Nurse Priya", "PROVIDER")],
     ["hiv-sexual-health", "lab"], "A viral-load result (even a good one) is the message; results never go by SMS. Decision 5: 'undetectable' is a RESULT."),
    ("bi0004", "Your recent lab results are available. Viral load: <20 copies/mL (undetectable). CD4 count: 612 cells/uL. Dr. Okafor reviewed them and no changes are needed. Questions? Reply to this message.",
     "ALLOW", "result", "portal", "en",
     [("Viral load", "PROCEDURE"), ("<20 copies/mL", "RESULT"), ("undetectable", "RESULT"), ("CD4 count", "PROCEDURE"), ("612 cells/uL", "RESULT"), ("Dr. Okafor", "PROVIDER")],
     ["hiv-sexual-health", "lab", "contrast"], "Inside the secure portal results and values may stay (README channel convention); the same text by e-mail is bi0088 (BLOCK)."),
    ("bi0005", "Kendra, your CD4 is down to 180 so Dr. Haddad wants you to start Bactrim DS one tab daily to prevent pneumonia. Rx sent to Northfield Pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kendra", "NAME"), ("CD4", "PROCEDURE"), ("180", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("Bactrim DS", "MEDICATION"), ("pneumonia", "CONDITION")],
     ["hiv-sexual-health", "pharmacy"], "CD4 value plus a new drug with dosing: clinical content is the message."),
    ("bi0006", "Northfield Pharmacy: Your Biktarvy refill is ready for pickup. Rx #7730418. Store hours 9a-9p. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("Biktarvy", "MEDICATION"), ("7730418", "OTHER_ID")],
     ["pharmacy", "hiv-sexual-health"], "An antiretroviral named in a pickup notice and the Rx number go; 'your refill is ready' survives."),
    ("bi0007", "Crestline Specialty Pharmacy: your next shipment of Triumeq ships 6/9 via courier, signature required. Track: https://track.crestlinesp.example/s?o=4471-22981",
     "REWRITE", "pickup", "sms", "en",
     [("Crestline Specialty Pharmacy", "SPECIALTY"), ("Triumeq", "MEDICATION"), ("6/9", "DATE"), ("https://track.crestlinesp.example/s?o=4471-22981", "URL")],
     ["pharmacy", "hiv-sexual-health", "identifier"], "Specialty-pharmacy name (README: specialty-revealing), the drug and a tracking link carrying an order parameter go; ship date survives."),
    ("bi0008", "Your refill request was received and sent to your provider for review. Most requests are completed within 2 business days. - Cedar Hollow Medical Group",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy"], "No drug, no name, generic practice: a content-free status notice."),
    ("bi0009", "Hi Luis, your Ryan White eligibility renewal is due by 6/30. Bring proof of income and address to your case manager. Questions? Call 412-555-0117.",
     "REWRITE", "other", "sms", "en",
     [("Luis", "NAME"), ("Ryan White", "PROCEDURE"), ("6/30", "DATE"), ("412-555-0117", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Decision 3: the Ryan White program name reveals HIV care and is PROCEDURE; without it and the name, 'your eligibility renewal is due by 6/30' survives."),
    ("bi0010", "Your recertification paperwork is due by {{due_date}}. Bring a recent pay stub, a utility bill and your photo ID to your case manager appointment. Questions: {{program_phone}}",
     "ALLOW", "other", "sms", "en", [],
     ["hiv-sexual-health", "template"], "Template with content-free placeholders; recertification with a case manager names no program or condition."),
    ("bi0011", "Hola Jorge, sus resultados de carga viral salieron en 48,000 copias. La Dra. Benítez quiere verlo esta semana para cambiar su tratamiento.",
     "BLOCK", "result", "sms", "es",
     [("Jorge", "NAME"), ("carga viral", "PROCEDURE"), ("48,000 copias", "RESULT"), ("Dra. Benítez", "PROVIDER")],
     ["hiv-sexual-health", "lab"], "Viral-load value and a treatment change: the result is the message."),
    ("bi0012", "Le recordamos su cita en la clínica de VIH el 22 de abril a las 9:00 con el Dr. Salas. Si no puede venir, llame al 505-555-0163.",
     "REWRITE", "reminder", "sms", "es",
     [("VIH", "CONDITION"), ("22 de abril", "DATE"), ("Dr. Salas", "PROVIDER"), ("505-555-0163", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Condition used as a clinic label (README example 'clínica de VIH'); date, time, provider and phone survive."),
)

# ---------------------------------------------------------------- batch 2 (bi0013-bi0024): injectables, PEP/PrEP, exposures, disguises
add(
    ("bi0013", "Reminder: your Cabenuva injection appointment is Thu 7/9 at 3:40 PM with NP Adeyemi. The visit takes about 30 min. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Cabenuva injection", "MEDICATION"), ("7/9", "DATE"), ("NP Adeyemi", "PROVIDER")],
     ["hiv-sexual-health"], "Long-acting antiretroviral named as the visit; the form word goes with the drug (README 'cortisone injection'). Date, time, provider survive."),
    ("bi0014", "Post-exposure f/u: your 4-wk HIV test after the needlestick on 2/3 was negative. Finish the last PEP pills today; final test at 12 wks.",
     "BLOCK", "result", "sms", "en",
     [("HIV test", "PROCEDURE"), ("needlestick", "CONDITION"), ("2/3", "DATE"), ("negative", "RESULT"), ("PEP", "MEDICATION")],
     ["hiv-sexual-health", "shorthand"], "Negative result is still a result, plus a treatment instruction. Decisions 4 and 6: PEP is MEDICATION, the needlestick (exposure event) CONDITION."),
    ("bi0015", "Subject: Bloodborne pathogen exposure follow-up\n\nHi Renee,\n\nPer our call today: the source patient from your 3/11 incident (Mr. Hollis, Bed 14) tested positive for hepatitis C, so we will draw your baseline HCV antibody and LFTs tomorrow at 7 AM in Employee Health, Room 2B. You do not need PEP for hepatitis C, but please avoid donating blood until we talk again.\n\nThanks,\nOccupational Health Nursing",
     "BLOCK", "other", "email", "en",
     [("Bloodborne pathogen exposure", "CONDITION"), ("Renee", "NAME"), ("3/11", "DATE"), ("Hollis", "NAME"), ("positive", "RESULT"), ("hepatitis C", "CONDITION", 0), ("HCV antibody", "PROCEDURE"), ("LFTs", "PROCEDURE"), ("PEP", "MEDICATION"), ("hepatitis C", "CONDITION", 1)],
     ["lab", "third-party"], "A named source patient's positive hepatitis C result and the recipient's exposure: third-party health and the recipient's own, by e-mail (treated like SMS). Decision 6."),
    ("bi0016", "ur H I V results r back & they're n e g. call me when u can - Tasha",
     "BLOCK", "result", "sms", "en",
     [("H I V", "PROCEDURE"), ("n e g", "RESULT"), ("Tasha", "PROVIDER")],
     ["hiv-sexual-health", "spaced", "shorthand"], "Spaced letters disguise an HIV result; a negative is still a result. Decision 9: the spaced test name is PROCEDURE; the sender is staff (PROVIDER)."),
    ("bi0017", "Reminder: your P\u200bE\u200bP follow-up visit is tomorrow at 2:15 pm at Bayview Internal Medicine. Please bring any pills you have left.",
     "REWRITE", "reminder", "sms", "en",
     [("P\u200bE\u200bP", "MEDICATION")],
     ["hiv-sexual-health"], "Zero-width spaces inside PEP (decision 4: MEDICATION); once removed, a generic follow-up reminder at an internal-medicine practice survives."),
    ("bi0018", "National HIV Testing Day is June 27! Free, confidential testing at all Mesa Verde Community Health Center sites, no appointment needed. Bring a friend.",
     "ALLOW", "marketing", "sms", "en",
     [("June 27", "DATE")],
     ["hiv-sexual-health", "broadcast"], "Broadcast to every patient, says nothing about the recipient; decision 8: only the date is labelled."),
    ("bi0019", "Hi Andre! Your PrEP 3-month visit is coming up on 8/18. Please come 20 min early for labs (HIV and kidney function). See you soon! - Harbor Sexual Health",
     "REWRITE", "reminder", "sms", "en",
     [("Andre", "NAME"), ("PrEP", "MEDICATION"), ("8/18", "DATE"), ("HIV", "PROCEDURE"), ("kidney function", "PROCEDURE"), ("Harbor Sexual Health", "SPECIALTY")],
     ["hiv-sexual-health"], "Name, PrEP, the named tests and a sexual-health practice name go; 'your visit is on 8/18, come 20 min early for labs' survives."),
    ("bi0020", "Sra. Paredes, le informamos que su prueba de VIH salió reactiva y necesitamos hacer una prueba confirmatoria. Llámenos hoy al 505-555-0148.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("prueba de VIH", "PROCEDURE"), ("reactiva", "RESULT"), ("prueba confirmatoria", "PROCEDURE"), ("505-555-0148", "PHONE")],
     ["hiv-sexual-health", "lab"], "A reactive HIV test is a result: BLOCK; a call-back request without the finding would be the safe form."),
    ("bi0021", "Heads up: a bug in our mobile app showed some of you a blank Test Results page this morning. It's fixed now and no data was lost or shared. Sorry for the hassle!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Software 'bug' and 'Test Results' page name; sent to all users, nothing about anyone."),
    ("bi0022", "Hello, this is Linden Street Clinic calling with a reminder about your appointment tomorrow at nine fifteen A M with Doctor Okafor. Press 1 to confirm or 2 to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Okafor", "PROVIDER")],
     ["hiv-sexual-health"], "IVR reminder: generic clinic, time and provider only."),
    ("bi0023", "Subject: Your upcoming visit\n\nDear Mr. Whitfield,\n\nThis is a reminder of your visit at Riverside Infectious Disease Associates on Monday, March 9 at 1:30 PM with Dr. Lindqvist. Please arrive 15 minutes early to update your paperwork, and bring your insurance card and a list of everything you take, including vitamins and supplements.\n\nParking is free in the Elm Street garage; take the elevator to the 3rd floor.\n\nIf you need to reschedule, call us at (614) 555-0129 or reply to this e-mail at least 24 hours ahead.\n\nThank you,\nPatient Access Team\nRiverside Infectious Disease Associates\n1840 Elm Street, Suite 310, Columbus, OH 43215",
     "REWRITE", "reminder", "email", "en",
     [("Whitfield", "NAME"), ("Riverside Infectious Disease Associates", "SPECIALTY", 0), ("March 9", "DATE"), ("Dr. Lindqvist", "PROVIDER"), ("(614) 555-0129", "PHONE"), ("Riverside Infectious Disease Associates", "SPECIALTY", 1), ("1840 Elm Street, Suite 310, Columbus, OH 43215", "ADDRESS")],
     ["hiv-sexual-health", "practice-contact"], "Long reminder e-mail: the patient's name and the specialty-revealing practice name (twice, decision 7) go; the practice's own phone and address stay."),
    ("bi0024", "IT security notice: a computer virus is spreading through fake 'lab result' e-mails. We never send attachments or ask you to log in from an e-mail link. Delete anything like this and call our help desk.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Computer virus and 'lab result' in a phishing warning to everyone; no patient content."),
)

# ---------------------------------------------------------------- batch 3 (bi0025-bi0036): hepatitis B and C programs, cure therapy
add(
    ("bi0025", "Alameda Specialty Rx: your Mavyret is scheduled to arrive Wed 10/7. Someone 18+ must be home to sign. Reply 1 to confirm or 2 to pick another day.",
     "REWRITE", "pickup", "sms", "en",
     [("Alameda Specialty Rx", "SPECIALTY"), ("Mavyret", "MEDICATION"), ("10/7", "DATE")],
     ["pharmacy"], "Specialty-pharmacy name and the hepatitis C drug go; delivery date and signature logistics survive."),
    ("bi0026", "Hi Gwen, great news: your SVR12 lab shows the hep C virus is not detected - you're cured! Dr. Mbeki will go over it at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Gwen", "NAME"), ("SVR12", "PROCEDURE"), ("hep C", "CONDITION"), ("not detected", "RESULT"), ("cured", "RESULT"), ("Dr. Mbeki", "PROVIDER")],
     ["lab"], "A cure test result reveals the condition and the value; good news is still a result. Decision 5."),
    ("bi0027", "Reminder from Clearwater Liver Clinic: FibroScan appointment Friday 11/13 at 8:00 AM. Nothing to eat or drink for 3 hours before. Call 303-555-0158 with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("Clearwater Liver Clinic", "SPECIALTY"), ("FibroScan", "PROCEDURE"), ("11/13", "DATE"), ("303-555-0158", "PHONE")],
     ["imaging", "practice-contact"], "Decision 7: an organ-specific (hepatology) practice name is specialty-revealing; the elastography test goes; the fasting prep is logistics and survives."),
    ("bi0028", "Hector, your insurance approved the Epclusa. Take 1 tablet by mouth once a day for 12 weeks, at the same time each day, and don't skip doses. First box arrives Thursday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Hector", "NAME"), ("Epclusa", "MEDICATION")],
     ["pharmacy"], "Dosing instructions for a named drug: the instructions are the message (DESIGN: treatment or dosing instructions)."),
    ("bi0029", "Good news: your prior authorization was approved. Your pharmacy will contact you to arrange delivery. - Westbrook Family Health",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy"], "Prior authorization approved with no drug, condition or identifier named."),
    ("bi0030", "Hola Mirta, le llamamos de Farmacia Especializada Alameda para coordinar el envío de su Epclusa. Por favor comuníquese al 210-555-0186. Gracias.",
     "REWRITE", "pickup", "sms", "es",
     [("Mirta", "NAME"), ("Farmacia Especializada Alameda", "SPECIALTY"), ("Epclusa", "MEDICATION"), ("210-555-0186", "PHONE")],
     ["pharmacy", "practice-contact"], "Name, specialty-pharmacy name and drug go; the call-back request and the pharmacy's number survive."),
    ("bi0031", "Mrs. Duong, Kevin's hepatitis B blood test came back and Dr. Arora would like to go over it with you. Please call the nurse line at 408-555-0152 today.",
     "BLOCK", "result", "sms", "en",
     [("Duong", "NAME"), ("Kevin", "NAME"), ("hepatitis B blood test", "PROCEDURE"), ("Dr. Arora", "PROVIDER"), ("408-555-0152", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A dependent's named test 'came back' and needs a talk today: an implied finding about a third party (README: a dependent's result is BLOCK)."),
    ("bi0032", "Thank you for the positive review - and for choosing us! We're glad our front desk made your visit easier. - Westbrook Family Health",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Positive' refers to a review, not a test."),
    ("bi0033", "Hep C clinic reminder: bring all your pill bottles to your visit Tues 9/22 at 1 pm, Room B. Text back Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Hep C", "CONDITION"), ("9/22", "DATE")],
     ["lab", "shorthand"], "A condition used as a clinic label (generic word outside); the reminder survives without it."),
    ("bi0034", "Hi, this message is for Dolores Ybarra. This is Kim from Dr. Pruitt's office calling about your hepatitis C treatment. Your liver enzymes went up, so please hold your Mavyret until we talk. Call us at 773-555-0104.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Dolores Ybarra", "NAME"), ("Kim", "PROVIDER"), ("Dr. Pruitt", "PROVIDER"), ("hepatitis C", "CONDITION"), ("liver enzymes", "PROCEDURE"), ("went up", "RESULT"), ("Mavyret", "MEDICATION"), ("773-555-0104", "PHONE")],
     ["lab", "practice-contact"], "Voicemail (treated like SMS) with a finding and an instruction to hold a drug. Decision 5: a trend ('went up') is a RESULT."),
    ("bi0035", "Dear Ms. Tran, your HCV RNA from 5/12 was not detected, which means the treatment worked. Dr. Mbeki recommends a liver ultrasound every 6 months because of your cirrhosis. You can schedule it from this portal.",
     "ALLOW", "result", "portal", "en",
     [("Tran", "NAME"), ("HCV RNA", "PROCEDURE"), ("5/12", "DATE"), ("not detected", "RESULT"), ("Dr. Mbeki", "PROVIDER"), ("liver ultrasound", "PROCEDURE"), ("cirrhosis", "CONDITION")],
     ["lab", "imaging"], "Secure portal: results, conditions and names may stay (README channel convention)."),
    ("bi0036", "Don Ramiro, su prueba de hepatitis C salió positiva. No se preocupe, hoy en día tiene cura. La enfermera Lupita le va a llamar para darle cita con el especialista.",
     "BLOCK", "result", "sms", "es",
     [("Ramiro", "NAME"), ("prueba de hepatitis C", "PROCEDURE"), ("positiva", "RESULT"), ("enfermera Lupita", "PROVIDER")],
     ["lab"], "A positive hepatitis C test told by text: the result is the message."),
)

# ---------------------------------------------------------------- batch 4 (bi0037-bi0048): tuberculosis: DOT, video DOT, latent TB, contact investigation
add(
    ("bi0037", "Hi Samuel, this is Rosa from the county TB program. I'll come by for your DOT visit tomorrow between 8 and 9 am. Text me if you won't be home.",
     "REWRITE", "reminder", "sms", "en",
     [("Samuel", "NAME"), ("Rosa", "PROVIDER"), ("TB", "CONDITION"), ("DOT", "PROCEDURE")],
     ["home-health"], "Decisions 3 and 11: DOT is a therapy program (PROCEDURE), the outreach worker is PROVIDER; the condition-labelled program goes. The home-visit window survives."),
    ("bi0038", "Time for your daily video check-in! Open the app and record before 10 AM. Reply HELP for help or STOP to end messages.",
     "ALLOW", "reminder", "sms", "en", [],
     ["home-health"], "No program, drug or condition named; a daily app check-in could be anything. Contrast with bi0039, which names video DOT."),
    ("bi0039", "DoseWatch: your video DOT recording is due by 7:30 PM. Tap https://dosewatch.example/app to start. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("video DOT", "PROCEDURE"), ("https://dosewatch.example/app", "URL")],
     ["home-health"], "Video directly observed therapy reveals TB treatment (decision 3); the vendor's own link has no token and stays."),
    ("bi0040", "Mr. Farouk, your QuantiFERON blood test was positive. This usually means latent TB, not active disease, and you are not contagious. Dr. Ilunga wants to start 3HP (12 weekly doses). Call 215-555-0171.",
     "BLOCK", "result", "sms", "en",
     [("Farouk", "NAME"), ("QuantiFERON blood test", "PROCEDURE"), ("positive", "RESULT"), ("latent TB", "CONDITION"), ("Dr. Ilunga", "PROVIDER"), ("3HP", "MEDICATION"), ("215-555-0171", "PHONE")],
     ["lab", "negation", "practice-contact"], "A positive TB test, a diagnosis and a regimen; the negated 'not active disease' does not help."),
    ("bi0041", "Reminder: take your isoniazid 300 mg and vitamin B6 every morning with water. Avoid alcohol and Tylenol while on treatment. Next liver test 6/1.",
     "BLOCK", "care-instructions", "sms", "en",
     [("isoniazid 300 mg", "MEDICATION"), ("vitamin B6", "MEDICATION"), ("Tylenol", "MEDICATION"), ("liver test", "PROCEDURE"), ("6/1", "DATE")],
     ["pharmacy"], "Daily dosing and drug-interaction instructions: treatment instructions are the message."),
    ("bi0042", "Your TB skin test has to be read 48-72 hours after it was placed. Please come back Thursday 2/19 between 8 and 4. - Quarry Hill Family Practice",
     "REWRITE", "reminder", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("2/19", "DATE")],
     ["primary-care"], "Named test goes; 'your test must be read... come back 2/19' survives. No result yet."),
    ("bi0043", "Quarry Hill Family Practice is hiring! We're proud of our workplace culture: flexible schedules, tuition help and a team that has your back. Apply under Careers on our website.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Culture' of a workplace, not a lab culture."),
    ("bi0044", "This is the Lakeshore County Health Department. You were identified as a close contact of someone with active tuberculosis at your workplace. Please come in for free testing within 7 days. Call 262-555-0133.",
     "BLOCK", "other", "sms", "en",
     [("active tuberculosis", "CONDITION"), ("262-555-0133", "PHONE")],
     ["lab", "third-party", "practice-contact"], "Decision 6: an individual exposure notice naming the disease reveals the recipient's possible infection and a coworker's diagnosis; compliant form is bi0045."),
    ("bi0045", "Lakeshore County Health Department has an important, confidential message for you. Please call 262-555-0133 Mon-Fri 8-4:30 and ask for the nurse on duty.",
     "ALLOW", "other", "sms", "en",
     [("262-555-0133", "PHONE")],
     ["general", "practice-contact"], "Decision 6: the compliant call-back request, nothing about the reason; the health department's own number stays."),
    ("bi0046", "Buenos días Sr. Quispe, mañana a las 7:30 am pasamos a su casa para la observación directa de su tratamiento. Cualquier cambio, escríbanos a este número. - Enf. Carmen, Programa de Tuberculosis",
     "REWRITE", "reminder", "sms", "es",
     [("Quispe", "NAME"), ("observación directa de su tratamiento", "PROCEDURE"), ("Enf. Carmen", "PROVIDER"), ("Tuberculosis", "CONDITION")],
     ["home-health"], "Home DOT visit in Spanish: name, the DOT phrase (decision 3) and the condition-named program go; the home-visit time survives."),
    ("bi0047", "Latent TB tx update: Bianca's rifampin is 600 mg once daily x 4 months. Give it on an empty stomach. It will turn her urine and tears orange - that's normal.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Latent TB", "CONDITION"), ("Bianca", "NAME"), ("rifampin", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A dependent's condition, drug and dose sent to the guardian: BLOCK (README third-party convention)."),
    ("bi0048", "Dr. Ilunga's office will be closed Monday 1/19 for the holiday. Video check-ins continue as usual. Call 215-555-0170 with questions.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Ilunga", "PROVIDER"), ("1/19", "DATE"), ("215-555-0170", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure notice: provider, date and the office number only."),
)

# ---------------------------------------------------------------- batch 5 (bi0049-bi0060): travel medicine, malaria, rabies, travel agencies
add(
    ("bi0049", "WayPoint Travel Medicine: your travel consult is Tue 3/3 at 11:00 AM. Please bring your itinerary, passport and vaccine records. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("WayPoint Travel Medicine", "SPECIALTY"), ("travel consult", "PROCEDURE"), ("3/3", "DATE")],
     ["primary-care"], "Decision 1: a travel-medicine practice name is a service line (SPECIALTY) and the consult a named visit type; date and time survive. A privacy officer might call this low-risk; we follow the procedure convention."),
    ("bi0050", "Sunway Travel: your flights to Peru are confirmed! Check-in opens 24 hrs before departure. Remember to check entry and vaccination requirements for your destination. Safe travels!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Travel agency message; decision 1: a destination country is not a geographic identifier; 'vaccination requirements' is generic advice."),
    ("bi0051", "Hi Priyanka, your yellow fever vaccine is booked for 5/28 at 4:15pm. It has to be given at least 10 days before you fly. Your signed yellow card will be ready the same day.",
     "REWRITE", "reminder", "sms", "en",
     [("Priyanka", "NAME"), ("yellow fever vaccine", "PROCEDURE"), ("5/28", "DATE")],
     ["primary-care"], "Decision 2: the recipient's named vaccine is PROCEDURE like 'flu shot'; name goes; 'yellow card' (the certificate) left unlabelled as a document name."),
    ("bi0052", "Malaria prevention: start atovaquone-proguanil 250/100 mg 1 tab daily 2 days before you arrive in Ghana, every day while there, and for 7 days after you get back. Take with food.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Malaria", "CONDITION"), ("atovaquone-proguanil 250/100 mg", "MEDICATION")],
     ["pharmacy"], "Dosing instructions for a prophylactic drug; the instructions are the message."),
    ("bi0053", "Bayview Pharmacy: your Malarone and typhoid capsules (Vivotif) are ready for pickup. Keep the Vivotif in the fridge once you get home. We close at 8 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("Malarone", "MEDICATION"), ("typhoid capsules", "MEDICATION"), ("Vivotif", "MEDICATION", 0), ("Vivotif", "MEDICATION", 1)],
     ["pharmacy"], "Drug names in a pickup notice go. Decisions 2 and 12: the oral vaccine product is MEDICATION and the storage instruction is not dosing."),
    ("bi0054", "Happy World Malaria Day from all of us at Bayview Internal Medicine! Traveling this year? Book a pre-travel visit 4-6 weeks before you go.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Awareness-day broadcast to all patients; decision 8: no span."),
    ("bi0055", "Sr. Villalobos, por la mordedura de perro necesita completar la serie de vacuna antirrábica: dosis los días 0, 3, 7 y 14. Su próxima dosis es el 14 de marzo. Si le da fiebre, vaya a urgencias.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Villalobos", "NAME"), ("mordedura de perro", "CONDITION"), ("vacuna antirrábica", "PROCEDURE"), ("14 de marzo", "DATE"), ("fiebre", "CONDITION")],
     ["urgent-care"], "Post-bite rabies series: an injury plus a treatment schedule (decisions 2 and 6)."),
    ("bi0056", "Reminder: dose 2 of your rabies pre-exposure series is due 7 days after dose 1. Your appointment is Mon 6/15 at 9:30 AM at the Travel & Tropical Medicine Clinic.",
     "REWRITE", "reminder", "sms", "en",
     [("rabies pre-exposure series", "PROCEDURE"), ("6/15", "DATE"), ("Travel & Tropical Medicine Clinic", "SPECIALTY")],
     ["primary-care"], "Decision 2: a pre-travel vaccine series is a visit type; the travel-medicine clinic name goes (decision 1); 'dose 2 is due' is scheduling, not a dose instruction."),
    ("bi0057", "Subject: Summer travel tips from Westbrook Family Health\n\nHeading abroad this summer? A few reminders from our team:\n\n- Book a pre-travel visit 4 to 6 weeks before you leave; some vaccines need time to work.\n- Pack insect repellent with DEET or picaridin, and sleep under a net where malaria or dengue is common.\n- Drink bottled or treated water and skip ice and raw salads in places where traveler's diarrhea is common.\n- Carry your medications in your hand luggage with a copy of your prescriptions.\n- Check your travel insurance for medical evacuation.\n- Wear sunscreen, and keep a small first-aid kit with bandages, oral rehydration salts and any over-the-counter medicines you normally use.\n- Before you come home, think about any bites, scratches or fevers on the trip and tell us about them at your next visit.\n\nCall us or book online. Safe travels!\nWestbrook Family Health",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Long newsletter with disease and drug-class words sent to everyone; nothing about the recipient (decision 8)."),
    ("bi0058", "Returned-traveler f/u: Dr. Osei reviewed your blood smear - no malaria parasites seen. Your fever is most likely viral (dengue test pending). Keep drinking fluids, use acetaminophen only, NO ibuprofen.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("blood smear", "PROCEDURE"), ("no malaria parasites seen", "RESULT"), ("fever", "CONDITION"), ("viral", "RESULT"), ("dengue test", "PROCEDURE"), ("acetaminophen", "MEDICATION"), ("ibuprofen", "MEDICATION")],
     ["urgent-care", "negation", "shorthand"], "Negative smear is still a result, plus an assessment and drug advice."),
    ("bi0059", "Hola Valeria, le recordamos su consulta de viajero el jueves 9 de julio a las 10:00 en Clínica del Viajero Andes. Traiga su cartilla de vacunación y su pasaporte.",
     "REWRITE", "reminder", "sms", "es",
     [("Valeria", "NAME"), ("consulta de viajero", "PROCEDURE"), ("9 de julio", "DATE"), ("Clínica del Viajero Andes", "SPECIALTY")],
     ["primary-care"], "Decision 1 in Spanish: travel consult and travel-clinic name; date and time survive."),
    ("bi0060", "Lobby photo contest is open! Tip from last year's winner: a long exposure works great for night shots of the river. Drop your prints at the front desk by Friday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Exposure' in photography."),
)

# ---------------------------------------------------------------- batch 6 (bi0061-bi0072): home IV antibiotics (OPAT), wound and blood cultures, stewardship
add(
    ("bi0061", "Keystone Home Infusion: your nurse visit for a PICC dressing change is set for Tuesday 8/4 between 10 AM and noon. Supplies arrive Monday.",
     "REWRITE", "reminder", "sms", "en",
     [("Keystone Home Infusion", "SPECIALTY"), ("PICC dressing change", "PROCEDURE"), ("8/4", "DATE")],
     ["home-health"], "Home-infusion company name (decision 7) and the line-care procedure go; visit window survives."),
    ("bi0062", "Hi Arlene, your vanco trough this AM was 24.6 (H). Dr. Castellanos is lowering your vancomycin to 1,250 mg every 12 hrs starting tonight; the infusion nurse will drop off new bags by 5.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Arlene", "NAME"), ("vanco trough", "PROCEDURE"), ("24.6", "RESULT"), ("24.6 ([[H]])", "RESULT"), ("Dr. Castellanos", "PROVIDER"), ("vancomycin", "MEDICATION"), ("infusion", "PROCEDURE")],
     ["home-health", "lab", "shorthand"], "Drug level with a flag and a dose change: result and dosing are the message."),
    ("bi0063", "Tri-County Medical Supply: your order is out for delivery today between 1 and 5 PM. Track it at https://tcms.example/track. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("https://tcms.example/track", "URL")],
     ["home-health", "practice-contact"], "Generic supplier, generic tracking page without a token; nothing about what was ordered."),
    ("bi0064", "Subject: Your weekly OPAT labs\n\nHello Mr. Brandt,\n\nYour weekly labs drawn on 11/2 are back. Your white blood cell count is 3.1 (L), which can happen with long courses of ceftriaxone, and your kidney function is normal. Dr. Nakamura does not want to change anything yet, but we will repeat the CBC this Friday with your regular home draw.\n\nPlease keep running ceftriaxone 2 g IV once daily through 11/20, flush the PICC with saline before and after each dose, and call us right away for fever over 100.4, chills, or a new rash.\n\nOPAT Nurse Line: 330-555-0196 (weekdays 8-4:30)\nAfter hours: ask the operator for the ID physician on call.\n\nKind regards,\nJudith Amsel, RN\nOutpatient Antibiotic Program",
     "BLOCK", "result", "email", "en",
     [("OPAT", "PROCEDURE", 0), ("Brandt", "NAME"), ("11/2", "DATE"), ("white blood cell count", "PROCEDURE"), ("3.1", "RESULT"), ("3.1 ([[L]])", "RESULT"), ("ceftriaxone", "MEDICATION", 0), ("kidney function", "PROCEDURE"), ("normal", "RESULT"), ("Dr. Nakamura", "PROVIDER"), ("CBC", "PROCEDURE"), ("ceftriaxone 2 g", "MEDICATION"), ("11/20", "DATE"), ("PICC", "PROCEDURE"), ("fever", "CONDITION"), ("chills", "CONDITION"), ("rash", "CONDITION"), ("OPAT", "PROCEDURE", 1), ("330-555-0196", "PHONE"), ("ID", "SPECIALTY"), ("Judith Amsel, RN", "PROVIDER"), ("Outpatient Antibiotic Program", "SPECIALTY")],
     ["home-health", "lab", "practice-contact"], "Lab values with a flag and IV dosing by e-mail (treated like SMS): BLOCK; this would be ALLOW in the portal. Decisions 3 and 7: OPAT is a program (PROCEDURE), ID a specialty word, the signature department name a SPECIALTY like a practice name."),
    ("bi0065", "Reminder: your wound culture swab is tomorrow at 10:40 with Dr. Feld. Please don't put any ointment on the area that morning.",
     "REWRITE", "reminder", "sms", "en",
     [("wound culture swab", "PROCEDURE"), ("Dr. Feld", "PROVIDER")],
     ["primary-care"], "Named test goes; the prep note is logistics and reveals nothing once the test is removed."),
    ("bi0066", "Dr. Feld's office: the culture from your foot wound grew MRSA. Stop the cephalexin and start doxycycline 100 mg twice a day for 10 days - Rx sent to Bayview Pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("culture", "PROCEDURE"), ("foot wound", "CONDITION"), ("MRSA", "RESULT"), ("cephalexin", "MEDICATION"), ("doxycycline 100 mg", "MEDICATION")],
     ["primary-care", "pharmacy"], "Culture result and an antibiotic switch with dosing. Decision 5: the organism grown is a RESULT."),
    ("bi0067", "Antibiotics don't work on colds or the flu. This Antibiotic Awareness Week, ask us what can help you feel better instead. - Linden Street Clinic",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Stewardship broadcast with drug-class and illness words; decision 8: no span."),
    ("bi0068", "Sr. Olmedo, la enfermera de infusión en casa lo visitará el lunes 3 de agosto entre 9 y 11 para cambiar la bomba. Número de serie de la bomba actual: IP-7X48821.",
     "REWRITE", "reminder", "sms", "es",
     [("Olmedo", "NAME"), ("infusión en casa", "PROCEDURE"), ("3 de agosto", "DATE"), ("bomba", "PROCEDURE", 0), ("bomba", "PROCEDURE", 1), ("IP-7X48821", "DEVICE_ID")],
     ["home-health", "identifier"], "Decisions 3 and 10: home infusion and the pump are PROCEDURE, its serial DEVICE_ID; the nurse-visit window survives."),
    ("bi0069", "Hi Mr. Lowell, your wife Annette's blood cultures from the hospital grew strep, so she'll need IV penicillin at home for 4 weeks. The infusion company will call you to set up deliveries.",
     "BLOCK", "result", "sms", "en",
     [("Lowell", "NAME"), ("Annette", "NAME"), ("blood cultures", "PROCEDURE"), ("strep", "RESULT"), ("IV penicillin", "MEDICATION"), ("infusion", "PROCEDURE")],
     ["home-health", "third-party"], "A spouse's culture result and treatment: third-party health (README)."),
    ("bi0070", "Home infusion schedule: nurse Pat will see Mr. Alden (94) Wed and Sat mornings for his line care. Questions: 330-555-0192.",
     "REWRITE", "reminder", "sms", "en",
     [("Home infusion", "PROCEDURE"), ("nurse Pat", "PROVIDER"), ("Alden", "NAME"), ("94", "AGE"), ("line care", "PROCEDURE"), ("330-555-0192", "PHONE")],
     ["home-health", "age-over-89", "practice-contact"], "Decision 13: a caregiver gets a named older adult's visit logistics; name, age over 89 and the services go, days and the agency number survive."),
    ("bi0071", "opat clinic f/u thurs 1030 w dr nakamura, pls bring ur infusion log + pump. lab draw same day",
     "REWRITE", "reminder", "sms", "en",
     [("opat", "PROCEDURE"), ("dr nakamura", "PROVIDER"), ("infusion", "PROCEDURE"), ("pump", "PROCEDURE")],
     ["home-health", "shorthand"], "Lower-case shorthand: the antibiotic-infusion program (decision 3), the log and the pump go; 'f/u thurs 1030, lab draw same day' survives."),
    ("bi0072", "Our new patient portal has a Contact Us form - use it for billing, records or scheduling questions and we'll reply within 1 business day.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Contact' form, not a contact investigation."),
)

# ---------------------------------------------------------------- batch 7 (bi0073-bi0084): public health, outbreaks, partner services, hard negatives
add(
    ("bi0073", "Lakeshore County Health Dept: measles cases have been confirmed in our area. Make sure everyone in your family is up to date on MMR. Free walk-in vaccine clinic Sat 9-1 at the Civic Center.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Outbreak broadcast to every resident; nothing about the recipient (decision 8)."),
    ("bi0074", "DIS notice: you were named as a sexual partner of someone recently diagnosed with syphilis. Testing and treatment are free and confidential. Call Tomás at 505-555-0177 by Friday.",
     "BLOCK", "other", "sms", "en",
     [("syphilis", "CONDITION"), ("Tomás", "PROVIDER"), ("505-555-0177", "PHONE")],
     ["hiv-sexual-health", "third-party", "practice-contact"], "Decision 6: partner notification naming the disease reveals the recipient's exposure and a partner's diagnosis; bi0075 is the compliant form."),
    ("bi0075", "This is Tomás with the State Health Department. I have an important, confidential matter to discuss with you. Please call me at 505-555-0177, Mon-Fri 8-5. I won't leave details by text.",
     "ALLOW", "other", "sms", "en",
     [("Tomás", "PROVIDER"), ("505-555-0177", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Decisions 6 and 11: the disease-intervention specialist is workforce (PROVIDER); a call-back with no reason is ALLOW."),
    ("bi0076", "Campamento Los Pinos: recuerde subir el registro de vacunas de su hijo o hija antes del 1 de junio en el portal de padres. ¡Gracias y nos vemos este verano!",
     "ALLOW", "other", "sms", "es",
     [("1 de junio", "DATE")],
     ["pediatrics", "broadcast"], "Sent to every camper's family: an immunization-record deadline names no child and no vaccine."),
    ("bi0077", "Flu and COVID-19 vaccines are now available for everyone 6 months and older. Book online or walk in Tue/Thu afternoons. - Mesa Verde Community Health Center",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Vaccine broadcast (README: flu shots available is ALLOW, no span)."),
    ("bi0078", "Departamento de Salud del Condado Lakeshore: hay un brote de hepatitis A en la zona. La vacuna es gratis para adultos sin seguro médico en nuestras clínicas. Más información: https://salud.lakeshore.example/hepa",
     "ALLOW", "marketing", "sms", "es",
     [("https://salud.lakeshore.example/hepa", "URL")],
     ["general", "broadcast", "practice-contact"], "Outbreak broadcast in Spanish; the health department's own link carries no patient token. Decision 8: the condition word is not labelled in a broadcast."),
    ("bi0079", "Hey it's Jo from Harbor Sexual Health - your chlamydia test came back positive 😕 it's very treatable. We sent azithromycin 1 g to your pharmacy (take all 4 pills at once). Partners need treatment too.",
     "BLOCK", "result", "sms", "en",
     [("Jo", "PROVIDER"), ("Harbor Sexual Health", "SPECIALTY"), ("chlamydia test", "PROCEDURE"), ("positive", "RESULT"), ("azithromycin 1 g", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy"], "A positive STI result, a drug and dosing by text."),
    ("bi0080", "Northfield Pharmacy: your expedited partner therapy (EPT) packet is ready at the counter. Ask for it under your last name. Rx 88201377.",
     "REWRITE", "pickup", "sms", "en",
     [("expedited partner therapy", "PROCEDURE"), ("EPT", "PROCEDURE"), ("88201377", "OTHER_ID")],
     ["pharmacy", "hiv-sexual-health"], "Decision 3: EPT names the therapy (it reveals a partner's STI); once it and the Rx number go, 'your order is ready at the counter' survives."),
    ("bi0081", "Confidential testing is available at every visit - just ask. We never share your results with anyone without your written permission.",
     "ALLOW", "marketing", "sms", "en", [],
     ["hiv-sexual-health", "hard-negative", "broadcast"], "Generic statement about testing and results, sent to all patients."),
    ("bi0082", "Billing update: to reduce our exposure to card fraud, online payments now go through a new secure page. Your balance and payment history have not changed.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Exposure' in the financial sense."),
    ("bi0083", "Our team's handwashing dance video went viral 😂 Thanks for 10k views! Follow us for health tips, team news and the occasional bad dance move.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Viral' as in a popular video."),
    ("bi0084", "Road work alert: the state DOT will close the Route 9 entrance to our parking lot Mon-Wed next week. Please use the Birch Ave entrance instead.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "DOT is the Department of Transportation, not directly observed therapy; a road and an entrance are not a patient's address."),
)

# ---------------------------------------------------------------- batch 8 (bi0085-bi0096): templates, disguises, e-mail, voice, Spanish
add(
    ("bi0085", "{{practice_name}}: your ART refill is ready for pickup at {{pharmacy_name}}. Please pick it up by {{pickup_date}} or it goes back to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("ART", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health", "template"], "Decision 4: antiretroviral therapy named in the fixed text of a pickup template is MEDICATION; the placeholders carry no patient data."),
    ("bi0086", "y0ur v1ral l0ad is 1,240 - pls c0me in this wk to talk about ur m3ds. -Dr. Haddad",
     "BLOCK", "result", "sms", "en",
     [("v1ral l0ad", "PROCEDURE"), ("1,240", "RESULT"), ("Dr. Haddad", "PROVIDER")],
     ["hiv-sexual-health", "leet", "shorthand"], "Leetspeak hides a viral-load value; the result is the message."),
    ("bi0087", "Your \u0412iktarvy refill ships today from Crestline Specialty Pharmacy. Est. delivery Thursday by 8 PM. Reply HELP for help.",
     "REWRITE", "pickup", "sms", "en",
     [("\u0412iktarvy", "MEDICATION"), ("Crestline Specialty Pharmacy", "SPECIALTY")],
     ["pharmacy", "hiv-sexual-health"], "A Cyrillic Ve stands in for the B of the drug name; drug and specialty-pharmacy name go, the delivery day survives."),
    ("bi0088", "Your recent lab results are available. Viral load: <20 copies/mL (undetectable). CD4 count: 612 cells/uL. Dr. Okafor reviewed them and no changes are needed. Questions? Reply to this message.",
     "BLOCK", "result", "email", "en",
     [("Viral load", "PROCEDURE"), ("<20 copies/mL", "RESULT"), ("undetectable", "RESULT"), ("CD4 count", "PROCEDURE"), ("612 cells/uL", "RESULT"), ("Dr. Okafor", "PROVIDER")],
     ["hiv-sexual-health", "lab", "contrast"], "Same text as bi0004 (portal, ALLOW) sent by e-mail: e-mail is treated like SMS, so the values make it BLOCK."),
    ("bi0089", "Subject: Time to renew your ADAP enrollment\n\nHi Terrence,\n\nOur records show your ADAP coverage ends on 9/30. To keep your medications covered without a gap, please renew before then. You will need:\n- a pay stub or benefits letter from the last 30 days\n- proof of address (lease or utility bill)\n- your insurance card, if you have one\n\nYour client ID is RW-220918. You can upload documents at https://portal.mvchc.example/upload or bring them to the front desk Monday to Friday, 8 to 5.\n\nIf your income, address or household size changed this year, that is fine; just bring the new paperwork and we will update your file the same day. If you now have insurance through work or the Marketplace, let us know so we can help coordinate your premiums and copays.\n\nQuestions? Call me directly at (412) 555-0118.\n\nDana Ruiz\nEligibility Specialist\nMesa Verde Community Health Center",
     "REWRITE", "other", "email", "en",
     [("ADAP", "PROCEDURE", 0), ("Terrence", "NAME"), ("ADAP", "PROCEDURE", 1), ("9/30", "DATE"), ("RW-220918", "OTHER_ID"), ("https://portal.mvchc.example/upload", "URL"), ("(412) 555-0118", "PHONE"), ("Dana Ruiz", "PROVIDER")],
     ["hiv-sexual-health", "practice-contact", "identifier"], "Decisions 3 and 11: the AIDS Drug Assistance Program name (twice) and the client ID go, the eligibility specialist is workforce; the renewal purpose, deadline, document list and the center's own link and phone survive."),
    ("bi0090", "Clínica Familiar Los Robles: le recordamos su cita con el Dr. Peralta el lunes 2 de noviembre a las 8:40. Favor de llegar 15 minutos antes. Responda SI para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Peralta", "PROVIDER"), ("2 de noviembre", "DATE")],
     ["primary-care"], "Generic clinic, provider, date and time."),
    ("bi0091", "Estimada Sra. Cortés:\nLe escribimos del Departamento de Salud porque su hija Daniela estuvo en contacto en la escuela con una persona que tiene tuberculosis activa. Daniela necesita una prueba cutánea de tuberculina esta semana; es gratuita. Llame a la enfermera Ortega al 262-555-0139.",
     "BLOCK", "other", "email", "es",
     [("Cortés", "NAME"), ("Daniela", "NAME", 0), ("tuberculosis activa", "CONDITION"), ("Daniela", "NAME", 1), ("prueba cutánea de tuberculina", "PROCEDURE"), ("enfermera Ortega", "PROVIDER"), ("262-555-0139", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "Decision 6: a named child's TB exposure (and a classmate's diagnosis) sent to the guardian by e-mail."),
    ("bi0092", "Hi, this is Marisol calling from Open Arms HIV Services with a reminder for Devon about your appointment Thursday at two thirty with Nurse Practitioner Greene. Please call us back at four one two, five five five, zero one four four.",
     "REWRITE", "reminder", "voice", "en",
     [("Marisol", "PROVIDER"), ("Open Arms HIV Services", "SPECIALTY"), ("Devon", "NAME"), ("Nurse Practitioner Greene", "PROVIDER"), ("four one two, five five five, zero one four four", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Voicemail: the HIV-services name and the patient's name go; time, provider and the spoken call-back number (the practice's) survive."),
    ("bi0093", "Lab hours change: starting 3/2 the draw station opens at 6:30 AM on weekdays. No appointment needed for routine blood work.",
     "ALLOW", "other", "sms", "en",
     [("3/2", "DATE")],
     ["lab", "broadcast"], "Practice-wide notice; 'blood work' is generic."),
    ("bi0094", "hi! nurse Ben here. got ur msg - i'll call u back after 3 today. if it's urgent call the after-hours line 412-555-0145",
     "ALLOW", "other", "sms", "en",
     [("nurse Ben", "PROVIDER"), ("412-555-0145", "PHONE")],
     ["hiv-sexual-health", "shorthand", "practice-contact"], "A call-back promise that says nothing about why."),
    ("bi0095", "Hi Ms. Abernathy, dose #3 of your hepatitis B vaccine series is due. Book at https://book.lindenclinic.example or call 614-555-0111. - Linden Street Clinic",
     "REWRITE", "recall", "sms", "en",
     [("Abernathy", "NAME"), ("hepatitis B vaccine", "PROCEDURE"), ("https://book.lindenclinic.example", "URL"), ("614-555-0111", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 2: the named vaccine series is the visit type; name and vaccine go, the booking link and phone (the clinic's) survive."),
    ("bi0096", "Farmacia Los Robles: nuestro sistema tuvo un virus informático y algunos mensajes salieron duplicados. Disculpe las molestias; no se compartió ninguna información personal.",
     "ALLOW", "other", "sms", "es",
     [],
     ["pharmacy", "hard-negative", "broadcast"], "A computer virus, in Spanish."),
)

# ---------------------------------------------------------------- batch 9 (bi0097-bi0108): partners, notices, outbreaks in families, long e-mails
add(
    ("bi0097", "Jason, your boyfriend Eli asked us to let you know that he is HIV positive and on treatment, and that you should get tested. Free testing at our clinic Tuesdays 1-6.",
     "BLOCK", "other", "sms", "en",
     [("Jason", "NAME"), ("Eli", "NAME"), ("HIV", "CONDITION"), ("positive", "RESULT")],
     ["hiv-sexual-health", "third-party"], "A named partner's HIV status: third-party health, never by text."),
    ("bi0098", "Hola Brenda, su Descovy para PrEP ya está listo en Farmacia San Judas. Horario: lunes a sábado de 9 a 7. ¡Gracias!",
     "REWRITE", "pickup", "sms", "es",
     [("Brenda", "NAME"), ("Descovy", "MEDICATION"), ("PrEP", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "Name, drug and its purpose go from a pickup notice; 'su receta ya está lista' survives."),
    ("bi0099", "Mesa Verde Community Health Center: your visit summary is ready in the portal. Log in at https://mvchc.example/portal to view it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://mvchc.example/portal", "URL")],
     ["primary-care", "practice-contact"], "Notification without PHI: the center's own login page, no token."),
    ("bi0100", "Quarry Hill Lab: your results are ready. For your privacy we don't send results by text. Log in at https://quarryhill.example/results or call 520-555-0125.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://quarryhill.example/results", "URL"), ("520-555-0125", "PHONE")],
     ["lab", "practice-contact"], "Results-ready notice with no test named (README: no test named is ALLOW); the lab's own link and phone."),
    ("bi0101", "Interpreter confirmed: a Haitian Creole interpreter will join your ID clinic visit on 10/19 at 2 PM with Dr. Beaulieu.",
     "REWRITE", "confirmation", "sms", "en",
     [("ID", "SPECIALTY"), ("10/19", "DATE"), ("Dr. Beaulieu", "PROVIDER")],
     ["hiv-sexual-health"], "Decision 7: 'ID' here means infectious disease, a specialty word; the interpreter language is not PHI and stays with date, time and provider."),
    ("bi0102", "Reminder: please bring a photo ID and your insurance card to every visit. We also accept digital insurance cards on your phone.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'ID' is identification here (contrast with bi0101)."),
    ("bi0103", "Your child's stool culture from 7/14 grew Salmonella. The health department may call you; this is routine. Please keep Nico home from daycare until the diarrhea stops.",
     "BLOCK", "result", "sms", "en",
     [("stool culture", "PROCEDURE"), ("7/14", "DATE"), ("Salmonella", "RESULT"), ("Nico", "NAME"), ("diarrhea", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A dependent's culture result and a symptom (decision 5: the organism is a RESULT)."),
    ("bi0104", "Travel clinic: Nguyen family, your 4 appointments for Japanese encephalitis vaccine dose 2 are Sat 12/5 starting at 9:00. Please arrive together.",
     "REWRITE", "reminder", "sms", "en",
     [("Travel", "SPECIALTY"), ("Nguyen", "NAME"), ("Japanese encephalitis vaccine", "PROCEDURE"), ("12/5", "DATE")],
     ["primary-care", "pediatrics"], "Decisions 1 and 2: family name, travel service word and the vaccine go; date, time and 'arrive together' survive."),
    ("bi0105", "Subject: Welcome, Dr. Samira Haddad!\n\nDear patients,\n\nWe are pleased to welcome Dr. Samira Haddad to Westbrook Family Health. Dr. Haddad is board-certified in internal medicine and infectious diseases, and she has spent the last ten years caring for travelers, people living with chronic infections, and patients going home from the hospital on IV antibiotics.\n\nShe will see patients on Tuesdays and Thursdays at our Maple Avenue office and is accepting new patients now. Current patients don't need to do anything; your care team stays the same.\n\nTo book, call 503-555-0120 or tap Schedule in our app.\n\nWarm regards,\nThe Westbrook Family Health team",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Samira Haddad", "PROVIDER", 0), ("Dr. Samira Haddad", "PROVIDER", 1), ("Dr. Haddad", "PROVIDER"), ("503-555-0120", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every patient; decision 8: specialty and condition words in a broadcast are not labelled, only the provider and the practice's phone."),
    ("bi0106", "Asunto: Sus resultados de laboratorio\n\nEstimado Sr. Benavides:\n\nLe escribimos de parte del Dr. Ferrer para compartirle los resultados de los análisis del 14 de octubre. Su conteo de CD4 es de 350 y la carga viral salió detectable, en 210 copias, un poco más alta que la vez pasada. El doctor cree que puede deberse a dosis olvidadas, así que le pedimos tomar su Triumeq todos los días a la misma hora, con o sin comida, y usar una alarma en el celular.\n\nRepetiremos la carga viral en 4 semanas. Si tiene problemas para conseguir o pagar su medicamento, hable con nuestra trabajadora social.\n\nAtentamente,\nEquipo de Enfermería\nCentro de Salud Comunitario Mesa Verde\nTel. 520-555-0137",
     "BLOCK", "result", "email", "es",
     [("Benavides", "NAME"), ("Dr. Ferrer", "PROVIDER"), ("14 de octubre", "DATE"), ("conteo de CD4", "PROCEDURE"), ("350", "RESULT"), ("carga viral", "PROCEDURE", 0), ("detectable", "RESULT"), ("210 copias", "RESULT"), ("Triumeq", "MEDICATION"), ("carga viral", "PROCEDURE", 1), ("520-555-0137", "PHONE")],
     ["hiv-sexual-health", "lab", "practice-contact"], "Long Spanish e-mail with CD4 and viral-load values and adherence instructions: BLOCK (would be ALLOW in the portal)."),
    ("bi0107", "Mosquito season is here! Empty standing water around your home every week and use repellent outdoors at dusk. - Lakeshore County Health Department",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Vector-control tip to everyone; 'bug'-season wording with no person."),
    ("bi0108", "Hi Omar, Dr. Whitcombe's office here. We got the records from your outside lab and scanned them into your chart - no need to call. We'll go over everything at your HIV follow-up on 1/12.",
     "REWRITE", "other", "sms", "en",
     [("Omar", "NAME"), ("Dr. Whitcombe", "PROVIDER"), ("HIV", "CONDITION"), ("1/12", "DATE")],
     ["hiv-sexual-health"], "No values are given; once the name and the condition-labelled visit go, 'we'll go over everything at your follow-up on 1/12' survives."),
)

# ---------------------------------------------------------------- batch 10 (bi0109-bi0120): travel identifiers, lab IVR, TB clearance, OPAT instructions by channel
add(
    ("bi0109", "Gloria Estévez, DOB 04/09/1971: we can't give you the yellow fever vaccine because of your egg allergy. Dr. Kaur will write a medical waiver letter for your trip instead.",
     "BLOCK", "other", "sms", "en",
     [("Gloria Estévez", "NAME"), ("04/09/1971", "DATE"), ("yellow fever vaccine", "PROCEDURE"), ("egg allergy", "CONDITION"), ("Dr. Kaur", "PROVIDER")],
     ["primary-care", "dob"], "Full date of birth with the name (README: BLOCK), plus a condition and a medical exemption."),
    ("bi0110", "Travel Health at Bayview: your vaccine certificate is ready for pickup. We recorded passport no. 58812046 - reply if that's not right.",
     "REWRITE", "pickup", "sms", "en",
     [("Travel Health", "SPECIALTY"), ("58812046", "OTHER_ID")],
     ["primary-care", "identifier"], "Decisions 1 and 3: travel-medicine section name and the passport number (OTHER_ID, REWRITE without name or DOB) go; 'your certificate is ready for pickup' survives."),
    ("bi0111", "Westbrook Family Health: your verification code is 904173. It expires in 10 minutes. Never share this code, not even with our staff.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README)."),
    ("bi0112", "This is an automated message from Quarry Hill Lab for Vernon Bell. Your result for test HIV one and two antibody is: reactive. Please contact your provider.",
     "BLOCK", "result", "voice", "en",
     [("Vernon Bell", "NAME"), ("HIV one and two antibody", "PROCEDURE"), ("reactive", "RESULT")],
     ["lab", "hiv-sexual-health"], "An IVR reads a reactive HIV result with the patient's name; voice is treated like SMS."),
    ("bi0113", "Recordatorio para el jueves: revisión de medicamentos para TB latente con la enfermera Amara a las 4:10. Traiga su calendario de pastillas. Envíe 2 para cambiar la cita.",
     "REWRITE", "reminder", "sms", "es",
     [("revisión de medicamentos", "PROCEDURE"), ("TB latente", "CONDITION"), ("enfermera Amara", "PROVIDER")],
     ["primary-care"], "A 'med check' is a named visit type (README) and latent TB the condition; day, time and nurse survive."),
    ("bi0114", "Recordatorio: la clínica estará cerrada el jueves por el Día de Acción de Gracias. Para urgencias después de horario, llame al 210-555-0190.",
     "ALLOW", "other", "sms", "es",
     [("210-555-0190", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure with the clinic's after-hours number; a holiday is not a date span."),
    ("bi0115", "hola sra. paz, su cita d vacuna de fiebre amarilla es el mart 16 d junio a las 11. traiga su pasaporte porfa",
     "REWRITE", "reminder", "sms", "es",
     [("paz", "NAME"), ("vacuna de fiebre amarilla", "PROCEDURE"), ("16 d junio", "DATE")],
     ["primary-care", "shorthand", "typo"], "Lower-case surname that is also a word ('paz'); decision 2: the recipient's yellow-fever vaccine is the visit type. Date and time survive."),
    ("bi0116", "Hi, it's Dr. Raman. Your sputum AFB smears were negaitve x3, so you can come off isolation tomorrow and go back to work Monday. Keep taking all 4 TB meds every day.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Raman", "PROVIDER"), ("sputum AFB smears", "PROCEDURE"), ("negaitve", "RESULT"), ("isolation", "PROCEDURE"), ("TB", "CONDITION")],
     ["lab", "typo"], "Negative (misspelled) smears are a result, plus TB treatment and isolation status."),
    ("bi0117", "Join us for Culture & Cuisine Night! Staff and neighbors share food from around the world this Friday at 6 in the community room. Bring a dish if you like.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Culture' as in food and heritage."),
    ("bi0118", "Hola Fátima, su suministro de 90 días de Dovato se resurtirá automáticamente el 20 de febrero. Responda SALTAR para omitir este surtido o CAMBIAR para actualizar su dirección de entrega.",
     "REWRITE", "pickup", "sms", "es",
     [("Fátima", "NAME"), ("Dovato", "MEDICATION"), ("20 de febrero", "DATE")],
     ["pharmacy", "hiv-sexual-health"], "Auto-refill notice: name and drug go, the refill date and reply keywords survive."),
    ("bi0119", "After-visit instructions (Dr. Nakamura, 11/9): continue ertapenem 1 g IV once daily through 11/30. Weekly CBC and CMP every Monday with home health. Call 330-555-0196 for fever over 100.4 or redness or swelling at the PICC site.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Nakamura", "PROVIDER"), ("11/9", "DATE"), ("ertapenem 1 g", "MEDICATION"), ("11/30", "DATE"), ("CBC", "PROCEDURE"), ("CMP", "PROCEDURE"), ("home health", "SPECIALTY"), ("330-555-0196", "PHONE"), ("fever", "CONDITION"), ("redness", "CONDITION"), ("swelling", "CONDITION"), ("PICC", "PROCEDURE")],
     ["home-health", "contrast", "practice-contact"], "Dosing instructions inside the secure portal are fine (README channel convention); the same text by SMS is bi0120."),
    ("bi0120", "After-visit instructions (Dr. Nakamura, 11/9): continue ertapenem 1 g IV once daily through 11/30. Weekly CBC and CMP every Monday with home health. Call 330-555-0196 for fever over 100.4 or redness or swelling at the PICC site.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("11/9", "DATE"), ("ertapenem 1 g", "MEDICATION"), ("11/30", "DATE"), ("CBC", "PROCEDURE"), ("CMP", "PROCEDURE"), ("home health", "SPECIALTY"), ("330-555-0196", "PHONE"), ("fever", "CONDITION"), ("redness", "CONDITION"), ("swelling", "CONDITION"), ("PICC", "PROCEDURE")],
     ["home-health", "contrast", "practice-contact"], "Same text as bi0119 by SMS: IV dosing instructions are the message, so BLOCK."),
)

probe_lib.run(M, "bi", "probe58.jsonl")
