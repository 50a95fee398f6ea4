#!/usr/bin/env python3
"""Build corpus/probe32.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe32.py [OUT] [-v]   (default: probe32.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is CHRONIC DISEASE MANAGEMENT: diabetes (A1c, insulin, GLP-1s, CGMs, meters and
strips, foot and eye exams, DSMES classes), heart failure (daily weights, diuretics, echo and
ejection fraction, HF programs, cardiac rehab, pacemaker checks), COPD and asthma (spirometry,
inhalers, nebulizers, action plans, home oxygen, pulmonary rehab, air-quality broadcasts),
chronic kidney disease and dialysis (chair times, monthly dialysis labs, fistulas, home dialysis
training, renal diet, transplant referral), hypertension (home BP readings, cuffs, 24-hour
monitors, dose changes), anticoagulation clinics (INR checks, warfarin dosing, DOAC pickups,
peri-procedure holds), care managers and nurse navigators (transition-of-care calls, check-ins,
care plans), nutrition and education classes, remote monitoring alerts, and refills and lab
reminders for long-term conditions; with caregivers as recipients, hard negatives (broadcasts,
kidney beans, blood drives, "no pressure"), four disguised messages and 19 Spanish messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A proper name of a clinic, center or program that names a disease, organ or drug
     (`Coumadin Clinic`, `Anticoagulation Clinic`, `Riverside Kidney Center`,
     `Diabetes and Endocrine Center`, `Heart Failure Program`, `Clínica del Corazón`) is one
     SPECIALTY span, like `Positive Living Clinic`; in a lower-case descriptive phrase only the
     revealing word is labelled (`the ⟦anticoagulation|SPECIALTY⟧ clinic`,
     `the ⟦HF|CONDITION⟧ program`).
  2. Service-line words for chronic-care specialties are SPECIALTY like `cardiology`:
     anticoagulation, nephrology, pulmonary, `vascular` in `cirujano vascular` (the surgeon word
     itself stays generic), `podólogo`; `diabetes educator` is a role word that names a specialty
     (SPECIALTY). Care manager, care coordinator, nurse navigator, dietitian/RD and nutrition
     services are generic roles and are not labelled.
  3. Devices and supplies are PROCEDURE (glucose meter, CGM and `Dexcom G7 sensors`, test strips,
     lancets, BP cuff/monitor, nebulizer, PD cycler); an inhaler is a drug form and is MEDICATION
     (`your ⟦inhaler|MEDICATION⟧`); in Spanish a form word written right before the brand goes
     with it (`⟦inhalador Breo Ellipta|MEDICATION⟧`), the mirror of the English order.
  4. The measure named in a reading is PROCEDURE (`⟦blood pressure|PROCEDURE⟧ readings`,
     `your ⟦sugars|PROCEDURE⟧`, `el ⟦azúcar|PROCEDURE⟧`, `⟦O2 sat|PROCEDURE⟧`), following the
     README's `home ⟦BP|PROCEDURE⟧ log`; its value, trend or state is RESULT (`⟦up 4 lb|RESULT⟧`,
     `⟦falling|RESULT⟧`, `⟦in range|RESULT⟧`, `⟦not dropping|RESULT⟧`, `⟦stage 3|RESULT⟧` of CKD),
     and so are the patient's own goals and target ranges (`goal ⟦2-3|RESULT⟧`).
  5. A third party's treatment that itself reveals a condition (a mother's dialysis chair time)
     is BLOCK, not the REWRITE the README gives a dependent's routine visit: dialysis is not a
     routine visit type, and the message is about the relative's health.
  6. Fasting or timing instructions before a named test are REWRITE (logistics, the test name
     goes); holding or skipping a medication before a test or procedure is a dosing instruction
     (BLOCK). "Labs needed before we refill X" is logistics (REWRITE).
  7. A named transport driver and a staff sender are workforce (PROVIDER), not patients.
  8. Broadcasts to every patient may name conditions and classes (diabetes workshops, air-quality
     advice for anyone with asthma/COPD, kidney beans at the pantry): ALLOW, no span. A dialysis
     unit's weather notice to all of its patients that does not name the service is ALLOW too.
  9. Remote-monitoring and device-app alerts follow the same rules as staff messages: a value or
     finding is BLOCK whoever sends it. A device serial number is DEVICE_ID; a supply vendor's
     order number is OTHER_ID; the vendor's own pickup address is ADDRESS (allowed), a patient's
     delivery address is ADDRESS that must go (REWRITE).
 10. `Medicare annual wellness` is labelled PROCEDURE (README: Medicare wellness reveals), while
     a plain "annual wellness visit" stays generic.
 11. A generic "bring your medicines, vitamins and inhalers" line in boilerplate sent to everyone
     is not labelled.
 12. Service tags: the README has none for pulmonology, endocrinology or nephrology clinics
     outside dialysis; those lines carry `primary-care` (chronic-disease management), and
     anticoagulation clinics carry `cardiology`; DME and remote-monitoring vendors carry
     `home-health`.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
the SSN and the Medicare number are well-known specimen values. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ai0001-ai0012): diabetes
add(
    ("ai0001", "Oakridge Internal Medicine: Reminder - you have an appointment with Dr. Farah Siddiqui on Mon 2/9 at 8:15 AM. Please arrive 15 min early and bring all your medication bottles.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Farah Siddiqui", "PROVIDER"), ("2/9", "DATE")],
     ["primary-care"], "Generic practice, provider, date and time; 'medication bottles' names no drug."),
    ("ai0002", "Hi Desmond, you're due for your A1c. Stop by the lab at Oakridge Internal Medicine any weekday 7-11am, no appointment needed. No fasting required.",
     "REWRITE", "recall", "sms", "en",
     [("Desmond", "NAME"), ("A1c", "PROCEDURE")],
     ["lab", "primary-care"], "Name and the named test go; the lab-visit logistics survive."),
    ("ai0003", "Dr. Lindqvist reviewed your labs: HbA1c 9.4%, up from 8.1% in March. She'd like to add Jardiance 10 mg daily - please call us to talk it over. -Brookfield Primary Care",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("HbA1c", "PROCEDURE"), ("9.4%", "RESULT"), ("8.1%", "RESULT"), ("Jardiance 10 mg", "MEDICATION")],
     ["primary-care"], "Result values and a new drug plan: the clinical content is the message; send a portal notice."),
    ("ai0004", "CareWay Pharmacy: Your Ozempic 0.5 mg pen is ready for pickup. Prescriptions not picked up within 7 days are returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("Ozempic 0.5 mg pen", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice goes; the form word 'pen' right after the strength goes with it."),
    ("ai0005", "Everyone is welcome at our free Diabetes Prevention workshop, Thursdays in March, 6-7pm in the Community Room. Bring a friend! No sign-up needed. - Westbrook Family Health",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every patient and their friends; says nothing about the recipient (decision 8)."),
    ("ai0006", "Hi Mr. Pham, its nurse Ilse from Dr. Carvalho's office. The sugars in the log you sent are running 250-300. Please increase your Lantus to 24 units at bedtime starting tonite and text us your fasting numbers Fri.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pham", "NAME"), ("nurse Ilse", "PROVIDER"), ("Dr. Carvalho", "PROVIDER"), ("sugars", "PROCEDURE"), ("250-300", "RESULT"), ("Lantus", "MEDICATION")],
     ["primary-care", "typo"], "Readings and an insulin dose change; 'sugars' is the measure (decision 4), the dose written later stays outside the drug span."),
    ("ai0007", "Dear Ms. Abernathy-Cole,\n\nThank you for signing up! You are registered for the Diabetes Self-Management Education (DSMES) series at Lakeshore Internal Medicine. The first of four sessions is Tuesday, March 3, from 6:00 to 8:00 PM in Conference Room 210 (second floor, past the lab). A family member or support person is welcome to join you.\n\nPlease bring your glucose meter, your current medication list and a notebook. Light snacks are provided. Parking in the north garage is validated at the front desk.\n\nIf you need to cancel, call us at (312) 555-0124 at least 24 hours ahead so we can offer your seat to someone on the waitlist.\n\nWarm regards,\nJoanne Petrakis, RN\nPatient Education, Lakeshore Internal Medicine",
     "REWRITE", "reminder", "email", "en",
     [("Abernathy-Cole", "NAME"), ("Diabetes Self-Management Education", "PROCEDURE"), ("DSMES", "PROCEDURE"), ("March 3", "DATE"), ("glucose meter", "PROCEDURE"), ("(312) 555-0124", "PHONE"), ("Joanne Petrakis, RN", "PROVIDER")],
     ["primary-care", "practice-contact"], "Enrollment in a named diabetes program is the recipient's own: name, program and meter go (decision 3); date, room and the practice's phone survive."),
    ("ai0008", "We received your refill request. Most refills are ready within 2 business days and we'll text you when yours is. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Generic refill acknowledgement; 'refill' is a generic word."),
    ("ai0009", "Sra. Villalobos, le escribimos de la Clínica San Judas. Sus resultados: glucosa en ayunas 182 mg/dL y hemoglobina A1c de 8.6%. La Dra. Quintero quiere verla esta semana. Llámenos al (312) 555-0147.",
     "BLOCK", "result", "sms", "es",
     [("Villalobos", "NAME"), ("glucosa en ayunas", "PROCEDURE"), ("182 mg/dL", "RESULT"), ("hemoglobina A1c", "PROCEDURE"), ("8.6%", "RESULT"), ("Dra. Quintero", "PROVIDER"), ("(312) 555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Glucose and A1c values with the patient's name: results must go through the portal."),
    ("ai0010", "Hola Don Aurelio, le recordamos su cita para el examen de pie diabético con el podólogo el jueves 14 de mayo a las 9:00 am. Clínica Familiar del Valle. Conteste 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Aurelio", "NAME"), ("examen de pie diabético", "PROCEDURE"), ("podólogo", "SPECIALTY"), ("14 de mayo", "DATE")],
     ["primary-care"], "Condition-named exam (like 'diabetic foot exam') and the podiatrist role go (decision 2); date and time survive."),
    ("ai0011", "ur 1nsul1n p3ns r ready 4 pickup @ Hillside Pharmacy. open til 9 tonite",
     "REWRITE", "pickup", "sms", "en",
     [("1nsul1n p3ns", "MEDICATION")],
     ["pharmacy", "leet", "shorthand"], "Leetspeak insulin pens in a pickup notice; the drug and its form word go."),
    ("ai0012", "Brookfield Primary Care: You have 1 new secure message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["primary-care", "hard-negative"], "Notification without PHI: says a message exists, not what it says."),
)

# ---------------------------------------------------------------- batch 2 (ai0013-ai0024): heart failure and cardiology
add(
    ("ai0013", "Pinecrest Heart & Vascular: reminder of ur heart failure clinic visit w/ NP Okafor on 4/21 at 10:30am. Pls bring all ur med bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Heart & Vascular", "SPECIALTY"), ("heart failure", "CONDITION"), ("NP Okafor", "PROVIDER"), ("4/21", "DATE")],
     ["cardiology", "shorthand"], "Cardiology practice name and a diagnosis used as a visit label go; NP, date and time survive."),
    ("ai0014", "HF nurse line: your scale sent 187.4 lb this AM, up 4 lb since Tues. Take an extra furosemide 40mg today per Dr. Brandt & call us by noon.",
     "BLOCK", "care-instructions", "sms", "en",
     [("HF", "CONDITION"), ("187.4 lb", "RESULT"), ("up 4 lb", "RESULT"), ("furosemide 40mg", "MEDICATION"), ("Dr. Brandt", "PROVIDER")],
     ["cardiology", "shorthand"], "Remote-monitoring weight, its trend and a diuretic dose instruction (decisions 4 and 9)."),
    ("ai0015", "After your visit today with Dr. Brandt: your echo showed an ejection fraction of 35%. Continue carvedilol 12.5 mg twice daily, keep sodium under 2,000 mg a day and fluids under 2 liters, and weigh yourself every morning. Follow up in 6 weeks.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Brandt", "PROVIDER"), ("echo", "PROCEDURE"), ("ejection fraction", "PROCEDURE"), ("35%", "RESULT"), ("carvedilol 12.5 mg", "MEDICATION")],
     ["cardiology", "contrast"], "Inside the secure portal a finding and dosing may stay (README channel convention); same text by e-mail is ai0016."),
    ("ai0016", "After your visit today with Dr. Brandt: your echo showed an ejection fraction of 35%. Continue carvedilol 12.5 mg twice daily, keep sodium under 2,000 mg a day and fluids under 2 liters, and weigh yourself every morning. Follow up in 6 weeks.",
     "BLOCK", "care-instructions", "email", "en",
     [("Dr. Brandt", "PROVIDER"), ("echo", "PROCEDURE"), ("ejection fraction", "PROCEDURE"), ("35%", "RESULT"), ("carvedilol 12.5 mg", "MEDICATION")],
     ["cardiology", "contrast"], "E-mail is treated like SMS: an EF value and dosing are the message; portal notice instead (contrast of ai0015)."),
    ("ai0017", "Hi Rosalind! Pinecrest cardiac rehab here. Your first session is Mon 3/2 at 7am - wear sneakers & comfy clothes. Questions? Call (608) 555-0162.",
     "REWRITE", "reminder", "sms", "en",
     [("Rosalind", "NAME"), ("cardiac rehab", "PROCEDURE"), ("3/2", "DATE"), ("(608) 555-0162", "PHONE")],
     ["cardiology", "practice-contact"], "Name and the rehab program go; date, time, dress advice and the practice's phone survive. 'Pinecrest' alone is a generic name."),
    ("ai0018", "Lace up! Join Team Pinecrest at the Heart Walk this Saturday, 9am at Lakefront Park. Free T-shirts at the front desk while they last.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A charity walk broadcast; 'Heart' is an event name, a park is not an address of anyone."),
    ("ai0019", "Hello, this is Pinecrest Heart and Vascular calling with a reminder for Leonard Ostrowski. Your pacemaker check is scheduled for Wednesday, June 10th at 1:40 PM. Press 1 to confirm or 2 to reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Pinecrest Heart and Vascular", "SPECIALTY"), ("Leonard Ostrowski", "NAME"), ("pacemaker", "PROCEDURE"), ("June 10th", "DATE")],
     ["cardiology"], "Voice is treated like SMS (overheard): name, cardiology name and device check go."),
    ("ai0020", "Hi Mrs. Delacroix, this is Tom from Dr. Ambrose's office. Your husband's BNP came back at 1,240 so Dr. Ambrose wants to see him tomorrow. Can you bring him in at 11?",
     "BLOCK", "result", "sms", "en",
     [("Delacroix", "NAME"), ("Tom", "PROVIDER"), ("Dr. Ambrose", "PROVIDER"), ("Dr. Ambrose", "PROVIDER", 1), ("BNP", "PROCEDURE"), ("1,240", "RESULT")],
     ["cardiology", "third-party"], "A third party's result sent to his wife (README third-party convention)."),
    ("ai0021", "Appt reminder: Tue 5/19 2:45pm with Dr. Kwabena Osei at 4410 Sheridan Blvd, Suite 300, Arvada. Reply C to confirm. Questions: (720) 555-0118",
     "ALLOW", "reminder", "sms", "en",
     [("5/19", "DATE"), ("Dr. Kwabena Osei", "PROVIDER"), ("4410 Sheridan Blvd, Suite 300, Arvada", "ADDRESS"), ("(720) 555-0118", "PHONE")],
     ["primary-care", "practice-contact"], "The address and phone are the practice's own; nothing reveals the service."),
    ("ai0022", "Sr. Ibarra, su próxima revisión de marcapasos en Corazón Sano Cardiología es el 8 de junio a las 11:00. Si no puede venir, llame al (915) 555-0133.",
     "REWRITE", "reminder", "sms", "es",
     [("Ibarra", "NAME"), ("marcapasos", "PROCEDURE"), ("Corazón Sano Cardiología", "SPECIALTY"), ("8 de junio", "DATE"), ("(915) 555-0133", "PHONE")],
     ["cardiology", "practice-contact"], "Name, device and cardiology practice name go; date, time and call-back number survive."),
    ("ai0023", "Heart monitor alert: 3 episodes of atrial fibrillation were recorded overnight. Your care team has been notified and will reach out.",
     "BLOCK", "result", "push", "en",
     [("Heart monitor", "PROCEDURE"), ("3 episodes", "RESULT"), ("atrial fibrillation", "CONDITION")],
     ["cardiology", "home-health"], "A device finding on the lock screen (decision 9); the diagnosis term is CONDITION, its count RESULT."),
    ("ai0024", "Know someone great? We're hiring an RN care manager and a cardiac sonographer! $500 referral bonus. Ask at the front desk or see the Careers page on our website.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Job posting broadcast; clinical job titles say nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 3 (ai0025-ai0036): COPD and asthma
add(
    ("ai0025", "Bayside Pulmonary Associates: Hi Glenn, reminder of your pulmonary function test Thu 1/15 @ 9:20am. Plan on about an hour. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Bayside Pulmonary Associates", "SPECIALTY"), ("Glenn", "NAME"), ("pulmonary function test", "PROCEDURE"), ("1/15", "DATE")],
     ["primary-care"], "Pulmonology practice name (decision 1), name and test go; date and time survive. Service tag per decision 12."),
    ("ai0026", "Before Thursday's breathing test: skip your Symbicort that morning and don't use your albuterol for 6 hours beforehand unless you really need it. - Bayside PFT lab",
     "BLOCK", "care-instructions", "sms", "en",
     [("breathing test", "PROCEDURE"), ("Symbicort", "MEDICATION"), ("albuterol", "MEDICATION"), ("PFT", "PROCEDURE")],
     ["primary-care"], "Holding two named inhaled drugs before a test is a dosing instruction (decision 6)."),
    ("ai0027", "Hi Glenn, your spirometry shows an FEV1 of 58% of predicted, consistent with moderate COPD. Dr. Haugen recommends pulmonary rehab and I've placed the referral. - Marta Lindahl, RN",
     "ALLOW", "result", "portal", "en",
     [("Glenn", "NAME"), ("spirometry", "PROCEDURE"), ("FEV1", "PROCEDURE"), ("58% of predicted", "RESULT"), ("moderate", "RESULT"), ("COPD", "CONDITION"), ("Dr. Haugen", "PROVIDER"), ("pulmonary rehab", "PROCEDURE"), ("Marta Lindahl, RN", "PROVIDER")],
     ["primary-care"], "Portal: result, diagnosis and plan may stay. 'moderate' is the state the condition is in (RESULT)."),
    ("ai0028", "Farmacia La Esperanza: su inhalador Breo Ellipta ya está listo para recoger. Horario: lun-sáb 9am-8pm. ¡Gracias!",
     "REWRITE", "pickup", "sms", "es",
     [("inhalador Breo Ellipta", "MEDICATION")],
     ["pharmacy"], "Drug in a pickup notice; the Spanish form word before the brand goes with it (decision 3)."),
    ("ai0029", "Hi, this is Keisha at Sunnyvale Pediatrics. Jaylen's asthma action plan was updated: albuterol 2 puffs every 4 hrs as needed during flares, and start Flovent 44 mcg 2 puffs twice a day. A copy for school is at the front desk.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Keisha", "PROVIDER"), ("Sunnyvale Pediatrics", "SPECIALTY"), ("Jaylen", "NAME"), ("asthma", "CONDITION"), ("albuterol", "MEDICATION"), ("Flovent 44 mcg", "MEDICATION")],
     ["pediatrics", "third-party", "minor"], "A dependent's condition and dosing sent to the guardian (README third-party convention)."),
    ("ai0030", "Air quality alert from Harborview Family Practice: wildfire smoke is expected through Friday. If you have asthma, COPD or heart disease, limit time outdoors and keep windows closed.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "negation"], "Public-health broadcast to every patient; the conditions are hypothetical, not the recipient's (decision 8)."),
    ("ai0031", "Apex Medical Supply: your delivery is scheduled for Tues between 12-4pm. Someone 18+ must be home to sign. Questions? (414) 555-0171",
     "ALLOW", "other", "sms", "en",
     [("(414) 555-0171", "PHONE")],
     ["home-health", "practice-contact"], "Delivery window with a generic vendor name and its own phone; no item named."),
    ("ai0032", "Subject: Your upcoming appointment\n\nHello,\n\nThis is a friendly reminder of your appointment with Dr. Annika Haugen on Friday, October 9 at 3:30 PM at Harborview Family Practice, 221 Lakeside Ave, Suite 4, Bayport, WI 53201. Please arrive 15 minutes early to complete check-in.\n\nWhat to bring: your photo ID, your insurance card, and a list of all the medicines, vitamins and inhalers you take.\n\nParking is free in the lot behind the building; the north entrance has a ramp and automatic doors.\n\nNeed to reschedule? Please give us at least 24 hours' notice by calling (262) 555-0150 or through the portal at https://harborviewfp.example/portal. Late cancellations may be charged a $25 fee.\n\nWe look forward to seeing you!\nHarborview Family Practice",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Annika Haugen", "PROVIDER"), ("October 9", "DATE"), ("221 Lakeside Ave, Suite 4, Bayport, WI 53201", "ADDRESS"), ("(262) 555-0150", "PHONE"), ("https://harborviewfp.example/portal", "URL")],
     ["primary-care", "practice-contact"], "Practice's own address, phone and portal link; the 'medicines, vitamins and inhalers' line is boilerplate for everyone (decision 11)."),
    ("ai0033", "Per Dr. Haugen: start prednisone 40mg daily x5 days & doxycycline 100mg bid x7d for the COPD flare. Both sent to your pharmacy on file. Call if your breathing gets worse.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Haugen", "PROVIDER"), ("prednisone 40mg", "MEDICATION"), ("doxycycline 100mg", "MEDICATION"), ("COPD", "CONDITION")],
     ["primary-care", "shorthand"], "Treatment and dosing for a named diagnosis."),
    ("ai0034", "Reminder: your C\u041ePD follow-up with Dr. Haugen is 11/3 at 2pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("C\u041ePD", "CONDITION"), ("Dr. Haugen", "PROVIDER"), ("11/3", "DATE")],
     ["primary-care"], "Diagnosis used as a visit label, with a Cyrillic O look-alike; removing it leaves a clean reminder."),
    ("ai0035", "Update: your appt with Dr. Tomasz Wilk on Wed 12/2 at 1:00 PM will be in Exam Room 7 on the 2nd floor. Same time. See you then!",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Tomasz Wilk", "PROVIDER"), ("12/2", "DATE")],
     ["primary-care"], "Provider, date, time and room only."),
    ("ai0036", "Clínica Comunitaria Las Palmas: estaremos cerrados el lunes por el Día del Trabajo. Para emergencias llame al 911. ¡Feliz fin de semana largo!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure broadcast; a holiday is not a date and 911 is not a phone identifier."),
)

# ---------------------------------------------------------------- batch 4 (ai0037-ai0048): chronic kidney disease and dialysis
add(
    ("ai0037", "Riverside Kidney Center: Hi Mr. Tran, starting next week your chair time moves to the Tue/Thu/Sat 5:45 AM shift. Please arrive 15 min early for weigh-in.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Kidney Center", "SPECIALTY"), ("Tran", "NAME")],
     ["dialysis"], "Dialysis center name (README: dialysis names reveal) and the patient's name go; 'chair time', 'shift' and 'weigh-in' are left as unit jargon (judgement)."),
    ("ai0038", "Monthly labs from your dialysis unit: K 6.1 (H), phos 7.8 (H), albumin 3.2 (L), Kt/V 1.1. Please cut back on bananas, potatoes & dairy and see the dietitian Tues.",
     "BLOCK", "result", "sms", "en",
     [("dialysis", "PROCEDURE"), ("[[K]] 6.1", "PROCEDURE"), ("6.1", "RESULT"), ("6.1 ([[H]])", "RESULT"), ("phos", "PROCEDURE"), ("7.8", "RESULT"), ("7.8 ([[H]])", "RESULT"), ("albumin", "PROCEDURE"), ("3.2", "RESULT"), ("3.2 ([[L]])", "RESULT"), ("Kt/V", "PROCEDURE"), ("1.1", "RESULT")],
     ["dialysis", "lab", "shorthand"], "A panel of dialysis lab values with flags and diet advice."),
    ("ai0039", "Hi Ms. Kowalczyk, your eGFR is 24 and stable compared with last spring. Dr. Mensah would like to talk about fistula placement at your next visit so we're ready if dialysis is ever needed. - Priya Nair, RN, Nephrology",
     "ALLOW", "result", "portal", "en",
     [("Kowalczyk", "NAME"), ("eGFR", "PROCEDURE"), ("24", "RESULT"), ("stable", "RESULT"), ("Dr. Mensah", "PROVIDER"), ("fistula placement", "PROCEDURE"), ("dialysis", "PROCEDURE"), ("Priya Nair, RN", "PROVIDER"), ("Nephrology", "SPECIALTY")],
     ["primary-care"], "Portal: result and plan may stay. The department after the credential is a separate SPECIALTY span."),
    ("ai0040", "Centro de Diálisis San Marcos: Sra. Paredes, su cita para revisar la fístula con el cirujano vascular es el 22 de julio a las 2:30 pm.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Diálisis San Marcos", "SPECIALTY"), ("Paredes", "NAME"), ("fístula", "CONDITION"), ("vascular", "SPECIALTY"), ("22 de julio", "DATE")],
     ["dialysis"], "Dialysis center name, name, fistula (README: fistula check) and 'vascular' go (decision 2); date and time survive."),
    ("ai0041", "Hi Walt, it's Renee from Dr. Mensah's office. Your potassium was high again (5.8). Hold your lisinopril untill we recheck Friday, and avoid salt substitutes.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Walt", "NAME"), ("Renee", "PROVIDER"), ("Dr. Mensah", "PROVIDER"), ("potassium", "PROCEDURE"), ("high", "RESULT"), ("5.8", "RESULT"), ("lisinopril", "MEDICATION")],
     ["primary-care", "typo"], "An abnormal value and a hold instruction for a named drug."),
    ("ai0042", "Snow update: due to icy roads, all Wednesday shifts will start 2 hours late. If you need a ride, call the transportation number on your welcome card. Stay warm!",
     "ALLOW", "other", "sms", "en", [],
     ["dialysis", "broadcast", "hard-negative"], "A unit-wide weather notice that names no service and no patient (decision 8)."),
    ("ai0043", "Dear Mr. Achterberg,\n\nWelcome to home dialysis at Riverside Kidney Center! Your peritoneal dialysis training begins Monday, August 17 at 8:30 AM and runs about two weeks, weekdays until early afternoon. Your nurse trainer is Colleen Maher, RN.\n\nYour cycler and the first month of supplies will be delivered to 1187 Birchwood Ln, Apt 2B, Dayton, OH 45410 the week before training. Please clear a space near an outlet in the room where you sleep, and plan to store about 30 boxes somewhere dry.\n\nBring a family member or helper to at least the last three sessions if you can. Lunch is on us.\n\nQuestions before then? Call the home program at (937) 555-0146, Monday to Friday.\n\nSee you soon,\nThe Home Therapies Team",
     "REWRITE", "care-instructions", "email", "en",
     [("Achterberg", "NAME"), ("home dialysis", "PROCEDURE"), ("Riverside Kidney Center", "SPECIALTY"), ("peritoneal dialysis", "PROCEDURE"), ("August 17", "DATE"), ("Colleen Maher, RN", "PROVIDER"), ("cycler", "PROCEDURE"), ("1187 Birchwood Ln, Apt 2B, Dayton, OH 45410", "ADDRESS"), ("(937) 555-0146", "PHONE")],
     ["dialysis", "home-health", "practice-contact"], "Therapy, center and device go, and the patient's home address is not needed (decision 9); the training logistics survive."),
    ("ai0044", "Riverside Transport: pickup confirmed for tomorrow at 5:10 AM. Your driver is Luis, silver minivan. Running late? Call (937) 555-0109.",
     "ALLOW", "confirmation", "sms", "en",
     [("Luis", "PROVIDER"), ("(937) 555-0109", "PHONE")],
     ["dialysis", "practice-contact"], "A named driver is workforce (decision 7); 'Riverside Transport' reveals no service."),
    ("ai0045", "Hi, this is social work at Riverside Kidney Center. Your mother's dialysis chair time changes to 6:00 AM Mon/Wed/Fri starting 9/14. Please let her aide know.",
     "BLOCK", "other", "sms", "en",
     [("Riverside Kidney Center", "SPECIALTY"), ("dialysis", "PROCEDURE"), ("9/14", "DATE")],
     ["dialysis", "third-party"], "A relative's dialysis schedule reveals her kidney failure: third party's health (decision 5)."),
    ("ai0046", "Lab reminder: you're due for a kidney panel and urine microalbumin before your visit with Dr. Mensah on 10/6. Walk-ins welcome 7-10 AM, no fasting needed.",
     "REWRITE", "reminder", "sms", "en",
     [("kidney panel", "PROCEDURE"), ("urine microalbumin", "PROCEDURE"), ("Dr. Mensah", "PROVIDER"), ("10/6", "DATE")],
     ["lab"], "Named tests go; provider, date and walk-in hours survive."),
    ("ai0047", "Sr. Cárdenas: sus análisis muestran creatinina de 3.4 y filtrado glomerular de 19. La Dra. Benavides recomienda empezar a prepararse para la diálisis. Por favor llame para hablar de sus opciones.",
     "BLOCK", "result", "sms", "es",
     [("Cárdenas", "NAME"), ("creatinina", "PROCEDURE"), ("3.4", "RESULT"), ("filtrado glomerular", "PROCEDURE"), ("19", "RESULT"), ("Dra. Benavides", "PROVIDER"), ("diálisis", "PROCEDURE")],
     ["primary-care"], "Kidney values and a treatment plan with the patient's name."),
    ("ai0048", "This week at the Healthy Pantry: kidney beans, black beans, lentils and brown rice, free for anyone visiting the clinic. Open Tue & Thu 1-4pm, lower level.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Food-pantry broadcast; 'kidney' is a bean here."),
)

# ---------------------------------------------------------------- batch 5 (ai0049-ai0060): hypertension and home BP monitoring
add(
    ("ai0049", "Hi Bernadette! Friendly reminder to send this week's home blood pressure readings through the app by Friday. Thanks! - Tasha, your care manager at Greenfield Primary Care",
     "REWRITE", "reminder", "sms", "en",
     [("Bernadette", "NAME"), ("blood pressure", "PROCEDURE"), ("Tasha", "PROVIDER")],
     ["primary-care", "home-health"], "No values, so not a result; the name and the monitored measure go (decision 4), the care manager role is generic (decision 2)."),
    ("ai0050", "Your BP average this month is 162/98, above your goal of 130/80. Dr. Whitfield increased your amlodipine to 10 mg; the new Rx is at your pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("BP", "PROCEDURE"), ("162/98", "RESULT"), ("130/80", "RESULT"), ("Dr. Whitfield", "PROVIDER"), ("amlodipine", "MEDICATION")],
     ["primary-care"], "Readings, the patient's goal (decision 4) and a dose change."),
    ("ai0051", "No pressure, but if you haven't filled out our 2-minute patient survey yet, just reply to this text with a score from 1 to 10. Thanks for helping us improve!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'pressure' is idiom and the score is a survey answer, not a value."),
    ("ai0052", "Greenfield Pharmacy: Rx for LOSARTAN POTASSIUM 50MG TAB is ready for pickup. Reply HOLD to keep it 3 more days.",
     "REWRITE", "pickup", "sms", "en",
     [("LOSARTAN POTASSIUM 50MG TAB", "MEDICATION")],
     ["pharmacy"], "Pharmacy-system capitals; the drug, strength and form go, the pickup survives."),
    ("ai0053", "FREE blood pressure checks this Saturday 9am-noon at the Greenfield Community Center, no appointment needed. Everyone welcome! Questions: (515) 555-0126",
     "ALLOW", "marketing", "sms", "en",
     [("(515) 555-0126", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Community broadcast (README: free blood-pressure checks); only the practice's phone is labelled."),
    ("ai0054", "Hi Mr. Adeyemi,\n\nThanks for sending in your home readings. I went over them with Dr. Whitfield this morning. Over the last two weeks your blood pressure averaged 148/92, and your morning readings were higher than your evening ones.\n\nDr. Whitfield would like you to start chlorthalidone 12.5 mg every morning, in addition to your lisinopril. It can make you urinate more for the first week, so take it early in the day. We will need a quick blood test in 2 weeks to check your potassium and kidney function.\n\nPlease keep checking twice a day, sitting quietly for 5 minutes first with your arm supported at heart level, and send the readings again next Monday.\n\nCall me with any questions at (515) 555-0127.\n\nTasha Boone, RN\nCare Manager, Greenfield Primary Care",
     "BLOCK", "care-instructions", "email", "en",
     [("Adeyemi", "NAME"), ("Dr. Whitfield", "PROVIDER"), ("Dr. Whitfield", "PROVIDER", 1), ("blood pressure", "PROCEDURE"), ("148/92", "RESULT"), ("higher", "RESULT"), ("chlorthalidone 12.5 mg", "MEDICATION"), ("lisinopril", "MEDICATION"), ("potassium", "PROCEDURE"), ("kidney function", "PROCEDURE"), ("(515) 555-0127", "PHONE"), ("Tasha Boone, RN", "PROVIDER")],
     ["primary-care", "practice-contact"], "Care-manager e-mail with readings, a new drug and dose: e-mail is treated like SMS."),
    ("ai0055", "Hola Sra. Montoya, le recordamos traer su monitor de presión a su cita del 3 de marzo para revisarlo con la enfermera. Clínica Salud Familiar, (505) 555-0188.",
     "REWRITE", "reminder", "sms", "es",
     [("Montoya", "NAME"), ("monitor de presión", "PROCEDURE"), ("3 de marzo", "DATE"), ("(505) 555-0188", "PHONE")],
     ["primary-care", "practice-contact"], "Name and the BP device go (decision 3); the date and the nurse visit survive."),
    ("ai0056", "Confirmed: video visit with Dr. Imani Whitfield on Thu 7/23 at 4:00 PM. Join here: https://greenfieldpc.example/video/waiting-room - test your camera and mic beforehand.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Imani Whitfield", "PROVIDER"), ("7/23", "DATE"), ("https://greenfieldpc.example/video/waiting-room", "URL")],
     ["primary-care", "practice-contact"], "The practice's own waiting-room link carries no patient token."),
    ("ai0057", "Hi Ronald, your h y p e r t e n s i o n follow-up w/ Dr. Whitfield is Mon 6/1 at 9am. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Ronald", "NAME"), ("h y p e r t e n s i o n", "CONDITION"), ("Dr. Whitfield", "PROVIDER"), ("6/1", "DATE")],
     ["primary-care", "spaced", "shorthand"], "Spaced-out diagnosis used as a visit label; name and condition go."),
    ("ai0058", "This message is for Delphine Okoro. Your 24-hour blood pressure monitor showed that your pressure is not dropping at night. Please restart your clonidine at bedtime and call Dr. Whitfield's nurse tomorrow morning.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Delphine Okoro", "NAME"), ("24-hour blood pressure monitor", "PROCEDURE"), ("not dropping", "RESULT"), ("clonidine", "MEDICATION"), ("Dr. Whitfield", "PROVIDER")],
     ["primary-care"], "Voice is treated like SMS: a finding and a drug instruction on an answering machine."),
    ("ai0059", "Reminder from {{practice_name}}: you have an appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm or call {{practice_phone}} to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only."),
    ("ai0060", "{{practice_name}}: time for your blood pressure recheck! Your nurse visit is {{appt_date}} at {{appt_time}}. Please bring your home BP monitor so we can compare it with ours.",
     "REWRITE", "reminder", "sms", "en",
     [("blood pressure", "PROCEDURE"), ("BP monitor", "PROCEDURE")],
     ["primary-care", "template"], "Fixed template text names the measure and the device (decisions 3 and 4); the placeholders carry no patient data."),
)

# ---------------------------------------------------------------- batch 6 (ai0061-ai0072): anticoagulation clinics
add(
    ("ai0061", "Coumadin Clinic: INR today 3.6 (goal 2-3). Skip tonight's dose, then resume 5 mg daily except 2.5 mg Mon & Fri. Recheck in 1 week.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Coumadin Clinic", "SPECIALTY"), ("INR", "PROCEDURE"), ("3.6", "RESULT"), ("2-3", "RESULT")],
     ["cardiology", "shorthand"], "Value, goal range (decision 4) and dosing; a clinic named after the drug is a SPECIALTY name (decision 1)."),
    ("ai0062", "Hi Mr. Lindgren, you're due for your INR check at the anticoagulation clinic. It's a quick finger-stick, about 10 min. Walk in Mon-Thu 8-11:30am.",
     "REWRITE", "recall", "sms", "en",
     [("Lindgren", "NAME"), ("INR", "PROCEDURE"), ("anticoagulation", "SPECIALTY")],
     ["cardiology"], "Name, test and service-line word go (decisions 1-2); the walk-in logistics survive. Anticoagulation lines are tagged cardiology (decision 12)."),
    ("ai0063", "INR today 2.4, right in range. Keep taking warfarin 5 mg daily, no changes. Next check in 4 weeks, on 11/19. - Anticoagulation Clinic, Dana Whitcomb, PharmD",
     "ALLOW", "result", "portal", "en",
     [("INR", "PROCEDURE"), ("2.4", "RESULT"), ("in range", "RESULT"), ("warfarin 5 mg", "MEDICATION"), ("11/19", "DATE"), ("Anticoagulation Clinic", "SPECIALTY"), ("Dana Whitcomb, PharmD", "PROVIDER")],
     ["cardiology", "contrast"], "Portal: an in-range value and unchanged dose may stay; the same text by SMS is ai0064."),
    ("ai0064", "INR today 2.4, right in range. Keep taking warfarin 5 mg daily, no changes. Next check in 4 weeks, on 11/19. - Anticoagulation Clinic, Dana Whitcomb, PharmD",
     "BLOCK", "result", "sms", "en",
     [("INR", "PROCEDURE"), ("2.4", "RESULT"), ("in range", "RESULT"), ("warfarin 5 mg", "MEDICATION"), ("11/19", "DATE"), ("Anticoagulation Clinic", "SPECIALTY"), ("Dana Whitcomb, PharmD", "PROVIDER")],
     ["cardiology", "contrast"], "A normal result is still a result, with a dose instruction (contrast of ai0063)."),
    ("ai0065", "Hillcrest Pharmacy: ELIQUIS 5MG TABLET is ready for pickup at window 2. Want it delivered instead? Reply DELIVER.",
     "REWRITE", "pickup", "sms", "en",
     [("ELIQUIS 5MG TABLET", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice goes; window and delivery option survive."),
    ("ai0066", "Hi Carol, your dad's INR was 4.8 this morning. Please make sure he does NOT take his warfarin tonight, and bring him back Thursday for a recheck. - Ben, PharmD, Anticoag Clinic",
     "BLOCK", "care-instructions", "sms", "en",
     [("Carol", "NAME"), ("INR", "PROCEDURE"), ("4.8", "RESULT"), ("warfarin", "MEDICATION"), ("Ben, PharmD", "PROVIDER"), ("Anticoag Clinic", "SPECIALTY")],
     ["cardiology", "third-party"], "A father's result and dosing sent to his daughter."),
    ("ai0067", "Blood drive Friday 10am-3pm in the Hillcrest lobby! All blood types welcome - O-negative donors especially needed. Walk-ins OK, snacks provided.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'O-negative' is a donor blood type in a broadcast, not the recipient's result."),
    ("ai0068", "Hola Sr. Figueroa, le toca su prueba de INR en la clínica de anticoagulación el martes 9 de septiembre a las 8:30. No necesita venir en ayunas.",
     "REWRITE", "recall", "sms", "es",
     [("Figueroa", "NAME"), ("prueba de INR", "PROCEDURE"), ("anticoagulación", "SPECIALTY"), ("9 de septiembre", "DATE")],
     ["cardiology"], "Named test (one span with its head word), service line and name go; date and time survive."),
    ("ai0069", "Hillcrest Health: New result - INR 1.6 (below range). Your clinic will call you today about dose changes.",
     "BLOCK", "result", "push", "en",
     [("INR", "PROCEDURE"), ("1.6", "RESULT"), ("below range", "RESULT")],
     ["cardiology", "lab"], "A value and its flag on the lock screen; a new-result push must not say what or how much."),
    ("ai0070", "Reminder: Dr. Pellegrino moved your appointment from Tue 8/11 to Wed 8/12, same time (10:20 AM). Reply OK to confirm or call us to pick another day.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Pellegrino", "PROVIDER"), ("8/11", "DATE"), ("8/12", "DATE")],
     ["primary-care"], "Reschedule with provider and dates only."),
    ("ai0071", "Hi Ms. Rosenthal,\n\nFor your colonoscopy on Wednesday 2/18, Dr. Feld and your cardiologist agreed on this plan for your Xarelto:\n- Last dose: the morning of Sunday 2/15.\n- Do not take it 2/16, 2/17 or the day of the procedure.\n- Restart your usual 20 mg with dinner on 2/19 unless you are told otherwise after the procedure.\n\nYou do not need a Lovenox bridge. Please call the anticoagulation clinic at (617) 555-0163 with any questions.\n\nThanks,\nMaura Kinsella, PharmD",
     "BLOCK", "care-instructions", "email", "en",
     [("Rosenthal", "NAME"), ("colonoscopy", "PROCEDURE"), ("2/18", "DATE"), ("Dr. Feld", "PROVIDER"), ("cardiologist", "SPECIALTY"), ("Xarelto", "MEDICATION"), ("2/15", "DATE"), ("2/16", "DATE"), ("2/17", "DATE"), ("2/19", "DATE"), ("Lovenox", "MEDICATION"), ("anticoagulation", "SPECIALTY"), ("(617) 555-0163", "PHONE"), ("Maura Kinsella, PharmD", "PROVIDER")],
     ["cardiology", "practice-contact"], "Peri-procedure hold and restart of an anticoagulant is a dosing instruction (decision 6)."),
    ("ai0072", "Clínica Salud Familiar: le recordamos que tiene un saldo pendiente de $45.00. Puede pagarlo en línea, por teléfono o en recepción. ¡Gracias por su preferencia!",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Balance reminder with an amount and no account number."),
)

# ---------------------------------------------------------------- batch 7 (ai0073-ai0084): care managers, nurse navigators, transitions of care
add(
    ("ai0073", "Hi Mrs. Gallagher, this is Noor Haddad, RN, your nurse navigator with the Heart Failure Program at St. Brendan's. Just checking in after your discharge - do you have a ride to your follow-up on 5/27?",
     "REWRITE", "other", "sms", "en",
     [("Gallagher", "NAME"), ("Noor Haddad, RN", "PROVIDER"), ("Heart Failure Program", "SPECIALTY"), ("5/27", "DATE")],
     ["cardiology"], "Named program reveals the condition (decision 1); nurse navigator is a generic role; the ride check survives."),
    ("ai0074", "Hi Mr. Okwuosa, Noor from the HF program. Your weight is up 5 lbs since discharge and you mentioned swelling in your ankles. Please take an extra 20 mg of Lasix today and I'll call you at 3.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Okwuosa", "NAME"), ("Noor", "PROVIDER"), ("HF", "CONDITION"), ("up 5 lbs", "RESULT"), ("swelling", "CONDITION"), ("Lasix", "MEDICATION")],
     ["cardiology"], "Weight trend, a symptom and an extra diuretic dose."),
    ("ai0075", "Subject: Meet your care team\n\nHello,\n\nThank you for enrolling in care coordination at Lakeshore Internal Medicine. Your care coordinator is Aaliyah Brooks, RN. She works alongside Dr. Samuel Eze and will be your main point of contact between visits: scheduling, referrals, forms, rides, and questions about your care plan.\n\nYou can expect a call from Aaliyah about once a month. If you need her sooner, call (312) 555-0129, Monday to Friday, 8 AM to 4:30 PM, or send a message through the portal at https://lakeshoreim.example/portal.\n\nAfter hours, our nurse advice line is open 24/7 at the same number; press 2. For emergencies, call 911.\n\nThere is no extra cost for this service beyond your usual copay, if any.\n\nWarmly,\nThe Care Coordination Team",
     "ALLOW", "other", "email", "en",
     [("Aaliyah Brooks, RN", "PROVIDER"), ("Dr. Samuel Eze", "PROVIDER"), ("Aaliyah", "PROVIDER", 1), ("(312) 555-0129", "PHONE"), ("https://lakeshoreim.example/portal", "URL")],
     ["primary-care", "practice-contact"], "Care coordination names no condition (decision 2); staff are PROVIDER, contact details the practice's own; '24/7' is not a date."),
    ("ai0076", "Buenas tardes Sr. Espinoza, soy Marisol, su enfermera coordinadora. Mañana le llamo para ver cómo le va con el oxígeno en casa. Si necesita algo antes, llame al (559) 555-0183.",
     "REWRITE", "other", "sms", "es",
     [("Espinoza", "NAME"), ("Marisol", "PROVIDER"), ("oxígeno", "MEDICATION"), ("(559) 555-0183", "PHONE")],
     ["home-health", "practice-contact"], "Home oxygen (README: oxygen is MEDICATION) and the name go; the call-back plan survives."),
    ("ai0077", "Hi Gwen, Ruth from care management. Dr. Abara saw your mesage about the chest tightness. If it's not better 20 min after your inhaler, go to the ER or call 911.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gwen", "NAME"), ("Ruth", "PROVIDER"), ("Dr. Abara", "PROVIDER"), ("chest tightness", "CONDITION"), ("inhaler", "MEDICATION")],
     ["primary-care", "typo"], "A symptom and treatment advice; 'inhaler' is a drug form (decision 3)."),
    ("ai0078", "Hi! This is the care team at Lakeshore Internal Medicine. We tried to reach you today - please call us back when you have a moment. Nothing urgent.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "A call-back request that says nothing about why."),
    ("ai0079", "Hi, this message is for Beatriz Oyelaran. This is Darnell with the Diabetes and Endocrine Center at Maple Hill. Please give us a call back at 614-555-0158 about scheduling. Thank you!",
     "REWRITE", "other", "voice", "en",
     [("Beatriz Oyelaran", "NAME"), ("Darnell", "PROVIDER"), ("Diabetes and Endocrine Center", "SPECIALTY"), ("614-555-0158", "PHONE")],
     ["primary-care", "practice-contact"], "A voicemail naming the patient and a condition-named center (decision 1); the call-back survives."),
    ("ai0080", "Dear Mr. Haskins,\n\nWelcome home. As your transition-of-care nurse, I compared your discharge paperwork from Mercy General with the medication list we have on file. Here are the changes the hospital made for your heart failure and kidney disease:\n\nNEW: spironolactone 25 mg once daily\nNEW: Farxiga 10 mg once daily\nCHANGED: furosemide from 40 mg to 20 mg twice daily\nSTOPPED: metoprolol tartrate (replaced by metoprolol succinate 50 mg daily)\nSTOPPED: ibuprofen (not safe with stage 3 CKD)\n\nPlease bring every bottle to your follow-up with Dr. Eze on 3/9 so we can check them together.\n\nCall me at (312) 555-0131 if anything is unclear.\n\nRegards,\nInes Baptiste, RN\nLakeshore Internal Medicine",
     "BLOCK", "care-instructions", "email", "en",
     [("Haskins", "NAME"), ("heart failure", "CONDITION"), ("kidney disease", "CONDITION"), ("spironolactone 25 mg", "MEDICATION"), ("Farxiga 10 mg", "MEDICATION"), ("furosemide", "MEDICATION"), ("metoprolol tartrate", "MEDICATION"), ("metoprolol succinate 50 mg", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("stage 3", "RESULT"), ("CKD", "CONDITION"), ("Dr. Eze", "PROVIDER"), ("3/9", "DATE"), ("(312) 555-0131", "PHONE"), ("Ines Baptiste, RN", "PROVIDER")],
     ["primary-care", "practice-contact"], "A full medication reconciliation with diagnoses; the CKD stage is a RESULT (decision 4)."),
    ("ai0081", "Your care plan goals, as we discussed: A1c under 7.5, blood pressure under 130/80, LDL under 70, and walking 20 minutes at least 5 days a week. Next A1c due in March. - Dr. Rahman",
     "ALLOW", "care-instructions", "portal", "en",
     [("A1c", "PROCEDURE"), ("7.5", "RESULT"), ("blood pressure", "PROCEDURE"), ("130/80", "RESULT"), ("LDL", "PROCEDURE"), ("70", "RESULT"), ("A1c", "PROCEDURE", 1), ("Dr. Rahman", "PROVIDER")],
     ["primary-care"], "Portal care plan; goals are labelled RESULT (decision 4) and may stay in the portal."),
    ("ai0082", "Maple Hill reminder: your diabetes educator visit is tomorrow at 11:00 AM. Please bring your glucose meter and food log.",
     "REWRITE", "reminder", "push", "en",
     [("diabetes educator", "SPECIALTY"), ("glucose meter", "PROCEDURE")],
     ["primary-care"], "A role that names the condition (decision 2) and the device (decision 3) go; 'food log' is generic."),
    ("ai0083", "Sra. Robles, le aviso que el azúcar de su mamá salió en 310 esta mañana en la visita de enfermería. Ya le avisé al Dr. Salcedo; denle su insulina como siempre y que tome mucha agua.",
     "BLOCK", "result", "sms", "es",
     [("Robles", "NAME"), ("azúcar", "PROCEDURE"), ("310", "RESULT"), ("Dr. Salcedo", "PROVIDER"), ("insulina", "MEDICATION")],
     ["home-health", "third-party"], "The mother's glucose value and insulin instructions sent to her daughter."),
    ("ai0084", "Greenfield Primary Care: your care manager, Tasha Boone, RN, will call you Thu 10/8 between 1-3pm for your monthly check-in. To change the time, call (515) 555-0127.",
     "ALLOW", "reminder", "sms", "en",
     [("Tasha Boone, RN", "PROVIDER"), ("10/8", "DATE"), ("(515) 555-0127", "PHONE")],
     ["primary-care", "practice-contact"], "Care manager is a generic role (decision 2); date, window and the practice's phone."),
)

# ---------------------------------------------------------------- batch 8 (ai0085-ai0096): nutrition and education, home monitoring and supplies
add(
    ("ai0085", "Hi Kazimierz, your spot is saved in the Renal Diet class this Thurs at 5:30pm, Room B. Bring a food label from home to practice reading it!",
     "REWRITE", "reminder", "sms", "en",
     [("Kazimierz", "NAME"), ("Renal Diet", "PROCEDURE")],
     ["dialysis"], "A named class that reveals kidney disease is a program (PROCEDURE); 'class' stays outside like 'visit'."),
    ("ai0086", "Subject: Healthy Living at Westbrook - Fall newsletter\n\nHello neighbors!\n\nThe leaves are turning and our community kitchen is back. This season's free classes are open to every patient and family member, no referral needed:\n\n\u2022 Living Well with Diabetes - Tuesdays at 6 PM\n\u2022 Better Breathers Club for anyone living with lung disease - first Thursday of the month\n\u2022 Heart-Healthy Cooking on a Budget - Saturday mornings\n\u2022 Walk with a Doc - Sundays at 8 AM, rain or shine\n\nFlu and COVID shots are available at every visit and during walk-in hours.\n\nRecipe of the month: three-bean chili with half the salt. Find it on the bulletin board in the lobby or ask at the front desk.\n\nSee you soon,\nWestbrook Family Health",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Newsletter to every patient; class names mention conditions but nothing is about the recipient (decision 8)."),
    ("ai0087", "CGM reorder: your 90-day supply of Dexcom G7 sensors ships Mon 6/8 to the address on file. Reply HELP for help or STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("CGM", "PROCEDURE"), ("Dexcom G7 sensors", "PROCEDURE"), ("6/8", "DATE")],
     ["home-health"], "Device brand and type reveal diabetes (decision 3); the shipping notice survives."),
    ("ai0088", "Glucose alert: 54 mg/dL and falling. Treat with 15 g of fast-acting carbs and recheck in 15 min.",
     "BLOCK", "result", "push", "en",
     [("Glucose", "PROCEDURE"), ("54 mg/dL", "RESULT"), ("falling", "RESULT")],
     ["home-health"], "A device-app reading, trend and treatment on the lock screen (decision 9)."),
    ("ai0089", "Omnitrak RPM: Your cellular blood pressure cuff (SN 7H4K-22091) is activated. Take your first reading tomorrow morning before coffee.",
     "REWRITE", "other", "sms", "en",
     [("blood pressure cuff", "PROCEDURE"), ("7H4K-22091", "DEVICE_ID")],
     ["home-health"], "Device type and its serial number go (decision 9); the activation notice survives."),
    ("ai0090", "All patients & families welcome: free Nutrition & Cooking class this Wednesday at noon in the community room. This month: quick weeknight dinners on a budget. RSVP at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Open class broadcast; nutrition reveals nothing (decision 2)."),
    ("ai0091", "Hola Lupita \U0001F44B te esperamos mañana a las 10 en la clase 'Cocinando con poca sal' para pacientes con presión alta. Trae tu lista de medicamentos. -Nutrición, Clínica del Pueblo",
     "REWRITE", "reminder", "sms", "es",
     [("Lupita", "NAME"), ("presión alta", "CONDITION")],
     ["primary-care"], "Name and the condition the class is for go; the class title and time survive (judgement: 'poca sal' names no condition)."),
    ("ai0092", "Hi Anton, from your remote monitoring team: your O2 sat dropped to 86% twice yesterday and your heart rate hit 118. Please call the pulmonary nurse at (262) 555-0144 today.",
     "BLOCK", "result", "sms", "en",
     [("Anton", "NAME"), ("O2 sat", "PROCEDURE"), ("86%", "RESULT"), ("heart rate", "PROCEDURE"), ("118", "RESULT"), ("pulmonary", "SPECIALTY"), ("(262) 555-0144", "PHONE")],
     ["home-health", "practice-contact"], "Monitoring values with the patient's name (decisions 4 and 9)."),
    ("ai0093", "Visit summary - Medical Nutrition Therapy\n\nHi Oluwaseun, it was great meeting you today! Here is what we worked on:\n\n1. Carb counting: aim for 45-60 g of carbohydrate per meal and 15-30 g per snack. Use the plate method when you can't count: half non-starchy vegetables, a quarter lean protein, a quarter starch.\n2. Your A1c of 8.2% and fasting readings of 140-170 tell us breakfast is the hardest meal. Try the egg-and-veggie options we talked about.\n3. Because of your stage 3 kidney disease, keep protein moderate (about 60 g a day) and limit processed meats and canned soups.\n4. Keep taking metformin with meals to help with stomach upset.\n\nFollow-up in 6 weeks, on 12/1. Bring your meter and a 3-day food record.\n\nHannah Greer, RD, LDN",
     "ALLOW", "care-instructions", "portal", "en",
     [("Medical Nutrition Therapy", "PROCEDURE"), ("Oluwaseun", "NAME"), ("A1c", "PROCEDURE"), ("8.2%", "RESULT"), ("140-170", "RESULT"), ("stage 3", "RESULT"), ("kidney disease", "CONDITION"), ("metformin", "MEDICATION"), ("12/1", "DATE"), ("meter", "PROCEDURE"), ("Hannah Greer, RD, LDN", "PROVIDER")],
     ["primary-care"], "Portal visit summary: values, diagnosis and advice may stay; RD is a generic credential (decision 2)."),
    ("ai0094", "Apex Medical Supply: Hi Vernon, your test strips and lancets are ready. Order #AMS-558201. Pick up at 3320 Commerce Dr, Suite B or reply SHIP to have them mailed.",
     "REWRITE", "pickup", "sms", "en",
     [("Vernon", "NAME"), ("test strips", "PROCEDURE"), ("lancets", "PROCEDURE"), ("AMS-558201", "OTHER_ID"), ("3320 Commerce Dr, Suite B", "ADDRESS")],
     ["home-health", "practice-contact"], "Name, diabetes supplies and order number go (decisions 3 and 9); the vendor's own address stays."),
    ("ai0095", "Don Rigoberto, su lectura de glucosa en la app salió en 42. ¡Tómese un jugo ya mismo y vuelva a medirse en 15 minutos! Si no sube, llame al 911.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Rigoberto", "NAME"), ("glucosa", "PROCEDURE"), ("42", "RESULT")],
     ["home-health"], "A low glucose value and treatment instructions."),
    ("ai0096", "Heads up: the Lakeshore app will be down for maintenance Sunday from 1 to 3 AM. Any readings you take during that window will sync automatically afterward.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Maintenance notice; 'readings' names no measure or value."),
)

# ---------------------------------------------------------------- batch 9 (ai0097-ai0108): refills and lab reminders for long-term conditions
add(
    ("ai0097", "Your refill request has been recieved and sent to Dr. Nakamura for approval. Please allow 72 hours. Questions? Call (206) 555-0111.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("(206) 555-0111", "PHONE")],
     ["primary-care", "typo", "practice-contact"], "Refill status with no drug named; provider and practice phone are allowed."),
    ("ai0098", "Hi Ms. Zhou, Dr. Nakamura needs updated labs before refilling your levothyroxine. Please get a TSH drawn this week; no fasting needed.",
     "REWRITE", "other", "sms", "en",
     [("Zhou", "NAME"), ("Dr. Nakamura", "PROVIDER"), ("levothyroxine", "MEDICATION"), ("TSH", "PROCEDURE")],
     ["primary-care", "lab"], "Labs-before-refill is logistics, not dosing (decision 6): name, drug and test go."),
    ("ai0099", "Hi Frank, your cholesterol came back: LDL 162 (H). Dr. Nakamura wants to start atorvastatin 20 mg at bedtime - sent to your pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("Frank", "NAME"), ("cholesterol", "PROCEDURE"), ("LDL", "PROCEDURE"), ("162", "RESULT"), ("LDL 162 ([[H]])", "RESULT"), ("Dr. Nakamura", "PROVIDER"), ("atorvastatin 20 mg", "MEDICATION")],
     ["primary-care"], "A flagged value and a new prescription with its dosing."),
    ("ai0100", "Recordatorio: ya puede pedir sus resurtidos desde la app las 24 horas del día. Si tiene preguntas, pase a la ventanilla de la farmacia.",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Generic refill-ordering broadcast; 'resurtidos' names no drug."),
    ("ai0101", "Your Medicare annual wellness visit and diabetic foot exam are due! Call Dr. Rahman's office to book before 12/31.",
     "REWRITE", "recall", "sms", "en",
     [("Medicare annual wellness", "PROCEDURE"), ("diabetic foot exam", "PROCEDURE"), ("Dr. Rahman", "PROVIDER"), ("12/31", "DATE")],
     ["primary-care"], "README: Medicare wellness and diabetic foot exam are revealing (decision 10); the recall survives."),
    ("ai0102", "Hello Mr. Vasquez,\n\nGood news from your yearly diabetes labs: your kidney function (eGFR 78) and urine albumin are both normal, and your A1c held steady at 6.8%. Dr. Rahman says no changes are needed to your medicines.\n\nWe'll repeat these in 12 months. Have a great summer!\n\n- Nurse Coleen, Brookfield Primary Care",
     "BLOCK", "result", "email", "en",
     [("Vasquez", "NAME"), ("diabetes", "CONDITION"), ("kidney function", "PROCEDURE"), ("eGFR", "PROCEDURE"), ("78", "RESULT"), ("urine albumin", "PROCEDURE"), ("normal", "RESULT"), ("A1c", "PROCEDURE"), ("6.8%", "RESULT"), ("Dr. Rahman", "PROVIDER"), ("Nurse Coleen", "PROVIDER")],
     ["primary-care", "lab"], "Normal results are still results (README), by e-mail with the diagnosis."),
    ("ai0103", "Farmacia Guadalupe: Sra. Treviño, su metformina 850 mg y sus tiras reactivas ya están listas. Total a pagar: $12.50. ¡Gracias!",
     "REWRITE", "pickup", "sms", "es",
     [("Treviño", "NAME"), ("metformina 850 mg", "MEDICATION"), ("tiras reactivas", "PROCEDURE")],
     ["pharmacy"], "Name, drug and test strips (decision 3) go; the pickup and amount survive."),
    ("ai0104", "Lab reminder: your standing order for a CBC and CMP every 3 months (methotrexate monitoring) is on file at all of our draw stations. Next draw is due around 9/1.",
     "ALLOW", "reminder", "portal", "en",
     [("CBC", "PROCEDURE"), ("CMP", "PROCEDURE"), ("methotrexate", "MEDICATION"), ("9/1", "DATE")],
     ["lab"], "Portal: test and drug names may stay."),
    ("ai0105", "Your 90-day supply of Trelegy Ellipta shipped today from RxDirect Mail Pharmacy and should arrive in 3-5 business days. Track your package: https://rxdirect.example/track?order=88231-77&m=5521\n\nQuestions? Reply to this email or call 1-800-555-0119 (TTY 711).",
     "REWRITE", "other", "email", "en",
     [("Trelegy Ellipta", "MEDICATION"), ("https://rxdirect.example/track?order=88231-77&m=5521", "URL"), ("1-800-555-0119", "PHONE")],
     ["pharmacy", "practice-contact"], "Drug name and a tracking link with a query parameter (patient-specific URL) go; the pharmacy's own number stays."),
    ("ai0106", "Re: insulin patient assistance application. We have Harold Finch, DOB 4/9/1961, SSN 078-05-1120 - please reply YES if this is correct.",
     "BLOCK", "other", "sms", "en",
     [("insulin", "MEDICATION"), ("Harold Finch", "NAME"), ("4/9/1961", "DATE"), ("078-05-1120", "SSN")],
     ["pharmacy", "dob"], "SSN and a full date of birth with the name must never travel by text."),
    ("ai0107", "Lab hours are changing! Starting next month our draw station opens at 6:30 AM on weekdays for fasting patients. Saturday hours stay 8 to noon.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Hours broadcast; 'fasting patients' is about everyone."),
    ("ai0108", "Hi Abdi, your lipid panel and A1c are due. Please fast 8-12 hrs before (water and black coffee are OK). Lab opens at 7am, no appt needed.",
     "REWRITE", "recall", "sms", "en",
     [("Abdi", "NAME"), ("lipid panel", "PROCEDURE"), ("A1c", "PROCEDURE")],
     ["lab", "shorthand"], "Fasting before named tests is prep logistics (decision 6): name and tests go, the fasting advice survives."),
)

# ---------------------------------------------------------------- batch 10 (ai0109-ai0120): identifiers, disguises, discharge, mixed
add(
    ("ai0109", "Riverside Kidney Center verifying info for your transplant referral: Gordon Blakely, DOB 07/30/1958, Medicare ID 1EG4-TE5-MK73. Reply YES if correct.",
     "BLOCK", "other", "sms", "en",
     [("Riverside Kidney Center", "SPECIALTY"), ("transplant", "PROCEDURE"), ("Gordon Blakely", "NAME"), ("07/30/1958", "DATE"), ("1EG4-TE5-MK73", "HEALTH_PLAN_ID")],
     ["dialysis", "dob"], "Full date of birth with the name, plus the Medicare number."),
    ("ai0110", "Dr. Esperanza Villanueva will be out of the office 6/15-6/19. Her patients may see Dr. Corbin Hale that week. Call (505) 555-0190 to switch your appointment.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Esperanza Villanueva", "PROVIDER"), ("6/15", "DATE"), ("6/19", "DATE"), ("Dr. Corbin Hale", "PROVIDER"), ("(505) 555-0190", "PHONE")],
     ["primary-care", "practice-contact"], "Providers, an absence range and the practice's phone."),
    ("ai0111", "Happy 93rd birthday, Mr. Castellanos! \U0001F382 From all of us at Greenfield Primary Care. Your annual wellness visit is due - call us to book.",
     "REWRITE", "recall", "sms", "en",
     [("93rd", "AGE"), ("Castellanos", "NAME")],
     ["primary-care", "age-over-89"], "Age over 89 and name go; 'annual wellness visit' without 'Medicare' is generic (decision 10)."),
    ("ai0112", "Mensaje para la señora Hortensia Gil, de la Clínica del Corazón. Su ecocardiograma mostró que el corazón está bombeando más débil. El Dr. Arce quiere aumentar su carvedilol. Por favor llame al (956) 555-0102.",
     "BLOCK", "result", "voice", "es",
     [("Hortensia Gil", "NAME"), ("Clínica del Corazón", "SPECIALTY"), ("ecocardiograma", "PROCEDURE"), ("bombeando más débil", "RESULT"), ("Dr. Arce", "PROVIDER"), ("carvedilol", "MEDICATION"), ("(956) 555-0102", "PHONE")],
     ["cardiology", "practice-contact"], "A finding and a dose change left on voicemail (voice treated like SMS)."),
    ("ai0113", "Thank you for choosing Lakeshore! Our after-hours nurse advice line is open 24/7 for questions about any condition or medication. Just call the main number and press 2.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Service broadcast; '24/7' is not a date and nothing is about the recipient."),
    ("ai0114", "Your appointment for d\u200bi\u200ba\u200bl\u200by\u200bs\u200bi\u200bs access check is Fri 4/10 at 1pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("d\u200bi\u200ba\u200bl\u200by\u200bs\u200bi\u200bs access", "PROCEDURE"), ("4/10", "DATE")],
     ["dialysis"], "Zero-width spaces inside 'dialysis'; the access check reveals the therapy, date and time survive."),
    ("ai0115", "Dear Ms. Underwood,\n\nHere is a copy of the instructions we went over before you left St. Brendan's on Tuesday.\n\n1. Weigh yourself every morning after using the bathroom and before breakfast. Call us if you gain more than 2 pounds in a day or 5 pounds in a week.\n2. Take torsemide 20 mg every morning. Take an extra 20 mg if your weight is up 3 pounds, and call us the same day.\n3. Keep salt under 2,000 mg a day and fluids under 64 ounces.\n4. Your ejection fraction was 30%, so we started Entresto 24/26 mg twice a day. Do not take it with lisinopril.\n5. Call 911 for chest pain or trouble breathing when lying flat.\n\nYour follow-up is with Dr. Brandt on 6/2 at 9:00 AM.\n\nNoor Haddad, RN\nHeart Failure Program",
     "BLOCK", "care-instructions", "email", "en",
     [("Underwood", "NAME"), ("torsemide 20 mg", "MEDICATION"), ("ejection fraction", "PROCEDURE"), ("30%", "RESULT"), ("Entresto 24/26 mg", "MEDICATION"), ("lisinopril", "MEDICATION"), ("chest pain", "CONDITION"), ("trouble breathing", "CONDITION"), ("Dr. Brandt", "PROVIDER"), ("6/2", "DATE"), ("Noor Haddad, RN", "PROVIDER"), ("Heart Failure Program", "SPECIALTY")],
     ["cardiology"], "Discharge dosing, an EF value and warning symptoms by e-mail; '24/26' is a strength, not a date."),
    ("ai0116", "Sr. Quiñones, su INR de hoy fue 2.7, dentro del rango. Siga tomando warfarina 7.5 mg diarios. Próximo control: 14 de octubre. -Clínica de Anticoagulación",
     "ALLOW", "result", "portal", "es",
     [("Quiñones", "NAME"), ("INR", "PROCEDURE"), ("2.7", "RESULT"), ("dentro del rango", "RESULT"), ("warfarina 7.5 mg", "MEDICATION"), ("14 de octubre", "DATE"), ("Clínica de Anticoagulación", "SPECIALTY")],
     ["cardiology"], "Portal: value, state and dose may stay."),
    ("ai0117", "We updated your mobile number as you requested. Appointment reminders will now come to this phone. Reply STOP at any time to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Confirms a change without repeating the number."),
    ("ai0118", "Westbrook Family Health: our Nutrition Services office has moved to Suite 210, 900 Hawthorne Ave, 2nd floor. Same phone number: (503) 555-0139.",
     "ALLOW", "other", "sms", "en",
     [("Suite 210, 900 Hawthorne Ave", "ADDRESS"), ("(503) 555-0139", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Practice's own new address and phone; nutrition services reveal nothing (decision 2)."),
    ("ai0119", "Mrs. Huang ur K+ is 6.4 on the fingerstick. STOP spironolactone & go to the ER now pls. Dr. Mensah is aware & will call the ER.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Huang", "NAME"), ("K+", "PROCEDURE"), ("6.4", "RESULT"), ("spironolactone", "MEDICATION"), ("Dr. Mensah", "PROVIDER")],
     ["primary-care", "shorthand"], "A critical value and a stop instruction, even when urgent; call instead."),
    ("ai0120", "Clínica Familiar del Valle: Su cita con la Dra. Itzel Barragán es el lunes 17 de agosto a las 3:15 pm. Favor de traer todos sus medicamentos y su tarjeta del seguro.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Itzel Barragán", "PROVIDER"), ("17 de agosto", "DATE")],
     ["primary-care"], "Provider, date and time; 'medicamentos' is generic."),
)

probe_lib.run(M, "ai", "probe32.jsonl")
