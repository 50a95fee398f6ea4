#!/usr/bin/env python3
"""Build corpus/probe150.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe150.py [OUT] [-v]   (default: probe150.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, test, source file or history was read.

This round is HOSPITAL-AT-HOME AND REMOTE PATIENT MONITORING: what hospital-at-home programs,
remote-patient-monitoring (RPM) services, chronic-care-management (CCM) teams and their device
vendors send — enrollment and kit-delivery notices, daily-reading reminders, out-of-range alerts
(weight, blood pressure, glucose, oxygen, heart rate), nurse video-visit schedules, paramedic home
visits, IV therapy and lab draws at home, device troubleshooting (serials, IMEIs, returns,
recalls), monthly CCM summaries and billing for RPM/CCM codes — mixing messages that reveal the
recipient's (or a parent's) condition, reading, device or treatment with neutral logistics, and
look-alikes (monitor the weather, our home page, a remote-work policy, a book club's reading
list, Pulse Oximeter Street, hospital-grade Wi-Fi, a nurse named Hope Holloway). About 15%
Spanish; four disguised messages (spaced letters, a zero-width space, a Cyrillic look-alike, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. "Hospital at Home" / "Acute Care at Home" / "Cuidado ... en Casa" name a service line, like
     home health: SPECIALTY wherever they appear. A practice, vendor or team name that reveals the
     service ("Riverside RPM", "Northgate Remote Care", "GlucoTrack", "CardioPulse RPM",
     "... Home Care", "... Infusion", "... Pulmonary") is one SPECIALTY span.
  2. The monitoring service the recipient receives (remote patient monitoring, RPM, remote/home
     monitoring, chronic care management/CCM, principal care management, home infusion,
     monitoreo remoto) is PROCEDURE: the README lists "program" and "therapy" under PROCEDURE.
     A following "program"/"team"/"call" stays outside.
  3. Clinical monitoring devices (BP cuff, scale used for weights, pulse oximeter, glucometer,
     CGM, ECG patch, PICC, oxygen concentrator) are PROCEDURE (devices are PROCEDURE). Generic
     hardware words (tablet, hub, kit, equipment, device, box, cooler, "sensor" on its own) are
     not labelled.
  4. The measured quantity (blood pressure/BP, weight, glucose/blood sugar, SpO2/O2, oxygen
     level, heart rate, peak flow) is PROCEDURE, like "home BP log"; the generic word
     "reading(s)"/"lectura(s)" is not labelled, so a reading reminder that names neither a
     measure nor a device is ALLOW.
  5. A reading described only as "outside your target range", "in range", "below your safe
     range" is a RESULT: normal or abnormal, a result is BLOCK.
  6. Supplemental "oxygen" is MEDICATION (README); "oxygen level"/"oxygen readings"/"saturación
     de oxígeno" (the measure) is PROCEDURE.
  7. CPT codes (99453/99454/99457/99490) are PROCEDURE (they name the service); ICD-10 and DRG
     codes are CONDITION, so a diagnosis code on a bill or claim is BLOCK.
  8. Device serial numbers and IMEIs (also when spoken digit by digit) are DEVICE_ID; a vendor's
     order number and a payment receipt number are OTHER_ID; a carrier tracking link is a
     patient-specific URL (it resolves to the home address) -> REWRITE.
  9. A nurse, paramedic or phlebotomist arriving at home, a home blood draw, an equipment
     delivery or pickup, a "monthly check-in" — with no program, test, measure or service named —
     are generic (ALLOW), like "nurse" and "lab work"; a named test drawn at home (INR) is
     PROCEDURE.
 10. "IV" written before a drug goes into the MEDICATION span ("IV antibiotics"), by analogy
     with the form word after it.
 11. Staff named as the sender or contact (help-desk tech, care coordinator, scheduler) are
     PROVIDER, as the README does for front-desk staff.
 12. A reminder to take a measurement at a time of day is logistics (REWRITE once the measure is
     removed); an instruction that ties a threshold to a dose or a drug is a treatment
     instruction (BLOCK).
 13. A condition used as the name of a clinic, line or team ("heart failure clinic", "Diabetes
     Care Team", "clínica de diabetes") is a CONDITION span with the generic word outside: REWRITE
     unless something else blocks.
 14. A hypothetical symptom in a safety line ("if you have chest pain, call 911") is still a
     CONDITION span (tag negation); on its own it does not make a message BLOCK, but next to a
     result it is part of the clinical content.
 15. A street address that is the practice's own (even "Pulse Oximeter Street") is labelled
     ADDRESS and ALLOW; a patient's ship-to address is ADDRESS and REWRITE.
 16. A vendor's generic brand that names no condition or service (Brightwell Connect, VitalBridge,
     Lumen Health Devices) is not labelled, like a generic practice name.
 17. A parent's hospital-at-home schedule sent to her designated contact, with only a service-line
     name and routine visit types (nurse visit, video rounds) and no condition, value or
     treatment, follows the README's dependent-logistics rule (REWRITE), not the third-party
     BLOCK; a parent's reading, adherence or diagnosis is BLOCK.
 18. An offer addressed to one eligible patient ("you may benefit from our Chronic Care
     Management service") reveals the recipient's conditions: REWRITE; the same service announced
     to everyone, or named in a job posting, is a broadcast with no span (ALLOW).
 19. Readings the team suspects are artifacts ("probably a loose clip"), counts of rescue-inhaler
     use against a goal and an arm circumference are results (BLOCK).
 20. IVR scripts speak the practice's call-back number digit by digit ("3 0 3, 5 5 5, 0 1 4 7");
     it is labelled PHONE like the written form and is not tagged as a disguise.

Everything is invented: names, practices, vendors, 555-01xx numbers, example domains,
identifiers (the Medicare number is CMS's published specimen format). Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ew0001-ew0012): enrollment, kit delivery, setup
add(
    ("ew0001", "Northlake Health: your package shipped today and should arrive in 2-3 business days. An adult must sign for it. Reply HELP for help, STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "Shipping notice that names no item, program, recipient or tracking number; generic practice name (decision 3: generic hardware is not labelled)."),
    ("ew0002", "Hi Gloria! Welcome to the Remote Patient Monitoring program at Cedar Ridge Medical. Your blood pressure cuff ships Monday. Questions? Call (412) 555-0142.",
     "REWRITE", "other", "sms", "en",
     [("Gloria", "NAME"), ("Remote Patient Monitoring", "PROCEDURE"), ("blood pressure cuff", "PROCEDURE"), ("(412) 555-0142", "PHONE")],
     ["home-health", "cardiology", "practice-contact"], "Enrollment notice: the program (decision 2) and the device (decision 3) reveal a monitored condition, the name is not needed; the welcome, ship day and practice phone survive."),
    ("ew0003", "Dear Mr. Abernathy,\n\nBecause of your recent hospital stay for congestive heart failure, Dr. Priya Raman has enrolled you in our home monitoring program. For the next 90 days you will step on a cellular scale every morning and the numbers go straight to our nurses. No Wi-Fi is needed.\n\nYour kit will arrive by UPS this week.\n\nWarm regards,\nThe Care Transitions Team\nBayside Medical Group | (617) 555-0119",
     "BLOCK", "other", "email", "en",
     [("Abernathy", "NAME"), ("congestive heart failure", "CONDITION"), ("Dr. Priya Raman", "PROVIDER"), ("home monitoring", "PROCEDURE"), ("cellular scale", "PROCEDURE"), ("(617) 555-0119", "PHONE")],
     ["cardiology", "home-health", "practice-contact"], "States the diagnosis behind the enrollment: a finding cannot be removed and leave the message's point, so it goes as a portal notice."),
    ("ew0004", "Hi, this is Tanya with Brightwell Connect. Your device setup call is Tue 4/8 at 3:00 PM. We'll call from (800) 555-0163. Reply R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Tanya", "PROVIDER"), ("4/8", "DATE"), ("(800) 555-0163", "PHONE")],
     ["home-health", "practice-contact"], "Vendor staff named as the sender is workforce (decision 11); 'device' is generic (decision 3) and the vendor brand names no service (decision 16)."),
    ("ew0005", "Hola Sr. Benítez, su glucómetro del programa de monitoreo remoto llegará el jueves 14 de marzo entre 10 y 2. Si no va a estar en casa, llámenos al (305) 555-0128.",
     "REWRITE", "other", "sms", "es",
     [("Benítez", "NAME"), ("glucómetro", "PROCEDURE"), ("monitoreo remoto", "PROCEDURE"), ("14 de marzo", "DATE"), ("(305) 555-0128", "PHONE")],
     ["home-health", "practice-contact"], "Delivery window survives; the meter (device, decision 3), the monitoring program (decision 2) and the name go."),
    ("ew0006", "Your CardioPulse RPM kit is on its way! Track it here: https://track.example.com/t/1Z84X7E20391556021",
     "REWRITE", "other", "sms", "en",
     [("CardioPulse RPM", "SPECIALTY"), ("https://track.example.com/t/1Z84X7E20391556021", "URL")],
     ["cardiology", "home-health"], "Vendor name reveals cardiac monitoring (decision 1); a parcel-tracking link resolves to the recipient's address, so it is a patient-specific URL (decision 8)."),
    ("ew0007", "Tyler from Summit Home Care here - your new scale is all set up. Dr. Osei says weigh every morning after you pee, and if you're up 3 lbs overnight take an extra furosemide 40mg and call us.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tyler", "PROVIDER"), ("Summit Home Care", "SPECIALTY"), ("scale", "PROCEDURE"), ("Dr. Osei", "PROVIDER"), ("furosemide 40mg", "MEDICATION")],
     ["home-health", "cardiology"], "Dosing instruction tied to a weight threshold (decision 12): the treatment is the message."),
    ("ew0008", "Reminder: please keep the tablet we gave you plugged in overnight so it's charged in the morning. Questions? Just reply to this text.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "Generic hardware (decision 3), no program, device type or person named."),
    ("ew0009", "Mañana entre 9 y 12 pasará un mensajero a entregarle un paquete. Alguien mayor de 18 años debe firmar. Responda AYUDA si tiene preguntas.",
     "ALLOW", "other", "sms", "es", [],
     ["home-health", "hard-negative"], "Courier window for an unnamed package; 'mayor de 18 años' is not an age over 89."),
    ("ew0010", "Hello Denise,\n\nThank you for choosing Mercy Valley Hospital at Home. Our team will arrive at your home today between 4 and 6 pm to get you settled. Please clear a spot near an outlet by your bed and keep pets in another room while we set up. You do not need Wi-Fi; everything we bring has its own cellular connection.\n\nBefore we arrive, please review and sign the consent form at https://mercyvalley.example.org/forms/consent. If you cannot open it, we will bring a paper copy. It also helps to have a list of the pharmacies you use and the name of anyone who will be staying with you.\n\nYou can reach our command center 24/7 at (208) 555-0176. For an emergency, always call 911 first.\n\nSee you soon,\nAlana Kim, RN\nAdmission Coordinator\nMercy Valley Health | 1200 Riverside Dr, Boise, ID 83702",
     "REWRITE", "other", "email", "en",
     [("Denise", "NAME"), ("Mercy Valley Hospital at Home", "SPECIALTY"), ("https://mercyvalley.example.org/forms/consent", "URL"), ("(208) 555-0176", "PHONE"), ("Alana Kim, RN", "PROVIDER"), ("1200 Riverside Dr, Boise, ID 83702", "ADDRESS")],
     ["home-health", "practice-contact"], "Arrival logistics survive; the service-line name (decision 1) and the patient's name go; the consent link carries no patient token, so it is the practice's own."),
    ("ew0011", "Mr. Tran, Dr. Lam looked at your pulse ox numbers from this week. Keep your oxygen at 2 liters all day and call us if it ever reads under 88%.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tran", "NAME"), ("Dr. Lam", "PROVIDER"), ("pulse ox", "PROCEDURE"), ("oxygen", "MEDICATION")],
     ["home-health"], "An oxygen dose instruction (decision 6: supplemental oxygen is MEDICATION) after a review of readings: treatment instructions are BLOCK."),
    ("ew0012", "This is an automated message from Fairmont Medical Associates. Your equipment pickup is scheduled for Friday, June 6 between 1 and 5 PM. Please have all items boxed by the front door. Press 1 to confirm or 2 to speak with a scheduler.",
     "ALLOW", "reminder", "voice", "en",
     [("June 6", "DATE")],
     ["home-health"], "Pickup window for unnamed 'equipment' (decision 9) from a generic practice; date and time are allowed."),
)

# ---------------------------------------------------------------- batch 2 (ew0013-ew0024): daily-reading reminders
add(
    ("ew0013", "Good morning! Don't forget to take today's reading before 10 AM. Reply DONE when you're finished or HELP if something isn't working.",
     "ALLOW", "reminder", "sms", "en", [],
     ["home-health", "hard-negative"], "A reading reminder that names no measure, device or program (decision 4: 'reading' is generic)."),
    ("ew0014", "Hi Marcus, we haven't gotten a blood pressure reading from you since Sunday. Please check your BP today and make sure the cuff is within 30 feet of the hub.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("blood pressure", "PROCEDURE"), ("BP", "PROCEDURE"), ("cuff", "PROCEDURE")],
     ["home-health", "cardiology"], "No value is given, so the nudge survives once the measure (decision 4), the device (decision 3) and the name go; 'hub' is generic hardware."),
    ("ew0015", "Buenos días Doña Carmen, recuerde medir su glucosa antes del desayuno y dos horas después de la cena. El glucómetro manda los datos solito. ¡Gracias!",
     "REWRITE", "reminder", "sms", "es",
     [("Carmen", "NAME"), ("glucosa", "PROCEDURE"), ("glucómetro", "PROCEDURE")],
     ["home-health"], "Judgement (decision 12): a reminder of when to measure is logistics, not a treatment instruction; measure, meter and name go."),
    ("ew0016", "VitaSync: Time for your daily check-in ☀️ Tap to open the app.",
     "ALLOW", "reminder", "push", "en", [],
     ["home-health", "hard-negative"], "App nudge; 'daily check-in' names nothing clinical and the brand names no service (decision 16)."),
    ("ew0017", "pls step on ur scale b4 bkfst tmrw, we missed ur wt 2 days in a row. thx - RPM team @ Oakdale FM",
     "REWRITE", "reminder", "sms", "en",
     [("scale", "PROCEDURE"), ("wt", "PROCEDURE"), ("RPM", "PROCEDURE")],
     ["home-health", "cardiology", "shorthand"], "Shorthand weight reminder: the device, the measure (decision 4) and the service named in the team (decision 2) go; 'Oakdale FM' is a generic family-medicine name."),
    ("ew0018", "Heading out of town? Let us know the dates by replying TRAVEL and we'll pause your daily reminders until you're home. Safe travels from Linden Health!",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "Pause-your-reminders offer; nothing says what is being measured."),
    ("ew0019", "Evening reminder from Pinecrest Pulmonary Associates: please do your oximeter check and your peak flow before bed tonight.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Pulmonary Associates", "SPECIALTY"), ("oximeter", "PROCEDURE"), ("peak flow", "PROCEDURE")],
     ["home-health"], "Pulmonary practice name (decision 1) and the two measures/devices (decisions 3-4) go; the evening nudge survives."),
    ("ew0020", "Hi Renee, your dad hasn't checked his blood sugar since Tuesday and the last one was 312. Can you help him test tonight? - Nurse Abby, Brookside Clinic",
     "BLOCK", "reminder", "sms", "en",
     [("Renee", "NAME"), ("blood sugar", "PROCEDURE"), ("312", "RESULT"), ("Nurse Abby", "PROVIDER")],
     ["home-health", "third-party"], "A third party's reading with its value, sent to the daughter: BLOCK (README: third party's health)."),
    ("ew0021", "Salud Integral Norte: sus lecturas se envían solas cada mañana. Si ve una luz roja en el equipo, desconéctelo 10 segundos y vuelva a conectarlo.",
     "ALLOW", "other", "sms", "es", [],
     ["home-health", "hard-negative"], "Generic 'lecturas' and 'equipo' (decisions 3-4); a generic practice name."),
    ("ew0022", "Hello, this is the automated reminder line for the heart failure clinic at Greystone Medical Center. We have not received today's weight. Please step on your scale now. Press 1 if you need help, or 2 to talk with a nurse.",
     "REWRITE", "reminder", "voice", "en",
     [("heart failure", "CONDITION"), ("weight", "PROCEDURE"), ("scale", "PROCEDURE")],
     ["home-health", "cardiology"], "Condition used as the clinic's name keeps 'clinic' outside (decision 13); the measure and device go; no value, so REWRITE."),
    ("ew0023", "Hope Holloway, RN here from Westbrook Medical. Just a reminder of our check-in call Thursday 2/19 at 11. Talk soon!",
     "ALLOW", "reminder", "sms", "en",
     [("Hope Holloway, RN", "PROVIDER"), ("2/19", "DATE")],
     ["home-health"], "A nurse whose name looks like words ('Hope'); provider, date and time only."),
    ("ew0024", "Reminder: your CGM sensor expires in 24 hours. Have a new sensor ready to go. — GlucoTrack",
     "REWRITE", "reminder", "push", "en",
     [("CGM", "PROCEDURE"), ("GlucoTrack", "SPECIALTY")],
     ["home-health"], "The device type and a vendor name that names glucose reveal diabetes (decisions 1 and 3); 'sensor' on its own is generic."),
)

# ---------------------------------------------------------------- batch 3 (ew0025-ew0036): out-of-range alerts
add(
    ("ew0025", "ALERT from Riverside RPM: your blood pressure this morning was 178/104. Please sit quietly for 5 minutes, recheck, and call (406) 555-0133 if it is still above 160.",
     "BLOCK", "result", "sms", "en",
     [("Riverside RPM", "SPECIALTY"), ("blood pressure", "PROCEDURE"), ("178/104", "RESULT"), ("(406) 555-0133", "PHONE")],
     ["cardiology", "home-health", "practice-contact"], "A reading with its value is a result; the alert has no purpose without it."),
    ("ew0026", "Your reading today was outside your target range. A nurse will call you within the hour. If you have chest pain or trouble breathing, call 911.",
     "BLOCK", "result", "sms", "en",
     [("outside your target range", "RESULT"), ("chest pain", "CONDITION"), ("trouble breathing", "CONDITION")],
     ["home-health", "negation"], "Judgement (decision 5): even with no measure named, 'outside your target range' is an abnormal finding; the hypothetical symptoms are labelled (decision 14)."),
    ("ew0027", "Sra. Paredes, su peso de hoy (82.6 kg) subió 1.8 kg desde ayer. La enfermera Lucía la va a llamar esta tarde para revisar sus medicamentos.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("peso", "PROCEDURE"), ("82.6 kg", "RESULT"), ("1.8 kg", "RESULT"), ("enfermera Lucía", "PROVIDER")],
     ["home-health", "cardiology"], "Weight value and gain are results."),
    ("ew0028", "Your weight today was 181.4 lb, up 2.6 lb from yesterday. Per your heart failure plan, Nurse Okafor will call this afternoon to go over your diuretic.",
     "ALLOW", "result", "portal", "en",
     [("weight", "PROCEDURE"), ("181.4 lb", "RESULT"), ("2.6 lb", "RESULT"), ("heart failure", "CONDITION"), ("Nurse Okafor", "PROVIDER"), ("diuretic", "MEDICATION")],
     ["home-health", "cardiology", "contrast"], "Inside the secure portal a value, condition and drug class may stay (README channel convention); the same kind of alert by SMS is BLOCK (ew0027)."),
    ("ew0029", "Subject: Glucose alert\n\nHi Priya, your CGM flagged a low of 54 mg/dL at 3:12 AM. Please eat 15 g of fast-acting carbs, recheck in 15 minutes, and reply OK so we know you're safe.\n\n– Diabetes Care Team, Elmhurst Clinic",
     "BLOCK", "result", "email", "en",
     [("Glucose", "PROCEDURE"), ("Priya", "NAME"), ("CGM", "PROCEDURE"), ("low", "RESULT"), ("54 mg/dL", "RESULT"), ("Diabetes", "CONDITION")],
     ["home-health"], "Value and flag are results and the message gives treatment; 'Diabetes Care Team' labels the condition (decision 13)."),
    ("ew0030", "SpO2 alert: 86% at 07:40. Cheyenne, please put your oxygen on now and call the Hospital at Home line at (208) 555-0176.",
     "BLOCK", "result", "sms", "en",
     [("SpO2", "PROCEDURE"), ("86%", "RESULT"), ("Cheyenne", "NAME"), ("oxygen", "MEDICATION"), ("Hospital at Home", "SPECIALTY"), ("(208) 555-0176", "PHONE")],
     ["home-health", "practice-contact"], "A saturation value and an oxygen instruction (decision 6); 'Hospital at Home' is a service line (decision 1)."),
    ("ew0031", "Hi its nurse Dana from Lakeshore, your BP readins have been runing high all week (avg 162/98). dr wants to up your lisinopril, can u call me back",
     "BLOCK", "result", "sms", "en",
     [("nurse Dana", "PROVIDER"), ("BP", "PROCEDURE"), ("high", "RESULT"), ("162/98", "RESULT"), ("lisinopril", "MEDICATION")],
     ["home-health", "cardiology", "typo", "shorthand"], "Results and a planned dose change, written with staff typos."),
    ("ew0032", "This is Northgate Remote Care calling for Walter Briggs with an important health alert. Your heart rate reading of 42 beats per minute is below your safe range. Please call us back at 3 0 3, 5 5 5, 0 1 4 7.",
     "BLOCK", "result", "voice", "en",
     [("Northgate Remote Care", "SPECIALTY"), ("Walter Briggs", "NAME"), ("heart rate", "PROCEDURE"), ("42 beats per minute", "RESULT"), ("below your safe range", "RESULT"), ("3 0 3, 5 5 5, 0 1 4 7", "PHONE")],
     ["cardiology", "home-health", "practice-contact"], "Voice is treated like SMS (overheard); a named patient's value and its flag are results. The call-back number is spelled out digit by digit as IVR scripts do (decision 20)."),
    ("ew0033", "Your care team sent you a new message. Log in at https://portal.elmhurstclinic.example.com to read it. Please do not reply to this text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://portal.elmhurstclinic.example.com", "URL")],
     ["home-health", "practice-contact"], "The safe pattern: a portal notice that says that something is waiting, not what; the practice's own portal link."),
    ("ew0034", "Weight up 4.2 lb in 3 days. Tap for details.",
     "BLOCK", "result", "push", "en",
     [("Weight", "PROCEDURE"), ("4.2 lb", "RESULT")],
     ["home-health", "cardiology"], "A push notification shows on the lock screen; the weight change is the message."),
    ("ew0035", "Mensaje de Clínica Del Valle para Ramón Ortiz: su presión arterial de ayer fue 190 sobre 110. Por favor llámenos hoy mismo al 5 2 0, 5 5 5, 0 1 5 2.",
     "BLOCK", "result", "voice", "es",
     [("Ramón Ortiz", "NAME"), ("presión arterial", "PROCEDURE"), ("190 sobre 110", "RESULT"), ("5 2 0, 5 5 5, 0 1 5 2", "PHONE")],
     ["cardiology", "home-health", "practice-contact"], "Spoken blood-pressure value for a named patient; the spoken call-back number is PHONE (decision 20)."),
    ("ew0036", "Winter storm watch tonight: please monitor the weather. If the roads are icy tomorrow, in-person visits will switch to video and we'll text you by 7 AM. Stay warm! - Birchwood Family Practice",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'monitor' the weather; a weather broadcast sent to all patients."),
)

# ---------------------------------------------------------------- batch 4 (ew0037-ew0048): nurse video visits and telehealth links
add(
    ("ew0037", "Your video visit with Nurse Practitioner Soto is tomorrow at 9:30 AM. Join 10 minutes early at https://visit.harborpoint.example.com/waiting-room - no download needed.",
     "ALLOW", "reminder", "sms", "en",
     [("Nurse Practitioner Soto", "PROVIDER"), ("https://visit.harborpoint.example.com/waiting-room", "URL")],
     ["primary-care", "practice-contact"], "Provider and time; the practice's shared waiting-room link carries no patient token."),
    ("ew0038", "Join your video visit here: https://meet.example.com/j/884120517?pwd=Xk29aQ&pid=4471902 – starts at 2:00 PM. Reply HELP if the link doesn't open.",
     "REWRITE", "reminder", "sms", "en",
     [("https://meet.example.com/j/884120517?pwd=Xk29aQ&pid=4471902", "URL")],
     ["home-health"], "A meeting link with a patient id and password is patient-specific (README: ?pid= -> REWRITE); the time survives."),
    ("ew0039", "Hi Evelyn,\n\nTomorrow's Hospital at Home video rounds with Dr. Castellano will be at 8:15 AM. Your nurse will already be there to help with the tablet. If you are asleep, she will wake you.\n\nThe Acute Care at Home team\nSt. Brendan's Health",
     "REWRITE", "reminder", "email", "en",
     [("Evelyn", "NAME"), ("Hospital at Home", "SPECIALTY"), ("Dr. Castellano", "PROVIDER"), ("Acute Care at Home", "SPECIALTY")],
     ["home-health"], "Service-line names (decision 1) and the name go; provider and time survive; 'video rounds' is left generic."),
    ("ew0040", "Kettle Creek Clinic: our home page has a new look! You can still schedule, pay a bill and message your care team from the same place. Questions? Reply to this text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'home page' is not home care; a broadcast."),
    ("ew0041", "Hola Josefina, su videollamada con la enfermera de Cuidado Cardíaco en Casa es el lunes 3 de febrero a las 10. Le mandamos el enlace 15 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Josefina", "NAME"), ("Cuidado Cardíaco en Casa", "SPECIALTY"), ("3 de febrero", "DATE")],
     ["cardiology", "home-health"], "Program name reveals cardiac home care (decision 1); date and time survive."),
    ("ew0042", "Ashford Family Practice: telehealth visit Wed 10/22 at 4:40 pm with Dr. Nwosu. Test your camera and mic ahead of time at https://ashfordfp.example.com/test",
     "ALLOW", "reminder", "sms", "en",
     [("10/22", "DATE"), ("Dr. Nwosu", "PROVIDER"), ("https://ashfordfp.example.com/test", "URL")],
     ["primary-care", "practice-contact"], "Generic telehealth reminder with provider, date and the practice's own test page."),
    ("ew0043", "Hi Lorraine,\n\nThanks for today's video visit. As we discussed, the swelling in your ankles is worse and your weight is up again, so Dr. Beck is increasing your torsemide to 40 mg twice a day starting tonight. Please keep to the 2-liter fluid limit and low-salt meals, and we'll recheck your potassium at home on Friday. I've put a new weight log in your portal, and the pharmacy will deliver the new tablets tomorrow between 10 and 2. If the swelling climbs above your knees or you can't lie flat at night, call us right away or go to the ER.\n\nCall me with any questions,\nHope Holloway, RN\nWestbrook Medical | (512) 555-0158",
     "BLOCK", "care-instructions", "email", "en",
     [("Lorraine", "NAME"), ("swelling", "CONDITION"), ("weight", "PROCEDURE"), ("Dr. Beck", "PROVIDER"), ("torsemide", "MEDICATION"), ("potassium", "PROCEDURE"), ("weight", "PROCEDURE", 1), ("swelling", "CONDITION", 1), ("can't lie flat", "CONDITION"), ("Hope Holloway, RN", "PROVIDER"), ("(512) 555-0158", "PHONE")],
     ["home-health", "cardiology", "practice-contact"], "Findings and a dose change after a nurse video visit; the dose written after the drug name is outside the span (README MEDICATION)."),
    ("ew0044", "Hello, this is Westfield Health calling to remind you of your video visit on Monday, March 9th at 1 PM with Doctor Ahmed. For help connecting, press 2. To cancel, press 3.",
     "ALLOW", "reminder", "voice", "en",
     [("March 9th", "DATE"), ("Doctor Ahmed", "PROVIDER")],
     ["primary-care"], "Provider and date by voice, nothing clinical."),
    ("ew0045", "Reminder: nurse video call for your CCM care plan review Thu 11/6 at 2:30. Reply Y to confirm. -Juniper Primary Care",
     "REWRITE", "reminder", "sms", "en",
     [("CCM", "PROCEDURE"), ("11/6", "DATE")],
     ["primary-care"], "Chronic care management implies two or more chronic conditions (decision 2); date and time survive."),
    ("ew0046", "The link for your video visit will be texted 15 minutes before your start time. Make sure your phone is charged and you're somewhere with a good signal.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Generic telehealth logistics."),
    ("ew0047", "Hi Mr. Delgado, the wound care nurse will see you by video today at 3 to look at your foot ulcer. Please sit near a window or a good lamp.",
     "REWRITE", "reminder", "sms", "en",
     [("Delgado", "NAME"), ("wound care", "SPECIALTY"), ("foot ulcer", "CONDITION")],
     ["home-health"], "A service-line word before 'nurse' (SPECIALTY) and the condition as the visit's object go; time survives."),
    ("ew0048", "Estimada Sra. Villalobos: en la videoconsulta de hoy la Dra. Ríos vio que su saturación de oxígeno sigue en 89%. Debe usar el concentrador las 24 horas y seguir con la prednisona 20 mg por 5 días más.\n\nAtentamente,\nNeumología Los Álamos",
     "BLOCK", "care-instructions", "email", "es",
     [("Villalobos", "NAME"), ("Dra. Ríos", "PROVIDER"), ("saturación de oxígeno", "PROCEDURE"), ("89%", "RESULT"), ("concentrador", "PROCEDURE"), ("prednisona 20 mg", "MEDICATION"), ("Neumología Los Álamos", "SPECIALTY")],
     ["home-health"], "Saturation value and treatment instructions; the measure is PROCEDURE (decision 6)."),
)

# ---------------------------------------------------------------- batch 5 (ew0049-ew0060): paramedic visits, hospital at home, IV therapy and draws at home
add(
    ("ew0049", "Paramedic Jake Ruiz from Riverton Health is on his way and should arrive in about 20 minutes. Please turn on your porch light.",
     "ALLOW", "other", "sms", "en",
     [("Paramedic Jake Ruiz", "PROVIDER")],
     ["home-health"], "Judgement (decision 9): a paramedic arriving at home, with no program or reason named, is like 'your nurse'; the role title goes in the PROVIDER span."),
    ("ew0050", "Sandpoint Fire & EMS - Mobile Integrated Health: your community paramedic visit moved to tomorrow between 10 and noon. Reply OK to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Mobile Integrated Health", "SPECIALTY")],
     ["home-health"], "Judgement: the program name reveals enrollment in home-based chronic-care visits (decision 1); the paramedic visit itself stays generic (decision 9)."),
    ("ew0051", "Hi Doreen, the paramedic who came by this morning said your lungs sounded wetter and your O2 was 90%. Dr. Feld added an extra dose of Lasix today - the courier is bringing it by 3.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Doreen", "NAME"), ("lungs sounded wetter", "RESULT"), ("O2", "PROCEDURE"), ("90%", "RESULT"), ("Dr. Feld", "PROVIDER"), ("Lasix", "MEDICATION")],
     ["home-health", "cardiology"], "An exam finding, a saturation value and a dose change."),
    ("ew0052", "Your home infusion nurse will arrive Sat 7/12 between 8 and 10 AM for your IV antibiotic. Please take the supplies out of the fridge 1 hour before. - Alpine Home Infusion",
     "REWRITE", "reminder", "sms", "en",
     [("home infusion", "PROCEDURE"), ("7/12", "DATE"), ("IV antibiotic", "MEDICATION"), ("Alpine Home Infusion", "SPECIALTY")],
     ["home-health", "pharmacy"], "Visit window survives; the therapy (decision 2), the drug class with its route (decision 10) and the infusion pharmacy's name go. Judgement: taking supplies out of the fridge is logistics, not dosing."),
    ("ew0053", "Reminder: flush your PICC with 10 mL saline before and after each dose of vancomycin 1.25 g every 12 hours. Call us right away if you see redness or feel chills.",
     "BLOCK", "care-instructions", "sms", "en",
     [("PICC", "PROCEDURE"), ("saline", "MEDICATION"), ("vancomycin 1.25 g", "MEDICATION"), ("redness", "CONDITION"), ("chills", "CONDITION")],
     ["home-health", "pharmacy", "negation"], "Dosing instructions for home IV therapy."),
    ("ew0054", "Your lab draw at home is confirmed for Thursday, Aug 21 between 7 and 9 AM. Please drink a glass of water beforehand. - Meridian Mobile Lab",
     "ALLOW", "confirmation", "sms", "en",
     [("Aug 21", "DATE")],
     ["lab"], "Judgement (decision 9): a home blood draw with no test named is generic like 'lab work'; '... Lab' is a generic name (README)."),
    ("ew0055", "Hola Don Aurelio, la flebotomista pasará el miércoles 9 de julio a las 7:30 para sacarle la muestra del INR. Gracias, Laboratorio Central.",
     "REWRITE", "reminder", "sms", "es",
     [("Aurelio", "NAME"), ("9 de julio", "DATE"), ("INR", "PROCEDURE")],
     ["lab", "home-health"], "A named test drawn at home reveals anticoagulation (decision 9); date and time survive."),
    ("ew0056", "Your INR from this morning's home draw was 4.1. Skip tonight's warfarin and we'll recheck Monday. - Anticoagulation Clinic, Hollis Medical",
     "BLOCK", "result", "sms", "en",
     [("INR", "PROCEDURE"), ("4.1", "RESULT"), ("warfarin", "MEDICATION"), ("Anticoagulation Clinic", "SPECIALTY")],
     ["lab", "cardiology"], "A value and a dosing instruction."),
    ("ew0057", "Thank you for letting our team into your home this week. We'd love to hear how we did - the survey takes about 2 minutes: https://survey.riverton.example.com/s/visit",
     "ALLOW", "other", "sms", "en",
     [("https://survey.riverton.example.com/s/visit", "URL")],
     ["home-health", "practice-contact"], "Generic survey link without a patient token; home visits without a named service are generic (decision 9)."),
    ("ew0058", "Hospital at Home day 3: nurse visit at 9, Dr. Mendez video rounds at 11, courier dropping off meds around 2. Text us anytime. - St. Brendan's Acute Care at Home",
     "REWRITE", "other", "sms", "en",
     [("Hospital at Home", "SPECIALTY"), ("Dr. Mendez", "PROVIDER"), ("St. Brendan's Acute Care at Home", "SPECIALTY")],
     ["home-health"], "The day's schedule survives once the service-line names go (decision 1); 'meds' is generic."),
    ("ew0059", "Hi Karen, quick update on your father from the Hospital at Home team: his fever broke overnight (99.1), the IV antibiotics are working on the pneumonia, and we expect to discharge him from the program Friday. Dr. Sato will call you after rounds.",
     "BLOCK", "other", "email", "en",
     [("Karen", "NAME"), ("Hospital at Home", "SPECIALTY"), ("fever", "CONDITION"), ("99.1", "RESULT"), ("IV antibiotics", "MEDICATION"), ("pneumonia", "CONDITION"), ("Dr. Sato", "PROVIDER")],
     ["home-health", "third-party"], "A parent's condition, value and treatment sent to his daughter: third party's health is BLOCK."),
    ("ew0060", "Our courier will drop a cooler at your door this afternoon. Please put it in the fridge right away and text us a thumbs-up once it's inside.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "A cooler delivery with no contents named (decision 3: generic)."),
)

# ---------------------------------------------------------------- batch 6 (ew0061-ew0072): device troubleshooting, serials, returns, recalls
add(
    ("ew0061", "VitalBridge Support: your BP cuff (SN VB-BPM-0048821) hasn't synced in 48 hrs. Try new AA batteries, then press Start once. Reply FIXED or CALL.",
     "REWRITE", "other", "sms", "en",
     [("BP cuff", "PROCEDURE"), ("VB-BPM-0048821", "DEVICE_ID")],
     ["home-health", "cardiology"], "The device type and its serial (decision 8) go; the troubleshooting survives."),
    ("ew0062", "Tech tip: if the light on your hub is blinking orange, unplug it for 30 seconds and plug it back in. It reconnects on its own within 5 minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "Generic hardware tip (decision 3)."),
    ("ew0063", "Hello Mr. Kowalczyk,\n\nOur system shows that your cellular hub (IMEI 356938035643809) last connected on 10/03, so we have not received readings from your pulse oximeter since then. Please check that the hub is plugged in and that the green light is on. If it still does not connect, call our device help line at (877) 555-0190 and we will ship a replacement.\n\nThank you,\nLumen Health Devices Support",
     "REWRITE", "other", "email", "en",
     [("Kowalczyk", "NAME"), ("356938035643809", "DEVICE_ID"), ("10/03", "DATE"), ("pulse oximeter", "PROCEDURE"), ("(877) 555-0190", "PHONE")],
     ["home-health", "practice-contact"], "IMEI (decision 8), device type and name go; the vendor's brand is generic (decision 16)."),
    ("ew0064", "Soporte técnico: si la pantalla de la tableta se queda en negro, mantenga presionado el botón de encendido 15 segundos. Si sigue igual, responda LLAMAR y le marcamos.",
     "ALLOW", "other", "sms", "es", [],
     ["home-health", "hard-negative"], "Tablet troubleshooting, nothing clinical (decision 3)."),
    ("ew0065", "Your replacement glucose meter ships today. Please send the old one back in the prepaid mailer. Order #RX-55091-B. - GlucoCare Direct",
     "REWRITE", "other", "sms", "en",
     [("glucose meter", "PROCEDURE"), ("RX-55091-B", "OTHER_ID"), ("GlucoCare Direct", "SPECIALTY")],
     ["home-health", "pharmacy"], "Device, vendor order number (decision 8) and a vendor name that names glucose (decision 1) go."),
    ("ew0066", "Hi, it's Marco from the help desk returning your call about the tablet's Wi-Fi. Call me back at (269) 555-0114 ext 214 anytime before 6.",
     "ALLOW", "other", "sms", "en",
     [("Marco", "PROVIDER"), ("(269) 555-0114", "PHONE")],
     ["home-health", "practice-contact"], "Help-desk staff named as sender (decision 11); the help desk's own number."),
    ("ew0067", "The numbers from your pulse ox look off (SpO2 71%, HR 190) - probably a loose clip. Please reattach it to a warm finger and recheck. If you feel short of breath, call 911.",
     "BLOCK", "result", "sms", "en",
     [("pulse ox", "PROCEDURE"), ("SpO2", "PROCEDURE"), ("71%", "RESULT"), ("HR", "PROCEDURE"), ("190", "RESULT"), ("short of breath", "CONDITION")],
     ["home-health", "negation"], "Judgement (decision 19): values the team suspects are artifacts are still readings of the patient; results are BLOCK."),
    ("ew0068", "Upgrade to hospital-grade Wi-Fi! Maple Telecom's new mesh routers keep every room of your home connected, from the basement to the back porch. Switch this month and get 3 months free.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative"], "Look-alike: 'hospital-grade' and 'home' in an internet ad; nothing about a patient."),
    ("ew0069", "Your ECG patch comes off on 5/30. Mail it back in the blue box by 6/2 (postage is prepaid). Questions? (614) 555-0171",
     "REWRITE", "other", "sms", "en",
     [("ECG patch", "PROCEDURE"), ("5/30", "DATE"), ("6/2", "DATE"), ("(614) 555-0171", "PHONE")],
     ["cardiology", "practice-contact"], "A cardiac monitoring device (decision 3) goes; the return logistics and dates survive."),
    ("ew0070", "Hello, this is Lumen Health Devices with a message for Harriet Coleman about your scale, serial number L S 4 4 0 9 1 7. A software update is needed. Please leave it plugged in tonight. No other action is needed.",
     "REWRITE", "other", "voice", "en",
     [("Harriet Coleman", "NAME"), ("scale", "PROCEDURE"), ("L S 4 4 0 9 1 7", "DEVICE_ID")],
     ["home-health", "cardiology"], "A spoken serial is still a device identifier (decision 8); name and device go, the update request survives."),
    ("ew0071", "Recordatorio: devuelva el equipo en la caja prepagada antes del 15 de agosto. Puede dejarla en cualquier oficina de correos. ¡Gracias por participar!",
     "ALLOW", "other", "sms", "es",
     [("15 de agosto", "DATE")],
     ["home-health"], "Return reminder for unnamed 'equipo' (decision 3); a date is allowed."),
    ("ew0072", "FYI the cuff you've been using is the wrong size. Your arm measured 44 cm so you need the XL cuff, which is probably why your pressures have been reading in the 150s. New one ships tomorrow.",
     "BLOCK", "other", "sms", "en",
     [("cuff", "PROCEDURE"), ("44 cm", "RESULT"), ("cuff", "PROCEDURE", 1), ("pressures", "PROCEDURE"), ("150s", "RESULT")],
     ["home-health", "cardiology"], "A body measurement and a range of readings are results, even in a troubleshooting message (decision 19)."),
)

# ---------------------------------------------------------------- batch 7 (ew0073-ew0084): chronic care management, monthly summaries
add(
    ("ew0073", "Hi Bernard,\n\nThis is your monthly Chronic Care Management note from Linwood Internal Medicine. Your care coordinator, Felicia Grant, spent 24 minutes on your care in October, including calls with your pharmacy. Your next check-in call is 12/4 at 10 AM.\n\nReply to this e-mail or call (919) 555-0106 with any questions.",
     "REWRITE", "other", "email", "en",
     [("Bernard", "NAME"), ("Chronic Care Management", "PROCEDURE"), ("Felicia Grant", "PROVIDER"), ("12/4", "DATE"), ("(919) 555-0106", "PHONE")],
     ["primary-care", "practice-contact"], "The CCM service (decision 2) and the name go; coordinator (decision 11), minutes, the next call and the practice phone survive."),
    ("ew0074", "Monthly care summary for Gladys Pruitt (DOB 04/17/1941)\n\nConditions addressed this month: type 2 diabetes, CKD stage 3, hypertension.\n- A1c 7.9 (up from 7.4)\n- Home BP average 146/88\n- Started amlodipine 5 mg daily on 9/12\n\nGoals for next month: walk 15 minutes a day, log readings daily, bring your meter to the 10/20 visit.\n\nTamsin Ford, RN, CCM Nurse\nRiverside Family Physicians",
     "BLOCK", "other", "email", "en",
     [("Gladys Pruitt", "NAME"), ("04/17/1941", "DATE"), ("type 2 diabetes", "CONDITION"), ("CKD stage 3", "CONDITION"), ("hypertension", "CONDITION"), ("A1c", "PROCEDURE"), ("7.9", "RESULT"), ("7.4", "RESULT"), ("BP", "PROCEDURE"), ("146/88", "RESULT"), ("amlodipine 5 mg", "MEDICATION"), ("9/12", "DATE"), ("meter", "PROCEDURE"), ("10/20", "DATE"), ("Tamsin Ford, RN", "PROVIDER"), ("CCM", "PROCEDURE")],
     ["primary-care", "dob"], "Full date of birth with the name, diagnoses, values and a new drug: BLOCK on several grounds."),
    ("ew0075", "Your November care plan summary is ready. Blood pressure average: 128/76 (goal under 130/80). Fasting glucose average: 118. You met your walking goal 3 of 4 weeks - nice work! Keep taking losartan 50 mg every morning.",
     "ALLOW", "result", "portal", "en",
     [("Blood pressure", "PROCEDURE"), ("128/76", "RESULT"), ("Fasting glucose", "PROCEDURE"), ("118", "RESULT"), ("losartan 50 mg", "MEDICATION")],
     ["primary-care", "contrast"], "Inside the portal, values and doses may stay (README channel convention); by e-mail the same summary would be BLOCK (ew0074)."),
    ("ew0076", "Your care coordinator will call you this week for your monthly check-in. If there's a better day or time, just reply with it.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "hard-negative"], "Judgement (decision 9): a monthly check-in call that names no program is generic."),
    ("ew0077", "Sra. Quintero, la llamaremos el martes para su revisión mensual del programa de manejo de enfermedades crónicas. Si necesita otro horario, llame al (956) 555-0139. Clínica Familiar Las Palmas",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("manejo de enfermedades crónicas", "PROCEDURE"), ("(956) 555-0139", "PHONE")],
     ["primary-care", "practice-contact"], "Spanish name of chronic care management (decision 2) and the name go; the call and phone survive."),
    ("ew0078", "Dr. Whitfield reviewed your CCM log: your fasting sugars are averaging 168, so we're adding metformin 500 mg with dinner. It's ready for pickup at Elm Street Pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("CCM", "PROCEDURE"), ("fasting sugars", "PROCEDURE"), ("168", "RESULT"), ("metformin 500 mg", "MEDICATION")],
     ["primary-care", "pharmacy"], "A value and a new prescription with its dosing."),
    ("ew0079", "Patient & Family Advisory Council book club: we meet the first Tuesday of each month at 6 PM in the Community Room. This season's reading list is posted at the front desk and in the lobby. New members welcome - bring a friend!",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a book club's 'reading list'; a broadcast."),
    ("ew0080", "Dear Ms. Yazzie,\n\nDr. Begay thinks you may benefit from our Chronic Care Management service. A nurse care manager would call you each month, help coordinate your specialists and refills, and be reachable 24/7. Medicare covers it; a 20% coinsurance may apply.\n\nTo enroll, reply YES or call (505) 555-0188.\n\nMesa Verde Primary Care",
     "REWRITE", "marketing", "email", "en",
     [("Yazzie", "NAME"), ("Dr. Begay", "PROVIDER"), ("Chronic Care Management", "PROCEDURE"), ("(505) 555-0188", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement (decision 18): an invitation addressed to one eligible patient reveals chronic conditions (decision 2), unlike a broadcast; the offer survives without name and program."),
    ("ew0081", "This message is for Luis Romero, calling about your mother, Elena. Her care management nurse noticed she has missed several insulin doses this week. Please call Sunrise Family Clinic back today at 7 1 3, 5 5 5, 0 1 2 9.",
     "BLOCK", "other", "voice", "en",
     [("Luis Romero", "NAME"), ("Elena", "NAME"), ("care management", "PROCEDURE"), ("insulin", "MEDICATION"), ("7 1 3, 5 5 5, 0 1 2 9", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "A parent's medication adherence told to her son: third party's health (decision 17); spoken phone is PHONE (decision 20)."),
    ("ew0082", "Your monthly care call is scheduled for Mon 9/15 at 10:30 with Keisha Ward, LPN. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("9/15", "DATE"), ("Keisha Ward, LPN", "PROVIDER")],
     ["primary-care"], "Date, time and a nurse with a generic credential; 'monthly care call' names no program (decision 9)."),
    ("ew0083", "Your Principal Care Management update for June: COPD. You used your rescue inhaler 3 times this week (goal: 2 or fewer). Your nurse will call Thursday to talk about your action plan. - Brightmoor Medical",
     "BLOCK", "other", "email", "en",
     [("Principal Care Management", "PROCEDURE"), ("COPD", "CONDITION"), ("rescue inhaler", "MEDICATION"), ("3 times", "RESULT")],
     ["primary-care"], "Names the diagnosis and a tracked measure; judgement (decision 19): inhaler use against a goal is a result."),
    ("ew0084", "{{practice_name}}: Your Chronic Care Management call is {{appt_date}} at {{appt_time}}. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Chronic Care Management", "PROCEDURE")],
     ["primary-care", "template"], "A template whose placeholders carry no patient data, but whose fixed text names the CCM service (decision 2)."),
)

# ---------------------------------------------------------------- batch 8 (ew0085-ew0096): billing for RPM and CCM codes
add(
    ("ew0085", "Cedar Ridge Medical - Statement\nPatient account: 20045117\nStatement date: 11/05\n\n10/01-10/31  Remote monitoring device supply, 30 days (CPT 99454)  $46.00\n10/31  Remote monitoring management, first 20 min (CPT 99457)  $48.00\nInsurance paid: -$75.20\nYour balance: $18.80\n\nPay at https://pay.cedarridge.example.com or call (412) 555-0142.",
     "REWRITE", "billing", "email", "en",
     [("20045117", "ACCOUNT"), ("11/05", "DATE"), ("10/01", "DATE"), ("10/31", "DATE"), ("Remote monitoring", "PROCEDURE"), ("99454", "PROCEDURE"), ("10/31", "DATE", 1), ("Remote monitoring", "PROCEDURE", 1), ("99457", "PROCEDURE"), ("https://pay.cedarridge.example.com", "URL"), ("(412) 555-0142", "PHONE")],
     ["home-health", "practice-contact"], "Service lines and their CPT codes reveal the service (decision 7); the account number is not needed; amounts, dates and the practice's pay link survive."),
    ("ew0086", "Your statement is ready. View and pay online, or call our billing office Mon-Fri 8-5. Payment plans are available - just ask.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Statement notice without amounts of service or identifiers."),
    ("ew0087", "Subject: Claim update\n\nWe're sorry - your insurance denied the claim for remote physiologic monitoring (99454) for August. The diagnosis on the claim was I50.22 (chronic systolic heart failure), and your plan wants prior authorization for this service. We have appealed, and you do not owe anything yet.\n\nClaim # 7730-2291-08\nGreenway Cardiology Billing",
     "BLOCK", "billing", "email", "en",
     [("remote physiologic monitoring", "PROCEDURE"), ("99454", "PROCEDURE"), ("I50.22", "CONDITION"), ("chronic systolic heart failure", "CONDITION"), ("7730-2291-08", "OTHER_ID"), ("Greenway Cardiology", "SPECIALTY")],
     ["cardiology", "identifier"], "A diagnosis, both as an ICD-10 code (decision 7) and in words, cannot be removed from a claim explanation: BLOCK."),
    ("ew0088", "Hola Sra. Montaño, su saldo de $14.32 es el coseguro del monitoreo remoto de septiembre. Puede pagar en https://pagos.clinicasol.example.com o llamar al (915) 555-0124.",
     "REWRITE", "billing", "sms", "es",
     [("Montaño", "NAME"), ("monitoreo remoto", "PROCEDURE"), ("https://pagos.clinicasol.example.com", "URL"), ("(915) 555-0124", "PHONE")],
     ["home-health", "practice-contact"], "Balance and the practice's pay link survive; the service (decision 2) and name go."),
    ("ew0089", "Harbor Point Health: your balance of $42.10 is due 3/15. Pay online at https://harborpoint.example.com/pay or mail a check to the address on your statement.",
     "ALLOW", "billing", "email", "en",
     [("3/15", "DATE"), ("https://harborpoint.example.com/pay", "URL")],
     ["general", "practice-contact"], "Balance, due date and the practice's own pay page."),
    ("ew0090", "Heads up: Medicare Part B covers your RPM, but your 20% coinsurance for October comes to $19.88. We have Medicare number 1EG4-TE5-MK73 on file - call us if it has changed.",
     "REWRITE", "billing", "sms", "en",
     [("RPM", "PROCEDURE"), ("1EG4-TE5-MK73", "HEALTH_PLAN_ID")],
     ["home-health", "identifier"], "The service (decision 2) and the beneficiary number go; the amount survives."),
    ("ew0091", "Billing office update: under our new remote-work policy, billing reps now take calls from home, 8 to 6, Monday to Friday. Same number, same friendly service!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'remote' and 'home' in a staff remote-work policy; a broadcast."),
    ("ew0092", "Explanation of benefits - Hospital at Home acute episode 6/2 to 6/7\nDRG 291: Heart failure & shock w MCC\nBilled: $18,402.00 | Plan paid: $15,930.11 | You owe: $1,600.00 (inpatient deductible)\nQuestions? Summit Health Plan, 1-800-555-0107",
     "BLOCK", "billing", "email", "en",
     [("Hospital at Home", "SPECIALTY"), ("6/2", "DATE"), ("6/7", "DATE"), ("291", "CONDITION"), ("Heart failure & shock w MCC", "CONDITION"), ("1-800-555-0107", "PHONE")],
     ["home-health", "cardiology", "practice-contact"], "A DRG names the diagnosis group (decision 7): BLOCK. The plan's own phone is labelled like a practice's."),
    ("ew0093", "Payment received - thank you! $35.00 was applied to account 7781-2290 at Alpine Home Infusion. Receipt #PR-66120.",
     "REWRITE", "billing", "sms", "en",
     [("7781-2290", "ACCOUNT"), ("Alpine Home Infusion", "SPECIALTY"), ("PR-66120", "OTHER_ID")],
     ["pharmacy", "home-health", "identifier"], "The infusion pharmacy's name (decision 1), the account and the receipt number go; judgement (decision 8): a receipt number is a transaction identifier (OTHER_ID)."),
    ("ew0094", "Aviso de Clínica San Martín: a partir del 3 de febrero podrá pagar su cuenta con tarjeta respondiendo a este mensaje. Nunca le pediremos su número de Seguro Social por texto.",
     "ALLOW", "billing", "sms", "es",
     [("3 de febrero", "DATE")],
     ["general", "broadcast"], "A practice-wide payment notice; 'Seguro Social' is mentioned, no number is given."),
    ("ew0095", "To keep your remote monitoring covered, Blue Summit Health needs a signed statement of medical necessity. The form lists your diagnoses as hypertension (I10) and type 2 diabetes (E11.9). Please sign it in the portal by 7/31.",
     "BLOCK", "billing", "email", "en",
     [("remote monitoring", "PROCEDURE"), ("hypertension", "CONDITION"), ("I10", "CONDITION"), ("type 2 diabetes", "CONDITION"), ("E11.9", "CONDITION"), ("7/31", "DATE")],
     ["home-health", "primary-care"], "Diagnoses and their codes (decision 7) in an insurance e-mail: BLOCK."),
    ("ew0096", "This is the billing office at Granite Peak Medical calling about your account. Please call us back at 8 0 1, 5 5 5, 0 1 6 6, Monday through Friday, 8 to 5. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("8 0 1, 5 5 5, 0 1 6 6", "PHONE")],
     ["general", "practice-contact"], "A call-back request with the practice's own number, spoken digit by digit (decision 20)."),
)

# ---------------------------------------------------------------- batch 9 (ew0097-ew0108): look-alikes, disguises, eligibility
add(
    ("ew0097", "Brookfield Medical Group has moved to 410 Pulse Oximeter Street, Suite 2, Dover, DE 19901. Free parking behind the building. Same phone: (302) 555-0145.",
     "ALLOW", "other", "sms", "en",
     [("410 Pulse Oximeter Street, Suite 2, Dover, DE 19901", "ADDRESS"), ("(302) 555-0145", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Look-alike: a device name as the practice's street; the practice's own address and phone are labelled and allowed (decision 15)."),
    ("ew0098", "We're hiring! Remote monitoring technicians and home care nurses, full time, days or nights, sign-on bonus. Apply on our careers page or stop by HR on the 2nd floor.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: service words in a job posting say nothing about the recipient's care, so nothing is labelled (decision 18, like a broadcast)."),
    ("ew0099", "Hi Frank, ur b l o o d  p r e s s u r e was 1 8 2 / 1 1 0 this am. Call the nurse line today pls.",
     "BLOCK", "result", "sms", "en",
     [("Frank", "NAME"), ("b l o o d  p r e s s u r e", "PROCEDURE"), ("1 8 2 / 1 1 0", "RESULT")],
     ["home-health", "cardiology", "spaced", "shorthand"], "Spaced letters and digits disguise a measure and its value: still a result."),
    ("ew0100", "Reminder from Oak Hollow Clinic: your hyper\u200btension monitoring call is tomorrow at 10 AM. Reply 1 to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("hyper\u200btension", "CONDITION")],
     ["home-health", "cardiology"], "A zero-width space splits the condition used as a call label (decision 13); the span covers the original characters."),
    ("ew0101", "Your \u0421HF nurse visit is Tue 1/13 at 9:00. Reply C to confirm or call (207) 555-0117.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0421HF", "CONDITION"), ("1/13", "DATE"), ("(207) 555-0117", "PHONE")],
     ["home-health", "cardiology", "practice-contact"], "A Cyrillic Es replaces the Latin C of 'CHF' (congestive heart failure), used as a visit label."),
    ("ew0102", "Pl3ase n0te: ur w3ight is up 5 lb since Mon. Take an extra furos3mide 20mg 2day & call us. -Nurse Kim",
     "BLOCK", "care-instructions", "sms", "en",
     [("w3ight", "PROCEDURE"), ("5 lb", "RESULT"), ("furos3mide 20mg", "MEDICATION"), ("Nurse Kim", "PROVIDER")],
     ["home-health", "cardiology", "leet", "shorthand"], "Leet digits inside words hide a weight gain and a dose instruction."),
    ("ew0103", "Recuerde: este domingo cambia la hora. Los equipos se ajustan solos, no tiene que hacer nada. ¡Que tenga buena semana!",
     "ALLOW", "other", "sms", "es", [],
     ["home-health", "broadcast", "hard-negative"], "Daylight-saving notice; generic 'equipos' (decision 3)."),
    ("ew0104", "Now offering Hospital at Home: eligible patients can get hospital-level care in their own home, with nurse visits and daily video rounds. Learn more on our home page. - Lakeview Health",
     "ALLOW", "marketing", "email", "en", [],
     ["home-health", "broadcast", "hard-negative", "contrast"], "A broadcast announcing a service says nothing about the recipient (README broadcasts; decision 18): no span, unlike ew0105."),
    ("ew0105", "Good news, Mr. Abiodun: Dr. Farrow thinks you qualify for our Hospital at Home program. A coordinator will call you this afternoon to explain next steps.",
     "REWRITE", "other", "sms", "en",
     [("Abiodun", "NAME"), ("Dr. Farrow", "PROVIDER"), ("Hospital at Home", "SPECIALTY")],
     ["home-health", "contrast"], "The same service addressed to one patient (decision 1): REWRITE, unlike the broadcast ew0104."),
    ("ew0106", "Le saluda la enfermera Esperanza Salas de Centro Médico Arboleda. Su visita en casa es el viernes 21 de noviembre entre las 9 y las 11. Si no puede, responda CAMBIAR.",
     "ALLOW", "reminder", "sms", "es",
     [("enfermera Esperanza Salas", "PROVIDER"), ("21 de noviembre", "DATE")],
     ["home-health"], "A nurse whose given name is a word ('Esperanza' = hope); a home visit with no program named is generic (decision 9)."),
    ("ew0107", "Hello, this is Clearwater Health with a reminder that a member of your care team will visit your home on Wednesday, April 15, between 1 and 3 PM. Press 1 to confirm or 2 to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("April 15", "DATE")],
     ["home-health"], "Home visit window from a generic practice (decision 9)."),
    ("ew0108", "Sr. Fuentes, le escribimos del programa de monitoreo de Clínica Mirasol. La glucosa de su mamá, Doña Rebeca, marcó 45 a las 4 de la mañana. Ya hablamos con ella y se siente bien, pero le pedimos que la acompañe hoy.",
     "BLOCK", "result", "sms", "es",
     [("Fuentes", "NAME"), ("monitoreo", "PROCEDURE"), ("glucosa", "PROCEDURE"), ("Rebeca", "NAME"), ("45", "RESULT")],
     ["home-health", "third-party"], "A parent's glucose value told to her son: third party's health."),
)

# ---------------------------------------------------------------- batch 10 (ew0109-ew0120): caregivers, ages over 89, discharge, long e-mails
add(
    ("ew0109", "Hi Deborah, this is Brightwater RPM. Your grandmother (96) had two oxygen readings under 88% overnight. Her nurse is on the way to check on her now.",
     "BLOCK", "result", "sms", "en",
     [("Deborah", "NAME"), ("Brightwater RPM", "SPECIALTY"), ("96", "AGE"), ("oxygen", "PROCEDURE"), ("under 88%", "RESULT")],
     ["home-health", "third-party", "age-over-89"], "A grandparent's readings told to a relative (third party), with an age over 89; 'oxygen readings' is the measure (decision 6)."),
    ("ew0110", "Happy 92nd birthday, Mr. Haskell, from all of us at Fernwood Medical! Your RPM nurse will still call Friday as usual.",
     "REWRITE", "other", "sms", "en",
     [("92nd", "AGE"), ("Haskell", "NAME"), ("RPM", "PROCEDURE")],
     ["home-health", "age-over-89"], "An age over 89 (the ordinal), the name and the service (decision 2) go; the greeting and the Friday call survive."),
    ("ew0111", "Subject: Thank you - and what happens next\n\nCongratulations on finishing your 90 days with us! We hope the daily check-ins were easy to fit into your routine.\n\nOur courier will pick up everything we loaned you on Thursday, May 8, between 9 AM and 1 PM. Please pack the tablet, chargers and devices in the original box and leave it by your front door; you don't need to be home.\n\nWe'd be grateful for 2 minutes of feedback: https://fernwoodmedical.example.com/feedback\n\nQuestions? Call Patient Support at (859) 555-0193, Monday to Friday.\n\nWith thanks,\nPatient Support, Fernwood Medical",
     "ALLOW", "other", "email", "en",
     [("May 8", "DATE"), ("https://fernwoodmedical.example.com/feedback", "URL"), ("(859) 555-0193", "PHONE")],
     ["home-health", "practice-contact"], "Judgement: a program-completion and pickup e-mail that names no program, device type or measure (decisions 3, 4, 9); date and the practice's own contacts."),
    ("ew0112", "Dear Mr. Oyelaran,\n\nYou were discharged from St. Brendan's Acute Care at Home today after 5 days of treatment for cellulitis of your left leg. Please finish cephalexin 500 mg four times a day through 10/14 and keep the leg raised when sitting. Your last temperature was 98.4 and the redness has shrunk well inside the line we drew. Your blood work from 10/11 (white count 9.8, normal) is in the portal.\n\nAlso:\n- Take acetaminophen 650 mg every 6 hours as needed for pain.\n- Leave the tablet and the thermometer in the box our courier drops off tomorrow.\n\nFollow-up: Dr. Amari Patel, Thursday 10/16 at 1:40 PM, Crestview Primary Care. A nurse will call you tomorrow to check in.\n\nIf the redness spreads past the line, or you get a fever over 100.4, call us at (208) 555-0181 or go to the nearest emergency room.\n\nSt. Brendan's Acute Care at Home",
     "BLOCK", "care-instructions", "email", "en",
     [("Oyelaran", "NAME"), ("St. Brendan's Acute Care at Home", "SPECIALTY"), ("cellulitis", "CONDITION"), ("cephalexin 500 mg", "MEDICATION"), ("10/14", "DATE"), ("98.4", "RESULT"), ("redness", "CONDITION"), ("shrunk", "RESULT"), ("10/11", "DATE"), ("white count", "PROCEDURE"), ("9.8", "RESULT"), ("normal", "RESULT"), ("acetaminophen 650 mg", "MEDICATION"), ("Dr. Amari Patel", "PROVIDER"), ("10/16", "DATE"), ("redness", "CONDITION", 1), ("fever", "CONDITION"), ("(208) 555-0181", "PHONE"), ("St. Brendan's Acute Care at Home", "SPECIALTY", 1)],
     ["home-health", "negation", "practice-contact"], "A hospital-at-home discharge summary: diagnosis, dosing, values and findings. Belongs in the portal."),
    ("ew0113", "Hi Tom,\n\nYou're listed as Maureen's contact for her Hospital at Home stay, so here is tomorrow's schedule:\n\n- 8:00-9:00 AM: nurse visit\n- 10:30 AM: video rounds with Dr. Ilse Warner\n- Afternoon: the courier drops off supplies\n\nPlease make sure someone can open the door and that the dog is put away when the nurse arrives. Our command center is open 24/7 at (208) 555-0176 if anything comes up.\n\nThank you,\nRowan Pike, Care Coordinator\nMercy Valley Health",
     "REWRITE", "other", "email", "en",
     [("Tom", "NAME"), ("Maureen", "NAME"), ("Hospital at Home", "SPECIALTY"), ("Dr. Ilse Warner", "PROVIDER"), ("(208) 555-0176", "PHONE"), ("Rowan Pike", "PROVIDER")],
     ["home-health", "third-party", "practice-contact"], "Judgement (decision 17): a parent's schedule sent to her designated contact with only a service-line name and routine visit types follows the README's dependent-logistics rule (REWRITE), not the third-party BLOCK: no condition, value or treatment."),
    ("ew0114", "Our driver will pick up the equipment on Thursday 10/9 between 12 and 4. Please leave it boxed by the door - no need to be home.",
     "ALLOW", "other", "sms", "en",
     [("10/9", "DATE")],
     ["home-health"], "Pickup window for unnamed equipment (decision 9)."),
    ("ew0115", "RPM enrollment confirmed - Pt: Naomi Feld, DOB 2/9/1958, MRN 30077124. Devices: BP cuff + scale. Ship to home address on file.",
     "BLOCK", "other", "sms", "en",
     [("RPM", "PROCEDURE"), ("Naomi Feld", "NAME"), ("2/9/1958", "DATE"), ("30077124", "MRN"), ("BP cuff", "PROCEDURE"), ("scale", "PROCEDURE")],
     ["home-health", "cardiology", "dob", "identifier"], "An order summary sent to the patient by mistake: full date of birth with the name (README: BLOCK), plus MRN."),
    ("ew0116", "Estimado Sr. Galindo:\n\nGracias por inscribirse en el programa de monitoreo remoto de presión arterial de Clínica del Río. Su equipo (un brazalete y una base con conexión celular) llegará el martes 8 de abril por paquetería a Calle Ocotillo 2215, Tucson, AZ 85713. No necesita internet.\n\nUna vez que lo reciba, la llamaremos para ayudarle a conectarlo; la llamada dura unos 15 minutos. Si prefiere otro horario, llame al (520) 555-0161 de lunes a viernes.\n\nRecuerde que las lecturas les llegan solas a nuestras enfermeras, pero esto no es una línea de emergencias: si se siente mal, llame al 911. Si cambia de domicilio o de teléfono, avísenos para actualizar su expediente.\n\nAtentamente,\nMariela Ochoa, coordinadora de pacientes\nClínica del Río",
     "REWRITE", "other", "email", "es",
     [("Galindo", "NAME"), ("monitoreo remoto", "PROCEDURE"), ("presión arterial", "PROCEDURE"), ("brazalete", "PROCEDURE"), ("8 de abril", "DATE"), ("Calle Ocotillo 2215, Tucson, AZ 85713", "ADDRESS"), ("(520) 555-0161", "PHONE"), ("Mariela Ochoa", "PROVIDER")],
     ["home-health", "cardiology", "practice-contact"], "Program, measure and cuff (decisions 2-4), name and the patient's ship-to address (decision 15) go; delivery date and the practice phone survive."),
    ("ew0117", "Sus lecturas de esta semana: presión promedio 134/82 y peso 71.3 kg (sin cambios). La Dra. Herrera le pide seguir con la misma dosis de enalapril 10 mg.",
     "ALLOW", "result", "portal", "es",
     [("presión", "PROCEDURE"), ("134/82", "RESULT"), ("peso", "PROCEDURE"), ("71.3 kg", "RESULT"), ("sin cambios", "RESULT"), ("Dra. Herrera", "PROVIDER"), ("enalapril 10 mg", "MEDICATION")],
     ["home-health", "cardiology", "contrast"], "Weekly readings and a dose inside the secure portal: ALLOW (README channel convention)."),
    ("ew0118", "Great job! All 7 of your blood pressure readings this week were in range. Keep it up 💪",
     "BLOCK", "result", "push", "en",
     [("blood pressure", "PROCEDURE"), ("in range", "RESULT")],
     ["home-health", "cardiology"], "A normal result is still a result (README; decision 5), and a push shows on the lock screen."),
    ("ew0119", "You have been unsubscribed from Ridgeview Health reminders and will get no more texts. Reply START to opt back in.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Opt-out confirmation."),
    ("ew0120", "Subject: Holiday schedule for deliveries and pickups\n\nDear patients and families,\n\nOur warehouse and courier team will be closed Thursday, November 27 and Friday, November 28. Deliveries planned for those days will go out on Wednesday, November 26 instead, and pickups will resume Monday, December 1.\n\nOur 24/7 support line stays open through the holiday at (406) 555-0102, and you can always e-mail support@bigskyhealth.example.com for non-urgent questions.\n\nWishing you a warm and restful holiday,\nPatient Services, Big Sky Health",
     "ALLOW", "other", "email", "en",
     [("November 27", "DATE"), ("November 28", "DATE"), ("November 26", "DATE"), ("December 1", "DATE"), ("(406) 555-0102", "PHONE"), ("support@bigskyhealth.example.com", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "A practice-wide holiday schedule with the practice's own phone and e-mail."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "ew", "probe150.jsonl")
