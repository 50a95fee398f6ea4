#!/usr/bin/env python3
"""Build corpus/probe91.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe91.py [OUT] [-v]   (default: probe91.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run, and no other corpus, test or source file was read.

This round is SLEEP MEDICINE, EAR-NOSE-THROAT, AUDIOLOGY AND ALLERGY: what sleep centers and DME
suppliers (CPAP masks and filters, compliance downloads), ENT and sinus practices, audiology and
hearing-aid dispensers, and allergy clinics (shots, skin testing, food challenges) send:
sleep-study prep and home-test kits, CPAP resupply and compliance notices, hearing-test and
hearing-aid fitting reminders, battery and warranty notices, allergy-shot schedules and build-up
doses, tonsillectomy and ear-tube prep, and seasonal broadcasts (pollen counts, allergy season).
Messages that reveal the recipient's condition, device, test, drug or procedure are mixed with
ones that only schedule, ship or promote, and with look-alikes ("sleep on it", "Hear us out!",
"a nose for bargains", an allergy-free bake sale, a mask mandate lifted, Dr. Snow as a surname,
a zoning hearing, a snow day). 120 messages, 19 in Spanish, 4 disguised (zero-width, Cyrillic
look-alike, leet, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "start [[iron]] every" searches for
      "start iron every" and labels only the bracketed part "iron".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tags: there is no sleep, ENT, audiology or allergy tag, so these take `general` (as
     build_probe7 did for hearing), unless a closer tag applies: `pediatrics` (+`minor`) for
     children, `pharmacy` for drug pickups and shipments, `imaging` for a sinus CT, `home-health`
     for DME suppliers delivering to the home, `behavioral-health` for CBT-I, `dental` for oral
     appliances, `urgent-care`, `lab`.
  2. Sleep, ENT/sinus, audiology/hearing and allergy/asthma practice names are
     specialty-revealing (SPECIALTY), like eye and imaging names; so are the role words and
     credentials that name those services (allergist, audiologist/audióloga/audiólogo, AuD, HIS
     = hearing instrument specialist, "sleep lab"). A DME supplier or pharmacy with a generic name
     ("... Medical Supply", "... Home Medical", "... Pharmacy") is not labelled; a specialty
     pharmacy is.
  3. Devices are PROCEDURE (CPAP, BiPAP, hearing aids, audífonos, Inspire implant, ear tubes,
     cochlear implant). An accessory written after the device word stays outside the span like a
     following generic word ("CPAP filters" -> only "CPAP"); a model name with its head word is one
     span ("Veraton P90 hearing aids"); "hearing aid fitting" is one named visit type.
  4. Sleep measures (AHI, IAH, oxygen nadir, leak) are PROCEDURE like A1c, their values RESULT.
     CPAP usage and compliance figures (hours per night, nights used, % of nights, "passed",
     "meets insurer criteria") and BiPAP pressure settings are RESULT (clinical values).
  5. Severity modifiers (mild, moderate, severe, moderada, severa) stay outside the CONDITION span
     and are not labelled, like README's "poorly-controlled ⟦diabetes⟧".
  6. A positive allergy test together with the allergens it names is one RESULT span (the
     allergens are the finding).
  7. Prep that is only logistics (arrival, what to bring, fasting, showering, no caffeine) keeps a
     removable procedure at REWRITE; prep that tells the patient to stop, skip or take a drug is a
     dosing instruction -> BLOCK.
  8. A dependent's procedure in pure logistics (tonsillectomy, ear tubes, cochlear implant
     activation) is REWRITE, like the patient's own (it is removable); a dependent's condition,
     allergen, finding or care instructions is BLOCK (third party's health).
  9. A broadcast from a specialty-named clinic to its own patients about their ongoing treatment
     ("allergy shot hours ... after each injection") is REWRITE (name and service labelled): being
     on that list is the health information. Broadcasts from generic practices or urgent care that
     mention services to everyone stay ALLOW with no span.
 10. Shipment tracking, prior-authorization and Rx numbers are OTHER_ID; hearing-aid and CPAP
     serials are DEVICE_ID (also inside a link, where the whole link is one URL span); a warranty
     month/year ("03/2027") is DATE.
 11. A public third-party site (a pollen-count page) is labelled URL and allowed like the
     practice's own: it identifies nobody.
 12. Staff who call or text as the sender are PROVIDER (README), on the voice channel too.
 13. Symptoms in conditional sentences ("if you have dry mouth") are still CONDITION (tag
     `negation`).

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers and
device models; the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cp0001-cp0012): sleep studies, prep, home test kits
add(
    ("cp0001", "Lakeshore Medical Group: Reminder of your appointment with Dr. Snow on Mon 3/9 at 8:15 PM. Please arrive 15 min early. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Snow", "PROVIDER"), ("3/9", "DATE")],
     ["general"], "Dr. Snow is a surname with a title (PROVIDER, allowed); an evening slot hints at an overnight study but nothing is named."),
    ("cp0002", "Hi Marcus, your overnight sleep study at Pinecrest Sleep Disorders Center is Thu 2/19, check-in 8:30 PM. Bring pajamas, your usual evening meds and a pillow if you like. Questions: (412) 555-0143",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("sleep study", "PROCEDURE"), ("Pinecrest Sleep Disorders Center", "SPECIALTY"), ("2/19", "DATE"), ("(412) 555-0143", "PHONE")],
     ["general", "practice-contact"], "Name, test and sleep-center name go; date, time, what to bring and the practice phone survive (decisions 2, 7)."),
    ("cp0003", "Your home sleep test kit shipped today via UPS, tracking 1Z84X0W20391847722. Wear it for one night only, then return it in the prepaid box within 48 hrs. - Tri-County Diagnostics",
     "REWRITE", "other", "sms", "en",
     [("home sleep test", "PROCEDURE"), ("1Z84X0W20391847722", "OTHER_ID")],
     ["general", "identifier"], "The named test goes; a carrier tracking number leads to the recipient's name and home address, so it is OTHER_ID (decision 10). Shipping purpose survives."),
    ("cp0004", "Hola Sra. Beltrán, le recordamos su estudio del sueño en el Centro del Sueño Valle Verde el viernes 14 de marzo a las 9:00 p. m. Traiga ropa cómoda para dormir y no tome café después del mediodía.",
     "REWRITE", "reminder", "sms", "es",
     [("Beltrán", "NAME"), ("estudio del sueño", "PROCEDURE"), ("Centro del Sueño Valle Verde", "SPECIALTY"), ("14 de marzo", "DATE")],
     ["general"], "Name, test and sleep-center name go; no coffee after noon is logistics, not a drug instruction (decision 7)."),
    ("cp0005", "Dr. Aguilar reviewed your home sleep test: AHI 31.4 events/hr with an oxygen nadir of 78%, consistent with severe obstructive sleep apnea. We'll set up CPAP - expect a call from the DME company this week.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Aguilar", "PROVIDER"), ("home sleep test", "PROCEDURE"), ("AHI", "PROCEDURE"), ("31.4 events/hr", "RESULT"), ("oxygen nadir", "PROCEDURE"), ("78%", "RESULT"), ("obstructive sleep apnea", "CONDITION"), ("CPAP", "PROCEDURE")],
     ["general"], "Results and a diagnosis are the message; send a portal notice instead. 'severe' stays outside the condition span (decision 5)."),
    ("cp0006", "Your sleep study report is available. Summary from Dr. Aguilar: AHI 12 (mild OSA), lowest SpO2 86%. Next step is a CPAP trial; our equipment team will contact you.",
     "ALLOW", "result", "portal", "en",
     [("sleep study", "PROCEDURE"), ("Dr. Aguilar", "PROVIDER"), ("AHI", "PROCEDURE"), ("12", "RESULT"), ("OSA", "CONDITION"), ("SpO2", "PROCEDURE"), ("86%", "RESULT"), ("CPAP", "PROCEDURE")],
     ["general", "contrast"], "Inside the secure portal results and diagnoses may stay (README channel convention); the SMS version of such a result is BLOCK."),
    ("cp0007", "Open enrollment questions? Sleep on it - our billing team is here all month to walk you through your options. No pressure, no appointment needed. - Brookfield Health Partners",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "'Sleep on it' is an idiom; nothing about the recipient's care."),
    ("cp0008", "Hello, this is Tasha from Riverside Sleep Lab calling for Gloria Nwosu. We are confirming your split-night study tomorrow at 9 p.m. Please press 1 to confirm, or call us back at 555-0161.",
     "REWRITE", "confirmation", "voice", "en",
     [("Tasha", "PROVIDER"), ("Riverside Sleep Lab", "SPECIALTY"), ("Gloria Nwosu", "NAME"), ("split-night study", "PROCEDURE"), ("555-0161", "PHONE")],
     ["general", "practice-contact"], "Voice is treated like SMS: patient name, test and sleep-lab name go; the staff caller is PROVIDER (decision 12)."),
    ("cp0009", "For your MSLT on 4/7: stop your fluoxetine 2 weeks before and do not take modafinil for 7 days prior, unless Dr. Heller tells you otherwise. A urine drug screen will be done that morning.",
     "BLOCK", "care-instructions", "sms", "en",
     [("MSLT", "PROCEDURE"), ("4/7", "DATE"), ("fluoxetine", "MEDICATION"), ("modafinil", "MEDICATION"), ("Dr. Heller", "PROVIDER"), ("urine drug screen", "PROCEDURE")],
     ["general"], "Telling the patient to stop two drugs is a dosing instruction; removing them leaves no message (decision 7)."),
    ("cp0010", "Subject: Your visit at Northwoods Sleep & Breathing Center\n\nDear Ms. Halvorsen,\n\nThank you for choosing Northwoods Sleep & Breathing Center. Your in-lab polysomnogram is scheduled for Tuesday, 11/18, arrival 8:45 PM, at 2200 Kettle Ridge Rd, Suite 140, Duluth, MN 55811. Please shower before you come (no gels, lotions or oils - the sensors need clean skin), eat dinner beforehand, and avoid alcohol and caffeine after 2 PM. Each private room has a TV, a queen bed and its own bathroom. A registered technologist is with you all night, and most people are free to leave around 6 AM.\n\nIf you need to reschedule, please give us 48 hours' notice at (218) 555-0176, because the night is reserved just for you.\n\nSleep well,\nNorthwoods Scheduling Team",
     "REWRITE", "reminder", "email", "en",
     [("Northwoods Sleep & Breathing Center", "SPECIALTY"), ("Halvorsen", "NAME"), ("Northwoods Sleep & Breathing Center", "SPECIALTY", 1), ("polysomnogram", "PROCEDURE"), ("11/18", "DATE"), ("2200 Kettle Ridge Rd, Suite 140, Duluth, MN 55811", "ADDRESS"), ("(218) 555-0176", "PHONE")],
     ["general", "practice-contact"], "Long welcome e-mail: name, sleep-center name (subject and body) and the test go; the practice's own address and phone, date and prep logistics stay (decision 7)."),
    ("cp0011", "Daylight saving time ends Sunday - set your clocks back an hour and enjoy the extra sleep! Our office hours are unchanged. - Maple Grove Health Center",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Seasonal broadcast; 'sleep' is everyday language."),
    ("cp0012", "Sr. Ortega: los resultados de su prueba de sueño en casa muestran apnea obstructiva moderada (IAH 22). El Dr. Ibarra le va a indicar un CPAP. Lo llamamos esta semana para coordinar.",
     "BLOCK", "result", "sms", "es",
     [("Ortega", "NAME"), ("prueba de sueño en casa", "PROCEDURE"), ("apnea obstructiva", "CONDITION"), ("IAH", "PROCEDURE"), ("22", "RESULT"), ("Dr. Ibarra", "PROVIDER"), ("CPAP", "PROCEDURE")],
     ["general"], "Diagnosis and index value are the message; 'moderada' stays outside the condition span (decision 5)."),
)

# ---------------------------------------------------------------- batch 2 (cp0013-cp0024): CPAP resupply, compliance, DME
add(
    ("cp0013", "Time to refresh your CPAP supplies! Your plan covers a new mask cushion, 2 disposable filters and tubing. Reply YES to ship to the address on file, or STOP to opt out. -Keystone Home Medical",
     "REWRITE", "marketing", "sms", "en",
     [("CPAP", "PROCEDURE")],
     ["home-health"], "The device word reveals the therapy; accessories after it stay outside (decision 3). The supplier name is generic (decision 2). Resupply purpose survives."),
    ("cp0014", "Keystone Home Medical: your CPAP data for the last 30 days shows use on 14 of 30 nights (avg 2h 51m). Your insurance requires 4+ hrs on 70% of nights by 6/12 or it may stop paying for the machine. Call 570-555-0118 for mask-fit help.",
     "BLOCK", "other", "sms", "en",
     [("CPAP", "PROCEDURE"), ("14 of 30 nights", "RESULT"), ("2h 51m", "RESULT"), ("6/12", "DATE"), ("570-555-0118", "PHONE")],
     ["home-health", "practice-contact"], "Compliance figures are the message (decision 4); the insurer's threshold is policy, not the patient's value."),
    ("cp0015", "Great news - your CPAP usage passed the 90-day compliance check (avg 6.4 hrs/night) \U0001F389 We've sent the report to your insurer.",
     "BLOCK", "result", "push", "en",
     [("CPAP", "PROCEDURE"), ("passed", "RESULT"), ("6.4 hrs/night", "RESULT")],
     ["home-health"], "A good result is still a result (README); on a lock screen it reveals the therapy and its data (decision 4)."),
    ("cp0016", "Safety notice about your CPAP machine (serial SA11-88210473): the manufacturer has issued a correction for a software issue. Keep using your device; we will contact you about the free update. - Harborview Medical Supply",
     "REWRITE", "other", "sms", "en",
     [("CPAP", "PROCEDURE"), ("SA11-88210473", "DEVICE_ID")],
     ["home-health", "identifier"], "Device word and serial go (decision 10); the notice that the supplier will call survives. Judgement: 'keep using your device' is a safety notice, not a dosing instruction."),
    ("cp0017", "Andes Medical Supply: su pedido salió hoy y llega el jueves. Responda ESTADO para ver dónde va su paquete o llámenos si no va a estar en casa.",
     "ALLOW", "other", "sms", "es", [],
     ["home-health"], "A generic supplier name and a delivery day; nothing says what was shipped (decision 2)."),
    ("cp0018", "Your order from Harborview Medical Supply has shipped and should arrive Thursday. Track it anytime at harborviewsupply.example/track. Questions? 508-555-0137",
     "ALLOW", "other", "sms", "en",
     [("harborviewsupply.example/track", "URL"), ("508-555-0137", "PHONE")],
     ["home-health", "practice-contact"], "Shipping notice with the supplier's own tracking page (no token) and phone."),
    ("cp0019", "Please bring your CPAP's SD card (or the whole machine) to your follow-up with Dr. Okafor on 8/21 so we can download your data before the visit.",
     "REWRITE", "reminder", "sms", "en",
     [("CPAP", "PROCEDURE"), ("Dr. Okafor", "PROVIDER"), ("8/21", "DATE")],
     ["general"], "The device goes; 'bring your device's SD card' still works. The possessive 's stays outside the span."),
    ("cp0020", "Per Dr. Lindqvist, your BiPAP pressure was changed remotely to IPAP 16 / EPAP 10 cm H2O starting tonight. Let us know if you get mask leaks or dry mouth.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("BiPAP", "PROCEDURE"), ("IPAP 16 / EPAP 10 cm H2O", "RESULT"), ("dry mouth", "CONDITION")],
     ["general", "negation"], "A therapy setting change is a treatment instruction; the settings are labelled RESULT (decision 4) and the conditional symptom CONDITION (decision 13)."),
    ("cp0021", "Got a nose for bargains? Everything in our gift shop is 25% off this weekend. All proceeds support the Lakeview Hospital Auxiliary.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'A nose for bargains' is an idiom, not ENT."),
    ("cp0022", "Dear Harold Greeley,\n\nYour insurance plan allows replacement of CPAP supplies on this schedule: mask cushions and nasal pillows every month, disposable filters twice a month, tubing and full masks every 3 months, and the water chamber every 6 months. Based on your last order you are now eligible for a cushion, filters and tubing.\n\nMember ID on file: QHP-77120493\n\nTo reorder in one click, use your personal link: https://reorder.andesmedical.example/r?cust=448210&k=Zp93Lw\nOr call us Monday-Friday 8-6 at (602) 555-0133.\n\nKeeping your equipment fresh helps it work the way it should and keeps your mask comfortable.\n\nAndes Medical Supply - Resupply Team",
     "REWRITE", "marketing", "email", "en",
     [("Harold Greeley", "NAME"), ("CPAP", "PROCEDURE"), ("nasal pillows", "PROCEDURE"), ("QHP-77120493", "HEALTH_PLAN_ID"), ("https://reorder.andesmedical.example/r?cust=448210&k=Zp93Lw", "URL"), ("(602) 555-0133", "PHONE")],
     ["home-health", "identifier", "practice-contact"], "Name, device, member ID and a customer-tokened link go; the resupply reminder and the supplier phone stay. 'nasal pillows' alone names a CPAP interface (decision 3)."),
    ("cp0023", "Hi, this is Derek at Harborview Medical Supply returning your call about a delivery window. We can come Friday between 1 and 4. Call us back at 508-555-0137. Thanks!",
     "ALLOW", "other", "voice", "en",
     [("Derek", "PROVIDER"), ("508-555-0137", "PHONE")],
     ["home-health", "practice-contact"], "Staff caller (PROVIDER, decision 12), a delivery window and the supplier's phone; nothing names the equipment."),
    ("cp0024", "SleepTrack: Last night 7h 12m, AHI 3.1, leak 18 L/min. Nice work keeping your mask on!",
     "BLOCK", "result", "push", "en",
     [("7h 12m", "RESULT"), ("AHI", "PROCEDURE"), ("3.1", "RESULT"), ("leak", "PROCEDURE"), ("18 L/min", "RESULT")],
     ["general"], "A device app's nightly data on a lock screen: values are the message (decision 4)."),
)

# ---------------------------------------------------------------- batch 3 (cp0025-cp0036): audiology, hearing aids, batteries, warranties
add(
    ("cp0025", "Reminder: your hearing test at Clearwater Audiology is Tue 5/6 at 10:30 AM with Dr. Priya Raman, AuD. Please allow about an hour. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("hearing test", "PROCEDURE"), ("Clearwater Audiology", "SPECIALTY"), ("5/6", "DATE"), ("Dr. Priya Raman", "PROVIDER"), ("AuD", "SPECIALTY")],
     ["general"], "Test, audiology name and the AuD credential go (decision 2); provider, date and time survive."),
    ("cp0026", "Our Elm Street office will open at 11 AM on Thursday because several staff members are testifying at the city's zoning hearing on the parking expansion. Sorry for the inconvenience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'hearing' is a legal hearing; a street name alone is not an address span."),
    ("cp0027", "Hear us out! Our new patient portal lets you book, pay and message us 24/7. Ask for your activation code at check-in. - Westbrook Medical Associates",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Hear us out' is a slogan; 24/7 is not a date."),
    ("cp0028", "Hi Walter, your new Veraton P90 hearing aids are in! Your fitting with Sam Ochoa, HIS is Wed 9/17 at 2 PM at Sound Choice Hearing Center. Plan on about 90 minutes.",
     "REWRITE", "reminder", "sms", "en",
     [("Walter", "NAME"), ("Veraton P90 hearing aids", "PROCEDURE"), ("fitting", "PROCEDURE"), ("Sam Ochoa", "PROVIDER"), ("HIS", "SPECIALTY"), ("9/17", "DATE"), ("Sound Choice Hearing Center", "SPECIALTY")],
     ["general"], "Model with its head word is one device span; HIS (hearing instrument specialist) is a specialty credential, kept apart from the name (decisions 2, 3)."),
    ("cp0029", "Your free hearing aid batteries (size 312, 4 packs) are ready at the front desk. FYI the warranty on serial # 2214H0987 runs through 03/2027.",
     "REWRITE", "pickup", "sms", "en",
     [("hearing aid", "PROCEDURE"), ("2214H0987", "DEVICE_ID"), ("03/2027", "DATE")],
     ["general", "identifier"], "Device and serial go; the pickup survives. Warranty month/year is a DATE (decision 10)."),
    ("cp0030", "Your audiogram from 6/2 shows moderate sensorineural hearing loss in the left ear and normal hearing on the right. Dr. Feld recommends a hearing aid trial - we'll call to set it up.",
     "BLOCK", "result", "sms", "en",
     [("audiogram", "PROCEDURE"), ("6/2", "DATE"), ("sensorineural hearing loss", "CONDITION"), ("normal hearing", "RESULT"), ("Dr. Feld", "PROVIDER"), ("hearing aid", "PROCEDURE")],
     ["general"], "Findings and diagnosis are the message; 'moderate' stays outside (decision 5)."),
    ("cp0031", "Centro Auditivo Buena Vida: Sr. Fajardo, sus audífonos ya llegaron. Puede recogerlos de lunes a viernes de 9 a 5. Traiga los audífonos viejos si los va a cambiar.",
     "REWRITE", "pickup", "sms", "es",
     [("Centro Auditivo Buena Vida", "SPECIALTY"), ("Fajardo", "NAME"), ("audífonos", "PROCEDURE"), ("audífonos", "PROCEDURE", 1)],
     ["general"], "Hearing-center name, name and the device (both mentions) go; pickup hours survive (decisions 2, 3)."),
    ("cp0032", "Can you hear us now? \U0001F4DE Our phone lines were down this morning but are back up. Thanks for your patience! - Westbrook Medical Associates",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'hear' is about phone lines, not hearing loss."),
    ("cp0033", "Dear Ms. Tran,\n\nThe manufacturer's repair warranty on your hearing aids (left: SN 19-4471-A, right: SN 19-4472-A) expires on 10/31. After that date, repairs are billed per visit and loss or damage replacement is no longer covered.\n\nYou can extend coverage for two more years for $249 per pair. The extension includes one free loss-and-damage replacement, unlimited in-office clean-and-checks, and a yearly supply of domes and wax guards. To sign up, reply to this e-mail or call our office at (916) 555-0182 before the expiration date.\n\nIf you have already purchased the extension, please disregard this notice.\n\nWarm regards,\nNadia Kerr\nPatient Care Coordinator\nSound Choice Hearing Center",
     "REWRITE", "other", "email", "en",
     [("Tran", "NAME"), ("hearing aids", "PROCEDURE"), ("19-4471-A", "DEVICE_ID"), ("19-4472-A", "DEVICE_ID"), ("10/31", "DATE"), ("(916) 555-0182", "PHONE"), ("Nadia Kerr", "PROVIDER"), ("Sound Choice Hearing Center", "SPECIALTY")],
     ["general", "identifier", "practice-contact"], "Warranty e-mail: name, device, both serials and the hearing-center name go; the offer, price and phone survive. The coordinator signing is workforce (PROVIDER)."),
    ("cp0034", "Eliana's cochlear implant activation is set for 7/9 at 1 PM. Her audiologist will program the processor that day; please bring the charger and the accessory kit.",
     "REWRITE", "reminder", "sms", "en",
     [("Eliana", "NAME"), ("cochlear implant", "PROCEDURE"), ("7/9", "DATE"), ("audiologist", "SPECIALTY")],
     ["pediatrics", "minor"], "Judgement (decision 8): a dependent's procedure in pure logistics is removable, like the patient's own; no condition, finding or dose is stated."),
    ("cp0035", "Reminder: ear wax removal with Dr. Osei tomorrow at 3:40. Until then, put 5 Debrox drops in each ear twice a day to soften it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("ear wax removal", "PROCEDURE"), ("Dr. Osei", "PROVIDER"), ("Debrox drops", "MEDICATION")],
     ["general"], "The dosing instruction is half the message; removing it defeats the purpose."),
    ("cp0036", "Free hearing screenings at the Senior Expo, Saturday 10-2, Millbrook Community Center. No appointment needed - bring a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community event offered to everyone; says nothing about the recipient (README broadcasts)."),
)

# ---------------------------------------------------------------- batch 4 (cp0037-cp0048): allergy shots, build-up, skin testing, food allergy
add(
    ("cp0037", "Summit Allergy & Asthma: allergy shot hours are changing on the 1st. New hours Mon/Wed/Fri 7:30-11:30 and 1-4:30. As always, plan to stay 30 minutes after each injection.",
     "REWRITE", "other", "sms", "en",
     [("Summit Allergy & Asthma", "SPECIALTY"), ("allergy shot", "PROCEDURE")],
     ["general"], "Judgement (decision 9): sent by an allergy clinic to its patients in shot treatment, so being on the list reveals care (not tagged broadcast: it says something about the recipient); the hours change survives without name and service."),
    ("cp0038", "Your next build-up dose of your grass/ragweed extract is Vial 3 (yellow, 1:100), 0.25 mL in each arm. If you had a large local reaction last time, tell the nurse before your shot.",
     "BLOCK", "care-instructions", "sms", "en",
     [("build-up dose", "PROCEDURE"), ("grass/ragweed extract", "MEDICATION"), ("large local reaction", "CONDITION")],
     ["general", "negation"], "The dose and vial are the message (dosing instruction); the reaction is conditional but still a symptom (decision 13)."),
    ("cp0039", "Skin testing on 3/3: please stop cetirizine, loratadine, Benadryl and any other antihistamines 5 days before. Keep using your inhalers and Singulair as usual.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Skin testing", "PROCEDURE"), ("3/3", "DATE"), ("cetirizine", "MEDICATION"), ("loratadine", "MEDICATION"), ("Benadryl", "MEDICATION"), ("antihistamines", "MEDICATION"), ("inhalers", "MEDICATION"), ("Singulair", "MEDICATION")],
     ["general"], "Stop/continue drug instructions before a test are dosing instructions (decision 7)."),
    ("cp0040", "Hola Daniela, sus pruebas cutáneas salieron positivas a ácaros del polvo y a gato. La Dra. Lemus le explica el tratamiento en su próxima consulta.",
     "BLOCK", "result", "sms", "es",
     [("Daniela", "NAME"), ("pruebas cutáneas", "PROCEDURE"), ("positivas a ácaros del polvo y a gato", "RESULT"), ("Dra. Lemus", "PROVIDER")],
     ["general"], "A positive test result is the message; the allergens are part of the finding (decision 6)."),
    ("cp0041", "Reminder: your aller\u200bgy sh\u200bot is due this week. Walk in Tue/Thu 8-11 at Brookside Family Practice. Reply HELP for help, STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("aller\u200bgy sh\u200bot", "PROCEDURE")],
     ["general"], "Zero-width spaces hide 'allergy shot'; once it is removed the walk-in reminder survives."),
    ("cp0042", "Your appointment with Dr. Berg is Thu 10/2 starting at 7:30 AM. Please plan to be with us most of the day - eat breakfast first and bring a book or laptop.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Berg", "PROVIDER"), ("10/2", "DATE")],
     ["general"], "Judgement: a long visit and 'eat breakfast' hint at a challenge or rush-immunotherapy day, but nothing is named."),
    ("cp0043", "Your Xolair 150 mg prefilled syringes are ready at CarePoint Specialty Pharmacy. Keep them refrigerated once home. Pick up by Friday or call 555-0124.",
     "REWRITE", "pickup", "sms", "en",
     [("Xolair 150 mg prefilled syringes", "MEDICATION"), ("CarePoint Specialty Pharmacy", "SPECIALTY"), ("555-0124", "PHONE")],
     ["pharmacy", "practice-contact"], "Drug with strength and form is one span; the specialty-pharmacy name is revealing (README). Judgement: 'keep refrigerated' is storage, not dosing."),
    ("cp0044", "Lakeside Pharmacy: Ep\u0456Pen 0.3 mg 2-pak is ready for pickup. Rx# 6620148. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("Ep\u0456Pen 0.3 mg", "MEDICATION"), ("6620148", "OTHER_ID")],
     ["pharmacy", "identifier"], "A Cyrillic i hides EpiPen; drug and Rx number go, the pickup survives (decision 10)."),
    ("cp0045", "Hi Mrs. Dunleavy - just a reminder that Owen's peanut allergy action plan and two EpiPen Jr auto-injectors need to be turned in to the school nurse before Monday.",
     "BLOCK", "other", "sms", "en",
     [("Dunleavy", "NAME"), ("Owen", "NAME"), ("peanut allergy", "CONDITION"), ("EpiPen Jr auto-injectors", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's condition and medication sent to the guardian are a third party's health (README): BLOCK."),
    ("cp0046", "Allergy-free bake sale this Friday in the main lobby! Every treat is peanut-, tree nut- and egg-free, and all proceeds go to our children's reading room. \U0001F36A",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Bake sale for everyone; allergy words describe the food, not the recipient."),
    ("cp0047", "Dear parent of Mateo Ruiz-Campos,\n\nMateo's oral food challenge is scheduled for Wednesday, 5/20, from 8:00 AM to about 2:00 PM, to find out whether he has outgrown his egg allergy. Please bring one plain store-bought muffin made with egg (we will check the label), a favorite snack and something quiet to do.\n\nImportant: do not give cetirizine (Zyrtec), diphenhydramine (Benadryl) or any other antihistamine for 5 days before the visit. He may keep using his inhaler. If he is sick with a fever or wheezing that week, call us and we will reschedule.\n\nA nurse will give small, increasing amounts every 15-20 minutes and watch him closely. Please plan to stay the whole day. Parking is free in Lot C; check in at the second-floor front desk. Siblings are welcome, but please bring another adult to look after them.\n\nBayview Allergy - (757) 555-0149",
     "BLOCK", "care-instructions", "email", "en",
     [("Mateo Ruiz-Campos", "NAME"), ("Mateo", "NAME", 1), ("oral food challenge", "PROCEDURE"), ("5/20", "DATE"), ("egg allergy", "CONDITION"), ("cetirizine", "MEDICATION"), ("Zyrtec", "MEDICATION"), ("diphenhydramine", "MEDICATION"), ("Benadryl", "MEDICATION"), ("antihistamine", "MEDICATION"), ("inhaler", "MEDICATION"), ("fever", "CONDITION"), ("wheezing", "CONDITION"), ("Bayview Allergy", "SPECIALTY"), ("(757) 555-0149", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact", "negation"], "A child's allergy and drug holds sent to the parent: third party's health and dosing instructions (decisions 7, 8)."),
    ("cp0048", "Confirmed: Tue 4/14 at 9:00 AM with Dr. Abernathy at Lakeshore Medical Group, 3rd floor. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Abernathy", "PROVIDER"), ("4/14", "DATE")],
     ["general"], "Provider, date, time and a generic practice name only."),
)

# ---------------------------------------------------------------- batch 5 (cp0049-cp0060): ENT and sinus, tonsils, ear tubes, voice, vertigo
add(
    ("cp0049", "Coastal ENT & Sinus: Hi Brenda, your nasal endoscopy with Dr. Vu is Mon 2/23 at 11:20 AM. Please arrive 15 min early. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Coastal ENT & Sinus", "SPECIALTY"), ("Brenda", "NAME"), ("nasal endoscopy", "PROCEDURE"), ("Dr. Vu", "PROVIDER"), ("2/23", "DATE")],
     ["general"], "ENT practice name, name and procedure go (decision 2); provider, date and time survive."),
    ("cp0050", "Reminder for Ava's tonsillectomy on Fri 6/20: check in at Westfield Surgery Center by 6:30 AM. Nothing to eat after midnight; clear liquids are OK until 4:30 AM.",
     "REWRITE", "reminder", "sms", "en",
     [("Ava", "NAME"), ("tonsillectomy", "PROCEDURE"), ("6/20", "DATE")],
     ["pediatrics", "minor"], "Judgement (decisions 7, 8): a dependent's procedure in logistics is removable; fasting and arrival times are logistics, not dosing. A generic surgery-center name is not labelled."),
    ("cp0051", "hi its Lakeshore Peds - ur kid's t0ns1ll3ct0my post-op ch3ck w/ Dr. Haddad is 7/1 @ 10am. txt Y 2 confirm",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Peds", "SPECIALTY"), ("t0ns1ll3ct0my", "PROCEDURE"), ("post-op", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("7/1", "DATE")],
     ["pediatrics", "minor", "leet", "shorthand"], "Leet hides 'tonsillectomy'; the pediatric practice name, procedure and visit type go (the disguised 'ch3ck' stays outside like 'check'); date and time survive."),
    ("cp0052", "After Leo's tonsillectomy: give acetaminophen 320 mg every 6 hrs alternating with ibuprofen 200 mg, push fluids, and call us right away for any bleeding from the mouth - even on day 5-7.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Leo", "NAME"), ("tonsillectomy", "PROCEDURE"), ("acetaminophen 320 mg", "MEDICATION"), ("ibuprofen 200 mg", "MEDICATION"), ("bleeding from the mouth", "CONDITION")],
     ["pediatrics", "minor", "third-party", "negation"], "Dosing instructions for a child: the clinical content is the message (decision 8)."),
    ("cp0053", "Hola, le confirmamos la cirugía de tubos en los oídos de su hija Valeria el 12 de agosto a las 7:00 a. m. en el Hospital San Lucas. Por favor llegue una hora antes.",
     "REWRITE", "confirmation", "sms", "es",
     [("tubos en los oídos", "PROCEDURE"), ("Valeria", "NAME"), ("12 de agosto", "DATE")],
     ["pediatrics", "minor"], "Judgement (decision 8): the child's procedure and name go ('cirugía' alone is generic); date, time and hospital survive."),
    ("cp0054", "Dr. Marsh checked Jonah's ears today: the left tube has fallen out and the right one is still in place and working. Nothing to do for now - recheck in 6 months.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Marsh", "PROVIDER"), ("Jonah", "NAME"), ("tube", "PROCEDURE"), ("has fallen out", "RESULT"), ("still in place and working", "RESULT")],
     ["pediatrics", "minor", "third-party"], "Exam findings about a child are a third party's health (README)."),
    ("cp0055", "Reminder: your sinus CT at Valley Imaging is Wed 1/14 at 3:15 PM. No prep needed. Bring your insurance card and a photo ID.",
     "REWRITE", "reminder", "sms", "en",
     [("sinus CT", "PROCEDURE"), ("Valley Imaging", "SPECIALTY"), ("1/14", "DATE")],
     ["imaging"], "Imaging name and test go (README: imaging names are specialty-revealing)."),
    ("cp0056", "Day 2 after your balloon sinuplasty: rinse with the budesonide sinus rinse twice daily, no nose blowing for 1 week, and sleep with your head raised. Some bloody drainage is normal.",
     "BLOCK", "care-instructions", "sms", "en",
     [("balloon sinuplasty", "PROCEDURE"), ("budesonide sinus rinse", "MEDICATION"), ("bloody drainage", "CONDITION")],
     ["general"], "Post-op treatment and dosing instructions are the message."),
    ("cp0057", "Good news: your insurance approved the septoplasty and turbinate reduction that Dr. Kowalczyk requested. Auth # PA-7719034, valid through 9/30. Our surgery scheduler will call you this week.",
     "REWRITE", "other", "sms", "en",
     [("septoplasty", "PROCEDURE"), ("turbinate reduction", "PROCEDURE"), ("Dr. Kowalczyk", "PROVIDER"), ("PA-7719034", "OTHER_ID"), ("9/30", "DATE")],
     ["general", "identifier"], "Procedures and the authorization number go (decision 10); 'approved, we will call to schedule' survives."),
    ("cp0058", "Sra. Pineda, el Dr. Salas revisó su laringoscopia: tiene un nódulo pequeño en la cuerda vocal derecha. No es urgente, pero queremos verla en 4 semanas y mientras tanto hacer reposo de voz.",
     "BLOCK", "result", "sms", "es",
     [("Pineda", "NAME"), ("Dr. Salas", "PROVIDER"), ("laringoscopia", "PROCEDURE"), ("nódulo", "CONDITION"), ("reposo de voz", "PROCEDURE")],
     ["general"], "A finding and a treatment instruction are the message; the anatomical location is not labelled."),
    ("cp0059", "Allergy season is here! Tree pollen counts are expected to be HIGH this week (oak, birch, maple). Keep windows closed on windy days and check the daily count at pollen.example.org. - Fairview Family Medicine",
     "ALLOW", "other", "sms", "en",
     [("pollen.example.org", "URL")],
     ["primary-care", "broadcast"], "Seasonal broadcast from a generic practice; a public pollen site identifies nobody (decision 11)."),
    ("cp0060", "Your VNG results were reviewed by Dr. Castellano and point to Meniere's disease in the left ear. Start a low-salt diet (under 1,500 mg a day) and take hydrochlorothiazide 25 mg once each morning.",
     "BLOCK", "result", "sms", "en",
     [("VNG", "PROCEDURE"), ("Dr. Castellano", "PROVIDER"), ("Meniere's disease", "CONDITION"), ("low-salt diet", "PROCEDURE"), ("hydrochlorothiazide 25 mg", "MEDICATION")],
     ["general"], "Diagnosis and a new drug with dosing: BLOCK."),
)

# ---------------------------------------------------------------- batch 6 (cp0061-cp0072): templates, seasonal broadcasts, look-alikes
add(
    ("cp0061", "{{practice_name}}: Your appointment is on {{appt_date}} at {{appt_time}}. Reply C to confirm or call {{practice_phone}} to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only (README templates)."),
    ("cp0062", "Reminder: your CPAP titration study is {{appt_date}} at {{appt_time}}. Arrive 30 min early with comfortable sleepwear and your current mask if you have one.",
     "REWRITE", "reminder", "sms", "en",
     [("CPAP titration study", "PROCEDURE")],
     ["general", "template"], "The fixed text of the template names the study; placeholders are not labelled."),
    ("cp0063", "Temporada de alergias \U0001F33C: el conteo de polen de pasto va a estar alto esta semana. Si tiene preguntas, llame a Clínica Familiar Los Robles al (915) 555-0128.",
     "ALLOW", "other", "sms", "es",
     [("(915) 555-0128", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Seasonal broadcast from a generic clinic with its own phone."),
    ("cp0064", "Mask mandate lifted: starting Monday, masks are optional in all of our waiting rooms. You're welcome to keep wearing one - we have free masks at check-in. - Oakdale Community Health",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Face masks in waiting rooms, not a CPAP mask."),
    ("cp0065", "Consultorio Médico Del Valle: su cita con la Dra. Nieves es el jueves 22 de enero a las 10:15. Responda 1 para confirmar o 2 para cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Nieves", "PROVIDER"), ("22 de enero", "DATE")],
     ["general"], "Nieves (snows) is a surname with a title; provider, date and time are allowed."),
    ("cp0066", "Snow day! \u2744\uFE0F Our office is closed today because of the storm. We'll call to reschedule today's appointments. Stay warm and safe.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather closure; 'snow' is the weather, not Dr. Snow."),
    ("cp0067", "Sleep in this Saturday! Our lab draw station now opens at 9 AM instead of 7 AM on weekends. Weekday hours stay the same.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "'Sleep in' is everyday language; lab hours for everyone."),
    ("cp0068", "Spring tip from Riverside Primary Care: shower and change clothes after yard work to keep pollen out of the bedroom. Happy spring! \U0001F337",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "General health tip to every patient; pollen is not the recipient's diagnosis."),
    ("cp0069", "Sound Choice Hearing Center: Trade in your old devices this month and save $500 on a new pair! Call 555-0187 or visit soundchoice.example/trade",
     "REWRITE", "marketing", "sms", "en",
     [("Sound Choice Hearing Center", "SPECIALTY"), ("555-0187", "PHONE"), ("soundchoice.example/trade", "URL")],
     ["general", "practice-contact"], "Judgement (decision 2): a hearing-center name reveals that the recipient wears hearing aids ('your old devices'); the offer survives without it."),
    ("cp0070", "Our phones will be down Tuesday 7-9 AM for a system upgrade. For anything urgent during that time use the portal, and in an emergency call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "911 is not a phone identifier; a weekday and times are not dates."),
    ("cp0071", "¿Tiene buen olfato para las ofertas? \U0001F443 Este fin de semana todo en la tienda de regalos del hospital tiene 30% de descuento.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Buen olfato para las ofertas' is an idiom (a nose for bargains), not ENT."),
    ("cp0072", "Brookside Family Practice - Spring Newsletter\n\nHello neighbors! Spring is finally here, and with it come longer days, yard work and, for many of us, sneezing. A few reminders from our team:\n\n- Pollen is usually highest in the early morning; plan outdoor runs for the evening.\n- Teens need 8-10 hours of sleep. Try a screens-off hour before bed for the whole family.\n- Headed to a concert or mowing the lawn? Foam earplugs cost pennies and protect your hearing for life.\n- Our new Saturday hours (8 AM-noon) start in April.\n\nYou can book online anytime at brooksidefp.example/book or call (608) 555-0115. Thank you for letting us care for your family!\n\nThe Brookside team",
     "ALLOW", "marketing", "email", "en",
     [("brooksidefp.example/book", "URL"), ("(608) 555-0115", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Newsletter to every patient: allergy, sleep and hearing tips are generic; only the practice's own link and phone are labelled."),
)

# ---------------------------------------------------------------- batch 7 (cp0073-cp0084): portal results, voicemails, pickups, narcolepsy, disguises
add(
    ("cp0073", "Message from Dr. Feld: Your audiogram shows mild high-frequency hearing loss in both ears, typical of noise exposure. No treatment is needed now; please wear earplugs with power tools and we'll recheck in a year.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Feld", "PROVIDER"), ("audiogram", "PROCEDURE"), ("high-frequency hearing loss", "CONDITION"), ("noise exposure", "CONDITION")],
     ["general", "contrast"], "Findings in the secure portal are allowed (README channel convention); 'mild' stays outside (decision 5)."),
    ("cp0074", "Your maintenance allergy shot schedule: 0.5 mL from Vial 1 (1:1) every 4 weeks. Next due 5/8. Please bring your EpiPen to every shot visit.",
     "ALLOW", "care-instructions", "portal", "en",
     [("allergy shot", "PROCEDURE"), ("5/8", "DATE"), ("EpiPen", "MEDICATION")],
     ["general"], "Dosing schedule inside the portal is allowed; the same text by SMS would be BLOCK."),
    ("cp0075", "Hi, this is Nurse Colette from Bayview Allergy. Your shellfish IgE test came back positive, class 3, so please avoid shrimp, crab and lobster until you see Dr. Amadi. Call us at 555-0149.",
     "BLOCK", "result", "voice", "en",
     [("Nurse Colette", "PROVIDER"), ("Bayview Allergy", "SPECIALTY"), ("shellfish IgE test", "PROCEDURE"), ("positive", "RESULT"), ("class 3", "RESULT"), ("Dr. Amadi", "PROVIDER"), ("555-0149", "PHONE")],
     ["general", "practice-contact"], "A positive result and avoidance advice left on a voicemail: BLOCK (voice is treated like SMS)."),
    ("cp0076", "Farmacia Del Pueblo: su receta de fluticasona 50 mcg (spray nasal) está lista para recoger. Horario lun-sáb 9 a 7. Núm. de receta 4418207.",
     "REWRITE", "pickup", "sms", "es",
     [("fluticasona 50 mcg", "MEDICATION"), ("4418207", "OTHER_ID")],
     ["pharmacy", "identifier"], "Drug name and Rx number go (decision 10); the pickup notice survives."),
    ("cp0077", "Hi Jordan, welcome to week 3 of your CBT-I program! Tonight keep your sleep window at 12:30-6:30 AM, and get out of bed if you're awake for more than 20 minutes.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jordan", "NAME"), ("CBT-I", "PROCEDURE"), ("sleep window", "PROCEDURE")],
     ["behavioral-health"], "Insomnia therapy instructions are the message; removing them leaves nothing (decision 1: CBT-I tagged behavioral-health)."),
    ("cp0078", "Your Xywav shipment from the central pharmacy arrives Thursday; an adult must sign for it. Reminder: take the 1st dose in bed and the 2nd dose 2.5 to 4 hours later.",
     "BLOCK", "pickup", "sms", "en",
     [("Xywav", "MEDICATION")],
     ["pharmacy"], "Shipping notice plus a dosing instruction; the instruction cannot be removed without changing the message's second purpose."),
    ("cp0079", "Aviso: el estacionamiento de la calle Robles va a estar cerrado el sábado por obras. Use la entrada del lado norte. ¡Gracias por su paciencia!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Parking closure for everyone; a street name alone is not an address."),
    ("cp0080", "Your hearing aid settings were updated remotely by your audiologist. Open the app to try the new 'Restaurant' program.",
     "REWRITE", "other", "push", "en",
     [("hearing aid", "PROCEDURE"), ("audiologist", "SPECIALTY")],
     ["general"], "Lock-screen push: device and specialty role go; 'your settings were updated, open the app' survives."),
    ("cp0081", "Update from the sleep lab: your s l e e p  s t u d y showed A H I 34. Dr. Ng will call you this week about starting CPAP.",
     "BLOCK", "result", "sms", "en",
     [("sleep lab", "SPECIALTY"), ("s l e e p  s t u d y", "PROCEDURE"), ("A H I", "PROCEDURE"), ("34", "RESULT"), ("Dr. Ng", "PROVIDER"), ("CPAP", "PROCEDURE")],
     ["general", "spaced"], "Spaced letters hide the test and the index; the value is the message."),
    ("cp0082", "Hi Mr. Castellanos,\n\nFor the prior authorization on your Inspire implant, the insurer needs us to verify the SSN on the form. We have 078-05-1120 - is that correct? Please reply or call me directly at (480) 555-0106.\n\nThanks,\nRachel (surgical coordinator)",
     "BLOCK", "other", "email", "en",
     [("Castellanos", "NAME"), ("Inspire implant", "PROCEDURE"), ("078-05-1120", "SSN"), ("(480) 555-0106", "PHONE"), ("Rachel", "PROVIDER")],
     ["general", "identifier", "practice-contact"], "An SSN must never travel by e-mail or text (DESIGN): BLOCK."),
    ("cp0083", "Recordatorio: tiene cita con el Dr. Ferreira el lunes 9 de febrero a las 3:30 p. m. en Clínica Santa Fe. Si no puede venir, llame al (505) 555-0112.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Ferreira", "PROVIDER"), ("9 de febrero", "DATE"), ("(505) 555-0112", "PHONE")],
     ["general", "practice-contact"], "Provider, date, time, a generic clinic and its phone."),
    ("cp0084", "To verify your identity for your hearing aid repair: is your date of birth 04/09/1951? Reply YES or NO.",
     "REWRITE", "other", "sms", "en",
     [("hearing aid", "PROCEDURE"), ("04/09/1951", "DATE")],
     ["general", "dob"], "A date of birth without a name is REWRITE (README); the device goes too."),
)

# ---------------------------------------------------------------- batch 8 (cp0085-cp0096): identifiers, ages, billing, biologics, restless legs
add(
    ("cp0085", "Sleep lab intake: Patricia Lowell, DOB 12/30/1966, ins. member ID BCX448120977. Please confirm these details before your MSLT on 3/12.",
     "BLOCK", "other", "sms", "en",
     [("Sleep lab", "SPECIALTY"), ("Patricia Lowell", "NAME"), ("12/30/1966", "DATE"), ("BCX448120977", "HEALTH_PLAN_ID"), ("MSLT", "PROCEDURE"), ("3/12", "DATE")],
     ["general", "dob", "identifier"], "A full date of birth with the name is BLOCK (README), here with a member ID and the test."),
    ("cp0086", "Happy 93rd birthday, Mr. Pemberton! \U0001F382 Wishing you a wonderful year from all of us at Clearwater Audiology.",
     "REWRITE", "marketing", "sms", "en",
     [("93rd", "AGE"), ("Pemberton", "NAME"), ("Clearwater Audiology", "SPECIALTY")],
     ["general", "age-over-89"], "Age over 89, name and the audiology name go; a plain birthday greeting survives."),
    ("cp0087", "Tree pollen is peaking! Our walk-in clinic is open 8 AM-8 PM every day for allergy flare-ups, sinus pain, earaches and more. No appointment needed. - QuickCare Urgent Care",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Promotion to everyone listing conditions the clinic treats; nothing about the recipient (README broadcasts, decision 9)."),
    ("cp0088", "Statement from Clearwater Audiology: balance $1,250.00 for your hearing aid fitting (acct 55-10938). Pay at clearwateraudiology.example/pay or call 555-0174.",
     "REWRITE", "billing", "sms", "en",
     [("Clearwater Audiology", "SPECIALTY"), ("hearing aid fitting", "PROCEDURE"), ("55-10938", "ACCOUNT"), ("clearwateraudiology.example/pay", "URL"), ("555-0174", "PHONE")],
     ["general", "identifier", "practice-contact"], "Audiology name, service and account number go; the balance, the practice's own pay page and phone survive (decision 3: 'hearing aid fitting' is one visit type)."),
    ("cp0089", "Dosis de hoy: 0.30 ml del frasco azul (1:1000). Su próxima inyección de alergia es en 7 días. Si le salen ronchas o le falta el aire, use su EpiPen y llame al 911.",
     "BLOCK", "care-instructions", "sms", "es",
     [("inyección de alergia", "PROCEDURE"), ("ronchas", "CONDITION"), ("le falta el aire", "CONDITION"), ("EpiPen", "MEDICATION")],
     ["general", "negation"], "Today's dose and emergency drug instructions are the message; symptoms in 'si...' are still CONDITION (decision 13)."),
    ("cp0090", "Meridian Pharmacy: your order shipped today by FedEx and should arrive Thursday. Signature required. Track it at meridianrx.example/track",
     "ALLOW", "pickup", "sms", "en",
     [("meridianrx.example/track", "URL")],
     ["pharmacy", "practice-contact"], "Shipping notice from a generic pharmacy name; no drug, no tracking number."),
    ("cp0091", "Inspire: your remote's battery is low. Replace it with 2 AAA batteries before tonight so you can turn your therapy on at bedtime.",
     "REWRITE", "other", "push", "en",
     [("Inspire", "PROCEDURE")],
     ["general"], "Judgement (decision 3): the implant brand names the device; without it, 'your remote's battery is low' survives. Device upkeep is not a dosing instruction."),
    ("cp0092", "Hi Gina, the prior authorization for Dupixent for your nasal polyps was denied. Dr. Holm's office is filing an appeal - no action needed from you yet.",
     "BLOCK", "other", "sms", "en",
     [("Gina", "NAME"), ("Dupixent", "MEDICATION"), ("nasal polyps", "CONDITION"), ("Dr. Holm", "PROVIDER")],
     ["general"], "Diagnosis plus drug: the denial is about the condition; removing it leaves no message."),
    ("cp0093", "Thank you for booking online! Appointment: Thursday, 10/23 at 1:45 PM with Dr. Yusuf Adeyemi at Ridgeview Medical Associates, 870 Foundry St, Suite 210, Lowell, MA 01852. Parking is free in the garage behind the building. Need to change? Call (978) 555-0130.",
     "ALLOW", "confirmation", "email", "en",
     [("10/23", "DATE"), ("Dr. Yusuf Adeyemi", "PROVIDER"), ("870 Foundry St, Suite 210, Lowell, MA 01852", "ADDRESS"), ("(978) 555-0130", "PHONE")],
     ["general", "practice-contact"], "Booking receipt with provider, date and the practice's own address and phone."),
    ("cp0094", "Your iron panel is back: ferritin 28 ng/mL, which is low for someone with restless legs. Dr. Quinn wants you to start iron every other day with vitamin C.",
     "BLOCK", "result", "sms", "en",
     [("iron panel", "PROCEDURE"), ("ferritin", "PROCEDURE"), ("28 ng/mL", "RESULT"), ("low", "RESULT"), ("restless legs", "CONDITION"), ("Dr. Quinn", "PROVIDER"), ("start [[iron]] every", "MEDICATION"), ("vitamin C", "MEDICATION")],
     ["general"], "Value, flag, condition and a new supplement: BLOCK."),
    ("cp0095", "Found in our lobby: a pair of white earbuds in a charging case and a kid's left sneaker. Stop by the front desk to claim them!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Earbuds, not hearing aids; lost and found for everyone."),
    ("cp0096", "Recordatorio: su prueba de audición con la audióloga Lic. Carmen Soto es el miércoles 3 de junio a las 11:00. Dura una hora aproximadamente.",
     "REWRITE", "reminder", "sms", "es",
     [("prueba de audición", "PROCEDURE"), ("audióloga", "SPECIALTY"), ("Lic. Carmen Soto", "PROVIDER"), ("3 de junio", "DATE")],
     ["general"], "Test and the role word naming the specialty go (decision 2); provider, date and time survive."),
)

# ---------------------------------------------------------------- batch 9 (cp0097-cp0108): invitations, deliveries, compliance reports, pre-op letters, staff texts
add(
    ("cp0097", "Hi Ken, since you mentioned your tinnitus at your last visit, we'd love to see you at our tinnitus support group, first Thursdays at 6 PM in Conference Room B. Family welcome!",
     "BLOCK", "marketing", "sms", "en",
     [("Ken", "NAME"), ("tinnitus", "CONDITION"), ("tinnitus", "CONDITION", 1)],
     ["general"], "An invitation built on the recipient's own condition: the diagnosis is the reason for the message. 'support group' stays outside like 'check'."),
    ("cp0098", "Your CPAP delivery is scheduled for Tuesday between 9 and 12 at 41 Willow Bend Ct, Apt 3B, Carmel, IN 46032. Reply 1 to confirm or 2 to pick another day.",
     "REWRITE", "confirmation", "sms", "en",
     [("CPAP", "PROCEDURE"), ("41 Willow Bend Ct, Apt 3B, Carmel, IN 46032", "ADDRESS")],
     ["home-health"], "The patient's home address and the device go; the delivery window survives."),
    ("cp0099", "CPAP Compliance Report 2/1-3/1: usage of 4 h or more on 87% of nights, average 6h 40m, residual AHI 2.4, median leak 9 L/min. Meets insurer criteria.",
     "ALLOW", "result", "portal", "en",
     [("CPAP", "PROCEDURE"), ("2/1", "DATE"), ("3/1", "DATE"), ("87% of nights", "RESULT"), ("6h 40m", "RESULT"), ("AHI", "PROCEDURE"), ("2.4", "RESULT"), ("median leak", "PROCEDURE"), ("9 L/min", "RESULT"), ("Meets insurer criteria", "RESULT")],
     ["home-health", "contrast"], "Compliance data inside the portal is allowed (decision 4); the SMS versions are BLOCK."),
    ("cp0100", "Your oral food challenge is confirmed for Mon 11/3, 8 AM to about 2 PM. Bring the food listed in your packet, a snack and something to do. - Bayview Allergy",
     "REWRITE", "confirmation", "sms", "en",
     [("oral food challenge", "PROCEDURE"), ("11/3", "DATE"), ("Bayview Allergy", "SPECIALTY")],
     ["general"], "Adult logistics: procedure and allergy-clinic name go; 'the food listed in your packet' names no allergen."),
    ("cp0101", "Sleep tight knowing your records are safe: we've upgraded our portal security. You'll be asked to set a new password the next time you log in.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Sleep tight' is an idiom; IT notice for everyone."),
    ("cp0102", "Subject: Pre-op information - sinus surgery with Dr. Kowalczyk\n\nHello Mr. Delacroix-Reyes,\n\nThis letter confirms your functional endoscopic sinus surgery on Monday, 12/8, at Riverside Surgery Center. Please arrive at 6:00 AM. Your CT from last month showed a large polyp blocking the left maxillary sinus, which is why Dr. Kowalczyk recommended the procedure.\n\nBefore surgery: nothing to eat or drink after midnight. Stop aspirin, ibuprofen and fish oil 7 days before. You will need a driver; you cannot take a taxi or rideshare home alone. Wear comfortable clothes that button in front and leave jewelry and contact lenses at home.\n\nMost people rest for 3 to 5 days and are back at desk work within a week. After surgery you will go home with saline rinses, and we will check your nasal splint one week later.\n\nQuestions? Call our surgery line at (503) 555-0153.\n\nColumbia ENT Associates",
     "BLOCK", "care-instructions", "email", "en",
     [("sinus surgery", "PROCEDURE"), ("Dr. Kowalczyk", "PROVIDER"), ("Delacroix-Reyes", "NAME"), ("functional endoscopic sinus surgery", "PROCEDURE"), ("12/8", "DATE"), ("CT", "PROCEDURE"), ("polyp", "CONDITION"), ("Dr. Kowalczyk", "PROVIDER", 1), ("aspirin", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("fish oil", "MEDICATION"), ("saline rinses", "MEDICATION"), ("nasal splint", "PROCEDURE"), ("(503) 555-0153", "PHONE"), ("Columbia ENT Associates", "SPECIALTY")],
     ["general", "practice-contact"], "Long pre-op letter with a buried imaging finding and drug holds: BLOCK (decision 7)."),
    ("cp0103", "Andes Medical Supply: Don Raúl, según los datos de su CPAP, lo usó solo 3 noches este mes. Su seguro podría dejar de pagar el equipo. Llámenos al 555-0165 para ajustar la mascarilla.",
     "BLOCK", "other", "sms", "es",
     [("Raúl", "NAME"), ("CPAP", "PROCEDURE"), ("3 noches", "RESULT"), ("555-0165", "PHONE")],
     ["home-health", "practice-contact"], "Usage data is the message (decision 4); 'Don' is a title and stays outside the name."),
    ("cp0104", "For tonight's study: take your usual evening meds EXCEPT zolpidem - please skip it tonight. Bring your CPAP mask if you already have one.",
     "BLOCK", "care-instructions", "sms", "en",
     [("zolpidem", "MEDICATION"), ("CPAP", "PROCEDURE")],
     ["general"], "Telling the patient to skip a drug is a dosing instruction (decision 7)."),
    ("cp0105", "Hi, this is Marisol from Ridgeview Medical Associates calling to let you know it's time to schedule your yearly visit with Dr. Adeyemi. Please call us at (978) 555-0130. Have a great day!",
     "ALLOW", "recall", "voice", "en",
     [("Marisol", "PROVIDER"), ("Dr. Adeyemi", "PROVIDER"), ("(978) 555-0130", "PHONE")],
     ["general", "practice-contact"], "Staff caller (decision 12), a generic yearly visit and the practice's phone."),
    ("cp0106", "hi its Jess @ Lakeshore Med Grp - ur appt w/ dr snow moved to thurs 10/9 @ 2:15, same room. txt C to ok",
     "ALLOW", "reminder", "sms", "en",
     [("Jess", "PROVIDER"), ("dr snow", "PROVIDER"), ("10/9", "DATE")],
     ["general", "shorthand"], "Staff shorthand: the sender and a lower-case 'dr snow' are workforce; date and time are allowed."),
    ("cp0107", "Remindr: ur alergy testing appt is tomorow at 8:30 w/ Dr Patel at Brookside Allergy & Asthma. Pls bring ur insurance card",
     "REWRITE", "reminder", "sms", "en",
     [("alergy testing", "PROCEDURE"), ("Dr Patel", "PROVIDER"), ("Brookside Allergy & Asthma", "SPECIALTY")],
     ["general", "typo", "shorthand"], "Misspelled test name and the allergy-clinic name go; the reminder survives."),
    ("cp0108", "Hi Laura, Dr. Kendrick asked me to let you know that your husband's sleep study showed he stops breathing about 40 times an hour. Please have him call us to start treatment - this is important.",
     "BLOCK", "result", "sms", "en",
     [("Laura", "NAME"), ("Dr. Kendrick", "PROVIDER"), ("sleep study", "PROCEDURE"), ("stops breathing about 40 times an hour", "RESULT")],
     ["general", "third-party"], "A spouse's test result sent to the recipient: third party's health (README)."),
)

# ---------------------------------------------------------------- batch 10 (cp0109-cp0120): no-shows, pushes, bilingual letters, warranties, family results
add(
    ("cp0109", "We missed you at your appointment today. Please call (757) 555-0152 to get back on schedule - a gap of more than 2 weeks may mean an extra visit.",
     "ALLOW", "other", "sms", "en",
     [("(757) 555-0152", "PHONE")],
     ["general", "practice-contact"], "Judgement: a no-show notice hinting at a series of visits but naming no service."),
    ("cp0110", "Appointment tomorrow at 9:20 AM with Dr. Okafor. Tap to check in early.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Okafor", "PROVIDER")],
     ["general"], "Provider and time only on the lock screen."),
    ("cp0111", "Estimados pacientes:\n\nA partir del 1 de marzo, Clínica Familiar Los Robles tendrá horario extendido: de lunes a viernes de 7:30 a. m. a 7:00 p. m. y los sábados de 8:00 a. m. a 12:00 p. m. También estrenamos estacionamiento techado en la parte de atrás del edificio.\n\nRecuerde que puede pedir citas, ver sus mensajes y pagar su cuenta en nuestro portal: losrobles.example/portal. Si prefiere hablar con alguien, llámenos al (915) 555-0128; tenemos personal bilingüe en todos los turnos.\n\nEn temporada de alergias y resfriados, lávese las manos seguido y no dude en llamarnos si tiene dudas.\n\nGracias por su confianza.\n\nAtentamente,\nLa administración\nClínica Familiar Los Robles\n1450 Av. Montana, El Paso, TX 79902",
     "ALLOW", "other", "email", "es",
     [("1 de marzo", "DATE"), ("losrobles.example/portal", "URL"), ("(915) 555-0128", "PHONE"), ("1450 Av. Montana, El Paso, TX 79902", "ADDRESS")],
     ["primary-care", "broadcast", "practice-contact"], "Letter to every patient with the clinic's own link, phone and address; allergy season is a general tip."),
    ("cp0112", "Your 45-day trial period ends 8/14. To return your devices for a refund (minus a $150 restocking fee), bring both devices and the charger to our Main St. office.",
     "ALLOW", "other", "sms", "en",
     [("8/14", "DATE")],
     ["general"], "Judgement: a trial-return notice that never names the device; 'devices' is generic."),
    ("cp0113", "Good news from Dr. Marsh: the pathology on Mia's tonsils came back benign. Nothing else is needed - see you at her 2-week check!",
     "BLOCK", "result", "sms", "en",
     [("Dr. Marsh", "PROVIDER"), ("pathology", "PROCEDURE"), ("Mia", "NAME"), ("benign", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A child's (normal) result sent to the guardian: a result and a third party's health (README)."),
    ("cp0114", "Our 24/7 nurse line is the number on the back of your member card. In an emergency, call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "24/7 is not a date, 911 is not a phone identifier, 'member card' holds no number here."),
    ("cp0115", "Hola, le habla Gabriela de Clínica Santa Fe para recordarle su cita con el Dr. Ferreira mañana a las diez y media de la mañana. Si necesita cambiarla, llámenos al 555-0112. Que tenga buen día.",
     "ALLOW", "reminder", "voice", "es",
     [("Gabriela", "PROVIDER"), ("Dr. Ferreira", "PROVIDER"), ("555-0112", "PHONE")],
     ["general", "practice-contact"], "Staff caller (decision 12), provider, a spoken time and the practice phone."),
    ("cp0116", "Register your new hearing aids for the 3-year warranty: https://care.harmonyhearing.example/reg?sn=HH2291047&pt=55821",
     "REWRITE", "other", "sms", "en",
     [("hearing aids", "PROCEDURE"), ("https://care.harmonyhearing.example/reg?sn=HH2291047&pt=55821", "URL")],
     ["general"], "A link with a serial and patient parameter is patient-specific (README); one URL span (decision 10)."),
    ("cp0117", "Your skin prick results are ready. Positive: ragweed (8 mm wheal), birch (5 mm). Dr. Berg will go over them at your visit.",
     "BLOCK", "result", "push", "en",
     [("skin prick", "PROCEDURE"), ("Positive: ragweed (8 mm wheal), birch (5 mm)", "RESULT"), ("Dr. Berg", "PROVIDER")],
     ["general"], "Results on a lock screen; the positive finding with its allergens is one span (decision 6)."),
    ("cp0118", "Sra. Gómez, los resultados de la prueba de audición de su papá, Don Aurelio, muestran pérdida auditiva severa en ambos oídos. El audiólogo recomienda audífonos; llámenos para hacer la cita.",
     "BLOCK", "result", "sms", "es",
     [("Gómez", "NAME"), ("prueba de audición", "PROCEDURE"), ("Aurelio", "NAME"), ("pérdida auditiva", "CONDITION"), ("audiólogo", "SPECIALTY"), ("audífonos", "PROCEDURE")],
     ["general", "third-party"], "A parent's result sent to the daughter: third party's health; 'severa' stays outside (decision 5)."),
    ("cp0119", "Northside Health: your visit summary from today is in your portal. Log in at northsidehealth.example to view it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("northsidehealth.example", "URL")],
     ["general", "practice-contact"], "Notification without PHI: that something is ready, not what."),
    ("cp0120", "Dear Mr. Varga,\n\nDr. Elise Moreau, DDS, has received your referral from Dr. Kendrick for oral appliance therapy. Your first visit is Wednesday, 1/21 at 9:00 AM at Lakeview Dental Sleep Solutions, 310 Harbor Way, Suite 4, Tacoma, WA 98402.\n\nAt this visit we will take digital scans of your teeth and a bite registration so the lab can make a custom device. Please bring your medical and dental insurance cards, a list of your current medications, and your referral letter if you have a copy. The visit takes about 60 minutes.\n\nIf you need to change the time, call us at (253) 555-0147 at least one business day ahead.\n\nWe look forward to meeting you,\nFront Desk, Lakeview Dental Sleep Solutions",
     "REWRITE", "reminder", "email", "en",
     [("Varga", "NAME"), ("Dr. Elise Moreau", "PROVIDER"), ("DDS", "SPECIALTY"), ("Dr. Kendrick", "PROVIDER"), ("oral appliance therapy", "PROCEDURE"), ("1/21", "DATE"), ("Lakeview Dental Sleep Solutions", "SPECIALTY"), ("310 Harbor Way, Suite 4, Tacoma, WA 98402", "ADDRESS"), ("(253) 555-0147", "PHONE"), ("Lakeview Dental Sleep Solutions", "SPECIALTY", 1)],
     ["dental", "practice-contact"], "Welcome e-mail: name, the DDS credential, the dental-sleep practice name and the therapy go; provider, date, the practice's own address and phone stay."),
)

probe_lib.run(M, "cp", "probe91.jsonl")
