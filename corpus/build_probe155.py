#!/usr/bin/env python3
"""Build corpus/probe155.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe155.py [OUT] [-v]   (default: probe155.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run, and no other corpus, test, source file or history was read.

This round is HOSPITAL DISCHARGE, CARE TRANSITIONS AND POST-ACUTE FOLLOW-UP: what hospitals,
transition-of-care nurses, skilled-nursing and rehab facilities, post-discharge call centres and
follow-up clinics send after a stay — discharge instructions and after-visit summaries, 48-hour
follow-up calls and texts, medication reconciliation and meds-to-beds pickups, follow-up
scheduling, readmission-prevention check-ins (daily weights, symptoms), DME and home-health
referrals, family updates during transfers, surveys and statements for the stay — mixed with
neutral logistics and look-alikes (discharge of the old boiler, the transition to a new parking
or phone system, the rehab of the east wing, follow-up on your feedback, a smooth transfer of
funds, a grace period, "darse de alta" in the portal, the Bedford Room, a coordinator named
Grace Bedford). 20% Spanish; 4 disguised messages (zero-width, leet, spaced, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. "discharge", "hospital stay", "admission", "after-visit summary", "post-hospital" /
     "hospital follow-up" and a general hospital's name are generic care-setting words, like
     `surgery` alone: not labelled; a message that reveals only that is ALLOW.
  2. The emergency department (ER) and named units that reveal a service line or acuity (ICU,
     PICU, NICU, cardiac step-down, inpatient psych, maternity, labor and delivery, peds floor,
     Unidad de Cuidados Coronarios, terapia intensiva) are SPECIALTY; room numbers, floors and
     ward names like "4 West" are not labelled.
  3. Skilled-nursing, inpatient-rehabilitation, home-health, visiting-nurse, hospice,
     respiratory-supply, infusion and specialty-pharmacy names are SPECIALTY (home health is a
     DESIGN specialty; rehab names follow the README's physical-therapy rule); a generic home
     medical equipment supplier (Keystone Home Medical, Equipment Express) is not.
  4. Durable medical equipment is a device -> PROCEDURE (hospital bed, bedside commode, walker,
     shower chair, CPAP, wound vac, PICC, pump); named home services are PROCEDURE ("skilled
     nursing" visits, "home safety evaluation", "remote monitoring", "home exercise program").
  5. Symptoms asked about in a post-discharge check-in are CONDITION; the check-in is REWRITE
     when it still works without them ("any new concerns?"), BLOCK once it carries a value, a
     finding or a dose/treatment instruction.
  6. A relative's transfer or discharge logistics sent to the family contact, with only names
     and a facility name, are REWRITE like a dependent's logistics (README); a condition, a
     result, an acuity unit (ICU) or a procedure about the relative makes it BLOCK.
  7. A hospital encounter / FIN number is ACCOUNT (the billing account of the stay); a Medicare
     number (MBI) is HEALTH_PLAN_ID and REWRITE, not SSN-grade BLOCK.
  8. Medication names in a "bring these to your visit" reminder are treated like a pickup notice
     (REWRITE); "bring all your medicines / pill bottles" for reconciliation is generic (ALLOW).
  9. Staff named as the sender (coordinator Grace Bedford, Jordan, Priya, Darnell, Keisha, a
     social worker) are PROVIDER, as the README says for front-desk staff.
 10. In a daily-weight check the weights are RESULT; the word "weight" is not labelled.
 11. A diagnosis reported from a biopsy (adenocarcinoma) is CONDITION; an organism grown in a
     culture (E. coli, estafilococo) and "sensitive" are RESULT; "stable", "salió bien",
     "dropped", "smaller", "down" said of a patient's state are RESULT.
 12. "physical therapy" received by the patient is PROCEDURE; a rehab practice name is SPECIALTY.
 13. A survey link carrying a patient parameter (?pid=) is patient-specific (REWRITE); the
     hospital's plain survey link is the practice's own URL (ALLOW).
 14. "clínica de heridas" follows the README's `clínica de ⟦VIH|CONDITION⟧` pattern: the wound
     is a CONDITION and "clínica de" stays outside.
 15. Purposes: 48-hour check-ins, family updates, transfers, DME and surveys -> other; discharge
     instructions and medication changes -> care-instructions.

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


# ---------------------------------------------------------------- batch 1 (fb0001-fb0012): discharge paperwork, instructions, AVS
add(
    ("fb0001", "St. Brigid Medical Center: Your discharge paperwork and after-visit summary are now in your patient portal. Log in at stbrigid.example/portal or call (614) 555-0142 with questions.",
     "ALLOW", "portal-notice", "sms", "en",
     [("stbrigid.example/portal", "URL"), ("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Portal notice with the hospital's own link and phone. Decision 1: 'discharge paperwork' / 'after-visit summary' from a general hospital are generic."),
    ("fb0002", "Hi Marcus, this is Tonya, RN, from Lakeview Regional's transition-of-care team. Just checking in 48 hrs after your discharge from the cardiac step-down unit. How are you feeling? Reply here or call (419) 555-0177.",
     "REWRITE", "other", "sms", "en",
     [("Marcus", "NAME"), ("Tonya, RN", "PROVIDER"), ("cardiac step-down", "SPECIALTY"), ("(419) 555-0177", "PHONE")],
     ["cardiology", "practice-contact"], "48-hour check-in survives without the name and the cardiac unit. Decision 2: a service-line unit is SPECIALTY, 'unit' stays outside; decision 9: sender nurse is PROVIDER."),
    ("fb0003", "Discharge instructions: take furosemide 40 mg every morning, weigh yourself daily and call us if you gain more than 3 lbs in a day or 5 lbs in a week. Follow a low-salt diet (2 g sodium/day).",
     "BLOCK", "care-instructions", "sms", "en",
     [("furosemide 40 mg", "MEDICATION"), ("low-salt diet", "PROCEDURE")],
     ["cardiology", "contrast"], "Dosing and treatment instructions are the message; nothing safe remains by SMS (portal twin fb0004). Judgement: a prescribed diet is a therapy -> PROCEDURE."),
    ("fb0004", "Pine Ridge General Hospital - Discharge Instructions\nReason for stay: acute on chronic systolic heart failure\nNEW: furosemide 40 mg by mouth every morning\nCONTINUE: lisinopril 10 mg daily\nSTOP: potassium chloride\nWeigh yourself every morning and call (740) 555-0118 if you gain more than 3 lbs in a day. Follow-up with Dr. Varga on 4/7 at 9:30 AM.",
     "ALLOW", "care-instructions", "portal", "en",
     [("systolic heart failure", "CONDITION"), ("furosemide 40 mg", "MEDICATION"), ("lisinopril 10 mg", "MEDICATION"), ("potassium chloride", "MEDICATION"), ("(740) 555-0118", "PHONE"), ("Dr. Varga", "PROVIDER"), ("4/7", "DATE")],
     ["cardiology", "contrast", "practice-contact"], "Same clinical content as fb0003 but inside the secure portal: diagnosis and doses may stay (README channel convention). Modifiers 'acute on chronic' kept outside the CONDITION span."),
    ("fb0005", "Dear Mr. Abernathy,\n\nThank you for choosing Harbor Point Community Hospital for your knee replacement. Your first follow-up appointment with Dr. Feldman is on June 9 at 10:20 AM at the Coastal Orthopedic & Spine Institute, 2200 Crescent Blvd, Suite 300, Harbor Point, ME.\n\nPlease arrive 15 minutes early and bring your discharge folder, your walker, and a list of the medicines you are taking. If you need to change the time, call (207) 555-0149.\n\nWe wish you a smooth recovery,\nPatient Navigation Team\nHarbor Point Community Hospital",
     "REWRITE", "reminder", "email", "en",
     [("Abernathy", "NAME"), ("knee replacement", "PROCEDURE"), ("Dr. Feldman", "PROVIDER"), ("June 9", "DATE"), ("Coastal Orthopedic & Spine Institute", "SPECIALTY"), ("2200 Crescent Blvd, Suite 300, Harbor Point, ME", "ADDRESS"), ("walker", "PROCEDURE"), ("(207) 555-0149", "PHONE")],
     ["orthopedics", "practice-contact"], "Follow-up logistics survive once the name, the surgery, the orthopedic practice name and the walker go; the practice address and phone stay. Decision 4: a walker is a device -> PROCEDURE."),
    ("fb0006", "Mercy Valley Hospital: you have a follow-up appointment with Dr. Osei on Tue 3/24 at 2:40 PM. Please bring ALL your medicines - prescriptions, vitamins and over-the-counter - in their original bottles. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("3/24", "DATE")],
     ["primary-care"], "Provider, date and time; decision 8: 'bring all your medicines' for reconciliation names no drug and is generic."),
    ("fb0007", "Sr. Villalobos, al darle de alta le cambiamos la metformina a 500 mg dos veces al día y le suspendimos la glipizida. Tómela con los alimentos. Cualquier duda llame al 555-0163.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Villalobos", "NAME"), ("metformina", "MEDICATION"), ("glipizida", "MEDICATION"), ("555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Medication change and dosing instructions at discharge are the message: BLOCK, send a portal notice."),
    ("fb0008", "Facilities notice from Alder Creek Health: discharge of the old boiler system is scheduled for this weekend. Expect brief hot-water interruptions in the North Tower. We apologize for the inconvenience.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'discharge' of a boiler, a facilities broadcast that says nothing about anyone."),
    ("fb0009", "Your after-visit summary from today's ER visit at Pine Ridge General is ready in the patient portal. Please schedule a follow-up with your primary care doctor within 2-3 days.",
     "REWRITE", "portal-notice", "sms", "en",
     [("ER", "SPECIALTY")],
     ["urgent-care"], "Decision 2: an emergency-department visit reveals the urgent/emergency service line like 'urgent care'; without it the portal notice still works."),
    ("fb0010", "Hello, this is an automated message from Lakeview Regional Medical Center for Dorothy Engel. The pathology report from your gallbladder removal has been finalized and it is benign. No further treatment is needed. To hear this message again, press 1.",
     "BLOCK", "result", "voice", "en",
     [("Dorothy Engel", "NAME"), ("pathology", "PROCEDURE"), ("gallbladder removal", "PROCEDURE"), ("benign", "RESULT")],
     ["general"], "A result (benign pathology) is the message; voice is treated like SMS (README). A normal result is still a result."),
    ("fb0011", "Subject: Is this still the best number to reach you?\n\nHello,\n\nThis is Grace Bedford, care transitions coordinator at St. Brigid Medical Center. Our team makes a short follow-up call to everyone a few days after they go home from the hospital, and I want to make sure we have the right number for you.\n\nIf the number on your discharge paperwork is still correct, there's nothing you need to do. If not, just reply to this e-mail with the best number and time to call.\n\nThank you,\nGrace Bedford\nCare Transitions | St. Brigid Medical Center\n(614) 555-0150 | gbedford@stbrigid.example",
     "ALLOW", "other", "email", "en",
     [("Grace Bedford", "PROVIDER", 0), ("Grace Bedford", "PROVIDER", 1), ("(614) 555-0150", "PHONE"), ("gbedford@stbrigid.example", "EMAIL")],
     ["general", "practice-contact"], "Look-alike: the coordinator's name contains 'Bed' but she is staff named as sender (decision 9: PROVIDER); her phone and e-mail are the hospital's own. Decision 1: going home from the hospital is generic."),
    ("fb0012", "Hola Mariela, le escribe el equipo de seguimiento del Hospital San Lucas. Su cita de control después de la cesárea es el 14 de abril a las 9:00 con la Dra. Ibarra. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Mariela", "NAME"), ("cesárea", "PROCEDURE"), ("14 de abril", "DATE"), ("Dra. Ibarra", "PROVIDER")],
     ["reproductive"], "Post-cesarean follow-up: name and procedure go, the appointment survives."),
)

# ---------------------------------------------------------------- batch 2 (fb0013-fb0024): 48-hour follow-up calls and texts
add(
    ("fb0013", "Hi! This is Jordan from Alder Creek Health. We check on everyone 2 days after they go home from the hospital. Reply 1 if you're doing well, or 2 if you'd like a nurse to call you back today.",
     "ALLOW", "other", "sms", "en",
     [("Jordan", "PROVIDER")],
     ["general"], "Generic 48-hour check-in sent to every discharged patient; decision 9: the sender is staff (PROVIDER); decision 1: going home from the hospital is generic."),
    ("fb0014", "Hi Mr. Danforth - checking in after your discharge. Any new shortness of breath, swelling in your legs or dizziness? Reply YES and a nurse will call you today. - Lakeview Transitions Team",
     "REWRITE", "other", "sms", "en",
     [("Danforth", "NAME"), ("shortness of breath", "CONDITION"), ("swelling", "CONDITION"), ("dizziness", "CONDITION")],
     ["cardiology"], "Decision 5: symptoms asked about are CONDITION (they point at heart failure); the check-in survives as 'any new concerns?'."),
    ("fb0015", "Hi Ruth, nurse Kayla at Mercy Valley. Your potassium from the labs drawn at discharge was 3.1 (L). Dr. Hargrove wants you to take 20 mEq of potassium chloride twice a day for 3 days. Call 555-0119 w/ questions.",
     "BLOCK", "result", "sms", "en",
     [("Ruth", "NAME"), ("nurse Kayla", "PROVIDER"), ("potassium", "PROCEDURE", 0), ("3.1", "RESULT"), ("3.1 ([[L]])", "RESULT"), ("Dr. Hargrove", "PROVIDER"), ("potassium chloride", "MEDICATION"), ("555-0119", "PHONE")],
     ["lab", "shorthand", "practice-contact"], "A lab value with its flag plus a dosing instruction: the clinical content is the message."),
    ("fb0016", "Hello, this is the post-discharge nurse line at Harbor Point Community Hospital, calling to see how you're doing since going home. Please call us back at 207-555-0134, option 2, any day between 8 AM and 8 PM. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("207-555-0134", "PHONE")],
     ["general", "practice-contact"], "Voicemail with only the hospital's nurse-line number; decision 1: 'post-discharge' is generic."),
    ("fb0017", "Buenas tardes Don Ernesto, soy la enfermera Lupita del programa de transición del Hospital San Lucas. ¿Cómo se ha sentido después de la cirugía de vesícula? Si tiene fiebre o enrojecimiento en la herida, avísenos al 555-0188.",
     "REWRITE", "other", "sms", "es",
     [("Ernesto", "NAME"), ("enfermera Lupita", "PROVIDER"), ("cirugía de vesícula", "PROCEDURE"), ("fiebre", "CONDITION"), ("enrojecimiento", "CONDITION"), ("555-0188", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 5: warning symptoms in a check-in are CONDITION and the check-in survives without them and without the named surgery; 'herida' left generic after the surgery is removed."),
    ("fb0018", "This is Lakeview Regional calling about your mother, Eleanor Pruitt. She was moved to the ICU overnight because her oxygen levels dropped. Dr. Sato will update the family at 11 AM. Questions: (419) 555-0121.",
     "BLOCK", "other", "sms", "en",
     [("Eleanor Pruitt", "NAME"), ("ICU", "SPECIALTY"), ("oxygen levels", "PROCEDURE"), ("dropped", "RESULT"), ("Dr. Sato", "PROVIDER"), ("(419) 555-0121", "PHONE")],
     ["general", "third-party", "practice-contact"], "A third party's health (ICU transfer, falling oxygen): BLOCK. Decisions 2, 6, 11: ICU is SPECIALTY, 'dropped' is a finding."),
    ("fb0019", "Follow-up on your feedback: thank you for telling us about the long wait at the main entrance. We've added two greeters and a second check-in kiosk. - Patient Experience Office, Pine Ridge General",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'follow-up' on a complaint, nothing clinical."),
    ("fb0020", "Reminder: your 7-day hospital follow-up with Dr. Mensah at Riverside Heart & Vascular is tomorrow at 1:30 PM. Please bring your home BP log.",
     "REWRITE", "reminder", "push", "en",
     [("Dr. Mensah", "PROVIDER"), ("Riverside Heart & Vascular", "SPECIALTY"), ("BP", "PROCEDURE")],
     ["cardiology"], "Cardiology practice name and the home BP log (README: home BP log -> PROCEDURE) go; push is treated like SMS."),
    ("fb0021", "Subject: Staying well after your hospital stay\n\nDear Mrs. Kowalczyk,\n\nOur records show you went home on 2/11 after treatment for a COPD exacerbation. The first 30 days after a stay like this are when people are most likely to end up back in the hospital, so please:\n\n- Use your albuterol inhaler every 4 hours as needed and your Trelegy once every morning.\n- Finish the prednisone 40 mg taper through Saturday.\n- Start pulmonary rehab on 2/24 at 1 PM (Building C).\n\nIf you are more short of breath than usual, call us right away at (330) 555-0127 instead of waiting for your appointment.\n\nWarm regards,\nMaureen Tolliver, RN\nTransitional Care Program, Alder Creek Health",
     "BLOCK", "care-instructions", "email", "en",
     [("Kowalczyk", "NAME"), ("2/11", "DATE"), ("COPD exacerbation", "CONDITION"), ("albuterol inhaler", "MEDICATION"), ("Trelegy", "MEDICATION"), ("prednisone 40 mg", "MEDICATION"), ("pulmonary rehab", "PROCEDURE"), ("2/24", "DATE"), ("short of breath", "CONDITION"), ("(330) 555-0127", "PHONE"), ("Maureen Tolliver, RN", "PROVIDER")],
     ["primary-care", "practice-contact"], "Readmission-prevention e-mail with the diagnosis and dosing instructions: e-mail is treated like SMS, BLOCK."),
    ("fb0022", "Hospital Santa Inés: le recordamos su cita de seguimiento con el Dr. Quiroga el jueves 8 de mayo a las 11:15. Traiga todos sus medicamentos y su tarjeta del seguro. Para cambiar la cita llame al 555-0147.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Quiroga", "PROVIDER"), ("8 de mayo", "DATE"), ("555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, practice phone; decision 8: 'traiga todos sus medicamentos' is generic."),
    ("fb0023", "Hi, this message is for Leonard. This is Priya from admissions at Brookhaven Rehabilitation Hospital. Your bed is ready for your transfer from Mercy Valley on Friday, and transport will pick you up around noon. Call us at 555-0126 with any questions.",
     "REWRITE", "other", "voice", "en",
     [("Leonard", "NAME"), ("Priya", "PROVIDER"), ("Brookhaven Rehabilitation Hospital", "SPECIALTY"), ("555-0126", "PHONE")],
     ["physical-therapy", "practice-contact"], "Decision 3: an inpatient rehab hospital's name is specialty-revealing; decision 9: admissions staff sender is PROVIDER. Transfer logistics survive."),
    ("fb0024", "Heads up: Pine Ridge General is transitioning to a new parking system. Starting Monday, pay by license plate at the kiosks or in the app - paper tickets will no longer be accepted.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'transitioning' to a parking system; 'license plate' with no plate number."),
)

# ---------------------------------------------------------------- batch 3 (fb0025-fb0036): medication reconciliation, meds-to-beds, pharmacy
add(
    ("fb0025", "Meds-to-Beds: your discharge prescriptions (apixaban 5 mg, metoprolol succinate 25 mg) are ready at the St. Brigid outpatient pharmacy, 1st floor. Please pick up before 6 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("apixaban 5 mg", "MEDICATION"), ("metoprolol succinate 25 mg", "MEDICATION")],
     ["pharmacy", "contrast"], "Pickup notice naming the drugs: the names go, the pickup survives (twin without names: fb0026)."),
    ("fb0026", "Your discharge meds are ready at the 1st floor pharmacy. Open til 6 PM today.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative", "contrast"], "Pickup notice with no drug named; decision 1: 'discharge meds' is generic."),
    ("fb0027", "Pharmacist note from your med review: STOP your old HCTZ - it was replaced by chlorthalidone 12.5mg in the hospital. Don't take both!! Call 555-0158 w/ questions. -Alan Cho, PharmD",
     "BLOCK", "care-instructions", "sms", "en",
     [("HCTZ", "MEDICATION"), ("chlorthalidone 12.5mg", "MEDICATION"), ("555-0158", "PHONE"), ("Alan Cho, PharmD", "PROVIDER")],
     ["pharmacy", "shorthand", "practice-contact"], "Medication reconciliation instruction (stop one drug, take another) is the message."),
    ("fb0028", "Reminder from your transitions nurse: keep taking war\u200bfarin 5 mg every evening and get your INR checked Thursday at the Lakeview anticoag clinic.",
     "BLOCK", "care-instructions", "sms", "en",
     [("war\u200bfarin 5 mg", "MEDICATION"), ("INR", "PROCEDURE"), ("anticoag", "SPECIALTY")],
     ["cardiology"], "Dosing instruction with a drug disguised by a zero-width space. Judgement: the anticoagulation clinic is a service line -> SPECIALTY, 'clinic' outside."),
    ("fb0029", "Farmacia del Valle: su receta de enoxaparina (jeringas precargadas) indicada al alta ya está lista. Horario L-V de 9 a 19 h. Tel. 555-0171.",
     "REWRITE", "pickup", "sms", "es",
     [("enoxaparina", "MEDICATION"), ("555-0171", "PHONE")],
     ["pharmacy", "practice-contact"], "Pickup notice: the drug name goes, the generic pharmacy name and phone stay."),
    ("fb0030", "Medication reconciliation completed by Samantha Ortiz, PharmD, on 3/02.\nSTARTED: atorvastatin 40 mg nightly\nSTOPPED: simvastatin 20 mg\nCHANGED: metoprolol tartrate 25 mg → 50 mg twice daily\nPlease bring this list to your follow-up with Dr. Chen.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Samantha Ortiz, PharmD", "PROVIDER"), ("3/02", "DATE"), ("atorvastatin 40 mg", "MEDICATION"), ("simvastatin 20 mg", "MEDICATION"), ("metoprolol tartrate 25 mg", "MEDICATION"), ("Dr. Chen", "PROVIDER")],
     ["cardiology", "pharmacy"], "Medication changes inside the secure portal: ALLOW (README channel convention). The new dose after the arrow is not part of a span."),
    ("fb0031", "Mensaje para la señora Aurora Benítez de parte de la farmacia del Hospital Santa Inés. Su nueva dosis de insulina glargina es de 18 unidades cada noche; ya no se aplique la insulina NPH. Si tiene dudas, llame al 555-0139.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Aurora Benítez", "NAME"), ("insulina glargina", "MEDICATION"), ("insulina NPH", "MEDICATION"), ("555-0139", "PHONE")],
     ["pharmacy", "practice-contact"], "Insulin dosing instruction with the patient's name, by voicemail (treated like SMS)."),
    ("fb0032", "Refund processed: we issued a $42.10 credit for your overpayment. Please allow 5-7 business days for a smooth transfer of funds back to your card. - Patient Accounts, Mercy Valley Hospital",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a 'transfer' of funds; amount and business days are not identifiers."),
    ("fb0033", "ur 0xyc0d0ne rx from discharge is ready @ Walgrove Pharmacy drive-thru. bring photo ID, its a controlled med",
     "REWRITE", "pickup", "sms", "en",
     [("0xyc0d0ne", "MEDICATION")],
     ["pharmacy", "leet", "shorthand", "typo"], "Leetspeak drug name in a pickup notice; the pickup survives. 'controlled med' left unlabelled as a generic class word (judgement)."),
    ("fb0034", "Subject: Your medication list after your hospital stay\n\nHi Mr. Thibodeaux,\n\nI'm Dana Whitfield, the clinical pharmacist on the transitions team at Mercy Valley. I went over the list you gave us against your discharge orders and found three things to fix:\n\n1. Your sitagliptin was stopped because your kidney function dropped (eGFR 38). Please don't restart it.\n2. The hospital started you on pantoprazole 40 mg; you also have omeprazole at home. Take only the pantoprazole.\n3. Your glipizide dose is now 2.5 mg in the morning, not 5 mg.\n\nI'll call Thursday to make sure this is clear. You can reach me at (505) 555-0153.\n\nDana Whitfield, PharmD",
     "BLOCK", "care-instructions", "email", "en",
     [("Thibodeaux", "NAME"), ("Dana Whitfield", "PROVIDER", 0), ("sitagliptin", "MEDICATION"), ("kidney function", "PROCEDURE"), ("dropped", "RESULT"), ("eGFR", "PROCEDURE"), ("38", "RESULT"), ("pantoprazole 40 mg", "MEDICATION"), ("omeprazole", "MEDICATION"), ("pantoprazole", "MEDICATION", 1), ("glipizide", "MEDICATION"), ("(505) 555-0153", "PHONE"), ("Dana Whitfield, PharmD", "PROVIDER")],
     ["pharmacy", "primary-care", "practice-contact"], "Medication reconciliation with a kidney value and dose changes: BLOCK by e-mail. Decision 11: 'dropped' is a finding; a measure is PROCEDURE, its value RESULT."),
    ("fb0035", "Subject: Bring your medicines to your follow-up visit\n\nHello,\n\nAt your upcoming visit with Dr. Lindqvist on April 3, our nurse will go through every medicine you take to make sure your list matches what the hospital sent us. Please bring:\n\n- every pill bottle, inhaler, cream and injection you use\n- vitamins, supplements and anything you buy without a prescription\n- the discharge papers you were given\n\nIt's fine to put everything in a grocery bag. If you can't make it, call (608) 555-0112 and we'll find a new time.\n\nThank you,\nOakdale Family Practice",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("April 3", "DATE"), ("(608) 555-0112", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 8: a generic bring-everything list for medication reconciliation names no drug or condition."),
    ("fb0036", "Mr. Paredes - for your visit tomorrow with Dr. Campos, please bring your Spiriva, your Eliquis and all your other pill bottles. Questions? Call the clinic.",
     "REWRITE", "reminder", "sms", "en",
     [("Paredes", "NAME"), ("Dr. Campos", "PROVIDER"), ("Spiriva", "MEDICATION"), ("Eliquis", "MEDICATION")],
     ["primary-care"], "Decision 8: drug names in a bring-to-visit reminder are treated like a pickup notice; the reminder survives as 'bring all your pill bottles'."),
)

# ---------------------------------------------------------------- batch 4 (fb0037-fb0048): follow-up appointment scheduling
add(
    ("fb0037", "Lakeview Regional: a follow-up appt has been made for you with Dr. Abiodun on 5/19 at 10:45am, Medical Office Bldg B, 2nd fl. Reply Y to confirm or call 419-555-0102 to change.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Abiodun", "PROVIDER"), ("5/19", "DATE"), ("419-555-0102", "PHONE")],
     ["general", "practice-contact", "shorthand"], "Provider, date, building and the hospital's own number only."),
    ("fb0038", "Your post-op visit w/ Dr. Haldane after your hip replacement is Thu 6/5 @ 8:15. Please wear loose pants. - Granite State Orthopaedics",
     "REWRITE", "reminder", "sms", "en",
     [("post-op", "PROCEDURE"), ("Dr. Haldane", "PROVIDER"), ("hip replacement", "PROCEDURE"), ("6/5", "DATE"), ("Granite State Orthopaedics", "SPECIALTY")],
     ["orthopedics", "shorthand"], "Visit type (post-op, like the README's pre-op), the surgery and the orthopedic name go; the appointment survives."),
    ("fb0039", "Estimada Sra. Olmedo:\n\nDesde el Hospital Santa Inés le confirmamos la cita de seguimiento que acordamos antes de su alta. Será con el Dr. Rentería, neumólogo, el martes 20 de mayo a las 8:30 en el Edificio de Consultorios, Av. Reforma 1450, piso 3. Ese día le harán una espirometría, así que le pedimos llegar 15 minutos antes.\n\nSi no puede asistir, llámenos al 555-0181 o responda a este correo.\n\nAtentamente,\nCoordinación de Transiciones de Cuidado\nHospital Santa Inés",
     "REWRITE", "confirmation", "email", "es",
     [("Olmedo", "NAME"), ("Dr. Rentería", "PROVIDER"), ("neumólogo", "SPECIALTY"), ("20 de mayo", "DATE"), ("Av. Reforma 1450, piso 3", "ADDRESS"), ("espirometría", "PROCEDURE"), ("555-0181", "PHONE")],
     ["primary-care", "practice-contact"], "Confirmation survives once the name, the pulmonologist role word (README: specialty role words) and the test go; the hospital's address and phone stay."),
    ("fb0040", "{{facility_name}}: You have a follow-up visit on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm, R to reschedule. Msg&data rates may apply.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative", "template"], "Template whose placeholders carry no patient data (facility, date, time, provider)."),
    ("fb0041", "Hi Tamsin! Before you left the hospital we set up your first cardiac rehab session: Mon 4/14, 9 AM, Wellness Pavilion gym. Wear sneakers. Questions: 555-0165",
     "REWRITE", "reminder", "sms", "en",
     [("Tamsin", "NAME"), ("cardiac rehab", "PROCEDURE"), ("4/14", "DATE"), ("555-0165", "PHONE")],
     ["cardiology", "practice-contact"], "A named program (cardiac rehab) reveals the condition; the session logistics survive."),
    ("fb0042", "This is Pine Ridge General Hospital calling to schedule the follow-up visit your care team recommended before you went home. Please call our scheduling line at 740-555-0111 at your earliest convenience. Again, that number is 740-555-0111.",
     "ALLOW", "recall", "voice", "en",
     [("740-555-0111", "PHONE", 0), ("740-555-0111", "PHONE", 1)],
     ["general", "practice-contact"], "Scheduling call-back with only the hospital's number (said twice, both labelled)."),
    ("fb0043", "Hola Yesenia, ya qdo agendada tu cita en la clínica de heridas pa la revisión del pie diabético: vie 11/7 a las 10am. Cualquier cosa al 555-0193. Saludos, Norma",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("heridas", "CONDITION"), ("pie diabético", "CONDITION"), ("11/7", "DATE"), ("555-0193", "PHONE"), ("Norma", "PROVIDER")],
     ["primary-care", "shorthand", "typo", "practice-contact"], "Decision 14: 'clínica de heridas' follows the README's 'clínica de VIH' pattern; a condition used as a visit label keeps 'revisión del' outside. Staff sender Norma is PROVIDER (decision 9)."),
    ("fb0044", "Dr. Whitcomb reviewed your discharge CT and wants to see you sooner - the 1.4 cm lung nodule needs a biopsy. We moved your follow-up to Tue 3/11 at 9:00. Call 555-0128 if that doesn't work.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Whitcomb", "PROVIDER"), ("CT", "PROCEDURE"), ("1.4 cm", "RESULT"), ("lung nodule", "CONDITION"), ("biopsy", "PROCEDURE"), ("3/11", "DATE"), ("555-0128", "PHONE")],
     ["imaging", "practice-contact"], "A finding and its size are the reason for the message; rescheduling cannot be separated from it safely."),
    ("fb0045", "Your follow-up visit with NP Castellanos is confirmed for Fri 2/27 at 3:20 PM at Alder Creek Health - Westside. Free parking in Lot C. Reply STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en",
     [("NP Castellanos", "PROVIDER"), ("2/27", "DATE")],
     ["primary-care"], "Provider, date, generic location."),
    ("fb0046", "Subject: Your follow-up appointments after discharge\n\nDear Beatrice Lamont,\n\nBefore you left St. Brigid Medical Center our transitions team booked the visits your doctors asked for:\n\n• Cardiology - Dr. Peregrine, Tue Sept 16, 9:15 AM, with an echocardiogram at 8:00 AM (same building)\n• Endocrinology - Dr. Yusuf, Mon Sept 22, 2:30 PM\n• Your primary care doctor, Dr. Albright, Thu Sept 25, 11:00 AM\n\nAll three are at 940 Lakeshore Dr, Columbus, OH. If you need transportation, reply to this e-mail or call (614) 555-0166 and we'll arrange a ride.\n\nBest,\nTransitions of Care Team\nhttps://stbrigid.example/appointments",
     "REWRITE", "reminder", "email", "en",
     [("Beatrice Lamont", "NAME"), ("Cardiology", "SPECIALTY"), ("Dr. Peregrine", "PROVIDER"), ("Sept 16", "DATE"), ("echocardiogram", "PROCEDURE"), ("Endocrinology", "SPECIALTY"), ("Dr. Yusuf", "PROVIDER"), ("Sept 22", "DATE"), ("Dr. Albright", "PROVIDER"), ("Sept 25", "DATE"), ("940 Lakeshore Dr, Columbus, OH", "ADDRESS"), ("(614) 555-0166", "PHONE"), ("https://stbrigid.example/appointments", "URL")],
     ["cardiology", "practice-contact"], "Three appointments survive once the name, the specialties and the test go; 'primary care doctor' is generic; address, phone and link are the hospital's own."),
    ("fb0047", "Hospital San Lucas: para darse de alta en el portal del paciente, descargue la app y use el código que le dieron en recepción. ¿Dudas? Pregunte en el módulo de informes.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Look-alike: 'darse de alta' here means signing up for the portal, not a hospital discharge."),
    ("fb0048", "Reminder: your 2-wk hospital f/u with Dr. Reyes is Weds 4/2. Before the visit please get your BMP drawn - your creatinine was 2.1 at discharge and we need to recheck it.",
     "BLOCK", "reminder", "sms", "en",
     [("Dr. Reyes", "PROVIDER"), ("4/2", "DATE"), ("BMP", "PROCEDURE"), ("creatinine", "PROCEDURE"), ("2.1", "RESULT")],
     ["lab", "shorthand"], "A lab value inside a reminder: the value cannot be rewritten away without losing the reason, and any value is BLOCK by SMS. Judgement: BLOCK rather than REWRITE because the value is stated."),
)

# ---------------------------------------------------------------- batch 5 (fb0049-fb0060): equipment (DME), home health, infusion
add(
    ("fb0049", "Keystone Home Medical: your hospital bed and bedside commode will be delivered Thursday between 1-5 PM to 418 Larkspur Ln, Apt 2, Dover, DE 19904. Someone 18+ must be home to sign.",
     "REWRITE", "other", "sms", "en",
     [("hospital bed", "PROCEDURE"), ("bedside commode", "PROCEDURE"), ("418 Larkspur Ln, Apt 2, Dover, DE 19904", "ADDRESS")],
     ["home-health", "contrast"], "Decision 4: DME items are devices -> PROCEDURE; the patient's home address goes; decision 3: a generic equipment supplier's name stays. '18+' is not an age over 89."),
    ("fb0050", "Keystone Home Medical: your equipment delivery is scheduled for Thursday between 1 and 5 PM. Someone 18 or older must be home to sign. Questions? (302) 555-0136",
     "ALLOW", "other", "sms", "en",
     [("(302) 555-0136", "PHONE")],
     ["home-health", "practice-contact", "contrast"], "Same delivery as fb0049 without the items or the address; decision 3: generic supplier name."),
    ("fb0051", "Sunrise Home Health received a referral from Lakeview Regional for skilled nursing visits at your home. A nurse will call you today to set up the first visit. (419) 555-0152",
     "REWRITE", "other", "sms", "en",
     [("Sunrise Home Health", "SPECIALTY"), ("skilled nursing", "PROCEDURE"), ("(419) 555-0152", "PHONE")],
     ["home-health", "practice-contact"], "Home health is a revealing specialty (DESIGN); decision 4: 'skilled nursing' visits are a named service. The call-to-schedule survives."),
    ("fb0052", "Sra. Quintero, le informamos que su papá, Don Evaristo, se fue a casa con oxígeno a 2 litros por minuto. La enfermera de Cuidados en Casa Esperanza lo visitará el lunes para revisarle la saturación.",
     "BLOCK", "other", "sms", "es",
     [("Quintero", "NAME"), ("Evaristo", "NAME"), ("oxígeno", "MEDICATION"), ("Cuidados en Casa Esperanza", "SPECIALTY"), ("saturación", "PROCEDURE")],
     ["home-health", "third-party"], "A third party's treatment (home oxygen with its flow) sent to the daughter: BLOCK (README third-party convention)."),
    ("fb0053", "Construction update: the rehab of the east wing lobby continues through spring. Please use the west entrance and follow the blue signs to Registration. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'rehab' of a building wing."),
    ("fb0054", "Hi, this is Darnell with BreatheWell Respiratory Supply. We need to schedule setup of the CPAP machine ordered at your discharge. The serial # on the box should read RX7K-220931. Call 555-0174.",
     "REWRITE", "other", "sms", "en",
     [("Darnell", "PROVIDER"), ("BreatheWell Respiratory Supply", "SPECIALTY"), ("CPAP", "PROCEDURE"), ("RX7K-220931", "DEVICE_ID"), ("555-0174", "PHONE")],
     ["home-health", "practice-contact"], "Decision 3: a respiratory supplier's name reveals the need; decision 4: CPAP is a device; the serial number is a DEVICE_ID not needed to book the setup."),
    ("fb0055", "Good afternoon, this is Oakmont Skilled Nursing and Rehabilitation returning a call for Harriet Vance about the admission planned for next week. Please call our admissions office at 555-0197. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Oakmont Skilled Nursing and Rehabilitation", "SPECIALTY"), ("Harriet Vance", "NAME"), ("555-0197", "PHONE")],
     ["physical-therapy", "practice-contact"], "Decision 3: a skilled-nursing/rehab facility name is specialty-revealing; the call-back survives without it and the name."),
    ("fb0056", "Subject: Your home health plan of care\n\nDear Ms. Achterberg,\n\nWelcome to Bluebird Visiting Nurses. Your referral from Mercy Valley Hospital lists a stage 3 pressure ulcer on your sacrum that currently measures 3 x 2 cm. Our plan for the next 4 weeks:\n\n- Wound vac dressing changes Monday, Wednesday and Friday\n- Nurse visits to check the wound and your blood sugars\n- Physical therapy twice a week to help you get up and move safely\n\nPlease keep the wound vac running at all times, and call us at (603) 555-0185 if the alarm won't stop or the dressing comes loose.\n\nWarm regards,\nCecilia Marsh, RN, Clinical Manager",
     "BLOCK", "care-instructions", "email", "en",
     [("home health", "SPECIALTY"), ("Achterberg", "NAME"), ("Bluebird Visiting Nurses", "SPECIALTY"), ("stage 3", "RESULT"), ("pressure ulcer", "CONDITION"), ("3 x 2 cm", "RESULT"), ("Wound vac", "PROCEDURE"), ("blood sugars", "PROCEDURE"), ("Physical therapy", "PROCEDURE"), ("wound vac", "PROCEDURE"), ("(603) 555-0185", "PHONE"), ("Cecilia Marsh, RN", "PROVIDER")],
     ["home-health", "practice-contact"], "Home-health plan of care with a wound's stage and size and treatment instructions: BLOCK by e-mail. Decision 12: physical therapy received is PROCEDURE."),
    ("fb0057", "Reminder from Alder Creek Health: your nurse, Ana Ruiz, RN, will call you tomorrow between 9 and 11 AM for your post-hospital check-in. Please keep your phone nearby.",
     "ALLOW", "reminder", "sms", "en",
     [("Ana Ruiz, RN", "PROVIDER")],
     ["primary-care"], "Decision 1: a post-hospital check-in call from a generic practice reveals nothing beyond a hospital stay; the nurse is PROVIDER."),
    ("fb0058", "Hi Rigoberto, this is Equipment Express. Tomorrow we're delivering the walker and shower chair the hospital ordered for you. Address we have: 227 Pine St, Apt 4B, Lowell, MA. Is that right? Reply YES or NO.",
     "REWRITE", "other", "sms", "en",
     [("Rigoberto", "NAME"), ("walker", "PROCEDURE"), ("shower chair", "PROCEDURE"), ("227 Pine St, Apt 4B, Lowell, MA", "ADDRESS")],
     ["home-health"], "Decision 4: DME items are devices; the patient's address is not needed by text (the delivery confirmation survives as 'is your address on file right?')."),
    ("fb0059", "Grace period reminder: your payment plan installment is due this week, but there's a 10-day grace period before any late fee. Pay in the portal or at the cashier's window.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'Grace' as a grace period, not a name."),
    ("fb0060", "Infusion pharmacy: your home IV vancomycin 1.25 g every 12 hrs through your PICC starts tonight. Nurse Coleman will come at 7 PM to teach you. Please don't miss doses.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Infusion pharmacy", "SPECIALTY"), ("vancomycin 1.25 g", "MEDICATION"), ("PICC", "PROCEDURE"), ("Nurse Coleman", "PROVIDER")],
     ["pharmacy", "home-health"], "Dosing schedule of home IV antibiotics is the message. Decision 3: an infusion pharmacy is specialty-revealing; decision 4: PICC is a device."),
)

# ---------------------------------------------------------------- batch 6 (fb0061-fb0072): family updates, transfers, third parties
add(
    ("fb0061", "Update for the family of Mildred Osterhaus (92): she is stable and was moved this afternoon from the ER to 4 West, room 418, for pneumonia treatment. Visiting hours are 9 AM-8 PM.",
     "BLOCK", "other", "sms", "en",
     [("Mildred Osterhaus", "NAME"), ("92", "AGE"), ("stable", "RESULT"), ("ER", "SPECIALTY"), ("pneumonia", "CONDITION")],
     ["general", "third-party", "age-over-89"], "A third party's condition and status: BLOCK. Decision 2: ER is SPECIALTY, '4 West, room 418' not labelled; decision 11: 'stable' is a state (RESULT)."),
    ("fb0062", "Hi Colin, your dad is being transferred to Brookhaven Rehabilitation Hospital today around 3 PM. You're welcome to meet him there - family orientation is at 4:30 in the main lobby.",
     "REWRITE", "other", "sms", "en",
     [("Colin", "NAME"), ("Brookhaven Rehabilitation Hospital", "SPECIALTY")],
     ["physical-therapy", "third-party"], "Decision 6: a relative's transfer logistics with only a name and a rehab facility name are REWRITE, like a dependent's logistics; no condition is stated."),
    ("fb0063", "Pine Ridge General: the patient who listed you as their ride is ready at the Discharge Lounge, 1st floor by the main entrance. Please pull up to the circle drive.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "third-party", "hard-negative"], "Pickup logistics that name nobody and nothing clinical; decision 1: 'Discharge Lounge' is a generic place."),
    ("fb0064", "Asunto: Información sobre su familiar\n\nEstimada familia Arriaga:\n\nLes escribimos del Hospital San Lucas para informarles que la Sra. Consuelo Arriaga fue trasladada esta mañana a la Unidad de Cuidados Coronarios después de su cateterismo. El procedimiento salió bien y le colocaron dos stents. Permanecerá en observación unas 24 horas antes de pasar a piso.\n\nEl horario de visita en la Unidad es de 12 a 14 h y de 18 a 20 h, máximo dos personas. Para cualquier duda pueden llamar a Trabajo Social al 555-0114.\n\nAtentamente,\nLic. Patricia Zamora\nTrabajo Social, Hospital San Lucas",
     "BLOCK", "other", "email", "es",
     [("Arriaga", "NAME", 0), ("Consuelo Arriaga", "NAME"), ("Unidad de Cuidados Coronarios", "SPECIALTY"), ("cateterismo", "PROCEDURE"), ("salió bien", "RESULT"), ("stents", "PROCEDURE"), ("555-0114", "PHONE"), ("Lic. Patricia Zamora", "PROVIDER")],
     ["cardiology", "third-party", "practice-contact"], "A relative's procedure, outcome and unit: third-party health, BLOCK. Decision 2: the coronary care unit is SPECIALTY; decision 11: 'salió bien' is a result."),
    ("fb0065", "Lakeview Regional Transitions: Happy 95th birthday, Mr. Gallagher! Just a reminder that your follow-up with Dr. Imani is still on for 1/23 at 11 AM.",
     "REWRITE", "reminder", "sms", "en",
     [("95th", "AGE"), ("Gallagher", "NAME"), ("Dr. Imani", "PROVIDER"), ("1/23", "DATE")],
     ["general", "age-over-89"], "An age over 89 (ordinal) and the name go; the follow-up reminder survives."),
    ("fb0066", "Hi, this is Renata, the social worker at Mercy Valley, calling for Samuel Ochoa about your wife, Lydia. Her dialysis at the new center starts Monday, and she'll need a ride to Riverbend Kidney Center every Monday, Wednesday and Friday at 6 AM. Please call me back at 555-0107.",
     "BLOCK", "other", "voice", "en",
     [("Renata", "PROVIDER"), ("Samuel Ochoa", "NAME"), ("Lydia", "NAME"), ("dialysis", "PROCEDURE"), ("Riverbend Kidney Center", "SPECIALTY"), ("555-0107", "PHONE")],
     ["dialysis", "third-party", "practice-contact"], "Decision 6: a relative's ongoing treatment (dialysis) is third-party health, BLOCK, even though the purpose is transport."),
    ("fb0067", "Aviso del Hospital Santa Inés: a partir del lunes la cafetería se traslada al segundo piso y la entrada del estacionamiento de visitas cambia a la calle lateral. Gracias por su comprensión.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: the cafeteria is 'transferred' (se traslada), a broadcast about nobody."),
    ("fb0068", "Message for the family of Harold Brandt: he has been discharged to Willow Creek Nursing & Rehab. Belongings left in his room can be picked up at the Security desk until Friday.",
     "REWRITE", "other", "sms", "en",
     [("Harold Brandt", "NAME"), ("Willow Creek Nursing & Rehab", "SPECIALTY")],
     ["physical-therapy", "third-party"], "Decision 6: discharge destination and belongings logistics with only a name and a facility name: REWRITE."),
    ("fb0069", "Your mom's troponin came back normal and the stress test was negative, so Dr. Kaur is discharging her this afternoon. She can go home around 3.",
     "BLOCK", "result", "sms", "en",
     [("troponin", "PROCEDURE"), ("normal", "RESULT"), ("stress test", "PROCEDURE"), ("negative", "RESULT"), ("Dr. Kaur", "PROVIDER")],
     ["cardiology", "third-party"], "A third party's results, normal and negative still count as results (README)."),
    ("fb0070", "Grace Bedford from Patient Transport here - your ride to your follow-up at St. Brigid is booked for a 7:45 AM pickup on Tuesday. Reply C to confirm or call (614) 555-0159.",
     "ALLOW", "confirmation", "sms", "en",
     [("Grace Bedford", "PROVIDER"), ("(614) 555-0159", "PHONE")],
     ["general", "practice-contact"], "Look-alike name: the coordinator Grace Bedford is staff named as sender (decision 9: PROVIDER); transport logistics only."),
    ("fb0071", "Sra. Fuentes, su mamá será trasladada mañana del Hospital San Lucas al Centro de Rehabilitación Los Álamos. Puede llevarle ropa cómoda y zapatos cerrados. Informes: 555-0116.",
     "REWRITE", "other", "sms", "es",
     [("Fuentes", "NAME"), ("Centro de Rehabilitación Los Álamos", "SPECIALTY"), ("555-0116", "PHONE")],
     ["physical-therapy", "third-party", "practice-contact"], "Decision 6: a relative's transfer logistics with a name and a rehab facility name: REWRITE."),
    ("fb0072", "Hi Anita - your grandson Mateo was moved from the PICU to the regular peds floor this morning. His fever is down and he's off oxygen. Dr. Baptiste will round around noon.",
     "BLOCK", "other", "sms", "en",
     [("Anita", "NAME"), ("Mateo", "NAME"), ("PICU", "SPECIALTY"), ("peds", "SPECIALTY"), ("fever", "CONDITION"), ("down", "RESULT"), ("oxygen", "MEDICATION"), ("Dr. Baptiste", "PROVIDER")],
     ["pediatrics", "third-party", "minor"], "A child's condition and treatment sent to a grandparent: BLOCK. Decision 2: PICU and peds floor are SPECIALTY; decision 11: 'down' is a state."),
)

# ---------------------------------------------------------------- batch 7 (fb0073-fb0084): surveys, statements, portal, readmission prevention
add(
    ("fb0073", "How was your recent stay at Harbor Point Community Hospital? Please take our 3-minute survey: hpch.example/survey. Your answers help us improve. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("hpch.example/survey", "URL")],
     ["general", "practice-contact", "contrast"], "Decision 13: the hospital's plain survey link is its own URL; decision 1: a stay at a general hospital is generic."),
    ("fb0074", "Mercy Valley Hospital: tell us about your stay! https://survey.mercyvalley.example/s?pid=88231047&enc=V22-5519 (link expires in 7 days)",
     "REWRITE", "other", "sms", "en",
     [("https://survey.mercyvalley.example/s?pid=88231047&enc=V22-5519", "URL")],
     ["general", "contrast"], "Decision 13 / README: a link with a patient parameter (?pid=) and encounter code is patient-specific -> REWRITE."),
    ("fb0075", "Dear Ms. Delacroix,\n\nCongratulations again, and thank you for spending your first days as a family with us on the Maternity Unit at St. Brigid Medical Center. We'd love to hear how your labor and delivery team did. The survey takes about 4 minutes: https://stbrigid.example/survey\n\nWith best wishes,\nPatient Experience, St. Brigid Medical Center",
     "REWRITE", "other", "email", "en",
     [("Delacroix", "NAME"), ("Maternity", "SPECIALTY"), ("labor and delivery", "SPECIALTY"), ("https://stbrigid.example/survey", "URL")],
     ["reproductive", "practice-contact"], "Decision 2: maternity and labor-and-delivery units reveal reproductive care; the survey request survives."),
    ("fb0076", "Your discharge lab results are available. Hemoglobin 9.8 g/dL (L) - improved from 8.1 on admission. Dr. Nakamura recommends continuing ferrous sulfate 325 mg once daily and rechecking in 2 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Hemoglobin", "PROCEDURE"), ("9.8 g/dL", "RESULT"), ("9.8 g/dL ([[L]])", "RESULT"), ("8.1", "RESULT"), ("Dr. Nakamura", "PROVIDER"), ("ferrous sulfate 325 mg", "MEDICATION")],
     ["lab", "contrast"], "Result and dose inside the secure portal: ALLOW (README channel convention); SMS twin fb0077."),
    ("fb0077", "Your discharge labs: hgb 9.8 (L), up from 8.1. Keep taking ferrous sulfate 325mg daily & recheck in 2 wks. -Dr. Nakamura's office",
     "BLOCK", "result", "sms", "en",
     [("hgb", "PROCEDURE"), ("9.8", "RESULT"), ("9.8 ([[L]])", "RESULT"), ("8.1", "RESULT"), ("ferrous sulfate 325mg", "MEDICATION"), ("Dr. Nakamura", "PROVIDER")],
     ["lab", "contrast", "shorthand"], "Same result and dosing as fb0076, by SMS: BLOCK."),
    ("fb0078", "Your hospital statement is ready. Amount due after insurance: $250.00. Pay online, set up a payment plan, or ask about financial assistance at the Patient Accounts office.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Statement notice with an amount only; decision 1: 'hospital statement' is generic."),
    ("fb0079", "Lakeview Regional: statement for your stay (FIN 40019927) - balance $1,318.44. Questions about charges for your cardiac catheterization? Call 419-555-0108.",
     "REWRITE", "billing", "sms", "en",
     [("40019927", "ACCOUNT"), ("cardiac catheterization", "PROCEDURE"), ("419-555-0108", "PHONE")],
     ["cardiology", "practice-contact"], "Decision 7: a hospital FIN/encounter number is ACCOUNT; the procedure goes; balance and the billing phone survive."),
    ("fb0080", "Transitions RN here: your weight today is 191, that's 4 lbs over your discharge weight of 187. Per Dr. Lowe's plan take an extra furosemide 40mg today and text me your weight tomorrow.",
     "BLOCK", "care-instructions", "sms", "en",
     [("191", "RESULT"), ("4 lbs", "RESULT"), ("187", "RESULT"), ("Dr. Lowe", "PROVIDER"), ("furosemide 40mg", "MEDICATION")],
     ["cardiology"], "Readmission-prevention message with measured values and a dosing instruction. Decision 10: weights are RESULT, the word 'weight' is not labelled."),
    ("fb0081", "New message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI: the safe pattern DESIGN recommends."),
    ("fb0082", "Thank you for trusting Harbor Point Community Hospital with your baby's delivery. Please rate your stay from 1 to 5 by replying to this text.",
     "REWRITE", "other", "sms", "en",
     [("delivery", "PROCEDURE")],
     ["reproductive"], "A survey that reveals childbirth; 'rate your stay' survives. Judgement: 'your baby's' is left to the rewrite, only the procedure word is labelled."),
    ("fb0083", "Subject: Checking in after your hospital stay\n\nDear Mr. Castellano,\n\nIt's been a week since you went home from Pine Ridge General after being treated for sepsis from a urinary tract infection. I wanted to check in and remind you of a few things:\n\n- Finish your cefdinir 300 mg twice a day through Sunday, even if you feel fine.\n- Drink at least 8 glasses of water a day.\n- Your urine culture grew E. coli, which is sensitive to the antibiotic you're taking.\n\nCall me right away at (740) 555-0131 if you have a fever over 100.4, chills or confusion.\n\nTake care,\nHolly Brennan, RN\nTransitions Nurse, Pine Ridge General Hospital",
     "BLOCK", "care-instructions", "email", "en",
     [("Castellano", "NAME"), ("sepsis", "CONDITION"), ("urinary tract infection", "CONDITION"), ("cefdinir 300 mg", "MEDICATION"), ("urine culture", "PROCEDURE"), ("E. coli", "RESULT"), ("sensitive", "RESULT"), ("antibiotic", "MEDICATION"), ("(740) 555-0131", "PHONE"), ("fever", "CONDITION"), ("chills", "CONDITION"), ("confusion", "CONDITION"), ("Holly Brennan, RN", "PROVIDER")],
     ["primary-care", "practice-contact"], "Diagnosis, culture result and dosing in an e-mail: BLOCK. Decision 11: the organism and 'sensitive' are RESULT; 100.4 is a threshold, not the patient's value, and is not labelled."),
    ("fb0084", "Reminder: our free Caregiver Coffee Hour is this Thursday at 10 AM in the Bedford Room, 2nd floor. Learn about community resources and meet other family caregivers. All are welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Bedford Room' is a meeting room, not a name; a broadcast to everyone."),
)

# ---------------------------------------------------------------- batch 8 (fb0085-fb0096): disguises, Spanish, long e-mails, hospice
add(
    ("fb0085", "Your c-a-r-d-i-a-c r-e-h-a-b orientation is Tues at 10. Bring sneakers + your med list. - Lakeview Transitions",
     "REWRITE", "reminder", "sms", "en",
     [("c-a-r-d-i-a-c r-e-h-a-b", "PROCEDURE")],
     ["cardiology", "spaced"], "Hyphen-spaced program name (cardiac rehab); the orientation reminder survives without it."),
    ("fb0086", "Reminder: start \u0415liquis 5 mg twice daily tonight - it's your new blood thinner for the DVT in your leg. Don't skip doses. - Transitions Pharmacy",
     "BLOCK", "care-instructions", "sms", "en",
     [("\u0415liquis 5 mg", "MEDICATION"), ("blood thinner", "MEDICATION"), ("DVT", "CONDITION")],
     ["pharmacy"], "Dosing instruction and diagnosis; the brand's first letter is a Cyrillic look-alike (U+0415)."),
    ("fb0087", "Centro Médico del Valle: le recordamos su cita de seguimiento con la Dra. Saldívar el 22 de octubre a las 16:00. Favor de llegar 15 min antes. Responda 1 para confirmar o 2 para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Saldívar", "PROVIDER"), ("22 de octubre", "DATE")],
     ["primary-care"], "Provider, date and time from a generic practice name; '15 min' is not a date."),
    ("fb0088", "Hola Maribel, soy la enfermera Rocío del Hospital San Lucas. El cultivo de la herida salió positivo a estafilococo. El Dr. Lozano le mandó cefalexina 500 mg cada 6 horas por 10 días; pase hoy por la receta.",
     "BLOCK", "result", "sms", "es",
     [("Maribel", "NAME"), ("enfermera Rocío", "PROVIDER"), ("cultivo de la herida", "PROCEDURE"), ("positivo", "RESULT"), ("estafilococo", "RESULT"), ("Dr. Lozano", "PROVIDER"), ("cefalexina 500 mg", "MEDICATION")],
     ["primary-care", "lab"], "Culture result and antibiotic dosing: BLOCK. Decision 11: the organism grown is a RESULT."),
    ("fb0089", "Mr. Aurelio Santos, your home physical therapy visit is Wed 9/3 between 10 and 12. Your therapist, Ivan, will call before he arrives. - Vida Home Health",
     "REWRITE", "reminder", "sms", "en",
     [("Aurelio Santos", "NAME"), ("physical therapy", "PROCEDURE"), ("9/3", "DATE"), ("Ivan", "PROVIDER"), ("Vida Home Health", "SPECIALTY")],
     ["home-health", "physical-therapy"], "Decision 12: therapy received is PROCEDURE; home-health name is SPECIALTY; the therapist is PROVIDER. The visit window survives."),
    ("fb0090", "Asunto: Información para su salida del hospital\n\nEstimado paciente:\n\nGracias por elegir el Hospital Santa Inés. Antes de irse a casa, revise estos puntos:\n\n1. Documentos: pida su resumen de alta y sus recetas en la estación de enfermería.\n2. Farmacia: puede surtir sus recetas en la farmacia de planta baja, abierta de 7 a 22 h.\n3. Estacionamiento: presente su boleto en Caja para el descuento de pacientes.\n4. Portal: consulte sus resultados y citas en www.hsi.example/portal.\n\nSi después de su salida tiene dudas, llame a nuestra línea de seguimiento al 555-0145, de lunes a sábado de 8 a 20 h.\n\nAtentamente,\nDirección de Atención al Paciente",
     "ALLOW", "care-instructions", "email", "es",
     [("www.hsi.example/portal", "URL"), ("555-0145", "PHONE")],
     ["general", "practice-contact", "broadcast"], "Generic going-home checklist sent to every discharged patient; decision 1: 'resumen de alta' is generic; the hospital's own link and phone."),
    ("fb0091", "Subject: Update on your mother's care\n\nDear Mr. Halvorsen,\n\nI'm writing from the palliative care team at Lakeview Regional Medical Center. As we discussed at yesterday's family meeting, your mother, Ingrid, will be discharged tomorrow to Evergreen Hospice House. Her doctors agree that the cancer has spread to her liver and that comfort care is now the goal.\n\nShe will receive morphine through a small pump for pain, and the hospice nurse will adjust it as needed. Visiting at Evergreen is open 24 hours, and pets are welcome.\n\nPlease call me at (419) 555-0196 with any questions.\n\nWith sympathy,\nOwen Pike, LCSW\nPalliative Care Social Worker",
     "BLOCK", "other", "email", "en",
     [("Halvorsen", "NAME"), ("palliative care", "SPECIALTY"), ("Ingrid", "NAME"), ("Evergreen Hospice House", "SPECIALTY"), ("cancer", "CONDITION"), ("spread to her liver", "RESULT"), ("comfort care", "PROCEDURE"), ("morphine", "MEDICATION"), ("pump", "PROCEDURE"), ("pain", "CONDITION"), ("hospice", "SPECIALTY"), ("Evergreen", "SPECIALTY", 1), ("(419) 555-0196", "PHONE"), ("Owen Pike, LCSW", "PROVIDER"), ("Palliative Care", "SPECIALTY")],
     ["oncology", "third-party", "practice-contact"], "A relative's prognosis and treatment: third-party health, BLOCK. Decision 3: hospice names are SPECIALTY (the short 'Evergreen' too); decision 4: the pump is a device."),
    ("fb0092", "Buenos días, le llamamos del Hospital Santa Inés para darle seguimiento después de su salida del hospital. Por favor devuélvanos la llamada al 555-0183, extensión 2, de lunes a viernes de 8 a 17 h. Gracias.",
     "ALLOW", "other", "voice", "es",
     [("555-0183", "PHONE")],
     ["general", "practice-contact"], "Call-back request with the hospital's own number; decision 1: 'salida del hospital' is generic."),
    ("fb0093", "hi its Keisha from St Brigid transitions, just confirming ur f/u w cardiolgy is tmrw 2pm w Dr Ferro. pls bring ur dischrge papers",
     "REWRITE", "confirmation", "sms", "en",
     [("Keisha", "PROVIDER"), ("cardiolgy", "SPECIALTY"), ("Dr Ferro", "PROVIDER")],
     ["cardiology", "typo", "shorthand"], "Misspelled specialty in staff shorthand; decision 9: the sender is PROVIDER. The confirmation survives."),
    ("fb0094", "Alert from your remote monitoring program: your BP this morning was 178/102. Please take your evening amlodipine now and call the transitions nurse today.",
     "BLOCK", "result", "push", "en",
     [("remote monitoring", "PROCEDURE"), ("BP", "PROCEDURE"), ("178/102", "RESULT"), ("amlodipine", "MEDICATION")],
     ["cardiology"], "A measured value and a dosing instruction in a push alert: BLOCK. Decision 4: remote monitoring is a named program."),
    ("fb0095", "Lost & Found: items left behind after a hospital stay are held at the Security desk for 30 days. Bring a photo ID to claim them.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast about belongings; '30 days' is not a date."),
    ("fb0096", "Rosalind, your ride home from Oakmont Skilled Nursing is set for discharge day, Sat 8/16, 11 AM. Your daughter Fiona will meet you at the front door.",
     "REWRITE", "other", "sms", "en",
     [("Rosalind", "NAME"), ("Oakmont Skilled Nursing", "SPECIALTY"), ("8/16", "DATE"), ("Fiona", "NAME")],
     ["physical-therapy"], "Decision 3: the skilled-nursing facility name is SPECIALTY; the patient's and daughter's names go; the ride logistics survive."),
)

# ---------------------------------------------------------------- batch 9 (fb0097-fb0108): identifiers, behavioral health, substance use, home visits
add(
    ("fb0097", "To verify your identity for the post-discharge call: is this Irene Castillo, DOB 04/11/1939? Reply YES or call (505) 555-0105.",
     "BLOCK", "other", "sms", "en",
     [("Irene Castillo", "NAME"), ("04/11/1939", "DATE"), ("(505) 555-0105", "PHONE")],
     ["general", "dob", "practice-contact"], "A full date of birth with the patient's name: BLOCK (README)."),
    ("fb0098", "For your follow-up call please have ready your hospital ID (MRN 7730218) and the date of birth we have on file, 09/30/1951. If either is wrong, please call Registration.",
     "REWRITE", "other", "sms", "en",
     [("7730218", "MRN"), ("09/30/1951", "DATE")],
     ["general", "dob"], "A date of birth without a name is REWRITE (README); the MRN is not needed by text."),
    ("fb0099", "Oakmont Skilled Nursing & Rehab admissions: we have your Medicare number as 3TK7-QW2-HP58. Please confirm by reply or bring your card when you arrive.",
     "REWRITE", "other", "sms", "en",
     [("Oakmont Skilled Nursing & Rehab", "SPECIALTY"), ("3TK7-QW2-HP58", "HEALTH_PLAN_ID")],
     ["physical-therapy"], "Decision 7: a Medicare number is HEALTH_PLAN_ID and REWRITE (not SSN-grade); decision 3: the SNF name is SPECIALTY. 'Bring your card' survives."),
    ("fb0100", "The transition to our new phone system is complete. If you call the main number and hear a new menu, don't worry - your call will still reach the right team.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a 'transition' to a phone system, no number given."),
    ("fb0101", "Your discharge plan from the Harbor Point inpatient psych unit: outpatient therapy at Cedar Grove Counseling starts 3/9, and keep taking lithium 300 mg twice a day. If you're in crisis, call or text 988.",
     "BLOCK", "care-instructions", "sms", "en",
     [("psych", "SPECIALTY"), ("outpatient therapy", "PROCEDURE"), ("Cedar Grove Counseling", "SPECIALTY"), ("3/9", "DATE"), ("lithium 300 mg", "MEDICATION")],
     ["behavioral-health"], "Behavioral-health discharge plan with a dosing instruction: BLOCK. Decision 2: the psych unit is SPECIALTY; 988 is not a phone identifier (README)."),
    ("fb0102", "New Horizons Recovery: your intake for our outpatient program after your hospital detox is Mon 10/6 at 9:30 AM. Bring ID and your insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("New Horizons Recovery", "SPECIALTY"), ("detox", "PROCEDURE"), ("10/6", "DATE")],
     ["substance-use"], "Substance-use program name and detox go (Part 2); the intake appointment survives. Judgement: 'outpatient program' alone is generic once the recovery name is gone."),
    ("fb0103", "Reminder: Dr. Amankwah's office will call you Tuesday to check in after your hospital stay. If you'd rather call us, our number is (608) 555-0113.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Amankwah", "PROVIDER"), ("(608) 555-0113", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 1: a check-in after a hospital stay reveals no condition; provider and practice phone are allowed."),
    ("fb0104", "Asunto: Seguimiento después de su hospitalización\n\nEstimado Sr. Maldonado:\n\nLe escribe la enfermera Beatriz Solís, del programa de transiciones de la Clínica Familiar Las Palmas. Como usted estuvo internado por insuficiencia cardiaca, es muy importante que:\n\n• Se pese todas las mañanas después de orinar y antes de desayunar.\n• Si sube más de 1 kg en un día o 2 kg en una semana, tome una tableta extra de furosemida de 40 mg y llámenos.\n• No consuma más de 2 gramos de sal al día.\n\nSu próxima cita es el 12 de febrero con el Dr. Varela. Cualquier duda, al 555-0172.\n\nSaludos cordiales,\nBeatriz Solís, RN",
     "BLOCK", "care-instructions", "email", "es",
     [("Maldonado", "NAME"), ("enfermera Beatriz Solís", "PROVIDER"), ("insuficiencia cardiaca", "CONDITION"), ("furosemida de 40 mg", "MEDICATION"), ("12 de febrero", "DATE"), ("Dr. Varela", "PROVIDER"), ("555-0172", "PHONE"), ("Beatriz Solís, RN", "PROVIDER")],
     ["cardiology", "practice-contact"], "Diagnosis and a conditional dosing instruction by e-mail: BLOCK. Judgement: 'de 40 mg' written right after the drug goes in the MEDICATION span."),
    ("fb0105", "Resumen de alta - Hospital San Lucas\nDiagnóstico principal: neumonía adquirida en la comunidad\nAntibiótico: amoxicilina/ácido clavulánico 875 mg cada 12 horas por 5 días más\nCita de control: Dra. Ibarra, 2 de marzo, 10:00",
     "ALLOW", "care-instructions", "portal", "es",
     [("neumonía adquirida en la comunidad", "CONDITION"), ("Antibiótico", "MEDICATION"), ("amoxicilina/ácido clavulánico 875 mg", "MEDICATION"), ("Dra. Ibarra", "PROVIDER"), ("2 de marzo", "DATE")],
     ["primary-care"], "Discharge summary inside the secure portal: diagnosis and dose may stay (README channel convention). 'Antibiótico' is a drug class (MEDICATION)."),
    ("fb0106", "Hi Desmond, the oncology nurse navigator from Summit Cancer Center will call you this week to plan next steps after your hospital discharge. Save our number: 555-0190.",
     "REWRITE", "other", "sms", "en",
     [("Desmond", "NAME"), ("oncology", "SPECIALTY"), ("Summit Cancer Center", "SPECIALTY"), ("555-0190", "PHONE")],
     ["oncology", "practice-contact"], "Oncology role and cancer-centre name go; the call notice survives."),
    ("fb0107", "Volunteer opportunity: help patients find their way on discharge day! Our Wayfinding Ambassadors work 4-hour shifts in the main lobby. Sign up at the Volunteer Office.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Recruitment broadcast; 'discharge day' is about no one."),
    ("fb0108", "Subject: Home safety visit after your discharge\n\nDear Mr. Fairbanks,\n\nAs part of our transitional care program, Elena Cordova, OT, will come to your home for a home safety evaluation on Wednesday, October 8, between 1 and 3 PM. We have your address as 77 Quarry Hill Rd, Unit 5, Millbrook, NY 12545. If that has changed, please let us know.\n\nYour hospital record number is MRN 00918273; please have it handy if you call us about this visit.\n\nTo reschedule, call (845) 555-0144, Monday through Friday, 8:30 to 4:30.\n\nSincerely,\nCare Transitions Office\nMillbrook Community Hospital",
     "REWRITE", "reminder", "email", "en",
     [("Fairbanks", "NAME"), ("Elena Cordova", "PROVIDER"), ("Cordova, [[OT]]", "SPECIALTY"), ("home safety evaluation", "PROCEDURE"), ("October 8", "DATE"), ("77 Quarry Hill Rd, Unit 5, Millbrook, NY 12545", "ADDRESS"), ("00918273", "MRN"), ("(845) 555-0144", "PHONE")],
     ["home-health", "practice-contact"], "Home-visit logistics survive without the name, the patient's address and MRN. README: a credential naming a specialty (OT) is its own SPECIALTY span; decision 4: the home safety evaluation is a named service; decision 1: 'transitional care' is generic."),
)

# ---------------------------------------------------------------- batch 10 (fb0109-fb0120): look-alikes, Spanish, SNF summaries, newborn follow-up
add(
    ("fb0109", "Gracias por su comentario sobre el estacionamiento. Le damos seguimiento: ya ampliamos el horario del valet de 6 a 22 h. Atentamente, Atención al Paciente, Centro Médico del Valle",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Look-alike: 'seguimiento' to a complaint about parking, nothing clinical."),
    ("fb0110", "Now hiring: Transfer Center coordinators and Discharge Lounge aides, full and part time. Ask any volunteer at the info desk for an application or visit the HR office, ground floor.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Job posting broadcast; 'Transfer Center' and 'Discharge Lounge' are departments, about no patient."),
    ("fb0111", "Sr. Domínguez, su esposa Leticia salió bien de la cirugía de bypass. La pasaron a terapia intensiva para vigilarla esta noche; el cardiólogo hablará con ustedes a las 8.",
     "BLOCK", "other", "sms", "es",
     [("Domínguez", "NAME"), ("Leticia", "NAME"), ("salió bien", "RESULT"), ("cirugía de bypass", "PROCEDURE"), ("terapia intensiva", "SPECIALTY"), ("cardiólogo", "SPECIALTY")],
     ["cardiology", "third-party"], "A spouse's surgery, outcome and ICU stay: third-party health, BLOCK. Decision 2: 'terapia intensiva' is SPECIALTY; decision 11: 'salió bien' is a result."),
    ("fb0112", "Hola Julián, tu cita de seguimiento con ortopedia por la fractura de tobillo es el 5/12 a las 3 pm. Trae las radiografías que te dieron en el hospital.",
     "REWRITE", "reminder", "sms", "es",
     [("Julián", "NAME"), ("ortopedia", "SPECIALTY"), ("fractura de tobillo", "CONDITION"), ("5/12", "DATE"), ("radiografías", "PROCEDURE")],
     ["orthopedics"], "A diagnosis used as the reason for a visit is removable (README: diagnosis as visit label -> REWRITE); the appointment survives."),
    ("fb0113", "Las Palmas Family Clinic: your post-hospital follow-up is Monday, November 17 at 9:30 AM with Dr. Varela. Please bring your discharge summary and all your medicines.",
     "ALLOW", "reminder", "sms", "en",
     [("November 17", "DATE"), ("Dr. Varela", "PROVIDER")],
     ["primary-care"], "Decisions 1 and 8: a post-hospital follow-up and 'bring all your medicines' are generic; provider and date are allowed."),
    ("fb0114", "Resultado de su biopsia de colon tomada durante su internamiento: adenocarcinoma. La Dra. Pardo, oncóloga, lo verá el 9 de junio. Tel. del consultorio: 555-0124.",
     "BLOCK", "result", "sms", "es",
     [("biopsia de colon", "PROCEDURE"), ("adenocarcinoma", "CONDITION"), ("Dra. Pardo", "PROVIDER"), ("oncóloga", "SPECIALTY"), ("9 de junio", "DATE"), ("555-0124", "PHONE")],
     ["oncology", "practice-contact"], "A cancer diagnosis from a biopsy is the message. Decision 11: a diagnosis reported by a biopsy is CONDITION."),
    ("fb0115", "Este es un mensaje automático de Farmacia Especializada Vitalis para Graciela Moreno. Su medicamento de alta, Xarelto 20 mg, está listo para entrega a domicilio. Llame al 555-0179 para programar la entrega.",
     "REWRITE", "pickup", "voice", "es",
     [("Farmacia Especializada Vitalis", "SPECIALTY"), ("Graciela Moreno", "NAME"), ("Xarelto 20 mg", "MEDICATION"), ("555-0179", "PHONE")],
     ["pharmacy", "practice-contact"], "Specialty-pharmacy name (README), patient name and drug go; the home-delivery notice survives."),
    ("fb0116", "Subject: Going home from the hospital? 5 questions to ask first\n\nHello from Alder Creek Health!\n\nLeaving the hospital can feel rushed. Before you or a loved one head home, ask the care team:\n\n1. What changed in my medicines, and why?\n2. Who do I call with questions tonight, and who do I call next week?\n3. When is my follow-up appointment, and with whom?\n4. What warning signs mean I should call right away?\n5. Do I need any equipment or help at home?\n\nWrite the answers down, or ask a family member to. You can find a printable checklist at alder-creek.example/goinghome.\n\nOne more tip: keep your discharge papers in one folder by the phone, with the pharmacy's hours and the name of the nurse who called you after you got home. Our free Going Home Well class meets the first Tuesday of every month in the Community Room; family members are welcome.\n\nTo stop receiving these tips, reply UNSUBSCRIBE.\n\nAlder Creek Health Community Education",
     "ALLOW", "marketing", "email", "en",
     [("alder-creek.example/goinghome", "URL")],
     ["general", "broadcast", "practice-contact"], "Educational newsletter sent to everyone; nothing about the recipient; the practice's own link."),
    ("fb0117", "Subject: Your discharge summary from Willow Creek\n\nDear Ms. Nakashima,\n\nAs you requested, here is a copy of your discharge summary. You were with us at Willow Creek Nursing & Rehab for 21 days of therapy after your left hip fracture and surgery at Mercy Valley.\n\nAt discharge you walk 150 feet with a rolling walker and need standby help on stairs. Continue:\n- tramadol 50 mg every 6 hours as needed for pain\n- enoxaparin 40 mg injection daily through 6/30\n- home exercise program twice a day\n\nHome health PT from Sunrise Home Health will start within 48 hours. Your orthopedic follow-up is 6/24 with Dr. Langley.\n\nSincerely,\nMarisol Greer, DPT\nWillow Creek Nursing & Rehab",
     "BLOCK", "care-instructions", "email", "en",
     [("Willow Creek", "SPECIALTY", 0), ("Nakashima", "NAME"), ("Willow Creek Nursing & Rehab", "SPECIALTY", 0), ("hip fracture", "CONDITION"), ("150 feet", "RESULT"), ("rolling walker", "PROCEDURE"), ("tramadol 50 mg", "MEDICATION"), ("pain", "CONDITION"), ("enoxaparin 40 mg injection", "MEDICATION"), ("6/30", "DATE"), ("home exercise program", "PROCEDURE"), ("Home health", "SPECIALTY"), ("PT", "PROCEDURE"), ("Sunrise Home Health", "SPECIALTY"), ("orthopedic", "SPECIALTY"), ("6/24", "DATE"), ("Dr. Langley", "PROVIDER"), ("Marisol Greer", "PROVIDER"), ("Greer, [[DPT]]", "SPECIALTY"), ("Willow Creek Nursing & Rehab", "SPECIALTY", 1)],
     ["physical-therapy", "orthopedics"], "SNF discharge summary with diagnosis, functional finding and dosing, e-mailed at the patient's request: still BLOCK by e-mail (README: e-mail is treated like SMS). Judgement: a measured walking distance is a RESULT; DPT is a specialty credential (README)."),
    ("fb0118", "Your ride to your follow-up appointment on 12/04 is confirmed. The driver will arrive 45-60 minutes before your appointment time. To cancel, call (740) 555-0199.",
     "ALLOW", "confirmation", "sms", "en",
     [("12/04", "DATE"), ("(740) 555-0199", "PHONE")],
     ["general", "practice-contact"], "Transport confirmation with a date and the scheduler's number."),
    ("fb0119", "Pine Ridge General: Valentina's NICU graduate follow-up at the Pediatric Clinic is 1/8 at 10:00 with Dr. Osei-Bonsu. Please bring her car seat.",
     "REWRITE", "reminder", "sms", "en",
     [("Valentina", "NAME"), ("NICU", "SPECIALTY"), ("Pediatric Clinic", "SPECIALTY"), ("1/8", "DATE"), ("Dr. Osei-Bonsu", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's appointment logistics with a name and specialty words: REWRITE (README). Decision 2: NICU is SPECIALTY."),
    ("fb0120", "Message from Dr. Greaves: your discharge CT showed the appendix abscess is smaller. Finish the Augmentin 875 twice a day and no lifting over 10 lbs for 2 weeks.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Greaves", "PROVIDER"), ("CT", "PROCEDURE"), ("appendix abscess", "CONDITION"), ("smaller", "RESULT"), ("Augmentin 875", "MEDICATION")],
     ["imaging", "primary-care"], "An imaging finding and a dosing instruction: BLOCK. Decision 11: 'smaller' is the finding."),
)

probe_lib.run(M, "fb", "probe155.jsonl")
