#!/usr/bin/env python3
"""Build corpus/probe60.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe60.py [OUT] [-v]   (default: probe60.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read).
This round is AMBIGUOUS ABBREVIATIONS, JARGON AND SHORTHAND: letters with a clinical and an
everyday sense where context decides — MS (Microsoft, Ms., Mississippi, master's, multiple
sclerosis, mitral stenosis), RA (resident assistant, rheumatoid arthritis), ED (education,
emergency department, erectile dysfunction), PT (patient, physical therapy, part-time, Pacific
time, prothrombin time), OT (overtime, occupational therapy), CF (carried forward, cystic
fibrosis), PE (physical education, pulmonary embolism), MI, AF, BP, CA, DM, HR, OR, IV, ID, DOB,
PCP, PA (Pennsylvania, physician assistant, prior authorization, presión arterial), STD, GI, AC,
POS — and staff shorthand (f/u, s/p, hx, r/o, c/o, w/, pt, appt, rx, dx, tx, cx, ac/hs, qid),
in messages from staff, vendors and systems; Spanish shorthand (DM2, HTA, IRC, EGO, IVU, USG,
DIU, TF, CaCu, CP, INE, "pa", "q", "x"). Many hard negatives where the abbreviation is everyday.
About 16% Spanish; 4 disguised messages (spaced, zero-width, Cyrillic, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default; occurrences inside
      longer words count, e.g. "MI" inside "NSTEMI").
    - substring may contain a context marker: "6.8 ([[H]])" searches for "6.8 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A clinical abbreviation is labelled like the word it stands for, in its clinical category
     (MS, RA, AF, MI, PE, CF, DM2, HTN, OSA, DVT, SOB, IVU, IRC -> CONDITION; PT, OT, PFTs, CTA,
     EGO, USG, DIU -> PROCEDURE; ED, ID, GI, ONC, rheum as services -> SPECIALTY). The same
     letters in an everyday sense (Ms., Microsoft, Mississippi, master's, resident assistant,
     Air Force, Oregon, Utah, Roman numeral, human resources, part-time, Pacific time,
     overtime, carried forward, British Petroleum, air conditioning, point of sale) are not.
  2. PT/OT as the therapy or visit -> PROCEDURE; a therapy practice's name -> SPECIALTY; the
     DPT credential -> SPECIALTY (as the README's DDS example).
  3. ED/ER/Urgencias as the place of the patient's own encounter ("our ED on 2/27") ->
     SPECIALTY (urgent-care service line), removable -> REWRITE. ED/ER as generic advice or a
     destination ("go to the nearest ER", "go to the ED now") is not labelled.
  4. OR (operating room) on its own is generic like "surgery" alone: not labelled.
  5. A condition named as the reason for a test ("CT angio chest (r/o PE)") is a CONDITION
     span; in a scheduling message it is removable -> REWRITE (tag negation).
  6. Measures written as abbreviations (BP, HR, PA = presión arterial, EF, AHI, PT/INR, TSH,
     valve area) are PROCEDURE and their values RESULT (README's scale rule); home glucose
     checks ("check sugars") are a measure -> PROCEDURE.
  7. ICD-10 codes (E11.9, I10) name a diagnosis: CONDITION, not OTHER_ID.
  8. A route abbreviation before a named drug (IV solu-medrol) is not labelled on its own,
     like a dose elsewhere in the sentence; IV that is part of a named service
     ("IV iron infusion", "IV infusion") goes inside the PROCEDURE span.
  9. A role word built on a condition ("DM educator") is one SPECIALTY span like
     "radiologist"; a credential naming a specialty (CDCES, DPT) is SPECIALTY; generic
     credentials (PA-C, NP, RN) stay inside PROVIDER.
 10. Named non-clinical staff with a courtesy title ("Ms. Daniels in our billing office") are
     workforce -> PROVIDER with the title, extending the README's staff-sender rule.
 11. Specialties without a service tag (neurology, rheumatology, pulmonology, GI, sleep,
     surgery) are tagged `general`; an infectious-disease (ID) clinic is tagged
     hiv-sexual-health, because that is what makes it revealing.
 12. Broadcasts naming services the practice offers (PT/OT gym moving, IV hydration promo,
     urgent care hours, flu shot day) -> ALLOW with no clinical span (README broadcast rule);
     the practice's own URL is still labelled.
 13. An organism grown in a culture (Pseudomonas, MRSA) is a finding: RESULT.
 14. A short-term disability ("STD") paperwork notice with no condition -> ALLOW hard negative.
 15. A fasting instruction for generic blood work is logistics, not a treatment
     instruction -> ALLOW.
 16. A drug-named clinic ("Coumadin clinic") labels the drug MEDICATION, "clinic" outside,
     like "asthma check".
 17. In vendor confirmation strings a department code (ONC) is SPECIALTY, a visit code
     (CHEMO TEACH) PROCEDURE; "Dept: PCP" is generic primary care; a booking reference is
     not labelled.
 18. A family member's surgery logistics with a name and no finding -> REWRITE (name
     removed, tag third-party); with a finding -> BLOCK.
 19. A child's OT session (name + therapy + therapy-practice name) -> REWRITE like other
     dependent logistics; an OT evaluation's findings -> BLOCK.
 20. A service name built on a specialty (remote-monitoring vendors 'CardioWatch',
     'CardioLink'; 'Tumor board'; 'anticoag' clinic) is SPECIALTY.
 21. What a test checks, named in the plan ('check your potassium and kidney function'), is
     PROCEDURE like a named test.

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


# ---------------------------------------------------------------- batch 1 (bk0001-bk0012): MS, DM
add(
    ("bk0001", "Your video visit tomorrow at 2:30 PM will be on MS Teams. You'll get the join link by email 15 min before. No MS account needed - just tap the link and allow camera + mic.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "MS = Microsoft; video-visit logistics only (decision 1)."),
    ("bk0002", "Hi Ms. Okafor, this is Tasha from Lakeshore Neurology. Your MS clinic f/u w/ Dr. Brandt is Mon 4/13 at 9:15. Pls arrive 15 min early to update your forms.",
     "REWRITE", "reminder", "sms", "en",
     [("Okafor", "NAME"), ("Tasha", "PROVIDER"), ("Lakeshore Neurology", "SPECIALTY"), ("MS", "CONDITION"),
      ("Dr. Brandt", "PROVIDER"), ("4/13", "DATE")],
     ["general", "shorthand"], "Ms. is a title (patient name stays a NAME without it); MS clinic = multiple sclerosis as a visit label, 'clinic' outside. Name, neurology name and condition go; date/time/provider survive. Neurology tagged general (decision 11)."),
    ("bk0003", "Congrats to our nursing team: three of our RNs just finished their MS in Nursing degrees! Cake in the lobby Fri at 3 - patients welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "MS = master of science; a staff-news broadcast (decision 1)."),
    ("bk0004", "Dr. Feld reviewed your MRI: the 2 new lesions are consistent with MS. She'd like to start Ocrevus - please call (614) 555-0117 to set up your first infusion.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("MRI", "PROCEDURE"), ("2 new lesions", "RESULT"), ("MS", "CONDITION"),
      ("Ocrevus", "MEDICATION"), ("(614) 555-0117", "PHONE"), ("infusion", "PROCEDURE")],
     ["general", "practice-contact"], "Imaging finding and a new diagnosis (MS = multiple sclerosis) plus a treatment plan: the clinical content is the message."),
    ("bk0005", "Hi Gwen, Dr. Brandt looked at your brain MRI from 3/2: no new lesions compared with last year, so the Kesimpta seems to be doing its job for your MS. Keep the 6-month f/u. - Lakeshore Neurology",
     "ALLOW", "result", "portal", "en",
     [("Gwen", "NAME"), ("Dr. Brandt", "PROVIDER"), ("brain MRI", "PROCEDURE"), ("3/2", "DATE"),
      ("no new lesions", "RESULT"), ("Kesimpta", "MEDICATION"), ("MS", "CONDITION"), ("Lakeshore Neurology", "SPECIALTY")],
     ["general", "contrast"], "Secure portal: a result, drug and diagnosis may stay (README channel convention); the same content by SMS would be BLOCK (cf. bk0004)."),
    ("bk0006", "Ms. Daniels in our billing office is out until Monday. For statement questions in the meantime call (412) 555-0128, option 3. Thank you for your patience! - Oakmont Family Practice",
     "ALLOW", "billing", "sms", "en",
     [("Ms. Daniels", "PROVIDER"), ("(412) 555-0128", "PHONE")],
     ["general", "practice-contact"], "Ms. + surname is a staff member, not the patient: workforce -> PROVIDER with the title (decision 10); the practice's own phone."),
    ("bk0007", "Walgrove Pharmacy: your Tecfidera 240mg is ready for pickup. Please ask for the MS specialty counter. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("Tecfidera 240mg", "MEDICATION"), ("MS", "CONDITION")],
     ["pharmacy"], "Pickup notice: the drug and MS (multiple sclerosis) counter go, 'specialty counter' outside; 'your prescription is ready' survives."),
    ("bk0008", "Hi Mr. Pruitt, your echo showed moderate MS (mitral stenosis), valve area 1.2 cm2. Dr. Abebe wants to see you in 2 wks - no heavy lifting until then.",
     "BLOCK", "result", "sms", "en",
     [("Pruitt", "NAME"), ("echo", "PROCEDURE"), ("moderate", "RESULT"), ("MS", "CONDITION"), ("mitral stenosis", "CONDITION"),
      ("valve area", "PROCEDURE"), ("1.2 cm2", "RESULT"), ("Dr. Abebe", "PROVIDER")],
     ["cardiology", "shorthand"], "MS here is mitral stenosis: a finding with its grade and measurement (decision 6) and an activity restriction; must not go by text."),
    ("bk0009", "Hi from Dr. Brandt's office - per her note: s/p MS flare, done w/ 3d IV solu-medrol. Start pred taper 60mg -> 10mg over 10 days, then stop. Recheck in 2 wks. Call if new numbness.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("MS flare", "CONDITION"), ("solu-medrol", "MEDICATION"), ("pred", "MEDICATION"), ("numbness", "CONDITION")],
     ["general", "shorthand"], "Staff shorthand copied from a note: condition, steroid course and taper doses. The route 'IV' before the drug is not labelled on its own (decision 8)."),
    ("bk0010", "We've moved! Starting June 1 our Jackson, MS clinic is at 410 Riverside Dr, Suite 200, Jackson, MS 39202. Same phone: (601) 555-0139. Free parking in the garage.",
     "ALLOW", "other", "sms", "en",
     [("June 1", "DATE"), ("410 Riverside Dr, Suite 200, Jackson, MS 39202", "ADDRESS"), ("(601) 555-0139", "PHONE")],
     ["general", "broadcast", "practice-contact"], "MS = Mississippi; the practice's own new address and phone in a broadcast; 'Jackson' is the town, not a person. The move date is a calendar date (labelled, allowed)."),
    ("bk0011", "Hola Sr. Paredes, le recordamos su cita de control de DM2 con la Dra. Quiroga el 14 de mayo a las 8:00 am. No olvide traer su glucómetro. Clínica San Judas.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("DM2", "CONDITION"), ("Dra. Quiroga", "PROVIDER"), ("14 de mayo", "DATE"), ("glucómetro", "PROCEDURE")],
     ["primary-care", "shorthand"], "DM2 (diabetes tipo 2) used as a visit label, 'control de' outside; the glucose meter is a device that reveals it (PROCEDURE). Name goes; provider, date and time survive."),
    ("bk0012", "Got questions about parking at our new Elm St location? DM us on Instagram or just reply to this text. We're open 7a-7p M-F.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "DM = direct message, not diabetes mellitus (decision 1)."),
)

# ---------------------------------------------------------------- batch 2 (bk0013-bk0024): RA, ED, PT
add(
    ("bk0013", "Campus Health: RAs, please remind your floors - free flu shot clinic this Thursday 11-3 in the Student Union. No appt needed, bring your student ID.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "RA = resident assistant; a flu-clinic broadcast to every student says nothing about a recipient."),
    ("bk0014", "Hi Devon, reminder: your RA follow-up with Dr. Mehta (rheum) is Tue 6/9 at 1:40pm at Northside Arthritis & Rheumatology, 2nd floor. Bring your med list.",
     "REWRITE", "reminder", "sms", "en",
     [("Devon", "NAME"), ("RA", "CONDITION"), ("Dr. Mehta", "PROVIDER"), ("rheum", "SPECIALTY"), ("6/9", "DATE"),
      ("Northside Arthritis & Rheumatology", "SPECIALTY")],
     ["general", "shorthand"], "RA = rheumatoid arthritis as a visit label ('follow-up' outside); 'rheum' and the practice name reveal the specialty. Logistics survive. Rheumatology tagged general (decision 11)."),
    ("bk0015", "Your labs are back: RF positive and anti-CCP 98 (H), which fits with rheumatoid arthritis (RA). Dr. Mehta wants to start methotrexate 15 mg once a week plus folic acid 1 mg daily.",
     "BLOCK", "result", "sms", "en",
     [("RF", "PROCEDURE"), ("positive", "RESULT"), ("anti-CCP", "PROCEDURE"), ("98", "RESULT"), ("98 ([[H]])", "RESULT"),
      ("rheumatoid arthritis", "CONDITION"), ("RA", "CONDITION"), ("Dr. Mehta", "PROVIDER"),
      ("methotrexate 15 mg", "MEDICATION"), ("folic acid 1 mg", "MEDICATION")],
     ["general"], "Results with a flag, a new diagnosis and a dosing plan."),
    ("bk0016", "Student Health: Health Ed workshops start Monday - sleep, stress and study habits. Sign up through your RA or at the front desk. Snacks provided!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "ED = education, RA = resident assistant; a campus broadcast."),
    ("bk0017", "Subject: Thank you for visiting Mercy Valley Hospital\n\nThank you for choosing the Mercy Valley ED on 2/27. We hope you are feeling better. Please schedule a follow-up with your PCP within 3-5 days and bring your discharge papers to that visit.\n\nIf you don't have a PCP, our referral line can help you find one who takes your insurance: (208) 555-0171, Mon-Fri 8-5.\n\nIn a few days you may receive a short survey by email about your experience. Your answers help us improve, and they are never shared with your care team by name.\n\nTo get a copy of your records, log in to the patient portal or call Health Information Management at (208) 555-0172.\n\nWarm regards,\nPatient Experience Office\nMercy Valley Hospital",
     "REWRITE", "other", "email", "en",
     [("ED", "SPECIALTY"), ("2/27", "DATE"), ("(208) 555-0171", "PHONE"), ("(208) 555-0172", "PHONE")],
     ["urgent-care", "practice-contact"], "ED = emergency department as the place of the patient's own visit -> SPECIALTY (decision 3); 'Thank you for choosing us on 2/27' survives. PCP is generic primary care."),
    ("bk0018", "Your ED med (sildenafil 20mg) is ready at Corner Drug. Discreet pickup window open till 9pm. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("ED", "CONDITION"), ("sildenafil 20mg", "MEDICATION")],
     ["pharmacy", "shorthand"], "ED = erectile dysfunction here ('med' outside, like a condition visit label); drug and condition go, the pickup notice survives."),
    ("bk0019", "Driver's Ed physicals are just $35 in August! Walk-ins welcome Saturdays 9-12 at our Main St office. Bring the DMV form.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "ED = driver's education; a price broadcast. A month alone is not a date."),
    ("bk0020", "Hospital San Lucas: Gracias por atenderse en Urgencias el 3 de marzo. Por favor haga una cita de seguimiento con su médico de cabecera en 3 a 5 días.",
     "REWRITE", "other", "sms", "es",
     [("Urgencias", "SPECIALTY"), ("3 de marzo", "DATE")],
     ["urgent-care"], "Urgencias = the emergency department where the patient was seen (decision 3); the follow-up request survives without it."),
    ("bk0021", "ED f/u call re: your visit Sat - CT showed a 4 mm kidney stone on the L side. Keep taking tamsulosin 0.4mg daily, strain your urine, and come back to the ED for fever or vomiting.",
     "BLOCK", "care-instructions", "sms", "en",
     [("ED", "SPECIALTY"), ("CT", "PROCEDURE"), ("4 mm", "RESULT"), ("kidney stone", "CONDITION"), ("tamsulosin 0.4mg", "MEDICATION"),
      ("ED", "SPECIALTY", 1), ("fever", "CONDITION"), ("vomiting", "CONDITION")],
     ["urgent-care", "shorthand"], "Imaging finding, dosing and return precautions. Both ED mentions refer to the patient's own ED care, so both are labelled (decision 3)."),
    ("bk0022", "Thank you for calling Brookside Medical Group. If this is a medical emergency, hang up and dial 911 or go to the nearest ER. For appointments press 1, billing press 2, prescription refills press 3.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR boilerplate: 911 is not a phone identifier and 'the nearest ER' is generic advice, not a visit (decision 3)."),
    ("bk0023", "Hi! Dr. Osei's office here. ur appt is tmrw 10:20a, pls bring ins card + photo ID & come 15 min early for new pt paperwork. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Osei", "PROVIDER")],
     ["primary-care", "shorthand"], "pt = patient, ID = identification card; provider and time only."),
    ("bk0024", "Reminder: PT eval Thurs 5/21 @ 3pm w/ Marcus Reyes, DPT at Summit Sports PT. Wear loose clothes + bring your knee brace.",
     "REWRITE", "reminder", "sms", "en",
     [("PT", "PROCEDURE"), ("5/21", "DATE"), ("Marcus Reyes", "PROVIDER"), ("DPT", "SPECIALTY"), ("Summit Sports PT", "SPECIALTY"),
      ("knee brace", "PROCEDURE")],
     ["physical-therapy", "shorthand"], "PT = physical therapy as the visit (PROCEDURE, 'eval' outside) and in the practice name (SPECIALTY) (decision 2); DPT credential SPECIALTY; the brace is a device."),
)

# ---------------------------------------------------------------- batch 3 (bk0025-bk0036): PT, OT, CF, PE, MI
add(
    ("bk0025", "Now hiring at Lakeview Family Medicine: PT front desk receptionist (20 hrs/wk) and a FT medical assistant. OT available during flu season. Apply on our website under Careers.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "PT = part-time, FT = full-time, OT = overtime (decision 1)."),
    ("bk0026", "Your telehealth visit with Dr. Haddad is 6/3 at 4:00 PM PT (7:00 PM ET). Please join 5 min early from the link in your portal.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("6/3", "DATE")],
     ["primary-care"], "PT = Pacific time, ET = Eastern time; provider, date and time only."),
    ("bk0027", "Reminder: Mateo's OT session is Wed 9/16 at 3:30 at Little Steps Pediatric Therapy. Please bring his weighted vest and a snack.",
     "REWRITE", "reminder", "sms", "en",
     [("Mateo", "NAME"), ("OT", "PROCEDURE"), ("9/16", "DATE"), ("Little Steps Pediatric Therapy", "SPECIALTY"), ("weighted vest", "PROCEDURE")],
     ["pediatrics", "physical-therapy", "minor"], "OT = occupational therapy. A dependent's logistics with name, therapy, therapy-practice name and a device: all removable, the appointment survives -> REWRITE (decision 19)."),
    ("bk0028", "Hi Mrs. Abara - Zoe's OT eval summary: fine motor delay, grasp below age level, some sensory seeking. Plan: OT 2x/wk x 12 wks + home program. Full report is in the portal.",
     "BLOCK", "result", "sms", "en",
     [("Abara", "NAME"), ("Zoe", "NAME"), ("OT", "PROCEDURE"), ("fine motor delay", "CONDITION"), ("grasp below age level", "RESULT"),
      ("sensory seeking", "CONDITION"), ("OT", "PROCEDURE", 1)],
     ["pediatrics", "physical-therapy", "minor", "third-party"], "A child's evaluation findings and treatment plan sent to the guardian: third party's health -> BLOCK (decision 19)."),
    ("bk0029", "Hi, this is Renee from the CF Center. Anya's sputum culture grew Pseudomonas again. Dr. Lutz wants her to start inhaled tobramycin 300 mg twice a day, 28 days on / 28 off.",
     "BLOCK", "result", "sms", "en",
     [("Renee", "PROVIDER"), ("CF Center", "SPECIALTY"), ("Anya", "NAME"), ("sputum culture", "PROCEDURE"), ("Pseudomonas", "RESULT"),
      ("Dr. Lutz", "PROVIDER"), ("tobramycin 300 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "CF = cystic fibrosis center (specialty-revealing name); a child's culture result (organism = RESULT, decision 13) and a dosing plan."),
    ("bk0030", "Statement summary: prior balance $40.00 CF, payments -$40.00, adjustments $0.00, balance due $0.00. Thank you - no action needed.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "CF = carried forward on a statement, not cystic fibrosis."),
    ("bk0031", "Back to school! Sports & PE clearance forms can be dropped at the front desk - allow 3 business days, or $20 for same-day. Questions? Reply to this text.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "PE = physical education; a broadcast about school forms."),
    ("bk0032", "Your CTA was positive for a small PE in the right lung. Start Eliquis 10 mg twice daily for 7 days, then 5 mg twice daily. Dr. Ruiz will call you tonight.",
     "BLOCK", "result", "sms", "en",
     [("CTA", "PROCEDURE"), ("positive", "RESULT"), ("PE", "CONDITION"), ("Eliquis 10 mg", "MEDICATION"), ("Dr. Ruiz", "PROVIDER")],
     ["imaging"], "PE = pulmonary embolism: a positive imaging result, a diagnosis and dosing."),
    ("bk0033", "Lakeside Imaging: you're scheduled for CT angio chest (r/o PE) today at 4:45pm, 2nd floor. Please arrive 15 min early and leave jewelry at home.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeside Imaging", "SPECIALTY"), ("CT angio chest", "PROCEDURE"), ("PE", "CONDITION")],
     ["imaging", "shorthand", "negation"], "r/o PE = a suspected condition as the reason for the test: CONDITION, removable in a scheduling message (decision 5); imaging name and test go, time survives."),
    ("bk0034", "Clínica del Valle: ya puede recoger en recepción el formato de educación física (EF) para la escuela, de 8 a 5. Traiga una identificación.",
     "ALLOW", "other", "sms", "es", [],
     ["primary-care", "hard-negative"], "EF = educación física (school PE form), not ejection fraction; a pick-up notice with no clinical content."),
    ("bk0035", "Dr. Hoang here - your troponin came back elevated at 0.9, which means a small heart attack (an NSTEMI, a type of MI). Please go to the St. Clare ED now; we've called ahead. Don't drive yourself.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Hoang", "PROVIDER"), ("troponin", "PROCEDURE"), ("elevated", "RESULT"), ("0.9", "RESULT"), ("heart attack", "CONDITION"),
      ("NSTEMI", "CONDITION"), ("MI", "CONDITION", 1)],
     ["cardiology", "urgent-care"], "MI = myocardial infarction: a result and a diagnosis with an urgent instruction. 'Go to the ED now' is a destination, not labelled (decision 3)."),
    ("bk0036", "Hi Mr. Kowalczyk, cardiac rehab starts Mon 3/30 at 8 AM at Heartwise Rehab (post-MI program, session 1 of 36). Wear sneakers and bring a water bottle.",
     "REWRITE", "reminder", "sms", "en",
     [("Kowalczyk", "NAME"), ("cardiac rehab", "PROCEDURE"), ("3/30", "DATE"), ("Heartwise Rehab", "SPECIALTY"), ("MI", "CONDITION")],
     ["cardiology"], "Program, cardiology-revealing name and the MI label go; the start date and time survive."),
)

# ---------------------------------------------------------------- batch 4 (bk0037-bk0048): AF, BP, CA, DM
add(
    ("bk0037", "Thank you, veterans! Active duty and retired AF, Army, Navy, Marines and Guard families get $10 off sports physicals all November.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "AF = Air Force, not atrial fibrillation; a discount broadcast."),
    ("bk0038", "Valley Heart Associates: your AF ablation pre-op visit is Tue 2/10 at 9:00 AM w/ NP Soto, 3rd floor. Reply Y to confirm, N to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("Valley Heart Associates", "SPECIALTY"), ("AF", "CONDITION"), ("ablation", "PROCEDURE"), ("pre-op", "PROCEDURE"),
      ("2/10", "DATE"), ("NP Soto", "PROVIDER")],
     ["cardiology"], "AF = atrial fibrillation; cardiology name, condition, procedure and pre-op label go; date, time and provider survive."),
    ("bk0039", "CardioLink alert: your watch ECG uploads show AF on 3 days this week, longest episode 6 hrs, HR up to 142. Dr. Abebe wants to add metoprolol 25mg twice a day - please call us today.",
     "BLOCK", "result", "sms", "en",
     [("CardioLink", "SPECIALTY"), ("ECG", "PROCEDURE"), ("AF", "CONDITION"), ("6 hrs", "RESULT"), ("HR", "PROCEDURE"), ("142", "RESULT"),
      ("Dr. Abebe", "PROVIDER"), ("metoprolol 25mg", "MEDICATION")],
     ["cardiology"], "Remote-monitoring findings with values (HR = heart rate, a measure -> PROCEDURE, decision 6) and a new drug; the cardiology-named monitoring service is SPECIALTY (decision 20)."),
    ("bk0040", "Directions: we're in the brick building behind the BP gas station on Route 9. Free parking in back; after 5pm please use the side door.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "BP = the gas-station brand, not blood pressure; directions to the practice."),
    ("bk0041", "Hi Frank, your home BP log averaged 158/96 over the last 2 wks - too high. Dr. Lin is increasing your lisinopril to 20 mg daily. Recheck BP in 2 weeks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Frank", "NAME"), ("BP", "PROCEDURE"), ("158/96", "RESULT"), ("too high", "RESULT"), ("Dr. Lin", "PROVIDER"),
      ("lisinopril", "MEDICATION"), ("BP", "PROCEDURE", 1)],
     ["cardiology", "primary-care"], "Home BP values, an interpretation and a dose change (dose not adjacent to the drug, so outside the span)."),
    ("bk0042", "Free BP checks every Wednesday 10-2 in our lobby during Heart Month - no appointment needed. Bring a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "Broadcast of free blood-pressure checks to everyone (README broadcast convention)."),
    ("bk0043", "Tumor board rec for your lung CA: 4 cycles of carbo/pem, then a re-scan. Dr. Wexler will go over the details with you Mon at 10.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tumor board", "SPECIALTY"), ("lung CA", "CONDITION"), ("carbo/pem", "MEDICATION"), ("Dr. Wexler", "PROVIDER")],
     ["oncology", "shorthand"], "CA = cancer: a diagnosis and a chemotherapy plan. 'Tumor board' names the oncology service (SPECIALTY, decision 20)."),
    ("bk0044", "Path from your breast bx came back: invasive ductal CA, ER+/PR+, HER2 neg. Dr. Wexler will see you Thurs to talk about surgery + next steps.",
     "BLOCK", "result", "sms", "en",
     [("breast bx", "PROCEDURE"), ("invasive ductal CA", "CONDITION"), ("ER+/PR+", "RESULT"), ("HER2", "PROCEDURE"), ("neg", "RESULT"),
      ("Dr. Wexler", "PROVIDER")],
     ["oncology", "shorthand"], "Pathology result with receptor status (ER = estrogen receptor, not emergency room)."),
    ("bk0045", "Lab reminder: your CA-125 draw is due before your visit with Dr. Wexler on 7/8. Walk in any weekday 7a-4p at our 1st-floor lab.",
     "REWRITE", "reminder", "sms", "en",
     [("CA-125", "PROCEDURE"), ("Dr. Wexler", "PROVIDER"), ("7/8", "DATE")],
     ["oncology", "lab"], "CA-125 is a tumor-marker test: the named test goes ('draw' outside), 'your lab draw is due' survives."),
    ("bk0046", "Sra. Lucero, su resultado del Papanicolaou salió normal, sin datos de CaCu. Su próxima revisión es en 3 años. Saludos, Centro de Salud La Esperanza.",
     "BLOCK", "result", "sms", "es",
     [("Lucero", "NAME"), ("Papanicolaou", "PROCEDURE"), ("normal", "RESULT"), ("CaCu", "CONDITION")],
     ["reproductive", "negation"], "A normal result is still a result (README); CaCu = cáncer cervicouterino, negated but named."),
    ("bk0047", "Asunto: Su estado de cuenta de octubre\n\nEstimado paciente:\n\nSu estado de cuenta ya está disponible en el portal. Si tiene dudas sobre algún cargo, puede mandarnos DM por Facebook o escribirnos por WhatsApp de lunes a viernes de 8 a 17 h, o pasar a la caja en horario de oficina.\n\nAceptamos tarjeta de débito y crédito, transferencia y efectivo. Si necesita un plan de pagos, pregunte por la opción de 3 o 6 meses sin intereses; no se cobra comisión. Si ya realizó su pago, por favor ignore este mensaje y gracias por su puntualidad.\n\nRecuerde que nunca le pediremos su NIP ni los datos completos de su tarjeta por correo.\n\nAtentamente,\nDepartamento de Facturación\nClínica Familiar Santa Rosa",
     "ALLOW", "billing", "email", "es", [],
     ["general", "hard-negative", "broadcast"], "DM = mensaje directo; NIP = PIN; a statement notice with no amount, name or identifier."),
    ("bk0048", "DM educator note: your A1c is 9.4, up from 8.1 in March. Increase Lantus to 28 units at bedtime and check sugars before breakfast. - Nina, CDCES",
     "BLOCK", "care-instructions", "sms", "en",
     [("DM educator", "SPECIALTY"), ("A1c", "PROCEDURE"), ("9.4", "RESULT"), ("8.1", "RESULT"), ("Lantus", "MEDICATION"),
      ("sugars", "PROCEDURE"), ("Nina", "PROVIDER"), ("CDCES", "SPECIALTY")],
     ["primary-care", "shorthand"], "DM = diabetes mellitus here: results and a dose change. 'DM educator' is one SPECIALTY role span and CDCES a specialty credential (decision 9); 'check sugars' is a measure (decision 6)."),
)

# ---------------------------------------------------------------- batch 5 (bk0049-bk0060): HR, OR, IV, ID, DOB
add(
    ("bk0049", "Harbor Logistics team: HR and our on-site clinic are hosting flu shot day Thursday 7a-3p in the Bldg C cafeteria. Bring your badge - no cost to you.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "HR = human resources; an employer-wide flu-shot broadcast."),
    ("bk0050", "Hi, this is Kevin with CardioWatch remote monitoring, calling for Leonard Bishop. Your resting HR has been in the 40s overnight for three nights in a row. Please call us back at (720) 555-0163 so a nurse can review, and don't take any extra digoxin until you speak with us.",
     "BLOCK", "result", "voice", "en",
     [("Kevin", "PROVIDER"), ("CardioWatch", "SPECIALTY"), ("Leonard Bishop", "NAME"), ("HR", "PROCEDURE"), ("in the 40s", "RESULT"),
      ("(720) 555-0163", "PHONE"), ("digoxin", "MEDICATION")],
     ["cardiology", "practice-contact"], "Voicemail (treated like SMS): HR = heart rate with values, a drug instruction and the patient's full name; 'CardioWatch' is SPECIALTY (decision 20)."),
    ("bk0051", "Update from the surgical waiting room: Tomas went into the OR at 10:42. We'll text again when he's in recovery - usually 2-3 hrs. Coffee is on the 1st floor.",
     "REWRITE", "other", "sms", "en",
     [("Tomas", "NAME")],
     ["general", "third-party"], "OR = operating room, generic like 'surgery' alone (decision 4); a family member's logistics with a name and no finding -> REWRITE (decision 18)."),
    ("bk0052", "Portland, OR: due to snow, all Eastside Clinic appointments before 10am Tuesday are switching to video. We'll text you a link an hour before.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "OR = Oregon; a weather broadcast from a generic clinic."),
    ("bk0053", "Reply 1 to confirm or 2 to reschedule. Text HELP for help or STOP to opt out. Msg & data rates may apply.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "'or' is the conjunction; keyword boilerplate only."),
    ("bk0054", "Infusion Center: your IV iron infusion (Venofer 200 mg) is confirmed for Mon 11/2 at 1pm, chair 6. Eat a normal lunch and bring a book!",
     "REWRITE", "confirmation", "sms", "en",
     [("Infusion Center", "SPECIALTY"), ("IV iron infusion", "PROCEDURE"), ("Venofer 200 mg", "MEDICATION"), ("11/2", "DATE")],
     ["general"], "IV as part of the named service goes inside the PROCEDURE span (decision 8); service name, procedure and drug go, date/time survive. 'Eat a normal lunch' is not a treatment instruction."),
    ("bk0055", "Parking update: Lot IV is closed for repaving this week. Please use Lot II off Cedar Ave - shuttles run every 10 min to the main entrance.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "IV = Roman numeral four (a parking lot)."),
    ("bk0056", "Summer glow special: $99 IV hydration drips at Luxe Aesthetics all July. Book at luxe-aesthetics.example.com/iv or reply GLOW.",
     "ALLOW", "marketing", "sms", "en",
     [("luxe-aesthetics.example.com/iv", "URL")],
     ["dermatology", "broadcast", "practice-contact"], "A med-spa promotion sent to every client: the service on offer says nothing about the recipient (decision 12); the spa's own booking link is labelled, allowed."),
    ("bk0057", "ID clinic update: your viral load is undetectable (<20) and CD4 is 640. Keep taking Biktarvy once a day; next labs in 6 months.",
     "BLOCK", "result", "sms", "en",
     [("ID", "SPECIALTY"), ("viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("<20", "RESULT"), ("CD4", "PROCEDURE"), ("640", "RESULT"),
      ("Biktarvy", "MEDICATION")],
     ["hiv-sexual-health"], "ID = infectious disease; HIV results (good news is still a result) and an HIV drug."),
    ("bk0058", "Reminder: ID clinic f/u w/ Dr. Nakamura Thu 8/20 at 2:15pm, Bldg B. Pls bring all your pill bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("ID", "SPECIALTY"), ("Dr. Nakamura", "PROVIDER"), ("8/20", "DATE")],
     ["hiv-sexual-health", "shorthand"], "ID = infectious disease clinic ('clinic' outside); removable, the follow-up logistics survive (decision 11 for the tag)."),
    ("bk0059", "Para su cita del lunes traiga su INE u otra identificación oficial y su credencial del seguro. Llegue 15 min antes. Clínica Santa Fe.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "INE = the voter ID card to bring, no number given; logistics only."),
    ("bk0060", "To verify it's you, reply with your DOB (MM/DD/YYYY). We will never ask for your SSN or card number by text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Mentions DOB and SSN as labels only; no value is in the text."),
)

# ---------------------------------------------------------------- batch 6 (bk0061-bk0072): DOB, PCP, PA, staff shorthand
add(
    ("bk0061", "Thanks for checking in! We have you as Janelle Ortiz, DOB 04/19/1988, PCP Dr. Amadi. Reply NO if anything is wrong.",
     "BLOCK", "confirmation", "sms", "en",
     [("Janelle Ortiz", "NAME"), ("04/19/1988", "DATE"), ("Dr. Amadi", "PROVIDER")],
     ["primary-care", "dob"], "Full date of birth with the patient's name (README verdict convention)."),
    ("bk0062", "Need a new PCP? Two of our doctors are accepting new patients this fall. Reply NEW and we'll call you to set up a first visit.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "PCP = primary care provider, generic primary care; a broadcast."),
    ("bk0063", "Your appt tomorrow at 11:30 is with Jordan Mills, PA-C (Dr. Stein is out). Same office: 200 Market St, Suite 4, Harrisburg, PA 17101.",
     "ALLOW", "reminder", "sms", "en",
     [("Jordan Mills, PA-C", "PROVIDER"), ("Dr. Stein", "PROVIDER"), ("200 Market St, Suite 4, Harrisburg, PA 17101", "ADDRESS")],
     ["primary-care", "practice-contact"], "PA-C = physician assistant credential, kept in the PROVIDER span (decision 9); PA = Pennsylvania in the practice's own address."),
    ("bk0064", "Subject: Update on your prior authorization\n\nHello,\n\nGood news: your insurance approved the PA for Humira 40 mg pens, valid for 12 months. Our specialty pharmacy partner will call you within 2 business days from (888) 555-0190 to set up delivery and collect any copay. If you have a manufacturer copay card, please have it handy when they call.\n\nA few reminders about deliveries: an adult needs to sign for the package, and it ships in a cooler with ice packs, so please plan to be home on the delivery day. If your mailing address or phone number has changed, let us know before they call.\n\nIf you don't hear from them by Friday, call our office at (919) 555-0134 and ask for the prior auth team. Please do not reply to this email with insurance or card numbers.\n\nThank you,\nPrior Authorization Team\nTriangle Internal Medicine",
     "REWRITE", "other", "email", "en",
     [("Humira 40 mg pens", "MEDICATION"), ("(888) 555-0190", "PHONE"), ("(919) 555-0134", "PHONE")],
     ["pharmacy", "practice-contact"], "PA = prior authorization (not a provider). The drug name (with strength and form) goes; the approval notice and the vendor's and practice's phones survive."),
    ("bk0065", "Don Rigoberto, su PA de hoy salió en 168/102. La Dra. Salcedo le subió el losartán a 100 mg al día; tómeselo en la mañana. Revisión en 2 semanas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Rigoberto", "NAME"), ("PA", "PROCEDURE"), ("168/102", "RESULT"), ("Dra. Salcedo", "PROVIDER"), ("losartán", "MEDICATION")],
     ["primary-care", "cardiology", "shorthand"], "PA = presión arterial (a measure, decision 6) with its value and a dose change."),
    ("bk0066", "Hola! Ya quedó su cita pa'l jueves a las 4. Si no puede venir avísenos pa darle el lugar a otro paciente. Gracias!!",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative", "shorthand"], "'pa' = para in informal Spanish, not presión arterial or physician assistant."),
    ("bk0067", "Hi Carla - Dr. Obi's office. Ur post-op f/u s/p lap chole is Mon 10/5 @ 9:40. Pls arrive 10 min early. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Carla", "NAME"), ("Dr. Obi", "PROVIDER"), ("post-op", "PROCEDURE"), ("lap chole", "PROCEDURE"), ("10/5", "DATE")],
     ["general", "shorthand"], "s/p lap chole = after gallbladder surgery: named procedure and post-op label go, 'f/u' and the time survive."),
    ("bk0068", "Hi Mrs. Petrakis, we got your hx form. Since you marked hx of DVT and you're on estrogen, Dr. Kaye does NOT want you to start the new birth control - pls call to discuss options.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Petrakis", "NAME"), ("DVT", "CONDITION"), ("estrogen", "MEDICATION"), ("Dr. Kaye", "PROVIDER"), ("birth control", "MEDICATION")],
     ["reproductive", "shorthand"], "History of a condition, current medication and a treatment decision."),
    ("bk0069", "Triage RN here - we got your msg c/o SOB and chest tightness since this am. Please go to the ED now or call 911. Do not wait for tomorrow's appt.",
     "BLOCK", "care-instructions", "sms", "en",
     [("SOB", "CONDITION"), ("chest tightness", "CONDITION")],
     ["urgent-care", "shorthand"], "c/o SOB = complains of shortness of breath: symptoms are conditions (README) and the message is a triage instruction. 'the ED' is a destination, not labelled (decision 3)."),
    ("bk0070", "Your rx is ready for pickup at Elm & 3rd Pharmacy. Pickup hrs 9a-9p daily. Reply STOP to end texts.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative", "shorthand"], "rx = prescription, generic; a generic pharmacy name; no drug named."),
    ("bk0071", "Bright Smiles Dental: your tx plan estimate is ready in the portal. Ins est. covers 60%; your est. portion is $412. Questions? Reply here.",
     "REWRITE", "billing", "sms", "en",
     [("Bright Smiles Dental", "SPECIALTY")],
     ["dental", "shorthand"], "tx plan = treatment plan, generic; the dental practice name reveals the service (README) and goes."),
    ("bk0072", "New dx from today's visit: OSA, moderate (AHI 22). Dr. Petit ordered CPAP - a DME company will call you to set it up. -Restwell Sleep Center",
     "BLOCK", "result", "sms", "en",
     [("OSA", "CONDITION"), ("moderate", "RESULT"), ("AHI", "PROCEDURE"), ("22", "RESULT"), ("Dr. Petit", "PROVIDER"), ("CPAP", "PROCEDURE"),
      ("Restwell Sleep Center", "SPECIALTY")],
     ["general", "shorthand"], "dx = diagnosis: a new diagnosis with severity and index value, plus the device ordered. DME (durable medical equipment) is generic."),
)

# ---------------------------------------------------------------- batch 7 (bk0073-bk0084): Spanish shorthand, vendors and systems
AVS = "AVS: Dx E11.9 Type 2 DM w/o complications; I10 HTN. Meds: metformin 1000mg BID, amlodipine 5mg daily. F/U 3 mo w/ PCP."
AVS_SPANS = [("E11.9", "CONDITION"), ("Type 2 DM", "CONDITION"), ("I10", "CONDITION"), ("HTN", "CONDITION"),
             ("metformin 1000mg", "MEDICATION"), ("amlodipine 5mg", "MEDICATION")]
add(
    ("bk0073", "Farmacia Bienestar: su receta de metformina 850 mg ya está lista. Horario de 9 a 21 h. Responda BAJA para no recibir mensajes.",
     "REWRITE", "pickup", "sms", "es",
     [("metformina 850 mg", "MEDICATION")],
     ["pharmacy"], "Pickup notice: the drug with its strength goes, 'su receta ya está lista' survives."),
    ("bk0074", "Sra. Benítez, sus análisis salieron con glucosa en ayunas de 186 mg/dL. Por su DM2 e HTA el Dr. Ferrer quiere verla esta semana para ajustarle la insulina.",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("glucosa en ayunas", "PROCEDURE"), ("186 mg/dL", "RESULT"), ("DM2", "CONDITION"), ("HTA", "CONDITION"),
      ("Dr. Ferrer", "PROVIDER"), ("insulina", "MEDICATION")],
     ["primary-care", "shorthand"], "A value, two diagnoses in shorthand (DM2 = diabetes tipo 2, HTA = hipertensión arterial) and a treatment change."),
    ("bk0075", "Actualice sus datos: si cambió de domicilio, de teléfono o de CP, avísenos en recepción o en el portal. Gracias. Centro Médico Las Palmas.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "CP = código postal (the word, no value), not a condition (cerebral palsy) or a test."),
    ("bk0076", "Hola Yesenia, te recordamos tu USG obstétrico el viernes 22 de agosto a las 9:30 en Imagen Diagnóstica del Norte. Llega 15 minutos antes con tu orden.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("USG obstétrico", "PROCEDURE"), ("22 de agosto", "DATE"), ("Imagen Diagnóstica del Norte", "SPECIALTY")],
     ["reproductive", "imaging", "shorthand"], "USG obstétrico = obstetric ultrasound (reveals a pregnancy); name, test and imaging-center name go, date and time survive."),
    ("bk0077", "Buenas tardes, le habla la enfermera Lupita del consultorio. Su EGO salió con datos de IVU; el doctor le mandó ciprofloxacino 500 mg cada 12 h por 7 días.",
     "BLOCK", "result", "sms", "es",
     [("enfermera Lupita", "PROVIDER"), ("EGO", "PROCEDURE"), ("IVU", "CONDITION"), ("ciprofloxacino 500 mg", "MEDICATION")],
     ["primary-care", "shorthand"], "EGO = examen general de orina, IVU = infección de vías urinarias: a result, a diagnosis and dosing."),
    ("bk0078", "Le recordamos su cita con el Dr. Arce el 9 de octubre a las 11:15. Si no puede asistir, llame al (915) 555-0186. Clínica Familiar Juárez.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arce", "PROVIDER"), ("9 de octubre", "DATE"), ("(915) 555-0186", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the practice's own phone; 'Juárez' is part of a generic practice name."),
    ("bk0079", "Remindr: Appt CONFIRMED | Dr. Whitfield | Tue 03/10 08:00 | Loc: Harbor Family Med | Dept: PCP | Ref# A7Q2X",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("03/10", "DATE")],
     ["primary-care", "contrast"], "Vendor confirmation string: Dept: PCP is generic primary care and the booking reference is not labelled (decision 17). Cf. bk0080."),
    ("bk0080", "Remindr: Appt CONFIRMED | Dr. Whitfield | Tue 03/10 10:30 | Loc: Harbor Cancer Institute | Dept: ONC | Visit: CHEMO TEACH | Pt: GARZA, R",
     "REWRITE", "confirmation", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("03/10", "DATE"), ("Harbor Cancer Institute", "SPECIALTY"), ("ONC", "SPECIALTY"), ("CHEMO TEACH", "PROCEDURE"),
      ("GARZA, R", "NAME")],
     ["oncology", "contrast"], "Same vendor format as bk0079 with an oncology location, department code (SPECIALTY), visit code (PROCEDURE) and the patient's name: all removable (decision 17)."),
    ("bk0081", "New results are available in your Health Portal. Log in any time to view them. Questions? Message your care team.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["lab", "hard-negative"], "The safe 'notification without PHI' pattern: that results exist, not what they are."),
    ("bk0082", "Crestline Labs: your specimen was received. Accession # CL-2207-44931. Results usually post to your portal in 2-3 business days.",
     "REWRITE", "other", "sms", "en",
     [("CL-2207-44931", "OTHER_ID")],
     ["lab"], "An accession number is OTHER_ID (README) and not needed for a receipt notice."),
    ("bk0083", AVS,
     "BLOCK", "care-instructions", "sms", "en", AVS_SPANS,
     ["primary-care", "shorthand", "contrast"], "After-visit summary by SMS: diagnoses as ICD-10 codes and shorthand (decision 7) and doses. Same text on the portal is ALLOW (bk0084)."),
    ("bk0084", AVS,
     "ALLOW", "care-instructions", "portal", "en", AVS_SPANS,
     ["primary-care", "shorthand", "contrast"], "Same after-visit summary inside the secure portal: diagnoses and doses may stay (README channel convention)."),
)

# ---------------------------------------------------------------- batch 8 (bk0085-bk0096): disguises, long e-mails, PT/INR
add(
    ("bk0085", "Corner Drug: ur v i a g r a 100 is ready, discreet bag at register 2. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("v i a g r a 100", "MEDICATION")],
     ["pharmacy", "spaced", "shorthand"], "Spaced-out drug name with its strength in a pickup notice: removable, the pickup survives."),
    ("bk0086", "Reminder: H\u200bI\u200bV clinic f/u w/ Dr. Mensah Tue 4/7 at 10am, 2nd floor. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("H\u200bI\u200bV", "CONDITION"), ("Dr. Mensah", "PROVIDER"), ("4/7", "DATE")],
     ["hiv-sexual-health", "shorthand"], "HIV split by zero-width spaces, used as a visit label ('clinic' outside); removable, logistics survive."),
    ("bk0087", "Lakeshore Neurology: your \u041c\u0405 infusion day is Thu 5/7 at 8 AM, chair 4. Plan on about 4 hrs.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Neurology", "SPECIALTY"), ("\u041c\u0405", "CONDITION"), ("infusion", "PROCEDURE"), ("5/7", "DATE")],
     ["general"], "MS written with Cyrillic Em and Dze look-alikes; in a neurology infusion notice it is multiple sclerosis. Name of practice, condition and procedure go."),
    ("bk0088", "Pharmacy: your 0xyc0d0ne 5 mg refill needs a new signed script from Dr. Hale before we can fill it. We'll text you when it's in.",
     "REWRITE", "pickup", "sms", "en",
     [("0xyc0d0ne 5 mg", "MEDICATION"), ("Dr. Hale", "PROVIDER")],
     ["pharmacy", "leet"], "Leetspeak controlled-substance name; 'your refill needs a new signed script from Dr. Hale' survives."),
    ("bk0089", "Subject: Your upcoming visit\n\nDear Mr. Lindqvist,\n\nThank you for choosing Bayview Rheumatology. This is a reminder that your IV infusion appointment is scheduled for Wednesday, March 18 at 9:00 AM (Building 2, 3rd floor). Please plan to be with us for about 2.5 hours.\n\nParking is free in the garage off Shoreline Ave; bring your ticket to the front desk for validation. Please bring a photo ID, your insurance card and a list of any new medications.\n\nIf you need to reschedule, call us at (650) 555-0175 at least 48 hours in advance, or reply to this email. If you are running late, please call so we can hold your spot; arrivals more than 20 minutes late may need to be rescheduled. Wi-Fi and light snacks are available, and one adult companion is welcome.\n\nWarm regards,\nTeresa Nguyen\nPatient Coordinator\nBayview Rheumatology\n1200 Shoreline Ave, Suite 300, San Mateo, CA 94401",
     "REWRITE", "reminder", "email", "en",
     [("Lindqvist", "NAME"), ("Bayview Rheumatology", "SPECIALTY"), ("IV infusion", "PROCEDURE"), ("March 18", "DATE"),
      ("(650) 555-0175", "PHONE"), ("Teresa Nguyen", "PROVIDER"), ("Bayview Rheumatology", "SPECIALTY", 1),
      ("1200 Shoreline Ave, Suite 300, San Mateo, CA 94401", "ADDRESS")],
     ["general", "practice-contact"], "E-mail treated like SMS: name, rheumatology name (twice) and the infusion go (decision 8); the coordinator is the staff sender (PROVIDER); CA = California in the practice's own address."),
    ("bk0090", "Subject: Spring news from Cascade Family Health\n\nHello from all of us at Cascade Family Health! A few updates:\n\n- New hours: we're now open until 7 PM on Tuesdays and Thursdays.\n- Students: this spring we're hosting PA and MS nursing students from two Oregon universities. A student may ask to join your visit - it's always OK to say no.\n- Video visits now run on MS Teams or our own app, your choice.\n- We're hiring! PT and FT medical assistants and a front-desk lead. Staff, ask HR about referral bonuses.\n- Our Bend, OR and Redmond offices close early on the Friday before Memorial Day.\n\nReply STOP to unsubscribe from clinic news.\n\nCascade Family Health",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Newsletter full of everyday senses: PA/MS students, MS Teams, PT = part-time, HR, OR = Oregon; a holiday is not a date."),
    ("bk0091", "Hi Ms. Adeyemi,\n\nThis is Paula, Dr. Roth's MA. Dr. Roth reviewed the echo and Holter from last week. Quick summary: EF 35% (down from 45%), occasional PVCs, no sustained VT. She wants to increase your carvedilol to 12.5 mg twice daily starting tonight and add spironolactone 25 mg once daily. We'll also need a BMP in 1 week to check your potassium and kidney function.\n\nThe lab order is in; you can walk in at any of our draw sites. Your f/u with Dr. Roth is Tues 6/23 at 2:20 PM.\n\nIf you notice more swelling, a weight gain of 3 lb in a day, or trouble breathing lying flat, call us at (617) 555-0158 or go to the ED.\n\nPaula\nEastgate Heart & Vascular",
     "BLOCK", "result", "email", "en",
     [("Adeyemi", "NAME"), ("Paula", "PROVIDER"), ("Dr. Roth", "PROVIDER"), ("Dr. Roth", "PROVIDER", 1), ("echo", "PROCEDURE"),
      ("Holter", "PROCEDURE"), ("EF", "PROCEDURE"), ("35%", "RESULT"), ("45%", "RESULT"), ("PVCs", "CONDITION"),
      ("no sustained VT", "RESULT"), ("carvedilol", "MEDICATION"), ("spironolactone 25 mg", "MEDICATION"), ("BMP", "PROCEDURE"),
      ("potassium", "PROCEDURE"), ("kidney function", "PROCEDURE"), ("Dr. Roth", "PROVIDER", 2), ("6/23", "DATE"),
      ("swelling", "CONDITION"), ("trouble breathing lying flat", "CONDITION"), ("(617) 555-0158", "PHONE"), ("Paula", "PROVIDER", 1),
      ("Eastgate Heart & Vascular", "SPECIALTY")],
     ["cardiology", "shorthand", "practice-contact"], "Long e-mail: EF and rhythm results, dose changes and warning symptoms; MA = medical assistant, generic; 'go to the ED' is generic advice (decision 3); potassium and kidney function are what the BMP checks (decision 21)."),
    ("bk0092", "appt tmrw 8:15 w/ Dr. Gill. fasting labs - nothing but water after midnight. bring ins card + photo ID",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Gill", "PROVIDER")],
     ["primary-care", "lab", "shorthand"], "Fasting for generic labs is logistics, not a treatment instruction (decision 15); 'labs' is a generic word."),
    ("bk0093", "Hi this is Gabby at Dr. Yoon's office, we have ur son Eli down for his 4 yr well check Fri 9/25 at 3:10. Pls bring his vaccine card!",
     "REWRITE", "reminder", "sms", "en",
     [("Gabby", "PROVIDER"), ("Dr. Yoon", "PROVIDER"), ("Eli", "NAME"), ("well check", "PROCEDURE"), ("9/25", "DATE")],
     ["pediatrics", "minor", "shorthand"], "A dependent's routine visit with a name: REWRITE (README); staff sender is PROVIDER; an age under 90 is not labelled."),
    ("bk0094", "Heads up: starting Monday our PT/OT gym moves to the 2nd floor. Check in at the main desk as usual; elevators are to the left.",
     "ALLOW", "other", "sms", "en", [],
     ["physical-therapy", "hard-negative", "broadcast"], "A broadcast about the practice's own gym; says nothing about the recipient (decision 12)."),
    ("bk0095", "This is an automated message from Summit Medical Group for Albert Nguyen. Your PT INR result today is 4.1. Please skip your warfarin tonight and call the anticoag clinic in the morning. To repeat this message, press 9.",
     "BLOCK", "result", "voice", "en",
     [("Albert Nguyen", "NAME"), ("PT INR", "PROCEDURE"), ("4.1", "RESULT"), ("warfarin", "MEDICATION"), ("anticoag", "SPECIALTY")],
     ["cardiology", "lab"], "PT = prothrombin time here: a result value and a dosing instruction, by voice (treated like SMS); 'anticoag' clinic is SPECIALTY (decision 20)."),
    ("bk0096", "Reminder: PT/INR fingerstick at the Coumadin clinic Thu 7:45a. No need to fast. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("PT/INR", "PROCEDURE"), ("Coumadin", "MEDICATION")],
     ["lab", "cardiology", "shorthand"], "PT/INR is a named test and 'Coumadin clinic' names the drug (decision 16); both go, the time survives."),
)

# ---------------------------------------------------------------- batch 9 (bk0097-bk0108): ER, OR, STD, GI, PFT, DIU, cx, PA
add(
    ("bk0097", "Dr. Sorensen is presenting at a Continuing Med Ed conference on Friday, so her Friday patients have been moved - check your portal for your new time or call (503) 555-0147.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Sorensen", "PROVIDER"), ("(503) 555-0147", "PHONE")],
     ["general", "practice-contact"], "Ed = education; a schedule change with the provider and the practice's phone."),
    ("bk0098", "Skip the ER wait: Northpoint Urgent Care is open 8a-8p every day, X-rays on site. Save your spot at northpoint.example.com/wait",
     "ALLOW", "marketing", "sms", "en",
     [("northpoint.example.com/wait", "URL")],
     ["urgent-care", "broadcast", "practice-contact"], "A broadcast advertisement: the urgent-care name and services say nothing about the recipient (decision 12); its own link is labelled, allowed."),
    ("bk0099", "Update for the Martinez family: Luis is out of the OR. Dr. Patel found a ruptured appendix, so he'll stay 2-3 nights on IV antibiotics. You can see him in about an hour.",
     "BLOCK", "other", "sms", "en",
     [("Martinez", "NAME"), ("Luis", "NAME"), ("Dr. Patel", "PROVIDER"), ("ruptured appendix", "CONDITION"), ("antibiotics", "MEDICATION")],
     ["general", "third-party"], "A relative's surgical finding and treatment: third party's health -> BLOCK (decision 18). OR itself is generic (decision 4); the route 'IV' is not labelled (decision 8)."),
    ("bk0100", "Your STD (short-term disability) paperwork was faxed to your employer's benefits office today. Allow 5-7 business days for them to process it.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "STD = short-term disability, spelled out in the text; no condition or identifier (decision 14)."),
    ("bk0101", "Reminder: STD screening w/ NP Kaur Wed 1/14 at 4:40 at Eastside Health. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("STD screening", "PROCEDURE"), ("NP Kaur", "PROVIDER"), ("1/14", "DATE")],
     ["hiv-sexual-health", "contrast"], "Here STD is a sexually transmitted disease: the named screening goes, the appointment survives (cf. bk0100)."),
    ("bk0102", "Hi Tyrell, your GI procedure is Tues 11/10 at 7am at Riverside Endoscopy Center. Your driver must stay on site the whole time.",
     "REWRITE", "reminder", "sms", "en",
     [("Tyrell", "NAME"), ("GI", "SPECIALTY"), ("11/10", "DATE"), ("Riverside Endoscopy Center", "SPECIALTY")],
     ["general"], "GI = gastroenterology ('procedure' outside); the endoscopy center's name reveals it. The driver rule is logistics."),
    ("bk0103", "Heads up, St. George, UT patients: our Red Cliffs office is closed Friday for staff training. Video visits stay open 7a-9p.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "UT = Utah (not UTI); a closure broadcast. A town and a state of the practice are not the patient's."),
    ("bk0104", "Reminder from Dr. Iyer's office: PFTs Mon 2/23 at 8:30am in the Pulm Lab, 4th floor. Wear comfy clothes; the test takes about an hour.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Iyer", "PROVIDER"), ("PFTs", "PROCEDURE"), ("2/23", "DATE"), ("Pulm Lab", "SPECIALTY")],
     ["general", "shorthand"], "PFTs = pulmonary function tests; 'Pulm Lab' names the pulmonology service. Pulmonology tagged general (decision 11)."),
    ("bk0105", "Hola Marisol, te esperamos el martes 3 de febrero a las 5 pm para la revisión de tu DIU con la Lic. Campos. Si no puedes venir, contesta NO.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("3 de febrero", "DATE"), ("DIU", "PROCEDURE"), ("Lic. Campos", "PROVIDER")],
     ["reproductive", "shorthand"], "DIU = dispositivo intrauterino, a device (PROCEDURE); name and device go, the appointment survives."),
    ("bk0106", "Su cita con la Dra. Ochoa es mañana a las 10:30. Conteste SÍ para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Ochoa", "PROVIDER")],
     ["primary-care"], "Provider and time only."),
    ("bk0107", "Wound cx from your L foot grew MRSA. Stop the Keflex and pick up doxycycline 100mg at Main St Pharmacy - 1 tab twice a day x10d with food.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Wound cx", "PROCEDURE"), ("MRSA", "RESULT"), ("Keflex", "MEDICATION"), ("doxycycline 100mg", "MEDICATION")],
     ["primary-care", "shorthand"], "cx = culture: an organism grown (RESULT, decision 13) and dosing instructions."),
    ("bk0108", "Update: your PA for Ozempic was denied - the plan requires an A1c of 7 or higher and yours was 6.4. Dr. Lin can appeal or switch you to metformin; reply CALL.",
     "BLOCK", "billing", "sms", "en",
     [("Ozempic", "MEDICATION"), ("A1c", "PROCEDURE"), ("6.4", "RESULT"), ("Dr. Lin", "PROVIDER"), ("metformin", "MEDICATION")],
     ["pharmacy", "primary-care"], "PA = prior authorization; the denial reason quotes the patient's A1c value -> a result. The plan's threshold (7) is not the patient's value."),
)

# ---------------------------------------------------------------- batch 10 (bk0109-bk0120): AC, ac/hs, Spanish, OT push, TSH, POS, DOB
TSH = "Hi Lena, Dr. Cho here. Your TSH was 6.8 (H), so let's bump your levothyroxine to 75 mcg daily. Recheck TSH in 6 wks - the order is in."
TSH_SPANS = [("Lena", "NAME"), ("Dr. Cho", "PROVIDER"), ("TSH", "PROCEDURE"), ("6.8", "RESULT"), ("6.8 ([[H]])", "RESULT"),
             ("levothyroxine", "MEDICATION"), ("TSH", "PROCEDURE", 1)]
add(
    ("bk0109", "Our AC is being repaired Thursday, so the waiting room may be warm. Cold water is at the front desk - sorry for the trouble!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "AC = air conditioning, not 'ac' (before meals) of a sig."),
    ("bk0110", "Novolog 6 units ac meals, Lantus 20 units hs. Check sugar qid and text us your readings Fri. -Dr. Banerjee's RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("Novolog", "MEDICATION"), ("Lantus", "MEDICATION"), ("sugar", "PROCEDURE"), ("Dr. Banerjee", "PROVIDER")],
     ["primary-care", "shorthand"], "Insulin sig in shorthand (ac = before meals, hs = bedtime, qid = four times a day): dosing instructions. 'Check sugar' is a measure (decision 6)."),
    ("bk0111", "Buenas! Le recordamos q mañana cerramos temprano x el día festivo. Xfa reagende en línea si su cita era en la tarde. Gracias!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast", "shorthand"], "Texting shorthand (q = que, x = por, xfa = por favor) in a holiday-hours broadcast."),
    ("bk0112", "Señora, los análisis de su mamá salieron con la creatinina en 2.4; el doctor dice que su IRC está avanzando y hay que verla el lunes sin falta.",
     "BLOCK", "result", "sms", "es",
     [("creatinina", "PROCEDURE"), ("2.4", "RESULT"), ("IRC", "CONDITION")],
     ["dialysis", "third-party"], "A relative's value and diagnosis (IRC = insuficiencia renal crónica) sent to the daughter: third party's health."),
    ("bk0113", "Recordatorio: terapia física (TF) para Joaquín el miércoles 8 de julio a las 4:00 pm en Rehabilitación Integral del Sur. Traiga ropa cómoda.",
     "REWRITE", "reminder", "sms", "es",
     [("terapia física", "PROCEDURE"), ("TF", "PROCEDURE"), ("Joaquín", "NAME"), ("8 de julio", "DATE"), ("Rehabilitación Integral del Sur", "SPECIALTY")],
     ["physical-therapy"], "Therapy (spelled out and as TF), name and rehab-practice name go (decision 2); date and time survive."),
    ("bk0114", "Heads up: your OT appt moved to 3:15 PM today. Same room. Reply OK.",
     "REWRITE", "reminder", "push", "en",
     [("OT", "PROCEDURE")],
     ["physical-therapy", "shorthand"], "OT next to 'appt' is occupational therapy, not overtime (decision 2); on a lock screen it goes, the new time survives."),
    ("bk0115", TSH,
     "ALLOW", "result", "portal", "en", TSH_SPANS,
     ["primary-care", "contrast"], "Result, flag and dose change inside the secure portal: allowed (README channel convention). Same text by SMS: bk0116."),
    ("bk0116", TSH,
     "BLOCK", "result", "sms", "en", TSH_SPANS,
     ["primary-care", "contrast"], "Same message by SMS: a result with a flag and a dose change must not go by text."),
    ("bk0117", "Per HIPAA we can't discuss results by text. Log in to the portal or call the nurse line and we'll go over them with you.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "No test or value named ('results' is generic)."),
    ("bk0118", "Your COVID swab is neg but strep is pos. Amoxicillin 500mg was sent to Oak Hill Pharmacy - 1 cap 2x/day x10 days. Back to school or work after 24 hrs on it.",
     "BLOCK", "result", "sms", "en",
     [("COVID swab", "PROCEDURE"), ("neg", "RESULT"), ("strep", "PROCEDURE"), ("pos", "RESULT"), ("Amoxicillin 500mg", "MEDICATION")],
     ["urgent-care", "shorthand"], "neg/pos results in shorthand and dosing."),
    ("bk0119", "Our new POS system is live! Tap to pay your copay at check-in. Receipts by text or email - your choice.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "POS = point of sale, not 'positive'."),
    ("bk0120", "Your portal account is almost ready. At check-in we'll confirm your DOB (07/04/1979) and MRN 88204177 - no need to reply to this text.",
     "REWRITE", "other", "sms", "en",
     [("07/04/1979", "DATE"), ("88204177", "MRN")],
     ["general", "dob"], "A date of birth without a name is REWRITE (README); the MRN is not needed for the notice."),
)
probe_lib.run(M, "bk", "probe60.jsonl")
