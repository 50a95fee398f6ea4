#!/usr/bin/env python3
"""Build corpus/probe54.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe54.py [OUT] [-v]   (default: probe54.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine, the
launcher, Maven and java were not run, and no other corpus, build script, source file or test
was read.

Theme of this round: SOCIAL NEEDS, COMMUNITY SERVICES, INTERPRETERS AND VETERANS — what community
health workers, social workers, case managers, food-as-medicine and housing programs,
non-emergency medical transport (NEMT), interpreter services, VA clinics and community-care
networks and county social services send: social-needs (SDOH) screening invitations and
follow-ups, food-pantry and medically-tailored-meal deliveries, ride confirmations, interpreter
bookings naming the language, benefits enrollment (SNAP, Medicaid renewal, WIC), utility and
housing assistance, VA appointment, rating and travel-pay notices, caregiver programs, legal aid
and immigration-friendly clinic notices. Hard negatives: food-bank and program names, broadcast
service announcements, language names in interpreter offers to everyone, bus routes, benefit
amounts, "shelter" (storm, bus, animal) and "ride" in other senses, a veterinary "Vet Center".
25% Spanish; 4 disguised messages (spaced letters, zero-width, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "70% [[PTSD]] rating" searches for
      "70% PTSD rating" and labels only the bracketed part "PTSD".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A universal social-needs (SDOH) screening named as the recipient's task (questionnaire,
     check-in, "social needs screening") is asked of every patient, like an annual physical: it
     is not a revealing visit type and is not labelled. Its answers and findings are results.
  2. A social need stated as the person's own status (food insecurity, housing instability,
     transportation barriers, "chronically homeless", hunger) is a CONDITION (ICD-10 Z55-Z65 codes
     are diagnoses); a screening finding on it ("positive") is a RESULT, so off the portal such a
     message is BLOCK. A program whose name reveals homelessness ("Street Medicine") is SPECIALTY.
  3. Social-service logistics — food-bank and pantry deliveries, shelter beds, rental and utility
     assistance, SNAP/Medicaid/WIC paperwork, housing navigation, legal aid — are not health
     information: unlabelled, ALLOW; a patient name or identifier in them is still REWRITE.
  4. Food-as-medicine programs prescribed for a condition (medically tailored meals, Produce Rx /
     Produce Prescription, "Food Farmacy", "food-as-medicine") are PROCEDURE (a program term; a
     following generic "program" stays outside) -> REWRITE; a condition-named meal plan keeps the
     generic word outside
     (`diabetes`-friendly meals, comidas para `diabéticos`). A SNAP produce incentive card is not
     a prescribed program and is not labelled.
  5. Benefit and caregiver program names (SNAP, CalFresh, WIC, Medicaid, Medi-Cal, LIHEAP,
     Section 8, Lifeline, PCAFC, Caregiver Support Program, PACT Act) are not labelled. SNAP case
     numbers, WIC family numbers, rental-assistance and Lifeline case numbers are OTHER_ID;
     a Medicaid ID is HEALTH_PLAN_ID.
  6. The language of an interpreter is not labelled (a communication preference, not health
     information), whether offered to everyone or booked for the recipient. A sign-language
     interpreter booked for the recipient reveals a disability: labelled PROCEDURE, like an
     accommodation device, and the message is REWRITE ("an interpreter").
  7. Named non-clinical workforce — community health workers, case managers, navigators,
     caseworkers, interpreters, NEMT drivers, caregiver-support coordinators, a medical-legal
     partnership attorney — are PROVIDER (README: a staff member named as the sender is
     workforce); a role written before the name goes with it (`CHW Ana Beltran`,
     `caseworker D. Morales`, `attorney Grace Lin`), and so does a credential after it
     (`Marisol, CHW`). The bare roles (social worker, case manager, CHW) are generic.
  8. NEMT: trip numbers are booking references like confirmation codes (not labelled); the
     driver's plate is not the patient's vehicle (not labelled); the patient's home pickup address
     is ADDRESS -> REWRITE; the destination practice's address is the practice's (ALLOW); a
     mobility level of service (`wheelchair`) is a device -> PROCEDURE -> REWRITE.
  9. VA: a VA medical center, VAMC, CBOC or "VA Clinic" name is a generic facility name (veteran
     status is not health information); "Mental Health Clinic", "PTSD Clinical Team", the
     Vet Center (readjustment counseling) and audiology are SPECIALTY. A disability rating
     percentage is a RESULT and the rated condition a CONDITION -> BLOCK. Community-care
     authorization and referral numbers and travel-claim numbers are OTHER_ID; the last four
     digits of a bank account are ACCOUNT (not needed in the text -> REWRITE).
 10. A partner agency's public address (the Housing Authority) is treated like the practice's
     own: labelled ADDRESS, ALLOW, tagged practice-contact.
 11. A finding named as a diagnosis in an imaging or exam report ("shows a small stroke",
     "diagnosed a lumbosacral strain") is labelled CONDITION on the diagnosis term; a severity or
     measured value next to it is a RESULT.
 12. Phone numbers spoken digit by digit in voice messages are labelled PHONE over the spoken
     digits; an extension spoken afterwards stays outside.

Everything is invented: names, practices, agencies, 555-01xx numbers, example domains and
identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (be0001-be0012): SDOH screening invitations and follow-ups
add(
    ("be0001", "Linden Community Health: Before your visit on 4/17, please answer 10 quick questions about food, housing, rides and utilities. It helps us connect you with free resources. Takes about 3 min: https://linden.example/needs",
     "ALLOW", "other", "sms", "en",
     [("4/17", "DATE"), ("https://linden.example/needs", "URL")],
     ["primary-care", "practice-contact"], "Decision 1: a universal social-needs questionnaire is not a revealing visit type; the practice's own link carries no token."),
    ("be0002", "Subject: Why we ask about food, housing and safety\n\nDear patients,\nStarting this month, everyone who checks in at any of our clinics will be asked a few short questions about things that affect health: having enough food, a safe and stable place to live, rides to appointments, paying for utilities, and feeling safe at home. Your answers are private, you can skip any question, and they never affect your care or your coverage. If you tell us you need help, a community health worker can connect you to food pantries, rent and utility help, and legal aid.\n\nThank you,\nPatient Experience Team\nLinden Community Health",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast explaining universal social-needs screening; says nothing about the recipient (decision 1)."),
    ("be0003", "Hi Tanisha, this is Marisol, your community health worker at Linden. Your screening from last week came back positive for food insecurity and housing instability. I can help with both - call or text me at (614) 555-0142.",
     "BLOCK", "result", "sms", "en",
     [("Tanisha", "NAME"), ("Marisol", "PROVIDER"), ("positive", "RESULT"), ("food insecurity", "CONDITION"), ("housing instability", "CONDITION"), ("(614) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 2: the screening finding about the recipient is the message (a result on social needs that are Z-code conditions); send a portal notice instead."),
    ("be0004", "Marcus - Renee from the Linden care team. Following up on the resource form you filled out: your rental assistance referral went to Hearthstone Housing Partners today. They'll call within 5 business days. Questions? (614) 555-0143",
     "REWRITE", "other", "sms", "en",
     [("Marcus", "NAME"), ("Renee", "PROVIDER"), ("(614) 555-0143", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 3: a rental-assistance referral is social-service logistics, not health information; only the patient's name goes."),
    ("be0005", "Hola Sra. Paredes, le escribe Lupita, promotora de salud de Clínica del Valle. Su evaluación de necesidades sociales salió positiva para inseguridad alimentaria. ¿Le puedo llamar hoy para inscribirla en la despensa de la clínica?",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("Lupita", "PROVIDER"), ("positiva", "RESULT"), ("inseguridad alimentaria", "CONDITION")],
     ["primary-care", "contrast"], "Decision 2: a positive social-needs screening finding tied to the named recipient is a result; the same text goes on the portal (be0109)."),
    ("be0006", "Clínica del Valle: Antes de su cita, por favor conteste el cuestionario de necesidades sociales (comida, vivienda, transporte, luz y agua). Es confidencial y toma 5 minutos. Responda SI y le mandamos el enlace.",
     "ALLOW", "other", "sms", "es", [],
     ["primary-care", "hard-negative"], "Decision 1: the universal social-needs questionnaire invitation names no finding and no revealing service."),
    ("be0007", "Subject: Your free phone application\n\nHi Mr. Abernathy,\n\nIt was good to talk with you on Tuesday. As we discussed, I submitted your Lifeline application for a free cell phone and monthly minutes so we can reach you between visits. Your case number is LL-5582031; the carrier may ask for it. You should get a letter in 2-3 weeks. If they ask for proof of benefits, your SNAP letter works.\n\nTake care,\nJoy Hammond, Care Coordinator\nRiverside Family Health | (402) 555-0156",
     "REWRITE", "other", "email", "en",
     [("Abernathy", "NAME"), ("LL-5582031", "OTHER_ID"), ("Joy Hammond", "PROVIDER"), ("(402) 555-0156", "PHONE")],
     ["primary-care", "practice-contact"], "Decisions 3 and 5: Lifeline and SNAP are benefit programs, not health information; the name and the application case number (OTHER_ID) are not needed."),
    ("be0008", "Hi Dolores, this is Kwame with the Linden care team. Your husband Ray mentioned to Dr. Osei that he's been skipping his insulin because of the cost. I found a copay program that can help - can you bring his insurance card Thursday?",
     "BLOCK", "other", "sms", "en",
     [("Dolores", "NAME"), ("Kwame", "PROVIDER"), ("Ray", "NAME"), ("Dr. Osei", "PROVIDER"), ("insulin", "MEDICATION")],
     ["primary-care", "third-party"], "A third party's medication and adherence sent to his wife: BLOCK (README: third party's health)."),
    ("be0009", "Hello, this is the care coordination team at Brookside Family Health calling about the community resources you asked about. Please call us back at 5 0 3, 5 5 5, 0 1 4 8, Monday through Friday, 8 to 4:30. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("5 0 3, 5 5 5, 0 1 4 8", "PHONE")],
     ["primary-care", "practice-contact"], "Vague call-back voicemail with the practice's own number spoken (decision 12)."),
    ("be0010", "Linden Resource Hub is open Tues & Thurs 1-4 in the main lobby: free diapers, bus passes, help with utility bills and phone applications. Everyone welcome, no appointment needed.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast of a resource desk for everyone."),
    ("be0011", "Hi Jordan! Your social needs check-in w/ CHW Ana Beltran is Mon 5/5 at 11am. She'll call you, no need to come in. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Jordan", "NAME"), ("CHW Ana Beltran", "PROVIDER"), ("5/5", "DATE")],
     ["primary-care", "shorthand"], "Decisions 1 and 7: the universal check-in is not a revealing visit type and the named CHW is workforce; only the patient's name goes."),
    ("be0012", "Secure message from your Linden care team: Your social needs screening on 3/3 was positive for food insecurity and transportation barriers. We enrolled you in the clinic food pantry (pickups Wednesdays) and requested Medicaid ride benefits. Reply here with questions. - Marisol, CHW",
     "ALLOW", "result", "portal", "en",
     [("3/3", "DATE"), ("positive", "RESULT"), ("food insecurity", "CONDITION"), ("transportation barriers", "CONDITION"), ("Marisol, CHW", "PROVIDER")],
     ["primary-care", "contrast"], "Portal channel: findings may stay (README). Decision 2 for the categories; decision 7 for the CHW credential."),
)

# ---------------------------------------------------------------- batch 2 (be0013-be0024): food pantries, medically tailored meals, produce prescriptions
add(
    ("be0013", "FreshRoots Kitchen: Your medically tailored meals (14 meals, week 3 of 12) arrive Tue between 10am-2pm. Someone must be home to receive the cooler. Reply SKIP to pause this week's delivery.",
     "REWRITE", "confirmation", "sms", "en",
     [("medically tailored meals", "PROCEDURE")],
     ["general"], "Decision 4: medically tailored meals are prescribed for a serious diet-related illness; the program term goes, the delivery window survives."),
    ("be0014", "Hi Gloria! Your 10 diabetes-friendly meals from Good Table ship today and should arrive Thursday. Track your box at goodtable.example/track or text HELP.",
     "REWRITE", "confirmation", "sms", "en",
     [("Gloria", "NAME"), ("diabetes", "CONDITION"), ("goodtable.example/track", "URL")],
     ["general", "practice-contact"], "Decision 4: a condition used as a meal label keeps the generic word outside; the vendor's own tracking page has no token."),
    ("be0015", "Harvest Hill Food Bank: Mobile pantry this Saturday 9am-noon in the Grange Hall parking lot. Fresh produce, dairy and bread. No ID or proof of income needed. Drive-thru and walk-up.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Food-bank broadcast; the food bank's name is not a practice name that reveals a condition."),
    ("be0016", "Your Harvest Hill home-delivered grocery box is on the route for Thursday afternoon. The driver calls 15 min before arriving. Reply HELP for help, STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Decision 3: a food-bank delivery to the recipient is social-service logistics, not health information."),
    ("be0017", "FreshRoots update: after your hospital stay your care team switched your meals to the heart failure plan - under 1,500 mg sodium a day and a 2-liter fluid limit. Keep weighing yourself every morning and call if you gain 3 lbs in a day.",
     "BLOCK", "care-instructions", "sms", "en",
     [("heart failure", "CONDITION")],
     ["cardiology"], "Diagnosis plus treatment instructions (sodium and fluid limits, daily weights): the clinical content is the message."),
    ("be0018", "Hola Don Ernesto, sus comidas para diabéticos de Cocina Sana llegan el miércoles 9 de abril entre 11 y 3. Si no va a estar en casa, responda CAMBIAR.",
     "REWRITE", "confirmation", "sms", "es",
     [("Ernesto", "NAME"), ("diabéticos", "CONDITION"), ("9 de abril", "DATE")],
     ["general"], "Decision 4: the condition labels the meals and can be removed; name goes, date survives."),
    ("be0019", "Banco de Alimentos del Valle: despensa gratis este viernes de 3 a 6 pm en el estacionamiento de la iglesia. Traiga sus bolsas. No pedimos identificación ni preguntamos su estatus migratorio.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Food-bank broadcast in Spanish; immigration wording says nothing about the recipient."),
    ("be0020", "Subject: You did it - 6 months of Produce Rx!\n\nDear Ms. Whitfield,\n\nCongratulations on finishing six months of the Produce Rx program with us. Your hard work shows: your A1c went from 9.1 in January to 7.4 this month, and your weight is down 11 pounds. Dr. Abiodun would like you to stay on the program for another six months, and she is lowering your glipizide to 5 mg once a day because your numbers are so much better.\n\nYour produce card will keep being reloaded on the first of each month. You can use it at the Tuesday market behind the clinic and at Greenway Market.\n\nWarmly,\nThe Food Farmacy team\nEastgate Community Clinic",
     "BLOCK", "result", "email", "en",
     [("Produce Rx", "PROCEDURE"), ("Produce Rx", "PROCEDURE", 1), ("Whitfield", "NAME"), ("A1c", "PROCEDURE"), ("9.1", "RESULT"), ("7.4", "RESULT"), ("weight", "PROCEDURE"), ("down 11 pounds", "RESULT"), ("Dr. Abiodun", "PROVIDER"), ("glipizide", "MEDICATION"), ("Food Farmacy", "PROCEDURE")],
     ["primary-care"], "Results and a dose change in an e-mail; decision 4 for the produce-prescription program names."),
    ("be0021", "Your Fresh Match card was reloaded with $40 for this month. Use it for fruits and veggies at Greenway Market or the Saturday farmers market. Balance questions: (208) 555-0117. Reply STOP to end texts.",
     "ALLOW", "other", "sms", "en",
     [("(208) 555-0117", "PHONE")],
     ["general", "practice-contact"], "Decision 4: a SNAP produce-incentive card is a benefit, not a prescribed program; the amount is not PHI."),
    ("be0022", "Reminder: pick up your Produce Prescription box at the Eastgate clinic Wed 2-5pm. Bring your green card. Cant make it? Reply LATER and we'll hold it til Friday.",
     "REWRITE", "pickup", "sms", "en",
     [("Produce Prescription", "PROCEDURE")],
     ["primary-care", "typo"], "Decision 4: the produce-prescription program reveals a diet-related condition; the pickup survives without it."),
    ("be0023", "Hi Mrs. Oduya, the school nurse let us know Kofi has been coming to school hungry, and at his checkup his weight was below the 5th percentile. Our food pantry team can drop off a box this week - what day works?",
     "BLOCK", "other", "sms", "en",
     [("Oduya", "NAME"), ("Kofi", "NAME"), ("hungry", "CONDITION"), ("weight", "PROCEDURE"), ("below the 5th percentile", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A child's measurement and a symptom sent to the guardian: third party's health (README); decision 2 for hunger as a condition."),
    ("be0024", "New near you: a free community fridge is open 24/7 outside the public library. Take what you need, leave what you can. Tap for the map.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Resource broadcast; 24/7 is not a date."),
)

# ---------------------------------------------------------------- batch 3 (be0025-be0036): non-emergency medical transport
add(
    ("be0025", "RideLink NEMT: Your ride is confirmed for Tue 6/10. Pickup window 8:05-8:35 AM. Drop-off: Brookside Family Health, 410 Cedar Ave, Suite 2. Trip #R55302. Reply 1 to confirm, 2 to cancel.",
     "ALLOW", "confirmation", "sms", "en",
     [("6/10", "DATE"), ("410 Cedar Ave, Suite 2", "ADDRESS")],
     ["primary-care", "practice-contact"], "Decision 8: the trip number is a booking reference and the drop-off is the practice's own address."),
    ("be0026", "RideLink: Your driver Samuel is 10 min away from 77 Orchard Ln Apt 4B in a silver Toyota Sienna, plate 8KPL203. Please be ready at the curb.",
     "REWRITE", "other", "sms", "en",
     [("Samuel", "PROVIDER"), ("77 Orchard Ln Apt 4B", "ADDRESS")],
     ["general"], "Decisions 7 and 8: the driver is workforce and his plate is not the patient's vehicle; the patient's home address is not needed."),
    ("be0027", "Standing ride confirmed: pickups Mon/Wed/Fri at 5:40 AM to Lakeview Dialysis Center through 6/30. If you're not riding, cancel by 8 PM the night before so you aren't marked a no-show.",
     "REWRITE", "confirmation", "sms", "en",
     [("Lakeview Dialysis Center", "SPECIALTY"), ("6/30", "DATE")],
     ["dialysis"], "A dialysis centre name reveals the condition (README); the ride schedule survives."),
    ("be0028", "Level of service: WHEELCHAIR. Your wheelchair van will pick you up at 12:50 PM for your 1:30 appointment. Have your chair ready at the door; the driver can't lift you.",
     "REWRITE", "confirmation", "sms", "en",
     [("WHEELCHAIR", "PROCEDURE"), ("wheelchair", "PROCEDURE")],
     ["general"], "Decision 8: the mobility device is a device term (PROCEDURE); the pickup time survives without it."),
    ("be0029", "ModivaRide: we couldn't confirm your return trip after your chemo infusion today at Pinecrest Cancer Institute because Medicaid ID 9A11223344 shows inactive. Please call us at 1-800-555-0177.",
     "REWRITE", "other", "sms", "en",
     [("chemo infusion", "PROCEDURE"), ("Pinecrest Cancer Institute", "SPECIALTY"), ("9A11223344", "HEALTH_PLAN_ID"), ("1-800-555-0177", "PHONE")],
     ["oncology", "practice-contact"], "Treatment type, cancer-centre name and Medicaid ID go; the eligibility problem and the vendor's call-back survive."),
    ("be0030", "This is CareWheels transportation with a reminder for Harold Bixby, date of birth March 3rd, 1941, about your ride tomorrow at 10 to the Memory Care Clinic. Press 1 to confirm or 2 to cancel.",
     "BLOCK", "reminder", "voice", "en",
     [("Harold Bixby", "NAME"), ("March 3rd, 1941", "DATE"), ("Memory Care Clinic", "SPECIALTY")],
     ["general", "dob"], "Full date of birth with the name (README: BLOCK), spoken on an answering machine."),
    ("be0031", "TransSalud: Su viaje está confirmado para el jueves 12 de junio. Lo recogemos entre 9:10 y 9:40 a.m. Destino: Clínica Familiar Los Pinos. Responda 1 para confirmar o 2 para cancelar.",
     "ALLOW", "confirmation", "sms", "es",
     [("12 de junio", "DATE")],
     ["primary-care"], "Ride confirmation with date, time window and a generic family-clinic destination."),
    ("be0032", "Hola Sr. Quispe, su chofer Rogelio llegará a Calle Roble 218, Depto. 3 a las 7:45 para llevarlo a su diálisis. Es una van blanca de TransSalud.",
     "REWRITE", "other", "sms", "es",
     [("Quispe", "NAME"), ("Rogelio", "PROVIDER"), ("Calle Roble 218, Depto. 3", "ADDRESS"), ("diálisis", "PROCEDURE")],
     ["dialysis"], "Decisions 7 and 8: name, home pickup address and the treatment go; the driver and time survive."),
    ("be0033", "Route 9 riders: the bus shelter outside the Health Center entrance is being replaced Mon-Wed. Please use the temporary stop next to the pharmacy drive-thru.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Shelter' in the bus sense; a route number is not an identifier."),
    ("be0034", "Need a ride to your appointment? If you have Medicaid, rides are free: call the ride line at least 2 business days ahead. Vans, cabs and bus passes available.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about the transport benefit; Medicaid named as a program, not the recipient's ID (decision 5)."),
    ("be0035", "RideLink: We updated your rider profile. Driver notes now read: legally blind, seizure disorder, escort rider to door, no shared rides. Reply OK if this is correct.",
     "BLOCK", "other", "sms", "en",
     [("legally blind", "CONDITION"), ("seizure disorder", "CONDITION")],
     ["general"], "The recipient's disability and diagnosis are the content being confirmed; nothing is left once they go."),
    ("be0036", "Hi, this is Dee from Tri-County Transit's medical ride desk calling for Ms. Florence Adeyemi to confirm tomorrow's 9 AM pickup for her appointment at Westbrook Oncology. Press 1 to confirm, or call 4 1 4, 5 5 5, 0 1 9 2.",
     "REWRITE", "confirmation", "voice", "en",
     [("Dee", "PROVIDER"), ("Florence Adeyemi", "NAME"), ("Westbrook Oncology", "SPECIALTY"), ("4 1 4, 5 5 5, 0 1 9 2", "PHONE")],
     ["oncology", "practice-contact"], "Voicemail: the name and the oncology practice go; the pickup confirmation survives (decision 12 for the spoken number)."),
)

# ---------------------------------------------------------------- batch 4 (be0037-be0048): interpreter services
add(
    ("be0037", "Brookside Family Health: A Somali interpreter will join your visit with Dr. Hassan on Thu 7/17 at 10:20. No need to bring a family member to interpret.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hassan", "PROVIDER"), ("7/17", "DATE")],
     ["primary-care"], "Decision 6: the interpreter's language is a communication preference, not health information."),
    ("be0038", "Hospital San Lucas: Usted tiene derecho a un intérprete gratis en su idioma - español, mixteco, zapoteco, triqui, k'iche' y más. Pídalo al hacer su cita o al llegar.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Language names in an interpreter offer to everyone."),
    ("be0039", "Your ASL interpreter is confirmed for your 2:00 PM appt on 8/4 with Dr. Lindqvist. If you need to change it, text this number or use video relay.",
     "REWRITE", "confirmation", "sms", "en",
     [("ASL interpreter", "PROCEDURE"), ("8/4", "DATE"), ("Dr. Lindqvist", "PROVIDER")],
     ["primary-care"], "Decision 6: a sign-language interpreter booked for the recipient reveals a disability; 'an interpreter' keeps the purpose."),
    ("be0040", "Subject: Free language and disability access services\n\nMercy Ridge offers interpreters in more than 200 languages - in person, by video or by phone - at no cost to you. We also provide American Sign Language and tactile interpreters, CART captioning, and large-print or braille materials. Ask at any front desk or when you book. You never have to bring a family member or a child to interpret.\n\nMercy Ridge Patient Services",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Offer to everyone: sign language, braille and captioning named for all patients say nothing about the recipient (decision 6)."),
    ("be0041", "Hi Mr. Nguyen Van Thanh, a Vietnamese interpreter (Ms. Hoa) is booked for your cardiology follow-up Tue 9/2 at 8:40. Please arrive 15 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("Nguyen Van Thanh", "NAME"), ("Ms. Hoa", "PROVIDER"), ("cardiology", "SPECIALTY"), ("9/2", "DATE")],
     ["cardiology"], "Name and specialty go; the interpreter (workforce, decision 7) and her language (decision 6) may stay."),
    ("be0042", "Interp req: Amharic, pt Tsehay Bekele 34F, new HIV dx, disclosure visit w/ Dr. Alemu 2:30 today Rm 3. Pls confirm asap.",
     "BLOCK", "other", "sms", "en",
     [("Tsehay Bekele", "NAME"), ("HIV", "CONDITION"), ("Dr. Alemu", "PROVIDER")],
     ["hiv-sexual-health", "shorthand", "third-party"], "A new diagnosis with the patient's name, texted to an interpreter agency: the diagnosis is the content, and the recipient is not the patient."),
    ("be0043", "Buenos días, le llama el servicio de intérpretes de Clínica Los Pinos. Tendremos un intérprete de k'iche' para su cita del lunes 3 de marzo a las 9 de la mañana. Si necesita cambiarla, llame al 5 0 9, 5 5 5, 0 1 2 6. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("3 de marzo", "DATE"), ("5 0 9, 5 5 5, 0 1 2 6", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 6 (language not labelled) and decision 12 (spoken practice number)."),
    ("be0044", "Hola Yesenia, confirmamos el intérprete de lengua de señas para la cita de su hijo Mateo en pediatría el 22 de julio a las 3:15. Llegue 10 minutos antes.",
     "REWRITE", "confirmation", "sms", "es",
     [("Yesenia", "NAME"), ("intérprete de lengua de señas", "PROCEDURE"), ("Mateo", "NAME"), ("pediatría", "SPECIALTY"), ("22 de julio", "DATE")],
     ["pediatrics", "minor"], "Decision 6: the sign-language interpreter reveals the parent's disability; names and the specialty go, the child's logistics survive (README: REWRITE)."),
    ("be0045", "Reply with your preferred language for texts from us: 1 English, 2 Español, 3 Tiếng Việt, 4 Soomaali, 5 العربية, 6 Kreyòl ayisyen, 7 ASL video.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Language menu sent to everyone; ASL as a menu choice says nothing about the recipient."),
    ("be0046", "Subject: Interpreter confirmed for your appointment\n\nDear Mr. Haddad,\n\nThis is to confirm that an Arabic interpreter will meet you at check-in for your appointment at Northlake Orthopedics on 10/6 at 1:45 PM. Please bring this e-mail and your photo ID. For our records, your medical record number is 20488173.\n\nIf you need to cancel or would prefer a video interpreter, contact Interpreter Services at interp@northlakehealth.example or (312) 555-0181, Monday-Friday 7:30-4:30.\n\nSincerely,\nInterpreter Services\nNorthlake Health",
     "REWRITE", "confirmation", "email", "en",
     [("Haddad", "NAME"), ("Northlake Orthopedics", "SPECIALTY"), ("10/6", "DATE"), ("20488173", "MRN"), ("interp@northlakehealth.example", "EMAIL"), ("(312) 555-0181", "PHONE")],
     ["orthopedics", "practice-contact"], "Name, orthopedic practice name and MRN go; the language (decision 6), date and the practice's contacts stay."),
    ("be0047", "Hi Rosa, thanks for interpreting for your dad yesterday. Please let him know his biopsy came back benign, but Dr. Park still wants a repeat CT in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Rosa", "NAME"), ("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("Dr. Park", "PROVIDER"), ("CT", "PROCEDURE")],
     ["oncology", "third-party"], "A relative who interpreted receives her father's result: third party's health, and a normal result is still a result."),
    ("be0048", "Haitian Creole interpreter ready. Tap Join.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Decision 6: a spoken language named for the recipient is not health information."),
)

# ---------------------------------------------------------------- batch 5 (be0049-be0060): benefits, utilities, housing assistance
add(
    ("be0049", "Medicaid renewals are back. Watch your mail for a renewal packet and send it back by the date on the letter, even if nothing changed. Free help at any of our front desks.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about Medicaid renewals (decision 5)."),
    ("be0050", "Hi Keisha, your Medicaid renewal for member ID 7700-112-4498 is due 6/30. Our navigator Tom can fill it out with you in 15 min - reply YES to book a time.",
     "REWRITE", "other", "sms", "en",
     [("Keisha", "NAME"), ("7700-112-4498", "HEALTH_PLAN_ID"), ("6/30", "DATE")
      , ("Tom", "PROVIDER")],
     ["general"], "Name and Medicaid member ID are not needed; the renewal deadline and the navigator's offer survive (decisions 5 and 7)."),
    ("be0051", "¿Sabía que puede solicitar CalFresh aquí mismo? Nuestros navegadores le ayudan con la solicitud martes y jueves. El beneficio máximo para una familia de 4 es de $975 al mes.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Benefit program and amount in a broadcast; neither is PHI (decision 5)."),
    ("be0052", "Sra. Cárdenas: su cita de WIC para certificar a su bebé es el 14 de agosto a las 10. Traiga la cartilla de vacunación y comprobante de domicilio. Su número de familia WIC: 4410237.",
     "REWRITE", "reminder", "sms", "es",
     [("Cárdenas", "NAME"), ("14 de agosto", "DATE"), ("4410237", "OTHER_ID")],
     ["pediatrics", "minor"], "Decision 5: WIC is not labelled; the name and the WIC family number are not needed."),
    ("be0053", "Hola Marisela, en la cita de WIC la hemoglobina de Valentina salió en 9.8 (baja). La doctora le recetó hierro en gotas: 1 ml diario con jugo de naranja.",
     "BLOCK", "result", "sms", "es",
     [("Marisela", "NAME"), ("hemoglobina", "PROCEDURE"), ("Valentina", "NAME"), ("9.8", "RESULT"), ("baja", "RESULT"), ("hierro en gotas", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "lab"], "A child's lab value, flag and dosing sent to the parent: third party's health and a result."),
    ("be0054", "County DSS: Your SNAP benefit of $412.00 for this month has been deposited to your EBT card. Questions? Call 1-877-555-0190 or visit any DSS office.",
     "ALLOW", "other", "sms", "en",
     [("1-877-555-0190", "PHONE")],
     ["general", "practice-contact"], "Decisions 3 and 5: a benefit deposit and its amount are not health information; the agency's number is its own."),
    ("be0055", "SNAP interview for case 0049-77182 (Lorenzo Banks) is by phone Wed 3/19 between 8 and 12. Missing it will delay your benefits. Reply CALL if you need a different time.",
     "REWRITE", "reminder", "sms", "en",
     [("0049-77182", "OTHER_ID"), ("Lorenzo Banks", "NAME"), ("3/19", "DATE")],
     ["general"], "Decision 5: the SNAP case number is OTHER_ID; case number and name go, the interview window survives."),
    ("be0056", "Good news, Mr. Halvorsen - we faxed the medical certificate to Northern Plains Electric, so your power can't be shut off while you're on home oxygen. It's good for 30 days; we'll renew it.",
     "REWRITE", "other", "sms", "en",
     [("Halvorsen", "NAME"), ("oxygen", "MEDICATION")],
     ["home-health"], "The reason (home oxygen, README: MEDICATION) can be removed and the utility-protection notice still works."),
    ("be0057", "Energy assistance (LIHEAP) applications open next month. Households under 60% of state median income may get $300-$1,100 toward heating bills. Apply at the Community Action office or ask our front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Utility-assistance broadcast; percentages and amounts are not results."),
    ("be0058", "Subject: Your letter for the Housing Authority\n\nDear Ms. Prentiss,\n\nAttached is the letter you requested to support your reasonable-accommodation request to the Fairview Housing Authority for a ground-floor unit. As you asked, Dr. Moreau's letter states that you have multiple sclerosis and severe COPD, use a walker, and cannot safely climb stairs. Please review it and let us know if anything needs to change before you submit it.\n\nYou can also pick up a signed paper copy at the front desk.\n\nBest regards,\nAnnette Lowry, Medical Records\nFairview Internal Medicine | (701) 555-0114",
     "BLOCK", "other", "email", "en",
     [("Prentiss", "NAME"), ("Dr. Moreau", "PROVIDER"), ("multiple sclerosis", "CONDITION"), ("COPD", "CONDITION"), ("walker", "PROCEDURE"), ("Annette Lowry", "PROVIDER"), ("(701) 555-0114", "PHONE")],
     ["primary-care", "practice-contact"], "The diagnoses and functional limits written into the letter are the content of the e-mail; a portal notice should carry it."),
    ("be0059", "Your Section 8 voucher briefing is Tue at 10:00 AM at the Housing Authority, 200 Main St, Rm 104. Bring photo ID for every adult in the household.",
     "ALLOW", "reminder", "sms", "en",
     [("200 Main St, Rm 104", "ADDRESS")],
     ["general", "practice-contact"], "Decisions 3 and 10: housing logistics; a partner agency's public address is treated like the practice's own."),
    ("be0060", "Asunto: Ayuda para la renta aprobada\n\nEstimada Sra. Ibarra:\n\nNos da gusto informarle que su solicitud de ayuda para la renta fue aprobada. El programa pagará $1,250 directamente a su arrendador para cubrir los meses de mayo y junio. Número de caso: RA-2025-0931. Dirección de la vivienda: Av. Las Palmas 1420, Int. 6.\n\nSu arrendador recibirá el pago en un plazo de 10 a 15 días hábiles. Guarde esta carta: si recibe un aviso de desalojo por esos meses, muéstrelo a nuestra oficina de inmediato. Si su arrendador tiene preguntas, puede llamar a nuestra oficina al (559) 555-0168 de lunes a viernes, de 8 a 5.\n\nAtentamente,\nEquipo de Vivienda\nCentro de Salud Comunitario del Valle",
     "REWRITE", "other", "email", "es",
     [("Ibarra", "NAME"), ("RA-2025-0931", "OTHER_ID"), ("Av. Las Palmas 1420, Int. 6", "ADDRESS"), ("(559) 555-0168", "PHONE")],
     ["general", "practice-contact"], "Decisions 3 and 5: rental assistance is not health information; name, case number and the patient's home address go, the amount stays."),
)

# ---------------------------------------------------------------- batch 6 (be0061-be0072): VA appointments, ratings, travel pay, community care
add(
    ("be0061", "VA appointment reminder: You have an appointment at Prairie Ridge VA Clinic on 08/21 at 1:30 PM with Dr. Okafor. To cancel or reschedule, reply CANCEL or call (319) 555-0128.",
     "ALLOW", "reminder", "sms", "en",
     [("08/21", "DATE"), ("Dr. Okafor", "PROVIDER"), ("(319) 555-0128", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 9: a VA clinic name is a generic facility name; veteran status is not health information."),
    ("be0062", "VA Reminder: MENTAL HEALTH CLINIC appt 09/03 0930 at Sioux Ridge VAMC, Bldg 4, 2nd flr. Reply C to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("MENTAL HEALTH CLINIC", "SPECIALTY"), ("09/03", "DATE")],
     ["behavioral-health", "shorthand"], "Decision 9: the clinic stop name reveals behavioral health; the VAMC name, date and time survive."),
    ("be0063", "SSgt (Ret) Dwayne Pruitt: your PTSD Clinical Team intake is 10/14 at 0800. Bring your DD-214 and the C&P exam results for your 70% PTSD rating.",
     "BLOCK", "reminder", "sms", "en",
     [("Dwayne Pruitt", "NAME"), ("PTSD Clinical Team", "SPECIALTY"), ("10/14", "DATE"), ("C&P exam", "PROCEDURE"), ("70%", "RESULT"), ("70% [[PTSD]] rating", "CONDITION")],
     ["behavioral-health"], "Decision 9: a service-connected rating and its condition are a determination about the veteran, not a removable label; rank stays outside the name."),
    ("be0064", "Subject: Beneficiary travel - what's changed\n\nVeterans with a service-connected rating of 30% or more, Veterans traveling for care of a service-connected condition, and Veterans who receive a VA pension may be reimbursed for mileage to VA and approved community care appointments. Claims must be filed within 30 days of the appointment. The deductible is waived for many Veterans this year. Ask the travel office in the main lobby if you need help filing.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Eligibility rules sent to every veteran; '30%' and 'service-connected' describe no one."),
    ("be0065", "Your beneficiary travel claim 2025-TC-448201 for your 06/12 appointment was approved. $38.72 will be deposited to your account ending 4471 in 3-5 business days.",
     "REWRITE", "billing", "sms", "en",
     [("2025-TC-448201", "OTHER_ID"), ("06/12", "DATE"), ("4471", "ACCOUNT")],
     ["general"], "Decision 9: the travel-claim number (OTHER_ID) and the account's last four digits (ACCOUNT) are not needed; the amount survives."),
    ("be0066", "PCAFC update for Linda Marsh (primary family caregiver): the team's reassessment found Steven's TBI and PTSD still require daily supervision, so your Level 2 stipend continues through next year.",
     "BLOCK", "other", "sms", "en",
     [("Linda Marsh", "NAME"), ("Steven", "NAME"), ("TBI", "CONDITION"), ("PTSD", "CONDITION")],
     ["behavioral-health", "third-party"], "The veteran's conditions sent to his caregiver: third party's health. Decision 5: PCAFC is a program name and is not labelled."),
    ("be0067", "VA: Le recordamos su cita en la Clínica Comunitaria del VA Río Bravo el 15/09 a las 10:00 con la Dra. Salinas. Para cancelar, llame al (956) 555-0135.",
     "ALLOW", "reminder", "sms", "es",
     [("15/09", "DATE"), ("Dra. Salinas", "PROVIDER"), ("(956) 555-0135", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 9: a VA community clinic (CBOC) name is generic; date, time, provider and the clinic's number are allowed."),
    ("be0068", "Community Care: Your referral to Bayside Audiology for a hearing aid fitting was approved. Auth # VA0012345678. Bayside will call you within 7 days to schedule.",
     "REWRITE", "other", "sms", "en",
     [("Bayside Audiology", "SPECIALTY"), ("hearing aid fitting", "PROCEDURE"), ("VA0012345678", "OTHER_ID")],
     ["general"], "Decision 9: the hearing practice name and the device visit go, and the community-care authorization number is OTHER_ID; 'the provider will call' survives."),
    ("be0069", "Hello, this is the Lakeshore VA audiology clinic calling for Mr. Roberts. Your hearing test showed moderate-to-severe hearing loss in both ears. Hearing aids have been ordered; please call 6 0 8, 5 5 5, 0 1 7 1 to schedule a fitting.",
     "BLOCK", "result", "voice", "en",
     [("audiology", "SPECIALTY"), ("Roberts", "NAME"), ("hearing test", "PROCEDURE"), ("moderate-to-severe", "RESULT"), ("hearing loss", "CONDITION"), ("Hearing aids", "PROCEDURE"), ("6 0 8, 5 5 5, 0 1 7 1", "PHONE")],
     ["general", "practice-contact"], "A test finding left on a voicemail (decision 11: severity RESULT, diagnosis CONDITION)."),
    ("be0070", "VA Health: You have a new secure message from your care team. Sign in to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI; 'VA' is not a condition (decision 9)."),
    ("be0071", "Happy Veterans Day to everyone who served. All Riverbend clinics are closed Tuesday; the nurse advice line stays open 24/7.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure broadcast."),
    ("be0072", "Veterano Castillo: su cita de fisioterapia por atención comunitaria con Movimiento PT es el 2 de octubre a las 14:00. Autorización: VA0098877665.",
     "REWRITE", "reminder", "sms", "es",
     [("Castillo", "NAME"), ("fisioterapia", "PROCEDURE"), ("Movimiento PT", "SPECIALTY"), ("2 de octubre", "DATE"), ("VA0098877665", "OTHER_ID")],
     ["physical-therapy"], "Name, therapy, PT practice name and authorization number go (decision 9); 'Veterano' is a form of address, not a name."),
)

# ---------------------------------------------------------------- batch 7 (be0073-be0084): Vet Center (both senses), caregivers, ratings, VA pharmacy
add(
    ("be0073", "Hi Sgt. Kowalski, this is Dana at the Vet Center. Your readjustment counseling was set to end 11/30, but after the suicidal thoughts you told us about last month Dr. Reyes wants to keep weekly sessions. If you're in crisis, call 988 and press 1.",
     "BLOCK", "other", "sms", "en",
     [("Kowalski", "NAME"), ("Dana", "PROVIDER"), ("Vet Center", "SPECIALTY"), ("readjustment counseling", "PROCEDURE"), ("11/30", "DATE"), ("suicidal thoughts", "CONDITION"), ("Dr. Reyes", "PROVIDER")],
     ["behavioral-health"], "A symptom and a treatment decision are the content. Decision 9: the Vet Center (readjustment counseling) is SPECIALTY; 988 is not a phone identifier."),
    ("be0074", "Cedar Creek Vet Center: Biscuit is due for his rabies and Bordetella boosters. Book online or reply BOOK. Paws up! 🐾",
     "ALLOW", "recall", "sms", "en", [],
     ["general", "hard-negative"], "A veterinary clinic called 'Vet Center' and a dog's vaccines: no person, no human health information."),
    ("be0075", "Subject: Caregiver Support Program - spring workshops\n\nFree workshops for family caregivers of Veterans: managing stress, safe lifting and transfers, planning respite, and paperwork for benefits. Sessions are Wednesdays at 6 PM in the Building 2 auditorium or by video. Light dinner provided; bring the person you care for if you need to - respite volunteers will be there.\n\nCaregiver Support Team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Caregiver-program broadcast (decision 5)."),
    ("be0076", "Hi Carla, it's Jess, your dad's caregiver support coordinator at the VA. His Parkinson's has progressed and the team approved 20 hrs/wk of home health aide. Can we meet Tue to set it up?",
     "BLOCK", "other", "sms", "en",
     [("Carla", "NAME"), ("Jess", "PROVIDER"), ("Parkinson's", "CONDITION"), ("home health aide", "PROCEDURE")],
     ["home-health", "third-party"], "The father's diagnosis and its progression sent to his daughter: third party's health."),
    ("be0077", "Reminder from Lakeshore VAMC: your MOVE! weight management class starts Thu 4/3 at 2 PM in Rm 1B-210. Wear comfortable shoes.",
     "REWRITE", "reminder", "sms", "en",
     [("MOVE! weight management", "PROCEDURE"), ("4/3", "DATE")],
     ["primary-care"], "A weight-management program is a program term that reveals the reason for the visit; the class logistics survive."),
    ("be0078", "Sr. Villarreal, su reclamo de compensación por discapacidad ya tiene decisión: 50% por TEPT y 10% por tinnitus. La carta oficial le llegará por correo en 7 a 10 días.",
     "BLOCK", "result", "sms", "es",
     [("Villarreal", "NAME"), ("50%", "RESULT"), ("TEPT", "CONDITION"), ("10%", "RESULT"), ("tinnitus", "CONDITION")],
     ["behavioral-health"], "Decision 9: disability ratings (RESULT) for named conditions are a determination; the decision itself is the message."),
    ("be0079", "Ley PACT: si usted es veterano y estuvo expuesto a fosas de quema o al Agente Naranja, ahora puede inscribirse en la atención médica del VA. Pregunte por la evaluación de exposición tóxica; es gratis.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to all veterans; an exposure screening offered to everyone says nothing about the recipient."),
    ("be0080", "Your toxic exposure screening is set for 5/22 at 9:00 with PACT team nurse Gail at Lakeshore VAMC, 2nd floor. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("toxic exposure screening", "PROCEDURE"), ("5/22", "DATE"), ("nurse Gail", "PROVIDER")],
     ["primary-care", "contrast"], "The same screening as the recipient's own appointment is REWRITE (README: broadcasts vs own appointment); 'PACT team' is the VA primary-care team, generic."),
    ("be0081", "VA Pharmacy: your prazosin 2mg capsules for nightmares shipped today. Dr. Feld increased your dose - take 2 capsules at bedtime starting Monday. Track at va-rx.example/track",
     "BLOCK", "care-instructions", "sms", "en",
     [("prazosin 2mg", "MEDICATION"), ("nightmares", "CONDITION"), ("Dr. Feld", "PROVIDER"), ("va-rx.example/track", "URL")],
     ["pharmacy", "behavioral-health", "practice-contact"], "A dose change with dosing instructions is treatment content (README: BLOCK), beyond a removable drug name."),
    ("be0082", "Thank you for calling Lakeshore VA Medical Center. If you are a Veteran in crisis or worried about one, hang up and dial 988, then press 1. For appointments, press 2. For pharmacy refills, press 3. For the travel office, press 4.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "IVR greeting heard by every caller; 988 is not a phone identifier."),
    ("be0083", "Patriot Care Network: Your first appointment with Dr. Ames at Summit Spine & Pain is 7/8 at 3:40 PM. Bring your VA referral letter and photo ID. Referral # PCN-33019182.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Ames", "PROVIDER"), ("Summit Spine & Pain", "SPECIALTY"), ("7/8", "DATE"), ("PCN-33019182", "OTHER_ID")],
     ["orthopedics"], "Decision 9: the community-care referral number is OTHER_ID; the spine-and-pain practice name reveals the condition."),
    ("be0084", "MSgt Ortega, Dr. Blum reviewed your sleep study: severe obstructive sleep apnea (AHI 48). A CPAP has been ordered and Prosthetics will mail it to you.",
     "BLOCK", "result", "sms", "en",
     [("Ortega", "NAME"), ("Dr. Blum", "PROVIDER"), ("sleep study", "PROCEDURE"), ("severe", "RESULT"), ("obstructive sleep apnea", "CONDITION"), ("AHI", "PROCEDURE"), ("48", "RESULT"), ("CPAP", "PROCEDURE")],
     ["primary-care"], "A test result and diagnosis (decision 11: severity RESULT, diagnosis CONDITION; the scale and its value as in the README)."),
)

# ---------------------------------------------------------------- batch 8 (be0085-be0096): legal aid, immigration-friendly clinics, shelter and housing
add(
    ("be0085", "Free legal help at the clinic! Lawyers from Valley Legal Aid are here every 2nd Thursday, 1-4 PM: evictions, unsafe housing, benefit denials, immigration paperwork. Walk in, no SSN or ID required.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Legal-aid broadcast; 'SSN' named without a number."),
    ("be0086", "Nuestra clínica atiende a todas las personas sin importar su estatus migratorio. No compartimos su información con inmigración. No necesita número de seguro social para recibir atención.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Immigration-friendly clinic notice to everyone."),
    ("be0087", "Hi Mr. Abdi, this is attorney Grace Lin with the Medical-Legal Partnership at Brookside. Our meeting about the mold and repiars at your apartment is Tue 2/11 at 3 PM in Room 12.",
     "REWRITE", "reminder", "sms", "en",
     [("Abdi", "NAME"), ("attorney Grace Lin", "PROVIDER"), ("2/11", "DATE")],
     ["general", "typo"], "Decisions 3 and 7: housing repairs are not health information and the partnership's attorney is workforce; only the patient's name goes."),
    ("be0088", "Hi Ms. Darby, for your housing court hearing on 3/4: Dr. Pham's letter says Jaylen's asthma attacks and 2 ER visits since October are linked to the mold. Bring the letter and your photos.",
     "BLOCK", "other", "sms", "en",
     [("Darby", "NAME"), ("3/4", "DATE"), ("Dr. Pham", "PROVIDER"), ("Jaylen", "NAME"), ("asthma attacks", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A child's condition and ER history sent to the parent for a legal case: third party's health."),
    ("be0089", "Hola Sra. Mendoza, le habla la Lic. Ortega de la clínica legal para inmigrantes. Su cita para revisar su caso de asilo es el 19 de noviembre a las 11. Traiga su pasaporte y todos los papeles que le hayan llegado.",
     "REWRITE", "reminder", "sms", "es",
     [("Mendoza", "NAME"), ("Lic. Ortega", "PROVIDER"), ("19 de noviembre", "DATE")],
     ["general"], "Decisions 3 and 7: an immigration legal appointment is not health information; the name goes."),
    ("be0090", "Sr. Batista, su examen médico de inmigración (I-693) está casi listo, pero la prueba de sífilis salió reactiva y necesita tratamiento antes de que el Dr. Rivas pueda firmar el formulario.",
     "BLOCK", "result", "sms", "es",
     [("Batista", "NAME"), ("examen médico de inmigración", "PROCEDURE"), ("prueba de sífilis", "PROCEDURE"), ("reactiva", "RESULT"), ("Dr. Rivas", "PROVIDER")],
     ["hiv-sexual-health"], "A reactive STI result is the message; the form number I-693 is a form, not an identifier."),
    ("be0091", "Alicia, your bed at Harbor Light Shelter is held until 7 PM tonight. Priya (your case manager) will meet you there at 6 to go over the housing application.",
     "REWRITE", "other", "sms", "en",
     [("Alicia", "NAME"), ("Priya", "PROVIDER")],
     ["general"], "Decision 3 (shelter logistics are not labelled) and decision 7 (case manager is workforce); only the name goes. Judgement: a stricter policy might drop the shelter's name."),
    ("be0092", "Street Medicine team: Hi Dale, we missed you at the camp by the river today. Your wound culture grew MRSA. Please start the doxycycline we left with Tommy, 1 tab twice a day for 10 days.",
     "BLOCK", "result", "sms", "en",
     [("Street Medicine", "SPECIALTY"), ("Dale", "NAME"), ("wound culture", "PROCEDURE"), ("MRSA", "RESULT"), ("doxycycline", "MEDICATION"), ("Tommy", "NAME")],
     ["primary-care"], "A culture result and dosing instructions; decision 2 for the street-medicine program name."),
    ("be0093", "Weather alert: a tornado watch is in effect until 9 PM. If sirens sound, shelter in place in an interior room away from windows. Our evening clinic closes at 5 today.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Shelter' as an emergency instruction."),
    ("be0094", "Albergue de Animales Patitas: ¡jornada de adopción este sábado! Perros y gatos vacunados y esterilizados, listos para un hogar. ¡Trae a tu familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "An animal shelter; vaccinated and sterilized animals, no person."),
    ("be0095", "Subject: Your housing navigation appointment\n\nHello,\n\nThank you for meeting with our housing navigator last week. Your next appointment is Monday, 9/15 at 10:30 AM at our Resource Center, 1180 Wabash Ave, Suite 110 (enter on the side facing the parking lot).\n\nPlease bring:\n- a photo ID (any kind, expired is OK)\n- your Social Security card, if you have it\n- proof of any income, or a letter saying you have none\n- any letters from the Housing Authority\n\nIf you can't make it, call or text us at (217) 555-0109 and we will find another time. Bus routes 4 and 11 stop in front of the building.\n\nSee you soon,\nResource Center Team\nPrairie Community Health",
     "ALLOW", "reminder", "email", "en",
     [("9/15", "DATE"), ("1180 Wabash Ave, Suite 110", "ADDRESS"), ("(217) 555-0109", "PHONE")],
     ["general", "practice-contact"], "Decision 3: housing navigation is social-service logistics; the address and phone are the practice's own; bus routes are not identifiers."),
    ("be0096", "Subject: Disability verification for your housing application\n\nHi Terrence,\n\nDr. Chen completed the disability verification form for your Permanent Supportive Housing application. It certifies that you have schizophrenia, that you have been chronically homeless for more than 3 years, and that you need ongoing case management to stay housed. I faxed it to Coordinated Entry this morning.\n\nYour next step is the housing interview; I'll text you when it's scheduled. Until then, keep your phone charged and check in at the drop-in center on Mondays so we don't lose track of you. If your number changes, leave the new one with the front desk.\n\nThanks for sticking with this - it's a long process and you're almost there.\n\nMiguel Soto\nCase Manager, Northside Health Center",
     "BLOCK", "other", "email", "en",
     [("Terrence", "NAME"), ("Dr. Chen", "PROVIDER"), ("schizophrenia", "CONDITION"), ("chronically homeless", "CONDITION"), ("Miguel Soto", "PROVIDER")],
     ["behavioral-health"], "A certified diagnosis is the content. Decision 2: chronic homelessness stated as the person's status is a CONDITION; decision 5: the housing program name is not labelled."),
)

# ---------------------------------------------------------------- batch 9 (be0097-be0108): CHW visits, disguises, county services, caregivers
add(
    ("be0097", "hi its Bri ur CHW from Eastgate, running 15 min late for our 2pm home visit, traffic on the bridge. c u soon",
     "ALLOW", "other", "sms", "en",
     [("Bri", "PROVIDER")],
     ["primary-care", "shorthand"], "Decision 7: the CHW is the sender (workforce). Judgement: a CHW home visit is not a home-health visit type."),
    ("be0098", "Reminder: your ride to D I A L Y S I S is Sat at 6:10am. Driver will wait 5 min only. Reply 2 to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("D I A L Y S I S", "PROCEDURE")],
     ["dialysis", "spaced"], "Spaced-out treatment name in a ride reminder; the ride survives without it."),
    ("be0099", "Hi Mr. Greer, VA lab results: your H\u200bI\u200bV test came back n\u200begative and your hep C antibody was positive. Dr. Wolfe will call you this week.",
     "BLOCK", "result", "sms", "en",
     [("Greer", "NAME"), ("H\u200bI\u200bV test", "PROCEDURE"), ("n\u200begative", "RESULT"), ("hep C antibody", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Wolfe", "PROVIDER")],
     ["hiv-sexual-health", "lab"], "Results hidden with zero-width spaces; a negative result is still a result (README)."),
    ("be0100", "Hola Sra. Beltrán, su transporte para la qu1m10 en Centro Oncológico del Norte es el 4 de diciembre, la recogemos a las 7:30.",
     "REWRITE", "confirmation", "sms", "es",
     [("Beltrán", "NAME"), ("qu1m10", "PROCEDURE"), ("Centro Oncológico del Norte", "SPECIALTY"), ("4 de diciembre", "DATE")],
     ["oncology", "leet"], "Leetspeak 'quimio' in a ride confirmation; name, treatment and cancer-centre name go."),
    ("be0101", "Hi Vera, your sister Anya asked us to let you know her d\u0435pression has gotten worse since the eviction and she's staying at the shelter on 5th for now.",
     "BLOCK", "other", "sms", "en",
     [("Vera", "NAME"), ("Anya", "NAME"), ("d\u0435pression", "CONDITION")],
     ["behavioral-health", "third-party"], "A sister's mental-health condition with a Cyrillic look-alike 'e': third party's health."),
    ("be0102", "Hola, soy Carmen, su trabajadora social del Hospital General del Condado. Ya quedó lista su solicitud de Medi-Cal; le llamo mañana para revisar los documentos que faltan.",
     "ALLOW", "other", "sms", "es",
     [("Carmen", "PROVIDER")],
     ["general"], "Decisions 5 and 7: Medi-Cal paperwork is not health information and the social worker is the sender."),
    ("be0103", "Subject: Help for family caregivers - spring newsletter\n\nCaring for a parent, partner or neighbor? The Lakeland Area Agency on Aging offers free help: respite hours so you can rest, adult day programs, home-delivered meals, help applying for benefits, and a support group on the first Monday of every month (coffee and childcare provided). Many of these services have no income limit.\n\nLearn more at lakelandaging.example or call (863) 555-0121.",
     "ALLOW", "marketing", "email", "en",
     [("lakelandaging.example", "URL"), ("(863) 555-0121", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Agency newsletter to everyone; its own site and phone."),
    ("be0104", "Asunto: Intérprete y transporte confirmados\n\nEstimado Sr. Gutiérrez:\n\nLe confirmamos su intérprete de portugués y su transporte para su cita de cardiología con el Dr. Benítez el lunes 20 de octubre a las 9:00. El chofer pasará por usted a Calle Olmo 55, Apto. 2 a las 8:10. Si no va a usar el transporte, avísenos con un día de anticipación.\n\nServicios al Paciente\nHospital Mercy Ridge",
     "REWRITE", "confirmation", "email", "es",
     [("Gutiérrez", "NAME"), ("cardiología", "SPECIALTY"), ("Dr. Benítez", "PROVIDER"), ("20 de octubre", "DATE"), ("Calle Olmo 55, Apto. 2", "ADDRESS")],
     ["cardiology"], "Decisions 6 and 8: the language stays; name, specialty and the home pickup address go."),
    ("be0105", "This message is for the son of Edna Kowalczyk. This is Lorraine from County Adult Services. Your mother was found confused and dehydrated at home this morning and was taken to St. Anne's. Please call me back at 4 1 2, 5 5 5, 0 1 8 4.",
     "BLOCK", "other", "voice", "en",
     [("Edna Kowalczyk", "NAME"), ("Lorraine", "PROVIDER"), ("confused", "CONDITION"), ("dehydrated", "CONDITION"), ("4 1 2, 5 5 5, 0 1 8 4", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "A parent's condition left on a voicemail for her son: third party's health."),
    ("be0106", "County Social Services: your appointment with caseworker D. Morales is Wed 10/22 at 2:00 PM, 3rd floor. Bring pay stubs from teh last 30 days.",
     "ALLOW", "reminder", "sms", "en",
     [("caseworker D. Morales", "PROVIDER"), ("10/22", "DATE")],
     ["general", "typo"], "Decisions 3 and 7: a benefits appointment with a named caseworker, date and time."),
    ("be0107", "Hi Priscilla, Mia's WIC appt moved to 8/12 at 9:40. She turns 2 next month, so bring her shot record and your proof of address.",
     "REWRITE", "reminder", "sms", "en",
     [("Priscilla", "NAME"), ("Mia", "NAME"), ("8/12", "DATE")],
     ["pediatrics", "minor", "shorthand"], "A dependent's logistics with names only (README: REWRITE); WIC is not labelled (decision 5) and an age under 90 is not an identifier."),
    ("be0108", "Hi Desmond, Olivia from the food-as-medicine program. Your last 3 CGM reports show sugars over 300 most evenings, so we're switching you to the low-carb meal plan and Dr. Iqbal wants your Lantus raised to 28 units.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Desmond", "NAME"), ("Olivia", "PROVIDER"), ("food-as-medicine", "PROCEDURE"), ("CGM", "PROCEDURE"), ("over 300", "RESULT"), ("Dr. Iqbal", "PROVIDER"), ("Lantus", "MEDICATION")],
     ["primary-care"], "Readings and a dose change are the content; decision 4 for the program term (the generic word 'program' stays outside, as with 'Produce Rx program')."),
)

# ---------------------------------------------------------------- batch 10 (be0109-be0120): portal contrast, relatives, VA exams, broadcasts
add(
    ("be0109", "Mensaje seguro de Clínica del Valle: Sra. Paredes, su evaluación de necesidades sociales del 2 de mayo salió positiva para inseguridad alimentaria e inseguridad de vivienda. Ya la inscribimos en la despensa (recoge los miércoles). - Lupita, promotora de salud",
     "ALLOW", "result", "portal", "es",
     [("Paredes", "NAME"), ("2 de mayo", "DATE"), ("positiva", "RESULT"), ("inseguridad alimentaria", "CONDITION"), ("inseguridad de vivienda", "CONDITION"), ("Lupita", "PROVIDER")],
     ["primary-care", "contrast"], "Portal channel: the screening finding may stay (README); contrast with be0005 by SMS. Decision 2 for the categories."),
    ("be0110", "Don Aurelio, le escribe Rocío del programa de apoyo a cuidadores. Su esposa ya no califica para el centro de día porque su demencia avanzó; la trabajadora social le llamará para ver otras opciones.",
     "BLOCK", "other", "sms", "es",
     [("Aurelio", "NAME"), ("Rocío", "PROVIDER"), ("demencia", "CONDITION")],
     ["home-health", "third-party"], "The wife's diagnosis and its progression sent to her husband: third party's health."),
    ("be0111", "Sr. Acosta: Medicaid aprobó su cobertura por discapacidad con base en el informe del Dr. Lozano (insuficiencia renal etapa 4 y amputación debajo de la rodilla). Su nuevo número de Medicaid es 88412097C.",
     "BLOCK", "other", "sms", "es",
     [("Acosta", "NAME"), ("Dr. Lozano", "PROVIDER"), ("insuficiencia renal", "CONDITION"), ("etapa 4", "RESULT"), ("amputación debajo de la rodilla", "PROCEDURE"), ("88412097C", "HEALTH_PLAN_ID")],
     ["general"], "The diagnoses behind a disability determination are the content; a stage is a state of the condition (RESULT, README)."),
    ("be0112", "Mensaje para la familia de Teodoro Luna: habla Nayeli, intérprete del Hospital Mercy Ridge. El doctor me pidió avisarles que la tomografía de su papá muestra un derrame cerebral pequeño y que lo van a dejar internado esta noche.",
     "BLOCK", "result", "voice", "es",
     [("Teodoro Luna", "NAME"), ("Nayeli", "PROVIDER"), ("tomografía", "PROCEDURE"), ("derrame cerebral", "CONDITION")],
     ["general", "third-party"], "An imaging finding about a father left for the family (decision 11: the diagnosis term is CONDITION); decision 7 for the interpreter."),
    ("be0113", "Recordatorio: taller gratuito para cuidadores familiares este jueves a las 6 pm en el salón comunitario. Habrá cena y cuidado de niños. Más información: cuidadores.example.org",
     "ALLOW", "marketing", "sms", "es",
     [("cuidadores.example.org", "URL")],
     ["general", "broadcast", "practice-contact"], "Caregiver workshop broadcast with the organiser's own site."),
    ("be0114", "Caminata de la Salud 5K: ¡corre o camina con nosotros el domingo! Hay aventón gratis desde la parada del autobús de la ruta 22 y playeras para los primeros 100.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Aventón' (a ride) and a bus route in an event broadcast."),
    ("be0115", "Hi Lorna, Jake from Meals Together. We paused your dad's deliveries because he's in the hospital after a fall - the discharge nurse said he broke his hip. Text us when he's home and we'll restart.",
     "BLOCK", "other", "sms", "en",
     [("Lorna", "NAME"), ("Jake", "PROVIDER"), ("fall", "CONDITION"), ("broke his hip", "CONDITION")],
     ["home-health", "third-party"], "A father's hospitalisation and injury told to his daughter: third party's health; the meal pause alone would be fine."),
    ("be0116", "Subject: Your C&P exam summary\n\nMr. Delgado,\n\nHere is a summary of your compensation and pension exam on 4/28 for your claim. The examiner found limited range of motion in your left knee (flexion 95 degrees, normal is 140) and diagnosed a lumbosacral strain with radiculopathy down the right leg. She noted your tinnitus is at least as likely as not caused by noise exposure in service.\n\nThe full report will be in your VA file within about two weeks, and the rating decision usually follows in 30 to 60 days. You do not need to do anything right now. If you disagree with anything in the report, you can send a statement to the regional office, and we can help you write it. Please do not mail original documents; bring copies to our office instead.\n\nOur walk-in hours are Tuesday and Thursday, 9 to 3, on the second floor of the courthouse annex.\n\nLakeland Veterans Service Office",
     "BLOCK", "result", "email", "en",
     [("C&P exam", "PROCEDURE"), ("Delgado", "NAME"), ("compensation and pension exam", "PROCEDURE"), ("4/28", "DATE"), ("limited range of motion", "RESULT"), ("flexion", "PROCEDURE"), ("95 degrees", "RESULT"), ("lumbosacral strain", "CONDITION"), ("radiculopathy", "CONDITION"), ("tinnitus", "CONDITION")],
     ["general", "orthopedics"], "Exam findings and diagnoses by e-mail (decision 11); the reference range 'normal is 140' is not the patient's value."),
    ("be0117", "Reminder for caregiver Tom Hale: bring Grace's seizure log and her Keppra bottle to Friday's neuro appointment. She's had 3 breakthrough seizures since the dose change.",
     "BLOCK", "reminder", "sms", "en",
     [("Tom Hale", "NAME"), ("Grace", "NAME"), ("seizure", "CONDITION"), ("Keppra", "MEDICATION"), ("neuro", "SPECIALTY"), ("breakthrough seizures", "CONDITION")],
     ["general", "third-party"], "The care recipient's condition, drug and seizure count sent to her caregiver: third party's health."),
    ("be0118", "Eastgate Health: Your appointment with Dr. Ferreira is Mon 11/3 at 8:15 AM. Free rides available - reply RIDE and we'll book one. Interpreters in any language at no cost.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ferreira", "PROVIDER"), ("11/3", "DATE")],
     ["primary-care"], "Reminder with provider, date and time, plus ride and interpreter offers made to everyone."),
    ("be0119", "Hi, this is Tasha with the Lakeshore VA travel office returning your call about mileage reimbursement. Please call me back at 7 1 5, 5 5 5, 0 1 3 9, extension 42. Thanks.",
     "ALLOW", "other", "voice", "en",
     [("Tasha", "PROVIDER"), ("7 1 5, 5 5 5, 0 1 3 9", "PHONE")],
     ["general", "practice-contact"], "Decisions 7, 9 and 12: named staff, a generic VA office and the office's spoken number (extension outside)."),
    ("be0120", "Lakeshore VA: Starting Monday the shuttle between the main hospital and the Fox River clinic runs every 30 min, 7 AM to 5 PM. No reservation needed.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Shuttle broadcast; a ride in the transport sense for everyone."),
)

probe_lib.run(M, "be", "probe54.jsonl")
