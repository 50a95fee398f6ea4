#!/usr/bin/env python3
"""Build corpus/probe88.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe88.py [OUT] [-v]   (default: probe88.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only. The engine was not run
and no other corpus's messages were read.

This round is CASUAL TEXTING STYLE ACROSS SPECIALTIES: what staff and automated systems send in a
casual register — emoji, ALL CAPS, missing punctuation, texting shorthand (u, ur, pls, thx, appt,
rx, f/u, b4, 2morrow, ty), typos and misspelled drug names, replies in a thread — across primary
care, dental, eye care, behavioral health, pharmacy, labs and billing. Messages that reveal the
recipient's condition, test, drug or procedure are mixed with neutral ones and with slang
look-alikes ("sick" meaning great, "dead slow", "I'm dying" / "me muero" of laughter, "ur killing
it", a yellow lab, a shot of espresso, "the pill" as a doctor's nickname, "padre" meaning cool,
"Mija" as an endearment). About 17% Spanish; four disguised messages (spaced letters,
zero-width characters, Cyrillic look-alikes, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 138 ([[H]])" searches for "LDL 138 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Staff named in a shout-out or nickname (not only as the sender) are workforce: PROVIDER.
  2. Behavioral-health licence credentials after a name (LCSW, LMFT) name the service like DDS:
     separate SPECIALTY span, the bare name before them PROVIDER. A role word that names the
     service with a first name ("ur therapist Dana") is SPECIALTY + PROVIDER, two spans;
     "pharmacist" stays generic like "... Pharmacy" practice names.
  3. A broadcast (holiday closure) sent under a specialty-revealing practice name (a dental
     office) is REWRITE: the message says nothing about the visit, but the name still tells
     whoever reads the lock screen that the recipient is that practice's patient.
  4. Slang look-alikes (sick, dead slow, dying, killing it, lab the dog, espresso shot, the pill
     as a nickname, padre, me muero, Mija, positive vibes) are not labelled; "the pill" meaning
     contraception is MEDICATION with the article outside, like "the antibiotic".
  5. Glasses, contacts, lentes, a temporary crown, a night guard, a walking boot and test strips
     are devices: PROCEDURE. Optical-shop names are eye-care names: SPECIALTY. "eye" / "ojos" as
     the kind of appointment ("cita de ojos") is a service-line word: SPECIALTY. An emoji that
     only hints at a product (glasses emoji on a bare "ur order is ready") is not labelled.
  6. A shipment-tracking URL with a per-order token is patient-specific like ?pid=: REWRITE.
  7. A specimen-quality word (hemolyzed, rejected) is about the sample, not the patient: not a
     RESULT; the accession number is OTHER_ID (README) so the line is REWRITE.
  8. A message that asks for an identifier without containing it ("we need the SSN on file") is
     ALLOW with no span.
  9. Prep logistics tied to a named test (come fasting, bring a driver, nothing but water after
     midnight, stop wearing contacts before a consult) do not make a BLOCK: the procedure term
     is removed and the logistics survive. Self-care and medication instructions about a
     treatment (temporary crown, extraction, eye drops, dose changes, holding a drug) are BLOCK.
 10. A prior-authorization denial that gives the clinical reason (step therapy: "tried metformin
     first") is BLOCK: the treatment history is the message.
 11. A finding that is a diagnosis term (cavities, cataract, hairline fracture, grinding) is
     CONDITION; qualitative words about a measured value ("a lil high", "higher than we like",
     "severe", "stable", "alta", "normal") are RESULT, as are numeric values.
 12. A parent's medications told to the adult child (and a dependent's condition told to the
     guardian) is third-party health: BLOCK.
 13. A dose stated apart from the drug ("bumped ur Mounjaro up to 5mg", "drop ur levothyroxin to
     75mcg", "(100mg total)") is not in the MEDICATION span (README rule, applied to shorthand).
 14. "IOP" is PROCEDURE in both senses: the intensive-outpatient program (behavioral health) and
     intraocular pressure (a measure, like A1c).
 15. A staff member being "out sick" is not labelled (the workforce's health, not the patient's).
 16. A practice's phone number spoken digit by digit in a voice script is one PHONE span.
 17. A holiday written as a calendar date ("16 de septiembre") is a DATE (allowed), so that
     broadcast is ALLOW but not a hard negative.
 18. A year alone ("last one was in 2014") is not labelled (Safe Harbor keeps years).

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the SSN
is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cm0001-cm0012): primary care
add(
    ("cm0001", "hey its Tasha from Oakridge Family Practice 👋 just a heads up ur appt w Dr. Lindqvist is 2morrow @ 10:15. reply C to confirm or call (608) 555-0142 thx!",
     "ALLOW", "confirmation", "sms", "en",
     [("Tasha", "PROVIDER"), ("Dr. Lindqvist", "PROVIDER"), ("(608) 555-0142", "PHONE")],
     ["primary-care", "shorthand", "practice-contact"], "Staff sender, provider and the practice's own phone are allowed; '2morrow' is not a date."),
    ("cm0002", "Hi Marcus!! ur physical is booked for 3/9 at 8am, pls come fasting if u want ur labs drawn the same day 🙂",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("3/9", "DATE")],
     ["primary-care", "shorthand"], "Only the name goes; a physical and generic labs are not a revealing visit type (README), and fasting for generic labs is prep logistics (decision 9)."),
    ("cm0003", "REMINDER: UR ANNUAL WELLNESS VISIT W/ NP OKAFOR IS MON 11/17 @ 2:30PM. BRING ALL UR MEDS IN A BAG. REPLY Y TO CONFIRM, N TO CANCEL",
     "ALLOW", "reminder", "sms", "en",
     [("NP OKAFOR", "PROVIDER"), ("11/17", "DATE")],
     ["primary-care", "shorthand"], "ALL-CAPS system reminder; an annual wellness visit is generic primary care (not 'Medicare wellness'), 'meds' is generic."),
    ("cm0004", "Dr. Haverford's office: ur BP was 158/96 at ur visit, he wants u to recheck at home 2x a day & send the readings thru the portal b4 fri",
     "BLOCK", "result", "sms", "en",
     [("Dr. Haverford", "PROVIDER"), ("BP", "PROCEDURE"), ("158/96", "RESULT")],
     ["primary-care", "shorthand"], "A measured value plus a monitoring instruction: the clinical content is the message."),
    ("cm0005", "Hi this is Renee at Lakeside Internal Medicine, ur gout f/u got moved to thurs 4/2 at 1:00, sry for the shuffle! keep taking the colchicine 0.6 once a day til then",
     "BLOCK", "reminder", "sms", "en",
     [("Renee", "PROVIDER"), ("gout", "CONDITION"), ("4/2", "DATE"), ("colchicine 0.6", "MEDICATION")],
     ["primary-care", "shorthand"], "A reschedule that ends in a dosing instruction; the diagnosis is the visit label (generic f/u outside the span). Strength without unit kept in the drug span."),
    ("cm0006", "hey Jamal ur tetanus shot is due (last one was in 2014) – walk in any wkday b4 4pm, no appt needed 💉",
     "REWRITE", "recall", "sms", "en",
     [("Jamal", "NAME"), ("tetanus shot", "PROCEDURE")],
     ["primary-care", "shorthand"], "The recipient's own due vaccine is a procedure (README: own flu-shot appointment is REWRITE); a year alone is not a date element (decision 18)."),
    ("cm0007", "FLU SHOTS ARE HERE!!! 🎉 walk in mon-fri 8-5, no appt needed, most plans cover it 100%. see u soon – Greenfield Family Health",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast to every patient about flu shots; says nothing about the recipient."),
    ("cm0008", "ur labs from tues came back & ur cholesterol is a lil high (LDL 171). Dr. Baptiste wants to talk diet b4 starting a statin, portal msg coming ✉️",
     "BLOCK", "result", "sms", "en",
     [("cholesterol", "PROCEDURE"), ("a lil high", "RESULT"), ("LDL", "PROCEDURE"), ("171", "RESULT"), ("Dr. Baptiste", "PROVIDER"), ("statin", "MEDICATION")],
     ["primary-care", "lab", "shorthand"], "Result and value by text; 'a lil high' is a qualitative result (decision 11), the drug class is MEDICATION."),
    ("cm0009", "Hola! le escribe Karla de Clínica Familiar Los Pinos 😊 su cita con el Dr. Ibarra es mañana a las 9:45. Si no puede venir avísenos xfa al (915) 555-0127. Gracias!",
     "ALLOW", "confirmation", "sms", "es",
     [("Karla", "PROVIDER"), ("Dr. Ibarra", "PROVIDER"), ("(915) 555-0127", "PHONE")],
     ["primary-care", "shorthand", "practice-contact"], "Staff sender, provider, time and the practice's phone; generic clinic name."),
    ("cm0010", "Sra. Velázquez, ya salieron sus análisis: la glucosa en ayunas salió en 132, un poco alta. La Dra. Ríos quiere verla en 2 semanas pa platicar de la diabetes",
     "BLOCK", "result", "sms", "es",
     [("Velázquez", "NAME"), ("glucosa en ayunas", "PROCEDURE"), ("132", "RESULT"), ("un poco alta", "RESULT"), ("Dra. Ríos", "PROVIDER"), ("diabetes", "CONDITION")],
     ["primary-care", "lab"], "A value, its reading and a diagnosis to discuss: result by text."),
    ("cm0011", "omg I'm dying 😂😂 no worries we all forget lol. ur new time is fri 11:40 w the same doc, see ya!",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "shorthand", "hard-negative"], "'I'm dying' of laughter in a thread reply; weekday and time only (decision 4)."),
    ("cm0012", "Subject: welcome to Birchwood Primary Care!! 👋\n\nHey there,\n\nSo glad u picked us! A few things b4 ur first visit:\n- fill out ur forms online at birchwoodpc.example/forms (takes ~10 min)\n- bring ur ins card + a photo ID\n- bring a list of any meds or vitamins u take\n- parking is free in the back lot, entrance on the side street\n\nWe're at 4120 Alder Ridge Rd, Suite 200, Madison, WI 53711. Front desk hours are 7:30-5 M-F; after hours our nurse line picks up at (608) 555-0150.\n\nQuestions? just reply to this email or msg us in the portal. Can't wait to meet u!\n\nJordan Alvey\nPractice Manager, Birchwood Primary Care\nfrontdesk@birchwoodpc.example",
     "ALLOW", "other", "email", "en",
     [("birchwoodpc.example/forms", "URL"), ("4120 Alder Ridge Rd, Suite 200, Madison, WI 53711", "ADDRESS"), ("(608) 555-0150", "PHONE"), ("Jordan Alvey", "PROVIDER"), ("frontdesk@birchwoodpc.example", "EMAIL")],
     ["primary-care", "practice-contact"], "New-patient welcome e-mail: the practice's own link, address, phone and e-mail, and the staff signer (PROVIDER)."),
)

# ---------------------------------------------------------------- batch 2 (cm0013-cm0024): dental
add(
    ("cm0013", "Hi from Pearl Street Dental 🦷✨ ur 6-mo cleaning is due! book online at pearlst.example/book or reply CALL & we'll ring u",
     "REWRITE", "recall", "sms", "en",
     [("Pearl Street Dental", "SPECIALTY"), ("cleaning", "PROCEDURE"), ("pearlst.example/book", "URL")],
     ["dental", "shorthand", "practice-contact"], "Dental practice name and cleaning reveal the service; the practice's own booking link stays."),
    ("cm0014", "Reminder: appt w/ Dr. Castellanos, DDS tmrw at 7:30am. pls arive 10 min early to update ur forms. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Castellanos", "PROVIDER"), ("DDS", "SPECIALTY")],
     ["dental", "shorthand", "typo"], "The credential names the specialty (README: DDS is a separate SPECIALTY span); '10 min early' is not a date."),
    ("cm0015", "Hey Priya! ur crown seat is 10/8 at 3:15 w Dr. Ashby. if the temp comes off b4 then, stick it back on w a dab of toothpaste & chew on the other side 😬",
     "BLOCK", "care-instructions", "sms", "en",
     [("Priya", "NAME"), ("crown seat", "PROCEDURE"), ("10/8", "DATE"), ("Dr. Ashby", "PROVIDER"), ("temp", "PROCEDURE")],
     ["dental", "shorthand"], "Self-care instructions about a temporary crown are treatment instructions (decision 9); 'the temp' is a device (decision 5)."),
    ("cm0016", "post-op from ur extraction today: bite on the gauze 30-45 min, NO straws or smoking for 72 hrs, ibuprofen 600mg every 6 hrs as needed. call us if the bleeding won't stop – Dr. Feld",
     "BLOCK", "care-instructions", "sms", "en",
     [("extraction", "PROCEDURE"), ("ibuprofen 600mg", "MEDICATION"), ("bleeding", "CONDITION"), ("Dr. Feld", "PROVIDER")],
     ["dental", "shorthand", "negation"], "Post-operative and dosing instructions; the hypothetical symptom is still a CONDITION."),
    ("cm0017", "Sunnyside Smiles Dental will be closed Thurs & Fri for Thanksgiving 🦃 emergencies: call the on-call line on our voicemail. happy turkey day!!",
     "REWRITE", "other", "sms", "en",
     [("Sunnyside Smiles Dental", "SPECIALTY")],
     ["dental", "broadcast"], "Decision 3: a holiday broadcast, but under a dental practice name, which README labels SPECIALTY; holidays are not dates."),
    ("cm0018", "Hi it's Mo from the front desk 😊 we found a pair of sunglasses in room 3 after ur visit – r they urs? lol",
     "ALLOW", "other", "sms", "en",
     [("Mo", "PROVIDER")],
     ["general", "shorthand"], "Staff sender about lost property; room number is not an identifier."),
    ("cm0019", "ur X-rays showed 2 small cavities (lower left) – Dr. Ngata recommends fillings b4 they get bigger. ur estimate is in the portal 🦷",
     "BLOCK", "result", "sms", "en",
     [("X-rays", "PROCEDURE"), ("cavities", "CONDITION"), ("Dr. Ngata", "PROVIDER"), ("fillings", "PROCEDURE")],
     ["dental", "shorthand"], "Imaging finding and treatment plan by text; the finding is a diagnosis term, CONDITION (decision 11)."),
    ("cm0020", "Hola Lupita!! 🦷 te recordamos tu limpieza con la Dra. Cisneros el jueves 14 de marzo a las 5pm en Sonrisas del Valle Dental. Contesta SI pa confirmar 😁",
     "REWRITE", "reminder", "sms", "es",
     [("Lupita", "NAME"), ("limpieza", "PROCEDURE"), ("Dra. Cisneros", "PROVIDER"), ("14 de marzo", "DATE"), ("Sonrisas del Valle Dental", "SPECIALTY")],
     ["dental", "shorthand"], "Name, cleaning and dental practice name go; provider, date and time stay."),
    ("cm0021", "Our lobby wifi is dead slow today 😩 sry!! if u wanna do ur check-in forms, grab a clipboard from the front desk",
     "ALLOW", "other", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "'dead slow' is slang (decision 4); nothing about the recipient."),
    ("cm0022", "Dr. Oyelaran here – saw ur msg abt the sensitivity after the filling. totally normal for 1-2 wks, brush w sensodyne 2x a day & skip ice cold drinks for now",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Oyelaran", "PROVIDER"), ("sensitivity", "CONDITION"), ("filling", "PROCEDURE"), ("sensodyne", "MEDICATION")],
     ["dental", "shorthand"], "Reply in a thread that assesses a symptom and gives treatment advice; a product brand used as a name is MEDICATION."),
    ("cm0023", "ur balance of $84.20 from ur last visit is due 💳 pay at pay.pscbilling.example or reply HELP. thx!",
     "ALLOW", "billing", "sms", "en",
     [("pay.pscbilling.example", "URL")],
     ["general", "shorthand", "practice-contact"], "Balance reminder with the billing vendor's link (no patient token)."),
    ("cm0024", "Hi Ms. Draper, Kayla's new night guard is in! she was grinding so hard she cracked the old one lol – pick up anytime M-F 🙂",
     "BLOCK", "pickup", "sms", "en",
     [("Draper", "NAME"), ("Kayla", "NAME"), ("night guard", "PROCEDURE"), ("grinding", "CONDITION")],
     ["dental", "third-party", "minor", "shorthand"], "A dependent's condition (bruxism, as 'grinding') told to the guardian is third-party health (README); the device alone would be REWRITE."),
)

# ---------------------------------------------------------------- batch 3 (cm0025-cm0036): eye care
add(
    ("cm0025", "👓 ur order is ready for pickup! we're open til 6 tonite. questions? (720) 555-0188",
     "ALLOW", "pickup", "sms", "en",
     [("(720) 555-0188", "PHONE")],
     ["ophthalmology", "shorthand", "practice-contact"], "No product or practice name; the glasses emoji alone is not labelled (decision 5, judgement)."),
    ("cm0026", "Hi Theo, ur dilated eye exam w Dr. Sandoval is 2morrow at 1:20 – pls bring a driver 🚗 & sunglasses",
     "REWRITE", "reminder", "sms", "en",
     [("Theo", "NAME"), ("dilated eye exam", "PROCEDURE"), ("Dr. Sandoval", "PROVIDER")],
     ["ophthalmology", "shorthand"], "Named exam and name go; 'bring a driver' is prep logistics that survives (decision 9)."),
    ("cm0027", "IOP was 27 in ur L eye today, higher than we like. Dr. Marsh wants u to start latanoprost 1 drop L eye at bedtime & come back in 4 wks",
     "BLOCK", "care-instructions", "sms", "en",
     [("IOP", "PROCEDURE"), ("27", "RESULT"), ("higher than we like", "RESULT"), ("Dr. Marsh", "PROVIDER"), ("latanoprost", "MEDICATION")],
     ["ophthalmology", "shorthand"], "Eye-pressure value (IOP is a measure, decision 14) and a new drop with its dosing."),
    ("cm0028", "CONTACTS SHIPPED! ur 90-day supply is on the way 📦 track it: https://ship.example/t/9ZK44QX1 – ClearSight Vision",
     "REWRITE", "other", "sms", "en",
     [("CONTACTS", "PROCEDURE"), ("https://ship.example/t/9ZK44QX1", "URL"), ("ClearSight Vision", "SPECIALTY")],
     ["ophthalmology", "shorthand"], "Device and eye-care name go; the tracking link carries a per-order token (decision 6)."),
    ("cm0029", "Buenas tardes! sus lentes ya están listos en Óptica Miramar 👓 puede pasar por ellos de lun a sáb de 10 a 7. Cualquier duda al (956) 555-0163",
     "REWRITE", "pickup", "sms", "es",
     [("lentes", "PROCEDURE"), ("Óptica Miramar", "SPECIALTY"), ("(956) 555-0163", "PHONE")],
     ["ophthalmology", "practice-contact"], "Optical-shop name is an eye-care name and 'lentes' a device (decision 5); the shop's phone stays."),
    ("cm0030", "lol ur yellow lab stole the show in the waiting room today 😂🐶 bring him back anytime – the front desk crew",
     "ALLOW", "other", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "'lab' is the dog breed (decision 4)."),
    ("cm0031", "Dr. Whitcomb's note from today: early cataract in ur R eye, not ready for surgery yet. recheck in 1 yr & we'll update ur glasses rx for now",
     "BLOCK", "result", "sms", "en",
     [("Dr. Whitcomb", "PROVIDER"), ("cataract", "CONDITION"), ("glasses", "PROCEDURE")],
     ["ophthalmology", "shorthand"], "A finding from the exam is the message; 'surgery' alone is generic."),
    ("cm0032", "Hi Nadia – ur visual field test looked stable vs last yr, so no changes to ur drops. see u in 6 mo! – Dr. Pruitt's team",
     "ALLOW", "result", "portal", "en",
     [("Nadia", "NAME"), ("visual field test", "PROCEDURE"), ("stable", "RESULT"), ("drops", "MEDICATION"), ("Dr. Pruitt", "PROVIDER")],
     ["ophthalmology", "shorthand", "contrast"], "Inside the secure portal a result and the patient's name may stay (README channel convention); same text by SMS is cm0033."),
    ("cm0033", "Hi Nadia – ur visual field test looked stable vs last yr, so no changes to ur drops. see u in 6 mo! – Dr. Pruitt's team",
     "BLOCK", "result", "sms", "en",
     [("Nadia", "NAME"), ("visual field test", "PROCEDURE"), ("stable", "RESULT"), ("drops", "MEDICATION"), ("Dr. Pruitt", "PROVIDER")],
     ["ophthalmology", "shorthand", "contrast"], "Same text as cm0032 by SMS: a stable (normal) result is still a result."),
    ("cm0034", "reminder: Glaucoma Associates of Tulsa – appt tmrw 9am w/ Dr. Pruitt. reply 1 to confirm, 2 to cancel",
     "REWRITE", "reminder", "sms", "en",
     [("Glaucoma Associates of Tulsa", "SPECIALTY"), ("Dr. Pruitt", "PROVIDER")],
     ["ophthalmology", "shorthand"], "A practice name that names a condition is one SPECIALTY span (like Positive Living Clinic)."),
    ("cm0035", "keep an eye out 👀 our new patient app drops next wk – same login, fresh look, way less clicking",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "'eye' and 'drops' in their everyday senses (decision 4)."),
    ("cm0036", "Hi its Gabby from the front desk, just checking – did u get the work note from ur appt mon? lmk & I can resend 🙂",
     "ALLOW", "other", "sms", "en",
     [("Gabby", "PROVIDER")],
     ["general", "shorthand", "typo"], "Staff sender; a work note without diagnosis or visit type."),
)

# ---------------------------------------------------------------- batch 4 (cm0037-cm0048): behavioral health
add(
    ("cm0037", "hey! this is Jordan from Northstar Counseling 🙂 just confirming ur session w Rachel Kim, LCSW on thurs at 4. reply Y or N",
     "REWRITE", "confirmation", "sms", "en",
     [("Jordan", "PROVIDER"), ("Northstar Counseling", "SPECIALTY"), ("Rachel Kim", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "Counseling practice name and a behavioral-health credential go (decision 2); 'session' is generic."),
    ("cm0038", "ur therapist Dana is out sick 2day 🤒 so ur 3pm is cancelled. she'll txt u to rebook. sry!!",
     "REWRITE", "other", "sms", "en",
     [("therapist", "SPECIALTY"), ("Dana", "PROVIDER")],
     ["behavioral-health", "shorthand"], "The role word reveals therapy (decision 2); the clinician being out sick is not labelled (decision 15)."),
    ("cm0039", "Reminder from Willow Creek Behavioral Health: ur med check w Dr. Adeyemi is 12/3 @ 9:30. pls come 15 min early to do ur PHQ-9 on the tablet",
     "REWRITE", "reminder", "sms", "en",
     [("Willow Creek Behavioral Health", "SPECIALTY"), ("med check", "PROCEDURE"), ("Dr. Adeyemi", "PROVIDER"), ("12/3", "DATE"), ("PHQ-9", "PROCEDURE")],
     ["behavioral-health", "shorthand"], "Practice name, visit type and screening instrument go; provider, date and time stay."),
    ("cm0040", "Hi Sam, Dr. Adeyemi got ur msg. ok to go up to 2 tabs of the sertraline 50mg (100mg total) starting 2morrow. lmk in 2 wks how the anxiety is 🙏",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sam", "NAME"), ("Dr. Adeyemi", "PROVIDER"), ("sertraline 50mg", "MEDICATION"), ("anxiety", "CONDITION")],
     ["behavioral-health", "shorthand"], "Dose change and diagnosis in a thread reply; '(100mg total)' is a dose written apart (decision 13)."),
    ("cm0041", "if ur in crisis pls call or text 988 anytime, or go to the nearest ER. u r not alone 💛 (auto-reply: this number isn't monitored after 5pm)",
     "ALLOW", "other", "sms", "en", [],
     ["behavioral-health", "hard-negative"], "Generic after-hours auto-reply; 988 is not a phone identifier (README), no practice name."),
    ("cm0042", "ur IOP group moved to the blue room this wk, same time. snacks r on us 🍕",
     "REWRITE", "other", "sms", "en",
     [("IOP", "PROCEDURE")],
     ["behavioral-health", "shorthand"], "IOP here is the intensive outpatient program (decision 14); the room change survives."),
    ("cm0043", "Hola Fer, soy la Lic. Paredes. Solo pa confirmar tu sesión de terapia el martes a las 6. Si necesitas cambiarla mándame msj 🙏",
     "REWRITE", "confirmation", "sms", "es",
     [("Fer", "NAME"), ("Lic. Paredes", "PROVIDER"), ("terapia", "PROCEDURE")],
     ["behavioral-health", "shorthand"], "Name and therapy go; the clinician with her title and the weekday stay."),
    ("cm0044", "Hey!! ur UDS from fri came back negative for everything except the THC, which we expected. see u at group wed 👍",
     "BLOCK", "result", "sms", "en",
     [("UDS", "PROCEDURE"), ("negative", "RESULT"), ("THC", "MEDICATION")],
     ["substance-use", "shorthand"], "Drug-screen result; substance named in the result is MEDICATION (README), Part 2 content."),
    ("cm0045", "ur refill of the pill is ready for pickup, 3 packs this time 🙂 – Kessler Pharmacy",
     "REWRITE", "pickup", "sms", "en",
     [("pill", "MEDICATION")],
     ["reproductive", "pharmacy"], "'the pill' meaning contraception is MEDICATION, article outside (decision 4); compare the nickname in cm0120."),
    ("cm0046", "Reminder: Harborview Recovery Center – ur suboxone induction is tmrw 8am. come in when ur in mild withdrawal, no use after 8pm tonite",
     "BLOCK", "care-instructions", "sms", "en",
     [("Harborview Recovery Center", "SPECIALTY"), ("suboxone", "MEDICATION"), ("induction", "PROCEDURE"), ("withdrawal", "CONDITION")],
     ["substance-use", "shorthand"], "A Part 2 program name plus treatment instructions for starting buprenorphine: removal cannot make it safe."),
    ("cm0047", "Hi Jess, Dr. Adeyemi looked at ur GAD-7 (score 16) – that's in the severe range, so he'd like to see u this wk instead of next month. reply w a good time",
     "BLOCK", "result", "sms", "en",
     [("Jess", "NAME"), ("Dr. Adeyemi", "PROVIDER"), ("GAD-7", "PROCEDURE"), ("16", "RESULT"), ("severe", "RESULT")],
     ["behavioral-health"], "Screening score and its interpretation: a scale is PROCEDURE and its value RESULT (README)."),
    ("cm0048", "Subject: ur first appt w us!! 🌿\n\nHi Olivia,\n\nWelcome to Cedar Path Counseling! Ur intake w Marisol Vega, LMFT is set for Tues 1/13 at 5:30pm. It's a video visit, so no need to drive in – just click this link about 5 min b4: https://video.cedarpath.example/join?pt=OV77213\n\nB4 the session pls fill out the PHQ-9 and GAD-7 forms in ur portal, they take about 5 min. If anything comes up and u need to move the appt, text us or call (503) 555-0139 at least 24 hrs ahead so we can offer the slot to someone on the waitlist.\n\nIf u ever prefer to come in person, we're at 88 Fernhill Ave, Suite 3, Portland, OR 97212 (free street parking).\n\nTalk soon!\nAshley\nIntake Coordinator, Cedar Path Counseling",
     "REWRITE", "reminder", "email", "en",
     [("Olivia", "NAME"), ("Cedar Path Counseling", "SPECIALTY"), ("intake", "PROCEDURE"), ("Marisol Vega", "PROVIDER"), ("LMFT", "SPECIALTY"), ("1/13", "DATE"),
      ("https://video.cedarpath.example/join?pt=OV77213", "URL"), ("PHQ-9", "PROCEDURE"), ("GAD-7", "PROCEDURE"), ("(503) 555-0139", "PHONE"),
      ("88 Fernhill Ave, Suite 3, Portland, OR 97212", "ADDRESS"), ("Ashley", "PROVIDER"), ("Cedar Path Counseling", "SPECIALTY", 1)],
     ["behavioral-health", "practice-contact"], "Long e-mail: name, counseling practice name, intake, credential (decision 2), screening forms and a tokened video link (?pt=) go; provider, date, phone and address stay."),
)

# ---------------------------------------------------------------- batch 5 (cm0049-cm0060): pharmacy
add(
    ("cm0049", "Oakview Pharmacy: ur rx is ready for pickup 🎉 we're open til 9pm tonite. Reply STOP to opt out",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "shorthand", "hard-negative"], "Pickup notice without the drug: the safe pattern; '... Pharmacy' names are generic."),
    ("cm0050", "Oakview Pharmacy: ur ATORVASTATIN 40MG is ready! Rx# 6604921. pls pick up by 5/30 or it goes back to stock",
     "REWRITE", "pickup", "sms", "en",
     [("ATORVASTATIN 40MG", "MEDICATION"), ("6604921", "OTHER_ID"), ("5/30", "DATE")],
     ["pharmacy", "shorthand"], "Drug name in a pickup notice and the Rx number (OTHER_ID) go; the pickup deadline stays."),
    ("cm0051", "hi this is Glen the pharmacist @ Hartley Drug. ur dr sent the amoxicillin for Ellie – give 5 mL by mouth twice a day x 10 days w food. call w any ?s",
     "BLOCK", "care-instructions", "sms", "en",
     [("Glen", "PROVIDER"), ("amoxicillin", "MEDICATION"), ("Ellie", "NAME")],
     ["pharmacy", "pediatrics", "third-party", "minor", "shorthand"], "A dependent's medication with dosing instructions, sent to the guardian; 'pharmacist' is generic (decision 2)."),
    ("cm0052", "ur insurance denied the Ozempic 😤 they want proof u tried metformin first. we faxed ur dr 2day & will txt when we hear back",
     "BLOCK", "other", "sms", "en",
     [("Ozempic", "MEDICATION"), ("metformin", "MEDICATION")],
     ["pharmacy", "shorthand"], "Decision 10: the denial reason is the patient's treatment history, so removal leaves no message."),
    ("cm0053", "REFILL REMINDER: its been 30 days since ur last fill at Kessler Pharmacy. reply R to refill or call (414) 555-0106",
     "ALLOW", "reminder", "sms", "en",
     [("(414) 555-0106", "PHONE")],
     ["pharmacy", "shorthand", "typo", "practice-contact"], "Refill reminder without a drug; 'refill' is generic and the phone is the pharmacy's."),
    ("cm0054", "Sorry!! we r out of ur Adderall XR 20 til thurs (national shortage 😩). want us to transfer it to another store? reply YES",
     "REWRITE", "pickup", "sms", "en",
     [("Adderall XR 20", "MEDICATION")],
     ["pharmacy", "shorthand"], "Stock-out notice: the drug with its form and strength goes, the transfer offer survives."),
    ("cm0055", "Farmacia San Judas: su receta ya está lista 💊 la puede recoger hoy hasta las 8pm. ¡Gracias!",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Pickup notice without the drug; 'receta' is generic, the pill emoji is not a drug."),
    ("cm0056", "Hola Don Rigo, ya llegó su insulina Lantus y las tiras pa medir el azúcar. Se las guardamos en el refri hasta el viernes 👍",
     "REWRITE", "pickup", "sms", "es",
     [("Rigo", "NAME"), ("insulina Lantus", "MEDICATION"), ("tiras pa medir el azúcar", "PROCEDURE")],
     ["pharmacy", "shorthand"], "Name (title outside), drug and glucose test strips (a device, decision 5) go; the pickup logistics stay."),
    ("cm0057", "Hey! ur pharmacist here – the new lisinipril can make u dizzy when u stand up fast, so take it slow the 1st wk. & no potassium supplements pls",
     "BLOCK", "care-instructions", "sms", "en",
     [("lisinipril", "MEDICATION"), ("dizzy", "CONDITION"), ("potassium", "MEDICATION")],
     ["pharmacy", "shorthand", "typo"], "Counselling on a new drug (misspelled) and an interaction: treatment instructions."),
    ("cm0058", "Espresso bar now open in our lobby ☕ ur first shot's on us w any pickup this wk!",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "A shot of espresso, not a vaccine (decision 4)."),
    ("cm0059", "ur shingles shot is confirmed for sat 10/12 at 10:20am at our store at 220 Elm St, Joliet IL. bring ur ins card! 💉",
     "REWRITE", "confirmation", "sms", "en",
     [("shingles shot", "PROCEDURE"), ("10/12", "DATE"), ("220 Elm St, Joliet IL", "ADDRESS")],
     ["pharmacy", "shorthand", "practice-contact"], "The recipient's own vaccine appointment names the vaccine; the store's address is the practice's own."),
    ("cm0060", "Ur perscription for Truvada was transferred from Bayside Pharmacy per ur request. pick up anytime after 3pm 2day",
     "REWRITE", "pickup", "sms", "en",
     [("Truvada", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health", "shorthand", "typo"], "A revealing drug name in a transfer notice; 'perscription' is a typo of a generic word."),
)

# ---------------------------------------------------------------- batch 6 (cm0061-cm0072): labs
add(
    ("cm0061", "Northpoint Lab: ur results r in! log in to see them at portal.northpointlab.example – we can't share results by text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.northpointlab.example", "URL")],
     ["lab", "shorthand", "practice-contact"], "Notification without PHI: no test named, the lab's own portal link."),
    ("cm0062", "ur A1c is back – 8.9 😬 Dr. Farris wants u on metformin 500mg 2x daily starting 2day, rx sent to ur pharmacy",
     "BLOCK", "result", "sms", "en",
     [("A1c", "PROCEDURE"), ("8.9", "RESULT"), ("Dr. Farris", "PROVIDER"), ("metformin 500mg", "MEDICATION")],
     ["lab", "primary-care", "shorthand"], "Value and a new treatment with its dosing."),
    ("cm0063", "Hi Bea! reminder ur fasting glucose draw is tmrw at 7am – nothing but water after midnight pls 🚰",
     "REWRITE", "reminder", "sms", "en",
     [("Bea", "NAME"), ("fasting glucose", "PROCEDURE")],
     ["lab", "shorthand"], "Named test and name go (the generic 'draw' stays outside); the fasting prep survives (decision 9)."),
    ("cm0064", "Ur lab order is ready, walk in at any Pinecrest Lab location M-F 6:30a-4p, no appt needed. bring photo ID + ins card",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "shorthand", "hard-negative"], "Generic lab order and a generic '... Lab' name; no test named."),
    ("cm0065", "Heads up ur Pap came back normal!! 🎉 next one in 3 yrs. – Dr. Lowe's nurse Keisha",
     "BLOCK", "result", "sms", "en",
     [("Pap", "PROCEDURE"), ("normal", "RESULT"), ("Dr. Lowe", "PROVIDER"), ("nurse Keisha", "PROVIDER")],
     ["reproductive", "lab"], "A normal result is still a result (README)."),
    ("cm0066", "hey is this Carlos? ur HIV test from the van event last sat is ready – pls call Toni at (213) 555-0175 to get it, we can't give results by txt",
     "REWRITE", "result", "sms", "en",
     [("Carlos", "NAME"), ("HIV test", "PROCEDURE"), ("Toni", "PROVIDER"), ("(213) 555-0175", "PHONE")],
     ["hiv-sexual-health", "lab", "shorthand", "practice-contact"], "No result given, but the named test and the name go; the call-back request survives."),
    ("cm0067", "🧪 LAB ALERT: ur specimen (accession # LX-48812093) was rejected – hemolyzed. pls come back for a redraw at ur earliest convenience",
     "REWRITE", "other", "sms", "en",
     [("LX-48812093", "OTHER_ID")],
     ["lab"], "Accession number is OTHER_ID (README); 'hemolyzed' describes the sample, not the patient (decision 7)."),
    ("cm0068", "Laboratorio Central: sus resultados de la biometría hemática ya están, todo salió normal 👍 cualquier duda pregúntele a su doctor",
     "BLOCK", "result", "sms", "es",
     [("biometría hemática", "PROCEDURE"), ("normal", "RESULT")],
     ["lab"], "Named test (complete blood count) with its result; normal is still a result."),
    ("cm0069", "ur TSH came back at 0.2, a lil low 😕 Dr. Farris wants to drop ur levothyroxin to 75mcg. new rx is at ur pharmacy",
     "BLOCK", "result", "sms", "en",
     [("TSH", "PROCEDURE"), ("0.2", "RESULT"), ("a lil low", "RESULT"), ("Dr. Farris", "PROVIDER"), ("levothyroxin", "MEDICATION")],
     ["lab", "shorthand", "typo"], "Value and a dose change; the misspelled drug is still MEDICATION and the new dose stays outside (decision 13)."),
    ("cm0070", "Ava's strep test was positive 😕 Dr. Moreno called in amoxicillin, start 2nite. she can go back to school after 24 hrs on it",
     "BLOCK", "result", "sms", "en",
     [("Ava", "NAME"), ("strep test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Moreno", "PROVIDER"), ("amoxicillin", "MEDICATION")],
     ["pediatrics", "lab", "third-party", "minor", "shorthand"], "A child's positive result and treatment, sent to the guardian."),
    ("cm0071", "Hi Walt, ur 24-hr urine came back w 410 mg of protein, up from last time. Dr. Kapoor wants a kidney ultrasound – we'll call u to book",
     "BLOCK", "result", "sms", "en",
     [("Walt", "NAME"), ("24-hr urine", "PROCEDURE"), ("410 mg", "RESULT"), ("protein", "PROCEDURE"), ("Dr. Kapoor", "PROVIDER"), ("kidney ultrasound", "PROCEDURE")],
     ["lab"], "Value with a trend and the next test; the analyte is a measure (PROCEDURE) and its value RESULT."),
    ("cm0072", "Hi Gus, ur lipid panel: total chol 212, LDL 138 (H), HDL 41. Not terrible! Dr. Baptiste says more walking + fewer fries, recheck in 6 mo 🍟",
     "ALLOW", "result", "portal", "en",
     [("Gus", "NAME"), ("lipid panel", "PROCEDURE"), ("total chol", "PROCEDURE"), ("212", "RESULT"), ("LDL", "PROCEDURE"), ("138", "RESULT"),
      ("LDL 138 ([[H]])", "RESULT"), ("HDL", "PROCEDURE"), ("41", "RESULT"), ("Dr. Baptiste", "PROVIDER")],
     ["lab", "primary-care", "shorthand"], "Casual result message inside the portal: values and name may stay (README channel convention)."),
)

# ---------------------------------------------------------------- batch 7 (cm0073-cm0084): billing
add(
    ("cm0073", "Hi! ur statement from Redwood Family Medicine is ready 💳 pay online at redwoodfm.example/pay or call (541) 555-0119, M-F 8-4:30",
     "ALLOW", "billing", "sms", "en",
     [("redwoodfm.example/pay", "URL"), ("(541) 555-0119", "PHONE")],
     ["general", "shorthand", "practice-contact"], "Statement notice with the practice's own link and phone."),
    ("cm0074", "ACCT #88104552 has a balance of $312.40 past 60 days. pls call billing at (541) 555-0119 to set up a pmt plan b4 it goes to collections",
     "REWRITE", "billing", "sms", "en",
     [("88104552", "ACCOUNT"), ("(541) 555-0119", "PHONE")],
     ["general", "shorthand", "practice-contact"], "The account number is not needed for the call-back; amount and phone stay."),
    ("cm0075", "ur ins denied the claim for ur colonoscopy on 8/14 – they say it needed a prior auth. we're appealing, no action needed rn 👍",
     "REWRITE", "billing", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("8/14", "DATE")],
     ["general", "shorthand"], "Denial for a missing authorization (administrative, no clinical reason): the procedure goes, the status survives."),
    ("cm0076", "hey Tomás, ur copay for therapy visits went up to $40 starting in jan bc of ur new plan. lmk if u have ?s – Bri in billing",
     "REWRITE", "billing", "sms", "en",
     [("Tomás", "NAME"), ("therapy", "PROCEDURE"), ("Bri", "PROVIDER")],
     ["behavioral-health", "shorthand"], "Name and service type go; a month alone is not a date; the billing staffer is PROVIDER."),
    ("cm0077", "Friendly reminder: we now take Apple Pay, Venmo & cards at check-in 💸 no more paper checks after the new yr pls!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "shorthand"], "Payment-method broadcast; 'checks' and 'check-in' are not clinical."),
    ("cm0078", "Billing Q: we need the SSN on file to bill ur secondary ins. can u call us w it? pls don't txt it. ty!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "shorthand"], "Decision 8: asks for an identifier without containing one."),
    ("cm0079", "Hi Mr. Pham, we recieved ur payment of $150 on acct 40017736, thx!! remaining bal is $62.18",
     "REWRITE", "billing", "sms", "en",
     [("Pham", "NAME"), ("40017736", "ACCOUNT")],
     ["general", "shorthand", "typo"], "Receipt: name (title outside) and account number are not needed."),
    ("cm0080", "pls update ur info! we have SSN 078-05-1120 and DOB 04/11/1979 on file for Rhonda Keyes – reply if anything's wrong",
     "BLOCK", "other", "sms", "en",
     [("078-05-1120", "SSN"), ("04/11/1979", "DATE"), ("Rhonda Keyes", "NAME")],
     ["general", "dob", "shorthand"], "An SSN and a full date of birth with the name must never travel by text."),
    ("cm0081", "Hola! le recordamos que tiene un saldo de $45.00 con Clínica del Pueblo. Puede pagar en línea o en recepción. Cualquier duda al (505) 555-0152 😊",
     "ALLOW", "billing", "sms", "es",
     [("(505) 555-0152", "PHONE")],
     ["general", "practice-contact"], "Balance reminder from a generic clinic name with its own phone."),
    ("cm0082", "ur estimate for the IVF cycle is $14,250 b4 ins 😬 financing options from Bloom Fertility r in ur email",
     "REWRITE", "billing", "sms", "en",
     [("IVF", "PROCEDURE"), ("Bloom Fertility", "SPECIALTY")],
     ["fertility", "shorthand"], "Procedure and fertility practice name go; the estimate amount survives."),
    ("cm0083", "ur killing me w these paper forms lol 😂 jk – we switched to e-check-in! u'll get a link 2 days b4 ur next visit",
     "ALLOW", "other", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "'killing me' is slang (decision 4)."),
    ("cm0084", "Subject: ur statement + a lil good news 🙂\n\nHi Deshawn,\n\nQuick update on acct #30982217. Ur insurance processed the sleep study from 9/22 and paid most of it – ur part is $118.60 (down from the $410 estimate we gave u, yay!).\n\nU can pay any of these ways:\n• online at summitbilling.example/pay\n• by phone at (303) 555-0181, option 2\n• by mail to PO Box 4471, Denver, CO 80201\n\nIf $118.60 is a stretch rn, no stress – we can split it into 3 or 4 monthly pmts, just reply PLAN and someone from our team will call u. We also have a financial assistance program; the form is on our website.\n\nThanks for being our patient!\nMaya R.\nPatient Accounts, Summit Health Partners",
     "REWRITE", "billing", "email", "en",
     [("Deshawn", "NAME"), ("30982217", "ACCOUNT"), ("sleep study", "PROCEDURE"), ("9/22", "DATE"), ("summitbilling.example/pay", "URL"),
      ("(303) 555-0181", "PHONE"), ("PO Box 4471, Denver, CO 80201", "ADDRESS"), ("Maya R.", "PROVIDER")],
     ["general", "practice-contact"], "Long billing e-mail: name, account number and the service go; amounts, payment options and the practice's own contact details stay."),
)

# ---------------------------------------------------------------- batch 8 (cm0085-cm0096): Spanish across services
add(
    ("cm0085", "Hola Yesenia!! 😊 te escribe Marisa de Pediatría Arcoíris. La vacuna de los 4 años de Mateo es el 22 de abril a las 3:30, trae su cartilla porfa",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("Marisa", "PROVIDER"), ("Pediatría Arcoíris", "SPECIALTY"), ("vacuna", "PROCEDURE"), ("Mateo", "NAME"), ("22 de abril", "DATE")],
     ["pediatrics", "minor", "shorthand"], "Dependent's routine vaccine with names and a pediatrics name: logistics, REWRITE (README)."),
    ("cm0086", "Sr. Aguirre, su presión salió alta otra vez (162/98). El Dr. Zamora quiere subirle el losartán a 100 mg, pase por la receta mañana",
     "BLOCK", "result", "sms", "es",
     [("Aguirre", "NAME"), ("presión", "PROCEDURE"), ("alta", "RESULT"), ("162/98", "RESULT"), ("Dr. Zamora", "PROVIDER"), ("losartán", "MEDICATION")],
     ["primary-care"], "Blood-pressure value and a dose change; the new dose is written apart from the drug (decision 13)."),
    ("cm0087", "Jajaja me muero 😂 sí, ya nos llegó su forma, todo bien. Nos vemos el martes!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'me muero' of laughter (decision 4); a weekday is not a date."),
    ("cm0088", "¡Está bien padre la nueva sala de espera! 😍 Pásenle a conocerla, hay café y wifi gratis. — Clínica Santa Fe",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'padre' is Mexican slang for cool, not a father (decision 4)."),
    ("cm0089", "Hola, le recordamos su cita de control de embarazo con la Dra. Fuentes el lunes 9 de junio a las 11 am. Favor de llegar 15 min antes 🙏",
     "REWRITE", "reminder", "sms", "es",
     [("control de embarazo", "PROCEDURE"), ("Dra. Fuentes", "PROVIDER"), ("9 de junio", "DATE")],
     ["reproductive"], "A prenatal visit type goes ('cita' is generic); provider, date and time stay."),
    ("cm0090", "Buenas! su papá Don Chuy ya tiene lista su metformina y la atorvastatina en Farmacia Guadalupe, pueden pasar hoy 👍",
     "BLOCK", "pickup", "sms", "es",
     [("Chuy", "NAME"), ("metformina", "MEDICATION"), ("atorvastatina", "MEDICATION")],
     ["pharmacy", "third-party"], "A parent's medications told to the adult child: third-party health (decision 12)."),
    ("cm0091", "Ey Dani! ya quedó tu cita con el psicólogo pa el jueves 7pm x videollamada, te llega el link 10 min antes ✌️",
     "REWRITE", "confirmation", "sms", "es",
     [("Dani", "NAME"), ("psicólogo", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "Role word naming the service is SPECIALTY (README review conventions)."),
    ("cm0092", "Estimado paciente: por el puente del 16 de septiembre la clínica estará cerrada. Reabrimos el miércoles. ¡Felices fiestas patrias! 🇲🇽",
     "ALLOW", "other", "sms", "es",
     [("16 de septiembre", "DATE")],
     ["general", "broadcast"], "Holiday closure broadcast; the holiday is written as a calendar date, labelled DATE and allowed (decision 17)."),
    ("cm0093", "Hola Sra. Benítez, su cita de ojos con el Dr. Salgado es el 3 de octubre. Le van a dilatar las pupilas, venga acompañada pa que no maneje 🚗",
     "REWRITE", "reminder", "sms", "es",
     [("Benítez", "NAME"), ("ojos", "SPECIALTY"), ("Dr. Salgado", "PROVIDER"), ("3 de octubre", "DATE"), ("dilatar las pupilas", "PROCEDURE")],
     ["ophthalmology"], "Eye appointment (decision 5) and dilation go; 'come with someone' is prep logistics (decision 9)."),
    ("cm0094", "Mija, ya salió tu prueba de embarazo y salió positiva 🥰 felicidades!! la Dra. Fuentes te quiere ver en 2 semanas",
     "BLOCK", "result", "sms", "es",
     [("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("Dra. Fuentes", "PROVIDER")],
     ["reproductive", "lab"], "A pregnancy-test result by text; 'Mija' is an endearment, not a name (decision 4)."),
    ("cm0095", "Le recordamos que tiene un saldo pendiente de $120. Evite cargos extra pagando antes de fin de mes. Dudas: (505) 555-0152 o en recepción",
     "ALLOW", "billing", "sms", "es",
     [("(505) 555-0152", "PHONE")],
     ["general", "practice-contact"], "Balance reminder without an account number; the phone is the practice's."),
    ("cm0096", "Sounds good! yes u can still take ur morning meds b4 the colonoscopy, just hold the iron for 5 days. – Nurse Pat",
     "BLOCK", "care-instructions", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("iron", "MEDICATION"), ("Nurse Pat", "PROVIDER")],
     ["primary-care", "shorthand"], "Thread reply with medication instructions before a procedure (decision 9: holding a drug is BLOCK)."),
)

# ---------------------------------------------------------------- batch 9 (cm0097-cm0108): slang look-alikes and thread replies
add(
    ("cm0097", "omg ur new haircut is SICK 🔥🔥 saw u in the lobby lol. anyway ur all checked out, have a great wknd!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "'SICK' meaning great (decision 4); checked out of the visit, nothing clinical."),
    ("cm0098", "Wellness Crew here! ur killing it w the 10k steps challenge 💪 3 days left, keep goin!! reply STOP to opt out",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "'killing it' is slang; a step challenge says nothing about a condition."),
    ("cm0099", "dead serious tho – the new parking garage is FREE for patients now 🙌 just grab a ticket & we'll validate at the desk",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "shorthand", "hard-negative"], "'dead serious' is slang (decision 4)."),
    ("cm0100", "Bring ur pup! 🐕 our pet rx drive is sat – donate unused flea & tick meds for the county shelter. labs, pugs, mutts all welcome lol",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Pet medication drive; 'labs' are dogs, 'rx' and 'meds' are for pets."),
    ("cm0101", "ty for the cookies!!! 🍪 the whole office is dying. Dr. Kaur says u r officially her fav patient lol",
     "ALLOW", "other", "sms", "en",
     [("Dr. Kaur", "PROVIDER")],
     ["primary-care", "shorthand"], "'dying' over cookies is slang; the provider is allowed."),
    ("cm0102", "Shot of espresso on the house ☕ for anyone who braves the 7am slot this month – thx for being early birds!!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A shot of espresso (decision 4)."),
    ("cm0103", "yep got ur msg! ur cat's meds aren't something we can fill here tho, u'll need a vet pharmacy 🐱 sorry!!",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "shorthand", "hard-negative"], "A pet's medication, no drug named; nothing about the person's health."),
    ("cm0104", "No pressure!! 😅 but our survey closes fri – tell us how we did: survey.example/s/elmwood",
     "ALLOW", "other", "sms", "en",
     [("survey.example/s/elmwood", "URL")],
     ["general", "practice-contact"], "'No pressure' is not blood pressure; the survey link carries no patient token."),
    ("cm0105", "Hey it's Leah from Dr. Chu's office. ur mom asked us to txt u – her hip xray showed a hairline fracture, she's in a boot for 6 wks. she's fine, just grumpy lol",
     "BLOCK", "result", "sms", "en",
     [("Leah", "PROVIDER"), ("Dr. Chu", "PROVIDER"), ("hip xray", "PROCEDURE"), ("hairline fracture", "CONDITION"), ("boot", "PROCEDURE")],
     ["orthopedics", "third-party", "shorthand"], "A relative's imaging finding and treatment: third-party health (README), even at her request."),
    ("cm0106", "ur positive vibes made our day 😊 thx for the 5-star review!! – the gang at Elmwood Family Care",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'positive' vibes, not a result (decision 4)."),
    ("cm0107", "Hi Noor, Dr. Kwan bumped ur Mounjaro up to 5mg – inject once a wk, same day each wk. want it shipped or picked up? reply SHIP or PICK 📦",
     "BLOCK", "care-instructions", "sms", "en",
     [("Noor", "NAME"), ("Dr. Kwan", "PROVIDER"), ("Mounjaro", "MEDICATION")],
     ["pharmacy", "shorthand"], "Dose change with injection instructions; the dose is written apart from the drug (decision 13)."),
    ("cm0108", "Dr. Ellery here, replying to ur q – yes the rash from the doxy is a known thing, stop it & start cetirizine 10mg at night. if ur lips swell go to the ER",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Ellery", "PROVIDER"), ("rash", "CONDITION"), ("doxy", "MEDICATION"), ("cetirizine 10mg", "MEDICATION")],
     ["dermatology", "shorthand"], "Thread reply assessing a drug reaction and changing treatment; shorthand drug name still MEDICATION."),
)

# ---------------------------------------------------------------- batch 10 (cm0109-cm0120): disguises, long e-mails, other channels
add(
    ("cm0109", "pls remember ur P.r.E.P refill – pick up by fri at Hartley Drug 🙏",
     "REWRITE", "pickup", "sms", "en",
     [("P.r.E.P", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy", "spaced", "mixed-case", "shorthand"], "Dotted, mixed-case PrEP in a pickup reminder: the drug goes, the pickup survives."),
    ("cm0110", "reminder ur c\u200bh\u200be\u200bm\u200bo is thurs 9am, bring a snack + a blanket, it runs ~4 hrs 💛",
     "REWRITE", "reminder", "sms", "en",
     [("c\u200bh\u200be\u200bm\u200bo", "PROCEDURE")],
     ["oncology", "shorthand"], "Zero-width spaces inside 'chemo'; the treatment type goes, time and comfort logistics survive."),
    ("cm0111", "ur m\u0435th\u0430done dose goes up to 80mg starting mon, pick it up at the window as usual",
     "BLOCK", "care-instructions", "sms", "en",
     [("m\u0435th\u0430done", "MEDICATION")],
     ["substance-use", "shorthand"], "Cyrillic e and a in 'methadone'; a dose change for a Part 2 medication is a treatment instruction."),
    ("cm0112", "ur d3pr3ss10n screening is due b4 ur physical next wk, takes 2 min on the tablet 📝",
     "REWRITE", "reminder", "sms", "en",
     [("d3pr3ss10n screening", "PROCEDURE")],
     ["behavioral-health", "primary-care", "leet", "shorthand"], "Leet 'depression screening' is a named test (README); the physical stays generic."),
    ("cm0113", "Subject: ur LASIK consult is booked!! 👀\n\nHi Kendra,\n\nYay, ur all set for ur consult w Dr. Beaumont on Mon 3/2 at 10:00am at Horizon Eye & Laser Institute. Plan on ~2 hrs – we do a bunch of scans and ur eyes will be dilated, so bring a driver and sunglasses.\n\nImportant: pls stop wearing ur contacts 1 wk b4 the visit – they change the shape of the cornea and can throw off the measurements.\n\nWe're at 2901 Lakeshore Blvd, Suite 410, Oakland, CA 94610. Parking is validated in the garage on level P2.\n\nNeed to reschedule? Call (510) 555-0193 or reply to this email. Financing info: hlei.example/financing\n\nSee u soon!\nTessa\nPatient Coordinator",
     "REWRITE", "reminder", "email", "en",
     [("LASIK", "PROCEDURE"), ("Kendra", "NAME"), ("Dr. Beaumont", "PROVIDER"), ("3/2", "DATE"), ("Horizon Eye & Laser Institute", "SPECIALTY"),
      ("dilated", "PROCEDURE"), ("contacts", "PROCEDURE"), ("2901 Lakeshore Blvd, Suite 410, Oakland, CA 94610", "ADDRESS"),
      ("(510) 555-0193", "PHONE"), ("hlei.example/financing", "URL"), ("Tessa", "PROVIDER")],
     ["ophthalmology", "practice-contact"], "Long e-mail: name, procedure, eye-institute name, dilation and the device go; stopping contacts before a consult is prep logistics (decision 9), so REWRITE."),
    ("cm0114", "Subject: we're moving!! 🚚📦\n\nHi everyone,\n\nBig news – starting next month Westbrook Family Medicine will be in our new (and way bigger) home at 710 Orchard Pkwy, Suite 100, Fort Collins, CO 80525. Same docs, same phone number, same great front desk crew, just more parking and no more elevator that smells like burnt popcorn lol.\n\nA few things to know:\n- our last day at the old building is a Friday, the new office opens the next Monday\n- ur portal login stays the same\n- the lab draw station moves with us, so u can still get blood work done on site\n- prescriptions will still go to whatever pharmacy u picked\n\nQuestions? Call (970) 555-0124 or check westbrookfm.example/move for a map and FAQ.\n\nSee u at the new place!\nThe Westbrook team",
     "ALLOW", "other", "email", "en",
     [("710 Orchard Pkwy, Suite 100, Fort Collins, CO 80525", "ADDRESS"), ("(970) 555-0124", "PHONE"), ("westbrookfm.example/move", "URL")],
     ["general", "broadcast", "practice-contact"], "Practice move broadcast: the practice's own address, phone and link; lab, blood work and prescriptions are generic."),
    ("cm0115", "Subject: ur lab results\n\nHey Rob,\n\nDr. Sato asked me to email these since u haven't set up the portal yet. Ur CMP from Thursday mostly looks fine, but ur creatinine was 1.6 (H) and ur eGFR was 48, which means ur kidneys are working a bit harder than they should. She wants u to:\n- stop the ibuprofen/Advil for now (tylenol is ok)\n- drink more water, aim for 6-8 glasses a day\n- repeat the labs in 2 wks, the order is already in\n\nIt's not an emergency, but if u notice swelling in ur legs or u're peeing a lot less, call us same day at (919) 555-0172.\n\nAlso – pls pls set up the portal so we don't have to email stuff like this 😅 the link is on our website.\n\nThanks,\nCarmen, MA\nDr. Sato's office",
     "BLOCK", "result", "email", "en",
     [("Rob", "NAME"), ("Dr. Sato", "PROVIDER"), ("CMP", "PROCEDURE"), ("creatinine", "PROCEDURE"), ("1.6", "RESULT"), ("1.6 ([[H]])", "RESULT"),
      ("eGFR", "PROCEDURE"), ("48", "RESULT"), ("kidneys are working a bit harder than they should", "RESULT"), ("ibuprofen", "MEDICATION"),
      ("Advil", "MEDICATION"), ("tylenol", "MEDICATION"), ("swelling", "CONDITION"), ("(919) 555-0172", "PHONE"), ("Carmen, MA", "PROVIDER"),
      ("Dr. Sato", "PROVIDER", 1)],
     ["primary-care", "lab", "negation", "practice-contact"], "Results, their interpretation and medication instructions by e-mail (treated like SMS, README); the interpretation is a RESULT (decision 11)."),
    ("cm0116", "Hi, this is Amber from Riverside Primary Care with a message for the patient at this number. Please call us back at 2 0 6, 5 5 5, 0 1 3 4 when you get a chance. Thanks, and have a good day!",
     "ALLOW", "other", "voice", "en",
     [("Amber", "PROVIDER"), ("2 0 6, 5 5 5, 0 1 3 4", "PHONE")],
     ["primary-care", "practice-contact"], "Voice call-back script without the patient's name; the practice's number spoken digit by digit is one PHONE span (decision 16)."),
    ("cm0117", "📅 ur appt is coming up! Thu 2/19 9:00 AM w/ Dr. Oduya. Tap to check in early.",
     "ALLOW", "reminder", "push", "en",
     [("2/19", "DATE"), ("Dr. Oduya", "PROVIDER")],
     ["primary-care", "shorthand"], "Push reminder with date, time and provider only."),
    ("cm0118", "no prob!! I moved ur Tues appt to 5:30 so u can make it after work 👍 see u then – Kim @ front desk",
     "ALLOW", "reminder", "sms", "en",
     [("Kim", "PROVIDER")],
     ["general", "shorthand"], "Thread reply with a weekday and time; the staff signer is PROVIDER."),
    ("cm0119", "YOUR PAYMENT IS OVERDUE. PAY NOW AT billing.example/p?acct=55120873 TO AVOID COLLECTIONS. QUESTIONS? CALL 888-555-0147",
     "REWRITE", "billing", "sms", "en",
     [("billing.example/p?acct=55120873", "URL"), ("888-555-0147", "PHONE")],
     ["general", "practice-contact"], "ALL-CAPS dunning text: a link with ?acct= is patient-specific (README); the phone stays."),
    ("cm0120", "hey! the pill is back in the building 💊😎 (aka Dr. Pillai lol) – he's taking new patients again starting next month. call or book online!",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Pillai", "PROVIDER")],
     ["primary-care", "shorthand"], "'the pill' is the doctor's nickname (decisions 1 and 4), not contraception as in cm0045."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "cm", "probe88.jsonl")
