#!/usr/bin/env python3
"""Build corpus/probe70.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe70.py [OUT] [-v]   (default: probe70.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is PHARMACY: what retail, mail-order, specialty and compounding pharmacies and
pharmacy-benefit managers send — ready-for-pickup and shipped notices, refill-due and auto-refill
messages, transfers, prior-authorization and insurance rejections, vaccine appointments, drug
recalls and shortages, counseling offers, price changes, controlled-substance ID rules and store
hours. Many name drugs with strengths, some give dosing directions or reveal conditions; hard
negatives include front-store promotions, "Rx" in a store name, cough-drop coupons, "flu season"
ads, photo-center pickups, store-wide shortage and recall notices, pet prescriptions. About 17%
Spanish; four disguised messages (zero-width, leet, hyphen-spaced letters, Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Rx numbers are OTHER_ID (README) and are not needed in a pickup/refill/transfer text, so
     they make it REWRITE; a store number ("store #2281") is the pharmacy's own location code and
     is not labelled.
  2. Specialty-pharmacy names are SPECIALTY (README), and so is an anticoagulation clinic name
     ("Coumadin Clinic") and the phrase "must be dispensed by a specialty pharmacy" about the
     recipient's drug; retail, mail-order, PBM and compounding pharmacy names (including "Rx"
     inside the name, "RiverRx", "Brightline Rx") are generic and not labelled, and so is a
     pharmacy's branch ("our Oak St store", "our Fairview store").
  3. Pharmacist credentials (PharmD, RPh) are generic like RN and stay inside the PROVIDER span;
     "Pharmacist Joy" keeps the role word inside; a staff sender ("Tasha", "Bri") is PROVIDER.
     Pharmacist medication counseling is a generic pharmacy service, not a PROCEDURE.
  4. A vaccine named as the recipient's own appointment or due dose is a PROCEDURE, even the bare
     word "vaccine" (following README's "your flu shot appointment"); vaccine brands (Shingrix,
     Moderna) are MEDICATION like other brands; broadcasts naming vaccines carry no span.
  5. A store-wide broadcast that names a drug (shortage notice "for all customers") says nothing
     about the recipient: ALLOW, no span (README's broadcast rule carried over to drugs).
  6. "controlled substance", "Schedule II", "medicamento controlado" describing the recipient's
     own fill reveal the drug class: MEDICATION (REWRITE); the same words in a store-wide ID
     policy are not labelled.
  7. Storage and handling ("refrigerate on arrival", "an adult must sign") are not dosing
     instructions: REWRITE once the drug goes; directions, tapers, dose changes, dose reminders
     and "don't stop / don't skip doses" adherence instructions are BLOCK.
  8. Recalls: drug named to the patient who filled it -> REWRITE; with "do not stop taking it"
     -> BLOCK (instruction); no drug named -> ALLOW. The lot number is not labelled.
  9. Prior-authorization / coverage rejections naming only the drug or device -> REWRITE; ones
     whose stated reason is clinical (a lab value, a diagnosis, step therapy with another drug)
     -> BLOCK, the reason being the substance.
 10. A diagnosis stated as a fact about the recipient ("your type 2 diabetes") is BLOCK even in a
     logistics message; a condition used as the label of a product ("diabetes testing supplies")
     is REWRITE like "asthma check".
 11. A carrier tracking number of a prescription shipment is OTHER_ID; the last four digits of a
     payment card, photo/front-store order numbers, UPCs, vaccine lot numbers, short codes and
     "TTY 711" are not labelled.
 12. A pet's prescription (pet-pharmacy sender, pet's name, drug) is not PHI: ALLOW, no span.
 13. Devices and supplies (glucose meter, CGM sensors, test strips, lancets) are PROCEDURE, per
     README's "devices are PROCEDURE".
 14. Shipped / delivered notices use purpose `pickup`; vaccine confirmations `confirmation`.
 15. A member ID sent so the patient can register in an app is still an identifier not needed by
     text: REWRITE.
 16. "blood pressure med" is a drug class used as a name: MEDICATION.
 17. A PrEP refill rule "needs an HIV test from the last 90 days" states a requirement, not a
     result: REWRITE (the test is a PROCEDURE, no RESULT).
 18. Quantities ("qty 30", "84 tabletas") stay outside the MEDICATION span; Spanish "de" between
     drug and strength ("amoxicilina de 500 mg") is inside it; a brand with its generic in
     parentheses and the strength is one span.
 19. Hypothetical symptoms in warnings ("if you notice muscle pain") are labelled CONDITION and
     the line is tagged `negation`.
 20. A dependent listed on a parent's PBM claims summary with his drugs is a third party's
     health: BLOCK.

Everything is invented: names, pharmacies, 555-01xx numbers, example domains, identifiers;
the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bu0001-bu0012): ready for pickup
add(
    ("bu0001", "Oakdale Pharmacy: Your prescription is ready for pickup. Please pick up within 7 days. Questions? Call (614) 555-0142.",
     "ALLOW", "pickup", "sms", "en",
     [("(614) 555-0142", "PHONE")],
     ["pharmacy", "practice-contact"], "Notification without PHI: says that something is ready, not what; the phone is the pharmacy's own."),
    ("bu0002", "Hi Marisol, your atorvastatin 40 mg is ready at Linden Ave Pharmacy. Please pick up by 9/14 or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("Marisol", "NAME"), ("atorvastatin 40 mg", "MEDICATION"), ("9/14", "DATE")],
     ["pharmacy"], "Name and the medication in a pickup notice go; the pharmacy name (street + 'Pharmacy') is generic and the pickup deadline survives."),
    ("bu0003", "RX READY: 1 prescription ready for DELACROIX, T at store #2281 (pharmacy drive-thru open til 10PM). Bring photo ID. Reply STOP to opt out",
     "REWRITE", "pickup", "sms", "en",
     [("DELACROIX, T", "NAME")],
     ["pharmacy"], "System-style surname and initial go. Judgement (decision 1): the store number is the pharmacy's own location code, not labelled."),
    ("bu0004", "{{pharmacy_name}}: {{rx_count}} prescription(s) ready for pickup at {{store_address}}. Hours today: {{store_hours}}. Reply HELP for help, STOP to end.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "template", "hard-negative"], "Pickup template whose placeholders carry only pharmacy data and a count."),
    ("bu0005", "Your Rx #6048213 is ready for pickup at Greenway Drug, 1420 Commerce Pkwy, Elk Grove CA. Text REFILL to reorder.",
     "REWRITE", "pickup", "sms", "en",
     [("6048213", "OTHER_ID"), ("1420 Commerce Pkwy, Elk Grove CA", "ADDRESS")],
     ["pharmacy", "identifier", "practice-contact"], "Decision 1: the Rx number is a unique identifier not needed for a pickup notice; the store's own address stays."),
    ("bu0006", "Harbor Pharmacy: your Sprintec is ready. Pick up by Fri.",
     "REWRITE", "pickup", "sms", "en",
     [("Sprintec", "MEDICATION")],
     ["pharmacy", "reproductive"], "A birth-control brand in a pickup notice reveals reproductive care; remove it and the notice stands."),
    ("bu0007", "Farmacia San Judas: Su receta ya está lista para recoger. Horario: lunes a sábado de 9am a 9pm. ¿Dudas? Llame al (956) 555-0117.",
     "ALLOW", "pickup", "sms", "es",
     [("(956) 555-0117", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic 'receta lista' with the pharmacy's hours and phone."),
    ("bu0008", "hey its Tasha at crestview pharmacy, ur insulin glargine pens r ready. dr Boyle said go up to 24 units at nite starting tonite. we close at 7",
     "BLOCK", "pickup", "sms", "en",
     [("Tasha", "PROVIDER"), ("insulin glargine pens", "MEDICATION"), ("dr Boyle", "PROVIDER")],
     ["pharmacy", "shorthand"], "A dose change (24 units at night) is a treatment instruction; removing it leaves nothing of that part of the message. Staff sender is PROVIDER (decision 3)."),
    ("bu0009", "Your photo order (24 prints, 4x6 glossy) is ready at the FreshMart Photo Center. Order #P-55310. Pay at the front register - thanks for shopping with us!",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Photo-center pickup from a drugstore chain: 'ready for pickup' plus an order number, but nothing about health (decision 11)."),
    ("bu0010", "Subject: Your order is ready for pickup\n\nHello,\n\nGood news - the prescription(s) you ordered through the RiverRx app are ready at our Westfield location, 880 Union Turnpike, Westfield NJ 07090. The pharmacy counter is open Monday-Friday 8am-9pm and Saturday-Sunday 9am-6pm; the drive-thru lane stays open until 10pm on weekdays.\n\nTo save time, pay ahead in the app and use the express pickup window. Please bring a photo ID; if someone else is picking up for you, they will need to confirm your date of birth at the counter.\n\nItems not picked up within 10 days are returned to stock. Questions? Call us at (908) 555-0126 or visit https://riverrx.example/westfield.\n\nThank you for choosing RiverRx Pharmacy.",
     "ALLOW", "pickup", "email", "en",
     [("880 Union Turnpike, Westfield NJ 07090", "ADDRESS"), ("(908) 555-0126", "PHONE"), ("https://riverrx.example/westfield", "URL")],
     ["pharmacy", "practice-contact"], "Long pickup e-mail with only the store's own address, phone and site; 'date of birth' is mentioned but none is given; 'Rx' inside the store name (decision 2)."),
    ("bu0011", "Rx ready: hydroxyzine HCl 25mg tab, qty 30. Directions: take 1 tab by mouth at bedtime as needed for anxiety. Tap to pay ahead.",
     "BLOCK", "pickup", "push", "en",
     [("hydroxyzine HCl 25mg tab", "MEDICATION"), ("anxiety", "CONDITION")],
     ["pharmacy", "behavioral-health"], "Label directions and the condition on a lock-screen push: dosing instructions are BLOCK (push is treated like SMS). Quantity stays outside the span (decision 18)."),
    ("bu0012", "Hello, this is an automated message from Pinebrook Pharmacy for Gerald Ostrowski. You have a prescription ready for pickup. To hear this message again, press 1. To speak with the pharmacy, press 0. Goodbye.",
     "REWRITE", "pickup", "voice", "en",
     [("Gerald Ostrowski", "NAME")],
     ["pharmacy"], "Voice is treated like SMS (answering machines, overheard): the full name goes, the notice stays."),
)

# ---------------------------------------------------------------- batch 2 (bu0013-bu0024): shipped, mail order, specialty, auto refill
add(
    ("bu0013", "MedWay: your order shipped. Arrives in 2-4 days, no signature needed.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "Shipped notice that says that, not what (decision 14: shipped notices use purpose pickup)."),
    ("bu0014", "MedWay: Your order shipped! UPS tracking 1Z84A20X0344719920. Delivering to 77 Orchard Ln Apt 3B, Dayton OH 45410 by Thu.",
     "REWRITE", "pickup", "sms", "en",
     [("1Z84A20X0344719920", "OTHER_ID"), ("77 Orchard Ln Apt 3B, Dayton OH 45410", "ADDRESS")],
     ["pharmacy", "identifier"], "The patient's home address and the shipment's tracking number go; 'your order shipped, arriving Thursday' survives. Judgement (decision 11): a carrier tracking number is OTHER_ID."),
    ("bu0015", "Keystone Specialty Pharmacy: your Enbrel 50 mg/mL SureClick delivery is set for Tue 3/10, 8am-8pm. An adult must sign. Refrigerate on arrival - do not freeze. To change the date call (717) 555-0166.",
     "REWRITE", "pickup", "sms", "en",
     [("Keystone Specialty Pharmacy", "SPECIALTY"), ("Enbrel 50 mg/mL SureClick", "MEDICATION"), ("3/10", "DATE"), ("(717) 555-0166", "PHONE")],
     ["pharmacy", "practice-contact"], "Specialty-pharmacy name and the biologic go; delivery window and sign-for survive. Judgement (decision 7): storage/handling is not a dosing instruction."),
    ("bu0016", "Farmacia Especializada Vitalis: su envío de Biktarvy llega mañana entre 10 y 2. Tiene que firmar una persona mayor de 18 años. Para cambiar la entrega, responda CAMBIO.",
     "REWRITE", "pickup", "sms", "es",
     [("Farmacia Especializada Vitalis", "SPECIALTY"), ("Biktarvy", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "Specialty-pharmacy name and an HIV drug go; the delivery window survives."),
    ("bu0017", "Subject: Time to reorder - your supply is running low\n\nDear Member,\n\nOur records show that a 90-day supply of one of your maintenance medications, filled through ClearPath Rx Home Delivery, may run out in about two weeks. Reordering now helps make sure there is no gap while your order is processed and shipped.\n\nYou can reorder in three ways:\n- Log in at https://members.clearpathrx.example and choose Refills\n- Use the ClearPath Rx mobile app\n- Call Member Services at 1-800-555-0148, 24 hours a day\n\nStandard shipping is free. If your prescription has no refills left, we will contact your prescriber for you.\n\nSincerely,\nClearPath Rx Pharmacy Services\n\nThis message was sent to the e-mail address on file. Please do not reply.",
     "ALLOW", "reminder", "email", "en",
     [("https://members.clearpathrx.example", "URL"), ("1-800-555-0148", "PHONE")],
     ["pharmacy", "practice-contact"], "PBM reorder reminder that never names the medication; mail-order/PBM names are generic (decision 2)."),
    ("bu0018", "CarePoint Mail Pharmacy: we couldn't ship your order for member ID CPX448120937 - the card ending in 4417 was declined. Update payment at carepointrx.example/pay or call 1-888-555-0171.",
     "REWRITE", "billing", "sms", "en",
     [("CPX448120937", "HEALTH_PLAN_ID"), ("carepointrx.example/pay", "URL"), ("1-888-555-0171", "PHONE")],
     ["pharmacy", "identifier", "practice-contact"], "The member ID is not needed; the payment request and the pharmacy's own link survive. Judgement (decision 11): the last four digits of a card are not labelled."),
    ("bu0019", "Service alert: Winter Storm Gretchen is delaying shipments from our Memphis facility by 1-2 days. Refrigerated orders are packed with enough ice for 48 hours. We're sorry for the wait.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast delay notice; a storm's name and the facility's city are not patient data."),
    ("bu0020", "Delivered: your semaglutide 0.5 mg pen was left at your front door at 2:14 PM. Store it in the fridge. Next dose: inject 0.5 mg under the skin on Sunday.",
     "BLOCK", "pickup", "push", "en",
     [("semaglutide 0.5 mg pen", "MEDICATION")],
     ["pharmacy"], "The second half is a dosing instruction on a lock-screen push (decision 7): BLOCK; the fridge line alone would only be handling."),
    ("bu0021", "¡Tu pedido de CuidaRx Envíos salió hoy! Llega en 3 a 5 días hábiles. Puedes rastrear tu paquete desde la app. No se requiere firma.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Shipped notice with no drug, name or tracking number; 'Rx' in the brand name."),
    ("bu0022", "Auto Refill: Rx 3318027 (levothyroxine 75 mcg) will be filled 6/3 and ready 6/4 at Bramble Pharmacy. Reply SKIP to skip this fill.",
     "REWRITE", "reminder", "sms", "en",
     [("3318027", "OTHER_ID"), ("levothyroxine 75 mcg", "MEDICATION"), ("6/3", "DATE"), ("6/4", "DATE")],
     ["pharmacy", "identifier"], "Rx number (decision 1) and drug go; fill and ready dates survive."),
    ("bu0023", "You're enrolled in Auto Refill at Bramble Pharmacy. We'll text you when each refill is ready. Reply STOPAR to cancel auto refills or STOP to end all texts.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Enrollment confirmation with reply keywords only."),
    ("bu0024", "Your o\u200bxy\u200bcodone 10 mg is ready for pickup. Controlled substance: a valid photo ID is required. Pickup window closes at 8 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("o\u200bxy\u200bcodone 10 mg", "MEDICATION"), ("Controlled substance", "MEDICATION")],
     ["pharmacy"], "Opioid name hidden with zero-width spaces. Judgement (decision 6): 'controlled substance' about this patient's own fill reveals the drug class. Remove both and the pickup survives."),
)

# ---------------------------------------------------------------- batch 3 (bu0025-bu0036): refill due, directions, counseling
add(
    ("bu0025", "Refill reminder from Dunmore Pharmacy: one of your prescriptions is due for a refill. Reply 1 to refill now, 2 if you no longer need it, or 3 to talk to a pharmacist.",
     "ALLOW", "reminder", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Refill-due reminder that does not say which prescription."),
    ("bu0026", "Hi Bernard, it's time to refill your Eliquis 5mg. Please don't let it run out - skipping doses of a blood thinner raises your risk of stroke. Reply Y to refill.",
     "BLOCK", "reminder", "sms", "en",
     [("Bernard", "NAME"), ("Eliquis 5mg", "MEDICATION"), ("blood thinner", "MEDICATION"), ("stroke", "CONDITION")],
     ["pharmacy", "cardiology"], "Decision 7: a 'don't skip doses' adherence warning with its clinical risk is care instruction, so BLOCK; the bare refill reminder with the drug would be REWRITE."),
    ("bu0027", "Message from Pharmacist Joy at Tillman Drug: prednisone 10mg taper - take 4 tabs daily x3 days, then 3 tabs x3 days, then 2, then 1, then stop. Take with food in the morning.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pharmacist Joy", "PROVIDER"), ("prednisone 10mg", "MEDICATION")],
     ["pharmacy", "shorthand"], "A taper schedule is a dosing instruction: the clinical content is the message. Role word inside the PROVIDER span (decision 3)."),
    ("bu0028", "New prescription? Our pharmacists are happy to answer your questions - free and private. Just ask at the counter or call (702) 555-0183 any time we're open.",
     "ALLOW", "marketing", "sms", "en",
     [("(702) 555-0183", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Generic counseling offer to everyone with the pharmacy's phone."),
    ("bu0029", "Hi Ms. Fairbanks, since you're starting insulin for your type 2 diabetes, pharmacist Omar Haddad, PharmD would like to set up a free 15-minute counseling visit. Reply YES and we'll call to pick a time.",
     "BLOCK", "other", "sms", "en",
     [("Fairbanks", "NAME"), ("insulin", "MEDICATION"), ("type 2 diabetes", "CONDITION"), ("pharmacist Omar Haddad, PharmD", "PROVIDER")],
     ["pharmacy"], "Decision 10: the diagnosis is stated as a fact about the recipient (not a visit label), so BLOCK even though the purpose is scheduling. Decision 3: medication counseling itself is generic, PharmD is inside the PROVIDER span."),
    ("bu0030", "Sra. Paredes, le recuerdo que la amoxicilina de 500 mg es una cápsula cada 8 horas durante 10 días, aunque ya se sienta mejor. Cualquier duda, aquí estamos. Farmacia El Roble",
     "BLOCK", "care-instructions", "sms", "es",
     [("Paredes", "NAME"), ("amoxicilina de 500 mg", "MEDICATION")],
     ["pharmacy"], "Dosing instructions by text. Decision 18: 'de' between drug and strength is inside the span; 'Sra.' stays outside."),
    ("bu0031", "Subject: Important: please read before your next dose\n\nHello Mr. Whitcombe,\n\nThis is Ana Lucero, PharmD, at Seaview Pharmacy. When we filled your new prescription for clarithromycin 500 mg today, our system flagged an interaction with the simvastatin 40 mg you take every evening. Taken together they can raise simvastatin levels and cause muscle damage.\n\nI spoke with Dr. Farouk's office and the plan is: do not take simvastatin while you are on clarithromycin (7 days), then restart it the evening after your last antibiotic dose. Call us right away if you notice muscle pain or dark urine.\n\nYou can reach me at (207) 555-0135 until 6 pm.\n\nAna Lucero, PharmD\nSeaview Pharmacy",
     "BLOCK", "care-instructions", "email", "en",
     [("Whitcombe", "NAME"), ("Ana Lucero, PharmD", "PROVIDER"), ("clarithromycin 500 mg", "MEDICATION"), ("simvastatin 40 mg", "MEDICATION"),
      ("simvastatin", "MEDICATION", 1), ("muscle damage", "CONDITION"), ("Dr. Farouk", "PROVIDER"), ("simvastatin", "MEDICATION", 2),
      ("clarithromycin", "MEDICATION", 1), ("antibiotic", "MEDICATION"), ("muscle pain", "CONDITION"), ("dark urine", "CONDITION"),
      ("(207) 555-0135", "PHONE"), ("Ana Lucero, PharmD", "PROVIDER", 1)],
     ["pharmacy", "negation", "practice-contact"], "Drug-interaction warning with a hold-and-restart plan: treatment instruction, BLOCK. Decision 19: hypothetical symptoms labelled CONDITION."),
    ("bu0032", "This is Rite Corner Pharmacy with a message for the person who dropped off a new prescription today. A pharmacist would like to speak with you before you pick it up. Please call us at (412) 555-0129. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("(412) 555-0129", "PHONE")],
     ["pharmacy", "practice-contact"], "Counseling call-back request without drug, name or reason; decision 3 (counseling is generic)."),
    ("bu0033", "Dr. Amari called in a new strength: your lisinopril is now 20 mg, one tablet daily. Stop the 10 mg tablets you have at home. New Rx ready after 3pm.",
     "BLOCK", "pickup", "sms", "en",
     [("Dr. Amari", "PROVIDER"), ("lisinopril", "MEDICATION")],
     ["pharmacy"], "A dose change with a stop instruction is the message (decision 7). The strength written elsewhere in the sentence stays outside the span (README)."),
    ("bu0034", "Friendly reminder: we still have 2 prescriptions waiting for you. Anything not picked up by 10/2 will be returned to stock and the claim reversed with your insurance.",
     "ALLOW", "pickup", "sms", "en",
     [("10/2", "DATE")],
     ["pharmacy"], "Return-to-stock reminder with a count and a date only."),
    ("bu0035", "Dr. Lindqvist's office says your sertraline 100mg refill is on hold until your PHQ-9 is repeated - your last score was 17. Please call her office to book. - Pinebrook Pharmacy",
     "BLOCK", "other", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("sertraline 100mg", "MEDICATION"), ("PHQ-9", "PROCEDURE"), ("17", "RESULT")],
     ["pharmacy", "behavioral-health"], "A screening score is a result (scale PROCEDURE, value RESULT, per README): BLOCK."),
    ("bu0036", "Your prescriber's office did not approve the refill request we sent and asked that you make an appointment first. Please contact their office directly. - Dunmore Pharmacy",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Refill denial without drug, reason or name: logistics only."),
)

# ---------------------------------------------------------------- batch 4 (bu0037-bu0048): transfers, prior authorization, rejections, coverage
add(
    ("bu0037", "Good news: your prescription transfer from Lakeshore Drug to Birchwood Pharmacy is complete. Your first fill will be ready tomorrow after 11 a.m.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Transfer confirmation naming two generic pharmacies and no drug."),
    ("bu0038", "We got your transfer request for Rx 2207791 (Adderall XR 20mg). Schedule II prescriptions can't be transferred between pharmacies, so your prescriber will need to send us a new e-script. Questions? (503) 555-0177",
     "REWRITE", "other", "sms", "en",
     [("2207791", "OTHER_ID"), ("Adderall XR 20mg", "MEDICATION"), ("Schedule II", "MEDICATION"), ("(503) 555-0177", "PHONE")],
     ["pharmacy", "behavioral-health", "identifier", "practice-contact"], "Rx number, stimulant and its schedule go (decisions 1 and 6: 'Schedule II' explains this patient's own fill); 'we couldn't transfer it, your prescriber must send a new one' survives."),
    ("bu0039", "Hola Julián, ya quedó transferida tu receta de Farmacia Guadalupe a nuestra sucursal del centro. Estará lista hoy a partir de las 5 pm. ¡Gracias por tu preferencia!",
     "REWRITE", "other", "sms", "es",
     [("Julián", "NAME")],
     ["pharmacy"], "Only the first name goes; transfer logistics survive."),
    ("bu0040", "Your insurance requires prior authorization before it will cover a prescription we received for you. We've faxed the request to your doctor's office; this usually takes 3-5 business days. We'll text you with any update.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Prior-authorization status without drug, plan ID or reason."),
    ("bu0041", "ScriptGuard PA update: the prior authorization for Ozempic 1 mg (member ID SGX-0093318-01) was DENIED. Reason: step therapy - a 90-day trial of metformin is required first. Appeal details are in your member portal.",
     "BLOCK", "other", "sms", "en",
     [("Ozempic 1 mg", "MEDICATION"), ("SGX-0093318-01", "HEALTH_PLAN_ID"), ("metformin", "MEDICATION")],
     ["pharmacy", "identifier"], "Decision 9: the denial reason is clinical (step therapy with another drug), which is the substance of the message: BLOCK, send a portal notice."),
    ("bu0042", "Your insurance rejected your prescription claim with the message 'Refill too soon.' It can be filled on or after 11/18. Call us with questions: (319) 555-0108.",
     "ALLOW", "other", "sms", "en",
     [("11/18", "DATE"), ("(319) 555-0108", "PHONE")],
     ["pharmacy", "practice-contact"], "An administrative rejection code with an eligible date; no drug, no condition."),
    ("bu0043", "We tried to bill Northwind Health for your Dexcom G7 sensors, but your plan covers them under your medical benefit, not pharmacy. Please call (405) 555-0190 so we can go over options.",
     "REWRITE", "billing", "sms", "en",
     [("Dexcom G7 sensors", "PROCEDURE"), ("(405) 555-0190", "PHONE")],
     ["pharmacy", "practice-contact"], "Decision 13: CGM sensors are a device (PROCEDURE) that reveals diabetes; decision 9: a coverage rejection naming only the item is REWRITE. The insurer's name is not labelled."),
    ("bu0044", "Farmacia La Esperanza: su seguro pide una autorización previa para uno de sus medicamentos. Ya mandamos la solicitud a su médico y le avisaremos por este medio en cuanto tengamos respuesta.",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Generic prior-authorization notice in Spanish; no drug named."),
    ("bu0045", "Your plan doesn't cover Vyvanse 30 mg capsules. A manufacturer savings card may bring your cost down to $30/month - ask our pharmacist or reply CARD and we'll text a link.",
     "REWRITE", "billing", "sms", "en",
     [("Vyvanse 30 mg capsules", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "Decision 9: a coverage rejection naming only the drug; remove it and the savings-card offer survives."),
    ("bu0046", "Hi Dennis, this is Crestline PBM. Your Repatha PA was denied: the LDL on file (142 mg/dL) is below the plan's 190 threshold while on statin therapy. Your cardiologist can file an appeal within 60 days.",
     "BLOCK", "other", "sms", "en",
     [("Dennis", "NAME"), ("Repatha", "MEDICATION"), ("LDL", "PROCEDURE"), ("142 mg/dL", "RESULT"), ("statin", "MEDICATION"), ("cardiologist", "SPECIALTY")],
     ["pharmacy", "cardiology"], "Decision 9: the denial reason is the patient's lab value: BLOCK. The plan's threshold (190) is a criterion, not a result."),
    ("bu0047", "Your pharmacy coverage through Brightline Rx ended 12/31. Please show your new insurance card at your next pickup so we can update your profile.",
     "ALLOW", "other", "sms", "en",
     [("12/31", "DATE")],
     ["pharmacy"], "Coverage-ended notice; 'Rx' inside a PBM name is generic (decision 2)."),
    ("bu0048", "Subject: Prior authorization approved\n\nDear Ms. Kowalczyk,\n\nGood news: your plan has approved the prior authorization for Humira (adalimumab) 40 mg/0.4 mL pen, effective today through 08/31/2027. Member ID: NWH-5581-20473.\n\nBecause this medication must be dispensed by a specialty pharmacy, your prescription has been sent to Summit Specialty Pharmacy. They will call you within two business days to confirm your insurance, your copay and a delivery date. Please answer calls from (614) 555-0199.\n\nIf you have questions about this approval, call Member Services at 1-800-555-0160 (TTY 711), Monday through Friday, 8 a.m. to 8 p.m.\n\nNorthwind Health Pharmacy Benefits",
     "REWRITE", "other", "email", "en",
     [("Kowalczyk", "NAME"), ("Humira (adalimumab) 40 mg/0.4 mL pen", "MEDICATION"), ("08/31/2027", "DATE"), ("NWH-5581-20473", "HEALTH_PLAN_ID"),
      ("specialty pharmacy", "SPECIALTY"), ("Summit Specialty Pharmacy", "SPECIALTY"), ("(614) 555-0199", "PHONE"), ("1-800-555-0160", "PHONE")],
     ["pharmacy", "identifier", "practice-contact"], "PA approval naming only the drug (decision 9): name, drug, member ID and the specialty-pharmacy name go; 'approved, expect a call' survives. Decisions 11 and 18: TTY 711 is not labelled; brand + generic + strength is one span. Judgement: 'must be dispensed by a specialty pharmacy' is a service-line phrase that reveals a specialty drug, labelled SPECIALTY like the name."),
)

# ---------------------------------------------------------------- batch 5 (bu0049-bu0060): vaccines
add(
    ("bu0049", "Flu season is here! Walk in for a flu shot at any Hollis Pharmacy - no appointment needed, and most insurance plans cover it at $0.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Flu-season ad sent to everyone: says nothing about the recipient (README broadcasts)."),
    ("bu0050", "Reminder: your Shingrix dose 2 appointment at Hollis Pharmacy is Thu 4/9 at 10:20 AM. Please bring your insurance card. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Shingrix", "MEDICATION"), ("4/9", "DATE")],
     ["pharmacy"], "The recipient's own vaccine appointment (like README's 'your flu shot appointment'); decision 4: a vaccine brand is MEDICATION. Date and time survive."),
    ("bu0051", "Recordatorio: su cita para la vacuna contra el COVID-19 es mañana a las 3:40 pm en Farmacia Bienestar. Traiga su identificación y su tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("vacuna contra el COVID-19", "PROCEDURE")],
     ["pharmacy"], "The recipient's own vaccine appointment: the vaccine is the visit type (decision 4); 'cita' is generic."),
    ("bu0052", "Your vaccine appointment is confirmed for 10/14 at 2:00 PM at Elm Grove Pharmacy. Reply C to confirm or R to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("vaccine", "PROCEDURE"), ("10/14", "DATE")],
     ["pharmacy"], "Judgement (decision 4): even the bare word 'vaccine' names the visit type of the recipient's own appointment, as 'flu shot' does in README; the rewrite keeps 'your appointment'."),
    ("bu0053", "Thanks for getting your RSV vaccine with us today! Soreness where you got the shot is normal. You can take acetaminophen 500 mg, 2 tablets every 6 hours as needed (max 6 a day). Call 911 for trouble breathing.",
     "BLOCK", "care-instructions", "sms", "en",
     [("RSV vaccine", "PROCEDURE"), ("Soreness", "CONDITION"), ("acetaminophen 500 mg", "MEDICATION"), ("trouble breathing", "CONDITION")],
     ["pharmacy", "negation"], "After-care with dosing instructions: BLOCK. 911 is not a phone identifier (README); hypothetical symptoms are CONDITION (decision 19)."),
    ("bu0054", "Back-to-school shots are here! Tdap, HPV and meningitis vaccines for ages 11+ at all Marlow Drug pharmacies. Walk-ins welcome Saturdays 9-3; most plans accepted.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast listing vaccines for everyone (decision 4): no span although HPV and meningitis look clinical."),
    ("bu0055", "Hi Karen, Liam is due for his second HPV vaccine dose. Book a pharmacy visit at https://elmgroverx.example/vaccines or just walk in.",
     "REWRITE", "reminder", "sms", "en",
     [("Karen", "NAME"), ("Liam", "NAME"), ("HPV vaccine", "PROCEDURE"), ("https://elmgroverx.example/vaccines", "URL")],
     ["pharmacy", "minor", "practice-contact"], "A dependent's routine vaccine logistics with names: REWRITE (README), not a third party's health finding. The booking link is the pharmacy's own, with no token."),
    ("bu0056", "Your immunization record from today's visit has been sent to the state registry. You can request a printed copy any time at the pharmacy counter.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Registry notice naming no vaccine."),
    ("bu0057", "Hi, this is Priya from Lindell Pharmacy calling about your hepatitis B series. Your antibody test came back low, so you'll need one more booster dose. Please call us at (860) 555-0174 to set it up.",
     "BLOCK", "result", "voice", "en",
     [("Priya", "PROVIDER"), ("hepatitis B series", "PROCEDURE"), ("antibody test", "PROCEDURE"), ("low", "RESULT"), ("(860) 555-0174", "PHONE")],
     ["pharmacy", "practice-contact"], "A titer result left on voicemail ('came back low'): results are BLOCK; voice is treated like SMS."),
    ("bu0058", "Our records show you're 91 - you qualify for free home delivery! You're also due for a pneumococcal vaccine; walk in any day or reply HOME to schedule an in-home visit.",
     "REWRITE", "reminder", "sms", "en",
     [("91", "AGE"), ("pneumococcal vaccine", "PROCEDURE")],
     ["pharmacy", "age-over-89"], "An age over 89 and the recipient's own due vaccine go; the delivery offer survives."),
    ("bu0059", "¡Llegó la temporada de gripe! Vacunas disponibles sin cita en todas las Farmacias Del Pueblo. Aceptamos la mayoría de los seguros y Medicare Parte B.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Flu-season broadcast in Spanish."),
    ("bu0060", "Vaccine record: COVID-19 vaccine (Moderna, lot 3041A7) given 9/22/2026 in the left deltoid by Jaime Ruiz, PharmD at Elm Grove Pharmacy. A next dose may be due in 12 months; ask your doctor if you have questions.",
     "ALLOW", "other", "portal", "en",
     [("COVID-19 vaccine", "PROCEDURE"), ("Moderna", "MEDICATION"), ("9/22/2026", "DATE"), ("Jaime Ruiz, PharmD", "PROVIDER")],
     ["pharmacy"], "Inside the secure portal the vaccine, brand and date may stay (README channel portal). Decision 11: the lot number is not labelled."),
)

# ---------------------------------------------------------------- batch 6 (bu0061-bu0072): recalls, shortages, front store
add(
    ("bu0061", "Store notice for all customers: there is a nationwide shortage of amoxicillin liquid for children. If your child needs it, our pharmacists can work with your prescriber on alternatives.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Judgement (decision 5): a store-wide shortage notice names a drug but says nothing about the recipient, like README's flu-shot broadcast: ALLOW, no span."),
    ("bu0062", "Hi Tomás, we're out of Focalin XR 15mg until next Tuesday. We can send it to our Oak St store (in stock now) or hold it here - reply 1 for Oak St, 2 to wait.",
     "REWRITE", "other", "sms", "en",
     [("Tomás", "NAME"), ("Focalin XR 15mg", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "A targeted shortage notice: name and stimulant go; the choice between stores survives. 'Oak St store' is the pharmacy's branch, not an address of the patient."),
    ("bu0063", "Important: a medication you picked up from us in May has been voluntarily recalled by its manufacturer. Please call the pharmacy at (317) 555-0152 so we can review it with you.",
     "ALLOW", "recall", "sms", "en",
     [("(317) 555-0152", "PHONE")],
     ["pharmacy", "practice-contact"], "Decision 8: a recall notice that names no drug is ALLOW; a month alone is not a date (README)."),
    ("bu0064", "RECALL NOTICE: the metformin ER 750 mg (lot 88K21) you filled on 4/3 is part of a manufacturer recall. Do not stop taking it - bring the bottle in and we'll exchange it at no cost.",
     "BLOCK", "recall", "sms", "en",
     [("metformin ER 750 mg", "MEDICATION"), ("4/3", "DATE")],
     ["pharmacy", "contrast"], "Decision 8: 'do not stop taking it' is a treatment instruction about the recipient's drug: BLOCK by SMS (same text ALLOW in the portal, bu0070). The lot number is not labelled."),
    ("bu0065", "Subject: Recall notice for a prescription filled at Marlow Drug\n\nDear Customer,\n\nWe are contacting you because our records show you filled valsartan 160 mg tablets at our Fairview store between January and March. The manufacturer has voluntarily recalled certain lots of this product, and the FDA has posted details on its website.\n\nPlease bring your bottle to the pharmacy counter at any Marlow Drug location for a no-cost exchange with a lot that is not affected, or call your pharmacist at (503) 555-0115 to arrange a replacement by mail. You do not need a new prescription.\n\nWe apologize for the inconvenience and thank you for trusting us with your care.\n\nMarlow Drug Pharmacy Team",
     "REWRITE", "recall", "email", "en",
     [("valsartan 160 mg tablets", "MEDICATION"), ("(503) 555-0115", "PHONE")],
     ["pharmacy", "practice-contact"], "Decision 8: a recall e-mail that names the recipient's drug but gives no dosing instruction: the drug goes and 'a prescription you filled was recalled, bring it in' survives."),
    ("bu0066", "Sra. Ochoa, por el desabasto nacional no tenemos el Vyvanse de 40 mg de su hijo Mateo. Su pediatra puede mandar otra receta con otra presentación. Disculpe las molestias. Farmacia Santa Clara",
     "BLOCK", "other", "sms", "es",
     [("Ochoa", "NAME"), ("Vyvanse de 40 mg", "MEDICATION"), ("Mateo", "NAME"), ("pediatra", "SPECIALTY")],
     ["pharmacy", "third-party", "minor", "behavioral-health"], "A dependent's medication sent to the guardian is a third party's health: BLOCK (README)."),
    ("bu0067", "Product safety notice: FreshMart is recalling store-brand unscented baby wipes, 72 ct (UPC 0 41220 88213 4), due to a packaging defect. Return them to any store for a full refund.",
     "ALLOW", "recall", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Front-store product recall: a UPC is a product code, not an identifier of anyone (decision 11)."),
    ("bu0068", "The blood glucose meter you bought at our store last fall (serial TM4-0082171) is part of a manufacturer recall. Bring it to the pharmacy counter for a free replacement - no receipt needed.",
     "REWRITE", "recall", "sms", "en",
     [("blood glucose meter", "PROCEDURE"), ("TM4-0082171", "DEVICE_ID")],
     ["pharmacy", "identifier"], "Decision 13: the meter is a device (PROCEDURE) revealing diabetes; its serial is a device identifier. 'An item you bought is recalled, bring it in' survives."),
    ("bu0069", "We're out of Adderall 20mg tabs. Dr. Pham approved 2 x 10mg tablets instead - take both together each morning as usual. Ready now at Cole Street Pharmacy.",
     "BLOCK", "pickup", "sms", "en",
     [("Adderall 20mg tabs", "MEDICATION"), ("Dr. Pham", "PROVIDER")],
     ["pharmacy", "behavioral-health"], "A substitution with how to take it is a dosing instruction (decision 7): BLOCK."),
    ("bu0070", "RECALL NOTICE: the metformin ER 750 mg (lot 88K21) you filled on 4/3 is part of a manufacturer recall. Do not stop taking it - bring the bottle in and we'll exchange it at no cost.",
     "ALLOW", "recall", "portal", "en",
     [("metformin ER 750 mg", "MEDICATION"), ("4/3", "DATE")],
     ["pharmacy", "contrast"], "Same text as bu0064 inside the secure portal: drug and instruction may stay (README channel portal)."),
    ("bu0071", "RxSaver Club members: double points on all front-store purchases this weekend - vitamins, sunscreen, snacks and greeting cards included. Pharmacy items excluded.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "'Rx' in a loyalty-club name and a front-store promotion (decision 2)."),
    ("bu0072", "This week only: $1 off any Halls or Ricola cough drops and buy one, get one 50% off tissues. Show this text at checkout. Offer ends Sunday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Cough-drop coupon to every customer: 'cough' here is a product, not the recipient's symptom."),
)

# ---------------------------------------------------------------- batch 7 (bu0073-bu0084): controlled substances, prices, store hours
add(
    ("bu0073", "Reminder: under state law, a government-issued photo ID is required to pick up controlled-substance prescriptions at all Tillman Drug locations. Thank you for helping us keep medications safe.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Decision 6: the ID rule as a store-wide policy says nothing about the recipient's own fill; not labelled."),
    ("bu0074", "Your hydrocodone-acetaminophen 5-325 mg is ready. Per state law, whoever picks it up must show a photo ID and sign the controlled-substance log.",
     "REWRITE", "pickup", "sms", "en",
     [("hydrocodone-acetaminophen 5-325 mg", "MEDICATION"), ("controlled-substance", "MEDICATION")],
     ["pharmacy"], "The opioid goes, and so does 'controlled-substance' (decision 6: it tells what this fill is); 'ready, bring photo ID' survives."),
    ("bu0075", "Sr. Villalobos, su clonazepam de 0.5 mg ya está listo. Por ser medicamento controlado, necesitamos ver su identificación oficial con foto al recogerlo.",
     "REWRITE", "pickup", "sms", "es",
     [("Villalobos", "NAME"), ("clonazepam de 0.5 mg", "MEDICATION"), ("medicamento controlado", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "Name, benzodiazepine and its controlled status (decision 6) go; 'su receta está lista, traiga identificación' survives."),
    ("bu0076", "We can't fill your tramadol 50mg early. The 90 tablets filled 2/20 at 1 tab every 8 hrs should last until 3/22, so it looks like you've been taking more than prescribed. Please talk with Dr. Sato.",
     "BLOCK", "other", "sms", "en",
     [("tramadol 50mg", "MEDICATION"), ("2/20", "DATE"), ("3/22", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["pharmacy", "shorthand"], "A finding about how the patient takes an opioid, with the directions: clinical content is the message, BLOCK."),
    ("bu0077", "Price drop on 1 of your Rx: now $12.40/30 days. Details in app.",
     "ALLOW", "billing", "push", "en", [],
     ["pharmacy", "hard-negative"], "Price change without the drug: amounts and supply days are not identifiers."),
    ("bu0078", "Subject: A change to your prescription cost\n\nHello Raymond,\n\nStarting with your next fill, your copay for Xarelto 20 mg tablets will increase from $47.00 to $142.18 for a 30-day supply. This is because your plan moved the drug to a higher formulary tier on January 1.\n\nWhat you can do:\n1. Ask your prescriber whether a covered alternative is right for you.\n2. Check whether you qualify for the manufacturer's savings program.\n3. Switch to a 90-day supply through home delivery, which may lower your cost per month.\n\nYour member ID is BRX-2210-88415 if you call Brightline Rx at 1-877-555-0112.\n\nBrightline Rx Member Communications",
     "REWRITE", "billing", "email", "en",
     [("Raymond", "NAME"), ("Xarelto 20 mg tablets", "MEDICATION"), ("January 1", "DATE"), ("BRX-2210-88415", "HEALTH_PLAN_ID"), ("1-877-555-0112", "PHONE")],
     ["pharmacy", "identifier", "practice-contact"], "Price-change e-mail: name, anticoagulant and member ID go; the cost change and the options survive. 'January 1' is written as a calendar date, so DATE."),
    ("bu0079", "Holiday hours: our pharmacy will be closed on Thanksgiving Day and open 10am-4pm the day after. The rest of the store stays open 24 hours.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Store hours; a holiday is not a date (README)."),
    ("bu0080", "Starting 2/1, pharmacy hours change to Mon-Fri 8a-8p, Sat 9a-5p, Sun closed. The drive-thru stays open until 9p weeknights. Questions? (615) 555-0138",
     "ALLOW", "other", "sms", "en",
     [("2/1", "DATE"), ("(615) 555-0138", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Hours-change broadcast with a date and the pharmacy's phone."),
    ("bu0081", "Aviso: a partir del 1 de marzo la farmacia abrirá de lunes a sábado de 9 a 7. Los domingos permanecerá cerrada. Gracias por su comprensión.",
     "ALLOW", "other", "sms", "es",
     [("1 de marzo", "DATE")],
     ["pharmacy", "broadcast"], "Hours-change broadcast in Spanish."),
    ("bu0082", "Pharmacist on duty tonight at Fulton Drug: Ruth Okafor, RPh. The consultation window is open until 10pm for questions about any medicine.",
     "ALLOW", "other", "sms", "en",
     [("Ruth Okafor, RPh", "PROVIDER")],
     ["pharmacy", "broadcast"], "Decision 3: a pharmacist with RPh is PROVIDER, allowed; consultation is a generic service."),
    ("bu0083", "Price check: your prescription costs $9.75 with our cash discount vs. your $25 insurance copay. Reply CASH to pay the cash price for this fill.",
     "ALLOW", "billing", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Price comparison with no drug named."),
    ("bu0084", "Y0ur Ozemp1c 0.25mg pen is r3ady f0r p1ckup at Lakeview Pharmacy. Bring y0ur ins card.",
     "REWRITE", "pickup", "sms", "en",
     [("Ozemp1c 0.25mg pen", "MEDICATION")],
     ["pharmacy", "leet"], "Leetspeak drug name in a pickup notice: REWRITE once it goes."),
)

# ---------------------------------------------------------------- batch 8 (bu0085-bu0096): clinic results, dependents, identity checks
add(
    ("bu0085", "INR today 3.8 (goal 2-3). Skip tonight's warfarin, then resume 5 mg daily. Recheck Mon 11/9. - Leo Brandt, PharmD, Coumadin Clinic at Seaview Pharmacy",
     "BLOCK", "result", "sms", "en",
     [("INR", "PROCEDURE"), ("3.8", "RESULT"), ("warfarin", "MEDICATION"), ("11/9", "DATE"), ("Leo Brandt, PharmD", "PROVIDER"), ("Coumadin Clinic", "SPECIALTY")],
     ["pharmacy", "cardiology", "shorthand"], "A lab value and a dose instruction: BLOCK. Decision 2: an anticoagulation clinic name is specialty-revealing; the goal range is a target, not a result."),
    ("bu0086", "Your A1c from today's free health screening at Dunmore Pharmacy was 6.8%. Pharmacist Dana Whitfield, PharmD recommends sharing this result with your primary care doctor at your next visit.",
     "ALLOW", "result", "portal", "en",
     [("A1c", "PROCEDURE"), ("6.8%", "RESULT"), ("Pharmacist Dana Whitfield, PharmD", "PROVIDER")],
     ["pharmacy", "lab", "contrast"], "A result inside the secure portal is ALLOW (README channel portal); same text by SMS is bu0087."),
    ("bu0087", "Your A1c from today's free health screening at Dunmore Pharmacy was 6.8%. Pharmacist Dana Whitfield, PharmD recommends sharing this result with your primary care doctor at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("A1c", "PROCEDURE"), ("6.8%", "RESULT"), ("Pharmacist Dana Whitfield, PharmD", "PROVIDER")],
     ["pharmacy", "lab", "contrast"], "A lab value by SMS: BLOCK, send a portal notice instead (contrast bu0086)."),
    ("bu0088", "Hi Mrs. Abernathy, Ella's amoxicillin 400mg/5mL is ready. Give 5 mL by mouth twice daily for 10 days and keep it in the fridge. Shake well!",
     "BLOCK", "pickup", "sms", "en",
     [("Abernathy", "NAME"), ("Ella", "NAME"), ("amoxicillin 400mg/5mL", "MEDICATION")],
     ["pharmacy", "minor", "third-party", "pediatrics"], "A child's medication and its dosing sent to the parent: third party's health and dosing instructions, BLOCK."),
    ("bu0089", "Hi Carlos, the prescription for your daughter Valentina is ready at Mesa Verde Pharmacy. We're open until 9 pm tonight.",
     "REWRITE", "pickup", "sms", "en",
     [("Carlos", "NAME"), ("Valentina", "NAME")],
     ["pharmacy", "minor"], "A dependent's pickup logistics with names only: REWRITE like the patient's own (README)."),
    ("bu0090", "Hola Sra. Ibarra, las medicinas de su papá (donepezilo 10 mg y memantina) ya están listas. Recuerde que el donepezilo se le da en la noche. Farmacia Los Pinos",
     "BLOCK", "pickup", "sms", "es",
     [("Ibarra", "NAME"), ("donepezilo 10 mg", "MEDICATION"), ("memantina", "MEDICATION"), ("donepezilo", "MEDICATION", 1)],
     ["pharmacy", "third-party"], "A parent's dementia drugs and when to give them, sent to the daughter: third party's health plus a dosing instruction, BLOCK."),
    ("bu0091", "To verify your identity for the transfer: Name: Rosalind Treadwell, DOB 07/19/1953, Rx 5520931. Reply YES if this is correct. - Birchwood Pharmacy",
     "BLOCK", "other", "sms", "en",
     [("Rosalind Treadwell", "NAME"), ("07/19/1953", "DATE"), ("5520931", "OTHER_ID")],
     ["pharmacy", "dob", "identifier"], "A full date of birth with the name is BLOCK (README), here with an Rx number too."),
    ("bu0092", "Before we can fill your new prescription, please confirm the date of birth on your profile: 02/11/1986. Reply YES if correct or call us at (480) 555-0104.",
     "REWRITE", "other", "sms", "en",
     [("02/11/1986", "DATE"), ("(480) 555-0104", "PHONE")],
     ["pharmacy", "dob", "practice-contact"], "A date of birth without a name is REWRITE (README); 'please call to confirm your profile' survives."),
    ("bu0093", "Hi, this is Dom at Kessler Pharmacy. The SSN we have on file for your discount program, 219-09-9999, doesn't match the insurance record. Can you call us to check it?",
     "BLOCK", "other", "sms", "en",
     [("Dom", "PROVIDER"), ("219-09-9999", "SSN")],
     ["pharmacy", "identifier"], "An SSN must never travel by text (DESIGN): BLOCK. Staff sender is PROVIDER."),
    ("bu0094", "Your results from Saturday's free cholesterol screening at Marlow Drug: total cholesterol 246, HDL 38. Please follow up with your doctor.",
     "BLOCK", "result", "sms", "en",
     [("cholesterol screening", "PROCEDURE"), ("total cholesterol", "PROCEDURE"), ("246", "RESULT"), ("HDL", "PROCEDURE"), ("38", "RESULT")],
     ["pharmacy", "lab"], "Screening values by SMS: results are BLOCK even from a pharmacy event."),
    ("bu0095", "Your rapid strep test at our in-store clinic came back positive. Pharmacist Hannah sent amoxicillin 500mg to the counter: 1 capsule twice a day for 10 days. Ready in 20 min.",
     "BLOCK", "result", "sms", "en",
     [("rapid strep test", "PROCEDURE"), ("positive", "RESULT"), ("Pharmacist Hannah", "PROVIDER"), ("amoxicillin 500mg", "MEDICATION")],
     ["pharmacy", "urgent-care"], "Test-to-treat: a positive result and the directions, BLOCK."),
    ("bu0096", "Your diabetes testing supplies (test strips and lancets) have shipped from MedWay Home Delivery and should arrive Thursday.",
     "REWRITE", "pickup", "sms", "en",
     [("diabetes", "CONDITION"), ("test strips", "PROCEDURE"), ("lancets", "PROCEDURE")],
     ["pharmacy"], "Decision 10: the condition labels a product (like 'asthma check'), so REWRITE; decision 13: supplies are devices (PROCEDURE). 'Your order shipped' survives."),
)

# ---------------------------------------------------------------- batch 9 (bu0097-bu0108): compounding, pets, PBM, staff texts, disguises
add(
    ("bu0097", "Bayside Compounding Pharmacy: your custom progesterone 100 mg capsules are ready. We can ship them to you or hold them for pickup Tues-Sat.",
     "REWRITE", "pickup", "sms", "en",
     [("progesterone 100 mg capsules", "MEDICATION")],
     ["pharmacy", "reproductive"], "The compounded hormone goes. Decision 2: a compounding pharmacy's name is generic and not labelled."),
    ("bu0098", "Bayside Compounding Pharmacy now makes flavored liquid medicines for kids and pets! Ask about grape, bubblegum, banana or chicken flavors at your next visit.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Compounding service ad to everyone."),
    ("bu0099", "Paws & Claws Pet Rx: Biscuit's gabapentin 100mg chicken-flavored chews are ready for pickup. Reply SHIP for home delivery.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Judgement (decision 12): a pet's prescription is not a person's health information; the pet's name and the drug are not PHI."),
    ("bu0100", "Switch to 90-day home delivery through ClearPath Rx and you could save up to $120 a year on the medicines you take every day. Learn more at clearpathrx.example/save.",
     "ALLOW", "marketing", "sms", "en",
     [("clearpathrx.example/save", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "PBM home-delivery promotion with the PBM's own link."),
    ("bu0101", "Subject: Your family's pharmacy claims for October\n\nHi Natalie,\n\nHere is your monthly summary from Crestline PBM for the plan under member ID CRX-30917-00. Three claims were processed in October:\n\n- Natalie Brennan: escitalopram 10 mg, 30 tablets, you paid $8.00\n- Owen Brennan (dependent): fluoxetine 20 mg capsules, 30 capsules, you paid $4.50\n- Owen Brennan (dependent): methylphenidate ER 36 mg, 30 tablets, you paid $35.00\n\nYour family has met $312.40 of the $1,500 pharmacy deductible for the year. Detailed explanations of benefits are in the member portal at https://crestlinepbm.example/eob.\n\nCrestline PBM Member Services\n1-866-555-0186",
     "BLOCK", "billing", "email", "en",
     [("Natalie", "NAME"), ("CRX-30917-00", "HEALTH_PLAN_ID"), ("Natalie Brennan", "NAME"), ("escitalopram 10 mg", "MEDICATION"),
      ("Owen Brennan", "NAME"), ("fluoxetine 20 mg capsules", "MEDICATION"), ("Owen Brennan", "NAME", 1), ("methylphenidate ER 36 mg", "MEDICATION"),
      ("https://crestlinepbm.example/eob", "URL"), ("1-866-555-0186", "PHONE")],
     ["pharmacy", "third-party", "behavioral-health", "identifier", "practice-contact"], "Decision 20: the dependent's drugs on the subscriber's claims summary are a third party's health: BLOCK. Quantities stay outside the spans (decision 18)."),
    ("bu0102", "ClearPath Rx: su número de miembro es CPR-771-40592. Úselo para registrarse en la app y ver el estado de sus recetas y envíos.",
     "REWRITE", "other", "sms", "es",
     [("CPR-771-40592", "HEALTH_PLAN_ID")],
     ["pharmacy", "identifier"], "Judgement (decision 15): the member ID is an identifier the text does not need; 'regístrese en la app' survives."),
    ("bu0103", "Hi Mr Castellanos, ur perscription for the blood pressure med is ready but dr Nair wants u to take only half a tab till ur appt next week. Also insurence needs ur new card, thx - Bri @ Fulton Drug",
     "BLOCK", "pickup", "sms", "en",
     [("Castellanos", "NAME"), ("blood pressure med", "MEDICATION"), ("dr Nair", "PROVIDER"), ("Bri", "PROVIDER")],
     ["pharmacy", "typo", "shorthand"], "A dose instruction from staff ('half a tab'): BLOCK. Decision 16: 'blood pressure med' is a drug class used as a name."),
    ("bu0104", "FreshMart Pharmacy will be closed for inventory this Sunday until 1 pm. The rest of the store, including the Photo Center, is open regular hours.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Store-hours broadcast."),
    ("bu0105", "FreshMart Rewards: you've earned $5 in Health & Wellness Bucks! Use them on vitamins, first aid, allergy relief and more by the end of the month.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Loyalty reward naming front-store categories ('allergy relief'), not the recipient's condition."),
    ("bu0106", "Your S-U-B-O-X-O-N-E 8mg films are ready at Cole Street Pharmacy. Photo ID needed at pickup. Reply HOLD to keep them 3 more days.",
     "REWRITE", "pickup", "sms", "en",
     [("S-U-B-O-X-O-N-E 8mg films", "MEDICATION")],
     ["pharmacy", "substance-use", "spaced"], "Hyphen-spaced buprenorphine product in a pickup notice: REWRITE once it goes."),
    ("bu0107", "Your Truv\u0430d\u0430 200/300 mg is ready at Ninth Ave Pharmacy. Reply SHIP for free, discreet delivery.",
     "REWRITE", "pickup", "sms", "en",
     [("Truv\u0430d\u0430 200/300 mg", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "HIV-prevention drug written with Cyrillic 'а' look-alikes: REWRITE once it goes."),
    ("bu0108", "Subject: Your refill is ready\n\nHi Gwendolyn,\n\nJust a note from the team at Lakeview Pharmacy that your refill of levetiracetam 500 mg (Rx 7731046) is ready at the pharmacy counter. We filled a 90-day supply this time, as your neurologist requested.\n\nA reminder from our pharmacist: keep taking one tablet twice a day, about 12 hours apart, and don't skip doses - missing doses can bring back seizures. If you're ever running low, reply REFILL and we'll get it started.\n\nPickup hours are Monday through Saturday 9 a.m. to 9 p.m. and Sunday 10 a.m. to 6 p.m. You can also choose free same-day delivery in the Lakeview app.\n\nSee you soon,\nThe Lakeview Pharmacy Team\n(541) 555-0109",
     "BLOCK", "pickup", "email", "en",
     [("Gwendolyn", "NAME"), ("levetiracetam 500 mg", "MEDICATION"), ("7731046", "OTHER_ID"), ("neurologist", "SPECIALTY"),
      ("seizures", "CONDITION"), ("(541) 555-0109", "PHONE")],
     ["pharmacy", "practice-contact"], "A friendly pickup e-mail with a dosing instruction and the condition buried in the middle (decision 7): BLOCK."),
)

# ---------------------------------------------------------------- batch 10 (bu0109-bu0120): Spanish, relocation, PrEP, specialty start, opt-in
add(
    ("bu0109", "Hola Lupita! Tu losartán de 50 mg ya está listo en Farmacia Los Pinos. Pásate antes del viernes o lo regresamos al inventario.",
     "REWRITE", "pickup", "sms", "es",
     [("Lupita", "NAME"), ("losartán de 50 mg", "MEDICATION")],
     ["pharmacy"], "Name and drug in a pickup notice go (decision 18: 'de' inside the span); the deadline survives."),
    ("bu0110", "Don Aurelio, su seguro negó la insulina porque a la receta le falta el diagnóstico de diabetes tipo 1. Pídale a su doctor que lo agregue y nos mande la receta otra vez.",
     "BLOCK", "other", "sms", "es",
     [("Aurelio", "NAME"), ("insulina", "MEDICATION"), ("diabetes tipo 1", "CONDITION")],
     ["pharmacy"], "Decisions 9 and 10: the rejection reason is the patient's diagnosis, stated as a fact: BLOCK. 'Don' stays outside the name (README)."),
    ("bu0111", "Mensaje de Farmacia Central para Rigoberto Salinas: tiene una receta lista para recoger. Para repetir este mensaje, oprima 1. Para hablar con la farmacia, oprima 0.",
     "REWRITE", "pickup", "voice", "es",
     [("Rigoberto Salinas", "NAME")],
     ["pharmacy"], "Automated voice pickup call: the full name goes, the notice survives."),
    ("bu0112", "Farmacia Del Pueblo: ¡Imprime tus fotos! 30 impresiones de 4x6 por $5 en el Centro de Fotografía, solo esta semana. Recoge en 1 hora.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Photo-center promotion from a pharmacy chain: 'recoge' without anything medical."),
    ("bu0113", "Asesoría gratuita: nuestros farmacéuticos pueden revisar todos sus medicamentos en una cita privada de 20 minutos. Llame al (915) 555-0163 para apartar su lugar.",
     "ALLOW", "marketing", "sms", "es",
     [("(915) 555-0163", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Generic medication-review offer to everyone (decision 3)."),
    ("bu0114", "Asunto: Su envío está programado\n\nEstimada Sra. Echeverría:\n\nLe escribimos de Farmacia Especializada OncoVida para confirmarle que su capecitabina 500 mg (84 tabletas) saldrá hoy por mensajería y llegará el jueves 14 de mayo entre las 9:00 y las 17:00 horas. Por favor, asegúrese de que una persona mayor de edad pueda firmar de recibido.\n\nSu copago para este envío es de $0.00 gracias al programa de asistencia del fabricante. Si necesita cambiar la fecha o la dirección de entrega, llámenos al (210) 555-0157, de lunes a viernes de 8:00 a 18:00.\n\nAtentamente,\nEquipo de Atención al Paciente\nFarmacia Especializada OncoVida",
     "REWRITE", "pickup", "email", "es",
     [("Echeverría", "NAME"), ("Farmacia Especializada OncoVida", "SPECIALTY"), ("capecitabina 500 mg", "MEDICATION"), ("14 de mayo", "DATE"),
      ("(210) 555-0157", "PHONE"), ("Farmacia Especializada OncoVida", "SPECIALTY", 1)],
     ["pharmacy", "oncology", "practice-contact"], "Oncology specialty-pharmacy name (twice), the chemotherapy drug and the name go; delivery date, window and sign-for survive (decision 7). Quantity outside the span (decision 18)."),
    ("bu0115", "mija ya esta lista la metformina de 850, acuerdate de tomarla con la comida dos veces al dia. cualquier cosa me marcas. att Lety, Farmacia San Judas",
     "BLOCK", "pickup", "sms", "es",
     [("metformina de 850", "MEDICATION"), ("Lety", "PROVIDER")],
     ["pharmacy", "shorthand", "typo"], "Informal staff text with how to take the drug: BLOCK. 'mija' is an endearment, not a name; the staff sender is PROVIDER."),
    ("bu0116", "Subject: We're moving - same team, new home\n\nDear Neighbor,\n\nOn Monday, June 8, Ridgeview Pharmacy is moving two blocks north to 4100 Ridgeview Blvd, Suite 110, Fort Collins, CO 80525. Our last day at the old location will be Saturday, June 6.\n\nYou don't need to do anything: all prescriptions, refills and auto-refill settings move with us automatically, and your pharmacists and technicians stay the same. The new space has a drive-thru, a private consultation room and more parking. The entrance is on the east side of the building, next to Harvest Market, and the lot has four accessible spaces right by the door. If you use our free local delivery, nothing changes for you.\n\nOur phone number stays (970) 555-0121, and our fax for prescriber offices stays (970) 555-0122. Store hours and directions are at https://ridgeviewpharmacy.example/new-store.\n\nWe look forward to seeing you there!\nThe Ridgeview Pharmacy Team",
     "ALLOW", "other", "email", "en",
     [("June 8", "DATE"), ("4100 Ridgeview Blvd, Suite 110, Fort Collins, CO 80525", "ADDRESS"), ("June 6", "DATE"),
      ("(970) 555-0121", "PHONE"), ("(970) 555-0122", "FAX"), ("https://ridgeviewpharmacy.example/new-store", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Relocation e-mail to all patients with the pharmacy's own address, phone, fax and site."),
    ("bu0117", "Ninth Ave Pharmacy: your PrEP refill needs an HIV test from the last 90 days before we can fill it. Your last one on file was 2/3 - please get tested before 5/3. Free testing in-store Wed 4-7pm.",
     "REWRITE", "reminder", "sms", "en",
     [("PrEP", "MEDICATION"), ("HIV test", "PROCEDURE"), ("2/3", "DATE"), ("5/3", "DATE")],
     ["pharmacy", "hiv-sexual-health"], "Judgement (decision 17): the rule states a requirement, not a result; PrEP and the test go and 'please call about your refill' survives."),
    ("bu0118", "Dose reminder: time to take tacrolimus 1 mg - 2 capsules now (8 PM). Tap Taken to log it.",
     "BLOCK", "care-instructions", "push", "en",
     [("tacrolimus 1 mg", "MEDICATION")],
     ["pharmacy"], "A pharmacy-app dose reminder is a dosing instruction on the lock screen (decision 7): BLOCK."),
    ("bu0119", "Subject: Welcome to Apex Specialty Pharmacy\n\nDear Mr. Lindahl,\n\nYour prescriber has started you on Xeljanz 5 mg tablets for rheumatoid arthritis, and your first 30-day supply ships tomorrow by FedEx Priority Overnight.\n\nHow to take it: one tablet by mouth twice daily, with or without food. Do not start it if you have a fever or an active infection - call us first. Your rheumatologist will want blood work (CBC and lipid panel) 4 to 8 weeks after you start.\n\nYour clinical pharmacist is Mei-Ling Cho, PharmD. She will call you on day 7 to see how things are going. Your copay card has been applied, so this shipment costs $0; we will remind you before it needs to be renewed in January. Our pharmacist line is open 24/7 at 1-844-555-0193.\n\nApex Specialty Pharmacy\nPatient Care Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Apex Specialty Pharmacy", "SPECIALTY"), ("Lindahl", "NAME"), ("Xeljanz 5 mg tablets", "MEDICATION"), ("rheumatoid arthritis", "CONDITION"),
      ("fever", "CONDITION"), ("active infection", "CONDITION"), ("rheumatologist", "SPECIALTY"), ("CBC", "PROCEDURE"), ("lipid panel", "PROCEDURE"),
      ("Mei-Ling Cho, PharmD", "PROVIDER"), ("1-844-555-0193", "PHONE"), ("Apex Specialty Pharmacy", "SPECIALTY", 1)],
     ["pharmacy", "negation", "practice-contact"], "Specialty-pharmacy welcome with diagnosis and directions: BLOCK. Hypothetical symptoms are CONDITION (decision 19); 24/7 is not a date."),
    ("bu0120", "Text RX to 55501 to get pharmacy alerts from Hollis Pharmacy. Msg & data rates may apply. Up to 6 msgs/month. Reply HELP for help, STOP to cancel.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Opt-in call to action; decision 11: a short code is not a phone identifier."),
)

probe_lib.run(M, "bu", "probe70.jsonl")
