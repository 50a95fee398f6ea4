#!/usr/bin/env python3
"""Build corpus/probe158.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe158.py [OUT] [-v]   (default: probe158.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only. The engine was not run,
and no other corpus, build script, source file or test was read.

This round is INFECTIOUS DISEASE CLINICS: what infectious-disease practices, outpatient parenteral
antibiotic therapy (OPAT) programs, home-infusion pharmacies, hepatitis C treatment programs,
latent-TB treatment and DOT, travel and tropical medicine clinics and wound-infection follow-up
send — PICC line care and weekly labs, IV antibiotic deliveries, drug levels, cure-confirmation
(SVR12) blood tests, treatment-completion and clearance letters, adherence check-ins, culture and
smear results, isolation and exposure instructions, billing, prior authorization and copay cards —
mixed with neutral logistics, broadcasts and look-alikes ("a viral video", "bug fixes in the app",
"the Culture Club", "an infectious laugh", "Line Dancing Night", "a positive attitude", a nurse
named Germaine Bugg). About 15% Spanish; four disguised messages (spaced letters, a zero-width
space, leet, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Infectious-disease service names are specialty-revealing: "infectious disease(s)",
     "infectología", "enfermedades infecciosas", an ID practice name, and also home-infusion
     pharmacies, wound-care centers, liver clinics and travel/tropical-medicine clinics
     (service-line and specialty-pharmacy names) are SPECIALTY. A proper practice name that
     embeds a condition ("Harbor County TB Clinic") is one SPECIALTY span; a common-noun clinic
     or program label ("the TB clinic", "Programa de TB", "Hepatitis C Treatment Program")
     labels only the condition word as CONDITION and keeps the generic word outside, as
     `clínica de VIH` does in the README.
  2. There is no infectious-disease service tag: each line is tagged with the nearest service in
     the message (home-health for OPAT nursing and home infusion, pharmacy for drug deliveries,
     pickups and adherence, lab for draws, cultures and TB tests, hiv-sexual-health for HIV/STI,
     dermatology for wound care, orthopedics for joint infection, pediatrics for children,
     primary-care for ID and travel clinic visits with no closer tag, general for broadcasts).
  3. In a culture, smear, stool or blood-culture result the organism that grew ("grew MRSA",
     "showed Giardia", "estafilococo") is the finding, so RESULT; the same organism or infection
     named as the patient's diagnosis ("your MRSA infection") is CONDITION.
  4. A drug-level test named after the drug ("vanc trough") is one PROCEDURE span; regimen
     abbreviations (3HP, 4R) are MEDICATION like drug names; "IV antibiotics" is MEDICATION.
  5. OPAT, DOT, home infusion, PICC line, infusion pump and wound vac are PROCEDURE (program,
     therapy, device); "contact precautions" is PROCEDURE (an infection-control measure).
  6. Vaccines given in clinic are PROCEDURE including the disease word ("yellow fever vaccine",
     "fiebre amarilla" when it names the shot); a vaccine product picked up at a pharmacy
     (oral typhoid capsules) is MEDICATION.
  7. ICD-10 codes in billing text are CONDITION; claim, prior-authorization, order, shipment
     tracking and manufacturer copay-card numbers are OTHER_ID (a tracking number lets anyone see
     the delivery and its sender).
  8. Adherence check-ins that only name the drug are REWRITE (the question survives as "your
     medication"); those that state the patient's missed doses or say how to take the drug are
     BLOCK (dosing/treatment content).
  9. An exposure notice sent to one person ("you may have been exposed to TB at ...") and
     isolation or quarantine instructions for the recipient or a relative are BLOCK: the
     clinical content is the message. The same outbreak as a broadcast to all patients is ALLOW.
 10. Visitor instructions that reveal a named relative is on isolation/contact precautions are
     about a third party's health: BLOCK. Hospital room numbers, schools and employers are not
     labelled.
 11. A treatment-completion or clearance letter that is "ready for pickup" is a document notice:
     REWRITE by SMS (condition/test removed); the letter's content itself is BLOCK by SMS/email
     and ALLOW on the portal.
 12. Hypothetical warning signs in a message to the patient are CONDITION spans (tag negation);
     a warning-sign list tied to the patient's own line or drug is BLOCK as care instructions.
 13. A staff member named as sender or welcomed in a broadcast (Germaine Bugg, RN) is PROVIDER, so
     those look-alike lines are ALLOW but not hard-negative (hard-negative allows no span).

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (fe0001-fe0012): OPAT, PICC care, home infusion
add(
    ("fe0001", "Tidewater Infectious Disease Associates: Reminder - your PICC dressing change and weekly labs are Tue 3/10 at 8:30am with Germaine Bugg, RN. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Tidewater Infectious Disease Associates", "SPECIALTY"), ("PICC dressing change", "PROCEDURE"), ("3/10", "DATE"), ("Germaine Bugg, RN", "PROVIDER")],
     ["primary-care", "home-health"], "ID practice name (decision 1) and the PICC care reveal IV therapy; 'weekly labs' is generic; date, time and the nurse survive."),
    ("fe0002", "Hi Marcus, this is Dee from Larkspur Home Infusion. Your next delivery (7 days of supplies + meds) is set for Thursday between 2 and 6 pm. Someone 18+ must sign. Reply 1 to confirm, 2 to change.",
     "REWRITE", "confirmation", "sms", "en",
     [("Marcus", "NAME"), ("Dee", "PROVIDER"), ("Larkspur Home Infusion", "SPECIALTY")],
     ["home-health", "pharmacy"], "Patient name and a home-infusion pharmacy name (decision 1) go; the staff sender is PROVIDER; the delivery window survives."),
    ("fe0003", "Your vanc trough from this morning was 24.1 (H). HOLD tonight's dose - pharmacist will call w/ new dose in the AM. -OPAT RN",
     "BLOCK", "result", "sms", "en",
     [("vanc trough", "PROCEDURE"), ("24.1", "RESULT"), ("24.1 ([[H]])", "RESULT"), ("OPAT", "PROCEDURE")],
     ["home-health", "lab", "shorthand"], "A drug level with its flag and a hold-the-dose instruction: the result is the message. Decision 4: the drug-level test is one PROCEDURE span."),
    ("fe0004", "Weekly OPAT labs 3/4: WBC 6.2, Cr 0.9, CRP 1.8 (down from 9.4), ESR 38. Great trend. Continue cefazolin 2 g IV every 8 hours; next draw 3/11 with your home nurse. - Dr. Okafor",
     "ALLOW", "result", "portal", "en",
     [("OPAT", "PROCEDURE"), ("3/4", "DATE"), ("WBC", "PROCEDURE"), ("6.2", "RESULT"), ("Cr", "PROCEDURE"), ("0.9", "RESULT"), ("CRP", "PROCEDURE"), ("1.8", "RESULT"), ("9.4", "RESULT"), ("ESR", "PROCEDURE"), ("ESR [[38]]", "RESULT"), ("cefazolin 2 g", "MEDICATION"), ("3/11", "DATE"), ("Dr. Okafor", "PROVIDER")],
     ["home-health", "lab", "contrast"], "Results and dosing inside the secure portal are ALLOW (README channel convention); all spans still labelled."),
    ("fe0005", "This is a message for Dolores Whitcomb from the infusion pharmacy. We need to confirm a delivery for tomorrow. Please call us back at 410-555-0143. Thank you.",
     "REWRITE", "confirmation", "voice", "en",
     [("Dolores Whitcomb", "NAME"), ("infusion pharmacy", "SPECIALTY"), ("410-555-0143", "PHONE")],
     ["home-health", "pharmacy", "practice-contact"], "Voicemail is overheard: the name and 'infusion pharmacy' (specialty pharmacy, decision 1) go; the call-back number is the pharmacy's own."),
    ("fe0006", "Line Dancing Night is back! Join staff and families in the Harmon Hall courtyard Friday at 6 pm. Boots optional, lemonade on us.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike for 'line' (PICC line): a social event for everyone, nothing about the recipient."),
    ("fe0007", "Reminder about your PICC: if you see redness, swelling or drainage at the site, or get a fever over 100.4, call us right away. Flush with 10 mL saline before and after each ertapenem dose.",
     "BLOCK", "care-instructions", "sms", "en",
     [("PICC", "PROCEDURE"), ("redness", "CONDITION"), ("swelling", "CONDITION"), ("drainage", "CONDITION"), ("fever", "CONDITION"), ("saline", "MEDICATION"), ("ertapenem", "MEDICATION")],
     ["home-health", "negation"], "Line-care and flush instructions tied to the patient's own drug are treatment instructions. Decision 12: hypothetical warning signs are CONDITION spans."),
    ("fe0008", "Harbor Point Pharmacy will be closed Monday, May 25 for Memorial Day. For urgent questions our on-call pharmacist can be reached 24/7 at (410) 555-0162.",
     "ALLOW", "other", "sms", "en",
     [("May 25", "DATE"), ("(410) 555-0162", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Holiday closure with the pharmacy's own number; 24/7 is not a date."),
    ("fe0009", "Hola Sra. Benítez, le recordamos que la enfermera de infusión domiciliaria llega mañana entre 9 y 11 para la curación de su catéter PICC. Responda SÍ para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Benítez", "NAME"), ("infusión domiciliaria", "PROCEDURE"), ("catéter PICC", "PROCEDURE")],
     ["home-health"], "Name, home-infusion program and the PICC device go (decision 5); the visit window survives."),
    ("fe0010", "OPAT update for Leon's family: his creatinine went up to 1.9, so Dr. Haskins is switching him from vanco to daptomycin starting tonight. Please make sure he gets his CPK drawn Monday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("OPAT", "PROCEDURE"), ("Leon", "NAME"), ("creatinine", "PROCEDURE"), ("1.9", "RESULT"), ("Dr. Haskins", "PROVIDER"), ("vanco", "MEDICATION"), ("daptomycin", "MEDICATION"), ("CPK", "PROCEDURE")],
     ["home-health", "lab", "third-party"], "A relative's lab value and antibiotic change sent to family: third party's health is BLOCK."),
    ("fe0011", "Reminder: your appointment with Dr. Haskins is Wed 4/15 at 10:20. Please arrive 15 min early and bring a list of your current medications.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Haskins", "PROVIDER"), ("4/15", "DATE")],
     ["primary-care"], "Provider, date and time only; '15 min early' is not a date and 'medications' is generic."),
    ("fe0012", "Larkspur: the infusion pump you have at home (SN CAD-7734192) is due for its 90-day swap. A courier will bring a replacement Saturday 10am-2pm.",
     "REWRITE", "other", "push", "en",
     [("infusion pump", "PROCEDURE"), ("CAD-7734192", "DEVICE_ID")],
     ["home-health", "identifier"], "Device type (decision 5) and its serial number go; the swap window survives. The short brand 'Larkspur' alone is not labelled."),
)

# ---------------------------------------------------------------- batch 2 (fe0013-fe0024): hepatitis C treatment program
add(
    ("fe0013", "Hi Tomasz - your Epclusa refill ships today from Quarry Specialty Pharmacy via UPS, tracking 1Z999AA10123456784. Signature required. Text HELP for help, STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("Tomasz", "NAME"), ("Epclusa", "MEDICATION"), ("Quarry Specialty Pharmacy", "SPECIALTY"), ("1Z999AA10123456784", "OTHER_ID")],
     ["pharmacy", "identifier"], "Drug name, specialty-pharmacy name and the name go; decision 7: a shipment tracking number is OTHER_ID. The shipping notice survives."),
    ("fe0014", "Great news, Ms. Ferreira! Your 12-week post-treatment blood test (SVR12) shows the hepatitis C virus is undetectable - you are cured! Dr. Lindqvist will go over it at your visit on 6/22.",
     "BLOCK", "result", "sms", "en",
     [("Ferreira", "NAME"), ("SVR12", "PROCEDURE"), ("hepatitis C", "CONDITION"), ("undetectable", "RESULT"), ("cured", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("6/22", "DATE")],
     ["lab"], "A cure-confirmation result by text: even good news is a result (README: normal/negative results are BLOCK)."),
    ("fe0015", "Your HCV RNA, quantitative (SVR12) from 6/15: Not detected (<15 IU/mL). This means the hepatitis C treatment worked. You do not need more HCV viral load tests unless you have a new exposure. - Dr. Lindqvist",
     "ALLOW", "result", "portal", "en",
     [("HCV RNA, quantitative", "PROCEDURE"), ("SVR12", "PROCEDURE"), ("6/15", "DATE"), ("Not detected", "RESULT"), ("<15 IU/mL", "RESULT"), ("hepatitis C", "CONDITION"), ("HCV viral load", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER")],
     ["lab", "contrast"], "Same kind of cure confirmation inside the portal: ALLOW with every span labelled."),
    ("fe0016", "Sr. Quintanilla, su cita de seguimiento de hepatitis C con la Dra. Arce es el 14 de julio a las 9:00. Por favor traiga sus frascos de Mavyret, aunque estén vacíos.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintanilla", "NAME"), ("hepatitis C", "CONDITION"), ("Dra. Arce", "PROVIDER"), ("14 de julio", "DATE"), ("Mavyret", "MEDICATION")],
     ["primary-care", "pharmacy"], "Condition used as a visit label and the drug name go; bringing the bottles is logistics, not dosing, so the reminder survives."),
    ("fe0017", "Quick check-in from the Pine Ridge liver clinic: have you missed any doses of your sofosbuvir/velpatasvir this week? Reply 0, 1, 2 or 3+. Thanks!",
     "REWRITE", "other", "sms", "en",
     [("liver clinic", "SPECIALTY"), ("sofosbuvir/velpatasvir", "MEDICATION")],
     ["pharmacy"], "Decision 8: an adherence question that only names the drug survives as 'your medication'; the liver-clinic label is a service-line name (decision 1)."),
    ("fe0018", "Our records show only 2 of your 3 Maviret bottles were filled - missed doses can let hep C come back. Please restart today: 3 tablets once a day with food, and call if you run short.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Maviret", "MEDICATION"), ("hep C", "CONDITION")],
     ["pharmacy", "shorthand"], "Decision 8: the patient's own adherence gap plus dosing instructions is treatment content."),
    ("fe0019", "Bug fixes in the app: we squashed the glitch that logged some users out when switching to dark mode. Update to version 4.12 from your app store.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: software bugs, not germs; an app-wide notice."),
    ("fe0020", "Subject: Welcome to the Hepatitis C Treatment Program\n\nDear Naveen Prasad,\n\nWelcome to the Hepatitis C Treatment Program at Kestrel Valley Internal Medicine. Here is what happens next:\n\n1. FibroScan: Thursday 2/19 at 7:45 AM, 2nd floor. Do not eat for 3 hours before.\n2. Your insurance approved the prior authorization for your medication; Quarry Specialty Pharmacy will call you from (804) 555-0187 to arrange delivery.\n3. Start visit with Dr. Lindqvist: Tuesday 3/3 at 1:30 PM.\n\nPlease bring a photo ID and your insurance card. If you need an interpreter, let us know and we will arrange one at no cost.\n\nWarm regards,\nMarisol Greene\nPatient Navigator, Kestrel Valley Internal Medicine\n(804) 555-0180",
     "REWRITE", "other", "email", "en",
     [("Hepatitis C", "CONDITION"), ("Naveen Prasad", "NAME"), ("Hepatitis C", "CONDITION", 1), ("FibroScan", "PROCEDURE"), ("2/19", "DATE"), ("Quarry Specialty Pharmacy", "SPECIALTY"), ("(804) 555-0187", "PHONE"), ("Dr. Lindqvist", "PROVIDER"), ("3/3", "DATE"), ("Marisol Greene", "PROVIDER"), ("(804) 555-0180", "PHONE")],
     ["primary-care", "pharmacy", "practice-contact"], "Decision 1: a common-noun program label keeps 'Treatment Program' outside the CONDITION span. Name, condition, test and pharmacy name go; dates, times, the navigator and the practice's numbers survive."),
    ("fe0021", "Hi Anita, this is Rosalind at Dr. Varga's office. Your father's hepatitis C viral load came back at 1.2 million, so Dr. Varga wants to start treatment. Can he come in Tuesday 8/4 at 11?",
     "BLOCK", "result", "sms", "en",
     [("Anita", "NAME"), ("Rosalind", "PROVIDER"), ("Dr. Varga", "PROVIDER"), ("hepatitis C", "CONDITION"), ("viral load", "PROCEDURE"), ("1.2 million", "RESULT"), ("Dr. Varga", "PROVIDER", 1), ("8/4", "DATE")],
     ["lab", "third-party"], "A parent's diagnosis and viral load sent to his daughter: third party's health."),
    ("fe0022", "Kestrel Valley Internal Medicine: there are no new results yet. We will text you when something new is posted to your portal. Questions? (804) 555-0180",
     "ALLOW", "portal-notice", "sms", "en",
     [("(804) 555-0180", "PHONE")],
     ["primary-care", "practice-contact"], "'No results yet' with no test named is ALLOW (README); generic practice name and own phone."),
    ("fe0023", "Buenas tardes, le llama Nayeli de la clínica del hígado. Le tengo buenas noticias: su prueba de carga viral de hepatitis C salió indetectable. Si tiene preguntas, llámenos al 305-555-0126.",
     "BLOCK", "result", "voice", "es",
     [("Nayeli", "PROVIDER"), ("clínica del hígado", "SPECIALTY"), ("prueba de carga viral", "PROCEDURE"), ("hepatitis C", "CONDITION"), ("indetectable", "RESULT"), ("305-555-0126", "PHONE")],
     ["lab", "practice-contact"], "A result left on voicemail is overheard; good news is still a result."),
    ("fe0024", "Thank you for the positive attitude you brought to Saturday's Fun Run! Photos are up on our Facebook page - tag yourself and a friend.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'positive' is not a result here."),
)

# ---------------------------------------------------------------- batch 3 (fe0025-fe0036): latent TB, skin tests, DOT
add(
    ("fe0025", "Harbor County TB Clinic: your TB skin test must be read Thursday between 9 and 11 am (48-72 hrs after it was placed). Bring the yellow card we gave you.",
     "REWRITE", "reminder", "sms", "en",
     [("Harbor County TB Clinic", "SPECIALTY"), ("TB skin test", "PROCEDURE")],
     ["lab"], "Decision 1: a proper practice name that embeds a condition is one SPECIALTY span. The read window survives once the test is removed; '48-72' is not a date."),
    ("fe0026", "Your QuantiFERON came back positive. This most likely means a latent TB infection. Dr. Mbeki wants a chest x-ray before you start any medicine - please call (213) 555-0190 to book.",
     "BLOCK", "result", "sms", "en",
     [("QuantiFERON", "PROCEDURE"), ("positive", "RESULT"), ("latent TB infection", "CONDITION"), ("Dr. Mbeki", "PROVIDER"), ("chest x-ray", "PROCEDURE"), ("(213) 555-0190", "PHONE")],
     ["lab", "imaging", "practice-contact"], "A positive test and its meaning: result and diagnosis are the message."),
    ("fe0027", "3HP wk 7 of 12: take ur rifapentine 900 mg + isoniazid 900 mg together today w/ food, plus the B6. Text DONE after, or we'll call u at 6.",
     "BLOCK", "care-instructions", "sms", "en",
     [("3HP", "MEDICATION"), ("rifapentine 900 mg", "MEDICATION"), ("isoniazid 900 mg", "MEDICATION"), ("B6", "MEDICATION")],
     ["pharmacy", "shorthand"], "Dosing instruction for the patient's own regimen. Decision 4: the regimen abbreviation is MEDICATION."),
    ("fe0028", "Hola Esteban, su próxima cita de DOT por video es el lunes a las 7:30 am. Tenga listo su blíster de pastillas y el teléfono cargado. - Programa de TB del Condado",
     "REWRITE", "reminder", "sms", "es",
     [("Esteban", "NAME"), ("DOT", "PROCEDURE"), ("TB", "CONDITION")],
     ["pharmacy"], "Decision 5: directly observed therapy is PROCEDURE; decision 1: in the common-noun 'Programa de TB' only the condition is labelled. The video appointment survives."),
    ("fe0029", "Flu shots and updated COVID boosters are now available at all Northgate clinics, no appointment needed, Mon-Sat 8-6. Most insurance covers them at no cost.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every patient about vaccines: says nothing about the recipient (README)."),
    ("fe0030", "Monthly INH check: any nausea, dark urine, yellow eyes or belly pain lately? If yes, STOP your isoniazid and call us at (213) 555-0127 today. If no, reply NO.",
     "BLOCK", "care-instructions", "sms", "en",
     [("INH", "MEDICATION"), ("nausea", "CONDITION"), ("dark urine", "CONDITION"), ("yellow eyes", "CONDITION"), ("belly pain", "CONDITION"), ("isoniazid", "MEDICATION"), ("(213) 555-0127", "PHONE")],
     ["pharmacy", "negation", "shorthand", "practice-contact"], "A stop-the-drug instruction for the patient's own medicine. Decision 12: the hypothetical side effects are CONDITION spans."),
    ("fe0031", "Subject: Your clearance letter\n\nDear Priya Raman,\n\nDr. Mbeki has finished reviewing your chest x-ray, and your TB clearance letter for Meadowbrook School District is ready to pick up at the front desk, Mon-Fri 8-4:30. Please bring photo ID.\n\nHarbor Family Health",
     "REWRITE", "other", "email", "en",
     [("Priya Raman", "NAME"), ("Dr. Mbeki", "PROVIDER"), ("chest x-ray", "PROCEDURE"), ("TB clearance", "PROCEDURE")],
     ["lab", "imaging"], "Decision 11: a letter-ready notice states no result, so the pickup survives once the name, test and letter type go. The employer is not labelled (decision 10)."),
    ("fe0032", "The Culture Club tribute band Karma Chameleons headlines our staff and family picnic Saturday at Riverside Park! Raffle proceeds support the free clinic.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'Culture' is a band, not a lab culture; an event for everyone."),
    ("fe0033", "Hi, this is Germaine Bugg, RN with Harbor Family Health returning your call from this morning. Please call me back at (213) 555-0116 when you have a minute. Thanks!",
     "ALLOW", "other", "voice", "en",
     [("Germaine Bugg, RN", "PROVIDER"), ("(213) 555-0116", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 13: the nurse named Bugg is a provider (allowed), not an infection; call-back to the practice's number."),
    ("fe0034", "Lakeside Lab: your QuantiFERON draw is booked for 9/14 at 7:50 AM. No fasting needed. Reply R to reschedule.",
     "REWRITE", "reminder", "push", "en",
     [("QuantiFERON", "PROCEDURE"), ("9/14", "DATE")],
     ["lab"], "The named TB blood test goes; a generic lab name, date and time survive."),
    ("fe0035", "Sra. Campos, la radiografía de su hijo Mateo salió normal, pero como su prueba de tuberculosis fue positiva, debe empezar el tratamiento de 4 meses con rifampicina. Llámenos para la receta.",
     "BLOCK", "result", "sms", "es",
     [("Campos", "NAME"), ("radiografía", "PROCEDURE"), ("Mateo", "NAME"), ("normal", "RESULT"), ("prueba de tuberculosis", "PROCEDURE"), ("positiva", "RESULT"), ("rifampicina", "MEDICATION")],
     ["lab", "pediatrics", "third-party", "minor"], "A child's results and treatment sent to the parent: third party's health."),
    ("fe0036", "Certificate of completion: Jordan Fairweather completed 4 months of rifampin (4R) for latent TB infection on 11/2. Keep this letter for school or work records. - Dr. Mbeki, Harbor Family Health",
     "ALLOW", "other", "portal", "en",
     [("Jordan Fairweather", "NAME"), ("rifampin", "MEDICATION"), ("4R", "MEDICATION"), ("latent TB infection", "CONDITION"), ("11/2", "DATE"), ("Dr. Mbeki", "PROVIDER")],
     ["pharmacy", "contrast"], "Decision 11: the completion letter itself is fine inside the portal; by SMS/email it would be BLOCK."),
)

# ---------------------------------------------------------------- batch 4 (fe0037-fe0048): travel and tropical medicine
add(
    ("fe0037", "Meridian Travel & Tropical Medicine: Hi Colette, your pre-travel consult for Ghana is Mon 2/9 at 3:40 PM with Dr. Adeyemi. Please bring your vaccine record and itinerary.",
     "REWRITE", "reminder", "sms", "en",
     [("Meridian Travel & Tropical Medicine", "SPECIALTY"), ("Colette", "NAME"), ("pre-travel consult", "PROCEDURE"), ("2/9", "DATE"), ("Dr. Adeyemi", "PROVIDER")],
     ["primary-care"], "Decision 1: travel/tropical-medicine names are service-line names; the visit type and the patient name go. A destination country is not a geographic identifier."),
    ("fe0038", "Your yellow fever vaccine is done and your card is signed. Start the Malarone 2 days before you leave: 1 tablet daily with food, and keep taking it for 7 days after you get back.",
     "BLOCK", "care-instructions", "sms", "en",
     [("yellow fever vaccine", "PROCEDURE"), ("Malarone", "MEDICATION")],
     ["primary-care", "pharmacy"], "Dosing instructions for the patient's antimalarial. Decision 6: a vaccine given in clinic is PROCEDURE with its disease word."),
    ("fe0039", "Want to see a viral video? Our pharmacist's 60-second hand-washing dance is now on our website - share it with your kids!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'viral' as in popular; a health tip for everyone."),
    ("fe0040", "Your typhoid vaccine capsules (Vivotif) are ready at Harbor Point Pharmacy. Keep them in the fridge and pick up by Friday.",
     "REWRITE", "pickup", "sms", "en",
     [("typhoid vaccine capsules", "MEDICATION"), ("Vivotif", "MEDICATION")],
     ["pharmacy"], "Decision 6: a vaccine product picked up at a pharmacy is MEDICATION (with its form word). Storage and pickup-by are logistics, not dosing."),
    ("fe0041", "Dr. Adeyemi reviewed your stool test: it showed Giardia. She sent tinidazole 2 g (one-time dose) to your pharmacy. Avoid alcohol for 3 days after you take it.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Adeyemi", "PROVIDER"), ("stool test", "PROCEDURE"), ("Giardia", "RESULT"), ("tinidazole 2 g", "MEDICATION")],
     ["lab", "pharmacy"], "Finding plus treatment. Decision 3: the organism a stool test showed is the RESULT."),
    ("fe0042", "Centro Médico Las Palmas: le recordamos su cita con el Dr. Ruiz el jueves 3 de marzo a las 10:00. Para cambiarla llame al (305) 555-0184.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Ruiz", "PROVIDER"), ("3 de marzo", "DATE"), ("(305) 555-0184", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice name, provider, date, time and the practice's phone."),
    ("fe0043", "Hola Lucía, sus vacunas de viaje (fiebre amarilla y hepatitis A) están programadas para el 18 de abril a las 11:30 en la Clínica del Viajero Meridian. Traiga su pasaporte.",
     "REWRITE", "reminder", "sms", "es",
     [("Lucía", "NAME"), ("vacunas de viaje", "PROCEDURE"), ("fiebre amarilla", "PROCEDURE"), ("hepatitis A", "PROCEDURE"), ("18 de abril", "DATE"), ("Clínica del Viajero Meridian", "SPECIALTY")],
     ["primary-care"], "Decision 6: disease words that name the shots being given are PROCEDURE; decision 1: a travel clinic name is SPECIALTY. Date and time survive."),
    ("fe0044", "Subject: Spring newsletter - travel season is here\n\nPlanning a trip abroad this summer? Book a travel consult 4 to 6 weeks before you leave so there is time for any vaccines you may need. Some countries require proof of vaccination at the border, and some pills work best when started early.\n\nAlso this season:\n- Our parking garage reopens next month with 40 new spaces.\n- Evening hours are back on Tuesdays and Thursdays until 7 pm.\n- We now offer online check-in from your phone.\n- Our staff line-dancing team took second place at the county fair (yes, really).\n\nSafe travels, and see you soon!\nThe team at Maple Hollow Health",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Newsletter for every patient: travel advice in general, parking, hours, a line-dancing team; no recipient-specific content."),
    ("fe0045", "Your malaria smears from the ER were negative x3, but your dengue IgM is still pending. Keep drinking fluids and avoid ibuprofen and aspirin. We'll call as soon as the dengue result is back.",
     "BLOCK", "result", "sms", "en",
     [("malaria smears", "PROCEDURE"), ("negative x3", "RESULT"), ("dengue IgM", "PROCEDURE"), ("ibuprofen", "MEDICATION"), ("aspirin", "MEDICATION"), ("dengue", "PROCEDURE", 1)],
     ["lab", "urgent-care"], "Negative results are still results, with treatment advice. The second 'dengue' names the test, so PROCEDURE."),
    ("fe0046", "Hello, this is Meridian Travel Clinic calling to remind Harold Ostrowski of his rabies vaccine, dose three of three, on Friday, June 5th at 1 PM. Press 1 to confirm or 2 to speak with staff.",
     "REWRITE", "reminder", "voice", "en",
     [("Meridian Travel Clinic", "SPECIALTY"), ("Harold Ostrowski", "NAME"), ("rabies vaccine", "PROCEDURE"), ("June 5th", "DATE")],
     ["primary-care"], "Name, clinic type and vaccine go; the appointment survives. 'dose three of three' is a schedule, not dosing (judgement)."),
    ("fe0047", "Traveling this summer? Our travel clinic is open Saturdays 9-1 through August for vaccines and trip prescriptions. Book online or just walk in.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast: the same service offered to everyone says nothing about the recipient (README)."),
    ("fe0048", "ur O&P came back + for strongyloides. dr sent ivermectin to ur pharmacy - take it 2 days in a row on an empty stomach. call if u have ?s",
     "BLOCK", "result", "sms", "en",
     [("O&P", "PROCEDURE"), ("+", "RESULT"), ("strongyloides", "RESULT"), ("ivermectin", "MEDICATION")],
     ["lab", "pharmacy", "shorthand"], "Staff shorthand result plus dosing. Decision 3: the parasite found is the RESULT; '+' is the positive flag."),
)

# ---------------------------------------------------------------- batch 5 (fe0049-fe0060): wound infections and cultures
add(
    ("fe0049", "Your wound culture from 5/12 grew MRSA. Dr. Feld wants you to start doxycycline 100 mg twice a day for 10 days - it's waiting at your pharmacy now.",
     "BLOCK", "result", "sms", "en",
     [("wound culture", "PROCEDURE"), ("5/12", "DATE"), ("MRSA", "RESULT"), ("Dr. Feld", "PROVIDER"), ("doxycycline 100 mg", "MEDICATION")],
     ["dermatology", "lab", "pharmacy"], "Culture finding and treatment. Decision 3: the organism that grew is the RESULT."),
    ("fe0050", "FINAL REPORT - Wound culture, left heel (collected 5/12)\nOrganism: Pseudomonas aeruginosa, moderate growth\nSusceptible: ciprofloxacin, cefepime, piperacillin-tazobactam\nResistant: none tested\nComment from Dr. Feld: plan to switch you to ciprofloxacin 750 mg twice daily; see message below.",
     "ALLOW", "result", "portal", "en",
     [("Wound culture", "PROCEDURE"), ("5/12", "DATE"), ("Pseudomonas aeruginosa, moderate growth", "RESULT"), ("ciprofloxacin", "MEDICATION"), ("cefepime", "MEDICATION"), ("piperacillin-tazobactam", "MEDICATION"), ("none tested", "RESULT"), ("Dr. Feld", "PROVIDER"), ("ciprofloxacin 750 mg", "MEDICATION")],
     ["dermatology", "lab", "contrast"], "A full culture report is fine in the portal. Judgement: the susceptible drugs are MEDICATION spans; 'left heel' is a body site, not labelled."),
    ("fe0051", "Bayshore Wound Care Center: Hi Reggie, your wound check and dressing change is tomorrow at 1:15pm with Dr. Feld. Wear a loose shoe on that side.",
     "REWRITE", "reminder", "sms", "en",
     [("Bayshore Wound Care Center", "SPECIALTY"), ("Reggie", "NAME"), ("wound", "CONDITION"), ("dressing change", "PROCEDURE"), ("Dr. Feld", "PROVIDER")],
     ["dermatology"], "Decision 1: a wound-care center name is SPECIALTY; 'wound check' is a condition used as a visit label (generic word outside). Time and provider survive."),
    ("fe0052", "Your infectious laugh made our volunteers' day! Thank you for helping at Saturday's food drive - we collected 1,240 pounds for the pantry. - Community Outreach Team",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'infectious' as in contagious good humor."),
    ("fe0053", "Don Aurelio, el cultivo de la herida salió con estafilococo. El Dr. Fuentes le mandó cefalexina 500 mg, una cápsula cada 6 horas por 7 días. Si le da fiebre, venga a urgencias.",
     "BLOCK", "result", "sms", "es",
     [("Aurelio", "NAME"), ("cultivo de la herida", "PROCEDURE"), ("estafilococo", "RESULT"), ("Dr. Fuentes", "PROVIDER"), ("cefalexina 500 mg", "MEDICATION"), ("fiebre", "CONDITION")],
     ["dermatology", "lab", "pharmacy", "negation"], "Culture finding (decision 3), dosing and a hypothetical symptom (decision 12). Title 'Don' stays outside the NAME span."),
    ("fe0054", "Your wound vac supplies (canisters and foam dressings) ship Thursday. Order #WV-558213. Reply HELP with questions.",
     "REWRITE", "other", "sms", "en",
     [("wound vac", "PROCEDURE"), ("WV-558213", "OTHER_ID")],
     ["home-health", "identifier"], "Decision 5: the wound vac is a device (PROCEDURE); decision 7: order number is OTHER_ID. The shipping notice survives."),
    ("fe0055", "Hi Greta, quick update on your mom: her incision is showing more redness today and her temperature was 101.2. The home health nurse swabbed it for culture, and Dr. Feld may restart her Keflex.",
     "BLOCK", "care-instructions", "email", "en",
     [("Greta", "NAME"), ("incision", "PROCEDURE"), ("redness", "CONDITION"), ("101.2", "RESULT"), ("home health", "SPECIALTY"), ("culture", "PROCEDURE"), ("Dr. Feld", "PROVIDER"), ("Keflex", "MEDICATION")],
     ["home-health", "third-party"], "A parent's findings and treatment sent to her daughter: third party's health. Judgement: 'incision' (the surgical wound) is PROCEDURE."),
    ("fe0056", "Reminder from Eastgate Surgical Associates: you have an appointment with Dr. Lomax on 10/21 at 2:00 PM at 4400 Harbor Blvd, Suite 210, Norfolk VA 23510. Free parking in the garage.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Lomax", "PROVIDER"), ("10/21", "DATE"), ("4400 Harbor Blvd, Suite 210, Norfolk VA 23510", "ADDRESS")],
     ["orthopedics", "practice-contact"], "The practice's own address is allowed; 'Surgical Associates' is generic (surgeon stays generic in the README)."),
    ("fe0057", "Ortiz, Benjamin - your 6 wk ortho infection clinic f/u (prosthetic joint infection) is 11/3 at 9:10a. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Ortiz, Benjamin", "NAME"), ("ortho", "SPECIALTY"), ("infection", "CONDITION"), ("prosthetic joint infection", "CONDITION"), ("11/3", "DATE")],
     ["orthopedics", "shorthand"], "Name, specialty shorthand and the diagnosis go; 'infection clinic' is a condition used as a label (decision 1). The date and time survive."),
    ("fe0058", "Positive vibes only: new lobby chairs are arriving this week! Please excuse a little noise Tuesday morning while we set up.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'positive' in a furniture notice."),
    ("fe0059", "Lab alert: your C. diff toxin test is POSITIVE. Please stay home, wash hands with soap and water (not gel), and call us today about starting vancomycin.",
     "BLOCK", "result", "push", "en",
     [("C. diff toxin test", "PROCEDURE"), ("POSITIVE", "RESULT"), ("vancomycin", "MEDICATION")],
     ["lab"], "A positive result on a lock-screen push, with isolation and treatment content (decision 9)."),
    ("fe0060", "Sr. Maldonado: tiene un mensaje nuevo de su equipo de enfermedades infecciosas en el portal. Ingrese en portal.clinicasur.example para leerlo.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Maldonado", "NAME"), ("enfermedades infecciosas", "SPECIALTY"), ("portal.clinicasur.example", "URL")],
     ["primary-care", "practice-contact"], "Portal notice: the name and the ID team (decision 1) go; the practice's own portal link survives."),
)

# ---------------------------------------------------------------- batch 6 (fe0061-fe0072): isolation, exposure, family, visitors
add(
    ("fe0061", "Your COVID-19 PCR from 1/8 is positive. Isolate at home for at least 5 days from when symptoms started, mask around others through day 10, and call us if you get short of breath.",
     "BLOCK", "result", "sms", "en",
     [("COVID-19 PCR", "PROCEDURE"), ("1/8", "DATE"), ("positive", "RESULT"), ("short of breath", "CONDITION")],
     ["lab", "negation"], "Positive result with isolation instructions (decision 9)."),
    ("fe0062", "Hi, this is Nurse Petra at Oakdale Pediatrics. Eli's strep test was positive. He can go back to school 12 hours after his first dose of amoxicillin if he has no fever.",
     "BLOCK", "result", "sms", "en",
     [("Nurse Petra", "PROVIDER"), ("Oakdale Pediatrics", "SPECIALTY"), ("Eli", "NAME"), ("strep test", "PROCEDURE"), ("positive", "RESULT"), ("amoxicillin", "MEDICATION"), ("fever", "CONDITION")],
     ["pediatrics", "lab", "third-party", "minor", "negation"], "A child's result and return-to-school rule sent to the parent: third party's health."),
    ("fe0063", "Sra. Ibarra, como su esposo tiene sarampión, usted y los niños no vacunados deben quedarse en casa hasta el 24 de febrero. Llame antes de venir a la clínica: (602) 555-0153.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ibarra", "NAME"), ("sarampión", "CONDITION"), ("24 de febrero", "DATE"), ("(602) 555-0153", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "Reveals the husband's diagnosis and gives quarantine orders (decision 9)."),
    ("fe0064", "Measles cases have been reported in our county. If you're not sure you've had 2 doses of MMR, check your portal or call (602) 555-0153. Walk-in shots weekdays 8-5.",
     "ALLOW", "other", "sms", "en",
     [("(602) 555-0153", "PHONE")],
     ["general", "broadcast", "practice-contact", "contrast"], "Decision 9: the same outbreak as a broadcast to all patients is ALLOW; no span but the practice's phone."),
    ("fe0065", "Before your visit tomorrow: because you told us about your cough, please use the Respiratory Clinic entrance on the east side and put on a mask at the door.",
     "REWRITE", "care-instructions", "sms", "en",
     [("cough", "CONDITION"), ("Respiratory Clinic", "SPECIALTY")],
     ["urgent-care"], "The symptom and a respiratory-clinic label go; 'please use the east entrance and wear a mask' survives (judgement: door logistics, not treatment)."),
    ("fe0066", "Harbor County Public Health: you may have been exposed to tuberculosis at Pinecrest Elementary between 9/2 and 10/15. We recommend a free TB blood test. Call (213) 555-0148.",
     "BLOCK", "care-instructions", "sms", "en",
     [("tuberculosis", "CONDITION"), ("9/2", "DATE"), ("10/15", "DATE"), ("TB blood test", "PROCEDURE"), ("(213) 555-0148", "PHONE")],
     ["lab", "practice-contact"], "Decision 9: an individual exposure notice is clinical content about the recipient. Judgement: a county public-health department is a generic sender (not labelled); the school is not labelled (decision 10)."),
    ("fe0067", "Hello, this is a courtesy call from Northgate Family Clinic. Our office will open at 10 AM this Wednesday because of staff training. We apologize for any inconvenience.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Practice-wide schedule change; nothing about the recipient."),
    ("fe0068", "Your pre-surgery chlorhexidine wash and mupirocin nasal ointment are ready for pickup at Harbor Point Pharmacy. Open until 9 tonight.",
     "REWRITE", "pickup", "sms", "en",
     [("chlorhexidine wash", "MEDICATION"), ("mupirocin nasal ointment", "MEDICATION")],
     ["pharmacy"], "Drug names in a pickup notice go (MRSA decolonization products); generic pharmacy and hours survive."),
    ("fe0069", "Hi, this is Corinne from Dr. Whitaker's office calling for Daniel Novak about your mother. Her blood cultures grew yeast and she is being admitted tonight for IV antifungals. Please call 757-555-0139.",
     "BLOCK", "result", "voice", "en",
     [("Corinne", "PROVIDER"), ("Dr. Whitaker", "PROVIDER"), ("Daniel Novak", "NAME"), ("blood cultures", "PROCEDURE"), ("yeast", "RESULT"), ("IV antifungals", "MEDICATION"), ("757-555-0139", "PHONE")],
     ["lab", "third-party", "practice-contact"], "A mother's culture result and admission told to her son by voicemail: third party's health (decision 3 for the organism)."),
    ("fe0070", "¡Gracias por su actitud tan positiva! La feria de salud del sábado fue todo un éxito. Los ganadores de la rifa se anuncian el viernes en nuestras redes.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'positiva' as attitude, and a raffle's winners, not results."),
    ("fe0071", "Hi Mr. Delgado, before you visit your wife in room 412, please put on a gown and gloves at the door (contact precautions). Check in at the 4 West nurses' station first. Thank you.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Delgado", "NAME"), ("contact precautions", "PROCEDURE")],
     ["primary-care", "third-party"], "Decision 10: tells a visitor that his relative is on isolation, which reveals her infection; room and unit numbers are not labelled."),
    ("fe0072", "Subject: Our phone number is changing\n\nStarting 8/1, Tidewater Clinic's main number will be (757) 555-0100. Our fax stays the same: (757) 555-0101. Please update your contacts.",
     "ALLOW", "other", "email", "en",
     [("8/1", "DATE"), ("(757) 555-0100", "PHONE"), ("(757) 555-0101", "FAX")],
     ["general", "broadcast", "practice-contact"], "The practice's own phone and fax in a broadcast."),
)

# ---------------------------------------------------------------- batch 7 (fe0073-fe0084): billing, prior authorization, enrollment
add(
    ("fe0073", "Statement ready: OPAT home infusion services 3/1-3/21, balance $412.60. Account 88-310276. Pay at larkspurpay.example or call (410) 555-0161, M-F 8-5.",
     "REWRITE", "billing", "sms", "en",
     [("OPAT", "PROCEDURE"), ("home infusion", "PROCEDURE"), ("3/1", "DATE"), ("3/21", "DATE"), ("88-310276", "ACCOUNT"), ("larkspurpay.example", "URL"), ("(410) 555-0161", "PHONE")],
     ["home-health", "identifier", "practice-contact"], "Billing survives once the service and the account number go; service dates, amount and the pharmacy's own pay link and phone stay."),
    ("fe0074", "Payment received: $75.00. Thank you! A receipt has been sent to the email on file.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A payment confirmation with an amount only."),
    ("fe0075", "Claim 7731-0042 for your 4/2 visit was denied: diagnosis B18.2 (chronic hepatitis C) needs prior authorization for Mavyret. Our billing team is appealing - no action needed yet.",
     "REWRITE", "billing", "sms", "en",
     [("7731-0042", "OTHER_ID"), ("4/2", "DATE"), ("B18.2", "CONDITION"), ("chronic hepatitis C", "CONDITION"), ("Mavyret", "MEDICATION")],
     ["pharmacy", "identifier"], "Decision 7: the ICD-10 code is CONDITION and the claim number OTHER_ID. The denial-and-appeal notice survives without the diagnosis and drug."),
    ("fe0076", "Estimado Sr. Paredes: su saldo de $120.00 por la infusión de antibióticos en casa (cuenta 5530921) vence el 30 de junio. Puede pagar por teléfono al (305) 555-0171.",
     "REWRITE", "billing", "sms", "es",
     [("Paredes", "NAME"), ("infusión", "PROCEDURE"), ("antibióticos", "MEDICATION"), ("5530921", "ACCOUNT"), ("30 de junio", "DATE"), ("(305) 555-0171", "PHONE")],
     ["home-health", "identifier", "practice-contact"], "Name, therapy and account go; amount, due date and the billing phone survive."),
    ("fe0077", "Your prescription is ready at Harbor Point Pharmacy, 210 Dock St, Annapolis MD 21401. Pickup hours 9-7 weekdays, 10-4 Saturday.",
     "ALLOW", "pickup", "sms", "en",
     [("210 Dock St, Annapolis MD 21401", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Generic pickup notice with the pharmacy's own address; no drug named."),
    ("fe0078", "Price transparency: our self-pay rate for a new-patient visit is now $145. See the full fee list at tidewaterclinic.example/fees.",
     "ALLOW", "billing", "sms", "en",
     [("tidewaterclinic.example/fees", "URL")],
     ["general", "broadcast", "practice-contact"], "Practice-wide fee notice with the practice's own link."),
    ("fe0079", "FINAL NOTICE: Rafael Soto, your balance of $230 for HIV viral load testing (acct 66120984) is 90 days past due. Call (212) 555-0119 to set up a payment plan.",
     "REWRITE", "billing", "sms", "en",
     [("Rafael Soto", "NAME"), ("HIV viral load", "PROCEDURE"), ("66120984", "ACCOUNT"), ("(212) 555-0119", "PHONE")],
     ["hiv-sexual-health", "identifier", "practice-contact"], "Collections notice: the test (revealing HIV care), name and account go; amount and phone survive."),
    ("fe0080", "This is Kestrel Valley Internal Medicine billing calling about your account. Please call us back at 804-555-0172, Monday through Friday, 8 to 4. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("804-555-0172", "PHONE")],
     ["primary-care", "practice-contact"], "Billing call-back with no name, service or amount."),
    ("fe0081", "Recordatorio: puede pagar su factura en línea las 24 horas. Aceptamos tarjetas de crédito y débito, y ofrecemos planes de pago sin intereses.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Generic billing reminder; nothing about the recipient."),
    ("fe0082", "Subject: Prior authorization update\n\nHello Mr. Okoro,\n\nGood news - your insurer approved the prior authorization for your ceftriaxone home infusion through 5/30 (auth #PA-2291847). Larkspur Home Infusion will call you to schedule the first delivery and the nurse's teaching visit.\n\nBest,\nTerrence Hall, Prior Auth Coordinator",
     "REWRITE", "other", "email", "en",
     [("Okoro", "NAME"), ("ceftriaxone", "MEDICATION"), ("home infusion", "PROCEDURE"), ("5/30", "DATE"), ("PA-2291847", "OTHER_ID"), ("Larkspur Home Infusion", "SPECIALTY"), ("Terrence Hall", "PROVIDER")],
     ["home-health", "pharmacy", "identifier"], "Decision 7: authorization numbers are OTHER_ID. The approval notice survives without drug, therapy and pharmacy name; the coordinator is workforce (PROVIDER)."),
    ("fe0083", "To finish your Ryan White enrollment, please confirm: Lorna Beckett, DOB 04/17/1981, SSN 078-05-1120. Reply YES if correct or call our eligibility team.",
     "BLOCK", "other", "sms", "en",
     [("Ryan White", "PROCEDURE"), ("Lorna Beckett", "NAME"), ("04/17/1981", "DATE"), ("078-05-1120", "SSN")],
     ["hiv-sexual-health", "dob", "identifier"], "An SSN and a full date of birth with the name must never travel by text; the program also reveals HIV care."),
    ("fe0084", "Reply STOP to stop appointment texts, HELP for help. Msg & data rates may apply. Up to 4 msgs/month.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Standard opt-out footer."),
)

# ---------------------------------------------------------------- batch 8 (fe0085-fe0096): disguises, HIV care, completion letter
add(
    ("fe0085", "Good news!! ur H.C.V r e s u l t s r in - the v.i.r.a.l l.o.a.d is u-n-d-e-t-e-c-t-a-b-l-e. Dr. Lindqvist will call u Fri.",
     "BLOCK", "result", "sms", "en",
     [("H.C.V", "CONDITION"), ("v.i.r.a.l l.o.a.d", "PROCEDURE"), ("u-n-d-e-t-e-c-t-a-b-l-e", "RESULT"), ("Dr. Lindqvist", "PROVIDER")],
     ["lab", "spaced", "shorthand"], "Disguised (dotted, spaced and hyphenated letters) result: still a result."),
    ("fe0086", "Reminder: your hep\u200batitis C follow-up with Dr. Lindqvist is 7/9 at 11:00 AM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("hep\u200batitis C", "CONDITION"), ("Dr. Lindqvist", "PROVIDER"), ("7/9", "DATE")],
     ["primary-care"], "A zero-width space splits the condition used as a visit label; provider, date and time survive."),
    ("fe0087", "Your wound culture grew \u041cRS\u0410. Start the Bactrim DS, 1 tab twice a day x 10 days, and keep the area covered.",
     "BLOCK", "result", "sms", "en",
     [("wound culture", "PROCEDURE"), ("\u041cRS\u0410", "RESULT"), ("Bactrim DS", "MEDICATION")],
     ["dermatology", "lab"], "Cyrillic look-alikes (Em, A) inside the organism; result plus dosing. Decision 3."),
    ("fe0088", "hi Devon, ur TB sk1n t3st r3ad is tmrw 2-4pm. no appt needed, just come 2 the front desk :)",
     "REWRITE", "reminder", "sms", "en",
     [("Devon", "NAME"), ("TB sk1n t3st", "PROCEDURE")],
     ["lab", "leet", "shorthand"], "Leetspeak digits inside the test name; the walk-in window survives."),
    ("fe0089", "Red Ribbon Health Center: Hi Andre, your labs + med refill visit is 10/8 at 4:30pm with NP Castellanos. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Red Ribbon Health Center", "SPECIALTY"), ("Andre", "NAME"), ("10/8", "DATE"), ("NP Castellanos", "PROVIDER")],
     ["hiv-sexual-health"], "A practice name that reveals HIV care and the patient's name go; 'labs' and 'med refill visit' are generic."),
    ("fe0090", "Hola Julián, ¡buenas noticias! Tu carga viral salió indetectable y tus CD4 subieron a 612. Sigue tomando tu Biktarvy todos los días a la misma hora. - Enf. Rocío",
     "BLOCK", "result", "sms", "es",
     [("Julián", "NAME"), ("carga viral", "PROCEDURE"), ("indetectable", "RESULT"), ("CD4", "PROCEDURE"), ("612", "RESULT"), ("Biktarvy", "MEDICATION"), ("Enf. Rocío", "PROVIDER")],
     ["hiv-sexual-health", "lab"], "Viral load, CD4 count and an ART instruction by text."),
    ("fe0091", "The results are in: 78% of you asked for evening hours in our parking-lot survey, so starting in June we'll stay open until 7 pm on Tuesdays.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: survey results and a percentage, not a clinical value."),
    ("fe0092", "Farmacia Central: su receta de Descovy está lista para recoger. Horario: lunes a viernes de 9 a 7. Traiga su identificación.",
     "REWRITE", "pickup", "sms", "es",
     [("Descovy", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "Drug name in a pickup notice goes; generic pharmacy name and hours survive."),
    ("fe0093", "Subject: Your treatment completion letter\n\nDear Mr. Halvorsen,\n\nCongratulations on completing your 6-week course of IV cefazolin for MSSA bacteremia and vertebral osteomyelitis on 4/28. Your PICC line was removed without problems, and your last CRP was 0.6, down from 14.2 at the start.\n\nWhat comes next:\n- Repeat MRI of the spine in 6 weeks (we will call to schedule).\n- Follow-up with Dr. Okafor on 6/9 at 10:40 AM.\n- Call us right away for new back pain, fever or chills.\n\nPlease keep this letter for your records and share it with your primary care doctor.\n\nSincerely,\nThe OPAT Team\nTidewater Infectious Disease Associates\n(757) 555-0122",
     "BLOCK", "result", "email", "en",
     [("Halvorsen", "NAME"), ("cefazolin", "MEDICATION"), ("MSSA bacteremia", "CONDITION"), ("vertebral osteomyelitis", "CONDITION"), ("4/28", "DATE"), ("PICC line", "PROCEDURE"), ("CRP", "PROCEDURE"), ("0.6", "RESULT"), ("14.2", "RESULT"), ("MRI of the spine", "PROCEDURE"), ("Dr. Okafor", "PROVIDER"), ("6/9", "DATE"), ("back pain", "CONDITION"), ("fever", "CONDITION"), ("chills", "CONDITION"), ("OPAT", "PROCEDURE"), ("Tidewater Infectious Disease Associates", "SPECIALTY"), ("(757) 555-0122", "PHONE")],
     ["home-health", "lab", "imaging", "practice-contact", "negation"], "Decision 11: the completion letter's content (diagnoses, drug, values) by e-mail is BLOCK; it belongs in the portal."),
    ("fe0094", "Due to the snow, your appointment with Dr. Nakamura-Hill has been moved to Fri 12/5 at 9:00 AM. Reply OK to accept or call to pick another time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nakamura-Hill", "PROVIDER"), ("12/5", "DATE")],
     ["primary-care"], "Reschedule with provider, date and time only."),
    ("fe0095", "Reminder: your infectious disease follow-up with Dr. Okafor is Monday, 11/17 at 2:15 PM. Please arrive 15 minutes early to update your medication list.",
     "ALLOW", "reminder", "portal", "en",
     [("infectious disease", "SPECIALTY"), ("Dr. Okafor", "PROVIDER"), ("11/17", "DATE")],
     ["primary-care", "contrast"], "On the portal the specialty may stay (README channel convention); by SMS this would be REWRITE (decision 1)."),
    ("fe0096", "Heads up: the elevator in Building B is out of service until Thursday. Please use the ramp by the pharmacy entrance. Sorry for the trouble!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Facility notice for everyone."),
)

# ---------------------------------------------------------------- batch 9 (fe0097-fe0108): templates, home nursing, children, staff notices
add(
    ("fe0097", "Reminder: you have an appointment on {{appt_date}} at {{appt_time}} at {{location_name}}. Call {{practice_phone}} to reschedule. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only (README templates convention)."),
    ("fe0098", "*|PRACTICE_NAME|*: your PICC line removal is scheduled for *|APPT_DATE|* at *|APPT_TIME|*. Please don't put lotion on that arm the morning of your visit.",
     "REWRITE", "reminder", "sms", "en",
     [("PICC line removal", "PROCEDURE")],
     ["home-health", "template"], "Template whose literal text names the procedure; the prep note ('no lotion on that arm') is logistics, so the reminder survives (judgement)."),
    ("fe0099", "Mensaje para Rosa Elena Paz de la clínica de infectología: su hemocultivo salió positivo. Necesita regresar hoy mismo para recibir antibióticos por vena. Llame al (915) 555-0133.",
     "BLOCK", "result", "voice", "es",
     [("Rosa Elena Paz", "NAME"), ("infectología", "SPECIALTY"), ("hemocultivo", "PROCEDURE"), ("positivo", "RESULT"), ("antibióticos", "MEDICATION"), ("(915) 555-0133", "PHONE")],
     ["lab", "practice-contact"], "A positive blood culture and treatment told by voicemail. Decision 1: 'infectología' is SPECIALTY; 'clínica de' stays outside."),
    ("fe0100", "End-of-therapy plan: your last dose of IV daptomycin 700 mg is Sunday 5/17. Your home nurse will pull the PICC on Monday 5/18 after the dose is done, then start oral linezolid 600 mg twice daily for 2 weeks. - Dr. Okafor, OPAT",
     "ALLOW", "care-instructions", "portal", "en",
     [("daptomycin 700 mg", "MEDICATION"), ("5/17", "DATE"), ("PICC", "PROCEDURE"), ("5/18", "DATE"), ("linezolid 600 mg", "MEDICATION"), ("Dr. Okafor", "PROVIDER"), ("OPAT", "PROCEDURE")],
     ["home-health", "pharmacy", "contrast"], "Dosing and a care plan are fine inside the portal."),
    ("fe0101", "Subject: Your home nursing schedule\n\nHello Ms. Adebayo-Reyes,\n\nThank you for choosing Larkspur Home Infusion. Your infusion nurse, Tricia Vance, RN, will visit you at 1187 Willow Bend Rd, Apt 3C, Dayton, OH 45410 every Tuesday and Friday between 9 and 11 AM, starting 2/3. She will change the dressing on your PICC line and draw your weekly labs.\n\nA few things that help the visits go smoothly:\n- Please keep a clean, well-lit table clear for the nurse's supplies.\n- Store your supply boxes in a cool, dry place away from pets and children.\n- Our drivers deliver on Mondays; you will get a text the evening before with a 4-hour window.\n\nIf you need to change a visit, call our nurse line at (937) 555-0150 at least 24 hours ahead. After hours, a pharmacist and a nurse are on call at the same number.\n\nWe look forward to caring for you,\nLarkspur Home Infusion, Dayton branch",
     "REWRITE", "reminder", "email", "en",
     [("Adebayo-Reyes", "NAME"), ("Larkspur Home Infusion", "SPECIALTY"), ("infusion", "PROCEDURE"), ("Tricia Vance, RN", "PROVIDER"), ("1187 Willow Bend Rd, Apt 3C, Dayton, OH 45410", "ADDRESS"), ("2/3", "DATE"), ("PICC line", "PROCEDURE"), ("(937) 555-0150", "PHONE"), ("Larkspur Home Infusion", "SPECIALTY", 1)],
     ["home-health", "practice-contact"], "The patient's own home address is not needed in an e-mail and goes with the name, the infusion service and the PICC; visit days, times and the nurse line survive. Judgement: 'Dayton branch' in the signature names the practice's branch, not the patient, and is not labelled."),
    ("fe0102", "Hi Mrs. Kowalczyk, good news about Zofia: her ESR is down to 22 and her CRP is back to normal, so Dr. Haskins says she can switch from IV to oral cephalexin next week.",
     "BLOCK", "result", "sms", "en",
     [("Kowalczyk", "NAME"), ("Zofia", "NAME"), ("ESR", "PROCEDURE"), ("22", "RESULT"), ("CRP", "PROCEDURE"), ("normal", "RESULT"), ("Dr. Haskins", "PROVIDER"), ("cephalexin", "MEDICATION")],
     ["pediatrics", "lab", "third-party", "minor"], "A child's results and antibiotic change sent to the parent: third party's health."),
    ("fe0103", "Hey everyone - the microbiology lab holiday potluck is Friday at noon in the 3rd-floor break room. Bring a dish to share and your ugliest sweater!",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Staff social notice; 'microbiology lab' is a department, not anyone's test."),
    ("fe0104", "Courier update: your delivery from Harbor Point Pharmacy is on the way, ETA 3:10-3:40 PM. An adult must be home to sign.",
     "ALLOW", "other", "push", "en", [],
     ["pharmacy", "hard-negative"], "Delivery window from a generic pharmacy; no drug named; times are not dates."),
    ("fe0105", "Recordatorio: su cita para retirar la línea PICC es el martes 9 de septiembre a las 8:00 con la enfermera Maribel. No se moje el brazo el día anterior.",
     "REWRITE", "reminder", "sms", "es",
     [("línea PICC", "PROCEDURE"), ("9 de septiembre", "DATE"), ("enfermera Maribel", "PROVIDER")],
     ["home-health"], "The device removal goes; date, time and the nurse survive (prep note is logistics, as in fe0098)."),
    ("fe0106", "CRITICAL LAB: your potassium on today's draw is 2.9. Because you're on amphotericin, please go to the Tidewater General ER now - we've called ahead. Dr. Okafor",
     "BLOCK", "result", "sms", "en",
     [("potassium", "PROCEDURE"), ("2.9", "RESULT"), ("amphotericin", "MEDICATION"), ("Dr. Okafor", "PROVIDER")],
     ["lab", "urgent-care"], "A critical value and an instruction to go to the ER; the result is the message (the safe route is a phone call)."),
    ("fe0107", "Please welcome Germaine Bugg, RN, our new infection prevention nurse! Germaine joins us from Bayview Hospital and will lead our hand-hygiene program. Say hi at the staff lunch Thursday.",
     "ALLOW", "other", "email", "en",
     [("Germaine Bugg, RN", "PROVIDER"), ("Germaine", "PROVIDER", 1)],
     ["general", "broadcast"], "Decision 13: a staff welcome; the nurse's name is PROVIDER, 'infection prevention' is a department, not a patient's condition."),
    ("fe0108", "Dr. Okafor's office will be closed 12/24 through 12/26. For urgent questions during that time, call the on-call physician at (757) 555-0199.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("12/24", "DATE"), ("12/26", "DATE"), ("(757) 555-0199", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Holiday closure: the provider (possessive 's outside), the closure dates and the practice's own on-call number."),
)

# ---------------------------------------------------------------- batch 10 (fe0109-fe0120): Lyme, STI, letters, links, closing mix
add(
    ("fe0109", "Dr. Haskins got your Lyme results back: the Western blot was IgM positive (3 of 3 bands), which fits early Lyme disease with the rash you had. He sent doxycycline 100 mg to your pharmacy - take it twice a day for 14 days.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Haskins", "PROVIDER"), ("Lyme", "PROCEDURE"), ("Western blot", "PROCEDURE"), ("IgM positive", "RESULT"), ("3 of 3 bands", "RESULT"), ("early Lyme disease", "CONDITION"), ("rash", "CONDITION"), ("doxycycline 100 mg", "MEDICATION")],
     ["lab", "pharmacy"], "Result, diagnosis and dosing. Judgement: 'Lyme' in 'your Lyme results' names the test, so PROCEDURE; in 'early Lyme disease' it is the CONDITION."),
    ("fe0110", "This is an automated message from Harbor Point Pharmacy. A prescription is ready for pickup. Our hours are 9 AM to 9 PM daily. Questions? Call 410-555-0169.",
     "ALLOW", "pickup", "voice", "en",
     [("410-555-0169", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic pickup call with no name or drug; the pharmacy's own number."),
    ("fe0111", "Hi Jamal Whitfield, your treatment completion letter is ready for pickup at the TB clinic front desk, Mon-Thu 8-4. Please bring a photo ID.",
     "REWRITE", "other", "sms", "en",
     [("Jamal Whitfield", "NAME"), ("TB", "CONDITION")],
     ["lab", "contrast"], "Decision 11: a letter-ready notice states no result; decision 1: in 'the TB clinic' only the condition is labelled. Pickup logistics survive."),
    ("fe0112", "¿Ya vio el video viral de Coco, el perrito de nuestra sala de espera? Búsquelo en nuestras redes sociales y compártalo con su familia.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'viral' as in popular; Coco is a dog, not a patient."),
    ("fe0113", "Your syphilis screen (RPR) was reactive at 1:16 and confirmed by TP-PA. You'll need 3 weekly Bicillin shots - can you come in Thu 9/24 at 4:15? We can also help you let recent partners know.",
     "BLOCK", "result", "sms", "en",
     [("syphilis screen", "PROCEDURE"), ("RPR", "PROCEDURE"), ("reactive at 1:16", "RESULT"), ("confirmed", "RESULT"), ("TP-PA", "PROCEDURE"), ("Bicillin", "MEDICATION"), ("9/24", "DATE")],
     ["hiv-sexual-health", "lab"], "Reactive titer, confirmation and treatment plan by text."),
    ("fe0114", "Resultado de su prueba de anticuerpos de hepatitis C del 2 de octubre: no reactivo. No necesita más pruebas por ahora, a menos que tenga una nueva exposición. - Dra. Arce",
     "ALLOW", "result", "portal", "es",
     [("prueba de anticuerpos de hepatitis C", "PROCEDURE"), ("2 de octubre", "DATE"), ("no reactivo", "RESULT"), ("Dra. Arce", "PROVIDER")],
     ["lab", "contrast"], "A negative screening result inside the portal is ALLOW; by SMS it would be BLOCK."),
    ("fe0115", "Subject: Appointment confirmation\n\nHi Katrin Fontaine,\n\nThis confirms your post-travel visit with Dr. Adeyemi on Wed 8/26 at 9:20 AM at Meridian Travel & Tropical Medicine. We'll send reminders to kfontaine88@example.net. Please bring a list of the places you visited and any medicines you took while away.\n\nSee you soon!",
     "REWRITE", "confirmation", "email", "en",
     [("Katrin Fontaine", "NAME"), ("post-travel", "PROCEDURE"), ("Dr. Adeyemi", "PROVIDER"), ("8/26", "DATE"), ("Meridian Travel & Tropical Medicine", "SPECIALTY"), ("kfontaine88@example.net", "EMAIL")],
     ["primary-care"], "Judgement: the patient's own e-mail address is an identifier the confirmation does not need, so it goes with the name, visit type and clinic name; provider, date and time survive."),
    ("fe0116", "Mr. Abernathy, at 92 you qualify for the high-dose flu vaccine - we can give it at your Tuesday visit with Dr. Sørensen. Reply YES to add it.",
     "REWRITE", "other", "sms", "en",
     [("Abernathy", "NAME"), ("92", "AGE"), ("high-dose flu vaccine", "PROCEDURE"), ("Dr. Sørensen", "PROVIDER")],
     ["primary-care", "age-over-89"], "An age over 89 with the name; the offer survives as 'a vaccine at your Tuesday visit'."),
    ("fe0117", "Your telehealth visit with Dr. Sørensen is confirmed for Thu 1/22 at 3:30 PM. Join at https://visit.tidewaterclinic.example/room/drsorensen - no app download needed.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Sørensen", "PROVIDER"), ("1/22", "DATE"), ("https://visit.tidewaterclinic.example/room/drsorensen", "URL")],
     ["primary-care", "practice-contact"], "The practice's own room link names the provider, not the patient, and carries no token."),
    ("fe0118", "Please complete your pre-visit questionnaire for the travel clinic before Friday: https://forms.meridiantravel.example/q?pid=448213&tok=Zx81Qa",
     "REWRITE", "other", "sms", "en",
     [("travel clinic", "SPECIALTY"), ("https://forms.meridiantravel.example/q?pid=448213&tok=Zx81Qa", "URL")],
     ["primary-care"], "A link with a patient id and token is patient-specific (README); the clinic type goes (decision 1)."),
    ("fe0119", "Wash your hands for 20 seconds - it's still the best defense against germs this cold and flu season. Stay well! - Northgate Clinic",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Health tip for everyone; 'cold and flu season' is not a diagnosis of the recipient."),
    ("fe0120", "Germaine Bugg, RN here - your PICC line culture grew Candida, so the line has to come out tomorrow. Dr. Okafor is starting micafungin with tonight's infusion. Call me at (757) 555-0124.",
     "BLOCK", "result", "sms", "en",
     [("Germaine Bugg, RN", "PROVIDER"), ("PICC line culture", "PROCEDURE"), ("Candida", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("micafungin", "MEDICATION"), ("infusion", "PROCEDURE"), ("(757) 555-0124", "PHONE")],
     ["home-health", "lab", "practice-contact"], "The same nurse as the look-alikes, now sending a real culture result and treatment change (decision 3 for the organism)."),
)

if __name__ == "__main__":
    probe_lib.run(M, "fe", "probe158.jsonl")
