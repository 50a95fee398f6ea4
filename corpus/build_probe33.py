#!/usr/bin/env python3
"""Build corpus/probe33.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe33.py [OUT] [-v]   (default: probe33.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
no source, test, other corpus or git history was read.

Theme of this round: ALL SPANISH, second round. Messages as Spanish-speaking staff and vendors'
Spanish templates write them across the US (Mexican, Caribbean — Puerto Rican, Dominican, Cuban —
and Central American usage, including voseo), voicemail transcripts (with and without
punctuation), WhatsApp-style texts, formal usted letters and e-mails with signature blocks,
informal tú texts, Spanglish ("appointment", "aseguranza", "el bil", "labs"), missing accents and
staff typos; every kind of practice (primary care, pediatrics, dental, eye, imaging, PT,
orthopedics, dialysis, fertility, OB, oncology, dermatology and med spa, behavioral health,
substance use, sexual health, urgent care, home health and hospice, pharmacies, insurers, health
departments) and purpose (reminders, confirmations, recalls, pickups, results, care instructions,
billing, marketing, portal notices, other). 120 messages, lang "es"; 4 disguised messages
(zero-width, spaced letters, leet, a Cyrillic look-alike); more than 15 hard negatives
(Spanish false friends: "operación" as a payment, "presión" of time, "recetas" de cocina,
"positivo" as praise, "resultados" de una rifa, MAM as a Mayan language, holidays and saints'
names, storm names, streets/parks with surnames, broadcasts that name a disease).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "212 mg/dL ([[H]])" searches for "212 mg/dL (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. WhatsApp-style texts use channel sms (DESIGN has no WhatsApp channel; lock-screen previews
     and shared phones apply the same way). Voicemail transcripts use channel voice, which the
     README treats like SMS (overheard).
  2. dd/mm dates written by Latin American staff (15/10, 24/11) are DATE like mm/dd; a bare
     day of the month after a weekday ("el martes [[18]]") is a DATE on the number only.
  3. Spanish visit labels whose generic head comes first keep the generic word outside and
     label only the revealing part: "chequeo de [[niño sano]]", "cita/control [[prenatal]]",
     "visita anual de [[bienestar de Medicare]]".
  4. A specialty-naming role word next to a staff name (psiquiatra, consejero, radiólogo,
     ortopedista, DDS, PT/DPT) is its own SPECIALTY span; named non-clinical workforce
     (receptionist, medical assistant, social worker, pharmacy clerk, driver) is PROVIDER.
  5. Urgent-care, home-health, hospice, sleep-center, mammography, rheumatology and
     specialty-pharmacy names are specialty-revealing (DESIGN lists urgent care, home health and
     pharmacy among the revealing specialties); a community pharmacy name stays generic even if
     it sounds friendly to a community ("Farmacia Comunitaria Arcoíris").
  6. An emoji that stands for the service (🦷 in a dental text) is labelled SPECIALTY: a rewrite
     that keeps it still says "dentist".
  7. An ITIN (9XX-7X-XXXX) is OTHER_ID (it is not an SSN, so the SSN category and its
     BLOCK-only check do not apply) but the line is BLOCK, like an SSN: a tax number must never
     travel by text.
  8. Parcel tracking numbers of a patient's shipment are OTHER_ID (they resolve to the patient's
     address on the carrier's site); payment "número de operación", appointment numbers,
     dialysis chair numbers and one-time codes are not labelled (like confirmation codes).
  9. The plate of the transport company's own van is not a patient identifier: not labelled.
 10. Disease words in messages sent to every patient (an awareness walk, a health fair, a job
     advert) say nothing about the recipient: ALLOW, no span (README broadcasts rule).
 11. Fasting for generic lab work ("venga en ayunas") is logistics, not a treatment
     instruction: ALLOW.
 12. Interpretive result words ("normales", "bien", "muy buenos", "alto", "más alta que la vez
     pasada") are RESULT spans like "positive"/"benign".
 13. A health-department partner notification naming the infection is BLOCK even without a
     name: the exposure is the recipient's health information and removal leaves no message.
 14. A prior-authorization denial that names the diagnosis and the drug is BLOCK (the diagnosis
     is the content), not a billing REWRITE.
 15. The patient's own e-mail, phone or postal address echoed back in a message is a patient
     identifier: REWRITE (unlike the practice's own contact details).
 16. Hospice or home-health visit logistics about a spouse or parent with only the agency name
     are REWRITE (README: a dependent's logistics with a specialty name), tagged third-party.
 17. Specialties without a service tag (gastroenterology, rheumatology, sleep medicine,
     audiology) are tagged general, or pharmacy when the message is about a specialty drug.

Everything is invented: names, practices, 555-01xx numbers, example.* domains, identifiers; the
SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (aj0001-aj0012): reminders, templates, pickups, first results
add(
    ("aj0001", "Clínica Familiar del Valle: Le recordamos su cita con la Dra. Treviño el jueves 9 de octubre a las 10:15 a.m. Responda SI para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Treviño", "PROVIDER"), ("9 de octubre", "DATE")],
     ["primary-care"], "Generic practice name, provider, date and time are allowed; reply keywords are not data."),
    ("aj0002", "Hola Yesenia, te recordamos tu cita para la limpieza dental mañana a las 4:30 en Sonrisas Dental Care. Llega 10 min antes porfa 🦷",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("limpieza dental", "PROCEDURE"), ("Sonrisas Dental Care", "SPECIALTY"), ("🦷", "SPECIALTY")],
     ["dental", "shorthand"], "Informal tú reminder: name, visit type and dental practice name go; 'mañana a las 4:30' survives. Decision 6: the tooth emoji stands for the service and is SPECIALTY."),
    ("aj0003", "Su cita del {{appt_date}} a las {{appt_time}} en {{location_name}} ha sido confirmada. Para cambiarla responda R o llame al {{practice_phone}}. Para no recibir más mensajes, responda BAJA.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["general", "template", "hard-negative"], "Vendor confirmation template whose placeholders carry no patient data; merge fields are not PHI."),
    ("aj0004", "Buenas tardes, este mensaje es para el señor Aurelio Bautista. Le llamamos de Centro de Imágenes Del Río para recordarle su resonancia magnética del lunes 3 de noviembre a las 7:45 de la mañana. Si necesita cambiar la cita, llámenos al (956) 555-0134. Gracias.",
     "REWRITE", "reminder", "voice", "es",
     [("Aurelio Bautista", "NAME"), ("Centro de Imágenes Del Río", "SPECIALTY"), ("resonancia magnética", "PROCEDURE"), ("3 de noviembre", "DATE"), ("(956) 555-0134", "PHONE")],
     ["imaging", "practice-contact"], "Voicemail (decision 1: channel voice, treated like SMS): patient name, imaging-centre name and the MRI go; date, time and the centre's own number stay."),
    ("aj0005", "Recordatorio de Mission Health Partners: cita c/ Dr. Olvera mañana 8:00am. Traiga su tarjeta de aseguranza y su lista de medicamentos. Resp C p/ confirmar",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Olvera", "PROVIDER")],
     ["primary-care", "shorthand"], "Generic practice, provider and time; 'lista de medicamentos' and 'aseguranza' (Spanglish for insurance) are generic."),
    ("aj0006", "Buenas Sra. Quiñones, ya llegaron sus laboratorios. La hemoglobina A1c salió en 8.4, más alta que la vez pasada 😕 el doctor quiere verla en 2 semanas",
     "BLOCK", "result", "sms", "es",
     [("Quiñones", "NAME"), ("hemoglobina A1c", "PROCEDURE"), ("8.4", "RESULT"), ("más alta que la vez pasada", "RESULT")],
     ["primary-care", "lab"], "A lab value and its trend are the message; send a portal notice instead. Decision 12: the trend phrase is a RESULT."),
    ("aj0007", "Farmacia La Guadalupana: su receta de Ozempic 0.5 mg está lista para recoger. Horario: L-V 9am-8pm, Sáb 9-2.",
     "REWRITE", "pickup", "sms", "es",
     [("Ozempic 0.5 mg", "MEDICATION")],
     ["pharmacy"], "Pickup notice: the drug and strength go; a generic pharmacy name and its hours stay."),
    ("aj0008", "Farmacia Santa Fe: Su receta está lista. Tiene 7 días para recogerla. Para dejar de recibir mensajes, responda ALTO.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Pickup notice without the drug: 'receta' is generic and 'Santa Fe' is the pharmacy's name, not the patient's city."),
    ("aj0009", "Hola Don Chuy, de parte del Dr. Garza: a partir de hoy tome la metformina 1000 mg dos veces al dia con comida y deje la glipizida. Cualquier duda nos llama.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Chuy", "NAME"), ("Dr. Garza", "PROVIDER"), ("metformina 1000 mg", "MEDICATION"), ("glipizida", "MEDICATION")],
     ["primary-care", "typo"], "A dose change and stopping a drug are treatment instructions; no rewrite keeps the purpose. 'Don' stays outside the name span."),
    ("aj0010", "Hola! Le recordamos su appointment de ultrasound en Valley Women's Imaging el 10/21 a las 2pm. Please llegue 15 min antes con su ID y su tarjeta de aseguranza.",
     "REWRITE", "reminder", "sms", "es",
     [("ultrasound", "PROCEDURE"), ("Valley Women's Imaging", "SPECIALTY"), ("10/21", "DATE")],
     ["imaging", "reproductive"], "Spanglish reminder: the test and the women's imaging name go; date and time survive."),
    ("aj0011", "Aviso: la clínica estará cerrada el jueves y viernes por el Día de Acción de Gracias. Para emergencias llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure to all patients; holidays and weekdays are not dates and 911 is not a phone identifier."),
    ("aj0012", "Hola, este es un mensaje para Marisol de parte de la enfermera Beatriz de Clínica Comunitaria Esperanza. Su prueba de embarazo salió positiva, felicidades. Llámenos para programar su primera cita prenatal al 323-555-0178.",
     "BLOCK", "result", "voice", "es",
     [("Marisol", "NAME"), ("enfermera Beatriz", "PROVIDER"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("prenatal", "PROCEDURE"), ("323-555-0178", "PHONE")],
     ["reproductive", "practice-contact"], "A pregnancy test result left on a voicemail (treated like SMS) is the clinical content itself. Decision 3: in 'cita prenatal' only the revealing qualifier is labelled."),
)

# ---------------------------------------------------------------- batch 2 (aj0013-aj0024): behavioral health, substance use, sexual health, templates, portal
add(
    ("aj0013", "Centro de Salud Mental Nueva Esperanza: Recordatorio de su sesión de terapia con la Lic. Fuentes el martes 4 de noviembre a las 5:00 pm. Si no puede asistir, avísenos con 24 horas de anticipación.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Salud Mental Nueva Esperanza", "SPECIALTY"), ("terapia", "PROCEDURE"), ("Lic. Fuentes", "PROVIDER"), ("4 de noviembre", "DATE")],
     ["behavioral-health"], "Behavioral-health name and 'terapia' go; the reminder with the Lic., date and time survives."),
    ("aj0014", "Clínica de Recuperación Renacer: recuerde su dosis observada de metadona mañana a las 6:30 am y su cita con el consejero a las 8. Traiga su identificación.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica de Recuperación Renacer", "SPECIALTY"), ("metadona", "MEDICATION"), ("consejero", "SPECIALTY")],
     ["substance-use"], "Part 2 program: the recovery-centre name, methadone and the counsellor role go; the two times survive. Judgement: the time of an observed dose is attendance logistics, not a dosing instruction."),
    ("aj0015", "Hola Kevin, tu prueba de VIH salió no reactiva 👍 Sigue tomando tu PrEP diario y nos vemos en 3 meses para la siguiente.",
     "BLOCK", "result", "sms", "es",
     [("Kevin", "NAME"), ("prueba de VIH", "PROCEDURE"), ("no reactiva", "RESULT"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health"], "A non-reactive HIV result is still a result (README), and the PrEP instruction is treatment content."),
    ("aj0016", "Este sábado: feria de salud en el Parque Méndez de 10 a 2 🎉 Pruebas gratis y confidenciales, vacunas contra la gripe, chequeo de presión y regalos para los niños. ¡Traiga a toda la familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every patient; tests, flu shots and BP checks offered to all say nothing about the recipient, and 'Parque Méndez' is a park, not a person (decision 10)."),
    ("aj0017", "Departamento de Salud del Condado: una persona con quien usted tuvo contacto íntimo fue diagnosticada con clamidia. Le recomendamos hacerse la prueba y recibir tratamiento gratis. Llame a la línea confidencial (718) 555-0192.",
     "BLOCK", "other", "sms", "es",
     [("clamidia", "CONDITION"), ("(718) 555-0192", "PHONE")],
     ["hiv-sexual-health", "third-party", "practice-contact"], "Decision 13: partner notification naming the infection is the recipient's exposure and a third party's diagnosis; without it nothing is left to send."),
    ("aj0018", "Estimado Sr. Villalobos:\n\nLe recordamos su cita de manejo de medicamentos con el Dr. Arce, psiquiatra, el 12/11 a las 3:20 p.m. por videollamada. El enlace le llegará 15 minutos antes.\n\nAtentamente,\nClínica Integral Horizonte",
     "REWRITE", "reminder", "email", "es",
     [("Villalobos", "NAME"), ("manejo de medicamentos", "PROCEDURE"), ("Dr. Arce", "PROVIDER"), ("psiquiatra", "SPECIALTY"), ("12/11", "DATE")],
     ["behavioral-health"], "Formal usted e-mail: the name, the med-check visit type (a named visit type) and 'psiquiatra' go; the provider, date and video logistics survive (decision 4)."),
    ("aj0019", "Kari, la Dra. Ochoa dice q subas la sertralina a 100 mg desde mañana y q le escribas si te dan nauseas o te sientes con mas ansiedad.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Kari", "NAME"), ("Dra. Ochoa", "PROVIDER"), ("sertralina", "MEDICATION"), ("nauseas", "CONDITION"), ("ansiedad", "CONDITION")],
     ["behavioral-health", "shorthand", "typo"], "Dose increase of an antidepressant with symptoms to watch: treatment instruction, BLOCK. The dose is not inside the drug span (written after 'a')."),
    ("aj0020", "Gracias por su mensaje. Nuestra oficina está cerrada. Si tiene una emergencia, llame al 911. Si está pasando por una crisis emocional, llame o mande texto al 988, disponible 24/7.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "After-hours auto-reply sent to everyone; 911 and 988 are not phone identifiers and 24/7 is not a date."),
    ("aj0021", "Tu PrEP (Descovy) ya está lista en Farmacia Comunitaria Arcoíris. Recógela antes del 15/10 o la regresamos al inventario.",
     "REWRITE", "pickup", "sms", "es",
     [("PrEP", "MEDICATION"), ("Descovy", "MEDICATION"), ("15/10", "DATE")],
     ["pharmacy", "hiv-sexual-health"], "Pickup: both drug names go, the deadline survives. Decisions 2 and 5: the dd/mm date is a DATE and a community pharmacy name stays generic."),
    ("aj0022", "Buenos días, habla Ernesto, consejero del programa. Le aviso que su muestra de orina del martes salió positiva a fentanilo y necesito hablar con usted antes de su próxima dosis. Llámeme al 602-555-0115, extensión 4.",
     "BLOCK", "result", "voice", "es",
     [("Ernesto", "PROVIDER"), ("consejero", "SPECIALTY"), ("muestra de orina", "PROCEDURE"), ("positiva", "RESULT"), ("fentanilo", "MEDICATION"), ("602-555-0115", "PHONE")],
     ["substance-use", "practice-contact"], "Drug-screen result on a voicemail: the substance found is the message (Part 2). The counsellor naming himself is workforce (PROVIDER), his role a SPECIALTY (decision 4)."),
    ("aj0023", "Cardiología Integral Los Ángeles: Recordatorio de su ecocardiograma el {{appt_date}} a las {{appt_time}}. No necesita ayuno. Responda C para confirmar o R para reprogramar.",
     "REWRITE", "reminder", "sms", "es",
     [("Cardiología Integral Los Ángeles", "SPECIALTY"), ("ecocardiograma", "PROCEDURE")],
     ["cardiology", "template"], "Template whose fixed text reveals the specialty and the test; the placeholders themselves stay unlabelled."),
    ("aj0024", "Resultados de laboratorio\nColesterol total: 212 mg/dL (H)\nLDL: 138 mg/dL (H)\nHDL: 44 mg/dL\nComentario de la Dra. Saavedra: hablemos de dieta y ejercicio en su próxima consulta; por ahora no necesita medicamento.",
     "ALLOW", "result", "portal", "es",
     [("Colesterol total", "PROCEDURE"), ("212 mg/dL", "RESULT"), ("212 mg/dL ([[H]])", "RESULT"), ("LDL", "PROCEDURE"), ("138 mg/dL", "RESULT"), ("138 mg/dL ([[H]])", "RESULT"),
      ("HDL", "PROCEDURE"), ("44 mg/dL", "RESULT"), ("Dra. Saavedra", "PROVIDER")],
     ["lab", "contrast"], "Inside the secure portal results and comments may stay (README channel rule); contrast with aj0025 by SMS."),
)

# ---------------------------------------------------------------- batch 3 (aj0025-aj0036): contrast, children, caregivers, home health, DOB, ages
add(
    ("aj0025", "Resultados de laboratorio: Colesterol total 212 mg/dL (H), LDL 138 mg/dL (H), HDL 44 mg/dL. Comentario de la Dra. Saavedra: hablemos de dieta y ejercicio en su próxima consulta.",
     "BLOCK", "result", "sms", "es",
     [("Colesterol total", "PROCEDURE"), ("212 mg/dL", "RESULT"), ("212 mg/dL ([[H]])", "RESULT"), ("LDL", "PROCEDURE"), ("138 mg/dL", "RESULT"), ("138 mg/dL ([[H]])", "RESULT"),
      ("HDL", "PROCEDURE"), ("44 mg/dL", "RESULT"), ("Dra. Saavedra", "PROVIDER")],
     ["lab", "contrast"], "Same lipid panel as aj0024 but by SMS: values and flags are the message, so BLOCK and send a portal notice."),
    ("aj0026", "Pediatría Arcoíris: Recordatorio de las vacunas de los 4 años de Santiago el miércoles 22 de octubre a las 11:00 am con la Dra. Lugo. Traiga la cartilla del niño.",
     "REWRITE", "reminder", "sms", "es",
     [("Pediatría Arcoíris", "SPECIALTY"), ("vacunas", "PROCEDURE"), ("Santiago", "NAME"), ("22 de octubre", "DATE"), ("Dra. Lugo", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's routine vaccines with a name and a pediatric practice name: REWRITE like the patient's own (README). 'Santiago' is the child, not the city."),
    ("aj0027", "Sra. Mejía, el examen de plomo de Brandon salió en 9 µg/dL, más alto de lo normal. La enfermera le va a llamar hoy para explicarle los siguientes pasos.",
     "BLOCK", "result", "sms", "es",
     [("Mejía", "NAME"), ("examen de plomo", "PROCEDURE"), ("Brandon", "NAME"), ("9 µg/dL", "RESULT"), ("más alto de lo normal", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A child's lead level sent to the parent: a third party's result, BLOCK."),
    ("aj0028", "Hola! Soy Dayana de la recepción de Kids Care Pediatrics 😊 A Valentina ya le toca su chequeo de niño sano. ¿Le queda bien el 5/12 a las 3:40?",
     "REWRITE", "recall", "sms", "es",
     [("Dayana", "PROVIDER"), ("Kids Care Pediatrics", "SPECIALTY"), ("Valentina", "NAME"), ("niño sano", "PROCEDURE"), ("5/12", "DATE")],
     ["pediatrics", "minor"], "Well-child recall for a dependent: the child's name, the visit type and the pediatric name go (decision 3: 'chequeo de' stays outside); the receptionist is workforce."),
    ("aj0029", "Le recordamos que su hija tiene cita con el Dr. Pineda el viernes 7 de noviembre a las 4:15. Llegue 15 minutos antes para actualizar sus datos.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Pineda", "PROVIDER"), ("7 de noviembre", "DATE")],
     ["primary-care", "minor"], "A dependent's logistics without a name, visit type or specialty: provider, date and time only."),
    ("aj0030", "Hola Gaby:\n\nTe escribo del consultorio del Dr. Santillán. Tu mamá, Doña Rosario, llegó hoy con la presión muy alta (178/96) y el doctor le subió el losartán a 100 mg. Por favor ayúdala a tomarlo cada mañana y apúntale la presión en la libreta.\n\nLa esperamos el 10/11 a las 9:30 para revisarla. Cualquier cosa, contesta este correo.\n\nSaludos,\nLeticia, asistente médica",
     "BLOCK", "care-instructions", "email", "es",
     [("Gaby", "NAME"), ("Dr. Santillán", "PROVIDER"), ("Rosario", "NAME"), ("presión", "PROCEDURE"), ("muy alta", "RESULT"), ("178/96", "RESULT"), ("losartán", "MEDICATION"),
      ("presión", "PROCEDURE", 1), ("10/11", "DATE"), ("Leticia", "PROVIDER")],
     ["primary-care", "third-party"], "A mother's blood pressure reading and dose change sent to her daughter: a third party's result and treatment, BLOCK. The BP measure is a PROCEDURE and its value a RESULT (README review)."),
    ("aj0031", "Mensaje para la familia de Don Anselmo Ruiz: la enfermera de Cuidados en Casa Bendición pasará mañana entre 9 y 11 a su domicilio en 2211 Calle Álamo, Laredo, TX 78040. Si no va a estar, llame al 956-555-0141.",
     "REWRITE", "reminder", "voice", "es",
     [("Anselmo Ruiz", "NAME"), ("Cuidados en Casa Bendición", "SPECIALTY"), ("2211 Calle Álamo, Laredo, TX 78040", "ADDRESS"), ("956-555-0141", "PHONE")],
     ["home-health", "practice-contact", "third-party"], "Home-health visit window: the patient's name, the agency name (decision 5) and the patient's home address go; the window and the agency's phone stay (decision 16)."),
    ("aj0032", "Hola, le llamamos de Seguros Salud Plus para verificar los datos de Esperanza Tovar, fecha de nacimiento 3 de mayo de 1949, número de miembro SPX448120937. Por favor devuélvanos la llamada al 1-800-555-0187.",
     "BLOCK", "other", "voice", "es",
     [("Esperanza Tovar", "NAME"), ("3 de mayo de 1949", "DATE"), ("SPX448120937", "HEALTH_PLAN_ID"), ("1-800-555-0187", "PHONE")],
     ["general", "dob", "identifier", "practice-contact"], "A full date of birth with the name (and the member ID) on a voicemail: BLOCK (README). 'Esperanza' is a given name here."),
    ("aj0033", "¡Feliz Día de las Madres! Todo el equipo de Clínica Santa Rosa de Lima les desea un día lleno de amor. Recuerde: el sábado abrimos de 9 a 1.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday greeting to everyone; a saint's name and a city inside the practice name are neither a patient nor a place of residence."),
    ("aj0034", "Clínica San Judas: ¡Feliz cumpleaños número 96 a nuestra querida paciente Doña Amparo! 🎂 La esperamos en su consulta del 14 de noviembre con el Dr. Lozano.",
     "REWRITE", "other", "sms", "es",
     [("96", "AGE"), ("Amparo", "NAME"), ("14 de noviembre", "DATE"), ("Dr. Lozano", "PROVIDER")],
     ["primary-care", "age-over-89"], "An age over 89 and the name go; the visit date and provider survive."),
    ("aj0035", "Clínica Familiar Rivas: su prueba de COVID salió negativa. Puede regresar al trabajo cuando lleve 24 horas sin fiebre.",
     "BLOCK", "result", "sms", "es",
     [("prueba de COVID", "PROCEDURE"), ("negativa", "RESULT"), ("fiebre", "CONDITION")],
     ["primary-care", "negation"], "A negative result is still a result (README); the return-to-work rule is care instruction."),
    ("aj0036", "No se presione con los trámites: ahora puede llenar sus formularios de registro en línea desde el celular antes de su cita. Solo toma 5 minutos.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'presione' is pressure of time, not blood pressure; paperwork notice with nothing about the patient."),
)

# ---------------------------------------------------------------- batch 4 (aj0037-aj0048): billing, insurance, identifiers
add(
    ("aj0037", "Gracias por su pago de $45.00. Número de operación: 88213-QX. Guarde este mensaje como comprobante.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "'operación' is a payment transaction, not surgery; decision 8: a transaction reference is not labelled, like a confirmation code."),
    ("aj0038", "Centro Médico Familiar Nopal: su estado de cuenta #440912-7 tiene un saldo de $230.18. Pague aquí: https://pagos.nopalmed.example/p?acct=4409127&tk=Zq81Lm",
     "REWRITE", "billing", "sms", "es",
     [("440912-7", "ACCOUNT"), ("https://pagos.nopalmed.example/p?acct=4409127&tk=Zq81Lm", "URL")],
     ["general", "identifier"], "Account number and a pay link carrying the account and a token are patient-specific; the balance survives."),
    ("aj0039", "Estimado(a) paciente:\n\nLe informamos que a partir del 1 de enero de 2027 nuestra oficina de facturación usará un nuevo sistema de pagos. Sus estados de cuenta seguirán llegando por correo postal y electrónico, pero el enlace para pagar en línea cambiará a https://pagos.clinicalaesperanza.example. Los planes de pago que ya tiene no cambian.\n\nSi tiene preguntas sobre su saldo, llame a nuestra línea de facturación al (713) 555-0126, de lunes a viernes de 8:00 a 5:00, o escriba a facturacion@clinicalaesperanza.example. También puede visitarnos en 4410 Navigation Blvd, Houston, TX 77011; hay estacionamiento gratis y personal bilingüe.\n\nAgradecemos su confianza.\n\nAtentamente,\nDepartamento de Facturación\nClínica La Esperanza",
     "ALLOW", "billing", "email", "es",
     [("1 de enero de 2027", "DATE"), ("https://pagos.clinicalaesperanza.example", "URL"), ("(713) 555-0126", "PHONE"), ("facturacion@clinicalaesperanza.example", "EMAIL"),
      ("4410 Navigation Blvd, Houston, TX 77011", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "Practice-wide billing letter: every contact detail is the practice's own, and the date is a system change date."),
    ("aj0040", "Su cobertura de Medi-Cal está por vencer. Número de beneficiario: 91827364A. Renueve antes del 30 de noviembre para no perder sus beneficios. Ayuda gratis: (559) 555-0119.",
     "REWRITE", "billing", "sms", "es",
     [("91827364A", "HEALTH_PLAN_ID"), ("30 de noviembre", "DATE"), ("(559) 555-0119", "PHONE")],
     ["general", "identifier", "practice-contact"], "The beneficiary number is not needed to prompt a renewal; deadline and help line survive. Judgement: the program name alone is eligibility, not health information."),
    ("aj0041", "Estimada Sra. Echeverría:\n\nLe escribimos de la oficina de autorizaciones de Reumatología del Sur de la Florida. Su aseguradora negó la autorización previa para Humira 40 mg para el tratamiento de su artritis reumatoide (reclamo N.º CLM-2290418). El motivo indicado fue que no se documentó una prueba previa con metotrexato.\n\nLa Dra. Bustamante ya está preparando una apelación con sus notas clínicas y la enviará esta semana. Mientras tanto no necesita hacer nada. Si recibe una carta de su aseguradora, tráigala a su próxima cita o envíela por el portal.\n\nPreguntas: llame a nuestra coordinadora de autorizaciones, Yolanda Maldonado, al (305) 555-0163, de lunes a viernes de 8:30 a 4:30.\n\nAtentamente,\nDepartamento de Autorizaciones\nReumatología del Sur de la Florida",
     "BLOCK", "billing", "email", "es",
     [("Echeverría", "NAME"), ("Reumatología del Sur de la Florida", "SPECIALTY"), ("Humira 40 mg", "MEDICATION"), ("artritis reumatoide", "CONDITION"), ("CLM-2290418", "OTHER_ID"),
      ("metotrexato", "MEDICATION"), ("Dra. Bustamante", "PROVIDER"), ("Yolanda Maldonado", "PROVIDER"), ("(305) 555-0163", "PHONE"), ("Reumatología del Sur de la Florida", "SPECIALTY", 1)],
     ["pharmacy", "identifier", "practice-contact"], "Decision 14: the denial states the diagnosis and the treatment history, which is the content of the letter; decisions 4, 5, 17: the coordinator is workforce, the rheumatology name is revealing, service tag pharmacy."),
    ("aj0042", "Para completar su solicitud de ayuda financiera, confirme que su número de Seguro Social es 078-05-1120 respondiendo SÍ. Si no es correcto, llámenos.",
     "BLOCK", "billing", "sms", "es",
     [("078-05-1120", "SSN")],
     ["general", "identifier"], "An SSN must never travel by text (DESIGN)."),
    ("aj0043", "Sr. Montalvo, recibimos su solicitud de descuento por caridad. Para procesarla usamos su ITIN 912-78-4431 en lugar del seguro social. Solo nos falta una copia de su talón de cheque.",
     "BLOCK", "billing", "email", "es",
     [("Montalvo", "NAME"), ("912-78-4431", "OTHER_ID")],
     ["general", "identifier"], "Decision 7: an ITIN is OTHER_ID (not an SSN) but, like an SSN, a tax number that must never travel by text: BLOCK."),
    ("aj0044", "Su bil de este mes ya está disponible. Si tiene aseguranza nueva, mándenos foto de la tarjeta por el portal para que no le cobremos el copay dos veces.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Spanglish billing notice ('bil', 'aseguranza', 'copay') with no amount, account or clinical word."),
    ("aj0045", "Nos devolvieron su estado de cuenta por correo. ¿Sigue viviendo en 735 W Cermak Rd Apt 2B, Chicago, IL 60616? Responda SÍ o mándenos su nueva dirección.",
     "REWRITE", "billing", "sms", "es",
     [("735 W Cermak Rd Apt 2B, Chicago, IL 60616", "ADDRESS")],
     ["general"], "Decision 15: the patient's own street address is an identifier; the request to confirm the address survives without it."),
    ("aj0046", "Actualizamos su correo en nuestro sistema a lupita.carranza88@example.com. Si usted no pidió este cambio, llame al (915) 555-0108.",
     "REWRITE", "other", "sms", "es",
     [("lupita.carranza88@example.com", "EMAIL"), ("(915) 555-0108", "PHONE")],
     ["general", "practice-contact"], "Decision 15: the patient's e-mail address (which also carries her name) is an identifier; the practice's phone stays."),
    ("aj0047", "Oficina del Dr. Benavides: recuerde que su copago se paga al momento de la consulta. Aceptamos efectivo, tarjeta y Zelle. Dudas: 210-555-0152 o www.drbenavides.example",
     "ALLOW", "billing", "sms", "es",
     [("Dr. Benavides", "PROVIDER"), ("210-555-0152", "PHONE"), ("www.drbenavides.example", "URL")],
     ["primary-care", "practice-contact"], "Copay policy with the practice's own phone and web site."),
    ("aj0048", "Ortopedia y Deportes del Sur: su estimado para la cirugía de rodilla es de $1,850 después de su aseguranza. Estimado #EST-55102. Llámenos para un plan de pagos.",
     "REWRITE", "billing", "sms", "es",
     [("Ortopedia y Deportes del Sur", "SPECIALTY"), ("cirugía de rodilla", "PROCEDURE"), ("EST-55102", "OTHER_ID")],
     ["orthopedics", "identifier"], "Estimate: orthopedic name, the named surgery and the estimate number go; the amount and the call to action survive."),
)

# ---------------------------------------------------------------- batch 5 (aj0049-aj0060): pharmacy, dental, GI contrast, eye care
add(
    ("aj0049", "Farmacia del Pueblo: Recuerde no tomar alcohol mientras toma metronidazol ni hasta 3 días después de terminarlo. Puede causar vómito fuerte.",
     "BLOCK", "care-instructions", "sms", "es",
     [("metronidazol", "MEDICATION"), ("vómito", "CONDITION")],
     ["pharmacy"], "Counselling on how to take a named drug is a treatment instruction; without the drug nothing is left."),
    ("aj0050", "Farmacia Económica #142: Sus medicamentos están listos: atorvastatina 40 mg, lisinopril 10 mg. Total a pagar: $12.40. Recoja en el autoservicio.",
     "REWRITE", "pickup", "sms", "es",
     [("atorvastatina 40 mg", "MEDICATION"), ("lisinopril 10 mg", "MEDICATION")],
     ["pharmacy"], "Pickup of two named drugs: both go; the store number, total and drive-through survive."),
    ("aj0051", "Hola, le habla Jazmín de Farmacia Buena Salud. Su pedido está listo para recoger en el mostrador. Estamos abiertos hasta las 9 de la noche. Nuestro número es el 787-555-0124. Que tenga buen día.",
     "ALLOW", "pickup", "voice", "es",
     [("Jazmín", "PROVIDER"), ("787-555-0124", "PHONE")],
     ["pharmacy", "practice-contact"], "Pickup voicemail without the drug; the clerk naming herself is workforce (decision 4) and the number is the pharmacy's."),
    ("aj0052", "Especialidades Farmacéuticas Oncomed: su envío de Xeloda sale mañana por FedEx y necesita firma al recibir. Número de rastreo: 7729 4410 3381.",
     "REWRITE", "pickup", "sms", "es",
     [("Especialidades Farmacéuticas Oncomed", "SPECIALTY"), ("Xeloda", "MEDICATION"), ("7729 4410 3381", "OTHER_ID")],
     ["pharmacy", "oncology", "identifier"], "Specialty-pharmacy name and an oral chemotherapy drug go; decision 8: the parcel tracking number resolves to the patient and is OTHER_ID."),
    ("aj0053", "Después de su extracción: muerda la gasa 30 minutos, no use popote ni fume por 72 horas y tome ibuprofeno 600 mg cada 6 horas si hay dolor. Dr. Salcido, DDS",
     "BLOCK", "care-instructions", "sms", "es",
     [("extracción", "PROCEDURE"), ("ibuprofeno 600 mg", "MEDICATION"), ("dolor", "CONDITION"), ("Dr. Salcido", "PROVIDER"), ("DDS", "SPECIALTY")],
     ["dental"], "Post-extraction care with dosing is a treatment instruction: BLOCK. 'popote' is Mexican for straw."),
    ("aj0054", "Dentistería Familiar Los Olivos: ¡Ya le toca su limpieza y radiografías de cada 6 meses! Agende en losolivosdental.example/citas o llame al 704-555-0137.",
     "REWRITE", "recall", "sms", "es",
     [("Dentistería Familiar Los Olivos", "SPECIALTY"), ("limpieza", "PROCEDURE"), ("radiografías", "PROCEDURE"), ("losolivosdental.example/citas", "URL"), ("704-555-0137", "PHONE")],
     ["dental", "practice-contact"], "Dental recall: the dental name and the services due go; the practice's own link and phone stay."),
    ("aj0055", "Hola Sr. Cárdenas, en sus radiografías el Dr. Quintero vio 2 caries nuevas y una infección en la muela del juicio. Le recomendamos sacarla pronto; su seguro cubre el 80%.",
     "BLOCK", "result", "sms", "es",
     [("Cárdenas", "NAME"), ("radiografías", "PROCEDURE"), ("Dr. Quintero", "PROVIDER"), ("caries", "CONDITION"), ("infección", "CONDITION")],
     ["dental"], "Findings from X-rays (new cavities, an infection) are the message: BLOCK."),
    ("aj0056", "Instrucciones después de su colonoscopía: hoy puede comer normal. Se quitaron 2 pólipos pequeños; los resultados de patología tardan de 7 a 10 días. Si tiene sangrado abundante o fiebre, llame al (602) 555-0149. — Dr. Ibarra",
     "ALLOW", "care-instructions", "portal", "es",
     [("colonoscopía", "PROCEDURE"), ("2 pólipos pequeños", "RESULT"), ("sangrado", "CONDITION"), ("fiebre", "CONDITION"), ("(602) 555-0149", "PHONE"), ("Dr. Ibarra", "PROVIDER")],
     ["general", "practice-contact", "contrast"], "Inside the portal findings and aftercare may stay (README channel rule); contrast with aj0057 by e-mail. Decision 17: gastroenterology is tagged general."),
    ("aj0057", "Instrucciones después de su colonoscopía: hoy puede comer normal. Se quitaron 2 pólipos pequeños; los resultados de patología tardan de 7 a 10 días. Si tiene sangrado abundante o fiebre, llame al (602) 555-0149. — Dr. Ibarra",
     "BLOCK", "care-instructions", "email", "es",
     [("colonoscopía", "PROCEDURE"), ("2 pólipos pequeños", "RESULT"), ("sangrado", "CONDITION"), ("fiebre", "CONDITION"), ("(602) 555-0149", "PHONE"), ("Dr. Ibarra", "PROVIDER")],
     ["general", "practice-contact", "contrast"], "Same text as aj0056 by e-mail, which is treated like SMS: a finding (polyps removed) and aftercare are the content, BLOCK."),
    ("aj0058", "Óptica y Oftalmología Visión Clara: su examen de la vista con dilatación es el sábado 8 de noviembre a las 10. Traiga lentes oscuros y a alguien que maneje.",
     "REWRITE", "reminder", "sms", "es",
     [("Óptica y Oftalmología Visión Clara", "SPECIALTY"), ("examen de la vista", "PROCEDURE"), ("dilatación", "PROCEDURE"), ("8 de noviembre", "DATE")],
     ["ophthalmology"], "Eye-care name, the exam and the dilation go; date and time survive. Judgement: the 'bring sunglasses and a driver' tip is logistics and stays."),
    ("aj0059", "¡Regreso a clases! 2x1 en lentes para niños y examen de la vista gratis con la compra de armazones. Válido hasta fin de mes en todas nuestras tiendas.",
     "ALLOW", "marketing", "sms", "es", [],
     ["ophthalmology", "broadcast", "hard-negative"], "Promotion to every customer; an eye exam offered to all says nothing about the recipient (README broadcasts rule)."),
    ("aj0060", "Sra. Benítez: empiece las gotas de latanoprost, 1 gota en cada ojo en la noche. Su presión del ojo estaba en 26 y 28. Cita de control el 2/12.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Benítez", "NAME"), ("latanoprost", "MEDICATION"), ("presión del ojo", "PROCEDURE"), ("26", "RESULT"), ("28", "RESULT"), ("2/12", "DATE")],
     ["ophthalmology"], "New drug with dosing plus eye-pressure values: treatment and results, BLOCK."),
)

# ---------------------------------------------------------------- batch 6 (aj0061-aj0072): PT, dialysis, fertility, oncology, dermatology, long e-mails
add(
    ("aj0061", "Estimado Sr. Galindo:\n\nGracias por elegir Fisioterapia Activa del Norte. Le confirmamos su evaluación inicial de terapia física el martes 11 de noviembre a las 2:00 p.m. con Mariela Ríos, PT, DPT, en nuestra sede de 1802 N Main Ave, San Antonio, TX 78212.\n\nPor favor llegue 15 minutos antes para completar su registro y traiga:\n- Identificación con foto y tarjeta del seguro\n- La orden de su médico\n- Ropa cómoda y tenis\n\nSi necesita cancelar, avísenos con al menos 24 horas de anticipación para evitar un cargo de $40. Puede responder a este correo o llamar al (210) 555-0172.\n\nLo esperamos,\nEquipo de Fisioterapia Activa del Norte",
     "REWRITE", "confirmation", "email", "es",
     [("Galindo", "NAME"), ("Fisioterapia Activa del Norte", "SPECIALTY"), ("terapia física", "PROCEDURE"), ("11 de noviembre", "DATE"), ("Mariela Ríos", "PROVIDER"), ("PT", "SPECIALTY"),
      ("DPT", "SPECIALTY"), ("1802 N Main Ave, San Antonio, TX 78212", "ADDRESS"), ("(210) 555-0172", "PHONE"), ("Fisioterapia Activa del Norte", "SPECIALTY", 1)],
     ["physical-therapy", "practice-contact"], "Welcome e-mail: the name, the PT practice name (twice), the therapy and the specialty credentials go (README: DPT is SPECIALTY); the therapist's name, date, time, the clinic's address and phone stay."),
    ("aj0062", "Centro de Diálisis Río Grande: a partir de la próxima semana su turno cambia a lunes, miércoles y viernes a las 5:30 am, silla 14. Cualquier duda, pregunte a la enfermera encargada.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Diálisis Río Grande", "SPECIALTY")],
     ["dialysis"], "The dialysis centre name reveals the treatment; the new schedule survives. Decision 8: a chair number is not an identifier."),
    ("aj0063", "Don Efraín, sus laboratorios del mes: potasio 6.2 (alto) y fósforo 7.1. Por favor evite plátano, aguacate, frijoles y refrescos oscuros esta semana y no falte a su tratamiento del sábado.",
     "BLOCK", "result", "sms", "es",
     [("Efraín", "NAME"), ("potasio", "PROCEDURE"), ("6.2", "RESULT"), ("alto", "RESULT"), ("fósforo", "PROCEDURE"), ("7.1", "RESULT")],
     ["dialysis"], "Lab values with a diet instruction: results and treatment content, BLOCK."),
    ("aj0064", "Hola Mariana y Esteban:\n\nLes recordamos su consulta de seguimiento en Clínica de Fertilidad Nueva Vida el 19/11 a las 8:30 a.m. con la Dra. Castellanos. Pueden venir juntos; la consulta dura unos 40 minutos y pueden estacionarse en el nivel 2 del garaje.\n\nSi tienen preguntas sobre sus medicamentos o necesitan cambiar la hora, escríbannos por el portal o llamen al (312) 555-0138. Por favor no respondan a este correo con información médica.\n\nSaludos cordiales,\nCoordinación de Pacientes\nClínica de Fertilidad Nueva Vida",
     "REWRITE", "reminder", "email", "es",
     [("Mariana", "NAME"), ("Esteban", "NAME"), ("Clínica de Fertilidad Nueva Vida", "SPECIALTY"), ("19/11", "DATE"), ("Dra. Castellanos", "PROVIDER"), ("(312) 555-0138", "PHONE"),
      ("Clínica de Fertilidad Nueva Vida", "SPECIALTY", 1)],
     ["fertility", "practice-contact"], "The couple's names and the fertility clinic's name (README: fertility names are revealing, also in the signature) go; date, time, parking and the clinic's phone stay."),
    ("aj0065", "Hola Mariana, habla la enfermera Itzel de la clínica. Sus niveles de beta de hoy salieron en 312, muy buenos. Siga con la progesterona como le indicamos y repetimos el análisis el jueves. Llámeme si tiene sangrado.",
     "BLOCK", "result", "voice", "es",
     [("Mariana", "NAME"), ("enfermera Itzel", "PROVIDER"), ("beta", "PROCEDURE"), ("312", "RESULT"), ("muy buenos", "RESULT"), ("progesterona", "MEDICATION"), ("sangrado", "CONDITION")],
     ["fertility", "reproductive"], "A pregnancy hormone level and a medication instruction on a voicemail: BLOCK. Decision 12: 'muy buenos' is a RESULT."),
    ("aj0066", "Recordatorio: su sesión de qui\u200bmio es el jueves 13/11 a las 9:00 en el Centro Oncológico San Lucas. Calcule unas 4 horas. Puede traer un acompañante.",
     "REWRITE", "reminder", "sms", "es",
     [("qui\u200bmio", "PROCEDURE"), ("13/11", "DATE"), ("Centro Oncológico San Lucas", "SPECIALTY")],
     ["oncology"], "Disguised with a zero-width space inside 'quimio'; the treatment and the oncology name go, date and time survive."),
    ("aj0067", "Estimada Sra. Pacheco:\n\nLa Dra. Villarreal revisó su tomografía de control del mes pasado y nos pidió compartirle buenas noticias: no hay evidencia de enfermedad y el cáncer sigue en remisión. ¡Felicidades!\n\nSu próxima tomografía será en seis meses; le llamaremos para programarla. Mientras tanto, continúe con sus citas con su médico de cabecera y avísenos si nota algún síntoma nuevo.\n\nSi prefiere hablar con la doctora, puede responder a este correo o llamar al (956) 555-0190.\n\nCon cariño,\nEquipo de Enfermería\nCentro de Cáncer del Golfo",
     "BLOCK", "result", "email", "es",
     [("Pacheco", "NAME"), ("Dra. Villarreal", "PROVIDER"), ("tomografía", "PROCEDURE"), ("no hay evidencia de enfermedad", "RESULT"), ("cáncer", "CONDITION"), ("en remisión", "RESULT"),
      ("tomografía", "PROCEDURE", 1), ("(956) 555-0190", "PHONE"), ("Centro de Cáncer del Golfo", "SPECIALTY")],
     ["oncology", "practice-contact"], "Good news is still a result: 'no evidence of disease' and 'in remission' (README: a state a condition is in is a RESULT), BLOCK."),
    ("aj0068", "Recordatorio: cita con la Dra. Peralta el lunes 24/11 a las 3:45 p.m., Suite 210. Llegue 15 minutos antes. Para cancelar responda CANCELAR.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Peralta", "PROVIDER"), ("24/11", "DATE")],
     ["dermatology"], "No specialty word or practice name: provider, date (dd/mm, decision 2), time and suite only."),
    ("aj0069", "Hola Daniela 💉✨ ya pasaron 4 meses desde tu último Botox. Agenda tu retoque en Piel Bella Dermatología & Spa y llévate 10% de descuento esta semana.",
     "REWRITE", "marketing", "sms", "es",
     [("Daniela", "NAME"), ("Botox", "MEDICATION"), ("Piel Bella Dermatología & Spa", "SPECIALTY")],
     ["dermatology"], "Targeted med-spa promotion: the name, the product (README: brands used as names are MEDICATION) and the dermatology name go."),
    ("aj0070", "Sr. Alcántara, su biopsia del lunar de la espalda salió benigna, no necesita más tratamiento. Dermatología Costa Azul",
     "BLOCK", "result", "sms", "es",
     [("Alcántara", "NAME"), ("biopsia", "PROCEDURE"), ("lunar", "CONDITION"), ("benigna", "RESULT"), ("Dermatología Costa Azul", "SPECIALTY")],
     ["dermatology"], "A benign biopsy is still a result (README): BLOCK."),
    ("aj0071", "Octubre es el Mes de la Concientización sobre el Cáncer de Mama. Acompáñenos a la Caminata Rosa el sábado a las 8 am en el Parque Central; inscripción gratis en la recepción. ¡Traiga su camiseta rosa!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Decision 10: an awareness walk announced to every patient names a disease but says nothing about the recipient."),
    ("aj0072", "Asunto: Confirmación de su cita\n\nEstimado(a) paciente:\n\nSu cita ha sido programada con éxito.\n\nProveedor: Dr. Emilio Cárdenas Ruiz\nFecha: miércoles, 3 de diciembre de 2025\nHora: 9:20 a.m. (llegue 15 minutos antes)\nLugar: Clínica Médica Familiar Sierra Vista, 2760 E Broadway Blvd, Tucson, AZ 85716\n\nAntes de su cita, complete su registro en línea en https://sierravistafamiliar.example/registro. Si necesita reprogramar, llame al (520) 555-0113 o responda a este mensaje.\n\nEste correo fue enviado automáticamente; por favor no comparta información médica por este medio.\n\nClínica Médica Familiar Sierra Vista",
     "ALLOW", "confirmation", "email", "es",
     [("Dr. Emilio Cárdenas Ruiz", "PROVIDER"), ("3 de diciembre de 2025", "DATE"), ("2760 E Broadway Blvd, Tucson, AZ 85716", "ADDRESS"), ("https://sierravistafamiliar.example/registro", "URL"),
      ("(520) 555-0113", "PHONE")],
     ["primary-care", "practice-contact"], "Vendor confirmation e-mail from a generic practice: provider, date, time and the practice's own address, link and phone."),
)

# ---------------------------------------------------------------- batch 7 (aj0073-aj0084): voicemails, WhatsApp, Caribbean and Central American usage, push
add(
    ("aj0073", "Buenas, le habla Maricela de la oficina del Dr. Figueroa. Le llamo para confirmar su cita del viernes 21 de noviembre a las diez y media. Si tiene que cambiarla, llámenos al 787-555-0166. ¡Bendiciones!",
     "ALLOW", "confirmation", "voice", "es",
     [("Maricela", "PROVIDER"), ("Dr. Figueroa", "PROVIDER"), ("21 de noviembre", "DATE"), ("787-555-0166", "PHONE")],
     ["primary-care", "practice-contact"], "Puerto Rican office voicemail: staff name, provider, date, time and the office number only."),
    ("aj0074", "Saludos, este mensaje es para Wanda Colón Rivera. Le llamamos de Centro de Mamografía Boricua para recordarle su mamografía de este jueves a las 8:15. Por favor no use desodorante ni talco ese día. Gracias y que pase buen día.",
     "REWRITE", "reminder", "voice", "es",
     [("Wanda Colón Rivera", "NAME"), ("Centro de Mamografía Boricua", "SPECIALTY"), ("mamografía", "PROCEDURE")],
     ["imaging"], "Voicemail: the full name (two surnames, one span), the mammography centre (decision 5) and the test go. Judgement: the no-deodorant tip is prep logistics that survives, although it hints at the test."),
    ("aj0075", "Mi amor soy Yokasta de la clínica, ya te llegaron los resultados de la orina y salió una infección urinaria. La doctora te mandó ciprofloxacina a la farmacia, tómala 2 veces al día por 3 días ok? 🙏",
     "BLOCK", "result", "sms", "es",
     [("Yokasta", "PROVIDER"), ("orina", "PROCEDURE"), ("infección urinaria", "CONDITION"), ("ciprofloxacina", "MEDICATION")],
     ["primary-care"], "Dominican WhatsApp-style text (decision 1: channel sms): a diagnosis and dosing, BLOCK. The staff member naming herself is workforce."),
    ("aj0076", "Buenos días! Le escribe la clínica por WhatsApp para que guarde este número. Por aquí le mandaremos recordatorios de citas. Por favor no mande fotos de documentos ni información médica por este medio 🙏",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Channel-enrolment text with nothing about the patient; 'información médica' is a warning, not content (decision 1)."),
    ("aj0077", "Hola Jennifer, te saluda Karen de Clínica Comunitaria Cuscatlán. Tu control prenatal es el martes 18 a las 9. Traé tu carnet y cualquier cosa me escribís, va?",
     "REWRITE", "reminder", "sms", "es",
     [("Jennifer", "NAME"), ("Karen", "PROVIDER"), ("prenatal", "PROCEDURE"), ("martes [[18]]", "DATE")],
     ["reproductive"], "Salvadoran voseo; the name and the prenatal visit type go (decision 3: 'control' stays outside). Decision 2: the bare day after a weekday is a DATE."),
    ("aj0078", "Hola, habla Alejandra Núñez, trabajadora social del hospital. Le llamo por su papá, Don Teodoro: ya está estable después del infarto y mañana lo pasan a rehabilitación cardíaca. Llámeme al 404-555-0181 cuando pueda.",
     "BLOCK", "other", "voice", "es",
     [("Alejandra Núñez", "PROVIDER"), ("Teodoro", "NAME"), ("infarto", "CONDITION"), ("rehabilitación cardíaca", "PROCEDURE"), ("404-555-0181", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A father's heart attack and transfer told to his child on a voicemail: a third party's health, BLOCK. The social worker is workforce (decision 4)."),
    ("aj0079", "¡Gracias por su comentario tan positivo en nuestra encuesta! Nos alegra saber que su experiencia fue excelente. Equipo de Clínica Familiar Robles",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'positivo' is praise, not a test result; 'Robles' is the practice's name."),
    ("aj0080", "MiSalud: Recordatorio — Prueba de VIH mañana a las 11:00 en Centro de Salud Sexual Arcoíris.",
     "REWRITE", "reminder", "push", "es",
     [("Prueba de VIH", "PROCEDURE"), ("Centro de Salud Sexual Arcoíris", "SPECIALTY")],
     ["hiv-sexual-health"], "Lock-screen push: the test and the sexual-health centre go, the time survives."),
    ("aj0081", "Tienes resultados nuevos en el portal. Inicia sesión para verlos.",
     "ALLOW", "portal-notice", "push", "es", [],
     ["general", "hard-negative"], "The safe pattern: says that results exist, not which test or what value (README: no test named)."),
    ("aj0082", "Nuevo resultado: Glucosa en ayunas 182 mg/dL (alto). Toca para ver detalles.",
     "BLOCK", "result", "push", "es",
     [("Glucosa en ayunas", "PROCEDURE"), ("182 mg/dL", "RESULT"), ("alto", "RESULT")],
     ["lab"], "A push with the value on the lock screen: the result is the message, BLOCK."),
    ("aj0083", "Hey Brian! Tu appt pa' la sleep study es el 11/20 a las 8pm en Dreamwell Sleep Center. Trae tu pijama y tus meds de la noche 😴",
     "REWRITE", "reminder", "sms", "es",
     [("Brian", "NAME"), ("sleep study", "PROCEDURE"), ("11/20", "DATE"), ("Dreamwell Sleep Center", "SPECIALTY")],
     ["general", "shorthand"], "Spanglish: the name, the sleep study and the sleep-centre name go (decisions 5, 17); 'meds' is generic."),
    ("aj0084", "Clinica Familiar Buena Vista: su cita con el Dr. Orozco quedo confirmada para el lunes 1/12 a las 11:30am. Si no puede venir favor de avisar con tienpo.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dr. Orozco", "PROVIDER"), ("1/12", "DATE")],
     ["primary-care", "typo"], "Typos and missing accents; provider, date and time only."),
)

# ---------------------------------------------------------------- batch 8 (aj0085-aj0096): disguises, false friends, urgent care, orthopedics
add(
    ("aj0085", "Hola Sr. Ledesma, su prueba de V I H salió r e a c t i v a. Es importante que venga hoy a hablar con la Dra. Serrano. Llame al 305-555-0158.",
     "BLOCK", "result", "sms", "es",
     [("Ledesma", "NAME"), ("prueba de V I H", "PROCEDURE"), ("r e a c t i v a", "RESULT"), ("Dra. Serrano", "PROVIDER"), ("305-555-0158", "PHONE")],
     ["hiv-sexual-health", "spaced", "practice-contact"], "Spaced letters hide the test and the result; a reactive HIV result is the message, BLOCK."),
    ("aj0086", "Farmacia Central: su receta de Sub\u043exone 8 mg ya está lista. Recójala en la ventanilla de atrás, de 9 a 6.",
     "REWRITE", "pickup", "sms", "es",
     [("Sub\u043exone 8 mg", "MEDICATION")],
     ["pharmacy", "substance-use"], "A Cyrillic o inside the drug name; a buprenorphine pickup reveals substance-use treatment, the drug goes and the pickup window survives."),
    ("aj0087", "Sra. Guzmán: su ultrasonido confirma emb4r4z0 de 9 semanas. ¡Felicidades! La Dra. Morales la verá el 2/12.",
     "BLOCK", "result", "sms", "es",
     [("Guzmán", "NAME"), ("ultrasonido", "PROCEDURE"), ("emb4r4z0", "CONDITION"), ("9 semanas", "RESULT"), ("Dra. Morales", "PROVIDER"), ("2/12", "DATE")],
     ["reproductive", "leet"], "Leetspeak 'embarazo': an ultrasound finding (pregnancy and gestational age) is the message, BLOCK."),
    ("aj0088", "Taller gratuito de cocina saludable: aprenda recetas mexicanas con menos sal y azúcar. Jueves 6 pm en el salón comunitario de la clínica. Cupo limitado, responda SÍ para apartar su lugar.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'recetas' are cooking recipes, not prescriptions, and 'azúcar' is food, not a euphemism for diabetes; sent to everyone."),
    ("aj0089", "Recuerde venir en ayunas (8 horas sin comer, puede tomar agua) a su cita de laboratorio de mañana. Traiga la orden de su médico.",
     "ALLOW", "reminder", "sms", "es", [],
     ["lab", "hard-negative"], "Decision 11: fasting for generic lab work is logistics, not a treatment instruction; no test is named."),
    ("aj0090", "Hoy es el Día de la Virgen de Guadalupe: la clínica cierra a la 1 pm. Mañana abrimos en horario normal. ¡Felices fiestas!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A feast day is a holiday, not a date, and 'Guadalupe' is not a patient."),
    ("aj0091", "Clínica de Urgencias El Pilar: el radiólogo revisó su placa y sí tiene una fractura en el dedo. Siga usando la férula y vea al ortopedista esta semana.",
     "BLOCK", "result", "sms", "es",
     [("Clínica de Urgencias El Pilar", "SPECIALTY"), ("radiólogo", "SPECIALTY"), ("placa", "PROCEDURE"), ("fractura", "CONDITION"), ("férula", "PROCEDURE"), ("ortopedista", "SPECIALTY")],
     ["urgent-care", "orthopedics"], "An X-ray finding is the message: BLOCK. Decision 5: an urgent-care name is specialty-revealing; the splint is a device (PROCEDURE)."),
    ("aj0092", "Gracias por visitar Clínica de Urgencias El Pilar, Ramiro. ¿Cómo fue su experiencia? Califíquenos del 1 al 5: https://encuesta.elpilar.example/s?v=88231&p=40417",
     "REWRITE", "other", "sms", "es",
     [("Clínica de Urgencias El Pilar", "SPECIALTY"), ("Ramiro", "NAME"), ("https://encuesta.elpilar.example/s?v=88231&p=40417", "URL")],
     ["urgent-care"], "Survey: the urgent-care name (decision 5), the name and a link carrying visit and patient parameters go; the request for feedback survives."),
    ("aj0093", "Recordatorio: su cita con el Dr. Saucedo es el martes 25/11 a la 1:30 pm. Si tiene estudios o documentos de otro consultorio, tráigalos ese día.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Saucedo", "PROVIDER"), ("25/11", "DATE")],
     ["orthopedics"], "No practice name, specialty or visit type: provider, date and time only; 'estudios o documentos' is a generic request."),
    ("aj0094", "Hola Lizbeth, tu cita para quitarte el yeso es el 3/12 a las 10:40 con el Dr. Saucedo. Ponte ropa holgada.",
     "REWRITE", "reminder", "sms", "es",
     [("Lizbeth", "NAME"), ("yeso", "PROCEDURE"), ("3/12", "DATE"), ("Dr. Saucedo", "PROVIDER")],
     ["orthopedics"], "The name and the cast (a device, README: PROCEDURE) go; date, time and provider survive."),
    ("aj0095", "Estimado Sr. Benavídez:\n\nEl Dr. Saucedo revisó la resonancia de su rodilla derecha que le hicieron el 4 de noviembre. El estudio muestra un desgarro del menisco medial, sin daño en los ligamentos.\n\nEl doctor le recomienda empezar terapia física dos veces por semana durante seis semanas antes de considerar una cirugía. Ya enviamos la orden a Fisioterapia Activa del Norte; ellos le llamarán para darle cita.\n\nSi tiene preguntas, responda a este correo o llame al (210) 555-0177.\n\nAtentamente,\nOficina del Dr. Saucedo",
     "BLOCK", "result", "email", "es",
     [("Benavídez", "NAME"), ("Dr. Saucedo", "PROVIDER"), ("resonancia", "PROCEDURE"), ("4 de noviembre", "DATE"), ("desgarro del menisco medial", "CONDITION"), ("sin daño en los ligamentos", "RESULT"),
      ("terapia física", "PROCEDURE"), ("Fisioterapia Activa del Norte", "SPECIALTY"), ("(210) 555-0177", "PHONE"), ("Dr. Saucedo", "PROVIDER", 1)],
     ["orthopedics", "physical-therapy", "practice-contact"], "An MRI finding and a treatment plan by e-mail (treated like SMS): BLOCK. A negative finding ('sin daño') is a RESULT too."),
    ("aj0096", "Para solicitar su expediente, llene el formulario y envíelo por fax al (323) 555-0145 o por correo a expedientes@clinicaeastla.example. El trámite tarda hasta 30 días.",
     "ALLOW", "other", "sms", "es",
     [("(323) 555-0145", "FAX"), ("expedientes@clinicaeastla.example", "EMAIL")],
     ["general", "practice-contact"], "Records-request instructions with the practice's own fax and e-mail."),
)

# ---------------------------------------------------------------- batch 9 (aj0097-aj0108): codes, transport, DME, hospice, DOB, newsletter, contrast
add(
    ("aj0097", "Su código de verificación para el Portal del Paciente es 604218. No lo comparta con nadie. Vence en 10 minutos.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README), even though it looks like an MRN."),
    ("aj0098", "Transporte Médico Amigo: lo recogemos mañana a las 6:15 am para su diálisis. Vamos en una van blanca con placas TX 7KLM-294. Su chofer es Rogelio.",
     "REWRITE", "other", "sms", "es",
     [("diálisis", "PROCEDURE"), ("Rogelio", "PROVIDER")],
     ["dialysis"], "The treatment the ride is for goes; pickup time survives. Decision 9: the company van's plate is not the patient's vehicle identifier; decision 4: the named driver is workforce."),
    ("aj0099", "Equipos Médicos del Hogar: su máquina de CPAP nueva (serie SN 4R7-220918-KX) fue enviada hoy. Por favor regrese la anterior en la caja incluida.",
     "REWRITE", "other", "sms", "es",
     [("CPAP", "PROCEDURE"), ("4R7-220918-KX", "DEVICE_ID")],
     ["home-health", "identifier"], "DME shipment: the device (README: devices are PROCEDURE) and its serial number go; the return request survives."),
    ("aj0100", "buenas tardes le llama ofelia la enfermera de hospicio brazos abiertos mañana paso a ver a su esposo como a las 2 de la tarde si necesitan algo antes la línea de 24 horas es 505 555 0129 gracias",
     "REWRITE", "reminder", "voice", "es",
     [("ofelia", "PROVIDER"), ("hospicio brazos abiertos", "SPECIALTY"), ("505 555 0129", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Unpunctuated lower-case voicemail transcript: the hospice name reveals the husband's condition and goes; visit time and the 24-hour line stay (decisions 5, 16)."),
    ("aj0101", "Hola, para confirmar la cita de su mamá necesito verificar: Herminia Salgado, nacida el 02/09/1938, ¿correcto? Responda SÍ o NO.",
     "BLOCK", "confirmation", "sms", "es",
     [("Herminia Salgado", "NAME"), ("02/09/1938", "DATE")],
     ["primary-care", "dob", "third-party"], "A full date of birth with a name: BLOCK (README), even when asked back for verification."),
    ("aj0102", "Verificamos su registro: la fecha de nacimiento en nuestro sistema es 07/14/1985. Si está mal, avísenos antes de su cita del jueves.",
     "REWRITE", "confirmation", "sms", "es",
     [("07/14/1985", "DATE")],
     ["primary-care", "dob"], "A date of birth without a name: REWRITE (README)."),
    ("aj0103", "Boletín de otoño — Centro de Salud Comunitario Las Américas\n\n¡Hola, familia! Estas son las novedades de la temporada:\n\n1. Vacunas contra la gripe y el COVID ya disponibles para toda la familia, sin cita, de lunes a sábado.\n2. Nuevo horario extendido: martes y jueves atendemos hasta las 8 p.m.\n3. Clases gratuitas de nutrición en español cada miércoles a las 6 p.m.\n4. ¿Necesita ayuda con su seguro médico o con Medicaid? Nuestros navegadores le ayudan gratis.\n5. Ya tenemos dentista y consejería en el mismo edificio.\n\nRecuerde que puede ver sus resultados y mandar mensajes a su médico desde el portal: https://lasamericas.example/portal\n\nPara citas llame al (404) 555-0198.\n\nCon cariño,\nSu equipo de Las Américas",
     "ALLOW", "marketing", "email", "es",
     [("https://lasamericas.example/portal", "URL"), ("(404) 555-0198", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every patient: services offered to all (vaccines, dentist, counselling) say nothing about the recipient (decision 10); the link and phone are the centre's."),
    ("aj0104", "Recuerde lo que hablamos con la Lic. Zamora: si esta semana vuelve a tener pensamientos de hacerse daño, llame o mande texto al 988 o vaya a la sala de emergencias. Su próxima sesión es el lunes.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Lic. Zamora", "PROVIDER"), ("pensamientos de hacerse daño", "CONDITION")],
     ["behavioral-health", "negation"], "A safety plan naming self-harm thoughts (hypothetical, still the patient's condition) is clinical content: BLOCK. 988 is not a phone identifier."),
    ("aj0105", "¡Última semana para inscribirse en un plan de seguro para 2026! Sin presión: nuestros navegadores le explican sus opciones gratis. Responda INFO.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Sin presión' is a figure of speech; enrolment outreach to all; a year alone is not a date element."),
    ("aj0106", "Sr. Arellano, ya le toca su visita anual de bienestar de Medicare. Llame a Clínica Familiar Arboleda para agendar: (480) 555-0116.",
     "REWRITE", "recall", "sms", "es",
     [("Arellano", "NAME"), ("bienestar de Medicare", "PROCEDURE"), ("(480) 555-0116", "PHONE")],
     ["primary-care", "practice-contact"], "README: Medicare wellness is a revealing visit type; decision 3: 'visita anual de' stays outside. The name goes, the clinic's phone stays."),
    ("aj0107", "Hola, mensaje para Ignacio de la Clínica San Martín. Sus análisis de tiroides salieron normales, la TSH en 2.1. Siga con la misma dosis de levotiroxina. Que esté bien.",
     "BLOCK", "result", "voice", "es",
     [("Ignacio", "NAME"), ("análisis de tiroides", "PROCEDURE"), ("normales", "RESULT"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("levotiroxina", "MEDICATION")],
     ["lab", "primary-care", "contrast"], "Normal results and a dose instruction on a voicemail: BLOCK (README: normal is still a result). 'análisis de tiroides' is a named test, unlike 'análisis' alone. Contrast with aj0108 in the portal."),
    ("aj0108", "Sus análisis de tiroides salieron normales, la TSH en 2.1. Siga con la misma dosis de levotiroxina y repetimos en un año. — Dr. Landeros",
     "ALLOW", "result", "portal", "es",
     [("análisis de tiroides", "PROCEDURE"), ("normales", "RESULT"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("levotiroxina", "MEDICATION"), ("Dr. Landeros", "PROVIDER")],
     ["lab", "primary-care", "contrast"], "The same result inside the secure portal: ALLOW (README channel rule)."),
)

# ---------------------------------------------------------------- batch 10 (aj0109-aj0120): portal notices, vendors' templates, staff e-mails, more hard negatives
add(
    ("aj0109", "Clínica Familiar Montebello: tiene un estado de cuenta y un mensaje nuevo de la Dra. Ávila en el portal.",
     "ALLOW", "portal-notice", "push", "es",
     [("Dra. Ávila", "PROVIDER")],
     ["primary-care"], "Portal notice: says that something is waiting, not what; the provider is allowed."),
    ("aj0110", "Sr. Ledezma: como hablamos en la consulta, aumente la insulina glargina a 22 unidades cada noche y mida su glucosa en ayunas todos los días. Mándeme sus números el viernes por este portal. — Dra. Amaya",
     "ALLOW", "care-instructions", "portal", "es",
     [("Ledezma", "NAME"), ("insulina glargina", "MEDICATION"), ("glucosa en ayunas", "PROCEDURE"), ("Dra. Amaya", "PROVIDER")],
     ["primary-care"], "Dose instructions with the patient's name are fine inside the secure portal (README channel rule); the dose is not in the drug span."),
    ("aj0111", "*|PRACTICE_NAME|*: Su appointment #A-22817 es mañana a las *|APPT_TIME|*. Please llegue 15 minutos early con su ID y la tarjeta de la aseguranza. Para cancelar, reply CANCEL.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "template", "hard-negative"], "Spanglish vendor template with content-free merge tags; decision 8: an appointment number is a slot reference, not labelled."),
    ("aj0112", "¡Estamos contratando! Buscamos asistente médico bilingüe con experiencia en pacientes con diabetes y presión alta. Horario de lunes a viernes, buen sueldo. Mande su currículum a empleos@clinicasolnaciente.example.",
     "ALLOW", "other", "sms", "es",
     [("empleos@clinicasolnaciente.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Decision 10: a job advert sent to the whole list names conditions but says nothing about the recipient; the e-mail is the practice's own."),
    ("aj0113", "Confirmado ✅ Su cita con el Dr. Quevedo es el 9/12 a las 4:00 pm. Dirección: 1550 S Pacific Ave, Santa Ana, CA 92704. Hay estacionamiento gratis atrás del edificio.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dr. Quevedo", "PROVIDER"), ("9/12", "DATE"), ("1550 S Pacific Ave, Santa Ana, CA 92704", "ADDRESS")],
     ["primary-care", "practice-contact"], "Confirmation with provider, date and the practice's own address (README: practice address is labelled, verdict ALLOW)."),
    ("aj0114", "Buenos días, le llamamos de la Clínica del Pueblo para recordarle su cita de mañana jueves a las 9 con la doctora Herrera. Si no puede venir, llámenos al 240-555-0105. Que Dios le bendiga.",
     "ALLOW", "reminder", "voice", "es",
     [("doctora Herrera", "PROVIDER"), ("240-555-0105", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail with the provider (title spelled out, included in the span) and the clinic's number only."),
    ("aj0115", "Por la tormenta tropical Rosalinda hoy cerramos a las 12. Todas las citas de la tarde se van a reprogramar y le llamaremos. ¡Cuídese mucho!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A storm's name looks like a person's name; closure notice to everyone."),
    ("aj0116", "Hola, tiene un mensaje nuevo en el Portal del Paciente. Entre a https://portal.saludnorte.example para leerlo. No responda a este texto.",
     "ALLOW", "portal-notice", "sms", "es",
     [("https://portal.saludnorte.example", "URL")],
     ["general", "practice-contact"], "Portal notice with the practice's own link, which carries no token."),
    ("aj0117", "Hola mija, soy la MA del Dr. Ponce 😊 tus labs salieron bien, el TSH normal y el iron un poquito bajo, el doctor dice que sigas con las vitaminas de hierro.",
     "BLOCK", "result", "sms", "es",
     [("Dr. Ponce", "PROVIDER"), ("bien", "RESULT"), ("TSH", "PROCEDURE"), ("normal", "RESULT"), ("iron", "PROCEDURE"), ("un poquito bajo", "RESULT"), ("vitaminas de hierro", "MEDICATION")],
     ["lab", "shorthand"], "Spanglish results from a medical assistant: normal and low values plus a supplement instruction, BLOCK (decision 12: 'bien' is a RESULT)."),
    ("aj0118", "¿Necesita intérprete para su consulta? Es gratis. Responda con su idioma: ESPAÑOL, K'ICHE', MAM o PORTUGUÉS.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "MAM is a Mayan language, not a mammogram; K'iche' is not a code."),
    ("aj0119", "Asunto: Nos mudamos y damos la bienvenida a un nuevo médico\n\nQueridos pacientes:\n\nA partir del lunes 2 de febrero, Clínica Familiar San Isidro atenderá en su nueva sede: 1200 Calle Ocho, Suite 300, Miami, FL 33135, a dos cuadras de la parada de la guagua de la 12 Avenida. El número de teléfono no cambia: (305) 555-0111.\n\nTambién nos alegra presentarles al Dr. Joaquín Betancourt, médico de familia, que se une al equipo junto a la Dra. Rivas y el Dr. Paz. El Dr. Betancourt atiende a adultos y niños y habla español, inglés y portugués.\n\nSus citas ya programadas siguen en la misma fecha y hora, solo cambia el lugar. Si prefiere llegar en carro, hay estacionamiento techado en el edificio (los primeros 90 minutos son gratis). Puede ver el mapa y las fotos de la nueva clínica en https://sanisidrofamiliar.example/nueva-sede.\n\n¡Los esperamos con los brazos abiertos!\n\nLa administración\nClínica Familiar San Isidro",
     "ALLOW", "other", "email", "es",
     [("2 de febrero", "DATE"), ("1200 Calle Ocho, Suite 300, Miami, FL 33135", "ADDRESS"), ("(305) 555-0111", "PHONE"), ("Dr. Joaquín Betancourt", "PROVIDER"), ("Dra. Rivas", "PROVIDER"),
      ("Dr. Paz", "PROVIDER"), ("Dr. Betancourt", "PROVIDER"), ("https://sanisidrofamiliar.example/nueva-sede", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "Relocation letter to every patient (Cuban-Miami usage: 'guagua'): the practice's own address, phone and link, providers and a move date; '90 minutos' and '12 Avenida' are not ages or addresses of a patient."),
    ("aj0120", "Los resultados de la rifa navideña ya están publicados en la recepción. ¡Gracias a todos los que participaron! Lo recaudado va para el fondo de pacientes sin seguro.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'resultados' of a raffle, not of a test; sent to everyone."),
)

probe_lib.run(M, "aj", "probe33.jsonl")
