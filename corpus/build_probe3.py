#!/usr/bin/env python3
"""Build corpus/probe3.jsonl — a third blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe3.py [OUT] [-v]   (default: probe3.jsonl next to this script)

Written blind (from shared/DESIGN.md and corpus/README.md only; the engine was not run).
This round leans on practices and message types the earlier corpora under-represent:
OB/GYN and prenatal, fertility, sleep labs, allergy, audiology, optometry, podiatry,
chiropractic, dialysis, wound care, hospice/palliative, addiction medicine, eating-disorder
programs, gender-affirming care, genetic counselling, vaccine and school-based clinics,
occupational health, specialty and retail pharmacies, labs and imaging; waitlists, pre-op,
post-op, no-shows, payment plans, collections, prior auth, referrals, records, forms, surveys,
closures, departures, welcomes, portal invitations, 2FA codes and patient-made changes.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

The service-tag vocabulary is the fixed one of corpus/README.md; services without a tag of
their own are mapped to the nearest one:
  OB/GYN, prenatal, gender-affirming care -> reproductive; sleep lab, genetic counselling -> lab;
  allergy, audiology, occupational health, vaccine clinic -> primary-care; optometry ->
  ophthalmology; podiatry -> orthopedics; chiropractic -> physical-therapy; wound care,
  hospice and palliative care -> home-health; addiction medicine -> substance-use;
  eating-disorder programs -> behavioral-health; school-based clinics -> pediatrics.

Everything is invented: names, practices, 555-01xx numbers, domains and identifiers.
Standard library only.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

OUT = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "probe3.jsonl")

VERDICTS = {"ALLOW", "REWRITE", "BLOCK"}
PURPOSES = {"reminder", "billing", "care-instructions", "result", "marketing", "recall", "pickup", "other"}
CHANNELS = {"sms", "email", "voice", "portal"}
LANGS = {"en", "es"}
CATEGORIES = {"NAME", "PROVIDER", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
              "HEALTH_PLAN_ID", "ACCOUNT", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL", "IP",
              "ADDRESS", "ZIP", "OTHER_ID", "SPECIALTY", "CONDITION", "PROCEDURE", "MEDICATION",
              "RESULT"}
SERVICE_TAGS = {"behavioral-health", "substance-use", "hiv-sexual-health", "reproductive", "oncology",
                "cardiology", "dental", "dermatology", "pediatrics", "home-health", "urgent-care",
                "pharmacy", "primary-care", "imaging", "lab", "physical-therapy", "ophthalmology",
                "orthopedics", "dialysis", "fertility", "general"}
STYLE_TAGS = {"hard-negative", "shorthand", "typo", "template", "broadcast", "practice-contact",
              "third-party", "minor", "negation", "dob", "age-over-89", "otp", "contrast", "identifier",
              "leet", "spaced", "mixed-case", "emoji-split", "linebreak-split"}
DERIVED_TAGS = {"spanish", "zero-width", "confusable", "fullwidth", "emoji", "multiline", "long",
                "template", "identifier", "adversarial"}
ALLOW_OK = {"PROVIDER", "DATE", "PHONE", "FAX", "URL", "EMAIL", "ADDRESS"}
CONTACT = {"PHONE", "FAX", "URL", "EMAIL", "ADDRESS"}
ID_CATS = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "IP",
           "ZIP", "OTHER_ID"}
DISGUISES = {"leet", "spaced", "mixed-case", "emoji-split", "linebreak-split"}
PLACEHOLDER_RE = re.compile(r"\{\{[^{}]+\}\}|\$\{[^{}]+\}|\{[A-Za-z0-9_]+\}|\[[A-Za-z][A-Za-z0-9_]*\]"
                            r"|<<[^<>]+>>|\*\|[A-Z0-9_]+\|\*|%s")

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (r0001-r0030)
add(
    ("r0001", "Reminder: you have an appointment with Dr. Whitcombe on Tue 4/14 at 9:20 AM. Reply C to confirm, R to reschedule. Bayside Medical Group 555-0134",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Whitcombe", "PROVIDER"), ("4/14", "DATE"), ("555-0134", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time, a generic practice name and its own phone."),
    ("r0002", "Hi Kayla! Your glucose tolerance test is Thurs 5/7 at 8am at Lakeshore OB/GYN. Questions? 555-0161",
     "REWRITE", "reminder", "sms", "en",
     [("Kayla", "NAME"), ("glucose tolerance test", "PROCEDURE"), ("5/7", "DATE"), ("Lakeshore OB/GYN", "SPECIALTY"), ("555-0161", "PHONE")],
     ["reproductive", "practice-contact"], "Name, test and an OB/GYN practice name go; the reminder survives."),
    ("r0003", "Hola Yesenia, su ultrasonido salió normal y el bebé es niña 🎀. La Dra. Carrasco la verá el 2 de junio.",
     "BLOCK", "result", "sms", "es",
     [("Yesenia", "NAME"), ("ultrasonido", "PROCEDURE"), ("normal", "RESULT"), ("niña", "RESULT"), ("Dra. Carrasco", "PROVIDER"), ("2 de junio", "DATE")],
     ["reproductive"], "A prenatal ultrasound finding (normal, fetal sex) is the message."),
    ("r0004", "Happy Labor Day weekend! All Bayside Medical Group offices are closed Monday and reopen Tuesday at 8am. Enjoy the long weekend!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Labor' is the holiday, not obstetrics; a broadcast closure notice."),
    ("r0005", "Dear Priya,\n\nThis is a reminder that your egg retrieval at Cypress Fertility Center is scheduled for Monday, June 15 at 7:30 AM. Please arrive at 6:45 AM at 4100 Harbor Blvd, Suite 300, and bring a driver, as you will not be able to drive yourself home.\n\nIf anything changes, call our nurse line at 555-0176.\n\nCypress Fertility Center",
     "REWRITE", "reminder", "email", "en",
     [("Priya", "NAME"), ("egg retrieval", "PROCEDURE"), ("Cypress Fertility Center", "SPECIALTY"), ("June 15", "DATE"),
      ("4100 Harbor Blvd, Suite 300", "ADDRESS"), ("555-0176", "PHONE"), ("Cypress Fertility Center", "SPECIALTY", 1)],
     ["fertility", "practice-contact"], "Name, procedure and the fertility-center name (twice) go; arrival logistics survive."),
    ("r0006", "Se abrió un espacio con el Dr. Ibarra mañana a las 11:40. ¿Lo quiere? Responda SI en los próximos 30 min. Si no, lo dejamos en la lista de espera.",
     "ALLOW", "other", "sms", "es",
     [("Dr. Ibarra", "PROVIDER")],
     ["primary-care"], "Waitlist offer with provider and time only."),
    ("r0007", "Cancellation alert: an overnight sleep study slot opened at Northgate Sleep Center for Wed 3/25, check-in 8:30pm. Reply YES to take it.",
     "REWRITE", "other", "sms", "en",
     [("sleep study", "PROCEDURE"), ("Northgate Sleep Center", "SPECIALTY"), ("3/25", "DATE")],
     ["lab"], "Cancellation offer; the sleep-study type and sleep-center name reveal a sleep disorder work-up."),
    ("r0008", "Dr. Voss reviewed your sleep study: AHI of 34, severe obstructive sleep apnea. We'll order a CPAP machine and the equipment company will call you.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Voss", "PROVIDER"), ("sleep study", "PROCEDURE"), ("AHI", "PROCEDURE"), ("34", "RESULT"), ("obstructive sleep apnea", "CONDITION"), ("CPAP", "PROCEDURE")],
     ["lab"], "A sleep-study score and diagnosis are the message."),
    ("r0009", "Recordatorio: sus vacunas para la alergia son cada jueves en Centro de Alergia y Asma Del Río. Próxima dosis: jueves 9 de abril, 4:15pm.",
     "REWRITE", "reminder", "sms", "es",
     [("vacunas para la alergia", "PROCEDURE"), ("Centro de Alergia y Asma Del Río", "SPECIALTY"), ("9 de abril", "DATE")],
     ["primary-care"], "Allergy-shot visit type and allergy/asthma practice name go; date and time survive."),
    ("r0010", "Thanks for choosing Pine Hollow Family Medicine! Give our new online check-in a shot, it saves you about 10 min in the waiting room.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Give it a shot' is an idiom, not an injection."),
    ("r0011", "Hi, this is Marisol at Dr. Kwan's office. Ethan's skin test showed a strong reaction to peanuts and tree nuts. Please keep his EpiPen with him at school.",
     "BLOCK", "result", "sms", "en",
     [("Marisol", "PROVIDER"), ("Dr. Kwan", "PROVIDER"), ("Ethan", "NAME"), ("skin test", "PROCEDURE"),
      ("strong reaction to peanuts and tree nuts", "RESULT"), ("EpiPen", "MEDICATION")],
     ["primary-care", "pediatrics", "third-party", "minor"], "A child's allergy-test finding and medication, sent to the parent."),
    ("r0012", "Your hearing aid fitting with Dr. Lena Marsh, AuD is Fri 4/17 at 1pm. Please bring your current hearing aids. Clearwater Hearing 555-0112",
     "REWRITE", "reminder", "sms", "en",
     [("hearing aid fitting", "PROCEDURE"), ("Dr. Lena Marsh", "PROVIDER"), ("AuD", "SPECIALTY"), ("4/17", "DATE"),
      ("hearing aids", "PROCEDURE"), ("Clearwater Hearing", "SPECIALTY"), ("555-0112", "PHONE")],
     ["primary-care", "practice-contact"], "Device visit type, audiology credential and hearing-center name go."),
    ("r0013", "Hola, le habla Rocío de la oficina del Dr. Benavides. Llamamos para confirmar su cita del martes 21 de abril a las 2 de la tarde. Si necesita cambiarla, marque el 915-555-0138. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("Rocío", "PROVIDER"), ("Dr. Benavides", "PROVIDER"), ("21 de abril", "DATE"), ("915-555-0138", "PHONE")],
     ["primary-care", "practice-contact"], "Voice script with staff sender, provider, date and practice phone; no patient name."),
    ("r0014", "Good news! Your new glasses are ready for pickup at Brightview Eye Care. Open until 6pm today.",
     "REWRITE", "pickup", "sms", "en",
     [("glasses", "PROCEDURE"), ("Brightview Eye Care", "SPECIALTY")],
     ["ophthalmology"], "Judgement call: eye-care names are specialty-revealing and glasses are a device; 'your order is ready' survives."),
    ("r0015", "Sr. Quintero: en su examen de la vista su presión ocular salió en 26 mmHg en el ojo derecho. El Dr. Salas quiere verlo esta semana para descartar glaucoma.",
     "BLOCK", "result", "sms", "es",
     [("Quintero", "NAME"), ("examen de la vista", "PROCEDURE"), ("presión ocular", "PROCEDURE"), ("26 mmHg", "RESULT"),
      ("Dr. Salas", "PROVIDER"), ("glaucoma", "CONDITION")],
     ["ophthalmology", "negation"], "An eye-pressure value and a suspected diagnosis are the message."),
    ("r0016", "Dear patients,\n\nAfter 22 years with Ridgeview Family Health, Dr. Harold Brenner will retire on June 30. It has been a privilege to care for your families. Starting July 1, his patients will be seen by Dr. Anita Rao and Dr. Miguel Ortega, who are accepting appointments now.\n\nYour records stay with us and nothing changes with your insurance. To book a meet-and-greet visit, call 555-0147 or visit ridgeviewfamilyhealth.example/schedule.\n\nWith gratitude,\nRidgeview Family Health",
     "ALLOW", "other", "email", "en",
     [("Dr. Harold Brenner", "PROVIDER"), ("June 30", "DATE"), ("July 1", "DATE"), ("Dr. Anita Rao", "PROVIDER"),
      ("Dr. Miguel Ortega", "PROVIDER"), ("555-0147", "PHONE"), ("ridgeviewfamilyhealth.example/schedule", "URL")],
     ["general", "broadcast", "practice-contact"], "Provider-departure broadcast: providers, dates and the practice's own contacts."),
    ("r0017", "Hi Gerald, it's time for your yearly diabetic foot exam with Dr. Pham, DPM. Call 555-0144 to book.",
     "REWRITE", "recall", "sms", "en",
     [("Gerald", "NAME"), ("diabetic foot exam", "PROCEDURE"), ("Dr. Pham", "PROVIDER"), ("DPM", "SPECIALTY"), ("555-0144", "PHONE")],
     ["orthopedics", "practice-contact"], "Condition-named exam and podiatry credential reveal diabetes; the recall survives."),
    ("r0018", "From Dr. Pham's office: keep the dressing on your toe dry for 48 hrs after the ingrown nail removal, then soak in warm salt water twice a day, and take ibuprofen 600mg every 6 hours as needed for pain.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Pham", "PROVIDER"), ("ingrown nail removal", "PROCEDURE"), ("ibuprofen 600mg", "MEDICATION"), ("pain", "CONDITION")],
     ["orthopedics"], "Post-procedure wound care and dosing instructions are the message."),
    ("r0019", "hola! ud tiene ajuste quiropractico mañana 5:30pm con el Dr. Lugo, DC. Porfa llegue 10 min antes 😊",
     "REWRITE", "reminder", "sms", "es",
     [("ajuste quiropractico", "PROCEDURE"), ("Dr. Lugo", "PROVIDER"), ("DC", "SPECIALTY")],
     ["physical-therapy", "shorthand"], "Chiropractic visit type and credential go; time and provider survive."),
    ("r0020", "Bayside Medical Group: 749203 is your login code. Do not share it. We will never call to ask for it.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not a patient identifier."),
    ("r0021", "Su código de acceso: 550871",
     "ALLOW", "other", "sms", "es", [],
     ["general", "otp", "hard-negative"], "Short two-factor code, nothing about the patient."),
    ("r0022", "Welcome to Ashford Internal Medicine! Set up your patient portal here: https://portal.ashfordim.example/enroll?token=Q7x2Kp91 (link expires in 72 hrs).",
     "REWRITE", "other", "sms", "en",
     [("https://portal.ashfordim.example/enroll?token=Q7x2Kp91", "URL")],
     ["primary-care"], "Portal invitation with a patient-specific token in the URL."),
    ("r0023", "Estimada Sra. Medina:\n\nLe escribimos de Hospicio Brisas del Mar. La enfermera notó que su padre, Don Aurelio, tiene más dificultad para respirar. Aumentamos la morfina a 5 mg cada 4 horas y traeremos oxígeno mañana.\n\nLlámenos a cualquier hora al 555-0193.",
     "BLOCK", "care-instructions", "email", "es",
     [("Medina", "NAME"), ("Hospicio Brisas del Mar", "SPECIALTY"), ("Aurelio", "NAME"), ("dificultad para respirar", "CONDITION"),
      ("morfina", "MEDICATION"), ("oxígeno", "MEDICATION"), ("555-0193", "PHONE")],
     ["home-health", "third-party"], "A hospice patient's symptoms and dose change, sent to his daughter."),
    ("r0024", "Hello, this is Hearthstone Hospice calling for the family of Walter Greene. Our nurse, Angela, will visit Thursday between 10 and noon. If that time does not work, please call 555-0124.",
     "REWRITE", "reminder", "voice", "en",
     [("Hearthstone Hospice", "SPECIALTY"), ("Walter Greene", "NAME"), ("Angela", "PROVIDER"), ("555-0124", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Visit logistics for a relative; the hospice name and patient name go."),
    ("r0025", "AVISO: Por la tormenta invernal, todas las clínicas de Salud Comunitaria Valle Verde estarán cerradas hoy. Las citas se reprogramarán; le llamaremos. Cuídese del frío.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Weather-closure broadcast; 'frío' is the weather."),
    ("r0026", "Your potassium was 6.1 before dialysis today. Dr. Adeyemi says cut back on bananas, oranges and potatoes and we will recheck Friday. - Riverbend Dialysis",
     "BLOCK", "result", "sms", "en",
     [("potassium", "PROCEDURE"), ("6.1", "RESULT"), ("dialysis", "PROCEDURE"), ("Dr. Adeyemi", "PROVIDER"), ("Riverbend Dialysis", "SPECIALTY")],
     ["dialysis"], "A lab value and diet instruction are the message."),
    ("r0027", "Hola Sr. Ochoa, por el feriado su sesión de diálisis del jueves pasa al miércoles 24 de diciembre a las 6am. Centro de Diálisis Riverbend, 555-0186.",
     "REWRITE", "reminder", "sms", "es",
     [("Ochoa", "NAME"), ("diálisis", "PROCEDURE"), ("24 de diciembre", "DATE"), ("Centro de Diálisis Riverbend", "SPECIALTY"), ("555-0186", "PHONE")],
     ["dialysis", "practice-contact"], "Holiday schedule change; name, treatment and dialysis-center name go."),
    ("r0028", "Tiene un mensaje nuevo de su equipo médico. Entre a mycare.lindenhealth.example para leerlo. No responda a este texto.",
     "ALLOW", "other", "sms", "es",
     [("mycare.lindenhealth.example", "URL")],
     ["general", "practice-contact"], "Content-free portal notice with the practice's own site."),
    ("r0029", "Recibimos una solicitud para enviar los expedientes del paciente nacido el 02/11/1987 a Summit Orthopedics. El proceso tarda hasta 10 días hábiles.",
     "REWRITE", "other", "email", "es",
     [("02/11/1987", "DATE"), ("Summit Orthopedics", "SPECIALTY")],
     ["orthopedics", "dob"], "Records-request notice: a date of birth without a name, and an orthopedic practice name."),
    ("r0030", "Hola Marcos, tu prueba de orina del lunes salió positiva para fentanilo. Tu consejero quiere hablar contigo antes de renovar la receta de Suboxone.",
     "BLOCK", "result", "sms", "es",
     [("Marcos", "NAME"), ("prueba de orina", "PROCEDURE"), ("positiva", "RESULT"), ("fentanilo", "MEDICATION"),
      ("consejero", "SPECIALTY"), ("Suboxone", "MEDICATION")],
     ["substance-use"], "A drug-screen result in addiction treatment (42 CFR Part 2)."),
)

# ---------------------------------------------------------------- batch 2 (r0031-r0060)
add(
    ("r0031", "Vacunas contra la gripe y el COVID sin cita en todas las Farmacias Greenway este fin de semana. ¡Traiga a toda la familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Vaccine broadcast to every customer; says nothing about the recipient."),
    ("r0032", "Hi Dominic, your Tdap and meningitis vaccine appointment at Westfield Community Clinic is Sat 8/22 at 10:10am. Bring your shot record.",
     "REWRITE", "reminder", "sms", "en",
     [("Dominic", "NAME"), ("Tdap", "PROCEDURE"), ("meningitis vaccine", "PROCEDURE"), ("8/22", "DATE")],
     ["primary-care"], "The recipient's own vaccine appointment: name and vaccines go, logistics survive."),
    ("r0033", "Clínica Escolar Roosevelt: Su hija Valeria tiene cita para su examen físico deportivo y la vacuna del VPH el martes 15 de septiembre durante la 3a hora.",
     "REWRITE", "reminder", "sms", "es",
     [("Valeria", "NAME"), ("vacuna del VPH", "PROCEDURE"), ("15 de septiembre", "DATE")],
     ["pediatrics", "minor"], "School-based clinic; a dependent's name and HPV vaccine go, the sports physical is generic."),
    ("r0034", "Dear parent of Aiden Brooks,\n\nAiden came to the school health office today with wheezing after PE. We gave him 2 puffs of his albuterol inhaler at 10:20am. It has about 12 doses left, so please send a refill.\n\nMs. Carter, RN\nLincoln Middle School Health Office",
     "BLOCK", "care-instructions", "email", "en",
     [("Aiden Brooks", "NAME"), ("Aiden", "NAME", 1), ("wheezing", "CONDITION"), ("albuterol inhaler", "MEDICATION"), ("Ms. Carter, RN", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A child's symptom and the medication given, sent to the parent."),
    ("r0035", "Salud Laboral de Keller Logistics: su examen físico anual de empleado es el martes 9 de junio a las 7:15am en el Edificio C. Traiga una identificación con foto.",
     "ALLOW", "reminder", "sms", "es",
     [("9 de junio", "DATE")],
     ["primary-care"], "Judgement call: employer occupational-health clinic and an annual physical reveal no condition."),
    ("r0036", "Hi Travis, please report to Crossroads Occupational Health by 3pm tomorrow for your drug screen. Case #OH-44817.",
     "REWRITE", "other", "sms", "en",
     [("Travis", "NAME"), ("drug screen", "PROCEDURE"), ("OH-44817", "OTHER_ID")],
     ["primary-care"], "Name, test type and case number go; 'please report by 3pm tomorrow' survives."),
    ("r0037", "Crossroads Occupational Health: your pre-employment drug screen was non-negative for amphetamines. A review officer will call you within 48 hours before results go to your employer.",
     "BLOCK", "result", "sms", "en",
     [("drug screen", "PROCEDURE"), ("non-negative", "RESULT"), ("amphetamines", "MEDICATION")],
     ["primary-care"], "A drug-screen result is the message."),
    ("r0038", "Farmacia Del Pueblo: su refill de Ozempic ya esta ready 👍",
     "REWRITE", "pickup", "sms", "es",
     [("Ozempic", "MEDICATION")],
     ["pharmacy", "shorthand"], "Spanglish pickup notice naming the drug; 'su receta está lista' survives."),
    ("r0039", "Apex Specialty Pharmacy: your Humira shipment is scheduled for delivery Thu 7/16. Reply 1 to confirm someone will be home to sign.",
     "REWRITE", "pickup", "sms", "en",
     [("Apex Specialty Pharmacy", "SPECIALTY"), ("Humira", "MEDICATION"), ("7/16", "DATE")],
     ["pharmacy"], "Specialty-pharmacy name and drug go; the delivery date survives."),
    ("r0040", "Your prescription is ready for pickup at Corner Drug Pharmacy, 114 Main St. Open until 9pm.",
     "ALLOW", "pickup", "sms", "en",
     [("114 Main St", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Generic pickup notice with the pharmacy's own address."),
    ("r0041", "Farmacia Del Pueblo: el Dr. Navarro cambió su dosis de warfarina a 7.5 mg los lunes y jueves, y 5 mg los demás días. Su próximo INR es el 3 de agosto.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Dr. Navarro", "PROVIDER"), ("warfarina", "MEDICATION"), ("INR", "PROCEDURE"), ("3 de agosto", "DATE")],
     ["pharmacy"], "A dosing schedule is the message."),
    ("r0042", "Hi Sophie, this is Jordan from Willow Ridge Eating Disorder Program. Your meal support group moves to Wednesdays at 5:30 starting 9/2. See you then!",
     "REWRITE", "reminder", "sms", "en",
     [("Sophie", "NAME"), ("Jordan", "PROVIDER"), ("Willow Ridge Eating Disorder Program", "SPECIALTY"), ("meal support group", "PROCEDURE"), ("9/2", "DATE")],
     ["behavioral-health"], "Program name and group type reveal the condition; the schedule change survives."),
    ("r0043", "Dear Mr. and Mrs. Lindqvist,\n\nThank you for coming in on Tuesday. As we discussed, Emma's weight is down 2.1 lbs this week and her heart rate was 44 at the morning check, so the team is recommending a step up to residential care. Please call Dr. Hoffman at 555-0172 today to talk through next steps.\n\nWillow Ridge Eating Disorder Program",
     "BLOCK", "result", "email", "en",
     [("Lindqvist", "NAME"), ("Emma", "NAME"), ("weight", "PROCEDURE"), ("down 2.1 lbs", "RESULT"), ("heart rate", "PROCEDURE"), ("44", "RESULT"),
      ("residential care", "PROCEDURE"), ("Dr. Hoffman", "PROVIDER"), ("555-0172", "PHONE"), ("Willow Ridge Eating Disorder Program", "SPECIALTY")],
     ["behavioral-health", "third-party", "minor"], "A dependent's vital signs and a change in level of care, sent to the parents."),
    ("r0044", "Hola Alex, tu cita para la inyección de testosterona con la enfermera Paula es el viernes 12 de junio a las 4pm en el Centro de Salud Trans Arcoíris. Cualquier cambio: 555-0131.",
     "REWRITE", "reminder", "sms", "es",
     [("Alex", "NAME"), ("inyección de testosterona", "MEDICATION"), ("enfermera Paula", "PROVIDER"), ("12 de junio", "DATE"),
      ("Centro de Salud Trans Arcoíris", "SPECIALTY"), ("555-0131", "PHONE")],
     ["reproductive", "practice-contact"], "Gender-affirming care: name, hormone and clinic name go; the appointment survives."),
    ("r0045", "From Dr. Osei: your E2 level was 92, a bit low. Increase your estradiol to 4mg daily and we'll recheck labs in 6 weeks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("E2 level", "PROCEDURE"), ("92", "RESULT"), ("low", "RESULT"), ("estradiol", "MEDICATION")],
     ["reproductive"], "A hormone level and a dose change are the message."),
    ("r0046", "Reminder: your genetic counseling appointment with Hannah Gold, MS, CGC is Tue 10/6 at 1:30 by video. The link will follow by email.",
     "REWRITE", "reminder", "sms", "en",
     [("genetic counseling", "SPECIALTY"), ("Hannah Gold, MS", "PROVIDER"), ("CGC", "SPECIALTY"), ("10/6", "DATE")],
     ["lab"], "Genetic-counselling service line and credential go; the appointment survives."),
    ("r0047", "Estimada Sra. Beltrán:\n\nLos resultados de su panel genético de cáncer hereditario ya están listos. Se encontró una variante patogénica en el gen BRCA2, que aumenta el riesgo de cáncer de mama y de ovario. La consejera genética, Lic. Paredes, la llamará para hablar de sus opciones y de las pruebas para sus hijas.\n\nAtentamente,\nServicio de Genética, Hospital San Lucas",
     "BLOCK", "result", "email", "es",
     [("Beltrán", "NAME"), ("panel genético de cáncer hereditario", "PROCEDURE"), ("variante patogénica en el gen BRCA2", "RESULT"),
      ("cáncer de mama y de ovario", "CONDITION"), ("consejera genética", "SPECIALTY"), ("Lic. Paredes", "PROVIDER"), ("Servicio de Genética", "SPECIALTY")],
     ["lab", "oncology"], "A genetic-test finding is the message."),
    ("r0048", "Reminder from Mercy Wound Healing Center: your visit is Mon 11/2 at 9am. Please wear loose, comfortable clothing.",
     "REWRITE", "reminder", "sms", "en",
     [("Mercy Wound Healing Center", "SPECIALTY"), ("11/2", "DATE")],
     ["home-health"], "The wound-care center name reveals the condition; the reminder survives."),
    ("r0049", "Home health update: the heel ulcer measures 3.2 x 2.0 cm today, down from 4.1 cm. Keep the wound vac on at all times and change the canister if it fills. -Nurse Kim, Cardinal Home Health",
     "BLOCK", "care-instructions", "sms", "en",
     [("heel ulcer", "CONDITION"), ("3.2 x 2.0 cm", "RESULT"), ("4.1 cm", "RESULT"), ("wound vac", "PROCEDURE"), ("Nurse Kim", "PROVIDER"), ("Cardinal Home Health", "SPECIALTY")],
     ["home-health"], "Wound measurements and device instructions are the message."),
    ("r0050", "Su plan de pagos fue aprobado: 6 pagos de $45 el día 15 de cada mes. Para dudas de facturación llame al 555-0119, lunes a viernes.",
     "ALLOW", "billing", "sms", "es",
     [("555-0119", "PHONE")],
     ["general", "practice-contact"], "Payment-plan confirmation with no identifier; 'día 15 de cada mes' is not a date."),
    ("r0051", "FINAL NOTICE: Mr. Dwayne Porter, your balance of $412.80 for services at Eastlake Imaging is 90 days past due. Pay by 10/31 to avoid referral to collections. Acct 7710-3392.",
     "REWRITE", "billing", "sms", "en",
     [("Dwayne Porter", "NAME"), ("Eastlake Imaging", "SPECIALTY"), ("10/31", "DATE"), ("7710-3392", "ACCOUNT")],
     ["imaging"], "Collections notice: name, imaging-center name and account number go; the balance and deadline survive."),
    ("r0052", "Tiene un saldo vencido con Clínica Cedar Valley. Pague en cedarvalleyclinic.example/pagar o llame al 555-0150 para un plan de pagos.",
     "ALLOW", "billing", "sms", "es",
     [("cedarvalleyclinic.example/pagar", "URL"), ("555-0150", "PHONE")],
     ["general", "practice-contact"], "Past-due notice without amount-linked identifiers; practice's own URL and phone."),
    ("r0053", "Buenas noticias: su seguro aprobó la autorización previa para su resonancia magnética de rodilla. Ya puede llamar al 555-0166 para agendar.",
     "REWRITE", "other", "sms", "es",
     [("resonancia magnética de rodilla", "PROCEDURE"), ("555-0166", "PHONE")],
     ["imaging", "practice-contact"], "Prior-auth approval: the procedure goes, 'your request was approved, call to schedule' survives."),
    ("r0054", "Subject: Prior authorization update\n\nHello,\n\nWe heard back from BlueRidge Health Plan about the prior authorization for Wegovy. It was denied, and we have filed an appeal. Member ID on file: BRH-20445918-01. We will let you know as soon as we hear back, usually within 15 business days.\n\nThank you for your patience,\nPrior Authorization Team\nOakmont Family Medicine",
     "REWRITE", "other", "email", "en",
     [("Wegovy", "MEDICATION"), ("BRH-20445918-01", "HEALTH_PLAN_ID")],
     ["primary-care"], "Judgement call: a coverage denial is administrative, not clinical; drug and member ID go, the status update survives."),
    ("r0055", "Your referral has been sent. The specialist's office will contact you within 5 business days to schedule. Questions? Call us at 555-0108.",
     "ALLOW", "other", "sms", "en",
     [("555-0108", "PHONE")],
     ["primary-care", "practice-contact"], "Referral status without naming the specialty."),
    ("r0056", "Hola, su referido a Cardiología del Hospital Santa Fe fue aprobado. Llame al 555-0188 para su cita con el Dr. Vidal.",
     "REWRITE", "other", "sms", "es",
     [("Cardiología", "SPECIALTY"), ("555-0188", "PHONE"), ("Dr. Vidal", "PROVIDER")],
     ["cardiology", "practice-contact"], "The referral's specialty goes; the approval and phone survive."),
    ("r0057", "Listo ✅ Cambió su cita al lunes 8 de junio a las 9:30 con la Dra. Serrano. Si fue un error, responda AYUDA.",
     "ALLOW", "reminder", "sms", "es",
     [("8 de junio", "DATE"), ("Dra. Serrano", "PROVIDER")],
     ["primary-care"], "Confirmation of a patient-made change: date, time and provider only."),
    ("r0058", "You rescheduled your IUD insertion to Fri 5/22 at 2:40pm with Dr. Kaur. Reply HELP if you did not make this change.",
     "REWRITE", "reminder", "sms", "en",
     [("IUD insertion", "PROCEDURE"), ("5/22", "DATE"), ("Dr. Kaur", "PROVIDER")],
     ["reproductive"], "Patient-made change naming a reproductive procedure; the confirmation survives."),
    ("r0059", "Hi, this is Nurse Tamara from Lakeshore OB/GYN returning your call. Your one-hour glucose screen came back high at 152, so Dr. Wu would like you to do the three-hour test next week. Please call us at 555-0161 to schedule.",
     "BLOCK", "result", "voice", "en",
     [("Nurse Tamara", "PROVIDER"), ("Lakeshore OB/GYN", "SPECIALTY"), ("one-hour glucose screen", "PROCEDURE"), ("high", "RESULT"), ("152", "RESULT"),
      ("Dr. Wu", "PROVIDER"), ("three-hour test", "PROCEDURE"), ("555-0161", "PHONE")],
     ["reproductive", "practice-contact"], "A prenatal screening value on a voicemail that may be overheard."),
    ("r0060", "Estamos esperando mucha nieve esta noche. Si las calles están malas mañana, revise nuestra página de Facebook antes de salir; ahí avisamos de cualquier delay antes de las 7am.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Esperando' is the snow, not a pregnancy; a weather broadcast."),
)

# ---------------------------------------------------------------- batch 3 (r0061-r0090)
add(
    ("r0061", "We missed you today at your 10:30 appointment with Dr. Fenwick. Please call 555-0102 to reschedule. A $25 no-show fee may apply.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Fenwick", "PROVIDER"), ("555-0102", "PHONE")],
     ["primary-care", "practice-contact"], "No-show notice with provider, time and practice phone only."),
    ("r0062", "No se presentó a su cita de terapia en el Centro de Salud Mental Horizonte hoy a las 3pm. Llame al 555-0127 para reprogramar.",
     "REWRITE", "other", "sms", "es",
     [("terapia", "PROCEDURE"), ("Centro de Salud Mental Horizonte", "SPECIALTY"), ("555-0127", "PHONE")],
     ["behavioral-health", "practice-contact"], "No-show notice; therapy and the mental-health center name go."),
    ("r0063", "Running late? We can hold your spot for 15 minutes. After that we may need to reschedule. Call 555-0145 when you're on your way.",
     "ALLOW", "other", "sms", "en",
     [("555-0145", "PHONE")],
     ["general", "practice-contact"], "Late-arrival notice with the practice phone; '15 minutes' is not a date."),
    ("r0064", "Dear Mr. Abernathy,\n\nYour cataract surgery with Dr. Lowell at Clearview Eye Surgery Center is confirmed for Tuesday, September 15. Please arrive at 6:15 AM at 2200 Lakeside Drive, Suite 100, and bring a driver; you may not drive yourself home. Wear comfortable clothing and leave jewelry at home.\n\nA nurse will call you the day before with your final arrival time. Questions? Call 555-0154.\n\nClearview Eye Surgery Center",
     "REWRITE", "reminder", "email", "en",
     [("Abernathy", "NAME"), ("cataract", "CONDITION"), ("Dr. Lowell", "PROVIDER"), ("Clearview Eye Surgery Center", "SPECIALTY"), ("September 15", "DATE"),
      ("2200 Lakeside Drive, Suite 100", "ADDRESS"), ("555-0154", "PHONE"), ("Clearview Eye Surgery Center", "SPECIALTY", 1)],
     ["ophthalmology", "practice-contact"], "Pre-op logistics survive; name, the condition-named surgery and the eye-surgery center name go."),
    ("r0065", "Pre-op reminder from Dr. Sato: stop your Eliquis 48 hours before surgery (last dose Sun evening) and take only half your usual insulin the night before.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pre-op", "PROCEDURE"), ("Dr. Sato", "PROVIDER"), ("Eliquis", "MEDICATION"), ("insulin", "MEDICATION")],
     ["primary-care"], "Medication-holding and dosing instructions are the message."),
    ("r0066", "Hola, le escribimos del consultorio del Dr. Arriaga para saber cómo se siente después de su procedimiento. Si tiene alguna pregunta, llame al 555-0110.",
     "ALLOW", "care-instructions", "sms", "es",
     [("Dr. Arriaga", "PROVIDER"), ("555-0110", "PHONE")],
     ["primary-care", "practice-contact"], "Post-op check-in that names no procedure ('procedimiento' is generic)."),
    ("r0067", "Hola Sra. Ruiz, ¿cómo sigue después de la histerectomía? Si tiene sangrado abundante o fiebre de más de 38.5, vaya a urgencias. Siga con el ibuprofeno 400 mg cada 8 horas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ruiz", "NAME"), ("histerectomía", "PROCEDURE"), ("sangrado abundante", "CONDITION"), ("fiebre", "CONDITION"), ("ibuprofeno 400 mg", "MEDICATION")],
     ["reproductive"], "Post-op warning signs and dosing instructions are the message."),
    ("r0068", "Please review and e-sign your new-patient forms before your visit: forms.harborviewmed.example. It takes about 5 minutes.",
     "ALLOW", "other", "sms", "en",
     [("forms.harborviewmed.example", "URL")],
     ["general", "practice-contact"], "Forms link is the practice's own site with no patient token."),
    ("r0069", "Hi Renee, your consent forms for Thursday's colposcopy are ready to sign: https://sign.docuflow.example/s/8KQ2mZ?pid=55102",
     "REWRITE", "other", "sms", "en",
     [("Renee", "NAME"), ("colposcopy", "PROCEDURE"), ("https://sign.docuflow.example/s/8KQ2mZ?pid=55102", "URL")],
     ["reproductive"], "Name, procedure and a patient-specific signing link go; 'forms are ready to sign' survives."),
    ("r0070", "How did we do? Thank you for visiting Maple & Main Family Practice. Please take our 2-minute survey at survey.maplemainfp.example. Your feedback helps us improve. Reply STOP to opt out of surveys.",
     "ALLOW", "other", "email", "en",
     [("survey.maplemainfp.example", "URL")],
     ["general", "practice-contact"], "Survey request with the practice's own URL."),
    ("r0071", "Gracias por visitar Centro de Fertilidad Nueva Vida. ¿Nos ayuda con una encuesta de 3 preguntas sobre su consulta de FIV? encuesta.nuevavida.example",
     "REWRITE", "other", "email", "es",
     [("Centro de Fertilidad Nueva Vida", "SPECIALTY"), ("FIV", "PROCEDURE"), ("encuesta.nuevavida.example", "URL")],
     ["fertility", "practice-contact"], "Survey; the fertility-center name and IVF visit type go."),
    ("r0072", "Welcome to Riverstone Family Medicine!\n\nWe're glad you chose us. Here is what to expect at your first visit:\n\n- Please arrive 15 minutes early to complete check-in.\n- Bring a photo ID, your insurance card and a list of any medicines you take.\n- Parking is free in the garage behind our building at 850 Riverstone Pkwy.\n\nYou can message your care team, request refills and see lab results in our patient portal at riverstonefm.example/portal. If you have questions before your visit, call us at 555-0181 Monday through Friday, 8am to 5pm.\n\nWe look forward to meeting you,\nThe Riverstone Family Medicine team",
     "ALLOW", "other", "email", "en",
     [("850 Riverstone Pkwy", "ADDRESS"), ("riverstonefm.example/portal", "URL"), ("555-0181", "PHONE")],
     ["primary-care", "practice-contact"], "New-patient welcome; refills and lab results are generic portal features."),
    ("r0073", "Bienvenida a Centro de Recuperación Nuevo Amanecer, Lupita. Su primera cita de admisión es el jueves 4 de junio a las 9am. Traiga identificación.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Recuperación Nuevo Amanecer", "SPECIALTY"), ("Lupita", "NAME"), ("4 de junio", "DATE")],
     ["substance-use"], "New-patient welcome; the recovery-center name (Part 2) and the name go."),
    ("r0074", "Clínica Familiar Los Robles estará cerrada el jueves 26 de noviembre por el Día de Acción de Gracias. Para emergencias llame al 911.",
     "ALLOW", "other", "sms", "es",
     [("26 de noviembre", "DATE")],
     ["general", "broadcast"], "Holiday closure broadcast; 911 is not a phone identifier."),
    ("r0075", "Happy Thanksgiving! Our office is closed Thu 11/26 and Fri 11/27. Our on-call provider can be reached 24/7 at 555-0100.",
     "ALLOW", "other", "sms", "en",
     [("11/26", "DATE"), ("11/27", "DATE"), ("555-0100", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure broadcast; 24/7 is not a date."),
    ("r0076", "Eastlake Imaging: your DEXA scan shows a T-score of -2.9 at the hip, consistent with osteoporosis. Your report has been sent to Dr. Blum.",
     "BLOCK", "result", "sms", "en",
     [("Eastlake Imaging", "SPECIALTY"), ("DEXA scan", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-2.9", "RESULT"), ("osteoporosis", "CONDITION"), ("Dr. Blum", "PROVIDER")],
     ["imaging"], "A bone-density value and diagnosis are the message."),
    ("r0077", "Hi Marcus, your lipid panel results are in: LDL 128 mg/dL, HDL 52 mg/dL, triglycerides 140 mg/dL. Dr. Ahmed says these look good, so no changes to your atorvastatin for now.",
     "ALLOW", "result", "portal", "en",
     [("Marcus", "NAME"), ("lipid panel", "PROCEDURE"), ("LDL", "PROCEDURE"), ("128 mg/dL", "RESULT"), ("HDL", "PROCEDURE"), ("52 mg/dL", "RESULT"),
      ("triglycerides", "PROCEDURE"), ("140 mg/dL", "RESULT"), ("Dr. Ahmed", "PROVIDER"), ("atorvastatin", "MEDICATION")],
     ["lab", "contrast"], "Inside the secure portal results, names and medications may stay."),
    ("r0078", "Hi Marcus, your lipid panel results are in: LDL 128 mg/dL, HDL 52 mg/dL, triglycerides 140 mg/dL. Dr. Ahmed says these look good, so no changes to your atorvastatin for now.",
     "BLOCK", "result", "email", "en",
     [("Marcus", "NAME"), ("lipid panel", "PROCEDURE"), ("LDL", "PROCEDURE"), ("128 mg/dL", "RESULT"), ("HDL", "PROCEDURE"), ("52 mg/dL", "RESULT"),
      ("triglycerides", "PROCEDURE"), ("140 mg/dL", "RESULT"), ("Dr. Ahmed", "PROVIDER"), ("atorvastatin", "MEDICATION")],
     ["lab", "contrast"], "Same text as r0077 by email: lab values are the message."),
    ("r0079", "Reminder: your 24-hour urine collection jug is ready for pickup at Brightline Lab, 22 Elm St.",
     "REWRITE", "pickup", "sms", "en",
     [("24-hour urine collection", "PROCEDURE"), ("22 Elm St", "ADDRESS")],
     ["lab", "practice-contact"], "The named test goes; 'your kit is ready for pickup at the lab' survives (the lab name is generic)."),
    ("r0080", "Brightline Lab: walk-ins welcome Mon-Sat, 7am to 3pm. Most insurance accepted. No appointment? No problem.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Broadcast of lab hours; generic lab name."),
    ("r0081", "ur u l t r a s o u n d @ Pinecrest Radiology is fri 9:15, pls arrive 15 min early",
     "REWRITE", "reminder", "sms", "en",
     [("u l t r a s o u n d", "PROCEDURE"), ("Pinecrest Radiology", "SPECIALTY")],
     ["imaging", "spaced", "shorthand"], "Spaced-out procedure and a radiology name; the reminder survives."),
    ("r0082", "Hola Andrés, su cita de P\u200br\u200bE\u200bP con la enfermera Gaby es el lunes 13 de julio a las 5pm.",
     "REWRITE", "reminder", "sms", "es",
     [("Andrés", "NAME"), ("P\u200br\u200bE\u200bP", "MEDICATION"), ("enfermera Gaby", "PROVIDER"), ("13 de julio", "DATE")],
     ["hiv-sexual-health"], "PrEP hidden with zero-width spaces; name and PrEP go, the appointment survives."),
    ("r0083", "ur H1V test came back n3gative :) next one in 3 months",
     "BLOCK", "result", "sms", "en",
     [("H1V test", "PROCEDURE"), ("n3gative", "RESULT")],
     ["hiv-sexual-health", "leet", "shorthand", "negation"], "A negative HIV result in leetspeak is still a result."),
    ("r0084", "Este mes nuestra recepción recibe una dosis de color: estamos pintando. Disculpe el olor y gracias por su paciencia.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Dosis' and 'paciencia' are everyday words here."),
    ("r0085", "Stop by our booth at the Elm Park health fair Saturday! Free blood pressure checks, a kids' coloring station and a raffle for a new bike.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Free screenings offered to everyone say nothing about the recipient."),
    ("r0086", "Happy 94th birthday, Mrs. Delacroix! From all of us at Oakmont Family Medicine 🎂",
     "REWRITE", "marketing", "sms", "en",
     [("94th", "AGE"), ("Delacroix", "NAME")],
     ["primary-care", "age-over-89"], "An age over 89 with a name; 'Happy birthday from all of us' survives."),
    ("r0087", "To verify your identity for the records release, please confirm: Patricia Nowak, DOB 04/18/1949, Medicare ID 1EG4-TE5-MK72. Reply YES if correct.",
     "BLOCK", "other", "sms", "en",
     [("Patricia Nowak", "NAME"), ("04/18/1949", "DATE"), ("1EG4-TE5-MK72", "HEALTH_PLAN_ID")],
     ["primary-care", "dob"], "Full date of birth with a name and a Medicare number must never travel by text."),
    ("r0088", "Buenas tardes, este mensaje es para Rosa Elena Camacho, de parte de Ópticas Visión Clara. Sus lentes ya están listos para recoger. Abrimos de lunes a sábado de 10 a 7.",
     "REWRITE", "pickup", "voice", "es",
     [("Rosa Elena Camacho", "NAME"), ("Ópticas Visión Clara", "SPECIALTY"), ("lentes", "PROCEDURE")],
     ["ophthalmology"], "Voicemail with the patient's name and an optical-shop name; 'your order is ready' survives."),
    ("r0089", "Hola Sra. Torres, la Dra. Méndez revisó su presión: 148/92. Suba el losartán a 100 mg una vez al día y mándenos sus lecturas en 2 semanas.",
     "ALLOW", "care-instructions", "portal", "es",
     [("Torres", "NAME"), ("Dra. Méndez", "PROVIDER"), ("presión", "PROCEDURE"), ("148/92", "RESULT"), ("losartán", "MEDICATION")],
     ["primary-care"], "Inside the secure portal a reading and a dose change may stay."),
    ("r0090", "Sr. Vega, le informamos que su esposa tuvo la presión muy baja durante la diálisis de hoy y la mandamos a urgencias del Hospital General como precaución.",
     "BLOCK", "other", "sms", "es",
     [("Vega", "NAME"), ("presión", "PROCEDURE"), ("muy baja", "RESULT"), ("diálisis", "PROCEDURE")],
     ["dialysis", "third-party"], "A spouse's finding and transfer to the ER, sent to the husband."),
)

# ---------------------------------------------------------------- batch 4 (r0091-r0120)
add(
    ("r0091", "Hay un espacio libre mñn 8:15am con Dr. Castañeda. Resp SI p/ tomarlo o NO p/ seguir en lista d espera",
     "ALLOW", "other", "sms", "es",
     [("Dr. Castañeda", "PROVIDER")],
     ["primary-care", "shorthand"], "Waitlist offer in SMS shorthand: provider and time only."),
    ("r0092", "Hola Daniela! se libero un espacio para tu transferencia de embriones el 18 de agosto en Fertilidad Camino Real. Contesta SI antes de las 5pm",
     "REWRITE", "other", "sms", "es",
     [("Daniela", "NAME"), ("transferencia de embriones", "PROCEDURE"), ("18 de agosto", "DATE"), ("Fertilidad Camino Real", "SPECIALTY")],
     ["fertility", "shorthand"], "Cancellation offer without accents; name, procedure and fertility-clinic name go."),
    ("r0093", "Felicidades!! Su beta hCG de hoy salió en 312, el embarazo va bien. La Dra. Ochoa quiere repetirla el viernes; siga con la progesterona 200 mg dos veces al día.",
     "BLOCK", "result", "sms", "es",
     [("beta hCG", "PROCEDURE"), ("312", "RESULT"), ("embarazo", "CONDITION"), ("Dra. Ochoa", "PROVIDER"), ("progesterona 200 mg", "MEDICATION")],
     ["fertility"], "A pregnancy-hormone value and dosing are the message."),
    ("r0094", "The results are in: you voted our waiting-room coffee the best in town! Thanks to everyone who took part. - Hillcrest Family Practice",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'The results are in' is a poll, not a lab result."),
    ("r0095", "Hi Ms. Abara, your allergy shot schedule is changing. Starting 7/6, shots will be given Tuesdays and Thursdays only at Summit Allergy & Asthma.",
     "REWRITE", "other", "sms", "en",
     [("Abara", "NAME"), ("allergy shot", "PROCEDURE"), ("7/6", "DATE"), ("Summit Allergy & Asthma", "SPECIALTY")],
     ["primary-care"], "Schedule change; name, allergy shots and the allergy/asthma practice name go."),
    ("r0096", "Estimados padres de Mateo:\n\nLa prueba de alergia de Mateo mostró reacción a los ácaros del polvo y al pelo de gato. El Dr. Villanueva recomienda cetirizina 5 mg cada noche y fundas antiácaros para la almohada y el colchón.\n\nClínica de Alergias Del Sol",
     "BLOCK", "result", "email", "es",
     [("Mateo", "NAME"), ("prueba de alergia", "PROCEDURE"), ("Mateo", "NAME", 1), ("reacción a los ácaros del polvo y al pelo de gato", "RESULT"),
      ("Dr. Villanueva", "PROVIDER"), ("cetirizina 5 mg", "MEDICATION"), ("Clínica de Alergias Del Sol", "SPECIALTY")],
     ["primary-care", "pediatrics", "minor", "third-party"], "A child's allergy-test findings and medication, sent to the parents."),
    ("r0097", "¿Nos escucha? 📢 Cambiamos de número: ahora llámenos al 555-0196. El número anterior deja de funcionar el 1 de octubre.",
     "ALLOW", "other", "sms", "es",
     [("555-0196", "PHONE"), ("1 de octubre", "DATE")],
     ["general", "broadcast", "practice-contact"], "'Escucha' is not audiology; a new practice phone number for everyone."),
    ("r0098", "Recordatorio: la prueba de audición de su hijo Sebastián es el miércoles 3 de junio a las 10am en Audiología Infantil Sonrisas.",
     "REWRITE", "reminder", "sms", "es",
     [("prueba de audición", "PROCEDURE"), ("Sebastián", "NAME"), ("3 de junio", "DATE"), ("Audiología Infantil Sonrisas", "SPECIALTY")],
     ["pediatrics", "minor"], "A dependent's routine hearing test with a name and an audiology name: rewrite."),
    ("r0099", "Dr. Fitch, AuD: your hearing test showed moderate high-frequency hearing loss in both ears. We recommend hearing aids; call 555-0112 to book a fitting.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Fitch", "PROVIDER"), ("AuD", "SPECIALTY"), ("hearing test", "PROCEDURE"), ("high-frequency hearing loss", "CONDITION"),
      ("hearing aids", "PROCEDURE"), ("555-0112", "PHONE")],
     ["primary-care", "practice-contact"], "A hearing-test finding is the message."),
    ("r0100", "Hi Carol, this is Beth with Evergreen Palliative Care. I'll be by to see your mom Thursday around 2pm. Call me at 555-0139 if that doesn't work.",
     "REWRITE", "reminder", "sms", "en",
     [("Carol", "NAME"), ("Beth", "PROVIDER"), ("Evergreen Palliative Care", "SPECIALTY"), ("555-0139", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Visit logistics to a caregiver; her name and the palliative-care name go."),
    ("r0101", "This is Dr. Kaplan's office confirming your father's appointment on Tue 9/15 at 11am. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Kaplan", "PROVIDER"), ("9/15", "DATE")],
     ["primary-care", "third-party"], "Judgement call: a caregiver reminder with no name, visit type or specialty says nothing about health."),
    ("r0102", "Recuerde: su dosis de metadona sube a 70 mg a partir del lunes. Pase a la ventanilla antes de las 10am. - Programa de Tratamiento Nueva Senda",
     "BLOCK", "care-instructions", "sms", "es",
     [("metadona", "MEDICATION"), ("Programa de Tratamiento Nueva Senda", "SPECIALTY")],
     ["substance-use"], "A methadone dose change in an opioid-treatment program (Part 2)."),
    ("r0103", "Reminder: IOP group tonight 6-9pm, Room 4. Check in with Devon at the front desk. - Harbor Recovery Services",
     "REWRITE", "reminder", "sms", "en",
     [("IOP", "PROCEDURE"), ("Devon", "PROVIDER"), ("Harbor Recovery Services", "SPECIALTY")],
     ["substance-use"], "Program type and recovery-center name go; the time and room survive."),
    ("r0104", "Por el hurricane warning, la clinica cierra hoy a las 2pm. Las citas de la tarde se van a reagendar, le textearemos. Stay safe!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative", "shorthand"], "Spanglish weather-closure broadcast."),
    ("r0105", "Hola Sr. Gallegos, su pago de $50 del plan de pagos (cuenta 30041877) vence el 5 de marzo. Puede pagar en pagos.clinicalosrobles.example o al 555-0140.",
     "REWRITE", "billing", "sms", "es",
     [("Gallegos", "NAME"), ("30041877", "ACCOUNT"), ("5 de marzo", "DATE"), ("pagos.clinicalosrobles.example", "URL"), ("555-0140", "PHONE")],
     ["general", "practice-contact"], "Payment-plan reminder; the name and account number are not needed."),
    ("r0106", "Asunto: Actualización de su seguro\n\nHola,\n\nSu plan Medicaid Horizonte (número de afiliado MH-7730219-A) ya no cubre las sesiones de quimioterapia en nuestra sede del Norte a partir de julio. Estamos buscando otra sede para usted y le llamaremos esta semana.\n\nOficina de Facturación",
     "REWRITE", "billing", "email", "es",
     [("MH-7730219-A", "HEALTH_PLAN_ID"), ("quimioterapia", "PROCEDURE")],
     ["oncology"], "Insurance update; the member ID and chemotherapy go, the coverage change survives."),
    ("r0107", "Good news: your insurance approved the request your provider sent. Our scheduling team will call you within 2 business days.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Content-free prior-authorization update."),
    ("r0108", "Your request for records from Lakeside Addiction Medicine has been processed. Pick up a copy at the front desk or log in to view them.",
     "REWRITE", "other", "email", "en",
     [("Lakeside Addiction Medicine", "SPECIALTY")],
     ["substance-use"], "Records-request notice; the addiction-medicine practice name goes."),
    ("r0109", "Sus expedientes médicos están listos. Puede recogerlos en la recepción de lunes a viernes, 9am a 4pm. Traiga una identificación con foto.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Records ready, nothing about their content."),
    ("r0110", "Hi, this message is for Kevin Marsh. Your wife asked us to call: her blood pressure at today's prenatal visit was 150 over 98, so Dr. Lee sent her to Labor and Delivery for monitoring. Please call 555-0161.",
     "BLOCK", "other", "voice", "en",
     [("Kevin Marsh", "NAME"), ("blood pressure", "PROCEDURE"), ("prenatal", "PROCEDURE"), ("150 over 98", "RESULT"), ("Dr. Lee", "PROVIDER"),
      ("Labor and Delivery", "SPECIALTY"), ("555-0161", "PHONE")],
     ["reproductive", "third-party", "practice-contact"], "A pregnant spouse's reading and transfer, on a voicemail."),
    ("r0111", "Hello, this is Northside Family Clinic calling to remind you of an appointment tomorrow at 3:45 PM. To confirm, press 1. To reschedule, press 2 or call 555-0177.",
     "ALLOW", "reminder", "voice", "en",
     [("555-0177", "PHONE")],
     ["primary-care", "practice-contact"], "Voice reminder with a generic practice name, no patient name."),
    ("r0112", "hi! ur 2nd HPV shot is due. Book at the school clinic, open Tues & Thurs 8-3. -Jefferson High Health Center",
     "REWRITE", "recall", "sms", "en",
     [("HPV shot", "PROCEDURE")],
     ["pediatrics", "shorthand"], "The recipient's own vaccine recall; the vaccine goes, 'you are due for a visit' survives."),
    ("r0113", "Clínica Escolar Roosevelt: este jueves habrá vacunas gratis para estudiantes (influenza y refuerzos). Los padres deben firmar el permiso en línea.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "Vaccine-day broadcast to every family."),
    ("r0114", "Mamá de Sofía: la enfermera escolar le dio 2 tabletas de Tylenol a las 11am por dolor de cabeza y fiebre de 38.2. Por favor recójala hoy.",
     "BLOCK", "other", "sms", "es",
     [("Sofía", "NAME"), ("Tylenol", "MEDICATION"), ("dolor de cabeza", "CONDITION"), ("fiebre", "CONDITION"), ("38.2", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A child's symptoms, temperature and medication, sent to the parent."),
    ("r0115", "Hi Marisela! Tu appointment de prenatal con Jessica Long, CNM es el 22 de julio a las 10:30. Trae tu tarjeta de seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisela", "NAME"), ("prenatal", "PROCEDURE"), ("Jessica Long", "PROVIDER"), ("CNM", "SPECIALTY"), ("22 de julio", "DATE")],
     ["reproductive"], "Spanglish; name, prenatal visit type and midwife credential go."),
    ("r0116", "Estimados pacientes:\n\nCon mucho cariño les informamos que la Dra. Inés Carrasco dejará nuestra clínica el 31 de agosto para mudarse con su familia a otro estado. Ha sido un honor trabajar a su lado durante once años.\n\nA partir del 1 de septiembre, sus pacientes serán atendidos por la Dra. Paula Soto, quien ya está aceptando citas en el mismo horario. No tiene que hacer nada: sus expedientes, recetas y referidos se quedan con nosotros y su seguro no cambia.\n\nSi prefiere conocer a la Dra. Soto antes de su próxima cita, puede agendar una visita de presentación sin costo. Para cualquier duda llame al 555-0183, escriba a citas@clinicalaesperanza.example o visite clinicalaesperanza.example/equipo.\n\nNuestro horario sigue igual: lunes a viernes de 8 a 6 y sábados de 9 a 1.\n\nCon gratitud,\nClínica La Esperanza",
     "ALLOW", "other", "email", "es",
     [("Dra. Inés Carrasco", "PROVIDER"), ("31 de agosto", "DATE"), ("1 de septiembre", "DATE"), ("Dra. Paula Soto", "PROVIDER"), ("Dra. Soto", "PROVIDER"),
      ("555-0183", "PHONE"), ("citas@clinicalaesperanza.example", "EMAIL"), ("clinicalaesperanza.example/equipo", "URL")],
     ["general", "broadcast", "practice-contact"], "Provider-departure broadcast; 'Esperanza' and 'recetas' are not about the recipient."),
    ("r0117", "Hello,\n\nYou've been invited to proxy access for Eleanor Whitfield's account at Magnolia Hospice & Palliative Care. Use the link below to accept; it expires in 7 days.\n\nhttps://portal.magnoliahospice.example/proxy/accept\n\nIf you did not expect this email, you can ignore it.",
     "REWRITE", "other", "email", "en",
     [("Eleanor Whitfield", "NAME"), ("Magnolia Hospice & Palliative Care", "SPECIALTY"), ("https://portal.magnoliahospice.example/proxy/accept", "URL")],
     ["home-health", "third-party"], "Caregiver portal invitation; the patient's name and hospice name go (the URL names hospice too)."),
    ("r0118", "You're invited to our patient portal! Go to patient.greenfieldclinic.example and sign in with the email address you gave us at check-in.",
     "ALLOW", "other", "sms", "en",
     [("patient.greenfieldclinic.example", "URL")],
     ["general", "practice-contact"], "Portal invitation without a patient token."),
    ("r0119", "Para completar su solicitud de plan de pagos, confirme su número de Seguro Social: 478-21-6093 y su fecha de nacimiento 12/03/1975, Sra. Aguilar.",
     "BLOCK", "billing", "sms", "es",
     [("478-21-6093", "SSN"), ("12/03/1975", "DATE"), ("Aguilar", "NAME")],
     ["general", "dob"], "An SSN and a full date of birth with a name must never travel by text."),
    ("r0120", "Farmacia Central: su receta #RX-5520931 está lista. Total a pagar $12.40. Horario hasta las 9pm.",
     "REWRITE", "pickup", "sms", "es",
     [("RX-5520931", "OTHER_ID")],
     ["pharmacy"], "The prescription number is not needed to say the order is ready."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build

FORMAT_CHARS = lambda ch: unicodedata.category(ch) == "Cf" or ch in "\u2028\u2029"


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def locate(text, sub, occ):
    if "[[" in sub:
        pre, rest = sub.split("[[", 1)
        inner, post = rest.split("]]", 1)
        hay = pre + inner + post
        off = len(pre)
    else:
        inner, hay, off = sub, sub, 0
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(hay, pos + 1)
        if pos < 0:
            return None, inner
    return pos + off, inner


def is_emoji(ch):
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF


def build():
    errors, warnings = [], []
    seen_ids, seen_texts, out = set(), set(), []
    for n_row, row in enumerate(M, 1):
        if len(row) != 9:
            errors.append(f"{row[0] if row else '?'}: expected 9 fields, got {len(row)}")
            continue
        mid, text, verdict, purpose, channel, lang, spans, tags, why = row
        e = lambda msg: errors.append(f"{mid}: {msg}")
        if not re.fullmatch(r"r\d{4}", mid):
            e("bad id")
        elif mid != f"r{n_row:04d}":
            e(f"id out of sequence (expected r{n_row:04d})")
        if mid in seen_ids:
            e("duplicate id")
        seen_ids.add(mid)
        key = (text, purpose, channel)
        if key in seen_texts:
            e("duplicate message")
        seen_texts.add(key)
        if verdict not in VERDICTS: e(f"verdict {verdict}")
        if purpose not in PURPOSES: e(f"purpose {purpose}")
        if channel not in CHANNELS: e(f"channel {channel}")
        if lang not in LANGS: e(f"lang {lang}")
        if len(text) > 1000 or u16(text) > 1000: e(f"text too long ({u16(text)})")
        if text != text.strip(): e("leading/trailing whitespace in text")
        if not why or not why.strip(): e("missing why")
        for t in tags:
            if t not in SERVICE_TAGS | STYLE_TAGS:
                e(f"unknown or derived tag {t}")
        if len(set(tags)) != len(tags): e("duplicate tag")
        if not set(tags) & SERVICE_TAGS:
            e("no service tag")
        phi, intervals, cats = [], [], set()
        for sp in spans:
            sub, cat = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 0
            if cat not in CATEGORIES:
                e(f"category {cat}")
            start, inner = locate(text, sub, occ)
            if start is None:
                e(f"span not found: {sub!r} occ {occ}")
                continue
            if inner != inner.strip() or not inner:
                e(f"span with surrounding whitespace or empty: {inner!r}")
            end = start + len(inner)
            for (s, t2) in intervals:
                if start < t2 and s < end:
                    e(f"overlapping span {inner!r}")
            intervals.append((start, end))
            cats.add(cat)
            # same text elsewhere but unlabelled? (review aid)
            n = text.count(inner)
            labelled = sum(1 for x in spans if locate(text, x[0], x[2] if len(x) > 2 else 0)[1] == inner)
            if n > labelled and len(inner) > 2:
                warnings.append(f"{mid}: {inner!r} occurs {n}x, labelled {labelled}x")
            phi.append({"start": u16(text[:start]), "end": u16(text[:end]), "category": cat})
        phi.sort(key=lambda p: (p["start"], p["end"]))
        # verdict rules from corpus/README.md
        if verdict == "BLOCK" and not why: e("BLOCK without why")
        if verdict in ("REWRITE", "BLOCK") and not phi: e(f"{verdict} without any span")
        if "SSN" in cats and verdict != "BLOCK": e("SSN span on a non-BLOCK line")
        if "hard-negative" in tags and (verdict != "ALLOW" or phi): e("hard-negative must be ALLOW with no span")
        if verdict == "ALLOW":
            bad = cats - ALLOW_OK if channel != "portal" else cats & {"SSN"}
            if bad: e(f"ALLOW line with {sorted(bad)}")
        if "practice-contact" in tags and not cats & CONTACT: e("practice-contact without a contact span")
        if "third-party" in tags and verdict == "ALLOW" and channel != "portal" and cats - ALLOW_OK:
            e("third-party ALLOW with a clinical span")
        # derived tags
        tg = set(tags)
        if lang == "es": tg.add("spanish")
        if any(FORMAT_CHARS(ch) for ch in text): tg.add("zero-width")
        if any(unicodedata.name(ch, "").startswith(("GREEK", "CYRILLIC")) for ch in text): tg.add("confusable")
        if any(0xFF01 <= ord(ch) <= 0xFF5E for ch in text): tg.add("fullwidth")
        if any(is_emoji(ch) for ch in text): tg.add("emoji")
        if "\n" in text: tg.add("multiline")
        if u16(text) >= 500: tg.add("long")
        if PLACEHOLDER_RE.search(text): tg.add("template")
        if cats & ID_CATS: tg.add("identifier")
        if tg & (DISGUISES | {"zero-width", "confusable", "fullwidth"}): tg.add("adversarial")
        rec = {"id": mid, "text": text, "verdict": verdict, "purpose": purpose, "channel": channel,
               "lang": lang, "phi": phi, "tags": sorted(tg), "why": why}
        out.append(rec)
    return out, errors, warnings


def dumps(rec):
    s = json.dumps(rec, ensure_ascii=False)
    return "".join(f"\\u{ord(ch):04x}" if FORMAT_CHARS(ch) else ch for ch in s)


def main():
    out, errors, warnings = build()
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for er in errors:
            print("error:", er, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(dumps(rec) + "\n")
    # round-trip check: offsets point at the intended text in UTF-16
    for line in open(OUT, encoding="utf-8"):
        rec = json.loads(line)
        b = rec["text"].encode("utf-16-le")
        for p in rec["phi"]:
            assert b[2 * p["start"]:2 * p["end"]].decode("utf-16-le").strip(), (rec["id"], p)
    v = Counter(r["verdict"] for r in out)
    l = Counter(r["lang"] for r in out)
    vl = Counter((r["verdict"], r["lang"]) for r in out)
    n = len(out)
    print(OUT)
    print(f"messages: {n}")
    print("verdict:", {k: f"{v[k]} ({100 * v[k] / n:.0f}%)" for k in ("ALLOW", "REWRITE", "BLOCK")})
    print("lang:", {k: f"{l[k]} ({100 * l[k] / n:.0f}%)" for k in ("en", "es")})
    print("verdict x lang:", {f"{a}/{b}": vl[(a, b)] for a in ("ALLOW", "REWRITE", "BLOCK") for b in ("en", "es")})
    if "-v" in sys.argv:
        lens = sorted(u16(r["text"]) for r in out)
        print("length (UTF-16): min", lens[0], "median", lens[len(lens) // 2], "max", lens[-1])
        print("channel:", dict(Counter(r["channel"] for r in out)))
        print("purpose:", dict(Counter(r["purpose"] for r in out)))
        print("category:", dict(Counter(p["category"] for r in out for p in r["phi"])))
        print("tags:", dict(sorted(Counter(t for r in out for t in r["tags"]).items())))


if __name__ == "__main__":
    main()
