#!/usr/bin/env python3
"""Build corpus/probe389.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe389.py [OUT] [-v]   (default: probe389.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and lines 1-117 and
579-584 of corpus/build_probe7.py only (its docstring, row format and first batch, as a model of
this file). The engine was not run; no Java source, rule, dictionary, test or other corpus was read.

Theme: EVERYDAY MESSAGES FROM A RHEUMATOLOGY PRACTICE AND ITS INFUSION CENTER, in the proportions
an ordinary week produces them: appointment reminders and confirmations, reschedules, recalls,
biologic infusions and injections, monitoring labs, refills and specialty-pharmacy deliveries,
joint injections, bone density scans, prior authorizations, statements and payments, portal
notices, surveys, closures and broadcasts, plus the occasional message a careless staff member
writes (results, doses, an internal note, a DOB with a name, an SSN). Templates with merge fields,
lower-case staff shorthand, long e-mails, voice calls and pushes; look-alikes from the practice's
own life (infused water, herbal "infusiones", the Joint Commission, a staff member named Lupe, a
"Bone Appetit" potluck, a Flare Up 5K); 3 disguised messages (zero-width, Cyrillic look-alike,
spaced letters). 18 of the 120 (15%) in Spanish.

The practice ("Linden Arthritis & Rheumatology", infusion center "Linden Infusion Suite") texts
most patients under the generic sender name "Linden Health Partners"; its pharmacy is "Linden
Pharmacy"; its own phones are (541) 555-0142/0144/0147/0158/0163/0199 and its sites are under
lindenhealth.example.org.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why); ids are assigned in
order by r() below (ob0001...ob0120).
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "([[L]])" searches for "(L)" and labels only "L".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - a rheumatology practice name ("Linden Arthritis & Rheumatology", "Linden Reumatologia") and an
    infusion-center name ("Linden Infusion Suite", "Centro de Infusion Linden") are
    specialty-revealing: one SPECIALTY span, REWRITE, also in a broadcast or closure notice sent
    to the practice's patients; the generic "Linden Health Partners" is not labelled;
  - there is no rheumatology service tag: clinic visits, infusions and joint injections are tagged
    `orthopedics` (the nearest musculoskeletal tag), with `lab`, `imaging` (DEXA, X-rays) and
    `pharmacy` where they fit; billing and practice-wide notices are `general`;
  - "flare" is part of the CONDITION span with the disease word ("gout flare", "RA flare");
  - prep for a test (hold calcium 24 h before a bone density scan, wear clothes without metal) and
    the logistics of an infusion (how long it takes, wear layers, eat breakfast) are removable
    details: REWRITE, not BLOCK; pre-medication doses before an infusion, dose changes and
    post-injection care are treatment instructions: BLOCK (ALLOW on the portal);
  - a CPT code is a PROCEDURE span (it names the procedure); the "specialty pharmacy" as a phrase
    is SPECIALTY like a specialty-pharmacy name; disease-activity questionnaires (HAQ, joint
    count) are PROCEDURE; a vaccine brand with "vaccine" after it is one MEDICATION span;
  - a group number is HEALTH_PLAN_ID beside the member ID; the last four digits of a payment card,
    payment confirmation numbers are not labelled;
  - a prior-authorization denial whose reason names drugs (step therapy) is REWRITE: the status
    and the appeal survive without the drug names;
  - FMLA paperwork that names no condition is ALLOW; a lab recollect notice that names no test is
    ALLOW; "your chair will be ready late" names no procedure: ALLOW;
  - a weather-closure broadcast sent to everyone on the day's schedule, with a line addressed to
    "infusion patients", does not say the recipient is one: ALLOW;
  - a staff member named in a broadcast (a retirement party) is workforce: PROVIDER, ALLOW;
  - a fundraiser sent to all patients "for arthritis research" names a cause, not the recipient's
    condition: ALLOW with no span;
  - a spouse's routine follow-up with names is REWRITE (README's dependent rule applied to a
    spouse); a mother's condition and procedure sent to her daughter is BLOCK (third party).

Everything is invented: people, practices, streets, 555-01xx numbers, example.org/.com domains,
member, account and record numbers; the one SSN is a well-known specimen number (078-05-1120).
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def r(text, verdict, purpose, channel, lang, spans, tags, why):
    M.append((f"ob{len(M) + 1:04d}", text, verdict, purpose, channel, lang, spans, tags, why))


PH = "(541) 555-0142"      # main line
INF = "(541) 555-0147"     # infusion desk
BILL = "(541) 555-0163"    # billing
PORTAL = "portal.lindenhealth.example.org"
PRACTICE = "Linden Arthritis & Rheumatology"
SUITE = "Linden Infusion Suite"

# ---------------------------------------------------------------- batch 1 (ob0001-ob0020): reminders, confirmations, reschedules
r("Linden Health Partners: Reminder of your appointment with Dr. Raman on Tue 3/10 at 9:20 AM. Reply C to confirm or R to reschedule. Questions? (541) 555-0142",
  "ALLOW", "reminder", "sms", "en",
  [("Dr. Raman", "PROVIDER"), ("3/10", "DATE"), (PH, "PHONE")],
  ["orthopedics", "practice-contact"],
  "Generic sender name, provider, date, time and the practice's own phone: nothing about the patient's care.")
r("Linden Arthritis & Rheumatology: Hi Maureen, this is a reminder of your follow-up with Dr. Bielski on Thursday 3/12 at 2:40pm. Please arrive 15 min early to update your paperwork.",
  "REWRITE", "reminder", "sms", "en",
  [(PRACTICE, "SPECIALTY"), ("Maureen", "NAME"), ("Dr. Bielski", "PROVIDER"), ("3/12", "DATE")],
  ["orthopedics"],
  "Judgement: a rheumatology practice name is specialty-revealing; it and the first name go, provider, date and time survive.")
r("Reminder: your infusion at Linden Infusion Suite is on {{appt_date}} at {{appt_time}}. Plan to be here about 3 hours and bring a snack. Reply C to confirm.",
  "REWRITE", "reminder", "sms", "en",
  [("infusion", "PROCEDURE"), (SUITE, "SPECIALTY")],
  ["orthopedics", "template"],
  "The template's fixed text names the visit type and an infusion-center name; the placeholders carry no patient data. The reminder survives without them.")
r("Your appointment is confirmed for {{appt_date}} at {{appt_time}} with {{provider_name}} at {{location_name}}. Reply R to reschedule. Msg & data rates may apply. Reply STOP to opt out.",
  "ALLOW", "confirmation", "sms", "en", [],
  ["general", "template", "hard-negative"],
  "Confirmation template with content-free placeholders only.")
r("Linden Health Partners: Le recordamos su cita con la Dra. Osei el miércoles 18 de marzo a las 11:00 am. Responda 1 para confirmar o 2 para cambiarla.",
  "ALLOW", "reminder", "sms", "es",
  [("Dra. Osei", "PROVIDER"), ("18 de marzo", "DATE")],
  ["orthopedics"],
  "Provider, date and time under the generic sender name.")
r("Hola Sr. Castañeda, su infusión de Remicade está programada para el lunes 16 de marzo a las 8:00 am en el Centro de Infusión Linden. Puede traer su almuerzo.",
  "REWRITE", "reminder", "sms", "es",
  [("Castañeda", "NAME"), ("infusión", "PROCEDURE"), ("Remicade", "MEDICATION"), ("16 de marzo", "DATE"),
   ("Centro de Infusión Linden", "SPECIALTY")],
  ["orthopedics"],
  "Name, visit type, drug and infusion-center name go; the date and time survive.")
r("hi this is becca at linden, dr osei is out fri so we need to move ur appt. can u do mon 3/16 at 1030 or wed 3/18 at 2? just text back",
  "ALLOW", "reminder", "sms", "en",
  [("becca", "PROVIDER"), ("dr osei", "PROVIDER"), ("3/16", "DATE"), ("3/18", "DATE")],
  ["orthopedics", "shorthand"],
  "Staff reschedule text in shorthand: the sender (workforce), a provider and dates only.")
r("Reminder from Linden Health Partners: your knee injection with Dr. Bielski is tomorrow at 10:15 AM. Wear shorts or loose pants. Reply C to confirm.",
  "REWRITE", "reminder", "sms", "en",
  [("knee injection", "PROCEDURE"), ("Dr. Bielski", "PROVIDER")],
  ["orthopedics"],
  "The procedure (and the clothing hint tied to it) can go; 'your appointment with Dr. Bielski is tomorrow at 10:15 AM' survives.")
r("Your bone density scan is scheduled for Fri 3/20 at 8:00 AM at 4410 Harmon Pkwy, Suite 120. Do not take calcium supplements for 24 hours before your appointment.",
  "REWRITE", "reminder", "sms", "en",
  [("bone density scan", "PROCEDURE"), ("3/20", "DATE"), ("4410 Harmon Pkwy, Suite 120", "ADDRESS"),
   ("calcium supplements", "MEDICATION")],
  ["imaging", "practice-contact"],
  "Judgement: test prep is logistics that reveals the test, not a treatment instruction; test and prep go, date, time and the practice's address survive.")
r("Hello, this is Linden Health Partners calling with a reminder of your appointment on Tuesday, March 24th at 1:30 PM with Nurse Practitioner Jimenez. Press 1 to confirm, or press 2 to speak with our scheduling team.",
  "ALLOW", "reminder", "voice", "en",
  [("March 24th", "DATE"), ("Nurse Practitioner Jimenez", "PROVIDER")],
  ["orthopedics"],
  "IVR reminder with date, time and provider only.")
r("Upcoming visit: Thu 3/26, 10:00 AM with Dr. Osei. Tap to check in early.",
  "ALLOW", "reminder", "push", "en",
  [("3/26", "DATE"), ("Dr. Osei", "PROVIDER")],
  ["orthopedics"],
  "Lock-screen push with date, time and provider only.")
r("Dear Mr. Halvorsen,\n\nWelcome to Linden Arthritis & Rheumatology. Your new-patient visit with Dr. Raman is on Monday, April 6 at 8:40 AM. Please arrive 30 minutes early to complete registration.\n\nPlease bring:\n- your insurance card and a photo ID\n- a list of all the medicines you take, including over-the-counter ones\n- any recent lab results or imaging reports from other offices\n\nWe are at 4410 Harmon Pkwy, Suite 210 (second floor). Free parking is in the north lot.\n\nIf you need to reschedule, call (541) 555-0142 at least 24 hours ahead. You can also message us through the patient portal at portal.lindenhealth.example.org.\n\nWe look forward to meeting you.\nLinden Health Partners - Front Desk",
  "REWRITE", "reminder", "email", "en",
  [("Halvorsen", "NAME"), (PRACTICE, "SPECIALTY"), ("Dr. Raman", "PROVIDER"), ("April 6", "DATE"),
   ("4410 Harmon Pkwy, Suite 210", "ADDRESS"), (PH, "PHONE"), (PORTAL, "URL")],
  ["orthopedics", "practice-contact"],
  "Welcome e-mail: the name and the rheumatology practice name go; the checklist names nothing about the patient, and the practice's address, phone and portal stay.")
r("It's time to schedule your 6-month follow-up with Dr. Raman. Call (541) 555-0142 or book online at lindenhealth.example.org/book.",
  "ALLOW", "recall", "sms", "en",
  [("Dr. Raman", "PROVIDER"), (PH, "PHONE"), ("lindenhealth.example.org/book", "URL")],
  ["orthopedics", "practice-contact"],
  "Recall with a provider and the practice's own phone and link.")
r("Linden Health Partners: our records show you are due for your methotrexate monitoring labs. Stop by any Cascade Lab draw station this week - your order is on file.",
  "REWRITE", "recall", "sms", "en",
  [("methotrexate", "MEDICATION")],
  ["lab"],
  "The drug named in the lab recall reveals the treatment; 'you are due for lab work' survives. Cascade Lab is a generic lab name.")
r("Reminder: your lab order from Dr. Bielski is ready. Walk-in draws Mon-Fri 7:30-4:00 in Suite 120, no appointment needed. Fasting is not required.",
  "ALLOW", "reminder", "sms", "en",
  [("Dr. Bielski", "PROVIDER")],
  ["lab"],
  "Generic lab work, provider and suite; no test named.")
r("Recordatorio: tiene pendiente su análisis de sangre antes de su próxima infusión de Actemra. Pase al laboratorio del primer piso de lunes a viernes, de 7:30 a 4:00.",
  "REWRITE", "reminder", "sms", "es",
  [("infusión", "PROCEDURE"), ("Actemra", "MEDICATION")],
  ["lab"],
  "'Análisis de sangre' is generic; the infusion and the drug go, the lab reminder survives.")
r("Hi! Dr. Osei is running about 25 min behind this morning. Feel free to come a little later - we'll still see you. - Tasha, front desk",
  "ALLOW", "other", "sms", "en",
  [("Dr. Osei", "PROVIDER"), ("Tasha", "PROVIDER")],
  ["orthopedics"],
  "Running-late note: a provider and the staff sender only.")
r("Thanks! You're confirmed for 3/19 at 8:30. See you then.",
  "ALLOW", "confirmation", "sms", "en",
  [("3/19", "DATE")],
  ["orthopedics"],
  "Reply confirming a date and time.")
r("Linden Health Partners is closed today due to ice. All patients on today's schedule will be called to reschedule. Infusion patients: a nurse will call you by noon.",
  "ALLOW", "other", "sms", "en", [],
  ["general", "broadcast", "hard-negative"],
  "Judgement: sent to everyone on the day's schedule; the line addressed to infusion patients does not say the recipient is one.")
r("An earlier opening with Dr. Raman: Mon 3/9 at 3:20 PM. Reply YES in the next 30 minutes to take it, or ignore this to keep your current time.",
  "ALLOW", "reminder", "sms", "en",
  [("Dr. Raman", "PROVIDER"), ("3/9", "DATE")],
  ["orthopedics"],
  "Waitlist offer with provider, date and time only.")

# ---------------------------------------------------------------- batch 2 (ob0021-ob0040): infusions, injections, pharmacy
r("hi jerome, rhonda from the infusion suite. ur orencia got moved to thurs 3/19 8am, pharmacy is still waiting on the PA. bring a book, its about an hr",
  "REWRITE", "reminder", "sms", "en",
  [("jerome", "NAME"), ("rhonda", "PROVIDER"), ("infusion", "PROCEDURE"), ("orencia", "MEDICATION"), ("3/19", "DATE")],
  ["orthopedics", "shorthand", "typo"],
  "Name, infusion and drug go; 'your appointment moved to Thu 3/19 8am' survives. 'PA' is the prior authorization, not labelled.")
r("Please take Benadryl 25 mg and Tylenol 650 mg about one hour before you arrive for tomorrow's infusion, and drink plenty of water tonight.",
  "BLOCK", "care-instructions", "sms", "en",
  [("Benadryl 25 mg", "MEDICATION"), ("Tylenol 650 mg", "MEDICATION"), ("infusion", "PROCEDURE")],
  ["orthopedics", "contrast"],
  "Pre-medication dosing instruction: the instruction is the message; send it as a portal notice.")
r("Hi Ms. Albright, for tomorrow's Rituxan infusion please take Tylenol 650 mg and Zyrtec 10 mg at home about an hour before your 8:00 arrival. We will give the IV steroid here. - Marisol Peña, RN",
  "ALLOW", "care-instructions", "portal", "en",
  [("Albright", "NAME"), ("Rituxan", "MEDICATION"), ("infusion", "PROCEDURE"), ("Tylenol 650 mg", "MEDICATION"),
   ("Zyrtec 10 mg", "MEDICATION"), ("IV steroid", "MEDICATION"), ("Marisol Peña, RN", "PROVIDER")],
  ["orthopedics", "contrast"],
  "The same kind of pre-medication instruction inside the secure portal: allowed (README channel convention).")
r("Your labs from Monday look good - white count 6.1 and liver tests normal - so you're cleared for Friday's Actemra infusion.",
  "BLOCK", "result", "sms", "en",
  [("white count", "PROCEDURE"), ("6.1", "RESULT"), ("liver tests", "PROCEDURE"), ("normal", "RESULT"),
   ("Actemra", "MEDICATION"), ("infusion", "PROCEDURE")],
  ["lab"],
  "Values and a normal result are results; the message is the result.")
r("Dr. Bielski wants you to hold your Cimzia this week because your liver enzymes came back high. Please don't inject until you hear from us.",
  "BLOCK", "result", "sms", "en",
  [("Dr. Bielski", "PROVIDER"), ("Cimzia", "MEDICATION"), ("liver enzymes", "PROCEDURE"), ("high", "RESULT")],
  ["lab", "pharmacy"],
  "An abnormal result and a hold instruction: both clinical content.")
r("Subject: Your infusion appointment at Linden Infusion Suite\n\nHello,\n\nThis is a reminder that your infusion is scheduled for {{appt_date}} at {{appt_time}}. Please check in at the 2nd-floor desk, Suite 230, 15 minutes early. Chairs have power outlets and Wi-Fi is free; one adult visitor may stay with you.\n\nIf you have a fever or started an antibiotic this week, call us before coming in: (541) 555-0147.\n\nLinden Health Partners",
  "REWRITE", "reminder", "email", "en",
  [("infusion", "PROCEDURE"), (SUITE, "SPECIALTY"), ("infusion", "PROCEDURE", 1), (INF, "PHONE")],
  ["orthopedics", "template", "practice-contact", "negation"],
  "Template e-mail: visit type and infusion-center name go; the hypothetical fever/antibiotic line says nothing about the patient and is not labelled.")
r("Parking update: the north lot is being repaved Monday through Friday next week. Please use the Elm Street garage; we validate tickets at the front desk.",
  "ALLOW", "other", "sms", "en", [],
  ["general", "broadcast", "hard-negative"],
  "Broadcast; a street name that is a garage location, not anyone's address.")
r("New in our waiting room: a cucumber-mint infused water station and free Wi-Fi (network LHP-Guest). Enjoy!",
  "ALLOW", "marketing", "sms", "en", [],
  ["general", "broadcast", "hard-negative"],
  "'Infused' water, not an infusion; a network name, not an identifier.")
r("Su cita en la sala de infusión está confirmada para el {{fecha}} a las {{hora}}. Calcule unas 2 horas. Puede venir con un acompañante.",
  "REWRITE", "confirmation", "sms", "es",
  [("infusión", "PROCEDURE")],
  ["orthopedics", "template"],
  "Fixed template text names the infusion room; the placeholders carry no patient data.")
r("Your first Benlysta infusion takes about 2 hours, including an observation period afterward. Wear layers - the suite runs cold - and eat a normal breakfast.",
  "REWRITE", "care-instructions", "sms", "en",
  [("Benlysta", "MEDICATION"), ("infusion", "PROCEDURE")],
  ["orthopedics"],
  "Judgement: duration, clothing and breakfast are logistics, not a treatment or dosing instruction; without drug and visit type the message still says how long to plan for.")
r("Dr. Raman renewed your infusion order: infliximab 5 mg/kg every 8 weeks, 6 more doses. Your next dose is due around 4/14; we'll call to book your chair.",
  "ALLOW", "care-instructions", "portal", "en",
  [("Dr. Raman", "PROVIDER"), ("infusion", "PROCEDURE"), ("infliximab 5 mg/kg", "MEDICATION"), ("4/14", "DATE")],
  ["orthopedics", "contrast"],
  "Drug, dose and schedule inside the secure portal: allowed.")
r("Dr. Raman is increasing your infliximab to 7.5 mg/kg starting with your 4/14 infusion since your joint pain is back.",
  "BLOCK", "care-instructions", "sms", "en",
  [("Dr. Raman", "PROVIDER"), ("infliximab", "MEDICATION"), ("4/14", "DATE"), ("infusion", "PROCEDURE"),
   ("joint pain", "CONDITION")],
  ["orthopedics", "contrast"],
  "A dose change and a symptom by SMS: treatment instruction; send a portal notice instead.")
r("Heads up: your chair will be ready about 20 minutes late today. Sorry for the wait!",
  "ALLOW", "other", "push", "en", [],
  ["orthopedics", "hard-negative"],
  "Judgement: 'chair' alone names no procedure (a dental or salon chair reads the same).")
r("Cascadia Specialty Pharmacy: your refrigerated delivery is scheduled for Wed 3/11 between 10 AM and 2 PM. A signature is required. Reply 1 to confirm or 2 to change the date.",
  "REWRITE", "pickup", "sms", "en",
  [("Cascadia Specialty Pharmacy", "SPECIALTY"), ("3/11", "DATE")],
  ["pharmacy"],
  "Specialty-pharmacy names are specialty-revealing (README); the delivery window survives.")
r("Your Humira Pen 40 mg (2 pens) shipped today by courier and should arrive tomorrow. Refrigerate on arrival. Track it in the app.",
  "REWRITE", "pickup", "sms", "en",
  [("Humira Pen 40 mg", "MEDICATION")],
  ["pharmacy"],
  "Drug name in a shipping notice goes; 'your order shipped, refrigerate on arrival' survives.")
r("Farmacia Linden: su receta está lista para recoger. Horario: lunes a viernes de 9 a 6. Traiga una identificación con foto.",
  "ALLOW", "pickup", "sms", "es", [],
  ["pharmacy", "hard-negative"],
  "Pickup notice without the drug, from a generic pharmacy name.")
r("Your prescription for hydroxychloroquine 200 mg is ready for pickup at Linden Pharmacy, window 2. Pickup hours are 9-6 on weekdays.",
  "REWRITE", "pickup", "sms", "en",
  [("hydroxychloroquine 200 mg", "MEDICATION")],
  ["pharmacy"],
  "Medication name in a pickup notice goes (DESIGN).")
r("Dr. Osei sent your refill: methotrexate 2.5 mg, take 8 tablets once a week on Mondays, plus folic acid 1 mg daily. The pharmacy should have it ready after 4.",
  "BLOCK", "pickup", "sms", "en",
  [("Dr. Osei", "PROVIDER"), ("methotrexate 2.5 mg", "MEDICATION"), ("folic acid 1 mg", "MEDICATION")],
  ["pharmacy"],
  "A dosing instruction inside a refill notice: the dosing is clinical content.")
r("We can't refill your prednisone until you're seen - Dr. Bielski needs an office visit first. Please call (541) 555-0142 to book.",
  "REWRITE", "other", "sms", "en",
  [("prednisone", "MEDICATION"), ("Dr. Bielski", "PROVIDER"), (PH, "PHONE")],
  ["pharmacy", "practice-contact"],
  "The drug goes; 'we need to see you before the next refill, please call' survives.")
r("Refill request received. Your provider will review it within 2 business days. Reply STOP to opt out of texts.",
  "ALLOW", "other", "sms", "en", [],
  ["pharmacy", "hard-negative"],
  "Automated acknowledgement, nothing named.")

# ---------------------------------------------------------------- batch 3 (ob0041-ob0054): labs, results, bone density
r("You have new test results in your Linden Health Partners portal. Log in at portal.lindenhealth.example.org to view them.",
  "ALLOW", "portal-notice", "sms", "en",
  [(PORTAL, "URL")],
  ["lab", "practice-contact"],
  "Notification without PHI: results are ready, not what they are.")
r("ur sed rate is down to 18 and crp 0.6!! dr raman says keep everything the same for now",
  "BLOCK", "result", "sms", "en",
  [("sed rate", "PROCEDURE"), ("to [[18]]", "RESULT"), ("crp", "PROCEDURE"), ("0.6", "RESULT"), ("dr raman", "PROVIDER")],
  ["lab", "shorthand"],
  "Staff shorthand giving two inflammation markers and their values.")
r("Hi Mr. Delacroix,\n\nYour uric acid came back at 5.4 mg/dL, under our goal of 6. Nice work - keep taking allopurinol 300 mg every day and we'll recheck in 6 months.\n\nDr. Tomasz Bielski",
  "BLOCK", "result", "email", "en",
  [("Delacroix", "NAME"), ("uric acid", "PROCEDURE"), ("5.4 mg/dL", "RESULT"), ("allopurinol 300 mg", "MEDICATION"),
   ("Dr. Tomasz Bielski", "PROVIDER")],
  ["lab"],
  "A result with its value and a dosing instruction by e-mail.")
r("Good news - your TB blood test was negative, so you're cleared to start Rinvoq. The specialty pharmacy will call you about delivery.",
  "BLOCK", "result", "sms", "en",
  [("TB blood test", "PROCEDURE"), ("negative", "RESULT"), ("Rinvoq", "MEDICATION"), ("specialty pharmacy", "SPECIALTY")],
  ["lab", "pharmacy"],
  "A negative result is still a result (README). Judgement: 'the specialty pharmacy' is labelled SPECIALTY like a specialty-pharmacy name.")
r("The lab needs to redraw one tube from your visit on 3/3 - the sample clotted in transit. There's no charge. Walk in any weekday 7:30-4:00.",
  "ALLOW", "other", "sms", "en",
  [("3/3", "DATE")],
  ["lab"],
  "Judgement: a recollect notice that names no test and no value is logistics.")
r("Before you can start your biologic, Dr. Osei needs hepatitis B and TB screening. The orders are in; please go to the lab this week.",
  "REWRITE", "other", "sms", "en",
  [("biologic", "MEDICATION"), ("Dr. Osei", "PROVIDER"), ("hepatitis B", "PROCEDURE"), ("TB screening", "PROCEDURE")],
  ["lab"],
  "Drug class and screening tests go; 'the orders are in, please go to the lab this week' survives.")
r("Sus análisis salieron bien: hemoglobina 12.8 y enzimas del hígado normales. Puede seguir con el metotrexato igual.",
  "BLOCK", "result", "sms", "es",
  [("hemoglobina", "PROCEDURE"), ("12.8", "RESULT"), ("enzimas del hígado", "PROCEDURE"), ("normales", "RESULT"),
   ("metotrexato", "MEDICATION")],
  ["lab"],
  "Values, normal findings and a treatment instruction: the message is the result.")
r("Dr. Bielski's note on your 3/2 labs: CBC and CMP are normal. Your ANA is positive at 1:160 - we'll go over what this means at your visit on 3/17.",
  "ALLOW", "result", "portal", "en",
  [("Dr. Bielski", "PROVIDER"), ("3/2", "DATE"), ("CBC", "PROCEDURE"), ("CMP", "PROCEDURE"), ("normal", "RESULT"),
   ("ANA", "PROCEDURE"), ("positive at 1:160", "RESULT"), ("3/17", "DATE")],
  ["lab"],
  "Results inside the secure portal: allowed.")
r("We don't have any results back yet from last week's draw. We'll message you as soon as they're in.",
  "ALLOW", "result", "sms", "en", [],
  ["lab", "hard-negative"],
  "'No results yet' with no test named is ALLOW (README).")
r("For your lab visit Friday: fasting is NOT required. Drink water, and bring your photo ID and insurance card.",
  "ALLOW", "reminder", "sms", "en", [],
  ["lab", "hard-negative"],
  "Generic lab visit; 'fasting is not required' names no test.")
r("Linden Health Partners has again earned accreditation from The Joint Commission. Thank you to our patients and staff for making it happen!",
  "ALLOW", "marketing", "email", "en", [],
  ["general", "broadcast", "hard-negative"],
  "The Joint Commission is an accreditor, not a joint.")
r("Hello Ms. Varga,\n\nYour bone density scan from 2/26 shows osteopenia (T-score -1.8 at the left hip). Dr. Osei recommends calcium 1,200 mg and vitamin D 1,000 IU a day plus weight-bearing exercise; no new prescription for now. We'll repeat the scan in 2 years.\n\nLinden Health Partners",
  "BLOCK", "result", "email", "en",
  [("Varga", "NAME"), ("bone density scan", "PROCEDURE"), ("2/26", "DATE"), ("osteopenia", "CONDITION"),
   ("T-score", "PROCEDURE"), ("-1.8", "RESULT"), ("Dr. Osei", "PROVIDER"), ("calcium 1,200 mg", "MEDICATION"),
   ("vitamin D 1,000 IU", "MEDICATION")],
  ["imaging"],
  "A finding, its score and a treatment plan by e-mail.")
r("It's been 2 years since your last bone density scan, so you're due for a repeat. Call (541) 555-0142 to schedule.",
  "REWRITE", "recall", "sms", "en",
  [("bone density scan", "PROCEDURE"), (PH, "PHONE")],
  ["imaging", "practice-contact"],
  "The test name goes; 'you're due for a visit, call to schedule' survives.")
r("Para su densitometría ósea del jueves 19 de marzo: no tome suplementos de calcio 24 horas antes y venga con ropa sin metal (sin cierres ni botones).",
  "REWRITE", "care-instructions", "sms", "es",
  [("densitometría ósea", "PROCEDURE"), ("19 de marzo", "DATE"), ("suplementos de calcio", "MEDICATION")],
  ["imaging"],
  "Judgement (as in ob0009): test prep is logistics that reveals the test; REWRITE, not BLOCK.")

# ---------------------------------------------------------------- batch 4 (ob0055-ob0074): prior authorization, insurance, billing
r("Update: we sent the prior authorization for your medication to your insurance on 3/4. Approval usually takes 5-10 business days. We'll text you when we hear back.",
  "ALLOW", "other", "sms", "en",
  [("3/4", "DATE")],
  ["pharmacy"],
  "No drug named; 'your medication' reveals nothing.")
r("Good news! Your insurance approved Orencia through 3/1/2027. Our infusion coordinator will call you this week to book your first dose.",
  "REWRITE", "other", "sms", "en",
  [("Orencia", "MEDICATION"), ("3/1/2027", "DATE"), ("infusion", "PROCEDURE")],
  ["pharmacy"],
  "Drug and infusion go; 'your insurance approved the request, we'll call to schedule' survives.")
r("Your plan denied the Actemra request: step therapy requires a trial of Humira first. Dr. Raman is filing an appeal. Member ID XKH449201877.",
  "REWRITE", "other", "sms", "en",
  [("Actemra", "MEDICATION"), ("Humira", "MEDICATION"), ("Dr. Raman", "PROVIDER"), ("XKH449201877", "HEALTH_PLAN_ID")],
  ["pharmacy", "identifier"],
  "Judgement: a denial reason that names drugs (no result, no instruction) is removable; the status and the appeal survive without drugs and member ID.")
r("Ask us about the manufacturer's copay card for your Enbrel - most patients pay as little as $5 a month. Call our PA team at (541) 555-0158.",
  "REWRITE", "billing", "sms", "en",
  [("Enbrel", "MEDICATION"), ("(541) 555-0158", "PHONE")],
  ["pharmacy", "practice-contact"],
  "The drug goes; the copay-help offer and the practice's phone survive.")
r("Linden Health Partners: a new statement is ready. Balance due: $84.20. Pay at pay.lindenhealth.example.org or call (541) 555-0163.",
  "ALLOW", "billing", "sms", "en",
  [("pay.lindenhealth.example.org", "URL"), (BILL, "PHONE")],
  ["general", "practice-contact"],
  "Statement notice with an amount and the practice's own payment link and phone.")
r("Your balance of $312.00 for the 2/12 joint injection (CPT 20610) is past due. Account 10044872. Please call billing at (541) 555-0163.",
  "REWRITE", "billing", "sms", "en",
  [("2/12", "DATE"), ("joint injection", "PROCEDURE"), ("20610", "PROCEDURE"), ("10044872", "ACCOUNT"), (BILL, "PHONE")],
  ["orthopedics", "identifier", "practice-contact"],
  "Judgement: a CPT code names the procedure, so it is a PROCEDURE span like the words; procedure, code and account number go, the balance and the call-back survive.")
r("Mr. Briggs, we filled in your copay assistance application with your SSN 078-05-1120 and household income of $31,400. Please reply to confirm both are right before we send it to the foundation.",
  "BLOCK", "billing", "email", "en",
  [("Briggs", "NAME"), ("078-05-1120", "SSN")],
  ["pharmacy"],
  "An SSN must never travel by text or e-mail, least of all with a name; ask the patient to confirm by phone or in the portal.")
r("Your good-faith estimate for your upcoming visit is ready in the portal. Estimated amount you'll owe: $60-$120.",
  "ALLOW", "billing", "sms", "en", [],
  ["general", "hard-negative"],
  "Estimate notice with an amount only.")
r("We couldn't verify your insurance for your visit on 3/13. Please reply with a photo of the front and back of your card, or call (541) 555-0142.",
  "ALLOW", "other", "sms", "en",
  [("3/13", "DATE"), (PH, "PHONE")],
  ["general", "practice-contact"],
  "Eligibility request: a visit date and the practice's phone.")
r("Hi, please confirm your new member ID: is it WPA-5529-01873? We have your group number as 70031. Reply YES or send the correct one.",
  "REWRITE", "other", "sms", "en",
  [("WPA-5529-01873", "HEALTH_PLAN_ID"), ("70031", "HEALTH_PLAN_ID")],
  ["general", "identifier"],
  "Judgement: the group number is labelled HEALTH_PLAN_ID beside the member ID; 'please confirm your insurance details' survives without them.")
r("Your payment plan is set: $50 on the 15th of each month starting in April. Reply HELP for help or STOP to end texts.",
  "ALLOW", "billing", "sms", "en", [],
  ["general", "hard-negative"],
  "'The 15th of each month' is a recurring day, not a date; no span.")
r("Payment received - thank you! $35.00 charged to the card ending in 4417. Confirmation number 88231-A.",
  "ALLOW", "billing", "sms", "en", [],
  ["general", "hard-negative"],
  "Judgement: the last four digits of a payment card and a payment confirmation number identify a transaction, not a patient.")
r("FINAL NOTICE: your balance of $610.44 for services at Linden Arthritis & Rheumatology is 120 days past due. To avoid referral to a collection agency, call (541) 555-0163.",
  "REWRITE", "billing", "sms", "en",
  [(PRACTICE, "SPECIALTY"), (BILL, "PHONE")],
  ["general", "practice-contact"],
  "Judgement: the rheumatology practice name reveals the specialty; the collection notice survives under the generic name.")
r("¿Necesita ayuda para pagar su factura? Linden Health Partners ofrece asistencia financiera según sus ingresos. Pregunte en recepción o visite lindenhealth.example.org/ayuda.",
  "ALLOW", "billing", "sms", "es",
  [("lindenhealth.example.org/ayuda", "URL")],
  ["general", "broadcast", "practice-contact"],
  "Broadcast about financial assistance with the practice's own link.")
r("Your FMLA paperwork is signed and ready. Pick it up at the front desk or we can fax it to your employer - the form fee is $25.",
  "ALLOW", "other", "sms", "en", [],
  ["general", "hard-negative"],
  "Judgement: an FMLA form names no condition (it covers one's own care or a relative's); the form alone reveals nothing clinical.")
r("This is Linden Health Partners calling about your account. Please return our call at 541-555-0163 between 8 AM and 4:30 PM. Thank you.",
  "ALLOW", "billing", "voice", "en",
  [("541-555-0163", "PHONE")],
  ["general", "practice-contact"],
  "Billing voicemail with the practice's own number.")
r("Your insurance on file expires 3/31. Update it in the app before your next visit.",
  "ALLOW", "other", "push", "en",
  [("3/31", "DATE")],
  ["general"],
  "An expiry date of a card on file; nothing clinical.")
r("Your insurance requires prior authorization for your bone density scan. We've submitted it - please wait for our call before you schedule.",
  "REWRITE", "other", "sms", "en",
  [("bone density scan", "PROCEDURE")],
  ["imaging"],
  "The test name goes; 'we've submitted the authorization, wait for our call' survives.")
r("A refund of $22.50 for an overpayment was mailed to the address on file. Please allow 7-10 days.",
  "ALLOW", "billing", "sms", "en", [],
  ["general", "hard-negative"],
  "Refund notice; 'the address on file' gives no address.")
r("Heads up: we've switched billing vendors. Statements will now come from Linden Health Partners through BillPay Central; your balance and payment options have not changed.",
  "ALLOW", "billing", "email", "en", [],
  ["general", "broadcast", "hard-negative"],
  "Practice-wide vendor notice.")

# ---------------------------------------------------------------- batch 5 (ob0075-ob0089): injections, visits, care, surveys, links
r("After today's cortisone injection, ice your knee 15 minutes at a time and skip heavy exercise for 48 hours. Call us if it gets hot, red or swollen.",
  "BLOCK", "care-instructions", "sms", "en",
  [("cortisone injection", "MEDICATION")],
  ["orthopedics", "negation"],
  "Post-injection care instructions are treatment instructions; the warning signs are hypothetical and not labelled.")
r("Hello,\n\nYou're scheduled for a joint injection with Dr. Bielski on Wednesday, March 25 at 10:30 AM. A few things to know:\n\n- Eat normally and take your usual medicines unless we told you otherwise.\n- If you take a blood thinner, call us at (541) 555-0142 at least 3 days before.\n- Wear clothing that lets us reach the joint easily.\n- You can drive yourself home.\n\nThe visit takes about 30 minutes. Please check in at Suite 210.\n\nLinden Health Partners",
  "REWRITE", "reminder", "email", "en",
  [("joint injection", "PROCEDURE"), ("Dr. Bielski", "PROVIDER"), ("March 25", "DATE"), (PH, "PHONE")],
  ["orthopedics", "negation", "practice-contact"],
  "The procedure goes; the rest is general logistics. The blood-thinner line is hypothetical (not labelled) and goes with the procedure.")
r("Hi Mr. Pruitt, Dr. Raman got your message about the gout flare. She sent colchicine 0.6 mg to your pharmacy - take 2 now and 1 more an hour later.",
  "BLOCK", "care-instructions", "sms", "en",
  [("Pruitt", "NAME"), ("Dr. Raman", "PROVIDER"), ("gout flare", "CONDITION"), ("colchicine 0.6 mg", "MEDICATION")],
  ["pharmacy", "orthopedics"],
  "Condition and dosing instruction. Judgement: 'flare' is part of the CONDITION span with the disease word.")
r("Hi, this is nurse Dana from Dr. Osei's office returning your call. Please call me back at (541) 555-0144 when you get this.",
  "ALLOW", "other", "voice", "en",
  [("nurse Dana", "PROVIDER"), ("Dr. Osei", "PROVIDER"), ("(541) 555-0144", "PHONE")],
  ["orthopedics", "practice-contact"],
  "Call-back voicemail: staff, provider and the practice's own number.")
r("Thanks for visiting Linden Health Partners today. How did we do? Rate your visit from 1 to 5 at lindenhealth.example.org/survey",
  "ALLOW", "other", "sms", "en",
  [("lindenhealth.example.org/survey", "URL")],
  ["general", "practice-contact"],
  "Survey with a generic link (no patient parameter).")
r("How was your infusion today? Tell us in 2 minutes: survey.lindenhealth.example.org/r?pid=558120&v=INF",
  "REWRITE", "other", "sms", "en",
  [("infusion", "PROCEDURE"), ("survey.lindenhealth.example.org/r?pid=558120&v=INF", "URL")],
  ["orthopedics"],
  "The visit type goes and the link carries a patient parameter (README: patient-specific URL -> REWRITE).")
r("Your video visit with Dr. Bielski starts at 2:00 PM today. Join at visit.lindenhealth.example.org/room/bielski and test your camera 10 minutes early.",
  "ALLOW", "reminder", "sms", "en",
  [("Dr. Bielski", "PROVIDER"), ("visit.lindenhealth.example.org/room/bielski", "URL")],
  ["orthopedics", "practice-contact"],
  "The link is the provider's waiting room, the same for every patient.")
r("Join your video visit: https://visit.lindenhealth.example.org/j?token=8fK2pQx9Lm - the link opens 15 minutes before your start time.",
  "REWRITE", "reminder", "sms", "en",
  [("https://visit.lindenhealth.example.org/j?token=8fK2pQx9Lm", "URL")],
  ["orthopedics"],
  "A tokened link is patient-specific (README).")
r("Welcome Dr. Priya Nandakumar to Linden Arthritis & Rheumatology! She joins us from Ridgeway Medical Center and will see new patients starting in April. Call (541) 555-0142 to book.",
  "REWRITE", "marketing", "email", "en",
  [("Dr. Priya Nandakumar", "PROVIDER"), (PRACTICE, "SPECIALTY"), (PH, "PHONE")],
  ["general", "broadcast", "practice-contact"],
  "Judgement: even in a broadcast, the rheumatology practice name tells anyone who sees the inbox that the recipient is its patient; the announcement survives under the generic name.")
r("Le damos la bienvenida a la Dra. Lucía Ferrer, que se une a Linden Health Partners en abril y ya acepta pacientes nuevos. Llame al (541) 555-0142 para hacer su cita.",
  "ALLOW", "marketing", "sms", "es",
  [("Dra. Lucía Ferrer", "PROVIDER"), (PH, "PHONE")],
  ["general", "broadcast", "practice-contact"],
  "Same kind of announcement under the generic name: nothing about the recipient.")
r("Linden Health Partners will be closed Monday, May 25 for Memorial Day. For urgent questions after hours, call (541) 555-0142 and press 5 for the on-call provider.",
  "ALLOW", "other", "sms", "en",
  [("May 25", "DATE"), (PH, "PHONE")],
  ["general", "broadcast", "practice-contact"],
  "Holiday-closure broadcast.")
r("Hi Mr. Yamada, it's Devon from Dr. Raman's office. Your hand X-rays show some erosions, so Dr. Raman would like to talk about adding a biologic. Please call us back at 541-555-0142.",
  "BLOCK", "result", "voice", "en",
  [("Yamada", "NAME"), ("Devon", "PROVIDER"), ("Dr. Raman", "PROVIDER"), ("hand X-rays", "PROCEDURE"),
   ("erosions", "RESULT"), ("Dr. Raman", "PROVIDER", 1), ("biologic", "MEDICATION"), ("541-555-0142", "PHONE")],
  ["imaging", "practice-contact"],
  "A finding and a treatment plan left on a voicemail; only 'please call us back' may be sent.")
r("Your after-visit summary from today's appointment is now available in the Linden Health Partners portal: portal.lindenhealth.example.org",
  "ALLOW", "portal-notice", "email", "en",
  [(PORTAL, "URL")],
  ["general", "practice-contact"],
  "Portal notice without content.")
r("This message is for Ana Ruiz. Please call Linden Health Partners at (541) 555-0142 about your upcoming apointment.",
  "REWRITE", "reminder", "sms", "en",
  [("Ana Ruiz", "NAME"), (PH, "PHONE")],
  ["orthopedics", "practice-contact", "typo"],
  "The name is not needed on a possibly shared phone; the call-back request survives.")
r("Hi Gloria, heads up for Tuesday - your mom's gout has been acting up, so Dr. Raman moved her knee injection up to 9:00. Please bring her medication list.",
  "BLOCK", "reminder", "sms", "en",
  [("Gloria", "NAME"), ("gout", "CONDITION"), ("Dr. Raman", "PROVIDER"), ("knee injection", "PROCEDURE")],
  ["orthopedics", "third-party"],
  "A third party's condition and procedure sent to her daughter (README: third party's health is BLOCK).")

# ---------------------------------------------------------------- batch 6 (ob0090-ob0099): Spanish staff and system messages
r("hola buenas, le escribe Marisol de Linden. la enfermera de infusión está enferma el jueves, ¿podemos pasar su cita al viernes 20 de marzo a las 9? conteste si o no",
  "REWRITE", "reminder", "sms", "es",
  [("Marisol", "PROVIDER"), ("infusión", "PROCEDURE"), ("20 de marzo", "DATE")],
  ["orthopedics", "shorthand", "typo"],
  "Staff text: 'enfermera de infusión' reveals the visit type; the reschedule survives without it.")
r("Su Plaquenil 200 mg está listo para recoger en la Farmacia Linden. Horario: de 9 a 6 entre semana.",
  "REWRITE", "pickup", "sms", "es",
  [("Plaquenil 200 mg", "MEDICATION")],
  ["pharmacy"],
  "Medication name in a pickup notice goes (DESIGN).")
r("Sra. Beltrán, la Dra. Osei dice que baje la prednisona a 5 mg diarios desde mañana y que siga con el ácido fólico. Cualquier duda llámenos al (541) 555-0142.",
  "BLOCK", "care-instructions", "sms", "es",
  [("Beltrán", "NAME"), ("Dra. Osei", "PROVIDER"), ("prednisona", "MEDICATION"), ("ácido fólico", "MEDICATION"), (PH, "PHONE")],
  ["pharmacy", "practice-contact"],
  "A dose change by SMS: treatment instruction.")
r("Para confirmar su identidad: ¿es usted Rosario Mendoza Vidal, fecha de nacimiento 14/07/1961? Responda SÍ para continuar.",
  "BLOCK", "other", "sms", "es",
  [("Rosario Mendoza Vidal", "NAME"), ("14/07/1961", "DATE")],
  ["general", "dob"],
  "Full date of birth with the name (README: BLOCK).")
r("Save time tomorrow: complete e-check-in at lindenhealth.example.org/checkin before your visit. It takes about 5 minutes.",
  "ALLOW", "reminder", "sms", "en",
  [("lindenhealth.example.org/checkin", "URL")],
  ["general", "practice-contact"],
  "E-check-in link without a patient parameter.")
r("Aviso: su cuenta 20019354 en Linden Reumatología tiene un saldo de $150.00. Llame a facturación al (541) 555-0163.",
  "REWRITE", "billing", "sms", "es",
  [("20019354", "ACCOUNT"), ("Linden Reumatología", "SPECIALTY"), (BILL, "PHONE")],
  ["general", "identifier", "practice-contact"],
  "Account number and the rheumatology practice name go; the balance and the phone survive.")
r("Hola, le llamamos de Linden Health Partners para recordarle su cita del martes 24 de marzo a la 1:30 de la tarde con la enfermera practicante Jiménez. Oprima 1 para confirmar o 2 para hablar con recepción.",
  "ALLOW", "reminder", "voice", "es",
  [("24 de marzo", "DATE"), ("enfermera practicante Jiménez", "PROVIDER")],
  ["orthopedics"],
  "IVR reminder with date, time and provider only.")
r("Resultado de su densitometría del 26 de febrero: T-score de -2.6 en la columna lumbar, compatible con osteoporosis. La Dra. Osei recomienda empezar Prolia; lo hablaremos en su próxima cita.",
  "ALLOW", "result", "portal", "es",
  [("densitometría", "PROCEDURE"), ("26 de febrero", "DATE"), ("T-score", "PROCEDURE"), ("-2.6", "RESULT"),
   ("osteoporosis", "CONDITION"), ("Dra. Osei", "PROVIDER"), ("Prolia", "MEDICATION")],
  ["imaging"],
  "Result, finding and plan inside the secure portal: allowed.")
r("En la sala de espera ofrecemos café e infusiones de manzanilla y menta. ¡Sírvase con confianza mientras espera su turno!",
  "ALLOW", "other", "sms", "es", [],
  ["general", "broadcast", "hard-negative"],
  "'Infusiones' de manzanilla are herbal teas, not an infusion treatment.")
r("Hola Sra. Luna, le recordamos la cita de seguimiento de su esposo Raúl el lunes 23 de marzo a las 10:00 con el Dr. Bielski.",
  "REWRITE", "reminder", "sms", "es",
  [("Luna", "NAME"), ("Raúl", "NAME"), ("23 de marzo", "DATE"), ("Dr. Bielski", "PROVIDER")],
  ["orthopedics", "third-party"],
  "Judgement: a spouse's routine follow-up with names is logistics, REWRITE like a dependent's (README); nothing about his health.")

# ---------------------------------------------------------------- batch 7 (ob0100-ob0120): disguises, careless staff, look-alikes, long e-mails, pushes
r("Reminder: your Rem\u200bicade inf\u200busion is Tue 3/17 at 8:00 AM. Reply C to confirm or call (541) 555-0147.",
  "REWRITE", "reminder", "sms", "en",
  [("Rem\u200bicade", "MEDICATION"), ("inf\u200busion", "PROCEDURE"), ("3/17", "DATE"), (INF, "PHONE")],
  ["orthopedics", "practice-contact"],
  "Zero-width spaces inside the drug and the visit type; both go, the date survives.")
r("hi tom, ur l\u0443pus check w/ dr osei got moved to 3/23 @ 10am. reply Y if that works",
  "REWRITE", "reminder", "sms", "en",
  [("tom", "NAME"), ("l\u0443pus", "CONDITION"), ("dr osei", "PROVIDER"), ("3/23", "DATE")],
  ["orthopedics", "shorthand"],
  "A Cyrillic 'у' in a diagnosis used as a visit label; name and diagnosis go, the reschedule survives.")
r("pls bring ur m-e-t-h-o-t-r-e-x-a-t-e bottle to ur visit tmrw so dr r can see the label",
  "REWRITE", "reminder", "sms", "en",
  [("m-e-t-h-o-t-r-e-x-a-t-e", "MEDICATION"), ("dr r", "PROVIDER")],
  ["pharmacy", "spaced", "shorthand"],
  "A hyphen-spelled drug name; 'please bring your medicine bottles tomorrow' survives.")
r("FYI pt called re: RA flare, c/o swollen hands x3d, on MTX 20mg wkly. pls call back - Dr R wants to start a pred taper",
  "BLOCK", "other", "sms", "en",
  [("RA flare", "CONDITION"), ("swollen hands", "CONDITION"), ("MTX 20mg", "MEDICATION"), ("Dr R", "PROVIDER"), ("pred", "MEDICATION")],
  ["orthopedics", "shorthand"],
  "An internal note texted to the patient's phone by mistake: condition, symptoms, dose and plan.")
r("Reminder for Harold Beck (DOB 08/19/1950): Prolia injection due 4/2 at the Linden Infusion Suite. Call (541) 555-0147 to book.",
  "BLOCK", "reminder", "sms", "en",
  [("Harold Beck", "NAME"), ("08/19/1950", "DATE"), ("Prolia injection", "MEDICATION"), ("4/2", "DATE"), (SUITE, "SPECIALTY"), (INF, "PHONE")],
  ["orthopedics", "dob", "practice-contact"],
  "Full date of birth with the name (README: BLOCK), plus drug and infusion-center name.")
r("Lupe from our front desk is retiring after 22 years! Stop by Friday between 2 and 4 for cake and to wish her well.",
  "ALLOW", "other", "sms", "en",
  [("Lupe", "PROVIDER")],
  ["general", "broadcast"],
  "Judgement: a staff member named in a broadcast is workforce (PROVIDER), not a patient; 'Lupe' is not lupus.")
r("Our phone lines will be down for maintenance Saturday 6-10 AM. Use the portal or call our answering service at (541) 555-0199.",
  "ALLOW", "other", "sms", "en",
  [("(541) 555-0199", "PHONE")],
  ["general", "broadcast", "practice-contact"],
  "Outage broadcast with the practice's answering service.")
r("Lace up for the Flare Up 5K! Our staff team is running on Saturday, Oct 10 to raise money for arthritis research. Everyone is welcome to join or cheer: lindenhealth.example.org/5k",
  "ALLOW", "marketing", "email", "en",
  [("Oct 10", "DATE"), ("lindenhealth.example.org/5k", "URL")],
  ["general", "broadcast", "practice-contact"],
  "Judgement: a fundraiser sent to every patient names a cause, not the recipient's condition; 'Flare Up' is a race name.")
r("We're hiring! Linden Health Partners is looking for an infusion RN and two medical assistants. Know someone great? lindenhealth.example.org/careers",
  "ALLOW", "marketing", "sms", "en",
  [("lindenhealth.example.org/careers", "URL")],
  ["general", "broadcast", "practice-contact"],
  "A job title, not the recipient's treatment.")
r("Our annual 'Bone Appétit' staff potluck means the office closes at 3 PM on Friday, Nov 20. Portal messages sent after 3 will be answered Monday.",
  "ALLOW", "other", "sms", "en",
  [("Nov 20", "DATE")],
  ["general", "broadcast"],
  "Early-closure broadcast; a pun, not a bone density test.")
r("Dear Jerome,\n\nWelcome to the Linden Infusion Suite. Your first Orencia infusion is booked for Thursday, March 19 at 8:00 AM with our nurse Rhonda Fleet, RN.\n\nWhat to expect: check-in takes about 15 minutes, and the infusion itself about an hour. You're welcome to bring a book, a laptop or headphones; we have blankets, snacks and free Wi-Fi. One adult visitor may sit with you.\n\nPlease bring your insurance card, photo ID and a list of your medicines. If you have a fever or an infection that week, call us before you come so we can decide together whether to go ahead.\n\nDirections: 4410 Harmon Pkwy, Suite 230 (2nd floor). Parking is free in the north lot.\n\nQuestions? Call the infusion desk at (541) 555-0147.\n\nWarmly,\nThe Linden Infusion Suite team",
  "REWRITE", "reminder", "email", "en",
  [("Jerome", "NAME"), (SUITE, "SPECIALTY"), ("Orencia", "MEDICATION"), ("infusion", "PROCEDURE"), ("March 19", "DATE"),
   ("Rhonda Fleet, RN", "PROVIDER"), ("infusion", "PROCEDURE", 1), ("4410 Harmon Pkwy, Suite 230", "ADDRESS"),
   ("infusion", "PROCEDURE", 2), (INF, "PHONE"), (SUITE, "SPECIALTY", 1)],
  ["orthopedics", "negation", "practice-contact"],
  "Long welcome e-mail: name, drug, infusion and the infusion-center name go; date, nurse, what to bring and directions survive. The fever line is hypothetical.")
r("Linden Health Partners - Spring Newsletter\n\nNew Saturday hours: starting in April we are open the first Saturday of each month, 8 AM to noon, for follow-up visits and lab draws.\n\nPortal tip: you can now request refills, pay bills and update your insurance card photo in the app.\n\nCommunity: thank you to everyone who joined our Walk With a Doc mornings at Riverside Park. The next walk is Saturday, May 2 at 9 AM - all ages and paces welcome.\n\nFlu and COVID shots remain available to all patients at the front desk; no appointment needed.\n\nQuestions? Call (541) 555-0142 or visit lindenhealth.example.org.\n\nYou are receiving this because you opted in to our e-mail updates. Unsubscribe at any time.",
  "ALLOW", "marketing", "email", "en",
  [("May 2", "DATE"), (PH, "PHONE"), ("lindenhealth.example.org", "URL")],
  ["general", "broadcast", "practice-contact"],
  "Newsletter broadcast: shots offered to all patients say nothing about the recipient (README).")
r("Hi Sandra,\n\nThanks for coming in today. Here is your schedule for the next few months so you can plan around work:\n\n- Next infusion: Monday, April 13 at 8:30 AM (Suite 230)\n- Labs: the week before each infusion, any Cascade Lab location\n- Follow-up with Dr. Raman: Tuesday, May 19 at 3:00 PM\n\nAs we discussed, Dr. Raman is raising your Simponi Aria dose to 2 mg/kg starting in April, because the morning stiffness has been lasting longer.\n\nIf you need a work note for infusion days, just reply and we'll send one.\n\nBest,\nMarisol Peña, RN\nInfusion Nurse Coordinator",
  "BLOCK", "care-instructions", "email", "en",
  [("Sandra", "NAME"), ("infusion", "PROCEDURE"), ("April 13", "DATE"), ("infusion", "PROCEDURE", 1),
   ("Dr. Raman", "PROVIDER"), ("May 19", "DATE"), ("Dr. Raman", "PROVIDER", 1), ("Simponi Aria", "MEDICATION"),
   ("morning stiffness", "CONDITION"), ("infusion", "PROCEDURE", 2), ("Marisol Peña, RN", "PROVIDER"), ("Infusion", "PROCEDURE")],
  ["orthopedics"],
  "A schedule e-mail with a dose change and a symptom buried in the middle: treatment instruction, BLOCK; the schedule alone would be REWRITE.")
r("New message from Dr. Raman's office. Open the app to read it.",
  "ALLOW", "portal-notice", "push", "en",
  [("Dr. Raman", "PROVIDER")],
  ["orthopedics"],
  "Notification without PHI.")
r("Time for your Humira dose! Tap to log your injection.",
  "REWRITE", "reminder", "push", "en",
  [("Humira", "MEDICATION")],
  ["pharmacy"],
  "Drug name on a lock screen; 'time for your dose' survives.")
r("Lab results ready: Vitamin D 19 ng/mL (L). Tap to view.",
  "BLOCK", "result", "push", "en",
  [("Vitamin D", "PROCEDURE"), ("19 ng/mL", "RESULT"), ("([[L]])", "RESULT")],
  ["lab"],
  "A value and its flag on a lock screen; the push should only say results are ready.")
r("Check-in is open for your 9:40 AM visit. Tap to complete your forms.",
  "ALLOW", "reminder", "push", "en", [],
  ["general", "hard-negative"],
  "Time only.")
r("Please fill out your pre-visit questionnaires (HAQ and joint count) before Thursday: forms.lindenhealth.example.org/previsit",
  "REWRITE", "other", "sms", "en",
  [("HAQ", "PROCEDURE"), ("joint count", "PROCEDURE"), ("forms.lindenhealth.example.org/previsit", "URL")],
  ["orthopedics", "practice-contact"],
  "Judgement: disease-activity questionnaires named by name reveal the specialty; 'please fill out your forms' survives.")
r("Because you're on Xeljanz, Dr. Osei recommends the Shingrix vaccine. We have it in stock - reply YES and we'll book a nurse visit.",
  "REWRITE", "recall", "sms", "en",
  [("Xeljanz", "MEDICATION"), ("Dr. Osei", "PROVIDER"), ("Shingrix vaccine", "MEDICATION")],
  ["pharmacy"],
  "Treatment and vaccine go; 'Dr. Osei recommends a nurse visit, reply YES to book' survives. Judgement: a vaccine brand with 'vaccine' is one MEDICATION span.")
r("Linden Infusion Suite will be closed Thursday, Nov 26 for Thanksgiving. If you were scheduled that day, your new time is in the portal.",
  "REWRITE", "other", "sms", "en",
  [(SUITE, "SPECIALTY"), ("Nov 26", "DATE")],
  ["orthopedics"],
  "Judgement: sent to the infusion suite's own patients, its name reveals the treatment even in a closure notice.")
r("You have been unsubscribed from Linden Health Partners text messages. Reply START to resubscribe.",
  "ALLOW", "other", "sms", "en", [],
  ["general", "hard-negative"],
  "Opt-out confirmation.")

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "ob", "probe389.jsonl")
