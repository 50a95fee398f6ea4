#!/usr/bin/env python3
"""Build corpus/probe53.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe53.py [OUT] [-v]   (default: probe53.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only; the engine was
not run and no other corpus, test or source file was read.

This round is UROLOGY, GASTROENTEROLOGY, COLORECTAL AND MEN'S HEALTH: what GI and urology
practices, endoscopy and surgery centers, colorectal surgeons, liver clinics, men's-health
telehealth services, specialty pharmacies and stool-test vendors send — colonoscopy and EGD
scheduling, bowel-prep instructions and prep pickups, Cologuard/FIT/stool-DNA kits and returns,
capsule endoscopy, polyp and biopsy pathology, IBD infusions and biologics, hemorrhoid banding,
fistulas and ostomy supplies, FibroScan, PSA and prostate biopsy, vasectomy and semen analysis,
kidney stones, cystoscopy and lithotripsy, incontinence and pelvic-floor therapy, ED and
hair-loss shipments, testosterone clinics. Logistics that may go as written, messages that may
go once a name, service, procedure, drug or identifier is removed, and messages that must not go
by text. Hard negatives: "prep" for meals and school, "stones" (a practice name, curling, a
kids' garden), "polish" (nail polish, the language), "kit" (emergency kit), "stool" (step
stool), "colon" (punctuation, Parque Colón), "PSA" (public service announcement), "ED"
(emergency department), "bowl", "bands", gut-health and Movember broadcasts, discreet-packaging
promotions without a drug, "CYSTO" as a product code. 18 of 120 in Spanish (15%); four disguised
messages (leet, spaced letters, zero-width characters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tags: the vocabulary has no GI, urology or colorectal tag, so those practices'
     messages carry `general`, plus a closer tag where one fits: stool tests, PSA draws, semen
     analysis and pathology -> `lab`; biologics, prep drugs, ED/hair-loss/testosterone shipments
     -> `pharmacy`; vasectomy, ED, testosterone and semen analysis -> `reproductive` (male
     reproductive/sexual health; `fertility` added for a low sperm count); prostate and colon
     cancer -> `oncology`; capsule endoscopy, FibroScan, prostate MRI -> `imaging`; pelvic-floor
     therapy and continence clinics -> `physical-therapy`; hair loss -> `dermatology`; ostomy
     supplies -> `home-health`.
  2. Gastroenterology, GI, urology, colorectal, hepatology, andrology, continence, IBD, "Low T",
     men's-health and infusion-suite names and words are specialty-revealing (SPECIALTY, REWRITE)
     even though DESIGN.md's list does not name them: each reveals the organ system or condition.
     "Surgery Center", "Surgical Arts", "Medical Group", "Home Medical", "Medical Lab" and a
     neutral telehealth brand ("Crestline", "Northwind") are generic and stay unlabelled.
  3. Bowel prep and test preparation: generic diet, fasting, driver and nail-polish logistics
     with no procedure or drug named -> ALLOW; a prep drug in a pickup notice -> REWRITE; a named
     prep drug with a dosing schedule, or an instruction to stop or start a named drug before a
     test -> BLOCK (a dosing instruction; nothing useful survives its removal).
  4. Stool tests: the named test or product (Cologuard, FIT, stool DNA test, prueba de sangre
     oculta en heces) is PROCEDURE; "kit" after it stays outside as a generic container word
     (like "visit"); colonoscopy "prep" is PROCEDURE (README). Any stool-test result, including
     a negative one, is BLOCK.
  5. Pathology findings (adenomas, polyp, "no carcinoma identified", sizes, cores) are RESULT;
     Gleason is a scale (PROCEDURE) and its score a RESULT; a diagnosis named as such (Crohn's,
     adenocarcinoma, cancer, diverticulitis) is CONDITION. "Pathology" in "pathology results"
     reveals a biopsy and is labelled PROCEDURE, so a pathology-ready notice is REWRITE.
  6. A drug with its administration word ("Entyvio infusion", "Lupron Depot injection") is one
     MEDICATION span, following README's `cortisone injection`; "testosterone pellet" likewise.
  7. An adult's procedure sent to the adult who escorts or is told about it (spouse, partner) is
     a third party's health -> BLOCK; README's REWRITE exception covers dependents' routine
     visits only.
  8. A carrier tracking link carrying the tracking number is patient-specific (URL, REWRITE);
     order numbers are OTHER_ID (as build_probe7's docstring decided); an MRN given for a kiosk
     is still MRN.
  9. A capsule-endoscopy recorder's serial number is DEVICE_ID (REWRITE).
 10. Post-procedure care instructions that name the procedure (icing, sitz baths, when to call)
     are treatment instructions -> BLOCK.
 11. A credential that names a specialty is SPECIALTY (README's DDS/DPT), so `PT` after a
     therapist's name is SPECIALTY; `RD` (dietitian) is treated as generic like `RN`.
 12. Broadcasts about men's health (Men's Health Month, Movember), gut health and fiber are
     ALLOW with no span when the sender's name is generic, like flu-shot broadcasts.
 13. "PSA" the test is PROCEDURE ("PSA" alone, with "blood draw" outside as generic);
     "PSA:" as a public service announcement is a hard negative.
 14. Symptoms named in a "call us if" sentence are labelled CONDITION even when hypothetical
     (README: symptoms are conditions), and the line is tagged by its verdict, not by them.
 15. The severity, extent or activity of a condition ("mild", "uncomplicated", "significant",
     "flare", "leve del lado izquierdo") is a RESULT span next to the CONDITION, extending
     README's "a state a condition is in is a RESULT" (`en remisión`).

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


# ---------------------------------------------------------------- batch 1 (bd0001-bd0012): colonoscopy scheduling and prep
add(
    ("bd0001", "Ridgeview Surgery Center: Your procedure with Dr. Castellano is Tue 3/10. Arrive 6:45 AM. You must have a responsible adult drive you home - rideshare or taxi alone is not allowed. Please remove nail polish from one finger. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Castellano", "PROVIDER"), ("3/10", "DATE")],
     ["general"], "Decisions 2 and 3: 'Surgery Center' and 'procedure' are generic; driver and nail-polish logistics name no procedure."),
    ("bd0002", "Hi Terrence, this is Bianca from Lakeshore Gastroenterology. Ur colonoscopy is set for Fri 4/17 at 8:15am w/ Dr. Obi. Pls call 312-555-0147 if u need to move it.",
     "REWRITE", "reminder", "sms", "en",
     [("Terrence", "NAME"), ("Bianca", "PROVIDER"), ("Lakeshore Gastroenterology", "SPECIALTY"), ("colonoscopy", "PROCEDURE"), ("4/17", "DATE"), ("Dr. Obi", "PROVIDER"), ("312-555-0147", "PHONE")],
     ["general", "shorthand", "practice-contact"], "Name, GI practice name and procedure go (decision 2); staff sender is PROVIDER; date, time, provider and the practice phone stay."),
    ("bd0003", "Subject: Your prep instructions\n\nDear Patient,\n\nYour colonoscopy is scheduled for 5/6. Follow these steps exactly:\n\nDAY BEFORE: clear liquids only, all day. No red or purple drinks.\n6:00 PM: Pour one 6-oz bottle of SUPREP into the mixing container, add cool water to the 16-oz line and drink all of it. Then drink two more 16-oz containers of water over the next hour.\n\nMORNING OF (5 hours before arrival): repeat the same steps with the second bottle. Finish all liquids at least 2 hours before your arrival time.\n\nIf you take insulin or a blood thinner, call us - your dose may need to change.\n\nHarborview GI Endoscopy Unit\n(617) 555-0154",
     "BLOCK", "care-instructions", "email", "en",
     [("prep", "PROCEDURE"), ("colonoscopy", "PROCEDURE"), ("5/6", "DATE"), ("SUPREP", "MEDICATION"), ("insulin", "MEDICATION"), ("blood thinner", "MEDICATION"), ("Harborview GI Endoscopy Unit", "SPECIALTY"), ("(617) 555-0154", "PHONE")],
     ["general", "pharmacy", "practice-contact"], "Decision 3: a named prep drug with a split-dose schedule is a dosing instruction; removing the drug and the procedure leaves nothing usable. Send via portal."),
    ("bd0004", "Reminder for tomorrow: clear liquids only all day (broth, apple juice, white grape juice, Jell-O). Nothing by mouth after midnight. Questions before 5 PM? Call 312-555-0147.",
     "ALLOW", "care-instructions", "sms", "en",
     [("312-555-0147", "PHONE")],
     ["general", "practice-contact"], "Decision 3: generic clear-liquid and fasting instructions with no procedure or drug named; the practice's own phone."),
    ("bd0005", "Corner Drug #0412: Your prescription GAVILYTE-G 4L is ready for pickup. Please pick up by 3/2 or it will be returned to stock. Reply HELP for help.",
     "REWRITE", "pickup", "sms", "en",
     [("GAVILYTE-G 4L", "MEDICATION"), ("3/2", "DATE")],
     ["pharmacy"], "A bowel-prep drug in a pickup notice reveals the colonoscopy: remove it (decision 3); the store number is the store's, not the patient's."),
    ("bd0006", "Sr. Ibarra, le recordamos su colonoscopia el jueves 14 de mayo a las 7:00 am en el Centro de Endoscopia del Valle. Debe venir acompañado de un adulto que maneje. Dudas al 956-555-0162.",
     "REWRITE", "reminder", "sms", "es",
     [("Ibarra", "NAME"), ("colonoscopia", "PROCEDURE"), ("14 de mayo", "DATE"), ("Centro de Endoscopia del Valle", "SPECIALTY"), ("956-555-0162", "PHONE")],
     ["general", "practice-contact"], "Name, procedure and endoscopy-center name go (decision 2); the driver requirement, date and practice phone stay."),
    ("bd0007", "Meal Prep Monday is back at the Oakhurst Community Health Center teaching kitchen! This week: sheet-pan chicken fajitas and a 20-minute grain bowl. $12/person, all supplies included. Reply MEAL to save a spot.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Prep' in the cooking sense; a class broadcast to everyone."),
    ("bd0008", "This message is for Linda Marsh. You are listed as the escort for Gerald Marsh's colonoscopy tomorrow at 7:30 AM at Baypoint Endoscopy Center. He will receive sedation and cannot leave alone, so please plan to stay on site for about two hours. To confirm, press 1.",
     "BLOCK", "reminder", "voice", "en",
     [("Linda Marsh", "NAME"), ("Gerald Marsh", "NAME"), ("colonoscopy", "PROCEDURE"), ("Baypoint Endoscopy Center", "SPECIALTY")],
     ["general", "third-party"], "Decision 7: an adult third party's procedure and sedation told to his escort; not a dependent's routine visit. Judgement call."),
    ("bd0009", "Pathology from your colonoscopy on 1/28 is back. Two tubular adenomas (4 mm and 6 mm) were removed completely; no high-grade dysplasia. Dr. Obi recommends your next colonoscopy in 5 years. Reply in this thread with any questions.",
     "ALLOW", "result", "portal", "en",
     [("Pathology", "PROCEDURE"), ("colonoscopy", "PROCEDURE"), ("1/28", "DATE"), ("tubular adenomas", "RESULT"), ("4 mm", "RESULT"), ("6 mm", "RESULT"), ("no high-grade dysplasia", "RESULT"), ("Dr. Obi", "PROVIDER"), ("colonoscopy", "PROCEDURE", 1)],
     ["general", "lab", "contrast"], "Inside the secure portal findings may stay (README channel convention); decision 5 for the RESULT spans. Contrast with bd0010 (SMS)."),
    ("bd0010", "Lakeshore GI: your biopsy results - two tubular adenomas (precancerous polyps), removed completely. Repeat colonoscopy in 5 yrs. -Dr. Obi's nurse",
     "BLOCK", "result", "sms", "en",
     [("Lakeshore GI", "SPECIALTY"), ("biopsy", "PROCEDURE"), ("tubular adenomas", "RESULT"), ("precancerous polyps", "RESULT"), ("colonoscopy", "PROCEDURE"), ("Dr. Obi", "PROVIDER")],
     ["general", "lab", "contrast", "shorthand"], "Polyp pathology findings by SMS: the finding is the message (decision 5). Contrast with bd0009 (portal)."),
    ("bd0011", "Subject: Welcome to Pinecrest Digestive Health\n\nHi Marisol,\n\nThank you for scheduling your upper endoscopy with Dr. Farouk on Wednesday, June 10. Here is what to expect:\n\n- Check in at 7:00 AM at 2200 Alder Way, Suite 300. Parking is free in the surface lot.\n- Bring your photo ID, insurance card and a list of your medications.\n- An adult must drive you home. You will not be able to drive, work or sign legal documents for the rest of the day.\n- Wear comfortable clothing and leave jewelry at home.\n\nNeed to reschedule? Please give us 72 hours' notice at (503) 555-0176 or pinecrestdh.example/reschedule.\n\nWarmly,\nThe Pinecrest Scheduling Team",
     "REWRITE", "reminder", "email", "en",
     [("Pinecrest Digestive Health", "SPECIALTY"), ("Marisol", "NAME"), ("upper endoscopy", "PROCEDURE"), ("Dr. Farouk", "PROVIDER"), ("June 10", "DATE"), ("2200 Alder Way, Suite 300", "ADDRESS"), ("(503) 555-0176", "PHONE"), ("pinecrestdh.example/reschedule", "URL")],
     ["general", "practice-contact"], "Name, digestive-health practice name (decision 2) and procedure go; the practice's own address, phone and link stay; 'Pinecrest' alone is not revealing."),
    ("bd0012", "Westbrook HS Health Office: Finals prep tips - sleep 8 hrs, eat breakfast, drink water. The health office is open 7:30-3:30 if anyone needs a quiet break between exams.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Prep' in the school sense, 'exams' as tests at school; sent to all students."),
)

# ---------------------------------------------------------------- batch 2 (bd0013-bd0024): EGD, capsule endoscopy, stool tests
add(
    ("bd0013", "Pinecrest Digestive Health: Your upper endoscopy (EGD) is confirmed for 6/9 at 10:40. Nothing to eat after midnight; sips of water OK until 8:40. Reply STOP to opt out.",
     "REWRITE", "confirmation", "sms", "en",
     [("Pinecrest Digestive Health", "SPECIALTY"), ("upper endoscopy", "PROCEDURE"), ("EGD", "PROCEDURE"), ("6/9", "DATE")],
     ["general"], "Practice name (decision 2) and both names of the procedure go; the fasting instruction is generic (decision 3)."),
    ("bd0014", "Please return your capsule endoscopy recorder (SN DR3-449102-K) and belt to the front desk by 5 PM Thursday. Keep it dry and away from strong magnets.",
     "REWRITE", "other", "push", "en",
     [("capsule endoscopy", "PROCEDURE"), ("DR3-449102-K", "DEVICE_ID")],
     ["imaging", "general"], "Decision 9: the worn recorder's serial is a device identifier not needed for the return; the procedure goes."),
    ("bd0015", "Hi Mr. Lindgren, Dr. Farouk reviewed your capsule study. It showed a few small ulcers in the small bowel, most likely from ibuprofen. Please stop ibuprofen completely and we'll repeat it in 8 weeks.",
     "BLOCK", "result", "sms", "en",
     [("Lindgren", "NAME"), ("Dr. Farouk", "PROVIDER"), ("capsule study", "PROCEDURE"), ("small ulcers", "RESULT"), ("ibuprofen", "MEDICATION"), ("ibuprofen", "MEDICATION", 1)],
     ["imaging", "general"], "A finding and a treatment instruction; nothing survives removal."),
    ("bd0016", "Cologuard: Hi Marcus, your kit was delivered 14 days ago. Collect your sample and ship it back in the same box using the prepaid UPS label. Questions? Call 844-555-0118, 24/7.",
     "REWRITE", "reminder", "sms", "en",
     [("Cologuard", "PROCEDURE"), ("Marcus", "NAME"), ("844-555-0118", "PHONE")],
     ["lab", "practice-contact"], "Decision 4: the vendor's product name is the test and reveals colorectal screening; the name goes; the vendor's own phone stays; 24/7 is not a date."),
    ("bd0017", "Your stool DNA test result is POSITIVE. This does not mean you have cancer, but a follow-up colonoscopy is needed. Please call Dr. Hennessy's office at 555-0133 to schedule.",
     "BLOCK", "result", "sms", "en",
     [("stool DNA test", "PROCEDURE"), ("POSITIVE", "RESULT"), ("cancer", "CONDITION"), ("colonoscopy", "PROCEDURE"), ("Dr. Hennessy", "PROVIDER"), ("555-0133", "PHONE")],
     ["lab", "negation", "practice-contact"], "Stool-test positive by SMS; the negated 'cancer' is still labelled CONDITION."),
    ("bd0018", "Happy Fiber Week from Brookside Family Medicine! Most adults get only about half the fiber they need. Try adding beans, berries or oats to one meal a day - your gut will thank you.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Decision 12: gut-health tip sent to every patient of a generic practice."),
    ("bd0019", "Clínica Familiar Los Pinos: todavía no hemos recibido su prueba FIT. Por favor devuélvala en el sobre prepagado antes del 30 de junio. Si ya la envió, ignore este mensaje.",
     "REWRITE", "recall", "sms", "es",
     [("prueba FIT", "PROCEDURE"), ("30 de junio", "DATE")],
     ["lab", "primary-care"], "Decision 4: the named stool test goes; the return deadline survives."),
    ("bd0020", "Sra. Delgado, le informamos que su prueba de sangre oculta en heces salió positiva. Necesita hacerse una colonoscopia. Por favor llámenos al 915-555-0129 para programarla.",
     "BLOCK", "result", "sms", "es",
     [("Delgado", "NAME"), ("prueba de sangre oculta en heces", "PROCEDURE"), ("positiva", "RESULT"), ("colonoscopia", "PROCEDURE"), ("915-555-0129", "PHONE")],
     ["lab", "practice-contact"], "Positive stool test by SMS."),
    ("bd0021", "Northfield Lab: We received your sample on 2/11. Results are usually sent to your doctor within 2 weeks. Questions: northfieldlab.example/help",
     "ALLOW", "other", "sms", "en",
     [("2/11", "DATE"), ("northfieldlab.example/help", "URL")],
     ["lab", "practice-contact"], "No test named; 'sample' and 'results' are generic; the lab's own link."),
    ("bd0022", "Your free FIT kit is on its way! We're mailing it to 4419 Harlan Ave Apt 2B, Dayton, OH 45406. If that address is wrong, reply to this email within 48 hours so we can fix it before it ships. - Miami Valley Community Screening Program",
     "REWRITE", "other", "email", "en",
     [("FIT", "PROCEDURE"), ("4419 Harlan Ave Apt 2B, Dayton, OH 45406", "ADDRESS")],
     ["lab"], "The patient's home address and the named test go (decision 4: 'kit' stays); a program name saying only 'Screening' is left generic (judgement)."),
    ("bd0023", "To reschedule by text, reply with the day and new time separated by a colon, for example TUE: 3:30. Our schedulers answer texts Mon-Fri, 8 to 5.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Colon' the punctuation mark."),
    ("bd0024", "FYI ur FIT came back neg so no colonscopy needed this yr. see u at ur physical in Oct - Dr. Shah's office",
     "BLOCK", "result", "sms", "en",
     [("FIT", "PROCEDURE"), ("neg", "RESULT"), ("colonscopy", "PROCEDURE"), ("Dr. Shah", "PROVIDER")],
     ["lab", "primary-care", "shorthand", "typo", "negation"], "A negative result is still a result (README); 'colonscopy' misspelt as staff type it."),
)

# ---------------------------------------------------------------- batch 3 (bd0025-bd0036): pathology, IBD infusions and biologics
add(
    ("bd0025", "You have a new message from Dr. Velasquez. Log in at portal.example.org to read it. Do not reply to this text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("Dr. Velasquez", "PROVIDER"), ("portal.example.org", "URL")],
     ["general", "practice-contact"], "Notification without PHI: provider and the practice's portal link only."),
    ("bd0026", "Harborview GI: The pathology results from your 3/3 procedure are ready. Log in to the portal or call 617-555-0154 to review them with a nurse.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Harborview GI", "SPECIALTY"), ("pathology", "PROCEDURE"), ("3/3", "DATE"), ("617-555-0154", "PHONE")],
     ["general", "lab", "practice-contact"], "Decision 5: 'pathology' reveals that tissue was taken, and the GI name reveals the service; 'results are ready' survives."),
    ("bd0027", "Hi, this message is for Raymond. This is Kendra, Dr. Ferrante's nurse at Coastal Colon and Rectal Surgery. Dr. Ferrante got your pathology back from Tuesday. The large polyp he removed from your sigmoid colon had a small area of cancer right at the tip. He thinks it was likely all removed, but he wants a CT scan and to see you next week to talk about whether you need surgery. Please call me back at 757-555-0171, extension 4.",
     "BLOCK", "result", "voice", "en",
     [("Raymond", "NAME"), ("Kendra", "PROVIDER"), ("Dr. Ferrante", "PROVIDER"), ("Coastal Colon and Rectal Surgery", "SPECIALTY"), ("Dr. Ferrante", "PROVIDER", 1), ("pathology", "PROCEDURE"), ("large polyp", "RESULT"), ("cancer", "CONDITION"), ("CT scan", "PROCEDURE"), ("757-555-0171", "PHONE")],
     ["general", "oncology", "practice-contact"], "A cancer finding left on voicemail (voice is treated like SMS); decision 5 for the polyp as a finding."),
    ("bd0028", "Reminder: Your Entyvio infusion is Wed 7/22 at 9:00 AM at Summit Infusion Suite, Bldg C. Plan for about an hour. Eat a normal breakfast and bring something to read.",
     "REWRITE", "reminder", "sms", "en",
     [("Entyvio infusion", "MEDICATION"), ("7/22", "DATE"), ("Summit Infusion Suite", "SPECIALTY")],
     ["general", "pharmacy"], "Decision 6: drug plus administration word is one MEDICATION span; decision 2: an infusion-suite name reveals the service."),
    ("bd0029", "Hi Priya, good news - your Crohn's labs look great, CRP is down to 3.1. Keep Stelara every 8 weeks as planned. - Lakeview IBD Center",
     "BLOCK", "result", "sms", "en",
     [("Priya", "NAME"), ("Crohn's", "CONDITION"), ("CRP", "PROCEDURE"), ("3.1", "RESULT"), ("Stelara", "MEDICATION"), ("Lakeview IBD Center", "SPECIALTY")],
     ["general", "lab"], "Diagnosis, a value and a treatment plan by SMS."),
    ("bd0030", "Alta Specialty Pharmacy: your Humira Pen 40 mg/0.4 mL shipment is scheduled for delivery Tue 8/4. Reply 1 to confirm someone will be home to refrigerate it, or 2 to change the date.",
     "REWRITE", "pickup", "sms", "en",
     [("Alta Specialty Pharmacy", "SPECIALTY"), ("Humira Pen 40 mg/0.4 mL", "MEDICATION"), ("8/4", "DATE")],
     ["pharmacy"], "Specialty-pharmacy name (README) and the biologic with its strength go; the delivery date survives."),
    ("bd0031", "Subject: Medication change after your visit\n\nHello Ms. Adeyemi,\n\nThank you for letting us know about the increase in bleeding and urgency this week. After reviewing your stool studies, Dr. Castellano would like to treat this as a mild ulcerative colitis flare:\n\n1. Increase mesalamine (Lialda) to 4.8 g once daily - four 1.2 g tablets with breakfast.\n2. Add mesalamine 1 g suppositories at bedtime for 4 weeks.\n3. Avoid ibuprofen and naproxen.\n\nIf you have more than 6 bloody stools a day, a fever over 100.4 or severe belly pain, go to the emergency room.\n\nWe will check your labs again in 4 weeks.\n\nLakeshore GI Nurse Line\n(312) 555-0147",
     "BLOCK", "care-instructions", "email", "en",
     [("Adeyemi", "NAME"), ("bleeding", "CONDITION"), ("urgency", "CONDITION"), ("stool studies", "PROCEDURE"), ("Dr. Castellano", "PROVIDER"), ("[[mild]] ulcerative", "RESULT"), ("ulcerative colitis", "CONDITION"), ("colitis [[flare]]", "RESULT"), ("mesalamine", "MEDICATION"), ("Lialda", "MEDICATION"), ("mesalamine 1 g suppositories", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("naproxen", "MEDICATION"), ("bloody stools", "CONDITION"), ("fever", "CONDITION"), ("belly pain", "CONDITION"), ("Lakeshore GI", "SPECIALTY"), ("(312) 555-0147", "PHONE")],
     ["general", "pharmacy", "practice-contact"], "Diagnosis and dosing instructions by e-mail (treated like SMS); decision 14 for the 'go to the ER if' symptoms; decision 15 for 'mild' and 'flare'."),
    ("bd0032", "Millbrook Family Health Fun Day: Sat 10-2 in our parking lot. Face painting, a bounce house and a painted-stones kindness garden for the kids. All families welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "'Stones' as painted rocks in a community event broadcast."),
    ("bd0033", "Farmacia Especializada Andina: Hola Tomás, su pedido de Skyrizi está listo para envío el 12 de agosto. Responda SÍ para confirmar la dirección de entrega o llame al 305-555-0138.",
     "REWRITE", "pickup", "sms", "es",
     [("Farmacia Especializada Andina", "SPECIALTY"), ("Tomás", "NAME"), ("Skyrizi", "MEDICATION"), ("12 de agosto", "DATE"), ("305-555-0138", "PHONE")],
     ["pharmacy", "practice-contact"], "Specialty-pharmacy name, patient name and the biologic go; shipping date and pharmacy phone stay."),
    ("bd0034", "Message from Dr. Lindqvist: Your fecal calprotectin came down to 85, so the Rinvoq is working. Continue Rinvoq 15 mg once daily and we'll recheck in 3 months. Keep your shingles vaccine appointment next week.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("fecal calprotectin", "PROCEDURE"), ("85", "RESULT"), ("Rinvoq", "MEDICATION"), ("Rinvoq 15 mg", "MEDICATION"), ("shingles vaccine", "PROCEDURE")],
     ["general", "lab"], "Secure portal: value and dose may stay (README channel convention)."),
    ("bd0035", "Hi Mrs. Abernathy, Jayden's fecal calprotectin came back elevated (410), so Dr. Moss would like to do a scope to look for Crohn's. Please call us to set it up.",
     "BLOCK", "result", "sms", "en",
     [("Abernathy", "NAME"), ("Jayden", "NAME"), ("fecal calprotectin", "PROCEDURE"), ("elevated", "RESULT"), ("410", "RESULT"), ("Dr. Moss", "PROVIDER"), ("scope", "PROCEDURE"), ("Crohn's", "CONDITION")],
     ["pediatrics", "third-party", "minor", "lab"], "A dependent's result and suspected diagnosis sent to the guardian: third party's health is BLOCK (README)."),
    ("bd0036", "Hurricane season is here. Harbor Family Practice reminds every household to build an emergency kit: water, flashlight, batteries, copies of insurance cards and a 7-day supply of medications.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "'Kit' in the emergency-preparedness sense; 'medications' is generic."),
)

# ---------------------------------------------------------------- batch 4 (bd0037-bd0048): anorectal, liver, colorectal surgery
add(
    ("bd0037", "Coastal Colon & Rectal Surgery: Reminder of your hemorrhoid banding on 9/15 at 2:20 PM with Dr. Achterberg. No prep needed. Call 757-555-0171 with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("Coastal Colon & Rectal Surgery", "SPECIALTY"), ("hemorrhoid banding", "PROCEDURE"), ("9/15", "DATE"), ("Dr. Achterberg", "PROVIDER"), ("757-555-0171", "PHONE")],
     ["general", "practice-contact"], "Colorectal practice name and the named procedure go; 'No prep needed' is left unlabelled: negated and uninformative once the procedure is gone (judgement)."),
    ("bd0038", "After today's banding: sitz baths 2-3x a day, Colace 100 mg twice daly, and plenty of water. Call us if bleeding is more than a tablespoon or you have trouble urinating.",
     "BLOCK", "care-instructions", "sms", "en",
     [("banding", "PROCEDURE"), ("Colace 100 mg", "MEDICATION"), ("bleeding", "CONDITION"), ("trouble urinating", "CONDITION")],
     ["general", "typo"], "Decision 10: post-procedure care with a dose; nothing usable survives removal."),
    ("bd0039", "Free interpreters are available in Spanish, Polish, Vietnamese, Arabic and ASL - in person or by video. Just ask at check-in. Reply STOP to opt out of these updates.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Polish' the language; a language-access broadcast."),
    ("bd0040", "Valley Liver Center: your FibroScan is booked for Mon 10/5 at 1:00 PM. No food for 3 hours before. Wear a loose top.",
     "REWRITE", "reminder", "sms", "en",
     [("Valley Liver Center", "SPECIALTY"), ("FibroScan", "PROCEDURE"), ("10/5", "DATE")],
     ["imaging", "general"], "Liver-clinic name (decision 2) and the named test go; the fasting note is generic."),
    ("bd0041", "Hi Mr. Sørensen,\n\nYour FibroScan from 10/5 showed a liver stiffness of 12.4 kPa and a CAP score of 318 dB/m. Together these suggest advanced scarring (F3) and significant fatty liver. This is treatable, and the most important steps are losing 7-10% of your weight and no alcohol at all. Dr. Baptiste would also like an ultrasound every 6 months and a visit with our dietitian.\n\nPlease call (415) 555-0186 to book.\n\nValley Liver Center",
     "BLOCK", "result", "email", "en",
     [("Sørensen", "NAME"), ("FibroScan", "PROCEDURE"), ("10/5", "DATE"), ("liver stiffness", "PROCEDURE"), ("12.4 kPa", "RESULT"), ("CAP score", "PROCEDURE"), ("318 dB/m", "RESULT"), ("advanced scarring", "RESULT"), ("F3", "RESULT"), ("[[significant]] fatty", "RESULT"), ("fatty liver", "CONDITION"), ("Dr. Baptiste", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("(415) 555-0186", "PHONE"), ("Valley Liver Center", "SPECIALTY")],
     ["imaging", "general", "practice-contact"], "Values and a fibrosis stage by e-mail; measures are PROCEDURE and their values RESULT (README scale convention); decision 15 for 'significant'."),
    ("bd0042", "Buenas tardes don Aurelio, le escribe Maribel de Gastro Salud del Sur. Su cita de hepatología es el 3 de noviembre a las 11:15 con el Dr. Pineda. Favor de llegar 15 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Aurelio", "NAME"), ("Maribel", "PROVIDER"), ("Gastro Salud del Sur", "SPECIALTY"), ("hepatología", "SPECIALTY"), ("3 de noviembre", "DATE"), ("Dr. Pineda", "PROVIDER")],
     ["general"], "Patient name (without 'don'), GI practice name and specialty go; the staff sender is PROVIDER."),
    ("bd0043", "Your follow-up visit with Dr. Halvorsen is Thu 11/12 at 3:40 PM. Parking is free in Garage B, level 2. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Halvorsen", "PROVIDER"), ("11/12", "DATE")],
     ["general"], "Generic follow-up with provider, date and time."),
    ("bd0044", "Hi Beatrice, your ostomy supply order (2-piece pouches and barrier rings) from Keystone Home Medical ships on 11/20 to the address on file. Order #KHM-553201. Questions? Write to orders@keystonehm.example or call (215) 555-0109.",
     "REWRITE", "pickup", "email", "en",
     [("Beatrice", "NAME"), ("ostomy", "PROCEDURE"), ("2-piece pouches", "PROCEDURE"), ("barrier rings", "PROCEDURE"), ("11/20", "DATE"), ("KHM-553201", "OTHER_ID"), ("orders@keystonehm.example", "EMAIL"), ("(215) 555-0109", "PHONE")],
     ["home-health", "practice-contact", "identifier"], "Ostomy is a device/procedure term (README: devices are PROCEDURE); decision 8 for the order number; the supplier's own e-mail and phone stay; the pouches and barrier rings are ostomy devices and go too (README: devices are PROCEDURE)."),
    ("bd0045", "Lost and found: a blue umbrella, a folding step stool and a pair of reading glasses were left in our waiting room last week. Stop by the front desk to claim them.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Stool' as furniture."),
    ("bd0046", "Good afternoon Mr. Quintero, your biopsy from the anal fistula was benign. Dr. Achterberg will leave the seton in place and see you in 6 weeks to plan the next step. Keep up the sitz baths.",
     "BLOCK", "result", "email", "en",
     [("Quintero", "NAME"), ("biopsy", "PROCEDURE"), ("anal fistula", "CONDITION"), ("benign", "RESULT"), ("Dr. Achterberg", "PROVIDER"), ("seton", "PROCEDURE")],
     ["general"], "A (benign) biopsy result, a condition and a device in place: a result is BLOCK however good."),
    ("bd0047", "Your consult with Dr. Mbeki is Tue 12/1 at 9:20 AM, Medical Arts Building, Suite 410. Please bring your insurance card and a list of medications.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Mbeki", "PROVIDER"), ("12/1", "DATE")],
     ["general"], "Provider, date, building and suite only; 'consult' is generic."),
    ("bd0048", "Dr. Mbeki: Your CT confirms uncomplicated diverticulitis. Finish amoxicillin-clavulanate 875 mg twice daily for 7 days, clear liquids for 2-3 days and then advance to a low-fiber diet. Message me if the pain isn't better in 72 hours.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Mbeki", "PROVIDER"), ("CT", "PROCEDURE"), ("uncomplicated", "RESULT"), ("diverticulitis", "CONDITION"), ("amoxicillin-clavulanate 875 mg", "MEDICATION"), ("pain", "CONDITION")],
     ["general"], "Diagnosis and dosing inside the secure portal are ALLOW (README channel convention); decision 15 for 'uncomplicated'."),
)

# ---------------------------------------------------------------- batch 5 (bd0049-bd0060): PSA and prostate biopsy
add(
    ("bd0049", "PSA: Our Elm Street parking lot will be repaved this weekend. Please use the Church Street garage and bring your ticket to the front desk for validation.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 13: 'PSA' as a public service announcement; street names of the practice's own lots are not patient geography."),
    ("bd0050", "Tri-County Urology: please get your PSA blood draw before your visit - any weekday 7 to 11 AM at our lab, by 2/18. No fasting needed.",
     "REWRITE", "reminder", "sms", "en",
     [("Tri-County Urology", "SPECIALTY"), ("PSA", "PROCEDURE"), ("2/18", "DATE")],
     ["lab", "general"], "Decision 13: the test name goes, 'blood draw' stays as generic; urology name is specialty-revealing (decision 2)."),
    ("bd0051", "Hi Mr. Oduya, your PSA came back at 6.8, up from 4.1 last year. Dr. Rasmussen recommends an MRI of the prostate and possibly a biopsy. Please call to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Oduya", "NAME"), ("PSA", "PROCEDURE"), ("6.8", "RESULT"), ("4.1", "RESULT"), ("Dr. Rasmussen", "PROVIDER"), ("MRI of the prostate", "PROCEDURE"), ("biopsy", "PROCEDURE")],
     ["lab", "general"], "PSA values and the trend by SMS."),
    ("bd0052", "Subject: Preparing for your prostate biopsy on March 5\n\nDear Mr. Halloran,\n\nPlease follow these instructions so your biopsy can go ahead as planned:\n\n- Stop aspirin, ibuprofen, fish oil and vitamin E 7 days before. If you take Eliquis or warfarin, do not stop it on your own - call us first.\n- Take ciprofloxacin 500 mg: one tablet the night before and one tablet 2 hours before your appointment.\n- Use one Fleet enema 2 hours before you leave home.\n- Eat a light breakfast. Bring someone to drive you if you plan to take the Valium we prescribed.\n- Wear loose clothing and plan to be with us about 90 minutes. Check in at the 3rd-floor desk.\n\nAfter the biopsy, blood in your urine, stool or semen is common for a few weeks. Call us for a fever over 101 or if you cannot urinate.\n\nPacific Urology Partners\n(808) 555-0125",
     "BLOCK", "care-instructions", "email", "en",
     [("prostate biopsy", "PROCEDURE"), ("March 5", "DATE"), ("Halloran", "NAME"), ("your [[biopsy]] can", "PROCEDURE"), ("aspirin", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("fish oil", "MEDICATION"), ("vitamin E", "MEDICATION"), ("Eliquis", "MEDICATION"), ("warfarin", "MEDICATION"), ("ciprofloxacin 500 mg", "MEDICATION"), ("Fleet enema", "MEDICATION"), ("Valium", "MEDICATION"), ("After the [[biopsy]]", "PROCEDURE"), ("blood in your urine, stool or semen", "CONDITION"), ("fever", "CONDITION"), ("cannot urinate", "CONDITION"), ("Pacific Urology Partners", "SPECIALTY"), ("(808) 555-0125", "PHONE")],
     ["general", "pharmacy", "practice-contact"], "Decision 3: stopping named drugs and an antibiotic schedule before the biopsy are dosing instructions."),
    ("bd0053", "Hello, this is Pacific Urology Partners calling to confirm your prostate biopsy on Thursday, March 5th at 8 AM. Press 1 to confirm, press 2 to reschedule, or call us back at 808-555-0125.",
     "REWRITE", "confirmation", "voice", "en",
     [("Pacific Urology Partners", "SPECIALTY"), ("prostate biopsy", "PROCEDURE"), ("March 5th", "DATE"), ("808-555-0125", "PHONE")],
     ["general", "practice-contact"], "IVR confirmation: urology name and procedure go; the date with its ordinal is a DATE."),
    ("bd0054", "Mr. Halloran, your prostate biopsy showed Gleason 3+4=7 adenocarcinoma in 3 of 12 cores. Dr. Rasmussen would like to see you and your wife this week to go over treatment options.",
     "BLOCK", "result", "sms", "en",
     [("Halloran", "NAME"), ("prostate biopsy", "PROCEDURE"), ("Gleason", "PROCEDURE"), ("3+4=7", "RESULT"), ("adenocarcinoma", "CONDITION"), ("3 of 12 cores", "RESULT"), ("Dr. Rasmussen", "PROVIDER")],
     ["oncology", "general"], "A cancer diagnosis by SMS; decision 5 for Gleason and cores."),
    ("bd0055", "Prostate biopsy pathology: benign prostatic tissue, no carcinoma identified in 12 of 12 cores. Mild chronic inflammation. Dr. Rasmussen will repeat your PSA in 6 months.",
     "ALLOW", "result", "portal", "en",
     [("Prostate biopsy", "PROCEDURE"), ("pathology", "PROCEDURE"), ("benign prostatic tissue", "RESULT"), ("no carcinoma identified", "RESULT"), ("Mild chronic inflammation", "RESULT"), ("Dr. Rasmussen", "PROVIDER"), ("PSA", "PROCEDURE")],
     ["lab", "oncology", "negation"], "A result inside the secure portal is ALLOW (README channel convention)."),
    ("bd0056", "Hola Esteban, le recordamos su examen de PSA en Urología Integral Monterrey el 22 de febrero a las 8:00 am. Traiga su credencial del seguro. No requiere ayuno.",
     "REWRITE", "reminder", "sms", "es",
     [("Esteban", "NAME"), ("examen de PSA", "PROCEDURE"), ("Urología Integral Monterrey", "SPECIALTY"), ("22 de febrero", "DATE")],
     ["lab", "general"], "Named test (one span with its head word 'examen'), urology name and patient name go."),
    ("bd0057", "Don Ramiro, buenas noticias: su PSA salió normal (1.2), así que no necesita biopsia. Lo vemos en un año. Saludos, Dr. Garza",
     "BLOCK", "result", "sms", "es",
     [("Ramiro", "NAME"), ("PSA", "PROCEDURE"), ("normal", "RESULT"), ("1.2", "RESULT"), ("biopsia", "PROCEDURE"), ("Dr. Garza", "PROVIDER")],
     ["lab", "negation", "general"], "A normal result is still a result (README)."),
    ("bd0058", "June is Men's Health Month. Westfield Primary Care has same-week physicals and evening hours on Tuesdays. Book online at westfieldpc.example/book.",
     "ALLOW", "marketing", "sms", "en",
     [("westfieldpc.example/book", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "Decision 12: a men's-health awareness broadcast from a generic practice says nothing about the recipient."),
    ("bd0059", "Hi Walter, your Lupron Depot injection is due the week of 4/13. Call Riverside Urology at 520-555-0193 to book a nurse visit.",
     "REWRITE", "reminder", "sms", "en",
     [("Walter", "NAME"), ("Lupron Depot injection", "MEDICATION"), ("4/13", "DATE"), ("Riverside Urology", "SPECIALTY"), ("520-555-0193", "PHONE")],
     ["oncology", "pharmacy", "practice-contact"], "Decision 6: the hormone-therapy drug with its form word reveals prostate cancer care; a 'nurse visit' is generic."),
    ("bd0060", "Hi Carol, this is Dr. Rasmussen's office. Dale listed you on his release form and asked us to let you know: the biopsy did show prostate cancer, but it's low-risk. He'll call you after his appointment.",
     "BLOCK", "result", "sms", "en",
     [("Carol", "NAME"), ("Dr. Rasmussen", "PROVIDER"), ("Dale", "NAME"), ("biopsy", "PROCEDURE"), ("prostate cancer", "CONDITION"), ("low-risk", "RESULT")],
     ["oncology", "third-party"], "A third party's diagnosis, even with his release: not by SMS (README third-party convention)."),
)

# ---------------------------------------------------------------- batch 6 (bd0061-bd0072): vasectomy, semen analysis, discreet shipping
add(
    ("bd0061", "Northside Men's Clinic: Your vasectomy consult with Dr. Petrakis is 4/9 at 4:10 PM. Please watch the short video before your visit: nmc.example/v/consult",
     "REWRITE", "reminder", "sms", "en",
     [("Northside Men's Clinic", "SPECIALTY"), ("vasectomy", "PROCEDURE"), ("Dr. Petrakis", "PROVIDER"), ("4/9", "DATE"), ("nmc.example/v/consult", "URL")],
     ["reproductive", "practice-contact"], "Decision 2: a men's-clinic name is specialty-revealing; the procedure goes, 'consult' stays; the practice's own link stays."),
    ("bd0062", "Reminder: drop off your semen analysis sample within 60 minutes of collection and keep it at body temperature. Lab hours Mon-Fri 7:30-10:30 AM. Bring your requisition.",
     "REWRITE", "reminder", "sms", "en",
     [("semen analysis", "PROCEDURE")],
     ["lab", "reproductive"], "The named test goes; the drop-off window and hours survive as generic specimen logistics (judgement)."),
    ("bd0063", "Good news - your post-vasectomy semen analysis showed no sperm. You're cleared to stop using other birth control. - Dr. Petrakis",
     "BLOCK", "result", "sms", "en",
     [("post-vasectomy semen analysis", "PROCEDURE"), ("no sperm", "RESULT"), ("birth control", "MEDICATION"), ("Dr. Petrakis", "PROVIDER")],
     ["lab", "reproductive"], "A result and a contraception instruction by SMS."),
    ("bd0064", "Centro de Salud Comunitario La Paz: este sábado estaremos en la feria de regreso a clases de la Prepa Juárez con agua, fruta y juegos para toda la familia. ¡Los esperamos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Prepa' is a high school; a community-fair broadcast."),
    ("bd0065", "Subject: Your visit at Summit Surgical Arts\n\nHello,\n\nThis is a reminder that you are scheduled at Summit Surgical Arts on Friday, 5/15. Please check in at 12:30 PM.\n\nBefore you come:\n- Eat a light meal no later than 9:30 AM.\n- Shower the morning of your visit and wear loose, comfortable clothing.\n- Arrange for an adult to drive you home.\n- Leave valuables and jewelry at home.\n\nOur address is 1180 Canyon Ridge Blvd, Suite 120, Boise, ID 83706. Free parking is available in front of the building. If you need to cancel, please call (208) 555-0157 at least 48 hours ahead so we can offer your time to another patient.\n\nSee you soon,\nSummit Surgical Arts Patient Care Team",
     "ALLOW", "reminder", "email", "en",
     [("5/15", "DATE"), ("1180 Canyon Ridge Blvd, Suite 120, Boise, ID 83706", "ADDRESS"), ("(208) 555-0157", "PHONE")],
     ["general", "practice-contact"], "Decision 2 and 3: a generic surgical-center name and generic pre-visit logistics; the center's own address and phone."),
    ("bd0066", "Sr. Fuentes, su espermatograma mostró un conteo bajo (8 millones/mL) y poca movilidad. La Dra. Ochoa quiere verlo pronto para hablar de opciones. Llame al 210-555-0144.",
     "BLOCK", "result", "sms", "es",
     [("Fuentes", "NAME"), ("espermatograma", "PROCEDURE"), ("conteo bajo", "RESULT"), ("8 millones/mL", "RESULT"), ("poca movilidad", "RESULT"), ("Dra. Ochoa", "PROVIDER"), ("210-555-0144", "PHONE")],
     ["fertility", "reproductive", "lab", "practice-contact"], "Semen-analysis values and findings by SMS."),
    ("bd0067", "Appointment tomorrow 8:00 AM with Dr. Petrakis · Tap to check in online and skip the line.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Petrakis", "PROVIDER")],
     ["general"], "Provider and time only; nothing in the text ties the provider to a specialty."),
    ("bd0068", "Fairview Medical Lab is closed Mon 5/25 for Memorial Day. Specimens can be left in the after-hours drop box by the east entrance until 9 PM Sunday.",
     "ALLOW", "other", "sms", "en",
     [("5/25", "DATE")],
     ["lab", "broadcast"], "Closure broadcast; 'specimens' names no test and no person."),
    ("bd0069", "Hi, this message is for Gregory. This is Tasha from Dr. Petrakis's office checking on you after Thursday's vasectomy. If the swelling gets bigger than a lemon or you run a fever over 101, call us right away. Otherwise keep icing 20 minutes on, 20 off, and no heavy lifting until Monday.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Gregory", "NAME"), ("Tasha", "PROVIDER"), ("Dr. Petrakis", "PROVIDER"), ("vasectomy", "PROCEDURE"), ("swelling", "CONDITION"), ("fever", "CONDITION")],
     ["reproductive"], "Decision 10: post-procedure care instructions naming the procedure; decision 14 for the symptoms."),
    ("bd0070", "Staff vs. patients curling match at Lakeview Ice Rink, Sat 2 PM! Stones and brooms provided - just bring warm gloves. Proceeds support our free clinic.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Stones' in curling."),
    ("bd0071", "Vance Men's Health: your order shipped in discreet, unbranded packaging. Track it here: track.example.com/ups?n=1Z9X44R0312887",
     "REWRITE", "pickup", "sms", "en",
     [("Vance Men's Health", "SPECIALTY"), ("track.example.com/ups?n=1Z9X44R0312887", "URL")],
     ["pharmacy", "reproductive"], "Decision 2: a men's-health brand reveals the service; decision 8: the tracking link carries a per-shipment number."),
    ("bd0072", "Northwind: Always discreet packaging, free 2-day shipping and licensed US clinicians. New members save $20 on their first month with code FALL20. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Discreet-packaging promotion with no drug, condition or revealing brand; the promo code is not an identifier."),
)

# ---------------------------------------------------------------- batch 7 (bd0073-bd0084): ED, hair loss, testosterone telehealth
add(
    ("bd0073", "Crestline Rx: Your sildenafil 20 mg (30 tablets) has shipped and should arrive Thursday. Reply HELP for support.",
     "REWRITE", "pickup", "sms", "en",
     [("sildenafil 20 mg", "MEDICATION")],
     ["pharmacy", "reproductive"], "Drug name in a shipping notice goes; 'Crestline' is a neutral brand (decision 2)."),
    ("bd0074", "Crestline: Take one tadalafil 5 mg tablet every day at about the same time. Never combine it with nitroglycerin or poppers. If you get chest pain, stop and call 911.",
     "BLOCK", "care-instructions", "sms", "en",
     [("tadalafil 5 mg", "MEDICATION"), ("nitroglycerin", "MEDICATION"), ("poppers", "MEDICATION"), ("chest pain", "CONDITION")],
     ["pharmacy", "reproductive"], "Dosing and interaction instructions; 911 is not a phone identifier."),
    ("bd0075", "If you are having a medical emergency, call 911 or go to the nearest ED. For after-hours questions, call the number on our website and press 2 for the on-call provider.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'ED' is the emergency department, not a condition."),
    ("bd0076", "Your Crestline hair loss refill (finasteride 1mg + minoxidil 5% topical) ships 9/29. Tap to manage your plan.",
     "REWRITE", "pickup", "push", "en",
     [("hair loss", "CONDITION"), ("finasteride 1mg", "MEDICATION"), ("minoxidil 5% topical", "MEDICATION"), ("9/29", "DATE")],
     ["pharmacy", "dermatology"], "Condition used as a plan label (generic 'refill' stays outside) and both drugs with strength and form go; the ship date survives."),
    ("bd0077", "Hi Jordan,\n\nYour morning labs from 10/2 are back. Your total testosterone was 212 ng/dL (low) and your hematocrit was 47%, which is fine.\n\nNP Carter is increasing your testosterone cypionate from 100 mg to 120 mg IM once a week, starting with your next injection. Keep using the same 1 mL syringes and draw up to the 0.6 mL mark (200 mg/mL vial).\n\nWe'll recheck your levels and hematocrit in 6 weeks, drawn halfway between injections. Your next lab order is in the portal.\n\nQuestions? Reply to this email or call (614) 555-0102.\n\nApex Low T Center",
     "BLOCK", "result", "email", "en",
     [("Jordan", "NAME"), ("10/2", "DATE"), ("total testosterone", "PROCEDURE"), ("212 ng/dL", "RESULT"), ("([[low]])", "RESULT"), ("hematocrit", "PROCEDURE"), ("47%", "RESULT"), ("NP Carter", "PROVIDER"), ("testosterone cypionate", "MEDICATION"), ("hematocrit", "PROCEDURE", 1), ("(614) 555-0102", "PHONE"), ("Apex Low T Center", "SPECIALTY")],
     ["pharmacy", "reproductive", "lab", "practice-contact"], "Values and a dose change by e-mail (treated like SMS); decision 2 for the clinic name."),
    ("bd0078", "Crestline: Your monthly plan renews on 10/19. Manage, pause or cancel anytime at crestline.example/account.",
     "ALLOW", "billing", "sms", "en",
     [("10/19", "DATE"), ("crestline.example/account", "URL")],
     ["pharmacy", "practice-contact"], "Subscription notice from a neutral brand: no drug, condition or token."),
    ("bd0079", "Hi! This is Marco from Crestline support. Your video visit link will arrive 10 minutes before your 7:45 PM slot. No need to reply.",
     "ALLOW", "reminder", "sms", "en",
     [("Marco", "PROVIDER")],
     ["general"], "The named sender is workforce (README: PROVIDER); video visit is a generic visit type."),
    ("bd0080", "Hola Julián, tu pedido de tadalafilo 5 mg de Varonil Salud ya salió en empaque discreto. Llega el martes. ¿Dudas? Escríbenos por WhatsApp al 786-555-0115.",
     "REWRITE", "pickup", "sms", "es",
     [("Julián", "NAME"), ("tadalafilo 5 mg", "MEDICATION"), ("Varonil Salud", "SPECIALTY"), ("786-555-0115", "PHONE")],
     ["pharmacy", "reproductive", "practice-contact"], "Decision 2: 'Varonil Salud' (men's health) is a specialty-revealing brand; name and drug go; the shipping promise and brand's WhatsApp line stay."),
    ("bd0081", "ur t3st0ster0ne came back 1150 ng/dL - thats too high. skip this wk's shot & we'll lower the dose. -Apex",
     "BLOCK", "result", "sms", "en",
     [("t3st0ster0ne", "PROCEDURE"), ("1150 ng/dL", "RESULT"), ("too high", "RESULT")],
     ["leet", "shorthand", "lab", "reproductive"], "Leet-disguised lab name, a value and a dosing instruction; 'Apex' alone is neutral."),
    ("bd0082", "It's Movember! Our staff are growing mustaches all month to raise money for men's health research. Cheer them on or donate at the front desk. 🥸",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 12: a men's-health fundraising broadcast that says nothing about the recipient."),
    ("bd0083", "Dear Mr. Whitfield,\n\nYour testosterone pellet insertion with Dr. Amani is scheduled for Wednesday, 11/4 at 2:15 PM at our Westlake office. The visit takes about 20 minutes. Please wear loose pants and avoid swimming or hot tubs for 3 days afterward.\n\nTo reschedule, call (512) 555-0168.\n\nVitality Hormone & Men's Health",
     "REWRITE", "reminder", "email", "en",
     [("Whitfield", "NAME"), ("testosterone pellet", "MEDICATION"), ("Dr. Amani", "PROVIDER"), ("11/4", "DATE"), ("(512) 555-0168", "PHONE"), ("Vitality Hormone & Men's Health", "SPECIALTY")],
     ["pharmacy", "reproductive", "practice-contact"], "Decision 6: 'testosterone pellet' is one MEDICATION span, 'insertion' stays generic; the clinic name is specialty-revealing; the clothing/swimming note is generic after-care (judgement: REWRITE, not BLOCK)."),
    ("bd0084", "Hi, this message is for Dana. This is Ruth from Dr. Yoon's office calling about your husband Keith's Cialis prescription. His insurance won't cover it for erectile dysfunction, so the cash price will be about $45. Have him call us at 555-0161.",
     "BLOCK", "other", "voice", "en",
     [("Dana", "NAME"), ("Ruth", "PROVIDER"), ("Dr. Yoon", "PROVIDER"), ("Keith", "NAME"), ("Cialis", "MEDICATION"), ("erectile dysfunction", "CONDITION"), ("555-0161", "PHONE")],
     ["pharmacy", "reproductive", "third-party", "practice-contact"], "The husband's drug and diagnosis left on his wife's voicemail: a third party's health (decision 7)."),
)

# ---------------------------------------------------------------- batch 8 (bd0085-bd0096): stones, cystoscopy, continence, pelvic floor
add(
    ("bd0085", "Your cystoscopy with Dr. Greenberg is Wed 5/27 at 1:30 PM at Lakeside Urology, 2nd floor. Please bring a list of your medications.",
     "REWRITE", "reminder", "sms", "en",
     [("cystoscopy", "PROCEDURE"), ("Dr. Greenberg", "PROVIDER"), ("5/27", "DATE"), ("Lakeside Urology", "SPECIALTY")],
     ["general"], "Procedure and urology name go (decision 2)."),
    ("bd0086", "Dr. Greenberg reviewed your CT: there is a 7 mm stone in the left ureter. Keep taking tamsulosin 0.4 mg every night, strain your urine, and go to the ER for a fever over 101.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Greenberg", "PROVIDER"), ("CT", "PROCEDURE"), ("7 mm", "RESULT"), ("stone", "CONDITION"), ("tamsulosin 0.4 mg", "MEDICATION"), ("fever", "CONDITION")],
     ["general", "imaging"], "A finding with its size and a dosing instruction by SMS."),
    ("bd0087", "Stone Creek Family Medicine will close at noon on Friday for our staff appreciation lunch. Our after-hours nurse line will answer calls as usual.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "'Stone' in a generic practice name; a closure broadcast."),
    ("bd0088", "Sra. Villarreal, su cita de terapia del piso pélvico es el lunes 8 de junio a las 3:00 pm. Traiga ropa cómoda y llegue 10 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Villarreal", "NAME"), ("terapia del piso pélvico", "PROCEDURE"), ("8 de junio", "DATE")],
     ["physical-therapy"], "Therapy type is one PROCEDURE span; 'cita' stays generic."),
    ("bd0089", "Mercy General Gift Shop: Thanks for your order! Item CYSTO-4410 (stackable storage bins, set of 4) ships from our warehouse in 2-3 business days.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'CYSTO' as a product code in a gift-shop order; no patient and no health information."),
    ("bd0090", "Hello Mrs. Okafor,\n\nDr. Saenz reviewed your urodynamic study. It showed an overactive bladder with a small bladder capacity (180 mL) and no stress leakage. She recommends:\n\n- Start Myrbetriq 25 mg once daily.\n- Cut back on caffeine and fizzy drinks.\n- Continue pelvic floor therapy twice a week.\n\nIf you have burning with urination or a fever, let us know.\n\nBest regards,\nContinence Care Clinic at Bayside",
     "BLOCK", "result", "email", "en",
     [("Okafor", "NAME"), ("Dr. Saenz", "PROVIDER"), ("urodynamic study", "PROCEDURE"), ("overactive bladder", "CONDITION"), ("small bladder capacity", "RESULT"), ("180 mL", "RESULT"), ("no stress leakage", "RESULT"), ("Myrbetriq 25 mg", "MEDICATION"), ("pelvic floor therapy", "PROCEDURE"), ("burning with urination", "CONDITION"), ("fever", "CONDITION"), ("Continence Care Clinic at Bayside", "SPECIALTY")],
     ["physical-therapy", "general", "negation"], "Findings, a diagnosis and a new drug by e-mail; decision 14 for the symptoms."),
    ("bd0091", "Pelvic Health & Continence Center: your 6-visit plan starts Tue 6/16 at 11:00 AM with Jenna Ruiz, PT, DPT. Wear comfortable clothes.",
     "REWRITE", "reminder", "sms", "en",
     [("Pelvic Health & Continence Center", "SPECIALTY"), ("6/16", "DATE"), ("Jenna Ruiz", "PROVIDER"), ("Ruiz, [[PT]]", "SPECIALTY"), ("DPT", "SPECIALTY")],
     ["physical-therapy"], "Decision 11: PT and DPT after the therapist's name are separate SPECIALTY spans (README's DPT); the center's name reveals the service."),
    ("bd0092", "Stone analysis result: 80% calcium oxalate monohydrate, 20% calcium phosphate. Dr. Greenberg recommends at least 2.5 L of water a day, less salt, and a 24-hour urine test in 6 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Stone analysis", "PROCEDURE"), ("80% calcium oxalate monohydrate", "RESULT"), ("20% calcium phosphate", "RESULT"), ("Dr. Greenberg", "PROVIDER"), ("24-hour urine test", "PROCEDURE")],
     ["lab", "general"], "A result inside the secure portal (README channel convention)."),
    ("bd0093", "Hi Ms. Kowalczyk, your 24-hour urine collection kit is ready at the Lakeside Urology front desk (open 8-4:30). Return the jug within a day of finishing and keep it refridgerated until then.",
     "REWRITE", "pickup", "email", "en",
     [("Kowalczyk", "NAME"), ("24-hour urine collection", "PROCEDURE"), ("Lakeside Urology", "SPECIALTY")],
     ["lab", "general", "typo"], "Name, named test and urology name go; 'kit' stays outside (decision 4); the return logistics survive (judgement)."),
    ("bd0094", "pt called re: leaking urine since prostatectomy. per Dr. G start kegels 3x/day + pads, f/u 6 wks. pls reply Y that u got this",
     "BLOCK", "care-instructions", "sms", "en",
     [("leaking urine", "CONDITION"), ("prostatectomy", "PROCEDURE"), ("Dr. G", "PROVIDER"), ("kegels", "PROCEDURE")],
     ["oncology", "physical-therapy", "shorthand"], "A symptom, the surgery that caused it and a treatment plan in staff shorthand."),
    ("bd0095", "Strength & Balance class for seniors every Wednesday at 10 AM in our community room. Resistance bands provided, no sign-up needed. Bring water!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Bands' as exercise equipment, not banding."),
    ("bd0096", "Lithotripsy check-in is 6:00 AM on 7/8. Bring photo ID. At the kiosk enter your MRN 0088214-3.",
     "REWRITE", "reminder", "sms", "en",
     [("Lithotripsy", "PROCEDURE"), ("7/8", "DATE"), ("0088214-3", "MRN")],
     ["general", "identifier"], "Decision 8: the MRN is not needed by text (the kiosk can take ID); the procedure goes."),
)

# ---------------------------------------------------------------- batch 9 (bd0097-bd0108): disguises, templates, DOB, age, long e-mails
add(
    ("bd0097", "Reminder: your c o l o n o s c o p y is Tues at 7:15 AM. No solid food tomorrow. Call 312-555-0147 w/ questions.",
     "REWRITE", "reminder", "sms", "en",
     [("c o l o n o s c o p y", "PROCEDURE"), ("312-555-0147", "PHONE")],
     ["general", "spaced", "shorthand", "practice-contact"], "Spaced-letter disguise of the procedure; the no-solid-food note is generic (decision 3)."),
    ("bd0098", "Your Cr\u200bohn\u2019s flare labs: CRP 28 (high). Start predni\u200bsone 40 mg daily x 7 days, then 30 mg. -Dr. Lindqvist",
     "BLOCK", "care-instructions", "sms", "en",
     [("Cr\u200bohn\u2019s", "CONDITION"), ("[[flare]] labs", "RESULT"), ("CRP", "PROCEDURE"), ("28", "RESULT"), ("([[high]])", "RESULT"), ("predni\u200bsone 40 mg", "MEDICATION"), ("Dr. Lindqvist", "PROVIDER")],
     ["general", "lab"], "Zero-width spaces inside the diagnosis and the drug; a value, a flag and a dosing instruction; decision 15 for 'flare'."),
    ("bd0099", "Hi Nolan, your \u0440rostate MRI is confirmed for 3/30 at 6:20 PM at Westgate Imaging. Please arrive 20 minutes early.",
     "REWRITE", "confirmation", "sms", "en",
     [("Nolan", "NAME"), ("\u0440rostate MRI", "PROCEDURE"), ("3/30", "DATE"), ("Westgate Imaging", "SPECIALTY")],
     ["imaging"], "Cyrillic 'р' in 'prostate'; the named scan and the imaging name go (README: imaging names are specialty-revealing)."),
    ("bd0100", "{{practice_name}}: Reminder of your colonoscopy on {{appt_date}} at {{appt_time}}. Pick up your prep kit at {{pharmacy_name}} at least 3 days before. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("prep", "PROCEDURE")],
     ["general", "template"], "Fixed template text names the procedure and its prep (README: colonoscopy 'prep' is PROCEDURE; 'kit' outside, decision 4); placeholders carry no patient data."),
    ("bd0101", "{{practice_name}}: Reminder of your appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. You may not drive for the rest of the day, so please arrange a ride home. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Decision 3: a sedation-style driver note names no procedure; placeholders carry no patient data."),
    ("bd0102", "Registration for Wendell Abara, DOB 08/14/1961: EGD + colonoscopy on 4/2 at 7:00 AM with Dr. Farouk. Reply YES if this is correct.",
     "BLOCK", "confirmation", "sms", "en",
     [("Wendell Abara", "NAME"), ("08/14/1961", "DATE"), ("EGD", "PROCEDURE"), ("colonoscopy", "PROCEDURE"), ("4/2", "DATE"), ("Dr. Farouk", "PROVIDER")],
     ["general", "dob"], "A full date of birth with the name is BLOCK (README)."),
    ("bd0103", "Hi Ms. Haverford - since you're 92, Dr. Obi would like a quick phone check-in with our nurse before your procedure on 6/12. We'll call you tomorrow between 10 and noon.",
     "REWRITE", "other", "sms", "en",
     [("Haverford", "NAME"), ("92", "AGE"), ("Dr. Obi", "PROVIDER"), ("6/12", "DATE")],
     ["general", "age-over-89"], "An age over 89 and the name go; the generic 'procedure' and the call-back survive."),
    ("bd0104", "Subject: Getting here on the day of your visit\n\nHello from Ridgeview Surgery Center!\n\nWe're located at 4750 Meridian Pkwy, Building 2, Aurora, CO 80014, just east of the light-rail station. Enter from the north lot and follow the blue signs to Entrance B. Check-in opens at 6:00 AM.\n\nA few reminders:\n- Remove nail polish and acrylics from at least one finger.\n- Bring your photo ID, insurance card and a list of medications and allergies.\n- Only one adult companion may wait in the lobby.\n- Your driver must be available to pick you up as soon as you are ready.\n- Children under 12 may not wait in the recovery area.\n\nFree interpreters, including ASL, are available if you tell us 48 hours ahead. Wheelchairs are just inside Entrance B, and a volunteer can walk you to the elevator.\n\nYou can complete paperwork ahead of time at ridgeviewsc.example/forms. Questions? Call (303) 555-0124, Monday-Friday 7-4.\n\nThank you for choosing Ridgeview Surgery Center.",
     "ALLOW", "reminder", "email", "en",
     [("4750 Meridian Pkwy, Building 2, Aurora, CO 80014", "ADDRESS"), ("ridgeviewsc.example/forms", "URL"), ("(303) 555-0124", "PHONE")],
     ["general", "practice-contact"], "Decisions 2 and 3: a generic surgery-center name and generic arrival logistics ('nail polish', 'allergies' as a list to bring); the center's own address, link and phone."),
    ("bd0105", "Estimada Sra. Maldonado:\n\nLe escribimos de parte de la Dra. Robles. Las biopsias que se tomaron durante su colonoscopia confirman colitis ulcerosa leve del lado izquierdo. La buena noticia es que responde bien al tratamiento.\n\nIndicaciones:\n1. Mesalamina 1.2 g, 4 tabletas juntas con el desayuno, todos los días.\n2. Supositorios de mesalamina 1 g cada noche por 4 semanas.\n3. Evite el ibuprofeno y el naproxeno.\n\nSi tiene más de 6 evacuaciones con sangre al día, fiebre o dolor fuerte, acuda a urgencias.\n\nLa esperamos en su consulta de control en 8 semanas.\n\nAtentamente,\nCentro de Enfermedades Digestivas del Norte\n(956) 555-0162",
     "BLOCK", "care-instructions", "email", "es",
     [("Maldonado", "NAME"), ("Dra. Robles", "PROVIDER"), ("biopsias", "PROCEDURE"), ("colonoscopia", "PROCEDURE"), ("colitis ulcerosa", "CONDITION"), ("leve del lado izquierdo", "RESULT"), ("Mesalamina 1.2 g", "MEDICATION"), ("mesalamina 1 g", "MEDICATION"), ("ibuprofeno", "MEDICATION"), ("naproxeno", "MEDICATION"), ("evacuaciones con sangre", "CONDITION"), ("fiebre", "CONDITION"), ("dolor fuerte", "CONDITION"), ("Centro de Enfermedades Digestivas del Norte", "SPECIALTY"), ("(956) 555-0162", "PHONE")],
     ["general", "pharmacy", "practice-contact"], "Diagnosis from biopsies and dosing by e-mail; decision 14 for the symptoms; decision 15 for 'leve del lado izquierdo' (mild, left-sided)."),
    ("bd0106", "Farmacia San Marcos: su preparación intestinal (SUFLAVE) ya está lista para recoger. Recójala antes del viernes. Dudas al 210-555-0183.",
     "REWRITE", "pickup", "sms", "es",
     [("preparación intestinal", "PROCEDURE"), ("SUFLAVE", "MEDICATION"), ("210-555-0183", "PHONE")],
     ["pharmacy", "practice-contact"], "Decision 3: bowel prep and its drug in a pickup notice go; the pharmacy name is generic."),
    ("bd0107", "Clínica Familiar Esperanza: taller gratuito de preparación de comidas saludables y económicas este sábado a las 10 am en el salón comunitario. ¡Traiga a toda la familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "'Preparación' of meals; a cooking-class broadcast."),
    ("bd0108", "Buenos días, este mensaje es para el señor Benítez. Le llamamos del consultorio del Dr. Salcedo. Su biopsia de próstata salió positiva para cáncer. El doctor quiere verlo el jueves para hablar del tratamiento. Por favor regrese la llamada al 915-555-0139.",
     "BLOCK", "result", "voice", "es",
     [("Benítez", "NAME"), ("Dr. Salcedo", "PROVIDER"), ("biopsia de próstata", "PROCEDURE"), ("positiva", "RESULT"), ("cáncer", "CONDITION"), ("915-555-0139", "PHONE")],
     ["oncology", "practice-contact"], "A cancer diagnosis on voicemail (voice treated like SMS)."),
)

# ---------------------------------------------------------------- batch 10 (bd0109-bd0120): auth, billing, account notices, breath tests, last results
add(
    ("bd0109", "Good news: Apex Health Plan approved your colonoscopy (auth #77-AX-41930). Member ID ZHP448120973. You're all set for 4/2.",
     "REWRITE", "other", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("77-AX-41930", "OTHER_ID"), ("ZHP448120973", "HEALTH_PLAN_ID"), ("4/2", "DATE")],
     ["general", "identifier"], "Authorization number (OTHER_ID, as build_probe7 decided) and member ID are not needed; the approval itself survives once the procedure goes."),
    ("bd0110", "Facturación de Lakeview Medical: tiene un estado de cuenta disponible por servicios del 10 de marzo. Pague en pago.lakeviewmed.example o llame al (402) 555-0190.",
     "ALLOW", "billing", "sms", "es",
     [("10 de marzo", "DATE"), ("pago.lakeviewmed.example", "URL"), ("(402) 555-0190", "PHONE")],
     ["general", "practice-contact"], "Statement notice with no service named; the practice's own payment link and phone."),
    ("bd0111", "Pinecrest Digestive Health: Your balance of $240.18 for your EGD on 6/9 is due. Acct #00341877. Pay at pinecrestdh.example/pay.",
     "REWRITE", "billing", "sms", "en",
     [("Pinecrest Digestive Health", "SPECIALTY"), ("EGD", "PROCEDURE"), ("6/9", "DATE"), ("00341877", "ACCOUNT"), ("pinecrestdh.example/pay", "URL")],
     ["general", "identifier", "practice-contact"], "Billing that names the procedure, the GI practice and the account number; the balance and payment link survive."),
    ("bd0112", "Harbor Family Practice is closed Super Bowl Sunday and opens at 8 AM Monday. Enjoy the game and go easy on the wings!",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "'Bowl' is not 'bowel'; an event day is not a date element."),
    ("bd0113", "Dr. Obi: Great news, no polyps found today! Your next colonoscopy is due in 10 years.",
     "BLOCK", "result", "push", "en",
     [("Dr. Obi", "PROVIDER"), ("no polyps", "RESULT"), ("colonoscopy", "PROCEDURE")],
     ["general"], "A normal finding on a lock-screen push is still a result (README)."),
    ("bd0114", "Este es un recordatorio automático de Grupo Médico Lakeshore. Tiene una cita el lunes 20 de abril a las 9 de la mañana con el Dr. Obi. Para confirmar, oprima 1. Para cambiar su cita, oprima 2.",
     "ALLOW", "reminder", "voice", "es",
     [("20 de abril", "DATE"), ("Dr. Obi", "PROVIDER")],
     ["general"], "IVR reminder from a generic group name with provider, date and time only."),
    ("bd0115", "Your Crestline account password was changed on 8/30. If this wasn't you, contact support right away at help@crestline.example.",
     "ALLOW", "other", "email", "en",
     [("8/30", "DATE"), ("help@crestline.example", "EMAIL")],
     ["general", "practice-contact"], "Account-security notice from a neutral brand; the vendor's own support address."),
    ("bd0116", "Hi Ms. Tran, for your H. pylori breath test on 8/11: stop omeprazole 2 weeks before and Pepto-Bismol 4 weeks before. You can use Tums until the day before.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tran", "NAME"), ("H. pylori breath test", "PROCEDURE"), ("8/11", "DATE"), ("omeprazole", "MEDICATION"), ("Pepto-Bismol", "MEDICATION"), ("Tums", "MEDICATION")],
     ["lab", "general"], "Decision 3: instructions to stop named drugs before a test are medication instructions; nothing usable survives their removal. Judgement call."),
    ("bd0117", "Your H. pylori breath test was positive. Dr. Farouk sent bismuth quadruple therapy to your pharmacy: take everything for 14 days, then we'll retest 4 weeks after you finish. Avoid alcohol while on metronidazole.",
     "ALLOW", "result", "portal", "en",
     [("H. pylori breath test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Farouk", "PROVIDER"), ("bismuth quadruple therapy", "MEDICATION"), ("metronidazole", "MEDICATION")],
     ["lab", "general"], "Result and treatment inside the secure portal (README channel convention)."),
    ("bd0118", "Hi Sofia, reminder of your celiac follow-up with Amy Ng, RD on Thu 9/3 at 10:30. Bring a 3-day food diary if you can.",
     "REWRITE", "reminder", "sms", "en",
     [("Sofia", "NAME"), ("celiac", "CONDITION"), ("Amy Ng, RD", "PROVIDER"), ("9/3", "DATE")],
     ["general"], "Condition as visit label ('follow-up' outside); decision 11: RD is a generic credential kept inside the PROVIDER span like RN."),
    ("bd0119", "Clínica Familiar Santa Fe: a partir del lunes también atendemos en nuestra nueva sede frente al Parque Colón. Mismo horario, mismo teléfono.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Colón' as a park name at the practice's new site, not a patient's geography or an organ."),
    ("bd0120", "ur colonoscopy showed internal hemorrhoids and a few diverticula, nothing else. more fiber + water daily. see u in 10 yrs! -Lakeshore GI",
     "BLOCK", "result", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("internal hemorrhoids", "CONDITION"), ("diverticula", "CONDITION"), ("nothing else", "RESULT"), ("Lakeshore GI", "SPECIALTY")],
     ["general", "shorthand"], "Findings in staff shorthand; a mostly normal colonoscopy is still a result."),
)

if __name__ == "__main__":
    probe_lib.run(M, "bd", "probe53.jsonl")
