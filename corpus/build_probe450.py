#!/usr/bin/env python3
"""Build corpus/probe450.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe450.py [OUT] [-v]   (default: probe450.jsonl next to this script)

Written blind: the author read only shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and
lines 1-117 and 579-584 of corpus/build_probe7.py (its docstring, row format and first batch).
The engine was not run, and no other corpus, source, rule or dictionary was read.

Theme: EVERYDAY MESSAGES FROM A HOME INFUSION PHARMACY AND ITS NURSING SERVICE (IV antibiotics
and parenteral nutrition delivered at home, nurse visits, line care, supply deliveries and supply
counts, lab draws, billing, admission forms, closures, surveys, end of service), in roughly the
proportions such a sender sends them: delivery windows and confirmations, nurse-visit reminders
and reschedules, staff texts in shorthand, long e-mails, templates with merge fields, billing,
portal notices, broadcasts, and the occasional careless message. About 20% Spanish; 4 disguised
messages (zero-width, Cyrillic look-alike, leetspeak, spaced letters). The sender writes under two
names: the generic brand "Larkspur Health" / "Larkspur" and the specialty-revealing
"Larkspur Home Infusion".

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index]) — see probe_lib.py.
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - a sender name containing "Home Infusion" is specialty-revealing (SPECIALTY, like dialysis or
    specialty-pharmacy names); the generic brand "Larkspur Health" / "Larkspur" is not labelled;
  - a broadcast (closure) sent under the specialty-revealing name is REWRITE: it says nothing about
    the recipient's care, but the lock-screen sender name reveals that the recipient receives home
    infusion; the same broadcast under the generic brand is ALLOW (contrast pair);
  - "nurse visit", "visita de enfermería", "lab draw", "sacar sangre", "muestra de sangre" are
    generic (like "visit" and "labs"); named tests (CBC, CMP, CRP, vancomycin trough/level,
    creatinine, potassium, albumin) and line-care terms (PICC, port, dressing change, port flush,
    needle change, line care, catheter) and infusion devices (pump, IV pole) are PROCEDURE;
  - parenteral nutrition (TPN, lipids, nutrición intravenosa, NPT) and flushes (saline, heparin) are
    MEDICATION (products used as names, like oxygen); "IV antibiotic(s)" is a drug class
    (MEDICATION); ordinary supplies (tubing, alcohol caps, filters, coolers, ice packs) are not
    labelled;
  - a delivery notice naming the drug is treated like a pickup notice (REWRITE); delivery-ticket,
    order, authorization, accession and Rx numbers are OTHER_ID; payment confirmation numbers and
    one-time codes are not labelled; a pump serial number is DEVICE_ID;
  - handling a delivery ("refrigerate items marked KEEP COLD", "leave the empty cooler out") is not
    a treatment instruction (ALLOW when nothing else is named); instructions about the therapy
    itself (how to flush, holding or stopping a dose, a dose change) are BLOCK;
  - a diagnosis given as the reason for a claim denial is removable, like a diagnosis used as a
    visit label: REWRITE, with the billing notice surviving;
  - a post-removal check-in that lists symptoms hypothetically ("any bleeding, swelling or
    fever?") reports no finding: REWRITE (symptoms labelled CONDITION, tag negation);
  - named delivery drivers, coordinators, billing staff and pharmacists are workforce (PROVIDER);
    a staff member's work e-mail is the practice's own contact detail;
  - a caregiver told a dependent's logistics with only the dependent's name is REWRITE (README);
    anything about the dependent's or spouse's health is BLOCK;
  - a job posting that mentions "infusion nurses" is about the employer, not the recipient: ALLOW.

Everything is invented: people, practices, streets and towns, 555-01xx numbers, example.com
domains, identifiers; the one SSN is a well-known specimen number. No real patient data.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


PH = "(541) 555-0140"   # scheduling / main line
RX = "(541) 555-0142"   # pharmacy
NL = "(541) 555-0144"   # nursing office
BL = "(541) 555-0146"   # patient accounts

# ---------------------------------------------------------------- batch 1 (qk0001-qk0020): deliveries and supplies
add(
    ("qk0001", "Larkspur Health: Your next delivery is scheduled for Tue 3/10 between 1 PM and 5 PM. An adult must be home to sign. Reply Y to confirm or call (541) 555-0140 to change it.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/10", "DATE"), (PH, "PHONE")],
     ["pharmacy", "practice-contact"], "Delivery window with date, time and the pharmacy's own phone; the generic brand says nothing about the therapy."),
    ("qk0002", "Larkspur Home Infusion: Your order (vancomycin 1.25 g, saline flushes, supplies) is out for delivery. Driver ETA 2:40 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("Larkspur Home Infusion", "SPECIALTY"), ("vancomycin 1.25 g", "MEDICATION"), ("saline flushes", "MEDICATION")],
     ["pharmacy", "home-health"], "A delivery notice is treated like a pickup: drug, flushes and the infusion-revealing sender name go; 'your order is out for delivery, ETA 2:40 PM' survives. Judgement: 'Home Infusion' in a sender name is specialty-revealing."),
    ("qk0003", "hi this is Luis w/ Larkspur delivery, im about 15 min out. pls leave last wks cooler on the porch and ill swap it out",
     "ALLOW", "other", "sms", "en",
     [("Luis", "PROVIDER")],
     ["pharmacy", "shorthand"], "The driver named as sender is workforce (PROVIDER); swapping a cooler is delivery handling, not therapy (judgement)."),
    ("qk0004", "Larkspur Health: Su próxima entrega está programada para el jueves 12 de marzo entre las 9:00 y las 13:00. Un adulto debe firmar al recibirla. Responda SI para confirmar o llame al (541) 555-0140.",
     "ALLOW", "confirmation", "sms", "es",
     [("12 de marzo", "DATE"), (PH, "PHONE")],
     ["pharmacy", "practice-contact"], "Delivery date and window, generic brand, the practice's own phone."),
    ("qk0005", "Delivered 3:12 PM, signed by D. Pruitt. Please put the items marked KEEP COLD in the refrigerator within 1 hour. Questions? Call the pharmacy at (541) 555-0142.",
     "REWRITE", "other", "sms", "en",
     [("D. Pruitt", "NAME"), (RX, "PHONE")],
     ["pharmacy", "practice-contact"], "The signer's name is not needed. Judgement: refrigerating items marked KEEP COLD is generic delivery handling with no drug named, so it stays."),
    ("qk0006", "Delivery ticket DT-558210: 7 bags TPN, 7 bags lipids, 2 boxes tubing, 1 box alcohol caps. Signed 16:05. Thank you, Larkspur Health.",
     "REWRITE", "pickup", "sms", "en",
     [("DT-558210", "OTHER_ID"), ("TPN", "MEDICATION"), ("lipids", "MEDICATION")],
     ["pharmacy", "identifier"], "The contents list reveals parenteral nutrition (TPN and lipids are products used as names: MEDICATION, judgement); the ticket number is an order number (OTHER_ID). Tubing and caps are generic supplies (judgement)."),
    ("qk0007", "📦 Your Larkspur order has shipped and will arrive tomorrow. Tap to track.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy"], "Shipping push with the generic brand and no contents."),
    ("qk0008", "Larkspur Health: your delivery window is {{delivery_date}} {{window_start}}-{{window_end}}. Reply C to confirm, R to reschedule. Questions: {{branch_phone}}",
     "ALLOW", "confirmation", "sms", "en", [],
     ["pharmacy", "template"], "Template with content-free placeholders only (date, window, branch phone)."),
    ("qk0009", "Weekly supply check from Larkspur Health: please count what you have on hand and reply with your numbers, or call (541) 555-0140 by noon Wednesday so we can pack Thursday's delivery.",
     "ALLOW", "other", "sms", "en",
     [(PH, "PHONE")],
     ["pharmacy", "practice-contact"], "Supply count request that names no item or therapy."),
    ("qk0010", "Supply check for Amir Haddad: reply with counts - saline flushes __, heparin flushes __, dressing change kits __, alcohol caps __. Thanks! - Larkspur pharmacy",
     "REWRITE", "other", "sms", "en",
     [("Amir Haddad", "NAME"), ("saline flushes", "MEDICATION"), ("heparin flushes", "MEDICATION"), ("dressing change kits", "PROCEDURE")],
     ["pharmacy"], "Name and the line-care items go (flushes MEDICATION, dressing kits PROCEDURE, judgement); 'please reply with your supply counts' survives."),
    ("qk0011", "Larkspur Health: Por el hielo en las carreteras, las entregas del viernes pueden llegar hasta 3 horas tarde. El chofer le llamará antes de llegar. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "broadcast"], "Weather delay sent to every delivery customer; nothing about the recipient."),
    ("qk0012", "Please confirm your delivery address: 4471 Quail Run Ct, Apt 12, Fernhollow, OR 97405. Reply YES if correct or NO and we'll call you.",
     "REWRITE", "confirmation", "sms", "en",
     [("4471 Quail Run Ct, Apt 12, Fernhollow, OR 97405", "ADDRESS")],
     ["pharmacy"], "The patient's home address is not needed in the text; 'please confirm the delivery address we have on file' survives."),
    ("qk0013", "Reminder from Larkspur Health: leave empty coolers and ice packs on the porch on delivery day and our driver will collect them. Thanks for helping us reuse!",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Cooler return reminder for all delivery customers; coolers and ice packs are not therapy (judgement)."),
    ("qk0014", "Hola Sr. Benítez, mañana entre 10 y 12 le llevamos la bomba de infusión nueva y las bolsas de ceftriaxona. Saludos, Larkspur.",
     "REWRITE", "pickup", "sms", "es",
     [("Benítez", "NAME"), ("bomba de infusión", "PROCEDURE"), ("ceftriaxona", "MEDICATION")],
     ["pharmacy", "home-health"], "Name, pump and drug go; the delivery window survives."),
    ("qk0015", "Winter storm update: Larkspur nurses will not drive on unplowed roads today. If your visit is affected, your nurse will call you by 10 AM to make a plan. Emergencies: 911.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "Storm notice to every patient; 911 is not a phone identifier."),
    ("qk0016", "Larkspur: Your cold-chain package with IVIG arrives today between 12-4 PM. Refrigerate on arrival.",
     "REWRITE", "pickup", "push", "en",
     [("IVIG", "MEDICATION")],
     ["pharmacy"], "The drug would show on the lock screen; the arrival window and 'refrigerate on arrival' survive."),
    ("qk0017", "Hello, this is Larkspur Health calling to confirm a delivery for tomorrow, Wednesday, between noon and 4 PM. Press 1 to confirm. Press 2 to speak with the delivery team. Press 9 to hear this again.",
     "ALLOW", "confirmation", "voice", "en", [],
     ["pharmacy"], "IVR delivery confirmation with no name, contents or therapy."),
    ("qk0018", "This message is for Walter Okafor. Larkspur Home Infusion is calling about your ertapenem delivery for Friday. Please call us back at 541-555-0140. Thank you.",
     "REWRITE", "pickup", "voice", "en",
     [("Walter Okafor", "NAME"), ("Larkspur Home Infusion", "SPECIALTY"), ("ertapenem", "MEDICATION"), ("541-555-0140", "PHONE")],
     ["pharmacy", "practice-contact"], "A voicemail is overheard like a lock screen: name, drug and the infusion-revealing name go; the call-back request survives."),
    ("qk0019", "Please e-sign the delivery ticket for order 7730415: https://sign.larkspurhealth.example.com/d?t=8f3K2qLx. Link expires in 48 hours.",
     "REWRITE", "other", "sms", "en",
     [("7730415", "OTHER_ID"), ("https://sign.larkspurhealth.example.com/d?t=8f3K2qLx", "URL")],
     ["pharmacy", "identifier"], "The tokened link is patient-specific and the order number is not needed (OTHER_ID, judgement); 'please sign your delivery ticket in the portal' survives."),
    ("qk0020", "Larkspur Health: recuerde dejar la hielera vacía y las bolsas de hielo en la puerta el día de la entrega. ¡Gracias por ayudarnos a reciclar!",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "hard-negative", "broadcast"], "'bolsas de hielo' are ice packs, not infusion bags; a reminder sent to all delivery customers."),
)

# ---------------------------------------------------------------- batch 2 (qk0021-qk0040): nurse visits and line care
add(
    ("qk0021", "Reminder: your nurse visit is tomorrow, Thu 3/12, between 9 and 11 AM with Marisol Ibarra, RN. Reply C to confirm or call (541) 555-0144.",
     "ALLOW", "reminder", "sms", "en",
     [("3/12", "DATE"), ("Marisol Ibarra, RN", "PROVIDER"), (NL, "PHONE")],
     ["home-health", "practice-contact"], "Judgement: a plain 'nurse visit' names no therapy ('nurse' and 'visit' are generic); provider, date and time are allowed."),
    ("qk0022", "Larkspur: Kelly Tran, RN will see you Mon 3/16 at 1:30 PM for your PICC dressing change. Please wash your hands before she arrives.",
     "REWRITE", "reminder", "sms", "en",
     [("Kelly Tran, RN", "PROVIDER"), ("3/16", "DATE"), ("PICC dressing change", "PROCEDURE")],
     ["home-health"], "The line-care visit type goes; nurse, date and time survive."),
    ("qk0023", "hi Joyce! kelly here (larkspur nursing). ill be there thurs around 10 for line care + labs. text if that doesnt work",
     "REWRITE", "reminder", "sms", "en",
     [("Joyce", "NAME"), ("kelly", "PROVIDER"), ("line care", "PROCEDURE")],
     ["home-health", "shorthand"], "Patient's name and 'line care' go; 'labs' is generic; the visit time survives."),
    ("qk0024", "running ~20 min behind, accident on hwy 9. see u soon - Tom, Larkspur nursing",
     "ALLOW", "other", "sms", "en",
     [("Tom", "PROVIDER")],
     ["home-health", "shorthand"], "Nurse running late; the sender is workforce and nothing about the patient is said."),
    ("qk0025", "Larkspur: Le recordamos su visita de enfermería para el cambio de apósito del catéter PICC el lunes 16 de marzo a las 11:00. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("cambio de apósito", "PROCEDURE"), ("catéter PICC", "PROCEDURE"), ("16 de marzo", "DATE")],
     ["home-health"], "Line-care visit type goes; 'visita de enfermería' is generic (judgement); date and time survive."),
    ("qk0026", "Your first home infusion teaching visit has moved to Fri 3/13 at 1 PM. Please have a caregiver present if possible. - Larkspur Health scheduling",
     "REWRITE", "reminder", "sms", "en",
     [("home infusion teaching", "PROCEDURE"), ("3/13", "DATE")],
     ["home-health"], "The visit type reveals home infusion; the reschedule survives."),
    ("qk0027", "Good news, your primary nurse has been assigned: Marisol Ibarra, RN, starting Mon 3/16. Save her office line: (541) 555-0144.",
     "ALLOW", "other", "sms", "en",
     [("Marisol Ibarra, RN", "PROVIDER"), ("3/16", "DATE"), (NL, "PHONE")],
     ["home-health", "practice-contact"], "Provider, date and the nursing office's own line."),
    ("qk0028", "hey mr okafor, your PICC site looked a little red today. keep an eye on it and if you get a fever over 100.4 call the on-call line right away. -Kelly RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("okafor", "NAME"), ("PICC", "PROCEDURE"), ("a little red", "RESULT"), ("fever", "CONDITION"), ("Kelly RN", "PROVIDER")],
     ["home-health", "shorthand"], "A finding at the line site and return precautions: the clinical content is the message; send through the portal or call."),
    ("qk0029", "Hi, this is Marisol, one of the nurses at Larkspur Health, returning your call. Please call me back at 541-555-0144 before 4 today. Thanks.",
     "ALLOW", "other", "voice", "en",
     [("Marisol", "PROVIDER"), ("541-555-0144", "PHONE")],
     ["home-health", "practice-contact"], "Call-back voicemail from a named nurse with the office line; nothing about the patient."),
    ("qk0030", "Kelly Tran, RN is on her way for your 2:00 PM IV antibiotic visit. Track arrival in the app.",
     "REWRITE", "reminder", "push", "en",
     [("Kelly Tran, RN", "PROVIDER"), ("IV antibiotic", "MEDICATION")],
     ["home-health"], "'IV antibiotic' names the therapy on the lock screen (drug class: MEDICATION); 'on her way for your 2:00 PM visit' survives."),
    ("qk0031", "Larkspur Health: Su visita de enfermería está confirmada para el {{fecha_visita}} entre {{hora_inicio}} y {{hora_fin}}. Para cambiarla llame al {{telefono_sucursal}}.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["home-health", "template"], "Template with content-free placeholders; 'visita de enfermería' is generic (judgement)."),
    ("qk0032", "Subject: Your nurse visit schedule for next week\n\nDear Mr. Castellanos,\n\nHere is your nursing schedule for the week of March 16:\n- Mon 3/16, 9:00-11:00 AM: weekly PICC dressing change and lab draw (Tom Becker, LPN)\n- Thu 3/19, 1:00-3:00 PM: PICC removal (Kelly Tran, RN)\n\nIf a time doesn't work, reply to this e-mail or call scheduling at (541) 555-0140.\n\nLarkspur Health Nursing Services",
     "REWRITE", "reminder", "email", "en",
     [("Castellanos", "NAME"), ("March 16", "DATE"), ("3/16", "DATE"), ("PICC dressing change", "PROCEDURE"), ("Tom Becker, LPN", "PROVIDER"),
      ("3/19", "DATE"), ("PICC removal", "PROCEDURE"), ("Kelly Tran, RN", "PROVIDER"), (PH, "PHONE")],
     ["home-health", "practice-contact"], "E-mail is treated like SMS: name and line-care visit types go; the schedule of dates, times and nurses survives; 'lab draw' is generic (judgement)."),
    ("qk0033", "Your PICC comes out Friday after your last dose of cefazolin. Dr. Saldana's office called - your blood cultures are finally negative!",
     "BLOCK", "result", "sms", "en",
     [("PICC", "PROCEDURE"), ("cefazolin", "MEDICATION"), ("Dr. Saldana", "PROVIDER"), ("blood cultures", "PROCEDURE"), ("negative", "RESULT")],
     ["home-health", "lab"], "A negative result is still a result, and the end of therapy is tied to it; the result is the message."),
    ("qk0034", "Your nurse visit on Mon 3/16 has been cancelled after a schedule update from your care team. A scheduler will call you today to set a new time.",
     "ALLOW", "reminder", "sms", "en",
     [("3/16", "DATE")],
     ["home-health"], "Cancellation with a date only; no reason or therapy given."),
    ("qk0035", "Hola Beatriz, la enfermera Marisol llega mañana a las 8 para sacarle sangre y hacer el cambio de apósito. Cualquier cosa me avisa.",
     "REWRITE", "reminder", "sms", "es",
     [("Beatriz", "NAME"), ("enfermera Marisol", "PROVIDER"), ("cambio de apósito", "PROCEDURE")],
     ["home-health"], "Name and dressing change go; a blood draw is generic (judgement); nurse and time survive."),
    ("qk0036", "We weren't able to reach you for today's scheduled nurse visit. Please call (541) 555-0140 so we can reschedule. If this is an emergency, call 911.",
     "ALLOW", "other", "sms", "en",
     [(PH, "PHONE")],
     ["home-health", "practice-contact"], "Missed-visit notice with the practice's phone; nothing clinical."),
    ("qk0037", "Hi Ana, your dad's dressing change went fine but his arm was swollen above the PICC so Kelly sent him to the ER to rule out a clot. I'll call you after.",
     "BLOCK", "other", "sms", "en",
     [("Ana", "NAME"), ("dressing change", "PROCEDURE"), ("swollen", "CONDITION"), ("PICC", "PROCEDURE"), ("Kelly", "PROVIDER"), ("clot", "CONDITION")],
     ["home-health", "third-party"], "A relative's symptom, ER referral and suspected condition: a third party's health is BLOCK."),
    ("qk0038", "Reminder: Tom Becker, LPN will be at your home tomorrow, 3/11, between 8 and 10 AM for your port flush and needle change.",
     "REWRITE", "reminder", "sms", "en",
     [("Tom Becker, LPN", "PROVIDER"), ("3/11", "DATE"), ("port flush", "PROCEDURE"), ("needle change", "PROCEDURE")],
     ["home-health"], "Port-care visit types go; nurse, date and window survive."),
    ("qk0039", "Larkspur Health nurses now visit Monday through Saturday, with evening visits on request. Ask your scheduler on your next call.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "Service-hours broadcast to all patients; says nothing about the recipient."),
    ("qk0040", "Subject: Your line care steps\n\nHi Mrs. Lindqvist,\n\nAs we practiced today: flush your PICC with 10 mL saline before and after each dose of ceftriaxone, then lock it with 5 mL heparin 10 units/mL. Change the cap every Monday. Call us if the line won't flush.\n\nKelly Tran, RN\nLarkspur Health",
     "BLOCK", "care-instructions", "email", "en",
     [("Lindqvist", "NAME"), ("PICC", "PROCEDURE"), ("saline", "MEDICATION"), ("ceftriaxone", "MEDICATION"), ("heparin 10 units/mL", "MEDICATION"), ("Kelly Tran, RN", "PROVIDER")],
     ["home-health", "contrast"], "Flushing and dosing instructions are treatment instructions; e-mail is treated like SMS. The same kind of instruction in the portal is ALLOW (qk0115)."),
)

# ---------------------------------------------------------------- batch 3 (qk0041-qk0050): lab draws and results
add(
    ("qk0041", "A lab draw is part of tomorrow's nurse visit. You don't need to fast unless your doctor told you to. Questions: (541) 555-0144.",
     "ALLOW", "reminder", "sms", "en",
     [(NL, "PHONE")],
     ["home-health", "lab", "practice-contact"], "Generic lab draw and a generic fasting note; no test named (judgement)."),
    ("qk0042", "Larkspur: your weekly CBC, CMP and CRP will be drawn at Thursday's nurse visit. Results go to Dr. Saldana.",
     "REWRITE", "reminder", "sms", "en",
     [("CBC", "PROCEDURE"), ("CMP", "PROCEDURE"), ("CRP", "PROCEDURE"), ("Dr. Saldana", "PROVIDER")],
     ["home-health", "lab"], "Named tests go; 'labs will be drawn at Thursday's visit' survives."),
    ("qk0043", "Reminder: your vancomycin trough will be drawn Wed 3/11 at 7:30 AM. Please hold your 8 AM dose until the nurse has drawn it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("vancomycin trough", "PROCEDURE"), ("3/11", "DATE")],
     ["home-health", "lab"], "Judgement: holding a dose until the draw is a dosing instruction and the point of the message; removing it defeats the purpose. Call or use the portal."),
    ("qk0044", "Great news Denise, your CRP came down to 12 from 48! Dr. Saldana wants to keep the same plan for now.",
     "BLOCK", "result", "sms", "en",
     [("Denise", "NAME"), ("CRP", "PROCEDURE"), ("12", "RESULT"), ("48", "RESULT"), ("Dr. Saldana", "PROVIDER")],
     ["home-health", "lab"], "Lab values and trend are the message."),
    ("qk0045", "Your lab results from 3/9 are in: vancomycin trough 16.2 mcg/mL (goal 15-20). No change to your dose. - pharmacist Grace",
     "ALLOW", "result", "portal", "en",
     [("3/9", "DATE"), ("vancomycin trough", "PROCEDURE"), ("16.2 mcg/mL", "RESULT"), ("pharmacist Grace", "PROVIDER")],
     ["pharmacy", "lab", "contrast"], "Inside the secure portal a result and a dose note may stay (README channel convention). Same text by SMS is qk0046."),
    ("qk0046", "Your lab results from 3/9 are in: vancomycin trough 16.2 mcg/mL (goal 15-20). No change to your dose. - pharmacist Grace",
     "BLOCK", "result", "sms", "en",
     [("3/9", "DATE"), ("vancomycin trough", "PROCEDURE"), ("16.2 mcg/mL", "RESULT"), ("pharmacist Grace", "PROVIDER")],
     ["pharmacy", "lab", "contrast"], "The same result by SMS: the value is the message; send a portal notice instead (contrast with qk0045)."),
    ("qk0047", "New lab results are available in your Larkspur Health portal. Sign in at portal.larkspurhealth.example.com to view them.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.larkspurhealth.example.com", "URL")],
     ["lab", "practice-contact"], "Notification without PHI: no test or value, and the practice's own portal address."),
    ("qk0048", "Sr. Quiroga, su creatinina salió un poco alta (1.6). La farmacéutica va a bajarle la dosis del antibiótico a partir de mañana.",
     "BLOCK", "result", "sms", "es",
     [("Quiroga", "NAME"), ("creatinina", "PROCEDURE"), ("un poco alta", "RESULT"), ("1.6", "RESULT"), ("antibiótico", "MEDICATION")],
     ["pharmacy", "lab"], "A lab value and a dose change: result and treatment are the message."),
    ("qk0049", "Lab courier will pick up your specimen cooler by 5 PM today. Please leave it by the front door. Accession A26-0331877.",
     "REWRITE", "other", "sms", "en",
     [("A26-0331877", "OTHER_ID")],
     ["lab", "identifier"], "The accession number is not needed; the pickup notice survives."),
    ("qk0050", "Recordatorio de Larkspur Health: la enfermera le tomará una muestra de sangre en su visita del martes 17 de marzo. No necesita estar en ayunas.",
     "ALLOW", "reminder", "sms", "es",
     [("17 de marzo", "DATE")],
     ["home-health", "lab"], "Generic blood draw at a nurse visit; no test named (judgement)."),
)

# ---------------------------------------------------------------- batch 4 (qk0051-qk0060): pharmacy
add(
    ("qk0051", "This is pharmacist Grace from Larkspur Health. I'll call you between 2 and 4 today to review your new medication before your first delivery. Missed me? Call (541) 555-0142.",
     "ALLOW", "other", "sms", "en",
     [("pharmacist Grace", "PROVIDER"), (RX, "PHONE")],
     ["pharmacy", "practice-contact"], "Call notice from a named pharmacist; 'new medication' names nothing."),
    ("qk0052", "Dose change per Dr. Saldana: starting tomorrow your cefazolin goes up to 2 g every 8 hours. New bags arrive tonight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Saldana", "PROVIDER"), ("cefazolin", "MEDICATION")],
     ["pharmacy"], "A dose change is a dosing instruction: the clinical content is the message."),
    ("qk0053", "Larkspur: Su receta de daptomicina 500 mg fue transferida de Farmacia Pinos Altos. Su primera entrega será el sábado 14 de marzo.",
     "REWRITE", "pickup", "sms", "es",
     [("daptomicina 500 mg", "MEDICATION"), ("14 de marzo", "DATE")],
     ["pharmacy"], "Drug and strength go; the transfer and first delivery date survive. 'Farmacia Pinos Altos' is a generic pharmacy name."),
    ("qk0054", "Your insurance approved home IV antibiotic therapy through 4/15. Authorization PA-77120943. No action needed.",
     "REWRITE", "billing", "sms", "en",
     [("IV antibiotic", "MEDICATION"), ("4/15", "DATE"), ("PA-77120943", "OTHER_ID")],
     ["pharmacy", "identifier", "contrast"], "Therapy named and an authorization number (OTHER_ID) not needed; 'your authorization was approved through 4/15' survives (contrast with qk0055)."),
    ("qk0055", "Good news from Larkspur Health: your insurance approved the authorization we requested. No action is needed, and your deliveries stay on schedule.",
     "ALLOW", "billing", "sms", "en", [],
     ["pharmacy", "hard-negative", "contrast"], "Authorization notice that names no therapy or number."),
    ("qk0056", "Larkspur Health: Rx 6650291 is approved and ready to ship. Reply SHIP to schedule delivery or call (541) 555-0142.",
     "REWRITE", "pickup", "sms", "en",
     [("6650291", "OTHER_ID"), (RX, "PHONE")],
     ["pharmacy", "identifier", "practice-contact"], "Prescription number is OTHER_ID and not needed; the ready-to-ship notice survives."),
    ("qk0057", "Per your doctor, the TPN is stopped as of today since your albumin is back up. Please don't hang tonight's bag; our driver will pick up the rest Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("TPN", "MEDICATION"), ("albumin", "PROCEDURE"), ("back up", "RESULT")],
     ["pharmacy", "home-health"], "Stopping a therapy because of a lab result: result and treatment instruction are the message."),
    ("qk0058", "Larkspur Health pharmacy hours: 8 AM-6 PM Mon-Fri, 9 AM-1 PM Sat. A pharmacist is on call 24/7 at (541) 555-0142.",
     "ALLOW", "other", "sms", "en",
     [(RX, "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Hours broadcast; 24/7 is not a date."),
    ("qk0059", "Your delivery of van\u200bcomycin 1 g x 14 doses is scheduled for Tue 3/17. Reply Y to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("van\u200bcomycin 1 g", "MEDICATION"), ("3/17", "DATE")],
     ["pharmacy"], "Disguised drug name (zero-width space) in a delivery confirmation; the drug goes, date and reply survive."),
    ("qk0060", "Sra. Retana, su nutrición intravenosa y los filtros ya están listos. Se los llevamos el miércoles 18 de marzo entre 2 y 6 pm.",
     "REWRITE", "pickup", "sms", "es",
     [("Retana", "NAME"), ("nutrición intravenosa", "MEDICATION"), ("18 de marzo", "DATE")],
     ["pharmacy"], "Name and parenteral nutrition go (MEDICATION, judgement); filters are generic supplies; the delivery window survives."),
)

# ---------------------------------------------------------------- batch 5 (qk0061-qk0075): billing
add(
    ("qk0061", "Your Larkspur Health statement is ready. Balance due: $48.20. Pay at pay.larkspurhealth.example.com or call (541) 555-0146.",
     "ALLOW", "billing", "sms", "en",
     [("pay.larkspurhealth.example.com", "URL"), (BL, "PHONE")],
     ["general", "practice-contact"], "Statement notice with the practice's own payment site and phone."),
    ("qk0062", "Subject: Statement for February\n\nYour statement for home infusion services from 2/1 to 2/28 is attached. Account 300-88142. Amount due after insurance: $212.40, due by 3/31. Pay online at pay.larkspurhealth.example.com or call (541) 555-0146, Mon-Fri 8-5.\n\nLarkspur Health Patient Accounts",
     "REWRITE", "billing", "email", "en",
     [("home infusion", "PROCEDURE"), ("2/1", "DATE"), ("2/28", "DATE"), ("300-88142", "ACCOUNT"), ("3/31", "DATE"),
      ("pay.larkspurhealth.example.com", "URL"), (BL, "PHONE")],
     ["general", "practice-contact", "identifier"], "The service line and the account number go; amount, due date and how to pay survive."),
    ("qk0063", "Larkspur Health: Su cuenta 300-91507 tiene un saldo de $35.00. Puede pagar en pay.larkspurhealth.example.com o llamar al (541) 555-0146.",
     "REWRITE", "billing", "sms", "es",
     [("300-91507", "ACCOUNT"), ("pay.larkspurhealth.example.com", "URL"), (BL, "PHONE")],
     ["general", "identifier", "practice-contact"], "The account number is not needed; balance and how to pay survive."),
    ("qk0064", "Larkspur Health: Su estado de cuenta ya está disponible. Saldo pendiente: $12.50. Pague en línea en pay.larkspurhealth.example.com.",
     "ALLOW", "billing", "sms", "es",
     [("pay.larkspurhealth.example.com", "URL")],
     ["general", "practice-contact"], "Statement notice with the practice's own site."),
    ("qk0065", "Subject: Medicare paperwork for your pump\n\nHello,\n\nMedicare Part B covers your external infusion pump and supplies as durable medical equipment. To keep billing it, Medicare needs a signed delivery ticket each month. Please sign the form your nurse brings on 3/19 or print it from our site.\n\nQuestions? Call Patient Accounts at (541) 555-0146.\n\nLarkspur Health",
     "REWRITE", "billing", "email", "en",
     [("pump", "PROCEDURE"), ("external infusion pump", "PROCEDURE"), ("3/19", "DATE"), (BL, "PHONE")],
     ["home-health", "practice-contact"], "The device reveals the therapy; 'please sign the monthly delivery form your nurse brings on 3/19' survives."),
    ("qk0066", "To set up your payment plan for Walter Okafor, please confirm the SSN we have on file: 078-05-1120. Reply YES if correct.",
     "BLOCK", "billing", "sms", "en",
     [("Walter Okafor", "NAME"), ("078-05-1120", "SSN")],
     ["general", "identifier"], "An SSN must never travel by text; verify identity by phone or portal."),
    ("qk0067", "Thank you! We received your payment of $75.00 on 3/2. Confirmation number P-40218. - Larkspur Health",
     "ALLOW", "billing", "sms", "en",
     [("3/2", "DATE")],
     ["general"], "Receipt; the payment confirmation number identifies a transaction, not a person (judgement)."),
    ("qk0068", "We have your Cascadia Health Plan member ID as XKC482219051. Is this still current? Reply YES or send a photo of your new card to billing@larkspurhealth.example.com.",
     "REWRITE", "billing", "sms", "en",
     [("XKC482219051", "HEALTH_PLAN_ID"), ("billing@larkspurhealth.example.com", "EMAIL")],
     ["general", "identifier", "practice-contact"], "The member ID is not needed; 'please confirm your insurance is current' survives; the billing address is the practice's own."),
    ("qk0069", "Larkspur Health: Recordatorio de su plan de pagos. Su próximo pago de $25.00 vence el 1 de abril. Gracias.",
     "ALLOW", "billing", "sms", "es",
     [("1 de abril", "DATE")],
     ["general"], "Payment-plan reminder with an amount and due date."),
    ("qk0070", "Subject: Help with your IVIG copay\n\nGood news - you may qualify for the manufacturer's copay assistance program for IVIG, which could lower your cost to $0. Our benefits team can enroll you by phone in about 10 minutes. Call (541) 555-0146 and ask for Priya.\n\nLarkspur Health",
     "REWRITE", "billing", "email", "en",
     [("IVIG", "MEDICATION"), ("IVIG", "MEDICATION", 1), (BL, "PHONE"), ("Priya", "PROVIDER")],
     ["pharmacy", "practice-contact"], "Drug named twice; 'you may qualify for copay assistance, call us' survives. Billing staff named is workforce (PROVIDER)."),
    ("qk0071", "Larkspur Health: your balance of {{balance}} is due {{due_date}}. Pay at {{pay_link}} or reply HELP for a payment plan.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "template"], "Template with content-free placeholders only."),
    ("qk0072", "Hello, this is Larkspur Health Patient Accounts calling for Raymond Castellanos about the balance on account ending 4417. Please call us at 541-555-0146. Thank you.",
     "REWRITE", "billing", "voice", "en",
     [("Raymond Castellanos", "NAME"), ("4417", "ACCOUNT"), ("541-555-0146", "PHONE")],
     ["general", "identifier", "practice-contact"], "A voicemail is overheard: name and account digits go; the call-back survives."),
    ("qk0073", "Your claim for 2/3-2/16 was denied: the plan asked for records showing the osteomyelitis diagnosis. We've sent them. No action needed; we'll update you.",
     "REWRITE", "billing", "sms", "en",
     [("2/3", "DATE"), ("2/16", "DATE"), ("osteomyelitis", "CONDITION")],
     ["general"], "Judgement: a diagnosis given as a denial reason is removable like a visit label; 'your claim needs records, we've sent them' survives."),
    ("qk0074", "Subject: Understanding your Larkspur Health bill\n\nHello,\n\nMany patients ask why they get more than one bill from us. Here is how it works: the pharmacy bills your plan for what we deliver, and our nursing team bills separately for visits. Your plan may apply each part to a different deductible. If you get a bill you don't understand, don't pay it yet - call Patient Accounts at (541) 555-0146, Monday to Friday 8 AM to 5 PM, or write to billing@larkspurhealth.example.com. We offer interest-free payment plans and a financial assistance program for families who qualify. Applications are at larkspurhealth.example.com/assistance.\n\nThank you,\nPatient Accounts, Larkspur Health",
     "ALLOW", "billing", "email", "en",
     [(BL, "PHONE"), ("billing@larkspurhealth.example.com", "EMAIL"), ("larkspurhealth.example.com/assistance", "URL")],
     ["general", "broadcast", "practice-contact"], "Billing explainer sent to all patients; only the practice's own contact details."),
    ("qk0075", "Hola Teodoro, le habla Priya de Cuentas de Pacientes. Su seguro pagó las visitas de enfermería pero falta el pago de la bomba de infusión de febrero: $58.00. ¿Le llamo para hacer un plan de pagos?",
     "REWRITE", "billing", "sms", "es",
     [("Teodoro", "NAME"), ("Priya", "PROVIDER"), ("bomba de infusión", "PROCEDURE")],
     ["general"], "Name and device go; the balance and payment-plan offer survive. A month alone is not a date."),
)

# ---------------------------------------------------------------- batch 6 (qk0076-qk0088): admission forms, portal, identity
add(
    ("qk0076", "Welcome to Larkspur Health! Before your first delivery, please sign your admission forms (consent, assignment of benefits, patient rights) at forms.larkspurhealth.example.com.",
     "ALLOW", "other", "sms", "en",
     [("forms.larkspurhealth.example.com", "URL")],
     ["general", "practice-contact"], "Admission paperwork with the practice's own forms site; no token."),
    ("qk0077", "Your admission forms are ready to sign: https://forms.larkspurhealth.example.com/start?pid=58812047&ep=IV. Please finish before Friday's delivery.",
     "REWRITE", "other", "sms", "en",
     [("https://forms.larkspurhealth.example.com/start?pid=58812047&ep=IV", "URL")],
     ["general"], "A link with a patient id parameter is patient-specific; 'sign in to the portal to complete your forms' survives."),
    ("qk0078", "Bienvenido a Larkspur Health. Antes de su primera entrega, firme sus formularios de admisión (consentimiento, asignación de beneficios y derechos del paciente) en forms.larkspurhealth.example.com/es.",
     "ALLOW", "other", "sms", "es",
     [("forms.larkspurhealth.example.com/es", "URL")],
     ["general", "practice-contact"], "Admission paperwork with the practice's own site."),
    ("qk0079", "Subject: Welcome to Larkspur Health\n\nHello and welcome!\n\nOur pharmacy and nursing teams will work with your doctor's office to deliver your medication and supplies and to visit you at home. A few things to know:\n\n1. Deliveries: we call or text the day before with a delivery window. An adult must be home to sign.\n2. Nurse visits: your nurse will call to set the first visit. Visits usually last about an hour.\n3. After hours: a nurse and a pharmacist are on call 24/7 at (541) 555-0143.\n4. Billing: questions go to Patient Accounts at (541) 555-0146.\n\nYour care coordinator is Dana Whitcomb. You can reach her at dana.whitcomb@larkspurhealth.example.com.\n\nWe're glad to have you with us.\nLarkspur Health",
     "ALLOW", "other", "email", "en",
     [("(541) 555-0143", "PHONE"), (BL, "PHONE"), ("Dana Whitcomb", "PROVIDER"), ("dana.whitcomb@larkspurhealth.example.com", "EMAIL")],
     ["general", "practice-contact"], "Welcome e-mail under the generic brand; the coordinator is workforce and her work e-mail is the practice's contact (judgement)."),
    ("qk0080", "Subject: Welcome to Larkspur Home Infusion, Mr. Haddad\n\nDear Amir,\n\nThank you for choosing Larkspur Home Infusion. Your doctor has ordered IV ertapenem for you, and we will deliver your first week of medication and your elastomeric pumps on Monday 3/9 between 10 AM and 2 PM. Kelly Tran, RN will come the same evening to show you how the pumps work.\n\nPlease have a clean table ready, and keep the box in the refrigerator until the nurse arrives.\n\nIf you have questions, call us any time at (541) 555-0140.\n\nLarkspur Home Infusion Intake Team",
     "REWRITE", "other", "email", "en",
     [("Larkspur Home Infusion", "SPECIALTY"), ("Haddad", "NAME"), ("Amir", "NAME"), ("Larkspur Home Infusion", "SPECIALTY", 1),
      ("IV ertapenem", "MEDICATION"), ("elastomeric pumps", "PROCEDURE"), ("3/9", "DATE"), ("Kelly Tran, RN", "PROVIDER"),
      ("pumps", "PROCEDURE", 1), (PH, "PHONE"), ("Larkspur Home Infusion", "SPECIALTY", 2)],
     ["home-health", "pharmacy", "practice-contact"], "Name, drug, devices and the infusion-revealing name go; the first delivery window, the nurse's visit and the phone survive. Keeping the box cold is delivery handling (judgement)."),
    ("qk0081", "Your Larkspur Health portal code is 482913. It expires in 10 minutes. Our staff will never ask you for this code.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient."),
    ("qk0082", "Larkspur Health: su código de acceso es 305617. Vence en 10 minutos. No lo comparta con nadie.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "otp", "hard-negative"], "One-time code; not a patient identifier."),
    ("qk0083", "Hola Esteban, tiene un mensaje nuevo de su enfermera en el portal de Larkspur Health. Entre a portal.larkspurhealth.example.com para leerlo.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Esteban", "NAME"), ("portal.larkspurhealth.example.com", "URL")],
     ["general", "practice-contact"], "The name is not needed; the portal notice survives."),
    ("qk0084", "You have a new message from your Larkspur Health care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI."),
    ("qk0085", "Storm season is here. Please make sure we have your current phone number and a backup contact, and keep a 3-day supply of what we deliver on hand. Update your info: (541) 555-0140.",
     "ALLOW", "other", "sms", "en",
     [(PH, "PHONE")],
     ["general", "broadcast", "practice-contact"], "Emergency-preparedness broadcast that names no item or therapy."),
    ("qk0086", "For your security, please confirm the date of birth on your Larkspur file: 07/19/1944. Reply YES if correct or call (541) 555-0140.",
     "REWRITE", "other", "sms", "en",
     [("07/19/1944", "DATE"), (PH, "PHONE")],
     ["general", "dob", "practice-contact"], "A date of birth without a name is REWRITE (README); 'please call to confirm your details' survives."),
    ("qk0087", "Delivery for Nadia Varga, DOB 01/05/1939, 2 boxes TPN supplies, leave w/ neighbor in 3B if no answer.",
     "BLOCK", "pickup", "sms", "en",
     [("Nadia Varga", "NAME"), ("01/05/1939", "DATE"), ("TPN", "MEDICATION")],
     ["pharmacy", "dob", "shorthand"], "Full date of birth with the patient's name must never travel by text."),
    ("qk0088", "Happy 93rd birthday, Hazel! Everyone at Larkspur Health is wishing you a wonderful day. 🎂",
     "REWRITE", "other", "sms", "en",
     [("93rd", "AGE"), ("Hazel", "NAME")],
     ["general", "age-over-89"], "An age over 89 and the name go; 'happy birthday from everyone at Larkspur Health' survives."),
)

# ---------------------------------------------------------------- batch 7 (qk0089-qk0096): closures and broadcasts
add(
    ("qk0089", "Larkspur Health will be closed Mon 1/19 for Martin Luther King Jr. Day. Our on-call nurse line is open 24/7: (541) 555-0143.",
     "ALLOW", "other", "sms", "en",
     [("1/19", "DATE"), ("(541) 555-0143", "PHONE")],
     ["general", "broadcast", "practice-contact", "contrast"], "Closure broadcast under the generic brand; the holiday's name is not a person (contrast with qk0090)."),
    ("qk0090", "Larkspur Home Infusion will be closed Mon 1/19 for Martin Luther King Jr. Day. Our on-call nurse line is open 24/7: (541) 555-0143.",
     "REWRITE", "other", "sms", "en",
     [("Larkspur Home Infusion", "SPECIALTY"), ("1/19", "DATE"), ("(541) 555-0143", "PHONE")],
     ["home-health", "broadcast", "practice-contact", "contrast"], "Judgement: the broadcast says nothing about the recipient, but the specialty-revealing sender name on a lock screen shows that the recipient receives home infusion; the generic brand (qk0089) is the rewrite."),
    ("qk0091", "Larkspur Health: Por el feriado del Día de la Independencia no habrá entregas el sábado. Las entregas de ese día se harán el viernes 3 de julio. La línea de enfermería funciona las 24 horas.",
     "ALLOW", "other", "sms", "es",
     [("3 de julio", "DATE")],
     ["general", "broadcast"], "Holiday schedule for all patients; a holiday name is not a date."),
    ("qk0092", "Heads up: a water main break on Mill Race Rd has closed our pharmacy pickup window until 2 PM. Deliveries and nurse visits are not affected.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Facility notice to all patients; the street is the practice's surroundings, not a patient address."),
    ("qk0093", "Subject: We're moving\n\nStarting Mon 4/6, the Larkspur Health pharmacy and nursing office will be at 2210 Kestrel Pkwy, Bldg IV, Fernhollow, OR 97405. Phone numbers stay the same. Parking is free in Lot C.\n\nLarkspur Health",
     "ALLOW", "other", "email", "en",
     [("4/6", "DATE"), ("2210 Kestrel Pkwy, Bldg IV, Fernhollow, OR 97405", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "The practice's own new address ('Bldg IV' is a building, not an IV)."),
    ("qk0094", "Larkspur Health is hiring! We're looking for infusion nurses and delivery drivers in the Fernhollow area. Know someone great? Reply JOBS and we'll send details.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Judgement: a job posting about the employer's staff says nothing about the recipient's care."),
    ("qk0095", "¡Nuevo en Larkspur Health! Ahora hacemos entregas los domingos. Pregunte por este servicio al programar su próxima entrega.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast"], "Service announcement to all patients."),
    ("qk0096", "Our phone lines are down for maintenance tonight 9-11 PM. Urgent? Use the in-app chat, or call 911 for emergencies.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Phone 'lines' are not IV lines; outage notice to everyone."),
)

# ---------------------------------------------------------------- batch 8 (qk0097-qk0101): surveys
add(
    ("qk0097", "How did we do? Rate your last Larkspur Health delivery from 1 (poor) to 5 (great). Reply STOP to opt out of surveys.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy"], "Survey with the generic brand and nothing about the care."),
    ("qk0098", "Tell us about your nurse visit with Kelly Tran, RN: https://survey.larkspurhealth.example.com/s/v2?pid=58812047&visit=PICC-DSG",
     "REWRITE", "other", "sms", "en",
     [("Kelly Tran, RN", "PROVIDER"), ("https://survey.larkspurhealth.example.com/s/v2?pid=58812047&visit=PICC-DSG", "URL")],
     ["home-health"], "The survey link carries a patient id and encodes the visit type; a generic survey link is the rewrite."),
    ("qk0099", "Larkspur Health: ¿Cómo fue su última visita de enfermería? Responda del 1 (mala) al 5 (excelente). Gracias por su opinión.",
     "ALLOW", "other", "sms", "es", [],
     ["home-health"], "Survey naming only a generic nurse visit (judgement)."),
    ("qk0100", "This is a short survey from Larkspur Health. On a scale of 1 to 5, how satisfied were you with your most recent delivery? Please press a number now.",
     "ALLOW", "other", "voice", "en", [],
     ["pharmacy"], "IVR survey; 'scale' here is a rating, not a clinical measure."),
    ("qk0101", "Subject: How was your PICC removal visit?\n\nHi Joyce,\n\nThanks for letting us care for you. Could you take 2 minutes to rate your visit on 3/19 with Tom Becker, LPN? Just reply with a number from 1 to 5.\n\nLarkspur Health",
     "REWRITE", "other", "email", "en",
     [("PICC removal", "PROCEDURE"), ("Joyce", "NAME"), ("3/19", "DATE"), ("Tom Becker, LPN", "PROVIDER")],
     ["home-health"], "Visit type in the subject and the name go; the survey request survives."),
)

# ---------------------------------------------------------------- batch 9 (qk0102-qk0108): end of service and follow-ups
add(
    ("qk0102", "Your home infusion therapy is complete. Please return the pump (serial EP-7K22-0198) in the prepaid box we left. Drop it at any post office by 3/27.",
     "REWRITE", "other", "sms", "en",
     [("home infusion", "PROCEDURE"), ("pump", "PROCEDURE"), ("EP-7K22-0198", "DEVICE_ID"), ("3/27", "DATE")],
     ["home-health", "identifier"], "Therapy, device and its serial go (DEVICE_ID, judgement); 'please return the equipment in the prepaid box by 3/27' survives."),
    ("qk0103", "Your service with Larkspur Health has ended. Thank you for letting us care for you! If you have unused supplies, call (541) 555-0140 and we'll arrange a pickup.",
     "ALLOW", "other", "sms", "en",
     [(PH, "PHONE")],
     ["general", "practice-contact"], "End-of-service note with the generic brand; 'supplies' is generic."),
    ("qk0104", "Sra. Solano, su tratamiento de nutrición intravenosa con Larkspur terminó hoy. Por favor guarde la bomba y el poste; el chofer pasa por ellos el lunes.",
     "REWRITE", "other", "sms", "es",
     [("Solano", "NAME"), ("nutrición intravenosa", "MEDICATION"), ("bomba", "PROCEDURE"), ("poste", "PROCEDURE")],
     ["home-health"], "Name, therapy and devices (pump, IV pole) go; 'the driver will pick up the equipment on Monday' survives."),
    ("qk0105", "Checking in the day after your PICC removal: any bleeding, swelling or fever at the site? Reply OK if all is well or call (541) 555-0143.",
     "REWRITE", "other", "sms", "en",
     [("PICC removal", "PROCEDURE"), ("bleeding", "CONDITION"), ("swelling", "CONDITION"), ("fever", "CONDITION"), ("(541) 555-0143", "PHONE")],
     ["home-health", "negation", "practice-contact"], "Judgement: the symptoms are asked about, not found; 'checking in after yesterday's visit, reply OK or call us' survives."),
    ("qk0106", "It's been a week since your service with Larkspur Health ended. Reply 1 if all is well, or 2 if you'd like a call from a nurse.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health"], "Generic follow-up with no therapy named."),
    ("qk0107", "Dr. Saldana's office called: you need 2 more weeks of IV antibiotics because the MRI still shows infection in the bone. We'll keep deliveries going through 4/10.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Saldana", "PROVIDER"), ("IV antibiotics", "MEDICATION"), ("MRI", "PROCEDURE"), ("infection in the bone", "CONDITION"), ("4/10", "DATE")],
     ["home-health", "imaging"], "An imaging finding and the treatment plan built on it are the message."),
    ("qk0108", "Hola Don Aurelio, mañana es su última visita de enfermería y la enfermera le va a quitar el catéter. Por favor esté en casa de 9 a 11.",
     "REWRITE", "reminder", "sms", "es",
     [("Aurelio", "NAME"), ("catéter", "PROCEDURE")],
     ["home-health"], "Name and line removal go; 'last nurse visit tomorrow, 9 to 11' survives."),
)

# ---------------------------------------------------------------- batch 10 (qk0109-qk0120): staff slips, disguises, portal, caregivers
add(
    ("qk0109", "Hi Joyce, sorry, this one is for Walter - his potassium was 3.1 so the pharmacist added KCl to his TPN starting tonight.",
     "BLOCK", "other", "sms", "en",
     [("Joyce", "NAME"), ("Walter", "NAME"), ("potassium", "PROCEDURE"), ("3.1", "RESULT"), ("KCl", "MEDICATION"), ("TPN", "MEDICATION")],
     ["pharmacy", "third-party"], "A relative's lab value and therapy change sent to another person: third party's health."),
    ("qk0110", "Thanksgiving schedule: deliveries planned for Thu 11/26 will arrive Wed 11/25. Nurses will visit as scheduled. Happy holidays from Larkspur Health!",
     "ALLOW", "other", "sms", "en",
     [("11/26", "DATE"), ("11/25", "DATE")],
     ["general", "broadcast"], "Holiday schedule for all patients."),
    ("qk0111", "ur h0me 1nfusion supplies + TPN bags ship 2morrow, pls have some1 home 2-6 to sign",
     "REWRITE", "pickup", "sms", "en",
     [("h0me 1nfusion", "PROCEDURE"), ("TPN", "MEDICATION")],
     ["home-health", "leet", "shorthand"], "Leetspeak therapy name and TPN go; 'your delivery ships tomorrow, someone home 2-6 to sign' survives."),
    ("qk0112", "Reminder: \u0420ICC dressing change with Tom Becker, LPN tomorrow 8-10 AM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0420ICC dressing change", "PROCEDURE"), ("Tom Becker, LPN", "PROVIDER")],
     ["home-health"], "Cyrillic Er for the P in PICC; the visit type goes, nurse and time survive."),
    ("qk0113", "Larkspur: sus bolsas de N-P-T y los filtros llegan el jueves 19 de marzo entre 1 y 5. Alguien mayor de edad debe firmar.",
     "REWRITE", "pickup", "sms", "es",
     [("N-P-T", "MEDICATION"), ("19 de marzo", "DATE")],
     ["pharmacy", "spaced"], "Hyphen-spaced NPT (nutrición parenteral total) goes; the delivery window survives."),
    ("qk0114", "Hi Denise, it's Grace, the pharmacist at Larkspur. Your vancomycin level came back at 24, which is a little high, so we're holding tonight's dose. Please call me at 541-555-0142.",
     "BLOCK", "result", "voice", "en",
     [("Denise", "NAME"), ("Grace", "PROVIDER"), ("vancomycin level", "PROCEDURE"), ("24", "RESULT"), ("a little high", "RESULT"), ("541-555-0142", "PHONE")],
     ["pharmacy", "lab", "practice-contact"], "A voicemail with a drug level and a held dose: result and instruction are the message."),
    ("qk0115", "Hi Mr. Okafor, your ertapenem 1 g dose is due once daily at about the same time. Flush with 10 mL saline before and after. Message us here with any questions. - Kelly Tran, RN",
     "ALLOW", "care-instructions", "portal", "en",
     [("Okafor", "NAME"), ("ertapenem 1 g", "MEDICATION"), ("saline", "MEDICATION"), ("Kelly Tran, RN", "PROVIDER")],
     ["home-health", "contrast"], "Inside the secure portal dosing instructions and names may stay (contrast with qk0040 by e-mail)."),
    ("qk0116", "Hi, this is Dana, the care coordinator at Larkspur. Nadia's doctor sent new orders; I'll call you this afternoon to go over her delivery times.",
     "REWRITE", "other", "sms", "en",
     [("Dana", "PROVIDER"), ("Nadia", "NAME")],
     ["home-health", "third-party"], "To a caregiver: the dependent's name with logistics only is REWRITE (README); 'new orders' names nothing."),
    ("qk0117", "Hola, le llama Larkspur Health para recordarle su visita de enfermería de mañana, martes, entre las diez y el mediodía. Para confirmar, oprima uno. Para hablar con alguien, oprima dos.",
     "ALLOW", "reminder", "voice", "es", [],
     ["home-health"], "IVR reminder of a generic nurse visit with a weekday and window."),
    ("qk0118", "ok got it, ill have the driver come after 3 then. thx!",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "shorthand"], "Staff reply about delivery timing; nothing about the patient."),
    ("qk0119", "Hi Mrs Lindqvist, just a reminder the nurse will be out Thursday to chnage your PIC line dressing. If u need to reschedule call 541-555-0144. Thanks, Kelly",
     "REWRITE", "reminder", "sms", "en",
     [("Lindqvist", "NAME"), ("PIC line", "PROCEDURE"), ("541-555-0144", "PHONE"), ("Kelly", "PROVIDER")],
     ["home-health", "typo", "practice-contact"], "Misspelled line-care visit ('PIC line') and the name go; the reminder survives."),
    ("qk0120", "Asunto: Su mamá\n\nHola Sra. Marín,\n\nLe escribo porque hoy en la visita su mamá, doña Carmen, tenía fiebre de 38.5 y el sitio del catéter con pus. Ya hablamos con su médico y le van a cambiar el antibiótico. Mañana la enfermera pasa otra vez.\n\nMarisol Ibarra, RN\nLarkspur Health",
     "BLOCK", "other", "email", "es",
     [("Marín", "NAME"), ("Carmen", "NAME"), ("fiebre", "CONDITION"), ("38.5", "RESULT"), ("catéter", "PROCEDURE"), ("pus", "CONDITION"),
      ("antibiótico", "MEDICATION"), ("Marisol Ibarra, RN", "PROVIDER")],
     ["home-health", "third-party"], "A parent's findings and treatment change told to a relative by e-mail: third party's health."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "qk", "probe450.jsonl")
