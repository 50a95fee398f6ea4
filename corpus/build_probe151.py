#!/usr/bin/env python3
"""Build corpus/probe151.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe151.py [OUT] [-v]   (default: probe151.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run, and no other corpus, test or source file was read.

This round is RECALLS, SAFETY ALERTS AND DATA-BREACH NOTIFICATIONS: what pharmacies, device
makers, practices, labs, health plans and their vendors send about problems — drug-lot recalls
sent to the patients who filled them, device and implant recalls (insulin pumps, CPAPs, oxygen
concentrators, pacemaker and ICD leads, hip and knee implants, ports, IUDs, meters), safety
reminders after a product change, vaccine-lot notices, lab errors, mix-ups and re-test notices,
breach and misdirected-record letters (what was exposed, credit-monitoring offers), and general
product and food recalls. Notices that reveal the recipient's drug, device, test or condition (or
expose identifiers) are mixed with general ones and look-alikes ("recall that our holiday party
moved", a breach of the levee, a toy recall, Total Recall movie night, "alert: parking lot
closed", a recall election, a humpback that breached, a privacy officer named Grace Lock).
About 17% Spanish; four disguised messages (zero-width, leet, spaced, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "The [[high]] lead" searches for "The high lead"
      and labels only the bracketed part "high".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Drug and vaccine lot numbers, NDCs, model numbers, recall reference numbers and
     credit-monitoring activation/enrollment codes are not labelled: they identify a batch, a
     product or an enrollment, not a person (like confirmation codes and one-time codes). Device
     serial numbers are DEVICE_ID; Rx and accession numbers are OTHER_ID (README).
  2. A recall notice that names the recipient's drug, device, vaccine or test is REWRITE: the
     notice ("a product you received was recalled, call us") survives without the name. It is
     BLOCK when it also carries a patient-specific dosing or treatment instruction, a reading or
     result, or a finding.
  3. Generic product-safety sentences from recall templates ("do not stop this medication without
     talking to your prescriber", "keep using it until you talk to your doctor", "stop using it and
     bring it back", "it is safe to leave in place") are not treatment instructions and do not make
     a line BLOCK.
  4. An offer of a repeat vaccine dose, a redraw or a repeat scan after a lot or lab problem is a
     recall (REWRITE when the vaccine, test or scan is named), not a treatment instruction.
  5. A specimen-could-not-be-processed notice that names no test is ALLOW (like "no results yet"
     with no test named).
  6. Devices are PROCEDURE (README); a device brand/model that names the device type is one
     PROCEDURE span with the device word that follows it ("GlucoTrack G4 sensors"). A maker's,
     supplier's or service's name that reveals the condition or service (… Home Respiratory,
     … Home Infusion, … Sleep Center, a device clinic, a glucose-sensor brand used as the sender)
     is SPECIALTY like a practice name; generic suppliers (… Medical Supply) are not labelled.
  7. Breach and misdirection letters: listing the kinds of data exposed ("names, dates of birth,
     diagnosis codes") is not a span; the recipient's name, real identifiers or a revealing
     service in them are labelled as usual (REWRITE); a diagnosis, a result or another patient's
     health in them is BLOCK; on the portal channel they are ALLOW.
  8. A diagnosis stated as a fact about the recipient is BLOCK even when it is only the reason the
     notice was sent ("because your chart lists celiac disease"); a condition used only as the
     label of a supply order or visit ("your last diabetes supply order") is REWRITE.
  9. A partial SSN (last four digits) next to the name is labelled SSN; the line is BLOCK.
 10. Clinical words in general warnings and broadcasts that do not describe the recipient (a
     recall of "a common blood pressure medicine", "if you or someone at home has a pacemaker",
     "sleep apnea machines" in the news) are not labelled; hypothetical ones are tagged negation.
 11. The privacy officer named as sender or host (Grace Lock) is workforce: PROVIDER, name only
     (her role after the name stays outside, as with `this is Jen from the front desk`). A
     pharmacist's generic credential (RPh) stays inside the PROVIDER span like RN (pharmacy
     names are generic in the README, so RPh is not a SPECIALTY).
 12. A mix-up that tells the recipient another named person's test or treatment is BLOCK (third
     party's health), even when the recipient's own part would only be REWRITE.
 13. A health department's or hospital's own web address in a broadcast is labelled URL and
     tagged practice-contact (ALLOW).

Everything is invented: names, practices, makers, products, 555-01xx numbers, example domains,
serials, lot and Rx numbers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ex0001-ex0012): drug-lot recalls from pharmacies
add(
    ("ex0001", "Greenway Pharmacy: The lot of atorvastatin 40mg you picked up on 8/14 is part of a manufacturer recall. Please bring the bottle back for a free replacement. Questions? (614) 555-0134",
     "REWRITE", "recall", "sms", "en",
     [("atorvastatin 40mg", "MEDICATION"), ("8/14", "DATE"), ("(614) 555-0134", "PHONE")],
     ["pharmacy", "practice-contact"], "Drug-lot recall to the patient who filled it: the drug name goes, the recall and return request survive (decision 2); fill date and the pharmacy's own number stay."),
    ("ex0002", "Greenway Pharmacy notice: the FDA has announced a voluntary recall of certain lots of a common blood pressure medicine. If we filled an affected lot for you, we will contact you directly. Otherwise no action is needed.",
     "ALLOW", "recall", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast about a recall that says nothing about the recipient; the drug class is not labelled in a general notice (decision 10)."),
    ("ex0003", "Hi Tomasz, the warfarin 5 mg (lot W2231) you filled on 2/3 is being recalled because some tablets may be stronger than labeled. Dr. Heller wants an INR check Thursday and says to skip tonight's dose.",
     "BLOCK", "recall", "sms", "en",
     [("Tomasz", "NAME"), ("warfarin 5 mg", "MEDICATION"), ("2/3", "DATE"), ("Dr. Heller", "PROVIDER"), ("INR", "PROCEDURE")],
     ["pharmacy"], "Recall plus a patient-specific dosing instruction (skip tonight's dose): the instruction is the message, so BLOCK (decision 2). Lot number not labelled (decision 1)."),
    ("ex0004", "Farmacia Los Pinos: El lote de su losartán 50 mg surtido el 12 de marzo fue retirado del mercado por el fabricante. Tráiganos el frasco y se lo cambiamos sin costo. Tel. 555-0147",
     "REWRITE", "recall", "sms", "es",
     [("losartán 50 mg", "MEDICATION"), ("12 de marzo", "DATE"), ("555-0147", "PHONE")],
     ["pharmacy", "practice-contact"], "Recall of the recipient's drug: the drug name goes; the return request, date and pharmacy phone stay (decision 2)."),
    ("ex0005", "Action needed on a recent prescription. Open the Greenway app or call the pharmacy for details.",
     "ALLOW", "recall", "push", "en", [],
     ["pharmacy", "hard-negative"], "Content-free push that points to the app; 'prescription' is a generic word."),
    ("ex0006", "RX ALERT: Rx# 7738214 (LEVETIRACETAM 500 MG TAB) filled 06/02 is subject to a Class II recall. Return unused tablets to Northside Pharmacy. Do not stop this medication without talking to your prescriber.",
     "REWRITE", "recall", "sms", "en",
     [("7738214", "OTHER_ID"), ("LEVETIRACETAM 500 MG TAB", "MEDICATION"), ("06/02", "DATE")],
     ["pharmacy", "identifier"], "Drug name with strength and form and the Rx number go; 'do not stop without talking to your prescriber' is recall-template safety text, not a dosing instruction (decision 3)."),
    ("ex0007", "Hello, this is Kessler Drug calling for Evelyn Marsh about her prednisone. The lot we dispensed last week was recalled. Please stop the old tablets tonight and start the replacement bottle tomorrow morning at 40 milligrams, then continue your taper as before.",
     "BLOCK", "recall", "voice", "en",
     [("Evelyn Marsh", "NAME"), ("prednisone", "MEDICATION")],
     ["pharmacy"], "Voice is treated like SMS; the message gives a dose and taper instruction for this patient, so removal cannot save it (decision 2)."),
    ("ex0008", "Team reminder: please recall that our holiday party moved from Friday to the following Monday because of the inventory count. Same place, same time. - Greenway Pharmacy staff committee",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Recall' in the everyday sense; a staff notice with nothing about a patient."),
    ("ex0009", "Subject: Important product notice about your recent shipment\n\nDear Ms. Okafor,\n\nApex Specialty Pharmacy is contacting you because the adalimumab 40 mg/0.4 mL pens shipped to you on October 9 come from a lot (AD3391) that the manufacturer has recalled: in rare cases the needle cover may not come off. Please do not use any remaining pens from that lot. We are sending replacements by overnight courier at no cost to you, along with a prepaid box for returning the affected pens.\n\nIf you have questions, our pharmacists are available 24/7 at (877) 555-0161.\n\nThank you,\nApex Specialty Pharmacy Patient Care Team",
     "REWRITE", "recall", "email", "en",
     [("Okafor", "NAME"), ("Apex Specialty Pharmacy", "SPECIALTY"), ("adalimumab 40 mg/0.4 mL pens", "MEDICATION"), ("October 9", "DATE"), ("(877) 555-0161", "PHONE"), ("Apex Specialty Pharmacy", "SPECIALTY", 1)],
     ["pharmacy", "practice-contact"], "E-mail is treated like SMS. Name, specialty-pharmacy name and drug go; 'do not use pens from that lot' is product-safety text (decision 3); lot number not labelled (decision 1)."),
    ("ex0010", "hi this is Marcy at Lakeview pharmacy, the metoprolol u got last wk was recalled, can u bring it back?? we have a new bottle ready for u. thx",
     "REWRITE", "recall", "sms", "en",
     [("Marcy", "PROVIDER"), ("metoprolol", "MEDICATION")],
     ["pharmacy", "shorthand", "typo"], "Staff member named as sender is PROVIDER; the drug name goes, the return request survives."),
    ("ex0011", "Farmacia del Valle informa: algunos lotes de un jarabe para la tos de venta libre fueron retirados del mercado. Si lo compró aquí, puede devolverlo en el mostrador con o sin recibo.",
     "ALLOW", "recall", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast about an over-the-counter product; says nothing about the recipient (decision 10)."),
    ("ex0012", "Hi, this is Brookside Pharmacy. The amoxicillin suspension we filled for your daughter Lily on 5/9 is part of a recall. Please stop giving it and bring it in today - we'll replace it so she can finish her 10-day course for the ear infection.",
     "BLOCK", "recall", "sms", "en",
     [("amoxicillin suspension", "MEDICATION"), ("Lily", "NAME"), ("5/9", "DATE"), ("ear infection", "CONDITION")],
     ["pharmacy", "pediatrics", "third-party", "minor"], "A dependent's medication and condition sent to the guardian is BLOCK (README third-party convention)."),
)

# ---------------------------------------------------------------- batch 2 (ex0013-ex0024): device recalls (CPAP, pumps, leads, implants, oxygen)
add(
    ("ex0013", "Summit Medical Supply: Your CPAP device (serial 44K29183) is included in a manufacturer recall for sound-foam breakdown. Register it at recalls.example.com/cpap or call 555-0119. Keep using it until you talk to your doctor.",
     "REWRITE", "recall", "sms", "en",
     [("CPAP", "PROCEDURE"), ("44K29183", "DEVICE_ID"), ("recalls.example.com/cpap", "URL"), ("555-0119", "PHONE")],
     ["home-health", "practice-contact", "identifier"], "Device type and serial go; the registration link and phone are the sender's own. 'Keep using it until you talk to your doctor' is recall-template text (decision 3); a generic supplier name is not labelled (decision 6)."),
    ("ex0014", "Dr. Ramos's office: your pacemaker lead (model 4592-52) is on the maker's advisory list. Your device check on 9/30 showed lead impedance of 1,850 ohms, higher than expected, so please come in this week.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Ramos", "PROVIDER"), ("pacemaker lead", "PROCEDURE"), ("device check", "PROCEDURE"), ("9/30", "DATE"), ("lead impedance", "PROCEDURE"), ("1,850 ohms", "RESULT"), ("higher than expected", "RESULT")],
     ["cardiology"], "A device reading with its interpretation is a result: BLOCK. Model number not labelled (decision 1); the measure is PROCEDURE and its value RESULT (README)."),
    ("ex0015", "Beware of recall scams: some customers have received calls from people claiming to be our recall team and asking for a card payment to ship a replacement. We never charge for replacement devices and never ask for bank details by phone. If in doubt, hang up and call the number printed on your device.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Fraud warning sent to every customer; nothing about the recipient."),
    ("ex0016", "Hola Sr. Benítez, le escribimos de Insumos Médicos Aurora. Su bomba de insulina (serie 7731-0045) forma parte de un retiro voluntario. Mientras llega la nueva, la Dra. Salas indica usar insulina en pluma: 12 unidades antes de cada comida. Dudas al 555-0163.",
     "BLOCK", "recall", "sms", "es",
     [("Benítez", "NAME"), ("bomba de insulina", "PROCEDURE"), ("7731-0045", "DEVICE_ID"), ("Dra. Salas", "PROVIDER"), ("insulina en pluma", "MEDICATION"), ("555-0163", "PHONE")],
     ["primary-care", "identifier", "practice-contact"], "Device recall plus a dosing instruction for the interim (12 units before meals): BLOCK (decision 2)."),
    ("ex0017", "This is the device clinic at Harmon Heart and Vascular with a message for Lionel Price. Your defibrillator is part of a battery advisory. Your remote transmission from March 11 shows about 18 months of battery left, and Dr. Osei recommends scheduling a generator change this spring. Please call 555-0124.",
     "BLOCK", "result", "voice", "en",
     [("device clinic", "SPECIALTY"), ("Harmon Heart and Vascular", "SPECIALTY"), ("Lionel Price", "NAME"), ("defibrillator", "PROCEDURE"), ("remote transmission", "PROCEDURE"), ("March 11", "DATE"), ("18 months of battery left", "RESULT"), ("Dr. Osei", "PROVIDER"), ("generator change", "PROCEDURE"), ("555-0124", "PHONE")],
     ["cardiology", "practice-contact"], "A device reading (battery remaining) and a recommended procedure are the message: BLOCK. 'Device clinic' is a service-line name (decision 6)."),
    ("ex0018", "You have a new secure message about a product safety notice. Log in to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI: says that a notice exists, not what it is about."),
    ("ex0019", "Subject: Field safety notice - action may be required\n\nDear customer,\n\nOur records show you received GlucoTrack G4 sensors from lot 22B-118 on 7/18. Some sensors in this lot may stop reporting before the end of their 10-day wear. Please check the lot number on your remaining boxes and request free replacements at support.example.com/g4 or 1-800-555-0190.\n\nGlucoTrack Customer Care",
     "REWRITE", "recall", "email", "en",
     [("GlucoTrack G4 sensors", "PROCEDURE"), ("7/18", "DATE"), ("support.example.com/g4", "URL"), ("1-800-555-0190", "PHONE"), ("GlucoTrack", "SPECIALTY", 1)],
     ["primary-care", "practice-contact"], "Maker's notice to a customer: the sensor brand names the device (one PROCEDURE span, decision 6) and the brand as sender reveals diabetes care (SPECIALTY, decision 6); lot not labelled (decision 1)."),
    ("ex0020", "Alert: the north parking lot is closed Monday for repaving. Please use the garage next door; valet is free all week.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Alert' and 'lot' in the parking sense."),
    ("ex0021", "Ms. Kaur, your metal-on-metal hip implant is part of the Corvell recall. Your blood test showed cobalt at 9.4 ppb, so Dr. Lindqvist wants an MRI before your follow-up.",
     "BLOCK", "result", "sms", "en",
     [("Kaur", "NAME"), ("metal-on-metal hip implant", "PROCEDURE"), ("cobalt", "PROCEDURE"), ("9.4 ppb", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("MRI", "PROCEDURE")],
     ["orthopedics"], "Implant recall with a lab value: the result is the message, BLOCK. The maker's name is not labelled."),
    ("ex0022", "Aire Home Respiratory: a safety recall affects your oxygen concentrator. A tech will swap it Tue 4/8 between 1-5pm. Until then Dr. Ngata says to use your backup tank at 3 L/min while sleeping. Reply Y to confirm.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Aire Home Respiratory", "SPECIALTY"), ("oxygen concentrator", "PROCEDURE"), ("4/8", "DATE"), ("Dr. Ngata", "PROVIDER")],
     ["home-health"], "The oxygen flow rate is a dosing instruction for this patient: BLOCK (decision 2). The supplier's name reveals lung care (decision 6)."),
    ("ex0023", "Product recall: the Bluebird stacking-cups toy sold at our lobby gift shop in November and December has a small part that can come loose. Return it for a full refund, no receipt needed.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A toy recall from the gift shop; nothing about anyone's care."),
    ("ex0024", "Aviso de seguridad: las mascarillas de CPAP con imanes, como la que le entregamos el 2 de mayo, no deben usarse si usted o alguien en su casa tiene un marcapasos u otro implante metálico. Llámenos al 555-0178 y se la cambiamos sin costo.",
     "REWRITE", "recall", "sms", "es",
     [("CPAP", "PROCEDURE"), ("2 de mayo", "DATE"), ("555-0178", "PHONE")],
     ["home-health", "negation", "practice-contact"], "The recipient's CPAP mask is revealed (REWRITE); the pacemaker is a hypothetical in a general warning, not labelled (decision 10)."),
)

# ---------------------------------------------------------------- batch 3 (ex0025-ex0036): vaccine-lot notices, product changes, look-alikes
add(
    ("ex0025", "Oakridge Family Medicine: The flu vaccine you received here on 10/6 came from a lot that was stored outside the recommended temperature. Please call 555-0125 to schedule a free repeat dose.",
     "REWRITE", "recall", "sms", "en",
     [("flu vaccine", "PROCEDURE"), ("10/6", "DATE"), ("555-0125", "PHONE")],
     ["primary-care", "practice-contact"], "The recipient's own vaccine is named (README: your flu shot appointment is REWRITE); the repeat-dose offer is a recall, not a treatment instruction (decision 4)."),
    ("ex0026", "Oakridge Family Medicine: our flu vaccine supply is fully restocked after last month's manufacturer hold. Walk-ins welcome Mon-Fri 8-4, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast: flu vaccine availability for everyone says nothing about the recipient."),
    ("ex0027", "Important: the MMR dose Mateo got on 9/12 was from a lot later found to be less potent. His antibody test from Friday came back negative for measles immunity, so he needs another dose before school starts.",
     "BLOCK", "result", "sms", "en",
     [("MMR", "PROCEDURE"), ("Mateo", "NAME"), ("9/12", "DATE"), ("antibody test", "PROCEDURE"), ("negative", "RESULT"), ("measles", "CONDITION")],
     ["pediatrics", "third-party", "minor"], "A dependent's test result sent to the guardian: BLOCK (README)."),
    ("ex0028", "Centro de Salud Las Palmas: La vacuna contra la hepatitis B que recibió el 14 de febrero era de un lote con problemas de refrigeración. Le ofrecemos una dosis adicional sin costo. Llame al (915) 555-0142.",
     "REWRITE", "recall", "sms", "es",
     [("vacuna contra la hepatitis B", "PROCEDURE"), ("14 de febrero", "DATE"), ("(915) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Named vaccine goes; the offer of an extra dose is a recall (decision 4)."),
    ("ex0029", "Heads up from Pine Hill Pharmacy: your levothyroxine refill will look different this month (new manufacturer - round white tablet instead of a peach oval). Same medicine, same strength.",
     "REWRITE", "pickup", "sms", "en",
     [("levothyroxine", "MEDICATION")],
     ["pharmacy"], "Product-change safety reminder: the drug name goes; 'same medicine, same strength' is not a dosing instruction (decision 3)."),
    ("ex0030", "Pine Hill Pharmacy: your insulin pen is changing to the 200 units/mL version. Because it is twice as concentrated, dial 14 units instead of 28 at bedtime starting tonight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("insulin pen", "MEDICATION")],
     ["pharmacy", "contrast"], "Product change with a new dose to dial: a dosing instruction, BLOCK (decision 2)."),
    ("ex0031", "Product change: your insulin glargine is switching to the 300 units/mL pen because the 100 units/mL pen has been discontinued. Your dose in units stays the same (22 units at bedtime). Please watch the pen-training video in Education before your first dose, or message your care team.",
     "ALLOW", "care-instructions", "portal", "en",
     [("insulin glargine", "MEDICATION")],
     ["pharmacy", "contrast"], "Portal channel: drug and dose may stay (README); compare the SMS product change ex0030 (BLOCK)."),
    ("ex0032", "Total Recall movie night is this Friday at 7 in the Community Room! Popcorn is on us. Staff, patients and families welcome - bring a blanket.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Recall' as a film title."),
    ("ex0033", "Hi Deborah,\nStarting with your next refill, your albuterol inhaler will come from a different maker. It works the same way, but the dose counter on top now counts down from 200. Ask us for a quick demo when you pick it up.\n- Daniel Cho, RPh, Lindell Pharmacy",
     "REWRITE", "pickup", "email", "en",
     [("Deborah", "NAME"), ("albuterol inhaler", "MEDICATION"), ("Daniel Cho, RPh", "PROVIDER")],
     ["pharmacy"], "Name and drug go; the pharmacist's generic credential stays in the PROVIDER span (decision 11)."),
    ("ex0034", "Clínica Alameda: el lote norte del estacionamiento estará cerrado el sábado por mantenimiento. Use la entrada de la calle Robles. ¡Gracias por su paciencia!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Lote' as a parking lot; a street name without a number is the practice's location, not a patient's address."),
    ("ex0035", "Hi Renee, the HPV vaccine doses you got in 2022 were from a lot under review. Since your Pap on 4/2 was abnormal, Dr. Ferris would like to discuss next steps at a visit this month.",
     "BLOCK", "result", "sms", "en",
     [("Renee", "NAME"), ("HPV vaccine", "PROCEDURE"), ("Pap", "PROCEDURE"), ("4/2", "DATE"), ("abnormal", "RESULT"), ("Dr. Ferris", "PROVIDER")],
     ["reproductive"], "A finding (abnormal Pap) is stated: BLOCK. The year alone is not a date."),
    ("ex0036", "Reminder: your appointment with Dr. Ibarra is on 11/19 at 3:30 PM. We'll go over the letter we mailed you last week. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ibarra", "PROVIDER"), ("11/19", "DATE")],
     ["primary-care"], "Provider, date and time; the letter is not described."),
)

# ---------------------------------------------------------------- batch 4 (ex0037-ex0048): lab errors, mix-ups and re-test notices
add(
    ("ex0037", "Crestline Lab: your sample from Tuesday could not be processed. Please return for a new draw at any of our patient service centers; no appointment or new order needed.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "No test named and no result: like 'no results yet', ALLOW (decision 5)."),
    ("ex0038", "Crestline Lab: your lipid panel from 6/3 needs to be recollected because the tube was mislabeled. Please fast 10 hrs and visit any location. Ref ACC-55810294.",
     "REWRITE", "recall", "sms", "en",
     [("lipid panel", "PROCEDURE"), ("6/3", "DATE"), ("ACC-55810294", "OTHER_ID")],
     ["lab", "identifier", "shorthand"], "Named test and accession number go; a recollection request with fasting prep is a recall (decision 4)."),
    ("ex0039", "Correction from Northview Clinic: the potassium of 6.8 reported to you on 3/14 was a lab error (hemolyzed sample). Your repeat result is 4.1, which is normal. No changes to your medications.",
     "BLOCK", "result", "sms", "en",
     [("potassium", "PROCEDURE"), ("6.8", "RESULT"), ("3/14", "DATE"), ("4.1", "RESULT"), ("normal", "RESULT")],
     ["lab", "primary-care", "contrast"], "A correction still gives values, and a normal result is a result (README): BLOCK."),
    ("ex0040", "Sra. Villalobos, le informamos que el resultado de su prueba de VIH del 2 de agosto fue reportado por error como reactivo. La prueba confirmatoria salió negativa. Disculpe la confusión.",
     "BLOCK", "result", "sms", "es",
     [("Villalobos", "NAME"), ("prueba de VIH", "PROCEDURE"), ("2 de agosto", "DATE"), ("reactivo", "RESULT"), ("negativa", "RESULT")],
     ["hiv-sexual-health", "lab"], "Lab-error correction that states both the wrong and the confirmed result: BLOCK."),
    ("ex0041", "Hi Aaron, this is Priya from Dr. Stein's office. The lab lost your urine culture sample from Monday \U0001F641 Can you stop by to leave a new one? No appt needed. 555-0187",
     "REWRITE", "recall", "sms", "en",
     [("Aaron", "NAME"), ("Priya", "PROVIDER"), ("Dr. Stein", "PROVIDER"), ("urine culture", "PROCEDURE"), ("555-0187", "PHONE")],
     ["primary-care", "practice-contact", "shorthand"], "Patient name and the named test go; the re-collection request survives (decision 4)."),
    ("ex0042", "Quality notice from Crestline Lab: a calibration problem affected some vitamin D tests run at our Eastgate site between Jan 6 and Jan 9. Affected patients are being contacted individually. If you have not heard from us, no action is needed.",
     "ALLOW", "other", "email", "en",
     [("Jan 6", "DATE"), ("Jan 9", "DATE")],
     ["lab", "broadcast"], "Broadcast quality notice: the test is named for everyone, not as the recipient's (decision 10); the dates describe the incident."),
    ("ex0043", "Dear Mr. Quist, we regret that the slides from your 5/20 skin biopsy were mixed up with another patient's. The corrected pathology report shows basal cell carcinoma, not the benign result you were given. Dr. Amsel will call you today.",
     "BLOCK", "result", "email", "en",
     [("Quist", "NAME"), ("5/20", "DATE"), ("skin biopsy", "PROCEDURE"), ("pathology", "PROCEDURE"), ("basal cell carcinoma", "CONDITION"), ("benign", "RESULT"), ("Dr. Amsel", "PROVIDER")],
     ["dermatology"], "A corrected diagnosis is the message: BLOCK."),
    ("ex0044", "Hello, this message is for Gordon Pike from Westfield Imaging. The images from your CT scan last week did not save correctly and we need to repeat the scan at no charge. Please call us at 555-0151. Thank you.",
     "REWRITE", "recall", "voice", "en",
     [("Gordon Pike", "NAME"), ("Westfield Imaging", "SPECIALTY"), ("CT scan", "PROCEDURE"), ("555-0151", "PHONE")],
     ["imaging", "practice-contact"], "Name, imaging name and scan type go; a repeat-scan request is a recall (decision 4)."),
    ("ex0045", "Lab correction: Your TSH drawn on 2/27 was reported as 0.2 because of an analyzer error. The corrected value is 2.1 mIU/L (reference range 0.4-4.0). Dr. Amari has reviewed it and no dose change is needed.",
     "ALLOW", "result", "portal", "en",
     [("TSH", "PROCEDURE"), ("2/27", "DATE"), ("0.2", "RESULT"), ("2.1 mIU/L", "RESULT"), ("Dr. Amari", "PROVIDER")],
     ["lab", "primary-care", "contrast"], "Portal channel: results may stay (README); compare the SMS correction ex0039 (BLOCK). The reference range is not the patient's value."),
    ("ex0046", "Laboratorio Central: su muestra de orina de 24 horas del 9 de enero se extravió durante el envío. Le llevaremos un recipiente nuevo a su casa. ¿Le queda bien el jueves? Responda SÍ o NO.",
     "REWRITE", "recall", "sms", "es",
     [("muestra de orina de 24 horas", "PROCEDURE"), ("9 de enero", "DATE")],
     ["lab"], "The named collection goes; the home re-collection offer survives (decision 4)."),
    ("ex0047", "Mrs. Dunleavy, two samples were mixed up at the lab last week. The high lead level you were told about belongs to another child; Ethan's corrected lead level is 3 µg/dL, within the normal range.",
     "BLOCK", "result", "sms", "en",
     [("Dunleavy", "NAME"), ("The [[high]] lead", "RESULT"), ("lead level", "PROCEDURE"), ("Ethan", "NAME"), ("lead level", "PROCEDURE", 1), ("3 µg/dL", "RESULT"), ("within the normal range", "RESULT")],
     ["pediatrics", "lab", "third-party", "minor"], "A child's result to the guardian, plus another child's result: BLOCK (README; decision 12)."),
    ("ex0048", "Crestline Lab patient service centers will close at noon Thursday for a system upgrade. Tests already in progress are not affected.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Operational broadcast."),
)

# ---------------------------------------------------------------- batch 5 (ex0049-ex0060): data-breach and misdirected-record letters
add(
    ("ex0049", "Subject: Notice of a data security incident\n\nFairmont Health is writing to tell you about an incident that may involve some of your information. On April 2 we learned that an unauthorized person accessed an employee email account between March 28 and April 1. The account held patient names, addresses, dates of birth, health insurance details and limited clinical information such as diagnosis codes. We have no evidence that any information has been misused. Since then we have reset the account, required two-step sign-in for all staff email, and reported the incident to federal regulators.\n\nAs a precaution we are offering 24 months of free credit monitoring through IdentityShield. Your enrollment code is printed on the letter we mailed to you. Our call center is open weekdays 8am-8pm at (888) 555-0102.\n\nWe sincerely apologize.\nGrace Lock\nPrivacy Officer, Fairmont Health",
     "ALLOW", "other", "email", "en",
     [("April 2", "DATE"), ("March 28", "DATE"), ("April 1", "DATE"), ("(888) 555-0102", "PHONE"), ("Grace Lock", "PROVIDER")],
     ["general", "practice-contact"], "Breach letter that lists kinds of data, not the recipient's data (decision 7); incident dates, the call-center number and the privacy officer as sender (decision 11) are allowed."),
    ("ex0050", "Dear Mr. Haddad,\n\nWe are writing about the Fairmont Health data security incident described in our letter of May 3. Your name and address were among the information involved. To help protect you, you may enroll in 24 months of free identity monitoring at identityshield.example.com with activation code KX4-99WQ-31 before August 31.\n\nIf you have questions, please call (888) 555-0102.\n\nSincerely,\nFairmont Health Privacy Office",
     "REWRITE", "other", "email", "en",
     [("Haddad", "NAME"), ("May 3", "DATE"), ("identityshield.example.com", "URL"), ("August 31", "DATE"), ("(888) 555-0102", "PHONE")],
     ["general", "practice-contact"], "The name goes; the credit-monitoring activation code is not labelled (decision 1) and the vendor's link is a plain site, not a tokened one."),
    ("ex0051", "Dear Ms. Lindgren,\nWe are contacting you because a Maple Counseling Group billing file was sent to the wrong vendor on 3/4. The file included your name, date of birth and the diagnosis recorded at your intake (generalized anxiety disorder). The vendor has confirmed it deleted the file.",
     "BLOCK", "other", "email", "en",
     [("Lindgren", "NAME"), ("Maple Counseling Group", "SPECIALTY"), ("3/4", "DATE"), ("intake", "PROCEDURE"), ("generalized anxiety disorder", "CONDITION")],
     ["behavioral-health"], "The breach letter itself states the recipient's diagnosis: BLOCK (decisions 7 and 8)."),
    ("ex0052", "Dear Walter Briggs, the paper records stolen from our courier on 1/17 included a form with your Social Security number ending in 4417 and your date of birth, 02/09/1954. We have arranged free credit monitoring; call (888) 555-0170 to enroll.",
     "BLOCK", "other", "email", "en",
     [("Walter Briggs", "NAME"), ("1/17", "DATE"), ("4417", "SSN"), ("02/09/1954", "DATE"), ("(888) 555-0170", "PHONE")],
     ["general", "dob", "identifier", "practice-contact"], "Full date of birth with the name is BLOCK (README); the last four SSN digits are labelled SSN (decision 9)."),
    ("ex0053", "Fairmont Health: On 6/11 a copy of your visit summary was mistakenly emailed to another patient, who confirmed deleting it. A letter with details is in the mail this week; call 555-0108 with any questions.",
     "ALLOW", "other", "sms", "en",
     [("6/11", "DATE"), ("555-0108", "PHONE")],
     ["general", "practice-contact"], "Misdirection notice with no name, no service and no content: ALLOW (decision 7)."),
    ("ex0054", "A breach of the levee on Mill Creek has flooded River Road. Our Riverside office is closed today and staff will call to reschedule every appointment. Please stay safe.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Breach' of a levee; place names are public locations, not a patient's address."),
    ("ex0055", "Estimada Sra. Quiroga:\nLe informamos que el 3 de abril una carta con sus resultados de laboratorio se envió por error a otra dirección. La persona que la recibió nos la devolvió sin abrir, por lo que creemos que su información no fue vista. Lamentamos mucho lo sucedido.\nAtentamente,\nOficina de Privacidad, Clínica San Lucas",
     "REWRITE", "other", "email", "es",
     [("Quiroga", "NAME"), ("3 de abril", "DATE")],
     ["general"], "The name goes; 'resultados de laboratorio' is generic and no value is given (decision 7)."),
    ("ex0056", "We mistakenly mailed you a statement that belongs to another patient, Helen Ambrose, for her dialysis treatments in May. Please shred it or return it in the enclosed envelope, and accept our apologies.",
     "BLOCK", "billing", "email", "en",
     [("Helen Ambrose", "NAME"), ("dialysis", "PROCEDURE")],
     ["dialysis", "third-party"], "Another named patient's treatment is disclosed: third party's health, BLOCK (decision 12)."),
    ("ex0057", "Dear client,\nHarborview Recovery Services was told on 10/2 that our billing vendor had a ransomware attack. Files with your name, address and dates of service may have been viewed. No payment card data was involved. Call 555-0141 to learn more or to request free credit monitoring.",
     "REWRITE", "other", "email", "en",
     [("Harborview Recovery Services", "SPECIALTY"), ("10/2", "DATE"), ("555-0141", "PHONE")],
     ["substance-use", "practice-contact"], "The sender's name reveals substance-use treatment (Part 2): it goes, the breach notice survives (decision 7)."),
    ("ex0058", "Security tip from your care team: we will never text you a link asking for your password or a photo of your insurance card. If a message looks suspicious, delete it and call the number on your statement.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Phishing warning for everyone."),
    ("ex0059", "Dear Patricia Nolan, the laptop stolen on 1/28 held a spreadsheet with your name, MRN 00918273 and member ID XJH449201773. It did not contain Social Security numbers or bank details. We are offering free credit monitoring; details are in the letter that follows.",
     "REWRITE", "other", "email", "en",
     [("Patricia Nolan", "NAME"), ("1/28", "DATE"), ("00918273", "MRN"), ("XJH449201773", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Name, MRN and member ID are not needed to tell someone about a breach: REWRITE (decision 7)."),
    ("ex0060", "Dear Mr. Achebe, we are writing to let you know that a report sent in error to another clinic on 8/19 included your HIV viral load results from the past year. The clinic has confirmed it deleted the report. Please message us here or call 555-0144 if you have questions.",
     "ALLOW", "other", "portal", "en",
     [("Achebe", "NAME"), ("8/19", "DATE"), ("HIV viral load", "PROCEDURE"), ("555-0144", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Portal channel: name and test may stay (README; decision 7)."),
)

# ---------------------------------------------------------------- batch 6 (ex0061-ex0072): privacy office, food and product recalls, misdirection
add(
    ("ex0061", "From Grace Lock, Privacy Officer at Fairmont Health: our Notice of Privacy Practices has been updated. Read it at fairmont.example.org/privacy or ask for a paper copy at check-in.",
     "ALLOW", "other", "sms", "en",
     [("Grace Lock", "PROVIDER"), ("fairmont.example.org/privacy", "URL")],
     ["general", "broadcast", "practice-contact"], "Privacy officer named as sender is workforce (decision 11); a 'Lock' that is a surname; the practice's own link."),
    ("ex0062", "Community health alert: a brand of bagged spinach sold at local stores is being recalled over possible E. coli contamination. Check the county website for lot codes and throw out any affected bags.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Food recall for everyone; the germ named is about the product, not the recipient (decision 10)."),
    ("ex0063", "Hi Marguerite, because your chart lists celiac disease we wanted you to know that Sunvale gluten-free bread sold in March was recalled for wheat contamination. Please check your pantry.",
     "BLOCK", "recall", "sms", "en",
     [("Marguerite", "NAME"), ("celiac disease", "CONDITION")],
     ["primary-care"], "Judgement: a diagnosis stated as a fact about the recipient is BLOCK even as the reason for a food-recall alert (decision 8)."),
    ("ex0064", "Valley Medical Supply: the test strips in your last diabetes supply order (lot 4471A) may read falsely high. We're mailing free replacements this week. Questions? 555-0193",
     "REWRITE", "recall", "sms", "en",
     [("test strips", "PROCEDURE"), ("diabetes", "CONDITION"), ("555-0193", "PHONE")],
     ["primary-care", "practice-contact"], "A condition used as the label of a supply order is removable (decision 8); the product defect is not the patient's result; lot not labelled (decision 1)."),
    ("ex0065", "Aviso general: se retira del mercado un modelo de silla alta para bebé por riesgo de caída. Si compró una en la tienda del hospital, devuélvala y le reembolsamos el total.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Consumer-product recall from the hospital shop; nothing about anyone's care."),
    ("ex0066", "Hi, this is Grace Lock from the Fairmont Health privacy office returning your call about your records request. I'm in until 4:30 today at 555-0111.",
     "ALLOW", "other", "sms", "en",
     [("Grace Lock", "PROVIDER"), ("555-0111", "PHONE")],
     ["general", "practice-contact"], "Staff member named as sender (decision 11); 'records request' is generic."),
    ("ex0067", "Fairmont Health: On 9/22 a fax with your referral to Dr. Mensah at Lakeside Oncology Associates was sent to the wrong office. That office has confirmed the fax was shredded. We're sorry, and we've added a second check to our fax process.",
     "REWRITE", "other", "email", "en",
     [("9/22", "DATE"), ("Dr. Mensah", "PROVIDER"), ("Lakeside Oncology Associates", "SPECIALTY")],
     ["oncology"], "Misdirected-fax notice: the oncology practice name reveals the referral's purpose and goes; the notice survives (decision 7)."),
    ("ex0068", "Ms. Castillo, the results letter you got in error belonged to another patient. Your own mammogram from 8/8 was normal, and your correct letter is on its way.",
     "BLOCK", "result", "sms", "en",
     [("Castillo", "NAME"), ("mammogram", "PROCEDURE"), ("8/8", "DATE"), ("normal", "RESULT")],
     ["imaging"], "A normal result is still a result (README): BLOCK."),
    ("ex0069", "Kid Corner at Maple Grove Family Practice: a product recall of PlayPal magnetic blocks means we've taken them out of our waiting room. Sorry, little builders - new puzzles arrive next week!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A toy recall from a generic practice."),
    ("ex0070", "Heads-up: a document about your colonoscopy was shared with the wrong portal account on 5/2. Tap to read our letter.",
     "REWRITE", "other", "push", "en",
     [("colonoscopy", "PROCEDURE"), ("5/2", "DATE")],
     ["general"], "Push treated like SMS: the procedure goes, the notice survives (decision 7)."),
    ("ex0071", "This is Cedar Ridge Health calling Arthur Pennington, date of birth March 3rd, 1941, about a data incident involving your records. Please call our privacy line at 555-0106.",
     "BLOCK", "other", "voice", "en",
     [("Arthur Pennington", "NAME"), ("March 3rd, 1941", "DATE"), ("555-0106", "PHONE")],
     ["general", "dob", "practice-contact"], "Full date of birth with the name: BLOCK (README), even on a voicemail about a breach."),
    ("ex0072", "Importante: ni su banco ni nuestra clínica le pedirán su NIP o contraseña por mensaje. Si recibe un texto sospechoso a nombre de la clínica, no responda y bórrelo.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Phishing warning; 'NIP' is a PIN, not an identifier."),
)

# ---------------------------------------------------------------- batch 7 (ex0073-ex0084): implants, IUDs, dialysis, ports, lenses, dental
add(
    ("ex0073", "Dear Ms. Harlow,\nOur records show you had textured breast implants placed at Aurelia Plastic Surgery in 2016. The FDA has issued a new safety communication about this implant type. Most patients need no action, but we would like to offer you a free consultation to answer your questions. Call 555-0132 to book.\nWarm regards,\nAurelia Plastic Surgery",
     "REWRITE", "recall", "email", "en",
     [("Harlow", "NAME"), ("textured breast implants", "PROCEDURE"), ("Aurelia Plastic Surgery", "SPECIALTY"), ("555-0132", "PHONE"), ("Aurelia Plastic Surgery", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Implant safety outreach: name, implant and the surgery practice's name go; 'most patients need no action' is template safety text (decision 3)."),
    ("ex0074", "IT alert: a computer virus is going around in fake 'invoice' emails that look like they come from us. Don't open attachments from senders you don't know.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Virus' in the computer sense."),
    ("ex0075", "Hi, this is Rosa at Bloom Women's Health. The IUD placed at your 4/15 visit is from a lot the maker is reviewing. It's safe to leave in place, but we'd like to do a quick string check. Call 555-0129 to set it up.",
     "REWRITE", "recall", "sms", "en",
     [("Rosa", "PROVIDER"), ("Bloom Women's Health", "SPECIALTY"), ("IUD", "PROCEDURE"), ("4/15", "DATE"), ("string check", "PROCEDURE"), ("555-0129", "PHONE")],
     ["reproductive", "practice-contact"], "Device and reproductive-health name go; 'safe to leave in place' is product-safety text (decision 3) and the check is a recall (decision 4)."),
    ("ex0076", "Mr. Farouk, the dialyzer lot used on your Tue/Thu/Sat chair was recalled. Your labs after Thursday's treatment showed hemoglobin 8.1, lower than usual, so Dr. Chen will see you before your next run.",
     "BLOCK", "result", "sms", "en",
     [("Farouk", "NAME"), ("dialyzer", "PROCEDURE"), ("hemoglobin", "PROCEDURE"), ("8.1", "RESULT"), ("lower than usual", "RESULT"), ("Dr. Chen", "PROVIDER")],
     ["dialysis"], "A lab value with its interpretation: BLOCK."),
    ("ex0077", "Óptica Mirada: la solución para lentes de contacto que le vendimos el 20 de septiembre fue retirada del mercado. Deje de usarla y pase por un frasco nuevo sin costo.",
     "REWRITE", "recall", "sms", "es",
     [("Óptica Mirada", "SPECIALTY"), ("lentes de contacto", "PROCEDURE"), ("20 de septiembre", "DATE")],
     ["ophthalmology"], "Eye-care name and device go (README: eye names are specialty-revealing); 'stop using it' is product-safety text (decision 3)."),
    ("ex0078", "Bayside Dental: the bonding cement used for your crown on 3/30 was recalled. Today's X-ray shows decay under that crown, so Dr. Vance needs to redo it - we'll call to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Bayside Dental", "SPECIALTY"), ("crown", "PROCEDURE"), ("3/30", "DATE"), ("X-ray", "PROCEDURE"), ("decay", "CONDITION"), ("crown", "PROCEDURE", 1), ("Dr. Vance", "PROVIDER")],
     ["dental"], "An X-ray finding is the message: BLOCK."),
    ("ex0079", "Norris Orthopedic & Spine: you're receiving this because you had a knee replacement with a Talon TK tibial component. The maker has issued a field notice. No action is needed unless you have new pain or swelling; call 555-0172 with questions.",
     "REWRITE", "recall", "sms", "en",
     [("Norris Orthopedic & Spine", "SPECIALTY"), ("knee replacement", "PROCEDURE"), ("Talon TK tibial component", "PROCEDURE"), ("555-0172", "PHONE")],
     ["orthopedics", "negation", "practice-contact"], "Ortho name, procedure and implant go; hypothetical symptoms in template text are not labelled (decision 10)."),
    ("ex0080", "Our shuttle van is out of service this week because of a manufacturer safety recall on its brakes. Please plan another ride, or ask the front desk for help arranging one.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A vehicle recall with no vehicle identifier and nothing about a patient."),
    ("ex0081", "Hi Joanne - the power port placed on 1/9 is from a batch the maker recalled for possible catheter cracks. Please call the infusion center at 555-0156 so we can check it before your next treatment.",
     "REWRITE", "recall", "sms", "en",
     [("Joanne", "NAME"), ("power port", "PROCEDURE"), ("1/9", "DATE"), ("infusion", "PROCEDURE"), ("555-0156", "PHONE")],
     ["oncology", "practice-contact"], "Name, device and the infusion service go; a device check is a recall (decision 4)."),
    ("ex0082", "Your glucose meter (serial GM4-8837120) is part of a recall because it can switch units from mg/dL to mmol/L. We checked your uploaded readings: your last reading, 162 mg/dL, was recorded correctly. A replacement meter shipped on 5/28.",
     "ALLOW", "result", "portal", "en",
     [("glucose meter", "PROCEDURE"), ("GM4-8837120", "DEVICE_ID"), ("162 mg/dL", "RESULT"), ("5/28", "DATE")],
     ["primary-care", "identifier"], "Portal channel: device, serial and a reading may stay (README)."),
    ("ex0083", "Sr. Montoya, su marcapasos tiene un aviso del fabricante. En la transmisión del 7 de julio la batería mostró 3 meses restantes, así que el Dr. Paredes programó el cambio de generador para el 21 de julio.",
     "BLOCK", "result", "sms", "es",
     [("Montoya", "NAME"), ("marcapasos", "PROCEDURE"), ("transmisión", "PROCEDURE"), ("7 de julio", "DATE"), ("3 meses restantes", "RESULT"), ("Dr. Paredes", "PROVIDER"), ("cambio de generador", "PROCEDURE"), ("21 de julio", "DATE")],
     ["cardiology"], "Device reading (battery months remaining) and the planned procedure: BLOCK."),
    ("ex0084", "Join the Harbor Clinic Foundation whale-watch fundraiser on Saturday - last year a humpback breached right next to the boat! Tickets are $40 at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Breached' as a whale does."),
)

# ---------------------------------------------------------------- batch 8 (ex0085-ex0096): disguises, templates, kits, long device letter
add(
    ("ex0085", "ur hep\u200barin flush syringes (lot 7712) r recalled. pls stop using them & bring back to Dunmore Home Infusion, we'll swap same day",
     "REWRITE", "recall", "sms", "en",
     [("hep\u200barin flush syringes", "MEDICATION"), ("Dunmore Home Infusion", "SPECIALTY")],
     ["home-health", "shorthand"], "Disguised (zero-width space inside the drug name): the drug with its form and the home-infusion name go (decision 6); 'stop using them' is product-safety text (decision 3)."),
    ("ex0086", "y0ur 0xyc0d0ne 5mg from the 2/14 fill is on a mfr recall. bring the bottle to Hollis Pharmacy & the pharmacist will swap it 4 u.",
     "REWRITE", "recall", "sms", "en",
     [("0xyc0d0ne 5mg", "MEDICATION"), ("2/14", "DATE")],
     ["pharmacy", "leet", "shorthand"], "Leetspeak drug name with strength goes; the swap request survives."),
    ("ex0087", "R E C A L L notice: your S e r t r a l i n e 100mg from Rx 5520918 has a packaging defect. Please return it to Corner Drug for a new bottle.",
     "REWRITE", "recall", "sms", "en",
     [("S e r t r a l i n e 100mg", "MEDICATION"), ("5520918", "OTHER_ID")],
     ["pharmacy", "spaced", "identifier"], "Spaced-out drug name and the Rx number go; the spaced 'RECALL' itself is harmless."),
    ("ex0088", "Your \u0455emaglutide pen (lot SG-2201) was recalled. Dr. Wong says to skip this week's dose and restart at 0.25 mg next Monday once the new pen arrives.",
     "BLOCK", "care-instructions", "sms", "en",
     [("\u0455emaglutide pen", "MEDICATION"), ("Dr. Wong", "PROVIDER")],
     ["pharmacy"], "Cyrillic look-alike in the drug name; the message is a dosing instruction (skip, restart at a dose): BLOCK (decision 2)."),
    ("ex0089", "{{practice_name}}: an important safety notice about a product you may have received is ready. Log in at {{portal_url}} to read it, or call {{practice_phone}}.",
     "ALLOW", "recall", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template whose placeholders carry no patient data and whose fixed text names no product."),
    ("ex0090", "Recall notice: albuterol inhalers from lot {{lot_number}} dispensed on {{fill_date}} are being recalled. Return yours to {{store_name}} for a free replacement.",
     "REWRITE", "recall", "sms", "en",
     [("albuterol inhalers", "MEDICATION")],
     ["pharmacy", "template"], "The template's fixed text names the recipient's drug (sent only to those who filled it): REWRITE; placeholders stay unlabelled."),
    ("ex0091", "Doña Carmen, le avisamos que el lote de metformina que le dimos fue retirado. Mientras llega el nuevo, la doctora dice que tome solo una pastilla en la mañana en vez de dos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Carmen", "NAME"), ("metformina", "MEDICATION")],
     ["pharmacy"], "Recall plus a changed dose for the interim: BLOCK (decision 2)."),
    ("ex0092", "Your at-home colon cancer screening kit (FIT) mailed on 3/3 is from a recalled lot and may give false results. Please don't use it - a new kit is on the way. Questions: 555-0116",
     "REWRITE", "recall", "sms", "en",
     [("colon cancer screening kit", "PROCEDURE"), ("FIT", "PROCEDURE"), ("3/3", "DATE"), ("555-0116", "PHONE")],
     ["lab", "practice-contact"], "Named test kit goes; 'may give false results' describes the lot, not the patient's result."),
    ("ex0093", "Marlow County Health Dept: Infant formula recall. Certain cans of Bright Start powder with use-by dates in 2026 may be contaminated. Do not feed affected formula to babies. Full list at marlow.example.gov/recall",
     "ALLOW", "other", "sms", "en",
     [("marlow.example.gov/recall", "URL")],
     ["general", "broadcast", "practice-contact"], "Public food-recall broadcast; the health department's own link (decision 13)."),
    ("ex0094", "¡Noche de cine! Este viernes proyectamos «El vengador del futuro» (Total Recall) en la sala comunitaria a las 7. Entrada libre, ¡traigan palomitas!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Recall' as a film title."),
    ("ex0095", "Subject: Safety advisory for your heart device\n\nDear Mr. Okwuosa,\n\nThe maker of your Veridian Vantage ICD lead (serial VL-00318842) has issued a safety advisory about lead fractures. We reviewed your remote transmission from 4/2 and it shows intermittent noise on the lead, an early sign of this problem. Dr. Sato recommends a lead revision, and we have held 5/6 for the procedure at Harmon Heart and Vascular. Until then, avoid strong magnets and call us right away if you feel a shock.\n\nPlease reply to this email or call to confirm the date.\n\nDevice Clinic, Harmon Heart and Vascular\n(614) 555-0124",
     "BLOCK", "result", "email", "en",
     [("heart device", "PROCEDURE"), ("Okwuosa", "NAME"), ("Veridian Vantage ICD lead", "PROCEDURE"), ("VL-00318842", "DEVICE_ID"), ("remote transmission", "PROCEDURE"), ("4/2", "DATE"), ("intermittent noise on the lead", "RESULT"), ("Dr. Sato", "PROVIDER"), ("lead revision", "PROCEDURE"), ("5/6", "DATE"), ("Harmon Heart and Vascular", "SPECIALTY"), ("Device Clinic", "SPECIALTY"), ("Harmon Heart and Vascular", "SPECIALTY", 1), ("(614) 555-0124", "PHONE")],
     ["cardiology", "identifier", "practice-contact"], "A finding from the device transmission and a planned procedure are the message: BLOCK. Device brand with its device word is one PROCEDURE span (decision 6)."),
    ("ex0096", "Hi, this is Dana from Whitfield Sleep Center calling for Ray Goodwin. Your CPAP machine is on the recall list and we have a replacement ready for you. Please call us back at 555-0139. Thanks!",
     "REWRITE", "recall", "voice", "en",
     [("Dana", "PROVIDER"), ("Whitfield Sleep Center", "SPECIALTY"), ("Ray Goodwin", "NAME"), ("CPAP", "PROCEDURE"), ("555-0139", "PHONE")],
     ["general", "practice-contact"], "Sleep-center name (decision 6), patient name and device go; the call-back request survives."),
)

# ---------------------------------------------------------------- batch 9 (ex0097-ex0108): mix-ups, meters, pediatric vaccine lots, broadcasts
add(
    ("ex0097", "Overnight our IT team installed a security patch and the patient portal is back up. No patient information was affected. Thanks for your patience.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Patch' and a security incident with nothing about the recipient."),
    ("ex0098", "Le escribe Grace Lock, oficial de privacidad de Fairmont Health. El 5 de mayo un empleado consultó su expediente sin autorización. Ya tomamos medidas y le enviaremos una carta. Si desea hablar conmigo, llame al 555-0111.",
     "ALLOW", "other", "sms", "es",
     [("Grace Lock", "PROVIDER"), ("5 de mayo", "DATE"), ("555-0111", "PHONE")],
     ["general", "practice-contact"], "Judgement: an unauthorized-access notice with no name, service or content is ALLOW (decision 7); the privacy officer is workforce (decision 11)."),
    ("ex0099", "So sorry for the mix-up! The strep test result we texted you Monday was for your brother Caleb, not you. Yours came back negative.",
     "BLOCK", "result", "sms", "en",
     [("strep test", "PROCEDURE"), ("Caleb", "NAME"), ("negative", "RESULT")],
     ["urgent-care", "third-party"], "A relative's test and the recipient's negative result: BLOCK (README; decision 12)."),
    ("ex0100", "Dear parent or guardian of Sofia Reyes,\nSome rotavirus vaccine given at Little Oaks Pediatrics between 2/3 and 2/14 may have been stored too warm. Your child may need a repeat dose. Please call 555-0175 to book a quick nurse visit; there is no charge.",
     "REWRITE", "recall", "email", "en",
     [("Sofia Reyes", "NAME"), ("rotavirus vaccine", "PROCEDURE"), ("Little Oaks Pediatrics", "SPECIALTY"), ("2/3", "DATE"), ("2/14", "DATE"), ("555-0175", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A dependent's routine vaccine with a name is REWRITE (README); the repeat-dose offer is a recall (decision 4)."),
    ("ex0101", "Dr. Halvorsen has reviewed the recent equipment notice, and your appointment on 7/9 at 10:15 will go ahead as planned. See you then!",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Halvorsen", "PROVIDER"), ("7/9", "DATE")],
     ["primary-care"], "Provider, date and time; the notice is not described."),
    ("ex0102", "Safety alert: the blood pressure monitor we loaned you reads about 15 points low. Your readings last week (avg 128/82) were likely closer to 143/97, so Dr. Adeyemi is increasing your lisinopril to 20 mg daily.",
     "BLOCK", "care-instructions", "sms", "en",
     [("blood pressure monitor", "PROCEDURE"), ("128/82", "RESULT"), ("143/97", "RESULT"), ("Dr. Adeyemi", "PROVIDER"), ("lisinopril", "MEDICATION")],
     ["primary-care"], "Readings and a dose change: BLOCK."),
    ("ex0103", "Walton Pharmacy: a medication you picked up recently is affected by a manufacturer recall. Tap for details.",
     "ALLOW", "recall", "push", "en", [],
     ["pharmacy", "hard-negative"], "The recall notice without the drug name: the safe pattern, unlike the named-drug recalls in this set."),
    ("ex0104", "Mensaje para Luis Ortega de Farmacia Central: su inhalador de fluticasona forma parte de un retiro del fabricante. Ya tenemos el reemplazo listo. Llámenos al 555-0154. Gracias.",
     "REWRITE", "recall", "voice", "es",
     [("Luis Ortega", "NAME"), ("inhalador de fluticasona", "MEDICATION"), ("555-0154", "PHONE")],
     ["pharmacy", "practice-contact"], "Name and drug go (the form word before the drug is kept in one MEDICATION span); the call-back survives."),
    ("ex0105", "Good news: the boil-water advisory for our Eastside clinic has been lifted and the drinking fountains are back on.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Public-safety advisory that is not about a patient."),
    ("ex0106", "Estimado Sr. Galindo:\nPor un error de nuestro proveedor de correo, su informe de patología del 11 de junio se envió a otro paciente. Sentimos informarle por este medio que el informe confirma un adenocarcinoma de próstata; el Dr. Fuentes desea verle esta semana para hablar del tratamiento.",
     "BLOCK", "other", "email", "es",
     [("Galindo", "NAME"), ("patología", "PROCEDURE"), ("11 de junio", "DATE"), ("adenocarcinoma de próstata", "CONDITION"), ("Dr. Fuentes", "PROVIDER")],
     ["oncology"], "A misdirection letter that states the diagnosis: BLOCK (decision 7)."),
    ("ex0107", "Dear patients and families,\n\nYou may have seen news reports about a recall of certain ventilators and sleep apnea machines. Fairmont Health is reviewing all of the equipment we supply. If any equipment you received from us is affected, our Patient Safety Office will contact you directly with instructions and a replacement plan. You do not need to call, or to stop using any device, before you hear from us unless your own clinician has told you to.\n\nWe know news like this can be worrying, and we are grateful for your patience while we check every serial number against the makers' lists.\n\nWith thanks,\nFairmont Health Patient Safety Office",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative", "negation"], "Long broadcast about a recall in the news; says nothing about the recipient's equipment (decision 10)."),
    ("ex0108", "Lakeview Dermatology: the sunscreen samples handed out at your 6/5 skin check are part of a benzene recall. Please throw them away.",
     "REWRITE", "recall", "sms", "en",
     [("Lakeview Dermatology", "SPECIALTY"), ("6/5", "DATE"), ("skin check", "PROCEDURE")],
     ["dermatology"], "Dermatology name and visit type go; the product recall survives."),
)

# ---------------------------------------------------------------- batch 10 (ex0109-ex0120): meters, addresses, long breach letter, wrong bag, look-alikes
add(
    ("ex0109", "Summer safety: several aerosol sunscreens were recalled nationwide. Check the lot number on the can against the maker's website before your beach trip.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Consumer-product recall for everyone; the lot number is the product's (decision 1)."),
    ("ex0110", "Hi Mr. Whitcomb, after the glucose strip recall we rechecked your logs: your fasting numbers in May averaged 212, not 130 as your meter showed. Dr. Ruiz is starting you on insulin, 10 units nightly.",
     "BLOCK", "result", "sms", "en",
     [("Whitcomb", "NAME"), ("glucose strip", "PROCEDURE"), ("212", "RESULT"), ("130", "RESULT"), ("Dr. Ruiz", "PROVIDER"), ("insulin", "MEDICATION")],
     ["primary-care"], "Corrected readings and a new dose: BLOCK."),
    ("ex0111", "Dear Ms. Tran, the envelope we mailed to 4417 Birchwood Ln, Apt 3C, Dayton, OH 45410 on 2/6 came back to us torn open by the postal service. It held your billing statement only. We're sorry for any worry this may cause.",
     "REWRITE", "billing", "email", "en",
     [("Tran", "NAME"), ("4417 Birchwood Ln, Apt 3C, Dayton, OH 45410", "ADDRESS"), ("2/6", "DATE")],
     ["general"], "The patient's own address and name are not needed to report the incident: REWRITE (decision 7)."),
    ("ex0112", "Clínica Buen Pastor: su cita con el Dr. Arriaga sigue en pie para el 18 de octubre a las 9:00. El aviso sobre el estacionamiento no afecta su visita.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arriaga", "PROVIDER"), ("18 de octubre", "DATE")],
     ["primary-care"], "Provider, date and time only."),
    ("ex0113", "Dear Ms. Pryor,\n\nOn 3/9 a staff member lost an unencrypted USB drive while traveling between our clinics. We have determined that it held a report with your name, address, date of birth (06/14/1979) and your PrEP prescription history. We have no sign that the drive was found or used, but we want you to be aware and to offer you two years of free credit monitoring.\n\nWhat you can do: review the statements you get from your health plan and tell us about any service you do not recognize. You may also place a free fraud alert with the credit bureaus.\n\nTo enroll, call (888) 555-0102 and give code FH-22817.\n\nWe have since encrypted every portable drive we use, and we apologize for this error.\n\nGrace Lock, Privacy Officer",
     "BLOCK", "other", "email", "en",
     [("Pryor", "NAME"), ("3/9", "DATE"), ("06/14/1979", "DATE"), ("PrEP", "MEDICATION"), ("(888) 555-0102", "PHONE"), ("Grace Lock", "PROVIDER")],
     ["hiv-sexual-health", "dob", "practice-contact"], "Full date of birth with the name, and the recipient's PrEP history, inside a breach letter: BLOCK (README; decision 7). The enrollment code is not labelled (decision 1)."),
    ("ex0114", "Maple & Main Pharmacy: we mistakenly handed you another customer's bag at pickup on 3/19. Please bring back the bag you received - your own order is ready at the counter. We apologize!",
     "ALLOW", "pickup", "sms", "en",
     [("3/19", "DATE")],
     ["pharmacy"], "Misdirection at pickup with no drug, name or Rx number: ALLOW."),
    ("ex0115", "Recall election reminder: polls are open 7am-8pm Tuesday. Our Westside clinic lot is a polling place, so allow extra time to park.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Recall' election and a parking 'lot'."),
    ("ex0116", "ProCare Home Health: the scale we left for your daily weights is being recalled (it may read 5 lb heavy). Your nurse will swap it at Thursday's visit.",
     "REWRITE", "recall", "sms", "en",
     [("ProCare Home Health", "SPECIALTY"), ("daily weights", "PROCEDURE")],
     ["home-health"], "Home-health name (DESIGN specialty) and the monitoring program go; '5 lb heavy' describes the defect, not the patient's weight."),
    ("ex0117", "Recall alert for your Pulsera heart monitor: the atrial fibrillation flagged in your 3/2 ECG recording was a sensor error. Open the app for details.",
     "BLOCK", "result", "push", "en",
     [("Pulsera heart monitor", "PROCEDURE"), ("atrial fibrillation", "CONDITION"), ("3/2", "DATE"), ("ECG", "PROCEDURE"), ("sensor error", "RESULT")],
     ["cardiology", "negation"], "A retracted finding is still a finding about the recipient (README: a negative result is a result): BLOCK."),
    ("ex0118", "Grace Lock, our privacy officer, is hosting a free 'Protect Your Identity' workshop on 5/16 at 6pm in the Fairmont Health community room. RSVP at fairmont.example.org/events",
     "ALLOW", "marketing", "sms", "en",
     [("Grace Lock", "PROVIDER"), ("5/16", "DATE"), ("fairmont.example.org/events", "URL")],
     ["general", "broadcast", "practice-contact"], "Staff member named as host (decision 11); an event date and the practice's own link."),
    ("ex0119", "Hola Marisol, el lote de pastillas anticonceptivas que recogió el 8 de mayo fue retirado por un error de empaque. Pase a Farmacia Guadalupe por su reemplazo gratis.",
     "REWRITE", "recall", "sms", "es",
     [("Marisol", "NAME"), ("pastillas anticonceptivas", "MEDICATION"), ("8 de mayo", "DATE")],
     ["reproductive", "pharmacy"], "Name and birth control go; the replacement request survives (decision 2)."),
    ("ex0120", "Per the recall, your son's epinephrine auto-injector may not fire. Noah's allergist wants 2 new pens on hand before camp because of his peanut allergy - they're ready for pickup.",
     "BLOCK", "recall", "sms", "en",
     [("epinephrine auto-injector", "MEDICATION"), ("Noah", "NAME"), ("allergist", "SPECIALTY"), ("peanut allergy", "CONDITION")],
     ["pediatrics", "pharmacy", "third-party", "minor"], "A dependent's medication and condition sent to the guardian: BLOCK (README)."),
)

probe_lib.run(M, "ex", "probe151.jsonl")
