#!/usr/bin/env python3
"""Build corpus/probe35.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe35.py [OUT] [-v]   (default: probe35.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is CANCER CARE AND INFUSION: oncology and hematology practices, chemotherapy and
infusion-center scheduling (chair times, pre-medications, blood counts before treatment, growth
factor injectors, home infusion pumps), radiation oncology (simulation, daily treatments, skin
care, rides and parking), port flushes and PICC lines, tumor boards and second opinions, genetic
counseling and hereditary-cancer testing (kits, cascade testing, relatives' results), survivorship
and screening recalls (mammograms, colonoscopy, stool kits, low-dose CT, PSA), palliative care and
hospice teams, cancer support groups and foundations' broadcasts, specialty pharmacy for oral
chemotherapy, clinical-trial visits and billing. Long e-mails, voice-mail scripts, pushes, portal
messages; hard negatives built on oncology false friends (Port Street, USB ports, water-line
flushing, an infusion of funding, Stage 2 of a parking deck, a Junta Directiva, Mass in the chapel,
positive feedback); 12% Spanish; four disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "3.1 ([[L]])" searches for "3.1 (L)"
      and labels only the bracketed part "L".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A department or location named by the treatment or service line ("the infusion center",
     "the chemo suite", "radiation oncology", "Rad onc") is one SPECIALTY span, like a practice
     name; "infusion", "chemo", "radiation" used as the visit itself are PROCEDURE.
  2. Chemotherapy regimen acronyms (FOLFOX, R-CHOP) are MEDICATION (drug combinations used as
     names), like drug classes.
  3. Oncology scheduling shorthand that names the treatment visit (C3D1 = cycle 3, day 1) is
     PROCEDURE; a bare cycle number ("cycle 4") is not labelled.
  4. "port flush" is one PROCEDURE span (device + visit); PICC line, infusion pump, on-body
     injector are devices (PROCEDURE).
  5. A named test that contains a gene or condition name is one PROCEDURE span ("Lynch syndrome
     panel", "hereditary cancer testing", "BRCA1" used as the test); "pathogenic variant",
     "variant of uncertain significance", "no evidence of disease", margins, stage, grade and
     receptor status are RESULT.
  6. Stool-test and genetic kits (FIT kit, Cologuard, saliva kit) are PROCEDURE (named tests).
  7. Hospice and palliative care are service lines: SPECIALTY (so are "genetics", "genetic
     counselor", the CGC credential, "hematology"); a genetics-lab name (... Genomics) is
     specialty-revealing like an imaging name.
  8. A broadcast whose sender is specialty-revealing (cancer center, hospice, cancer foundation,
     breast center) is REWRITE: receiving it reveals the recipient's relationship to the sender.
     The same kind of news from a generic practice or hospital, naming nobody, is ALLOW, no span.
  9. Support-group, retreat and survivorship program names and research-study names are
     PROCEDURE (programs); a study subject number, a parcel tracking number and an order number
     are OTHER_ID.
 10. A third party's appointment logistics that name a treatment (chemo, transfusion, infusion)
     is BLOCK: the README's REWRITE exception covers only a name, a routine visit type or a
     specialty name. That exception (written for dependents) is applied to an adult relative
     the recipient brings to the visit (a spouse) as well: name + specialty name -> REWRITE.
 11. A temperature threshold in standing instructions (100.4 F) is not a RESULT; a standing
     safety instruction addressed to "patients on chemo" is REWRITE (the treatment word goes),
     not BLOCK, because it gives no patient-specific dose or finding.
 12. "tumor board" is PROCEDURE (a named case review); a notice that the case will be discussed,
     with no finding, is REWRITE.
 13. Negated condition words ("does not mean you have cancer") are still labelled CONDITION and
     the line is tagged negation.
 14. A request to bring the family's cancer history that names no relative is not third-party.
 15. A plate the patient registered for a treatment parking lot is VEHICLE_ID.
 16. The practice's own URL whose path names the service (.../survivorship) is labelled URL only;
     the verdict comes from the procedure word in the text.
 17. Purposes: confirmations use `confirmation`, "new message/result in the portal" notices use
     `portal-notice`, foundation and event broadcasts use `marketing`.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
one SSN is the well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (al0001-al0012): infusion and chemotherapy scheduling
add(
    ("al0001", "Lakeview Medical Group: Reminder - you have an appointment with Dr. Adeyemi on Mon 2/9 at 8:15 AM. Please arrive 15 min early. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Adeyemi", "PROVIDER"), ("2/9", "DATE")],
     ["primary-care"], "Generic practice name, provider, date and time only."),
    ("al0002", "Pinecrest Infusion Center: Hi Teresa, your infusion is scheduled for Thu 3/5 at 10:30am in Chair 14. Plan on about 4 hours. Reply Y to confirm or call 555-0131.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Infusion Center", "SPECIALTY"), ("Teresa", "NAME"), ("infusion", "PROCEDURE"), ("3/5", "DATE"), ("555-0131", "PHONE")],
     ["oncology", "practice-contact"], "Infusion-center name, patient name and 'infusion' go; date, time, chair and the center's own phone survive. The chair number is a location, not labelled."),
    ("al0003", "Reminder: C3D1 tmrw. Lab draw 7:45a, then Dr. Yilmaz at 8:30a. Bring snacks + a warm blanket \U0001F9E3",
     "REWRITE", "reminder", "push", "en",
     [("C3D1", "PROCEDURE"), ("Dr. Yilmaz", "PROVIDER")],
     ["oncology", "shorthand"], "Decision 3: C3D1 (cycle 3, day 1) is chemotherapy scheduling shorthand and names the treatment visit: PROCEDURE. Lock-screen push treated like SMS."),
    ("al0004", "Hi Mr. Castellanos, your ANC today was 0.9 so Dr. Haverford is holding today's FOLFOX. Please come back next Tuesday for recheck labs.",
     "BLOCK", "result", "sms", "en",
     [("Castellanos", "NAME"), ("ANC", "PROCEDURE"), ("0.9", "RESULT"), ("Dr. Haverford", "PROVIDER"), ("FOLFOX", "MEDICATION")],
     ["oncology", "lab"], "A blood count and the decision to hold chemotherapy are the message. Decision 2: regimen acronyms are MEDICATION."),
    ("al0005", "Parking update: Garage B is closed Monday for resurfacing. Please use the Port Street entrance; valet is free all week.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Port' is a street name here, not a device; nothing about the recipient."),
    ("al0006", "Your chemotherapy appointment is on {{appt_date}} at {{appt_time}} at {{location_name}}. Please eat a light meal beforehand. Questions? Call {{clinic_phone}}.",
     "REWRITE", "reminder", "sms", "en",
     [("chemotherapy", "PROCEDURE")],
     ["oncology", "template"], "The fixed template text names the treatment; the placeholders carry no patient data and stay unlabelled."),
    ("al0007", "Pre-medication reminder: take dexamethasone 4 mg by mouth twice a day, starting the day before your docetaxel infusion and continuing for 3 days in total. Call us if you can't keep the tablets down.\n\nNurse Kayla\nBayside Oncology & Hematology",
     "BLOCK", "care-instructions", "email", "en",
     [("dexamethasone 4 mg", "MEDICATION"), ("docetaxel", "MEDICATION"), ("infusion", "PROCEDURE"), ("Nurse Kayla", "PROVIDER"), ("Bayside Oncology & Hematology", "SPECIALTY")],
     ["oncology", "pharmacy"], "Dosing instructions for a pre-medication before chemotherapy: the instruction is the message; e-mail is treated like SMS."),
    ("al0008", "Your CBC from today: WBC 3.1 (L), Hgb 10.4 (L), Plt 162. Okay to proceed with cycle 4 tomorrow per Dr. Lindqvist.",
     "ALLOW", "result", "portal", "en",
     [("CBC", "PROCEDURE"), ("WBC", "PROCEDURE"), ("WBC [[3.1]]", "RESULT"), ("3.1 ([[L]])", "RESULT"), ("Hgb", "PROCEDURE"), ("Hgb [[10.4]]", "RESULT"), ("10.4 ([[L]])", "RESULT"), ("Plt", "PROCEDURE"), ("Plt [[162]]", "RESULT"), ("Dr. Lindqvist", "PROVIDER")],
     ["oncology", "lab", "contrast"], "Inside the secure portal values and treatment decisions may stay. Decision 3: the bare cycle number is not labelled."),
    ("al0009", "Your CBC from today: WBC 3.1 (L), Hgb 10.4 (L), Plt 162. Okay to proceed with cycle 4 tomorrow per Dr. Lindqvist.",
     "BLOCK", "result", "sms", "en",
     [("CBC", "PROCEDURE"), ("WBC", "PROCEDURE"), ("WBC [[3.1]]", "RESULT"), ("3.1 ([[L]])", "RESULT"), ("Hgb", "PROCEDURE"), ("Hgb [[10.4]]", "RESULT"), ("10.4 ([[L]])", "RESULT"), ("Plt", "PROCEDURE"), ("Plt [[162]]", "RESULT"), ("Dr. Lindqvist", "PROVIDER")],
     ["oncology", "lab", "contrast"], "Same text by SMS: lab values with flags are the content; send a portal notice instead."),
    ("al0010", "Hola Sra. Quintero, le recordamos su cita de quimioterapia el miércoles 11 de marzo a las 9:00 am en el Centro Oncológico del Valle. Favor de llegar 20 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("quimioterapia", "PROCEDURE"), ("11 de marzo", "DATE"), ("Centro Oncológico del Valle", "SPECIALTY")],
     ["oncology"], "Name, treatment and the cancer-center name go; date, time and arrival request survive."),
    ("al0011", "Thanks to an infusion of grant funding, our free patient shuttle now also runs on Saturdays. Ask the front desk for the pick-up schedule.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'infusion' of funding is not a treatment; a broadcast to every patient."),
    ("al0012", "Hi Gloria, this is Marisol from the infusion center. Your husband's platelets came back low (41) so his transfusion has been moved up to 1 PM today. Please bring him in a little early.",
     "BLOCK", "result", "sms", "en",
     [("Gloria", "NAME"), ("Marisol", "PROVIDER"), ("infusion center", "SPECIALTY"), ("platelets", "PROCEDURE"), ("low", "RESULT"), ("41", "RESULT"), ("transfusion", "PROCEDURE")],
     ["oncology", "third-party", "lab"], "A third party's result and treatment change. Decision 1: 'the infusion center' as a department is SPECIALTY; decision 10: a third party's treatment logistics are BLOCK anyway."),
)

# ---------------------------------------------------------------- batch 2 (al0013-al0024): radiation oncology
add(
    ("al0013", "Northshore Radiation Oncology: your CT simulation is set for Tue 4/14 at 1:00 PM. Wear comfortable clothes and no jewelry. Call 555-0147 with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("Northshore Radiation Oncology", "SPECIALTY"), ("CT simulation", "PROCEDURE"), ("4/14", "DATE"), ("555-0147", "PHONE")],
     ["oncology", "practice-contact"], "Radiation-oncology name and the planning scan go; date, time, dress advice and the practice phone survive."),
    ("al0014", "Hello, this is Cedar Ridge Health calling to remind you of your appointment tomorrow at 9:40 a.m. in Building C, Suite 210. Press 1 to confirm, press 2 to reschedule, or press 3 to repeat this message.",
     "ALLOW", "reminder", "voice", "en", [],
     ["general", "hard-negative"], "Building, suite and keypad numbers are locations and menu options, not identifiers."),
    ("al0015", "Rad onc skin care: apply Miaderm to the treated area 2x/day, no deodorant on the R underarm until 2 wks after your last treatment. Call us if the skin blisters or peels.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Rad onc", "SPECIALTY"), ("Miaderm", "MEDICATION"), ("blisters", "CONDITION")],
     ["oncology", "shorthand"], "Treatment instructions for radiation skin care (product, frequency, site): the instruction is the message. Decision 1: 'Rad onc' is SPECIALTY."),
    ("al0016", "Hi, this message is for Dmitri Volkov. This is Shannon from the radiation oncology department at Mercy Ridge Hospital. Your daily treatments start Monday at 8:20. Please call us back at 555-0163. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Dmitri Volkov", "NAME"), ("Shannon", "PROVIDER"), ("radiation oncology", "SPECIALTY"), ("555-0163", "PHONE")],
     ["oncology", "practice-contact"], "Voicemail can be overheard: patient name and department go; the start day, time and call-back number survive."),
    ("al0017", "Your ride to radiation is booked: pickup Tue 9:10 AM from home, return trip after your treatment. Look for a silver Corolla. Reply HELP for dispatch.",
     "REWRITE", "other", "sms", "en",
     [("radiation", "PROCEDURE")],
     ["oncology"], "Transport confirmation: the treatment type goes, the pickup logistics survive."),
    ("al0018", "Your parking permit for the radiation oncology lot is active through 6/30 for plate 8KTR214. Park in rows A-C and show this text at the gate if asked.",
     "REWRITE", "other", "sms", "en",
     [("radiation oncology", "SPECIALTY"), ("6/30", "DATE"), ("8KTR214", "VEHICLE_ID")],
     ["oncology", "identifier"], "Decision 15: the patient's registered plate is VEHICLE_ID and not needed; the lot's service name goes; validity date survives."),
    ("al0019", "Dear Ms. Harrow,\n\nGood news from your mid-treatment MRI: the tumor has shrunk by about 40% since your first scan. Dr. Whitcombe will go over the images with you at Thursday's visit.\n\nWarm regards,\nThe Care Team",
     "BLOCK", "result", "email", "en",
     [("Harrow", "NAME"), ("MRI", "PROCEDURE"), ("tumor", "CONDITION"), ("shrunk by about 40%", "RESULT"), ("Dr. Whitcombe", "PROVIDER")],
     ["oncology", "imaging"], "An imaging finding about the tumor is the message, even good news; e-mail is treated like SMS."),
    ("al0020", "Dr. Whitcombe's Thursday clinic is running about 45 minutes behind. If your appointment is after 1 PM you may arrive later. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Whitcombe", "PROVIDER")],
     ["general"], "Provider name and a delay notice; the possessive 's stays outside the span."),
    ("al0021", "The city will be flushing water lines near our building Tuesday morning. Drinking fountains will be off until noon; bottled water is at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'flushing' water lines is not a port flush."),
    ("al0022", "Good news from Dr. Ferreira: your surgical pathology shows clear margins and 0 of 3 lymph nodes involved. Full report is in your portal.",
     "BLOCK", "result", "push", "en",
     [("Dr. Ferreira", "PROVIDER"), ("surgical pathology", "PROCEDURE"), ("clear margins", "RESULT"), ("0 of 3 lymph nodes involved", "RESULT")],
     ["oncology"], "Pathology findings on a lock-screen push; the portal pointer alone would be fine. Decision 5: margins and node counts are RESULT."),
    ("al0023", "Sr. Benítez: su tratamiento de radioterapia empieza el lunes 6 de abril a las 8:40. Debe venir todos los días de lunes a viernes. Dudas: 555-0172.",
     "REWRITE", "reminder", "sms", "es",
     [("Benítez", "NAME"), ("radioterapia", "PROCEDURE"), ("6 de abril", "DATE"), ("555-0172", "PHONE")],
     ["oncology", "practice-contact"], "Name and radiotherapy go; start date, schedule and the practice phone survive ('tratamiento' is generic)."),
    ("al0024", "Reminder: your appointment with Dr. Nakashima is Friday, Mar 20 at 3:10pm at Westfield Internal Medicine, 2200 Alder Ave, Suite 300. Call 555-0118 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nakashima", "PROVIDER"), ("Mar 20", "DATE"), ("2200 Alder Ave, Suite 300", "ADDRESS"), ("555-0118", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice, provider, date, and the practice's own address and phone."),
)

# ---------------------------------------------------------------- batch 3 (al0025-al0036): ports, counts, oral chemo, home infusion
add(
    ("al0025", "hi its Jen @ Dr Okafor's office - ur port flush is tmrw 10:15, pls check in at the 2nd fl lab first. thx!",
     "REWRITE", "reminder", "sms", "en",
     [("Jen", "PROVIDER"), ("Dr Okafor", "PROVIDER"), ("port flush", "PROCEDURE")],
     ["oncology", "shorthand"], "Decision 4: 'port flush' is one PROCEDURE span; staff sender and provider are allowed; time and check-in survive."),
    ("al0026", "New phone charging stations with USB-C ports are now in every waiting area. Please don't leave your devices unattended.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Charging 'ports' are not implanted ports."),
    ("al0027", "Clearwater Specialty Pharmacy: your capecitabine 500 mg is ready for pickup. Copay $0 with your assistance card. Rx 6610492.",
     "REWRITE", "pickup", "sms", "en",
     [("Clearwater Specialty Pharmacy", "SPECIALTY"), ("capecitabine 500 mg", "MEDICATION"), ("6610492", "OTHER_ID")],
     ["pharmacy", "oncology"], "Pickup purpose survives without the oral chemotherapy name, the specialty-pharmacy name and the Rx number (OTHER_ID)."),
    ("al0028", "Reminder: take your Xeloda 2 weeks on, 1 week off. Your next off week starts Sat 3/21 - do not take any tablets that week.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Xeloda", "MEDICATION"), ("3/21", "DATE")],
     ["oncology", "pharmacy"], "Dosing schedule of an oral chemotherapy: the instruction is the message."),
    ("al0029", "Your infusion supplies will be delivered Wed 2/25 between 2-6 PM to 418 Birchwood Ln, Apt 2B, Dayton, OH 45419. An adult must sign for the cooler. Questions: 555-0129.",
     "REWRITE", "other", "sms", "en",
     [("infusion", "PROCEDURE"), ("2/25", "DATE"), ("418 Birchwood Ln, Apt 2B, Dayton, OH 45419", "ADDRESS"), ("555-0129", "PHONE")],
     ["home-health", "oncology", "practice-contact"], "Delivery window survives; the patient's home address and the therapy type go; the vendor's phone stays."),
    ("al0030", "ALERT: your infusion pump (SN PMP-4471902) reported an occlusion at 3:12 AM. Check that the clamp on your PICC line is open. If the alarm continues call 555-0129.",
     "BLOCK", "care-instructions", "push", "en",
     [("infusion pump", "PROCEDURE"), ("PMP-4471902", "DEVICE_ID"), ("PICC line", "PROCEDURE"), ("555-0129", "PHONE")],
     ["home-health", "oncology", "identifier"], "A device event with troubleshooting instructions for the patient's treatment line; the device serial travels too. Decision 4: pump and PICC line are PROCEDURE."),
    ("al0031", "Hi Ms. Brzezinski, while you're off treatment your port flush is due every 4 weeks. Your next one is 7/8 at 11:00 with the infusion nurses. - Dana, RN",
     "ALLOW", "reminder", "portal", "en",
     [("Brzezinski", "NAME"), ("port flush", "PROCEDURE"), ("7/8", "DATE"), ("infusion", "PROCEDURE"), ("Dana, RN", "PROVIDER")],
     ["oncology"], "Inside the portal the name and the visit type may stay."),
    ("al0032", "Sra. Ortega, su conteo de plaquetas salió en 38 mil. No tome aspirina ni ibuprofeno y llámenos si tiene sangrado de encías o moretones.",
     "BLOCK", "result", "sms", "es",
     [("Ortega", "NAME"), ("conteo de plaquetas", "PROCEDURE"), ("38 mil", "RESULT"), ("aspirina", "MEDICATION"), ("ibuprofeno", "MEDICATION"), ("sangrado de encías", "CONDITION"), ("moretones", "CONDITION")],
     ["oncology", "lab"], "A platelet value with medication instructions: the content is the message."),
    ("al0033", "Lab draw reminder: Tue 6/16 at 7:30 AM at Millbrook Family Practice. No fasting needed. Questions? Call 555-0153.",
     "ALLOW", "reminder", "sms", "en",
     [("6/16", "DATE"), ("555-0153", "PHONE")],
     ["lab", "practice-contact"], "Generic lab draw at a generic practice; date, time and practice phone."),
    ("al0034", "Hematology clinic: Mr. Takahashi, please come 30 min before your 2:00 pm visit on 9/29 for a CBC and iron studies.",
     "REWRITE", "reminder", "sms", "en",
     [("Hematology", "SPECIALTY"), ("Takahashi", "NAME"), ("9/29", "DATE"), ("CBC", "PROCEDURE"), ("iron studies", "PROCEDURE")],
     ["oncology", "lab"], "Arrival instruction survives without the specialty, the name and the named tests."),
    ("al0035", "Your ferritin is 6 and iron sat 4%. Dr. Mbeki wants to schedule 2 doses of IV iron (Injectafer) a week apart - please call to book.",
     "BLOCK", "result", "sms", "en",
     [("ferritin", "PROCEDURE"), ("6", "RESULT"), ("iron sat", "PROCEDURE"), ("4%", "RESULT"), ("Dr. Mbeki", "PROVIDER"), ("IV iron", "MEDICATION"), ("Injectafer", "MEDICATION")],
     ["oncology", "lab"], "Values and a treatment plan are the message."),
    ("al0036", "Your Neulasta Onpro will deliver its dose tomorrow around 4 PM. Keep it on until the light turns off, then peel it off and put it in the sharps box.",
     "BLOCK", "care-instructions", "push", "en",
     [("Neulasta Onpro", "MEDICATION")],
     ["oncology", "pharmacy"], "Instructions for a growth-factor injector (a dose and its handling) are the message."),
)

# ---------------------------------------------------------------- batch 4 (al0037-al0048): screening recalls and their results
add(
    ("al0037", "Millbrook Family Practice: our records show you're due for your annual mammogram. Call 555-0153 or book online at millbrookfp.example/book.",
     "REWRITE", "recall", "sms", "en",
     [("mammogram", "PROCEDURE"), ("555-0153", "PHONE"), ("millbrookfp.example/book", "URL")],
     ["imaging", "practice-contact"], "Recall survives without the test; generic practice name, its phone and booking link stay."),
    ("al0038", "October is Breast Cancer Awareness Month! Cedar Ridge Health is adding Saturday screening hours all month. Ask at any front desk or reply BOOK.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 8: a campaign sent to every patient of a generic practice says nothing about the recipient."),
    ("al0039", "Hi Mrs Delacroix, this is Brenda from Dr. Haskins office. We have you down for your mamogram on 8/14 at 2:45 but we still need a new order from your doctor, can you call us back at 555-0176 thanks",
     "REWRITE", "reminder", "sms", "en",
     [("Delacroix", "NAME"), ("Brenda", "PROVIDER"), ("Dr. Haskins", "PROVIDER"), ("mamogram", "PROCEDURE"), ("8/14", "DATE"), ("555-0176", "PHONE")],
     ["imaging", "typo", "practice-contact"], "Misspelled test name is still the test; name goes; the call-back request survives."),
    ("al0040", "Dear Mr. Abernathy,\n\nOur records show that you are due for your follow-up colonoscopy. At your last procedure Dr. Pillai recommended a repeat exam in 3 years, and that time has come.\n\nTo schedule, call Sunrise GI & Endoscopy at 555-0114 (Mon-Fri, 8 AM to 4:30 PM) or reply to this e-mail with two or three days that work for you. A nurse will call you about a week before to go over your prep and your medications, and you will need a driver to take you home afterwards.\n\nIf you have already had this exam somewhere else, please let us know so we can update your chart.\n\nSincerely,\nScheduling Team\nSunrise GI & Endoscopy",
     "REWRITE", "recall", "email", "en",
     [("Abernathy", "NAME"), ("colonoscopy", "PROCEDURE"), ("Dr. Pillai", "PROVIDER"), ("Sunrise GI & Endoscopy", "SPECIALTY"), ("555-0114", "PHONE"), ("prep", "PROCEDURE"), ("Sunrise GI & Endoscopy", "SPECIALTY", 1)],
     ["imaging", "practice-contact"], "Surveillance recall e-mail: name, test, bowel prep and the endoscopy practice name go; the scheduling request survives. Judgement: a recall interval with no finding stated is not a result."),
    ("al0041", "Your colonoscopy on 1/12 found 2 small polyps; both were tubular adenomas (not cancer). Dr. Pillai recommends your next colonoscopy in 5 years.",
     "BLOCK", "result", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("1/12", "DATE"), ("2 small polyps", "RESULT"), ("tubular adenomas", "CONDITION"), ("not cancer", "RESULT"), ("Dr. Pillai", "PROVIDER"), ("colonoscopy", "PROCEDURE", 1)],
     ["imaging", "negation"], "Findings and pathology, even reassuring ones, are the message."),
    ("al0042", "We are screening all visitors for cough and fever at the main entrance. Thank you for wearing a mask in our waiting areas.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Visitor screening for every patient; symptoms named as a policy, not the recipient's."),
    ("al0043", "Your FIT kit for colon cancer screening was mailed today. Please return your sample within 14 days in the prepaid envelope. Questions? 555-0153",
     "REWRITE", "other", "sms", "en",
     [("FIT kit", "PROCEDURE"), ("colon cancer screening", "PROCEDURE"), ("555-0153", "PHONE")],
     ["lab", "practice-contact"], "Decision 6: the stool-test kit and the named screening are PROCEDURE; 'your kit was mailed, return within 14 days' survives."),
    ("al0044", "Your Cologuard result was positive. This does not mean you have cancer, but you will need a follow-up colonoscopy. Please call 555-0153 to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Cologuard", "PROCEDURE"), ("positive", "RESULT"), ("cancer", "CONDITION"), ("colonoscopy", "PROCEDURE"), ("555-0153", "PHONE")],
     ["lab", "negation"], "A positive screening result is the message. Decision 13: the negated 'cancer' is still labelled."),
    ("al0045", "Lung cancer screening reminder: your yearly low-dose CT is due in May. Call Piedmont Imaging at 555-0184 to schedule.",
     "REWRITE", "recall", "sms", "en",
     [("Lung cancer screening", "PROCEDURE"), ("low-dose CT", "PROCEDURE"), ("Piedmont Imaging", "SPECIALTY"), ("555-0184", "PHONE")],
     ["imaging", "practice-contact"], "Recall survives without the named screening, the test and the imaging name; a month alone is not a date."),
    ("al0046", "Your appointment at Eastgate Primary Care with Dr. Osei is confirmed for 11/3 at 10:00 AM. See you then!",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("11/3", "DATE")],
     ["primary-care"], "Generic practice, provider, date and time."),
    ("al0047", "Clínica Familiar San Lucas: Hola Yesenia, ya le toca su mamografía anual. Llámenos al 555-0195 para hacer su cita.",
     "REWRITE", "recall", "sms", "es",
     [("Yesenia", "NAME"), ("mamografía", "PROCEDURE"), ("555-0195", "PHONE")],
     ["imaging", "practice-contact"], "Name and test go; the recall and the clinic's phone survive."),
    ("al0048", "Your screening mammogram was read as BI-RADS 0: we need a few more pictures (diagnostic mammogram and ultrasound). Please call Meridian Breast Center at 555-0138 today to schedule.",
     "BLOCK", "result", "sms", "en",
     [("screening mammogram", "PROCEDURE"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[0]]", "RESULT"), ("diagnostic mammogram", "PROCEDURE"), ("ultrasound", "PROCEDURE"), ("Meridian Breast Center", "SPECIALTY"), ("555-0138", "PHONE")],
     ["imaging", "oncology"], "A BI-RADS score is a result (README: scale PROCEDURE, value RESULT), and the call-back is driven by it."),
)

# ---------------------------------------------------------------- batch 5 (al0049-al0060): genetic counseling and hereditary-cancer testing
add(
    ("al0049", "Hi Priya, this is Colleen, genetic counselor at Bayview Health. Your hereditary cancer testing appointment is Wed 5/20 at 1:30 by video. The link comes the day before.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("Colleen", "PROVIDER"), ("genetic counselor", "SPECIALTY"), ("hereditary cancer testing", "PROCEDURE"), ("5/20", "DATE")],
     ["oncology"], "Decisions 5 and 7: the role word and the named test reveal the service; staff name, date and time survive."),
    ("al0050", "Dear Ms. Adebayo-Grant,\n\nYour hereditary cancer panel results are back. The test found a pathogenic variant in the BRCA2 gene. This means you have a higher lifetime risk of breast, ovarian and pancreatic cancer than most people, and your brothers, sisters and children each have a 50% chance of carrying the same change.\n\nThis is a lot to take in. Colleen Reyes, our genetic counselor, has set aside time on Friday at 11:00 to go through what it means and your options for screening and risk-reducing surgery. If that time does not work, call us at 555-0179.\n\nWith care,\nLinden Park Hereditary Cancer Clinic",
     "BLOCK", "result", "email", "en",
     [("Adebayo-Grant", "NAME"), ("hereditary cancer panel", "PROCEDURE"), ("pathogenic variant in the BRCA2 gene", "RESULT"), ("breast, ovarian and pancreatic cancer", "CONDITION"), ("Colleen Reyes", "PROVIDER"), ("genetic counselor", "SPECIALTY"), ("risk-reducing surgery", "PROCEDURE"), ("555-0179", "PHONE"), ("Linden Park Hereditary Cancer Clinic", "SPECIALTY")],
     ["oncology"], "A genetic test result is the message; e-mail is treated like SMS. Decision 5: the variant with its gene is one RESULT."),
    ("al0051", "Good news - your Lynch syndrome panel came back negative. Dr. Sato will go over what this means for your colonoscopy schedule at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Lynch syndrome panel", "PROCEDURE"), ("negative", "RESULT"), ("Dr. Sato", "PROVIDER"), ("colonoscopy", "PROCEDURE")],
     ["oncology", "lab"], "A negative result is still a result (README). Decision 5: the condition-named panel is one PROCEDURE span."),
    ("al0052", "Your sister Renata shared her BRCA1 result with us and gave permission to contact you. Because she carries the variant, we recommend that you be tested as well. Call 555-0179.",
     "BLOCK", "other", "sms", "en",
     [("Renata", "NAME"), ("BRCA1", "PROCEDURE"), ("carries the variant", "RESULT"), ("555-0179", "PHONE")],
     ["oncology", "third-party"], "A relative's genetic result, even shared with permission, is a third party's health."),
    ("al0053", "Your saliva collection kit from Helixa Genomics ships today via UPS, tracking 1Z999AA10123456784 (order HX-558201). Fill to the line, seal the tube and mail it back in the prepaid box within 7 days.",
     "REWRITE", "other", "email", "en",
     [("saliva collection kit", "PROCEDURE"), ("Helixa Genomics", "SPECIALTY"), ("1Z999AA10123456784", "OTHER_ID"), ("HX-558201", "OTHER_ID")],
     ["oncology", "lab", "identifier"], "Decisions 6, 7 and 9: kit type and genetics-lab name go; tracking and order numbers are OTHER_ID; shipping and return instructions survive."),
    ("al0054", "Your Bayview Health verification code is 582193. It expires in 5 minutes. If you did not request it, you can ignore this text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient."),
    ("al0055", "Ms. Kowalczyk, your 84-gene hereditary cancer panel is final: no pathogenic variants were found, and one variant of uncertain significance was reported in ATM. Colleen Reyes, MS, CGC will call you this week to discuss what this means for you and your family.",
     "ALLOW", "result", "portal", "en",
     [("Kowalczyk", "NAME"), ("84-gene hereditary cancer panel", "PROCEDURE"), ("no pathogenic variants", "RESULT"), ("variant of uncertain significance", "RESULT"), ("Colleen Reyes, MS", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["oncology", "lab"], "Inside the portal results may stay. Decision 7: the CGC credential is a separate SPECIALTY span; the gene where the finding sits is not labelled separately."),
    ("al0056", "Hi Mr. Oliveira, a reminder that your wife Celeste's appointment at Riverstone Hematology & Oncology is Tuesday 11/10 at 2:15 PM. Valet parking is free for patients and their drivers.",
     "REWRITE", "reminder", "sms", "en",
     [("Oliveira", "NAME"), ("Celeste", "NAME"), ("Riverstone Hematology & Oncology", "SPECIALTY"), ("11/10", "DATE")],
     ["oncology", "third-party", "contrast"], "Decision 10: a relative's appointment logistics with only a name and a specialty name is REWRITE (README's dependent rule, applied to a spouse the recipient drives); contrast al0120, which names the treatment."),
    ("al0057", "Hola, le escribe Marta del programa de Asesoramiento Genético del Hospital San Jorge. Su cita es el 14 de mayo a las 11:00. Por favor traiga por escrito los casos de cáncer en su familia (quién y a qué edad).",
     "REWRITE", "reminder", "sms", "es",
     [("Marta", "PROVIDER"), ("Asesoramiento Genético", "SPECIALTY"), ("14 de mayo", "DATE"), ("cáncer", "CONDITION")],
     ["oncology"], "Decisions 1 and 14: the genetics program name and the cancer history reveal the reason for the visit; no relative is named, so not third-party; date and time survive."),
    ("al0058", "Hi, this is Dr. Amani Okoro from genetics returning your call about your daughter Lily's test. The results show she did inherit the TP53 change, which is Li-Fraumeni syndrome. Please call me at 555-0141 so we can talk about next steps.",
     "BLOCK", "result", "voice", "en",
     [("Dr. Amani Okoro", "PROVIDER"), ("genetics", "SPECIALTY"), ("Lily", "NAME"), ("did inherit the TP53 change", "RESULT"), ("Li-Fraumeni syndrome", "CONDITION"), ("555-0141", "PHONE")],
     ["oncology", "third-party", "minor"], "A child's genetic result and diagnosis in a voicemail that anyone could hear."),
    ("al0059", "Appointment confirmed: Dr. Fitzgerald, Tuesday 6/9 at 2:20 PM, Bayview Health, 1400 Harbor Blvd, 3rd floor. Parking is free in the visitor garage. Questions: 555-0112 or frontdesk@bayviewhealth.example",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Fitzgerald", "PROVIDER"), ("6/9", "DATE"), ("1400 Harbor Blvd", "ADDRESS"), ("555-0112", "PHONE"), ("frontdesk@bayviewhealth.example", "EMAIL")],
     ["general", "practice-contact"], "Provider, date and the practice's own address, phone and e-mail."),
    ("al0060", "Reminder from the Hereditary Cancer Clinic at Linden Park: please fill out your family history form before your 4/27 visit: https://linden.example/fhq?pt=88412",
     "REWRITE", "reminder", "sms", "en",
     [("Hereditary Cancer Clinic", "SPECIALTY"), ("4/27", "DATE"), ("https://linden.example/fhq?pt=88412", "URL")],
     ["oncology"], "Clinic name reveals the service; the form link carries a patient parameter (README: patient-specific URL)."),
)

# ---------------------------------------------------------------- batch 6 (al0061-al0072): palliative care and hospice teams
add(
    ("al0061", "Halcyon Hospice: your nurse Renee will visit Thursday between 10 and noon. Call our 24/7 line at 555-0166 any time, day or night.",
     "REWRITE", "reminder", "sms", "en",
     [("Halcyon Hospice", "SPECIALTY"), ("nurse Renee", "PROVIDER"), ("555-0166", "PHONE")],
     ["home-health", "practice-contact"], "Decision 7: a hospice name reveals the service; the visit window and the agency's line survive; 24/7 is not a date."),
    ("al0062", "Hi Ms. Oyelaran, this is Pat, your mom's hospice nurse. She had a restless night, so per Dr. Greer we increased her morphine to 5 mg every 2 hours as needed and started lorazepam for the agitation. The chaplain will stop by at 3.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Oyelaran", "NAME"), ("Pat", "PROVIDER"), ("hospice", "SPECIALTY"), ("Dr. Greer", "PROVIDER"), ("morphine", "MEDICATION"), ("lorazepam", "MEDICATION"), ("agitation", "CONDITION")],
     ["home-health", "third-party"], "A relative's symptoms and dose changes sent to the daughter: third party's health."),
    ("al0063", "Donations of gently used clothing for the Valley Hospice Thrift Shop can be dropped in the bin by our main lobby through Friday. Thank you for your generosity!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 8: a generic practice's donation drive for a charity shop says nothing about the recipient; the hospice is the beneficiary, not the sender."),
    ("al0064", "Happy 95th birthday, Mr. Lindgren! Wishing you a wonderful day from all of us on your palliative care team.",
     "REWRITE", "other", "sms", "en",
     [("95th", "AGE"), ("Lindgren", "NAME"), ("palliative care", "SPECIALTY")],
     ["home-health", "age-over-89"], "Age over 89 (the ordinal), name and service line go; the greeting survives."),
    ("al0065", "Hello, this is Dr. Salerno's office returning your call. Dr. Salerno can see you Monday, June 8 at 11:15. Please call 555-0107 to confirm. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("Dr. Salerno", "PROVIDER"), ("Dr. Salerno", "PROVIDER", 1), ("June 8", "DATE"), ("555-0107", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the office phone only."),
    ("al0066", "Dear Mr. Hollis,\n\nThank you for meeting with us on Tuesday about Annette's care. As we discussed, her latest scans show the lymphoma is no longer responding to treatment, and Dr. Greer recommends moving to comfort-focused care with hospice support at home.\n\nOur social worker, Janelle Brooks, will call you tomorrow to talk about hospice agencies that serve your area and about equipment such as a hospital bed. Please write down any questions Annette or the family have before then. We know this is a hard time for all of you; our chaplain and our bereavement coordinator are part of the team too, and you can ask for them at any point.\n\nYou can reach the palliative care office at 555-0168, Monday to Friday, 8:30 to 5.\n\nWith sympathy,\nEvergreen Palliative Care",
     "BLOCK", "other", "email", "en",
     [("Hollis", "NAME"), ("Annette", "NAME"), ("lymphoma", "CONDITION"), ("no longer responding to treatment", "RESULT"), ("Dr. Greer", "PROVIDER"), ("hospice", "SPECIALTY"), ("Janelle Brooks", "PROVIDER"), ("hospice", "SPECIALTY", 1), ("hospital bed", "PROCEDURE"), ("Annette", "NAME", 1), ("palliative care", "SPECIALTY"), ("Evergreen Palliative Care", "SPECIALTY")],
     ["home-health", "oncology", "third-party"], "A wife's diagnosis, progression and the move to hospice, sent to her husband by e-mail (treated like SMS): third party's health."),
    ("al0067", "Buenas tardes, le habla Lucía, trabajadora social del equipo de cuidados paliativos del Hospital Santa Clara. Le llamo para confirmar su cita del jueves 9 de julio a las 3 de la tarde. Mi número directo es 555-0135. Que tenga buen día.",
     "REWRITE", "confirmation", "voice", "es",
     [("Lucía", "PROVIDER"), ("cuidados paliativos", "SPECIALTY"), ("9 de julio", "DATE"), ("555-0135", "PHONE")],
     ["home-health", "practice-contact"], "Decision 7: the palliative-care team name goes; staff name, date, time and direct line survive ('trabajadora social' is a generic role)."),
    ("al0068", "Thank you for the positive feedback on our new check-in kiosks! Tell us more in a 2-minute survey after your next visit.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'positive' feedback is not a test result."),
    ("al0069", "Your care plan was updated by the hospice team today: oxygen 2 L by nasal cannula as needed, and morphine oral solution 5 mg every 2 hours as needed for pain or shortness of breath. Call the 24/7 nurse line with any questions.",
     "ALLOW", "care-instructions", "portal", "en",
     [("hospice", "SPECIALTY"), ("oxygen", "MEDICATION"), ("nasal cannula", "PROCEDURE"), ("morphine oral solution", "MEDICATION"), ("pain", "CONDITION"), ("shortness of breath", "CONDITION")],
     ["home-health"], "Inside the portal doses and symptoms may stay."),
    ("al0070", "Coping with Loss: our free grief support group meets the first Monday of each month at 6:30 PM in the Community Room. Everyone is welcome, no sign-up needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A bereavement group open to everyone, broadcast to all patients; 'first Monday' is not a date."),
    ("al0071", "Mr. Aldana, your CT from Monday shows the cancer has spread to the liver. Dr. Voss would like to meet with you and your family on Friday to talk about options, including hospice.",
     "BLOCK", "result", "sms", "en",
     [("Aldana", "NAME"), ("CT", "PROCEDURE"), ("cancer", "CONDITION"), ("spread to the liver", "RESULT"), ("Dr. Voss", "PROVIDER"), ("hospice", "SPECIALTY")],
     ["oncology", "imaging"], "A finding of progression is the message; it belongs in a conversation or the portal."),
    ("al0072", "Cedar Ridge Health Foundation - Spring News\n\nJoin us for National Cancer Survivors Day on Sunday, June 7, from 11 AM to 2 PM on the main campus lawn. Survivors, caregivers, staff and neighbors are all welcome for lunch, live music, a remembrance wall and free chair massages.\n\nThank you to everyone who ran, walked or cheered at our Spring 5K: together we raised $48,000 toward a second mobile screening van for our rural clinics.\n\nVolunteers are still needed for the June event. Sign up at https://cedarridgehealth.example/volunteer or call the Foundation office at 555-0102.\n\nYou are receiving this newsletter because you are part of the Cedar Ridge Health community. Reply STOP to unsubscribe.",
     "ALLOW", "marketing", "email", "en",
     [("June 7", "DATE"), ("https://cedarridgehealth.example/volunteer", "URL"), ("555-0102", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Decision 8: a generic hospital foundation's newsletter to its whole community says nothing about the recipient; event date and the foundation's own link and phone."),
)

# ---------------------------------------------------------------- batch 7 (al0073-al0084): tumor boards, consults, support groups, foundations
add(
    ("al0073", "Dr. Whitcombe will present your case at Thursday's tumor board and will call you on Friday with the team's recommendation.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Whitcombe", "PROVIDER"), ("tumor board", "PROCEDURE")],
     ["oncology"], "Decision 12: 'tumor board' is a named case review (PROCEDURE) that reveals a tumor; no finding is stated, so the call-back plan survives without it."),
    ("al0074", "Hi Sandra,\n\nWelcome to the Tuesday Night Breast Cancer Support Group at Meridian Breast Center! We meet every Tuesday from 6:00 to 7:30 PM in Conference Room B, or online if you prefer: https://meet.example.com/j/88120?pwd=Xr2kQ9\n\nNo need to RSVP. Partners and friends are welcome on the last Tuesday of the month.\n\nSee you soon,\nNadia, group facilitator",
     "REWRITE", "other", "email", "en",
     [("Sandra", "NAME"), ("Breast Cancer Support Group", "PROCEDURE"), ("Meridian Breast Center", "SPECIALTY"), ("https://meet.example.com/j/88120?pwd=Xr2kQ9", "URL"), ("Nadia", "PROVIDER")],
     ["oncology", "practice-contact"], "Decision 9: the support-group name is a program (PROCEDURE); breast-center name goes; the meeting link carries a query parameter (README: REWRITE). Meeting times survive."),
    ("al0075", "Les recordamos que la Junta Directiva de la clínica se reúne este jueves a las 6 pm en el salón comunitario. La sesión es abierta al público.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A board of directors ('Junta Directiva') is not a tumor board."),
    ("al0076", "Join us Saturday for the Cedar Ridge 5K! All proceeds support free cancer screenings in our community. Register at any front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 8: a fundraiser broadcast to every patient of a generic hospital says nothing about the recipient."),
    ("al0077", "Teal Ribbon Ovarian Cancer Alliance: registration for our spring survivor retreat is now open! Scholarships available. Reply INFO for details or STOP to opt out.",
     "REWRITE", "marketing", "sms", "en",
     [("Teal Ribbon Ovarian Cancer Alliance", "SPECIALTY"), ("survivor retreat", "PROCEDURE")],
     ["oncology", "broadcast"], "Decisions 8 and 9: a cancer foundation's broadcast reveals the recipient's relationship to it; its name and the survivor program go."),
    ("al0078", "Dr. Abernathy-Cole has moved to our Oak Hill office. Your appointment on 4/30 keeps the same time. New address: 77 Oak Hill Rd, Suite 5, Fairview. Questions? Call 555-0120.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Abernathy-Cole", "PROVIDER"), ("4/30", "DATE"), ("77 Oak Hill Rd, Suite 5, Fairview", "ADDRESS"), ("555-0120", "PHONE")],
     ["general", "practice-contact"], "Provider move with the practice's own new address and phone."),
    ("al0079", "Dear Mr. Faulkner,\n\nDr. Rahimi has finished reviewing your outside slides. She agrees with the diagnosis of diffuse large B-cell lymphoma and recommends 6 cycles of R-CHOP, starting as soon as your PET scan and echocardiogram are done. Our scheduler will call you this week.\n\nRiverstone Hematology & Oncology",
     "BLOCK", "result", "email", "en",
     [("Faulkner", "NAME"), ("Dr. Rahimi", "PROVIDER"), ("diffuse large B-cell lymphoma", "CONDITION"), ("R-CHOP", "MEDICATION"), ("PET scan", "PROCEDURE"), ("echocardiogram", "PROCEDURE"), ("Riverstone Hematology & Oncology", "SPECIALTY")],
     ["oncology"], "A second-opinion diagnosis and treatment plan are the message. Decision 2: R-CHOP is MEDICATION."),
    ("al0080", "Welcome to Riverstone Hematology & Oncology, Mr. Yilmaz! Your new patient consult with Dr. Sorensen is on 2/17 at 9:00 AM. Please bring your outside pathology slides and any imaging discs. Your MRN for check-in is 00562318.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverstone Hematology & Oncology", "SPECIALTY"), ("Yilmaz", "NAME"), ("Dr. Sorensen", "PROVIDER"), ("2/17", "DATE"), ("pathology", "PROCEDURE"), ("00562318", "MRN")],
     ["oncology", "identifier"], "Practice name and name go; the MRN is not needed for check-in by text; the bring-your-records request survives. Judgement: 'slides' and 'imaging discs' are generic records words."),
    ("al0081", "Stage 2 of our parking deck construction starts Monday. The east entrance will be closed; please use the north lobby doors.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Stage 2' of construction is not a cancer stage."),
    ("al0082", "Don Ernesto, el resultado de su biopsia de próstata salió positivo para cáncer. El Dr. Ibarra quiere verlo esta semana para hablar del tratamiento. Llámenos al 555-0193.",
     "BLOCK", "result", "sms", "es",
     [("Ernesto", "NAME"), ("biopsia de próstata", "PROCEDURE"), ("positivo", "RESULT"), ("cáncer", "CONDITION"), ("Dr. Ibarra", "PROVIDER"), ("555-0193", "PHONE")],
     ["oncology"], "A positive biopsy and a cancer diagnosis are the message."),
    ("al0083", "Holiday hours: all Lakeview Medical Group offices close at noon on Dec 24 and are closed Dec 25 and Jan 1. For urgent needs, call our after-hours line at 555-0199.",
     "ALLOW", "other", "email", "en",
     [("Dec 24", "DATE"), ("Dec 25", "DATE"), ("Jan 1", "DATE"), ("555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure dates of a generic practice and its after-hours line."),
    ("al0084", "Dr. Greer sent you a new message. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en",
     [("Dr. Greer", "PROVIDER")],
     ["general"], "Notification without PHI; the provider name alone reveals nothing."),
)

# ---------------------------------------------------------------- batch 8 (al0085-al0096): disguises, billing, survivorship, trials
add(
    ("al0085", "Reminder: ur ch3mo appt is Mon 1/26 @ 9am. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("ch3mo", "PROCEDURE"), ("1/26", "DATE")],
     ["oncology", "leet", "shorthand"], "Leetspeak treatment word ('ch3mo') is still the treatment; date and time survive."),
    ("al0086", "Your appointment at the O N C O L O G Y clinic is Tue 8/4 at 10:40. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("O N C O L O G Y", "SPECIALTY"), ("8/4", "DATE")],
     ["oncology", "spaced"], "Spaced-out specialty name is still the specialty."),
    ("al0087", "Your in\u200bfu\u200bsion is confirmed for Fri 10/9 at 8:00 AM. Please allow about 3 hours.",
     "REWRITE", "confirmation", "sms", "en",
     [("in\u200bfu\u200bsion", "PROCEDURE"), ("10/9", "DATE")],
     ["oncology"], "Zero-width spaces inside 'infusion' do not change the word; the span covers the disguised original."),
    ("al0088", "Clearwater \u0421ancer Institute: reminder of your visit tomorrow at 1:45 PM. Reply C to confirm or call 555-0188.",
     "REWRITE", "reminder", "sms", "en",
     [("Clearwater \u0421ancer Institute", "SPECIALTY"), ("555-0188", "PHONE")],
     ["oncology", "practice-contact"], "Cyrillic capital Es in 'Cancer' is a look-alike; the cancer-institute name is specialty-revealing; the time and practice phone survive."),
    ("al0089", "Your statement is ready. Balance due: $145.00. Pay in the portal or call the billing office Mon-Fri 8-4:30. Financial assistance is available - just ask.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "An amount and office hours are not identifiers; '8-4:30' is not a date."),
    ("al0090", "Explanation of your bill: your plan denied claim 4471-22918 for pembrolizumab (Keytruda) given on 3/2 because the diagnosis code on the claim, C34.90 (lung cancer, unspecified), requires prior authorization. We have appealed, and you do not need to pay the $9,812.40 balance while the appeal is open. Questions? Our financial counselor, Tomás, is at 555-0151.",
     "BLOCK", "billing", "email", "en",
     [("4471-22918", "OTHER_ID"), ("pembrolizumab", "MEDICATION"), ("Keytruda", "MEDICATION"), ("3/2", "DATE"), ("C34.90", "CONDITION"), ("lung cancer", "CONDITION"), ("Tomás", "PROVIDER"), ("555-0151", "PHONE")],
     ["oncology", "identifier"], "The denial reason is the patient's diagnosis (code and words) and the drug given; e-mail is treated like SMS."),
    ("al0091", "Your appointment with Dr. Castellano-Reyes on Thursday 12/3 at 4:00 PM has been moved to Friday 12/4 at 9:00 AM. Reply OK to accept or call us to choose another time.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Castellano-Reyes", "PROVIDER"), ("12/3", "DATE"), ("12/4", "DATE")],
     ["general"], "Reschedule with provider, dates and times only."),
    ("al0092", "It's been a year since you finished treatment - time to book your survivorship visit with NP Haldane. Book at brightwater.example/survivorship or call 555-0186.",
     "REWRITE", "recall", "sms", "en",
     [("survivorship", "PROCEDURE"), ("NP Haldane", "PROVIDER"), ("brightwater.example/survivorship", "URL"), ("555-0186", "PHONE")],
     ["oncology", "practice-contact"], "Decisions 9 and 16: 'survivorship' visit reveals a cancer history; the practice link whose path names the service is labelled URL only; 'finished treatment' is generic."),
    ("al0093", "Study visit reminder: ORCHID-2 trial, subject 014-0087, week 12 visit on 5/11 at 8:00 AM. Please bring your pill diary and all study drug bottles, even empty ones.",
     "REWRITE", "reminder", "sms", "en",
     [("ORCHID-2 trial", "PROCEDURE"), ("014-0087", "OTHER_ID"), ("5/11", "DATE")],
     ["oncology", "identifier"], "Decision 9: the study name is a program (PROCEDURE) and the subject number OTHER_ID; the visit reminder survives without them."),
    ("al0094", "Gracias por sus comentarios positivos sobre nuestra nueva sala de espera. Sus opiniones nos ayudan a mejorar.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'positivos' comments are not a positive result."),
    ("al0095", "Your CEA today was 3.2, down from 5.8 in March. Dr. Pillai will go over your scan results with you at your visit on 3/30.",
     "ALLOW", "result", "portal", "en",
     [("CEA", "PROCEDURE"), ("3.2", "RESULT"), ("5.8", "RESULT"), ("Dr. Pillai", "PROVIDER"), ("3/30", "DATE")],
     ["oncology", "lab"], "Tumor-marker values may stay inside the portal."),
    ("al0096", "Subject: Our patient portal is getting an upgrade\n\nDear Patient,\n\nNext month our patient portal moves to a new system that works better on phones and tablets. Your messages, test results, visit summaries and medication list will move over automatically; you do not need to do anything today.\n\nAfter the switch you will be asked to set a new password the first time you sign in. If you manage a parent's or child's account through proxy access, that access will carry over as well.\n\nPlease be aware that we will never call or text you to ask for your password or for a verification code. If you receive a message like that, do not answer it and let our front desk know.\n\nIf you need help, our front desk staff can walk you through the new sign-in steps at your next visit, and printed guides in English and Spanish are in every waiting room.\n\nThank you for your patience while we make this change.\n\nPatient Experience Team",
     "ALLOW", "portal-notice", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A long notice to every patient that mentions results, medications and proxies generically, with no identifier or clinical detail of the recipient."),
)

# ---------------------------------------------------------------- batch 9 (al0097-al0108): markers, enrollment, inpatient news, nurses' notes
add(
    ("al0097", "Your PSA came back <0.01, still undetectable. Keep getting your Eligard shot every 6 months as planned. - Dr. Kwame Asante",
     "BLOCK", "result", "sms", "en",
     [("PSA", "PROCEDURE"), ("<0.01", "RESULT"), ("undetectable", "RESULT"), ("Eligard shot", "MEDICATION"), ("Dr. Kwame Asante", "PROVIDER")],
     ["oncology", "lab"], "A tumor-marker value and a treatment instruction; a normal result is still a result. The form word 'shot' goes with the drug (README)."),
    ("al0098", "To finish your hospice enrollment we need to confirm the details we have on file: Eleanor Whitby, SSN 078-05-1120, Medicare ID 1EG4-TE5-MK72. Reply YES if correct or call 555-0166.",
     "BLOCK", "other", "sms", "en",
     [("hospice", "SPECIALTY"), ("Eleanor Whitby", "NAME"), ("078-05-1120", "SSN"), ("1EG4-TE5-MK72", "HEALTH_PLAN_ID"), ("555-0166", "PHONE")],
     ["home-health", "identifier"], "An SSN with a name and a Medicare number must never travel by text; ask the patient to call or use the portal."),
    ("al0099", "Catholic Mass is celebrated in the hospital chapel on Sundays at 10 AM. The chapel is open 24/7 for quiet reflection.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Mass' is a service in the chapel, not a finding; 24/7 is not a date."),
    ("al0100", "Dr. Oduya's office: we received your records request and mailed the release forms today. Questions? Call 555-0144 or fax 555-0145.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Oduya", "PROVIDER"), ("555-0144", "PHONE"), ("555-0145", "FAX")],
     ["general", "practice-contact"], "Records-request logistics with the office's own phone and fax."),
    ("al0101", "Hi Kevin,\n\nYour dad asked me to keep you posted since you're out of state. His bone marrow biopsy from Monday confirmed AML, and Dr. Brandt wants to start induction chemotherapy (7+3) this Thursday, which means about a 4-week stay on 6 West. He is in good spirits and the team has already placed a PICC line.\n\nHe would love a call tonight after 7; his room phone is 555-0174. Visiting hours are 10 AM to 8 PM, and children under 12 cannot visit the unit because of the infection risk.\n\nTake care,\nMegan Cho, RN\nOncology Nurse Navigator, Lakeshore University Hospital",
     "BLOCK", "other", "email", "en",
     [("Kevin", "NAME"), ("bone marrow biopsy", "PROCEDURE"), ("AML", "CONDITION"), ("Dr. Brandt", "PROVIDER"), ("induction chemotherapy", "PROCEDURE"), ("7+3", "MEDICATION"), ("PICC line", "PROCEDURE"), ("555-0174", "PHONE"), ("Megan Cho, RN", "PROVIDER"), ("Oncology", "SPECIALTY")],
     ["oncology", "third-party"], "A father's diagnosis and treatment plan sent to his son by e-mail: third party's health. Decision 2: the regimen '7+3' is MEDICATION; the room phone is the patient's, labelled PHONE."),
    ("al0102", "Sra. Paredes, sus resultados de hoy: hemoglobina 11.2 g/dL y plaquetas 180 mil. Puede continuar con su ciclo 5 el martes como estaba programado. - Enf. Rocío",
     "ALLOW", "result", "portal", "es",
     [("Paredes", "NAME"), ("hemoglobina", "PROCEDURE"), ("11.2 g/dL", "RESULT"), ("plaquetas", "PROCEDURE"), ("180 mil", "RESULT"), ("Enf. Rocío", "PROVIDER")],
     ["oncology", "lab"], "Inside the portal values may stay. Decision 3: the bare cycle number is not labelled."),
    ("al0103", "Hi Mr. Novak, it's Sam from the chemo suite. Your magnesium was low today, so we're adding an IV magnesium bag before your cisplatin tomorrow. Plan on about an extra hour. Call 555-0131 with questions.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Novak", "NAME"), ("Sam", "PROVIDER"), ("chemo suite", "SPECIALTY"), ("magnesium", "PROCEDURE"), ("low", "RESULT"), ("IV magnesium", "MEDICATION"), ("cisplatin", "MEDICATION"), ("555-0131", "PHONE")],
     ["oncology", "lab"], "A low value and a treatment change in a voicemail. Decision 1: 'the chemo suite' as a department is SPECIALTY."),
    ("al0104", "Cuidadores y familiares: esta semana pueden recibir la vacuna contra la gripe gratis en el vestíbulo principal, sin cita. ¡Protéjase y proteja a su ser querido!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A flu-shot broadcast for every caregiver says nothing about the recipient (README broadcasts)."),
    ("al0105", "{{practice_name}}: You have an appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm or call {{practice_phone}}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Content-free placeholders only; they are never mistaken for prose."),
    ("al0106", "Your scan results are in: no evidence of disease! \U0001F389 Dr. Lindqvist will see you in 3 months.",
     "BLOCK", "result", "push", "en",
     [("no evidence of disease", "RESULT"), ("Dr. Lindqvist", "PROVIDER")],
     ["oncology", "imaging"], "Good news is still a result (README); a lock-screen push is treated like SMS."),
    ("al0107", "This is Westfield Internal Medicine with a reminder of your annual wellness visit on Thursday, April 9 at 8:30 AM with Dr. Tran. Call 555-0118 if you need to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("April 9", "DATE"), ("Dr. Tran", "PROVIDER"), ("555-0118", "PHONE")],
     ["primary-care", "practice-contact"], "Generic primary care (annual wellness) is not a revealing visit type (README)."),
    ("al0108", "Hola Don Aurelio, recuerde tomar su ondansetrón 8 mg cada 8 horas si tiene náuseas después de la quimio, y tome mucha agua. Cualquier cosa me avisa. Enf. Beatriz",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aurelio", "NAME"), ("ondansetrón 8 mg", "MEDICATION"), ("náuseas", "CONDITION"), ("quimio", "PROCEDURE"), ("Enf. Beatriz", "PROVIDER")],
     ["oncology", "pharmacy"], "Dosing instructions for an anti-nausea drug after chemotherapy."),
)

# ---------------------------------------------------------------- batch 10 (al0109-al0120): welcome letters, survivorship, pathology, lab requisitions
add(
    ("al0109", "Welcome to Millbrook Family Practice!\n\nYour first visit with Dr. Anaya is on Wednesday, 9/16 at 10:20 AM at our Main Street office, 310 Main St, Suite 2, Millbrook. Please arrive 20 minutes early to complete your paperwork, or fill it out ahead of time at https://millbrookfp.example/forms.\n\nWhat to bring: a photo ID, your insurance card, a list of the medicines you take (or the bottles themselves) and any records from your previous doctor.\n\nParking is free in the lot behind the building. If you need an interpreter, let us know at least two days ahead and we will arrange one at no cost.\n\nTo reschedule, call 555-0153 or e-mail appointments@millbrookfp.example.\n\nWe look forward to meeting you!",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Anaya", "PROVIDER"), ("9/16", "DATE"), ("310 Main St, Suite 2, Millbrook", "ADDRESS"), ("https://millbrookfp.example/forms", "URL"), ("555-0153", "PHONE"), ("appointments@millbrookfp.example", "EMAIL")],
     ["primary-care", "practice-contact"], "A long welcome letter from a generic practice: provider, date and the practice's own address, link, phone and e-mail."),
    ("al0110", "Reminder for patients on chemo: a temperature of 100.4\u00b0F or higher is an emergency. Call our 24/7 line at 555-0190 right away - do not wait until morning.",
     "REWRITE", "care-instructions", "sms", "en",
     [("chemo", "PROCEDURE"), ("555-0190", "PHONE")],
     ["oncology", "practice-contact"], "Decision 11: a standing safety instruction gives no patient-specific dose or finding; the threshold is not a RESULT; only the treatment word reveals the recipient and goes."),
    ("al0111", "Lobby Wi-Fi: network CRH-Guest, password Welcome2026. Please keep phone calls quiet in the waiting areas.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A network name and guest password look like codes but identify nobody."),
    ("al0112", "Pathology from your breast biopsy: invasive ductal carcinoma, ER+/PR+/HER2-, grade 2. Dr. Ferreira will call you this afternoon to talk about next steps.",
     "BLOCK", "result", "sms", "en",
     [("Pathology", "PROCEDURE"), ("breast biopsy", "PROCEDURE"), ("invasive ductal carcinoma", "CONDITION"), ("ER+/PR+/HER2-", "RESULT"), ("grade 2", "RESULT"), ("Dr. Ferreira", "PROVIDER")],
     ["oncology"], "A new cancer diagnosis with receptor status and grade by text. Decision 5: receptor status and grade are RESULT."),
    ("al0113", "Recordatorio: tiene cita con la Dra. Villalobos el viernes 22 de mayo a las 10:15 en Clínica Familiar San Lucas. Para cambiarla llame al 555-0195.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Villalobos", "PROVIDER"), ("22 de mayo", "DATE"), ("555-0195", "PHONE")],
     ["primary-care", "practice-contact"], "Generic clinic, provider, date, time and the clinic's phone."),
    ("al0114", "Dear Mr. Pham,\n\nCongratulations on completing your treatment! As part of our survivorship program, Nurse Practitioner Gail Ostrowski would like to meet with you to go over your survivorship care plan: the follow-up visits and tests you will need over the next five years, healthy habits, and which changes should prompt a call to us.\n\nYour visit is scheduled for Monday, 8/24 at 1:00 PM at the Brightwater Cancer Center, 2nd floor. Please bring a list of your current medicines and any questions you have. Family members are welcome, and parking is validated at the front desk.\n\nTo change the time, call 555-0186.\n\nWarm regards,\nYour Care Team",
     "REWRITE", "reminder", "email", "en",
     [("Pham", "NAME"), ("survivorship program", "PROCEDURE"), ("Nurse Practitioner Gail Ostrowski", "PROVIDER"), ("survivorship care plan", "PROCEDURE"), ("8/24", "DATE"), ("Brightwater Cancer Center", "SPECIALTY"), ("555-0186", "PHONE")],
     ["oncology", "practice-contact"], "Decision 9: survivorship program and care plan are PROCEDURE; name and cancer-center name go; the visit logistics survive ('completing your treatment' is generic)."),
    ("al0115", "Dr. Haverford is out of the office 7/1\u20137/10. Dr. Sato will cover urgent calls. Call 555-0149 for help.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Haverford", "PROVIDER"), ("7/1", "DATE"), ("7/10", "DATE"), ("Dr. Sato", "PROVIDER"), ("555-0149", "PHONE")],
     ["general", "practice-contact"], "Provider absence dates and coverage; a date range is two DATE spans."),
    ("al0116", "Due to the national drug shortage, your carboplatin will be replaced with cisplatin starting with your next treatment. Dr. Mbeki will explain the side effects at Monday's visit.",
     "BLOCK", "care-instructions", "sms", "en",
     [("carboplatin", "MEDICATION"), ("cisplatin", "MEDICATION"), ("Dr. Mbeki", "PROVIDER")],
     ["oncology", "pharmacy"], "A change of chemotherapy drug is a treatment instruction; the drug names are the message."),
    ("al0117", "Etapa 2 de la remodelación: a partir del lunes la entrada principal estará cerrada. Por favor use la entrada norte, junto a la farmacia. Disculpe las molestias.",
     "ALLOW", "other", "email", "es", [],
     ["general", "broadcast", "hard-negative"], "'Etapa 2' of a remodel is not a cancer stage."),
    ("al0118", "Su cita es mañana a las 8:30 con el Dr. Adeyemi. Toque aquí para registrarse antes y evitar la fila.",
     "ALLOW", "reminder", "push", "es",
     [("Dr. Adeyemi", "PROVIDER")],
     ["general"], "Provider and time only; 'mañana' is not a date."),
    ("al0119", "Re: Lorna Featherstone, DOB 04/19/1971\n\nWe received the signed consent and the blood sample for the BRCA1/2 test ordered by Dr. Sato. Results are usually ready in 14 to 21 days and will be released to Dr. Sato first. Accession no. GX-26-004418.\n\nHelixa Genomics Client Services",
     "BLOCK", "other", "email", "en",
     [("Lorna Featherstone", "NAME"), ("04/19/1971", "DATE"), ("BRCA1/2 test", "PROCEDURE"), ("Dr. Sato", "PROVIDER"), ("Dr. Sato", "PROVIDER", 1), ("GX-26-004418", "OTHER_ID"), ("Helixa Genomics", "SPECIALTY")],
     ["oncology", "lab", "dob", "identifier"], "A full date of birth with the name is BLOCK (README); the accession number is OTHER_ID; decision 7: the genetics-lab name is specialty-revealing."),
    ("al0120", "Hi Mrs. Dunleavy, your husband's chemo has been moved to Thursday 10/22 at 9:00 because of the holiday. Please let him know, and call 555-0131 if that time doesn't work.",
     "BLOCK", "reminder", "sms", "en",
     [("Dunleavy", "NAME"), ("chemo", "PROCEDURE"), ("10/22", "DATE"), ("555-0131", "PHONE")],
     ["oncology", "third-party", "contrast"], "Decision 10: a third party's logistics that name his treatment are about his health (BLOCK); README's REWRITE exception covers only a name, a routine visit type or a specialty name. Contrast al0056."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "al", "probe35.jsonl")
