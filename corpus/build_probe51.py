#!/usr/bin/env python3
"""Build corpus/probe51.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe51.py [OUT] [-v]   (default: probe51.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only; the engine was not
run and no other corpus's messages, source code or tests were read).

This round is DERMATOLOGY, ALLERGY, ENT AND PODIATRY: what dermatology and Mohs surgery practices,
cosmetic dermatology, allergy and immunology clinics, ENT (otolaryngology), audiology and
podiatry practices and wound clinics send — skin checks and full-body exam recalls, biopsy and
pathology follow-ups, Mohs logistics and wound care, phototherapy, isotretinoin/iPLEDGE monthly
visits and pregnancy tests, biologics for psoriasis, eczema and hives, allergy-testing prep, allergy
shot build-up, food challenges, patch testing, sinus and ear procedures, tubes and tonsils, CPAP
alternatives, hearing and balance testing, hearing aids and implants, nail and foot procedures,
diabetic foot checks, orthotics pickups, wound and hyperbaric clinic visits. Logistics that may go
as written, messages that may go once a name, service, procedure, drug or identifier is removed,
and messages that must not go by text (pathology results, diagnoses, dosing, reactions, wound
findings). Hard negatives: "mole", "scale", "shot", "patch", "culture", "rash", "hives", "corn",
"hearing", "balance" in other senses, skincare retail marketing, sunscreen campaigns, pollen-count
broadcasts, "ears"/"nose" idioms, a shoe store. 15% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "panel [[neg]]" searches for "panel neg"
      and labels only the bracketed part "neg".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tags: allergy/immunology, ENT, audiology, podiatry and wound/hyperbaric clinics have
     no service tag of their own; they are tagged `general` (as build_probe7 did for hearing),
     plus `pediatrics` for children and `pharmacy` for pharmacy senders. Dermatology, Mohs and
     cosmetic dermatology are `dermatology`.
  2. Practice names that reveal allergy/asthma, ENT/otolaryngology/sinus, audiology/hearing &
     balance, podiatry/foot & ankle, wound/hyperbaric, skin/laser/aesthetics or Mohs surgery are
     specialty-revealing: one SPECIALTY span, like eye and imaging names. The credentials DPM and
     the role "Mohs surgeon" are SPECIALTY (like DDS / oncologist). A retail skincare shop or shoe
     store is not a practice and is not labelled.
  3. An allergen named as what the patient reacted to, tested positive to or must avoid (egg,
     nickel, peanut, cacahuate) is CONDITION: it stands for the sensitivity. An allergen inside a
     named test is part of the PROCEDURE span (`peanut IgE`).
  4. An organism grown in a culture (MRSA, Pseudomonas) is CONDITION; the positive/negative word is
     RESULT; a wound or hearing measurement (`2.1 x 1.4 cm`, `10 dB drop`) is RESULT.
  5. `allergy shot` / `vacuna de alergia` and `build-up` are PROCEDURE; mixed allergen extract
     vials are MEDICATION (a product used as a name); a bare `shot`/`injection` with neither drug
     nor purpose is generic and unlabelled.
  6. Prep that tells the patient which drugs to stop (antihistamines before skin testing) is a
     medication instruction: BLOCK. Prep without drugs (no caffeine, no lotions, sandals, makeup)
     is logistics: the verdict follows the rest of the message.
  7. Plain dressings, gauze, bandages and "pressure dressing" are generic supplies (unlabelled);
     medicated dressings named by agent (silver alginate, Santyl) and petroleum jelly/Vaseline
     used as wound treatment are MEDICATION; a walking boot is a device (PROCEDURE).
  8. A dependent's procedure logistics (ear tube check, food challenge arrival, allergy shot) with
     a name are REWRITE like a routine visit type; the dependent's reaction, allergen, culture or
     challenge outcome is BLOCK (README third-party rule).
  9. A broadcast sent under a specialty-revealing practice name is REWRITE: the sender name on a
     lock screen says the recipient is that practice's patient. The same kind of broadcast from a
     generic sender is ALLOW with no span; health tips naming conditions (ABCDEs of melanoma) in
     a broadcast are not labelled.
 10. A pathology report (`path report`) is a named test: PROCEDURE. iPLEDGE is a program:
     PROCEDURE; the iPLEDGE patient ID is OTHER_ID; a carrier tracking number on a specialty-drug
     shipment is OTHER_ID.
 11. A hypothetical symptom in a "call us if" clause is CONDITION but does not make the message a
     finding: REWRITE (tag negation).
 12. A recall that states the patient's diagnosis as the reason ("because of your history of
     melanoma") is BLOCK: the diagnosis is asserted about the recipient, not used as a visit label.
 13. Body sites alone (left shoulder, nasal ala, glabella) are not labelled; inside a condition
     phrase they go with it (`heel ulcer`, `toe wound`).
 14. A foot visit hinted at only by "wear open-toe shoes" with no procedure named is ALLOW.
 15. Messages to a non-patient (transport vendor) about a named patient's condition are BLOCK
     (third party's health).

The builder prints four review warnings (bb0004 'Dr. L', bb0020 'clear', bb0057 'peanut', bb0096
'2 cm'); each is intended: the unlabelled occurrence is part of another word or span.

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


# ---------------------------------------------------------------- batch 1 (bb0001-bb0012): skin checks, recalls, biopsy results
add(
    ("bb0001", "Sunridge Medical Group: Reminder of your appt w/ Dr. Farrow on Tue 4/14 at 10:20am. Reply C to confirm or R to reschedule. Txt STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Farrow", "PROVIDER"), ("4/14", "DATE")],
     ["primary-care"], "Generic practice, provider, date and time only."),
    ("bb0002", "Hi Brenda! It's time for your annual full-body skin check at Lakeshore Dermatology \U0001F31E Book online: lakeshorederm.example/book or call (312) 555-0142.",
     "REWRITE", "recall", "sms", "en",
     [("Brenda", "NAME"), ("full-body skin check", "PROCEDURE"), ("Lakeshore Dermatology", "SPECIALTY"),
      ("lakeshorederm.example/book", "URL"), ("(312) 555-0142", "PHONE")],
     ["dermatology", "practice-contact"], "Name, the named skin exam and the dermatology name go; the practice's own link and phone stay."),
    ("bb0003", "Pinecrest Family Medicine celebrates National Mole Day this Friday! Stop by the lobby for a kids' chemistry demo and Avogadro cupcakes (6.02 x 10^23 sprinkles, give or take).",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Mole' is the chemistry unit; a lobby event for everyone."),
    ("bb0004", "Hi Gary, this is Tasha from Dr. Lindqvist's office. Your shave biopsy from the left shoulder came back as a basal cell carcinoma. Dr. L recommends Mohs surgery - we'll call you this week to set it up.",
     "BLOCK", "result", "sms", "en",
     [("Gary", "NAME"), ("Tasha", "PROVIDER"), ("Dr. Lindqvist", "PROVIDER"), ("shave biopsy", "PROCEDURE"),
      ("basal cell carcinoma", "CONDITION"), ("Dr. L", "PROVIDER", 1), ("Mohs surgery", "PROCEDURE")],
     ["dermatology"], "A pathology diagnosis is the message; send a portal notice instead. Body site not labelled (decision 13)."),
    ("bb0005", "Reminder: your mole check w/ Dr. Abernathy is Thurs 5/7 @ 2:45pm. Pls remove nail polish & makeup before your visit. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("your [[mole]] check", "CONDITION"), ("Dr. Abernathy", "PROVIDER"), ("5/7", "DATE")],
     ["dermatology", "shorthand"], "Condition used as a visit label ('mole check'): the word goes, 'check' stays; non-drug prep is logistics (decision 6)."),
    ("bb0006", "Harvest Fest at Cedar Grove Clinic this Saturday! Chef-led cooking demo (mole poblano \U0001F336\uFE0F), face painting and a whack-a-mole booth for the kids. Reply YES to RSVP.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Mole' the sauce and the carnival game; an event for everyone."),
    ("bb0007", "Hola Sra. Beltrán, le habla Marisol de Dermatología del Valle. El resultado de su biopsia salió benigno (queratosis seborreica) y no necesita tratamiento. Cualquier duda llámenos al (915) 555-0117.",
     "BLOCK", "result", "sms", "es",
     [("Beltrán", "NAME"), ("Marisol", "PROVIDER"), ("Dermatología del Valle", "SPECIALTY"), ("biopsia", "PROCEDURE"),
      ("benigno", "RESULT"), ("queratosis seborreica", "CONDITION"), ("(915) 555-0117", "PHONE")],
     ["dermatology", "practice-contact"], "A benign biopsy result is still a result (README): BLOCK, portal notice instead."),
    ("bb0008", "Dear Mr. Whitcombe,\n\nOur records show it has been more than a year since your last total body skin exam at Northshore Dermatology & Mohs Surgery. Annual exams are one of the best ways to catch changes early, and we'd love to get you back on the schedule.\n\nYou can book online at northshorederm.example/schedule or call our scheduling team at (847) 555-0139, Monday through Friday, 8:00 a.m. to 5:00 p.m. Evening appointments are available on Tuesdays with Dr. Ferreira-Lind and Lauren Ashby, PA-C.\n\nIf you have already scheduled, please disregard this message.\n\nWarm regards,\nPatient Care Team\nNorthshore Dermatology & Mohs Surgery\n1200 Lakeview Rd, Suite 4, Glenhaven, IL 60099",
     "REWRITE", "recall", "email", "en",
     [("Whitcombe", "NAME"), ("total body skin exam", "PROCEDURE"), ("Northshore Dermatology & Mohs Surgery", "SPECIALTY"),
      ("northshorederm.example/schedule", "URL"), ("(847) 555-0139", "PHONE"), ("Dr. Ferreira-Lind", "PROVIDER"),
      ("Lauren Ashby, PA-C", "PROVIDER"), ("Northshore Dermatology & Mohs Surgery", "SPECIALTY", 1),
      ("1200 Lakeview Rd, Suite 4, Glenhaven, IL 60099", "ADDRESS")],
     ["dermatology", "practice-contact"], "Recall e-mail: name, exam type and both mentions of the dermatology/Mohs name go; practice contacts and providers stay."),
    ("bb0009", "Hello, this is Alpine Medical Associates calling to remind you of your appointment with Doctor Castellanos on Monday, June 8th at 3:15 p.m. Please arrive fifteen minutes early and bring your insurance card. To confirm, press 1. To reschedule, press 2.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Castellanos", "PROVIDER"), ("June 8th", "DATE")],
     ["primary-care"], "IVR reminder with a generic practice, provider, date and time."),
    ("bb0010", "Lakeview Skin & Laser: Kaitlyn, your CoolSculpting consult is set for Sat 3/21 at 11:00am. Free parking in Garage B. Need to change it? Reply R.",
     "REWRITE", "confirmation", "sms", "en",
     [("Lakeview Skin & Laser", "SPECIALTY"), ("Kaitlyn", "NAME"), ("CoolSculpting", "PROCEDURE"), ("3/21", "DATE")],
     ["dermatology"], "Cosmetic practice name is specialty-revealing (decision 2); the branded procedure and the name go."),
    ("bb0011", "Heads up: there's been a rash of spoofed calls using our name. Pinecrest Medical will never ask for your card number or SSN by phone. Hang up and call the number on your statement.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'A rash of' calls is an idiom; the word SSN is not an SSN."),
    ("bb0012", "dr okafor reviewed ur path report - the lesion on ur back is a dysplastic nevus w/ moderate atypia, margins involved. we need to re-excise, pls call to book",
     "BLOCK", "result", "sms", "en",
     [("dr okafor", "PROVIDER"), ("path report", "PROCEDURE"), ("lesion", "CONDITION"), ("dysplastic nevus", "CONDITION"),
      ("moderate atypia", "RESULT"), ("margins involved", "RESULT"), ("re-excise", "PROCEDURE")],
     ["dermatology", "shorthand"], "Pathology finding and plan; 'path report' is a named test (decision 10)."),
)

# ---------------------------------------------------------------- batch 2 (bb0013-bb0024): Mohs logistics and wound care
add(
    ("bb0013", "Your Mohs surgery is tomorrow at 7:30 AM at Ridgeview Dermatologic Surgery, 4410 Alder Pkwy, Suite 200. Eat a normal breakfast, take your usual morning meds, and plan to be here most of the day. Bring a book!",
     "REWRITE", "reminder", "sms", "en",
     [("Mohs surgery", "PROCEDURE"), ("Ridgeview Dermatologic Surgery", "SPECIALTY"), ("4410 Alder Pkwy, Suite 200", "ADDRESS")],
     ["dermatology", "practice-contact"], "Procedure and surgical-dermatology name go; the practice's address, time and generic prep stay."),
    ("bb0014", "Post-Mohs care: leave the pressure dressing on 48 hrs, then clean w/ soap & water, apply Vaseline + a fresh bandage daily x 2 wks. Tylenol 1000mg q6h for pain, avoid ibuprofen x 1 wk. Bleeding that won't stop w/ 20 min pressure? Call (414) 555-0133.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mohs", "PROCEDURE"), ("Vaseline", "MEDICATION"), ("Tylenol 1000mg", "MEDICATION"), ("ibuprofen", "MEDICATION"),
      ("Bleeding", "CONDITION"), ("(414) 555-0133", "PHONE")],
     ["dermatology", "shorthand", "practice-contact"], "Wound-care and dosing instructions are the message. Dressing/bandage unlabelled, Vaseline as wound treatment is MEDICATION (decision 7)."),
    ("bb0015", "Parking update: the south garage is closed Mon-Wed for resurfacing. Please use the surface lot by the main entrance - and if you can't find us, we're all ears: just reply to this text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'All ears' is an idiom, not ENT."),
    ("bb0016", "Recordatorio: su cirugía de Mohs es el jueves 14 de mayo a las 8:00 a. m. con el Dr. Ibarra. Desayune normal y venga con un acompañante. Centro de Cirugía de Piel Altamira",
     "REWRITE", "reminder", "sms", "es",
     [("cirugía de Mohs", "PROCEDURE"), ("14 de mayo", "DATE"), ("Dr. Ibarra", "PROVIDER"), ("Centro de Cirugía de Piel Altamira", "SPECIALTY")],
     ["dermatology"], "Procedure and skin-surgery center name go; date, time, provider and companion logistics stay."),
    ("bb0017", "Hi Leonard, nurse Paula checking in after Friday's Mohs. The pic you sent looks like early infection - redness spreading past the edges. Dr. Haas called in cephalexin 500mg, 1 cap 4x/day x 7 days to Elm St Pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Leonard", "NAME"), ("nurse Paula", "PROVIDER"), ("Mohs", "PROCEDURE"), ("infection", "CONDITION"), ("redness", "CONDITION"),
      ("Dr. Haas", "PROVIDER"), ("cephalexin 500mg", "MEDICATION")],
     ["dermatology", "shorthand"], "Wound finding plus an antibiotic with dosing."),
    ("bb0018", "Reminder: your blue light PDT is Thu 6/11 at 9:00 AM with Kelsey Moran, PA-C. Plan ~2 hrs. Bring a wide-brim hat for the ride home.",
     "REWRITE", "reminder", "push", "en",
     [("blue light PDT", "PROCEDURE"), ("6/11", "DATE"), ("Kelsey Moran, PA-C", "PROVIDER")],
     ["dermatology"], "Photodynamic therapy named on a lock-screen push; the rest is logistics."),
    ("bb0019", "Thanks for visiting Brookside Health! We're working on our office culture and the patient experience. How did we do today? Reply 1 (poor) to 5 (great).",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Culture' of the office, not a lab culture."),
    ("bb0020", "Dear Ms. Pruitt,\n\nThank you for trusting us with your care today. Your squamous cell carcinoma of the right nasal ala was cleared in 2 stages of Mohs surgery, and the defect (1.6 x 1.2 cm) was repaired with a bilobed flap. Final margins are clear.\n\nWound care: keep the pressure dressing on and dry for 48 hours, then clean once daily with gentle soap and water and apply petroleum jelly and a non-stick bandage. For pain take acetaminophen 1,000 mg every 6 hours as needed; avoid aspirin and ibuprofen unless prescribed for your heart.\n\nSuture removal: 6/18 at 9:30 with Dr. Haldane. Call (414) 555-0133 for bleeding that does not stop with 20 minutes of firm pressure.\n\nDr. Haldane, Mohs surgeon\nRidgeview Dermatologic Surgery",
     "ALLOW", "care-instructions", "portal", "en",
     [("Pruitt", "NAME"), ("squamous cell carcinoma", "CONDITION"), ("Mohs surgery", "PROCEDURE"), ("1.6 x 1.2 cm", "RESULT"),
      ("bilobed flap", "PROCEDURE"), ("margins are [[clear]]", "RESULT"), ("petroleum jelly", "MEDICATION"),
      ("acetaminophen 1,000 mg", "MEDICATION"), ("aspirin", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("Suture removal", "PROCEDURE"),
      ("6/18", "DATE"), ("Dr. Haldane", "PROVIDER"), ("(414) 555-0133", "PHONE"), ("bleeding", "CONDITION"),
      ("Dr. Haldane", "PROVIDER", 1), ("Mohs surgeon", "SPECIALTY"), ("Ridgeview Dermatologic Surgery", "SPECIALTY")],
     ["dermatology", "practice-contact"], "Inside the secure portal a diagnosis, findings and doses may stay (README channel rule). 'Mohs surgeon' is SPECIALTY (decision 2)."),
    ("bb0021", "Pinebrook Medical: please bring a list of your current meds and a snack to your procedure on Wed at 1pm. Plan 3-4 hrs, and someone must drive you home.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general"], "Judgement: 'procedure' alone is generic and the practice name is generic; nothing reveals the service."),
    ("bb0022", "Dr. Nakamura's office: you're booked for Fri 7/24 at 8:15am. Arrive 10 min early to finish paperwork. Questions? (415) 555-0168",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("7/24", "DATE"), ("(415) 555-0168", "PHONE")],
     ["general", "practice-contact"], "Office named after the provider; date, time and the practice's phone."),
    ("bb0023", "Sr. Quiroga, para la herida de la nariz: cambie la gasa una vez al día, póngale vaselina y no se agache ni cargue peso por 1 semana. Si sangra, presione 20 min sin soltar. – Enf. Rocío, Dermatología Montecillo",
     "BLOCK", "care-instructions", "sms", "es",
     [("Quiroga", "NAME"), ("herida", "CONDITION"), ("vaselina", "MEDICATION"), ("Enf. Rocío", "PROVIDER"), ("Dermatología Montecillo", "SPECIALTY")],
     ["dermatology"], "Wound-care instructions are the message (decision 7: gauze unlabelled, petroleum jelly as treatment is MEDICATION)."),
    ("bb0024", "Pinecrest Medical: ask about our sliding-scale fees for patients without insurance. We also offer payment plans - talk to the front desk at your next visit.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Sliding scale' of fees, not a weight scale or a clinical scale."),
)

# ---------------------------------------------------------------- batch 3 (bb0025-bb0036): isotretinoin / iPLEDGE, phototherapy, sun safety
add(
    ("bb0025", "Tyler - don't forget your iPLEDGE monthly visit Tue 9/15 at 4pm w/ Dr. Sato. Your pickup window closes 7 days after the visit, so plan ahead!",
     "REWRITE", "reminder", "sms", "en",
     [("Tyler", "NAME"), ("iPLEDGE", "PROCEDURE"), ("9/15", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["dermatology", "shorthand"], "iPLEDGE names the isotretinoin program (decision 10); name and program go, the monthly visit logistics stay."),
    ("bb0026", "Reminder for this month: you must do an in-office pregnancy test at your visit before we can send your isotretinoin 40mg. Answer your iPLEDGE comprehension questions first and keep using 2 forms of birth control.",
     "BLOCK", "care-instructions", "sms", "en",
     [("pregnancy test", "PROCEDURE"), ("isotretinoin 40mg", "MEDICATION"), ("iPLEDGE", "PROCEDURE"), ("birth control", "MEDICATION")],
     ["dermatology", "reproductive"], "Drug with strength, pregnancy testing and contraception requirements are the whole message: treatment instructions, nothing left after removal."),
    ("bb0027", "NORTHSIDE PHARMACY: Rx ABSORICA LD 32MG CAP is ready for pickup. Per program rules it must be picked up by 10/02. Reply HELP for help, STOP to end.",
     "REWRITE", "pickup", "sms", "en",
     [("ABSORICA LD 32MG CAP", "MEDICATION"), ("10/02", "DATE")],
     ["pharmacy", "dermatology"], "Medication name in a pickup notice goes; the pickup deadline stays."),
    ("bb0028", "Dermatology Associates of Kenwood - iPLEDGE reminder\n\nYour iPLEDGE patient ID is 4417092388. Your pregnancy test result has not been entered yet, so your isotretinoin prescription cannot be authorized for this month. Please call us at (773) 555-0121 before Friday so we can finish the entry.\n\nThank you,\nKenwood Dermatology nursing team",
     "REWRITE", "other", "email", "en",
     [("Dermatology Associates of Kenwood", "SPECIALTY"), ("iPLEDGE", "PROCEDURE"), ("iPLEDGE", "PROCEDURE", 1), ("4417092388", "OTHER_ID"),
      ("pregnancy test", "PROCEDURE"), ("isotretinoin", "MEDICATION"), ("(773) 555-0121", "PHONE"), ("Kenwood Dermatology", "SPECIALTY")],
     ["dermatology", "reproductive", "practice-contact"], "Judgement: 'not entered yet' is no result; the program, its patient ID (OTHER_ID, decision 10), test and drug go, the call-back survives."),
    ("bb0029", "Your pregnancy test from 3/2 was negative, so you're cleared for this month's isotretinoin 30 mg. Your iPLEDGE pickup window is 3/2-3/9. — Dr. Sato",
     "ALLOW", "result", "portal", "en",
     [("pregnancy test", "PROCEDURE"), ("3/2", "DATE"), ("negative", "RESULT"), ("isotretinoin 30 mg", "MEDICATION"), ("iPLEDGE", "PROCEDURE"),
      ("3/2", "DATE", 1), ("3/9", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["dermatology", "reproductive", "contrast"], "Same content as bb0030 but inside the secure portal: ALLOW (README channel rule)."),
    ("bb0030", "Your pregnancy test from 3/2 was negative, so you're cleared for this month's isotretinoin 30 mg. - Dr. Sato",
     "BLOCK", "result", "sms", "en",
     [("pregnancy test", "PROCEDURE"), ("3/2", "DATE"), ("negative", "RESULT"), ("isotretinoin 30 mg", "MEDICATION"), ("Dr. Sato", "PROVIDER")],
     ["dermatology", "reproductive", "contrast"], "A negative pregnancy test is still a result; by SMS it must go as a portal notice (contrast bb0029)."),
    ("bb0031", "Sunbelt Dermatology: phototherapy reminder - your NB-UVB sessions are Mon/Wed/Fri. Next one: Wed 8/5 at 7:40a. Don't forget your goggles!",
     "REWRITE", "reminder", "sms", "en",
     [("Sunbelt Dermatology", "SPECIALTY"), ("phototherapy", "PROCEDURE"), ("NB-UVB", "PROCEDURE"), ("8/5", "DATE")],
     ["dermatology"], "Therapy names and dermatology name go; the session schedule survives."),
    ("bb0032", "Hi Denise, per Dr. Whitfield we're bumping your narrowband dose to 520 mJ at tomorrow's session since you had no burning after the last one. Keep using the clobetasol on your elbows & knees.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Denise", "NAME"), ("Dr. Whitfield", "PROVIDER"), ("narrowband", "PROCEDURE"), ("no burning", "RESULT"), ("clobetasol", "MEDICATION")],
     ["dermatology", "negation"], "Phototherapy dose change and a topical steroid instruction: dosing is the message. 'No burning' is a (negative) finding."),
    ("bb0033", "Sunscreen Saturday! Visit the Harbor Community Health booth at the farmers market for free SPF 50 samples and a UV-index magnet for your fridge. Sun safety is for everyone \u2600\uFE0F",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Sunscreen campaign to everyone from a generic sender; SPF 50 is not a value about anyone."),
    ("bb0034", "Hola Daniela, te recordamos tu cita mensual de iPLEDGE el 2 de octubre a las 3:30 pm. Recuerda que ese mismo día necesitas la prueba de embarazo. Clínica Dermatológica Luz",
     "REWRITE", "reminder", "sms", "es",
     [("Daniela", "NAME"), ("iPLEDGE", "PROCEDURE"), ("2 de octubre", "DATE"), ("prueba de embarazo", "PROCEDURE"), ("Clínica Dermatológica Luz", "SPECIALTY")],
     ["dermatology", "reproductive"], "Name, program, test and dermatology name go; the monthly date and time survive."),
    ("bb0035", "Subject: Summer Skin Smarts from Oakmont Family Health\n\nHi neighbors,\n\nSummer is here, and so is the strongest sun of the year. A few reminders from our clinicians:\n\n- Use a broad-spectrum sunscreen, SPF 30 or higher, and reapply every 2 hours and after swimming.\n- Seek shade between 10 a.m. and 4 p.m., when UV rays are strongest.\n- Check your skin once a month. Use the ABCDEs (Asymmetry, Border, Color, Diameter, Evolving) and tell your doctor about any mole that changes.\n- Kids burn faster: hats, sunglasses and rash guards help.\n\nSkin cancer is the most common cancer in the U.S., and most cases are preventable.\n\nStay cool,\nThe Oakmont Family Health team\n\nYou are receiving this because you subscribed to our newsletter. Unsubscribe any time.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Health-tip newsletter to all subscribers: mole, skin cancer and rash guards say nothing about the recipient (decision 9)."),
    ("bb0036", "Hi, this message is for Chloe Brandt. This is Megan, Dr. Amari's nurse at Crestwood Dermatology. Your lab work for the Accutane looked fine - liver enzymes and triglycerides were normal - so we're sending your prescription today. Call us back at (608) 555-0129 with any questions. Bye now.",
     "BLOCK", "result", "voice", "en",
     [("Chloe Brandt", "NAME"), ("Megan", "PROVIDER"), ("Dr. Amari", "PROVIDER"), ("Crestwood Dermatology", "SPECIALTY"), ("Accutane", "MEDICATION"),
      ("looked fine", "RESULT"), ("liver enzymes", "PROCEDURE"), ("triglycerides", "PROCEDURE"), ("normal", "RESULT"), ("(608) 555-0129", "PHONE")],
     ["dermatology", "practice-contact"], "Voicemail with normal monitoring labs: a normal result is still a result; voice is treated like SMS."),
)

# ---------------------------------------------------------------- batch 4 (bb0037-bb0048): biologics, cosmetic dermatology
add(
    ("bb0037", "Apex Specialty Pharmacy: your Dupixent 300mg pens shipped today via UPS, tracking 1Z84X7W20312958846. Arrives Thu by 8pm; an adult must sign. Store in the fridge on arrival.",
     "REWRITE", "pickup", "sms", "en",
     [("Apex Specialty Pharmacy", "SPECIALTY"), ("Dupixent 300mg pens", "MEDICATION"), ("1Z84X7W20312958846", "OTHER_ID")],
     ["pharmacy", "dermatology"], "Specialty-pharmacy name and the biologic go; the tracking number is a unique code tied to the shipment (OTHER_ID, decision 10), not needed by text."),
    ("bb0038", "Starting Skyrizi: your loading doses are 150 mg at week 0 and week 4, then every 12 weeks. First injection is in the office Tue 2/9 at 10:40 with Dr. Reyes-Oduya. Your TB test was negative, so you're all set.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Skyrizi", "MEDICATION"), ("2/9", "DATE"), ("Dr. Reyes-Oduya", "PROVIDER"), ("TB test", "PROCEDURE"), ("negative", "RESULT")],
     ["dermatology"], "Dosing schedule and a screening result inside the secure portal: ALLOW (README channel rule)."),
    ("bb0039", "\u2714 APPT CONFIRMED: Wed 1/13 2:30 PM w/ Dr. Ellison-Park, Maple Grove Medical Group. Reply X to cancel. Help: (602) 555-0104",
     "ALLOW", "confirmation", "sms", "en",
     [("1/13", "DATE"), ("Dr. Ellison-Park", "PROVIDER"), ("(602) 555-0104", "PHONE")],
     ["primary-care", "practice-contact"], "Confirmation with date, provider, generic practice and its phone."),
    ("bb0040", "Hi Marcus, your Cosentyx injection training visit at Summit Psoriasis & Skin Center is Thu 4/2 at 10am. The nurse will walk you through your first self-injection; bring the pen that was shipped to you.",
     "ALLOW", "reminder", "portal", "en",
     [("Marcus", "NAME"), ("Cosentyx injection", "MEDICATION"), ("Summit Psoriasis & Skin Center", "SPECIALTY"), ("4/2", "DATE")],
     ["dermatology"], "Portal message: name, biologic and a condition-named practice may stay. 'Injection' after the drug goes with it (README form-word rule)."),
    ("bb0041", "Hi Sharon - your eczema flared b/c the Adbry was paused. Restart 300 mg every 2 wks this Sat, and use triamcinolone 0.1% cream BID on flares, max 2 wks at a time. -Dr. Petrakis",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sharon", "NAME"), ("eczema", "CONDITION"), ("Adbry", "MEDICATION"), ("triamcinolone 0.1% cream", "MEDICATION"), ("flares", "CONDITION"),
      ("Dr. Petrakis", "PROVIDER")],
     ["dermatology", "shorthand"], "Diagnosis, biologic restart dose and a steroid regimen."),
    ("bb0042", "Glow Bar Skincare: 20% off all vitamin C serums, retinol night creams & mineral sunscreens this weekend only \u2728 Shop in store or at the link in our bio. Reply STOP to unsubscribe.",
     "ALLOW", "marketing", "sms", "en", [],
     ["dermatology", "broadcast", "hard-negative"], "Retail skincare promotion to all subscribers; a shop is not a practice (decision 2) and retinol cream on sale is not anyone's medication."),
    ("bb0043", "Lumière Aesthetics: Hi Jenna! Your Botox touch-up is booked for Sat 6/20 at 12:30 with nurse injector Alexis. Please arrive makeup-free \U0001F48B",
     "REWRITE", "confirmation", "sms", "en",
     [("Lumière Aesthetics", "SPECIALTY"), ("Jenna", "NAME"), ("Botox", "MEDICATION"), ("6/20", "DATE"), ("nurse injector Alexis", "PROVIDER")],
     ["dermatology"], "Aesthetics practice name (decision 2), the patient's name and the neurotoxin brand go; date, time and injector stay."),
    ("bb0044", "Jenna, at your last visit you had 24 units of Dysport in the glabella and 12 in the crow's feet. Since the 11s came back early, Alexis will add 4 units between the brows at Saturday's touch-up.",
     "BLOCK", "other", "sms", "en",
     [("Jenna", "NAME"), ("Dysport", "MEDICATION"), ("Alexis", "PROVIDER")],
     ["dermatology"], "Units by injection site and a planned dose change: dosing is the message, even for a cosmetic treatment. Sites unlabelled (decision 13)."),
    ("bb0045", "Pinewood Clinic is hiring! Front desk and MA positions, great team culture, weekends off. Think you'd be a fit? Give it a shot - apply at the front desk or ask any staff member.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Give it a shot' and team 'culture': a job post."),
    ("bb0046", "Hola Fernanda, tu sesión de láser para las manchas (melasma) en Piel Radiante es el sábado 11 de julio a las 10:00. Evita el sol dos semanas antes, porfa \U0001F64F",
     "REWRITE", "reminder", "sms", "es",
     [("Fernanda", "NAME"), ("láser", "PROCEDURE"), ("manchas", "CONDITION"), ("melasma", "CONDITION"), ("Piel Radiante", "SPECIALTY"),
      ("11 de julio", "DATE")],
     ["dermatology"], "Condition used as a visit label, the procedure and the skin-practice name go; sun avoidance is non-drug prep (decision 6)."),
    ("bb0047", "New from Dr. Reyes-Oduya: your total IgE is 412 IU/mL and your hives fit chronic spontaneous urticaria. Plan: start Xolair 300 mg every 4 weeks. Details in the portal.",
     "BLOCK", "result", "push", "en",
     [("Dr. Reyes-Oduya", "PROVIDER"), ("total IgE", "PROCEDURE"), ("412 IU/mL", "RESULT"), ("hives", "CONDITION"),
      ("chronic spontaneous urticaria", "CONDITION"), ("Xolair", "MEDICATION")],
     ["general"], "Lab value, diagnosis and a dosing plan on a lock-screen push. Allergy/immunology -> tag general (decision 1)."),
    ("bb0048", "Hi, this is Devon from Dr. Mbeki's office. We need to move your Tuesday appt to Thurs 10/8 at 1:10pm - sorry for the shuffle! Reply OK to accept or call (720) 555-0175.",
     "ALLOW", "reminder", "sms", "en",
     [("Devon", "PROVIDER"), ("Dr. Mbeki", "PROVIDER"), ("10/8", "DATE"), ("(720) 555-0175", "PHONE")],
     ["general", "practice-contact"], "Staff sender named (PROVIDER), reschedule logistics only."),
)

# ---------------------------------------------------------------- batch 5 (bb0049-bb0060): allergy testing, shots, food challenges
add(
    ("bb0049", "Allergy testing prep: STOP Zyrtec, Claritin, Allegra, Xyzal & Benadryl 7 days before your skin test on 11/3. Stop Pepcid/famotidine 48 hrs before. Do NOT stop your inhalers or montelukast.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Allergy testing", "PROCEDURE"), ("Zyrtec", "MEDICATION"), ("Claritin", "MEDICATION"), ("Allegra", "MEDICATION"), ("Xyzal", "MEDICATION"),
      ("Benadryl", "MEDICATION"), ("skin test", "PROCEDURE"), ("11/3", "DATE"), ("Pepcid", "MEDICATION"), ("famotidine", "MEDICATION"),
      ("inhalers", "MEDICATION"), ("montelukast", "MEDICATION")],
     ["general"], "Decision 6: prep that tells the patient which drugs to stop and keep is a medication instruction; removing the drugs leaves nothing."),
    ("bb0050", "Reminder: your allergy testing appt is Tues 11/3 at 8:00 AM and takes about 2 hrs. Please review the prep sheet we mailed you. Questions? Call us. - Brightwater Allergy & Asthma",
     "REWRITE", "reminder", "sms", "en",
     [("allergy testing", "PROCEDURE"), ("11/3", "DATE"), ("Brightwater Allergy & Asthma", "SPECIALTY")],
     ["general"], "Test name and allergy/asthma practice name go (decision 2); the prep is referred to, not spelled out (contrast with bb0049's drug list)."),
    ("bb0051", "Lakeside Family Care pollen report: tree pollen is HIGH today (9.6 out of 12), grass moderate, ragweed low. Keep windows closed on windy afternoons. Have a great weekend!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Pollen-count broadcast; 'HIGH' and 9.6 are about the air, not a patient."),
    ("bb0052", "Hi Omar, here's your allergy shot build-up schedule for the next 2 wks: Mon 1/11, Thu 1/14, Mon 1/18, Thu 1/21. Remember to wait 30 min in the office after each shot.",
     "REWRITE", "reminder", "sms", "en",
     [("Omar", "NAME"), ("allergy shot", "PROCEDURE"), ("build-up", "PROCEDURE"), ("1/11", "DATE"), ("1/14", "DATE"), ("1/18", "DATE"), ("1/21", "DATE")],
     ["general"], "Name, therapy and phase go (decision 5); dates and the wait survive; the bare 'shot' at the end is generic."),
    ("bb0053", "Sam, you had a large local reaction after Thursday's shot (welt about 45 mm at 30 min), so we're holding your dose at 0.3 mL of the 1:100 vial next visit instead of advancing. Take cetirizine 2 hrs before.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sam", "NAME"), ("large local reaction", "CONDITION"), ("welt", "CONDITION"), ("45 mm", "RESULT"), ("cetirizine", "MEDICATION")],
     ["general"], "Reaction details, its measurement and a dose hold/premedication: clinical content is the message."),
    ("bb0054", "Beekeeping 101 at the Oakridge Health community garden: meet the hives, taste local honey and learn how pollinators help our town. Saturday 10am, free, all ages.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Bee hives, not urticaria."),
    ("bb0055", "Buenas tardes. Le recordamos que Mateo tiene su vacuna de alergia el lunes 8 de febrero a las 4:15 pm en el Centro de Alergia Infantil Arcoíris. Favor de llegar 10 min antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Mateo", "NAME"), ("vacuna de alergia", "PROCEDURE"), ("8 de febrero", "DATE"), ("Centro de Alergia Infantil Arcoíris", "SPECIALTY")],
     ["pediatrics", "minor"], "Decision 8: a dependent's allergy-shot logistics with a name are REWRITE, like a routine visit type; nothing about his reaction or allergen."),
    ("bb0056", "This is Willow Creek Medical calling with a reminder for your appointment tomorrow, Thursday, at ten forty-five a.m. with Doctor Halvorsen. To reschedule, please call five five five, zero one four four. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Halvorsen", "PROVIDER"), ("five five five, zero one four four", "PHONE")],
     ["primary-care", "practice-contact"], "IVR reminder; the practice's own number spoken as words."),
    ("bb0057", "Your ImmunoCAP results: peanut IgE 14.2 kU/L (H), Ara h 2 3.8 kU/L (H), tree nut panel neg. Dr. Castillo recommends strict peanut avoidance & carrying epinephrine at all times.",
     "BLOCK", "result", "sms", "en",
     [("ImmunoCAP", "PROCEDURE"), ("peanut IgE", "PROCEDURE"), ("14.2 kU/L", "RESULT"), ("14.2 kU/L ([[H]])", "RESULT"), ("Ara h 2", "PROCEDURE"),
      ("3.8 kU/L", "RESULT"), ("3.8 kU/L ([[H]])", "RESULT"), ("tree nut panel", "PROCEDURE"), ("panel [[neg]]", "RESULT"),
      ("Dr. Castillo", "PROVIDER"), ("strict [[peanut]] avoidance", "CONDITION"), ("epinephrine", "MEDICATION")],
     ["general"], "Allergy lab values and flags. Decision 3: the allergen inside a named test is part of it; the allergen to avoid is CONDITION."),
    ("bb0058", "Good news - your allergy extract vials are mixed and ready! Pick them up at the front desk, or we can hold them for your next build-up visit. Keep refrigerated. - Foothill Allergy & Immunology",
     "REWRITE", "pickup", "sms", "en",
     [("allergy extract vials", "MEDICATION"), ("build-up", "PROCEDURE"), ("Foothill Allergy & Immunology", "SPECIALTY")],
     ["general"], "Decision 5: mixed extract vials are a product used as a name (MEDICATION); pickup logistics survive."),
    ("bb0059", "Rosewood Clinic billing: your balance of $40.00 is past due. Pay by phone or in the portal. Thank you!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "An account balance, not balance testing."),
    ("bb0060", "Hi Mrs. Tanaka, Hana's oral food challenge to egg went great - she passed! She can now have muffins and cake at home. Dr. Castillo will send the full plan.",
     "BLOCK", "result", "sms", "en",
     [("Tanaka", "NAME"), ("Hana", "NAME"), ("oral food challenge", "PROCEDURE"), ("challenge to [[egg]]", "CONDITION"), ("passed", "RESULT"),
      ("Dr. Castillo", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A child's challenge outcome sent to the guardian: third party's result (README). Allergen is CONDITION (decision 3)."),
)

# ---------------------------------------------------------------- batch 6 (bb0061-bb0072): food challenge, sinus and ear procedures
add(
    ("bb0061", "Arrival info for your child's food challenge: Thu 3/5, 7:30 AM, Pediatric Allergy Partners, 2nd floor. Plan to stay 4-6 hrs. Bring the challenge food, a tablet or books, and a favorite safe snack.",
     "REWRITE", "reminder", "sms", "en",
     [("food challenge", "PROCEDURE"), ("3/5", "DATE"), ("Pediatric Allergy Partners", "SPECIALTY")],
     ["pediatrics", "minor"], "Decision 8: a dependent's procedure logistics; the procedure and the allergy practice name go, arrival time and what to bring stay."),
    ("bb0062", "Sra. Paredes, la reacción de Valentina durante la prueba de provocación fue leve (urticaria en las mejillas) y se resolvió con cetirizina. Por ahora debe seguir evitando el cacahuate. Dra. Saldívar",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("reacción", "CONDITION"), ("Valentina", "NAME"), ("prueba de provocación", "PROCEDURE"), ("leve", "RESULT"),
      ("urticaria", "CONDITION"), ("cetirizina", "MEDICATION"), ("cacahuate", "CONDITION"), ("Dra. Saldívar", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A child's reaction, its treatment and her allergen sent to the guardian: third party's health (README). Allergen is CONDITION (decision 3)."),
    ("bb0063", "Reminder from Coastal ENT & Sinus Center: Dr. Pham will see you Mon 2/22 at 9:45 to go over your sinus CT. If your scan was done elsewhere, please bring the disc.",
     "REWRITE", "reminder", "sms", "en",
     [("Coastal ENT & Sinus Center", "SPECIALTY"), ("Dr. Pham", "PROVIDER"), ("2/22", "DATE"), ("sinus CT", "PROCEDURE")],
     ["general", "imaging"], "ENT practice name (decision 2) and the named scan go; 'scan' alone is generic."),
    ("bb0064", "Your CT shows chronic sinusitis with a deviated septum and nasal polyps on the left. Dr. Pham recommends septoplasty + FESS; our surgery scheduler will call you this week.",
     "BLOCK", "result", "sms", "en",
     [("CT", "PROCEDURE"), ("chronic sinusitis", "CONDITION"), ("deviated septum", "CONDITION"), ("nasal polyps", "CONDITION"), ("Dr. Pham", "PROVIDER"),
      ("septoplasty", "PROCEDURE"), ("FESS", "PROCEDURE")],
     ["general"], "Imaging findings and a surgical plan."),
    ("bb0065", "Tax season got you nose-to-the-grindstone? Fairview Family Practice now has evening appointments Tue & Thu until 7pm. Book in the app or reply BOOK.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "'Nose' in an idiom; new hours for everyone."),
    ("bb0066", "Dear Mr. Castellano,\n\nThis confirms your in-office balloon sinuplasty with turbinate reduction at Summit Ear, Nose & Throat on Wednesday, 4/29 at 1:00 p.m. with Dr. Adebayo-Stone.\n\nPlease arrive 30 minutes early and bring a photo ID, your insurance card and a driver - you will not be able to drive yourself home. Your pre-procedure instructions are in the patient portal; please read them before the day.\n\nOur office: 3300 Meridian Blvd, Suite 120, Fairhaven, OR 97099. Parking is free in the east lot.\n\nIf you need to reschedule, please call us at (541) 555-0147 at least 48 hours ahead.\n\nSincerely,\nSurgery Scheduling\nSummit Ear, Nose & Throat",
     "REWRITE", "confirmation", "email", "en",
     [("Castellano", "NAME"), ("balloon sinuplasty", "PROCEDURE"), ("turbinate reduction", "PROCEDURE"), ("Summit Ear, Nose & Throat", "SPECIALTY"),
      ("4/29", "DATE"), ("Dr. Adebayo-Stone", "PROVIDER"), ("3300 Meridian Blvd, Suite 120, Fairhaven, OR 97099", "ADDRESS"),
      ("(541) 555-0147", "PHONE"), ("Summit Ear, Nose & Throat", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Confirmation e-mail: name, procedures and the ENT name (twice) go; the practice's address and phone, date and driver logistics stay; prep is only referred to."),
    ("bb0067", "Mensaje para Ernesto Galindo de parte de Otorrinolaringología Vista Hermosa. Su audiometría muestra pérdida auditiva moderada en el oído derecho. El Dr. Sáenz quiere verlo para hablar de audífonos. Por favor llame al (956) 555-0186.",
     "BLOCK", "result", "voice", "es",
     [("Ernesto Galindo", "NAME"), ("Otorrinolaringología Vista Hermosa", "SPECIALTY"), ("audiometría", "PROCEDURE"), ("pérdida auditiva", "CONDITION"),
      ("moderada", "RESULT"), ("Dr. Sáenz", "PROVIDER"), ("audífonos", "PROCEDURE"), ("(956) 555-0186", "PHONE")],
     ["general", "practice-contact"], "Voicemail with a hearing-test finding; voice is treated like SMS."),
    ("bb0068", "Tube check for Liam on Wed 5/13 at 3:20 w/ Dr. Obi - Sandpiper Pediatric ENT. If you notice ear drainage before then, give us a call.",
     "REWRITE", "reminder", "sms", "en",
     [("Tube", "PROCEDURE"), ("Liam", "NAME"), ("5/13", "DATE"), ("Dr. Obi", "PROVIDER"), ("Sandpiper Pediatric ENT", "SPECIALTY"), ("ear drainage", "CONDITION")],
     ["pediatrics", "minor", "negation"], "Decisions 8 and 11: a child's ear-tube check logistics; the hypothetical symptom in a call-if clause is CONDITION but not a finding."),
    ("bb0069", "Hi! This is Renata at Dr. Goldfarb's office confirming tomorrow, 8/19 at 10:30am. Parking validation is at the front desk. Reply C to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("Renata", "PROVIDER"), ("Dr. Goldfarb", "PROVIDER"), ("8/19", "DATE")],
     ["general"], "Staff sender and provider (both PROVIDER), date and time."),
    ("bb0070", "Dr. Ruiz here - after a tonsillectomy it's normal to have ear pain days 5-7 when the scabs come off. Keep alternating ibuprofen 400mg and Tylenol every 6 hrs. Go to the ER for any bright red bleeding.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Ruiz", "PROVIDER"), ("tonsillectomy", "PROCEDURE"), ("ear pain", "CONDITION"), ("scabs", "CONDITION"), ("ibuprofen 400mg", "MEDICATION"),
      ("Tylenol", "MEDICATION"), ("bright red bleeding", "CONDITION")],
     ["general"], "Post-op symptoms and dosing instructions."),
    ("bb0071", "Community notice: the town's public hearing on our new parking structure is Tuesday at 6pm at the library. Everyone is welcome to attend and share comments. - Elm Street Clinic",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A public hearing, not a hearing test."),
    ("bb0072", "Hilltop Pharmacy: AZELASTINE 0.15% NASAL SPRAY is ready for pickup. We'll hold it until 6/3. Questions? (503) 555-0190",
     "REWRITE", "pickup", "sms", "en",
     [("AZELASTINE 0.15% NASAL SPRAY", "MEDICATION"), ("6/3", "DATE"), ("(503) 555-0190", "PHONE")],
     ["pharmacy", "practice-contact"], "Drug name in a pickup notice goes; hold date and the pharmacy's phone stay."),
)

# ---------------------------------------------------------------- batch 7 (bb0073-bb0084): CPAP alternatives, hearing and balance
add(
    ("bb0073", "Pinnacle Sleep & ENT: your Inspire activation visit is Tue 7/7 at 1pm with Dr. Aldana. Please bring your patient remote and charger.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinnacle Sleep & ENT", "SPECIALTY"), ("Inspire activation", "PROCEDURE"), ("7/7", "DATE"), ("Dr. Aldana", "PROVIDER")],
     ["general"], "Sleep/ENT practice name and the implant activation (named visit type) go; date, time and provider stay."),
    ("bb0074", "Hi Mr. Delacroix,\n\nDr. Aldana reviewed your drug-induced sleep endoscopy from last week. It showed complete concentric collapse at the soft palate, which unfortunately means you are not a candidate for the Inspire implant at this time. Since you could not tolerate CPAP, she'd like to discuss other options for your obstructive sleep apnea, such as an oral appliance or positional therapy.\n\nPlease call (512) 555-0158 to set up a visit.\n\nBest,\nJoanna\nPinnacle Sleep & ENT",
     "BLOCK", "result", "email", "en",
     [("Delacroix", "NAME"), ("Dr. Aldana", "PROVIDER"), ("drug-induced sleep endoscopy", "PROCEDURE"), ("complete concentric collapse", "RESULT"),
      ("Inspire implant", "PROCEDURE"), ("CPAP", "PROCEDURE"), ("obstructive sleep apnea", "CONDITION"), ("oral appliance", "PROCEDURE"),
      ("positional therapy", "PROCEDURE"), ("(512) 555-0158", "PHONE"), ("Joanna", "PROVIDER"), ("Pinnacle Sleep & ENT", "SPECIALTY")],
     ["general", "practice-contact"], "Endoscopy finding, candidacy decision and diagnosis by e-mail (treated like SMS)."),
    ("bb0075", "We hear you! Thanks to your feedback, Greenfield Medical now offers Saturday morning hours. We're all ears for more ideas - just reply to this text.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'We hear you' and 'all ears' are idioms, not audiology."),
    ("bb0076", "Balance testing (VNG) appt: Fri 10/16 at 8am, Harmony Hearing & Balance Center. No caffeine or alcohol for 24 hrs before, wear comfy clothes and skip the eye makeup.",
     "REWRITE", "reminder", "sms", "en",
     [("Balance testing", "PROCEDURE"), ("VNG", "PROCEDURE"), ("10/16", "DATE"), ("Harmony Hearing & Balance Center", "SPECIALTY")],
     ["general"], "Test names and the hearing & balance center name go; non-drug prep is logistics (decision 6)."),
    ("bb0077", "Hi Walt, at today's hearing aid check we replaced the clogged receiver on your left aid. Your hearing test showed a 10 dB drop in the high pitches since last year, so both aids were reprogrammed. Left serial: 2211-L-48830.",
     "BLOCK", "result", "sms", "en",
     [("Walt", "NAME"), ("hearing aid", "PROCEDURE"), ("hearing test", "PROCEDURE"), ("10 dB drop", "RESULT"), ("2211-L-48830", "DEVICE_ID")],
     ["general"], "A hearing-test finding (decision 4: the measured drop is RESULT) plus a device serial."),
    ("bb0078", "Hola Sr. Ocampo, sus audífonos nuevos ya llegaron. Puede pasar a recogerlos a Audiología Del Sol de lunes a viernes de 9 a 5. No olvide traer el estuche de los viejos.",
     "REWRITE", "pickup", "sms", "es",
     [("Ocampo", "NAME"), ("audífonos", "PROCEDURE"), ("Audiología Del Sol", "SPECIALTY")],
     ["general"], "Device pickup: name, the device and the audiology name go; hours survive."),
    ("bb0079", "Reminder: appointment Tuesday 3/10 at 11:40 AM with Dr. Ferreira. Please bring your insurance card and photo ID. Tanglewood Medical, 2100 Orchard Ave, Suite 310.",
     "ALLOW", "reminder", "sms", "en",
     [("3/10", "DATE"), ("Dr. Ferreira", "PROVIDER"), ("2100 Orchard Ave, Suite 310", "ADDRESS")],
     ["primary-care", "practice-contact"], "Generic practice with its own address; date, time and provider."),
    ("bb0080", "Hi, it's Dr. Lam's office calling. Your vestibular testing showed weakness in the right inner ear, consistent with vestibular neuritis. Dr. Lam wants you to start the balance exercises we'll post in the portal and use the meclizine only as needed. Call us with questions.",
     "BLOCK", "result", "voice", "en",
     [("Dr. Lam", "PROVIDER"), ("vestibular testing", "PROCEDURE"), ("weakness in the right inner ear", "RESULT"), ("vestibular neuritis", "CONDITION"),
      ("Dr. Lam", "PROVIDER", 1), ("balance exercises", "PROCEDURE"), ("meclizine", "MEDICATION")],
     ["general"], "Test finding, diagnosis and treatment instructions in a voicemail."),
    ("bb0081", "You have a new secure message from your care team. Tap to open the app and sign in to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI: the safe pattern."),
    ("bb0082", "Ms. Adeyemi, your cochlear implant mapping appointment is Mon 4/20 at 2:00 PM in Audiology Suite B. Please bring your sound processor, charger and spare batteries.",
     "ALLOW", "reminder", "portal", "en",
     [("Adeyemi", "NAME"), ("cochlear implant mapping", "PROCEDURE"), ("4/20", "DATE"), ("Audiology", "SPECIALTY")],
     ["general"], "In the secure portal the name, service and procedure may stay (README channel rule)."),
    ("bb0083", "Le informamos que el cultivo del oído de su hijo Santiago salió positivo para Pseudomonas. La Dra. Villalobos le mandó gotas de ciprofloxacino a su farmacia: 4 gotas en el oído izquierdo 2 veces al día por 7 días.",
     "BLOCK", "result", "sms", "es",
     [("cultivo del oído", "PROCEDURE"), ("Santiago", "NAME"), ("positivo", "RESULT"), ("Pseudomonas", "CONDITION"), ("Dra. Villalobos", "PROVIDER"),
      ("ciprofloxacino", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's culture result and dosing sent to the parent. Decision 4: the organism is CONDITION."),
    ("bb0084", "System notice: the patient portal will be down tonight from 10pm to midnight while we install a security patch. Appointments and phone lines are not affected.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A software patch, not patch testing."),
)

# ---------------------------------------------------------------- batch 8 (bb0085-bb0096): podiatry, diabetic feet, wound and hyperbaric clinics
add(
    ("bb0085", "Dr. Kessler, DPM - reminder of your diabetic foot exam Thurs 9/24 at 10:15am. Please bring the shoes and socks you wear most days.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Kessler", "PROVIDER"), ("DPM", "SPECIALTY"), ("diabetic foot exam", "PROCEDURE"), ("9/24", "DATE")],
     ["general"], "Condition-named exam (README) and the podiatry credential (decision 2) go; provider, date and what to bring stay."),
    ("bb0086", "Hi Mr. Pollard, the culture from your toe wound grew MRSA. Dr. Kessler sent doxycycline 100mg twice daily x 10 days to your pharmacy - please start today and keep weight off that foot.",
     "BLOCK", "result", "sms", "en",
     [("Pollard", "NAME"), ("culture", "PROCEDURE"), ("toe wound", "CONDITION"), ("MRSA", "CONDITION"), ("Dr. Kessler", "PROVIDER"),
      ("doxycycline 100mg", "MEDICATION")],
     ["general"], "Culture result (organism as CONDITION, decision 4) and antibiotic dosing."),
    ("bb0087", "Fall Festival at Oak Hill Medical! Corn maze, hayrides and a pumpkin patch for the kids. Saturday 11-3, free for patients and their families \U0001F383",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A corn maze and a pumpkin patch: neither foot corns nor patch testing."),
    ("bb0088", "Your custom orthotics are in! Pick them up at Stride Foot & Ankle Associates any weekday 8-4:30. Wear the shoes you plan to use them in so we can check the fit.",
     "REWRITE", "pickup", "sms", "en",
     [("custom orthotics", "PROCEDURE"), ("Stride Foot & Ankle Associates", "SPECIALTY")],
     ["general"], "Device (PROCEDURE) and the foot & ankle practice name go (decision 2); pickup hours stay."),
    ("bb0089", "Sole Mates Shoes: our Labor Day sale is on! 30% off walking and running shoes, plus free gait analysis with any purchase. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A shoe store's promotion; its 'gait analysis' is a retail fitting offered to everyone (decision 2: a store is not a practice)."),
    ("bb0090", "Hi Ms. Hartigan,\n\nI hope you're resting comfortably after your right bunionectomy with hammertoe correction this morning. A few reminders from Dr. Feld for the next two weeks:\n\n- Keep the dressing clean, dry and intact until your first post-op visit; do not remove it.\n- Wear the surgical shoe whenever you are up, heel weight-bearing only, and use the crutches.\n- Elevate the foot above heart level and ice behind the knee 20 minutes every hour while awake.\n- Take oxycodone 5 mg, 1 tablet every 6 hours only if needed for severe pain, and ibuprofen 600 mg every 8 hours with food.\n- Call right away for fever over 101, calf pain or swelling.\n\nYour post-op visit is 5/19 at 9:00.\n\nTake care,\nBeth, RN\nDr. Feld's office",
     "BLOCK", "care-instructions", "email", "en",
     [("Hartigan", "NAME"), ("bunionectomy", "PROCEDURE"), ("hammertoe correction", "PROCEDURE"), ("Dr. Feld", "PROVIDER"), ("post-op", "PROCEDURE"),
      ("surgical shoe", "PROCEDURE"), ("crutches", "PROCEDURE"), ("oxycodone 5 mg", "MEDICATION"), ("ibuprofen 600 mg", "MEDICATION"),
      ("fever", "CONDITION"), ("calf pain", "CONDITION"), ("swelling", "CONDITION"), ("post-op", "PROCEDURE", 1), ("5/19", "DATE"),
      ("Beth, RN", "PROVIDER"), ("Dr. Feld", "PROVIDER", 1)],
     ["general"], "Post-op instructions with opioid dosing by e-mail (treated like SMS). Devices are PROCEDURE; the plain dressing is not labelled (decision 7)."),
    ("bb0091", "Hola Sra. Domínguez, su cita para la uña encarnada con el Dr. Kessler es el 3 de marzo a las 9:00. Clínica Podológica Pasos. Conteste 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Domínguez", "NAME"), ("uña encarnada", "CONDITION"), ("Dr. Kessler", "PROVIDER"), ("3 de marzo", "DATE"), ("Clínica Podológica Pasos", "SPECIALTY")],
     ["general"], "Condition used as the visit label and the podiatry name go; provider, date and time stay."),
    ("bb0092", "Hi Roberta, because of your history of melanoma Dr. Castellanos recommends a skin check every 3 months, and you're due now. Reply BOOK or call (303) 555-0114 to schedule.",
     "BLOCK", "recall", "sms", "en",
     [("Roberta", "NAME"), ("melanoma", "CONDITION"), ("Dr. Castellanos", "PROVIDER"), ("skin check", "PROCEDURE"), ("(303) 555-0114", "PHONE")],
     ["dermatology", "oncology", "practice-contact"], "Decision 12: the recall asserts the recipient's cancer diagnosis as its reason; that is a diagnosis, not a visit label."),
    ("bb0093", "Wound check today: ulcer on L heel measured 2.1 x 1.4 cm, down from 2.8. Keep dressing on, change Mon/Thu w/ silver alginate, and stay in the boot at all times.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Wound", "CONDITION"), ("ulcer", "CONDITION"), ("2.1 x 1.4 cm", "RESULT"), ("2.8", "RESULT"), ("silver alginate", "MEDICATION"), ("boot", "PROCEDURE")],
     ["general", "shorthand"], "Wound measurements (RESULT, decision 4) and dressing orders; medicated dressing is MEDICATION, the boot a device (decision 7)."),
    ("bb0094", "Got a minute? Take a shot at our 3-question survey and you could win a $25 gift card. Reply 1 to start. - Lakewood Medical Group",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Take a shot at' a survey."),
    ("bb0095", "Lakeside Wound & Hyperbaric Center: Hi Ray, your HBOT dive #14 is tomorrow at 7:00am. No lotions, deodorant, hair products or makeup, and wear the cotton scrubs we gave you.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeside Wound & Hyperbaric Center", "SPECIALTY"), ("Ray", "NAME"), ("HBOT", "PROCEDURE")],
     ["general"], "Wound/hyperbaric name, name and therapy go; non-drug prep is logistics (decision 6)."),
    ("bb0096", "Don Aurelio, la úlcera del pie va mejorando: hoy mide 1.2 cm (antes 2 cm). Siga sin apoyar el pie y cambie el apósito con Santyl todos los días. Su azúcar en 180 está muy alta, hable con su médico.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aurelio", "NAME"), ("úlcera del pie", "CONDITION"), ("1.2 cm", "RESULT"), ("antes [[2 cm]]", "RESULT"), ("Santyl", "MEDICATION"),
      ("azúcar", "PROCEDURE"), ("180", "RESULT"), ("muy alta", "RESULT")],
     ["general"], "Wound measurements, dressing orders and a glucose value. Site inside the condition phrase goes with it (decision 13); glucose as a measure is PROCEDURE with its value RESULT."),
)

# ---------------------------------------------------------------- batch 9 (bb0097-bb0108): nails and feet, disguises, patch testing
add(
    ("bb0097", "Dr. Feld's office: you're all set for Wed 8/12 at 2:40pm. Wear open-toe shoes or sandals and allow about an hour. Text back if you're running late!",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("8/12", "DATE")],
     ["general"], "Decision 14: a footwear hint with no procedure, condition or specialty named is logistics."),
    ("bb0098", "Dr. Voss called - the spot on your calf is m e l a n o m a, 0.4 mm deep. She wants a wider excision within 4 wks. Call (303) 555-0152 to book.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Voss", "PROVIDER"), ("m e l a n o m a", "CONDITION"), ("0.4 mm", "RESULT"), ("excision", "PROCEDURE"), ("(303) 555-0152", "PHONE")],
     ["dermatology", "oncology", "spaced", "practice-contact"], "Spaced-out diagnosis with a depth and a surgical plan: disguise does not change the verdict."),
    ("bb0099", "Reminder: your Mo\u200bhs sur\u200bgery with Dr. Haas is Mon 11/9 at 7:30 AM. Please arrive 15 min early and bring a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("Mo\u200bhs sur\u200bgery", "PROCEDURE"), ("Dr. Haas", "PROVIDER"), ("11/9", "DATE")],
     ["dermatology"], "Zero-width spaces inside the procedure name; removing it leaves a plain reminder."),
    ("bb0100", "ur b1opsy came back: ps0riasis, not cancer. start the cl0betasol oint 2x/day on the plaques, 2 wks on 1 wk off. -dr. k",
     "BLOCK", "result", "sms", "en",
     [("b1opsy", "PROCEDURE"), ("ps0riasis", "CONDITION"), ("not cancer", "RESULT"), ("cl0betasol oint", "MEDICATION"), ("plaques", "CONDITION"),
      ("dr. k", "PROVIDER")],
     ["dermatology", "leet", "shorthand", "negation"], "Leet-spelled diagnosis, a negated cancer finding (RESULT) and a steroid regimen."),
    ("bb0101", "Your \u0435czema follow-up with Dr. Wren is Fri 2/26 at 3:15pm. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0435czema", "CONDITION"), ("Dr. Wren", "PROVIDER"), ("2/26", "DATE")],
     ["dermatology"], "Condition as visit label with a Cyrillic 'е'; 'follow-up' is generic and stays."),
    ("bb0102", "¡Los esperamos! Este sábado hay clase de cocina en el salón comunitario: mole poblano y agua de jamaica. Entrada libre para toda la familia. – Clínica Familiar San Marcos",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Mole poblano is a dish; an event for everyone from a generic clinic."),
    ("bb0103", "Clínica Santa Elena: Le recordamos su cita con el Dr. Arriaga el miércoles 17 de junio a las 9:20 a. m. Responda SI para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arriaga", "PROVIDER"), ("17 de junio", "DATE")],
     ["primary-care"], "Generic clinic, provider, date and time."),
    ("bb0104", "Lab called: your KOH prep from the toenail scraping was positive for fungus. Dr. Feld wants to start terbinafine 250 mg daily x 12 wks once your liver panel comes back.",
     "BLOCK", "result", "sms", "en",
     [("KOH prep", "PROCEDURE"), ("toenail scraping", "PROCEDURE"), ("positive", "RESULT"), ("fungus", "CONDITION"), ("Dr. Feld", "PROVIDER"),
      ("terbinafine 250 mg", "MEDICATION"), ("liver panel", "PROCEDURE")],
     ["general", "lab"], "Positive test, diagnosis and an oral antifungal with dosing."),
    ("bb0105", "Time to scale back the holiday rush: our office closes at noon on Christmas Eve and reopens Monday at 8. Happy holidays from everyone at Birchwood Medical!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Scale back' is an idiom; a holiday is not a date (README)."),
    ("bb0106", "Dear Mr. Okoro,\n\nIt has been two years since your last hearing evaluation at Evergreen Audiology, and your hearing aid warranty review is also due. Regular testing helps us keep your devices programmed to your hearing.\n\nTo book, reply to this e-mail, call (207) 555-0126 or visit evergreenaudiology.example/appointments. We are open Monday to Friday, 8:30 to 5, and the first Saturday of every month.\n\nKind regards,\nMara Lindgren, Au.D.\nEvergreen Audiology",
     "REWRITE", "recall", "email", "en",
     [("Okoro", "NAME"), ("hearing evaluation", "PROCEDURE"), ("Evergreen Audiology", "SPECIALTY"), ("hearing aid", "PROCEDURE"), ("(207) 555-0126", "PHONE"),
      ("evergreenaudiology.example/appointments", "URL"), ("Mara Lindgren", "PROVIDER"), ("Au.D.", "SPECIALTY"), ("Evergreen Audiology", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Name, tests, device and the audiology name go; a specialty credential is a separate SPECIALTY span (like DDS); practice contacts stay."),
    ("bb0107", "Hi Priya, Dr. Ostrowski read your patch test: you're allergic to nickel and to methylisothiazolinone (a preservative in lots of shampoos and wipes). Avoid both - we'll email a safe-products list.",
     "BLOCK", "result", "sms", "en",
     [("Priya", "NAME"), ("Dr. Ostrowski", "PROVIDER"), ("patch test", "PROCEDURE"), ("nickel", "CONDITION"), ("methylisothiazolinone", "CONDITION")],
     ["dermatology"], "Patch-test findings: the allergens are the diagnosis (decision 3)."),
    ("bb0108", "Final patch test reading (96 hrs): positive (2+) to nickel sulfate; all other allergens in the series were negative. Your avoidance list is attached below. — Dr. Ostrowski",
     "ALLOW", "result", "portal", "en",
     [("patch test", "PROCEDURE"), ("positive", "RESULT"), ("2+", "RESULT"), ("nickel sulfate", "CONDITION"), ("negative", "RESULT"), ("Dr. Ostrowski", "PROVIDER")],
     ["dermatology"], "Results inside the secure portal: ALLOW (README channel rule)."),
)

# ---------------------------------------------------------------- batch 10 (bb0109-bb0120): transport, ages, DOBs, broadcasts, welcome, Spanish
add(
    ("bb0109", "Westfield Clinic: your ride for tomorrow's 9:00 am visit is booked. The driver will arrive between 8:00 and 8:15. To change or cancel, call (330) 555-0163.",
     "ALLOW", "other", "sms", "en",
     [("(330) 555-0163", "PHONE")],
     ["general", "practice-contact"], "Transport logistics from a generic clinic; times are not dates."),
    ("bb0110", "Transport request from Riverside Wound Center: pt Harold Finch, age 93, needs a wheelchair van Tue 10/6 at 9am for his heel ulcer debridement. Pickup: 88 Larkspur Ln, Apt 4, Millbrook. Questions? (330) 555-0161",
     "BLOCK", "other", "sms", "en",
     [("Riverside Wound Center", "SPECIALTY"), ("Harold Finch", "NAME"), ("93", "AGE"), ("10/6", "DATE"), ("heel ulcer", "CONDITION"), ("debridement", "PROCEDURE"),
      ("88 Larkspur Ln, Apt 4, Millbrook", "ADDRESS"), ("(330) 555-0161", "PHONE")],
     ["general", "third-party", "age-over-89", "practice-contact"], "Decision 15: a named patient's condition, age over 89 and home address sent to a transport vendor (third party)."),
    ("bb0111", "Happy 91st birthday, Mrs. Kowalski! \U0001F382 Wishing you a wonderful year from all of us at Step Right Podiatry.",
     "REWRITE", "other", "sms", "en",
     [("91st", "AGE"), ("Kowalski", "NAME"), ("Step Right Podiatry", "SPECIALTY")],
     ["general", "age-over-89"], "Age over 89 (ordinal), name and the podiatry name go; the greeting survives."),
    ("bb0112", "Para confirmar su cita de pruebas de alergia del 22 de abril, verifique su fecha de nacimiento. La que tenemos registrada es 14/08/1979. Si no es correcta, llámenos.",
     "REWRITE", "confirmation", "sms", "es",
     [("pruebas de alergia", "PROCEDURE"), ("22 de abril", "DATE"), ("14/08/1979", "DATE")],
     ["general", "dob"], "A date of birth without a name is REWRITE (README); the test name goes too."),
    ("bb0113", "Pre-registration for tonsillectomy & adenoidectomy: Aiden Brooks, DOB 02/17/2016, Member ID XKP448203911. Arrive 6:00 AM Fri 9/18 at Lakeside Surgery Center, 2nd floor.",
     "BLOCK", "reminder", "sms", "en",
     [("tonsillectomy", "PROCEDURE"), ("adenoidectomy", "PROCEDURE"), ("Aiden Brooks", "NAME"), ("02/17/2016", "DATE"), ("XKP448203911", "HEALTH_PLAN_ID"),
      ("9/18", "DATE")],
     ["pediatrics", "minor", "dob"], "Full date of birth with a name (README) plus member ID and procedure. A surgery center name is generic (not labelled)."),
    ("bb0114", "Solana Dermatology: May is Skin Cancer Awareness Month! Stop by the front desk any time this month for free SPF samples and a body-mole map.",
     "REWRITE", "marketing", "sms", "en",
     [("Solana Dermatology", "SPECIALTY")],
     ["dermatology", "broadcast"], "Decision 9: the content is a broadcast, but the sender name tells anyone seeing the lock screen the recipient is a dermatology patient; the campaign text itself is not labelled."),
    ("bb0115", "Welcome to Westbrook Medical Group!\n\nWe're glad you chose us. Before your first visit, please:\n\n1. Complete your new-patient forms online at westbrookmed.example/forms (about 10 minutes).\n2. Bring your insurance card, a photo ID and a list of the medicines and supplements you take.\n3. Arrive 15 minutes early so we can get you settled.\n\nOur main office is at 450 Commerce Street, Suite 200, Riverton, ME 04099, with free parking behind the building. Call us at (207) 555-0111 or e-mail frontdesk@westbrookmed.example with questions; for after-hours concerns, our nurse line is available 24/7 at the same number.\n\nWe look forward to meeting you.\n\nWarmly,\nThe Westbrook Medical Group team",
     "ALLOW", "other", "email", "en",
     [("westbrookmed.example/forms", "URL"), ("450 Commerce Street, Suite 200, Riverton, ME 04099", "ADDRESS"), ("(207) 555-0111", "PHONE"),
      ("frontdesk@westbrookmed.example", "EMAIL")],
     ["primary-care", "practice-contact"], "Welcome e-mail with only the practice's own contact details; 24/7 is not a date."),
    ("bb0116", "Hello, this is Foothill Allergy and Immunology with a message for Gloria. Your next shot appointment is Tuesday, January twelfth at four p.m. If you need to reschedule, please call us at five five five, zero one one nine. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Foothill Allergy and Immunology", "SPECIALTY"), ("Gloria", "NAME"), ("January twelfth", "DATE"), ("five five five, zero one one nine", "PHONE")],
     ["general", "practice-contact"], "Spoken allergy-practice name and patient name go; the bare 'shot' is generic once the practice name is gone (decision 5)."),
    ("bb0117", "Estimada Sra. Olvera:\n\nLe escribo de parte de la Dra. Montalvo, de Dermatología Integral del Norte. Ya tenemos el resultado de la biopsia que le tomamos en la mejilla izquierda el 2 de septiembre: se trata de un carcinoma basocelular nodular. Es un tipo de cáncer de piel de crecimiento lento que casi nunca se extiende, pero sí hay que quitarlo. La doctora recomienda cirugía de Mohs; nuestra coordinadora la llamará esta semana para darle fecha.\n\nEl día de la cirugía puede desayunar normalmente y tomar sus medicinas de siempre. Planee pasar casi todo el día con nosotros y venga acompañada, porque si el procedimiento es cerca del ojo no podrá manejar de regreso. Le mandaremos las indicaciones completas por el portal.\n\nSi tiene preguntas, puede llamarnos al (210) 555-0172.\n\nAtentamente,\nLucía Tapia\nCoordinación de Pacientes",
     "BLOCK", "result", "email", "es",
     [("Olvera", "NAME"), ("Dra. Montalvo", "PROVIDER"), ("Dermatología Integral del Norte", "SPECIALTY"), ("biopsia", "PROCEDURE"), ("2 de septiembre", "DATE"),
      ("carcinoma basocelular nodular", "CONDITION"), ("cáncer de piel", "CONDITION"), ("cirugía de Mohs", "PROCEDURE"), ("(210) 555-0172", "PHONE"),
      ("Lucía Tapia", "PROVIDER")],
     ["dermatology", "oncology", "practice-contact"], "Pathology diagnosis by e-mail (treated like SMS); the staff sender is PROVIDER."),
    ("bb0118", "Aviso: por mantenimiento del sistema (parche de seguridad), el portal de pacientes no estará disponible el domingo de 1 a 3 a. m. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Parche' is a software patch."),
    ("bb0119", "Farmacia La Esperanza: su receta está lista para recoger. Horario: lunes a sábado de 9 a 8. Dudas al (210) 555-0148.",
     "ALLOW", "pickup", "sms", "es",
     [("(210) 555-0148", "PHONE")],
     ["pharmacy", "practice-contact"], "Pickup without the drug name; 'receta' is generic (README)."),
    ("bb0120", "Results from your recent visit are ready. Sign in at portal.brightmedical.example to view them, or call the office with questions.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.brightmedical.example", "URL")],
     ["general", "practice-contact"], "Results-ready notice with no test named and the practice's own portal link."),
)

probe_lib.run(M, "bb", "probe51.jsonl")
