#!/usr/bin/env python3
"""Build corpus/probe106.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe106.py [OUT] [-v]   (default: probe106.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is NUTRITION, WEIGHT MANAGEMENT AND BARIATRIC SURGERY: what dietitians, medical
weight-loss clinics, GLP-1 programs, bariatric surgery centers, diabetes-prevention programs and
meal-delivery partners send — consults and weigh-ins, food-log and app reminders, pre-op liquid
diet instructions, surgery-clearance steps (psych evaluation, cardiac clearance, H. pylori, sleep
study, upper GI), support groups, vitamin and supplement reminders after surgery, insurance
requirements (supervised diet months, prior authorizations, denials), pharmacy pickups and
shipments of GLP-1 drugs and phentermine, body-composition scans, and promotions — mixed with
look-alikes ("a weighty decision", a shirt's "sleeve", the highway "bypass", "the skinny on our
new hours", Fat Tuesday / Martes de Carnaval, "heavy traffic", "a balanced budget", "scaling
back", a dietitian and a front-desk worker named Candy Baker). About 16% Spanish; four disguised
messages (leet, spaced letters, zero-width characters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. No service tag names weight management, nutrition or bariatric surgery: those lines carry
     `primary-care` (obesity medicine and nutrition therapy are usually ordered there), plus
     `pharmacy`, `lab`, `imaging`, `behavioral-health`, `cardiology` or `pediatrics` when that
     service is the sender; practice-wide notices carry `general`.
  2. Bariatric, weight-loss / weight-management, obesity and nutrition / dietitian practice names
     are specialty-revealing (SPECIALTY, whole name), including names built on "Slim"/"Trim" +
     health words; "dietitian", "nutrióloga", "nutrition" used as the service line, and the
     credentials RD / RDN / PsyD after a name are SPECIALTY (like DDS); "bariatric" before a
     generic word ("bariatric surgeon", "bariatric team") is SPECIALTY.
  3. "bariatric surgery", "weight-loss surgery", "cirugía bariátrica" are one PROCEDURE span (a
     named procedure), not SPECIALTY + the generic word "surgery".
  4. Prescribed diets and diet stages (pre-op liquid diet, clear / full liquids, pureed stage,
     supervised weight loss, medically tailored meals, a therapeutic diet label such as
     renal-friendly or gluten-free) are PROCEDURE. Telling the patient what and when to eat or
     drink before / after surgery is a treatment instruction -> BLOCK; plain test prep (fast,
     light clothing, no caffeine) keeps a reminder at REWRITE.
  5. Body measures are PROCEDURE when a value follows (weight, BMI / IMC, body fat, AHI, blood
     "sugar"); the values, pounds lost and a goal weight are RESULT. A weigh-in / pesaje is a
     named visit type -> PROCEDURE.
  6. Food logs and journals are not labelled; a "log your meals" app nudge with no program name,
     weight, drug or condition is ALLOW (any wellness app sends it).
  7. Vitamins and supplements taken as treatment (bariatric multivitamin, B12 shot / injection,
     calcium citrate, iron, vitamin D3) are MEDICATION; the same nutrient measured as a lab test
     ("vitamin D at 14") is PROCEDURE.
  8. Community broadcasts about weight-loss seminars, cooking classes, medication talks and
     prediabetes quizzes are ALLOW with no span for the service (README's flu-shot rule);
     notices to the members of one group or program (support-group room change, DPP session)
     are about the recipient -> REWRITE.
  9. Billing codes are labelled as what they encode: a CPT code PROCEDURE, an ICD-10 code
     CONDITION, each next to its spelled-out description.
 10. A shipment tracking number is OTHER_ID (it leads to the recipient's address).
 11. Staff named with a non-clinical role (coach, navigator, coordinator, front desk) are
     PROVIDER (README's sender rule); Candy Baker, RD(N) is PROVIDER + SPECIALTY; Candy Baker
     from the front desk is PROVIDER only, and that message is ALLOW.
 12. A meeting link with a pwd= parameter is a patient-specific URL (like token=).
 13. "Keep refrigerated" on a pickup is handling, not dosing (stays REWRITE); directions for use
     printed in a pickup text are dosing -> BLOCK.
 14. A CPAP machine in a pre-admission packing list is a device (PROCEDURE) in a logistics
     message -> REWRITE, not BLOCK.
 15. Symptoms and states such as nausea, vomiting, severe pain, rapid weight loss and "dumping
     syndrome" are CONDITION (README: symptoms are conditions).

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


# ---------------------------------------------------------------- batch 1 (de0001-de0012): consults, weigh-ins, app nudges, pickups
add(
    ("de0001", "Evergreen Medical Weight Loss: reminder of your weigh-in with Dr. Farah Haddad on Mon 2/9 at 8:15am. Wear light clothing. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Evergreen Medical Weight Loss", "SPECIALTY"), ("weigh-in", "PROCEDURE"), ("Dr. Farah Haddad", "PROVIDER"), ("2/9", "DATE")],
     ["primary-care"], "Weight-loss clinic name and the weigh-in visit type reveal the program (decisions 2, 5); provider, date and time survive."),
    ("de0002", "Hi Marcus, this is Candy Baker, RDN at Whole Plate Nutrition. Just confirming our 45-min consult Thurs 3/12 at 4pm - bring your food log if you kept one! Call (217) 555-0142 w/ questions.",
     "REWRITE", "confirmation", "sms", "en",
     [("Marcus", "NAME"), ("Candy Baker", "PROVIDER"), ("RDN", "SPECIALTY"), ("Whole Plate Nutrition", "SPECIALTY"), ("3/12", "DATE"), ("(217) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Patient name, the dietitian credential and the nutrition practice name go (decisions 2, 11); the food log is not labelled (decision 6). Look-alike: the dietitian's name is made of food words."),
    ("de0003", "Don't forget to log your meals and water in the app today \U0001F34E Small steps add up! Reply STOP to opt out.",
     "ALLOW", "other", "push", "en", [],
     ["primary-care", "hard-negative"], "Decision 6: a meal-logging nudge with no program, weight, drug or condition says nothing about the recipient's health."),
    ("de0004", "Dear Ms. Okafor,\n\nThank you for attending the Lakeside Bariatric & Metabolic Institute online information session on 1/14. Your next steps toward sleeve gastrectomy or gastric bypass:\n1) Schedule your initial consult with Dr. Ruben Castell.\n2) Complete the nutrition assessment with our team.\n3) Complete a psychological evaluation with our behavioral health partner.\n4) Cardiac clearance if you are over 50.\n\nYour insurer requires 6 consecutive months of medically supervised weight management documented before surgery. We have your member ID as BRH448210933 - please tell us if that has changed.\n\nQuestions? Call (317) 555-0118 or email navigator@lakesidehealth.example.\n\nWarmly,\nTessa Moreno\nPatient Navigator",
     "REWRITE", "other", "email", "en",
     [("Okafor", "NAME"), ("Lakeside Bariatric & Metabolic Institute", "SPECIALTY"), ("1/14", "DATE"), ("sleeve gastrectomy", "PROCEDURE"), ("gastric bypass", "PROCEDURE"),
      ("Dr. Ruben Castell", "PROVIDER"), ("nutrition assessment", "PROCEDURE"), ("psychological evaluation", "PROCEDURE"), ("behavioral health", "SPECIALTY"),
      ("Cardiac clearance", "PROCEDURE"), ("medically supervised weight management", "PROCEDURE"), ("BRH448210933", "HEALTH_PLAN_ID"), ("(317) 555-0118", "PHONE"),
      ("navigator@lakesidehealth.example", "EMAIL"), ("Tessa Moreno", "PROVIDER")],
     ["primary-care", "behavioral-health", "identifier", "practice-contact"], "Next-step logistics survive once the procedures, the bariatric institute, the clearance steps and the member ID go; the navigator is staff (decision 11). The insurer requirement is administrative, not a finding."),
    ("de0005", "Your appointment with Dr. Haddad is confirmed for Tuesday, 4/7 at 10:40 AM. Please arrive 15 min early. - Brookline Family Practice",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("4/7", "DATE")],
     ["primary-care"], "Provider, date and time from a generic practice name."),
    ("de0006", "Hola Yesenia, le recordamos su consulta con la nutrióloga Lic. Pamela Ruiz el jueves 5 de marzo a las 11:00. Traiga su diario de alimentos. Clínica Vida Plena",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("nutrióloga", "SPECIALTY"), ("Lic. Pamela Ruiz", "PROVIDER"), ("5 de marzo", "DATE")],
     ["primary-care"], "Name and the dietitian role word go (decision 2); the food diary is not labelled (decision 6); a generic clinic name stays."),
    ("de0007", "Great job at today's weigh-in, Derek! You're down 14.6 lbs since Jan and your BMI dropped to 33.8. Keep it up \U0001F4AA - Coach Alyssa, SlimPath Medical",
     "BLOCK", "result", "sms", "en",
     [("weigh-in", "PROCEDURE"), ("Derek", "NAME"), ("14.6 lbs", "RESULT"), ("BMI", "PROCEDURE"), ("33.8", "RESULT"), ("Coach Alyssa", "PROVIDER"), ("SlimPath Medical", "SPECIALTY")],
     ["primary-care"], "Weight lost and BMI are results (decision 5): the clinical content is the message. Judgement: a 'Slim' clinic name is weight-loss-revealing (decision 2); the coach is staff (decision 11)."),
    ("de0008", "Laissez les bons temps rouler! \U0001F3AD Our offices close at noon on Fat Tuesday. King cake in the lobby Monday while it lasts.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closing; 'Fat' and 'cake' are not about anyone's weight or diet."),
    ("de0009", "Portal message from Dr. Imani Clarke: Hi Gloria, your labs from 2/20 look good overall. Ferritin is 11 (low) - start ferrous sulfate 325 mg every other day with vitamin C, and keep taking your bariatric multivitamin twice daily. Recheck in 3 months.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Imani Clarke", "PROVIDER"), ("Gloria", "NAME"), ("2/20", "DATE"), ("Ferritin", "PROCEDURE"), ("11", "RESULT"), ("11 ([[low]])", "RESULT"),
      ("ferrous sulfate 325 mg", "MEDICATION"), ("vitamin C", "MEDICATION"), ("bariatric multivitamin", "MEDICATION")],
     ["primary-care", "lab", "contrast"], "Inside the secure portal results and doses may stay (README channel rule); contrast with de0010 by SMS. Supplements are MEDICATION (decision 7)."),
    ("de0010", "Hi Gloria, Dr. Clarke reviewed your labs: ferritin is 11 (low). Start ferrous sulfate 325 mg every other day w/ vitamin C and keep up the bariatric multivitamin 2x daily.",
     "BLOCK", "result", "sms", "en",
     [("Gloria", "NAME"), ("Dr. Clarke", "PROVIDER"), ("ferritin", "PROCEDURE"), ("11", "RESULT"), ("11 ([[low]])", "RESULT"),
      ("ferrous sulfate 325 mg", "MEDICATION"), ("vitamin C", "MEDICATION"), ("bariatric multivitamin", "MEDICATION")],
     ["primary-care", "lab", "contrast", "shorthand"], "A lab value and a dosing instruction by SMS: the clinical content is the message; contrast with the portal version de0009."),
    ("de0011", "Heavy traffic expected on Route 9 this weekend for the city marathon - allow extra time getting to your Saturday appointment. The north garage entrance stays open.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Traffic notice; 'heavy' is about cars, and a state route number is not an address."),
    ("de0012", "Walgrove Pharmacy: Your Wegovy 0.5 mg pen is ready for pickup. Keep refrigerated. Pick up by 2/28 or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("Wegovy 0.5 mg pen", "MEDICATION"), ("2/28", "DATE")],
     ["pharmacy"], "Medication name in a pickup notice goes; the form word 'pen' goes with it. Decision 13: 'keep refrigerated' is handling, not dosing."),
)

# ---------------------------------------------------------------- batch 2 (de0013-de0024): pre-op liquid diet, clearance steps, pediatric weight
add(
    ("de0013", "Pre-op reminder from Dr. Castell's office: your 2-week liquid diet starts Mon 5/4. Protein shakes (60-80 g protein/day), clear broth, sugar-free gelatin only - no solid food, no carbonation, no caffeine. This shrinks the liver before your sleeve on 5/18.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pre-op", "PROCEDURE"), ("Dr. Castell", "PROVIDER"), ("liquid diet", "PROCEDURE"), ("5/4", "DATE"), ("sleeve", "PROCEDURE"), ("5/18", "DATE")],
     ["primary-care"], "Decision 4: what to eat and drink before surgery is a treatment instruction; removing it leaves no message. The foods and shakes themselves are not labelled."),
    ("de0014", "Reminder: your pre-op liquid diet class is Wed 4/29 at 6 PM in Conference Room B, Lakeside Bariatric & Metabolic Institute. Bring a support person if you like.",
     "REWRITE", "reminder", "sms", "en",
     [("pre-op liquid diet", "PROCEDURE"), ("4/29", "DATE"), ("Lakeside Bariatric & Metabolic Institute", "SPECIALTY")],
     ["primary-care"], "A class about the diet is logistics: the diet name and the bariatric institute go (decisions 2, 4); date, time and room survive."),
    ("de0015", "Sr. Benítez: a partir del lunes 11 de mayo inicie la dieta líquida preoperatoria. Solo batidos de proteína, caldo claro y gelatina sin azúcar. Suspenda su metformina 24 horas antes de la cirugía de manga gástrica. Dudas: (312) 555-0166.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Benítez", "NAME"), ("11 de mayo", "DATE"), ("dieta líquida preoperatoria", "PROCEDURE"), ("metformina", "MEDICATION"), ("manga gástrica", "PROCEDURE"), ("(312) 555-0166", "PHONE")],
     ["primary-care", "practice-contact"], "Diet and medication-hold instructions before a sleeve: the instruction is the message (decision 4)."),
    ("de0016", "Your H. pylori breath test for surgery clearance is scheduled Fri 3/20 at 7:30am at Northfield Lab. Please don't eat or drink for 1 hour before the test.",
     "REWRITE", "reminder", "sms", "en",
     [("H. pylori breath test", "PROCEDURE"), ("3/20", "DATE")],
     ["lab", "primary-care"], "Named test goes; 'surgery clearance' alone is generic and plain fasting prep survives (decision 4); a '... Lab' name is generic."),
    ("de0017", "Lakeside Bariatric: your H. pylori breath test came back positive. Dr. Castell has sent a 14-day treatment to your pharmacy; your surgery date will be confirmed after the retest.",
     "BLOCK", "result", "sms", "en",
     [("Lakeside Bariatric", "SPECIALTY"), ("H. pylori breath test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Castell", "PROVIDER")],
     ["lab", "primary-care"], "A positive result is the message."),
    ("de0018", "Road work alert: the Hwy 41 bypass is closed between exits 12 and 14 through Friday. Follow the detour signs to reach our Westside office; parking is unchanged.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'bypass' is a road, not gastric bypass."),
    ("de0019", "Hi Tamika! Your cardiac clearance visit with Dr. Owusu (cardiology) for your upcoming gastric bypass is Thursday 6/11 at 1:00. Bring your med list.",
     "REWRITE", "reminder", "sms", "en",
     [("Tamika", "NAME"), ("cardiac clearance", "PROCEDURE"), ("Dr. Owusu", "PROVIDER"), ("cardiology", "SPECIALTY"), ("gastric bypass", "PROCEDURE"), ("6/11", "DATE")],
     ["cardiology", "primary-care"], "Name, visit type, specialty and the planned procedure go; provider, date and time survive."),
    ("de0020", "Your psychological evaluation for bariatric surgery is set for 3/3 at 2pm via telehealth with Dr. Lena Fogel, PsyD. The link arrives 15 min before.",
     "REWRITE", "reminder", "sms", "en",
     [("psychological evaluation", "PROCEDURE"), ("bariatric surgery", "PROCEDURE"), ("3/3", "DATE"), ("Dr. Lena Fogel", "PROVIDER"), ("PsyD", "SPECIALTY")],
     ["behavioral-health", "primary-care"], "Decision 3: 'bariatric surgery' is one PROCEDURE span; decision 2: PsyD names a specialty like DDS."),
    ("de0021", "Hi Mrs. Dawson, this is Rachel at Hillcrest Pediatrics. Jaden's weight at his visit was 212 lb (above the 99th percentile), so Dr. Ames referred him to our pediatric weight management clinic. They'll call you to set up his first visit.",
     "BLOCK", "other", "sms", "en",
     [("Dawson", "NAME"), ("Rachel", "PROVIDER"), ("Hillcrest Pediatrics", "SPECIALTY"), ("Jaden", "NAME"), ("weight", "PROCEDURE"), ("212 lb", "RESULT"),
      ("above the 99th percentile", "RESULT"), ("Dr. Ames", "PROVIDER"), ("pediatric weight management", "SPECIALTY")],
     ["pediatrics", "third-party", "minor"], "A dependent's measured weight and percentile sent to the guardian: third party's health (README) -> BLOCK."),
    ("de0022", "Get the skinny on our new hours: starting next month we're open until 7 PM on Tuesdays and Thursdays, and Saturday mornings 8-noon.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'the skinny' means the news."),
    ("de0023", "Reminder: Jaden's first visit at Hillcrest Healthy Weight Clinic is Mon 7/13 at 3:30. Please complete the family eating-habits questionnaire before you come.",
     "REWRITE", "reminder", "sms", "en",
     [("Jaden", "NAME"), ("Hillcrest Healthy Weight Clinic", "SPECIALTY"), ("7/13", "DATE"), ("family eating-habits questionnaire", "PROCEDURE")],
     ["pediatrics", "minor"], "A dependent's logistics with a name, a specialty-revealing clinic and a screening questionnaire: REWRITE like the patient's own (README)."),
    ("de0024", "Reminder: you're scheduled with Candy Baker, RD tomorrow at 10:15 at Maple Grove Family Medicine, 2nd floor. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Candy Baker", "PROVIDER"), ("RD", "SPECIALTY")],
     ["primary-care"], "Decisions 2, 11: the RD credential reveals a dietitian visit and goes; the name (food words, a look-alike) is the provider and stays."),
)

# ---------------------------------------------------------------- batch 3 (de0025-de0036): GLP-1 programs, titration, shipments, prior auth
add(
    ("de0025", "Hi Priya, per Dr. Menon: go ahead and increase your Zepbound to 7.5 mg once weekly starting this Sunday. If the nausea is bad, stay at 5 mg another month and message us.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Priya", "NAME"), ("Dr. Menon", "PROVIDER"), ("Zepbound", "MEDICATION"), ("nausea", "CONDITION")],
     ["primary-care"], "A titration (dosing) instruction is the message; the dose written after 'to' stays outside the MEDICATION span (README)."),
    ("de0026", "Your semaglutide order from Crestline Compounding Pharmacy has shipped via UPS. Tracking 1Z9X44A70312. Expected delivery Thu 1/22. Refrigerate on arrival.",
     "REWRITE", "pickup", "sms", "en",
     [("semaglutide", "MEDICATION"), ("1Z9X44A70312", "OTHER_ID"), ("1/22", "DATE")],
     ["pharmacy"], "Drug name goes; decision 10: the tracking number leads to the recipient's address (OTHER_ID). A '... Pharmacy' name is generic; 'refrigerate' is handling (decision 13)."),
    ("de0027", "GLP-1 injection teaching visit confirmed: Fri 2/13, 9:00 AM with Jordan Lee, RN. Please bring your pen and a light snack.",
     "REWRITE", "confirmation", "sms", "en",
     [("GLP-1", "MEDICATION"), ("injection teaching", "PROCEDURE"), ("2/13", "DATE"), ("Jordan Lee, RN", "PROVIDER")],
     ["primary-care"], "Drug class and the teaching visit type go; the nurse with a generic credential stays."),
    ("de0028", "Update from Summit Weight Care: your insurer denied prior authorization for Wegovy. Reason: BMI 31.4 does not meet plan criteria (30+ with a weight-related condition on file). We can appeal if you have documented hypertension or sleep apnea.",
     "BLOCK", "other", "sms", "en",
     [("Summit Weight Care", "SPECIALTY"), ("Wegovy", "MEDICATION"), ("BMI", "PROCEDURE"), ("31.4", "RESULT"), ("hypertension", "CONDITION"), ("sleep apnea", "CONDITION")],
     ["primary-care"], "The denial reason is the patient's BMI value: a result is the content of the message. 'Plan criteria 30+' is a threshold, not the patient's value."),
    ("de0029", "¡Nuevo! Clases gratuitas de cocina saludable los sábados de marzo en el Centro Comunitario. Abiertas a todo público, no necesita cita.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Community cooking class open to everyone (decision 8); a month name alone is not a date."),
    ("de0030", "Farmacia San Judas: su Ozempic 1 mg está listo para recoger. Horario: L-V 9am-7pm. Tel. (915) 555-0127.",
     "REWRITE", "pickup", "sms", "es",
     [("Ozempic 1 mg", "MEDICATION"), ("(915) 555-0127", "PHONE")],
     ["pharmacy", "practice-contact"], "Medication name with strength in a pickup notice goes; the pharmacy's own phone stays."),
    ("de0031", "Patient alert: Tirzepatide supply update - your dose is now 10 mg/0.5 mL. Inject 0.5 mL under the skin every 7 days. Discard vial 28 days after first use.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tirzepatide", "MEDICATION")],
     ["pharmacy"], "Dosing instructions for the recipient's drug: BLOCK."),
    ("de0032", "Bellwood Internal Medicine: Dr. Anand Rao is now accepting new patients at our Northside office. Book online at bellwoodim.example/book or call (614) 555-0133.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Anand Rao", "PROVIDER"), ("bellwoodim.example/book", "URL"), ("(614) 555-0133", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Practice announcement with its own link and phone."),
    ("de0033", "Ur sugar was 212 at the visit & A1c 6.9 so Dr M wants u to stay on the Mounjaro, skip the sweets & recheck in 3 mo. Text back w/ questions - Lisa",
     "BLOCK", "result", "sms", "en",
     [("sugar", "PROCEDURE"), ("212", "RESULT"), ("A1c", "PROCEDURE"), ("6.9", "RESULT"), ("Dr M", "PROVIDER"), ("Mounjaro", "MEDICATION"), ("Lisa", "PROVIDER")],
     ["primary-care", "shorthand"], "Results and a treatment plan in staff shorthand. Decision 5: blood 'sugar' with a value is a measure (PROCEDURE); the staff sender is PROVIDER."),
    ("de0034", "Subject: A weighty decision - picking your 2027 benefits\n\nOpen enrollment for Riverside Health employees closes at the end of next week. Compare the Silver and Gold plans on the HR intranet before you choose; the wellness credit is $600 this year. Questions? Stop by HR on Tuesday afternoons.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'weighty decision' about benefits; a year alone is not a date element."),
    ("de0035", "Your Zepbound refill request was approved by Dr. Menon. Pick up at your pharmacy after 3 PM.",
     "REWRITE", "pickup", "push", "en",
     [("Zepbound", "MEDICATION"), ("Dr. Menon", "PROVIDER")],
     ["pharmacy", "primary-care"], "Medication name in a pickup notice by push (treated like SMS)."),
    ("de0036", "Curious about the new weight-loss medications? Join a free community talk with Q&A, Thursday 6 PM in the Main Library auditorium. No registration needed.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 8: a public talk about a drug class, sent to everyone, says nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 4 (de0037-de0048): after surgery: vitamins, support groups, complications
add(
    ("de0037", "Post-op tip from your bariatric team: chew your calcium citrate (500 mg) 3x/day, at least 2 hours apart from your iron. Your B12 shot is due every 4 weeks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Post-op", "PROCEDURE"), ("bariatric", "SPECIALTY"), ("calcium citrate", "MEDICATION"), ("iron", "MEDICATION"), ("B12 shot", "MEDICATION")],
     ["primary-care", "shorthand"], "Supplement dosing after surgery is a treatment instruction (decision 7: supplements are MEDICATION; 'shot' goes with the drug like 'cortisone injection')."),
    ("de0038", "Time to reorder your bariatric chewable multivitamins! Order at shop.bariwell.example or reply REORDER. 20% off this week only.",
     "REWRITE", "marketing", "sms", "en",
     [("bariatric chewable multivitamins", "MEDICATION"), ("shop.bariwell.example", "URL")],
     ["pharmacy", "practice-contact"], "The product named for the recipient reveals past bariatric surgery (decision 7); the vendor's own shop link stays (practice contact)."),
    ("de0039", "Lakeside Bariatric: the Tuesday evening weight-loss surgery support group moves to Room 214 starting 9/8. Families welcome. The Zoom link stays the same.",
     "REWRITE", "other", "sms", "en",
     [("Lakeside Bariatric", "SPECIALTY"), ("weight-loss surgery", "PROCEDURE"), ("9/8", "DATE")],
     ["primary-care"], "Decision 8: sent to the members of one group, so it says they attend it; the group's topic is labelled, 'support group' itself is not."),
    ("de0040", "Our annual 5K t-shirts are in! Short sleeve or long sleeve, sizes S-3XL. Pick yours up at the front desk through Friday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a shirt's 'sleeve', not a gastric sleeve."),
    ("de0041", "Hi Rob, your 6-month post-op labs show vitamin D at 14 and B12 at 180, both low. Dr. Castell wants you on D3 50,000 IU weekly x 8 weeks. Please start ASAP.",
     "BLOCK", "result", "sms", "en",
     [("Rob", "NAME"), ("post-op", "PROCEDURE"), ("vitamin D", "PROCEDURE"), ("14", "RESULT"), ("B12", "PROCEDURE"), ("180", "RESULT"), ("low", "RESULT"),
      ("Dr. Castell", "PROVIDER"), ("D3 50,000 IU", "MEDICATION")],
     ["primary-care", "lab", "contrast"], "Values, flags and a dose. Decision 7: a nutrient measured is PROCEDURE, the supplement prescribed is MEDICATION. Contrast with the portal version de0042."),
    ("de0042", "Hi Rob, results from your 6-month post-op labs: vitamin D 14 (L), B12 180 (L). Dr. Castell recommends D3 50,000 IU weekly for 8 weeks; a prescription was sent to your pharmacy. Recheck at 9 months.",
     "ALLOW", "result", "portal", "en",
     [("Rob", "NAME"), ("post-op", "PROCEDURE"), ("vitamin D", "PROCEDURE"), ("14", "RESULT"), ("14 ([[L]])", "RESULT"), ("B12", "PROCEDURE"), ("180", "RESULT"),
      ("180 ([[L]])", "RESULT"), ("Dr. Castell", "PROVIDER"), ("D3 50,000 IU", "MEDICATION")],
     ["primary-care", "lab", "contrast"], "Portal: results and doses may stay (README). Contrast with de0041 by SMS."),
    ("de0043", "Grupo de apoyo después de cirugía bariátrica: nos reunimos el primer jueves de cada mes a las 6pm. Próxima reunión: 2 de abril. Confirme su asistencia respondiendo SI.",
     "REWRITE", "reminder", "sms", "es",
     [("cirugía bariátrica", "PROCEDURE"), ("2 de abril", "DATE")],
     ["primary-care"], "Decisions 3, 8: sent to group members; the procedure that names the group goes, the meeting logistics survive."),
    ("de0044", "Hi Ms. Kowalski - after your call, the nurse said the vomitting after meals sounds like eating too fast post-sleeve. Take 20-30 min per meal, stop at first fullness, and sip fluids between meals, not with them. If you can't keep liquids down, go to the ER.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kowalski", "NAME"), ("vomitting", "CONDITION"), ("sleeve", "PROCEDURE")],
     ["primary-care", "typo"], "Staff typo 'vomitting'. A symptom, its cause and eating instructions: the clinical content is the message (decisions 4, 15)."),
    ("de0045", "Budget season update: our board approved a balanced budget for next year with no increase in visit fees. Thank you for trusting us with your care.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a 'balanced' budget, not a balanced diet."),
    ("de0046", "Your B12 injection nurse visit is Wed 10/21 at 11:20 at Parkside Primary Care. No need to fast.",
     "REWRITE", "reminder", "sms", "en",
     [("B12 injection", "MEDICATION"), ("10/21", "DATE")],
     ["primary-care"], "The injection names the treatment (decision 7); 'nurse visit' is generic."),
    ("de0047", "Parkside Primary Care: we've moved! Starting 11/2 find us at 480 Larkin Ave, Suite 300, Dayton, OH 45402. Same phone: (937) 555-0150.",
     "ALLOW", "other", "sms", "en",
     [("11/2", "DATE"), ("480 Larkin Ave, Suite 300, Dayton, OH 45402", "ADDRESS"), ("(937) 555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "The practice's own new address and phone."),
    ("de0048", "Hello, this message is for Harold Finley. This is Bridget from Dr. Castell's office calling about your upper GI study. It showed a small leak at the staple line, so Dr. Castell wants you back at the hospital today. Please call (317) 555-0171 right away.",
     "BLOCK", "result", "voice", "en",
     [("Harold Finley", "NAME"), ("Bridget", "PROVIDER"), ("Dr. Castell", "PROVIDER"), ("upper GI study", "PROCEDURE"), ("small leak at the staple line", "RESULT"),
      ("Dr. Castell", "PROVIDER", 1), ("(317) 555-0171", "PHONE")],
     ["imaging", "primary-care", "practice-contact"], "A finding given on a voicemail (voice is treated like SMS: overheard). The urgent call-back would be the safe message."),
)

# ---------------------------------------------------------------- batch 5 (de0049-de0060): insurance requirements, billing, meal partners
add(
    ("de0049", "Heritage Health Plan: Your request for coverage of bariatric surgery requires 6 months of documented supervised weight loss. You have 4 of 6 monthly visits on file. Member ID HHP-7730-1182. Questions: 1-800-555-0199.",
     "REWRITE", "other", "sms", "en",
     [("bariatric surgery", "PROCEDURE"), ("supervised weight loss", "PROCEDURE"), ("HHP-7730-1182", "HEALTH_PLAN_ID"), ("1-800-555-0199", "PHONE")],
     ["primary-care", "identifier", "practice-contact"], "Judgement: the insurer's requirement and the visit count are administrative; once the procedure, the program (decision 4) and the member ID go, the status survives. The plan's own number stays."),
    ("de0050", "Ridgeview Medical Group - new statement available. Amount due $45.00 by the end of the month. Pay in the app (Billing > Pay Now). Payment plans available.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Statement notice with an amount; nothing clinical or identifying."),
    ("de0051", "Hello Mr. Abernathy,\n\nWe received your payment of $250.00 toward the self-pay Lean Start 12-Week Medically Supervised Weight Loss Program (account 55-20871). Remaining balance: $350.00; next automatic draft 3/1.\n\nThank you!\nBilling Office, Northpoint Weight & Wellness\n(480) 555-0164",
     "REWRITE", "billing", "email", "en",
     [("Abernathy", "NAME"), ("Lean Start 12-Week Medically Supervised Weight Loss Program", "PROCEDURE"), ("55-20871", "ACCOUNT"), ("3/1", "DATE"),
      ("Northpoint Weight & Wellness", "SPECIALTY"), ("(480) 555-0164", "PHONE")],
     ["primary-care", "identifier", "practice-contact"], "Payment receipt: the program name, the weight clinic name, the account and the name go; amounts and the draft date survive."),
    ("de0052", "Claim denied: CPT 43775 (laparoscopic sleeve gastrectomy), DX E66.01 morbid obesity, Z68.41 BMI 40.0-44.9, for patient Lorraine Petty, DOB 07/19/1979. Claim # CLM-2206-88314. Please call us to discuss payment options.",
     "BLOCK", "billing", "sms", "en",
     [("43775", "PROCEDURE"), ("laparoscopic sleeve gastrectomy", "PROCEDURE"), ("E66.01", "CONDITION"), ("morbid obesity", "CONDITION"), ("Z68.41", "CONDITION"),
      ("BMI", "PROCEDURE"), ("40.0-44.9", "RESULT"), ("Lorraine Petty", "NAME"), ("07/19/1979", "DATE"), ("CLM-2206-88314", "OTHER_ID")],
     ["primary-care", "dob", "identifier"], "Full date of birth with the name, plus diagnosis codes: BLOCK. Decision 9: CPT -> PROCEDURE, ICD-10 -> CONDITION; the BMI class range is a RESULT."),
    ("de0053", "Aviso: por obras en el libramiento sur, el acceso a nuestro estacionamiento será por la entrada norte hasta el viernes. Gracias por su paciencia.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'libramiento' is a highway bypass, and 'paciencia' is not 'paciente'."),
    ("de0054", "Good news - your health plan approved 12 medical nutrition therapy visits for 2026. Auth # PA-55190-K. Book your next visit with our dietitian at (402) 555-0139.",
     "REWRITE", "other", "sms", "en",
     [("medical nutrition therapy", "PROCEDURE"), ("PA-55190-K", "OTHER_ID"), ("dietitian", "SPECIALTY"), ("(402) 555-0139", "PHONE")],
     ["primary-care", "identifier", "practice-contact"], "An approval is administrative: therapy name, dietitian role word (decision 2) and authorization number go; the booking request survives."),
    ("de0055", "Your NourishWell app verification code is 481 226. Don't share it with anyone.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient; the app name is a wellness brand, not a specialty."),
    ("de0056", "Sra. Paredes, le informamos que su esposo Ramiro no ha venido a sus pesajes del programa de pérdida de peso y su peso subió a 118 kg. Por favor anímelo a llamarnos.",
     "BLOCK", "other", "sms", "es",
     [("Paredes", "NAME"), ("Ramiro", "NAME"), ("pesajes", "PROCEDURE"), ("programa de pérdida de peso", "PROCEDURE"), ("peso", "PROCEDURE", 1), ("118 kg", "RESULT")],
     ["primary-care", "third-party"], "The husband's weight program and weight told to his wife: a third party's health (README). Decision 5: 'su peso' with a value is the measure."),
    ("de0057", "Mercy Ridge Hospital invites you to a free Weight-Loss Surgery Information Seminar, Tuesday at 6:30 PM in the Cafeteria Annex. Open to the public; call (405) 555-0128 to save a seat.",
     "ALLOW", "marketing", "sms", "en",
     [("(405) 555-0128", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Decision 8: a public seminar sent to everyone names a service, not the recipient's care; only the hospital's phone is labelled."),
    ("de0058", "We noticed you haven't booked your 3-month weigh-in. Call Trim Health Clinic at (405) 555-0182 or book at trimhealth.example/schedule.",
     "REWRITE", "recall", "sms", "en",
     [("weigh-in", "PROCEDURE"), ("Trim Health Clinic", "SPECIALTY"), ("(405) 555-0182", "PHONE"), ("trimhealth.example/schedule", "URL")],
     ["primary-care", "practice-contact"], "Recall survives once the weigh-in and the weight-loss clinic name go (decisions 2, 5). Judgement: a practice URL that repeats the specialty-revealing name is still the practice's own link."),
    ("de0059", "Your meal kit from GreenCrate ships tomorrow. Track it in the app. Tonight's tip: prep veggies on Sunday to save time all week!",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "A consumer meal kit shipment: no diet, condition or program."),
    ("de0060", "FreshPath Meals: your renal-friendly meal box (12 meals, low sodium/low potassium) arrives Thu 4/16 between 2-6 PM. Covered by your health plan's medically tailored meals benefit - no payment needed.",
     "REWRITE", "other", "sms", "en",
     [("renal-friendly", "PROCEDURE"), ("low sodium/low potassium", "PROCEDURE"), ("4/16", "DATE"), ("medically tailored meals", "PROCEDURE")],
     ["primary-care"], "Decision 4: therapeutic diet labels and the medically tailored meals benefit reveal kidney disease; the delivery window survives."),
)

# ---------------------------------------------------------------- batch 6 (de0061-de0072): diabetes prevention, groups, eating disorders, disguises
add(
    ("de0061", "Welcome to the PreventT2 Diabetes Prevention Program! Your first session is Tue 1/13 at 5:30 PM at the Eastgate YMCA with lifestyle coach Dana Ruiz. Bring a water bottle.",
     "REWRITE", "reminder", "sms", "en",
     [("PreventT2 Diabetes Prevention Program", "PROCEDURE"), ("1/13", "DATE"), ("coach Dana Ruiz", "PROVIDER")],
     ["primary-care"], "The program implies prediabetes; it goes, the session logistics survive. Decision 11: the coach is workforce (PROVIDER); a YMCA is a public venue, not an address."),
    ("de0062", "Hi Anita, your fasting glucose was 112 and A1c 6.1%, which puts you in the prediabetes range. Dr. Whitfield recommends our Diabetes Prevention Program - reply YES and we'll enroll you.",
     "BLOCK", "result", "sms", "en",
     [("Anita", "NAME"), ("fasting glucose", "PROCEDURE"), ("112", "RESULT"), ("A1c", "PROCEDURE"), ("6.1%", "RESULT"), ("prediabetes", "CONDITION"),
      ("Dr. Whitfield", "PROVIDER"), ("Diabetes Prevention Program", "PROCEDURE")],
     ["primary-care", "lab"], "Values and a diagnosis: the clinical content is the message."),
    ("de0063", "Did you know 1 in 3 adults has prediabetes and most don't know it? Take the 1-minute risk quiz at the lobby kiosk during your next visit.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 8: a general health fact sent to every patient says nothing about the recipient."),
    ("de0064", "Hola Don Eusebio, le recordamos su sesion del Programa de Prevencion de Diabetes este miercoles a las 6pm en la Clínica Familiar Esperanza. ¡No olvide su libreta de registro!",
     "REWRITE", "reminder", "sms", "es",
     [("Eusebio", "NAME"), ("Programa de Prevencion de Diabetes", "PROCEDURE")],
     ["primary-care", "typo"], "Accents dropped as staff often type them. Name (without 'Don') and the program go; weekday and time survive; a generic clinic name stays."),
    ("de0065", "Sra. Villalobos: sus resultados del laboratorio: glucosa en ayunas 131 mg/dL y hemoglobina A1c 7.0%. La Dra. Ibarra confirma diagnóstico de diabetes tipo 2. Empiece metformina 500 mg con la cena.",
     "BLOCK", "result", "sms", "es",
     [("Villalobos", "NAME"), ("glucosa en ayunas", "PROCEDURE"), ("131 mg/dL", "RESULT"), ("hemoglobina A1c", "PROCEDURE"), ("7.0%", "RESULT"), ("Dra. Ibarra", "PROVIDER"),
      ("diabetes tipo 2", "CONDITION"), ("metformina 500 mg", "MEDICATION")],
     ["primary-care", "lab"], "Results, a diagnosis and a start instruction."),
    ("de0066", "Clínica Familiar Esperanza: su cita con el Dr. Ortega es el lunes 9 de febrero a las 8:30 am. Responda 1 para confirmar o 2 para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Ortega", "PROVIDER"), ("9 de febrero", "DATE")],
     ["primary-care"], "Provider, date and time from a generic clinic."),
    ("de0067", "Hi Carla,\n\nThanks for signing up for Whole Plate Nutrition's 6-week Intuitive Eating group. Sessions are Mondays 7-8 PM on Zoom starting 2/2.\n\nYour join link: https://zoom.example/j/88123456?pwd=Qm9k2Lx - please don't share it.\n\nQuestions? Reply to this email or call (217) 555-0142.\n\nCandy Baker, RDN",
     "REWRITE", "confirmation", "email", "en",
     [("Carla", "NAME"), ("Whole Plate Nutrition", "SPECIALTY"), ("Intuitive Eating", "PROCEDURE"), ("2/2", "DATE"), ("https://zoom.example/j/88123456?pwd=Qm9k2Lx", "URL"),
      ("(217) 555-0142", "PHONE"), ("Candy Baker", "PROVIDER"), ("RDN", "SPECIALTY")],
     ["primary-care", "practice-contact"], "Program name, nutrition practice and credential go (decision 2); decision 12: a link with pwd= is patient-specific."),
    ("de0068", "Hi Sam, Dr. Fogel asked me to follow up: the eating disorder screening you completed shows signs of binge eating disorder, so she recommends we pause surgery planning and start weekly therapy first. - Renee, Lakeside Bariatric",
     "BLOCK", "result", "sms", "en",
     [("Sam", "NAME"), ("Dr. Fogel", "PROVIDER"), ("eating disorder screening", "PROCEDURE"), ("binge eating disorder", "CONDITION"), ("therapy", "PROCEDURE"),
      ("Renee", "PROVIDER"), ("Lakeside Bariatric", "SPECIALTY")],
     ["behavioral-health", "primary-care"], "A screening finding and a treatment plan in behavioral health."),
    ("de0069", "Lose the wait! Check in online before you arrive and skip the line at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike pun: 'lose the wait', not weight."),
    ("de0070", "Hi, this is Marco from Summit Weight Care calling for Jennifer about her Saxenda prior authorization. Please give us a call back at (720) 555-0190 when you have a minute. Thanks!",
     "REWRITE", "other", "voice", "en",
     [("Marco", "PROVIDER"), ("Summit Weight Care", "SPECIALTY"), ("Jennifer", "NAME"), ("Saxenda", "MEDICATION"), ("(720) 555-0190", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail: the call-back request survives once the patient's name, the drug and the weight clinic name go."),
    ("de0071", "h1 k3v1n, ur 0z3mp1c d0se g0es up t0 1mg n3xt w33k. 1nj3ct 0nce w33kly, s4me d4y. -dr p4rk's 0ff1ce",
     "BLOCK", "care-instructions", "sms", "en",
     [("k3v1n", "NAME"), ("0z3mp1c", "MEDICATION"), ("dr p4rk", "PROVIDER")],
     ["primary-care", "leet", "shorthand"], "Leetspeak titration instruction: a dose change is the message."),
    ("de0072", "Heads up: we're scaling back Saturday hours for the summer. June through August we're open 8-11 AM on Saturdays.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'scaling back' hours, not a scale."),
)

# ---------------------------------------------------------------- batch 7 (de0073-de0084): disguises, long e-mails, post-op diet stages, family
add(
    ("de0073", "Reminder: s l e e v e  g a s t r e c t o m y on 6/2 - start your clear liquid diet 48 hrs before and stop your Qsymia 1 week before surgery.",
     "BLOCK", "care-instructions", "sms", "en",
     [("s l e e v e  g a s t r e c t o m y", "PROCEDURE"), ("6/2", "DATE"), ("clear liquid diet", "PROCEDURE"), ("Qsymia", "MEDICATION")],
     ["primary-care", "spaced"], "Spaced-letter procedure; diet and medication-hold instructions are the message (decision 4)."),
    ("de0074", "Your W\u200beg\u200bovy is ready for pickup at Hollis Pharmacy. Pickup hours 9-9 daily.",
     "REWRITE", "pickup", "sms", "en",
     [("W\u200beg\u200bovy", "MEDICATION")],
     ["pharmacy"], "Zero-width characters inside the drug name; a medication name in a pickup notice goes."),
    ("de0075", "Dr. Menon's office: your b\u0430riatric consult is Tues, but your sleep study showed severe sleep apnea (AHI 42). You'll need CPAP before surgery - we'll call to set it up.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Menon", "PROVIDER"), ("b\u0430riatric", "SPECIALTY"), ("sleep study", "PROCEDURE"), ("severe sleep apnea", "CONDITION"), ("AHI", "PROCEDURE"), ("42", "RESULT"),
      ("CPAP", "PROCEDURE")],
     ["primary-care"], "A Cyrillic 'a' in 'bariatric' (derived tag confusable); a sleep-study finding and its value (decision 5: AHI is a measure) are the message."),
    ("de0076", "Subject: Spring news from Oakmont Family Health\n\nHello neighbors!\n\nA lot is happening this season. Our new parking deck opens next month, so expect some heavy equipment and lane closures on the east side until then - please allow a few extra minutes.\n\nFlu and COVID shots are still available for everyone 6 months and up; no appointment needed at the walk-in counter.\n\nOur teaching kitchen is back! Free cooking demos every other Saturday, open to anyone in the community - this month's theme is one-pot meals on a budget.\n\nWe're also hiring medical assistants and front-desk staff. Know someone great? Send them our way.\n\nFinally, thank you. Your feedback in last fall's survey led to longer evening hours and shorter phone waits.\n\nWarm regards,\nThe Oakmont team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Long community newsletter: vaccines offered to everyone and a public cooking demo say nothing about the recipient (README broadcast rule, decision 8)."),
    ("de0077", "Dear Mr. Oyelaran,\n\nYour surgery at Mercy Ridge Hospital is scheduled for Monday, 8/17. Please check in at 5:30 AM at Surgical Admissions, 2nd floor (enter through the North Tower).\n\nBefore then:\n- Pre-admission testing: Monday 8/10 at 9:00 AM (blood draw and EKG), Outpatient Center, suite 120.\n- Bring your CPAP machine, your photo ID and your insurance card on the day of surgery.\n- Arrange for an adult to drive you home.\n\nYour bariatric surgeon, Dr. Ruben Castell, will see you in the pre-op area that morning.\n\nIf you need to reschedule, call Surgical Scheduling at (317) 555-0175, Monday to Friday 8 to 4.\n\nMercy Ridge Surgical Services",
     "REWRITE", "reminder", "email", "en",
     [("Oyelaran", "NAME"), ("8/17", "DATE"), ("Pre-admission testing", "PROCEDURE"), ("8/10", "DATE"), ("EKG", "PROCEDURE"), ("CPAP", "PROCEDURE"),
      ("bariatric", "SPECIALTY"), ("Dr. Ruben Castell", "PROVIDER"), ("(317) 555-0175", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 14: a device in a packing list is PROCEDURE in a logistics message, so REWRITE; 'surgery' alone and 'blood draw' are generic, 'pre-op area' is a place, not a visit type."),
    ("de0078", "Hi Denise,\n\nHere is your diet plan for the next stages after your gastric bypass on 3/2:\n\nStage 2 (full liquids), days 3-14: protein shakes, skim milk, strained cream soups. Goal 60-80 g protein and 64 oz fluids a day.\nStage 3 (pureed), weeks 3-4: blended lean meats, eggs, cottage cheese.\nStage 4 (soft), week 5 on.\n\nStart your chewable bariatric multivitamin twice daily and calcium citrate 500 mg three times a day, 2 hours apart from iron. No straws, no carbonation, no alcohol.\n\nMessage me here with questions.\nCandy Baker, RD, Bariatric Nutrition",
     "ALLOW", "care-instructions", "portal", "en",
     [("Denise", "NAME"), ("gastric bypass", "PROCEDURE"), ("3/2", "DATE"), ("full liquids", "PROCEDURE"), ("pureed", "PROCEDURE"), ("soft", "PROCEDURE"),
      ("chewable bariatric multivitamin", "MEDICATION"), ("calcium citrate 500 mg", "MEDICATION"), ("iron", "MEDICATION"), ("Candy Baker", "PROVIDER"), ("RD", "SPECIALTY"),
      ("Bariatric Nutrition", "SPECIALTY")],
     ["primary-care", "contrast"], "Portal: care instructions and the procedure may stay (README). Decision 4: diet stages are PROCEDURE. Contrast with de0079 by e-mail."),
    ("de0079", "Hi Denise, week 2 after your bypass: move to full liquids (protein shakes, skim milk, strained soups), 60-80 g protein and 64 oz fluids daily. Take your chewable multivitamin twice a day and calcium citrate 3x/day. Call us if you can't keep fluids down. - Candy, Bariatric Nutrition",
     "BLOCK", "care-instructions", "email", "en",
     [("Denise", "NAME"), ("bypass", "PROCEDURE"), ("full liquids", "PROCEDURE"), ("chewable multivitamin", "MEDICATION"), ("calcium citrate", "MEDICATION"),
      ("Candy", "PROVIDER"), ("Bariatric Nutrition", "SPECIALTY")],
     ["primary-care", "contrast"], "By e-mail (treated like SMS) the post-op diet and supplement instructions are the message: BLOCK. Contrast with the portal version de0078."),
    ("de0080", "Hello, this is a message from Greenfield Family Medicine. Due to heavy snow, our offices will open at 10 AM tomorrow. If you need to reschedule, please call the office.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather delay read by the phone system; 'heavy' is snow."),
    ("de0081", "Reminder from Dr. Whitfield's office: your annual physical is Fri 11/6 at 8 AM. Please fast after midnight for lab work. Also bring your food & weight journal from the Healthy Weight program.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("11/6", "DATE"), ("Healthy Weight program", "PROCEDURE")],
     ["primary-care"], "The physical and fasting for lab work are generic; the weight program the patient is in goes. Decision 6: the journal itself is not labelled."),
    ("de0082", "Hi Ana, your mom Lucia missed her B12 injection Tuesday. Since her gastric bypass she needs it monthly or her anemia can come back - please help her rebook at (505) 555-0112.",
     "BLOCK", "other", "sms", "en",
     [("Ana", "NAME"), ("Lucia", "NAME"), ("B12 injection", "MEDICATION"), ("gastric bypass", "PROCEDURE"), ("anemia", "CONDITION"), ("(505) 555-0112", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "The mother's treatment, surgery and condition told to her daughter: a third party's health."),
    ("de0083", "Hi! This is Candy Baker from the front desk at Ridgeview Medical Group. The insurance card we have on file has expired - please upload a photo of your new one in the app before your next visit.",
     "ALLOW", "other", "sms", "en",
     [("Candy Baker", "PROVIDER")],
     ["general"], "Decision 11: a staff sender is PROVIDER (README); look-alike name made of food words, no clinical content."),
    ("de0084", "Hola Maribel, su cita de seguimiento de manga gástrica con el Dr. Castell es el 14 de julio a las 9:00. Recuerde traer su lista de vitaminas. Instituto Bariátrico Lakeside, (317) 555-0178.",
     "REWRITE", "reminder", "sms", "es",
     [("Maribel", "NAME"), ("manga gástrica", "PROCEDURE"), ("Dr. Castell", "PROVIDER"), ("14 de julio", "DATE"), ("Instituto Bariátrico Lakeside", "SPECIALTY"),
      ("(317) 555-0178", "PHONE")],
     ["primary-care", "practice-contact"], "Name, procedure and the bariatric institute go; provider, date, time and phone survive; a vitamin list is generic."),
)

# ---------------------------------------------------------------- batch 8 (de0085-de0096): bands, balloons, phentermine, body composition, gallstones
add(
    ("de0085", "Your lap band adjustmnet (fill) is Thu 3/26 at 2:45 PM with Dr. Ngozi Adebayo. Eat a light lunch beforehand. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("lap band adjustmnet", "PROCEDURE"), ("fill", "PROCEDURE"), ("3/26", "DATE"), ("Dr. Ngozi Adebayo", "PROVIDER")],
     ["primary-care", "typo"], "Typo kept inside the span. The device procedure and its synonym go; 'eat a light lunch' is plain prep (decision 4)."),
    ("de0086", "Phentermine 37.5 mg: take 1 tablet every morning before breakfast. Do not take after 2 PM. Controlled medication - photo ID required at pickup. Rx #6620914.",
     "BLOCK", "pickup", "sms", "en",
     [("Phentermine 37.5 mg", "MEDICATION"), ("6620914", "OTHER_ID")],
     ["pharmacy", "contrast", "identifier"], "Decision 13: directions for use in a pickup text are dosing instructions -> BLOCK. Contrast with the plain pickup de0087."),
    ("de0087", "Rx ready: PHENTERMINE HCL 37.5MG TAB for JOSE M. Pick up at Hollis Pharmacy counter by 5/9. Controlled Rx - bring photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("PHENTERMINE HCL 37.5MG TAB", "MEDICATION"), ("JOSE M", "NAME"), ("5/9", "DATE")],
     ["pharmacy", "contrast"], "Pharmacy-system capitals: drug with strength and form, and the patient's name with an initial, go; the pickup deadline survives."),
    ("de0088", "Join our Walk with a Doc! Saturday 8 AM at Riverside Park - a free, easy-paced walk with our physicians. Bring water; all fitness levels welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community event for everyone; a park is a public place, not an address."),
    ("de0089", "Hi Teresa, after your gastric balloon placement today: clear liquids only for 3 days, then full liquids through day 7. Take ondansetron 4 mg every 8 hrs as needed for nausea. Call (602) 555-0147 for severe pain.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Teresa", "NAME"), ("gastric balloon placement", "PROCEDURE"), ("clear liquids", "PROCEDURE"), ("full liquids", "PROCEDURE"), ("ondansetron 4 mg", "MEDICATION"),
      ("nausea", "CONDITION"), ("severe pain", "CONDITION"), ("(602) 555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Discharge diet and dosing instructions (decisions 4, 15)."),
    ("de0090", "InBody scan results from 9/30: weight 241.6 lb, body fat 41.2%, skeletal muscle mass 72.8 lb. Nice progress since July! We'll go over it at your visit with NP Holloway.",
     "ALLOW", "result", "portal", "en",
     [("InBody scan", "PROCEDURE"), ("9/30", "DATE"), ("weight", "PROCEDURE"), ("241.6 lb", "RESULT"), ("body fat", "PROCEDURE"), ("41.2%", "RESULT"),
      ("skeletal muscle mass", "PROCEDURE"), ("72.8 lb", "RESULT"), ("NP Holloway", "PROVIDER")],
     ["primary-care"], "Portal: body-composition results may stay (README channel rule). Decision 5: measures PROCEDURE, values RESULT."),
    ("de0091", "Summit Weight Care: your body composition scan is tomorrow at 7:40 AM. No caffeine or exercise beforehand, and please wear light clothing.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Weight Care", "SPECIALTY"), ("body composition scan", "PROCEDURE")],
     ["primary-care"], "Clinic name and test go; plain prep survives (decision 4)."),
    ("de0092", "Hi Luis - Dr. Adebayo reviewed your ultrasound. You have gallstones, which can happen after rapid weight loss. She'd like you to see a general surgeon; we'll send the referral.",
     "BLOCK", "result", "sms", "en",
     [("Luis", "NAME"), ("Dr. Adebayo", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("gallstones", "CONDITION"), ("rapid weight loss", "CONDITION")],
     ["imaging", "primary-care"], "An imaging finding is the message. Decision 15: rapid weight loss as a cause is a CONDITION; 'general surgeon' is generic."),
    ("de0093", "We're seeing heavy traffic on our phone lines Monday mornings. For the fastest service, request refills and book visits in the app.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'heavy traffic' on phone lines; 'refills' alone is generic."),
    ("de0094", "Dear Ms. Greer,\n\nWelcome to the Endoscopic Sleeve Gastroplasty program at Harborview Digestive & Weight Center! Your consultation with Dr. Imani Clarke is Wednesday, 10/14 at 1:20 PM in Suite 410.\n\nPlease complete the health history packet in your portal beforehand, and bring a list of everything you take, including supplements. Parking is validated at the front desk.\n\nWe look forward to meeting you!\n\nAli Haidari, Patient Coordinator\n(503) 555-0104",
     "REWRITE", "confirmation", "email", "en",
     [("Greer", "NAME"), ("Endoscopic Sleeve Gastroplasty", "PROCEDURE"), ("Harborview Digestive & Weight Center", "SPECIALTY"), ("Dr. Imani Clarke", "PROVIDER"),
      ("10/14", "DATE"), ("Ali Haidari, Patient Coordinator", "PROVIDER"), ("(503) 555-0104", "PHONE")],
     ["primary-care", "practice-contact"], "Welcome e-mail: program and center name go; the consult logistics survive. Decision 11: the coordinator with his role is PROVIDER (span includes the role like 'Kelly Tran, RN')."),
    ("de0095", "Hola Rocío, el Dr. Adebayo revisó su análisis: tiene anemia por deficiencia de hierro (hemoglobina 9.8). Necesita hierro intravenoso; le llamaremos para agendar la infusión.",
     "BLOCK", "result", "sms", "es",
     [("Rocío", "NAME"), ("Dr. Adebayo", "PROVIDER"), ("anemia por deficiencia de hierro", "CONDITION"), ("hemoglobina", "PROCEDURE"), ("9.8", "RESULT"),
      ("hierro intravenoso", "MEDICATION"), ("infusión", "PROCEDURE")],
     ["primary-care", "lab"], "A diagnosis, a value and a treatment plan; 'análisis' is generic."),
    ("de0096", "¡Feliz Martes de Carnaval! \U0001F389 Hoy cerramos a las 2 de la tarde. Mañana miércoles abrimos en horario normal.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Fat Tuesday closing in Spanish; a holiday is not a date (README)."),
)

# ---------------------------------------------------------------- batch 9 (de0097-de0108): templates, plain reminders, portal, practice notices
add(
    ("de0097", "Hi! This is a reminder from {{practice_name}} about your appointment on {{appt_date}} at {{appt_time}}. Reply C to confirm, R to reschedule, or call {{practice_phone}}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Vendor template with content-free placeholders only (README: placeholders stay unlabelled)."),
    ("de0098", "Message from Candy Baker, RDN: Hi Marcus, great meeting you today! Your plan: about 1,600 kcal/day with 100 g protein, 3 meals + 1 snack, and a 20-min walk after dinner. First goal: 5% of body weight, to about 266 lb, by your 3-month visit.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Candy Baker", "PROVIDER"), ("RDN", "SPECIALTY"), ("Marcus", "NAME"), ("266 lb", "RESULT")],
     ["primary-care"], "Portal: a diet plan and goal weight may stay (README channel rule). Judgement: a goal weight is a clinical value, RESULT (decision 5)."),
    ("de0099", "Recordatorio: su cita con la Dra. Salazar es mañana martes a las 4:15 pm en Clínica del Valle. Por favor llegue 10 minutos antes.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Salazar", "PROVIDER")],
     ["primary-care"], "Provider, weekday and time from a generic clinic name."),
    ("de0100", "Clínica del Valle: ¡Ya puede pagar su saldo en línea! Entre a la app, sección Pagos. Gracias por su preferencia.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Billing feature announcement; no patient data."),
    ("de0101", "Please note our records department has a new fax number: (314) 555-0193. Records requests can also be emailed to records@ridgeviewmg.example or submitted at ridgeviewmg.example/records.",
     "ALLOW", "other", "email", "en",
     [("(314) 555-0193", "FAX"), ("records@ridgeviewmg.example", "EMAIL"), ("ridgeviewmg.example/records", "URL")],
     ["general", "broadcast", "practice-contact"], "The practice's own fax, e-mail and web page."),
    ("de0102", "Thanksgiving week hours: closed Thursday and Friday. Enjoy the feast - we'll see you Monday!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday hours; a holiday and weekdays are not dates, and 'feast' is not a diet."),
    ("de0103", "This is Ridgeview Medical Group calling to remind you of your appointment with Dr. Laila Hassan on Wednesday, January 21st at 10:30 AM. To confirm, press 1. To reschedule, press 2.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Laila Hassan", "PROVIDER"), ("January 21st", "DATE")],
     ["primary-care"], "IVR reminder with provider, date and time only."),
    ("de0104", "Congrats to our staff wellness challenge winners! Together the team walked 4.2 million steps this spring \U0001F45F Thanks for setting a great example.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A staff step challenge; a count of steps is not anyone's result."),
    ("de0105", "Our community teaching kitchen hosts a free 'Eat Well on a Budget' class this Saturday at 10 AM. Everyone welcome - recipes to take home!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 8: a public nutrition class sent to everyone."),
    ("de0106", "Hola Sra. Mejía, sus resultados de laboratorio del 3/11: glucosa 98, A1c 5.6%, colesterol LDL 104. ¡Todo dentro de lo normal! Siga con su plan de alimentación. - Dra. Ibarra",
     "ALLOW", "result", "portal", "es",
     [("Mejía", "NAME"), ("3/11", "DATE"), ("glucosa", "PROCEDURE"), ("98", "RESULT"), ("A1c", "PROCEDURE"), ("5.6%", "RESULT"), ("colesterol LDL", "PROCEDURE"),
      ("104", "RESULT"), ("dentro de lo normal", "RESULT"), ("Dra. Ibarra", "PROVIDER")],
     ["primary-care", "lab"], "Portal: normal results may stay (README channel rule); by SMS they would be BLOCK."),
    ("de0107", "Reminder: telehealth visit with NP Holloway tomorrow at 3:00 PM. Join from the app 5 minutes early. Need help? Call (720) 555-0105.",
     "ALLOW", "reminder", "sms", "en",
     [("NP Holloway", "PROVIDER"), ("(720) 555-0105", "PHONE")],
     ["primary-care", "practice-contact"], "Telehealth logistics with provider, time and the practice's phone."),
    ("de0108", "Tip of the week: fill half your plate with vegetables, a quarter with lean protein and a quarter with whole grains. Small swaps, big difference!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A general nutrition tip sent to every patient says nothing about the recipient (decision 8)."),
)

# ---------------------------------------------------------------- batch 10 (de0109-de0120): announcements, intake, family, device alerts, voicemail
add(
    ("de0109", "Welcome Dr. Omar Siddiqui to Ridgeview Medical Group! He joins our Lakeview office and sees adults Monday through Wednesday. New patients welcome.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Omar Siddiqui", "PROVIDER")],
     ["general", "broadcast"], "New-provider announcement to every patient."),
    ("de0110", "Por el tráfico pesado en la autopista por la feria, le sugerimos salir con tiempo a su cita. El estacionamiento sigue siendo gratuito.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'pesado' (heavy) is traffic, not weight ('peso')."),
    ("de0111", "Subject: Our new patient portal is live\n\nDear patients,\n\nStarting this week, Ridgeview Medical Group has moved to a new patient portal. Your old login will not work; please create a new account at https://portal.ridgeviewmg.example using the e-mail address you gave us at check-in.\n\nIn the new portal you can book visits, request refills, pay bills and message your care team. Messages are answered within two business days; for anything urgent, call us.\n\nMain office: 2200 Harmon Pkwy, Suite 100, Springfield, IL 62704\nPhone: (217) 555-0100 | Fax: (217) 555-0101\nHelp desk: portalhelp@ridgeviewmg.example\n\nIf you have a medical emergency, call 911.\n\nThank you for your patience while we make the switch.\nRidgeview Medical Group",
     "ALLOW", "other", "email", "en",
     [("https://portal.ridgeviewmg.example", "URL"), ("2200 Harmon Pkwy, Suite 100, Springfield, IL 62704", "ADDRESS"), ("(217) 555-0100", "PHONE"),
      ("(217) 555-0101", "FAX"), ("portalhelp@ridgeviewmg.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Long practice-wide notice with the practice's own link, address, phone, fax and e-mail; 911 is not a phone identifier."),
    ("de0112", "Your order from Plateful Kitchen was delivered to your front door \U0001F372 Rate this week's meals in the app and get $5 off your next box.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "A consumer meal delivery with no diet, program or condition."),
    ("de0113", "Recordatorio: su visita de control de peso con la nutrióloga es el 22 de junio a las 10am. Por favor llegue en ayunas para su medición de composición corporal. Centro de Nutrición y Obesidad Los Pinos",
     "REWRITE", "reminder", "sms", "es",
     [("control de peso", "PROCEDURE"), ("nutrióloga", "SPECIALTY"), ("22 de junio", "DATE"), ("medición de composición corporal", "PROCEDURE"),
      ("Centro de Nutrición y Obesidad Los Pinos", "SPECIALTY")],
     ["primary-care"], "Visit type, role word, test and the obesity center name go (decisions 2, 5); date, time and fasting survive."),
    ("de0114", "Hi Marcus - quick reminder of your nutrition follow-up with Candy Baker, RDN on Thu 4/9 at 4 PM. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("nutrition", "SPECIALTY"), ("Candy Baker", "PROVIDER"), ("RDN", "SPECIALTY"), ("4/9", "DATE")],
     ["primary-care"], "Decision 2: 'nutrition' as the service line and the RDN credential go; 'follow-up' is generic."),
    ("de0115", "Sr. Cárdenas, su peso hoy fue de 142.3 kg (IMC 46.5). Para que su seguro apruebe la cirugía de bypass gástrico necesita bajar al menos 5% antes de la próxima consulta.",
     "BLOCK", "result", "sms", "es",
     [("Cárdenas", "NAME"), ("peso", "PROCEDURE"), ("142.3 kg", "RESULT"), ("IMC", "PROCEDURE"), ("46.5", "RESULT"), ("bypass gástrico", "PROCEDURE")],
     ["primary-care"], "Weight and BMI values are results (decision 5) and the target is a treatment goal."),
    ("de0116", "Hi, this is Rachel at Summit Weight Care. To finish your intake we have: Kimberly Ann Voss, DOB 02/11/1988, member ID UHX884120077. Please reply YES if that's correct.",
     "BLOCK", "other", "sms", "en",
     [("Rachel", "PROVIDER"), ("Summit Weight Care", "SPECIALTY"), ("Kimberly Ann Voss", "NAME"), ("02/11/1988", "DATE"), ("UHX884120077", "HEALTH_PLAN_ID")],
     ["primary-care", "dob", "identifier"], "A full date of birth with the name (README) plus a member ID: BLOCK."),
    ("de0117", "Hi Marcus,\n\nThanks for sending your 3-day food log before today's session. A few things stood out: you averaged about 3,400 calories and 180 g of added sugar a day, mostly from soda and late-night snacks. With your A1c at 8.4 and your triglycerides at 310, Dr. Whitfield and I agree it's time to act.\n\nHere's the plan until we meet again:\n- Swap regular soda for water or zero-calorie drinks.\n- Aim for 1,800 calories a day and 25 g of fiber.\n- Dr. Whitfield is starting metformin 500 mg with dinner; take it with food to avoid stomach upset.\n\nI'll check your log again in two weeks.\n\nCandy Baker, RDN\nWhole Plate Nutrition",
     "BLOCK", "care-instructions", "email", "en",
     [("Marcus", "NAME"), ("A1c", "PROCEDURE"), ("8.4", "RESULT"), ("triglycerides", "PROCEDURE"), ("310", "RESULT"), ("Dr. Whitfield", "PROVIDER"),
      ("Dr. Whitfield", "PROVIDER", 1), ("metformin 500 mg", "MEDICATION"), ("Candy Baker", "PROVIDER"), ("RDN", "SPECIALTY"), ("Whole Plate Nutrition", "SPECIALTY")],
     ["primary-care", "lab"], "By e-mail: lab values, intake findings and a new drug with dosing are the message. Judgement: the intake averages are dietary history, not labelled (decision 6); the lab values are."),
    ("de0118", "Hi Mr. Adeyemi, Mia's dietitian visit notes are ready. Because of her celiac disease she must stay strictly gluten-free, including at school lunch - we've sent the diet order to the school nurse.",
     "BLOCK", "other", "sms", "en",
     [("Adeyemi", "NAME"), ("Mia", "NAME"), ("dietitian", "SPECIALTY"), ("celiac disease", "CONDITION"), ("gluten-free", "PROCEDURE")],
     ["pediatrics", "third-party", "minor"], "A child's diagnosis and diet therapy told to the parent: third party's health (README). Decision 4: a diet prescribed for a diagnosis is PROCEDURE."),
    ("de0119", "Low glucose alert: your CGM read 54 mg/dL at 2:14 PM, about 90 min after lunch - possible dumping syndrome. Eat 15 g of fast carbs now and recheck in 15 min.",
     "BLOCK", "care-instructions", "push", "en",
     [("CGM", "PROCEDURE"), ("54 mg/dL", "RESULT"), ("dumping syndrome", "CONDITION")],
     ["primary-care"], "Push (treated like SMS): a device reading, a possible condition and a treatment instruction. Judgement: 'low glucose alert' is the alert type and is not labelled separately; the reading carries the result."),
    ("de0120", "Hi Mr. Tran, this is nurse Kelsey with Lakeside Bariatric. Good news - your swallow study showed no leak and no obstruction, so you can advance to full liquids tomorrow. Call us at (317) 555-0178 with any questions.",
     "BLOCK", "result", "voice", "en",
     [("Tran", "NAME"), ("nurse Kelsey", "PROVIDER"), ("Lakeside Bariatric", "SPECIALTY"), ("swallow study", "PROCEDURE"), ("no leak", "RESULT"), ("no obstruction", "RESULT"),
      ("full liquids", "PROCEDURE"), ("(317) 555-0178", "PHONE")],
     ["imaging", "primary-care", "negation", "practice-contact"], "A normal (negative) result is still a result (README) and the diet advance is an instruction; voicemail is treated like SMS."),
)

if __name__ == "__main__":
    probe_lib.run(M, "de", "probe106.jsonl")
