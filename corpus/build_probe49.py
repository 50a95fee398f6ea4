#!/usr/bin/env python3
"""Build corpus/probe49.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe49.py [OUT] [-v]   (default: probe49.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is WEIGHT, NUTRITION, DIABETES EDUCATION AND MED SPAS: what weight-management and
bariatric programs, GLP-1 telehealth services, dietitians, diabetes self-management education,
endocrinology practices, fitness-and-wellness clinics and medical spas send — program enrollment,
weigh-in reminders, class schedules, meal-plan and app nudges, CGM and scale sync, compounded and
brand GLP-1 shipments and refills, injection training, surgery seminars, support groups, med-spa
bookings (Botox, fillers, laser, IV drips), memberships and packages, promotions. Logistics that
may go as written, messages that may go once a name, service, program, drug or identifier is
removed, and messages that must not go by text (weights, BMI, A1c and glucose values, diagnoses,
doses and titration steps, a relative's health). Hard negatives: fitness and diet marketing to
everyone, "weight" of packages, "sugar" in recipes, "shot" in other senses, "scale" of a project
or sliding-scale fees, spa menus and prices, holiday promotions. About 20% Spanish; 4 disguised
messages (spaced letters, zero-width characters, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "TSH 0.08 ([[L]])" searches for "TSH 0.08 (L)"
      and labels only the bracketed part "L".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Weight-loss, bariatric, endocrinology, diabetes-education, diabetes-supply and med-spa /
     aesthetics practice and brand names (`Lakeshore Medical Weight Loss`, `TrimRx`,
     `Northfield Endocrinology`, `Luxe Aesthetics`, `Radiance MedSpa`) are specialty-revealing
     -> SPECIALTY, like eye and imaging names; neutral brand names (`Juniper Health`,
     `Glow Club`, `Oasis Wellness`) are not labelled.
  2. Named programs and visit types of this field are PROCEDURE: `Healthy Weight Program`,
     `Diabetes Prevention Program`, `Diabetes Self-Management` (class outside), `Bariatric
     Support Group`, `weigh-in`/`pesaje`, `injection training`, `Medical Nutrition Therapy`,
     named therapeutic diets (`liquid diet`, `low-FODMAP meal plan`) and IV vitamin drips.
  3. CGMs, pumps, glucose meters and connected scales are devices -> PROCEDURE (`Dexcom G7
     sensors`, `FreeStyle Libre 3`, `glucómetro`, `Withings Body+ scale`); their serials are
     DEVICE_ID. Device-use instructions (sync the app, step on the scale) are not treatment
     instructions: REWRITE, not BLOCK.
  4. Dietitian, nutritionist, diabetes-educator and endocrinologist role words and the RD / RDN /
     CDCES credentials name a specialty -> SPECIALTY (a separate span after the PROVIDER name,
     like DDS/DPT); `coach` is workforce (PROVIDER when named), `nurse educator` stays generic.
  5. Body weights, amounts lost, goal weights and BMI/IMC values are RESULT; BMI/IMC, glucose /
     azúcar, A1c, TSH, free T4, ferritin as measures are PROCEDURE (README: a scale or measure is
     a PROCEDURE and its value a RESULT).
  6. A modifier before a drug (`compounded`, `pluma de`) stays outside the MEDICATION span; a form
     word after it goes in (`Wegovy pen`, `Saxenda pen`); `tox` (slang for botulinum toxin),
     `Dysport`, `Juvéderm Volbella` are MEDICATION; a dose is never in the span.
  7. A carrier tracking number and the last four digits of a payment card are not labelled: they
     identify a parcel or a card among millions, not the patient (like a confirmation code).
  8. Promotions and classes sent to everyone (med-spa menus, Botox specials, bariatric seminars,
     GLP-1 shortage notices) are broadcasts: ALLOW, no span, even when a treatment or a med-spa
     name appears.
  9. Calorie, carb and protein targets are treatment instructions: they make a line BLOCK but get
     no span (no category fits an instruction); the BLOCK rests on the other spans.
 10. A medical-spa treatment record (units injected, syringes used) is a dose -> BLOCK.
 11. Service tags: the vocabulary has no weight/endocrine tag, so weight management, bariatric
     care, endocrinology and diabetes education use `primary-care`; drug shipments and refills
     `pharmacy`; med spas and aesthetics `dermatology`; gyms and wellness broadcasts `general`.
 12. A group video-meeting link without patient parameters is the practice's own URL (labelled,
     allowed); an intake or check-in link carrying `pid=`/`token=` is patient-specific (REWRITE).
 13. A practice e-mail address whose local part names the service (`bariatrics@...`) is one EMAIL
     span, not also SPECIALTY; a sign-off with a neutral fragment of a labelled practice name
     (`The Aurelia team`) is not labelled.

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


# ---------------------------------------------------------------- batch 1 (az0001-az0012): enrollment, weigh-ins, first titration
add(
    ("az0001", "Your video visit with NP Josefina Reyes is confirmed for Fri 1/23 at 12:00 PM ET. Join 5 min early at visit.example.com/lobby - no app needed. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("NP Josefina Reyes", "PROVIDER"), ("1/23", "DATE"), ("visit.example.com/lobby", "URL")],
     ["primary-care", "practice-contact"], "Provider, date, time and the practice's own waiting-room link (no patient parameter) are allowed."),
    ("az0002", "Hi Denise! Quick reminder of your weigh-in at Lakeshore Medical Weight Loss tomorrow at 7:30am. Wear light clothes, shoes can stay on 😊 Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Denise", "NAME"), ("weigh-in", "PROCEDURE"), ("Lakeshore Medical Weight Loss", "SPECIALTY")],
     ["primary-care"], "Name, the weigh-in visit type and the weight-loss practice name go; time and confirm request survive. Decisions 1 and 2: weight-loss practice names are SPECIALTY, a weigh-in is a PROCEDURE."),
    ("az0003", "Great job this week Marcus!! You're down 6.4 lbs since your start weight of 248 - keep it up! See you at Thursday's check-in. -Coach Tiana, SlimPath",
     "BLOCK", "other", "sms", "en",
     [("Marcus", "NAME"), ("6.4 lbs", "RESULT"), ("248", "RESULT"), ("Coach Tiana", "PROVIDER"), ("SlimPath", "SPECIALTY")],
     ["primary-care", "contrast"], "Weight values are the message (decision 5: weights are RESULT); the coach is named staff (PROVIDER) and the program brand reveals weight treatment. Same text on the portal is az0101."),
    ("az0004", "Ready to shed the holiday weight? Our 6-week Saturday bootcamp is back! All fitness levels, $99 for the session. Sign up at the front desk or reply FIT.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Fitness marketing sent to every member; 'weight' here says nothing about the recipient."),
    ("az0005", "Subject: Welcome to the Healthy Weight Program!\n\nDear Anthony,\n\nThank you for enrolling in the Healthy Weight Program at North Ridge Health. Your group orientation is Monday, January 12 at 6:00 pm in Conference Room B (2nd floor, enter through the Main Lobby). Please plan for about 90 minutes. Parking is free in Lot C after 5 pm.\n\nWhat to bring: a photo ID, your insurance card, a list of the medicines you take, and comfortable shoes - we'll take a short walk together.\n\nIf you need to reschedule, call our program line at (614) 555-0138 or reply to this e-mail. We look forward to meeting you!\n\nWarmly,\nTeresa Quinlan, RN\nProgram Coordinator\nNorth Ridge Health",
     "REWRITE", "confirmation", "email", "en",
     [("Healthy Weight Program", "PROCEDURE"), ("Anthony", "NAME"), ("Healthy Weight Program", "PROCEDURE", 1), ("January 12", "DATE"), ("(614) 555-0138", "PHONE"), ("Teresa Quinlan, RN", "PROVIDER")],
     ["primary-care", "practice-contact"], "Enrollment welcome: the program name (decision 2, PROCEDURE) and the patient's name go, in the subject line too; date, room, what to bring and the program phone survive."),
    ("az0006", "Rochelle - Dr. Lindqvist reviewed your intake. Your BMI of 41.2 qualifies you for our bariatric surgery pathway; next step is a nutrition consult. Call (919) 555-0107 to book.",
     "BLOCK", "result", "sms", "en",
     [("Rochelle", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("BMI", "PROCEDURE"), ("41.2", "RESULT"), ("bariatric surgery", "PROCEDURE"), ("nutrition consult", "PROCEDURE"), ("(919) 555-0107", "PHONE")],
     ["primary-care", "practice-contact"], "A BMI value and the eligibility finding it leads to are the message; removal leaves nothing to send. Decision 5."),
    ("az0007", "Harvest Table: Your box is on its way! 📦 6 meals, shipping weight 9.4 lb, arriving Thursday between 2-8 pm. Reply SKIP to pause next week's delivery.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "The weight of a meal-kit parcel, not of a person."),
    ("az0008", "Hola Guadalupe, le recordamos su pesaje del Programa de Control de Peso el jueves 14 de marzo a las 9:00 am en Clínica del Valle. Favor de llegar 10 min antes. Conteste SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("pesaje", "PROCEDURE"), ("Programa de Control de Peso", "PROCEDURE"), ("14 de marzo", "DATE")],
     ["primary-care"], "Name, weigh-in and weight-control program go (decision 2); date, time and the generic clinic name survive."),
    ("az0009", "Hi Priya, per Dr. Haddad your goal weight is 165 lb and she'd like you to stay under 1,200 calories a day until your next visit. You've got this!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Priya", "NAME"), ("Dr. Haddad", "PROVIDER"), ("165 lb", "RESULT")],
     ["primary-care"], "A goal weight and a calorie prescription are treatment content. Decisions 5 and 9: the calorie limit is an instruction with no span of its own."),
    ("az0010", "Bayview Medical Associates: Reminder of your appt w/ Dr. Okafor on Tue 3/10 at 8:45a. Arrive 15 min early to update paperwork. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/10", "DATE")],
     ["primary-care", "shorthand"], "Generic practice, provider, date and time only."),
    ("az0011", "Zepbound refill approved ✅ Your next shipment leaves our pharmacy within 2 business days.",
     "REWRITE", "pickup", "push", "en",
     [("Zepbound", "MEDICATION")],
     ["pharmacy"], "Drug name on a lock-screen push; 'Refill approved' survives (push treated like SMS)."),
    ("az0012", "Reminder from Dr. Anand's office: starting this week increase your Mounjaro to 7.5 mg once weekly. If the nausea persists call us at (602) 555-0142.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Anand", "PROVIDER"), ("Mounjaro", "MEDICATION"), ("nausea", "CONDITION"), ("(602) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "A titration step is a dosing instruction; the dose stays outside the drug span (README)."),
)

# ---------------------------------------------------------------- batch 2 (az0013-az0024): GLP-1 telehealth, shipments, refills, prior auth
add(
    ("az0013", "Juniper Health: Your order has shipped with UPS, tracking 1Z999AA10123456784. Please refrigerate the contents as soon as it arrives. Reply HELP for help, STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Neutral sender, no drug named; decision 7: a carrier tracking number identifies a parcel, not the patient."),
    ("az0014", "TrimRx: Good news! Your compounded semaglutide 2.5 mg/mL vial shipped today in an insulated cold pack. Track it anytime at portal.example.com. Store in the fridge on arrival.",
     "REWRITE", "pickup", "sms", "en",
     [("TrimRx", "SPECIALTY"), ("semaglutide 2.5 mg/mL vial", "MEDICATION"), ("portal.example.com", "URL")],
     ["pharmacy", "practice-contact"], "Shipping notice: brand that reveals weight-loss drugs (decision 1) and the drug with its strength and form go; 'compounded' stays outside the span (decision 6); the vendor's own link stays."),
    ("az0015", "Hi Bridget,\n\nDr. Amsel reviewed your 4-week check-in and approved your next step. Your new Wegovy pen (0.5 mg) ships Monday. Here's the plan:\n\n- Weeks 5-8: inject 0.5 mg once a week, same day each week\n- Weeks 9-12: if you're tolerating it well, we'll move you to 1 mg\n\nNausea is common for a day or two after each increase. Eat smaller meals, stop when you feel full, and go easy on greasy foods. If you have vomiting and can't keep fluids down, or severe belly pain, stop the medication and message us right away.\n\nYour next check-in form opens on 5/2.\n\n- The Care Team at Lumen Weight Health\nsupport@lumen.example.com",
     "BLOCK", "care-instructions", "email", "en",
     [("Bridget", "NAME"), ("Dr. Amsel", "PROVIDER"), ("Wegovy pen", "MEDICATION"), ("Nausea", "CONDITION"), ("vomiting", "CONDITION"), ("belly pain", "CONDITION"), ("5/2", "DATE"), ("Lumen Weight Health", "SPECIALTY"), ("support@lumen.example.com", "EMAIL")],
     ["pharmacy", "practice-contact"], "A titration schedule with doses is the whole e-mail; e-mail is treated like SMS. The pen form word goes with the drug (decision 6)."),
    ("az0016", "Su pedido fue enviado 🚚 y llegará entre el martes y el jueves. Si no va a estar en casa, puede cambiar la entrega en envios.example.com. Responda AYUDA si necesita asistencia.",
     "ALLOW", "other", "sms", "es",
     [("envios.example.com", "URL")],
     ["pharmacy", "practice-contact"], "Shipping window with the vendor's own site; nothing names the contents."),
    ("az0017", "Hola Sr. Ibarra, su receta de Ozempic está lista para recoger en Farmacia San Judas. Horario: lun-sáb 9 a 8. ¡Gracias!",
     "REWRITE", "pickup", "sms", "es",
     [("Ibarra", "NAME"), ("Ozempic", "MEDICATION")],
     ["pharmacy"], "Pickup notice: name and drug go, the generic pharmacy name and hours stay."),
    ("az0018", "hi its Jess from Dr. Whitfield's office - ur refill of tirzepatide was denied by insurance b/c your A1c is only 5.9 and theres no type 2 dx on file. call us to talk self-pay options",
     "BLOCK", "billing", "sms", "en",
     [("Jess", "PROVIDER"), ("Dr. Whitfield", "PROVIDER"), ("tirzepatide", "MEDICATION"), ("A1c", "PROCEDURE"), ("5.9", "RESULT"), ("type 2", "CONDITION")],
     ["pharmacy", "shorthand", "typo"], "Denial reason is a lab value and a diagnosis (even a negated one); the clinical content is the reason for the text."),
    ("az0019", "Give it a shot! 🎯 Our new Tuesday pickleball clinic at the Wellness Center starts next week. First session free for members.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Shot' and 'clinic' in their sports senses; sent to every member."),
    ("az0020", "Subject: Your prior authorization was approved\n\nGood news - your plan approved the prior authorization for Wegovy through 12/31/2026 (Member ID XJH448120934). Your pharmacy can now fill your prescription; expect a text from them when it is ready. Questions about coverage? Call the number on the back of your card.\n\nPrairie Creek Family Practice",
     "REWRITE", "other", "email", "en",
     [("Wegovy", "MEDICATION"), ("12/31/2026", "DATE"), ("XJH448120934", "HEALTH_PLAN_ID")],
     ["pharmacy"], "The approval and its end date survive; the drug name and the member ID are not needed."),
    ("az0021", "Time for your weekly Zepbound shot! 💉 This week: 5 mg. Rotate to your left thigh.",
     "BLOCK", "care-instructions", "push", "en",
     [("Zepbound", "MEDICATION")],
     ["pharmacy"], "Dose and injection-site instruction on a lock screen; the dose is outside the drug span."),
    ("az0022", "Reminder: the Nutrition & You class meets Thursday 6-7pm in the Community Room. Topic: reading food labels (hint: sugar hides under 60+ names!). Open to everyone - bring a friend.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A community nutrition class open to all; 'sugar' is food, not a reading."),
    ("az0023", "Hi Tomasz, this is Renee from Northfield Endocrinology. We have a cancelation tomorrow at 10:40 with Dr. Varga - woud you like it? Reply YES to grab it.",
     "REWRITE", "reminder", "sms", "en",
     [("Tomasz", "NAME"), ("Renee", "PROVIDER"), ("Northfield Endocrinology", "SPECIALTY"), ("Dr. Varga", "PROVIDER")],
     ["primary-care", "typo"], "Waitlist offer: name and endocrinology practice name go (decision 1); staff sender and provider stay."),
    ("az0024", "Hi Mrs. Castellano, just a heads-up that your husband Luis's glucose log shows several readings over 300 this week. Please have him call the diabetes nurse today.",
     "BLOCK", "result", "sms", "en",
     [("Castellano", "NAME"), ("Luis", "NAME"), ("glucose", "PROCEDURE"), ("300", "RESULT"), ("diabetes", "CONDITION")],
     ["primary-care", "third-party"], "A relative's glucose readings and diagnosis sent to the spouse: third party's health is BLOCK."),
)

# ---------------------------------------------------------------- batch 3 (az0025-az0036): diabetes education, CGM and scale sync
add(
    ("az0025", "Reminder: your Diabetes Self-Management class (session 2 of 4) is Wed 4/8, 1-3pm, Room 210, Mercy Valley Hospital. Bring your meter and a snack.",
     "REWRITE", "reminder", "sms", "en",
     [("Diabetes Self-Management", "PROCEDURE"), ("4/8", "DATE"), ("meter", "PROCEDURE")],
     ["primary-care"], "Decision 2: the named DSME program is one PROCEDURE span with 'class' outside; decision 3: the glucose meter is a device. Date, room and the hospital stay."),
    ("az0026", "Your Dexcom alert history shows 3 lows under 54 overnight. Treat any low with 15 g of fast carbs, recheck in 15 min, and call the clinic today.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dexcom", "PROCEDURE"), ("lows", "CONDITION"), ("54", "RESULT")],
     ["primary-care"], "Glucose readings and hypoglycemia treatment steps; nothing is left once they are removed."),
    ("az0027", "Your supply order is on its way and should arrive in 3-5 business days. Questions? Call Medley Supply at 1-800-555-0177, Mon-Fri 8-6.",
     "ALLOW", "other", "sms", "en",
     [("1-800-555-0177", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic supply shipment with the vendor's own phone; no device or condition named."),
    ("az0028", "Your FreeStyle Libre 3 hasn't uploaded readings in 72 hours. Open the app with your phone nearby to sync, or call tech support at (877) 555-0163.",
     "REWRITE", "other", "push", "en",
     [("FreeStyle Libre 3", "PROCEDURE"), ("(877) 555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 3: a CGM brand is a device (PROCEDURE) that reveals diabetes; 'your device hasn't synced' survives. A sync nudge is not a treatment instruction."),
    ("az0029", "Doña Carmen, su azúcar en ayunas salió en 186 y la hemoglobina A1c en 8.9%. La Dra. Fuentes quiere subirle la metformina a 1000 mg dos veces al día.",
     "BLOCK", "result", "sms", "es",
     [("Carmen", "NAME"), ("azúcar en ayunas", "PROCEDURE"), ("186", "RESULT"), ("hemoglobina A1c", "PROCEDURE"), ("8.9%", "RESULT"), ("Dra. Fuentes", "PROVIDER"), ("metformina", "MEDICATION")],
     ["primary-care"], "Glucose and A1c values plus a dose change; 'Doña' is a title and stays outside the name."),
    ("az0030", "Receta de la semana 🍓: avena con fresas. 1 taza de avena, ½ taza de fresas picadas, 1 cucharadita de azúcar morena o miel y canela al gusto. ¡Buen provecho! — Boletín Vida Sana",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Azúcar' in a recipe newsletter, sent to every subscriber."),
    ("az0031", "Your Withings Body+ scale (S/N WB4-22817-K) is now paired to your Evergreen Weight Care account. Step on it each morning before breakfast so your care team gets your data.",
     "REWRITE", "other", "sms", "en",
     [("Withings Body+ scale", "PROCEDURE"), ("WB4-22817-K", "DEVICE_ID"), ("Evergreen Weight Care", "SPECIALTY")],
     ["primary-care"], "Decision 3: a connected scale issued by a weight program is a device, its serial a DEVICE_ID; using it is not a treatment instruction, so 'your device is paired' can go."),
    ("az0032", "Hi, this message is for Gerald Pruitt. This is Dana, the diabetes educator at Summit Endocrine. Your pump download shows you're missing your lunch bolus most days. Please call me back at (480) 555-0119 so we can go over your carb ratio. Thanks!",
     "BLOCK", "result", "voice", "en",
     [("Gerald Pruitt", "NAME"), ("Dana", "PROVIDER"), ("diabetes educator", "SPECIALTY"), ("Summit Endocrine", "SPECIALTY"), ("pump", "PROCEDURE"), ("missing your lunch bolus most days", "RESULT"), ("(480) 555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail (treated like SMS, can be overheard) with a finding from the pump data; decision 4: 'diabetes educator' is a specialty role word."),
    ("az0033", "Pine Ridge Health: Your lab appointment is Mon 9/14 at 7:00 AM. Please fast 10-12 hours beforehand (water is OK). Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("9/14", "DATE")],
     ["lab"], "Generic lab work with a generic fasting note; no test named."),
    ("az0034", "Sra. Villaseñor: su clase de diabetes con la educadora en diabetes, Lic. Romero, es el sábado 21 de febrero a las 10 am, sala 3. Traiga su glucómetro.",
     "REWRITE", "reminder", "sms", "es",
     [("Villaseñor", "NAME"), ("clase de [[diabetes]]", "CONDITION"), ("educadora en diabetes", "SPECIALTY"), ("Lic. Romero", "PROVIDER"), ("21 de febrero", "DATE"), ("glucómetro", "PROCEDURE")],
     ["primary-care"], "Condition used as a class label (generic word outside), specialty role word (decision 4) and meter (decision 3) go; date, time and room survive."),
    ("az0035", "Project update: we're scaling back the scope of the lobby remodel, so the east entrance stays open through March. Thanks for your patience! - Facilities, Brookside Medical",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Scale' of a construction project; sent to everyone."),
    ("az0036", "Your A1c from Tuesday came back at 6.1%, which is in the prediabetes range. Dr. Osei recommends joining our Diabetes Prevention Program - a sign-up link will follow.",
     "BLOCK", "result", "sms", "en",
     [("A1c", "PROCEDURE"), ("6.1%", "RESULT"), ("prediabetes", "CONDITION"), ("Dr. Osei", "PROVIDER"), ("Diabetes Prevention Program", "PROCEDURE")],
     ["primary-care", "contrast"], "A result value and a diagnosis by SMS. The same text on the portal is az0037 (ALLOW)."),
)

# ---------------------------------------------------------------- batch 4 (az0037-az0048): bariatric programs and surgery seminars
add(
    ("az0037", "Your A1c from Tuesday came back at 6.1%, which is in the prediabetes range. Dr. Osei recommends joining our Diabetes Prevention Program - a sign-up link will follow.",
     "ALLOW", "result", "portal", "en",
     [("A1c", "PROCEDURE"), ("6.1%", "RESULT"), ("prediabetes", "CONDITION"), ("Dr. Osei", "PROVIDER"), ("Diabetes Prevention Program", "PROCEDURE")],
     ["primary-care", "contrast"], "Same text as az0036, inside the secure portal: results and diagnoses may stay (README channel convention)."),
    ("az0038", "Thinking about weight-loss surgery? Join our free information seminar this Thursday at 6 PM in the Birch Auditorium or online. Light dinner provided, family welcome. Reply YES to save a seat.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "contrast"], "Decision 8: a seminar invitation sent to the whole list says nothing about the recipient."),
    ("az0039", "You're registered, Kwame! Bariatric surgery seminar: Thurs 2/19, 6-7:30 PM, Birch Auditorium, St. Anselm Medical Center. This seminar is required before your surgical consult.",
     "REWRITE", "confirmation", "sms", "en",
     [("Kwame", "NAME"), ("Bariatric surgery", "PROCEDURE"), ("2/19", "DATE")],
     ["primary-care", "contrast"], "The recipient's own registration (unlike the broadcast az0038): name and procedure go, date, time and place survive; 'surgical consult' is generic."),
    ("az0040", "Pre-op reminder from Dr. Haverford's team: your 2-week liquid diet starts Monday. Protein shakes only (60-80 g protein a day), no carbonation, and stop your phentermine 7 days before your sleeve on 3/30.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pre-op", "PROCEDURE"), ("Dr. Haverford", "PROVIDER"), ("liquid diet", "PROCEDURE"), ("phentermine", "MEDICATION"), ("sleeve", "PROCEDURE"), ("3/30", "DATE")],
     ["primary-care"], "Diet and medication-stop instructions before surgery; decision 9: the protein target has no span of its own."),
    ("az0041", "Hi Marisol, our monthly Bariatric Support Group meets this Tuesday at 7pm on Zoom: meet.example.com/j/4410 (passcode sent separately). Everyone at any stage is welcome!",
     "REWRITE", "reminder", "sms", "en",
     [("Marisol", "NAME"), ("Bariatric Support Group", "PROCEDURE"), ("meet.example.com/j/4410", "URL")],
     ["primary-care", "practice-contact"], "Addressed to one patient, so the group name reveals her care (decision 2); decision 12: a group meeting link without patient parameters is the practice's own URL."),
    ("az0042", "Day 30 after your gastric bypass: are you taking your chewable multivitamin twice daily, calcium citrate 500 mg three times a day and B12 weekly? Reply with any you've missed. - Bariatric Nurse Line",
     "BLOCK", "care-instructions", "sms", "en",
     [("gastric bypass", "PROCEDURE"), ("multivitamin", "MEDICATION"), ("calcium citrate 500 mg", "MEDICATION"), ("B12", "MEDICATION"), ("Bariatric", "SPECIALTY")],
     ["primary-care"], "Supplement regimen with doses and schedule after surgery: dosing content is the message."),
    ("az0043", "St. Anselm Medical Center: Your pre-registration is complete for your appointment on 3/30. Check in at Admitting, 1st floor, at 5:30 AM. Bring a photo ID and your insurance card. Questions: (704) 555-0150.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/30", "DATE"), ("(704) 555-0150", "PHONE")],
     ["primary-care", "practice-contact"], "Generic hospital name, date, time and the hospital's phone; no procedure named."),
    ("az0044", "Hi Mr. Delacroix - your insurer requires 6 monthly supervised diet visits before it will aprove your gastric sleeve. You've completed 4; the next is due by 5/15. Call (337) 555-0133 to schedule with our dietitian.",
     "REWRITE", "other", "sms", "en",
     [("Delacroix", "NAME"), ("supervised diet", "PROCEDURE"), ("gastric sleeve", "PROCEDURE"), ("5/15", "DATE"), ("(337) 555-0133", "PHONE"), ("dietitian", "SPECIALTY")],
     ["primary-care", "practice-contact", "typo"], "Insurance requirement and progress count are logistics, not clinical values; the visit type, procedure, name and dietitian (decision 4) go."),
    ("az0045", "Sra. Ortega, le informamos que su hijo Mateo fue aceptado en la clínica de obesidad infantil. Su primera cita es el 2 de abril con la Dra. Saldaña. Su IMC actual es de 31.",
     "BLOCK", "other", "sms", "es",
     [("Ortega", "NAME"), ("Mateo", "NAME"), ("obesidad infantil", "CONDITION"), ("2 de abril", "DATE"), ("Dra. Saldaña", "PROVIDER"), ("IMC", "PROCEDURE"), ("31", "RESULT")],
     ["pediatrics", "third-party", "minor"], "A child's condition and BMI sent to the parent: third party's health (README), BLOCK."),
    ("az0046", "¡Este diciembre regala bienestar! 🎁 Tarjetas de regalo de $50, $100 y $200 para masajes, faciales y clases de yoga. Válidas en todas nuestras sucursales hasta el Día de Reyes.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday gift-card promotion to every client; a holiday is not a date."),
    ("az0047", "Reminder: your pre-surgical psychological evaluation for the weight-loss surgery program is Fri 6/12 at 9 AM with Dr. Feld. Please plan on about 2 hours.",
     "REWRITE", "reminder", "sms", "en",
     [("psychological evaluation", "PROCEDURE"), ("weight-loss surgery", "PROCEDURE"), ("6/12", "DATE"), ("Dr. Feld", "PROVIDER")],
     ["behavioral-health", "primary-care"], "Visit type and program go; date, time, provider and duration survive."),
    ("az0048", "Your surgeon's office has moved! Starting 7/1, find us at 2200 Harborview Pkwy, Suite 410, Tacoma, WA 98402. Same phone: (253) 555-0186.",
     "ALLOW", "other", "sms", "en",
     [("7/1", "DATE"), ("2200 Harborview Pkwy, Suite 410, Tacoma, WA 98402", "ADDRESS"), ("(253) 555-0186", "PHONE")],
     ["general", "practice-contact"], "The practice's own new address and phone; 'surgeon' is generic (README)."),
)

# ---------------------------------------------------------------- batch 5 (az0049-az0060): dietitians, meal plans, app nudges
add(
    ("az0049", "Don't forget to log lunch! 🥗 You're 3 days into your streak. Tap to add a meal.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "A food-logging app nudge: no program, condition or value."),
    ("az0050", "Reminder: Medical Nutrition Therapy with Hannah Cho, RDN, CDCES on Wed 10/7 at 2:00 PM (video). Have your food log handy. - Westbrook Primary Care",
     "REWRITE", "reminder", "sms", "en",
     [("Medical Nutrition Therapy", "PROCEDURE"), ("Hannah Cho", "PROVIDER"), ("RDN", "SPECIALTY"), ("CDCES", "SPECIALTY"), ("10/7", "DATE")],
     ["primary-care"], "Decision 4: RDN and CDCES (certified diabetes care and education specialist) are specialty credentials, separate spans after the PROVIDER name; MNT is a visit type (decision 2)."),
    ("az0051", "Hi Oluwaseun! Your new meal plan starting today: 45 g carbs per meal, 15 g per snack, and since your kidney numbers were up, keep protein to 2 palm-size servings a day. Questions? Reply here. - Ines, RD",
     "BLOCK", "care-instructions", "sms", "en",
     [("Oluwaseun", "NAME"), ("kidney numbers", "PROCEDURE"), ("were [[up]]", "RESULT"), ("Ines", "PROVIDER"), ("RD", "SPECIALTY")],
     ["primary-care"], "A diet prescription (decision 9) driven by a lab finding ('kidney numbers were up'); the dietitian's credential is SPECIALTY (decision 4)."),
    ("az0052", "This week's healthy swap: trade your afternoon soda for sparkling water with lime - you'll skip about 39 g of sugar! More tips at the Wellness Corner by the elevators.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A general health tip with a gram figure for soda, not a reading."),
    ("az0053", "Hola Xiomara, le escribe Paola, nutrióloga de Centro Médico Aurora. ¿Le queda bien el lunes 9 de noviembre a las 11:00 para su consulta de seguimiento? Responda SÍ o NO.",
     "REWRITE", "reminder", "sms", "es",
     [("Xiomara", "NAME"), ("Paola", "PROVIDER"), ("nutrióloga", "SPECIALTY"), ("9 de noviembre", "DATE")],
     ["primary-care"], "Named staff sender stays; her role word names the service (decision 4) and the patient's name goes."),
    ("az0054", "Subject: Fall flavors, lighter\n\nHi friends,\n\nThe leaves are turning and the pumpkin-spice everything is back. Our dietitians put together three lighter fall favorites:\n\n1. Skinny pumpkin latte: a shot of espresso, steamed almond milk, 1 tsp maple sugar and a pinch of cinnamon.\n2. Sheet-pan apples with oats and walnuts (no added sugar needed!).\n3. Turkey chili that weighs in at under 400 calories a bowl.\n\nOur Walk & Talk group also starts up again: Saturdays at 9 AM from the north parking lot, about 2 miles at an easy pace, rain or shine. No sign-up needed.\n\nHave a healthy, happy season,\nThe Greenleaf Family Health Wellness Team\n\nYou are receiving this newsletter because you subscribed. Reply UNSUBSCRIBE to stop.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Newsletter to every subscriber: 'shot' of espresso, 'sugar', 'weighs in' and calories of a recipe."),
    ("az0055", "Heads up: your glucose has been above 250 mg/dL for 3 hours. Check ketones and take a correction dose per your plan.",
     "BLOCK", "result", "push", "en",
     [("glucose", "PROCEDURE"), ("250 mg/dL", "RESULT"), ("ketones", "PROCEDURE")],
     ["primary-care"], "A CGM reading and a treatment prompt on a lock screen."),
    ("az0056", "Your PlateWise Coach subscription renews on 4/1 for $14.99/mo. Manage or cancel anytime in Settings > Billing.",
     "ALLOW", "billing", "sms", "en",
     [("4/1", "DATE")],
     ["general"], "A consumer meal-planning subscription renewal: date and price only."),
    ("az0057", "Amira, ur grocery store tour with our dietitian is Sat at 10 AM at the Fresh Fields on Elm. Meet at the customer service desk, wear comfy shoes! -Lakeview Diabetes & Endocrine Center",
     "REWRITE", "reminder", "sms", "en",
     [("Amira", "NAME"), ("dietitian", "SPECIALTY"), ("Lakeview Diabetes & Endocrine Center", "SPECIALTY")],
     ["primary-care", "shorthand"], "Name, dietitian (decision 4) and the diabetes center's name go; time and meeting place survive."),
    ("az0058", "Hi Mr. Nakamura,\n\nFollowing up on Kenji's visit with the pediatric endocrinologist: his fasting glucose was 112 and his insulin level was high, which can be an early sign of insulin resistance. Please schedule a follow-up with our dietitian in the next month.\n\nThank you,\nHillcrest Children's Clinic",
     "BLOCK", "result", "email", "en",
     [("Nakamura", "NAME"), ("Kenji", "NAME"), ("pediatric endocrinologist", "SPECIALTY"), ("fasting glucose", "PROCEDURE"), ("112", "RESULT"), ("insulin level", "PROCEDURE"), ("was [[high]]", "RESULT"), ("insulin resistance", "CONDITION"), ("dietitian", "SPECIALTY")],
     ["pediatrics", "third-party", "minor"], "A child's results and a possible diagnosis to the parent by e-mail (treated like SMS): third party's health, BLOCK."),
    ("az0059", "Recordatorio: la clase de Zumba gratuita en el parque es este sábado a las 8 am. ¡Trae agua y buena energía! 💃 Organiza: Comité de Salud del Barrio",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A free community exercise class; 'clase' and 'salud' say nothing about the recipient."),
    ("az0060", "Your low-FODMAP meal plan for week 3 is ready in the Nourish app. Open it to see this week's shopping list.",
     "REWRITE", "other", "push", "en",
     [("low-FODMAP meal plan", "PROCEDURE")],
     ["primary-care"], "Decision 2: a named therapeutic diet reveals a condition; 'your meal plan for week 3 is ready' survives (the plan itself stays in the app)."),
)

# ---------------------------------------------------------------- batch 6 (az0061-az0072): med spas, injectables, laser, packages
add(
    ("az0061", "Hi Chloe! Reminder: Botox touch-up w/ Ashley Morgan, NP tomorrow 4:15pm at Luxe Aesthetics. Please arrive makeup-free 💋 Reply C to confirm. 24hr cancellation fee $50.",
     "REWRITE", "reminder", "sms", "en",
     [("Chloe", "NAME"), ("Botox", "MEDICATION"), ("Ashley Morgan, NP", "PROVIDER"), ("Luxe Aesthetics", "SPECIALTY")],
     ["dermatology", "shorthand"], "Botox as the object of a visit is MEDICATION (README); decision 1: an aesthetics practice name is specialty-revealing. Time, prep and fee survive."),
    ("az0062", "✨ March Menu at Serenity Day Spa ✨ Signature facial $85 | Hot stone massage $110 | Brow lamination $65 | Add a glass of bubbly for $8. Book online or stop by the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A spa menu with prices sent to every client."),
    ("az0063", "Valentina - your lip filler today was 1 syringe of Juvéderm Volbella. Some swelling & bruising is normal for 3-5 days; ice 10 min on/off, no straws for 24 hrs. If you see white or blotchy skin, call us IMMEDIATELY.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Valentina", "NAME"), ("lip filler", "PROCEDURE"), ("Juvéderm Volbella", "MEDICATION"), ("swelling", "CONDITION"), ("bruising", "CONDITION")],
     ["dermatology"], "What was injected and aftercare instructions are the message; decision 10: a treatment record with amounts is like a dose."),
    ("az0064", "Glow Club: Your monthly membership ($149) was charged to the card ending in 4417. Your included service credit is ready to use. Thank you for being a member!",
     "ALLOW", "billing", "sms", "en", [],
     ["dermatology", "hard-negative"], "Neutral membership name, a price and a card's last four digits (decision 7: not labelled)."),
    ("az0065", "Radiance MedSpa: You have 2 of 6 laser hair removal sessions left in your package. Next session: 8/19 at 11:30 with Brianna. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Radiance MedSpa", "SPECIALTY"), ("laser hair removal", "PROCEDURE"), ("8/19", "DATE"), ("Brianna", "PROVIDER")],
     ["dermatology"], "Package balance and next visit survive; the treatment and med-spa name go (decision 1). The named technician is workforce (PROVIDER)."),
    ("az0066", "Kelsey, for your records: today's tox was 20 units glabella + 12 units crow's feet (80 units of Dysport total). Next appt in 12 wks. - Dr. Pham",
     "BLOCK", "other", "sms", "en",
     [("Kelsey", "NAME"), ("tox", "MEDICATION"), ("Dysport", "MEDICATION"), ("Dr. Pham", "PROVIDER")],
     ["dermatology", "shorthand"], "Decision 10: units injected per site are a dose record; decision 6: 'tox' is slang for the toxin (MEDICATION)."),
    ("az0067", "Hola Beatriz 💆 Te esperamos el viernes 5 de septiembre a las 3 pm para tu suero vitamínico IV en Hidrata Wellness Bar. Llega 10 min antes y trae una botella de agua.",
     "REWRITE", "reminder", "sms", "es",
     [("Beatriz", "NAME"), ("suero vitamínico IV", "PROCEDURE"), ("5 de septiembre", "DATE")],
     ["dermatology"], "Decision 2: an IV vitamin drip is a treatment (PROCEDURE); the bar's name is neutral enough to stay (judgement, decision 1)."),
    ("az0068", "Black Friday at Bella Vita Med Spa 🖤 25% off all packages, buy 2 syringes get $100 off, and a free B12 shot with any facial. Today only, in-spa and online!",
     "ALLOW", "marketing", "sms", "en", [],
     ["dermatology", "broadcast", "hard-negative"], "Decision 8: a holiday promotion to every client, no span even for the treatments and the med-spa name."),
    ("az0069", "Happy 92nd birthday, Dorothy! 🎂 The whole team at Silver Maple Skin & Laser would love to treat you to a complimentary hydrating facial this month.",
     "REWRITE", "marketing", "sms", "en",
     [("92nd", "AGE"), ("Dorothy", "NAME"), ("Silver Maple Skin & Laser", "SPECIALTY")],
     ["dermatology", "age-over-89"], "An age over 89 and a name go; a skin-and-laser practice name is specialty-revealing (dermatology). The birthday offer survives."),
    ("az0070", "Hi Jordan! Week 6 on our Sculpt semaglutide program - you've lost 11 lbs 🎉 Your next vial is 1 mg/week (40 units on the syringe). Pick up Fri at Contour Med Spa.",
     "BLOCK", "pickup", "sms", "en",
     [("Jordan", "NAME"), ("semaglutide", "MEDICATION"), ("11 lbs", "RESULT"), ("Contour Med Spa", "SPECIALTY")],
     ["dermatology", "pharmacy"], "Weight lost (decision 5) and a dose instruction from a med spa's GLP-1 program."),
    ("az0071", "Reminder of your appointment Thu 6/4 at 1:00 PM with Dr. Pham at 118 Lark St, Suite 2, Albany, NY 12210. Reply C to confirm or call (518) 555-0114.",
     "ALLOW", "reminder", "sms", "en",
     [("6/4", "DATE"), ("Dr. Pham", "PROVIDER"), ("118 Lark St, Suite 2, Albany, NY 12210", "ADDRESS"), ("(518) 555-0114", "PHONE")],
     ["dermatology", "practice-contact"], "Provider, date, the practice's own address and phone; no treatment named."),
    ("az0072", "Hi Naomi,\n\nThanks for booking your CoolSculpting consultation at Aurelia Aesthetics on Saturday, May 9 at 10:00 am with our provider, Dr. Esther Lam.\n\nBefore your visit, please complete your intake and photo consent here:\nhttps://forms.example.com/intake?pid=88231&t=Kx9Q2\n\nA few tips: wear comfortable clothing, plan on about 60 minutes, and bring a list of any medications. Parking is free behind the building.\n\nNeed to move your time? Reply to this e-mail or call us at (312) 555-0125 at least 48 hours ahead to avoid a $75 late-cancel fee.\n\nSee you soon!\nThe Aurelia team",
     "REWRITE", "confirmation", "email", "en",
     [("Naomi", "NAME"), ("CoolSculpting", "PROCEDURE"), ("Aurelia Aesthetics", "SPECIALTY"), ("May 9", "DATE"), ("Dr. Esther Lam", "PROVIDER"), ("https://forms.example.com/intake?pid=88231&t=Kx9Q2", "URL"), ("(312) 555-0125", "PHONE")],
     ["dermatology", "practice-contact"], "Booking e-mail: name, treatment, aesthetics name (decision 1) and the patient-specific intake link (decision 12) go; date, provider, tips and phone survive. 'The Aurelia team' alone is left unlabelled (judgement)."),
)

# ---------------------------------------------------------------- batch 7 (az0073-az0084): en español — farmacia, GLP-1, clases, familia
add(
    ("az0073", "Farmacia Los Pinos: Su receta está lista para recoger. Horario de hoy: 9 am a 7 pm. Traiga una identificación. Dudas al (915) 555-0128.",
     "ALLOW", "pickup", "sms", "es",
     [("(915) 555-0128", "PHONE")],
     ["pharmacy", "practice-contact"], "Pickup without the drug's name; generic pharmacy name and its phone."),
    ("az0074", "Hola Esperanza, la enfermera Lucía le recuerda: esta semana se aplica 0.5 mg de Ozempic los domingos. Si tiene vómito o dolor fuerte de estómago, suspenda y llámenos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Esperanza", "NAME"), ("enfermera Lucía", "PROVIDER"), ("Ozempic", "MEDICATION"), ("vómito", "CONDITION"), ("dolor fuerte de estómago", "CONDITION")],
     ["primary-care"], "Dose, day and stop instructions; the dose before the drug stays outside the span."),
    ("az0075", "Aviso: la clínica estará cerrada el día de Año Nuevo. Si necesita surtir algún medicamento, pídalo antes del martes. ¡Felices fiestas les desea todo el equipo!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure to every patient; 'medicamento' is generic and a holiday is not a date."),
    ("az0076", "Sr. Medina, su pluma de Mounjaro ya fue enviada a 2418 Calle Olivo Apt 6, Pico Rivera CA 90660. Llega el jueves y necesita refrigeración al recibirla.",
     "REWRITE", "pickup", "sms", "es",
     [("Medina", "NAME"), ("Mounjaro", "MEDICATION"), ("2418 Calle Olivo Apt 6, Pico Rivera CA 90660", "ADDRESS")],
     ["pharmacy"], "The patient's home address, name and drug go ('pluma de' stays outside, decision 6); 'your order ships Thursday, refrigerate' survives."),
    ("az0077", "Recordatorio: su cita con el Dr. Albarrán es el lunes 3 de agosto a las 8:30 am. Si no puede asistir, llame al (787) 555-0161. Clínica Familiar Las Lomas",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Albarrán", "PROVIDER"), ("3 de agosto", "DATE"), ("(787) 555-0161", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time, generic clinic name and its phone."),
    ("az0078", "Para confirmar su envío de Wegovy, verifique sus datos: Rosa Elena Paredes, fecha de nacimiento 14/07/1969, póliza MX-44871920. Responda SÍ si son correctos.",
     "BLOCK", "other", "sms", "es",
     [("Wegovy", "MEDICATION"), ("Rosa Elena Paredes", "NAME"), ("14/07/1969", "DATE"), ("MX-44871920", "HEALTH_PLAN_ID")],
     ["pharmacy", "dob"], "Full date of birth with the name (README: BLOCK), plus the drug and policy number."),
    ("az0079", "Buenas tardes don Efraín, le recordamos su cita en Endocrinología Integral del Norte el miércoles 18 de noviembre, 10:15 am. Traiga su glucómetro y la lista de sus medicinas.",
     "REWRITE", "reminder", "sms", "es",
     [("Efraín", "NAME"), ("Endocrinología Integral del Norte", "SPECIALTY"), ("18 de noviembre", "DATE"), ("glucómetro", "PROCEDURE")],
     ["primary-care"], "Name (title 'don' outside), endocrinology practice name (decision 1) and meter (decision 3) go."),
    ("az0080", "¿Buscas una nueva meta? 💪 Únete al reto de 10,000 pasos de Gimnasio Fuerza este mes. Inscripción gratis y premios para los primeros 50. ¡A darle!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Gym step challenge sent to every member; numbers are steps and places."),
    ("az0081", "Sra. Beltrán, habla Marta de la Clínica San Lucas. Su mamá, doña Refugio, tiene el azúcar muy alta, 320. Por favor tráigala hoy mismo o llame al 911 si la ve confundida.",
     "BLOCK", "result", "sms", "es",
     [("Beltrán", "NAME"), ("Marta", "PROVIDER"), ("Refugio", "NAME"), ("azúcar", "PROCEDURE"), ("muy alta", "RESULT"), ("320", "RESULT"), ("confundida", "CONDITION")],
     ["primary-care", "third-party"], "A mother's glucose value sent to her daughter: third party's health. 911 is not a phone identifier."),
    ("az0082", "Su pedido se retrasó por el clima 🌨️. Nueva fecha estimada de entrega: 12 de enero. No necesita hacer nada; le avisaremos cuando salga.",
     "ALLOW", "other", "sms", "es",
     [("12 de enero", "DATE")],
     ["pharmacy"], "Delivery delay with a date; contents not named."),
    ("az0083", "Recordatorio: taller 'Cómo aplicarse la insulina' el sábado 7 de marzo, 9 am, Aula 2, Hospital General Santa Fe. Puede venir acompañado.",
     "REWRITE", "reminder", "sms", "es",
     [("insulina", "MEDICATION"), ("7 de marzo", "DATE")],
     ["primary-care"], "The drug in the workshop title goes (README: insulin is MEDICATION); date, time and room survive."),
    ("az0084", "¡Promoción de San Valentín en Spa Orquídea! Masaje en pareja + copa de vino por $120. Vigencia: todo febrero. Reserva por WhatsApp 💕",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday spa promotion for every client; a month alone is not a date."),
)

# ---------------------------------------------------------------- batch 8 (az0085-az0096): GLP-1 telehealth, injection training, disguises
add(
    ("az0085", "ur O-z-e-m-p-i-c is ready 4 pickup at Kessler Pharmacy, counter closes 9pm",
     "REWRITE", "pickup", "sms", "en",
     [("O-z-e-m-p-i-c", "MEDICATION")],
     ["pharmacy", "spaced", "shorthand"], "Hyphen-spaced drug name in a pickup notice; 'ur prescription is ready' survives."),
    ("az0086", "Your A\u200b1c was 9.\u200b4%. Dr. Brandt wants to start you on in\u200bsulin - please book an injection-teaching visit this week.",
     "BLOCK", "result", "sms", "en",
     [("A\u200b1c", "PROCEDURE"), ("9.\u200b4%", "RESULT"), ("Dr. Brandt", "PROVIDER"), ("in\u200bsulin", "MEDICATION"), ("injection-teaching", "PROCEDURE")],
     ["primary-care"], "Zero-width spaces inside the test, the value and the drug; an A1c value and a treatment decision."),
    ("az0087", "Reminder: ur W3g0vy refill ships 2morrow. Reply STOP to opt out",
     "REWRITE", "pickup", "sms", "en",
     [("W3g0vy", "MEDICATION")],
     ["pharmacy", "leet", "shorthand"], "Leetspeak drug name; 'your refill ships tomorrow' survives."),
    ("az0088", "Mounj\u0430ro dose increase: go to 10 mg starting Sunday per Dr. Kaur. Same injection day as before.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mounj\u0430ro", "MEDICATION"), ("Dr. Kaur", "PROVIDER")],
     ["primary-care"], "Cyrillic 'а' inside the drug name; a titration instruction."),
    ("az0089", "Your 30-day supply ships on your billing date. To skip a month or update payment, visit Settings in the app. Plans start at $199/mo.",
     "ALLOW", "billing", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Subscription logistics with no drug, program or value."),
    ("az0090", "Subject: An update on medication supply\n\nDear patients,\n\nMany of you have asked about the national shortage of GLP-1 medications. We want you to know what we are doing.\n\nOur pharmacy team checks stock every morning with three distributors. If your usual strength is not available, your prescriber will contact you before anything changes - please don't change anything on your own. Compounded versions are not something we dispense.\n\nIf you have not heard from us within 3 days of your usual refill date, send a message through the portal rather than calling; our phone lines are very busy.\n\nThank you for your patience,\nHarborline Health",
     "ALLOW", "other", "email", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Decision 8: a shortage notice sent to all patients says nothing about any one recipient, although it names a drug class."),
    ("az0091", "Hi Sanjay - your injection training with our nurse educator is confirmed for Wed 11/4 at 9:30 AM. We'll walk through your first Saxenda pen together. - Dr. Moreau's office",
     "REWRITE", "confirmation", "sms", "en",
     [("Sanjay", "NAME"), ("injection training", "PROCEDURE"), ("11/4", "DATE"), ("Saxenda pen", "MEDICATION"), ("Dr. Moreau", "PROVIDER")],
     ["primary-care"], "Decision 2: injection training is a visit type; the drug with its form word goes (decision 6); 'nurse educator' is generic (decision 4)."),
    ("az0092", "Thanks for completing your intake, Renata. Because of your history of pancreatitis and a family history of medullary thyroid cancer, our clinicians can't prescribe a GLP-1 through this service. Please talk with your PCP.",
     "BLOCK", "other", "sms", "en",
     [("Renata", "NAME"), ("pancreatitis", "CONDITION"), ("medullary thyroid cancer", "CONDITION"), ("GLP-1", "MEDICATION")],
     ["primary-care", "oncology"], "A clinical eligibility decision resting on the patient's history: the diagnoses are the message."),
    ("az0093", "A new message from your care team is waiting in the patient portal. Log in at portal.example.com to read it. We never send health details by text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.example.com", "URL")],
     ["general", "practice-contact"], "The notification-without-PHI pattern with the practice's own portal address."),
    ("az0094", "Time for your monthly check-in! Complete your check-in survey so your provider can renew your tirzepatide: https://go.example.com/ci?token=7fQ2mZ91",
     "REWRITE", "other", "sms", "en",
     [("tirzepatide", "MEDICATION"), ("https://go.example.com/ci?token=7fQ2mZ91", "URL")],
     ["pharmacy"], "Drug name and a tokened, patient-specific link go (decision 12); 'complete your check-in so your provider can renew your prescription' survives."),
    ("az0095", "Photo day! 📸 Team headshots get shot Friday morning, so the front desk opens at 9:15 instead of 8:30. Thanks for your patience.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Shot' as in photographs; an hours change for everyone."),
    ("az0096", "Hi Mr. Albright, your wife asked us to let you know her Zepbound was increased to 7.5 mg and she's had some dizziness - please keep an eye on her this weekend.",
     "BLOCK", "other", "sms", "en",
     [("Albright", "NAME"), ("Zepbound", "MEDICATION"), ("dizziness", "CONDITION")],
     ["primary-care", "third-party"], "A spouse's dose change and symptom: third party's health, even at her request."),
)

# ---------------------------------------------------------------- batch 9 (az0097-az0108): endocrinology, wellness clinics, post-op follow-up
add(
    ("az0097", "Sliding-scale fees are available for uninsured patients at all Riverside Community Health sites. Ask at check-in - no paperwork is needed for your first visit.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Scale' of fees, sent to every patient."),
    ("az0098", "Lab note: TSH 0.08 (L), free T4 2.1 (H). Dr. Greer will lower your levothyroxine to 88 mcg - new Rx sent to Elm Street Pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("TSH", "PROCEDURE"), ("0.08", "RESULT"), ("TSH 0.08 ([[L]])", "RESULT"), ("free T4", "PROCEDURE"), ("2.1", "RESULT"), ("2.1 ([[H]])", "RESULT"), ("Dr. Greer", "PROVIDER"), ("levothyroxine", "MEDICATION")],
     ["primary-care", "shorthand"], "Thyroid values with flags (each flag its own span) and a dose change."),
    ("az0099", "Thyroid ultrasound reminder: Tue 9/22 at 7:45 AM, Lakeside Imaging, 2nd floor. No prep needed. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Thyroid ultrasound", "PROCEDURE"), ("9/22", "DATE"), ("Lakeside Imaging", "SPECIALTY")],
     ["imaging"], "A named test (one span with its head word) and an imaging name go; date, time and floor survive."),
    ("az0100", "Canyon Internal Medicine now offers early-morning appointments (7 AM) on Tuesdays and Thursdays with Dr. Ferreira and Dr. Lund. Call (505) 555-0173 to book.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Ferreira", "PROVIDER"), ("Dr. Lund", "PROVIDER"), ("(505) 555-0173", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "A broadcast with providers and the practice's own phone."),
    ("az0101", "Great job this week Marcus!! You're down 6.4 lbs since your start weight of 248 - keep it up! See you at Thursday's check-in. -Coach Tiana, SlimPath",
     "ALLOW", "other", "portal", "en",
     [("Marcus", "NAME"), ("6.4 lbs", "RESULT"), ("248", "RESULT"), ("Coach Tiana", "PROVIDER"), ("SlimPath", "SPECIALTY")],
     ["primary-care", "contrast"], "Same text as az0003, inside the secure portal: names and values may stay."),
    ("az0102", "Subject: Your 6-month visit summary\n\nDear Ms. Whitaker,\n\nIt was great to see you on 10/14 for your 6-month check after gastric bypass. A quick summary of what we discussed:\n\n- Weight today 196 lb (down 58 lb since surgery); BMI now 33.4\n- Your ferritin came back low, so please start ferrous sulfate 325 mg once daily with orange juice, not with your calcium\n- Keep up 60+ g protein and 64 oz of fluids a day\n\nYour next visit is in 3 months with Dr. Okonjo. Our scheduler will call you to set it up.\n\nWarm regards,\nMaya Greenberg, PA-C\nRiverside Bariatric & Metabolic Surgery",
     "BLOCK", "result", "email", "en",
     [("Whitaker", "NAME"), ("10/14", "DATE"), ("gastric bypass", "PROCEDURE"), ("196 lb", "RESULT"), ("58 lb", "RESULT"), ("BMI", "PROCEDURE"), ("33.4", "RESULT"), ("ferritin", "PROCEDURE"), ("came back [[low]]", "RESULT"), ("ferrous sulfate 325 mg", "MEDICATION"), ("calcium", "MEDICATION"), ("Dr. Okonjo", "PROVIDER"), ("Maya Greenberg, PA-C", "PROVIDER"), ("Riverside Bariatric & Metabolic Surgery", "SPECIALTY")],
     ["primary-care"], "A visit summary by e-mail: weights, BMI, a lab finding and a new medication with dose. Decision 5; decision 9 for the protein and fluid targets."),
    ("az0103", "Leg day, anyone? 🏋️ New Strength & Balance class Mondays at 5:30 PM in the Wellness Center gym. Taught by our PT team; all levels welcome. Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A fitness class open to everyone."),
    ("az0104", "Hola Lupita, tu programa de control de peso con Coach Iván arranca el martes 2 de junio a las 6 pm en Bienestar Arboleda. Trae tenis y agua. Cualquier duda me escribes 🙌",
     "REWRITE", "reminder", "sms", "es",
     [("Lupita", "NAME"), ("programa de control de peso", "PROCEDURE"), ("Coach Iván", "PROVIDER"), ("2 de junio", "DATE")],
     ["primary-care"], "Name and weight program go (decision 2); the named coach is workforce (decision 4); date, time and place survive."),
    ("az0105", "Your fitness assessment results from the Corporate Wellness Challenge are in! 🥇 Team Blue took 1st place with 2.1 million steps. Prizes in the cafeteria Friday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Results' of a team step challenge, not of a test."),
    ("az0106", "Hi Ingrid, your weight at today's visit was 287 lb. Your surgeon needs you at or below 275 before we can book your sleeve gastrectomy, so keep going with the liquid diet!",
     "BLOCK", "result", "sms", "en",
     [("Ingrid", "NAME"), ("287 lb", "RESULT"), ("275", "RESULT"), ("sleeve gastrectomy", "PROCEDURE"), ("liquid diet", "PROCEDURE")],
     ["primary-care"], "A measured weight and a target weight for surgery (decision 5)."),
    ("az0107", "Reminder: your appointment at Maplewood Medical Group is tomorrow at 10:20 AM. Please bring all your medications in their original bottles.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "hard-negative"], "'Medications' is generic (README); nothing names a drug or visit type."),
    ("az0108", "Kiara, your Dexcom G7 sensors (3-pack) are back-ordered. We expect them by 10/20 and will ship the same day. - Pinnacle Diabetes Supply",
     "REWRITE", "other", "sms", "en",
     [("Kiara", "NAME"), ("Dexcom G7 sensors", "PROCEDURE"), ("10/20", "DATE"), ("Pinnacle Diabetes Supply", "SPECIALTY")],
     ["pharmacy"], "Name, CGM supplies (decision 3) and a supplier name that names the condition (decision 1) go; the back-order date survives."),
)

# ---------------------------------------------------------------- batch 10 (az0109-az0120): mixed — voicemail, peels, memberships, a relative, holiday
add(
    ("az0109", "Staff reminder: Friday's planning meeting covers the scale of the clinic expansion and how much weight each contractor bid gets in the final decision. Lunch provided. - Administration",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Scale' and 'weight' of a building project, sent to all staff."),
    ("az0110", "This message is for Harold. Harold, this is the nurse calling for Dr. Stein. Your fasting glucose came back at 131 and your A1c at 6.7, which means you have diabetes. Please call us back at (406) 555-0147 to set up a visit to talk about next steps.",
     "BLOCK", "result", "voice", "en",
     [("Harold", "NAME"), ("Harold", "NAME", 1), ("Dr. Stein", "PROVIDER"), ("fasting glucose", "PROCEDURE"), ("131", "RESULT"), ("A1c", "PROCEDURE"), ("6.7", "RESULT"), ("diabetes", "CONDITION"), ("(406) 555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "A new diagnosis and its values left on voicemail, which can be overheard (voice treated like SMS)."),
    ("az0111", "Oasis Wellness: Your booking is confirmed for Sat 7/11 at 11:00 AM. Walk-ins are welcome when chairs are free. 📍 455 Mercer Ave, Suite 1, Austin, TX 78704",
     "ALLOW", "confirmation", "sms", "en",
     [("7/11", "DATE"), ("455 Mercer Ave, Suite 1, Austin, TX 78704", "ADDRESS")],
     ["general", "practice-contact"], "Neutral wellness name (decision 1), date, time and the business's own address; no treatment named."),
    ("az0112", "Reminder: stop retinol, Accutane and any blood thinners 7 days before your chemical peel on 4/28. If you've ever had cold sores, we'll start valacyclovir 2 days before. - Dr. Castillo, Derm & Laser Studio",
     "BLOCK", "care-instructions", "sms", "en",
     [("retinol", "MEDICATION"), ("Accutane", "MEDICATION"), ("blood thinners", "MEDICATION"), ("chemical peel", "PROCEDURE"), ("4/28", "DATE"), ("cold sores", "CONDITION"), ("valacyclovir", "MEDICATION"), ("Dr. Castillo", "PROVIDER"), ("Derm & Laser Studio", "SPECIALTY")],
     ["dermatology", "negation"], "Medication-stop and start instructions before a procedure; the cold-sore clause is hypothetical but still clinical."),
    ("az0113", "Subject: Changes to Glow Club memberships in 2027\n\nHi there,\n\nThank you for being part of Glow Club! Starting in January, a few things are changing:\n\n- The monthly rate stays $149, and unused service credits now roll over for 90 days instead of 30.\n- Members get 15% off all treatment packages and retail skincare (was 10%).\n- Guest passes: bring a friend once per quarter for a complimentary express facial.\n\nYou don't need to do anything to keep your membership. If you'd like to pause or cancel, you can do so anytime from your account page with 30 days' notice, no fee.\n\nQuestions? Just reply to this e-mail and our front-desk team will help.\n\nGlow on,\nThe Glow Club team",
     "ALLOW", "marketing", "email", "en", [],
     ["dermatology", "broadcast", "hard-negative"], "Membership terms sent to every member: prices, packages and credits, nothing about anyone's treatment."),
    ("az0114", "Sr. Quiñones, sus resultados de hoy: peso 104 kg, IMC 36.2, glucosa 148. La nutrióloga Sandra Vega le enviará su nuevo plan de 1,500 calorías esta semana.",
     "BLOCK", "result", "sms", "es",
     [("Quiñones", "NAME"), ("peso", "PROCEDURE"), ("104 kg", "RESULT"), ("IMC", "PROCEDURE"), ("36.2", "RESULT"), ("glucosa", "PROCEDURE"), ("148", "RESULT"), ("nutrióloga", "SPECIALTY"), ("Sandra Vega", "PROVIDER")],
     ["primary-care"], "Weight, BMI and glucose values (decision 5); the calorie plan has no span (decision 9)."),
    ("az0115", "Hello, this is an automated reminder from Alder Creek Clinic. You have an appointment on Thursday, October 8 at 4:40 PM with Dr. Rentería. Press 1 to confirm or 2 to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("October 8", "DATE"), ("Dr. Rentería", "PROVIDER")],
     ["primary-care"], "Automated voice reminder with date, time and provider only."),
    ("az0116", "Confirmed: Gastric Sleeve Info Session for Yolanda + 1 guest, Tue 8/25, 6 PM, Room 4B. Parking is validated. Questions? bariatrics@stcatherine.example.org",
     "REWRITE", "confirmation", "sms", "en",
     [("Gastric Sleeve", "PROCEDURE"), ("Yolanda", "NAME"), ("8/25", "DATE"), ("bariatrics@stcatherine.example.org", "EMAIL")],
     ["primary-care", "practice-contact"], "Her own registration: procedure and name go; the practice's e-mail is labelled and allowed, though its local part names the service (judgement: left to the rewrite)."),
    ("az0117", "Hi Mrs. Ashworth, it's coach Dani from FitKids. Per Alex's doctor she wont do weigh-ins with the group because of her eating disorder recovery, so we'll quietly skip that for her.",
     "BLOCK", "other", "sms", "en",
     [("Ashworth", "NAME"), ("coach Dani", "PROVIDER"), ("Alex", "NAME"), ("weigh-ins", "PROCEDURE"), ("eating disorder", "CONDITION")],
     ["behavioral-health", "pediatrics", "third-party", "minor", "typo"], "A child's eating-disorder recovery sent to the parent: third party's health."),
    ("az0118", "Heads up: we're upgrading our scheduling system this Sunday from 2-6 AM. Online booking will be unavailable; call (971) 555-0192 if you need to reach us.",
     "ALLOW", "other", "sms", "en",
     [("(971) 555-0192", "PHONE")],
     ["general", "broadcast", "practice-contact"], "IT downtime notice to everyone with the practice's phone."),
    ("az0119", "re: your message - constipation and mild nausea are expected the first few weeks on Wegovy. Take Miralax 17 g daily as needed and aim for 64 oz of water. If no BM in 4 days, call us. -Kim, RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("constipation", "CONDITION"), ("nausea", "CONDITION"), ("Wegovy", "MEDICATION"), ("Miralax", "MEDICATION"), ("Kim, RN", "PROVIDER")],
     ["primary-care", "shorthand"], "Symptoms, the drug and a dosing instruction in a nurse's reply."),
    ("az0120", "Holiday gift idea 🎄 The Sugar Plum package: 60-min massage, peppermint foot scrub and a cup of cocoa for $95. Gift cards never expire - grab one at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Sugar' in a spa package name; a holiday promotion to everyone."),
)

if __name__ == "__main__":
    probe_lib.run(M, "az", "probe49.jsonl")
