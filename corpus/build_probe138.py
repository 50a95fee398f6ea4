#!/usr/bin/env python3
"""Build corpus/probe138.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe138.py [OUT] [-v]   (default: probe138.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is DENTAL CARE, ORAL SURGERY, ORTHODONTICS AND PERIODONTICS: what general dental
offices, pediatric dentists, orthodontists, oral surgeons, periodontists, endodontists and dental
labs send — cleaning and recall reminders, X-ray and exam visits, extraction and implant pre-op
and aftercare (sedation rules, a driver, antibiotic premedication), aligner, retainer and
night-guard pickups, root-canal and crown appointments, treatment-plan estimates, insurance
predeterminations, financing and billing — mixed with neutral logistics, broadcasts and
look-alikes (a crowning achievement, a root cause analysis, brace for the storm, a bridge closure
on Route 9, the Tooth Fairy 5K, a plaque unveiling ceremony, a hygienist named Crystal Bright).
About 20% Spanish; 4 disguised messages (spaced letters, zero-width characters, a Cyrillic
look-alike, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Dental practice names (... Dental, ... Dentistry, ... Orthodontics, ... Endodontics,
     ... Periodontics, ... Oral Surgery, Odontologia, Odontopediatria, Ortodoncia, a dental lab)
     are SPECIALTY, like eye and imaging names; they make a line REWRITE even in a plain
     confirmation. Broadcasts that name no dental practice (closures, races, a promotion offered
     to everyone) are ALLOW with no span even when they mention what the office offers.
  2. Dental role words (dentist, hygienist, orthodontist/ortodoncista, periodontist, endodontist)
     are SPECIALTY like `radiologist`; `oral surgeon` is one SPECIALTY span (the README keeps
     `surgeon` alone generic; `oral` makes it the specialty); the shorthand `perio` is SPECIALTY.
  3. Dental credentials after a staff name (DDS, DMD, RDH) are separate SPECIALTY spans and the
     name is PROVIDER (the README's `Dr. Nguyen, DDS` pattern, extended to the hygienist's RDH).
  4. Dental appliances (night guard, guarda nocturna, retainer, aligners and Invisalign trays,
     braces/brackets/frenos, elastics, palatal expander, space maintainer, dentures, splints, an
     oral sleep appliance) are PROCEDURE as devices; Invisalign is a device brand, so PROCEDURE,
     not MEDICATION.
  5. A qualified cleaning (`dental cleaning`, `limpieza dental`, `deep cleaning`) is one
     PROCEDURE span, like the README's `diabetic eye exam`.
  6. Tooth numbers and positions (`#19`, `lower left`) are not labelled: they are not
     identifiers of the patient; they appear only on lines blocked (or sent in the portal) for
     other reasons.
  7. CDT procedure codes (D6010) are PROCEDURE; insurance predetermination numbers and dental-lab
     case numbers are OTHER_ID (like claim and accession numbers).
  8. `IV sedation`/`sedation`/`sedacion` and `premed` visits are procedures; nitrous oxide is
     MEDICATION (a gas given as a drug, like `oxygen`); `premed` used for the drug is
     MEDICATION; rinses and adhesives named as products (Peridex, Fixodent) are MEDICATION.
  9. Pre-op rules that name the sedation, the procedure or a drug (fasting, premedication, a
     driver because of sedation) are treatment instructions: BLOCK. A bare "arrange a ride home
     after your visit on <date>" with no clinical word is ALLOW (judgement: nothing in it is a
     clinical term; a careful officer would accept it as logistics).
 10. A dependent's appointment logistics naming a dental procedure or appliance (braces
     adjustment, sealants, space maintainer) without any finding, drug or instruction is REWRITE,
     like the routine visit types the README lists; a child's findings, drugs or aftercare are
     BLOCK (third party).
 11. A condition named only as the reason for a visit or device in a reminder or pickup
     (`TMJ consult`, `night guard for grinding`) is a visit label: REWRITE, not a finding.
 12. A dental lab's shipping note to the office that names a patient and the restoration is
     REWRITE (no condition, drug or result: the shipping purpose survives without the name,
     restoration and case number), not a third-party BLOCK.
 13. A link whose query only encodes the practice's own location (a maps link) is the
     practice's own URL: ALLOW.
 14. Counted findings (`3 cavities`): the condition word is CONDITION, the count is not
     labelled; a measured value (pocket depths, bone height) is RESULT.
 15. Staff named in a practice-wide broadcast (a retirement party) are workforce: PROVIDER,
     allowed.

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


# ---------------------------------------------------------------- batch 1 (ek0001-ek0012): recalls, cleanings, first results
add(
    ("ek0001", "Reminder: you have an appointment with Dr. Halvorsen on Tue 3/10 at 8:00 AM. Reply C to confirm or call (608) 555-0142 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Halvorsen", "PROVIDER"), ("3/10", "DATE"), ("(608) 555-0142", "PHONE")],
     ["dental", "practice-contact"], "Provider, date, time and the office's own number only; nothing says what kind of office it is."),
    ("ek0002", "Hi Tomasz! Our records show you're due for your 6-month cleaning and exam. Book online at lakeshoredental.example/book or call (608) 555-0119. - Lakeshore Dental",
     "REWRITE", "recall", "sms", "en",
     [("Tomasz", "NAME"), ("cleaning", "PROCEDURE"), ("lakeshoredental.example/book", "URL"), ("(608) 555-0119", "PHONE"), ("Lakeshore Dental", "SPECIALTY")],
     ["dental", "practice-contact"], "Name, the cleaning and the dental practice name go; the recall purpose and the office's own link and phone survive (decision 1)."),
    ("ek0003", "Parkview Family Dentistry: Your periodontal maintenance appt is Thu 4/16 at 2:30pm w/ Crystal Bright, RDH. Reply Y to confirm, N to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("Parkview Family Dentistry", "SPECIALTY"), ("periodontal maintenance", "PROCEDURE"), ("4/16", "DATE"), ("Crystal Bright", "PROVIDER"), ("RDH", "SPECIALTY")],
     ["dental", "shorthand"], "The hygienist's name looks like a product slogan but is a staff PROVIDER; RDH is a dental credential, a separate SPECIALTY span (decision 3)."),
    ("ek0004", "Brace for the storm! With 8-12 inches of snow expected, we're closing at 1pm today. We'll call everyone with an afternoon visit to reschedule. Stay warm!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Weather closure sent to everyone; 'brace' is the verb, not an orthodontic appliance."),
    ("ek0005", "Hi Marcus, Dr. Feld reviewed your X-rays from Monday - you have 2 cavities on the lower left and some early bone loss. Call us to schedule the fillings.",
     "BLOCK", "result", "sms", "en",
     [("Marcus", "NAME"), ("Dr. Feld", "PROVIDER"), ("X-rays", "PROCEDURE"), ("cavities", "CONDITION"), ("bone loss", "CONDITION"), ("fillings", "PROCEDURE")],
     ["dental"], "Findings from the X-rays are the message; nothing is left once they are removed. Decision 14: the count stays outside the CONDITION span; decision 6: the tooth position is not labelled."),
    ("ek0006", "Consultorio Dr. Benítez: le recordamos su cita el jueves 14 de mayo a las 9:00 am. Para cambiarla llame al (915) 555-0133.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Benítez", "PROVIDER"), ("14 de mayo", "DATE"), ("(915) 555-0133", "PHONE")],
     ["dental", "practice-contact"], "A practice named after the dentist, without the word dental: provider, date, time and office phone are allowed."),
    ("ek0007", "Hola Guadalupe, ya le toca su limpieza dental de cada seis meses en Clínica Dental Los Arcos. Llámenos al (956) 555-0167 para agendar. ¡Lo esperamos!",
     "REWRITE", "recall", "sms", "es",
     [("Guadalupe", "NAME"), ("limpieza dental", "PROCEDURE"), ("Clínica Dental Los Arcos", "SPECIALTY"), ("(956) 555-0167", "PHONE")],
     ["dental", "practice-contact"], "Name, the cleaning and the dental clinic name go; the recall survives. Decision 5: 'limpieza dental' is one PROCEDURE span."),
    ("ek0008", "Root cause analysis is in: Monday's online-booking outage came from a vendor update. Everything is working again - thank you for your patience!",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "'Root cause' is an IT post-mortem, not a root canal; sent to everyone."),
    ("ek0009", "Hi Dana,\n\nThanks for trusting us with your wisdom teeth extraction today. A few reminders for the next 72 hours:\n- Bite firmly on the gauze for 30-45 minutes; replace it if the bleeding continues.\n- No straws, smoking or spitting - these can dislodge the clot and cause a dry socket.\n- Take ibuprofen 600 mg every 6 hours with food for the first 3 days, and finish the amoxicillin 500mg three times a day until it is gone.\n- Use the hydrocodone only for severe pain, and don't drive while taking it.\n- Soft, cool foods today; warm salt-water rinses start tomorrow.\n\nCall us at (541) 555-0184 if you have heavy bleeding, fever, or swelling that gets worse after day 3.\n\nDr. Okonjo and the team at Cascade Oral Surgery",
     "BLOCK", "care-instructions", "email", "en",
     [("Dana", "NAME"), ("wisdom teeth extraction", "PROCEDURE"), ("dry socket", "CONDITION"), ("ibuprofen 600 mg", "MEDICATION"), ("amoxicillin 500mg", "MEDICATION"), ("hydrocodone", "MEDICATION"), ("(541) 555-0184", "PHONE"), ("Dr. Okonjo", "PROVIDER"), ("Cascade Oral Surgery", "SPECIALTY")],
     ["dental", "practice-contact"], "Post-extraction dosing and aftercare are the message; e-mail is treated like SMS, so this belongs in the portal."),
    ("ek0010", "Your night guard is ready for pickup at Maple Grove Dental! Stop by any weekday 8-5. Questions? (262) 555-0150",
     "REWRITE", "pickup", "sms", "en",
     [("night guard", "PROCEDURE"), ("Maple Grove Dental", "SPECIALTY"), ("(262) 555-0150", "PHONE")],
     ["dental", "practice-contact"], "Pickup notice: the appliance and the dental practice name go, 'ready for pickup' and the office phone survive (decision 4)."),
    ("ek0011", "Confirmed: Dr. Yusuf, Wed 6/3 at 10:45 AM. Please arrive 10 min early to update your paperwork and insurance card.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Yusuf", "PROVIDER"), ("6/3", "DATE")],
     ["dental"], "Provider, date and time; '10 min' is not a date."),
    ("ek0012", "Hi, this is Bri from Little Teeth Pediatric Dentistry. Ava had 3 cavities on today's exam; Dr. Osei recommends silver diamine fluoride at her next visit.",
     "BLOCK", "result", "sms", "en",
     [("Bri", "PROVIDER"), ("Little Teeth Pediatric Dentistry", "SPECIALTY"), ("Ava", "NAME"), ("cavities", "CONDITION"), ("Dr. Osei", "PROVIDER"), ("silver diamine fluoride", "MEDICATION")],
     ["dental", "pediatrics", "minor", "third-party"], "A child's findings and the recommended drug sent to the guardian: third party's health, BLOCK (README verdict conventions)."),
)

# ---------------------------------------------------------------- batch 2 (ek0013-ek0024): oral surgery, implants, sedation pre-op, aftercare
add(
    ("ek0013", "Reminder for tomorrow's IV sedation at Summit Oral & Maxillofacial Surgery: nothing to eat or drink after midnight, take your amoxicillin 2g 1 hr before, and bring a driver 18+ who can stay.",
     "BLOCK", "care-instructions", "sms", "en",
     [("IV sedation", "PROCEDURE"), ("Summit Oral & Maxillofacial Surgery", "SPECIALTY"), ("amoxicillin 2g", "MEDICATION")],
     ["dental"], "Fasting and antibiotic premedication before sedation are treatment instructions (decision 9)."),
    ("ek0014", "Please remember to arrange a ride home after your visit on 7/21. Your driver must wait in our lobby or stay reachable by phone. Questions? (480) 555-0171",
     "ALLOW", "reminder", "sms", "en",
     [("7/21", "DATE"), ("(480) 555-0171", "PHONE")],
     ["dental", "practice-contact"], "Judgement (decision 9): no sedation, drug or procedure is named; a ride home is logistics a careful officer would let through."),
    ("ek0015", "Your implant consult with Dr. Petrakis is Mon 8/3 at 11:00. Plan on about 60 min; a CBCT scan may be taken. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("implant", "PROCEDURE"), ("Dr. Petrakis", "PROVIDER"), ("8/3", "DATE"), ("CBCT scan", "PROCEDURE")],
     ["dental"], "The implant and the scan go; provider, date, time and length of the visit survive. 'consult' is generic and stays outside."),
    ("ek0016", "Sr. Ortega: para su cirugía de implante del viernes, tome 4 cápsulas de amoxicilina 500 mg una hora antes, enjuáguese con clorhexidina la noche anterior y no coma nada 8 horas antes de la sedación. Debe venir acompañado de un adulto que maneje.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ortega", "NAME"), ("implante", "PROCEDURE"), ("amoxicilina 500 mg", "MEDICATION"), ("clorhexidina", "MEDICATION"), ("sedación", "PROCEDURE")],
     ["dental"], "Premedication dose, rinse and fasting before sedation are treatment instructions (decision 9); 'cirugía' alone is generic."),
    ("ek0017", "Heads up: the bridge closure on Route 9 starts Monday and runs through the end of the month. Please follow the posted detour and allow 15 extra minutes to reach our office.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A road bridge, not a dental bridge; a state route is not a patient's address."),
    ("ek0018", "Hello, this is Kayla calling from Cascade Oral Surgery to confirm your consultation for wisdom teeth removal on Thursday, June 11 at 3 PM. If you need to change it, please call us back at 541-555-0184. Thank you!",
     "REWRITE", "confirmation", "voice", "en",
     [("Kayla", "PROVIDER"), ("Cascade Oral Surgery", "SPECIALTY"), ("wisdom teeth removal", "PROCEDURE"), ("June 11", "DATE"), ("541-555-0184", "PHONE")],
     ["dental", "practice-contact"], "Voicemail is treated like SMS (overheard): the oral-surgery name and the procedure go; staff caller, date and call-back number stay."),
    ("ek0019", "Dr. Amari's office: the biopsy of the lesion on your tongue came back benign (lichen planus). No treatment needed - we'll recheck in 6 mo.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Amari", "PROVIDER"), ("biopsy", "PROCEDURE"), ("lesion", "CONDITION"), ("benign", "RESULT"), ("lichen planus", "CONDITION")],
     ["dental", "shorthand"], "A biopsy result with a diagnosis; a benign result is still a result (README)."),
    ("ek0020", "Thanks for visiting us today! How did we do? Reply with a number from 1 (poor) to 5 (excellent). Reply STOP to opt out of surveys.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Satisfaction survey with no clinical word and no identifier."),
    ("ek0021", "Hi Jordan - just a reminder your 1-week post-op check w/ Dr. Lindqvist is Fri 9/18 @ 9:15. See you then!",
     "REWRITE", "reminder", "sms", "en",
     [("Jordan", "NAME"), ("post-op check", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("9/18", "DATE")],
     ["dental", "shorthand"], "A named visit type (README: pre-op visit, med check) and the patient's name go; provider, date and time survive."),
    ("ek0022", "Feeling more pain 3-4 days after your extraction? That can be a dry socket. Rinse gently with warm salt water, avoid straws, and call us today - don't wait it out.",
     "BLOCK", "care-instructions", "push", "en",
     [("extraction", "PROCEDURE"), ("dry socket", "CONDITION")],
     ["dental"], "Sent to the patient about their own extraction, with a possible complication and what to do: care instructions, nothing left after removal. Push is treated like SMS."),
    ("ek0023", "We're moving! Starting 10/5 our office will be at 2200 Harbor View Dr, Suite 310, Tacoma, WA 98402. Same phone number: (253) 555-0108. Free parking in the garage off 22nd St.",
     "ALLOW", "other", "email", "en",
     [("10/5", "DATE"), ("2200 Harbor View Dr, Suite 310, Tacoma, WA 98402", "ADDRESS"), ("(253) 555-0108", "PHONE")],
     ["general", "broadcast", "practice-contact"], "The practice's own new address and phone in a relocation notice to everyone."),
    ("ek0024", "Recordatorio: su cita para la colocación de corona es el martes 2 de junio a las 10:30 con la Dra. Salinas. Si no puede asistir, avísenos con 24 horas de anticipación.",
     "REWRITE", "reminder", "sms", "es",
     [("colocación de corona", "PROCEDURE"), ("2 de junio", "DATE"), ("Dra. Salinas", "PROVIDER")],
     ["dental"], "Crown placement is the visit type; date, time and provider survive."),
)

# ---------------------------------------------------------------- batch 3 (ek0025-ek0036): orthodontics, aligners, retainers, kids
RETAINER = ("Retainer check-in from Dr. Haddad: keep wearing your upper and lower Essix retainers every night. "
            "If they feel tight, that means your teeth moved - wear them full-time for 3 days and let us know. "
            "Lost or cracked? A replacement pair is $150.")
add(
    ("ek0025", "Hi Priya! Your next set of Invisalign aligners (trays 14-16) is ready at Brightline Orthodontics. Pick them up anytime Mon-Thu 9-5.",
     "REWRITE", "pickup", "sms", "en",
     [("Priya", "NAME"), ("Invisalign aligners", "PROCEDURE"), ("Brightline Orthodontics", "SPECIALTY")],
     ["dental"], "Pickup: name, the aligners and the orthodontic practice go; 'ready, pick up Mon-Thu' survives. Decision 4: a device brand is PROCEDURE; tray numbers are not labelled."),
    ("ek0026", "Reminder: Ethan has a braces adjustment with Dr. Castellano tomorrow at 3:40 PM. Please send him with his rubber bands.",
     "REWRITE", "reminder", "sms", "en",
     [("Ethan", "NAME"), ("braces", "PROCEDURE"), ("Dr. Castellano", "PROVIDER"), ("rubber bands", "PROCEDURE")],
     ["dental", "pediatrics", "minor"], "Decision 10: a dependent's appointment logistics with an appliance but no finding, drug or instruction is REWRITE; the elastics are an appliance (decision 4)."),
    ("ek0027", "The Tooth Fairy 5K is this Saturday at Riverside Park! Packet pickup Friday 4-7pm in our lobby. Kids under 10 run free, and every finisher gets a medal.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Community race sent to everyone; 'Tooth Fairy' and 'pickup' are not clinical, the park is not a patient's location."),
    ("ek0028", "Mia's retainer: Dr. Haddad would like her back to wearing it full-time (22 hrs/day) because her lower front teeth are showing some relapse. Please call if it no longer fits.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mia", "NAME"), ("retainer", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("relapse", "RESULT")],
     ["dental", "pediatrics", "minor", "third-party"], "A child's finding and wear instruction sent to the parent: third party's health. 'relapse' is the state of the condition, RESULT like 'en remisión'."),
    ("ek0029", "Our office is closed this Friday 11/13 for staff training. For broken-wire or poking-bracket emergencies call (614) 555-0126 and follow the prompts.",
     "ALLOW", "other", "sms", "en",
     [("11/13", "DATE"), ("(614) 555-0126", "PHONE")],
     ["dental", "broadcast", "practice-contact"], "Decision 1: a closure broadcast to all patients that mentions what the office handles says nothing about the recipient; no practice name is given."),
    ("ek0030", "Hola, le recordamos que Valentina tiene cita para ajuste de brackets con el Dr. Ferrer el 9 de julio a las 4:15 pm. Ortodoncia Sonríe Más",
     "REWRITE", "reminder", "sms", "es",
     [("Valentina", "NAME"), ("brackets", "PROCEDURE"), ("Dr. Ferrer", "PROVIDER"), ("9 de julio", "DATE"), ("Ortodoncia Sonríe Más", "SPECIALTY")],
     ["dental", "pediatrics", "minor"], "A dependent's orthodontic visit: name, appliance and orthodontic practice name go (decision 10); 'ajuste de' stays outside as generic."),
    ("ek0031", RETAINER,
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Haddad", "PROVIDER"), ("Essix retainers", "PROCEDURE")],
     ["dental", "contrast"], "Inside the secure portal care instructions may stay (README channel convention); same text as ek0032 by SMS. The conditional 'your teeth moved' is hypothetical and not labelled."),
    ("ek0032", RETAINER,
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("Essix retainers", "PROCEDURE")],
     ["dental", "contrast"], "The same wear instructions by SMS: treatment instructions are the message, BLOCK and send a portal notice instead (contrast with ek0031)."),
    ("ek0033", "Dr. Haddad has an opening tomorrow at 7:40 AM if you'd like to come in earlier. Reply YES to grab it or ignore this text to keep your current time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Haddad", "PROVIDER")],
     ["dental"], "Waitlist offer with the provider and a time only."),
    ("ek0034", "A crowning achievement: our team was voted Best Place to Work 2026 by readers of the Tri-County Gazette! Thank you for your support.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "'Crowning' is the idiom, not a dental crown; a year alone is not a date element."),
    ("ek0035", "Sra. Pineda, el Dr. Ferrer revisó la radiografía de Mateo: tiene mordida cruzada y el paladar estrecho, por eso recomienda un expansor palatino. Le enviamos el presupuesto por correo.",
     "BLOCK", "result", "sms", "es",
     [("Pineda", "NAME"), ("Dr. Ferrer", "PROVIDER"), ("radiografía", "PROCEDURE"), ("Mateo", "NAME"), ("mordida cruzada", "CONDITION"), ("paladar estrecho", "CONDITION"), ("expansor palatino", "PROCEDURE")],
     ["dental", "pediatrics", "minor", "third-party"], "A child's X-ray findings sent to the mother: third party's health, BLOCK."),
    ("ek0036", "Hi Mr. Delgado, this is a courtesy reminder that your monthly orthodontic payment of $185 for account #ORT-55821 will be drafted from the card on file on 12/1. Questions? Reply to this e-mail.",
     "REWRITE", "billing", "email", "en",
     [("Delgado", "NAME"), ("orthodontic", "SPECIALTY"), ("ORT-55821", "ACCOUNT"), ("12/1", "DATE")],
     ["dental", "identifier"], "Billing purpose survives once the name, the specialty word and the account number are removed."),
)

# ---------------------------------------------------------------- batch 4 (ek0037-ek0048): root canals, crowns, the dental lab
add(
    ("ek0037", "Your root canal appointment with Dr. Nakamura is confirmed for Wed 2/11 at 7:30 AM at Pinecrest Endodontics. Please allow 90 minutes.",
     "REWRITE", "confirmation", "sms", "en",
     [("root canal", "PROCEDURE"), ("Dr. Nakamura", "PROVIDER"), ("2/11", "DATE"), ("Pinecrest Endodontics", "SPECIALTY")],
     ["dental"], "Procedure and the endodontic practice name go; provider, date, time and length survive."),
    ("ek0038", "Filling out forms before you arrive saves about 10 minutes at check-in! You can complete them online from the link in your confirmation e-mail.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Filling out forms' is paperwork, not a dental filling."),
    ("ek0039", "Dr. Nakamura here. The crack in tooth #19 extends below the gum line, so a root canal won't save it - extraction and an implant are the better option. Let's talk Monday.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("crack", "CONDITION"), ("root canal", "PROCEDURE"), ("extraction", "PROCEDURE"), ("implant", "PROCEDURE")],
     ["dental"], "A finding and the treatment decision are the message. Decision 6: the tooth number is not labelled."),
    ("ek0040", "Good news - your crown is back from the lab! Call Sunnyside Dental at (312) 555-0193 to book a time to have it placed (about 45 min).",
     "REWRITE", "pickup", "sms", "en",
     [("crown", "PROCEDURE"), ("Sunnyside Dental", "SPECIALTY"), ("(312) 555-0193", "PHONE")],
     ["dental", "practice-contact"], "The restoration and the dental practice name go; 'ready, call to book' and the office phone survive."),
    ("ek0041", "Case LC-20417 (pt: Harriet Olmsted) - zirconia crown, shade A2. Shipped today by courier, expected at your office Thursday before noon.\nKestrel Dental Lab | (414) 555-0137",
     "REWRITE", "other", "email", "en",
     [("LC-20417", "OTHER_ID"), ("Harriet Olmsted", "NAME"), ("zirconia crown", "PROCEDURE"), ("Kestrel Dental Lab", "SPECIALTY"), ("(414) 555-0137", "PHONE")],
     ["dental", "identifier", "practice-contact"], "Decision 12: a lab's shipping note naming a patient and the restoration is REWRITE, not a third-party BLOCK (no condition, drug or result); the case number is OTHER_ID (decision 7); the shade is not labelled."),
    ("ek0042", "Su cita con el Dr. Arriaga quedó confirmada para el lunes 16 de marzo a las 8:30. Favor de llegar 10 minutos antes con su identificación.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dr. Arriaga", "PROVIDER"), ("16 de marzo", "DATE")],
     ["dental"], "Provider, date and time only."),
    ("ek0043", "Hi, this is Renee from Dr. Kowalski's office calling for Frank Ibsen. The pathology report on the tissue we removed from your gum came back, and it showed some abnormal cells. Dr. Kowalski would like to go over it with you in person, so please call us at 216-555-0112 to set up a time.",
     "BLOCK", "result", "voice", "en",
     [("Renee", "PROVIDER"), ("Dr. Kowalski", "PROVIDER"), ("Frank Ibsen", "NAME"), ("pathology report", "PROCEDURE"), ("abnormal cells", "RESULT"), ("Dr. Kowalski", "PROVIDER", 1), ("216-555-0112", "PHONE")],
     ["dental", "practice-contact"], "A pathology finding left on a voicemail: results are the message; voice is overheard like SMS."),
    ("ek0044", "Reminder from Dr. Ruiz, endodontist: your retreatment visit is Monday 4/6 at 1:00pm. Plan on about 90 min. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Ruiz", "PROVIDER"), ("endodontist", "SPECIALTY"), ("retreatment", "PROCEDURE"), ("4/6", "DATE")],
     ["dental"], "Decision 2: 'endodontist' is a specialty role word; the retreatment is the procedure; provider, date and time survive."),
    ("ek0045", "You're invited to the plaque unveiling ceremony for our new community garden this Saturday at 11 am. Light refreshments, kids' crafts and a ribbon cutting by the mayor. Everyone is welcome!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "A commemorative plaque, not dental plaque; sent to everyone."),
    ("ek0046", "Temporary crown came off? Don't panic. Rinse it, put a small dab of Fixodent or toothpaste inside and press it back on until we can recement it. Avoid chewing on that side and call us in the morning.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Temporary crown", "PROCEDURE"), ("Fixodent", "MEDICATION"), ("recement", "PROCEDURE")],
     ["dental"], "Reply to the patient's own problem with what to do: treatment instructions. Decision 8: an adhesive named as a product is MEDICATION."),
    ("ek0047", "Estimado Sr. Villalobos:\nLe adjuntamos el presupuesto para su corona de porcelana y el perno de fibra. Total: $1,480; su seguro cubriría aproximadamente el 50%. Cuenta 00-88213.\nCualquier duda estamos a sus órdenes.\nRecepción",
     "REWRITE", "billing", "email", "es",
     [("Villalobos", "NAME"), ("corona de porcelana", "PROCEDURE"), ("perno de fibra", "PROCEDURE"), ("00-88213", "ACCOUNT")],
     ["dental", "identifier"], "Estimate: the billing purpose (an estimate is attached, total and coverage) survives once name, procedures and account number are removed."),
    ("ek0048", "Your next appointment with Dr. Abernathy is on 1/14 at 4:00 PM. Add it to your calendar: https://appts.greenleafhealth.example/cal",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Abernathy", "PROVIDER"), ("1/14", "DATE"), ("https://appts.greenleafhealth.example/cal", "URL")],
     ["dental", "practice-contact"], "The practice's own link without any patient token."),
)

# ---------------------------------------------------------------- batch 5 (ek0049-ek0060): periodontics, deep cleanings, premedication
add(
    ("ek0049", "Hi Leon,\n\nHere is a summary of today's periodontal charting. Pocket depths are 5-7 mm around your lower molars, bleeding on probing was about 40%, and the X-rays show horizontal bone loss - consistent with moderate periodontitis (stage II).\n\nDr. Ahmadi recommends scaling and root planing in two visits, with Arestin placed in the deepest pockets, then a re-evaluation in 6 weeks. Until then, brush twice a day, use the chlorhexidine rinse every night, and please don't skip flossing.\n\nYou can reply to this e-mail or call (303) 555-0158 to schedule.\n\nWestbrook Periodontics",
     "BLOCK", "result", "email", "en",
     [("Leon", "NAME"), ("periodontal charting", "PROCEDURE"), ("5-7 mm", "RESULT"), ("bleeding on probing", "PROCEDURE"), ("40%", "RESULT"), ("X-rays", "PROCEDURE"), ("horizontal bone loss", "RESULT"), ("periodontitis", "CONDITION"), ("stage II", "RESULT"), ("Dr. Ahmadi", "PROVIDER"), ("scaling and root planing", "PROCEDURE"), ("Arestin", "MEDICATION"), ("chlorhexidine rinse", "MEDICATION"), ("(303) 555-0158", "PHONE"), ("Westbrook Periodontics", "SPECIALTY")],
     ["dental", "practice-contact"], "Charting values, X-ray findings, a diagnosis and a treatment plan: results are the message. Decision 14: measured values are RESULT; 'bleeding on probing' is the measure (PROCEDURE) and 40% its value, like a scale and its score."),
    ("ek0050", "Your deep cleaning (scaling & root planing) is set for Thu 10/22 at 9am - the first of two visits. Reply C to confirm. -Westbrook Periodontics",
     "REWRITE", "confirmation", "sms", "en",
     [("deep cleaning", "PROCEDURE"), ("scaling & root planing", "PROCEDURE"), ("10/22", "DATE"), ("Westbrook Periodontics", "SPECIALTY")],
     ["dental"], "Procedure names and the periodontal practice name go; date, time and 'first of two visits' survive (decision 5)."),
    ("ek0051", "Did you leave a blue umbrella in our lobby on Tuesday? It's waiting for you at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Lost-and-found note; a weekday is not a date."),
    ("ek0052", "Sr. Fuentes, recuerde enjuagarse con clorhexidina 0.12% dos veces al día por 2 semanas después del injerto de encía. No cepille la zona hasta que le quitemos los puntos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Fuentes", "NAME"), ("clorhexidina 0.12%", "MEDICATION"), ("injerto de encía", "PROCEDURE")],
     ["dental"], "Rinse dosing and aftercare after a gum graft are treatment instructions."),
    ("ek0053", "Hi Sandra - Dr. Ahmadi, periodontist, can see you for your gum graft consult on Mon 11/2 at 2pm. Reply 1 to book it.",
     "REWRITE", "reminder", "sms", "en",
     [("Sandra", "NAME"), ("Dr. Ahmadi", "PROVIDER"), ("periodontist", "SPECIALTY"), ("gum graft", "PROCEDURE"), ("11/2", "DATE")],
     ["dental"], "Name, specialty role word (decision 2) and procedure go; provider, date and time survive."),
    ("ek0054", "Your periodontal re-evaluation from 3/3 is posted. Pocket depths improved to 3-4 mm in most areas; two sites on the upper right are still 5 mm. Dr. Ahmadi recommends 3-month periodontal maintenance visits going forward.",
     "ALLOW", "result", "portal", "en",
     [("periodontal re-evaluation", "PROCEDURE"), ("3/3", "DATE"), ("3-4 mm", "RESULT"), ("5 mm", "RESULT"), ("Dr. Ahmadi", "PROVIDER"), ("periodontal maintenance", "PROCEDURE")],
     ["dental"], "Results inside the secure portal may stay (README channel convention). Decision 6: the position is not labelled."),
    ("ek0055", "Our office will be closed Monday for Labor Day. We'll be back Tuesday at 7 AM with normal hours. Have a safe holiday weekend!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Holiday closure: holidays and weekdays are not dates (README)."),
    ("ek0056", "It's been 3 months - time for your periodontal maintenance! Tap to pick a time that works for you.",
     "REWRITE", "recall", "push", "en",
     [("periodontal maintenance", "PROCEDURE")],
     ["dental"], "The recall survives without the visit type; push is treated like SMS (lock-screen preview)."),
    ("ek0057", "pt reminder: premed w/ amox 2g 1hr prior to ur perio appt tmrw (hip replacement). thx - Gina @ Dr. Wolcott's",
     "BLOCK", "care-instructions", "sms", "en",
     [("premed", "MEDICATION"), ("amox 2g", "MEDICATION"), ("perio", "SPECIALTY"), ("hip replacement", "PROCEDURE"), ("Gina", "PROVIDER"), ("Dr. Wolcott", "PROVIDER")],
     ["dental", "orthopedics", "shorthand"], "Dosing instruction plus the reason (a joint replacement) in clinician shorthand. Decisions 2 and 8: 'perio' is SPECIALTY, 'premed' is MEDICATION."),
    ("ek0058", "Crystal Bright is retiring after 24 years with us! Join the team for cake on Fri 6/26, 3-4pm in the lobby, and sign her card at the front desk.",
     "ALLOW", "other", "sms", "en",
     [("Crystal Bright", "PROVIDER"), ("6/26", "DATE")],
     ["general", "broadcast"], "Decision 15: a staff member named in a practice-wide broadcast is workforce (PROVIDER, allowed); the name only looks like a whitening slogan."),
    ("ek0059", "Hola Raúl, su mantenimiento periodontal está programado para el 3 de noviembre a las 11:00 am. Responda SI para confirmar o NO para cambiar la cita.",
     "REWRITE", "confirmation", "sms", "es",
     [("Raúl", "NAME"), ("mantenimiento periodontal", "PROCEDURE"), ("3 de noviembre", "DATE")],
     ["dental"], "Name and visit type go; date, time and reply keywords survive."),
    ("ek0060", "Lots of gum bleeding at your cleaning today - that's usually gingivitis. Brush 2x a day, floss every night and use the Peridex rinse we sent home with you. Recheck in 6 wks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("gum bleeding", "CONDITION"), ("cleaning", "PROCEDURE"), ("gingivitis", "CONDITION"), ("Peridex", "MEDICATION")],
     ["dental", "shorthand"], "A symptom, a diagnosis and home-care instructions: the clinical content is the message."),
)

# ---------------------------------------------------------------- batch 6 (ek0061-ek0072): pediatric dentistry, sealants, sedation for kids
add(
    ("ek0061", "Kids' Choice Pediatric Dentistry: Liam and Nora are both due for cleanings & fluoride varnish. Book them back-to-back at kidschoicedds.example/book",
     "REWRITE", "recall", "sms", "en",
     [("Kids' Choice Pediatric Dentistry", "SPECIALTY"), ("Liam", "NAME"), ("Nora", "NAME"), ("cleanings", "PROCEDURE"), ("fluoride varnish", "PROCEDURE"), ("kidschoicedds.example/book", "URL")],
     ["dental", "pediatrics", "minor", "practice-contact"], "Dependents' routine recall: names, practice name and routine services go (README: routine visit types are REWRITE); the booking link is the practice's own."),
    ("ek0062", "Dr. Osei placed 4 sealants and did a pulpotomy on Jaylen's lower baby molar today. He may be numb for 2-3 hrs - watch that he doesn't chew his lip. Children's Tylenol is fine if he's sore.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("sealants", "PROCEDURE"), ("pulpotomy", "PROCEDURE"), ("Jaylen", "NAME"), ("Children's Tylenol", "MEDICATION")],
     ["dental", "pediatrics", "minor", "third-party"], "A child's treatment, aftercare and a drug sent to the parent: third party's health, BLOCK."),
    ("ek0063", "Back-to-school special: custom sports mouthguards are $25 through 9/30. Ask about one at your next visit!",
     "ALLOW", "marketing", "sms", "en",
     [("9/30", "DATE")],
     ["dental", "broadcast"], "Decision 1: a promotion offered to every patient, with no practice name, says nothing about the recipient; the mouthguard is the offer, not their treatment."),
    ("ek0064", "¡Corre con nosotros en la carrera del Ratón Pérez 5K este sábado! Inscríbase en la recepción. Todo lo recaudado va al banco de alimentos.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "The Spanish Tooth Fairy race, sent to everyone; nothing clinical."),
    ("ek0065", "Hola, la cita de Sofía para sus selladores es el viernes 21 de agosto a las 3:00 pm con la Dra. Quiroga. Dientes Felices Odontopediatría",
     "REWRITE", "reminder", "sms", "es",
     [("Sofía", "NAME"), ("selladores", "PROCEDURE"), ("21 de agosto", "DATE"), ("Dra. Quiroga", "PROVIDER"), ("Dientes Felices Odontopediatría", "SPECIALTY")],
     ["dental", "pediatrics", "minor"], "Decision 10: a dependent's sealant visit without findings is logistics, REWRITE; the pediatric-dental practice name is SPECIALTY."),
    ("ek0066", "Mamá de Diego: el Dr. Osorio encontró dos caries en las muelas y un absceso en un diente de leche. Tiene que tomar amoxicilina suspensión 400 mg/5 ml cada 12 horas por 7 días.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Diego", "NAME"), ("Dr. Osorio", "PROVIDER"), ("caries", "CONDITION"), ("absceso", "CONDITION"), ("amoxicilina suspensión 400 mg/5 ml", "MEDICATION")],
     ["dental", "pediatrics", "minor", "third-party"], "A child's findings and dosing sent to the mother: third party's health and dosing, BLOCK. The form word 'suspensión' goes with the drug."),
    ("ek0067", "Reminder from *|PRACTICE_NAME|*: your family's appointments are on {{appt_date}} starting at {{appt_time}}. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative", "template"], "Vendor template whose placeholders carry no patient data (README template convention)."),
    ("ek0068", "Hello Mrs. Whitcombe,\n\nOliver's fillings are scheduled for Monday with nitrous oxide (laughing gas). Please give him only a light breakfast at least 2 hours before, no dairy, and have him wear short sleeves. If he has a cold or fever that morning, call us and we'll reschedule - the gas can't be used with a stuffy nose.\n\nSee you soon,\nTiny Teeth Pediatric Dental",
     "BLOCK", "care-instructions", "email", "en",
     [("Whitcombe", "NAME"), ("Oliver", "NAME"), ("fillings", "PROCEDURE"), ("nitrous oxide", "MEDICATION"), ("laughing gas", "MEDICATION"), ("Tiny Teeth Pediatric Dental", "SPECIALTY")],
     ["dental", "pediatrics", "minor", "third-party"], "A child's sedation prep rules: treatment instructions about a dependent, BLOCK (decisions 8 and 9: nitrous oxide is MEDICATION)."),
    ("ek0069", "Emma's space maintainer is ready to be cemented. We have openings Tue 3/3 at 3:30 or Thu 3/5 at 4:00 with Dr. Lau - which works better?",
     "REWRITE", "reminder", "sms", "en",
     [("Emma", "NAME"), ("space maintainer", "PROCEDURE"), ("3/3", "DATE"), ("3/5", "DATE"), ("Dr. Lau", "PROVIDER")],
     ["dental", "pediatrics", "minor"], "Decision 10: a dependent's appliance appointment without finding or instruction: REWRITE; the offered slots and provider survive."),
    ("ek0070", "Congratulations to the winners of our summer coloring contest! Prizes can be picked up at the front desk any weekday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'picked up' is a prize, not a prescription or appliance pickup."),
    ("ek0071", "Hi Mrs. Abbott, Zoe's panoramic X-ray shows her upper canines are impacted. Dr. Lau is referring her to an oral surgeon for exposure and bracketing.",
     "BLOCK", "result", "sms", "en",
     [("Abbott", "NAME"), ("Zoe", "NAME"), ("panoramic X-ray", "PROCEDURE"), ("impacted", "CONDITION"), ("Dr. Lau", "PROVIDER"), ("oral surgeon", "SPECIALTY"), ("exposure and bracketing", "PROCEDURE")],
     ["dental", "pediatrics", "minor", "third-party"], "A child's X-ray finding and referral: third party's health, BLOCK. Decision 2: 'oral surgeon' is one SPECIALTY span."),
    ("ek0072", "Hello, this is the front desk at Northfield Health Center calling to confirm your appointment with Dr. Greenberg on Wednesday, September 9 at 2:15. Press 1 to confirm or 2 to speak with our staff.",
     "ALLOW", "confirmation", "voice", "en",
     [("Dr. Greenberg", "PROVIDER"), ("September 9", "DATE")],
     ["dental"], "Generic center name, provider, date and time."),
)

# ---------------------------------------------------------------- batch 7 (ek0073-ek0084): estimates, predeterminations, billing, financing
add(
    ("ek0073", "Hi Carla,\n\nWe've sent a predetermination to your insurance for the implant (D6010) and the implant-supported crown (D6065). Reference #PD-2026-004417, member ID WTX448120931. Carriers usually answer in 2-4 weeks; we'll call you as soon as we hear back so we can schedule.\n\nThanks,\nMonica - Insurance Coordinator",
     "REWRITE", "billing", "email", "en",
     [("Carla", "NAME"), ("implant", "PROCEDURE"), ("D6010", "PROCEDURE"), ("implant-supported crown", "PROCEDURE"), ("D6065", "PROCEDURE"), ("PD-2026-004417", "OTHER_ID"), ("WTX448120931", "HEALTH_PLAN_ID"), ("Monica", "PROVIDER")],
     ["dental", "identifier"], "The notice that a predetermination was sent survives without the procedures, their CDT codes (decision 7), the reference and member ID; the coordinator signing is workforce (PROVIDER)."),
    ("ek0074", "Thank you! We received your payment of $250.00. Your remaining balance is $0.00. Have a great day.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Payment receipt with amounts only."),
    ("ek0075", "Your treatment estimate for the 3-unit bridge and 2 fillings is ready: est. patient portion $1,912. Review and sign at https://portal.lakeshoredental.example/plan?id=88413&tok=Zr8pQ2",
     "REWRITE", "billing", "sms", "en",
     [("3-unit bridge", "PROCEDURE"), ("fillings", "PROCEDURE"), ("https://portal.lakeshoredental.example/plan?id=88413&tok=Zr8pQ2", "URL")],
     ["dental"], "Estimate notice: procedures and a tokened, patient-specific link go; 'estimate is ready' and the amount survive."),
    ("ek0076", "To file your implant claim we need the policyholder's details confirmed: Robert Haines, DOB 04/09/1961, SSN 078-05-1120. Reply YES if correct.",
     "BLOCK", "billing", "sms", "en",
     [("implant", "PROCEDURE"), ("Robert Haines", "NAME"), ("04/09/1961", "DATE"), ("078-05-1120", "SSN")],
     ["dental", "dob", "identifier"], "An SSN and a full date of birth with a name must never travel by text (DESIGN)."),
    ("ek0077", "Billing questions? Call (503) 555-0147 Mon-Fri 8-4:30 or email billing@cedarpointfamilycare.example. Payment plans are available.",
     "ALLOW", "billing", "sms", "en",
     [("(503) 555-0147", "PHONE"), ("billing@cedarpointfamilycare.example", "EMAIL")],
     ["general", "practice-contact"], "The practice's own billing phone and e-mail."),
    ("ek0078", "Sra. Beltrán, su saldo pendiente de $320 por la endodoncia del 5 de febrero vence el 5 de marzo. Puede pagar en línea o en recepción.",
     "REWRITE", "billing", "sms", "es",
     [("Beltrán", "NAME"), ("endodoncia", "PROCEDURE"), ("5 de febrero", "DATE"), ("5 de marzo", "DATE")],
     ["dental"], "Balance reminder: name and the root-canal treatment go; amount and due date survive."),
    ("ek0079", "Recibimos su pago, ¡muchas gracias! Su saldo actual es de $0.00.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Payment receipt with an amount only."),
    ("ek0080", "Flexible payment plans are now available for treatment over $500 - 0% interest for 12 months on approved credit. Ask our front desk for details.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Financing offer to everyone; 'treatment' is generic and nothing is about the recipient."),
    ("ek0081", "Hi Ms. Chen,\n\nUnfortunately your insurance denied the predetermination for the two crowns. Their reviewer said the X-rays don't show enough decay - less than 50% of the tooth structure is lost on either tooth. Dr. Mbeki disagrees and can file an appeal with her narrative and intraoral photos, or we can discuss large fillings instead. Let us know how you'd like to proceed.\n\nBest,\nHollis Dental Group billing team",
     "BLOCK", "billing", "email", "en",
     [("Chen", "NAME"), ("crowns", "PROCEDURE"), ("X-rays", "PROCEDURE"), ("decay", "CONDITION"), ("less than 50% of the tooth structure is lost", "RESULT"), ("Dr. Mbeki", "PROVIDER"), ("intraoral photos", "PROCEDURE"), ("fillings", "PROCEDURE"), ("Hollis Dental Group", "SPECIALTY")],
     ["dental"], "A billing e-mail whose content is the X-ray findings and the clinical dispute: a finding cannot be removed without losing the message."),
    ("ek0082", "Reminder: your appointment at Fairhaven Health Partners, 118 Mill Pond Rd, Suite 4, Fairhaven, MA 02719, is Thursday 7/9 at 11:30 AM. Free parking behind the building.",
     "ALLOW", "reminder", "sms", "en",
     [("118 Mill Pond Rd, Suite 4, Fairhaven, MA 02719", "ADDRESS"), ("7/9", "DATE")],
     ["general", "practice-contact"], "The practice's own address with a generic practice name."),
    ("ek0083", "Mrs. Greta Lindahl, age 94: your denture reline is scheduled for 6/15 at 10am. Please bring your current dentures in their case.",
     "REWRITE", "reminder", "sms", "en",
     [("Greta Lindahl", "NAME"), ("94", "AGE"), ("denture reline", "PROCEDURE"), ("6/15", "DATE"), ("dentures", "PROCEDURE")],
     ["dental", "age-over-89"], "Name, an age over 89 and the appliance go; date, time and 'bring it in its case' survive (decision 4)."),
    ("ek0084", "Estimada Sra. Reyes:\n\nRecibimos la respuesta de su aseguradora sobre la predeterminación a nombre de Alma Reyes Montiel, fecha de nacimiento 17/02/1988, póliza MX-7720419. Aprobaron la extracción del tercer molar y el injerto óseo, pero negaron el implante por considerarlo estético. El copago estimado es de $4,250.\n\nSi desea apelar, necesitamos una carta del Dr. Iturbe explicando la pérdida ósea. Llámenos al (210) 555-0195.\n\nAtentamente,\nCirugía Maxilofacial del Río",
     "BLOCK", "billing", "email", "es",
     [("Reyes", "NAME"), ("Alma Reyes Montiel", "NAME"), ("17/02/1988", "DATE"), ("MX-7720419", "HEALTH_PLAN_ID"), ("extracción del tercer molar", "PROCEDURE"), ("injerto óseo", "PROCEDURE"), ("implante", "PROCEDURE"), ("Dr. Iturbe", "PROVIDER"), ("pérdida ósea", "CONDITION"), ("(210) 555-0195", "PHONE"), ("Cirugía Maxilofacial del Río", "SPECIALTY")],
     ["dental", "dob", "identifier", "practice-contact"], "A full date of birth with the name (README: BLOCK), plus the plan number, procedures and a finding."),
)

# ---------------------------------------------------------------- batch 8 (ek0085-ek0096): disguises, long e-mails, implants, voice
add(
    ("ek0085", "ur r o o t c a n a l appt is tmrw 10am w/ Dr. Basu. reply Y to confirm",
     "REWRITE", "confirmation", "sms", "en",
     [("r o o t c a n a l", "PROCEDURE"), ("Dr. Basu", "PROVIDER")],
     ["dental", "spaced", "shorthand"], "Spaced letters hide the procedure; once it is removed the confirmation survives."),
    ("ek0086", "Your b\u200biopsy results are in: the white patch on your cheek is leuko\u200bplakia with mild dys\u200bplasia. Dr. Sato would like to remove it - please call (602) 555-0129.",
     "BLOCK", "result", "sms", "en",
     [("b\u200biopsy", "PROCEDURE"), ("white patch", "CONDITION"), ("leuko\u200bplakia", "CONDITION"), ("mild dys\u200bplasia", "RESULT"), ("Dr. Sato", "PROVIDER"), ("(602) 555-0129", "PHONE")],
     ["dental", "practice-contact"], "Zero-width spaces inside the clinical words; a biopsy finding is the message."),
    ("ek0087", "Your Invis\u0430lign trays are ready for pickup at Harborline Orth\u043edontics. Stop by Mon-Fri 9-5, no appointment needed.",
     "REWRITE", "pickup", "sms", "en",
     [("Invis\u0430lign trays", "PROCEDURE"), ("Harborline Orth\u043edontics", "SPECIALTY")],
     ["dental"], "Cyrillic look-alike letters in the appliance brand and the orthodontic practice name; pickup survives (decision 4)."),
    ("ek0088", "pls take ur 4m0xicillin 2g 1 hr b4 the 1mpl4nt surgery tmrw. nothing to eat after midnite!",
     "BLOCK", "care-instructions", "sms", "en",
     [("4m0xicillin 2g", "MEDICATION"), ("1mpl4nt", "PROCEDURE")],
     ["dental", "leet", "shorthand", "typo"], "Leet digits inside the drug and the procedure; dosing and fasting instructions (decision 9)."),
    ("ek0089", "Spring news from all of us\n\nWhat a year! Our team calls it a crowning achievement: we opened two new treatment rooms, switched to paperless check-in, and cut average wait times in half. Thank you for your patience during the remodel.\n\nA few reminders:\n- Brace yourself for pollen season - our lobby air purifiers are running full time.\n- The bridge closure downtown ends in May, so the old route is back.\n- Our new online booking lets you pick your own time, day or night.\n- Bring a canned good to any visit this month for the food drive.\n\nWe're also hiring a front-desk coordinator. Know someone great? Send them our way.\n\nSee you soon,\nYour care team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "A newsletter full of dental look-alikes (crowning, brace, bridge) with nothing about the recipient and no identifier; a month alone is not a date."),
    ("ek0090", "Dear Ms. Okafor,\n\nWelcome to Riverstone Dental Group! Your new-patient exam with full-mouth X-rays and a cleaning is on Monday, March 2 at 8:00 AM with Dr. Heller.\n\nTo save time, please complete your forms before you come: https://forms.riverstonedental.example/np?pt=55821&k=7Hq2\n\nWe're at 400 Canal St, Suite 2, Lowell, MA 01852 - parking is free in the lot behind the building. Please bring your insurance card and a photo ID. If you need to reschedule, call (978) 555-0161 at least 24 hours ahead.\n\nSee you soon,\nRiverstone Dental Group",
     "REWRITE", "reminder", "email", "en",
     [("Okafor", "NAME"), ("Riverstone Dental Group", "SPECIALTY"), ("full-mouth X-rays", "PROCEDURE"), ("cleaning", "PROCEDURE"), ("March 2", "DATE"), ("Dr. Heller", "PROVIDER"), ("https://forms.riverstonedental.example/np?pt=55821&k=7Hq2", "URL"), ("400 Canal St, Suite 2, Lowell, MA 01852", "ADDRESS"), ("(978) 555-0161", "PHONE"), ("Riverstone Dental Group", "SPECIALTY", 1)],
     ["dental", "practice-contact"], "Welcome e-mail: name, dental practice name, services and a forms link carrying a patient parameter go; date, provider, the office's own address and phone survive."),
    ("ek0091", "La Dra. Medina le informa que su cita del 12/08 se cambió al 19/08 a las 5 pm. Si no le acomoda, llámenos al (305) 555-0176.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Medina", "PROVIDER"), ("12/08", "DATE"), ("19/08", "DATE"), ("(305) 555-0176", "PHONE")],
     ["dental", "practice-contact"], "Reschedule notice with provider, day-first dates and the office phone."),
    ("ek0092", "Hi Kevin, your CBCT shows only 4 mm of bone height under the sinus, which isn't enough for the implant on its own. We'll need a sinus lift first - Dr. Moreau will go over the cost at your visit.",
     "BLOCK", "result", "sms", "en",
     [("Kevin", "NAME"), ("CBCT", "PROCEDURE"), ("4 mm", "RESULT"), ("implant", "PROCEDURE"), ("sinus lift", "PROCEDURE"), ("Dr. Moreau", "PROVIDER")],
     ["dental"], "A scan measurement and the treatment consequence are the message (decision 14)."),
    ("ek0093", "Our phones are down this morning. Please text this number or try calling again after 11. Sorry for the trouble!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Outage notice; '11' is a time."),
    ("ek0094", "Time to switch to aligner #9! Tap to log today's wear time and snap your progress photo.",
     "REWRITE", "reminder", "push", "en",
     [("aligner", "PROCEDURE")],
     ["dental"], "App nudge about the recipient's own appliance (decision 4); the tray number is not labelled. REWRITE: a generic 'tap to log today's update' survives; a step number is not a dose."),
    ("ek0095", "This message is for Lorraine Whitfield. Dr. Sato called in a prescription for clindamycin 300 mg to your pharmacy for the abscessed tooth. Take one capsule four times a day for seven days, with a full glass of water. If the swelling spreads to your eye or neck, go to the ER.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Lorraine Whitfield", "NAME"), ("Dr. Sato", "PROVIDER"), ("clindamycin 300 mg", "MEDICATION"), ("abscessed tooth", "CONDITION")],
     ["dental", "pharmacy"], "Drug, diagnosis and dosing on a voicemail: the clinical content is the message."),
    ("ek0096", "Your visit is confirmed for 2/24 at 9:30 AM with Dr. Vance. Need directions? https://maps.example.com/?q=Vance+Family+Care",
     "ALLOW", "confirmation", "sms", "en",
     [("2/24", "DATE"), ("Dr. Vance", "PROVIDER"), ("https://maps.example.com/?q=Vance+Family+Care", "URL")],
     ["general", "practice-contact"], "Decision 13: the query parameter encodes only the practice's own location, not the patient, so the link is the practice's own."),
)

# ---------------------------------------------------------------- batch 9 (ek0097-ek0108): Spanish aftercare and pickups, portal, logistics
add(
    ("ek0097", "Buenas tardes Sr. Cárdenas. Le recordamos: después de la extracción de la muela del juicio no fume, no use popote y tome ibuprofeno 600 mg cada 8 horas. Si sangra mucho, muerda una gasa 30 minutos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Cárdenas", "NAME"), ("extracción de la muela del juicio", "PROCEDURE"), ("ibuprofeno 600 mg", "MEDICATION")],
     ["dental"], "Post-extraction dosing and aftercare are treatment instructions."),
    ("ek0098", "Hola Yesenia! Tu guarda nocturna ya llegó del laboratorio 😊 Pasa a recogerla cuando gustes de lunes a viernes. - Sonrisa Plena Odontología",
     "REWRITE", "pickup", "sms", "es",
     [("Yesenia", "NAME"), ("guarda nocturna", "PROCEDURE"), ("Sonrisa Plena Odontología", "SPECIALTY")],
     ["dental"], "Pickup: name, appliance (decision 4) and the dental practice name (decision 1) go; 'ya llegó, pase a recogerla' survives."),
    ("ek0099", "Your appointment with Dr. Kaur is Friday, October 16 at 1:20 PM at 77 Brookside Ave, 2nd Floor, Ridgewood, NJ 07450. Call (201) 555-0135 with any questions.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Kaur", "PROVIDER"), ("October 16", "DATE"), ("77 Brookside Ave, 2nd Floor, Ridgewood, NJ 07450", "ADDRESS"), ("(201) 555-0135", "PHONE")],
     ["dental", "practice-contact"], "Provider, date and the practice's own address and phone."),
    ("ek0100", "Hola Martín:\n\nEsperamos que se sienta bien después de la colocación de sus dos implantes. Indicaciones para los próximos días:\n• Tome amoxicilina 875 mg cada 12 horas por 7 días y naproxeno 500 mg cada 12 horas si hay dolor.\n• Enjuáguese con clorhexidina dos veces al día a partir de mañana, sin hacer buches fuertes.\n• Dieta blanda y fría las primeras 48 horas; nada de semillas ni picante.\n• No use la prótesis removible hasta su cita de control.\n\nSi tiene fiebre o un sangrado que no para, llámenos al (915) 555-0148.\n\nDr. Castañeda\nImplantología Dental Paso del Norte",
     "BLOCK", "care-instructions", "email", "es",
     [("Martín", "NAME"), ("implantes", "PROCEDURE"), ("amoxicilina 875 mg", "MEDICATION"), ("naproxeno 500 mg", "MEDICATION"), ("clorhexidina", "MEDICATION"), ("prótesis removible", "PROCEDURE"), ("(915) 555-0148", "PHONE"), ("Dr. Castañeda", "PROVIDER"), ("Implantología Dental Paso del Norte", "SPECIALTY")],
     ["dental", "practice-contact", "negation"], "Post-implant dosing and aftercare: the clinical content is the message. The hypothetical warning signs (fever, bleeding) and 'dolor' as a condition for the dose are not labelled."),
    ("ek0101", "Your Brookside Health portal code is 482913. It expires in 10 minutes. We will never call you to ask for it.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README)."),
    ("ek0102", "Buenos días, le llamamos de Periodoncia Integral del Valle para confirmar la cita de Don Aurelio el jueves 10 de septiembre a las 10 de la mañana. Si necesita cambiarla, llame al (559) 555-0114. Gracias.",
     "REWRITE", "confirmation", "voice", "es",
     [("Periodoncia Integral del Valle", "SPECIALTY"), ("Aurelio", "NAME"), ("10 de septiembre", "DATE"), ("(559) 555-0114", "PHONE")],
     ["dental", "practice-contact"], "Voicemail: the periodontal practice name and the patient's name (without 'Don') go; date, time and call-back number stay."),
    ("ek0103", "Sra. Luna, en los rayos X de Iker se ve que los dientes permanentes vienen muy apiñados; la ortodoncista recomienda empezar con frenos este verano. ¿Le marcamos para platicarlo?",
     "BLOCK", "result", "sms", "es",
     [("Luna", "NAME"), ("rayos X", "PROCEDURE"), ("Iker", "NAME"), ("apiñados", "CONDITION"), ("ortodoncista", "SPECIALTY"), ("frenos", "PROCEDURE")],
     ["dental", "pediatrics", "minor", "third-party"], "A child's X-ray finding and recommended treatment sent to the mother: third party's health."),
    ("ek0104", "Parking lot repaving is this Saturday. Please use the street spots on the north side; the entrance by the pharmacy drive-thru stays open.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Facilities notice; 'pharmacy' is the neighbouring building, nothing about the recipient."),
    ("ek0105", "Recordatorio de Endodoncia Especializada del Norte: su cita para tratamiento de conducto es mañana a las 9:00. Por favor traiga su identificación y su tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("Endodoncia Especializada del Norte", "SPECIALTY"), ("tratamiento de conducto", "PROCEDURE")],
     ["dental"], "The endodontic practice name and the root-canal treatment go; 'mañana a las 9:00' survives."),
    ("ek0106", "Hi, this is Crystal at the front desk. We moved you to Thursday, April 2 at 4:30 PM as you asked. Any changes, just text back or call (713) 555-0188.",
     "ALLOW", "reminder", "sms", "en",
     [("Crystal", "PROVIDER"), ("April 2", "DATE"), ("(713) 555-0188", "PHONE")],
     ["dental", "practice-contact"], "Staff named as the sender is workforce (README: PROVIDER); date, time and office phone."),
    ("ek0107", "Your X-ray report is available: the bitewings from 5/20 show no new decay. Dr. Pham noted a small chip on an old filling that we'll keep an eye on at your next visit.",
     "ALLOW", "result", "portal", "en",
     [("X-ray", "PROCEDURE"), ("bitewings", "PROCEDURE"), ("5/20", "DATE"), ("no new decay", "RESULT"), ("Dr. Pham", "PROVIDER"), ("chip", "CONDITION"), ("filling", "PROCEDURE")],
     ["dental", "negation"], "Inside the secure portal a result may stay (README); a negative finding is still labelled RESULT like 'no polyps'."),
    ("ek0108", "hola! tu cita d blanqueamiento es el sab 14/11 a las 10. porfa trae tus guardas. saludos!!",
     "REWRITE", "reminder", "sms", "es",
     [("blanqueamiento", "PROCEDURE"), ("14/11", "DATE"), ("guardas", "PROCEDURE")],
     ["dental", "shorthand", "typo"], "Whitening is a procedure and the trays an appliance (decision 4); date and time survive. Bringing the trays is logistics, not a treatment instruction."),
)

# ---------------------------------------------------------------- batch 10 (ek0109-ek0120): sedation, sleep appliances, TMJ, long plans, templates
add(
    ("ek0109", "We're hiring! We're looking for a friendly front-desk coordinator and a sterilization technician, full or part time. Know someone great? Have them stop by with a resume.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Job posting sent to everyone; no clinical word about the recipient."),
    ("ek0110", "Reminder: take your triazolam 0.25 mg one hour before your sedation appointment tomorrow, and have your driver with you at check-in. Do not drive yourself.",
     "BLOCK", "care-instructions", "push", "en",
     [("triazolam 0.25 mg", "MEDICATION"), ("sedation", "PROCEDURE")],
     ["dental"], "Oral-sedation dosing and a driver rule: treatment instructions (decision 9); push is treated like SMS."),
    ("ek0111", "Crystal Bright, your hygienist, is running about 15 min behind. Your 2:00 cleaning should start around 2:15 - sorry for the wait!",
     "REWRITE", "reminder", "sms", "en",
     [("Crystal Bright", "PROVIDER"), ("hygienist", "SPECIALTY"), ("cleaning", "PROCEDURE")],
     ["dental"], "Decision 2: 'hygienist' reveals dental care like a specialty role word; the cleaning goes too; the delay notice with the staff name survives."),
    ("ek0112", "El Dr. Castellano va con unos 20 minutos de retraso hoy. Puede esperarlo en la sala o responder R para cambiar su cita.",
     "ALLOW", "other", "sms", "es",
     [("Dr. Castellano", "PROVIDER")],
     ["dental"], "Delay notice naming only the provider."),
    ("ek0113", "Your sleep study shows moderate sleep apnea (AHI 22). Dr. Brandt can fit you for an oral appliance instead of CPAP - call us to book your impressions.",
     "BLOCK", "result", "sms", "en",
     [("sleep study", "PROCEDURE"), ("moderate", "RESULT"), ("sleep apnea", "CONDITION"), ("AHI", "PROCEDURE"), ("22", "RESULT"), ("Dr. Brandt", "PROVIDER"), ("oral appliance", "PROCEDURE"), ("CPAP", "PROCEDURE"), ("impressions", "PROCEDURE")],
     ["dental"], "A study result with a score and diagnosis: results are the message. The AHI is a measure (PROCEDURE) and 22 its value, like T-score; severity is a RESULT."),
    ("ek0114", "Hi Pete,\n\nYour custom night guard for grinding is ready! Swing by Northshore Family Dentistry any time Mon-Thu 8-5 and we'll check the fit - it only takes 10 minutes.\n\nThanks,\nJess at the front desk",
     "REWRITE", "pickup", "email", "en",
     [("Pete", "NAME"), ("night guard", "PROCEDURE"), ("grinding", "CONDITION"), ("Northshore Family Dentistry", "SPECIALTY"), ("Jess", "PROVIDER")],
     ["dental"], "Decision 11: the condition is only the reason for the appliance in a pickup notice (a visit label), so REWRITE; 'ready, swing by' survives."),
    ("ek0115", "Appointment Confirmation\n\nThank you for confirming! Here are your details:\n\nProvider: Dr. Esperanza Lowe\nDate: Tuesday, May 19\nTime: 10:20 AM (please arrive 10 minutes early)\nLocation: Willow Creek Health Partners, 5600 Prairie Rd, Suite 120, Lincoln, NE 68506\n\nNeed to make a change? Call (402) 555-0153 or visit https://www.willowcreekhp.example/appointments at least 24 hours before your visit. Late cancellations may be charged a $40 fee.\n\nDirections and parking: https://www.willowcreekhp.example/directions\n\nThis is an automated message. Please do not reply.",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Esperanza Lowe", "PROVIDER"), ("May 19", "DATE"), ("5600 Prairie Rd, Suite 120, Lincoln, NE 68506", "ADDRESS"), ("(402) 555-0153", "PHONE"), ("https://www.willowcreekhp.example/appointments", "URL"), ("https://www.willowcreekhp.example/directions", "URL")],
     ["general", "practice-contact"], "Vendor confirmation e-mail with a generic practice name, provider, date and only the practice's own contact details."),
    ("ek0116", "Dear Mr. Abernethy,\n\nThank you for coming in for your implant consultation. As discussed, the CBCT confirmed a vertical root fracture on tooth #30 and bone loss around #31, so both teeth are non-restorable. Dr. Solberg's recommended plan:\n\n1. Extract #30 and #31 with socket grafting (D7210 x2, D7953 x2)\n2. Two implants after 4 months of healing (D6010 x2)\n3. Implant crowns (D6065 x2)\n\nTotal fee: $11,840. Estimated insurance (member ID QLM-558203-01): $3,000. Your estimated portion: $8,840. Financing is available.\n\nPlease sign the plan in your portal so we can request a predetermination.\n\nKind regards,\nTreatment Coordinator, Lakeview Oral Surgery & Implant Center",
     "BLOCK", "billing", "email", "en",
     [("Abernethy", "NAME"), ("implant", "PROCEDURE"), ("CBCT", "PROCEDURE"), ("vertical root fracture", "CONDITION"), ("bone loss", "CONDITION"), ("non-restorable", "RESULT"), ("Dr. Solberg", "PROVIDER"), ("Extract", "PROCEDURE"), ("socket grafting", "PROCEDURE"), ("D7210", "PROCEDURE"), ("D7953", "PROCEDURE"), ("implants", "PROCEDURE"), ("D6010", "PROCEDURE"), ("Implant crowns", "PROCEDURE"), ("D6065", "PROCEDURE"), ("QLM-558203-01", "HEALTH_PLAN_ID"), ("Lakeview Oral Surgery & Implant Center", "SPECIALTY")],
     ["dental", "identifier"], "A treatment plan built on scan findings (fracture, bone loss, non-restorable): findings are the message. Decisions 6 and 7: tooth numbers unlabelled, CDT codes PROCEDURE."),
    ("ek0117", "Your TMJ consult with Dr. Brandt is Fri 1/29 at 8:30 AM. Please bring any splints or night guards you currently use.",
     "REWRITE", "reminder", "sms", "en",
     [("TMJ", "CONDITION"), ("Dr. Brandt", "PROVIDER"), ("1/29", "DATE"), ("splints", "PROCEDURE"), ("night guards", "PROCEDURE")],
     ["dental"], "Decision 11: a condition used as a visit label ('TMJ consult', like 'asthma check') is REWRITE; appliances to bring are logistics."),
    ("ek0118", "New in the app: book, reschedule or cancel appointments in two taps. Update now to try it!",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "App feature announcement to everyone."),
    ("ek0119", "We noticed a dark shadow under an old filling on your bitewing X-rays - most likely recurrent decay. Dr. Pham recommends replacing it with a crown before it reaches the nerve.",
     "BLOCK", "result", "sms", "en",
     [("dark shadow", "RESULT"), ("filling", "PROCEDURE"), ("bitewing X-rays", "PROCEDURE"), ("recurrent decay", "CONDITION"), ("Dr. Pham", "PROVIDER"), ("crown", "PROCEDURE")],
     ["dental"], "An X-ray finding, a probable diagnosis and a treatment recommendation are the message."),
    ("ek0120", "REMINDER: Ur CROWN PREP w/ Dr. Okafor, DMD is Mon 3/16 @ 7:30a. Reply C to confirm or call the office to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("CROWN PREP", "PROCEDURE"), ("Dr. Okafor", "PROVIDER"), ("DMD", "SPECIALTY"), ("3/16", "DATE")],
     ["dental", "shorthand"], "Upper-case procedure and a dental credential (decision 3) go; provider, date and time survive."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "ek", "probe138.jsonl")
