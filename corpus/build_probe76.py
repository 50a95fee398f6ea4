#!/usr/bin/env python3
"""Build corpus/probe76.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe76.py [OUT] [-v]   (default: probe76.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, test or source file was read.

This round is EMERGENCY, AMBULANCE AND TRAUMA FOLLOW-UP: what emergency departments, ambulance
and air-medical billing offices, trauma and burn centers, poison centers, stroke and STEMI
follow-up coordinators and nurse call-back lines send after an emergency (discharge call-backs,
"your ED visit on" notices, imaging over-reads and culture call-backs, ambulance bills and
insurance forms, trauma- and fracture-clinic bookings, surveys) and general announcements (wait
times, new ER openings, CPR and Stop the Bleed classes), mixed with look-alikes ("emergency
contact", "Code Blue Coffee", trauma-informed care training for staff, "ER" as a word ending,
"Burns" as a surname, "Ed" as a first name, "ED" as continuing education, swim "stroke",
sticker "shock"). About 20% Spanish; four disguised messages (spaced letters, zero-width
characters, leet, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "3.1 ([[L]])" searches for "3.1 (L)" and labels
      only the bracketed part "L".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. The emergency department is a visit type that reveals an acute health event, like urgent
     care: "ED", "ER", "emergency room", "Emergency Department", "Urgencias", "sala de
     emergencias" and emergency practice names are SPECIALTY when the message is about the
     recipient's own visit (REWRITE at least). In broadcasts (wait times, a new ER opening) they
     are not labelled (README: broadcasts are ALLOW with no span). ED traffic is tagged
     urgent-care (there is no emergency service tag).
  2. Ambulance, EMS and air-medical company names are SPECIALTY (an ambulance bill to a phone
     reveals an emergency transport); the transport itself ("ambulance transport", "helicopter
     transport", "flight", "traslado en ambulancia") is PROCEDURE. A neutral billing company's
     name is not labelled, and the ambulance company's own payment link/phone stays (practice
     contact).
  3. A proper-named unit (Summit Trauma Center, Grace Memorial Burn Center, Mountain West Poison
     Center) is one SPECIALTY span; a generic unit named after a condition (Stroke Clinic, Fracture
     Clinic, Burn Clinic, the Chest Pain Center, Heart Attack Follow-up Program) labels only the
     condition term as CONDITION, generic word outside (like README's `clínica de VIH`).
     "trauma" as a service line (trauma surgery, trauma clinic), "cath lab" and "CCU" are
     SPECIALTY. A hospital or medical-center name alone is generic.
  4. A condition used only as the reason for the visit in a call-back or booking ("after your
     visit for the kidney stone", "su cita de seguimiento x la fractura") is a visit label:
     REWRITE. A finding or diagnosis stated as news, any result (normal/negative included) and any
     care or dosing instruction is BLOCK.
  5. Injury mechanisms (fall, dog bite, accidente de tránsito) are CONDITION; organisms grown in a
     culture and qualitative findings ("E. coli", "resistant", "healing well", "stable",
     "tendon is intact") are RESULT; a named diagnosis found on imaging (fracture, laceration,
     hemorrhage) is CONDITION.
  6. Ambulance run numbers and claim numbers are OTHER_ID; a group number next to a member ID is
     HEALTH_PLAN_ID; payment confirmation numbers and queue positions are not labelled.
  7. An emergency contact's name and phone number are a third party's identifiers (NAME, PHONE):
     REWRITE, not practice contact.
  8. Stroke and STEMI follow-up are tagged cardiology (no neurology tag); trauma, burn and poison
     centers urgent-care; fracture and hand clinics orthopedics.
  9. Vaccines given as treatment (rabies vaccine) are MEDICATION; devices (cervical collar,
     splint, cast, yeso, cabestrillo, collarín) are PROCEDURE as the README says.
 10. Staff-only notices (training, events) are ALLOW with tag general and purpose other.
 11. A vehicle plate in a security/valet notice from a trauma center is VEHICLE_ID; the centre's
     name still reveals the visit (REWRITE).
 12. Role words that name an emergency or surgical service ("flight nurse", "hand surgeon",
     "trauma surgery", "radiólogo") are SPECIALTY, like README's radiologist, although plain
     "surgeon" and "nurse" stay generic.
 13. A call-back that names a test but gives no value or finding ("we have an update on the
     culture, please call") is REWRITE: the test name goes, the request survives. A billing acuity
     code ("level 4") is not a result and is not labelled.
 14. Hypothetical symptoms in triage advice ("if she gets a rash") are still labelled CONDITION;
     such messages carry a dose and are BLOCK anyway.

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


# ---------------------------------------------------------------- batch 1 (ca0001-ca0012): announcements and look-alikes
add(
    ("ca0001", "Current ER wait at Lakeview Regional: about 25 min. See live waits before you leave home at lakeviewregional.example/er-wait. For life-threatening emergencies call 911.",
     "ALLOW", "other", "sms", "en",
     [("lakeviewregional.example/er-wait", "URL")],
     ["general", "broadcast", "practice-contact"], "Wait-time broadcast with the hospital's own link; says nothing about the recipient (decision 1: ER unlabelled in broadcasts)."),
    ("ca0002", "Big news for the east side! The new Pinecrest Emergency Center opens its doors Monday at 7 a.m. — open 24/7, board-certified emergency physicians and a dedicated kids' area. No appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "New-ER opening broadcast; 24/7 is not a date and the ER name is not about the recipient (decision 1)."),
    ("ca0003", "Learn hands-only CPR in 45 minutes! Free community class Saturday 10am in the Harbor Hospital lobby. Bring a friend. Reply CPR to save a seat.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "CPR class broadcast; no recipient health information."),
    ("ca0004", "STOP THE BLEED® training: learn to pack a wound and apply a tourniquet before help arrives. Free for patients and families, Thursdays 6pm in Conference Room B. Register at any front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Bleeding-control class broadcast; wound/tourniquet are course content, not the recipient's care."),
    ("ca0005", "Code Blue Coffee in the main lobby is now open until 8pm! Show your visitor badge for 10% off any latte.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Cafeteria name that looks like a resuscitation code."),
    ("ca0006", "All front-desk, scheduling and call-center staff: Trauma-Informed Care training is required this quarter. Next session Wednesday 2-4pm, Education Center room 3. Lunch provided. Sign in with your badge.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Staff training notice; 'trauma' is about communication style, not a patient (decision 10)."),
    ("ca0007", "REMINDER FROM NORTHSIDE FAMILY HEALTH: PLEASE UPDATE YOUR EMERGENCY CONTACT AND PREFERRED PHARMACY BEFORE YOUR NEXT VISIT. IT TAKES UNDER A MINUTE IN THE PATIENT PORTAL.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "All-caps system text: 'ER' only as a word ending (REMINDER, UNDER), 'emergency contact' is paperwork."),
    ("ca0008", "Hi, this is Dr. Burns's office confirming your appointment Tue 6/9 at 3:40pm. Reply C to confirm or call (614) 555-0142 to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Burns", "PROVIDER"), ("6/9", "DATE"), ("(614) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Burns is the provider's surname, not an injury; provider, date and the office phone are allowed."),
    ("ca0009", "Hi Ed, your follow-up with Dr. Osei is set for Friday 11/13 at 9:15am at the Westgate office. Reply Y to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Ed", "NAME"), ("Dr. Osei", "PROVIDER"), ("11/13", "DATE")],
     ["primary-care"], "'Ed' is the patient's first name (not the ED): the name goes, the rest survives."),
    ("ca0010", "Weather alert: all Maple Grove Health offices are closed today because of ice. The emergency department at Maple Grove Hospital stays open 24/7. For emergencies call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure broadcast; the emergency department is mentioned for everyone, not about the recipient (decision 1)."),
    ("ca0011", "Mountain West Poison Center: it's Poison Prevention Week. Store medicines and cleaning products up high and locked. Save our free 24/7 line in your phone: (505) 555-0190.",
     "ALLOW", "marketing", "sms", "en",
     [("(505) 555-0190", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Prevention broadcast from a poison center to everyone; its own line is practice contact."),
    ("ca0012", "Hospital San Gabriel: ¡ya abrió nuestra nueva sala de emergencias pediátricas! Atención 24/7 con pediatras certificados. Si la emergencia pone en riesgo la vida, llame al 911.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Anuncio general de apertura; no dice nada del destinatario (decision 1)."),
)

# ---------------------------------------------------------------- batch 2 (ca0013-ca0024): ED visit notices, call-backs, over-reads
add(
    ("ca0013", "Hi Marcus, this is Renee, RN, from the Emergency Department at St. Brendan's. We're calling to see how you're feeling after your visit on 4/11. If you have any questions please call us back at (312) 555-0166. Take care.",
     "REWRITE", "other", "voice", "en",
     [("Marcus", "NAME"), ("Renee, RN", "PROVIDER"), ("Emergency Department", "SPECIALTY"), ("4/11", "DATE"), ("(312) 555-0166", "PHONE")],
     ["urgent-care", "practice-contact"], "Discharge call-back on voicemail (treated like SMS): name and ED go, the call-back request survives (decision 1)."),
    ("ca0014", "St. Brendan's ED f/u: Hi Tanya, how is the ankle since your visit for the sprain on Sunday? Keep it wrapped + elevated, ibuprofen 600mg every 6 hrs w/ food as needed. Ortho will call u this week.",
     "BLOCK", "care-instructions", "sms", "en",
     [("ED", "SPECIALTY"), ("Tanya", "NAME"), ("sprain", "CONDITION"), ("ibuprofen 600mg", "MEDICATION"), ("Ortho", "SPECIALTY")],
     ["urgent-care", "orthopedics", "shorthand"], "Dosing and care instructions are the message; nothing left to send once removed (decision 4)."),
    ("ca0015", "Your visit to the Pinecrest Emergency Center on 2/27 is complete. You'll receive a short survey by email. Thank you for trusting us with your care.",
     "REWRITE", "other", "sms", "en",
     [("Pinecrest Emergency Center", "SPECIALTY"), ("2/27", "DATE")],
     ["urgent-care", "contrast"], "Same ER name as the ca0002 broadcast, but now about the recipient's own visit: SPECIALTY (decision 1)."),
    ("ca0016", "Thanks for choosing Lakeview Regional. How was your recent emergency room visit? Tell us in 2 minutes: https://survey.example.com/lv?v=8834172 Reply STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("emergency room", "SPECIALTY"), ("https://survey.example.com/lv?v=8834172", "URL")],
     ["urgent-care", "contrast"], "Survey request naming the ER visit with a per-patient link (query parameter): both go."),
    ("ca0017", "Thanks for choosing Lakeview Regional. How was your recent visit? Tell us in 2 minutes at lakeviewregional.example/survey. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("lakeviewregional.example/survey", "URL")],
     ["general", "contrast", "practice-contact"], "Near-same survey without the ER and with the hospital's generic link."),
    ("ca0018", "This is a message from Harborview Emergency Physicians regarding your recent visit. Please call our follow-up nurse at (206) 555-0171 during business hours. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Harborview Emergency Physicians", "SPECIALTY"), ("(206) 555-0171", "PHONE")],
     ["urgent-care", "practice-contact"], "An emergency physicians' group name reveals an ED visit (decision 1); the call-back survives."),
    ("ca0019", "Hi Gloria, Dr. Feld from the ER here. Your urine culture from Saturday grew E. coli that is resistant to the Bactrim we gave you. Please stop the Bactrim and pick up nitrofurantoin 100 mg at Oak St Pharmacy, 1 capsule twice daily for 5 days.",
     "BLOCK", "result", "sms", "en",
     [("Gloria", "NAME"), ("Dr. Feld", "PROVIDER"), ("ER", "SPECIALTY"), ("urine culture", "PROCEDURE"), ("E. coli", "RESULT"), ("resistant", "RESULT"), ("Bactrim", "MEDICATION"), ("Bactrim", "MEDICATION", 1), ("nitrofurantoin 100 mg", "MEDICATION")],
     ["urgent-care", "lab"], "Culture call-back with the organism, resistance and a new prescription: result and dosing (decision 5: organism and resistance are RESULT)."),
    ("ca0020", "Hello, this is Kayla from the Eastside Emergency Department follow-up team. We have an update on the culture from your visit and need to speak with you. Please call (405) 555-0123, option 4, Mon-Fri 8-4.",
     "REWRITE", "result", "sms", "en",
     [("Kayla", "PROVIDER"), ("Eastside Emergency Department", "SPECIALTY"), ("culture", "PROCEDURE"), ("(405) 555-0123", "PHONE")],
     ["urgent-care", "lab", "practice-contact"], "Call-back request naming the test but no value or finding: the test and ED go, 'we have an update, please call' survives. Judgement (decision 13): 'need to speak with you' is not itself a finding."),
    ("ca0021", "Hola Sra. Pérez, le llamamos de la sala de emergencias del Hospital Santa Lucía para saber cómo se siente después de su visita del 3 de marzo. Si tiene alguna pregunta, llámenos al (915) 555-0138.",
     "REWRITE", "other", "voice", "es",
     [("Pérez", "NAME"), ("sala de emergencias", "SPECIALTY"), ("3 de marzo", "DATE"), ("(915) 555-0138", "PHONE")],
     ["urgent-care", "practice-contact"], "Llamada de seguimiento: nombre y sala de emergencias se quitan (decision 1); fecha y teléfono del hospital quedan."),
    ("ca0022", "Buenas tardes, le habla la enfermera Rocío de Urgencias. El radiólogo revisó su radiografía y sí tiene una fractura pequeña en la muñeca que no se vio la noche de su visita. Necesita ponerse una férula y ver a ortopedia esta semana.",
     "BLOCK", "result", "sms", "es",
     [("enfermera Rocío", "PROVIDER"), ("Urgencias", "SPECIALTY"), ("radiólogo", "SPECIALTY"), ("radiografía", "PROCEDURE"), ("fractura", "CONDITION"), ("férula", "PROCEDURE"), ("ortopedia", "SPECIALTY")],
     ["urgent-care", "imaging", "orthopedics", "contrast"], "Relectura de radiología con hallazgo nuevo y tratamiento: el hallazgo es el mensaje (decision 5: la fractura es CONDITION)."),
    ("ca0023", "Final radiology read of your wrist X-ray from your ED visit on 3/3: nondisplaced distal radius fracture, not seen on the preliminary read. Dr. Amin (ED) recommends a splint and an Ortho visit within 7 days; the referral has been placed.",
     "ALLOW", "result", "portal", "en",
     [("radiology", "SPECIALTY"), ("X-ray", "PROCEDURE"), ("ED", "SPECIALTY"), ("3/3", "DATE"), ("nondisplaced distal radius fracture", "CONDITION"), ("Dr. Amin", "PROVIDER"), ("ED", "SPECIALTY", 1), ("splint", "PROCEDURE"), ("Ortho", "SPECIALTY")],
     ["urgent-care", "imaging", "orthopedics", "contrast"], "The same kind of over-read as ca0022, but inside the secure portal: findings may stay (README channel convention)."),
    ("ca0024", "ur ER f/u is tmrw 10:30 w/ Dr Nakamura @ the Hand Clinic. keep taking the keflex 500 4x/day til then & bring ur splint + the CD of ur xrays",
     "BLOCK", "care-instructions", "sms", "en",
     [("ER", "SPECIALTY"), ("Dr Nakamura", "PROVIDER"), ("Hand Clinic", "SPECIALTY"), ("keflex 500", "MEDICATION"), ("splint", "PROCEDURE"), ("xrays", "PROCEDURE")],
     ["urgent-care", "orthopedics", "shorthand", "typo"], "Staff shorthand mixing logistics with a dosing instruction; the instruction cannot be removed as a span, so BLOCK."),
)

# ---------------------------------------------------------------- batch 3 (ca0025-ca0036): ambulance and air-medical billing, insurance forms
add(
    ("ca0025", "Tri-County Ambulance: a statement for your account is ready. Balance $1,284.00. Pay at tricountybilling.example/pay or call (717) 555-0150 Mon-Fri 8-4:30.",
     "REWRITE", "billing", "sms", "en",
     [("Tri-County Ambulance", "SPECIALTY"), ("tricountybilling.example/pay", "URL"), ("(717) 555-0150", "PHONE")],
     ["urgent-care", "practice-contact", "contrast"], "An ambulance company's name on a bill reveals an emergency transport (decision 2); amount, link and phone survive."),
    ("ca0026", "Statement ready from Keystone Billing Services. Balance $1,284.00. Pay at keystonebilling.example or call (717) 555-0151 Mon-Fri 8-4:30.",
     "ALLOW", "billing", "sms", "en",
     [("keystonebilling.example", "URL"), ("(717) 555-0151", "PHONE")],
     ["general", "practice-contact", "contrast"], "The same bill under a neutral billing company's name (decision 2)."),
    ("ca0027", "Dear Mr. Halvorsen,\n\nThank you for your recent payment. To finish processing the claim for the ambulance transport on 08/14 from 1120 Birchwood Ln, Apt 3B, Cedar Falls, IA 50613 to Mercy North Hospital, we still need a copy of the front and back of your insurance card and the signed Assignment of Benefits form.\n\nRun number: 24-118730\nAccount: RMS-448210\n\nUpload documents at https://pay.rivermedical.example/upload?acct=RMS448210 or fax them to (319) 555-0177. If we do not receive them within 60 days, the balance may become your responsibility. Payment plans with no interest are available, and you may apply for financial assistance if you qualify.\n\nQuestions? Call Patient Accounts at (319) 555-0176, Mon-Fri 8 a.m.-5 p.m.\n\nSincerely,\nPatient Accounts\nRiver Medical Services EMS",
     "REWRITE", "billing", "email", "en",
     [("Halvorsen", "NAME"), ("ambulance transport", "PROCEDURE"), ("08/14", "DATE"), ("1120 Birchwood Ln, Apt 3B, Cedar Falls, IA 50613", "ADDRESS"), ("24-118730", "OTHER_ID"), ("RMS-448210", "ACCOUNT"), ("https://pay.rivermedical.example/upload?acct=RMS448210", "URL"), ("(319) 555-0177", "FAX"), ("(319) 555-0176", "PHONE"), ("River Medical Services EMS", "SPECIALTY")],
     ["urgent-care", "identifier", "practice-contact"], "Insurance-paperwork request: the pick-up address, run number (decision 6: OTHER_ID), account and tokened link go; the request and the office's fax and phone survive."),
    ("ca0028", "SkyLift Air Medical: your insurer denied the claim for the helicopter transport on 5/19 (claim 88-20415-AM) as not medically necessary. You can appeal within 180 days and we can help. Call our patient advocate at (801) 555-0183.",
     "REWRITE", "billing", "sms", "en",
     [("SkyLift Air Medical", "SPECIALTY"), ("helicopter transport", "PROCEDURE"), ("5/19", "DATE"), ("88-20415-AM", "OTHER_ID"), ("(801) 555-0183", "PHONE")],
     ["urgent-care", "identifier", "practice-contact"], "Air-medical denial: company name, transport and claim number go (decisions 2, 6); the appeal offer survives. The denial reason is administrative, not clinical."),
    ("ca0029", "Ambulancias del Valle le informa que tiene un saldo pendiente de $642.50 por el traslado en ambulancia del 12/01. Puede pagar en línea en pagos-delvalle.example o llamar al (956) 555-0114. Gracias.",
     "REWRITE", "billing", "sms", "es",
     [("Ambulancias del Valle", "SPECIALTY"), ("traslado en ambulancia", "PROCEDURE"), ("12/01", "DATE"), ("pagos-delvalle.example", "URL"), ("(956) 555-0114", "PHONE")],
     ["urgent-care", "practice-contact"], "Cobro de ambulancia: el nombre de la empresa y el traslado revelan la emergencia (decision 2); saldo, enlace y teléfono quedan."),
    ("ca0030", "Did you know? Most insurance plans, including Medicare, cover emergency ambulance trips. Questions about a bill from us? Our billing team takes calls Mon-Fri 9-5 at (717) 555-0150.",
     "ALLOW", "billing", "sms", "en",
     [("(717) 555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Coverage information sent to everyone; the ambulance mention is generic (decision 1 for broadcasts)."),
    ("ca0031", "Metro EMS Billing: to bill Medicare for the 911 transport on 10/2 please reply with the patient's Medicare number and SSN. Patient on file: Dolores Vick, DOB 02/09/1931.",
     "BLOCK", "billing", "sms", "en",
     [("Metro EMS", "SPECIALTY"), ("911 transport", "PROCEDURE"), ("10/2", "DATE"), ("Dolores Vick", "NAME"), ("02/09/1931", "DATE")],
     ["urgent-care", "dob"], "Full date of birth with the patient's name must never travel by text (README); also asks for an SSN by SMS. '911' is not a phone identifier."),
    ("ca0032", "Your claim for ambulance services on 7/7 was sent to BlueRidge Health Plan, member ID XJH884201937, group 40021. Please allow 30-45 days. - Patient Accounts, Lifeline Ambulance",
     "REWRITE", "billing", "sms", "en",
     [("ambulance services", "PROCEDURE"), ("7/7", "DATE"), ("XJH884201937", "HEALTH_PLAN_ID"), ("40021", "HEALTH_PLAN_ID"), ("Lifeline Ambulance", "SPECIALTY")],
     ["urgent-care", "identifier"], "Member and group numbers are not needed for a status update (decision 6: group number is HEALTH_PLAN_ID); the ambulance wording goes (decision 2)."),
    ("ca0033", "Payment received: $150.00. Thank you! Confirmation #P-55120. No reply needed.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Payment receipt; the confirmation number identifies a transaction, not the patient (decision 6)."),
    ("ca0034", "Hello, this message is for Curtis Lang. This is Brianna with Patient Accounts at Apex Air Ambulance, returning your call about the bill for your flight. Please call me back at (602) 555-0129, extension 212. Thank you.",
     "REWRITE", "billing", "voice", "en",
     [("Curtis Lang", "NAME"), ("Brianna", "PROVIDER"), ("Apex Air Ambulance", "SPECIALTY"), ("flight", "PROCEDURE"), ("(602) 555-0129", "PHONE")],
     ["urgent-care", "practice-contact"], "Voicemail (treated like SMS): name, air-ambulance name and 'flight' (the transport, decision 2) go; the named staff member is workforce (PROVIDER)."),
    ("ca0035", "Recordatorio: su pago de $75 vence el viernes. Puede pagar en línea o en persona en cualquiera de nuestras oficinas. Si ya pagó, por favor ignore este mensaje.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Recordatorio de pago sin nada clínico ni identificador."),
    ("ca0036", "Once a year we ask every member whether you have other coverage: Medicare, a spouse's plan, auto insurance or workers' comp. Please complete the Other Insurance questionnaire in the member app so claims are paid correctly.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Annual coordination-of-benefits notice sent to all members; auto insurance and workers' comp are not the recipient's injury."),
)

# ---------------------------------------------------------------- batch 4 (ca0037-ca0048): trauma, fracture and burn clinics; stroke and STEMI follow-up
add(
    ("ca0037", "Summit Trauma Center Clinic: Jorge, your post-discharge visit with Dr. Whitfield is on 9/22 at 1:00 PM, 3rd floor. Please bring your discharge papers and a list of the medicines you take.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Trauma Center Clinic", "SPECIALTY"), ("Jorge", "NAME"), ("Dr. Whitfield", "PROVIDER"), ("9/22", "DATE")],
     ["urgent-care"], "Proper-named trauma unit is one SPECIALTY span (decision 3); the name goes, provider, date and time survive."),
    ("ca0038", "Fracture Clinic appointment: Thu 10/1, 8:30am, Orthopaedic Outpatients, Level 2. Your cast will come off and a new x-ray will be taken, so allow about 2 hours.",
     "REWRITE", "reminder", "sms", "en",
     [("Fracture", "CONDITION"), ("10/1", "DATE"), ("Orthopaedic Outpatients", "SPECIALTY"), ("cast", "PROCEDURE"), ("x-ray", "PROCEDURE")],
     ["orthopedics"], "Condition-named clinic keeps 'Clinic' outside (decision 3); cast and x-ray are what happens at the visit, not findings: REWRITE."),
    ("ca0039", "Hi Aaliyah - Dr. Brandt (trauma surgery) reviewed your follow-up CT. The spleen laceration is healing well and the small amount of blood around it has resolved. You can go back to light activity, but NO contact sports for 6 more weeks.",
     "BLOCK", "result", "sms", "en",
     [("Aaliyah", "NAME"), ("Dr. Brandt", "PROVIDER"), ("trauma surgery", "SPECIALTY"), ("CT", "PROCEDURE"), ("spleen laceration", "CONDITION"), ("healing well", "RESULT"), ("resolved", "RESULT")],
     ["urgent-care", "imaging"], "Imaging result, diagnosis and activity restrictions: the clinical content is the message (decisions 4, 5)."),
    ("ca0040", "Hi Mr. Okafor, this is Grace Memorial Burn Center. Your dressing change and wound check are booked for Monday 6/15 at 11:00. Please allow 90 minutes and bring someone who can drive you home.",
     "REWRITE", "reminder", "sms", "en",
     [("Okafor", "NAME"), ("Grace Memorial Burn Center", "SPECIALTY"), ("dressing change", "PROCEDURE"), ("wound check", "PROCEDURE"), ("6/15", "DATE")],
     ["urgent-care"], "Burn center name and visit types go (decision 3); the date, time and practical advice survive."),
    ("ca0041", "Hi Mrs. Burns, a reminder that your appointment with Dr. Levy is Wednesday 4/8 at 2:15pm at Elmwood Family Practice. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Burns", "NAME"), ("Dr. Levy", "PROVIDER"), ("4/8", "DATE")],
     ["primary-care"], "'Burns' is the patient's surname, not an injury: only the name goes."),
    ("ca0042", "Hola Luis, le recordamos su cita en la clínica de trauma del Hospital General del Norte el jueves 14 de mayo a las 9:00 a.m. para revisar el yeso. Traiga sus radiografías.",
     "REWRITE", "reminder", "sms", "es",
     [("Luis", "NAME"), ("trauma", "SPECIALTY"), ("14 de mayo", "DATE"), ("yeso", "PROCEDURE"), ("radiografías", "PROCEDURE")],
     ["urgent-care", "orthopedics"], "Cita en la clínica de trauma: 'trauma' como línea de servicio es SPECIALTY (decision 3), el yeso es dispositivo (PROCEDURE); fecha y hora quedan."),
    ("ca0043", "Sr. Ramírez, su hijo Mateo fue atendido anoche en Urgencias Pediátricas por una quemadura de segundo grado en la mano. Debe aplicarle sulfadiazina de plata dos veces al día y regresar el lunes para la curación.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ramírez", "NAME"), ("Mateo", "NAME"), ("Urgencias Pediátricas", "SPECIALTY"), ("quemadura de segundo grado", "CONDITION"), ("sulfadiazina de plata", "MEDICATION"), ("curación", "PROCEDURE")],
     ["urgent-care", "pediatrics", "minor", "third-party"], "Diagnóstico y tratamiento de un menor enviados al padre: salud de un tercero (README)."),
    ("ca0044", "Your appointment with Dr. Chen has moved to Tuesday 11/3 at 10:20 AM, same location. Reply C to confirm, or call (414) 555-0102 to pick another time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Chen", "PROVIDER"), ("11/3", "DATE"), ("(414) 555-0102", "PHONE")],
     ["general", "practice-contact"], "Reschedule with provider, date, time and the office phone only."),
    ("ca0045", "Don't let your FSA dollars burn out! Use your remaining flexible spending balance before the end of the year on glasses, copays and more. Ask at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'burn' in a money sense."),
    ("ca0046", "Hi, this is the Nurse Advice Line at Bayfront Health returning your call from this morning. We weren't able to reach you. If you feel it's an emergency, hang up and dial 911; otherwise call us back any time at (727) 555-0158.",
     "ALLOW", "other", "voice", "en",
     [("(727) 555-0158", "PHONE")],
     ["primary-care", "practice-contact"], "Missed call-back from a general nurse line; no symptom, visit type or name (911 is not a phone identifier)."),
    ("ca0047", "Mr. Dawson, this is Lena with the Heart Attack Follow-up Program at Northshore. Checking that you're taking the Brilinta 90 mg twice a day and atorvastatin 80 mg every evening since your stent on 1/9. Please don't stop the Brilinta without talking to cardiology.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dawson", "NAME"), ("Lena", "PROVIDER"), ("Heart Attack", "CONDITION"), ("Brilinta 90 mg", "MEDICATION"), ("atorvastatin 80 mg", "MEDICATION"), ("stent", "PROCEDURE"), ("1/9", "DATE"), ("Brilinta", "MEDICATION", 1), ("cardiology", "SPECIALTY")],
     ["cardiology"], "STEMI coordinator's adherence check: drugs, doses and the procedure are the message (decision 3: the condition-named program labels 'Heart Attack')."),
    ("ca0048", "Reminder: Carla, your Stroke Clinic follow-up is Mon 3/16 at 1:30 with NP Deshmukh. Please bring your blood pressure log and all of your pill bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("Carla", "NAME"), ("Stroke", "CONDITION"), ("3/16", "DATE"), ("NP Deshmukh", "PROVIDER"), ("blood pressure", "PROCEDURE")],
     ["cardiology"], "Condition-named clinic: 'Stroke' CONDITION, 'Clinic' outside (decision 3); home BP log as in README; the reminder survives."),
)

# ---------------------------------------------------------------- batch 5 (ca0049-ca0060): poison centers, over-reads, culture call-backs
add(
    ("ca0049", "Mountain West Poison Center follow-up: how is Harper doing? It's been 6 hours since she swallowed the 2 melatonin gummies. Sleepiness is expected; if she is hard to wake or keeps vomiting, call 911. We'll check in again at 9 pm.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mountain West Poison Center", "SPECIALTY"), ("Harper", "NAME"), ("melatonin gummies", "MEDICATION"), ("Sleepiness", "CONDITION"), ("vomiting", "CONDITION")],
     ["urgent-care", "pediatrics", "minor", "third-party"], "A child's ingestion and symptoms sent to the parent: third-party health (README). Contrast with the ca0011 broadcast from the same center."),
    ("ca0050", "This is the Poison Center calling back about the call you made to us at 2:10 this afternoon. Please call us at (505) 555-0190 so we can check on you. The call is free and confidential.",
     "REWRITE", "other", "voice", "en",
     [("Poison Center", "SPECIALTY"), ("(505) 555-0190", "PHONE")],
     ["urgent-care", "practice-contact"], "A poison center call-back reveals an exposure (decision 3); without the name, 'please call us back' survives."),
    ("ca0051", "Semana de Prevención de Envenenamientos: guarde los medicamentos y productos de limpieza bajo llave y fuera del alcance de los niños. Línea gratuita y confidencial las 24 horas: (505) 555-0191.",
     "ALLOW", "marketing", "sms", "es",
     [("(505) 555-0191", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Mensaje de prevención para todos; el teléfono es del centro."),
    ("ca0052", "Hi Sam, this is Dr. Oyelaran, ED physician at Kingsbridge. The radiologist's final read of the chest CT you had here on Saturday found a 9 mm nodule in the right lung that wasn't mentioned at discharge. It is most likely benign, but you need a repeat CT in 3 months. I've sent the report to your PCP.",
     "BLOCK", "result", "sms", "en",
     [("Sam", "NAME"), ("Dr. Oyelaran", "PROVIDER"), ("ED", "SPECIALTY"), ("radiologist", "SPECIALTY"), ("chest CT", "PROCEDURE"), ("9 mm nodule", "RESULT"), ("benign", "RESULT"), ("repeat CT", "PROCEDURE")],
     ["urgent-care", "imaging"], "Over-read with an incidental finding and a plan: the finding is the message."),
    ("ca0053", "Kingsbridge ED Callback: our radiologist has reviewed the imaging from your recent visit. Please call the ED callback nurse at (718) 555-0135 between 8am and 8pm.",
     "REWRITE", "result", "sms", "en",
     [("ED", "SPECIALTY"), ("radiologist", "SPECIALTY"), ("imaging", "PROCEDURE"), ("ED", "SPECIALTY", 1), ("(718) 555-0135", "PHONE")],
     ["urgent-care", "imaging", "practice-contact"], "Over-read call-back without any finding: ED, radiologist and imaging go, the call-back survives (decision 4)."),
    ("ca0054", "Message from Kingsbridge Emergency Department: the final report of your head CT from 5/2 was reviewed by Dr. Patel. No bleeding or fracture was found, which matches what you were told at discharge. No further action is needed.",
     "ALLOW", "result", "portal", "en",
     [("Kingsbridge Emergency Department", "SPECIALTY"), ("head CT", "PROCEDURE"), ("5/2", "DATE"), ("Dr. Patel", "PROVIDER"), ("No bleeding or fracture", "RESULT")],
     ["urgent-care", "imaging", "contrast", "negation"], "A normal over-read inside the secure portal may be sent (README channel convention)."),
    ("ca0055", "The final report of your head CT from your ED visit on 5/2 shows no bleeding and no fracture - it matches what you were told at discharge. Nothing else to do. - Dr. Patel, Kingsbridge",
     "BLOCK", "result", "email", "en",
     [("head CT", "PROCEDURE"), ("ED", "SPECIALTY"), ("5/2", "DATE"), ("no bleeding and no fracture", "RESULT"), ("Dr. Patel", "PROVIDER")],
     ["urgent-care", "imaging", "contrast", "negation"], "The same normal result by e-mail: a normal result is still a result (README), e-mail is treated like SMS."),
    ("ca0056", "Buenas, le escribe Marisol de la línea de seguimiento de Emergencias. El cultivo de garganta de su hija Valeria salió positivo para estreptococo. Ya mandamos amoxicilina 400 mg/5 mL a su farmacia: 10 mL dos veces al día por 10 días.",
     "BLOCK", "result", "sms", "es",
     [("Marisol", "PROVIDER"), ("Emergencias", "SPECIALTY"), ("cultivo de garganta", "PROCEDURE"), ("Valeria", "NAME"), ("positivo", "RESULT"), ("estreptococo", "CONDITION"), ("amoxicilina 400 mg/5 mL", "MEDICATION")],
     ["urgent-care", "lab", "pediatrics", "minor", "third-party"], "Resultado positivo y dosis para una menor, enviado a la madre: salud de un tercero."),
    ("ca0057", "Bayside Medical Center: a few tests from your visit are still pending. We'll call you if anything changes your care. If you don't hear from us by Friday, there is nothing you need to do.",
     "ALLOW", "result", "sms", "en", [],
     ["lab", "hard-negative", "negation"], "'No results yet' with no test named is ALLOW (README)."),
    ("ca0058", "Hello from the Chest Pain Center at Lakeview Regional! Your cardiac rehab orientation is booked for Tuesday 2/10 at 9:00 AM in the Wellness Pavilion. Wear comfortable shoes. Questions: (262) 555-0187.",
     "REWRITE", "reminder", "sms", "en",
     [("Chest Pain", "CONDITION"), ("cardiac rehab", "PROCEDURE"), ("2/10", "DATE"), ("(262) 555-0187", "PHONE")],
     ["cardiology", "practice-contact"], "Generic unit named after a symptom: 'Chest Pain' CONDITION, 'Center' outside (decision 3); the rehab program is PROCEDURE; the booking survives."),
    ("ca0059", "Adult swim lessons at the Bayfront Wellness Center: work on your freestyle stroke and breathing with a certified coach. Tuesdays and Thursdays 6-7pm, free for members.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'stroke' as a swimming stroke."),
    ("ca0060", "Our billing team triages messages in the order received, and you'll hear back within 2 business days. For urgent medical questions please call your doctor's office instead.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'triages' in an administrative sense; no recipient health information."),
)

# ---------------------------------------------------------------- batch 6 (ca0061-ca0072): Spanish
add(
    ("ca0061", "Centro Médico La Esperanza: su cita con el Dr. Quintero es el martes 9 de junio a las 11:20. Favor de llegar 15 minutos antes. Para cambiarla llame al (787) 555-0117.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Quintero", "PROVIDER"), ("9 de junio", "DATE"), ("(787) 555-0117", "PHONE")],
     ["primary-care", "practice-contact"], "Médico, fecha, hora y teléfono del centro: permitido."),
    ("ca0062", "Estimado Sr. Cardona:\n\nPara procesar la factura del servicio de ambulancia aérea del 2 de agosto necesitamos una copia (por ambos lados) de su tarjeta del seguro médico. Su número de cuenta es 66-301928. Puede enviarla respondiendo a este correo o a facturacion@aerovida.example.\n\nAtentamente,\nDepartamento de Facturación\nAeroVida Transporte Médico",
     "REWRITE", "billing", "email", "es",
     [("Cardona", "NAME"), ("ambulancia aérea", "PROCEDURE"), ("2 de agosto", "DATE"), ("66-301928", "ACCOUNT"), ("facturacion@aerovida.example", "EMAIL"), ("AeroVida Transporte Médico", "SPECIALTY")],
     ["urgent-care", "identifier", "practice-contact"], "Solicitud de documentos: nombre, traslado aéreo, cuenta y nombre de la empresa de transporte médico se quitan (decision 2); el correo de la empresa queda."),
    ("ca0063", "Doña Carmen, le habla la enfermera Julia del programa de seguimiento de derrame cerebral. Recuerde tomar el clopidogrel 75 mg todos los días y no dejarlo sin hablar con el neurólogo. Su presión de hoy salió en 168/94, está alta.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Carmen", "NAME"), ("enfermera Julia", "PROVIDER"), ("derrame cerebral", "CONDITION"), ("clopidogrel 75 mg", "MEDICATION"), ("neurólogo", "SPECIALTY"), ("presión", "PROCEDURE"), ("168/94", "RESULT"), ("alta", "RESULT")],
     ["cardiology"], "Indicaciones de medicamento y un valor de presión: el contenido clínico es el mensaje. 'Doña' queda fuera del nombre (README)."),
    ("ca0064", "Por favor actualice su contacto de emergencia y su número de celular en el portal antes de su próxima visita. ¡Gracias!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'contacto de emergencia' es un trámite, no una visita a urgencias."),
    ("ca0065", "Gracias por visitar Urgencias del Hospital Santa Lucía. Queremos conocer su opinión, son solo 3 preguntas: https://encuesta.example.org/hsl?id=4471920 Responda ALTO para no recibir más mensajes.",
     "REWRITE", "other", "sms", "es",
     [("Urgencias", "SPECIALTY"), ("https://encuesta.example.org/hsl?id=4471920", "URL")],
     ["urgent-care"], "Encuesta: 'Urgencias' revela la visita (decision 1) y el enlace lleva un identificador del paciente."),
    ("ca0066", "¡Aprenda RCP y salve una vida! Clase gratuita para familias el sábado a las 10 a.m. en el auditorio del Hospital San Gabriel. Cupo limitado: responda RCP para apartar su lugar.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Clase de RCP para la comunidad; nada del destinatario."),
    ("ca0067", "Hola Andrés, le escribimos del consultorio del Dr. Salgado por su control después del accidente de tránsito. El doctor dice que siga con el collarín y que tome la ciclobenzaprina 10 mg en la noche hasta su cita del lunes 20 de abril a las 4 pm.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Andrés", "NAME"), ("Dr. Salgado", "PROVIDER"), ("accidente de tránsito", "CONDITION"), ("collarín", "PROCEDURE"), ("ciclobenzaprina 10 mg", "MEDICATION"), ("20 de abril", "DATE")],
     ["orthopedics"], "Indicación de tratamiento y dosis tras el accidente (decision 5: el accidente es CONDITION; decision 9: el collarín es PROCEDURE)."),
    ("ca0068", "Sra. Ortiz, el radiólogo volvió a revisar la tomografía de su esposo Ernesto y encontró una pequeña hemorragia en el cerebro. Necesitamos que él regrese hoy mismo a la sala de emergencias.",
     "BLOCK", "result", "sms", "es",
     [("Ortiz", "NAME"), ("radiólogo", "SPECIALTY"), ("tomografía", "PROCEDURE"), ("Ernesto", "NAME"), ("hemorragia en el cerebro", "CONDITION"), ("sala de emergencias", "SPECIALTY")],
     ["urgent-care", "imaging", "third-party"], "Hallazgo de imagen de un familiar enviado a la esposa: salud de un tercero (decision 5: la hemorragia es CONDITION)."),
    ("ca0069", "Centro de Salud Familiar Valle Verde: mañana cerramos temprano, a la 1 p.m., por la capacitación del personal en atención informada sobre el trauma. En caso de emergencia llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Cierre por capacitación del personal; 'trauma' no se refiere a ningún paciente (decision 10)."),
    ("ca0070", "Centro de Información Toxicológica: le llamamos para dar seguimiento a su consulta de esta mañana. Por favor devuélvanos la llamada al (505) 555-0192. El servicio es gratuito y confidencial.",
     "REWRITE", "other", "voice", "es",
     [("Centro de Información Toxicológica", "SPECIALTY"), ("(505) 555-0192", "PHONE")],
     ["urgent-care", "practice-contact"], "El nombre del centro toxicológico revela una exposición (decision 3); la petición de llamar queda."),
    ("ca0071", "hola sr. gomez, su cita d seguimiento x la fractura es el mie 6/5 a las 3pm con la dra. ibarra. porfa traiga el cabestrillo y las placas",
     "REWRITE", "reminder", "sms", "es",
     [("gomez", "NAME"), ("fractura", "CONDITION"), ("6/5", "DATE"), ("dra. ibarra", "PROVIDER"), ("cabestrillo", "PROCEDURE"), ("placas", "PROCEDURE")],
     ["orthopedics", "shorthand", "typo"], "Cita con la fractura como etiqueta de la visita: REWRITE (decision 4); 'placas' son las radiografías (PROCEDURE)."),
    ("ca0072", "Estimada Sra. Núñez: le recordamos las indicaciones del Centro de Quemados para su hijo Iker: lavar la quemadura con agua y jabón neutro, aplicar la crema de sulfadiazina y cubrir con gasa dos veces al día. Si tiene fiebre o la herida huele mal, llame al (602) 555-0124.",
     "BLOCK", "care-instructions", "email", "es",
     [("Núñez", "NAME"), ("Centro de Quemados", "SPECIALTY"), ("Iker", "NAME"), ("quemadura", "CONDITION"), ("sulfadiazina", "MEDICATION"), ("fiebre", "CONDITION"), ("(602) 555-0124", "PHONE")],
     ["urgent-care", "pediatrics", "minor", "third-party", "practice-contact"], "Cuidados de la quemadura de un menor enviados a la madre por correo: salud de un tercero."),
)

# ---------------------------------------------------------------- batch 7 (ca0073-ca0084): visit summaries, result notices, identifiers
add(
    ("ca0073", "Subject: Your Emergency Department visit summary\n\nDear Ms. Albright,\n\nThank you for choosing Cedar Ridge Medical Center. Here is a summary of your visit on 11/02.\n\nReason for visit: chest pain\nDiagnosis: costochondritis (inflammation of the rib cartilage)\nTests: ECG and troponin were normal; chest X-ray normal.\nMedicines: naproxen 500 mg twice daily with food for 7 days.\n\nPlease see your primary care provider within 1 week. Come back to the ED right away for worse pain, shortness of breath or fainting.\n\nSincerely,\nCedar Ridge Emergency Department\n(541) 555-0119",
     "BLOCK", "care-instructions", "email", "en",
     [("Your [[Emergency Department]] visit", "SPECIALTY"), ("Albright", "NAME"), ("11/02", "DATE"), ("chest pain", "CONDITION"), ("costochondritis", "CONDITION"), ("inflammation of the rib cartilage", "CONDITION"), ("ECG", "PROCEDURE"), ("troponin", "PROCEDURE"), ("normal", "RESULT"), ("chest X-ray", "PROCEDURE"), ("normal", "RESULT", 1), ("naproxen 500 mg", "MEDICATION"), ("ED", "SPECIALTY"), ("shortness of breath", "CONDITION"), ("fainting", "CONDITION"), ("Cedar Ridge Emergency Department", "SPECIALTY"), ("(541) 555-0119", "PHONE")],
     ["urgent-care", "cardiology"], "An after-visit summary by e-mail: diagnosis, results and dosing are the message; send a portal notice instead."),
    ("ca0074", "Your ED After-Visit Summary from 11/02 is ready: diagnosis costochondritis; take naproxen 500 mg twice daily with food for 7 days; see your primary care provider within 1 week.",
     "ALLOW", "care-instructions", "portal", "en",
     [("ED", "SPECIALTY"), ("11/02", "DATE"), ("costochondritis", "CONDITION"), ("naproxen 500 mg", "MEDICATION")],
     ["urgent-care", "contrast"], "The same content inside the secure portal (README channel convention)."),
    ("ca0075", "New document in your patient portal. Log in to view.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI: that something is ready, not what."),
    ("ca0076", "New result from Cedar Ridge Emergency Department: Blood Culture (final). Tap to view in the app.",
     "REWRITE", "portal-notice", "push", "en",
     [("Cedar Ridge Emergency Department", "SPECIALTY"), ("Blood Culture", "PROCEDURE")],
     ["urgent-care", "lab"], "Lock-screen push naming the ED and the test; 'New result. Tap to view' survives."),
    ("ca0077", "Cedar Ridge ED callback: your blood cultures are negative at 5 days (final). No antibiotic change needed. - Dr. Hoang",
     "BLOCK", "result", "sms", "en",
     [("ED", "SPECIALTY"), ("blood cultures", "PROCEDURE"), ("negative", "RESULT"), ("antibiotic", "MEDICATION"), ("Dr. Hoang", "PROVIDER")],
     ["urgent-care", "lab", "negation"], "A negative result is still a result (README)."),
    ("ca0078", "Lakeview Regional ED: patient MRN 40029178 - your work note from today's visit is ready at the registration desk or in the portal.",
     "REWRITE", "other", "sms", "en",
     [("ED", "SPECIALTY"), ("40029178", "MRN")],
     ["urgent-care", "identifier"], "The MRN is not needed to pick up a work note; the ED goes too (decision 1)."),
    ("ca0079", "Hi Denise, your father Walter (94) was seen in our ER overnight after a fall. X-rays showed no hip fracture; he was given acetaminophen and will be discharged back to Maple Court this afternoon.",
     "BLOCK", "other", "sms", "en",
     [("Denise", "NAME"), ("Walter", "NAME"), ("94", "AGE"), ("ER", "SPECIALTY"), ("fall", "CONDITION"), ("X-rays", "PROCEDURE"), ("no hip fracture", "RESULT"), ("acetaminophen", "MEDICATION")],
     ["urgent-care", "imaging", "third-party", "age-over-89", "negation"], "A parent's visit, findings and treatment sent to the daughter: third-party health (decision 5: the fall is CONDITION)."),
    ("ca0080", "Reminder from Harbor Hospital ED follow-up: Mr. Abernathy (age 96) has a wound check with Dr. Sato on Friday 8/21 at 10:40 AM. A family member is welcome to come along.",
     "REWRITE", "reminder", "sms", "en",
     [("ED", "SPECIALTY"), ("Abernathy", "NAME"), ("96", "AGE"), ("wound check", "PROCEDURE"), ("Dr. Sato", "PROVIDER"), ("8/21", "DATE")],
     ["urgent-care", "age-over-89"], "Logistics with a name, an age over 89, the ED and a visit type: all removable, the reminder survives."),
    ("ca0081", "Summit Trauma Center security: the vehicle with plate 7KHT392 (silver Honda) left in the ambulance bay overnight has been moved to Lot D. Call (303) 555-0160 to arrange pickup.",
     "REWRITE", "other", "sms", "en",
     [("Summit Trauma Center", "SPECIALTY"), ("7KHT392", "VEHICLE_ID"), ("(303) 555-0160", "PHONE")],
     ["urgent-care", "identifier", "practice-contact"], "Decision 11: the plate is VEHICLE_ID and the trauma center's name reveals the visit; the pickup request survives."),
    ("ca0082", "Avoid sticker shock: ask for a free price estimate before your next visit. Our financial counselors can walk you through costs and payment options.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'shock' in a money sense."),
    ("ca0083", "Apex Air Ambulance insurance form: please confirm what we have on file - Name: Curtis Lang, SSN 078-05-1120, DOB 4/17/1966. Reply YES if correct.",
     "BLOCK", "billing", "sms", "en",
     [("Apex Air Ambulance", "SPECIALTY"), ("Curtis Lang", "NAME"), ("078-05-1120", "SSN"), ("4/17/1966", "DATE")],
     ["urgent-care", "dob"], "SSN and a full date of birth with the name must never travel by text (specimen SSN)."),
    ("ca0084", "Please return the loaner cervical collar from the Trauma Clinic (serial CC-2291-0047) at your next visit. Thank you!",
     "REWRITE", "other", "sms", "en",
     [("cervical collar", "PROCEDURE"), ("Trauma", "SPECIALTY"), ("CC-2291-0047", "DEVICE_ID")],
     ["urgent-care", "orthopedics", "identifier"], "Device (PROCEDURE, decision 9), service line and serial go; 'please return the loaner at your next visit' survives."),
)

# ---------------------------------------------------------------- batch 8 (ca0085-ca0096): disguises, family updates, nurse lines, itemized bill
add(
    ("ca0085", "Dr. Varga says ur x-ray looks good - the F.R.A.C.T.U.R.E is h e a l i n g. Keep the s p l i n t on 2 more wks, then start PT.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Varga", "PROVIDER"), ("x-ray", "PROCEDURE"), ("looks good", "RESULT"), ("F.R.A.C.T.U.R.E", "CONDITION"), ("h e a l i n g", "RESULT"), ("s p l i n t", "PROCEDURE"), ("PT", "PROCEDURE")],
     ["orthopedics", "spaced", "shorthand"], "Dotted and spaced letters hide the finding and the device; a result and instructions underneath (decision 5)."),
    ("ca0086", "Lakeview E\u200bD callback: your tro\u200bponin was 0.01 - n\u200bormal. No more testing needed for now. - Dr. Ikeda",
     "BLOCK", "result", "sms", "en",
     [("E\u200bD", "SPECIALTY"), ("tro\u200bponin", "PROCEDURE"), ("0.01", "RESULT"), ("n\u200bormal", "RESULT"), ("Dr. Ikeda", "PROVIDER")],
     ["urgent-care", "cardiology"], "Zero-width spaces inside ED, the test and the result word; a normal value is still a result."),
    ("ca0087", "ur fl00 sw4b from the ER came back p0sitive for flu A. Dr. Brooks sent T4miflu 75mg to ur pharmacy - 1 cap 2x/day x5d",
     "BLOCK", "result", "sms", "en",
     [("fl00 sw4b", "PROCEDURE"), ("ER", "SPECIALTY"), ("p0sitive", "RESULT"), ("flu A", "CONDITION"), ("Dr. Brooks", "PROVIDER"), ("T4miflu 75mg", "MEDICATION")],
     ["urgent-care", "leet", "shorthand"], "Leetspeak test, result and drug with a dosing instruction."),
    ("ca0088", "Your \u0430mbul\u0430nce tr\u0430nsport bill from Tri-County is ready: $1,120.00. Pay at tricountybilling.example/pay or reply HELP.",
     "REWRITE", "billing", "sms", "en",
     [("\u0430mbul\u0430nce tr\u0430nsport", "PROCEDURE"), ("tricountybilling.example/pay", "URL")],
     ["urgent-care", "practice-contact"], "Cyrillic 'а' in 'ambulance transport' (decision 2: the transport is PROCEDURE); the bill notice survives with the biller's link."),
    ("ca0089", "Hi Priya, quick update on Raj from the cath lab: Dr. Fenwick opened the blocked artery and placed two stents. He's stable and headed to the CCU, room 412. You can see him in about an hour.",
     "BLOCK", "other", "sms", "en",
     [("Priya", "NAME"), ("Raj", "NAME"), ("cath lab", "SPECIALTY"), ("Dr. Fenwick", "PROVIDER"), ("blocked artery", "CONDITION"), ("stents", "PROCEDURE"), ("stable", "RESULT"), ("CCU", "SPECIALTY")],
     ["cardiology", "third-party"], "Update to a spouse about a STEMI procedure and condition: third-party health (decision 3: cath lab and CCU are SPECIALTY; decision 5: 'stable' is RESULT)."),
    ("ca0090", "Heads up: the main entrance at Lakeview Regional is closed for construction this week. Please use the North entrance by Garage B - valet parking is free.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Facilities broadcast."),
    ("ca0091", "REMINDER: FLU + COVID SHOTS NOW AVAILABLE AT ALL LOCATIONS. WALK-INS WELCOME, NO APPT NEEDED. SHOTS FOR THE WHOLE FAMILY, EVERYONE 6 MONTHS AND OLDER.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Vaccine broadcast to everyone (README); 'ER' only as a word ending in REMINDER and OLDER."),
    ("ca0092", "Nurse line call-back for Jada: since the fever is 102.6 and she is drinking well, give children's ibuprofen 7.5 mL every 6 hours. If she gets a rash or is hard to wake, take her to the ER.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jada", "NAME"), ("fever", "CONDITION"), ("102.6", "RESULT"), ("children's ibuprofen", "MEDICATION"), ("rash", "CONDITION"), ("ER", "SPECIALTY")],
     ["pediatrics", "urgent-care", "minor", "third-party", "negation"], "Triage advice with a temperature and a dose for a child, sent to the parent; the rash is hypothetical but still labelled (decision 14)."),
    ("ca0093", "Hi Mr. Ferreira, this is Beth with the ED nurse call-back line. We're checking in after your visit for the kidney stone. Reply 1 if you're feeling better or 2 if you'd like a nurse to call you.",
     "REWRITE", "other", "sms", "en",
     [("Ferreira", "NAME"), ("Beth", "PROVIDER"), ("ED", "SPECIALTY"), ("kidney stone", "CONDITION")],
     ["urgent-care", "contrast"], "Decision 4: the condition only labels the visit being followed up; without name, ED and condition the check-in survives."),
    ("ca0094", "Hi, this is the nurse call-back line at Bayside Medical Center. We try to reach everyone a day or two after a visit. Reply 1 if you're doing well or 2 to have a nurse call you. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "contrast"], "The same check-in without name, ED or condition."),
    ("ca0095", "Dr. Kaplan from Eastside ER: your potassium on the repeat draw was 3.1 (L). Please eat potassium-rich foods and take the KCl 20 mEq tabs once daily x 5 days.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Kaplan", "PROVIDER"), ("Eastside ER", "SPECIALTY"), ("potassium", "PROCEDURE"), ("3.1", "RESULT"), ("3.1 ([[L]])", "RESULT"), ("KCl 20 mEq", "MEDICATION")],
     ["urgent-care", "lab"], "Lab value with its flag and a supplement dose (README: a lab flag is its own span)."),
    ("ca0096", "Subject: Your statement from Riverside Medical Center\n\nHello Ms. Thibodeaux,\n\nYour statement for services on 03/28/2026 is now available.\n\nAccount: 7700-418-22\nAmount due after insurance: $356.18\nServices: Emergency Dept visit, level 4; CT head without contrast; laceration repair\n\nPay online at https://riverside.example/pay or call Patient Financial Services at (318) 555-0148, Mon-Fri 8-5. If you are worried about paying, ask us about financial assistance - reply to this e-mail or visit our website.\n\nThank you,\nPatient Financial Services\nRiverside Medical Center",
     "REWRITE", "billing", "email", "en",
     [("Thibodeaux", "NAME"), ("03/28/2026", "DATE"), ("7700-418-22", "ACCOUNT"), ("Emergency Dept", "SPECIALTY"), ("CT head without contrast", "PROCEDURE"), ("laceration repair", "PROCEDURE"), ("https://riverside.example/pay", "URL"), ("(318) 555-0148", "PHONE")],
     ["urgent-care", "identifier", "practice-contact"], "Itemized ED statement: the service lines are removable, the bill survives. Judgement (decision 13): 'level 4' is a billing acuity code, not a result, left unlabelled."),
)

# ---------------------------------------------------------------- batch 9 (ca0097-ca0108): emergency contacts, queues, call-backs, EMS paperwork
add(
    ("ca0097", "You're listed as an emergency contact for someone who receives care at Bayside Medical Center. To keep getting these texts, please confirm this is still your number by replying YES.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Emergency-contact verification: no name, visit or health information about anyone."),
    ("ca0098", "Lakeview Regional: we have Ana Ruiz, (262) 555-0147, listed as your emergency contact. Reply KEEP to confirm or CHANGE to update it.",
     "REWRITE", "other", "sms", "en",
     [("Ana Ruiz", "NAME"), ("(262) 555-0147", "PHONE")],
     ["general", "third-party"], "Decision 7: the emergency contact's name and personal number are a third party's identifiers, not the practice's contact; the request survives without them."),
    ("ca0099", "Thanks for your patience. There are 4 people ahead of you. We'll text you when a room is ready - please stay within 10 minutes of the building.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative", "contrast"], "Queue text with no facility type; a queue position is not an identifier (decision 6)."),
    ("ca0100", "Pinecrest ER: you're #3 in line. Reply LEAVE if you've left.",
     "REWRITE", "other", "sms", "en",
     [("Pinecrest ER", "SPECIALTY")],
     ["urgent-care", "contrast"], "The same queue text from an ER: the name reveals the visit (decision 1)."),
    ("ca0101", "Hi Derek, following up on your ER visit for the dog bite: you're due for rabies vaccine dose #3 on 6/10 (day 7). Please don't skip it. Reply with a time that works for you.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Derek", "NAME"), ("ER", "SPECIALTY"), ("dog bite", "CONDITION"), ("rabies vaccine", "MEDICATION"), ("6/10", "DATE")],
     ["urgent-care"], "Post-exposure treatment schedule: the dose schedule is the message (decision 9: the vaccine is MEDICATION; decision 5: the bite is CONDITION)."),
    ("ca0102", "Dr. Morrow's office: your follow-up visit is tomorrow at 8:45 AM. Please arrive 15 min early and bring a photo ID. Reply C to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Morrow", "PROVIDER")],
     ["primary-care"], "Provider and time only; '15 min early' is not a date."),
    ("ca0103", "Hi, this is Ramon at Eastgate Urgent Care & ER calling to remind you that your suture removal is due this Thursday. You can walk in any time between 8 and 6, no appointment needed.",
     "REWRITE", "reminder", "voice", "en",
     [("Ramon", "PROVIDER"), ("Eastgate Urgent Care & ER", "SPECIALTY"), ("suture removal", "PROCEDURE")],
     ["urgent-care"], "Voicemail treated like SMS: the facility type and the procedure go; the walk-in reminder survives."),
    ("ca0104", "Hi, this message is for Brody's mom. The ED doctor wants to remind you: no screens, no sports and no school for 48 hours because of the concussion, and only Tylenol for the headache - no ibuprofen for now.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Brody", "NAME"), ("ED", "SPECIALTY"), ("concussion", "CONDITION"), ("Tylenol", "MEDICATION"), ("headache", "CONDITION"), ("ibuprofen", "MEDICATION")],
     ["urgent-care", "pediatrics", "minor", "third-party", "negation"], "A child's diagnosis and medication instructions on a voicemail to the parent."),
    ("ca0105", "Join us for Burns Night in the staff cafeteria this Friday: haggis, bagpipes and a poetry reading. All employees and volunteers welcome!",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Staff event (decision 10); 'Burns' is the poet, not an injury."),
    ("ca0106", "Continuing ED credit: the Emergency Nursing Pediatric Course is now open for staff registration in the learning portal. Seats are limited, so sign up early.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "'ED' as continuing education, and a course for staff, not a patient's visit (decision 10)."),
    ("ca0107", "You have a balance from your 1/3 visit to the Lakeview Regional Emergency Department. Pay securely: https://pay.lakeview.example/p?token=Zk83Qm1x",
     "REWRITE", "billing", "sms", "en",
     [("1/3", "DATE"), ("Lakeview Regional Emergency Department", "SPECIALTY"), ("https://pay.lakeview.example/p?token=Zk83Qm1x", "URL")],
     ["urgent-care"], "ED name and a tokened pay link go (README: a token makes the URL patient-specific); the balance notice survives."),
    ("ca0108", "Metro EMS: sorry we missed you. A copy of your transport invoice was mailed to 4417 Larkspur Ct, Unit 12, Aurora, CO 80014. If that address is wrong, call (720) 555-0113.",
     "REWRITE", "billing", "sms", "en",
     [("Metro EMS", "SPECIALTY"), ("transport", "PROCEDURE"), ("4417 Larkspur Ct, Unit 12, Aurora, CO 80014", "ADDRESS"), ("(720) 555-0113", "PHONE")],
     ["urgent-care", "practice-contact"], "The patient's home address and the EMS name and transport go (decision 2); the billing office's phone stays."),
)

# ---------------------------------------------------------------- batch 10 (ca0109-ca0120): long e-mails, pushes, templates, Spanish
add(
    ("ca0109", "Subject: Bayside Health News - Spring edition\n\nDear neighbor,\n\nWe're proud to share that our new Emergency Department at 2200 Harborline Blvd, Port Alder, TX 77590 opens to the public next month, with 32 private rooms, a separate entrance for children and a rooftop helipad for air-medical transfers.\n\nAlso this season:\n- Free Stop the Bleed classes on the first Saturday of every month\n- Hands-only CPR for families, Tuesday evenings\n- \"Know where to go\": when to use your doctor, urgent care or the ER\n\nLive ER waits for all three campuses are now on our website and app. The sickest patients are always seen first. Think heart attack or stroke? Call 911 - do not drive yourself.\n\nSee the full schedule and register at bayside.example/events or call (409) 555-0108.\n\nYou are receiving this newsletter because you signed up at bayside.example. Unsubscribe any time.\n\nBayside Health",
     "ALLOW", "marketing", "email", "en",
     [("2200 Harborline Blvd, Port Alder, TX 77590", "ADDRESS"), ("bayside.example/events", "URL"), ("(409) 555-0108", "PHONE"), ("signed up at [[bayside.example]]", "URL")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every subscriber: new ED, classes, the hospital's own address, link and phone (decision 1: ED unlabelled in broadcasts)."),
    ("ca0110", "Dear Mr. Villanueva,\n\nThis is the Summit Trauma Center clinic team following up after your discharge on 9/14. As a reminder, you were treated for three left rib fractures and a small pneumothorax that resolved before you went home.\n\nPlease keep using the incentive spirometer 10 times an hour while awake. For pain you may take oxycodone 5 mg every 6 hours as needed and acetaminophen 1,000 mg every 8 hours. Do not drive while taking oxycodone.\n\nYour follow-up visit with Dr. Whitfield is on 9/28 at 10:30 AM. Call (303) 555-0161 right away if you have fever, worse shortness of breath or are coughing up blood.\n\nTake care,\nTrauma Clinic Nurse Navigator",
     "BLOCK", "care-instructions", "email", "en",
     [("Villanueva", "NAME"), ("Summit Trauma Center", "SPECIALTY"), ("9/14", "DATE"), ("rib fractures", "CONDITION"), ("pneumothorax", "CONDITION"), ("resolved", "RESULT"), ("incentive spirometer", "PROCEDURE"), ("oxycodone 5 mg", "MEDICATION"), ("acetaminophen 1,000 mg", "MEDICATION"), ("oxycodone", "MEDICATION", 1), ("Dr. Whitfield", "PROVIDER"), ("9/28", "DATE"), ("(303) 555-0161", "PHONE"), ("fever", "CONDITION"), ("shortness of breath", "CONDITION"), ("coughing up blood", "CONDITION"), ("\n[[Trauma]] Clinic Nurse", "SPECIALTY")],
     ["urgent-care"], "Trauma discharge follow-up by e-mail with diagnoses and opioid dosing: clinical content is the message."),
    ("ca0111", "Appt tmrw 10:15 AM w/ Dr. Abara. Tap to check in.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Abara", "PROVIDER")],
     ["general", "contrast", "shorthand"], "Lock-screen reminder with provider and time only."),
    ("ca0112", "Burn Clinic dressing change tmrw 10:15 AM. Tap to check in.",
     "REWRITE", "reminder", "push", "en",
     [("Burn", "CONDITION"), ("dressing change", "PROCEDURE")],
     ["urgent-care", "contrast", "shorthand"], "Same push from a condition-named clinic (decision 3: 'Burn' CONDITION, 'Clinic' outside) with the visit type."),
    ("ca0113", "Sr. Delgado: su cardiólogo revisó el ecocardiograma que le hicieron después del infarto. La fracción de eyección salió en 35%. Siga con el metoprolol 25 mg dos veces al día y venga a rehabilitación cardíaca los lunes y miércoles.",
     "BLOCK", "result", "sms", "es",
     [("Delgado", "NAME"), ("cardiólogo", "SPECIALTY"), ("ecocardiograma", "PROCEDURE"), ("infarto", "CONDITION"), ("fracción de eyección", "PROCEDURE"), ("35%", "RESULT"), ("metoprolol 25 mg", "MEDICATION"), ("rehabilitación cardíaca", "PROCEDURE")],
     ["cardiology"], "Resultado (la medida es PROCEDURE y su valor RESULT, como A1c) e indicaciones de dosis tras un infarto."),
    ("ca0114", "Hospital Regional del Sur: en este momento el tiempo de espera estimado es de 30 minutos. Si su emergencia pone en peligro su vida, llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Tiempo de espera para todos; no habla del destinatario (decision 1)."),
    ("ca0115", "Hola Yesenia, tu cita para revisar la herida de la cara y quitarte los puntos es mañana a las 10 con el Dr. Pacheco en la Clínica de Cirugía Plástica. Responde SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("herida de la cara", "CONDITION"), ("quitarte los puntos", "PROCEDURE"), ("Dr. Pacheco", "PROVIDER"), ("Clínica de Cirugía Plástica", "SPECIALTY")],
     ["urgent-care", "dermatology"], "Cita con la herida como etiqueta de la visita (decision 4): se quitan nombre, herida, procedimiento y clínica; médico y hora quedan."),
    ("ca0116", "Mrs. Landry, this is the flight nurse with SkyLift. Your husband Paul landed safely at Gulf Coast Regional Trauma Center at 4:50. He was intubated for the flight and is going to CT now. A social worker will meet you in the ED lobby.",
     "BLOCK", "other", "voice", "en",
     [("Landry", "NAME"), ("flight nurse", "SPECIALTY"), ("SkyLift", "SPECIALTY"), ("Paul", "NAME"), ("Gulf Coast Regional Trauma Center", "SPECIALTY"), ("intubated", "PROCEDURE"), ("for the [[flight]]", "PROCEDURE"), ("CT", "PROCEDURE"), ("ED", "SPECIALTY")],
     ["urgent-care", "third-party"], "Update to a spouse about an air transfer, intubation and imaging: third-party health. Judgement (decision 12): 'flight nurse' is a role that names a service (like radiologist)."),
    ("ca0117", "This is Cedar Ridge Medical Center with a message for the household. Please call us back at (541) 555-0119 about paperwork from a recent visit. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("(541) 555-0119", "PHONE")],
     ["general", "practice-contact"], "Voicemail naming only the medical center and its number."),
    ("ca0118", "{{practice_name}} ED: your strep test from {{visit_date}} was negative, so no antibiotics are needed. Questions? Call {{practice_phone}}.",
     "BLOCK", "result", "sms", "en",
     [("ED", "SPECIALTY"), ("strep test", "PROCEDURE"), ("negative", "RESULT"), ("antibiotics", "MEDICATION")],
     ["urgent-care", "lab", "negation"], "A template whose fixed text carries a result: a negative result is still a result (README)."),
    ("ca0119", "Your estimated wait at {{location_name}} is {{wait_minutes}} minutes. We'll text you when it's your turn. Reply CANCEL to leave the line.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "Queue template with content-free placeholders only."),
    ("ca0120", "Good news, Mr. Whitaker - the hand surgeon looked at the x-ray of your finger from the ER and says the tendon is intact, so no surgery is needed. Keep the splint on for 3 weeks and start the exercises on the sheet.",
     "BLOCK", "result", "sms", "en",
     [("Whitaker", "NAME"), ("hand surgeon", "SPECIALTY"), ("x-ray", "PROCEDURE"), ("ER", "SPECIALTY"), ("tendon is intact", "RESULT"), ("splint", "PROCEDURE")],
     ["orthopedics", "urgent-care", "negation"], "Over-read by a specialist with a normal finding and instructions (decision 5: 'tendon is intact' is RESULT; decision 12: 'hand surgeon' is SPECIALTY)."),
)

probe_lib.run(M, "ca", "probe76.jsonl")
