#!/usr/bin/env python3
"""Build corpus/probe11.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe11.py [OUT] [-v]   (default: probe11.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py only, plus the
docstring and first row of build_probe7.py for the script format; the engine was not run and no
other corpus's messages were read).
This round is MEDICATIONS AND PHARMACY: what a pharmacy, a prescriber's office or a specialty
pharmacy sends — refill-ready and pickup notices (with and without the drug), auto-refill and
mail-order shipping, prior authorization and insurance denials, shortages and substitutions,
recalls, prices and copays, controlled-substance rules (ID at pickup, early refills, pill
counts), dose changes and tapers, how-to-take and missed-dose instructions, interactions and side
effects, injectables and infusions, specialty drugs (biologics, fertility, HIV PrEP/treatment,
buprenorphine/methadone, long-acting antipsychotic injections, GLP-1s, insulin, anticoagulants,
oral chemotherapy), pharmacy vaccines, compounding, OTC advice, caregivers picking up for someone
else — with generic/brand names, abbreviations (HCTZ, ASA, MTX), strengths and forms, Latin sig
shorthand, misspellings, and hard negatives (hours, flu-shot broadcasts, price lists, "take a
number", "Rx" in a pharmacy name, "Ambiente Nails", "Crest", "Valium Street", "Advil" in an ad to
everyone). 26 of 120 in Spanish; 4 disguised messages (leet, spaced, zero-width, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - D1 spans: a strength, form or route written right after the drug is inside the MEDICATION span
    ("ceftriaxone 1 g IV", "ASA 81mg EC", "Mounjaro 5 mg/0.5 mL pen"); the sig ("1 tab PO BID
    x10d"), quantities ("qty 60", "90-day supply") and packaging words ("box", "starter kit") stay
    outside and are not labelled; a strength written without a drug name ("two 20 mg capsules") is
    not labelled. In Spanish the form word comes first ("inyección de Invega Sustenna") and stays
    outside as a generic word.
  - D2 abbreviations (HCTZ, ASA, MTX), misspellings (gabapentine, lisinipril, sertaline) and
    disguised spellings (0xyc0d0ne, P r E P) are MEDICATION spans written as they appear.
  - D3 drug names, drug classes and "controlled-substance" in a broadcast or an ad sent to every
    customer (Advil, Claritin, antihistamines, ID-at-pickup rules) are not labelled: the README's
    broadcast rule (ALLOW, no span) applies. Said of the recipient's own prescription,
    "controlled-substance"/"sustancia controlada" is a drug class: MEDICATION, REWRITE.
  - D4 a too-early-refill notice or refill date for a named controlled drug is refill logistics,
    not a dosing instruction: REWRITE; once it states the regimen or a pill count ("1 tab twice
    daily ... 9 tablets left", "don't double up") it is BLOCK.
  - D5 prior authorization / insurance: a PA approval or denial that names the drug is REWRITE;
    a denial or rejection whose stated reason is clinical (a measured value, step-therapy
    history, a diagnosis code) is BLOCK — the reason is the content.
  - D6 a diagnosis stated as the patient's (an ICD-10 code with its name on a claim) is a
    diagnosis, not a visit label: BLOCK; the code is labelled CONDITION like the name it encodes.
  - D7 substitutions: generic-for-brand without a dosing change is REWRITE; a substitution that
    changes how the patient doses ("take both capsules together") is BLOCK.
  - D8 recalls: a recall naming the recipient's drug is REWRITE (call us for a replacement
    survives); with a treatment instruction ("don't stop taking it", "keep carrying them") BLOCK;
    a recall broadcast to all customers is ALLOW with no span.
  - D9 storage/handling wording ("refrigerated delivery", "kept cold") is logistics, not a
    treatment instruction; injection schedules and sites are dosing instructions (BLOCK).
  - D10 diabetes supplies (pen needles, tiras reactivas, glucómetro) are devices: PROCEDURE.
  - D11 vaccines: a vaccine visit type is PROCEDURE ("flu shot", "HPV vaccine" as one span like
    "HIV test"); a vaccine brand is MEDICATION ("Shingrix"); "vaccine", "vacunas", "shot" alone
    are generic. A series-due reminder is scheduling (REWRITE), not a dosing instruction. A teen's
    HPV vaccine sent to the guardian is a routine vaccine visit of a dependent (README): REWRITE.
  - D12 pharmacy names: "... Pharmacy", "... Drug", "Quick Rx", mail-order and compounding
    pharmacies are generic (unlabelled); specialty-pharmacy names and names that reveal a therapy
    area ("... Fertility Pharmacy", "... Oncology Pharmacy", "... Infusion Center",
    "... Home Infusion", "... Weight Management") are SPECIALTY. An anticoagulation clinic is a
    service line: "Anticoagulation" is SPECIALTY with "clinic" outside; a clinic named after a
    drug keeps "clinic" outside ("Coumadin" MEDICATION), like "clínica de VIH" in the README.
  - D13 a pharmacist named with a credential or role ("Ana Ruiz, PharmD", "Pharmacist Kim") is
    PROVIDER with the credential/role inside (PharmD/RPh name no specialty).
  - D14 carrier tracking numbers are OTHER_ID (a unique code tied to the shipment and so to the
    patient's address), like order numbers in earlier probes; Rx numbers are OTHER_ID (README).
  - D15 caregivers: naming the caregiver and the patient without any drug or condition is
    logistics: REWRITE; naming the third party's drug is BLOCK (README); a caregiver pickup notice
    with neither name nor drug ("your mother's prescriptions are ready") says no more than the
    patient's own ALLOW notice: ALLOW.
  - D16 a branch named by a street without a house number ("our Oak Ave location", "Valium Street
    drive-thru", "Main St. store") is a location name, not an address: unlabelled.
  - D17 purposes follow probe_lib (no confirmation/portal-notice): mail-order shipping and
    deliveries -> pickup; prior authorization, copays and insurance -> billing; shortages,
    substitutions, transfers and drug-safety recalls -> other (probe_lib's `recall` is
    recall-to-care); dosing, taper and interaction messages -> care-instructions.
  - D18 a weight change, like a lab value, is a RESULT ("12 lb") when it is the recipient's.

Everything is invented: names, pharmacies, 555-01xx numbers, example domains, Rx/claim/account and
tracking numbers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (m0001-m0020): refill-ready and pickup notices
add(
    ("m0001", "Oakridge Pharmacy: Your prescription is ready for pickup. Please pick it up within 10 days or it will be returned to stock. Questions? 555-0142",
     "ALLOW", "pickup", "sms", "en",
     [("555-0142", "PHONE")],
     ["pharmacy", "practice-contact", "contrast"], "Notification without PHI: no drug named, '... Pharmacy' is a generic practice name and the number is the pharmacy's own (labelled, ALLOW). Contrast m0002."),
    ("m0002", "Oakridge Pharmacy: Your atorvastatin 40 mg tab is ready for pickup. Please pick it up within 10 days or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("atorvastatin 40 mg tab", "MEDICATION")],
     ["pharmacy", "contrast"], "A medication name in a pickup notice is REWRITE (DESIGN); strength and form written right after the drug are inside the span (D1). Removing it leaves m0001."),
    ("m0003", "Hi Marcus, Rx #6120487 is ready at Bayview Pharmacy. Drive-thru open until 9 pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Marcus", "NAME"), ("6120487", "OTHER_ID")],
     ["pharmacy"], "The patient's name and a prescription number (OTHER_ID per README, label '#' outside) are not needed to say that something is ready."),
    ("m0004", "Your son Liam's amoxicillin 400 mg/5 mL suspension is ready at Bayview Pharmacy. Keep it in the fridge and shake well before each dose.",
     "BLOCK", "pickup", "sms", "en",
     [("Liam", "NAME"), ("amoxicillin 400 mg/5 mL suspension", "MEDICATION")],
     ["pharmacy", "pediatrics", "minor", "third-party", "contrast"], "A dependent's medication sent to the guardian is BLOCK (README third-party rule); the shake-before-each-dose line is also a dosing instruction. Contrast m0005."),
    ("m0005", "Liam's prescription is ready for pickup at Bayview Pharmacy. A parent or guardian with photo ID must pick it up.",
     "REWRITE", "pickup", "sms", "en",
     [("Liam", "NAME")],
     ["pharmacy", "pediatrics", "minor", "third-party", "contrast"], "A dependent's logistics with only a name is REWRITE like the patient's own (README); 'prescription' is generic. Contrast m0004."),
    ("m0006", "Farmacia San Rafael: su receta está lista para recoger. Horario: lunes a sábado de 9 a 8. Tel. 555-0178",
     "ALLOW", "pickup", "sms", "es",
     [("555-0178", "PHONE")],
     ["pharmacy", "practice-contact", "contrast"], "'receta' is generic, 'Farmacia ...' a generic practice name, the number the pharmacy's own: notification without PHI."),
    ("m0007", "Farmacia San Rafael: su metformina 850 mg ya está lista para recoger. Tiene 7 días para pasar por ella.",
     "REWRITE", "pickup", "sms", "es",
     [("metformina 850 mg", "MEDICATION")],
     ["pharmacy", "contrast"], "Medication with its strength in a pickup notice -> REWRITE; the purpose survives as in m0006."),
    ("m0008", "Greenleaf Drug: 3 items ready for pickup: lisinopril 20mg, HCTZ 25mg, ASA 81mg EC. Total due $12.40. Reply HOURS for store hours.",
     "REWRITE", "pickup", "sms", "en",
     [("lisinopril 20mg", "MEDICATION"), ("HCTZ 25mg", "MEDICATION"), ("ASA 81mg EC", "MEDICATION")],
     ["pharmacy", "cardiology", "shorthand"], "Abbreviations (HCTZ, ASA) are medication names (D2); 'EC' (enteric-coated) is a form right after the strength, inside the span (D1). The total due reveals nothing."),
    ("m0009", "This is an automated message from Greenleaf Drug. You have one or more prescriptions ready for pickup. For store hours, press 1. To speak with a pharmacist, press 0.",
     "ALLOW", "pickup", "voice", "en", [],
     ["pharmacy", "hard-negative"], "Voice is treated like SMS, but this says only that something is ready; 'Drug' in the pharmacy name is not a drug (D12)."),
    ("m0010", "Subject: Your order is ready\n\nHello Priya Raman,\n\nYour refill of Lexapro 10 mg (escitalopram) is ready at our downtown store. Because your prescriber raised it from 5 mg, you may notice some nausea for the first week; do not stop it suddenly.\n\nPlease bring photo ID. Thank you for choosing Harborview Pharmacy.",
     "BLOCK", "pickup", "email", "en",
     [("Priya Raman", "NAME"), ("Lexapro 10 mg", "MEDICATION"), ("escitalopram", "MEDICATION"), ("nausea", "CONDITION")],
     ["pharmacy", "behavioral-health"], "The dose change, expected side effect and 'do not stop it suddenly' are treatment instructions about the recipient's antidepressant: removing them removes the message's content -> BLOCK. E-mail is treated like SMS."),
    ("m0011", "ur rx is ready @ Quick Rx. open til 9 tonite. txt STOP 2 opt out",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "shorthand", "hard-negative"], "'rx' is the generic word for a prescription and 'Quick Rx' a pharmacy name (D12); nothing says what is ready."),
    ("m0012", "Pinecrest Pharmacy: your gabapentine 300mg caps and your lisinipril are ready, pick up by Fri.",
     "REWRITE", "pickup", "sms", "en",
     [("gabapentine 300mg caps", "MEDICATION"), ("lisinipril", "MEDICATION")],
     ["pharmacy", "typo"], "Misspelled drug names are still the drugs (D2), labelled as written; pickup notice -> REWRITE. 'Pinecrest' is a place name."),
    ("m0013", "Sra. Méndez, el Risperdal 1 mg de su hijo Mateo ya está listo en Farmacia San Rafael. Recuerde que debe tomarlo todas las noches.",
     "BLOCK", "pickup", "sms", "es",
     [("Méndez", "NAME"), ("Risperdal 1 mg", "MEDICATION"), ("Mateo", "NAME")],
     ["pharmacy", "behavioral-health", "pediatrics", "minor", "third-party"], "A child's antipsychotic named to the parent is a third party's medication (README) and comes with a dosing reminder -> BLOCK. 'Sra.' stays outside the NAME span."),
    ("m0014", "Northgate Pharmacy: your prescription needs a new authorization from your prescriber before we can fill it. We have faxed Dr. Alvarez's office; no action needed.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Alvarez", "PROVIDER")],
     ["pharmacy"], "Refill-authorization status with no drug; a provider's name is allowed, possessive 's outside."),
    ("m0015", "Dr. Alvarez approved your refill request. It will be ready after 2 pm today at Northgate Pharmacy.",
     "ALLOW", "pickup", "sms", "en",
     [("Dr. Alvarez", "PROVIDER")],
     ["pharmacy"], "'refill' is generic (README); provider and time are allowed."),
    ("m0016", "Reminder: prescriptions not picked up within 14 days are returned to stock and the charge is reversed with your insurer. Reply HOURS for store hours.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Store policy; says nothing about what the recipient takes."),
    ("m0017", "Hello, this message is for Dolores Whitfield. Your prescription for Ozempic is ready at Northgate Pharmacy. Please call us back at 555-0133. Thank you.",
     "REWRITE", "pickup", "voice", "en",
     [("Dolores Whitfield", "NAME"), ("Ozempic", "MEDICATION"), ("555-0133", "PHONE")],
     ["pharmacy", "practice-contact"], "Voice is treated like SMS (overheard, voicemail): the name and the drug can go, the pharmacy's own number stays."),
    ("m0018", "Su resurtido está listo. Total a pagar: $0.00. Farmacia La Esperanza, 555-0119.",
     "ALLOW", "pickup", "sms", "es",
     [("555-0119", "PHONE")],
     ["pharmacy", "practice-contact"], "'resurtido' (refill) is generic; an amount alone reveals nothing; the number is the pharmacy's."),
    ("m0019", "Thanks for picking up your prescription today at Linden Pharmacy! Tell us how we did: https://lindenpharmacy.example.com/survey",
     "ALLOW", "other", "sms", "en",
     [("https://lindenpharmacy.example.com/survey", "URL")],
     ["pharmacy", "practice-contact"], "The pharmacy's own survey link carries no patient token or query parameter -> ALLOW (README)."),
    ("m0020", "Sunset Pharmacy: Jorge, your insulin glargine 100 units/mL pens and pen needles are ready. Your last A1c was 9.1, so Dr. Stone wants you to check your sugar before breakfast every day.",
     "BLOCK", "pickup", "sms", "en",
     [("Jorge", "NAME"), ("insulin glargine 100 units/mL pens", "MEDICATION"), ("pen needles", "PROCEDURE"), ("A1c", "PROCEDURE"), ("9.1", "RESULT"), ("Dr. Stone", "PROVIDER")],
     ["pharmacy", "primary-care"], "A result (A1c value) and a monitoring instruction ride on the pickup notice -> BLOCK. Pen needles are a diabetes device: PROCEDURE (D10)."),
)

# ---------------------------------------------------------------- batch 2 (m0021-m0032): auto-refill and mail order
add(
    ("m0021", "You're enrolled in auto-refill at Maple Pharmacy. We'll text you when each refill is ready. Reply STOP AUTO to unenroll.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Auto-refill enrollment with no drug named."),
    ("m0022", "Auto-refill: your Synthroid 75 mcg will not be refilled on 8/14. Because your TSH came back high, Dr. Moreau sent a new Rx for 88 mcg.",
     "BLOCK", "pickup", "sms", "en",
     [("Synthroid 75 mcg", "MEDICATION"), ("8/14", "DATE"), ("TSH", "PROCEDURE"), ("high", "RESULT"), ("Dr. Moreau", "PROVIDER")],
     ["pharmacy", "primary-care"], "A result ('TSH came back high') and the dose change it caused are the message -> BLOCK. The bare '88 mcg' without a drug name is not labelled (D1)."),
    ("m0023", "Subject: Your mail-order shipment is on its way\n\nYour order has shipped. Tracking: 1Z84F2R90344712290. Contents: Xarelto 20 mg tablets, 90-day supply. Delivery to 418 Birch Ln Apt 3C, Dayton, OH 45402 is expected on 9/3. No signature is required.\n\nBluewater Mail-Order Pharmacy",
     "REWRITE", "pickup", "email", "en",
     [("1Z84F2R90344712290", "OTHER_ID"), ("Xarelto 20 mg tablets", "MEDICATION"), ("418 Birch Ln Apt 3C, Dayton, OH 45402", "ADDRESS"), ("9/3", "DATE")],
     ["pharmacy", "cardiology"], "A carrier tracking number is OTHER_ID (D14); the patient's delivery address is an identifier the notice does not need; the drug goes ('90-day supply' is a quantity, D1). All removable -> REWRITE. Mail-order pharmacy name is generic (D12); shipping -> purpose pickup (D17)."),
    ("m0024", "Your mail-order prescription has shipped and should arrive in 2-4 business days. Questions? Call Bluewater Mail-Order Pharmacy at 555-0150.",
     "ALLOW", "pickup", "sms", "en",
     [("555-0150", "PHONE")],
     ["pharmacy", "practice-contact"], "Shipping notice with no drug, address or tracking number; shipping -> purpose pickup (D17)."),
    ("m0025", "Su pedido por correo salió hoy: 2 plumas de Humira 40 mg/0.4 mL en caja refrigerada. Aplíquese una pluma cada 14 días en el muslo o el abdomen.",
     "BLOCK", "pickup", "sms", "es",
     [("Humira 40 mg/0.4 mL", "MEDICATION")],
     ["pharmacy"], "An injection schedule and injection sites are dosing instructions -> BLOCK (D9: the refrigerated box alone would be logistics)."),
    ("m0026", "Crescent Specialty Pharmacy: your refrigerated delivery is scheduled for Tuesday between 10 am and 2 pm. An adult must sign. Reply 1 to confirm.",
     "REWRITE", "pickup", "sms", "en",
     [("Crescent Specialty Pharmacy", "SPECIALTY")],
     ["pharmacy"], "README: specialty-pharmacy names are specialty-revealing; the delivery window survives without the name. 'refrigerated' is handling, not clinical (D9)."),
    ("m0027", "Delivery attempt failed at 77 Quarry Rd, Unit 2. Your pharmacy package needs a signature. Call 555-0161 to reschedule.",
     "REWRITE", "pickup", "sms", "en",
     [("77 Quarry Rd, Unit 2", "ADDRESS"), ("555-0161", "PHONE")],
     ["pharmacy", "practice-contact"], "The patient's own street address is a Safe Harbor identifier the notice does not need -> REWRITE; the pharmacy's callback number stays."),
    ("m0028", "Save with 90-day mail order! Most generics ship free to your door. Sign up at quickrx.example.com or ask at any Quick Rx counter.",
     "ALLOW", "marketing", "sms", "en",
     [("quickrx.example.com", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Marketing broadcast to everyone with the pharmacy's own site; 'Rx' in a pharmacy name (D12)."),
    ("m0029", "Subject: New strength shipping today\n\nYour levothyroxine 88 mcg ships today from Bluewater Mail-Order Pharmacy. Start the new strength when you finish your current bottle, and keep taking it on an empty stomach 30 minutes before breakfast.",
     "BLOCK", "care-instructions", "email", "en",
     [("levothyroxine 88 mcg", "MEDICATION")],
     ["pharmacy", "primary-care"], "Dose change and how-to-take instructions are the content -> BLOCK (DESIGN: dosing instructions)."),
    ("m0030", "Resurtido automático: su atorvastatina 20 mg y su losartán 50 mg se surtirán el 3 de octubre. Responda NO para cancelar.",
     "REWRITE", "pickup", "sms", "es",
     [("atorvastatina 20 mg", "MEDICATION"), ("losartán 50 mg", "MEDICATION"), ("3 de octubre", "DATE")],
     ["pharmacy", "cardiology"], "Auto-refill notice naming two drugs -> REWRITE; the date is allowed."),
    ("m0031", "Farmacia del Valle: ya no tiene que llamar para pedir sus resurtidos. Inscríbase en el resurtido automático en farmaciadelvalle.example.org.",
     "ALLOW", "marketing", "sms", "es",
     [("farmaciadelvalle.example.org", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Broadcast with the pharmacy's own site, nothing about the recipient."),
    ("m0032", "Reminder: your 90-day supply of Truvada ships 11/2. Confirm your address at https://rx.example.com/confirm?member=KQ88213",
     "REWRITE", "pickup", "sms", "en",
     [("Truvada", "MEDICATION"), ("11/2", "DATE"), ("https://rx.example.com/confirm?member=KQ88213", "URL")],
     ["pharmacy", "hiv-sexual-health"], "The drug (HIV PrEP/treatment) and a link with a patient query parameter (README: -> REWRITE) go; the shipping reminder survives."),
)

# ---------------------------------------------------------------- batch 3 (m0033-m0042): prior authorization, insurance, prices
add(
    ("m0033", "Pine Hill Pharmacy: your insurance needs a prior authorization for one of your prescriptions. We've contacted your prescriber and will text you when we hear back.",
     "ALLOW", "billing", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Prior-authorization status with no drug named (D5); PA -> purpose billing (D17)."),
    ("m0034", "Prior authorization for your Mounjaro 5 mg/0.5 mL pen was APPROVED through 12/31/2027. Your next fill will process at your plan copay.",
     "REWRITE", "billing", "sms", "en",
     [("Mounjaro 5 mg/0.5 mL pen", "MEDICATION"), ("12/31/2027", "DATE")],
     ["pharmacy", "primary-care"], "A PA approval naming the drug is REWRITE: the status survives without it (D5). The approval's end date is a DATE, allowed."),
    ("m0035", "Your plan denied the prior authorization for Wegovy. Reason: BMI of 29.4 does not meet the plan's criteria (30, or 27 with a weight-related condition). Dr. Osei's office can appeal.",
     "BLOCK", "billing", "sms", "en",
     [("Wegovy", "MEDICATION"), ("BMI", "PROCEDURE"), ("29.4", "RESULT"), ("Dr. Osei", "PROVIDER")],
     ["pharmacy", "primary-care"], "A denial whose stated reason is a measured value is BLOCK: the reason is the content (D5). BMI is a measure (PROCEDURE) and its value a RESULT, as with A1c (README). The plan's thresholds are criteria, not the patient's values."),
    ("m0036", "Su seguro negó la autorización previa de Dupixent 300 mg porque primero debe probar metotrexato por 3 meses. Reclamo n.º CLM-4471920. Su médico puede apelar.",
     "BLOCK", "billing", "sms", "es",
     [("Dupixent 300 mg", "MEDICATION"), ("metotrexato", "MEDICATION"), ("CLM-4471920", "OTHER_ID")],
     ["pharmacy", "dermatology"], "A step-therapy denial states treatment history and what to take next: clinical reason -> BLOCK (D5). Claim number is OTHER_ID (README)."),
    ("m0037", "Your claim for Humira was rejected: the prescription is missing diagnosis code K50.90 (Crohn's disease). We asked Dr. Feld to resend it.",
     "BLOCK", "billing", "sms", "en",
     [("Humira", "MEDICATION"), ("K50.90", "CONDITION"), ("Crohn's disease", "CONDITION"), ("Dr. Feld", "PROVIDER")],
     ["pharmacy"], "A diagnosis stated as the patient's (ICD-10 code and its name) is a diagnosis, not a visit label -> BLOCK (D6); the code is labelled CONDITION like its name."),
    ("m0038", "Your prescription plan changes on 1/1. Please bring your new insurance card next time you pick up. Questions? Call Pine Hill Pharmacy at 555-0127.",
     "ALLOW", "billing", "sms", "en",
     [("1/1", "DATE"), ("555-0127", "PHONE")],
     ["pharmacy", "practice-contact"], "Plan-change logistics; a date and the pharmacy's own number are allowed."),
    ("m0039", "Your copay for Eliquis 5 mg tablets (qty 60) is $47.00. A manufacturer savings card may lower it to $10 — ask us at pickup.",
     "REWRITE", "billing", "sms", "en",
     [("Eliquis 5 mg tablets", "MEDICATION")],
     ["pharmacy", "cardiology"], "Copay notice naming the drug -> REWRITE; the quantity '(qty 60)' is outside the span and unlabelled (D1)."),
    ("m0040", "Pine Hill Pharmacy $4 list: hundreds of common generics at $4 for a 30-day supply or $10 for 90 days. Pick up the full list at any counter.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "A price list without a patient."),
    ("m0041", "Su plan de medicamentos cambia su lista de medicamentos cubiertos en 2027. Consulte la nueva lista en www.planejemplo.example.org o llame al 555-0188.",
     "ALLOW", "billing", "sms", "es",
     [("www.planejemplo.example.org", "URL"), ("555-0188", "PHONE")],
     ["pharmacy", "practice-contact"], "The plan's own site and number; a year alone is not a date element."),
    ("m0042", "Dear Mr. Okafor,\n\nOur records show a balance of $85.20 for the Vivitrol 380 mg injection given on 2/6. Please pay online at https://pay.example.com or call 555-0109. Account 300-11842.\n\nRiverbend Clinic Billing",
     "REWRITE", "billing", "email", "en",
     [("Okafor", "NAME"), ("Vivitrol 380 mg injection", "MEDICATION"), ("2/6", "DATE"), ("https://pay.example.com", "URL"), ("555-0109", "PHONE"), ("300-11842", "ACCOUNT")],
     ["pharmacy", "substance-use", "practice-contact"], "Balance notice: the drug (addiction treatment; form word 'injection' with it, README), the name and the account number are removable; the pay link has no token and the number is the clinic's own -> REWRITE."),
)

# ---------------------------------------------------------------- batch 4 (m0043-m0052): shortages, substitutions, recalls, transfers
add(
    ("m0043", "Greenway Pharmacy: one of your prescriptions is on backorder from our supplier. Reply 1 to transfer it to another store, or 2 to wait 3-5 days.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Shortage notice without the drug; shortages -> purpose other (D17)."),
    ("m0044", "Your Vyvanse 40 mg is out of stock. Dr. Haas approved two 20 mg capsules instead — take both together each morning until we restock.",
     "BLOCK", "other", "sms", "en",
     [("Vyvanse 40 mg", "MEDICATION"), ("Dr. Haas", "PROVIDER")],
     ["pharmacy", "behavioral-health"], "A substitution that changes how the patient doses is a dosing instruction -> BLOCK (D7); '20 mg capsules' without a drug name is not labelled (D1)."),
    ("m0045", "We filled your Lipitor prescription with generic atorvastatin — same medicine, lower price. Call us at 555-0124 if you prefer the brand.",
     "REWRITE", "other", "sms", "en",
     [("Lipitor", "MEDICATION"), ("atorvastatin", "MEDICATION"), ("555-0124", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic-for-brand substitution without a dosing change -> REWRITE (D7): 'we filled your prescription with a generic' survives."),
    ("m0046", "Notice to all customers: the maker of one children's allergy liquid has recalled certain lots. The list of affected lots is posted at the pharmacy counter; refunds are available.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "A recall broadcast to every customer says nothing about the recipient (D8); drug-safety recalls -> purpose other (D17)."),
    ("m0047", "Important: a lot of valsartan 160 mg that you received on 5/20 has been recalled by the manufacturer. Please call Cedar Pharmacy at 555-0114 to arrange a replacement.",
     "REWRITE", "other", "sms", "en",
     [("valsartan 160 mg", "MEDICATION"), ("5/20", "DATE"), ("555-0114", "PHONE")],
     ["pharmacy", "cardiology", "practice-contact"], "A recall naming the recipient's drug is REWRITE: 'a medication you received has been recalled, call us' survives (D8)."),
    ("m0048", "Aviso: retiraron del mercado un lote de metformina de liberación prolongada 500 mg que usted recibió. No deje de tomarla sin hablar con su médico; le cambiaremos el frasco sin costo.",
     "BLOCK", "other", "sms", "es",
     [("metformina de liberación prolongada 500 mg", "MEDICATION")],
     ["pharmacy", "primary-care"], "A recall with a treatment instruction ('no deje de tomarla') -> BLOCK (D8); the release form is part of the drug name ('ER' spelled out)."),
    ("m0049", "Nationwide shortages are affecting some common medicines. If we can't fill your prescription, we'll call you with options. Thank you for your patience. — Elm Street Pharmacy",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Shortage broadcast; names nothing."),
    ("m0050", "Farmacia Central: por escasez no tenemos Ozempic 1 mg. Podemos transferir su receta a otra sucursal. Responda SÍ para transferirla.",
     "REWRITE", "other", "sms", "es",
     [("Ozempic 1 mg", "MEDICATION")],
     ["pharmacy"], "Shortage notice naming the recipient's drug -> REWRITE; the transfer offer survives."),
    ("m0051", "The EpiPen Jr 0.15 mg auto-injectors we dispensed for Chloe on 3/2 are part of a recall. Keep carrying them until replacements arrive — they can still be used in an emergency.",
     "BLOCK", "other", "sms", "en",
     [("EpiPen Jr 0.15 mg auto-injectors", "MEDICATION"), ("Chloe", "NAME"), ("3/2", "DATE")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A child's medication named to the guardian (README third-party) plus a treatment instruction -> BLOCK (D8)."),
    ("m0052", "We transferred your prescriptions from Riverside Pharmacy to our Oak Ave location as you asked. They will be ready after 4 pm.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Transfer notice with no drug; 'Oak Ave location' is a branch named by its street without a number, not an address (D16)."),
)

# ---------------------------------------------------------------- batch 5 (m0053-m0062): controlled substances, opioid treatment
add(
    ("m0053", "Starting 3/1, photo ID is required to pick up any controlled-substance prescription, including for a family member. — Cedar Pharmacy",
     "ALLOW", "other", "sms", "en",
     [("3/1", "DATE")],
     ["pharmacy", "broadcast"], "Policy broadcast to everyone: 'controlled-substance' describes a class in a rule, not the recipient's drug, so it is unlabelled (D3). Contrast m0060."),
    ("m0054", "Your oxycodone 5 mg refill can't be filled before 6/12 under state law. We'll text you when it's ready.",
     "REWRITE", "pickup", "sms", "en",
     [("oxycodone 5 mg", "MEDICATION"), ("6/12", "DATE")],
     ["pharmacy"], "A too-early-refill notice is refill logistics, not a dosing instruction (D4): 'your refill can't be filled before 6/12' survives -> REWRITE."),
    ("m0055", "Su receta de sustancia controlada podrá surtirse a partir del 12 de junio. Traiga identificación con foto.",
     "REWRITE", "pickup", "sms", "es",
     [("sustancia controlada", "MEDICATION"), ("12 de junio", "DATE")],
     ["pharmacy"], "'Sustancia controlada' said of the recipient's own prescription is a drug class (D3) -> MEDICATION; refill timing is logistics (D4) -> REWRITE."),
    ("m0056", "Harbor Recovery Clinic: please bring your Suboxone film box to your pill count visit Thursday at 10. Questions? 555-0170",
     "REWRITE", "reminder", "sms", "en",
     [("Harbor Recovery Clinic", "SPECIALTY"), ("Suboxone film", "MEDICATION"), ("pill count", "PROCEDURE"), ("555-0170", "PHONE")],
     ["pharmacy", "substance-use", "practice-contact"], "Program name, drug ('film' is its form, 'box' packaging, D1) and a pill count as a named visit type (PROCEDURE) all go; the Thursday-at-10 reminder survives -> REWRITE."),
    ("m0057", "Your early refill request for Xanax 1 mg was denied. Taken 1 tab twice daily as prescribed, you should still have 9 tablets; next fill is 7/8.",
     "BLOCK", "pickup", "sms", "en",
     [("Xanax 1 mg", "MEDICATION"), ("7/8", "DATE")],
     ["pharmacy", "behavioral-health"], "States the dosing regimen and a pill count -> BLOCK (D4), unlike the bare early-refill notice m0054."),
    ("m0058", "Please take a number at the kiosk and we'll call you to the pickup window. Average wait right now: 10 minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "'take' here is not a dosing word; nothing about the recipient."),
    ("m0059", "ur 0xyc0d0ne 10mg early refill = denied. next fill 6/30. dont double up if u run short",
     "BLOCK", "pickup", "sms", "en",
     [("0xyc0d0ne 10mg", "MEDICATION"), ("6/30", "DATE")],
     ["pharmacy", "leet", "shorthand"], "The leetspeak drug name is still the drug (D2), and 'dont double up' is a dosing instruction -> BLOCK (D4)."),
    ("m0060", "This is Cedar Pharmacy calling for Anthony Russo. Your controlled-substance prescription is ready. State law requires photo ID at pickup. Our number is 555-0145.",
     "REWRITE", "pickup", "voice", "en",
     [("Anthony Russo", "NAME"), ("controlled-substance", "MEDICATION"), ("555-0145", "PHONE")],
     ["pharmacy", "practice-contact", "contrast"], "Said of the recipient's own prescription, 'controlled-substance' is a drug class (D3); it and the name go, the ID rule and the number stay. Contrast m0053."),
    ("m0061", "Farmacia Los Pinos: por ley, las recetas de medicamentos controlados solo pueden recogerse con identificación con foto. Gracias por su comprensión.",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Rule broadcast to everyone; the class names no one's drug (D3)."),
    ("m0062", "Bright Path Treatment Center: your methadone dose is now 85 mg. You have earned 2 take-home doses starting Saturday; bring your lockbox.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Bright Path Treatment Center", "SPECIALTY"), ("methadone", "MEDICATION")],
     ["pharmacy", "substance-use"], "A methadone dose and take-home privileges are treatment content under Part 2 -> BLOCK; the program name reveals substance-use treatment."),
)

# ---------------------------------------------------------------- batch 6 (m0063-m0076): dose changes, tapers, how to take, missed doses
add(
    ("m0063", "Dr. Lin wants you to taper prednisone: 40 mg x3d, 30 mg x3d, 20 mg x3d, 10 mg x3d, then stop. New Rx sent to your pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Lin", "PROVIDER"), ("prednisone", "MEDICATION")],
     ["pharmacy", "primary-care", "shorthand", "contrast"], "A taper schedule is a dosing instruction -> BLOCK; the sig ('40 mg x3d') is outside the span (D1). Contrast m0064 in the portal."),
    ("m0064", "Message from Dr. Lin: please taper your prednisone as follows — 40 mg daily for 3 days, then 30 mg for 3 days, 20 mg for 3 days and 10 mg for 3 days, then stop. The new prescription was sent to your pharmacy.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Lin", "PROVIDER"), ("prednisone", "MEDICATION")],
     ["pharmacy", "primary-care", "contrast"], "Channel portal: dose instructions and drug names are fine inside the secure portal (README). Contrast m0063."),
    ("m0065", "Rx: amoxicillin-clavulanate 875 mg tab, 1 tab PO BID x10d w/ food. Finish all doses even if you feel better. —Dr. Park",
     "BLOCK", "care-instructions", "sms", "en",
     [("amoxicillin-clavulanate 875 mg tab", "MEDICATION"), ("Dr. Park", "PROVIDER")],
     ["pharmacy", "primary-care", "shorthand"], "Latin sig shorthand is a dosing instruction -> BLOCK. The sig '1 tab PO BID x10d' stays outside the MEDICATION span and is unlabelled (D1)."),
    ("m0066", "Instrucciones: tome 1 tableta de lisinopril 10 mg cada mañana. Si se le olvida una dosis, tómela en cuanto se acuerde, pero no tome dos a la vez.",
     "BLOCK", "care-instructions", "sms", "es",
     [("lisinopril 10 mg", "MEDICATION")],
     ["pharmacy", "cardiology"], "How-to-take and missed-dose instructions for a named drug -> BLOCK."),
    ("m0067", "Missed a dose? Don't guess — check the leaflet that came with your medicine or call our pharmacists 24/7 at 555-0101.",
     "ALLOW", "other", "sms", "en",
     [("555-0101", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Generic missed-dose advice to everyone with no drug named; '24/7' is not a date (README)."),
    ("m0068", "Reminder: take your MTX 2.5 mg tabs — 6 tabs once a WEEK on Mondays, not daily. Folic acid 1 mg every day except Monday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("MTX 2.5 mg tabs", "MEDICATION"), ("Folic acid 1 mg", "MEDICATION")],
     ["pharmacy", "shorthand"], "Dosing instructions for methotrexate (abbreviated MTX, D2) and folic acid -> BLOCK."),
    ("m0069", "Per Dr. Banerjee: increase your insulin to 22 units at bedtime and text us your fasting sugars on Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Banerjee", "PROVIDER"), ("insulin", "MEDICATION"), ("fasting sugars", "PROCEDURE")],
     ["pharmacy", "primary-care"], "A dose change -> BLOCK; the dose written elsewhere is not in the span (README); fasting sugars are a measure (PROCEDURE)."),
    ("m0070", "Anticoagulation clinic: your INR today was 3.6. Skip tonight's warfarin dose, then resume 5 mg daily. Recheck on 4/18.",
     "BLOCK", "result", "sms", "en",
     [("Anticoagulation", "SPECIALTY"), ("INR", "PROCEDURE"), ("3.6", "RESULT"), ("warfarin", "MEDICATION"), ("4/18", "DATE")],
     ["pharmacy", "cardiology"], "A result and a dosing instruction -> BLOCK. An anticoagulation clinic is a service line: 'Anticoagulation' SPECIALTY, 'clinic' outside (D12)."),
    ("m0071", "Mensaje del Dr. Robles: ajustamos su sertralina a 100 mg diarios a partir de mañana. La nueva receta ya está en su farmacia.",
     "ALLOW", "care-instructions", "portal", "es",
     [("Dr. Robles", "PROVIDER"), ("sertralina", "MEDICATION")],
     ["pharmacy", "behavioral-health", "contrast"], "Channel portal: a dose change is fine inside the secure portal (README)."),
    ("m0072", "Subject: Week 5 of your weight program\n\nHi Keisha,\n\nGreat job so far! This week you step up your semaglutide from 0.25 mg to 0.5 mg once weekly, on the same day as before. Some people notice more nausea for a few days after the increase: eat smaller meals, stop eating when you feel full, and drink water through the day. If you have vomiting that won't stop or severe belly pain, call us.\n\nYour next pen ships Monday.\n\nWarm regards,\nThe Care Team at Lakeview Weight Management",
     "BLOCK", "care-instructions", "email", "en",
     [("weight program", "PROCEDURE"), ("Keisha", "NAME"), ("semaglutide", "MEDICATION"), ("nausea", "CONDITION"), ("vomiting", "CONDITION"), ("severe belly pain", "CONDITION"), ("Lakeview Weight Management", "SPECIALTY")],
     ["pharmacy", "primary-care"], "GLP-1 titration and side-effect instructions are the content -> BLOCK. The program is a PROCEDURE (README: programs) and the weight-management practice name is specialty-revealing (D12)."),
    ("m0073", "Sr. Aguilar, a partir de hoy tome la furosemida 40 mg dos veces al día en lugar de una. Pésese cada mañana y llame si sube más de 1 kilo.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aguilar", "NAME"), ("furosemida 40 mg", "MEDICATION")],
     ["pharmacy", "cardiology"], "Dose change and monitoring instruction -> BLOCK; 'Sr.' outside the NAME span."),
    ("m0074", "Tip of the week: take medicines exactly as the label says and keep them out of children's reach. Questions? Ask a pharmacist at any Oak Pharmacy counter.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Generic advice to everyone; 'take ... as the label says' names no drug and no patient."),
    ("m0075", "Missed your Tru\u200bvada? Take it as soon as you remember, then go back to 1 pill a day. Never take 2 in one day.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tru\u200bvada", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "Missed-dose instruction for HIV PrEP/treatment -> BLOCK; the zero-width space inside the name does not change what it is (span covers the whole disguised word)."),
    ("m0076", "If you missed 2 active pills of your Sprintec, take the most recent missed pill now and use a backup method for 7 days. — Rosewood Women's Health",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sprintec", "MEDICATION"), ("Rosewood Women's Health", "SPECIALTY")],
     ["pharmacy", "reproductive"], "Missed-pill instruction for a contraceptive -> BLOCK; a women's-health practice name is specialty-revealing (reproductive)."),
)

# ---------------------------------------------------------------- batch 7 (m0077-m0084): interactions, side effects, hard negatives
add(
    ("m0077", "Pharmacist note: your new clarithromycin interacts with your simvastatin 40 mg. Pause it until you finish the antibiotic, then restart.",
     "BLOCK", "care-instructions", "sms", "en",
     [("clarithromycin", "MEDICATION"), ("simvastatin 40 mg", "MEDICATION"), ("antibiotic", "MEDICATION")],
     ["pharmacy", "cardiology"], "An interaction and a hold instruction -> BLOCK; the drug class 'antibiotic' is MEDICATION (README)."),
    ("m0078", "La farmacéutica revisó sus medicamentos: el ibuprofeno junto con su losartán puede afectar sus riñones. Para el dolor use paracetamol.",
     "BLOCK", "care-instructions", "sms", "es",
     [("ibuprofeno", "MEDICATION"), ("losartán", "MEDICATION"), ("dolor", "CONDITION"), ("paracetamol", "MEDICATION")],
     ["pharmacy", "cardiology"], "An interaction warning and what to take instead -> BLOCK; a symptom is a CONDITION (README)."),
    ("m0079", "Cold & flu aisle: Advil, Tylenol and store-brand cough syrups 20% off through Sunday at all Maplewood Pharmacy stores. Flu shots, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative", "contrast"], "Drug names in an ad sent to every customer say nothing about the recipient and are not labelled (D3; README broadcasts: ALLOW, no span). Contrast m0110."),
    ("m0080", "Clozapine reminder from Dr. Eze's office: your ANC blood draw is due 9/9. Call right away if you get a fever or sore throat.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Clozapine", "MEDICATION"), ("Dr. Eze", "PROVIDER"), ("ANC", "PROCEDURE"), ("9/9", "DATE"), ("fever", "CONDITION"), ("sore throat", "CONDITION")],
     ["pharmacy", "behavioral-health", "lab"], "The lab-draw reminder could be rewritten, but the drug-specific warning symptoms are a treatment instruction -> BLOCK."),
    ("m0081", "Lakeside Pharmacy reminder: your Coumadin clinic visit for an INR check is tomorrow at 8:30 am.",
     "REWRITE", "reminder", "sms", "en",
     [("Coumadin", "MEDICATION"), ("INR", "PROCEDURE")],
     ["pharmacy", "cardiology"], "A clinic named after a drug keeps 'clinic' outside, like 'clínica de VIH' (D12); the test is a PROCEDURE with 'check' outside. Visit logistics survive -> REWRITE."),
    ("m0082", "Dear Walter Brooks,\n\nThis is Ana Ruiz, PharmD, at Fairview Pharmacy. While filling your new prescription for sildenafil 20 mg we noticed you also receive nitroglycerin 0.4 mg tablets for chest pain. Taking these together can drop your blood pressure dangerously. Please do not start the new medicine until you have spoken with Dr. Chen; we have faxed his office and are holding the prescription.\n\nYou can reach me directly at 555-0137.\n\nAna Ruiz, PharmD\nFairview Pharmacy",
     "BLOCK", "care-instructions", "email", "en",
     [("Walter Brooks", "NAME"), ("Ana Ruiz, PharmD", "PROVIDER"), ("sildenafil 20 mg", "MEDICATION"), ("nitroglycerin 0.4 mg tablets", "MEDICATION"), ("chest pain", "CONDITION"), ("Dr. Chen", "PROVIDER"), ("555-0137", "PHONE"), ("Ana Ruiz, PharmD", "PROVIDER", 1)],
     ["pharmacy", "cardiology", "practice-contact"], "Interaction warning with a condition and a do-not-start instruction -> BLOCK. A pharmacist with PharmD is PROVIDER, credential inside (D13)."),
    ("m0083", "Our Valium Street drive-thru will be closed Saturday for repaving. The Main St. store is open 8 to 8 as usual.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "'Valium Street' is a street name, not a drug; branches named by a street without a number are not addresses (D16)."),
    ("m0084", "Si la Depo-Provera le causa sangrado irregular, es normal en los primeros meses. Su próxima inyección le toca el 14 de agosto.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Depo-Provera", "MEDICATION"), ("sangrado irregular", "CONDITION"), ("14 de agosto", "DATE")],
     ["pharmacy", "reproductive"], "Side-effect counselling for a named contraceptive -> BLOCK; 'inyección' alone is generic (D1)."),
)

# ---------------------------------------------------------------- batch 8 (m0085-m0100): injectables, infusions, specialty drugs
add(
    ("m0085", "Westbrook Home Infusion: your nurse will visit between 8 and 10 am on 7/22 for your ceftriaxone 1 g IV dose.",
     "REWRITE", "reminder", "sms", "en",
     [("Westbrook Home Infusion", "SPECIALTY"), ("7/22", "DATE"), ("ceftriaxone 1 g IV", "MEDICATION")],
     ["pharmacy", "home-health"], "The route written right after the strength is inside the span (D1); a home-infusion name is specialty-revealing (D12). 'your nurse will visit between 8 and 10 am on 7/22' survives -> REWRITE."),
    ("m0086", "Reminder: your Remicade infusion is Monday 10/6 at 9 am in Bay 4 at Lakeshore Infusion Center.",
     "REWRITE", "reminder", "sms", "en",
     [("Remicade infusion", "MEDICATION"), ("10/6", "DATE"), ("Lakeshore Infusion Center", "SPECIALTY")],
     ["pharmacy"], "A form word right after the drug goes with it (README, 'cortisone injection'); an infusion-center name is specialty-revealing (D12). The appointment survives -> REWRITE."),
    ("m0087", "Recordatorio: su inyección de Invega Sustenna es el jueves 5 de marzo a las 11 am en Clínica Serenidad Salud Mental.",
     "REWRITE", "reminder", "sms", "es",
     [("Invega Sustenna", "MEDICATION"), ("5 de marzo", "DATE"), ("Clínica Serenidad Salud Mental", "SPECIALTY")],
     ["pharmacy", "behavioral-health"], "Long-acting antipsychotic injection visit: drug and mental-health clinic name go, the appointment survives -> REWRITE. In Spanish 'inyección de' comes first and stays outside as generic (D1)."),
    ("m0088", "Your Abilify Maintena dose goes from 300 mg to 400 mg monthly, starting with your 6/4 shot. Keep taking the 10 mg tablets for 2 more weeks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Abilify Maintena", "MEDICATION"), ("6/4", "DATE")],
     ["pharmacy", "behavioral-health"], "A dose change and an oral-overlap instruction -> BLOCK."),
    ("m0089", "Bloom Fertility Pharmacy: your Gonal-f 900 IU pen and Menopur 75 IU vials ship overnight for delivery on 4/9. An adult must sign.",
     "REWRITE", "pickup", "sms", "en",
     [("Bloom Fertility Pharmacy", "SPECIALTY"), ("Gonal-f 900 IU pen", "MEDICATION"), ("Menopur 75 IU vials", "MEDICATION"), ("4/9", "DATE")],
     ["pharmacy", "fertility", "reproductive"], "Fertility-pharmacy name (D12) and fertility drugs go; the delivery date survives -> REWRITE."),
    ("m0090", "Trigger shot tonight: inject Ovidrel 250 mcg at exactly 9:30 pm. Your retrieval is Friday at 7:30 am; nothing to eat after midnight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Trigger shot", "PROCEDURE"), ("Ovidrel 250 mcg", "MEDICATION"), ("retrieval", "PROCEDURE")],
     ["pharmacy", "fertility"], "A timed injection instruction is a dosing instruction -> BLOCK. 'Trigger shot' is PROCEDURE (README)."),
    ("m0091", "Hi, your P r E P refill is ready at Linden Pharmacy. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("P r E P", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health", "spaced"], "Spaced letters still spell PrEP (MEDICATION, README; D2); without it the pickup notice is ALLOW -> REWRITE."),
    ("m0092", "Su Biktarvy ya llegó. Tómela todos los días a la misma hora; su carga viral de marzo salió indetectable.",
     "BLOCK", "result", "sms", "es",
     [("Biktarvy", "MEDICATION"), ("carga viral", "PROCEDURE"), ("indetectable", "RESULT")],
     ["pharmacy", "hiv-sexual-health"], "A result (even a good one, README) and a how-to-take instruction for HIV treatment -> BLOCK."),
    ("m0093", "Positive Living Clinic pharmacy window: your refill is ready. Open Mon-Fri 8-5.",
     "REWRITE", "pickup", "sms", "en",
     [("Positive Living Clinic", "SPECIALTY")],
     ["pharmacy", "hiv-sexual-health"], "The clinic name is specialty-revealing (README's own example); 'pharmacy window' and 'refill' are generic -> REWRITE."),
    ("m0094", "Your bupr\u0435norphine 8 mg dose goes up to 12 mg daily starting tomorrow per Dr. Vance.",
     "BLOCK", "care-instructions", "sms", "en",
     [("bupr\u0435norphine 8 mg", "MEDICATION"), ("Dr. Vance", "PROVIDER")],
     ["pharmacy", "substance-use"], "A dose change for buprenorphine -> BLOCK; a Cyrillic 'е' inside the name does not change what it is."),
    ("m0095", "Good news: your Dupixent starter kit was approved! Your injection training visit is 9/12 at 2 pm with nurse Dana.",
     "REWRITE", "reminder", "sms", "en",
     [("Dupixent", "MEDICATION"), ("injection training", "PROCEDURE"), ("9/12", "DATE"), ("nurse Dana", "PROVIDER")],
     ["pharmacy", "dermatology"], "Drug (packaging 'starter kit' outside, D1) and a named visit type go; the visit date, time and nurse stay -> REWRITE."),
    ("m0096", "Sharps disposal: bring full containers to any Elm Pharmacy store on the first Saturday of each month. Free for everyone.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast to everyone; says nothing about the recipient."),
    ("m0097", "Your Zepbound 2.5 mg/0.5 mL pen is ready ($25 with your savings card). You're down 12 lb, so Dr. Park will move you up to 5 mg next month.",
     "BLOCK", "pickup", "sms", "en",
     [("Zepbound 2.5 mg/0.5 mL pen", "MEDICATION"), ("12 lb", "RESULT"), ("Dr. Park", "PROVIDER")],
     ["pharmacy", "primary-care"], "The recipient's weight change is a RESULT (D18) and the planned dose increase a dosing plan -> BLOCK."),
    ("m0098", "Subject: Your shipment\n\nHello Mr. Haddad,\n\nCrestwood Oncology Pharmacy shipped your capecitabine 500 mg tablets today. Take 3 tablets twice a day within 30 minutes after breakfast and dinner for 14 days, then 7 days off. Wash your hands after handling them.\n\nCall us the same day if you have 4 or more loose stools in a day, or red, sore or peeling palms or soles (hand-foot syndrome). Do not take extra doses to make up for missed ones.\n\nOur oncology pharmacists are available 24/7 at 555-0181.\n\nCrestwood Oncology Pharmacy\n2200 Harbor Blvd, Suite 300, Long Beach, CA 90806",
     "BLOCK", "care-instructions", "email", "en",
     [("Haddad", "NAME"), ("Crestwood Oncology Pharmacy", "SPECIALTY"), ("capecitabine 500 mg tablets", "MEDICATION"), ("loose stools", "CONDITION"), ("red, sore or peeling palms or soles", "CONDITION"), ("hand-foot syndrome", "CONDITION"), ("oncology", "SPECIALTY"), ("555-0181", "PHONE"), ("Crestwood Oncology Pharmacy", "SPECIALTY", 1), ("2200 Harbor Blvd, Suite 300, Long Beach, CA 90806", "ADDRESS")],
     ["pharmacy", "oncology", "practice-contact"], "Oral chemotherapy dosing and side-effect instructions -> BLOCK. The oncology pharmacy's name is SPECIALTY each time; its own address and phone are labelled."),
    ("m0099", "Hi Nora, this is Pharmacist Kim at Cedar Pharmacy. Your dad's Eliquis was lowered to 2.5 mg twice a day because of his kidney function, so please don't give him the old 5 mg tablets.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nora", "NAME"), ("Pharmacist Kim", "PROVIDER"), ("Eliquis", "MEDICATION"), ("kidney function", "CONDITION")],
     ["pharmacy", "cardiology", "third-party"], "A third party's medication, dose and condition -> BLOCK (README). 'Pharmacist Kim' is PROVIDER with the role inside (D13)."),
    ("m0100", "Your prior authorization for Humira 40 mg/0.4 mL was renewed through 2027. Keep injecting 1 pen every 14 days as before; your next shipment goes out next week.",
     "ALLOW", "billing", "portal", "en",
     [("Humira 40 mg/0.4 mL", "MEDICATION")],
     ["pharmacy", "contrast"], "Channel portal: drug and dosing are fine inside the secure portal (README); the same text by SMS would be BLOCK."),
)

# ---------------------------------------------------------------- batch 9 (m0101-m0120): vaccines, compounding, OTC, caregivers, hard negatives
add(
    ("m0101", "Flu shots are here! Walk in any time at Hillside Pharmacy — no appointment needed. Most insurance plans cover them at $0.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative", "contrast"], "Broadcast to every patient (README: flu shots available -> ALLOW, no span). Contrast m0102."),
    ("m0102", "Hi Ellen, your flu shot appointment at Hillside Pharmacy is tomorrow at 3:15 pm. Please wear short sleeves.",
     "REWRITE", "reminder", "sms", "en",
     [("Ellen", "NAME"), ("flu shot", "PROCEDURE")],
     ["pharmacy", "contrast"], "The recipient's own flu-shot appointment is REWRITE (README); name and visit type go."),
    ("m0103", "Your Shingrix dose 2 is due after 11/20. Book at hillside.example.com/vaccines or just walk in.",
     "REWRITE", "reminder", "sms", "en",
     [("Shingrix", "MEDICATION"), ("11/20", "DATE"), ("hillside.example.com/vaccines", "URL")],
     ["pharmacy", "practice-contact"], "A vaccine brand is MEDICATION (D11); a series-due reminder is scheduling, not a dosing instruction -> REWRITE. The pharmacy's own booking link has no token."),
    ("m0104", "¡Ya llegaron las vacunas contra la gripe! Farmacia Hillside, sin cita, de lunes a domingo. La mayoría de los seguros las cubren sin costo.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Flu-shot broadcast to everyone (README) -> ALLOW, no span."),
    ("m0105", "Las vacunas de Sofía para la escuela están programadas para el 8/15 a las 4 pm en Farmacia Hillside. Traiga su cartilla de vacunación.",
     "REWRITE", "reminder", "sms", "es",
     [("Sofía", "NAME"), ("8/15", "DATE")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A dependent's vaccine appointment with a name is REWRITE (README); 'vacunas' alone is generic (D11)."),
    ("m0106", "Reminder: Jaden's HPV vaccine dose 2 is due at our pharmacy clinic on 1/9. Walk-ins welcome 9-5.",
     "REWRITE", "reminder", "sms", "en",
     [("Jaden", "NAME"), ("HPV vaccine", "PROCEDURE"), ("1/9", "DATE")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A teen's routine vaccine sent to the guardian is dependent logistics (README lists vaccines) -> REWRITE, not a third party's health; 'HPV vaccine' is one PROCEDURE span like 'HIV test' (D11)."),
    ("m0107", "Westside Compounding Pharmacy: your compounded progesterone 200 mg capsules are ready. Pick up by Saturday.",
     "REWRITE", "pickup", "sms", "en",
     [("progesterone 200 mg capsules", "MEDICATION")],
     ["pharmacy", "reproductive"], "A compounding pharmacy's name is generic (D12); the compounded drug is removable -> REWRITE."),
    ("m0108", "Westside Compounding Pharmacy: your compounded prescription is ready. Flavoring for children's liquids is free — just ask.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Compounding pharmacy name is generic (D12) and no drug is named."),
    ("m0109", "Subject: Hillside Health Minute — spring allergy season\n\nHello from Hillside Pharmacy!\n\nPollen counts are climbing. A few reminders for everyone:\n\n• Store-brand antihistamines work like the big names and cost less — ask us to compare labels.\n• Saline rinses and nasal sprays work best when started before the season peaks.\n• Many cold and allergy products share the same ingredient, so read labels before combining them.\n\nThis week only: Advil and Claritin 2-for-1 at all stores. Free blood-pressure checks every Saturday morning.\n\nFlu shots are available at every store, no appointment needed, for everyone 3 and older. Most plans cover them at no cost.\n\nNew hours at all stores starting next month: Monday to Friday 8 am to 9 pm, weekends 9 am to 6 pm.\n\nQuestions? Call a pharmacist at 555-0190 or visit hillside.example.com.\n\nYou are receiving this because you subscribed to our newsletter. Reply UNSUBSCRIBE to stop these e-mails.",
     "ALLOW", "marketing", "email", "en",
     [("555-0190", "PHONE"), ("hillside.example.com", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Newsletter to every subscriber: drug names and classes in it are not labelled (D3); free BP checks are a broadcast (README)."),
    ("m0110", "Re your question: yes, you can take Tylenol 500 mg with your amlodipine, up to 6 tablets a day. Avoid Advil and Aleve because of your kidney disease.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tylenol 500 mg", "MEDICATION"), ("amlodipine", "MEDICATION"), ("Advil", "MEDICATION"), ("Aleve", "MEDICATION"), ("kidney disease", "CONDITION")],
     ["pharmacy", "contrast"], "OTC advice to one patient with a dose, the patient's drug and condition -> BLOCK; here 'Advil' is about the recipient and labelled (contrast m0079)."),
    ("m0111", "Hi Tomás, you're now listed as an authorized pickup person for Elena Vargas at Hillside Pharmacy. Please bring photo ID when you pick up.",
     "REWRITE", "other", "sms", "en",
     [("Tomás", "NAME"), ("Elena Vargas", "NAME")],
     ["pharmacy", "third-party"], "Naming the caregiver and the patient without a drug or condition is logistics -> REWRITE (D15)."),
    ("m0112", "Your mother's prescriptions are ready for pickup at Cedar Pharmacy. As her authorized caregiver, please bring your photo ID.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "third-party"], "A caregiver pickup notice with neither name nor drug says no more than the patient's own ALLOW notice (D15; README treats dependent logistics like the patient's own)."),
    ("m0113", "Sra. Paredes, ya puede recoger el donepezilo 10 mg y la memantina de su esposo. Recuerde dárselos con la cena.",
     "BLOCK", "pickup", "sms", "es",
     [("Paredes", "NAME"), ("donepezilo 10 mg", "MEDICATION"), ("memantina", "MEDICATION")],
     ["pharmacy", "third-party"], "A third party's medications named to the caregiver -> BLOCK (README; D15), with a how-to-give instruction."),
    ("m0114", "Ambiente Nails is now open next to our Pine Plaza store! Pharmacy hours are unchanged: Mon-Fri 9-9, Sat-Sun 10-6.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "'Ambiente' contains 'Ambien' but is a shop name; hours only."),
    ("m0115", "Holiday hours: all Quick Rx pharmacies close at 5 pm on Christmas Eve and are closed on Christmas Day. The 24-hour Main St. store stays open.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Holiday-hours broadcast; holidays are not dates (README); 'Rx' is part of the name."),
    ("m0116", "Farmacia Crest: por favor tome un número en la entrada y espere su turno. Gracias por su paciencia.",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "hard-negative"], "'tome un número' is not a dosing instruction and 'Crest' is a store name."),
    ("m0117", "Hola Rogelio, sus tiras reactivas y su glucómetro ya llegaron a Farmacia Crest. Su doctora quiere que se mida el azúcar 3 veces al día y anote los resultados.",
     "BLOCK", "pickup", "sms", "es",
     [("Rogelio", "NAME"), ("tiras reactivas", "PROCEDURE"), ("glucómetro", "PROCEDURE")],
     ["pharmacy", "primary-care"], "A monitoring instruction rides on the pickup notice -> BLOCK. Diabetes supplies are devices: PROCEDURE (D10)."),
    ("m0118", "Don Ernesto, su INR salió en 1.8, un poco bajo. El Dr. Ibarra dice que tome una tableta y media de warfarina 5 mg hoy y mañana.",
     "BLOCK", "result", "sms", "es",
     [("Ernesto", "NAME"), ("INR", "PROCEDURE"), ("1.8", "RESULT"), ("un poco bajo", "RESULT"), ("Dr. Ibarra", "PROVIDER"), ("warfarina 5 mg", "MEDICATION")],
     ["pharmacy", "cardiology"], "A result and a dosing instruction -> BLOCK; 'Don' stays outside the NAME span (README)."),
    ("m0119", "Your refill is ready. -Oak Pharmacy",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative", "contrast"], "The minimal notification without PHI. Contrast m0120."),
    ("m0120", "Rx ready: sertaline 50mg. -Oak Pharmacy",
     "REWRITE", "pickup", "sms", "en",
     [("sertaline 50mg", "MEDICATION")],
     ["pharmacy", "behavioral-health", "typo", "contrast"], "A misspelled drug (D2) in a pickup notice -> REWRITE; removing it leaves m0119's content."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "m", "probe11.jsonl")
