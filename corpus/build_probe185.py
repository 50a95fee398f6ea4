#!/usr/bin/env python3
"""Build corpus/probe185.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe185.py [OUT] [-v]   (default: probe185.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and the docstring and
first batch of corpus/build_probe7.py only; the engine was not run, no Java was run and no other
corpus's messages were read).
This set's theme is HOME INFUSION, SPECIALTY PHARMACY AND BIOLOGICS: home-infusion nurse visits
and visit windows, IVIG at home and in ambulatory infusion centers, TPN deliveries, rates and
labs, PICC care, dressing changes, cultures and removal, specialty-drug shipments with cold packs
and coolers, copay cards and statements, manufacturer support hubs and prior authorization, REMS
programs (clozapine ANC, iPLEDGE, a central-pharmacy drug), with the look-alikes an "infusion" of
cash and hibiscus infusions, the BioLogic Science Fair, a cold-pack lunch box sale and a Cold Pack
5K, Spoke & Hub Bike Co. and Hub Way, a courier (company) named Ivy Gee, TPN Logistics, Remsen
St, Port Street and Line Ave; plain broadcasts that say nothing about the recipient. 120
messages: 48 ALLOW, 36 REWRITE, 36 BLOCK; 18 in Spanish (15%); sms, email, push, voice and 4 on
the portal; 4 disguised messages (leet, spaced, zero-width, Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - "infusion" is PROCEDURE (DESIGN's example); "home infusion" written in prose is one PROCEDURE
    span (the therapy delivered at home); inside a business name it is part of a SPECIALTY name
    (`Crestline Home Infusion`, `Lakeside Infusion Center`, `Crestline Specialty Pharmacy`,
    `Farmacia Especializada Crestline`); the bare phrase "specialty pharmacy" is SPECIALTY too.
  - a bare brand word without the service word ("from Crestline", "at Lakeside", "Summit") is not
    labelled: it names the business, not the service line.
  - IVIG / inmunoglobulina, TPN / nutrición parenteral, lipids / lipid emulsion, saline and KCl
    are MEDICATION (products dispensed like drugs); a route word written before a drug class
    goes with it (`IV antibiotics`); a form word after a brand goes with it (`Gamunex-C 10 g
    vials`, `Enbrel SureClick`, `Humira Pen 40 mg`).
  - PICC, catheter, infusion and nutrition pumps, the IV pole are devices -> PROCEDURE; named
    line care is one PROCEDURE span (`PICC dressing change`, `line flush`, `cambio de apósito`).
  - REMS and iPLEDGE are programs -> PROCEDURE (they reveal a high-risk drug); ANC, IgG trough,
    CRP, platelets, temp are measures -> PROCEDURE, their values RESULT.
  - a manufacturer hub or support program named after a drug: only the drug name is labelled
    (MEDICATION); the hub's own 800 number is the sender's contact (practice-contact).
  - cold-chain handling words (cold packs, ice packs, coolers, "refrigerate on arrival",
    "do not freeze", signature required) are not labelled and are not dosing instructions: a
    delivery notice that names no drug is ALLOW, one that names the drug is REWRITE; telling the
    patient not to inject, to move a dose or how to dose is BLOCK.
  - copay-card IDs and pharmacy order numbers are OTHER_ID; statement account numbers are ACCOUNT;
    a carrier tracking number is not labelled (it identifies a parcel, like a confirmation code).
  - an ICD-10 diagnosis code is CONDITION (`D80.1`).
  - couriers and drivers of the sending pharmacy, hub case managers and nurses named as senders
    are workforce -> PROVIDER (`Ivy Gee` the driver); a courier *company* named Ivy Gee is a
    business name and is not labelled.
  - a "nurse visit" with no therapy word is generic (README lists `nurse` as generic) -> ALLOW.
  - signs such as red, warm, swollen, hinchado, clotted are CONDITION (symptoms); "clear",
    "in good position", "normal", "negative" are RESULT (a normal result is still a result).
  - "urgent care" named as where to go is SPECIALTY (DESIGN lists urgent care).
  - spoken phone numbers and dates in voice scripts are labelled PHONE and DATE.
  - service tags: home infusion -> home-health; specialty pharmacy, ambulatory infusion centers,
    hubs, copay cards and REMS -> pharmacy (plus behavioral-health, dermatology, reproductive,
    pediatrics, imaging or lab where the message reveals that too).
  - purposes: shipment and delivery notices -> pickup; scheduling a delivery or visit that the
    patient confirms -> confirmation; "new message" pushes -> portal-notice; surveys, hubs and
    prior-authorization news -> other.

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


# ---------------------------------------------------------------- batch 1 (gf0001-gf0012): home-infusion nurse visits
add(
    ("gf0001", "Summit Care Partners: your nurse visit is confirmed for Tue 3/10 between 9 and 11 AM with Kelly Tran, RN. Questions? Call (612) 555-0141.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/10", "DATE"), ("Kelly Tran, RN", "PROVIDER"), ("(612) 555-0141", "PHONE")],
     ["home-health", "practice-contact"], "Generic agency name, a nurse visit with no therapy word (README: 'nurse' is generic), provider, date, time and the agency's own phone. Judgement: a nurse visit is not a revealing visit type by itself."),
    ("gf0002", "Hi Marcus, your home infusion nurse will arrive tomorrow between 8-10am to start your IV antibiotics. Please have the supply box in a clean, dry spot.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("home infusion", "PROCEDURE"), ("IV antibiotics", "MEDICATION")],
     ["home-health"], "Name, the therapy and the drug class go; 'your nurse will arrive tomorrow between 8-10am' survives. Judgement: the route word 'IV' goes into the MEDICATION span."),
    ("gf0003", "Crestline Home Infusion: reminder - Donna Reyes, RN visits Thursday 2/19 at 1 PM for your dressing change and lab draw. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Crestline Home Infusion", "SPECIALTY"), ("Donna Reyes, RN", "PROVIDER"), ("2/19", "DATE"), ("dressing change", "PROCEDURE")],
     ["home-health"], "Home-infusion agency name and the visit type reveal the service; nurse, date and time survive ('lab draw' is generic)."),
    ("gf0004", "Your infusion nurse Sam is running about 30 min behind today. Sorry for the wait! - Summit Care Partners",
     "REWRITE", "other", "push", "en",
     [("infusion", "PROCEDURE"), ("nurse Sam", "PROVIDER")],
     ["home-health"], "Lock-screen push: 'infusion' reveals the therapy; 'Your nurse Sam is running about 30 min behind' survives."),
    ("gf0005", "Nurse visit rescheduled: now Fri 3/13, 2-4 PM. Your nurse will text when on the way. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("3/13", "DATE")],
     ["home-health"], "Date and window of a generic nurse visit; no therapy, drug or name."),
    ("gf0006", "Hola Sra. Beltrán, la enfermera de infusión la visitará el lunes 9 de marzo entre 10 y 12 para su tratamiento de IVIG. Llame al (612) 555-0143 si necesita cambiar.",
     "REWRITE", "reminder", "sms", "es",
     [("Beltrán", "NAME"), ("infusión", "PROCEDURE"), ("9 de marzo", "DATE"), ("IVIG", "MEDICATION"), ("(612) 555-0143", "PHONE")],
     ["home-health", "practice-contact"], "Name, infusion and IVIG go; the visit date, window and the agency's phone survive."),
    ("gf0007", "Hi Gloria, this is Pat, your infusion RN. Your potassium came back 3.1 so the pharmacy is adding 20 mEq KCl to tonight's TPN bag. Keep the pump running the full 12 hrs.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gloria", "NAME"), ("Pat", "PROVIDER"), ("infusion", "PROCEDURE"), ("potassium", "PROCEDURE"), ("3.1", "RESULT"), ("KCl", "MEDICATION"), ("TPN", "MEDICATION")],
     ["home-health"], "A lab value and a change to the nutrition formula with dosing: the clinical content is the message; send a portal notice."),
    ("gf0008", "Hi Walt, tonight hang the new bag of ertapenem 1 g at 8 PM and run it over 30 min on the pump. Your nurse comes tomorrow at 9 to check the line.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Walt", "NAME"), ("ertapenem 1 g", "MEDICATION")],
     ["home-health"], "Dosing and administration instructions for an IV antibiotic: removing the drug leaves nothing safe to send."),
    ("gf0009", "This is Summit Care Partners calling for Walter Briggs about the home infusion visit on March twelfth. Please call us back at six one two, five five five, zero one four one. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Walter Briggs", "NAME"), ("home infusion", "PROCEDURE"), ("March twelfth", "DATE"), ("six one two, five five five, zero one four one", "PHONE")],
     ["home-health", "practice-contact"], "Voicemail may be overheard: the full name and the therapy go; date and the agency's spoken call-back number survive. Judgement: spoken phone and date are labelled."),
    ("gf0010", "Subject: Your upcoming visit\n\nHello,\n\nThis is a reminder that your nurse visit with Donna Reyes, RN is scheduled for Monday, 3/16 between 1 and 3 PM. To reschedule, reply to this e-mail or call 612-555-0144.\n\nSummit Care Partners\n400 Lake Ave, Suite 12, Edina, MN 55435",
     "ALLOW", "reminder", "email", "en",
     [("Donna Reyes, RN", "PROVIDER"), ("3/16", "DATE"), ("612-555-0144", "PHONE"), ("400 Lake Ave, Suite 12, Edina, MN 55435", "ADDRESS")],
     ["home-health", "practice-contact"], "Generic agency, nurse, date and the agency's own phone and address in the signature block."),
    ("gf0011", "Hi Linda, this is Donna from Summit. Jerome's PICC site is red and warm this morning and his temp is 100.8. Dr. Osei wants a blood culture and is holding the vanc tonight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Linda", "NAME"), ("Donna", "PROVIDER"), ("Jerome", "NAME"), ("PICC", "PROCEDURE"), ("red and warm", "CONDITION"), ("temp", "PROCEDURE"), ("100.8", "RESULT"), ("Dr. Osei", "PROVIDER"), ("blood culture", "PROCEDURE"), ("vanc", "MEDICATION")],
     ["home-health", "third-party", "shorthand"], "A relative's findings, temperature and a held antibiotic sent to a family member: third-party health information, BLOCK. Judgement: signs (red, warm) are CONDITION like symptoms."),
    ("gf0012", "Gracias por elegir Summit Care Partners. ¿Cómo fue su última visita? Responda del 1 al 5 a esta encuesta de 2 minutos.",
     "ALLOW", "other", "sms", "es", [],
     ["home-health", "hard-negative"], "Survey from a generic agency name; nothing about the care."),
)

# ---------------------------------------------------------------- batch 2 (gf0013-gf0022): IVIG at home and in infusion centers
add(
    ("gf0013", "Reminder: your IVIG infusion at Lakeside Infusion Center is Wed 4/8 at 8:00 AM. Plan for about 4 hours and bring a snack!",
     "REWRITE", "reminder", "sms", "en",
     [("IVIG", "MEDICATION"), ("infusion", "PROCEDURE"), ("Lakeside Infusion Center", "SPECIALTY"), ("4/8", "DATE")],
     ["pharmacy"], "Drug, therapy and the infusion-center name go; 'your appointment is Wed 4/8 at 8:00 AM' survives."),
    ("gf0014", "Hi Anita - before your IVIG tomorrow take Tylenol 650 mg and Benadryl 25 mg 30 min ahead, and drink 2 extra glasses of water tonight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Anita", "NAME"), ("IVIG", "MEDICATION"), ("Tylenol 650 mg", "MEDICATION"), ("Benadryl 25 mg", "MEDICATION")],
     ["pharmacy"], "Pre-medication dosing instructions: the clinical content is the message."),
    ("gf0015", "Alder Pharmacy: starting next month, Saturday deliveries will be made by Ivy Gee Courier Co. Same great service, same hours.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Broadcast about a courier company; 'Ivy Gee' is a business name that sounds like IVIG, not a drug or a person to protect."),
    ("gf0016", "Your Alder Pharmacy driver today is Ivy Gee (white van with our logo). She will ring the bell and wait 5 minutes. Reply HELP for help.",
     "ALLOW", "pickup", "sms", "en",
     [("Ivy Gee", "PROVIDER")],
     ["pharmacy"], "Generic pharmacy, no drug named; the driver is workforce. Judgement: a named courier of the sending pharmacy is labelled PROVIDER like a staff sender."),
    ("gf0017", "Mr. Haddad, your IgG trough was 520 before today's dose, so Dr. Lin is raising your IVIG to 0.6 g/kg every 4 weeks. - Lakeside Infusion",
     "BLOCK", "result", "sms", "en",
     [("Haddad", "NAME"), ("IgG trough", "PROCEDURE"), ("520", "RESULT"), ("Dr. Lin", "PROVIDER"), ("IVIG", "MEDICATION"), ("Lakeside Infusion", "SPECIALTY")],
     ["pharmacy"], "A drug level and a dose change: result plus dosing, BLOCK."),
    ("gf0018", "Sra. Ortega: su nivel de IgG salio bajo (480). La Dra. Paz quiere adelantar su infusion de inmunoglobulina al 2 de abril.",
     "BLOCK", "result", "sms", "es",
     [("Ortega", "NAME"), ("IgG", "PROCEDURE"), ("bajo", "RESULT"), ("480", "RESULT"), ("Dra. Paz", "PROVIDER"), ("infusion", "PROCEDURE"), ("inmunoglobulina", "MEDICATION"), ("2 de abril", "DATE")],
     ["pharmacy"], "A low lab value and the treatment decision it drives (Spanish without accents): BLOCK."),
    ("gf0019", "Subject: IVIG shipment for Ruth Kaplan\n\nYour Gamunex-C 10 g vials ship today by overnight courier with cold packs. Please refrigerate on arrival.\n\nQuestions? Call Crestline Specialty Pharmacy at (612) 555-0150.",
     "REWRITE", "pickup", "email", "en",
     [("IVIG", "MEDICATION"), ("Ruth Kaplan", "NAME"), ("Gamunex-C 10 g vials", "MEDICATION"), ("Crestline Specialty Pharmacy", "SPECIALTY"), ("(612) 555-0150", "PHONE")],
     ["pharmacy", "practice-contact"], "Name, drug and specialty-pharmacy name go; 'your order ships today with cold packs, refrigerate on arrival' survives. Judgement: storage instructions are not dosing."),
    ("gf0020", "Your order from Alder Pharmacy has shipped and will arrive Tue 4/7 by 5 PM. It contains cold packs - please bring it inside promptly. Tracking no. 1Z999AA10123456784. Track it: alderrx.example.com/track",
     "ALLOW", "pickup", "sms", "en",
     [("4/7", "DATE"), ("alderrx.example.com/track", "URL")],
     ["pharmacy", "practice-contact"], "Generic pharmacy, no drug; cold packs are handling, not a clinical word. Judgement: a carrier tracking number identifies a parcel, not a person, and is not labelled; the tracking page is the pharmacy's own link without a token."),
    ("gf0021", "IVIG dose due Thursday - tap to confirm your delivery window.",
     "REWRITE", "reminder", "push", "en",
     [("IVIG", "MEDICATION")],
     ["pharmacy"], "The drug name on a lock screen goes; 'Delivery due Thursday - tap to confirm your window' survives."),
    ("gf0022", "Hi Tom, it's Renee at Lakeside. Your mom had a reaction during her IVIG today (chills and low blood pressure), so we stopped the infusion early. She is fine now but please stay with her tonight.",
     "BLOCK", "other", "sms", "en",
     [("Tom", "NAME"), ("Renee", "PROVIDER"), ("reaction", "CONDITION"), ("IVIG", "MEDICATION"), ("chills", "CONDITION"), ("low blood pressure", "CONDITION"), ("infusion", "PROCEDURE")],
     ["pharmacy", "third-party"], "A parent's adverse reaction told to her son: third-party health information, BLOCK. 'Lakeside' alone is a bare brand (not labelled)."),
)

# ---------------------------------------------------------------- batch 3 (gf0023-gf0031): TPN
add(
    ("gf0023", "Hi Keisha, your TPN delivery is Friday 5/1. Dr. Brandt cut your lipids to 3 nights a week, so you'll get 3 bags of lipids instead of 7.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Keisha", "NAME"), ("TPN", "MEDICATION"), ("5/1", "DATE"), ("Dr. Brandt", "PROVIDER"), ("lipids", "MEDICATION", 0), ("lipids", "MEDICATION", 1)],
     ["home-health", "pharmacy"], "A change in the nutrition regimen (dose and frequency) is treatment content; removing it leaves only the delivery day, but the message's point is the change."),
    ("gf0024", "TPN update from Pharmacist Alvarez: starting tonight run at 85 mL/hr over 12 hours, and taper the last hour to 40 mL/hr.",
     "BLOCK", "care-instructions", "sms", "en",
     [("TPN", "MEDICATION"), ("Pharmacist Alvarez", "PROVIDER")],
     ["home-health", "pharmacy"], "Infusion rate instructions: dosing is the message."),
    ("gf0025", "Your weekly labs from Monday: triglycerides 410 (H), glucose 188. Dr. Brandt will adjust the lipids in your bag.",
     "BLOCK", "result", "sms", "en",
     [("triglycerides", "PROCEDURE"), ("410", "RESULT"), ("410 ([[H]])", "RESULT"), ("glucose", "PROCEDURE"), ("188", "RESULT"), ("Dr. Brandt", "PROVIDER"), ("lipids", "MEDICATION")],
     ["home-health", "contrast"], "Lab values with a flag and a formula change by SMS: BLOCK (compare gf0026 on the portal)."),
    ("gf0026", "Weekly labs (drawn 4/20): triglycerides 410 (H), glucose 188. Dr. Brandt will reduce the lipid emulsion starting with the 4/24 bag. Reply here with any questions.",
     "ALLOW", "result", "portal", "en",
     [("4/20", "DATE"), ("triglycerides", "PROCEDURE"), ("410", "RESULT"), ("410 ([[H]])", "RESULT"), ("glucose", "PROCEDURE"), ("188", "RESULT"), ("Dr. Brandt", "PROVIDER"), ("lipid emulsion", "MEDICATION"), ("4/24", "DATE")],
     ["home-health", "contrast"], "Inside the secure portal results and plan changes may stay (README channel convention)."),
    ("gf0027", "Hola Don Rubén, su entrega de nutricion parenteral llega el jueves 7 de mayo. Guarde las bolsas en el refri al llegar.",
     "REWRITE", "pickup", "sms", "es",
     [("Rubén", "NAME"), ("nutricion parenteral", "MEDICATION"), ("7 de mayo", "DATE")],
     ["home-health", "pharmacy"], "Name and the product go; 'su entrega llega el jueves 7 de mayo, guarde en el refri' survives (storage is not dosing)."),
    ("gf0028", "Reminder: please keep a clear path to your door for deliveries. Icy steps slow our drivers down. Thank you! - Alder Pharmacy",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Winter broadcast to every delivery customer; says nothing about anyone's care."),
    ("gf0029", "Hello, this message is for Lena Park. Your nutrition pump is due for its yearly safety check. A technician can swap it on April fourteenth. Please call 612-555-0152 to pick a time.",
     "REWRITE", "reminder", "voice", "en",
     [("Lena Park", "NAME"), ("nutrition pump", "PROCEDURE"), ("April fourteenth", "DATE"), ("612-555-0152", "PHONE")],
     ["home-health", "practice-contact"], "Full name and the device (which reveals home nutrition) go; 'your equipment is due for its yearly check on April fourteenth' survives."),
    ("gf0030", "Hi Grace, update on your mom: her TPN line clotted again overnight. We used alteplase and it's flowing now, but Dr. Brandt wants to replace the PICC if it happens again.",
     "BLOCK", "other", "sms", "en",
     [("Grace", "NAME"), ("TPN", "MEDICATION"), ("clotted", "CONDITION"), ("alteplase", "MEDICATION"), ("Dr. Brandt", "PROVIDER"), ("PICC", "PROCEDURE")],
     ["home-health", "third-party"], "A mother's complication and treatment told to her daughter: third-party health information, BLOCK."),
    ("gf0031", "Subject: Statement ready\n\nDear Mr. Feld,\n\nYour statement for home TPN services (3/1 to 3/31) is ready. Account 88-204417. Balance due: $140.00.\n\nPay online at pay.summitcare.example.com or call 612-555-0141.",
     "REWRITE", "billing", "email", "en",
     [("Feld", "NAME"), ("TPN", "MEDICATION"), ("3/1", "DATE"), ("3/31", "DATE"), ("88-204417", "ACCOUNT"), ("pay.summitcare.example.com", "URL"), ("612-555-0141", "PHONE")],
     ["home-health", "pharmacy", "practice-contact"], "Name, the therapy and the account number go; 'your statement is ready, balance $140.00, pay online' survives with the agency's own link and phone. Service dates are kept as dates of care (DATE)."),
)

# ---------------------------------------------------------------- batch 4 (gf0032-gf0041): PICC care
add(
    ("gf0032", "PICC care reminder: flush with 10 mL saline before and after each dose and change the cap every 7 days. Call us right away if your arm swells.",
     "BLOCK", "care-instructions", "sms", "en",
     [("PICC", "PROCEDURE"), ("saline", "MEDICATION"), ("swells", "CONDITION")],
     ["home-health", "negation"], "Line-care instructions with volumes and schedule: treatment instructions are the message. The symptom is hypothetical but still labelled."),
    ("gf0033", "Hi Omar, your PICC dressing change is tomorrow at 10 AM in the nurse room at Maple Street Clinic.",
     "REWRITE", "reminder", "sms", "en",
     [("Omar", "NAME"), ("PICC dressing change", "PROCEDURE")],
     ["home-health", "primary-care", "contrast"], "Name and the named line care go; 'your appointment is tomorrow at 10 AM at Maple Street Clinic' survives. Judgement: named line care is one PROCEDURE span."),
    ("gf0034", "Reminder: nurse appointment tomorrow at 10 AM at Maple Street Clinic, Room 4. Please arrive 10 min early.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "hard-negative", "contrast"], "The same reminder as gf0033 with nothing revealing: generic practice, generic 'nurse appointment', a room number."),
    ("gf0035", "Good news - your chest x-ray shows the PICC tip is in good position, so it's OK to start your infusions tonight.",
     "BLOCK", "result", "sms", "en",
     [("chest x-ray", "PROCEDURE"), ("PICC", "PROCEDURE"), ("in good position", "RESULT"), ("infusions", "PROCEDURE")],
     ["home-health", "imaging"], "An imaging finding (even a reassuring one) and a go-ahead for treatment: results are BLOCK."),
    ("gf0036", "Time for your weekly PICC line check! Tap to book a nurse visit.",
     "REWRITE", "reminder", "push", "en",
     [("PICC line", "PROCEDURE")],
     ["home-health"], "The device goes; 'Time to book your weekly nurse visit' survives."),
    ("gf0037", "Sr. Molina, si el brazo del catéter PICC se pone hinchado o rojo, no use la línea y llame al 911. Recuerde lavar la línea con 10 ml de solución salina.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Molina", "NAME"), ("catéter PICC", "PROCEDURE"), ("hinchado", "CONDITION"), ("rojo", "CONDITION"), ("solución salina", "MEDICATION")],
     ["home-health", "negation"], "Warning signs and flushing instructions with a volume: care instructions are the message (911 is not a phone identifier)."),
    ("gf0038", "Our phone line will be down Sunday 2-4 AM for maintenance. Please use the portal to message us during that time.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Maintenance broadcast; 'line' and 'port(al)' are ordinary words here."),
    ("gf0039", "Hi, this is Donna from Crestline. Your wound culture is clear, so Dr. Osei is stopping the antibiotics after the 5/21 dose and we'll pull the PICC on 5/22 at 11 AM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Donna", "PROVIDER"), ("wound culture", "PROCEDURE"), ("clear", "RESULT"), ("Dr. Osei", "PROVIDER"), ("antibiotics", "MEDICATION"), ("5/21", "DATE"), ("PICC", "PROCEDURE"), ("5/22", "DATE")],
     ["home-health"], "A culture result and the end of treatment it decides: a negative result is still a result, BLOCK."),
    ("gf0040", "Subject: Supply order received\n\nThanks - we received your supply order and it will ship within 2 business days. Questions? E-mail supplies@summitcare.example.com or call 612-555-0141, Mon-Fri 8-5.\n\nSummit Care Partners",
     "ALLOW", "confirmation", "email", "en",
     [("supplies@summitcare.example.com", "EMAIL"), ("612-555-0141", "PHONE")],
     ["home-health", "practice-contact"], "Order receipt naming no supplies or therapy; the agency's own e-mail and phone."),
    ("gf0041", "Tasha - PICC cx grew staph. Dr. Osei starting cefazolin 2 g IV q8h thru the line tonight, 1st dose at 10p.",
     "BLOCK", "result", "sms", "en",
     [("Tasha", "NAME"), ("PICC", "PROCEDURE"), ("cx", "PROCEDURE"), ("staph", "RESULT"), ("Dr. Osei", "PROVIDER"), ("cefazolin 2 g", "MEDICATION")],
     ["home-health", "shorthand"], "A positive culture (shorthand 'cx') and a new antibiotic with dosing: BLOCK."),
)

# ---------------------------------------------------------------- batch 5 (gf0042-gf0055): specialty shipments, cold packs
add(
    ("gf0042", "Crestline Specialty Pharmacy: your Humira Pen 40 mg shipment is scheduled for Tue 6/2. Reply Y to confirm or call (612) 555-0150.",
     "REWRITE", "confirmation", "sms", "en",
     [("Crestline Specialty Pharmacy", "SPECIALTY"), ("Humira Pen 40 mg", "MEDICATION"), ("6/2", "DATE"), ("(612) 555-0150", "PHONE")],
     ["pharmacy", "practice-contact"], "Specialty-pharmacy name and the drug go; 'your shipment is scheduled for Tue 6/2, reply Y' survives."),
    ("gf0043", "Alder Pharmacy: your refill is ready to ship. Reply Y to schedule delivery for tomorrow, or call 612-555-0160.",
     "ALLOW", "pickup", "sms", "en",
     [("612-555-0160", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic pharmacy, 'refill' is generic, no drug named."),
    ("gf0044", "Your refrigerated package (Enbrel SureClick x4) is out for delivery today. Store it in the fridge at 36-46°F and do not freeze.",
     "REWRITE", "pickup", "sms", "en",
     [("Enbrel SureClick", "MEDICATION")],
     ["pharmacy"], "The drug goes; the delivery and storage instructions survive. Judgement: storage temperatures are handling, not dosing."),
    ("gf0045", "Su paquete sale hoy a reparto. Contiene bolsas de hielo, por favor métalo a la casa en menos de 2 horas. Responda AYUDA para ayuda.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative", "contrast"], "Delivery notice with cold packs and no drug, pharmacy type or name."),
    ("gf0046", "Farmacia Especializada Crestline: su envío de Dupixent 300 mg llega el martes 12 de mayo con bolsas de hielo. Refrigere al recibir.",
     "REWRITE", "pickup", "sms", "es",
     [("Farmacia Especializada Crestline", "SPECIALTY"), ("Dupixent 300 mg", "MEDICATION"), ("12 de mayo", "DATE")],
     ["pharmacy"], "Specialty-pharmacy name and drug go; 'su envío llega el martes 12 de mayo' survives."),
    ("gf0047", "Hi Priya, your Stelara arrived warm (the cold packs melted). Do NOT inject it - a replacement ships tonight and Dr. Hale says to move your dose to Saturday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Priya", "NAME"), ("Stelara", "MEDICATION"), ("Dr. Hale", "PROVIDER")],
     ["pharmacy"], "Not to inject and to move the dose are administration instructions: BLOCK, not a delivery notice."),
    ("gf0048", "Back-to-school sale at Alder Pharmacy: insulated lunch boxes with 2 cold packs, $9.99 this week only!",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Front-store promotion; the cold packs are for lunch boxes."),
    ("gf0049", "Subject: Delivery confirmation - Order 4471-22\n\nHi Brenda Cole,\n\nYour Ocrevus for your infusion on 6/9 will be delivered to Lakeside Infusion Center, not to your home.\n\nCrestline Specialty Pharmacy",
     "REWRITE", "pickup", "email", "en",
     [("4471-22", "OTHER_ID"), ("Brenda Cole", "NAME"), ("Ocrevus", "MEDICATION"), ("infusion", "PROCEDURE"), ("6/9", "DATE"), ("Lakeside Infusion Center", "SPECIALTY"), ("Crestline Specialty Pharmacy", "SPECIALTY")],
     ["pharmacy"], "Name, order number, drug, therapy and both specialty names go; 'your order will be delivered to your care site, not your home' survives. Judgement: a pharmacy order number is OTHER_ID."),
    ("gf0050", "Delivery scheduled for Thu 6/4, 10 AM-2 PM. Signature required.",
     "ALLOW", "confirmation", "push", "en",
     [("6/4", "DATE")],
     ["pharmacy"], "A delivery window with no sender type, drug or name."),
    ("gf0051", "Hi, this is the pharmacist at Crestline calling for Dale Novak about your Taltz. The starter dose is two pens on day one, then one pen every two weeks. Call us at 612-555-0150 with questions.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Dale Novak", "NAME"), ("Taltz", "MEDICATION"), ("612-555-0150", "PHONE")],
     ["pharmacy", "practice-contact"], "Dosing schedule left on a voicemail: dosing is the message."),
    ("gf0052", "Farmacia Alder: su pedido #A-55129 de metotrexato inyectable ya salió. Llega el miércoles.",
     "REWRITE", "pickup", "sms", "es",
     [("A-55129", "OTHER_ID"), ("metotrexato inyectable", "MEDICATION")],
     ["pharmacy"], "Order number and drug go; 'su pedido ya salió, llega el miércoles' survives."),
    ("gf0053", "Subject: Holiday delivery schedule\n\nWe will not deliver on Thursday 11/26 or Friday 11/27. Orders due those days will arrive Wednesday 11/25. Refrigerated items ship with extra cold packs.\n\nAlder Pharmacy, 1200 Elm St, Hopkins, MN 55343",
     "ALLOW", "other", "email", "en",
     [("11/26", "DATE"), ("11/27", "DATE"), ("11/25", "DATE"), ("1200 Elm St, Hopkins, MN 55343", "ADDRESS")],
     ["pharmacy", "broadcast", "practice-contact"], "Holiday broadcast: closure dates and the pharmacy's own address; nothing about the recipient."),
    ("gf0054", "ur Xolair 150mg ships tmrw w/ ice packs, pls be home 9-1 to sign for it",
     "REWRITE", "pickup", "sms", "en",
     [("Xolair 150mg", "MEDICATION")],
     ["pharmacy", "shorthand"], "Staff shorthand; the drug goes and 'ur order ships tmrw, pls be home 9-1 to sign' survives."),
    ("gf0055", "Hi Ana, your Kevzara prior auth was denied because your CRP is normal. Dr. Hale will appeal with her joint exam notes.",
     "BLOCK", "other", "sms", "en",
     [("Ana", "NAME"), ("Kevzara", "MEDICATION"), ("CRP", "PROCEDURE"), ("normal", "RESULT"), ("Dr. Hale", "PROVIDER"), ("joint exam", "PROCEDURE")],
     ["pharmacy"], "A denial reason that is a lab result (normal is still a result): BLOCK."),
)

# ---------------------------------------------------------------- batch 6 (gf0056-gf0065): copay cards, statements, billing
add(
    ("gf0056", "Good news: you may qualify for help with out-of-pocket costs. Reply INFO and a benefits specialist will call you back.",
     "ALLOW", "billing", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Cost-help offer; a 'benefits specialist' is not a medical specialty."),
    ("gf0057", "Your Humira copay card was applied - you pay $5 for this fill. Card ID 77120045839. Questions? 612-555-0150",
     "REWRITE", "billing", "sms", "en",
     [("Humira", "MEDICATION"), ("77120045839", "OTHER_ID"), ("612-555-0150", "PHONE")],
     ["pharmacy", "practice-contact"], "Drug and card ID go; 'your copay card was applied, you pay $5' survives. Judgement: a manufacturer copay-card ID is OTHER_ID (not a health-plan number)."),
    ("gf0058", "Your copay card was applied and your balance for this order is $0.00. No action needed.",
     "ALLOW", "billing", "sms", "en", [],
     ["pharmacy", "hard-negative", "contrast"], "The rewrite of gf0057: no drug, no identifier."),
    ("gf0059", "Mrs. Duarte, your Cosentyx copay card hit its yearly max, so Dr. Lin is switching you to methotrexate 15 mg weekly starting Monday.",
     "BLOCK", "billing", "sms", "en",
     [("Duarte", "NAME"), ("Cosentyx", "MEDICATION"), ("Dr. Lin", "PROVIDER"), ("methotrexate 15 mg", "MEDICATION")],
     ["pharmacy"], "A billing message that carries a treatment change with a dose: BLOCK."),
    ("gf0060", "Farmacia Alder: su tarjeta de copago fue aplicada y su saldo es $0. Gracias por su preferencia.",
     "ALLOW", "billing", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy, no drug, no identifier."),
    ("gf0061", "Subject: Statement ready\n\nDear Carmen Ruiz,\n\nYour statement for specialty pharmacy services is ready. Account #: SP-300918. Amount due: $25.00 by 7/15.\n\nPay online at pay.crestlinerx.example.com or call 612-555-0151.",
     "REWRITE", "billing", "email", "en",
     [("Carmen Ruiz", "NAME"), ("specialty pharmacy", "SPECIALTY"), ("SP-300918", "ACCOUNT"), ("7/15", "DATE"), ("pay.crestlinerx.example.com", "URL"), ("612-555-0151", "PHONE")],
     ["pharmacy", "practice-contact"], "Name, account and 'specialty pharmacy' go; amount, due date and the pharmacy's own link and phone survive. Judgement: the bare phrase 'specialty pharmacy' is SPECIALTY."),
    ("gf0062", "Subject: Copay assistance enrollment\n\nTo enroll you in the manufacturer's copay assistance program we need to confirm: Jorge Lima, SSN 078-05-1120, DOB 02/14/1971. Reply YES if this is correct.",
     "BLOCK", "billing", "email", "en",
     [("Jorge Lima", "NAME"), ("078-05-1120", "SSN"), ("02/14/1971", "DATE")],
     ["pharmacy", "dob"], "SSN and full date of birth with the name must never travel by e-mail or text."),
    ("gf0063", "Thanks to a $50,000 infusion of cash from the Hopkins Community Fund, our patient assistance program can help more families this year. Ask us how!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "An infusion of cash, not a therapy; a broadcast about financial help."),
    ("gf0064", "Payment received - thank you! View your receipt in the app.",
     "ALLOW", "billing", "push", "en", [],
     ["pharmacy", "hard-negative"], "Payment receipt with nothing about the order."),
    ("gf0065", "Your Medicare Part B claim for IVIG was denied: diagnosis D80.1 is not covered for home infusion. We will bill you $3,900 unless Dr. Lin sends new paperwork.",
     "BLOCK", "billing", "sms", "en",
     [("IVIG", "MEDICATION"), ("D80.1", "CONDITION"), ("home infusion", "PROCEDURE"), ("Dr. Lin", "PROVIDER")],
     ["pharmacy", "home-health"], "A claim denial that states the diagnosis: BLOCK. Judgement: an ICD-10 code is CONDITION."),
)

# ---------------------------------------------------------------- batch 7 (gf0066-gf0075): manufacturer hubs, prior authorization
add(
    ("gf0066", "Hi Nadia, this is Jess, your case manager with the Ocrevus patient support hub. Your benefits check is done - call me at 800-555-0177.",
     "REWRITE", "other", "sms", "en",
     [("Nadia", "NAME"), ("Jess", "PROVIDER"), ("Ocrevus", "MEDICATION"), ("800-555-0177", "PHONE")],
     ["pharmacy", "practice-contact"], "Name and the drug the hub is named after go; 'your benefits check is done, call me' survives. Judgement: for a drug-named hub only the drug is labelled; the case manager is workforce."),
    ("gf0067", "Your enrollment in our patient support program is complete. A coordinator will call within 2 business days.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Hub enrollment notice that names no drug or condition."),
    ("gf0068", "Hub update: your insurer approved Entyvio 300 mg IV for ulcerative colitis through 12/31. Your first infusion can be booked now.",
     "BLOCK", "other", "sms", "en",
     [("Entyvio 300 mg", "MEDICATION"), ("ulcerative colitis", "CONDITION"), ("12/31", "DATE"), ("infusion", "PROCEDURE")],
     ["pharmacy"], "An approval that states the diagnosis: BLOCK."),
    ("gf0069", "Hola Luz, le escribe Marta del programa de apoyo de Skyrizi. Ya tenemos la autorización de su seguro. Llámenos al 800-555-0178.",
     "REWRITE", "other", "sms", "es",
     [("Luz", "NAME"), ("Marta", "PROVIDER"), ("Skyrizi", "MEDICATION"), ("800-555-0178", "PHONE")],
     ["pharmacy", "practice-contact"], "Name and drug go; 'ya tenemos la autorización de su seguro, llámenos' survives."),
    ("gf0070", "Prior authorization update: we have a decision from your plan. Please call 612-555-0150 to review it with our team.",
     "ALLOW", "other", "sms", "en",
     [("612-555-0150", "PHONE")],
     ["pharmacy", "practice-contact"], "Notification without PHI: that a decision exists, not what it is."),
    ("gf0071", "Subject: Prior authorization decision\n\nDear Mr. Whitfield,\n\nYour plan denied Tremfya because you have not tried methotrexate for at least 3 months. Dr. Hale will start methotrexate 15 mg weekly and resubmit in 90 days.\n\nMember ID: WQX4418820",
     "BLOCK", "other", "email", "en",
     [("Whitfield", "NAME"), ("Tremfya", "MEDICATION"), ("methotrexate", "MEDICATION"), ("methotrexate 15 mg", "MEDICATION"), ("Dr. Hale", "PROVIDER"), ("WQX4418820", "HEALTH_PLAN_ID")],
     ["pharmacy"], "Denial reason from drug history and a new drug with a dose: BLOCK."),
    ("gf0072", "Spoke & Hub Bike Co. just opened next door on Elm St! Show this text for 10% off a tune-up this month.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A bike hub, not a manufacturer hub; a street name without a number is the neighborhood, not a patient address."),
    ("gf0073", "Your welcome kit from the Dupixent support program ships today with a travel cooler and a storage guide.",
     "REWRITE", "pickup", "sms", "en",
     [("Dupixent", "MEDICATION")],
     ["pharmacy"], "The drug goes; 'your welcome kit ships today with a travel cooler' survives."),
    ("gf0074", "Hello, this is Crestline calling for the person who asked for a call back. Please call us at 612-555-0151 between 8 and 6, Monday to Friday. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("612-555-0151", "PHONE")],
     ["pharmacy", "practice-contact"], "Call-back request naming no one and no service. Judgement: the bare brand 'Crestline' without 'Specialty Pharmacy' or 'Home Infusion' is not labelled."),
    ("gf0075", "Nurse educator visit for Sofia on 6/20 to show you how to give her Humira pen for her Crohn's. Please have her latest weight handy.",
     "BLOCK", "other", "sms", "en",
     [("Sofia", "NAME"), ("6/20", "DATE"), ("Humira", "MEDICATION"), ("Crohn's", "CONDITION")],
     ["pharmacy", "pediatrics", "third-party", "minor"], "A dependent's diagnosis and medication sent to the parent: BLOCK (README third-party convention)."),
)

# ---------------------------------------------------------------- batch 8 (gf0076-gf0084): REMS programs
add(
    ("gf0076", "This is Alder Pharmacy. Your monthly REMS check-in for clozapine is due by July third. Please call 612-555-0160 to complete it before your next fill.",
     "REWRITE", "reminder", "voice", "en",
     [("REMS", "PROCEDURE"), ("clozapine", "MEDICATION"), ("July third", "DATE"), ("612-555-0160", "PHONE")],
     ["pharmacy", "behavioral-health", "practice-contact"], "Program and drug go; 'your monthly check-in is due by July third, call us' survives. Judgement: REMS is a program term (PROCEDURE)."),
    ("gf0077", "Hi Devon, your ANC today was 1,400 - below the REMS cutoff, so we can't dispense your clozapine this week. Dr. Mays will call you.",
     "BLOCK", "result", "sms", "en",
     [("Devon", "NAME"), ("ANC", "PROCEDURE"), ("1,400", "RESULT"), ("REMS", "PROCEDURE"), ("clozapine", "MEDICATION"), ("Dr. Mays", "PROVIDER")],
     ["pharmacy", "behavioral-health"], "A blood count value and a withheld drug: BLOCK."),
    ("gf0078", "iPLEDGE reminder: answer your monthly questions before you pick up at Alder Pharmacy. Your window closes 8/14.",
     "REWRITE", "reminder", "sms", "en",
     [("iPLEDGE", "PROCEDURE"), ("8/14", "DATE")],
     ["pharmacy", "dermatology"], "The program name reveals the drug; 'reminder: answer your monthly questions before pickup, window closes 8/14' survives."),
    ("gf0079", "Kayla, your pregnancy test for iPLEDGE was negative, so your isotretinoin 40 mg can be filled today.",
     "BLOCK", "result", "sms", "en",
     [("Kayla", "NAME"), ("pregnancy test", "PROCEDURE"), ("iPLEDGE", "PROCEDURE"), ("negative", "RESULT"), ("isotretinoin 40 mg", "MEDICATION")],
     ["pharmacy", "dermatology", "reproductive"], "A (negative) pregnancy-test result: results are BLOCK."),
    ("gf0080", "Alder Pharmacy on Remsen St opens at 10 AM this Monday for a staff meeting. Sorry for the later start!",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Remsen is a street, not REMS; a broadcast about hours."),
    ("gf0081", "Sr. Vega: su conteo de neutrófilos (ANC) fue 1.200. Por el programa REMS no podemos surtir su clozapina hasta repetir el análisis el 10 de julio.",
     "BLOCK", "result", "sms", "es",
     [("Vega", "NAME"), ("conteo de neutrófilos", "PROCEDURE"), ("ANC", "PROCEDURE"), ("1.200", "RESULT"), ("REMS", "PROCEDURE"), ("clozapina", "MEDICATION"), ("10 de julio", "DATE")],
     ["pharmacy", "behavioral-health"], "A neutrophil count and a withheld antipsychotic: BLOCK."),
    ("gf0082", "Your REMS enrollment for Xyrem is complete. The central pharmacy will call to schedule your first shipment. Please read the Medication Guide before your first dose.",
     "ALLOW", "portal-notice", "portal", "en",
     [("REMS", "PROCEDURE"), ("Xyrem", "MEDICATION")],
     ["pharmacy", "contrast"], "Inside the secure portal the program and drug may stay (compare gf0083 by e-mail)."),
    ("gf0083", "Subject: Your REMS enrollment\n\nHi Marco Silva,\n\nYour REMS enrollment for Xyrem is complete. The central pharmacy will call you from 612-555-0170 to schedule your first shipment.\n\nPlease read the Medication Guide before your first dose.",
     "REWRITE", "other", "email", "en",
     [("REMS", "PROCEDURE", 0), ("Marco Silva", "NAME"), ("REMS", "PROCEDURE", 1), ("Xyrem", "MEDICATION"), ("612-555-0170", "PHONE")],
     ["pharmacy", "contrast", "practice-contact"], "By e-mail the name, program (also in the subject) and drug go; 'your enrollment is complete, the pharmacy will call from ...' survives. Reading the guide is not a dosing instruction."),
    ("gf0084", "Fun fact from your pharmacists: a 'biologic' is simply a medicine made from living cells. Questions? Ask us at the counter anytime.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "A health-literacy broadcast; the word is defined, not prescribed to anyone."),
)

# ---------------------------------------------------------------- batch 9 (gf0085-gf0096): look-alikes and broadcasts
add(
    ("gf0085", "The BioLogic Science Fair is Saturday at Hopkins Middle School, and our pharmacists are judging the chemistry projects. Come say hi!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A science fair named BioLogic; community broadcast."),
    ("gf0086", "Our lobby coffee bar now serves cold brew and hibiscus infusions, 7 AM-3 PM weekdays.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Tea infusions at a coffee bar."),
    ("gf0087", "Subject: We're hiring\n\nSummit Care Partners is hiring infusion nurses for our home care team, with a $3,000 sign-on bonus. Know an RN who would be a great fit? Have them ask for Recruiting at the front desk.",
     "ALLOW", "marketing", "email", "en", [],
     ["home-health", "hard-negative", "broadcast"], "A job post sent to everyone says nothing about the recipient's care, even though it names the nursing specialty."),
    ("gf0088", "Meet our newest pharmacist, Dr. Lena Ivanova, PharmD, joining the Hopkins team on 9/1!",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Lena Ivanova, PharmD", "PROVIDER"), ("9/1", "DATE")],
     ["pharmacy", "broadcast"], "Staff announcement: provider and start date are allowed."),
    ("gf0089", "The Cold Pack 5K is Sunday at Lake Harriet! Every entry supports our patient assistance fund. Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A charity race named Cold Pack; a place name."),
    ("gf0090", "Alder Pharmacy is moving! Our new home at 455 Hub Way, Suite 300, Edina, MN 55435 opens 10/5. Same phone: 612-555-0160.",
     "ALLOW", "other", "sms", "en",
     [("455 Hub Way, Suite 300, Edina, MN 55435", "ADDRESS"), ("10/5", "DATE"), ("612-555-0160", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "The pharmacy's own new address (on Hub Way), opening date and phone."),
    ("gf0091", "Phone outage: our main line is down this morning. Text this number or use the app chat for refill requests.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Outage broadcast; 'line' and 'refill' are generic."),
    ("gf0092", "Farmacia Alder: el martes cerramos temprano, a las 3 pm, por capacitación del personal. Gracias por su paciencia.",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "hard-negative", "broadcast"], "Early closing broadcast."),
    ("gf0093", "Le recordamos su visita con la enfermera Rosa Díaz el viernes 15 de mayo a las 9:00. Responda 1 para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("enfermera Rosa Díaz", "PROVIDER"), ("15 de mayo", "DATE")],
     ["home-health"], "Nurse (titled, so PROVIDER), date and time of a generic visit."),
    ("gf0094", "Hi Jenna! Your cooler return box is on the way - please send back the 4 coolers from your Remicade deliveries with the prepaid label.",
     "REWRITE", "other", "sms", "en",
     [("Jenna", "NAME"), ("Remicade", "MEDICATION")],
     ["pharmacy"], "Name and drug go; 'your cooler return box is on the way' survives."),
    ("gf0095", "Please leave empty shipping coolers out with your next delivery - the driver will take them back. Thanks for helping us recycle!",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast", "contrast"], "The broadcast version of gf0094: no drug, no name."),
    ("gf0096", "TPN Logistics is delivering new shelving Monday, so the back lot is closed 8 AM-noon. Please park on Birch St.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A freight company that happens to be called TPN; parking broadcast."),
)

# ---------------------------------------------------------------- batch 10 (gf0097-gf0110): long e-mails, portal, voice, push, Spanish
add(
    ("gf0097", "Subject: Your home infusion plan\n\nHi Elena Marsh,\n\nWelcome to Crestline Home Infusion. This e-mail sums up the plan Dr. Lin sent us so you know what to expect.\n\nYour IVIG (Privigen 30 g) will be given every 4 weeks for your CIDP. Your nurse, Donna Reyes, RN, will start the infusion at 30 mL/hr and raise the rate every 30 minutes as tolerated. Take Tylenol 650 mg and Zyrtec 10 mg one hour before each infusion, and drink plenty of water the day before and the day after.\n\nYour first delivery arrives 3/3 with cold packs; please refrigerate the box until your nurse arrives on 3/4.\n\nQuestions? Call us any time at 612-555-0143.\n\nCrestline Home Infusion",
     "BLOCK", "care-instructions", "email", "en",
     [("home infusion", "PROCEDURE"), ("Elena Marsh", "NAME"), ("Crestline Home Infusion", "SPECIALTY", 0), ("Dr. Lin", "PROVIDER"),
      ("IVIG", "MEDICATION"), ("Privigen 30 g", "MEDICATION"), ("CIDP", "CONDITION"), ("Donna Reyes, RN", "PROVIDER"),
      ("infusion", "PROCEDURE", 1), ("Tylenol 650 mg", "MEDICATION"), ("Zyrtec 10 mg", "MEDICATION"), ("infusion", "PROCEDURE", 2),
      ("3/3", "DATE"), ("3/4", "DATE"), ("612-555-0143", "PHONE"), ("Crestline Home Infusion", "SPECIALTY", 1)],
     ["home-health", "pharmacy", "practice-contact"], "A welcome e-mail that carries the diagnosis, the dose, rates and pre-medication: BLOCK; the logistics paragraph alone would be a REWRITE."),
    ("gf0098", "Dear Harold Quist,\n\nWelcome to Summit Care Partners. Your home infusion nurse, Kelly Tran, RN, will make your first visit on 4/2 at 1821 Birch Lane, Apt 3B, Edina, MN 55424. Please have your insurance card and a list of your medicines ready.\n\nIf your address has changed, reply here or call 612-555-0141.",
     "ALLOW", "other", "portal", "en",
     [("Harold Quist", "NAME"), ("home infusion", "PROCEDURE"), ("Kelly Tran, RN", "PROVIDER"), ("4/2", "DATE"), ("1821 Birch Lane, Apt 3B, Edina, MN 55424", "ADDRESS"), ("612-555-0141", "PHONE")],
     ["home-health", "practice-contact"], "A portal letter may carry the patient's name, address and therapy (README channel convention); by SMS this would be a REWRITE."),
    ("gf0099", "Hi, this is Pat from Summit Care Partners calling for Irene Doyle. Your blood cultures from the line came back positive, and Dr. Osei wants you to go to the emergency room tonight. Please call us back at 612-555-0141.",
     "BLOCK", "result", "voice", "en",
     [("Pat", "PROVIDER"), ("Irene Doyle", "NAME"), ("blood cultures", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Osei", "PROVIDER"), ("612-555-0141", "PHONE")],
     ["home-health", "practice-contact"], "A positive culture left on a voicemail: results are BLOCK; ask for a call back instead."),
    ("gf0100", "Este es un mensaje de Farmacia Alder para Curtis Bell. Su Enbrel está listo para entrega. Marque 1 para programarla o llame al 612-555-0160.",
     "REWRITE", "pickup", "voice", "es",
     [("Curtis Bell", "NAME"), ("Enbrel", "MEDICATION"), ("612-555-0160", "PHONE")],
     ["pharmacy", "practice-contact"], "Name and drug go; 'su pedido está listo para entrega, marque 1' survives."),
    ("gf0101", "Lab alert: your platelets are 62 - hold tonight's infusion and call us.",
     "BLOCK", "result", "push", "en",
     [("platelets", "PROCEDURE"), ("62", "RESULT"), ("infusion", "PROCEDURE")],
     ["home-health", "lab"], "A lab value and a hold instruction on a lock screen: BLOCK."),
    ("gf0102", "You have a new message from your care team. Log in to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative", "contrast"], "Notification without PHI."),
    ("gf0103", "New message from Lakeside Infusion Center. Tap to read.",
     "REWRITE", "portal-notice", "push", "en",
     [("Lakeside Infusion Center", "SPECIALTY")],
     ["pharmacy", "contrast"], "The infusion-center name reveals the therapy on a lock screen; 'New message from your care team' survives."),
    ("gf0104", "Ruth, your Gamunex-C delivery for 7/14 is confirmed. Refrigerate the vials on arrival and let them sit at room temperature for 60 minutes before your nurse starts the infusion.\n- Crestline Specialty Pharmacy",
     "ALLOW", "confirmation", "portal", "en",
     [("Ruth", "NAME"), ("Gamunex-C", "MEDICATION"), ("7/14", "DATE"), ("infusion", "PROCEDURE"), ("Crestline Specialty Pharmacy", "SPECIALTY")],
     ["pharmacy"], "Inside the portal the name, drug and pharmacy may stay."),
    ("gf0105", "Hi Mr. Tran, your daughter Mai's line flush went fine, but her arm is swollen above the PICC. Please take her to urgent care today for an ultrasound.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tran", "NAME"), ("Mai", "NAME"), ("line flush", "PROCEDURE"), ("swollen", "CONDITION"), ("PICC", "PROCEDURE"), ("urgent care", "SPECIALTY"), ("ultrasound", "PROCEDURE")],
     ["home-health", "third-party", "minor"], "A child's finding and a referral sent to her father: third-party health information, BLOCK."),
    ("gf0106", "Reminder from Summit Care Partners: your nurse visit is tommorow 1-3 PM. Please keep pets in another room. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en", [],
     ["home-health", "hard-negative", "typo"], "Generic agency and nurse visit; a typo ('tommorow')."),
    ("gf0107", "Sra. Paredes, su cita para el cambio de apósito del PICC es mañana a las 10. Traiga su lista de medicamentos.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("cambio de apósito", "PROCEDURE"), ("PICC", "PROCEDURE")],
     ["home-health"], "Name, the line care and the device go; 'su cita es mañana a las 10' survives ('lista de medicamentos' is generic)."),
    ("gf0108", "Hola Rosa, soy la enfermera Ana. El cultivo de su catéter salió positivo para hongos. El Dr. Osei quiere que venga hoy a retirar el PICC.",
     "BLOCK", "result", "sms", "es",
     [("Rosa", "NAME"), ("enfermera Ana", "PROVIDER"), ("cultivo", "PROCEDURE"), ("catéter", "PROCEDURE"), ("positivo para hongos", "RESULT"), ("Dr. Osei", "PROVIDER"), ("PICC", "PROCEDURE")],
     ["home-health"], "A positive culture and the decision to remove the line: BLOCK."),
    ("gf0109", "Asunto: Nuevo horario de entregas\n\nA partir del 1 de junio, entregamos de 8 am a 6 pm, de lunes a sábado. Dudas: entregas@alderrx.example.com o 612-555-0160.\n\nFarmacia Alder",
     "ALLOW", "other", "email", "es",
     [("1 de junio", "DATE"), ("entregas@alderrx.example.com", "EMAIL"), ("612-555-0160", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Delivery-hours broadcast with the pharmacy's own e-mail and phone."),
    ("gf0110", "Su entrega de Humira está en camino. Llega hoy entre 2 y 6 pm.",
     "REWRITE", "pickup", "push", "es",
     [("Humira", "MEDICATION")],
     ["pharmacy"], "The drug goes; 'su entrega está en camino, llega hoy entre 2 y 6 pm' survives."),
)

# ---------------------------------------------------------------- batch 11 (gf0111-gf0114): disguises (4)
add(
    ("gf0111", "Hi Carla, ur 1nfus10n at Lakeside got moved to 6/30 at 9am, same chair",
     "REWRITE", "reminder", "sms", "en",
     [("Carla", "NAME"), ("1nfus10n", "PROCEDURE"), ("6/30", "DATE")],
     ["pharmacy", "leet", "shorthand"], "Leetspeak 'infusion' is still the therapy; 'ur appt got moved to 6/30 at 9am' survives."),
    ("gf0112", "Reminder: your I V I G visit is Fri 7/10 at 8 AM. Bring a snack and a sweater.",
     "REWRITE", "reminder", "sms", "en",
     [("I V I G", "MEDICATION"), ("7/10", "DATE")],
     ["pharmacy", "spaced"], "Spaced letters still spell the drug; 'your visit is Fri 7/10 at 8 AM' survives."),
    ("gf0113", "Your Rem\u200bicade was held today because your TB test came back pos\u200bitive. Dr. Hale will call you about next steps.",
     "BLOCK", "result", "sms", "en",
     [("Rem\u200bicade", "MEDICATION"), ("TB test", "PROCEDURE"), ("pos\u200bitive", "RESULT"), ("Dr. Hale", "PROVIDER")],
     ["pharmacy"], "A positive TB test behind zero-width spaces, and a held biologic: BLOCK."),
    ("gf0114", "Crestline Specialty Pharmacy: your Dupix\u0435nt ships Tuesday with cold packs. Please refrigerate on arrival.",
     "REWRITE", "pickup", "sms", "en",
     [("Crestline Specialty Pharmacy", "SPECIALTY"), ("Dupix\u0435nt", "MEDICATION")],
     ["pharmacy"], "A Cyrillic 'е' inside the drug name; pharmacy name and drug go, 'your order ships Tuesday with cold packs' survives."),
)

# ---------------------------------------------------------------- batch 12 (gf0115-gf0120): closing mix
add(
    ("gf0115", "Dr. Hale's office: your appointment is Tue 8/18 at 3:40 PM. Please arrive 15 min early. Call 612-555-0180 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hale", "PROVIDER"), ("8/18", "DATE"), ("612-555-0180", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the office's phone."),
    ("gf0116", "Port Street lot closes at 6 PM during the holidays. After 6, please use the Line Ave garage across the street.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Port Street and Line Ave are streets, not a port or a line."),
    ("gf0117", "Hello Ms. Greer, this is Alder Pharmacy. Because your IVIG is for myasthenia gravis, please skip the flu nasal spray this year and get the flu shot instead.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Greer", "NAME"), ("IVIG", "MEDICATION"), ("myasthenia gravis", "CONDITION"), ("flu nasal spray", "PROCEDURE"), ("flu shot", "PROCEDURE")],
     ["pharmacy"], "Diagnosis and a vaccine instruction tied to it, on a voicemail: BLOCK."),
    ("gf0118", "Hello Mr. Abernathy, this is Ivy from Crestline Home Infusion confirming your nurse visit Friday 9/4 at 11 AM. Reply Y to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Abernathy", "NAME"), ("Ivy", "PROVIDER"), ("Crestline Home Infusion", "SPECIALTY"), ("9/4", "DATE")],
     ["home-health"], "Name and the home-infusion agency name go; the sender, visit date and time survive."),
    ("gf0119", "Hi, this is Ivy Gee at Alder Pharmacy returning your call. Please call me back at 612-555-0160 ext 4. Thanks!",
     "ALLOW", "other", "sms", "en",
     [("Ivy Gee", "PROVIDER"), ("612-555-0160 ext 4", "PHONE")],
     ["pharmacy", "practice-contact"], "A staff member named Ivy Gee (sounds like IVIG) as the sender, with the pharmacy's own number."),
    ("gf0120", "Dear Mrs. Ito, your husband Ken's plan approved his home TPN for short bowel syndrome through 10/31.",
     "BLOCK", "other", "sms", "en",
     [("Ito", "NAME"), ("Ken", "NAME"), ("TPN", "MEDICATION"), ("short bowel syndrome", "CONDITION"), ("10/31", "DATE")],
     ["home-health", "third-party"], "A spouse's diagnosis and therapy: third-party health information, BLOCK."),
)
# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "gf", "probe185.jsonl")
