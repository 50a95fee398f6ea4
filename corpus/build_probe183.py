#!/usr/bin/env python3
"""Build corpus/probe183.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe183.py [OUT] [-v]   (default: probe183.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and the docstring and
first batch of build_probe7.py only; the engine was not run, no Java was run, and no other
corpus's messages, source code or tests were read).
This set's theme is COMMUNITY PHARMACIES BEYOND PICKUPS: vaccine appointments and after-care,
medication synchronization (med sync), blister packs and adherence packaging, compounding,
price quotes, prescription transfers, insurance rejections and prior authorization, pharmacist
consultations and interaction calls, OTC recommendations, point-of-care tests and screening
days, recalls and deliveries. Look-alikes: a half-court "shot" at a basketball game,
"compound" words and a parking compound, "sync" of a phone calendar, a bus "transfer"
and a bank "transferencia", "Rx Bites" protein bars, and a pharmacist named Phil Harmon (a
staff member, PROVIDER, never a patient). About 22% Spanish; exactly 4 disguised messages
(leet, zero-width, Cyrillic look-alike, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - "Med sync" / medication synchronization, blister packs, adherence packaging, "pastillero",
    "compounded"/"compounding", "fórmula magistral", "medication review", transfers, price
    quotes, "refill too soon" and prior-authorization wording are generic pharmacy operations
    (like `refill`, `prescription`): not labelled, and ALLOW when no drug, condition or patient
    detail is named. A compounding pharmacy's name ("Westfield Compounding Pharmacy",
    "Farmacia Magistral Los Pinos") is treated like a generic `... Pharmacy` name (compounding
    reveals no condition), not like a specialty-pharmacy name.
  - Vaccines: a vaccine type named for the recipient ("shingles vaccine", "Tdap", "flu
    vaccines", "vacuna contra la neumonía", "COVID booster") is one PROCEDURE span like
    `flu shot`; a vaccine brand (Shingrix, Prevnar 20) is MEDICATION. Broadcasts that offer
    vaccines to everyone stay ALLOW with no span (README broadcast rule).
  - A Medicare comprehensive medication review ("Medicare medication review", "CMR") is a
    named visit type (PROCEDURE), by analogy with `Medicare wellness`; a plain "go over your
    medications" is generic.
  - "pharmacist"/"farmacéutica" and the credential "PharmD" are generic role words like `nurse`
    / `RN`: they go inside the PROVIDER span, not a SPECIALTY span. A pharmacy technician or
    clerk who signs or is named as the caller ("Marcus", "Lucía") is workforce: PROVIDER.
  - Devices the pharmacy teaches (glucómetro, inhaler used as a product) follow the README:
    glucómetro is a device -> PROCEDURE; inhaler / insulin pens as products -> MEDICATION.
  - In Spanish, a form word written before the brand ("inhalador Symbicort") is part of the
    MEDICATION span, mirroring the English "form word right after the drug".
  - Rx numbers are OTHER_ID (README); payer routing codes, vaccine lot numbers, store numbers
    and order-status wording are not patient identifiers and are not labelled.
  - A body weight given for dosing and point-of-care values (cholesterol, glucose) are RESULT,
    with the measure as PROCEDURE (README's scale/measure rule).
  - A relative's blister pack or vaccine booking with no drug or condition named is logistics
    (REWRITE for the names); any relative's drug, dose or condition is BLOCK (README third-party
    rule, applied to dependents and to adult relatives alike).
  - A recall or interaction call that tells the patient to keep taking, hold or change a named
    drug is a treatment instruction: BLOCK, not REWRITE.
  - A transfer that cannot go through and asks the patient to get a new prescription is
    logistics: REWRITE once the drug is removed (not a dosing instruction).
  - Spanish written without accents is not tagged `typo` (it is ordinary texting usage).
  - A pet's compounded medicine (no drug named) is not a person's health information: ALLOW.
  - Purposes: vaccine and consultation bookings are `reminder` or `confirmation`; price quotes
    `billing`; transfers and insurance rejections `other`; OTC advice `care-instructions`.

Everything is invented: names, pharmacies, 555-01xx numbers, example domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (gd0001-gd0016): vaccine appointments
add(
    ("gd0001", "Oakridge Pharmacy: Flu shots are here! Walk in any day 9am-7pm, no appointment needed. Most insurance plans cover it at $0.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast offering flu shots to everyone; says nothing about the recipient (README broadcast rule)."),
    ("gd0002", "Reminder: your appointment at Linden Street Pharmacy is tomorrow at 10:15 AM. Please wear a short-sleeve shirt and bring your insurance card.",
     "ALLOW", "reminder", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy appointment with time and logistics only; the sleeve hint names no vaccine or condition."),
    ("gd0003", "Hi Denise, your shingles vaccine appointment at Linden Street Pharmacy is confirmed for 10/14 at 3:30 PM. Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Denise", "NAME"), ("shingles vaccine", "PROCEDURE"), ("10/14", "DATE")],
     ["pharmacy"], "The recipient's own vaccine type and name go; 'your appointment ... 10/14 at 3:30 PM' survives (judgement: vaccine type is one PROCEDURE span like 'flu shot')."),
    ("gd0004", "Oakridge Pharmacy: your 2nd Shingrix dose is due on or after 3/02. Book at oakridgerx.example.com/vaccines or call (614) 555-0142.",
     "REWRITE", "recall", "sms", "en",
     [("Shingrix", "MEDICATION"), ("3/02", "DATE"), ("oakridgerx.example.com/vaccines", "URL"), ("(614) 555-0142", "PHONE")],
     ["pharmacy", "practice-contact"], "Vaccine brand for the recipient is removable (judgement: brand = MEDICATION); the due date, booking link and pharmacy phone stay."),
    ("gd0005", "After today's COVID booster some arm soreness and a low fever are normal. Take acetaminophen 500mg every 6 hours if needed and call us if the fever goes above 102.",
     "BLOCK", "care-instructions", "sms", "en",
     [("COVID booster", "PROCEDURE"), ("arm soreness", "CONDITION"), ("low fever", "CONDITION"), ("fever", "CONDITION", 1), ("acetaminophen 500mg", "MEDICATION")],
     ["pharmacy"], "After-care with dosing instructions: the clinical content is the message, so it goes through the portal instead."),
    ("gd0006", "Booking confirmed: Tdap + hepatitis B vaccines at Greenway Pharmacy, Sat 8/23, 11:00 AM.",
     "REWRITE", "confirmation", "push", "en",
     [("Tdap", "PROCEDURE"), ("hepatitis B vaccines", "PROCEDURE"), ("8/23", "DATE")],
     ["pharmacy"], "Vaccine types on a lock-screen push reveal the service; place, date and time survive."),
    ("gd0007", "Greenway Pharmacy: Owen's HPV vaccine (dose 2) is scheduled for 9/9 at 4:40pm. A parent or guardian must come along.",
     "REWRITE", "reminder", "sms", "en",
     [("Owen", "NAME"), ("HPV vaccine", "PROCEDURE"), ("9/9", "DATE")],
     ["pharmacy", "minor"], "A dependent's routine vaccine logistics with a name: REWRITE like the patient's own (README third-party rule)."),
    ("gd0008", "Your husband Ray tested positive on the rapid flu test at our clinic today; the pharmacist prescribed oseltamivir 75mg for him.",
     "BLOCK", "result", "sms", "en",
     [("Ray", "NAME"), ("positive", "RESULT"), ("rapid flu test", "PROCEDURE"), ("oseltamivir 75mg", "MEDICATION")],
     ["pharmacy", "third-party"], "A third party's test result and treatment: BLOCK."),
    ("gd0009", "Linden Street Pharmacy is proud to sponsor Friday's Eastside Hawks game! Make a half-court shot at halftime and win a $50 gift card.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Look-alike: a basketball 'shot', not an injection; community sponsorship broadcast."),
    ("gd0010", "Hola Tomás, le recordamos su cita para la vacuna contra la neumonía en Farmacia Del Valle el 14 de noviembre a las 11:00. Traiga su tarjeta de Medicare.",
     "REWRITE", "reminder", "sms", "es",
     [("Tomás", "NAME"), ("vacuna contra la neumonía", "PROCEDURE"), ("14 de noviembre", "DATE")],
     ["pharmacy"], "Name and vaccine type go; the appointment date, time and the card reminder survive."),
    ("gd0011", "Farmacia Del Valle: ya tenemos vacunas de temporada. Venga sin cita de lunes a sábado, de 9 a 6. Sin costo con la mayoría de los seguros.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Seasonal vaccine broadcast sent to everyone; nothing about the recipient."),
    ("gd0012", "Buenas tardes, le llama la farmacéutica Lucía Ortega de Farmacia San Judas. Su hija Valentina tuvo una reacción a la vacuna: si la hinchazón del brazo sigue mañana, dele ibuprofeno infantil cada 8 horas.",
     "BLOCK", "care-instructions", "voice", "es",
     [("farmacéutica Lucía Ortega", "PROVIDER"), ("Valentina", "NAME"), ("reacción a la vacuna", "CONDITION"), ("hinchazón del brazo", "CONDITION"), ("ibuprofeno infantil", "MEDICATION")],
     ["pharmacy", "third-party", "minor"], "A child's vaccine reaction and dosing instructions to the parent: third party's health, BLOCK."),
    ("gd0013", "Hello, this is Greenway Pharmacy calling to remind you of your appointment on Thursday, October 2nd at 10 AM. To reschedule, press 2 or call 614-555-0157.",
     "ALLOW", "reminder", "voice", "en",
     [("October 2nd", "DATE"), ("614-555-0157", "PHONE")],
     ["pharmacy", "practice-contact"], "Voice reminder with date, time and the pharmacy's own number; no service named."),
    ("gd0014", "Subject: Your travel vaccine appointment\n\nDear Raj Malhotra,\nYour typhoid vaccine and yellow fever vaccine visit with pharmacist Nadia Okafor, PharmD is booked for 7/18 at 2:00 PM at Harbor Point Pharmacy, 410 Wharf St, Portland ME. We sent a copy to raj.malhotra@example.net.\n\nHarbor Point Pharmacy | (207) 555-0163",
     "REWRITE", "confirmation", "email", "en",
     [("travel vaccine", "PROCEDURE"), ("Raj Malhotra", "NAME"), ("typhoid vaccine", "PROCEDURE"), ("yellow fever vaccine", "PROCEDURE"), ("pharmacist Nadia Okafor, PharmD", "PROVIDER"), ("7/18", "DATE"), ("410 Wharf St, Portland ME", "ADDRESS"), ("raj.malhotra@example.net", "EMAIL"), ("(207) 555-0163", "PHONE")],
     ["pharmacy", "practice-contact"], "Patient name, vaccine types and the patient's e-mail go; pharmacist, date, pharmacy address and phone stay (judgement: PharmD is a generic credential inside PROVIDER)."),
    ("gd0015", "Confirmed: COVID-19 and flu vaccines for 2 people (you + Ed Larkin) on 10/21 at 5:30 PM, Oakridge Pharmacy.",
     "REWRITE", "confirmation", "sms", "en",
     [("COVID-19", "PROCEDURE"), ("flu vaccines", "PROCEDURE"), ("Ed Larkin", "NAME"), ("10/21", "DATE")],
     ["pharmacy", "third-party"], "Household vaccine booking: a relative's routine vaccine logistics are REWRITE; names and vaccine types go."),
    ("gd0016", "Vaccine record for Harold Benson, DOB 02/17/1941: Prevnar 20 given 9/30 at Oakridge Pharmacy, lot 7YK22.",
     "BLOCK", "other", "sms", "en",
     [("Harold Benson", "NAME"), ("02/17/1941", "DATE"), ("Prevnar 20", "MEDICATION"), ("9/30", "DATE")],
     ["pharmacy", "dob"], "Full date of birth with the patient's name must never travel by text (README). The lot number identifies a vaccine batch, not a person: not labelled."),
)

# ---------------------------------------------------------------- batch 2 (gd0017-gd0029): med sync
add(
    ("gd0017", "Linden Street Pharmacy: Your Med Sync pickup day is coming up on 6/12. We'll call 3 days before to review your list. Questions? (614) 555-0118",
     "ALLOW", "reminder", "sms", "en",
     [("6/12", "DATE"), ("(614) 555-0118", "PHONE")],
     ["pharmacy", "practice-contact"], "Med sync is a generic pharmacy operation (judgement); date and the pharmacy's phone only."),
    ("gd0018", "Hi Gloria, your synced refills are ready: lisinopril 10mg, metformin 500mg and atorvastatin 40mg. Pick up at Oakridge Pharmacy by Fri.",
     "REWRITE", "pickup", "sms", "en",
     [("Gloria", "NAME"), ("lisinopril 10mg", "MEDICATION"), ("metformin 500mg", "MEDICATION"), ("atorvastatin 40mg", "MEDICATION")],
     ["pharmacy"], "Medication names in a pickup notice and the name go; 'your refills are ready' survives."),
    ("gd0019", "Med sync call for Walt Pruitt: Dr. Ames increased your Eliquis to 5mg twice a day, so we moved your sync date to 7/1. Take the new dose starting tonight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Walt Pruitt", "NAME"), ("Dr. Ames", "PROVIDER"), ("Eliquis", "MEDICATION"), ("7/1", "DATE")],
     ["pharmacy"], "A dose change and instruction to take it: treatment content, BLOCK."),
    ("gd0020", "Your med sync date is set. We'll have everything ready on the same day each month. Tap to view pickup hours.",
     "ALLOW", "other", "push", "en", [],
     ["pharmacy", "hard-negative"], "Med sync enrollment notice with nothing about drugs or conditions."),
    ("gd0021", "Farmacia San Judas: Sra. Beltrán, sus medicamentos sincronizados (losartán 50 mg y glipizida 5 mg) estarán listos el 3 de marzo.",
     "REWRITE", "pickup", "sms", "es",
     [("Beltrán", "NAME"), ("losartán 50 mg", "MEDICATION"), ("glipizida 5 mg", "MEDICATION"), ("3 de marzo", "DATE")],
     ["pharmacy"], "Name and drug names go; 'sus medicamentos estarán listos el 3 de marzo' survives."),
    ("gd0022", "Hola, le llama Farmacia San Judas. Su fecha de sincronización cambió al 20 de abril. Si tiene dudas, llame al (915) 555-0176.",
     "ALLOW", "reminder", "voice", "es",
     [("20 de abril", "DATE"), ("(915) 555-0176", "PHONE")],
     ["pharmacy", "practice-contact"], "Sync date change and the pharmacy's number only."),
    ("gd0023", "Having trouble with our app? Sync your phone's calendar in Settings > Reminders so pickup alerts show up. - Greenway Pharmacy",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Look-alike: 'sync' of a phone calendar, not medication synchronization."),
    ("gd0024", "Subject: Med Sync review\n\nHi Bernadette,\nDuring your sync call we noticed you have not picked up your levothyroxine 75mcg for two months. Dr. Lentz asked us to remind you to take it every morning on an empty stomach. Your next sync date is 11/4.\n\n- Phil Harmon, PharmD, Oakridge Pharmacy",
     "BLOCK", "care-instructions", "email", "en",
     [("Bernadette", "NAME"), ("levothyroxine 75mcg", "MEDICATION"), ("Dr. Lentz", "PROVIDER"), ("11/4", "DATE"), ("Phil Harmon, PharmD", "PROVIDER")],
     ["pharmacy"], "An adherence gap for a named drug plus how to take it: treatment content, BLOCK (e-mail is treated like SMS)."),
    ("gd0025", "Med Sync review: your levothyroxine 75mcg was not picked up in September or October. Please take it every morning, 30-60 minutes before breakfast. Next sync date 11/4. - Phil Harmon, PharmD",
     "ALLOW", "care-instructions", "portal", "en",
     [("levothyroxine 75mcg", "MEDICATION"), ("11/4", "DATE"), ("Phil Harmon, PharmD", "PROVIDER")],
     ["pharmacy", "contrast"], "Same content as gd0024 inside the secure portal: ALLOW (README channel rule)."),
    ("gd0026", "Oakridge Pharmcy: ur med sync call is tmrw btwn 10-12. we'll go over ur inhaler + insulin pens. reply STOP to opt out",
     "REWRITE", "reminder", "sms", "en",
     [("inhaler", "MEDICATION"), ("insulin pens", "MEDICATION")],
     ["pharmacy", "shorthand", "typo"], "Products named in shorthand reveal the conditions; the call window survives."),
    ("gd0027", "Farmacia Del Valle - Programa de sincronización: ahora puede recoger todas sus recetas el mismo día del mes. Inscríbase en el mostrador o en farmaciadelvalle.example.org.",
     "ALLOW", "marketing", "email", "es",
     [("farmaciadelvalle.example.org", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Program broadcast with the pharmacy's own web site."),
    ("gd0028", "Sr. Camacho, no pudimos comunicarnos al 555-0193 para su llamada de sincronización. Llámenos al (915) 555-0176. Farmacia San Judas",
     "REWRITE", "other", "sms", "es",
     [("Camacho", "NAME"), ("555-0193", "PHONE"), ("(915) 555-0176", "PHONE")],
     ["pharmacy", "practice-contact"], "The patient's own number on file and the name are not needed; the pharmacy's number stays."),
    ("gd0029", "Reminder: your sync pickup includes an item that needs refrigeration. Please pick up by 6 PM.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "Storage handling without naming the item; nothing clinical about the recipient."),
)

# ---------------------------------------------------------------- batch 3 (gd0030-gd0038): blister packs, adherence packaging, deliveries
add(
    ("gd0030", "Your weekly blister packs are ready at Meadowbrook Drug. Pick up any time before 8pm Friday.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Look-alike: 'blister' is packaging, not a skin finding (judgement: adherence packaging is generic)."),
    ("gd0031", "Meadowbrook Drug: Hi Keisha, your mom's blister pack for 6/15-6/21 is ready. We can deliver it to her if you call us.",
     "REWRITE", "pickup", "sms", "en",
     [("Keisha", "NAME"), ("6/15", "DATE"), ("6/21", "DATE")],
     ["pharmacy", "third-party"], "A relative's packaging pickup with no drug or condition named is logistics (judgement): the caregiver's name goes, the pickup survives."),
    ("gd0032", "Gloria - we changed your blister pack: the evening furosemide 20mg is now in the morning slot and the potassium is gone. Don't take the old packs.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gloria", "NAME"), ("furosemide 20mg", "MEDICATION"), ("potassium", "MEDICATION")],
     ["pharmacy"], "A regimen change and what not to take: treatment instructions, BLOCK."),
    ("gd0033", "Mensaje de Farmacia Del Valle para la familia Quiroga: en el pastillero de don Héctor quitamos la warfarina de los martes por indicación del Dr. Salas; revisen que no tome la dosis vieja.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Quiroga", "NAME"), ("Héctor", "NAME"), ("warfarina", "MEDICATION"), ("Dr. Salas", "PROVIDER")],
     ["pharmacy", "third-party"], "A relative's anticoagulant dose change told to the family: third party's treatment, BLOCK."),
    ("gd0034", "Farmacia Del Valle: sus blísteres semanales ya están listos. Puede recogerlos hasta el viernes a las 7 pm.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Weekly packaging pickup with nothing about drugs or conditions."),
    ("gd0035", "Meadowbrook Drug delivery: blister packs for Li Wen will arrive between 2-4pm at 88 Poplar Ave Apt 3B, Dayton OH 45402. Someone must sign.",
     "REWRITE", "pickup", "sms", "en",
     [("Li Wen", "NAME"), ("88 Poplar Ave Apt 3B, Dayton OH 45402", "ADDRESS")],
     ["pharmacy"], "Patient name and home address are not needed; 'your delivery will arrive between 2-4pm' survives."),
    ("gd0036", "Hi Sandra, as discussed, we'll start packaging your father's medications in blister packs since his memory loss has made the pill box unreliable. His donepezil 10mg goes in the bedtime slot.",
     "BLOCK", "care-instructions", "email", "en",
     [("Sandra", "NAME"), ("memory loss", "CONDITION"), ("donepezil 10mg", "MEDICATION")],
     ["pharmacy", "third-party"], "A relative's condition and drug: BLOCK."),
    ("gd0037", "Struggling to keep track of pills? Ask about free adherence packaging at Meadowbrook Drug: your medications sorted by day and time in easy-open packs. Call (937) 555-0129.",
     "ALLOW", "marketing", "email", "en",
     [("(937) 555-0129", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Service promotion sent to everyone with the pharmacy's phone."),
    ("gd0038", "Hola Luis, le confirmamos que el paquete semanal de su mamá, doña Elena, ya incluye la nueva dosis de carbidopa-levodopa para el Parkinson.",
     "BLOCK", "other", "email", "es",
     [("Luis", "NAME"), ("Elena", "NAME"), ("carbidopa-levodopa", "MEDICATION"), ("Parkinson", "CONDITION")],
     ["pharmacy", "third-party"], "A relative's drug, dose change and diagnosis: BLOCK."),
)

# ---------------------------------------------------------------- batch 4 (gd0039-gd0048): compounding
add(
    ("gd0039", "Westfield Compounding Pharmacy: your compounded prescription is ready. Please allow 48 hours for future orders. Questions: (303) 555-0184.",
     "ALLOW", "pickup", "sms", "en",
     [("(303) 555-0184", "PHONE")],
     ["pharmacy", "practice-contact"], "Judgement: compounding reveals no condition, so the compounding pharmacy's name is generic like '... Pharmacy'."),
    ("gd0040", "Hi Marcy, your compounded progesterone cream 50mg/mL is ready at Westfield Compounding Pharmacy. Apply 1 pump to the inner wrist at bedtime on days 1-25 of each month.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Marcy", "NAME"), ("progesterone cream 50mg/mL", "MEDICATION")],
     ["pharmacy", "reproductive"], "A pickup notice that carries how-to-use instructions: dosing is the message, BLOCK."),
    ("gd0041", "Good news: Biscuit's chicken-flavored compounded medicine is ready! Pick it up at the Westfield Compounding Pharmacy pet counter any time today.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "A pet's compounded medicine with no drug named; a dog's name is not a person's (judgement)."),
    ("gd0042", "Westfield Compounding: the magic mouthwash for your mouth sores is ready. Swish 5 mL for 1 minute and spit, 4 times a day. Do not swallow.",
     "BLOCK", "care-instructions", "sms", "en",
     [("magic mouthwash", "MEDICATION"), ("mouth sores", "CONDITION")],
     ["pharmacy"], "Condition plus how-to-take instructions: BLOCK."),
    ("gd0043", "Notice: the Cedar Ridge compound parking lot will be repaved Saturday. Use the north entrance for the drive-thru pharmacy window.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Look-alike: a parking 'compound', not compounding."),
    ("gd0044", "Word of the week from the Oakridge Pharmacy kids' corner: COMPOUND words! Sun + flower = sunflower. Drop off your entry by Friday for a prize.",
     "ALLOW", "marketing", "push", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Look-alike: compound words in a kids' contest; nothing clinical."),
    ("gd0045", "Farmacia Magistral Los Pinos: Sr. Ibarra, su fórmula magistral de minoxidil 5% en solución ya está lista. Horario: 9 a 7.",
     "REWRITE", "pickup", "sms", "es",
     [("Ibarra", "NAME"), ("minoxidil 5%", "MEDICATION")],
     ["pharmacy", "dermatology"], "Drug and strength in a pickup notice go with the name (judgement: 'fórmula magistral' and the compounding pharmacy's name are generic)."),
    ("gd0046", "Hi Mr. Dunn, Mateo's compounded omeprazole suspension 2 mg/mL is ready. Based on his weight of 14 kg the dose is 5 mL once daily before breakfast.",
     "BLOCK", "care-instructions", "email", "en",
     [("Dunn", "NAME"), ("Mateo", "NAME"), ("omeprazole suspension 2 mg/mL", "MEDICATION"), ("14 kg", "RESULT")],
     ["pharmacy", "third-party", "minor"], "A child's drug, weight and dose sent to the parent: third party's treatment, BLOCK."),
    ("gd0047", "This is Westfield Compounding Pharmacy. Your order needs one more business day because we are waiting on an ingredient. No action is needed. Call 303-555-0184 with questions.",
     "ALLOW", "other", "voice", "en",
     [("303-555-0184", "PHONE")],
     ["pharmacy", "practice-contact"], "Delay notice with no drug named; the pharmacy's phone is fine."),
    ("gd0048", "Hi Pat, your BHRT refill (estradiol/estriol 2.5mg capsules) ships today to 1420 Birch Ln, Golden CO 80401. Track: westfieldrx.example.com/track?order=88213&pid=40917",
     "REWRITE", "pickup", "email", "en",
     [("Pat", "NAME"), ("BHRT", "MEDICATION"), ("estradiol/estriol 2.5mg capsules", "MEDICATION"), ("1420 Birch Ln, Golden CO 80401", "ADDRESS"), ("westfieldrx.example.com/track?order=88213&pid=40917", "URL")],
     ["pharmacy", "reproductive"], "Shipping notice: drug, name, home address and a patient-specific tracking link go; 'your order ships today' survives."),
)

# ---------------------------------------------------------------- batch 5 (gd0049-gd0058): price quotes, billing
add(
    ("gd0049", "Linden Street Pharmacy: the price quote you asked for is ready. Call (614) 555-0118 or stop by the counter and we'll go over it.",
     "ALLOW", "billing", "sms", "en",
     [("(614) 555-0118", "PHONE")],
     ["pharmacy", "practice-contact"], "Price quote notice with no drug named."),
    ("gd0050", "Hi Dev, the cash price for sildenafil 20mg (#30) is $18.60 with our discount card; with your insurance it's a $10 copay.",
     "REWRITE", "billing", "sms", "en",
     [("Dev", "NAME"), ("sildenafil 20mg", "MEDICATION")],
     ["pharmacy"], "The quote survives as 'your prescription'; drug name and name go."),
    ("gd0051", "Our $4 generic list is updated for 2027! See the full list at corner-drug.example.com/generics. Prices good at all Corner Drug locations.",
     "ALLOW", "marketing", "email", "en",
     [("corner-drug.example.com/generics", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Price list broadcast with the pharmacy's own link."),
    ("gd0052", "Farmacia San Judas: Sra. Rivas, la cotización de su Ozempic 1 mg sin seguro es de $935. Con el cupón del fabricante pagaría $25.",
     "REWRITE", "billing", "sms", "es",
     [("Rivas", "NAME"), ("Ozempic 1 mg", "MEDICATION")],
     ["pharmacy"], "Drug name and name go; the quote for 'su receta' survives."),
    ("gd0053", "Hi Carla, you asked for a quote for Jayden's Vyvanse 30mg for his ADHD: $312 cash, or $45 with the savings card we have at the counter.",
     "BLOCK", "billing", "email", "en",
     [("Carla", "NAME"), ("Jayden", "NAME"), ("Vyvanse 30mg", "MEDICATION"), ("ADHD", "CONDITION")],
     ["pharmacy", "third-party", "minor"], "A dependent's drug and diagnosis sent to the guardian: BLOCK (README third-party rule)."),
    ("gd0054", "Price check done \u2705 Your quote is in the app. Tap to view it after you log in.",
     "ALLOW", "billing", "push", "en", [],
     ["pharmacy", "hard-negative"], "Push with no drug, name or amount."),
    ("gd0055", "Hi, this is Marcus, a technician at Greenway Pharmacy, returning your call about the price of your Eliquis. It's $560 for 60 tablets without insurance. Call us back at 614-555-0157.",
     "REWRITE", "billing", "voice", "en",
     [("Marcus", "PROVIDER"), ("Eliquis", "MEDICATION"), ("614-555-0157", "PHONE")],
     ["pharmacy", "practice-contact"], "Drug name goes; the technician named as the caller is workforce (PROVIDER), the price and call-back survive."),
    ("gd0056", "For your blood pressure, the amlodipine 10mg is $9, and Dr. Kaur said you can split the 10s and take half a tab daily to save money.",
     "BLOCK", "billing", "sms", "en",
     [("blood pressure", "CONDITION"), ("amlodipine 10mg", "MEDICATION"), ("Dr. Kaur", "PROVIDER")],
     ["pharmacy"], "Condition plus a dosing instruction: removal leaves no message, BLOCK."),
    ("gd0057", "Farmacia San Judas: ya tenemos la cotización que nos pidió. Llámenos al (915) 555-0176 o pase al mostrador.",
     "ALLOW", "billing", "sms", "es",
     [("(915) 555-0176", "PHONE")],
     ["pharmacy", "practice-contact"], "Quote notice with no drug named and the pharmacy's own phone."),
    ("gd0058", "Your Corner Drug charge account 40021887 was billed $42.18 for your pickup on 2/11. Reply to billing@corner-drug.example.com with questions.",
     "REWRITE", "billing", "email", "en",
     [("40021887", "ACCOUNT"), ("2/11", "DATE"), ("billing@corner-drug.example.com", "EMAIL")],
     ["pharmacy", "practice-contact"], "The account number is not needed for the notice; date, amount and the pharmacy's e-mail stay."),
)

# ---------------------------------------------------------------- batch 6 (gd0059-gd0068): transfers
add(
    ("gd0059", "Greenway Pharmacy: we recieved your transfer request and contacted your previous pharmacy. We'll text you when your prescriptions are ready.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "typo"], "Transfer status with nothing about drugs or the patient."),
    ("gd0060", "Transfer complete! Rx #6029184 and Rx #6029185 moved from Bayview Pharmacy to Oakridge Pharmacy, 1200 Main St. Ready after 4pm.",
     "REWRITE", "other", "sms", "en",
     [("6029184", "OTHER_ID"), ("6029185", "OTHER_ID"), ("1200 Main St", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Rx numbers are not needed (OTHER_ID); the pharmacy's address stays."),
    ("gd0061", "Hi Nora, your transfer from Bayview Pharmacy is done: buprenorphine-naloxone 8mg-2mg film will be ready at Oakridge tomorrow.",
     "REWRITE", "pickup", "sms", "en",
     [("Nora", "NAME"), ("buprenorphine-naloxone 8mg-2mg film", "MEDICATION")],
     ["pharmacy", "substance-use"], "A revealing drug in a pickup notice is still removable; 'your prescription will be ready tomorrow' survives."),
    ("gd0062", "Greenway Pharmacy: we couldn't transfer your oxycodone 10mg from Bayview Pharmacy. Please ask Dr. Reyes for a new prescription. Questions: 614-555-0157.",
     "REWRITE", "other", "sms", "en",
     [("oxycodone 10mg", "MEDICATION"), ("Dr. Reyes", "PROVIDER"), ("614-555-0157", "PHONE")],
     ["pharmacy", "practice-contact"], "Judgement: asking for a new prescription is logistics, not a dosing instruction; without the drug name the message survives."),
    ("gd0063", "Farmacia Del Valle: recibimos su solicitud de traslado de recetas. Le avisaremos por mensaje cuando estén listas.",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Transfer acknowledgement with nothing about the patient."),
    ("gd0064", "Estimado Sr. Castañeda: su receta de sertralina 50 mg fue trasladada desde Farmacia Central a Farmacia Del Valle, Av. Juárez 220. Número de receta: RX-448120.",
     "REWRITE", "other", "email", "es",
     [("Castañeda", "NAME"), ("sertralina 50 mg", "MEDICATION"), ("Av. Juárez 220", "ADDRESS"), ("RX-448120", "OTHER_ID")],
     ["pharmacy", "practice-contact"], "Name, drug and Rx number go; the pharmacy's address stays."),
    ("gd0065", "Getting here by bus? Route 12 riders can transfer to the 4 at Union Station, right across from Corner Drug. Transfers are free with a day pass.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Look-alike: a bus transfer, not a prescription transfer."),
    ("gd0066", "Your wife's HIV meds (Biktarvy) were transferred to us from Bayview but her insurance needs a new prior auth before we can fill them.",
     "BLOCK", "other", "sms", "en",
     [("HIV", "CONDITION"), ("Biktarvy", "MEDICATION")],
     ["pharmacy", "third-party", "hiv-sexual-health"], "A relative's diagnosis and drug: BLOCK."),
    ("gd0067", "Transfer in progress for Rx 5583091 (your son's Concerta 36mg). Estimated ready time: 3:30 PM.",
     "BLOCK", "other", "push", "en",
     [("5583091", "OTHER_ID"), ("Concerta 36mg", "MEDICATION")],
     ["pharmacy", "third-party", "minor"], "A dependent's drug sent to the guardian is BLOCK (README third-party rule), even in a transfer notice."),
    ("gd0068", "Hello, this is Oakridge Pharmacy. Because the Bayview Pharmacy on 5th Street closes on June 30th, prescription records are being transferred to us at 1200 Main Street. No action is needed. Call 614-555-0142 with questions.",
     "ALLOW", "other", "voice", "en",
     [("June 30th", "DATE"), ("1200 Main Street", "ADDRESS"), ("614-555-0142", "PHONE")],
     ["pharmacy", "practice-contact"], "Closure and file transfer notice; the closing date and the pharmacy's address and phone are fine."),
)

# ---------------------------------------------------------------- batch 7 (gd0069-gd0080): insurance rejections, prior authorization
add(
    ("gd0069", "Linden Street Pharmacy: your insurance needs more information before we can fill your prescription. Please call us at (614) 555-0118 or update your card in the app.",
     "ALLOW", "other", "sms", "en",
     [("(614) 555-0118", "PHONE")],
     ["pharmacy", "practice-contact"], "Rejection notice with no drug named."),
    ("gd0070", "Your insurance rejected the claim for your Humira pen: prior authorization required. We've faxed Dr. Stein's office. Call 614-555-0118 with questions.",
     "REWRITE", "other", "sms", "en",
     [("Humira pen", "MEDICATION"), ("Dr. Stein", "PROVIDER"), ("614-555-0118", "PHONE")],
     ["pharmacy", "practice-contact"], "Drug name goes; 'your prescription needs prior authorization' survives."),
    ("gd0071", "Claim rejected: member ID XJH448120937 not found. Please bring your new insurance card. - Greenway Pharmacy",
     "REWRITE", "other", "sms", "en",
     [("XJH448120937", "HEALTH_PLAN_ID")],
     ["pharmacy"], "The member ID is not needed to ask for the new card."),
    ("gd0072", "Hi Ms. Brown, your plan rejected Wegovy 2.4mg because it is only covered with a diagnosis of obesity and a BMI over 30, and your chart lists a BMI of 28.4. Dr. Hale may appeal.",
     "BLOCK", "other", "email", "en",
     [("Brown", "NAME"), ("Wegovy 2.4mg", "MEDICATION"), ("obesity", "CONDITION"), ("BMI", "PROCEDURE"), ("BMI", "PROCEDURE", 1), ("28.4", "RESULT"), ("Dr. Hale", "PROVIDER")],
     ["pharmacy"], "The rejection reason carries the patient's measured value: a result, BLOCK."),
    ("gd0073", "Your plan won't cover Jardiance until you've tried metformin for 90 days. Start metformin 500mg twice daily with meals; Dr. Ito sent it over.",
     "BLOCK", "other", "sms", "en",
     [("Jardiance", "MEDICATION"), ("metformin", "MEDICATION"), ("metformin 500mg", "MEDICATION"), ("Dr. Ito", "PROVIDER")],
     ["pharmacy"], "Step-therapy rejection turned into a dosing instruction: BLOCK."),
    ("gd0074", "Farmacia San Judas: su seguro rechazó su inhalador Symbicort; necesita autorización previa. Ya contactamos a la Dra. Paredes. Dudas: (915) 555-0176.",
     "REWRITE", "other", "sms", "es",
     [("inhalador Symbicort", "MEDICATION"), ("Dra. Paredes", "PROVIDER"), ("(915) 555-0176", "PHONE")],
     ["pharmacy", "practice-contact"], "Drug goes (judgement: the Spanish form word before the brand is in the span); the rest survives."),
    ("gd0075", "Sr. Aguilar: su seguro rechazó la quetiapina 100 mg porque el diagnóstico de trastorno bipolar no aparece en su expediente. La Dra. Fuentes enviará la información.",
     "BLOCK", "other", "email", "es",
     [("Aguilar", "NAME"), ("quetiapina 100 mg", "MEDICATION"), ("trastorno bipolar", "CONDITION"), ("Dra. Fuentes", "PROVIDER")],
     ["pharmacy", "behavioral-health"], "The rejection states the patient's diagnosis: BLOCK."),
    ("gd0076", "Action needed: your insurance info is out of date. Update it in the app so we can fill your next order.",
     "ALLOW", "other", "push", "en", [],
     ["pharmacy", "hard-negative"], "Insurance update request with nothing about the patient."),
    ("gd0077", "This is Corner Drug with a message for Alan Greer. Your plan, member number W 2 2 8 1 9 4 4 0 5, rejected today's refill as too soon. Please call 937-555-0190.",
     "REWRITE", "other", "voice", "en",
     [("Alan Greer", "NAME"), ("W 2 2 8 1 9 4 4 0 5", "HEALTH_PLAN_ID"), ("937-555-0190", "PHONE")],
     ["pharmacy", "practice-contact"], "Name and spoken member number go; 'refill too soon' is generic (judgement)."),
    ("gd0078", "Priya's EpiPen 2-Pak was rejected by her plan; the peanut allergy form from Dr. Osei is needed before school starts.",
     "BLOCK", "other", "sms", "en",
     [("Priya", "NAME"), ("EpiPen 2-Pak", "MEDICATION"), ("peanut allergy", "CONDITION"), ("Dr. Osei", "PROVIDER")],
     ["pharmacy", "third-party", "minor"], "A dependent's drug and condition sent to the guardian: BLOCK."),
    ("gd0079", "Your Corner Drug statement: a claim from 9/14 was reprocessed after your plan's January update. No balance is due. Questions? billing@corner-drug.example.com",
     "ALLOW", "billing", "email", "en",
     [("9/14", "DATE"), ("billing@corner-drug.example.com", "EMAIL")],
     ["pharmacy", "practice-contact"], "Statement note with a date and the pharmacy's e-mail only."),
    ("gd0080", "Your vaccination record has been updated: Shingrix dose 2 given 5/6 at Oakridge Pharmacy. Your shingles series is complete and has been reported to the state registry.",
     "ALLOW", "portal-notice", "portal", "en",
     [("Shingrix", "MEDICATION"), ("5/6", "DATE"), ("shingles", "CONDITION")],
     ["pharmacy"], "Vaccine history inside the secure portal: ALLOW (README channel rule)."),
)

# ---------------------------------------------------------------- batch 8 (gd0081-gd0093): pharmacist consultations
add(
    ("gd0081", "Pharmacist Phil Harmon would like 10 minutes with you at your next pickup to go over your medications. No appointment needed. - Oakridge Pharmacy",
     "ALLOW", "other", "sms", "en",
     [("Pharmacist Phil Harmon", "PROVIDER")],
     ["pharmacy"], "Look-alike: a pharmacist named Phil Harmon (PROVIDER, allowed); 'go over your medications' is generic."),
    ("gd0082", "Meet Phil Harmon, PharmD, Oakridge Pharmacy's new pharmacy manager. Phil grew up in Dayton, coaches youth soccer and loves a good crossword. Stop by and say hi!",
     "ALLOW", "marketing", "email", "en",
     [("Phil Harmon, PharmD", "PROVIDER"), ("Phil", "PROVIDER", 1)],
     ["pharmacy", "broadcast"], "Staff introduction broadcast; the pharmacist is workforce, and Dayton is his home town, not a patient's."),
    ("gd0083", "Hi Keith, pharmacist Phil Harmon has scheduled your Medicare medication review (CMR) for 5/20 at 1:00 PM by phone.",
     "REWRITE", "reminder", "sms", "en",
     [("Keith", "NAME"), ("pharmacist Phil Harmon", "PROVIDER"), ("Medicare medication review", "PROCEDURE"), ("CMR", "PROCEDURE"), ("5/20", "DATE")],
     ["pharmacy"], "Judgement: a Medicare CMR is a named visit type like 'Medicare wellness'; name and visit type go, pharmacist, date and time stay."),
    ("gd0084", "Phil Harmon, PharmD here. Your new clarithromycin interacts with your simvastatin 40mg, so hold the simvastatin until the antibiotic is finished.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Phil Harmon, PharmD", "PROVIDER"), ("clarithromycin", "MEDICATION"), ("simvastatin 40mg", "MEDICATION"), ("simvastatin", "MEDICATION", 1), ("antibiotic", "MEDICATION")],
     ["pharmacy"], "An interaction and an instruction to hold a drug: treatment content, BLOCK."),
    ("gd0085", "Phil Harmon, PharmD: your new clarithromycin interacts with your simvastatin 40mg. Please hold the simvastatin until the antibiotic course is finished, then restart. Message me here with questions.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Phil Harmon, PharmD", "PROVIDER"), ("clarithromycin", "MEDICATION"), ("simvastatin 40mg", "MEDICATION"), ("simvastatin", "MEDICATION", 1), ("antibiotic", "MEDICATION")],
     ["pharmacy", "contrast"], "Same advice as gd0084 inside the secure portal: ALLOW."),
    ("gd0086", "Hola Sra. Navarro, la farmacéutica Lucía Ortega quiere revisar con usted su nuevo glucómetro el jueves 8 de mayo a las 3 pm.",
     "REWRITE", "reminder", "sms", "es",
     [("Navarro", "NAME"), ("farmacéutica Lucía Ortega", "PROVIDER"), ("glucómetro", "PROCEDURE"), ("8 de mayo", "DATE")],
     ["pharmacy"], "The device reveals the condition (devices are PROCEDURE); name and device go, pharmacist, date and time stay."),
    ("gd0087", "Hi, this is pharmacist Nadia Okafor at Harbor Point Pharmacy calling for Erin. About the spotting you mentioned on your new birth control pills: that's common in the first 3 months, keep taking one every day and call Dr. Wexler if it lasts longer.",
     "BLOCK", "care-instructions", "voice", "en",
     [("pharmacist Nadia Okafor", "PROVIDER"), ("Erin", "NAME"), ("spotting", "CONDITION"), ("birth control pills", "MEDICATION"), ("Dr. Wexler", "PROVIDER")],
     ["pharmacy", "reproductive"], "Symptom and instruction to keep taking a drug: BLOCK (voicemail is overheard like SMS)."),
    ("gd0088", "Your pharmacist has a question about your order. Tap to reply securely in the app.",
     "ALLOW", "other", "push", "en", [],
     ["pharmacy", "hard-negative"], "Content-free nudge to the secure app."),
    ("gd0089", "Hi Mrs. Flores, we booked Aiden's inhaler technique check with pharmacist Nadia Okafor on 4/3 at 4:15 PM.",
     "BLOCK", "reminder", "email", "en",
     [("Flores", "NAME"), ("Aiden", "NAME"), ("inhaler", "MEDICATION"), ("pharmacist Nadia Okafor", "PROVIDER"), ("4/3", "DATE")],
     ["pharmacy", "third-party", "minor"], "Judgement: a dependent's medication named to the guardian is BLOCK under README's third-party rule, even in a booking (not a routine visit type)."),
    ("gd0090", "Harbor Point Pharmacy now offers private consultation rooms. Ask any pharmacist for a quiet space to talk, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Service broadcast; nothing about the recipient."),
    ("gd0091", "Don Ramiro, le escribe Lucía de Farmacia San Judas: con su nuevo ciprofloxacino 500 mg no tome leche ni calcio al mismo tiempo; sepárelos 2 horas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ramiro", "NAME"), ("Lucía", "PROVIDER"), ("ciprofloxacino 500 mg", "MEDICATION"), ("calcio", "MEDICATION")],
     ["pharmacy"], "How-to-take instructions for a named drug: BLOCK."),
    ("gd0092", "Ask Phil! Our pharmacist Phil Harmon answers your questions about vitamins and cold remedies every Tuesday at 7 PM on our live stream.",
     "ALLOW", "marketing", "push", "en",
     [("pharmacist Phil Harmon", "PROVIDER")],
     ["pharmacy", "broadcast"], "Broadcast; 'Phil' and 'Harmon' are a staff member's name, not a patient's or a drug."),
    ("gd0093", "Hi, Phil Harmon from Oakridge Pharmacy. Dr. Baptiste sent your new prescription for Lexapro 10mg; it'll be ready at 5. We have your date of birth as 04/09/1986.",
     "REWRITE", "pickup", "sms", "en",
     [("Phil Harmon", "PROVIDER"), ("Dr. Baptiste", "PROVIDER"), ("Lexapro 10mg", "MEDICATION"), ("04/09/1986", "DATE")],
     ["pharmacy", "dob"], "Drug and date of birth without a patient name: REWRITE (README); 'your prescription will be ready at 5' survives."),
)

# ---------------------------------------------------------------- batch 9 (gd0094-gd0105): OTC recommendations, point-of-care
add(
    ("gd0094", "Hi Sam, for the sinus congestion you asked about, our pharmacist recommends pseudoephedrine 30mg every 6 hrs (ask at the counter, ID required). Skip it if your BP runs high.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sam", "NAME"), ("sinus congestion", "CONDITION"), ("pseudoephedrine 30mg", "MEDICATION"), ("BP", "PROCEDURE")],
     ["pharmacy", "negation"], "OTC recommendation with a symptom and dosing: BLOCK."),
    ("gd0095", "Allergy season is here! All store-brand allergy relief is buy one, get one 50% off at Corner Drug through Sunday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Front-store promotion to everyone; says nothing about the recipient."),
    ("gd0096", "Rx Bites protein bars are back in stock: 3 for $5 at the front register of every Corner Drug. New flavor: peanut butter crunch!",
     "ALLOW", "marketing", "email", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Look-alike: 'Rx' is a snack brand here, not a prescription."),
    ("gd0097", "Hola Marisol, para la tos de tu nina te recomendamos jarabe de miel para ninos, 5 ml cada 4 horas; si tiene fiebre mas de 2 dias llevala al pediatra.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Marisol", "NAME"), ("tos", "CONDITION"), ("jarabe de miel", "MEDICATION"), ("fiebre", "CONDITION"), ("pediatra", "SPECIALTY")],
     ["pharmacy", "third-party", "minor"], "A child's symptom and dosing sent to the parent: BLOCK. Spanish without accents."),
    ("gd0098", "Hi Tom, for your heartburn you can try famotidine 20mg once or twice daily as needed. If it lasts more than 2 weeks, book with Dr. Lin.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Tom", "NAME"), ("heartburn", "CONDITION"), ("famotidine 20mg", "MEDICATION"), ("Dr. Lin", "PROVIDER")],
     ["pharmacy", "contrast"], "OTC advice inside the secure portal: ALLOW (README channel rule)."),
    ("gd0099", "Hi Tom, the pharmacist set aside the famotidine 20mg you asked about. It's at the counter under your name until Sat.",
     "REWRITE", "pickup", "sms", "en",
     [("Tom", "NAME"), ("famotidine 20mg", "MEDICATION")],
     ["pharmacy", "contrast"], "Pickup by SMS with a drug name: REWRITE ('your item is at the counter until Sat')."),
    ("gd0100", "Hi Jasmine, since you're pregnant, please avoid ibuprofen for your back pain; acetaminophen 325mg, 2 tablets every 6 hours, is the safer choice.",
     "BLOCK", "care-instructions", "email", "en",
     [("Jasmine", "NAME"), ("pregnant", "CONDITION"), ("ibuprofen", "MEDICATION"), ("back pain", "CONDITION"), ("acetaminophen 325mg", "MEDICATION")],
     ["pharmacy", "reproductive"], "Pregnancy, symptom and dosing: BLOCK."),
    ("gd0101", "Cold & flu season tip: our pharmacists can help you pick the right over-the-counter product. Just ask at the counter.",
     "ALLOW", "marketing", "push", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Generic OTC broadcast."),
    ("gd0102", "Your online order of Plan B One-Step is ready for pickup at the Linden Street Pharmacy counter.",
     "REWRITE", "pickup", "push", "en",
     [("Plan B One-Step", "MEDICATION")],
     ["pharmacy", "reproductive"], "Revealing product on a lock screen goes; 'your online order is ready' survives."),
    ("gd0103", "hey its Marcus at greenway, pharmacist says for ur kids lice use permethrin 1% rinse, leave on 10 min then rinse, repeat in 9 days",
     "BLOCK", "care-instructions", "sms", "en",
     [("Marcus", "PROVIDER"), ("lice", "CONDITION"), ("permethrin 1%", "MEDICATION")],
     ["pharmacy", "third-party", "minor", "shorthand"], "A child's condition and treatment steps sent to the parent: BLOCK."),
    ("gd0104", "Your strep test at the Greenway Pharmacy clinic was negative. No antibiotic is needed; rest and fluids should help.",
     "BLOCK", "result", "sms", "en",
     [("strep test", "PROCEDURE"), ("negative", "RESULT"), ("antibiotic", "MEDICATION")],
     ["pharmacy", "negation"], "A negative result is still a result (README): BLOCK."),
    ("gd0105", "Thanks for stopping by our Health Screening Day, Lorna! Your cholesterol was 242 and your glucose 131. Please share these with your doctor.",
     "BLOCK", "result", "sms", "en",
     [("Lorna", "NAME"), ("cholesterol", "PROCEDURE"), ("242", "RESULT"), ("glucose", "PROCEDURE"), ("131", "RESULT")],
     ["pharmacy", "lab"], "Point-of-care values: results, BLOCK."),
)

# ---------------------------------------------------------------- batch 10 (gd0106-gd0116): more Spanish, recalls, mixed
add(
    ("gd0106", "Free blood-pressure checks at Corner Drug every Saturday in March, 10am-2pm. No appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast screening offer (README's own example kind)."),
    ("gd0107", "Sra. Ruiz, el Dr. Montes le cambió la insulina: ahora son 18 unidades de insulina glargina en la noche. Ya está lista en Farmacia San Judas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ruiz", "NAME"), ("Dr. Montes", "PROVIDER"), ("insulina", "MEDICATION"), ("insulina glargina", "MEDICATION")],
     ["pharmacy"], "A new dose in units: treatment instruction, BLOCK."),
    ("gd0108", "Farmacia Del Valle: su receta de metformina 850 mg está lista para recoger.",
     "REWRITE", "pickup", "push", "es",
     [("metformina 850 mg", "MEDICATION")],
     ["pharmacy"], "Drug in a pickup push goes; 'su receta está lista' survives."),
    ("gd0109", "Farmacia Del Valle: su receta está lista para recoger. Horario: lunes a sábado de 9 a 8.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative", "contrast"], "The safe pattern; compare gd0108."),
    ("gd0110", "Mensaje para Graciela Soto de Farmacia San Judas: su cita para la vacuna del herpes zóster es el 2 de octubre. Llame al (915) 555-0176 si necesita cambiarla.",
     "REWRITE", "reminder", "voice", "es",
     [("Graciela Soto", "NAME"), ("vacuna del herpes zóster", "PROCEDURE"), ("2 de octubre", "DATE"), ("(915) 555-0176", "PHONE")],
     ["pharmacy", "practice-contact"], "Name and vaccine type go; date and the pharmacy's phone stay."),
    ("gd0111", "¡Vacúnate contra el aburrimiento! Noche de lotería en Farmacia Del Valle el viernes a las 6 pm, entrada libre.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Look-alike: 'vacúnate' as a joke for a bingo night."),
    ("gd0112", "Recordatorio: para pagar por transferencia bancaria use la referencia impresa en su recibo. Farmacia San Judas.",
     "ALLOW", "billing", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Look-alike: a bank transfer, not a prescription transfer."),
    ("gd0113", "This is Oakridge Pharmacy with an important message for Gloria Fenwick. The lot of metoprolol succinate 50mg you picked up on 8/2 has been recalled. Do not stop taking it; bring the bottle in for an exchange.",
     "BLOCK", "other", "voice", "en",
     [("Gloria Fenwick", "NAME"), ("metoprolol succinate 50mg", "MEDICATION"), ("8/2", "DATE")],
     ["pharmacy"], "Judgement: a recall that tells the patient to keep taking a named drug is a treatment instruction, BLOCK."),
    ("gd0114", "Voluntary recall: one lot of store-brand children's cough syrup (Lot 24C118) sold at Corner Drug in October is being recalled. Return it to any register for a refund.",
     "ALLOW", "other", "email", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Recall broadcast to all customers; the lot number identifies a batch, not a person."),
    ("gd0115", "Your order is ready for curbside pickup. Text HERE when you arrive and a technician will bring it out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Curbside pickup with nothing about the patient."),
    ("gd0116", "Meadowbrook Drug: we called 937-555-0168 (the number on file) twice about your delivery. Please call us at 937-555-0129.",
     "REWRITE", "other", "sms", "en",
     [("937-555-0168", "PHONE"), ("937-555-0129", "PHONE")],
     ["pharmacy", "practice-contact"], "The patient's own number on file is not needed; the pharmacy's number stays."),
)

# ---------------------------------------------------------------- batch 11 (gd0117-gd0120): disguises (4)
add(
    ("gd0117", "Hi Kev, ur 0xyc0d0ne 5mg is ready 4 pickup @ Meadowbrook Drug. bring photo ID",
     "REWRITE", "pickup", "sms", "en",
     [("Kev", "NAME"), ("0xyc0d0ne 5mg", "MEDICATION")],
     ["pharmacy", "leet", "shorthand"], "Leetspeak drug name in a pickup notice: REWRITE once the name and drug go."),
    ("gd0118", "Reminder: take your war\u200bfarin 5mg on Mon/Wed/Fri and 2.5mg the other days. Your INR was 3.4 at today's pharmacy check.",
     "BLOCK", "care-instructions", "sms", "en",
     [("war\u200bfarin 5mg", "MEDICATION"), ("INR", "PROCEDURE"), ("3.4", "RESULT")],
     ["pharmacy"], "Zero-width split drug name; dosing and a result: BLOCK."),
    ("gd0119", "Your \u0410dderall 20mg refill can't be filled before 3/15. Please don't take extra tablets to make up missed days. - Linden Street Pharmacy",
     "BLOCK", "care-instructions", "sms", "en",
     [("\u0410dderall 20mg", "MEDICATION"), ("3/15", "DATE")],
     ["pharmacy"], "Cyrillic look-alike in a drug name plus an instruction about how to take it: BLOCK."),
    ("gd0120", "Sr. Molina, su s-e-r-t-r-a-l-i-n-a ya esta lista en Farmacia Del Valle. El Dr. Rosales dice que desde el lunes tome 2 tabletas diarias en vez de 1.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Molina", "NAME"), ("s-e-r-t-r-a-l-i-n-a", "MEDICATION"), ("Dr. Rosales", "PROVIDER")],
     ["pharmacy", "spaced", "behavioral-health"], "Hyphen-spaced drug name with a dose increase: treatment instruction, BLOCK. Spanish without accents."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build
if __name__ == "__main__":
    probe_lib.run(M, "gd", "probe183.jsonl")
