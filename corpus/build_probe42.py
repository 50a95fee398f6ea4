#!/usr/bin/env python3
"""Build corpus/probe42.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe42.py [OUT] [-v]   (default: probe42.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, no source code and no tests were read).

This round is SPANISH AND ENGLISH MIXED: code-switching texts from bilingual staff, bilingual
templates that carry both languages in one message, Spanglish and SMS shorthand, English templates
with Spanish names and street addresses, Spanish medical words inside English sentences and the
reverse; the Spanish personal "a" before names ("le toca a Sofía"), "la Dra." / "el Dr." / "al
Dr.", social titles (Sr., Sra., Srita., Don, Doña), Spanish dates (10 de marzo, 1º de septiembre,
DD/MM numerals, "vie 26"), Spanish numbers (decimal comma, "$1.250,00", numbers spelled out in
voicemail transcripts), voice, e-mail, push and portal channels, 4 disguised messages (leet,
spaced letters, a zero-width space, Cyrillic look-alikes) and hard negatives (Spanish false
friends such as "operación" of a payment, "receta" as a recipe, "luz", "positivo" of a review,
"1 de cada 3", "95 años" of a clinic, broadcasts).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
   1. lang: "es" when Spanish words outnumber English ones in the prose (names, practice names,
      URLs, numbers and codes not counted); a strictly parallel bilingual template (the whole
      message in both languages) takes the language of the version written first.
   2. The Spanish personal "a"/"al", the articles "el"/"la" before Dr./Dra./Lic., social titles
      (Sr., Sra., Srita., Don, Doña) and kinship words used as titles ("Abuela Carmen") stay
      outside the NAME / PROVIDER span, like "Mrs." for patients.
   3. A role word that names a specialty in front of a first name is split like "Dr. Nguyen, DDS":
      "partera" SPECIALTY + "Gisela" PROVIDER; generic roles stay inside the PROVIDER span
      ("enfermera Rocío", "promotora Juanita" — a community health worker is workforce).
   4. A named interpreter ("Su intérprete, Marta Vélez") and a named staff sender are workforce:
      PROVIDER.
   5. A bare day of the month after a weekday ("el vie 26") is a date element: DATE on the number.
      Numeric day/month dates are DATE whatever the order (DD/MM in Spanish text, MM/DD in English).
      "1º de septiembre" keeps the ordinal sign in the span. A year alone ("en 2027") is not a date.
      Holiday closure dates written as calendar dates ("25 de diciembre") are DATE.
   6. Results written the Spanish way keep their form: decimal comma ("8,4", "7,9 %") and
      numbers spelled out in a voicemail ("ciento ochenta sobre cien") are RESULT; an age spelled
      out ("noventa y tres") is AGE; a practice number spelled out digit by digit is PHONE.
      "4 de 12 muestras" is a RESULT, not a date; "1 de cada 3" and "del 1 al 5" are nothing.
   7. In bilingual templates the same term in each language is labelled in each copy.
   8. A gestational age as measured on an ultrasound ("20 semanas") is a RESULT (a finding).
   9. Supplies and devices that reveal a condition (test strips, lancets, glucometer, ostomy bags
      and barrier rings, CPAP supplies, hearing aid, knee brace) are PROCEDURE (devices).
  10. A parcel tracking number is OTHER_ID (it leads to the patient's name and address);
      a plain payment acknowledgement without any number is not labelled.
  11. An urology or audiology practice name is specialty-revealing (SPECIALTY), like eye and
      imaging names; an infusion-center, endoscopy-center, birth-center, urgent-care and
      memory-care name too. Place words inside a generic practice name ("Clínica Familiar Santa
      Fe", "Centro de Diálisis Los Pinos" apart from its specialty) and an event venue without a
      street ("Lincoln Park Rec Center") are not labelled.
  12. A patient's own home address echoed back for verification is not needed in the text:
      REWRITE. A transport vendor's or the sender's own call-back number is a practice contact.
  13. Plain-language substance problems ("problemas con la bebida") are CONDITION; an AA group is
      a PROCEDURE (program); threshold values in instructions ("fiebre de más de 39 °C") are not
      RESULTs.
  14. "sports physical" is generic like "physical"; "examen de la vista para diabéticos" is one
      condition-named PROCEDURE span like "diabetic eye exam".

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (as0001-as0012): bilingual reminders, confirmations, pickups
add(
    ("as0001", "Mesa Verde Family Health: Reminder - your appointment with Dr. Okafor is Tue 3/10 at 2:45 PM. Recordatorio: su cita con el Dr. Okafor es el martes 10 de marzo a las 2:45 PM. Reply C to confirm / Responda C para confirmar.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER", 0), ("3/10", "DATE"), ("Dr. Okafor", "PROVIDER", 1), ("10 de marzo", "DATE")],
     ["primary-care", "template"], "Parallel bilingual template, English first -> en (decision 1). Provider ('el' outside the span, decision 2), dates and time are allowed; both copies labelled (decision 7)."),
    ("as0002", "Hola Itzel! Le recordamos su cita de mamografía en Sunridge Imaging Center el jueves 14 de mayo a las 9:00am. Please arrive 15 min early y traiga su tarjeta del seguro. ¿Preguntas? (480) 555-0132",
     "REWRITE", "reminder", "sms", "es",
     [("Itzel", "NAME"), ("mamografía", "PROCEDURE"), ("Sunridge Imaging Center", "SPECIALTY"), ("14 de mayo", "DATE"), ("(480) 555-0132", "PHONE")],
     ["imaging", "practice-contact"], "Spanish dominates with an English sentence inside. Name, test and imaging-center name go; date, time and the practice's phone stay."),
    ("as0003", "Su operación fue procesada con éxito ✅ Gracias por su pago. / Your payment went through, thank you! — Clínica del Valle",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "'Operación' is a payment transaction here, not surgery. Parallel bilingual, Spanish first -> es (decision 1)."),
    ("as0004", "Hi Joaquín! This is Yesenia from Corazón Heart & Vascular. Tu cita para el echo is confirmed for Thursday 4/16 at 11am. Recuerda traer tu lista de medicinas. Call 555-0141 if you need to move it.",
     "REWRITE", "confirmation", "sms", "en",
     [("Joaquín", "NAME"), ("Yesenia", "PROVIDER"), ("Corazón Heart & Vascular", "SPECIALTY"), ("echo", "PROCEDURE"), ("4/16", "DATE"), ("555-0141", "PHONE")],
     ["cardiology", "practice-contact"], "Spanglish from a bilingual scheduler; English words outnumber Spanish -> en. Patient name, cardiology practice name and echo go; the staff sender is PROVIDER."),
    ("as0005", "Sra. Maricela, sus resultados del A1C salieron en 8,4. El doctor quiere subirle la metformina a 1000 mg dos veces al día. Cualquier duda nos llama.",
     "BLOCK", "result", "sms", "es",
     [("Maricela", "NAME"), ("A1C", "PROCEDURE"), ("8,4", "RESULT"), ("metformina", "MEDICATION")],
     ["primary-care", "lab"], "A result with a decimal comma (decision 6) and a dose change: the clinical content is the message."),
    ("as0006", "Your visit with la Dra. Villalobos has been moved to Monday, June 8 at 3:30 PM. Same place, same time 🙂 Questions? 555-0119.",
     "ALLOW", "reminder", "sms", "en",
     [("Dra. Villalobos", "PROVIDER"), ("June 8", "DATE"), ("555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "English sentence with the Spanish article 'la' before Dra., kept outside the span (decision 2). Provider, date and practice phone are allowed."),
    ("as0007", "Recordatorio de Pequeños Pasos Pediatría: Brayan tiene cita para sus vacunas de los 4 años el 22/04 a las 10:15. Traiga su tarjeta del seguro. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Pequeños Pasos Pediatría", "SPECIALTY"), ("Brayan", "NAME"), ("vacunas", "PROCEDURE"), ("22/04", "DATE")],
     ["pediatrics", "minor"], "Dependent's logistics with name, routine visit type and pediatric practice name: REWRITE. 22/04 is a DD/MM date (decision 5)."),
    ("as0008", "Hola Don Anselmo, le hablamos de la clínica. Su esposa Tomasa ya salió de la cirugía, la biopsia ya va para el laboratorio y el Dr. Quintero dice que el tumor se quitó completo. Ella está descansando.",
     "BLOCK", "other", "sms", "es",
     [("Anselmo", "NAME"), ("Tomasa", "NAME"), ("biopsia", "PROCEDURE"), ("Dr. Quintero", "PROVIDER"), ("tumor", "CONDITION")],
     ["oncology", "third-party"], "A third party's (the wife's) surgery, biopsy and tumor: anything about a third party's health is BLOCK. 'Don' outside the span."),
    ("as0009", "Happy Mother's Day / ¡Feliz Día de las Madres! from everyone at Mesa Verde Family Health 💐 The office is closed Sunday and reopens Monday at 8.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday greeting to every patient; holiday names and weekdays are not dates."),
    ("as0010", "Buenas tardes, este es un mensaje para Wendy Ochoa de parte de Piel Sana Dermatología. Le llamamos para confirmar su cita de crioterapia del viernes 5 de junio a las ocho y media de la mañana. Si necesita cambiarla, llámenos al 555-0163. Gracias.",
     "REWRITE", "confirmation", "voice", "es",
     [("Wendy Ochoa", "NAME"), ("Piel Sana Dermatología", "SPECIALTY"), ("crioterapia", "PROCEDURE"), ("5 de junio", "DATE"), ("555-0163", "PHONE")],
     ["dermatology", "practice-contact"], "Voicemail is treated like SMS (overheard). Name, dermatology name and procedure go; the time in words is not a date."),
    ("as0011", "Farmacia San Judas: Su receta está lista para recoger 💊 Horario: L–V 9am–7pm, sáb 9–2. Your prescription is ready! Responda STOP para no recibir mensajes.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Pickup notice without a drug name; 'receta' is generic; a saint's name in a pharmacy name is not a patient."),
    ("as0012", "Farmacia San Judas: Hi Rigoberto, your Eliquis 5 mg está lista. Pick up at the drive-thru, ventanilla 2. Copay $47.",
     "REWRITE", "pickup", "sms", "en",
     [("Rigoberto", "NAME"), ("Eliquis 5 mg", "MEDICATION")],
     ["pharmacy"], "Same pharmacy as as0011 but with the name and drug: REWRITE. English words outnumber Spanish -> en."),
)

# ---------------------------------------------------------------- batch 2 (as0013-as0024): results and findings across both languages
add(
    ("as0013", "Hi Ximena, it's nurse Carla from Dr. Benavides' office. Tu Pap came back normal y el VPH negativo, so no need to repeat until next year. Cualquier pregunta, text me back!",
     "BLOCK", "result", "sms", "en",
     [("Ximena", "NAME"), ("nurse Carla", "PROVIDER"), ("Dr. Benavides", "PROVIDER"), ("Pap", "PROCEDURE"), ("normal", "RESULT"), ("VPH", "PROCEDURE"), ("negativo", "RESULT")],
     ["reproductive"], "Normal and negative results are still results (README). Code-switching nurse text, mostly English -> en."),
    ("as0014", "Buenos días Sr. Fuentes, su prueba de esfuerzo salió anormal y el cardiólogo quiere verle esta semana para un cateterismo. Please call us back today at 555-0177.",
     "BLOCK", "result", "sms", "es",
     [("Fuentes", "NAME"), ("prueba de esfuerzo", "PROCEDURE"), ("anormal", "RESULT"), ("cardiólogo", "SPECIALTY"), ("cateterismo", "PROCEDURE"), ("555-0177", "PHONE")],
     ["cardiology", "practice-contact"], "An abnormal stress test and the planned treatment: a finding is the message."),
    ("as0015", "Lab update para la paciente Yadira Montes (DOB 07/19/1988): glucosa en ayunas 132 mg/dL (H). Dr. Ibarra wants to start her on metformin 500mg daily.",
     "BLOCK", "result", "sms", "en",
     [("Yadira Montes", "NAME"), ("07/19/1988", "DATE"), ("glucosa en ayunas", "PROCEDURE"), ("132 mg/dL", "RESULT"), ("132 mg/dL ([[H]])", "RESULT"), ("Dr. Ibarra", "PROVIDER"), ("metformin 500mg", "MEDICATION")],
     ["lab", "dob"], "Full DOB with name, a value with its flag, and a new medication with dose."),
    ("as0016", "Estimado Sr. Salgado: Sus resultados del perfil de lípidos ya están disponibles. Colesterol LDL 162 mg/dL (alto). Le recomendamos dieta baja en grasa y repetir en 3 meses. — Dr. Ortega, Centro de Salud La Esperanza",
     "ALLOW", "result", "portal", "es",
     [("Salgado", "NAME"), ("perfil de lípidos", "PROCEDURE"), ("Colesterol LDL", "PROCEDURE"), ("162 mg/dL", "RESULT"), ("alto", "RESULT"), ("Dr. Ortega", "PROVIDER")],
     ["lab"], "Inside the secure portal a named result is fine (README channel convention)."),
    ("as0017", "Hola Mrs. Garza — following up on your mom's visit today. Doña Eulalia's potassium was 5.9, which is high, so Dr. Kaur is stopping her lisinopril. Please bring her back for a repeat BMP el lunes at our lab, no appointment needed. Gracias, Lety (nurse line)",
     "BLOCK", "result", "email", "en",
     [("Garza", "NAME"), ("Eulalia", "NAME"), ("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("which is [[high]]", "RESULT"), ("Dr. Kaur", "PROVIDER"), ("lisinopril", "MEDICATION"), ("BMP", "PROCEDURE"), ("Lety", "PROVIDER")],
     ["primary-care", "third-party"], "A relative's value and a medication stop sent by e-mail (treated like SMS): third party's health is BLOCK. 'Doña' and the possessive stay outside the span; the nurse sender is PROVIDER."),
    ("as0018", "Ey Kevin, soy Lupita de la clínica. Tu strep test salió positivo 😕 Ya te mandamos la amoxicilina a la farmacia, tómala 2 veces al día x 10 días aunque te sientas mejor.",
     "BLOCK", "result", "sms", "es",
     [("Kevin", "NAME"), ("Lupita", "PROVIDER"), ("strep test", "PROCEDURE"), ("positivo", "RESULT"), ("amoxicilina", "MEDICATION")],
     ["urgent-care", "shorthand"], "English test name inside a Spanish sentence, a positive result and dosing: BLOCK."),
    ("as0019", "Hey it's Dr. Nuñez 👋 your sono looks good y el bebé está midiendo 20 semanas, right on track. See you at your next prenatal visit!",
     "BLOCK", "result", "sms", "en",
     [("Dr. Nuñez", "PROVIDER"), ("sono", "PROCEDURE"), ("looks good", "RESULT"), ("20 semanas", "RESULT"), ("right on track", "RESULT"), ("prenatal", "PROCEDURE")],
     ["reproductive"], "Ultrasound findings by text, even good ones, are results; the gestational age measured is a RESULT (decision 8)."),
    ("as0020", "Hola, le escribe Marisol de Río Grande Women's Health. Su cita para el ultrasonido transvaginal es el 2 de julio a las 8:40. Por favor llegue 15 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "PROVIDER"), ("Río Grande Women's Health", "SPECIALTY"), ("ultrasonido transvaginal", "PROCEDURE"), ("2 de julio", "DATE")],
     ["reproductive"], "Women's-health practice name and the test go; the staff sender, date and time stay."),
    ("as0021", "Did you know? 1 de cada 3 adults has high blood pressure and doesn't know it. Free presión checks every Friday en el lobby — no appointment needed!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast (README: free blood-pressure checks are ALLOW, no span); '1 de cada 3' is not a date (decision 6)."),
    ("as0022", "Sra. Dayana, su hija Camila dio positivo a piojos 🙁 No puede regresar a la escuela hasta que se le aplique el tratamiento con permetrina. Cualquier duda llame a la enfermera de la escuela.",
     "BLOCK", "result", "sms", "es",
     [("Dayana", "NAME"), ("Camila", "NAME"), ("positivo", "RESULT"), ("piojos", "CONDITION"), ("permetrina", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A dependent's finding and treatment sent to the guardian: BLOCK (README third-party convention)."),
    ("as0023", "Sunridge Community Health: Ramón, tu cita para la vacuna de la gripe es mañana 9:10am at the mobile clinic, parking lot B.",
     "REWRITE", "reminder", "push", "es",
     [("Ramón", "NAME"), ("vacuna de la gripe", "PROCEDURE")],
     ["primary-care", "contrast"], "The recipient's own flu-shot appointment is REWRITE, unlike the flu broadcast in as0074. Spanish words outnumber English -> es."),
    ("as0024", "FYI from Dr. Castañeda's office: your biopsia came back benign 🙌 no further treatment needed, just see dermatology en 1 año for your skin check.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Castañeda", "PROVIDER"), ("biopsia", "PROCEDURE"), ("benign", "RESULT"), ("dermatology", "SPECIALTY"), ("skin check", "PROCEDURE")],
     ["dermatology", "negation"], "A benign biopsy is still a result: BLOCK."),
)

# ---------------------------------------------------------------- batch 3 (as0025-as0036): pharmacy, Spanglish texts, disguises
add(
    ("as0025", "Farmacia El Roble: hola Nayeli, tu r3c3ta de Subox0ne 8mg ya está lista 🙌 pasa antes de las 8pm porfa",
     "REWRITE", "pickup", "sms", "es",
     [("Nayeli", "NAME"), ("Subox0ne 8mg", "MEDICATION")],
     ["pharmacy", "substance-use", "leet", "shorthand"], "Leet digits in the drug name (and in the generic 'receta'); a buprenorphine pickup by name reveals substance-use treatment: REWRITE."),
    ("as0026", "Your prescription is ready at Farmacia Guadalupe, 1420 S. Alameda St. / Su medicamento está listo en Farmacia Guadalupe. Open till 9pm / abierto hasta las 9pm.",
     "ALLOW", "pickup", "sms", "en",
     [("1420 S. Alameda St.", "ADDRESS")],
     ["pharmacy", "practice-contact"], "The pharmacy's own address; 'Guadalupe' is part of a generic pharmacy name, not a patient. Parallel bilingual, English first -> en."),
    ("as0027", "Hola mija, soy la enfermera Rocío. Ya hablé con la Dra. Pineda: la sertralina sube a 100 mg diario a partir de mañana, y si te da náuseas tómala con comida. Acuérdate de tu cita de seguimiento.",
     "BLOCK", "care-instructions", "sms", "es",
     [("enfermera Rocío", "PROVIDER"), ("Dra. Pineda", "PROVIDER"), ("sertralina", "MEDICATION"), ("náuseas", "CONDITION")],
     ["behavioral-health"], "A dose change for an antidepressant is a treatment instruction: BLOCK. 'mija' is an endearment, not a name; 'enfermera' is a generic role inside the PROVIDER span (decision 3)."),
    ("as0028", "QuickCare Pharmacy: Your refill of amlodipine 10 mg is ready for pickup. / Su resurtido de amlodipino 10 mg está listo para recoger.",
     "REWRITE", "pickup", "sms", "en",
     [("amlodipine 10 mg", "MEDICATION"), ("amlodipino 10 mg", "MEDICATION")],
     ["pharmacy", "template"], "Medication name in a pickup notice, in both language copies (decision 7)."),
    ("as0029", "Mensaje de la Dra. Serrano: Hola Sra. Castillo, revisé su ultrasonido de tiroides y el nódulo mide 9 mm, sin cambios desde el año pasado. No necesita biopsia; repetimos el ultrasonido en 2027. Saludos.",
     "ALLOW", "result", "portal", "es",
     [("Dra. Serrano", "PROVIDER"), ("Castillo", "NAME"), ("ultrasonido de tiroides", "PROCEDURE"), ("nódulo", "CONDITION"), ("9 mm", "RESULT"), ("sin cambios", "RESULT"), ("biopsia", "PROCEDURE"), ("ultrasonido", "PROCEDURE", 1)],
     ["imaging", "negation"], "Finding in the secure portal: ALLOW. A year alone ('en 2027') is not a date (decision 5)."),
    ("as0030", "Hola Brenda, tu prueba de V-I-H salió r e a c t i v a. Llámanos hoy al 555-0158, es importante 🙏",
     "BLOCK", "result", "sms", "es",
     [("Brenda", "NAME"), ("prueba de V-I-H", "PROCEDURE"), ("r e a c t i v a", "RESULT"), ("555-0158", "PHONE")],
     ["hiv-sexual-health", "spaced", "practice-contact"], "Hyphenated test name and a spaced-out result: a reactive HIV test must never go by text."),
    ("as0031", "Healthy receta of the week 🥑: sopa de lentejas, low sodium y super fácil. Full recipe at the front desk o en nuestro newsletter. — Clínica del Valle",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Receta' is a recipe here; a newsletter tip to everyone."),
    ("as0032", "Hola Sr. Peña, le escribimos de Centro de Diálisis Los Pinos. A partir del 1º de septiembre su horario cambia a lunes, miércoles y viernes a las 5:30 a. m. Cualquier duda, hable con su trabajadora social.",
     "REWRITE", "other", "sms", "es",
     [("Peña", "NAME"), ("Centro de Diálisis Los Pinos", "SPECIALTY"), ("1º de septiembre", "DATE")],
     ["dialysis"], "Dialysis center name reveals the condition; the schedule survives. '1º' stays in the DATE span (decision 5)."),
    ("as0033", "Hi Osvaldo, reminder: your qui\u200bmio session is Thurs 10/8 at 9am at Lakeside Infusion Center. Bring a snack y una cobijita, it runs long 💛",
     "REWRITE", "reminder", "sms", "en",
     [("Osvaldo", "NAME"), ("qui\u200bmio", "PROCEDURE"), ("10/8", "DATE"), ("Lakeside Infusion Center", "SPECIALTY")],
     ["oncology"], "Spanish 'quimio' split by a zero-width space inside an English reminder; infusion-center name is specialty-revealing (decision 11)."),
    ("as0034", "Buenas tardes, este mensaje es para la señora Marta Lozano. Le hablamos de Clínica Las Palmas sobre su papá, Don Evaristo Lozano, de noventa y tres años. Hoy en su visita la presión le salió en ciento ochenta sobre cien, y el Dr. Treviño le subió el losartán a cien miligramos. Por favor llámenos para más detalles.",
     "BLOCK", "result", "voice", "es",
     [("Marta Lozano", "NAME"), ("Evaristo Lozano", "NAME"), ("noventa y tres", "AGE"), ("presión", "PROCEDURE"), ("ciento ochenta sobre cien", "RESULT"), ("Dr. Treviño", "PROVIDER"), ("losartán", "MEDICATION")],
     ["primary-care", "third-party", "age-over-89"], "Voicemail to a daughter about her father's blood pressure and dose: third party's health. Age and value spelled out in words (decision 6)."),
    ("as0035", "Your appointment with Dr. Rosales at Clínica Familiar Santa Fe is confirmed para el 3 de agosto a las 4:00 pm. See you then / ¡Nos vemos!",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Rosales", "PROVIDER"), ("3 de agosto", "DATE")],
     ["primary-care"], "Provider and a Spanish date inside an English sentence; 'Santa Fe' is part of a generic practice name (decision 11). English carries the sentence -> en (decision 1)."),
    ("as0036", "¡Gracias por su comentario positivo en Google! 🙏 Nos alegra que la atención haya sido de 5 estrellas. — El equipo de Clínica Buena Salud",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'positivo' describes a review, not a result."),
)

# ---------------------------------------------------------------- batch 4 (as0037-as0048): identifiers in Spanish and English forms
add(
    ("as0037", "Confirmamos la cita de Guadalupe Reyes Ibarra, fecha de nacimiento 14/03/1962, expediente 00918274, para el 9 de abril a las 10:00 con el Dr. Solís.",
     "BLOCK", "confirmation", "sms", "es",
     [("Guadalupe Reyes Ibarra", "NAME"), ("14/03/1962", "DATE"), ("00918274", "MRN"), ("9 de abril", "DATE"), ("Dr. Solís", "PROVIDER")],
     ["primary-care", "dob"], "Full date of birth (DD/MM/YYYY) with the full compound name and the record number: BLOCK."),
    ("as0038", "Hi! To finish your registration, we have your address as 2218 Calle Palomas Apt 4B, Las Cruces, NM 88001. Si cambió, por favor responda con la nueva dirección.",
     "REWRITE", "other", "sms", "en",
     [("2218 Calle Palomas Apt 4B, Las Cruces, NM 88001", "ADDRESS")],
     ["general"], "The patient's own home address (Spanish street name in an English template) echoed back is not needed in the text (decision 12)."),
    ("as0039", "Para su solicitud de Medicaid necesitamos que nos confirme su número de Seguro Social: 078-05-1120. ¿Es correcto? Responda SÍ o NO.",
     "BLOCK", "other", "sms", "es",
     [("078-05-1120", "SSN")],
     ["general"], "An SSN must never travel by text."),
    ("as0040", "Sra. Beltrán: ¡su Medicaid fue aprobado! ✅ Su número de beneficiario es 91234567A. Ya puede agendar su primera cita con nosotros.",
     "REWRITE", "other", "sms", "es",
     [("Beltrán", "NAME"), ("91234567A", "HEALTH_PLAN_ID")],
     ["general"], "Beneficiary number not needed for the notice; the approval itself survives."),
    ("as0041", "Interpreter services: Mr. Anaya's appointment on 5/27 will have a Spanish interpreter. Su intérprete, Marta Vélez, lo espera en recepción. Member ID on file: UHX884120937.",
     "REWRITE", "reminder", "sms", "en",
     [("Anaya", "NAME"), ("5/27", "DATE"), ("Marta Vélez", "PROVIDER"), ("UHX884120937", "HEALTH_PLAN_ID")],
     ["general"], "Patient name and member ID go; the named interpreter is workforce (decision 4)."),
    ("as0042", "Buen día. Para el trámite de su carta de incapacidad adjuntamos los datos: nombre Rogelio Mejía Paz, CURP MEPR751103HCHJZG08, diagnóstico: lumbalgia crónica con radiculopatía. Favor de firmar y regresar a más tardar el viernes.",
     "BLOCK", "other", "email", "es",
     [("Rogelio Mejía Paz", "NAME"), ("MEPR751103HCHJZG08", "OTHER_ID"), ("lumbalgia crónica", "CONDITION"), ("radiculopatía", "CONDITION")],
     ["orthopedics"], "Name with a national ID that encodes the date of birth, plus a diagnosis, by e-mail: BLOCK. 'Paz' is a surname here."),
    ("as0043", "Clínica del Valle is moving! Starting in June we'll be at 455 E. Mission Rd, Suite 300, San Benito, TX 78586. Mismo teléfono: (956) 555-0104. ¡Los esperamos!",
     "ALLOW", "other", "sms", "en",
     [("455 E. Mission Rd, Suite 300, San Benito, TX 78586", "ADDRESS"), ("(956) 555-0104", "PHONE")],
     ["general", "broadcast", "practice-contact"], "The practice's own new address and phone; a month alone is not a date."),
    ("as0044", "Hola Fernanda, tu solicitud de expediente médico está lista. Descárgala aquí: https://portal.example.org/records?pid=448120&tok=9XkQ2 (expira en 48 hrs).",
     "REWRITE", "portal-notice", "sms", "es",
     [("Fernanda", "NAME"), ("https://portal.example.org/records?pid=448120&tok=9XkQ2", "URL")],
     ["general"], "A link with a patient id and token is patient-specific (README): REWRITE."),
    ("as0045", "Urgente / Urgent: we received a fax meant for another office with patient Alma Torrijos, DOB 2/9/1979, dx: hepatitis C, pendiente de tratamiento. Please shred it and call us at 555-0185 so we can confirm. — Records Dept.",
     "BLOCK", "other", "email", "en",
     [("Alma Torrijos", "NAME"), ("2/9/1979", "DATE"), ("hepatitis C", "CONDITION"), ("555-0185", "PHONE")],
     ["primary-care", "dob", "practice-contact"], "Name, full DOB and diagnosis of someone who is not the recipient, by e-mail: BLOCK."),
    ("as0046", "No necesita traer su número de Seguro Social ni su CURP para registrarse. Solo una identificación con foto. Nunca le pediremos su Seguro Social por mensaje de texto.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Identifier words without any identifier."),
    ("as0047", "Your patient parking permit for Sunridge Rehab & Physical Therapy is linked to plate 8KLM417 (TX). Muestre este mensaje en la caseta de salida.",
     "REWRITE", "other", "sms", "en",
     [("Sunridge Rehab & Physical Therapy", "SPECIALTY"), ("8KLM417", "VEHICLE_ID")],
     ["physical-therapy"], "Plate not needed; PT practice name is specialty-revealing (README)."),
    ("as0048", "Su cita es el sábado 6 de junio a las 11:30 con el Lic. Cárdenas. Dirección: 1520 Av. Juárez, Suite B, Laredo, TX 78040. Cualquier cambio al 555-0136.",
     "ALLOW", "reminder", "sms", "es",
     [("6 de junio", "DATE"), ("Lic. Cárdenas", "PROVIDER"), ("1520 Av. Juárez, Suite B, Laredo, TX 78040", "ADDRESS"), ("555-0136", "PHONE")],
     ["primary-care", "practice-contact"], "Provider with 'Lic.', date, the practice's own address and phone: ALLOW."),
)

# ---------------------------------------------------------------- batch 5 (as0049-as0060): long bilingual e-mails, voice, portal, templates
add(
    ("as0049", "Dear patient / Estimado(a) paciente:\n\nWelcome to Mesa Verde Family Health! Your first visit is with Dr. Amara Levin on Tuesday, September 15 at 9:00 AM. Please arrive 20 minutes early to complete your paperwork, and bring a photo ID, your insurance card and all of your medicine bottles.\n\n¡Bienvenido(a) a Mesa Verde Family Health! Su primera consulta es con la Dra. Amara Levin el martes 15 de septiembre a las 9:00 AM. Por favor llegue 20 minutos antes para llenar sus formularios y traiga una identificación con foto, su tarjeta de seguro y todos sus frascos de medicina.\n\nNeed to reschedule? / ¿Necesita cambiar su cita? Call (505) 555-0121 or visit www.mesaverdehealth.example.org.\n\nMesa Verde Family Health — 12 Camino Alto, Suite 100, Santa Fe, NM 87505",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Amara Levin", "PROVIDER"), ("September 15", "DATE"), ("Dra. Amara Levin", "PROVIDER"), ("15 de septiembre", "DATE"), ("(505) 555-0121", "PHONE"), ("www.mesaverdehealth.example.org", "URL"), ("12 Camino Alto, Suite 100, Santa Fe, NM 87505", "ADDRESS")],
     ["primary-care", "practice-contact"], "Bilingual welcome letter, English first -> en (decision 1); the same provider as Dr. and Dra. in each copy (decision 7); practice contact details only."),
    ("as0050", "Boletín de Clínica Buena Salud — Otoño\n\n¡Hola a todos! Estas son las novedades de la clínica:\n\n• Nueva doctora: Les damos la bienvenida a la Dra. Paula Estrada, médica familiar, que atiende en español e inglés los lunes, miércoles y viernes.\n• Vacunas contra la gripe y el COVID: ya están disponibles para toda la familia, sin cita, de 8 a 5.\n• Horario de fiestas: estaremos cerrados el 25 de diciembre y el 1 de enero. Para urgencias fuera de horario llame a nuestra línea de enfermería al (719) 555-0183.\n• Portal del paciente: ahora puede pedir citas y resurtidos desde su celular en buenasalud.example.com/portal.\n\nGracias por confiar en nosotros. ¡Les deseamos un otoño saludable!\n\nEl equipo de Clínica Buena Salud",
     "ALLOW", "marketing", "email", "es",
     [("Dra. Paula Estrada", "PROVIDER"), ("25 de diciembre", "DATE"), ("1 de enero", "DATE"), ("(719) 555-0183", "PHONE"), ("buenasalud.example.com/portal", "URL")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every patient; holiday closure dates are labelled DATE (decision 5); 'médica familiar' is generic primary care."),
    ("as0051", "Hola Sra. Ocampo,\n\nThis is a reminder from Valley Endoscopy Center about your colonoscopy on Wednesday, October 21 at 7:30 AM. Please arrive at 6:45 AM to check in. Recuerde que necesita un adulto que la lleve a casa; no puede manejar ni irse sola en taxi o Uber después del procedimiento.\n\nIf you need to reschedule, call us at least 72 hours before at (602) 555-0149 so we can give your spot to someone on the waitlist.\n\nParking is free in the visitor garage. Traiga su identificación, su tarjeta de seguro y una lista de sus medicamentos.\n\nGracias,\nValley Endoscopy Center — Scheduling",
     "REWRITE", "reminder", "email", "en",
     [("Ocampo", "NAME"), ("Valley Endoscopy Center", "SPECIALTY", 0), ("colonoscopy", "PROCEDURE"), ("October 21", "DATE"), ("(602) 555-0149", "PHONE"), ("Valley Endoscopy Center", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Logistics survive once the name, the procedure and the endoscopy-center name (decision 11) are removed; 'procedimiento' is generic. English prose outweighs Spanish -> en."),
    ("as0052", "Estimado Sr. Villegas:\n\nGracias por visitarnos hoy en Urgent Care Del Sol. Este es el resumen de su visita:\n\nDiagnóstico: neumonía adquirida en la comunidad (lóbulo inferior derecho en la radiografía).\nTratamiento: amoxicilina-clavulanato 875 mg, una tableta cada 12 horas por 7 días, con comida. Para la fiebre puede tomar acetaminofén 500 mg cada 6 horas, máximo 6 tabletas al día.\n\nRegrese o vaya a la sala de emergencias si tiene dificultad para respirar, labios morados o fiebre de más de 39 °C que no baja. Haga cita con su médico de cabecera en 2 a 3 días para revisión.\n\nSi tiene preguntas, llámenos al (575) 555-0112, las 24 horas.\n\nAtentamente,\nHassan Qureshi, PA-C\nUrgent Care Del Sol",
     "BLOCK", "care-instructions", "email", "es",
     [("Villegas", "NAME"), ("Urgent Care Del Sol", "SPECIALTY", 0), ("neumonía", "CONDITION"), ("lóbulo inferior derecho", "RESULT"), ("radiografía", "PROCEDURE"), ("amoxicilina-clavulanato 875 mg", "MEDICATION"), ("fiebre", "CONDITION", 0), ("acetaminofén 500 mg", "MEDICATION"), ("dificultad para respirar", "CONDITION"), ("labios morados", "CONDITION"), ("fiebre", "CONDITION", 1), ("(575) 555-0112", "PHONE"), ("Hassan Qureshi, PA-C", "PROVIDER"), ("Urgent Care Del Sol", "SPECIALTY", 1)],
     ["urgent-care", "practice-contact"], "Discharge summary with diagnosis, finding and dosing by e-mail: BLOCK. The 39 °C threshold is an instruction, not a result (decision 13)."),
    ("as0053", "Your statement from Valle Primary Care is ready / Su estado de cuenta está listo.\n\nLog in to the patient portal to view it and pay online, or pay by phone using the number printed on your paper statement. Ofrecemos planes de pago sin intereses y ayuda financiera (financial assistance) para quien califique.\n\nThis is an automated message, please do not reply. / Este es un mensaje automático, por favor no responda.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "hard-negative"], "Statement notice with no amount, account or service; bilingual, English first -> en."),
    ("as0054", "Resumen de su visita — 14 de octubre\n\nSra. Graciela Montoya:\n\nHoy hablamos de su diabetes tipo 2 y de su presión alta. Su A1c fue de 7,9 % (la meta es menos de 7). Su presión en la clínica: 148/92.\n\nCambios en sus medicamentos:\n- Metformina 1000 mg: siga igual, dos veces al día.\n- Empagliflozina 10 mg: NUEVA, una vez al día en la mañana.\n- Lisinopril 20 mg: subimos de 10 a 20 mg.\n\nPróximos pasos: análisis de sangre y orina en 3 meses, examen de los pies en su próxima cita y la clase de educación en diabetes (en español) los jueves.\n\nCualquier duda, mándenos un mensaje por aquí.\n\nDr. Tomás Aguilera",
     "ALLOW", "care-instructions", "portal", "es",
     [("14 de octubre", "DATE"), ("Graciela Montoya", "NAME"), ("diabetes tipo 2", "CONDITION"), ("presión alta", "CONDITION"), ("A1c", "PROCEDURE"), ("7,9 %", "RESULT"), ("Su [[presión]] en", "PROCEDURE"), ("148/92", "RESULT"), ("Metformina 1000 mg", "MEDICATION"), ("Empagliflozina 10 mg", "MEDICATION"), ("Lisinopril 20 mg", "MEDICATION"), ("examen de los pies", "PROCEDURE"), ("educación en [[diabetes]]", "CONDITION")],
     ["primary-care"], "Visit summary in the secure portal: diagnosis, values and doses are fine there. Decimal comma in the A1c (decision 6)."),
    ("as0055", "Hi, this message is for Rosalinda Ybarra — este mensaje es para Rosalinda Ybarra. This is Alicia calling from Dr. Kwan's office about your mammogram from last week. The radiologist saw a small mass en el seno izquierdo and wants you to come back for more pictures and an ultrasound. No se preocupe, it's usually nothing, but please call us back at 555-0139 so we can schedule it this week. Thank you, gracias.",
     "BLOCK", "result", "voice", "en",
     [("Rosalinda Ybarra", "NAME", 0), ("Rosalinda Ybarra", "NAME", 1), ("Alicia", "PROVIDER"), ("Dr. Kwan", "PROVIDER"), ("mammogram", "PROCEDURE"), ("radiologist", "SPECIALTY"), ("small mass", "RESULT"), ("ultrasound", "PROCEDURE"), ("555-0139", "PHONE")],
     ["imaging", "practice-contact"], "Voicemail with a mammogram finding: BLOCK (voice is treated like SMS)."),
    ("as0056", "Hola, le llamamos de Clínica Buena Salud para recordarle que tiene una cita mañana a las diez y cuarto de la mañana. Si no puede venir, por favor llámenos. Gracias y que tenga buen día.",
     "ALLOW", "reminder", "voice", "es", [],
     ["primary-care", "hard-negative"], "Time spelled out ('diez y cuarto') is not a date; no name, no service."),
    ("as0057", "{{practice_name}}: Reminder of your appt on {{appt_date}} at {{appt_time}}. / Recordatorio de su cita el {{appt_date}} a las {{appt_time}}. Reply Y to confirm, responda S para confirmar.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Bilingual template with content-free placeholders only."),
    ("as0058", "Estimada paciente: su cita de control prenatal con la partera Gisela es el 12/06 a las 14:30 en Casa de Partos Luna Nueva. Traiga su identificación y su tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("control prenatal", "PROCEDURE"), ("partera", "SPECIALTY"), ("Gisela", "PROVIDER"), ("12/06", "DATE"), ("Casa de Partos Luna Nueva", "SPECIALTY")],
     ["reproductive"], "Prenatal visit type, midwife role and birth-center name go. 'partera' names a specialty so it is split from the name (decision 3); 12/06 is DD/MM (decision 5)."),
    ("as0059", "Hi Mr. Arellano, Emilio's sports physical at Valle Verde Pediatrics is set for 8/3 at 4:15pm. Please bring the school form firmado por mamá o papá. Gracias!",
     "REWRITE", "reminder", "sms", "en",
     [("Arellano", "NAME"), ("Emilio", "NAME"), ("Valle Verde Pediatrics", "SPECIALTY"), ("8/3", "DATE")],
     ["pediatrics", "minor"], "Dependent's logistics with names and a pediatric practice name; 'sports physical' is generic (decision 14)."),
    ("as0060", "Buenas, le habla Jazmín de la Clínica Esperanza. Los resultados de su hijo Mateo: la prueba de plomo salió en 12 µg/dL, un poco alta. La doctora quiere repetirla en un mes y que un inspector revise la casa.",
     "BLOCK", "result", "sms", "es",
     [("Jazmín", "PROVIDER"), ("Mateo", "NAME"), ("prueba de plomo", "PROCEDURE"), ("12 µg/dL", "RESULT"), ("un poco [[alta]]", "RESULT")],
     ["pediatrics", "minor", "third-party", "lab"], "A child's lead level sent to the parent: third party's result is BLOCK."),
)

# ---------------------------------------------------------------- batch 6 (as0061-as0072): staff Spanglish and shorthand
add(
    ("as0061", "Dr. Pham running 20 min late hoy, sorry!! 🙏",
     "ALLOW", "other", "sms", "en",
     [("Dr. Pham", "PROVIDER")],
     ["primary-care", "shorthand"], "Running-late note with the provider only."),
    ("as0062", "Se fue la luz ⚡ ya regresó, seguimos atendiendo. Sorry!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'luz' (power) is also a given name; here it is not a person."),
    ("as0063", "q onda Yaretzi! t recuerdo tu cita con la Dra. Sáenz el vie 26 a las 4 pa tu IUD check 😊 porfa llega 10 min antes",
     "REWRITE", "reminder", "sms", "es",
     [("Yaretzi", "NAME"), ("Dra. Sáenz", "PROVIDER"), ("vie [[26]]", "DATE"), ("IUD", "PROCEDURE")],
     ["reproductive", "shorthand"], "Shorthand Spanglish; name and the English device term go. A bare day after a weekday is a date element (decision 5)."),
    ("as0064", "Hi Mr. Galindo, el Dr. Meza revisó su CT: la piedra en el riñón mide 6 mm y probablemente la va a pasar solo. Keep taking tamsulosin 0.4 mg every night y tome mucha agua.",
     "BLOCK", "result", "sms", "es",
     [("Galindo", "NAME"), ("Dr. Meza", "PROVIDER"), ("CT", "PROCEDURE"), ("piedra en el riñón", "CONDITION"), ("6 mm", "RESULT"), ("tamsulosin 0.4 mg", "MEDICATION")],
     ["primary-care"], "Finding, size and dosing: BLOCK. Spanish words outnumber English -> es (decision 1)."),
    ("as0065", "🎉 ¡95 años cuidando a nuestra comunidad! Celebrating 95 years de Clínica Santa Inés. Pastel y café gratis en el lobby toda la semana.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'95 años' is the clinic's anniversary, not a patient's age over 89."),
    ("as0066", "Alamo Heights Ortho: hi Gilberto, ur post-op visit is Mon 11/2 w/ PA Rivas. Bring ur brace / traiga su rodillera pls 🙏",
     "REWRITE", "reminder", "sms", "en",
     [("Alamo Heights Ortho", "SPECIALTY"), ("Gilberto", "NAME"), ("post-op", "PROCEDURE"), ("11/2", "DATE"), ("PA Rivas", "PROVIDER"), ("brace", "PROCEDURE"), ("rodillera", "PROCEDURE")],
     ["orthopedics", "shorthand"], "Orthopedic name, visit type and devices go (decision 9); provider and date stay."),
    ("as0067", "Hola Sra. Patricia, soy la promotora Juanita del centro de salud. Ayer me contó que su esposo tiene problemas con la bebida y que anda muy deprimido. Le dejo el número de un grupo de AA en español: 555-0172. Y si es una emergencia, la línea 988 atiende las 24 horas. Cuídese mucho.",
     "BLOCK", "other", "sms", "es",
     [("Patricia", "NAME"), ("promotora Juanita", "PROVIDER"), ("problemas con la bebida", "CONDITION"), ("deprimido", "CONDITION"), ("AA", "PROCEDURE"), ("555-0172", "PHONE")],
     ["substance-use", "behavioral-health", "third-party"], "A husband's drinking problem and depression: third party's health is BLOCK. Community health worker is workforce (decision 3); plain-language condition and AA program (decision 13); 988 is not a phone identifier."),
    ("as0068", "Reminder: your telehealth visit con la Dra. Herrera is today at 3:15. Join here: https://visit.valleyclinic.example/waiting-room ¿Necesita ayuda? Llame al 555-0128.",
     "ALLOW", "reminder", "sms", "en",
     [("Dra. Herrera", "PROVIDER"), ("https://visit.valleyclinic.example/waiting-room", "URL"), ("555-0128", "PHONE")],
     ["general", "practice-contact"], "The practice's own waiting-room link carries no patient token; provider and practice phone are allowed."),
    ("as0069", "Hola Anahí 👋 tu paquete de tiras reactivas y lancetas para el glucómetro salió hoy. Número de rastreo: 1Z999AA10123456784. Llega en 2–3 días hábiles.",
     "REWRITE", "other", "sms", "es",
     [("Anahí", "NAME"), ("tiras reactivas", "PROCEDURE"), ("lancetas", "PROCEDURE"), ("glucómetro", "PROCEDURE"), ("1Z999AA10123456784", "OTHER_ID")],
     ["pharmacy", "home-health"], "Diabetes supplies reveal the condition (decision 9); a parcel tracking number is OTHER_ID (decision 10)."),
    ("as0070", "Good news: our lab now opens at 6:30am para análisis en ayunas. No appointment needed — just walk in with your order / con su orden.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Opening-hours broadcast; fasting labs are generic and about nobody."),
    ("as0071", "Sr. Ulises, sus análisis salieron: colesterol total 248, triglicéridos 310. Tiene que empezar atorvastatina 20 mg en la noche. Ya se la mandamos a su farmacia.",
     "BLOCK", "result", "sms", "es",
     [("Ulises", "NAME"), ("colesterol total", "PROCEDURE"), ("248", "RESULT"), ("triglicéridos", "PROCEDURE"), ("310", "RESULT"), ("atorvastatina 20 mg", "MEDICATION")],
     ["primary-care", "lab"], "Values and a new medication with instructions: BLOCK."),
    ("as0072", "Hi, this is Dolores from Mente Clara Counseling, confirming your intake con la Lic. Arce on Thursday 9/17 at 5pm. Reply SÍ to confirm or call 555-0155.",
     "REWRITE", "confirmation", "sms", "en",
     [("Dolores", "PROVIDER"), ("Mente Clara Counseling", "SPECIALTY"), ("intake", "PROCEDURE"), ("Lic. Arce", "PROVIDER"), ("9/17", "DATE"), ("555-0155", "PHONE")],
     ["behavioral-health", "practice-contact"], "Counseling practice name and intake go. 'Dolores' (also 'pains') is the staff sender: PROVIDER."),
)

# ---------------------------------------------------------------- batch 7 (as0073-as0084): English templates with Spanish names and addresses, personal "a"
add(
    ("as0073", "Bright Smile Dental: Reminder for María José Villarreal — cleaning & X-rays on Sat 10/10 at 8:00 AM with Dr. Chen, DDS. Reply C to confirm / C para confirmar.",
     "REWRITE", "reminder", "sms", "en",
     [("Bright Smile Dental", "SPECIALTY"), ("María José Villarreal", "NAME"), ("cleaning", "PROCEDURE"), ("X-rays", "PROCEDURE"), ("10/10", "DATE"), ("Dr. Chen", "PROVIDER"), ("DDS", "SPECIALTY")],
     ["dental", "template"], "English vendor template with a compound Spanish given name (one span); dental name, services and credential go."),
    ("as0074", "Flu season is here / ¡Llegó la temporada de gripe! Flu shots are free for all patients this month — sin cita, en cualquiera de nuestras clínicas. Bring your insurance card / traiga su tarjeta del seguro.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative", "contrast"], "Flu-shot broadcast to everyone: ALLOW, no span (README), unlike the recipient's own appointment in as0023."),
    ("as0075", "Le recordamos que mañana a las 9 le toca a Sofía su terapia de lenguaje con la Lic. Gaby Nava en Pasitos Pediatric Therapy. Si no pueden venir, avísenos con tiempo.",
     "REWRITE", "reminder", "sms", "es",
     [("Sofía", "NAME"), ("terapia de lenguaje", "PROCEDURE"), ("Lic. Gaby Nava", "PROVIDER"), ("Pasitos Pediatric Therapy", "SPECIALTY")],
     ["pediatrics", "minor"], "Personal 'a' before the child's name stays outside the span (decision 2); therapy type and pediatric-therapy name go."),
    ("as0076", "Message for the family of Sr. Aurelio Campos: your father's CT scan showed a small bleed en el cerebro. Dr. Whitfield from neurology will call you tonight. Por favor no le den aspirina hasta hablar con él.",
     "BLOCK", "result", "sms", "en",
     [("Aurelio Campos", "NAME"), ("CT scan", "PROCEDURE"), ("small bleed", "RESULT"), ("Dr. Whitfield", "PROVIDER"), ("neurology", "SPECIALTY"), ("aspirina", "MEDICATION")],
     ["urgent-care", "third-party"], "A relative's imaging finding and a medication instruction: BLOCK."),
    ("as0077", "Reminder from Family Medical Group: your appointment with Dr. Ana Lucía Domínguez is Friday, Oct 16 at 1:40 PM at 3100 Calle Real, Suite 5, Santa Barbara, CA 93105. Call 805-555-0190 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ana Lucía Domínguez", "PROVIDER"), ("Oct 16", "DATE"), ("3100 Calle Real, Suite 5, Santa Barbara, CA 93105", "ADDRESS"), ("805-555-0190", "PHONE")],
     ["primary-care", "practice-contact"], "Provider with a compound Spanish name, date, and the practice's own address on a Spanish street name: ALLOW."),
    ("as0078", "Shipping notice: Your CPAP supplies will be delivered to 708 Avenida Del Sol, Unit 12, Brownsville, TX 78521 on 11/4. Signature required / se requiere firma.",
     "REWRITE", "other", "sms", "en",
     [("CPAP", "PROCEDURE"), ("708 Avenida Del Sol, Unit 12, Brownsville, TX 78521", "ADDRESS"), ("11/4", "DATE")],
     ["home-health"], "The patient's delivery address and a device that reveals sleep apnea (decision 9) go; the delivery date stays."),
    ("as0079", "Dra. Molina aquí. Le mandé a su mamá, la Sra. Herminia, el Eliquis porque el electro salió con fibrilación auricular. Que lo tome dos veces al día sin falta, por favor.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Dra. Molina", "PROVIDER"), ("Herminia", "NAME"), ("Eliquis", "MEDICATION"), ("electro", "PROCEDURE"), ("fibrilación auricular", "CONDITION")],
     ["cardiology", "third-party"], "The mother's ECG finding, diagnosis and dosing sent to her child: BLOCK."),
    ("as0080", "How did we do today? Reply 1 (excellent) to 5 (poor) / Responda del 1 al 5. Last month's score: 4.8 out of 5 ⭐ — thank you!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Survey score, not a clinical value; 'del 1 al 5' is not a date (decision 6)."),
    ("as0081", "Recuerde: su cita con el Dr. Benjamín Arriaga es el jueves 19 de noviembre a las 10:00 hrs. Estamos en 2401 Calle Esperanza, Los Angeles, CA 90033. Tel. (323) 555-0114.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Benjamín Arriaga", "PROVIDER"), ("19 de noviembre", "DATE"), ("2401 Calle Esperanza, Los Angeles, CA 90033", "ADDRESS"), ("(323) 555-0114", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, 24-hour time and the practice's own address ('Esperanza' is a street here)."),
    ("as0082", "Hi Julián, this is Noemí from Nuevo Amanecer Recovery Center. Confirmando tu group session de mañana a las 6pm — reply Y or N. Gracias!",
     "REWRITE", "confirmation", "sms", "en",
     [("Julián", "NAME"), ("Noemí", "PROVIDER"), ("Nuevo Amanecer Recovery Center", "SPECIALTY"), ("tu [[group]] session", "PROCEDURE")],
     ["substance-use"], "Recovery-center name and group therapy reveal substance-use treatment (Part 2); the confirmation survives. English words outnumber Spanish -> en."),
    ("as0083", "New results in your portal / Nuevos resultados en su portal.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["lab", "hard-negative"], "Notification without PHI: no test named, no value."),
    ("as0084", "Sra. Cisneros, su audífono nuevo ya llegó a Oír Bien Audiología 🦻 Puede pasar a la adaptación el martes 1/12 a las 2 pm. Núm. de serie: HX-4471-2209.",
     "REWRITE", "pickup", "sms", "es",
     [("Cisneros", "NAME"), ("audífono", "PROCEDURE"), ("Oír Bien Audiología", "SPECIALTY"), ("adaptación", "PROCEDURE"), ("1/12", "DATE"), ("HX-4471-2209", "DEVICE_ID")],
     ["general"], "Hearing-aid pickup: audiology name (decision 11), device, fitting and serial go. 1/12 is 1 December (DD/MM, decision 5)."),
)

# ---------------------------------------------------------------- batch 8 (as0085-as0096): Spanish numbers and dates, voice, portal vs SMS
add(
    ("as0085", "Mensaje para Leticia Barrón. Habla la enfermera Pilar de Clínica Las Lomas. Su prueba de embarazo salió positiva, ¡felicidades! Llámenos al cinco cinco cinco, cero uno nueve dos para agendar su primera cita prenatal.",
     "BLOCK", "result", "voice", "es",
     [("Leticia Barrón", "NAME"), ("enfermera Pilar", "PROVIDER"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("cinco cinco cinco, cero uno nueve dos", "PHONE"), ("cita [[prenatal]]", "PROCEDURE")],
     ["reproductive", "practice-contact"], "A pregnancy result left on voicemail (treated like SMS): BLOCK. The practice number spelled out is PHONE (decision 6)."),
    ("as0086", "Hi Mr. Ocasio, your HbA1c came back at 6.9 — bajó de 7.8, ¡felicidades! Keep taking metformin 1000 mg twice daily. — Dr. Lindqvist",
     "ALLOW", "result", "portal", "en",
     [("Ocasio", "NAME"), ("HbA1c", "PROCEDURE"), ("6.9", "RESULT"), ("7.8", "RESULT"), ("metformin 1000 mg", "MEDICATION"), ("Dr. Lindqvist", "PROVIDER")],
     ["primary-care", "contrast"], "Portal message: result and dose are fine inside the portal; the same text by SMS is as0087."),
    ("as0087", "Hi Mr. Ocasio, your HbA1c came back at 6.9 — bajó de 7.8, ¡felicidades! Keep taking metformin 1000 mg twice daily.",
     "BLOCK", "result", "sms", "en",
     [("Ocasio", "NAME"), ("HbA1c", "PROCEDURE"), ("6.9", "RESULT"), ("7.8", "RESULT"), ("metformin 1000 mg", "MEDICATION")],
     ["primary-care", "contrast"], "The same result and dosing by SMS: BLOCK (contrast with the portal copy as0086)."),
    ("as0088", "Gracias por su pago de $1.250,00 recibido hoy. Su saldo actual es de $0,00 ✅ ¡Está al corriente! — Facturación, Clínica Las Lomas",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Amounts in Spanish number format are not results or identifiers."),
    ("as0089", "Recordatorio: Elvira tiene cita de quimioterapia el lunes 2 de noviembre a las 8:00 a. m. en Centro Oncológico del Norte. Favor de llegar 30 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Elvira", "NAME"), ("quimioterapia", "PROCEDURE"), ("2 de noviembre", "DATE"), ("Centro Oncológico del Norte", "SPECIALTY")],
     ["oncology"], "Chemo and an oncology center name go; the date and time survive."),
    ("as0090", "Subject: Tu plan de tratamiento / Your treatment plan\n\nHola Mariana, it was good to see you today. As we discussed, your depression screening (PHQ-9) score was 17, which is moderately severe. We're starting escitalopram 10 mg, una tableta cada mañana, and I've referred you to Lic. Robles for therapy starting next week. Some people feel a little nauseous the first days; that usually passes.\n\nIf you have any thoughts of hurting yourself, call or text 988 right away, any time of day or night.\n\nNos vemos en 4 semanas. Cuídate mucho.\n\nDr. Emilio Sandoval\nValle Primary Care",
     "BLOCK", "care-instructions", "email", "en",
     [("Mariana", "NAME"), ("depression screening", "PROCEDURE"), ("PHQ-9", "PROCEDURE"), ("17", "RESULT"), ("moderately severe", "RESULT"), ("escitalopram 10 mg", "MEDICATION"), ("Lic. Robles", "PROVIDER"), ("therapy", "PROCEDURE"), ("nauseous", "CONDITION"), ("Dr. Emilio Sandoval", "PROVIDER")],
     ["behavioral-health"], "Screening score, severity, new antidepressant and dosing by e-mail: BLOCK. 988 is not a phone identifier."),
    ("as0091", "Clínica Santa Inés: ¡Hola! Su cita quedó para el miércoles 2/9 a las 3:45 p. m. con la Dra. Ruiz. Si no puede asistir, avísenos con 24 hrs de anticipación.",
     "ALLOW", "confirmation", "sms", "es",
     [("2/9", "DATE"), ("Dra. Ruiz", "PROVIDER")],
     ["primary-care"], "Date (DD/MM, 2 September, decision 5), time and provider only."),
    ("as0092", "This is an automated message from Valle Primary Care. Este es un mensaje automático. Our office will be closed tomorrow due to weather, por mal tiempo. Your care team will call you to reschedule. Press 1 to repeat, oprima 2 para español.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather closure to everyone; bilingual IVR wording."),
    ("as0093", "Hola Sra. Zamora, le escribe la Dra. Villaseñor. Su Papanicolaou salió con cambios de bajo grado (LSIL). No es cáncer, pero necesitamos hacerle una colposcopia. La recepción la va a llamar para agendar.",
     "BLOCK", "result", "sms", "es",
     [("Zamora", "NAME"), ("Dra. Villaseñor", "PROVIDER"), ("Papanicolaou", "PROCEDURE"), ("cambios de bajo grado", "RESULT"), ("LSIL", "RESULT"), ("cáncer", "CONDITION"), ("colposcopia", "PROCEDURE")],
     ["reproductive", "negation"], "An abnormal Pap result with the next procedure; the negated 'cáncer' is still labelled."),
    ("as0094", "Hi Mr. Quiñones, Latido Cardiology Associates here. Your Holter monitor is ready for pickup at the front desk mañana después de las 10am. Reply STOP para cancelar mensajes.",
     "REWRITE", "pickup", "sms", "en",
     [("Quiñones", "NAME"), ("Latido Cardiology Associates", "SPECIALTY"), ("Holter monitor", "PROCEDURE")],
     ["cardiology"], "Cardiology name and the device go; pickup logistics survive."),
    ("as0095", "Sra. Rentería, su mamografía del 5 de octubre salió normal (BI-RADS 1). Repetimos en un año. Saludos, Dra. Alcántara",
     "ALLOW", "result", "portal", "es",
     [("Rentería", "NAME"), ("mamografía", "PROCEDURE"), ("5 de octubre", "DATE"), ("normal", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT"), ("Dra. Alcántara", "PROVIDER")],
     ["imaging"], "Result inside the secure portal: ALLOW; scale and value labelled separately (README)."),
    ("as0096", "Your ride is confirmed! A driver from Medi-Ride will pick you up mañana at 7:15 AM for your appointment. El chofer le llamará 10 min antes de llegar. Questions? 555-0166",
     "ALLOW", "confirmation", "sms", "en",
     [("555-0166", "PHONE")],
     ["general", "practice-contact"], "Transport confirmation; the vendor's own number is a sender contact (decision 12)."),
)

# ---------------------------------------------------------------- batch 9 (as0097-as0108): look-alikes, sexual health, eye care, home supplies
add(
    ("as0097", "Recordatorio: su cita de \u043enc\u043elogía con la Dra. Paredes es el 18 de enero a las 11:00. Responda C para confirmar o N para cancelar.",
     "REWRITE", "reminder", "sms", "es",
     [("\u043enc\u043elogía", "SPECIALTY"), ("Dra. Paredes", "PROVIDER"), ("18 de enero", "DATE")],
     ["oncology"], "Cyrillic 'о' look-alikes inside 'oncología'; the specialty goes, provider and date stay."),
    ("as0098", "Hola! Dr. Mendoza's office here 😊 Yes, we accept Medicaid and most insurance plans, y sí hablamos español. Call us at (210) 555-0125 to set up a new patient visit.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Mendoza", "PROVIDER"), ("(210) 555-0125", "PHONE")],
     ["primary-care", "practice-contact"], "Reply to an inquiry with provider and practice phone only."),
    ("as0099", "Srita. Karla, su prueba de clamidia salió positiva. Ya le mandamos azitromicina 1 g a la farmacia, es una sola dosis. Su pareja también necesita tratamiento.",
     "BLOCK", "result", "sms", "es",
     [("Karla", "NAME"), ("prueba de clamidia", "PROCEDURE"), ("positiva", "RESULT"), ("azitromicina 1 g", "MEDICATION")],
     ["hiv-sexual-health", "typo"], "STI result, treatment and a partner's need for treatment: BLOCK. 'Srita.' (misspelled Srta.) stays outside the span (decision 2)."),
    ("as0100", "Hi Esperanza, thanks for choosing Clear Vista Eye Center. Your contact lens fitting is Tuesday, 12/1 at 4:30 PM. Bring your current lenses / traiga sus lentes actuales. Directions: clearvista.example.com/directions",
     "REWRITE", "reminder", "email", "en",
     [("Esperanza", "NAME"), ("Clear Vista Eye Center", "SPECIALTY"), ("contact lens fitting", "PROCEDURE"), ("12/1", "DATE"), ("clearvista.example.com/directions", "URL")],
     ["ophthalmology", "practice-contact"], "'Esperanza' is the patient's name here (also a word); eye-center name and visit type go; the practice link stays."),
    ("as0101", "🎗️ ¡Acompáñenos a la Caminata Rosa este sábado! Juntos contra el cáncer de mama. Habrá mamografías gratis en la unidad móvil para quien las necesite. Camisetas para los primeros 100.",
     "ALLOW", "marketing", "sms", "es", [],
     ["oncology", "broadcast", "hard-negative"], "Awareness-walk broadcast to everyone: condition and test words say nothing about the recipient (README broadcast convention)."),
    ("as0102", "Tu hijo Diego's ADHD meds: starting mañana give him Concerta 27 mg every morning antes de la escuela. Call us if he stops eating or can't sleep. — Nurse Ileana",
     "BLOCK", "care-instructions", "sms", "en",
     [("Diego", "NAME"), ("ADHD", "CONDITION"), ("Concerta 27 mg", "MEDICATION"), ("Nurse Ileana", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "behavioral-health"], "A child's diagnosis and dosing sent to the parent: BLOCK (README: 'your son's ADHD meds'). English carries the instruction -> en."),
    ("as0103", "Hola Sr. Bautista, le recordamos que su examen de la vista para diabéticos es el 08/02 a las 9:30 en Luz Clara Oftalmología. Traiga sus lentes actuales.",
     "REWRITE", "reminder", "sms", "es",
     [("Bautista", "NAME"), ("examen de la vista para diabéticos", "PROCEDURE"), ("08/02", "DATE"), ("Luz Clara Oftalmología", "SPECIALTY")],
     ["ophthalmology"], "Condition-named exam as one PROCEDURE span (decision 14) and eye-practice name go; 08/02 is 8 February (decision 5)."),
    ("as0104", "Dr. Ocampo-Reyes and the whole team will be at the Feria de Salud this Saturday, 9am–1pm at the Lincoln Park Rec Center. Free glucose & BP checks, vacunas para niños, ¡y más!",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Ocampo-Reyes", "PROVIDER")],
     ["primary-care", "broadcast"], "Health-fair broadcast; free screenings are about nobody; the venue without a street is not labelled (decision 11)."),
    ("as0105", "Aviso: consultas sin cita de 8 a 11, de lunes a viernes. Ahora aceptamos pagos a 3 y 6 meses sin intereses 💳",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'8 a 11' and '3 y 6 meses' are hours and instalments, not dates."),
    ("as0106", "Hi Luis Alberto! Your order of bolsas de ostomía y barrier rings is out for delivery today from Brightway Home Medical. Someone 18+ must sign.",
     "REWRITE", "other", "sms", "en",
     [("Luis Alberto", "NAME"), ("bolsas de ostomía", "PROCEDURE"), ("barrier rings", "PROCEDURE")],
     ["home-health"], "Ostomy supplies reveal the condition (decision 9); a home-medical supplier name is generic."),
    ("as0107", "Buenas noches, le habla el Dr. Cordero del turno de guardia. Por su dolor de pecho le recomiendo que se tome dos aspirinas de 81 mg masticadas y vaya a urgencias ahora mismo.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Dr. Cordero", "PROVIDER"), ("dolor de pecho", "CONDITION"), ("aspirinas de 81 mg", "MEDICATION")],
     ["urgent-care"], "A symptom and a dosing instruction: BLOCK; it should be a phone call."),
    ("as0108", "Clínica del Pueblo: New! Text us in English o en español at 555-0150. Reply HOLA to start. Msg & data rates may apply.",
     "ALLOW", "marketing", "sms", "en",
     [("555-0150", "PHONE")],
     ["general", "practice-contact"], "The practice's own texting number."),
)

# ---------------------------------------------------------------- batch 10 (as0109-as0120): anticoagulation, drug screens, relatives, closing notices
add(
    ("as0109", "Portal message from Sandra Ruiz, RN: Hi Mr. Becerra, your INR today was 2.4, en rango. Keep the same warfarin dose — 5 mg daily — y repetimos el INR en 4 semanas.",
     "ALLOW", "result", "portal", "en",
     [("Sandra Ruiz, RN", "PROVIDER"), ("Becerra", "NAME"), ("INR", "PROCEDURE", 0), ("2.4", "RESULT"), ("en rango", "RESULT"), ("warfarin", "MEDICATION"), ("INR", "PROCEDURE", 1)],
     ["cardiology", "contrast"], "In the portal a value and dose are fine; the SMS version is as0110."),
    ("as0110", "Hi Mr. Becerra, INR 2.4 today, en rango 👍 same warfarin dose (5 mg daily), repeat in 4 wks. — Sandra, RN",
     "BLOCK", "result", "sms", "en",
     [("Becerra", "NAME"), ("INR", "PROCEDURE"), ("2.4", "RESULT"), ("en rango", "RESULT"), ("warfarin", "MEDICATION"), ("Sandra, RN", "PROVIDER")],
     ["cardiology", "contrast", "shorthand"], "The same INR and dose by SMS: BLOCK; an in-range value is still a result."),
    ("as0111", "Hola Guillermo, tu receta de insulina glargina está lista en Farmacia La Familia. Puedes recogerla hoy después de las 3.",
     "REWRITE", "pickup", "sms", "es",
     [("Guillermo", "NAME"), ("insulina glargina", "MEDICATION")],
     ["pharmacy"], "Name and drug in a pickup notice go; a generic pharmacy name stays."),
    ("as0112", "Thanks for calling Sunridge Community Health. Para español, oprima 2. Our hours are Monday through Friday, 8 to 5. If this is an emergency, hang up and call 911.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR greeting; 911 is not a phone identifier (README)."),
    ("as0113", "Sra. Olvera, le informamos que la muestra de orina de su hijo Adrián salió positiva para marihuana. Por política de la escuela, debe presentarse con el consejero el lunes a las 8.",
     "BLOCK", "result", "sms", "es",
     [("Olvera", "NAME"), ("Adrián", "NAME"), ("muestra de orina", "PROCEDURE"), ("positiva", "RESULT"), ("marihuana", "MEDICATION"), ("consejero", "SPECIALTY")],
     ["substance-use", "minor", "third-party"], "A child's drug-screen result (substance as MEDICATION, substance-use counselor as SPECIALTY per README) sent to the parent: BLOCK."),
    ("as0114", "Reminder: Abuela Carmen's appointment at Golden Years Memory Care Clinic is Wed 6/17 at 1pm. Please bring her list of medicines y su tarjeta de Medicare.",
     "REWRITE", "reminder", "sms", "en",
     [("Carmen", "NAME"), ("Golden Years Memory Care Clinic", "SPECIALTY"), ("6/17", "DATE")],
     ["general", "third-party"], "A relative's logistics with a name and a revealing clinic name: REWRITE like the patient's own (README). 'Abuela' is a kinship title outside the span (decision 2); memory-care name is revealing (decision 11)."),
    ("as0115", "Hi Tania, Dr. Figueroa here. Your Mantoux/PPD was 14 mm — that's positive. It doesn't mean TB activa, but we need a chest x-ray before you start work.",
     "BLOCK", "result", "sms", "en",
     [("Tania", "NAME"), ("Dr. Figueroa", "PROVIDER"), ("Mantoux", "PROCEDURE"), ("PPD", "PROCEDURE"), ("14 mm", "RESULT"), ("positive", "RESULT"), ("TB activa", "CONDITION"), ("chest x-ray", "PROCEDURE")],
     ["primary-care", "negation"], "A positive skin test with its size: BLOCK; the negated Spanish 'TB activa' is still labelled."),
    ("as0116", "Recordatorio / Reminder: Your annual physical with Dr. Guzmán is Thursday, 5/21 at 8:00am. Fasting not required. ¡Gracias!",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Guzmán", "PROVIDER"), ("5/21", "DATE")],
     ["primary-care"], "Generic annual physical (README), provider and date."),
    ("as0117", "¡Hola! Le recordamos que nuestra clínica estará cerrada el lunes por el Día del Trabajo. Para emergencias llame al 911. ¡Feliz fin de semana largo!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure by name only (no calendar date); 911 is not a phone identifier."),
    ("as0118", "Hi Mrs. Arredondo, it's Fabiola from Dr. Haddad's office. Your pre-op paperwork para la histerectomía is ready — please come sign it before 11/19. Gracias!",
     "REWRITE", "other", "sms", "en",
     [("Arredondo", "NAME"), ("Fabiola", "PROVIDER"), ("Dr. Haddad", "PROVIDER"), ("pre-op", "PROCEDURE"), ("histerectomía", "PROCEDURE"), ("11/19", "DATE")],
     ["reproductive"], "Spanish procedure name inside an English sentence; name and procedure go, the paperwork request survives. The deadline 11/19 is labelled DATE too."),
    ("as0119", "Asunto: Resultados de su biopsia / Biopsy results\n\nEstimado Sr. Echeverría:\n\nLe escribo para informarle que la biopsia de próstata que se tomó el 28 de septiembre mostró adenocarcinoma, Gleason 3+4=7, en 4 de 12 muestras. Sé que es una noticia difícil. Lo bueno es que se detectó temprano y hay varias opciones de tratamiento.\n\nLe pedimos que haga una cita con el Dr. Ferraro, urólogo oncólogo, en las próximas dos semanas. Puede llamar a su oficina al (915) 555-0171. Si prefiere, nosotros le ayudamos a agendar; solo responda a este correo.\n\nSé que va a tener muchas preguntas; con gusto las platicamos por teléfono o en persona, y puede traer a un familiar a la cita. También tenemos una navegadora de pacientes que habla español y le puede ayudar con el seguro y el transporte.\n\nAtentamente,\nDra. Leonor Saucedo\nDesert Sky Urology",
     "BLOCK", "result", "email", "es",
     [("biopsia", "PROCEDURE"), ("Biopsy", "PROCEDURE"), ("Echeverría", "NAME"), ("biopsia de próstata", "PROCEDURE"), ("28 de septiembre", "DATE"), ("adenocarcinoma", "CONDITION"), ("Gleason", "PROCEDURE"), ("3+4=7", "RESULT"), ("4 de 12 muestras", "RESULT"), ("Dr. Ferraro", "PROVIDER"), ("urólogo oncólogo", "SPECIALTY"), ("(915) 555-0171", "PHONE"), ("Dra. Leonor Saucedo", "PROVIDER"), ("Desert Sky Urology", "SPECIALTY")],
     ["oncology", "practice-contact"], "A cancer diagnosis by e-mail: BLOCK. '4 de 12 muestras' is a result, not a date (decision 6); urology name is revealing (decision 11); the referral's office phone is a contact."),
    ("as0120", "Turning 65? / ¿Va a cumplir 65? Let us help you understand Medicare — free workshop en español este jueves a las 6pm en nuestra sala de juntas. No RSVP needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "An age in a broadcast (and not over 89) says nothing about the recipient."),
)

if __name__ == "__main__":
    probe_lib.run(M, "as", "probe42.jsonl")
