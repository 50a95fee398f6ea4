#!/usr/bin/env python3
"""Build corpus/probe129.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe129.py [OUT] [-v]   (default: probe129.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages were read).
This round is CODE-SWITCHED AND BILINGUAL MESSAGES: what bilingual staff, community health
workers, promotoras and bilingual templates actually send in the US — Spanish-English
code-switching inside one message ("Hola Sra. Ruiz, your appointment es el martes"), Spanglish
shorthand, English templates with a Spanish personal line, Spanish with English clinical terms
("su A1C salió high", "el refill de su metformin"), English with Spanish names and places, and
bilingual broadcasts; messages that reveal the recipient's (or a relative's) condition, drug,
test, result or procedure mixed with neutral logistics and look-alikes ("positivo que vengas
temprano", "la presión del trabajo", "Farmacia La Esperanza", "Dolores Street", "Calle Salud",
a promotora named Consuelo Cura, a patient named Remedios, a storm named Dolores). 50% Spanish
(lang "es" when the message is mostly Spanish, "en" when mostly English); 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "BI-RADS [[0]]" searches for "BI-RADS 0"
      and labels only the bracketed part "0".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Spanish courtesy titles (Sr., Sra., Srta., Don, Doña) stay outside NAME spans, like the
     README's "Mrs." and "Don"; endearments (mija, familia) are not names.
  2. Promotoras / community health workers, MAs, receptionists and school nurses named as the
     sender (or named in a practice broadcast) are workforce: PROVIDER. "promotora", "CHW" and
     "educadora" are generic role words like "nurse" (not SPECIALTY); "terapeuta" and "partera"
     (midwife) name a specialty and are SPECIALTY, with the person's name a separate PROVIDER.
  3. An English clinical term inside Spanish (or a Spanish one inside English) is labelled
     exactly as it would be in its own language ("su A1C", "el ultrasound", "la biopsia");
     Spanglish generic words (el refill, su appointment, los labs, la nurse, la receta) stay
     unlabelled; English or Spanish evaluatives used as the result ("salió high", "bajita",
     "un poquito alta", "todo está bien") are RESULT.
  4. A bilingual message that says the same thing in both languages has every occurrence
     labelled (the Spanish and the English term each get their span).
  5. Community practice names ("Salud Para Todos", "Centro de Salud Esperanza", "Clínica del
     Pueblo", "Farmacia La Esperanza", "Dolores Street Community Clinic") are generic; Spanish
     names and team names that name a specialty ("Urología del Norte", "Clínica de la Mujer",
     "Equipo de Salud de la Mujer", "Sonrisas Dental") are SPECIALTY.
  6. Bare street names, intersections, towns and parks given as directions to the practice or an
     event ("Calle Cura", "Dolores y 24", "Pico Rivera", "Parque de la Raza") are not labelled;
     a full practice street address is one ADDRESS span (ALLOW), a patient's is REWRITE.
  7. Medi-Cal/Medicaid enrollment, interpreter requests and language preference are not labelled
     (not health information about the recipient in a US practice's traffic).
  8. "la presión" as the thing followed or measured is PROCEDURE (like "BP"); "presión alta" is
     the CONDITION; "la presión del trabajo" is nothing.
  9. A date range ("del 22 al 29 de diciembre") is one DATE span; holidays written by name
     ("Cinco de Mayo", "Acción de Gracias", "César Chávez Day") are not dates.
 10. Eyeglasses ("lentes") are not labelled (ordinary products); hearing aids are a device
     (PROCEDURE), like a splint.
 11. A methadone dosing visit at a named treatment center is REWRITE under the default policy
     (the purpose survives once name, program and drug go); the Part 2 pack may be stricter.
 12. A pickup at a generic pharmacy with no drug named is ALLOW.
 13. lang for an evenly bilingual message follows the language of the first / main clause.

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


# ---------------------------------------------------------------- batch 1 (eb0001-eb0012): reminders and pickups, code-switched
add(
    ("eb0001", "Hola Sra. Ruiz, your appointment es el martes 3/10 a las 9:15 con Dr. Haddad. Reply C para confirmar. - Valle Verde Health Center",
     "REWRITE", "reminder", "sms", "es",
     [("Ruiz", "NAME"), ("3/10", "DATE"), ("Dr. Haddad", "PROVIDER")],
     ["primary-care"], "Code-switched reminder: the patient name goes, provider/date/time stay. Sra. stays outside the NAME span (decision 1)."),
    ("eb0002", "Reminder: Mañana tiene cita con la Dra. Okafor at 2:30pm at Northside Family Health, 1820 W. Pico Blvd, Suite 4. Llegue 15 min early, porfa. Preguntas? 213-555-0142",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Okafor", "PROVIDER"), ("1820 W. Pico Blvd, Suite 4", "ADDRESS"), ("213-555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, time, generic practice name and the practice's own address and phone are all allowed."),
    ("eb0003", "Valle Verde Health Center: Sabemos que con la presión del trabajo es difícil venir entre semana. Starting in April we're open Saturdays 8-1! Llame para hacer su cita.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'la presión del trabajo' is work stress, not blood pressure (decision 8); practice-wide hours notice."),
    ("eb0004", "Hi Marisol! Tu cita de mamografía is confirmed for Thursday 4/2 at 10:40 at Rio Grande Imaging. Llegue 15 min antes para el registro.",
     "REWRITE", "confirmation", "sms", "es",
     [("Marisol", "NAME"), ("mamografía", "PROCEDURE"), ("4/2", "DATE"), ("Rio Grande Imaging", "SPECIALTY")],
     ["imaging"], "Name, test type and imaging-center name go; the confirmation with date and time survives."),
    ("eb0005", "Hola, le llamamos de Clínica Familiar San Lucas para recordarle su cita del viernes 14 de marzo a las once de la mañana con el doctor Treviño. If you need to reschedule, press 2. Para español, oprima 9.",
     "ALLOW", "reminder", "voice", "es",
     [("14 de marzo", "DATE"), ("doctor Treviño", "PROVIDER")],
     ["primary-care"], "Spoken bilingual reminder with provider, date and time only; 'doctor' spelled out is still the provider's title."),
    ("eb0006", "Sra. Beltrán, su A1C salió high otra vez (9.1). Dr. Kaplan wants you to start insulin. Llámenos al 559-555-0117 para hablar con la nurse.",
     "BLOCK", "result", "sms", "es",
     [("Beltrán", "NAME"), ("A1C", "PROCEDURE"), ("high", "RESULT"), ("9.1", "RESULT"), ("Dr. Kaplan", "PROVIDER"), ("insulin", "MEDICATION"), ("559-555-0117", "PHONE")],
     ["primary-care", "practice-contact"], "A result ('salió high', 9.1) and a treatment plan: the clinical content is the message. English evaluative 'high' is the RESULT (decision 3)."),
    ("eb0007", "Hola Don Ernesto, el refill de su metformin 500mg ya está ready en Farmacia La Esperanza. Pick up antes del viernes pls.",
     "REWRITE", "pickup", "sms", "es",
     [("Ernesto", "NAME"), ("metformin 500mg", "MEDICATION")],
     ["pharmacy", "shorthand"], "Medication name in a pickup notice and the name go; 'el refill' is generic and Farmacia La Esperanza is a generic pharmacy name (decisions 3, 5)."),
    ("eb0008", "Farmacia La Esperanza: Your order is ready for pickup / Su pedido está listo. Horario: L-V 9am-7pm, Sáb 9-2. Responda STOP para cancelar mensajes.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "'Esperanza' is a pharmacy name, not a person; no drug named, so the pickup is ALLOW (decision 12)."),
    ("eb0009", "Hi Mr. Alvarado, this is Consuelo Cura, promotora with Salud Para Todos. Just checking in — do you still need a ride to your appointment on Friday? Text me back aquí mismo. ¡Gracias!",
     "REWRITE", "other", "sms", "en",
     [("Alvarado", "NAME"), ("Consuelo Cura", "PROVIDER")],
     ["primary-care"], "The promotora named as sender is workforce (PROVIDER, decision 2) — 'Cura' is a surname, not a cure; only the patient name goes."),
    ("eb0010", "Hola Sra. Pineda, le habla Lupe del front desk. Los resultados de strep de su hijo Mateo came back positive. La doctora le mandó amoxicilina a la farmacia.",
     "BLOCK", "result", "sms", "es",
     [("Pineda", "NAME"), ("Lupe", "PROVIDER"), ("strep", "PROCEDURE"), ("Mateo", "NAME"), ("positive", "RESULT"), ("amoxicilina", "MEDICATION")],
     ["pediatrics", "third-party", "minor"], "A child's test result and treatment sent to the parent: third party's health is BLOCK."),
    ("eb0011", "¡Hola familia! Sería muy positivo que vengan temprano a la feria de este sábado en el parque Lincoln — habrá tamales, música y juegos para los niños. Free for everyone!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'positivo' here means good, not a test result; a community event broadcast; the park is an event place, not anyone's address (decision 6)."),
    ("eb0012", "Hi Carmen, quick reminder from Dr. Liu's office: your colonoscopy is on 5/19 at Bayside Endoscopy Center. Your ride must stay with you. Cualquier pregunta, llámenos al 415-555-0163. — Gaby, MA",
     "REWRITE", "reminder", "sms", "en",
     [("Carmen", "NAME"), ("Dr. Liu", "PROVIDER"), ("colonoscopy", "PROCEDURE"), ("5/19", "DATE"), ("Bayside Endoscopy Center", "SPECIALTY"), ("415-555-0163", "PHONE"), ("Gaby, MA", "PROVIDER")],
     ["primary-care", "practice-contact"], "Procedure and endoscopy-center name reveal the service and the name goes; the MA signing is workforce (decision 2)."),
)


# ---------------------------------------------------------------- batch 2 (eb0013-eb0024): Spanish with English clinical terms, results
add(
    ("eb0013", "ok Sr. Domínguez, su colesterol LDL salió en 182, que es high. El Dr. Nakamura quiere subirle la atorvastatina a 40mg. Ya mandamos el nuevo prescription a su farmacia de la calle 5.",
     "BLOCK", "result", "sms", "es",
     [("Domínguez", "NAME"), ("colesterol LDL", "PROCEDURE"), ("182", "RESULT"), ("high", "RESULT"), ("Dr. Nakamura", "PROVIDER"), ("atorvastatina", "MEDICATION")],
     ["primary-care", "shorthand"], "A value with its flag and a dose change; the dose written after 'a' stays outside the drug span (README). 'la calle 5' is directions, not an address (decision 6)."),
    ("eb0014", "Hola Sr. Ibarra — your lab results are back. Su glucosa en ayunas fue 104 mg/dL, slightly above normal (prediabetes range). Dr. Feld recommends repeating the A1C en 3 meses. Saludos, Karina RN",
     "ALLOW", "result", "portal", "en",
     [("Ibarra", "NAME"), ("glucosa en ayunas", "PROCEDURE"), ("104 mg/dL", "RESULT"), ("slightly above normal", "RESULT"), ("prediabetes", "CONDITION"), ("Dr. Feld", "PROVIDER"), ("A1C", "PROCEDURE"), ("Karina RN", "PROVIDER")],
     ["primary-care", "lab", "contrast"], "Inside the secure portal a result, a condition and the name may stay (README channel convention); contrast with eb0015 by SMS."),
    ("eb0015", "Hola Sr. Ibarra — your lab results are back. Su glucosa en ayunas fue 104 mg/dL (prediabetes range). Dr. Feld recommends repeating the A1C en 3 meses. Karina RN",
     "BLOCK", "result", "sms", "en",
     [("Ibarra", "NAME"), ("glucosa en ayunas", "PROCEDURE"), ("104 mg/dL", "RESULT"), ("prediabetes", "CONDITION"), ("Dr. Feld", "PROVIDER"), ("A1C", "PROCEDURE"), ("Karina RN", "PROVIDER")],
     ["primary-care", "lab", "contrast"], "Same message as eb0014 by SMS: a value and a condition are the message, so BLOCK."),
    ("eb0016", "Buenas tardes Sra. Remedios Zavala, su cita para el eco del corazón es el lunes 21 de abril, 8am, en Corazón Valley Cardiology. Traiga su lista de medicinas.",
     "REWRITE", "reminder", "sms", "es",
     [("Remedios Zavala", "NAME"), ("eco del corazón", "PROCEDURE"), ("21 de abril", "DATE"), ("Corazón Valley Cardiology", "SPECIALTY")],
     ["cardiology"], "'Remedios' is the patient's given name (NAME), not remedies; echo and cardiology practice name go."),
    ("eb0017", "Dolores Street Community Clinic is closed Monday for César Chávez Day. Our nurse line is open 24/7 — call the number on the back of your card.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Dolores' is a street in a generic clinic name, a holiday by name is not a date and 24/7 is not a date (decisions 5, 9)."),
    ("eb0018", "Mija, soy Consuelo la promotora. Ya hablé con la doctora y dice que como usted tiene la presión alta, no debe dejar de tomar el losartan aunque se sienta bien. Mañana paso a checarle la presión. 🙏",
     "BLOCK", "care-instructions", "sms", "es",
     [("Consuelo", "PROVIDER"), ("presión alta", "CONDITION"), ("losartan", "MEDICATION"), ("checarle la [[presión]]", "PROCEDURE")],
     ["primary-care", "home-health"], "States the diagnosis and a treatment instruction. 'presión alta' is the CONDITION, the pressure to be checked is the measure (PROCEDURE, decision 8); 'Mija' is an endearment (decision 1)."),
    ("eb0019", "Reminder from La Familia Primary Care: Your diabetic foot exam with Dr. Abernathy is Wed 6/11 at 3:20pm. Bring your glucose meter. Para español responda 2.",
     "REWRITE", "reminder", "sms", "en",
     [("diabetic foot exam", "PROCEDURE"), ("Dr. Abernathy", "PROVIDER"), ("6/11", "DATE"), ("glucose meter", "PROCEDURE")],
     ["primary-care"], "Condition-named exam (README) and a device that reveals it go; the reminder survives."),
    ("eb0020", "{{practice_name}}: Su cita es el {{appt_date}} a las {{appt_time}}. / Your appointment is on {{appt_date}} at {{appt_time}}. Responda SI para confirmar / Reply YES to confirm.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "template"], "Bilingual template with content-free placeholders only."),
    ("eb0021", "Hi Mrs. Quintero, Dr. Baptiste reviewed your Pap. Came back abnormal (ASC-US) y el HPV fue positivo. We need to schedule a colposcopy — call Clínica de la Mujer at 956-555-0128.",
     "BLOCK", "result", "sms", "en",
     [("Quintero", "NAME"), ("Dr. Baptiste", "PROVIDER"), ("Pap", "PROCEDURE"), ("abnormal", "RESULT"), ("ASC-US", "RESULT"), ("HPV", "PROCEDURE"), ("positivo", "RESULT"), ("colposcopy", "PROCEDURE"), ("Clínica de la Mujer", "SPECIALTY"), ("956-555-0128", "PHONE")],
     ["reproductive", "practice-contact"], "Abnormal Pap and positive HPV by text: results are the message. A Spanish women's-clinic name is SPECIALTY (decision 5)."),
    ("eb0022", "Farmacia San Judas: Sra. Lozano, su Ozempic 0.5 mg pen está listo para recoger. Copago: $25. Abrimos hasta las 8pm.",
     "REWRITE", "pickup", "sms", "es",
     [("Lozano", "NAME"), ("Ozempic 0.5 mg pen", "MEDICATION")],
     ["pharmacy"], "Pickup notice: drug with strength and form is one MEDICATION span; the name goes, the pickup survives."),
    ("eb0023", "Mensaje de Clínica del Pueblo: los resultados de la rifa del Día de las Madres ya están en nuestra página de Facebook. ¡Felicidades a las ganadoras! Gracias de corazón por participar.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'resultados' of a raffle and 'de corazón' (heartfelt) are not clinical; a holiday by name is not a date."),
    ("eb0024", "Hi José Luis, your physical therapy eval at Alamo Heights PT is set for 7/8 at 4:45. Wear shorts or loose pants. Nos vemos!",
     "REWRITE", "reminder", "sms", "en",
     [("José Luis", "NAME"), ("physical therapy", "SPECIALTY"), ("Alamo Heights PT", "SPECIALTY"), ("7/8", "DATE")],
     ["physical-therapy"], "Physical-therapy service word and PT practice name are specialty-revealing (README); the name goes."),
)


# ---------------------------------------------------------------- batch 3 (eb0025-eb0036): promotoras, CHWs, Spanglish shorthand
add(
    ("eb0025", "hola sra galindo soy la promotora consuelo cura, xfa no se le olvide su cita mñn a las 10 con la dra. salinas. si necesita raite me avisa 👍",
     "REWRITE", "reminder", "sms", "es",
     [("galindo", "NAME"), ("consuelo cura", "PROVIDER"), ("dra. salinas", "PROVIDER")],
     ["primary-care", "shorthand"], "Lower-case shorthand: the patient surname goes; the promotora (sender) and the doctor are PROVIDER (decision 2)."),
    ("eb0026", "Promotoras de Salud Unidas: Taller GRATIS 'Cocinando Sano' este jueves 6pm en la Iglesia Sagrado Corazón. Aprenda recetas bajas en sal. Todos bienvenidos / Everyone welcome!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'recetas' are recipes and 'Sagrado Corazón' is a church; a community class sent to everyone."),
    ("eb0027", "Sra. Galindo buenas, su niña Daniela salió con la prueba de plomo elevada (8 mcg/dL). Le vamos a mandar a la visiting nurse a su casa para checar la pintura. Cualquier cosa me texea, Consuelo",
     "BLOCK", "result", "sms", "es",
     [("Galindo", "NAME"), ("Daniela", "NAME"), ("prueba de plomo", "PROCEDURE"), ("elevada", "RESULT"), ("8 mcg/dL", "RESULT"), ("Consuelo", "PROVIDER")],
     ["pediatrics", "third-party", "minor"], "A child's elevated lead result to the parent: third party's result, BLOCK."),
    ("eb0028", "Hey it's Yesenia from Dr. Kowalski's office 🙂 just wanted to let you know the doc is running about 30 min behind today. Si prefiere reprogramar, just text back R.",
     "ALLOW", "reminder", "sms", "en",
     [("Yesenia", "PROVIDER"), ("Dr. Kowalski", "PROVIDER")],
     ["primary-care"], "Staff sender and provider only (decision 2); running-late notice."),
    ("eb0029", "Recordatorio: su clase de diabetes con la educadora Lic. Ochoa es el miércoles 9 de julio a las 5pm en el salón B. Traiga su glucómetro. - Centro de Salud Esperanza",
     "REWRITE", "reminder", "sms", "es",
     [("diabetes", "CONDITION"), ("Lic. Ochoa", "PROVIDER"), ("9 de julio", "DATE"), ("glucómetro", "PROCEDURE")],
     ["primary-care"], "The recipient's own class labelled by a condition (like 'asthma check') and a device go; the generic 'clase' stays outside; 'educadora' is a generic role (decision 2)."),
    ("eb0030", "Hi Ana, it's Consuelo (CHW). Your mom's sugar readings this week were in the 300s. I talked to Dr. Ferreira and she wants to see her tomorrow. Can you bring her at 9?",
     "BLOCK", "result", "sms", "en",
     [("Ana", "NAME"), ("Consuelo", "PROVIDER"), ("sugar readings", "PROCEDURE"), ("300s", "RESULT"), ("Dr. Ferreira", "PROVIDER")],
     ["primary-care", "third-party", "home-health"], "A relative's glucose values sent to the daughter: third party's health, BLOCK."),
    ("eb0031", "Centro Médico del Sur se mudó / we moved! Nueva dirección: Calle Salud #14, Ponce, PR 00730. Mismo teléfono 787-555-0104. Same doctors, same great care.",
     "ALLOW", "other", "sms", "es",
     [("Calle Salud #14, Ponce, PR 00730", "ADDRESS"), ("787-555-0104", "PHONE")],
     ["general", "practice-contact", "broadcast"], "The practice's own address ('Salud' is the street name, not health) and phone: ALLOW."),
    ("eb0032", "Hi Guadalupe, your Medicare wellness visit with Dr. Osei is on 8/14 at 11:00. Please bring all your pill bottles. Necesita intérprete? We have one ready.",
     "REWRITE", "reminder", "sms", "en",
     [("Guadalupe", "NAME"), ("Medicare wellness", "PROCEDURE"), ("Dr. Osei", "PROVIDER"), ("8/14", "DATE")],
     ["primary-care"], "'Medicare wellness' is a revealing visit type (README) and the name goes; the interpreter offer is not labelled (decision 7)."),
    ("eb0033", "Sr. Paredes, le confirmo que su prueba de TB (PPD) fue negativa. Ya puede entregar la forma al trabajo. Saludos, enfermera Rocío",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("prueba de TB", "PROCEDURE"), ("PPD", "PROCEDURE"), ("negativa", "RESULT"), ("enfermera Rocío", "PROVIDER")],
     ["primary-care", "lab"], "A negative result is still a result (README): BLOCK."),
    ("eb0034", "Recuerde: Clínica Familiar del Valle estará cerrada este viernes por el feriado. Para emergencias llame al 911. Para consejos médicos, nuestra línea de enfermeras está disponible.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Closure notice; 911 is not a phone identifier."),
    ("eb0035", "Hola! Le escribimos de Sonrisas Dental para recordarle su appointment de root canal el 2 de octubre a las 3. Si tiene Medi-Cal, traiga su tarjeta BIC. Gracias!",
     "REWRITE", "reminder", "sms", "es",
     [("Sonrisas Dental", "SPECIALTY"), ("root canal", "PROCEDURE"), ("2 de octubre", "DATE")],
     ["dental"], "Dental practice name and the procedure go; 'appointment' is generic Spanglish; Medi-Cal is not labelled (decisions 3, 7)."),
    ("eb0036", "Mr. Herrera — per Dr. Whitfield, hold your Eliquis starting Sunday 2/8 (2 days before your procedure). No tome aspirina tampoco. Questions: 505-555-0139.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Herrera", "NAME"), ("Dr. Whitfield", "PROVIDER"), ("Eliquis", "MEDICATION"), ("2/8", "DATE"), ("aspirina", "MEDICATION"), ("505-555-0139", "PHONE")],
     ["cardiology", "practice-contact"], "Medication-hold instructions in both languages are treatment instructions: BLOCK."),
)


# ---------------------------------------------------------------- batch 4 (eb0037-eb0048): bilingual broadcasts, templates, e-mails
add(
    ("eb0037", "Subject: Flu shots are here / Ya llegaron las vacunas contra la gripe\n\nDear patients / Estimados pacientes,\n\nFlu vaccines are now available for everyone 6 months and older at all Mission Neighborhood Health locations. No appointment needed: walk in Monday–Friday 8:30–4:30. Most insurance plans cover it at no cost, and it is free if you are uninsured.\n\nLas vacunas contra la gripe ya están disponibles para todas las personas de 6 meses en adelante. No necesita cita: venga de lunes a viernes de 8:30 a 4:30. La mayoría de los seguros la cubren sin costo y es gratis si no tiene seguro.\n\nQuestions? / ¿Preguntas? Call 415-555-0187 or visit mnh.example.org/flu.\n\nStay healthy / Cuídense mucho,\nMission Neighborhood Health",
     "ALLOW", "marketing", "email", "en",
     [("415-555-0187", "PHONE"), ("mnh.example.org/flu", "URL")],
     ["general", "broadcast", "practice-contact"], "Bilingual broadcast to every patient (README: ALLOW); the practice's own phone and link."),
    ("eb0038", "Estimada Sra. Villanueva: Sus resultados del Papanicolaou del 3/3 están normales y la prueba de VPH fue negativa. La Dra. Castañeda recomienda repetir el Pap en 5 años. Si tiene preguntas, responda a este mensaje. - Equipo de Salud de la Mujer",
     "ALLOW", "result", "portal", "es",
     [("Villanueva", "NAME"), ("Papanicolaou", "PROCEDURE"), ("3/3", "DATE"), ("normales", "RESULT"), ("prueba de VPH", "PROCEDURE"), ("negativa", "RESULT"), ("Dra. Castañeda", "PROVIDER"), ("Pap", "PROCEDURE", 1), ("Salud de la Mujer", "SPECIALTY")],
     ["reproductive", "lab"], "Portal result message: results and names may stay (README). The women's-health team name is SPECIALTY (decision 5)."),
    ("eb0039", "[PracticeName] reminder: You have an appointment on [ApptDate] at [ApptTime]. Recordatorio: Tiene una cita el [ApptDate] a las [ApptTime]. Reply C to confirm / Responda C para confirmar. Msg&data rates may apply.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "Bilingual template with content-free placeholders only."),
    ("eb0040", "{{clinic_name}}: Recordatorio de su cita de quimioterapia el {{appt_date}} a las {{appt_time}}. Reminder of your chemo infusion on {{appt_date}} at {{appt_time}}. Llegue 20 min antes / Arrive 20 min early.",
     "REWRITE", "reminder", "sms", "es",
     [("quimioterapia", "PROCEDURE"), ("chemo infusion", "PROCEDURE")],
     ["oncology", "template"], "The fixed template text reveals the treatment in both languages; each language's term is labelled (decision 4)."),
    ("eb0041", "Thanks for choosing Northside Family Health! Your feedback matters / Su opinión es importante. Reply 1-5 to rate your visit. Survey results help us cut wait times.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'results' of a survey are not clinical; nothing about the recipient."),
    ("eb0042", "Asunto: Seguimiento de su visita del 12 de agosto\n\nHola Sr. Montoya,\n\nFue un gusto verlo en la clínica. Como hablamos con el Dr. Reyes-Parker, su A1C bajó de 9.4 a 7.8, ¡muy bien! Vamos a seguir con la metformina 1000 mg dos veces al día y agregar Jardiance 10 mg una vez en la mañana. Recuerde tomar bastante agua.\n\nSu próxima cita es el 14 de noviembre a las 9:30. Le vamos a mandar la orden del lab una semana antes.\n\nIf your daughter prefers the English version, just let me know and I'll send it to her too.\n\nSaludos cordiales,\nPatricia Gómez, RN\nCare Coordinator | Clínica Familiar del Valle\nTel. 956-555-0133 | valle.example.org",
     "BLOCK", "care-instructions", "email", "es",
     [("12 de agosto", "DATE"), ("Montoya", "NAME"), ("Dr. Reyes-Parker", "PROVIDER"), ("A1C", "PROCEDURE"), ("9.4", "RESULT"), ("7.8", "RESULT"), ("metformina 1000 mg", "MEDICATION"), ("Jardiance 10 mg", "MEDICATION"), ("14 de noviembre", "DATE"), ("Patricia Gómez, RN", "PROVIDER"), ("956-555-0133", "PHONE"), ("valle.example.org", "URL")],
     ["primary-care", "practice-contact"], "Values and a dosing plan in a friendly e-mail: e-mail is treated like SMS, so BLOCK."),
    ("eb0043", "Appt reminder: Tues 9/23 @ 1:30 w/ Dr. Ramírez-Soto, Clínica Familiar del Valle, 3100 N. 10th St, McAllen TX 78501. Traiga su ID y tarjeta de seguro. Reply R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("9/23", "DATE"), ("Dr. Ramírez-Soto", "PROVIDER"), ("3100 N. 10th St, McAllen TX 78501", "ADDRESS")],
     ["primary-care", "practice-contact", "shorthand"], "Provider, date, time and the practice's own address: ALLOW."),
    ("eb0044", "Hola Ms. Estrada! Your son Iker is due for his 4-year shots and well-child check. Sol y Luna Pediatrics has openings next week — reply with a day that works. ¡Gracias!",
     "REWRITE", "recall", "sms", "en",
     [("Estrada", "NAME"), ("Iker", "NAME"), ("4-year shots", "PROCEDURE"), ("well-child", "PROCEDURE"), ("Sol y Luna Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor"], "A dependent's routine visits with names and a pediatrics name: REWRITE (README)."),
    ("eb0045", "Recordatorio de Clínica Familiar del Valle: hay estacionamiento gratis en la Calle Cura, detrás del edificio. Si viene en bus, la parada más cercana es Dolores y 24.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Cura' and 'Dolores' are streets given as directions, not a cure, pain or anyone's address (decision 6)."),
    ("eb0046", "Hi Mr. Castillo, your wife Graciela was admitted to St. Anne's last night with pneumonia. She's stable and asking for her reading glasses. Visiting hours until 8. - Marco, RN case manager",
     "BLOCK", "other", "sms", "en",
     [("Castillo", "NAME"), ("Graciela", "NAME"), ("pneumonia", "CONDITION"), ("Marco, RN", "PROVIDER")],
     ["primary-care", "third-party"], "A spouse's admission and diagnosis: third party's health, BLOCK."),
    ("eb0047", "¡Buenas noticias! Ya puede ver a la Dra. Fuentes los sábados en nuestra sucursal de Pico Rivera. Para hacer cita llame al 562-555-0175 o entre a citas.example.com.",
     "ALLOW", "marketing", "sms", "es",
     [("Dra. Fuentes", "PROVIDER"), ("562-555-0175", "PHONE"), ("citas.example.com", "URL")],
     ["primary-care", "practice-contact", "broadcast"], "Practice broadcast; the branch town is not labelled (decision 6); the practice's own phone and link."),
    ("eb0048", "Sra. Angustias Robledo: su referido a nefrología fue aprobado. La clínica le va a llamar para darle cita. Cualquier duda, 626-555-0121.",
     "REWRITE", "other", "sms", "es",
     [("Angustias Robledo", "NAME"), ("nefrología", "SPECIALTY"), ("626-555-0121", "PHONE")],
     ["primary-care", "practice-contact"], "'Angustias' is a given name (NAME), not anxiety; the specialty of the referral goes."),
)


# ---------------------------------------------------------------- batch 5 (eb0049-eb0060): English with a Spanish line
add(
    ("eb0049", "Dear Ms. Salgado,\n\nThis is a reminder that your sleep study at Brightwater Sleep Center is scheduled for Friday, 10/17, check-in 8:30 PM. Please bring comfortable sleepwear, your toothbrush and your usual evening medications. Avoid caffeine after noon that day.\n\nP.D. Sra. Salgado, si prefiere que le llamemos en español, nomás díganos. — Liliana\n\nBrightwater Sleep Center | 2200 Ocean Ave, Suite 110, Santa Monica, CA 90405 | (310) 555-0158",
     "REWRITE", "reminder", "email", "en",
     [("Salgado", "NAME"), ("sleep study", "PROCEDURE"), ("Brightwater Sleep Center", "SPECIALTY"), ("10/17", "DATE"), ("Salgado", "NAME", 1), ("Liliana", "PROVIDER"), ("Brightwater Sleep Center", "SPECIALTY", 1), ("2200 Ocean Ave, Suite 110, Santa Monica, CA 90405", "ADDRESS"), ("(310) 555-0158", "PHONE")],
     ["general", "practice-contact"], "English template with a Spanish personal line: the name (twice), the test and the sleep-center name (also in the signature) go; the practice's address and phone stay."),
    ("eb0050", "Hi Rosalinda, Dr. Greenberg got your biopsy back — it's benign, nada de qué preocuparse! She'll go over it at your visit on 11/3. - Teresa",
     "BLOCK", "result", "sms", "en",
     [("Rosalinda", "NAME"), ("Dr. Greenberg", "PROVIDER"), ("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("11/3", "DATE"), ("Teresa", "PROVIDER")],
     ["dermatology"], "A reassuring result is still a result: BLOCK."),
    ("eb0051", "Hi from Dr. Benavides' team! We're switching to a new texting system next week, so you may get a welcome text from a new number. Es seguro responder. Questions? Ask us at your next visit.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Benavides", "PROVIDER")],
     ["primary-care"], "Practice notice naming only the provider."),
    ("eb0052", "Your prescription for Depo-Provera is ready at Westlake Pharmacy, 2nd floor. Recójala antes de su cita con la enfermera para la inyección on Tuesday. Thank you!",
     "REWRITE", "pickup", "sms", "en",
     [("Depo-Provera", "MEDICATION"), ("inyección", "PROCEDURE")],
     ["reproductive", "pharmacy"], "Drug name in a pickup notice and the injection visit it is for go; the pickup reminder survives."),
    ("eb0053", "Reminder: our Dolores St. lot is closed for repaving this week. Please park on Guerrero and walk over. Sorry for the inconvenience / Disculpe las molestias.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Dolores' is a street name (pain in Spanish), given as directions (decision 6)."),
    ("eb0054", "Mrs. Olvera, your mammogram showed a spot on the left side (BI-RADS 0). Dr. Sandoval wants a diagnostic mammogram and ultrasound this week. Por favor llámenos hoy: 214-555-0190.",
     "BLOCK", "result", "sms", "en",
     [("Olvera", "NAME"), ("mammogram", "PROCEDURE"), ("spot on the left side", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[0]]", "RESULT"), ("Dr. Sandoval", "PROVIDER"), ("diagnostic mammogram", "PROCEDURE"), ("ultrasound", "PROCEDURE"), ("214-555-0190", "PHONE")],
     ["imaging", "oncology", "practice-contact"], "A finding with its BI-RADS score: BLOCK."),
    ("eb0055", "This is a message from Eastside Family Medicine for the patient at this number. Please call us back at 720-555-0149 during business hours. Este es un mensaje de Eastside Family Medicine. Por favor regrese la llamada al 720-555-0149.",
     "ALLOW", "other", "voice", "en",
     [("720-555-0149", "PHONE"), ("720-555-0149", "PHONE", 1)],
     ["general", "practice-contact"], "Bilingual call-back voicemail with the practice's number, said twice; nothing about the patient."),
    ("eb0056", "Hi Mr. Cervantes, just a heads up: your PrEP follow-up and labs are Thursday 12/4 at 5:15 at Positive Health Clinic. Text back si necesita cambiar la hora.",
     "REWRITE", "reminder", "sms", "en",
     [("Cervantes", "NAME"), ("PrEP", "MEDICATION"), ("12/4", "DATE"), ("Positive Health Clinic", "SPECIALTY")],
     ["hiv-sexual-health"], "PrEP and a sexual-health clinic name go; 'labs' is generic; the reminder survives."),
    ("eb0057", "Good morning! Dr. Ortiz's office here. We got your message — yes, we do have evening hours on Wednesdays until 7pm. ¿Le agendo una cita? Reply with the day.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Ortiz", "PROVIDER")],
     ["primary-care"], "Scheduling reply naming only the provider."),
    ("eb0058", "Hi Sra. Becerra, your me\u200bt\u200bformin dose is going up to 1000mg twice a day starting today per Dr. Lund. Tómela con comida.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Becerra", "NAME"), ("me\u200bt\u200bformin", "MEDICATION"), ("Dr. Lund", "PROVIDER")],
     ["primary-care"], "Dose change (a dosing instruction) with a drug name hidden by zero-width spaces: BLOCK."),
    ("eb0059", "Our bilingual diabetes prevention class is open to the whole community — no referral needed. Free, Tuesdays at 6 at the public library. Clase gratuita en español e inglés.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A community class sent to everyone says nothing about the recipient (README broadcast convention)."),
    ("eb0060", "Lab reminder: Ms. Perla Arriaga, please come fasting (nada de comer después de medianoche) for your lipid panel tomorrow between 7 and 10am. The draw station is inside the clinic, Room 12.",
     "REWRITE", "reminder", "sms", "en",
     [("Perla Arriaga", "NAME"), ("lipid panel", "PROCEDURE")],
     ["lab", "primary-care"], "Name and named test go; fasting prep without the test name is not a treatment instruction."),
)


# ---------------------------------------------------------------- batch 6 (eb0061-eb0072): Spanish with English terms, relatives, a spaced disguise
add(
    ("eb0061", "Buenas Sra. Jaramillo, le aviso que el ultrasound de su esposo salió con gallstones. El Dr. Kessler le va a referir con el surgeon. Él ya sabe, pero no contesta su cel.",
     "BLOCK", "result", "sms", "es",
     [("Jaramillo", "NAME"), ("ultrasound", "PROCEDURE"), ("gallstones", "CONDITION"), ("Dr. Kessler", "PROVIDER")],
     ["imaging", "third-party"], "A husband's finding sent to the wife: third party's health. 'surgeon' stays generic (README)."),
    ("eb0062", "Hola! Le saluda Marisela de recepción de Clínica Los Arcos 😊 Su cita con el Dr. Underwood cambió al jueves 16 de octubre, misma hora (10:20). Perdón por el cambio!",
     "ALLOW", "reminder", "sms", "es",
     [("Marisela", "PROVIDER"), ("Dr. Underwood", "PROVIDER"), ("16 de octubre", "DATE")],
     ["primary-care"], "Receptionist sender (PROVIDER, decision 2), provider and date only."),
    ("eb0063", "Hola Chuy! Tu cita para la vasectomía consult con el urólogo es el 5 de diciembre a las 2:40 pm. No olvides traer tu ID. - Urología del Norte",
     "REWRITE", "reminder", "sms", "es",
     [("Chuy", "NAME"), ("vasectomía", "PROCEDURE"), ("urólogo", "SPECIALTY"), ("5 de diciembre", "DATE"), ("Urología del Norte", "SPECIALTY")],
     ["reproductive"], "Nickname, procedure, specialist and urology practice name go; 'consult' stays outside as the generic word."),
    ("eb0064", "Aviso de Clínica Los Arcos: la operación de su pago de $40 fue exitosa. Saldo actual: $0.00. ¡Gracias! No responda a este mensaje.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "'operación' is a payment transaction, not surgery."),
    ("eb0065", "Sr. Ledesma, su hija Ximena vino hoy a la clínica escolar. Le dimos ibuprofeno por cólicos menstruales y regresó a clase. Cualquier duda llame a la enfermera escolar, Srta. Kim, ext. 214.",
     "BLOCK", "other", "sms", "es",
     [("Ledesma", "NAME"), ("Ximena", "NAME"), ("ibuprofeno", "MEDICATION"), ("cólicos menstruales", "CONDITION"), ("Srta. Kim", "PROVIDER")],
     ["pediatrics", "third-party", "minor"], "A teen's symptom and the medicine given, sent to the parent: third party's health. The school nurse is PROVIDER; her title stays inside as a staff title (decision 2)."),
    ("eb0066", "Su solicitud de renovación de Medi-Cal fue recibida. Si necesita ayuda con los papeles, nuestra consejera de beneficios está los martes y jueves. Traiga comprobante de ingresos.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "A benefits 'consejera' is not a substance-use counselor; Medi-Cal enrollment is not labelled (decision 7)."),
    ("eb0067", "Hola Sra. Dolores Cárdenas, su cita de seguimiento de la presión es el 27 de enero a las 8:45 con el PA Whitaker. Traiga su log de la presión de la casa por fa.",
     "REWRITE", "reminder", "sms", "es",
     [("Dolores Cárdenas", "NAME"), ("presión", "PROCEDURE"), ("27 de enero", "DATE"), ("PA Whitaker", "PROVIDER"), ("presión", "PROCEDURE", 1)],
     ["primary-care", "cardiology"], "Blood-pressure follow-up and home log reveal the condition: 'presión' as the thing followed is PROCEDURE (decision 8); 'Dolores' is the patient's name here."),
    ("eb0068", "Doña Socorro, la Dra. Ibáñez le manda decir que ya no tome el HCTZ, le está bajando mucho el sodio (128). Empiece el amlodipino 5 mg mañana, una al día.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Socorro", "NAME"), ("Dra. Ibáñez", "PROVIDER"), ("HCTZ", "MEDICATION"), ("sodio", "PROCEDURE"), ("128", "RESULT"), ("amlodipino 5 mg", "MEDICATION")],
     ["primary-care"], "Stop one drug, start another, with a lab value: treatment instructions and a result. Doña stays outside the name (decision 1)."),
    ("eb0069", "Recordatorio: su cita de telemedicina con la Dra. Benítez es hoy a las 4:15. Entre 5 min antes a vv.example.com/sala. Si no funciona el video, le llamamos.",
     "ALLOW", "reminder", "push", "es",
     [("Dra. Benítez", "PROVIDER"), ("vv.example.com/sala", "URL")],
     ["primary-care", "practice-contact"], "Video visit with the practice's own room link (no patient token): ALLOW."),
    ("eb0070", "Hola, su receta de Synthroid 75 mcg está lista en la Farmacia Guadalupana. También tenemos su vacuna de shingles si se la quiere poner. Horario 9-9.",
     "REWRITE", "pickup", "sms", "es",
     [("Synthroid 75 mcg", "MEDICATION"), ("vacuna de shingles", "PROCEDURE")],
     ["pharmacy"], "Drug in a pickup notice and the recipient's own vaccine go; 'receta' is generic."),
    ("eb0071", "¿Sabía que la Clínica Esperanza tiene nutricionista bilingüe? Aprenda a comer rico y sano sin dejar sus platillos favoritos. Pregunte en recepción.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "A service offered to all patients; says nothing about the recipient."),
    ("eb0072", "Sr. Galván, su prueba de V I H salió r e a c t i v a. Necesitamos verlo hoy mismo. Llame a la Dra. Prieto al 305-555-0111, es confidencial.",
     "BLOCK", "result", "sms", "es",
     [("Galván", "NAME"), ("prueba de V I H", "PROCEDURE"), ("r e a c t i v a", "RESULT"), ("Dra. Prieto", "PROVIDER"), ("305-555-0111", "PHONE")],
     ["hiv-sexual-health", "spaced", "practice-contact"], "An HIV result with spaced letters: BLOCK."),
)


# ---------------------------------------------------------------- batch 7 (eb0073-eb0084): mostly English, Spanish names and places
add(
    ("eb0073", "Hi! This is Consuelo Cura from the Healthy Families program — thanks for coming to the community potluck on Saturday. Fotos en nuestra página. ¡Nos vemos el próximo mes!",
     "ALLOW", "other", "sms", "en",
     [("Consuelo Cura", "PROVIDER")],
     ["general"], "The promotora's surname 'Cura' is not a cure; a thank-you for a community event with only the sender named (decision 2)."),
    ("eb0074", "hi mrs paz its Jackie from dr hsu office, ur pregnancy test was positive!! congrats 🎉 we need u to schedule ur 1st prenatal w/ OB asap. llamanos 818-555-0176",
     "BLOCK", "result", "sms", "en",
     [("paz", "NAME"), ("Jackie", "PROVIDER"), ("dr hsu", "PROVIDER"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("prenatal", "PROCEDURE"), ("OB", "SPECIALTY"), ("818-555-0176", "PHONE")],
     ["reproductive", "shorthand", "practice-contact"], "A pregnancy result by text, even happy news: BLOCK. 'paz' (peace) is the surname here."),
    ("eb0075", "Reminder for Santiago Rivas: your Saturday vaccine clinic appt for your flu shot is 11/15 at 10:10am. Bring your vaccine card / tarjeta de vacunas.",
     "REWRITE", "reminder", "sms", "en",
     [("Santiago Rivas", "NAME"), ("flu shot", "PROCEDURE"), ("11/15", "DATE")],
     ["primary-care"], "The recipient's own flu-shot appointment (README: REWRITE) with a name."),
    ("eb0076", "Hi, this is Dr. Mendoza's office returning your call. We have you down for Monday 1/12 at 3:00. Si no puede venir, reply NO and we'll open the slot for someone else.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Mendoza", "PROVIDER"), ("1/12", "DATE")],
     ["primary-care"], "Provider, date and time only."),
    ("eb0077", "Hello Mr. Aguirre, this is Nurse Beth at Sunrise Senior Living. Your mother Doña Refugio fell in her room this morning; she has a bruise on her hip but x-rays were negative. Dr. Patel increased her Tylenol to 650mg. Please call us.",
     "BLOCK", "other", "sms", "en",
     [("Aguirre", "NAME"), ("Nurse Beth", "PROVIDER"), ("Refugio", "NAME"), ("bruise", "CONDITION"), ("x-rays", "PROCEDURE"), ("negative", "RESULT"), ("Dr. Patel", "PROVIDER"), ("Tylenol", "MEDICATION")],
     ["home-health", "third-party"], "A parent's fall, injury, imaging result and dose change sent to the son: third party's health."),
    ("eb0078", "Hi Mrs. Solís — tus resultados are in. Your thyroid test (TSH) is 2.1, which is normal, so no change to your levothyroxine 50 mcg. Keep taking it every morning con el estómago vacío. — Dr. Ahmed",
     "ALLOW", "result", "portal", "en",
     [("Solís", "NAME"), ("thyroid test", "PROCEDURE"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("normal", "RESULT"), ("levothyroxine 50 mcg", "MEDICATION"), ("Dr. Ahmed", "PROVIDER")],
     ["primary-care", "lab"], "Result and dosing in the secure portal: ALLOW (README channel convention)."),
    ("eb0079", "Coastal Behavioral Health: Hi Alejandra, your next therapy session with Lic. Paz Moreno is Weds 2/18 at 6pm (virtual). Link comes 15 min before. Reply C to confirm / C para confirmar.",
     "REWRITE", "reminder", "sms", "en",
     [("Coastal Behavioral Health", "SPECIALTY"), ("Alejandra", "NAME"), ("therapy", "PROCEDURE"), ("Lic. Paz Moreno", "PROVIDER"), ("2/18", "DATE")],
     ["behavioral-health"], "Behavioral-health name and therapy go with the patient name; the licensed counselor is PROVIDER."),
    ("eb0080", "The Positive Parenting workshop (Taller de Crianza Positiva) is this Saturday at the rec center. Childcare and snacks provided. Everyone welcome — ¡todos bienvenidos!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Positive/Positiva' describes parenting, not a test."),
    ("eb0081", "Hi Fernanda, Dr. Walsh says your urine culture grew E. coli, so the Macrobid is the right one. Finish all 7 days, aunque se sienta mejor. Call if you get a fever.",
     "BLOCK", "result", "sms", "en",
     [("Fernanda", "NAME"), ("Dr. Walsh", "PROVIDER"), ("urine culture", "PROCEDURE"), ("E. coli", "RESULT"), ("Macrobid", "MEDICATION"), ("fever", "CONDITION")],
     ["primary-care", "lab"], "A culture result and treatment instructions: BLOCK."),
    ("eb0082", "Valle Verde Health Center: our phones are down this morning. Si es urgente, vaya a urgencias o llame al 911. We'll text when lines are back up. Sorry!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Outage notice; 'urgencias' is the ER in general and 911 is not an identifier."),
    ("eb0083", "Hi Ms. Nuñez,\n\nYour daughter Valeria's cleaning and fluoride at Happy Teeth Pediatric Dentistry is on 3/27 at 3:30pm. Please arrive 10 minutes early to update her insurance.\n\nSi tiene preguntas, responda a este correo.\n\nThank you,\nDiana | Front Desk",
     "REWRITE", "reminder", "email", "en",
     [("Nuñez", "NAME"), ("Valeria", "NAME"), ("cleaning", "PROCEDURE"), ("fluoride", "PROCEDURE"), ("Happy Teeth Pediatric Dentistry", "SPECIALTY"), ("3/27", "DATE"), ("Diana", "PROVIDER")],
     ["dental", "pediatrics", "minor"], "A dependent's routine dental visit with names: REWRITE (README)."),
    ("eb0084", "Your appointment with Dr. Alejandro Villaseñor is confirmed: Fri 4/17, 10:30am, 455 Camino del Rio S, Suite 200, San Diego CA 92108. Parking is validated.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Alejandro Villaseñor", "PROVIDER"), ("4/17", "DATE"), ("455 Camino del Rio S, Suite 200, San Diego CA 92108", "ADDRESS")],
     ["primary-care", "practice-contact"], "Provider with a Spanish name, date and the practice's own address: ALLOW."),
)


# ---------------------------------------------------------------- batch 8 (eb0085-eb0096): disguises, a prenatal e-mail, family
add(
    ("eb0085", "Hola Sra. Fajardo, su cita de qu1m10 es el 8 de mayo a las 9am en Harbor Oncology. Traiga algo de comer y su cobija.",
     "REWRITE", "reminder", "sms", "es",
     [("Fajardo", "NAME"), ("qu1m10", "PROCEDURE"), ("8 de mayo", "DATE"), ("Harbor Oncology", "SPECIALTY")],
     ["oncology", "leet"], "'qu1m10' is 'quimio' in leetspeak; treatment type, oncology name and patient name go."),
    ("eb0086", "Marcos - your \u041ezempic 1 mg is ready. Plaza Pharmacy",
     "REWRITE", "pickup", "sms", "en",
     [("Marcos", "NAME"), ("\u041ezempic 1 mg", "MEDICATION")],
     ["pharmacy"], "Drug name with a Cyrillic capital O in a pickup notice: REWRITE, like the plain spelling."),
    ("eb0087", "Asunto: Resultados de su prueba de glucosa\n\nHola Yuridia,\n\nTe escribo de parte de la partera Rebecca Stone. Tu prueba de glucosa de una hora salió un poquito alta (148), so we need to do the 3-hour test para descartar diabetes gestacional. No te preocupes, es muy común en el embarazo.\n\nPara la prueba de 3 horas: no comas nada después de la medianoche y trae algo para leer, porque vas a estar aquí toda la mañana. Te agendé para el martes 9/9 a las 7:30 am.\n\nSi ese día no puedes, mándame un mensaje o llama al 480-555-0195 y lo cambiamos.\n\nUn abrazo,\nMaribel Soto, MA\nDesert Bloom Midwifery & Women's Health",
     "BLOCK", "result", "email", "es",
     [("prueba de glucosa", "PROCEDURE"), ("Yuridia", "NAME"), ("partera", "SPECIALTY"), ("Rebecca Stone", "PROVIDER"), ("prueba de glucosa de una hora", "PROCEDURE"), ("un poquito alta", "RESULT"), ("148", "RESULT"), ("3-hour test", "PROCEDURE"), ("diabetes gestacional", "CONDITION"), ("embarazo", "CONDITION"), ("prueba de 3 horas", "PROCEDURE"), ("9/9", "DATE"), ("480-555-0195", "PHONE"), ("Maribel Soto, MA", "PROVIDER"), ("Desert Bloom Midwifery & Women's Health", "SPECIALTY")],
     ["reproductive", "practice-contact"], "A glucose result and a suspected diagnosis in a warm e-mail: BLOCK. 'partera' (midwife) is SPECIALTY, her name PROVIDER (decision 2); 'un poquito alta' is the RESULT (decision 3)."),
    ("eb0088", "Happy Cinco de Mayo! Eastside Family Medicine closes at 3pm today.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A holiday by name is not a DATE (README, decision 9)."),
    ("eb0089", "Hi Mr. Espinoza — reminder that Dr. Yamamoto wants you to check your sugar before each meal and take 10 units of Lantus at bedtime. Si está debajo de 70, tome jugo y llame a la clínica.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Espinoza", "NAME"), ("Dr. Yamamoto", "PROVIDER"), ("sugar", "PROCEDURE"), ("Lantus", "MEDICATION")],
     ["primary-care"], "Dosing and self-management instructions: BLOCK. The threshold 70 is an instruction, not the patient's value, so it is not labelled."),
    ("eb0090", "Clínica Familiar San Lucas: El Dr. Treviño estará de vacaciones del 22 al 29 de diciembre. La Dra. Lim verá a sus pacientes esos días. ¡Felices fiestas!",
     "ALLOW", "other", "sms", "es",
     [("Dr. Treviño", "PROVIDER"), ("22 al 29 de diciembre", "DATE"), ("Dra. Lim", "PROVIDER")],
     ["general", "broadcast"], "Provider vacation notice; the date range is one DATE span (decision 9)."),
    ("eb0091", "Mensaje para Leticia Barraza de parte de Vista Clara Eye Center. Sus lentes nuevos ya llegaron y están listos para recoger. Your new glasses are ready. Gracias.",
     "REWRITE", "pickup", "voice", "es",
     [("Leticia Barraza", "NAME"), ("Vista Clara Eye Center", "SPECIALTY")],
     ["ophthalmology"], "Name and eye-center name go; eyeglasses are not labelled (decision 10)."),
    ("eb0092", "Hi it's Marta from Dr. Keller's office. Your PSA came back 6.8, higher than last time. Dr. Keller wants to refer you to urology para una biopsia. Can you come in Tuesday to talk?",
     "BLOCK", "result", "sms", "en",
     [("Marta", "PROVIDER"), ("Dr. Keller", "PROVIDER"), ("PSA", "PROCEDURE"), ("6.8", "RESULT"), ("higher than last time", "RESULT"), ("Dr. Keller", "PROVIDER", 1), ("urology", "SPECIALTY"), ("biopsia", "PROCEDURE")],
     ["primary-care", "oncology"], "A value and its trend, plus the plan: BLOCK."),
    ("eb0093", "Feria de Salud Comunitaria este domingo en el Parque de la Raza: chequeos de presión, pruebas de glucosa y vacunas gratis para toda la familia. Música, comida y rifas. ¡Los esperamos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "A health fair for everyone names services, not the recipient's care (README broadcast convention); the park is an event place (decision 6)."),
    ("eb0094", "Hi Paloma, Dr. Chen's office here — your IUD insertion is confirmed for 6/30 at 9:00. Please eat a light breakfast. Si tiene dudas, llámenos.",
     "REWRITE", "confirmation", "sms", "en",
     [("Paloma", "NAME"), ("Dr. Chen", "PROVIDER"), ("IUD insertion", "PROCEDURE"), ("6/30", "DATE")],
     ["reproductive"], "Procedure and name go; the confirmation survives."),
    ("eb0095", "Sra. Medrano, su mamá necesita reponer su oxígeno, le queda para 2 días nada más. El proveedor le va a llamar. Y la Dra. Aziz dice que le subamos el furosemide a 40 mg por la hinchazón.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Medrano", "NAME"), ("oxígeno", "MEDICATION"), ("Dra. Aziz", "PROVIDER"), ("furosemide", "MEDICATION"), ("hinchazón", "CONDITION")],
     ["home-health", "third-party"], "A mother's oxygen, dose change and symptom sent to the daughter: third party's health."),
    ("eb0096", "Hola, le recordamos que su cita es mañana a las 10:15 con la enfermera practicante NP Gutiérrez en Clínica Los Arcos, 720 Calle Dolores, Laredo TX 78040. Favor de llegar 15 min antes.",
     "ALLOW", "reminder", "sms", "es",
     [("NP Gutiérrez", "PROVIDER"), ("720 Calle Dolores, Laredo TX 78040", "ADDRESS")],
     ["primary-care", "practice-contact"], "Provider and the practice's own address on 'Calle Dolores': ALLOW."),
)


# ---------------------------------------------------------------- batch 9 (eb0097-eb0108): results, billing links, relatives, look-alikes
add(
    ("eb0097", "Hi Sra. Toledo, good news: Dr. Hartmann says your CT shows the kidney stone passed. No more Flomax needed. Drink lots of water y nos vemos en 6 meses.",
     "BLOCK", "result", "sms", "en",
     [("Toledo", "NAME"), ("Dr. Hartmann", "PROVIDER"), ("CT", "PROCEDURE"), ("kidney stone", "CONDITION"), ("passed", "RESULT"), ("Flomax", "MEDICATION")],
     ["imaging", "primary-care"], "An imaging finding and a medication stop, even as good news: BLOCK."),
    ("eb0098", "Aviso: por la tormenta tropical Dolores, Clínica del Pueblo cierra hoy a las 12. Todas las citas de la tarde se van a reprogramar; le llamaremos. Manténgase seguro.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Dolores' is the name of a storm, not a person or pain; closure notice to all patients."),
    ("eb0099", "Reminder from Lakeside Kidney Care: Mr. Benavídez, your dialysis chair time changes to MWF 5:45am starting 3/2. Traiga su carpeta.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeside Kidney Care", "SPECIALTY"), ("Benavídez", "NAME"), ("dialysis", "PROCEDURE"), ("3/2", "DATE")],
     ["dialysis"], "Kidney-care name, treatment and patient name go; the schedule change survives."),
    ("eb0100", "hola mija, ya salieron los labs de tu papá. La hemoglobina está en 8.9, bajita. La Dra. Nwosu quiere que empiece hierro y que venga el lunes. Dile porfa que no falte.",
     "BLOCK", "result", "sms", "es",
     [("hemoglobina", "PROCEDURE"), ("8.9", "RESULT"), ("bajita", "RESULT"), ("Dra. Nwosu", "PROVIDER"), ("hierro", "MEDICATION")],
     ["primary-care", "third-party", "shorthand"], "A father's value and treatment sent to his daughter: third party's health; 'bajita' is the RESULT (decision 3), 'mija' is not a name (decision 1)."),
    ("eb0101", "Hola! Just a reminder from Bayview Family Practice: your appointment with Dr. Okonjo is tomorrow at 8:00 AM. Favor de traer sus medicamentos en sus frascos. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okonjo", "PROVIDER")],
     ["primary-care"], "Bring-your-medications is generic; provider and time only."),
    ("eb0102", "Sr. Anaya: su pago de $120 para la endoscopia del 14 de enero quedó pendiente. Puede pagar en pagos.example.com/?acct=88213047 o llamar a facturación al 602-555-0172.",
     "REWRITE", "billing", "sms", "es",
     [("Anaya", "NAME"), ("endoscopia", "PROCEDURE"), ("14 de enero", "DATE"), ("pagos.example.com/?acct=88213047", "URL"), ("602-555-0172", "PHONE")],
     ["primary-care", "identifier", "practice-contact"], "Procedure on a bill and a link with an account parameter (patient-specific, README) go; the billing phone stays."),
    ("eb0103", "Reminder: we accept most insurance plans, including Medicaid / Aceptamos la mayoría de los seguros. Bring your card to every visit. Questions about your bill? Ask our billing team at check-in.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Insurance notice to all patients; Medicaid is not labelled (decision 7)."),
    ("eb0104", "Ms. Robles, this is the Valle Verde care team. Your son Emilio's albuterol inhaler and Flovent were sent to the pharmacy; use the Flovent 2 puffs twice a day even when he feels fine. Dr. Park wants to recheck his asthma in 2 weeks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Robles", "NAME"), ("Emilio", "NAME"), ("albuterol inhaler", "MEDICATION"), ("Flovent", "MEDICATION"), ("Flovent", "MEDICATION", 1), ("Dr. Park", "PROVIDER"), ("asthma", "CONDITION")],
     ["pediatrics", "third-party", "minor", "pharmacy"], "A child's medicines, dosing and condition sent to the parent: BLOCK."),
    ("eb0105", "Hi Rigoberto! It's Consuelo, your promotora 😊 Your stool test kit (FIT) was mailed to 1432 E. Ramona Ave Apt 3, Fresno CA 93702. Did you get it? Si no, avíseme.",
     "REWRITE", "other", "sms", "en",
     [("Rigoberto", "NAME"), ("Consuelo", "PROVIDER"), ("stool test", "PROCEDURE"), ("FIT", "PROCEDURE"), ("1432 E. Ramona Ave Apt 3, Fresno CA 93702", "ADDRESS")],
     ["primary-care", "lab"], "The patient's own address is not needed, and the screening test goes; the check-in survives. The promotora is PROVIDER (decision 2)."),
    ("eb0106", "Hola Sra. Zamora, sus resultados de colesterol: LDL 96, HDL 58, triglicéridos 140. ¡Todo está bien! El Dr. Holloway dice que siga con la rosuvastatina 10 mg. Cualquier duda, escríbanos por aquí.",
     "ALLOW", "result", "portal", "es",
     [("Zamora", "NAME"), ("colesterol", "PROCEDURE"), ("LDL", "PROCEDURE"), ("96", "RESULT"), ("HDL", "PROCEDURE"), ("58", "RESULT"), ("triglicéridos", "PROCEDURE"), ("140", "RESULT"), ("Todo está bien", "RESULT"), ("Dr. Holloway", "PROVIDER"), ("rosuvastatina 10 mg", "MEDICATION")],
     ["primary-care", "lab"], "Lipid results and the medication inside the secure portal: ALLOW (README channel convention)."),
    ("eb0107", "Hola, ¿hablo con la familia de Don Anselmo Ortega? Él tiene 94 años y le dieron de alta hoy del hospital. La enfermera de home health va mañana a su casa en 88 Calle Esperanza a revisarle la herida de la cadera.",
     "BLOCK", "other", "voice", "es",
     [("Anselmo Ortega", "NAME"), ("94", "AGE"), ("home health", "SPECIALTY"), ("88 Calle Esperanza", "ADDRESS"), ("herida de la cadera", "CONDITION")],
     ["home-health", "third-party", "age-over-89"], "A relative's discharge, wound, age over 89 and home address told to the family: third party's health."),
    ("eb0108", "From Dr. Navarro's desk: Office closed Fri 11/28. For refills, please use the portal at portal.example.org or call 512-555-0156 on Monday. ¡Feliz Día de Acción de Gracias!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Navarro", "PROVIDER"), ("11/28", "DATE"), ("portal.example.org", "URL"), ("512-555-0156", "PHONE")],
     ["general", "practice-contact", "broadcast"], "Closure notice with the practice's own contacts; the holiday by name is not a date (decision 9)."),
)


# ---------------------------------------------------------------- batch 10 (eb0109-eb0120): identifiers, sensitive services, closing notices
add(
    ("eb0109", "Sra. Luna, para terminar su aplicación de ayuda financiera necesitamos confirmar: ¿su número de seguro social es 078-05-1120? Responda SÍ o NO.",
     "BLOCK", "billing", "sms", "es",
     [("Luna", "NAME"), ("078-05-1120", "SSN")],
     ["general", "identifier"], "An SSN must never travel by text (DESIGN), even to confirm it."),
    ("eb0110", "Mensaje de Clínica del Pueblo: ¡Felicidades a nuestra promotora Consuelo Cura por 10 años de servicio a la comunidad! Pase a darle un abrazo el viernes en la recepción.",
     "ALLOW", "other", "sms", "es",
     [("Consuelo Cura", "PROVIDER")],
     ["general", "broadcast"], "A staff member named in a practice broadcast is workforce (PROVIDER, decision 2); 'Cura' is her surname."),
    ("eb0111", "Hi Alondra, your results from the clinic: chlamydia positive, gonorrhea negative. We sent doxycycline 100mg to your pharmacy — take it twice a day for 7 days. Tu pareja también debe tratarse. - Teen Health Clinic",
     "BLOCK", "result", "sms", "en",
     [("Alondra", "NAME"), ("chlamydia", "CONDITION"), ("positive", "RESULT"), ("gonorrhea", "CONDITION"), ("negative", "RESULT"), ("doxycycline 100mg", "MEDICATION"), ("Teen Health Clinic", "SPECIALTY")],
     ["hiv-sexual-health", "minor"], "STI results and dosing: BLOCK. Infection names read as results are CONDITION with the result word separate (judgement); a teen clinic name is SPECIALTY."),
    ("eb0112", "Buen día Sr. Arellano, le recordamos su cita en el Centro de Tratamiento Nueva Vida el martes 3 de marzo a las 7am para su dosis de metadona. Traiga su identificación.",
     "REWRITE", "reminder", "sms", "es",
     [("Arellano", "NAME"), ("Centro de Tratamiento Nueva Vida", "SPECIALTY"), ("3 de marzo", "DATE"), ("metadona", "MEDICATION")],
     ["substance-use"], "Treatment-center name, drug and name go; the appointment survives under the default policy (decision 11)."),
    ("eb0113", "Lab hours update: the draw station at Northside Family Health now opens at 6:30am Mon–Sat so you can come before work. No appointment needed / No necesita cita.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Lab opening hours for everyone; nothing about the recipient."),
    ("eb0114", "Hello, this message is for Rogelio Maldonado, date of birth March 2, 1961. This is Kendra from Dr. Stein's office calling about your recent results. Please call us back at 916-555-0119. Gracias.",
     "BLOCK", "result", "voice", "en",
     [("Rogelio Maldonado", "NAME"), ("March 2, 1961", "DATE"), ("Kendra", "PROVIDER"), ("Dr. Stein", "PROVIDER"), ("916-555-0119", "PHONE")],
     ["primary-care", "dob", "practice-contact"], "A full date of birth with the name is BLOCK (README), on voice as on SMS."),
    ("eb0115", "Subject: Welcome to Mesa Endocrine Associates\n\nDear Mr. Quiñones,\n\nWelcome! We look forward to seeing you for your new patient visit with Dr. Harriet Lowe on Tuesday, 5/12 at 1:00 PM. Please arrive 20 minutes early to complete paperwork, and bring your insurance card, a photo ID, a list of all your medications, and your glucose meter if you have one.\n\nOur office is at 9100 E. Shea Blvd, Suite 300, Scottsdale, AZ 85260. Free parking is available in the garage; take the elevator to the third floor.\n\nSr. Quiñones, su hija nos dijo que prefiere las cartas en español. La próxima se la mandamos así. ¡Bienvenido!\n\nWarm regards,\nThe Mesa Endocrine team\n(480) 555-0108 | mesaendo.example.com",
     "REWRITE", "reminder", "email", "en",
     [("Mesa Endocrine Associates", "SPECIALTY"), ("Quiñones", "NAME"), ("Dr. Harriet Lowe", "PROVIDER"), ("5/12", "DATE"), ("glucose meter", "PROCEDURE"), ("9100 E. Shea Blvd, Suite 300, Scottsdale, AZ 85260", "ADDRESS"), ("Quiñones", "NAME", 1), ("Mesa Endocrine", "SPECIALTY", 1), ("(480) 555-0108", "PHONE"), ("mesaendo.example.com", "URL")],
     ["primary-care", "practice-contact"], "Welcome e-mail: the endocrine practice name (twice), the device and the name go; the practice's address, phone and site stay. Language preference is not labelled (decision 7)."),
    ("eb0116", "Clínica Los Arcos: Recuerde que puede mandarnos mensajes en español o en inglés, como le sea más cómodo. Our staff is bilingual. Tel. 956-555-0181.",
     "ALLOW", "other", "sms", "es",
     [("956-555-0181", "PHONE")],
     ["general", "practice-contact", "broadcast"], "The practice's own phone in a bilingual service notice."),
    ("eb0117", "Hola Jazmín, la Lic. Herrera (tu terapeuta) me pidió avisarte que la receta de tu sertralina ya está en la farmacia, y que si los pensamientos de hacerte daño regresan, llames al 988 o vayas a urgencias.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Jazmín", "NAME"), ("Lic. Herrera", "PROVIDER"), ("terapeuta", "SPECIALTY"), ("sertralina", "MEDICATION"), ("pensamientos de hacerte daño", "CONDITION")],
     ["behavioral-health"], "States a symptom (thoughts of self-harm) and a safety plan: the clinical content is the message. 'terapeuta' names a specialty (decision 2); 988 is not an identifier."),
    ("eb0118", "Hi Ms. Ocampo, this is Jorge from Cascade Hearing Center. Your hearing aids are back from repair — pick up anytime M-F 9-5. ¡Gracias!",
     "REWRITE", "pickup", "sms", "en",
     [("Ocampo", "NAME"), ("Jorge", "PROVIDER"), ("Cascade Hearing Center", "SPECIALTY"), ("hearing aids", "PROCEDURE")],
     ["general"], "Hearing-center name and the device go with the name (decision 10); the pickup survives."),
    ("eb0119", "Sr. Cisneros, recibimos su reporte de la prueba de drogas del trabajo: salió positiva para marihuana (THC). Su supervisor no tiene acceso a este mensaje. Llame a la Dra. Wexler para hablar.",
     "BLOCK", "result", "sms", "es",
     [("Cisneros", "NAME"), ("prueba de drogas", "PROCEDURE"), ("positiva", "RESULT"), ("marihuana", "MEDICATION"), ("THC", "MEDICATION"), ("Dra. Wexler", "PROVIDER")],
     ["lab", "substance-use"], "A drug-screen result; substances in a screen are MEDICATION (README)."),
    ("eb0120", "Quick survey from Sol Community Health: ¿Cómo fue su visita? How was your visit? Reply 1 (excellent) to 5 (poor). Sus respuestas son anónimas.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Satisfaction survey; nothing about the recipient's care."),
)

probe_lib.run(M, "eb", "probe129.jsonl")
