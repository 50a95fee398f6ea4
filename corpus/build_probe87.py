#!/usr/bin/env python3
"""Build corpus/probe87.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe87.py [OUT] [-v]   (default: probe87.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus's messages, source code or tests were read.

This round is TRANSLATED AND BILINGUAL TEMPLATES: what practices send when an English template is
machine- or staff-translated into Spanish, or sent in both languages at once — literal
translations with English word order and calques ("en 2:30 PM", "están de vuelta", "usted está
debido", "estamos mirando adelante a verle"), merge fields and EHR values left in English inside
a Spanish frame ("su cita para MAMMOGRAM SCREENING BILATERAL es el Tuesday, April 6"),
half-translated field labels, mixed-language lines, Spanglish from bilingual staff ("su
appointment", "el refill", "la referral", "la aseguranza", "el claim"), English written by
Spanish-speaking staff, machine-translated names (Dr. Brown -> "Dr. Marrón", a patient Faith ->
"Fe", "Hope Cancer Care" -> "Clínica de Esperanza para el Cuidado del Cáncer"), and native Spanish
written by Spanish-speaking staff for comparison. It covers reminders, confirmations,
results-ready notices, results, refills and pickups, referrals, billing, prep instructions and
broadcasts, with look-alikes: "presión de agua", "resultados del sorteo", "receta de cocina",
Farmacia San Pablo as a pharmacy name, "Dr." as a street abbreviation ("Dr. Martin Luther King
Jr. Dr.") and in a holiday's name, "operación" as a payment, a "positive" balance, a "mensaje de
prueba". 60% Spanish; four disguised messages (zero-width, leet, spaced letters, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned, as D1..D16):
  D1. A bilingual message (both versions in one text) takes the `lang` of the version shown
      first; a term repeated in both halves is labelled in both.
  D2. An English value rendered by the EHR into a Spanish template (visit type, department, drug
      field) is labelled exactly like the same term in prose; the Spanish frame changes nothing.
  D3. Machine-translated names keep their role: a provider's surname translated (Brown ->
      "Marrón") is still PROVIDER; a patient's first name translated into a common word (Faith ->
      "Fe") is still NAME; a translated practice name that reveals a specialty ("Clínica de
      Esperanza para el Cuidado del Cáncer") is still SPECIALTY.
  D4. "Dr." inside a street name ("Dr. Martin Luther King Jr. Dr.") is part of the ADDRESS span,
      never PROVIDER; the honoree of a holiday ("Día del Dr. Martin Luther King Jr.") is not a
      provider and is not labelled.
  D5. Spanish drug phrases with the form word first ("inhalador de albuterol") are one MEDICATION
      span, mirroring the README's "cortisone injection".
  D6. Preparation instructions: logistics that only name the test (arrive early, no metal, full
      bladder, a driver, no caffeine) are REWRITE (the test name goes); instructions to take,
      hold or change a drug (bowel-prep doses, hold metoprolol or Eliquis, how to take a refill)
      are dosing instructions, BLOCK; fasting for unnamed blood work is ALLOW with no span.
      "Preparación"/"prep" of a named procedure is PROCEDURE (README: colonoscopy prep).
  D7. A diagnosis stated as the patient's on a bill or EOB (ICD-10 code and description) is a
      diagnosis, BLOCK even though the bill's purpose would survive; the code and the
      description are separate CONDITION spans.
  D8. Payment confirmation codes and raffle ticket numbers are not labelled (they identify a
      transaction or a ticket, not a patient).
  D9. A retail pharmacy's name ("Farmacia San Pablo", a saint's name) is generic like
      "... Pharmacy" and is not labelled; in the pharmacy's own message its store address and
      phone are practice contact details (labelled, ALLOW).
  D10. A message addressed to the members of a condition program ("Programa de Diabetes") is not
      a broadcast: the condition word is a CONDITION span and the line is REWRITE.
  D11. A hypothetical symptom screen sent to every patient ("si tiene fiebre, tos...") is a
      broadcast: ALLOW, no span (tagged negation).
  D12. Glucose test strips are a device/supply: PROCEDURE (README: devices are PROCEDURE).
  D13. "Presión" as a measured value ("su presión hoy fue 158/96") is the measure, PROCEDURE, with
      the value as RESULT (README: home BP log); "el follow up de su presión" uses blood pressure
      as a visit label and is CONDITION. Oxygen saturation ("el oxígeno le dio 89%") is likewise
      PROCEDURE + RESULT, and 89% is not an age.
  D14. Terms of endearment ("mija") are not names; staff first names as senders ("Karla, front
      desk", "le habla Betty de billing") are PROVIDER (README's workforce rule).
  D15. A provider's fixed video-visit room link without a patient token is the practice's own URL.
  D16. A surgery-center name ("Lakeview Surgery Center", "Centro Quirúrgico del Valle") is
      generic (the README's revealing list does not include it, and "surgery" alone is generic);
      a specialist office's phone in a referral is labelled PHONE like a practice contact.
  Sleep medicine has no service tag: the sleep-study line is tagged `lab` (a diagnostic study).

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cl0001-cl0012): reminders, literal translations, portal notices
add(
    ("cl0001", "Recordatorio de cita: Usted tiene una cita con Dr. Harris en 03/14/2027 en 2:30 PM. Por favor llegue 15 minutos temprano. Responda C para confirmar o R para reprogramar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Harris", "PROVIDER"), ("03/14/2027", "DATE")],
     ["primary-care", "contrast"], "Machine translation of cl0002 keeping English word order ('en 03/14/2027 en 2:30 PM', month-first date): provider and appointment date are allowed, so the translation changes nothing."),
    ("cl0002", "Appointment Reminder: You have an appointment with Dr. Harris on 03/14/2027 at 2:30 PM. Please arrive 15 minutes early. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Harris", "PROVIDER"), ("03/14/2027", "DATE")],
     ["primary-care", "contrast"], "English source template of cl0001: provider, date and time only."),
    ("cl0003", "Recordatorio: su cita para MAMMOGRAM SCREENING BILATERAL es el Tuesday, April 6 a las 9:15 AM en Imaging Center of Westlake. Traiga su tarjeta de seguro y llegue 15 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("MAMMOGRAM SCREENING BILATERAL", "PROCEDURE"), ("April 6", "DATE"), ("Imaging Center of Westlake", "SPECIALTY")],
     ["imaging"], "Spanish template whose merge fields were filled from the English EHR (D2): the visit type and the imaging-center name go, the date and time stay."),
    ("cl0004", "Hola, le recordamos su cita el {{appt_date}} a las {{appt_time}} con {{provider_name}} en {{location_name}}. Para cancelar responda CANCELAR. To cancel reply CANCEL. Msg&data rates may apply.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "template"], "Half-translated vendor template: only content-free placeholders (date, time, provider, location) and an English opt-out line the translator left alone."),
    ("cl0005", "Hola Yesenia! Le recuerdo su appointment con la Dra. Beltrán mañana a las 10. Es el follow up de su presión, traiga su lista de medicinas porfa 🙂 - Karla, front desk",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("Dra. Beltrán", "PROVIDER"), ("presión", "CONDITION"), ("Karla", "PROVIDER")],
     ["primary-care", "shorthand"], "Spanglish from bilingual staff; 'el follow up de su presión' uses blood pressure as a visit label (D13: CONDITION). Name and condition go; provider, time and the staff sender (D14: PROVIDER) stay."),
    ("cl0006", "Hi Mr. Quintanilla, this is Marisol from Clínica del Corazón. Reminder: your echo is Thursday 5/20 at 8am. Please arrive 15 min early. ¡Gracias!",
     "REWRITE", "reminder", "sms", "en",
     [("Quintanilla", "NAME"), ("Marisol", "PROVIDER"), ("Clínica del Corazón", "SPECIALTY"), ("echo", "PROCEDURE"), ("5/20", "DATE")],
     ["cardiology"], "English from bilingual staff with a Spanish cardiology practice name ('heart clinic'): patient name, practice name and test go; the sender is workforce (PROVIDER)."),
    ("cl0007", "Este es un mensaje de Centro de Salud Familiar Las Lomas para recordarle de su cita mañana miércoles a las nueve y media de la mañana con la doctora Inés Paredes. Si necesita cambiarla llámenos al 915-555-0117. Gracias y que tenga un buen día.",
     "ALLOW", "reminder", "voice", "es",
     [("doctora Inés Paredes", "PROVIDER"), ("915-555-0117", "PHONE")],
     ["primary-care", "practice-contact"], "IVR script translated by staff ('recordarle de su cita' is a calque): generic practice, the provider written out as 'doctora', a time and the practice's own number."),
    ("cl0008", "Aviso: Todas las oficinas de Centro Médico Familiar Río Bravo estarán cerradas este lunes en observancia del Día del Dr. Martin Luther King Jr. Las líneas de enfermería siguen abiertas. Reabrimos el martes a las 8 am.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "D4: the honoree of a holiday after 'Dr.' is not a provider and is not labelled; weekdays are not dates. Sent to every patient."),
    ("cl0009", "Northside Family Health has moved! Starting June 1 our new address is 2150 Dr. Martin Luther King Jr. Dr., Suite 110, Tampa, FL 33610. Same phone: (813) 555-0162. / ¡Nos mudamos! Misma dirección de arriba, mismo teléfono.",
     "ALLOW", "other", "sms", "en",
     [("June 1", "DATE"), ("2150 Dr. Martin Luther King Jr. Dr., Suite 110, Tampa, FL 33610", "ADDRESS"), ("(813) 555-0162", "PHONE")],
     ["general", "broadcast", "practice-contact"], "D4: both 'Dr.' belong to the practice's own street address (one ADDRESS span), not to a provider; the moving date is a calendar date (DATE, allowed). D1: English first."),
    ("cl0010", "Sus resultados de laboratorio están de vuelta. Su nivel de A1C es 8.1, que es alto. Por favor haga una cita para discutir su diabetes con su proveedor.",
     "BLOCK", "result", "sms", "es",
     [("A1C", "PROCEDURE"), ("8.1", "RESULT"), ("alto", "RESULT"), ("diabetes", "CONDITION")],
     ["lab"], "Literal translation of 'your lab results are back, your A1C is 8.1, which is high': the value and the diagnosis are the message, removal cannot make it safe."),
    ("cl0011", "You have a new message from your care team. Log in to read it: https://portal.example.org / Tiene un mensaje nuevo de su equipo médico. Inicie sesión para leerlo. Do not reply to this text / No responda a este texto.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://portal.example.org", "URL")],
     ["general", "practice-contact"], "Bilingual portal notice (D1: English first) with the practice's own link and no token."),
    ("cl0012", "Buenas tardes Sra. Olmos, sus resultados del ultrasonido pélvico ya están en el portal. Cualquier pregunta nos llama. Clínica de la Mujer Santa Elena",
     "REWRITE", "portal-notice", "sms", "es",
     [("Olmos", "NAME"), ("ultrasonido pélvico", "PROCEDURE"), ("Clínica de la Mujer Santa Elena", "SPECIALTY")],
     ["reproductive"], "Results-ready notice naming the test and a women's-health practice but no value: without name, test and practice name it says only that results are in the portal (REWRITE)."),
)

# ---------------------------------------------------------------- batch 2 (cl0013-cl0024): results-ready notices and results
add(
    ("cl0013", "Results of our Spanish-language patient survey are in: 92% of you said our bilingual staff made your visit easier. ¡Gracias! Full results are posted in our waiting rooms.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Results' and a percentage from a patient survey, sent to every patient."),
    ("cl0014", "¡Resultados del sorteo de la Feria de Salud! El boleto ganador de la canasta es el número 0417. Si es suyo, pase a la recepción antes del viernes con su boleto. ¡Gracias por participar!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Raffle results; the ticket number identifies a ticket, not a patient (D8)."),
    ("cl0015", "Hola, le escribe la enfermera Rocío de Clínica Familiar San Martín. Su prueba de embarazo salió negativa. Si tiene preguntas llámenos.",
     "BLOCK", "result", "sms", "es",
     [("enfermera Rocío", "PROVIDER"), ("prueba de embarazo", "PROCEDURE"), ("negativa", "RESULT")],
     ["reproductive"], "A negative result is still a result (README), and the test itself is reproductive care."),
    ("cl0016", "Your lab results are normal. No action is needed. / Sus resultados de laboratorio son normales. No se necesita ninguna acción. - Dr. Kaplan's office",
     "BLOCK", "result", "sms", "en",
     [("normal", "RESULT"), ("normales", "RESULT"), ("Dr. Kaplan", "PROVIDER")],
     ["lab"], "A normal result stated in both languages (README: normal is still a result); D1: labelled in both halves, lang of the first."),
    ("cl0017", "Sus resultados de la prueba de VIH están listos. Por favor llame a la clínica al (305) 555-0139 para recibirlos; por su privacidad no damos resultados por texto.",
     "REWRITE", "portal-notice", "sms", "es",
     [("prueba de VIH", "PROCEDURE"), ("(305) 555-0139", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Results-ready notice naming the test but giving no result: without the test name it is a plain call-back (REWRITE)."),
    ("cl0018", "Sra. Vega, ya llegaron los resultados de su hijo Mateo: la prueba de estreptococo salió positiva. La Dra. Luna le mandó amoxicilina a la Farmacia San Pablo, dele 1 cucharadita dos veces al día por 10 días.",
     "BLOCK", "result", "sms", "es",
     [("Vega", "NAME"), ("Mateo", "NAME"), ("prueba de estreptococo", "PROCEDURE"), ("positiva", "RESULT"), ("Dra. Luna", "PROVIDER"), ("amoxicilina", "MEDICATION")],
     ["pediatrics", "third-party", "minor", "pharmacy"], "A child's positive result and dosing sent to the parent: a third party's health and a dose instruction. Farmacia San Pablo is a retail pharmacy's name (D9), not labelled."),
    ("cl0019", "Your results from Valley Diagnostic Imaging are ready. View them here: https://valleydx.example.com/results?pid=448812 — Para ver en español, toque el enlace y elija Español.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Valley Diagnostic Imaging", "SPECIALTY"), ("https://valleydx.example.com/results?pid=448812", "URL")],
     ["imaging"], "Imaging-center name goes; the link carries a patient parameter (README: patient-specific URL, REWRITE)."),
    ("cl0020", "Su radiografía del pecho muestra neumonía en el pulmón derecho. El proveedor ha enviado un antibiótico a su farmacia. Por favor tome todas las pastillas aunque se sienta mejor.",
     "BLOCK", "result", "sms", "es",
     [("radiografía del pecho", "PROCEDURE"), ("neumonía", "CONDITION"), ("antibiótico", "MEDICATION")],
     ["primary-care", "imaging"], "Machine translation of 'your chest x-ray shows pneumonia' ('radiografía del pecho', 'el proveedor'): a finding plus treatment."),
    ("cl0021", "Resultado de laboratorio — Colesterol LDL: 162 mg/dL (H). Nota del Dr. Aranda: Su colesterol está un poco alto; hablaremos de opciones en su próxima cita.",
     "ALLOW", "result", "portal", "es",
     [("Colesterol LDL", "PROCEDURE"), ("162 mg/dL", "RESULT"), ("mg/dL ([[H]])", "RESULT"), ("Dr. Aranda", "PROVIDER"), ("colesterol", "PROCEDURE"), ("un poco alto", "RESULT")],
     ["lab", "contrast"], "Portal channel: values and findings may stay (README). Contrast with cl0022, the same content by SMS."),
    ("cl0022", "Resultado: Colesterol LDL 162 mg/dL (H). Su colesterol está un poco alto, hablaremos de opciones en su próxima cita. - Dr. Aranda",
     "BLOCK", "result", "sms", "es",
     [("Colesterol LDL", "PROCEDURE"), ("162 mg/dL", "RESULT"), ("mg/dL ([[H]])", "RESULT"), ("colesterol", "PROCEDURE"), ("un poco alto", "RESULT"), ("Dr. Aranda", "PROVIDER")],
     ["lab", "contrast"], "The value and flag of cl0021 sent by SMS: the result is the message."),
    ("cl0023", "Results ready in the portal / Resultados listos en el portal.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "hard-negative"], "No test named and no value (README: ALLOW)."),
    ("cl0024", "Hola Don Chuy, ya llegaron los results de su colonoscopy, le encontraron 2 polyps chiquitos y la doctora quiere que haga un appointment para explicarle. Llámenos cuando pueda 🙏",
     "BLOCK", "result", "sms", "es",
     [("Chuy", "NAME"), ("colonoscopy", "PROCEDURE"), ("2 polyps chiquitos", "RESULT")],
     ["primary-care", "shorthand"], "Spanglish finding ('le encontraron 2 polyps'): the finding is the message (README: 'no polyps' is a RESULT, so polyps found are too)."),
)

# ---------------------------------------------------------------- batch 3 (cl0025-cl0036): refills, pickups, prior authorization, recipes
add(
    ("cl0025", "Farmacia San Pablo: Su receta está lista para recoger. Horario: L-S 8am-9pm, Dom 10am-6pm. Responda ALTO para no recibir más mensajes.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "D9: a pharmacy named after a saint is neither a patient nor a provider, and 'receta' is generic; no drug named."),
    ("cl0026", "Farmacia San Pablo: su refill de LISINOPRIL 20MG TAB está listo para pickup. Rx #6630125. Total: $4.00. Responda ALTO para cancelar.",
     "REWRITE", "pickup", "sms", "es",
     [("LISINOPRIL 20MG TAB", "MEDICATION"), ("6630125", "OTHER_ID")],
     ["pharmacy"], "Spanish pickup template with the drug field rendered in English (D2): the drug (with its strength and form) and the Rx number (README: OTHER_ID) go."),
    ("cl0027", "CityPlus Pharmacy: Your prescription for SERTRALINE HCL 50 MG is ready. / Su receta de SERTRALINE HCL 50 MG está lista. Reply STOP to opt out / Responda STOP para cancelar.",
     "REWRITE", "pickup", "sms", "en",
     [("SERTRALINE HCL 50 MG", "MEDICATION", 0), ("SERTRALINE HCL 50 MG", "MEDICATION", 1)],
     ["pharmacy", "behavioral-health"], "The drug name in both halves of a bilingual pickup notice (D1); both go, the pickup survives."),
    ("cl0028", "Su medico cambio la dosis de su insulina. Ahora inyecte 24 unidades de Lantus en la noche en vez de 20. Si tiene el azucar baja llame a la clinica.",
     "BLOCK", "care-instructions", "sms", "es",
     [("insulina", "MEDICATION"), ("Lantus", "MEDICATION"), ("azucar baja", "CONDITION")],
     ["primary-care", "typo"], "A dose change is a treatment instruction; staff typed without accents."),
    ("cl0029", "Buenas, el Dr. Ochoa aprobó el refill de su inhalador de albuterol. Ya lo mandamos a la farmacia que tenemos en su expediente. Saludos, Clínica Familiar Valle Verde.",
     "REWRITE", "pickup", "sms", "es",
     [("Dr. Ochoa", "PROVIDER"), ("inhalador de albuterol", "MEDICATION")],
     ["primary-care", "pharmacy"], "D5: form word first in Spanish, one MEDICATION span; without the drug it is a plain refill notice."),
    ("cl0030", "Your order is ready for pickup at Farmacia San Pablo, 1420 S. Zarzamora St., San Antonio, TX 78207. / Su pedido está listo. ¿Preguntas? (210) 555-0125",
     "ALLOW", "pickup", "sms", "en",
     [("1420 S. Zarzamora St., San Antonio, TX 78207", "ADDRESS"), ("(210) 555-0125", "PHONE")],
     ["pharmacy", "practice-contact"], "D9: the pharmacy's own store address and phone are practice contact details; no drug named."),
    ("cl0031", "Good news! Your insurance approved the prior authorization for Ozempic 0.5 mg. You can pick it up at your pharmacy. / ¡Buenas noticias! Su seguro aprobó la autorización previa para Ozempic 0.5 mg. - Northside Endocrinology",
     "REWRITE", "other", "sms", "en",
     [("Ozempic 0.5 mg", "MEDICATION", 0), ("Ozempic 0.5 mg", "MEDICATION", 1), ("Northside Endocrinology", "SPECIALTY")],
     ["pharmacy"], "Drug (twice, D1) and endocrinology practice name go; the approval notice survives."),
    ("cl0032", "Reminder: do NOT take your metformin the morning of your procedure, and stop Eliquis 2 days before your colonoscopy. / Recuerde: NO tome su metformina la mañana del procedimiento y deje de tomar Eliquis 2 días antes de su colonoscopia.",
     "BLOCK", "care-instructions", "sms", "en",
     [("metformin", "MEDICATION"), ("Eliquis", "MEDICATION", 0), ("colonoscopy", "PROCEDURE"), ("metformina", "MEDICATION"), ("Eliquis", "MEDICATION", 1), ("colonoscopia", "PROCEDURE")],
     ["primary-care"], "D6: hold/stop instructions for named drugs are dosing instructions, in both languages (D1)."),
    ("cl0033", "Recipe of the month / Receta del mes: black bean soup with cilantro and lime — sopa de frijoles negros con cilantro y limón. Full recipe in our newsletter. ¡Buen provecho!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Receta' is a cooking recipe, sent to every patient."),
    ("cl0034", "¡Nueva receta de cocina en nuestro boletín! Arroz con pollo bajo en sal, fácil y rápido. Compártala con su familia. — Centro de Salud Comunitario Valle Verde",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "broadcast", "hard-negative"], "A 'receta de cocina' (recipe), not a prescription; low-salt cooking for every patient."),
    ("cl0035", "Hola! Según nuestros récords el refill de su atorvastatina se vence pronto. Conteste SÍ para que se lo mandemos a la pharmacy de siempre.",
     "REWRITE", "reminder", "sms", "es",
     [("atorvastatina", "MEDICATION")],
     ["pharmacy", "primary-care"], "Spanglish refill reminder ('récords', 'el refill', 'la pharmacy'): the drug goes, the reminder survives."),
    ("cl0036", "Due to a nationwide shortage, your Adderall XR 20 mg for ADHD could not be filled today. Please talk to your psychiatrist about alternatives. Para español, llame al (702) 555-0186.",
     "REWRITE", "pickup", "sms", "en",
     [("Adderall XR 20 mg", "MEDICATION"), ("ADHD", "CONDITION"), ("psychiatrist", "SPECIALTY"), ("(702) 555-0186", "PHONE")],
     ["behavioral-health", "pharmacy", "practice-contact"], "Drug, condition and specialty go; 'your prescription could not be filled, talk to your doctor' survives."),
)

# ---------------------------------------------------------------- batch 4 (cl0037-cl0048): referrals, translated practice names, water pressure
add(
    ("cl0037", "Hola Sr. Cárdenas, le aviso que la referral para el cardiólogo ya fue aprobada por su aseguranza. Le van a llamar de Heartland Cardiology para agendar. Saludos, Pily",
     "REWRITE", "other", "sms", "es",
     [("Cárdenas", "NAME"), ("cardiólogo", "SPECIALTY"), ("Heartland Cardiology", "SPECIALTY"), ("Pily", "PROVIDER")],
     ["cardiology"], "Spanglish ('la referral', 'aseguranza'): name, specialist role and cardiology practice go; the staff sender is PROVIDER (D14)."),
    ("cl0038", "Your referral has been sent. The specialist's office will call you within 5 business days. / Su referido fue enviado; la oficina del especialista le llamará en 5 días hábiles.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "No specialty named: 'specialist' alone is generic (judgement)."),
    ("cl0039", "Su remisión a Neurología ha sido procesada. Por favor llame a la Oficina de Neurología de Lakeside al (713) 555-0148 para hacer una cita. Gracias por escoger nosotros.",
     "REWRITE", "other", "sms", "es",
     [("Neurología", "SPECIALTY", 0), ("Oficina de Neurología de Lakeside", "SPECIALTY"), ("(713) 555-0148", "PHONE")],
     ["primary-care", "practice-contact"], "Machine translation ('remisión', 'escoger nosotros'): the specialty and the office name that carries it go; the specialist office's number is labelled like a practice contact (D16)."),
    ("cl0040", "La Dra. Ferrer lo refirió a oncología porque la biopsia de la próstata mostró células cancerosas. La oficina de oncología le va a llamar esta semana para la primera cita.",
     "BLOCK", "other", "sms", "es",
     [("Dra. Ferrer", "PROVIDER"), ("oncología", "SPECIALTY", 0), ("biopsia de la próstata", "PROCEDURE"), ("células cancerosas", "RESULT"), ("oncología", "SPECIALTY", 1)],
     ["oncology"], "A referral that states the finding behind it (cancer cells on a prostate biopsy): the finding is the message."),
    ("cl0041", "Su referido a terapia física ya está listo. La resonancia mostró un desgarre del menisco, así que el Dr. Ibáñez quiere 6 semanas de terapia antes de pensar en cirugía. Ortho & Sports PT Westside le va a llamar.",
     "BLOCK", "other", "sms", "es",
     [("terapia física", "PROCEDURE"), ("resonancia", "PROCEDURE"), ("desgarre del menisco", "CONDITION"), ("Dr. Ibáñez", "PROVIDER"), ("Ortho & Sports PT Westside", "SPECIALTY")],
     ["physical-therapy", "orthopedics", "typo"], "MRI finding (a meniscus tear, misspelt 'desgarre') and the treatment plan: BLOCK. 'terapia' alone and 'cirugía' stay generic."),
    ("cl0042", "Update on your referral / Actualización de su referido: Bayview Behavioral Health received your referral and will call you to schedule a first appointment. Bayview Behavioral Health recibió su referido y le llamará para programar su primera cita.",
     "REWRITE", "other", "email", "en",
     [("Bayview Behavioral Health", "SPECIALTY", 0), ("Bayview Behavioral Health", "SPECIALTY", 1)],
     ["behavioral-health"], "A specialty-revealing practice name in both halves (D1); both go, the referral update survives."),
    ("cl0043", "Buenos días. Le informamos que su referido fue aprobado. Su cita con el Dr. Esteban Ruiz es el 22 de abril a las 11:00 en nuestra oficina de 480 Dr. Martin Luther King Jr. Dr., Suite 200. Favor de llegar 20 minutos antes con su identificación.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dr. Esteban Ruiz", "PROVIDER"), ("22 de abril", "DATE"), ("480 Dr. Martin Luther King Jr. Dr., Suite 200", "ADDRESS")],
     ["general", "practice-contact"], "D4 in Spanish: the street 'Dr.' is part of the practice's own address; the real provider is PROVIDER; no specialty named."),
    ("cl0044", "Hola Mari, soy Lupita de la clínica. Tu mamá, Doña Elena, ya tiene la referral para el nefrólogo porque sus riñones están trabajando al 30%. Avísame si la puedes llevar el martes.",
     "BLOCK", "other", "sms", "es",
     [("Mari", "NAME"), ("Lupita", "PROVIDER"), ("Elena", "NAME"), ("nefrólogo", "SPECIALTY"), ("30%", "RESULT")],
     ["primary-care", "third-party"], "A mother's kidney function sent to her daughter: a third party's health and a result (README)."),
    ("cl0045", "Hi Rosa, quick reminder from Maple Grove Family Medicine: your referral to the GI specialist expires 7/31. Please schedule before then. Para español llame al (505) 555-0104.",
     "REWRITE", "reminder", "sms", "en",
     [("Rosa", "NAME"), ("GI", "SPECIALTY"), ("7/31", "DATE"), ("(505) 555-0104", "PHONE")],
     ["primary-care", "practice-contact"], "Patient name and the GI specialty go; the expiry date and the practice's number stay."),
    ("cl0046", "Recordatorio de Clínica de Esperanza para el Cuidado del Cáncer: su cita de infusión es el 3 de mayo a las 9:00. Puede comer algo ligero antes de venir.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica de Esperanza para el Cuidado del Cáncer", "SPECIALTY"), ("infusión", "PROCEDURE"), ("3 de mayo", "DATE")],
     ["oncology"], "D3: a machine-translated practice name ('Hope Cancer Care') still reveals oncology; the infusion visit type goes too."),
    ("cl0047", "Aviso a nuestros pacientes: mañana de 7 a 11 am habrá baja presión de agua en el edificio por trabajos de la ciudad. Las citas siguen igual. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Presión' is the building's water pressure; sent to every patient."),
    ("cl0048", "Free blood pressure checks this Saturday at our health fair! / ¡Chequeo gratis de presión arterial este sábado en nuestra feria de salud! No appointment needed / No necesita cita.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast of free blood-pressure checks (README: ALLOW, no span), in both languages."),
)

# ---------------------------------------------------------------- batch 5 (cl0049-cl0060): billing, statements, EOBs, collections
add(
    ("cl0049", "Statement available / Estado de cuenta disponible: You have a balance of $85.40 with Las Lomas Family Health. Tiene un balance de $85.40. Pay at pagos.example.org or call 915-555-0117.",
     "ALLOW", "billing", "sms", "en",
     [("pagos.example.org", "URL"), ("915-555-0117", "PHONE")],
     ["general", "practice-contact"], "Bilingual statement notice ('balance' kept as Spanglish) with the practice's own link and number; D1: English first."),
    ("cl0050", "Account #A-0078812: balance $240.00 for services on 2/14/2027 (ECHOCARDIOGRAM). To set up a payment plan call Billing. Para español, marque 2.",
     "REWRITE", "billing", "sms", "en",
     [("A-0078812", "ACCOUNT"), ("2/14/2027", "DATE"), ("ECHOCARDIOGRAM", "PROCEDURE")],
     ["cardiology"], "Account number and the test on the line item go; balance and date of service stay."),
    ("cl0051", "Statement from Sunrise Oncology Associates: balance due $1,312.50. / Estado de cuenta de Sunrise Oncology Associates: saldo de $1,312.50. Pay online: https://pay.example.com",
     "REWRITE", "billing", "sms", "en",
     [("Sunrise Oncology Associates", "SPECIALTY", 0), ("Sunrise Oncology Associates", "SPECIALTY", 1), ("https://pay.example.com", "URL")],
     ["oncology", "practice-contact"], "Oncology practice name in both halves (D1) goes; the practice's own payment link stays."),
    ("cl0052", "Su operación fue exitosa. Recibimos su pago de $50.00, número de confirmación 88341-B. Gracias, Clínica Familiar Valle Verde.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "'Operación' is the payment transaction, not surgery; D8: a payment confirmation code is not labelled."),
    ("cl0053", "To finish your financial assistance application, please confirm your Social Security number 078-05-1120 and date of birth 04/09/1981. / Para terminar su solicitud, confirme su número de seguro social y fecha de nacimiento. Reply YES / Responda SÍ.",
     "BLOCK", "billing", "sms", "en",
     [("078-05-1120", "SSN"), ("04/09/1981", "DATE")],
     ["general", "dob"], "An SSN must never travel by text (DESIGN); the date of birth comes with it."),
    ("cl0054", "Thank you for visiting Westside Family Clinic! We received your $40 copay. / ¡Gracias por su visita! Recibimos su copago de $40.",
     "ALLOW", "billing", "sms", "en", [],
     ["primary-care"], "Copay receipt from a generic practice; no service named."),
    ("cl0055", "Hola, le habla Betty de billing. Su aseguranza negó el claim de su MRI de la espalda porque falta la autorización. No se preocupe, ya lo estamos apelando. Claim #CLM-2027-004418.",
     "REWRITE", "billing", "sms", "es",
     [("Betty", "PROVIDER"), ("MRI de la espalda", "PROCEDURE"), ("CLM-2027-004418", "OTHER_ID")],
     ["imaging"], "Spanglish billing ('el claim', 'aseguranza'): the test and the claim number (README: OTHER_ID) go; the denial is administrative, not clinical. Sender is staff (D14)."),
    ("cl0056", "Explicación de beneficios - Servicio: consulta médica del 3/3. Diagnóstico: F33.1 Trastorno depresivo mayor, recurrente, moderado. Pagado por el plan: $95.00. Usted debe: $35.00.",
     "BLOCK", "billing", "sms", "es",
     [("3/3", "DATE"), ("F33.1", "CONDITION"), ("Trastorno depresivo mayor, recurrente, moderado", "CONDITION")],
     ["behavioral-health"], "D7: a diagnosis stated as the patient's (ICD-10 code and description) is a diagnosis, BLOCK even on an EOB."),
    ("cl0057", "Positive balance alert: you have a credit of $12.00 on your account. / Saldo a favor: tiene un crédito de $12.00. We'll apply it to your next visit.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'Positive' is a credit balance, not a result."),
    ("cl0058", "Your estimate for wisdom teeth extraction at Sonrisa Brillante Dental is $1,150; insurance may cover part. / Su estimado para la extracción de muelas del juicio es $1,150. Call to schedule / Llame para programar.",
     "REWRITE", "billing", "sms", "en",
     [("wisdom teeth extraction", "PROCEDURE"), ("Sonrisa Brillante Dental", "SPECIALTY"), ("extracción de muelas del juicio", "PROCEDURE")],
     ["dental"], "English template with a Spanish dental practice name: procedure (both languages, D1) and dental name go; the estimate survives."),
    ("cl0059", "Reminder: your deductible resets on January 1. / Recuerde: su deducible se reinicia el 1 de enero. Questions about your coverage? ¿Preguntas? (956) 555-0150",
     "ALLOW", "billing", "sms", "en",
     [("January 1", "DATE"), ("1 de enero", "DATE"), ("(956) 555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Benefit-year notice to every patient; the dates are calendar dates (allowed) and the number is the practice's."),
    ("cl0060", "Collections notice: the $620 balance on your husband Ramón Téllez's account for dialysis treatment is past due. / Aviso de cobro: el saldo de $620 de su esposo por el tratamiento de diálisis está vencido. Call / Llame (956) 555-0150.",
     "BLOCK", "billing", "sms", "en",
     [("Ramón Téllez", "NAME"), ("dialysis", "PROCEDURE"), ("diálisis", "PROCEDURE"), ("(956) 555-0150", "PHONE")],
     ["dialysis", "third-party", "practice-contact"], "A husband's dialysis named on the guarantor's bill: a third party's health (README verdict conventions)."),
)

# ---------------------------------------------------------------- batch 6 (cl0061-cl0072): preparation and care instructions
add(
    ("cl0061", "Preparación para su colonoscopia: a las 6 pm tome la mitad de la botella de SUPREP mezclada con agua fría, y la otra mitad a las 5 am. Solo líquidos claros todo el día de mañana. Nada por boca 2 horas antes.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Preparación", "PROCEDURE"), ("colonoscopia", "PROCEDURE"), ("SUPREP", "MEDICATION")],
     ["primary-care", "contrast"], "D6: bowel-prep doses are dosing instructions; contrast with the bilingual cl0062 and the dose-free logistics of cl0063."),
    ("cl0062", "Colonoscopy prep / Preparación: Drink the first half of your MoviPrep at 6 PM and the second half at 5 AM. / Tome la primera mitad de su MoviPrep a las 6 PM y la segunda a las 5 AM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Colonoscopy", "PROCEDURE"), ("prep", "PROCEDURE"), ("Preparación", "PROCEDURE"), ("MoviPrep", "MEDICATION", 0), ("MoviPrep", "MEDICATION", 1)],
     ["primary-care", "contrast"], "D6 and D1: the same kind of dosing instruction in both languages."),
    ("cl0063", "Para su resonancia magnética del jueves: no traiga joyas ni objetos de metal y llegue 30 minutos antes para llenar papeles. Imagen Diagnóstica del Sur, (956) 555-0172.",
     "REWRITE", "care-instructions", "sms", "es",
     [("resonancia magnética", "PROCEDURE"), ("Imagen Diagnóstica del Sur", "SPECIALTY"), ("(956) 555-0172", "PHONE")],
     ["imaging", "practice-contact"], "D6: prep logistics with no drug; the test and the imaging-center name go, the instructions survive."),
    ("cl0064", "Para sus análisis de sangre de mañana: no coma nada después de las 10 de la noche. Puede tomar agua y sus medicinas de siempre. Traiga su identificación.",
     "ALLOW", "care-instructions", "sms", "es", [],
     ["lab", "hard-negative"], "D6: fasting for unnamed blood work ('análisis de sangre' is generic, README) reveals nothing."),
    ("cl0065", "Instrucciones antes de la cirugía: Tome su metoprolol con un sorbo de agua la mañana de su cirugía. NO tome su Jardiance por 3 días antes. Su cirugía de vesícula es el 8/9 en 7:00 AM.",
     "BLOCK", "care-instructions", "sms", "es",
     [("metoprolol", "MEDICATION"), ("Jardiance", "MEDICATION"), ("cirugía de vesícula", "PROCEDURE"), ("8/9", "DATE")],
     ["primary-care"], "Machine-translated pre-op instructions ('en 7:00 AM'): take/hold instructions for named drugs (D6)."),
    ("cl0066", "Reminder from Lakeview Surgery Center: your arrival time for cataract surgery on 10/2 is 6:45 AM. Someone must drive you home. / Alguien debe llevarle a su casa. Questions: (312) 555-0109",
     "REWRITE", "reminder", "sms", "en",
     [("cataract surgery", "PROCEDURE"), ("10/2", "DATE"), ("(312) 555-0109", "PHONE")],
     ["ophthalmology", "practice-contact"], "The procedure goes; D16: a surgery-center name is generic and stays."),
    ("cl0067", "Para su prueba de tolerancia a la glucosa de 3 horas venga en ayunas. Le daremos a tomar 100 g de glucosa y le sacaremos sangre cada hora. Como tuvo diabetes gestacional en su primer embarazo, la Dra. Quiroz quiere repetirla temprano.",
     "BLOCK", "care-instructions", "sms", "es",
     [("prueba de tolerancia a la glucosa", "PROCEDURE"), ("diabetes gestacional", "CONDITION"), ("embarazo", "CONDITION"), ("Dra. Quiroz", "PROVIDER")],
     ["reproductive"], "States a diagnosis (gestational diabetes in a past pregnancy) as the reason for the test and implies the current pregnancy: diagnoses are BLOCK (DESIGN), and the glucose drink is a test step, not a drug dose (judgement)."),
    ("cl0068", "Hola, le llamamos de Centro Quirúrgico del Valle para confirmar su procedimiento de mañana. Su hora de llegada es a las siete de la mañana. No coma ni beba nada después de la medianoche y traiga a alguien que lo lleve a casa. Si tiene preguntas, llame al 956-555-0181.",
     "ALLOW", "confirmation", "voice", "es",
     [("956-555-0181", "PHONE")],
     ["general", "practice-contact"], "Generic 'procedimiento' and a surgery-center name (D16); fasting and driver instructions for an unnamed procedure."),
    ("cl0069", "Hola Marisela, para su ultrasound del jueves tiene que venir con la vejiga llena: tómese 32 onzas de agua una hora antes y no vaya al baño 😅 Cualquier cosa me textea. -Vero, Radiology",
     "REWRITE", "care-instructions", "sms", "es",
     [("Marisela", "NAME"), ("ultrasound", "PROCEDURE"), ("Vero", "PROVIDER"), ("Radiology", "SPECIALTY")],
     ["imaging"], "D6: a full bladder is prep logistics, not a drug dose; name, test and department go (README: radiology role words are SPECIALTY)."),
    ("cl0070", "Test message: we are testing our new bilingual text system. No action needed. / Mensaje de prueba: estamos probando nuestro nuevo sistema de textos. No tiene que hacer nada.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Test' and 'prueba' of a messaging system."),
    ("cl0071", "Clínica Dental Sonrisas: Mañana es su endodoncia a las 3:00 pm con el Dr. Lomelí. Coma algo antes de venir. Si necesita cancelar avísenos con 24 horas.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica Dental Sonrisas", "SPECIALTY"), ("endodoncia", "PROCEDURE"), ("Dr. Lomelí", "PROVIDER")],
     ["dental"], "Dental practice name and the root canal go; time, provider and the instruction to eat survive."),
    ("cl0072", "Hola Sra. Peña, instrucciones de la Dra. Saldaña después de su biopsia de piel: limpie la herida con agua y jabón, ponga vaselina dos veces al día y cúbrala con una curita. El resultado de patología estará en 7 a 10 días.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Peña", "NAME"), ("Dra. Saldaña", "PROVIDER"), ("biopsia de piel", "PROCEDURE"), ("vaselina", "MEDICATION"), ("patología", "PROCEDURE")],
     ["dermatology"], "Wound-care treatment instructions after a named biopsy are the message."),
)

# ---------------------------------------------------------------- batch 7 (cl0073-cl0084): broadcasts and disguised messages
add(
    ("cl0073", "¡Ya llegaron las vacunas contra la influenza! Vacúnese sin cita de lunes a viernes de 8 a 5, niños de 6 meses en adelante también. Flu shots now available, no appointment needed.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative", "contrast"], "Broadcast to every patient (README); contrast with cl0074, the recipient's own flu-shot appointment."),
    ("cl0074", "Your flu shot appointment is Saturday 10/16 at 10:20. / Su cita para la vacuna contra la gripe es el sábado 10/16 a las 10:20. Reply C to confirm / Responda C para confirmar.",
     "REWRITE", "reminder", "sms", "en",
     [("flu shot", "PROCEDURE"), ("10/16", "DATE", 0), ("vacuna contra la gripe", "PROCEDURE"), ("10/16", "DATE", 1)],
     ["primary-care", "contrast"], "README: the recipient's own flu-shot appointment is REWRITE; both languages labelled (D1)."),
    ("cl0075", "Our patient portal now speaks Spanish! Switch your language under Settings > Language. / ¡Nuestro portal ya está en español! Cambie el idioma en Configuración > Idioma. portal.example.org",
     "ALLOW", "marketing", "sms", "en",
     [("portal.example.org", "URL")],
     ["general", "broadcast", "practice-contact"], "Broadcast with the practice's own URL."),
    ("cl0076", "Octubre es el Mes de Concientización sobre el Cáncer de Mama. Tenemos mamografías sin costo para mujeres mayores de 40 sin seguro médico. Llame a la recepción para más información.",
     "ALLOW", "marketing", "sms", "es", [],
     ["imaging", "broadcast", "hard-negative"], "Awareness-month broadcast: names cancer and mammograms but says nothing about the recipient (README broadcasts)."),
    ("cl0077", "Sus resultados de V\u200bI\u200bH salieron positivos. Llame a la clínica lo antes posible para hablar con la enfermera.",
     "BLOCK", "result", "sms", "es",
     [("V\u200bI\u200bH", "PROCEDURE"), ("positivos", "RESULT")],
     ["hiv-sexual-health"], "Zero-width spaces split 'VIH' (the test whose results these are); a positive result is the message."),
    ("cl0078", "Recordatorio: su sesión de qu1m10 es el martes 11/3 a las 8:30 en Centro Oncológico del Valle. Traiga una cobija, la sala es fría.",
     "REWRITE", "reminder", "sms", "es",
     [("qu1m10", "PROCEDURE"), ("11/3", "DATE"), ("Centro Oncológico del Valle", "SPECIALTY")],
     ["oncology", "leet"], "Leetspeak 'quimio'; the visit type and the oncology center go, date and time stay."),
    ("cl0079", "Reminder / Recordatorio: your m-a-m-m-o-g-r-a-m is on 9/14 at 1:40 pm. Su m-a-m-o-g-r-a-f-í-a es el 14/9 a la 1:40 pm. Reply C / Responda C.",
     "REWRITE", "reminder", "sms", "en",
     [("m-a-m-m-o-g-r-a-m", "PROCEDURE"), ("9/14", "DATE"), ("m-a-m-o-g-r-a-f-í-a", "PROCEDURE"), ("14/9", "DATE")],
     ["imaging", "spaced"], "Hyphen-spaced test name in both languages (D1), with the US and the day-first Spanish date."),
    ("cl0080", "Su nivel de \u0430zúcar en ayunas fue 186. Tome su metf\u043ermina 1000 mg dos veces al día con comida y vuelva en 3 meses.",
     "BLOCK", "result", "sms", "es",
     [("\u0430zúcar en ayunas", "PROCEDURE"), ("186", "RESULT"), ("metf\u043ermina 1000 mg", "MEDICATION")],
     ["primary-care"], "Cyrillic а and о inside 'azúcar' and 'metformina'; a fasting-glucose value and a dose instruction."),
    ("cl0081", "Thanksgiving hours / Horario de Acción de Gracias: we close at noon Wednesday and all day Thursday and Friday. Cerramos al mediodía el miércoles y todo el jueves y viernes. Emergencies / Emergencias: 911. Nurse line / Línea de enfermería: (602) 555-0193.",
     "ALLOW", "other", "sms", "en",
     [("(602) 555-0193", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday hours (README: ALLOW); 911 is not a phone identifier; the nurse line is the practice's."),
    ("cl0082", "School physicals $25 all August at every Valley Health location! / ¡Exámenes físicos escolares a $25 todo agosto! Walk-ins welcome / Sin cita.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Promotion to every family; a month name alone is not a date."),
    ("cl0083", "Estimado participante del Programa de Diabetes: la clase de cocina saludable de este mes será el 12 de marzo a las 5 pm en el salón comunitario. ¡Traiga a su familia!",
     "REWRITE", "marketing", "sms", "es",
     [("Diabetes", "CONDITION"), ("12 de marzo", "DATE")],
     ["primary-care"], "D10: addressed to members of a diabetes program, so unlike a broadcast it reveals the recipient's condition; the class invitation survives without it."),
    ("cl0084", "Privacy reminder: we will never ask for your Social Security number, card number or password by text. / Nunca le pediremos su número de seguro social ni su contraseña por mensaje. Suspicious text? Call us.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Names the SSN as a word only; no identifier present."),
)

# ---------------------------------------------------------------- batch 8 (cl0085-cl0096): pediatrics, native Spanish, translated names, dental
add(
    ("cl0085", "Pediatría Arcoíris le recuerda que Sofía tiene su cita de niño sano y vacunas el 2 de septiembre a las 3:30. Por favor traiga su cartilla de vacunación.",
     "REWRITE", "reminder", "sms", "es",
     [("Pediatría Arcoíris", "SPECIALTY"), ("Sofía", "NAME"), ("niño sano", "PROCEDURE"), ("vacunas", "PROCEDURE"), ("2 de septiembre", "DATE")],
     ["pediatrics", "minor"], "A dependent's logistics with a name and routine visit types (README: REWRITE, like well-child); the vaccination card is a generic document."),
    ("cl0086", "Hi! This is Ana from Little Sprouts Pediatrics 🌱 Reminder that Diego's 4-year checkup is Monday 8/23 at 9:00. Please bring his shot record! / ¡Traiga su cartilla de vacunas!",
     "REWRITE", "reminder", "sms", "en",
     [("Ana", "PROVIDER"), ("Little Sprouts Pediatrics", "SPECIALTY"), ("Diego", "NAME"), ("8/23", "DATE")],
     ["pediatrics", "minor"], "Child's name and the pediatrics name go; a check-up is generic; the sender is staff (PROVIDER)."),
    ("cl0087", "Sr. Delgado, la enfermera de la escuela nos avisó que Valentina tuvo otra crisis de asma hoy. Por favor súbale el Flovent a 2 inhalaciones dos veces al día y haga cita de seguimiento esta semana.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Delgado", "NAME"), ("Valentina", "NAME"), ("crisis de asma", "CONDITION"), ("Flovent", "MEDICATION")],
     ["pediatrics", "third-party", "minor"], "A child's asthma attack and a dose change sent to the parent: third party's health and dosing."),
    ("cl0088", "Buenas tardes, le confirmamos su cita con el Dr. Villaseñor para el viernes 17 de junio a las 4:15 pm. Favor de traer su identificación y tarjeta del seguro. ¡Que tenga buen día!",
     "ALLOW", "confirmation", "sms", "es",
     [("Dr. Villaseñor", "PROVIDER"), ("17 de junio", "DATE")],
     ["primary-care"], "Native Spanish from staff (compare the calques of cl0001): provider, date and time only."),
    ("cl0089", "Hola, le recordamos su sesión de terapia con la Lic. Mendoza mañana a las 6 pm por videollamada. Entre aquí: https://video.example.net/sala/lic-mendoza — Centro de Salud Mental Nuevo Amanecer",
     "REWRITE", "reminder", "sms", "es",
     [("terapia", "PROCEDURE"), ("Lic. Mendoza", "PROVIDER"), ("https://video.example.net/sala/lic-mendoza", "URL"), ("Centro de Salud Mental Nuevo Amanecer", "SPECIALTY")],
     ["behavioral-health", "practice-contact"], "Therapy and the mental-health center go; D15: the provider's fixed video room (no patient token) is the practice's own link."),
    ("cl0090", "Reminder from Camino Nuevo Recovery Center / Recordatorio del Centro de Recuperación Camino Nuevo: group Tuesday 7 pm, grupo el martes 7 pm. Bring your workbook / Traiga su cuaderno.",
     "REWRITE", "reminder", "sms", "en",
     [("Camino Nuevo Recovery Center", "SPECIALTY"), ("Centro de Recuperación Camino Nuevo", "SPECIALTY")],
     ["substance-use"], "The recovery-center name in both languages (D1) reveals substance-use treatment; 'group' alone is left unlabelled (judgement)."),
    ("cl0091", "Hola! Su appointment está confirmado para el martes 4/12 a las 2:00 con el Dr. Brennan. Si necesita cancelar llámenos al (323) 555-0111 con 24 horas de anticipación. Gracias!",
     "ALLOW", "confirmation", "sms", "es",
     [("4/12", "DATE"), ("Dr. Brennan", "PROVIDER"), ("(323) 555-0111", "PHONE")],
     ["primary-care", "practice-contact"], "Spanglish ('su appointment') with only allowed details."),
    ("cl0092", "Su cita con el Dr. Marrón es el lunes a las 10:00 AM. (Dr. Brown) Por favor traiga su lista de medicamentos y llegue 15 minutos temprano.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Marrón", "PROVIDER"), ("Dr. Brown", "PROVIDER")],
     ["primary-care"], "D3: the machine translation turned Dr. Brown into 'Dr. Marrón'; both are the provider."),
    ("cl0093", "Hola Fe, su cita de seguimiento de la tiroides es el 5 de octubre a las 11:30 en Medicina Interna Bosque Alto. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Fe", "NAME"), ("tiroides", "CONDITION"), ("5 de octubre", "DATE")],
     ["primary-care"], "D3: the machine translation rendered the patient's first name Faith as 'Fe', still a NAME; thyroid used as the visit label (CONDITION). Internal medicine is generic."),
    ("cl0094", "Su prueba de Papanicolaou resultados son anormales. Por favor llame para hacer una cita para una colposcopia con Dra. Ibarra.",
     "BLOCK", "result", "sms", "es",
     [("prueba de Papanicolaou", "PROCEDURE"), ("anormales", "RESULT"), ("colposcopia", "PROCEDURE"), ("Dra. Ibarra", "PROVIDER")],
     ["reproductive"], "English word order kept ('Your Pap test results are abnormal'): an abnormal result."),
    ("cl0095", "Hola! Reminder: you have an appointment tomorrow at 10:45 with Dr. Castellanos at Eastgate Internal Medicine. Text 1 to confirm / Envíe 1 para confirmar.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Castellanos", "PROVIDER")],
     ["primary-care"], "English reminder with Spanish greeting and reply line; generic practice and provider."),
    ("cl0096", "Sonrisa Perfecta Dental: Hola Sr. Batista, ya le toca su limpieza dental de cada 6 meses. Tenemos espacio el 6/28 a las 9 am. Responda SI para apartarlo.",
     "REWRITE", "recall", "sms", "es",
     [("Sonrisa Perfecta Dental", "SPECIALTY"), ("Batista", "NAME"), ("limpieza dental", "PROCEDURE"), ("6/28", "DATE")],
     ["dental"], "Dental recall: practice name, patient name and the cleaning go; the offered slot survives."),
)

# ---------------------------------------------------------------- batch 9 (cl0097-cl0108): long e-mails, visit summaries, half-rendered templates
add(
    ("cl0097", "Estimado paciente:\n\nBienvenido a Clínica Familiar Los Pinos. Nos da mucho gusto atenderle. Todo nuestro personal de recepción habla español e inglés, y tenemos intérpretes para otros idiomas sin costo.\n\nAntes de su primera cita, llene sus formularios en línea en https://lospinos.example.org/formularios o llegue 20 minutos antes para llenarlos aquí. Traiga su identificación con foto, su tarjeta del seguro y todos sus medicamentos en sus frascos originales.\n\nNuestra dirección es 3300 E. Rosedale St., Suite 5, Fort Worth, TX 76104. Hay estacionamiento gratis detrás del edificio. Nuestro horario es de lunes a viernes de 8 am a 6 pm y los sábados de 9 am a 1 pm.\n\nSi prefiere recibir nuestros mensajes en inglés, responda ENGLISH; para seguir en español no tiene que hacer nada.\n\nSi necesita cancelar, llame al (817) 555-0128 o escriba a citas@lospinos.example.org con 24 horas de anticipación.\n\nAtentamente,\nEl equipo de Clínica Familiar Los Pinos",
     "ALLOW", "other", "email", "es",
     [("https://lospinos.example.org/formularios", "URL"), ("3300 E. Rosedale St., Suite 5, Fort Worth, TX 76104", "ADDRESS"), ("(817) 555-0128", "PHONE"), ("citas@lospinos.example.org", "EMAIL")],
     ["general", "practice-contact"], "Native-Spanish welcome letter: only the practice's own link, address, phone and e-mail."),
    ("cl0098", "Dear Patient / Estimado paciente,\n\nThis is a reminder of your nuclear stress test at Heart & Vascular Institute of Laredo on March 9 at 7:30 AM. Please do not eat after midnight and avoid all caffeine (coffee, tea, soda, chocolate) for 24 hours. Do not take your metoprolol the morning of the test. Wear comfortable shoes.\n\nLe recordamos su prueba de esfuerzo nuclear en Heart & Vascular Institute of Laredo el 9 de marzo a las 7:30 AM. No coma después de la medianoche y evite la cafeína por 24 horas. No tome su metoprolol la mañana de la prueba. Use zapatos cómodos.\n\nQuestions / Preguntas: (956) 555-0166\nHeart & Vascular Institute of Laredo",
     "BLOCK", "care-instructions", "email", "en",
     [("nuclear stress test", "PROCEDURE"), ("Heart & Vascular Institute of Laredo", "SPECIALTY", 0), ("March 9", "DATE"), ("metoprolol", "MEDICATION", 0),
      ("prueba de esfuerzo nuclear", "PROCEDURE"), ("Heart & Vascular Institute of Laredo", "SPECIALTY", 1), ("9 de marzo", "DATE"), ("metoprolol", "MEDICATION", 1),
      ("(956) 555-0166", "PHONE"), ("Heart & Vascular Institute of Laredo", "SPECIALTY", 2)],
     ["cardiology", "practice-contact"], "D6: the caffeine and fasting logistics alone would be REWRITE, but 'do not take your metoprolol' is a dosing instruction for a named drug, in both languages (D1)."),
    ("cl0099", "Resumen de su visita - Clínica Familiar Los Pinos\n\nFecha de la visita: 02/11/2027\nProveedor: Dr. Tomás Ávila\n\nDiagnósticos de hoy:\n- Hipertensión esencial (I10)\n- Hiperlipidemia mixta (E78.2)\n\nMedicamentos nuevos:\n- amlodipino 5 mg: tome 1 tableta por boca una vez al día\n- atorvastatina 20 mg: tome 1 tableta en la noche\n\nSu presión hoy fue 158/96. Revise su presión en casa 2 veces al día y traiga el registro a su próxima cita en 4 semanas. Coma menos sal y camine 30 minutos al día.\n\nEste resumen fue traducido automáticamente. Si algo no está claro, llame al (817) 555-0128.",
     "BLOCK", "care-instructions", "email", "es",
     [("02/11/2027", "DATE"), ("Dr. Tomás Ávila", "PROVIDER"), ("Hipertensión esencial", "CONDITION"), ("I10", "CONDITION"), ("Hiperlipidemia mixta", "CONDITION"), ("E78.2", "CONDITION"),
      ("amlodipino 5 mg", "MEDICATION"), ("atorvastatina 20 mg", "MEDICATION"), ("presión", "PROCEDURE", 0), ("158/96", "RESULT"), ("presión", "PROCEDURE", 1), ("(817) 555-0128", "PHONE")],
     ["primary-care", "practice-contact"], "Machine-translated after-visit summary: diagnoses, new drugs with doses and a measured value (D13: 'presión' as the measure is PROCEDURE). By e-mail it is treated like SMS (README)."),
    ("cl0100", "Valle Verde Community Health — Spring newsletter / Boletín de primavera\n\n• New Saturday hours at our Eastside clinic, 8 am to noon. / Nuevo horario los sábados.\n• Raffle results: congratulations to ticket #2291, winner of the bike! / Resultados de la rifa: ¡boleto #2291!\n• Recipe of the month: mango salsa with no added salt. / Receta del mes: salsa de mango sin sal.\n• Flu and COVID vaccines are available for everyone 6 months and older, no appointment needed. / Vacunas para todos, sin cita.\n• We are hiring bilingual medical assistants. / Estamos contratando asistentes médicos bilingües.\n\nQuestions? ¿Preguntas? (505) 555-0177 · valleverde.example.org\nTo unsubscribe reply STOP / Para cancelar responda STOP.",
     "ALLOW", "marketing", "email", "en",
     [("(505) 555-0177", "PHONE"), ("valleverde.example.org", "URL")],
     ["general", "broadcast", "practice-contact"], "Bilingual newsletter of look-alikes (raffle results and ticket number, D8; a recipe; vaccines for everyone) with the practice's own contact details."),
    ("cl0101", "Asunto: Su refill está listo / Your refill is ready\n\nHola Sr. Ocampo:\n\nEl refill de su levotiroxina 75 mcg ya está listo en Farmacia San Pablo, sucursal Centro. Recuerde tomarla en ayunas con agua, 30 minutos antes del desayuno, y no junto con su calcio. Si ya no la necesita, avísenos para cancelar el pedido.\n\nSaludos,\nFarmacia San Pablo",
     "BLOCK", "pickup", "email", "es",
     [("Ocampo", "NAME"), ("levotiroxina 75 mcg", "MEDICATION"), ("calcio", "MEDICATION")],
     ["pharmacy"], "D6: how-to-take instructions for a named drug are dosing instructions, so the pickup (alone REWRITE) becomes BLOCK. 'calcio' as a supplement is MEDICATION (README: calcium supplements); the pharmacy name is generic (D9)."),
    ("cl0102", "Estimada Sra. Robles:\n\nLe escribimos de Pediatría Arcoíris sobre los resultados de su hija Camila. Su prueba de clamidia salió positiva y la Dra. Soto le recetó azitromicina 1 g en una sola dosis; ya está en su farmacia. Camila debe evitar relaciones sexuales por 7 días y su pareja también necesita tratamiento.\n\nAtentamente,\nPediatría Arcoíris",
     "BLOCK", "result", "email", "es",
     [("Robles", "NAME"), ("Pediatría Arcoíris", "SPECIALTY", 0), ("Camila", "NAME", 0), ("prueba de clamidia", "PROCEDURE"), ("positiva", "RESULT"), ("Dra. Soto", "PROVIDER"),
      ("azitromicina 1 g", "MEDICATION"), ("Camila", "NAME", 1), ("Pediatría Arcoíris", "SPECIALTY", 1)],
     ["pediatrics", "hiv-sexual-health", "third-party", "minor"], "A teenager's positive STI result and treatment sent to the parent: third party's health, result and dosing."),
    ("cl0103", "Hello Mr. Fuentes, the doctor say your sugar test is 240, very high. You need come tomorrow 9am. Tonight take the insulin 10 units before dinner please. Any question call me, Maricela",
     "BLOCK", "result", "sms", "en",
     [("Fuentes", "NAME"), ("sugar test", "PROCEDURE"), ("240", "RESULT"), ("very high", "RESULT"), ("insulin", "MEDICATION"), ("Maricela", "PROVIDER")],
     ["primary-care", "typo"], "English written by Spanish-speaking staff ('the doctor say', 'you need come'): a value and a dose."),
    ("cl0104", "Hola Sra. Quintero, la Dra. Montes revisó su mamografía y el resultado es normal (BI-RADS 1). Le toca la próxima en un año. Cualquier duda, mándenos un mensaje por aquí.",
     "ALLOW", "result", "portal", "es",
     [("Quintero", "NAME"), ("Dra. Montes", "PROVIDER"), ("mamografía", "PROCEDURE"), ("normal", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT")],
     ["imaging"], "Portal channel: a result with name and test may stay (README)."),
    ("cl0105", "Recordatorio de cita\nDepartamento: OB/GYN\nProveedor: Dra. Castaño\nFecha: 07/19/2027 10:00 AM\nLugar: Women's Health Pavilion, 2do piso\nPara cancelar llame al (210) 555-0158.",
     "REWRITE", "reminder", "sms", "es",
     [("OB/GYN", "SPECIALTY"), ("Dra. Castaño", "PROVIDER"), ("07/19/2027", "DATE"), ("Women's Health Pavilion", "SPECIALTY"), ("(210) 555-0158", "PHONE")],
     ["reproductive", "practice-contact"], "Field labels translated, values left in English by the EHR (D2): department and a women's-health location name go."),
    ("cl0106", "Recordatorio: Su cita de PHYSICAL THERAPY EVAL es el {{appt_date}} a las {{appt_time}}. / Reminder: your PHYSICAL THERAPY EVAL is on {{appt_date}} at {{appt_time}}. Use ropa cómoda / Wear comfortable clothes.",
     "REWRITE", "reminder", "sms", "es",
     [("PHYSICAL THERAPY", "PROCEDURE", 0), ("PHYSICAL THERAPY", "PROCEDURE", 1)],
     ["physical-therapy"], "Visit type hard-coded in English in both halves of a bilingual template (D1, D2); the generic word EVAL stays outside (README head-word rule)."),
    ("cl0107", "Usted está debido para su examen físico anual. Llámenos para hacer su cita. ¡Estamos mirando adelante a verle!",
     "ALLOW", "recall", "sms", "es", [],
     ["primary-care", "hard-negative"], "Calques of 'you are due' and 'we look forward to seeing you'; an annual physical is generic primary care (README)."),
    ("cl0108", "Hola Sra. Aguilar! Le hablamos de la clínica: la forma de la aseguranza para su CPAP ya está lista para firmar. Pase a la oficina cuando pueda, de 8 a 5.",
     "REWRITE", "other", "sms", "es",
     [("Aguilar", "NAME"), ("CPAP", "PROCEDURE")],
     ["home-health"], "Spanglish ('la forma', 'aseguranza'): the device (README: PROCEDURE) and the name go."),
)

# ---------------------------------------------------------------- batch 10 (cl0109-cl0120): identifiers, ages, voicemails, look-alikes, relatives
add(
    ("cl0109", "Appointment confirmation / Confirmación de cita\nPatient / Paciente: Héctor Solís Ramírez\nDOB / Fecha de nac.: 22/11/1954\nDate / Fecha: 3/8 9:00 AM\nProvider / Proveedor: Dr. Pineda",
     "BLOCK", "confirmation", "sms", "en",
     [("Héctor Solís Ramírez", "NAME"), ("22/11/1954", "DATE"), ("3/8", "DATE"), ("Dr. Pineda", "PROVIDER")],
     ["primary-care", "dob"], "A full date of birth (day-first, as the Spanish side writes it) with the patient's name (README: BLOCK); D1: English labels first."),
    ("cl0110", "¡Feliz cumpleaños número 93, Don Aurelio! Le deseamos salud y alegría de parte de todo el equipo de Clínica Familiar Los Pinos. Le esperamos en su cita del 4 de diciembre.",
     "REWRITE", "other", "sms", "es",
     [("93", "AGE"), ("Aurelio", "NAME"), ("4 de diciembre", "DATE")],
     ["primary-care", "age-over-89"], "An age over 89 with a name: both go, the greeting and the appointment date survive."),
    ("cl0111", "Your PrEP refill is on hold until we get a new HIV test; your last one (negative) was more than 90 days ago. / Su resurtido de PrEP está en espera hasta su nueva prueba de VIH. Walk-in lab M-F 8-4.",
     "BLOCK", "pickup", "sms", "en",
     [("PrEP", "MEDICATION", 0), ("HIV test", "PROCEDURE"), ("negative", "RESULT"), ("PrEP", "MEDICATION", 1), ("prueba de VIH", "PROCEDURE")],
     ["hiv-sexual-health", "pharmacy"], "A (negative) result alongside the HIV-prevention drug: a negative result is still a result (README)."),
    ("cl0112", "Hola, este mensaje es para Gerardo Luna. Le llamamos del Centro Médico San José. Su biopsia salió benigna, no es cáncer, así que no se preocupe. Le vemos en su cita de seguimiento. Si tiene preguntas, llame al 559-555-0133.",
     "BLOCK", "result", "voice", "es",
     [("Gerardo Luna", "NAME"), ("biopsia", "PROCEDURE"), ("benigna", "RESULT"), ("cáncer", "CONDITION"), ("559-555-0133", "PHONE")],
     ["oncology", "negation", "practice-contact"], "A benign result and a negated diagnosis on a voicemail (README: voice is treated like SMS; benign is a RESULT)."),
    ("cl0113", "If you have fever, cough or sore throat on the day of your visit, call us before coming and we'll switch you to a video visit. / Si tiene fiebre, tos o dolor de garganta el día de su cita, llámenos antes de venir.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "negation"], "D11: a hypothetical symptom screen sent to every patient says nothing about the recipient."),
    ("cl0114", "Buenas Sr. Ortiz, el Dr. Salas vio su electrocardiograma y dice que tiene fibrilación auricular. Necesita empezar un anticoagulante: ya le mandamos Xarelto 20 mg a su farmacia, tómelo con la cena. Le hacemos cita con el cardiólogo.",
     "BLOCK", "result", "sms", "es",
     [("Ortiz", "NAME"), ("Dr. Salas", "PROVIDER"), ("electrocardiograma", "PROCEDURE"), ("fibrilación auricular", "CONDITION"), ("anticoagulante", "MEDICATION"), ("Xarelto 20 mg", "MEDICATION"), ("cardiólogo", "SPECIALTY")],
     ["cardiology"], "A finding from an ECG, a new drug and how to take it."),
    ("cl0115", "Your medical supplies will be delivered Thursday to 1837 Calle Esperanza Apt 4, Brownsville, TX 78520. / Sus tiras reactivas para glucosa llegarán el jueves. Track / Rastrear: ship.example.com/t/ZX4471",
     "REWRITE", "other", "sms", "en",
     [("1837 Calle Esperanza Apt 4, Brownsville, TX 78520", "ADDRESS"), ("tiras reactivas para glucosa", "PROCEDURE"), ("ship.example.com/t/ZX4471", "URL")],
     ["home-health"], "English template with a Spanish street (Esperanza is not a name here): the patient's home address and the per-shipment tracking link go; the Spanish half names the supply (D12: PROCEDURE), which the English half kept generic."),
    ("cl0116", "Resultado de su hemoglobina A1c: 6.4%. Comentario de la Dra. Benavides: ¡Va muy bien! Siga con la dieta y el ejercicio, repetimos en 6 meses.",
     "ALLOW", "result", "portal", "es",
     [("hemoglobina A1c", "PROCEDURE"), ("6.4%", "RESULT"), ("Dra. Benavides", "PROVIDER")],
     ["lab"], "Portal channel: a value with the provider's comment may stay (README)."),
    ("cl0117", "Hola Sr. Zamora, le hablo de Dreamwell Sleep Center para agendar el follow up de su sleep study. ¿Le queda bien el jueves 9/30 a las 3? Contésteme aquí mismo. -Brenda",
     "REWRITE", "reminder", "sms", "es",
     [("Zamora", "NAME"), ("Dreamwell Sleep Center", "SPECIALTY"), ("sleep study", "PROCEDURE"), ("9/30", "DATE"), ("Brenda", "PROVIDER")],
     ["lab"], "Spanglish ('el follow up de su sleep study'): name, sleep-center name and test go. Sleep medicine has no service tag, tagged lab (judgement)."),
    ("cl0118", "Farmacia San Pablo, now inside our clinic: open Mon–Sat 8 to 8. We fill prescriptions from any doctor! / ¡Surtimos recetas de cualquier doctor!",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "D9: a pharmacy named after a saint, announced to every patient."),
    ("cl0119", "Appointment confirmation / Confirmación de cita\n\nThank you for scheduling with Riverside Internal Medicine. / Gracias por hacer su cita con nosotros.\n\nProvider / Proveedor: Dr. Alma Treviño\nDate / Fecha: Friday, November 12 / viernes 12 de noviembre\nTime / Hora: 3:20 PM\nLocation / Lugar: 5120 Paseo del Norte NE, Building C, Albuquerque, NM 87113\n\nPlease bring your photo ID, insurance card and a list of your current medicines. If you need an interpreter, tell us when you confirm. / Traiga su identificación, su tarjeta del seguro y una lista de sus medicinas. Si necesita intérprete, avísenos.\n\nTo cancel or reschedule call (505) 555-0119 at least 24 hours before. / Para cancelar llame al (505) 555-0119 con 24 horas de anticipación.\n\nRiverside Internal Medicine · riverside.example.com",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Alma Treviño", "PROVIDER"), ("November 12", "DATE"), ("12 de noviembre", "DATE"), ("5120 Paseo del Norte NE, Building C, Albuquerque, NM 87113", "ADDRESS"),
      ("(505) 555-0119", "PHONE", 0), ("(505) 555-0119", "PHONE", 1), ("riverside.example.com", "URL")],
     ["primary-care", "practice-contact"], "Long bilingual confirmation: provider, date, the practice's own address, phone and site; an interpreter offer reveals nothing clinical."),
    ("cl0120", "Hola mija, soy la enfermera Chayo. Ya salieron los resultados de tu papá: la prueba de COVID salió positiva y el oxígeno le dio 89%. Dile que no vaya a la fiesta del domingo y que se aísle 5 días, por fa.",
     "BLOCK", "result", "sms", "es",
     [("enfermera Chayo", "PROVIDER"), ("prueba de COVID", "PROCEDURE"), ("positiva", "RESULT"), ("oxígeno", "PROCEDURE"), ("89%", "RESULT")],
     ["primary-care", "third-party", "shorthand"], "A father's positive result and oxygen reading sent to his daughter (third party). D13: oxygen saturation is PROCEDURE + RESULT, 89% is not an age; D14: 'mija' is not a name."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "cl", "probe87.jsonl")
