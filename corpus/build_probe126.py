#!/usr/bin/env python3
"""Build corpus/probe126.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe126.py [OUT] [-v]   (default: probe126.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, build script, test or source file was read.

Theme of this round: EATING DISORDER PROGRAMS AND ADOLESCENT MEDICINE — what eating-disorder
treatment programs (residential, PHP, IOP, outpatient teams), adolescent-medicine clinics,
family-based treatment therapists and dietitians send to patients and to parents: intake and
assessment scheduling, meal-support and weigh-in sessions, vitals and lab monitoring (orthostatics,
ECGs, refeeding labs, DEXA), level-of-care changes, insurance reviews and appeals, family sessions,
school notes, alumni and support groups, billing and pharmacy pickups; mixed with neutral practice
traffic and look-alikes (a balanced meal deal at the cafe, weighing your options, the recovery of the
stock market, a Body Shop gift card raffle, the Renfrew Street entrance, a coach named Hope Eaton, a
PHP software update, a sliding scale, shredding day to purge old papers, "ED" as the emergency
department, a score written 4/5). 120 messages; about 16% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Eating-disorder program names and adolescent-medicine clinic names are specialty-revealing
     (like pediatrics or behavioral-health names): one SPECIALTY span for the whole proper name,
     even when it contains the condition words ("Juniper Eating Disorder Program"), so a
     dependent's logistics with such a name stay REWRITE; a condition written as a plain
     description ("teens in ED treatment", "trastornos alimentarios") is CONDITION.
  2. Levels of care (residential, PHP / partial hospitalization, IOP) and eating-disorder treatment
     elements (weigh-in / pesaje, blind weight, meal support, supported dinner, family-based
     treatment / FBT, DBT, orthostatic vitals, medical monitoring, "refeeding" labs, fear food,
     food log, meal plan, relapse prevention) are PROCEDURE. A logistics message naming them is
     REWRITE; a level-of-care decision or recommendation (admit, step up, step down, return to PHP)
     is treatment content, so BLOCK (ALLOW on the portal).
  3. The role words dietitian / nutrióloga / therapist / terapeuta and the credentials RD, RDN and
     LMFT name a service line: SPECIALTY (like DDS, DPT, radiologist); a nutrition practice name is
     specialty-revealing too. A health or meal coach named with the title is workforce: PROVIDER
     with the title included ("coach Hope Eaton", "Meal coach Tessa"); a staff contact named in a
     group invite is PROVIDER as well.
  4. A dependent's logistics with a revealing visit type (weigh-in, family-based treatment session,
     vitals monitoring) but no condition, medication, result or instruction is REWRITE, like the
     README's routine visit types: removal leaves a plain appointment. Naming the dependent's
     condition, medication, result or a treatment instruction is BLOCK (third party).
  5. A support-group invitation that names the condition generically ("caregivers of teens in ED
     treatment") is REWRITE: the condition is a removable label, not a finding about a named
     person. A community talk from a generic practice open to everyone (body image, cooking club)
     is a broadcast: ALLOW, no span.
  6. Weight, BMI, heart rate, orthostatics, pulse, Z-score are measures (PROCEDURE); their values,
     trends ("down 0.6", "stable", "4 kg") and flags are RESULT. A screening score written "4/5"
     is a RESULT, not a DATE. An ECG finding ("sinus bradycardia") is RESULT.
  7. Calorie targets and exchange counts prescribed in a meal plan are treatment instructions with
     no category of their own: left unlabelled (like a dose written apart from the drug); the line
     is BLOCK on its other spans.
  8. Oral nutrition supplements used as treatment (Ensure Plus, Boost Plus) and calcium / vitamin D
     supplements are MEDICATION.
  9. A street name without a number ("the Renfrew Street entrance", "our Eaton Road office") is a
     direction to the practice, not an address: not labelled. "ED" meaning the emergency
     department is not labelled.
 10. Symptoms and behaviours (purging, bingeing, skipping lunches, making herself throw up, missed
     periods, low weight, weight loss, poor appetite) are CONDITION (README: symptoms are
     conditions); a diagnosis code (F50.01) is CONDITION.
 11. "intake", "assessment", "evaluación inicial", "concurrent review", "utilization review",
     "prior authorization", "group", "check-in call", "school team" and "controlled substance" are
     generic and unlabelled; a claim number is OTHER_ID and a member ID HEALTH_PLAN_ID.
 12. A parent reading a dependent's details in the portal (proxy access) follows the portal rule:
     ALLOW, spans still labelled.

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


# ---------------------------------------------------------------- batch 1 (dy0001-dy0012): intake, assessments, first look-alikes
add(
    ("dy0001", "Juniper Eating Disorder Program: Hi Talia, your intake assessment is set for Tue 3/10 at 9:00 AM. Please arrive 20 min early to complete paperwork. Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Juniper Eating Disorder Program", "SPECIALTY"), ("Talia", "NAME"), ("3/10", "DATE")],
     ["behavioral-health"], "Program name reveals the service and the first name is not needed; 'intake assessment' is generic (decision 1, 11), so date and time survive."),
    ("dy0002", "Oakridge Medical Group: our 2nd-floor cafe now has a balanced meal deal (sandwich, fruit + drink) for $6.50, weekdays 11-2. Show your parking ticket for 10% off!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a 'balanced meal' at the cafe says nothing about anyone's eating."),
    ("dy0003", "Dear Mr. and Mrs. Castellano,\n\nThank you for bringing Priya in today. After reviewing her assessment with the team, Dr. Halvorsen recommends admission to our partial hospitalization program (PHP) for restrictive anorexia nervosa. Her resting heart rate was 44 and she had a 22-point jump on standing, so we would like her to start no later than Monday.\n\nOur admissions coordinator will call you tomorrow morning to go over insurance and the daily schedule (8 AM to 3 PM, including breakfast, lunch and two snacks on site). Please reply if there is a better number to reach you.\n\nWarmly,\nThe Intake Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Castellano", "NAME"), ("Priya", "NAME"), ("Dr. Halvorsen", "PROVIDER"), ("partial hospitalization program", "PROCEDURE"), ("PHP", "PROCEDURE"),
      ("anorexia nervosa", "CONDITION"), ("heart rate", "PROCEDURE"), ("44", "RESULT"), ("22-point jump on standing", "RESULT")],
     ["behavioral-health", "third-party", "minor"], "A teen's diagnosis, vitals and an admission recommendation sent to parents by e-mail: third party's health and a level-of-care decision (decision 2, 6)."),
    ("dy0004", "Reminder: your appointment with Dr. Abernathy is Thursday 4/2 at 3:15 PM at Northside Family Medicine. Reply Y to confirm or call (617) 555-0142.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Abernathy", "PROVIDER"), ("4/2", "DATE"), ("(617) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time, generic practice name and the practice's own phone."),
    ("dy0005", "Hola Sra. Ibarra, le confirmamos la evaluación inicial de su hija Renata en el Programa de Trastornos Alimentarios Sendero el jueves 9 de abril a las 10:00. Traiga la tarjeta del seguro, por favor.",
     "REWRITE", "confirmation", "sms", "es",
     [("Ibarra", "NAME"), ("Renata", "NAME"), ("Programa de Trastornos Alimentarios Sendero", "SPECIALTY"), ("9 de abril", "DATE")],
     ["behavioral-health", "minor"], "Judgement (decision 1): the program's proper name is one SPECIALTY span, so a dependent's logistics with a specialty name stay REWRITE; 'evaluación inicial' is generic."),
    ("dy0006", "Still weighing your options for next year's health plan? Our financial counselors can walk you through what's in-network at Cedar Valley Health. Drop-in hours Mon-Fri 8-4, main lobby.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'weighing your options' is about insurance choices, not body weight."),
    ("dy0007", "hi Jordan, its Bree from the Lumen Adolescent Medicine team. your potassium came back at 3.1 so Dr. Farooq wants u back tmrw for a recheck + EKG. call us 555-0117",
     "BLOCK", "result", "sms", "en",
     [("Jordan", "NAME"), ("Bree", "PROVIDER"), ("Lumen Adolescent Medicine", "SPECIALTY"), ("potassium", "PROCEDURE"), ("3.1", "RESULT"),
      ("Dr. Farooq", "PROVIDER"), ("EKG", "PROCEDURE"), ("555-0117", "PHONE")],
     ["pediatrics", "lab", "shorthand"], "A lab value and the plan that follows from it are the message itself."),
    ("dy0008", "Willow Path Eating Disorders: Meal support session starts in 30 min (Room B). Tap to check in.",
     "REWRITE", "reminder", "push", "en",
     [("Willow Path Eating Disorders", "SPECIALTY"), ("Meal support", "PROCEDURE")],
     ["behavioral-health"], "Lock-screen push: program name and session type go (decision 1, 2); 'session starts in 30 min' survives."),
    ("dy0009", "Parents: the after-school Teen Cooking Club at the Oakridge community kitchen starts Tuesday! Learn 5 easy weeknight dinners. $20 for 4 weeks, all teens welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community class open to all teens (decision 5): food and teens, but nothing about the recipient."),
    ("dy0010", "Hi, this message is for Eliza Brandt. This is Marcy, the admissions coordinator at Clearwater Center for Eating Disorders. Your insurance approved fourteen days of residential treatment for bulimia nervosa, and we have a bed opening Monday. Please call me back today so we can hold it for you.",
     "BLOCK", "other", "voice", "en",
     [("Eliza Brandt", "NAME"), ("Marcy", "PROVIDER"), ("Clearwater Center for Eating Disorders", "SPECIALTY"), ("residential treatment", "PROCEDURE"), ("bulimia nervosa", "CONDITION")],
     ["behavioral-health"], "Voicemail (treated like SMS) names the diagnosis and the level of care."),
    ("dy0011", "Lakeview Family Medicine: your wellness visit with coach Hope Eaton is Wed 5/6 at 4:30 PM. Wear comfy shoes, we'll walk the trail if it's nice out. Reply C to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("coach Hope Eaton", "PROVIDER"), ("5/6", "DATE")],
     ["primary-care"], "Look-alike name: 'Hope Eaton' is the health coach (workforce, PROVIDER with the title, decision 3), not recovery or eating."),
    ("dy0012", "Recordatorio: su pesaje semanal con la nutrióloga es el lunes 16 de marzo a las 7:30 am. Clínica Alba. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("pesaje", "PROCEDURE"), ("nutrióloga", "SPECIALTY"), ("16 de marzo", "DATE")],
     ["behavioral-health"], "Weekly weigh-in and dietitian reveal the treatment (decision 2, 3); a reminder of the date and time survives."),
)

# ---------------------------------------------------------------- batch 2 (dy0013-dy0024): weigh-ins, meal support, vitals
add(
    ("dy0013", "Weight today 41.8 kg, down 0.6 from Monday. Per protocal you need to add a 3rd Ensure Plus at bedtime starting tonight. -Kaya, RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("Weight", "PROCEDURE"), ("41.8 kg", "RESULT"), ("0.6", "RESULT"), ("Ensure Plus", "MEDICATION"), ("Kaya, RN", "PROVIDER")],
     ["behavioral-health", "typo"], "A weight, its trend and a supplement instruction are the message (decisions 6, 8)."),
    ("dy0014", "Hi Noor, message from Mia Lund, RD: today's weight was 52.3 kg (stable). Please keep your meal plan at 3 meals + 3 snacks and add one starch exchange at afternoon snack this week.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Noor", "NAME"), ("Mia Lund", "PROVIDER"), ("RD", "SPECIALTY"), ("weight", "PROCEDURE"), ("52.3 kg", "RESULT"), ("stable", "RESULT"), ("meal plan", "PROCEDURE")],
     ["behavioral-health", "contrast"], "Inside the secure portal a weight and meal-plan instruction may stay (README channel rule); spans still labelled, exchange counts unlabelled (decision 7)."),
    ("dy0015", "Thanks for visiting Maplewood Family Care! Drop your comment card in the lobby box by Friday to enter our Body Shop gift card raffle ($50). One entry per visit.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'Body Shop' is a cosmetics gift card, not body weight or image."),
    ("dy0016", "Summit Teen Health reminder: Ava has orthostatic vitals + weigh-in on Wed 3/25 at 7:45 AM, before school. Please arrive 10 min early. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Teen Health", "SPECIALTY"), ("Ava", "NAME"), ("orthostatic vitals", "PROCEDURE"), ("weigh-in", "PROCEDURE"), ("3/25", "DATE")],
     ["pediatrics", "minor"], "Judgement (decision 4): a dependent's revealing visit types with no condition, value or instruction are removable, leaving a plain reminder: REWRITE, not BLOCK."),
    ("dy0017", "Hi Mrs. Whitfield - Oliver's orthostatics were positive today (HR 58 lying, 104 standing). Dr. Ramos is admitting him to the adolescent unit tonight for medical stabilization. Please call 555-0163 when you can.",
     "BLOCK", "other", "sms", "en",
     [("Whitfield", "NAME"), ("Oliver", "NAME"), ("orthostatics", "PROCEDURE"), ("positive", "RESULT"), ("HR", "PROCEDURE"), ("58", "RESULT"), ("104", "RESULT"),
      ("Dr. Ramos", "PROVIDER"), ("adolescent unit", "SPECIALTY"), ("medical stabilization", "PROCEDURE"), ("555-0163", "PHONE")],
     ["pediatrics", "third-party", "minor"], "A teen's vital-sign findings and admission sent to the parent: third party's health."),
    ("dy0018", "Your appointment at Northside Family Medicine has moved to Mon 4/13 at 11:20 AM with Dr. Okafor. Same building, Suite 210. Reply OK to keep it.",
     "ALLOW", "reminder", "sms", "en",
     [("4/13", "DATE"), ("Dr. Okafor", "PROVIDER")],
     ["primary-care"], "Reschedule with provider, date, time and suite only."),
    ("dy0019", "Sra. Paredes, el potasio de Valentina salió bajo (2.9) y el fósforo también. La Dra. Linares quiere repetir los análisis mañana a las 8, antes del desayuno.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("potasio", "PROCEDURE"), ("Valentina", "NAME"), ("bajo", "RESULT"), ("2.9", "RESULT"), ("fósforo", "PROCEDURE"), ("Dra. Linares", "PROVIDER")],
     ["pediatrics", "lab", "third-party", "minor"], "A daughter's low potassium and phosphorus sent to the mother: results of a third party."),
    ("dy0020", "Hi Marcus,\n\nJust a reminder that your nutrition counseling appointment with Dana Feld, RDN is Friday 5/8 at 2:00 PM at our Brookline office (412 Harvard Street, Suite 3, Brookline, MA 02446). Bring your food log if you've been keeping one.\n\nNeed to reschedule? Call 617-555-0178 or write to scheduling@elmnutrition.example.\n\nSee you then!\nElm Wellness Nutrition",
     "REWRITE", "reminder", "email", "en",
     [("Marcus", "NAME"), ("nutrition counseling", "PROCEDURE"), ("Dana Feld", "PROVIDER"), ("RDN", "SPECIALTY"), ("5/8", "DATE"),
      ("412 Harvard Street, Suite 3, Brookline, MA 02446", "ADDRESS"), ("food log", "PROCEDURE"), ("617-555-0178", "PHONE"),
      ("scheduling@elmnutrition.example", "EMAIL"), ("Elm Wellness Nutrition", "SPECIALTY")],
     ["behavioral-health", "practice-contact"], "Judgement (decision 3): dietitian credential and nutrition practice name are specialty-revealing; name, visit type and food log go; the practice's own address, phone and e-mail stay."),
    ("dy0021", "Heads up: the main garage is closed Saturday for repaving. Please use the Renfrew Street entrance and the visitor lot behind Building C. -Harbor Point Medical",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a street named Renfrew (decision 9: a street name without a number is not an address)."),
    ("dy0022", "Your BMI is at the 3rd percentile, so Dr. Greene would like to talk about starting olanzapine 2.5 mg at bedtime. Can you come in Thursday after school?",
     "BLOCK", "care-instructions", "sms", "en",
     [("BMI", "PROCEDURE"), ("3rd percentile", "RESULT"), ("Dr. Greene", "PROVIDER"), ("olanzapine 2.5 mg", "MEDICATION")],
     ["pediatrics", "behavioral-health"], "A measurement and a proposed medication are the message."),
    ("dy0023", "hey its Lauren from Ridgeline EDP - IOP group moved to 5:30 tmrw bc of the holiday. same room. lmk if u cant make it",
     "REWRITE", "reminder", "sms", "en",
     [("Lauren", "PROVIDER"), ("Ridgeline EDP", "SPECIALTY"), ("IOP", "PROCEDURE")],
     ["behavioral-health", "shorthand"], "Staff sender is PROVIDER; the program's abbreviated name (eating disorder program) and level of care go; 'group moved to 5:30 tmrw' survives."),
    ("dy0024", "Hello, this is Cedar Valley Health calling to remind you of your appointment on Tuesday, March 31st at 10 AM with Dr. Hsu. Press 1 to confirm or 2 to speak with our staff.",
     "ALLOW", "reminder", "voice", "en",
     [("March 31st", "DATE"), ("Dr. Hsu", "PROVIDER")],
     ["primary-care"], "Voice reminder with date, time and provider only."),
)

# ---------------------------------------------------------------- batch 3 (dy0025-dy0036): labs, level-of-care changes, insurance reviews
add(
    ("dy0025", "Hi Renée,\n\nGreat news from treatment team this afternoon: you've reached 95% of your target weight and have completed every meal this week, so the team agreed you're ready to step down from PHP to IOP starting Monday 6/1.\n\nIOP meets Monday, Wednesday and Thursday from 5:30 to 8:30 PM and includes a supported dinner. Your therapist and dietitian stay the same. Please bring your updated insurance card on your last PHP day so billing can submit the new authorization.\n\nWe're so proud of the work you've put in. Reply here or call the front desk if you have questions about the schedule.\n\n- Bayside Eating Recovery, Treatment Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Renée", "NAME"), ("95%", "RESULT"), ("target weight", "PROCEDURE"), ("PHP", "PROCEDURE"), ("IOP", "PROCEDURE"), ("6/1", "DATE"), ("IOP", "PROCEDURE", 1),
      ("supported dinner", "PROCEDURE"), ("therapist", "SPECIALTY"), ("dietitian", "SPECIALTY"), ("PHP", "PROCEDURE", 1), ("Bayside Eating Recovery", "SPECIALTY")],
     ["behavioral-health"], "A weight outcome and a step-down decision are treatment content (decision 2): e-mail is treated like SMS, so BLOCK; the portal copy would be ALLOW."),
    ("dy0026", "Your lab appointment is tomorrow at 7:30 AM at Northside Family Medicine, 1st floor draw station. Bring a photo ID and your insurance card.",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "primary-care", "hard-negative"], "A lab visit with no test named: generic (README: 'lab work', 'labs' are not labelled)."),
    ("dy0027", "Reminder: refeeding labs (BMP, Mg, Phos) are due Mon, Wed and Fri this week at 7 AM at the Beacon Adolescent Medicine lab. No fasting needed.",
     "REWRITE", "reminder", "sms", "en",
     [("refeeding", "PROCEDURE"), ("BMP", "PROCEDURE"), ("Mg", "PROCEDURE"), ("Phos", "PROCEDURE"), ("Beacon Adolescent Medicine", "SPECIALTY")],
     ["pediatrics", "lab"], "Judgement (decision 2): 'refeeding' and the named tests reveal the treatment but are removable; the days and time survive."),
    ("dy0028", "Katie - phos was 2.4 this AM (low). Start the K-Phos Neutral 250 mg twice daily w/ meals tonight, pharmacy has it ready. -Dr. M",
     "BLOCK", "care-instructions", "sms", "en",
     [("Katie", "NAME"), ("phos", "PROCEDURE"), ("2.4", "RESULT"), ("low", "RESULT"), ("K-Phos Neutral 250 mg", "MEDICATION"), ("Dr. M", "PROVIDER")],
     ["lab", "behavioral-health", "shorthand"], "A value, its flag and a new dosing instruction."),
    ("dy0029", "Your recent results: Potassium 3.9 mmol/L (normal), Phosphorus 3.4 mg/dL (normal), Magnesium 2.0 mg/dL. Dr. Castillo reviewed them and no changes are needed to your plan.",
     "ALLOW", "result", "portal", "en",
     [("Potassium", "PROCEDURE"), ("3.9 mmol/L", "RESULT"), ("normal", "RESULT"), ("Phosphorus", "PROCEDURE"), ("3.4 mg/dL", "RESULT"), ("normal", "RESULT", 1),
      ("Magnesium", "PROCEDURE"), ("2.0 mg/dL", "RESULT"), ("Dr. Castillo", "PROVIDER")],
     ["lab", "contrast"], "Results in the secure portal are ALLOW (README channel rule); the same text by SMS would be BLOCK."),
    ("dy0030", "New test results have been posted to your MyCedar account. Sign in to view them - for your privacy we don't share details by text.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "Notification without PHI: no test named (README: 'no results yet' with no test named is ALLOW)."),
    ("dy0031", "Hola Camila, el equipo decidió que necesitas pasar a tratamiento residencial por la pérdida de peso de las últimas 3 semanas. Tu seguro ya aprobó 10 días. Te llamamos hoy para coordinar. - Centro Alba",
     "BLOCK", "other", "sms", "es",
     [("Camila", "NAME"), ("tratamiento residencial", "PROCEDURE"), ("pérdida de peso", "CONDITION")],
     ["behavioral-health"], "A level-of-care decision and the symptom behind it (decisions 2, 10)."),
    ("dy0032", "Ridgeline Eating Recovery: PHP orientation is Mon 4/20 at 8:30 AM. Breakfast is served on site, so no need to eat first. Park in Lot B.",
     "REWRITE", "reminder", "sms", "en",
     [("Ridgeline Eating Recovery", "SPECIALTY"), ("PHP", "PROCEDURE"), ("4/20", "DATE")],
     ["behavioral-health"], "Program name and level of care go; orientation date, time and parking survive (decision 2)."),
    ("dy0033", "Dear Ms. Achterberg,\n\nBlue Harbor Health Plan completed its concurrent review for Simone's residential stay today. They approved 7 more days; the next review is 5/14. The reviewer noted that her weight is still under 85% of expected, which supports continued stay. No action is needed from you.\n\nUtilization Review Office",
     "BLOCK", "other", "email", "en",
     [("Achterberg", "NAME"), ("Simone", "NAME"), ("residential", "PROCEDURE"), ("5/14", "DATE"), ("weight", "PROCEDURE"), ("under 85% of expected", "RESULT")],
     ["behavioral-health", "third-party"], "A daughter's level of care and weight finding sent to the parent; 'concurrent review' itself is generic (decision 11)."),
    ("dy0034", "Self-pay? Ask about our sliding scale - fees are based on household size and income, and no one is turned away. Reply SCALE for the form.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a 'sliding scale' of fees, not a weighing scale."),
    ("dy0035", "Hi Devon, your insurer needs your signature on a release so we can send records for your IOP authorization renewal. Please stop by the front desk before group Tuesday. - Sunrise Eating Disorder Services",
     "REWRITE", "other", "sms", "en",
     [("Devon", "NAME"), ("IOP", "PROCEDURE"), ("Sunrise Eating Disorder Services", "SPECIALTY")],
     ["behavioral-health"], "Paperwork request: name, level of care and program name go; 'authorization renewal' and 'group' are generic (decision 11)."),
    ("dy0036", "Dr. Albright here: Zoe should take her fluoxetine 20 mg with breakfast, not at night - it may be what's causing her insomnia. Start tommorow.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Albright", "PROVIDER"), ("Zoe", "NAME"), ("fluoxetine 20 mg", "MEDICATION"), ("insomnia", "CONDITION")],
     ["behavioral-health", "pediatrics", "third-party", "minor", "typo"], "A dependent's medication instruction and symptom sent to the parent."),
)

# ---------------------------------------------------------------- batch 4 (dy0037-dy0048): family sessions, FBT, parents
add(
    ("dy0037", "Hi Mr. Delacroix,\n\nYour next family-based treatment session with Erin Walsh, LMFT is Thursday 4/9 at 5 PM by video. Please have Theo and his sisters join from the same room if possible.\n\nJoin here a few minutes early: https://telehealth.example.com/erinwalsh\n\nA few tips for video sessions: use a laptop or tablet rather than a phone if you can, find a quiet room with the door closed, and test your camera ahead of time. If the link doesn't work, we will call the number we have on file.\n\nIf you need to move the time, reply to this e-mail by Wednesday noon.\n\nThanks,\nFront Office",
     "REWRITE", "reminder", "email", "en",
     [("Delacroix", "NAME"), ("family-based treatment", "PROCEDURE"), ("Erin Walsh", "PROVIDER"), ("LMFT", "SPECIALTY"), ("4/9", "DATE"), ("Theo", "NAME"),
      ("https://telehealth.example.com/erinwalsh", "URL")],
     ["behavioral-health", "minor", "practice-contact"], "Judgement (decision 4): a dependent's session type is removable; the therapist's own video room link carries no patient token and stays."),
    ("dy0038", "The patient portal will be offline Sunday 1-3 AM while we install a PHP security update. Messages sent during that window will go out afterward.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: PHP the web language, not partial hospitalization."),
    ("dy0039", "Hi Jenna and Rob,\n\nThank you for a really productive session today. As we discussed, Lily is ready to move into Phase 2 of FBT, which means she can start plating her own afternoon snack while one of you sits with her. Dinner stays fully parent-plated for now.\n\nShe gained 0.9 kg this week, which is right on track, and her heart rate has come up to the low 50s. Keep the Boost Plus after dinner until Dr. Chen says otherwise.\n\nIf a meal goes badly, remember the plan: calm, no negotiating, offer the replacement, and call the on-call line at 555-0124 if you need us.\n\nSee you next Tuesday,\nErin Walsh, LMFT",
     "BLOCK", "care-instructions", "email", "en",
     [("Jenna", "NAME"), ("Rob", "NAME"), ("Lily", "NAME"), ("FBT", "PROCEDURE"), ("0.9 kg", "RESULT"), ("heart rate", "PROCEDURE"), ("low 50s", "RESULT"),
      ("Boost Plus", "MEDICATION"), ("Dr. Chen", "PROVIDER"), ("555-0124", "PHONE"), ("Erin Walsh", "PROVIDER"), ("LMFT", "SPECIALTY")],
     ["behavioral-health", "third-party", "minor", "practice-contact"], "A teen's treatment phase, weight gain, heart rate and supplement instruction sent to her parents by e-mail (decisions 6, 8)."),
    ("dy0040", "Buenas tardes, le recordamos la terapia familiar de Mateo con la terapeuta Lic. Ochoa el martes 14 de abril a las 4:30 pm. Programa Adolescente Raíces. Para cambios llame al (520) 555-0150.",
     "REWRITE", "reminder", "sms", "es",
     [("terapia familiar", "PROCEDURE"), ("Mateo", "NAME"), ("terapeuta", "SPECIALTY"), ("Lic. Ochoa", "PROVIDER"), ("14 de abril", "DATE"),
      ("Programa Adolescente Raíces", "SPECIALTY"), ("(520) 555-0150", "PHONE")],
     ["behavioral-health", "minor", "practice-contact"], "Dependent's logistics: name, therapy type, role word and adolescent program name go (decisions 1, 3, 4); date, time and the practice's phone stay."),
    ("dy0041", "Lakeside Family Practice: Dr. Beaumont's office hours change next week to Mon-Thu 8-6 and Fri 8-noon. Questions? (508) 555-0134.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Beaumont", "PROVIDER"), ("(508) 555-0134", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Practice-wide hours change with the provider and the practice's own phone."),
    ("dy0042", "Reminder for tonight: Hannah needs to finish all of dinner incl. the fear food we practiced (pasta). If she refuses, offer the Boost Plus as a replacement per her plan. - Meal coach Tessa",
     "BLOCK", "care-instructions", "sms", "en",
     [("Hannah", "NAME"), ("fear food", "PROCEDURE"), ("Boost Plus", "MEDICATION"), ("Meal coach Tessa", "PROVIDER")],
     ["behavioral-health", "third-party", "minor"], "Meal-support instructions for a dependent are treatment content (decisions 2, 3, 8)."),
    ("dy0043", "Hello, this is Granite State Adolescent Medicine calling for the parent or guardian of Isaiah. We need to reschedule his visit with Dr. Mbeki on May 2nd. Please call us back at 603-555-0188. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Granite State Adolescent Medicine", "SPECIALTY"), ("Isaiah", "NAME"), ("Dr. Mbeki", "PROVIDER"), ("May 2nd", "DATE"), ("603-555-0188", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Voicemail: clinic name reveals adolescent medicine (decision 1) and the child's name is not needed."),
    ("dy0044", "Recupere su contraseña del portal en cualquier momento con la opción \"¿Olvidó su contraseña?\". Nunca le pediremos su clave por mensaje de texto.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'recupere' is password recovery, not recovery from an illness."),
    ("dy0045", "Hi Mrs. Haddad, following up on Sunday: given what you shared, Dr. Quinn would like to screen Sami for an eating disorder as well. OK to book him Friday at 4?",
     "BLOCK", "other", "sms", "en",
     [("Haddad", "NAME"), ("Dr. Quinn", "PROVIDER"), ("Sami", "NAME"), ("eating disorder", "CONDITION")],
     ["behavioral-health", "third-party", "minor"], "A clinician's concern about a sibling's possible condition is about a third party's health, even as a screening request."),
    ("dy0046", "Parent support group for caregivers of teens in ED treatment meets Tue 6:30 PM in Room 4 at Juniper Eating Disorder Program. RSVP to Gwen by Monday.",
     "REWRITE", "marketing", "sms", "en",
     [("ED", "CONDITION"), ("Juniper Eating Disorder Program", "SPECIALTY"), ("Gwen", "PROVIDER")],
     ["behavioral-health"], "Judgement (decision 5): sent only to program families, the condition is a removable group label, not a finding about a named child: REWRITE."),
    ("dy0047", "Message from Erin Walsh, LMFT: Thanks for the update about Tuesday's lunch. It sounds like Theo's anxiety spikes right before dessert, so let's practice the script we rehearsed and keep dessert on the plate. We'll debrief Thursday.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Erin Walsh", "PROVIDER"), ("LMFT", "SPECIALTY"), ("Theo", "NAME"), ("anxiety", "CONDITION")],
     ["behavioral-health", "third-party", "minor", "contrast"], "Parent proxy in the secure portal (decision 12): ALLOW with spans labelled; by SMS this would be BLOCK."),
    ("dy0048", "pls remind Mia no running or gym until cleared - HR was 39 overnight on the monitor. recheck EKG thurs. -Dr P",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mia", "NAME"), ("HR", "PROCEDURE"), ("39", "RESULT"), ("EKG", "PROCEDURE"), ("Dr P", "PROVIDER")],
     ["pediatrics", "third-party", "minor", "shorthand"], "An activity restriction and an overnight heart rate for a dependent."),
)

# ---------------------------------------------------------------- batch 5 (dy0049-dy0060): school notes, adolescent visits
add(
    ("dy0049", "School note request received! Your letter confirming attendance at today's appointment is ready at the front desk or under Documents in the portal.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "An attendance note with no visit type, name or reason."),
    ("dy0050", "To Whom It May Concern:\n\nAbigail Renner (DOB 02/17/2010) is under our care for an eating disorder and is excused from PE and competitive sports until further notice. She needs a supervised snack at 10 AM and 2 PM and should be allowed to finish lunch without time limits. Please contact our office with questions.\n\nDr. Celia Novak\nAdolescent Medicine",
     "BLOCK", "other", "email", "en",
     [("Abigail Renner", "NAME"), ("02/17/2010", "DATE"), ("eating disorder", "CONDITION"), ("supervised snack", "PROCEDURE"), ("Dr. Celia Novak", "PROVIDER"), ("Adolescent Medicine", "SPECIALTY")],
     ["pediatrics", "behavioral-health", "dob", "minor", "third-party"], "A school letter e-mailed to the parent: full DOB with name plus the diagnosis and accommodations."),
    ("dy0051", "Riley's school excuse note for yesterday's appointment at Beacon Adolescent Medicine is ready in the portal. - Front desk",
     "REWRITE", "portal-notice", "sms", "en",
     [("Riley", "NAME"), ("Beacon Adolescent Medicine", "SPECIALTY")],
     ["pediatrics", "minor"], "The child's name and the clinic's specialty name go; 'a school note is ready in the portal' survives."),
    ("dy0052", "Lincoln High alumni vs. staff basketball game raises money for the Oakridge Medical Group free clinic - Saturday 2 PM at the rec center. All welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: high-school 'alumni', not a treatment program's alumni group."),
    ("dy0053", "Sr. Fuentes:\n\nAdjunto la carta para la escuela de Daniela. Por su anorexia, necesita almuerzo supervisado en la enfermería y no puede hacer educación física hasta nuevo aviso. Si la escuela tiene preguntas, que llamen a la Dra. Villalobos.\n\nSaludos,\nClínica de Medicina del Adolescente",
     "BLOCK", "other", "email", "es",
     [("Fuentes", "NAME"), ("Daniela", "NAME"), ("anorexia", "CONDITION"), ("almuerzo supervisado", "PROCEDURE"), ("Dra. Villalobos", "PROVIDER"),
      ("Clínica de Medicina del Adolescente", "SPECIALTY")],
     ["pediatrics", "behavioral-health", "third-party", "minor"], "A daughter's diagnosis and restrictions in an unencrypted e-mail to the parent."),
    ("dy0054", "Hello Ms. Tran,\n\nThe meeting with Noah's school team is Tuesday 3/17 at 8 AM. Our dietitian, Carla Pryce, RD, can join by phone if you'd like - just let us know by replying to this e-mail.\n\nWillow Path Eating Disorders, Family Services",
     "REWRITE", "other", "email", "en",
     [("Tran", "NAME"), ("Noah", "NAME"), ("3/17", "DATE"), ("dietitian", "SPECIALTY"), ("Carla Pryce", "PROVIDER"), ("RD", "SPECIALTY"), ("Willow Path Eating Disorders", "SPECIALTY")],
     ["behavioral-health", "minor"], "Logistics for a dependent: names, dietitian role and program name go (decisions 1, 3); 'school team' is generic (decision 11)."),
    ("dy0055", "Need a sports form for fall season? We can complete it at any annual check-up. Book online at cedarvalley.example/book.",
     "ALLOW", "marketing", "sms", "en",
     [("cedarvalley.example/book", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "Broadcast with the practice's own booking link; check-ups are generic primary care."),
    ("dy0056", "Hey Quinn, Dr. Novak here. Your pelvic ultrasound was normal, and the missed periods are most likely from low weight (RED-S). We'll talk more at your visit Friday.",
     "BLOCK", "result", "sms", "en",
     [("Quinn", "NAME"), ("Dr. Novak", "PROVIDER"), ("pelvic ultrasound", "PROCEDURE"), ("normal", "RESULT"), ("missed periods", "CONDITION"), ("low weight", "CONDITION"), ("RED-S", "CONDITION")],
     ["pediatrics", "imaging"], "A normal result is still a result, plus a working diagnosis (decision 10)."),
    ("dy0057", "Beacon Adolescent Medicine: You have a new message about your DEXA scan appointment. Open the app to read it.",
     "REWRITE", "portal-notice", "push", "en",
     [("Beacon Adolescent Medicine", "SPECIALTY"), ("DEXA scan", "PROCEDURE")],
     ["pediatrics", "imaging"], "Push notice: clinic name and test go; 'you have a new message' survives."),
    ("dy0058", "Shredding day is Sat 9-noon in the north lot! Bring old bills and statements to purge safely. Free for patients and neighbors. - Harbor Point Medical",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: to 'purge' old paperwork."),
    ("dy0059", "Clínica Familiar del Valle: su cita con el Dr. Serrano es el miércoles 22 de abril a las 3:00 pm. Si no puede venir, llame al (915) 555-0146.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Serrano", "PROVIDER"), ("22 de abril", "DATE"), ("(915) 555-0146", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice, provider, date, time and the practice's phone."),
    ("dy0060", "Hi, this is Nina from Ridgeline Eating Recovery returning your call about Jess. Her insurer denied the PHP extension because her weight has been stable for two weeks. We are filing an appeal today and I'll call you Thursday with an update.",
     "BLOCK", "other", "voice", "en",
     [("Nina", "PROVIDER"), ("Ridgeline Eating Recovery", "SPECIALTY"), ("Jess", "NAME"), ("PHP", "PROCEDURE"), ("weight", "PROCEDURE"), ("stable", "RESULT")],
     ["behavioral-health", "third-party"], "A denial with its clinical reason (weight trend) about a relative, left on voicemail."),
)

# ---------------------------------------------------------------- batch 6 (dy0061-dy0072): alumni, groups, screening, medications
add(
    ("dy0061", "Hi Sasha,\n\nYou're invited to the Clearwater Center for Eating Disorders alumni brunch on Saturday 5/16, 11 AM-1 PM, in the garden room. Two alumni will share their stories, and there's a family Q&A afterward.\n\nRSVP at clearwatercenter.example/alumni by 5/9.\n\nWith gratitude,\nAlumni Relations",
     "REWRITE", "marketing", "email", "en",
     [("Sasha", "NAME"), ("Clearwater Center for Eating Disorders", "SPECIALTY"), ("5/16", "DATE"), ("clearwatercenter.example/alumni", "URL"), ("5/9", "DATE")],
     ["behavioral-health", "practice-contact"], "Alumni of a named eating-disorder center: the name reveals past treatment; the practice's own RSVP link (no token) stays."),
    ("dy0062", "Cedar Valley Health invites all parents to a free evening talk, 'Teens, screens and body image', Thursday 6:30 PM in the Community Room. No registration needed.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Judgement (decision 5): a community talk from a generic practice, open to everyone, says nothing about the recipient."),
    ("dy0063", "Hi Martin, Dr. Yoon approved Vyvanse 30 mg for your binge eating disorder. The prior auth went through, so it'll be ready at the pharmacy after 3 PM.",
     "BLOCK", "pickup", "sms", "en",
     [("Martin", "NAME"), ("Dr. Yoon", "PROVIDER"), ("Vyvanse 30 mg", "MEDICATION"), ("binge eating disorder", "CONDITION")],
     ["behavioral-health", "pharmacy"], "The diagnosis is stated together with the drug: removal would leave nothing meaningful."),
    ("dy0064", "Northside Pharmacy: Your lisdexamfetamine 40 mg is ready for pickup. Bring a photo ID (controlled substance). Open until 9 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("lisdexamfetamine 40 mg", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice is REWRITE; 'controlled substance' is generic (decision 11)."),
    ("dy0065", "Free talk Thursday at 6 PM in the Oakridge lobby: 'What the recovery of the stock market means for your retirement' with a local financial planner. Open to patients and neighbors.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'recovery' of the stock market."),
    ("dy0066", "Grupo de apoyo para padres de adolescentes con trastornos alimentarios: jueves 7 pm, sala 2, Clínica del Norte. Confirme con Lucía al (520) 555-0152.",
     "REWRITE", "marketing", "sms", "es",
     [("trastornos alimentarios", "CONDITION"), ("Lucía", "PROVIDER"), ("(520) 555-0152", "PHONE")],
     ["behavioral-health", "practice-contact"], "Judgement (decisions 1, 3, 5): a plain description of the condition is CONDITION and removable; the staff contact is PROVIDER; the practice phone stays."),
    ("dy0067", "Cedar Valley Health - Spring Update\n\nWelcome, Dr. Imani Hollis! Dr. Hollis joins our family medicine team on the 2nd floor and is accepting new patients of all ages.\n\nSaturday hours are back: 8 AM to noon, every Saturday through August, for sick visits and check-ups.\n\nParking: the east garage reopens May 1. Until then, use the surface lot on Fairmount Avenue.\n\nFlu shots: walk-in flu shots start in September at both locations, no appointment needed.\n\nPatient portal: you can now pay bills, request refills and update your insurance online, any time.\n\nTo book, call (413) 555-0107 or visit cedarvalley.example. Our main office is at 80 Fairmount Avenue, Springfield, MA 01105.\n\nThank you for trusting us with your care.",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Imani Hollis", "PROVIDER"), ("Dr. Hollis", "PROVIDER"), ("May 1", "DATE"), ("(413) 555-0107", "PHONE"), ("cedarvalley.example", "URL"), ("80 Fairmount Avenue, Springfield, MA 01105", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "Newsletter with a new provider and the practice's own phone, web site and address; the garage date is labelled DATE like any calendar date (allowed); 'Fairmount Avenue' alone is a direction (decision 9)."),
    ("dy0068", "Hi Grace,\n\nWe missed you at the last two alumni groups and wanted to chek in. Your dietitian mentioned you've been skipping lunches again. Would you like us to set up a relapse-prevention session this week? Reply with a time that works, or call the alumni line.\n\nTake care,\nSerena, Alumni Coordinator",
     "BLOCK", "other", "email", "en",
     [("Grace", "NAME"), ("dietitian", "SPECIALTY"), ("skipping lunches", "CONDITION"), ("relapse-prevention", "PROCEDURE"), ("Serena", "PROVIDER")],
     ["behavioral-health", "typo"], "A reported symptom (decision 10) and a relapse-prevention offer are the message itself."),
    ("dy0069", "Before your visit with Dr. Lim on 6/9, please fill out the eating disorder screening (SCOFF) in the portal. It takes about 2 minutes.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Lim", "PROVIDER"), ("6/9", "DATE"), ("eating disorder screening", "PROCEDURE"), ("SCOFF", "PROCEDURE")],
     ["primary-care", "behavioral-health"], "A named screening is a PROCEDURE (like 'depression screening'); 'fill out a questionnaire in the portal' survives."),
    ("dy0070", "Your SCOFF score was 4/5, so Dr. Lim would like to refer you to the Juniper Eating Disorder Program. OK for us to send the referral?",
     "BLOCK", "result", "sms", "en",
     [("SCOFF", "PROCEDURE"), ("4/5", "RESULT"), ("Dr. Lim", "PROVIDER"), ("Juniper Eating Disorder Program", "SPECIALTY")],
     ["primary-care", "behavioral-health", "contrast"], "A screening score (decision 6: '4/5' is a RESULT, not a date) and the referral it triggers."),
    ("dy0071", "Please step down carefully: the ramp at the Main St. door is being replaced this week. Use the side door next to the pharmacy instead. - Lakeside Family Practice",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'step down' a stair, not a level of care."),
    ("dy0072", "Hola Ximena, tu peso de hoy fue 47.2 kg. La nutrióloga subió tu plan a 2,400 calorías al día. Cualquier duda, escríbenos por aquí.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ximena", "NAME"), ("peso", "PROCEDURE"), ("47.2 kg", "RESULT"), ("nutrióloga", "SPECIALTY")],
     ["behavioral-health"], "A weight and a meal-plan change; the calorie target is unlabelled (decision 7)."),
)

# ---------------------------------------------------------------- batch 7 (dy0073-dy0084): billing, insurance, appeals
add(
    ("dy0073", "Statement from Willow Path Eating Disorders: balance of $340.00 due 5/30. Pay at willowpath.example/pay or call 555-0191, option 3.",
     "REWRITE", "billing", "sms", "en",
     [("Willow Path Eating Disorders", "SPECIALTY"), ("5/30", "DATE"), ("willowpath.example/pay", "URL"), ("555-0191", "PHONE")],
     ["behavioral-health", "practice-contact"], "Billing from a specialty-revealing program: the name goes; amount, due date and the practice's own link and phone stay."),
    ("dy0074", "Cedar Valley Health: your account balance is $0.00. Thank you for your payment! No further action is needed.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: an account 'balance', no identifier or service."),
    ("dy0075", "Hello,\n\nYour claim for residential treatment from 3/2 through 3/16 was partially denied by your health plan.\n\nClaim number: 4410-2291-07\nMember ID: XQH448120339\nDiagnosis code billed: F50.01\n\nThe plan approved the first 9 days and denied the remaining 5, stating that a lower level of care was appropriate. You have the right to appeal within 180 days. Our billing advocates can file the appeal for you at no charge; just reply YES to this e-mail and we will send the authorization form.\n\nPatient Financial Services\nBayside Eating Recovery",
     "BLOCK", "billing", "email", "en",
     [("residential treatment", "PROCEDURE"), ("3/2", "DATE"), ("3/16", "DATE"), ("4410-2291-07", "OTHER_ID"), ("XQH448120339", "HEALTH_PLAN_ID"), ("F50.01", "CONDITION"),
      ("Bayside Eating Recovery", "SPECIALTY")],
     ["behavioral-health", "identifier"], "A diagnosis code (decision 10) with claim and member numbers and the level of care: the clinical content is the message, so BLOCK."),
    ("dy0076", "Prior authorization for your IOP was approved through 6/30. No action is needed. Questions? (312) 555-0115",
     "REWRITE", "other", "sms", "en",
     [("IOP", "PROCEDURE"), ("6/30", "DATE"), ("(312) 555-0115", "PHONE")],
     ["behavioral-health", "practice-contact"], "The level of care is removable; 'your authorization was approved' survives (decision 11: 'prior authorization' is generic)."),
    ("dy0077", "Your insurance card on file expires this month. Please upload a photo of your new card in the portal before your next visit.",
     "ALLOW", "billing", "sms", "en", [],
     ["general"], "Administrative request, nothing about the recipient's care."),
    ("dy0078", "Insurance update: peer-to-peer review was today. The reviewer says Leah no longer meets criteria for PHP since her BMI is 18.1. Dr. Sato is appealing - I'll call you tonight.",
     "BLOCK", "other", "sms", "en",
     [("Leah", "NAME"), ("PHP", "PROCEDURE"), ("BMI", "PROCEDURE"), ("18.1", "RESULT"), ("Dr. Sato", "PROVIDER")],
     ["behavioral-health", "third-party"], "A family member's BMI value and level of care."),
    ("dy0079", "Statement from Luz Eating Recovery Center: balance due $125.00, account no. 7720-4419. Pay online at luzrecovery.example/pay or reply HELP.",
     "REWRITE", "billing", "sms", "en",
     [("Luz Eating Recovery Center", "SPECIALTY"), ("7720-4419", "ACCOUNT"), ("luzrecovery.example/pay", "URL")],
     ["behavioral-health", "identifier", "practice-contact"], "Program name and the account number are not needed; the amount and the practice's payment link stay."),
    ("dy0080", "Good news: our financial assistance application is now online. Households up to 300% of the federal poverty level may qualify for free or discounted care.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A percentage that is an income threshold, not a result."),
    ("dy0081", "Dear Member,\n\nThis letter confirms that your request for continued partial hospitalization at Harborview Eating Recovery Center has been approved for 5 additional treatment days, through 7/22.\n\nMember ID: BHP-229104-77\nDiagnosis: Avoidant/restrictive food intake disorder (ARFID)\nAuthorization: UR-55813\n\nIf your provider requests further days, a new review will be completed within 24 hours. This approval is not a guarantee of payment; benefits are subject to the terms of your plan, including deductibles, copays and coinsurance. If you disagree with a future decision, you or your provider may request an expedited appeal.\n\nQuestions about this decision can be directed to Member Services at 1-800-555-0199, Monday through Friday, 8 AM to 6 PM.\n\nSincerely,\nBlue Harbor Health Plan, Behavioral Health Utilization Management",
     "BLOCK", "other", "email", "en",
     [("partial hospitalization", "PROCEDURE"), ("Harborview Eating Recovery Center", "SPECIALTY"), ("7/22", "DATE"), ("BHP-229104-77", "HEALTH_PLAN_ID"),
      ("Avoidant/restrictive food intake disorder", "CONDITION"), ("ARFID", "CONDITION"), ("UR-55813", "OTHER_ID"), ("1-800-555-0199", "PHONE"),
      ("Behavioral Health", "SPECIALTY")],
     ["behavioral-health", "identifier", "practice-contact"], "An insurer's letter by e-mail with the diagnosis, level of care and member ID; the insurer's own phone is contact, not PHI."),
    ("dy0082", "Reminder: the utilization review call with your insurer is tomorrow at 1 PM. Your therapist, Dr. Kaplan, will join. No need to prepare anything.",
     "REWRITE", "reminder", "sms", "en",
     [("therapist", "SPECIALTY"), ("Dr. Kaplan", "PROVIDER")],
     ["behavioral-health"], "The role word reveals the service (decision 3); 'utilization review' is generic (decision 11)."),
    ("dy0083", "This is the billing office at Lakeside Family Practice returning your call about a statement. Please call us back at 508-555-0134, option 2, Monday through Friday.",
     "ALLOW", "billing", "voice", "en",
     [("508-555-0134", "PHONE")],
     ["general", "practice-contact"], "Billing call-back with the practice's own number only."),
    ("dy0084", "Hi Andre, your ECG from today showed sinus bradycardia (HR 41). With your recent weight loss, Dr. Petrov wants you seen in the ED tonight. Please go now.",
     "BLOCK", "result", "sms", "en",
     [("Andre", "NAME"), ("ECG", "PROCEDURE"), ("sinus bradycardia", "RESULT"), ("HR", "PROCEDURE"), ("41", "RESULT"), ("weight loss", "CONDITION"), ("Dr. Petrov", "PROVIDER")],
     ["cardiology", "behavioral-health"], "An ECG finding (decision 6) and a symptom; 'ED' is the emergency department (decision 9), unlabelled."),
)

# ---------------------------------------------------------------- batch 8 (dy0085-dy0096): disguises, Spanish, mixed
add(
    ("dy0085", "Hi Bella, reminder of ur E-A-T-I-N-G D-I-S-O-R-D-E-R clinic appt Fri 10am w/ Dr. Ruiz. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Bella", "NAME"), ("E-A-T-I-N-G D-I-S-O-R-D-E-R", "CONDITION"), ("Dr. Ruiz", "PROVIDER")],
     ["behavioral-health", "spaced", "shorthand"], "Disguised diagnosis used as a visit label: like 'asthma check', the condition goes and the generic word stays, REWRITE."),
    ("dy0086", "Dr. Ames reviewed your labs: the pur\u200bging has pulled your pot\u200bassium l\u200bow again. Please call the clinic today before 4 PM.",
     "BLOCK", "result", "sms", "en",
     [("pur\u200bging", "CONDITION"), ("pot\u200bassium", "PROCEDURE"), ("l\u200bow", "RESULT"), ("Dr. Ames", "PROVIDER")],
     ["behavioral-health", "lab"], "Zero-width characters hide a behaviour (decision 10), a test and its flag; the result is the message."),
    ("dy0087", "R1dgeline 3ating Rec0very: ur PHP van pickup is 7:15am tmrw. txt STOP to opt out",
     "REWRITE", "reminder", "sms", "en",
     [("R1dgeline 3ating Rec0very", "SPECIALTY"), ("PHP", "PROCEDURE")],
     ["behavioral-health", "leet", "shorthand"], "Leetspeak program name and level of care go; the pickup time survives."),
    ("dy0088", "Dr. Ellison confirmed the \u0430norexia diagnosis for Lucas today. We'll go over residential options with you Monday at 9.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Ellison", "PROVIDER"), ("\u0430norexia", "CONDITION"), ("Lucas", "NAME"), ("residential", "PROCEDURE")],
     ["behavioral-health", "third-party", "minor"], "Cyrillic 'а' disguises a dependent's diagnosis sent to the parent."),
    ("dy0089", "¡Promoción en la cafetería! Comida balanceada + bebida por $5, de lunes a viernes de 11 a 2. Hospital San Lucas, planta baja.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a 'comida balanceada' cafeteria deal."),
    ("dy0090", "Estimada Sra. Montoya:\n\nLe recordamos que la cita de monitoreo de signos vitales de su hijo Iker en la Clínica de Medicina del Adolescente es el 28 de mayo a las 8:15. Por favor llegue 15 minutos antes y traiga la tarjeta del seguro.\n\nAtentamente,\nRecepción",
     "REWRITE", "reminder", "email", "es",
     [("Montoya", "NAME"), ("monitoreo de signos vitales", "PROCEDURE"), ("Iker", "NAME"), ("Clínica de Medicina del Adolescente", "SPECIALTY"), ("28 de mayo", "DATE")],
     ["pediatrics", "minor"], "A dependent's vitals-monitoring visit with no value (decision 4): names, visit type and clinic name go."),
    ("dy0091", "Dr. Whitaker is running about 25 minutes behind this afternoon. If you'd rather reschedule, reply R. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Whitaker", "PROVIDER")],
     ["primary-care"], "Delay notice with the provider only."),
    ("dy0092", "Reminder to log every binge and purge in the MealTrack app before our session tomorrow. No judgment, just data! - Sam (your therapist)",
     "BLOCK", "care-instructions", "sms", "en",
     [("binge", "CONDITION"), ("purge", "CONDITION"), ("MealTrack", "PROCEDURE"), ("Sam", "PROVIDER"), ("therapist", "SPECIALTY")],
     ["behavioral-health"], "The recipient's symptoms (decision 10) and the self-monitoring instruction are the message; the tracking app is a treatment tool (PROCEDURE, decision 2)."),
    ("dy0093", "Your DEXA bone density scan is booked for 7/7 at 9:40 AM at Summit Imaging, 2nd floor. Wear clothes without metal zippers or buttons.",
     "REWRITE", "reminder", "sms", "en",
     [("DEXA bone density scan", "PROCEDURE"), ("7/7", "DATE"), ("Summit Imaging", "SPECIALTY")],
     ["imaging"], "Test and imaging name go; date, time and what to wear survive."),
    ("dy0094", "Our office will close at 3 PM on Friday for staff training. Online scheduling stays open 24/7 at the usual link.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'24/7' is not a date (README)."),
    ("dy0095", "Hi Dana and Chris,\n\nHere's the plan for Maya this week, as we agreed in session:\n\nBreakfast: 3 starch, 1 protein, 1 fat, 1 dairy (no swaps for the cereal yet)\nLunch at school: packed by you, finished in the nurse's office with the school nurse watching\nAfternoon snack: add the trail mix back in, 1/2 cup\nDinner: plated by you, 30 minutes, then 1 hour rest with no activity\n\nIf she can't finish dinner, give the Ensure Plus within 15 minutes. Her weight on Monday was 44.6 kg, so we're not changing anything until Thursday's check.\n\nText me if breakfast becomes a battle again.\nLinh Tran, RD",
     "BLOCK", "care-instructions", "email", "en",
     [("Dana", "NAME"), ("Chris", "NAME"), ("Maya", "NAME"), ("Ensure Plus", "MEDICATION"), ("weight", "PROCEDURE"), ("44.6 kg", "RESULT"), ("Linh Tran", "PROVIDER"), ("RD", "SPECIALTY")],
     ["behavioral-health", "third-party", "minor"], "A dependent's meal plan, supplement and weight (decisions 7, 8): exchange counts and '1/2 cup' (not a date) unlabelled."),
    ("dy0096", "Lumen Adolescent Medicine: Dr. Farooq has an opening for Jordan's follow-up on Thu 4/16 at 3:30. Reply YES to book or NO to keep your current time.",
     "REWRITE", "reminder", "sms", "en",
     [("Lumen Adolescent Medicine", "SPECIALTY"), ("Dr. Farooq", "PROVIDER"), ("Jordan", "NAME"), ("4/16", "DATE")],
     ["pediatrics", "minor"], "Clinic name and the teen's name go; provider, date and time survive."),
)

# ---------------------------------------------------------------- batch 9 (dy0097-dy0108): Spanish, voice, push, returning patients
add(
    ("dy0097", "Appt reminder: tomorrow 9:30 AM with Dr. Peralta at Las Palmas Health Center. Reply C to confirm, R to reschedule. Msg&data rates may apply.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Peralta", "PROVIDER")],
     ["primary-care", "shorthand"], "Provider and time with a generic health-center name."),
    ("dy0098", "Buenas tardes, le habla Marisol de la Clínica de Medicina del Adolescente. Le llamo para avisarle que el electrocardiograma de Sofía salió con el pulso muy bajo, 38 latidos por minuto, y la doctora quiere internarla hoy mismo. Por favor llámenos en cuanto escuche este mensaje.",
     "BLOCK", "result", "voice", "es",
     [("Marisol", "PROVIDER"), ("Clínica de Medicina del Adolescente", "SPECIALTY"), ("electrocardiograma", "PROCEDURE"), ("Sofía", "NAME"), ("pulso", "PROCEDURE"),
      ("muy bajo", "RESULT"), ("38 latidos por minuto", "RESULT")],
     ["pediatrics", "cardiology", "third-party", "minor"], "A daughter's ECG result and admission left on voicemail."),
    ("dy0099", "Hola Andrea, tu sesión de terapia dialéctica conductual (DBT) es el viernes 8 de mayo a las 5 pm. Programa Horizonte de Trastornos Alimentarios. ¡Te esperamos!",
     "REWRITE", "reminder", "sms", "es",
     [("Andrea", "NAME"), ("terapia dialéctica conductual", "PROCEDURE"), ("DBT", "PROCEDURE"), ("8 de mayo", "DATE"), ("Programa Horizonte de Trastornos Alimentarios", "SPECIALTY")],
     ["behavioral-health"], "Name, therapy type and program name go (decisions 1, 2); date and time survive."),
    ("dy0100", "Banco de alimentos comunitario: este sábado repartimos despensas en el estacionamiento de la clínica, de 9 a 12. Traiga sus propias bolsas. ¡Todos son bienvenidos!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: food distribution open to everyone, nothing about eating or the recipient."),
    ("dy0101", "hola lupita!! los labs salieron bien: potasio normal, pero la densidad osea salio un poco baja. la dra te explica el viernes, no te preocupes",
     "BLOCK", "result", "sms", "es",
     [("lupita", "NAME"), ("potasio", "PROCEDURE"), ("normal", "RESULT"), ("densidad osea", "PROCEDURE"), ("un poco baja", "RESULT")],
     ["pediatrics", "lab", "shorthand", "typo"], "Results in plain words, lower case and without accents; a normal result is still a result."),
    ("dy0102", "Resultados de laboratorio: Hemoglobina 12.8 g/dL, Ferritina 14 ng/mL (baja). La Dra. Castillo recomienda sulfato ferroso 325 mg un día sí y otro no, con jugo de naranja.",
     "ALLOW", "result", "portal", "es",
     [("Hemoglobina", "PROCEDURE"), ("12.8 g/dL", "RESULT"), ("Ferritina", "PROCEDURE"), ("14 ng/mL", "RESULT"), ("baja", "RESULT"), ("Dra. Castillo", "PROVIDER"),
      ("sulfato ferroso 325 mg", "MEDICATION")],
     ["lab", "contrast"], "Results and a dose inside the secure portal: ALLOW (README channel rule)."),
    ("dy0103", "Appointment tomorrow at 10:40 AM with Dr. Lindqvist. Tap to add it to your calendar.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Lindqvist", "PROVIDER")],
     ["primary-care"], "Push reminder with provider and time only."),
    ("dy0104", "Hello, this message is for Caleb Moore from Harborview Eating Recovery Center. Please call us at 206-555-0172 to schedule your six-month alumni check-in call. Thank you.",
     "REWRITE", "recall", "voice", "en",
     [("Caleb Moore", "NAME"), ("Harborview Eating Recovery Center", "SPECIALTY"), ("206-555-0172", "PHONE")],
     ["behavioral-health", "practice-contact"], "Voicemail: the program name reveals past treatment; 'alumni check-in call' is generic (decision 11)."),
    ("dy0105", "Parking update: Level 3 of our garage is now reserved for patients. Street parking nearby is residential permit only, so please don't park on Elmwood after 6 PM.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alikes: 'Level 3' and 'residential permit' are parking, not a level of care."),
    ("dy0106", "Per Dr. Ostrowski, please hold Ella's Adderall until her weight is rechecked Monday - it's likely behind her poor appetite.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Ostrowski", "PROVIDER"), ("Ella", "NAME"), ("Adderall", "MEDICATION"), ("weight", "PROCEDURE"), ("poor appetite", "CONDITION")],
     ["pediatrics", "pharmacy", "third-party", "minor"], "A dependent's medication hold and symptom (decision 10)."),
    ("dy0107", "Hi Jasmine,\n\nWelcome to the IOP at Juniper Eating Disorder Program! Your first evening is Monday 9/14 at 5:30 PM in the Maple Room on the 3rd floor. Please come 15 minutes early on the first night so we can finish your paperwork and give you a short tour.\n\nIOP meets Monday, Wednesday and Thursday, 5:30 to 8:30 PM, and each evening includes a supported dinner, so there's no need to eat beforehand. Please bring a water bottle, a sweater (the group rooms run cold) and your insurance card.\n\nParking is free in the Lot C garage after 5 PM; take the elevator to 3 and follow the signs. The front entrance locks at 6, so use the side door by the cafe if you are running late.\n\nIf anything comes up, call us at 503-555-0168 or write to intake@juniperhealth.example. We answer messages within one business day.\n\nSee you Monday,\nJuniper Intake Team",
     "REWRITE", "confirmation", "email", "en",
     [("Jasmine", "NAME"), ("IOP", "PROCEDURE"), ("Juniper Eating Disorder Program", "SPECIALTY"), ("9/14", "DATE"), ("IOP", "PROCEDURE", 1),
      ("supported dinner", "PROCEDURE"), ("503-555-0168", "PHONE"), ("intake@juniperhealth.example", "EMAIL")],
     ["behavioral-health", "practice-contact"], "Welcome logistics: name, level of care, program name and the supported dinner go (decisions 1, 2); times, parking and the practice's own contacts stay."),
    ("dy0108", "Lakeside Family Practice: flu and COVID shots for all ages, Saturdays 9-1, no appointment needed. Bring your insurance card.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast"], "Broadcast vaccine clinic: ALLOW, no span (README broadcasts)."),
)

# ---------------------------------------------------------------- batch 10 (dy0109-dy0120): relapse, disclosures, pickups, portal contrasts
add(
    ("dy0109", "Hi Tomás, Dr. Weller looked over your outpatient weights and, since you're down 4 kg since discharge, recommends coming back to PHP for a few weeks. Can we talk tomorrow morning?",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tomás", "NAME"), ("Dr. Weller", "PROVIDER"), ("weights", "PROCEDURE"), ("4 kg", "RESULT"), ("PHP", "PROCEDURE")],
     ["behavioral-health"], "A weight trend and a recommendation to step back up (decisions 2, 6)."),
    ("dy0110", "Reminder: ur weekly weigh-in w/ nurse Priscilla is tmrw 7:20am. Come before breakfast & in light clothes. - Oak Hollow Adolescent Clinic",
     "REWRITE", "reminder", "sms", "en",
     [("weigh-in", "PROCEDURE"), ("nurse Priscilla", "PROVIDER"), ("Oak Hollow Adolescent Clinic", "SPECIALTY")],
     ["pediatrics", "shorthand"], "Visit type and adolescent clinic name go (decisions 1, 2); the preparation note is logistics and may stay."),
    ("dy0111", "Hope to see you Saturday at the grand opening of our Eaton Road office! Tours, face painting and free snacks from 10 to 2. - Brookside Family Physicians",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'Hope' and 'Eaton' are a verb and a road (decision 9), not a coach or eating."),
    ("dy0112", "Mr. Olsen, in today's session Nora shared that she has been making herself throw up after dinner most nights. We need to see her again this week - please call 555-0139 to book.",
     "BLOCK", "other", "sms", "en",
     [("Olsen", "NAME"), ("Nora", "NAME"), ("making herself throw up", "CONDITION"), ("555-0139", "PHONE")],
     ["behavioral-health", "third-party", "minor", "practice-contact"], "A dependent's disclosed behaviour (decision 10) sent to the parent."),
    ("dy0113", "Farmacia Central: su receta de mirtazapina 7.5 mg ya está lista para recoger. Horario: lunes a sábado de 9 a 9.",
     "REWRITE", "pickup", "sms", "es",
     [("mirtazapina 7.5 mg", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice goes; 'receta lista para recoger' survives."),
    ("dy0114", "Maple Pharmacy: Oliver's cyproheptadine 4 mg is ready for pickup at the drive-thru. Reply STOP to opt out of texts.",
     "BLOCK", "pickup", "sms", "en",
     [("Oliver", "NAME"), ("cyproheptadine 4 mg", "MEDICATION")],
     ["pharmacy", "third-party", "minor", "contrast"], "A dependent's medication sent to the guardian is BLOCK (README third-party rule), unlike the patient's own pickup."),
    ("dy0115", "Summer at Cedar Valley Health\n\nCamp and sports forms: book a check-up by June and we'll complete the forms at the same visit. Bring any forms from the camp or school.\n\nBack-to-school shots: kindergarten and 7th-grade vaccines can be given at any check-up. Call early, August fills fast.\n\nSun safety: our nurses recommend SPF 30 or higher, reapplied every 2 hours, and a wide-brimmed hat for little ones.\n\nHydration: keep a water bottle handy on hot days, and take breaks in the shade during practice.\n\nNew in the lobby: a balanced-snack vending machine and a free book exchange for kids.\n\nOur extended hours (evenings until 7 PM) continue through Labor Day. Have a safe, healthy summer!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Long practice newsletter with health-sounding tips for everyone; months and holidays are not dates (README)."),
    ("dy0116", "Hi Aisha - your lab work showed your estrogen is very low and your bone density Z-score is -2.3. Dr. Novak recommends starting calcium and vitamin D daily. More at your visit.",
     "BLOCK", "result", "sms", "en",
     [("Aisha", "NAME"), ("estrogen", "PROCEDURE"), ("very low", "RESULT"), ("bone density Z-score", "PROCEDURE"), ("-2.3", "RESULT"), ("Dr. Novak", "PROVIDER"),
      ("calcium", "MEDICATION"), ("vitamin D", "MEDICATION")],
     ["pediatrics", "lab", "imaging"], "Results and a treatment start (decisions 6, 8)."),
    ("dy0117", "Hi Ms. Kowalski, this is Amir from Lakeshore Adolescent & Young Adult Medicine. Eli's medical monitoring visit is moved to Wed 10/7 at 4:15 PM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Kowalski", "NAME"), ("Amir", "PROVIDER"), ("Lakeshore Adolescent & Young Adult Medicine", "SPECIALTY"), ("Eli", "NAME"), ("medical monitoring", "PROCEDURE"), ("10/7", "DATE")],
     ["pediatrics", "minor"], "Dependent's logistics with a revealing visit type and clinic name (decisions 1, 4)."),
    ("dy0118", "Treatment team update for Renée: starting 6/1 you'll move from PHP to IOP (Mon/Wed/Thu evenings). Weight goal reached, great work! Your therapist will review the new schedule with you Friday.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Renée", "NAME"), ("6/1", "DATE"), ("PHP", "PROCEDURE"), ("IOP", "PROCEDURE"), ("Weight goal", "PROCEDURE"), ("reached", "RESULT"), ("therapist", "SPECIALTY")],
     ["behavioral-health", "contrast"], "The portal copy of a step-down (compare the e-mail dy0025): ALLOW in the secure portal, spans labelled."),
    ("dy0119", "Estimada familia Rojas:\n\nLes confirmamos que Gabriela fue dada de alta del programa residencial el 12 de agosto. Diagnóstico al alta: anorexia nerviosa, tipo restrictivo. Peso al alta: 49.5 kg.\n\nPlan de seguimiento: PHP de lunes a viernes en nuestro centro a partir del 15 de agosto, consulta con la nutrióloga cada semana y análisis de sangre en 7 días.\n\nSi notan que vuelve a saltarse comidas, llamen al (602) 555-0183 de inmediato.\n\nCon cariño,\nEquipo de Casa Esperanza",
     "BLOCK", "care-instructions", "email", "es",
     [("Rojas", "NAME"), ("Gabriela", "NAME"), ("programa residencial", "PROCEDURE"), ("12 de agosto", "DATE"), ("anorexia nerviosa", "CONDITION"), ("Peso", "PROCEDURE"),
      ("49.5 kg", "RESULT"), ("PHP", "PROCEDURE"), ("15 de agosto", "DATE"), ("nutrióloga", "SPECIALTY"), ("saltarse comidas", "CONDITION"), ("(602) 555-0183", "PHONE")],
     ["behavioral-health", "third-party", "practice-contact"], "Discharge letter to the family by e-mail: diagnosis, discharge weight and follow-up plan of a relative."),
    ("dy0120", "Reply STOP to stop appointment texts, HELP for help. Msg & data rates may apply. Up to 4 msgs/mo.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Carrier opt-out boilerplate; '4 msgs/mo' is not a date."),
)

probe_lib.run(M, "dy", "probe126.jsonl")
