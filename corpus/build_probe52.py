#!/usr/bin/env python3
"""Build corpus/probe52.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe52.py [OUT] [-v]   (default: probe52.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read).
This round is CARE GAPS AND POPULATION-HEALTH OUTREACH: what health plans (Medicare Advantage,
Medicaid managed care, commercial), ACOs, care-management vendors, quality teams and primary-care
practices send to close care gaps — annual wellness visits, overdue screenings (mammogram,
colorectal kits, cervical, lung CT, bone density), "our records show" outreach tied to a condition
(diabetic eye exam, A1c due, kidney screening, statin adherence, blood-pressure control),
medication adherence and refill-gap nudges, post-discharge follow-up and transitions of care,
health-risk assessments, gift-card incentives, member ID and PCP-assignment notices, benefit
reminders, flu/pneumonia/shingles campaigns, care-manager introductions. Logistics that may go as
written, messages that may go once a name, program, test or identifier is removed, and messages
that must not go by text (a gap that asserts a diagnosis, missed doses of a named drug, a
hospitalization, results). Hard negatives: age-band screenings offered to every member, wellness
newsletters, plan names, member-services numbers, incentive amounts, HEDIS and Star ratings as
program names, "gap" and "screen" in other senses. 20% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "BI-RADS [[0]]" searches for "BI-RADS 0" and
      labels only the bracketed part "0".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. "annual/yearly wellness visit" without "Medicare" is generic primary care (README: wellness
     visit is not revealing) and is not labelled; "Medicare Annual Wellness Visit" is revealing
     (README: "Medicare wellness") and is one PROCEDURE span "Medicare Annual Wellness", the
     generic "Visit" outside.
  2. A health plan's, ACO's or outreach vendor's own member-services, nurse-line and scheduling
     numbers, links and the assigned PCP office's address count as the sender's own contact
     details (labelled, ALLOW, tag practice-contact). "TTY 711" is a relay-service short code
     like 911/988 and is not labelled.
  3. Plan names (including "Medicare Advantage", "Medicaid", "Medi-Cal"), ACO and vendor names,
     "HEDIS" and "Stars" used as program names are not labelled: they reveal coverage, not health.
  4. Age-band campaigns (women 40+, adults 45-75, 65+) sent to everyone in the band are
     broadcasts: ALLOW with no span, even when they name a screening.
  5. A gap message that ASSERTS the recipient's diagnosis, pregnancy or risk factor ("because you
     have type 2 diabetes", "congratulations on your pregnancy", "your chart lists you as a
     current smoker", HRA answers read back) is BLOCK: the diagnosis is the content. A gap that
     only NAMES a condition-labelled exam, programme or visit type ("diabetic eye exam", "Heart
     Failure Program", "postpartum visit") is REWRITE under README's visit-label rule.
     Condition-named exams are one PROCEDURE span (like README's "depression screening").
  6. A refill-due, ready or shipped notice naming a drug is REWRITE (README pickup rule). A
     message stating non-adherence with a named drug (gaps in fills, days without it, percent of
     days covered, "are you still taking it", "has not picked up") is BLOCK; a percent of days
     covered is RESULT, day counts ("47 days ago") are left unlabelled.
  7. A past inpatient stay or ED visit told as an event of the patient (facility, date, reason)
     is BLOCK; a visit type that only implies one ("post-hospital follow-up", "discharge"
     paperwork) is REWRITE. Encounter words ("hospital stay", "hospitalización", "ER visits",
     "discharge") are PROCEDURE.
  8. A programme named after a condition keeps the generic word outside (README "clínica de
     VIH"): "Heart Failure" CONDITION + "Program". A named programme without a condition
     ("Complex Care") is PROCEDURE. A care-manager introduction with no programme or condition
     is ALLOW (care management is offered plan-wide; the manager is workforce -> PROVIDER).
  9. A vaccine named after its disease is one PROCEDURE span ("pneumonia vaccine", "vacuna
     contra el VPH"); test kits and test brands (FIT kit, Cologuard) and a CGM (Dexcom) are
     PROCEDURE, not MEDICATION; a pharmacist "medication review" offered to one patient is
     PROCEDURE (like README's "med check").
 10. A nurse "blood pressure check" for one patient is a revealing visit type: "blood pressure"
     PROCEDURE (README's BP as a measure), generic "check" outside.
 11. Symptoms and behaviours read back from a health-risk assessment (feeling down, falls,
     smoking, drinking) are CONDITION (README: symptoms are conditions).
 12. A parcel tracking number on a drug shipment is OTHER_ID (unique code tied to the patient's
     address); a patient's ZIP on its own is ZIP.
 13. Spoken phone numbers in voice scripts are labelled PHONE over the spoken digits.
 14. Purposes: care-gap and due-for outreach -> recall; incentive and benefit campaigns,
     newsletters -> marketing; ID-card, PCP-assignment, enrolment, care-manager notices -> other;
     refill/shipping -> pickup; results -> result.
 15. Dates in a plan's service-hours line ("Oct 1-Mar 31") are calendar dates and labelled DATE
     though they are nobody's appointment (ALLOW either way).

Everything is invented: names, practices, plans, 555-01xx numbers, example domains, identifiers;
the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bc0001-bc0012): wellness visits, PCP assignment, member IDs
add(
    ("bc0001", "Sunridge Health: It's time for your annual wellness visit! It's covered at $0 for members. Call your doctor's office to book. Reply HELP for help, STOP to opt out.",
     "ALLOW", "recall", "sms", "en", [],
     ["primary-care", "hard-negative"], "Generic wellness visit, plan name and a $0 cost; nothing about the recipient's health. Decision 1: 'annual wellness visit' without 'Medicare' is generic."),
    ("bc0002", "Hi Evelyn, this is Crestline Primary Care. Our records show you're due for your Medicare Annual Wellness Visit. Dr. Okafor has openings on 3/17 and 3/19 - reply 1 or 2 to pick a day.",
     "REWRITE", "recall", "sms", "en",
     [("Evelyn", "NAME"), ("Medicare Annual Wellness", "PROCEDURE"), ("Dr. Okafor", "PROVIDER"), ("3/17", "DATE"), ("3/19", "DATE")],
     ["primary-care"], "README: 'Medicare wellness' is a revealing visit type; decision 1: span stops before the generic 'Visit'. Name goes; provider and dates stay."),
    ("bc0003", "Welcome to Cascadia Community Health Plan! Your primary care provider (PCP) is Dr. Imani Boateng at Riverside Family Practice, 2200 Alder St, Suite 140, Eugene, OR 97401, (541) 555-0128. To change your PCP, call Member Services at 1-800-555-0166 (TTY 711), 8am-8pm, 7 days a week.",
     "ALLOW", "other", "email", "en",
     [("Dr. Imani Boateng", "PROVIDER"), ("2200 Alder St, Suite 140, Eugene, OR 97401", "ADDRESS"), ("(541) 555-0128", "PHONE"), ("1-800-555-0166", "PHONE")],
     ["primary-care", "practice-contact"], "PCP assignment: the assigned office's address and phone and the plan's member-services line are the senders' own (decision 2); TTY 711 is not a phone identifier; no patient data."),
    ("bc0004", "Your new Sunridge Medicare Advantage ID card is in the mail. Member ID: SR4417 20983. Your PCP: Dr. Hal Whitford. Questions? 1-800-555-0167",
     "REWRITE", "other", "sms", "en",
     [("SR4417 20983", "HEALTH_PLAN_ID"), ("Dr. Hal Whitford", "PROVIDER"), ("1-800-555-0167", "PHONE")],
     ["general", "identifier", "practice-contact"], "The member ID is a beneficiary number not needed to say a card is coming; plan name is not labelled (decision 3)."),
    ("bc0005", "Your new member ID card is on the way and should arrive in 7-10 days. Until then, you can show the digital card in the Sunridge app.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "ID-card mailing notice without the number; '7-10 days' is not a date."),
    ("bc0006", "Cascadia Community Health: Su médico primario asignado es la Dra. Lucía Ferrer. Si desea cambiarlo, llame a Servicios al Miembro al 1-800-555-0166 (TTY 711), de lunes a viernes de 8 a 6.",
     "ALLOW", "other", "sms", "es",
     [("Dra. Lucía Ferrer", "PROVIDER"), ("1-800-555-0166", "PHONE")],
     ["primary-care", "practice-contact"], "PCP assignment with the provider and the plan's own number (decision 2)."),
    ("bc0007", "Hola Sr. Benítez, su número de miembro de Medi-Cal es 91827364A y su nueva clínica asignada es Centro de Salud Las Palmas. Llámenos al (559) 555-0131 si tiene preguntas.",
     "REWRITE", "other", "sms", "es",
     [("Benítez", "NAME"), ("91827364A", "HEALTH_PLAN_ID"), ("(559) 555-0131", "PHONE")],
     ["primary-care", "identifier", "practice-contact"], "Name and Medicaid member number go; the generic clinic name, the plan name (decision 3) and the clinic's phone stay."),
    ("bc0008", "Dear Walter Kowalczyk, thank you for completing your enrollment. Please review: Date of birth 02/09/1949, Medicare ID 1EG4-TE5-MK72, assigned PCP Dr. Sandra Ilves. If anything is incorrect, call us at 1-800-555-0168.",
     "BLOCK", "other", "email", "en",
     [("Walter Kowalczyk", "NAME"), ("02/09/1949", "DATE"), ("1EG4-TE5-MK72", "HEALTH_PLAN_ID"), ("Dr. Sandra Ilves", "PROVIDER"), ("1-800-555-0168", "PHONE")],
     ["general", "dob", "identifier", "practice-contact"], "A full date of birth with the member's name (plus the Medicare beneficiary ID) must never travel by unencrypted e-mail (README)."),
    ("bc0009", "Sunridge: Reminder - you earn a $50 reward card when you complete your annual checkup this year. Tap to see how rewards work.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Plan-wide incentive: an amount and a generic checkup; sent to every member."),
    ("bc0010", "Happy 94th birthday, Mrs. Delacroix! 🎂 From all of us at Willow Bend Primary Care. When you're ready, call us to set up your yearly wellness visit.",
     "REWRITE", "marketing", "sms", "en",
     [("94th", "AGE"), ("Delacroix", "NAME")],
     ["primary-care", "age-over-89"], "An age over 89 (the ordinal, README) and the name go; the generic wellness visit stays (decision 1)."),
    ("bc0011", "Hello, this is an automated call from Northstar Health Partners, an accountable care organization working with your doctor. We're calling to remind you that your yearly checkup is covered. To schedule, press 1 or call 5 0 3, 5 5 5, 0 1 4 2.",
     "ALLOW", "recall", "voice", "en",
     [("5 0 3, 5 5 5, 0 1 4 2", "PHONE")],
     ["primary-care", "practice-contact"], "Voice script with the ACO's own number spoken digit by digit (decision 13); no patient data, ACO name not labelled (decision 3)."),
    ("bc0012", "Dr. Priya Raman's office: You're scheduled for your annual physical on Tues 4/14 at 8:30am. Please come fasting for blood work (water is OK).",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Priya Raman", "PROVIDER"), ("4/14", "DATE")],
     ["primary-care"], "Annual physical and fasting blood work are generic (README); provider and date are allowed."),
)

# ---------------------------------------------------------------- batch 2 (bc0013-bc0024): breast, cervical and colorectal screening
add(
    ("bc0013", "Hi Tamsin! Our records show you're due for your screening mammogram. Book at Bayview Imaging: (619) 555-0134 or bayviewimaging.example/book. Reply STOP to opt out.",
     "REWRITE", "recall", "sms", "en",
     [("Tamsin", "NAME"), ("screening mammogram", "PROCEDURE"), ("Bayview Imaging", "SPECIALTY"), ("(619) 555-0134", "PHONE"), ("bayviewimaging.example/book", "URL")],
     ["imaging", "practice-contact"], "Name, the test and the imaging-centre name go (README: imaging names reveal); the recall and the centre's own phone and link survive."),
    ("bc0014", "October is Breast Cancer Awareness Month. Women 40 and older: screening mammograms are covered at no cost with most plans. Ask your provider at your next visit. - Parkside Medical Group",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 4: an age-band screening campaign sent to every member says nothing about the recipient's record."),
    ("bc0015", "Cedar Ridge Imaging: your mammogram from 2/26 needs additional views (BI-RADS 0). Please call 555-0148 to schedule a diagnostic mammogram and ultrasound.",
     "BLOCK", "result", "sms", "en",
     [("Cedar Ridge Imaging", "SPECIALTY"), ("mammogram", "PROCEDURE"), ("2/26", "DATE"), ("needs additional views", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[0]]", "RESULT"), ("diagnostic mammogram", "PROCEDURE"), ("ultrasound", "PROCEDURE"), ("555-0148", "PHONE")],
     ["imaging", "practice-contact"], "A screening call-back is a finding (BI-RADS 0, additional views): removal leaves no message, so BLOCK and send a portal notice."),
    ("bc0016", "Hola Marisela, le recordamos que ya le toca su mamografía anual. Puede hacer su cita en Clínica del Valle llamando al 956-555-0119. ¡La prueba no tiene costo con su plan!",
     "REWRITE", "recall", "sms", "es",
     [("Marisela", "NAME"), ("mamografía", "PROCEDURE"), ("956-555-0119", "PHONE")],
     ["primary-care", "imaging", "practice-contact"], "Name and the test go ('anual' is a generic word left outside); generic clinic name and its phone stay."),
    ("bc0017", "Subject: You may be due for an important screening\n\nDear Ms. Abernathy,\n\nAt Hollis Street Women's Health, your health is our priority. Our records indicate that it has been more than three years since your last Pap test. Regular cervical cancer screening is one of the best ways to find problems early, when they are easiest to treat.\n\nScheduling is easy:\n- Book online at hollisstreetwh.example/schedule\n- Call us at (312) 555-0145, Monday-Friday 7:30am-6pm\n- Saturday appointments are available at our Lincoln Square office\n\nIf you have had this test somewhere else, please let us know so we can update your chart. You can reply to this email or send the date and place through the portal.\n\nWarm regards,\nThe Care Team at Hollis Street Women's Health",
     "REWRITE", "recall", "email", "en",
     [("Abernathy", "NAME"), ("Hollis Street Women's Health", "SPECIALTY"), ("Pap test", "PROCEDURE"), ("cervical cancer screening", "PROCEDURE"), ("hollisstreetwh.example/schedule", "URL"), ("(312) 555-0145", "PHONE"), ("Hollis Street Women's Health", "SPECIALTY", 1)],
     ["reproductive", "practice-contact"], "Long recall e-mail: a women's-health practice name (reproductive care, README) twice, the test and the name go; the practice's own link and phone stay. 'Lincoln Square' is the practice's office, not labelled."),
    ("bc0018", "Hi, it's Nurse Gwen at Alder Creek Family Medicine. Your Pap from last month was normal but your HPV test was positive, so Dr. Lindqvist wants to repeat it in 1 year. Call w/ questions 555-0152.",
     "BLOCK", "result", "sms", "en",
     [("Nurse Gwen", "PROVIDER"), ("Pap", "PROCEDURE"), ("normal", "RESULT"), ("HPV test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("555-0152", "PHONE")],
     ["reproductive", "primary-care", "practice-contact"], "Results (normal Pap, positive HPV) and a follow-up plan are the message: BLOCK."),
    ("bc0019", "Your free at-home FIT kit is being mailed to 88 Larkspur Ct, Apt 2B, Toledo, OH 43604. Return it within 14 days to get a $25 gift card! Questions: 1-866-555-0173",
     "REWRITE", "recall", "sms", "en",
     [("FIT kit", "PROCEDURE"), ("88 Larkspur Ct, Apt 2B, Toledo, OH 43604", "ADDRESS"), ("1-866-555-0173", "PHONE")],
     ["lab", "practice-contact"], "The patient's home address and the named test kit go (decision 9: a test kit is PROCEDURE); the incentive amount and the plan's number stay."),
    ("bc0020", "Good news - your FIT test came back negative! No further testing is needed until next year. - Lakeshore Health Plan Quality Team",
     "BLOCK", "result", "sms", "en",
     [("FIT test", "PROCEDURE"), ("negative", "RESULT")],
     ["lab", "contrast"], "A negative result is still a result (README): BLOCK, send a portal notice. Same text on the portal is ALLOW (bc0021)."),
    ("bc0021", "Good news - your FIT test came back negative! No further testing is needed until next year. - Lakeshore Health Plan Quality Team",
     "ALLOW", "result", "portal", "en",
     [("FIT test", "PROCEDURE"), ("negative", "RESULT")],
     ["lab", "contrast"], "Same text as bc0020 inside the secure portal: results may stay (README channel convention)."),
    ("bc0022", "Sra. Quintanilla, el resultado de su prueba de sangre oculta en heces salió positivo. Es importante programar una colonoscopia lo antes posible. Llame al 915-555-0176.",
     "BLOCK", "result", "sms", "es",
     [("Quintanilla", "NAME"), ("prueba de sangre oculta en heces", "PROCEDURE"), ("positivo", "RESULT"), ("colonoscopia", "PROCEDURE"), ("915-555-0176", "PHONE")],
     ["lab", "practice-contact"], "A positive stool test and the next step are the message: BLOCK."),
    ("bc0023", "Reminder from Greenway Health Plan: colorectal cancer screening is recommended for adults 45-75. Options include an at-home stool test or a colonoscopy. Talk to your doctor about which is right for you.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 4: age-band recommendation sent to every member 45-75; it names the screening but nothing about the recipient's own record."),
    ("bc0024", "Reminder: your Cologuard kit is still waiting to be sent back. Schedule a free UPS pickup in the app.",
     "REWRITE", "recall", "push", "en",
     [("Cologuard", "PROCEDURE")],
     ["lab"], "The recipient's own test kit, named, on a lock screen: the brand goes (decision 9: a test brand is PROCEDURE, not MEDICATION); 'your kit is waiting' survives."),
)

# ---------------------------------------------------------------- batch 3 (bc0025-bc0036): diabetes gaps, A1c, kidney, statins
add(
    ("bc0025", "Our records show you are due for a diabetic eye exam this year. Good news: we now take retinal photos right here in the office in about 10 minutes! Call Mapleton Family Health at 555-0125 to book.",
     "REWRITE", "recall", "sms", "en",
     [("diabetic eye exam", "PROCEDURE"), ("retinal photos", "PROCEDURE"), ("555-0125", "PHONE")],
     ["primary-care", "ophthalmology", "practice-contact"], "Decision 5: a condition-named exam only labels the gap (README: condition-named exams are revealing visit types) -> REWRITE, one PROCEDURE span; the recall survives."),
    ("bc0026", "Hi Desmond, because you have type 2 diabetes, your plan covers a yearly kidney health test (urine albumin). Our records show you haven't had one since 2024. Call 1-800-555-0174 to schedule.",
     "BLOCK", "recall", "sms", "en",
     [("Desmond", "NAME"), ("type 2 diabetes", "CONDITION"), ("kidney health test", "PROCEDURE"), ("urine albumin", "PROCEDURE"), ("1-800-555-0174", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 5: the message asserts the recipient's diagnosis ('because you have type 2 diabetes'); the diagnosis is the content, not a visit label -> BLOCK."),
    ("bc0027", "Friendly reminder from Harborview Internal Medicine: your A1c check is due. Stop by the lab any weekday 7-11am, no appointment needed.",
     "REWRITE", "recall", "sms", "en",
     [("A1c", "PROCEDURE")],
     ["primary-care", "lab"], "A1c (README example of PROCEDURE) reveals diabetes monitoring; 'check' is the generic word outside; the lab-hours reminder survives."),
    ("bc0028", "Dr. Castellanos reviewed your labs: A1c 8.9% (up from 7.6%). He'd like you to increase metformin to 1000 mg twice daily and recheck in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Castellanos", "PROVIDER"), ("A1c", "PROCEDURE"), ("8.9%", "RESULT"), ("7.6%", "RESULT"), ("metformin", "MEDICATION")],
     ["primary-care"], "Values and a dose change are the message (dose written apart from the drug is outside the span, README)."),
    ("bc0029", "Hi Renata, your A1c from 1/12 was 6.8%, which meets your goal of under 7%. Keep up the great work! Next check is due in 6 months. - Dr. Achebe",
     "ALLOW", "result", "portal", "en",
     [("Renata", "NAME"), ("A1c", "PROCEDURE"), ("1/12", "DATE"), ("6.8%", "RESULT"), ("Dr. Achebe", "PROVIDER")],
     ["primary-care"], "Inside the secure portal a result and the name may stay (README channel convention). The goal '7%' is a target, not the patient's value: not labelled (judgement)."),
    ("bc0030", "Buenas tardes, le habla Rocío de Clínica Familiar San Judas. Según nuestros registros le falta su examen de la vista para diabéticos de este año. ¿Le gustaría agendar? Responda SÍ.",
     "REWRITE", "recall", "sms", "es",
     [("Rocío", "PROVIDER"), ("examen de la vista para diabéticos", "PROCEDURE")],
     ["primary-care", "ophthalmology"], "Staff sender is PROVIDER (README); the condition-named exam is one PROCEDURE span (decision 5) and goes; the recall survives."),
    ("bc0031", "Sr. Aguirre, su nivel de azúcar (A1c) salió en 10.2 en su último análisis. La Dra. Peña quiere verlo esta semana para ajustar su insulina.",
     "BLOCK", "result", "sms", "es",
     [("Aguirre", "NAME"), ("nivel de azúcar", "PROCEDURE"), ("A1c", "PROCEDURE"), ("10.2", "RESULT"), ("Dra. Peña", "PROVIDER"), ("insulina", "MEDICATION")],
     ["primary-care"], "A value and a treatment change: BLOCK. Judgement: 'nivel de azúcar' is the measure, like A1c (README: a measure is PROCEDURE, its value RESULT)."),
    ("bc0032", "Walgrove Pharmacy: Your atorvastatin 40 mg is due for refill. Reply R to refill or call 555-0139. Rx ready in 2 hrs.",
     "REWRITE", "pickup", "sms", "en",
     [("atorvastatin 40 mg", "MEDICATION"), ("555-0139", "PHONE")],
     ["pharmacy", "practice-contact"], "Decision 6: a refill-due notice naming the drug is REWRITE like a pickup (README); drug and strength are one span."),
    ("bc0033", "Sunridge Pharmacy Team: Our claims show gaps in your rosuvastatin fills - you've had it on hand only 61% of days this year. Missing doses can raise your risk of heart attack. Call us at 1-800-555-0179 to talk to a pharmacist.",
     "BLOCK", "other", "sms", "en",
     [("rosuvastatin", "MEDICATION"), ("61%", "RESULT"), ("heart attack", "CONDITION"), ("1-800-555-0179", "PHONE")],
     ["pharmacy", "practice-contact"], "Decision 6: non-adherence with a named drug and its proportion of days covered is clinical content -> BLOCK; the adherence value is RESULT."),
    ("bc0034", "Subject: Your Spring Wellness Newsletter\n\nInside this issue:\n- 5 easy ways to lower your blood pressure at home (hint: less salt, more walking)\n- Statins: myths vs. facts from our pharmacists\n- Why adults 45 and over should ask about colon cancer screening\n- Diabetes Prevention classes start in May at the Eastside Community Center\n- Recipe: lemony white bean salad with herbs\n- Our plan earned 4 Stars again - thank you!\n\nYou are receiving this newsletter because you are a Greenway Health Plan member. To stop receiving it, click Unsubscribe below or call the number on the back of your ID card.\n\nGreenway Health Plan - 1 Commerce Way - Newsletter No. 2027-04",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Newsletter to every member: health topics, statins, screenings and Star ratings in general say nothing about the recipient (README broadcasts; decision 3). The plan's street without a number and the issue number are not labelled."),
    ("bc0035", "Hi, this message is for Bernard Tully. This is Marguerite calling from Lakeshore Health Plan's care team about some preventive care you may be due for. Our records show you're due for a diabetic foot exam and an A1c test. Please call us back at 8 0 0, 5 5 5, 0 1 8 1. Thank you.",
     "REWRITE", "recall", "voice", "en",
     [("Bernard Tully", "NAME"), ("Marguerite", "PROVIDER"), ("diabetic foot exam", "PROCEDURE"), ("A1c test", "PROCEDURE"), ("8 0 0, 5 5 5, 0 1 8 1", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail is treated like SMS (README). Name and condition-named exams go (decision 5); the call-back request survives; spoken number labelled (decision 13)."),
    ("bc0036", "Hi Mrs. Ostrowski, this is Sunridge Care Management. Your husband Frank is overdue for his diabetic eye exam and his last blood pressure was high. Can you help him schedule? Call 1-800-555-0182.",
     "BLOCK", "recall", "sms", "en",
     [("Ostrowski", "NAME"), ("Frank", "NAME"), ("diabetic eye exam", "PROCEDURE"), ("blood pressure", "PROCEDURE"), ("high", "RESULT"), ("1-800-555-0182", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "A third party's health (a spouse's condition-named gap and a high reading) sent to the recipient: BLOCK (README)."),
)

# ---------------------------------------------------------------- batch 4 (bc0037-bc0048): blood pressure, lung CT, bone density, kidney, discharge
add(
    ("bc0037", "Free blood pressure checks this Saturday 9-1 at the Eastgate Library, hosted by Fairmont Medical Group. No appointment, no insurance needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Community broadcast (README: free blood-pressure checks are a broadcast): no span."),
    ("bc0038", "Hi Lorraine - Fairmont Medical Group here. Please stop in for a quick nurse blood pressure check within the next 2 weeks; no copay. Walk-ins M-F 8-4.",
     "REWRITE", "recall", "sms", "en",
     [("Lorraine", "NAME"), ("blood pressure", "PROCEDURE")],
     ["primary-care", "contrast"], "Decision 10: the same service as bc0037 but as the recipient's own visit is a revealing visit type (README: own flu-shot appointment vs broadcast); name and measure go, 'nurse ... check' survives."),
    ("bc0039", "Ur last 3 BP readings were 162/98, 155/94 & 158/100 - still above goal. Dr Haskell wants u to start amlodipine 5mg daily, sent to ur pharmacy. -Tess RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("BP", "PROCEDURE"), ("162/98", "RESULT"), ("155/94", "RESULT"), ("158/100", "RESULT"), ("above goal", "RESULT"), ("Dr Haskell", "PROVIDER"), ("amlodipine 5mg", "MEDICATION"), ("Tess RN", "PROVIDER")],
     ["primary-care", "shorthand"], "Readings, a finding and a new prescription with dosing: BLOCK."),
    ("bc0040", "Our records show you're due for your yearly low-dose CT lung screening. Call Pinecrest Imaging at (208) 555-0156 to book - it takes less than 10 minutes.",
     "REWRITE", "recall", "sms", "en",
     [("low-dose CT lung screening", "PROCEDURE"), ("Pinecrest Imaging", "SPECIALTY"), ("(208) 555-0156", "PHONE")],
     ["imaging", "practice-contact"], "The named screening (which implies smoking history) and the imaging-centre name go; the recall survives."),
    ("bc0041", "Subject: Lung cancer screening\n\nHello Mr. Reinholt,\n\nBecause your chart lists you as a current smoker with a 30 pack-year history, you qualify for a yearly lung cancer screening with a low-dose CT scan. Dr. Farouk has already placed the order. Please call Pinecrest Imaging at (208) 555-0156 to pick a time; the scan takes less than 10 minutes and no fasting is needed.\n\nWhen you're ready, ask us about our free quit-smoking program.\n\nThank you,\nPinecrest Family Clinic",
     "BLOCK", "recall", "email", "en",
     [("Reinholt", "NAME"), ("current smoker", "CONDITION"), ("30 pack-year", "RESULT"), ("lung cancer screening", "PROCEDURE"), ("low-dose CT", "PROCEDURE"), ("Dr. Farouk", "PROVIDER"), ("Pinecrest Imaging", "SPECIALTY"), ("(208) 555-0156", "PHONE"), ("quit-smoking program", "PROCEDURE")],
     ["imaging", "primary-care", "practice-contact"], "Decision 5: asserts a risk factor from the chart (current smoker, 30 pack-years); decision 11: smoking is CONDITION, its quantity RESULT -> BLOCK."),
    ("bc0042", "Tip: When you arrive, check in on the touch screen kiosk by the front door. If the screen freezes, just tap Help and a staff member will come right over.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'screen' in the sense of a display, not a screening."),
    ("bc0043", "Hola Doña Carmen, le recordamos que ya le toca su estudio de densidad ósea. Lo puede hacer en Imagenología Santa Fe, tel. 505-555-0138.",
     "REWRITE", "recall", "sms", "es",
     [("Carmen", "NAME"), ("estudio de densidad ósea", "PROCEDURE"), ("Imagenología Santa Fe", "SPECIALTY"), ("505-555-0138", "PHONE")],
     ["imaging", "practice-contact"], "Name (title 'Doña' outside, README), the named study and the imaging name go; the recall survives."),
    ("bc0044", "Hi Mr. Oyelaran, your kidney function test showed eGFR 48 and urine albumin 112 mg/g, which is consistent with stage 3 chronic kidney disease. Dr. Brandt will go over it at your 5/9 visit.",
     "BLOCK", "result", "sms", "en",
     [("Oyelaran", "NAME"), ("kidney function test", "PROCEDURE"), ("eGFR", "PROCEDURE"), ("eGFR [[48]]", "RESULT"), ("urine albumin", "PROCEDURE"), ("112 mg/g", "RESULT"), ("stage 3 chronic kidney disease", "CONDITION"), ("Dr. Brandt", "PROVIDER"), ("5/9", "DATE")],
     ["primary-care", "lab"], "Values and a new diagnosis are the message: BLOCK."),
    ("bc0045", "Northfield Primary Care: Our records show your yearly kidney screening (uACR urine test) is due. Drop off a sample at our lab any weekday - no appt needed.",
     "REWRITE", "recall", "sms", "en",
     [("kidney screening", "PROCEDURE"), ("uACR urine test", "PROCEDURE")],
     ["primary-care", "lab"], "The named screening reveals diabetes or kidney follow-up and goes; the drop-off logistics survive."),
    ("bc0046", "Northfield Primary Care: Dr. Esperanza Mwangi has openings on Saturdays this spring. Reply BOOK to schedule your visit or call 555-0161.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Esperanza Mwangi", "PROVIDER"), ("555-0161", "PHONE")],
     ["primary-care", "practice-contact"], "Provider availability and the practice's own phone."),
    ("bc0047", "Hello, this is Marcy, a nurse care coordinator with Valley Health Partners, calling for Lionel Fairbanks. We see you had a hospital stay at St. Brigid Medical Center for heart failure and went home on March 3rd. We'd like to get your follow-up visit scheduled within 7 days. Please call 4 1 5, 5 5 5, 0 1 3 6.",
     "BLOCK", "other", "voice", "en",
     [("Marcy", "PROVIDER"), ("Lionel Fairbanks", "NAME"), ("hospital stay", "PROCEDURE"), ("heart failure", "CONDITION"), ("March 3rd", "DATE"), ("4 1 5, 5 5 5, 0 1 3 6", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 7: an inpatient stay told as an event with facility, reason and date, on a voicemail that may be overheard (README: voice like SMS) -> BLOCK."),
    ("bc0048", "Recuerde: todas las personas mayores de 6 meses pueden vacunarse contra la influenza sin costo en cualquiera de nuestras clínicas. No necesita cita. - Salud Comunitaria del Norte",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Flu-shot broadcast to everyone (README): no span."),
)

# ---------------------------------------------------------------- batch 5 (bc0049-bc0060): adherence, refill gaps, pharmacy, transitions of care
add(
    ("bc0049", "CareLoop for Sunridge: It looks like your last fill of metformin ER 500mg was 47 days ago on a 30-day supply. Are you still taking it? Reply YES, NO, or CALL.",
     "BLOCK", "other", "sms", "en",
     [("metformin ER 500mg", "MEDICATION")],
     ["pharmacy"], "Decision 6: an adherence gap on a named drug ('are you still taking it?') is clinical content about the patient, not a pickup notice -> BLOCK. Judgement: the day counts are left unlabelled; the drug span carries the verdict."),
    ("bc0050", "Walgrove Pharmacy: time to refill your lisin\u043epril 10 mg (Rx #6620148). Reply 1 to refill for pickup tomorrow.",
     "REWRITE", "pickup", "sms", "en",
     [("lisin\u043epril 10 mg", "MEDICATION"), ("6620148", "OTHER_ID")],
     ["pharmacy"], "Disguised with a Cyrillic o in the drug name. A refill notice naming the drug is REWRITE (decision 6); the Rx number is OTHER_ID (README)."),
    ("bc0051", "Walgrove Pharmacy: Your prescription is ready for pickup at our Elm St location. Hours: 9am-9pm daily. Reply STOP to end texts.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice with no drug named (README: 'prescription' is generic); the store's street name is not an address."),
    ("bc0052", "Hola, le escribe la farmacia de su plan. Notamos que no ha surtido su Eliquis desde hace 2 meses. Suspender este medicamento puede aumentar el riesgo de un derrame cerebral. Llámenos: 1-800-555-0183.",
     "BLOCK", "other", "sms", "es",
     [("Eliquis", "MEDICATION"), ("derrame cerebral", "CONDITION"), ("1-800-555-0183", "PHONE")],
     ["pharmacy", "practice-contact"], "Decision 6: two months without a named anticoagulant plus the risk it carries -> BLOCK."),
    ("bc0053", "Refill reminder: Jardiance 10 mg is due for refill on 6/12. Tap to refill with 90-day mail order and save.",
     "REWRITE", "pickup", "push", "en",
     [("Jardiance 10 mg", "MEDICATION"), ("6/12", "DATE")],
     ["pharmacy"], "Lock-screen refill reminder: the drug goes, the date and the refill action survive (decision 6)."),
    ("bc0054", "Did you know? Switching to a 90-day supply of your maintenance medications can save you time and money. Reply INFO and a pharmacist will call you. - Sunridge Pharmacy Services",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Plan-wide pharmacy benefit message; 'maintenance medications' is generic (README)."),
    ("bc0055", "Post-discharge med check: your hospital discharge list shows NEW furosemide 40 mg daily and STOPPED lisinopril. Please bring all your pill bottles to your visit with NP Dovetail on 4/2.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Post-discharge med check", "PROCEDURE"), ("hospital discharge", "PROCEDURE"), ("furosemide 40 mg", "MEDICATION"), ("lisinopril", "MEDICATION"), ("NP Dovetail", "PROVIDER"), ("4/2", "DATE")],
     ["primary-care"], "Transitions of care: medication changes with a dose are treatment instructions -> BLOCK (decision 7 labels the encounter words PROCEDURE)."),
    ("bc0056", "Harborview Internal Medicine: Our pharmacist would like to do a free medication review with you by phone on Thursday. Your chart # is 00918273 - please have it handy when we call.",
     "REWRITE", "other", "sms", "en",
     [("medication review", "PROCEDURE"), ("00918273", "MRN")],
     ["primary-care", "pharmacy", "identifier"], "Decision 9: a pharmacist medication review offered to one patient is a named service (PROCEDURE); the chart number is an MRN not needed to set up a call."),
    ("bc0057", "Su farmacia: Su receta está lista para recoger. Horario: lunes a sábado de 9 a 7.",
     "ALLOW", "pickup", "push", "es", [],
     ["pharmacy", "hard-negative"], "Pickup notice with no drug ('receta' is generic, README)."),
    ("bc0058", "Hi Ruth, your Dexcom data shows your sugars averaged 214 this week with 3 lows under 60 overnight. Please lower your Lantus to 18 units tonight and call us tomorrow. -Jo, Diabetes Educator",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ruth", "NAME"), ("Dexcom", "PROCEDURE"), ("214", "RESULT"), ("3 lows under 60", "RESULT"), ("Lantus", "MEDICATION"), ("Jo", "PROVIDER"), ("Diabetes Educator", "SPECIALTY")],
     ["primary-care"], "Readings and a dose change: BLOCK. Decision 9: the CGM is a device (PROCEDURE); the role 'Diabetes Educator' names a service line (README: role words naming a specialty)."),
    ("bc0059", "Medication check-in: Hi Alma, our records show your last fill of Lantus was 52 days ago. If you've changed how you take it, please update your medication list here so Dr. Yilmaz has it before your 7/20 visit.",
     "ALLOW", "other", "portal", "en",
     [("Alma", "NAME"), ("Lantus", "MEDICATION"), ("Dr. Yilmaz", "PROVIDER"), ("7/20", "DATE")],
     ["pharmacy", "primary-care"], "Inside the secure portal an adherence question about a named drug may stay (README channel convention); on SMS it would be BLOCK (decision 6)."),
    ("bc0060", "Your 90-day supply of Trulicity pens shipped today via FedEx! Tracking: 7749 2210 5583. Keep refrigerated when it arrives.",
     "REWRITE", "pickup", "sms", "en",
     [("Trulicity pens", "MEDICATION"), ("7749 2210 5583", "OTHER_ID")],
     ["pharmacy"], "Shipping notice: the drug with its form word goes (README); decision 12: the parcel tracking number is OTHER_ID; 'shipped today' survives."),
)

# ---------------------------------------------------------------- batch 6 (bc0061-bc0072): health-risk assessments, incentives, member services, renewals
add(
    ("bc0061", "Subject: Tell us about you - and get a $25 gift card\n\nDear Member,\n\nEvery year we ask all of our members to complete a short Health Risk Assessment (HRA). It takes about 10 minutes and helps us connect you with benefits you may not know you have, like free rides to appointments, healthy meals delivered after a hospital stay, fitness memberships and a 24-hour nurse line.\n\nYou can complete your HRA online in the member portal, in the Greenway app, or by phone with one of our team members. When you finish, we will mail you a $25 gift card to use at participating stores.\n\nYour answers are private and are shared only with your care team. Questions? Call the number on the back of your ID card.\n\nGreenway Health Plan Member Engagement",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Plan-wide HRA invitation with an incentive amount; 'hospital stay' describes a benefit, not the recipient (contrast with decision 7)."),
    ("bc0062", "Sunridge: Complete your 2026 Health Risk Assessment in 10 min & earn $25: https://hra.sunridge.example/start?mid=SR441720983&t=Kp9w",
     "REWRITE", "marketing", "sms", "en",
     [("https://hra.sunridge.example/start?mid=SR441720983&t=Kp9w", "URL")],
     ["general"], "A link carrying the member ID and a token is patient-specific (README) -> REWRITE; the invitation and amount survive."),
    ("bc0063", "Thanks for completing your Health Risk Assessment! You told us you've felt down or hopeless on most days and had 2 falls this year. A care manager will call you this week. - Sunridge Care Team",
     "BLOCK", "other", "sms", "en",
     [("felt down or hopeless", "CONDITION"), ("falls", "CONDITION")],
     ["behavioral-health", "general"], "Decision 11: symptoms read back from the HRA are conditions (mood, falls); decision 5: asserted about the recipient -> BLOCK."),
    ("bc0064", "Your Sunridge member portal verification code is 482913. Do not share this code. It expires in 5 minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README)."),
    ("bc0065", "Asunto: ¡Gane recompensas por cuidar su salud!\n\nEstimado miembro:\n\nCon el programa Recompensas Saludables de Salud Comunitaria del Norte puede ganar hasta $100 al año en tarjetas de regalo. Solo tiene que completar actividades como:\n\n- Su chequeo anual con su médico primario: $40\n- Su evaluación de salud (encuesta de 10 minutos): $25\n- Su vacuna contra la gripe: $15\n- Su limpieza dental de rutina: $20\n\nLas tarjetas se pueden usar en supermercados y farmacias participantes. Para ver sus puntos, entre a la aplicación o llame al número que aparece en su tarjeta de miembro.\n\nAtentamente,\nEquipo de Bienestar",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "hard-negative", "broadcast"], "Plan-wide rewards programme: amounts and generic activities (flu shot, dental cleaning) offered to every member, no span (README broadcasts)."),
    ("bc0066", "Hola Yesenia, ¡felicidades! Ya completó su prueba de Papanicolaou y ganó una tarjeta de regalo de $30. Llegará por correo en 2 a 3 semanas.",
     "REWRITE", "other", "sms", "es",
     [("Yesenia", "NAME"), ("prueba de Papanicolaou", "PROCEDURE")],
     ["reproductive"], "Completion of a named test without a result: name and test go, the reward notice survives."),
    ("bc0067", "Lakeshore Health Plan Member Services: 1-800-555-0184 (TTY 711), 8am-8pm local time, 7 days a week, Oct 1-Mar 31. After hours, call our 24/7 Nurse Line at 1-800-555-0185.",
     "ALLOW", "other", "sms", "en",
     [("1-800-555-0184", "PHONE"), ("Oct 1", "DATE"), ("Mar 31", "DATE"), ("1-800-555-0185", "PHONE")],
     ["general", "practice-contact"], "The plan's own numbers (decision 2); TTY 711 and 24/7 are not identifiers or dates; decision 15: the season's dates are labelled DATE."),
    ("bc0068", "Medicaid renewal: we could not verify your info. Name: Darnell Whitcomb, SSN 078-05-1120. Reply with a photo of your ID or call 1-800-555-0186.",
     "BLOCK", "other", "sms", "en",
     [("Darnell Whitcomb", "NAME"), ("078-05-1120", "SSN"), ("1-800-555-0186", "PHONE")],
     ["general", "identifier", "practice-contact"], "An SSN must never travel by text (DESIGN)."),
    ("bc0069", "Don't let your coverage lapse! Your Medicaid renewal packet is due by the end of the month. Returning it on time avoids a gap in coverage. Need help? Call the number on your packet.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'gap' in coverage, not a care gap; plan type is not labelled (decision 3); 'end of the month' is not a date."),
    ("bc0070", "Your plan earned 4.5 Stars from Medicare for 2027! Thanks to members like you who got their screenings and checkups. 🌟",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Star rating as a programme name (decision 3); 'screenings' in general; a year alone is not a date."),
    ("bc0071", "Subject: Your reward is on the way!\n\nDear Mr. Halvorsen,\n\nCongratulations! Our records show you completed your colorectal cancer screening (colonoscopy) on 9/22 with Dr. Ferreira-Lund. As a thank-you, a $50 reward card is being mailed to the address we have on file.\n\nMember ID: LHP-5528-0417\nReward program: Lakeshore Healthy Rewards 2026\n\nPlease allow 4-6 weeks for delivery. If your address has changed, update it at lakeshorehp.example/profile or call Member Services at 1-800-555-0184 (TTY 711).\n\nThank you for taking an important step for your health.\n\nLakeshore Health Plan Quality & Member Rewards",
     "REWRITE", "other", "email", "en",
     [("Halvorsen", "NAME"), ("colorectal cancer screening", "PROCEDURE"), ("colonoscopy", "PROCEDURE"), ("9/22", "DATE"), ("Dr. Ferreira-Lund", "PROVIDER"), ("LHP-5528-0417", "HEALTH_PLAN_ID"), ("lakeshorehp.example/profile", "URL"), ("1-800-555-0184", "PHONE")],
     ["general", "identifier", "practice-contact"], "Reward confirmation: no result is given, so name, the named screening and the member ID go and the reward notice survives; the plan's own link and number stay."),
    ("bc0072", "This is Greenway Health Plan with an important message about your benefits. Your plan includes a free yearly checkup, a $0 flu shot, and up to 12 free rides to medical appointments. To hear more, press 1. To be removed from our call list, press 9.",
     "ALLOW", "marketing", "voice", "en", [],
     ["general", "hard-negative", "broadcast"], "Benefit broadcast by voice: generic checkup and flu shot offered to every member."),
)

# ---------------------------------------------------------------- batch 7 (bc0073-bc0084): vaccines, care managers, transitions of care
add(
    ("bc0073", "Hi Gordon, our records show you haven't had your pneumonia vaccine yet. Dr. Adeyemi recommends it for all patients 65+. We have it in stock - reply YES to book a nurse visit.",
     "REWRITE", "recall", "sms", "en",
     [("Gordon", "NAME"), ("pneumonia vaccine", "PROCEDURE"), ("Dr. Adeyemi", "PROVIDER")],
     ["primary-care"], "The recipient's own vaccine gap (README: own flu-shot appointment is REWRITE); decision 9: a vaccine named after its disease is one PROCEDURE span; '65+' is not an age over 89."),
    ("bc0074", "Flu shots are here! Walk in at any Hillcrest Medical Group location Mon-Sat, or book online. Most plans cover it at $0. Protect yourself and your family this season.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Flu-shot broadcast (README): no span."),
    ("bc0075", "Sr. Olmedo, le recordamos que ya le toca la segunda dosis de su vacuna contra el herpes zóster. Puede ponérsela en Farmacia La Económica sin cita.",
     "REWRITE", "recall", "sms", "es",
     [("Olmedo", "NAME"), ("vacuna contra el herpes zóster", "PROCEDURE")],
     ["pharmacy", "primary-care"], "Own vaccine due: name and the named vaccine go (decision 9); the generic pharmacy name stays."),
    ("bc0076", "Subject: Meet your care manager\n\nHello,\n\nMy name is Odette Sinclair, RN, and I'm a care manager with Northstar Health Partners. We work together with your primary care office to help patients get the most out of their benefits - things like finding appointments, arranging rides, and answering questions between visits. There is no cost to you.\n\nI'll give you a call in the next few days from (651) 555-0147. If you'd rather talk at a certain time, just reply to this email with a day and time that works for you.\n\nI look forward to meeting you!\n\nOdette Sinclair, RN\nCare Manager, Northstar Health Partners\n(651) 555-0147",
     "ALLOW", "other", "email", "en",
     [("Odette Sinclair, RN", "PROVIDER"), ("(651) 555-0147", "PHONE"), ("Odette Sinclair, RN", "PROVIDER", 1), ("(651) 555-0147", "PHONE", 1)],
     ["primary-care", "practice-contact"], "Decision 8: a care-manager introduction naming no programme or condition is ALLOW; the manager is workforce (PROVIDER) and the number is the sender's own."),
    ("bc0077", "Hi Priscilla, this is Devon with the Heart Failure Program at Valley Health Partners. I'm your new care coordinator and will call you Tuesday about scheduling and rides.",
     "REWRITE", "other", "sms", "en",
     [("Priscilla", "NAME"), ("Devon", "PROVIDER"), ("Heart Failure", "CONDITION")],
     ["cardiology", "primary-care"], "Decision 8: a programme named after a condition is a label (README 'clínica de VIH'): the condition goes, 'Program' stays outside; the introduction survives. Contrast with bc0078, which asserts the diagnosis."),
    ("bc0078", "Welcome to Complex Care! Because of your COPD and your recent ER visits, you've been paired with nurse Katrina Moyo. She'll help with your inhalers and home oxygen setup.",
     "BLOCK", "other", "sms", "en",
     [("Complex Care", "PROCEDURE"), ("COPD", "CONDITION"), ("ER visits", "PROCEDURE"), ("nurse Katrina Moyo", "PROVIDER"), ("inhalers", "MEDICATION"), ("oxygen", "MEDICATION")],
     ["primary-care", "home-health"], "Decision 5 and 7: asserts the diagnosis and past ER visits as the reason for enrolment -> BLOCK; decision 8: the named programme is PROCEDURE."),
    ("bc0079", "Valley Health Partners: You have a new secure message from your care team. Log in at valleyhealth.example/portal to read it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("valleyhealth.example/portal", "URL")],
     ["general", "practice-contact"], "Notification without PHI, the sender's own link."),
    ("bc0080", "Our records show you had a hospital stay at Mercy Regional (discharged 8/14). A doctor visit within 7 days helps you recover - call Dr. Aldana's office to schedule: 555-0163.",
     "BLOCK", "other", "sms", "en",
     [("hospital stay", "PROCEDURE"), ("8/14", "DATE"), ("Dr. Aldana", "PROVIDER"), ("555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 7: an inpatient stay told as an event with facility and discharge date is BLOCK (the care-gap trigger is the hospitalization itself). The hospital name is generic, not labelled."),
    ("bc0081", "Hola, le saluda el Plan de Salud Alianza. Vimos que tuvo una hospitalización en el Hospital General por neumonía y que salió el 6 de abril. Es importante que vea a su médico en los próximos 7 días. Llame al 1-800-555-0187.",
     "BLOCK", "other", "sms", "es",
     [("hospitalización", "PROCEDURE"), ("neumonía", "CONDITION"), ("6 de abril", "DATE"), ("1-800-555-0187", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 7: hospitalization with reason and date -> BLOCK."),
    ("bc0082", "Transitions of care: Hi Mr. Estabrook, your post-hospital follow-up with Dr. Nakagawa is Thu 9/3 at 2:40pm. Please bring your discharge papers and all your medicines.",
     "REWRITE", "reminder", "sms", "en",
     [("Transitions of care", "PROCEDURE"), ("Estabrook", "NAME"), ("post-hospital", "PROCEDURE"), ("Dr. Nakagawa", "PROVIDER"), ("9/3", "DATE"), ("discharge", "PROCEDURE")],
     ["primary-care"], "Decision 7: visit labels that only imply a stay (programme header, post-hospital, discharge papers) are removable; the appointment with provider, date and time survives. 'follow-up' and 'medicines' are generic (README)."),
    ("bc0083", "Hola, le llama Beatriz de Salud Comunitaria del Norte. Es una llamada de cortesía para recordarle que su chequeo anual está cubierto sin costo. Para hacer una cita, llame al 8 0 0, 5 5 5, 0 1 8 8. ¡Gracias!",
     "ALLOW", "recall", "voice", "es",
     [("Beatriz", "PROVIDER"), ("8 0 0, 5 5 5, 0 1 8 8", "PHONE")],
     ["primary-care", "practice-contact"], "Staff sender (PROVIDER), generic annual check-up, the plan's number spoken (decision 13)."),
    ("bc0084", "Tonight's free movie screening for members at the Eastside Senior Center starts at 6:30. Popcorn's on us! Bring a friend. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'screening' of a film, not a health screening."),
)

# ---------------------------------------------------------------- batch 8 (bc0085-bc0096): children, pregnancy, depression screening, HIV care, disguises
add(
    ("bc0085", "Little Sprouts Pediatrics: Ava is due for her 4-year well-child visit and booster shots. Call 555-0171 to book. Se habla español.",
     "REWRITE", "recall", "sms", "en",
     [("Little Sprouts Pediatrics", "SPECIALTY"), ("Ava", "NAME"), ("well-child", "PROCEDURE"), ("booster shots", "PROCEDURE"), ("555-0171", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A dependent's routine gap with a name and routine visit types is REWRITE like the patient's own (README); pediatric practice name reveals the service."),
    ("bc0086", "Hi, this is Oakmont Pediatrics. Jaylen's lead test from his 1-year visit came back at 6 µg/dL, which is above normal. Dr. Fenwick wants to recheck it in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Oakmont Pediatrics", "SPECIALTY"), ("Jaylen", "NAME"), ("lead test", "PROCEDURE"), ("6 µg/dL", "RESULT"), ("above normal", "RESULT"), ("Dr. Fenwick", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A dependent's result sent to the guardian is BLOCK (README third-party convention)."),
    ("bc0087", "Mamá de Sofía: según nuestros registros, a Sofía le falta su vacuna contra el VPH. Puede traerla sin cita los miércoles a Pediatría Arcoíris. ¡Gracias!",
     "REWRITE", "recall", "sms", "es",
     [("Sofía", "NAME"), ("Sofía", "NAME", 1), ("vacuna contra el VPH", "PROCEDURE"), ("Pediatría Arcoíris", "SPECIALTY")],
     ["pediatrics", "minor"], "A routine adolescent vaccine for a dependent is REWRITE (README: vaccines are routine); decision 9: the vaccine is one PROCEDURE span although it contains 'VPH'."),
    ("bc0088", "Congratulations on your pregnancy! As a Cascadia Community Health member, you can get a free breast pump and $75 for completing your first prenatal visit by 12 weeks. Call 1-800-555-0166.",
     "BLOCK", "other", "sms", "en",
     [("pregnancy", "CONDITION"), ("breast pump", "PROCEDURE"), ("prenatal", "PROCEDURE"), ("1-800-555-0166", "PHONE")],
     ["reproductive", "practice-contact"], "Decision 5: the plan asserts the recipient's pregnancy; the condition is the message -> BLOCK. The pump is a device (PROCEDURE, README)."),
    ("bc0089", "Hi Keisha, Bloom Women's Care here. You're due for your postpartum visit within the next 2 weeks. Reply 1 for Tue 10/6, 2 for Fri 10/9.",
     "REWRITE", "recall", "sms", "en",
     [("Keisha", "NAME"), ("Bloom Women's Care", "SPECIALTY"), ("postpartum", "PROCEDURE"), ("10/6", "DATE"), ("10/9", "DATE")],
     ["reproductive"], "Decision 5: a named visit type that implies a condition is a label -> REWRITE; name and women's-care practice name go; dates stay."),
    ("bc0090", "Parkside Medical Group: As part of your yearly visit, please complete the depression screening questionnaire in the portal before you arrive on 2/11.",
     "REWRITE", "care-instructions", "sms", "en",
     [("depression screening", "PROCEDURE"), ("2/11", "DATE")],
     ["primary-care", "behavioral-health"], "README names 'depression screening' as a PROCEDURE; even as part of a routine visit it goes, and 'complete the questionnaire in the portal' survives (judgement)."),
    ("bc0091", "Subject: Follow-up from your wellness visit\n\nHi Mr. Trevino,\n\nThank you for coming in on 1/27. Your PHQ-9 depression questionnaire score was 17, which is in the moderately severe range. Dr. Sato would like you to meet with a counselor and has sent a referral to Lotus Behavioral Health. They will call you within 3 business days, or you can reach them at (503) 555-0194.\n\nIf you ever have thoughts of harming yourself, call or text 988 any time.\n\nTake care,\nRiverside Family Practice",
     "BLOCK", "result", "email", "en",
     [("Trevino", "NAME"), ("1/27", "DATE"), ("PHQ-9 depression questionnaire", "PROCEDURE"), ("was [[17]]", "RESULT"), ("moderately severe", "RESULT"), ("Dr. Sato", "PROVIDER"), ("counselor", "SPECIALTY"), ("Lotus Behavioral Health", "SPECIALTY"), ("(503) 555-0194", "PHONE")],
     ["behavioral-health", "primary-care", "practice-contact"], "A screening score and its severity are results: BLOCK. 988 is not a phone identifier (README); 'counselor' names a behavioral-health role (README role words)."),
    ("bc0092", "Reminder: ur m a m m o g r a m is overdue. Call Seaside Medical to book: 555-0174",
     "REWRITE", "recall", "sms", "en",
     [("m a m m o g r a m", "PROCEDURE"), ("555-0174", "PHONE")],
     ["imaging", "spaced", "shorthand", "practice-contact"], "Spaced-letter disguise of the test name; removing it leaves a plain recall with the practice's phone."),
    ("bc0093", "hey its Brenda @ Dr Kaplan's office - ur d1ab3tic eye exam is past due, we can do it here now. call 555-0177",
     "REWRITE", "recall", "sms", "en",
     [("Brenda", "PROVIDER"), ("Dr Kaplan", "PROVIDER"), ("d1ab3tic eye exam", "PROCEDURE"), ("555-0177", "PHONE")],
     ["primary-care", "ophthalmology", "leet", "shorthand", "practice-contact"], "Leetspeak in the condition-named exam (decision 5: one PROCEDURE span, REWRITE); staff sender is PROVIDER."),
    ("bc0094", "Your A\u200b1c result is 9.6. Please schedule a visit with Dr. Lomax this month to review your diab\u200betes plan.",
     "BLOCK", "result", "sms", "en",
     [("A\u200b1c", "PROCEDURE"), ("9.6", "RESULT"), ("Dr. Lomax", "PROVIDER"), ("diab\u200betes", "CONDITION")],
     ["primary-care"], "Zero-width spaces inside 'A1c' and 'diabetes'; a value and a diagnosis: BLOCK."),
    ("bc0095", "Hope Street Clinic reminder: you're due for your viral load lab. Walk in Mon-Thu 8-3. Questions? 555-0178",
     "REWRITE", "recall", "sms", "en",
     [("viral load", "PROCEDURE"), ("555-0178", "PHONE")],
     ["hiv-sexual-health", "lab", "practice-contact"], "The named test reveals HIV care and goes ('lab' is generic, outside); the clinic name is generic; walk-in hours survive."),
    ("bc0096", "Clínica Los Robles: Para su videoconsulta use el enlace que le enviamos por correo. Si la pantalla se queda en negro, revise que la cámara esté permitida en su navegador.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "'pantalla' (screen) and a video visit are logistics; nothing clinical."),
)

# ---------------------------------------------------------------- batch 9 (bc0097-bc0108): long e-mails, templates, gap lists, portal contrast, ZIP
add(
    ("bc0097", "Subject: {{plan_name}} - your 2027 preventive care checklist\n\nDear Member,\n\nStaying on top of preventive care is one of the best things you can do for your health, and most of these services cost you nothing with {{plan_name}}. Depending on your age and health history, your doctor may recommend:\n\n- A yearly wellness visit\n- A flu shot every fall\n- Blood pressure and cholesterol checks\n- Breast, cervical and colorectal cancer screenings\n- A bone density test for women 65 and older\n\nNot sure what you're due for? Log in at {{portal_url}} or call Member Services at {{member_services_phone}} (TTY 711), {{service_hours}}.\n\nThis is a general reminder sent to all members.\n\n{{plan_name}} Quality Team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast", "template"], "Template with content-free placeholders only (README templates); a checklist sent to all members names screenings in general (decision 4)."),
    ("bc0098", "Subject: Preventive care reminder from Oakview Family Medicine\n\nDear Ms. Varga,\n\nWhile preparing for your upcoming visit with Dr. Lindgren on 6/18, our care team reviewed your chart. Our records show the following may be due:\n\n- Breast cancer screening (mammogram)\n- Diabetic eye exam\n- Kidney health evaluation (urine test)\n- A1c test\n\nWe can take care of the A1c test and urine test at your visit, and we can refer you for the other two. If you already had any of these elsewhere, please bring the date and location so we can update your record.\n\nQuestions? Call us at (720) 555-0196 or visit oakviewfm.example.\n\nSincerely,\nOakview Family Medicine Care Team",
     "REWRITE", "recall", "email", "en",
     [("Varga", "NAME"), ("Dr. Lindgren", "PROVIDER"), ("6/18", "DATE"), ("Breast cancer screening", "PROCEDURE"), ("mammogram", "PROCEDURE"), ("Diabetic eye exam", "PROCEDURE"), ("Kidney health evaluation", "PROCEDURE"), ("urine test", "PROCEDURE"), ("A1c test", "PROCEDURE"), ("A1c test", "PROCEDURE", 1), ("urine test", "PROCEDURE", 1), ("(720) 555-0196", "PHONE"), ("oakviewfm.example", "URL")],
     ["primary-care", "practice-contact"], "A personal gap list: every named screening goes (decision 5: condition-named exams are labels) and the visit reminder with provider and date survives."),
    ("bc0099", "CARE GAP ALERT | Member: Rosalind Pike | DOB: 07/30/1956 | PCP: Dr. Omondi | Open gaps: CBP (Controlling High Blood Pressure) - last BP 148/92; SPD (Statin Therapy for Patients with Diabetes) - no statin fill in 2026. Please outreach.",
     "BLOCK", "other", "email", "en",
     [("Rosalind Pike", "NAME"), ("07/30/1956", "DATE"), ("Dr. Omondi", "PROVIDER"), ("High Blood Pressure", "CONDITION"), ("last [[BP]]", "PROCEDURE"), ("148/92", "RESULT"), ("Statin", "MEDICATION"), ("Diabetes", "CONDITION"), ("statin", "MEDICATION")],
     ["primary-care", "dob"], "A quality-team export sent by e-mail: full DOB with name (README), a reading and an adherence gap. Decision 3: HEDIS measure codes (CBP, SPD) are not labelled, the conditions inside the measure names are."),
    ("bc0100", "Hi Noor, your screening mammogram on 1/8 was normal (BI-RADS 1). We'll remind you when your next one is due. - Bayview Imaging",
     "ALLOW", "result", "portal", "en",
     [("Noor", "NAME"), ("screening mammogram", "PROCEDURE"), ("1/8", "DATE"), ("normal", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT"), ("Bayview Imaging", "SPECIALTY")],
     ["imaging", "contrast"], "Inside the secure portal a normal result may stay (README); the same text as a push is BLOCK (bc0101)."),
    ("bc0101", "Hi Noor, your screening mammogram on 1/8 was normal (BI-RADS 1). We'll remind you when your next one is due. - Bayview Imaging",
     "BLOCK", "result", "push", "en",
     [("Noor", "NAME"), ("screening mammogram", "PROCEDURE"), ("1/8", "DATE"), ("normal", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT"), ("Bayview Imaging", "SPECIALTY")],
     ["imaging", "contrast"], "A normal result is still a result (README), and push is treated like SMS: BLOCK."),
    ("bc0102", "Hello, this is Crestline Primary Care calling for Ambrose Delvecchio. Our records show you are due for your Medicare Annual Wellness Visit. Please call us at 7 2 0, 5 5 5, 0 1 2 9 to schedule. Again, that's 7 2 0, 5 5 5, 0 1 2 9.",
     "REWRITE", "recall", "voice", "en",
     [("Ambrose Delvecchio", "NAME"), ("Medicare Annual Wellness", "PROCEDURE"), ("7 2 0, 5 5 5, 0 1 2 9", "PHONE"), ("7 2 0, 5 5 5, 0 1 2 9", "PHONE", 1)],
     ["primary-care", "practice-contact"], "Decision 1: 'Medicare Annual Wellness' is a revealing visit type; name goes; the practice's number, spoken twice, stays (decision 13)."),
    ("bc0103", "All Sunridge Medicare Advantage members can get a yearly Annual Wellness Visit at $0. It's a great time to update your health goals and review your medicines with your doctor.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast to every member (README); the plan name with 'Medicare' is not labelled (decision 3), so the same visit type is not the recipient's own here."),
    ("bc0104", "Mobile mammography is coming to your neighborhood! We have you in ZIP 60629 - spots are open Sat 5/16 at the St. Adalbert parish lot. Reply YES to hold one.",
     "REWRITE", "recall", "sms", "en",
     [("mammography", "PROCEDURE"), ("60629", "ZIP"), ("5/16", "DATE")],
     ["imaging", "identifier"], "Targeted at the recipient ('we have you in ZIP'): the patient's full ZIP (decision 12) and the test go; the event date and place (a parish lot, not the patient's address) stay."),
    ("bc0105", "Sunridge Quality Team: per our records you're on a statin but your LDL was still 162 at your last check. Dr. Prescott may want to adjust your dose - please schedule a visit.",
     "BLOCK", "result", "sms", "en",
     [("statin", "MEDICATION"), ("LDL", "PROCEDURE"), ("162", "RESULT"), ("Dr. Prescott", "PROVIDER")],
     ["primary-care"], "A value and a treatment plan about a named drug class: BLOCK."),
    ("bc0106", "Mind the gap! The new walkway to our Oak Ave clinic has a small step between the curb and the entrance ramp - please watch your step. - Brookfield Family Doctors",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'gap' in a walkway; a street name without a number is not an address."),
    ("bc0107", "Asunto: Su coordinadora de cuidados\n\nEstimado(a) miembro:\n\nMi nombre es Graciela Montaño y soy coordinadora de cuidados del Plan de Salud Alianza. Trabajo junto con su médico primario para ayudarle a sacar el mayor provecho de sus beneficios: hacer citas, conseguir transporte y resolver dudas entre visitas. Este servicio no tiene costo.\n\nLe llamaré en los próximos días desde el (213) 555-0197. Si prefiere que le llame a cierta hora, responda a este correo.\n\nAtentamente,\nGraciela Montaño\nCoordinadora de Cuidados\nPlan de Salud Alianza",
     "ALLOW", "other", "email", "es",
     [("Graciela Montaño", "PROVIDER"), ("(213) 555-0197", "PHONE"), ("Graciela Montaño", "PROVIDER", 1)],
     ["general", "practice-contact"], "Decision 8: a care-coordinator introduction without a programme or condition; the coordinator is workforce (PROVIDER), the number is hers."),
    ("bc0108", "Asunto: Resultado de su examen de la vista\n\nSr. Cárdenas:\n\nEl examen de retina que se hizo en nuestra clínica el 14 de enero mostró retinopatía diabética leve en el ojo derecho. Por ahora no necesita tratamiento, pero el Dr. Ibarra le recomienda repetir el examen en 6 meses.\n\nSi tiene preguntas, llámenos al (956) 555-0198.\n\nOftalmología Horizonte",
     "BLOCK", "result", "email", "es",
     [("examen de la vista", "PROCEDURE"), ("Cárdenas", "NAME"), ("examen de retina", "PROCEDURE"), ("14 de enero", "DATE"), ("retinopatía diabética", "CONDITION"), ("leve", "RESULT"), ("Dr. Ibarra", "PROVIDER"), ("(956) 555-0198", "PHONE"), ("Oftalmología Horizonte", "SPECIALTY")],
     ["ophthalmology", "practice-contact"], "A finding (diabetic retinopathy) and its grade: BLOCK (README: a state of a condition is RESULT)."),
)

# ---------------------------------------------------------------- batch 10 (bc0109-bc0120): benefits, family members, results, Spanish, last hard negatives
add(
    ("bc0109", "Alianza Salud: Recuerde que su plan incluye transporte gratis a sus citas médicas. Llame al 1-800-555-0189 con 2 días de anticipación para reservar su viaje.",
     "ALLOW", "marketing", "sms", "es",
     [("1-800-555-0189", "PHONE")],
     ["general", "practice-contact", "broadcast"], "Plan-wide transport benefit with the plan's own number (decision 2)."),
    ("bc0110", "Don Ramiro, le recordamos que su esposa Alicia no ha recogido su metformina ni su losartán este mes. Por favor ayúdele a tomarlos todos los días para controlar su diabetes y la presión.",
     "BLOCK", "pickup", "sms", "es",
     [("Ramiro", "NAME"), ("Alicia", "NAME"), ("metformina", "MEDICATION"), ("losartán", "MEDICATION"), ("diabetes", "CONDITION"), ("presión", "CONDITION")],
     ["pharmacy", "third-party"], "A spouse's drugs, non-adherence and diagnoses sent to the recipient: BLOCK (README third party; decision 6). Judgement: colloquial 'la presión' means hypertension here, CONDITION."),
    ("bc0111", "Clínica Familiar San Judas: Ya puede descargar su formulario 1095-B del portal para su declaración de impuestos. Si necesita ayuda, pregunte en recepción.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "A tax form number (1095-B) is a form name, not an identifier."),
    ("bc0112", "Tiene un nuevo mensaje de su equipo de cuidados. Ábralo en la app de Alianza Salud.",
     "ALLOW", "portal-notice", "push", "es", [],
     ["general"], "Notification without PHI."),
    ("bc0113", "Gracias por completar su evaluación de salud. Usted indicó que fuma y que toma más de 4 copas al día. Una enfermera del programa Vida Sana lo llamará para hablar de cómo dejarlo. - Alianza Salud",
     "BLOCK", "other", "sms", "es",
     [("fuma", "CONDITION"), ("toma más de 4 copas al día", "CONDITION")],
     ["substance-use", "general"], "Decision 11: smoking and heavy drinking read back from the HRA are conditions; decision 5: asserted about the recipient -> BLOCK. 'Vida Sana' names no condition and is not labelled."),
    ("bc0114", "Reminder from Dr. Yusuf Haddad's office: your yearly check-up is Mon 11/2 at 9:15. Bring your insurance card, photo ID and a list of your medicines.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Yusuf Haddad", "PROVIDER"), ("11/2", "DATE")],
     ["primary-care"], "Generic check-up with provider, date and time; 'medicines' is generic."),
    ("bc0115", "Subject: Use your 2026 benefits before Dec 31\n\nDear Member,\n\nThe end of the year is a great time to make sure you've used the benefits included in your Greenway Medicare Advantage plan. Before Dec 31 you can still:\n\n- Use your $50 quarterly over-the-counter allowance for vitamins, first-aid supplies and more\n- Book two routine dental cleanings at $0\n- Get an eye exam and up to $150 toward glasses\n- Use your fitness membership at participating gyms\n\nUnused OTC dollars do not roll over. Order online at greenwayhp.example/otc or call 1-800-555-0199 (TTY 711), 8am-8pm, 7 days a week.\n\nGreenway Health Plan",
     "ALLOW", "marketing", "email", "en",
     [("Dec 31", "DATE"), ("Dec 31", "DATE", 1), ("greenwayhp.example/otc", "URL"), ("1-800-555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Benefit reminder to all members: dental cleanings and eye exams as benefits, allowance amounts and plan name (decision 3) are not about the recipient; deadline dates and the plan's own link and number are labelled."),
    ("bc0116", "You may get a call from Sunridge's Quality team this month. We're reviewing how well our network delivers care (HEDIS). There's nothing you need to do.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "HEDIS as a programme name (decision 3); says nothing about the recipient."),
    ("bc0117", "Hi Georgette - Dr. Albrecht saw that you had a colonoscopy on 3/2 and 2 polyps were removed (tubular adenomas). Your next colonoscopy is due in 3 years. We'll send a reminder!",
     "BLOCK", "result", "sms", "en",
     [("Georgette", "NAME"), ("Dr. Albrecht", "PROVIDER"), ("colonoscopy", "PROCEDURE"), ("3/2", "DATE"), ("2 polyps were removed", "RESULT"), ("tubular adenomas", "RESULT"), ("colonoscopy", "PROCEDURE", 1)],
     ["primary-care"], "Findings and pathology (README: 'no polyps' is a RESULT, so polyps found are too) framed as a recall: BLOCK."),
    ("bc0118", "ClearSight Eye Center: Hi Winston, we received a referral from your PCP for your annual diabetic retinal exam. Call 555-0191 to schedule - evening hours available.",
     "REWRITE", "recall", "sms", "en",
     [("ClearSight Eye Center", "SPECIALTY"), ("Winston", "NAME"), ("diabetic retinal exam", "PROCEDURE"), ("555-0191", "PHONE")],
     ["ophthalmology", "practice-contact"], "Eye-care name (README), name and the condition-named exam go (decision 5); the scheduling request survives."),
    ("bc0119", "Hi its Marta @ Dr. Lin's ofc, pls call back re: scheduling ur yearly physical. 555-0193. thx!",
     "ALLOW", "recall", "sms", "en",
     [("Marta", "PROVIDER"), ("Dr. Lin", "PROVIDER"), ("555-0193", "PHONE")],
     ["primary-care", "shorthand", "practice-contact"], "Staff sender (PROVIDER, README), a generic physical and the office phone."),
    ("bc0120", "Screen-free week starts Monday! Kids' health tip from Maple Grove Family Medicine: trade 1 hour of screens for outdoor play. Share your family's photos with #MapleGroveMoves",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "hard-negative", "broadcast"], "'screen' as screen time, a health tip to every family."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "bc", "probe52.jsonl")
