#!/usr/bin/env python3
"""Build corpus/probe114.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe114.py [OUT] [-v]   (default: probe114.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is RHEUMATOLOGY, IMMUNOLOGY AND INFUSION CENTERS: what rheumatology and
clinical-immunology practices, allergy-immunology infusion suites and hospital infusion centers
send — biologic and infusion scheduling (chair times, pre-medication, observation periods), lab
monitoring before methotrexate or biologics, prior-authorization and copay-assistance notices,
specialty-pharmacy deliveries, joint-injection visits, flare check-ins, vaccine reminders for
immunosuppressed patients and support-group events — mixing messages that reveal the recipient's
condition, drug, test or procedure with ones that only schedule or bill, and look-alikes (a flare
gun at a safety fair, a joint venture, the Joint Commission, "Lupe" and "Gout" as names, an
infusion of new ideas, ironing out details, a biological father's consent form, "gota a gota",
"limar detalles"). 15% Spanish; four disguised messages (spaced letters, zero-width space, leet,
a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tag: the vocabulary has no rheumatology, immunology, allergy or infusion tag, so
     those messages carry `general`, plus `pharmacy`, `lab`, `imaging`, `ophthalmology`,
     `pediatrics`, `primary-care` or `reproductive` when that service is involved.
  2. Rheumatology, (allergy &) immunology and infusion-center names and words are
     specialty-revealing -> SPECIALTY (like imaging or dialysis names); "the specialty
     pharmacy" as a service word is SPECIALTY too; "infusion" as the visit itself is PROCEDURE.
  3. A drug followed by infusion / injection / shot / pen / syringes / vaccine is one
     MEDICATION span (README's form-word rule, `cortisone injection`), also in Spanish
     ("infusiones de hierro"); IVIG, "biologic", "immunosuppressant", "TNF inhibitors" and an
     allergen extract are MEDICATION (classes and products used as names).
  4. Vaccines: a brand (Shingrix, Prevnar 20) is MEDICATION; a generic vaccine name (flu shot,
     MMR, COVID-19 vaccine, vacuna contra la neumonía) is PROCEDURE like `flu shot`.
  5. "Chair time", a post-infusion observation period or a monitoring wait are logistics and
     not labelled; a message that names no service and only mentions chair times is ALLOW.
  6. Storage and handling (refrigerate, room temperature, keep out of sun) are not dosing
     instructions; hold / skip / taper / pre-medication doses / stopping antihistamines
     before a test are (BLOCK).
  7. Prior authorization: "received" or "approved" with the drug named is REWRITE; a denial
     that states its clinical reason (step therapy, missing imaging for a diagnosis) is BLOCK.
  8. A copay-card number is OTHER_ID; the BIN and group of a copay program (the same for every
     cardholder) and a carrier's tracking number are not labelled (like confirmation codes).
  9. On a claim notice an ICD-10 code is CONDITION, a CPT code PROCEDURE and a HCPCS drug code
     (J-code) MEDICATION; a diagnosis code makes the notice BLOCK.
 10. The last four digits of an SSN are labelled SSN (only on a BLOCK line).
 11. A support-group invitation addressed to the patient by name with the condition in the
     group's name is REWRITE (the condition word is CONDITION); a community-newsletter item
     open to anyone is a broadcast: ALLOW, no span.
 12. "Flare": a flare the patient reported, with symptoms, is BLOCK (a finding); "flare" as a
     visit label (`same-day flare visit`) is REWRITE like `asthma check`.
 13. A vaccine recall that says the patient is due because of a drug class is REWRITE (the
     recall survives); timing a vaccine around the patient's treatment is an instruction: BLOCK.
 14. Body weight is a clinical value (RESULT); a measure such as "kidney function" or
     "IgG trough" is PROCEDURE and "borderline" / "within your target range" are RESULT.
 15. A sharps container is a device (PROCEDURE) — it reveals self-injected treatment.
 16. Hypothetical symptoms and conditions ("call if you get a fever", "if you feel throat
     swelling", "buscar un embarazo") are labelled CONDITION and the line is tagged `negation`.

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


# ---------------------------------------------------------------- batch 1 (dm0001-dm0012): infusion scheduling, pre-meds, observation
add(
    ("dm0001", "Lakeshore Infusion Center: Hi Denise, your Remicade infusion is booked for Tue 3/10, chair time 8:30 AM. Please plan on about 3 hrs. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Infusion Center", "SPECIALTY"), ("Denise", "NAME"), ("Remicade infusion", "MEDICATION"), ("3/10", "DATE")],
     ["general"], "Infusion-center name, patient name and drug go; date and chair time survive. Judgement: drug + 'infusion' is one MEDICATION span (decision 3); an infusion-center name is SPECIALTY (decision 2)."),
    ("dm0002", "Reminder: you have an appointment with Dr. Okafor on Monday 4/6 at 10:20 AM at Westbrook Medical Plaza, Suite 210. Reply Y to confirm or call (614) 555-0142.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("4/6", "DATE"), ("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Provider, date, time, a generic building and suite, and the practice's own phone only."),
    ("dm0003", "Your first Orencia infusion is on 5/2 at 9:00 AM. Allow about 90 minutes, which includes a 30-minute observation period afterward. Free parking in Garage B.",
     "REWRITE", "confirmation", "sms", "en",
     [("Orencia infusion", "MEDICATION"), ("5/2", "DATE")],
     ["general"], "The drug goes; the length of the visit, the observation period and parking are logistics and survive (decisions 3 and 5)."),
    ("dm0004", "Before your Rituxan infusion on Thursday, please take acetaminophen 650 mg and cetirizine 10 mg by mouth 30 to 60 minutes before you arrive. The nurse will give methylprednisolone through your IV once you're in the chair. Eat a normal breakfast and bring a list of any new medicines.\n\nWestlake Infusion Services",
     "BLOCK", "care-instructions", "email", "en",
     [("Rituxan infusion", "MEDICATION"), ("acetaminophen 650 mg", "MEDICATION"), ("cetirizine 10 mg", "MEDICATION"), ("methylprednisolone", "MEDICATION"), ("Westlake Infusion Services", "SPECIALTY")],
     ["general"], "Pre-medication doses are the message (decision 6); removing the drugs leaves nothing to send, so a portal notice instead. E-mail is treated like SMS."),
    ("dm0005", "An infusion of new ideas: our Patient & Family Advisory Council meets Wednesday at 6 pm in the Community Room. Snacks provided, everyone welcome.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "'Infusion' is figurative in a broadcast to all patients; nothing about the recipient."),
    ("dm0006", "Hi, this is Carla calling from Summit Arthritis and Rheumatology to confirm your appointment tomorrow at two fifteen with Dr. Feld. If you need to reschedule, please call us back at 412-555-0178. Thank you.",
     "REWRITE", "confirmation", "voice", "en",
     [("Carla", "PROVIDER"), ("Summit Arthritis and Rheumatology", "SPECIALTY"), ("Dr. Feld", "PROVIDER"), ("412-555-0178", "PHONE")],
     ["general", "practice-contact"], "Voice is treated like SMS (overheard); the rheumatology practice name reveals the condition area (decision 2). Staff sender is PROVIDER."),
    ("dm0007", "Chair times are running about 25 minutes behind this morning. You're welcome to wait in the lobby or grab a coffee downstairs; we'll text you when we're ready.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 5: 'chair time' alone is not labelled (dental, salon and infusion chairs alike); no service, name or drug is named."),
    ("dm0008", "Hola Guadalupe, le escribe la enfermera de la Dra. Salas. Sus análisis salieron con hemoglobina de 9.8 y ferritina de 6, así que la doctora quiere programarle 3 infusiones de hierro. Llámenos para agendar.",
     "BLOCK", "result", "sms", "es",
     [("Guadalupe", "NAME"), ("Dra. Salas", "PROVIDER"), ("hemoglobina", "PROCEDURE"), ("9.8", "RESULT"), ("ferritina", "PROCEDURE"), ("ferritina de [[6]]", "RESULT"), ("infusiones de hierro", "MEDICATION")],
     ["general", "lab"], "Lab values and the treatment plan are the message: BLOCK. Judgement: 'infusiones de hierro' is one MEDICATION span like a drug with its form word (decision 3)."),
    ("dm0009", "Your Actemra dose is changing to 8 mg/kg every 4 weeks starting with your next infusion on 6/18. Your weight today was 72 kg, so each dose will be 576 mg. Message us with any questions. - Dr. Mensah's team",
     "ALLOW", "care-instructions", "portal", "en",
     [("Actemra", "MEDICATION"), ("infusion", "PROCEDURE"), ("6/18", "DATE"), ("72 kg", "RESULT"), ("Dr. Mensah", "PROVIDER")],
     ["general", "contrast"], "Portal: doses and values may stay (README channel convention). Judgement: body weight is a clinical value, RESULT (decision 14). Same text by e-mail is dm0010."),
    ("dm0010", "Your Actemra dose is changing to 8 mg/kg every 4 weeks starting with your next infusion on 6/18. Your weight today was 72 kg, so each dose will be 576 mg. Message us with any questions. - Dr. Mensah's team",
     "BLOCK", "care-instructions", "email", "en",
     [("Actemra", "MEDICATION"), ("infusion", "PROCEDURE"), ("6/18", "DATE"), ("72 kg", "RESULT"), ("Dr. Mensah", "PROVIDER")],
     ["general", "contrast"], "Same text as portal dm0009, but e-mail is treated like SMS: a dose change is a treatment instruction. Weight as RESULT (decision 14)."),
    ("dm0011", "Hi, it's Northfield Allergy & Immunology. Your Xolair injection visit is Fri 2/27 at 1:40 PM. Please plan to stay 30 minutes afterward for monitoring. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Northfield Allergy & Immunology", "SPECIALTY"), ("Xolair injection", "MEDICATION"), ("2/27", "DATE")],
     ["general"], "Allergy-immunology name (decision 2) and drug with its form word (decision 3) go; the monitoring wait is logistics (decision 5)."),
    ("dm0012", "Safety Fair this Saturday 10-2 in the east parking lot! Watch a flare gun demo by the Coast Guard Auxiliary, get your car seat checked, and grab a free hot dog. Family friendly.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A flare gun is not a disease flare; a community broadcast."),
)

# ---------------------------------------------------------------- batch 2 (dm0013-dm0024): lab monitoring before methotrexate and biologics
add(
    ("dm0013", "Reminder from Dr. Ashworth's office: your monitoring labs (CBC and CMP) are due before your next methotrexate refill. Walk in at any Crestline Lab, no appointment needed.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Ashworth", "PROVIDER"), ("CBC", "PROCEDURE"), ("CMP", "PROCEDURE"), ("methotrexate", "MEDICATION")],
     ["general", "lab"], "Named tests and the drug go; 'labs are due, walk in at the lab' survives."),
    ("dm0014", "Your ALT came back at 112 (H), so Dr. Ashworth wants you to hold your methotrexate for 2 weeks and recheck labs on 8/3. Call us with any questions.",
     "BLOCK", "result", "sms", "en",
     [("ALT", "PROCEDURE"), ("112", "RESULT"), ("([[H]])", "RESULT"), ("Dr. Ashworth", "PROVIDER"), ("methotrexate", "MEDICATION"), ("8/3", "DATE")],
     ["general", "lab"], "A lab value with its flag and a hold instruction are the message (decision 6)."),
    ("dm0015", "TB screening update: your QuantiFERON came back negative, so you're cleared to start Humira. The specialty pharmacy will call you this week to set up delivery.",
     "BLOCK", "result", "sms", "en",
     [("TB screening", "PROCEDURE"), ("QuantiFERON", "PROCEDURE"), ("negative", "RESULT"), ("Humira", "MEDICATION"), ("specialty pharmacy", "SPECIALTY")],
     ["general", "lab"], "A negative result is still a result (README) and it clears a treatment start. Judgement: 'the specialty pharmacy' as a service word is SPECIALTY (decision 2)."),
    ("dm0016", "Your lab order has been sent. You can visit any Crestline Lab location Monday through Saturday; fasting is not required for this order. Please bring a photo ID and your insurance card. Find a location and wait times at crestlinelab.example/locations.",
     "ALLOW", "other", "email", "en",
     [("crestlinelab.example/locations", "URL")],
     ["lab", "practice-contact"], "Lab logistics with no test named; the lab's own locator link is its contact detail."),
    ("dm0017", "Hola Sr. Quintero, le recordamos que ya le toca su análisis de sangre antes de seguir con el metotrexato. Puede ir sin cita al laboratorio de Clínica Los Álamos de lunes a sábado.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("metotrexato", "MEDICATION")],
     ["general", "lab"], "'análisis de sangre' is generic (README); the name and the drug go, the reminder to get blood drawn survives."),
    ("dm0018", "Lab results reviewed by Dr. Mensah: WBC 3.1 (L), platelets 142, creatinine normal. Continue mycophenolate 1000 mg twice daily and repeat your CBC in 4 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Mensah", "PROVIDER"), ("WBC", "PROCEDURE"), ("3.1", "RESULT"), ("([[L]])", "RESULT"), ("platelets", "PROCEDURE"), ("142", "RESULT"), ("creatinine", "PROCEDURE"), ("normal", "RESULT"), ("mycophenolate 1000 mg", "MEDICATION"), ("CBC", "PROCEDURE")],
     ["general", "lab"], "Portal channel: results and dosing may stay (README)."),
    ("dm0019", "Good news from your eye exam: the retinal OCT was normal, with no sign of hydroxychloroquine damage. Keep taking it as prescribed and we'll repeat the screening in a year.",
     "BLOCK", "result", "sms", "en",
     [("retinal OCT", "PROCEDURE"), ("normal", "RESULT"), ("hydroxychloroquine", "MEDICATION")],
     ["ophthalmology", "general"], "A normal result is still a result (README), and it names the drug being monitored."),
    ("dm0020", "Crestline Lab: your specimen was received and is being processed. Results go to your ordering provider, who will follow up with you. Questions? Call 1-800-555-0163.",
     "ALLOW", "other", "sms", "en",
     [("1-800-555-0163", "PHONE")],
     ["lab", "practice-contact"], "Receipt notice with no test named and no result; generic lab name and its own phone."),
    ("dm0021", "Hi Tomasz, it's time for your 3-month Xeljanz labs (lipid panel and CBC). The order is on file at any Crestline Lab. Thanks! - Lakeview Rheumatology",
     "REWRITE", "reminder", "sms", "en",
     [("Tomasz", "NAME"), ("Xeljanz", "MEDICATION"), ("lipid panel", "PROCEDURE"), ("CBC", "PROCEDURE"), ("Lakeview Rheumatology", "SPECIALTY")],
     ["general", "lab"], "Name, drug, named tests and the rheumatology name go; 'your labs are due' survives."),
    ("dm0022", "Dear Ms. Achterberg,\n\nThank you for coming in last week. As we discussed, methotrexate can affect the liver, kidneys and blood counts, so we check labs every 8 to 12 weeks while you take it. Because your kidney function was borderline in March (eGFR 58), Dr. Okafor would like this next set drawn a little sooner, by the end of the month.\n\nYou can go to any Crestline Lab location without an appointment. Please limit alcohol, and let us know if you start any new antibiotics, especially trimethoprim-sulfamethoxazole, since it interacts with methotrexate.\n\nIf you have questions, reply through the portal or call the nurse line at (614) 555-0144, option 3.\n\nWarm regards,\nThe nursing team at Westbrook Rheumatology",
     "BLOCK", "care-instructions", "email", "en",
     [("Achterberg", "NAME"), ("methotrexate", "MEDICATION"), ("kidney function", "PROCEDURE"), ("borderline", "RESULT"), ("eGFR", "PROCEDURE"), ("58", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("antibiotics", "MEDICATION"), ("trimethoprim-sulfamethoxazole", "MEDICATION"), ("methotrexate", "MEDICATION", 1), ("(614) 555-0144", "PHONE"), ("Westbrook Rheumatology", "SPECIALTY")],
     ["general", "lab", "practice-contact"], "A past value (eGFR 58) and drug-interaction advice are buried in a lab reminder: BLOCK. Judgement: 'kidney function' is a measure (PROCEDURE), 'borderline' its RESULT (decision 14)."),
    ("dm0023", "Thanks for your call today. Reply with a good time for a call back so we can iron out the details of your payment plan. - Billing Office",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'Iron out the details' is not an iron infusion; billing logistics only."),
    ("dm0024", "Hi, this is the nurse at Dr. Lindqvist's office. Your mom's sed rate and CRP were both high again, so the doctor wants to raise her prednisone back to 15 mg. Could you let her know?",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("sed rate", "PROCEDURE"), ("CRP", "PROCEDURE"), ("high", "RESULT"), ("prednisone", "MEDICATION")],
     ["general", "third-party"], "A third party's results and dose change (README: third party's health is BLOCK)."),
)

# ---------------------------------------------------------------- batch 3 (dm0025-dm0036): prior authorization, copay assistance, foundations
add(
    ("dm0025", "Good news from Riverside Rheumatology: your insurance approved the prior authorization for Cosentyx through 12/31/2026. No action needed on your part.",
     "REWRITE", "other", "sms", "en",
     [("Riverside Rheumatology", "SPECIALTY"), ("Cosentyx", "MEDICATION"), ("12/31/2026", "DATE")],
     ["general"], "An approval status is logistics; the drug and the rheumatology name go (decision 7)."),
    ("dm0026", "Update: your health plan received our prior authorization request on 1/14. Decisions usually take 5-15 business days. We'll text you as soon as we hear back.",
     "ALLOW", "other", "sms", "en",
     [("1/14", "DATE")],
     ["general"], "Prior authorization with no drug, service or reason named says nothing clinical (decision 7)."),
    ("dm0027", "Hello Mr. Ferreira,\nYour plan denied the prior authorization for Rinvoq 15 mg. Reason given: step therapy - the plan requires a trial of two TNF inhibitors (for example adalimumab and etanercept) first. Dr. Hale disagrees and is filing an appeal today that includes your chart notes. Appeals take up to 30 days. You don't need to do anything yet; we'll contact you with the decision.\nRiverside Rheumatology Prior Auth Team",
     "BLOCK", "other", "email", "en",
     [("Ferreira", "NAME"), ("Rinvoq 15 mg", "MEDICATION"), ("TNF inhibitors", "MEDICATION"), ("adalimumab", "MEDICATION"), ("etanercept", "MEDICATION"), ("Dr. Hale", "PROVIDER"), ("Riverside Rheumatology", "SPECIALTY")],
     ["general"], "A denial with its clinical reason (step therapy over the patient's treatment history) is the message: BLOCK (decision 7)."),
    ("dm0028", "Your Enbrel copay card is active! Card ID 8830 2291 4477, BIN 610020, Group EC4410. Show it at the pharmacy with your prescription; you may pay as little as $5 a month.",
     "REWRITE", "other", "sms", "en",
     [("Enbrel", "MEDICATION"), ("8830 2291 4477", "OTHER_ID")],
     ["pharmacy"], "Drug and copay-card number go (decision 8: card number OTHER_ID; the program's BIN and group are the same for every cardholder and stay unlabelled)."),
    ("dm0029", "Heads up: starting in July, some health plans require prior authorization for medicines given in our clinic. Our team handles the paperwork and will reach out only if we need something from you.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A practice-wide policy notice; 'prior authorization' and 'medicines' name nothing about the recipient."),
    ("dm0030", "Buenas noticias: su seguro aprobó la autorización previa para Benlysta. Su primera infusión quedó para el 9 de abril a las 10:00 en el Centro de Infusión Valle Verde.",
     "REWRITE", "confirmation", "sms", "es",
     [("Benlysta", "MEDICATION"), ("infusión", "PROCEDURE"), ("9 de abril", "DATE"), ("Centro de Infusión Valle Verde", "SPECIALTY")],
     ["general"], "Approval and first-visit logistics survive; drug, visit type and infusion-center name go (decisions 2 and 7)."),
    ("dm0031", "Hi, this is Priya with the authorization team at Oakmont Immunology. Your IVIG approval is almost done, but the plan wants a current IgG trough level. Your last one was 412, and they need one drawn within 30 days, so please stop by the lab this week. Thanks!",
     "BLOCK", "other", "voice", "en",
     [("Priya", "PROVIDER"), ("Oakmont Immunology", "SPECIALTY"), ("IVIG", "MEDICATION"), ("IgG trough", "PROCEDURE"), ("412", "RESULT")],
     ["general", "lab"], "A past lab value is read out in a voicemail (voice treated like SMS): BLOCK."),
    ("dm0032", "The Bright Path Patient Foundation approved your grant for Krystexxa infusion copays for the next 12 months. Your award letter is in the mail. Questions: 1-866-555-0107.",
     "REWRITE", "billing", "sms", "en",
     [("Krystexxa infusion", "MEDICATION"), ("1-866-555-0107", "PHONE")],
     ["general", "practice-contact"], "The grant survives without the drug (decision 3); the foundation's own phone is a contact detail, not the patient's."),
    ("dm0033", "Your statement from Harborview Medical Group is ready. Balance due: $142.18. Pay securely at harborview.example/pay or call 555-0119, Monday-Friday 8-5. If you have already paid, thank you - please disregard this notice.",
     "ALLOW", "billing", "email", "en",
     [("harborview.example/pay", "URL"), ("555-0119", "PHONE")],
     ["general", "practice-contact"], "Statement notice with amount and the practice's own link and phone only."),
    ("dm0034", "Enrollment summary - Simponi Aria patient assistance program\nPatient: Renata Oyelaran\nDOB: 04/19/1981\nSSN (last 4): 4417\nPrescriber: Dr. Hale\nPlease review, sign page 3 and return by fax to 555-0192.",
     "BLOCK", "other", "email", "en",
     [("Simponi Aria", "MEDICATION"), ("Renata Oyelaran", "NAME"), ("04/19/1981", "DATE"), ("4417", "SSN"), ("Dr. Hale", "PROVIDER"), ("555-0192", "FAX")],
     ["general", "dob", "identifier", "practice-contact"], "Full date of birth with the name is BLOCK (README); judgement: the SSN's last four are labelled SSN (decision 10)."),
    ("dm0035", "Your copay assistance renewal is due by 12/15. Renew online at assist.example.org/renew or call 1-888-555-0104. - Patient Access Team",
     "ALLOW", "billing", "sms", "en",
     [("12/15", "DATE"), ("assist.example.org/renew", "URL"), ("1-888-555-0104", "PHONE")],
     ["general", "practice-contact"], "No drug or program named; the program's generic link (no token) and phone are not the patient's identifiers."),
    ("dm0036", "Don Aurelio, su seguro negó el Humira porque su diagnóstico de espondilitis anquilosante no tiene la resonancia que lo respalde. El Dr. Paredes ya está preparando la apelación y le avisamos en cuanto tengamos respuesta.",
     "BLOCK", "other", "sms", "es",
     [("Aurelio", "NAME"), ("Humira", "MEDICATION"), ("espondilitis anquilosante", "CONDITION"), ("resonancia", "PROCEDURE"), ("Dr. Paredes", "PROVIDER")],
     ["general"], "The denial states the diagnosis and the missing imaging (decision 7): BLOCK."),
)

# ---------------------------------------------------------------- batch 4 (dm0037-dm0048): specialty-pharmacy deliveries, refills, storage
add(
    ("dm0037", "CoreVita Specialty Pharmacy: your refrigerated shipment is scheduled for Wed 10/8 between 10am and 2pm. An adult must sign. Reply 1 to confirm or 2 to pick a new day.",
     "REWRITE", "reminder", "sms", "en",
     [("CoreVita Specialty Pharmacy", "SPECIALTY"), ("10/8", "DATE")],
     ["pharmacy"], "Specialty-pharmacy name is specialty-revealing (README); the delivery window survives; 'refrigerated' is handling, not clinical (decision 6)."),
    ("dm0038", "Your order shipped today and should arrive tomorrow by 8 PM. Tracking: 1Z99X0E40312345678. Please keep the box out of direct sunlight until you open it.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "No drug or pharmacy type named; judgement: a carrier tracking number is a shipment reference like a confirmation code, not labelled (decision 8)."),
    ("dm0039", "Oak & Vine Pharmacy: time to schedule your next Humira Pen delivery! Reply YES to ship to the address on file, or call 555-0150.",
     "REWRITE", "pickup", "sms", "en",
     [("Humira Pen", "MEDICATION"), ("555-0150", "PHONE")],
     ["pharmacy", "practice-contact"], "Medication name in a delivery notice goes (with its form word, decision 3); generic pharmacy name and phone stay."),
    ("dm0040", "Reminder: inject Cimzia 400 mg (both syringes) this Sunday, then 200 mg every other week. Let the syringes sit out 30 min so they reach room temperature first.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Cimzia 400 mg", "MEDICATION")],
     ["pharmacy", "general"], "Dosing schedule is the message: BLOCK."),
    ("dm0041", "Farmacia Especializada Sol: Hola Marisol, su envío de Enbrel llega mañana entre 8 y 12. Guárdelo en el refrigerador en cuanto lo reciba. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Farmacia Especializada Sol", "SPECIALTY"), ("Marisol", "NAME"), ("Enbrel", "MEDICATION")],
     ["pharmacy"], "Specialty-pharmacy name, name and drug go; judgement: 'keep it in the fridge' is handling, not a dosing instruction (decision 6)."),
    ("dm0042", "Welcome to ArborPoint Specialty Pharmacy, Mr. Delacroix!\n\nWe received your new prescription for Kevzara from Dr. Sato and will handle everything from insurance paperwork to delivery. Your care coordinator, Jolene Marsh, will call about a week before each refill to confirm your shipping address and a delivery day. Shipments arrive in an insulated box with cold packs; please open it the day it arrives. A free sharps container comes with your first order, and you can request a prepaid mail-back box when it is full.\n\nIf your insurance changes, or you will be traveling when a refill is due, let us know at least 10 days ahead so we can adjust the shipment.\n\nOur pharmacists are available 24/7 at (855) 555-0133 if you have questions. You can also manage refills and update your payment method at arborpoint.example/account.\n\nThank you for choosing us,\nArborPoint Patient Care",
     "REWRITE", "other", "email", "en",
     [("ArborPoint Specialty Pharmacy", "SPECIALTY"), ("Delacroix", "NAME"), ("Kevzara", "MEDICATION"), ("Dr. Sato", "PROVIDER"), ("Jolene Marsh", "PROVIDER"), ("sharps container", "PROCEDURE"), ("(855) 555-0133", "PHONE"), ("arborpoint.example/account", "URL")],
     ["pharmacy", "practice-contact"], "Welcome e-mail: pharmacy type, name, drug and the sharps container (a device that reveals self-injection, decision 15) go; the named care coordinator is workforce (PROVIDER); '24/7' is not a date."),
    ("dm0043", "Your package was delivered at 2:14 PM. Bring it inside and store the contents as described on the insert.",
     "ALLOW", "other", "push", "en", [],
     ["pharmacy"], "Delivery notice with no sender type, drug or name."),
    ("dm0044", "Important: the Kineret syringes in your last delivery may have been exposed to heat in transit. Do NOT use them - skip today's dose and we'll overnight a replacement box. Call 555-0150.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kineret syringes", "MEDICATION"), ("555-0150", "PHONE")],
     ["pharmacy", "practice-contact"], "'Skip today's dose' is a dosing instruction (decision 6); the drug and the instruction are the message."),
    ("dm0045", "Refill ready: Rx #7730218 (colchicine 0.6 mg) is ready for pickup at Birch Hill Pharmacy, 1420 Oak Ave. Open 9-7 today.",
     "REWRITE", "pickup", "sms", "en",
     [("7730218", "OTHER_ID"), ("colchicine 0.6 mg", "MEDICATION"), ("1420 Oak Ave", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Rx number (OTHER_ID per README) and drug go; the pharmacy's own address stays."),
    ("dm0046", "Birch Hill Pharmacy will be closed Thursday for Thanksgiving. Need a refill before then? Request it in our app by Tuesday at noon.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Holiday closure broadcast; 'refill' is generic and Thanksgiving is a holiday, not a date."),
    ("dm0047", "Hello, this is an automated message from Meridian Specialty Pharmacy for Gerald Gout. Your next delivery is ready to schedule. Press 1 to speak with a team member or 2 to hear this message again.",
     "REWRITE", "reminder", "voice", "en",
     [("Meridian Specialty Pharmacy", "SPECIALTY"), ("Gerald Gout", "NAME")],
     ["pharmacy"], "'Gout' is the patient's surname here: NAME, not CONDITION. Specialty-pharmacy name goes."),
    ("dm0048", "Your Stelara 90 mg prefilled syringe ships on 11/3. Your next injection is due 11/7: inject under the skin of your thigh or belly, then log it in the app. Call us if you are sick or on antibiotics that week.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Stelara 90 mg prefilled syringe", "MEDICATION"), ("11/3", "DATE"), ("injection", "PROCEDURE"), ("11/7", "DATE"), ("antibiotics", "MEDICATION")],
     ["pharmacy"], "Portal channel: drug and how-to-inject instructions may stay (README)."),
)

# ---------------------------------------------------------------- batch 5 (dm0049-dm0060): joint injections, aspirations, flare check-ins
add(
    ("dm0049", "Hi Bernadette, your ultrasound-guided knee injection with Dr. Faulkner is Thu 9/17 at 3:00 PM. Wear shorts or loose pants, and you can drive yourself home.",
     "REWRITE", "reminder", "sms", "en",
     [("Bernadette", "NAME"), ("ultrasound-guided knee injection", "PROCEDURE"), ("Dr. Faulkner", "PROVIDER"), ("9/17", "DATE")],
     ["general"], "The procedure is one PROCEDURE span (no drug named); name and procedure go, the visit survives."),
    ("dm0050", "After today's cortisone shot: rest the shoulder for 48 hours and ice it 20 minutes at a time. Some soreness for a day or two is normal; call if you get a fever or redness.",
     "BLOCK", "care-instructions", "sms", "en",
     [("cortisone shot", "MEDICATION"), ("soreness", "CONDITION"), ("fever", "CONDITION"), ("redness", "CONDITION")],
     ["general", "negation"], "Aftercare instructions are the message; symptoms are conditions (README review), even hypothetical ones."),
    ("dm0051", "This is Dr. Nakamura's nurse following up: you called Monday about a lupus flare with new swelling in your hands. How are you today? Reply 1 better, 2 same, 3 worse.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("lupus flare", "CONDITION"), ("swelling", "CONDITION")],
     ["general"], "A flare the patient reported, with its symptoms, is a finding about the patient: BLOCK (decision 12)."),
    ("dm0052", "We can fit you in for a same-day flare visit today at 4:10 PM with PA Morrow. Reply YES to book it.",
     "REWRITE", "reminder", "sms", "en",
     [("flare", "CONDITION"), ("PA Morrow", "PROVIDER")],
     ["general"], "'Flare' as a visit label is a CONDITION with the generic word outside, like 'asthma check' (decision 12); the same-day offer survives. Compare dm0051."),
    ("dm0053", "Harbor Point Medical is proud to announce a joint venture with St. Brendan Hospital to bring imaging, lab and specialty services closer to home. Come to our open house next month to meet the team and tour the new space.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "A joint venture is a business deal, not a joint; a broadcast that says nothing about the recipient."),
    ("dm0054", "Hola Lupe, la Dra. Ibarra revisó las fotos que mandó: la hinchazón de las manos es por la artritis reumatoide activa. Suba la prednisona a 10 mg por 5 días y nos avisa cómo sigue.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Lupe", "NAME"), ("Dra. Ibarra", "PROVIDER"), ("hinchazón", "CONDITION"), ("artritis reumatoide", "CONDITION"), ("activa", "RESULT"), ("prednisona", "MEDICATION")],
     ["general"], "Finding, diagnosis and a dose change: BLOCK. 'activa' is the state the condition is in (RESULT, like 'en remisión')."),
    ("dm0055", "Hi Mr. Kowalczyk, your joint aspiration and gout evaluation with Dr. Bertrand is on Tuesday 8/11 at 9:15 am at our Elmwood office. Please wear a loose shoe or sandal, and bring a list of everything you take, including vitamins. See you then!",
     "REWRITE", "reminder", "email", "en",
     [("Kowalczyk", "NAME"), ("joint aspiration", "PROCEDURE"), ("gout", "CONDITION"), ("Dr. Bertrand", "PROVIDER"), ("8/11", "DATE")],
     ["general"], "Procedure and a diagnosis used as a visit label go ('gout' without the generic 'evaluation'); date, time and place survive."),
    ("dm0056", "Thanks for visiting Greenway Medical today! Tell us how we did in 2 minutes: greenway.example/survey. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("greenway.example/survey", "URL")],
     ["general", "practice-contact"], "Survey link without a token from a generic practice."),
    ("dm0057", "Your hand X-rays show new erosions in both wrists compared with last year. Dr. Faulkner would like to talk about adding a biologic at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("hand X-rays", "PROCEDURE"), ("new erosions", "RESULT"), ("Dr. Faulkner", "PROVIDER"), ("biologic", "MEDICATION")],
     ["imaging", "general"], "An imaging finding and a treatment plan are the message: BLOCK."),
    ("dm0058", "Visit summary - gout follow-up with Dr. Bertrand: uric acid 5.4 mg/dL (goal under 6). Continue allopurinol 300 mg daily; take colchicine only as needed for flares.",
     "ALLOW", "care-instructions", "portal", "en",
     [("gout", "CONDITION"), ("Dr. Bertrand", "PROVIDER"), ("uric acid", "PROCEDURE"), ("5.4 mg/dL", "RESULT"), ("allopurinol 300 mg", "MEDICATION"), ("colchicine", "MEDICATION"), ("flares", "CONDITION")],
     ["general"], "Portal channel: diagnosis, value and dosing may stay (README)."),
    ("dm0059", "hi its Dana @ Summit Rheum, ur hyaluronic acid injecton is tmrw @ 11. pls bring ur knee brace. txt back C to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("Dana", "PROVIDER"), ("Summit Rheum", "SPECIALTY"), ("hyaluronic acid injecton", "MEDICATION"), ("knee brace", "PROCEDURE")],
     ["general", "shorthand", "typo"], "Staff sender is PROVIDER; abbreviated rheumatology name, the drug with its misspelled form word (decision 3) and a device (PROCEDURE) go."),
    ("dm0060", "Your appt w/ Dr. Gout has moved to Thurs 5/21 at 8:45 AM. Same location, 3rd floor. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Gout", "PROVIDER"), ("5/21", "DATE")],
     ["general", "shorthand"], "'Gout' is the provider's surname; provider, date and time are allowed."),
)

# ---------------------------------------------------------------- batch 6 (dm0061-dm0072): vaccines for immunosuppressed patients, support groups, events
add(
    ("dm0061", "Because you take an immunosuppressant, you're due for the Shingrix vaccine series. Book with our nurse at Alder Creek Family Medicine by replying BOOK.",
     "REWRITE", "recall", "sms", "en",
     [("immunosuppressant", "MEDICATION"), ("Shingrix vaccine", "MEDICATION")],
     ["primary-care"], "Judgement (decision 13): the recall survives once the drug class and the vaccine brand go (decisions 3 and 4); no instruction about the treatment itself."),
    ("dm0062", "Flu shots are here! Walk in Mon-Fri 8-4 at any Alder Creek location, no appointment needed. Most insurance plans cover it at no cost to you.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "Flu-shot broadcast to every patient (README broadcasts)."),
    ("dm0063", "Jornada de vacunación este sábado de 9 a 1 en el Centro Comunitario San José: gripe, COVID y neumonía para adultos. Traiga su tarjeta del seguro si tiene una. ¡Lo esperamos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "hard-negative", "broadcast"], "Community vaccine day announced to everyone; says nothing about the recipient."),
    ("dm0064", "Reminder: while you're on Olumiant, avoid live vaccines such as MMR or the nasal spray flu vaccine. Please check with us before getting any travel shots.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Olumiant", "MEDICATION"), ("MMR", "PROCEDURE"), ("nasal spray flu vaccine", "PROCEDURE")],
     ["general"], "Treatment-related instruction tied to the drug (decision 13); generic vaccine names are PROCEDURE (decision 4)."),
    ("dm0065", "Lace up for the Jingle Bell Walk for Arthritis!\n\nTeam Willow Ridge is walking again this year, and everyone is invited - patients, families, neighbors and staff. The 5K route loops around Heron Lake and is stroller- and wheelchair-friendly. Registration is free for kids under 12, and every adult registration includes a long-sleeve shirt and a hot cocoa ticket.\n\nCan't walk? Cheer us on at the finish line or donate on the team page. Last year our clinic family raised more than $6,000 for research and community programs.\n\nSign up at the front desk or on the event site, and wear your best holiday sweater. See you at the starting line!\n\nWillow Ridge Medical Community Team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "A charity walk open to everyone; 'Arthritis' names the cause, not the recipient's condition (README broadcasts)."),
    ("dm0066", "Hi Colette, you're invited to our Living Well with Lupus support group, 2nd Tuesday of each month at 6:30 pm in Conference Room B. Reply YES to RSVP.",
     "REWRITE", "marketing", "sms", "en",
     [("Colette", "NAME"), ("Lupus", "CONDITION")],
     ["general"], "Judgement (decision 11): a named, targeted invitation reveals the condition; the condition word in the group's name is the span, the invitation survives."),
    ("dm0067", "From the Willow Ridge community newsletter: the Scleroderma & Raynaud's Support Circle meets at Eastside Library on the first Thursday of each month at 6 pm. Open to anyone - patients, caregivers and friends. No registration needed.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Judgement (decision 11): a newsletter item open to anyone is a broadcast and says nothing about the recipient."),
    ("dm0068", "Sra. Benítez, le toca la vacuna contra la neumonía. Como está en tratamiento con rituximab, conviene ponérsela al menos 2 semanas antes de su próxima infusión. Llame al 555-0137 para agendar.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Benítez", "NAME"), ("vacuna contra la neumonía", "PROCEDURE"), ("rituximab", "MEDICATION"), ("infusión", "PROCEDURE"), ("555-0137", "PHONE")],
     ["general", "practice-contact"], "Timing the vaccine around the patient's treatment is an instruction (decision 13): BLOCK."),
    ("dm0069", "Hello, this is Willow Ridge Medical calling with a reminder that you have an appointment on Wednesday, March 4th, at 11 AM with Nurse Practitioner Oduya. To confirm, press 1. To reschedule, press 2.",
     "ALLOW", "reminder", "voice", "en",
     [("March 4th", "DATE"), ("Nurse Practitioner Oduya", "PROVIDER")],
     ["general"], "Generic practice, date, time and provider with title."),
    ("dm0070", "Shingrix dose 2 is due now. Tap to book at Pine Valley Immunology.",
     "REWRITE", "recall", "push", "en",
     [("Shingrix", "MEDICATION"), ("Pine Valley Immunology", "SPECIALTY")],
     ["general"], "Lock-screen push: vaccine brand (decision 4) and immunology name (decision 2) go."),
    ("dm0071", "Dear Mr. Halvorsen,\n\nWith flu season here, Dr. Haddad asked us to reach out. Because of your common variable immunodeficiency and your weekly Hizentra infusions, you are at higher risk from respiratory infections, and some vaccines work differently for you. This year we recommend the inactivated flu shot (not the nasal spray), an updated COVID-19 vaccine, and Prevnar 20 if you have not had it. Your Hizentra does not need to be skipped for any of these.\n\nYour last IgG level was 690 mg/dL, which is within your target range, so no dose change is planned.\n\nIf you are traveling this winter, please ask us about destination vaccines at least six weeks before you leave, since a few of them are not recommended for you. Our Saturday vaccine clinic runs 8 to noon through February, and parking is free in the north lot.\n\nPlease call the immunology nurse line at (614) 555-0146 to schedule, or reply in the portal.\n\nSincerely,\nPine Valley Immunology",
     "BLOCK", "care-instructions", "email", "en",
     [("Halvorsen", "NAME"), ("Dr. Haddad", "PROVIDER"), ("common variable immunodeficiency", "CONDITION"), ("Hizentra infusions", "MEDICATION"), ("respiratory infections", "CONDITION"), ("flu shot", "PROCEDURE"), ("nasal spray", "PROCEDURE"), ("COVID-19 vaccine", "PROCEDURE"), ("Prevnar 20", "MEDICATION"), ("Your [[Hizentra]] does", "MEDICATION"), ("IgG level", "PROCEDURE"), ("690 mg/dL", "RESULT"), ("within your target range", "RESULT"), ("immunology", "SPECIALTY"), ("(614) 555-0146", "PHONE"), ("Pine Valley Immunology", "SPECIALTY")],
     ["general", "lab", "practice-contact"], "Diagnosis, a lab value and treatment advice in a vaccine letter: BLOCK. Vaccine brand MEDICATION, generic vaccines PROCEDURE (decision 4)."),
    ("dm0072", "Forms update: for patients under 18, we now accept a signed consent form from either parent, including a biological father who isn't on the insurance. Questions? Ask at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A biological father's consent is paperwork, not a biologic drug; a practice-wide notice."),
)

# ---------------------------------------------------------------- batch 7 (dm0073-dm0084): disguises, Spanish scheduling, results and look-alikes
add(
    ("dm0073", "Reminder: your R e m i c a d e appointment is Mon 6/8 at 7:45 AM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("R e m i c a d e", "MEDICATION"), ("6/8", "DATE")],
     ["general", "spaced"], "Spaced-out drug name is still the drug: it goes, the reminder survives."),
    ("dm0074", "Your Hu\u200bmira pen shipment from Crestview Specialty Ph\u200barmacy arrives Thursday. Reply 1 to confirm someone will be home to receive it.",
     "REWRITE", "reminder", "sms", "en",
     [("Hu\u200bmira pen", "MEDICATION"), ("Crestview Specialty Ph\u200barmacy", "SPECIALTY")],
     ["pharmacy"], "Zero-width spaces inside the drug and the specialty-pharmacy name; both go, the delivery notice survives."),
    ("dm0075", "ur l4bs r back: ANA p0sitive 1:640 + anti-dsDNA high. Dr. Greer wants 2 start hydr0xychloroquine, will call u tmrw",
     "BLOCK", "result", "sms", "en",
     [("ANA", "PROCEDURE"), ("p0sitive 1:640", "RESULT"), ("anti-dsDNA", "PROCEDURE"), ("high", "RESULT"), ("Dr. Greer", "PROVIDER"), ("hydr0xychloroquine", "MEDICATION")],
     ["general", "lab", "leet", "shorthand"], "Leetspeak results and a treatment start: BLOCK; the titre goes with its result word like 'reactive 1:32'."),
    ("dm0076", "Reminder from Oakmont Rh\u0435umatology: your appointment with Dr. Sato is Friday 7/10 at 2:30 PM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Oakmont Rh\u0435umatology", "SPECIALTY"), ("Dr. Sato", "PROVIDER"), ("7/10", "DATE")],
     ["general"], "A Cyrillic 'е' inside the rheumatology practice name (decision 2); the name goes, provider, date and time stay."),
    ("dm0077", "Clínica Santa Fe: le recordamos su cita con el Dr. Arriaga el lunes 2 de febrero a las 8:30 a. m. Si no puede venir, llame al (915) 555-0126.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arriaga", "PROVIDER"), ("2 de febrero", "DATE"), ("(915) 555-0126", "PHONE")],
     ["primary-care", "practice-contact"], "Generic clinic, provider, date, time and the clinic's phone."),
    ("dm0078", "Mañana tenemos junta de personal para limar detalles del nuevo horario, así que la clínica abrirá a las 10 en lugar de las 8. Gracias por su paciencia.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'junta' (meeting) and 'limar detalles' (iron out the details) are not joints or iron; practice-wide notice."),
    ("dm0079", "Ahorre papel: active los estados de cuenta electrónicos en el portal. ¡Gota a gota se llena el vaso! Pregunte en recepción cómo hacerlo.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Gota' (also 'gout' in Spanish) is a proverb here; a paperless-billing broadcast."),
    ("dm0080", "Hola Don Fermín, su cita de reumatología con la Dra. Cárdenas es el 21 de octubre a las 3:15 p. m. Por favor traiga la lista de sus medicamentos.",
     "REWRITE", "reminder", "sms", "es",
     [("Fermín", "NAME"), ("reumatología", "SPECIALTY"), ("Dra. Cárdenas", "PROVIDER"), ("21 de octubre", "DATE")],
     ["general"], "Name (title 'Don' outside) and specialty go; provider, date and time survive."),
    ("dm0081", "Sra. Ortega, su prueba de ANA salió positiva y el factor reumatoide en 48. La Dra. Cárdenas quiere verla pronto para hablar sobre lupus.",
     "BLOCK", "result", "sms", "es",
     [("Ortega", "NAME"), ("prueba de ANA", "PROCEDURE"), ("positiva", "RESULT"), ("factor reumatoide", "PROCEDURE"), ("48", "RESULT"), ("Dra. Cárdenas", "PROVIDER"), ("lupus", "CONDITION")],
     ["general", "lab"], "Results and a suspected diagnosis: BLOCK."),
    ("dm0082", "Centro de Infusiones del Norte: su cita para Actemra es el martes 3 de marzo a las 8:00. Dura como una hora. Traiga un suéter, la sala es fría.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Infusiones del Norte", "SPECIALTY"), ("Actemra", "MEDICATION"), ("3 de marzo", "DATE")],
     ["general"], "Infusion-center name (decision 2) and drug go; date, time, length and the sweater tip survive."),
    ("dm0083", "Le avisamos que su esposo Ramiro tuvo una reacción durante la infusión de hoy (ronchas y presión baja). Ya está estable y se queda una hora más en observación.",
     "BLOCK", "other", "sms", "es",
     [("Ramiro", "NAME"), ("reacción", "CONDITION"), ("infusión", "PROCEDURE"), ("ronchas", "CONDITION"), ("presión baja", "CONDITION")],
     ["general", "third-party"], "A relative's reaction and symptoms: third party's health is BLOCK (README)."),
    ("dm0084", "Farmacia Central: su pedido está listo para recoger. Horario: lunes a sábado de 9 a 7. Traiga una identificación con foto.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy"], "Pickup notice with no drug and a generic pharmacy name."),
)

# ---------------------------------------------------------------- batch 8 (dm0085-dm0096): allergy-immunology suites, IVIG, HAE, testing
add(
    ("dm0085", "Your allergy shot build-up visits are set for Tuesdays and Fridays at 4 pm. Remember the 30-minute wait after each shot. - Cedar Allergy Associates",
     "REWRITE", "reminder", "sms", "en",
     [("allergy shot", "PROCEDURE"), ("Cedar Allergy Associates", "SPECIALTY")],
     ["general"], "Therapy type and allergy practice name go (decision 2); the schedule and the wait (decision 5) survive."),
    ("dm0086", "Hi Ines, because of the large local reaction after last week's injection, we'll repeat the same dose of your cat and dust mite extract today (0.15 mL) instead of moving up.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ines", "NAME"), ("large local reaction", "CONDITION"), ("injection", "PROCEDURE"), ("cat and dust mite extract", "MEDICATION")],
     ["general"], "A reaction and a dosing decision are the message: BLOCK. Allergen extract is a product used as a name (decision 3)."),
    ("dm0087", "Hi Ms. Thibodeaux,\n\nThis is a reminder of your IVIG infusion at the Greenfield Infusion Center on Monday 4/13. Please check in at 8:00 AM at the second-floor desk of the Medical Arts Building, 2200 Greenfield Blvd, Dayton, OH 45420. Parking in the attached garage is free; bring your ticket inside to be validated.\n\nPlan to spend most of the day with us. Our recliners have blankets and outlets, and Wi-Fi is free, so bring a book, tablet or headphones. Light snacks and drinks are available, and you are welcome to bring lunch. One visitor may stay with you.\n\nIf you need to cancel or are running late, please call us at (937) 555-0112 so we can offer your chair to someone else.\n\nSee you soon,\nGreenfield Infusion Center",
     "REWRITE", "reminder", "email", "en",
     [("Thibodeaux", "NAME"), ("IVIG infusion", "MEDICATION"), ("Greenfield Infusion Center", "SPECIALTY"), ("4/13", "DATE"), ("2200 Greenfield Blvd, Dayton, OH 45420", "ADDRESS"), ("(937) 555-0112", "PHONE"), ("Greenfield Infusion Center", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Long logistics e-mail: name, drug and the infusion-center name (twice) go; the center's own address and phone, chair and recliner logistics stay (decision 5)."),
    ("dm0088", "St. Aldric Hospital Outpatient Center: your visit on 2/12 at 7:30 AM is confirmed. Check in at the Main Entrance, Level 2. Valet parking is free for patients.",
     "ALLOW", "confirmation", "sms", "en",
     [("2/12", "DATE")],
     ["general"], "A generic hospital outpatient name, date and time only."),
    ("dm0089", "If you feel any throat swelling, use your Firazyr 30 mg right away and call 911. Also, your Takhzyro refill is due Friday - reply R to request it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("throat swelling", "CONDITION"), ("Firazyr 30 mg", "MEDICATION"), ("Takhzyro", "MEDICATION")],
     ["general", "pharmacy", "negation"], "An emergency-treatment instruction for an attack (hypothetical symptom) is the message; 911 is not a phone identifier."),
    ("dm0090", "Reminder: penicillin allergy testing with Dr. Haddad on Mon 11/23 at 8 AM. Please plan to be here for about 3 hours.",
     "REWRITE", "reminder", "sms", "en",
     [("penicillin allergy testing", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("11/23", "DATE")],
     ["general"], "A named test is one PROCEDURE span with its head word; the visit survives."),
    ("dm0091", "Before your skin testing Monday: stop Zyrtec, Allegra, Claritin and Benadryl 5 days ahead. Keep using your asthma inhalers as usual.",
     "BLOCK", "care-instructions", "sms", "en",
     [("skin testing", "PROCEDURE"), ("Zyrtec", "MEDICATION"), ("Allegra", "MEDICATION"), ("Claritin", "MEDICATION"), ("Benadryl", "MEDICATION"), ("asthma", "CONDITION"), ("inhalers", "MEDICATION")],
     ["general"], "Judgement (decision 6): stopping medicines before a test is a medication instruction, and the asthma treatment is named: BLOCK."),
    ("dm0092", "Your IgG trough from 9/2 was 780 mg/dL (goal above 700). Dr. Haddad recommends keeping your Gammagard at the same dose every 4 weeks.",
     "ALLOW", "result", "portal", "en",
     [("IgG trough", "PROCEDURE"), ("9/2", "DATE"), ("780 mg/dL", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("Gammagard", "MEDICATION")],
     ["general", "lab", "contrast"], "Portal: a value and the dose plan may stay (README). Same text by SMS is dm0093."),
    ("dm0093", "Your IgG trough from 9/2 was 780 mg/dL (goal above 700). Dr. Haddad recommends keeping your Gammagard at the same dose every 4 weeks.",
     "BLOCK", "result", "sms", "en",
     [("IgG trough", "PROCEDURE"), ("9/2", "DATE"), ("780 mg/dL", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("Gammagard", "MEDICATION")],
     ["general", "lab", "contrast"], "Same text as portal dm0092 by SMS: a lab value and a dosing decision are the message."),
    ("dm0094", "Protect your account: portal logins now use two-step verification, giving your information extra immunity against hackers. Set it up next time you sign in.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Immunity' against hackers is not immunology; a practice-wide security notice."),
    ("dm0095", "Please complete your new-patient paperwork before your visit with Dr. Lindqvist on 1/9. Forms are at willowridge.example/forms, or fax outside records to (614) 555-0191.",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("1/9", "DATE"), ("willowridge.example/forms", "URL"), ("(614) 555-0191", "FAX")],
     ["general", "practice-contact"], "Provider, date and the practice's own forms link and fax."),
    ("dm0096", "Hi Walter, before your first Krystexxa infusion we need a G6PD blood test. The order is at Crestline Lab, and results take about a week.",
     "REWRITE", "reminder", "sms", "en",
     [("Walter", "NAME"), ("Krystexxa infusion", "MEDICATION"), ("G6PD blood test", "PROCEDURE")],
     ["general", "lab"], "A lab order before a treatment: name, drug and named test go, 'a blood test is due at the lab' survives (no result, no instruction about the drug)."),
)

# ---------------------------------------------------------------- batch 9 (dm0097-dm0108): templates, claims and billing, children, long letters, DOB
add(
    ("dm0097", "Reminder: your appointment is {{appt_date}} at {{appt_time}} at {{location_name}}. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "A template with content-free placeholders only (README templates)."),
    ("dm0098", "{{practice_name}}: your infusion chair is reserved for {{appt_date}} at {{appt_time}}. Plan to stay 2 to 3 hours and bring a snack.",
     "REWRITE", "reminder", "sms", "en",
     [("infusion", "PROCEDURE")],
     ["general", "template"], "The fixed text names the visit type; placeholders stay unlabelled. 'chair' alone is not labelled (decision 5)."),
    ("dm0099", "Claim processed for your 3/4 visit. Services: biologic infusion, first hour (96413); infliximab 500 mg (J1745). Diagnosis: M05.79. Plan paid $3,180.00. Your responsibility: $412.60, due in 30 days.",
     "BLOCK", "billing", "email", "en",
     [("3/4", "DATE"), ("biologic infusion", "PROCEDURE"), ("96413", "PROCEDURE"), ("infliximab 500 mg", "MEDICATION"), ("J1745", "MEDICATION"), ("M05.79", "CONDITION")],
     ["general"], "Judgement (decision 9): the ICD-10 code is a diagnosis (CONDITION), the CPT code PROCEDURE, the J-code MEDICATION; a diagnosis on a claim notice is BLOCK."),
    ("dm0100", "Payment received - thank you! $250.00 was applied today and your remaining balance is $0.00. No further action is needed.",
     "ALLOW", "billing", "sms", "en", [],
     ["general"], "Payment receipt with amounts only."),
    ("dm0101", "Hi Ms. Brandt, thanks for reaching out. Our billing office would be glad to iron out the details of the balance from your infusion visits. Your account number is 20-775190. Call us at 555-0119, Monday to Friday 8 to 5.",
     "REWRITE", "billing", "email", "en",
     [("Brandt", "NAME"), ("infusion", "PROCEDURE"), ("20-775190", "ACCOUNT"), ("555-0119", "PHONE")],
     ["general", "practice-contact"], "'Iron out the details' is figurative; the name, visit type and account number go, the billing call survives."),
    ("dm0102", "Hi, this is Kai, a nurse at Oakmont Immunology. Ava's IVIG went smoothly today, but she had a headache afterward. If it comes back tonight, give her ibuprofen 200 mg.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kai", "PROVIDER"), ("Oakmont Immunology", "SPECIALTY"), ("Ava", "NAME"), ("IVIG", "MEDICATION"), ("headache", "CONDITION"), ("ibuprofen 200 mg", "MEDICATION")],
     ["general", "pediatrics", "minor", "third-party"], "A dependent's treatment, symptom and dosing sent to the parent: third party's health is BLOCK (README)."),
    ("dm0103", "Reminder: Mateo's appointment at Bright Kids Rheumatology is Wed 10/14 at 3:30 PM with Dr. Oyelowo. Please bring his school form if it needs signing.",
     "REWRITE", "reminder", "sms", "en",
     [("Mateo", "NAME"), ("Bright Kids Rheumatology", "SPECIALTY"), ("10/14", "DATE"), ("Dr. Oyelowo", "PROVIDER")],
     ["pediatrics", "general", "minor"], "A dependent's logistics with a name and a specialty name are REWRITE, like the patient's own (README)."),
    ("dm0104", "Willow Ridge Medical is moving!\n\nStarting Monday, September 14, all of our providers and our lab will see patients in our new building at 800 Lakeview Pkwy, Suite 300, Fairmont, OH 44101. The new space has a covered drop-off area, twice the parking and a bus stop right out front on the No. 6 line.\n\nYour appointments stay the same - same day, same time, same provider - only the address changes. Our main number stays (614) 555-0188, and you can find maps, directions and the new parking guide at willowridge.example/newhome.\n\nOur last day at the Elm Street office is Friday, September 11. Thank you for your patience while we pack up. We can't wait to welcome you to the new building!\n\nThe Willow Ridge Medical Team",
     "ALLOW", "other", "email", "en",
     [("September 14", "DATE"), ("800 Lakeview Pkwy, Suite 300, Fairmont, OH 44101", "ADDRESS"), ("(614) 555-0188", "PHONE"), ("willowridge.example/newhome", "URL"), ("September 11", "DATE")],
     ["general", "broadcast", "practice-contact"], "A move notice to every patient with the practice's own address, phone and link."),
    ("dm0105", "Hi Jordan,\n\nThanks for coming in today. Here's a summary of what we discussed:\n\n- Your psoriatic arthritis is still active in both knees and your left heel, and your skin is flaring on the elbows.\n- Your CRP today was 14 mg/L, up from 6 in the spring.\n- We are stopping Otezla and starting Taltz: 160 mg (two injections) at your first dose, then 80 mg every 2 weeks for 12 weeks, then every 4 weeks.\n- Keep taking naproxen 500 mg twice a day with food for now.\n\nThe specialty pharmacy will call you to arrange delivery, and our nurse will teach you the first injection here in the office. Please schedule a follow-up in 3 months and let us know right away if you get a fever or an infection.\n\nTake care,\nDr. Imani Rhodes and the Eastgate Rheumatology team",
     "BLOCK", "care-instructions", "email", "en",
     [("Jordan", "NAME"), ("psoriatic arthritis", "CONDITION"), ("active", "RESULT"), ("flaring", "CONDITION"), ("CRP", "PROCEDURE"), ("14 mg/L", "RESULT"), ("up from [[6]] in", "RESULT"), ("Otezla", "MEDICATION"), ("Taltz", "MEDICATION"), ("naproxen 500 mg", "MEDICATION"), ("specialty pharmacy", "SPECIALTY"), ("fever", "CONDITION"), ("infection", "CONDITION"), ("Dr. Imani Rhodes", "PROVIDER"), ("Eastgate Rheumatology", "SPECIALTY")],
     ["general", "negation"], "A visit summary with diagnosis, disease activity (RESULT), a value and a new dosing schedule: BLOCK by e-mail (the portal is the place for it)."),
    ("dm0106", "Dr. Feld is out of the office Friday, so your 10:40 appointment has moved to Monday at the same time. Reply OK to accept or call us to pick another time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Feld", "PROVIDER")],
     ["general"], "Provider and times only; weekdays are not dates."),
    ("dm0107", "To verify your chart before today's infusion, is your date of birth 07/30/1969? Reply Y or N.",
     "REWRITE", "other", "sms", "en",
     [("infusion", "PROCEDURE"), ("07/30/1969", "DATE")],
     ["general", "dob"], "A date of birth without a name is REWRITE (README), and the visit type goes."),
    ("dm0108", "Patient: Eleanor Vance-Pruitt, DOB 02/11/1950 - Reclast infusion auth #PA-5521907 approved through 2026.",
     "BLOCK", "other", "sms", "en",
     [("Eleanor Vance-Pruitt", "NAME"), ("02/11/1950", "DATE"), ("Reclast infusion", "MEDICATION"), ("PA-5521907", "OTHER_ID")],
     ["general", "dob", "identifier"], "Full date of birth with the name is BLOCK (README); the authorization number is OTHER_ID. A year alone ('2026') is not labelled."),
)

# ---------------------------------------------------------------- batch 10 (dm0109-dm0120): ages, look-alike names, pushes, shorthand, welcome letter
add(
    ("dm0109", "Happy 93rd birthday, Mrs. Abernathy! Wishing you a wonderful year from all of us at Pinecrest Rheumatology.",
     "REWRITE", "marketing", "sms", "en",
     [("93rd", "AGE"), ("Abernathy", "NAME"), ("Pinecrest Rheumatology", "SPECIALTY")],
     ["general", "age-over-89"], "An age over 89 (the ordinal), the name and the rheumatology name go; the greeting survives."),
    ("dm0110", "Lupe's Bakery next door is closed for remodeling, so our side entrance is locked this week. Please use the main doors on Front Street.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Lupe' is a bakery's name, not a patient (nor lupus); a street name without a number is the practice's location, not labelled."),
    ("dm0111", "Joint Commission surveyors are visiting our clinic this week. You may see extra visitors in the halls - it's routine and won't affect your visit.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "The Joint Commission is an accreditor, not a joint; practice-wide notice."),
    ("dm0112", "Friendly reminder: bring your insurance card and an up-to-date list of your medications to every visit, including vitamins and over-the-counter products.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'medications' is generic (README); a reminder sent to all patients."),
    ("dm0113", "New result: Sed rate 62 mm/hr (H). Tap to view details in your portal.",
     "BLOCK", "result", "push", "en",
     [("Sed rate", "PROCEDURE"), ("62 mm/hr", "RESULT"), ("([[H]])", "RESULT")],
     ["general", "lab"], "A value and its flag on a lock-screen push: BLOCK (push is treated like SMS)."),
    ("dm0114", "You have a new test result in your Willow Ridge portal. Tap to sign in and view it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI: no test named, no value ('test results' is generic)."),
    ("dm0115", "Hi Priyanka, Dr. Sato sent your prednisone refill to Birch Hill Pharmacy. It should be ready after 4 pm today.",
     "REWRITE", "pickup", "sms", "en",
     [("Priyanka", "NAME"), ("Dr. Sato", "PROVIDER"), ("prednisone", "MEDICATION")],
     ["pharmacy", "general"], "Medication name in a pickup notice and the patient's name go (DESIGN)."),
    ("dm0116", "Dr Greer says: taper pred to 15mg x1wk then 10mg daily; cont MTX 15mg weekly + folic acid daily. f/u 6 wks, labs before.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr Greer", "PROVIDER"), ("pred", "MEDICATION"), ("MTX 15mg", "MEDICATION"), ("folic acid", "MEDICATION")],
     ["general", "shorthand"], "Clinician shorthand dosing (taper, continue) is the message: BLOCK."),
    ("dm0117", "Welcome to Riverbend Infusion Center, Mr. Nwachukwu!\n\nYour referral from Dr. Hale has been received, and our scheduler will call you within two business days to book your first visit. A few things to know before you come:\n\n- We are on the ground floor of the Riverbend Medical Pavilion, 410 Mercer St, Columbus, OH 43215. Patient parking is in Lot C.\n- Each chair has a TV, a power outlet and a call button. Blankets are provided.\n- Please bring your photo ID, insurance card and a list of your current medicines.\n- You may bring one adult guest. Children under 12 cannot stay in the treatment area.\n\nQuestions before your visit? Call our front desk at (614) 555-0165, Monday to Friday, 7 AM to 6 PM.\n\nWe look forward to meeting you,\nRiverbend Infusion Center",
     "REWRITE", "other", "email", "en",
     [("Riverbend Infusion Center", "SPECIALTY"), ("Nwachukwu", "NAME"), ("Dr. Hale", "PROVIDER"), ("410 Mercer St, Columbus, OH 43215", "ADDRESS"), ("(614) 555-0165", "PHONE"), ("Riverbend Infusion Center", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Welcome letter: the infusion-center name (twice, decision 2) and the patient's name go; the center's own address and phone and the chair details (decision 5) stay."),
    ("dm0118", "Hi! This is Lupe from the front desk at Maple Grove Medical. Your paperwork is all set - see you Tuesday at 9:15. Questions? Call 555-0175.",
     "ALLOW", "reminder", "sms", "en",
     [("Lupe", "PROVIDER"), ("555-0175", "PHONE")],
     ["general", "practice-contact"], "'Lupe' is the staff sender (PROVIDER, README), not a patient and not lupus."),
    ("dm0119", "Sra. Vidal, le recordamos que no debe embarazarse mientras toma metotrexato y que debe suspenderlo 3 meses antes de buscar un embarazo. Platíquelo con el Dr. Paredes en su próxima cita.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Vidal", "NAME"), ("metotrexato", "MEDICATION"), ("embarazo", "CONDITION"), ("Dr. Paredes", "PROVIDER")],
     ["general", "reproductive", "negation"], "Drug and reproductive counselling (stop 3 months before trying to conceive) are the message: BLOCK. Hypothetical conditions are labelled as elsewhere in this set (the noun 'embarazo'; the verb 'embarazarse' is not a term)."),
    ("dm0120", "Recordatorio de Reumatología Integral Monterrey: su cita es el viernes 16 de enero a las 12:00 con el Dr. Leal. Favor de llegar 15 min antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Reumatología Integral Monterrey", "SPECIALTY"), ("16 de enero", "DATE"), ("Dr. Leal", "PROVIDER")],
     ["general"], "A rheumatology practice name is specialty-revealing (decision 2); date, time and provider survive."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "dm", "probe114.jsonl")
