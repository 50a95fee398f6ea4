#!/usr/bin/env python3
"""Build corpus/probe95.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe95.py [OUT] [-v]   (default: probe95.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, test or source file was read.

This round is INFECTIOUS DISEASE, TRAVEL MEDICINE, PUBLIC HEALTH AND VACCINES: what infectious-
disease clinics, travel-medicine services, county health departments, TB programs, contact-tracing
and outbreak teams and vaccine clinics send — travel-vaccine and malaria-prophylaxis visits and
pickups, TB skin-test reads, IGRA results and directly observed therapy (DOT) check-ins, exposure
and close-contact notifications, culture and PCR results-ready notices, outpatient IV antibiotic
(OPAT) visits and home infusion, hepatitis and STI partner services, HIV/PrEP care, vaccine-clinic
broadcasts and school-entry vaccine notices — mixed with look-alikes ("the travel bug", a video
that went viral, Yellow Fever the cover band, a "Measles" museum exhibit, Culture Night, the
Positive Vibes 5K, a computer virus, a photo ID, a nurse named Lyme, the Old Lyme office). About
16% Spanish; four disguised messages (leet, zero-width, spaced letters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tags: the README has no infectious-disease, travel or public-health tag. ID clinics,
     travel clinics, TB programs and employee health -> primary-care; results notices -> lab;
     drug pickups and shipments -> pharmacy; STI, HIV, PrEP, mpox and partner services ->
     hiv-sexual-health; children's and school vaccines -> pediatrics; home OPAT -> home-health;
     public-health broadcasts -> general; urgent-care swabs and rabies shots -> urgent-care.
  2. Practice and program names that reveal the service are one SPECIALTY span: "... Infectious
     Disease", "ID Clinic", "... Travel Health/Travel Medicine/Travel Clinic", "Clínica del
     Viajero", "... TB Program", "... STD Clinic", "Clínica de Salud Sexual", "Ryan White clinic",
     a specialty pharmacy or home-infusion company. A generic description keeps the generic word
     outside ("programa de ⟦tuberculosis⟧"). A county health department's name is generic (the
     county is the sender's, not the patient's geography) and is not labelled.
  3. Vaccines: "X vaccine", "X shot", "vacuna de X", "4-year shots", "travel vaccines" are one
     PROCEDURE span with the head word; vaccine brands (Havrix, Heplisav-B, Shingrix, Gardasil
     shot, Jynneos, Vivotif capsules) are MEDICATION with a following form word. The recipient's
     own vaccine appointment or due dose is REWRITE (README's flu-shot rule); a dependent's due
     or missing school vaccines, with only a name, are REWRITE (routine visit type); an exclusion
     tied to an exposure and a course of antibiotics is BLOCK.
  4. Exposure notices: telling one recipient that they were exposed to a named infection (close
     contact, a partner tested positive, a waiting-room measles exposure) is BLOCK — another
     person's diagnosis and the recipient's exposure are the message. A neutral "please call us
     about a confidential matter" is ALLOW. A public exposure alert sent to everyone (venue, time
     window) is a broadcast: ALLOW with no clinical span; its dates, the venue's street address
     and the call-back number are labelled (DATE, ADDRESS, PHONE) like any other.
  5. In broadcasts, the sender's own service words ("vaccine clinic", "travel clinic") are not
     labelled (README: broadcasts say nothing about the recipient, no span).
  6. An organism found by a culture, smear or PCR ("grew Salmonella", "bacteria resistente") is a
     RESULT; the named disease is a CONDITION; "+" for positive is a RESULT.
  7. A drug-level test is split: ⟦vancomycin|MEDICATION⟧ ⟦trough|PROCEDURE⟧.
  8. A TB skin-test read or IGRA draw as logistics is REWRITE (the test is named); the induration
     in mm is a RESULT. DOT visit logistics are REWRITE; DOT with drug names and dose timing is
     BLOCK (treatment instructions). A rabies post-exposure dose schedule is BLOCK likewise.
  9. A message that implies the recipient's diagnosis without stating it (household members
     should be tested for hepatitis B) is BLOCK.
 10. Staff named with a role are PROVIDER with the role ("outreach worker Benji", "enfermera
     Tere", "Nurse Lyme"); "Disease Intervention Specialist" is a role that names a service line:
     SPECIALTY, separate from the person's name.
 11. A phone number spoken as words in a voicemail is still PHONE; a parcel tracking number is
     OTHER_ID; an employee badge number is OTHER_ID.
 12. Hypothetical symptoms ("if you develop a cough", "a sore arm is common") and a hypothetical
     negative test are not labelled (tag negation where it applies).

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


# ---------------------------------------------------------------- batch 1 (ct0001-ct0012): travel medicine
add(
    ("ct0001", "Wayfarer Travel Health: your pre-travel consult with Dr. Okafor is Tue 3/10 at 2:15 PM. Bring your itinerary and any vaccine records you have. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Wayfarer Travel Health", "SPECIALTY"), ("pre-travel consult", "PROCEDURE"), ("Dr. Okafor", "PROVIDER"), ("3/10", "DATE")],
     ["primary-care"], "Travel-medicine name and visit type go (decision 2, 3); provider, date and time survive."),
    ("ct0002", "Caught the travel bug this winter? So did half our staff 😄 Alder Creek Family Practice will run a reduced schedule the week after New Year's, so please book routine visits early.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Travel bug' is wanderlust, not an infection; practice-wide scheduling notice."),
    ("ct0003", "Hi Tomasz, your atovaquone-proguanil 250-100mg is ready for pickup at Linden Pharmacy, counter 2. Start it 1–2 days before you leave and keep taking it 7 days after you get home.",
     "BLOCK", "pickup", "sms", "en",
     [("Tomasz", "NAME"), ("atovaquone-proguanil 250-100mg", "MEDICATION")],
     ["pharmacy"], "Pickup notice that also carries dosing instructions for malaria prophylaxis: treatment instructions cannot be removed without losing the message."),
    ("ct0004", "Linden Pharmacy: Rx #6620418 (Malarone) is ready for pickup. Hours Mon–Sat 9–7, Sun 10–4.",
     "REWRITE", "pickup", "sms", "en",
     [("6620418", "OTHER_ID"), ("Malarone", "MEDICATION")],
     ["pharmacy"], "Drug name in a pickup notice and the Rx number go; the pickup and the hours survive."),
    ("ct0005", "Hola Sra. Beltrán, le recordamos su cita para la vacuna de fiebre amarilla el jueves 14 de mayo a las 9:00 en la Clínica del Viajero Santa Fe. Traiga su pasaporte y su cartilla de vacunación.",
     "REWRITE", "reminder", "sms", "es",
     [("Beltrán", "NAME"), ("vacuna de fiebre amarilla", "PROCEDURE"), ("14 de mayo", "DATE"), ("Clínica del Viajero Santa Fe", "SPECIALTY")],
     ["primary-care"], "Name, the vaccine and the travel-clinic name go (decisions 2, 3); date and time survive."),
    ("ct0006", "Subject: Friday social 🎸\n\nHi all, the staff summer social is this Friday at 6 in the Birchwood Medical Group courtyard. Local cover band Yellow Fever starts at 7. Bring a side dish if you can; drinks are on us. RSVP at the front desk by Wednesday.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Yellow Fever is the name of a band, not a vaccine or an infection."),
    ("ct0007", "Dr. Reyes reviewed your hepatitis A antibody test before your trip: you're already immune, so you won't need the Havrix series. Safe travels!",
     "BLOCK", "result", "sms", "en",
     [("Dr. Reyes", "PROVIDER"), ("hepatitis A antibody test", "PROCEDURE"), ("immune", "RESULT"), ("Havrix", "MEDICATION")],
     ["lab"], "A result (immunity) is the message; vaccine brand is MEDICATION (decision 3)."),
    ("ct0008", "Your travel plan for Ghana: yellow fever vaccine given 4/2 (your signed ICVP card is in Documents). Take Malarone 1 tablet daily with food, starting 2 days before arrival, every day there, and for 7 days after you return. — Priya Shah, RN, Travel Clinic",
     "ALLOW", "care-instructions", "portal", "en",
     [("yellow fever vaccine", "PROCEDURE"), ("4/2", "DATE"), ("Malarone", "MEDICATION"), ("Priya Shah, RN", "PROVIDER"), ("Travel Clinic", "SPECIALTY")],
     ["primary-care", "contrast"], "Inside the secure portal vaccine history and dosing may stay (README channel convention); same text by SMS is ct0009."),
    ("ct0009", "Your travel plan for Ghana: yellow fever vaccine given 4/2 (your signed ICVP card is in Documents). Take Malarone 1 tablet daily with food, starting 2 days before arrival, every day there, and for 7 days after you return. — Priya Shah, RN, Travel Clinic",
     "BLOCK", "care-instructions", "sms", "en",
     [("yellow fever vaccine", "PROCEDURE"), ("4/2", "DATE"), ("Malarone", "MEDICATION"), ("Priya Shah, RN", "PROVIDER"), ("Travel Clinic", "SPECIALTY")],
     ["primary-care", "contrast"], "Dosing instructions by SMS: BLOCK; the portal copy (ct0008) is ALLOW."),
    ("ct0010", "Heading somewhere warm for spring break? Mosquito season has started. Pack repellent with DEET or picaridin, sleep under a net where advised, and check travel health notices before you go. — Rosewood Community Health",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "General travel-health tip sent to everyone; says nothing about the recipient."),
    ("ct0011", "Subject: Your Globetrotter Travel Clinic booking\n\nHello Ms. Adebayo-Price,\n\nThank you for booking with Globetrotter Travel Clinic. Your consultation is on 9/22 at 4:30 PM with Nurse Practitioner Helen Marsh. Please complete the trip questionnaire at least 3 days before your visit so we can review destination requirements: https://globetrotter.example/trip-form\n\nPlease bring any previous vaccination records and a list of your medications. Many travel vaccines are not covered by insurance; a price list is on our website, and payment is due at the visit. If your trip is less than 2 weeks away, call us at 555-0114 so we can fit you in sooner.\n\nBon voyage,\nGlobetrotter Travel Clinic | 75 Quay Street, Suite 3",
     "REWRITE", "confirmation", "email", "en",
     [("Globetrotter Travel Clinic", "SPECIALTY"), ("Adebayo-Price", "NAME"), ("Globetrotter Travel Clinic", "SPECIALTY", 1), ("9/22", "DATE"), ("Nurse Practitioner Helen Marsh", "PROVIDER"), ("https://globetrotter.example/trip-form", "URL"), ("555-0114", "PHONE"), ("Globetrotter Travel Clinic", "SPECIALTY", 2), ("75 Quay Street, Suite 3", "ADDRESS")],
     ["primary-care", "practice-contact"], "Booking confirmation: patient name and the travel-clinic name (three times) go (decision 2); general price wording about travel vaccines stays unlabelled; the practice's link, phone and address stay."),
    ("ct0012", "Don Julián, su prueba PCR de COVID para el viaje salió negativa. Ya puede descargar su certificado en el portal del paciente.",
     "BLOCK", "result", "sms", "es",
     [("Julián", "NAME"), ("prueba PCR de COVID", "PROCEDURE"), ("negativa", "RESULT")],
     ["lab"], "A negative result is still a result (README verdict conventions)."),
)

# ---------------------------------------------------------------- batch 2 (ct0013-ct0024): TB skin tests, IGRA, DOT
add(
    ("ct0013", "Oakdale Employee Health: please come back Thursday between 8 and 11 AM to have your TB skin test read. It must be read 48–72 hours after placement or the test has to be repeated.",
     "REWRITE", "reminder", "sms", "en",
     [("TB skin test", "PROCEDURE")],
     ["primary-care"], "Skin-test read logistics: the named test goes, the return window survives (decision 8)."),
    ("ct0014", "ppd read tmrw 2pm dont forget!! if u miss it we hav to redo it - Marcy @ front desk",
     "REWRITE", "reminder", "sms", "en",
     [("ppd", "PROCEDURE"), ("Marcy", "PROVIDER")],
     ["primary-care", "shorthand", "typo"], "Lower-case 'ppd' is the TB skin test; the staff sender is PROVIDER (README)."),
    ("ct0015", "Your TB skin test measured 12 mm of induration. Dr. Haddad would like a chest x-ray this week before you start work; we'll call to set it up.",
     "BLOCK", "result", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("12 mm", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("chest x-ray", "PROCEDURE")],
     ["primary-care"], "The induration is a result and the follow-up x-ray is the finding's consequence (decision 8)."),
    ("ct0016", "Good news, Aaliyah – your QuantiFERON came back negative, so your clearance form for the nursing program is signed. Pick it up at the front desk anytime.",
     "BLOCK", "result", "sms", "en",
     [("Aaliyah", "NAME"), ("QuantiFERON", "PROCEDURE"), ("negative", "RESULT")],
     ["primary-care"], "A negative IGRA is still a result; the form pickup does not make it safe."),
    ("ct0017", "Good morning! Your video DOT check-in is at 7:30 today. Open the link we sent Monday and have your pills and a glass of water ready. – Cascade County TB Program",
     "REWRITE", "reminder", "sms", "en",
     [("DOT", "PROCEDURE"), ("Cascade County TB Program", "SPECIALTY")],
     ["primary-care"], "Judgement (decision 8): DOT visit logistics without drug names; the therapy type and the TB program name go, the video check-in time survives."),
    ("ct0018", "Hi Mr. Duarte, outreach worker Benji here. I'll be at your place at 6pm with this week's isoniazid and rifapentine — remember, no food for an hour before. Dose 7 of 12, you're more than halfway!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Duarte", "NAME"), ("outreach worker Benji", "PROVIDER"), ("isoniazid", "MEDICATION"), ("rifapentine", "MEDICATION")],
     ["primary-care"], "DOT with drug names, a food instruction and course progress: treatment instructions (decision 8); the role is part of the PROVIDER span (decision 10)."),
    ("ct0019", "Buenos días, soy Lupita del programa de tuberculosis. Mañana no hay visita de TDO por el día feriado, así que hoy en la tarde le dejo las pastillas del fin de semana.",
     "REWRITE", "other", "sms", "es",
     [("Lupita", "PROVIDER"), ("tuberculosis", "CONDITION"), ("TDO", "PROCEDURE")],
     ["primary-care"], "Judgement: schedule change for directly observed therapy; the program's condition word and TDO go, 'no visit tomorrow, I'll drop off this afternoon' survives; 'las pastillas' is generic (decisions 2, 8)."),
    ("ct0020", "This Saturday is World TB Day. Free TB screening in the Eastgate Library lobby, 10am–2pm — no appointment, insurance or ID needed. Harlan County Health Department",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Public screening event sent to everyone; no recipient information (decision 5)."),
    ("ct0021", "Your recent test results are available. For your privacy we don't send results by email. Sign in at https://portal.harlanhealth.example to view them, or call 555-0142 with questions.",
     "ALLOW", "portal-notice", "email", "en",
     [("https://portal.harlanhealth.example", "URL"), ("555-0142", "PHONE")],
     ["lab", "practice-contact"], "Notification without PHI; the portal link and phone are the practice's own."),
    ("ct0022", "New result: Interferon-gamma release assay — INDETERMINATE. Tap to view details.",
     "BLOCK", "result", "push", "en",
     [("Interferon-gamma release assay", "PROCEDURE"), ("INDETERMINATE", "RESULT")],
     ["lab"], "Push preview shows the test and its value; an indeterminate result is still a result."),
    ("ct0023", "Hi, this is Nurse Lyme from Pinecrest Pediatrics. Reminder that Mateo's rifampin refill is due Friday — his 4-month course finishes in June, so please don't let him miss doses.",
     "BLOCK", "pickup", "sms", "en",
     [("Nurse Lyme", "PROVIDER"), ("Pinecrest Pediatrics", "SPECIALTY"), ("Mateo", "NAME"), ("rifampin", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's medication and course sent to the guardian: a third party's health (README). Lyme is the nurse's surname, not the disease."),
    ("ct0024", "Staffing note: Nurse Lyme is covering the walk-in vaccine clinic Tuesday while Nurse Patel is out. Walk-ins welcome 8–noon, no appointment needed.",
     "ALLOW", "other", "sms", "en",
     [("Nurse Lyme", "PROVIDER"), ("Nurse Patel", "PROVIDER")],
     ["general", "broadcast"], "Broadcast staffing notice; 'Lyme' is a nurse's name; the service word in a broadcast is unlabelled (decision 5)."),
)

# ---------------------------------------------------------------- batch 3 (ct0025-ct0036): exposures, contact tracing, partner services
add(
    ("ct0025", "Harlan County Health Dept: You were identified as a close contact of a person with active tuberculosis. Testing is free and confidential. Please call (606) 555-0142 by Friday. Ref HC-24-1187.",
     "BLOCK", "other", "sms", "en",
     [("active tuberculosis", "CONDITION"), ("(606) 555-0142", "PHONE"), ("HC-24-1187", "OTHER_ID")],
     ["primary-care", "third-party", "practice-contact"], "Individual close-contact notice naming the disease: another person's diagnosis and the recipient's exposure are the message (decision 4)."),
    ("ct0026", "This is the Harlan County Health Department. Please call Ms. Greer at (606) 555-0142 about a confidential matter. Office hours are Mon–Fri 8:00–4:30.",
     "ALLOW", "other", "sms", "en",
     [("Ms. Greer", "PROVIDER"), ("(606) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Neutral call-back request as partner services write it: no disease, no exposure (decision 4); the health department's name is generic (decision 2)."),
    ("ct0027", "MEASLES EXPOSURE ALERT: Anyone in the Fairview Urgent Care waiting room on Sat 4/12 between 1 and 5 PM may have been exposed. Check your MMR status and call (541) 555-0177 BEFORE visiting any clinic if you develop fever or rash.",
     "ALLOW", "other", "sms", "en",
     [("4/12", "DATE"), ("(541) 555-0177", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Judgement (decision 4): public exposure alert sent to everyone; the venue and time window identify no one; clinical words unlabelled in a broadcast."),
    ("ct0028", "Hi Jordan, our records show you were in our waiting room on 4/12 at the same time as a patient later diagnosed with measles. We don't have an MMR on file for you — please stay home and call us before coming in.",
     "BLOCK", "other", "sms", "en",
     [("Jordan", "NAME"), ("4/12", "DATE"), ("measles", "CONDITION"), ("MMR", "PROCEDURE")],
     ["urgent-care", "third-party"], "Individual exposure notice with the recipient's vaccine status and another patient's diagnosis (decision 4)."),
    ("ct0029", "Depto. de Salud del Condado de Yuma: usted estuvo en contacto cercano con una persona con tos ferina. Llame al (928) 555-0163 para recibir antibiótico preventivo sin costo.",
     "BLOCK", "other", "sms", "es",
     [("tos ferina", "CONDITION"), ("(928) 555-0163", "PHONE"), ("antibiótico", "MEDICATION")],
     ["primary-care", "third-party", "practice-contact"], "Close-contact notice naming pertussis and offering prophylaxis (decision 4)."),
    ("ct0030", "Our nurses' flu-shot dance video went viral 😂 40,000 views and counting! Thank you for sharing, neighbors.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Went viral' is about a video; the flu-shot mention is a broadcast about staff."),
    ("ct0031", "This is Devon, a Disease Intervention Specialist with Metro Public Health. A partner of yours recently tested positive for syphilis. Testing and treatment are free — please call (615) 555-0119 today.",
     "BLOCK", "other", "sms", "en",
     [("Devon", "PROVIDER"), ("Disease Intervention Specialist", "SPECIALTY"), ("positive", "RESULT"), ("syphilis", "CONDITION"), ("(615) 555-0119", "PHONE")],
     ["hiv-sexual-health", "third-party", "practice-contact"], "A partner's positive result is a third party's health and the recipient's exposure (decisions 4, 10)."),
    ("ct0032", "Hi Keisha, this is Devon with the Metro Public Health STD Clinic. Please call me back at (615) 555-0119 when you can — I'm in the office until 4:30 today.",
     "REWRITE", "other", "sms", "en",
     [("Keisha", "NAME"), ("Devon", "PROVIDER"), ("Metro Public Health STD Clinic", "SPECIALTY"), ("(615) 555-0119", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Call-back request; the STD clinic name and the patient's name go (decision 2), the call-back survives."),
    ("ct0033", "Lincoln Elementary families: a case of chickenpox has been confirmed in the 2nd grade. Students without 2 doses of varicella vaccine may be kept home for 21 days. Questions? Call the school nurse at 555-0158.",
     "ALLOW", "other", "sms", "en",
     [("555-0158", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Judgement: outbreak letter to every family names no child and says nothing about the recipient (decision 4)."),
    ("ct0034", "Sending positive vibes for finals week! Westbrook Student Health is open until 8pm Mon–Thu. Walk-ins welcome, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Positive vibes' is encouragement, not a result."),
    ("ct0035", "Subject: Exposure follow-up – action needed\n\nM. Castellano (badge 40419),\n\nOn 2/6 you cared for a patient who was later diagnosed with pertussis, without a mask. Per our post-exposure protocol, please start azithromycin 500 mg today, then 250 mg once daily on days 2–5. Your prescription was sent to the outpatient pharmacy on Level 1.\n\nYou may keep working while you feel well. If you develop a cough, stay home and page Employee Health at 555-0188.\n\nThank you,\nOccupational Health Nursing",
     "BLOCK", "care-instructions", "email", "en",
     [("M. Castellano", "NAME"), ("40419", "OTHER_ID"), ("2/6", "DATE"), ("pertussis", "CONDITION"), ("azithromycin 500 mg", "MEDICATION"), ("555-0188", "PHONE")],
     ["primary-care", "third-party", "negation", "practice-contact"], "Exposure plus prophylaxis dosing (decision 4); badge number is OTHER_ID (decision 11); the hypothetical cough is unlabelled (decision 12)."),
    ("ct0036", "¡Vacúnese contra el sarampión antes de viajar! Vacunas gratis para niños y adultos este sábado de 9 a 1 en el Centro de Salud Las Palmas. No necesita cita.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Vaccination campaign sent to everyone; 'sarampión' here says nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 4 (ct0037-ct0048): culture and PCR results, results-ready notices
add(
    ("ct0037", "Northfield Lab: your results are ready. View them securely at northfieldlab.example/results or call 555-0134 (Mon–Fri 7–6).",
     "ALLOW", "portal-notice", "sms", "en",
     [("northfieldlab.example/results", "URL"), ("555-0134", "PHONE")],
     ["lab", "practice-contact"], "Results-ready notice without the test; link and phone are the lab's own."),
    ("ct0038", "Your urine culture results are in your portal. Please log in to review Dr. Amsel's note. Questions? Reply to this message.",
     "REWRITE", "portal-notice", "sms", "en",
     [("urine culture", "PROCEDURE"), ("Dr. Amsel", "PROVIDER")],
     ["lab"], "Results-ready notice naming the test: the test goes, the notice survives."),
    ("ct0039", "Strep PCR: POSITIVE. We sent amoxicillin 500mg to your pharmacy – 1 capsule twice daily x10 days. You can go back to work/school 12 hrs after the 1st dose if fever-free.",
     "BLOCK", "result", "sms", "en",
     [("Strep PCR", "PROCEDURE"), ("POSITIVE", "RESULT"), ("amoxicillin 500mg", "MEDICATION")],
     ["urgent-care", "shorthand"], "Result plus dosing instructions."),
    ("ct0040", "Join us for Culture Night! Our staff potluck celebrates the many cultures on our team — Friday at 6 in Conference Room B. Bring a family recipe!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Culture' in the social sense, not a lab culture."),
    ("ct0041", "Thanks for stopping by our booth at the Harvest Moon Arts & Culture Festival! Free blood pressure checks will be back next fall. — Oak Hollow Family Medicine",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Arts festival; free BP checks offered to everyone (README broadcasts)."),
    ("ct0042", "Ms. Ortega, Camila's stool culture grew Salmonella. Dr. Fenwick doesn't want antibiotics for now — keep her drinking fluids and home from daycare until the diarrhea stops.",
     "BLOCK", "result", "sms", "en",
     [("Ortega", "NAME"), ("Camila", "NAME"), ("stool culture", "PROCEDURE"), ("Salmonella", "RESULT"), ("Dr. Fenwick", "PROVIDER"), ("antibiotics", "MEDICATION"), ("diarrhea", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A child's culture result and care plan to the parent; the organism grown is a RESULT (decision 6)."),
    ("ct0043", "Hola Marisol, ya están listos los resultados de su cultivo de herida. Puede verlos en el portal o llamarnos al 555-0127. Clínica Familiar San Marcos",
     "REWRITE", "portal-notice", "sms", "es",
     [("Marisol", "NAME"), ("cultivo de herida", "PROCEDURE"), ("555-0127", "PHONE")],
     ["lab", "practice-contact"], "Results-ready notice: name and the named culture go; the practice phone stays."),
    ("ct0044", "You have a new test result. Open the app to view it securely.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["lab", "hard-negative"], "Notification without PHI; 'test result' with no test named."),
    ("ct0045", "Hello, this message is for Gerald Whitcomb. This is Tammy calling from Dr. Oyelaran's office with your C. diff test result. The test was positive, so we've called in vancomycin one-twenty-five milligrams, four times a day for ten days. Please call us back at five five five, zero one three eight.",
     "BLOCK", "result", "voice", "en",
     [("Gerald Whitcomb", "NAME"), ("Tammy", "PROVIDER"), ("Dr. Oyelaran", "PROVIDER"), ("C. diff test", "PROCEDURE"), ("positive", "RESULT"), ("vancomycin one-twenty-five milligrams", "MEDICATION"), ("five five five, zero one three eight", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail with a result and dosing; the spoken strength is part of the drug span; the spoken number is PHONE (decision 11)."),
    ("ct0046", "fyi ur flu swab came back + for flu A. tamiflu sent to the pharmacy on main st, start asap & stay home til fever free 24h. feel better!!",
     "BLOCK", "result", "sms", "en",
     [("flu swab", "PROCEDURE"), ("+", "RESULT"), ("flu A", "CONDITION"), ("tamiflu", "MEDICATION")],
     ["urgent-care", "shorthand"], "Shorthand result ('+' is positive, decision 6) with a treatment instruction."),
    ("ct0047", "We received your sample. Results usually take 2–3 business days, and we'll text you when they're ready to view in the portal.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "hard-negative"], "Specimen receipt with no test named ('no results yet', README)."),
    ("ct0048", "Dear Ms. Abernathy,\n\nThe results of your hepatitis panel and HIV screen ordered by Dr. Lindqvist are now available in your Cedar Ridge Health portal. For your privacy, we never include results in email.\n\nSign in at https://cedarridge.example/portal. Trouble logging in? Call 555-0181, option 2.\n\nSincerely,\nCedar Ridge Health Patient Portal Team",
     "REWRITE", "portal-notice", "email", "en",
     [("Abernathy", "NAME"), ("hepatitis panel", "PROCEDURE"), ("HIV screen", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("https://cedarridge.example/portal", "URL"), ("555-0181", "PHONE")],
     ["lab", "hiv-sexual-health", "practice-contact"], "Results-ready e-mail that names the tests: the tests and the name go, the notice survives."),
)

# ---------------------------------------------------------------- batch 5 (ct0049-ct0060): ID clinic, OPAT, hepatitis, HIV care
add(
    ("ct0049", "Tri-County Infectious Disease: reminder of your follow-up with Dr. Varga on 6/18 at 10:20am. Please arrive 15 min early with your med list.",
     "REWRITE", "reminder", "sms", "en",
     [("Tri-County Infectious Disease", "SPECIALTY"), ("Dr. Varga", "PROVIDER"), ("6/18", "DATE")],
     ["primary-care"], "Infectious-disease practice name reveals the service (decision 2); provider, date and time survive."),
    ("ct0050", "Hi Mr. Benedetti, your home infusion nurse will come between 9 and 11 tomorrow to change the PICC dressing and draw a vancomycin trough. Please hold your morning dose until she's there.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Benedetti", "NAME"), ("home infusion", "PROCEDURE"), ("PICC", "PROCEDURE"), ("vancomycin", "MEDICATION"), ("trough", "PROCEDURE")],
     ["home-health"], "Visit window plus a dosing instruction (hold the dose); drug level split into drug and test (decision 7)."),
    ("ct0051", "OPAT clinic reminder: weekly labs + line check Thu 8:00 AM, Suite 310, Building C. Reply Y to confirm or call 555-0170.",
     "REWRITE", "reminder", "sms", "en",
     [("OPAT", "PROCEDURE"), ("line check", "PROCEDURE"), ("555-0170", "PHONE")],
     ["primary-care", "practice-contact"], "Outpatient IV antibiotic program and the line check reveal treatment; weekly labs, time and suite survive."),
    ("ct0052", "Your CBC and CRP from Monday look good, and your sed rate is down to 38. Dr. Varga says continue ceftriaxone 2 g daily through 7/9, then we'll pull the PICC.",
     "BLOCK", "result", "sms", "en",
     [("CBC", "PROCEDURE"), ("CRP", "PROCEDURE"), ("look good", "RESULT"), ("sed rate", "PROCEDURE"), ("38", "RESULT"), ("Dr. Varga", "PROVIDER"), ("ceftriaxone 2 g", "MEDICATION"), ("7/9", "DATE"), ("PICC", "PROCEDURE")],
     ["primary-care", "contrast"], "Results and a treatment plan by SMS; the same text in the portal is ct0053."),
    ("ct0053", "Your CBC and CRP from Monday look good, and your sed rate is down to 38. Dr. Varga says continue ceftriaxone 2 g daily through 7/9, then we'll pull the PICC.",
     "ALLOW", "result", "portal", "en",
     [("CBC", "PROCEDURE"), ("CRP", "PROCEDURE"), ("look good", "RESULT"), ("sed rate", "PROCEDURE"), ("38", "RESULT"), ("Dr. Varga", "PROVIDER"), ("ceftriaxone 2 g", "MEDICATION"), ("7/9", "DATE"), ("PICC", "PROCEDURE")],
     ["primary-care", "contrast"], "Inside the portal results and doses may stay (README channel convention); SMS copy is ct0052."),
    ("ct0054", "Sr. Quintanilla, la enfermera de infusión en casa llega mañana entre 1 y 3 pm. Por favor tenga la hielera con los medicamentos a la mano.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintanilla", "NAME"), ("infusión en casa", "PROCEDURE")],
     ["home-health"], "Home-infusion visit window: name and service go; the nurse's arrival window survives ('los medicamentos' is generic)."),
    ("ct0055", "Reminder: your SVR12 viral load draw is Fri 10/3 at the Elm St lab, 12 weeks after your last Epclusa dose. No fasting needed.",
     "REWRITE", "reminder", "sms", "en",
     [("SVR12 viral load", "PROCEDURE"), ("10/3", "DATE"), ("Epclusa", "MEDICATION")],
     ["lab"], "Judgement: the cure test and the hepatitis C drug reveal the condition but are removable; 'your lab draw is Fri 10/3 at the Elm St lab' survives."),
    ("ct0056", "Hi Naveen, you're due for dose 2 of your Heplisav-B series. Walk-ins welcome at the Southside vaccine clinic Tue/Thu 1–6.",
     "REWRITE", "recall", "sms", "en",
     [("Naveen", "NAME"), ("Heplisav-B", "MEDICATION")],
     ["primary-care"], "The recipient's own due vaccine dose: REWRITE (decision 3); brand is MEDICATION."),
    ("ct0057", "Your Biktarvy refill is ready at Harbor Specialty Pharmacy. Reply PICKUP for hours or SHIP to have it mailed.",
     "REWRITE", "pickup", "sms", "en",
     [("Biktarvy", "MEDICATION"), ("Harbor Specialty Pharmacy", "SPECIALTY")],
     ["pharmacy", "hiv-sexual-health"], "Revealing drug in a pickup notice and a specialty-pharmacy name go (README)."),
    ("ct0058", "Hi, this is Reggie from the Ryan White clinic at Eastlake Health, calling to remind you about your appointment with Dr. Moss tomorrow at 1:30. If you need a ride, call us at 555-0196.",
     "REWRITE", "reminder", "voice", "en",
     [("Reggie", "PROVIDER"), ("Ryan White clinic", "SPECIALTY"), ("Dr. Moss", "PROVIDER"), ("555-0196", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "The Ryan White program name reveals HIV care (decision 2); the reminder and ride offer survive."),
    ("ct0059", "New at the Heritage Health Museum: “Measles, Mumps & Main Street,” an exhibit on the 1950s epidemics that closed our town's schools. Free for members; tickets at the door.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A historical exhibit title, not anyone's illness."),
    ("ct0060", "Subject: Welcome to Lakeshore Infectious Disease Associates\n\nDear Mr. Fitzgerald,\n\nWe look forward to meeting you at your new-patient visit with Dr. Anand Rao on Monday, 8/11 at 9:00 AM. Our office is at 2200 Harbor Blvd, Suite 410, Lakeshore, OR 97035. Parking is free in the north garage; bring your ticket to be validated.\n\nPlease bring a photo ID, your insurance card, a list of all your medicines (including over-the-counter and herbal products) and any outside records your referring doctor did not send. Our lab on the 1st floor opens at 7:30 if you were asked to have labs drawn first.\n\nComplete your intake forms online at https://lakeshoreid.example/forms. Questions? Call 555-0149, Monday to Friday 8–5.\n\nWarm regards,\nNew Patient Coordinator\nLakeshore Infectious Disease Associates",
     "REWRITE", "confirmation", "email", "en",
     [("Lakeshore Infectious Disease Associates", "SPECIALTY"), ("Fitzgerald", "NAME"), ("Dr. Anand Rao", "PROVIDER"), ("8/11", "DATE"), ("2200 Harbor Blvd, Suite 410, Lakeshore, OR 97035", "ADDRESS"), ("https://lakeshoreid.example/forms", "URL"), ("555-0149", "PHONE"), ("Lakeshore Infectious Disease Associates", "SPECIALTY", 1)],
     ["primary-care", "practice-contact"], "Long welcome letter: the ID practice name (twice) and the patient name go; the practice's address, link and phone stay."),
)

# ---------------------------------------------------------------- batch 6 (ct0061-ct0072): sexual health, hepatitis, partner services
add(
    ("ct0061", "Your visit at the Sexual Health Clinic on 5th Ave is confirmed for Wed 2/19 at 3:40 PM. Reply C to confirm or R to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("Sexual Health Clinic", "SPECIALTY"), ("2/19", "DATE")],
     ["hiv-sexual-health"], "Clinic name reveals the service (decision 2); date and time survive."),
    ("ct0062", "Y0ur syph1lis t3st r3sult is r3ady. C4ll Metro Public Health at 555-0119 or log in to view it.",
     "REWRITE", "portal-notice", "sms", "en",
     [("syph1lis t3st", "PROCEDURE"), ("555-0119", "PHONE")],
     ["hiv-sexual-health", "leet", "practice-contact"], "Leetspeak disguise of a named test in a results-ready notice; the test goes, the notice survives."),
    ("ct0063", "Your gonorrhea and chlamydia NAAT were both negative and your RPR is nonreactive. No treatment needed — see you in 3 months for PrEP labs!",
     "BLOCK", "result", "sms", "en",
     [("gonorrhea and chlamydia NAAT", "PROCEDURE"), ("negative", "RESULT"), ("RPR", "PROCEDURE"), ("nonreactive", "RESULT"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health"], "Negative STI results are still results (README)."),
    ("ct0064", "Hola, le escribe Ana del Departamento de Salud. Una persona con quien usted tuvo relaciones dio positivo a VIH. Le ofrecemos la prueba gratis y PEP si fue en las últimas 72 horas. Llámenos al 555-0175.",
     "BLOCK", "other", "sms", "es",
     [("Ana", "PROVIDER"), ("positivo", "RESULT"), ("VIH", "CONDITION"), ("PEP", "MEDICATION"), ("555-0175", "PHONE")],
     ["hiv-sexual-health", "third-party", "practice-contact"], "Partner notification naming HIV: a third party's result and the recipient's exposure (decision 4)."),
    ("ct0065", "Reminder: your He\u200bp C treatment follow-up is Fri 4/4 at 11am with Dr. Osei. Bring all your pill bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("He\u200bp C", "CONDITION"), ("4/4", "DATE"), ("Dr. Osei", "PROVIDER")],
     ["primary-care"], "Zero-width space hides 'Hep C' used as a visit label; the condition goes, 'treatment follow-up' is generic and stays (README)."),
    ("ct0066", "PrEP check-in + labs due by 3/28 to keep your refills going. Book at onyxhealth.example/book or reply BOOK.",
     "REWRITE", "recall", "sms", "en",
     [("PrEP", "MEDICATION"), ("3/28", "DATE"), ("onyxhealth.example/book", "URL")],
     ["hiv-sexual-health", "practice-contact"], "PrEP as a visit label goes; the due date and the practice's booking link survive."),
    ("ct0067", "Harbor Point Clinic is proud to sponsor the Positive Vibes 5K this Sunday! Stop by our tent for water, sunscreen and high-fives.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Positive' in a race's name, not a result."),
    ("ct0068", "Your partner's EPT pack (doxycycline 100 mg, 14 tablets) is at the front desk in a sealed envelope. They should take 1 tablet twice a day for 7 days and avoid sex until done.",
     "BLOCK", "care-instructions", "sms", "en",
     [("EPT", "PROCEDURE"), ("doxycycline 100 mg", "MEDICATION")],
     ["hiv-sexual-health", "third-party"], "Expedited partner therapy: a third party's treatment and dosing instructions."),
    ("ct0069", "Dr. Salas recommends that everyone in your household be tested for hepatitis B and vaccinated if needed. Tests are free for family members — call 555-0166 to book.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Salas", "PROVIDER"), ("hepatitis B", "CONDITION"), ("555-0166", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement (decision 9): household testing advice implies the recipient's hepatitis B; the advice is the message."),
    ("ct0070", "Sr. Pacheco, su cita en la Clínica de Salud Sexual es el lunes 9 de junio a las 10:15. Si necesita cambiarla, responda CAMBIO.",
     "REWRITE", "reminder", "sms", "es",
     [("Pacheco", "NAME"), ("Clínica de Salud Sexual", "SPECIALTY"), ("9 de junio", "DATE")],
     ["hiv-sexual-health"], "Name and clinic name go (decision 2); date and time survive."),
    ("ct0071", "Hi Marcus, great news: your viral load is undetectable (<20 copies/mL) and your CD4 is 612. Keep taking Biktarvy every day and we'll see you in 6 months. – Dr. Moss",
     "ALLOW", "result", "portal", "en",
     [("Marcus", "NAME"), ("viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("<20 copies/mL", "RESULT"), ("CD4", "PROCEDURE"), ("612", "RESULT"), ("Biktarvy", "MEDICATION"), ("Dr. Moss", "PROVIDER")],
     ["hiv-sexual-health"], "Results in the secure portal may stay (README channel convention)."),
    ("ct0072", "Free rapid HIV and hep C testing at the Pride festival, Saturday noon–6, Booth 14. Results in 20 minutes, no names needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["hiv-sexual-health", "hard-negative", "broadcast"], "Community testing event sent to everyone; nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 7 (ct0073-ct0084): vaccine clinics, adult vaccines, broadcasts
add(
    ("ct0073", "Flu and COVID vaccines are here! Walk in Mon–Fri 9–5 at any Bayside Family Care location, or book at bayside.example/vaccines.",
     "ALLOW", "marketing", "sms", "en",
     [("bayside.example/vaccines", "URL")],
     ["general", "broadcast", "practice-contact"], "Vaccine-season broadcast with the practice's own link (decision 5)."),
    ("ct0074", "Hi Ethel, your Shingrix dose 2 is booked for Thu 11/6 at 10:40 with the pharmacist. Wear short sleeves and bring your insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("Ethel", "NAME"), ("Shingrix", "MEDICATION"), ("11/6", "DATE")],
     ["pharmacy"], "The recipient's own vaccine appointment: name and brand go, date and time survive (decision 3)."),
    ("ct0075", "Happy 93rd birthday, Mr. Lindgren! 🎂 Also, you're due for your RSV vaccine — reply YES and we'll add it to your next visit.",
     "REWRITE", "recall", "sms", "en",
     [("93rd", "AGE"), ("Lindgren", "NAME"), ("RSV vaccine", "PROCEDURE")],
     ["primary-care", "age-over-89"], "Age over 89 (the ordinal), name and the due vaccine go; the greeting and reply keyword survive."),
    ("ct0076", "Thanks for getting your pneumococcal vaccine today, Rosalind! A sore arm is common — you can take acetaminophen 500 mg every 6 hours as needed. Call 911 for any trouble breathing.",
     "BLOCK", "care-instructions", "sms", "en",
     [("pneumococcal vaccine", "PROCEDURE"), ("Rosalind", "NAME"), ("acetaminophen 500 mg", "MEDICATION")],
     ["primary-care"], "Dosing instructions after a vaccine; the general 'sore arm is common' is not the recipient's symptom and is unlabelled (decision 12)."),
    ("ct0077", "Campaña de vacunación contra la influenza: este sábado de 8 a 12 en el estacionamiento de la parroquia San Judas. Gratis, sin seguro y sin cita. ¡Traiga a toda la familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Community flu-vaccine drive sent to everyone."),
    ("ct0078", "{{practice_name}}: our vaccine clinic is closed {{closure_date}} for staff training. Walk-in hours resume the next day. Questions? {{practice_phone}}",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure template with content-free placeholders only (README templates)."),
    ("ct0079", "Your COVID-19 vaccine record was updated. Tap to view or download your card.",
     "REWRITE", "portal-notice", "push", "en",
     [("COVID-19 vaccine", "PROCEDURE")],
     ["primary-care"], "Lock-screen push revealing the recipient's vaccination; 'your record was updated' survives."),
    ("ct0080", "Your m-p-o-x vaccine (J.Y.N.N.E.O.S) dose 2 is due 9/15. Walk in Mon–Fri 10–6 at the Castro Street clinic, no appt needed.",
     "REWRITE", "recall", "sms", "en",
     [("m-p-o-x vaccine", "PROCEDURE"), ("J.Y.N.N.E.O.S", "MEDICATION"), ("9/15", "DATE")],
     ["hiv-sexual-health", "spaced"], "Hyphen- and dot-spaced vaccine and brand names; they go, the due date and walk-in hours survive."),
    ("ct0081", "Questions about any vaccine? Our pharmacists are happy to talk, no appointment needed. Stop by the counter at Greenleaf Pharmacy anytime.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Generic pharmacy promotion; nothing about the recipient."),
    ("ct0082", "Hi Mrs. Adeyemi, Dr. Beaumont looked at the photo of Kofi's arm. The redness after his DTaP shot is a normal local reaction — a cool compress and children's ibuprofen per the dosing chart are fine.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Adeyemi", "NAME"), ("Dr. Beaumont", "PROVIDER"), ("Kofi", "NAME"), ("redness", "CONDITION"), ("DTaP shot", "PROCEDURE"), ("normal local reaction", "RESULT"), ("ibuprofen", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's symptom, the clinician's finding and treatment advice sent to the parent."),
    ("ct0083", "Subject: Fall vaccines at Riverside Community Health\n\nDear neighbors,\n\nRespiratory virus season is coming, and our fall vaccine clinics start next week. Flu shots are recommended for everyone 6 months and older. Updated COVID-19 and RSV vaccines are available for eligible adults, and our pharmacists can check whether you are due for pneumonia or shingles vaccines.\n\nWalk-in hours: Tuesdays and Thursdays 3–7 PM, Saturdays 9 AM–1 PM, at 400 Commerce Drive (free parking behind the building). Most plans cover vaccines with no copay, and vaccines are free for uninsured children and adults.\n\nBook ahead at https://riversidech.example/vaccines or call 555-0160.\n\nStay well,\nRiverside Community Health",
     "ALLOW", "marketing", "email", "en",
     [("400 Commerce Drive", "ADDRESS"), ("https://riversidech.example/vaccines", "URL"), ("555-0160", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Seasonal newsletter to all patients; clinical words unlabelled in a broadcast (decision 5); the practice's address, link and phone."),
    ("ct0084", "Dr. Whitfield's office: your \u041dIV test results are ready. Please log in to the portal to view them.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("\u041dIV test", "PROCEDURE")],
     ["hiv-sexual-health"], "Cyrillic En (U+041D) in 'HIV'; the named test goes, the results-ready notice survives."),
)

# ---------------------------------------------------------------- batch 8 (ct0085-ct0096): school-entry vaccines, children
add(
    ("ct0085", "Dear parent/guardian of Sophia Nguyen: our records show Sophia still needs her 2nd dose of MMR and varicella for kindergarten entry. Please send proof or get the shots by 8/20 so she can start school on time.",
     "REWRITE", "recall", "email", "en",
     [("Sophia Nguyen", "NAME"), ("Sophia", "NAME", 1), ("MMR", "PROCEDURE"), ("varicella", "PROCEDURE"), ("8/20", "DATE")],
     ["pediatrics", "minor"], "Judgement (decision 3): a dependent's due school vaccines with a name are routine-visit logistics; names and vaccines go, 'your child needs vaccines for school entry by 8/20' survives."),
    ("ct0086", "Estimados padres: el Distrito Escolar Valle Verde les recuerda que los alumnos de 7º grado necesitan la vacuna Tdap y la del meningococo antes del primer día de clases. Vacunas gratis en el Centro de Salud del Condado, sin cita.",
     "ALLOW", "other", "sms", "es", [],
     ["pediatrics", "hard-negative", "broadcast"], "School-district notice to every family; names no child."),
    ("ct0087", "Because of the pertussis case at Maple Grove Middle, Ethan may not return to class until he has finished 5 days of azithromycin or has a negative test, per the county health officer.",
     "BLOCK", "other", "sms", "en",
     [("Ethan", "NAME"), ("pertussis", "CONDITION"), ("azithromycin", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "negation"], "A named child's exposure and prophylaxis (decisions 3, 4); the hypothetical negative test is not a result and is unlabelled (decision 12)."),
    ("ct0088", "Reminder: school immunization forms are due at the front office by the end of the month. The nurse's office is open 7:30–3:30 every school day.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "hard-negative", "broadcast"], "Form deadline sent to every family."),
    ("ct0089", "Brightside Pediatrics: Liam is due for his 4-year shots. Book online or call (919) 555-0103.",
     "REWRITE", "recall", "sms", "en",
     [("Brightside Pediatrics", "SPECIALTY"), ("Liam", "NAME"), ("4-year shots", "PROCEDURE"), ("(919) 555-0103", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Dependent's routine vaccines with a name: REWRITE (README)."),
    ("ct0090", "Hi Zoe! Your 2nd Gardasil shot is due. Text BOOK to schedule — replies come to your phone only.",
     "REWRITE", "recall", "sms", "en",
     [("Zoe", "NAME"), ("Gardasil shot", "MEDICATION")],
     ["pediatrics", "minor"], "Teen's own due dose; the brand with its form word is one MEDICATION span (README, decision 3)."),
    ("ct0091", "Sra. Rosales, la prueba de tuberculina de su hijo Andrés salió positiva (15 mm). La Dra. Ibarra ya ordenó una radiografía de tórax para el martes.",
     "BLOCK", "result", "sms", "es",
     [("Rosales", "NAME"), ("prueba de tuberculina", "PROCEDURE"), ("Andrés", "NAME"), ("positiva", "RESULT"), ("15 mm", "RESULT"), ("Dra. Ibarra", "PROVIDER"), ("radiografía de tórax", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A child's positive skin test sent to the parent: result about a third party."),
    ("ct0092", "Your camp physical form signed by Dr. Pruitt is ready at the front desk. Pickup Mon–Fri 8–5.",
     "ALLOW", "pickup", "sms", "en",
     [("Dr. Pruitt", "PROVIDER")],
     ["pediatrics"], "A camp physical is a generic physical (README); provider allowed."),
    ("ct0093", "Reminder for Aarav: travel vaccines (typhoid and hep A) at Kidwell Pediatrics on 12/2 at 4:15 PM. Please bring a copy of his vaccine record.",
     "REWRITE", "reminder", "sms", "en",
     [("Aarav", "NAME"), ("travel vaccines", "PROCEDURE"), ("typhoid", "PROCEDURE"), ("hep A", "PROCEDURE"), ("Kidwell Pediatrics", "SPECIALTY"), ("12/2", "DATE")],
     ["pediatrics", "minor"], "Dependent's vaccine appointment: name, vaccines and pediatric name go (decision 3); 'typhoid' and 'hep A' name vaccines here, so PROCEDURE."),
    ("ct0094", "Spirit Week is here! Tuesday is Crazy Hair Day and Wednesday is Twin Day. From the health office: please keep kids home if they have a fever.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "hard-negative", "broadcast"], "General school notice; the fever advice is for everyone."),
    ("ct0095", "Hola, la vacuna de los 12 meses de Valentina está pendiente. Haga su cita con Pediatría Los Álamos al 555-0122 o en línea.",
     "REWRITE", "recall", "sms", "es",
     [("vacuna de los 12 meses", "PROCEDURE"), ("Valentina", "NAME"), ("Pediatría Los Álamos", "SPECIALTY"), ("555-0122", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Dependent's routine vaccine with a name: REWRITE."),
    ("ct0096", "The immunization record you requested is now in your portal. For a certified copy, email records@brightsidehealth.example.",
     "ALLOW", "other", "sms", "en",
     [("records@brightsidehealth.example", "EMAIL")],
     ["general", "practice-contact"], "Judgement: an immunization record request reveals no condition (everyone has one); the e-mail is the practice's own."),
)

# ---------------------------------------------------------------- batch 9 (ct0097-ct0108): Lyme, rabies, outbreaks, look-alikes
add(
    ("ct0097", "Hi Dale, Dr. Kowalski looked at your photos. The bull's-eye rash around the tick bite looks like early Lyme disease, so she sent doxycycline 100mg twice daily for 10 days to your pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("Dale", "NAME"), ("Dr. Kowalski", "PROVIDER"), ("bull's-eye rash", "CONDITION"), ("tick bite", "CONDITION"), ("Lyme disease", "CONDITION"), ("doxycycline 100mg", "MEDICATION")],
     ["primary-care"], "A diagnosis and a dosing regimen: the clinical content is the message."),
    ("ct0098", "Great news: our Old Lyme office is now open Saturdays 9–1 for sick visits and physicals!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Old Lyme is a town; the office is the practice's own, not the patient's geography."),
    ("ct0099", "hola sra paredes, ya llegaron sus resultados del cultivo, el dr quiere verla pq salio una bacteria resistente. venga el jueves a las 9 porfa",
     "BLOCK", "result", "sms", "es",
     [("paredes", "NAME"), ("cultivo", "PROCEDURE"), ("bacteria resistente", "RESULT")],
     ["primary-care", "shorthand", "typo"], "Lower-case staff text with a culture finding (decision 6); the call-in cannot be separated from the finding."),
    ("ct0100", "Mr. Haskins, your rabies shots continue: dose 3 on day 7 (Mon 6/23) and dose 4 on day 14 (Mon 6/30) at Mercy Urgent Care. Please don't skip or delay a dose.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Haskins", "NAME"), ("rabies shots", "PROCEDURE"), ("6/23", "DATE"), ("6/30", "DATE"), ("Mercy Urgent Care", "SPECIALTY")],
     ["urgent-care"], "Judgement (decision 8): a post-exposure treatment schedule is a treatment instruction and reveals the exposure."),
    ("ct0101", "Heads up: a computer virus is going around by email pretending to be from our billing office. We will never ask for your card number by text or email.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A computer virus, not an infection; security notice to everyone."),
    ("ct0102", "Sr. Gutiérrez, su carga viral de hepatitis C ya es indetectable. ¡Felicidades! Termine las 2 semanas que faltan de Mavyret (3 tabletas juntas con comida, una vez al día). — Dr. Lemus",
     "ALLOW", "result", "portal", "es",
     [("Gutiérrez", "NAME"), ("carga viral", "PROCEDURE"), ("hepatitis C", "CONDITION"), ("indetectable", "RESULT"), ("Mavyret", "MEDICATION"), ("Dr. Lemus", "PROVIDER")],
     ["primary-care"], "Result and dosing inside the secure portal may stay (README channel convention)."),
    ("ct0103", "Hello, this is the Fairmont County Health Department calling for a member of this household. Please call us back at 555-0184 during business hours. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("555-0184", "PHONE")],
     ["general", "practice-contact"], "Neutral voicemail as contact tracers leave them: no name, no disease (decision 4)."),
    ("ct0104", "Hi Priya Raman (DOB 04/17/1991), your TB clearance letter is attached: IGRA negative on 3/3, chest x-ray clear, no treatment needed. Please forward it to HR for your new-hire file.\n\nOakdale Employee Health",
     "BLOCK", "result", "email", "en",
     [("Priya Raman", "NAME"), ("04/17/1991", "DATE"), ("IGRA", "PROCEDURE"), ("negative", "RESULT"), ("3/3", "DATE"), ("chest x-ray", "PROCEDURE"), ("x-ray [[clear]]", "RESULT")],
     ["primary-care", "dob"], "Full date of birth with a name, plus results (README)."),
    ("ct0105", "ID Clinic check-in: you're #4 in line. MRN 7734120 — show this text at window 2.",
     "REWRITE", "other", "sms", "en",
     [("ID Clinic", "SPECIALTY"), ("7734120", "MRN")],
     ["primary-care"], "Judgement (decision 2): 'ID Clinic' is the infectious-disease clinic; it and the MRN go, the queue position survives."),
    ("ct0106", "Please bring a photo ID and your insurance card to every visit. New this month: we accept digital insurance cards on your phone!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'ID' means identification here."),
    ("ct0107", "Public health notice: if you ate at Lucky Dragon Buffet, 410 Pine St, between 7/1 and 7/9, you may have been exposed to hepatitis A. Free vaccine at the health department through 7/23, 8am–4pm. Info: (503) 555-0193.",
     "ALLOW", "other", "sms", "en",
     [("410 Pine St", "ADDRESS"), ("7/1", "DATE"), ("7/9", "DATE"), ("7/23", "DATE"), ("(503) 555-0193", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Judgement (decision 4): public exposure alert; the restaurant's street address, dates and health-department phone are labelled but identify no patient."),
    ("ct0108", "Fernanda, tu receta de cloroquina para el viaje ya está lista en Farmacia Del Parque. Recógela antes del viernes, cerramos a las 8.",
     "REWRITE", "pickup", "sms", "es",
     [("Fernanda", "NAME"), ("cloroquina", "MEDICATION")],
     ["pharmacy"], "Drug name in a pickup notice and the name go; the pickup survives."),
)

# ---------------------------------------------------------------- batch 10 (ct0109-ct0120): mixed, long e-mails, voice
add(
    ("ct0109", "Recordatorio: su cita con el Dr. Villalobos es el miércoles 3 de septiembre a las 8:45 am. Llegue 15 minutos antes. Para cancelar, llame al 555-0151.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Villalobos", "PROVIDER"), ("3 de septiembre", "DATE"), ("555-0151", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the practice phone only."),
    ("ct0110", "Mija, soy la enfermera Tere. Tu prueba de clamidia salió positiva; ya te mandé azitromicina 1 g a la farmacia. Tómala toda de una vez y avísale a tu pareja.",
     "BLOCK", "result", "sms", "es",
     [("enfermera Tere", "PROVIDER"), ("prueba de clamidia", "PROCEDURE"), ("positiva", "RESULT"), ("azitromicina 1 g", "MEDICATION")],
     ["hiv-sexual-health"], "Positive STI result, dosing and partner advice (decision 10 for the nurse's span)."),
    ("ct0111", "¡Gracias por venir a la Noche de Cultura Mexicana! Las fotos del evento ya están en nuestra página. Les deseamos buena vibra y mucha salud.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Cultura' in the arts sense; community event thank-you."),
    ("ct0112", "Hi Ms. Siddiqui, an update on your husband Omar: the blood smear confirmed malaria, and he's being admitted to 4 West for IV artesunate. Visiting hours start at 2pm.",
     "BLOCK", "other", "sms", "en",
     [("Siddiqui", "NAME"), ("Omar", "NAME"), ("blood smear", "PROCEDURE"), ("malaria", "CONDITION"), ("artesunate", "MEDICATION")],
     ["primary-care", "third-party"], "A relative's diagnosis and treatment (README third-party rule)."),
    ("ct0113", "Travel clinic hours are changing: starting next week we open at 7 AM on Tuesdays and Thursdays for early-bird travelers. Safe journeys!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Hours change sent to everyone; the sender's service word is unlabelled in a broadcast (decision 5)."),
    ("ct0114", "Subject: Your home IV antibiotic plan\n\nDear Mr. Okonkwo-Hale,\n\nYou are going home with a PICC line in your right arm to finish 6 weeks of IV antibiotics for your spine infection (vertebral osteomyelitis). BrightPath Infusion will deliver cefazolin 2 g, to be given every 8 hours through 8/28.\n\nPlease:\n- keep the PICC dressing dry and cover it when you shower\n- do not lift more than 10 lbs with your right arm\n- call us for fever over 100.4, chills, or redness at the line\n\nWeekly labs (CBC, BMP, ESR and CRP) will be drawn at home on Mondays. Your OPAT clinic visit with Dr. Varga is 8/14 at 9:30 AM.\n\nOPAT nurse line: 555-0170\nTri-County Infectious Disease",
     "BLOCK", "care-instructions", "email", "en",
     [("antibiotic", "MEDICATION"), ("Okonkwo-Hale", "NAME"), ("PICC line", "PROCEDURE"), ("antibiotics", "MEDICATION"), ("spine infection", "CONDITION"), ("vertebral osteomyelitis", "CONDITION"), ("BrightPath Infusion", "SPECIALTY"), ("cefazolin 2 g", "MEDICATION"), ("8/28", "DATE"), ("PICC", "PROCEDURE", 1), ("CBC", "PROCEDURE"), ("BMP", "PROCEDURE"), ("ESR", "PROCEDURE"), ("CRP", "PROCEDURE"), ("OPAT", "PROCEDURE"), ("Dr. Varga", "PROVIDER"), ("8/14", "DATE"), ("OPAT", "PROCEDURE", 1), ("555-0170", "PHONE"), ("Tri-County Infectious Disease", "SPECIALTY")],
     ["home-health", "negation", "practice-contact"], "Discharge letter with diagnosis, drug, dosing schedule and care instructions; the warning signs are hypothetical and unlabelled (decision 12); the home-infusion company is SPECIALTY (decision 2)."),
    ("ct0115", "Subject: Yellow fever vaccine availability\n\nDear travelers,\n\nBecause of a national supply shortage, our travel clinic receives a limited number of yellow fever vaccine doses each month. If your itinerary includes a country that requires proof of vaccination, please book your pre-travel visit at least 6 weeks before departure so we can hold a dose for you.\n\nThe international certificate becomes valid 10 days after the dose, and some countries check it at the border. Travelers with certain medical conditions may need a waiver letter instead; our clinicians can discuss this at your visit.\n\nSchedule online at https://compasshealth.example/travel or call 555-0106, Monday to Friday 8:30–5.\n\nSafe travels,\nCompass Health Partners",
     "ALLOW", "marketing", "email", "en",
     [("https://compasshealth.example/travel", "URL"), ("555-0106", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Supply notice to all travelers on the list; clinical words unlabelled in a broadcast (decision 5); the practice's own link and phone."),
    ("ct0116", "Hi, this message is for Bernadette. This is Carlos from Summit Travel Medicine confirming your appointment on Friday at 3 PM. Please bring your itinerary and passport. Call 555-0109 with any questions.",
     "REWRITE", "confirmation", "voice", "en",
     [("Bernadette", "NAME"), ("Carlos", "PROVIDER"), ("Summit Travel Medicine", "SPECIALTY"), ("555-0109", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail confirmation: name and travel-medicine name go (decision 2); day, time and call-back survive."),
    ("ct0117", "Employee Health: your 6-week labs after the needlestick are due this week. Walk-ins 7–10 AM in Room B112, no appointment needed.",
     "REWRITE", "reminder", "sms", "en",
     [("needlestick", "CONDITION")],
     ["primary-care"], "Judgement: the needlestick injury reveals a bloodborne exposure but is removable; 'your labs are due this week' survives."),
    ("ct0118", "Your order from ParcelRx shipped! Vivotif capsules (keep refrigerated on arrival). Track it: 1Z999AA10123456784 at carrier.example/track",
     "REWRITE", "other", "sms", "en",
     [("Vivotif capsules", "MEDICATION"), ("1Z999AA10123456784", "OTHER_ID"), ("carrier.example/track", "URL")],
     ["pharmacy"], "Oral typhoid vaccine brand goes; the tracking number is OTHER_ID (decision 11); the carrier's generic link stays."),
    ("ct0119", "Confirmed: Tue 10/21 at 1:00 PM with Dr. Iwu, 88 Alder Way, Suite 2, Milford. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("10/21", "DATE"), ("Dr. Iwu", "PROVIDER"), ("88 Alder Way, Suite 2, Milford", "ADDRESS")],
     ["primary-care", "practice-contact"], "Date, provider and the practice's own address only."),
    ("ct0120", "Lab result: H. pylori stool antigen DETECTED. Dr. Tran sent a 14-day treatment pack to your pharmacy — please start it tonight.",
     "BLOCK", "result", "sms", "en",
     [("H. pylori stool antigen", "PROCEDURE"), ("DETECTED", "RESULT"), ("Dr. Tran", "PROVIDER")],
     ["lab"], "Result plus a treatment instruction."),
)

probe_lib.run(M, "ct", "probe95.jsonl")
