#!/usr/bin/env python3
"""Build corpus/probe29.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe29.py [OUT] [-v]   (default: probe29.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, test or source file was read.

This round is MESSAGE TEMPLATES AS MESSAGING PLATFORMS AND CI LINTING PIPELINES SEE THEM: merge
fields in many syntaxes ({{first_name}}, ${apptDate}, {PatientName}, [ApptDate], *|FNAME|*,
<<provider>>, %s, {0}, {!Contact.FirstName}, Liquid filters), conditional blocks
({{#if}}/{{else}}/{{#unless}}), default values, partially rendered templates (empty or
unrendered fields next to rendered ones), hidden e-mail preheaders, bilingual catalog entries, and
template libraries for reminders, recalls, results, pickups, billing and marketing, including
templates whose fixed text (or default values) reveals health information. 20 of 120 are
Spanish; 4 are disguised (zero-width, Cyrillic look-alike, leet, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "TSH 6.8 ([[H]])" searches for "TSH 6.8 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. The README leaves templates whose placeholders carry a name or clinical content
     ({{first_name}}, [NameF]) out of its corpus; this round's theme asks for them. They are used
     here ONLY on REWRITE or BLOCK lines whose fixed text alone already sets that verdict, never on
     an ALLOW line, and the placeholder itself is never labelled. The label is therefore the same
     whatever the field is filled with.
  2. A results template whose fixed text names the test and whose body is the (placeholder) value
     is BLOCK: once rendered it is a result. The test name is the span.
  3. A literal default value inside a merge field (`| default: "prenatal check"`) is fixed text
     that goes out whenever the field is empty, so it is labelled like prose, inside the braces.
  4. Conditional blocks are judged over all branches: a linter cannot know which branch a patient
     gets, so the most revealing branch sets the verdict. Revealing field or condition names
     ({{#if diabetic}}) are placeholders: never labelled, never decisive on their own.
  5. Positional placeholders (%s, {0}) whose fixed text shows that they stand for a location,
     date or time are content-free, like {{appt_date}}.
  6. A partially rendered template whose fields rendered empty ("Hi , your  results ...") carries
     nothing: ALLOW.
  7. A marketing message from a practice whose name reveals a specialty (counseling, cancer
     institute, fertility) still names the practice: SPECIALTY -> REWRITE, even when sent to a
     list; services advertised to every patient by a generic practice are not labelled (README
     broadcast rule).
  8. Targeted marketing or surveys that state the recipient's condition or treatment to invite
     them (class, survey) are REWRITE, not BLOCK: the invitation survives once it is removed.
  9. A diagnosis stated on a bill, claim denial or coverage notice (name or ICD-10 code) is BLOCK:
     it is a statement of diagnosis, not a visit label; an ICD-10 code is CONDITION.
 10. Parcel tracking numbers on shipped medication are OTHER_ID (they look up the delivery).
 11. Payment and appointment confirmation codes are not labelled (as in probe7).
 12. A group number next to a member ID is HEALTH_PLAN_ID (as in probe7).
 13. Hidden e-mail preheader text (display:none) is sent text: it shows in inbox previews.
 14. Bowel-prep or medication-holding instructions with products, doses and times are dosing
     instructions (BLOCK); a fasting instruction before generic blood work is logistics (ALLOW).
 15. Department names (`Infusion Center`, `Cath Lab`) are SPECIALTY as a whole; in a lower-case
     descriptive name (`the anticoagulation clinic`) only the specialty word is labelled, as with
     `clínica de VIH`. A sleep-center name is specialty-revealing like eye/imaging names.
 16. Services without a tag: podiatry -> orthopedics; sleep medicine and colonoscopy ->
     primary-care.
 17. A partner-services exposure notice (a contact tested positive) is BLOCK: it is a third
     party's result and the recipient's exposure.
 18. Return precautions and screening questions ("call if you have a fever", "if you have a rash")
     are hypothetical and stay unlabelled (tag negation).

Everything is invented: names, practices, 555-01xx numbers, example.* domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ae0001-ae0012): reminder templates, many merge syntaxes
add(
    ("ae0001", "Reminder: you have an appointment with {{provider_name}} on {{appt_date}} at {{appt_time}} at {{location_name}}. Reply C to confirm or R to reschedule. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Vendor reminder template whose fields carry only provider, date, time and location; nothing about the patient."),
    ("ae0002", "Hi {{first_name}}, reminder of your colonoscopy on {{appt_date}} at {{arrival_time}}. Start clear liquids the day before. At 5 PM take the first 12 SUTAB tablets, each with 16 oz of water, and the second 12 at 5 AM. Reply Y to confirm.",
     "BLOCK", "reminder", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("SUTAB", "MEDICATION")],
     ["primary-care", "template"], "Bowel-prep product with tablet counts and times is a dosing instruction: removal cannot make it safe (decision 14). {{first_name}} does not decide the verdict (decision 1); colonoscopy tagged primary-care (decision 16)."),
    ("ae0003", "${practiceName}: Your appointment with ${providerName} is on ${apptDate} at ${apptTime}. Please arrive 15 minutes early and bring your insurance card and photo ID. Questions? Call ${practicePhone}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "${...} fields for practice, provider, date, time and practice phone only; ID and insurance card are generic."),
    ("ae0004", "Hello *|FNAME|*, it's time to schedule your annual mammogram at Lakeshore Breast Imaging Center. Book online at lakeshorebic.example.com/book or call 555-0142. Reply STOP to opt out.",
     "REWRITE", "recall", "sms", "en",
     [("mammogram", "PROCEDURE"), ("Lakeshore Breast Imaging Center", "SPECIALTY"), ("lakeshorebic.example.com/book", "URL"), ("555-0142", "PHONE")],
     ["imaging", "template", "practice-contact"], "Mailchimp-style recall: test and imaging-center name go, the practice's link and phone stay. *|FNAME|* is a name field but the fixed text already makes it REWRITE (decision 1)."),
    ("ae0005", "[PracticeName] reminder: [ApptDate] at [ApptTime] with [ProviderName]. Reply 1 to confirm, 2 to cancel. Msg&data rates may apply.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Bracket merge fields for practice, date, time and provider only."),
    ("ae0006", "<<practice>>: <<provider>> will see you on <<appt_date>> at <<appt_time>>. Check in at the 2nd floor front desk. Need to reschedule? Call <<office_phone>> at least 24 hrs ahead.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Angle-bracket fields; <<provider>> carries a clinician, which is allowed."),
    ("ae0007", "Your appointment at %s is confirmed for %s at %s. Reply HELP for help, STOP to unsubscribe.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "printf fields whose fixed text shows they stand for location, date and time (decision 5)."),
    ("ae0008", "Dear {PatientName}, your follow-up at Ridgeview Oncology & Hematology with {ProviderName} is on {ApptDate}. Please arrive 30 minutes early for your port flush and labs.",
     "REWRITE", "reminder", "sms", "en",
     [("Ridgeview Oncology & Hematology", "SPECIALTY"), ("port flush", "PROCEDURE")],
     ["oncology", "template"], "Oncology practice name and port flush go; the follow-up logistics survive. {PatientName} does not decide (decision 1)."),
    ("ae0009", "Reminder from Dr. Farah Qureshi's office: your appointment is Tuesday, March 3 at 11:20 AM. If you have a fever, cough or rash, please call 555-0117 before coming in so we can room you safely.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Farah Qureshi", "PROVIDER"), ("March 3", "DATE"), ("555-0117", "PHONE")],
     ["primary-care", "negation", "practice-contact"], "Provider, date and practice phone; the symptoms are a screening question to every patient, hypothetical and unlabelled (decision 18)."),
    ("ae0010", "{{#if telehealth}}Your video visit with {{provider_name}} starts {{appt_date}} at {{appt_time}}. Use the Join button in your portal 10 minutes early.{{else}}Your visit with {{provider_name}} is {{appt_date}} at {{appt_time}}, {{location_address}}.{{/if}} Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Conditional block; both branches carry only provider, date, time and the practice location (decision 4)."),
    ("ae0011", "Hola {{nombre}}, le recordamos su cita en la Clínica de Salud Mental Horizonte el {{fecha}} a las {{hora}}. Responda SI para confirmar o NO para cancelar.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica de Salud Mental Horizonte", "SPECIALTY")],
     ["behavioral-health", "template"], "Mental-health clinic name reveals the service; {{nombre}} does not decide (decision 1)."),
    ("ae0012", "Recordatorio de {{clinica}}: tiene una cita el {{fecha_cita}} a las {{hora_cita}} con {{proveedor}}. Si necesita cambiarla, llame al {{telefono_clinica}}. Responda STOP para no recibir mensajes.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "template", "hard-negative"], "Spanish template with content-free fields only."),
)

# ---------------------------------------------------------------- batch 2 (ae0013-ae0024): results templates
add(
    ("ae0013", "{{practice_name}}: Good news! Your recent lab results are normal and no follow-up is needed. You can view the full report in the patient portal.",
     "BLOCK", "result", "sms", "en",
     [("normal", "RESULT")],
     ["lab", "template"], "A results template whose fixed text says the results are normal: a normal result is still a result (README), whatever test fills it."),
    ("ae0014", "Your test results from {{visit_date}} are now available. Log in at portal.example.org to view them. Please do not reply to this message.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.example.org", "URL")],
     ["lab", "template", "practice-contact"], "Notification without PHI: that results exist, not what they are; the portal link is the practice's own."),
    ("ae0015", "Hi {{first_name}}, your COVID-19 PCR test collected on {{collection_date}} was NEGATIVE. No further action is needed. Stay well! -{{clinic_name}}",
     "BLOCK", "result", "sms", "en",
     [("COVID-19 PCR test", "PROCEDURE"), ("NEGATIVE", "RESULT")],
     ["urgent-care", "template"], "Negative result written into the template's fixed text; the name field does not decide (decision 1)."),
    ("ae0016", "{{lab_name}} RESULT NOTICE: Your potassium level from today's draw is {{k_value}} mmol/L ({{flag}}). Reference range 3.5-5.1. A nurse will call you about next steps.",
     "BLOCK", "result", "sms", "en",
     [("potassium", "PROCEDURE")],
     ["lab", "template"], "Results template: the fixed text names the test and the body is its value, so every rendering is a result (decision 2). The reference range is not the patient's value and is unlabelled."),
    ("ae0017", "Westbrook Women's Health: Your Pap test result is back and is normal (NILM). Your next screening is due in 3 years. Questions? Reply here or call 555-0163.",
     "BLOCK", "result", "sms", "en",
     [("Westbrook Women's Health", "SPECIALTY"), ("Pap test", "PROCEDURE"), ("normal", "RESULT"), ("NILM", "RESULT"), ("555-0163", "PHONE")],
     ["reproductive", "contrast", "practice-contact"], "A normal Pap result by SMS is still a result; same text as ae0018 on the portal."),
    ("ae0018", "Westbrook Women's Health: Your Pap test result is back and is normal (NILM). Your next screening is due in 3 years. You can reply to this portal message with any questions.",
     "ALLOW", "result", "portal", "en",
     [("Westbrook Women's Health", "SPECIALTY"), ("Pap test", "PROCEDURE"), ("normal", "RESULT"), ("NILM", "RESULT")],
     ["reproductive", "contrast"], "Portal channel: results may stay (README); contrast with ae0017 by SMS."),
    ("ae0019", "Sus resultados de laboratorio ya están disponibles. Por su privacidad no enviamos resultados por mensaje de texto. Ingrese al portal: portal.example.com/es",
     "ALLOW", "portal-notice", "sms", "es",
     [("portal.example.com/es", "URL")],
     ["lab", "practice-contact"], "Aviso sin PHI: no test named, the link is the practice's portal."),
    ("ae0020", "{{clinic_name}}: Your rapid strep test was positive. Dr. Lin sent amoxicillin 500 mg to your pharmacy - take 1 capsule twice a day for 10 days, even if you feel better.",
     "BLOCK", "result", "sms", "en",
     [("rapid strep test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Lin", "PROVIDER"), ("amoxicillin 500 mg", "MEDICATION")],
     ["urgent-care", "template"], "Positive result plus dosing in the template's fixed text."),
    ("ae0021", "Your recent testing for chlamydia and gonorrhea came back negative. No treatment is needed. Questions? Text us here. -{{clinic_name}}. Reply STOP to opt out.",
     "BLOCK", "result", "sms", "en",
     [("chlamydia", "CONDITION"), ("gonorrhea", "CONDITION"), ("negative", "RESULT")],
     ["hiv-sexual-health", "template"], "STI result template (negative is still a result); the conditions are tested-for terms, labelled CONDITION since no test word follows them."),
    ("ae0022", "Hi Priya, your lipid panel is back: LDL 168 (H), HDL 41, triglycerides 210 (H). Dr. Abernathy recommends starting atorvastatin 20mg nightly. We sent it to {{pharmacy_name}}.",
     "BLOCK", "result", "sms", "en",
     [("Priya", "NAME"), ("lipid panel", "PROCEDURE"), ("LDL", "PROCEDURE"), ("168", "RESULT"), ("LDL 168 ([[H]])", "RESULT"),
      ("HDL", "PROCEDURE"), ("41", "RESULT"), ("triglycerides", "PROCEDURE"), ("210", "RESULT"), ("triglycerides 210 ([[H]])", "RESULT"),
      ("Dr. Abernathy", "PROVIDER"), ("atorvastatin 20mg", "MEDICATION")],
     ["lab", "primary-care", "template"], "Partially rendered: name and values filled in, pharmacy field not; values, flags and a new drug with its schedule."),
    ("ae0023", "Hi , your  results from  are ready to view in the patient portal. Reply STOP to opt out.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "Partially rendered template whose merge fields came out empty: nothing about the patient is left (decision 6)."),
    ("ae0024", "{{clinica}}: Hola Guadalupe, su prueba de embarazo salió positiva. Llámenos al 555-0129 para programar su primera cita prenatal.",
     "BLOCK", "result", "sms", "es",
     [("Guadalupe", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("555-0129", "PHONE"), ("prenatal", "PROCEDURE")],
     ["reproductive", "template", "practice-contact"], "Resultado positivo de embarazo por SMS; 'cita' is generic and stays outside the PROCEDURE span."),
)

# ---------------------------------------------------------------- batch 3 (ae0025-ae0036): recall libraries
add(
    ("ae0025", "{{PracticeName}} Dental Recall: {{FirstName}}, you're due for your 6-month cleaning and x-rays! Call {{PracticePhone}} or book at {{BookingLink}}. We look forward to seeing your smile!",
     "REWRITE", "recall", "sms", "en",
     [("Dental", "SPECIALTY"), ("cleaning", "PROCEDURE"), ("x-rays", "PROCEDURE")],
     ["dental", "template"], "The fixed text says dental and names the visit type; {{FirstName}} does not decide (decision 1)."),
    ("ae0026", "It's that time again! Our records show your child is due for a well-child visit and may need vaccines before school starts. Reply BOOK or call {{office_phone}}. – Sunnyside Pediatrics",
     "REWRITE", "recall", "sms", "en",
     [("well-child", "PROCEDURE"), ("vaccines", "PROCEDURE"), ("Sunnyside Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor", "template"], "Dependent's routine visit type and a pediatrics name: REWRITE like the patient's own (README)."),
    ("ae0027", "{{practice}}: Annual eye exam reminder! It's been over a year since your last visit. Call ${phone} to schedule. Contact lens wearers, please bring your current lenses and box.",
     "REWRITE", "recall", "sms", "en",
     [("eye exam", "PROCEDURE")],
     ["ophthalmology", "template"], "Two merge syntaxes pasted into one template; the eye exam reveals the service. The contact-lens line addresses every recipient and stays unlabelled (judgement)."),
    ("ae0028", "Hi Tomás, you're due for your diabetic foot exam with Dr. Kessler, DPM. Reply with a day that works or call 555-0151 and ask for Jolene.",
     "REWRITE", "recall", "sms", "en",
     [("Tomás", "NAME"), ("diabetic foot exam", "PROCEDURE"), ("Dr. Kessler", "PROVIDER"), ("DPM", "SPECIALTY"), ("555-0151", "PHONE"), ("Jolene", "PROVIDER")],
     ["orthopedics", "practice-contact"], "Condition-named exam and podiatry credential go; Jolene is staff (PROVIDER). Podiatry tagged orthopedics (decision 16)."),
    ("ae0029", "Recordatorio: ya le toca su mamografía anual. Llame al Centro de Imágenes del Valle al 555-0174 o responda CITA para agendar. Gracias.",
     "REWRITE", "recall", "sms", "es",
     [("mamografía", "PROCEDURE"), ("Centro de Imágenes del Valle", "SPECIALTY"), ("555-0174", "PHONE")],
     ["imaging", "practice-contact"], "Estudio y nombre del centro de imágenes se quitan; el teléfono de la práctica se queda."),
    ("ae0030", "Flu shots are here! Walk in Mon–Fri 8–5 at any {{practice_name}} location, no appointment needed. Most plans cover it at $0. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "template", "hard-negative"], "Broadcast to every patient: says nothing about the recipient (README). Contrast with ae0031."),
    ("ae0031", "{{first_name}}, your flu shot appointment is {{appt_date}} at {{appt_time}}. Wear short sleeves and bring your insurance card!",
     "REWRITE", "reminder", "sms", "en",
     [("flu shot", "PROCEDURE")],
     ["primary-care", "template", "contrast"], "The same service as the recipient's own appointment is REWRITE (README); contrast with the broadcast ae0030. {{first_name}} does not decide (decision 1)."),
    ("ae0032", "Recall notice from {{practice_name}}: your last colonoscopy in 2021 found 2 adenomatous polyps, so Dr. Haddad recommends a repeat in 3 years. Please call 555-0139, option 2, to schedule.",
     "BLOCK", "recall", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("2 adenomatous polyps", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("555-0139", "PHONE")],
     ["primary-care", "template", "practice-contact"], "A recall template that states a finding (polyps) as its reason: findings are BLOCK. Colonoscopy tagged primary-care (decision 16)."),
    ("ae0033", "Subject: It's time for your annual check-up\n\nDear Patient,\n\nAt Alder Creek Family Medicine we believe prevention is the best medicine. Our records show you may be due for your yearly physical. An annual wellness visit is a chance to review your health goals, catch up on recommended screenings and talk with your provider about anything on your mind.\n\nScheduling is easy:\n• Online: https://aldercreekfm.example.com/schedule\n• Phone: (406) 555-0148, Monday to Friday, 7:30 a.m. to 5:00 p.m.\n• In person: 2200 Birch Lane, Suite 110, Bozeman, MT 59715\n\nMost plans cover one preventive visit per year at no cost to you. If you have already scheduled, thank you, and please disregard this note.\n\nWarm regards,\nThe Care Team at Alder Creek Family Medicine\n\nTo stop receiving these e-mails, reply UNSUBSCRIBE.",
     "ALLOW", "recall", "email", "en",
     [("https://aldercreekfm.example.com/schedule", "URL"), ("(406) 555-0148", "PHONE"), ("2200 Birch Lane, Suite 110, Bozeman, MT 59715", "ADDRESS")],
     ["primary-care", "practice-contact"], "Rendered recall e-mail from a generic practice for an annual physical/wellness visit (generic primary care, README); the link, phone and address are the practice's own."),
    ("ae0034", "Hi Mr. Delacroix! Your Medicare Annual Wellness Visit is due — it's covered once every 12 months at no cost. Reply YES and our scheduler will call you, or book online at cloverfm.example.com.",
     "REWRITE", "recall", "sms", "en",
     [("Delacroix", "NAME"), ("Medicare Annual Wellness", "PROCEDURE"), ("cloverfm.example.com", "URL")],
     ["primary-care", "practice-contact"], "README: 'Medicare wellness' is a revealing visit type; the generic word Visit stays outside like 'well-child visit'."),
    ("ae0035", "¡Hola! En {{nombre_consultorio}} nos importa su sonrisa 😁 Ya le toca su limpieza dental de cada 6 meses. Agende en línea o llámenos. Responda BAJA para no recibir más mensajes.",
     "REWRITE", "recall", "sms", "es",
     [("limpieza dental", "PROCEDURE")],
     ["dental", "template"], "La limpieza dental revela el servicio; el resto del recordatorio sobrevive."),
    ("ae0036", "Our office will be closed on Memorial Day. For urgent needs after hours, call the nurse line on the back of your insurance card; for emergencies dial 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure broadcast; 911 is not a phone identifier."),
)

# ---------------------------------------------------------------- batch 4 (ae0037-ae0048): pharmacy and pickup templates
add(
    ("ae0037", "Your prescription is ready for pickup at {{store_name}}, {{store_address}}. Please bring a photo ID. Reply STOP to opt out of pharmacy texts.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "template", "hard-negative"], "Pickup notice without the drug; fields carry the store only."),
    ("ae0038", "Walgrove Pharmacy: Your order of sertraline 100mg is ready for pickup. Total due: $4.20. Rx #6621408. Pickup hrs 9a-9p.",
     "REWRITE", "pickup", "sms", "en",
     [("sertraline 100mg", "MEDICATION"), ("6621408", "OTHER_ID")],
     ["pharmacy", "identifier"], "Rendered pickup template: the drug and the Rx number go; the pickup notice survives."),
    ("ae0039", "Hi {FirstName}, your Ozempic 0.25 mg pen shipped via {Carrier}, tracking 1Z999AA10123456784. Inject 0.25 mg once weekly for 4 weeks, then increase to 0.5 mg as prescribed. Keep refrigerated.",
     "BLOCK", "pickup", "sms", "en",
     [("Ozempic 0.25 mg pen", "MEDICATION"), ("1Z999AA10123456784", "OTHER_ID")],
     ["pharmacy", "template"], "Shipping template that carries a dose-titration schedule: dosing instructions are BLOCK. Tracking number is OTHER_ID (decision 10); {FirstName} does not decide (decision 1)."),
    ("ae0040", "{{pharmacy}} reminder: take warfarin 5 mg tonight, then 7.5 mg on Mon/Wed/Fri as directed by the anticoagulation clinic. Next INR check {{inr_date}}.",
     "BLOCK", "care-instructions", "sms", "en",
     [("warfarin 5 mg", "MEDICATION"), ("anticoagulation", "SPECIALTY"), ("INR", "PROCEDURE")],
     ["pharmacy", "cardiology", "template"], "Dosing schedule in the fixed text. In 'the anticoagulation clinic' only the specialty word is labelled (decision 15); the inr_date field name is not labelled (decision 4)."),
    ("ae0041", "Farmacia La Esperanza: su receta de metformina 850 mg está lista para recoger. Horario: lun-sáb 9am a 8pm. ¡Gracias por su preferencia!",
     "REWRITE", "pickup", "sms", "es",
     [("metformina 850 mg", "MEDICATION")],
     ["pharmacy"], "Medicamento en un aviso de recogida: se quita y el aviso sobrevive."),
    ("ae0042", "Your prescription is ready at Bayview Specialty Pharmacy. Please bring your copay card. Questions: 555-0188.",
     "REWRITE", "pickup", "sms", "en",
     [("Bayview Specialty Pharmacy", "SPECIALTY"), ("555-0188", "PHONE")],
     ["pharmacy", "practice-contact"], "Specialty-pharmacy names are specialty-revealing (README)."),
    ("ae0043", "Automated refill reminder: it's time to refill your medication. Reply 1 to request a refill or 2 if you no longer take it. {{pharmacy_name}} {{pharmacy_phone}}",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "template", "hard-negative"], "Refill reminder naming no drug; 'medication' and 'refill' are generic."),
    ("ae0044", "Your Narcan 4 mg nasal spray is ready at the front desk of Harmony Recovery Center. Pick up anytime before Friday, 8am-4pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Narcan 4 mg nasal spray", "MEDICATION"), ("Harmony Recovery Center", "SPECIALTY")],
     ["substance-use"], "Revealing drug (form words go with it) and a recovery-center name; the pickup logistics survive."),
    ("ae0045", "Medication update from Dr. Osei: please increase lisinopril to 20 mg once daily starting tomorrow. Recheck your BP in 2 weeks and enter the readings in your home BP log here in the portal.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Osei", "PROVIDER"), ("lisinopril", "MEDICATION"), ("BP", "PROCEDURE", 0), ("BP", "PROCEDURE", 1)],
     ["primary-care", "contrast"], "Dose change inside the secure portal is fine (README); contrast with ae0046 by SMS."),
    ("ae0046", "Dr. Osei wants you to increase lisinopril to 20 mg once daily starting tomorrow. Recheck your BP in 2 weeks and text us the readings. -Oakmont Internal Medicine",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("lisinopril", "MEDICATION"), ("BP", "PROCEDURE")],
     ["primary-care", "contrast"], "Dosing instruction by SMS: BLOCK; contrast with ae0045 on the portal."),
    ("ae0047", "Your mail-order refill ships on {0}. To change the delivery date or skip this shipment, reply SKIP before {1}. Questions? Call the number on your member card.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "template", "hard-negative"], "MessageFormat positional fields that the fixed text shows are dates (decision 5); no drug named."),
    ("ae0048", "{{farmacia}}: Es hora de resurtir su medicamento. Responda 1 para surtirlo o llame a la farmacia. Mensaje automático, no responda con información personal.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "template", "hard-negative"], "Recordatorio de resurtido sin nombre de medicamento."),
)

# ---------------------------------------------------------------- batch 5 (ae0049-ae0060): billing templates
add(
    ("ae0049", "Statement ready: you have a new balance of {{balance}} with {{practice_name}}. Pay securely at {{pay_url}} or call {{billing_phone}}. Reply STOP to opt out.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "template", "hard-negative"], "Statement template: amount, practice, payment link and billing phone carry no health information."),
    ("ae0050", "Hi Rebecca, your balance of $284.16 for your 04/09 physical therapy visit at Motion Works PT is past due. Acct #88130472. Pay at pay.example.com/motionworks or reply HELP.",
     "REWRITE", "billing", "sms", "en",
     [("Rebecca", "NAME"), ("04/09", "DATE"), ("physical therapy", "PROCEDURE"), ("Motion Works PT", "SPECIALTY"), ("88130472", "ACCOUNT"), ("pay.example.com/motionworks", "URL")],
     ["physical-therapy", "practice-contact"], "Name, visit type, PT practice name and account number are not needed for a past-due notice; the amount and payment link survive."),
    ("ae0051", "Your claim for date of service 2/11 was denied by your plan. Reason: diagnosis code F10.20 (alcohol dependence) is not covered for the billed service. Call our billing office at 555-0106 to discuss options.",
     "BLOCK", "billing", "sms", "en",
     [("2/11", "DATE"), ("F10.20", "CONDITION"), ("alcohol dependence", "CONDITION"), ("555-0106", "PHONE")],
     ["substance-use", "practice-contact"], "A claim denial that states the diagnosis (code and words) is a statement of diagnosis: BLOCK (decision 9); Part 2 territory."),
    ("ae0052", "Good news: your estimated out-of-pocket cost for your upcoming MRI of the lumbar spine is $412.00 after insurance. Reply EST for the itemized estimate or call 555-0181.",
     "REWRITE", "billing", "sms", "en",
     [("MRI of the lumbar spine", "PROCEDURE"), ("555-0181", "PHONE")],
     ["imaging", "practice-contact"], "Estimate template: the procedure goes, the cost and the call-back survive."),
    ("ae0053", "Estimado paciente: tiene un saldo pendiente de $75.00 en Clínica Familiar Los Pinos. Puede pagar en línea en pagos.example.mx o en recepción. Gracias.",
     "ALLOW", "billing", "sms", "es",
     [("pagos.example.mx", "URL")],
     ["general", "practice-contact"], "Saldo pendiente de una clínica genérica; el enlace es el de la práctica."),
    ("ae0054", "FINAL NOTICE: your account with Cascade Dermatology & Skin Surgery, acct 4401-2290-17, is 90 days past due. Balance $1,260.00 for Mohs surgery (basal cell carcinoma, L cheek) on 8/14. Call 555-0170 to avoid collections.",
     "BLOCK", "billing", "sms", "en",
     [("Cascade Dermatology & Skin Surgery", "SPECIALTY"), ("4401-2290-17", "ACCOUNT"), ("Mohs surgery", "PROCEDURE"), ("basal cell carcinoma", "CONDITION"), ("8/14", "DATE"), ("555-0170", "PHONE")],
     ["dermatology", "identifier", "practice-contact"], "Collections template that prints the line item's diagnosis: a diagnosis on a bill is BLOCK (decision 9)."),
    ("ae0055", "Subject: Your statement from Little Oaks Pediatric Therapy\n\nDear Guarantor,\n\nThank you for choosing Little Oaks Pediatric Therapy. Your statement dated {{statement_date}} is now available.\n\nPatient: Liam Okafor\nServices: Speech therapy sessions (3)\nInsurance paid: $312.00\nAdjustments: $96.00\nYour balance: $45.00\n\nYou can pay online at https://littleoaks.example.org/pay using the statement number on your paper bill, or call our billing team at (614) 555-0191, Monday through Thursday, 9 a.m. to 4 p.m. Interest-free payment plans are available.\n\nIf you believe there is an error, please contact us within 30 days.\n\nSincerely,\nPatient Accounts\nLittle Oaks Pediatric Therapy\n4120 Meadow Ridge Dr, Columbus, OH 43220",
     "REWRITE", "billing", "email", "en",
     [("Little Oaks Pediatric Therapy", "SPECIALTY", 0), ("Little Oaks Pediatric Therapy", "SPECIALTY", 1), ("Liam Okafor", "NAME"), ("Speech therapy", "PROCEDURE"),
      ("https://littleoaks.example.org/pay", "URL"), ("(614) 555-0191", "PHONE"), ("Little Oaks Pediatric Therapy", "SPECIALTY", 2), ("4120 Meadow Ridge Dr, Columbus, OH 43220", "ADDRESS")],
     ["pediatrics", "minor", "template", "practice-contact"], "Guarantor statement for a dependent: the child's name, the therapy type and the pediatric-therapy practice name are removable; the balance, link, phone and practice address survive."),
    ("ae0056", "Payment received — thank you! $50.00 was applied to your balance. Confirmation PMT-20931-K. Remaining balance: $0.00.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A payment confirmation code identifies a transaction, not the patient (decision 11)."),
    ("ae0057", "Hi, this is Marisol from the billing office at Northside Medical Group. We need your updated insurance info before your visit on 7/21. Pleae upload a photo of both sides of your card in the portal or call 555-0123.",
     "ALLOW", "billing", "sms", "en",
     [("Marisol", "PROVIDER"), ("7/21", "DATE"), ("555-0123", "PHONE")],
     ["primary-care", "practice-contact", "typo"], "Named sender is workforce (PROVIDER); visit date and practice phone are allowed."),
    ("ae0058", "Re: Invoice for Jordan Whitfield, DOB 09/30/1984 — HIV viral load and CD4 panel on 3/2, $0 patient responsibility under the Ryan White program. Reply to this e-mail with questions.",
     "BLOCK", "billing", "email", "en",
     [("Jordan Whitfield", "NAME"), ("09/30/1984", "DATE"), ("HIV viral load", "PROCEDURE"), ("CD4 panel", "PROCEDURE"), ("3/2", "DATE"), ("Ryan White program", "PROCEDURE")],
     ["hiv-sexual-health", "dob"], "Full date of birth with the name is BLOCK (README); the tests and the program also reveal HIV care."),
    ("ae0059", "Sra. Ortega, su seguro aprobó la cobertura de su quimioterapia para cáncer de mama. Su copago por sesión será de $25. Cualquier duda llame al 555-0158.",
     "BLOCK", "billing", "sms", "es",
     [("Ortega", "NAME"), ("quimioterapia", "PROCEDURE"), ("cáncer de mama", "CONDITION"), ("555-0158", "PHONE")],
     ["oncology", "practice-contact"], "Aviso de cobertura que afirma el diagnóstico: BLOCK (decision 9)."),
    ("ae0060", "Now offering same-day sick visits and evening hours at {{location_name}}! Book in the app or just walk in. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "broadcast", "template", "hard-negative"], "Broadcast about services; nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 6 (ae0061-ae0072): marketing and engagement templates
add(
    ("ae0061", "Maple Grove Health now offers Botox and dermal fillers! Book a free consult in June and save 15%. Details: maplegrove.example.com/aesthetics. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en",
     [("maplegrove.example.com/aesthetics", "URL")],
     ["dermatology", "broadcast", "practice-contact"], "Broadcast from a generic-named practice: the advertised products say nothing about the recipient (README broadcast rule, decision 7)."),
    ("ae0062", "*|PRACTICE_NAME|* Newsletter: 5 tips for a heart-healthy summer, our new cardiology wing opens in August, and meet our three new nurse practitioners! Read more: *|ARCHIVE|* | Unsubscribe: *|UNSUB|*",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "template", "hard-negative"], "Newsletter to the whole list; 'cardiology wing' is practice news, not the recipient's care."),
    ("ae0063", "Hi Denise! As one of our patients living with type 2 diabetes, you're invited to our free Sweet Success cooking class on Thursday nights in May. RSVP at 555-0133 — space is limited!",
     "REWRITE", "marketing", "sms", "en",
     [("Denise", "NAME"), ("type 2 diabetes", "CONDITION"), ("555-0133", "PHONE")],
     ["primary-care", "practice-contact"], "Targeted marketing that states the condition: REWRITE, the invitation survives without it (decision 8)."),
    ("ae0064", "¡{{nombre_clinica}} ya tiene vacunas contra el herpes zóster y la neumonía para adultos mayores de 50 años! Sin cita, de lunes a viernes. Responda STOP para no recibir promociones.",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "broadcast", "template", "hard-negative"], "Difusión a todos los pacientes; las enfermedades prevenibles no dicen nada del destinatario, y 50 años no es una edad mayor de 89."),
    ("ae0065", "Because you recently completed IVF treatment with us, we'd love your feedback! Take our 2-minute survey: {{survey_link}}. Thank you — Bloom Fertility Partners",
     "REWRITE", "other", "sms", "en",
     [("IVF", "PROCEDURE"), ("Bloom Fertility Partners", "SPECIALTY")],
     ["fertility", "template"], "Survey template whose fixed text names the recipient's treatment: REWRITE (decision 8); fertility names are specialty-revealing."),
    ("ae0066", "Happy 95th birthday, Mrs. Abernathy-Cole! Everyone at Willow Bend Family Practice wishes you a wonderful day. 🎂",
     "REWRITE", "other", "sms", "en",
     [("95th", "AGE"), ("Abernathy-Cole", "NAME")],
     ["primary-care", "age-over-89"], "Birthday template rendered with an age over 89 and the name; the greeting survives without them."),
    ("ae0067", "Know someone who could use support? Refer a friend to Brightpath Counseling and you'll both get a $25 gift card after their first session. Share: brightpath.example.org/refer",
     "REWRITE", "marketing", "sms", "en",
     [("Brightpath Counseling", "SPECIALTY"), ("brightpath.example.org/refer", "URL")],
     ["behavioral-health", "practice-contact"], "Referral campaign from a counseling practice: receiving it reveals the relationship, so the name goes (decision 7)."),
    ("ae0068", "Free A1c and blood pressure checks at our Diabetes Awareness Day this Saturday, 9am–1pm, in the lobby of {{location_name}}. Open to the whole community — bring a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "template", "hard-negative"], "Community event broadcast: A1c and diabetes here describe the event, not the recipient (README broadcast rule)."),
    ("ae0069", "Subject: You're invited: Spring Survivorship Series\n\nHello *|FNAME|*,\n\nEvergreen Cancer Institute is proud to host our Spring Survivorship Series, a free four-week program for patients who have finished treatment with us and the people who support them. Sessions cover nutrition, sleep, returning to work and staying active, with time for questions.\n\nWhen: Tuesdays in April, 6:00-7:30 p.m.\nWhere: Community Room B, 800 Harbor View Blvd, Tacoma, WA 98402\nRSVP: events@evergreen-ci.example.org or 253-555-0166\n\nA light dinner is served, and parking validation is available at the front desk.\n\nWith warm wishes,\nThe Evergreen Survivorship Team\n\n*|LIST:DESCRIPTION|*\nUnsubscribe: *|UNSUB|*",
     "REWRITE", "marketing", "email", "en",
     [("Spring Survivorship Series", "PROCEDURE", 0), ("Evergreen Cancer Institute", "SPECIALTY"), ("Spring Survivorship Series", "PROCEDURE", 1),
      ("800 Harbor View Blvd, Tacoma, WA 98402", "ADDRESS"), ("events@evergreen-ci.example.org", "EMAIL"), ("253-555-0166", "PHONE"), ("Evergreen Survivorship Team", "SPECIALTY")],
     ["oncology", "template", "practice-contact"], "List e-mail to patients who finished cancer treatment: the cancer-institute name and the survivorship program/team reveal it (decision 7); the event logistics and the institute's own address, e-mail and phone survive. *|FNAME|* does not decide (decision 1)."),
    ("ae0070", "Tired of waiting? Save your spot in line before you come in: {{waitlist_url}}. Walk-ins always welcome. Reply STOP to end.",
     "ALLOW", "marketing", "sms", "en", [],
     ["urgent-care", "broadcast", "template", "hard-negative"], "Walk-in queue promotion; the link field is the practice's."),
    ("ae0071", "Reply YES to get appointment reminders by text from {{practice_name}}. Up to 4 msgs/mo. Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "template", "hard-negative"], "Opt-in consent template; carrier boilerplate only."),
    ("ae0072", "Hola Sra. Beltrán, por ser paciente de nuestro programa de control de la presión alta, la invitamos a una plática gratuita sobre alimentación saludable el sábado 14 de marzo. Informes al 555-0147.",
     "REWRITE", "marketing", "sms", "es",
     [("Beltrán", "NAME"), ("presión alta", "CONDITION"), ("14 de marzo", "DATE"), ("555-0147", "PHONE")],
     ["cardiology", "practice-contact"], "Invitación dirigida que revela la condición: REWRITE, la plática sobrevive sin ella (decision 8)."),
)

# ---------------------------------------------------------------- batch 7 (ae0073-ae0084): conditionals, defaults, partial renders, other engines
add(
    ("ae0073", "Your lab appointment is {{appt_date}} at {{appt_time}}. {{#if needs_fasting}}Please don't eat or drink anything but water for 8 hours before your blood draw.{{/if}} Bring your order form if you have one.",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "template", "hard-negative"], "Fasting before generic blood work is logistics, not a dosing instruction (decision 14); the conditional's field name is neutral."),
    ("ae0074", "{{#if is_new_patient}}Welcome to Pinecrest Behavioral Health! Please complete your intake forms at least 24 hours before your first session.{{else}}See you soon!{{/if}} Appointment: {{appt_date}} {{appt_time}}",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Behavioral Health", "SPECIALTY")],
     ["behavioral-health", "template"], "Only the new-patient branch names the practice, but any branch may go out, so the template is judged by it (decision 4)."),
    ("ae0075", "Your visit is confirmed for {{appt_date}} at {{appt_time}}.{{#if diabetic}} Please bring your glucose meter and logbook.{{/if}}{{#unless telehealth}} Parking is free in Lot C.{{/unless}}",
     "REWRITE", "confirmation", "sms", "en",
     [("glucose meter", "PROCEDURE")],
     ["primary-care", "template"], "The glucose meter (a device) in a conditional branch reveals diabetes (decision 4); the condition name in {{#if diabetic}} is a placeholder and stays unlabelled."),
    ("ae0076", 'Hi {{ patient.first_name | default: "there" }}, your infusion is scheduled for {{ appointment.date | date: "%b %d" }} at the Infusion Center, 3rd floor. Plan to be here about 4 hours and bring a snack.',
     "REWRITE", "reminder", "sms", "en",
     [("infusion", "PROCEDURE"), ("Infusion Center", "SPECIALTY")],
     ["oncology", "template"], "Liquid template with filters and a harmless default; the visit type and the department name go (decision 15). The name field does not decide (decision 1)."),
    ("ae0077", 'Reminder: your {{visit_type | default: "prenatal check"}} with {{provider}} is on {{appt_date}} at {{appt_time}}. Reply C to confirm.',
     "REWRITE", "reminder", "sms", "en",
     [("prenatal", "PROCEDURE")],
     ["reproductive", "template"], "The literal default is sent whenever visit_type is empty, so it is labelled like prose inside the braces (decision 3); 'check' is generic."),
    ("ae0078", "[EN] Your appointment at [LocationName] is on [ApptDate] at [ApptTime].\n[ES] Su cita en [LocationName] es el [ApptDate] a las [ApptTime].",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Bilingual catalog entry; [EN]/[ES] are language markers, the other fields carry location, date and time."),
    ("ae0079", "{{clinic_name}}: Your PrEP follow-up and HIV test are due this month. Text {{prep_navigator}} at {{clinic_sms}} or book online. We're here for you!",
     "REWRITE", "recall", "sms", "en",
     [("PrEP", "MEDICATION"), ("HIV test", "PROCEDURE")],
     ["hiv-sexual-health", "template"], "Fixed text names the drug and the test; the field name prep_navigator is not labelled (decision 4)."),
    ("ae0080", "Hi Keisha, your appointment for %s with %s is on 3/9 at %s. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Keisha", "NAME"), ("3/9", "DATE")],
     ["primary-care", "template"], "Partially rendered: the name and date were filled, the other printf fields were not; the name is not needed (decision 1 for the unrendered fields)."),
    ("ae0081", "Hi {{first_name}}, Dr. Bhatt reviewed your skin biopsy and the findings are benign. No further treatment is needed. – {{practice_name}}",
     "BLOCK", "result", "sms", "en",
     [("Dr. Bhatt", "PROVIDER"), ("skin biopsy", "PROCEDURE"), ("benign", "RESULT")],
     ["dermatology", "template"], "A benign biopsy result is a result; written in the fixed text of a 'good news' template (decision 1 for the name field)."),
    ("ae0082", '<div style="display:none">Your Suboxone refill is ready for pickup</div>Hi {{first_name}}, you have a new message from your care team. Please log in to the patient portal to read it.',
     "REWRITE", "portal-notice", "email", "en",
     [("Suboxone", "MEDICATION")],
     ["substance-use", "template"], "The hidden preheader shows in the inbox preview, so it is sent text (decision 13); the visible notice is already safe."),
    ("ae0083", "Hi {!Contact.FirstName}, your sleep study at Quiet Night Sleep Center is on {!Event.StartDate}. Arrive at 8:30 PM in comfortable clothes; you'll go home by 6 AM.",
     "REWRITE", "reminder", "sms", "en",
     [("sleep study", "PROCEDURE"), ("Quiet Night Sleep Center", "SPECIALTY")],
     ["primary-care", "template"], "Salesforce-style merge fields; the test and the sleep-center name go (decisions 15, 16). The name field does not decide (decision 1)."),
    ("ae0084", "Hola {nombre}, su cita de control prenatal con la Dra. Ibarra es el {fecha} a las {hora}. No olvide traer su cartilla de embarazo.",
     "REWRITE", "reminder", "sms", "es",
     [("control prenatal", "PROCEDURE"), ("Dra. Ibarra", "PROVIDER"), ("embarazo", "CONDITION")],
     ["reproductive", "template"], "Tipo de visita y el embarazo se quitan; la logística sobrevive. {nombre} does not decide (decision 1)."),
)

# ---------------------------------------------------------------- batch 8 (ae0085-ae0096): care instructions, third parties, identifiers
add(
    ("ae0085", "Post-op instructions from {{surgeon_name}}: keep the incision dry for 48 hrs. Take oxycodone 5 mg every 6 hours as needed for pain, no more than 4 tablets a day. Call 555-0112 for fever over 101°F.",
     "BLOCK", "care-instructions", "sms", "en",
     [("oxycodone 5 mg", "MEDICATION"), ("pain", "CONDITION"), ("555-0112", "PHONE")],
     ["orthopedics", "template", "negation", "practice-contact"], "Dosing instruction for a controlled drug in the fixed text. The fever line is a return precaution, unlabelled (decision 18)."),
    ("ae0086", "Dr. Nakamura reviewed your thyroid panel: TSH 6.8 (H). We'll start levothyroxine 25 mcg daily; the prescription was sent to your pharmacy. Please recheck TSH in 6 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Nakamura", "PROVIDER"), ("thyroid panel", "PROCEDURE"), ("TSH", "PROCEDURE", 0), ("6.8", "RESULT"), ("TSH 6.8 ([[H]])", "RESULT"),
      ("levothyroxine 25 mcg", "MEDICATION"), ("TSH", "PROCEDURE", 1)],
     ["lab", "primary-care"], "Result, flag and new drug inside the secure portal: ALLOW (README)."),
    ("ae0087", "Hi Ana, this is {{practice_name}}. Your mother Rosa's dialysis chair time moves to 6:00 AM Tue/Thu/Sat starting {{start_date}}. Her potassium was high last week, so please help her stick to the diet sheet.",
     "BLOCK", "other", "sms", "en",
     [("Ana", "NAME"), ("Rosa", "NAME"), ("dialysis", "PROCEDURE"), ("potassium", "PROCEDURE"), ("high", "RESULT")],
     ["dialysis", "third-party", "template"], "A third party's result (high potassium) sent to a relative: BLOCK (README)."),
    ("ae0088", "Hi! Reminder that Mateo has his hearing screen at Sunnyvale School Clinic on 10/6 at 1:30. Please sign the consent from in the app before then.",
     "REWRITE", "reminder", "sms", "en",
     [("Mateo", "NAME"), ("hearing screen", "PROCEDURE"), ("10/6", "DATE")],
     ["pediatrics", "minor", "typo"], "Dependent's logistics with a name and a routine screen: REWRITE (README)."),
    ("ae0089", "Your new member ID card from Bluewater Health Plan is on its way. Member ID: BWH884720193, Group: 44109. Log in to print a temporary card.",
     "REWRITE", "other", "sms", "en",
     [("BWH884720193", "HEALTH_PLAN_ID"), ("44109", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Member and group numbers are not needed to say a card is on its way; the group number is HEALTH_PLAN_ID (decision 12), though it looks like a ZIP."),
    ("ae0090", "Patient: Eleanor Voss  DOB: 1931-02-17  MRN: E-2209148\nYour pre-registration for {{appt_date}} is complete. Please arrive 20 minutes early.",
     "BLOCK", "confirmation", "sms", "en",
     [("Eleanor Voss", "NAME"), ("1931-02-17", "DATE"), ("E-2209148", "MRN")],
     ["primary-care", "dob", "identifier", "template"], "An EHR header block merged into the template: full date of birth with the name is BLOCK (README)."),
    ("ae0091", "Your confirmation number is {{confirmation_code}}. Keep it handy for check-in at kiosk 2 in the main lobby.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "A confirmation-code field identifies an appointment, not the patient (decision 11)."),
    ("ae0092", "Your home health nurse will arrive between 9 and 11 AM tomorrow at 1847 Larkspur Ct, Apt 3B, Fresno, CA 93722. Please have your medication list ready. – Valley Home Health",
     "REWRITE", "reminder", "sms", "en",
     [("home health", "SPECIALTY"), ("1847 Larkspur Ct, Apt 3B, Fresno, CA 93722", "ADDRESS"), ("Valley Home Health", "SPECIALTY")],
     ["home-health"], "The patient's own address is not needed (they know it); home health is a revealing service line."),
    ("ae0093", "Hola Sr. Paredes, los análisis de su hijo Diego salieron con anemia. La Dra. Castañeda recomienda darle sulfato ferroso 5 ml una vez al día con jugo. Cualquier duda llámenos.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("Diego", "NAME"), ("anemia", "CONDITION"), ("Dra. Castañeda", "PROVIDER"), ("sulfato ferroso", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "Hallazgo y dosis de un hijo enviados al padre: salud de un tercero, BLOCK (README)."),
    ("ae0094", "{{practice_name}}: your PHQ-9 score today was 18. Dr. Ferris would like to increase your escitalopram to 20 mg. If you ever have thoughts of harming yourself, call or text 988.",
     "BLOCK", "result", "sms", "en",
     [("PHQ-9", "PROCEDURE"), ("was [[18]]", "RESULT"), ("Dr. Ferris", "PROVIDER"), ("escitalopram", "MEDICATION")],
     ["behavioral-health", "template"], "A scale is a PROCEDURE and its value a RESULT (README); plus a dose change. 988 is not a phone identifier."),
    ("ae0095", "This is an automated call from Lakeview Medical Group for Harold. Please call us back at 555-0102 regarding you recent visit. Again, that number is 555-0102.",
     "REWRITE", "other", "voice", "en",
     [("Harold", "NAME"), ("555-0102", "PHONE", 0), ("555-0102", "PHONE", 1)],
     ["primary-care", "practice-contact", "typo"], "Voice is treated like SMS (overheard): the name goes, the practice's call-back number stays."),
    ("ae0096", "You have a new secure message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Push notice without PHI."),
)

# ---------------------------------------------------------------- batch 9 (ae0097-ae0108): disguises, Spanish, look-alikes
add(
    ("ae0097", "Reminder: your che\u200bmo infusion is {{appt_date}} at {{appt_time}}. Eat a light meal beforehand and bring something warm to wear.",
     "REWRITE", "reminder", "sms", "en",
     [("che\u200bmo infusion", "PROCEDURE")],
     ["oncology", "template"], "Zero-width space inside 'chemo' (disguise); the span covers the original text including it."),
    ("ae0098", "Lakeside \u041encology Associates: reminder of your visit with Dr. Brandt on 4/17 at 10:00 AM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeside \u041encology Associates", "SPECIALTY"), ("Dr. Brandt", "PROVIDER"), ("4/17", "DATE")],
     ["oncology"], "Cyrillic capital O in 'Oncology' (confusable); the practice name is still specialty-revealing."),
    ("ae0099", "ur h1v test came back n3gative!! no need 2 come in. any q's call 555-0119",
     "BLOCK", "result", "sms", "en",
     [("h1v test", "PROCEDURE"), ("n3gative", "RESULT"), ("555-0119", "PHONE")],
     ["hiv-sexual-health", "leet", "shorthand", "practice-contact"], "Leetspeak HIV result; a negative result is still a result (README)."),
    ("ae0100", "Recordatorio: su cita para m e t a d o n a es mañana a las 7:00 am en {{clinica}}. Traiga su identificación con foto.",
     "REWRITE", "reminder", "sms", "es",
     [("m e t a d o n a", "MEDICATION")],
     ["substance-use", "spaced", "template"], "Letras espaciadas para ocultar 'metadona'; la cita sobrevive sin el medicamento."),
    ("ae0101", "Clínica Familiar San Marcos: su cita con el Dr. Villalobos es el jueves 22 de octubre a las 3:45 pm. Si no puede asistir, llame al (915) 555-0138.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Villalobos", "PROVIDER"), ("22 de octubre", "DATE"), ("(915) 555-0138", "PHONE")],
     ["primary-care", "practice-contact"], "Proveedor, fecha, hora y teléfono de la clínica: permitido."),
    ("ae0102", "¡Gracias por su opinión! El 97% de nuestros pacientes nos calificó de forma positiva este año. Responda a este mensaje con sus sugerencias.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'positiva' y un porcentaje que no son resultados clínicos."),
    ("ae0103", "Estimada Sra. Quintero: su resultado de hemoglobina A1c es 8.1%. El Dr. Salgado le recomienda aumentar la metformina a 1000 mg dos veces al día. Puede responder aquí con sus dudas.",
     "ALLOW", "result", "portal", "es",
     [("Quintero", "NAME"), ("hemoglobina A1c", "PROCEDURE"), ("8.1%", "RESULT"), ("Dr. Salgado", "PROVIDER"), ("metformina", "MEDICATION")],
     ["primary-care", "contrast"], "En el portal seguro el resultado y la dosis pueden quedarse (README); contraste con ae0104."),
    ("ae0104", "Sra. Quintero: su hemoglobina A1c salió en 8.1%. El Dr. Salgado le recomienda aumentar la metformina a 1000 mg dos veces al día. Llame si tiene dudas.",
     "BLOCK", "result", "sms", "es",
     [("Quintero", "NAME"), ("hemoglobina A1c", "PROCEDURE"), ("8.1%", "RESULT"), ("Dr. Salgado", "PROVIDER"), ("metformina", "MEDICATION")],
     ["primary-care", "contrast"], "Resultado y cambio de dosis por SMS: BLOCK; contraste con ae0103 en el portal."),
    ("ae0105", "TEST MESSAGE - please ignore. We are testing our new text reminder system. No action is needed and your appointments have not changed.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'test' here is a system test, not a clinical one."),
    ("ae0106", "Hope to see you at our Grand Opening! Free parking, face painting for the kids and tours of the new building. Saturday 10-2, rain or shine.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Capitalized 'Hope' and 'Grand' are not names; 10-2 is a time range."),
    ("ae0107", "{{practice_name}}: a ride is booked for your 91-year-old father's appointment Thursday at 2:00 PM. The driver will call when outside.",
     "REWRITE", "other", "sms", "en",
     [("91", "AGE")],
     ["general", "third-party", "age-over-89", "template"], "A relative's transport logistics with an age over 89 and nothing clinical: REWRITE, like a dependent's logistics (README)."),
    ("ae0108", "Hi Carlos, your urine drug screen from 6/2 was positive for fentanyl. Your counselor will go over next steps at Thursday's group.",
     "BLOCK", "result", "sms", "en",
     [("Carlos", "NAME"), ("urine drug screen", "PROCEDURE"), ("6/2", "DATE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("counselor", "SPECIALTY")],
     ["substance-use"], "Drug-screen result; the substance is MEDICATION and a substance-use counselor is SPECIALTY (README)."),
)

# ---------------------------------------------------------------- batch 10 (ae0109-ae0120): long letters, results, identifiers
add(
    ("ae0109", "Subject: Your visit summary from Harborview Urgent Care\n\nHi Daniel,\n\nThank you for visiting Harborview Urgent Care on {{visit_date}}. Here is a summary of today's visit.\n\nDiagnosis: acute bronchitis\nTests: chest x-ray (no pneumonia seen), rapid flu test (negative)\nPrescriptions: benzonatate 100 mg, take 1 capsule three times a day as needed for cough\n\nRest, drink plenty of fluids and use a humidifier at night. Most coughs improve within 2 to 3 weeks. Return or go to the nearest emergency room if you have trouble breathing, chest pain or a fever above 103°F.\n\nYour full after-visit summary is also in the patient portal at {{portal_url}}.\n\nFeel better soon,\nHarborview Urgent Care\n(503) 555-0194",
     "BLOCK", "care-instructions", "email", "en",
     [("Harborview Urgent Care", "SPECIALTY", 0), ("Daniel", "NAME"), ("Harborview Urgent Care", "SPECIALTY", 1), ("acute bronchitis", "CONDITION"),
      ("chest x-ray", "PROCEDURE"), ("no pneumonia seen", "RESULT"), ("rapid flu test", "PROCEDURE"), ("negative", "RESULT"),
      ("benzonatate 100 mg", "MEDICATION"), ("cough", "CONDITION"), ("Harborview Urgent Care", "SPECIALTY", 2), ("(503) 555-0194", "PHONE")],
     ["urgent-care", "template", "negation", "contrast", "practice-contact"], "After-visit-summary template e-mailed: diagnosis, results and dosing. Return precautions are hypothetical and unlabelled (decision 18). Contrast with the portal letter ae0120."),
    ("ae0110", "Heartline Cardiology: Dr. Ambrose reviewed your 48-hour Holter monitor. It showed occasional PVCs and no dangerous rhythms; no medication changes are needed. Follow up in 6 months.",
     "BLOCK", "result", "sms", "en",
     [("Heartline Cardiology", "SPECIALTY"), ("Dr. Ambrose", "PROVIDER"), ("Holter monitor", "PROCEDURE"), ("occasional PVCs", "RESULT"), ("no dangerous rhythms", "RESULT")],
     ["cardiology"], "Findings of a monitoring study, reassuring or not, are results."),
    ("ae0111", "{{health_dept}} Partner Services: someone you were intimate with recently tested positive for syphilis and asked us to let you know, without sharing your name. Free, confidential testing and treatment: call 555-0127.",
     "BLOCK", "other", "sms", "en",
     [("positive", "RESULT"), ("syphilis", "CONDITION"), ("555-0127", "PHONE")],
     ["hiv-sexual-health", "third-party", "template", "practice-contact"], "Exposure notice: a third party's result and the recipient's exposure (decision 17)."),
    ("ae0112", "Subject: What's new at Cedar Hollow Family Medicine\n\nHello from all of us at Cedar Hollow!\n\nA few updates for the season:\n\n1. New hours. Starting next month we open at 7:00 a.m. on Tuesdays and Thursdays for early appointments.\n2. Online check-in. You can now complete forms and pay your copay before you arrive, using the link in your reminder text.\n3. Flu and COVID-19 vaccines are available for everyone 6 months and older. No appointment needed during walk-in hours.\n4. Parking. The north lot will be repaved later this month; please use the garage on Elm Street.\n5. Welcome! Please join us in welcoming our newest nurse practitioner, Jordan Ellis, NP, who will see both pediatric and adult patients.\n\nAs always, you can reach us at (802) 555-0176 or visit cedarhollow.example.com. For emergencies, call 911.\n\nBe well,\nCedar Hollow Family Medicine\n\nYou are receiving this because you opted in to practice news. Unsubscribe: {{unsubscribe_link}}",
     "ALLOW", "marketing", "email", "en",
     [("Jordan Ellis, NP", "PROVIDER"), ("(802) 555-0176", "PHONE"), ("cedarhollow.example.com", "URL")],
     ["general", "broadcast", "template", "practice-contact"], "Practice newsletter to all patients: vaccines, a street name and a new clinician are practice news, not the recipient's."),
    ("ae0113", "Reminder from {{practice_name}}: Ava's ADHD med check is due before we can refill her Vyvanse 30 mg. Please book this week so she doesn't run out.",
     "BLOCK", "reminder", "sms", "en",
     [("Ava", "NAME"), ("ADHD", "CONDITION"), ("med check", "PROCEDURE"), ("Vyvanse 30 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "template"], "A dependent's condition and medication sent to the guardian: BLOCK (README's own example)."),
    ("ae0114", "{{clinica}}: Hola Marisela, su papanicolaou salió anormal (ASC-US) y la prueba de VPH fue positiva. La Dra. Robles quiere hacerle una colposcopia. Llámenos para agendar.",
     "BLOCK", "result", "sms", "es",
     [("Marisela", "NAME"), ("papanicolaou", "PROCEDURE"), ("anormal", "RESULT"), ("ASC-US", "RESULT"), ("prueba de VPH", "PROCEDURE"), ("positiva", "RESULT"),
      ("Dra. Robles", "PROVIDER"), ("colposcopia", "PROCEDURE")],
     ["reproductive", "template"], "Resultados anormales y el siguiente procedimiento: el contenido clínico es el mensaje."),
    ("ae0115", "Your appointment is confirmed ✅ Add it to your calendar: {{ics_link}}. Running late? Reply LATE and we'll let the front desk know.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Confirmation with a calendar-file field; nothing about the patient."),
    ("ae0116", "Insurance verification for Priscilla Nakagawa, DOB 7/4/1956, member ID XQH551902338: your Humira 40 mg prior authorization was approved through 12/31. {{pharmacy_name}} will call to schedule delivery.",
     "BLOCK", "other", "sms", "en",
     [("Priscilla Nakagawa", "NAME"), ("7/4/1956", "DATE"), ("XQH551902338", "HEALTH_PLAN_ID"), ("Humira 40 mg", "MEDICATION"), ("12/31", "DATE")],
     ["pharmacy", "dob", "identifier", "template"], "Full date of birth with the name (README), plus member ID and a specialty drug."),
    ("ae0117", "Bloom Fertility Partners: your semen analysis showed a count of 9 million/mL, below the reference range. Dr. Whitlock will go over options at your IUI consult on 5/19.",
     "BLOCK", "result", "sms", "en",
     [("Bloom Fertility Partners", "SPECIALTY"), ("semen analysis", "PROCEDURE"), ("9 million/mL", "RESULT"), ("below the reference range", "RESULT"),
      ("Dr. Whitlock", "PROVIDER"), ("IUI", "PROCEDURE"), ("5/19", "DATE")],
     ["fertility"], "A value with its flag: results are BLOCK."),
    ("ae0118", "Check-in is open for your 3:40 PM visit with Dr. Amara Lindqvist on Jan 9. Tap to review your forms and insurance.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Amara Lindqvist", "PROVIDER"), ("Jan 9", "DATE")],
     ["primary-care"], "Push reminder with provider, date and time only."),
    ("ae0119", "Subject: Preparing for your cardiac catheterization\n\nDear ${patient.firstName},\n\nYour cardiac catheterization with ${provider.displayName} is scheduled for ${appt.date} at Mercy Ridge Heart & Vascular Institute. Please check in at the 2nd floor Cath Lab registration desk 2 hours before your procedure.\n\nBefore your procedure:\n- Do not eat after midnight. Small sips of water are fine until 4 hours before.\n- Stop your metformin 48 hours before and do not restart it until 48 hours after.\n- Hold your apixaban 5 mg for 2 days before (last dose the morning of ${hold.date}).\n- Take your other morning medications with a sip of water.\n\nYou will need a driver and someone to stay with you overnight. Wear comfortable clothes and leave jewelry at home.\n\nQuestions? Call the Cath Lab nurse line at 555-0159.\n\nMercy Ridge Heart & Vascular Institute",
     "BLOCK", "care-instructions", "email", "en",
     [("cardiac catheterization", "PROCEDURE", 0), ("cardiac catheterization", "PROCEDURE", 1), ("Mercy Ridge Heart & Vascular Institute", "SPECIALTY", 0),
      ("Cath Lab", "SPECIALTY", 0), ("metformin", "MEDICATION"), ("apixaban 5 mg", "MEDICATION"), ("Cath Lab", "SPECIALTY", 1), ("555-0159", "PHONE"),
      ("Mercy Ridge Heart & Vascular Institute", "SPECIALTY", 1)],
     ["cardiology", "template", "practice-contact"], "Pre-procedure letter that tells the patient to stop and hold named drugs: dosing instructions are BLOCK (decision 14). Cath Lab is a department name (decision 15); ${patient.firstName} does not decide (decision 1)."),
    ("ae0120", "Hi Daniel,\n\nThis is Alicia Moreno, NP, following up on your visit to Harborview Urgent Care. Your chest x-ray was read by the radiologist and showed no pneumonia, and your rapid flu test was negative, so we are treating this as acute bronchitis. Keep taking the benzonatate 100 mg up to three times a day as needed for cough.\n\nMost people feel better within 2 to 3 weeks. If you are not improving in 10 days, reply to this message and we will set up a follow-up visit with your primary care provider. Go to the emergency room right away if you have trouble breathing.\n\nTake care,\nAlicia Moreno, NP\nHarborview Urgent Care",
     "ALLOW", "care-instructions", "portal", "en",
     [("Daniel", "NAME"), ("Alicia Moreno, NP", "PROVIDER", 0), ("Harborview Urgent Care", "SPECIALTY", 0), ("chest x-ray", "PROCEDURE"), ("radiologist", "SPECIALTY"),
      ("no pneumonia", "RESULT"), ("rapid flu test", "PROCEDURE"), ("negative", "RESULT"), ("acute bronchitis", "CONDITION"), ("benzonatate 100 mg", "MEDICATION"),
      ("cough", "CONDITION"), ("Alicia Moreno, NP", "PROVIDER", 1), ("Harborview Urgent Care", "SPECIALTY", 1)],
     ["urgent-care", "contrast"], "The same clinical content as ae0109, sent inside the secure portal: ALLOW (README)."),
)

probe_lib.run(M, "ae", "probe29.jsonl")
